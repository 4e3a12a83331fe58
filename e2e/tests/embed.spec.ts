// Embedding (issue 5): the provincial site's page (embed/demo.html, on its own origin) embeds
// the assistant with the two-line snippet; the iframe follows the height of its content through
// origin-checked postMessage, and embedded mode drops the app's own header.
import { test, expect, type Page, type FrameLocator, type Locator } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T, problem, node } from './helpers';
import { DIST, ROOT, serve, type Server } from './servers';

const DEMO = readFileSync(join(ROOT, 'embed/demo.html'), 'utf8');
const SETTINGS = JSON.parse(readFileSync(join(DIST, 'settings.json'), 'utf8'));

/** The demo host page on one origin, the app on another; `allow` = embed_origins for the host. */
async function setUp(allow: (hostOrigin: string) => string[], appOptions: { csp?: boolean } = {}) {
  const hostFiles: Record<string, string | null> = {};
  const appFiles: Record<string, string | null> = {};
  const host = await serve({ root: join(ROOT, 'embed'), overrides: hostFiles });
  const app = await serve({ root: DIST, overrides: appFiles, ...appOptions });
  appFiles['settings.json'] = JSON.stringify({ ...SETTINGS, embed_origins: allow(host.origin) });
  expect(DEMO).toContain('http://127.0.0.1:8090/embed.js');
  hostFiles['demo.html'] = DEMO.replace('http://127.0.0.1:8090/', app.url);
  // The same page with the snippet's optional data-path: open straight on one problem's page.
  hostFiles['demo-flow.html'] = hostFiles['demo.html'].replace(
    '<div data-pendamping-prakerja>', '<div data-pendamping-prakerja data-path="masalah/contact-complaint-channel/">');
  expect(host.origin).not.toBe(app.origin);
  return { host, app, close: async () => { await host.close(); await app.close(); } };
}

const suggestionLinks = (f: FrameLocator) => f.getByRole('heading', { name: T.id.suggestions })
  .locator('xpath=following-sibling::ul[1]').getByRole('link');
const contentHeight = (f: FrameLocator) => f.locator('body').evaluate((b) => (b as HTMLElement).offsetHeight);
const boxHeight = async (iframe: Locator) => Math.round((await iframe.boundingBox())!.height);

async function expectSized(iframe: Locator, frame: FrameLocator) {
  await expect.poll(async () => Math.abs((await boxHeight(iframe)) - (await contentHeight(frame))), {
    message: 'iframe height follows its content', timeout: 15_000,
  }).toBeLessThanOrEqual(1);
}

async function openDemo(page: Page, host: Server, file = 'demo.html') {
  await page.goto(`${host.origin}/${file}`);
  const iframe = page.locator('iframe[title*="Pendamping Prakerja"]');
  await expect(iframe).toHaveCount(1);
  const frame = page.frameLocator('iframe[title*="Pendamping Prakerja"]');
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(T.id.startTitle);
  return { iframe, frame };
}

test('the embedded assistant has no header of its own and its iframe follows its height', async ({ page }) => {
  const s = await setUp((host) => ['https://jatimprov.go.id', host]);
  try {
    const { iframe, frame } = await openDemo(page, s.host);
    // The host page's own header stays; the app's header (brand link) is gone, the language switch stays.
    await expect(page.getByText('Pemerintah Provinsi Jawa Timur').first()).toBeVisible();
    await expect(frame.locator('header')).toHaveCount(0);
    await expect(frame.getByRole('button', { name: /English/ })).toBeVisible();

    await expectSized(iframe, frame);
    const start = await boxHeight(iframe);
    expect(start).not.toBe(560); // the snippet's initial height: the app has resized it

    // Suggestions make the content taller: the iframe grows with it, no scrolling inside.
    await frame.getByRole('searchbox', { name: T.id.searchLabel }).fill('kode otp gak masuk');
    await expect(suggestionLinks(frame).first()).toBeVisible();
    await expectSized(iframe, frame);
    const taller = await boxHeight(iframe);
    expect(taller).toBeGreaterThan(start + 40);
    expect(await frame.locator('html').evaluate((h) => h.scrollHeight - h.clientHeight)).toBeLessThanOrEqual(1);

    // A height message from anyone but the app's frame is ignored by the snippet.
    await page.evaluate(() => window.postMessage({ type: 'pendamping:height', height: 7 }, '*'));
    await page.waitForTimeout(300);
    expect(await boxHeight(iframe)).toBe(taller);

    // Into a flow (the flow page loads inside the iframe): still embedded, still sized.
    const p = problem('otp-not-received');
    await suggestionLinks(frame).first().click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(node(p, p.start).text.id);
    await expect(frame.locator('header')).toHaveCount(0);
    await expectSized(iframe, frame);

    // Switching language changes the text and so the height; the iframe keeps up.
    await frame.getByRole('button', { name: /English/ }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(node(p, p.start).text.en);
    await expectSized(iframe, frame);
  } finally {
    await s.close();
  }
});

test('a host page whose origin is not in embed_origins gets no height messages', async ({ page }) => {
  // The second line of defence: served without frame-ancestors (a host that drops the header),
  // the app still answers no one but embed_origins. With the header the frame is refused
  // outright (e2e/booking/embed.spec.ts, against the server `make run` starts).
  const s = await setUp(() => ['https://jatimprov.go.id'], { csp: false });
  const warnings: string[] = [];
  page.on('console', (m) => { if (m.type() === 'warning') warnings.push(m.text()); });
  try {
    const { iframe, frame } = await openDemo(page, s.host);
    // The app still works inside the frame, but never tells this host its height.
    await frame.getByRole('searchbox', { name: T.id.searchLabel }).fill('kode otp gak masuk');
    await page.waitForTimeout(1500);
    expect(await boxHeight(iframe)).toBe(560);
    expect(await contentHeight(frame)).not.toBe(560);
    await expect.poll(() => warnings.join('\n')).toContain('not in settings.json embed_origins');
  } finally {
    await s.close();
  }
});

test('data-path opens a flow; links to other sites open in a new tab, not inside the frame', async ({ page, context }) => {
  const s = await setUp((host) => [host]);
  try {
    const p = problem('contact-complaint-channel');
    await page.goto(`${s.host.origin}/demo-flow.html`);
    const iframe = page.locator('iframe[title*="Pendamping Prakerja"]');
    const frame = page.frameLocator('iframe[title*="Pendamping Prakerja"]');
    const start = node(p, p.start);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(start.text.id);
    // The problem page's own header is hidden inside the frame, before and after the bundle.
    await expect(frame.locator('.site-header')).toBeHidden();
    await expectSized(iframe, frame);
    await frame.getByRole('link', { name: start.options![0].label.id }).click();
    const outcome = node(p, start.options![0].next);
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(outcome.text.id);
    await expectSized(iframe, frame);

    const link = frame.getByRole('link', { name: 'https://bantuan.prakerja.go.id/hc/id/requests/new' });
    await context.route('https://bantuan.prakerja.go.id/**', (r) => r.fulfill({ body: 'form', contentType: 'text/plain' }));
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click()]);
    expect(tab.url()).toContain('bantuan.prakerja.go.id/hc/id/requests/new');
    // The assistant stays where it was, on the host page.
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(outcome.text.id);
    expect(page.url()).toBe(`${s.host.origin}/demo-flow.html`);
  } finally {
    await s.close();
  }
});
