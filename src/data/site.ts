import { contentSnapshot } from 'virtual:claimline/context';
import { readContentSnapshot, snapshotStamp, type ContentSnapshot } from '../integration/content-snapshot.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { ContentError } from '../lib/check/content-error.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import type { Site } from '../lib/model/types.ts';

// The pages' copy of the checked content: read from the snapshot the claimline integration wrote, once per build
// and, under `npm run dev`, again after each change the content watcher checked (src/integration/claimline.ts).
let current: { readonly stamp: string; readonly snapshot: ContentSnapshot } | undefined;

/** The checked content of this build, or of the dev server's latest change. */
export function checkedContent(): ContentSnapshot {
  if (current && import.meta.env.PROD) return current.snapshot;
  // Without the integration's snapshot (a page run outside `astro build` and `astro dev`) the pages check once.
  const stamp = contentSnapshot ? snapshotStamp(contentSnapshot) : 'checked here';
  if (current?.stamp !== stamp)
    current = { stamp, snapshot: contentSnapshot ? readContentSnapshot(contentSnapshot) : check() };
  // Content with errors is checked again: the watcher waits for an editor's save to settle before it writes the
  // next snapshot, and a page reloaded meanwhile (Astro's content layer reloads it at once) must not show errors
  // that the save has already fixed.
  if (!current.snapshot.site) return check();
  return current.snapshot;
}

/** The checked, linked site. With content errors (under `npm run dev`) it throws the checker's report. */
export function getSite(): Site {
  const { site, problems } = checkedContent();
  if (!site) throw new ContentError(problems);
  return site;
}

function check(): ContentSnapshot {
  const cwd = process.cwd();
  const { problems, site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
  return { problems, site, keep: new Set() };
}
