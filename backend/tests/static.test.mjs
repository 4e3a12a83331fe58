// The web app served by the same PocketBase process that `make run` starts (PUBLIC_DIR, hook route in
// pb_hooks/static_lib.js): pre-compressed files, types, caching, index.html without a redirect,
// framing for settings.json's embed_origins only, and no way out of the folder.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { api, startPrivatePb, superuser } from "./helpers.mjs";

let pb, dist, outside;
const WASM = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...Array(2000).fill(0x41)]);
const SECRET = "OUTSIDE-SECRET-" + Math.random().toString(36).slice(2);
const PAGE_POLICY = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-abc='; " +
  "connect-src 'self'; base-uri 'self'; object-src 'none'";

before(async () => {
  dist = mkdtempSync(join(tmpdir(), "pb-dist-"));
  mkdirSync(join(dist, "jadwal"));
  writeFileSync(join(dist, "index.html"), "<!doctype html><title>start</title>");
  writeFileSync(join(dist, "jadwal/index.html"), "<!doctype html><title>jadwal</title>");
  writeFileSync(join(dist, "x.wasm"), WASM);
  writeFileSync(join(dist, "x.wasm.br"), brotliCompressSync(WASM));
  writeFileSync(join(dist, "x.wasm.gz"), gzipSync(WASM));
  writeFileSync(join(dist, "app-0123456789abcdef_bg.wasm"), WASM);
  writeFileSync(join(dist, "settings.json"), JSON.stringify({
    booking_api: "", embed_origins: ["https://jatimprov.go.id", "https://portal.example.id:8443", "javascript:alert(1)", "https://x.test\r\nX-Evil: 1"],
  }));
  // tools/csp.mjs's output: the page policy, and a frame-ancestors the hook must replace with
  // the one from settings.json (the province may change embed_origins without a build)
  writeFileSync(join(dist, "_headers"), "# test\n/*\n  Content-Security-Policy: " + PAGE_POLICY +
    "; frame-ancestors 'self' https://stale.example\n  X-Content-Type-Options: nosniff\n");
  // a file next to the served folder that must never be reachable
  outside = join(dist, "..", `outside-${Date.now()}.txt`);
  writeFileSync(outside, SECRET);
  pb = await startPrivatePb({ env: { PUBLIC_DIR: dist } });
});

after(async () => {
  if (pb) await pb.stop();
  rmSync(dist, { recursive: true, force: true });
  rmSync(outside, { force: true });
});

// raw HTTP: fetch() would normalise `..` and encoded characters before sending
function raw(path, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port: pb.port, path, method: "GET", headers }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("x.wasm: brotli when accepted, gzip when only gzip is, identity otherwise; always application/wasm", async () => {
  const br = await raw("/x.wasm", { "Accept-Encoding": "gzip, deflate, br" });
  assert.equal(br.status, 200);
  assert.equal(br.headers["content-encoding"], "br");
  assert.equal(br.headers["content-type"], "application/wasm");
  assert.match(br.headers.vary, /Accept-Encoding/i);
  assert.deepEqual(br.body, brotliCompressSync(WASM));

  const gz = await raw("/x.wasm", { "Accept-Encoding": "gzip" });
  assert.equal(gz.headers["content-encoding"], "gzip");
  assert.equal(gz.headers["content-type"], "application/wasm");
  assert.match(gz.headers.vary, /Accept-Encoding/i);
  assert.deepEqual(gz.body, gzipSync(WASM));

  for (const ae of [undefined, "identity", "br;q=0, gzip;q=0", "deflate"]) {
    const id = await raw("/x.wasm", ae ? { "Accept-Encoding": ae } : {});
    assert.equal(id.headers["content-encoding"], undefined, `Accept-Encoding: ${ae}`);
    assert.equal(id.headers["content-type"], "application/wasm");
    assert.match(id.headers.vary, /Accept-Encoding/i);
    assert.deepEqual(id.body, WASM);
  }
  // q=0 for br falls back to gzip
  assert.equal((await raw("/x.wasm", { "Accept-Encoding": "br;q=0, gzip" })).headers["content-encoding"], "gzip");
});

test("caching: hashed build outputs a year, immutable; everything else no-cache", async () => {
  const h = await raw("/app-0123456789abcdef_bg.wasm");
  assert.equal(h.status, 200);
  assert.equal(h.headers["cache-control"], "public, max-age=31536000, immutable");
  assert.equal((await raw("/x.wasm")).headers["cache-control"], "no-cache");
  assert.equal((await raw("/")).headers["cache-control"], "no-cache");
  assert.equal((await raw("/settings.json")).headers["content-type"], "application/json; charset=utf-8");
});

test("index.html is answered with 200, never redirected (service worker offline cache)", async () => {
  for (const p of ["/index.html", "/", "/jadwal/", "/jadwal/index.html"]) {
    const r = await raw(p);
    assert.equal(r.status, 200, p);
    assert.equal(r.headers.location, undefined, p);
    assert.equal(r.headers["content-type"], "text/html; charset=utf-8", p);
  }
  assert.match((await raw("/jadwal/index.html")).body.toString(), /jadwal/);
  assert.match((await raw("/index.html")).body.toString(), /start/);
});

