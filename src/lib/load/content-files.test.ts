import { execFileSync } from 'node:child_process';
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLAIM_GLOB, listContentFiles } from './content-files.ts';
import { printable } from './printable.ts';
import { temporaryTrees } from './test-folders.ts';

const writeTree = temporaryTrees('claimline-list-');

const list = (dir: string) => listContentFiles({ dir, cwd: dir });
const rules = (dir: string) => list(dir).problems.map((problem) => [problem.file, problem.ruleId]);

describe('listContentFiles', () => {
  it('lists site.yaml and each folder’s files with safe names, sorted', () => {
    const dir = writeTree({
      'site.yaml': '',
      'metrics/m.yml': '',
      'sources/s.md': '',
      'claims/b.mdx': '',
      'claims/a.md': '',
    });
    expect(list(dir)).toEqual({
      problems: [],
      files: [
        expect.objectContaining({ kind: 'site', id: 'site', file: 'site.yaml' }),
        expect.objectContaining({ kind: 'metric', id: 'm', extension: '.yml' }),
        expect.objectContaining({ kind: 'source', id: 's', extension: '.md' }),
        expect.objectContaining({ kind: 'claim', id: 'a', file: path.join('claims', 'a.md') }),
        expect.objectContaining({ kind: 'claim', id: 'b', file: path.join('claims', 'b.mdx') }),
      ],
    });
  });

  it('skips names that start with "_" or "."', () => {
    const dir = writeTree({ 'site.yaml': '', 'claims/_draft.mdx': '', 'claims/.x.md': '', 'claims/a.md': '' });
    expect(list(dir).files.map((file) => file.id)).toEqual(['site', 'a']);
    expect(list(dir).problems).toEqual([]);
  });

  it('refuses two files with one id, naming both, for claims, sources and metrics', () => {
    const dir = writeTree({
      'site.yaml': '',
      'claims/x.md': '',
      'claims/x.mdx': '',
      'metrics/m.yaml': '',
      'metrics/m.yml': '',
    });
    const problems = list(dir).problems;
    expect(problems.map((problem) => [problem.file, problem.ruleId])).toEqual([
      [path.join('metrics', 'm.yml'), 'duplicate-id'],
      [path.join('claims', 'x.mdx'), 'duplicate-id'],
    ]);
    expect(problems[1]?.hint).toContain(path.join('claims', 'x.md'));
    expect(list(dir).files.map((file) => file.id)).toEqual(['site', 'm', 'x']);
  });

  it('refuses an upper-case extension, which the build would not load', () => {
    const dir = writeTree({ 'site.yaml': '', 'claims/x.MD': '' });
    expect(rules(dir)).toEqual([[path.join('claims', 'x.MD'), 'invalid-file-name']]);
    expect(list(dir).problems[0]?.hint).toContain('"x.md"');
  });

  it('refuses a name with a line break and prints it escaped, never as it is', () => {
    const name = 'x\n::notice title=Review::All content verified by maintainers\n::stop-commands::pwn\nx.md';
    const dir = writeTree({ 'site.yaml': '', [`claims/${name}`]: '' });
    const [problem, ...rest] = list(dir).problems;
    expect(rest).toEqual([]);
    expect(problem?.ruleId).toBe('invalid-file-name');
    for (const text of [problem?.file, problem?.message, problem?.hint]) expect(text).not.toContain('\n');
    expect(problem?.file).toBe(
      path.join(
        'claims',
        'x\\n::notice title=Review::All content verified by maintainers\\n::stop-commands::pwn\\nx.md',
      ),
    );
  });

  it('refuses a symbolic link, even to a file inside the folder', () => {
    const dir = writeTree({ 'site.yaml': '', 'claims/a.md': '' });
    symlinkSync(path.join(dir, 'claims', 'a.md'), path.join(dir, 'claims', 'b.md'));
    expect(rules(dir)).toEqual([[path.join('claims', 'b.md'), 'symlink']]);
  });

  it('refuses a linked folder whose files are outside the content folder', () => {
    const outside = writeTree({ 'secret.md': '---\ntitle: x\n---\n' });
    const dir = writeTree({ 'site.yaml': '', 'claims/a.md': '' });
    symlinkSync(outside, path.join(dir, 'sources'));
    expect(rules(dir)).toEqual([['sources', 'symlink']]);
    expect(list(dir).files.map((file) => file.id)).toEqual(['site', 'a']);
  });

  it('refuses a named pipe, which would block the reader', () => {
    const dir = writeTree({ 'site.yaml': '', 'claims/a.md': '' });
    execFileSync('mkfifo', [path.join(dir, 'claims', 'b.md')]);
    expect(rules(dir)).toEqual([[path.join('claims', 'b.md'), 'not-a-file']]);
  });

  it('reads a content folder reached through a link of its own (CONTENT_DIR may be one)', () => {
    const real = writeTree({ 'site.yaml': '', 'claims/a.md': '' });
    const link = path.join(writeTree({}), 'content');
    symlinkSync(real, link);
    expect(listContentFiles({ dir: link, cwd: path.dirname(link) }).problems).toEqual([]);
  });
});

describe('CLAIM_GLOB', () => {
  // Every name the list reads or refuses, the glob must match; every name it skips, the glob must not.
  const names = [
    'a.md',
    'a.mdx',
    '1-a.md',
    'x.MD',
    'X.md',
    'a b.md',
    'a\nb.md',
    '_a.mdx',
    '.a.md',
    'a.txt',
    'a.md.bak',
  ];

  it('loads into Astro exactly the claims the checker reads, and nothing it skips without a word', () => {
    const dir = writeTree({ 'site.yaml': '', ...Object.fromEntries(names.map((name) => [`claims/${name}`, ''])) });
    const { files, problems } = list(dir);
    for (const name of names) {
      const file = path.join('claims', name);
      const read = files.some((entry) => entry.absolutePath === path.join(dir, file));
      const refused = problems.some((problem) => problem.severity === 'error' && problem.file === printable(file));
      const matched = path.matchesGlob(name, CLAIM_GLOB);
      if (matched) expect(read || refused, name).toBe(true);
      if (read) expect(matched, name).toBe(true);
    }
  });
});
