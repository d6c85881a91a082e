import AxeBuilder from '@axe-core/playwright';
import { expect, test, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkContent } from '../src/lib/check/check-content.ts';
import { measureText } from '../src/lib/image/fonts.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { siteViews } from '../src/lib/views/site-views.ts';

// Embeds are tested as another site uses them: a host page on a different origin (a small server started here)
// pastes the snippet from a claim page's "Embed this chart" box. The snippet's URLs are the canonical ones
// (site.yaml's url); the browser context serves that origin from the preview server, so the iframes really come
// from another origin than the host page, with the snippet unchanged.
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');
const canonicalOrigin = new URL(site.config.url).origin;

const views = siteViews({ site, routes: r, measure: measureText });
const claim = site.claims.find((entry) => views.claim(entry).chart.series.length > 0);
const metric = site.metrics.find((entry) => views.metric(entry).chart.series.length > 0);
if (!claim || !metric) throw new Error('The content under test needs a claim and a metric with a chart');
const claimInfo = views.claim(claim).embed;
const metricInfo = views.metric(metric).embed;
const SECRET = 'Wp1Secret9';
/** Heights embed.js accepts, and the budget of an embed page. */
const MIN_HEIGHT = 100;
const MAX_HEIGHT = 4000;
const BUDGET = 20 * 1024;
/** A looser ceiling on the uncompressed weight, against regressions. */
const RAW_CEILING = 32 * 1024;

/** Serves the canonical origin from the preview server, so the snippet's absolute URLs work unchanged. */
async function serveCanonicalOrigin(context: BrowserContext, baseURL: string): Promise<void> {
  await context.route(`${canonicalOrigin}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseURL}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
}

/** A tiny web server on another port: another origin than the site under test. */
async function startServer(pages: Record<string, string>): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const body = pages[new URL(request.url ?? '/', 'http://x').pathname];
    response.writeHead(body === undefined ? 404 : 200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(body ?? 'Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const stop = (server: Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

/** Records every message the host page receives, before anything else runs. */
const RECORDER = `<script>
window.received = [];
window.addEventListener('message', function (event) { window.received.push({ origin: event.origin, data: event.data }); });
window.messageListeners = 0;
var add = window.addEventListener;
window.addEventListener = function (type, listener, options) {
  if (type === 'message' && String(listener).indexOf('claimline:height') >= 0) window.messageListeners++;
  return add.call(this, type, listener, options);
};
</script>`;

/**
 * Elements named like what embed.js could read from window, document or a form (DOM clobbering), as a host page
 * that lets its writers or commenters add markup may well have; the form stands just before an iframe, where the
 * script looks for the oEmbed fallback quote to hide.
 */
const CLOBBERING = [
  '<div id="claimlineEmbed"></div>',
  '<form name="claimlineEmbed"></form>',
  '<a id="askAll"></a>',
  '<img name="querySelectorAll" alt="">',
  '<img name="baseURI" alt="">',
  '<form name="readyState"></form>',
  '<form name="addEventListener"></form>',
].join('\n');
const CLOBBERING_FALLBACK =
  '<form data-claimline-fallback><input name="hasAttribute"><input name="setAttribute"><input name="hidden"></form>';

/** What wp-embed.js does with an embed's message: sizes the iframe whose data-secret it carries, up to 1,000 px. */
const WP_EMBED = `<script>
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || !data.secret || data.message !== 'height') return;
  var frames = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow !== event.source) continue;
    frames[i].height = String(Math.min(1000, Math.max(200, data.value)));
  }
});
</script>`;

const hostPage = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>${RECORDER}</head>` +
  `<body style="margin:0 auto;max-width:760px;padding:8px"><h1>A host article</h1>${body}</body></html>`;

async function snippetOf(page: Page, path: string): Promise<string> {
  await page.goto(path);
  return page.locator('.embed-box textarea').inputValue();
}

async function frameOf(page: Page, src: string): Promise<Frame> {
  const handle = await page.locator(`iframe[src="${src}"]`).elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error(`no frame ${src}`);
  await frame.waitForLoadState('load');
  return frame;
}

