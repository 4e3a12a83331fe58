// The officers' desk: roles, 30-minute tokens, the day's queue, check-in, status changes,
// undo, walk-in. docs/booking-api.md, "Desk".
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, book, bookingBody, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser } from "./helpers.mjs";

let officeA, officeB, staffA, staffB, province;
let nowSlot, laterSlot, tomorrowSlot, pastSlot;

// today's WIB date of a UTC time
function wibDate(ms) { return new Date(ms + 7 * 3600e3).toISOString().slice(0, 10); }

before(async () => {
  await setRateLimits(false);
  officeA = await makeOffice("desk-a");
  officeB = await makeOffice("desk-b");
  staffA = await makeStaff(officeA);
  staffB = await makeStaff(officeB);
  province = await makeStaff(null, { role: "province" });
  nowSlot = await makeSlot(officeA, { inHours: -0.25, seats: 20 }); // started 15 minutes ago, runs 30
  laterSlot = await makeSlot(officeA, { inHours: 0.2, seats: 5 }); // later today (except in the minutes before WIB midnight)
  tomorrowSlot = await makeSlot(officeA, { inHours: 30, seats: 5 });
  pastSlot = await makeSlot(officeA, { inHours: -30, seats: 5 });
});

// a booking in `slot` written as superuser (a slot that has started cannot be booked online)
const queueNo = {};
async function seed(slot, office, extra = {}) {
  queueNo[slot.id] = (queueNo[slot.id] || 0) + 1;
  const token = await superuser();
  const code = Array.from({ length: 8 }, () => "ACDEFGHJKMNPQRTUVWXY34679"[Math.floor(Math.random() * 25)]).join("");
  const nik = newNik();
  const r = await api("POST", "/api/collections/bookings/records", {
    token,
    body: { slot: slot.id, office: office.id, code, queue_no: 10 + queueNo[slot.id], name: "Warga Desk",
      nik, phone: "+6281234567890", region: "Kota Uji", status: "booked", channel: "online", summary: "OTP tidak masuk",
      idempotency_key: "seed-" + nik, ...extra },
  });
  assert.equal(r.status, 200, r.text);
  return { ...r.json, nik };
}

test("roles: staff tokens last 30 minutes; /api/staff/me tells the role and help point", async () => {
  const payload = JSON.parse(Buffer.from(staffA.token.split(".")[1], "base64url").toString());
  const life = payload.exp - Math.floor(Date.now() / 1000);
  assert.ok(life > 25 * 60 && life <= 30 * 60, "token lifetime " + life);
  const me = await api("GET", "/api/staff/me", { token: staffA.token });
  assert.equal(me.status, 200, me.text);
  assert.equal(me.json.role, "officer");
  assert.equal(me.json.office.id, officeA.id);
  const p = await api("GET", "/api/staff/me", { token: province.token });
  assert.equal(p.json.role, "province");
  assert.equal(p.json.office, null);
  const anon = await api("GET", "/api/staff/me");
  assert.equal(anon.status, 403);
  assert.equal(anon.json.code, "forbidden");
  const refreshed = await api("POST", "/api/collections/staff/auth-refresh", { token: staffA.token, body: {} });
  assert.equal(refreshed.status, 200, refreshed.text);
  assert.ok(refreshed.json.token);
});

test("staff passwords have at least 12 characters", async () => {
  const token = await superuser();
  const body = (password) => ({ email: `short-${Math.random().toString(36).slice(2, 8)}@example.test`, password, passwordConfirm: password, office: officeA.id, role: "officer" });
  assert.equal((await api("POST", "/api/collections/staff/records", { token, body: body("Short-pw-11") })).status, 400);
  assert.equal((await api("POST", "/api/collections/staff/records", { token, body: body("Long-enough-12") })).status, 200, "control");
  const noOffice = await api("POST", "/api/collections/staff/records", { token, body: { ...body("Long-enough-12"), office: "" } });
  assert.equal(noOffice.status, 400, "an officer needs a help point");
});

