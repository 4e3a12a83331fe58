// The Content-Security-Policy of dist/ (tools/csp.mjs), on the server `make run` starts (PocketBase
// serving dist/ through pb_hooks/static_lib.js): every screen of every bundle is walked with a
// listener for `securitypolicyviolation` events and console messages; any violation, any page
// error fails the test. A page's own inline scripts (Trunk's loader, the pre-paint classes) run
// only because the policy names their sha256; the policy arrives as a header and as a meta tag,
// and actually blocks what it should (checked first, so the listener cannot be deaf).
import { test, expect, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { BASE, newNik, noRateLimits, officeSlots, bookViaApi, toDetails, fillDetails, consentAndCheck, T } from './helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

type Seen = { violations: string[]; screens: string[] };

/** Collects every CSP violation (event in any frame, or console message) and page error. */
async function watch(page: Page): Promise<Seen> {
  const seen: Seen = { violations: [], screens: [] };
  await page.exposeBinding('__cspViolation', (_src, v: string) => { seen.violations.push(v); });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as any).__cspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber} (${location.pathname}${location.hash})`);
    });
  });
  page.on('console', (m) => {
    if (/Content[ -]Security[ -]Policy|Refused to (load|execute|apply|connect|frame|compile)/i.test(m.text())) {
      seen.violations.push(`console: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => seen.violations.push(`page error: ${e.message}`));
  return seen;
}

/** Every inline script in the page is one the policy names by its sha256 (nothing else may run). */
async function inlineScriptsAreHashed(page: Page, name: string) {
  const policy = (await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')) ?? '';
  const bodies = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  for (const b of bodies) {
    const hash = `'sha256-${createHash('sha256').update(b).digest('base64')}'`;
    expect(policy, `${name}: an inline script the policy does not name`).toContain(hash);
  }
}

/** A screen as a user sees it: its heading visible, only hashed inline scripts, nothing blocked. */
async function screen(page: Page, seen: Seen, name: string, heading?: string | RegExp) {
  await expect(page.locator('#boot')).toHaveCount(0);
  const h1 = page.getByRole('heading', { level: 1 }).first();
  await expect(h1).toBeVisible();
  if (heading) await expect(h1).toHaveText(heading);
  await inlineScriptsAreHashed(page, name);
  await page.waitForTimeout(200); // late violations (images, styles applied after render)
  expect(seen.violations, `CSP violations up to "${name}"`).toEqual([]);
  seen.screens.push(name);
}

test('the policy arrives as a header and a meta tag, and it blocks inline script', async ({ page }) => {
  const seen = await watch(page);
  for (const path of ['/', '/masalah/', '/jadwal/']) {
    const r = await page.goto(path);
    const header = r!.headers()['content-security-policy'];
    expect(header, path).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-");
    await inlineScriptsAreHashed(page, path);
    for (const d of ["default-src 'none'", "object-src 'none'", "base-uri 'self'", 'connect-src', 'frame-ancestors']) {
      expect(header, path).toContain(d);
    }
    expect(header).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\s\*/);
    const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(meta, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // the header is the meta policy plus frame-ancestors, naming every page's inline scripts
    const noHashes = (p: string) => p.replace(/ 'sha256-[^']+'/g, '');
    expect(noHashes(header).startsWith(noHashes(meta!)), `${path}: the header is the meta policy plus frame-ancestors`).toBe(true);
    for (const h of meta!.match(/'sha256-[^']+'/g) ?? []) expect(header, path).toContain(h);
  }
  // The listener hears a real violation: an injected inline script is blocked and reported.
  await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 1';
    document.head.append(s);
  });
  await expect.poll(() => seen.violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as any).__ran)).toBeUndefined();
  expect(seen.violations.join('\n')).toContain('script-src');
});

