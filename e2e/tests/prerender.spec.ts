// The start screen is pre-rendered into index.html: on a slow connection people can read it and
// type before the app has loaded, and the app takes over without losing what was typed.
// `settled` waits for the app: it removes the loading note when it has rendered.
import { test, expect, type Page, type Route } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { T, h1, settled, suggestions } from './helpers';

/** Hold back the start bundle's wasm until `release()` is called. */
async function holdWasm(page: Page) {
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  await page.route(/\/pendamping-[0-9a-f]+_bg\.wasm$/, async (route: Route) => {
    await gate;
    await route.continue();
  });
  return release;
}

/** Texts and link targets of the screen, in document order. */
const snapshot = (page: Page) => page.evaluate(() => {
  const root = document.getElementById('start-screen')!;
  return {
    headings: [...root.querySelectorAll('h1, h2, label, .hint')].map((e) => e.textContent?.trim()),
    links: [...root.querySelectorAll('a')].map((a) => `${a.textContent?.trim()} -> ${a.getAttribute('href')}`),
  };
});

test('before the app loads, the start screen is there; what is typed carries over, focus too', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('#start-screen')).toBeVisible();
  await expect(h1(page)).toHaveText(T.id.startTitle);
  // The loading note is hidden while the pre-rendered screen shows.
  await expect(page.locator('#boot')).toBeHidden();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => v.id), 'axe on the pre-rendered screen').toEqual([]);

  const box = page.getByRole('searchbox', { name: T.id.searchLabel });
  await box.click();
  await page.keyboard.type('kode otp tidak');
  await page.keyboard.press('Enter'); // must not leave the page or send the text anywhere
  await expect(page).toHaveURL(/\/$/);

  release();
  await settled(page);
  const live = page.getByRole('searchbox', { name: T.id.searchLabel });
  await expect(live).toHaveValue('kode otp tidak');
  await expect(live).toBeFocused();
  // Typing goes on in the live box, and suggestions follow the whole text.
  await page.keyboard.type(' masuk');
  await expect(live).toHaveValue('kode otp tidak masuk');
  await expect(suggestions(page).first()).toBeVisible();
});

test('the pre-rendered screen shows the same texts and links as the live one', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('#start-screen')).toBeVisible();
  const before = await snapshot(page);
  release();
  await settled(page);
  const after = await snapshot(page);
  expect(before.headings.length).toBeGreaterThan(3);
  expect(before.headings).toEqual(after.headings);
  // The live screen may add a notice or "continue where you left off"; every static link is there.
  for (const l of before.links) expect(after.links).toContain(l);
});

test('people who chose English see the loading note, not the Indonesian screen', async ({ page }) => {
  await page.addInitScript(() => localStorage.setItem('pp.lang', 'en'));
  const release = await holdWasm(page);
  await page.goto('/');
  await expect(page.locator('#boot')).toBeVisible();
  await expect(page.locator('#start-screen')).toBeHidden();
  release();
  await settled(page);
  await expect(h1(page)).toHaveText(T.en.startTitle);
});
