// The officers' desk (petugas/) against the real store: sign in, only one's own queue, check-in by
// code, served with what fixed it, no-show, undo, walk-in, another help point sees nothing,
// signed out after 30 idle minutes; axe at 1280, 768 and 360 px; keyboard only.
import { test, expect, chromium, type Page } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchOptions } from '../phone';
import { noRateLimits } from '../booking/helpers';
import { BASE, check, dash, makeOffice, makeProvince, makeSlot, makeStaff, newNik, record, seed, signIn, signInProvince, type Office, type Staff } from './helpers';

let A: Office, B: Office, staffA: Staff, staffB: Staff;
let running: { id: string }, later: { id: string };
let siti: any, budi: any, rina: any, other: any;

test.beforeAll(async ({ request }) => {
  await noRateLimits(request);
  A = await makeOffice(request, 'a');
  B = await makeOffice(request, 'b');
  staffA = await makeStaff(request, A, 'Petugas Satu');
  staffB = await makeStaff(request, B, 'Petugas Dua');
  running = await makeSlot(request, A, -10); // started 10 minutes ago
  later = await makeSlot(request, A, 20); // later today (except just before WIB midnight)
  siti = await seed(request, running, A, 'Siti Aminah');
  budi = await seed(request, running, A, 'Budi Santoso');
  rina = await seed(request, later, A, 'Rina Wati', { priority: true });
  const runningB = await makeSlot(request, B, -10);
  other = await seed(request, runningB, B, 'Joko Lain');
});

const card = (page: Page, name: string) => page.locator('article.desk-row', { has: page.getByRole('heading', { name }) });

