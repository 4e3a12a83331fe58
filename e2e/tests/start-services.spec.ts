// Text about another service on the start screen (issue 17, item 4): the screen names the agency
// that runs it, what to do and its official channels with their sources, right under the search
// box, in both languages. Its answers come from content/other-services-start.tsv, fetched once and
// only when the text fits no problem of ours; without that file the general answer stays. The
// suggestions' English summaries come the same way (content/summaries-en.tsv), only in English.
import { test, expect, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { T, h1, problem, screen, settled, suggestions, switchLanguage, tabTo, type Lang } from './helpers';
import { DIST, serve, visitedOnceThenOffline } from './servers';

const FILE = 'content/other-services-start.tsv';
const BPJS = 'cara daftar bpjs kesehatan mandiri';
const SAYS = {
  id: { kesehatan: 'Ini urusan BPJS Kesehatan, bukan Prakerja.', list: 'Bukan soal Prakerja? Lihat layanan lain dan kanal resminya', general: 'hanya membantu masalah pendaftaran Kartu Prakerja', source: 'Menurut' },
  en: { kesehatan: 'This is not Prakerja. Run by: BPJS Kesehatan.', list: 'Not about Prakerja? See other services and their official channels', general: 'only helps with Kartu Prakerja registration', source: 'According to' },
};

/** Count the requests for the services' answers. */
function countFetches(page: Page) {
  const seen: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith(FILE)) seen.push(r.url()); });
  return seen;
}

async function noSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: page is wider than the screen by ${overflow}px`).toBeLessThanOrEqual(0);
}

/** The answer in full (the viewport screenshot of `screen` shows its top only). */
async function wholePage(page: Page, name: string) {
  const dir = resolve(__dirname, '../test-results/screens');
  mkdirSync(dir, { recursive: true });
  const lang = await page.evaluate(() => document.documentElement.lang);
  await page.screenshot({ path: join(dir, `${name}-${lang}-${page.viewportSize()?.width}-full.png`), fullPage: true });
}

for (const width of [360, 320]) {
  test(`"${BPJS}" names BPJS Kesehatan and its app with the source, in both languages, at ${width} px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const fetches = countFetches(page);
    const server = await serve({ root: DIST });
    try {
      await page.goto(server.url);
      await settled(page);
      const box = page.getByRole('searchbox');
      const answer = page.locator('#suggestions');
      // a problem of ours: its suggestions, and the services' file is not asked for
      await box.fill('kode otp gak masuk');
      await expect(suggestions(page).first()).toContainText(problem('otp-not-received').title.id);
      expect(fetches).toEqual([]);

      await box.fill(BPJS);
      await expect(answer).toContainText(SAYS.id.kesehatan);
      const service = answer.locator('section.service');
      await expect(service).toHaveCount(1);
      await expect(service.getByRole('heading', { level: 2 })).toHaveText('BPJS Kesehatan (JKN-KIS)');
      await expect(service).toContainText('Mobile JKN');
      // the channel's source, with its date, as the flows show sources
      await expect(service.locator('p.source')).toContainText(`${SAYS.id.source} Kompas.com, 24 Feb 2022`);
      await expect(service.locator('p.source a')).toHaveAttribute('href', /^https:\/\/www\.kompas\.com\//);
      await expect(answer).not.toContainText(SAYS.id.general);
      await expect(answer).not.toContainText('Disnakertrans');
      await expect(answer.locator('.choice')).toHaveCount(0);
      // the full list stays one tap (or a few Tab presses) away
      const list = answer.getByRole('link', { name: SAYS.id.list });
      await expect(list).toHaveAttribute('href', '/masalah/#/layanan-lain');
      await tabTo(page, list);
      await noSidewaysScroll(page, `BPJS Kesehatan answer at ${width} (id)`);
      await service.scrollIntoViewIfNeeded();
      await screen(page, 'start-services-bpjs-kesehatan');
      await wholePage(page, 'start-services-bpjs-kesehatan');

      await switchLanguage(page, 'en');
      await expect(answer).toContainText(SAYS.en.kesehatan);
      await expect(service).toContainText("BPJS Kesehatan's app on Play Store and App Store: Mobile JKN");
      await expect(service.locator('p.source')).toContainText(`${SAYS.en.source} Kompas.com, 24 Feb 2022`);
      await expect(answer.getByRole('link', { name: SAYS.en.list })).toBeVisible();
      await noSidewaysScroll(page, `BPJS Kesehatan answer at ${width} (en)`);
      await service.scrollIntoViewIfNeeded();
      await screen(page, 'start-services-bpjs-kesehatan');
      await wholePage(page, 'start-services-bpjs-kesehatan');

      // another service: its own channels as links (the longest address wraps), the same file
      await box.fill('cara urus akta kelahiran anak di dukcapil');
      const dukcapil = answer.locator('section.service');
      await expect(dukcapil.getByRole('heading', { level: 2 })).toHaveText('Civil registry errands (ID card, family card, certificates, moving)');
      await expect(dukcapil.getByRole('link', { name: '1500537' })).toHaveAttribute('href', 'tel:1500537');
      await expect(dukcapil.getByRole('link', { name: 'callcenter@dukcapil.kemendagri.go.id' })).toHaveAttribute('href', 'mailto:callcenter@dukcapil.kemendagri.go.id');
      await noSidewaysScroll(page, `Dukcapil answer at ${width} (en)`);
      await dukcapil.scrollIntoViewIfNeeded();
      await screen(page, 'start-services-dukcapil');
      // nothing of ours and no service named: the general answer
      await box.fill('resep nasi goreng');
      await expect(answer).toContainText(SAYS.en.general);
      await expect(answer.locator('section.service')).toHaveCount(0);
      expect(fetches, 'asked for once, only when the text fit no problem of ours').toHaveLength(1);
    } finally {
      await server.close();
    }
  });
}

