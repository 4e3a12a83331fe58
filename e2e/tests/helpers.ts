// Shared helpers: content read from content/problems/*.json (paths are computed from the
// flows, never guessed), interface texts as the user sees them, and the per-screen check
// (axe WCAG 2.2 AA + a screenshot) that every test runs on every screen it visits.
import { expect, type Page, type Locator } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

export type Lang = 'id' | 'en';
export type Text = { id: string; en: string };
export type Node = {
  id: string;
  kind: 'step' | 'question' | 'outcome';
  text: Text;
  yes?: string;
  no?: string;
  options?: { label: Text; next: string }[];
  outcome?: { kind: 'solved' | 'info' | 'channel' | 'in_person'; reason?: string; channel?: string };
  /** Words per programme state (settings.json `programme`), replacing text and detail. */
  variants?: { state: 'open' | 'closed' | 'unknown'; text: Text; detail?: Text }[];
};
export type Problem = { id: string; stage: string; title: Text; messages?: Text[]; start: string; nodes: Node[] };

const CONTENT = resolve(__dirname, '../../content/problems');

/** What a mention `[[id]]` reads as on screen: a problem's title or a channel's name (its link text). */
function mentionNames(): Map<string, Text> {
  const names = new Map<string, Text>();
  for (const f of readdirSync(CONTENT).filter((f) => f.endsWith('.json'))) {
    const p = JSON.parse(readFileSync(join(CONTENT, f), 'utf8'));
    names.set(p.id, p.title);
  }
  const channels = JSON.parse(readFileSync(join(CONTENT, '../channels.json'), 'utf8')).channels;
  for (const c of channels) names.set(c.id, c.name);
  return names;
}

/** Every text of a problem as the screen shows it: each `[[id]]` replaced by the linked name. */
function asShown(raw: string): Problem {
  const names = mentionNames();
  return JSON.parse(raw, (key, value) => {
    if (value && typeof value === 'object' && typeof value.id === 'string' && typeof value.en === 'string'
      && Object.keys(value).length === 2) {
      const one = (s: string, l: Lang) => s.replace(/\[\[([^\]]+)\]\]/g, (_, id) => names.get(id.trim())?.[l] ?? '');
      return { id: one(value.id, 'id'), en: one(value.en, 'en') };
    }
    return value;
  });
}

export function problem(id: string): Problem {
  return asShown(readFileSync(join(CONTENT, `${id}.json`), 'utf8'));
}
export function allProblems(): Problem[] {
  return readdirSync(CONTENT).filter((f) => f.endsWith('.json')).sort()
    .map((f) => asShown(readFileSync(join(CONTENT, f), 'utf8')));
}
export function node(p: Problem, id: string): Node {
  const n = p.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`${p.id}: no node ${id}`);
  return n;
}

/** One answered node on a path: the node, the trail character, and where it leads. */
export type Hop = { node: Node; answer: string; next: Node };

/** Follow a trail (y/n/0-9) from the start; returns the hops and the node reached. */
export function walk(p: Problem, trail: string): { hops: Hop[]; at: Node } {
  let at = node(p, p.start);
  const hops: Hop[] = [];
  for (const c of trail) {
    const nextId = c === 'y' ? at.yes : c === 'n' ? at.no : at.options?.[Number(c)]?.next;
    if (!nextId) throw new Error(`${p.id}: trail ${trail} does not fit at ${at.id}`);
    const next = node(p, nextId);
    hops.push({ node: at, answer: c, next });
    at = next;
  }
  return { hops, at };
}

/**
 * All trails from the start to an outcome, where steps may only be answered with the
 * characters in `stepAnswers` (e.g. "n": every fix fails).
 */
export function trails(p: Problem, stepAnswers = 'yn'): string[] {
  const out: string[] = [];
  const go = (n: Node, t: string, depth: number) => {
    if (depth > 40) return;
    if (n.kind === 'outcome') { out.push(t); return; }
    if (n.kind === 'step') {
      for (const c of stepAnswers) {
        const next = c === 'y' ? n.yes : n.no;
        if (next) go(node(p, next), t + c, depth + 1);
      }
    } else {
      (n.options ?? []).forEach((o, i) => go(node(p, o.next), t + i, depth + 1));
    }
  };
  go(node(p, p.start), '', 0);
  return out;
}

