import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import path from 'node:path';
import { CLAIM_GLOB } from './lib/load/content-files.ts';
import { resolveContentDir } from './lib/load/content-dir.ts';

const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd: process.cwd() });

/**
 * Claims are the one collection Astro renders (their bodies are Markdown or MDX). Everything else — and the
 * links between entries — comes from the checked model in src/data/site.ts, built by the same pipeline as
 * `npm run check`. That pipeline has validated every frontmatter before Astro syncs this collection, so it has
 * no schema of its own: validating 10,000 claims twice cost seconds and could only ever agree.
 */
const claims = defineCollection({
  loader: glob({
    // The checker's own file rule: no `_` or dot files, lower-case extensions (src/lib/load/content-files.ts).
    pattern: CLAIM_GLOB,
    base: path.join(contentDir, 'claims'),
    generateId: ({ entry }) => entry.replace(/\.mdx?$/, ''),
  }),
});

export const collections = { claims };
