// Helpers for the booking tests: the store's API (as a citizen and as superuser), fresh NIKs,
// and the per-screen check (axe WCAG 2.2 AA + screenshot) run on every booking screen.
import { expect, type Page, type APIRequestContext } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const BASE = process.env.BOOKING_URL!;
/** A flow path that ends in in-person help (checked by the app itself: it walks the trail). */
export const PROBLEM = 'otp-not-received';
export const TRAIL = '1n02';
export const START = `/jadwal/?masalah=${PROBLEM}&jejak=${TRAIL}`;

let suToken = '';
export async function su(request: APIRequestContext): Promise<string> {
  if (suToken) return suToken;
  const r = await request.post(`${BASE}/api/collections/_superusers/auth-with-password`, {
    data: { identity: process.env.PB_SUPERUSER_EMAIL, password: process.env.PB_SUPERUSER_PASSWORD },
  });
  expect(r.status(), await r.text()).toBe(200);
  suToken = (await r.json()).token;
  return suToken;
}

/** All tests come from 127.0.0.1: lift the per-IP limits for the run. Also waits until a
 *  fresh store has seeded its help points and slots (health answers before that). */
export async function noRateLimits(request: APIRequestContext) {
  await expect.poll(async () => {
    const r = await request.get(`${BASE}/api/availability/disnaker-3578?days=14`);
    return r.status() === 200 ? (await r.json()).slots.length : 0;
  }, { timeout: 90_000, intervals: [500, 1000, 2000] }).toBeGreaterThan(10);
  const r = await request.patch(`${BASE}/api/settings`, {
    headers: { Authorization: await su(request) }, data: { rateLimits: { enabled: false } },
  });
  expect(r.status()).toBe(200);
}

const used = new Set<string>();
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const rnd = (a: number, b: number) => a + Math.floor(Math.random() * (b - a + 1));
/** A valid, never repeated NIK first issued in Kota Surabaya (3578). */
export function newNik(regency = '78'): string {
  for (;;) {
    const nik = `35${regency}${pad(rnd(1, 30), 2)}${pad(rnd(1, 28) + 40, 2)}${pad(rnd(1, 12), 2)}${pad(rnd(70, 99), 2)}${pad(rnd(1, 9999), 4)}`;
    if (!used.has(nik)) { used.add(nik); return nik; }
  }
}
export const newPhone = () => `08${rnd(11, 99)}${pad(rnd(0, 99999999), 8)}`;

export type Slot = { id: string; start: string; end: string; remaining: number; seats: number; closed: boolean };
export async function officeSlots(request: APIRequestContext, office: string): Promise<{ office: any; slots: Slot[] }> {
  const r = await request.get(`${BASE}/api/availability/${office}?days=14`);
  expect(r.status()).toBe(200);
  return r.json();
}

export async function bookViaApi(request: APIRequestContext, slot: string, nik: string) {
  const r = await request.post(`${BASE}/api/booking`, {
    headers: { 'Idempotency-Key': `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}` },
    data: { slot, name: 'Warga Uji', nik, phone: newPhone(), region: 'Kota Surabaya', summary: 'uji e2e' },
  });
  expect(r.status(), await r.text()).toBe(201);
  return r.json();
}

/** Bookings of one NIK as the store holds them (superuser). */
export async function bookingsOf(request: APIRequestContext, nik: string): Promise<any[]> {
  const r = await request.get(`${BASE}/api/collections/bookings/records?perPage=50&filter=${encodeURIComponent(`nik="${nik}"`)}`, {
    headers: { Authorization: await su(request) },
  });
  expect(r.status(), await r.text()).toBe(200);
  return (await r.json()).items;
}

/** Make a slot full for ordinary citizens: no priority hold, seats = bookings already there
 *  (at least one, taken by someone else if the slot was empty). */
export async function fillSlot(request: APIRequestContext, slotId: string) {
  const token = await su(request);
  const cur = await request.get(`${BASE}/api/collections/slots/records/${slotId}`, { headers: { Authorization: token } });
  expect(cur.status()).toBe(200);
  const { office } = await cur.json();
  const { slots } = await officeSlots(request, office);
  const s = slots.find((x: any) => x.id === slotId) as any;
  const taken = s.seats - s.remaining_priority;
  const r = await request.patch(`${BASE}/api/collections/slots/records/${slotId}`, {
    headers: { Authorization: token }, data: { seats: Math.max(1, taken), priority_seats: 0 },
  });
  expect(r.status(), await r.text()).toBe(200);
  if (taken === 0) await bookViaApi(request, slotId, newNik());
  const after = (await officeSlots(request, office)).slots.find((x) => x.id === slotId)!;
  expect(after.remaining).toBe(0);
}

const WCAG22AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Wait for the screen, run axe (zero violations) and save a screenshot of the page (into
 *  e2e/test-results/<folder>/<name>-<width>.png). The desk's tests use it too. */
export async function check(page: Page, name: string, fullPage = false, folder = 'booking-screens') {
  // gone, or hidden under the booking page's pre-rendered first question
  await expect(page.locator('#boot')).toBeHidden();
  await expect(page.locator('main h1:visible').first()).toBeVisible();
  await page.waitForTimeout(150);
  const result = await new AxeBuilder({ page }).withTags(WCAG22AA).analyze();
  const violations = result.violations.map((v) =>
    `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe WCAG 2.2 AA on ${name} (${page.url()})`).toEqual([]);
  const screens = resolve(__dirname, '../test-results', folder);
  mkdirSync(screens, { recursive: true });
  const width = page.viewportSize()?.width ?? 0;
  await page.screenshot({ path: join(screens, `${name}-${width}.png`), fullPage });
}

export const T = {
  next: 'Lanjut',
  submit: 'Kirim dan ambil jadwal',
};

/** Region (Kota Surabaya) -> first help point in the region -> first free time. Returns the help point's name. */
export async function toDetails(page: Page, opts: { screens?: boolean } = {}) {
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: 'Kamu tinggal di kabupaten/kota mana?' })).toBeVisible();
  if (opts.screens) await check(page, '01-region');
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Surabaya' });
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih titik layanan' })).toBeVisible();
  await expect(page.locator('#points button').first()).toBeVisible();
  if (opts.screens) await check(page, '02-point');
  const point = page.locator('#points button').first();
  const name = (await point.locator('.choice-title').textContent())!;
  await point.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih hari dan jam' })).toBeVisible();
  await expect(page.locator('.times button').first()).toBeVisible();
  if (opts.screens) await check(page, '03-time');
  await page.locator('.times button').first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Data dirimu' })).toBeVisible();
  return name;
}

export async function fillDetails(page: Page, nik: string, phone = '0812-3456-7890', name = 'Siti Aminah') {
  await page.getByLabel('Nama lengkap').fill(name);
  await page.getByLabel('NIK').fill(nik);
  await page.getByLabel('Nomor HP').fill(phone);
  await page.getByRole('button', { name: T.next }).click();
}

export async function consentAndCheck(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: 'Persetujuan pemakaian data' })).toBeVisible();
  await page.getByLabel('Saya setuju data saya dipakai untuk jadwal ini.').check();
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Periksa jawabanmu' })).toBeVisible();
}