/** Interface texts, as in src/domain/strings_{id,en}.rs. */
export const T = {
  id: {
    startTitle: 'Apa kendalamu?',
    searchLabel: 'Tulis kendalamu',
    suggestions: 'Pilih yang paling cocok:',
    yes: 'Ya, berhasil',
    no: 'Belum berhasil',
    didItWork: 'Berhasil?',
    back: 'Kembali',
    yourAnswers: 'Jawabanmu',
    change: 'Ubah',
    startAgain: 'Mulai lagi',
    earlier: 'Jawabanmu tadi',
    notFound: 'Halaman tidak ditemukan',
    messagesLink: 'Ada pesan di layar? Pilih pesannya',
    messagesTitle: 'Pesan apa yang kamu lihat?',
    solved: 'Selesai, masalahmu teratasi',
    inPerson: 'Kamu bisa dibantu petugas',
    stepsTried: 'Yang sudah kamu coba',
    caseSummary: 'Ringkasan untuk petugas',
    notWorked: 'belum berhasil',
    otherLanguage: 'English',
    loading: 'Memuat…',
    stageVerification: 'Kode verifikasi dan foto wajah',
    progress: (n: number, left: number) => `Langkah ${n} · ${left ? `paling banyak ${left} langkah lagi` : 'langkah terakhir'}`,
  },
  en: {
    startTitle: 'What is the problem?',
    searchLabel: 'Describe your problem',
    suggestions: 'Pick the closest match:',
    yes: 'Yes, it worked',
    no: 'No, not yet',
    didItWork: 'Did it work?',
    back: 'Back',
    yourAnswers: 'Your answers',
    change: 'Change',
    startAgain: 'Start again',
    earlier: 'Your earlier answer',
    notFound: 'Page not found',
    messagesLink: 'A message on the screen? Pick the message',
    messagesTitle: 'Which message do you see?',
    solved: 'Done, your problem is solved',
    inPerson: 'An officer can help you',
    stepsTried: 'What you already tried',
    caseSummary: 'Summary for the officer',
    notWorked: 'did not work',
    otherLanguage: 'Bahasa Indonesia',
    loading: 'Loading…',
    stageVerification: 'Verification codes and face scan',
    progress: (n: number, left: number) => `Step ${n} · ${left ? `at most ${left} more` : 'the last one'}`,
  },
};

export const h1 = (page: Page) => page.getByRole('heading', { level: 1 });

/** Wait until the app has replaced the loading note and shows a screen heading. */
/** The service worker controls the page: everything it precaches is in the cache. */
export async function offlineReady(page: Page) {
  await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 45_000 });
}

export async function settled(page: Page) {
  await expect(page.locator('#boot')).toHaveCount(0);
  await expect(h1(page)).toBeVisible();
  await expect(page.getByText(/^(Memuat…|Loading…)$/)).toHaveCount(0);
}

/** Switch the interface language with the header button, as a user would. */
export async function switchLanguage(page: Page, to: Lang) {
  const current = await page.evaluate(() => document.documentElement.lang);
  if (current === to) return;
  // The visible label names the other language in that language.
  await page.getByRole('button', { name: to === 'en' ? /English/ : /Bahasa Indonesia/ }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', to);
}

/** The links of the suggestion list shown under the search box. */
export function suggestions(page: Page, lang: Lang = 'id'): Locator {
  return page.getByRole('heading', { name: T[lang].suggestions })
    .locator('xpath=following-sibling::ul[1]').getByRole('link');
}

/** The link for an answer on the current step or question screen. */
export function answerLink(page: Page, at: Node, c: string, lang: Lang = 'id'): Locator {
  if (at.kind === 'step') {
    const name = c === 'y' ? T[lang].yes : T[lang].no;
    return page.getByRole('link', { name: new RegExp(`^${name}`) });
  }
  const label = at.options![Number(c)].label[lang];
  return page.getByRole('link', { name: new RegExp(`^${escape(label)}`) });
}

export function escape(s: string) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const WCAG22AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SCREENS = resolve(__dirname, '../test-results/screens');
export const checked: string[] = [];

/**
 * Every screen a test visits goes through here: wait for it, run axe (WCAG 2.2 AA, zero
 * violations allowed) and save a screenshot of the viewport (test-results/screens/<name>.png).
 */
export async function screen(page: Page, name: string) {
  await settled(page);
  const lang = await page.evaluate(() => document.documentElement.lang);
  const width = page.viewportSize()?.width ?? 0;
  const file = `${name}-${lang}-${width}`;
  const result = await new AxeBuilder({ page }).withTags(WCAG22AA).analyze();
  const violations = result.violations.map((v) =>
    `${v.id} [${v.impact}] ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(violations, `axe WCAG 2.2 AA on ${file} (${page.url()})`).toEqual([]);
  mkdirSync(SCREENS, { recursive: true });
  await page.screenshot({ path: join(SCREENS, `${file}.png`) });
  checked.push(file);
}

/** Press Tab until `target` has focus (at most `max` presses). */
export async function tabTo(page: Page, target: Locator, max = 40) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/**
 * The address of a flow position: the problem's own page (`/masalah/<id>/`, English
 * `/masalah/<id>/en/`) with the trail in the fragment (`#/<trail>`), nothing after it.
 */
export function flowUrl(id: string, trail = ''): RegExp {
  const t = trail ? `#/${escape(trail)}` : '(#/?)?';
  return new RegExp(`/masalah/${escape(id)}/(en/)?${t}$`);
}

/** No response in the release's cache is a redirect (the browser refuses one for a navigation). */
export async function cachedRedirects(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const key of await caches.keys()) {
      const cache = await caches.open(key);
      for (const req of await cache.keys()) {
        const r = await cache.match(req);
        if (!r || r.redirected || r.type === 'opaqueredirect' || (r.status >= 300 && r.status < 400)) out.push(req.url);
      }
    }
    return out;
  });
}
