// An incremental build keeps, from the last build into the same output folder, every page whose digest
// (page-digests.ts) is unchanged and whose file is still there; Astro renders the rest. The manifest is what the
// last build leaves behind to decide that: the digests of its pages and the files it wrote.

/** Bump when the manifest's shape or the meaning of a digest changes: every older manifest then means a full build. */
export const MANIFEST_VERSION = 1;

export interface BuildManifest {
  readonly version: number;
  /** Digest of the code, site.yaml and build settings the pages were built with. */
  readonly global: string;
  /** Digest of each claim, source, metric and embed page in the output folder, by URL path. */
  readonly pages: Readonly<Record<string, string>>;
  /** Every file the build's pages and per-claim files wrote, relative to the output folder, sorted. */
  readonly files: readonly string[];
  /** The Content-Security-Policy of each page's meta tag, by file, for `_headers`: kept pages need not be read. */
  readonly policies?: PagePolicies;
}

/** Policies by page file; each distinct policy is stored once (most pages share a handful). */
export interface PagePolicies {
  readonly texts: readonly string[];
  readonly pages: Readonly<Record<string, number>>;
}

export function packPolicies(policies: ReadonlyMap<string, string>): PagePolicies {
  const texts: string[] = [];
  const indexes = new Map<string, number>();
  const pages: Record<string, number> = {};
  for (const [file, policy] of [...policies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    let index = indexes.get(policy);
    if (index === undefined) {
      index = texts.push(policy) - 1;
      indexes.set(policy, index);
    }
    pages[file] = index;
  }
  return { texts, pages };
}

export function unpackPolicies(packed: PagePolicies | undefined): Map<string, string> {
  const policies = new Map<string, string>();
  for (const [file, index] of Object.entries(packed?.pages ?? {})) {
    const text = packed?.texts[index];
    if (text !== undefined) policies.set(file, text);
  }
  return policies;
}

export interface BuildPlanInput {
  /** The last build's manifest, if it left one and it can be read. */
  readonly previous: BuildManifest | undefined;
  readonly global: string;
  readonly digests: ReadonlyMap<string, string>;
  /** Whether the page at this URL path is still in the output folder. */
  readonly exists: (urlPath: string) => boolean;
}

export interface BuildPlan {
  /** False: nothing is kept and the output folder is emptied first, as in a plain Astro build. */
  readonly incremental: boolean;
  /** URL paths of the pages kept as the last build wrote them. */
  readonly keep: ReadonlySet<string>;
}

/** Which pages to keep: with the same code and settings, those whose digest is unchanged and whose file exists. */
export function planBuild(input: BuildPlanInput): BuildPlan {
  const { previous, global, digests, exists } = input;
  if (!previous || previous.version !== MANIFEST_VERSION || previous.global !== global) {
    return { incremental: false, keep: new Set() };
  }
  const keep = new Set<string>();
  for (const [page, digest] of digests) {
    if (previous.pages[page] === digest && exists(page)) keep.add(page);
  }
  return { incremental: true, keep };
}

/** Files the last build wrote that this one did not write or keep: pages and files of deleted entries. */
export function staleFiles(previous: readonly string[], current: ReadonlySet<string>): string[] {
  return previous.filter((file) => !current.has(file));
}

/** Reads a manifest written by `JSON.stringify`; anything else (an older or damaged file) is undefined. */
export function parseManifest(text: string): BuildManifest | undefined {
  try {
    const value = JSON.parse(text) as Partial<BuildManifest> | null;
    if (
      value === null ||
      typeof value !== 'object' ||
      value.version !== MANIFEST_VERSION ||
      typeof value.global !== 'string' ||
      typeof value.pages !== 'object' ||
      value.pages === null ||
      !Array.isArray(value.files)
    ) {
      return undefined;
    }
    return value as BuildManifest;
  } catch {
    return undefined;
  }
}
