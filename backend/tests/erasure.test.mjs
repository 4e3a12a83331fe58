// Hole 4 (docs/threat-model.md, T6): what the 90-day purge erases is gone from the database file, its WAL and every
// backup made afterwards (not only from the rows): no NIK, name, phone or summary bytes in free pages.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync, readdirSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { api, makeOffice, makeSlot, newNik, setRateLimits, superuser, DATA_DIR } from "./helpers.mjs";

let office;
before(async () => {
  await setRateLimits(false);
  office = await makeOffice("erase");
});

function filesOf(dir) {
  return ["data.db", "data.db-wal", "data.db-shm"].map((f) => join(dir, f)).filter((p) => existsSync(p));
}

function hits(buf, markers) {
  const found = [];
  for (const m of markers) {
    for (const enc of ["utf8", "utf16le"]) if (buf.includes(Buffer.from(m, enc))) found.push(`${m} (${enc})`);
  }
  return found;
}

test("hole 4: after the purge, data.db, its WAL and a backup made afterwards hold no purged bytes", async () => {
  assert.ok(DATA_DIR, "needs the data folder of the store under test (scripts/test-backend.sh)");
  const token = await superuser();
  const past = await makeSlot(office, { inHours: -72, seats: 5 });
  const tag = Math.random().toString(36).slice(2, 10);
  const marker = {
    nik: newNik(), name: `Hapusan Warga ${tag}`, phone: `+62812${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`,
    summary: `ringkasan-rahasia-${tag}`,
  };
  const created = await api("POST", "/api/collections/bookings/records", {
    token,
    body: {
      slot: past.id, office: office.id, code: "ACDE" + "FGHJKMNPQRTU".split("").sort(() => Math.random() - 0.5).slice(0, 4).join(""),
      queue_no: 1, name: marker.name, nik: marker.nik, phone: marker.phone, region: "Kota Uji", summary: marker.summary,
      status: "booked", idempotency_key: "erase-" + tag, channel: "online",
    },
  });
  assert.equal(created.status, 200, created.text);
  // the row is really in the file first (control)
  const cp = await api("POST", "/api/admin/booking-purge", { token, body: { days: 365 } }); // erases nothing of ours
  assert.equal(cp.status, 200);
  const before = Buffer.concat(filesOf(DATA_DIR).map((p) => readFileSync(p)));
  assert.ok(hits(before, [marker.nik]).length > 0, "control: the NIK is in the database files before the purge");

  const r = await api("POST", "/api/admin/booking-purge", { token, body: { days: 1 } });
  assert.equal(r.status, 200, r.text);
  assert.ok(r.json.erased >= 1);
  const row = await api("GET", `/api/collections/bookings/records/${created.json.id}`, { token });
  assert.equal(row.json.nik, "0000000000000000");
  assert.equal(row.json.status, "no_show");

  const values = Object.values(marker);
  for (const p of filesOf(DATA_DIR)) {
    const found = hits(readFileSync(p), values);
    assert.deepEqual(found, [], `${p} still holds erased data`);
  }
  // a backup made afterwards
  const name = `after-purge-${tag}.zip`;
  const b = await api("POST", "/api/backups", { token, body: { name } });
  assert.equal(b.status, 204, b.text);
  const zip = join(DATA_DIR, "backups", name);
  for (let i = 0; i < 50 && !existsSync(zip); i++) await new Promise((res) => setTimeout(res, 100));
  assert.ok(existsSync(zip), "backup written: " + readdirSync(join(DATA_DIR, "backups")).join(","));
  const py = spawnSync("python3", ["-c", `
import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
marks = sys.argv[2:]
bad = []
for info in z.infolist():
    data = z.read(info)
    for m in marks:
        for enc in ("utf-8", "utf-16-le"):
            if m.encode(enc) in data:
                bad.append(info.filename + ": " + m)
print(len(z.infolist()))
print("\\n".join(bad))
sys.exit(1 if bad else 0)
`, zip, ...values], { encoding: "utf8" });
  assert.equal(py.status, 0, "the backup holds erased data: " + py.stdout + py.stderr);
  assert.ok(parseInt(py.stdout, 10) >= 2, "control: the backup has files");
  await api("DELETE", `/api/backups/${name}`, { token });
});
