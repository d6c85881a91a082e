import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../../e2e/fixtures/broken.ts';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';

const folder = temporaryTrees('claimline-claimed-figures-');
const CLAIM = path.join('claims', 'russia-reports-1351-killed.md');

/** The minimal fixture with the ministry's claim asserting `figure` as written (YAML, one line). */
function check(figure: string) {
  const dir = folder({});
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  const file = path.join(dir, CLAIM);
  writeFileSync(file, readFileSync(file, 'utf8').replace('figure: ru-mod-killed-2022-03-25', `figure: ${figure}`));
  return checkContent({ dir, cwd: dir });
}

describe('a claim that asserts several figures', () => {
  it('is accepted as a list, and asserts each figure in the order written', () => {
    const result = check('[ru-mod-killed-2022-03-25, nato-casualties-2022-03]');
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(result.site?.claimBySlug.get('russia-reports-1351-killed')?.claimed).toEqual([
      'ru-mod-killed-2022-03-25',
      'nato-casualties-2022-03',
    ]);
  });

  it('reports an unknown figure in the list at its line, naming its place in the list', () => {
    const result = check('[ru-mod-killed-2022-03-25, no-such-figure]');
    const problem = result.problems.find((found) => found.ruleId === 'unknown-figure');
    expect(problem).toMatchObject({ file: expect.stringContaining(CLAIM), line: 7, severity: 'error' });
    expect(problem?.message).toContain('no-such-figure');
  });

  it('refuses an empty list', () => {
    const result = check('[]');
    expect(result.problems.map((problem) => [problem.line, problem.severity, problem.message])).toContainEqual([
      7,
      'error',
      expect.stringContaining('List at least one figure id, or leave `figure` out'),
    ]);
    expect(result.site).toBeUndefined();
  });

  it('refuses a figure listed twice', () => {
    const result = check('[ru-mod-killed-2022-03-25, ru-mod-killed-2022-03-25]');
    expect(result.problems.map((problem) => [problem.line, problem.severity, problem.message])).toContainEqual([
      7,
      'error',
      expect.stringContaining('List each claimed figure once'),
    ]);
  });
});
