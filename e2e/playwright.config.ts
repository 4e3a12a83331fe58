// End-to-end tests of the built app (dist/) in Debian's chromium, as a mid-range phone.
// Never run `npx playwright install`: the browser is /usr/bin/chromium (apt), see
// scripts/setup.sh --test. Override with CHROMIUM_PATH, the folder with DIST_DIR.
import { defineConfig } from '@playwright/test';
import { launchOptions, phone } from './phone';
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const DIST = resolve(__dirname, process.env.DIST_DIR ?? '../dist');

// A free loopback port, chosen once by the runner; workers inherit it through the environment.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, ['-e',
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})",
  ]).toString().trim();
}
const PORT = Number(process.env.E2E_PORT);
const CI = !!process.env.CI;

export default defineConfig({
  testDir: './tests',
  outputDir: './test-results/artifacts',
  workers: 1,                 // 2 cores shared with builds: one browser at a time
  fullyParallel: false,
  retries: CI ? 1 : 0,
  forbidOnly: CI,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions,
    ...phone,
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  webServer: {
    // The same dependency-free static server the benchmarks use (pre-compressed files, deep links).
    command: `node ../bench/serve.mjs --root "${DIST}" --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
