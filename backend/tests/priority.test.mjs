// Priority lane: a share of each slot is held for NIKs in the priority registry until 24 h before the start.
// The registry is consulted only at the desk (POST /api/staff/booking, after an e-KTP
// check): nothing a citizen can see (reply, figures, refusal) depends on whether a NIK is in it.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api, book, bookingBody, countBy, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser, BACKEND_DIR, DATA_DIR } from "./helpers.mjs";

let office;
const priorityNiks = [newNik(), newNik(), newNik(), newNik(), newNik()];

before(async () => {
  await setRateLimits(false);
  office = await makeOffice("prio");
  // import through the documented command, while the server runs
  const dir = mkdtempSync(join(tmpdir(), "prio-"));
  const csv = join(dir, "phk.csv");
  writeFileSync(csv, "nik,nama,perusahaan\n" + priorityNiks.map((n, i) => `${n},Pekerja ${i},PT Uji`).join("\n") + "\n12345,salah,PT Uji\n");
  const r = spawnSync("bash", [join(BACKEND_DIR, "../scripts/import-priority.sh"), "--source", "uji", csv],
    { env: { ...process.env, DATA_DIR }, encoding: "utf8" });
  rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout + r.stderr, /added=5/);
  for (const n of priorityNiks) assert.ok(!(r.stdout + r.stderr).includes(n), "the import prints no NIK");
});

test("the registry stores keyed hashes only", async () => {
  const token = await superuser();
  const r = await api("GET", "/api/collections/priority_registry/records?perPage=500", { token });
  assert.equal(r.status, 200);
  assert.ok(r.json.items.length >= 5);
  for (const n of priorityNiks) assert.ok(!r.text.includes(n));
  for (const it of r.json.items) assert.match(it.nik_hash, /^[0-9a-f]{64}$/);
});

function keysOf(o) { return Object.keys(o).sort().join(","); }

