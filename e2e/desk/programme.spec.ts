// The programme's state recorded at the desk by the province (issue 17): the start screen's line and
// the flows' words change on the server `make run` starts, with no rebuild, and back; every change
// is in the log with who made it; a broken field is named next to it and nothing typed is lost.
import { test, expect, type Page } from '@playwright/test';
import { makeProvince, signInProvince } from './helpers';
import { check } from '../booking/helpers';

/** The citizen's start screen and the "is registration open?" outcome, in a fresh tab. */
async function citizenSees(page: Page, line: string, outcome: string) {
  const citizen = await page.context().browser()!.newPage({ viewport: { width: 360, height: 740 } });
  await citizen.goto('/');
  await expect(citizen.locator('#start-screen p.programme')).toContainText(line);
  await citizen.goto('/masalah/#/registration-status/0');
  await expect(citizen.getByRole('heading', { level: 1 })).toContainText(outcome);
  await citizen.close();
}

test('the province switches the state to open and back at the desk; the start screen and the flow follow without a rebuild', async ({ page, request }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInProvince(page, await makeProvince(request, 'Tim Status'));
  const form = page.locator('section.desk-programme');
  await expect(form.getByRole('heading', { name: 'Status pendaftaran Prakerja' })).toBeVisible();
  // filled with the state in force (the shipped settings.json: closed since wave 71)
  await expect(form.getByRole('radio', { name: 'Ditutup' })).toBeChecked();
  await expect(form.getByLabel('Gelombang terakhir yang dibuka (angka)')).toHaveValue('71');
  await citizenSees(page, 'sejak gelombang 71', 'Pendaftaran belum dibuka lagi sejak gelombang 71');

  // open: a wave number typed as words is refused next to its field, the rest stays typed
  await form.getByRole('radio', { name: 'Dibuka' }).check();
  const wave = form.getByLabel('Gelombang yang dibuka (angka)');
  await wave.fill('tujuh dua');
  await form.getByLabel('Ditutup pada (tanggal)').fill('2027-01-20');
  await form.getByLabel('Alamat lengkap sumber (https://…)').fill('https://www.prakerja.go.id/artikel/gelombang-72');
  await form.getByLabel('Penerbit sumber').fill('prakerja.go.id');
  await form.getByLabel('Tanggal sumber (tahun, tahun-bulan, atau tanggal)').fill('2026-12-01');
  await form.getByLabel('Yang juga diketahui, Bahasa Indonesia (boleh kosong)').fill('');
  await form.getByLabel('Yang juga diketahui, bahasa Inggris (boleh kosong)').fill('');
  await form.getByRole('button', { name: 'Simpan status' }).click();
  await expect(form.locator('#programme-wave-error')).toContainText('Tulis nomor gelombang sebagai angka');
  await expect(wave).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('Ditutup pada (tanggal)')).toHaveValue('2027-01-20');
  await check(page, 'desk-programme-error');
  await wave.fill('72');
  await form.getByRole('button', { name: 'Simpan status' }).click();
  await expect(form.getByRole('status')).toContainText('Tersimpan');
  await expect(form.locator('.desk-programme-log li').first()).toContainText('Tim Status');
  await expect(form.locator('.desk-programme-log li').first()).toContainText('Gelombang 72 dibuka sampai 20 Jan 2027');
  await check(page, 'desk-programme');
  await citizenSees(page, 'Gelombang 72 dibuka sampai 20 Jan 2027', 'Pendaftaran sedang dibuka');

  // and back to closed, as it was
  await form.getByRole('radio', { name: 'Ditutup' }).check();
  await form.getByLabel('Gelombang terakhir yang dibuka (angka)').fill('71');
  await form.getByLabel('Ditutup sejak (tahun, tahun-bulan, atau tanggal; contoh 2024-08)').fill('2024-08');
  await form.getByLabel('Alamat lengkap sumber (https://…)').fill('https://jambi.tribunnews.com/news/1182305/heboh-kartu-prakerja-dibuka-kembali-ternyata-ini-fakta-sebenarnya');
  await form.getByLabel('Penerbit sumber').fill('Tribun Jambi');
  await form.getByLabel('Tanggal sumber (tahun, tahun-bulan, atau tanggal)').fill('2025-11');
  await form.getByRole('button', { name: 'Simpan status' }).click();
  await expect(form.getByRole('status')).toContainText('Tersimpan');
  await expect(form.locator('.desk-programme-log li')).toHaveCount(2);
  await citizenSees(page, 'sejak gelombang 71', 'Pendaftaran belum dibuka lagi sejak gelombang 71');
});