test('an officer sees only their queue, checks in by code, marks served with the fix, a no-show, and undoes a mistake', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, staffA);
  // only this help point's people, with the case at a glance and the counts on top
  await expect(card(page, 'Siti Aminah')).toBeVisible();
  await expect(page.getByText('Joko Lain')).toHaveCount(0);
  await expect(card(page, 'Siti Aminah')).toContainText('Kode OTP tidak masuk');
  await expect(card(page, 'Siti Aminah')).toContainText('Cek folder Spam dan Promosi → tidak berhasil');
  await expect(card(page, 'Rina Wati')).toContainText('Prioritas');
  await expect(page.locator('.count-0 .count-n')).toHaveText('3');
  await expect(page.locator('.count-0 .count-label')).toHaveText('Semua jadwal');
  await expect(page.locator('.count-1 .count-n')).toHaveText('3');
  await expect(page.locator('.count-1 .count-label')).toHaveText('Belum datang');
  await expect(card(page, 'Siti Aminah').locator('.desk-status')).toContainText('Belum datang');
  // today's people are here or coming: no call links on today's queue
  await expect(page.getByRole('link', { name: /Telepon/ })).toHaveCount(0);
  // a slot that has not started offers no "no-show"
  await expect(card(page, 'Rina Wati').getByRole('button', { name: 'Tidak datang' })).toHaveCount(0);
  await check(page, 'desk-queue');

  // check-in by the code as people read it out: lower case, with the dash
  await page.getByRole('button', { name: 'Cek kedatangan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cek kedatangan' })).toBeVisible();
  await page.getByLabel('Kode booking').fill(dash(siti.code).toLowerCase());
  await page.getByRole('button', { name: 'Cari' }).click();
  const found = card(page, 'Siti Aminah');
  // the search shows the person first and changes nothing
  await expect(found.locator('.desk-status')).toContainText('Belum datang');
  await expect(page.locator('.desk-confirm-hint')).toContainText('Tandai datang');
  expect((await record(request, siti.id)).status).toBe('booked');
  await check(page, 'desk-checkin-found');
  // the officer's confirming press checks them in, and the card says it worked
  await found.getByRole('button', { name: 'Tandai datang' }).click();
  await expect(found.locator('.desk-status')).toContainText('Sudah datang');
  await expect(found.locator('.desk-done')).toContainText('Tersimpan: Siti Aminah, Sudah datang');
  expect((await record(request, siti.id)).status).toBe('arrived');
  await check(page, 'desk-checkin');

  // served, with what fixed it (one of the problem's steps) and a note
  await found.getByRole('button', { name: 'Selesai dilayani' }).click();
  await expect(found.getByRole('group', { name: 'Apa yang memperbaikinya?' })).toBeVisible();
  await found.getByRole('button', { name: 'Simpan' }).click();
  await expect(found.getByRole('alert')).toContainText('Pilih apa yang memperbaikinya.');
  const firstFix = found.getByRole('radio').first();
  await firstFix.check();
  const fixId = await firstFix.getAttribute('value');
  expect(fixId).not.toBe('other');
  await found.getByLabel('Catatan singkat').fill('Email dibuat ulang di kantor');
  await check(page, 'desk-serve');
  await found.getByRole('button', { name: 'Simpan' }).click();
  await expect(found.locator('.desk-status')).toContainText('Selesai dilayani');
  let r = await record(request, siti.id);
  expect([r.status, r.fixed_by, r.served_note]).toEqual(['served', fixId, 'Email dibuat ulang di kantor']);
  // the served card says what fixed it (in words, not its id) and the note
  await expect(found.locator('.desk-served')).toContainText('Yang memperbaiki');
  await expect(found.locator('.desk-served')).toContainText('Catatan petugasEmail dibuat ulang di kantor');
  await expect(found.locator('.desk-served')).not.toContainText(fixId!);
  await expect(found.locator('.desk-done')).toContainText('Selesai dilayani');

  // a mistake: undo goes one step back
  await found.getByRole('button', { name: 'Batalkan tanda terakhir' }).click();
  await expect(found.locator('.desk-status')).toContainText('Sudah datang');
  await expect(found.locator('.desk-done')).toContainText('Tersimpan: Siti Aminah, Sudah datang');
  r = await record(request, siti.id);
  expect([r.status, r.fixed_by]).toEqual(['arrived', '']);

  // no-show for someone whose slot started, from the queue
  await page.getByRole('button', { name: 'Antrean' }).click();
  await card(page, 'Budi Santoso').getByRole('button', { name: 'Tidak datang' }).click();
  await expect(card(page, 'Budi Santoso').locator('.desk-status')).toContainText('Tidak datang');
  expect((await record(request, budi.id)).status).toBe('no_show');
  await expect(page.locator('.count-4 .count-n')).toHaveText('1');
  await expect(page.locator('.count-4 .count-label')).toHaveText('Tidak datang');
  await expect(page.locator('.count-0 .count-n')).toHaveText('3');
  await expect(card(page, 'Budi Santoso').locator('.desk-done')).toContainText('Tidak datang');

  // a code of another help point is "not here", the same as an unknown one
  await page.getByRole('button', { name: 'Cek kedatangan' }).click();
  await page.getByLabel('Kode booking').fill(other.code);
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(page.locator('#checkin-result')).toContainText('Kode ini tidak ada di antrean hari ini');
  expect((await record(request, other.id)).status).toBe('booked');
});

