/// <reference path="../pb_data/types.d.ts" />
// Booking store hooks: this file only registers routes, record hooks, cron jobs and console commands;
// each handler require()s the module it needs (PocketBase runs every handler in an isolated scope).
// The modules are listed in docs/architecture.md, "The booking store".
// API reference: docs/booking-api.md

// ---- every request: no personal data in the request log; the booking routes: JSON only, uniform errors ----
// Priority -1030: after CORS, before auth-token loading and the rate limiter (-1000), so their errors pass here.
routerUse(new Middleware((e) => {
  // The request log stores the URL, Referer and User-Agent. They are rewritten after the handler ran
  // (the logger reads them after this middleware returns): NIKs, phone numbers and names out, in any
  // spelling (pb_hooks/log_redact.js).
  const redact = () => {
    try {
      const { redactPath, redactQuery, redactReferer, redactUserAgent } = require(`${__hooks}/log_redact.js`)
      const u = e.request.url
      const path = redactPath(u.escapedPath())
      if (path !== u.path || u.rawPath) { u.path = path; u.rawPath = "" }
      if (u.rawQuery) u.rawQuery = redactQuery(u.rawQuery)
      if (u.fragment) { u.fragment = ""; u.rawFragment = "" }
      const h = e.request.header
      if (h.get("Referer")) h.set("Referer", redactReferer(h.get("Referer")))
      if (h.get("User-Agent")) h.set("User-Agent", redactUserAgent(h.get("User-Agent")))
    } catch (_) {
      e.request.url.rawQuery = ""
      e.request.url.path = "/[redacted]"
      e.request.url.rawPath = ""
    }
  }
  const path = e.request.url.path
  const ours = path.startsWith("/api/booking") || path.startsWith("/api/availability") || path.startsWith("/api/staff/") || path.startsWith("/api/call/") ||
    path.startsWith("/api/province/") || path === "/api/events" || path === "/api/notices" || path === "/api/admin/booking-purge"
  if (!ours) {
    try { return e.next() } finally { redact() }
  }
  e.response.header().set("Access-Control-Expose-Headers", "Idempotency-Replayed")
  e.response.header().set("Cache-Control", "no-store")
  try {
    // JSON bodies only: a form or multipart body (which any web page can make a browser send without
    // asking) is refused, so cross-site request forgery needs a CORS preflight that fails.
    // (A DELETE without a body needs no type: no web page can send a DELETE cross-site without a preflight.)
    const m = e.request.method
    const bodyless = m === "DELETE" && !(e.request.contentLength > 0) && !e.request.header.get("Content-Type")
    if (m !== "GET" && m !== "HEAD" && m !== "OPTIONS" && !bodyless) {
      const ct = String(e.request.header.get("Content-Type") || "").split(";")[0].trim().toLowerCase()
      if (ct !== "application/json") {
        const { sendError } = require(`${__hooks}/errors.js`)
        return sendError(e, "unsupported_media_type")
      }
    }
    return e.next()
  } catch (err) {
    const { sendError } = require(`${__hooks}/errors.js`)
    const { redactText } = require(`${__hooks}/log_redact.js`)
    const msg = String(err && (err.value && err.value.message ? err.value.message : err))
    let status = 0
    try { status = err.value.status || 0 } catch (_) { }
    if (!status) {
      const m = /status[=: ]+(\d{3})/i.exec(msg)
      if (m) status = parseInt(m[1], 10)
    }
    if (status === 401 || status === 403) throw err
    if (status === 429 || /too many requests/i.test(msg)) return sendError(e, "rate_limited")
    if (status === 404 || /not found/i.test(msg)) return sendError(e, "not_found")
    if (status === 400 || status === 413) return sendError(e, "invalid_request")
    if (/slot_full/.test(msg)) return sendError(e, "slot_full", "slot") // database trigger backstop
    if (/UNIQUE constraint failed: bookings\.nik/.test(msg)) return sendError(e, "already_booked", "nik")
    // The data folder is full or read-only: nothing was written (SQLite rolls the transaction
    // back). Say so plainly; the app keeps the attempt and its key and tries again later.
    if (/database or disk is full|disk I\/O error|readonly database|read-only file system|no space left on device|SQLITE_(FULL|IOERR|READONLY|CANTOPEN)|unable to open database file/i.test(msg)) {
      e.response.header().set("Retry-After", "60")
      console.log("booking store: storage unavailable: " + redactText(msg, 300))
      return sendError(e, "unavailable")
    }
    console.log("booking route error: " + redactText(msg, 300))
    return sendError(e, "internal")
  } finally {
    redact()
  }
}, -1030, "booking_errors"))

// ---- public availability ----
routerAdd("GET", "/api/availability", (e) => {
  return require(`${__hooks}/availability.js`).handleAvailabilitySummary(e)
})
routerAdd("GET", "/api/availability/{office}", (e) => {
  return require(`${__hooks}/availability.js`).handleAvailabilityOffice(e)
})

