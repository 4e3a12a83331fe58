// The README's embed demo (embed/demo.html) against the server `make run` starts: PocketBase sends
// `frame-ancestors 'self' <embed_origins>` from settings.json (the config lists this test's host
// origin), so the listed host page frames the app, and a host on another origin is refused.
import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BASE } from './helpers';

const ROOT = resolve(__dirname, '..', '..');
const DEMO = readFileSync(join(ROOT, 'embed/demo.html'), 'utf8');
const nativeImport = new Function('u', 'return import(u)') as (u: string) => Promise<any>;

async function host(port: number) {
  const { serve } = await nativeImport(pathToFileURL(join(ROOT, 'bench/serve.mjs')).href);
  expect(DEMO).toContain('http://127.0.0.1:8090/embed.js');
  return serve({ root: join(ROOT, 'embed'), port, overrides: { 'demo.html': DEMO.replace('http://127.0.0.1:8090/', `${BASE}/`) } });
}

test('the demo host page in embed_origins frames the app; its height follows the content', async ({ page }) => {
  const h = await host(Number(process.env.EMBED_HOST_PORT));
  try {
    const app = await page.request.get(`${BASE}/`);
    expect(app.headers()['content-security-policy']).toContain(`frame-ancestors 'self' ${h.origin}`);
    expect(app.headers()['x-frame-options']).toBeUndefined();
    await page.goto(`${h.origin}/demo.html`);
    const iframe = page.locator('iframe[title*="Pendamping Prakerja"]');
    const frame = page.frameLocator('iframe[title*="Pendamping Prakerja"]');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText('Apa kendalamu?');
    await expect(frame.locator('header')).toHaveCount(0);
    // The snippet starts the iframe at 560 px; the app's height messages resize it.
    await expect.poll(async () => Math.round((await iframe.boundingBox())!.height), { timeout: 15_000 }).not.toBe(560);
    await frame.getByRole('searchbox').fill('kode otp gak masuk');
    const contentHeight = () => frame.locator('body').evaluate((b) => (b as HTMLElement).offsetHeight);
    await expect.poll(async () => Math.abs(Math.round((await iframe.boundingBox())!.height) - (await contentHeight())),
      { timeout: 15_000 }).toBeLessThanOrEqual(1);
  } finally {
    await h.close();
  }
});

test('a host page on an origin not in embed_origins is refused by frame-ancestors', async ({ page }) => {
  const h = await host(0);
  const refused: string[] = [];
  page.on('console', (m) => { if (/frame-ancestors|Refused to frame/i.test(m.text())) refused.push(m.text()); });
  try {
    await page.goto(`${h.origin}/demo.html`);
    await expect(page.locator('iframe[title*="Pendamping Prakerja"]')).toHaveCount(1);
    await expect.poll(() => refused.length, { timeout: 15_000 }).toBeGreaterThan(0);
    const frame = page.frameLocator('iframe[title*="Pendamping Prakerja"]');
    await expect(frame.getByRole('heading', { name: 'Apa kendalamu?' })).toHaveCount(0);
  } finally {
    await h.close();
  }
});
