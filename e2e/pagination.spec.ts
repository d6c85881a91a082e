// The paginated listings of a site with several pages of them: the home page's latest fact-checks, the archive
// (/claims/, /claims/page/2/, …), sources and metrics. `npm test -- paginated` builds a generated site of 130
// claims (e2e/fixtures/many.ts) and runs this file on it; on content with one page of claims it skips itself.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { drawsInline } from '../src/lib/chart/inline-chart.ts';
import { HOME_CLAIMS, LISTING_PAGE_SIZE } from '../src/lib/pagination.ts';
import { routes } from '../src/lib/routes.ts';
import { distDir } from './pages.ts';

const cwd = process.cwd();
const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
const { site } = checkContent({ dir: contentDir, cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
test.skip(
  site.claims.length <= LISTING_PAGE_SIZE,
  'needs more than one page of claims (npm test -- paginated builds such a site)',
);
const r = routes('/');
const pagesOf = (count: number) => Math.max(1, Math.ceil(count / LISTING_PAGE_SIZE));

/** Follows a listing's rel="next" links from its first page; returns each page's address and entries. */
async function walk(page: Page, first: string, entry: string): Promise<Array<{ path: string; ids: string[] }>> {
  const seen: Array<{ path: string; ids: string[] }> = [];
  let next: string | null = first;
  while (next) {
    const response = await page.goto(next);
    expect(response?.status(), next).toBe(200);
    const ids = await page
      .locator(`main [${entry}]`)
      .evaluateAll((nodes, name) => nodes.map((node) => node.getAttribute(name) ?? ''), entry);
    seen.push({ path: new URL(page.url()).pathname, ids });
    next = await page
      .locator('.page-nav a[rel="next"]')
      .getAttribute('href', { timeout: 1000 })
      .catch(() => null);
    expect(seen.length, 'the listing ends').toBeLessThan(1000);
  }
  return seen;
}

test('the home page shows the latest fact-checks, newest first, and links to the archive of all of them', async ({
  page,
}) => {
  await page.goto(r.home);
  const slugs = await page
    .locator('[data-claim]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')));
  expect(slugs).toEqual(site.claims.slice(0, HOME_CLAIMS).map((claim) => claim.slug));
  const archive = page.locator('a[data-archive-link]');
  await expect(archive).toHaveAttribute('href', r.claims);
  await expect(archive).toContainText(site.claims.length.toLocaleString('en'));
});

test('the archive lists every fact-check once, newest first, 50 to a page, at /claims/ then /claims/page/<n>/', async ({
  page,
}) => {
  const pages = await walk(page, r.claims, 'data-claim');
  expect(pages.map((entry) => entry.path)).toEqual(
    Array.from({ length: pagesOf(site.claims.length) }, (_, index) => r.claimsPage(index + 1)),
  );
  expect(pages.length).toBeGreaterThanOrEqual(3);
  for (const entry of pages.slice(0, -1)) expect(entry.ids, entry.path).toHaveLength(LISTING_PAGE_SIZE);
  expect(pages.flatMap((entry) => entry.ids)).toEqual(site.claims.map((claim) => claim.slug));
});

test('sources and metrics are listed in pages the same way, every one once and in order', async ({ page }) => {
  const sources = await walk(page, r.sources, 'data-source');
  expect(sources.map((entry) => entry.path)).toEqual(
    Array.from({ length: pagesOf(site.sources.length) }, (_, index) => r.sourcesPage(index + 1)),
  );
  expect(sources.length).toBeGreaterThan(1);
  expect(sources.flatMap((entry) => entry.ids)).toEqual(site.sources.map((source) => source.id));
  const metrics = await walk(page, r.metrics, 'data-metric');
  expect(metrics.flatMap((entry) => entry.ids)).toEqual(site.metrics.map((metric) => metric.id));
});

test('each page links its neighbours with rel=prev and rel=next, in its head and in its navigation', async ({
  page,
}) => {
  const count = pagesOf(site.claims.length);
  for (let number = 1; number <= count; number++) {
    await page.goto(r.claimsPage(number));
    const previous = number > 1 ? r.claimsPage(number - 1) : null;
    const next = number < count ? r.claimsPage(number + 1) : null;
    for (const [rel, href] of [
      ['prev', previous],
      ['next', next],
    ] as const) {
      const head = page.locator(`head link[rel="${rel}"]`);
      const link = page.locator(`.page-nav a[rel="${rel}"]`);
      if (href === null) {
        await expect(head, `${rel} on page ${number}`).toHaveCount(0);
        await expect(link, `${rel} on page ${number}`).toHaveCount(0);
      } else {
        await expect(head).toHaveAttribute('href', href);
        await expect(link).toHaveAttribute('href', href);
      }
    }
    await expect(page).toHaveTitle(new RegExp(`^Fact-checks, page ${number} of ${count} · `));
  }
});

