import { checkedContent } from './site.ts';

/**
 * The entries whose page this build renders: in an incremental build, all but those whose page is kept from the
 * last build (src/integration/incremental-build.ts); otherwise, and under `npm run dev`, all of them.
 */
export function pagesToRender<T>(entries: readonly T[], page: (entry: T) => string): T[] {
  const { keep } = checkedContent();
  if (keep.size === 0) return [...entries];
  return entries.filter((entry) => !keep.has(page(entry)));
}
