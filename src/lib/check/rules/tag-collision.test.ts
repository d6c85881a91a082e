import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../../e2e/fixtures/broken.ts';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';

const folder = temporaryTrees('claimline-tags-');

/** The problems of the minimal fixture with the NATO claim tagged `tags` (the other claim is tagged "casualties"). */
function problemsWithTags(tags: readonly string[]) {
  const dir = folder({});
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  const file = path.join(dir, 'claims', 'nato-estimate-15000.md');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('verdict: accurate', `verdict: accurate\ntags: ${JSON.stringify(tags)}`));
  return checkContent({ dir, cwd: dir });
}

describe('tags', () => {
  it('may be any text in any script', () => {
    const { problems, site } = problemsWithTags(['українською', 'réseaux sociaux', 'الخسائر', '🇺🇦']);
    expect(problems).toEqual([]);
    expect(site?.claimBySlug.get('nato-estimate-15000')?.tags).toEqual([
      'українською',
      'réseaux sociaux',
      'الخسائر',
      '🇺🇦',
    ]);
  });

  it('are reported where two would share one address, at the later one', () => {
    const { problems, site } = problemsWithTags(['Casualties']);
    expect(site).toBeDefined();
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'russia-reports-1351-killed.md'),
        line: 13,
        ruleId: 'tag-collision',
        severity: 'warning',
        message: expect.stringContaining('"casualties" and the tag "Casualties"'),
      }),
    ]);
  });
});

describe('claimants', () => {
  it('are reported where two spellings would share one page, at the later file', () => {
    const dir = folder({});
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    const file = path.join(dir, 'claims', 'nato-estimate-15000.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^claimant: .*$/m, 'claimant: RUSSIAN MINISTRY OF DEFENCE'));
    const { problems } = checkContent({ dir, cwd: dir });
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'russia-reports-1351-killed.md'),
        line: 4,
        ruleId: 'claimant-collision',
        severity: 'warning',
        message: expect.stringContaining('"Russian Ministry of Defence" and "RUSSIAN MINISTRY OF DEFENCE"'),
      }),
    ]);
  });
});
