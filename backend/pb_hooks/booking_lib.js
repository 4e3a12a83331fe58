/// <reference path="../pb_data/types.d.ts" />
// Shared helpers for the booking routes. Loaded with require() inside each handler
// (PocketBase runs every handler in an isolated scope).
// Personal data rule: never console.log / $app.logger() a NIK, phone or name.

// The input rules shared with the app (backend/data/rules/): one place for both sides.
const R = () => require(`${__hooks}/shared_rules.js`)
const ACTIVE_STATUSES = ["booked", "arrived"]
const WIB_MS = 7 * 3600 * 1000
const DAY_MS = 24 * 3600 * 1000
const DAYS = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"]

// The shared data files (one source for the server and the app): backend/data/.
function sharedDataDir() {
  return R().dataDir()
}

// The booking-code alphabet: backend/data/code_alphabet.txt (one line). The Rust app generates its
// CODE_ALPHABET from the same file.
function codeAlphabet() {
  return R().codeAlphabet()
}

// Error codes (the contract) and their texts (backend/data/error_texts.json: code -> {status, id, en}).
// The desk's own codes (staff only) are in staff_error_texts.json, same shape.
function errorTexts() {
  return $app.store().getOrSet("booking:error_texts", () => {
    const all = JSON.parse(toString($os.readFile(sharedDataDir() + "/error_texts.json")))
    const staff = JSON.parse(toString($os.readFile(sharedDataDir() + "/staff_error_texts.json")))
    for (const k in staff) all[k] = staff[k]
    return JSON.stringify(all)
  })
}

// extra: more keys of the error body (e.g. the contacts of day_has_bookings). A refused input's
// {reason, detail} (the words of backend/data/rules/cases) picks the code's text for that reason, with
// the detail in place of {}: "Nomor HP terlalu panjang: 14 angka. …".
function errorBody(code, field, extra) {
  const table = JSON.parse(errorTexts())
  const def = table[code] || table.internal
  const why = extra && extra.reason && def.reasons && def.reasons[field + "." + extra.reason]
  const fill = (t) => (why && extra.detail !== undefined ? t.replace("{}", String(extra.detail)) : t)
  const text = why || def
  const body = { status: def.status, code: table[code] ? code : "internal", message: fill(text.id), message_en: fill(text.en) }
  if (field) body.field = field
  if (extra) for (const k in extra) if (!(k in body)) body[k] = extra[k]
  return body
}

function sendError(e, code, field, extra) {
  const body = errorBody(code, field, extra)
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

// Every field has its JSON type: a NIK or phone number sent as a JSON number is refused (a number
// that long loses digits on the way, 9171014506900003 -> ...0004). The rules: shared_rules.js.
const valueOf = (r) => (r.reason ? null : r.value)

function normalizeNik(raw) {
  return valueOf(R().checkNik(raw))
}

function normalizePhone(raw) {
  return valueOf(R().checkPhone(raw))
}

// why a rule refused an input, for the error body
const whyOf = (r) => (r.detail === undefined ? { reason: r.reason } : { reason: r.reason, detail: r.detail })

// bidi controls can make a name or summary read differently to staff than what is stored
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/

// optional text: absent -> "", a string -> cleaned, anything else (number, null, object) -> null (refused)
function cleanText(raw, max) {
  if (raw === undefined) return ""
  if (typeof raw !== "string") return null
  if (BIDI.test(raw)) return null
  let s = raw.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, "")
  try { s = s.normalize("NFC") } catch (_) { }
  s = s.trim()
  return s.length > max ? null : s
}

