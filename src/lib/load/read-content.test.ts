import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from './read-content.ts';
import { resolveContentDir } from './content-dir.ts';
import { temporaryTrees } from './test-folders.ts';

const writeTree = temporaryTrees('claimline-read-');

const CLAIM = '---\ntitle: T\nverdict: v\n---\nThe body.\n';

describe('readContent', () => {
  it('reads site.yaml, metrics, sources and claims with ids from their file names, sorted', () => {
    const dir = writeTree({
      'site.yaml': 'title: S\n',
      'metrics/b-metric.yaml': 'label: B\n',
      'metrics/a-metric.yml': 'label: A\n',
      'sources/doc.md': '---\ntitle: D\n---\nText\n',
      'claims/z-claim.md': CLAIM,
      'claims/a-claim.mdx': CLAIM,
    });
    const { files, problems } = readContent({ dir, cwd: dir });
    expect(problems).toEqual([]);
    expect(files.map((file) => [file.kind, file.id, file.file])).toEqual([
      ['site', 'site', 'site.yaml'],
      ['metric', 'a-metric', path.join('metrics', 'a-metric.yml')],
      ['metric', 'b-metric', path.join('metrics', 'b-metric.yaml')],
      ['source', 'doc', path.join('sources', 'doc.md')],
      ['claim', 'a-claim', path.join('claims', 'a-claim.mdx')],
      ['claim', 'z-claim', path.join('claims', 'z-claim.md')],
    ]);
  });

  it('shows file paths relative to the working directory', () => {
    const dir = writeTree({ 'content/site.yaml': 'title: S\n', 'content/claims/a.md': CLAIM });
    const { files } = readContent({ dir: path.join(dir, 'content'), cwd: dir });
    expect(files.map((file) => file.file)).toEqual([
      path.join('content', 'site.yaml'),
      path.join('content', 'claims', 'a.md'),
    ]);
  });

  it('keeps the Markdown body and places frontmatter values on their line in the file', () => {
    const dir = writeTree({ 'site.yaml': 'title: S\n', 'claims/a.md': CLAIM });
    const claim = readContent({ dir, cwd: dir }).files.find((file) => file.kind === 'claim');
    expect(claim?.body).toBe('The body.\n');
    expect(claim?.bodyLine).toBe(5);
    expect(claim?.yaml.data).toEqual({ title: 'T', verdict: 'v' });
    expect(claim?.yaml.locate(['verdict'])).toMatchObject({ line: 3, column: 10 });
  });

  it('skips files whose names start with "_" or "."', () => {
    const dir = writeTree({
      'site.yaml': 'title: S\n',
      'claims/a.md': CLAIM,
      'claims/_draft.md': 'not even frontmatter',
      'claims/.DS_Store': 'junk',
    });
    const { files, problems } = readContent({ dir, cwd: dir });
    expect(problems).toEqual([]);
    expect(files.map((file) => file.id)).toEqual(['site', 'a']);
  });

  it('warns about a file with the wrong extension and leaves it out', () => {
    const dir = writeTree({ 'site.yaml': 'title: S\n', 'claims/a.md': CLAIM, 'sources/notes.txt': 'x' });
    const { files, problems } = readContent({ dir, cwd: dir });
    expect(files.map((file) => file.id)).toEqual(['site', 'a']);
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('sources', 'notes.txt'),
        line: 1,
        ruleId: 'unknown-file-type',
        severity: 'warning',
      }),
    ]);
  });

  it('reports a file that is not UTF-8 instead of throwing', () => {
    const dir = writeTree({
      'site.yaml': 'title: S\n',
      'claims/a.md': CLAIM,
      'sources/latin1.md': Buffer.from('---\ntitle: Communiqué\n---\n', 'latin1'),
    });
    const { files, problems } = readContent({ dir, cwd: dir });
    expect(files.map((file) => file.id)).toEqual(['site', 'a']);
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('sources', 'latin1.md'),
        line: 1,
        column: 1,
        ruleId: 'not-utf8',
        severity: 'error',
      }),
    ]);
  });

  it('reports a Markdown file without frontmatter', () => {
    const dir = writeTree({ 'site.yaml': 'title: S\n', 'claims/a.md': 'Just text\n' });
    const claim = readContent({ dir, cwd: dir }).files.find((file) => file.kind === 'claim');
    expect(claim?.yaml.problems).toEqual([expect.objectContaining({ line: 1, ruleId: 'missing-frontmatter' })]);
  });

  it('reports a missing content folder and nothing else', () => {
    const dir = writeTree({});
    const { files, problems } = readContent({ dir: path.join(dir, 'nowhere'), cwd: dir });
    expect(files).toEqual([]);
    expect(problems).toEqual([
      expect.objectContaining({ file: 'nowhere', ruleId: 'missing-content-dir', severity: 'error' }),
    ]);
  });

  it('reports a missing site.yaml', () => {
    const dir = writeTree({ 'claims/a.md': CLAIM });
    const { problems } = readContent({ dir, cwd: dir });
    expect(problems).toEqual([expect.objectContaining({ file: 'site.yaml', line: 1, ruleId: 'missing-site-config' })]);
  });

  it('reports a folder without claims', () => {
    const dir = writeTree({ 'site.yaml': 'title: S\n' });
    const { problems } = readContent({ dir, cwd: dir });
    expect(problems).toEqual([expect.objectContaining({ file: 'claims', ruleId: 'no-claims', severity: 'error' })]);
  });
});

describe('resolveContentDir', () => {
  it('uses content/ below the working directory by default', () => {
    expect(resolveContentDir({ env: undefined, cwd: '/repo' })).toBe(path.resolve('/repo', 'content'));
    expect(resolveContentDir({ env: '  ', cwd: '/repo' })).toBe(path.resolve('/repo', 'content'));
  });

  it('resolves CONTENT_DIR against the working directory, or takes it as is when absolute', () => {
    expect(resolveContentDir({ env: 'e2e/fixtures/minimal', cwd: '/repo' })).toBe(
      path.resolve('/repo/e2e/fixtures/minimal'),
    );
    expect(resolveContentDir({ env: '/data/site', cwd: '/repo' })).toBe(path.resolve('/data/site'));
  });
});
