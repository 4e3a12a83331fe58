// Browser figures for `make bench`, one `name: value` line each on stdout (progress on stderr).
//   node bench/web.mjs --dist ../dist [--runs 3] [--only size,peers,lighthouse,inp,slow3g,deeplinks]
// Everything runs in Debian's chromium (CHROMIUM_PATH, default /usr/bin/chromium) against
// dist/ served on 127.0.0.1 by bench/serve.mjs with its pre-compressed .br files.
import { readFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { serve } from './serve.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const arg = (name, dflt) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : dflt;
};
const DIST = resolve(arg('--dist', join(HERE, '..', 'dist')));
const RUNS = Number(arg('--runs', 3));
const ONLY = new Set(arg('--only', 'size,peers,lighthouse,inp,slow3g,deeplinks').split(','));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const COMPLAINT = 'kode otp tidak masuk ke hp saya';
const MOBILE_UA =
  'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Mobile Safari/537.36';
const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-sync',
  '--disable-background-networking', '--disable-component-update', '--disable-dev-shm-usage'];

const log = (...a) => console.error('[bench]', ...a);
const out = (name, value) => console.log(`${name}: ${value}`);
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const brCache = new Map();
/** brotli -q 11 size of a file (the same setting as tools/compress.mjs). */
function brotliSize(path) {
  if (!brCache.has(path)) {
    const buf = readFileSync(path);
    brCache.set(path, brotliCompressSync(buf, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: buf.length },
    }).length);
  }
  return brCache.get(path);
}

async function launch() {
  const userDataDir = mkdtempSync(join(tmpdir(), 'pp-bench-'));
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROME_ARGS, userDataDir });
  const close = browser.close.bind(browser);
  browser.close = async () => { await close(); rmSync(userDataDir, { recursive: true, force: true }); };
  return browser;
}

