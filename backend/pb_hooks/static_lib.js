/// <reference path="../pb_data/types.d.ts" />
// The web app (dist/) from the same process as the booking store, the way bench/serve.mjs and a
// production static host serve it (docs/static-hosting.md):
//   - the pre-compressed `.br` / `.gz` sibling when the browser accepts it (Content-Encoding, Vary),
//   - correct types (wasm streaming needs application/wasm),
//   - a year of immutable caching for hashed build outputs, `no-cache` for everything else,
//   - `index.html` for folders, served directly with 200 (never a redirect: the service worker
//     caches it, and a redirected response breaks offline navigation),
//   - index.html for extension-less paths that are not files (old deep links), a 404 page otherwise,
//   - the Content-Security-Policy of dist/_headers (tools/csp.mjs), with framing allowed for
//     settings.json's `embed_origins` (frame-ancestors), no X-Frame-Options,
//   - `settings.json` with the province's live notices (edited at the desk) after the file's own,
//     and the programme's state the province last recorded in place of the file's:
//     the start screen shows them with no request of its own and no rebuild.
// Enabled when the environment variable PUBLIC_DIR names the folder (scripts/backend.sh).
// Loaded with require() inside the handler (PocketBase runs every handler in an isolated scope).

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".wasm": "application/wasm",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".tsv": "text/tab-separated-values; charset=utf-8",
  ".ics": "text/calendar; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".woff2": "font/woff2",
  ".map": "application/json; charset=utf-8",
}
// Trunk names build outputs `<name>-<hash: up to 16 hex>` (`pendamping-0123456789abcdef_bg.wasm`).
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/
const ORIGIN = /^https?:\/\/[A-Za-z0-9.-]+(:[0-9]{1,5})?$/

function publicDir() {
  const d = $os.getenv("PUBLIC_DIR") || ""
  return d.replace(/\/+$/, "")
}

function ext(name) {
  const slash = name.lastIndexOf("/")
  const dot = name.lastIndexOf(".")
  return dot > slash ? name.slice(dot).toLowerCase() : ""
}

// null when missing; else {dir: bool}
function statOf(path) {
  try {
    const st = $os.stat(path)
    return { dir: st.isDir() }
  } catch (_) {
    return null
  }
}

// `frame-ancestors 'self' <embed_origins>` from <PUBLIC_DIR>/settings.json, read once per process.
function frameAncestors(app, dir) {
  return app.store().getOrSet("static:frame_ancestors", () => {
    const list = ["'self'"]
    try {
      const s = JSON.parse(toString($os.readFile(dir + "/settings.json")))
      for (const o of (s && Array.isArray(s.embed_origins) ? s.embed_origins : [])) {
        if (typeof o === "string" && ORIGIN.test(o) && list.indexOf(o) < 0) list.push(o)
      }
    } catch (_) { /* no or broken settings.json: same origin only */ }
    return "frame-ancestors " + list.join(" ")
  })
}

// The page policy tools/csp.mjs wrote into <PUBLIC_DIR>/_headers (script-src 'self'
// 'wasm-unsafe-eval', no inline script, ...), without its frame-ancestors, read once per
// process; "" when there is no _headers file (a dist/ not built by scripts/build.sh).
function pagePolicy(app, dir) {
  return app.store().getOrSet("static:page_policy", () => {
    try {
      const text = toString($os.readFile(dir + "/_headers"))
      const m = /^[ \t]+Content-Security-Policy:[ \t]*(.+)$/m.exec(text)
      if (!m) return ""
      return m[1].split(";").map((d) => d.trim()).filter((d) => d && !/^frame-ancestors\b/i.test(d)).join("; ")
    } catch (_) {
      return ""
    }
  })
}

// The whole Content-Security-Policy header: the page policy from _headers, and framing for
// settings.json's embed_origins (read at start, so the province can change them without a build).
function contentSecurityPolicy(app, dir) {
  const page = pagePolicy(app, dir)
  return (page ? page + "; " : "") + frameAncestors(app, dir)
}

// Accept-Encoding -> allowed codings (q=0 means "not acceptable"; "*" allows any)
function accepted(header) {
  const out = {}
  let star = false
  for (const part of String(header || "").split(",")) {
    const bits = part.trim().split(";")
    const name = bits[0].trim().toLowerCase()
    if (!name) continue
    let q = 1
    for (const b of bits.slice(1)) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(b)
      if (m) q = parseFloat(m[1])
    }
    if (name === "*") star = q > 0
    else out[name] = q > 0
  }
  return {
    br: out.br === undefined ? star : out.br,
    gzip: out.gzip === undefined ? (out["x-gzip"] === undefined ? star : out["x-gzip"]) : out.gzip,
  }
}