// ---- citizen booking routes (NIK and phone only ever travel in the JSON body) ----
routerAdd("POST", "/api/booking", (e) => {
  return require(`${__hooks}/bookings.js`).handleCreate(e)
}, $apis.bodyLimit(16 * 1024))
routerAdd("POST", "/api/booking/lookup", (e) => {
  return require(`${__hooks}/bookings.js`).handleLookup(e)
}, $apis.bodyLimit(4 * 1024))
routerAdd("POST", "/api/booking/cancel", (e) => {
  return require(`${__hooks}/bookings.js`).handleCancel(e)
}, $apis.bodyLimit(4 * 1024))
routerAdd("POST", "/api/booking/reschedule", (e) => {
  return require(`${__hooks}/bookings.js`).handleReschedule(e)
}, $apis.bodyLimit(4 * 1024))

// ---- call centre (docs/booking-api.md, "Call centre"): a booking for a caller, read back during the call ----
routerAdd("POST", "/api/call/booking", (e) => {
  return require(`${__hooks}/call_lib.js`).handleCallBooking(e)
})
routerAdd("POST", "/api/call/readback", (e) => {
  return require(`${__hooks}/call_lib.js`).handleReadback(e)
})

// ---- staff routes (docs/booking-api.md, "Staff"): a desk booking, and freeing a NIK after an e-KTP check ----
routerAdd("POST", "/api/staff/booking", (e) => {
  return require(`${__hooks}/staff_bookings.js`).handleStaffCreate(e)
}, $apis.bodyLimit(16 * 1024))
routerAdd("POST", "/api/staff/release", (e) => {
  return require(`${__hooks}/staff_bookings.js`).handleStaffRelease(e)
}, $apis.bodyLimit(4 * 1024))

// ---- the officers' desk (docs/booking-api.md, "Desk") ----
routerAdd("GET", "/api/staff/me", (e) => {
  return require(`${__hooks}/desk_lib.js`).handleMe(e)
})
routerAdd("GET", "/api/staff/queue", (e) => {
  return require(`${__hooks}/desk_lib.js`).handleQueue(e)
})
routerAdd("POST", "/api/staff/checkin", (e) => {
  return require(`${__hooks}/desk_lib.js`).handleCheckin(e)
}, $apis.bodyLimit(4 * 1024))
routerAdd("POST", "/api/staff/status", (e) => {
  return require(`${__hooks}/desk_lib.js`).handleStatus(e)
}, $apis.bodyLimit(4 * 1024))
routerAdd("POST", "/api/staff/undo", (e) => {
  return require(`${__hooks}/desk_lib.js`).handleUndo(e)
}, $apis.bodyLimit(4 * 1024))
routerAdd("GET", "/api/staff/office", (e) => {
  return require(`${__hooks}/desk_office_lib.js`).handleGet(e)
})
routerAdd("PATCH", "/api/staff/office", (e) => {
  return require(`${__hooks}/desk_office_lib.js`).handlePatch(e)
}, $apis.bodyLimit(8 * 1024))
routerAdd("POST", "/api/staff/office/closed-days", (e) => {
  return require(`${__hooks}/desk_office_lib.js`).handleCloseDay(e)
}, $apis.bodyLimit(4 * 1024))
routerAdd("DELETE", "/api/staff/office/closed-days/{date}", (e) => {
  return require(`${__hooks}/desk_office_lib.js`).handleReopenDay(e)
}, $apis.bodyLimit(1024))

onRecordCreate((e) => {
  return require(`${__hooks}/desk_lib.js`).beforeStaffSave(e)
}, "staff")
onRecordUpdate((e) => {
  return require(`${__hooks}/desk_lib.js`).beforeStaffSave(e)
}, "staff")

// ---- the province: overview, funnel; notices (public read); anonymous usage events ----
routerAdd("GET", "/api/province/overview", (e) => {
  return require(`${__hooks}/province_lib.js`).handleOverview(e)
})
routerAdd("GET", "/api/province/funnel", (e) => {
  return require(`${__hooks}/province_lib.js`).handleFunnel(e)
})
routerAdd("GET", "/api/notices", (e) => {
  return require(`${__hooks}/province_lib.js`).handleNotices(e)
})
routerAdd("POST", "/api/events", (e) => {
  return require(`${__hooks}/province_lib.js`).handleEvents(e)
}, $apis.bodyLimit(16 * 1024))
onRecordCreateRequest((e) => {
  return require(`${__hooks}/province_lib.js`).beforeNoticeSave(e, true)
}, "notices")
onRecordUpdateRequest((e) => {
  return require(`${__hooks}/province_lib.js`).beforeNoticeSave(e, false)
}, "notices")
onRecordCreateRequest((e) => {
  return require(`${__hooks}/province_lib.js`).beforeProgrammeSave(e)
}, "programme_states")

