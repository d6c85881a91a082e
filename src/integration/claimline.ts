import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../lib/check/check-content.ts';
import { languageSegment } from '../lib/routes.ts';
import { formatReport } from '../lib/check/report.ts';
import { watchContent } from './content-watcher.ts';
import { generationOf, type Generation } from './generation.ts';
import { resolveContentDir, showsDrafts } from '../lib/load/content-dir.ts';
import type { Site } from '../lib/model/types.ts';
import { contextModulePlugin, readContentSnapshot, snapshotFile, writeContentSnapshot } from './content-snapshot.ts';
import { embedScriptPlugin } from './embed-script.ts';
import { languagePageRoutes } from './language-page-routes.ts';
import { serveEntityFiles, type WrittenFiles } from './entity-files.ts';
import { startEntityFiles } from './entity-files-thread.ts';
import {
  finishIncrementalBuild,
  planIncrementalBuild,
  removeStalePages,
  type IncrementalBuild,
} from './incremental-build.ts';
import { assertOutDirBuildable } from './out-dir.ts';
import { buildSearchIndex } from './search-index.ts';
import { readPolicies, writeHeadersFile } from './security-headers.ts';

/** What one build or dev server knows once the content is checked, passed from step to step. */
interface ClaimlineContext {
  readonly contentDir: string;
  readonly cwd: string;
  /** The site's base path, ending in `/`. */
  readonly base: string;
  /** The snapshot the pages read (src/integration/content-snapshot.ts). */
  readonly snapshot: { readonly file: string; remove(): void };
  /**
   * The views and outputs of the site last checked without errors (under `npm run dev`); undefined while the
   * content has errors, and during a build, which reads the snapshot back once the pages are written rather than
   * hold a second copy of the site while Astro renders.
   */
  generation: Generation | undefined;
  /** A build's plan: which pages it keeps from the last one. */
  readonly incremental: IncrementalBuild | undefined;
  /** A build's per-claim files, being written on their own thread while Astro renders the pages. */
  entityFiles: Promise<{ written: WrittenFiles; ms: number }> | undefined;
}

/**
 * Claimline's one integration. Its steps run in this order, in code:
 *
 * 1. **check** the content folder (`content/` or CONTENT_DIR) before Astro builds or serves anything. A build
 *    with errors stops here, through Astro's error path, with the same report as `npm run check`, never a stack
 *    trace; warnings are printed and the build goes on.
 * 2. **plan** an incremental build (src/integration/incremental-build.ts): which pages are kept from the last one.
 * 3. **hand the checked site to the pages**: one snapshot file, whose path the virtual module
 *    `virtual:claimline/context` gives them, so the pages never check the content again.
 * 4. Astro renders the pages (with @astrojs/mdx, and @astrojs/sitemap, which this integration adds). Meanwhile,
 *    from the moment Astro has emptied the output folder, a thread of its own writes the per-claim files on the
 *    other core (src/integration/entity-files-thread.ts).
 * 5. Once the pages are written: remove stale pages; then, at the same time, build the search index (Pagefind,
 *    in its own process) and read every page's Content-Security-Policy, and wait for the per-claim files; then
 *    write `_headers`; last, the manifest the next incremental build starts from, so a build that fails part-way
 *    leaves none.
 *
 * Under `npm run dev` it watches the content folder and checks it again on every change: the report goes to the
 * terminal, errors to the browser's error overlay, and a clean check swaps the snapshot and reloads the page.
 */
