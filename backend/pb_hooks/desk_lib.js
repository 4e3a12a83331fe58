/// <reference path="../pb_data/types.d.ts" />
// The officers' desk: who is signed in, the day's queue, check-in, status changes and undo.
// API: docs/booking-api.md, "Desk". Personal data rule: never console.log a NIK, phone or name.

const { ACTIVE_STATUSES, DAY_MS, pbDate, parsePbDate, iso, wibDate, wibDateMs } = require(`${__hooks}/constants.js`)
const { cleanText, normalizeCode, isId } = require(`${__hooks}/input_rules.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { body: requestBody, staffOf, officerOf } = require(`${__hooks}/request.js`)
const { firstRow } = require(`${__hooks}/query.js`)
const { capacityState } = require(`${__hooks}/capacity.js`)
const { bumpAvailability } = require(`${__hooks}/availability_cache.js`)
const { hasActiveBooking } = require(`${__hooks}/bookings.js`)
const { steps } = require(`${__hooks}/flow_ids.js`)
const { isBookable, deskFields, addressSource } = require(`${__hooks}/office_lib.js`)

const LOG_MAX = 20

// ---------------------------------------------------------------- days (WIB)

// ?date= (default today, WIB): {date, fromMs, toMs} or {error}
function dayParam(e) {
  const raw = e.request.url.query().get("date")
  const date = raw === "" ? wibDate(Date.now()) : raw
  const ms = wibDateMs(date)
  if (isNaN(ms)) return { error: "invalid_request", field: "date" }
  return { date: date, fromMs: ms, toMs: ms + DAY_MS }
}

// ---------------------------------------------------------------- who and which help point

// a help point by id or code: the fields the desk routes use, or null
function officeRow(app, idOrCode) {
  let rec = null
  try {
    rec = app.findFirstRecordByFilter("offices", "id = {:x} || code = {:x}", { x: idOrCode })
  } catch (_) {
    return null
  }
  return {
    id: rec.id, code: rec.getString("code"), kind: rec.getString("kind"), name: rec.getString("name"),
    region: rec.getString("region"), active: rec.getBool("active"), bookable: isBookable(rec),
    address: rec.getString("address"), landmark: rec.getString("landmark"), desk_fields: deskFields(rec),
  }
}

// The help point a route acts on: an officer's own (any ?office= is ignored); province staff name one
// with ?office=. {who, office} or {error, field}.
function target(e) {
  const who = staffOf(e)
  if (!who) return { error: "forbidden" }
  let id = who.office
  if (who.role === "province") {
    id = e.request.url.query().get("office")
    if (!id) return { error: "invalid_request", field: "office" }
    if (!/^[a-z0-9-]{1,64}$/.test(id)) return { error: "not_found", field: "office" }
  } else if (!id) {
    return { error: "forbidden" }
  }
  const office = officeRow(e.app, id)
  if (!office) return { error: "not_found", field: "office" }
  return { who: who, office: office }
}

// ---------------------------------------------------------------- GET /api/staff/me

function handleMe(e) {
  const who = staffOf(e)
  if (!who) return sendError(e, "forbidden")
  const a = e.auth
  let office = null
  if (who.office) {
    const o = officeRow(e.app, who.office)
    if (o) office = { id: o.id, code: o.code, name: o.name, region: o.region }
  }
  return e.json(200, { id: a.id, email: a.email(), name: a.getString("name"), role: who.role, office: office })
}

// ---------------------------------------------------------------- status history

function parseLog(text) {
  try {
    const v = JSON.parse(text || "[]")
    return Array.isArray(v) ? v : []
  } catch (_) {
    return []
  }
}

// the index of the last change of the status itself in the log, or -1 (a served booking's note edits are
// logged too, as served -> served, and are not what an undo undoes)
function lastStatusChange(log) {
  for (let i = log.length - 1; i >= 0; i--) if (log[i].from !== log[i].to) return i
  return -1
}

// the status an undo goes back to now, or null: the last status change was made at this help point's
// desk today (WIB) and the booking still has the status it set
function undoTarget(log, status, officeId, nowMs) {
  const i = lastStatusChange(log)
  const last = i >= 0 ? log[i] : null
  if (!last || last.to !== status || last.office !== officeId) return null
  if (wibDate(Date.parse(last.at)) !== wibDate(nowMs)) return null
  return last.from
}

const BOOKING_SHAPE = {
  id: "", code: "", queue_no: 0, name: "", region: "", phone: "", priority: false, channel: "", status: "",
  summary: "", problem: "", served_note: "", fixed_by: "", status_log: "", status_at: "", status_by: "",
  slot: "", office: "", nik: "", starts_at: "", ends_at: "",
}
const BOOKING_SQL =
  "SELECT b.id, b.code, b.queue_no, b.name, b.region, b.phone, b.priority, b.channel, b.status, b.summary, b.problem, " +
  "b.served_note, b.fixed_by, IFNULL(CAST(b.status_log AS TEXT), '') AS status_log, b.status_at, b.status_by, b.slot, b.office, " +
  "b.nik, s.starts_at, s.ends_at FROM bookings b JOIN slots s ON s.id = b.slot "

// the desk's view of one booking (no NIK: the officer checks the e-KTP by eye)
function deskBooking(r, nowMs) {
  return {
    id: r.id,
    code: r.code,
    queue_number: r.queue_no,
    name: r.name,
    region: r.region,
    phone: r.phone,
    priority: !!r.priority,
    channel: r.channel || "online",
    status: r.status,
    summary: r.summary,
    problem: r.problem,
    steps: r.problem ? steps(r.problem) : [],
    served_note: r.served_note,
    fixed_by: r.fixed_by,
    undo: undoTarget(parseLog(r.status_log), r.status, r.office, nowMs),
    status_at: r.status_at ? iso(r.status_at) : null,
    status_by: r.status_by || null,
  }
}

function bookingRow(app, id) {
  return firstRow(app, BOOKING_SQL + "WHERE b.id = {:id} LIMIT 1", { id: id }, BOOKING_SHAPE)
}

function bookingReply(app, id, nowMs) {
  const r = bookingRow(app, id)
  return { booking: deskBooking(r, nowMs), slot: { id: r.slot, start: iso(r.starts_at), end: iso(r.ends_at) } }
}

// ---------------------------------------------------------------- GET /api/staff/queue

function handleQueue(e) {
  const t = target(e)
  if (t.error) return sendError(e, t.error, t.field)
  const day = dayParam(e)
  if (day.error) return sendError(e, day.error, day.field)
  const nowMs = Date.now()
  const slots = arrayOf(new DynamicModel({
    id: "", starts_at: "", ends_at: "", seats: 0, priority_seats: 0, closed: false, total: 0, prio: 0,
  }))
  e.app.db().newQuery(
    "SELECT s.id, s.starts_at, s.ends_at, s.seats, s.priority_seats, s.closed, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled') AS total, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled' AND b.priority = TRUE) AS prio " +
    "FROM slots s WHERE s.office = {:o} AND s.starts_at >= {:f} AND s.starts_at < {:t} ORDER BY s.starts_at"
  ).bind({ o: t.office.id, f: pbDate(day.fromMs), t: pbDate(day.toMs) }).all(slots)
  const rows = arrayOf(new DynamicModel(BOOKING_SHAPE))
  e.app.db().newQuery(BOOKING_SQL +
    "WHERE s.office = {:o} AND s.starts_at >= {:f} AND s.starts_at < {:t} AND b.status != 'cancelled' " +
    "ORDER BY s.starts_at, b.queue_no"
  ).bind({ o: t.office.id, f: pbDate(day.fromMs), t: pbDate(day.toMs) }).all(rows)
  const per = {}
  const counts = { booked: 0, waiting: 0, arrived: 0, served: 0, no_show: 0, free: 0, seats: 0 }
  for (const r of rows) {
    (per[r.slot] = per[r.slot] || []).push(deskBooking(r, nowMs))
    counts.booked++
    if (r.status === "booked") counts.waiting++
    else if (counts[r.status] !== undefined) counts[r.status]++
  }
  const outSlots = slots.map((s) => {
    const started = parsePbDate(s.starts_at) <= nowMs
    const open = !s.closed && t.office.bookable
    const st = capacityState(s, s.total, s.prio, nowMs)
    const free = open && !started ? st.remaining_priority : 0
    if (!s.closed) counts.seats += s.seats
    counts.free += free
    return {
      id: s.id, start: iso(s.starts_at), end: iso(s.ends_at), seats: s.seats,
      // a walk-in may still take a seat (held ones included) until the slot ends
      free: open && parsePbDate(s.ends_at) > nowMs ? st.remaining_priority : 0,
      // free seats (held ones included) before the start: what counts.free adds up
      free_priority: free,
      // what a citizen can still book online
      free_online: open && !started ? st.remaining : 0,
      closed: !open, started: started, bookings: per[s.id] || [],
    }
  })
  const cd = firstRow(e.app, "SELECT date, reason FROM closed_days WHERE office = {:o} AND date = {:d} LIMIT 1",
    { o: t.office.id, d: day.date }, { date: "", reason: "" })
  return e.json(200, {
    date: day.date,
    office: {
      id: t.office.id, code: t.office.code, name: t.office.name, region: t.office.region,
      address: t.office.address, landmark: t.office.landmark, bookable: t.office.bookable,
      address_source: addressSource(t.office.address, t.office.desk_fields),
      closed_day: cd ? { date: cd.date, reason: cd.reason } : null,
    },
    counts: counts,
    slots: outSlots,
  })
}

// ---------------------------------------------------------------- status changes

// The one place that changes a status at the desk, and a served booking's note and what fixed it. Every
// change is made on the slot's day (WIB; a no-show from the slot's start on) and logged with who and
// when. rec: the booking record (inside tx). Returns {error, field, extra} or {changed}. look: run every
// check, change nothing (the check-in's look-up before the officer confirms).
function applyStatus(tx, rec, to, who, nowMs, served, look) {
  const from = rec.getString("status")
  const slot = firstRow(tx, "SELECT starts_at, ends_at FROM slots WHERE id = {:id}", { id: rec.getString("slot") },
    { starts_at: "", ends_at: "" })
  const startMs = parsePbDate(slot.starts_at)
  const slotDay = wibDate(startMs)
  const today = wibDate(nowMs)
  const slotInfo = { slot: { start: iso(slot.starts_at), end: iso(slot.ends_at) } }
  if (from === to) {
    if (to !== "served") return { changed: false }
    if (rec.getString("served_note") === served.note && rec.getString("fixed_by") === served.fixed_by) return { changed: false }
    // a note edit: the same day rule and the same log as a status change
  } else {
    const allowed = { booked: ["arrived", "served", "no_show"], arrived: ["served"] }
    if ((allowed[from] || []).indexOf(to) < 0) return { error: "status_not_allowed", field: "status", extra: { booking_status: from } }
  }
  if (to === "no_show") {
    if (startMs > nowMs) return { error: "too_early", field: "status", extra: slotInfo }
  } else if (slotDay !== today) {
    return { error: "wrong_day", field: "status", extra: slotInfo }
  }
  if (look) return { changed: false }
  const log = parseLog(toString(rec.get("status_log")))
  log.push({ from: from, to: to, by: who.staff, office: who.office, at: new Date(nowMs).toISOString() })
  while (log.length > LOG_MAX) log.shift()
  rec.set("status", to)
  rec.set("status_log", log)
  rec.set("status_by", who.staff)
  rec.set("status_at", pbDate(nowMs))
  if (to === "served") {
    rec.set("served_note", served.note)
    rec.set("fixed_by", served.fixed_by)
  }
  tx.save(rec)
  return { changed: true }
}

// runs fn(tx, rec) on a booking of the officer's own help point inside one transaction, answers the
// booking as the queue shows it
function withOwnBooking(e, who, find, fn) {
  const nowMs = Date.now()
  let out = null
  try {
    e.app.runInTransaction((tx) => {
      const rec = find(tx)
      if (!rec || rec.getString("office") !== who.office) { out = { error: "not_found" }; return }
      out = fn(tx, rec, nowMs)
      out.id = rec.id
    })
  } catch (err) {
    const msg = String(err && err.value && err.value.message ? err.value.message : err)
    if (/UNIQUE constraint failed: bookings\.nik|idx_bookings_active_nik/.test(msg)) return sendError(e, "status_conflict", "status")
    throw err
  }
  if (out.error) return sendError(e, out.error, out.field, out.extra)
  if (out.changed) bumpAvailability(e.app)
  return e.json(200, bookingReply(e.app, out.id, nowMs))
}

function findRecord(tx, filter, params) {
  try {
    return tx.findFirstRecordByFilter("bookings", filter, params)
  } catch (_) {
    return null
  }
}

// POST /api/staff/checkin {code, look?}: look true only finds the booking and says whether it can be
// checked in now (the desk shows the person first; the officer's confirming press sends it without look)
function handleCheckin(e) {
  const who = officerOf(e)
  if (!who) return sendError(e, "forbidden")
  const body = requestBody(e)
  if (!body) return sendError(e, "invalid_request")
  if (typeof body.code !== "string") return sendError(e, "invalid_request", "code")
  if (body.look !== undefined && typeof body.look !== "boolean") return sendError(e, "invalid_request", "look")
  const code = normalizeCode(body.code)
  if (!code) return sendError(e, "not_found")
  return withOwnBooking(e, who, (tx) => findRecord(tx, "code = {:c} && office = {:o}", { c: code, o: who.office }),
    (tx, rec, nowMs) => {
      const status = rec.getString("status")
      if (status === "arrived") return { changed: false }
      if (status !== "booked") return { error: "status_not_allowed", field: "code", extra: { booking_status: status } }
      return applyStatus(tx, rec, "arrived", who, nowMs, null, body.look === true)
    })
}

// POST /api/staff/status {id, status, note?, fixed_by?}
function handleStatus(e) {
  const who = officerOf(e)
  if (!who) return sendError(e, "forbidden")
  const body = requestBody(e)
  if (!body) return sendError(e, "invalid_request")
  if (!isId(body.id)) return sendError(e, "invalid_request", "id")
  const to = body.status
  if (["arrived", "served", "no_show"].indexOf(to) < 0) return sendError(e, "invalid_request", "status")
  let served = null
  if (to === "served") {
    const note = cleanText(body.note, 500)
    if (note === null) return sendError(e, "invalid_request", "note")
    if (typeof body.fixed_by !== "string") return sendError(e, "invalid_request", "fixed_by")
    served = { note: note, fixed_by: body.fixed_by }
  } else if (body.note !== undefined || body.fixed_by !== undefined) {
    return sendError(e, "invalid_request", body.note !== undefined ? "note" : "fixed_by")
  }
  return withOwnBooking(e, who, (tx) => findRecord(tx, "id = {:id}", { id: body.id }),
    (tx, rec, nowMs) => {
      if (served) {
        const problem = rec.getString("problem")
        const choices = (problem ? steps(problem) : []).concat(["other"])
        if (choices.indexOf(served.fixed_by) < 0) return { error: "invalid_request", field: "fixed_by" }
      }
      return applyStatus(tx, rec, to, who, nowMs, served)
    })
}

// POST /api/staff/undo {id}
function handleUndo(e) {
  const who = officerOf(e)
  if (!who) return sendError(e, "forbidden")
  const body = requestBody(e)
  if (!body) return sendError(e, "invalid_request")
  if (!isId(body.id)) return sendError(e, "invalid_request", "id")
  return withOwnBooking(e, who, (tx) => findRecord(tx, "id = {:id}", { id: body.id }),
    (tx, rec, nowMs) => {
      const log = parseLog(toString(rec.get("status_log")))
      const status = rec.getString("status")
      const back = undoTarget(log, status, who.office, nowMs)
      if (!back) return { error: "undo_not_allowed", field: "id" }
      if (ACTIVE_STATUSES.indexOf(back) >= 0 && ACTIVE_STATUSES.indexOf(status) < 0 &&
        hasActiveBooking(tx, rec.getString("nik"), rec.id)) {
        return { error: "status_conflict", field: "status" }
      }
      log.splice(lastStatusChange(log), 1)
      rec.set("status", back)
      rec.set("status_log", log)
      rec.set("status_by", who.staff)
      rec.set("status_at", pbDate(nowMs))
      if (status === "served") {
        rec.set("served_note", "")
        rec.set("fixed_by", "")
      }
      tx.save(rec)
      return { changed: true }
    })
}

// every save of a staff account (admin UI, API, scripts/staff.sh): an officer needs a help point; province
// accounts have none; disabling changes the token key, so tokens already given out stop working
function beforeStaffSave(e) {
  const r = e.record
  if (r.getString("role") === "") r.set("role", "officer")
  if (r.getString("role") === "officer" && !r.getString("office")) throw new BadRequestError("an officer needs a help point (office)")
  if (r.getString("role") === "province" || r.getString("role") === "call_centre") r.set("office", "")
  let was = false
  try { was = r.original().getBool("disabled") } catch (_) { }
  if (r.getBool("disabled") && !was) r.refreshTokenKey()
  return e.next()
}

module.exports = { beforeStaffSave, dayParam, target, officeRow, parseLog, handleMe, handleQueue, handleCheckin, handleStatus, handleUndo }
