/// <reference path="../pb_data/types.d.ts" />
// When a help point takes bookings, and what its officer may change at the desk. Small functions on
// purpose: the start-up sync (slots_lib.js) and the desk routes (desk_lib.js) share them.
//
// A help point takes bookings (`bookable`) only once its street address is known: from
// backend/data/offices.json (a row the file marks bookable) or saved by its officer at the desk.

// the street address rule and East Java's box are shared with the app: shared_rules.js
const rules = require(`${__hooks}/shared_rules.js`)

const DESK_FIELDS = ["address", "landmark", "hours", "seats", "lat", "lng"]

// the fields an officer set at the desk (names), from the record's desk_fields
function deskFields(rec) {
  try {
    const v = JSON.parse(toString(rec.get("desk_fields")) || "[]")
    return Array.isArray(v) ? v.map(String).filter((f) => DESK_FIELDS.indexOf(f) >= 0) : []
  } catch (_) {
    return []
  }
}

// the officer saved a street address at the desk
function deskAddress(rec) {
  return deskFields(rec).indexOf("address") >= 0
}

function hasField(rec, name) {
  try {
    return !!rec.collection().fields.getByName(name)
  } catch (_) {
    return false
  }
}

// takes bookings now: active, and bookable where the store has that flag (offices.json `bookable`)
function isBookable(rec) {
  return rec.getBool("active") && (!hasField(rec, "bookable") || rec.getBool("bookable"))
}

// an officer saved a street address: the help point takes bookings. Where the store has a bookable flag
// (offices.json `bookable`), that flag is set and `active` stays the province's switch; without one, an
// inactive help point (no address in the file) becomes active.
function markDeskAddress(rec) {
  if (hasField(rec, "bookable")) {
    rec.set("bookable", true)
    if (hasField(rec, "not_bookable_reason")) rec.set("not_bookable_reason", "")
  } else {
    rec.set("active", true)
  }
}

// the start-up sync: what the desk set, read before the file's values are applied ...
function deskValues(rec) {
  const out = {}
  for (const f of deskFields(rec)) out[f] = rec.get(f)
  return out
}

// ... and put back after them; an address saved at the desk keeps the help point bookable
function restoreDeskValues(rec, values) {
  for (const f of Object.keys(values)) rec.set(f, values[f])
  if (values.address !== undefined) markDeskAddress(rec)
}

// an address a citizen can go to (a street address, not a placeholder such as "diisi pemprov")
function isStreetAddress(a) {
  return !rules.checkAddress(a).reason
}

// where the address comes from: "officer" (typed at the desk), "data" (offices.json), "" (none yet)
function addressSource(address, fields) {
  if (fields.indexOf("address") >= 0) return "officer"
  return isStreetAddress(address) ? "data" : ""
}


module.exports = {
  DESK_FIELDS, deskFields, deskAddress, isBookable, markDeskAddress, deskValues, restoreDeskValues,
  isStreetAddress, addressSource,
}