export function claimline(): AstroIntegration {
  let context: ClaimlineContext | undefined;
  return {
    name: 'claimline',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig, injectRoute, logger }) => {
        const cwd = process.cwd();
        if (command === 'build') assertOutDirBuildable({ outDir: fileURLToPath(config.outDir), cwd });
        const contentDir = resolveContentDir({ env: process.env.CONTENT_DIR, cwd });
        const drafts = showsDrafts({ env: process.env.CLAIMLINE_DRAFTS, dev: command === 'dev' });
        const { problems, site, editions } = checkContent({ dir: contentDir, cwd, drafts });
        if (problems.length > 0) {
          const report = formatReport(problems);
          if (site) logger.warn(`content check:\n${report}`);
          else console.error(`\n${report}\n`);
        }
        // Astro's own error path ends the build with exit code 1; without a stack, it prints only the message.
        if (!site && command === 'build') throw buildStopped();
        const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // The canonical URL is site.yaml's, so CONTENT_DIR alone retargets a build, unless the Astro config sets one.
        const siteUrl = config.site ?? site?.config.url;
        const incremental =
          command === 'build' && site
            ? plan({ editions, contentDir, cwd, base, siteUrl, drafts, config, logger })
            : undefined;
        const generation = site && generationOf(editions, base);
        const unlisted = generation?.unlisted;
        const rendering = command === 'build' || command === 'dev';
        const snapshot = rendering ? snapshotFile() : undefined;
        if (snapshot) {
          writeContentSnapshot(snapshot.file, { problems, site, editions, keep: incremental?.keep ?? new Set() });
          process.once('exit', snapshot.remove);
          context = {
            contentDir,
            cwd,
            base,
            snapshot,
            generation: command === 'dev' ? generation : undefined,
            incremental,
            entityFiles: undefined,
          };
        }
        // Every page again under `/[lang]/`, for the site's other languages: each page's getStaticPaths renders its
        // route for the default language, its `/[lang]/` route for the others (src/data/site.ts, `editionsOf`).
        for (const route of languagePageRoutes(config.srcDir)) injectRoute(route);
        const keptPages = siteUrl ? [...(incremental?.keep ?? [])].filter((page) => !unlisted?.has(page)) : [];
        updateConfig({
          ...(siteUrl ? { site: siteUrl } : {}),
          // The sitemap lists every page but the embeds, which exist to be framed by other sites, and also the
          // pages an incremental build kept rather than rendered.
          integrations: [
            mdx(),
            sitemap({
              filter: (page) => !unlisted?.has(new URL(page).pathname),
              customPages: keptPages.map((page) => new URL(page, siteUrl).href),
              // Each page's versions in the other languages (the same path under `/<lang>/`), as xhtml:link.
              ...(site && site.config.languages.length > 1
                ? {
                    i18n: {
                      defaultLocale: languageSegment(site.config.language),
                      locales: Object.fromEntries(
                        site.config.languages.map((language) => [languageSegment(language), language]),
                      ),
                    },
                  }
                : {}),
            }),
          ],
          vite: {
            plugins: [contextModulePlugin(snapshot?.file ?? null), embedScriptPlugin()],
            // The dev server compiles the pages and what they import while it starts, not on the first request.
            server: { warmup: { ssrFiles: ['./src/pages/**/*.astro', './src/pages/**/*.ts'] } },
            // An incremental build writes into the last build's folder.
            ...(incremental?.incremental ? { build: { emptyOutDir: false } } : {}),
          },
        });
      },
      'astro:server:setup': ({ server, logger }) => {
        if (!context) return;
        const current = context;
        watchContent({
          server,
          dir: current.contentDir,
          cwd: current.cwd,
          logger,
          // The pages read the new snapshot at their next request; with errors, they show the report.
          checked: ({ problems, site, editions }) => {
            current.generation = site && generationOf(editions, current.base);
            writeContentSnapshot(current.snapshot.file, { problems, site, editions, keep: new Set() });
          },
        });
        serveEntityFiles(server, { file: (urlPath) => current.generation?.files.get(urlPath) });
        server.httpServer?.once('close', current.snapshot.remove);
      },
      // The dev server renders the home page and the newest claim's page once, in the background, as soon as it
      // listens: Vite compiles the pages' modules on first use, which made the editor's first page take seconds.
      'astro:server:start': ({ address }) => {
        const claim = context?.generation?.outputs.find((output) => output.view.type === 'claim');
        const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
        const origin = `http://${host === '0.0.0.0' || host === '[::]' ? 'localhost' : host}:${address.port}`;
        void (async () => {
          for (const page of [context?.base ?? '/', claim?.path]) {
            if (page)
              await fetch(new URL(page, origin)).then(
                (response) => response.arrayBuffer(),
                () => undefined,
              );
          }
        })();
      },
      // Astro has emptied the output folder (a cold build) and is about to bundle, then render: the per-claim files
      // can be written from now on, beside the pages.
      'astro:build:setup': () => {
        if (!context?.incremental || context.entityFiles) return;
        const build = context.incremental;
        context.entityFiles = startEntityFiles({
          snapshotFile: context.snapshot.file,
          base: context.base,
          outDir: build.outDir,
          keep: build.incremental ? [...build.keep] : undefined,
        });
        // Awaited once the pages are written; until then, a failure must not count as unhandled.
        context.entityFiles.catch(() => undefined);
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!context?.incremental) return;
        const { site, editions } = readContentSnapshot(context.snapshot.file);
        if (!site) return;
        await finishBuild({
          context,
          generation: generationOf(editions, context.base),
          build: context.incremental,
          outDir: fileURLToPath(dir),
          pages,
          logger,
        });
        context.snapshot.remove();
      },
    },
  };
}