test('the page navigation is a labelled list of page links that marks the current page', async ({ page }) => {
  await page.goto(r.claimsPage(2));
  const nav = page.getByRole('navigation', { name: 'Pages of the fact-checks' });
  await expect(nav).toBeVisible();
  const current = nav.locator('a[aria-current="page"]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveText('2');
  await expect(current).toHaveAccessibleName('Page 2');
  const numbered = await nav
    .locator('a[aria-label^="Page "]')
    .evaluateAll((links) => links.map((link) => [link.textContent, link.getAttribute('href')]));
  expect(numbered).toEqual(
    Array.from({ length: pagesOf(site.claims.length) }, (_, index) => [String(index + 1), r.claimsPage(index + 1)]),
  );
  await expect(page.locator('[data-listing-range]')).toHaveText(
    `Fact-checks ${LISTING_PAGE_SIZE + 1}–${2 * LISTING_PAGE_SIZE} of ${site.claims.length}, newest first.`,
  );
});

test('there is no page 1 under page/ and no page past the last', async ({ request }) => {
  const count = pagesOf(site.claims.length);
  expect((await request.get('/claims/page/1/')).status()).toBe(404);
  expect((await request.get(`/claims/page/${count + 1}/`)).status()).toBe(404);
  expect((await request.get(`/sources/page/${pagesOf(site.sources.length) + 1}/`)).status()).toBe(404);
});

test('every listing page stays small: at most 40 KB of HTML', () => {
  const listing = [
    r.home,
    ...Array.from({ length: pagesOf(site.claims.length) }, (_, index) => r.claimsPage(index + 1)),
    ...Array.from({ length: pagesOf(site.sources.length) }, (_, index) => r.sourcesPage(index + 1)),
    ...Array.from({ length: pagesOf(site.metrics.length) }, (_, index) => r.metricsPage(index + 1)),
    r.corrections,
  ];
  const sizes = listing.map((pathname) => ({
    pathname,
    bytes: readFileSync(path.join(distDir, pathname, 'index.html')).length,
  }));
  console.log(`Listing pages: ${sizes.map((size) => `${size.pathname} ${size.bytes} B`).join(', ')}`);
  for (const size of sizes) expect(size.bytes, size.pathname).toBeLessThanOrEqual(40 * 1024);
});

test('a claim body charting a metric of more figures than a page should carry shows its chart image instead', async ({
  page,
}) => {
  const charted = site.claims.flatMap((claim) => {
    const metric = /<Timeline metric="([^"]+)"/.exec(readFileSync(path.join(contentDir, claim.path), 'utf8'))?.[1];
    const figures = metric === undefined ? 0 : (site.figuresByMetric.get(metric)?.length ?? 0);
    return metric !== undefined && !drawsInline(figures) ? [{ claim, metric }] : [];
  });
  expect(charted.length, 'the generated site has such claims').toBeGreaterThan(0);
  for (const { claim, metric } of charted) {
    const pathname = r.claim(claim.slug);
    const bytes = readFileSync(path.join(distDir, pathname, 'index.html')).length;
    expect(bytes, pathname).toBeLessThanOrEqual(40 * 1024);
    await page.goto(pathname);
    const figure = page.locator(`#timeline-metric-${metric}`);
    await expect(figure.locator('img')).toHaveAttribute('src', r.metricChart(metric, 'svg'));
    await expect(figure.locator('svg')).toHaveCount(0);
    await expect(figure.getByRole('link', { name: /every figure and its source/ })).toHaveAttribute(
      'href',
      r.metric(metric),
    );
    const image = await page.request.get(r.metricChart(metric, 'svg'));
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type'] ?? '').toMatch(/svg/);
  }
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a middle page of the archive and of the sources passes an axe-core scan in ${scheme} mode`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme });
    for (const pathname of [r.claimsPage(2), r.sourcesPage(2)]) {
      await page.goto(pathname);
      const results = await new AxeBuilder({ page }).analyze();
      expect(
        results.violations.map((violation) => `${pathname} ${violation.id}`),
        pathname,
      ).toEqual([]);
    }
  });
}

test('on a 360 px phone the page navigation wraps and the page needs no sideways scrolling', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  for (const pathname of [r.home, r.claimsPage(2), r.sourcesPage(2)]) {
    await page.goto(pathname);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), pathname).toBeLessThanOrEqual(360);
  }
  const box = await page.locator('.page-nav a').first().boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await context.close();
});
