import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';

// The built site under test is the one in dist/, built from CONTENT_DIR (default content/).
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Fetches a PNG and reads its size from the IHDR chunk. */
async function pngSize(request: APIRequestContext, path: string): Promise<{ width: number; height: number }> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  expect(response.headers()['content-type'], path).toContain('image/png');
  const body = await response.body();
  expect([...body.subarray(0, 8)], `${path} starts with the PNG signature`).toEqual(SIGNATURE);
  expect(body.subarray(12, 16).toString('latin1'), `${path} starts with IHDR`).toBe('IHDR');
  return { width: body.readUInt32BE(16), height: body.readUInt32BE(20) };
}

/** Opens an SVG as its own document: a browser shows a parse error instead of an <svg> root if it is not XML. */
async function expectSvgDocument(page: Page, path: string, title: string): Promise<void> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()['content-type'], path).toContain('image/svg+xml');
  const root = await page.evaluate(() => ({
    name: document.documentElement.localName,
    errors: document.getElementsByTagName('parsererror').length,
    title: document.querySelector('svg > title')?.textContent ?? '',
    scripts: document.getElementsByTagName('script').length,
  }));
  expect(root, path).toEqual({ name: 'svg', errors: 0, title, scripts: 0 });
}

/** The content of a `<meta>` tag, by property or name. */
async function meta(page: Page, key: string): Promise<string | null> {
  return page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
}

for (const claim of site.claims) {
  test(`the claim "${claim.slug}" has chart.svg, a 1200 px chart.png and a 1200×630 card.png`, async ({
    page,
    request,
  }) => {
    const svg = await (await request.get(r.claimChart(claim.slug, 'svg'))).text();
    const title = /<title id="chart-title">([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
    expect(title, 'the SVG has a title').not.toBe('');
    await expectSvgDocument(page, r.claimChart(claim.slug, 'svg'), decode(title));
    const chart = await pngSize(request, r.claimChart(claim.slug, 'png'));
    expect(chart.width).toBe(1200);
    expect(chart.height).toBeGreaterThan(300);
    expect(await pngSize(request, r.claimCard(claim.slug))).toEqual({ width: 1200, height: 630 });
  });
}

for (const metric of site.metrics) {
  test(`the metric "${metric.id}" has chart.svg and a 1200 px chart.png`, async ({ page, request }) => {
    const svg = await (await request.get(r.metricChart(metric.id, 'svg'))).text();
    const title = /<title id="chart-title">([^<]*)<\/title>/.exec(svg)?.[1] ?? '';
    await expectSvgDocument(page, r.metricChart(metric.id, 'svg'), decode(title));
    expect((await pngSize(request, r.metricChart(metric.id, 'png'))).width).toBe(1200);
  });
}

test('every claim page shares its card: og:image points at card.png, which resolves at the size it states', async ({
  page,
  request,
}) => {
  for (const claim of site.claims) {
    await page.goto(r.claim(claim.slug));
    const image = new URL((await meta(page, 'og:image')) ?? '');
    expect(image.origin, claim.slug).toBe(new URL(site.config.url).origin);
    expect(image.pathname, claim.slug).toBe(r.claimCard(claim.slug));
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'og:image:alt')).toContain(claim.claim);
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await pngSize(request, image.pathname)).toEqual({ width: 1200, height: 630 });
  }
});

test('every metric page shares its chart: og:image points at chart.png, at the size it states', async ({
  page,
  request,
}) => {
  for (const metric of site.metrics) {
    await page.goto(r.metric(metric.id));
    const image = new URL((await meta(page, 'og:image')) ?? '');
    expect(image.pathname, metric.id).toBe(r.metricChart(metric.id, 'png'));
    const size = await pngSize(request, image.pathname);
    expect([await meta(page, 'og:image:width'), await meta(page, 'og:image:height')], metric.id).toEqual([
      String(size.width),
      String(size.height),
    ]);
  }
});

/** The text of an XML-escaped string. */
function decode(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