test("a disabled account can neither sign in nor use a token it already has", async () => {
  const office = await makeOffice("disabled");
  const s = await makeStaff(office);
  assert.equal((await api("GET", "/api/staff/me", { token: s.token })).status, 200, "control");
  const token = await superuser();
  const r = await api("PATCH", `/api/collections/staff/records/${s.record.id}`, { token, body: { disabled: true } });
  assert.equal(r.status, 200, r.text);
  assert.equal((await api("GET", "/api/staff/me", { token: s.token })).status, 403);
  const login = await api("POST", "/api/collections/staff/auth-with-password", { body: { identity: s.email, password: s.password } });
  assert.notEqual(login.status, 200, "no sign-in for a disabled account");
});

test("the queue: an officer sees their own help point's day, in order, with counts; nobody else does", async () => {
  const b1 = await seed(nowSlot, officeA);
  const b2 = await seed(nowSlot, officeA, { priority: true });
  const online = await api("POST", "/api/booking", { body: { ...bookingBody(laterSlot.id), problem: "otp-not-received" } });
  assert.equal(online.status, 201, online.text);
  const q = await api("GET", "/api/staff/queue", { token: staffA.token });
  assert.equal(q.status, 200, q.text);
  assert.equal(q.json.date, wibDate(Date.now()));
  assert.equal(q.json.office.id, officeA.id);
  const ids = q.json.slots.map((s) => s.id);
  assert.ok(ids.indexOf(nowSlot.id) >= 0 && ids.indexOf(nowSlot.id) < ids.indexOf(laterSlot.id), "slots by time");
  const now = q.json.slots.find((s) => s.id === nowSlot.id);
  assert.deepEqual(now.bookings.slice(0, 2).map((b) => b.code), [b1.code, b2.code], "by queue number");
  assert.equal(now.bookings[1].priority, true);
  assert.equal(now.bookings[0].phone, "+6281234567890");
  assert.equal(now.bookings[0].summary, "OTP tidak masuk");
  assert.ok(!q.text.includes(b1.nik), "no NIK in the queue");
  const later = q.json.slots.find((s) => s.id === laterSlot.id).bookings.find((b) => b.code === online.json.code);
  assert.equal(later.problem, "otp-not-received");
  assert.ok(later.steps.includes("email-inbox") && !later.steps.includes("channel"), "the problem's steps are the choices");
  assert.ok(q.json.counts.booked >= 3);
  assert.ok(q.json.counts.waiting >= 3);
  assert.equal(q.json.counts.free, q.json.slots.filter((s) => !s.started && !s.closed).reduce((n, s) => n + s.free_priority, 0));
  assert.equal(now.free_online, 0, "started: nothing online");
  assert.equal(now.free_priority, 0);
  assert.equal(now.free, 20 - now.bookings.length, "a walk-in can still take the running slot");
  const laterView = q.json.slots.find((s) => s.id === laterSlot.id);
  assert.equal(laterView.free_online, laterView.free, "no held seats in this slot");

  // another help point's officer: their own queue, nothing of A; ?office= is ignored for officers
  const qb = await api("GET", `/api/staff/queue?office=${officeA.id}`, { token: staffB.token });
  assert.equal(qb.status, 200);
  assert.equal(qb.json.office.id, officeB.id);
  assert.ok(!qb.text.includes(b1.code) && !qb.text.includes("Warga Desk"));
  // province: any help point, by ?office=
  const qp = await api("GET", `/api/staff/queue?office=${officeA.code}`, { token: province.token });
  assert.equal(qp.status, 200);
  assert.ok(qp.text.includes(b1.code));
  assert.equal((await api("GET", "/api/staff/queue", { token: province.token })).json.field, "office");
  // other days; bad dates
  const tq = await api("GET", `/api/staff/queue?date=${wibDate(Date.now() + 30 * 3600e3)}`, { token: staffA.token });
  assert.ok(tq.json.slots.some((s) => s.id === tomorrowSlot.id));
  for (const d of ["2026-02-30", "x", "2026-1-1"]) {
    const r = await api("GET", `/api/staff/queue?date=${d}`, { token: staffA.token });
    assert.equal(r.status, 400);
    assert.equal(r.json.field, "date");
  }
  assert.equal((await api("GET", "/api/staff/queue")).status, 403);
});

