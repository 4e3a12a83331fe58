// The province's notices form on a phone: each text is several lines, so a long notice (up to the
// store's 300 characters) is read whole while it is typed, at 360 and at 320 px, with nothing
// scrolling sideways; a text that breaks the rule is named beside its field. Axe at 360 px.
import { test, expect, type Locator, type Page } from '@playwright/test';
import { noRateLimits } from '../booking/helpers';
import { BASE, check, makeProvince, signInProvince } from './helpers';

// 300 characters, the most a notice's text may have
const LONG = 'Pendaftaran Kartu Prakerja gelombang berikutnya belum dibuka. Jangan percaya pesan yang meminta '
  + 'uang atau kode OTP. Tanyakan ke titik layanan Disnakertrans terdekat bila ragu, atau hubungi call center '
  + 'provinsi pada jam kerja. Pengumuman resmi hanya ada di situs prakerja.go.id dan akun resmi Prakerja';

/** The whole text is inside the box (no scrolling inside it) and the box inside the page. */
async function wholeAndInside(page: Page, field: Locator) {
  const [scroll, client, right] = await field.evaluate((e) => [e.scrollHeight, e.clientHeight, e.getBoundingClientRect().right]);
  expect(scroll, 'the text needs no scrolling inside its box').toBeLessThanOrEqual(client);
  expect(right).toBeLessThanOrEqual(page.viewportSize()!.width);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(page.viewportSize()!.width);
}

test('a long notice is fully visible while it is typed at 360 and 320 px, and errors stand beside their field', async ({ page, request }) => {
  test.setTimeout(120_000);
  await noRateLimits(request);
  expect(LONG.length).toBe(300);
  await signInProvince(page, await makeProvince(request, 'Tim Pengumuman'));
  const add = page.locator('form.desk-notice').last();
  const id = add.getByLabel('Teks (Bahasa Indonesia)');
  await expect(id).toHaveJSProperty('tagName', 'TEXTAREA');
  await id.scrollIntoViewIfNeeded();
  await id.pressSequentially(LONG.slice(0, 120));
  await wholeAndInside(page, id);
  await id.fill(LONG);
  await expect(id).toHaveValue(LONG);
  await wholeAndInside(page, id);
  // the store's limit stays: nothing past 300 characters goes in
  await id.press('End');
  await id.pressSequentially('xyz');
  await expect(id).toHaveValue(LONG);

  // too short an English text: named beside it, and nothing saved
  const en = add.getByLabel('Teks (English)');
  await en.fill('Wave');
  await add.getByLabel('Tampil sampai').fill('2099-12-29');
  await add.getByRole('button', { name: 'Tambah pengumuman' }).click();
  await expect(en).toHaveAttribute('aria-invalid', 'true');
  await expect(en).toHaveAccessibleDescription('Tulis 5–300 huruf.');
  await expect(en).toBeFocused();
  await expect(id).not.toHaveAttribute('aria-invalid', 'true');
  await expect(id).toHaveValue(LONG);
  await check(page, 'desk-notice-long');
  await add.screenshot({ path: 'test-results/desk-screens/desk-notice-form-360.png' });

  await en.fill('The next wave of Kartu Prakerja registration is not open yet. Do not trust messages that ask for money or an OTP code.');
  await add.getByRole('button', { name: 'Tambah pengumuman' }).click();
  await expect(page.getByText('Tersimpan')).toBeVisible();
  // the saved notice, read back from the store into its own form
  const at = () => page.locator('form.desk-notice textarea[id$="-id"]').evaluateAll((els, v) =>
    els.findIndex((e) => (e as HTMLTextAreaElement).value === v), LONG);
  await expect.poll(at).toBeGreaterThanOrEqual(0);
  const form = page.locator('form.desk-notice').nth(await at());
  const shown = form.getByLabel('Teks (Bahasa Indonesia)');
  await wholeAndInside(page, shown);
  const pub = await (await request.get(`${BASE}/api/notices`)).json();
  expect(pub.notices.map((n: any) => n.id)).toContain(LONG);

  // 320 px: still whole, still inside the page
  await page.setViewportSize({ width: 320, height: 740 });
  await wholeAndInside(page, shown);
  await check(page, 'desk-notice-long');
  // the saved notice is deleted again (the start screen shows at most ten)
  await form.getByRole('button', { name: 'Hapus' }).click();
  await form.getByRole('button', { name: 'Ya, hapus' }).click();
  await expect(page.getByText('Pengumuman dihapus.')).toBeVisible();
});
