import { existsSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ViteDevServer } from 'vite';
import { pngCacheFile } from '../lib/image/png-cache.ts';
import { cachedRenderPng, defaultCacheDir, rendererVersion } from '../lib/image/render-png.ts';
import { outputPath, type EntityFile } from '../lib/outputs/entity-files.ts';
import { pngPool } from './png-pool.ts';

/**
 * Writes in flight at most. Writing 60,000 small files one after the other left the core idle on each system
 * call; the writes now go to libuv's threads while this thread makes the next files. PNGs waiting for a
 * rasterising thread count too, which bounds the SVGs held.
 */
const MAX_IN_FLIGHT = 64;

/** Files written between two turns of the event loop. */
const YIELD_EVERY = 20;

export interface WrittenFiles {
  readonly files: number;
  /** Files left as the last build wrote them (`keep`). */
  readonly kept: number;
  /** Every file's path under the output folder, written or kept. */
  readonly paths: readonly string[];
  readonly cached: number;
  readonly rendered: number;
}

/**
 * Writes the per-claim and per-metric files (src/lib/outputs/entity-files.ts) beside the pages. A PNG comes
 * from the image cache when its SVG has been rasterised before, else from a pool of threads, one per core.
 */
export async function writeEntityFiles(options: {
  /** The files of the site's output table (siteOutputs). */
  files: readonly EntityFile[];
  base: string;
  outDir: string;
  /** Where rasterised PNGs are kept between builds (default: node_modules/.cache/claimline-images). */
  cacheDir?: string;
  /** Files that need not be written again when they exist: their page is unchanged since the last build. */
  keep?: ((file: EntityFile) => boolean) | undefined;
}): Promise<WrittenFiles> {
  const { files, base, outDir, cacheDir = defaultCacheDir(), keep } = options;
  const version = rendererVersion();
  const pool = pngPool();
  const rendering = new Map<string, Promise<void>>();
  const io = writeQueue();
  let cached = 0;
  let kept = 0;
  const paths: string[] = [];
  try {
    for (const [count, file] of files.entries()) {
      // Let the event loop breathe: Pagefind indexes meanwhile, and talks to this process through pipes.
      if (count % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
      const relative = outputPath(file.path, base);
      paths.push(relative);
      const target = path.join(outDir, relative);
      if (keep?.(file) && existsSync(target)) {
        kept++;
        continue;
      }
      if (file.type === 'text') {
        const text = file.text();
        await io.add(target, () => writeFile(target, text));
        continue;
      }
      const svg = file.svg();
      const cacheFile = pngCacheFile(cacheDir, svg, version);
      if (!rendering.has(cacheFile) && existsSync(cacheFile)) {
        cached++;
        await io.add(target, () => copyFile(cacheFile, target));
        continue;
      }
      let render = rendering.get(cacheFile);
      if (!render) {
        render = pool.render({ svg, file: cacheFile });
        rendering.set(cacheFile, render);
      }
      const rendered = render;
      await io.add(target, () => rendered.then(() => copyFile(cacheFile, target)));
    }
    await io.drain();
  } finally {
    await pool.close();
  }
  return { files: files.length, kept, paths, cached, rendered: rendering.size };
}

/** Writes files with at most MAX_IN_FLIGHT at once, making each one's folder first. */
function writeQueue() {
  const pending = new Set<Promise<void>>();
  const folders = new Map<string, Promise<unknown>>();
  let failure: { error: unknown } | undefined;
  return {
    /** Starts a write, after waiting for room if MAX_IN_FLIGHT are running; throws the first failure seen. */
    async add(target: string, write: () => Promise<void>): Promise<void> {
      if (failure) throw failure.error;
      const folder = path.dirname(target);
      let ready = folders.get(folder);
      if (!ready) {
        ready = mkdir(folder, { recursive: true });
        folders.set(folder, ready);
      }
      const task: Promise<void> = ready
        .then(write)
        .catch((error: unknown) => {
          failure ??= { error };
        })
        .finally(() => pending.delete(task));
      pending.add(task);
      if (pending.size >= MAX_IN_FLIGHT) await Promise.race(pending);
    },
    /** Waits for every write; throws the first failure. */
    async drain(): Promise<void> {
      await Promise.all(pending);
      if (failure) throw failure.error;
    },
  };
}

/**
 * The dev server answers a request for one of the files from the site the content watcher checked last, so it
 * shows what the next build would write.
 */
export function serveEntityFiles(
  server: ViteDevServer,
  options: { file: (urlPath: string) => EntityFile | undefined },
): void {
  server.middlewares.use((request, response, next) => {
    const url = request.url?.split('?')[0];
    if (!url || !/\/(images|data|oembed)\//.test(url)) return next();
    let file: EntityFile | undefined;
    try {
      file = options.file(url);
    } catch (error) {
      return next(error);
    }
    if (!file) return next();
    if (file.type === 'text') {
      response.setHeader('Content-Type', file.contentType);
      response.end(file.text());
    } else {
      response.setHeader('Content-Type', 'image/png');
      response.end(cachedRenderPng(file.svg()));
    }
  });
}
