/// <reference path="../pb_data/types.d.ts" />
// Shared helpers for the booking routes. Loaded with require() inside each handler
// (PocketBase runs every handler in an isolated scope).
// Personal data rule: never console.log / $app.logger() a NIK, phone or name.

const CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679" // no 0/O, 1/I/L, 2/Z, 5/S, 8/B
const CODE_LEN = 8
const ACTIVE_STATUSES = ["booked", "arrived"]
const WIB_MS = 7 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

const ERRORS = {
  invalid_request: [400, "Data permintaan tidak lengkap atau tidak valid.", "The request is incomplete or invalid."],
  invalid_nik: [400, "NIK harus 16 digit sesuai KTP.", "The NIK must be the 16 digits printed on the KTP."],
  invalid_phone: [400, "Nomor HP harus nomor seluler Indonesia (08…, +628…).", "The phone number must be an Indonesian mobile number (08…, +628…)."],
  not_found: [404, "Data tidak ditemukan.", "Not found."],
  slot_full: [409, "Slot ini sudah penuh. Pilih jam lain.", "This slot is fully booked. Choose another time."],
  already_booked: [409, "NIK ini sudah punya janji temu aktif. Cek atau batalkan dengan kode booking Anda.", "This NIK already has an active booking. Look it up or cancel it with your booking code."],
  slot_closed: [409, "Slot ini sudah ditutup (sudah lewat, kantor tutup, atau janji sudah diproses).", "This slot is closed (past, office closed, or booking already handled)."],
  idempotency_conflict: [409, "Idempotency-Key ini sudah dipakai untuk permintaan lain.", "This Idempotency-Key was already used for a different request."],
  rate_limited: [429, "Terlalu banyak permintaan. Coba lagi sebentar lagi.", "Too many requests. Try again shortly."],
  internal: [500, "Terjadi kesalahan di server. Coba lagi.", "Server error. Please try again."],
}

function errorBody(code, field) {
  const def = ERRORS[code] || ERRORS.internal
  const body = { status: def[0], code: code, message: def[1], message_en: def[2] }
  if (field) body.field = field
  return body
}

function sendError(e, code, field) {
  const body = errorBody(code, field)
  return e.json(body.status, body)
}

function env(name, dflt) {
  const v = $os.getenv(name)
  return v === undefined || v === null || v === "" ? dflt : v
}

function num(name, dflt) {
  const v = parseFloat(env(name, ""))
  return isNaN(v) ? dflt : v
}

// ---------------------------------------------------------------- validation

function normalizeNik(raw) {
  if (typeof raw !== "string" && typeof raw !== "number") return null
  const s = String(raw).replace(/[\s.-]/g, "")
  if (!/^[0-9]{16}$/.test(s)) return null
  const prov = parseInt(s.slice(0, 2), 10)
  const day = parseInt(s.slice(6, 8), 10)
  const month = parseInt(s.slice(8, 10), 10)
  if (prov < 11 || prov > 94) return null
  if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return null
  if (month < 1 || month > 12) return null
  return s
}

function normalizePhone(raw) {
  if (typeof raw !== "string" && typeof raw !== "number") return null
  const s = String(raw).replace(/[\s().-]/g, "")
  const m = /^(?:\+62|62|0)(8[0-9]{9,12})$/.exec(s)
  return m ? "+62" + m[1] : null
}

function cleanText(raw, max) {
  if (raw === undefined || raw === null) return ""
  if (typeof raw !== "string") return null
  const s = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim()
  return s.length > max ? null : s
}

function normalizeCode(raw) {
  if (typeof raw !== "string") return null
  const s = raw.toUpperCase().replace(/[\s-]/g, "")
  return new RegExp("^[" + CODE_ALPHABET + "]{" + CODE_LEN + "}$").test(s) ? s : null
}

function isId(raw) {
  return typeof raw === "string" && /^[a-z0-9]{15}$/.test(raw)
}

function maskNik(nik) {
  return nik.slice(0, 4) + "********" + nik.slice(12)
}

