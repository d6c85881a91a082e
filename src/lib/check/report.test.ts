import { describe, expect, it } from 'vitest';
import type { Problem } from './problem.ts';
import { sortProblems } from './problem.ts';
import { describeContent, formatGithubAnnotations, formatReport, summarise } from './report.ts';

const unknownFigure: Problem = {
  file: 'content/claims/nato.md',
  line: 7,
  column: 9,
  ruleId: 'unknown-figure',
  severity: 'error',
  message: 'Unknown figure "nato-kiled-2022-03" (did you mean "nato-killed-2022-03"?)',
  hint: 'Use the id of a figure listed under `figures:` in one of the sources',
};

const wrongExtension: Problem = {
  file: 'content/sources/notes.txt',
  line: 1,
  column: 1,
  ruleId: 'unknown-file-type',
  severity: 'warning',
  message: 'Ignored "notes.txt": sources/ holds .md files',
};

const missingSite: Problem = {
  file: 'content/site.yaml',
  line: 1,
  column: 1,
  ruleId: 'missing-site-config',
  severity: 'error',
  message: 'The content folder has no site.yaml',
};

describe('formatReport', () => {
  it('writes each problem as file:line:col, severity, message and rule, then its hint', () => {
    const lines = formatReport([unknownFigure]).split('\n');
    expect(lines[0]).toBe(
      'content/claims/nato.md:7:9  error  Unknown figure "nato-kiled-2022-03" (did you mean "nato-killed-2022-03"?)  claimline:unknown-figure',
    );
    expect(lines[1]).toBe('    fix: Use the id of a figure listed under `figures:` in one of the sources');
  });

  it('ends with a count of errors and warnings after a blank line', () => {
    const lines = formatReport([unknownFigure, wrongExtension, missingSite]).split('\n');
    expect(lines.slice(-2)).toEqual(['', '✖ 2 errors, ⚠ 1 warning']);
  });

  it('orders problems by file, then line, then column', () => {
    const second = { ...unknownFigure, line: 3, column: 2, message: 'Second' };
    const third = { ...unknownFigure, line: 3, column: 10, message: 'Third' };
    const report = formatReport([wrongExtension, unknownFigure, third, missingSite, second]);
    const located = report.split('\n').filter((line) => /^\S+:\d+:\d+ {2}/.test(line));
    expect(located.map((line) => line.split('  ')[0])).toEqual([
      'content/claims/nato.md:3:2',
      'content/claims/nato.md:3:10',
      'content/claims/nato.md:7:9',
      'content/site.yaml:1:1',
      'content/sources/notes.txt:1:1',
    ]);
  });

  it('keeps every problem on one line even when its message has line breaks', () => {
    const report = formatReport([{ ...missingSite, message: 'First line\n  second line', hint: 'Do\nthis' }]);
    expect(report.split('\n').slice(0, 2)).toEqual([
      'content/site.yaml:1:1  error  First line second line  claimline:missing-site-config',
      '    fix: Do this',
    ]);
  });

  it('writes no hint line for a problem without a hint', () => {
    expect(formatReport([missingSite]).split('\n')[1]).toBe('');
  });

  it('writes nothing when there is no problem', () => {
    expect(formatReport([])).toBe('');
  });
});

describe('summarise', () => {
  it('counts errors and warnings in the singular and plural', () => {
    expect(summarise([missingSite])).toBe('✖ 1 error');
    expect(summarise([wrongExtension, wrongExtension])).toBe('⚠ 2 warnings');
    expect(summarise([])).toBe('✔ no problems');
  });
});

describe('formatGithubAnnotations', () => {
  it('writes one workflow command a problem with the hint and escaped line breaks', () => {
    const text = formatGithubAnnotations([{ ...unknownFigure, message: '50% sure\nreally' }]);
    expect(text).toBe(
      '::error file=content/claims/nato.md,line=7,col=9,title=claimline%3Aunknown-figure::50%25 sure%0Areally. Fix: Use the id of a figure listed under `figures:` in one of the sources',
    );
  });

  it('escapes a file name that tries to start workflow commands of its own', () => {
    const file = 'content/claims/x\n::notice title=Review::All content verified\n::stop-commands::pwn\nx.md';
    const text = formatGithubAnnotations([{ ...unknownFigure, file, message: 'a\n::warning::forged' }]);
    expect(text.split('\n')).toHaveLength(1);
    expect(text).toMatch(
      // The file name's line breaks are printed as the two characters \n, and its colons escaped.
      /^::error file=content\/claims\/x\\n%3A%3Anotice title=Review%3A%3AAll content verified\\n%3A%3Astop-commands%3A%3Apwn\\nx\.md,line=7,/,
    );
    expect(text).toContain('::a%0A::warning::forged. Fix:');
  });

  it('prints terminal escapes and bidirectional controls of a message as visible escapes', () => {
    const text = formatGithubAnnotations([{ ...unknownFigure, message: 'tag \u001b[2K casualties\u202e' }]);
    expect(text).toContain('::tag \\u{1B}[2K casualties\\u{202E}. Fix:');
    expect(text).not.toContain('\u001b');
    expect(text).not.toContain('\u202e');
  });

  it('escapes commas in a property, which would start another property', () => {
    const text = formatGithubAnnotations([{ ...unknownFigure, file: 'a,line=1,title=forged.md' }]);
    expect(text).toMatch(/^::error file=a%2Cline=1%2Ctitle=forged\.md,line=7,col=9,/);
  });
});

describe('formatReport with hostile text', () => {
  it('prints control characters and bidirectional controls as visible escapes', () => {
    const report = formatReport([{ ...unknownFigure, file: 'claims/x\u001b[2J\u202e.md', message: 'bad\u0007 title' }]);
    expect(report.split('\n')[0]).toBe(
      'claims/x\\u{1B}[2J\\u{202E}.md:7:9  error  bad\\u{7} title  claimline:unknown-figure',
    );
  });

  it('cuts a message longer than 1,000 characters', () => {
    const report = formatReport([{ ...unknownFigure, message: 'W'.repeat(300_000) }]);
    expect(report.split('\n')[0]?.length).toBeLessThan(1_100);
    expect(report.split('\n')[0]).toContain('W…  claimline:unknown-figure');
  });
});

describe('sortProblems', () => {
  it('does not change the order of the list it is given', () => {
    const problems = [wrongExtension, unknownFigure];
    sortProblems(problems);
    expect(problems).toEqual([wrongExtension, unknownFigure]);
  });
});

describe('describeContent', () => {
  it('counts what the checker read, one of a kind in the singular', () => {
    expect(describeContent({ claims: 1, drafts: 0, sources: 1, figures: 1, metrics: 1 })).toBe(
      '1 claim, 1 source, 1 figure, 1 metric',
    );
    expect(describeContent({ claims: 12, drafts: 2, sources: 5, figures: 29, metrics: 0 })).toBe(
      '12 claims (2 drafts), 5 sources, 29 figures, 0 metrics',
    );
  });
});
