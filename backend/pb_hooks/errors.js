/// <reference path="../pb_data/types.d.ts" />
// The error shape of every route: {status, code, message, message_en, field?, ...}. The codes are the
// contract; their texts are backend/data/error_texts.json (code -> {status, id, en}) and, for the desk's
// own codes (staff only), staff_error_texts.json in the same shape.

const { sharedDataDir } = require(`${__hooks}/constants.js`)

function errorTexts() {
  return $app.store().getOrSet("booking:error_texts", () => {
    const all = JSON.parse(toString($os.readFile(sharedDataDir() + "/error_texts.json")))
    const staff = JSON.parse(toString($os.readFile(sharedDataDir() + "/staff_error_texts.json")))
    for (const k in staff) all[k] = staff[k]
    return JSON.stringify(all)
  })
}

// extra: more keys of the error body (e.g. the contacts of day_has_bookings). A refused input's
// {reason, detail} (the words of backend/data/rules/cases) picks the code's text for that reason
// ("reasons": {"phone.too_long": …}), with the detail in place of {}: "Nomor HP terlalu panjang: 14 angka. …".
function errorBody(code, field, extra) {
  const table = JSON.parse(errorTexts())
  const def = table[code] || table.internal
  const why = extra && extra.reason && def.reasons && def.reasons[field + "." + extra.reason]
  const fill = (t) => (why && extra.detail !== undefined ? t.replace("{}", String(extra.detail)) : t)
  const text = why || def
  const body = { status: def.status, code: table[code] ? code : "internal", message: fill(text.id), message_en: fill(text.en) }
  if (field) body.field = field
  if (extra) for (const k in extra) if (!(k in body)) body[k] = extra[k]
  return body
}

function sendError(e, code, field, extra) {
  const body = errorBody(code, field, extra)
  return e.json(body.status, body)
}

module.exports = { errorBody, sendError }
