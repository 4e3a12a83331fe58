// Minify the JavaScript glue that wasm-bindgen writes for each bundle (about 40 KB raw, 6.4 KB
// brotli for the start screen; minified about 4.8 KB), then put the new Subresource Integrity
// hash into the page that loads it. Trunk 0.21 does not minify the glue itself.
// Usage: node tools/minify-glue.mjs dist [dist/masalah dist/jadwal ...]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const sri = (buf) => `sha384-${createHash('sha384').update(buf).digest('base64')}`;

for (const dir of process.argv.slice(2)) {
  const page = join(dir, 'index.html');
  if (!existsSync(page)) throw new Error(`${page} is missing`);
  let html = readFileSync(page, 'utf8');
  // The glue is the .js file next to the page that has a matching _bg.wasm.
  const glue = readdirSync(dir).filter((f) => f.endsWith('.js') && existsSync(join(dir, f.replace(/\.js$/, '_bg.wasm'))));
  if (glue.length !== 1) throw new Error(`${dir}: expected one wasm-bindgen glue file, found ${glue.join(', ') || 'none'}`);
  const file = join(dir, glue[0]);
  const before = readFileSync(file);
  const { code } = await minify(before.toString('utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!code) throw new Error(`${file}: terser returned nothing`);
  const oldHash = sri(before);
  if (!html.includes(oldHash)) throw new Error(`${page} does not carry the integrity hash of ${glue[0]}`);
  writeFileSync(file, code);
  html = html.split(oldHash).join(sri(Buffer.from(code)));
  writeFileSync(page, html);
  console.error(`[minify] ${file}: ${before.length} -> ${code.length} bytes`);
}