function maskPhone(p) {
  return p.length > 7 ? p.slice(0, 6) + "*".repeat(p.length - 9) + p.slice(-3) : "***"
}

// ---------------------------------------------------------------- request helpers

function body(e) {
  try {
    const b = e.requestInfo().body
    return b || {}
  } catch (_) {
    return {}
  }
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

// ---------------------------------------------------------------- priority hashing

function hashKey(app) {
  let key = env("PRIORITY_HASH_KEY", "")
  if (key) return key
  return app.store().getOrSet("priority_hash_key", () => {
    const path = app.dataDir() + "/priority_hash.key"
    try {
      const k = toString($os.readFile(path)).trim()
      if (k) return k
    } catch (_) { }
    const k = $security.randomStringWithAlphabet(64, "0123456789abcdef")
    $os.writeFile(path, k, 0o600)
    return k
  })
}

function nikHash(app, nik) {
  return $security.hs256(nik, hashKey(app))
}

// ---------------------------------------------------------------- capacity

function holdHours() {
  return num("PRIORITY_HOLD_HOURS", 24)
}

// remaining = seats any citizen can still take; remaining_priority = seats a registry NIK can take
function capacityState(slot, total, prio, nowMs) {
  const seats = slot.seats
  const startMs = parsePbDate(slot.starts_at)
  const holdUntil = startMs - holdHours() * 3600 * 1000
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
  return !!slot.closed || !slot.office_active || parsePbDate(slot.starts_at) <= nowMs
}

function loadSlot(app, slotId) {
  const rows = arrayOf(new DynamicModel({
    id: "", office: "", starts_at: "", ends_at: "", seats: 0, priority_seats: 0, closed: false, office_active: false,
  }))
  app.db().newQuery(
    "SELECT s.id, s.office, s.starts_at, s.ends_at, s.seats, s.priority_seats, s.closed, o.active AS office_active " +
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

// returns null when the seat may be taken, else an error code
function checkSeat(app, slot, isPriority, nowMs) {
  const c = slotCounts(app, slot.id)
  const st = capacityState(slot, c.total, c.prio, nowMs)
  const left = isPriority ? st.remaining_priority : st.remaining
  if (left <= 0) return { error: "slot_full" }
  const q = freeQueueNo(c.used, slot.seats)
  if (!q) return { error: "slot_full" }
  return { queue_no: q }
}

function hasActiveBooking(app, nik, exceptId) {
  const rows = arrayOf(new DynamicModel({ id: "" }))
  app.db().newQuery(
    "SELECT id FROM bookings WHERE nik = {:n} AND status IN ('booked', 'arrived') AND id != {:x} LIMIT 1"
  ).bind({ n: nik, x: exceptId || "" }).all(rows)
  return rows.length > 0
}

function isPriorityNik(app, hash) {
  const rows = arrayOf(new DynamicModel({ id: "" }))
  app.db().newQuery("SELECT id FROM priority_registry WHERE nik_hash = {:h} LIMIT 1").bind({ h: hash }).all(rows)
  return rows.length > 0
}

function findBooking(app, where, params) {
  try {
    return app.findFirstRecordByFilter("bookings", where, params)
  } catch (_) {
    return null
  }
}

function firstRow(app, sql, params, shape) {
  const rows = arrayOf(new DynamicModel(shape))
  app.db().newQuery(sql).bind(params).all(rows)
  return rows.length ? rows[0] : null
}

function newCode(app) {
  for (let i = 0; i < 10; i++) {
    const c = $security.randomStringWithAlphabet(CODE_LEN, CODE_ALPHABET)
    if (!firstRow(app, "SELECT id FROM bookings WHERE code = {:c} LIMIT 1", { c: c }, { id: "" })) return c
  }
  throw new Error("could not allocate a booking code")
}

// ---------------------------------------------------------------- owner view

// one query: booking + slot + help point (the address only ever leaves the server here)
function ownerViewById(app, id) {
  const r = firstRow(app,
    "SELECT b.code, b.queue_no, b.status, b.priority, b.name, b.nik, b.phone, b.region, b.created, b.updated, " +
    "s.id AS slot_id, s.starts_at, s.ends_at, o.id AS office_id, o.code AS office_code, o.kind, o.name AS office_name, " +
    "o.region AS office_region, o.address " +
    "FROM bookings b JOIN slots s ON s.id = b.slot JOIN offices o ON o.id = b.office WHERE b.id = {:id}",
    { id: id },
    { code: "", queue_no: 0, status: "", priority: false, name: "", nik: "", phone: "", region: "", created: "",
      updated: "", slot_id: "", starts_at: "", ends_at: "", office_id: "", office_code: "", kind: "",
      office_name: "", office_region: "", address: "" })
  if (!r) throw new Error("booking vanished")
  return {
    code: r.code,
    queue_number: r.queue_no,
    status: r.status,
    priority: !!r.priority,
    name: r.name,
    nik_masked: maskNik(r.nik),
    phone_masked: maskPhone(r.phone),
    region: r.region,
    slot: { id: r.slot_id, start: iso(r.starts_at), end: iso(r.ends_at) },
    help_point: {
      id: r.office_id,
      code: r.office_code,
      kind: r.kind,
      name: r.office_name,
      region: r.office_region,
      address: r.address,
    },
    created: iso(r.created),
    updated: iso(r.updated),
  }
}

function ownerView(app, rec) {
  return ownerViewById(app, rec.id)
}

// ---------------------------------------------------------------- routes

function handleCreate(e) {
  const b = body(e)
  const slotId = b.slot
  if (!isId(slotId)) return sendError(e, "invalid_request", "slot")
  const nik = normalizeNik(b.nik)
  if (!nik) return sendError(e, "invalid_nik", "nik")
  const phone = normalizePhone(b.phone)
  if (!phone) return sendError(e, "invalid_phone", "phone")
  const name = cleanText(b.name, 100)
  if (!name || name.length < 2) return sendError(e, "invalid_request", "name")
  const region = cleanText(b.region, 100)
  if (region === null) return sendError(e, "invalid_request", "region")
  const summary = cleanText(b.summary, 2000)
  if (summary === null) return sendError(e, "invalid_request", "summary")

  let key = (e.request.header.get("Idempotency-Key") || "").trim()
  if (key && !/^[A-Za-z0-9_.:-]{8,100}$/.test(key)) return sendError(e, "invalid_request", "idempotency_key")
  const storedKey = key ? "k:" + key : "auto:" + $security.randomString(32)

  const hash = nikHash(e.app, nik) // outside the transaction: keep it short
  const nowMs = Date.now()
  let out = null

  e.app.runInTransaction((tx) => {
    if (key) {
      const prev = firstRow(tx, "SELECT id, nik, slot FROM bookings WHERE idempotency_key = {:k} LIMIT 1",
        { k: storedKey }, { id: "", nik: "", slot: "" })
      if (prev) {
        out = prev.nik !== nik || prev.slot !== slotId
          ? { error: "idempotency_conflict", field: "idempotency_key" }
          : { replay: true, id: prev.id }
        return
      }
    }
    if (hasActiveBooking(tx, nik)) { out = { error: "already_booked", field: "nik" }; return }
    const slot = loadSlot(tx, slotId)
    if (!slot) { out = { error: "not_found", field: "slot" }; return }
    if (slotIsClosed(slot, nowMs)) { out = { error: "slot_closed", field: "slot" }; return }
    const isPriority = isPriorityNik(tx, hash)
    const seat = checkSeat(tx, slot, isPriority, nowMs)
    if (seat.error) { out = { error: seat.error, field: "slot" }; return }

    const rec = new Record(tx.findCollectionByNameOrId("bookings"))
    rec.set("slot", slot.id)
    rec.set("office", slot.office)
    rec.set("code", newCode(tx))
    rec.set("queue_no", seat.queue_no)
    rec.set("name", name)
    rec.set("nik", nik)
    rec.set("phone", phone)
    rec.set("region", region)
    rec.set("priority", isPriority)
    rec.set("summary", summary)
    rec.set("status", "booked")
    rec.set("idempotency_key", storedKey)
    tx.save(rec)
    out = { id: rec.id }
  })

  if (out.error) return sendError(e, out.error, out.field)
  // the owner view is built after the commit, outside the single writer transaction
  const view = ownerViewById(e.app, out.id)
  if (out.replay) e.response.header().set("Idempotency-Replayed", "true")
  return e.json(201, view)
}

function ownerFromBody(e) {
  const b = body(e)
  const code = normalizeCode(b.code)
  const nik = normalizeNik(b.nik)
  if (!nik) return { error: "invalid_nik", field: "nik" }
  if (!code) return { error: "not_found" }
  return { code: code, nik: nik, body: b }
}

function findOwned(app, who) {
  return findBooking(app, "code = {:c} && nik = {:n}", { c: who.code, n: who.nik })
}

function handleLookup(e) {
  const who = ownerFromBody(e)
  if (who.error) return sendError(e, who.error, who.field)
  const rec = findOwned(e.app, who)
  if (!rec) return sendError(e, "not_found")
  return e.json(200, ownerView(e.app, rec))
}

function handleCancel(e) {
  const who = ownerFromBody(e)
  if (who.error) return sendError(e, who.error, who.field)
  const nowMs = Date.now()
  let out = null
  e.app.runInTransaction((tx) => {
    const rec = findOwned(tx, who)
    if (!rec) { out = { error: "not_found" }; return }
    const status = rec.getString("status")
    if (status === "cancelled") { out = { view: ownerView(tx, rec) }; return }
    const slot = loadSlot(tx, rec.getString("slot"))
    if (status !== "booked" || parsePbDate(slot.starts_at) <= nowMs) { out = { error: "slot_closed" }; return }
    rec.set("status", "cancelled")
    rec.set("cancelled_at", pbDate(nowMs))
    tx.save(rec)
    out = { view: ownerView(tx, rec) }
  })
  if (out.error) return sendError(e, out.error)
  return e.json(200, out.view)
}

function handleReschedule(e) {
  const who = ownerFromBody(e)
  if (who.error) return sendError(e, who.error, who.field)
  const newSlotId = who.body.slot
  if (!isId(newSlotId)) return sendError(e, "invalid_request", "slot")
  const nowMs = Date.now()
  let out = null
  e.app.runInTransaction((tx) => {
    const rec = findOwned(tx, who)
    if (!rec) { out = { error: "not_found" }; return }
    const oldSlot = loadSlot(tx, rec.getString("slot"))
    if (rec.getString("status") !== "booked" || parsePbDate(oldSlot.starts_at) <= nowMs) {
      out = { error: "slot_closed" }
      return
    }
    if (newSlotId === oldSlot.id) { out = { view: ownerView(tx, rec) }; return }
    const slot = loadSlot(tx, newSlotId)
    if (!slot) { out = { error: "not_found", field: "slot" }; return }
    if (slotIsClosed(slot, nowMs)) { out = { error: "slot_closed", field: "slot" }; return }
    const seat = checkSeat(tx, slot, rec.getBool("priority"), nowMs)
    if (seat.error) { out = { error: seat.error, field: "slot" }; return }
    rec.set("slot", slot.id)
    rec.set("office", slot.office)
    rec.set("queue_no", seat.queue_no)
    tx.save(rec)
    out = { view: ownerView(tx, rec) }
  })
  if (out.error) return sendError(e, out.error, out.field)
  return e.json(200, out.view)
}

// ---------------------------------------------------------------- availability (public)

function publicOffice(o) {
  return {
    id: o.id,
    code: o.code,
    kind: o.kind,
    name: o.name,
    region: o.region,
    region_code: o.region_code,
    active: !!o.active,
    hours: o.hours ? JSON.parse(o.hours) : null,
    slot_minutes: o.slot_minutes,
    lat: o.lat || null,
    lng: o.lng || null,
  }
}

function listOffices(app) {
  const rows = arrayOf(new DynamicModel({
    id: "", code: "", kind: "", name: "", region: "", region_code: "", active: false, hours: "",
    slot_minutes: 0, lat: 0, lng: 0,
  }))
  app.db().newQuery(
    "SELECT id, code, kind, name, region, region_code, active, CAST(hours AS TEXT) AS hours, slot_minutes, " +
    "COALESCE(lat, 0) AS lat, COALESCE(lng, 0) AS lng FROM offices ORDER BY kind != 'province_office', kind != 'ltsa', kind, name"
  ).all(rows)
  return rows
}

function slotRows(app, officeId, fromMs, toMs) {
  const rows = arrayOf(new DynamicModel({
    id: "", office: "", starts_at: "", ends_at: "", seats: 0, priority_seats: 0, closed: false,
    office_active: false, total: 0, prio: 0,
  }))
  app.db().newQuery(
    "SELECT s.id, s.office, s.starts_at, s.ends_at, s.seats, s.priority_seats, s.closed, o.active AS office_active, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled') AS total, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled' AND b.priority = TRUE) AS prio " +
    "FROM slots s JOIN offices o ON o.id = s.office " +
    "WHERE (s.office = {:o} OR {:o} = '') AND s.starts_at >= {:from} AND s.starts_at < {:to} ORDER BY s.starts_at"
  ).bind({ o: officeId, from: pbDate(fromMs), to: pbDate(toMs) }).all(rows)
  return rows
}

function availabilityWindow(e) {
  const q = e.request.url.query()
  const nowMs = Date.now()
  let days = parseInt(q.get("days") || "14", 10)
  if (isNaN(days) || days < 1) days = 14
  if (days > 60) days = 60
  let fromMs = nowMs
  const from = q.get("from")
  if (from) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(from)) return { error: "invalid_request", field: "from" }
    fromMs = Math.max(nowMs, Date.parse(from + "T00:00:00Z") - WIB_MS)
  }
  return { nowMs: nowMs, fromMs: fromMs, toMs: fromMs + days * DAY_MS }
}

function slotView(s, nowMs) {
  const st = capacityState(s, s.total, s.prio, nowMs)
  const closed = slotIsClosed(s, nowMs)
  return {
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
}

function handleAvailabilityOffice(e) {
  const id = e.request.pathValue("office")
  const w = availabilityWindow(e)
  if (w.error) return sendError(e, w.error, w.field)
  const office = listOffices(e.app).filter((o) => o.id === id || o.code === id)[0]
  if (!office) return sendError(e, "not_found", "office")
  const slots = slotRows(e.app, office.id, w.fromMs, w.toMs).map((s) => slotView(s, w.nowMs))
  return e.json(200, { office: publicOffice(office), slots: slots })
}

// per help point totals, aggregated in SQL (the hottest public read)
function handleAvailabilitySummary(e) {
  const w = availabilityWindow(e)
  if (w.error) return sendError(e, w.error, w.field)
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
    "    AND s.closed = FALSE AND o.active = TRUE " +
    "  GROUP BY s.id) x GROUP BY x.office"
  ).bind({
    now: pbDate(w.nowMs), from: pbDate(w.fromMs), to: pbDate(w.toMs),
    holdEdge: pbDate(w.nowMs + holdHours() * 3600 * 1000),
  }).all(rows)
  const per = {}
  for (const r of rows) per[r.office] = r
  const offices = listOffices(e.app).map((o) => {
    const p = per[o.id]
    const v = publicOffice(o)
    v.remaining = p ? p.remaining : 0
    v.remaining_priority = p ? p.remaining_priority : 0
    v.next_free_slot = p && p.next_free ? iso(p.next_free) : null
    return v
  })
  return e.json(200, { from: new Date(w.fromMs).toISOString(), to: new Date(w.toMs).toISOString(), offices: offices })
}

module.exports = {
  CODE_ALPHABET, ACTIVE_STATUSES, WIB_MS, DAY_MS, DAYS,
  env, num, errorBody, sendError, normalizeNik, normalizePhone, nikHash, hashKey, pbDate, parsePbDate,
  handleCreate, handleLookup, handleCancel, handleReschedule,
  handleAvailabilityOffice, handleAvailabilitySummary,
}
