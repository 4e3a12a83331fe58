// The data folder on a full disk, and on a file system that comes back read-only: a booking gets a
// clear `503 unavailable` in the documented error shape (never a 500, never a half-written booking),
// look-ups keep working, and every booking that was confirmed (201) is still there afterwards, also
// after a restart.
//
// The full disk is a real one: a size-limited tmpfs mounted on the data folder and filled up (ENOSPC
// from the kernel, not a simulation). That needs the right to mount (root, as in CI here); without
// it the test is skipped and says so. A read-only remount is refused by the kernel while PocketBase
// holds its files open for writing (EBUSY), so the read-only case is the one that does happen: the
// server is started again on a folder that is now read-only (after a disk error, fsck or a
// mistaken mount).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, rmdirSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { api, newNik, newPhone, setRateLimits, startPrivatePb } from "./helpers.mjs";

let mnt = "", pb = null, mountError = "";

function sh(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return { ok: r.status === 0, out: (r.stdout || "") + (r.stderr || "") };
}

before(async () => {
  mnt = mkdtempSync(join(tmpdir(), "pb-smalldisk-"));
  const m = sh("mount", ["-t", "tmpfs", "-o", "size=48m,mode=700", "tmpfs", mnt]);
  if (!m.ok) { mountError = m.out.trim(); return; }
  pb = await startPrivatePb({ dataDir: mnt, env: { SLOT_DAYS_AHEAD: "4" } });
  await setRateLimits(false, pb.base, pb.email, pb.password);
});

after(async () => {
  if (pb) await pb.stop();
  if (mnt && !mountError) sh("umount", [mnt]);
  try { rmdirSync(mnt); } catch { /* not empty: the mount is still there, leave it */ }
});

/** Fill the folder's file system to the last byte; returns the filler's path. */
function fill(dir) {
  const path = join(dir, "filler.bin");
  const fd = openSync(path, "w");
  try {
    for (const size of [1 << 20, 1 << 16, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 0x5a);
      for (;;) {
        try { writeSync(fd, chunk); } catch (e) { if (e.code === "ENOSPC") break; throw e; }
      }
    }
  } finally {
    closeSync(fd);
  }
  return path;
}

function assertUnavailable(r, what) {
  assert.equal(r.status, 503, `${what}: ${r.text}`);
  assert.equal(r.json.code, "unavailable", what);
  assert.equal(r.json.status, 503, what);
  assert.match(r.json.message, /belum terpesan/, what);
  assert.match(r.json.message_en, /not booked yet/, what);
  assert.equal(r.headers.get("retry-after"), "60", what);
}

async function openSlots() {
  const av = await api("GET", "/api/availability/disnaker-3578?days=4", { base: pb.base });
  assert.equal(av.status, 200, av.text);
  return av.json.slots.filter((s) => s.remaining > 0 && !s.closed).map((s) => s.id);
}

async function bookOne(slot, nik = newNik()) {
  const r = await api("POST", "/api/booking", {
    base: pb.base,
    headers: { "Idempotency-Key": `disk-${nik}` },
    body: { slot, name: "Uji Disk Penuh", nik, phone: newPhone(), region: "Kota Surabaya" },
  });
  return { r, nik };
}

async function stillThere(confirmed, what) {
  for (const c of confirmed) {
    const r = await api("POST", "/api/booking/lookup", { base: pb.base, body: { code: c.code, nik: c.nik } });
    assert.equal(r.status, 200, `${what}: booking ${c.code}: ${r.text}`);
    assert.equal(r.json.status, "booked", what);
  }
}

