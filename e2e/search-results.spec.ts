// What the search finds, written down: a fixed sample of the index's own words, each searched in the browser with
// Pagefind's API, and the pages it returns compared with the file in e2e/search-results.spec.ts-snapshots/ for the
// content folder under test. A change to what is indexed (a page left out, text hidden from the index, a different
// way of building the index) shows as a diff a reviewer reads; `npx playwright test e2e/search-results.spec.ts
// --update-snapshots` writes the file again, with the content under test built into dist/ (or DIST_DIR).
import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { checkContent } from '../src/lib/check/check-content.ts';
import { resolveContentDir } from '../src/lib/load/content-dir.ts';
import { routes } from '../src/lib/routes.ts';
import { distDir } from './pages.ts';

const cwd = process.cwd();
const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
const { site } = checkContent({ dir: contentDir, cwd });
if (!site) throw new Error('The content under test has errors; run npm run check');
const r = routes('/');

/** Words sampled from the index: enough to catch a page gone from it, few enough to read in a diff. */
const QUERIES = 120;
/** Results listed page by page up to this many; more are recorded as a count. */
const LISTED = 8;

/** The snapshot's name: the content folder's path in the repository (`content`, `e2e-fixtures-minimal`), else its name. */
function folderName(): string {
  const relative = path.relative(cwd, contentDir);
  const name = relative.startsWith('..') || path.isAbsolute(relative) ? path.basename(contentDir) : relative;
  return name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

test('search returns the pages it returned when the file was written, for a sample of the index’s words', async ({
  page,
}, testInfo) => {
  const name = `${folderName()}.json`;
  test.skip(
    !existsSync(testInfo.snapshotPath(name)) && !['all', 'changed'].includes(testInfo.config.updateSnapshots),
    `no recorded search results for ${name}: run with --update-snapshots to record them`,
  );
  test.skip((site?.config.languages?.length ?? 1) > 1, 'one index per language: this spec samples a one-language site');
  const queries = sampleQueries(indexedWords(), QUERIES);
  expect(queries.length).toBeGreaterThan(0);
  await page.goto(r.search);
  const results = await page.evaluate(
    async ({ bundle, queries }) => {
      const pagefind = (await import(`${bundle}pagefind.js`)) as {
        init(): Promise<void>;
        search(term: string): Promise<{ results: Array<{ data(): Promise<{ url: string }> }> }>;
      };
      await pagefind.init();
      const found: Record<string, string[]> = {};
      for (const query of queries) {
        const { results } = await pagefind.search(query);
        const pages = await Promise.all(results.map(async (result) => (await result.data()).url));
        found[query] = pages.sort();
      }
      return found;
    },
    { bundle: r.searchBundle, queries },
  );
  // Every sampled word is a word of some page, so each query finds at least that page.
  for (const query of queries) expect(results[query]?.length ?? 0, query).toBeGreaterThan(0);
  // A word on many pages is recorded by its count of pages, which a page gone from the index still changes.
  const recorded = Object.fromEntries(
    Object.entries(results).map(([query, pages]) => [query, pages.length > LISTED ? `${pages.length} pages` : pages]),
  );
  expect(`${JSON.stringify(recorded, null, 1)}\n`).toMatchSnapshot(name);
});

/** Every distinct word of the indexed text, lower-cased and sorted: Pagefind's page records, gzipped JSON. */
function indexedWords(): string[] {
  const dir = path.join(distDir, 'pagefind', 'fragment');
  const words = new Set<string>();
  for (const file of readdirSync(dir)) {
    const bytes = gunzipSync(readFileSync(path.join(dir, file)));
    const { content } = JSON.parse(bytes.subarray('pagefind_dcd'.length).toString('utf8')) as { content: string };
    for (const word of content.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) words.add(word);
  }
  return [...words].sort();
}

/**
 * The `count` words with the smallest hashes (FNV-1a): a sample that a word added to or removed from the index
 * changes by at most that word, where an even spread over the sorted list would shift entirely.
 */
function sampleQueries(words: readonly string[], count: number): string[] {
  const hash = (word: string) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193) >>> 0;
    return h;
  };
  return [...words]
    .sort((a, b) => hash(a) - hash(b) || (a < b ? -1 : 1))
    .slice(0, count)
    .sort();
}
