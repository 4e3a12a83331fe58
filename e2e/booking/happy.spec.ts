// The way through: troubleshooter outcome -> region -> help point -> time -> details -> consent
// -> check -> booked; the confirmation; what stays on the phone.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { START, check, newNik, noRateLimits, bookingsOf, toDetails, fillDetails, consentAndCheck, T, BASE } from './helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

test('a direct visit explains that self-help comes first and links to it', async ({ page }) => {
  await page.goto('/jadwal/');
  await expect(page.getByRole('heading', { level: 1, name: 'Coba bantuan mandiri dulu' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Buka panduan bantuan mandiri' })).toHaveAttribute('href', /\/$/);
  await check(page, '00-gate');
  // a trail that does not end in in-person help is no ticket either: the page's first question
  // (in its HTML) gives way to the explanation as soon as the person starts
  await page.goto('/jadwal/?masalah=otp-not-received&jejak=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Kamu tinggal di kabupaten/kota mana?' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('heading', { level: 1, name: 'Coba bantuan mandiri dulu' })).toBeVisible();
  await expect(page.locator('#region')).toHaveCount(0);
});

test('happy path: book, see the confirmation, nothing personal left on the phone', async ({ page, request }) => {
  const nik = newNik();
  const point = await toDetails(page, { screens: true });
  await check(page, '04-details');
  await fillDetails(page, nik);
  await check(page, '05-consent');
  await consentAndCheck(page);
  await check(page, '06-check');
  // the check screen shows every answer with a change link
  const list = page.locator('.check-list');
  await expect(list).toContainText('Kota Surabaya');
  await expect(list).toContainText(point);
  await expect(list).toContainText(nik);
  await expect(list).toContainText('0812-3456-7890');
  await expect(page.getByRole('link', { name: /^Ubah/ })).toHaveCount(8);
  // the URL never carries personal data
  expect(page.url()).not.toContain(nik);
  expect(page.url()).toContain('langkah=periksa');

  await page.getByRole('button', { name: T.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible();
  await check(page, '07-done');
  const code = (await page.locator('#booking-code').textContent())!.replace('-', '');
  expect(code).toMatch(/^[A-Z0-9]{8}$/);
  await expect(page.locator('.qr svg')).toHaveAttribute('aria-label', /Kode QR/);
  const c = page.locator('.confirmation');
  await expect(c).toContainText(point);
  await expect(c).toContainText('Alamat');            // the address is revealed only now
  await expect(c).toContainText('Nomor antrean');
  // what to bring is the recorded reason's one list (content/reasons.json), as on the outcome
  const reasons = JSON.parse(readFileSync(join(__dirname, '../../content/reasons.json'), 'utf8')).reasons;
  const confirmation = (await c.textContent())!;
  const reason = reasons.find((r: { label: { id: string } }) => confirmation.includes(r.label.id));
  expect(reason, 'the confirmation names its reason').toBeDefined();
  for (const item of reason.bring) await expect(c).toContainText(item.id);
  await expect(c.locator('.case-summary pre')).toContainText('Masalah:');
  // the officer reads why in-person help is needed, before the trail
  await expect(c.locator('.case-summary pre')).toContainText('Alasan butuh petugas:');

  // the store holds exactly this one booking, with the case summary
  const rows = await bookingsOf(request, nik);
  expect(rows.length).toBe(1);
  expect(rows[0].code).toBe(code);
  expect(rows[0].phone).toBe('+6281234567890');
  expect(rows[0].summary).toContain('Masalah:');
  expect(rows[0].summary).toContain('Alasan butuh petugas:');

  // calendar file
  const [ics] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tambah ke kalender' }).click()]);
  expect(ics.suggestedFilename()).toBe('jadwal-prakerja.ics');
  const text = readFileSync((await ics.path())!, 'utf8');
  expect(text).toContain('BEGIN:VEVENT');
  expect(text.replace(/\r\n /g, '')).toContain(code.slice(0, 4) + '-' + code.slice(4));
  // image
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan sebagai gambar' }).click()]);
  expect(png.suggestedFilename()).toBe(`jadwal-prakerja-${code}.png`);
  const head = readFileSync((await png.path())!).subarray(0, 8);
  expect([...head]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // nothing personal stays on the device; the confirmation survives a reload
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).toContain(code);
  expect(stored).not.toContain(nik);
  expect(stored).not.toContain('81234567890');
  expect(stored).not.toContain('Siti');
  await page.reload();
  await expect(page.locator('#booking-code')).toHaveText(code.slice(0, 4) + '-' + code.slice(4));

  // "hapus data saya" removes everything
  await page.getByRole('button', { name: 'Hapus data saya dari HP ini' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Data sudah dihapus');
  const after = await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter((k) => k.startsWith('pp.booking')));
  expect(after).toEqual([]);
});

test('browser back goes to the previous step and keeps the answers', async ({ page }) => {
  await toDetails(page);
  await page.getByLabel('Nama lengkap').fill('Budi Santoso');
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih hari dan jam' })).toBeVisible();
  await page.goForward();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Budi Santoso');
  await page.reload();
  await expect(page.getByLabel('Nama lengkap')).toHaveValue('Budi Santoso');
});
