import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { HOME_CLAIMS, LISTING_PAGE_SIZE } from '../src/lib/pagination.ts';
import { routes } from '../src/lib/routes.ts';
import { expectationsFor } from './expected/expectations.ts';
import { builtPages, distDir } from './pages.ts';

// The built site under test is the one in dist/, built from CONTENT_DIR (default content/).
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');
const expected = expectationsFor(resolveContentDir({ env: process.env.CONTENT_DIR, cwd }));

test('the home page lists the latest claims, newest first, each with its verdict, and links to them all', async ({
  page,
}) => {
  await page.goto(r.home);
  const latest = site.claims.slice(0, HOME_CLAIMS);
  const cards = page.locator('[data-claim]');
  await expect(cards).toHaveCount(latest.length);
  const slugs = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim')));
  expect(slugs).toEqual(latest.map((claim) => claim.slug));
  for (const claim of latest) {
    const label = site.ratingById.get(claim.verdict)?.label ?? '';
    await expect(page.locator(`[data-claim="${claim.slug}"] .verdict`)).toContainText(label);
  }
  await expect(page.locator('a[data-archive-link]')).toHaveAttribute('href', r.claims);
});

test('the archive lists every claim, newest first, each with its verdict', async ({ page }) => {
  const slugs: string[] = [];
  for (let number = 1; number <= Math.ceil(site.claims.length / LISTING_PAGE_SIZE); number++) {
    await page.goto(r.claimsPage(number));
    const cards = page.locator('[data-claim]');
    const onPage = await cards.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-claim') ?? ''));
    slugs.push(...onPage);
    for (const slug of onPage) {
      const claim = site.claimBySlug.get(slug);
      await expect(page.locator(`[data-claim="${slug}"] .verdict`)).toContainText(
        site.ratingById.get(claim?.verdict ?? '')?.label ?? `no claim ${slug}`,
      );
    }
  }
  expect(slugs).toEqual(site.claims.map((claim) => claim.slug));
});

for (const claim of site.claims) {
  test(`the claim page of "${claim.slug}" shows the claim, verdict and every figure with its number`, async ({
    page,
  }) => {
    const response = await page.goto(r.claim(claim.slug));
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1')).toHaveText(claim.title);
    await expect(page.locator('.claim-box .claim-text')).toContainText(claim.claim);
    await expect(page.locator('.verdict-box .verdict')).toContainText(site.ratingById.get(claim.verdict)?.label ?? '');
    // One row per estimate: a figure that reports an estimate already listed (sameAs) is named in that row.
    const { rows: expectedRows, sameEstimate } = expected.claims[claim.slug] ?? noExpectations(claim.slug);
    for (const [row, others] of Object.entries(sameEstimate)) {
      for (const id of others) {
        await expect(page.locator(`tr[data-figure="${row}"] [data-same-estimate="${id}"]`)).toHaveCount(1);
      }
    }
    const rows = page.locator('tr[data-figure]');
    await expect(rows).toHaveCount(expectedRows.length);
    for (const id of expectedRows) {
      const figure = site.figureById.get(id);
      if (!figure) throw new Error(`unknown figure ${id}`);
      const cell = page.locator(`tr[data-figure="${id}"] a.figure-value`);
      await expect(cell).toContainText(expected.values[id] ?? `no expected value for ${id}`);
      await expect(cell).toContainText(site.metricById.get(figure.metric)?.unit ?? '');
      await expect(cell).toHaveAttribute('href', r.figure(figure));
    }
    for (const id of claim.claimed) await expect(page.locator(`tr.is-claim[data-figure="${id}"]`)).toHaveCount(1);
    const appearance = site.sourceById.get(claim.appearance);
    await expect(page.locator(`.claim-box a[href="${r.source(claim.appearance)}"]`)).toHaveText(
      appearance?.title ?? '',
    );
  });
}

