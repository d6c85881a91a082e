import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check/check-content.ts';
import { writeEntityFiles } from './entity-files.ts';

const dir = path.resolve('e2e/fixtures/minimal');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the minimal fixture must check without errors');
const scratch = mkdtempSync(path.join(tmpdir(), 'claimline-entity-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('writeEntityFiles', () => {
  it('rasterises each PNG on a worker thread once, then copies it from the cache', { timeout: 60_000 }, async () => {
    const cacheDir = path.join(scratch, 'cache');
    const first = await writeEntityFiles({ site, base: '/factcheck/', outDir: path.join(scratch, 'one'), cacheDir });
    const pngs = site.claims.length * 2 + site.metrics.length;
    expect(first).toEqual({ files: site.claims.length * 6 + site.metrics.length * 5, cached: 0, rendered: pngs });
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(pngs);

    const second = await writeEntityFiles({ site, base: '/factcheck/', outDir: path.join(scratch, 'two'), cacheDir });
    expect(second).toMatchObject({ cached: pngs, rendered: 0 });
    const slug = site.claims[0]?.slug ?? '';
    const card = (folder: string) => readFileSync(path.join(scratch, folder, 'images/claims', slug, 'card.png'));
    expect([...card('one').subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(card('two').equals(card('one'))).toBe(true);
  });

  it('writes the files at their paths without the base', async () => {
    const outDir = path.join(scratch, 'three');
    await writeEntityFiles({ site, base: '/factcheck/', outDir, cacheDir: path.join(scratch, 'cache') });
    const slug = site.claims[0]?.slug ?? '';
    expect(readFileSync(path.join(outDir, 'data/claims', `${slug}.csv`), 'utf8')).toMatch(/^[^\n]*figure/i);
    expect(JSON.parse(readFileSync(path.join(outDir, 'oembed/claims', `${slug}.json`), 'utf8'))).toMatchObject({
      type: 'rich',
    });
  });
});
