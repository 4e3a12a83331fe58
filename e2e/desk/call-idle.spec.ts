// The call centres' page (telepon/) signs an idle agent out as the desk does, with the page's clock
// sped up: a warning in the last minute ("Tetap masuk" keeps the session), and at 30 minutes the
// session ends on the page with why. While a caller's details are typed, the warning says they will
// be cleared, and the page says afterwards that they were; nothing of the caller stays on screen.
// Axe at 360 px, in Indonesian and English.
import { test, expect, type APIRequestContext, type Page } from '@playwright/test';
import { noRateLimits } from '../booking/helpers';
import { check, makeOffice, makeSlot, newNik, su, BASE, type Office } from './helpers';

let A: Office;
type Agent = { email: string; password: string; id: string };
let agent: Agent;

async function makeAgent(request: APIRequestContext): Promise<Agent> {
  const rid = Math.random().toString(36).slice(2, 8);
  const a = { email: `call_centre-${rid}@example.test`, password: `Idle-${rid}-${rid}` };
  const r = await request.post(`${BASE}/api/collections/staff/records`, {
    headers: { Authorization: await su(request) },
    data: { ...a, passwordConfirm: a.password, name: 'Call center uji', office: '', role: 'call_centre' },
  });
  expect(r.status(), await r.text()).toBe(200);
  return { ...a, id: (await r.json()).id };
}

test.beforeAll(async ({ request }) => {
  await noRateLimits(request);
  A = await makeOffice(request, 'idle');
  await makeSlot(request, A, 90);
  agent = await makeAgent(request);
});

async function signInAsAgent(page: Page, who: Agent = agent) {
  await page.goto('/petugas/');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Kata sandi').fill(who.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page).toHaveURL(/\/telepon\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa kendala penelepon?' })).toBeVisible();
}

const warning = (page: Page) => page.locator('.call-idle');

/** From the complaint to the booking form of an in-person outcome. */
async function toBookingForm(page: Page) {
  await page.getByLabel(/Ketik kata-kata penelepon/).fill('kode otp gak masuk');
  await page.getByRole('button', { name: /Kode OTP tidak masuk/ }).click();
  await page.getByRole('button', { name: 'SMS ke nomor HP' }).click();
  await page.getByRole('button', { name: 'Belum berhasil' }).click();
  await page.locator('.call-answers button').nth(0).click();
  await page.locator('.call-answers button').nth(2).click();
  await page.getByRole('button', { name: 'Pesan jadwal untuk penelepon' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pesan jadwal untuk penelepon' })).toBeVisible();
}

test('an idle agent is warned a minute before, can stay signed in, and is signed out at 30 minutes with the caller cleared', async ({ page }) => {
  test.setTimeout(180_000);
  await page.clock.install();
  await signInAsAgent(page);

  // a minute before the limit: the warning, which names no form while nothing of a caller is typed
  await page.clock.fastForward('28:30');
  await expect(warning(page)).toHaveCount(0);
  await page.clock.fastForward('00:45');
  await expect(warning(page)).toContainText('Kamu akan keluar otomatis dalam');
  await expect(warning(page)).not.toContainText('Data penelepon');
  // "Tetap masuk" keeps the session: the clock starts again
  await page.getByRole('button', { name: 'Tetap masuk' }).click();
  await expect(warning(page)).toHaveCount(0);
  await page.clock.fastForward('28:30');
  await expect(warning(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Apa kendala penelepon?' })).toBeVisible();

  // the caller's details half typed in the booking form
  await toBookingForm(page);
  const nik = newNik();
  await page.getByLabel('Nama sesuai e-KTP').fill('Sri Idle');
  await page.getByLabel('NIK (16 angka)').fill(nik);

  // the agent is down at the consent when the warning comes: it stays in view
  await page.getByRole('button', { name: 'Pesan jadwal', exact: true }).scrollIntoViewIfNeeded();
  await page.clock.fastForward('29:15');
  await expect(warning(page)).toContainText('Kamu akan keluar otomatis dalam');
  await expect(warning(page)).toBeInViewport({ ratio: 1 });
  await expect(warning(page)).toContainText('Data penelepon yang sudah diketik akan dihapus demi privasi.');
  await expect(warning(page).getByRole('alert')).toBeVisible();
  await check(page, 'call-idle-warning');
  await page.screenshot({ path: 'test-results/desk-screens/call-idle-warning-viewport-360.png' });

  // at the limit: signed out on the page, saying why and that the caller's details were cleared
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Kamu sudah keluar' })).toBeVisible();
  await expect(page.getByText('30 menit tidak ada aktivitas')).toBeVisible();
  await expect(page.getByText('Data penelepon yang belum terkirim sudah dihapus demi privasi.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Sri Idle');
  await expect(page.locator('input')).toHaveCount(0);
  expect(await page.evaluate(() => sessionStorage.getItem('pp.desk.session'))).toBeNull();
  expect(await page.evaluate(() => document.documentElement.innerHTML)).not.toContain(nik);
  await check(page, 'call-idle-signed-out');
  await page.setViewportSize({ width: 320, height: 740 });
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'You are signed out' })).toBeVisible();
  await expect(page.getByText('ask the caller again')).toBeVisible();
  await check(page, 'call-idle-signed-out-en');
  // the way back is the desk's sign-in
  await page.getByRole('link', { name: "Sign in at the officers' desk" }).click();
  await expect(page).toHaveURL(/\/petugas\/$/);
});

test('a token the store refuses ends the session on the page, saying the caller was cleared, not silently', async ({ page, request }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const withdrawn = await makeAgent(request);
  await signInAsAgent(page, withdrawn);
  await toBookingForm(page);
  await page.getByLabel('Titik layanan').selectOption({ label: `${A.name} (Kota Surabaya)` });
  await page.getByLabel('Waktu').selectOption({ index: 1 });
  await page.getByLabel('Nama sesuai e-KTP').fill('Sri Ditolak');
  await page.getByLabel('NIK (16 angka)').fill(newNik());
  await page.getByLabel('Nomor HP atau WhatsApp').fill('0812 3456 7892');
  await page.getByLabel('Kabupaten/kota tempat tinggal').selectOption({ label: 'Kota Surabaya' });
  await page.getByLabel('Sudah saya bacakan dan penelepon setuju').check();
  // the account is withdrawn while the call goes on (disabling voids its tokens)
  const off = await request.patch(`${BASE}/api/collections/staff/records/${withdrawn.id}`, {
    headers: { Authorization: await su(request) }, data: { disabled: true },
  });
  expect(off.status(), await off.text()).toBe(200);
  await page.getByRole('button', { name: 'Pesan jadwal', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kamu sudah keluar' })).toBeVisible();
  await expect(page).toHaveURL(/\/telepon\/$/);
  await expect(page.getByText('Sesi sudah berakhir.')).toBeVisible();
  await expect(page.getByText('Data penelepon yang belum terkirim sudah dihapus demi privasi.')).toBeVisible();
  await expect(page.locator('main')).not.toContainText('Sri Ditolak');
  expect(await page.evaluate(() => sessionStorage.getItem('pp.desk.session'))).toBeNull();
  await check(page, 'call-refused-signed-out');
  expect(errors).toEqual([]);
});