async function mobilePage(browser) {
  const page = await browser.newPage();
  await page.setUserAgent(MOBILE_UA);
  await page.setViewport({ width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  return page;
}

/**
 * Load a page, do `act`, and sum the brotli size of every file the server sent (mapped back to
 * `root`). Requests to other hosts are blocked and listed.
 */
async function recordLoad({ server, root, prefix = '/', url, act, exclude = () => false }) {
  const browser = await launch();
  const files = [];
  const blocked = [];
  try {
    const page = await mobilePage(browser);
    await page.setRequestInterception(true);
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.protocol === 'data:' || u.origin === server.origin) r.continue();
      else { blocked.push(r.url()); r.abort(); }
    });
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.origin !== server.origin || r.status() !== 200) return;
      const rel = decodeURIComponent(u.pathname).slice(prefix.length) || 'index.html';
      if (exclude(rel)) return;
      let path = join(root, rel);
      if (!existsSync(path) || rel.endsWith('/')) path = join(root, rel.replace(/\/?$/, '/'), 'index.html');
      if (!existsSync(path)) path = join(root, 'index.html'); // deep link served as the app
      if (existsSync(path)) files.push({ rel, bytes: brotliSize(path) });
      else log(`  not a file: ${u.pathname}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    await act?.(page);
    await new Promise((r) => setTimeout(r, 500));
  } finally {
    await browser.close();
  }
  return { files, blocked, total: files.reduce((n, f) => n + f.bytes, 0) };
}

async function firstLoad() {
  const served = [];
  const server = await serve({ root: DIST, log: (method, path) => served.push(path) });
  try {
    const r = await recordLoad({
      server, root: DIST, url: server.url,
      act: async (page) => {
        await page.waitForSelector('#q', { timeout: 60_000 });
        await page.type('#q', COMPLAINT, { delay: 20 });
        await page.waitForSelector('#suggestions a', { timeout: 10_000 });
        // sw.js is fetched when the page is idle; wait for it so that it is counted.
        await page.evaluate(() => ('serviceWorker' in navigator
          ? Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(r, 5000))]) : null))
          .then((ok) => log(`  service worker ${ok ? 'ready' : 'NOT ready after 5 s'}`));
      },
    });
    // The browser fetches the service worker script itself, outside the page's network log.
    if (served.includes('/sw.js') && !r.files.some((f) => f.rel === 'sw.js')) {
      r.files.push({ rel: 'sw.js', bytes: brotliSize(join(DIST, 'sw.js')) });
      r.total += r.files.at(-1).bytes;
    }
    for (const f of r.files) log(`  first load: ${f.rel} ${f.bytes} B br`);
    if (r.blocked.length) log('  blocked:', r.blocked.join(' '));
    out('first_load_brotli_bytes', r.total);
    out('first_load_requests', r.files.length);
    // What the service worker then downloads in the background for offline use.
    const sw = existsSync(join(DIST, 'sw.js')) ? readFileSync(join(DIST, 'sw.js'), 'utf8') : '';
    const m = sw.match(/const FILES = (\{.*?\});/);
    if (m) {
      const seen = new Set(r.files.map((f) => f.rel));
      const lazy = JSON.parse((sw.match(/const LAZY = (\[.*?\]);/) ?? [0, '[]'])[1].replaceAll("'", '"'));
      const rest = Object.keys(JSON.parse(m[1])).filter((p) => !seen.has(p) && !lazy.some((l) => p.startsWith(l)));
      out('offline_precache_extra_brotli_bytes', rest.reduce((n, p) => n + brotliSize(join(DIST, p)), 0));
    }
    return r.total;
  } finally {
    await server.close();
  }
}

const PEERS = [
  {
    name: 'typebot',
    pkg: '@typebot.io/js',
    html: `<!doctype html><meta name=viewport content="width=device-width"><body><script type=module>
      import Typebot from '/node_modules/@typebot.io/js/dist/web.js';
      Typebot.initBubble({ typebot: 'prakerja', apiHost: 'http://127.0.0.1:9' });
      </script>`,
  },
  {
    name: 'flowise',
    pkg: 'flowise-embed',
    html: `<!doctype html><meta name=viewport content="width=device-width"><body><script type=module>
      import Chatbot from '/node_modules/flowise-embed/dist/web.js';
      Chatbot.init({ chatflowid: 'prakerja', apiHost: 'http://127.0.0.1:9' });
      </script>`,
  },
];

/** The peers' published embed bundles, loaded from node_modules and measured like the app. */
async function peers(ours) {
  for (const p of PEERS) {
    const version = JSON.parse(readFileSync(join(HERE, 'node_modules', p.pkg, 'package.json'), 'utf8')).version;
    const page = `/__peer-${p.name}.html`;
    const server = await serve({ root: HERE, compress: false, spaFallback: false, overrides: { [page.slice(1)]: p.html } });
    try {
      const r = await recordLoad({
        server, root: HERE, url: server.origin + page,
        // The host page is the harness, not the widget.
        exclude: (rel) => rel === page.slice(1),
        act: async (pg) => {
          await pg.waitForFunction(() => document.body.innerHTML.length > 200 || document.querySelector('*:defined'), { timeout: 5000 }).catch(() => {});
          const launcher = await pg.evaluateHandle(() => {
            const host = document.querySelector('typebot-bubble, flowise-chatbot');
            return host?.shadowRoot?.querySelector('button') ?? null;
          });
          await launcher.asElement()?.click().catch(() => {});
        },
      }).catch((e) => { throw new Error(`${p.name}: ${e.message}`); });
      for (const f of r.files) log(`  ${p.name} ${version}: ${f.rel} ${f.bytes} B br`);
      out(`${p.name}_brotli_bytes`, r.total);
      if (p.name === 'typebot' && ours) out('ratio_vs_typebot', (ours / r.total).toFixed(3));
    } finally {
      await server.close();
    }
  }
}

async function lighthouseRuns() {
  const { default: lighthouse } = await import('lighthouse');
  const server = await serve({ root: DIST });
  const scores = { performance: [], accessibility: [], 'best-practices': [] };
  const metrics = { fcp: [], lcp: [], tbt: [], tti: [], bytes: [] };
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        const result = await lighthouse(server.url, {
          logLevel: 'error', output: 'json', formFactor: 'mobile', throttlingMethod: 'simulate',
          onlyCategories: ['performance', 'accessibility', 'best-practices'],
        }, undefined, page);
        const lhr = result.lhr;
        for (const k of Object.keys(scores)) scores[k].push(Math.round(lhr.categories[k].score * 100));
        const a = lhr.audits;
        metrics.fcp.push(a['first-contentful-paint'].numericValue);
        metrics.lcp.push(a['largest-contentful-paint'].numericValue);
        metrics.tbt.push(a['total-blocking-time'].numericValue);
        metrics.tti.push(a.interactive.numericValue);
        metrics.bytes.push(a['total-byte-weight'].numericValue);
        const failing = Object.values(a).filter((x) => x.score !== null && x.score < 0.9 && x.scoreDisplayMode !== 'informative' && x.scoreDisplayMode !== 'notApplicable' && x.scoreDisplayMode !== 'manual');
        log(`  lighthouse run ${i + 1}: perf ${scores.performance.at(-1)} a11y ${scores.accessibility.at(-1)} bp ${scores['best-practices'].at(-1)}` +
          ` FCP ${Math.round(metrics.fcp.at(-1))} LCP ${Math.round(metrics.lcp.at(-1))} TBT ${Math.round(metrics.tbt.at(-1))} TTI ${Math.round(metrics.tti.at(-1))}` +
          (failing.length ? `; below 0.9: ${failing.map((x) => x.id).join(', ')}` : ''));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  out('lighthouse_performance', median(scores.performance));
  out('lighthouse_accessibility', median(scores.accessibility));
  out('lighthouse_best_practices', median(scores['best-practices']));
  out('lighthouse_lcp_ms', Math.round(median(metrics.lcp)));
  out('lighthouse_tbt_ms', Math.round(median(metrics.tbt)));
}

/**
 * INP of moving to the next step: clicks on "Belum berhasil" (and "Ya, berhasil" when there is
 * no "Belum") on a flow step, CPU 4x slower. Each click is one interaction; its duration is the
 * longest Event Timing entry with its interactionId. Interactions shorter than 16 ms produce no
 * entry (the API's floor) and count as 16.
 */
async function stepInp() {
  const server = await serve({ root: DIST });
  const browser = await launch();
  const durations = [];
  try {
    const page = await mobilePage(browser);
    await page.evaluateOnNewDocument(() => {
      window.__inp = {};
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.interactionId) window.__inp[e.interactionId] = Math.max(window.__inp[e.interactionId] ?? 0, e.duration);
        }
      }).observe({ type: 'event', durationThreshold: 16, buffered: true });
    });
    const cdp = await page.createCDPSession();
    const clicks = Number(process.env.BENCH_INP_CLICKS ?? 9);
    // Reach a flow as a user does: type the complaint, take the first suggestion.
    await page.goto(server.url, { waitUntil: 'load' });
    await page.waitForSelector('#q', { timeout: 60_000 });
    await page.type('#q', COMPLAINT);
    await (await page.waitForSelector('#suggestions a', { timeout: 10_000 })).click();
    await page.waitForSelector('a.answer', { timeout: 30_000 });
    const flowStart = page.url();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    while (durations.length < clicks) {
      await page.waitForSelector('a.answer, .outcome, h1', { timeout: 30_000 });
      const step = await page.$$('div.answers a.answer'); // "Ya, berhasil" / "Belum berhasil"
      const options = await page.$$('ul.answers a.answer'); // a question's choices: not measured
      if (!step.length && !options.length) { // end of the flow: start it again (not measured)
        await page.goto('about:blank');
        await page.goto(flowStart, { waitUntil: 'load' });
        await page.waitForSelector('a.answer', { timeout: 30_000 });
        continue;
      }
      const before = await page.evaluate(() => [location.href, Object.keys(window.__inp).length]);
      // "Belum berhasil" (the last answer) leads to the next step.
      await (step.length ? step : options).at(-1).click();
      await page.waitForFunction((href) => location.href !== href, { timeout: 10_000 }, before[0]).catch(() => {});
      await new Promise((r) => setTimeout(r, 400)); // entries arrive after the next paint
      if (!step.length) continue;
      const inp = await page.evaluate(() => Object.values(window.__inp));
      durations.push(inp.length > before[1] ? Math.max(...inp.slice(before[1])) : 16);
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  } finally {
    await browser.close();
    await server.close();
  }
  log(`  step interactions (ms): ${durations.map((d) => Math.round(d)).join(' ')}`);
  out('step_inp_ms', Math.round(median(durations)));
}

/**
 * Slow 3G (400 kbit/s both ways, 400 ms round trip), CPU 4x, cold cache: time from navigation
 * start until the start screen's text box is there and typing into it works
 * (`slow3g_interactive_ms`; the box is pre-rendered into index.html, so this is mostly the
 * HTML), and until the complaint typed at once has suggestions under it, i.e. until the app
 * itself runs (`slow3g_suggestions_ms`).
 */
async function slow3g() {
  const runs = await freshRuns(async (page, server, i) => {
    await page.evaluateOnNewDocument(() => {
      const check = () => {
        const q = document.getElementById('q');
        if (q && !q.disabled && q.offsetParent !== null) { window.__ready = performance.now(); return; }
        requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    });
    await slowPhone(page);
    await page.goto(server.url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    await page.waitForFunction(() => window.__ready !== undefined, { timeout: 120_000, polling: 50 });
    // Typing must reach the box, and the app must then answer with suggestions.
    await page.type('#q', COMPLAINT, { delay: 10 });
    await page.waitForFunction(() => document.querySelector('#suggestions a') !== null, { timeout: 120_000, polling: 50 });
    const answered = await page.evaluate(() => performance.now());
    const value = await page.$eval('#q', (q) => q.value);
    if (value !== COMPLAINT) throw new Error(`typing did not reach the search box (value "${value}")`);
    const ready = await page.evaluate(() => window.__ready);
    log(`  slow 3g run ${i + 1}: text box ready after ${Math.round(ready)} ms, suggestions after ${Math.round(answered)} ms`);
    return { ready, answered };
  });
  out('slow3g_interactive_ms', Math.round(median(runs.map((r) => r.ready))));
  out('slow3g_suggestions_ms', Math.round(median(runs.map((r) => r.answered))));
}

/** Slow 3G (400 kbit/s both ways, 400 ms round trip), CPU 4x, cold cache. */
async function slowPhone(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 400, downloadThroughput: 400_000 / 8, uploadThroughput: 400_000 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
}

// The two pages people reach from a shared link: one problem's page, and the booking page an
// in-person outcome opens.
const DEEP_LINKS = [
  { name: 'problem_page', path: 'masalah/otp-not-received/', done: () => !document.getElementById('problem-page') && !!document.querySelector('main h1') },
  // the booking page's first question is in its HTML; its bundle comes when the person starts
  { name: 'booking', path: 'jadwal/?masalah=otp-not-received&jejak=1n02', done: () => !!document.querySelector('#booking-page main h1') },
];

/**
 * For each deep link: the time from navigation until its first words (a visible `<h1>` in
 * `<main>`) on Slow 3G with CPU 4x, cold cache, median of `RUNS` (`<name>_slow3g_first_words_ms`),
 * and the brotli bytes of everything the page loads until its own script has drawn the screen
 * (`<name>_first_load_brotli_bytes`; the service worker, fetched later when the page is idle, and
 * the booking store's answers are not counted).
 */
async function deepLinks() {
  for (const { name, path, done } of DEEP_LINKS) {
    const times = await freshRuns(async (page, server, i) => {
      await page.evaluateOnNewDocument(() => {
        const check = () => {
          const h = document.querySelector('main h1');
          if (h && h.offsetParent !== null && h.textContent.trim()) { window.__words = performance.now(); return; }
          requestAnimationFrame(check);
        };
        requestAnimationFrame(check);
      });
      await slowPhone(page);
      await page.goto(server.url + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      await page.waitForFunction(() => window.__words !== undefined, { timeout: 120_000, polling: 50 });
      const ms = await page.evaluate(() => window.__words);
      log(`  ${name} run ${i + 1}: first words after ${Math.round(ms)} ms`);
      return ms;
    });
    out(`${name}_slow3g_first_words_ms`, Math.round(median(times)));
    const server = await serve({ root: DIST });
    try {
      const load = await recordLoad({
        server, root: DIST, url: server.url + path,
        act: (page) => page.waitForFunction(done, { timeout: 60_000, polling: 50 }),
        exclude: (rel) => rel === 'sw.js' || rel.startsWith('api/'),
      });
      out(`${name}_first_load_brotli_bytes`, load.total);
    } finally {
      await server.close();
    }
  }
  await bookingStarted();
}

/**
 * CPU 4x: from typing a complaint (one input event) until its suggestions are painted, for the
 * first complaint typed a second after the start screen appeared. Median of fresh page loads.
 */
/**
 * The booking page once the person starts: a regency chosen as soon as the question shows and
 * "Lanjut" pressed; the time from that press until step 2's heading (the bundle fetched and
 * compiled, the case read) on Slow 3G with CPU 4x, cold, median of `RUNS`
 * (`booking_step2_after_press_slow3g_ms`), and the bytes loaded by then
 * (`booking_step2_brotli_bytes`).
 */
async function bookingStarted() {
  const path = 'jadwal/?masalah=otp-not-received&jejak=1n02';
  const start = async (page) => {
    await page.waitForSelector('#booking-page #region', { visible: true, timeout: 120_000 });
    await page.select('#booking-page #region', '3578');
    const pressed = await page.evaluate(() => performance.now());
    await page.click('#booking-page button[type=submit]');
    await page.waitForFunction(() => !document.getElementById('booking-page') && /titik layanan/i.test(document.querySelector('main h1')?.textContent ?? ''), { timeout: 120_000, polling: 50 });
    return (await page.evaluate(() => performance.now())) - pressed;
  };
  const times = await freshRuns(async (page, server, i) => {
    await slowPhone(page);
    await page.goto(server.url + path, { waitUntil: 'domcontentloaded', timeout: 120_000 });
    const ms = await start(page);
    log(`  booking run ${i + 1}: step 2 ${Math.round(ms)} ms after "Lanjut"`);
    return ms;
  });
  out('booking_step2_after_press_slow3g_ms', Math.round(median(times)));
  const server = await serve({ root: DIST });
  try {
    const load = await recordLoad({
      server, root: DIST, url: server.url + path, act: start,
      exclude: (rel) => rel === 'sw.js' || rel.startsWith('api/'),
    });
    out('booking_step2_brotli_bytes', load.total);
  } finally {
    await server.close();
  }
}
async function searchLatency() {
  const times = await freshRuns(async (page, server, i) => {
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(server.url);
    await page.waitForFunction(() => !document.getElementById('boot') && document.getElementById('q'));
    await new Promise((r) => setTimeout(r, 1000));
    const [ms, found] = await page.evaluate(async (q) => {
      const box = document.getElementById('q');
      const t0 = performance.now();
      box.value = q;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return [performance.now() - t0, document.querySelectorAll('#suggestions a').length];
    }, COMPLAINT);
    if (!found) throw new Error('no suggestions for the complaint');
    log(`  first complaint run ${i + 1}: suggestions painted after ${Math.round(ms)} ms`);
    return ms;
  });
  out('search_first_query_ms', Math.round(median(times)));
}

/** `RUNS` times a fresh browser (cold cache) and a phone-sized page against dist/: `fn`'s results. */
async function freshRuns(fn) {
  const server = await serve({ root: DIST });
  const results = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const browser = await launch();
      try {
        results.push(await fn(await mobilePage(browser), server, i));
      } finally {
        await browser.close();
      }
    }
  } finally {
    await server.close();
  }
  return results;
}

if (!existsSync(join(DIST, 'index.html'))) {
  log(`no build in ${DIST}: run scripts/build.sh first`);
  process.exit(1);
}
let ours = null;
if (ONLY.has('size')) { log('first load size'); ours = await firstLoad(); }
if (ONLY.has('peers')) { log('peer widgets'); await peers(ours); }
if (ONLY.has('lighthouse')) { log(`lighthouse x${RUNS}`); await lighthouseRuns(); }
if (ONLY.has('inp')) { log('step INP'); await stepInp(); log('first complaint'); await searchLatency(); }
if (ONLY.has('slow3g')) { log(`slow 3g x${RUNS}`); await slow3g(); }
if (ONLY.has('deeplinks')) { log(`deep links, slow 3g x${RUNS}`); await deepLinks(); }
