/// <reference path="../pb_data/types.d.ts" />
// The checks on what people type: NIK, phone, names and free text, booking codes, record ids,
// idempotency keys, and how a NIK or phone number is shown masked. Each answers the clean value or null.

// NIK, phone, name, booking code and Idempotency-Key are rules the app checks too: decided once in
// shared_rules.js (backend/data/rules); these answer its value, or null.
const rules = require(`${__hooks}/shared_rules.js`)
const valueOf = (r) => (r.reason ? null : r.value)

const codeAlphabet = rules.codeAlphabet

// Every field has its JSON type: a NIK or phone number sent as a JSON number is refused (a number
// that long loses digits on the way, 9171014506900003 -> ...0004).
function normalizeNik(raw) {
  return valueOf(rules.checkNik(raw))
}

function normalizePhone(raw) {
  return valueOf(rules.checkPhone(raw))
}

// bidi controls can make a name or summary read differently to staff than what is stored
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/
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

function cleanName(raw) {
  return valueOf(rules.checkName(raw))
}

function normalizeCode(raw) {
  return valueOf(rules.checkCode(raw))
}

// a PocketBase record id
function isId(raw) {
  return typeof raw === "string" && /^[a-z0-9]{15}$/.test(raw)
}

// the Idempotency-Key header's value (already trimmed; "" means none was sent)
const isIdempotencyKey = rules.isIdempotencyKey

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
