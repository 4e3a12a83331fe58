// Validation, look-up, cancel and reschedule with booking code + NIK in the body.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, book, bookingBody, makeOffice, makeSlot, newNik, setRateLimits, superuser, BASE } from "./helpers.mjs";

let office, slot, slot2;
before(async () => {
  await setRateLimits(false);
  office = await makeOffice("life");
  slot = await makeSlot(office, { seats: 5 });
  slot2 = await makeSlot(office, { seats: 1 });
});

test("NIK and phone are validated with machine-readable codes", async () => {
  const cases = [
    [{ nik: "357801450690001" }, "invalid_nik"], // 15 digits
    [{ nik: "3578013506900001" }, "invalid_nik"], // day 35
    [{ nik: "3578017506900001" }, "invalid_nik"], // day 75
    [{ nik: "3578010513900001" }, "invalid_nik"], // month 13
    [{ nik: "1078010506900001" }, "invalid_nik"], // province 10
    [{ nik: "35780105069000O1" }, "invalid_nik"], // letter O
    [{ phone: "0712345678901" }, "invalid_phone"], // not mobile
    [{ phone: "0812345" }, "invalid_phone"], // too short
    [{ phone: "08123456789012345" }, "invalid_phone"], // too long
    [{ name: "" }, "invalid_request"],
    [{ slot: "../../etc" }, "invalid_request"],
  ];
  for (const [patch, code] of cases) {
    const r = await api("POST", "/api/booking", { body: { ...bookingBody(slot.id), ...patch } });
    assert.equal(r.status, 400, JSON.stringify(patch));
    assert.equal(r.json.code, code, JSON.stringify(patch));
  }
  const huge = await api("POST", "/api/booking", { body: bookingBody(slot.id, newNik(), { summary: "x".repeat(40000) }) });
  assert.equal(huge.status, 400);
  assert.equal(huge.json.code, "invalid_request");
  const garbage = await fetch(`${BASE}/api/booking`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{not json" });
  assert.equal(garbage.status, 400);
  assert.equal((await garbage.json()).code, "invalid_request");
  const missing = await api("POST", "/api/booking", { body: bookingBody("aaaaaaaaaaaaaaa") });
  assert.equal(missing.status, 404);
  assert.equal(missing.json.code, "not_found");
});

test("phone formats are normalised and women's NIK days (41-71) are accepted", async () => {
  for (const phone of ["+62 812-3456-7890", "6281234567890", "0812 3456 7890"]) {
    const s = await makeSlot(office, { seats: 1 });
    const r = await api("POST", "/api/booking", { body: bookingBody(s.id, newNik(), { phone }) });
    assert.equal(r.status, 201, r.text);
    assert.equal(r.json.phone_masked, "+62812*****890");
  }
  const r = await book(slot.id, "3578015506900007");
  assert.equal(r.status, 201, r.text);
  assert.equal(r.json.nik_masked, "3578********0007");
});

test("lookup needs the right code AND the right NIK; the owner sees the address", async () => {
  const nik = newNik();
  const created = await book(slot.id, nik);
  assert.equal(created.status, 201);
  const c = created.json;
  assert.match(c.code, /^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
  assert.equal(c.help_point.address, office.address);
  assert.equal(c.nik_masked, nik.slice(0, 4) + "********" + nik.slice(12));
  assert.ok(!JSON.stringify(c).includes(nik), "full NIK never returned");

  const ok = await api("POST", "/api/booking/lookup", { body: { code: c.code.toLowerCase().slice(0, 4) + "-" + c.code.slice(4), nik } });
  assert.equal(ok.status, 200);
  assert.equal(ok.json.code, c.code);
  assert.equal(ok.json.queue_number, c.queue_number);
  assert.equal(ok.json.slot.start, c.slot.start);

  const wrongNik = await api("POST", "/api/booking/lookup", { body: { code: c.code, nik: newNik() } });
  const wrongCode = await api("POST", "/api/booking/lookup", { body: { code: "AAAAAAAA", nik } });
  assert.equal(wrongNik.status, 404);
  assert.equal(wrongCode.status, 404);
  assert.deepEqual(wrongNik.json, wrongCode.json, "a wrong NIK and a wrong code look the same");
});

test("reschedule moves the booking, keeps the code, and refuses a full slot", async () => {
  const nik = newNik();
  const c = (await book(slot.id, nik)).json;
  const blocker = await book(slot2.id, newNik());
  assert.equal(blocker.status, 201);
  const full = await api("POST", "/api/booking/reschedule", { body: { code: c.code, nik, slot: slot2.id } });
  assert.equal(full.status, 409);
  assert.equal(full.json.code, "slot_full");
  assert.equal((await api("POST", "/api/booking/lookup", { body: { code: c.code, nik } })).json.slot.id, slot.id, "unchanged after a refusal");

  const target = await makeSlot(office, { seats: 3 });
  const moved = await api("POST", "/api/booking/reschedule", { body: { code: c.code, nik, slot: target.id } });
  assert.equal(moved.status, 200, moved.text);
  assert.equal(moved.json.code, c.code);
  assert.equal(moved.json.slot.id, target.id);
  assert.equal(moved.json.queue_number, 1);
  // the old seat is free again
  const av = (await api("GET", `/api/availability/${office.code}?days=30`)).json.slots;
  assert.equal(av.find((s) => s.id === target.id).remaining, 2);
});

test("closed and past slots refuse bookings; a cancelled booking cannot be rescheduled", async () => {
  const past = await makeSlot(office, { inHours: -2 });
  const closed = await makeSlot(office, { closed: true });
  for (const s of [past, closed]) {
    const r = await book(s.id, newNik());
    assert.equal(r.status, 409);
    assert.equal(r.json.code, "slot_closed");
  }
  const nik = newNik();
  const c = (await book(slot.id, nik)).json;
  const x1 = await api("POST", "/api/booking/cancel", { body: { code: c.code, nik } });
  const x2 = await api("POST", "/api/booking/cancel", { body: { code: c.code, nik } });
  assert.equal(x1.json.status, "cancelled");
  assert.equal(x2.status, 200, "cancelling twice is harmless");
  const r = await api("POST", "/api/booking/reschedule", { body: { code: c.code, nik, slot: slot.id } });
  assert.equal(r.status, 409);
  assert.equal(r.json.code, "slot_closed");
  const wrong = await api("POST", "/api/booking/cancel", { body: { code: c.code, nik: "12" } });
  assert.equal(wrong.json.code, "invalid_nik");
});

test("generated slots follow opening hours and are public with remaining seats", async () => {
  const r = await api("GET", "/api/availability?days=14");
  assert.equal(r.status, 200);
  const real = r.json.offices.filter((o) => !o.code.startsWith("test-"));
  assert.equal(real.length, 56, "the 56 help points of 2020");
  assert.equal(real.filter((o) => o.kind === "disnaker").length, 38);
  assert.equal(real.filter((o) => o.kind === "blk").length, 16);
  const sby = await api("GET", "/api/availability/disnaker-3578?days=14");
  assert.ok(sby.json.slots.length > 0);
  for (const s of sby.json.slots) {
    const wib = new Date(Date.parse(s.start) + 7 * 3600e3);
    assert.ok(wib.getUTCDay() >= 1 && wib.getUTCDay() <= 5, "weekdays only: " + s.start);
    const hm = wib.getUTCHours() * 60 + wib.getUTCMinutes();
    assert.ok(hm >= 8 * 60 && hm < 15 * 60, "inside opening hours: " + s.start);
    assert.ok(s.remaining <= s.seats && s.remaining_priority <= s.seats);
  }
});

test("personal data of bookings older than the retention period is erased, recent ones are kept", async () => {
  const token = await superuser();
  const old = await makeSlot(office, { inHours: -24 * 100 });
  const nik = newNik();
  const created = await api("POST", "/api/collections/bookings/records", {
    token,
    body: { slot: old.id, office: office.id, code: Array.from({ length: 8 }, () => "ACDEFGHJKMNPQRTUVWXY34679"[Math.floor(Math.random() * 25)]).join(""),
      queue_no: 1, name: "Warga Lama", nik, phone: "+6281234567890", region: "x", status: "booked", idempotency_key: "old-" + nik,
      served_note: "Dibantu ganti email" },
  });
  assert.equal(created.status, 200, created.text);
  const recentNik = newNik();
  const recent = (await book(slot.id, recentNik)).json;
  assert.equal((await api("POST", "/api/booking/lookup", { body: { code: created.json.code, nik } })).status, 200, "control: findable before");

  const anon = await api("POST", "/api/admin/booking-purge", { body: { days: 90 } });
  assert.ok([401, 403].includes(anon.status), "only superusers may trigger the purge");
  const r = await api("POST", "/api/admin/booking-purge", { token, body: { days: 90 } });
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.erased >= 1);

  const after = await api("GET", `/api/collections/bookings/records/${created.json.id}`, { token });
  assert.equal(after.json.nik, "0000000000000000");
  assert.equal(after.json.name, "-");
  assert.equal(after.json.phone, "");
  assert.equal(after.json.served_note, "", "the officer's note goes too");
  assert.equal(after.json.status, "no_show");
  assert.equal((await api("POST", "/api/booking/lookup", { body: { code: created.json.code, nik } })).status, 404);
  const kept = await api("POST", "/api/booking/lookup", { body: { code: recent.code, nik: recentNik } });
  assert.equal(kept.status, 200);
  assert.equal(kept.json.name, "Warga Uji");
});