test("check-in by code (normalised like the citizen side); another help point's code is not found", async () => {
  const b = await seed(nowSlot, officeA);
  const typed = b.code.toLowerCase().slice(0, 4) + "-" + b.code.slice(4);
  const other = await api("POST", "/api/staff/checkin", { token: staffB.token, body: { code: typed } });
  assert.equal(other.status, 404, other.text);
  assert.equal(other.json.code, "not_found");
  const made = await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: "AAAAAAAA" } });
  assert.deepEqual({ ...other.json }, { ...made.json }, "another help point's code looks like no code at all");
  // a look-up finds the person and changes nothing; the officer's confirming press checks them in
  const look = await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: typed, look: true } });
  assert.equal(look.status, 200, look.text);
  assert.equal(look.json.booking.status, "booked", "a look-up does not check in");
  assert.equal(look.json.booking.code, b.code);
  assert.equal((await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: typed, look: "yes" } })).json.field, "look");
  const r = await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: typed } });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.booking.status, "arrived");
  assert.equal(r.json.booking.status_by, staffA.record.id);
  assert.ok(Date.parse(r.json.booking.status_at) > Date.now() - 60e3, "when");
  assert.equal(r.json.booking.undo, "booked");
  const again = await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: b.code } });
  assert.equal(again.status, 200, "checking in twice is harmless");
  const owner = await api("POST", "/api/booking/lookup", { body: { code: b.code, nik: b.nik } });
  assert.equal(owner.json.status, "arrived", "the citizen sees it");
  // a booking of another day
  const t = await seed(tomorrowSlot, officeA);
  const wdLook = await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: t.code, look: true } });
  assert.equal(wdLook.json.code, "wrong_day", "the look-up says the day is wrong before anyone presses");
  const wd = await api("POST", "/api/staff/checkin", { token: staffA.token, body: { code: t.code } });
  assert.equal(wd.status, 409);
  assert.equal(wd.json.code, "wrong_day");
  assert.equal(wd.json.slot.start, new Date(Date.parse(tomorrowSlot.starts_at.replace(" ", "T"))).toISOString());
  // province staff have no desk
  assert.equal((await api("POST", "/api/staff/checkin", { token: province.token, body: { code: b.code } })).status, 403);
  // the records API no longer changes bookings
  const patch = await api("PATCH", `/api/collections/bookings/records/${t.id}`, { token: staffA.token, body: { status: "arrived" } });
  assert.equal(patch.status, 403, "only superusers may PATCH bookings");
});

