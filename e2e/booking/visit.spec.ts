// The citizen's side of a visit (issue 19): an online booking carries its problem, so the desk
// offers its steps and the province counts the fix per channel; a day the officer closed reads
// "Tutup" with the reason; help points listed nearest first from the chosen regency; a help point
// without bookings says so plainly, with its hours and the nearest one that takes bookings.
import { test, expect, type Page, type APIRequestContext } from '@playwright/test';
import { BASE, START, T, check, consentAndCheck, fillDetails, newNik, noRateLimits, su } from './helpers';
import { makeSlot, makeStaff, signIn, type Office } from '../desk/helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

const rid = () => Math.random().toString(36).slice(2, 8);

/** A bookable help point of our own in Kota Surabaya, open on Sundays only (no generated slot today). */
async function office(request: APIRequestContext, label: string): Promise<Office> {
  const code = `e2e-visit-${label}-${rid()}`;
  const r = await request.post(`${BASE}/api/collections/offices/records`, {
    headers: { Authorization: await su(request) },
    data: { code, kind: 'disnaker', name: `Titik Kunjungan ${label} ${rid()}`, region: 'Kota Surabaya', region_code: '3578',
      address: `Jl. Uji Kunjungan No. 5 (${code})`, hours: { sun: ['08:00-09:00'] }, slot_minutes: 30, seats: 10,
      active: true, bookable: true, lat: -7.2575, lng: 112.7521 },
  });
  expect(r.status(), await r.text()).toBe(200);
  return r.json();
}

async function toPoint(page: Page, regency: string) {
  await page.goto(START);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: regency });
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih titik layanan' })).toBeVisible();
  await expect(page.locator('.choice-title').first()).toBeVisible();
}

