// Load run on loopback: bookings/s and latency of POST /api/booking against a running store.
// Usage: PB_URL=... PB_SUPERUSER_EMAIL=... PB_SUPERUSER_PASSWORD=... node bench.mjs [seconds] [concurrency]
// Prints exactly three `name: value` lines on stdout.
import { api, newNik, newPhone, newKey, setRateLimits } from "./helpers.mjs";

const seconds = Number(process.argv[2] || process.env.BENCH_SECONDS || 10);
const concurrency = Number(process.argv[3] || process.env.BENCH_CONCURRENCY || 4);

await setRateLimits(false);
const av = await api("GET", "/api/availability?days=14");
const offices = av.json.offices.filter((o) => o.active && o.remaining > 0);
let slots = [];
for (const o of offices) {
  const r = await api("GET", `/api/availability/${o.id}?days=14`);
  for (const s of r.json.slots) for (let i = 0; i < s.remaining; i++) slots.push(s.id);
}
// spread over all slots: round-robin by slot, not slot after slot
slots = slots.sort(() => Math.random() - 0.5);

let next = 0;
async function one(record) {
  const t0 = performance.now();
  const r = await api("POST", "/api/booking", {
    body: { slot: slots[next++ % slots.length], name: "Beban Uji", nik: newNik(), phone: newPhone(), region: "Kota Surabaya", summary: "bench" },
    headers: { "Idempotency-Key": newKey() },
  });
  const ms = performance.now() - t0;
  if (record) record(r.status, ms);
}

// warm-up
const warmEnd = performance.now() + 1000;
await Promise.all(Array.from({ length: concurrency }, async () => { while (performance.now() < warmEnd) await one(); }));

const lat = [];
let ok = 0, other = 0;
const t0 = performance.now();
const end = t0 + seconds * 1000;
await Promise.all(Array.from({ length: concurrency }, async () => {
  while (performance.now() < end) await one((status, ms) => { lat.push(ms); if (status === 201) ok++; else other++; });
}));
const elapsed = (performance.now() - t0) / 1000;
lat.sort((a, b) => a - b);
const pct = (p) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))];
if (other) console.error(`bench: ${other} non-201 answers (of ${ok + other})`);
console.error(`bench: ${ok} bookings in ${elapsed.toFixed(1)} s, ${concurrency} in flight`);
console.log(`backend_bookings_per_s: ${(ok / elapsed).toFixed(0)}`);
console.log(`backend_p50_ms: ${pct(50).toFixed(2)}`);
console.log(`backend_p99_ms: ${pct(99).toFixed(2)}`);