/** The iframe's height on the host, and its embed's content height and document scroll height inside. */
async function heights(page: Page, src: string) {
  const frame = await frameOf(page, src);
  const iframe = await page.locator(`iframe[src="${src}"]`).evaluate((node) => node.getBoundingClientRect().height);
  const inside = await frame.evaluate(() => ({
    content: Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
    scroll: document.documentElement.scrollHeight,
    viewport: document.documentElement.clientHeight,
  }));
  return { iframe, ...inside };
}

async function expectFitted(page: Page, src: string): Promise<void> {
  let last = { iframe: 0, content: 0, scroll: 0, viewport: 0 };
  // The iframe is as tall as the embed's content, and the embed's document as tall as the iframe, give or take the
  // pixel an iframe at a fractional position on the host loses to rounding; nothing scrolls inside.
  const fits = () =>
    last.iframe === Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, last.content)) &&
    Math.abs(last.scroll - last.iframe) <= 1 &&
    last.scroll <= last.viewport;
  try {
    await expect
      .poll(
        async () => {
          // On screen, as a reader sees it: browsers defer updating an off-screen cross-origin frame's viewport.
          await page.locator(`iframe[src="${src}"]`).scrollIntoViewIfNeeded();
          last = await heights(page, src);
          return fits();
        },
        { timeout: 10_000 },
      )
      .toBe(true);
  } catch {
    throw new Error(`iframe ${src} does not fit its content: ${JSON.stringify(last)}`);
  }
}

