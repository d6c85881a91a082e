// The example site built under a sub-path (BASE_PATH=/factcheck/ by default) and served there: every internal link,
// asset and fragment resolves and stays under the base, and so does every absolute URL of the site (canonical
// links, social images, feeds, sitemap, oEmbed). Run by `npx playwright test -c playwright.subpath.config.ts`
// on a build made with `astro build --outDir $SUBPATH_DIST`.
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { resolveContentDir } from '../../src/lib/load/content-dir.ts';
import { routes } from '../../src/lib/routes.ts';

const base = process.env.BASE_PATH ?? '/factcheck/';
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes(base);
const canonical = new URL(site.config.url);

test('the base path is a sub-path', () => {
  expect(base).toMatch(/^\/[^/].*\/$/);
});

/** Every URL a page refers to: links, stylesheets, icons, scripts, images, frames, and the social-card metadata. */
async function referencesOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const values: string[] = [];
    const attribute = (selector: string, name: string) => {
      for (const node of document.querySelectorAll(selector)) {
        const value = node.getAttribute(name);
        if (value) values.push(new URL(value, document.baseURI).href);
      }
    };
    attribute('a[href]', 'href');
    attribute('link[href]', 'href');
    attribute('script[src]', 'src');
    attribute('img[src]', 'src');
    attribute('iframe[src]', 'src');
    attribute('form[action]', 'action');
    attribute('meta[property="og:image"], meta[property="og:url"], meta[name="twitter:image"]', 'content');
    return values;
  });
}

/** Addresses site.yaml gives that are other sites' pages, though they may share the canonical origin. */
const external = new Set(
  [site.config.url, site.config.publisher.url, site.config.repository, site.config.submit].flatMap((url) =>
    url === undefined ? [] : [new URL(url).href],
  ),
);

/** The path on the preview server of a URL of this site: served here, or the canonical address of a page. */
function localPath(url: URL, origin: string): string | undefined {
  if (url.origin === origin) return url.pathname;
  if (url.origin === canonical.origin && !external.has(url.href)) return url.pathname;
  return undefined;
}

async function expectServed(request: APIRequestContext, pathname: string, from: string): Promise<void> {
  expect(pathname.startsWith(base), `${pathname} (from ${from}) is outside ${base}`).toBe(true);
  expect((await request.get(pathname)).status(), `GET ${pathname} (from ${from})`).toBe(200);
}

test('every internal link, asset and fragment resolves under the base path', async ({ page, request }) => {
  const queue = [r.home];
  const seen = new Set(queue);
  const anchors = new Map<string, Set<string>>();
  const fragments: Array<{ from: string; path: string; hash: string }> = [];
  let origin = '';
  while (queue.length > 0) {
    const pathname = queue.shift() as string;
    const response = await page.goto(pathname);
    expect(response?.status(), `GET ${pathname}`).toBe(200);
    origin = new URL(page.url()).origin;
    anchors.set(pathname, new Set(await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id))));
    for (const href of await referencesOf(page)) {
      const url = new URL(href);
      const local = localPath(url, origin);
      if (local === undefined) continue;
      expect(local.startsWith(base), `${href} on ${pathname} is outside ${base}`).toBe(true);
      if (url.hash && url.origin === origin) {
        fragments.push({ from: pathname, path: local, hash: decodeURIComponent(url.hash.slice(1)) });
      }
      if (seen.has(local)) continue;
      seen.add(local);
      if (local.endsWith('/')) queue.push(local);
      else await expectServed(request, local, pathname);
    }
  }
  for (const { from, path, hash } of fragments) {
    expect(anchors.get(path)?.has(hash), `#${hash} on ${path} (linked from ${from})`).toBe(true);
  }
  const pages = site.claims.length + site.sources.length + site.metrics.length;
  expect(anchors.size).toBeGreaterThanOrEqual(pages);
  for (const claim of site.claims) expect(anchors.has(r.claim(claim.slug)), claim.slug).toBe(true);
});

test('feeds, the sitemap and oEmbed documents name addresses under the base path', async ({ request }) => {
  const siteUrl = (pathname: string) => new URL(pathname, canonical).href;
  const texts = await Promise.all(
    [r.rss, `${base}sitemap-index.xml`, `${base}sitemap-0.xml`, r.oembedClaim(site.claims[0]?.slug ?? '')].map(
      async (pathname) => {
        const response = await request.get(pathname);
        expect(response.status(), pathname).toBe(200);
        return { pathname, text: await response.text() };
      },
    ),
  );
  for (const { pathname, text } of texts) {
    const urls = text.match(/https?:\/\/[^\s"'<>\\]+/g) ?? [];
    const own = urls.filter((url) => new URL(url).origin === canonical.origin && !external.has(new URL(url).href));
    expect(own.length, pathname).toBeGreaterThan(0);
    for (const url of own) {
      const { pathname: path } = new URL(url);
      expect(url.startsWith(siteUrl(base)), `${url} in ${pathname}`).toBe(true);
      await expectServed(request, path, pathname);
    }
  }
});

test('search results link to pages under the base path', async ({ page, request }) => {
  const claim = site.claims[0];
  if (!claim) throw new Error('no claims');
  const word = claim.title.split(/\W+/).find((part) => part.length >= 5) ?? claim.title;
  await page.goto(`${r.search}?q=${encodeURIComponent(word)}`);
  const link = page.locator('.pagefind-ui__result-link').first();
  await expect(link).toBeVisible({ timeout: 15_000 });
  const href = (await link.getAttribute('href')) ?? '';
  await expectServed(request, new URL(href, page.url()).pathname, r.search);
});

test('a page outside the base path is not served', async ({ request }) => {
  const claim = site.claims[0];
  if (!claim) throw new Error('no claims');
  expect((await request.get(routes('/').claim(claim.slug))).status()).toBe(404);
});
