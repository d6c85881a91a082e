import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { distDir } from './pages.ts';

// The weight budget of a claim page (issue 6): at most 48 KB of HTML with its inline SVG, readable without
// JavaScript, at most 5 KB of (optional) JavaScript as downloaded, and no web font. KB is 1024 bytes, as in the
// embed budget (e2e/embed.spec.ts). It was 40 KB until every claim page carried its citation, BibTeX entry and
// HTML to republish (issue 16): about 3.5 KB of text, folded in two boxes, that readers copy whole.
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');
const HTML_BUDGET = 48 * 1024;
const SCRIPT_BUDGET = 5 * 1024;

const htmlFile = (pathname: string) => path.join(distDir, pathname, 'index.html');
const median = (values: readonly number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

test('every claim page is at most 48 KB of HTML, its inline SVG included', () => {
  const sizes = site.claims.map((claim) => ({
    path: r.claim(claim.slug),
    bytes: readFileSync(htmlFile(r.claim(claim.slug))).length,
  }));
  const bytes = sizes.map((size) => size.bytes);
  console.log(
    `Claim pages: ${sizes.length}, min ${Math.min(...bytes)} B, median ${median(bytes)} B, max ${Math.max(...bytes)} B`,
  );
  for (const size of sizes) expect(size.bytes, size.path).toBeLessThanOrEqual(HTML_BUDGET);
});

test('the JavaScript a claim page loads is at most 5 KB gzipped, and the page reads the same without it', async ({
  page,
  browser,
}) => {
  // The claim with the most figures: the heaviest page.
  const claim = [...site.claims].sort((a, b) => b.compare.length - a.compare.length)[0];
  if (!claim) throw new Error('no claims');
  const scripts: Array<Promise<number>> = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    scripts.push(response.body().then((body) => gzipSync(body, { level: 9 }).length));
  });
  await page.goto(r.claim(claim.slug), { waitUntil: 'networkidle' });
  const sizes = await Promise.all(scripts);
  const total = sizes.reduce((sum, bytes) => sum + bytes, 0);
  console.log(`Scripts of ${r.claim(claim.slug)}: ${total} B gzipped in ${sizes.length} files`);
  expect(sizes.length, 'the enhancement scripts load').toBeGreaterThan(0);
  expect(total).toBeLessThanOrEqual(SCRIPT_BUDGET);

  const text = await page.locator('main').innerText();
  const context = await browser.newContext({ javaScriptEnabled: false });
  const bare = await context.newPage();
  await bare.goto(r.claim(claim.slug));
  // The script adds a tooltip and a Copy button: everything else is there without it.
  const without = await bare.locator('main').innerText();
  await context.close();
  const words = (value: string) =>
    value
      .replace(/\bCopy\b/g, '')
      .split(/\s+/)
      .filter(Boolean);
  expect(words(without)).toEqual(words(text));
});

test('no page loads a web font or declares one', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'font') fonts.push(request.url());
  });
  const claim = site.claims[0];
  for (const pathname of [r.home, r.claim(claim?.slug ?? ''), r.sources, r.metrics, r.methodology]) {
    await page.goto(pathname, { waitUntil: 'networkidle' });
    const faces = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules].filter((rule) => rule instanceof CSSFontFaceRule).map((rule) => rule.cssText),
      ),
    );
    expect(faces, `@font-face on ${pathname}`).toEqual([]);
  }
  expect(fonts).toEqual([]);
});
