import type { BuildPlan } from '../../lib/incremental/build-manifest.ts';

// The incremental-build integration plans the build before Astro renders anything; the pages' getStaticPaths
// (loaded by Vite's module runner, so a separate copy of this module) and the integrations that run after the
// pages read the same plan. A symbol on globalThis is what both copies share, as in checked-site.ts.
const KEY = Symbol.for('claimline.build-plan');

export interface StoredBuildPlan extends BuildPlan {
  /** Set once the pages are written: whether a page that the search index reads was written or removed. */
  searchPagesChanged?: boolean;
  /** Set once the per-claim and per-metric files are written or kept: each one's path under the output folder. */
  entityFiles?: readonly string[];
  /** Set once the pages are written: the files of the pages kept from the last build. */
  keptFiles?: ReadonlySet<string>;
  /** The policies of the last build's pages, by file (build-manifest.ts), for the kept pages. */
  previousPolicies?: ReadonlyMap<string, string>;
  /** Set by the `_headers` writer: the policy of every page, by file, for the next build. */
  policies?: ReadonlyMap<string, string>;
}

/** Keeps the plan of this build for the rest of this process. */
export function storeBuildPlan(plan: StoredBuildPlan | undefined): void {
  (globalThis as Record<symbol, StoredBuildPlan | undefined>)[KEY] = plan;
}

/** The plan of the build running in this process, if it is a build. */
export function storedBuildPlan(): StoredBuildPlan | undefined {
  return (globalThis as Record<symbol, StoredBuildPlan | undefined>)[KEY];
}
