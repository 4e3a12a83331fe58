// Managing a booking: look up with code + NIK, reschedule, cancel; priority; keyboard only; English.
import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { START, check, newNik, noRateLimits, bookingsOf, bookViaApi, officeSlots, toDetails, fillDetails, consentAndCheck, T } from './helpers';

test.beforeAll(async ({ request }) => { await noRateLimits(request); });

const dash = (c: string) => `${c.slice(0, 4)}-${c.slice(4)}`;

test('look up with code + NIK, reschedule, then cancel', async ({ page, request }) => {
  const nik = newNik();
  const { slots } = await officeSlots(request, 'disnaker-3578');
  const open = slots.filter((s) => s.remaining > 0 && !s.closed);
  const booked = await bookViaApi(request, open[2].id, nik);

  await page.goto('/jadwal/?kelola=1');
  await expect(page.getByRole('heading', { level: 1, name: 'Lihat, ubah atau batalkan jadwal' })).toBeVisible();
  await check(page, '08-manage');
  // a wrong NIK gets the same answer as a wrong code
  await page.getByLabel('Kode booking').fill(booked.code);
  await page.getByLabel('NIK').fill(newNik());
  await page.getByRole('button', { name: 'Cari jadwal' }).click();
  await expect(page.getByRole('alert')).toContainText('Jadwal tidak ditemukan. Periksa lagi kode booking dan NIK.');
  // a malformed code is explained beside the field
  await page.getByLabel('Kode booking').fill('AB0');
  await page.getByRole('button', { name: 'Cari jadwal' }).click();
  await expect(page.locator('#code-error')).toContainText('Kode booking tidak pernah memakai 0, 1, 2, 5, 8, B, I, L, O, S, Z');
  await expect(page.locator('#error-summary')).toBeFocused();

  await page.getByLabel('Kode booking').fill(dash(booked.code).toLowerCase());
  await page.getByLabel('NIK').fill(nik);
  await page.getByRole('button', { name: 'Cari jadwal' }).click();
  const card = page.locator('.booking-card');
  await expect(card).toContainText(dash(booked.code));
  await expect(card).toContainText('Terjadwal');
  await expect(card).toContainText('Disperinaker Kota Surabaya');

  await card.getByRole('button', { name: 'Ganti hari atau jam' }).click();
  await expect(card.getByRole('heading', { name: 'Pilih hari dan jam baru' })).toBeVisible();
  await check(page, '09-manage-reschedule');
  const other = card.locator('.times button[aria-pressed="false"]').first();
  await other.click();
  await expect(card).toContainText('Jadwal sudah dipindah.');
  let rows = await bookingsOf(request, nik);
  expect(rows.length).toBe(1);
  expect(rows[0].slot).not.toBe(open[2].id);
  expect(rows[0].code).toBe(booked.code);

  await card.getByRole('button', { name: 'Batalkan jadwal' }).click();
  await expect(card).toContainText('Yakin membatalkan jadwal ini?');
  await check(page, '10-manage-cancel-confirm');
  await card.getByRole('button', { name: 'Ya, batalkan' }).click();
  await expect(card).toContainText('Jadwal sudah dibatalkan.');
  await expect(card.locator('.status')).toHaveText('Dibatalkan');
  await expect(card.getByRole('button', { name: 'Batalkan jadwal' })).toHaveCount(0);
  rows = await bookingsOf(request, nik);
  expect(rows[0].status).toBe('cancelled');
});

test('priority: a NIK in the laid-off registry books online like anyone else; nothing on screen or in the reply tells', async ({ page, request }) => {
  test.skip(!process.env.E2E_PB_DATA_DIR, 'needs the store data folder (set by the config)');
  const nik = newNik();
  const dir = mkdtempSync(join(tmpdir(), 'prio-'));
  const csv = join(dir, 'phk.csv');
  writeFileSync(csv, `nik,nama\n${nik},Pekerja Uji\n`);
  execFileSync('bash', [resolve(__dirname, '../../scripts/import-priority.sh'), csv], {
    env: { ...process.env, DATA_DIR: process.env.E2E_PB_DATA_DIR }, stdio: 'pipe',
  });
  await toDetails(page);
  await fillDetails(page, nik);
  await consentAndCheck(page);
  await page.getByRole('button', { name: T.submit }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeVisible();
  await expect(page.locator('main')).not.toContainText(/prioritas/i);
  expect((await bookingsOf(request, nik))[0].priority).toBeFalsy();
});

test('keyboard only: the whole booking without a pointer', async ({ page, request }) => {
  const nik = newNik();
  const tabTo = async (sel: string, max = 60) => {
    const target = page.locator(sel).first();
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await page.keyboard.press('Tab');
    }
    await expect(target).toBeFocused();
  };
  await page.goto(START);
  await expect(page.getByRole('heading', { level: 1, name: 'Kamu tinggal di kabupaten/kota mana?' })).toBeVisible();
  await tabTo('#region');
  await page.keyboard.type('Kota Surabaya');
  await expect(page.locator('#region')).toHaveValue('3578');
  await tabTo('form button[type=submit]');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih titik layanan' })).toBeFocused();
  await expect(page.locator('#points button').first()).toBeVisible();
  await tabTo('#points button');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Pilih hari dan jam' })).toBeFocused();
  await expect(page.locator('.times button').first()).toBeVisible();
  await tabTo('.times button');
  await page.keyboard.press('Space');
  await expect(page.getByRole('heading', { level: 1, name: 'Data dirimu' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.locator('#name')).toBeFocused();
  await page.keyboard.type('Rina Wati');
  await page.keyboard.press('Tab');
  await page.keyboard.type(nik);
  await page.keyboard.press('Tab');
  await page.keyboard.type('085712345678');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Persetujuan pemakaian data' })).toBeFocused();
  await tabTo('#consent');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Periksa jawabanmu' })).toBeFocused();
  await tabTo('#submit');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Jadwalmu sudah terpesan' })).toBeFocused();
  expect((await bookingsOf(request, nik)).length).toBe(1);
});

test('English: the same way through, every screen in English', async ({ page }) => {
  await page.goto(START);
  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Which regency or city do you live in?' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await check(page, '01-region-en');
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.locator('#error-summary')).toContainText('Choose the regency or city where you live.');
  await check(page, '01-region-error-en');
});