test('an online booking reaches the desk with its problem: its steps are offered and the fix is counted as online', async ({ page, request }) => {
  const o = await office(request, 'online');
  const officer = await makeStaff(request, o, 'Petugas Kunjungan');
  await makeSlot(request, o, 45);
  const province = await request.post(`${BASE}/api/collections/staff/records`, {
    headers: { Authorization: await su(request) },
    data: { email: `prov-${rid()}@example.test`, password: 'Prov-pass-123456', passwordConfirm: 'Prov-pass-123456', name: 'Provinsi', office: '', role: 'province' },
  });
  expect(province.status(), await province.text()).toBe(200);
  const provToken = (await (await request.post(`${BASE}/api/collections/staff/auth-with-password`, {
    data: { identity: (await province.json()).email, password: 'Prov-pass-123456' },
  })).json()).token;
  const funnel = async () => (await (await request.get(`${BASE}/api/province/funnel?days=7`, { headers: { Authorization: provToken } })).json())
    .problems.find((p: any) => p.problem === 'otp-not-received');
  const before = await funnel();

  // the citizen books online
  await toPoint(page, 'Kota Surabaya');
  await page.getByRole('button', { name: o.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih hari dan jam' })).toBeVisible();
  await page.locator('.times button').first().click();
  await fillDetails(page, newNik());
  await consentAndCheck(page);
  await page.getByRole('button', { name: T.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible();
  await check(page, 'visit-confirmation', true);
  const code = (await page.locator('#booking-code').textContent())!.trim();
  const details = (await page.locator('.booking-details').textContent())!;
  const map = await page.locator('.map-link a').getAttribute('href').catch(() => null);

  // the officer serves it with one of the problem's steps
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, officer);
  await page.getByRole('button', { name: 'Cek kedatangan' }).click();
  await page.getByLabel('Kode booking').fill(code);
  await page.getByRole('button', { name: 'Cari' }).click();
  // the search shows the person first; the officer checks them in after matching the e-KTP
  const card = page.locator('article.desk-row').first();
  await card.getByRole('button', { name: 'Tandai datang' }).click();
  await expect(card.locator('.desk-status')).toContainText('Sudah datang');
  await card.getByRole('button', { name: 'Selesai dilayani' }).click();
  const fixes = card.getByRole('group', { name: 'Apa yang memperbaikinya?' }).getByRole('radio');
  await expect(fixes.first()).toBeVisible();
  expect(await fixes.count(), 'the problem\'s steps besides "Cara lain"').toBeGreaterThan(1);
  const step = fixes.first();
  const fixId = (await step.getAttribute('value'))!;
  expect(fixId).not.toBe('other');
  await step.check();
  await card.getByRole('button', { name: 'Simpan' }).click();
  await expect(card.locator('.desk-status')).toContainText('Selesai dilayani');

  // the province's "which fixes work" counts it, as an online booking
  const after = await funnel();
  const at = (f: any) => f.nodes.find((n: any) => n.node === fixId).fixed_at_desk;
  expect((at(after).online ?? 0) - (at(before).online ?? 0)).toBe(1);
  expect(at(after).desk ?? 0).toBe(at(before).desk ?? 0);

  // the confirmation named the help point's regency, opening hours and a plain map link with its coordinates
  expect(details).toContain('Kota Surabaya');
  expect(details).toContain('Minggu 08:00–09:00 WIB');
  expect(map).toBe('https://www.openstreetmap.org/?mlat=-7.25750&mlon=112.75210#map=17/-7.25750/112.75210');
});

test('a day the officer closed reads "Tutup" with the reason, not "Penuh"', async ({ page, request }) => {
  const o = await office(request, 'tutup');
  const officer = await makeStaff(request, o, 'Petugas Tutup');
  const closedSlot = await makeSlot(request, o, 3 * 24 * 60);
  await makeSlot(request, o, 3 * 24 * 60 + 60);
  await makeSlot(request, o, 5 * 24 * 60);
  const day = new Date(Date.parse(closedSlot.starts_at.replace(' ', 'T')) + 7 * 3600e3).toISOString().slice(0, 10);
  const closed = await request.post(`${BASE}/api/staff/office/closed-days`, {
    headers: { Authorization: officer.token }, data: { date: day, reason: 'Pelatihan petugas' },
  });
  expect(closed.status(), await closed.text()).toBe(200);

  await toPoint(page, 'Kota Surabaya');
  await page.getByRole('button', { name: o.name }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih hari dan jam' })).toBeVisible();
  const closedDay = page.locator('#days button.day.full');
  await expect(closedDay).toHaveCount(1);
  await expect(closedDay.locator('.day-seats')).toHaveText('Tutup');
  await closedDay.click();
  await expect(page.locator('.notice')).toContainText('Hari itu kantor tutup: Pelatihan petugas.');
  await expect(page.getByText('Hari itu penuh')).toHaveCount(0);
  await expect(page.locator('.times .time-seats').first()).toHaveText('Tutup');
  await check(page, 'visit-closed-day', true);
  // in English, at 320 px, without sideways scrolling
  await page.setViewportSize({ width: 320, height: 700 });
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('.notice')).toContainText('The office is closed that day: Pelatihan petugas.');
  await expect(page.locator('#days button.day.full .day-seats')).toHaveText('Closed');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  await check(page, 'visit-closed-day-en', true);
});

test('from Sampang the other help points start with the nearest, not the alphabet', async ({ page }) => {
  await toPoint(page, 'Kab. Sampang');
  await expect(page.getByRole('heading', { name: 'Di wilayahmu' })).toBeVisible();
  const others = page.locator('h2:has-text("Titik layanan lain") + ul > li');
  await expect(others.first()).toBeVisible();
  const all = await others.evaluateAll((lis) => lis.map((li) => li.querySelector('.choice-sub')?.textContent ?? ''));
  expect(all[0], all.join('\n')).toMatch(/Kota Surabaya|Kab\. Bangkalan|Kab\. Pamekasan/);
  const firstFar = all.findIndex((r) => /Kab\. Sumenep|Kota Blitar/.test(r));
  const lastNear = all.map((r) => /Kota Surabaya/.test(r)).lastIndexOf(true);
  expect(firstFar, all.join('\n')).toBeGreaterThan(lastNear);
  await check(page, 'visit-points-sampang', true);
});

test('a help point that takes no bookings says so plainly, with its hours and the nearest one that does', async ({ page }) => {
  await toPoint(page, 'Kab. Pamekasan');
  const off = page.locator('.choice.point.off', { hasText: 'Disnaker Kab. Pamekasan' });
  await expect(off).toContainText('Jadwal di kantor ini belum bisa dipesan lewat layanan ini.');
  await expect(off).toContainText('Jam buka: Senin–Kamis 08:00–12:00, 13:00–15:00 · Jumat 08:00–11:00, 13:30–15:00 WIB.');
  await expect(off).not.toContainText('sumber yang bisa dicek');
  await expect(off.getByRole('button', { name: /Dinas Tenaga Kerja Kab\. Sampang/ })).toBeVisible();
  await check(page, 'visit-not-bookable');
});
