// Every page of the built site under test, for the specs that check each one (CSP, axe-core): found by following
// links from the home page, as e2e/site.spec.ts does, plus any built page no link reaches (404.html).
import type { Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';

/** The folder the preview server serves: dist/ unless DIST_DIR names another build. */
export const distDir = process.env.DIST_DIR ?? 'dist';

/** The URL path of every HTML file of the build, sorted: `/`, `/claims/x/`, `/404.html`. */
export function builtPages(dir: string = distDir): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .map((file) => `/${file.replace(/(^|\/)index\.html$/, '$1')}`)
    .sort();
}

/**
 * Opens every page: those reachable by links from `/` first, in the order found, then any built page no link
 * reaches. Calls `visit` once each page has loaded. Returns the paths visited, in that order.
 */
export async function crawl(page: Page, visit: (path: string) => Promise<void>): Promise<string[]> {
  const queue = ['/'];
  const seen = new Set(queue);
  const visited: string[] = [];
  const open = async (pathname: string) => {
    await page.goto(pathname);
    await visit(pathname);
    visited.push(pathname);
  };
  while (queue.length > 0) {
    const pathname = queue.shift() as string;
    await open(pathname);
    const hrefs = await page
      .locator('a[href]')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      // A path as its file names it: a topic in Cyrillic is linked percent-encoded (/topics/%D1%86…/).
      const pathname = decodeURIComponent(url.pathname);
      if (url.origin !== new URL(page.url()).origin || seen.has(pathname)) continue;
      if (pathname.endsWith('/') || pathname.endsWith('.html')) {
        seen.add(pathname);
        queue.push(pathname);
      }
    }
  }
  for (const pathname of builtPages()) {
    if (!seen.has(pathname)) await open(pathname);
  }
  return visited;
}
