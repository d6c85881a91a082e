import { expect, test, type BrowserContext, type Frame, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { languageRoutes, routes } from '../src/lib/routes.ts';
import { metaPolicy, parsePolicy } from '../src/lib/security/csp.ts';
import { headersForPath, parseHeadersFile } from '../src/lib/security/headers-file.ts';
import { builtPages, crawl, distDir } from './pages.ts';

// Every page runs under its Content-Security-Policy twice over: the <meta> tag Astro writes, and the headers the
// build writes to dist/_headers for Netlify and Cloudflare Pages, which this spec adds to every response the way
// those hosts would. A page that needs anything either policy does not allow reports a violation here.
const cwd = process.cwd();
const { site, editions } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');
/** The search page of each language of the site (`/search/`, `/fr/search/`…). */
const searchPages = new Set(editions.map((edition) => languageRoutes('/', edition).search));
const rules = parseHeadersFile(readFileSync(path.join(distDir, '_headers'), 'utf8'));
const embedPath = r.embedClaim(site.claims[0]?.slug ?? '');
const pagePath = r.claim(site.claims[0]?.slug ?? '');

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Serves every response of the site under test with the headers dist/_headers gives its path. */
async function applyHeadersFile(context: BrowserContext, baseURL: string | undefined): Promise<void> {
  await context.route(`${baseURL}/**`, async (route) => {
    // A policy governs the document it comes with (and a worker its script): other responses pass untouched.
    if (!['document', 'script'].includes(route.request().resourceType())) return route.continue();
    const response = await route.fetch();
    const headers = { ...response.headers() };
    for (const [name, values] of headersForPath(rules, new URL(route.request().url()).pathname)) {
      headers[name] = values.join(', ');
    }
    await route.fulfill({ response, headers });
  });
}

/** Records every securitypolicyviolation event in every frame, and every console message about CSP. */
async function recordViolations(context: BrowserContext, page: Page): Promise<string[]> {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.__cspViolations?.push(
          `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
        );
      },
      true,
    );
  });
  const messages: string[] = [];
  page.on('console', (message) => {
    if (/content.security.policy/i.test(message.text())) messages.push(message.text());
  });
  return messages;
}

async function violationsIn(frame: Page | Frame): Promise<string[]> {
  return frame.evaluate(() => window.__cspViolations ?? ['the recorder did not run']);
}

test('every page has a CSP meta tag without unsafe-inline or remote origins, and _headers repeats it', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThanOrEqual(site.claims.length + site.sources.length + site.metrics.length);
  const isHash = (source: string) => /^'sha(256|384|512)-/.test(source);
  const policies = new Map<string, ReturnType<typeof parsePolicy>>();
  for (const pathname of pages) {
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const meta = metaPolicy(readFileSync(file, 'utf8'));
    expect(meta, `${pathname} has a CSP meta tag`).toBeDefined();
    policies.set(pathname, parsePolicy(meta ?? ''));
  }
  const siteStyleHashes = new Set([...policies.values()].flatMap((policy) => policy.get('style-src') ?? []));
  for (const [pathname, policy] of policies) {
    expect(policy.get('default-src'), pathname).toEqual(["'self'"]);
    expect(policy.get('object-src'), pathname).toEqual(["'none'"]);
    expect(policy.get('base-uri'), pathname).toEqual(["'self'"]);
    expect(policy.get('form-action'), pathname).toEqual(["'self'"]);
    const scriptSrc = policy.get('script-src') ?? [];
    const styleSrc = policy.get('style-src') ?? [];
    expect(scriptSrc, pathname).toContain("'self'");
    for (const banned of [
      "'unsafe-inline'",
      "'unsafe-eval'",
      "'unsafe-hashes'",
      "'strict-dynamic'",
      'data:',
      'blob:',
    ]) {
      expect(scriptSrc, `${pathname} script-src`).not.toContain(banned);
      expect(styleSrc, `${pathname} style-src`).not.toContain(banned);
    }
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, `${pathname} ${name}: no remote origin`).not.toMatch(/^(https?:|\*|[\w-]+\.[\w.-]+)/);
      }
    }
    // The wasm and data: exceptions are the search pages' alone.
    if (!searchPages.has(pathname)) {
      expect(scriptSrc, pathname).not.toContain("'wasm-unsafe-eval'");
      expect(policy.has('img-src'), pathname).toBe(false);
    }
    // _headers: exactly one policy for the page, the meta tag's but for frame-ancestors ('none' but on the embeds)
    // and the hashes: no script hashes (every script is a file under 'self') but on the embeds, the style hashes of
    // the whole site.
    const header = headersForPath(rules, pathname).get('content-security-policy') ?? [];
    expect(header, `${pathname}: one Content-Security-Policy header`).toHaveLength(1);
    const { 'frame-ancestors': ancestors, ...rest } = Object.fromEntries(parsePolicy(header[0] ?? ''));
    // An embed, in any language (`/embed/…`, `/fr/embed/…`), may be framed by any site.
    const embed = /^\/(?:[a-z]{2,3}(?:-[a-z0-9]+)*\/)?embed\//.test(pathname);
    expect(ancestors, `${pathname} frame-ancestors`).toEqual(embed ? undefined : ["'none'"]);
    const withoutHashes = (sources: readonly string[] = []) => sources.filter((source) => !isHash(source));
    // The embeds keep their script hashes: their one script is inline, to run in a sandboxed frame.
    expect({ ...rest, 'style-src': withoutHashes(rest['style-src']) }, pathname).toEqual({
      ...Object.fromEntries(policy),
      'script-src': embed ? scriptSrc : withoutHashes(scriptSrc),
      'style-src': withoutHashes(styleSrc),
    });
    const headerStyleHashes = (rest['style-src'] ?? []).filter(isHash);
    expect(headerStyleHashes, `${pathname}: the page's own style hashes`).toEqual(
      expect.arrayContaining(styleSrc.filter(isHash)),
    );
    expect(
      headerStyleHashes.every((hash) => siteStyleHashes.has(hash)),
      `${pathname}: only the site's`,
    ).toBe(true);
    expect(headersForPath(rules, pathname).get('x-content-type-options'), pathname).toEqual(['nosniff']);
    expect(headersForPath(rules, pathname).get('referrer-policy'), pathname).toEqual([
      'strict-origin-when-cross-origin',
    ]);
  }
});