function normalizeCode(raw) {
  return valueOf(R().checkCode(raw))
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

// the JSON object in the body, or null (not an object, not JSON)
function body(e) {
  try {
    const b = e.requestInfo().body
    if (!b || typeof b !== "object" || Array.isArray(b)) return null
    return b
  } catch (_) {
    return null
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
  const alphabet = codeAlphabet()
  for (let i = 0; i < 10; i++) {
    const c = $security.randomStringWithAlphabet(R().params().code.length, alphabet)
    if (!firstRow(app, "SELECT id FROM bookings WHERE code = {:c} LIMIT 1", { c: c }, { id: "" })) return c
  }
  throw new Error("could not allocate a booking code")
}

// ---------------------------------------------------------------- owner view

// one query: booking + slot + help point (the address only ever leaves the server here).
// The citizen's view carries no priority flag: whether a NIK is in the laid-off workers' registry is
// decided on the server and at the desk, never told to whoever typed the NIK. Staff get it (withPriority).
function ownerViewById(app, id, withPriority) {
  const r = firstRow(app,
    "SELECT b.code, b.queue_no, b.status, b.priority, b.name, b.nik, b.phone, b.region, b.created, b.updated, " +
    "s.id AS slot_id, s.starts_at, s.ends_at, o.id AS office_id, o.code AS office_code, o.kind, o.name AS office_name, " +
    "o.region AS office_region, o.address, o.landmark " +
    "FROM bookings b JOIN slots s ON s.id = b.slot JOIN offices o ON o.id = b.office WHERE b.id = {:id}",
    { id: id },
    { code: "", queue_no: 0, status: "", priority: false, name: "", nik: "", phone: "", region: "", created: "",
      updated: "", slot_id: "", starts_at: "", ends_at: "", office_id: "", office_code: "", kind: "",
      office_name: "", office_region: "", address: "", landmark: "" })
  if (!r) throw new Error("booking vanished")
  const view = {
    code: r.code,
    queue_number: r.queue_no,
    status: r.status,
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
      landmark: r.landmark,
    },
    created: iso(r.created),
    updated: iso(r.updated),
  }
  if (withPriority) view.priority = !!r.priority
  return view
}

function ownerView(app, rec) {
  return ownerViewById(app, rec.id, false)
}

// ---------------------------------------------------------------- availability cache

// Availability answers come from a short-lived cache shared by every request (AVAIL_CACHE_MS, default
// 3000 ms), dropped at once by any change to bookings, slots or help points (bumpAvailability), and
// bounded in size (AVAIL_CACHE_BYTES, default 32 MB).
function availabilityGen(app) {
  return app.store().get("avail:gen") || 0
}

function bumpAvailability(app) {
  const st = app.store()
  st.set("avail:gen", (st.get("avail:gen") || 0) + 1)
}

function sweepCache(st, nowMs, gen) {
  let total = 0
  const all = st.getAll()
  for (const k in all) {
    if (k.indexOf("avail:c:") !== 0) continue
    const v = String(all[k])
    const p1 = v.indexOf("|"), p2 = v.indexOf("|", p1 + 1)
    if (parseInt(v.slice(0, p1), 10) !== gen || parseInt(v.slice(p1 + 1, p2), 10) <= nowMs) st.remove(k)
    else total += v.length
  }
  st.set("avail:bytes", total)
  return total
}

function cachedJson(app, key, compute) {
  const ttl = num("AVAIL_CACHE_MS", 3000)
  const st = app.store()
  const nowMs = Date.now()
  const gen = availabilityGen(app)
  const hit = st.get("avail:c:" + key)
  if (typeof hit === "string") {
    const p1 = hit.indexOf("|"), p2 = hit.indexOf("|", p1 + 1)
    if (parseInt(hit.slice(0, p1), 10) === gen && parseInt(hit.slice(p1 + 1, p2), 10) > nowMs) {
      return { status: 200, body: hit.slice(p2 + 1) }
    }
  }
  const out = compute()
  if (out.status !== 200 || ttl <= 0) return out
  const limit = num("AVAIL_CACHE_BYTES", 32 * 1024 * 1024)
  let bytes = st.get("avail:bytes") || 0
  if (bytes + out.body.length > limit) bytes = sweepCache(st, nowMs, gen)
  if (bytes + out.body.length <= limit) {
    st.set("avail:c:" + key, gen + "|" + (nowMs + ttl) + "|" + out.body)
    st.set("avail:bytes", bytes + out.body.length)
  }
  return out
}

// ---------------------------------------------------------------- routes

// the checks every create (citizen or desk) makes on the body; {error, field} or the clean values
function bookingInput(e) {
  const b = body(e)
  if (!b) return { error: "invalid_request" }
  if (!isId(b.slot)) return { error: "invalid_request", field: "slot" }
  if (typeof b.nik !== "string") return { error: "invalid_request", field: "nik" }
  const nik = R().checkNik(b.nik)
  if (nik.reason) return { error: "invalid_nik", field: "nik", why: whyOf(nik) }
  if (typeof b.phone !== "string") return { error: "invalid_request", field: "phone" }
  const phone = R().checkPhone(b.phone)
  if (phone.reason) return { error: "invalid_phone", field: "phone", why: whyOf(phone) }
  if (typeof b.name !== "string") return { error: "invalid_request", field: "name" }
  const name = R().checkName(b.name)
  if (name.reason) return { error: "invalid_request", field: "name", why: whyOf(name) }
  const region = cleanText(b.region, 100)
  if (region === null) return { error: "invalid_request", field: "region" }
  const summary = cleanText(b.summary, 2000)
  if (summary === null) return { error: "invalid_request", field: "summary" }
  let problem = ""
  if (b.problem !== undefined && b.problem !== "") {
    if (typeof b.problem !== "string" || !require(`${__hooks}/flow_ids.js`).problem(b.problem)) {
      return { error: "invalid_request", field: "problem" }
    }
    problem = b.problem
  }
  const key = (e.request.header.get("Idempotency-Key") || "").trim()
  if (key && !R().isIdempotencyKey(key)) return { error: "invalid_request", field: "idempotency_key" }
  return { slot: b.slot, nik: nik.value, phone: phone.value, name: name.value, region: region, summary: summary, problem: problem, key: key, body: b }
}

// One create path for both channels. Order (hole 2 of issue 11): the slot must exist before anything
// about the NIK is looked at, and the NIK is checked last, after the seat: a made-up or full slot
// answers the same whatever the NIK. Citizen bookings (desk = null) never consult the priority
// registry and never take a held seat, so nothing in the answer, the figures or the timing depends on
// whether the NIK is in the registry. Desk bookings (desk = {staff, office}) do both.
function createBooking(e, input, desk) {
  const storedKey = input.key ? "k:" + input.key : "auto:" + $security.randomString(32)
  const hash = desk ? nikHash(e.app, input.nik) : "" // outside the transaction: keep it short
  const nowMs = Date.now()
  let out = null

  e.app.runInTransaction((tx) => {
    const slot = loadSlot(tx, input.slot)
    if (!slot || (desk && slot.office !== desk.office)) { out = { error: "not_found", field: "slot" }; return }
    if (input.key) {
      const prev = firstRow(tx, "SELECT id, nik, slot FROM bookings WHERE idempotency_key = {:k} LIMIT 1",
        { k: storedKey }, { id: "", nik: "", slot: "" })
      if (prev) {
        out = prev.nik !== input.nik || prev.slot !== slot.id
          ? { error: "idempotency_conflict", field: "idempotency_key" }
          : { replay: true, id: prev.id }
        return
      }
    }
    // a help point without a sourced street address takes no booking, whatever its slots say
    if (!slot.office_bookable) { out = { error: "not_bookable", field: "slot" }; return }
    // at the desk, someone walking in may still take the slot running now
    if (desk ? slotIsClosedForDesk(slot, nowMs) : slotIsClosed(slot, nowMs)) { out = { error: "slot_closed", field: "slot" }; return }
    const isPriority = desk ? isPriorityNik(tx, hash) : false
    const seat = checkSeat(tx, slot, isPriority, nowMs)
    if (seat.error) { out = { error: seat.error, field: "slot" }; return }
    if (hasActiveBooking(tx, input.nik)) { out = { error: "already_booked", field: "nik" }; return }

    const rec = new Record(tx.findCollectionByNameOrId("bookings"))
    rec.set("slot", slot.id)
    rec.set("office", slot.office)
    rec.set("code", newCode(tx))
    rec.set("queue_no", seat.queue_no)
    rec.set("name", input.name)
    rec.set("nik", input.nik)
    rec.set("phone", input.phone)
    rec.set("region", input.region)
    rec.set("priority", isPriority)
    rec.set("summary", input.summary)
    rec.set("problem", input.problem)
    rec.set("status", "booked")
    rec.set("channel", desk ? "desk" : "online")
    if (desk) rec.set("booked_by", desk.staff)
    rec.set("idempotency_key", storedKey)
    tx.save(rec)
    out = { id: rec.id }
  })

  if (out.error) return sendError(e, out.error, out.field)
  if (!out.replay) bumpAvailability(e.app)
  // the owner view is built after the commit, outside the single writer transaction
  const view = ownerViewById(e.app, out.id, !!desk)
  if (desk) view.id = out.id
  if (out.replay) e.response.header().set("Idempotency-Replayed", "true")
  return e.json(201, view)
}

function handleCreate(e) {
  const input = bookingInput(e)
  if (input.error) return sendError(e, input.error, input.field, input.why)
  return createBooking(e, input, null)
}

function ownerFromBody(e) {
  const b = body(e)
  if (!b) return { error: "invalid_request" }
  if (typeof b.nik !== "string") return { error: "invalid_request", field: "nik" }
  if (typeof b.code !== "string") return { error: "invalid_request", field: "code" }
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
    out = { view: ownerView(tx, rec), changed: true }
  })
  if (out.error) return sendError(e, out.error)
  if (out.changed) bumpAvailability(e.app)
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
    // a help point without a sourced street address takes no booking, whatever its slots say
    if (!slot.office_bookable) { out = { error: "not_bookable", field: "slot" }; return }
    if (slotIsClosed(slot, nowMs)) { out = { error: "slot_closed", field: "slot" }; return }
    // online, everyone is general: a held seat is only ever given at the desk
    const seat = checkSeat(tx, slot, false, nowMs)
    if (seat.error) { out = { error: seat.error, field: "slot" }; return }
    rec.set("slot", slot.id)
    rec.set("office", slot.office)
    rec.set("queue_no", seat.queue_no)
    rec.set("priority", false)
    tx.save(rec)
    out = { view: ownerView(tx, rec), changed: true }
  })
  if (out.error) return sendError(e, out.error, out.field)
  if (out.changed) bumpAvailability(e.app)
  return e.json(200, out.view)
}

