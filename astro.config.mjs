// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { lstatSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { claimline } from './src/integration/claimline.ts';
import { entityFilesIntegration } from './src/integration/entity-files.ts';
import { incrementalBuild, keptPageUrls } from './src/integration/incremental-build.ts';
import { safeMarkdown } from './src/lib/markdown/safe-markdown.ts';
import { searchIndex } from './src/integration/search-index.ts';
import { securityHeaders } from './src/integration/security-headers.ts';

// The canonical URL comes from the content folder's site.yaml, so CONTENT_DIR alone retargets a build.
const contentDir = path.resolve(process.env.CONTENT_DIR?.trim() || 'content');
const siteUrl = readSiteUrl(path.join(contentDir, 'site.yaml'));
// Rebuilds render only the pages whose content changed (src/integration/incremental-build.ts).
const incremental = incrementalBuild();
// Pagefind indexes the pages in its own process while the per-claim files are written (src/integration/search-index.ts).
const search = searchIndex();
// _headers reads the pages' policies meanwhile too (src/integration/security-headers.ts).
const headers = securityHeaders();

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default JSX rules drop the space where Prettier wraps a line
  // between a word and a link, gluing words together.
  compressHTML: true,
  build: { format: 'directory' },
  // Claim bodies (.md and .mdx, which inherit this): raw HTML becomes text, unsafe URLs and code are dropped,
  // even if the checker were bypassed (src/lib/markdown/safe-markdown.ts).
  // No syntax highlighting: Shiki colours code with style="…" attributes, which the Content-Security-Policy blocks.
  markdown: { processor: satteri({ hastPlugins: [safeMarkdown] }), syntaxHighlight: false },
  // The sitemap lists every page but the embeds, which exist to be framed by other sites, including the pages an
  // incremental build kept rather than rendered.
  integrations: [
    claimline(),
    incremental.plan,
    mdx(),
    search.start,
    headers.start,
    entityFilesIntegration(),
    search.finish,
    sitemap({ filter: (page) => !/\/embed\//.test(new URL(page).pathname), customPages: keptPageUrls }),
    headers.finish,
    incremental.finish,
  ],
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

/** @param {string} file */
function readSiteUrl(file) {
  try {
    // Only a plain file: a link is refused by the checker, which stops the build, and is never followed here.
    if (!lstatSync(file).isFile()) return undefined;
    const url = parse(readFileSync(file, 'utf8'))?.url;
    return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
  } catch {
    return undefined; // The checker reports a missing or broken site.yaml with its line.
  }
}
