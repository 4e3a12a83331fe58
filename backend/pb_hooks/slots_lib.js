/// <reference path="../pb_data/types.d.ts" />
// Help points from data/offices.json (upsert by code) and slot generation from opening hours.

const { WIB_MS, DAY_MS, DAYS, sharedDataDir, env, pbDate } = require(`${__hooks}/constants.js`)
const { prioritySeats: prioritySeatsOf } = require(`${__hooks}/capacity.js`)
const { bumpAvailability } = require(`${__hooks}/availability_cache.js`)
const { deskValues, restoreDeskValues } = require(`${__hooks}/office_lib.js`)

// offices.json and holidays.json: backend/data/, or BOOKING_DATA_DIR
function dataDir() {
  return env("BOOKING_DATA_DIR", sharedDataDir())
}

function readJson(path) {
  return JSON.parse(toString($os.readFile(path)))
}

function parseHours(hours) {
  // {"mon": ["08:00-12:00", ...], ...} -> {1: [[480, 720], ...], ...} (minutes after midnight, WIB)
  const out = {}
  for (let d = 0; d < 7; d++) {
    out[d] = []
    const list = (hours && hours[DAYS[d]]) || []
    for (const span of list) {
      const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(span)
      if (!m) throw new Error("bad opening hours span: " + span)
      out[d].push([parseInt(m[1], 10) * 60 + parseInt(m[2], 10), parseInt(m[3], 10) * 60 + parseInt(m[4], 10)])
    }
  }
  return out
}

// What an officer set at the desk (address, landmark, hours, seats, lat, lng) is kept; the file fills in the
// rest. An address saved at the desk keeps the help point bookable (office_lib.js).
function syncOffices(app) {
  const doc = readJson(dataDir() + "/offices.json")
  const defaults = doc.defaults || {}
  const col = app.findCollectionByNameOrId("offices")
  const seen = {}
  let created = 0, updated = 0
  app.runInTransaction((tx) => {
    for (const o of doc.offices) {
      if (!o.code) throw new Error("office without code in offices.json")
      seen[o.code] = true
      let rec
      try {
        rec = tx.findFirstRecordByData("offices", "code", o.code)
        updated++
      } catch (_) {
        rec = new Record(col)
        rec.set("code", o.code)
        created++
      }
      const hours = o.hours || defaults.hours || {}
      parseHours(hours) // validate
      const desk = deskValues(rec) // before the file's values
      rec.set("kind", o.kind)
      rec.set("name", o.name)
      rec.set("region", o.region || "")
      rec.set("region_code", o.region_code || "")
      rec.set("address", o.address || "")
      rec.set("hours", hours)
      rec.set("slot_minutes", o.slot_minutes || defaults.slot_minutes || 30)
      rec.set("seats", o.seats || defaults.seats || 10)
      rec.set("active", o.active !== false)
      // bookable only when offices.json says so (a sourced street address); otherwise the reason code
      rec.set("bookable", o.bookable === true)
      rec.set("not_bookable_reason", o.bookable === true ? "" : (o.not_bookable_reason || "no_address"))
      rec.set("lat", typeof o.lat === "number" ? o.lat : null)
      rec.set("lng", typeof o.lng === "number" ? o.lng : null)
      restoreDeskValues(rec, desk)
      tx.save(rec)
    }
    // help points removed from the file are deactivated, never deleted (bookings point at them)
    for (const rec of tx.findAllRecords("offices")) {
      if (!seen[rec.getString("code")] && rec.getBool("active")) {
        rec.set("active", false)
        tx.save(rec)
      }
    }
  })
  return { created: created, updated: updated }
}

function holidays() {
  const set = {}
  try {
    for (const h of readJson(dataDir() + "/holidays.json").dates || []) set[h.date] = true
  } catch (err) {
    console.log("holidays.json not readable: " + err)
  }
  return set
}

