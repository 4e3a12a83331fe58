// The programme's state (issue 17): province staff record it at the desk, every change is kept
// with who and when, and the served settings.json carries the newest one with its line.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { api, makeOffice, makeStaff, setRateLimits } from "./helpers.mjs";

let province, officer;
const PATH = "/api/collections/programme_states/records";
const OPEN = {
  record: {
    state: "open", wave: 72, closes: "2027-01-20",
    source: { url: "https://www.prakerja.go.id/artikel/gelombang-72", publisher: "prakerja.go.id", published: "2027-01-06" },
    checked: "2027-01-07",
  },
  line_id: "Gelombang 72 dibuka sampai 20 Jan 2027 · dicek 7 Jan 2027",
  line_en: "Wave 72 is open until 20 Jan 2027 · checked 7 Jan 2027",
};

before(async () => {
  await setRateLimits(false);
  province = await makeStaff(null, { role: "province" });
  officer = await makeStaff(await makeOffice("prog"));
});

test("only province staff record the programme's state; every change is kept with who and when", async () => {
  assert.equal((await api("POST", PATH, { body: OPEN })).status, 400, "anonymous");
  assert.notEqual((await api("POST", PATH, { body: OPEN, token: officer.token })).status, 200, "an officer");
  const made = await api("POST", PATH, { body: OPEN, token: province.token });
  assert.equal(made.status, 200, made.text);
  assert.equal(made.json.created_by, province.record.id, "who recorded it");
  // back to closed: the newest wins, the earlier one stays in the log
  const closed = {
    record: { state: "closed", last_wave: 71, since: "2024-08", checked: "2027-02-01",
      source: { url: "https://jambi.tribunnews.com/news/1182305/x", publisher: "Tribun Jambi", published: "2025-11" } },
    line_id: "Pendaftaran belum dibuka lagi sejak gelombang 71, Agu 2024 · dicek 1 Feb 2027",
    line_en: "Registration has not reopened since wave 71, Aug 2024 · checked 1 Feb 2027",
  };
  assert.equal((await api("POST", PATH, { body: closed, token: province.token })).status, 200);
  const log = await api("GET", `${PATH}?sort=-created&expand=created_by`, { token: province.token });
  assert.ok(log.json.items.length >= 2);
  assert.equal(log.json.items[0].line_id, closed.line_id);
  assert.equal(log.json.items[0].expand.created_by.name, "Petugas Uji");
  assert.equal((await api("GET", PATH, { token: officer.token })).json.items.length, 0, "an officer lists nothing");
});

test("a change is never edited or deleted afterwards: the log stays whole", async () => {
  const made = await api("POST", PATH, { body: OPEN, token: province.token });
  assert.equal(made.status, 200);
  const id = made.json.id;
  assert.notEqual((await api("PATCH", `${PATH}/${id}`, { body: { line_id: "Diubah diam-diam" }, token: province.token })).status, 200);
  assert.notEqual((await api("DELETE", `${PATH}/${id}`, { token: province.token })).status, 204);
  assert.equal((await api("GET", `${PATH}/${id}`, { token: province.token })).json.line_id, OPEN.line_id);
});

test("a control character in the line is dropped, as in the notices", async () => {
  const r = await api("POST", PATH, { body: { ...OPEN, line_id: "Gelombang\u0007 72 dibuka" }, token: province.token });
  assert.equal(r.status, 200, r.text);
  assert.equal(r.json.line_id, "Gelombang 72 dibuka");
});

test("a record of another shape, an unknown state or hidden characters is refused with 400, never a 500", async () => {
  const bad = [
    { ...OPEN, record: "open" },
    { ...OPEN, record: [1, 2] },
    { ...OPEN, record: { state: "paused" } },
    { ...OPEN, record: { ...OPEN.record, note: "x" } },
    { ...OPEN, record: { ...OPEN.record, source: { ...OPEN.record.source, publisher: "prakerja\u202e.go.id" } } },
    { ...OPEN, record: { ...OPEN.record, checked: "2027-01-07\u0000" } },
    { ...OPEN, line_id: "Gelombang\u202e 72" },
    { ...OPEN, line_en: "x".repeat(201) },
    { ...OPEN, record: { state: "open", wave: 72, known: { id: "y".repeat(5000), en: "z" } } },
  ];
  for (const body of bad) {
    const r = await api("POST", PATH, { body, token: province.token });
    assert.equal(r.status, 400, `${JSON.stringify(body).slice(0, 120)} -> ${r.status} ${r.text}`);
  }
});
