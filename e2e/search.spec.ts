import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { distDir } from './pages.ts';

const cwd = process.cwd();
const { site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');

test('search finds a claim by a word that appears only in its reasoning', async ({ page }) => {
  // A word of the claim's reasoning that no other indexed page of the built site contains.
  const pages = indexedPages();
  const claim = site.claims.find((entry) => uniqueWord(entry.slug, pages) !== undefined);
  if (!claim) throw new Error('no claim has a word of its own to search for');
  const word = uniqueWord(claim.slug, pages) as string;
  await page.goto(`${r.search}?q=${word}`);
  const results = page.locator('.pagefind-ui__result');
  await expect(results.first()).toBeVisible({ timeout: 15_000 });
  await expect(results).toHaveCount(1);
  const link = results.first().locator('.pagefind-ui__result-link').first();
  await expect(link).toHaveAttribute('href', r.claim(claim.slug));
  // The result says what it is and the claim's verdict, as site.yaml labels it.
  const verdict = site?.ratingById.get(claim.verdict)?.label ?? '?';
  await expect(link).toContainText(claim.title);
  await expect(link).toContainText(verdict);
});

test('the embed code and the download links are not indexed: no result shows an iframe', async ({ page }) => {
  await page.goto(`${r.search}?q=iframe`);
  await expect(page.locator('.pagefind-ui__message')).toBeVisible({ timeout: 15_000 });
  // Pagefind may still match words of the texts themselves; none of them shows the snippet.
  await expect(page.locator('#search')).not.toContainText('<iframe');
  await expect(page.locator('#search')).not.toContainText('embed.js');
});

test('search offers filters by type and by verdict', async ({ page }) => {
  await page.goto(`${r.search}?q=${encodeURIComponent(site?.claims[0]?.title.split(/\s+/)[0] ?? 'a')}`);
  const filters = page.locator('.pagefind-ui__filter-name');
  await expect(filters.first()).toBeVisible({ timeout: 15_000 });
  await expect(filters).toContainText(['Type', 'Verdict']);
});

test('the index holds the text readers see, not the hidden result title, filters or verdict symbol', () => {
  // Pagefind shows its excerpts from this text: before, every one began "Title · Metric Metric Metric." and a
  // verdict read "?Verdict: Unproven".
  const fragments = searchFragments();
  expect(fragments.length).toBe(indexedPages().size);
  const verdictLabel = site?.messages.format('verdict.label') ?? 'Verdict:';
  for (const { url, content, meta, filters } of fragments) {
    expect(content, url).not.toContain(meta.title);
    // A filter's value may be words of the page too ("Metric" above its heading), but not twice in a row.
    for (const value of Object.values(filters).flat()) expect(content, url).not.toContain(`${value} ${value}`);
    expect(content, url).not.toMatch(/[✓✗]/);
    expect(content, url).not.toContain(`?${verdictLabel}`);
    // The page's own title is still indexed, from its heading.
    expect(content, url).toContain(meta.title.slice(0, meta.title.lastIndexOf(' · ')));
  }
});

interface Fragment {
  url: string;
  content: string;
  meta: { title: string };
  filters: Record<string, string[]>;
}

/** Every page record of the built Pagefind index: gzipped JSON behind a "pagefind_dcd" signature. */
function searchFragments(): Fragment[] {
  const dir = path.join(distDir, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const bytes = gunzipSync(readFileSync(path.join(dir, name)));
    return JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as Fragment;
  });
}

/** Text of every page the search indexes (its <main data-pagefind-body>), by path. */
function indexedPages(): Map<string, string> {
  const pages = new Map<string, string>();
  const visit = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) visit(full);
      else if (name === 'index.html') {
        const html = readFileSync(full, 'utf8');
        const main = html.match(/<main[^>]*data-pagefind-body[^>]*>([\s\S]*)<\/main>/)?.[1];
        if (main) pages.set(path.relative(distDir, dir), main.replace(/<[^>]+>/g, ' ').toLowerCase());
      }
    }
  };
  visit(distDir);
  return pages;
}

function uniqueWord(slug: string, pages: Map<string, string>): string | undefined {
  const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
  const claim = site?.claimBySlug.get(slug);
  if (!claim) return undefined;
  const body = readFileSync(path.join(contentDir, claim.path), 'utf8').split(/^---$/m).slice(2).join(' ');
  const own = path.join('claims', slug);
  const words = [...new Set(body.toLowerCase().match(/\b[a-z]{6,}\b/g) ?? [])].sort();
  return words.find((word) => {
    // Search stems words ("confirmation" finds "confirms"), so no other page may share even its first six letters.
    const stem = new RegExp(`\\b${word.slice(0, 6)}`);
    return [...pages].every(([page, text]) => (page === own ? text.includes(word) : !stem.test(text)));
  });
}

test('without JavaScript the search page says so and links to the lists', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(r.search);
  await expect(page.locator('[data-search-fallback]')).toBeVisible();
  await expect(page.locator('[data-search-fallback]')).toContainText('Search needs JavaScript');
  await context.close();
});