test("every answer carries dist/_headers' policy; framing by embed_origins only, no X-Frame-Options", async () => {
  for (const p of ["/", "/index.html", "/jadwal/", "/x.wasm", "/nothing-here.js"]) {
    const r = await raw(p);
    assert.equal(r.headers["content-security-policy"], PAGE_POLICY +
      "; frame-ancestors 'self' https://jatimprov.go.id https://portal.example.id:8443", p);
    assert.equal(r.headers["x-frame-options"], undefined, p);
    assert.equal(r.headers["referrer-policy"], "strict-origin-when-cross-origin", p);
  }
});

test("a missing file gets the 404 page; extension-less deep links reach the start page", async () => {
  const r = await raw("/nothing-here.js");
  assert.equal(r.status, 404);
  assert.match(r.headers["content-type"], /text\/html/);
  const deep = await raw("/tahap/lama");
  assert.equal(deep.status, 200);
  assert.match(deep.body.toString(), /start/);
  assert.equal((await raw("/.hidden")).status, 404);
});

test("no path leaves the folder: dot segments and NUL in any spelling get 400/404, never the file", async () => {
  const name = outside.split("/").pop();
  const paths = [
    `/../${name}`, `/jadwal/../../${name}`, `/%2e%2e/${name}`, `/%2E%2E/${name}`, `/.%2e/${name}`,
    `/jadwal/..%2f..%2f${name}`, `/..%5c${name}`, `/%252e%252e/${name}`, `/x.wasm%00.txt`, `/%00`,
    `/jadwal/%2e%2e%2f%2e%2e%2f${name}`, `//${name}`, "/../../../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
  ];
  for (const p of paths) {
    const r = await raw(p);
    const text = r.body.toString("latin1");
    assert.ok(!text.includes(SECRET) && !text.includes("root:x:0:0"), `${p} leaked a file outside`);
    if (r.status >= 300 && r.status < 400) {
      // Go's router cleans a literal `..` with a redirect inside the site; following it must not leak either
      const loc = r.headers.location;
      assert.ok(loc.startsWith("/") && !loc.startsWith("//"), `${p} -> ${loc}`);
      const next = await raw(loc);
      assert.ok(!next.body.toString("latin1").includes(SECRET), `${p} -> ${loc} leaked`);
      assert.ok(!next.body.toString("latin1").includes("root:x:0:0"), `${p} -> ${loc} leaked`);
      continue;
    }
    assert.ok([400, 404].includes(r.status), `${p} -> ${r.status}`);
  }
});

test("malformed percent-encoding gets 400, never 500", async () => {
  for (const p of ["/%", "/%zz", "/a%2", "/%E0%A4%A", "/%c0%ae%c0%ae/x", "/x.wasm%ff", "/api/availability/%"]) {
    const r = await raw(p);
    assert.ok([400, 404].includes(r.status), `${p} -> ${r.status}`);
    assert.notEqual(r.status, 500);
  }
  assert.equal((await raw("/%zz")).status, 400);
  assert.equal((await raw("/%")).status, 400);
});

test("settings.json carries the province's live notices after the file's own (no request of the start screen's own)", async () => {
  const plain = JSON.parse((await raw("/settings.json")).body.toString());
  assert.deepEqual(plain.notices ?? [], [], "no notice yet: the file as it is");
  const token = await superuser(pb.base, pb.email, pb.password);
  const day = (ms) => new Date(ms + 7 * 3600e3).toISOString().slice(0, 10); // WIB
  const mk = (text_id, text_en, ends_on) => api("POST", "/api/collections/notices/records",
    { token, base: pb.base, body: { text_id, text_en, ends_on } });
  assert.equal((await mk("Gelombang uji dibuka", "Test wave is open", day(Date.now() + 86400e3))).status, 200);
  assert.equal((await mk("Pengumuman yang sudah lewat", "A notice that has ended", day(Date.now() - 2 * 86400e3))).status, 200);
  const r = await raw("/settings.json", { "Accept-Encoding": "br, gzip" });
  assert.equal(r.status, 200);
  assert.match(r.headers["content-type"], /application\/json/);
  assert.equal(r.headers["cache-control"], "no-cache");
  assert.match(r.headers["content-security-policy"], /frame-ancestors/);
  const s = JSON.parse(r.body.toString());
  assert.deepEqual(s.notices, [{ id: "Gelombang uji dibuka", en: "Test wave is open" }], "only the active one, as {id, en}");
  assert.deepEqual(s.embed_origins, plain.embed_origins, "the rest of the file unchanged");
});

test("settings.json carries the programme's state the province recorded last, in place of the file's", async () => {
  const before = JSON.parse((await raw("/settings.json")).body.toString());
  assert.equal(before.programme, undefined, "nothing recorded: the file as it is");
  const token = await superuser(pb.base, pb.email, pb.password);
  const record = (state, extra, line) => api("POST", "/api/collections/programme_states/records", { token, base: pb.base,
    body: { record: { state, ...extra }, line_id: line, line_en: line + " (en)" } });
  assert.equal((await record("open", { wave: 72, closes: "2027-01-20" }, "Gelombang 72 dibuka")).status, 200);
  assert.equal((await record("closed", { last_wave: 72, since: "2027-01" }, "Belum dibuka lagi sejak 72")).status, 200);
  const s = JSON.parse((await raw("/settings.json")).body.toString());
  assert.deepEqual(s.programme, { state: "closed", last_wave: 72, since: "2027-01",
    line: { id: "Belum dibuka lagi sejak 72", en: "Belum dibuka lagi sejak 72 (en)" } }, "the newest, with its line");
  assert.deepEqual(s.embed_origins, before.embed_origins, "the rest of the file unchanged");
});

