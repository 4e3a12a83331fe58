/// <reference path="../pb_data/types.d.ts" />
// The seats of a slot: how many are held for the priority registry and until when, how many are left,
// whether the slot still takes a booking, and which queue number the next person gets.

const { HOUR_MS, env, num, parsePbDate } = require(`${__hooks}/constants.js`)

function holdHours() {
  return num("PRIORITY_HOLD_HOURS", 24)
}

// the seats of a slot held for the priority registry (PRIORITY_SHARE of them, default 0.3)
function prioritySeats(seats) {
  const share = parseFloat(env("PRIORITY_SHARE", "0.3"))
  return Math.min(seats, Math.round(seats * (isNaN(share) ? 0.3 : share)))
}

// remaining = seats any citizen can still take; remaining_priority = seats a registry NIK can take
function capacityState(slot, total, prio, nowMs) {
  const seats = slot.seats
  const startMs = parsePbDate(slot.starts_at)
  const holdUntil = startMs - holdHours() * HOUR_MS
  const holdActive = nowMs < holdUntil
  const free = Math.max(0, seats - total)
  const held = holdActive ? Math.max(0, (slot.priority_seats || 0) - prio) : 0
  return {
    seats: seats,
    booked: total,
    remaining: Math.max(0, free - held),
    remaining_priority: free,
    priority_hold_until: new Date(holdUntil).toISOString(),
    priority_hold_active: holdActive,
  }
}

function slotIsClosed(slot, nowMs) {
  return !!slot.closed || !slot.office_active || !slot.office_bookable || parsePbDate(slot.starts_at) <= nowMs
}

// a desk booking (walk-in) may take the slot that is running now: closed once it has ended
function slotIsClosedForDesk(slot, nowMs) {
  return !!slot.closed || !slot.office_active || parsePbDate(slot.ends_at) <= nowMs
}

function loadSlot(app, slotId) {
  const rows = arrayOf(new DynamicModel({
    id: "", office: "", starts_at: "", ends_at: "", seats: 0, priority_seats: 0, closed: false, office_active: false,
    office_bookable: false,
  }))
  app.db().newQuery(
    "SELECT s.id, s.office, s.starts_at, s.ends_at, s.seats, s.priority_seats, s.closed, o.active AS office_active, " +
    "o.bookable AS office_bookable " +
    "FROM slots s JOIN offices o ON o.id = s.office WHERE s.id = {:id} LIMIT 1"
  ).bind({ id: slotId }).all(rows)
  return rows.length ? rows[0] : null
}

function slotCounts(app, slotId) {
  const rows = arrayOf(new DynamicModel({ queue_no: 0, priority: false }))
  app.db().newQuery(
    "SELECT queue_no, priority FROM bookings WHERE slot = {:s} AND status != 'cancelled'"
  ).bind({ s: slotId }).all(rows)
  const used = {}
  let prio = 0
  for (const r of rows) {
    used[r.queue_no] = true
    if (r.priority) prio++
  }
  return { total: rows.length, prio: prio, used: used }
}

function freeQueueNo(used, seats) {
  for (let i = 1; i <= seats; i++) if (!used[i]) return i
  return 0
}

// {queue_no} when the seat may be taken, else {error}
function checkSeat(app, slot, isPriority, nowMs) {
  const c = slotCounts(app, slot.id)
  const st = capacityState(slot, c.total, c.prio, nowMs)
  const left = isPriority ? st.remaining_priority : st.remaining
  if (left <= 0) return { error: "slot_full" }
  const q = freeQueueNo(c.used, slot.seats)
  if (!q) return { error: "slot_full" }
  return { queue_no: q }
}

module.exports = { holdHours, prioritySeats, capacityState, slotIsClosed, slotIsClosedForDesk, loadSlot, checkSeat }
