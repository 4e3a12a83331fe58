// When things go wrong: wrong NIK/phone, slot taken meanwhile, NIK already booked, offline at submit.
import { test, expect } from '@playwright/test';
import { check, newNik, noRateLimits, bookingsOf, bookViaApi, fillSlot, officeSlots, toDetails, fillDetails, consentAndCheck, T } from './helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

test('invalid NIK and phone: messages beside the fields and in a summary, nothing typed is lost', async ({ page }) => {
  await toDetails(page);
  await page.getByLabel('Nama lengkap').fill('Siti Aminah');
  await page.getByLabel('NIK').fill('3578 0145 1389 0001');   // month 13
  await page.getByLabel('Nomor HP').fill('031-8293097');       // a landline
  await page.getByRole('button', { name: T.next }).click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('Ada yang perlu diperbaiki');
  const nikMsg = 'Angka ke-9 dan ke-10 NIK adalah bulan lahir (01–12), bukan 13. Cek lagi di KTP.';
  const phoneMsg = 'Ini nomor telepon rumah/kantor. Masukkan nomor HP yang diawali 08.';
  await expect(summary.getByRole('link')).toHaveText([nikMsg, phoneMsg]);
  await expect(page.locator('#nik-error')).toContainText(nikMsg);
  await expect(page.locator('#phone-error')).toContainText(phoneMsg);
  await expect(page.getByLabel('NIK')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('NIK')).toHaveAttribute('aria-describedby', 'nik-hint nik-error');
  await expect(page.getByLabel('Nama lengkap')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('NIK')).toHaveValue('3578 0145 1389 0001');
  await expect(page.getByLabel('Nomor HP')).toHaveValue('031-8293097');
  await check(page, '04-details-errors');
  // the summary link takes you to the field
  await summary.getByRole('link', { name: phoneMsg }).click();
  await expect(page.getByLabel('Nomor HP')).toBeFocused();
  // other wrong forms
  await page.getByLabel('NIK').fill('35780145058900');
  await page.getByLabel('Nomor HP').fill('+62 812');
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.locator('#nik-error')).toContainText('NIK harus 16 angka. Kamu mengetik 14.');
  await expect(page.locator('#phone-error')).toContainText('Nomor HP terlalu pendek');
  // fixed: women's day + 40 is a valid birth date; +62 form is accepted
  await page.getByLabel('NIK').fill('3578014505890001');
  await page.getByLabel('Nomor HP').fill('+62 812-3456-7890');
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Persetujuan pemakaian data' })).toBeVisible();
  // consent is required
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.locator('#error-summary')).toContainText('Centang persetujuan untuk lanjut');
  await check(page, '05-consent-error');
});

