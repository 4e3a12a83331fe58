// The troubleshooter as a citizen uses it (issue 2, "Done means"). Every screen visited is
// checked with axe and photographed by `screen()`.
import { test, expect, type Page } from '@playwright/test';
import {
  T, answerLink, allProblems, h1, node, problem, screen, settled, suggestions, tabTo, trails, walk,
  escape, flowUrl, type Problem,
} from './helpers';

/** The shortest path where every fix tried works, ending on a solved outcome. */
function solvedTrail(p: Problem): string {
  const t = trails(p, 'y').filter((t) => walk(p, t).at.outcome?.kind === 'solved')
    .sort((a, b) => a.length - b.length)[0];
  if (t === undefined) throw new Error(`${p.id}: no solved path`);
  return t;
}

/** The path where every fix fails and the most fixes are tried, ending with in-person help. */
function inPersonTrail(p: Problem): string {
  const steps = (t: string) => walk(p, t).hops.filter((h) => h.node.kind === 'step').length;
  const t = trails(p, 'n').filter((t) => walk(p, t).at.outcome?.kind === 'in_person')
    .sort((a, b) => steps(b) - steps(a))[0];
  if (t === undefined) throw new Error(`${p.id}: no in-person path`);
  return t;
}

/** Answer along `trail` from the screen of `from` by tapping the answer links. */
async function answerAlong(page: Page, p: Problem, trail: string, name: string, from = '') {
  for (const hop of walk(p, from + trail).hops.slice(from.length)) {
    await expect(h1(page)).toHaveText(hop.node.text.id);
    await answerLink(page, hop.node, hop.answer).click();
    await expect(h1(page)).toHaveText(hop.next.text.id);
    await screen(page, `${name}-${hop.next.id}`);
  }
}

test('a typed complaint finds the OTP flow, and a first fix that works ends solved', async ({ page }) => {
  const p = problem('otp-not-received');
  await page.goto('/');
  await screen(page, 'start');
  await expect(h1(page)).toHaveText(T.id.startTitle);

  await page.getByRole('searchbox', { name: T.id.searchLabel }).fill('kode otp gak masuk2');
  await expect(suggestions(page).first()).toBeVisible();
  await screen(page, 'start-suggestions');
  const first = suggestions(page).first();
  await expect(first).toContainText(p.title.id);
  await first.click();

  await expect(page).toHaveURL(flowUrl(p.id));
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  await screen(page, 'otp-start');

  const trail = solvedTrail(p);
  // The path has exactly one fix (the first step reached) and it is answered "Ya, berhasil".
  expect(walk(p, trail).hops.filter((h) => h.node.kind === 'step').map((h) => h.answer)).toEqual(['y']);
  await answerAlong(page, p, trail, 'otp');
  await expect(page).toHaveURL(flowUrl(p.id, trail));
  await expect(page.getByText(T.id.solved)).toBeVisible();
});

