// Redaction of what the request log stores (URL, Referer, User-Agent) and of our own console lines.
// Pure functions: loaded with require() by the hooks, and by the node tests (logs.test.mjs).
//
// Rule: no NIK, phone number or name may reach a log, in any spelling. So the text is first decoded
// the way a reader would decode it (percent-escapes, several times over; `+` as a space; full-width
// digits), then
//   - every run of 8 or more digits, whatever separates them (spaces, no-break spaces, dots, dashes,
//     slashes, brackets, zero-width characters), becomes `[redacted]`;
//   - in query strings only known parameters keep a value, and every quoted literal in `filter`
//     (where names go) becomes "…";
//   - a path segment that is not plain ASCII (letters, digits, . _ ~ -) becomes `[redacted]`;
//   - a Referer keeps its origin only; a User-Agent only its browser family, major version and platform.
// The output is plain ASCII re-encoded once, so `%27` is never mangled into `%REDACTED%`.

const SEP = "[\\s\\u00a0\\u1680\\u2000-\\u200f\\u2028-\\u202f\\u205f-\\u2064\\u3000\\ufeff.,:;_/\\\\()\\[\\]{}+*'\"`~-]"
const DIGIT_RUN = new RegExp("[0-9](?:" + SEP + "{0,3}[0-9]){7,}", "g")
const QUOTED = /"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`/g
const KEEP_PARAMS = ["days", "from", "page", "perPage", "sort", "expand", "fields", "skipTotal", "filter"]
const SAFE_SEGMENT = /^[A-Za-z0-9._~-]{0,80}$/
const MARK = "[redacted]"

function decodeOnce(s) {
  // decode every maximal run of %XX escapes; invalid UTF-8 falls back to Latin-1 bytes
  return s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run)
    } catch (_) {
      return run.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)))
    }
  })
}

// what a person would read: escapes undone (up to 4 layers), full-width digits folded
function decodeForReading(s, plusIsSpace) {
  let t = String(s == null ? "" : s)
  // fast path: plain ASCII without escapes reads as it is written
  if (!/[%+\u0080-\uffff]/.test(t)) return t
  if (plusIsSpace) t = t.replace(/\+/g, " ")
  for (let i = 0; i < 4; i++) {
    const next = decodeOnce(t)
    if (next === t) break
    t = next
  }
  try { t = t.normalize("NFKC") } catch (_) { /* old engines */ }
  // digits of other scripts (Arabic-Indic, Devanagari, full-width) -> ASCII, so no run hides
  t = t.replace(/[\u0660-\u0669\u06f0-\u06f9\u0966-\u096f\uff10-\uff19]/g, (c) => {
    const code = c.charCodeAt(0)
    for (const base of [0x0660, 0x06f0, 0x0966, 0xff10]) if (code >= base && code <= base + 9) return String(code - base)
    return c
  })
  return t
}

function redactDigits(t) {
  return t.replace(DIGIT_RUN, MARK)
}

// free text (User-Agent, a console line): decoded, digit runs out, control characters out, cut
function redactText(s, max) {
  const t = redactDigits(decodeForReading(s, false)).replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
  return t.length > (max || 200) ? t.slice(0, max || 200) + "…" : t
}

function encodeSegment(seg) {
  return encodeURIComponent(seg).replace(/%5B/g, "[").replace(/%5D/g, "]")
}

// a URL path (raw or decoded): every segment decoded, digit runs out, unusual segments out
function redactPath(path) {
  const t = redactDigits(decodeForReading(path, false))
  return t.split("/").map((seg) => {
    if (seg === MARK || SAFE_SEGMENT.test(seg)) return seg
    if (seg.indexOf(MARK) >= 0 && SAFE_SEGMENT.test(seg.split(MARK).join(""))) return encodeSegment(seg)
    return MARK
  }).join("/")
}

// a raw query string: known keys keep a redacted value, the rest keep only their name
function redactQuery(raw) {
  if (!raw) return ""
  const out = []
  for (const pair of String(raw).split("&")) {
    if (!pair) continue
    const i = pair.indexOf("=")
    const key = decodeForReading(i < 0 ? pair : pair.slice(0, i), true)
    const safeKey = /^[A-Za-z0-9_.-]{1,40}$/.test(key) ? key : "_"
    if (i < 0) { out.push(safeKey); continue }
    if (KEEP_PARAMS.indexOf(safeKey) < 0) { out.push(safeKey + "=_"); continue }
    let v = decodeForReading(pair.slice(i + 1), true)
    if (safeKey === "filter") v = v.replace(QUOTED, "\"…\"")
    v = redactDigits(v).replace(/[\u0000-\u001f\u007f-\u009f]/g, " ")
    if (v.length > 300) v = v.slice(0, 300) + "…"
    out.push(safeKey + "=" + encodeURIComponent(v).replace(/%5B/g, "[").replace(/%5D/g, "]").replace(/%E2%80%A6/g, "…"))
  }
  return out.join("&")
}

// a Referer: its origin only (the referring page's path and query may carry anything)
function redactReferer(s) {
  if (!s) return ""
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([A-Za-z0-9.-]+(?::[0-9]{1,5})?)(?:[/?#]|$)/.exec(String(s))
  if (!m) return MARK
  const origin = m[1].toLowerCase() + "://" + m[2]
  return redactDigits(origin) + "/"
}

// a User-Agent: only the browser family with its major version and the platform family; a name or
// number typed into it has nowhere to go
const UA_PRODUCTS = ["Edg", "OPR", "SamsungBrowser", "Firefox", "Chrome", "CriOS", "Version", "curl", "node", "Go-http-client",
  "python-requests", "Python-urllib", "okhttp", "Dart", "Wget", "HeadlessChrome", "Playwright"]
  .map((name) => [name, new RegExp("(?:^|[\\s(])" + name + "/([0-9]{1,3})(?:[.\\s;)]|$)")])

function redactUserAgent(s) {
  const ua = String(s || "")
  let product = "other"
  for (const [name, re] of UA_PRODUCTS) {
    const m = re.exec(ua)
    if (m) { product = (name === "Version" ? "Safari" : name) + "/" + m[1]; break }
  }
  let platform = ""
  for (const p of ["Android", "iPhone", "iPad", "Windows", "Mac OS X", "CrOS", "Linux"]) {
    if (ua.indexOf(p) >= 0) { platform = p; break }
  }
  return platform ? product + " (" + platform + ")" : product
}

module.exports = { decodeForReading, redactDigits, redactText, redactPath, redactQuery, redactReferer, redactUserAgent, MARK }
