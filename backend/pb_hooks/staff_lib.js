/// <reference path="../pb_data/types.d.ts" />
// Staff accounts from the command line (scripts/staff.sh → `pocketbase staff …`): seed from
// backend/data/staff-seed.json, create, disable, enable, list, count. Passwords are generated here and
// written only to the passwords file (the script makes it mode 600); nothing here prints a password.

const { sharedDataDir } = require(`${__hooks}/constants.js`)

const SEED_DEFAULT = sharedDataDir() + "/staff-seed.json"

function readJson(path) {
  return JSON.parse(toString($os.readFile(path)))
}

function newPassword() {
  // 20 characters without look-alikes: about 115 bits
  return $security.randomStringWithAlphabet(20, "abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY34679")
}

function findStaff(app, email) {
  try {
    return app.findAuthRecordByEmail("staff", email)
  } catch (_) {
    return null
  }
}

function officeId(app, code) {
  try {
    return app.findFirstRecordByData("offices", "code", code).id
  } catch (_) {
    return ""
  }
}

function appendPasswords(file, lines) {
  if (!lines.length) return
  let old = ""
  try { old = toString($os.readFile(file)) } catch (_) { }
  $os.writeFile(file, old + lines.join("\n") + "\n", 0o600)
}

// one account; returns "created" | "exists" | "unknown_office" | "invalid"
function createOne(app, entry, passwordLines) {
  const email = String(entry.email || "").trim().toLowerCase()
  const role = ["province", "officer", "call_centre"].indexOf(entry.role) >= 0 ? entry.role : ""
  if (!/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/.test(email) || !role) return "invalid"
  if (findStaff(app, email)) return "exists"
  let office = ""
  if (role === "officer") {
    office = officeId(app, String(entry.office || ""))
    if (!office) return "unknown_office"
  }
  const rec = new Record(app.findCollectionByNameOrId("staff"))
  const password = newPassword()
  rec.set("email", email)
  rec.set("role", role)
  rec.set("office", office)
  rec.set("name", String(entry.name || ""))
  rec.set("disabled", false)
  rec.setPassword(password)
  rec.set("verified", true)
  app.save(rec)
  passwordLines.push([email, password, role, entry.office || ""].join("\t"))
  return "created"
}

// a failed command: exit code 1, without a Go stack trace
function fail() {
  $os.exit(1)
}

function run(app, args) {
  const sub = args[0] || ""
  const file = $os.getenv("STAFF_PASSWORDS_FILE")
  const counts = {}
  const tally = (k) => { counts[k] = (counts[k] || 0) + 1 }
  const lines = []
  if (sub === "seed") {
    // the help points must exist to bind officers (a fresh data folder has none before the first start)
    if (app.countRecords("offices") === 0) require(`${__hooks}/slots_lib.js`).syncOffices(app)
    const seed = readJson($os.getenv("STAFF_SEED_FILE") || SEED_DEFAULT)
    for (const entry of seed.staff || []) tally(createOne(app, entry, lines))
    if (lines.length && !file) throw new Error("STAFF_PASSWORDS_FILE is not set")
    appendPasswords(file, lines)
    console.log(`staff seed: created=${counts.created || 0} already_there=${counts.exists || 0} ` +
      `unknown_help_point=${counts.unknown_office || 0} invalid=${counts.invalid || 0}`)
  } else if (sub === "create") {
    // create EMAIL officer OFFICE_CODE [NAME] | create EMAIL province|call_centre [NAME]
    const entry = { email: args[1], role: args[2] }
    if (args[2] === "officer") { entry.office = args[3]; entry.name = args[4] || "" } else entry.name = args[3] || ""
    if (!file) throw new Error("STAFF_PASSWORDS_FILE is not set")
    const r = createOne(app, entry, lines)
    appendPasswords(file, lines)
    console.log(`staff create: ${r}`)
    if (r !== "created") fail()
  } else if (sub === "disable" || sub === "enable") {
    const rec = findStaff(app, String(args[1] || "").trim().toLowerCase())
    if (!rec) { console.log(`staff ${sub}: no such staff account`); fail() }
    rec.set("disabled", sub === "disable")
    if (sub === "enable") rec.setPassword(newPassword()) // back only with a new password (create one with reset)
    app.save(rec)
    console.log(`staff ${sub}: done`)
  } else if (sub === "list") {
    const codes = {}
    for (const o of app.findAllRecords("offices")) codes[o.id] = o.getString("code")
    for (const r of app.findAllRecords("staff")) {
      console.log([r.email(), r.getString("role") || "officer", codes[r.getString("office")] || "-", r.getBool("disabled") ? "disabled" : "active"].join("\t"))
    }
  } else if (sub === "count") {
    console.log(String(app.countRecords("staff")))
  } else if (sub === "seed-file") {
    const path = $os.getenv("STAFF_SEED_FILE") || SEED_DEFAULT
    const seed = readJson(path)
    const offices = readJson(sharedDataDir() + "/offices.json").offices
    const known = {}
    for (const o of offices) known[o.code] = true
    const before = seed.staff.length
    // officers of help points the file no longer has go; every help point without one gets a row
    seed.staff = seed.staff.filter((s) => s.role !== "officer" || known[s.office])
    const removed = before - seed.staff.length
    const have = {}
    for (const s of seed.staff) if (s.office) have[s.office] = true
    const domain = (seed.staff.find((s) => s.role === "officer") || { email: "x@disnakertrans-jatim.example" }).email.split("@")[1]
    let added = 0
    for (const o of offices) {
      if (have[o.code]) continue
      seed.staff.push({ email: `petugas.${o.code}@${domain}`, role: "officer", office: o.code })
      added++
    }
    const out = ["{", " \"_about\": " + JSON.stringify(seed._about) + ",", " \"staff\": ["]
    out.push(seed.staff.map((s) => "  " + JSON.stringify(s).replace(/","/g, "\", \"").replace(/":"/g, "\": \"")).join(",\n"))
    out.push(" ]", "}")
    $os.writeFile(path, out.join("\n") + "\n", 0o644)
    console.log(`staff seed-file: added=${added} removed=${removed}`)
  } else {
    console.log("usage: staff seed|seed-file|create|disable|enable|list|count")
    fail()
  }
}

module.exports = { run }
