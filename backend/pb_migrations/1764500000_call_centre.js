/// <reference path="../pb_data/types.d.ts" />
// The province's call centres: a third staff role (call_centre, no help point), bookings made on the phone
// for a caller (channel "phone"), and usage events that say which channel they came from (the flow walked
// online, or with an agent on the phone). API: docs/booking-api.md, "Call centre".
migrate((app) => {
  const staff = app.findCollectionByNameOrId("staff")
  staff.fields.getByName("role").values = ["officer", "province", "call_centre"]
  app.save(staff)

  const bookings = app.findCollectionByNameOrId("bookings")
  bookings.fields.getByName("channel").values = ["online", "desk", "phone"]
  app.save(bookings)

  const events = app.findCollectionByNameOrId("events")
  // empty = online (events stored before channels)
  events.fields.add(new SelectField({ name: "channel", maxSelect: 1, values: ["online", "phone"] }))
  app.save(events)

  const settings = app.settings()
  const rules = settings.rateLimits.rules.filter((r) => r.label !== "/api/")
  rules.push({ label: "POST /api/call/booking", audience: "", maxRequests: 30, duration: 60 })
  rules.push({ label: "POST /api/call/readback", audience: "", maxRequests: 60, duration: 60 })
  rules.push({ label: "/api/", audience: "", maxRequests: 300, duration: 10 })
  settings.rateLimits.rules = rules
  app.save(settings)
}, (app) => {
  const events = app.findCollectionByNameOrId("events")
  events.fields.removeByName("channel")
  app.save(events)
})