test('a walk-in gets a seat now and a code to show or print', async ({ page, request }) => {
  await page.setViewportSize({ width: 768, height: 1000 });
  await signIn(page, staffA);
  await page.getByRole('button', { name: 'Datang langsung' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Datang langsung' })).toBeVisible();
  await check(page, 'desk-walkin');
  // everything missing is listed first
  await page.getByRole('button', { name: 'Pesan kursi' }).click();
  await expect(page.locator('.error-summary')).toContainText('Periksa e-KTP dulu, lalu centang.');
  await check(page, 'desk-walkin-errors');
  const nik = newNik();
  await page.getByLabel('Nama lengkap (sesuai e-KTP)').fill('Dewi Datang');
  await page.getByLabel('NIK').fill(nik);
  await page.getByLabel('Nomor HP').fill('0812-3456-7000');
  await page.getByLabel('Kabupaten/kota domisili').selectOption({ label: 'Kota Surabaya' });
  await page.getByLabel('e-KTP sudah saya periksa dan cocok').check();
  await page.getByLabel('Masalahnya (boleh kosong)').selectOption({ label: 'Kode OTP tidak masuk' });
  await page.getByRole('button', { name: 'Pesan kursi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kursi dipesan' })).toBeVisible();
  const code = (await page.locator('.booking-code').textContent())!.replace('-', '');
  await expect(page.locator('.qr svg')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cetak' })).toBeVisible();
  await check(page, 'desk-walkin-done');
  const rows = await request.get(`${BASE}/api/collections/bookings/records?filter=${encodeURIComponent(`code="${code}"`)}`, {
    headers: { Authorization: await (await import('../booking/helpers')).su(request) } });
  const row = (await rows.json()).items[0];
  expect([row.nik, row.channel, row.office, row.booked_by, row.problem]).toEqual([nik, 'desk', A.id, staffA.id, 'otp-not-received']);
  // next person: an empty form again
  await page.getByRole('button', { name: 'Warga berikutnya' }).click();
  await expect(page.getByLabel('NIK')).toHaveValue('');
  // the queue shows the walk-in with its mark
  await page.getByRole('button', { name: 'Antrean' }).click();
  await expect(card(page, 'Dewi Datang')).toContainText('Datang langsung');
  // its problem, and the person at the desk is "arrived" (a seat in the slot running now)
  await expect(card(page, 'Dewi Datang').locator('.desk-problem')).toHaveText('Kode OTP tidak masuk');
  await expect(card(page, 'Dewi Datang').locator('.desk-status')).toContainText('Sudah datang');
  expect((await record(request, row.id)).status).toBe('arrived');
});

/** A camera film (YUV4MPEG2, 640x480 grey, 10 frames) of the QR code drawn by the app's SVG. */
function qrFilm(svg: string, file: string) {
  const dim = Number(/viewBox="0 0 (\d+) \d+"/.exec(svg)![1]);
  const dark = [...svg.matchAll(/M(\d+),(\d+)h1v1h-1z/g)].map((m) => [Number(m[1]), Number(m[2])]);
  const [w, h, px] = [640, 480, Math.floor(440 / dim)];
  const y = Buffer.alloc(w * h, 235); // a light screen around the code
  const x0 = Math.floor((w - dim * px) / 2), y0 = Math.floor((h - dim * px) / 2);
  for (let r = 0; r < dim * px; r++) y.fill(255, (y0 + r) * w + x0, (y0 + r) * w + x0 + dim * px);
  for (const [mx, my] of dark) {
    for (let r = 0; r < px; r++) y.fill(16, (y0 + my * px + r) * w + x0 + mx * px, (y0 + my * px + r) * w + x0 + (mx + 1) * px);
  }
  const chroma = Buffer.alloc((w / 2) * (h / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), y, chroma]);
  writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${w} H${h} F10:1 Ip A1:1 C420jpeg\n`), ...Array(10).fill(frame)]));
}

test("check-in by the device camera: the QR code on the citizen's phone is read by the decoder in the bundle", async ({ page, request }) => {
  // A booking and its QR code as the app draws it (the walk-in screen shows both).
  await page.setViewportSize({ width: 768, height: 1000 });
  await signIn(page, staffA);
  await page.getByRole('button', { name: 'Datang langsung' }).click();
  // a seat later today, so the person is still to be checked in (the running slot checks in at once)
  await page.locator('#walkin-slot').selectOption({ value: later.id });
  await page.getByLabel('Nama lengkap (sesuai e-KTP)').fill('Kamera Uji');
  await page.getByLabel('NIK').fill(newNik());
  await page.getByLabel('Nomor HP').fill('0812-3456-7001');
  await page.getByLabel('Kabupaten/kota domisili').selectOption({ label: 'Kota Surabaya' });
  await page.getByLabel('e-KTP sudah saya periksa dan cocok').check();
  await page.getByRole('button', { name: 'Pesan kursi' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kursi dipesan' })).toBeVisible();
  const code = (await page.locator('.booking-code').textContent())!.replace('-', '');
  const film = join(mkdtempSync(join(tmpdir(), 'qr-film-')), 'qr.y4m');
  qrFilm(await page.locator('.qr svg').evaluate((e) => e.outerHTML), film);

  // A laptop whose camera films that screen (Linux chromium: no BarcodeDetector, so rqrr reads it).
  const browser = await chromium.launch({ ...launchOptions, args: [...(launchOptions.args ?? []),
    '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${film}`] });
  const laptop = await browser.newPage({ baseURL: BASE, viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
  expect(await laptop.evaluate(() => 'BarcodeDetector' in window)).toBe(false);
  await signIn(laptop, staffA);
  await laptop.getByRole('button', { name: 'Cek kedatangan' }).click();
  await laptop.getByRole('button', { name: 'Pindai kode QR' }).click();
  await expect(laptop.locator('.desk-confirm-hint')).toBeVisible({ timeout: 20_000 });
  await card(laptop, 'Kamera Uji').getByRole('button', { name: 'Tandai datang' }).click();
  await expect(card(laptop, 'Kamera Uji').locator('.desk-status')).toContainText('Sudah datang');
  const rows = await request.get(`${BASE}/api/collections/bookings/records?filter=${encodeURIComponent(`code="${code}"`)}`, {
    headers: { Authorization: await (await import('../booking/helpers')).su(request) } });
  expect((await rows.json()).items[0].status).toBe('arrived');
  // the camera is off once the code is read
  await expect(laptop.getByRole('button', { name: 'Pindai kode QR' })).toBeVisible();
  expect(await laptop.locator('video.desk-video').evaluate((v: HTMLVideoElement) => v.hidden)).toBe(true);
  await browser.close();
});

