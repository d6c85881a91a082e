import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storedCheckedSite } from './stores/checked-site.ts';
import {
  MANIFEST_VERSION,
  packPolicies,
  parseManifest,
  planBuild,
  staleFiles,
  unpackPolicies,
  type BuildManifest,
} from '../lib/incremental/build-manifest.ts';
import { storeBuildPlan, storedBuildPlan } from './stores/build-plan.ts';
import { codeDigest } from '../lib/incremental/code-digest.ts';
import { hash, pageDigests } from '../lib/incremental/page-digests.ts';
import { resolveContentDir } from '../lib/load/content-dir.ts';
import { routes } from '../lib/routes.ts';
import { outputPath } from '../lib/site-files/entity-files.ts';

/**
 * Absolute URLs of the pages this build keeps from the last one. @astrojs/sitemap lists the pages Astro rendered,
 * so astro.config.mjs hands it these as `customPages`; it reads the array when the build is done.
 */
export const keptPageUrls: string[] = [];

/** Where the manifests live: one per output folder, outside it so that it is never deployed. */
const MANIFEST_DIR = path.join('node_modules', '.cache', 'claimline-build');

interface BuildState {
  outDir: string;
  base: string;
  manifestFile: string;
  global: string;
  digests: Map<string, string>;
  previous: BuildManifest | undefined;
  pageFiles: Set<string>;
}

let state: BuildState | undefined;

/**
 * Incremental builds. Before Astro renders, it plans the build (src/lib/incremental): with the same code, settings
 * and site.yaml as the last build into the same folder, the claim, source, metric and embed pages whose digest is
 * unchanged keep their files, the output folder is not emptied, and getStaticPaths leaves those pages out. Every
 * other page is rendered as usual. `CLAIMLINE_INCREMENTAL=0` builds everything from an empty folder.
 *
 * It returns two integrations: the first goes before the ones that read the pages (it removes the pages of
 * deleted entries), the second after all of them (it removes other stale files and writes the manifest, so a build
 * that fails part-way leaves none and the next build is a full one).
 */
export function incrementalBuild(): { plan: AstroIntegration; finish: AstroIntegration } {
  const plan: AstroIntegration = {
    name: 'claimline-incremental',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, logger }) => {
        state = undefined;
        storeBuildPlan(undefined);
        keptPageUrls.length = 0;
        if (command !== 'build') return;
        const cwd = process.cwd();
        const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
        const site = storedCheckedSite(contentDir);
        if (!site) return; // The claimline integration has stopped the build.
        const started = performance.now();
        const outDir = fileURLToPath(config.outDir);
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        const manifestFile = path.join(cwd, MANIFEST_DIR, `${hash(outDir)}.json`);
        const previous = readManifest(manifestFile);
        // A build that fails part-way must not leave a manifest that vouches for the folder.
        rmSync(manifestFile, { force: true });
        const settings = { contentDir, base, site: config.site, format: config.build.format };
        const global = hash(codeDigest(cwd), JSON.stringify(site.config), JSON.stringify(settings));
        const digests = pageDigests({
          site,
          routes: routes(base),
          global,
          claimText: (claim) => readFileSync(path.join(contentDir, claim.path), 'utf8'),
        });
        const enabled = process.env.CLAIMLINE_INCREMENTAL !== '0';
        const buildPlan = planBuild({
          previous: enabled ? previous : undefined,
          global,
          digests,
          exists: (page) => existsSync(path.join(outDir, pageFile(page, base))),
        });
        storeBuildPlan({ ...buildPlan, previousPolicies: unpackPolicies(previous?.policies) });
        state = { outDir, base, manifestFile, global, digests, previous, pageFiles: new Set() };
        if (!buildPlan.incremental) return;
        updateConfig({ vite: { build: { emptyOutDir: false } } });
        const siteUrl = config.site;
        if (siteUrl) {
          for (const page of buildPlan.keep)
            if (!page.startsWith(`${base}embed/`)) keptPageUrls.push(new URL(page, siteUrl).href);
        }
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(
          `incremental build: ${buildPlan.keep.size} of ${digests.size} pages unchanged since the last build (planned in ${seconds} s)`,
        );
      },
      'astro:build:done': ({ pages }) => {
        const plan = storedBuildPlan();
        if (!state || !plan) return;
        const { base, outDir, previous } = state;
        const written = pages.map((page) => astroPageFile(page.pathname));
        plan.keptFiles = new Set([...plan.keep].map((page) => pageFile(page, base)));
        const current = new Set([...written, ...plan.keptFiles]);
        state.pageFiles = current;
        const stalePages = plan.incremental && previous ? staleFiles(pagesOf(previous.files), current) : [];
        removeFiles(outDir, stalePages);
        plan.searchPagesChanged =
          !plan.incremental || [...written, ...stalePages].some((file) => SEARCHED_PAGE.test(file));
      },
    },
  };
  const finish: AstroIntegration = {
    name: 'claimline-incremental-manifest',
    hooks: {
      'astro:build:done': () => {
        const plan = storedBuildPlan();
        if (!state || !plan) return;
        const { outDir, previous, manifestFile, global, digests } = state;
        const files = new Set([...state.pageFiles, ...(plan.entityFiles ?? [])]);
        if (plan.incremental && previous) removeFiles(outDir, staleFiles(previous.files, files));
        const manifest: BuildManifest = {
          version: MANIFEST_VERSION,
          global,
          pages: Object.fromEntries([...digests].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
          files: [...files].sort(),
          ...(plan.policies ? { policies: packPolicies(plan.policies) } : {}),
        };
        mkdirSync(path.dirname(manifestFile), { recursive: true });
        writeFileSync(manifestFile, JSON.stringify(manifest));
      },
    },
  };
  return { plan, finish };
}

/** The pages Pagefind indexes (src/integration/search-index.ts). */
const SEARCHED_PAGE = /^(claims|sources|metrics)\/[^/]+\/index\.html$/;

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