// superuser status changes through the records API (staff can no longer PATCH bookings): the documented
// error shape, also when the unique index would refuse the change (a second active booking for one NIK)
onRecordUpdateRequest((e) => {
  return require(`${__hooks}/staff_bookings.js`).handleStaffStatusUpdate(e)
}, "bookings")

// ---- the availability cache is dropped by any change to what it shows ----
// Bookings: the hook routes and the staff status hook drop it themselves (one JS call less per booking);
// these cover slots and help points, and bookings deleted by a superuser (a booking a superuser creates
// in the admin UI shows up within AVAIL_CACHE_MS).
onRecordAfterCreateSuccess((e) => {
  require(`${__hooks}/availability_cache.js`).bumpAvailability(e.app)
  return e.next()
}, "slots", "offices")
onRecordAfterUpdateSuccess((e) => {
  require(`${__hooks}/availability_cache.js`).bumpAvailability(e.app)
  return e.next()
}, "slots", "offices")
onRecordAfterDeleteSuccess((e) => {
  require(`${__hooks}/availability_cache.js`).bumpAvailability(e.app)
  return e.next()
}, "bookings", "slots", "offices")

// ---- the web app (PUBLIC_DIR, e.g. dist/) from the same process: pre-compressed files, caching, framing ----
// Registered only when PUBLIC_DIR is set; PocketBase's own `--publicDir` route then stays unused.
if ($os.getenv("PUBLIC_DIR")) {
  routerAdd("GET", "/{path...}", (e) => {
    return require(`${__hooks}/static_lib.js`).serve(e)
  })
}

// ---- on start of `serve`: help points from data/offices.json, then slots ----
onBootstrap((e) => {
  e.next()
  if ($os.args.indexOf("serve") < 0) return
  const { syncOffices, generateSlots } = require(`${__hooks}/slots_lib.js`)
  try {
    e.app.runAppMigrations() // `serve` would apply them only after bootstrap; the sync needs the schema now
    // zero the content of freed pages on the writer connection (the purge also VACUUMs, see slots_lib.js)
    e.app.nonconcurrentDB().newQuery("PRAGMA secure_delete = ON").execute()
    const r = syncOffices(e.app)
    const n = generateSlots(e.app)
    console.log(`booking store: offices created=${r.created} updated=${r.updated}; slots created=${n}`)
  } catch (err) {
    console.log("booking store: help-point sync deferred: " + err)
  }
})

// ---- scheduled: keep N days of slots ahead (hourly, idempotent) ----
cronAdd("booking_generate_slots", "7 * * * *", () => {
  const { syncOffices, generateSlots } = require(`${__hooks}/slots_lib.js`)
  if ($app.countRecords("offices") === 0) syncOffices($app)
  const n = generateSlots($app)
  if (n) console.log(`booking store: slots created=${n}`)
})

// ---- scheduled: erase personal data of bookings older than RETENTION_DAYS (daily 02:30 WIB) ----
cronAdd("booking_retention", "30 19 * * *", () => {
  const n = require(`${__hooks}/slots_lib.js`).purgeOldPersonalData($app)
  if (n) console.log(`booking store: personal data erased from ${n} old bookings`)
})
// the same on demand, superusers only (used by the tests and after changing RETENTION_DAYS)
routerAdd("POST", "/api/admin/booking-purge", (e) => {
  const b = e.requestInfo().body || {}
  const days = typeof b.days === "number" && b.days >= 1 ? Math.floor(b.days) : 0
  const n = require(`${__hooks}/slots_lib.js`).purgeOldPersonalData(e.app, days)
  return e.json(200, { erased: n })
}, $apis.requireSuperuserAuth())

// ---- console command: import priority NIKs (keyed hashes only) ----
//   [PRIORITY_REPLACE=1] [PRIORITY_SOURCE="Disnakertrans PHK 2026-11"] pocketbase import-priority <file.csv> --dir <data dir>
// (wrapper with the same key handling as the server: scripts/import-priority.sh)
$app.rootCmd.addCommand(new Command({
  use: "import-priority <file.csv>",
  short: "Import laid-off workers' NIKs into priority_registry as HMAC-SHA256 hashes",
  run: (cmd, args) => {
    if (!args || args.length < 1) throw new Error("usage: import-priority <file.csv>")
    const { importPriority } = require(`${__hooks}/priority.js`)
    importPriority($app, args[0])
  },
}))

// ---- console command: staff accounts (wrapper that sets the passwords file up: scripts/staff.sh) ----
$app.rootCmd.addCommand(new Command({
  use: "staff <seed|seed-file|create|disable|enable|list|count> [args]",
  short: "Staff accounts of the help point desk (passwords only ever go to $STAFF_PASSWORDS_FILE)",
  run: (cmd, args) => {
    require(`${__hooks}/staff_lib.js`).run($app, args || [])
  },
}))
