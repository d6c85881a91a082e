// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { claimline } from './src/integration/claimline.ts';
import { searchIndex } from './src/integration/search-index.ts';

// The canonical URL comes from the content folder's site.yaml, so CONTENT_DIR alone retargets a build.
const contentDir = path.resolve(process.env.CONTENT_DIR?.trim() || 'content');
const siteUrl = readSiteUrl(path.join(contentDir, 'site.yaml'));

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  // Lossless whitespace removal: Astro 7's default JSX rules drop the space where Prettier wraps a line
  // between a word and a link, gluing words together.
  compressHTML: true,
  build: { format: 'directory' },
  // The sitemap lists every page but the embeds, which exist to be framed by other sites.
  integrations: [
    claimline(),
    mdx(),
    searchIndex(),
    sitemap({ filter: (page) => !/\/embed\//.test(new URL(page).pathname) }),
  ],
  // Every bundled script stays a file under /_astro/, never an inline <script>, so a Content-Security-Policy of
  // `script-src 'self'` needs no hashes (the embed pages rely on it). Other assets keep Vite's 4 KB rule.
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});

/** @param {string} file */
function readSiteUrl(file) {
  try {
    const url = parse(readFileSync(file, 'utf8'))?.url;
    return typeof url === 'string' && /^https?:\/\//.test(url) ? url : undefined;
  } catch {
    return undefined; // The checker reports a missing or broken site.yaml with its line.
  }
}
