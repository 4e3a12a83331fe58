// End-to-end tests of the booking page (dist/jadwal/) against a REAL booking store: PocketBase
// started by scripts/backend.sh, serving dist/ from the same process, on a free loopback port.
// Same browser and phone as playwright.config.ts (Debian chromium, 360x740, one worker).
//   npx playwright test -c playwright.booking.config.ts
// Reuse a store you started yourself: BOOKING_URL=http://127.0.0.1:8091 PB_SUPERUSER_PASSWORD=...
import { defineConfig } from '@playwright/test';
import { launchOptions, phone } from './phone';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve(__dirname, process.env.DIST_DIR ?? '../dist');

if (!process.env.BOOKING_PORT) {
  process.env.BOOKING_PORT = execFileSync(process.execPath, ['-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]).toString().trim();
}
// The tests sign in as superuser to set up full slots and count bookings.
process.env.PB_SUPERUSER_EMAIL ??= 'admin@localhost.test';
process.env.PB_SUPERUSER_PASSWORD ??= `e2e-${process.pid}-${Date.now().toString(36)}`;
const external = process.env.BOOKING_URL;
// The store's data folder, so a test can import the priority registry (scripts/import-priority.sh).
if (!external && !process.env.E2E_PB_DATA_DIR) {
  process.env.E2E_PB_DATA_DIR = mkdtempSync(join(tmpdir(), 'pb-booking-e2e-'));
}
// The embed test's host page (e2e/booking/embed.spec.ts) runs on this port; the store serves a copy
// of dist/ whose settings.json lists that origin in embed_origins (read once, when it starts).
// The fault tests (e2e/booking/faults.spec.ts) run a private store and a proxy in front of it.
for (const name of ['EMBED_HOST_PORT', 'FAULTS_STORE_PORT', 'FAULTS_PROXY_PORT']) {
  if (!process.env[name]) {
    process.env[name] = execFileSync(process.execPath, ['-e',
      "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
    ]).toString().trim();
  }
}
if (!external && !process.env.E2E_PUBLIC_DIR) {
  const copy = mkdtempSync(join(tmpdir(), 'pb-booking-dist-'));
  cpSync(DIST, copy, { recursive: true });
  const settings = JSON.parse(readFileSync(join(copy, 'settings.json'), 'utf8'));
  settings.embed_origins = [...(settings.embed_origins ?? []), `http://127.0.0.1:${process.env.EMBED_HOST_PORT}`];
  writeFileSync(join(copy, 'settings.json'), JSON.stringify(settings, null, 2));
  rmSync(join(copy, 'settings.json.br'), { force: true });
  rmSync(join(copy, 'settings.json.gz'), { force: true });
  process.env.E2E_PUBLIC_DIR = copy;
}
const BASE = external ?? `http://127.0.0.1:${process.env.BOOKING_PORT}`;
process.env.BOOKING_URL = BASE;

export default defineConfig({
  testDir: './booking',
  outputDir: './test-results/booking-artifacts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/booking-results.json' }]],
  use: {
    baseURL: BASE,
    browserName: 'chromium',
    launchOptions,
    ...phone,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: external ? undefined : {
    command: `DATA_DIR="${process.env.E2E_PB_DATA_DIR}" PORT=${process.env.BOOKING_PORT} PUBLIC_DIR="${process.env.E2E_PUBLIC_DIR}" bash ../scripts/backend.sh`,
    url: `${BASE}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
