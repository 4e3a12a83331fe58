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

// extra: more keys of the error body (e.g. the contacts of day_has_bookings)
function errorBody(code, field, extra) {
  const table = JSON.parse(errorTexts())
  const def = table[code] || table.internal
  const body = { status: def.status, code: table[code] ? code : "internal", message: def.id, message_en: def.en }
  if (field) body.field = field
  if (extra) for (const k in extra) if (!(k in body)) body[k] = extra[k]
  return body
}

function sendError(e, code, field, extra) {
  const body = errorBody(code, field, extra)
  return e.json(body.status, body)
}

module.exports = { errorBody, sendError }
