import { expect, test, type Page } from '@playwright/test';
import { csvParse } from 'd3-dsv';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import type { Claim } from '../src/lib/model/types.ts';
import { routes } from '../src/lib/routes.ts';
import { expectationsFor } from './expected/expectations.ts';

// The built site under test is the one in dist/, built from CONTENT_DIR (default content/).
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');
const expectations = expectationsFor(resolveContentDir({ env: process.env.CONTENT_DIR, cwd }));
const ratingValues = site.config.ratings.map((rating) => rating.value);

/** The ISO form schema.org gets for an EDTF date: only a plain day, month or year. */
function schemaDateOf(edtf: string): string | undefined {
  return /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(edtf) ? edtf : undefined;
}

async function fetchText(page: Page, path: string): Promise<{ text: string; type: string }> {
  const response = await page.request.get(path);
  expect(response.status(), `GET ${path}`).toBe(200);
  return { text: await response.text(), type: response.headers()['content-type'] ?? '' };
}

interface ClaimEntry {
  slug: string;
  url: string;
  title: string;
  claim: string;
  verdict: string;
  verdict_label: string;
  summary: string;
  figures: Array<Record<string, string | number | boolean | null>>;
  relations: Array<{ figure: string; relation: string; sentence: string }>;
}

for (const claim of site.claims) {
  test(`the claim page of "${claim.slug}" has exactly one ClaimReview that parses and agrees with the page`, async ({
    page,
  }) => {
    const raw = (await fetchText(page, r.claim(claim.slug))).text;
    expect(raw.match(/<script[^>]*type="application\/ld\+json"/g) ?? []).toHaveLength(1);
    await page.goto(r.claim(claim.slug));
    const scripts = page.locator('script[type="application/ld+json"]');
    await expect(scripts).toHaveCount(1);
    const text = (await scripts.textContent()) ?? '';
    expect(text).not.toMatch(/[<>&]/);
    const review = JSON.parse(text);
    const rating = site.ratingById.get(claim.verdict);
    const appearance = site.sourceById.get(claim.appearance);
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');

    expect(review['@context']).toBe('https://schema.org');
    expect(review['@type']).toBe('ClaimReview');
    expect(review.url).toBe(canonical);
    expect(review.claimReviewed).toBe(claim.claim);
    await expect(page.locator('.claim-box .claim-text')).toHaveText(review.claimReviewed);
    expect(review.reviewRating).toEqual({
      '@type': 'Rating',
      ratingValue: rating?.value,
      alternateName: rating?.label,
      bestRating: Math.max(...ratingValues),
      worstRating: Math.min(...ratingValues),
      ratingExplanation: claim.summary,
    });
    await expect(page.locator('.verdict-box .verdict')).toContainText(review.reviewRating.alternateName);
    expect(review.itemReviewed['@type']).toBe('Claim');
    expect(review.itemReviewed.author).toEqual({
      '@type': claim.claimantType === 'person' ? 'Person' : 'Organization',
      name: claim.claimant,
    });
    expect(review.itemReviewed.datePublished).toBe(schemaDateOf(claim.claimDate));
    expect(review.itemReviewed.appearance).toEqual({
      '@type': 'CreativeWork',
      name: appearance?.title,
      ...(appearance?.url ? { url: appearance.url } : {}),
    });
    expect(review.author).toEqual({
      '@type': 'Organization',
      name: site.config.publisher.name,
      url: site.config.publisher.url,
    });
    expect(review.datePublished).toBe(schemaDateOf(claim.published));
  });
}

test('figures.csv has one row per figure, with the numbers the pages show', async ({ page }) => {
  const { text, type } = await fetchText(page, r.figuresCsv);
  expect(type).toContain('text/csv');
  const rows = csvParse(text);
  expect(rows.map((row) => row.figure)).toEqual(site.figures.map((figure) => figure.id));
  const numeric = new Set(['value', 'low', 'high']);
  for (const row of rows) {
    const figure = site.figureById.get(row.figure ?? '');
    if (!figure) throw new Error(`unknown figure ${row.figure}`);
    expect(row.value, figure.id).toBe(figure.value === undefined ? '' : String(figure.value));
    expect(row.low, figure.id).toBe(figure.low === undefined ? '' : String(figure.low));
    expect(row.high, figure.id).toBe(figure.high === undefined ? '' : String(figure.high));
    expect(row.as_of, figure.id).toBe(figure.asOf);
    expect(row.metric, figure.id).toBe(figure.metric);
    expect(row.value_text, figure.id).toBe(neutralised(expectations.values[figure.id] ?? `no expected value`));
    for (const [column, cell] of Object.entries(row)) {
      if (numeric.has(column))
        expect(cell === '' || Number.isFinite(Number(cell)), `${figure.id} ${column}`).toBe(true);
      else expect(cell, `${figure.id} ${column}`).not.toMatch(/^[=+\-@\t\r]/);
    }
  }
  // The same numbers on the metric pages, which list every figure.
  const shown = new Map(rows.map((row) => [row.figure, row.value_text]));
  for (const metric of site.metrics) {
    await page.goto(r.metric(metric.id));
    for (const row of await page.locator('tr[data-figure]').all()) {
      const id = (await row.getAttribute('data-figure')) ?? '';
      // The page puts the metric's unit after the number; the download keeps them apart (value_text, unit).
      expect(neutralised((await row.locator('a.figure-value').textContent()) ?? ''), id).toContain(shown.get(id));
    }
    await expect(page.locator('main .data-downloads a[href$=".csv"]')).toHaveAttribute(
      'href',
      r.metricData(metric.id, 'csv'),
    );
  }
});

