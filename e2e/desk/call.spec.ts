// The call centres' page (telepon/) against the real store: an agent signs in at the desk, is sent to
// the phone page, types what the caller says, walks the flow to an in-person outcome, books for the
// caller with the consent read aloud, and reads back the code with its spelling. The booking is in the
// help point's queue marked as a phone booking; once the officer serves it, the fix counts under the
// phone channel in the province's figures. An agent cannot open a queue. Axe at 1280 and 360 px.
import { test, expect, type Page, type APIRequestContext } from '@playwright/test';
import { noRateLimits } from '../booking/helpers';
import { BASE, check, makeOffice, makeSlot, makeStaff, newNik, su, type Office, type Staff } from './helpers';

let A: Office, officer: Staff, agent: Staff, province: Staff;

async function makeRole(request: APIRequestContext, role: string, name: string): Promise<Staff> {
  const rid = Math.random().toString(36).slice(2, 8);
  const email = `${role}-${rid}@example.test`;
  const password = `Call-${rid}-${rid}`;
  const r = await request.post(`${BASE}/api/collections/staff/records`, {
    headers: { Authorization: await su(request) },
    data: { email, password, passwordConfirm: password, name, office: '', role },
  });
  expect(r.status(), await r.text()).toBe(200);
  const a = await request.post(`${BASE}/api/collections/staff/auth-with-password`, { data: { identity: email, password } });
  return { email, password, id: (await r.json()).id, token: (await a.json()).token };
}

test.beforeAll(async ({ request }) => {
  await noRateLimits(request);
  A = await makeOffice(request, 'tel');
  officer = await makeStaff(request, A, 'Petugas Telepon');
  agent = await makeRole(request, 'call_centre', 'Call center Disnakertrans Jatim 031-8293097');
  province = await makeRole(request, 'province', 'Koordinator');
  await makeSlot(request, A, 45); // later today: the officer can serve it today
});