test("served with a note and what fixed it; no-show only after the start; wrong transitions refused", async () => {
  const online = await api("POST", "/api/booking", { body: { ...bookingBody(laterSlot.id), problem: "otp-not-received" } });
  const token = await superuser();
  const id = (await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`code="${online.json.code}"`)}`, { token })).json.items[0].id;
  const early = await api("POST", "/api/staff/status", { token: staffA.token, body: { id, status: "no_show" } });
  assert.equal(early.status, 409, early.text);
  assert.equal(early.json.code, "too_early");
  const badFix = await api("POST", "/api/staff/status", { token: staffA.token, body: { id, status: "served", fixed_by: "channel" } });
  assert.equal(badFix.status, 400, "a question is not a step");
  assert.equal(badFix.json.field, "fixed_by");
  const long = await api("POST", "/api/staff/status", { token: staffA.token, body: { id, status: "served", fixed_by: "other", note: "x".repeat(501) } });
  assert.equal(long.json.field, "note");
  const byB = await api("POST", "/api/staff/status", { token: staffB.token, body: { id, status: "served", fixed_by: "other" } });
  assert.equal(byB.status, 404, "another help point cannot change it");
  const served = await api("POST", "/api/staff/status", { token: staffA.token, body: { id, status: "served", note: "Kirim ulang ke email lain", fixed_by: "email-resend" } });
  assert.equal(served.status, 200, served.text);
  assert.equal(served.json.booking.status, "served");
  assert.equal(served.json.booking.fixed_by, "email-resend");
  assert.equal(served.json.booking.served_note, "Kirim ulang ke email lain");
  const ns = await api("POST", "/api/staff/status", { token: staffA.token, body: { id, status: "no_show" } });
  assert.equal(ns.status, 409, ns.text);
  assert.equal(ns.json.code, "status_not_allowed");
  assert.equal(ns.json.booking_status, "served");

  // no-show once the slot has started
  const b = await seed(nowSlot, officeA);
  const n = await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "no_show" } });
  assert.equal(n.status, 200, n.text);
  assert.equal(n.json.booking.status, "no_show");
  // a past day's booking: no-show yes, served no
  const p = await seed(pastSlot, officeA);
  assert.equal((await api("POST", "/api/staff/status", { token: staffA.token, body: { id: p.id, status: "served", fixed_by: "other" } })).json.code, "wrong_day");
  for (const body of [{ id: b.id, status: "booked" }, { id: b.id, status: "cancelled" }, { id: "x", status: "arrived" }, { id: b.id }]) {
    const r = await api("POST", "/api/staff/status", { token: staffA.token, body });
    assert.equal(r.status, 400, JSON.stringify(body));
  }
});

test("a served note and what fixed it change only on the slot's day, and every change is logged", async () => {
  const token = await superuser();
  const record = async (id) => (await api("GET", `/api/collections/bookings/records/${id}`, { token })).json;
  // served on an earlier day: its note cannot be rewritten later
  const old = await seed(pastSlot, officeA, { status: "served", served_note: "Kirim ulang OTP", fixed_by: "other" });
  const late = await api("POST", "/api/staff/status", { token: staffA.token, body: { id: old.id, status: "served", note: "catatan lain", fixed_by: "other" } });
  assert.equal(late.status, 409, late.text);
  assert.equal(late.json.code, "wrong_day");
  assert.equal((await record(old.id)).served_note, "Kirim ulang OTP", "the note stays as it was written that day");

  // today: the note may be corrected, and the correction is in the history with who and when
  const b = await seed(nowSlot, officeA);
  await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "arrived" } });
  await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "served", note: "salah ketik", fixed_by: "other" } });
  const before = await record(b.id);
  const fix = await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "served", note: "Ganti email", fixed_by: "other" } });
  assert.equal(fix.status, 200, fix.text);
  assert.equal(fix.json.booking.served_note, "Ganti email");
  const after = await record(b.id);
  assert.equal(after.status_log.length, before.status_log.length + 1, JSON.stringify(after.status_log));
  const entry = after.status_log[after.status_log.length - 1];
  assert.equal(entry.from, "served");
  assert.equal(entry.to, "served");
  assert.equal(entry.by, staffA.record.id);
  assert.equal(entry.office, officeA.id);
  assert.ok(Date.now() - Date.parse(entry.at) < 60e3, entry.at);
  assert.equal(after.status_by, staffA.record.id);
  assert.ok(after.status_at >= before.status_at, `${after.status_at} after ${before.status_at}`);
  // the same note again changes nothing and adds nothing
  await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "served", note: "Ganti email", fixed_by: "other" } });
  assert.equal((await record(b.id)).status_log.length, after.status_log.length);
  // undo still goes back to "arrived" (a note edit is not a status change)
  assert.equal(fix.json.booking.undo, "arrived");
  const u = await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: b.id } });
  assert.equal(u.status, 200, u.text);
  assert.equal(u.json.booking.status, "arrived");
  assert.equal(u.json.booking.served_note, "");
});

test("undo: back one step, same help point, same day; never two active bookings per NIK", async () => {
  const b = await seed(nowSlot, officeA);
  assert.equal((await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: b.id } })).json.code, "undo_not_allowed", "nothing to undo yet");
  await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "arrived" } });
  const s = await api("POST", "/api/staff/status", { token: staffA.token, body: { id: b.id, status: "served", fixed_by: "other", note: "salah orang" } });
  assert.equal(s.json.booking.undo, "arrived");
  assert.equal((await api("POST", "/api/staff/undo", { token: staffB.token, body: { id: b.id } })).status, 404, "not by another help point");
  const u1 = await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: b.id } });
  assert.equal(u1.status, 200, u1.text);
  assert.equal(u1.json.booking.status, "arrived");
  assert.equal(u1.json.booking.served_note, "");
  assert.equal(u1.json.booking.fixed_by, "");
  const u2 = await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: b.id } });
  assert.equal(u2.json.booking.status, "booked");
  assert.equal(u2.json.booking.undo, null);
  assert.equal((await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: b.id } })).json.code, "undo_not_allowed");

  // a change of an earlier day cannot be undone
  const old = await seed(nowSlot, officeA, {
    status: "arrived",
    status_log: [{ from: "booked", to: "arrived", by: staffA.record.id, office: officeA.id, at: new Date(Date.now() - 2 * 86400e3).toISOString() }],
  });
  assert.equal((await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: old.id } })).json.code, "undo_not_allowed");
  // nor one made at another help point's desk
  const moved = await seed(nowSlot, officeA, {
    status: "arrived",
    status_log: [{ from: "booked", to: "arrived", by: staffB.record.id, office: officeB.id, at: new Date().toISOString() }],
  });
  assert.equal((await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: moved.id } })).json.code, "undo_not_allowed");
  const fresh = await seed(nowSlot, officeA, {
    status: "arrived",
    status_log: [{ from: "booked", to: "arrived", by: staffA.record.id, office: officeA.id, at: new Date().toISOString() }],
  });
  assert.equal((await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: fresh.id } })).json.booking.status, "booked", "control");

  // no-show, the person books again, then the no-show is undone: refused (status_conflict)
  const x = await seed(nowSlot, officeA);
  const ns = await api("POST", "/api/staff/status", { token: staffA.token, body: { id: x.id, status: "no_show" } });
  assert.equal(ns.status, 200, ns.text);
  const again = await api("POST", "/api/booking", { body: bookingBody(tomorrowSlot.id, x.nik) });
  assert.equal(again.status, 201, "a no-show frees the NIK: " + again.text);
  const back = await api("POST", "/api/staff/undo", { token: staffA.token, body: { id: x.id } });
  assert.equal(back.status, 409);
  assert.equal(back.json.code, "status_conflict");
});

test("walk-in: a desk booking into the slot running now, with what the desk shows or prints", async () => {
  const nik = newNik();
  const r = await api("POST", "/api/staff/booking", { token: staffA.token, body: { ...bookingBody(nowSlot.id, nik), ektp_checked: true } });
  assert.equal(r.status, 201, r.text);
  assert.match(r.json.code, /^[ACDEFGHJKMNPQRTUVWXY34679]{8}$/);
  assert.ok(r.json.queue_number >= 1);
  assert.ok(r.json.id);
  assert.equal(r.json.priority, false);
  assert.equal(r.json.help_point.address, officeA.address);
  assert.equal(r.json.slot.id, nowSlot.id);
  // online, the running slot is closed
  assert.equal((await book(nowSlot.id, newNik())).json.code, "slot_closed");
  // another help point's slot: not found; province: forbidden
  assert.equal((await api("POST", "/api/staff/booking", { token: staffB.token, body: { ...bookingBody(nowSlot.id), ektp_checked: true } })).status, 404);
  assert.equal((await api("POST", "/api/staff/booking", { token: province.token, body: { ...bookingBody(laterSlot.id), ektp_checked: true } })).status, 403);
  // an unknown problem id is refused
  const bad = await api("POST", "/api/booking", { body: { ...bookingBody(laterSlot.id), problem: "no-such-problem" } });
  assert.equal(bad.status, 400);
  assert.equal(bad.json.field, "problem");
});
