import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const p = await b.newPage({ viewport: { width: 360, height: 800 } });
p.on('console', m => console.log('console:', m.text()));
await p.goto('http://127.0.0.1:8123/jadwal/?masalah=otp-not-received&jejak=1');
const js = await p.evaluate(() => document.querySelector('link[rel=modulepreload]').href);
console.log(await p.evaluate(async (js) => { try { const m = await import(js); await m.default({module_or_path: js.replace('.js','_bg.wasm')}); return 'ok'; } catch (e) { return 'ERR ' + e + ' ' + e.stack; } }, js));
await b.close();
