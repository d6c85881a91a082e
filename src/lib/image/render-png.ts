import { Resvg } from '@resvg/resvg-js';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { FONT_FAMILY, fontFiles } from './fonts.ts';
import { cachedPngRenderer, type PngRenderer } from './png-cache.ts';

/** Every PNG is this many pixels wide: charts are scaled to it, cards are drawn at it. */
export const PNG_WIDTH = 1200;

/** Rasterises an SVG with resvg at PNG_WIDTH, with the bundled fonts only: the machine's fonts are never loaded. */
export const renderPng: PngRenderer = (svg) =>
  new Resvg(svg, {
    fitTo: { mode: 'width', value: PNG_WIDTH },
    font: {
      fontFiles: [...fontFiles],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    logLevel: 'error',
  })
    .render()
    .asPng();

/** The PNG height of an SVG `width` × `height` scaled to PNG_WIDTH, rounded to the pixel as resvg does. */
export function pngHeight(size: { width: number; height: number }): number {
  return Math.round((size.height * PNG_WIDTH) / size.width);
}

/**
 * What the pixels depend on besides the SVG: the renderer's version, the font files' bytes and the output width.
 * Part of every cache key, so upgrading resvg or the font renders everything afresh.
 */
export function rendererVersion(): string {
  const require = createRequire(import.meta.url);
  const resvg = JSON.parse(readFileSync(require.resolve('@resvg/resvg-js/package.json'), 'utf8')) as {
    version: string;
  };
  const fonts = createHash('sha256');
  for (const file of fontFiles) fonts.update(readFileSync(file));
  return `claimline-images 1; resvg-js ${resvg.version}; fonts ${fonts.digest('hex').slice(0, 16)}; width ${PNG_WIDTH}`;
}

/** The build's cache of rasterised images, in node_modules/.cache so CI caches of node_modules keep it. */
export function defaultCacheDir(cwd = process.cwd()): string {
  return path.join(cwd, 'node_modules', '.cache', 'claimline-images');
}

let shared: PngRenderer | undefined;

/** renderPng behind the on-disk cache: what the image endpoints use (a plain Uint8Array, as a Response body). */
export function cachedRenderPng(svg: string): Uint8Array<ArrayBuffer> {
  shared ??= cachedPngRenderer({ dir: defaultCacheDir(), version: rendererVersion(), render: renderPng });
  return new Uint8Array(shared(svg));
}
