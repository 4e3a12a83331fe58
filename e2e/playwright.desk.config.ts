// End-to-end tests of the officers' desk (dist/petugas/) against a REAL booking store: PocketBase
// started by scripts/backend.sh, serving dist/ from the same process, on a free loopback port.
// Same browser as the other configs (Debian chromium); the tests set 1280, 768 and 360 px widths.
//   npx playwright test -c playwright.desk.config.ts
// Reuse a store you started yourself: BOOKING_URL=http://127.0.0.1:8091 PB_SUPERUSER_PASSWORD=...
import { defineConfig } from '@playwright/test';
import { launchOptions, phone } from './phone';
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const DIST = resolve(__dirname, process.env.DIST_DIR ?? '../dist');

if (!process.env.BOOKING_PORT) {
  process.env.BOOKING_PORT = execFileSync(process.execPath, ['-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]).toString().trim();
}
// The tests sign in as superuser to make help points, slots, bookings and staff accounts.
process.env.PB_SUPERUSER_EMAIL ??= 'admin@localhost.test';
process.env.PB_SUPERUSER_PASSWORD ??= `e2e-${process.pid}-${Date.now().toString(36)}`;
const external = process.env.BOOKING_URL;
// The store's data folder, so a test can import the priority registry (scripts/import-priority.sh).
if (!external && !process.env.E2E_PB_DATA_DIR) {
  process.env.E2E_PB_DATA_DIR = mkdtempSync(join(tmpdir(), 'pb-desk-e2e-'));
}
const BASE = external ?? `http://127.0.0.1:${process.env.BOOKING_PORT}`;
process.env.BOOKING_URL = BASE;

export default defineConfig({
  testDir: './desk',
  outputDir: './test-results/desk-artifacts',
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/desk-results.json' }]],
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
    command: `DATA_DIR="${process.env.E2E_PB_DATA_DIR}" PORT=${process.env.BOOKING_PORT} PUBLIC_DIR="${DIST}" bash ../scripts/backend.sh`,
    url: `${BASE}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
