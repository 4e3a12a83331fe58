/// <reference path="../pb_data/types.d.ts" />
// When a help point takes bookings, and what its officer may change at the desk. Small functions on
// purpose: the start-up sync (slots_lib.js) and the desk routes (desk_lib.js) share them.
//
// A help point takes bookings (`active`, shown as `bookable`) only once its street address is known:
// from backend/data/offices.json (a row the file marks bookable) or saved by its officer at the desk.

const PLACEHOLDER = /diisi\s+pemprov|dikonfirmasi\s+pemprov|\bdiisi\b|\bplaceholder\b|\bTODO\b/i

// offices.json row -> takes bookings according to the file (`bookable` where the file has it; older
// files only have `active`)
function fileBookable(o) {
  return o.active !== false && o.bookable !== false
}

// the fields an officer set at the desk (names), from the record's desk_fields
function deskFields(rec) {
  try {
    const v = JSON.parse(toString(rec.get("desk_fields")) || "[]")
    return Array.isArray(v) ? v.map(String) : []
  } catch (_) {
    return []
  }
}

// the officer saved a street address at the desk
function deskAddress(rec) {
  return deskFields(rec).indexOf("address") >= 0
}

// takes bookings: what the file says, or an address saved at the desk
function bookableAfterSync(o, rec) {
  return fileBookable(o) || deskAddress(rec)
}

// an address a citizen can go to (not empty, not a placeholder such as "diisi pemprov")
function isStreetAddress(a) {
  return typeof a === "string" && a.trim().length >= 5 && !PLACEHOLDER.test(a)
}

// where the address comes from: "officer" (typed at the desk), "data" (offices.json), "" (none yet)
function addressSource(address, fields) {
  if (fields.indexOf("address") >= 0) return "officer"
  return isStreetAddress(address) ? "data" : ""
}

// East Java's bounding box (with a margin for Madura, Bawean and the Kangean islands)
const BOUNDS = { latMin: -8.9, latMax: -6.7, lngMin: 110.8, lngMax: 116.3 }

function inEastJava(lat, lng) {
  return typeof lat === "number" && typeof lng === "number" && isFinite(lat) && isFinite(lng) &&
    lat >= BOUNDS.latMin && lat <= BOUNDS.latMax && lng >= BOUNDS.lngMin && lng <= BOUNDS.lngMax
}

module.exports = { PLACEHOLDER, fileBookable, deskFields, deskAddress, bookableAfterSync, isStreetAddress, addressSource, BOUNDS, inEastJava }
