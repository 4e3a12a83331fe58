/// <reference path="../pb_data/types.d.ts" />
// Bookings: the one create path (citizen and desk), and the citizen's own routes (look-up, cancel,
// reschedule) by booking code + NIK. NIK and phone only ever travel in the JSON body.
// Personal data rule: never console.log / $app.logger() a NIK, phone or name.

const { CODE_LEN, pbDate, parsePbDate, iso } = require(`${__hooks}/constants.js`)
const {
  codeAlphabet, normalizeNik, cleanText, normalizeCode, isId, isIdempotencyKey, maskNik, maskPhone,
} = require(`${__hooks}/input_rules.js`)
const { checkNik, checkPhone, checkName } = require(`${__hooks}/shared_rules.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { body } = require(`${__hooks}/request.js`)
const { firstRow } = require(`${__hooks}/query.js`)
const { slotIsClosed, slotIsClosedForDesk, loadSlot, checkSeat } = require(`${__hooks}/capacity.js`)
const { nikHash, isPriorityNik } = require(`${__hooks}/priority.js`)
const { bumpAvailability } = require(`${__hooks}/availability_cache.js`)
const { problem: flowProblem } = require(`${__hooks}/flow_ids.js`)

function hasActiveBooking(app, nik, exceptId) {
  const rows = arrayOf(new DynamicModel({ id: "" }))
  app.db().newQuery(
    "SELECT id FROM bookings WHERE nik = {:n} AND status IN ('booked', 'arrived') AND id != {:x} LIMIT 1"
  ).bind({ n: nik, x: exceptId || "" }).all(rows)
  return rows.length > 0
}

function findBooking(app, where, params) {
  try {
    return app.findFirstRecordByFilter("bookings", where, params)
  } catch (_) {
    return null
  }
}

function newCode(app) {
  const alphabet = codeAlphabet()
  for (let i = 0; i < 10; i++) {
    const c = $security.randomStringWithAlphabet(CODE_LEN, alphabet)
    if (!firstRow(app, "SELECT id FROM bookings WHERE code = {:c} LIMIT 1", { c: c }, { id: "" })) return c
  }
  throw new Error("could not allocate a booking code")
}

// ---------------------------------------------------------------- owner view

// one query: booking + slot + help point (the address only ever leaves the server here).
// The citizen's view carries no priority flag: whether a NIK is in the laid-off workers' registry is
// decided on the server and at the desk, never told to whoever typed the NIK. Staff get it (withPriority).
function hoursOf(text) {
  try { return text ? JSON.parse(text) : null } catch (_) { return null }
}

function ownerViewById(app, id, withPriority) {
  const r = firstRow(app,
    "SELECT b.code, b.queue_no, b.status, b.priority, b.name, b.nik, b.phone, b.region, b.created, b.updated, " +
    "s.id AS slot_id, s.starts_at, s.ends_at, o.id AS office_id, o.code AS office_code, o.kind, o.name AS office_name, " +
    "o.region AS office_region, o.address, o.landmark, CAST(o.hours AS TEXT) AS hours, " +
    "COALESCE(o.lat, 0) AS lat, COALESCE(o.lng, 0) AS lng " +
    "FROM bookings b JOIN slots s ON s.id = b.slot JOIN offices o ON o.id = b.office WHERE b.id = {:id}",
    { id: id },
    { code: "", queue_no: 0, status: "", priority: false, name: "", nik: "", phone: "", region: "", created: "",
      updated: "", slot_id: "", starts_at: "", ends_at: "", office_id: "", office_code: "", kind: "",
      office_name: "", office_region: "", address: "", landmark: "", hours: "",
      lat: -0, lng: -0 }) // -0: a float column (0 would be read as an integer)
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
      // for the confirmation: when it is open, and where on a map
      hours: hoursOf(r.hours),
      lat: r.lat || null,
      lng: r.lng || null,
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

// ---------------------------------------------------------------- routes

// why a shared rule refused an input ({reason, detail}), for the error body
const whyOf = (r) => (r.detail === undefined ? { reason: r.reason } : { reason: r.reason, detail: r.detail })

// the checks every create (citizen or desk) makes on the body; {error, field, why?} or the clean values
function bookingInput(e) {
  const b = body(e)
  if (!b) return { error: "invalid_request" }
  if (!isId(b.slot)) return { error: "invalid_request", field: "slot" }
  if (typeof b.nik !== "string") return { error: "invalid_request", field: "nik" }
  const nik = checkNik(b.nik)
  if (nik.reason) return { error: "invalid_nik", field: "nik", why: whyOf(nik) }
  if (typeof b.phone !== "string") return { error: "invalid_request", field: "phone" }
  const phone = checkPhone(b.phone)
  if (phone.reason) return { error: "invalid_phone", field: "phone", why: whyOf(phone) }
  if (typeof b.name !== "string") return { error: "invalid_request", field: "name" }
  const name = checkName(b.name)
  if (name.reason) return { error: "invalid_request", field: "name", why: whyOf(name) }
  const region = cleanText(b.region, 100)
  if (region === null) return { error: "invalid_request", field: "region" }
  const summary = cleanText(b.summary, 2000)
  if (summary === null) return { error: "invalid_request", field: "summary" }
  let problem = ""
  if (b.problem !== undefined && b.problem !== "") {
    if (typeof b.problem !== "string" || !flowProblem(b.problem)) {
      return { error: "invalid_request", field: "problem" }
    }
    problem = b.problem
  }
  const key = (e.request.header.get("Idempotency-Key") || "").trim()
  if (key && !isIdempotencyKey(key)) return { error: "invalid_request", field: "idempotency_key" }
  return { slot: b.slot, nik: nik.value, phone: phone.value, name: name.value, region: region, summary: summary, problem: problem, key: key, body: b }
}

// One create path for both channels. Order (hole 2 of issue 11): the slot must exist before anything
// about the NIK is looked at, and the NIK is checked last, after the seat: a made-up or full slot
// answers the same whatever the NIK. Citizen bookings (desk = null) never consult the priority
// registry and never take a held seat, so nothing in the answer, the figures or the timing depends on
// whether the NIK is in the registry. Desk bookings (desk = {staff, office}) do both. A call-centre
// agent's booking for a caller (agent = {staff}) follows the citizen's rules exactly (any bookable help
// point, no registry, no held seat, the online closing time) and only records the channel and who typed it.
function createBooking(e, input, desk, agent) {
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
    rec.set("channel", desk ? "desk" : agent ? "phone" : "online")
    if (desk || agent) rec.set("booked_by", (desk || agent).staff)
    rec.set("idempotency_key", storedKey)
    tx.save(rec)
    out = { id: rec.id }
  })

  if (out.error) return sendError(e, out.error, out.field)
  if (!out.replay) bumpAvailability(e.app)
  // the owner view is built after the commit, outside the single writer transaction
  const view = ownerViewById(e.app, out.id, !!desk)
  if (desk || agent) view.id = out.id
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

module.exports = { hasActiveBooking, bookingInput, createBooking, handleCreate, handleLookup, handleCancel, handleReschedule }
