import type { AstroIntegration } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedBuildPlan } from './stores/build-plan.ts';
import { backgroundTask } from './background-task.ts';

/**
 * Builds the Pagefind full-text index of claims, sources and metrics into `dist/pagefind/` once Astro has
 * written the pages, so search works from the static files with no server.
 *
 * Pagefind indexes in its own process, so the build need not wait for it: `start` sets it going as soon as the
 * pages are written, the integrations in between (the per-claim files) run meanwhile, on the other core, and
 * `finish` waits for it. At 10,000 claims that overlaps about a minute of each.
 */
export function searchIndex(): { start: AstroIntegration; finish: AstroIntegration } {
  const indexing = backgroundTask<string>();
  const start: AstroIntegration = {
    name: 'claimline-search-index',
    hooks: {
      'astro:build:done': ({ dir }) => indexing.start(buildIndex(fileURLToPath(dir))),
    },
  };
  const finish: AstroIntegration = {
    name: 'claimline-search-index-done',
    hooks: {
      'astro:build:done': async ({ logger }) => {
        const message = await indexing.result();
        if (message) logger.info(message);
      },
    },
  };
  return { start, finish };
}

/** Writes the index, or keeps the last one; says what it did. */
async function buildIndex(site: string): Promise<string> {
  const output = path.join(site, 'pagefind');
  // An incremental build that wrote and removed none of the indexed pages keeps the last index.
  const plan = storedBuildPlan();
  if (plan?.incremental && plan.searchPagesChanged === false && existsSync(path.join(output, 'pagefind.js'))) {
    return 'search index: unchanged since the last build';
  }
  rmSync(output, { recursive: true, force: true });
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only the pages that carry data-pagefind-body: claims, sources and metrics. Reading the embeds, data and
    // listing pages as well would only cost time (a third of all pages are embeds).
    const added = await index.addDirectory({ path: site, glob: '{claims,sources,metrics}/*/index.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return `search index: ${added.page_count} pages`;
  } finally {
    await pagefind.close();
  }
}
