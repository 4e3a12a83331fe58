/// <reference path="../pb_data/types.d.ts" />
// The checks on what people type: NIK, phone, names and free text, booking codes, record ids,
// idempotency keys, and how a NIK or phone number is shown masked. Each answers the clean value or null.

const { CODE_LEN, sharedDataDir } = require(`${__hooks}/constants.js`)

// The booking-code alphabet: backend/data/code_alphabet.txt (one line). The Rust app generates its
// CODE_ALPHABET from the same file.
function codeAlphabet() {
  return $app.store().getOrSet("booking:code_alphabet", () => {
    const a = toString($os.readFile(sharedDataDir() + "/code_alphabet.txt")).trim()
    if (!/^[A-Z0-9]{20,36}$/.test(a)) throw new Error("code_alphabet.txt: expected one line of A-Z/0-9")
    return a
  })
}

// Every field has its JSON type: a NIK or phone number sent as a JSON number is refused (a number
// that long loses digits on the way, 9171014506900003 -> ...0004).
function normalizeNik(raw) {
  if (typeof raw !== "string") return null
  const s = raw.replace(/[\s\u00a0.-]/g, "")
  if (!/^[0-9]{16}$/.test(s)) return null
  const prov = parseInt(s.slice(0, 2), 10)
  const day = parseInt(s.slice(6, 8), 10)
  const month = parseInt(s.slice(8, 10), 10)
  if (prov < 11 || prov > 94) return null
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return null
  if (month < 1 || month > 12) return null
  return s
}

function normalizePhone(raw) {
  if (typeof raw !== "string") return null
  const s = raw.replace(/[\s\u00a0().-]/g, "")
  const m = /^(?:\+62|62|0)(8[0-9]{9,12})$/.exec(s)
  return m ? "+62" + m[1] : null
}

// bidi controls can make a name or summary read differently to staff than what is stored
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
// invisible characters that make a "name" look empty
const INVISIBLE = /[\u00ad\u034f\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200d\u2060-\u2064\u3164\ufeff\uffa0]/g

// optional text: absent -> "", a string -> cleaned, anything else (number, null, object) -> null (refused)
function cleanText(raw, max) {
  if (raw === undefined) return ""
  if (typeof raw !== "string") return null
  if (BIDI.test(raw)) return null
  let s = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
  try { s = s.normalize("NFC") } catch (_) { }
  s = s.trim()
  return s.length > max ? null : s
}

// a name: a string of 2-100 characters with at least two letters once invisible characters are gone
function cleanName(raw) {
  if (typeof raw !== "string") return null
  const s = cleanText(raw, 100)
  if (s === null) return null
  const visible = s.replace(INVISIBLE, "").replace(/\s+/g, " ").trim()
  const letters = visible.match(/\p{L}/gu)
  if (visible.length < 2 || !letters || letters.length < 2) return null
  return visible
}

function normalizeCode(raw) {
  if (typeof raw !== "string") return null
  const s = raw.toUpperCase().replace(/[\s-]/g, "")
  return new RegExp("^[" + codeAlphabet() + "]{" + CODE_LEN + "}$").test(s) ? s : null
}

// a PocketBase record id
function isId(raw) {
  return typeof raw === "string" && /^[a-z0-9]{15}$/.test(raw)
}

// the Idempotency-Key header's value (already trimmed; "" means none was sent)
function isIdempotencyKey(key) {
  return /^[A-Za-z0-9_.:-]{8,100}$/.test(key)
}

function maskNik(nik) {
  return nik.slice(0, 4) + "********" + nik.slice(12)
}

function maskPhone(p) {
  return p.length > 7 ? p.slice(0, 6) + "*".repeat(p.length - 9) + p.slice(-3) : "***"
}

module.exports = {
  codeAlphabet, normalizeNik, normalizePhone, cleanText, cleanName, normalizeCode, isId, isIdempotencyKey,
  maskNik, maskPhone,
}
