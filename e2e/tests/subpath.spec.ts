// Static hosting under a sub-path (issue 5): `PUBLIC_URL=/layanan/prakerja/ bash scripts/build.sh`
// gives a dist/ that works at https://host/layanan/prakerja/, deep links and reloads included.
// Uses SUBPATH_DIST if given (a build made that way), otherwise builds one (about 1-2 minutes).
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { T, answerLink, h1, node, problem, settled, suggestions, trails, walk } from './helpers';
import { ROOT, serve } from './servers';

const PREFIX = '/layanan/prakerja/';

let built = '';
test.afterAll(() => { if (built) rmSync(built, { recursive: true, force: true }); });

function subpathDist(): string {
  if (process.env.SUBPATH_DIST) return process.env.SUBPATH_DIST;
  built = mkdtempSync(join(tmpdir(), 'pp-subpath-'));
  const dist = join(built, 'dist');
  execFileSync('bash', ['scripts/build.sh'], {
    cwd: ROOT, env: { ...process.env, PUBLIC_URL: PREFIX, DIST: dist }, stdio: ['ignore', 'ignore', 'pipe'],
  });
  return dist;
}

test('the sub-path build works at /layanan/prakerja/, with deep links, reloads and offline', async ({ page, context }) => {
  test.setTimeout(20 * 60_000);
  const dist = subpathDist();
  expect(existsSync(join(dist, 'index.html'))).toBe(true);
  expect(readFileSync(join(dist, 'index.html'), 'utf8')).toContain(`href="${PREFIX}"`);

  const outside: string[] = [];
  const failed: string[] = [];
  const server = await serve({ root: dist, prefix: PREFIX });
  // The booking store's routes (`/api/…`: the live notices here) are at the origin's root when
  // settings.json's booking_api is empty; this static host has no store, so they answer 404.
  const store = (u: URL) => u.pathname.startsWith('/api/');
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === server.origin && !u.pathname.startsWith(PREFIX) && !store(u)) outside.push(u.pathname);
  });
  page.on('response', (r) => { if (r.status() >= 400 && !store(new URL(r.url()))) failed.push(`${r.status()} ${r.url()}`); });
  try {
    await page.goto(server.url);
    await settled(page);
    await expect(h1(page)).toHaveText(T.id.startTitle);

    // Find a flow and answer its first step.
    const p = problem('otp-not-received');
    await page.getByRole('searchbox', { name: T.id.searchLabel }).fill('kode otp gak masuk');
    await suggestions(page).first().click();
    await expect(h1(page)).toHaveText(node(p, p.start).text.id);
    expect(page.url().startsWith(`${server.url}masalah/`)).toBe(true);
    const trail = trails(p, 'n').sort((a, b) => b.length - a.length)[0].slice(0, 1);
    const { at } = walk(p, trail);
    await answerLink(page, node(p, p.start), trail).click();
    await expect(h1(page)).toHaveText(at.text.id);

    // Reload on the deep link: same screen.
    await page.reload();
    await expect(h1(page)).toHaveText(at.text.id);

    // The header's home link stays under the sub-path.
    await page.locator('header a').first().click();
    await expect(h1(page)).toHaveText(T.id.startTitle);
    expect(new URL(page.url()).pathname).toBe(PREFIX);

    // A deep link of the start page (a registration stage), opened directly.
    await page.getByRole('link', { name: T.id.stageVerification }).click();
    await settled(page);
    const stageUrl = page.url();
    const stageTitle = await h1(page).textContent();
    expect(new URL(stageUrl).pathname.startsWith(PREFIX)).toBe(true);
    const fresh = await context.newPage();
    await fresh.goto(stageUrl);
    await settled(fresh);
    await expect(h1(fresh)).toHaveText(stageTitle!);
    await fresh.close();

    // A problem's own page under the sub-path: its first step in the HTML, its answers under the
    // prefix, and the sitemap lists it with the prefix.
    const html = await (await page.request.get(`${server.url}masalah/${p.id}/en/`)).text();
    expect(html).toContain(`>${node(p, p.start).text.en}</h1>`);
    expect(html).toContain(`href="${PREFIX}masalah/${p.id}/en/#/0"`);
    expect(html).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+${PREFIX}masalah/${p.id}/en/">`));
    const sitemap = await (await page.request.get(`${server.url}sitemap.xml`)).text();
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+${PREFIX}masalah/${p.id}/</loc>`));
    const robots = await (await page.request.get(`${server.url}robots.txt`)).text();
    expect(robots).toContain(`Disallow: ${PREFIX}petugas/`);
    await page.goto(`${server.url}masalah/${p.id}/`);
    await expect(h1(page)).toHaveText(node(p, p.start).text.id);
    await settled(page);
    await expect(page.locator('#problem-page')).toHaveCount(0);

    // The service worker's scope is the sub-path; after this visit the app works offline there.
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
    expect(scope).toBe(server.url);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 45_000 });
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  await page.goto(server.url);
  await settled(page);
  await expect(h1(page)).toHaveText(T.id.startTitle);

  expect(outside, 'requests outside the sub-path').toEqual([]);
  expect(failed, 'failed requests').toEqual([]);
});
