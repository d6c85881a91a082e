import { checkContent } from '../lib/check/check-content.ts';
import { storedCheckedSite } from '../integration/stores/checked-site.ts';
import { ContentError } from '../lib/check/content-error.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import type { Site } from '../lib/model/types.ts';

let cached: Site | undefined;

/**
 * The checked, linked site. A build checks the content once, before Astro renders anything; under `npm run dev`
 * the content watcher checks it again on every change (both in src/integration/claimline.ts), so a page request
 * takes the site it keeps and never checks the content itself. Only when there is none — the content has errors —
 * does a page check it, to throw a ContentError whose message is the checker's report.
 */
export function getSite(): Site {
  if (cached && import.meta.env.PROD) return cached;
  const cwd = process.cwd();
  const dir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
  const stored = storedCheckedSite(dir);
  if (stored) {
    cached = stored;
    return stored;
  }
  const { problems, site } = checkContent({ dir, cwd });
  if (!site) throw new ContentError(problems);
  cached = site;
  return site;
}
