/* Pendamping Prakerja Jatim: host-side embed snippet (served next to index.html as embed.js).
 *
 *   <div data-pendamping-prakerja></div>
 *   <script src="https://APP-HOST/layanan/prakerja/embed.js" async></script>
 *
 * Puts the assistant in an iframe in every [data-pendamping-prakerja] element (or right after
 * this script if there is none) and keeps the iframe as tall as its content. Handshake:
 * this page posts {type:"pendamping:hello"} to the app's origin; the app answers only if this
 * page's origin is listed in its settings.json `embed_origins`, and then posts
 * {type:"pendamping:height", height} to this origin only. Messages from any other origin or
 * window are ignored. Optional attributes on the element: data-path="masalah/otp-not-received"
 * (start screen to open) and data-title (the iframe's accessible name).
 */
(function () {
  'use strict';
  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  if (!script) return;
  var base = new URL('./', script.src);
  var appOrigin = base.origin;
  var frames = [];

  function mount(host) {
    if (host.getAttribute('data-mounted')) return;
    host.setAttribute('data-mounted', '1');
    var src = new URL(host.getAttribute('data-path') || '', base);
    src.searchParams.set('embed', '1');
    var iframe = document.createElement('iframe');
    iframe.src = src.href;
    iframe.title = host.getAttribute('data-title') ||
      'Pendamping Prakerja Jatim: bantuan pendaftaran Kartu Prakerja';
    iframe.style.cssText = 'display:block;width:100%;min-width:280px;height:560px;border:0;overflow:hidden';
    iframe.setAttribute('scrolling', 'no');
    iframe.setAttribute('allow', 'clipboard-write');
    var entry = { iframe: iframe, sized: false, timer: 0 };
    frames.push(entry);
    iframe.addEventListener('load', function () { hello(entry); });
    host.appendChild(iframe);
  }

  // The app may start after the iframe's load event (wasm): say hello until it answers.
  function hello(entry) {
    entry.sized = false;
    var tries = 0;
    clearInterval(entry.timer);
    entry.timer = setInterval(function () {
      if (entry.sized || ++tries > 120 || !entry.iframe.contentWindow) return clearInterval(entry.timer);
      entry.iframe.contentWindow.postMessage({ type: 'pendamping:hello' }, appOrigin);
    }, 250);
  }

  window.addEventListener('message', function (e) {
    if (e.origin !== appOrigin || !e.data || e.data.type !== 'pendamping:height') return;
    for (var i = 0; i < frames.length; i++) {
      var entry = frames[i];
      if (e.source !== entry.iframe.contentWindow) continue;
      var h = Number(e.data.height);
      if (!isFinite(h) || h < 0 || h > 100000) return;
      entry.sized = true;
      entry.iframe.style.height = Math.ceil(h) + 'px';
    }
  });

  var hosts = document.querySelectorAll('[data-pendamping-prakerja]');
  if (hosts.length) {
    for (var i = 0; i < hosts.length; i++) mount(hosts[i]);
  } else {
    var div = document.createElement('div');
    script.parentNode.insertBefore(div, script.nextSibling);
    mount(div);
  }
})();