test('a Prakerja problem that names another programme stays ours: "nik kepake di bansos"', async ({ page }) => {
  const server = await serve({ root: DIST });
  try {
    await page.goto(server.url);
    await settled(page);
    // Before, the service words set these phrases of the problem aside as off-topic.
    for (const text of ['nik kepake di bansos', 'nik ada di dtks', 'terdaftar dtks']) {
      await page.getByRole('searchbox').fill(text);
      await expect(suggestions(page).first()).toContainText(problem('nik-registered-other-program').title.id);
      await expect(page.locator('#suggestions section.service')).toHaveCount(0);
    }
  } finally {
    await server.close();
  }
});

for (const [what, body] of [['is missing', null], ['is a page, not the list', '<!doctype html><html><body>Halaman</body></html>']] as const) {
  test(`when the services' file ${what}, text about another service keeps the general answer`, async ({ page }) => {
    const server = await serve({ root: DIST, overrides: { [FILE]: body } });
    try {
      await page.goto(server.url);
      await settled(page);
      const fetched = page.waitForResponse((r) => r.url().endsWith(FILE));
      await page.getByRole('searchbox').fill(BPJS);
      await fetched;
      const answer = page.locator('#suggestions');
      await expect(answer).toContainText(SAYS.id.general);
      await expect(answer.getByRole('link', { name: SAYS.id.list })).toBeVisible();
      await page.waitForTimeout(300);
      await expect(answer).not.toContainText(SAYS.id.kesehatan);
    } finally {
      await server.close();
    }
  });
}

/** A problem's summary, as content/problems/<id>.json has it. */
const summary = (id: string) => (problem(id) as unknown as { summary: { id: string; en: string } }).summary;

test('suggestions in English show their summaries, fetched once and only in English', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('content/summaries-en.tsv')) asked.push(r.url()); });
  const server = await serve({ root: DIST });
  try {
    await page.goto(server.url);
    await settled(page);
    const box = page.getByRole('searchbox');
    await box.fill('kode otp gak masuk');
    await expect(suggestions(page).first().locator('.choice-sub')).toHaveText(summary('otp-not-received').id);
    expect(asked, 'not in Indonesian').toEqual([]);
    await switchLanguage(page, 'en');
    const first = suggestions(page, 'en').first();
    await expect(first.locator('.choice-title')).toHaveText(problem('otp-not-received').title.en);
    await expect(first.locator('.choice-sub')).toHaveText(summary('otp-not-received').en);
    await screen(page, 'start-summaries');
    await box.fill('lupa password akun prakerja');
    await expect(suggestions(page, 'en').first().locator('.choice-sub')).toHaveText(summary('forgot-password').en);
    expect(asked).toHaveLength(1);
  } finally {
    await server.close();
  }
});

test('after one visit, text about another service is answered with no network', async ({ page, context }) => {
  await visitedOnceThenOffline(page, context);
  await page.reload();
  await settled(page);
  await expect(h1(page)).toHaveText(T.id.startTitle);
  await page.getByRole('searchbox').fill(BPJS);
  const answer = page.locator('#suggestions');
  await expect(answer).toContainText(SAYS.id.kesehatan);
  await expect(answer).toContainText('Mobile JKN');
  for (const lang of ['en'] as Lang[]) {
    await switchLanguage(page, lang);
    await expect(answer).toContainText(SAYS[lang].kesehatan);
  }
});
