/// <reference path="../pb_data/types.d.ts" />
// The province's call centres: an agent books for a caller through the citizen's one create path (the same
// rules: one active booking per NIK, seats, no priority lane), and reads back only what they booked during
// the call. An agent sees no queue and no NIK but the one typed for the current call.
// Personal data rule: never console.log / $app.logger() a NIK, phone or name.

const { iso, parsePbDate } = require(`${__hooks}/constants.js`)
const { isId } = require(`${__hooks}/input_rules.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { body, agentOf } = require(`${__hooks}/request.js`)
const { firstRow } = require(`${__hooks}/query.js`)
const { bookingInput, createBooking } = require(`${__hooks}/bookings.js`)

// how long after booking the agent may still read the booking back (one call, with margin)
const CALL_MS = 2 * 60 * 60 * 1000

// POST /api/call/booking: the booking body of POST /api/booking plus consent_read: true (the agent read
// the consent text aloud and the caller agreed).
function handleCallBooking(e) {
  const who = agentOf(e)
  if (!who) return sendError(e, "forbidden")
  const input = bookingInput(e)
  if (input.error) return sendError(e, input.error, input.field, input.why)
  if (input.body.consent_read !== true) return sendError(e, "invalid_request", "consent_read")
  return createBooking(e, input, null, { staff: who.staff })
}

// POST /api/call/readback {id}: the code, time and place of a booking this agent made within the call's
// window; anything else answers not_found (the same for someone else's booking and for none).
function handleReadback(e) {
  const who = agentOf(e)
  if (!who) return sendError(e, "forbidden")
  const b = body(e)
  if (!b) return sendError(e, "invalid_request")
  if (!isId(b.id)) return sendError(e, "not_found")
  const r = firstRow(e.app,
    "SELECT b.code, b.queue_no, b.status, b.created, s.starts_at, s.ends_at, o.name AS office_name, " +
    "o.region AS office_region, o.address, o.landmark FROM bookings b JOIN slots s ON s.id = b.slot " +
    "JOIN offices o ON o.id = b.office WHERE b.id = {:id} AND b.booked_by = {:by} AND b.channel = 'phone'",
    { id: b.id, by: who.staff },
    { code: "", queue_no: 0, status: "", created: "", starts_at: "", ends_at: "", office_name: "",
      office_region: "", address: "", landmark: "" })
  if (!r || Date.now() - parsePbDate(r.created) > CALL_MS) return sendError(e, "not_found")
  return e.json(200, {
    code: r.code, queue_number: r.queue_no, status: r.status,
    slot: { start: iso(r.starts_at), end: iso(r.ends_at) },
    help_point: { name: r.office_name, region: r.office_region, address: r.address, landmark: r.landmark },
  })
}

module.exports = { handleCallBooking, handleReadback, CALL_MS }
