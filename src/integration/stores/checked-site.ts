import type { Site } from '../../lib/model/types.ts';

// The build checks the content once, in the claimline integration, before Astro renders anything; the pages
// (loaded by Vite's module runner, so a separate copy of this module) and the file writer use the same checked
// site rather than reading and checking 10,000 files again. Under `npm run dev` the content watcher swaps it on
// every change, so a page request never checks the content itself. A symbol on globalThis is what both copies share.
const KEY = Symbol.for('claimline.checked-site');

interface Stored {
  readonly dir: string;
  readonly site: Site;
}

/** Keeps the site checked from `dir` for the rest of this process. */
export function storeCheckedSite(dir: string, site: Site): void {
  (globalThis as Record<symbol, Stored | undefined>)[KEY] = { dir, site };
}

/** Forgets the checked site: the content has errors, and pages must check it again to report them. */
export function clearCheckedSite(): void {
  (globalThis as Record<symbol, Stored | undefined>)[KEY] = undefined;
}

/** The site last checked from `dir` in this process, if any. */
export function storedCheckedSite(dir: string): Site | undefined {
  const stored = (globalThis as Record<symbol, Stored | undefined>)[KEY];
  return stored?.dir === dir ? stored.site : undefined;
}
