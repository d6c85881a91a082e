import { appendFileSync } from 'node:fs';
import { contentSnapshot } from 'virtual:claimline/context';
import { readContentSnapshot, snapshotStamp, type ContentSnapshot } from '../integration/content-snapshot.ts';
import { checkContent } from '../lib/check/check-content.ts';
import { ContentError } from '../lib/check/content-error.ts';
import { resolveContentDir, showsDrafts } from '../lib/load/content-dir.ts';
import { measureText } from '../lib/image/fonts.ts';
import { recordingSite, type ReadKey } from '../lib/incremental/read-recorder.ts';
import type { Site } from '../lib/model/types.ts';
import { siteViews, type SiteViews } from '../lib/views/site-views.ts';
import { siteOutputs } from '../lib/outputs/site-outputs.ts';
import { languageRoutes, languageSegment, type Routes } from '../lib/routes.ts';

// The pages' copy of the checked content: read from the snapshot the claimline integration wrote, once per build
// and, under `npm run dev`, again after each change the content watcher checked (src/integration/claimline.ts).
// The views of its claims and metrics (src/lib/views) are kept with it, so they are made once per change too.
let current:
  { readonly stamp: string; readonly snapshot: ContentSnapshot; readonly views: Map<Site, SiteViews> } | undefined;

/** The checked content of this build, or of the dev server's latest change. */
export function checkedContent(): ContentSnapshot {
  if (current && import.meta.env.PROD) return current.snapshot;
  // Without the integration's snapshot (a page run outside `astro build` and `astro dev`) the pages check once.
  const stamp = contentSnapshot ? snapshotStamp(contentSnapshot) : 'checked here';
  if (current?.stamp !== stamp)
    current = { stamp, snapshot: contentSnapshot ? readContentSnapshot(contentSnapshot) : check(), views: new Map() };
  // Content with errors is checked again: the watcher waits for an editor's save to settle before it writes the
  // next snapshot, and a page reloaded meanwhile (Astro's content layer reloads it at once) must not show errors
  // that the save has already fixed.
  if (!current.snapshot.site) {
    const fresh = check();
    // Fixed before the watcher's snapshot: the pages use this check until that snapshot comes.
    if (fresh.site) current = { stamp, snapshot: fresh, views: new Map() };
    return fresh;
  }
  return current.snapshot;
}

/**
 * The checked, linked site in the language of a page's `lang` parameter (its path segment: `fr`), or in its
 * default language. With content errors (under `npm run dev`) it throws the checker's report.
 */
export function getSite(language?: string): Site {
  const { site, editions, problems } = checkedContent();
  if (!site) throw new ContentError(problems);
  const edition =
    language === undefined ? site : editions.find((other) => languageSegment(other.config.language) === language);
  if (!edition) throw new Error(`The site has no language "${language}"`); // for developers
  if (recording) {
    const recorded = recording.sites.get(edition) ?? recordingSite(edition, recording.reads);
    recording.sites.set(edition, recorded);
    return recorded;
  }
  return edition;
}

// A build under CLAIMLINE_RECORD_READS=<file> records what each page reads from the site (src/middleware.ts,
// src/lib/incremental/read-recorder.ts) and appends it to that file, one JSON line per page, for a test to
// compare with the page's dependencies. Each page then gets its own recording copy of the site and its own views.
const readsFile = process.env.CLAIMLINE_RECORD_READS?.trim() || undefined;
let recording: { reads: Set<ReadKey>; sites: Map<Site, Site>; views: Map<Site, SiteViews> } | undefined;

/** Whether this build records each page's reads. */
export function recordsReads(): boolean {
  return readsFile !== undefined;
}

/** Renders one page with its reads recorded, then appends them to the file. */
export async function withReadsRecorded<T>(page: string, render: () => Promise<T>): Promise<T> {
  if (!readsFile) return render();
  recording = { reads: new Set(), sites: new Map(), views: new Map() };
  try {
    return await render();
  } finally {
    appendFileSync(readsFile, `${JSON.stringify({ page, reads: [...recording.reads].sort() })}\n`);
    recording = undefined;
  }
}

