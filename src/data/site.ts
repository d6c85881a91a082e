import { checkContent } from '../lib/check/check-content.ts';
import { formatReport } from '../lib/check/report.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import type { Site } from '../lib/model/types.ts';

let cached: Site | undefined;

/** The checked, linked site for this build, loaded once per process. */
export function getSite(): Site {
  if (cached && import.meta.env.PROD) return cached;
  const cwd = process.cwd();
  const { problems, site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
  if (!site) throw new Error(`The content has errors:\n${formatReport(problems)}`);
  cached = site;
  return site;
}
