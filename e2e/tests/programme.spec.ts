// The programme's state as data (issue 17): the start screen's line and the flows' words follow
// the `programme` record of settings.json, with no rebuild; greetings and other services get
// their own answers, never a problem of ours or our call centre.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { h1, problem, node, suggestions, screen, settled, switchLanguage, trails, walk } from './helpers';
import { DIST, serve } from './servers';

const SHIPPED = JSON.parse(readFileSync(join(DIST, 'settings.json'), 'utf8'));
const status = problem('registration-status');
const outcome = node(status, 'o-status');
const closed = outcome.variants!.find((v) => v.state === 'closed')!;

// Wave 72 open: the record and its line, as the desk writes them.
const OPEN = {
  ...SHIPPED,
  programme: {
    state: 'open',
    wave: 72,
    closes: '2027-01-20',
    source: { url: 'https://www.prakerja.go.id/artikel/gelombang-72', publisher: 'prakerja.go.id', published: '2027-01-06' },
    checked: '2027-01-07',
    line: { id: 'Gelombang 72 dibuka sampai 20 Jan 2027 · dicek 7 Jan 2027', en: 'Wave 72 is open until 20 Jan 2027 · checked 7 Jan 2027' },
  },
};

/** From the start screen, ask about the next wave and open "is registration open?". */
async function askAboutTheNextWave(page: Page) {
  await page.getByRole('searchbox').fill('kapan prakerja dibuka lagi? gelombang baru kapan');
  const first = suggestions(page).first();
  await expect(first).toContainText(status.title.id);
  await first.click();
  await expect(h1(page)).toHaveText(node(status, status.start).text.id);
  await page.getByRole('link', { name: node(status, status.start).options![0].label.id }).click();
}

test('by default the start screen says registration has not reopened since wave 71, and the flow says why, with its date and source', async ({ page }) => {
  const server = await serve({ root: DIST });
  try {
    await page.goto(server.url);
    await settled(page);
    const line = page.locator('p.programme');
    await expect(line).toContainText('Pendaftaran belum dibuka lagi sejak gelombang 71');
    await expect(line).toContainText('dicek 7 Des 2026');
    await screen(page, 'programme-start');
    await switchLanguage(page, 'en');
    await expect(line).toContainText('Registration has not reopened since wave 71');
    await screen(page, 'programme-start');
    await switchLanguage(page, 'id');
    await askAboutTheNextWave(page);
    await expect(h1(page)).toHaveText(closed.text.id);
    await expect(page.locator('main')).toContainText('Kemnaker');
    // the state's date and its source, under the outcome
    await expect(page.locator('p.programme')).toContainText('dicek 7 Des 2026');
    await expect(page.locator('p.programme a')).toHaveText(SHIPPED.programme.source.publisher);
    await screen(page, 'programme-closed-outcome');
    await switchLanguage(page, 'en');
    await expect(h1(page)).toHaveText(closed.text.en);
    await screen(page, 'programme-closed-outcome');
  } finally {
    await server.close();
  }
});

test('an open wave in settings.json changes the line and the flow without a rebuild, and back', async ({ page }) => {
  const server = await serve({ root: DIST, overrides: { 'settings.json': JSON.stringify(OPEN) } });
  try {
    await page.goto(server.url);
    await settled(page);
    await expect(page.locator('p.programme')).toContainText('Gelombang 72 dibuka sampai 20 Jan 2027');
    await askAboutTheNextWave(page);
    await expect(h1(page)).toHaveText(outcome.text.id);
  } finally {
    await server.close();
  }
  const back = await serve({ root: DIST });
  try {
    await page.goto(back.url);
    await settled(page);
    await expect(page.locator('p.programme')).toContainText('sejak gelombang 71');
  } finally {
    await back.close();
  }
});

test('a greeting is asked what went wrong; a question about BPJS Kesehatan is sent to its own channel', async ({ page }) => {
  const server = await serve({ root: DIST });
  try {
    await page.goto(server.url);
    await settled(page);
    const box = page.getByRole('searchbox');
    await box.fill('halo min');
    await expect(page.locator('#suggestions')).toContainText('Tulis apa yang salah saat daftar Prakerja');
    await box.fill('cara daftar bpjs kesehatan mandiri');
    const answer = page.locator('#suggestions');
    // the start screen names the agency and its channel (e2e/tests/start-services.spec.ts)
    await expect(answer).toContainText('Ini urusan BPJS Kesehatan, bukan Prakerja.');
    await expect(answer).toContainText('Mobile JKN');
    await expect(answer).not.toContainText('Disnakertrans');
    await expect(answer.locator('.choice')).toHaveCount(0);
    await screen(page, 'programme-offtopic-start');
    await switchLanguage(page, 'en');
    await expect(answer).toContainText('This is not Prakerja. Run by: BPJS Kesehatan.');
    await screen(page, 'programme-offtopic-start');
    await switchLanguage(page, 'id');
    await answer.getByRole('link', { name: 'Bukan soal Prakerja? Lihat layanan lain dan kanal resminya' }).click();
    await expect(h1(page)).toHaveText('Layanan lain yang sering dikira Prakerja');
    const kesehatan = page.locator('li.service', { hasText: 'BPJS Kesehatan (JKN-KIS)' });
    await expect(kesehatan).toContainText('Mobile JKN');
    // long official addresses wrap: nothing scrolls sideways at 360 px
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screen(page, 'programme-other-services');
    await switchLanguage(page, 'en');
    await expect(h1(page)).toHaveText('Other services often mistaken for Prakerja');
    await screen(page, 'programme-other-services');
  } finally {
    await server.close();
  }
});

// The four problems the programme's state brought (issue 17, item 3): each one's last outcome
// (every fix failing) reads in both languages, in the state the shipped settings carry.
for (const id of ['registration-status', 'fake-registration-link', 'blocked-face-app', 'kemenag-student-record']) {
  test(`the new problem ${id} reaches an outcome with its sources, in both languages`, async ({ page }) => {
    const p = problem(id);
    const trail = trails(p, 'n').sort((a, b) => b.length - a.length)[0];
    const end = walk(p, trail).at;
    const shown = end.variants?.find((v) => v.state === SHIPPED.programme.state) ?? end;
    const server = await serve({ root: DIST });
    try {
      await page.goto(`${server.url}masalah/#/${id}/${trail}`);
      await expect(h1(page)).toHaveText(shown.text.id);
      await expect(page.locator('p.source').first()).toBeVisible();
      await screen(page, `programme-new-${id}`);
      await switchLanguage(page, 'en');
      await expect(h1(page)).toHaveText(shown.text.en);
      await screen(page, `programme-new-${id}`);
    } finally {
      await server.close();
    }
  });
}