test("a full disk answers 503 unavailable, never 500; nothing confirmed is lost", async (t) => {
  if (mountError) return t.skip(`cannot mount a size-limited tmpfs here (${mountError}); not run`);
  const slots = await openSlots();
  assert.ok(slots.length >= 10, "control: open slots");
  const confirmed = [];
  for (let i = 0; i < 5; i++) {
    const { r, nik } = await bookOne(slots[i]);
    assert.equal(r.status, 201, r.text);
    confirmed.push({ code: r.json.code, nik });
  }

  const filler = fill(mnt);
  // SQLite may still have room in pages it already owns (the WAL is reused after a checkpoint):
  // keep booking until the disk says no. Every answer is a 201 or a 503, nothing else.
  const statuses = {};
  let refused = null;
  for (let i = 0; i < 200 && !refused; i++) {
    const { r, nik } = await bookOne(slots[5 + (i % (slots.length - 5))]);
    statuses[r.status] = (statuses[r.status] || 0) + 1;
    if (r.status === 201) confirmed.push({ code: r.json.code, nik });
    else if (r.status === 503) refused = { r, nik };
    else assert.fail(`a booking on a full disk answered ${r.status}: ${r.text}`);
  }
  assert.ok(refused, `no 503 after 200 bookings on a full disk: ${JSON.stringify(statuses)}`);
  assertUnavailable(refused.r, "booking on a full disk");
  // The same request again (same key): still unavailable, still the documented shape.
  const again = await api("POST", "/api/booking", {
    base: pb.base,
    headers: { "Idempotency-Key": `disk-${refused.nik}` },
    body: { slot: slots[6], name: "Uji Disk Penuh", nik: refused.nik, phone: newPhone(), region: "Kota Surabaya" },
  });
  assert.ok([503, 201].includes(again.status), again.text);
  if (again.status === 503) assertUnavailable(again, "retry on a full disk");
  else confirmed.push({ code: again.json.code, nik: refused.nik });
  // Reading still works: the citizen can look up what is booked; availability answers.
  await stillThere(confirmed, "full disk");
  assert.equal((await api("GET", "/api/availability/disnaker-3578?days=4", { base: pb.base })).status, 200);
  // Cancel (a write) on a full disk: 200 or 503, never 500.
  const cancel = await api("POST", "/api/booking/cancel", { base: pb.base, body: { code: confirmed[0].code, nik: confirmed[0].nik } });
  assert.ok([200, 503].includes(cancel.status), `cancel on a full disk: ${cancel.status} ${cancel.text}`);
  if (cancel.status === 503) assertUnavailable(cancel, "cancel on a full disk");
  const cancelled = cancel.status === 200 ? confirmed.shift() : null;

  // Space again: the refused citizen books with the same key; a restart keeps everything.
  rmSync(filler);
  const retry = await bookOne(slots[7], refused.nik);
  assert.equal(retry.r.status, 201, retry.r.text);
  confirmed.push({ code: retry.r.json.code, nik: refused.nik });
  await pb.stop();
  await pb.restart();
  await stillThere(confirmed, "after freeing space and a restart");
  if (cancelled) {
    const r = await api("POST", "/api/booking/lookup", { base: pb.base, body: cancelled });
    assert.equal(r.json.status, "cancelled", "the cancel confirmed on a full disk stayed done");
  }
  t.diagnostic(`full disk: ${confirmed.length} confirmed bookings kept; answers while full: ${JSON.stringify(statuses)}`);
});

test("a data folder that is read-only at start: bookings answer 503 unavailable, look-ups work", async (t) => {
  if (mountError) return t.skip(`cannot mount a size-limited tmpfs here (${mountError}); not run`);
  const slots = await openSlots();
  const { r: first, nik } = await bookOne(slots[0]);
  assert.equal(first.status, 201, first.text);
  await pb.stop();
  const ro = sh("mount", ["-o", "remount,ro", mnt]);
  assert.ok(ro.ok, `remount read-only: ${ro.out}`);
  try {
    let started = true;
    try { await pb.restart(); } catch (e) { started = false; t.diagnostic(`PocketBase on a read-only folder: ${e.message}`); }
    if (!started) {
      // Refusing to start is also loud and safe; nothing to check on the API then.
      t.diagnostic("read-only at start: PocketBase did not start (the health check failed)");
      return;
    }
    const r = await bookOne(slots[1]);
    assert.notEqual(r.r.status, 500, r.r.text);
    assertUnavailable(r.r, "booking on a read-only folder");
    const look = await api("POST", "/api/booking/lookup", { base: pb.base, body: { code: first.json.code, nik } });
    assert.equal(look.status, 200, look.text);
  } finally {
    await pb.stop();
    assert.ok(sh("mount", ["-o", "remount,rw", mnt]).ok);
    await pb.restart();
  }
  const look = await api("POST", "/api/booking/lookup", { base: pb.base, body: { code: first.json.code, nik } });
  assert.equal(look.status, 200, look.text);
});
