/// <reference path="../pb_data/types.d.ts" />
// Hardening: who made or released a booking, staff cannot touch those fields, and the
// rate limits apply to everyone on the citizen routes (a staff token no longer skips them), with their
// own limits for the staff routes and for password-reset requests.
migrate((app) => {
  const bookings = app.findCollectionByNameOrId("bookings")
  const staff = app.findCollectionByNameOrId("staff")
  // online (citizen) or desk (made by staff after an e-KTP check; only these may take a held seat)
  bookings.fields.add(new SelectField({ name: "channel", maxSelect: 1, values: ["online", "desk"] }))
  bookings.fields.add(new RelationField({ name: "booked_by", collectionId: staff.id, maxSelect: 1, cascadeDelete: false }))
  bookings.fields.add(new RelationField({ name: "released_by", collectionId: staff.id, maxSelect: 1, cascadeDelete: false }))

  const staffOfOffice = '@request.auth.collectionName = "staff" && office = @request.auth.office'
  const frozen = ["slot", "office", "code", "queue_no", "name", "nik", "phone", "region", "priority",
    "summary", "idempotency_key", "cancelled_at", "created", "updated", "channel", "booked_by", "released_by"]
  bookings.updateRule = staffOfOffice +
    ' && status != "cancelled"' +
    ' && @request.body.status:isset = true' +
    ' && (@request.body.status = "arrived" || @request.body.status = "served" ||' +
    ' @request.body.status = "no_show" || @request.body.status = "cancelled")' +
    frozen.map((f) => ` && @request.body.${f}:isset = false`).join("")
  app.save(bookings)
  app.db().newQuery("UPDATE bookings SET channel = 'online' WHERE channel = '' OR channel IS NULL").execute()

  const settings = app.settings()
  settings.rateLimits.enabled = true
  settings.rateLimits.rules = [
    // audience "" = guests AND signed-in callers: a staff token does not lift a citizen limit
    { label: "POST /api/booking", audience: "", maxRequests: 10, duration: 60 },
    { label: "POST /api/booking/lookup", audience: "", maxRequests: 10, duration: 60 },
    { label: "POST /api/booking/cancel", audience: "", maxRequests: 5, duration: 60 },
    { label: "POST /api/booking/reschedule", audience: "", maxRequests: 5, duration: 60 },
    { label: "POST /api/staff/booking", audience: "", maxRequests: 30, duration: 60 },
    { label: "POST /api/staff/release", audience: "", maxRequests: 5, duration: 60 },
    { label: "staff:requestPasswordReset", audience: "", maxRequests: 2, duration: 600 },
    { label: "staff:confirmPasswordReset", audience: "", maxRequests: 5, duration: 600 },
    { label: "*:requestPasswordReset", audience: "", maxRequests: 2, duration: 600 },
    { label: "*:auth", audience: "", maxRequests: 5, duration: 60 },
    { label: "/api/", audience: "", maxRequests: 300, duration: 10 },
  ]
  app.save(settings)
}, (app) => {
  const bookings = app.findCollectionByNameOrId("bookings")
  for (const f of ["channel", "booked_by", "released_by"]) bookings.fields.removeByName(f)
  app.save(bookings)
})
