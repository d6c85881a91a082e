import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Turns an SVG document into PNG bytes. */
export type PngRenderer = (svg: string) => Uint8Array;

export interface PngCacheOptions {
  /** Folder of cached PNGs; created when first written. */
  readonly dir: string;
  /** Everything besides the SVG that changes the pixels: renderer, fonts, output width. */
  readonly version: string;
  readonly render: PngRenderer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const IEND = Buffer.from([0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]);

/** Where the cached PNG of `svg` lives in `dir`, whether or not it exists yet. */
export function pngCacheFile(dir: string, svg: string, version: string): string {
  return path.join(dir, `${pngCacheKey(svg, version)}.png`);
}

/** The cache file name of an SVG: the SHA-256 of the renderer version and the SVG text. */
export function pngCacheKey(svg: string, version: string): string {
  return createHash('sha256').update(version).update('\0').update(svg).digest('hex');
}

/**
 * A PNG renderer that keeps what it renders in `dir`, one file per distinct SVG and renderer version, so an
 * unchanged image is rasterised once across builds. The bytes are the same whether they come from the cache or
 * from the renderer. A cache that cannot be read or written is skipped, never fatal.
 */
export function cachedPngRenderer(options: PngCacheOptions): PngRenderer {
  return (svg) => {
    const file = pngCacheFile(options.dir, svg, options.version);
    const cached = readPng(file);
    if (cached) return cached;
    const png = Buffer.from(options.render(svg));
    try {
      mkdirSync(options.dir, { recursive: true });
      // Written whole under another name, then renamed: a reader never sees half a file.
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, png);
      renameSync(temporary, file);
    } catch {
      // A read-only or full disk only costs the next build a render.
    }
    return png;
  };
}

/** A cached PNG, or undefined when missing or cut short. */
function readPng(file: string): Buffer | undefined {
  try {
    const bytes = readFileSync(file);
    const complete =
      bytes.length > SIGNATURE.length + IEND.length &&
      bytes.subarray(0, SIGNATURE.length).equals(SIGNATURE) &&
      bytes.subarray(bytes.length - IEND.length).equals(IEND);
    return complete ? bytes : undefined;
  } catch {
    return undefined;
  }
}
