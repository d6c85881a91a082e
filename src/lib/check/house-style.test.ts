import { appendFileSync, cpSync, mkdirSync, readFileSync, renameSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../e2e/fixtures/broken.ts';
import { temporaryTrees } from '../load/test-folders.ts';
import { checkContent } from './check-content.ts';
import { formatGithubAnnotations, formatReport } from './report.ts';

const folder = temporaryTrees('claimline-house-style-');
const CLAIM = path.join('claims', 'russia-reports-1351-killed.md');

/**
 * The minimal fixture with `house` as its house-style.yaml and `text` added after the last line of the 1,351 claim's
 * reasoning (line 16), so that the text's first line is line 18 of the file.
 */
function site(options: { house?: string; text?: string }): string {
  const dir = folder({});
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  if (options.house !== undefined) writeFileSync(path.join(dir, 'house-style.yaml'), options.house);
  if (options.text !== undefined) {
    const file = path.join(dir, CLAIM);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('several times higher.', `several times higher.\n\n${options.text}`));
  }
  return dir;
}

function check(options: { house?: string; text?: string; projectDir?: string }) {
  const dir = site(options);
  return checkContent({ dir, cwd: dir, ...(options.projectDir ? { projectDir: options.projectDir } : {}) });
}

const DUPLICATE_HEADINGS = '## Why\n\nThe count.\n\n## Why\n\nStill the count.';

describe('a house style of installed remark-lint and retext plugins', () => {
  it('reports a remark-lint rule’s message at its file:line:col with its own rule id, an error when the site says error', () => {
    const { problems, site: linked } = check({
      house: 'remark:\n  remark-lint-no-duplicate-headings: error\n',
      text: DUPLICATE_HEADINGS,
    });
    expect(problems).toEqual([
      {
        file: CLAIM,
        line: 22,
        column: 1,
        source: 'remark-lint',
        ruleId: 'no-duplicate-headings',
        severity: 'error',
        message: 'Unexpected heading with equivalent text, expected unique headings',
        hint: expect.stringContaining('remark-lint-no-duplicate-headings'),
      },
    ]);
    expect(linked).toBeUndefined();
  });

  it('reports a retext plugin’s message at the repeated word, as a warning, with the plugin as its source', () => {
    const { problems, site: linked } = check({
      house: 'retext:\n  retext-repeated-words: warning\n',
      text: 'As the the ministry put it, the count is partial.',
    });
    expect(problems).toEqual([
      {
        file: CLAIM,
        line: 18,
        column: 4,
        source: 'retext-repeated-words',
        ruleId: 'the',
        severity: 'warning',
        message: 'Unexpected repeated `the`, remove one occurrence',
        hint: 'Write "the" instead of "the the"',
      },
    ]);
    expect(linked).toBeDefined();
  });

  it('prints their rule ids in the one report and in the GitHub annotations', () => {
    const { problems } = check({
      house: 'remark:\n  remark-lint-no-duplicate-headings: warning\nretext:\n  retext-repeated-words: warning\n',
      text: `${DUPLICATE_HEADINGS}\n\nIt is is so.`,
    });
    const report = formatReport(problems);
    expect(report).toMatch(
      /^claims\/russia-reports-1351-killed\.md:22:1 {2}warning {2}Unexpected heading .* {2}remark-lint:no-duplicate-headings$/m,
    );
    expect(report).toMatch(
      /^claims\/russia-reports-1351-killed\.md:26:4 {2}warning {2}.* {2}retext-repeated-words:is$/m,
    );
    expect(formatGithubAnnotations(problems)).toContain('title=remark-lint%3Ano-duplicate-headings::');
  });

  it('runs every rule of a preset, with the severity the site gave the preset, and refuses options for a preset', () => {
    const projectDir = fakeProject({
      'remark-preset-lint-fake': `const rule = () => (tree, file) => {
        if (tree.children.length > 0) file.message('From the preset', { place: tree.children[0].position, ruleId: 'inner', source: 'remark-lint' });
      };
      module.exports = { plugins: [rule] };`,
    });
    const { problems } = check({ house: 'remark:\n  remark-preset-lint-fake: error\n', projectDir });
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'nato-estimate-15000.md'),
        ruleId: 'inner',
        severity: 'error',
      }),
      expect.objectContaining({ file: CLAIM, line: 15, source: 'remark-lint', ruleId: 'inner', severity: 'error' }),
    ]);
    const withOptions = check({ house: 'remark:\n  remark-preset-lint-fake: [warning, { max: 1 }]\n', projectDir });
    expect(withOptions.problems).toEqual([
      expect.objectContaining({
        file: 'house-style.yaml',
        line: 2,
        message: '"remark-preset-lint-fake" is a preset, which takes no options',
      }),
    ]);
  });

  it('reads MDX claims too, around their components and comments', () => {
    const dir = site({ house: 'retext:\n  retext-repeated-words: warning\n' });
    const mdx = path.join('claims', 'nato-estimate-15000.mdx');
    renameSync(path.join(dir, 'claims', 'nato-estimate-15000.md'), path.join(dir, mdx));
    appendFileSync(
      path.join(dir, mdx),
      '\n<Timeline metric="ru-killed" />\n\nA range {/* note */} of the the figures.\n',
    );
    const { problems } = checkContent({ dir, cwd: dir });
    const lines = readFileSync(path.join(dir, mdx), 'utf8').split('\n');
    const line = lines.findIndex((text) => text.startsWith('A range')) + 1;
    expect(problems).toEqual([
      expect.objectContaining({ file: mdx, line, column: 25, source: 'retext-repeated-words', ruleId: 'the' }),
    ]);
  });

  it('lists at most 100 messages of one house-style rule, and counts the rest under its own rule id', () => {
    const { problems } = check({
      house: 'retext:\n  retext-repeated-words: warning\n',
      text: Array.from({ length: 150 }, () => 'It is is so.').join('\n\n'),
    });
    expect(problems).toHaveLength(101);
    expect(problems.at(-1)).toMatchObject({
      source: 'retext-repeated-words',
      ruleId: 'is',
      message: '50 more problems of this kind, from here on, are not listed',
      hint: expect.stringContaining('retext-repeated-words:is is reported at most 100 times'),
    });
  });

  it('runs a plugin set to off not at all, and checks a folder without house-style.yaml as before', () => {
    expect(
      check({ house: 'remark:\n  remark-lint-no-duplicate-headings: off\n', text: DUPLICATE_HEADINGS }).problems,
    ).toEqual([]);
    expect(check({ text: DUPLICATE_HEADINGS }).problems).toEqual([]);
  });

  it('passes the options after the severity to the plugin', () => {
    const projectDir = fakeProject({
      'remark-lint-fake-longest-word': `module.exports = (options) => (tree, file) => {
        const walk = (node) => {
          if (node.type === 'text') for (const word of node.value.split(' ')) {
            if (word.length > options.max) file.message('The word "' + word + '" is longer than ' + options.max, node);
          }
          for (const child of node.children ?? []) walk(child);
        };
        walk(tree);
      };`,
    });
    const { problems } = check({
      house: 'remark:\n  remark-lint-fake-longest-word: [warning, { max: 12 }]\n',
      text: 'An extraordinarily long word.',
      projectDir,
    });
    // The line the test wrote (the fixture's own body has long words, a URL and a compound, further down).
    expect(problems.filter((problem) => problem.line === 18)).toEqual([
      expect.objectContaining({
        line: 18,
        source: 'remark-lint-fake-longest-word',
        ruleId: 'remark-lint-fake-longest-word',
        message: 'The word "extraordinarily" is longer than 12',
      }),
    ]);
  });
});

