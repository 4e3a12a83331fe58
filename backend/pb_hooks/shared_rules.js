/// <reference path="../pb_data/types.d.ts" />
// The input rules the store and the app both check, decided once: the parameters are in
// backend/data/rules/params.json (the app builds the same numbers in; tests/shared_rules.rs keeps
// them equal), and every case in backend/data/rules/cases/*.json must come out of these functions
// as it comes out of the app's (tests/shared_rules.rs and backend/tests/rules.test.mjs).
//
// Each check answers {value} (the normalised input) or {reason, detail} in the case files' words.
// Plain functions on purpose: PocketBase's hooks and node (the tests) both load this file.

// The shared data files (one source for the server and the app): backend/data/.
function dataDir() {
  return __hooks + "/../data"
}

function readData(name) {
  return toString($os.readFile(dataDir() + "/" + name))
}

let paramsCache = null
function params() {
  if (!paramsCache) paramsCache = JSON.parse(readData("rules/params.json"))
  return paramsCache
}

let alphabetCache = null
// The booking-code alphabet: backend/data/code_alphabet.txt (one line).
function codeAlphabet() {
  if (!alphabetCache) {
    const a = readData("code_alphabet.txt").trim()
    if (!/^[A-Z0-9]{20,36}$/.test(a)) throw new Error("code_alphabet.txt: expected one line of A-Z/0-9")
    alphabetCache = a
  }
  return alphabetCache
}

const refused = (reason, detail) => (detail === undefined ? { reason: reason } : { reason: reason, detail: detail })
// White space as the app counts it (Unicode White_Space: JavaScript's \s lacks U+0085).
const SPACE = "[\\s\\u0085]"
const TRIM = new RegExp("^" + SPACE + "+|" + SPACE + "+$", "g")
const trim = (s) => s.replace(TRIM, "")
const codePoints = (s) => s.match(/[\s\S]/gu) || []
const isDigit = (c) => c.length === 1 && c >= "0" && c <= "9"
const LETTER = /\p{Alphabetic}/u
const two = (n) => (n < 10 ? "0" : "") + n

// ---------------------------------------------------------------- phone

// An Indonesian mobile number, as +628…: 10-13 digits counted with the leading 0. Toll-free 080x and
// landlines are refused: a help point reaches people by a call or WhatsApp message to this number.
function checkPhone(raw) {
  if (typeof raw !== "string") return refused("not_text")
  const p = params().phone
  let digits = ""
  let plus = false
  for (const c of codePoints(trim(raw))) {
    if (isDigit(c)) digits += c
    else if (" -.()\t\u00a0".indexOf(c) >= 0) continue
    else if (c === "+" && digits === "" && !plus) plus = true
    else return refused("invalid_char", c)
  }
  if (!digits) return refused("empty")
  let national = digits
  if (plus) {
    if (digits.indexOf("62") !== 0) return refused("not_indonesian")
    national = digits.slice(2)
  } else if (digits.indexOf("0062") === 0) {
    national = digits.slice(4)
  } else if (digits.indexOf("00") === 0) {
    return refused("not_indonesian")
  } else if (digits.indexOf("628") === 0 || digits.indexOf("6208") === 0) {
    national = digits.slice(2)
  }
  const nsn = national.charAt(0) === "0" ? national.slice(1) : national
  const shown = nsn.length + 1 // as people know it: with the leading 0
  const first = nsn.charAt(0)
  if (first === "") return refused("too_short", shown)
  if (first !== "8") {
    const landline = first !== "0" && (national.charAt(0) === "0" || plus)
    return refused(landline ? "landline" : "not_mobile")
  }
  if (nsn.charAt(1) === "0") return refused("not_mobile")
  if (shown < p.min_digits) return refused("too_short", shown)
  if (shown > p.max_digits) return refused("too_long", shown)
  return { value: "+62" + nsn }
}

// ---------------------------------------------------------------- NIK

function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

// PP KK CC DDMMYY SSSS: a province code, regency not 00, a real birth date (women +40), serial not 0000.
function checkNik(raw) {
  if (typeof raw !== "string") return refused("not_text")
  const p = params().nik
  let s = ""
  for (const c of codePoints(raw)) {
    if (isDigit(c)) s += c
    else if (" .-\t\u00a0".indexOf(c) >= 0) continue
    else return refused("invalid_char", c)
  }
  if (!s) return refused("empty")
  if (s.length !== p.digits) return refused("wrong_length", s.length)
  const num = (a, b) => parseInt(s.slice(a, b), 10)
  if (p.province_codes.indexOf(num(0, 2)) < 0) return refused("unknown_province", s.slice(0, 2))
  if (s.slice(2, 4) === "00") return refused("regency_zero")
  const rawDay = num(6, 8)
  const off = p.female_day_offset
  const day = rawDay >= 1 && rawDay <= 31 ? rawDay : rawDay > off && rawDay <= off + 31 ? rawDay - off : 0
  if (!day) return refused("bad_day", s.slice(6, 8))
  const month = num(8, 10)
  if (month < 1 || month > 12) return refused("bad_month", s.slice(8, 10))
  // 19YY and 20YY are leap years alike (1900 is not, 2000 is)
  if (day > daysInMonth(2000 + num(10, 12), month)) return refused("no_such_date", two(day) + "-" + two(month))
  if (s.slice(12) === "0000") return refused("serial_zero")
  return { value: s }
}

// ---------------------------------------------------------------- name and address

