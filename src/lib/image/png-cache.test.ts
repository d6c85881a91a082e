import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cachedPngRenderer, pngCacheKey, type PngRenderer } from './png-cache.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

/** A stand-in renderer that counts its calls and returns PNG-framed bytes that depend on the SVG. */
function countingRenderer(): { render: PngRenderer; calls: () => number } {
  let calls = 0;
  return {
    render: (svg) => {
      calls++;
      return Uint8Array.from([...SIGNATURE, ...Buffer.from(svg), ...IEND]);
    },
    calls: () => calls,
  };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'png-cache-test-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('cachedPngRenderer', () => {
  it('renders an SVG once: a second request for the same SVG reads the cache', () => {
    const counter = countingRenderer();
    const png = cachedPngRenderer({ dir, version: 'v1', render: counter.render });
    const first = png('<svg>a</svg>');
    const second = png('<svg>a</svg>');
    expect(counter.calls()).toBe(1);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('keeps the cache across renderers, as across builds, with the same bytes as a fresh render', () => {
    const first = countingRenderer();
    const fresh = cachedPngRenderer({ dir, version: 'v1', render: first.render })('<svg>b</svg>');
    const second = countingRenderer();
    const cached = cachedPngRenderer({ dir, version: 'v1', render: second.render })('<svg>b</svg>');
    expect([first.calls(), second.calls()]).toEqual([1, 0]);
    expect(Buffer.from(cached).equals(Buffer.from(fresh))).toBe(true);
    expect(Buffer.from(cached).equals(Buffer.from(first.render('<svg>b</svg>')))).toBe(true);
  });

  it('renders again when the SVG or the renderer version changes', () => {
    const counter = countingRenderer();
    cachedPngRenderer({ dir, version: 'v1', render: counter.render })('<svg>a</svg>');
    cachedPngRenderer({ dir, version: 'v1', render: counter.render })('<svg>b</svg>');
    cachedPngRenderer({ dir, version: 'v2', render: counter.render })('<svg>a</svg>');
    expect(counter.calls()).toBe(3);
    expect(readdirSync(dir).sort()).toEqual(
      [pngCacheKey('<svg>a</svg>', 'v1'), pngCacheKey('<svg>b</svg>', 'v1'), pngCacheKey('<svg>a</svg>', 'v2')]
        .map((key) => `${key}.png`)
        .sort(),
    );
  });

  it('names each file by the SHA-256 of the version and the SVG, leaving no temporary file behind', () => {
    expect(pngCacheKey('<svg/>', 'v1')).toMatch(/^[0-9a-f]{64}$/);
    expect(pngCacheKey('<svg/>', 'v1')).not.toBe(pngCacheKey('<svg/>', 'v2'));
    cachedPngRenderer({ dir, version: 'v1', render: countingRenderer().render })('<svg/>');
    expect(readdirSync(dir)).toEqual([`${pngCacheKey('<svg/>', 'v1')}.png`]);
  });

  it('renders again over a cached file that was cut short', () => {
    const counter = countingRenderer();
    const png = cachedPngRenderer({ dir, version: 'v1', render: counter.render });
    const whole = png('<svg>c</svg>');
    const file = path.join(dir, `${pngCacheKey('<svg>c</svg>', 'v1')}.png`);
    writeFileSync(file, Buffer.from(whole).subarray(0, 10));
    const again = png('<svg>c</svg>');
    expect(counter.calls()).toBe(2);
    expect(Buffer.from(again).equals(Buffer.from(whole))).toBe(true);
    expect(readFileSync(file).equals(Buffer.from(whole))).toBe(true);
  });

  it('still renders when the cache folder cannot be written', () => {
    const blocked = path.join(dir, 'a-file');
    writeFileSync(blocked, 'not a folder');
    const counter = countingRenderer();
    const png = cachedPngRenderer({ dir: path.join(blocked, 'cache'), version: 'v1', render: counter.render });
    expect(png('<svg>d</svg>').length).toBeGreaterThan(16);
    expect(png('<svg>d</svg>').length).toBeGreaterThan(16);
    expect(counter.calls()).toBe(2);
  });
});
