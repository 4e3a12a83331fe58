// Accessibility tour: every kind of screen, in Indonesian and in English, at 360 px; the start
// screen and a step screen also at 320 px. `screen()` runs axe (WCAG 2.2 AA) and asserts
// zero violations, checks there is no sideways scrolling, and saves a screenshot.
import { test, expect, type Page } from '@playwright/test';
import { T, allProblems, h1, screen, settled, switchLanguage, trails, walk, type Lang, type Problem } from './helpers';

/** For each outcome kind, the first problem (by file name) and trail that reach it. */
function outcomeExamples(): Record<string, { p: Problem; trail: string }> {
  const found: Record<string, { p: Problem; trail: string }> = {};
  for (const p of allProblems()) {
    for (const t of trails(p)) {
      const kind = walk(p, t).at.outcome!.kind;
      if (!found[kind]) found[kind] = { p, trail: t };
    }
  }
  return found;
}

async function noSidewaysScroll(page: Page, what: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${what}: page is wider than the screen by ${overflow}px`).toBeLessThanOrEqual(0);
}

for (const lang of ['id', 'en'] as Lang[]) {
  test(`every screen passes axe WCAG 2.2 AA (${lang})`, async ({ page }) => {
    const t = T[lang];
    await page.goto('/');
    await settled(page);
    await switchLanguage(page, lang);
    await expect(h1(page)).toHaveText(t.startTitle);
    const visit = async (path: string, name: string) => {
      await page.goto(path);
      await screen(page, `tour-${name}`);
      await noSidewaysScroll(page, `${name} (${lang})`);
    };

    await visit('/', 'start');
    await page.getByRole('searchbox', { name: t.searchLabel }).fill(lang === 'id' ? 'lupa password' : 'forgot password');
    await expect(page.getByRole('heading', { name: t.suggestions })).toBeVisible();
    await screen(page, 'tour-start-suggestions');
    await page.getByRole('searchbox', { name: t.searchLabel }).fill('zzzz qqqq');
    await screen(page, 'tour-start-no-match');

    await visit('/tahap/verification', 'stage');
    await visit('/pilih-pesan', 'messages');

    const p = allProblems().find((q) => q.id === 'ktp-photo-upload-failed')!;
    await visit(`/masalah/${p.id}`, 'question');
    await visit(`/masalah/${p.id}/0`, 'step');
    await visit(`/masalah/${p.id}/0nn`, 'step-with-answers');
    await page.locator('summary').filter({ hasText: t.yourAnswers }).click();
    await screen(page, 'tour-step-answers-open');
    await page.goto(`/masalah/${p.id}/0`);
    await page.getByRole('link', { name: new RegExp(`^${t.no}`) }).click();
    await page.goBack();
    await expect(page.getByText(t.earlier)).toBeVisible();
    await screen(page, 'tour-step-earlier-answer');

    for (const [kind, { p: q, trail }] of Object.entries(outcomeExamples())) {
      await visit(`/masalah/${q.id}/${trail}`, `outcome-${kind}`);
      if (kind === 'in_person') {
        await page.getByText(t.caseSummary, { exact: true }).click();
        await screen(page, 'tour-outcome-in_person-summary-open');
        await noSidewaysScroll(page, `case summary (${lang})`);
      }
    }
    await visit('/masalah/tidak-ada', 'not-found');

    // The smallest phones still in use: 320 px wide.
    await page.setViewportSize({ width: 320, height: 740 });
    await visit('/', 'start');
    await page.getByRole('searchbox', { name: t.searchLabel }).fill(lang === 'id' ? 'kode otp gak masuk' : 'otp code not arriving');
    await expect(page.getByRole('heading', { name: t.suggestions })).toBeVisible();
    await screen(page, 'tour-start-suggestions');
    await noSidewaysScroll(page, `suggestions at 320 (${lang})`);
    await visit(`/masalah/${p.id}/0`, 'step');
    await visit(`/masalah/${p.id}/0nnnn`, 'step-limit');
  });
}
