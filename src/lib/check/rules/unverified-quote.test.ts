import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../../e2e/fixtures/broken.ts';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';

const folder = temporaryTrees('claimline-quotes-');
const CLAIM = path.join('claims', 'russia-reports-1351-killed.md');

/**
 * The unverified-quote problems of the minimal fixture with `text` added to the reasoning of its 1,351 claim,
 * whose sources are the ministry's briefing (its appearance and figure) and NATO's (a compared figure). The
 * ministry's text: "During the special military operation, 1,351 servicemen have been killed and 3,825 have been
 * wounded, the ministry said." NATO's: "… between 7,000 and 15,000 Russian troops have been killed in four weeks of
 * war in Ukraine. Counting the wounded, the captured and the missing, the official put the total at "roughly 30,000
 * to 40,000" Russian troops."
 */
function quoteProblems(text: string) {
  const dir = folder({ 'sources/extra.md': '---\ntitle: Extra\n---\nAn extra text says the war is long and hard.\n' });
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  const file = path.join(dir, CLAIM);
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace('several times higher.', `several times higher.\n\n${text}`));
  return checkContent({ dir, cwd: dir }).problems.filter((problem) => problem.ruleId === 'unverified-quote');
}

describe('unverified-quote', () => {
  it('accepts a quotation of the claim’s appearance, in straight or curly marks', () => {
    expect(quoteProblems('The ministry said "1,351 servicemen have been killed".')).toEqual([]);
    expect(quoteProblems('The ministry said “1,351 servicemen have been killed”.')).toEqual([]);
  });

  it('accepts a quotation of the source of a compared figure', () => {
    expect(quoteProblems('NATO said "between 7,000 and 15,000 Russian troops" had died.')).toEqual([]);
  });

  it('ignores case, line breaks and the punctuation an editor adds inside the closing mark', () => {
    expect(quoteProblems('The ministry: "Servicemen have been\nkilled and 3,825 have been wounded,"')).toEqual([]);
  });

  it('accepts an elision between parts that occur in order', () => {
    expect(quoteProblems('It said "During the special military operation … 3,825 have been wounded".')).toEqual([]);
    expect(quoteProblems('It said "During the special military operation [...] 3,825 have been wounded".')).toEqual([]);
  });

  it('refuses the parts of an elision in the wrong order', () => {
    expect(quoteProblems('It said "3,825 have been wounded … during the special military operation".')).toHaveLength(1);
  });

  it('refuses a misquote at its line and column, with the closest passage of the sources', () => {
    const problems = quoteProblems('The ministry said "1,351 servicemen have not been killed".');
    expect(problems).toEqual([
      expect.objectContaining({
        file: CLAIM,
        line: 18,
        column: 19,
        severity: 'error',
        message: expect.stringContaining('(did you mean "1,351 servicemen have been killed"?)'),
      }),
    ]);
  });

  it('does not check quotations of fewer than four words', () => {
    expect(quoteProblems('A "so-called special operation" was announced.')).toEqual([]);
  });

  it('accepts a quotation followed by a link to its outside origin, and only then', () => {
    expect(quoteProblems('He said "we will never give up" ([Reuters](https://example.org/r)).')).toEqual([]);
    expect(quoteProblems('He said "we will never give up" (see [Reuters](https://example.org/r)).')).toHaveLength(1);
  });

  it('checks against a source the body links to, and not against the other sources of the site', () => {
    expect(quoteProblems('It says "the war is long and hard" ([extra](../../sources/extra/)).')).toEqual([]);
    expect(quoteProblems('It says "the war is long and hard".')).toHaveLength(1);
  });

  it('finds quotations in list items and table cells', () => {
    expect(quoteProblems('- NATO: "between 8,000 and 15,000 Russian troops"')).toHaveLength(1);
    expect(
      quoteProblems('| Who | Said |\n| --- | --- |\n| NATO | "between 8,000 and 15,000 Russian troops" |'),
    ).toHaveLength(1);
  });
});

describe('unverified-quote with a compare list', () => {
  it('checks against the sources of the listed figures, given by id or with a stance', () => {
    const dir = folder({});
    cpSync(MINIMAL_DIR, dir, { recursive: true });
    const file = path.join(dir, 'claims', 'nato-estimate-15000.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text}\nThe ministry said "1,351 servicemen have been killed".\n`);
    const problems = checkContent({ dir, cwd: dir }).problems;
    expect(problems.filter((problem) => problem.ruleId === 'unverified-quote')).toEqual([]);
  });
});
