// Helpers for the desk tests: help points, slots, bookings and staff accounts made as superuser
// in the real store, signing in on the desk, and the per-screen check (axe WCAG 2.2 AA + screenshot).
import { expect, type Page, type APIRequestContext } from '@playwright/test';
import { su, newNik, newPhone, check as checkScreen } from '../booking/helpers';

export const BASE = process.env.BOOKING_URL!;
export { su, newNik, newPhone };

const pbDate = (ms: number) => new Date(ms).toISOString().replace('T', ' ');
const rid = () => Math.random().toString(36).slice(2, 8);

export type Office = { id: string; code: string; name: string };
export async function makeOffice(request: APIRequestContext, label: string): Promise<Office> {
  const code = `e2e-${label}-${rid()}`;
  const r = await request.post(`${BASE}/api/collections/offices/records`, {
    headers: { Authorization: await su(request) },
    data: { code, kind: 'disnaker', name: `Titik Uji ${label.toUpperCase()}`, region: 'Kota Surabaya', region_code: '3578',
      address: `Jl. Uji Coba No. 1 (${code})`, hours: {}, slot_minutes: 30, seats: 10, active: true, bookable: true },
  });
  expect(r.status(), await r.text()).toBe(200);
  return r.json();
}

let offset = 0;
/** A slot starting `minutes` from now (negative: already running), 30 minutes long. */
export async function makeSlot(request: APIRequestContext, office: Office, minutes: number, seats = 10) {
  const start = Date.now() + minutes * 60e3 + (offset++) * 1000;
  const r = await request.post(`${BASE}/api/collections/slots/records`, {
    headers: { Authorization: await su(request) },
    data: { office: office.id, starts_at: pbDate(start), ends_at: pbDate(start + 30 * 60e3), seats, priority_seats: 0, closed: false },
  });
  expect(r.status(), await r.text()).toBe(200);
  return r.json() as Promise<{ id: string; starts_at: string }>;
}

export type Staff = { email: string; password: string; id: string; token: string };
export async function makeStaff(request: APIRequestContext, office: Office, name: string): Promise<Staff> {
  const email = `petugas-${rid()}@example.test`;
  const password = `Desk-${rid()}-${rid()}`;
  const r = await request.post(`${BASE}/api/collections/staff/records`, {
    headers: { Authorization: await su(request) },
    data: { email, password, passwordConfirm: password, name, office: office.id, role: 'officer' },
  });
  expect(r.status(), await r.text()).toBe(200);
  const a = await request.post(`${BASE}/api/collections/staff/auth-with-password`, { data: { identity: email, password } });
  expect(a.status()).toBe(200);
  return { email, password, id: (await r.json()).id, token: (await a.json()).token };
}

/** A province staff account (no help point), signed in through the API for its token. */
export async function makeProvince(request: APIRequestContext, name: string): Promise<Staff> {
  const email = `provinsi-${rid()}@example.test`;
  const password = `Prov-${rid()}-${rid()}`;
  const r = await request.post(`${BASE}/api/collections/staff/records`, {
    headers: { Authorization: await su(request) },
    data: { email, password, passwordConfirm: password, name, office: '', role: 'province' },
  });
  expect(r.status(), await r.text()).toBe(200);
  const a = await request.post(`${BASE}/api/collections/staff/auth-with-password`, { data: { identity: email, password } });
  expect(a.status()).toBe(200);
  return { email, password, id: (await r.json()).id, token: (await a.json()).token };
}

/** Sign in on the desk as the province: its page opens on every help point. */
export async function signInProvince(page: Page, s: Staff) {
  await page.goto('/petugas/');
  await page.getByLabel('Email').fill(s.email);
  await page.getByLabel('Kata sandi').fill(s.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Semua titik layanan' })).toBeVisible();
}

/** The case summary the booking page writes for an in-person outcome (its shape: flow/walk.rs). */
export const SUMMARY = 'Masalah: Kode OTP tidak masuk [otp-not-received]\nYang sudah dicoba:\n'
  + '1. Kode dikirim lewat apa? → Email\n2. Cek folder Spam dan Promosi → tidak berhasil\n'
  + 'Hasil: Petugas bisa memeriksanya bersamamu';

const ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
let queueNo = 0;
/** A booking written as superuser (a slot that has started cannot be booked online). */
export async function seed(request: APIRequestContext, slot: { id: string }, office: Office, name: string, extra: Record<string, unknown> = {}) {
  const code = Array.from({ length: 8 }, () => ALPHABET[Math.floor(Math.random() * ALPHABET.length)]).join('');
  const nik = newNik();
  const r = await request.post(`${BASE}/api/collections/bookings/records`, {
    headers: { Authorization: await su(request) },
    data: { slot: slot.id, office: office.id, code, queue_no: ++queueNo, name, nik, phone: '+6281234567890',
      region: 'Kota Surabaya', status: 'booked', channel: 'online', summary: SUMMARY, problem: 'otp-not-received',
      idempotency_key: `seed-${nik}`, ...extra },
  });
  expect(r.status(), await r.text()).toBe(200);
  return { ...(await r.json()), nik } as { id: string; code: string; nik: string; name: string };
}

/** A booking as the store holds it (superuser). */
export async function record(request: APIRequestContext, id: string) {
  const r = await request.get(`${BASE}/api/collections/bookings/records/${id}`, { headers: { Authorization: await su(request) } });
  expect(r.status()).toBe(200);
  return r.json();
}

export async function signIn(page: Page, s: Staff) {
  await page.goto('/petugas/');
  await expect(page.getByRole('heading', { level: 1, name: 'Masuk petugas' })).toBeVisible();
  await page.getByLabel('Email').fill(s.email);
  await page.getByLabel('Kata sandi').fill(s.password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Antrean hari ini' })).toBeVisible();
}

export const dash = (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`;

/** Run axe (zero violations), check that nothing scrolls sideways, and save a screenshot of the
 * whole page (test-results/desk-screens/). */
export async function check(page: Page, name: string) {
  await checkScreen(page, name, true, 'desk-screens');
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  expect(scroll, `${name}: the page scrolls sideways at ${page.viewportSize()?.width} px`).toBeLessThanOrEqual(client);
  const wide = await page.evaluate(() => [...document.querySelectorAll('main *')]
    .filter((e) => e.scrollWidth > e.clientWidth + 1 && getComputedStyle(e).overflowX !== 'visible' && getComputedStyle(e).overflowX !== 'hidden' && !(e instanceof HTMLInputElement) && !(e instanceof HTMLTextAreaElement) && !(e instanceof HTMLSelectElement))
    .map((e) => e.className || e.tagName));
  expect(wide, `${name}: parts that scroll sideways`).toEqual([]);
}
