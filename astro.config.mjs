// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { claimline } from './src/integration/claimline.ts';
import { bodyHeadingIds } from './src/lib/markdown/heading-ids.ts';
import { safeMarkdown } from './src/lib/markdown/safe-markdown.ts';

export default defineConfig({
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default JSX rules drop the space where Prettier wraps a line
  // between a word and a link, gluing words together.
  compressHTML: true,
  build: { format: 'directory' },
  // Claim bodies (.md and .mdx, which inherit this): raw HTML becomes text, unsafe URLs and code are dropped,
  // even if the checker were bypassed (src/lib/markdown/safe-markdown.ts); a heading that would repeat one of the
  // page's own ids gets another (src/lib/markdown/heading-ids.ts).
  // No syntax highlighting: Shiki colours code with style="…" attributes, which the Content-Security-Policy blocks.
  markdown: { processor: satteri({ hastPlugins: [safeMarkdown, bodyHeadingIds] }), syntaxHighlight: false },
  // Claimline checks the content (the canonical URL, `site`, comes from its site.yaml, so CONTENT_DIR alone
  // retargets a build), hands it to the pages, and writes everything beside them: the per-claim files,
  // the search index, _headers, and the manifest of incremental builds. It adds @astrojs/mdx and @astrojs/sitemap
  // (src/integration/claimline.ts).
  integrations: [claimline()],
  // A Content-Security-Policy <meta> on every page, with the hashes of Astro's scripts and styles; the search page
  // adds what Pagefind needs (src/pages/search.astro). dist/_headers repeats each page's policy as a header, with
  // frame-ancestors (src/integration/security-headers.ts).
  security: {
    csp: {
      directives: ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { resources: ["'self'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  // Every bundled script stays a file under /_astro/, never an inline <script>, so a Content-Security-Policy of
  // `script-src 'self'` needs no hashes (the embed pages rely on it). Other assets keep Vite's 4 KB rule.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
