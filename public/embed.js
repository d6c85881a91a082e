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
 * window.claimlineEmbed.askAll(). A page with a dark mode of its own can call
 * window.claimlineEmbed.setTheme('dark') (or 'light', or 'auto' to follow the reader's system) to restyle every
 * embed live; the iframe's `?theme=` sets the theme it starts with.
 *
 * The host page's markup cannot stop it (DOM clobbering): its state stays in this closure, the running copy is
 * found under a symbol, which no element can name, and document and element methods are called from their
 * prototypes, since an element such as <img name="querySelectorAll"> or <div id="claimlineEmbed"> hides the real
 * property of document or window of that name, and a form's fields hide the form's own.
 */
/* global window, document, setTimeout, clearTimeout, Document, Element, EventTarget, HTMLIFrameElement, Node */
(function () {
  'use strict';
  var MIN = 100;
  var MAX = 4000;
  var REQUEST = { type: 'claimline:request-height' };
  /** Where the running copy keeps its API: a symbol, so no element's id or name can take its place. */
  var KEY = Symbol.for('claimline.embed');
  /** The API's documented name, which an element with that id or name would shadow until the script sets it. */
  var NAME = 'claimlineEmbed';

  // Globals such as Document and EventTarget are the window's own properties, which elements never hide.
  var querySelectorAll = Document.prototype.querySelectorAll;
  var readyState = Object.getOwnPropertyDescriptor(Document.prototype, 'readyState').get;
  var addListener = EventTarget.prototype.addEventListener;
  var hasAttribute = Element.prototype.hasAttribute;
  var setAttribute = Element.prototype.setAttribute;
  var hasOwn = Object.prototype.hasOwnProperty;

  function claimlineFrames() {
    var found = querySelectorAll.call(document, 'iframe[data-claimline]');
    var frames = [];
    // Only real iframes: an <iframe> inside <svg> matches the selector too.
    for (var i = 0; i < found.length; i++) if (found[i] instanceof HTMLIFrameElement) frames.push(found[i]);
    return frames;
  }

  function originOf(iframe) {
    try {
      return new URL(iframe.src, iframe.baseURI).origin;
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
    var frames = claimlineFrames();
    for (var i = 0; i < frames.length; i++) {
      if (!watched.has(frames[i])) {
        watched.add(frames[i]);
        frames[i].addEventListener('load', ask.bind(null, frames[i]));
      }
      ask(frames[i]);
    }
  }

  /** The API of a copy of this script, not an element or anything else the page put under that name. */
  function isApi(value) {
    try {
      return (
        typeof value === 'object' &&
        value !== null &&
        !(value instanceof Node) &&
        typeof value.askAll === 'function' &&
        !(value.askAll instanceof Node)
      );
    } catch {
      // A cross-origin window (a frame named claimlineEmbed) throws on any property read.
      return false;
    }
  }

  /** The copy of the script already running on this page, if any; an earlier version left only window.claimlineEmbed. */
  function runningCopy() {
    if (isApi(window[KEY])) return window[KEY];
    // An element is never the window's own property: the page's named elements come through its prototype chain.
    if (hasOwn.call(window, NAME) && isApi(window[NAME])) return window[NAME];
    return null;
  }

  // Already running (the script was included twice): ask again for any iframe added since, and stop here.
  var running = runningCopy();
  if (running) {
    running.askAll();
    return;
  }

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'claimline:height') return;
    if (typeof data.id !== 'string' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = claimlineFrames();
    for (var i = 0; i < frames.length; i++) {
      var iframe = frames[i];
      if (event.source !== iframe.contentWindow || event.origin !== originOf(iframe)) continue;
      iframe.style.height = Math.round(Math.min(MAX, Math.max(MIN, data.height))) + 'px';
      // The element before may be a form, whose fields could hide hasAttribute or hidden.
      var before = iframe.previousElementSibling;
      if (before && hasAttribute.call(before, 'data-claimline-fallback')) setAttribute.call(before, 'hidden', '');
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

  /**
   * Switches every Claimline embed on this page to a theme: "light", "dark" or "auto" (the reader's system
   * setting). Sent to each iframe at its own origin only, so no other frame receives it.
   */
  function setTheme(theme) {
    if (theme !== 'light' && theme !== 'dark' && theme !== 'auto') return;
    var frames = claimlineFrames();
    for (var i = 0; i < frames.length; i++) {
      var origin = originOf(frames[i]);
      if (origin && origin !== 'null' && frames[i].contentWindow) {
        frames[i].contentWindow.postMessage({ type: 'claimline:theme', theme: theme }, origin);
      }
    }
  }

  var api = { askAll: askAll, setTheme: setTheme };
  window[KEY] = api;
  try {
    // Defined, not assigned: an own property of the window, in front of any element of that name.
    Object.defineProperty(window, NAME, { value: api, writable: true, enumerable: true, configurable: true });
  } catch {
    // The page made window.claimlineEmbed its own and unconfigurable: askAll is then only reachable by a copy.
  }
  if (readyState.call(document) === 'loading') addListener.call(document, 'DOMContentLoaded', askAll);
  else askAll();
})();
