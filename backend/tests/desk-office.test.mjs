// The help point's details at the desk: address -> bookable, hours and seats, map position,
// closed days with the people to contact. Every change shows in the citizen's availability at once.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, book, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser } from "./helpers.mjs";

let province;
before(async () => {
  await setRateLimits(false);
  province = await makeStaff(null, { role: "province" });
});

function wibDate(ms) { return new Date(ms + 7 * 3600e3).toISOString().slice(0, 10); }

// a help point like the ones offices.json has no street address for: not bookable (where the store has a
// `bookable` flag: active but not bookable; without one: inactive), a placeholder address
async function unlistedOffice() {
  const token = await superuser();
  const code = `test-noaddr-${Math.random().toString(36).slice(2, 8)}`;
  const schema = await api("GET", "/api/collections/offices", { token });
  const flag = schema.json.fields.some((f) => f.name === "bookable");
  const r = await api("POST", "/api/collections/offices/records", {
    token,
    body: { code, kind: "blk", name: `UPT BLK Uji ${code}`, region: "Kab. Uji", region_code: "3598",
      address: "UPT BLK (alamat lengkap diisi pemprov)", hours: {}, slot_minutes: 30, seats: 10,
      ...(flag ? { active: true, bookable: false } : { active: false }) },
  });
  assert.equal(r.status, 200, r.text);
  return r.json;
}

const WEEK = { mon: ["07:00-20:00"], tue: ["07:00-20:00"], wed: ["07:00-20:00"], thu: ["07:00-20:00"], fri: ["07:00-20:00"], sat: ["07:00-20:00"], sun: ["07:00-20:00"] };

