// Staff accounts: the seed file, scripts/staff.sh seed|create|disable|list; passwords only in
// a file readable by its owner, never printed.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api, makeOffice, setRateLimits, BACKEND_DIR, DATA_DIR } from "./helpers.mjs";

const SCRIPT = join(BACKEND_DIR, "../scripts/staff.sh");
let dir, office;

before(async () => {
  await setRateLimits(false);
  office = await makeOffice("seed");
  dir = mkdtempSync(join(tmpdir(), "staff-"));
});

function staffSh(args, env = {}) {
  const r = spawnSync("bash", [SCRIPT, ...args], {
    env: { ...process.env, DATA_DIR, STAFF_PASSWORDS_FILE: join(dir, "secret/pw.txt"), ...env }, encoding: "utf8",
  });
  return { ...r, out: r.stdout + r.stderr };
}

function passwords() {
  return readFileSync(join(dir, "secret/pw.txt"), "utf8").trim().split("\n").map((l) => l.split("\t"));
}

test("the seed file: one officer per help point of offices.json, one province account, e-mails only", () => {
  const seed = JSON.parse(readFileSync(join(BACKEND_DIR, "data/staff-seed.json"), "utf8"));
  const offices = JSON.parse(readFileSync(join(BACKEND_DIR, "data/offices.json"), "utf8")).offices;
  const officers = seed.staff.filter((s) => s.role === "officer");
  assert.deepEqual(officers.map((s) => s.office).sort(), offices.map((o) => o.code).sort(),
    "a help point without an officer, or an officer of an unknown help point: run `scripts/staff.sh seed-file`");
  assert.equal(seed.staff.filter((s) => s.role === "province").length, 1);
  assert.equal(new Set(seed.staff.map((s) => s.email)).size, seed.staff.length, "e-mails are unique");
  for (const s of seed.staff) {
    assert.deepEqual(Object.keys(s).filter((k) => !["email", "role", "office", "name"].includes(k)), [], "no passwords in the seed");
  }
});

test("seed: random passwords written once to an owner-only file, never printed; sign-in works", async () => {
  const seedFile = join(dir, "seed.json");
  const tag = Math.random().toString(36).slice(2, 8);
  writeFileSync(seedFile, JSON.stringify({ staff: [
    { email: `prov-${tag}@example.test`, role: "province" },
    { email: `off-${tag}@example.test`, role: "officer", office: office.code },
    { email: `ghost-${tag}@example.test`, role: "officer", office: "no-such-help-point" },
  ] }));
  const r = staffSh(["seed"], { STAFF_SEED_FILE: seedFile });
  assert.equal(r.status, 0, r.out);
  assert.match(r.out, /created=2 .*unknown_help_point=1/);
  const st = statSync(join(dir, "secret/pw.txt"));
  assert.equal(st.mode & 0o777, 0o600, "readable only by the owner");
  const rows = passwords();
  assert.equal(rows.length, 2);
  for (const [email, password, role] of rows) {
    assert.ok(password.length >= 16);
    assert.ok(!r.out.includes(password), "no password on the terminal");
    const login = await api("POST", "/api/collections/staff/auth-with-password", { body: { identity: email, password } });
    assert.equal(login.status, 200, login.text);
    assert.equal(login.json.record.role, role);
    if (role === "officer") assert.equal(login.json.record.office, office.id);
  }
  const before = readFileSync(join(dir, "secret/pw.txt"), "utf8");
  const again = staffSh(["seed"], { STAFF_SEED_FILE: seedFile });
  assert.equal(again.status, 0, again.out);
  assert.match(again.out, /created=0 already_there=2/);
  assert.equal(readFileSync(join(dir, "secret/pw.txt"), "utf8"), before, "existing passwords are never rewritten");

  const list = staffSh(["list"]);
  assert.equal(list.status, 0, list.out);
  assert.match(list.out, new RegExp(`off-${tag}@example.test\\tofficer\\t${office.code}\\tactive`));
  for (const [, password] of rows) assert.ok(!list.out.includes(password));
});

test("create and disable: a disabled account cannot sign in, its token stops working", async () => {
  const tag = Math.random().toString(36).slice(2, 8);
  const email = `new-${tag}@example.test`;
  const c = staffSh(["create", email, "officer", office.code, "Petugas Baru"]);
  assert.equal(c.status, 0, c.out);
  const row = passwords().find((x) => x[0] === email);
  assert.ok(row);
  assert.ok(!c.out.includes(row[1]));
  const login = await api("POST", "/api/collections/staff/auth-with-password", { body: { identity: email, password: row[1] } });
  assert.equal(login.status, 200);
  assert.equal((await api("GET", "/api/staff/me", { token: login.json.token })).json.office.id, office.id);
  assert.notEqual(staffSh(["create", email, "officer", "no-such-help-point"]).status, 0);
  const d = staffSh(["disable", email]);
  assert.equal(d.status, 0, d.out);
  assert.equal((await api("GET", "/api/staff/me", { token: login.json.token })).status, 403, "the old token is void");
  const again = await api("POST", "/api/collections/staff/auth-with-password", { body: { identity: email, password: row[1] } });
  assert.notEqual(again.status, 200);
  assert.notEqual(staffSh(["disable", "nobody@example.test"]).status, 0);
  rmSync(dir, { recursive: true, force: true });
});