describe('house-style.yaml', () => {
  it('refuses a plugin that is not a lint rule, at its line, saying what may be named', () => {
    const { problems } = check({
      house: '# our style\nremark:\n  remark-lint-no-duplicate-headings: error\n  remark-gfm: warning\n',
    });
    expect(problems).toEqual([
      {
        file: 'house-style.yaml',
        line: 4,
        column: 3,
        ruleId: 'house-style',
        severity: 'error',
        message:
          '"remark-gfm" cannot be used under remark: a house style may name remark-lint rules (remark-lint-…) and presets (remark-preset-lint-…)',
        hint: expect.stringContaining('Remove it'),
      },
    ]);
  });

  it('refuses a rule that is not installed, with the closest installed one and how to install it', () => {
    const { problems } = check({ house: 'remark:\n  remark-lint-no-duplicate-heading: error\n' });
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'house-style.yaml',
        line: 2,
        ruleId: 'house-style',
        message:
          '"remark-lint-no-duplicate-heading" is not installed in this project (did you mean "remark-lint-no-duplicate-headings"?)',
        hint: expect.stringContaining('npm install --save-dev remark-lint-no-duplicate-heading`'),
      }),
    ]);
  });

  it('refuses a package that is on disk but that the project does not declare', () => {
    const projectDir = fakeProject({ 'remark-lint-fake-ok': 'module.exports = () => () => {};' }, { declare: false });
    const { problems } = check({ house: 'remark:\n  remark-lint-fake-ok: error\n', projectDir });
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, message: expect.stringContaining('is not installed') }),
    ]);
  });

  it('says under which section a plugin belongs', () => {
    const { problems } = check({ house: 'remark:\n  retext-repeated-words: warning\n' });
    expect(problems).toEqual([
      expect.objectContaining({ line: 2, ruleId: 'house-style', hint: 'Move it under retext:' }),
    ]);
  });

  it('reports an unknown section and a misspelt severity at their lines', () => {
    const unknownSection = check({ house: 'remark:\n  remark-lint-no-duplicate-headings: error\nplugins: []\n' });
    expect(unknownSection.problems).toEqual([expect.objectContaining({ file: 'house-style.yaml', line: 3 })]);
    const badSeverity = check({ house: 'remark:\n  remark-lint-no-duplicate-headings: fatal\n' });
    expect(badSeverity.problems).toEqual([expect.objectContaining({ file: 'house-style.yaml', line: 2 })]);
  });

  it('refuses a symbolic link, which could point anywhere on the machine', () => {
    const dir = site({});
    const outside = folder({ 'style.yaml': 'remark: {}\n' });
    symlinkSync(path.join(outside, 'style.yaml'), path.join(dir, 'house-style.yaml'));
    expect(checkContent({ dir, cwd: dir }).problems).toEqual([
      expect.objectContaining({
        file: 'house-style.yaml',
        line: 1,
        ruleId: 'house-style',
        message: expect.stringContaining('not a plain file'),
      }),
    ]);
  });

  it('reports, at the line that names it, a plugin that refuses its options, one that throws, and one that only works asynchronously', () => {
    const projectDir = fakeProject({
      'remark-lint-fake-refuses': `module.exports = () => (tree, file) => { file.message('Unexpected option'); };`,
      'remark-lint-fake-throws': `module.exports = (options) => { if (options.max < 0) throw new Error('max must be 0 or more'); return () => {}; };`,
      'retext-fake-async': 'module.exports = () => async () => {};',
    });
    const { problems } = check({
      house:
        'remark:\n  remark-lint-fake-refuses: warning\n  remark-lint-fake-throws: [error, { max: -1 }]\n' +
        'retext:\n  retext-fake-async: warning\n',
      projectDir,
    });
    expect(problems.map((problem) => [problem.line, problem.ruleId, problem.message])).toEqual([
      [2, 'house-style', '"remark-lint-fake-refuses" reports, on an empty text: Unexpected option'],
      [3, 'house-style', '"remark-lint-fake-throws" failed with these settings: max must be 0 or more'],
      [5, 'house-style', '"retext-fake-async" works asynchronously, which the checker cannot wait for'],
    ]);
  });

  it('reports a plugin that throws on one claim at that claim, naming the plugin, and goes on with the others', () => {
    const projectDir = fakeProject({
      'remark-lint-fake-crash': `module.exports = () => (tree) => { if (JSON.stringify(tree).includes('boom')) throw new Error('cannot read boom'); };`,
    });
    const { problems } = check({ house: 'remark:\n  remark-lint-fake-crash: warning\n', text: 'A boom.', projectDir });
    expect(problems).toEqual([
      expect.objectContaining({
        file: CLAIM,
        ruleId: 'house-style',
        severity: 'error',
        message: 'The house-style plugin "remark-lint-fake-crash" failed on this text: cannot read boom',
      }),
    ]);
    expect(problems[0]).not.toHaveProperty('source');
  });

  it('gives the plugins no claim nested deeper than body-too-deep allows, which is reported instead', () => {
    const projectDir = fakeProject({
      'remark-lint-fake-seen': `module.exports = () => (tree, file) => { if (tree.children.length > 0) file.message('seen'); };`,
    });
    const { problems } = check({
      house: 'remark:\n  remark-lint-fake-seen: warning\n',
      text: `${'> '.repeat(40)}Deep.`,
      projectDir,
    });
    const seen = problems.filter((problem) => problem.source === 'remark-lint-fake-seen');
    expect(problems.map((problem) => problem.ruleId)).toContain('body-too-deep');
    // The other claim of the folder is read; the one too deep is not.
    expect(seen.map((problem) => problem.file)).toEqual([path.join('claims', 'nato-estimate-15000.md')]);
  });

  it('runs no code from the content folder: a .remarkrc.js beside it is not read', () => {
    const dir = site({ text: DUPLICATE_HEADINGS });
    const marker = path.join(dir, 'ran');
    writeFileSync(
      path.join(dir, '.remarkrc.cjs'),
      `require('node:fs').writeFileSync(${JSON.stringify(marker)}, 'ran'); module.exports = { plugins: [] };`,
    );
    expect(checkContent({ dir, cwd: dir }).problems).toEqual([]);
    expect(() => readFileSync(marker)).toThrow();
  });
});

/**
 * A project with a package.json that declares each of `packages` (unless told not to) and a node_modules/ holding
 * each as a CommonJS module with the code given.
 */
function fakeProject(packages: Record<string, string>, options: { declare?: boolean } = {}): string {
  const dir = folder({});
  const dependencies = Object.fromEntries(Object.keys(packages).map((name) => [name, '1.0.0']));
  writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({ name: 'site', private: true, devDependencies: options.declare === false ? {} : dependencies }),
  );
  for (const [name, code] of Object.entries(packages)) {
    const packageDir = path.join(dir, 'node_modules', name);
    mkdirSync(packageDir, { recursive: true });
    writeFileSync(path.join(packageDir, 'package.json'), JSON.stringify({ name, version: '1.0.0', main: 'index.js' }));
    writeFileSync(path.join(packageDir, 'index.js'), code);
  }
  return dir;
}