test('claims.json lists every claim, newest first, and agrees with the claim pages', async ({ page }) => {
  const { text, type } = await fetchText(page, r.claimsJson);
  expect(type).toContain('application/json');
  const json = JSON.parse(text) as { site: { title: string; license: string }; claims: ClaimEntry[] };
  expect(json.site).toMatchObject({ title: site.config.title, license: site.config.license });
  expect(json.claims.map((entry) => entry.slug)).toEqual(site.claims.map((claim) => claim.slug));
  for (const entry of json.claims) {
    await page.goto(r.claim(entry.slug));
    await expect(page.locator('h1')).toHaveText(entry.title);
    await expect(page.locator('.claim-box .claim-text')).toHaveText(entry.claim);
    await expect(page.locator('.verdict-box .verdict')).toContainText(entry.verdict_label);
    await expect(page.locator('.verdict-box > p').first()).toHaveText(entry.summary);
    const pageIds = await page
      .locator('tr[data-figure]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-figure')));
    expect([...pageIds].sort()).toEqual(entry.figures.map((figure) => figure.figure).sort());
    for (const figure of entry.figures) {
      await expect(page.locator(`tr[data-figure="${figure.figure}"] a.figure-value`)).toContainText(
        String(figure.value_text),
      );
    }
    for (const relation of entry.relations) {
      await expect(page.locator(`tr[data-figure="${relation.figure}"]`).first()).toContainText(relation.sentence);
    }
    // The claim's own downloads hold the same claim.
    const own = JSON.parse((await fetchText(page, r.claimData(entry.slug, 'json'))).text);
    expect(own.claim).toEqual(entry);
    const csv = csvParse((await fetchText(page, r.claimData(entry.slug, 'csv'))).text);
    expect(csv.map((row) => row.figure)).toEqual(entry.figures.map((figure) => figure.figure));
    await expect(page.locator('main .data-downloads a[href$=".json"]')).toHaveAttribute(
      'href',
      r.claimData(entry.slug, 'json'),
    );
  }
});

test('every metric download lists the metric’s figures by date', async ({ page }) => {
  for (const metric of site.metrics) {
    const expected = (site.figuresByMetric.get(metric.id) ?? []).map((figure) => figure.id);
    const csv = csvParse((await fetchText(page, r.metricData(metric.id, 'csv'))).text);
    expect(csv.map((row) => row.figure)).toEqual(expected);
    const json = JSON.parse((await fetchText(page, r.metricData(metric.id, 'json'))).text);
    expect(json.metric.id).toBe(metric.id);
    expect(json.metric.figures.map((figure: { figure: string }) => figure.figure)).toEqual(expected);
  }
});

test('the data page links every download and documents the columns each file has', async ({ page }) => {
  await page.goto(r.data);
  for (const path of [r.figuresCsv, r.claimsJson])
    await expect(page.locator(`a[href="${path}"]`).first()).toBeVisible();
  for (const claim of site.claims) {
    await expect(page.locator(`a[href="${r.claimData(claim.slug, 'csv')}"]`)).toHaveCount(1);
    await expect(page.locator(`a[href="${r.claimData(claim.slug, 'json')}"]`)).toHaveCount(1);
  }
  for (const metric of site.metrics) {
    await expect(page.locator(`a[href="${r.metricData(metric.id, 'csv')}"]`)).toHaveCount(1);
  }
  const documented = (id: string) =>
    page.locator(`table#${id} tbody tr`).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-field')));
  expect(await documented('figure-columns')).toEqual(csvParse((await fetchText(page, r.figuresCsv)).text).columns);
  const firstClaim = site.claims[0];
  if (firstClaim) {
    const csv = csvParse((await fetchText(page, r.claimData(firstClaim.slug, 'csv'))).text);
    expect(await documented('claim-csv-columns')).toEqual(csv.columns);
    const json = JSON.parse((await fetchText(page, r.claimsJson)).text);
    expect(await documented('claim-fields')).toEqual(Object.keys(json.claims[0]));
  }
  await expect(page.locator('main')).toContainText(site.config.license);
  await expect(page.locator('.citation')).toHaveText(
    `${site.config.title}, ${site.config.publisher.name}, ${new URL(r.figuresCsv, site.config.url).href}, accessed [date]`,
  );
});

