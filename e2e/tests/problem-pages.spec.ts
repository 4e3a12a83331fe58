// Every problem has its own page (issue 20): masalah/<id>/ and masalah/<id>/en/ hold the first
// step in their HTML, so a shared link can be read and answered before the flow bundle arrives;
// the bundle then takes over without anything moving. Search engines find the pages through
// sitemap.xml; older masalah/#/<id>/<trail> links are sent on to the problem's page.
import { test, expect, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allProblems, answerLink, h1, node, problem, settled, walk } from './helpers';
import { visitedOnceThenOffline } from './servers';

const WCAG22AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = resolve(__dirname, '../test-results/screens');

/** Hold back the flow bundle's wasm until `release()` is called. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  await page.route(/\/masalah\/flow-[0-9a-f]+_bg\.wasm$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** The first answer of a step or question: "No" on a step, the first choice on a question. */
const firstAnswer = (kind: string) => (kind === 'step' ? 'n' : '0');

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test('every problem page holds its first step and its answers in the HTML, in both languages', async ({ request }) => {
  for (const p of allProblems()) {
    const first = node(p, p.start);
    for (const lang of ['id', 'en'] as const) {
      const path = lang === 'id' ? `/masalah/${p.id}/` : `/masalah/${p.id}/en/`;
      const r = await request.get(path);
      expect(r.status(), path).toBe(200);
      const html = await r.text();
      expect(html, path).toContain(`<html lang="${lang}">`);
      const heading = /<h1[^>]*>([^<]*)<\/h1>/.exec(html)?.[1];
      expect(decode(heading ?? ''), `${path}: the first step`).toBe(first.text[lang]);
      expect(decode(/<title>([^<]*)<\/title>/.exec(html)![1]), path).toContain(p.title[lang]);
      expect(html, path).toMatch(/<meta name="description" content="[^"]{20,}">/);
      expect(html, path).toContain(`<link rel="canonical" href="http`);
      expect(html, path).toContain(`hreflang="${lang === 'id' ? 'en' : 'id'}"`);
      // Each answer is a link to the next step on the same page.
      const answers = first.kind === 'step' ? 2 : first.options!.length;
      const links = html.match(new RegExp(`href="/masalah/${p.id}/${lang === 'en' ? 'en/' : ''}#/[yn0-9]"`, 'g')) ?? [];
      expect(links.length, `${path}: answer links`).toBe(answers);
    }
  }
});

test('sitemap.xml lists every problem page in both languages; robots.txt names it', async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  for (const p of allProblems()) {
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+/masalah/${p.id}/</loc>`));
    expect(sitemap).toMatch(new RegExp(`<loc>https?://[^<]+/masalah/${p.id}/en/</loc>`));
  }
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^Sitemap: https?:\/\/.+\/sitemap\.xml$/m);
  expect(robots).toContain('Disallow: /petugas/');
});

test('with scripts turned off, a problem page still shows its first step and its answers', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const p = problem('otp-not-received');
  await page.goto('/masalah/otp-not-received/');
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  await expect(page.getByText(p.title.id, { exact: true })).toBeVisible();
  await expect(page.locator('#boot')).toBeHidden();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, 'problem-page-no-script-id-360.png'), fullPage: true });
  await context.close();
});

for (const width of [360, 320]) {
  test(`before the bundle arrives, the page reads, passes axe and scrolls no sideways at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const release = await holdWasm(page);
    for (const [path, lang] of [['/masalah/otp-not-received/', 'id'], ['/masalah/forgot-password/en/', 'en']] as const) {
      await page.goto(path);
      await expect(page.locator('#problem-page')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      const axe = await new AxeBuilder({ page }).withTags(WCAG22AA).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`), path).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), path).toBe(true);
      mkdirSync(SHOTS, { recursive: true });
      await page.screenshot({ path: join(SHOTS, `problem-page-before-${lang}-${width}.png`) });
    }
    release();
  });
}

