// Durability and slot generation on a private PocketBase: kill -9 mid-load, restart, nothing confirmed is lost.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api, newNik, newPhone, setRateLimits, startPrivatePb, BACKEND_DIR } from "./helpers.mjs";

const WIB = 7 * 3600e3, DAY = 24 * 3600e3;
let pb, dataFiles, holiday;

before(async () => {
  // our own data folder: the real help points, plus a holiday on the next weekday at least 2 days ahead
  dataFiles = mkdtempSync(join(tmpdir(), "pb-datafiles-"));
  cpSync(join(BACKEND_DIR, "data/offices.json"), join(dataFiles, "offices.json"));
  let d = Math.floor((Date.now() + WIB) / DAY) * DAY + 2 * DAY;
  while ([0, 6].includes(new Date(d).getUTCDay())) d += DAY;
  holiday = new Date(d).toISOString().slice(0, 10);
  writeFileSync(join(dataFiles, "holidays.json"), JSON.stringify({ dates: [{ date: holiday, name: "Libur uji" }] }));
  pb = await startPrivatePb({ env: { BOOKING_DATA_DIR: dataFiles, SLOT_DAYS_AHEAD: "10" } });
  await setRateLimits(false, pb.base, pb.email, pb.password);
});

after(async () => {
  if (pb) await pb.stop();
  rmSync(dataFiles, { recursive: true, force: true });
});

test("no slots are generated on a public holiday from the data file", async () => {
  const r = await api("GET", "/api/availability/disnaker-3507?days=10", { base: pb.base });
  assert.equal(r.status, 200);
  const dates = new Set(r.json.slots.map((s) => new Date(Date.parse(s.start) + WIB).toISOString().slice(0, 10)));
  assert.ok(dates.size >= 3, "control: other weekdays have slots");
  assert.ok(!dates.has(holiday), `slots exist on the holiday ${holiday}`);
});

test("kill -9 in the middle of a booking load loses no confirmed booking", async () => {
  const av = await api("GET", "/api/availability/disnaker-3578?days=10", { base: pb.base });
  const slots = av.json.slots.filter((s) => s.remaining > 0).map((s) => s.id);
  assert.ok(slots.length > 10);
  const confirmed = [];
  let stop = false, n = 0;
  const worker = async () => {
    while (!stop) {
      const nik = newNik();
      try {
        const r = await api("POST", "/api/booking", {
          base: pb.base,
          body: { slot: slots[n++ % slots.length], name: "Uji Crash", nik, phone: newPhone(), region: "Kota Surabaya" },
        });
        if (r.status === 201) confirmed.push({ code: r.json.code, nik, slot: r.json.slot.id, queue: r.json.queue_number });
      } catch { /* connection refused after the kill */ }
    }
  };
  const workers = Array.from({ length: 6 }, worker);
  // Kill once the load has confirmed enough bookings (not after a fixed time: on a busy machine
  // 1.5 s may confirm only a few), at most 20 s in.
  for (const t0 = Date.now(); confirmed.length <= 60 && Date.now() - t0 < 20000;) {
    await new Promise((r) => setTimeout(r, 50));
  }
  const exited = new Promise((r) => pb.proc.once("exit", r));
  pb.proc.kill("SIGKILL");
  await exited;
  stop = true;
  await Promise.all(workers);
  assert.ok(confirmed.length > 50, `control: the load confirmed bookings (${confirmed.length})`);

  await pb.restart();
  const missing = [];
  for (const c of confirmed) {
    const r = await api("POST", "/api/booking/lookup", { base: pb.base, body: { code: c.code, nik: c.nik } });
    if (r.status !== 200 || r.json.slot.id !== c.slot || r.json.queue_number !== c.queue || r.json.status !== "booked") missing.push(c.code);
  }
  assert.deepEqual(missing, [], `${missing.length} of ${confirmed.length} confirmed bookings lost`);
  // and the store still works after the crash
  const after = await api("POST", "/api/booking", {
    base: pb.base, body: { slot: slots[0], name: "Setelah Crash", nik: newNik(), phone: newPhone() },
  });
  assert.ok([201, 409].includes(after.status), after.text);
});
