// The Content-Security-Policy of dist/: no inline script anywhere, WebAssembly allowed
// ('wasm-unsafe-eval'), nothing else from anywhere but this site (and the booking store's origin
// from settings.json, when it has its own).
//
// For each page (dist/index.html, masalah/ and its problem pages, jadwal/, petugas/ (the desk),
// telepon/ (the call centres) and 404.html):
//   - every inline <script> (Trunk's module loader, the pre-paint classes) stays inline and is
//     allowed by its sha256 hash: no extra request before the first paint, and an injected
//     script (another hash) is still refused;
//   - inline <style> blocks stay (the start screen's CSS is inlined on purpose: no extra
//     request before the first paint) and are allowed by their sha256 hash;
//   - a <meta http-equiv="Content-Security-Policy"> goes first in <head>.
// Then dist/_headers (Netlify, Cloudflare Pages) carries the same policy plus `frame-ancestors`
// (which a meta tag cannot carry) from settings.json's embed_origins. The PocketBase static hook
// and bench/serve.mjs read the policy from _headers and add frame-ancestors themselves.
//
// Run by scripts/build.sh after prerender and minify-glue, before gen-sw. Idempotent: run it again
// after changing settings.json's booking_api to another origin or embed_origins.
//   node tools/csp.mjs dist
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/;
// The problem pages (masalah/<id>/ and masalah/<id>/en/, written by `prerender --problems`).
const problemPages = existsSync(join(dist, 'masalah'))
  ? readdirSync(join(dist, 'masalah'), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => [`masalah/${d.name}/index.html`, `masalah/${d.name}/en/index.html`])
  : [];
const PAGES = ['index.html', '404.html', 'masalah/index.html', ...problemPages, 'jadwal/index.html', 'petugas/index.html', 'telepon/index.html'].filter((p) => existsSync(join(dist, p)));
if (!PAGES.includes('index.html')) throw new Error(`csp: ${dist}/index.html missing`);


const b64 = (text) => createHash('sha256').update(text).digest('base64');

let settings = {};
try {
  settings = JSON.parse(readFileSync(join(dist, 'settings.json'), 'utf8'));
} catch {
  /* no settings: same origin only */
}
const connect = ["'self'"];
if (typeof settings.booking_api === 'string' && settings.booking_api) {
  const origin = new URL(settings.booking_api).origin;
  if (!ORIGIN.test(origin)) throw new Error(`csp: booking_api ${settings.booking_api} has no http(s) origin`);
  connect.push(origin);
}
const frames = ["'self'"];
for (const o of Array.isArray(settings.embed_origins) ? settings.embed_origins : []) {
  if (typeof o === 'string' && ORIGIN.test(o) && !frames.includes(o)) frames.push(o);
}

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;
const META = /<meta http-equiv="Content-Security-Policy"[^>]*>\s*/gi;
const pages = [];

for (const page of PAGES) {
  const html = readFileSync(join(dist, page), 'utf8').replace(META, '');
  // Inline scripts stay where they are (the pre-paint classes must be set before the first
  // paint, and a file would cost a request on a slow line): each is allowed by its sha256.
  const scripts = new Set();
  for (const m of html.matchAll(SCRIPT)) {
    const [, attrs, body] = m;
    if (/\bsrc\s*=/.test(attrs)) continue;
    if (/type\s*=/.test(attrs) && !/type\s*=\s*["']?(module|text\/javascript|application\/javascript)/.test(attrs)) {
      throw new Error(`csp: ${page} has an inline script of another type: ${attrs}`);
    }
    scripts.add(`'sha256-${b64(body)}'`);
  }
  const styles = new Set();
  for (const m of html.matchAll(STYLE)) styles.add(`'sha256-${b64(m[1])}'`);
  if (/\son[a-z]+\s*=/i.test(html.replace(/<[^>]*\bcontent="[^"]*"[^>]*>/g, ''))) {
    throw new Error(`csp: ${page} has an inline event handler attribute`);
  }
  pages.push({ page, html, scripts, styles });
}

// The meta tag of a page names only that page's inline scripts and styles (fewer bytes before
// the first paint); the header (one for the whole site) names them all. A browser applies both.
const policyWith = (scripts, styles) => [
  "default-src 'none'",
  `script-src 'self' 'wasm-unsafe-eval' ${[...scripts].sort().join(' ')}`.trim(),
  `style-src 'self' ${[...styles].sort().join(' ')}`.trim(),
  "img-src 'self' data: blob:",
  `connect-src ${connect.join(' ')}`,
  "manifest-src 'self'",
  "worker-src 'self'",
  "form-action 'self'",
  // Trunk's <base href> names this site's own folder: allowed, any other origin is not.
  "base-uri 'self'",
  "object-src 'none'",
].join('; ');
// the site-wide header: every page's hashes
const union = (key) => new Set(pages.flatMap((p) => [...p[key]]));
const policy = policyWith(union('scripts'), union('styles'));

for (const { page, html, scripts, styles } of pages) {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyWith(scripts, styles)}">`;
  const out = html.replace(/(<meta charset="utf-8">)/i, `$1\n  ${meta}`);
  if (!out.includes(meta)) throw new Error(`csp: ${page} has no <meta charset="utf-8"> to put the policy after`);
  writeFileSync(join(dist, page), out);
}

const headers = `# Written by tools/csp.mjs (scripts/build.sh): Netlify / Cloudflare Pages headers for dist/.
/*
  Content-Security-Policy: ${policy}; frame-ancestors ${frames.join(' ')}
  X-Content-Type-Options: nosniff
  Referrer-Policy: strict-origin-when-cross-origin
`;
writeFileSync(join(dist, '_headers'), headers);
console.error(`csp: ${pages.length} pages, ${union('styles').size} inline style(s) by hash, connect-src ${connect.join(' ')}, frame-ancestors ${frames.join(' ')}`);
