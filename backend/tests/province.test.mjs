// The province: every help point on one table, the funnel of anonymous usage events (a
// scripted citizen run through two flows), programme notices that show publicly only while active.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { api, book, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser, BACKEND_DIR } from "./helpers.mjs";

let province, officer, office;
const FLOWS = JSON.parse(readFileSync(join(BACKEND_DIR, "data/flow_ids.json"), "utf8")).problems;

before(async () => {
  await setRateLimits(false);
  province = await makeStaff(null, { role: "province" });
  office = await makeOffice("prov");
  officer = await makeStaff(office);
});

function wibDate(ms) { return new Date(ms + 7 * 3600e3).toISOString().slice(0, 10); }
function hourNow() { return new Date(Math.floor(Date.now() / 3600e3) * 3600e3).toISOString().slice(0, 13) + ":00:00Z"; }

// the answers from the start node to the first node that `goal` accepts: [[node, answer], ...], or null
function pathTo(problem, goal) {
  const p = FLOWS[problem];
  const byId = Object.fromEntries(p.nodes.map((n) => [n.id, n]));
  const queue = [[p.start, []]];
  const seen = new Set([p.start]);
  while (queue.length) {
    const [id, path] = queue.shift();
    const n = byId[id];
    if (goal(n, byId)) return { path, end: n };
    for (const [answer, to] of Object.entries(n.next)) {
      if (seen.has(to)) continue;
      seen.add(to);
      queue.push([to, [...path, [id, answer]]]);
    }
  }
  return null;
}

function event(problem, node, answer) {
  return { problem, node, answer, v: "0.1.0", lang: "id", hour: hourNow() };
}

async function funnel(days = 7) {
  const r = await api("GET", `/api/province/funnel?days=${days}`, { token: province.token });
  assert.equal(r.status, 200, r.text);
  return r.json;
}

function problemOf(f, id) { return f.problems.find((p) => p.problem === id); }

test("the funnel counts a scripted citizen run through two flows; unknown ids are rejected", async () => {
  const P = "otp-not-received", Q = "forgot-password";
  // A: a step fixes it; B: nothing works, books a help point; C: answers the first question, then leaves
  const toFix = pathTo(P, (n, byId) => n.kind === "step" && byId[n.next.fixed]?.outcome === "solved");
  const toDesk = pathTo(P, (n) => n.outcome === "in_person");
  assert.ok(toFix && toDesk, "the flow has a fix and a help point");
  const a = [...toFix.path.map(([n, x]) => event(P, n, x)), event(P, toFix.end.id, "fixed"), event(P, toFix.end.next.fixed, "end")];
  const b = [...toDesk.path.map(([n, x]) => event(P, n, x)), event(P, toDesk.end.id, "end"), event(P, toDesk.end.id, "booked")];
  const start = FLOWS[P].nodes.find((n) => n.id === FLOWS[P].start);
  const firstAnswer = Object.keys(start.next)[0];
  const c = [event(P, start.id, firstAnswer)];
  // D, in another flow: "not fixed" everywhere to its first outcome
  const toEnd = pathTo(Q, (n) => n.kind === "outcome");
  const d = [...toEnd.path.map(([n, x]) => event(Q, n, x)), event(Q, toEnd.end.id, "end")];

  const before = await funnel();
  const bad = [
    { ...event(P, "no-such-node", "fixed") }, { ...event("no-such-problem", "x", "fixed") },
    { ...event(P, start.id, "fixed") }, // a question takes an option, not fixed/not_fixed
    { ...event(P, toFix.end.next.fixed, "booked") }, // "booked" only at an in-person outcome
    { ...event(P, start.id, firstAnswer), nik: "3578014506900001" }, // nothing else may come along
    { ...event(P, start.id, firstAnswer), hour: new Date().toISOString() }, // not on the hour
    { ...event(P, start.id, firstAnswer), hour: "2020-01-01T00:00:00Z" }, // too old
    { ...event(P, start.id, firstAnswer), lang: "jv" },
  ];
  const r = await api("POST", "/api/events", { body: { events: [...a, ...b, ...bad] } });
  assert.equal(r.status, 202, r.text);
  assert.deepEqual(r.json, { stored: a.length + b.length, rejected: bad.length });
  const r2 = await api("POST", "/api/events", { body: { events: [...c, ...d] } });
  assert.deepEqual(r2.json, { stored: c.length + d.length, rejected: 0 });
  const after = await funnel();
  assert.equal(after.events - before.events, a.length + b.length + c.length + d.length);

  const p0 = problemOf(before, P), p1 = problemOf(after, P);
  assert.equal(p1.started - p0.started, 3, "A, B and C started");
  assert.equal(p1.fixed - p0.fixed, 1, "A was fixed");
  assert.equal(p1.booked - p0.booked, 1, "B booked");
  assert.equal(p1.gave_up - p0.gave_up, 1, "C gave up");
  const second = start.next[firstAnswer];
  const node = (f, id) => problemOf(f, P).nodes.find((n) => n.node === id);
  assert.equal(node(after, second).gave_up - node(before, second).gave_up, 1, "C gave up at the second node");
  assert.equal(node(after, toFix.end.id).fixed - node(before, toFix.end.id).fixed, 1, "A was fixed at that step");
  assert.equal(node(after, toDesk.end.id).booked - node(before, toDesk.end.id).booked, 1, "B booked from that outcome");
  const q0 = problemOf(before, Q), q1 = problemOf(after, Q);
  assert.equal(q1.started - q0.started, 1);
  assert.equal(q1.gave_up - q0.gave_up, 0);
  assert.deepEqual(FLOWS[P].nodes.map((n) => n.id), p1.nodes.map((n) => n.node), "nodes in the content's order");

  const csv = await api("GET", "/api/province/funnel?days=30&format=csv", { token: province.token });
  assert.equal(csv.status, 200);
  assert.match(csv.headers.get("content-type"), /^text\/csv/);
  assert.match(csv.headers.get("content-disposition"), /funnel-30d\.csv/);
  const lines = csv.text.trim().split(/\r\n/);
  assert.equal(lines[0], "problem,node,kind,reached,fixed,gave_up,booked");
  const row = lines.find((l) => l.startsWith(`${P},${toDesk.end.id},`)).split(",");
  assert.ok(Number(row[6]) >= 1, "booked in the CSV");

  for (const q of ["days=8", "days=abc", "format=xml"]) {
    const x = await api("GET", `/api/province/funnel?${q}`, { token: province.token });
    assert.equal(x.status, 400, q);
  }
  assert.equal((await api("GET", "/api/province/funnel", { token: officer.token })).status, 403, "officers do not read it");
  assert.equal((await api("GET", "/api/province/funnel")).status, 403);
});

