/// <reference path="../pb_data/types.d.ts" />
// Staff routes on bookings outside the desk's queue: a booking made at the desk, freeing a NIK after an
// e-KTP check, and status changes a superuser makes through the records API.
// Personal data rule: never console.log / $app.logger() a NIK, phone or name.

const { ACTIVE_STATUSES, pbDate } = require(`${__hooks}/constants.js`)
const { normalizeNik } = require(`${__hooks}/input_rules.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { body, staffOf, officerOf } = require(`${__hooks}/request.js`)
const { bumpAvailability } = require(`${__hooks}/availability_cache.js`)
const { hasActiveBooking, bookingInput, createBooking } = require(`${__hooks}/bookings.js`)

// POST /api/staff/booking: a booking made at the desk for a person whose e-KTP the officer checked.
// The registry is consulted here, and a registry NIK may take a held seat.
function handleStaffCreate(e) {
  const who = officerOf(e)
  if (!who) return sendError(e, "forbidden")
  const input = bookingInput(e)
  if (input.error) return sendError(e, input.error, input.field, input.why)
  if (input.body.ektp_checked !== true) return sendError(e, "invalid_request", "ektp_checked")
  return createBooking(e, input, who)
}

// POST /api/staff/release {nik, ektp_checked: true}: an officer who checked the person's e-KTP frees
// their NIK by cancelling the active `booked` booking someone else made with it (at any help point).
// The answer says how many were released, nothing about them; the booking keeps who released it.
function handleStaffRelease(e) {
  const who = staffOf(e)
  // an agent on the phone cannot see the person's e-KTP
  if (!who || who.role === "call_centre") return sendError(e, "forbidden")
  const b = body(e)
  if (!b) return sendError(e, "invalid_request")
  if (typeof b.nik !== "string") return sendError(e, "invalid_request", "nik")
  const nik = normalizeNik(b.nik)
  if (!nik) return sendError(e, "invalid_nik", "nik")
  if (b.ektp_checked !== true) return sendError(e, "invalid_request", "ektp_checked")
  const nowMs = Date.now()
  let out = null
  e.app.runInTransaction((tx) => {
    const rows = arrayOf(new DynamicModel({ id: "", status: "" }))
    tx.db().newQuery("SELECT id, status FROM bookings WHERE nik = {:n} AND status IN ('booked', 'arrived')")
      .bind({ n: nik }).all(rows)
    if (!rows.length) { out = { error: "not_found", field: "nik" }; return }
    // someone already checked in with this NIK today: that is a case for the help point, not a release
    for (const r of rows) if (r.status === "arrived") { out = { error: "status_conflict", field: "nik" }; return }
    for (const r of rows) {
      const rec = tx.findRecordById("bookings", r.id)
      rec.set("status", "cancelled")
      rec.set("cancelled_at", pbDate(nowMs))
      rec.set("released_by", who.staff)
      tx.save(rec)
    }
    out = { released: rows.length }
  })
  if (out.error) return sendError(e, out.error, out.field)
  bumpAvailability(e.app)
  console.log(`booking store: staff ${who.staff} released ${out.released} booking(s) after an e-KTP check`)
  return e.json(200, { released: out.released })
}

// onRecordUpdateRequest for bookings (staff status changes through the records API): a change the
// unique index would refuse (a second active booking for one NIK) answers the documented shape.
function handleStaffStatusUpdate(e) {
  const rec = e.record
  const re = e.requestEvent || e
  const status = rec.getString("status")
  if (ACTIVE_STATUSES.indexOf(status) >= 0 && hasActiveBooking(e.app, rec.getString("nik"), rec.id)) {
    return sendError(re, "status_conflict", "status")
  }
  try {
    const res = e.next()
    bumpAvailability(e.app)
    return res
  } catch (err) {
    const msg = String(err && err.value && err.value.message ? err.value.message : err)
    if (/UNIQUE constraint failed: bookings\.nik|idx_bookings_active_nik/.test(msg)) return sendError(re, "status_conflict", "status")
    if (/slot_full|idx_bookings_slot_queue|UNIQUE constraint failed: bookings\.slot/.test(msg)) return sendError(re, "slot_full", "status")
    throw err
  }
}

module.exports = { handleStaffCreate, handleStaffRelease, handleStaffStatusUpdate }
