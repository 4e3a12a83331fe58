// Every flow node whose words depend on the programme's state (issue 17, item 2), walked under
// each state of settings.json's `programme` on the same build: the screen says the node's words for
// that state (its variant, or its own words when it has none for it), never another state's.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allProblems, h1, type Node, type Problem } from './helpers';
import { DIST, serve } from './servers';

const SHIPPED = JSON.parse(readFileSync(join(DIST, 'settings.json'), 'utf8'));
const SOURCE = { url: 'https://www.prakerja.go.id/artikel/gelombang-72', publisher: 'prakerja.go.id', published: '2027-01-06' };
const RECORDS: Record<'open' | 'closed' | 'unknown', object> = {
  open: { state: 'open', wave: 72, closes: '2027-01-20', source: SOURCE, checked: '2027-01-07',
    line: { id: 'Gelombang 72 dibuka sampai 20 Jan 2027 · dicek 7 Jan 2027', en: 'Wave 72 is open until 20 Jan 2027 · checked 7 Jan 2027' } },
  closed: SHIPPED.programme,
  unknown: { state: 'unknown', line: { id: 'Status pendaftaran belum pasti', en: 'Registration status is not certain' } },
};

/** The shortest trail (y/n/digits) from the start to `target`, or null. */
function trailTo(p: Problem, target: string): string | null {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const queue: [string, string][] = [[p.start, '']];
  const seen = new Set([p.start]);
  while (queue.length) {
    const [id, trail] = queue.shift()!;
    if (id === target) return trail;
    const n = byId.get(id)!;
    const next: [string, string][] = n.kind === 'step'
      ? [['y', n.yes!], ['n', n.no!]]
      : (n.options ?? []).map((o, i) => [String(i), o.next]);
    for (const [c, to] of next) {
      if (to && !seen.has(to)) { seen.add(to); queue.push([to, trail + c]); }
    }
  }
  return null;
}

const NODES: { p: Problem; n: Node; trail: string }[] = allProblems().flatMap((p) =>
  p.nodes.filter((n) => (n.variants ?? []).length > 0).map((n) => ({ p, n, trail: trailTo(p, n.id)! })));

async function reads(page: Page, base: string, p: Problem, n: Node, trail: string, state: string) {
  await page.goto(`${base}masalah/${p.id}/${trail ? `#/${trail}` : ''}`);
  const words = (n.variants ?? []).find((v) => v.state === state)?.text ?? n.text;
  await expect(h1(page), `${p.id}/${n.id} (${state})`).toHaveText(words.id);
  for (const other of n.variants ?? []) {
    if (other.state !== state && other.text.id !== words.id) {
      await expect(h1(page), `${p.id}/${n.id}: ${other.state}'s words shown in ${state}`).not.toHaveText(other.text.id);
    }
  }
}

test('there are state-dependent nodes to walk, and each is reachable', () => {
  expect(NODES.length).toBeGreaterThanOrEqual(8);
  for (const { p, n, trail } of NODES) expect(trail, `${p.id}/${n.id}`).not.toBeNull();
});

for (const state of ['closed', 'open', 'unknown'] as const) {
  test(`every state-dependent node says the words of "${state}"`, async ({ page }) => {
    test.setTimeout(300_000);
    const settings = { ...SHIPPED, programme: RECORDS[state] };
    const server = await serve({ root: DIST, overrides: { 'settings.json': JSON.stringify(settings) } });
    try {
      for (const { p, n, trail } of NODES) await reads(page, server.url, p, n, trail, state);
    } finally {
      await server.close();
    }
  });
}
