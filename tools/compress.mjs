// Write .br and .gz copies next to every text/wasm file in a folder, for static hosts and
// servers that serve pre-compressed files. Usage: node tools/compress.mjs dist
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const EXT = /\.(html|js|mjs|css|wasm|json|tsv|svg|webmanifest|txt|ics)$/;
function walk(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { walk(p); continue; }
    if (!EXT.test(name)) continue;
    const buf = readFileSync(p);
    writeFileSync(p + '.br', brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }));
    writeFileSync(p + '.gz', gzipSync(buf, { level: 9 }));
  }
}
walk(process.argv[2] ?? 'dist');
