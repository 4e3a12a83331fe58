// Exact capacity, one active booking per NIK and idempotent retries, under real concurrency.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, book, countBy, makeOffice, makeSlot, newKey, newNik, setRateLimits, slotBookings } from "./helpers.mjs";

let office;
before(async () => {
  await setRateLimits(false);
  office = await makeOffice("cap");
});

test("200 concurrent bookings on a 10-seat slot give exactly 10", async () => {
  const slot = await makeSlot(office, { seats: 10, prioritySeats: 0 });
  const results = await Promise.all(Array.from({ length: 200 }, () => book(slot.id, newNik(), { key: newKey() })));
  const byStatus = countBy(results, (r) => r.status);
  assert.equal(byStatus[201], 10, JSON.stringify(byStatus));
  assert.equal(byStatus[409], 190, JSON.stringify(byStatus));
  for (const r of results.filter((r) => r.status === 409)) assert.equal(r.json.code, "slot_full");

  const rows = (await slotBookings(slot.id)).filter((b) => b.status === "booked");
  assert.equal(rows.length, 10, "rows in the database");
  assert.deepEqual(rows.map((b) => b.queue_no).sort((a, b) => a - b), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  const codes = new Set(results.filter((r) => r.status === 201).map((r) => r.json.code));
  assert.equal(codes.size, 10, "every confirmed booking has its own code");

  const av = await api("GET", `/api/availability/${office.id}?days=30`);
  const s = av.json.slots.find((x) => x.id === slot.id);
  assert.equal(s.remaining, 0);
  assert.equal(s.remaining_priority, 0);
});

test("a cancelled seat is free again and the next booking gets it", async () => {
  const slot = await makeSlot(office, { seats: 2 });
  const a = await book(slot.id, newNik());
  const nikB = newNik();
  const b = await book(slot.id, nikB);
  assert.equal(a.status, 201); assert.equal(b.status, 201);
  assert.equal((await book(slot.id, newNik())).json.code, "slot_full");
  const c = await api("POST", "/api/booking/cancel", { body: { code: b.json.code, nik: nikB } });
  assert.equal(c.status, 200);
  assert.equal(c.json.status, "cancelled");
  const d = await book(slot.id, newNik());
  assert.equal(d.status, 201);
  assert.equal(d.json.queue_number, b.json.queue_number, "the freed queue number is reused");
});

test("one active booking per NIK, even with 30 concurrent attempts on different slots", async () => {
  const slots = await Promise.all([1, 2, 3, 4, 5].map(() => makeSlot(office, { seats: 10 })));
  const nik = newNik();
  const results = await Promise.all(Array.from({ length: 30 }, (_, i) => book(slots[i % 5].id, nik, { key: newKey() })));
  const byStatus = countBy(results, (r) => r.status);
  assert.equal(byStatus[201], 1, JSON.stringify(byStatus));
  assert.equal(byStatus[409], 29);
  for (const r of results.filter((r) => r.status === 409)) {
    assert.equal(r.json.code, "already_booked");
    assert.equal(r.json.nik_masked, undefined, "the error reveals nothing about the existing booking");
    assert.ok(!/[A-Z0-9]{8}/.test(r.json.message ?? ""), "no booking code in the message");
  }
  // after cancelling, the same NIK may book again
  const ok = results.find((r) => r.status === 201).json;
  assert.equal((await api("POST", "/api/booking/cancel", { body: { code: ok.code, nik } })).status, 200);
  assert.equal((await book(slots[0].id, nik)).status, 201);
});

test("retries with the same Idempotency-Key return the first booking, concurrently and later", async () => {
  const slot = await makeSlot(office, { seats: 10 });
  const nik = newNik();
  const key = newKey();
  const body = { slot: slot.id, name: "Budi", nik, phone: "081234567890", region: "Kota Surabaya", summary: "x" };
  const send = () => api("POST", "/api/booking", { body, headers: { "Idempotency-Key": key } });
  const results = await Promise.all(Array.from({ length: 25 }, send));
  assert.ok(results.every((r) => r.status === 201), JSON.stringify(countBy(results, (r) => r.status)));
  assert.equal(new Set(results.map((r) => r.json.code)).size, 1, "one booking code for all retries");
  assert.equal(results.filter((r) => r.headers.get("idempotency-replayed") !== "true").length, 1, "exactly one original");
  const later = await send();
  assert.equal(later.status, 201);
  assert.equal(later.json.code, results[0].json.code);
  assert.equal(later.headers.get("idempotency-replayed"), "true");
  assert.equal((await slotBookings(slot.id)).length, 1, "one row written");

  // the same key for somebody else is refused, not replayed
  const other = await api("POST", "/api/booking", { body: { ...body, nik: newNik() }, headers: { "Idempotency-Key": key } });
  assert.equal(other.status, 409);
  assert.equal(other.json.code, "idempotency_conflict");
  assert.equal(other.json.help_point, undefined);
});
