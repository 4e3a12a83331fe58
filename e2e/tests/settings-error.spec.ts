// Runtime settings (issue 5): settings.json next to index.html is read at start. A malformed,
// invalid or missing file gives a clear error screen, never a blank page.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T, h1, problem } from './helpers';
import { DIST, serve } from './servers';

const TITLE = { id: 'Layanan sedang tidak bisa dibuka', en: 'This service cannot open right now' };
const GOOD = JSON.parse(readFileSync(join(DIST, 'settings.json'), 'utf8'));

const CASES: [string, string | null][] = [
  ['malformed JSON', '{ "complaint_form_url": "https://bantuan.prakerja.go.id", '],
  ['valid JSON, invalid settings', JSON.stringify({ ...GOOD, complaint_form_url: 'ftp://example' })],
  ['missing file (404)', null],
];

async function expectErrorScreen(page: Page) {
  const alert = page.getByRole('alert');
  await expect(alert).toBeVisible();
  await expect(h1(page)).toHaveText(TITLE.id);
  await expect(alert).toContainText('Ini bukan kesalahanmu');
  // Nothing else pretends to work: no search box, no loading note left behind.
  await expect(page.getByRole('searchbox')).toHaveCount(0);
  await expect(page.locator('#boot')).toHaveCount(0);
}

for (const [name, body] of CASES) {
  test(`settings file ${name}: a clear error screen, in both languages`, async ({ page }) => {
    const server = await serve({ root: DIST, overrides: { 'settings.json': body } });
    try {
      await page.goto(server.url);
      await expectErrorScreen(page);
      await page.getByRole('button', { name: /English/ }).click();
      await expect(h1(page)).toHaveText(TITLE.en);
    } finally {
      await server.close();
    }
  });
}

test('a broken settings file also stops the flow page with the same screen', async ({ page }) => {
  const server = await serve({ root: DIST, overrides: { 'settings.json': '[1, 2' } });
  try {
    await page.goto(server.url);
    await expectErrorScreen(page);
    const p = problem('otp-not-received');
    await page.goto(`${server.url}masalah/#/${p.id}`);
    await expectErrorScreen(page);
  } finally {
    await server.close();
  }
});

test('with a good settings file the start screen works (control case)', async ({ page }) => {
  const server = await serve({ root: DIST, overrides: { 'settings.json': JSON.stringify(GOOD) } });
  try {
    await page.goto(server.url);
    await expect(h1(page)).toHaveText(T.id.startTitle);
    await expect(page.getByRole('searchbox', { name: T.id.searchLabel })).toBeVisible();
    await page.waitForTimeout(500);
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
