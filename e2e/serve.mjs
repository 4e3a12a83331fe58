// Static server for the built app (dist/), for the end-to-end tests.
//   node serve.mjs [dir] [port]       defaults: ../dist, $PORT or 8767
// Binds 127.0.0.1 only. Sends .wasm as application/wasm (needed for streaming compilation),
// serves the pre-compressed .br/.gz copies that scripts/build.sh writes when the browser
// accepts them, and answers every unknown path that is not a file request (no extension)
// with index.html, like the production host does for the single-page app.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const ROOT = resolve(process.argv[2] ?? new URL('../dist', import.meta.url).pathname);
const PORT = Number(process.argv[3] ?? process.env.PORT ?? 8767);

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

async function isFile(p) {
  try { return (await stat(p)).isFile(); } catch { return false; }
}

async function send(req, res, file, status = 200) {
  const type = TYPES[extname(file)] ?? 'application/octet-stream';
  const accept = String(req.headers['accept-encoding'] ?? '');
  let body = null;
  const headers = { 'Content-Type': type, 'Cache-Control': 'no-store', 'Vary': 'Accept-Encoding',
    'X-Content-Type-Options': 'nosniff' };
  for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accept.includes(enc) && await isFile(file + ext)) {
      body = await readFile(file + ext);
      headers['Content-Encoding'] = enc;
      break;
    }
  }
  body ??= await readFile(file);
  headers['Content-Length'] = body.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : body);
}

const server = createServer(async (req, res) => {
  try {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const url = new URL(req.url, 'http://localhost');
    let path;
    try { path = decodeURIComponent(url.pathname); } catch { res.writeHead(400).end(); return; }
    const file = normalize(join(ROOT, path));
    if (file !== ROOT && !file.startsWith(ROOT + sep)) { res.writeHead(403).end(); return; }
    if (await isFile(file)) return await send(req, res, file);
    if (await isFile(join(file, 'index.html'))) return await send(req, res, join(file, 'index.html'));
    // A route of the app (/masalah/…, /tahap/…): the app decides what to show.
    if (extname(path) === '') return await send(req, res, join(ROOT, 'index.html'));
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found\n');
  } catch (e) {
    res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' }).end(String(e));
  }
});

server.listen(PORT, '127.0.0.1', () => {
  console.log(`serving ${ROOT} on http://127.0.0.1:${PORT}/`);
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.close(() => process.exit(0)));
