// The wording defects of issue 17 as a citizen meets them: another problem named on a screen is
// a link to it, the step counter only moves forward, the call centre is offered only where a
// phone call can help (and says its name once), and a screen that says to use the complaint
// form links it. Every screen goes through `screen()` (axe + screenshot).
import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { T, h1, node, problem, screen, settled, switchLanguage, trails, walk, flowUrl, type Problem } from './helpers';

/** The shortest trail from the start to the node `id`. */
function trailTo(p: Problem, id: string): string {
  const all = trails(p).flatMap((t) => [...Array(t.length + 1).keys()].map((i) => t.slice(0, i)));
  const t = all.filter((t) => walk(p, t).at.id === id).sort((a, b) => a.length - b.length)[0];
  if (t === undefined) throw new Error(`${p.id}: no way to ${id}`);
  return t;
}

async function open(page: Page, p: Problem, trail: string) {
  await page.goto(`/masalah/#/${p.id}/${trail}`);
  await settled(page);
}

for (const width of [360, 320]) {
  test(`another problem named on a screen is a link to its first step (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 740 });
    const p = problem('otp-not-received');
    await open(page, p, trailTo(p, 'dead-number'));
    const target = problem('phone-number-change');
    const link = page.locator('.detail').getByRole('link', { name: target.title.id, exact: true });
    await expect(link).toBeVisible();
    await expect(page.locator('.detail')).not.toContainText('[[');
    await screen(page, 'mention-link');
    await link.click();
    await expect(page).toHaveURL(flowUrl(target.id));
    await expect(h1(page)).toHaveText(node(target, target.start).text.id);
    // back on the first problem's page, in English (the language button opens its English page)
    await page.goBack();
    await expect(page.locator('.detail').getByRole('link', { name: target.title.id, exact: true })).toBeVisible();
    await switchLanguage(page, 'en');
    await expect(page.locator('.detail').getByRole('link', { name: target.title.en, exact: true })).toBeVisible();
    await screen(page, 'mention-link');
  });
}

test('the step counter only moves forward, in both languages', async ({ page }) => {
  // the longest route where every fix fails: a step number and an "at most" on every screen
  const p = problem('ktp-photo-upload-failed');
  const trail = trails(p, 'n').sort((a, b) => b.length - a.length)[0];
  for (const lang of ['id', 'en'] as const) {
    let before: { step: number; left: number } | undefined;
    for (let i = 0; i < trail.length; i++) {
      await open(page, p, trail.slice(0, i));
      if (lang === 'en' && i === 0) await switchLanguage(page, 'en');
      const text = (await page.locator('.progress').textContent())!.trim();
      const m = lang === 'id'
        ? text.match(/^Langkah (\d+) · (?:paling banyak (\d+) langkah lagi|langkah terakhir)$/)
        : text.match(/^Step (\d+) · (?:at most (\d+) more|the last one)$/);
      expect(m, text).not.toBeNull();
      const now = { step: Number(m![1]), left: Number(m![2] ?? 0) };
      expect(text).toBe(T[lang].progress(now.step, now.left));
      if (before) {
        expect(now.step).toBe(before.step + 1);
        expect(now.left).toBeLessThan(before.left);
      }
      before = now;
    }
    await screen(page, 'progress-forward');
  }
});

test('the call centre is offered only where a phone call can help, naming itself once', async ({ page }) => {
  const face = problem('face-verification-failed');
  await open(page, face, trailTo(face, 'no-camera'));
  await expect(page.getByText(T.id.inPerson)).toBeVisible();
  await expect(page.locator('.call-centre')).toHaveCount(0);
  await screen(page, 'face-no-camera-no-call-centre');

  const p = problem('forgot-password');
  const beside = trails(p).find((t) => walk(p, t).at.outcome?.reason === 'needs-someone-beside');
  expect(beside).toBeDefined();
  await open(page, p, beside!);
  const cc = page.locator('.call-centre');
  await expect(cc).toBeVisible();
  const said = (await cc.textContent())!.toLowerCase();
  expect(said.split('call center').length - 1, said).toBe(1);
  await screen(page, 'beside-call-centre');
});

/** A node whose words in the shipped programme state (settings.json) name the complaint form. */
function namesTheForm(): [Problem, string] {
  const state = JSON.parse(readFileSync(join(__dirname, '../../settings.json'), 'utf8')).programme?.state ?? 'unknown';
  const dir = join(__dirname, '../../content/problems');
  for (const f of readdirSync(dir).sort()) {
    const raw = JSON.parse(readFileSync(join(dir, f), 'utf8'));
    for (const n of raw.nodes) {
      const shown = (n.variants ?? []).find((v: { state: string }) => v.state === state) ?? n;
      if ((shown.detail?.id ?? '').includes('[[complaint-form]]')) return [problem(raw.id), n.id];
    }
  }
  throw new Error('no node names the complaint form');
}

test('a screen that says to ask through the complaint form links it', async ({ page }) => {
  const [p, id] = namesTheForm();
  await open(page, p, trailTo(p, id));
  const link = page.locator('.detail').getByRole('link', { name: 'Formulir Pengaduan Prakerja' });
  await expect(link).toHaveAttribute('href', 'https://bantuan.prakerja.go.id');
  await screen(page, 'complaint-form-link');
});
