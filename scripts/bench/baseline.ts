// The benchmark's baseline: a plain Astro project with one Markdown page per claim, the claim's body unchanged,
// in a minimal layout. No integrations and no config beyond Astro's defaults (the same Markdown processor,
// Sätteri, as Claimline), so the difference in build time is what Claimline adds. It is written inside the
// repository, so `astro` resolves from the repository's node_modules.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface BaselinePage {
  readonly id: string;
  readonly title: string;
  readonly body: string;
}

const CONFIG = `// Written by scripts/bench/baseline.ts: Astro's defaults.
import { defineConfig } from 'astro/config';

export default defineConfig({});
`;

const LAYOUT = `---
// Written by scripts/bench/baseline.ts: the least a page needs.
const { frontmatter } = Astro.props;
---

<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{frontmatter.title}</title>
  </head>
  <body>
    <main>
      <h1>{frontmatter.title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

/** (Re)creates the baseline project in `dir`: src/pages/claims/<id>.md for each page, built to /claims/<id>/. */
export function writeBaselineProject(options: { dir: string; pages: readonly BaselinePage[] }): void {
  const { dir, pages } = options;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(path.join(dir, 'src', 'layouts'), { recursive: true });
  mkdirSync(path.join(dir, 'src', 'pages', 'claims'), { recursive: true });
  writeFileSync(path.join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(path.join(dir, 'src', 'layouts', 'Minimal.astro'), LAYOUT);
  for (const page of pages) {
    writeFileSync(path.join(dir, 'src', 'pages', 'claims', `${page.id}.md`), baselinePage(page));
  }
}

/** One page's Markdown file: the title and the layout in the frontmatter, then the body exactly as the claim's. */
export function baselinePage(page: BaselinePage): string {
  return [
    '---',
    'layout: ../../layouts/Minimal.astro',
    `title: ${JSON.stringify(page.title)}`,
    '---',
    page.body,
    '',
  ].join('\n');
}
