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