test('an officer of another help point can neither see nor change it (UI and API)', async ({ page, request }) => {
  await signIn(page, staffB);
  await expect(card(page, 'Joko Lain')).toBeVisible();
  await expect(page.getByText('Siti Aminah')).toHaveCount(0);
  await expect(page.getByText('Rina Wati')).toHaveCount(0);
  // even a crafted request is refused as if the booking did not exist
  for (const [path, data] of [
    ['/api/staff/status', { id: rina.id, status: 'arrived' }],
    ['/api/staff/undo', { id: siti.id }],
    ['/api/staff/checkin', { code: rina.code }],
  ] as const) {
    const res = await request.post(`${BASE}${path}`, { headers: { Authorization: staffB.token }, data });
    expect(res.status(), path).toBe(404);
  }
  expect((await record(request, rina.id)).status).toBe('booked');
  const q = await request.get(`${BASE}/api/staff/queue?office=${A.id}`, { headers: { Authorization: staffB.token } });
  expect(JSON.stringify(await q.json())).not.toContain('Rina Wati');
});

test('signed out after 30 idle minutes, warned a minute before; the token never in the address', async ({ page }) => {
  await page.clock.install();
  await signIn(page, staffA);
  expect(page.url()).not.toMatch(/token|eyJ/);
  expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('eyJ');
  expect(await page.evaluate(() => sessionStorage.getItem('pp.desk.session'))).toContain('eyJ');
  await page.clock.fastForward('28:30');
  await expect(page.locator('.desk-idle')).toHaveCount(0);
  await page.clock.fastForward('00:45');
  await expect(page.locator('.desk-idle')).toContainText('Kamu akan keluar otomatis dalam');
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk petugas' })).toBeVisible();
  await expect(page.getByText('30 menit tidak ada aktivitas')).toBeVisible();
  await expect(page.getByText('Siti Aminah')).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem('pp.desk.session'))).toBeNull();
  // and "Keluar" signs out at once
  await signIn(page, staffA);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByText('Kamu sudah keluar.')).toBeVisible();
});

