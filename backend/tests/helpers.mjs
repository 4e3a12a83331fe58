// Shared helpers for the booking-store integration tests (node --test, no dependencies).
// The store under test is a real PocketBase started by scripts/test-backend.sh:
//   PB_URL, PB_SUPERUSER_EMAIL, PB_SUPERUSER_PASSWORD, PB_DATA_DIR, PB_BIN, BACKEND_DIR
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const BASE = process.env.PB_URL || "http://127.0.0.1:8090";
export const SU_EMAIL = process.env.PB_SUPERUSER_EMAIL || "admin@localhost.test";
export const SU_PASSWORD = process.env.PB_SUPERUSER_PASSWORD || "";
export const DATA_DIR = process.env.PB_DATA_DIR || "";
export const BACKEND_DIR = process.env.BACKEND_DIR || new URL("..", import.meta.url).pathname;
export const PB_BIN = process.env.PB_BIN || join(BACKEND_DIR, ".venv/bin/pocketbase");

export async function api(method, path, { body, headers = {}, token, base = BASE } = {}) {
  const h = { ...headers };
  if (body !== undefined) h["Content-Type"] = "application/json";
  if (token) h["Authorization"] = token;
  const res = await fetch(base + path, {
    method,
    headers: h,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, headers: res.headers, json, text };
}

let suToken = null;
export async function superuser(base = BASE, email = SU_EMAIL, password = SU_PASSWORD) {
  if (base === BASE && suToken) return suToken;
  const r = await api("POST", "/api/collections/_superusers/auth-with-password", {
    body: { identity: email, password }, base,
  });
  if (r.status !== 200) throw new Error(`superuser login failed: ${r.status} ${r.text}`);
  if (base === BASE) suToken = r.json.token;
  return r.json.token;
}

export async function setRateLimits(enabled, base = BASE, email, password) {
  const token = await superuser(base, email, password);
  const r = await api("PATCH", "/api/settings", { body: { rateLimits: { enabled } }, token, base });
  if (r.status !== 200) throw new Error(`settings update failed: ${r.status} ${r.text}`);
}

const usedNiks = new Set();
function pad(n, w) { return String(n).padStart(w, "0"); }
function rnd(a, b) { return a + Math.floor(Math.random() * (b - a + 1)); }
// a valid, random, never-repeated (per process) NIK from East Java
export function newNik() {
  for (;;) {
    const kab = rnd(1, 29);
    const day = rnd(1, 28) + (Math.random() < 0.5 ? 40 : 0);
    const nik = `35${pad(kab, 2)}${pad(rnd(1, 30), 2)}${pad(day, 2)}${pad(rnd(1, 12), 2)}${pad(rnd(0, 99), 2)}${pad(rnd(1, 9999), 4)}`;
    if (!usedNiks.has(nik)) { usedNiks.add(nik); return nik; }
  }
}
export function newPhone() { return `08${rnd(11, 99)}${pad(rnd(0, 99999999), 8)}`; }
export function newKey() { return `t-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`; }

export function bookingBody(slot, nik = newNik(), extra = {}) {
  return { slot, name: "Warga Uji", nik, phone: newPhone(), region: "Kota Surabaya", summary: "uji otomatis", ...extra };
}

export async function book(slot, nik, { key, extra } = {}) {
  const headers = key ? { "Idempotency-Key": key } : {};
  return api("POST", "/api/booking", { body: bookingBody(slot, nik, extra), headers });
}

function pbDate(ms) { return new Date(ms).toISOString().replace("T", " "); }

// A help point of our own (not in offices.json) so tests never disturb each other.
export async function makeOffice(label = "t") {
  const token = await superuser();
  const code = `test-${label}-${Math.random().toString(36).slice(2, 8)}`;
  const r = await api("POST", "/api/collections/offices/records", {
    token,
    body: {
      code, kind: "disnaker", name: `Kantor Uji ${code}`, region: "Kota Uji", region_code: "3599",
      address: `Jl. Uji Coba No. 1 (${code})`, hours: {}, slot_minutes: 30, seats: 10, active: true,
    },
  });
  if (r.status !== 200) throw new Error(`office create failed: ${r.text}`);
  return r.json;
}

let slotOffset = 0;
export async function makeSlot(office, { inHours = 72, seats = 10, prioritySeats = 0, closed = false } = {}) {
  const token = await superuser();
  // distinct start times: unique (office, starts_at)
  const start = Date.now() + inHours * 3600e3 + (slotOffset++) * 60e3;
  const r = await api("POST", "/api/collections/slots/records", {
    token,
    body: {
      office: office.id, starts_at: pbDate(start), ends_at: pbDate(start + 30 * 60e3),
      seats, priority_seats: prioritySeats, closed,
    },
  });
  if (r.status !== 200) throw new Error(`slot create failed: ${r.text}`);
  return r.json;
}

// an officer of `office`, or (office null, role "province") a province account
export async function makeStaff(office, { role = "officer" } = {}) {
  const token = await superuser();
  const email = `staff-${Math.random().toString(36).slice(2, 10)}@example.test`;
  const password = "Staff-Pass-" + Math.random().toString(36).slice(2, 10);
  const r = await api("POST", "/api/collections/staff/records", {
    token, body: { email, password, passwordConfirm: password, name: "Petugas Uji", office: office ? office.id : "", role },
  });
  if (r.status !== 200) throw new Error(`staff create failed: ${r.text}`);
  const a = await api("POST", "/api/collections/staff/auth-with-password", { body: { identity: email, password } });
  if (a.status !== 200) throw new Error(`staff login failed: ${a.text}`);
  return { record: r.json, token: a.json.token, email, password };
}

// bookings of one slot, read as superuser (the ground truth in the database)
export async function slotBookings(slotId) {
  const token = await superuser();
  const r = await api("GET", `/api/collections/bookings/records?perPage=500&filter=${encodeURIComponent(`slot="${slotId}"`)}`, { token });
  return r.json.items;
}

export function countBy(list, fn) {
  const out = {};
  for (const x of list) { const k = fn(x); out[k] = (out[k] || 0) + 1; }
  return out;
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => resolve(port)); });
    s.on("error", reject);
  });
}

