/*
 * Claimline embed helper — sizes Claimline chart iframes to fit their content. Plain JavaScript, no dependencies.
 *
 * Use it on the page that embeds a chart, right after the iframe (the "Embed this chart" box gives both):
 *
 *   <iframe src="https://<site>/embed/claims/<slug>/" data-claimline …></iframe>
 *   <script async src="https://<site>/embed.js"></script>
 *
 * Each embed page posts {type: "claimline:height", id, height} to this page on load and whenever its content
 * changes size. A message is taken only when
 *   - event.source is the contentWindow of an iframe[data-claimline] on this page, and
 *   - event.origin is exactly that iframe's own origin (new URL(iframe.src).origin), and
 *   - it has the right shape: type "claimline:height", id a string, height a finite number;
 * then the height is clamped to 100–4000 px and set as the iframe's style.height. Anything else is ignored, so no
 * other frame or script can resize the iframes. Once an iframe has reported, the fallback quote just before it
 * (<blockquote data-claimline-fallback>, from oEmbed) is hidden.
 *
 * The script also asks each iframe for its height when it starts and when the iframe loads (in case the first
 * message came before the script), and when this page is resized. Including it twice (two embeds on one page) is
 * harmless: the second copy only asks the iframes again. A page that adds embeds later can call
 * window.claimlineEmbed.askAll().
 */
/* global window, document, setTimeout, clearTimeout */
(function () {
  'use strict';
  var MIN = 100;
  var MAX = 4000;
  var REQUEST = { type: 'claimline:request-height' };

  function originOf(iframe) {
    try {
      return new URL(iframe.src, document.baseURI).origin;
    } catch {
      return null;
    }
  }

  function ask(iframe) {
    var origin = originOf(iframe);
    if (origin && origin !== 'null' && iframe.contentWindow) iframe.contentWindow.postMessage(REQUEST, origin);
  }

  var watched = new WeakSet();
  function askAll() {
    var frames = document.querySelectorAll('iframe[data-claimline]');
    for (var i = 0; i < frames.length; i++) {
      if (!watched.has(frames[i])) {
        watched.add(frames[i]);
        frames[i].addEventListener('load', ask.bind(null, frames[i]));
      }
      ask(frames[i]);
    }
  }

  // Already running (the script was included twice): ask again for any iframe added since, and stop here.
  if (window.claimlineEmbed) {
    window.claimlineEmbed.askAll();
    return;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'claimline:height') return;
    if (typeof data.id !== 'string' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.querySelectorAll('iframe[data-claimline]');
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (event.source !== iframe.contentWindow || event.origin !== originOf(iframe)) continue;
      iframe.style.height = Math.round(Math.min(MAX, Math.max(MIN, data.height))) + 'px';
      var before = iframe.previousElementSibling;
      if (before && before.hasAttribute('data-claimline-fallback')) before.hidden = true;
      return;
    }
  });

  // When this page's width changes, so may the embeds' heights. Ask rather than wait for them to notice: browsers
  // pause the rendering (and so the resize observers) of cross-origin iframes that are off screen.
  var timer;
  window.addEventListener('resize', function () {
    clearTimeout(timer);
    timer = setTimeout(askAll, 100);
  });

  window.claimlineEmbed = { askAll: askAll };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', askAll);
  else askAll();
})();
