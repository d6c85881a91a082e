import { checkContent } from '../lib/check/check-content.ts';
import { storedCheckedSite } from '../integration/stores/checked-site.ts';
import { ContentError } from '../lib/check/content-error.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import type { Site } from '../lib/model/types.ts';

let cached: Site | undefined;

/**
 * The checked, linked site for this build, loaded once per process. Under `npm run dev` it is read again on every
 * call, so pages show each edit; content with errors throws a ContentError whose message is the checker's report.
 */
export function getSite(): Site {
  if (cached && import.meta.env.PROD) return cached;
  const cwd = process.cwd();
  const dir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
  // A build has checked this folder already (src/integration/claimline.ts); the dev server reads every edit.
  const stored = import.meta.env.PROD ? storedCheckedSite(dir) : undefined;
  if (stored) {
    cached = stored;
    return stored;
  }
  const { problems, site } = checkContent({ dir, cwd });
  if (!site) throw new ContentError(problems);
  cached = site;
  return site;
}
