// The language switch: every text changes, <html lang> follows, the choice survives a reload.
import { test, expect } from '@playwright/test';
import { T, flowUrl, h1, node, problem, screen, settled, switchLanguage } from './helpers';

test('switching to English and back is remembered after reload, <html lang> follows', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(h1(page)).toHaveText(T.id.startTitle);
  const toEnglish = page.getByRole('button', { name: /English/ });
  await expect(toEnglish).toHaveText(T.id.otherLanguage);

  await toEnglish.click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1(page)).toHaveText(T.en.startTitle);
  await expect(page.getByRole('searchbox', { name: T.en.searchLabel })).toBeVisible();
  await expect(page.getByRole('button', { name: /Bahasa Indonesia/ })).toHaveText(T.en.otherLanguage);
  await screen(page, 'lang-start');

  await page.reload();
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(h1(page)).toHaveText(T.en.startTitle);

  // Content follows the language too: a step in English, with English answers.
  const p = problem('ktp-photo-upload-failed');
  const first = node(p, p.start);
  const next = node(p, first.options![0].next);
  await page.goto(`/masalah/${p.id}/0`);
  await expect(h1(page)).toHaveText(next.text.en);
  await expect(page.getByRole('link', { name: new RegExp(`^${T.en.no}`) })).toBeVisible();
  await expect(page.getByText(p.title.en, { exact: true })).toBeVisible();

  // Switching on a step keeps the place.
  await switchLanguage(page, 'id');
  await expect(h1(page)).toHaveText(next.text.id);
  await expect(page).toHaveURL(flowUrl(p.id, '0'));
  await expect(page.getByRole('link', { name: new RegExp(`^${T.id.no}`) })).toBeVisible();
  await page.reload();
  await settled(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(h1(page)).toHaveText(next.text.id);
});
