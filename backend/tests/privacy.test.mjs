// No data leaks: anonymous callers see availability only; staff see only their own help point.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, book, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser, BASE } from "./helpers.mjs";

let officeA, officeB, slotA, slotB, staffA, staffB;
const people = []; // { nik, phone, code, id }

async function bookTracked(slot) {
  const nik = newNik();
  const phone = `0813${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  const r = await api("POST", "/api/booking", {
    body: { slot: slot.id, name: "Rahasia Warga", nik, phone, region: "Kota Uji", summary: "ringkasan kasus pribadi" },
  });
  assert.equal(r.status, 201, r.text);
  const p = { nik, phone, code: r.json.code, office: r.json.help_point.id };
  people.push(p);
  return p;
}

async function recordIdOf(p) {
  const token = await superuser();
  const r = await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`code="${p.code}"`)}`, { token });
  return r.json.items[0].id;
}

// minimal SSE client for PocketBase realtime
async function subscribe(topics, token) {
  const ctrl = new AbortController();
  const res = await fetch(BASE + "/api/realtime", { signal: ctrl.signal });
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  const events = [];
  let buf = "";
  let clientId = null;
  let resolveConnect;
  const connected = new Promise((r) => (resolveConnect = r));
  (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        let i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const chunk = buf.slice(0, i); buf = buf.slice(i + 2);
          const ev = {};
          for (const line of chunk.split("\n")) {
            const j = line.indexOf(":");
            if (j > 0) ev[line.slice(0, j)] = (ev[line.slice(0, j)] || "") + line.slice(j + 1);
          }
          if (ev.event === "PB_CONNECT") { clientId = JSON.parse(ev.data).clientId; resolveConnect(); }
          else events.push(ev);
        }
      }
    } catch { /* aborted */ }
  })();
  await connected;
  const r = await api("POST", "/api/realtime", { body: { clientId, subscriptions: topics }, token });
  assert.equal(r.status, 204, r.text);
  return { events, close: () => ctrl.abort() };
}

before(async () => {
  await setRateLimits(false);
  officeA = await makeOffice("pa");
  officeB = await makeOffice("pb");
  slotA = await makeSlot(officeA, { seats: 5 });
  slotB = await makeSlot(officeB, { seats: 5 });
  staffA = await makeStaff(officeA);
  staffB = await makeStaff(officeB);
  await bookTracked(slotA);
  await bookTracked(slotB);
});