test.describe('embed pages', () => {
  test('a claim embed shows the claim, verdict and chart, links to the full page, and stays out of search', async ({
    page,
  }) => {
    const response = await page.goto(r.embedClaim(claim.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(claim.title);
    await expect(page.locator('.embed-claim')).toContainText(claim.claim);
    await expect(page.locator('.verdict')).toContainText(site.ratingById.get(claim.verdict)?.label ?? '?');
    await expect(page.locator('figure#embed-timeline svg.timeline-svg').first()).toBeAttached();
    const back = page.locator('a', { hasText: 'Read the full fact-check' });
    await expect(back).toHaveAttribute('href', claimInfo.pageUrl);
    await expect(back).toHaveAttribute('target', '_blank');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', claimInfo.pageUrl);
    await expect(page.locator('.site-header, .site-nav, .site-footer')).toHaveCount(0);
    await expect(page.locator('main')).toHaveAttribute('data-embed-id', `claims/${claim.slug}`);
    // One inline script, allowed by its hash in the page's policy, so it runs in a sandboxed frame too.
    const inline = await page.locator('script:not([src])').allTextContents();
    expect(inline, 'inline scripts').toHaveLength(1);
    const digest = createHash('sha256')
      .update(inline[0] ?? '')
      .digest('base64');
    await expect(page.locator('meta[http-equiv="content-security-policy"]')).toHaveAttribute(
      'content',
      new RegExp(`'sha256-${digest.replace(/[+/=]/g, (c) => `\\${c}`)}'`),
    );
    expect(await page.locator('script[src]').count(), 'script files').toBe(0);
  });

  test('a metric embed shows its chart and links to the metric page', async ({ page }) => {
    await page.goto(r.embedMetric(metric.id));
    await expect(page.locator('h1')).toHaveText(metric.label);
    await expect(page.locator('figure#embed-timeline')).toBeVisible();
    await expect(page.locator(`a[href="${metricInfo.pageUrl}"][target="_blank"]`)).toHaveCount(1);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', metricInfo.pageUrl);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  });

  test('an embed page is complete without JavaScript', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    const page = await context.newPage();
    await page.goto(r.embedClaim(claim.slug));
    await expect(page.locator('figure#embed-timeline svg.timeline-svg--compact')).toBeVisible();
    await expect(page.locator('.verdict')).toBeVisible();
    await expect(page.locator(`a[href="${claimInfo.pageUrl}"]`)).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`a claim embed passes an axe-core scan in ${scheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(r.embedClaim(claim.slug));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((violation) => violation.id)).toEqual([]);
    });
  }

  // The budget is 20 KB as the browser downloads it (static hosts, and the preview server, compress HTML, CSS and
  // JS). The uncompressed size is printed too; the largest charts (two SVG sizes of three panels) take it past
  // 20 KB, so it is held only to a looser ceiling that catches regressions such as an inlined bundle.
  test('every embed page weighs under 20 KB: its HTML and the CSS and JS it loads, measured in the browser', async ({
    browser,
  }) => {
    const paths = [
      ...site.claims.map((entry) => r.embedClaim(entry.slug)),
      ...site.metrics.map((entry) => r.embedMetric(entry.id)),
    ];
    const lines: string[] = [];
    let heaviest = { path: '', raw: 0, transferred: 0, files: 0 };
    for (const path of paths) {
      // A fresh context each time: nothing comes from the cache.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(path, { waitUntil: 'load' });
      const weight = await page.evaluate(() => {
        const entries = [
          ...performance.getEntriesByType('navigation'),
          ...performance.getEntriesByType('resource'),
        ] as PerformanceResourceTiming[];
        const counted = entries.filter((entry) => !['img', 'image'].includes(entry.initiatorType));
        return {
          raw: counted.reduce((sum, entry) => sum + entry.decodedBodySize, 0),
          transferred: counted.reduce((sum, entry) => sum + entry.encodedBodySize, 0),
          files: counted.length,
        };
      });
      await context.close();
      const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`.padStart(7);
      lines.push(`${kb(weight.raw)} raw ${kb(weight.transferred)} transferred  ${weight.files} files  ${path}`);
      if (weight.raw > heaviest.raw) heaviest = { path, ...weight };
      expect(weight.transferred, `${path} as transferred`).toBeLessThan(BUDGET);
      expect(weight.raw, `${path} uncompressed`).toBeLessThan(RAW_CEILING);
      expect(weight.files, `${path}: its HTML, styles and scripts only`).toBeLessThanOrEqual(4);
    }
    console.log(`Embed page weights (HTML + CSS + JS it loads, no images):\n${lines.join('\n')}`);
    console.log(
      `Heaviest: ${heaviest.path}: ${heaviest.raw} bytes uncompressed, ${heaviest.transferred} bytes transferred, ${heaviest.files} files`,
    );
  });
});

test.describe('on a host page of another origin', () => {
  let host: { server: Server; origin: string };
  let other: { server: Server; origin: string };
  let claimSnippet = '';
  let metricSnippet = '';

  test.beforeAll(async ({ browser, baseURL }) => {
    const page = await browser.newPage({ baseURL: baseURL ?? '' });
    claimSnippet = await snippetOf(page, r.claim(claim.slug));
    metricSnippet = await snippetOf(page, r.metric(metric.id));
    const oembed = (await (await page.request.get(r.oembedClaim(claim.slug))).json()) as { html: string };
    await page.close();
    other = await startServer({
      '/frame.html': '<!doctype html><title>Another frame</title><p>Someone else’s frame</p>',
    });
    host = await startServer({
      '/': hostPage(
        `${claimSnippet}\n<p>Text between the two charts.</p>\n${metricSnippet}\n` +
          `<iframe id="other" title="Another site" src="${other.origin}/frame.html" height="50"></iframe>`,
      ),
      '/wordpress': hostPage(
        `<iframe src="${claimInfo.embedUrl}#?secret=${SECRET}" data-secret="${SECRET}" title="WordPress embed" width="600" height="400"></iframe>`,
      ),
      '/oembed': hostPage(oembed.html),
      // As WordPress frames an oEmbed provider it does not trust: sandboxed (an opaque origin, no same-origin
      // access), a secret in the fragment, and wp-embed.js's listener, which sizes the iframe of that secret.
      '/wordpress-sandboxed': hostPage(
        [
          [claimInfo.frameUrl, 'Claim1secret'],
          [metricInfo.frameUrl, 'Metric2secret'],
        ]
          .map(
            ([src, secret]) =>
              `<iframe sandbox="allow-scripts" src="${src}#?secret=${secret}" data-secret="${secret}" title="WordPress embed" width="100%" height="200"></iframe>`,
          )
          .join('\n') + WP_EMBED,
      ),
      '/themed': hostPage(
        `<iframe src="${claimInfo.embedUrl}?theme=dark" data-claimline title="Dark" width="100%" height="600"></iframe>\n` +
          `${claimSnippet}`,
      ),
      '/clobbered': hostPage(`${CLOBBERING}\n${CLOBBERING_FALLBACK}${claimSnippet}\n${metricSnippet}`),
    });
  });

  test.afterAll(async () => {
    await Promise.all([stop(host.server), stop(other.server)]);
  });

  test.beforeEach(async ({ context, baseURL }) => {
    await serveCanonicalOrigin(context, baseURL ?? '');
  });

  test('the host page holds the exact snippet from the Embed box: iframe then script, from our origin', () => {
    expect(claimSnippet).toBe(claimInfo.snippet);
    expect(metricSnippet).toBe(metricInfo.snippet);
    expect(new URL(claimInfo.embedUrl).origin).not.toBe(host.origin);
    expect(claimSnippet).toMatch(
      /^<iframe src="[^"]+" title="[^"]+" width="100%" height="\d+" loading="lazy" style="border:0" data-claimline><\/iframe>\n<script async src="[^"]+\/embed\.js"><\/script>$/,
    );
  });

  test('each iframe resizes to its content height, and follows it when the host gets narrower', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(host.origin);
    await expectFitted(page, claimInfo.frameUrl);
    await expectFitted(page, metricInfo.frameUrl);
    const wide = await heights(page, claimInfo.frameUrl);
    await page.setViewportSize({ width: 400, height: 1000 });
    await expectFitted(page, claimInfo.frameUrl);
    await expectFitted(page, metricInfo.frameUrl);
    const narrow = await heights(page, claimInfo.frameUrl);
    // Narrower, the embed is compact (src/styles/embed.css): a new height, reported and set.
    expect(narrow.iframe).not.toBe(wide.iframe);
    const received = await page.evaluate(() => (window as unknown as { received: Array<{ data: unknown }> }).received);
    const ids = new Set(
      received.flatMap(({ data }) =>
        typeof data === 'object' && data !== null && (data as { type?: unknown }).type === 'claimline:height'
          ? [(data as { id: string }).id]
          : [],
      ),
    );
    expect([...ids].sort()).toEqual([`claims/${claim.slug}`, `metrics/${metric.id}`].sort());
    expect(received.some(({ data }) => (data as { message?: unknown })?.message === 'height')).toBe(false);
  });

  test('the script is included twice yet listens once', async ({ page }) => {
    await page.goto(host.origin);
    await expectFitted(page, claimInfo.frameUrl);
    expect(await page.locator('script[src$="/embed.js"]').count()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { messageListeners: number }).messageListeners)).toBe(1);
  });

  test('elements of the host page named like the script’s globals (DOM clobbering) neither stop nor fool it', async ({
    page,
  }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${host.origin}/clobbered`);
    await expectFitted(page, claimInfo.frameUrl);
    await expectFitted(page, metricInfo.frameUrl);
    // The form before the claim's iframe is marked as its fallback: hidden once the iframe has reported.
    await expect(page.locator('form[data-claimline-fallback]')).toBeHidden();
    // Included twice, listening once, and window.claimlineEmbed is the script's API, not the element of that id.
    expect(await page.locator('script[src$="/embed.js"]').count()).toBe(2);
    expect(await page.evaluate(() => (window as unknown as { messageListeners: number }).messageListeners)).toBe(1);
    const api = await page.evaluate(() => {
      const value = (window as unknown as { claimlineEmbed?: { askAll?: () => void } }).claimlineEmbed;
      value?.askAll?.();
      return { element: value instanceof Element, askAll: typeof value?.askAll };
    });
    expect(api).toEqual({ element: false, askAll: 'function' });
    expect(errors).toEqual([]);
  });

  test('messages from another window or origin, or of the wrong shape, change nothing', async ({ page }) => {
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(host.origin);
    await expectFitted(page, claimInfo.frameUrl);
    await expectFitted(page, metricInfo.frameUrl);
    await page.waitForTimeout(300);
    const iframe = page.locator(`iframe[src="${claimInfo.frameUrl}"]`);
    const before = await iframe.evaluate((node) => node.style.height);
    // Every height the host script sets from now on.
    await iframe.evaluate((node) => {
      const log: string[] = [];
      (window as unknown as { heightLog: string[] }).heightLog = log;
      new MutationObserver(() => log.push(node.style.height)).observe(node, { attributeFilter: ['style'] });
    });
    const id = `claims/${claim.slug}`;
    // From the host page itself, and from a frame of a third origin: the right shape, the wrong sender.
    await page.evaluate((message) => window.postMessage(message, '*'), { type: 'claimline:height', id, height: 222 });
    const otherFrame = page.frame({ url: (url) => url.pathname === '/frame.html' });
    if (!otherFrame) throw new Error('no third-origin frame');
    await otherFrame.evaluate((message) => window.parent.postMessage(message, '*'), {
      type: 'claimline:height',
      id,
      height: 333,
    });
    await page.waitForTimeout(300);
    // From our own embed, but not the right shape.
    const frame = await frameOf(page, claimInfo.frameUrl);
    await frame.evaluate((id) => {
      const post = (message: unknown) => window.parent.postMessage(message, '*');
      post({ type: 'claimline:size', id, height: 444 });
      post({ type: 'claimline:height', id, height: Number.NaN });
      post({ type: 'claimline:height', id, height: Number.POSITIVE_INFINITY });
      post({ type: 'claimline:height', id, height: '555' });
      post({ type: 'claimline:height', id: 7, height: 666 });
      post({ type: 'claimline:height', height: 777 });
      post('claimline:height 888');
      post(null);
      // Then one valid message: messages from one window arrive in order, so all of the above were handled.
      post({ type: 'claimline:height', id, height: 1234 });
    }, id);
    await expect(iframe).toHaveCSS('height', '1234px');
    const log = await page.evaluate(() => (window as unknown as { heightLog: string[] }).heightLog);
    expect(log.filter((height) => height !== before && height !== '1234px')).toEqual([]);
    expect(await page.locator(`iframe[src="${metricInfo.frameUrl}"]`).evaluate((node) => node.style.height)).not.toBe(
      '222px',
    );
    // A valid message from the embed is clamped to 100–4000 px.
    await frame.evaluate((id) => window.parent.postMessage({ type: 'claimline:height', id, height: 1e9 }, '*'), id);
    await expect(iframe).toHaveCSS('height', `${MAX_HEIGHT}px`);
    await frame.evaluate((id) => window.parent.postMessage({ type: 'claimline:height', id, height: 3 }, '*'), id);
    await expect(iframe).toHaveCSS('height', `${MIN_HEIGHT}px`);
  });

  test("WordPress's secret message is posted when the fragment has secret=, and again on WordPress's ready", async ({
    page,
  }) => {
    await page.goto(`${host.origin}/wordpress`);
    const wordpress = () =>
      page.evaluate(
        (secret) =>
          (window as unknown as { received: Array<{ origin: string; data: unknown }> }).received.filter(
            ({ data }) => typeof data === 'object' && data !== null && (data as { secret?: unknown }).secret === secret,
          ),
        SECRET,
      );
    await expect.poll(async () => (await wordpress()).length).toBeGreaterThan(0);
    const [first] = await wordpress();
    expect(first?.origin).toBe(canonicalOrigin);
    expect(first?.data).toEqual({ secret: SECRET, message: 'height', value: expect.any(Number) });
    const frame = page.frame({ url: (url) => url.href.startsWith(claimInfo.embedUrl) });
    const content = await frame?.evaluate(() =>
      Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
    );
    expect((first?.data as { value: number }).value).toBe(content);
    const count = (await wordpress()).length;
    await page
      .locator('iframe')
      .evaluate(
        (node, secret) => (node as HTMLIFrameElement).contentWindow?.postMessage({ message: 'ready', secret }, '*'),
        SECRET,
      );
    await expect.poll(async () => (await wordpress()).length).toBeGreaterThan(count);
  });

  for (const width of [360, 800]) {
    test(`at ${width} px, embeds in WordPress-style sandboxed iframes run their script and reach their content's height`, async ({
      page,
    }) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      await page.setViewportSize({ width, height: 1000 });
      await page.goto(`${host.origin}/wordpress-sandboxed`);
      for (const [src, secret] of [
        [claimInfo.frameUrl, 'Claim1secret'],
        [metricInfo.frameUrl, 'Metric2secret'],
      ] as const) {
        const iframe = page.locator(`iframe[data-secret="${secret}"]`);
        const frame = await (await iframe.elementHandle())?.contentFrame();
        if (!frame) throw new Error(`no frame ${src}`);
        // The frame's origin is opaque: the script ran, and reported the content's height through WordPress.
        expect(await frame.evaluate(() => window.origin)).toBe('null');
        // Framed by WordPress, the embed is compact at any width, under WordPress's cap of 1,000 px.
        await expect
          .poll(async () => {
            const content = await frame.evaluate(() =>
              Math.ceil(document.querySelector('.embed')?.getBoundingClientRect().height ?? 0),
            );
            return { fits: Number(await iframe.getAttribute('height')) === Math.max(200, content), content };
          })
          .toEqual({ fits: true, content: expect.any(Number) });
        const content = await frame.evaluate(() => document.querySelector('.embed')?.getBoundingClientRect().height);
        expect(content, src).toBeLessThan(1000);
        // The chart's keyboard came from the same inline script.
        await expect(frame.locator('.timeline-canvas')).toHaveAttribute('tabindex', '0');
      }
      expect(errors.filter((error) => /CORS|Content Security Policy|Refused/i.test(error))).toEqual([]);
    });
  }

  test('a compact embed stays under 1,000 px tall at 360 px, automatically and when asked for with ?layout=compact', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 1000 });
    for (const entry of site.claims) {
      const info = views.claim(entry).embed;
      for (const query of ['', '?layout=compact']) {
        await page.goto(`${new URL(info.embedUrl).pathname}${query}`);
        const height = await page.locator('main.embed').evaluate((node) => node.getBoundingClientRect().height);
        expect(height, `${entry.slug}${query}`).toBeLessThan(1000);
        // The claim, the verdict and the one-line summary, and the licence, inside the frame.
        await expect(page.locator('.embed-claim')).toBeVisible();
        await expect(page.locator('.verdict')).toBeVisible();
        await expect(page.locator('.embed-credit')).toContainText(site.config.license);
        if (views.claim(entry).chart.series.length > 0) {
          await expect(page.locator('.timeline-title')).toHaveText(views.claim(entry).analysis.summary);
        }
      }
    }
    // Asked for in a wide frame too.
    await page.setViewportSize({ width: 800, height: 1000 });
    await page.goto(`${new URL(claimInfo.embedUrl).pathname}?layout=compact`);
    await expect(page.locator('.timeline-sources')).toBeHidden();
  });

  test("without any script, the snippet's starting height fits the embed at 360 px", async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360 + 16, height: 1000 } });
    await serveCanonicalOrigin(context, baseURL ?? '');
    const page = await context.newPage();
    for (const entry of [
      ...site.claims.map((c) => views.claim(c).embed),
      ...site.metrics.map((m) => views.metric(m).embed),
    ]) {
      await page.setContent(hostPage(entry.snippet));
      const frame = await (await page.locator('iframe').elementHandle())?.contentFrame();
      await frame?.waitForLoadState('load');
      const content = await frame?.locator('main.embed').evaluate((node) => node.getBoundingClientRect().bottom);
      expect(content ?? Infinity, entry.id).toBeLessThanOrEqual(entry.height);
    }
    await context.close();
  });

  test('?theme=dark, and a theme message from the host through embed.js, change the embed’s colours', async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(`${host.origin}/themed`);
    const background = async (src: string) => {
      const frame = await frameOf(page, src);
      return frame.evaluate(() => getComputedStyle(document.body).backgroundColor);
    };
    const dark = `${claimInfo.embedUrl}?theme=dark`;
    await expect.poll(() => background(dark)).toBe('rgb(20, 20, 18)');
    // The snippet's frame starts light, whatever the reader's system says…
    await expect.poll(() => background(claimInfo.frameUrl)).toBe('rgb(253, 252, 250)');
    // …and follows the host's choice, sent to our frames only.
    await page.evaluate(() =>
      (window as unknown as { claimlineEmbed: { setTheme(theme: string): void } }).claimlineEmbed.setTheme('dark'),
    );
    await expect.poll(() => background(claimInfo.frameUrl)).toBe('rgb(20, 20, 18)');
    // A theme message from anyone but the framing page changes nothing.
    const frame = await frameOf(page, dark);
    await frame.evaluate(() => window.postMessage({ type: 'claimline:theme', theme: 'light' }, '*'));
    await page.waitForTimeout(200);
    expect(await background(dark)).toBe('rgb(20, 20, 18)');
  });

  test('the oEmbed html shows its fallback quote until the iframe reports, then only the sized iframe', async ({
    page,
  }) => {
    await page.goto(`${host.origin}/oembed`);
    const quote = page.locator('blockquote[data-claimline-fallback]');
    await expect(quote).toContainText(claim.claim);
    await expect(quote).toContainText(site.ratingById.get(claim.verdict)?.label ?? '?');
    await expect(quote.locator(`a[href="${claimInfo.pageUrl}"]`)).toHaveCount(1);
    await expectFitted(page, claimInfo.frameUrl);
    await expect(quote).toBeHidden();
  });
});

