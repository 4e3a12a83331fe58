/// <reference path="../pb_data/types.d.ts" />
// The help point desk: staff roles and 30-minute tokens, status history on bookings (the desk
// routes are the only way to change a status), the help point's own details and closed days, the
// programme notices, and anonymous usage events. API: docs/booking-api.md, "Desk".
migrate((app) => {
  const offices = app.findCollectionByNameOrId("offices")
  const staff = app.findCollectionByNameOrId("staff")
  const bookings = app.findCollectionByNameOrId("bookings")

  // ---- staff: officer (one help point) or province (all, no office); disabled accounts cannot sign in ----
  staff.fields.add(new SelectField({ name: "role", maxSelect: 1, values: ["officer", "province"] }))
  staff.fields.add(new BoolField({ name: "disabled" }))
  staff.fields.getByName("office").required = false
  staff.authToken.duration = 1800 // 30 minutes; the desk refreshes on activity
  staff.fields.getByName("password").min = 12 // ASVS 2.1.1 (seeded passwords have 20 characters)
  staff.authRule = "disabled = false"
  app.save(staff)
  app.db().newQuery("UPDATE staff SET role = 'officer' WHERE role = '' OR role IS NULL").execute()

  // ---- offices: what the desk may change, and which of the file's values the desk has overridden ----
  offices.fields.add(new TextField({ name: "landmark", max: 200, hidden: true }))
  // names of the fields an officer set at the desk (address, landmark, hours, seats, lat, lng): the start-up
  // sync from offices.json leaves them alone
  offices.fields.add(new JSONField({ name: "desk_fields", maxSize: 500, hidden: true }))
  offices.fields.add(new RelationField({ name: "desk_by", collectionId: staff.id, maxSelect: 1, cascadeDelete: false, hidden: true }))
  offices.fields.add(new DateField({ name: "desk_at", hidden: true }))
  app.save(offices)

  // ---- bookings: the problem the citizen came with, who changed the status when, what fixed it ----
  bookings.fields.add(new TextField({ name: "problem", max: 64, pattern: "^[a-z0-9-]*$" }))
  bookings.fields.add(new JSONField({ name: "status_log", maxSize: 4000 }))
  bookings.fields.add(new RelationField({ name: "status_by", collectionId: staff.id, maxSelect: 1, cascadeDelete: false }))
  bookings.fields.add(new DateField({ name: "status_at" }))
  bookings.fields.add(new TextField({ name: "served_note", max: 500 }))
  bookings.fields.add(new TextField({ name: "fixed_by", max: 64 }))
  // status changes only through POST /api/staff/checkin|status|undo (one place for the rules)
  bookings.updateRule = null
  app.save(bookings)

  // ---- closed days of a help point (holiday, training): no slots that day ----
  const closedDays = new Collection({
    type: "base",
    name: "closed_days",
    listRule: null, viewRule: null, createRule: null, updateRule: null, deleteRule: null,
    fields: [
      { name: "office", type: "relation", required: true, collectionId: offices.id, maxSelect: 1, cascadeDelete: false },
      { name: "date", type: "text", required: true, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
      { name: "reason", type: "text", max: 200 },
      { name: "created_by", type: "relation", collectionId: staff.id, maxSelect: 1, cascadeDelete: false },
      { name: "created", type: "autodate", onCreate: true },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_closed_days_office_date ON closed_days (office, date)"],
  })
  app.save(closedDays)

  // ---- programme notices (start screen); province staff edit them, the public reads GET /api/notices ----
  const province = '@request.auth.collectionName = "staff" && @request.auth.role = "province" && @request.auth.disabled = false'
  const notices = new Collection({
    type: "base",
    name: "notices",
    listRule: province, viewRule: province, createRule: province, updateRule: province, deleteRule: province,
    fields: [
      { name: "text_id", type: "text", required: true, min: 5, max: 300 },
      { name: "text_en", type: "text", required: true, min: 5, max: 300 },
      { name: "ends_on", type: "text", required: true, pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
      { name: "created_by", type: "relation", collectionId: staff.id, maxSelect: 1, cascadeDelete: false },
      { name: "created", type: "autodate", onCreate: true },
      { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
    ],
    indexes: ["CREATE INDEX idx_notices_ends ON notices (ends_on)"],
  })
  app.save(notices)

  // ---- anonymous usage events: no person, no device, no IP, no exact time (no autodate fields) ----
  const events = new Collection({
    type: "base",
    name: "events",
    listRule: null, viewRule: null, createRule: null, updateRule: null, deleteRule: null,
    fields: [
      { name: "problem", type: "text", required: true, max: 64 },
      { name: "node", type: "text", required: true, max: 64 },
      { name: "answer", type: "text", required: true, max: 16 },
      { name: "v", type: "text", max: 20 },
      { name: "lang", type: "text", max: 2 },
      { name: "hour", type: "text", required: true, max: 20 }, // "YYYY-MM-DDTHH:00:00Z"
    ],
    indexes: ["CREATE INDEX idx_events_hour ON events (hour)", "CREATE INDEX idx_events_problem ON events (problem, node)"],
  })
  app.save(events)

  // ---- rate limits of the desk routes (per IP, every audience) ----
  const settings = app.settings()
  const rules = settings.rateLimits.rules.filter((r) => r.label !== "/api/")
  for (const [label, max, dur] of [
    ["GET /api/staff/queue", 120, 60], ["GET /api/staff/office", 120, 60], ["GET /api/staff/me", 120, 60],
    ["POST /api/staff/checkin", 60, 60], ["POST /api/staff/status", 60, 60], ["POST /api/staff/undo", 60, 60],
    ["PATCH /api/staff/office", 20, 60], ["/api/staff/office/closed-days", 20, 60],
    ["/api/province/", 30, 60], ["POST /api/events", 30, 60], ["staff:authRefresh", 10, 60],
  ]) rules.push({ label: label, audience: "", maxRequests: max, duration: dur })
  rules.push({ label: "/api/", audience: "", maxRequests: 300, duration: 10 })
  settings.rateLimits.rules = rules
  app.save(settings)
}, (app) => {
  for (const name of ["events", "notices", "closed_days"]) {
    try { app.delete(app.findCollectionByNameOrId(name)) } catch (_) { }
  }
})