test("events: nothing identifying is stored; guests cannot read them; batch and body limits", async () => {
  const token = await superuser();
  const raw = await api("GET", "/api/collections/events/records?perPage=5", { token });
  assert.equal(raw.status, 200);
  assert.ok(raw.json.items.length > 0);
  for (const it of raw.json.items) {
    assert.deepEqual(Object.keys(it).filter((k) => !["collectionId", "collectionName", "id"].includes(k)).sort(),
      ["answer", "channel", "hour", "lang", "node", "problem", "v"], "no created time, no IP, no id of a person (channel: online or phone)");
    assert.match(it.hour, /T\d\d:00:00Z$/);
  }
  assert.notEqual((await api("GET", "/api/collections/events/records")).status, 200, "guests read nothing");
  assert.notEqual((await api("POST", "/api/collections/events/records", { body: event("otp-not-received", "channel", "0") })).status, 200,
    "create only through the route");
  const e = event("otp-not-received", "channel", "0");
  for (const body of [{ events: [] }, { events: Array(51).fill(e) }, { events: e }, [e], { events: "x" }]) {
    const r = await api("POST", "/api/events", { body });
    assert.equal(r.status, 400, JSON.stringify(body).slice(0, 80));
    assert.equal(r.json.code, "invalid_request");
  }
  const big = await api("POST", "/api/events", { body: { events: [e], pad: "x".repeat(17 * 1024) } });
  assert.equal(big.status, 400, "16 KB at most");
  const form = await fetch(process.env.PB_URL + "/api/events", { method: "POST", headers: { "Content-Type": "text/plain" }, body: JSON.stringify({ events: [e] }) });
  assert.equal(form.status, 415, "JSON only (a page cannot send it cross-site without a preflight)");
});

test("the overview: bookings per day, free seats, no-show rate, address confirmed", async () => {
  const token = await superuser();
  const tomorrow = await makeSlot(office, { inHours: 26, seats: 10 });
  for (let i = 0; i < 2; i++) assert.equal((await book(tomorrow.id, newNik())).status, 201);
  const past = await makeSlot(office, { inHours: -48, seats: 10 });
  const statuses = ["no_show", "served", "served", "served"];
  for (const [i, status] of statuses.entries()) {
    const nik = newNik();
    const r = await api("POST", "/api/collections/bookings/records", {
      token, body: { slot: past.id, office: office.id, code: "ACDEFGH" + "JKMN"[i], queue_no: i + 1, name: "Warga Lalu", nik,
        phone: "+6281234567890", status, idempotency_key: "ov-" + nik },
    });
    assert.equal(r.status, 200, r.text);
  }
  const r = await api("GET", "/api/province/overview", { token: province.token });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.days.length, 7);
  assert.equal(r.json.days[0], wibDate(Date.now()));
  const real = r.json.offices.filter((o) => !o.code.startsWith("test-"));
  assert.equal(real.length, 56, "every help point");
  const o = r.json.offices.find((x) => x.id === office.id);
  const day = r.json.days.indexOf(wibDate(Date.parse(tomorrow.starts_at.replace(" ", "T"))));
  assert.equal(o.bookings_per_day[day], 2);
  assert.equal(o.bookings_per_day.reduce((a, b) => a + b, 0), 2);
  assert.equal(o.free_next_7_days, 8);
  assert.equal(o.no_show_rate_30_days, 0.25);
  assert.equal(o.finished_30_days, 4);
  assert.equal(o.address_confirmed, true);
  assert.ok(real.filter((x) => !x.address_confirmed).length > 0, "placeholders count as unconfirmed");
  assert.ok(!r.text.includes("Warga"), "no names in the overview");
  assert.equal((await api("GET", "/api/province/overview", { token: officer.token })).status, 403);
  assert.equal((await api("GET", "/api/province/overview")).status, 403);
});