test('every source page highlights each figure quote under an anchor named by the figure id', async ({ page }) => {
  for (const source of site.sources) {
    await page.goto(r.source(source.id));
    await expect(page.locator('h1')).toHaveText(source.title);
    for (const id of source.figures) {
      const mark = page.locator(`mark[id="${id}"]`);
      await expect(mark, `${source.id}#${id}`).toHaveCount(1);
      await expect(page.locator(`tr[data-figure="${id}"]`)).toHaveCount(1);
    }
  }
});

test('every metric page lists all of its figures, oldest first', async ({ page }) => {
  for (const metric of site.metrics) {
    await page.goto(r.metric(metric.id));
    await expect(page.locator('h1')).toHaveText(metric.label);
    const ids = await page
      .locator('tr[data-figure]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-figure')));
    expect(ids).toEqual((site.figuresByMetric.get(metric.id) ?? []).map((figure) => figure.id));
  }
});

test('every internal link and fragment on the site resolves', async ({ page, request }) => {
  const queue = [r.home];
  const seen = new Set<string>(queue);
  const anchors = new Map<string, Set<string>>();
  const fragments: Array<{ from: string; path: string; hash: string }> = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await page.goto(path);
    expect(response?.status(), `GET ${path}`).toBe(200);
    anchors.set(path, new Set(await page.locator('[id]').evaluateAll((nodes) => nodes.map((node) => node.id))));
    for (const href of await hrefsOf(page)) {
      const url = new URL(href, page.url());
      if (url.origin !== new URL(page.url()).origin) continue;
      if (url.hash) fragments.push({ from: path, path: url.pathname, hash: decodeURIComponent(url.hash.slice(1)) });
      if (!seen.has(url.pathname)) {
        seen.add(url.pathname);
        if (url.pathname.endsWith('/')) queue.push(url.pathname);
        else expect((await request.get(url.pathname)).status(), `asset ${url.pathname} from ${path}`).toBe(200);
      }
    }
  }
  for (const { from, path, hash } of fragments) {
    expect(anchors.get(path)?.has(hash), `#${hash} on ${path} (linked from ${from})`).toBe(true);
  }
  const expectedPages = site.claims.length + site.sources.length + site.metrics.length;
  expect(seen.size).toBeGreaterThanOrEqual(expectedPages);
});

test('pages are complete without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const claim = site.claims[0];
  if (!claim) throw new Error('no claims');
  await page.goto(r.claim(claim.slug));
  await expect(page.locator('h1')).toHaveText(claim.title);
  await expect(page.locator('tr[data-figure]').first()).toBeVisible();
  await context.close();
});

test('a 360 px phone screen needs no sideways scrolling of the page', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  // Every claim and source: a body may hold a wide table, a long URL or a long compound word.
  for (const path of [
    r.home,
    ...site.claims.map((claim) => r.claim(claim.slug)),
    ...site.sources.map((source) => r.source(source.id)),
    r.methodology,
  ]) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, path).toBeLessThanOrEqual(360);
  }
  await context.close();
});

test('no page gives one id to two elements, even where a claim’s body has a heading named like a section', () => {
  // The minimal fixture's claim has "## Sources", the slug of the page's own Sources section.
  const repeated: string[] = [];
  for (const pathname of builtPages()) {
    const file = path.join(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    const ids = [...readFileSync(file, 'utf8').matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    const seen = new Set<string | undefined>();
    for (const id of ids) {
      if (seen.has(id)) repeated.push(`${pathname} #${id}`);
      seen.add(id);
    }
  }
  expect(repeated).toEqual([]);
});

async function hrefsOf(page: Page): Promise<string[]> {
  const links = await page
    .locator('a[href]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? ''));
  const assets = await page
    .locator('link[rel="stylesheet"][href], script[src], img[src]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('href') ?? node.getAttribute('src') ?? ''));
  return [...links, ...assets];
}

function noExpectations(slug: string): never {
  throw new Error(`e2e/expected has nothing for the claim ${slug}: run npm run e2e:expectations and review the diff`);
}