export async function waitHealthy(base, ms = 20000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { const r = await fetch(base + "/api/health"); if (r.ok) return; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("PocketBase did not become healthy at " + base);
}

// A second, private PocketBase for tests that must kill the process (crash) or need special data files.
export async function startPrivatePb({ dataDir, env = {} } = {}) {
  const dir = dataDir || mkdtempSync(join(tmpdir(), "pb-test-"));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const common = ["--dir", dir, "--migrationsDir", join(BACKEND_DIR, "pb_migrations"), "--hooksDir", join(BACKEND_DIR, "pb_hooks")];
  const fullEnv = { ...process.env, PRIORITY_HASH_KEY: "test-key", ...env };
  const email = "crash@localhost.test", password = "Crash-Test-Pass-1";
  for (const args of [["migrate", "up", ...common], ["superuser", "upsert", email, password, ...common]]) {
    const r = spawnSync(PB_BIN, args, { env: fullEnv, encoding: "utf8" });
    if (r.status !== 0) throw new Error(`pocketbase ${args[0]} failed: ${r.stderr}`);
  }
  const start = async () => {
    const proc = spawn(PB_BIN, ["serve", "--http", `127.0.0.1:${port}`, ...common, "--automigrate=false", "--hooksWatch=false"],
      { env: fullEnv, stdio: ["ignore", "ignore", "pipe"] });
    proc.stderr.on("data", () => {});
    await waitHealthy(base);
    return proc;
  };
  const pb = { dir, port, base, email, password, proc: await start() };
  pb.restart = async () => { pb.proc = await start(); };
  pb.stop = async () => {
    if (pb.proc && pb.proc.exitCode === null) {
      const done = new Promise((r) => pb.proc.once("exit", r));
      pb.proc.kill("SIGTERM");
      await done;
    }
    if (!dataDir) rmSync(dir, { recursive: true, force: true });
  };
  return pb;
}
