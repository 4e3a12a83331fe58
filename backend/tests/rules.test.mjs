// The rules the store and the app both check, decided once (backend/data/rules/): every case file goes
// through the store's functions (pb_hooks/shared_rules.js, loaded here in node), and through the running
// store's routes (its own JavaScript runtime); tests/shared_rules.rs runs the same cases through the app.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { api, makeOffice, makeSlot, makeStaff, newNik, newPhone, setRateLimits, BACKEND_DIR } from "./helpers.mjs";

const RULES = join(BACKEND_DIR, "data/rules");
const cases = (rule) => JSON.parse(readFileSync(join(RULES, "cases", rule + ".json"), "utf8"));
const want = (c) => (c.reason === undefined ? { value: c.value } : c.detail === undefined ? { reason: c.reason } : { reason: c.reason, detail: c.detail });
const show = (v) => JSON.stringify(v);

// the hook module in node: the few PocketBase globals it uses
globalThis.__hooks = join(BACKEND_DIR, "pb_hooks");
globalThis.$os = { readFile: (p) => readFileSync(p) };
globalThis.toString = (b) => b.toString("utf8");
const rules = createRequire(import.meta.url)(join(BACKEND_DIR, "pb_hooks/shared_rules.js"));

const decide = {
  phone: (i) => rules.checkPhone(i),
  nik: (i) => rules.checkNik(i),
  name: (i) => rules.checkName(i),
  address: (i) => rules.checkAddress(i),
  hours: (i) => rules.checkHours(i),
  code: (i) => rules.checkCode(i),
  east_java: (i) => (rules.inEastJava(i[0], i[1]) ? { value: i } : { reason: "outside" }),
  idempotency_key: (i) => (rules.isIdempotencyKey(i) ? { value: i } : { reason: "invalid" }),
  date: (i) => (rules.isDate(i) ? { value: i } : { reason: "invalid" }),
};

test("every shared case file has a rule here and every case comes out as the file says", () => {
  const files = readdirSync(join(RULES, "cases")).map((f) => f.replace(/\.json$/, "")).sort();
  assert.deepEqual(files, Object.keys(decide).sort());
  let n = 0;
  for (const rule of files) {
    const wrong = [];
    for (const c of cases(rule)) {
      const got = decide[rule](c.input);
      if (show(got) !== show(want(c))) wrong.push(`${show(c.input)}: want ${show(want(c))}, got ${show(got)}`);
      n++;
    }
    assert.deepEqual(wrong, [], rule);
  }
  assert.ok(n > 150, String(n));
});

// ---------------------------------------------------------------- the same cases through the routes

let office, slot, staff;
before(async () => {
  await setRateLimits(false);
  office = await makeOffice("rules");
  slot = await makeSlot(office, { inHours: 30, seats: 80 });
  staff = await makeStaff(office);
});

const bookWith = (fields, headers = {}) =>
  api("POST", "/api/booking", { body: { slot: slot.id, name: "Warga Uji", nik: newNik(), phone: newPhone(), summary: "uji", ...fields }, headers });

// a refused field: 400 with the field's code, the reason and detail of the case, and the detail in the message
function assertRefused(r, c, code, field) {
  assert.equal(r.status, 400, `${show(c.input)}: ${r.text}`);
  assert.equal(r.json.code, code, r.text);
  assert.equal(r.json.field, field, r.text);
  assert.equal(r.json.reason, c.reason, `${show(c.input)}: ${r.text}`);
  assert.equal(r.json.detail, c.detail, `${show(c.input)}: ${r.text}`);
  if (c.detail !== undefined) assert.ok(r.json.message.includes(String(c.detail)) && r.json.message_en.includes(String(c.detail)), r.text);
}

test("the store decides each phone, NIK and name case as the file says (POST /api/booking)", async () => {
  for (const c of cases("phone")) {
    const r = await bookWith({ phone: c.input });
    if (c.reason) assertRefused(r, c, "invalid_phone", "phone");
    else assert.equal(r.status, 201, `${show(c.input)}: ${r.text}`);
  }
  for (const c of cases("nik")) {
    const r = await bookWith({ nik: c.input });
    if (c.reason) assertRefused(r, c, "invalid_nik", "nik");
    // two spellings of one NIK: the second finds the first booking
    else assert.ok(r.status === 201 || r.json.code === "already_booked", `${show(c.input)}: ${r.text}`);
  }
  for (const c of cases("name")) {
    const r = await bookWith({ name: c.input });
    if (c.reason) assertRefused(r, c, "invalid_request", "name");
    else assert.equal(r.status === 201 && r.json.name, c.value, `${show(c.input)}: ${r.text}`);
  }
});

test("0812345678 books; 08123456789012 is refused with a message that says it has 14 digits", async () => {
  const ok = await bookWith({ phone: "0812345678" });
  assert.equal(ok.status, 201, ok.text);
  const no = await bookWith({ phone: "08123456789012" });
  assert.equal(no.status, 400, no.text);
  assert.equal(no.json.reason, "too_long");
  assert.equal(no.json.message, "Nomor HP terlalu panjang: 14 angka. Nomor HP punya 10–13 angka, diawali 08.");
  assert.match(no.json.message_en, /14 digits/);
});

test("the store decides each Idempotency-Key case as the file says", async () => {
  for (const c of cases("idempotency_key")) {
    if (c.input === "") continue // no key at all: the store makes one of its own
    const r = await bookWith({}, { "Idempotency-Key": c.input });
    if (c.reason) {
      assert.equal(r.status, 400, `${show(c.input)}: ${r.text}`);
      assert.equal(r.json.field, "idempotency_key", r.text);
    } else assert.equal(r.status, 201, `${show(c.input)}: ${r.text}`);
  }
});

test("the desk's help point details: each address, hours and position case as the file says (PATCH /api/staff/office)", async () => {
  const patch = (body) => api("PATCH", "/api/staff/office", { token: staff.token, body });
  for (const c of cases("address")) {
    const r = await patch({ address: c.input });
    if (c.reason) assert.equal(r.status === 400 && r.json.field, "address", `${show(c.input)}: ${r.text}`);
    else assert.equal(r.status === 200 && r.json.address, c.value, `${show(c.input)}: ${r.text}`);
  }
  for (const c of cases("hours")) {
    const r = await patch({ hours: { sun: c.input } });
    if (c.reason) assert.equal(r.status === 400 && r.json.field, "hours", `${show(c.input)}: ${r.text}`);
    else assert.deepEqual(r.status === 200 && r.json.hours.sun, c.value, `${show(c.input)}: ${r.text}`);
  }
  for (const c of cases("east_java")) {
    const r = await patch({ lat: c.input[0], lng: c.input[1] });
    if (c.reason) assert.equal(r.status, 400, `${show(c.input)}: ${r.text}`);
    else assert.deepEqual(r.status === 200 && [r.json.lat, r.json.lng], c.value, `${show(c.input)}: ${r.text}`);
  }
});

test("each date case as the file says (DELETE /api/staff/office/closed-days/{date}: a real day is looked up)", async () => {
  for (const c of cases("date")) {
    if (c.input === "") continue // no day at all is another address
    const r = await api("DELETE", "/api/staff/office/closed-days/" + encodeURIComponent(c.input), { token: staff.token });
    if (c.reason) assert.equal(r.status === 400 && r.json.field, "date", `${show(c.input)}: ${r.text}`);
    else assert.equal(r.json && r.json.code, "not_found", `${show(c.input)}: ${r.text}`);
  }
});