test('rss.xml parses and lists every claim, newest first, with verdict, date and tags', async ({ page }) => {
  const { text } = await fetchText(page, r.rss);
  await page.goto(r.home);
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', r.rss);
  const items = await page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    if (doc.querySelector('parsererror')) throw new Error('rss.xml does not parse');
    return [...doc.querySelectorAll('channel > item')].map((item) => ({
      title: item.querySelector('title')?.textContent ?? '',
      link: item.querySelector('link')?.textContent ?? '',
      description: item.querySelector('description')?.textContent ?? '',
      pubDate: item.querySelector('pubDate')?.textContent ?? '',
      categories: [...item.querySelectorAll('category')].map((category) => category.textContent ?? ''),
    }));
  }, text);
  // The claims, in the site's order; each correction, linked to it on its claim's page.
  expect(items.filter((item) => !item.link.includes('#'))).toEqual(
    site.claims.map((claim: Claim) => ({
      title: claim.title,
      link: new URL(r.claim(claim.slug), site.config.url).href,
      description: `${site.ratingById.get(claim.verdict)?.label}: ${claim.summary}`,
      pubDate: new Date(claim.publishedDate.min).toUTCString(),
      categories: [...claim.tags],
    })),
  );
  const corrections = site.claims.flatMap((claim: Claim) =>
    claim.corrections.map((correction, index) => ({
      title: site.messages.format('feed.correctionTitle', { title: claim.title }),
      link: `${new URL(r.claim(claim.slug), site.config.url).href}#correction-${index + 1}`,
      description: correction.text,
      pubDate: new Date(`${correction.date}T00:00:00Z`).toUTCString(),
      categories: [...claim.tags],
    })),
  );
  const byLink = (a: { link: string }, b: { link: string }) => (a.link < b.link ? -1 : a.link > b.link ? 1 : 0);
  expect(items.filter((item) => item.link.includes('#')).sort(byLink)).toEqual(corrections.sort(byLink));
  const dates = items.map((item) => Date.parse(item.pubDate));
  expect(dates, 'newest first').toEqual([...dates].sort((a, b) => b - a));
});

test('the sitemap lists every page of a claim, source and metric', async ({ page }) => {
  const index = (await fetchText(page, '/sitemap-index.xml')).text;
  await page.goto(r.home);
  const locs = (xml: string) =>
    page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error('the sitemap does not parse');
      return [...doc.getElementsByTagName('loc')].map((loc) => loc.textContent ?? '');
    }, xml);
  const pages: string[] = [];
  for (const sitemap of await locs(index)) {
    pages.push(...(await locs((await fetchText(page, new URL(sitemap).pathname)).text)));
  }
  const paths = pages.map((url) => new URL(url).pathname);
  for (const path of [
    ...site.claims.map((claim) => r.claim(claim.slug)),
    ...site.sources.map((source) => r.source(source.id)),
    ...site.metrics.map((metric) => r.metric(metric.id)),
    r.corrections,
    r.about,
    r.data,
  ]) {
    expect(
      paths.some((found) => found.endsWith(path)),
      path,
    ).toBe(true);
  }
});

test('corrections, about and methodology are reachable from every claim page', async ({ page }) => {
  for (const claim of site.claims) {
    await page.goto(r.claim(claim.slug));
    const transparency = page.locator('main [data-transparency]');
    for (const path of [r.methodology, r.corrections, r.about]) {
      await expect(transparency.locator(`a[href="${path}"]`), `${claim.slug} → ${path}`).toHaveCount(1);
      await expect(page.locator(`footer a[href="${path}"]`), `${claim.slug} footer → ${path}`).toHaveCount(1);
    }
  }
  const first = site.claims[0];
  if (!first) return;
  await page.goto(r.claim(first.slug));
  await page.locator(`main [data-transparency] a[href="${r.corrections}"]`).click();
  await expect(page.locator('h1')).toHaveText('Corrections');
  const corrections = site.claims.flatMap((claim) => claim.corrections.map(() => claim.slug));
  await expect(page.locator('.correction-list > li')).toHaveCount(corrections.length);
  for (const slug of new Set(corrections)) {
    await expect(page.locator(`.correction-list a[href="${r.claim(slug)}#corrections"]`).first()).toBeVisible();
  }
  await page.goto(r.claim(first.slug));
  await page.locator(`main [data-transparency] a[href="${r.about}"]`).click();
  await expect(page.locator('h1')).toHaveText('About us');
  await expect(page.locator(`main a[href="${site.config.publisher.url}"]`).first()).toBeVisible();
  await expect(page.locator('#submit')).toBeVisible();
});

/** A text cell as the CSV writes it: a leading formula character gets a single quote. */
function neutralised(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