test('the bundle takes the page over without a jump, and the flow goes on from there', async ({ page }) => {
  await page.addInitScript(() => {
    (window as any).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as any[]) if (!e.hadRecentInput) (window as any).__shift += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const release = await holdWasm(page);
  const p = problem('otp-not-received');
  const first = node(p, p.start);
  await page.goto('/masalah/otp-not-received/');
  await expect(h1(page)).toHaveText(first.text.id);
  const before = await page.locator('main').innerText();
  const top = await h1(page).boundingBox();
  release();
  await expect(page.locator('#problem-page')).toHaveCount(0);
  await settled(page);
  await expect(h1(page)).toHaveText(first.text.id);
  expect(await page.locator('main').innerText()).toBe(before);
  expect((await h1(page).boundingBox())!.y).toBeCloseTo(top!.y, 0);
  expect(await page.evaluate(() => (window as any).__shift)).toBeLessThan(0.1);
  await page.screenshot({ path: join(SHOTS, 'problem-page-after-id-360.png') });

  // Answering works as before: one step per screen, on the same page.
  const a = firstAnswer(first.kind);
  await answerLink(page, first, a).click();
  await expect(h1(page)).toHaveText(walk(p, a).at.text.id);
  await expect(page).toHaveURL(new RegExp(`/masalah/otp-not-received/#/${a}$`));
  await page.goBack();
  await expect(h1(page)).toHaveText(first.text.id);
});

test('an answer tapped before the bundle arrives is where the bundle starts', async ({ page }) => {
  const release = await holdWasm(page);
  const p = problem('otp-not-received');
  const first = node(p, p.start);
  await page.goto('/masalah/otp-not-received/');
  const a = firstAnswer(first.kind);
  await answerLink(page, first, a).click();
  await expect(page).toHaveURL(new RegExp(`#/${a}$`));
  release();
  await expect(h1(page)).toHaveText(walk(p, a).at.text.id);
});

test('older links (masalah/#/<id>/<trail>) are sent on to the problem page', async ({ page }) => {
  const p = problem('otp-not-received');
  await page.goto('/masalah/#/otp-not-received/1n');
  await expect(page).toHaveURL(/\/masalah\/otp-not-received\/#\/1n$/);
  await expect(h1(page)).toHaveText(walk(p, '1n').at.text.id);
  await page.goto('/masalah/#/otp-not-received');
  await expect(page).toHaveURL(/\/masalah\/otp-not-received\/$/);
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
});

test('the English page is in English, and the language button moves to the other page', async ({ page }) => {
  const p = problem('otp-not-received');
  await page.goto('/masalah/otp-not-received/en/');
  await settled(page);
  await expect(page.locator('#problem-page')).toHaveCount(0);
  await expect(h1(page)).toHaveText(node(p, p.start).text.en);
  await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  await expect(page).toHaveURL(/\/masalah\/otp-not-received\/$/);
  const choice = node(p, p.start).options![0].label.id;
  await expect(page.getByRole('link', { name: new RegExp(`^${choice}`) })).toHaveAttribute('href', '/masalah/otp-not-received/#/0');
});

test('after one visit, problem pages open with no network, in both languages', async ({ page, context }) => {
  const p = problem('otp-not-received');
  const q = problem('forgot-password');
  const url = await visitedOnceThenOffline(page, context, `masalah/${p.id}/`);
  await page.reload();
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  // A problem page never opened online, and an English one.
  await page.goto(`${url}masalah/${q.id}/`);
  await expect(h1(page)).toHaveText(node(q, q.start).text.id);
  await page.goto(`${url}masalah/${q.id}/en/`);
  await expect(h1(page)).toHaveText(node(q, q.start).text.en);
  const a = firstAnswer(node(q, q.start).kind);
  await answerLink(page, node(q, q.start), a, 'en').click();
  await expect(h1(page)).toHaveText(walk(q, a).at.text.en);
});