function notFound(e, dir) {
  const h = e.response.header()
  h.set("Cache-Control", "no-cache")
  h.set("Content-Security-Policy", contentSecurityPolicy(e.app, dir))
  h.set("Referrer-Policy", "strict-origin-when-cross-origin")
  h.del("X-Frame-Options")
  let page = null
  if (statOf(dir + "/404.html")) {
    try { page = toString($os.readFile(dir + "/404.html")) } catch (_) { }
  }
  return e.html(404, page || "<!doctype html><meta charset=utf-8><title>404</title><p>Halaman tidak ditemukan. / Page not found.</p>")
}

// The headers every answer of the web app carries.
function securityHeaders(e, dir) {
  const h = e.response.header()
  h.set("X-Content-Type-Options", "nosniff")
  h.del("X-Frame-Options")
  h.set("Content-Security-Policy", contentSecurityPolicy(e.app, dir))
  h.set("Referrer-Policy", "strict-origin-when-cross-origin")
}

// <PUBLIC_DIR>/settings.json with what the province keeps in the store: the active notices appended
// to its `notices`, and the newest programme state in place of its `programme`. null when the file
// is missing or not a JSON object (then it is served as it is, and the app shows its broken-settings
// screen) or when the store has nothing to add.
function liveSettings(app, dir) {
  let s
  try {
    s = JSON.parse(toString($os.readFile(dir + "/settings.json")))
  } catch (_) {
    return null
  }
  if (!s || typeof s !== "object" || Array.isArray(s)) return null
  const lib = require(`${__hooks}/province_lib.js`)
  let live = [], programme = null
  try { live = lib.activeNotices(app) } catch (_) { /* no notices collection (an old store) */ }
  try { programme = lib.currentProgramme(app) } catch (_) { /* no programme_states collection */ }
  if (!live.length && !programme) return null
  if (live.length) s.notices = (Array.isArray(s.notices) ? s.notices : []).concat(live.map((n) => ({ id: n.id, en: n.en })))
  if (programme) s.programme = programme
  return s
}

function badRequest(e) {
  e.response.header().set("Cache-Control", "no-store")
  return e.string(400, "bad request")
}

function serve(e) {
  const dir = publicDir()
  // the raw (still encoded) path decides: a dot segment or a NUL in any spelling is refused
  const raw = e.request.url.escapedPath()
  let decoded
  try {
    decoded = decodeURIComponent(raw)
  } catch (_) {
    return badRequest(e)
  }
  if (/[\u0000\\]/.test(decoded) || /(^|\/)\.\.?(\/|$)/.test(decoded) || /\/\//.test(decoded)) return badRequest(e)
  let rel = decoded.replace(/^\/+/, "")
  // hidden files (.git, .env) are never served
  if (/(^|\/)\./.test(rel)) return notFound(e, dir)

  let target = rel
  let st = target ? statOf(dir + "/" + target) : { dir: true }
  if (st && st.dir) {
    if (target && !target.endsWith("/")) {
      // a folder without its slash: relative asset addresses need it
      const q = e.request.url.rawQuery
      return e.redirect(301, "/" + rel + "/" + (q ? "?" + q : ""))
    }
    target = target + "index.html"
    st = statOf(dir + "/" + target)
    if (st && st.dir) st = null
  }
  if (!st && !ext(rel) && !rel.endsWith("/")) {
    // extension-less deep links (old addresses) reach the start page, which sends them on
    target = "index.html"
    st = statOf(dir + "/" + target)
  }
  if (!st) return notFound(e, dir)

  if (target === "settings.json") {
    const merged = liveSettings(e.app, dir)
    if (merged) {
      securityHeaders(e, dir)
      e.response.header().set("Cache-Control", "no-cache")
      return e.json(200, merged)
    }
  }

  const type = TYPES[ext(target)] || "application/octet-stream"
  const acc = accepted(e.request.header.get("Accept-Encoding"))
  let file = target
  let encoding = ""
  if (acc.br && statOf(dir + "/" + target + ".br")) { file = target + ".br"; encoding = "br" }
  else if (acc.gzip && statOf(dir + "/" + target + ".gz")) { file = target + ".gz"; encoding = "gzip" }

  const h = e.response.header()
  h.set("Content-Type", type)
  h.set("Cache-Control", HASHED.test(target) ? "public, max-age=31536000, immutable" : "no-cache")
  h.set("Vary", "Accept-Encoding")
  securityHeaders(e, dir)
  if (encoding) h.set("Content-Encoding", encoding)
  return e.fileFS($os.dirFS(dir), file)
}

module.exports = { serve, accepted, frameAncestors, contentSecurityPolicy, HASHED, TYPES }
