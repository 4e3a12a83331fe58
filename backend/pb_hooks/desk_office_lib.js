/// <reference path="../pb_data/types.d.ts" />
// The help point's own details at the desk: address, landmark, opening hours, seats, map position, and
// closed days. docs/booking-api.md, "Desk". Changes reach the citizen's availability at once.

const { WIB_MS, DAY_MS, DAYS, pbDate, parsePbDate, iso, wibDate, wibDateMs } = require(`${__hooks}/constants.js`)
const { cleanText } = require(`${__hooks}/input_rules.js`)
const { checkAddress, checkHours, inEastJava, params: ruleParams } = require(`${__hooks}/shared_rules.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { body: requestBody } = require(`${__hooks}/request.js`)
const { firstRow } = require(`${__hooks}/query.js`)
const { prioritySeats: prioritySeatsOf } = require(`${__hooks}/capacity.js`)
const { bumpAvailability } = require(`${__hooks}/availability_cache.js`)
const { target } = require(`${__hooks}/desk_lib.js`)
const { DESK_FIELDS, deskFields, isBookable, addressSource, markDeskAddress } = require(`${__hooks}/office_lib.js`)
const { parseHours, generateSlotsOf } = require(`${__hooks}/slots_lib.js`)

function todayWib() {
  return wibDate(Date.now())
}

function officeView(app, id) {
  const rec = app.findRecordById("offices", id)
  const fields = deskFields(rec)
  const days = arrayOf(new DynamicModel({ date: "", reason: "" }))
  app.db().newQuery("SELECT date, reason FROM closed_days WHERE office = {:o} AND date >= {:d} ORDER BY date")
    .bind({ o: id, d: todayWib() }).all(days)
  let hours = {}
  try { hours = JSON.parse(toString(rec.get("hours")) || "{}") || {} } catch (_) { }
  const full = {}
  for (const d of ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]) full[d] = hours[d] || []
  const num = (f) => { const v = rec.get(f); return v === null || v === undefined || v === 0 ? null : v }
  return {
    id: rec.id,
    code: rec.getString("code"),
    kind: rec.getString("kind"),
    name: rec.getString("name"),
    region: rec.getString("region"),
    active: rec.getBool("active"),
    bookable: isBookable(rec),
    address: rec.getString("address"),
    address_source: addressSource(rec.getString("address"), fields),
    landmark: rec.getString("landmark"),
    hours: full,
    slot_minutes: rec.getInt("slot_minutes"),
    seats: rec.getInt("seats"),
    lat: num("lat"),
    lng: num("lng"),
    closed_days: days.map((d) => ({ date: d.date, reason: d.reason })),
  }
}

// GET /api/staff/office[?office=]
function handleGet(e) {
  const t = target(e)
  if (t.error) return sendError(e, t.error, t.field)
  return e.json(200, officeView(e.app, t.office.id))
}

// ---------------------------------------------------------------- validation

// {mon: ["08:00-12:00"], ...} (some or all days) -> the cleaned object, or null (shared_rules.checkHours)
function cleanHours(raw) {
  if (!raw || typeof raw !== "object" || Array.isArray(raw)) return null
  const out = {}
  for (const k of Object.keys(raw)) {
    if (DAYS.indexOf(k) < 0) return null
    const spans = checkHours(raw[k])
    if (spans.reason) return null
    out[k] = spans.value
  }
  return out
}

// the one street address rule (shared_rules.checkAddress); bidi and invisible characters are refused there
function cleanAddress(raw) {
  const r = checkAddress(raw)
  return r.reason ? null : r.value
}

// the PATCH body -> {set: {field: value}} or {error, field}
function patchInput(b) {
  const set = {}
  for (const k of Object.keys(b)) if (DESK_FIELDS.indexOf(k) < 0) return { error: "invalid_request", field: k }
  if (b.address !== undefined) {
    const a = cleanAddress(b.address)
    if (a === null) return { error: "invalid_request", field: "address" }
    set.address = a
  }
  if (b.landmark !== undefined) {
    const l = cleanText(b.landmark, 200)
    if (l === null) return { error: "invalid_request", field: "landmark" }
    set.landmark = l
  }
  if (b.hours !== undefined) {
    const h = cleanHours(b.hours)
    if (h === null) return { error: "invalid_request", field: "hours" }
    set.hours = h
  }
  if (b.seats !== undefined) {
    if (typeof b.seats !== "number" || !Number.isInteger(b.seats) || b.seats < 1 || b.seats > 50) return { error: "invalid_request", field: "seats" }
    set.seats = b.seats
  }
  if (b.lat !== undefined || b.lng !== undefined) {
    if (b.lat === null && b.lng === null) {
      set.lat = null
      set.lng = null
    } else {
      if (!inEastJava(b.lat, b.lng)) return { error: "invalid_request", field: inEastJava(b.lat, ruleParams().east_java.lng_min) ? "lng" : "lat" }
      set.lat = b.lat
      set.lng = b.lng
    }
  }
  return { set: set }
}

// ---------------------------------------------------------------- slots after a change

// the people with active bookings in the given slots: whom the officer must contact
function contactsOf(app, where, params) {
  const rows = arrayOf(new DynamicModel({ name: "", phone: "", code: "", starts_at: "", status: "" }))
  app.db().newQuery(
    "SELECT b.name, b.phone, b.code, s.starts_at, b.status FROM bookings b JOIN slots s ON s.id = b.slot " +
    "WHERE b.status IN ('booked', 'arrived') AND " + where + " ORDER BY s.starts_at, b.queue_no"
  ).bind(params).all(rows)
  return rows.map((r) => ({ name: r.name, phone: r.phone, code: r.code, start: iso(r.starts_at), status: r.status }))
}

// does a slot starting at startMs (UTC) fit the hours (parsed by slots_lib.parseHours)?
function fits(parsed, startMs, minutesLong) {
  const wib = new Date(startMs + WIB_MS)
  const m = wib.getUTCHours() * 60 + wib.getUTCMinutes()
  for (const span of parsed[wib.getUTCDay()] || []) if (m >= span[0] && m + minutesLong <= span[1]) return true
  return false
}

// New hours or seats for the slots not started yet: free slots outside the hours go, booked ones are
// closed (their people listed), the rest get the new seat count. Returns the contacts.
function reshapeSlots(tx, officeId, hoursChanged, seatsChanged, nowMs) {
  const office = tx.findRecordById("offices", officeId)
  const parsed = parseHours(JSON.parse(toString(office.get("hours")) || "{}"))
  const minutesLong = office.getInt("slot_minutes") || 30
  const seats = office.getInt("seats") || 10
  const prioritySeats = prioritySeatsOf(seats)
  const rows = arrayOf(new DynamicModel({ id: "", starts_at: "", closed: false, any: 0 }))
  tx.db().newQuery(
    "SELECT s.id, s.starts_at, s.closed, (SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id) AS any " +
    "FROM slots s WHERE s.office = {:o} AND s.starts_at > {:now}"
  ).bind({ o: officeId, now: pbDate(nowMs) }).all(rows)
  const closedIds = []
  for (const r of rows) {
    const ok = fits(parsed, parsePbDate(r.starts_at), minutesLong)
    if (hoursChanged && !ok) {
      if (r.any === 0) {
        tx.db().newQuery("DELETE FROM slots WHERE id = {:id}").bind({ id: r.id }).execute()
      } else if (!r.closed) {
        tx.db().newQuery("UPDATE slots SET closed = TRUE WHERE id = {:id}").bind({ id: r.id }).execute()
        closedIds.push(r.id)
      }
    } else if (seatsChanged) {
      tx.db().newQuery("UPDATE slots SET seats = {:s}, priority_seats = {:p} WHERE id = {:id}")
        .bind({ s: seats, p: prioritySeats, id: r.id }).execute()
    }
  }
  if (!closedIds.length) return []
  const params = {}
  const names = closedIds.map((id, i) => { params["s" + i] = id; return "{:s" + i + "}" })
  return contactsOf(tx, "b.slot IN (" + names.join(", ") + ")", params)
}

// PATCH /api/staff/office[?office=]
function handlePatch(e) {
  const t = target(e)
  if (t.error) return sendError(e, t.error, t.field)
  const b = requestBody(e)
  if (!b) return sendError(e, "invalid_request")
  const input = patchInput(b)
  if (input.error) return sendError(e, input.error, input.field)
  const set = input.set
  const names = Object.keys(set)
  const nowMs = Date.now()
  let contacts = []
  if (names.length) {
    e.app.runInTransaction((tx) => {
      const rec = tx.findRecordById("offices", t.office.id)
      const fields = deskFields(rec)
      for (const k of names) {
        rec.set(k, set[k])
        if (fields.indexOf(k) < 0) fields.push(k)
      }
      rec.set("desk_fields", fields)
      rec.set("desk_by", t.who.staff)
      rec.set("desk_at", pbDate(nowMs))
      // an officer saved a street address: the help point takes bookings from now on
      if (set.address !== undefined) markDeskAddress(rec)
      tx.save(rec)
      if (set.hours !== undefined || set.seats !== undefined) {
        contacts = reshapeSlots(tx, rec.id, set.hours !== undefined, set.seats !== undefined, nowMs)
      }
    })
    if (set.hours !== undefined || set.address !== undefined) generateSlotsOf(e.app, t.office.id)
    bumpAvailability(e.app)
    console.log(`booking store: staff ${t.who.staff} changed ${names.join(",")} of help point ${t.office.code}`)
  }
  const view = officeView(e.app, t.office.id)
  if (contacts.length) view.contacts = contacts
  return e.json(200, view)
}

// ---------------------------------------------------------------- closed days

function dateInput(raw) {
  if (typeof raw !== "string") return null
  const ms = wibDateMs(raw)
  if (isNaN(ms)) return null
  const today = wibDateMs(todayWib())
  if (ms < today || ms > today + 366 * DAY_MS) return null
  return { date: raw, fromMs: ms, toMs: ms + DAY_MS }
}

// POST /api/staff/office/closed-days[?office=] {date, reason, confirm?}
function handleCloseDay(e) {
  const t = target(e)
  if (t.error) return sendError(e, t.error, t.field)
  const b = requestBody(e)
  if (!b) return sendError(e, "invalid_request")
  const day = dateInput(b.date)
  if (!day) return sendError(e, "invalid_request", "date")
  const reason = cleanText(b.reason, 200)
  if (reason === null || reason.length < 2) return sendError(e, "invalid_request", "reason")
  if (b.confirm !== undefined && typeof b.confirm !== "boolean") return sendError(e, "invalid_request", "confirm")
  const range = { o: t.office.id, f: pbDate(day.fromMs), t: pbDate(day.toMs) }
  const where = "s.office = {:o} AND s.starts_at >= {:f} AND s.starts_at < {:t}"
  let out = null
  e.app.runInTransaction((tx) => {
    const contacts = contactsOf(tx, where, range)
    if (contacts.length && b.confirm !== true) { out = { error: true, contacts: contacts }; return }
    const existing = firstRow(tx, "SELECT id FROM closed_days WHERE office = {:o} AND date = {:d} LIMIT 1",
      { o: t.office.id, d: day.date }, { id: "" })
    const rec = existing ? tx.findRecordById("closed_days", existing.id) : new Record(tx.findCollectionByNameOrId("closed_days"))
    rec.set("office", t.office.id)
    rec.set("date", day.date)
    rec.set("reason", reason)
    rec.set("created_by", t.who.staff)
    tx.save(rec)
    const res = tx.db().newQuery("UPDATE slots SET closed = TRUE WHERE office = {:o} AND starts_at >= {:f} AND starts_at < {:t}")
      .bind(range).execute()
    out = { date: day.date, reason: reason, closed_slots: res.rowsAffected(), contacts: contacts }
  })
  if (out.error) return sendError(e, "day_has_bookings", "date", { contacts: out.contacts })
  bumpAvailability(e.app)
  console.log(`booking store: staff ${t.who.staff} closed ${day.date} at help point ${t.office.code}`)
  return e.json(200, out)
}

// DELETE /api/staff/office/closed-days/{date}[?office=]
function handleReopenDay(e) {
  const t = target(e)
  if (t.error) return sendError(e, t.error, t.field)
  const raw = e.request.pathValue("date")
  const ms = wibDateMs(raw)
  if (isNaN(ms)) return sendError(e, "invalid_request", "date")
  const nowMs = Date.now()
  let out = null
  e.app.runInTransaction((tx) => {
    const row = firstRow(tx, "SELECT id FROM closed_days WHERE office = {:o} AND date = {:d} LIMIT 1",
      { o: t.office.id, d: raw }, { id: "" })
    if (!row) { out = { error: "not_found" }; return }
    tx.db().newQuery("DELETE FROM closed_days WHERE id = {:id}").bind({ id: row.id }).execute()
    // reopen the day's slots not started yet
    const res = tx.db().newQuery("UPDATE slots SET closed = FALSE WHERE office = {:o} AND starts_at >= {:f} AND starts_at < {:t} AND starts_at > {:now} AND closed = TRUE")
      .bind({ o: t.office.id, f: pbDate(ms), t: pbDate(ms + DAY_MS), now: pbDate(nowMs) }).execute()
    const n = res.rowsAffected()
    out = { date: raw, reopened_slots: n }
  })
  if (out.error) return sendError(e, out.error, "date")
  out.reopened_slots += generateSlotsOf(e.app, t.office.id)
  bumpAvailability(e.app)
  return e.json(200, out)
}

module.exports = { handleGet, handlePatch, handleCloseDay, handleReopenDay, cleanHours, cleanAddress }
