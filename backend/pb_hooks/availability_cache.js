/// <reference path="../pb_data/types.d.ts" />
// Availability answers come from a short-lived cache shared by every request (AVAIL_CACHE_MS, default
// 3000 ms), dropped at once by any change to bookings, slots or help points (bumpAvailability), and
// bounded in size (AVAIL_CACHE_BYTES, default 32 MB).

const { num } = require(`${__hooks}/constants.js`)

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

// compute() -> {status, body (JSON text)} or {status, error, field}; only 200 answers are kept
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

module.exports = { bumpAvailability, cachedJson }
