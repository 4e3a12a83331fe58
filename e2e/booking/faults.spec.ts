// Faults during a booking from the app, against a private store of its own (PocketBase serving dist/,
// as `make run` starts it) behind a small proxy on the app's origin:
//   - the reply stalls (the store has written the booking, the answer never arrives),
//   - the store is stopped when the citizen sends, and started again (same data folder).
// Each time the citizen is told what happened, the app sends the same attempt again (same
// Idempotency-Key), and the store ends up with exactly one booking for that NIK.
import { test, expect, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { check, newNik, toDetails, fillDetails, consentAndCheck, T } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
// Free ports chosen by playwright.booking.config.ts.
const STORE_PORT = Number(process.env.FAULTS_STORE_PORT);
const PROXY_PORT = Number(process.env.FAULTS_PROXY_PORT);
const STORE = `http://127.0.0.1:${STORE_PORT}`;
const SU = { identity: 'faults@localhost.test', password: `Faults-${process.pid}-${Date.now().toString(36)}` };
const DATA_DIR = mkdtempSync(join(tmpdir(), 'pb-faults-'));
const LOG_NAME = `${DATA_DIR.split('/').pop()}.log`;
const LOG = openSync(join(DATA_DIR, '..', LOG_NAME), 'a');

test.use({ baseURL: `http://127.0.0.1:${PROXY_PORT}` });
test.describe.configure({ mode: 'serial' });

// ---- the store: scripts/backend.sh, stopped and started at will on the same data folder ----
let store: ChildProcess | null = null;
async function startStore() {
  store = spawn('bash', [join(ROOT, 'scripts/backend.sh')], {
    env: {
      ...process.env, PORT: String(STORE_PORT), DATA_DIR, PUBLIC_DIR: process.env.E2E_PUBLIC_DIR ?? join(ROOT, 'dist'),
      PB_SUPERUSER_EMAIL: SU.identity, PB_SUPERUSER_PASSWORD: SU.password,
    },
    stdio: ['ignore', LOG, LOG], detached: true,
  });
  await expect.poll(async () => {
    try { return (await fetch(`${STORE}/api/health`)).status; } catch { return 0; }
  }, { timeout: 90_000, intervals: [200], message: () => readFileSync(join(DATA_DIR, '..', LOG_NAME), 'utf8') }).toBe(200);
}
async function stopStore() {
  if (!store || store.exitCode !== null) return;
  const exited = new Promise((r) => store!.once('exit', r));
  process.kill(-store.pid!, 'SIGTERM'); // the script and the PocketBase it started
  await exited;
  await expect.poll(async () => { try { await fetch(`${STORE}/api/health`); return 'up'; } catch { return 'down'; } }).toBe('down');
}

async function su(): Promise<string> {
  const r = await fetch(`${STORE}/api/collections/_superusers/auth-with-password`, {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(SU),
  });
  expect(r.status).toBe(200);
  return (await r.json()).token;
}
async function bookingsOf(nik: string): Promise<any[]> {
  const r = await fetch(`${STORE}/api/collections/bookings/records?perPage=50&filter=${encodeURIComponent(`nik="${nik}"`)}`,
    { headers: { Authorization: await su() } });
  expect(r.status).toBe(200);
  return (await r.json()).items;
}

// ---- the proxy on the app's origin: pass, or hold the booking reply ----
let mode: 'pass' | 'stall' = 'pass';
let held = 0;
let proxy: Server;
function startProxy(): Promise<void> {
  proxy = createServer((req, res) => {
    const up = httpRequest({ host: '127.0.0.1', port: STORE_PORT, path: req.url, method: req.method, headers: req.headers }, (r) => {
      if (mode === 'stall' && req.method === 'POST' && req.url === '/api/booking') {
        held += 1; // the store has answered (and written the booking); the citizen never hears it
        r.resume();
        return;
      }
      res.writeHead(r.statusCode ?? 502, r.headers);
      r.pipe(res);
    });
    // the store is down: a reverse proxy answers 502 with a page of its own
    up.on('error', () => { if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/html' }); res.end('<html>502 Bad Gateway</html>'); });
    req.pipe(up);
  });
  return new Promise((ok) => proxy.listen(PROXY_PORT, '127.0.0.1', () => ok()));
}

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await startStore();
  await startProxy();
  // a fresh store: wait for its help points and slots, lift the per-IP limits (all tests are 127.0.0.1)
  await expect.poll(async () => {
    const r = await fetch(`${STORE}/api/availability/disnaker-3578?days=14`);
    return r.status === 200 ? (await r.json()).slots.length : 0;
  }, { timeout: 90_000, intervals: [500, 1000] }).toBeGreaterThan(10);
  const r = await fetch(`${STORE}/api/settings`, {
    method: 'PATCH', headers: { Authorization: await su(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ rateLimits: { enabled: false } }),
  });
  expect(r.status).toBe(200);
});

test.afterAll(async () => {
  await new Promise((r) => proxy?.close(r));
  proxy?.closeAllConnections?.();
  await stopStore();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

async function toSend(page: Page, nik: string) {
  await toDetails(page);
  await fillDetails(page, nik);
  await consentAndCheck(page);
}

async function expectConfirmedOnce(page: Page, nik: string) {
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible({ timeout: 30_000 });
  const shown = (await page.locator('#booking-code').textContent())!.replace('-', '');
  const rows = await bookingsOf(nik);
  expect(rows.map((b) => b.code), 'exactly one booking in the store, the one shown').toEqual([shown]);
}

test('the reply stalls after the store wrote the booking: the citizen is told, the retry confirms the same one', async ({ page }) => {
  test.setTimeout(120_000);
  const nik = newNik();
  await toSend(page, nik);
  mode = 'stall';
  await page.getByRole('button', { name: T.submit }).click();
  // The store has the booking already; the app waits for an answer that never comes.
  await expect.poll(async () => (await bookingsOf(nik)).length, { timeout: 15_000 }).toBe(1);
  expect(held).toBe(1);
  // After the app's time limit (20 s) the citizen reads what happened, and that nothing is lost.
  const status = page.locator('.submit-status .status-box');
  await expect(status.getByRole('heading', { name: 'Belum terkirim: tidak ada jawaban' })).toBeVisible({ timeout: 30_000 });
  await expect(status).toContainText('layanan jadwal sedang mati');
  await expect(status).toContainText('Jadwal tidak akan terpesan dua kali');
  await check(page, '06-check-no-answer', true);
  mode = 'pass';
  await status.getByRole('button', { name: 'Coba kirim sekarang' }).click();
  await expectConfirmedOnce(page, nik);
});

test('the store is stopped when the citizen sends and started again: one booking, after telling them', async ({ page }) => {
  test.setTimeout(150_000);
  const nik = newNik();
  await toSend(page, nik);
  await stopStore();
  await page.getByRole('button', { name: T.submit }).click();
  const status = page.locator('.submit-status .status-box');
  await expect(status.getByRole('heading', { name: 'Belum terkirim: tidak ada jawaban' })).toBeVisible({ timeout: 30_000 });
  await expect(status).toContainText('Datamu tersimpan di HP ini');
  // A second tap while the store is still down changes nothing.
  await status.getByRole('button', { name: 'Coba kirim sekarang' }).click();
  await expect(status.getByRole('heading', { name: 'Belum terkirim: tidak ada jawaban' })).toBeVisible({ timeout: 30_000 });
  await startStore();
  expect(await bookingsOf(nik)).toEqual([]);
  // The app tries again by itself (10 s after the last failure); the citizen does nothing.
  await expectConfirmedOnce(page, nik);
});

test('the store stops right after writing a booking (before answering) and comes back: still one booking', async ({ page }) => {
  test.setTimeout(150_000);
  const nik = newNik();
  await toSend(page, nik);
  mode = 'stall';
  await page.getByRole('button', { name: T.submit }).click();
  await expect.poll(async () => (await bookingsOf(nik)).length, { timeout: 15_000 }).toBe(1);
  await stopStore();  // the held reply's connection dies with it
  mode = 'pass';
  const status = page.locator('.submit-status .status-box');
  await expect(status.getByRole('heading', { name: 'Belum terkirim: tidak ada jawaban' })).toBeVisible({ timeout: 30_000 });
  await startStore();
  await status.getByRole('button', { name: 'Coba kirim sekarang' }).click();
  await expectConfirmedOnce(page, nik);
});