test("anonymous: list, filter, view, update, delete of bookings reveal nothing", async () => {
  const [a] = people;
  const list = await api("GET", "/api/collections/bookings/records?perPage=500");
  assert.equal(list.status, 200);
  assert.equal(list.json.totalItems, 0);
  const filtered = await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`nik="${a.nik}"`)}`);
  assert.equal(filtered.json?.items?.length ?? 0, 0);
  const id = await recordIdOf(a);
  assert.equal((await api("GET", `/api/collections/bookings/records/${id}`)).status, 404);
  assert.notEqual((await api("PATCH", `/api/collections/bookings/records/${id}`, { body: { status: "cancelled" } })).status, 200);
  assert.notEqual((await api("DELETE", `/api/collections/bookings/records/${id}`)).status, 204);
  assert.notEqual((await api("POST", "/api/collections/bookings/records", { body: { slot: slotA.id, nik: newNik() } })).status, 200);
});

test("anonymous: back-relation filters and expand on public collections leak nothing", async () => {
  const [a] = people;
  const f = encodeURIComponent(`id="${slotA.id}" && bookings_via_slot.nik ?= "${a.nik}"`);
  const r1 = await api("GET", `/api/collections/slots/records?filter=${f}`);
  assert.equal(r1.json?.items?.length ?? 0, 0, "a filter on a hidden relation must not act as an oracle");
  const r1b = await api("GET", `/api/collections/slots/records?filter=${encodeURIComponent(`id="${slotA.id}"`)}`);
  assert.equal(r1b.json.items.length, 1, "control: the slot itself is public");
  for (const path of [
    `/api/collections/slots/records/${slotA.id}?expand=bookings_via_slot`,
    `/api/collections/offices/records/${officeA.id}?expand=bookings_via_office,staff_via_office,slots_via_office.bookings_via_slot`,
    `/api/collections/slots/records?expand=bookings_via_slot,office&perPage=200`,
  ]) {
    const r = await api("GET", path);
    assert.ok(!r.text.includes(a.nik) && !r.text.includes("Rahasia Warga"), path);
    assert.ok(!r.text.includes("bookings_via"), "no expanded bookings: " + path);
  }
});

test("anonymous: the schema, the registry, staff and logs are closed; no public sign-up", async () => {
  for (const path of ["/api/collections", "/api/collections/bookings", "/api/logs", "/api/settings", "/api/backups"]) {
    const r = await api("GET", path);
    assert.ok([401, 403].includes(r.status), `${path} -> ${r.status}`);
  }
  const reg = await api("GET", "/api/collections/priority_registry/records");
  assert.ok(reg.status === 403 || (reg.json?.items?.length ?? 0) === 0, reg.text);
  const st = await api("GET", "/api/collections/staff/records");
  assert.equal(st.json?.items?.length ?? 0, 0);
  const signUp = await api("POST", "/api/collections/staff/records", {
    body: { email: "x@example.test", password: "12345678aA!", passwordConfirm: "12345678aA!", office: officeA.id },
  });
  assert.notEqual(signUp.status, 200);
  const users = await api("POST", "/api/collections/users/records", { body: { email: "y@example.test", password: "12345678aA!", passwordConfirm: "12345678aA!" } });
  assert.equal(users.status, 404, "the default users collection is gone");
});

test("anonymous: the public listing has no street addresses", async () => {
  // the hidden address must not work as a filter oracle either
  const hit = await api("GET", `/api/collections/offices/records?filter=${encodeURIComponent('address~"Dukuh Menanggal"')}`);
  const miss = await api("GET", `/api/collections/offices/records?filter=${encodeURIComponent('address~"zzzz-nowhere"')}`);
  assert.equal(hit.json?.items?.length ?? 0, miss.json?.items?.length ?? 0, hit.text.slice(0, 200));
  assert.equal(hit.json?.items?.length ?? 0, 0);
  for (const path of ["/api/collections/offices/records?perPage=200", "/api/availability", `/api/availability/${officeA.id}`]) {
    const r = await api("GET", path);
    assert.equal(r.status, 200);
    assert.ok(!r.text.includes("Dukuh Menanggal") && !r.text.includes("Bendul Merisi") && !r.text.includes("Jl. Uji Coba"), path);
    assert.ok(!/"address"/.test(r.text), path);
  }
});

test("realtime: anonymous subscribers get no booking events; staff only their own help point's", async () => {
  const anon = await subscribe(["bookings", "bookings/*"]);
  const rtA = await subscribe(["bookings"], staffA.token);
  const pa = await bookTracked(slotA);
  const pb = await bookTracked(slotB);
  await new Promise((r) => setTimeout(r, 1200));
  anon.close(); rtA.close();
  assert.equal(anon.events.length, 0, JSON.stringify(anon.events));
  const seen = rtA.events.map((e) => JSON.parse(e.data).record);
  assert.ok(seen.some((r) => r.code === pa.code), "control: staff A is notified of A's booking");
  assert.ok(!seen.some((r) => r.code === pb.code), "staff A never hears of B's booking");
});

test("staff read and update only their own help point's bookings, and only the status", async () => {
  const a = people.find((p) => p.office === officeA.id);
  const b = people.find((p) => p.office === officeB.id);
  const idA = await recordIdOf(a), idB = await recordIdOf(b);

  const listA = await api("GET", "/api/collections/bookings/records?perPage=500", { token: staffA.token });
  assert.equal(listA.status, 200);
  assert.ok(listA.json.items.length >= 1);
  assert.ok(listA.json.items.every((x) => x.office === officeA.id));
  assert.ok(listA.json.items.some((x) => x.nik === a.nik), "staff see the NIK of their own visitors");
  assert.ok(!listA.text.includes(b.nik));
  assert.ok(!listA.text.includes("idempotency"), "the idempotency key stays hidden");
  // the day list documented in docs/booking-api.md
  const since = new Date(Date.now() - 86400e3).toISOString().slice(0, 10) + " 00:00:00";
  const day = await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`slot.starts_at>="${since}"`)}&sort=slot.starts_at,queue_no&expand=slot`, { token: staffA.token });
  assert.equal(day.status, 200, day.text);
  assert.ok(day.json.items.some((x) => x.nik === a.nik && x.expand?.slot?.id === slotA.id));
  const filt = await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`nik="${b.nik}"`)}`, { token: staffA.token });
  assert.equal(filt.json.items.length, 0);

  assert.equal((await api("GET", `/api/collections/bookings/records/${idB}`, { token: staffA.token })).status, 404);
  assert.notEqual((await api("PATCH", `/api/collections/bookings/records/${idB}`, { token: staffA.token, body: { status: "arrived" } })).status, 200);

  // the records API changes nothing for staff (staff change bookings through the desk routes: desk.test.mjs)
  for (const body of [{ nik: newNik() }, { status: "arrived", slot: slotB.id }, { status: "booked" }, { status: "arrived", queue_no: 5 }, { phone: "+6281299999999" }, { status: "arrived" }]) {
    const r = await api("PATCH", `/api/collections/bookings/records/${idA}`, { token: staffA.token, body });
    assert.equal(r.status, 403, `staff must not change ${JSON.stringify(body)}`);
  }
  const owner = await api("POST", "/api/booking/lookup", { body: { code: a.code, nik: a.nik } });
  assert.equal(owner.json.status, "booked", "nothing changed");
  // staff B sees nothing of A
  const listB = await api("GET", "/api/collections/bookings/records?perPage=500", { token: staffB.token });
  assert.ok(!listB.text.includes(a.nik));
  assert.ok([401, 403].includes((await api("GET", "/api/logs", { token: staffA.token })).status));
});

test("request logs hold no NIK, phone number or name", async () => {
  // make sure some error paths were logged too
  await api("POST", "/api/booking/lookup", { body: { code: "AAAAAAAA", nik: people[0].nik } });
  await api("POST", "/api/booking", { body: { slot: slotA.id, nik: people[0].nik, phone: people[0].phone, name: "Rahasia Warga" } });
  const token = await superuser();
  let r;
  for (let i = 0; i < 40; i++) { // the log writer flushes in batches
    r = await api("GET", "/api/logs?perPage=1000&sort=-created", { token });
    assert.equal(r.status, 200);
    if (r.json.items.some((l) => l.data?.url === "/api/booking/lookup")) break;
    await new Promise((res) => setTimeout(res, 250));
  }
  assert.ok(r.json.items.length > 20, "control: requests are logged");
  assert.ok(r.json.items.some((l) => l.data?.url === "/api/booking"), "control: booking requests are logged");
  for (const p of people) {
    const hit = r.json.items.find((l) => JSON.stringify(l).includes(p.nik));
    assert.ok(!hit, "NIK in logs: " + JSON.stringify(hit));
    assert.ok(!r.text.includes(p.phone.slice(1)), "phone in logs");
  }
  assert.ok(!r.text.includes("Rahasia Warga"));
  assert.ok(r.json.items.every((l) => !l.data?.userIP && !l.data?.remoteIP), "client IPs are not logged");
});
