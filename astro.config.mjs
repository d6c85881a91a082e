// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { claimline } from './src/integration/claimline.ts';

// The canonical URL comes from the content folder's site.yaml, so CONTENT_DIR alone retargets a build.
const contentDir = path.resolve(process.env.CONTENT_DIR?.trim() || 'content');
const siteUrl = readSiteUrl(path.join(contentDir, 'site.yaml'));

export default defineConfig({
  ...(siteUrl ? { site: siteUrl } : {}),
  base: process.env.BASE_PATH || '/',
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [claimline(), mdx()],
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
