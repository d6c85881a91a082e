import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  MANIFEST_VERSION,
  packPolicies,
  parseManifest,
  planBuild,
  staleFiles,
  unpackPolicies,
  type BuildManifest,
} from '../lib/incremental/build-manifest.ts';
import { codeDigest } from '../lib/incremental/code-digest.ts';
import { hash, pageDigests } from '../lib/incremental/page-digests.ts';
import type { Site } from '../lib/model/types.ts';
import { languageRoutes } from '../lib/routes.ts';
import { outputPath } from '../lib/outputs/entity-files.ts';

/** Where the manifests live: one per output folder, outside it so that it is never deployed. */
const MANIFEST_DIR = path.join('node_modules', '.cache', 'claimline-build');

/**
 * An incremental build (src/lib/incremental): with the same code, settings and site.yaml as the last build into
 * the same folder, the claim, source, metric and embed pages whose digest is unchanged keep their files, the
 * output folder is not emptied, and the pages leave them out of getStaticPaths. Every other page is rendered as
 * usual. `CLAIMLINE_INCREMENTAL=0` builds everything from an empty folder.
 */
export interface IncrementalBuild {
  /** False: nothing is kept and the output folder is emptied first, as in a plain Astro build. */
  readonly incremental: boolean;
  /** URL paths (under the base) of the pages kept as the last build wrote them. */
  readonly keep: ReadonlySet<string>;
  /** The kept pages' files under the output folder. */
  readonly keptFiles: ReadonlySet<string>;
  /** The policies of the kept pages, by file, as the last build read them. */
  readonly keptPolicies: ReadonlyMap<string, string>;
  readonly outDir: string;
  readonly base: string;
  readonly manifestFile: string;
  readonly global: string;
  readonly digests: ReadonlyMap<string, string>;
  readonly previous: BuildManifest | undefined;
}

/** Plans the build before Astro renders: which pages it keeps. It removes the last manifest meanwhile. */
export function planIncrementalBuild(options: {
  /** The site in each of its languages. */
  editions: readonly Site[];
  contentDir: string;
  outDir: string;
  base: string;
  /** Build settings that change every page: the site URL, the output format. */
  settings: Record<string, unknown>;
  cwd: string;
}): IncrementalBuild {
  const { editions, contentDir, outDir, base, settings, cwd } = options;
  const manifestFile = path.join(cwd, MANIFEST_DIR, `${hash(outDir)}.json`);
  const previous = readManifest(manifestFile);
  // A build that fails part-way must not leave a manifest that vouches for the folder.
  rmSync(manifestFile, { force: true });
  const global = hash(
    codeDigest(cwd),
    JSON.stringify(editions.map((site) => site.config)),
    JSON.stringify({ contentDir, base, ...settings }),
  );
  const digests = new Map(
    editions.flatMap((site) => [
      ...pageDigests({
        site,
        routes: languageRoutes(base, site),
        global,
        claimText: (claim) => readFileSync(path.join(contentDir, claim.path), 'utf8'),
      }),
    ]),
  );
  const enabled = process.env.CLAIMLINE_INCREMENTAL !== '0';
  const plan = planBuild({
    previous: enabled ? previous : undefined,
    global,
    digests,
    exists: (page) => existsSync(path.join(outDir, pageFile(page, base))),
  });
  const keptFiles = new Set([...plan.keep].map((page) => pageFile(page, base)));
  const policies = unpackPolicies(previous?.policies);
  const keptPolicies = new Map([...keptFiles].flatMap((file) => policyOf(policies, file)));
  return { ...plan, keptFiles, keptPolicies, outDir, base, manifestFile, global, digests, previous };
}

function policyOf(policies: ReadonlyMap<string, string>, file: string): [string, string][] {
  const policy = policies.get(file);
  return policy === undefined ? [] : [[file, policy]];
}

/**
 * Once Astro has written the pages: removes the pages of deleted entries, and returns every page file of this
 * build (written or kept) and whether a page that the search index reads was written or removed.
 */
export function removeStalePages(
  build: IncrementalBuild,
  pages: {
    /** The pages Astro wrote, as its build:done hook names them. */
    written: readonly { pathname: string }[];
    /** URL paths of the pages the search index reads (the output table's). */
    searched: ReadonlySet<string>;
  },
): { pageFiles: ReadonlySet<string>; searchedPagesChanged: boolean } {
  const writtenFiles = pages.written.map((page) => astroPageFile(page.pathname));
  const searchedFiles = new Set([...pages.searched].map((page) => pageFile(page, build.base)));
  const pageFiles = new Set([...writtenFiles, ...build.keptFiles]);
  const stalePages = build.incremental && build.previous ? staleFiles(pagesOf(build.previous.files), pageFiles) : [];
  removeFiles(build.outDir, stalePages);
  // A page removed may have been indexed: the index is made again.
  const searchedPagesChanged =
    !build.incremental || stalePages.length > 0 || writtenFiles.some((file) => searchedFiles.has(file));
  return { pageFiles, searchedPagesChanged };
}

/**
 * Last of all: removes the other files of deleted entries and writes the manifest the next build starts from,
 * with every file of this build and every page's policy.
 */
export function finishIncrementalBuild(
  build: IncrementalBuild,
  output: { files: ReadonlySet<string>; policies: ReadonlyMap<string, string> },
): void {
  const { outDir, previous, manifestFile, global, digests } = build;
  if (build.incremental && previous) removeFiles(outDir, staleFiles(previous.files, output.files));
  const manifest: BuildManifest = {
    version: MANIFEST_VERSION,
    global,
    pages: Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
    files: [...output.files].sort(),
    policies: packPolicies(output.policies),
  };
  mkdirSync(path.dirname(manifestFile), { recursive: true });
  writeFileSync(manifestFile, JSON.stringify(manifest));
}

/** File of a page URL path under the base, in Astro's `directory` format. */
function pageFile(urlPath: string, base: string): string {
  return `${outputPath(urlPath, base)}index.html`;
}

/** File of a page as Astro's build:done hook names it: `claims/x/`, `rss.xml`, `` for the home page. */
function astroPageFile(pathname: string): string {
  const relative = pathname.replace(/^\//, '');
  if (/^(404|500)\/?$/.test(relative)) return `${relative.replace('/', '')}.html`;
  if (relative === '' || relative.endsWith('/')) return `${relative}index.html`;
  return /\.[a-z0-9]+$/i.test(relative) ? relative : `${relative}/index.html`;
}

function pagesOf(files: readonly string[]): string[] {
  return files.filter((file) => file.endsWith('.html'));
}

function removeFiles(outDir: string, files: readonly string[]): void {
  for (const file of files) {
    const absolute = path.join(outDir, file);
    rmSync(absolute, { force: true });
    // Then the folders it leaves empty, up to the output folder.
    for (let dir = path.dirname(absolute); dir.startsWith(outDir) && dir !== outDir; dir = path.dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // Not empty.
      }
    }
  }
}

function readManifest(file: string): BuildManifest | undefined {
  try {
    return parseManifest(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}
