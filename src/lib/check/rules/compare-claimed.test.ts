import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../../e2e/fixtures/broken.ts';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';

const folder = temporaryTrees('claimline-compare-');

describe('a claim that compares its own claimed figure', () => {
  it('is warned at the entry, which the page leaves out', () => {
    const dir = folder({});
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    const file = path.join(dir, 'claims', 'nato-estimate-15000.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(
      file,
      text.replace('  - nato-casualties-2022-03\n', '  - nato-casualties-2022-03\n  - nato-killed-2022-03\n'),
    );
    const { problems, site } = checkContent({ dir, cwd: dir });
    expect(site).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'nato-estimate-15000.md'),
        line: 10,
        ruleId: 'compare-claimed',
        severity: 'warning',
        message: expect.stringContaining('"nato-killed-2022-03" is the claimed figure itself'),
      }),
    ]);
  });

  it('is not warned when it compares other figures only', () => {
    const dir = folder({});
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    expect(checkContent({ dir, cwd: dir }).problems).toEqual([]);
  });
});
