// Issue 20: the booking page's first question (the regency) is in its HTML, readable at once on a
// weak signal and with scripts off; the booking bundle is fetched only when the person starts,
// and "Lanjut" pressed before it has arrived is carried out, with the chosen regency, once it has.
import { test, expect, type Page } from '@playwright/test';
import { check, noRateLimits, START, T } from './helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

const QUESTION = 'Kamu tinggal di kabupaten/kota mana?';
const wasmRequests = (page: Page) => {
  const seen: string[] = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) seen.push(r.url()); });
  return seen;
};

test('the page itself holds the question and every regency; no bundle before the person starts', async ({ page, request }) => {
  const html = await (await request.get(START)).text();
  expect(html).toContain(QUESTION);
  expect(html).toContain('<option value="3527">Kab. Sampang</option>');
  expect(html).toContain('<option value="3578">Kota Surabaya</option>');
  expect(html).not.toMatch(/rel="preload"[^>]*\.wasm/);

  const wasm = wasmRequests(page);
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  await page.waitForTimeout(1500);
  expect(wasm).toEqual([]);
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    await check(page, `01-region-html`);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
  }
  // the first touch fetches it
  await page.getByLabel('Kabupaten/kota').focus();
  await expect.poll(() => wasm.length).toBe(1);
});

test('with scripts turned off, the question is still there to read', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.getByLabel('Kabupaten/kota')).toBeVisible();
  await context.close();
});

test('"Lanjut" before the bundle has arrived: it waits, then goes on with the regency chosen', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(START);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kab. Sampang' });
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Memuat…' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih titik layanan' })).toBeFocused();
  // the help points of the regency chosen in the HTML come first
  await expect(page.locator('.choice').first()).toContainText('Sampang');
  // back to step 1: the bundle's own question keeps the choice
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.locator('#region')).toHaveValue('3527');
  await expect(page.locator('#booking-page')).toHaveCount(0);
});

test('"Lanjut" with nothing chosen: the message beside the field, from the bundle', async ({ page }) => {
  await page.goto(START);
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.locator('#error-summary')).toContainText('Pilih kabupaten/kota');
  await expect(page.locator('#region-error')).toBeVisible();
});

test('no signal when the bundle is needed: the page says so, and "Lanjut" tries again', async ({ page }) => {
  let offline = true;
  await page.route('**/*_bg.wasm', (route) => (offline ? route.abort('internetdisconnected') : route.continue()));
  await page.goto(START);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kota Surabaya' });
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('alert')).toContainText('Gagal memuat. Periksa sinyal internetmu, lalu coba lagi.');
  await expect(page.getByLabel('Kabupaten/kota')).toHaveValue('3578');
  offline = false;
  await page.getByRole('button', { name: T.next }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih titik layanan' })).toBeVisible();
});

test('English from the page\'s own button: the question in English at once, from the page itself', async ({ page }) => {
  let release = () => {};
  const held = new Promise<void>((r) => { release = r; });
  await page.route('**/*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(START);
  await page.getByLabel('Kabupaten/kota').selectOption({ label: 'Kab. Sampang' });
  await page.getByRole('button', { name: 'Switch to English' }).click();
  // the bundle has not arrived: this is the page's own English copy, with the choice carried over
  await expect(page.getByRole('heading', { level: 1, name: 'Which regency or city do you live in?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle(/^Region · /);
  await expect(page.getByLabel('Regency/city')).toHaveValue('3527');
  await expect(page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' })).toBeFocused();
  await check(page, '01-region-html-en');
  release();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Choose a help point' })).toBeFocused();
  await expect(page.locator('.choice').first()).toContainText('Sampang');
});

test('English chosen on an earlier visit: the English copy from the first paint, and back', async ({ page }) => {
  await page.addInitScript(() => { if (!sessionStorage.getItem('seen')) { sessionStorage.setItem('seen', '1'); localStorage.setItem('pp.lang', 'en'); } });
  const wasm = wasmRequests(page);
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: 'Which regency or city do you live in?' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.waitForTimeout(1000);
  expect(wasm).toEqual([]);
  await page.getByRole('button', { name: 'Ganti ke Bahasa Indonesia' }).click();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  expect(await page.evaluate(() => localStorage.getItem('pp.lang'))).toBe('id');
});

test('framed in the provincial site: the bundle comes at once, so the frame can follow the page\'s height', async ({ page }) => {
  const wasm = wasmRequests(page);
  await page.goto(`${START}&embed=1`);
  await expect.poll(() => wasm.length).toBe(1);
  await expect(page.locator('#booking-page')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: QUESTION })).toBeVisible();
  await expect(page.locator('header')).toHaveCount(0);
});
