// Rate limits are on by default and answer with the machine-readable code rate_limited.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { api, newNik, setRateLimits } from "./helpers.mjs";

after(() => setRateLimits(false));

test("too many look-ups from one client get 429 rate_limited", async () => {
  await setRateLimits(true);
  const nik = newNik();
  const results = [];
  for (let i = 0; i < 14; i++) {
    results.push(await api("POST", "/api/booking/lookup", { body: { code: "AAAAAAAA", nik } }));
  }
  assert.ok(results.slice(0, 5).every((r) => r.status === 404), "the first look-ups are answered normally");
  const limited = results.filter((r) => r.status === 429);
  assert.ok(limited.length >= 4, `expected 429s, got ${results.map((r) => r.status).join(",")}`);
  for (const r of limited) assert.equal(r.json.code, "rate_limited");
  // other routes are counted separately: availability still works
  assert.equal((await api("GET", "/api/availability?days=1")).status, 200);
});
