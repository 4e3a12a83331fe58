// A small static server for dist/, the way a production static host would serve it:
// pre-compressed `.br` / `.gz` files when the browser accepts them, correct types (wasm
// streaming needs application/wasm), long caching for hashed files, `no-cache` for the rest,
// an optional sub-path prefix, index.html for extension-less paths (deep links), and the
// Content-Security-Policy of dist/_headers with frame-ancestors from settings.json.
// No dependencies. Binds 127.0.0.1 only.
//
//   node bench/serve.mjs --root dist --port 8770 [--prefix /layanan/prakerja/] [--no-compress]
//   import { serve } from './serve.mjs'; const s = await serve({ root, port: 0 }); s.url; await s.close();
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
};
// Trunk names build outputs `<name>-<hash: up to 16 hex>` (`pendamping-0123456789abcdef_bg.wasm`).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;

const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/;

/**
 * The Content-Security-Policy header, as the PocketBase static hook builds it: the page policy
 * tools/csp.mjs wrote into <root>/_headers (without its frame-ancestors), then
 * `frame-ancestors 'self' <embed_origins>` from settings.json (or its override), read per request.
 */
const pagePolicies = new Map(); // root -> the policy of its _headers (read once per folder)
async function contentSecurityPolicy(root, overrides) {
  if (!pagePolicies.has(root)) {
    let policy = '';
    try {
      const m = /^[ \t]+Content-Security-Policy:[ \t]*(.+)$/m.exec(await readFile(join(root, '_headers'), 'utf8'));
      if (m) policy = m[1].split(';').map((d) => d.trim()).filter((d) => d && !/^frame-ancestors\b/i.test(d)).join('; ');
    } catch { /* a folder without _headers: framing only */ }
    pagePolicies.set(root, policy);
  }
  const page = pagePolicies.get(root);
  const frames = ["'self'"];
  try {
    const text = Object.hasOwn(overrides, 'settings.json') ? overrides['settings.json'] : await readFile(join(root, 'settings.json'), 'utf8');
    for (const o of JSON.parse(text)?.embed_origins ?? []) {
      if (typeof o === 'string' && ORIGIN.test(o) && !frames.includes(o)) frames.push(o);
    }
  } catch { /* no or broken settings: same origin only */ }
  return (page ? page + '; ' : '') + 'frame-ancestors ' + frames.join(' ');
}

async function file(p) {
  try {
    const s = await stat(p);
    return s.isFile() ? p : null;
  } catch {
    return null;
  }
}

/**
 * Start serving. Options: root (folder), port (0 = any free port), prefix ('/' or '/a/b/'),
 * compress (default true), spaFallback (default true), log (function called per request),
 * headers (extra headers for every response), overrides ({ 'settings.json': '...text...' } serves
 * that text instead of the file; a null value answers 404, as if the file were missing),
 * csp (default true: send the Content-Security-Policy of <root>/_headers with frame-ancestors from
 * settings.json's embed_origins, as the PocketBase static hook does; false: a host that sends none),
 * redirectIndex (default false: true answers `<folder>/index.html` with a 301 to `<folder>/`, as
 * hosts with "pretty URLs" do; the service worker must cope with that).
 */
export async function serve({ root, port = 0, prefix = '/', compress = true, spaFallback = true, log, headers = {}, overrides = {}, csp = true, redirectIndex = false }) {
  root = resolve(root);
  if (!prefix.endsWith('/')) prefix += '/';
  const handle = async (req, res) => {
    let url, path;
    try {
      url = new URL(req.url, 'http://x');
      path = decodeURIComponent(url.pathname);
    } catch {
      // a malformed `%` escape: the client's fault, and never a reason to stop serving
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      return res.end('bad request');
    }
    if (path.includes('\0')) {
      res.writeHead(400, { 'Content-Type': 'text/plain' });
      return res.end('bad request');
    }
    log?.(req.method, path);
    if (csp) res.setHeader('Content-Security-Policy', await contentSecurityPolicy(root, overrides));
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin');
    for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
    if (prefix !== '/' && path + '/' === prefix) {
      res.writeHead(301, { Location: prefix + url.search });
      return res.end();
    }
    if (!path.startsWith(prefix)) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    if (redirectIndex && path.startsWith(prefix) && /(^|\/)index\.html$/.test(path)) {
      res.writeHead(301, { Location: path.slice(0, -'index.html'.length) + url.search });
      return res.end();
    }
    const rel = normalize(path.slice(prefix.length) || 'index.html');
    if (rel.startsWith('..')) {
      res.writeHead(400);
      return res.end();
    }
    if (Object.hasOwn(overrides, rel)) {
      const text = overrides[rel];
      if (text === null) {
        res.writeHead(404, { 'Content-Type': 'text/plain' });
        return res.end('not found');
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(rel)] ?? 'text/plain', 'Cache-Control': 'no-cache' });
      return res.end(text);
    }
    let target = await file(join(root, rel));
    if (!target && rel.endsWith('/')) target = await file(join(root, rel, 'index.html'));
    if (!target && spaFallback && !extname(rel)) target = join(root, 'index.html');
    if (!target) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return res.end('not found');
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const accept = String(req.headers['accept-encoding'] ?? '');
    let body = null;
    let encoding = null;
    if (compress) {
      for (const [enc, ext] of [['br', '.br'], ['gzip', '.gz']]) {
        if (!accept.includes(enc)) continue;
        const c = await file(target + ext);
        if (c) {
          body = await readFile(c);
          encoding = enc;
          break;
        }
      }
    }
    body ??= await readFile(target);
    const h = {
      'Content-Type': type,
      'Content-Length': body.length,
      'Cache-Control': HASHED.test(target) ? 'public, max-age=31536000, immutable' : 'no-cache',
      Vary: 'Accept-Encoding',
      'X-Content-Type-Options': 'nosniff',
    };
    if (encoding) h['Content-Encoding'] = encoding;
    res.writeHead(200, h);
    res.end(req.method === 'HEAD' ? undefined : body);
  };
  // whatever goes wrong with one request, the server keeps serving the others
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end();
    });
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', ok);
  });
  const actual = server.address().port;
  return {
    port: actual,
    origin: `http://127.0.0.1:${actual}`,
    url: `http://127.0.0.1:${actual}${prefix}`,
    /** Serve another folder from now on (a new release on the same origin). */
    setRoot: (r) => { root = resolve(r); },
    close: () => new Promise((ok) => { server.closeAllConnections?.(); server.close(() => ok()); }),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const arg = (name, dflt) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : dflt;
  };
  serve({
    root: arg('--root', 'dist'),
    port: Number(arg('--port', 8770)),
    prefix: arg('--prefix', '/'),
    compress: !process.argv.includes('--no-compress'),
  }).then((s) => console.error(`serving ${arg('--root', 'dist')} at ${s.url}`));
}