test('a problem page comes from this server as HTML with its first step, its answers and the policy', async ({ request }) => {
  const r = await request.get('/masalah/otp-not-received/');
  expect(r.status()).toBe(200);
  expect(r.headers()['content-security-policy']).toContain("default-src 'none'");
  const html = await r.text();
  expect(html).toContain('>Kode OTP-mu dikirim lewat apa?</h1>');
  expect(html).toContain('href="/masalah/otp-not-received/#/0" class="choice answer"');
  const sitemap = await request.get('/sitemap.xml');
  expect(sitemap.status()).toBe(200);
  expect(await sitemap.text()).toContain('/masalah/otp-not-received/en/</loc>');
});

test('no CSP violation on any screen: start, flow, outcome, every booking step, manage, not found', async ({ page, request }) => {
  const seen = await watch(page);

  // Not found, first (before the service worker answers navigations with the start page): a file
  // that is not there gets the server's 404 page, under the same policy.
  const r = await page.goto('/no-such-file.js');
  expect(r!.status()).toBe(404);
  expect(r!.headers()['content-security-policy']).toContain("default-src 'none'");
  await page.waitForTimeout(200);
  expect(seen.violations, 'CSP violations on the 404 page').toEqual([]);

  // Start screen (Indonesian, then English after a reload: the pre-paint script runs), suggestions.
  await page.goto('/');
  await screen(page, seen, 'start', 'Apa kendalamu?');
  await page.getByRole('searchbox').fill('kode otp gak masuk');
  await expect(page.getByRole('link').filter({ hasText: /OTP/i }).first()).toBeVisible();
  await screen(page, seen, 'start with suggestions');
  await page.getByRole('button', { name: /English/ }).click();
  await page.reload();
  await screen(page, seen, 'start, English after reload', 'What is the problem?');
  await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');

  // Flow bundle: browsing, a step, a question, an outcome, an unknown problem.
  await page.goto('/masalah/#/pilih-pesan');
  await screen(page, seen, 'flow: choose a message');
  await page.goto('/masalah/#/otp-not-received');
  await screen(page, seen, 'flow: first step');
  await page.goto('/masalah/otp-not-received/en/');
  await screen(page, seen, 'flow: a problem page in English');
  // An English page makes English the chosen language; back to Indonesian for the rest.
  await page.getByRole('button', { name: /Bahasa Indonesia/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page.goto('/masalah/#/otp-not-received/1n01');
  await screen(page, seen, 'flow: outcome (in-person help)');
  await page.goto('/masalah/#/no-such-problem');
  await screen(page, seen, 'flow: unknown problem');

  // Booking bundle: every step to the confirmation (progress bars, QR code, downloads).
  await page.goto('/jadwal/');
  await screen(page, seen, 'booking: direct visit');
  await toDetails(page);
  await screen(page, seen, 'booking: region, help point, time, details', 'Data dirimu');
  await fillDetails(page, newNik());
  await screen(page, seen, 'booking: consent');
  await consentAndCheck(page);
  await screen(page, seen, 'booking: check');
  await page.getByRole('button', { name: T.submit }).click();
  await expect(page.locator('#booking-code')).toBeVisible();
  await expect(page.locator('.qr svg')).toBeVisible();
  await screen(page, seen, 'booking: confirmation');
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tambah ke kalender' }).click()]);
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Simpan sebagai gambar' }).click()]);
  await screen(page, seen, 'booking: calendar file and image saved');

  // Manage: look up, the booking card, reschedule list, cancel.
  const nik = newNik();
  const { slots } = await officeSlots(request, 'disnaker-3578');
  const booked = await bookViaApi(request, slots.filter((s) => s.remaining > 0 && !s.closed)[1].id, nik);
  await page.goto('/jadwal/?kelola=1');
  await screen(page, seen, 'manage: look-up form');
  await page.getByLabel('Kode booking').fill(booked.code);
  await page.getByLabel('NIK').fill(nik);
  await page.getByRole('button', { name: 'Cari jadwal' }).click();
  await expect(page.locator('.booking-card')).toBeVisible();
  await screen(page, seen, 'manage: booking found');

  // An old deep link: the start page sends it on.
  await page.goto('/tahap/lama-sekali');
  await screen(page, seen, 'old deep link');

  expect(seen.screens.length).toBeGreaterThanOrEqual(16);
  console.log(`csp: ${seen.screens.length} screens, ${seen.violations.length} violations (${BASE})`);
});