/**
 * The views of the checked site's claims and metrics in one language (as `getSite`): every page, embed and MDX
 * `<Timeline>` renders from them.
 */
export function getViews(language?: string): SiteViews {
  const site = getSite(language);
  const views = recording?.views ?? current?.views;
  if (!views) throw new Error('The checked content changed while a page was rendered'); // for developers
  let found = views.get(site);
  if (!found) {
    found = siteViews({ site, routes: languageRoutes(import.meta.env.BASE_URL, site), measure: measureText });
    views.set(site, found);
  }
  return found;
}

/** What a page in one language renders from: the site, its routes and its views in that language. */
export interface Edition {
  readonly site: Site;
  readonly r: Routes;
  readonly views: SiteViews;
}

/** The edition of a page's `lang` parameter (`Astro.params.lang`): undefined for the default language. */
export function edition(language: string | undefined): Edition {
  const views = getViews(language);
  return { site: views.context.site, r: views.context.routes, views };
}

/**
 * The editions a route renders, from the pattern Astro gives `getStaticPaths`: a route under `/[lang]/` (which
 * the integration adds for every page) renders each language but the default, the others the default one.
 * Each comes with the `lang` parameter of its pages.
 */
export function editionsOf(routePattern: string): Array<Edition & { readonly params: { readonly lang?: string } }> {
  const { editions } = checkedContent();
  if (!routePattern.startsWith('/[lang]')) return [{ ...edition(undefined), params: {} }];
  return editions.slice(1).map((site) => {
    const lang = languageSegment(site.config.language);
    return { ...edition(lang), params: { lang } };
  });
}

function check(): ContentSnapshot {
  const cwd = process.cwd();
  const { problems, site, editions } = checkContent({
    dir: resolveContentDir({ env: process.env.CONTENT_DIR, cwd }),
    cwd,
    drafts: showsDrafts({ env: process.env.CLAIMLINE_DRAFTS, dev: import.meta.env.DEV }),
  });
  return { problems, site, editions, keep: new Set() };
}

/** A route's paths in `getStaticPaths`: each of its editions' paths (from `paths`), with their `lang` parameter. */
export function pathsInEachLanguage<Params extends object, Props>(
  routePattern: string,
  paths: (edition: Edition) => ReadonlyArray<{ readonly params: Params; readonly props?: Props }>,
): Array<{ params: Params & { lang?: string }; props?: Props }> {
  return editionsOf(routePattern).flatMap((edition) =>
    paths(edition).map((path) => ({ ...path, params: { ...path.params, ...edition.params } })),
  );
}

/** `getStaticPaths` of a page with no parameter but its language: one path per edition the route renders. */
export function languagePaths({ routePattern }: { routePattern: string }): Array<{ params: { lang?: string } }> {
  return editionsOf(routePattern).map((edition) => ({ params: edition.params }));
}

const pagesOfEdition = new WeakMap<Site, ReadonlySet<string>>();

/**
 * Whether the site in `language` has a page at `path`, by its output table: a page names, and its language menu
 * offers, only the versions that exist (a topic, a claimant, a fact-check or a listing's later page may have none in
 * another language). Read from the checked content itself, not through a page's read recording: which pages exist
 * follows from what the page's own dependencies already cover (a claim's `languages`) or from pages every build makes.
 */
export function hasPage(language: string, path: string): boolean {
  const site = checkedContent().editions.find((edition) => edition.config.language === language);
  if (!site) return false;
  let pages = pagesOfEdition.get(site);
  if (!pages) {
    const views = siteViews({ site, routes: languageRoutes(import.meta.env.BASE_URL, site), measure: measureText });
    pages = new Set(siteOutputs(views).flatMap((output) => (output.kind === 'page' ? [output.path] : [])));
    pagesOfEdition.set(site, pages);
  }
  return pages.has(path);
}
