// Hole 5 (docs/threat-model.md, T7): no personal data in any log (the request log table and stdout), in any encoding.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { request } from "node:http";
import { createRequire } from "node:module";
import { api, makeOffice, makeSlot, makeStaff, newNik, setRateLimits, superuser, BASE, BACKEND_DIR, DATA_DIR } from "./helpers.mjs";

const redact = createRequire(import.meta.url)(join(BACKEND_DIR, "pb_hooks/log_redact.js"));
const NAME = "Zulaikha Rahasiawati";
let office, staff, nik, phone;

before(async () => {
  await setRateLimits(false);
  office = await makeOffice("logs");
  await makeSlot(office, { inHours: 40 });
  staff = await makeStaff(office);
  nik = newNik();
  phone = "0812" + String(Math.floor(Math.random() * 1e8)).padStart(8, "0");
});

// raw request line: fetch() would re-encode what we send
function rawGet(path, headers = {}) {
  const u = new URL(BASE);
  return new Promise((resolve, reject) => {
    const req = request({ host: u.hostname, port: u.port, path, method: "GET", headers }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode));
    });
    req.on("error", reject);
    req.end();
  });
}

const pct = (s) => [...Buffer.from(s, "utf8")].map((b) => "%" + b.toString(16).toUpperCase().padStart(2, "0")).join("");

// everything a reader could recover from a log text: escapes undone, separators dropped
function readable(text) {
  const t = redact.decodeForReading(text, true);
  return { text: t, digits: t.replace(/[^0-9]/g, "") };
}

test("hole 5: NIKs, phones and names in paths, queries, filters, Referer and User-Agent never reach a log", async () => {
  const n = nik;
  const dotted = `${n.slice(0, 4)}.${n.slice(4, 8)}.${n.slice(8, 12)}.${n.slice(12)}`;
  const spaced = `${n.slice(0, 6)} ${n.slice(6, 12)} ${n.slice(12)}`;
  const nbsp = `${n.slice(0, 4)}\u00a0${n.slice(4, 8)}\u00a0${n.slice(8, 12)}\u00a0${n.slice(12)}`;
  const dashedPhone = `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
  const paths = [
    `/api/availability/${n}`,
    `/api/availability/${pct(n)}`,
    `/api/availability/${pct(pct(n))}`,
    `/api/availability/${dotted}`,
    `/api/availability/${encodeURIComponent(spaced)}`,
    `/api/availability/${encodeURIComponent(nbsp)}`,
    `/api/availability/${encodeURIComponent(NAME)}`,
    `/api/availability?days=7&from=${dashedPhone}`,
    `/api/availability?nik=${n}&nama=${encodeURIComponent(NAME)}&hp=${encodeURIComponent(dashedPhone)}`,
    `/api/availability?from=${pct(dotted)}`,
    `/jadwal/${n}?q=${encodeURIComponent(NAME)}`,
    `/api/booking/${n}`,
    `/api/collections/bookings/records?filter=${encodeURIComponent(`name~"${NAME}" || nik="${dotted}" || phone~'${dashedPhone}'`)}`,
    `/api/collections/bookings/records?filter=${encodeURIComponent(`name='${NAME}'`).replace(/'/g, "%27")}`,
  ];
  const headers = {
    Authorization: staff.token,
    Referer: `https://tetangga.example/cari/${n}?nama=${encodeURIComponent(NAME)}&hp=${dashedPhone}`,
    "User-Agent": `Mozilla/5.0 (Linux; Android 14) Chrome/120.0.0.0 ${NAME} ${dotted} ${dashedPhone}`,
  };
  for (const p of paths) assert.ok((await rawGet(p, headers)) < 500, p);
  // a control entry that must stay readable: the %27 of a filter is not mangled into %REDACTED%
  const control = `/api/collections/offices/records?filter=${encodeURIComponent(`code='${office.code}'`).replace(/'/g, "%27")}&perPage=7`;
  assert.equal(await rawGet(control), 200);

  const token = await superuser();
  let logs;
  for (let i = 0; i < 60; i++) { // the log writer flushes in batches
    logs = await api("GET", "/api/logs?perPage=1000&sort=-created", { token });
    if (logs.json.items.some((l) => String(l.data?.url).includes("perPage=7"))) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const items = logs.json.items;
  const ours = items.filter((l) => /availability|jadwal|booking|bookings|offices/.test(String(l.data?.url)));
  assert.ok(ours.length >= paths.length, "control: the requests were logged");
  const ctl = items.find((l) => String(l.data?.url).includes("perPage=7"));
  assert.ok(!/REDACTED%|%REDACTED/i.test(ctl.data.url), ctl.data.url);
  assert.ok(ctl.data.url.includes("perPage=7"));

  const phoneDigits = phone.slice(1); // 812..., the part every spelling shares
  let scanned = 0;
  for (const l of items) {
    scanned++;
    const { text, digits } = readable(JSON.stringify(l));
    assert.ok(!digits.includes(n), "NIK in a log entry: " + JSON.stringify(l.data));
    assert.ok(!digits.includes(phoneDigits), "phone in a log entry: " + JSON.stringify(l.data));
    assert.ok(!/Zulaikha|Rahasiawati/i.test(text), "name in a log entry: " + JSON.stringify(l.data));
    assert.ok(!text.includes("tetangga.example/cari"), "Referer path in a log entry");
  }
  // stdout/stderr of the server (scripts/test-backend.sh keeps it in the data folder)
  const out = join(DATA_DIR, "server.log");
  if (existsSync(out)) {
    const lines = readFileSync(out, "utf8").split("\n");
    for (const line of lines) {
      scanned++;
      const { text, digits } = readable(line);
      assert.ok(!digits.includes(n) && !digits.includes(phoneDigits) && !/Rahasiawati/.test(text), "personal data on stdout: " + line);
    }
  }
  console.log(`# hole 5: ${paths.length + 1} requests with personal data in path/query/filter/Referer/User-Agent; ${scanned} log entries and stdout lines scanned, 0 hits`);
});

test("hole 5: the redaction itself, on the spellings a person or a tool might use", () => {
  const n = "3578014506900002";
  for (const s of [n, pct(n), pct(pct(n)), "3578.0145.0690.0002", "3578 0145 0690 0002", "3578\u00a00145\u00a00690\u00a00002",
    "3578-0145-0690-0002", "３５７８０１４５０６９００００２", "35 78 01 45 06 90 00 02", "3578\u200b014506900002", "0812-3456-7890", "+62 812 3456 7890", "(0812) 3456 7890"]) {
    for (const out of [redact.redactPath("/a/" + s), redact.redactQuery("from=" + encodeURIComponent(s)), redact.redactText(s), redact.redactUserAgent(s), redact.redactReferer("https://x.example/" + s)]) {
      const digits = redact.decodeForReading(out, true).replace(/[^0-9]/g, "");
      assert.ok(!digits.includes("01450690") && !digits.includes("34567890"), `${JSON.stringify(s)} -> ${out}`);
    }
  }
  assert.equal(redact.redactQuery("filter=code%3D%27abc%27"), "filter=code%3D%22…%22");
  assert.equal(redact.redactQuery("days=7&perPage=50"), "days=7&perPage=50");
  assert.equal(redact.redactPath("/api/availability/disnaker-3578"), "/api/availability/disnaker-3578");
});
