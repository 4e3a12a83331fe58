/// <reference path="../pb_data/types.d.ts" />
// Booking store schema: offices, slots, bookings, staff, priority_registry.
// Collection names are part of the public API (docs/booking-api.md).
// Help points and slots are filled at start by pb_hooks (data/offices.json, data/holidays.json).
migrate((app) => {
  // ---- offices: the 56 help points (public read; street address hidden) ----
  const offices = new Collection({
    type: "base",
    name: "offices",
    listRule: "",
    viewRule: "",
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { name: "code", type: "text", required: true, max: 64, pattern: "^[a-z0-9-]+$" },
      { name: "kind", type: "select", required: true, maxSelect: 1, values: ["province_office", "ltsa", "blk", "disnaker"] },
      { name: "name", type: "text", required: true, max: 200 },
      { name: "region", type: "text", max: 100 },
      { name: "region_code", type: "text", max: 8 },
      // hidden = only superusers see it through the records API; citizens get it in their own confirmation
      { name: "address", type: "text", max: 500, hidden: true },
      { name: "hours", type: "json", maxSize: 4000 },
      { name: "slot_minutes", type: "number", onlyInt: true, min: 5, max: 480 },
      { name: "seats", type: "number", onlyInt: true, min: 1, max: 500 },
      { name: "active", type: "bool" },
      { name: "lat", type: "number" },
      { name: "lng", type: "number" },
      { name: "created", type: "autodate", onCreate: true },
      { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_offices_code ON offices (code)",
      "CREATE INDEX idx_offices_region ON offices (region_code)",
    ],
  })
  app.save(offices)

  // ---- slots: generated N days ahead by the scheduled hook (public read) ----
  const slots = new Collection({
    type: "base",
    name: "slots",
    listRule: "",
    viewRule: "",
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { name: "office", type: "relation", required: true, collectionId: offices.id, maxSelect: 1, cascadeDelete: false },
      { name: "starts_at", type: "date", required: true },
      { name: "ends_at", type: "date", required: true },
      { name: "seats", type: "number", required: true, onlyInt: true, min: 1, max: 500 },
      // seats held for the priority registry until HOLD_HOURS (default 24) before the start
      { name: "priority_seats", type: "number", onlyInt: true, min: 0, max: 500 },
      { name: "closed", type: "bool" },
      { name: "created", type: "autodate", onCreate: true },
      { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_slots_office_start ON slots (office, starts_at)",
      "CREATE INDEX idx_slots_start ON slots (starts_at)",
    ],
  })
  app.save(slots)

  // ---- staff: help-point staff accounts, one office each; no public sign-up ----
  const staff = new Collection({
    type: "auth",
    name: "staff",
    listRule: "id = @request.auth.id",
    viewRule: "id = @request.auth.id",
    createRule: null,
    updateRule: null,
    deleteRule: null,
    passwordAuth: { enabled: true, identityFields: ["email"] },
    fields: [
      { name: "name", type: "text", max: 200 },
      { name: "office", type: "relation", required: true, collectionId: offices.id, maxSelect: 1, cascadeDelete: false },
    ],
  })
  app.save(staff)

  // ---- bookings ----
  const staffOfOffice = '@request.auth.collectionName = "staff" && office = @request.auth.office'
  const frozen = ["slot", "office", "code", "queue_no", "name", "nik", "phone", "region", "priority",
    "summary", "idempotency_key", "cancelled_at", "created", "updated"]
  const staffUpdate = staffOfOffice +
    ' && status != "cancelled"' +
    ' && @request.body.status:isset = true' +
    ' && (@request.body.status = "arrived" || @request.body.status = "served" ||' +
    ' @request.body.status = "no_show" || @request.body.status = "cancelled")' +
    frozen.map((f) => ` && @request.body.${f}:isset = false`).join("")
  const bookings = new Collection({
    type: "base",
    name: "bookings",
    listRule: staffOfOffice,
    viewRule: staffOfOffice,
    createRule: null, // only through POST /api/booking (hook route, transaction)
    updateRule: staffUpdate,
    deleteRule: null,
    fields: [
      { name: "slot", type: "relation", required: true, collectionId: slots.id, maxSelect: 1, cascadeDelete: false },
      { name: "office", type: "relation", required: true, collectionId: offices.id, maxSelect: 1, cascadeDelete: false },
      { name: "code", type: "text", required: true, min: 8, max: 8, pattern: "^[ACDEFGHJKMNPQRTUVWXY34679]{8}$" },
      { name: "queue_no", type: "number", required: true, onlyInt: true, min: 1, max: 500 },
      { name: "name", type: "text", required: true, max: 100 },
      { name: "nik", type: "text", required: true, min: 16, max: 16, pattern: "^[0-9]{16}$" },
      { name: "phone", type: "text", required: true, max: 16, pattern: "^\\+628[0-9]{9,12}$" },
      { name: "region", type: "text", max: 100 },
      { name: "priority", type: "bool" },
      { name: "summary", type: "text", max: 2000 },
      { name: "status", type: "select", required: true, maxSelect: 1, values: ["booked", "cancelled", "arrived", "served", "no_show"] },
      { name: "idempotency_key", type: "text", required: true, max: 120, hidden: true },
      { name: "cancelled_at", type: "date" },
      { name: "created", type: "autodate", onCreate: true },
      { name: "updated", type: "autodate", onCreate: true, onUpdate: true },
    ],
    indexes: [
      "CREATE UNIQUE INDEX idx_bookings_code ON bookings (code)",
      "CREATE UNIQUE INDEX idx_bookings_idem ON bookings (idempotency_key)",
      // one active booking per NIK
      "CREATE UNIQUE INDEX idx_bookings_active_nik ON bookings (nik) WHERE status IN ('booked', 'arrived')",
      // one person per queue number in a slot (queue_no is 1..seats)
      "CREATE UNIQUE INDEX idx_bookings_slot_queue ON bookings (slot, queue_no) WHERE status != 'cancelled'",
      "CREATE INDEX idx_bookings_slot_status ON bookings (slot, status)",
      "CREATE INDEX idx_bookings_office_status ON bookings (office, status)",
    ],
  })
  app.save(bookings)

  // ---- priority registry: keyed hashes (HMAC-SHA256) of laid-off workers' NIKs; superuser only ----
  const registry = new Collection({
    type: "base",
    name: "priority_registry",
    listRule: null,
    viewRule: null,
    createRule: null,
    updateRule: null,
    deleteRule: null,
    fields: [
      { name: "nik_hash", type: "text", required: true, min: 64, max: 64, pattern: "^[0-9a-f]{64}$" },
      { name: "source", type: "text", max: 200 },
      { name: "created", type: "autodate", onCreate: true },
    ],
    indexes: ["CREATE UNIQUE INDEX idx_priority_hash ON priority_registry (nik_hash)"],
  })
  app.save(registry)

  // ---- database-level backstop: never more active bookings than seats, whatever code path writes ----
  app.db().newQuery(`
    CREATE TRIGGER IF NOT EXISTS bookings_capacity_insert BEFORE INSERT ON bookings
    WHEN NEW.status != 'cancelled' AND
      (SELECT COUNT(*) FROM bookings WHERE slot = NEW.slot AND status != 'cancelled') >=
      (SELECT seats FROM slots WHERE id = NEW.slot)
    BEGIN SELECT RAISE(ABORT, 'slot_full'); END`).execute()
  app.db().newQuery(`
    CREATE TRIGGER IF NOT EXISTS bookings_capacity_update BEFORE UPDATE OF slot, status ON bookings
    WHEN NEW.status != 'cancelled' AND (NEW.slot != OLD.slot OR OLD.status = 'cancelled') AND
      (SELECT COUNT(*) FROM bookings WHERE slot = NEW.slot AND status != 'cancelled' AND id != NEW.id) >=
      (SELECT seats FROM slots WHERE id = NEW.slot)
    BEGIN SELECT RAISE(ABORT, 'slot_full'); END`).execute()

  // ---- the default "users" auth collection allows public sign-up: remove it ----
  try {
    app.delete(app.findCollectionByNameOrId("users"))
  } catch (_) { /* already gone */ }

  // ---- settings: rate limits on, request logs without IPs, short retention ----
  const settings = app.settings()
  settings.meta.appName = "Pendamping Prakerja Jatim"
  settings.logs.maxDays = 14
  settings.logs.logIP = false
  settings.logs.logAuthId = true
  settings.rateLimits.enabled = true
  settings.rateLimits.rules = [
    { label: "POST /api/booking", audience: "@guest", maxRequests: 10, duration: 60 },
    { label: "POST /api/booking/lookup", audience: "@guest", maxRequests: 10, duration: 60 },
    { label: "POST /api/booking/cancel", audience: "@guest", maxRequests: 5, duration: 60 },
    { label: "POST /api/booking/reschedule", audience: "@guest", maxRequests: 5, duration: 60 },
    { label: "*:auth", audience: "", maxRequests: 5, duration: 60 },
    { label: "/api/", audience: "", maxRequests: 300, duration: 10 },
  ]
  app.save(settings)
}, (app) => {
  for (const name of ["priority_registry", "bookings", "staff", "slots", "offices"]) {
    try { app.delete(app.findCollectionByNameOrId(name)) } catch (_) { }
  }
})
