// Writes <dist>/sw.js from the sw.js template, and beside it precache-<VERSION>.json: the files
// the app needs offline (paths relative to index.html) with a hash of each; VERSION = a hash of
// that list. The worker fetches the list when it installs (sw.js is part of every first load).
// Run by scripts/build.sh after Trunk and before compression. Usage: node scripts/gen-sw.mjs dist
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';

const dist = process.argv[2] ?? 'dist';
const root = new URL('..', import.meta.url);
// Not needed offline: precompressed twins, the worker itself, the host-side embed snippet,
// icons (only the installer uses them), content sources the app never fetches (*.md, and
// sources/reasons/glossary.json, which build.rs compiles into the bundles), the static
// host's _headers file, the officers' desk (petugas/) and the call centres' page (telepon/): personal
// data, never cached on a device; the sitemap, and the problem pages (masalah/<id>/: offline, the worker
// answers them with the cached masalah/index.html, whose bundle draws the same step from the cached content).
const SKIP = /(\.br|\.gz|^sw\.js|^precache-[0-9a-f]+\.json|^embed\.js|^_headers|^icons\/.*|^petugas\/.*|^telepon\/.*|^masalah\/[a-z0-9-]+\/(en\/)?index\.html|^content\/(sources|reasons|glossary)\.json|\.md|\.txt|\.xml|\.map)$/;

function walk(dir, out = []) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(relative(dist, p).split('\\').join('/'));
  }
  return out;
}

const files = walk(dist).filter((f) => !SKIP.test(f) && !f.startsWith('.'));
if (!files.includes('index.html')) throw new Error(`gen-sw: ${dist}/index.html missing`);
const sha = (buf) => createHash('sha256').update(buf).digest('hex');
const hashes = Object.fromEntries(files.map((f) => [f, sha(readFileSync(join(dist, f))).slice(0, 8)]));
const version = sha(JSON.stringify(hashes)).slice(0, 12);

const template = readFileSync(new URL('sw.js', root), 'utf8');
const out = template
  .replace(/^const VERSION = .*$/m, `const VERSION = '${version}';`)
  .replace(/^const LIST_FILE = .*$/m, `const LIST_FILE = 'precache-${version}.json';`);
if (!out.includes(`'precache-${version}.json'`) || !hashes['index.html']) throw new Error('gen-sw: template markers not found');
writeFileSync(join(dist, `precache-${version}.json`), JSON.stringify(hashes));
// Every visit fetches sw.js (it is part of the start screen's first load): minified with terser,
// as the wasm-bindgen glue is (tools/minify-glue.mjs); the template is the readable copy.
const terser = createRequire(new URL('../tools/package.json', import.meta.url)).resolve('terser');
const { minify } = await import(pathToFileURL(terser).href);
const small = (await minify(out, { compress: true, mangle: true })).code;
if (!small || !small.includes(version)) throw new Error('gen-sw: minify failed');
writeFileSync(join(dist, 'sw.js'), small + '\n');
console.error(`gen-sw: ${dist}/sw.js version ${version}, ${files.length} files precached`);