test('slot full at submit: nearest alternatives offered, everything entered kept, then booked', async ({ page, request }) => {
  const nik = newNik();
  await toDetails(page);
  await fillDetails(page, nik, '0813 1111 2222', 'Dewi Lestari');
  await consentAndCheck(page);
  // someone else takes the last seat meanwhile
  const slotId = await page.evaluate(() => JSON.parse(sessionStorage.getItem('pp.booking.draft')!).slot_id);
  await fillSlot(request, slotId);
  await page.getByRole('button', { name: T.submit }).click();
  const box = page.locator('.status-box');
  await expect(box.getByRole('heading', { name: 'Jam itu baru saja penuh' })).toBeVisible();
  await expect(box).toContainText('Data yang kamu isi tetap tersimpan.');
  const alts = box.locator('button.time');
  await expect(alts.first()).toBeVisible();
  expect(await alts.count()).toBeGreaterThan(0);
  await check(page, '06-check-slot-full');
  expect((await bookingsOf(request, nik)).length).toBe(0);
  const pick = (await alts.first().textContent())!;
  await alts.first().click();
  // everything else still there
  const list = page.locator('.check-list');
  await expect(list).toContainText('Dewi Lestari');
  await expect(list).toContainText(nik);
  await expect(list).toContainText(pick.split(', ')[1].split('–')[0]);
  await page.getByRole('button', { name: T.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible();
  const rows = await bookingsOf(request, nik);
  expect(rows.length).toBe(1);
  expect(rows[0].slot).not.toBe(slotId);
});

test('NIK already booked: the booking is shown instead of an error', async ({ page, request }) => {
  const nik = newNik();
  const { office, slots } = await officeSlots(request, 'disnaker-3578');
  const earlier = await bookViaApi(request, slots.filter((s) => s.remaining > 0).at(-1)!.id, nik);
  await toDetails(page);
  await fillDetails(page, nik);
  await consentAndCheck(page);
  await page.getByRole('button', { name: T.submit }).click();
  const box = page.locator('.status-box');
  await expect(box.getByRole('heading', { name: 'NIK ini sudah punya jadwal' })).toBeVisible();
  await check(page, '06-check-already-booked');
  await box.getByRole('link', { name: 'Lihat jadwalku' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lihat, ubah atau batalkan jadwal' })).toBeVisible();
  // the NIK came along in memory, never in the address
  await expect(page.getByLabel('NIK')).toHaveValue(nik);
  expect(page.url()).not.toContain(nik);
  await page.getByLabel('Kode booking').fill(earlier.code.toLowerCase());
  await page.getByRole('button', { name: 'Cari jadwal' }).click();
  const card = page.locator('.booking-card');
  await expect(card).toContainText(earlier.code.slice(0, 4) + '-' + earlier.code.slice(4));
  await expect(card).toContainText(office.name);
  await expect(card).toContainText('Terjadwal');
  await check(page, '08-manage-found');
  expect((await bookingsOf(request, nik)).length).toBe(1);
});

test('offline at submit, then back online: sent again with the same key, exactly one booking', async ({ page, context, request }) => {
  const nik = newNik();
  await toDetails(page);
  await fillDetails(page, nik);
  await consentAndCheck(page);
  await context.setOffline(true);
  await page.getByRole('button', { name: T.submit }).click();
  const box = page.locator('.status-box');
  await expect(box.getByRole('heading', { name: 'Belum terkirim: tidak ada internet' })).toBeVisible();
  await expect(box).toContainText('Jadwal tidak akan terpesan dua kali');
  await check(page, '06-check-offline');
  const key = await page.evaluate(() => JSON.parse(localStorage.getItem('pp.booking.pending')!).key);
  expect(key).toMatch(/^pp-[0-9a-f]{32}$/);
  // a tap on "try now" while still offline keeps the same attempt
  await box.getByRole('button', { name: 'Coba kirim sekarang' }).click();
  await expect(box.getByRole('heading', { name: 'Belum terkirim: tidak ada internet' })).toBeVisible();
  expect(await page.evaluate(() => JSON.parse(localStorage.getItem('pp.booking.pending')!).key)).toBe(key);
  expect((await bookingsOf(request, nik)).length).toBe(0);
  await context.setOffline(false);
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible({ timeout: 30_000 });
  expect((await bookingsOf(request, nik)).length).toBe(1);
  expect(await page.evaluate(() => localStorage.getItem('pp.booking.pending'))).toBeNull();
});

test('answer lost on the way back: the retry replays the same booking, never a second one', async ({ page, request }) => {
  const nik = newNik();
  await toDetails(page);
  await fillDetails(page, nik);
  await consentAndCheck(page);
  // the store books, but the phone never hears back
  let keys: string[] = [];
  await page.route('**/api/booking', async (route) => {
    keys.push(route.request().headers()['idempotency-key']);
    await route.fetch();
    await route.abort('internetdisconnected');
  });
  await page.getByRole('button', { name: T.submit }).click();
  // the phone is online, so it cannot know which side failed: it says so
  await expect(page.locator('.status-box').getByRole('heading', { name: 'Belum terkirim: tidak ada jawaban' })).toBeVisible();
  expect((await bookingsOf(request, nik)).length).toBe(1);
  await page.unroute('**/api/booking');
  const seen: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('/api/booking')) seen.push(r.headers()['idempotency-key']); });
  await page.getByRole('button', { name: 'Coba kirim sekarang' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible();
  expect(seen).toEqual([keys[0]]);
  const rows = await bookingsOf(request, nik);
  expect(rows.length).toBe(1);
  await expect(page.locator('#booking-code')).toHaveText(rows[0].code.slice(0, 4) + '-' + rows[0].code.slice(4));
});
