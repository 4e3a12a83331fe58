// The call centres: an agent books for a caller through the citizen's rules (channel phone), reads back
// only what they booked during the call, sees no queue; officers cannot book as a call centre; an agent's
// flow answers and the officer's "what fixed it" count under "phone" in the province's figures.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, bookingBody, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser } from "./helpers.mjs";

let office, closedOffice, agent, agent2, officer, province;

before(async () => {
  await setRateLimits(false);
  office = await makeOffice("call");
  closedOffice = await makeOffice("call-nb", { bookable: false, address: "" });
  agent = await makeStaff(null, { role: "call_centre" });
  agent2 = await makeStaff(null, { role: "call_centre" });
  officer = await makeStaff(office);
  province = await makeStaff(null, { role: "province" });
});

const callBook = (token, body, headers = {}) => api("POST", "/api/call/booking", { token, body, headers });
const consented = (slot, nik = newNik(), extra = {}) => bookingBody(slot, nik, { consent_read: true, problem: "otp-not-received", ...extra });

test("an agent books for a caller at any bookable help point: channel phone, by them, the code answered", async () => {
  const slot = await makeSlot(office, { inHours: 48 });
  const r = await callBook(agent.token, consented(slot.id));
  assert.equal(r.status, 201, r.text);
  assert.match(r.json.code, /^[A-Z0-9]{8}$/);
  assert.ok(r.json.id);
  assert.equal(r.json.priority, undefined, "no priority lane is told or given");
  const su = await superuser();
  const rec = await api("GET", `/api/collections/bookings/records/${r.json.id}`, { token: su });
  assert.equal(rec.json.channel, "phone");
  assert.equal(rec.json.booked_by, agent.record.id);
  assert.equal(rec.json.priority, false);
  const me = await api("GET", "/api/staff/me", { token: agent.token });
  assert.equal(me.json.role, "call_centre");
  assert.equal(me.json.office, null);
});

test("without the consent read aloud there is no booking", async () => {
  const slot = await makeSlot(office, { inHours: 48 });
  const r = await callBook(agent.token, bookingBody(slot.id, newNik(), { problem: "otp-not-received" }));
  assert.equal(r.status, 400);
  assert.equal(r.json.field, "consent_read");
  const no = await callBook(agent.token, consented(slot.id, newNik(), { consent_read: "yes" }));
  assert.equal(no.json.field, "consent_read");
});

test("the citizen's rules hold on the phone: one active booking per NIK, seats, no held seat, bookable only", async () => {
  const nik = newNik();
  const a = await makeSlot(office, { inHours: 50, seats: 2, prioritySeats: 1 });
  const first = await callBook(agent.token, consented(a.id, nik));
  assert.equal(first.status, 201, first.text);
  const again = await callBook(agent2.token, consented((await makeSlot(office, { inHours: 52 })).id, nik));
  assert.equal(again.status, 409);
  assert.equal(again.json.code, "already_booked");
  const online = await api("POST", "/api/booking", { body: bookingBody((await makeSlot(office, { inHours: 53 })).id, nik) });
  assert.equal(online.json.code, "already_booked", "the same NIK online after a phone booking");
  const held = await callBook(agent.token, consented(a.id));
  assert.equal(held.json.code, "slot_full", "the held seat is for the desk's priority lane only");
  const started = await makeSlot(office, { inHours: -0.1, seats: 5 });
  assert.equal((await callBook(agent.token, consented(started.id))).json.code, "slot_closed");
  const nb = await makeSlot(closedOffice, { inHours: 48 });
  assert.equal((await callBook(agent.token, consented(nb.id))).json.code, "not_bookable");
  const bad = await callBook(agent.token, consented(a.id, "123"));
  assert.equal(bad.json.code, "invalid_nik");
});

