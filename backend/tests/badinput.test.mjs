// Bad input on every custom route: many malformed bodies, types and headers; never a 500, always the
// documented error shape. Prints the count per route, so a run shows how much was tried.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { makeOffice, makeSlot, makeStaff, newNik, setRateLimits, BASE } from "./helpers.mjs";

let slot, staff;
before(async () => {
  await setRateLimits(false);
  const office = await makeOffice("bad");
  slot = await makeSlot(office, { inHours: 30 });
  staff = await makeStaff(office);
});

function bodies() {
  const nik = newNik();
  const values = [null, true, false, 0, -1, 1e308, 9171014506900003, "", " ", "\u0000", "\u202e", "x".repeat(5000), [], {}, [nik],
    { $gt: "" }, "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "%00", "\ud800", "3578014506900002\u0000"];
  const out = ["", "{", "[", "null", "1", "\"s\"", "{\"a\":", "\u0000", "{\"slot\":\"" + "a".repeat(20000) + "\"}",
    JSON.stringify({ a: JSON.parse("[".repeat(200) + "]".repeat(200)) })];
  for (const field of ["slot", "nik", "phone", "name", "region", "summary", "code", "ektp_checked"]) {
    for (const v of values) out.push(JSON.stringify({ slot: slot.id, nik, phone: "081234567890", name: "Siti Aminah", code: "ACDEFGHJ", [field]: v }));
  }
  return out;
}

test("no malformed body on any custom route answers 500", async () => {
  const routes = [["/api/booking", null], ["/api/booking/lookup", null], ["/api/booking/cancel", null], ["/api/booking/reschedule", null],
    ["/api/staff/booking", staff.token], ["/api/staff/release", staff.token]];
  const summary = [];
  let total = 0, fives = 0;
  for (const [route, token] of routes) {
    let n = 0;
    for (const body of bodies()) {
      for (const ct of ["application/json", "application/json; charset=utf-8"]) {
        const headers = { "Content-Type": ct };
        if (token) headers.Authorization = token;
        const res = await fetch(BASE + route, { method: "POST", headers, body });
        const text = await res.text();
        n++;
        if (res.status >= 500) fives++;
        assert.ok(res.status < 500, `${route} ${body.slice(0, 80)} -> ${res.status} ${text.slice(0, 200)}`);
        if (res.status >= 400) {
          const j = JSON.parse(text);
          assert.equal(typeof j.code, "string", text);
          assert.equal(j.status, res.status);
        }
      }
    }
    // a few header variants too
    for (const h of [{ "Idempotency-Key": "\u00ff\u00fe" }, { "Idempotency-Key": "x".repeat(500) }, { "Content-Type": "application/json; charset=latin1" }]) {
      const res = await fetch(BASE + route, { method: "POST", headers: { "Content-Type": "application/json", ...h, ...(token ? { Authorization: token } : {}) }, body: "{}" });
      await res.text();
      n++;
      assert.ok(res.status < 500, `${route} ${JSON.stringify(h)} -> ${res.status}`);
    }
    total += n;
    summary.push(`${route} ${n}`);
  }
  // the desk routes: every field of every body, with each bad value
  const desk = [
    ["POST", "/api/staff/checkin", staff.token, ["code"]],
    ["POST", "/api/staff/status", staff.token, ["id", "status", "note", "fixed_by"]],
    ["POST", "/api/staff/undo", staff.token, ["id"]],
    ["PATCH", "/api/staff/office", staff.token, ["address", "landmark", "hours", "seats", "lat", "lng"]],
    ["POST", "/api/staff/office/closed-days", staff.token, ["date", "reason", "confirm"]],
    ["POST", "/api/events", null, ["events"]],
  ];
  const nik = newNik();
  const values = [null, true, false, 0, -1, 1e308, 9171014506900003, "", " ", "\u0000", "\u202e", "x".repeat(5000), [], {}, [nik],
    { $gt: "" }, "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "%00", "\ud800", [{ problem: 1 }], [null], { mon: [1] }];
  for (const [method, route, token, fields] of desk) {
    let n = 0;
    const raw = ["", "{", "[", "null", "1", "\"s\"", "\u0000", JSON.stringify({ a: JSON.parse("[".repeat(200) + "]".repeat(200)) })];
    for (const f of fields) for (const v of values) raw.push(JSON.stringify({ id: "aaaaaaaaaaaaaaa", status: "served", date: "2026-12-01", [f]: v }));
    for (const body of raw) {
      const headers = { "Content-Type": "application/json" };
      if (token) headers.Authorization = token;
      const res = await fetch(BASE + route, { method, headers, body });
      const text = await res.text();
      n++;
      if (res.status >= 500) fives++;
      assert.ok(res.status < 500, `${method} ${route} ${body.slice(0, 80)} -> ${res.status} ${text.slice(0, 200)}`);
      if (res.status >= 400) assert.equal(JSON.parse(text).status, res.status, text);
    }
    total += n;
    summary.push(`${route} ${n}`);
  }
  for (const path of ["/api/staff/queue?date=%ff", "/api/staff/queue?date=2026-02-30&office=x", "/api/staff/queue?date[]=1",
    "/api/staff/office?office=%00", "/api/province/funnel?days=%ff&format=csv", "/api/province/overview?x=1", "/api/notices?x=%ff"]) {
    const res = await fetch(BASE + path, { headers: { Authorization: staff.token } });
    await res.text();
    total++;
    assert.ok(res.status < 500, `${path} -> ${res.status}`);
  }
  for (const date of ["%ff", "2026-02-30", "..%2f..%2f", "x".repeat(300)]) {
    const res = await fetch(BASE + "/api/staff/office/closed-days/" + date, { method: "DELETE", headers: { Authorization: staff.token } });
    await res.text();
    total++;
    assert.ok(res.status < 500, `DELETE closed-days/${date} -> ${res.status}`);
  }
  for (const p of ["/api/availability", "/api/availability/disnaker-3578", "/api/availability/%25", "/api/availability/..%2f"]) {
    for (const q of ["?days=%ff", "?from=%E0%A4%A", "?days=1&days=2", "?from[]=1", "?from=2026-12-01&from=x", "?days=" + "9".repeat(400)]) {
      const res = await fetch(BASE + p + q);
      await res.text();
      total++;
      assert.ok(res.status < 500, `${p}${q} -> ${res.status}`);
    }
  }
  console.log(`# bad inputs: ${summary.join(", ")}, availability 24, desk GET/DELETE 11; total ${total}, 500s seen: ${fives}`);
});
