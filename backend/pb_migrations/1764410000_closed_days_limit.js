/// <reference path="../pb_data/types.d.ts" />
// The closed-day routes share one rate limit: POST /api/staff/office/closed-days and
// DELETE /api/staff/office/closed-days/{date}. The rule of 1764400000_desk.js had no trailing slash, so it
// matched the POST's path only and the DELETE fell through to the general "/api/" limit. A label that ends
// in "/" is a path prefix for PocketBase's rate limiter (it matches the path itself too), and one rule is one
// counter per client: the two routes now count together, 20 / 60 s.
const OLD = "/api/staff/office/closed-days"
const NEW = "/api/staff/office/closed-days/"

function relabel(app, from, to) {
  const settings = app.settings()
  let found = false
  const rules = settings.rateLimits.rules.map((r) => {
    if (r.label === from) found = true
    return { label: r.label === from ? to : r.label, audience: r.audience, maxRequests: r.maxRequests, duration: r.duration }
  })
  if (!found) {
    // keep it ahead of the general "/api/" rule
    const general = rules.findIndex((r) => r.label === "/api/")
    const rule = { label: to, audience: "", maxRequests: 20, duration: 60 }
    if (general < 0) rules.push(rule)
    else rules.splice(general, 0, rule)
  }
  settings.rateLimits.rules = rules
  app.save(settings)
}

migrate((app) => relabel(app, OLD, NEW), (app) => relabel(app, NEW, OLD))
