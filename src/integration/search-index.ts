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
  /**
   * The folder of each language's pages under `outDir`: "" for the default language, "fr/"… Pagefind keeps one
   * index per language (each page's `<html lang>`), and each language's search page searches its own.
   */
  languageFolders: readonly string[];
}): Promise<string> {
  const { outDir, unchanged, languageFolders } = options;
  const output = path.join(outDir, 'pagefind');
  if (unchanged && existsSync(path.join(output, 'pagefind.js'))) return 'search index: unchanged since the last build';
  rmSync(output, { recursive: true, force: true });
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Only the pages that carry data-pagefind-body: claims, sources and metrics. Reading the embeds, data and
    // listing pages as well would only cost time (a third of all pages are embeds).
    let pages = 0;
    for (const folder of languageFolders) {
      const added = await index.addDirectory({ path: outDir, glob: `${folder}{claims,sources,metrics}/*/index.html` });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${outDir}: ${added.errors.join('; ')}`);
      pages += added.page_count;
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
    const languages = languageFolders.length > 1 ? ` in ${languageFolders.length} languages` : '';
    return `search index: ${pages} pages${languages}`;
  } finally {
    await pagefind.close();
  }
}