test("after 'Keluar' the screen reader's message names nobody, also for the next officer", async ({ page, request }) => {
  const lia = await seed(request, running, A, 'Lia Privasi');
  await signIn(page, staffA);
  const live = page.locator('p[role=status][aria-live=polite]');
  await card(page, 'Lia Privasi').getByRole('button', { name: 'Tandai datang' }).click();
  await expect(live).toContainText('Lia Privasi');
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByText('Kamu sudah keluar.')).toBeVisible();
  await expect(live).toHaveText('');
  await signIn(page, staffB);
  await expect(live).toHaveText('');
  await expect(page.getByText('Lia Privasi')).toHaveCount(0);
  expect((await record(request, lia.id)).status).toBe('arrived');
});

test('every action by keyboard: sign in, check in, served', async ({ page, request }) => {
  const kiki = await seed(request, running, A, 'Kiki Keyboard');
  await page.goto('/petugas/');
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk petugas' })).toBeVisible();
  await page.getByLabel('Email').focus();
  await page.keyboard.type(staffA.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(staffA.password);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Antrean hari ini' })).toBeVisible();
  await page.getByRole('button', { name: 'Cek kedatangan' }).focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Kode booking').focus();
  await page.keyboard.type(kiki.code);
  await page.keyboard.press('Enter');
  const found = card(page, 'Kiki Keyboard');
  await found.getByRole('button', { name: 'Tandai datang' }).focus();
  await page.keyboard.press('Enter');
  await expect(found.locator('.desk-status')).toContainText('Sudah datang');
  await found.getByRole('button', { name: 'Selesai dilayani' }).focus();
  await page.keyboard.press('Enter');
  await found.getByRole('radio').last().focus();
  await page.keyboard.press('Space');
  await found.getByRole('button', { name: 'Simpan' }).focus();
  await page.keyboard.press('Enter');
  await expect(found.locator('.desk-status')).toContainText('Selesai dilayani');
  expect((await record(request, kiki.id)).fixed_by).toBe('other');
});

test('no axe violations on the desk screens at 1280, 768, 360 and 320 px; nothing of the desk in the service worker', async ({ page, request }) => {
  test.setTimeout(400_000); // five screens at four widths, each with axe
  for (const width of [1280, 768, 360, 320]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/petugas/');
    await expect(page.getByRole('heading', { level: 1, name: 'Masuk petugas' })).toBeVisible();
    await check(page, 'desk-signin');
    await signIn(page, staffA);
    await check(page, 'desk-queue');
    await page.getByRole('button', { name: 'Cek kedatangan' }).click();
    await check(page, 'desk-checkin-empty');
    // the person found, with the confirming button in the first screenful
    await page.getByLabel('Kode booking').fill(rina.code);
    await page.getByRole('button', { name: 'Cari' }).click();
    const confirm = card(page, 'Rina Wati').getByRole('button', { name: 'Tandai datang' });
    await expect(confirm).toBeVisible();
    expect((await confirm.boundingBox())!.y, `the confirm button at ${width} px`).toBeLessThan(1400);
    await check(page, 'desk-checkin-found');
    await page.getByRole('button', { name: 'Datang langsung' }).click();
    await check(page, 'desk-walkin');
    await page.getByRole('button', { name: 'Titik layanan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Data titik layanan' })).toBeVisible();
    await check(page, 'desk-point');
    await page.getByRole('button', { name: 'Keluar' }).click();
  }
  const sw = await (await request.get(`${BASE}/sw.js`)).text();
  expect(sw).toContain('"index.html"');
  expect(sw).not.toContain('petugas/index.html');
});

