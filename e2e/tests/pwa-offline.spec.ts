// Offline and installable (issue 5): after one visit, self-help works with no network; a new
// release applies on the next visit without breaking a flow that is open.
// Each test serves its own copy of dist/ (bench/serve.mjs, pre-compressed files, like a static
// host) so that it can take the network away and swap in a new release on the same origin.
import { test, expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { T, answerLink, cachedRedirects, h1, node, offlineReady, problem, settled, suggestions, trails, walk, type Problem } from './helpers';
import { DIST, ROOT, serve } from './servers';

/** Wait until the service worker controls the page: by then every file is cached. */
async function findFlow(page: Page, complaint: string, p: Problem) {
  await page.getByRole('searchbox', { name: T.id.searchLabel }).fill(complaint);
  const first = suggestions(page).first();
  await expect(first).toContainText(p.title.id);
  await first.click();
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
}

/** Tap answers along `trail` from the screen reached by `from`. */
async function answer(page: Page, p: Problem, trail: string, from = '') {
  for (const hop of walk(p, from + trail).hops.slice(from.length)) {
    await expect(h1(page)).toHaveText(hop.node.text.id);
    await answerLink(page, hop.node, hop.answer).click();
    await expect(h1(page)).toHaveText(hop.next.text.id);
  }
}

function versionOf(dir: string): string {
  // sw.js is minified (scripts/gen-sw.mjs): `const VERSION="…"`
  return /const VERSION\s*=\s*["']([0-9a-f]+)["']/.exec(readFileSync(join(dir, 'sw.js'), 'utf8'))![1];
}

// A static host as bench/serve.mjs serves dist/, and one that answers `index.html` with a 301 to
// its folder ("pretty URLs"); the server `make run` starts is in e2e/booking/offline.spec.ts.
for (const [host, options] of [['a static host', {}], ['a host that redirects index.html to its folder', { redirectIndex: true }]] as const) {
test(`after one visit, the start screen and every flow work with no network (${host})`, async ({ page, context }) => {
  const server = await serve({ root: DIST, ...options });
  try {
    if ('redirectIndex' in options) {
      const r = await page.request.get(`${server.url}index.html`, { maxRedirects: 0 });
      expect(r.status()).toBe(301);
      expect(r.headers().location).toBe('/');
    }
    await page.goto(server.url);
    await settled(page);
    await expect(h1(page)).toHaveText(T.id.startTitle);
    await offlineReady(page);
    expect(await cachedRedirects(page)).toEqual([]);
  } finally {
    await server.close();
  }
  await context.setOffline(true);

  // The whole app comes back without a network: start screen, search, a flow never opened online.
  await page.reload();
  await settled(page);
  await expect(h1(page)).toHaveText(T.id.startTitle);
  const p = problem('otp-not-received');
  await findFlow(page, 'kode otp gak masuk', p);
  const trail = trails(p, 'n').sort((a, b) => b.length - a.length)[0];
  await answer(page, p, trail);
  const end = walk(p, trail).at;
  expect(end.kind).toBe('outcome');

  // Reloading on a deep link of the flow page works offline too.
  await page.reload();
  await expect(h1(page)).toHaveText(end.text.id);

  // A second problem, also never fetched online.
  const q = problem('forgot-password');
  await page.goto(server.url);
  await settled(page);
  await findFlow(page, 'lupa kata sandi akun prakerja', q);
  // The pages' own addresses, as a bookmark or the installed app would open them.
  for (const path of ['index.html', 'masalah/index.html', 'masalah/']) {
    await page.goto(server.url + path);
    await settled(page);
    await expect(h1(page)).toBeVisible();
  }
  expect(await cachedRedirects(page)).toEqual([]);
});
}

test('the app is installable: manifest with icons, theme colour, and a service worker', async ({ page }) => {
  const server = await serve({ root: DIST });
  try {
    await page.goto(server.url);
    await settled(page);
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBeTruthy();
    const manifestUrl = new URL(href!, page.url()).href;
    const res = await page.request.get(manifestUrl);
    expect(res.ok()).toBe(true);
    expect(res.headers()['content-type']).toContain('manifest+json');
    const m = await res.json();
    expect(m.name).toBe('Pendamping Prakerja Jatim');
    expect(m.display).toBe('standalone');
    expect(new URL(m.start_url, manifestUrl).href).toBe(server.url);
    const icons = m.icons as { src: string; sizes: string; purpose: string }[];
    for (const [sizes, purpose] of [['192x192', 'any'], ['512x512', 'any'], ['512x512', 'maskable']]) {
      const icon = icons.find((i) => i.sizes === sizes && i.purpose === purpose);
      expect(icon, `${sizes} ${purpose} icon`).toBeTruthy();
      const img = await page.request.get(new URL(icon!.src, manifestUrl).href);
      expect(img.headers()['content-type']).toBe('image/png');
      const body = await img.body();
      const [w, h] = [body.readUInt32BE(16), body.readUInt32BE(20)];
      expect(`${w}x${h}`).toBe(sizes);
    }
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute('content', m.theme_color);
    await offlineReady(page);
  } finally {
    await server.close();
  }
});

const notice = { id: 'Rilis baru: gelombang pendaftaran dibuka', en: 'New release: registration wave open' };

/** Release 1 = dist/; release 2 = the same app with a programme notice in settings.json. */
function twoReleases() {
  const work = mkdtempSync(join(tmpdir(), 'pp-release-'));
  const v1 = join(work, 'v1');
  const v2 = join(work, 'v2');
  cpSync(DIST, v1, { recursive: true });
  cpSync(DIST, v2, { recursive: true });
  const settings = JSON.parse(readFileSync(join(v2, 'settings.json'), 'utf8'));
  settings.notices = [notice];
  writeFileSync(join(v2, 'settings.json'), JSON.stringify(settings));
  execFileSync(process.execPath, [join(ROOT, 'scripts/gen-sw.mjs'), v2], { stdio: 'ignore' });
  execFileSync(process.execPath, [join(ROOT, 'tools/compress.mjs'), v2], { stdio: 'ignore' });
  expect(versionOf(v2)).not.toBe(versionOf(v1));
  return { work, v1, v2 };
}

/** Ask the browser to look for a new service worker and wait until it is installed. */
async function installUpdate(page: Page) {
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  await expect.poll(() => page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return reg?.waiting?.state ?? reg?.installing?.state ?? 'none';
  }), { timeout: 45_000 }).toBe('installed');
}