// params.json name.invisible / name.bidi: hex code point ranges -> [[from, to], …]
const rangesOf = (list) => list.map((r) => r.split("-").map((h) => parseInt(h, 16))).map((r) => [r[0], r[r.length - 1]])
const inRanges = (ranges, c) => ranges.some((r) => c.codePointAt(0) >= r[0] && c.codePointAt(0) <= r[1])

// the text without its invisible characters; null when it holds a bidi control (staff would read another
// text than the one stored)
function visibleText(s) {
  const p = params().name
  const chars = codePoints(s)
  const bidi = rangesOf(p.bidi)
  if (chars.some((c) => inRanges(bidi, c))) return null
  const invisible = rangesOf(p.invisible)
  return chars.filter((c) => !inRanges(invisible, c)).join("")
}

// invisible characters removed, spaces collapsed, at least 2 letters, at most 100 characters
function checkName(raw) {
  if (typeof raw !== "string") return refused("not_text")
  const p = params().name
  const visible = visibleText(raw)
  if (visible === null) return refused("invisible")
  const s = visible.split(new RegExp(SPACE + "+")).filter((w) => w !== "").join(" ")
  if (!s) return refused("empty")
  const chars = codePoints(s)
  if (chars.length > p.max_chars) return refused("long")
  if (chars.filter((c) => LETTER.test(c)).length < p.min_letters) return refused("short")
  return { value: s }
}

// A street address a citizen can walk to: a letter and a house number or a street word (whole words),
// no placeholder such as "diisi pemprov"; invisible characters removed, bidi controls refused.
function checkAddress(raw) {
  if (typeof raw !== "string") return refused("not_text")
  const p = params().address
  const visible = visibleText(raw)
  if (visible === null) return refused("invisible")
  const s = trim(visible)
  const n = codePoints(s).length
  if (n === 0) return refused("empty")
  if (n < p.min_chars) return refused("too_short")
  if (n > p.max_chars) return refused("too_long")
  const words = s.toLowerCase().split(/[^\p{Alphabetic}\p{N}]+/u).filter((w) => w !== "")
  const spaced = " " + words.join(" ") + " "
  if (p.placeholders.some((w) => spaced.indexOf(" " + w + " ") >= 0)) return refused("placeholder")
  const street = /[0-9]/.test(s) || words.some((w) => p.street_words.indexOf(w) >= 0)
  if (!LETTER.test(s) || !street) return refused("no_street")
  return { value: s }
}

// ---------------------------------------------------------------- help point: hours and position

function hhmm(t) {
  const m = /^([0-9]{2}):([0-9]{2})$/.exec(trim(t))
  if (!m) return -1
  const h = parseInt(m[1], 10), min = parseInt(m[2], 10)
  return h < 24 && min < 60 ? h * 60 + min : -1
}

// one weekday's spans ["08:00-12:00", …] -> {value: the spans as "HH:MM-HH:MM"} or {reason: "invalid"}:
// at most 4, between 06:00 and 21:00, in order, not overlapping; none: closed that day
function checkHours(spans) {
  if (!Array.isArray(spans) || spans.some((s) => typeof s !== "string")) return refused("invalid")
  const p = params().hours
  const earliest = hhmm(p.earliest), latest = hhmm(p.latest)
  const out = []
  let last = 0
  for (const part of spans.join(", ").split(/[,;]/).map(trim).filter((x) => x !== "")) {
    const at = part.search(/[-\u2013]/)
    if (at < 0) return refused("invalid")
    const a = part.slice(0, at), b = part.slice(at + 1)
    const from = hhmm(a), to = hhmm(b)
    if (from < 0 || to < 0 || from < earliest || to > latest || from >= to || from < last) return refused("invalid")
    last = to
    out.push(trim(a) + "-" + trim(b))
  }
  return out.length > p.max_spans ? refused("invalid") : { value: out }
}

function inEastJava(lat, lng) {
  const b = params().east_java
  return typeof lat === "number" && typeof lng === "number" && isFinite(lat) && isFinite(lng) &&
    lat >= b.lat_min && lat <= b.lat_max && lng >= b.lng_min && lng <= b.lng_max
}

// ---------------------------------------------------------------- codes, keys, days

// upper-cased without spaces and dashes; a letter or digit no code uses is "never_used"
function checkCode(raw) {
  if (typeof raw !== "string") return refused("not_text")
  const alphabet = codeAlphabet()
  let out = "", count = 0, bad = null
  for (const c of codePoints(raw)) {
    if (" -\t\u00a0".indexOf(c) >= 0) continue
    count++
    const u = /^[a-z]$/.test(c) ? c.toUpperCase() : c
    if (u.length === 1 && alphabet.indexOf(u) >= 0) out += u
    else if (!bad) bad = refused(/^[A-Za-z0-9]$/.test(u) ? "never_used" : "invalid_char", c)
  }
  if (bad) return bad
  if (count === 0) return refused("empty")
  return count === params().code.length ? { value: out } : refused("wrong_length", count)
}

function isIdempotencyKey(raw) {
  const p = params().idempotency_key
  return typeof raw === "string" && raw.length >= p.min_chars && raw.length <= p.max_chars && /^[A-Za-z0-9_.:-]+$/.test(raw)
}

// YYYY-MM-DD that exists on the calendar, within the years of params.json
function isDate(text) {
  const m = typeof text === "string" && /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text)
  if (!m) return false
  const y = parseInt(m[1], 10), mo = parseInt(m[2], 10), d = parseInt(m[3], 10)
  const p = params().date
  return y >= p.min_year && y <= p.max_year && mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

module.exports = {
  dataDir, params, codeAlphabet, checkPhone, checkNik, checkName, checkAddress, checkHours, inEastJava, checkCode,
  isIdempotencyKey, isDate,
}