test("hole 1: a citizen's booking, look-up and the figures say nothing about the registry", async () => {
  const slot = await makeSlot(office, { inHours: 72, seats: 10, prioritySeats: 3 });
  const avail = async () => (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots.find((x) => x.id === slot.id);
  const before = await avail();
  const prio = await book(slot.id, priorityNiks[0]);
  const plain = await book(slot.id, newNik());
  assert.equal(prio.status, 201, prio.text);
  assert.equal(plain.status, 201, plain.text);
  for (const r of [prio, plain]) {
    assert.ok(!("priority" in r.json), "no priority field in a citizen reply: " + r.text);
    assert.ok(!/priority|prioritas/i.test(r.text), r.text);
  }
  assert.equal(keysOf(prio.json), keysOf(plain.json), "the same shape for both");
  const look = await api("POST", "/api/booking/lookup", { body: { code: prio.json.code, nik: priorityNiks[0] } });
  assert.equal(look.status, 200);
  assert.ok(!("priority" in look.json));
  // both bookings took a general seat: the public figure drops by one for each, held seats unchanged
  const after = await avail();
  assert.equal(after.remaining, before.remaining - 2);
  assert.equal(after.remaining_priority, before.remaining_priority - 2);
  // once the general seats are gone, a registry NIK online gets the same answer as anyone
  await Promise.all(Array.from({ length: after.remaining }, () => book(slot.id, newNik())));
  const p2 = await book(slot.id, priorityNiks[1]);
  const n2 = await book(slot.id, newNik());
  assert.equal(p2.status, 409);
  assert.deepEqual(p2.json, n2.json, "identical refusal for a registry NIK and any other");
  // the booking that exists for the registry NIK is not marked as priority either (no held seat used)
  assert.equal((await api("POST", "/api/booking/cancel", { body: { code: prio.json.code, nik: priorityNiks[0] } })).status, 200);
});

test("hole 1: a NIK booked by someone else answers already_booked with the way out; an officer releases it", async () => {
  const slot = await makeSlot(office, { inHours: 60, seats: 5 });
  const victim = priorityNiks[2];
  const stranger = await book(slot.id, victim);
  assert.equal(stranger.status, 201);
  const refused = await book(slot.id, victim);
  assert.equal(refused.status, 409);
  assert.equal(refused.json.code, "already_booked");
  assert.match(refused.json.message, /e-KTP/);
  assert.match(refused.json.message, /call center/i);
  assert.match(refused.json.message_en, /e-KTP/);
  assert.ok(!/priority|prioritas/i.test(refused.text));

  const other = await makeOffice("prio-other");
  const officer = await makeStaff(other); // any help point's officer can do it
  const anon = await api("POST", "/api/staff/release", { body: { nik: victim, ektp_checked: true } });
  assert.equal(anon.status, 403);
  assert.equal(anon.json.code, "forbidden");
  const unchecked = await api("POST", "/api/staff/release", { body: { nik: victim }, token: officer.token });
  assert.equal(unchecked.status, 400);
  assert.equal(unchecked.json.field, "ektp_checked");
  const rel = await api("POST", "/api/staff/release", { body: { nik: victim, ektp_checked: true }, token: officer.token });
  assert.equal(rel.status, 200, rel.text);
  assert.deepEqual(rel.json, { released: 1 });
  assert.equal((await api("POST", "/api/staff/release", { body: { nik: victim, ektp_checked: true }, token: officer.token })).status, 404);
  const mine = await book(slot.id, victim);
  assert.equal(mine.status, 201, "the owner can book again");
  const token = await superuser();
  const old = await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`code="${stranger.json.code}"`)}`, { token });
  assert.equal(old.json.items[0].status, "cancelled");
  assert.equal(old.json.items[0].released_by, officer.record.id, "the release is on record");
  await api("POST", "/api/booking/cancel", { body: { code: mine.json.code, nik: victim } });
});

test("desk: an officer books a registry NIK into a held seat; online and for others it stays held", async () => {
  const slot = await makeSlot(office, { inHours: 72, seats: 10, prioritySeats: 3 });
  const officer = await makeStaff(office);
  const general = await Promise.all(Array.from({ length: 12 }, () => book(slot.id, newNik())));
  const s = countBy(general, (r) => r.status);
  assert.equal(s[201], 7, JSON.stringify(s));
  let av = (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots.find((x) => x.id === slot.id);
  assert.equal(av.remaining, 0, "nothing left online");
  assert.equal(av.remaining_priority, 3, "three held for the desk");

  const desk = (nik) => api("POST", "/api/staff/booking", {
    token: officer.token, body: { ...bookingBody(slot.id, nik), ektp_checked: true },
  });
  const notInRegistry = await desk(newNik());
  assert.equal(notInRegistry.status, 409);
  assert.equal(notInRegistry.json.code, "slot_full");
  const prio = [];
  for (const n of [priorityNiks[3], priorityNiks[4]]) prio.push(await desk(n));
  for (const r of prio) {
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.priority, true, "staff see the registry result");
  }
  av = (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots.find((x) => x.id === slot.id);
  assert.equal(av.remaining_priority, 1);
  // another help point's slot is not this officer's
  const other = await makeOffice("prio-desk");
  const foreign = await makeSlot(other, { inHours: 72, seats: 2 });
  const r = await api("POST", "/api/staff/booking", { token: officer.token, body: { ...bookingBody(foreign.id, newNik()), ektp_checked: true } });
  assert.equal(r.status, 404);
  assert.equal((await api("POST", "/api/staff/booking", { body: { ...bookingBody(slot.id, newNik()), ektp_checked: true } })).status, 403);
});

test("the per-help-point summary agrees with the slot list, holds included", async () => {
  const s1 = await makeSlot(office, { inHours: 80, seats: 6, prioritySeats: 2 });
  await makeSlot(office, { inHours: 10, seats: 5, prioritySeats: 2 });
  await book(s1.id, newNik());
  const slots = (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots;
  const sum = (k) => slots.reduce((a, x) => a + x[k], 0);
  const summary = (await api("GET", "/api/availability?days=30")).json.offices.find((o) => o.id === office.id);
  assert.equal(summary.remaining, sum("remaining"));
  assert.equal(summary.remaining_priority, sum("remaining_priority"));
  assert.ok(summary.remaining < summary.remaining_priority, "held seats are not counted for everyone");
  assert.equal(summary.next_free_slot, slots.find((x) => x.remaining > 0).start);
});

test("inside 24 h the held seats are released to everyone", async () => {
  const slot = await makeSlot(office, { inHours: 20, seats: 10, prioritySeats: 3 });
  const av = (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots.find((x) => x.id === slot.id);
  assert.equal(av.remaining, 10);
  assert.equal(av.remaining_priority, 10);
  assert.ok(Date.parse(av.priority_hold_until) < Date.now());
  const general = await Promise.all(Array.from({ length: 14 }, () => book(slot.id, newNik())));
  const s = countBy(general, (r) => r.status);
  assert.equal(s[201], 10, JSON.stringify(s));
  assert.equal(s[409], 4);
});
