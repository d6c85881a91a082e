import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { builtPages, crawl } from './pages.ts';

// axe-core on every page of the site in the light theme, and on one page of each kind in the dark theme.
const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');

async function violations(page: Page): Promise<string[]> {
  // Only violations are wanted: skipping the details of passes and inapplicable rules makes a scan much faster.
  const results = await new AxeBuilder({ page })
    .setLegacyMode(true)
    .options({ resultTypes: ['violations'] })
    .analyze();
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('every page passes an axe-core scan in light mode', async ({ page }) => {
  test.setTimeout(300_000);
  await page.emulateMedia({ colorScheme: 'light' });
  const found: string[] = [];
  const visited = await crawl(page, async (path) => {
    found.push(...(await violations(page)).map((text) => `${path} ${text}`));
  });
  expect(visited.length).toBe(builtPages().length);
  expect(found).toEqual([]);
});

const claim = site.claims[0];
const figure = site.figures[0];
for (const [name, path] of [
  ['home', r.home],
  ['a claim', r.claim(claim?.slug ?? '')],
  ['a claim embed', r.embedClaim(claim?.slug ?? '')],
  ['a metric', r.metric(figure?.metric ?? '')],
  ['a metric embed', r.embedMetric(figure?.metric ?? '')],
  ['a source', r.source(site.sources[0]?.id ?? '')],
  ['the sources', r.sources],
  ['methodology', r.methodology],
  ['search', r.search],
  ['data', r.data],
  ['corrections', r.corrections],
  ['the 404', '/404.html'],
] as const) {
  test(`${name} page passes an axe-core scan in dark mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(path);
    expect(await violations(page)).toEqual([]);
  });
}

for (const scheme of ['light', 'dark'] as const) {
  test(`the search page showing results passes an axe-core scan in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(r.search);
    const word = (claim?.title.match(/\p{L}{5,}/gu) ?? [])[0] ?? 'estimate';
    await page.locator('#search input').fill(word.toLowerCase());
    await expect(page.locator('.pagefind-ui__result').first()).toBeVisible({ timeout: 15_000 });
    expect(await violations(page)).toEqual([]);
  });
}