// Creates the missing slots of every active, bookable help point from today (WIB) to today + days.
function generateSlots(app, days) {
  days = days || parseInt(env("SLOT_DAYS_AHEAD", "14"), 10)
  const hol = holidays()
  const nowMs = Date.now()
  const todayWib = Math.floor((nowMs + WIB_MS) / DAY_MS) * DAY_MS // midnight WIB, expressed as UTC-shifted ms
  const col = app.findCollectionByNameOrId("slots")
  let created = 0
  app.runInTransaction((tx) => {
    const offices = tx.findRecordsByFilter("offices", "active = true && bookable = true", "", 0, 0)
    for (const office of offices) {
      if (onlyOfficeId && office.id !== onlyOfficeId) continue
      const shut = closedDaysOf(tx, office.id)
      const hours = parseHours(JSON.parse(toString(office.get("hours")) || "{}"))
      const minutes = office.getInt("slot_minutes") || 30
      const seats = office.getInt("seats") || 10
      const prioritySeats = prioritySeatsOf(seats)
      const existing = {}
      const rows = arrayOf(new DynamicModel({ starts_at: "" }))
      tx.db().newQuery("SELECT starts_at FROM slots WHERE office = {:o} AND starts_at >= {:f}")
        .bind({ o: office.id, f: pbDate(todayWib - WIB_MS) }).all(rows)
      for (const r of rows) existing[r.starts_at] = true
      for (let d = 0; d <= days; d++) {
        const dayMs = todayWib + d * DAY_MS
        const date = new Date(dayMs).toISOString().slice(0, 10)
        if (hol[date] || shut[date]) continue
        const weekday = new Date(dayMs).getUTCDay()
        for (const span of hours[weekday]) {
          for (let m = span[0]; m + minutes <= span[1]; m += minutes) {
            const startMs = dayMs - WIB_MS + m * 60000
            if (startMs <= nowMs) continue
            const start = pbDate(startMs)
            if (existing[start]) continue
            const s = new Record(col)
            s.set("office", office.id)
            s.set("starts_at", start)
            s.set("ends_at", pbDate(startMs + minutes * 60000))
            s.set("seats", seats)
            s.set("priority_seats", prioritySeats)
            s.set("closed", false)
            tx.saveNoValidate(s)
            created++
          }
        }
      }
    }
  })
  return created
}

// the closed days (YYYY-MM-DD, WIB) of one help point: {date: true}
function closedDaysOf(app, officeId) {
  const out = {}
  const rows = arrayOf(new DynamicModel({ date: "" }))
  app.db().newQuery("SELECT date FROM closed_days WHERE office = {:o}").bind({ o: officeId }).all(rows)
  for (const r of rows) out[r.date] = true
  return out
}

// generateSlots for one help point only (after its officer changed its hours, address or closed days)
let onlyOfficeId = ""
function generateSlotsOf(app, officeId) {
  onlyOfficeId = officeId
  try {
    return generateSlots(app)
  } finally {
    onlyOfficeId = ""
  }
}

// UU PDP: personal data of bookings whose slot ended more than RETENTION_DAYS (default 90) ago is erased.
// The booking row stays (code, help point, slot, queue number, status, priority flag) for statistics.
function purgeOldPersonalData(app, days) {
  days = days || parseInt(env("RETENTION_DAYS", "90"), 10)
  const cutoff = pbDate(Date.now() - days * DAY_MS)
  let n = 0
  app.runInTransaction((tx) => {
    const old = "slot IN (SELECT id FROM slots WHERE ends_at < {:c})"
    // a visit long past is no longer active: booked -> no_show, arrived -> served
    tx.db().newQuery(`UPDATE bookings SET status = 'no_show' WHERE status = 'booked' AND ${old}`).bind({ c: cutoff }).execute()
    tx.db().newQuery(`UPDATE bookings SET status = 'served' WHERE status = 'arrived' AND ${old}`).bind({ c: cutoff }).execute()
    const res = tx.db().newQuery(
      `UPDATE bookings SET nik = '0000000000000000', name = '-', phone = '', region = '', summary = '', served_note = '' ` +
      `WHERE nik != '0000000000000000' AND ${old}`).bind({ c: cutoff }).execute()
    n = res.rowsAffected()
  })
  if (n) wipeFreePages(app)
  return n
}

// An UPDATE leaves the old bytes in free pages and in the unused part of rewritten pages, and the WAL
// keeps the old page versions until a checkpoint: the erased NIK, name, phone and summary would stay in
// data.db and in every backup made afterwards. secure_delete zeroes what this connection frees from now
// on; VACUUM rebuilds the file from the live rows only, and a TRUNCATE checkpoint empties the WAL.
function wipeFreePages(app) {
  try {
    app.nonconcurrentDB().newQuery("PRAGMA secure_delete = ON").execute()
    app.nonconcurrentDB().newQuery("VACUUM").execute()
    app.nonconcurrentDB().newQuery("PRAGMA wal_checkpoint(TRUNCATE)").execute()
  } catch (err) {
    console.log("booking store: VACUUM after the purge failed (the erased data may remain in free pages until the next run): " + err)
  }
  try {
    bumpAvailability(app)
  } catch (_) { }
}

module.exports = { syncOffices, generateSlots, generateSlotsOf, parseHours, holidays, purgeOldPersonalData, wipeFreePages }
