import { appendFileSync } from 'node:fs';
import { contentSnapshot } from 'virtual:claimline/context';
import { readContentSnapshot, snapshotStamp, type ContentSnapshot } from '../integration/content-snapshot.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { ContentError } from '../lib/check/content-error.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { measureText } from '../lib/image/fonts.ts';
import { recordingSite, type ReadKey } from '../lib/incremental/read-recorder.ts';
import type { Site } from '../lib/model/types.ts';
import { siteViews, type SiteViews } from '../lib/views/site-views.ts';
import { r } from './routes.ts';

// The pages' copy of the checked content: read from the snapshot the claimline integration wrote, once per build
// and, under `npm run dev`, again after each change the content watcher checked (src/integration/claimline.ts).
// The views of its claims and metrics (src/lib/views) are kept with it, so they are made once per change too.
let current: { readonly stamp: string; readonly snapshot: ContentSnapshot; views?: SiteViews } | undefined;

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
  if (!current.snapshot.site) {
    const fresh = check();
    // Fixed before the watcher's snapshot: the pages use this check until that snapshot comes.
    if (fresh.site) current = { stamp, snapshot: fresh };
    return fresh;
  }
  return current.snapshot;
}

/** The checked, linked site. With content errors (under `npm run dev`) it throws the checker's report. */
export function getSite(): Site {
  const { site, problems } = checkedContent();
  if (!site) throw new ContentError(problems);
  if (recording) {
    recording.site ??= recordingSite(site, recording.reads);
    return recording.site;
  }
  return site;
}

// A build under CLAIMLINE_RECORD_READS=<file> records what each page reads from the site (src/middleware.ts,
// src/lib/incremental/read-recorder.ts) and appends it to that file, one JSON line per page, for a test to
// compare with the page's dependencies. Each page then gets its own recording copy of the site and its own views.
const readsFile = process.env.CLAIMLINE_RECORD_READS?.trim() || undefined;
let recording: { reads: Set<ReadKey>; site?: Site; views?: SiteViews } | undefined;

/** Whether this build records each page's reads. */
export function recordsReads(): boolean {
  return readsFile !== undefined;
}

/** Renders one page with its reads recorded, then appends them to the file. */
export async function withReadsRecorded<T>(page: string, render: () => Promise<T>): Promise<T> {
  if (!readsFile) return render();
  recording = { reads: new Set() };
  try {
    return await render();
  } finally {
    appendFileSync(readsFile, `${JSON.stringify({ page, reads: [...recording.reads].sort() })}\n`);
    recording = undefined;
  }
}

/** The views of the checked site's claims and metrics: every page, embed and MDX `<Timeline>` renders from them. */
export function getViews(): SiteViews {
  const site = getSite();
  if (recording) {
    recording.views ??= siteViews({ site, routes: r, measure: measureText });
    return recording.views;
  }
  if (current?.snapshot.site !== site) throw new Error('The checked content changed while a page was rendered'); // for developers
  current.views ??= siteViews({ site, routes: r, measure: measureText });
  return current.views;
}

function check(): ContentSnapshot {
  const cwd = process.cwd();
  const { problems, site } = checkContent({ dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }), cwd });
  return { problems, site, keep: new Set() };
}