test("the help point's details: a street address, hours and closing a day with bookings lists the people first", async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const C = await makeOffice(request, 'c');
  const staffC = await makeStaff(request, C, 'Petugas Tiga');
  const slot = await makeSlot(request, C, 26 * 60); // tomorrow or the day after (WIB)
  const ana = await seed(request, slot, C, 'Ana Besok');
  const day = new Date(Date.parse(slot.starts_at.replace(' ', 'T')) + 7 * 3600e3).toISOString().slice(0, 10);
  await signIn(page, staffC);
  // a later day's queue: call or WhatsApp the person, with the message written (nothing sent)
  await page.getByLabel('Tanggal').fill(day);
  const call = card(page, 'Ana Besok').getByRole('link', { name: 'Telepon Ana Besok' });
  await expect(call).toHaveAttribute('href', 'tel:+6281234567890');
  const wa = await card(page, 'Ana Besok').getByRole('link', { name: 'Kirim WhatsApp Ana Besok' }).getAttribute('href');
  expect(wa).toMatch(/^https:\/\/wa\.me\/6281234567890\?text=/);
  const said = decodeURIComponent(wa!.split('?text=')[1]);
  expect(said).toContain(dash(ana.code));
  expect(said).toContain('Titik Uji C');
  expect(said).toMatch(/pukul \d\d:\d\d WIB/);
  await check(page, 'desk-queue-later-day');
  await page.getByRole('button', { name: 'Titik layanan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data titik layanan' })).toBeVisible();
  await page.getByLabel('Alamat jalan').fill('Jl. Jemursari No. 234, Surabaya');
  await page.getByLabel('Patokan (boleh kosong)').fill('Depan masjid');
  await page.getByLabel('Sabtu').fill('08:00-11:00');
  await page.getByLabel('Lintang (latitude), misalnya -7,2575').fill('-7,3');
  await page.getByLabel('Bujur (longitude), misalnya 112,7521').fill('112.74');
  await check(page, 'desk-point');
  await page.getByRole('button', { name: 'Simpan data' }).click();
  await expect(page.locator('#point-status')).toContainText('Data tersimpan');
  const o = await (await request.get(`${BASE}/api/staff/office`, { headers: { Authorization: staffC.token } })).json();
  expect([o.address, o.landmark, o.hours.sat, o.lat, o.lng]).toEqual(['Jl. Jemursari No. 234, Surabaya', 'Depan masjid', ['08:00-11:00'], -7.3, 112.74]);
  // closing the day with a booking: the people to contact first, then close anyway
  await page.getByLabel('Tanggal').fill(day);
  await page.getByLabel('Alasan, misalnya libur atau pelatihan').fill('Pelatihan petugas');
  await page.getByRole('button', { name: 'Tutup hari itu' }).click();
  const contacts = page.locator('#closed-contacts');
  await expect(contacts).toContainText('Ana Besok');
  await expect(contacts).toContainText(dash(ana.code));
  await expect(contacts.getByRole('link', { name: 'Telepon Ana Besok' })).toHaveAttribute('href', 'tel:+6281234567890');
  const closedWa = await contacts.getByRole('link', { name: 'Kirim WhatsApp Ana Besok' }).getAttribute('href');
  expect(decodeURIComponent(closedWa!.split('?text=')[1])).toContain('tutup');
  await check(page, 'desk-point-contacts');
  await contacts.getByRole('button', { name: 'Tetap tutup hari itu' }).click();
  await expect(page.locator('.desk-closed-list')).toContainText('Pelatihan petugas');
  // the form is empty again for the next day
  await expect(page.getByLabel('Tanggal')).toHaveValue('');
  await expect(page.getByLabel('Alasan, misalnya libur atau pelatihan')).toHaveValue('');
  const avail = await (await request.get(`${BASE}/api/availability/${C.code}?days=3`)).json();
  expect(avail.slots.find((x: any) => x.id === slot.id)?.closed ?? true).toBe(true);
});