function plan(options: {
  editions: readonly Site[];
  drafts: boolean;
  contentDir: string;
  cwd: string;
  base: string;
  siteUrl: string | undefined;
  config: { outDir: URL; build: { format: string } };
  logger: AstroIntegrationLogger;
}): IncrementalBuild {
  const { editions, contentDir, cwd, base, siteUrl, drafts, config, logger } = options;
  const started = performance.now();
  const build = planIncrementalBuild({
    editions,
    contentDir,
    cwd,
    base,
    outDir: fileURLToPath(config.outDir),
    settings: { site: siteUrl, format: config.build.format, drafts },
  });
  if (build.incremental) {
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    logger.info(
      `incremental build: ${build.keep.size} of ${build.digests.size} pages unchanged since the last build (planned in ${seconds} s)`,
    );
  }
  return build;
}

/** Step 5: everything written after Astro's pages. */
async function finishBuild(options: {
  context: ClaimlineContext;
  generation: Generation;
  build: IncrementalBuild;
  outDir: string;
  pages: readonly { pathname: string }[];
  logger: AstroIntegrationLogger;
}): Promise<void> {
  const { context, generation, build, outDir, pages, logger } = options;
  const { pageFiles, searchedPagesChanged } = removeStalePages(build, {
    written: pages,
    searched: generation.searched,
  });
  const entityFiles = context.entityFiles ?? Promise.reject(new Error('The per-claim files were never started.'));
  const [files, searched, policies] = await Promise.all([
    entityFiles.then(({ written, ms }) => {
      const seconds = (ms / 1000).toFixed(1);
      const kept = written.kept > 0 ? ` (${written.kept} kept from the last build)` : '';
      logger.info(
        `${written.files} files${kept} in ${seconds} s; PNGs: ${written.cached} from the image cache, ${written.rendered} rasterised`,
      );
      return written;
    }),
    buildSearchIndex({
      outDir,
      unchanged: build.incremental && !searchedPagesChanged,
      languageFolders: generation.languageFolders,
    }),
    readPolicies(outDir, build.keptPolicies),
  ]);
  logger.info(searched);
  const allPolicies = writeHeadersFile({
    outDir,
    base: context.base,
    policies,
    framable: (page) => generation.framable.has(page),
    languageFolders: generation.languageFolders,
    logger,
  });
  finishIncrementalBuild(build, { files: new Set([...pageFiles, ...files.paths]), policies: allPolicies });
}

/** The error that stops a build on content errors, after the checker's report has been printed. */
function buildStopped(): Error {
  const error = new Error('Build stopped: fix the content errors above (run `npm run check` to see them again).');
  error.name = 'ContentError';
  error.stack = '';
  return error;
}
