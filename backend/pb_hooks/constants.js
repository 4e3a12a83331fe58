/// <reference path="../pb_data/types.d.ts" />
// The numbers and small helpers every hook shares: booking-code length, active statuses, WIB days,
// environment settings and PocketBase's date text. Defined here once; the other hooks import by name.

const CODE_LEN = 8
const ACTIVE_STATUSES = ["booked", "arrived"]
const HOUR_MS = 3600 * 1000
const WIB_MS = 7 * HOUR_MS
const DAY_MS = 24 * HOUR_MS
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

// The shared data files (one source for the server and the app): backend/data/.
function sharedDataDir() {
  return __hooks + "/../data"
}

function env(name, dflt) {
  const v = $os.getenv(name)
  return v === undefined || v === null || v === "" ? dflt : v
}

function num(name, dflt) {
  const v = parseFloat(env(name, ""))
  return isNaN(v) ? dflt : v
}

// PocketBase dates are "YYYY-MM-DD HH:MM:SS.sssZ" (UTC)
function pbDate(ms) {
  return new Date(ms).toISOString().replace("T", " ")
}

function parsePbDate(s) {
  return Date.parse(String(s).replace(" ", "T"))
}

function iso(s) {
  return s ? new Date(parsePbDate(s)).toISOString() : ""
}

// "YYYY-MM-DD" (WIB) of a UTC time in ms
function wibDate(ms) {
  return new Date(ms + WIB_MS).toISOString().slice(0, 10)
}

// a real calendar date YYYY-MM-DD (2000-2100), as ms at 00:00 WIB; NaN when not one
function wibDateMs(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return NaN
  const y = parseInt(m[1], 10), mo = parseInt(m[2], 10), d = parseInt(m[3], 10)
  if (y < 2000 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return NaN
  const ms = Date.UTC(y, mo - 1, d)
  const back = new Date(ms)
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return NaN // 2026-02-30
  return ms - WIB_MS
}

module.exports = {
  CODE_LEN, ACTIVE_STATUSES, HOUR_MS, WIB_MS, DAY_MS, DAYS,
  sharedDataDir, env, num, pbDate, parsePbDate, iso, wibDate, wibDateMs,
}
