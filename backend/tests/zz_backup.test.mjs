// Backup and restore (issue 18, item 5): scripts/backup.sh copies a running store while a booking burst
// goes on, scripts/restore.sh puts the copy into a fresh data folder, and a store started on it has every
// booking confirmed before the backup, the staff accounts, a help point's edit, a notice and the usage
// counts; a booking purged before the backup stays purged, down to the bytes of the backup file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile, spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { api, newNik, newPhone, setRateLimits, startPrivatePb, superuser, BACKEND_DIR } from "./helpers.mjs";

const run = promisify(execFile);
const ROOT = join(BACKEND_DIR, "..");
const FLOWS = JSON.parse(readFileSync(join(BACKEND_DIR, "data/flow_ids.json"), "utf8")).problems;
const WIB = 7 * 3600e3;
let live, restored, work, reader;

before(async () => {
  work = mkdtempSync(join(tmpdir(), "pb-backup-test-"));
  live = await startPrivatePb({ env: { SLOT_DAYS_AHEAD: "4" } });
  await setRateLimits(false, live.base, live.email, live.password);
});

after(async () => {
  if (reader && reader.exitCode === null) reader.kill();
  if (restored) await restored.stop();
  if (live) await live.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const at = (pb) => ({ base: pb.base });
async function login(pb, email, password) {
  const r = await api("POST", "/api/collections/staff/auth-with-password", { ...at(pb), body: { identity: email, password } });
  return r.status === 200 ? r.json.token : null;
}
async function staffAccount(pb, su, office, role) {
  const email = `backup-${role}-${Math.random().toString(36).slice(2, 8)}@example.test`, password = `Backup-Pass-${role}-1`;
  const r = await api("POST", "/api/collections/staff/records", {
    ...at(pb), token: su, body: { email, password, passwordConfirm: password, office: office ? office.id : "", role },
  });
  assert.equal(r.status, 200, r.text);
  return { email, password, token: await login(pb, email, password) };
}
function hourNow() { return new Date(Math.floor(Date.now() / 3600e3) * 3600e3).toISOString().slice(0, 13) + ":00:00Z"; }
// which of the named values are in the bytes (the names only, never a value: no personal data in the output)
function hits(buf, values) {
  return Object.entries(values).flatMap(([k, v]) => ["utf8", "utf16le"].filter((enc) => buf.includes(Buffer.from(v, enc))).map((enc) => `${k} (${enc})`));
}
function dbFiles(dir) {
  return ["data.db", "data.db-wal", "auxiliary.db", "auxiliary.db-wal"].map((f) => join(dir, f)).filter(existsSync);
}

test("a backup taken during a booking burst restores into a fresh folder with everything confirmed before it", async (t) => {
  const su = await superuser(live.base, live.email, live.password);
  const all = await api("GET", "/api/availability?days=4", at(live));
  const bookable = all.json.offices.filter((o) => o.bookable);

  // --- what the store holds besides bookings ---
  // a help point without a street address, which its officer makes bookable
  const unlisted = all.json.offices.find((o) => !o.bookable && !o.code.startsWith("test-"));
  assert.ok(unlisted, "offices.json has a help point without an address");
  const officer = await staffAccount(live, su, unlisted, "officer");
  const province = await staffAccount(live, su, null, "province");
  const edit = { address: "Jl. Cadangan No. 18, Kota Uji", landmark: "Depan pasar uji", seats: 6 };
  const p = await api("PATCH", "/api/staff/office", { ...at(live), token: officer.token, body: edit });
  assert.equal(p.status, 200, p.text);
  const today = new Date(Date.now() + WIB).toISOString().slice(0, 10);
  const notice = { text_id: `Pengumuman cadangan ${Math.random().toString(36).slice(2, 8)}`, text_en: "Backup notice", ends_on: today };
  assert.equal((await api("POST", "/api/collections/notices/records", { ...at(live), token: province.token, body: notice })).status, 200);
  const P = Object.keys(FLOWS)[0];
  const start = FLOWS[P].nodes.find((n) => n.id === FLOWS[P].start);
  const ev = { problem: P, node: start.id, answer: Object.keys(start.next)[0], v: "0.1.0", lang: "id", hour: hourNow() };
  const posted = await api("POST", "/api/events", { ...at(live), body: { events: [ev, ev, ev] } });
  assert.equal(posted.status, 202, posted.text);
  const funnel = async (pb, token) => {
    const r = await api("GET", "/api/province/funnel?days=7", { ...at(pb), token });
    assert.equal(r.status, 200, r.text);
    const q = r.json.problems.find((x) => x.problem === P);
    return { events: r.json.events, started: q.started };
  };
  const usage = await funnel(live, province.token);
  assert.ok(usage.events >= 3 && usage.started >= 3, "control: the events are counted");

  // a booking of a visit long past, whose personal data the retention purge erases
  const office = await api("POST", "/api/collections/offices/records", {
    ...at(live), token: su,
    body: { code: `test-backup-${Math.random().toString(36).slice(2, 8)}`, kind: "disnaker", name: "Kantor Uji Cadangan", region: "Kota Uji",
      region_code: "3599", address: "Jl. Uji No. 1", hours: {}, slot_minutes: 30, seats: 5, active: true, bookable: true },
  });
  assert.equal(office.status, 200, office.text);
  const past = Date.now() - 72 * 3600e3, pbDate = (ms) => new Date(ms).toISOString().replace("T", " ");
  const slot = await api("POST", "/api/collections/slots/records", {
    ...at(live), token: su, body: { office: office.json.id, starts_at: pbDate(past), ends_at: pbDate(past + 1800e3), seats: 5, priority_seats: 0 },
  });
  assert.equal(slot.status, 200, slot.text);
  const tag = Math.random().toString(36).slice(2, 10);
  const purged = { nik: newNik(), name: `Warga Terhapus ${tag}`, phone: `+62813${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`, summary: `ringkasan-terhapus-${tag}` };
  const code = "ACDE" + "FGHJKMNPQRTU".split("").sort(() => Math.random() - 0.5).slice(0, 4).join("");
  const old = await api("POST", "/api/collections/bookings/records", {
    ...at(live), token: su,
    body: { slot: slot.json.id, office: office.json.id, code, queue_no: 1, ...purged, region: "Kota Uji", status: "booked",
      idempotency_key: "backup-" + tag, channel: "online" },
  });
  assert.equal(old.status, 200, old.text);
  assert.equal((await api("POST", "/api/booking/lookup", { ...at(live), body: { code, nik: purged.nik } })).status, 200, "control: found before the purge");
  const purge = await api("POST", "/api/admin/booking-purge", { ...at(live), token: su, body: { days: 1 } });
  assert.equal(purge.status, 200, purge.text);
  assert.ok(purge.json.erased >= 1);

  // --- a booking burst, and the backup in the middle of it ---
  const slots = [];
  for (const o of bookable.slice(0, 6)) {
    const av = await api("GET", `/api/availability/${o.code}?days=4`, at(live));
    slots.push(...av.json.slots.filter((s) => s.remaining > 0 && !s.closed).map((s) => s.id));
  }
  assert.ok(slots.length > 20, `control: open slots (${slots.length})`);
  // A long read (a report, an export) holds an older snapshot, so the checkpoint cannot move the burst's
  // bookings into data.db: they are in the WAL only, and a copy of data.db alone would miss them.
  reader = spawn("python3", ["-c", "import sqlite3, sys, time\nc = sqlite3.connect(sys.argv[1], isolation_level=None)\n" +
    "c.execute('BEGIN')\nc.execute('SELECT count(*) FROM bookings').fetchone()\nprint('reading', flush=True)\ntime.sleep(300)",
  join(live.dir, "data.db")], { stdio: ["ignore", "pipe", "inherit"] });
  await once(reader.stdout, "data");
  const answers = [];
  let stop = false, n = 0;
  const worker = async () => {
    while (!stop) {
      const nik = newNik(), sent = Date.now();
      let r;
      try {
        r = await api("POST", "/api/booking", {
          ...at(live), body: { slot: slots[n++ % slots.length], name: "Warga Burst", nik, phone: newPhone(), region: "Kota Surabaya" },
        });
      } catch (err) { r = { status: "network error", json: null }; }
      answers.push({ sent, got: Date.now(), status: r.status, nik, code: r.json?.code, slot: r.json?.slot?.id, queue: r.json?.queue_number });
    }
  };
  const workers = Array.from({ length: 6 }, worker);
  const until = async (ok) => { for (let i = 0; i < 200 && !ok(); i++) await new Promise((r) => setTimeout(r, 50)); };
  await until(() => answers.filter((a) => a.status === 201).length >= 40);
  const backupDir = join(work, "backups");
  const t0 = Date.now();
  const out = await run("bash", [join(ROOT, "scripts/backup.sh")], { env: { ...process.env, DATA_DIR: live.dir, BACKUP_DIR: backupDir } });
  const t1 = Date.now();
  reader.kill();
  await until(() => answers.filter((a) => a.status === 201 && a.sent > t1).length >= 3);
  stop = true;
  await Promise.all(workers);

  const archive = out.stdout.trim();
  assert.ok(existsSync(archive), "the backup's path is printed: " + archive);
  assert.equal(statSync(archive).mode & 0o777, 0o600, "the backup is readable by its owner only");
  assert.equal(statSync(backupDir).mode & 0o777, 0o700);
  const odd = answers.filter((a) => a.status !== 201 && a.status !== 409);
  assert.deepEqual(odd.map((a) => a.status), [], "every booking during the backup got its usual answer");
  const confirmed = answers.filter((a) => a.status === 201);
  const beforeBackup = confirmed.filter((a) => a.got < t0);
  const during = confirmed.filter((a) => a.got >= t0 && a.sent <= t1);
  const afterBackup = confirmed.filter((a) => a.sent > t1);
  assert.ok(beforeBackup.length >= 10, `control: bookings confirmed before the backup (${beforeBackup.length})`);
  assert.ok(during.length >= 1, `bookings kept being confirmed while the backup ran (${t1 - t0} ms)`);
  assert.ok(afterBackup.length >= 1, "control: bookings after the backup");
  t.diagnostic(`backup took ${t1 - t0} ms; bookings confirmed before it ${beforeBackup.length}, while it ran ${during.length}, after it ${afterBackup.length}; refused as full ${answers.length - confirmed.length}`);

  // --- restore into a fresh folder and start a store on it ---
  const fresh = join(work, "restored");
  await run("bash", [join(ROOT, "scripts/restore.sh"), archive, fresh]);
  restored = await startPrivatePb({ dataDir: fresh });

  const lost = [];
  for (const c of beforeBackup) {
    const r = await api("POST", "/api/booking/lookup", { ...at(restored), body: { code: c.code, nik: c.nik } });
    if (r.status !== 200 || r.json.slot.id !== c.slot || r.json.queue_number !== c.queue || r.json.status !== "booked") lost.push(r.status);
  }
  assert.deepEqual(lost, [], `${lost.length} of ${beforeBackup.length} bookings confirmed before the backup are not in it`);
  const later = await api("POST", "/api/booking/lookup", { ...at(restored), body: { code: afterBackup[0].code, nik: afterBackup[0].nik } });
  assert.equal(later.status, 404, "a booking made after the backup is not in it (the store runs on the copy, not the live folder)");

  const officerToken = await login(restored, officer.email, officer.password);
  const provinceToken = await login(restored, province.email, province.password);
  assert.ok(officerToken && provinceToken, "staff accounts sign in with their passwords");
  const desk = await api("GET", "/api/staff/office", { ...at(restored), token: officerToken });
  assert.equal(desk.status, 200, desk.text);
  for (const k of Object.keys(edit)) assert.deepEqual(desk.json[k], edit[k], k);
  assert.equal(desk.json.bookable, true, "the edited help point is still bookable");
  const notices = await api("GET", "/api/notices", at(restored));
  assert.ok(notices.json.notices.some((x) => x.id === notice.text_id), "the notice is shown");
  assert.deepEqual(await funnel(restored, provinceToken), usage, "the usage counts are those at the backup");

  // the purged booking stays purged: no look-up, no bytes in the backup file or the restored store
  assert.equal((await api("POST", "/api/booking/lookup", { ...at(restored), body: { code, nik: purged.nik } })).status, 404);
  const row = await api("GET", `/api/collections/bookings/records/${old.json.id}`, { ...at(restored), token: await superuser(restored.base, restored.email, restored.password) });
  assert.equal(row.status, 200, "the purged booking's row stays, for the statistics");
  assert.equal(row.json.nik, "0000000000000000");
  const inArchive = spawnSync("tar", ["-xzOf", archive], { maxBuffer: 1 << 30 }).stdout;
  const inStore = Buffer.concat(dbFiles(fresh).map((f) => readFileSync(f)));
  assert.ok(hits(inArchive, { nik: beforeBackup[0].nik }).length > 0 && hits(inStore, { nik: beforeBackup[0].nik }).length > 0,
    "control: a kept booking's NIK is found in the backup and the restored files");
  assert.deepEqual(hits(inArchive, purged), [], "the backup file holds purged data");
  assert.deepEqual(hits(inStore, purged), [], "the restored store holds purged data");
});

test("KEEP leaves the newest backups only; a restore never overwrites a data folder that has a database", async () => {
  const dir = join(work, "rotation");
  const env = { ...process.env, DATA_DIR: live.dir, BACKUP_DIR: dir, KEEP: "2" };
  const made = [];
  for (let i = 0; i < 3; i++) made.push((await run("bash", [join(ROOT, "scripts/backup.sh")], { env })).stdout.trim());
  assert.equal(new Set(made).size, 3, "three backups, three names");
  assert.deepEqual(readdirSync(dir).sort(), made.slice(1).map((p) => basename(p)).sort(), "the oldest is gone, the newest two stay");

  const occupied = join(work, "occupied");
  mkdirSync(occupied);
  writeFileSync(join(occupied, "data.db"), "the store's current data");
  const r = spawnSync("bash", [join(ROOT, "scripts/restore.sh"), made[2], occupied], { encoding: "utf8" });
  assert.notEqual(r.status, 0, "refused");
  assert.match(r.stderr, /already holds a data\.db/);
  assert.equal(readFileSync(join(occupied, "data.db"), "utf8"), "the store's current data", "the data folder is untouched");
  assert.deepEqual(readdirSync(occupied), ["data.db"]);
});
