/// <reference path="../pb_data/types.d.ts" />
// The province: every help point on one table, the "which fixes work" funnel from anonymous usage
// events, and the programme notices. docs/booking-api.md, "Desk" → "Province", "Notices", "Anonymous
// usage events".

const { HOUR_MS, DAY_MS, pbDate, parsePbDate, wibDate, wibDateMs } = require(`${__hooks}/constants.js`)
const { cleanText } = require(`${__hooks}/input_rules.js`)
const { sendError } = require(`${__hooks}/errors.js`)
const { body: requestBody, staffOf, agentOf } = require(`${__hooks}/request.js`)
const { table: flowTable, problem: flowProblem, node: flowNode, answers: flowAnswers } = require(`${__hooks}/flow_ids.js`)
const { isBookable, addressSource, deskFields } = require(`${__hooks}/office_lib.js`)

function provinceOf(e) {
  const who = staffOf(e)
  return who && who.role === "province" ? who : null
}

// ---------------------------------------------------------------- GET /api/province/overview

function handleOverview(e) {
  if (!provinceOf(e)) return sendError(e, "forbidden")
  const nowMs = Date.now()
  const today = wibDate(nowMs)
  const startMs = wibDateMs(today)
  const days = []
  for (let i = 0; i < 7; i++) days.push(wibDate(startMs + i * DAY_MS))
  const offices = e.app.findAllRecords("offices").map((r) => ({
    id: r.id, code: r.getString("code"), name: r.getString("name"), kind: r.getString("kind"),
    region: r.getString("region"), active: r.getBool("active"), bookable: isBookable(r),
    source: addressSource(r.getString("address"), deskFields(r)),
  }))
  const rank = (o) => (o.kind === "province_office" ? 0 : o.kind === "ltsa" ? 1 : 2)
  offices.sort((a, b) => (rank(a) - rank(b)) || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const slots = arrayOf(new DynamicModel({ office: "", starts_at: "", seats: 0, closed: false, total: 0 }))
  e.app.db().newQuery(
    "SELECT s.office, s.starts_at, s.seats, s.closed, " +
    "(SELECT COUNT(*) FROM bookings b WHERE b.slot = s.id AND b.status != 'cancelled') AS total " +
    "FROM slots s WHERE s.starts_at >= {:f} AND s.starts_at < {:t}"
  ).bind({ f: pbDate(startMs), t: pbDate(startMs + 7 * DAY_MS) }).all(slots)
  const finished = arrayOf(new DynamicModel({ office: "", no_show: 0, served: 0 }))
  e.app.db().newQuery(
    "SELECT b.office, SUM(CASE WHEN b.status = 'no_show' THEN 1 ELSE 0 END) AS no_show, " +
    "SUM(CASE WHEN b.status = 'served' THEN 1 ELSE 0 END) AS served " +
    "FROM bookings b JOIN slots s ON s.id = b.slot WHERE s.starts_at >= {:f} AND s.starts_at <= {:now} GROUP BY b.office"
  ).bind({ f: pbDate(nowMs - 30 * DAY_MS), now: pbDate(nowMs) }).all(finished)
  const per = {}
  for (const o of offices) per[o.id] = { perDay: [0, 0, 0, 0, 0, 0, 0], free: 0, bookable: o.bookable }
  for (const s of slots) {
    const p = per[s.office]
    if (!p) continue
    const ms = parsePbDate(s.starts_at)
    const i = Math.floor((ms - startMs) / DAY_MS)
    if (i >= 0 && i < 7) p.perDay[i] += s.total
    if (p.bookable && !s.closed && ms > nowMs) p.free += Math.max(0, s.seats - s.total)
  }
  const fin = {}
  for (const f of finished) fin[f.office] = f
  return e.json(200, {
    today: today,
    days: days,
    offices: offices.map((o) => {
      const f = fin[o.id]
      const n = f ? f.no_show + f.served : 0
      return {
        id: o.id, code: o.code, name: o.name, kind: o.kind, region: o.region,
        active: o.active, bookable: o.bookable,
        address_confirmed: o.source !== "", address_source: o.source,
        bookings_per_day: per[o.id].perDay,
        free_next_7_days: per[o.id].free,
        no_show_rate_30_days: n ? Math.round((f.no_show / n) * 1000) / 1000 : null,
        finished_30_days: n,
      }
    }),
  })
}

// ---------------------------------------------------------------- GET /api/province/funnel

// "YYYY-MM-DDTHH:00:00Z" of a time in ms (floored to the hour)
function hourText(ms) {
  return new Date(Math.floor(ms / HOUR_MS) * HOUR_MS).toISOString().slice(0, 13) + ":00:00Z"
}

// per problem and node, from the answer counts {problem: {node: {answer: n}}} and what fixed the
// cases served at the help points {problem: {step id or "other": {channel: n}}}
function funnel(counts, served) {
  served = served || {}
  const table = flowTable()
  const problems = []
  for (const pid of Object.keys(table)) {
    const p = table[pid]
    const c = counts[pid] || {}
    const answered = {}
    const incoming = {}
    for (const n of p.nodes) {
      const a = c[n.id] || {}
      answered[n.id] = 0
      for (const k of Object.keys(n.next)) {
        const v = a[k] || 0
        answered[n.id] += v
        incoming[n.next[k]] = (incoming[n.next[k]] || 0) + v
      }
    }
    const byId = {}
    for (const n of p.nodes) byId[n.id] = n
    // "fixed there": a step answered "fixed" whose answer leads to the solved outcome
    const fixes = (n) => n.kind === "step" && byId[n.next.fixed] && byId[n.next.fixed].outcome === "solved"
    const nodes = p.nodes.map((n) => {
      const a = c[n.id] || {}
      let events = 0
      for (const k of Object.keys(a)) events += a[k]
      const reached = Math.max(n.id === p.start ? answered[n.id] : incoming[n.id] || 0, events)
      return {
        node: n.id,
        kind: n.kind,
        reached: reached,
        fixed: fixes(n) ? a.fixed || 0 : 0,
        gave_up: n.kind === "outcome" ? 0 : Math.max(0, reached - answered[n.id]),
        booked: a.booked || 0,
        answers: a,
        // served at a help point with this step as the fix, per channel (online, desk, …)
        fixed_at_desk: (served[pid] || {})[n.id] || {},
      }
    })
    const sum = (k) => nodes.reduce((s, n) => s + n[k], 0)
    const start = nodes.filter((n) => n.node === p.start)[0]
    problems.push({
      problem: pid, started: start ? start.reached : 0,
      fixed: sum("fixed"), gave_up: sum("gave_up"), booked: sum("booked"), nodes: nodes,
      // served at a help point with "another way" (not one of the steps), per channel
      other_fix_at_desk: (served[pid] || {}).other || {},
    })
  }
  return problems
}

function handleFunnel(e) {
  if (!provinceOf(e)) return sendError(e, "forbidden")
  const q = e.request.url.query()
  const rawDays = q.get("days") || "7"
  if (rawDays !== "7" && rawDays !== "30") return sendError(e, "invalid_request", "days")
  const format = q.get("format") || "json"
  if (format !== "json" && format !== "csv") return sendError(e, "invalid_request", "format")
  const days = parseInt(rawDays, 10)
  const fromMs = Math.floor(Date.now() / HOUR_MS) * HOUR_MS - days * DAY_MS
  const rows = arrayOf(new DynamicModel({ problem: "", node: "", answer: "", n: 0 }))
  e.app.db().newQuery(
    "SELECT problem, node, answer, COUNT(*) AS n FROM events WHERE hour >= {:f} GROUP BY problem, node, answer"
  ).bind({ f: hourText(fromMs) }).all(rows)
  const counts = {}
  let total = 0
  for (const r of rows) {
    const p = counts[r.problem] = counts[r.problem] || {}
    const n = p[r.node] = p[r.node] || {}
    n[r.answer] = r.n
    total += r.n
  }
  // what fixed the cases served at the help points in the same period, per channel
  const fixes = arrayOf(new DynamicModel({ problem: "", fixed_by: "", channel: "", n: 0 }))
  e.app.db().newQuery(
    "SELECT problem, fixed_by, channel, COUNT(*) AS n FROM bookings WHERE status = 'served' AND problem != '' " +
    "AND fixed_by != '' AND status_at >= {:f} GROUP BY problem, fixed_by, channel"
  ).bind({ f: pbDate(fromMs) }).all(fixes)
  const served = {}
  for (const r of fixes) {
    const p = served[r.problem] = served[r.problem] || {}
    const f = p[r.fixed_by] = p[r.fixed_by] || {}
    f[r.channel || "online"] = r.n
  }
  const problems = funnel(counts, served)
  if (format === "csv") {
    const lines = ["problem,node,kind,reached,fixed,gave_up,booked"]
    for (const p of problems) {
      for (const n of p.nodes) lines.push([p.problem, n.node, n.kind, n.reached, n.fixed, n.gave_up, n.booked].join(","))
    }
    e.response.header().set("Content-Disposition", `attachment; filename="funnel-${days}d.csv"`)
    return e.blob(200, "text/csv; charset=utf-8", lines.join("\r\n") + "\r\n")
  }
  const byChannel = require(`${__hooks}/channel_figures.js`).channelFigures(e.app, hourText(fromMs), fromMs, funnel)
  return e.json(200, {
    days: days, from: new Date(fromMs).toISOString(), events: total, problems: problems,
    channels: byChannel.channels, fixes_at_help_points: byChannel.fixes_at_help_points,
  })
}

// ---------------------------------------------------------------- notices

// The active notices (ends_on today or later, WIB), newest first, at most 10, in the shape of
// settings.json's notices (plus ends_on).
function activeNotices(app) {
  const today = wibDate(Date.now())
  const rows = arrayOf(new DynamicModel({ text_id: "", text_en: "", ends_on: "" }))
  app.db().newQuery(
    "SELECT text_id, text_en, ends_on FROM notices WHERE ends_on >= {:d} ORDER BY created DESC LIMIT 10"
  ).bind({ d: today }).all(rows)
  return rows.map((r) => ({ id: r.text_id, en: r.text_en, ends_on: r.ends_on }))
}

// GET /api/notices (public): the active ones
function handleNotices(e) {
  e.response.header().set("Cache-Control", "public, max-age=60")
  return e.json(200, { notices: activeNotices(e.app) })
}

// records API create/update of a notice (province staff): a real end date, no bidi controls; who wrote it
function beforeNoticeSave(e, create) {
  const r = e.record
  if (isNaN(wibDateMs(r.getString("ends_on")))) throw new BadRequestError("ends_on: a real date YYYY-MM-DD")
  for (const f of ["text_id", "text_en"]) {
    if (cleanText(r.getString(f), 300) === null) throw new BadRequestError(f + ": no control characters")
  }
  if (e.auth && e.auth.collection().name === "staff") {
    if (create) r.set("created_by", e.auth.id)
    else r.set("created_by", r.original().getString("created_by"))
  }
  return e.next()
}

// ---------------------------------------------------------------- the programme's state

const STATES = ["open", "closed", "unknown"]
const RECORD_KEYS = ["state", "wave", "closes", "last_wave", "since", "known", "source", "checked"]

// The newest programme state the province recorded, as settings.json's `programme` (the record
// with its `line`), or null when none was recorded (the file's own is served).
function currentProgramme(app) {
  const rows = arrayOf(new DynamicModel({ record: "", line_id: "", line_en: "" }))
  app.db().newQuery(
    "SELECT record, line_id, line_en FROM programme_states ORDER BY created DESC, rowid DESC LIMIT 1"
  ).all(rows)
  if (!rows.length) return null
  let record
  try { record = JSON.parse(rows[0].record) } catch (_) { return null }
  if (!record || typeof record !== "object" || Array.isArray(record)) return null
  return Object.assign({}, record, { line: { id: rows[0].line_id, en: rows[0].line_en } })
}

// Every string of a record, however deep, for the control-character check.
function stringsOf(v, out) {
  if (typeof v === "string") out.push(v)
  else if (v && typeof v === "object") for (const k of Object.keys(v)) stringsOf(v[k], out)
  return out
}

// records API create of a programme state (province staff): an object of the record's own fields
// with a known state, no control or bidi characters anywhere; who recorded it. Never edited later.
function beforeProgrammeSave(e) {
  const r = e.record
  // a json field arrives as raw JSON bytes: read them as text, then as JSON
  let record = null
  try { record = JSON.parse(toString(r.get("record"))) } catch (_) { record = null }
  if (!record || typeof record !== "object" || Array.isArray(record)) throw new BadRequestError("record: an object")
  if (!STATES.includes(record.state)) throw new BadRequestError("record.state: open, closed or unknown")
  for (const k of Object.keys(record)) {
    if (!RECORD_KEYS.includes(k)) throw new BadRequestError("record: unknown field " + k.slice(0, 20))
  }
  for (const s of stringsOf(record, [])) {
    if (cleanText(s, 1000) !== s.trim()) throw new BadRequestError("record: no control or direction characters")
  }
  for (const f of ["line_id", "line_en"]) {
    const clean = cleanText(r.getString(f), 200)
    if (clean === null) throw new BadRequestError(f + ": no direction characters")
    r.set(f, clean)
  }
  if (e.auth && e.auth.collection().name === "staff") r.set("created_by", e.auth.id)
  return e.next()
}

// ---------------------------------------------------------------- POST /api/events

const MAX_EVENTS = 50

// one event -> the clean record values, or null
function cleanEvent(ev, table, nowMs) {
  if (!ev || typeof ev !== "object" || Array.isArray(ev)) return null
  for (const k of Object.keys(ev)) if (["problem", "node", "answer", "v", "lang", "hour"].indexOf(k) < 0) return null
  const p = flowProblem(ev.problem, table)
  const n = flowNode(p, ev.node)
  if (!n || typeof ev.answer !== "string" || flowAnswers(n).indexOf(ev.answer) < 0) return null
  if (typeof ev.v !== "string" || !/^[0-9a-z.-]{1,20}$/.test(ev.v)) return null
  if (ev.lang !== "id" && ev.lang !== "en") return null
  if (typeof ev.hour !== "string") return null
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}):00:00(?:\.000)?Z$/.exec(ev.hour)
  if (!m) return null
  const ms = Date.parse(m[1] + ":00:00Z")
  if (isNaN(ms) || ms > nowMs + 5 * 60 * 1000 || ms < nowMs - 8 * DAY_MS) return null
  return { problem: ev.problem, node: ev.node, answer: ev.answer, v: ev.v, lang: ev.lang, hour: m[1] + ":00:00Z" }
}

function handleEvents(e) {
  const b = requestBody(e)
  if (!b) return sendError(e, "invalid_request")
  const list = b.events
  if (!Array.isArray(list) || list.length < 1 || list.length > MAX_EVENTS) return sendError(e, "invalid_request", "events")
  const table = flowTable()
  const nowMs = Date.now()
  // the flow walked with a call-centre agent on the phone counts under "phone"
  const channel = agentOf(e) ? "phone" : "online"
  const ok = []
  for (const ev of list) {
    const c = cleanEvent(ev, table, nowMs)
    if (c) ok.push({ ...c, channel: channel })
  }
  if (ok.length) {
    e.app.runInTransaction((tx) => {
      const col = tx.findCollectionByNameOrId("events")
      for (const c of ok) {
        const r = new Record(col)
        for (const k of Object.keys(c)) r.set(k, c[k])
        tx.save(r)
      }
    })
  }
  return e.json(202, { stored: ok.length, rejected: list.length - ok.length })
}

module.exports = { handleOverview, handleFunnel, handleNotices, beforeNoticeSave, beforeProgrammeSave, currentProgramme, handleEvents, funnel, hourText, activeNotices }