test("an officer saving a street address makes the help point bookable, in the public availability at once", async () => {
  const office = await unlistedOffice();
  const staff = await makeStaff(office);
  const before = await api("GET", `/api/availability/${office.code}?days=3`);
  assert.equal(before.json.office.bookable, false);
  assert.equal(before.json.slots.length, 0);
  const get = await api("GET", "/api/staff/office", { token: staff.token });
  assert.equal(get.status, 200, get.text);
  assert.equal(get.json.bookable, false);
  assert.equal(get.json.address_source, "", "a placeholder is no address");

  for (const address of ["diisi pemprov Jl. 1", "short", "Kantor BLK saja di kota", 42, ""]) {
    const r = await api("PATCH", "/api/staff/office", { token: staff.token, body: { address } });
    assert.equal(r.status, 400, JSON.stringify(address));
    assert.equal(r.json.field, "address");
  }
  const r = await api("PATCH", "/api/staff/office", { token: staff.token, body: { address: "Jl. Raya Uji No. 12, Kab. Uji", landmark: "Depan pasar", hours: WEEK } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.bookable, true);
  assert.equal(r.json.address_source, "officer");
  assert.equal(r.json.landmark, "Depan pasar");
  assert.deepEqual(r.json.hours.sat, ["07:00-20:00"]);

  const after = await api("GET", `/api/availability/${office.code}?days=3`);
  assert.equal(after.json.office.bookable, true);
  assert.ok(after.json.slots.length > 0, "slots made at once");
  const all = await api("GET", "/api/availability?days=3");
  assert.ok(all.json.offices.find((o) => o.code === office.code).remaining > 0);
  const slot = after.json.slots.find((s) => !s.closed);
  const booked = await book(slot.id, newNik());
  assert.equal(booked.status, 201, booked.text);
  assert.equal(booked.json.help_point.address, "Jl. Raya Uji No. 12, Kab. Uji", "the citizen sees the officer's address");
  assert.equal(booked.json.help_point.landmark, "Depan pasar", "and the landmark");
  assert.deepEqual(booked.json.help_point.hours.sat, ["07:00-20:00"], "and when it is open");
  assert.equal(booked.json.help_point.lat, null, "no coordinates set: none made up");
  assert.ok(!JSON.stringify(all.json).includes("Raya Uji"), "the address stays out of the public list");
});

test("seats and hours apply to the slots not started yet; coordinates must be in East Java", async () => {
  const office = await makeOffice("seats");
  const staff = await makeStaff(office);
  const free = await makeSlot(office, { inHours: 50 });
  const taken = await makeSlot(office, { inHours: 51 });
  const nik = newNik();
  const b = await book(taken.id, nik);
  assert.equal(b.status, 201);
  const seats = await api("PATCH", "/api/staff/office", { token: staff.token, body: { seats: 4 } });
  assert.equal(seats.status, 200, seats.text);
  const av = (await api("GET", `/api/availability/${office.code}?days=5`)).json.slots;
  assert.equal(av.find((s) => s.id === free.id).seats, 4);
  // new hours that leave both slots outside: the free one goes, the booked one is closed and its person listed
  const hours = await api("PATCH", "/api/staff/office", { token: staff.token, body: { hours: { mon: ["08:00-09:00"] } } });
  assert.equal(hours.status, 200, hours.text);
  const av2 = (await api("GET", `/api/availability/${office.code}?days=5`)).json.slots;
  const starts = (s) => new Date(Date.parse(s.starts_at.replace(" ", "T")) + 7 * 3600e3);
  const inHours = (s) => starts(s).getUTCDay() === 1 && starts(s).getUTCHours() === 8;
  if (!inHours(free)) assert.ok(!av2.some((s) => s.id === free.id), "a free slot outside the hours is gone");
  if (!inHours(taken)) {
    assert.equal(av2.find((s) => s.id === taken.id).closed, true);
    assert.ok(hours.json.contacts.some((c) => c.code === b.json.code && c.phone.startsWith("+62")));
  }
  for (const [body, field] of [[{ lat: -7.25, lng: 100 }, "lng"], [{ lat: 1, lng: 112.7 }, "lat"], [{ lat: -7.25 }, "lng"], [{ seats: 0 }, "seats"],
    [{ seats: 2.5 }, "seats"], [{ hours: { mon: ["12:00-08:00"] } }, "hours"], [{ hours: { xyz: [] } }, "hours"], [{ name: "Kantor Lain" }, "name"]]) {
    const r = await api("PATCH", "/api/staff/office", { token: staff.token, body });
    assert.equal(r.status, 400, JSON.stringify(body));
    assert.equal(r.json.field, field, JSON.stringify(body));
  }
  const pos = await api("PATCH", "/api/staff/office", { token: staff.token, body: { lat: -7.2575, lng: 112.7521 } });
  assert.equal(pos.json.lat, -7.2575);
  assert.equal((await api("GET", `/api/availability/${office.code}?days=1`)).json.office.lng, 112.7521, "public at once");
});

test("another help point's officer can neither see nor change it; province staff name the help point", async () => {
  const a = await makeOffice("own");
  const b = await makeOffice("other");
  const sa = await makeStaff(a);
  const sb = await makeStaff(b);
  const r = await api("PATCH", `/api/staff/office?office=${a.id}`, { token: sb.token, body: { landmark: "diubah orang lain" } });
  assert.equal(r.status, 200);
  assert.equal(r.json.id, b.id, "?office= is ignored for officers: their own help point changed");
  assert.notEqual((await api("GET", "/api/staff/office", { token: sa.token })).json.landmark, "diubah orang lain");
  const c = await api("POST", `/api/staff/office/closed-days?office=${a.id}`, { token: sb.token, body: { date: wibDate(Date.now() + 5 * 86400e3), reason: "libur" } });
  assert.equal(c.status, 200);
  assert.equal((await api("GET", "/api/staff/office", { token: sa.token })).json.closed_days.length, 0, "A's days untouched");
  const p = await api("PATCH", `/api/staff/office?office=${a.code}`, { token: province.token, body: { landmark: "Samping masjid" } });
  assert.equal(p.status, 200, p.text);
  assert.equal((await api("GET", "/api/staff/office", { token: sa.token })).json.landmark, "Samping masjid");
  assert.equal((await api("GET", "/api/staff/office")).status, 403);
  assert.equal((await api("PATCH", "/api/staff/office", { body: { landmark: "x" } })).status, 403);
  const form = await fetch(process.env.PB_URL + "/api/staff/office", { method: "PATCH", headers: { "Content-Type": "application/x-www-form-urlencoded", Authorization: sa.token }, body: "landmark=x" });
  assert.equal(form.status, 415);
});

test("closing a day with bookings lists the people to contact first; confirmed, the citizen sees it closed; reopening", async () => {
  const office = await makeOffice("close");
  const staff = await makeStaff(office);
  const slot = await makeSlot(office, { inHours: 48 });
  const date = wibDate(Date.parse(slot.starts_at.replace(" ", "T")));
  const nik = newNik();
  const b = await book(slot.id, nik);
  assert.equal(b.status, 201);
  const ask = await api("POST", "/api/staff/office/closed-days", { token: staff.token, body: { date, reason: "Pelatihan petugas" } });
  assert.equal(ask.status, 409, ask.text);
  assert.equal(ask.json.code, "day_has_bookings");
  const who = ask.json.contacts.find((c) => c.code === b.json.code);
  assert.ok(who, "the booking is listed");
  assert.equal(who.name, "Warga Uji");
  assert.match(who.phone, /^\+628/);
  assert.ok(!ask.text.includes(nik), "no NIK in the list");
  const av0 = await api("GET", `/api/availability/${office.code}?days=5`);
  assert.equal(av0.status, 200, av0.text);
  assert.equal(av0.json.slots.find((s) => s.id === slot.id).closed, false, "nothing changed yet");

  const ok = await api("POST", "/api/staff/office/closed-days", { token: staff.token, body: { date, reason: "Pelatihan petugas", confirm: true } });
  assert.equal(ok.status, 200, ok.text);
  assert.ok(ok.json.closed_slots >= 1);
  assert.ok(ok.json.contacts.some((c) => c.code === b.json.code));
  const av = (await api("GET", `/api/availability/${office.code}?days=5`)).json.slots.find((s) => s.id === slot.id);
  assert.equal(av.closed, true);
  assert.equal(av.remaining, 0);
  assert.equal(av.closed_reason, "Pelatihan petugas", "the citizen reads why, not 'full'");
  const open = (await api("GET", `/api/availability/${office.code}?days=5`)).json;
  assert.ok(!JSON.stringify(open).includes(staff.record.id) && !JSON.stringify(open).includes("Petugas Uji"), "nothing about who closed it");
  assert.ok(!JSON.stringify(open).includes("Warga Uji"), "nothing about who booked");
  const long = await api("POST", "/api/staff/office/closed-days", { token: staff.token, body: { date, reason: "x".repeat(201), confirm: true } });
  assert.equal(long.status, 400, "a reason is at most 200 characters");
  assert.equal(long.json.field, "reason");
  assert.equal((await book(slot.id, newNik())).json.code, "slot_closed");
  const still = await api("POST", "/api/booking/lookup", { body: { code: b.json.code, nik } });
  assert.equal(still.json.status, "booked", "the booking stays (the officer contacts the person)");
  assert.deepEqual((await api("GET", "/api/staff/office", { token: staff.token })).json.closed_days, [{ date, reason: "Pelatihan petugas" }]);
  const q = await api("GET", `/api/staff/queue?date=${date}`, { token: staff.token });
  assert.equal(q.json.office.closed_day.reason, "Pelatihan petugas");

  for (const d of ["2020-01-01", wibDate(Date.now() + 400 * 86400e3), "2026-02-30", 5]) {
    const r = await api("POST", "/api/staff/office/closed-days", { token: staff.token, body: { date: d, reason: "x y" } });
    assert.equal(r.status, 400, String(d));
  }
  const reopen = await fetch(`${process.env.PB_URL}/api/staff/office/closed-days/${date}`, { method: "DELETE", headers: { Authorization: staff.token } });
  assert.equal(reopen.status, 200, await reopen.clone().text());
  assert.ok((await reopen.json()).reopened_slots >= 1);
  const reopened = (await api("GET", `/api/availability/${office.code}?days=5`)).json.slots.find((s) => s.id === slot.id);
  assert.equal(reopened.closed, false);
  assert.equal(reopened.closed_reason, undefined, "a reopened day has no reason left");
  const again = await fetch(`${process.env.PB_URL}/api/staff/office/closed-days/${date}`, { method: "DELETE", headers: { Authorization: staff.token } });
  assert.equal(again.status, 404);
});
