// The raster-image cache during a benchmark. The warm-up run starts with an empty cache so that it measures what
// drawing every PNG costs; the cache the developer had is set aside first and merged back at the end, also after
// an interrupted run.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';

/** How many PNGs the cache holds. */
export function cachedImages(cacheDir: string): number {
  return existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.endsWith('.png')).length : 0;
}

/** Moves the cache to `keptDir`, leaving none; a previous run's kept cache is merged back first. */
export function setCacheAside(cacheDir: string, keptDir: string): void {
  restoreCache(cacheDir, keptDir);
  if (!existsSync(cacheDir)) return;
  mkdirSync(path.dirname(keptDir), { recursive: true });
  renameSync(cacheDir, keptDir);
}

/** Moves every kept image the cache lacks back into it and removes `keptDir`. */
export function restoreCache(cacheDir: string, keptDir: string): void {
  if (!existsSync(keptDir)) return;
  mkdirSync(cacheDir, { recursive: true });
  for (const name of readdirSync(keptDir)) {
    const target = path.join(cacheDir, name);
    if (!existsSync(target)) renameSync(path.join(keptDir, name), target);
  }
  rmSync(keptDir, { recursive: true, force: true });
}