async function signInAsAgent(page: Page) {
  await page.goto('/petugas/');
  await page.getByLabel('Email').fill(agent.email);
  await page.getByLabel('Kata sandi').fill(agent.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/telepon\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa kendala penelepon?' })).toBeVisible();
}

test('an agent walks a caller to a help point, books for them and reads the code back; it counts under phone', async ({ page, request }) => {
  test.setTimeout(300_000); // five screens checked with axe at two widths, and three pages
  await page.setViewportSize({ width: 1280, height: 900 });
  await signInAsAgent(page);
  await check(page, 'call-complaint');
  await page.getByLabel(/Ketik kata-kata penelepon/).fill('kode otp gak masuk');
  await page.getByRole('button', { name: /Kode OTP tidak masuk/ }).click();

  // the flow, one node at a time, to read aloud; answers by keyboard
  await expect(page.locator('.call-read')).toHaveText('Kode OTP-mu dikirim lewat apa?');
  await page.getByRole('button', { name: 'SMS ke nomor HP' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('.call-read')).toContainText('Pasang SIM');
  await page.setViewportSize({ width: 360, height: 800 });
  await check(page, 'call-step');
  await page.getByRole('button', { name: 'Belum berhasil' }).click();
  await page.locator('.call-answers button').nth(0).click();
  await expect(page.locator('.call-read')).toContainText('Formulir Pengaduan');
  await page.locator('.call-answers button').nth(2).click();
  await expect(page.getByText('Penelepon perlu dibantu di titik layanan.')).toBeVisible();
  await expect(page.getByText(/^Alasan/)).toBeVisible();
  await check(page, 'call-outcome');
  await page.getByRole('button', { name: 'Pesan jadwal untuk penelepon' }).click();

  // the booking for the caller: any bookable help point, consent read aloud first
  await expect(page.getByRole('heading', { level: 1, name: 'Pesan jadwal untuk penelepon' })).toBeVisible();
  await page.getByLabel('Titik layanan').selectOption({ label: `${A.name} (Kota Surabaya)` });
  await expect(page.locator('#call-slot option')).toHaveCount(2);
  await page.getByLabel('Waktu').selectOption({ index: 1 });
  await page.getByLabel('Nama sesuai e-KTP').fill('Sri Wahyuni');
  const nik = newNik();
  await page.getByLabel('NIK (16 angka)').fill(nik);
  await page.getByLabel('Nomor HP atau WhatsApp').fill('0812 3456 7891');
  await page.getByLabel('Kabupaten/kota tempat tinggal').selectOption({ label: 'Kota Surabaya' });
  await expect(page.locator('.call-form .call-read')).toContainText('lewat telepon atau WhatsApp');
  await page.getByRole('button', { name: 'Pesan jadwal', exact: true }).click();
  await expect(page.locator('#call-errors')).toContainText('Bacakan persetujuan');
  await check(page, 'call-book');
  await page.getByLabel('Sudah saya bacakan dan penelepon setuju').check();
  await page.getByRole('button', { name: 'Pesan jadwal', exact: true }).click();

  // read back: the code, spelled, when and where; nothing of the caller on screen
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwal terpesan. Bacakan kodenya:' })).toBeVisible();
  const shown = (await page.locator('#call-code').innerText()).replace(/^Kode jadwal:\s*/, '').trim();
  expect(shown).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  const code = shown.replace('-', '');
  await expect(page.locator('.call-spelled li')).toHaveCount(2);
  await expect(page.locator('.call-spelled li').first()).toContainText(`${code[0]} – `);
  await expect(page.locator('main')).not.toContainText(nik);
  await expect(page.locator('main')).not.toContainText('Sri Wahyuni');
  await check(page, 'call-readback');
  // at 320 px nothing scrolls sideways, in Indonesian and in English
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Booked. Read the code aloud:' })).toBeVisible();
  await expect(page.locator('.call-spelled li').first()).toContainText(`${code[0]} – `);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await check(page, 'call-readback-en');
  await page.getByRole('button', { name: /Bahasa Indonesia|Indonesia/ }).click();
  await page.setViewportSize({ width: 1280, height: 900 });
  await check(page, 'call-readback');

  // the help point's queue has it, by phone; an agent cannot read any queue
  const queue = await request.get(`${BASE}/api/staff/queue`, { headers: { Authorization: officer.token } });
  const row = (await queue.json()).slots.flatMap((s: any) => s.bookings).find((b: any) => b.code === code);
  expect(row.channel).toBe('phone');
  const refused = await request.get(`${BASE}/api/staff/queue?office=${A.id}`, { headers: { Authorization: agent.token } });
  expect(refused.status()).toBe(403);

  // the officer's desk marks it, then checks in and serves with a step of the problem
  const before = await (await request.get(`${BASE}/api/province/funnel?days=7`, { headers: { Authorization: province.token } })).json();
  const desk = await page.context().newPage();
  await desk.setViewportSize({ width: 360, height: 800 });
  await desk.goto('/petugas/');
  await desk.evaluate(() => sessionStorage.clear());
  await desk.getByLabel('Email').fill(officer.email);
  await desk.getByLabel('Kata sandi').fill(officer.password);
  await desk.getByRole('button', { name: 'Masuk', exact: true }).click();
  const card = desk.locator('article.desk-row', { has: desk.getByRole('heading', { name: 'Sri Wahyuni' }) });
  await expect(card).toContainText('Lewat telepon');
  const inn = await request.post(`${BASE}/api/staff/checkin`, { headers: { Authorization: officer.token }, data: { code } });
  expect(inn.status()).toBe(200);
  const served = await request.post(`${BASE}/api/staff/status`, {
    headers: { Authorization: officer.token }, data: { id: row.id, status: 'served', fixed_by: row.steps[0], note: '' },
  });
  expect(served.status(), await served.text()).toBe(200);
  const after = await (await request.get(`${BASE}/api/province/funnel?days=7`, { headers: { Authorization: province.token } })).json();
  const phone = (f: any) => f.channels.find((c: any) => c.channel === 'phone');
  expect(phone(after).fixed_at_help_point - phone(before).fixed_at_help_point).toBe(1);
  expect(phone(after).started).toBeGreaterThan(0);
  await desk.close();

  // the province's page shows the figures per channel, the phone row with this fix
  const prov = await page.context().newPage();
  await prov.setViewportSize({ width: 360, height: 800 });
  await prov.goto('/petugas/');
  await prov.evaluate(() => sessionStorage.clear());
  await prov.getByLabel('Email').fill(province.email);
  await prov.getByLabel('Kata sandi').fill(province.password);
  await prov.getByRole('button', { name: 'Masuk', exact: true }).click();
  const phoneRow = prov.locator('table.desk-channels tr', { has: prov.getByRole('rowheader', { name: 'Telepon' }) });
  await expect(phoneRow.locator('td').last()).toHaveText(String(phone(after).fixed_at_help_point));
  await expect(prov.locator('table.desk-channels th[scope=row]')).toHaveText(['Daring', 'Datang langsung', 'Telepon']);
  await check(prov, 'call-province-channels');
  await prov.close();

  // the service worker never keeps the call page (it holds personal data): neither in sw.js nor in a
  // precache list it fetches
  const sw = await (await request.get(`${BASE}/sw.js`)).text();
  let lists = sw;
  for (const m of sw.matchAll(/precache-[0-9a-z]+\.json/g)) lists += await (await request.get(`${BASE}/${m[0]}`)).text();
  expect(lists).toContain('index.html');
  expect(lists).not.toMatch(/"telepon\/[^"]+"/); // no file of telepon/ listed (the worker's own rule names the folder bare)
});