test('no page reports a CSP violation, under its meta tag and the _headers policy', async ({
  context,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await applyHeadersFile(context, baseURL);
  const messages = await recordViolations(context, page);
  const violations: string[] = [];
  const visited = await crawl(page, async (pathname) => {
    await page.waitForLoadState('load');
    violations.push(...(await violationsIn(page)).map((text) => `${pathname}: ${text}`));
  });
  expect(visited).toContain(embedPath);
  expect(visited.length).toBe(builtPages().length);
  expect([...violations, ...messages]).toEqual([]);
});

test('search runs under the search page policy and reports no CSP violation', async ({ context, page, baseURL }) => {
  await applyHeadersFile(context, baseURL);
  const messages = await recordViolations(context, page);
  await page.goto(r.search);
  await page.locator('#search input').fill(searchWord());
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  expect([...(await violationsIn(page)), ...messages]).toEqual([]);
});

test('without its worker, search compiles its WebAssembly on the page, which only the search page allows', async ({
  context,
  page,
  baseURL,
}) => {
  // Pagefind runs in a web worker, whose script carries no policy; when the worker cannot start it falls back to the
  // page itself, and that is what 'wasm-unsafe-eval' in the search page's script-src is for.
  await applyHeadersFile(context, baseURL);
  await context.route('**/pagefind/pagefind-worker.js', (route) => route.fulfill({ status: 404, body: '' }));
  const messages = await recordViolations(context, page);
  await page.goto(r.search);
  await page.locator('#search input').fill(searchWord());
  await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
  expect([...(await violationsIn(page)), ...messages]).toEqual([]);
});

test('the recorder sees a violation: an inline script added to a page is blocked and reported', async ({
  context,
  page,
}) => {
  await context.route(`**${r.home}`, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<script>document.title = "inline";</script></body>');
    await route.fulfill({ response, body });
  });
  const messages = await recordViolations(context, page);
  await page.goto(r.home);
  expect(await violationsIn(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
  expect(messages.join('\n')).toMatch(/Content Security Policy/);
  await expect(page).not.toHaveTitle('inline');
});

test('another site can frame an embed but not any other page', async ({ context, page, baseURL }) => {
  await applyHeadersFile(context, baseURL);
  const messages = await recordViolations(context, page);
  const host = await startServer(
    `<!doctype html><title>Host</title>` +
      `<iframe id="embed" src="${baseURL}${embedPath}"></iframe>` +
      `<iframe id="page" src="${baseURL}${pagePath}"></iframe>`,
  );
  try {
    await page.goto(host.origin);
    const embed = page.frameLocator('#embed');
    await expect(embed.locator('main.embed')).toBeVisible();
    await expect(embed.locator('.timeline, .verdict').first()).toBeVisible();
    const framed = page.frame({ url: `${baseURL}${embedPath}` });
    expect(framed && (await violationsIn(framed))).toEqual([]);
    // The claim page refuses to be framed (Chromium names only the origin): its frame shows Chromium's error page.
    await expect.poll(() => messages.filter((text) => /frame-ancestors 'none'/.test(text)).length).toBe(1);
    await expect(page.frameLocator('#page').locator('.site-header')).toHaveCount(0);
    expect(page.frames().map((frame) => new URL(frame.url()).pathname)).not.toContain(pagePath);
    expect(messages.filter((text) => !/frame-ancestors 'none'/.test(text))).toEqual([]);
  } finally {
    await new Promise<void>((resolve) => {
      host.server.close(() => resolve());
      host.server.closeAllConnections();
    });
  }
});

/** A word of the first claim's title, which search finds. */
function searchWord(): string {
  return ((site?.claims[0]?.title.match(/\p{L}{5,}/gu) ?? [])[0] ?? 'estimate').toLowerCase();
}

/** A one-page web server on another port: another origin than the site under test. */
async function startServer(html: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}
