import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../lib/check/check-content.ts';
import { outputPath } from '../lib/outputs/entity-files.ts';
import { writeContentSnapshot } from './content-snapshot.ts';
import { startEntityFiles } from './entity-files-thread.ts';
import { generationOf } from './generation.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-entity-thread-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the per-claim files thread', () => {
  it("writes every file of the site's output table, read from the snapshot the pages read", async () => {
    const dir = path.resolve('e2e/fixtures/minimal');
    const { site, editions, problems } = checkContent({ dir, cwd: process.cwd(), drafts: false });
    expect(site).toBeDefined();
    const snapshotFile = path.join(root, 'content.bin');
    writeContentSnapshot(snapshotFile, { problems, site, editions, keep: new Set() });
    const outDir = path.join(root, 'dist');
    const { written } = await startEntityFiles({ snapshotFile, base: '/', outDir, keep: undefined });
    const table = [...generationOf(editions, '/').files.keys()];
    expect(table.length).toBeGreaterThan(10);
    expect(written.files).toBe(table.length);
    const missing = table.filter((file) => !existsSync(path.join(outDir, outputPath(file, '/'))));
    expect(missing).toEqual([]);
  }, 60_000);

  it('fails the build with what went wrong when the snapshot cannot be read', async () => {
    await expect(
      startEntityFiles({ snapshotFile: path.join(root, 'missing.bin'), base: '/', outDir: root, keep: undefined }),
    ).rejects.toThrow(/^Could not write the per-claim files: .*ENOENT/);
  });
});
