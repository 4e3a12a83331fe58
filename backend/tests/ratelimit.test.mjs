// Rate limits are on by default and answer with the machine-readable code rate_limited.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { api, makeOffice, makeStaff, newNik, setRateLimits } from "./helpers.mjs";

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

test("hole 3: a staff token does not lift the citizen limits", async () => {
  await setRateLimits(true);
  const office = await makeOffice("rl");
  const staff = await makeStaff(office);
  const results = [];
  for (let i = 0; i < 9; i++) {
    results.push(await api("POST", "/api/booking/cancel", { body: { code: "AAAAAAAA", nik: newNik() }, token: staff.token }));
  }
  const limited = results.filter((r) => r.status === 429);
  assert.ok(limited.length >= 3, `staff token: ${results.map((r) => r.status).join(",")}`);
  for (const r of limited) assert.equal(r.json.code, "rate_limited");
});

test("hole 9b: staff password-reset requests have their own limit", async () => {
  await setRateLimits(true);
  const statuses = [];
  for (let i = 0; i < 6; i++) {
    const r = await api("POST", "/api/collections/staff/request-password-reset", { body: { email: `nobody-${i}@example.test` } });
    statuses.push(r.status);
  }
  assert.ok(statuses.slice(0, 2).every((s) => s === 204), statuses.join(","));
  assert.ok(statuses.filter((s) => s === 429).length >= 3, `expected 429s: ${statuses.join(",")}`);
});

test("issue 12: anonymous usage events and the desk routes have their own limits", async () => {
  await setRateLimits(true);
  const hour = new Date(Math.floor(Date.now() / 3600e3) * 3600e3).toISOString().slice(0, 13) + ":00:00Z";
  const ev = { events: [{ problem: "otp-not-received", node: "channel", answer: "0", v: "0.1.0", lang: "id", hour }] };
  const statuses = [];
  for (let i = 0; i < 36; i++) statuses.push((await api("POST", "/api/events", { body: ev })).status);
  assert.ok(statuses.slice(0, 20).every((s) => s === 202), statuses.join(","));
  assert.ok(statuses.filter((s) => s === 429).length >= 4, `events: ${statuses.join(",")}`);
  const office = await makeOffice("rl-desk");
  const staff = await makeStaff(office);
  const desk = [];
  for (let i = 0; i < 24; i++) desk.push(await api("PATCH", "/api/staff/office", { token: staff.token, body: {} }));
  assert.ok(desk.slice(0, 10).every((r) => r.status === 200), desk.map((r) => r.status).join(","));
  const limited = desk.filter((r) => r.status === 429);
  assert.ok(limited.length >= 2, `office edits: ${desk.map((r) => r.status).join(",")}`);
  for (const r of limited) assert.equal(r.json.code, "rate_limited");
});


test("issue 18: closing and reopening days share one limit (POST and DELETE /api/staff/office/closed-days)", async () => {
  await setRateLimits(true);
  const office = await makeOffice("rl-closed");
  const staff = await makeStaff(office);
  const statuses = [];
  // an incomplete close (400) and a reopen of a day that is not closed (404): answered, and counted
  for (let i = 0; i < 10; i++) statuses.push((await api("POST", "/api/staff/office/closed-days", { token: staff.token, body: {} })).status);
  const reopens = [];
  for (let i = 0; i < 14; i++) reopens.push(await api("DELETE", "/api/staff/office/closed-days/2099-01-0" + (1 + (i % 9)), { token: staff.token }));
  statuses.push(...reopens.map((r) => r.status));
  assert.ok(statuses.slice(0, 20).every((s) => s === 400 || s === 404), statuses.join(","));
  assert.ok(statuses.slice(20).every((s) => s === 429), `the 21st request and later are refused: ${statuses.join(",")}`);
  for (const r of reopens.slice(10)) assert.equal(r.json.code, "rate_limited");
});