test('a new release takes over on the next visit, not in the middle of an open flow', async ({ page, context }) => {
  const { work, v1, v2 } = twoReleases();

  const fetched: string[] = [];
  const server = await serve({ root: v1, log: (_m: string, path: string) => fetched.push(path) });
  try {
    await page.goto(server.url);
    await settled(page);
    await offlineReady(page);
    const p = problem('otp-not-received');
    await findFlow(page, 'kode otp gak masuk', p);
    const trail = trails(p, 'n').sort((a, b) => b.length - a.length)[0];
    expect(trail.length).toBeGreaterThanOrEqual(3);
    await answer(page, p, trail.slice(0, 1));

    // Release 2 goes live while the flow is open; the browser finds the new service worker.
    server.setRoot(v2);
    fetched.length = 0;
    await installUpdate(page);
    // Installing it downloaded only what changed (settings.json), the worker itself and its
    // file list, not the app and content again.
    expect([...new Set(fetched)].sort()).toEqual([`/precache-${versionOf(v2)}.json`, '/settings.json', '/sw.js']);
    // It waits: the open flow keeps working, still served by release 1.
    await answer(page, p, trail.slice(1, 2), trail.slice(0, 1));
    await page.reload();
    await expect(h1(page)).toHaveText(walk(p, trail.slice(0, 2)).at.text.id);
    await answer(page, p, trail.slice(2), trail.slice(0, 2));
    expect(await page.evaluate(() => caches.keys())).toContain(`pendamping-${versionOf(v1)}`);

    // Next visit: the tab was closed and the app is opened again.
    await page.close();
    const next = await context.newPage();
    await next.goto(server.url);
    await settled(next);
    await expect(next.getByText(notice.id)).toBeVisible();
    await expect.poll(() => next.evaluate(() => caches.keys()), { timeout: 30_000 })
      .toEqual([`pendamping-${versionOf(v2)}`]);
    // Offline now, release 2 (with its notice) is what the cache holds.
    await server.close();
    await context.setOffline(true);
    await next.reload();
    await settled(next);
    await expect(next.getByText(notice.id)).toBeVisible();
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
});

test('the booking page is not downloaded for offline use until it is opened; then it is kept', async ({ page: first, context }) => {
  let page = first;
  const { work, v1, v2 } = twoReleases();
  const fetched: string[] = [];
  let title = '';
  const server = await serve({ root: v1, log: (_m: string, path: string) => fetched.push(path) });
  try {
    await page.goto(server.url);
    await settled(page);
    await offlineReady(page);
    // Self-help is all cached, the booking bundle (it needs the network anyway) is not.
    expect(fetched.some((f) => f.startsWith('/masalah/') && f.endsWith('.wasm'))).toBe(true);
    expect(fetched.filter((f) => f.startsWith('/jadwal/'))).toEqual([]);

    // Opened once online...
    await page.goto(`${server.url}jadwal/`);
    await settled(page);
    title = (await h1(page).textContent())!;
    await page.waitForTimeout(500);
    // ...it is kept by the next release too (copied, not downloaded again).
    server.setRoot(v2);
    fetched.length = 0;
    await installUpdate(page);
    expect(fetched.filter((f) => f.startsWith('/jadwal/'))).toEqual([]);
    await page.close();
    page = await context.newPage();
    await page.goto(server.url);
    await settled(page);
    await expect.poll(() => page.evaluate(() => caches.keys()), { timeout: 30_000 })
      .toEqual([`pendamping-${versionOf(v2)}`]);
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
  // ...and opens without a network.
  await context.setOffline(true);
  await page.goto(`${server.url}jadwal/`);
  await settled(page);
  await expect(h1(page)).toHaveText(title);
});
