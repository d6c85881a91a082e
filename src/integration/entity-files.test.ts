import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check/check-content.ts';
import { measureText } from '../lib/image/fonts.ts';
import { routes } from '../lib/routes.ts';
import { entityFiles } from '../lib/outputs/entity-files.ts';
import { siteViews } from '../lib/views/site-views.ts';
import { writeEntityFiles } from './entity-files.ts';

const dir = path.resolve('e2e/fixtures/minimal');
const { site } = checkContent({ dir, cwd: dir });
if (!site) throw new Error('the minimal fixture must check without errors');
const filesAt = (base: string) => entityFiles(siteViews({ site, measure: measureText, routes: routes(base) }));
const scratch = mkdtempSync(path.join(tmpdir(), 'claimline-entity-files-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47];

describe('writeEntityFiles', () => {
  it('rasterises each PNG on a worker thread once, then copies it from the cache', { timeout: 60_000 }, async () => {
    const cacheDir = path.join(scratch, 'cache');
    const first = await writeEntityFiles({
      files: filesAt('/factcheck/'),
      base: '/factcheck/',
      outDir: path.join(scratch, 'one'),
      cacheDir,
    });
    const pngs = site.claims.length * 2 + site.metrics.length;
    const files = site.claims.length * 6 + site.metrics.length * 5;
    expect(first).toMatchObject({ files, kept: 0, cached: 0, rendered: pngs });
    expect(first.paths).toHaveLength(files);
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.png'))).toHaveLength(pngs);

    const second = await writeEntityFiles({
      files: filesAt('/factcheck/'),
      base: '/factcheck/',
      outDir: path.join(scratch, 'two'),
      cacheDir,
    });
    expect(second).toMatchObject({ cached: pngs, rendered: 0 });
    const slug = site.claims[0]?.slug ?? '';
    const card = (folder: string) => readFileSync(path.join(scratch, folder, 'images/claims', slug, 'card.png'));
    expect([...card('one').subarray(0, 4)]).toEqual(PNG_SIGNATURE);
    expect(card('two').equals(card('one'))).toBe(true);
  });

  it('keeps the files of unchanged pages that exist, and writes the others and the missing ones', async () => {
    const outDir = path.join(scratch, 'kept');
    const cacheDir = path.join(scratch, 'cache');
    await writeEntityFiles({ files: filesAt('/'), base: '/', outDir, cacheDir });
    const [kept, changed] = site.claims;
    if (!kept || !changed) throw new Error('the minimal fixture has two claims');
    const csv = (slug: string) => path.join(outDir, 'data/claims', `${slug}.csv`);
    writeFileSync(csv(kept.slug), 'left as it was');
    writeFileSync(csv(changed.slug), 'to be written again');
    rmSync(path.join(outDir, 'data/claims', `${kept.slug}.json`));
    const again = await writeEntityFiles({
      files: filesAt('/'),
      base: '/',
      outDir,
      cacheDir,
      keep: (file) => file.owner === `/claims/${kept.slug}/`,
    });
    expect(again.kept).toBe(5);
    expect(readFileSync(csv(kept.slug), 'utf8')).toBe('left as it was');
    expect(readFileSync(csv(changed.slug), 'utf8')).not.toBe('to be written again');
    expect(JSON.parse(readFileSync(path.join(outDir, 'data/claims', `${kept.slug}.json`), 'utf8'))).toBeTruthy();
  });

  it('writes the files at their paths without the base', async () => {
    const outDir = path.join(scratch, 'three');
    await writeEntityFiles({
      files: filesAt('/factcheck/'),
      base: '/factcheck/',
      outDir,
      cacheDir: path.join(scratch, 'cache'),
    });
    const slug = site.claims[0]?.slug ?? '';
    expect(readFileSync(path.join(outDir, 'data/claims', `${slug}.csv`), 'utf8')).toMatch(/^[^\n]*figure/i);
    expect(JSON.parse(readFileSync(path.join(outDir, 'oembed/claims', `${slug}.json`), 'utf8'))).toMatchObject({
      type: 'rich',
    });
  });
});
