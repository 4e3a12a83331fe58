// A help point takes bookings only when its street address is sourced (offices.json
// `bookable`). One that is not bookable stays listed, says why, gets no slots and takes no booking.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { api, book, BACKEND_DIR, makeOffice, makeSlot, newNik, setRateLimits, slotBookings, superuser } from "./helpers.mjs";

const REASONS = ["no_address", "address_unconfirmed", "address_outdated"];
const texts = JSON.parse(readFileSync(join(BACKEND_DIR, "data/error_texts.json"), "utf8"));
const file = JSON.parse(readFileSync(join(BACKEND_DIR, "data/offices.json"), "utf8")).offices;

before(async () => { await setRateLimits(false); });

test("availability lists every help point with bookable and, when not, the reason from offices.json", async () => {
  const r = await api("GET", "/api/availability?days=14");
  assert.equal(r.status, 200);
  const real = r.json.offices.filter((o) => !o.code.startsWith("test-"));
  assert.equal(real.length, file.length);
  for (const want of file) {
    const got = real.find((o) => o.code === want.code);
    assert.ok(got, want.code);
    assert.equal(got.bookable, want.bookable === true, want.code);
    if (want.bookable) {
      assert.equal(got.not_bookable_reason, null, want.code);
    } else {
      assert.equal(got.not_bookable_reason, want.not_bookable_reason, want.code);
      assert.ok(REASONS.includes(got.not_bookable_reason), want.code);
      assert.equal(got.remaining, 0, `${want.code} offers no seat`);
      assert.equal(got.next_free_slot, null, want.code);
    }
    assert.equal(got.address, undefined, "no street address in public availability");
  }
  const bookable = real.filter((o) => o.bookable);
  assert.equal(bookable.length, file.filter((o) => o.bookable).length);
  assert.ok(bookable.some((o) => o.remaining > 0), "control: bookable points do offer seats");
});

test("a help point that is not bookable gets no generated slots", async () => {
  const nb = file.find((o) => !o.bookable);
  const r = await api("GET", `/api/availability/${nb.code}?days=14`);
  assert.equal(r.status, 200);
  assert.equal(r.json.office.bookable, false);
  assert.equal(r.json.office.not_bookable_reason, nb.not_bookable_reason);
  assert.deepEqual(r.json.slots, []);
  const ok = file.find((o) => o.bookable);
  const c = await api("GET", `/api/availability/${ok.code}?days=14`);
  assert.ok(c.json.slots.length > 0, "control: a bookable point has slots");
});

test("a booking at a help point that is not bookable answers 409 not_bookable and stores nothing", async () => {
  const office = await makeOffice("nb");
  const slot = await makeSlot(office);
  const control = await book(slot.id, newNik());
  assert.equal(control.status, 201, "control: bookable while its address is sourced");

  const token = await superuser();
  const patch = await api("PATCH", `/api/collections/offices/records/${office.id}`, {
    token, body: { bookable: false, not_bookable_reason: "address_outdated" },
  });
  assert.equal(patch.status, 200, patch.text);

  const r = await book(slot.id, newNik());
  assert.equal(r.status, 409, r.text);
  assert.deepEqual(r.json, {
    status: 409, code: "not_bookable", field: "slot",
    message: texts.not_bookable.id, message_en: texts.not_bookable.en,
  });
  assert.equal((await slotBookings(slot.id)).length, 1, "only the control booking is stored");

  // moving an existing booking there is refused the same way
  const other = await makeOffice("nb2");
  const otherSlot = await makeSlot(other);
  const nik = newNik();
  const mine = await book(otherSlot.id, nik);
  assert.equal(mine.status, 201);
  const move = await api("POST", "/api/booking/reschedule", { body: { code: mine.json.code, nik, slot: slot.id } });
  assert.equal(move.status, 409);
  assert.equal(move.json.code, "not_bookable");

  // availability says why, and the slot offers no seat
  const av = await api("GET", `/api/availability/${office.id}?days=30`);
  assert.equal(av.json.office.bookable, false);
  assert.equal(av.json.office.not_bookable_reason, "address_outdated");
  const s = av.json.slots.find((x) => x.id === slot.id);
  assert.equal(s.closed, true);
  assert.equal(s.remaining, 0);
  const all = await api("GET", "/api/availability?days=30");
  const listed = all.json.offices.find((o) => o.id === office.id);
  assert.equal(listed.bookable, false);
  assert.equal(listed.remaining, 0);
});

test("the store refuses a reason code it does not know", async () => {
  const token = await superuser();
  const office = await makeOffice("nb3");
  const r = await api("PATCH", `/api/collections/offices/records/${office.id}`, {
    token, body: { bookable: false, not_bookable_reason: "diisi pemprov" },
  });
  assert.equal(r.status, 400, r.text);
});