test('when every fix fails, in-person help shows what was tried for the officer', async ({ page }) => {
  const p = problem('ktp-photo-upload-failed');
  const trail = inPersonTrail(p);
  const { hops, at } = walk(p, trail);
  const steps = hops.filter((h) => h.node.kind === 'step');
  expect(steps.length).toBeGreaterThanOrEqual(3);
  expect(steps.every((h) => h.answer === 'n')).toBe(true);

  await page.goto(`/masalah/${p.id}`);
  await screen(page, 'ktp-start');
  await expect(page.getByText(/^Langkah 1 · paling banyak \d+ langkah lagi$/)).toBeVisible();
  await answerAlong(page, p, trail, 'ktp');

  await expect(h1(page)).toHaveText(at.text.id);
  await expect(page.getByText(T.id.inPerson)).toBeVisible();
  // "Yang sudah kamu coba": every fix, in order, each marked as not working.
  const tried = page.getByRole('heading', { name: T.id.stepsTried })
    .locator('xpath=following-sibling::ol[1]').getByRole('listitem');
  await expect(tried).toHaveCount(steps.length);
  for (const [i, h] of steps.entries()) {
    await expect(tried.nth(i)).toContainText(h.node.text.id);
    await expect(tried.nth(i)).toContainText(T.id.notWorked);
  }
  // "Ringkasan untuk petugas": the problem's title (never its id), the answers to the questions
  // apart from the fixes tried, and the result, in Indonesian.
  await page.getByText(T.id.caseSummary, { exact: true }).click();
  const summary = page.locator('pre').filter({ hasText: 'Masalah:' });
  await expect(summary).toBeVisible();
  const text = (await summary.textContent())!;
  expect(text).toContain(`Masalah: ${p.title.id}\n`);
  expect(text).not.toContain(p.id);
  const questions = hops.filter((h) => h.node.kind === 'question');
  for (const h of questions) expect(text).toContain(`- ${h.node.text.id} → ${h.node.options![Number(h.answer)].label.id}`);
  const fixesTried = text.split('Yang sudah dicoba:')[1];
  for (const [i, h] of steps.entries()) expect(fixesTried).toContain(`${i + 1}. ${h.node.text.id} → tidak berhasil`);
  for (const h of questions) expect(fixesTried).not.toContain(h.node.text.id);
  await expect(summary).toContainText(`Hasil: ${at.text.id}`);
  await screen(page, 'ktp-in-person-summary-open');
  // The booking link carries the case: problem and trail.
  const book = page.getByRole('link', { name: 'Ambil jadwal di titik layanan' });
  await expect(book).toBeVisible();
  const href = (await book.getAttribute('href')) ?? '';
  expect(href).toContain('/jadwal');
  expect(href).toContain(p.id);
  expect(href).toMatch(new RegExp(`[/=]${trail}(&|$)`));
});

test('a deep link to a step survives a reload', async ({ page }) => {
  const p = problem('ktp-photo-upload-failed');
  const trail = inPersonTrail(p).slice(0, 3);
  const { at, hops } = walk(p, trail);
  expect(at.kind).toBe('step');
  await page.goto(`/masalah/${p.id}/${trail}`);
  await expect(h1(page)).toHaveText(at.text.id);
  await expect(page.getByText(new RegExp(`^Langkah ${hops.length + 1} · `))).toBeVisible();
  await screen(page, 'deep-link');
  await page.reload();
  await settled(page);
  await expect(h1(page)).toHaveText(at.text.id);
  await expect(page).toHaveURL(flowUrl(p.id, trail));
});

test('browser back restores the earlier step and marks the earlier answer', async ({ page }) => {
  const p = problem('ktp-photo-upload-failed');
  const trail = inPersonTrail(p).slice(0, 1);
  const { at } = walk(p, trail);
  expect(at.kind).toBe('step');
  await page.goto(`/masalah/${p.id}/${trail}`);
  await expect(h1(page)).toHaveText(at.text.id);
  await page.getByRole('link', { name: new RegExp(`^${T.id.no}`) }).click();
  await expect(h1(page)).toHaveText(node(p, at.no!).text.id);
  await expect(page).toHaveURL(flowUrl(p.id, trail + 'n'));

  await page.goBack();
  await expect(h1(page)).toHaveText(at.text.id);
  await expect(page).toHaveURL(flowUrl(p.id, trail));
  const no = page.getByRole('link', { name: new RegExp(`^${T.id.no}`) });
  await expect(no).toContainText(T.id.earlier);
  await expect(page.getByRole('link', { name: new RegExp(`^${T.id.yes}`) })).not.toContainText(T.id.earlier);
  await screen(page, 'back-earlier-answer');

  await page.goForward();
  await expect(h1(page)).toHaveText(node(p, at.no!).text.id);
  // The in-app "Kembali" link does the same.
  await page.getByRole('link', { name: new RegExp(`${T.id.back}$`) }).click();
  await expect(h1(page)).toHaveText(at.text.id);
});

