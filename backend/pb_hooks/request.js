/// <reference path="../pb_data/types.d.ts" />
// What a request carries: its JSON body, and who sent it (a signed-in staff member, or nobody).

// the JSON object in the body, or null (not an object, not JSON)
function body(e) {
  try {
    const b = e.requestInfo().body
    if (!b || typeof b !== "object" || Array.isArray(b)) return null
    return b
  } catch (_) {
    return null
  }
}

// the signed-in staff member, or null: {staff, office, role}. A disabled account is nobody (its tokens
// are also void: disabling changes the token key). Role "" (accounts made before roles) is an officer.
// A call-centre agent ("call_centre") has no help point: the desk routes refuse it, the call routes take it.
function staffOf(e) {
  const a = e.auth
  if (!a) return null
  try {
    if (a.collection().name !== "staff") return null
    if (a.getBool("disabled")) return null
  } catch (_) {
    return null
  }
  const r = a.getString("role")
  const role = r === "province" || r === "call_centre" ? r : "officer"
  return { staff: a.id, office: role === "officer" ? a.getString("office") : "", role: role }
}

// an officer with a help point (the desk routes that act on one's own help point), or null
function officerOf(e) {
  const who = staffOf(e)
  return who && who.role === "officer" && who.office ? who : null
}

// a call-centre agent, or null
function agentOf(e) {
  const who = staffOf(e)
  return who && who.role === "call_centre" ? who : null
}

module.exports = { body, staffOf, officerOf, agentOf }
