import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../../e2e/fixtures/broken.ts';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';

const folder = temporaryTrees('claimline-same-as-');
const WIRE = path.join('sources', 'wire.md');

/**
 * The minimal fixture with a third source, a wire report of NATO's March range of 7,000 to 15,000 killed (the
 * fixture's `nato-killed-2022-03`), its figure given `extra` lines (`sameAs: …`); `natoExtra` is added to NATO's own.
 */
function check(options: { extra?: string; natoExtra?: string } = {}) {
  const dir = folder({});
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  writeFileSync(
    path.join(dir, WIRE),
    [
      '---',
      'title: Wire report',
      'figures:',
      '  - id: wire-nato',
      '    metric: ru-killed',
      '    low: 7000',
      '    high: 15000',
      '    asOf: 2022-03',
      '    by: NATO',
      '    quote: between 7,000 and 15,000 Russian troops',
      ...(options.extra ? [`    ${options.extra}`] : []),
      '---',
      'NATO says between 7,000 and 15,000 Russian troops have died.',
      '',
    ].join('\n'),
  );
  if (options.natoExtra) {
    const nato = path.join(dir, 'sources', 'nato-briefing.md');
    const text = readFileSync(nato, 'utf8');
    writeFileSync(nato, text.replace('    by: NATO\n', `    by: NATO\n    ${options.natoExtra}\n`));
  }
  return checkContent({ dir, cwd: dir });
}

const rulesOf = (result: ReturnType<typeof check>) =>
  result.problems.map((problem) => [problem.file, problem.line, problem.ruleId, problem.severity]);

describe('same-estimate', () => {
  it('warns at the later report of equal numbers for the same date that neither names as the same', () => {
    const result = check();
    expect(rulesOf(result)).toEqual([[WIRE, 4, 'same-estimate', 'warning']]);
    expect(result.problems[0]?.hint).toContain('sameAs: nato-killed-2022-03');
  });

  it('is quiet once the later report names the first with sameAs, and the site counts one estimate', () => {
    const result = check({ extra: 'sameAs: nato-killed-2022-03' });
    expect(result.problems).toEqual([]);
    expect(result.site?.figureById.get('wire-nato')?.estimate).toBe('nato-killed-2022-03');
  });
});

describe('same-as', () => {
  it('refuses a figure named as the same estimate as itself', () => {
    expect(rulesOf(check({ extra: 'sameAs: wire-nato' }))).toEqual([[WIRE, 11, 'same-as', 'error']]);
  });

  it('refuses a figure of another metric', () => {
    expect(rulesOf(check({ extra: 'sameAs: nato-casualties-2022-03' }))).toEqual([[WIRE, 11, 'same-as', 'error']]);
  });

  it('refuses reports that name each other', () => {
    const result = check({ extra: 'sameAs: nato-killed-2022-03', natoExtra: 'sameAs: wire-nato' });
    expect(result.problems.map((problem) => problem.ruleId)).toEqual(['same-as', 'same-as']);
  });

  it('reports an unknown figure with the closest id', () => {
    const result = check({ extra: 'sameAs: nato-killed-2022-3' });
    expect(rulesOf(result)).toEqual([[WIRE, 11, 'unknown-figure', 'error']]);
    expect(result.problems[0]?.message).toContain('did you mean "nato-killed-2022-03"');
  });
});
