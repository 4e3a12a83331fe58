// The help point's details an officer saved survive a restart: the start-up sync from offices.json keeps
// them, and a help point the file has no address for stays bookable once its officer gave one.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { api, setRateLimits, startPrivatePb, superuser } from "./helpers.mjs";

const WIB = 7 * 3600e3, DAY = 24 * 3600e3;
let pb, token, office;

before(async () => {
  pb = await startPrivatePb();
  await setRateLimits(false, pb.base, pb.email, pb.password);
  const su = await superuser(pb.base, pb.email, pb.password);
  // a help point of offices.json that takes no bookings yet (no street address in the file)
  const all = await api("GET", "/api/availability?days=3", { base: pb.base });
  office = all.json.offices.find((o) => !o.bookable && !o.code.startsWith("test-"));
  assert.ok(office, "offices.json has a help point without an address");
  const email = `restart-${Math.random().toString(36).slice(2, 8)}@example.test`, password = "Restart-Pass-123";
  const r = await api("POST", "/api/collections/staff/records", {
    base: pb.base, token: su, body: { email, password, passwordConfirm: password, office: office.id, role: "officer" },
  });
  assert.equal(r.status, 200, r.text);
  token = (await api("POST", "/api/collections/staff/auth-with-password", { base: pb.base, body: { identity: email, password } })).json.token;
});

after(async () => { if (pb) await pb.stop(); });

test("what an officer saved survives the offices.json sync at the next start", async () => {
  const every = ["07:00-20:00"];
  const hours = { mon: every, tue: every, wed: every, thu: every, fri: every, sat: every, sun: every };
  const edit = { address: "Jl. Pahlawan No. 7, Kota Uji", landmark: "Sebelah kantor pos", hours, seats: 7, lat: -7.5, lng: 112.5 };
  const p = await api("PATCH", "/api/staff/office", { base: pb.base, token, body: edit });
  assert.equal(p.status, 200, p.text);
  assert.equal(p.json.bookable, true);
  let d = Math.floor((Date.now() + WIB) / DAY) * DAY + 3 * DAY;
  const closed = new Date(d).toISOString().slice(0, 10);
  const c = await api("POST", "/api/staff/office/closed-days", { base: pb.base, token, body: { date: closed, reason: "Pelatihan", confirm: true } });
  assert.equal(c.status, 200, c.text);

  // a clean stop and a new start: the sync from offices.json and the slot generation run again
  const exited = new Promise((r) => pb.proc.once("exit", r));
  pb.proc.kill("SIGTERM");
  await exited;
  await pb.restart();

  const g = await api("GET", "/api/staff/office", { base: pb.base, token });
  assert.equal(g.status, 200, g.text);
  for (const k of ["address", "landmark", "seats", "lat", "lng"]) assert.deepEqual(g.json[k], edit[k], k);
  assert.deepEqual(g.json.hours.sun, every);
  assert.equal(g.json.bookable, true, "still bookable");
  assert.equal(g.json.address_source, "officer");
  assert.deepEqual(g.json.closed_days, [{ date: closed, reason: "Pelatihan" }]);
  const av = await api("GET", `/api/availability/${office.code}?days=6`, { base: pb.base });
  assert.equal(av.json.office.bookable, true);
  const open = av.json.slots.filter((s) => !s.closed);
  assert.ok(open.length > 0, "slots from the officer's hours");
  assert.ok(open.every((s) => s.seats === 7), "with the officer's seats");
  const day = (s) => new Date(Date.parse(s.start) + WIB).toISOString().slice(0, 10);
  assert.ok(!open.some((s) => day(s) === closed), "none on the closed day");
});
