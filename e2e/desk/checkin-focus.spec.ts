// Check-in by keyboard when the day's queue arrives after the booking was found: the found card
// is not rebuilt under the officer's focus, so "Tandai datang" still does what the key says.
// (A slow queue used to rebuild the card and move the focus, and Enter did nothing.)
import { test, expect } from '@playwright/test';
import { noRateLimits } from '../booking/helpers';
import { makeOffice, makeSlot, makeStaff, seed, signIn } from './helpers';

test('a queue that arrives late does not take the focus from "Tandai datang"', async ({ page, request }) => {
  await noRateLimits(request);
  const office = await makeOffice(request, 'fokus');
  const staff = await makeStaff(request, office, 'Petugas Fokus');
  const slot = await makeSlot(request, office, -10);
  const rina = await seed(request, slot, office, 'Rina Fokus');
  // the day's queue answers three seconds late; the look-up does not wait
  let arrived = 0;
  await page.route('**/api/staff/queue?**', async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue();
    arrived += 1;
  });
  await signIn(page, staff);
  const before = arrived;
  await page.getByRole('button', { name: 'Cek kedatangan' }).click();
  await page.getByLabel('Kode booking').fill(rina.code);
  await page.getByLabel('Kode booking').press('Enter');
  const found = page.locator('article.desk-row').filter({ has: page.getByRole('heading', { name: 'Rina Fokus' }) });
  const mark = found.getByRole('button', { name: 'Tandai datang' });
  await mark.focus();
  await expect(mark).toBeFocused();
  await expect.poll(() => arrived, { timeout: 10_000 }).toBeGreaterThan(before);
  await page.waitForTimeout(300);
  await expect(mark).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(found.locator('.desk-status')).toContainText('Sudah datang');
});
