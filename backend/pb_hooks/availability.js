/// <reference path="../pb_data/types.d.ts" />
// Public availability: GET /api/availability (per help point totals) and /api/availability/{office}
// (its slots), both through the short-lived cache (availability_cache.js).

const { HOUR_MS, DAY_MS, pbDate, parsePbDate, iso, wibDate, wibDateMs } = require(`${__hooks}/constants.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { holdHours, capacityState, slotIsClosed } = require(`${__hooks}/capacity.js`)
const { cachedJson } = require(`${__hooks}/availability_cache.js`)

function publicOffice(o) {
  return {
    id: o.id,
    code: o.code,
    kind: o.kind,
    name: o.name,
    region: o.region,
    region_code: o.region_code,
    active: !!o.active,
    bookable: !!o.bookable,
    not_bookable_reason: o.bookable ? null : (o.not_bookable_reason || "no_address"),
    hours: o.hours ? JSON.parse(o.hours) : null,
    slot_minutes: o.slot_minutes,
    lat: o.lat || null,
    lng: o.lng || null,
  }
}

function listOffices(app) {
  const rows = arrayOf(new DynamicModel({
    id: "", code: "", kind: "", name: "", region: "", region_code: "", active: false, bookable: false,
    not_bookable_reason: "", hours: "", slot_minutes: 0,
    lat: -0, lng: -0, // -0: a float column (0 would be read as an integer)
  }))
  app.db().newQuery(
    "SELECT id, code, kind, name, region, region_code, active, bookable, not_bookable_reason, " +
    "CAST(hours AS TEXT) AS hours, slot_minutes, " +
    "COALESCE(lat, 0) AS lat, COALESCE(lng, 0) AS lng FROM offices ORDER BY kind != 'province_office', kind != 'ltsa', kind, name"
  ).all(rows)
  return rows
}

function slotRows(app, officeId, fromMs, toMs) {
  const rows = arrayOf(new DynamicModel({
    id: "", office: "", starts_at: "", ends_at: "", seats: 0, priority_seats: 0, closed: false,
    office_active: false, office_bookable: false, total: 0, prio: 0,
  }))
  app.db().newQuery(
    "SELECT s.id, s.office, s.starts_at, s.ends_at, s.seats, s.priority_seats, s.closed, o.active AS office_active, " +
    "o.bookable AS office_bookable, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled') AS total, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled' AND b.priority = TRUE) AS prio " +
    "FROM slots s JOIN offices o ON o.id = s.office " +
    "WHERE (s.office = {:o} OR {:o} = '') AND s.starts_at >= {:from} AND s.starts_at < {:to} ORDER BY s.starts_at"
  ).bind({ o: officeId, from: pbDate(fromMs), to: pbDate(toMs) }).all(rows)
  return rows
}

// ?days=1..60 (default 14; larger numbers are cut to 60) & from=YYYY-MM-DD (a WIB date, default now).
// Anything else is 400 invalid_request: never a RangeError.
function availabilityWindow(e) {
  const q = e.request.url.query()
  const nowMs = Date.now()
  let days = 14
  const rawDays = q.get("days")
  if (rawDays !== "") {
    if (!/^[0-9]{1,4}$/.test(rawDays)) return { error: "invalid_request", field: "days" }
    days = Math.min(60, Math.max(1, parseInt(rawDays, 10)))
  }
  let fromMs = nowMs
  const from = q.get("from")
  if (from !== "") {
    const ms = wibDateMs(from)
    if (isNaN(ms)) return { error: "invalid_request", field: "from" }
    fromMs = Math.max(nowMs, ms)
  }
  return { nowMs: nowMs, fromMs: fromMs, toMs: fromMs + days * DAY_MS, key: days + "|" + from }
}

// the help point's closed days in the window: {"YYYY-MM-DD": reason} (the officer's reason, at most 200
// characters by the closed-day route; nothing about who closed it)
function closedDays(app, officeId, fromMs, toMs) {
  const rows = arrayOf(new DynamicModel({ date: "", reason: "" }))
  app.db().newQuery("SELECT date, reason FROM closed_days WHERE office = {:o} AND date >= {:f} AND date <= {:t}")
    .bind({ o: officeId, f: wibDate(fromMs), t: wibDate(toMs) }).all(rows)
  const out = {}
  for (const r of rows) out[r.date] = r.reason
  return out
}

function slotView(s, nowMs, closedOn) {
  const st = capacityState(s, s.total, s.prio, nowMs)
  const closed = slotIsClosed(s, nowMs)
  const reason = s.closed && closedOn ? closedOn[wibDate(parsePbDate(s.starts_at))] : undefined
  const view = {
    id: s.id,
    office: s.office,
    start: iso(s.starts_at),
    end: iso(s.ends_at),
    seats: s.seats,
    remaining: closed ? 0 : st.remaining,
    remaining_priority: closed ? 0 : st.remaining_priority,
    priority_hold_until: st.priority_hold_until,
    closed: closed,
  }
  // a day the officer closed: the slot says why (what the citizen reads instead of "full")
  if (reason) view.closed_reason = reason
  return view
}

// `bookable` in the public view: where the store has no bookable flag of its own, an active help point is one
function withBookable(view, o) {
  if (view.bookable === undefined) view.bookable = !!o.active
  return view
}

function sendJsonText(e, out) {
  if (out.status !== 200) return sendError(e, out.error, out.field)
  return e.blob(200, "application/json; charset=utf-8", out.body)
}

function handleAvailabilityOffice(e) {
  const id = e.request.pathValue("office")
  const w = availabilityWindow(e)
  if (w.error) return sendError(e, w.error, w.field)
  if (!/^[a-z0-9-]{1,64}$/.test(id)) return sendError(e, "not_found", "office")
  return sendJsonText(e, cachedJson(e.app, "o|" + id + "|" + w.key, () => {
    const office = listOffices(e.app).filter((o) => o.id === id || o.code === id)[0]
    if (!office) return { status: 404, error: "not_found", field: "office" }
    const closedOn = closedDays(e.app, office.id, w.fromMs, w.toMs)
    const slots = slotRows(e.app, office.id, w.fromMs, w.toMs).map((s) => slotView(s, w.nowMs, closedOn))
    return { status: 200, body: JSON.stringify({ office: withBookable(publicOffice(office), office), slots: slots }) }
  }))
}

// per help point totals, aggregated in SQL (the hottest public read)
function handleAvailabilitySummary(e) {
  const w = availabilityWindow(e)
  if (w.error) return sendError(e, w.error, w.field)
  return sendJsonText(e, cachedJson(e.app, "s|" + w.key, () => {
    const rows = arrayOf(new DynamicModel({ office: "", remaining: 0, remaining_priority: 0, next_free: "" }))
    e.app.db().newQuery(
      "SELECT x.office, SUM(x.rem) AS remaining, SUM(x.free) AS remaining_priority, " +
      "  IFNULL(MIN(CASE WHEN x.rem > 0 THEN x.starts_at END), '') AS next_free FROM (" +
      "  SELECT s.office, s.starts_at, MAX(0, s.seats - COUNT(b.id)) AS free, " +
      "    MAX(0, s.seats - COUNT(b.id) - CASE WHEN s.starts_at > {:holdEdge} " +
      "      THEN MAX(0, s.priority_seats - IFNULL(SUM(b.priority), 0)) ELSE 0 END) AS rem " +
      "  FROM slots s JOIN offices o ON o.id = s.office " +
      "  LEFT JOIN bookings b ON b.slot = s.id AND b.status != 'cancelled' " +
      "  WHERE s.starts_at > {:now} AND s.starts_at >= {:from} AND s.starts_at < {:to} " +
      "    AND s.closed = FALSE AND o.active = TRUE AND o.bookable = TRUE " +
      "  GROUP BY s.id) x GROUP BY x.office"
    ).bind({
      now: pbDate(w.nowMs), from: pbDate(w.fromMs), to: pbDate(w.toMs),
      holdEdge: pbDate(w.nowMs + holdHours() * HOUR_MS),
    }).all(rows)
    const per = {}
    for (const r of rows) per[r.office] = r
    const offices = listOffices(e.app).map((o) => {
      const p = per[o.id]
      const v = withBookable(publicOffice(o), o)
      v.remaining = p ? p.remaining : 0
      v.remaining_priority = p ? p.remaining_priority : 0
      v.next_free_slot = p && p.next_free ? iso(p.next_free) : null
      return v
    })
    return { status: 200, body: JSON.stringify({ from: new Date(w.fromMs).toISOString(), to: new Date(w.toMs).toISOString(), offices: offices }) }
  }))
}

module.exports = { handleAvailabilityOffice, handleAvailabilitySummary }