test('the province sees every help point, edits a notice and reads which fixes work', async ({ page, request }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInProvince(page, await makeProvince(request, 'Tim Provinsi'));
  await expect(page.locator('.desk-province table')).toContainText('Titik Uji A');
  await expect(page.getByRole('button', { name: 'Antrean' })).toHaveCount(0);
  const text = `Gelombang uji dibuka ${Date.now()}`;
  const add = page.locator('form.desk-notice').last();
  await add.getByLabel('Teks (Bahasa Indonesia)').fill(text);
  await add.getByLabel('Teks (English)').fill('Test wave is open');
  await add.getByLabel('Tampil sampai').fill('2099-12-31');
  await add.getByRole('button', { name: 'Tambah pengumuman' }).click();
  await expect(page.locator('form.desk-notice').first().getByLabel('Teks (Bahasa Indonesia)')).toHaveValue(text);
  const pub = await (await request.get(`${BASE}/api/notices`)).json();
  expect(pub.notices.map((n: any) => n.id)).toContain(text);
  // deleting asks first: "Hapus" alone changes nothing; "Batal" keeps it
  const old = `Pengumuman lama ${Date.now()}`;
  await add.getByLabel('Teks (Bahasa Indonesia)').fill(old);
  await add.getByLabel('Teks (English)').fill('An old notice');
  await add.getByLabel('Tampil sampai').fill('2099-12-30');
  await add.getByRole('button', { name: 'Tambah pengumuman' }).click();
  const shownAt = () => page.locator('form.desk-notice textarea[id$="-id"]').evaluateAll((els, v) =>
    els.findIndex((e) => (e as HTMLTextAreaElement).value === v), old);
  await expect.poll(shownAt).toBeGreaterThanOrEqual(0);
  const oldForm = page.locator('form.desk-notice').nth(await shownAt());
  const published = async () => (await (await request.get(`${BASE}/api/notices`)).json()).notices.map((n: any) => n.id);
  await oldForm.getByRole('button', { name: 'Hapus' }).click();
  await expect(oldForm.getByRole('alert')).toContainText('Hapus pengumuman ini?');
  await check(page, 'desk-notice-delete-ask');
  expect(await published()).toContain(old);
  await oldForm.getByRole('button', { name: 'Batal' }).click();
  await expect(oldForm.getByRole('alert')).toHaveCount(0);
  expect(await published()).toContain(old);
  await oldForm.getByRole('button', { name: 'Hapus' }).click();
  await oldForm.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Pengumuman dihapus.')).toBeVisible();
  await expect.poll(shownAt).toBe(-1);
  expect(await published()).not.toContain(old);
  await expect(page.getByRole('heading', { name: 'Cara mana yang berhasil' })).toBeVisible();
  await check(page, 'desk-province');
  // each problem's figures open on demand, in words (no ids), and the page fits a phone
  const fig = page.locator('details.desk-problem-figures').first();
  if (await fig.count()) {
    await fig.locator('summary').click();
    await expect(fig.locator('table')).toBeVisible();
  }
  for (const width of [768, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Semua titik layanan' })).toBeVisible();
    await expect(page.locator('details.desk-points')).toBeVisible();
    await check(page, 'desk-province');
  }
  // on a phone the help points are folded: a page to scroll, not 54,000 px
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  expect(height, 'province page height at 360 px').toBeLessThan(8000);
  await page.locator('details.desk-points > summary').click();
  await expect(page.locator('.desk-province table')).toContainText('Titik Uji A');
  await check(page, 'desk-province-points');
  // the citizen's start screen shows it (no rebuild), in both languages
  const citizen = await page.context().browser()!.newPage({ viewport: { width: 360, height: 740 } });
  await citizen.goto('/');
  await expect(citizen.locator('#start-screen .notice')).toContainText(text);
  await citizen.getByRole('button', { name: /English/ }).click();
  await expect(citizen.locator('#start-screen .notice')).toContainText('Test wave is open');
  await citizen.close();
});

test('the province counts the anonymous events of a citizen: two flows to their end, one left midway (sendBeacon)', async ({ browser, request }) => {
  const { token } = await makeProvince(request, 'Tim Konten');
  const funnel = async () => {
    const r = await request.get(`${BASE}/api/province/funnel?days=7`, { headers: { Authorization: token } });
    expect(r.status()).toBe(200);
    const out: Record<string, { started: number; answers: number }> = {};
    for (const p of (await r.json()).problems) {
      let answers = 0;
      for (const n of p.nodes) for (const v of Object.values(n.answers as Record<string, number>)) answers += v;
      out[p.problem] = { started: p.started, answers };
    }
    return out;
  };
  const before = await funnel();
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const clicks: Record<string, number> = {};
  for (const problem of ['otp-not-received', 'forgot-password']) {
    await page.goto(`/masalah/#/${problem}/`);
    // the problem's pre-rendered page gives way to the flow bundle (both carry the note a moment)
    await expect(page.locator('#problem-page')).toHaveCount(0);
    await expect(page.locator('.usage-note')).toBeVisible();
    clicks[problem] = 0;
    // "not yet" (the last answer) until an outcome is shown
    while (await page.locator('.answers .answer').count() > 0) {
      const h1 = await page.locator('main h1').first().textContent();
      await page.locator('.answers .answer').last().click();
      clicks[problem]++;
      await expect(page.locator('main h1').first()).not.toHaveText(h1 ?? '');
    }
  }
  // The end of each flow sends its events at once.
  const delta = async (ps: string[]) => {
    const now = await funnel();
    return ps.map((p) => [now[p].started - (before[p]?.started ?? 0), now[p].answers - (before[p]?.answers ?? 0)]);
  };
  const two = ['otp-not-received', 'forgot-password'];
  await expect.poll(() => delta(two), { timeout: 15_000 }).toEqual(two.map((p) => [1, clicks[p] + 1]));
  expect(await page.evaluate(() => localStorage.getItem('pp.usage'))).toBeNull();

  // Left in the middle of a flow: the answer waits on the device (four fields, nothing about the
  // person, the hour only) and goes out with sendBeacon when the page is hidden or left.
  await page.goto('/masalah/#/site-busy-down/');
  await expect(page.locator('#problem-page')).toHaveCount(0);
  await expect(page.locator('.usage-note')).toBeVisible();
  const h1 = await page.locator('main h1').first().textContent();
  await page.locator('.answers .answer').last().click();
  await expect(page.locator('main h1').first()).not.toHaveText(h1 ?? '');
  const queued = JSON.parse((await page.evaluate(() => localStorage.getItem('pp.usage'))) ?? '[]');
  expect(queued.map((e: any) => [e.problem, e.answer])).toEqual([['site-busy-down', 'not_fixed']]);
  expect(Object.keys(queued[0]).sort()).toEqual(['answer', 'hour', 'node', 'problem']);
  expect(queued[0].hour % 3600).toBe(0);
  await page.evaluate(() => window.dispatchEvent(new Event('pagehide')));
  await expect.poll(() => delta(['site-busy-down']), { timeout: 15_000 }).toEqual([[1, 1]]);
  expect(await page.evaluate(() => localStorage.getItem('pp.usage'))).toBeNull();
  await context.close();
});

// The two screenshots of the README's officers' section (docs/img/): `README_SHOTS=1`.
test('README screenshots', async ({ browser }) => {
  test.skip(!process.env.README_SHOTS, 'README_SHOTS=1 writes docs/img/desk-*.png');
  const context = await browser.newContext({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1, locale: 'id-ID' });
  const page = await context.newPage();
  await signIn(page, staffA);
  await expect(card(page, 'Rina Wati')).toBeVisible();
  await page.screenshot({ path: '../docs/img/desk-queue.png' });
  await page.getByRole('button', { name: 'Cek kedatangan' }).click();
  await page.getByLabel('Kode booking').fill(dash(rina.code).toLowerCase());
  await page.getByRole('button', { name: 'Cari' }).click();
  await expect(card(page, 'Rina Wati').locator('.desk-status')).toContainText('Belum datang');
  await page.screenshot({ path: '../docs/img/desk-checkin.png' });
  await context.close();
});