// ---------------------------------------------------------------- staff routes

// the signed-in staff member, or null: {staff, office, role}. A disabled account is nobody (its tokens
// are also void: disabling changes the token key). Role "" (accounts made before roles) is an officer.
function staffOf(e) {
  const a = e.auth
  if (!a) return null
  try {
    if (a.collection().name !== "staff") return null
    if (a.getBool("disabled")) return null
  } catch (_) {
    return null
  }
  const role = a.getString("role") === "province" ? "province" : "officer"
  return { staff: a.id, office: role === "officer" ? a.getString("office") : "", role: role }
}

// an officer with a help point (the desk routes that act on one's own help point), or null
function officerOf(e) {
  const who = staffOf(e)
  return who && who.role === "officer" && who.office ? who : null
}

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
  if (!who) return sendError(e, "forbidden")
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

// a real calendar date YYYY-MM-DD (shared_rules.isDate: 2000-2100), as ms at 00:00 WIB; NaN when not one
function wibDateMs(text) {
  if (!R().isDate(text)) return NaN
  return Date.UTC(parseInt(text.slice(0, 4), 10), parseInt(text.slice(5, 7), 10) - 1, parseInt(text.slice(8, 10), 10)) - WIB_MS
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
    const slots = slotRows(e.app, office.id, w.fromMs, w.toMs).map((s) => slotView(s, w.nowMs))
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
      holdEdge: pbDate(w.nowMs + holdHours() * 3600 * 1000),
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

module.exports = {
  ACTIVE_STATUSES, WIB_MS, DAY_MS, DAYS,
  env, num, codeAlphabet, errorBody, sendError, normalizeNik, normalizePhone, nikHash, hashKey, pbDate, parsePbDate,
  iso, body, cleanText, normalizeCode, isId, firstRow, wibDateMs, staffOf, officerOf, hasActiveBooking, capacityState,
  slotIsClosed, holdHours,
  handleCreate, handleLookup, handleCancel, handleReschedule,
  handleStaffCreate, handleStaffRelease, handleStaffStatusUpdate, bumpAvailability,
  handleAvailabilityOffice, handleAvailabilitySummary,
}