test('"Jawabanmu" lists the answers, Ubah goes back to one, Mulai lagi to the first step', async ({ page }) => {
  const p = problem('ktp-photo-upload-failed');
  const trail = inPersonTrail(p).slice(0, 3);
  const { hops, at } = walk(p, trail);
  await page.goto(`/masalah/${p.id}/${trail}`);
  await expect(h1(page)).toHaveText(at.text.id);

  await page.locator('summary').filter({ hasText: T.id.yourAnswers }).click();
  await expect(page.getByRole('link', { name: new RegExp(`^${T.id.change}`) })).toHaveCount(hops.length);
  for (const h of hops) await expect(page.getByText(h.node.text.id, { exact: true })).toBeVisible();
  await screen(page, 'answers-open');

  // Change the second answer: back on that node, with the answers before it kept.
  await page.getByRole('link', { name: new RegExp(`^${T.id.change}\\s*:\\s*${escape(hops[1].node.text.id)}$`) }).click();
  await expect(h1(page)).toHaveText(hops[1].node.text.id);
  await expect(page).toHaveURL(flowUrl(p.id, trail.slice(0, 1)));
  await screen(page, 'after-change');

  await page.getByRole('link', { name: T.id.startAgain }).first().click();
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  await expect(page).toHaveURL(flowUrl(p.id));
});

test('browse by stage reaches a flow', async ({ page }) => {
  const p = problem('face-verification-failed');
  await page.goto('/');
  await settled(page);
  await page.getByRole('link', { name: T.id.stageVerification }).click();
  await expect(page).toHaveURL(/\/masalah\/#\/tahap\/verification$/);
  await expect(h1(page)).toHaveText(T.id.stageVerification);
  for (const q of allProblems().filter((q) => q.stage === 'verification')) {
    await expect(page.getByRole('link', { name: new RegExp(`^${escape(q.title.id)}`) })).toBeVisible();
  }
  await screen(page, 'stage');
  await page.getByRole('link', { name: new RegExp(`^${escape(p.title.id)}`) }).click();
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  await expect(page).toHaveURL(flowUrl(p.id));
});

test('picking the message on screen reaches a flow', async ({ page }) => {
  const p = allProblems().find((q) => (q.messages ?? []).length > 0)!;
  const message = p.messages![0].id;
  await page.goto('/');
  await settled(page);
  await page.getByRole('link', { name: T.id.messagesLink }).click();
  await expect(page).toHaveURL(/\/masalah\/#\/pilih-pesan$/);
  await expect(h1(page)).toHaveText(T.id.messagesTitle);
  await screen(page, 'messages');
  await page.getByRole('link', { name: new RegExp(`^${escape(message)}`) }).first().click();
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);
  await expect(page).toHaveURL(flowUrl(p.id));
});

test('an unknown address shows the not-found screen with a way home', async ({ page }) => {
  for (const path of ['/masalah/tidak-ada-masalah-ini', '/tahap/bukan-tahap', '/halaman-acak']) {
    await page.goto(path);
    await expect(h1(page)).toHaveText(T.id.notFound);
  }
  await screen(page, 'not-found');
  await page.getByRole('link', { name: 'Ke halaman utama' }).click();
  await expect(h1(page)).toHaveText(T.id.startTitle);
});

test('keyboard only: search, pick a suggestion, answer the steps', async ({ page }) => {
  await page.goto('/');
  await settled(page);
  const box = page.getByRole('searchbox', { name: T.id.searchLabel });
  await tabTo(page, box);
  await page.keyboard.type('kode otp tidak masuk');
  const first = suggestions(page).first();
  await expect(first).toBeVisible();
  const id = (await first.getAttribute('href'))!.split('/masalah/')[1].replace(/^#\//, '').split('/')[0];
  const p = problem(id);
  await tabTo(page, first);
  await page.keyboard.press('Enter');
  await expect(h1(page)).toHaveText(node(p, p.start).text.id);

  const trail = solvedTrail(p);
  for (const hop of walk(p, trail).hops) {
    await expect(h1(page)).toHaveText(hop.node.text.id);
    // Focus moves to the new heading after a navigation; give it the frame it needs.
    await expect(h1(page)).toBeFocused({ timeout: 2_000 }).catch(() => {});
    const link = answerLink(page, hop.node, hop.answer);
    await tabTo(page, link);
    await expect(link).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(h1(page)).toHaveText(hop.next.text.id);
  }
  await expect(page.getByText(T.id.solved)).toBeVisible();
  await screen(page, 'keyboard-solved');
});
