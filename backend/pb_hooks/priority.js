/// <reference path="../pb_data/types.d.ts" />
// The laid-off workers' priority registry holds keyed hashes of NIKs only (HMAC-SHA256 with
// PRIORITY_HASH_KEY, or a key made once and kept in the data folder).

const { env } = require(`${__hooks}/constants.js`)

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

module.exports = { nikHash, isPriorityNik }
