// Offline use after one visit on the server `make run` starts (PocketBase serving dist/ through
// pb_hooks/static_lib.js): the service worker caches no redirected response, and a reload with no
// network brings back the start screen, its own address (index.html), a flow step and a booking
// page already opened. The static hosts' variant is e2e/tests/pwa-offline.spec.ts.
import { test, expect, type Page } from '@playwright/test';
import { cachedRedirects } from '../tests/helpers';

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).first();

async function settled(page: Page, heading?: string) {
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(h1(page)).toBeVisible();
  if (heading) await expect(h1(page)).toHaveText(heading);
}

test('after one visit, the app works offline on the make-run server; nothing redirected is cached', async ({ page, context }) => {
  // The server answers the pages' own addresses directly (a redirect would be cached by a worker).
  for (const path of ['/index.html', '/masalah/index.html', '/jadwal/index.html']) {
    const r = await page.request.get(path, { maxRedirects: 0 });
    expect(r.status(), path).toBe(200);
  }
  await page.goto('/');
  await settled(page, 'Apa kendalamu?');
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 45_000 });
  // The booking page is cached once opened.
  await page.goto('/jadwal/?kelola=1');
  await settled(page, 'Lihat, ubah atau batalkan jadwal');
  expect(await cachedRedirects(page)).toEqual([]);

  await context.setOffline(true);
  try {
    await page.goto('/');
    await settled(page, 'Apa kendalamu?');
    await page.reload();
    await settled(page, 'Apa kendalamu?');
    await page.goto('/index.html');
    await settled(page, 'Apa kendalamu?');
    await page.goto('/masalah/#/otp-not-received');
    await settled(page);
    await expect(h1(page)).not.toHaveText('Apa kendalamu?');
    await page.reload();
    await settled(page);
    await page.goto('/jadwal/?kelola=1');
    await settled(page, 'Lihat, ubah atau batalkan jadwal');
  } finally {
    await context.setOffline(false);
  }
});