test("read back: only the agent's own booking, within the call, with no NIK or phone", async () => {
  const slot = await makeSlot(office, { inHours: 60 });
  const nik = newNik();
  const made = await callBook(agent.token, consented(slot.id, nik));
  const r = await api("POST", "/api/call/readback", { token: agent.token, body: { id: made.json.id } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.code, made.json.code);
  assert.equal(r.json.help_point.name, office.name);
  assert.ok(!r.text.includes(nik) && !r.text.includes(nik.slice(-4) + '"') && !("nik_masked" in r.json) && !("phone_masked" in r.json));
  const other = await api("POST", "/api/call/readback", { token: agent2.token, body: { id: made.json.id } });
  assert.equal(other.status, 404, "another agent's booking is not found");
  assert.equal((await api("POST", "/api/call/readback", { token: officer.token, body: { id: made.json.id } })).status, 403);
  assert.equal((await api("POST", "/api/call/readback", { body: { id: made.json.id } })).status, 403);
  for (const body of [{}, { id: 5 }, { id: "../x" }]) {
    assert.equal((await api("POST", "/api/call/readback", { token: agent.token, body })).status, 404);
  }
  // an online booking (not made on the phone) is not the agent's
  const web = await api("POST", "/api/booking", { body: bookingBody(slot.id) });
  const su = await superuser();
  const webRec = await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`code="${web.json.code}"`)}`, { token: su });
  assert.equal(webRec.json.items.length, 1);
  assert.equal((await api("POST", "/api/call/readback", { token: agent.token, body: { id: webRec.json.items[0].id } })).status, 404);
});

test("an agent sees no queue, no help point, no province figures, and cannot free or book at a desk", async () => {
  const slot = await makeSlot(office, { inHours: 70 });
  await callBook(agent.token, consented(slot.id));
  for (const path of [`/api/staff/queue?office=${office.id}`, "/api/staff/queue", `/api/staff/office?office=${office.id}`,
    "/api/province/overview", "/api/province/funnel"]) {
    assert.equal((await api("GET", path, { token: agent.token })).status, 403, path);
  }
  const list = await api("GET", "/api/collections/bookings/records?perPage=50", { token: agent.token });
  assert.equal(list.status, 200);
  assert.equal(list.json.items.length, 0, "the records API lists no booking to an agent");
  assert.equal((await api("POST", "/api/staff/booking", { token: agent.token, body: { ...bookingBody(slot.id), ektp_checked: true } })).status, 403);
  assert.equal((await api("POST", "/api/staff/release", { token: agent.token, body: { nik: newNik(), ektp_checked: true } })).status, 403);
  assert.equal((await api("POST", "/api/staff/checkin", { token: agent.token, body: { code: "AAAAAAAA" } })).status, 403);
});

test("officers and the public cannot book as a call centre", async () => {
  const slot = await makeSlot(office, { inHours: 72 });
  assert.equal((await callBook(officer.token, consented(slot.id))).status, 403);
  assert.equal((await callBook(province.token, consented(slot.id))).status, 403);
  assert.equal((await callBook(undefined, consented(slot.id))).status, 403);
});

test("figures per channel: an agent's flow answers and a served phone booking count under phone", async () => {
  const funnel = async () => (await api("GET", "/api/province/funnel?days=7", { token: province.token })).json;
  const ch = (f, c) => f.channels.find((x) => x.channel === c);
  const before = await funnel();
  assert.deepEqual(before.channels.map((c) => c.channel), ["online", "walk_in", "phone"]);
  const hour = new Date(Math.floor(Date.now() / 3600e3) * 3600e3).toISOString().slice(0, 13) + ":00:00Z";
  const ev = { problem: "otp-not-received", node: "channel", answer: "0", v: "0.1.0", lang: "id", hour };
  const flows = JSON.parse((await import("node:fs")).readFileSync(new URL("../data/flow_ids.json", import.meta.url), "utf8")).problems;
  ev.node = flows["otp-not-received"].start;
  ev.answer = Object.keys(flows["otp-not-received"].nodes.find((n) => n.id === ev.node).next)[0];
  assert.equal((await api("POST", "/api/events", { token: agent.token, body: { events: [ev] } })).json.stored, 1);
  const mid = await funnel();
  assert.equal(ch(mid, "phone").started - ch(before, "phone").started, 1, "the agent's call started a flow on the phone");
  assert.equal(ch(mid, "online").started, ch(before, "online").started, "not online");

  // booked on the phone for later today, checked in and served at the help point
  const slot = await makeSlot(office, { inHours: 0.2, seats: 5 });
  const made = await callBook(agent.token, consented(slot.id));
  assert.equal(made.status, 201, made.text);
  const inn = await api("POST", "/api/staff/checkin", { token: officer.token, body: { code: made.json.code } });
  assert.equal(inn.status, 200, inn.text);
  const q = await api("GET", "/api/staff/queue", { token: officer.token });
  const row = q.json.slots.flatMap((s) => s.bookings).find((b) => b.code === made.json.code);
  assert.equal(row.channel, "phone", "the help point's queue shows the booking came by phone");
  const step = row.steps[0];
  const done = await api("POST", "/api/staff/status", { token: officer.token, body: { id: row.id, status: "served", fixed_by: step, note: "" } });
  assert.equal(done.status, 200, done.text);
  const after = await funnel();
  assert.equal(ch(after, "phone").served - ch(before, "phone").served, 1);
  assert.equal(ch(after, "phone").fixed_at_help_point - ch(before, "phone").fixed_at_help_point, 1);
  assert.equal(ch(after, "phone").booked - ch(before, "phone").booked, 1);
  assert.ok(after.fixes_at_help_points.some((f) => f.channel === "phone" && f.problem === "otp-not-received" && f.step === step));
  assert.equal(ch(after, "walk_in").served, ch(before, "walk_in").served);
});

test("the seed file has one agent account for each of the province's two call centres, without a help point", async () => {
  const { readFileSync } = await import("node:fs");
  const seed = JSON.parse(readFileSync(new URL("../data/staff-seed.json", import.meta.url), "utf8"));
  const agents = seed.staff.filter((s) => s.role === "call_centre");
  assert.equal(agents.length, 2);
  for (const a of agents) assert.equal(a.office, undefined, "an agent belongs to no help point");
  // a superuser-made agent account with a help point set keeps none
  const su = await superuser();
  const email = `cc-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const r = await api("POST", "/api/collections/staff/records", {
    token: su, body: { email, password: "Call-Centre-Pass-1", passwordConfirm: "Call-Centre-Pass-1", role: "call_centre", office: office.id },
  });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.office, "");
});
