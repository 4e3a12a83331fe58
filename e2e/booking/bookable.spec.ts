// Issue 10: a help point without a sourced street address is listed, says in plain words that it
// takes no booking (issue 19: not the internal reason about sources), with its hours, and points to the nearest one that does; no placeholder text reaches the citizen (id and en).
import { test, expect } from '@playwright/test';
import { check, noRateLimits, START, T } from './helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

test('not bookable: said plainly, with its hours and a way to the nearest bookable help point (Indonesian)', async ({ page }) => {
  await page.goto(START);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Batu' });
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih titik layanan' })).toBeVisible();
  const off = page.locator('.choice.off').filter({ hasText: 'Dinas Tenaga Kerja Kota Batu' });
  await expect(off).toContainText('Belum menerima jadwal');
  await expect(off).toContainText('Jadwal di kantor ini belum bisa dipesan lewat layanan ini.');
  await expect(off).toContainText('Jam buka: Senin–Kamis');
  await expect(off).not.toContainText('Alamat kantor ini');
  await expect(off).toContainText('Terdekat yang menerima jadwal:');
  // the help point itself is not a choice; its pointer is
  await expect(off.getByRole('button')).toHaveCount(1);
  await expect(off.getByRole('button')).toHaveText(/^Pilih .+ \(Kab\. Malang\)$/);
  await expect(page.locator('main')).not.toContainText(/diisi|pemprov isi|TODO/i);
  await check(page, '02-point-not-bookable');
  // only the region's own help points are listed when they take no booking
  await expect(page.locator('.choice.off')).toHaveCount(1);
  await off.getByRole('button').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih hari dan jam' })).toBeVisible();
  await expect(page.locator('.times button').first()).toBeVisible();
});

test('not bookable: the same in English', async ({ page }) => {
  await page.goto(START);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Regency/city').selectOption({ label: 'Kota Batu' });
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a help point' })).toBeVisible();
  const off = page.locator('.choice.off').filter({ hasText: 'Dinas Tenaga Kerja Kota Batu' });
  await expect(off).toContainText('Does not take appointments yet');
  await expect(off).toContainText('Visits to this office cannot be booked through this service yet.');
  await expect(off).toContainText('Opening hours: Monday–Thursday');
  await expect(off).not.toContainText('address');
  await expect(off).toContainText('Nearest that takes appointments:');
  await expect(off.getByRole('button')).toHaveText(/^Choose .+ \(Kab\. Malang\)$/);
  await check(page, '02-point-not-bookable-en');
});
