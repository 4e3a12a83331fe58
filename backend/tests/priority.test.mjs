// Priority lane: a share of each slot is held for NIKs in the priority registry until 24 h before the start.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api, book, countBy, makeOffice, makeSlot, newNik, setRateLimits, superuser, BACKEND_DIR, DATA_DIR } from "./helpers.mjs";

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

test("3 of 10 seats are held for priority NIKs more than 24 h ahead", async () => {
  const slot = await makeSlot(office, { inHours: 72, seats: 10, prioritySeats: 3 });
  const general = await Promise.all(Array.from({ length: 12 }, () => book(slot.id, newNik())));
  const s = countBy(general, (r) => r.status);
  assert.equal(s[201], 7, JSON.stringify(s));
  assert.ok(general.filter((r) => r.status === 409).every((r) => r.json.code === "slot_full"));
  assert.ok(general.filter((r) => r.status === 201).every((r) => r.json.priority === false));

  let av = (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots.find((x) => x.id === slot.id);
  assert.equal(av.remaining, 0, "nothing left for the general public");
  assert.equal(av.remaining_priority, 3, "three left for the priority lane");

  const prio = await Promise.all(priorityNiks.slice(0, 4).map((n) => book(slot.id, n)));
  const p = countBy(prio, (r) => r.status);
  assert.equal(p[201], 3, JSON.stringify(p));
  assert.equal(p[409], 1);
  assert.ok(prio.filter((r) => r.status === 201).every((r) => r.json.priority === true));
  av = (await api("GET", `/api/availability/${office.id}?days=30`)).json.slots.find((x) => x.id === slot.id);
  assert.equal(av.remaining_priority, 0);
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

test("once the priority share is taken, the other seats stay open to everyone", async () => {
  const slot = await makeSlot(office, { inHours: 72, seats: 4, prioritySeats: 1 });
  assert.equal((await book(slot.id, priorityNiks[4])).json.priority, true);
  // the priority share is used up, so all 3 remaining seats are open to everyone
  const general = await Promise.all(Array.from({ length: 5 }, () => book(slot.id, newNik())));
  assert.equal(countBy(general, (r) => r.status)[201], 3);
});
