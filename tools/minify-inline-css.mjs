// Minify the CSS inlined into the pages (`<style>` blocks: the start screen's whole style sheet is
// inlined into index.html so that it paints without a request): comments and layout whitespace go.
// Conservative on purpose: only whitespace next to `{ } ; , :` and runs of whitespace change, so
// selectors such as `main :focus` keep their meaning. Run by scripts/build.sh before tools/csp.mjs
// (which hashes the final text). Usage: node tools/minify-inline-css.mjs dist
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const squeeze = (css) => css
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}');

/** The CSS without comments and layout whitespace; quoted strings are left exactly as written. */
export function minifyCss(css) {
  return css
    .split(/("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')/)
    .map((part, i) => (i % 2 ? part : squeeze(part)))
    .join('')
    .trim();
}

const dist = process.argv[2] ?? 'dist';
for (const page of ['index.html', '404.html', 'masalah/index.html', 'jadwal/index.html', 'petugas/index.html', 'telepon/index.html']) {
  const file = join(dist, page);
  if (!existsSync(file)) continue;
  const html = readFileSync(file, 'utf8');
  const out = html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/gi, (_, open, css, close) => open + minifyCss(css) + close);
  if (out !== html) {
    writeFileSync(file, out);
    console.error(`[minify-css] ${file}: ${html.length} -> ${out.length} bytes`);
  }
}
