import type { AstroIntegration } from 'astro';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedBuildPlan } from '../lib/incremental/build-plan-store.ts';

/**
 * Builds the Pagefind full-text index of claims, sources and metrics into `dist/pagefind/` once Astro has
 * written the pages, so search works from the static files with no server.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'claimline-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = path.join(site, 'pagefind');
        // An incremental build that wrote and removed none of the indexed pages keeps the last index.
        const plan = storedBuildPlan();
        if (plan?.incremental && plan.searchPagesChanged === false && existsSync(path.join(output, 'pagefind.js'))) {
          logger.info('search index: unchanged since the last build');
          return;
        }
        rmSync(output, { recursive: true, force: true });
        const pagefind = await import('pagefind');
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // Only the pages that carry data-pagefind-body: claims, sources and metrics. Reading the embeds, data and
        // listing pages as well would only cost time (a third of all pages are embeds).
        const added = await index.addDirectory({ path: site, glob: '{claims,sources,metrics}/*/index.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: output });
        if (written.errors.length > 0)
          throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`search index: ${added.page_count} pages`);
      },
    },
  };
}
