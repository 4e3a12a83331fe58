/// <reference path="../pb_data/types.d.ts" />
// The laid-off workers' priority registry holds keyed hashes of NIKs only (HMAC-SHA256 with
// PRIORITY_HASH_KEY, or a key made once and kept in the data folder).

const { env } = require(`${__hooks}/constants.js`)
const { normalizeNik } = require(`${__hooks}/input_rules.js`)

function hashKey(app) {
  let key = env("PRIORITY_HASH_KEY", "")
  if (key) return key
  return app.store().getOrSet("priority_hash_key", () => {
    const path = app.dataDir() + "/priority_hash.key"
    try {
      const k = toString($os.readFile(path)).trim()
      if (k) return k
    } catch (_) { }
    const k = $security.randomStringWithAlphabet(64, "0123456789abcdef")
    $os.writeFile(path, k, 0o600)
    return k
  })
}

function nikHash(app, nik) {
  return $security.hs256(nik, hashKey(app))
}

function isPriorityNik(app, hash) {
  const rows = arrayOf(new DynamicModel({ id: "" }))
  app.db().newQuery("SELECT id FROM priority_registry WHERE nik_hash = {:h} LIMIT 1").bind({ h: hash }).all(rows)
  return rows.length > 0
}

// `pocketbase import-priority <file.csv>` (scripts/import-priority.sh): every cell that looks like a NIK,
// as its keyed hash; PRIORITY_REPLACE=1 empties the registry first, PRIORITY_SOURCE names the list
function importPriority(app, path) {
  const replace = env("PRIORITY_REPLACE", "") === "1"
  const source = env("PRIORITY_SOURCE", "")
  const text = toString($os.readFile(path))
  const hashes = {}
  let rows = 0, bad = 0
  for (const line of text.split(/\r?\n/)) {
    const cells = line.split(/[,;\t]/).map((c) => c.trim().replace(/^"|"$/g, ""))
    const raw = cells.find((c) => /^[0-9 .-]{16,}$/.test(c))
    if (!raw) continue // header or empty line
    rows++
    const nik = normalizeNik(raw)
    if (!nik) { bad++; continue }
    hashes[nikHash(app, nik)] = true
  }
  const col = app.findCollectionByNameOrId("priority_registry")
  let added = 0, kept = 0
  app.runInTransaction((tx) => {
    if (replace) tx.db().newQuery("DELETE FROM priority_registry").execute()
    for (const h of Object.keys(hashes)) {
      try {
        tx.findFirstRecordByData("priority_registry", "nik_hash", h)
        kept++
      } catch (_) {
        const r = new Record(col)
        r.set("nik_hash", h)
        r.set("source", source)
        tx.save(r)
        added++
      }
    }
  })
  console.log(`import-priority: rows=${rows} invalid=${bad} added=${added} already_present=${kept} replace=${replace}`)
}

module.exports = { nikHash, isPriorityNik, importPriority }
