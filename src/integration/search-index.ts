import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * Builds the Pagefind full-text index of claims, sources and metrics into `<outDir>/pagefind/` once Astro has
 * written the pages, so search works from the static files with no server. Pagefind indexes in its own process,
 * so the build writes the per-claim files meanwhile, on the other core. Says what it did.
 */
export async function buildSearchIndex(options: {
  outDir: string;
  /** An incremental build that wrote and removed none of the indexed pages keeps the last index. */
  unchanged: boolean;
}): Promise<string> {
  const { outDir, unchanged } = options;
  const output = path.join(outDir, 'pagefind');
  if (unchanged && existsSync(path.join(output, 'pagefind.js'))) return 'search index: unchanged since the last build';
  rmSync(output, { recursive: true, force: true });
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only the pages that carry data-pagefind-body: claims, sources and metrics. Reading the embeds, data and
    // listing pages as well would only cost time (a third of all pages are embeds).
    const added = await index.addDirectory({ path: outDir, glob: '{claims,sources,metrics}/*/index.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    return `search index: ${added.page_count} pages`;
  } finally {
    await pagefind.close();
  }
}