test("notices: province staff edit them; the public sees only the active ones", async () => {
  const today = wibDate(Date.now());
  const yesterday = wibDate(Date.now() - 86400e3);
  const mk = (body, t = province.token) => api("POST", "/api/collections/notices/records", { token: t, body });
  const live = await mk({ text_id: "Gelombang uji dibuka sampai hari ini", text_en: "Test wave open until today", ends_on: today });
  assert.equal(live.status, 200, live.text);
  assert.equal(live.json.created_by, province.record.id, "who wrote it");
  const old = await mk({ text_id: "Pengumuman lama sekali", text_en: "A very old notice", ends_on: yesterday });
  assert.equal(old.status, 200);
  assert.notEqual((await mk({ text_id: "Dari petugas kantor", text_en: "From an officer", ends_on: today }, officer.token)).status, 200, "officers cannot");
  assert.notEqual((await mk({ text_id: "Dari tamu", text_en: "From a guest", ends_on: today }, "")).status, 200, "guests cannot");
  assert.equal((await mk({ text_id: "Tanggal salah", text_en: "Bad date", ends_on: "2026-02-30" })).status, 400);

  const pub = await api("GET", "/api/notices");
  assert.equal(pub.status, 200);
  assert.match(pub.headers.get("cache-control"), /public, max-age=60/);
  assert.ok(pub.json.notices.some((n) => n.id === "Gelombang uji dibuka sampai hari ini" && n.en === "Test wave open until today" && n.ends_on === today));
  assert.ok(!pub.text.includes("Pengumuman lama"), "an ended notice is not shown");
  assert.ok(!pub.text.includes(province.record.id), "nothing about who wrote it");

  const end = await api("PATCH", `/api/collections/notices/records/${live.json.id}`, { token: province.token, body: { ends_on: yesterday } });
  assert.equal(end.status, 200, end.text);
  assert.ok(!(await api("GET", "/api/notices")).text.includes("Gelombang uji"), "ended: gone at once");
  const guest = await api("GET", "/api/collections/notices/records");
  assert.ok(guest.status !== 200 || guest.json.items.length === 0, "guests read the public route only");
  const off = await api("GET", "/api/collections/notices/records", { token: officer.token });
  assert.ok(off.status !== 200 || off.json.items.length === 0, "officers too");
  assert.ok((await api("GET", "/api/collections/notices/records", { token: province.token })).json.items.length >= 2, "control: province lists them");
});

test("what fixed a case served at the desk is counted per channel, online bookings included", async () => {
  const P = "otp-not-received";
  const step = FLOWS[P].nodes.find((n) => n.kind === "step").id;
  const slot = await makeSlot(office, { inHours: 0.5 });
  const wrong = await book(slot.id, newNik(), { extra: { problem: "no-such-problem" } });
  assert.equal(wrong.status, 400, "an unknown problem id is refused");
  assert.equal(wrong.json.field, "problem");
  const before = await funnel();
  const online = await book(slot.id, newNik(), { extra: { problem: P } });
  assert.equal(online.status, 201, online.text);
  const token = await superuser();
  const id = (await api("GET", `/api/collections/bookings/records?filter=${encodeURIComponent(`code="${online.json.code}"`)}`, { token })).json.items[0].id;
  const served = await api("POST", "/api/staff/status", { token: officer.token, body: { id, status: "served", fixed_by: step } });
  assert.equal(served.status, 200, served.text);
  const after = await funnel();
  const at = (f) => problemOf(f, P).nodes.find((n) => n.node === step).fixed_at_desk;
  assert.equal((at(after).online || 0) - (at(before).online || 0), 1, "the online booking's fix is counted");
  assert.equal(at(after).desk || 0, at(before).desk || 0, "and not as a walk-in");
});
