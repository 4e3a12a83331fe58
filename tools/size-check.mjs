// The size gate of `make test`: the start screen's first load (every file the browser fetches
// for `/`, brotli) must stay within 64 KiB, each problem page's HTML within 20 KB, the booking page's first load within 128 KiB, and the flow and booking bundles' wasm within 5 %
// of the ceilings in tools/size-ceilings.json (the officers' desk, petugas/, and the call centres' page, telepon/, too). Prints `name: value` lines; exits 1 on a breach.
// Usage: node tools/size-check.mjs dist
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const ceilings = JSON.parse(readFileSync(new URL('./size-ceilings.json', import.meta.url)));
const br = (p) => (existsSync(p + '.br') ? statSync(p + '.br').size : statSync(p).size);
const files = (dir, re) => readdirSync(dir).filter((n) => re.test(n)).map((n) => join(dir, n));

// What `/` loads: the page, its scripts, glue and wasm, the service worker, the manifest, settings.
const first = [
  join(dist, 'index.html'),
  ...files(dist, /^pendamping-[^/]*\.js$/),
  ...files(dist, /^pendamping-[^/]*_bg\.wasm$/),
  // the page's own scripts, moved out of the HTML by tools/csp.mjs
  ...files(dist, /^(boot|pre)-[0-9a-f]{16}\.js$/),
  join(dist, 'sw.js'),
  join(dist, 'manifest.webmanifest'),
  join(dist, 'settings.json'),
  // Chrome fetches the manifest's 192 px icon with the first load (installability check)
  join(dist, 'icons/icon-192.png'),
].filter(existsSync);
const figures = {
  start_first_load_brotli_bytes: first.reduce((s, p) => s + br(p), 0),
  flow_wasm_brotli_bytes: files(join(dist, 'masalah'), /_bg\.wasm$/).reduce((s, p) => s + br(p), 0),
  booking_wasm_brotli_bytes: files(join(dist, 'jadwal'), /_bg\.wasm$/).reduce((s, p) => s + br(p), 0),
  desk_wasm_brotli_bytes: existsSync(join(dist, 'petugas')) ? files(join(dist, 'petugas'), /_bg\.wasm$/).reduce((s, p) => s + br(p), 0) : 0,
  call_wasm_brotli_bytes: existsSync(join(dist, 'telepon')) ? files(join(dist, 'telepon'), /_bg\.wasm$/).reduce((s, p) => s + br(p), 0) : 0,
};
// Each problem page (masalah/<id>/, masalah/<id>/en/): its HTML alone, which holds the first step.
const PROBLEM_PAGE_MAX = 20_000;
const problemPages = existsSync(join(dist, 'masalah'))
  ? readdirSync(join(dist, 'masalah'), { withFileTypes: true }).filter((d) => d.isDirectory())
    .flatMap((d) => [join(dist, 'masalah', d.name, 'index.html'), join(dist, 'masalah', d.name, 'en', 'index.html')])
    .filter(existsSync)
  : [];
figures.problem_pages = problemPages.length;
figures.problem_page_max_brotli_bytes = problemPages.reduce((m, p) => Math.max(m, br(p)), 0);
// What the booking page (jadwal/) fetches before the person starts: the page (its first question
// is in the HTML) and every file its HTML asks for (style sheets, preloads, scripts). The bundle's
// wasm is fetched when the person starts answering (src/ui/shell/booking_page.rs), so it counts
// here only if the page asks for it up front. Budget 128 KiB (issue 20).
const BOOKING_FIRST_LOAD_MAX = 128 * 1024;
const bookingPage = join(dist, 'jadwal', 'index.html');
if (existsSync(bookingPage)) {
  const html = readFileSync(bookingPage, 'utf8');
  const asked = [...html.matchAll(/<(?:link\b[^>]*\brel="(?:stylesheet|modulepreload|preload)"[^>]*\bhref|script\b[^>]*\bsrc)="([^"]+)"/g)]
    .map((m) => join(dist, 'jadwal', m[1].split('/').pop()));
  const missing = asked.filter((p) => !existsSync(p));
  if (missing.length) {
    console.error(`size: jadwal/index.html asks for files that are not in ${dist}/jadwal: ${missing.join(', ')}`);
    process.exit(1);
  }
  figures.booking_first_load_brotli_bytes = [bookingPage, ...asked].reduce((s, p) => s + br(p), 0);
  if (figures.booking_first_load_brotli_bytes > BOOKING_FIRST_LOAD_MAX) {
    console.error(`size: the booking page's first load is ${figures.booking_first_load_brotli_bytes} B, over ${BOOKING_FIRST_LOAD_MAX} B`);
    process.exitCode = 1;
  }
}
let failed = false;
for (const p of problemPages) {
  if (br(p) > PROBLEM_PAGE_MAX) {
    console.error(`size: ${p} is ${br(p)} B brotli, over the ${PROBLEM_PAGE_MAX} B of a problem page`);
    failed = true;
  }
}
for (const [name, value] of Object.entries(figures)) {
  const ceiling = ceilings[name];
  if (ceiling === undefined) { console.log(`${name}: ${value}`); continue; }
  const limit = name.startsWith('start_') ? ceiling : Math.floor(ceiling * 1.05);
  console.log(`${name}: ${value}`);
  if (value > limit) {
    console.error(`size: ${name} is ${value} B, over its limit of ${limit} B`);
    failed = true;
  }
}
process.exit(failed || process.exitCode ? 1 : 0);
