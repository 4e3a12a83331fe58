/// <reference path="../pb_data/types.d.ts" />
// The numbers and small helpers every hook shares: booking-code length, active statuses, WIB days,
// environment settings and PocketBase's date text. Defined here once; the other hooks import by name.

// the input rules shared with the app (backend/data/rules/params.json)
const rules = require(`${__hooks}/shared_rules.js`)

const CODE_LEN = rules.params().code.length
const ACTIVE_STATUSES = ["booked", "arrived"]
const HOUR_MS = 3600 * 1000
const WIB_MS = 7 * HOUR_MS
const DAY_MS = 24 * HOUR_MS
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

// The shared data files (backend/data/): one definition, in shared_rules.js, which imports nothing.
const sharedDataDir = rules.dataDir

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

// a real calendar date YYYY-MM-DD (the shared date rule: 2000-2100), as ms at 00:00 WIB; NaN when not one
function wibDateMs(text) {
  if (!rules.isDate(text)) return NaN
  return Date.UTC(parseInt(text.slice(0, 4), 10), parseInt(text.slice(5, 7), 10) - 1, parseInt(text.slice(8, 10), 10)) - WIB_MS
}

module.exports = {
  CODE_LEN, ACTIVE_STATUSES, HOUR_MS, WIB_MS, DAY_MS, DAYS,
  sharedDataDir, env, num, pbDate, parsePbDate, iso, wibDate, wibDateMs,
}