test.describe('the Embed box and oEmbed discovery on the full pages', () => {
  test('Copy puts the exact snippet on the clipboard and says "Copied"', async ({ context, page, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto(r.claim(claim.slug));
    const box = page.locator('details.embed-box');
    await expect(box).not.toHaveAttribute('open');
    await box.locator('summary').click();
    const code = box.locator('textarea');
    await expect(code).toHaveAttribute('readonly', '');
    await box.getByRole('button', { name: 'Copy' }).click();
    await expect(box.getByRole('status')).toHaveText('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code.inputValue());
    expect(await code.inputValue()).toBe(claimInfo.snippet);
  });

  test('without JavaScript the Embed box has no Copy button, and its code can still be selected', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(r.metric(metric.id));
    await page.locator('details.embed-box summary').click();
    await expect(page.locator('details.embed-box textarea')).toBeVisible();
    await expect(page.locator('details.embed-box textarea')).toHaveValue(metricInfo.snippet);
    await expect(page.getByRole('button', { name: 'Copy' })).toHaveCount(0);
    await context.close();
  });

  for (const [kind, path, info] of [
    ['claim', r.claim(claim.slug), claimInfo],
    ['metric', r.metric(metric.id), metricInfo],
  ] as const) {
    test(`the ${kind} page links its oEmbed JSON, which parses and agrees with the page`, async ({ page, request }) => {
      await page.goto(path);
      const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
      await expect(link).toHaveCount(1);
      const href = (await link.getAttribute('href')) ?? '';
      const heading = (await page.locator('h1').textContent()) ?? '';
      await expect(link).toHaveAttribute('title', heading);
      expect(new URL(href).origin).toBe(canonicalOrigin);
      const response = await request.get(new URL(href).pathname);
      expect(response.status()).toBe(200);
      const oembed = (await response.json()) as Record<string, unknown>;
      const snippet = await page.locator('.embed-box textarea').inputValue();
      expect(oembed).toMatchObject({
        type: 'rich',
        version: '1.0',
        title: heading,
        provider_name: site.config.title,
        provider_url: site.config.url,
        width: expect.any(Number),
        height: expect.any(Number),
        thumbnail_url: expect.stringMatching(/^https?:\/\/.+\.png$/),
        thumbnail_width: expect.any(Number),
        thumbnail_height: expect.any(Number),
      });
      const html = String(oembed['html']);
      expect(html).toContain(`src="${info.frameUrl}"`);
      expect(html.endsWith(snippet)).toBe(true);
      expect(html).toMatch(/^<blockquote /);
      expect(oembed['thumbnail_url']).toBe(
        new URL(kind === 'claim' ? r.claimCard(claim.slug) : r.metricChart(metric.id, 'png'), site.config.url).href,
      );
      expect((await request.get(new URL(String(oembed['thumbnail_url'])).pathname)).status()).toBe(200);
    });
  }
});
