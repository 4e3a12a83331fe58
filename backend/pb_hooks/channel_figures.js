/// <reference path="../pb_data/types.d.ts" />
// "Which fixes work" per channel, for the province: online (the flow on a phone), walk_in (booked at the
// help point's desk) and phone (the flow walked with a call-centre agent). Self-help figures come from the
// usage events (an agent's events carry channel "phone"); the help points' figures from served bookings
// and the step the officer said fixed it. No person in any figure.

const { pbDate } = require(`${__hooks}/constants.js`)

// the booking channel as the province names it
const BOOKING_CHANNEL = { online: "online", desk: "walk_in", phone: "phone" }
const CHANNELS = ["online", "walk_in", "phone"]

// funnelOf: province_lib.funnel (passed in: province_lib requires this module)
function channelFigures(app, fromHour, fromMs, funnelOf) {
  const per = {}
  for (const c of CHANNELS) per[c] = { channel: c, started: 0, fixed_self: 0, booked: 0, served: 0, fixed_at_help_point: 0 }
  const rows = arrayOf(new DynamicModel({ channel: "", problem: "", node: "", answer: "", n: 0 }))
  app.db().newQuery(
    "SELECT IFNULL(channel, '') AS channel, problem, node, answer, COUNT(*) AS n FROM events WHERE hour >= {:f} " +
    "GROUP BY channel, problem, node, answer"
  ).bind({ f: fromHour }).all(rows)
  const counts = { online: {}, phone: {} }
  for (const r of rows) {
    const c = counts[r.channel === "phone" ? "phone" : "online"]
    const p = c[r.problem] = c[r.problem] || {}
    const n = p[r.node] = p[r.node] || {}
    n[r.answer] = (n[r.answer] || 0) + r.n
  }
  for (const c of ["online", "phone"]) {
    for (const p of funnelOf(counts[c])) {
      per[c].started += p.started
      per[c].fixed_self += p.fixed
    }
  }
  const made = arrayOf(new DynamicModel({ channel: "", n: 0 }))
  app.db().newQuery("SELECT channel, COUNT(*) AS n FROM bookings WHERE created >= {:f} GROUP BY channel")
    .bind({ f: pbDate(fromMs) }).all(made)
  for (const m of made) if (per[BOOKING_CHANNEL[m.channel]]) per[BOOKING_CHANNEL[m.channel]].booked += m.n
  const served = arrayOf(new DynamicModel({ channel: "", problem: "", fixed_by: "", n: 0 }))
  app.db().newQuery(
    "SELECT channel, problem, fixed_by, COUNT(*) AS n FROM bookings WHERE status = 'served' AND status_at >= {:f} " +
    "GROUP BY channel, problem, fixed_by"
  ).bind({ f: pbDate(fromMs) }).all(served)
  const fixes = []
  for (const s of served) {
    const c = BOOKING_CHANNEL[s.channel]
    if (!c) continue
    per[c].served += s.n
    if (s.fixed_by && s.fixed_by !== "other") {
      per[c].fixed_at_help_point += s.n
      fixes.push({ channel: c, problem: s.problem, step: s.fixed_by, served: s.n })
    }
  }
  fixes.sort((a, b) => b.served - a.served || (a.problem < b.problem ? -1 : a.problem > b.problem ? 1 : 0))
  return { channels: CHANNELS.map((c) => per[c]), fixes_at_help_points: fixes }
}

module.exports = { channelFigures, CHANNELS }
