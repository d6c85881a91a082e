// Runs `npm run check` as an editor would and reads what it prints.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, MINIMAL_DIR, writeBrokenFixture } from '../e2e/fixtures/broken.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'claimline-cli-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function runCheck(contentDir: string, ...args: string[]): { status: number | null; stdout: string; output: string } {
  const result = spawnSync('npm', ['run', '--silent', 'check', ...(args.length ? ['--', ...args] : [])], {
    cwd: REPO,
    env: { ...process.env, CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

/** Writes the broken fixture `kind` and returns its folder. */
function broken(kind: string): string {
  const kase = brokenCases.find((entry) => entry.kind === kind);
  if (!kase) throw new Error(`no broken case ${kind}`);
  const dir = path.join(root, kind);
  writeBrokenFixture(kase, dir);
  return dir;
}

/** How the checker names a file of `dir`: relative to the working directory, the repository. */
const shown = (dir: string, file: string) => path.relative(REPO, path.join(dir, file));

const STACK_FRAME = /^ {4}at /m;

describe('npm run check', () => {
  it('exits 0 on the minimal fixture and sums up what it read', () => {
    const { status, stdout, output } = runCheck(path.relative(REPO, MINIMAL_DIR));
    expect(status).toBe(0);
    expect(stdout).toContain('✔ no problems: 2 claims, 2 sources, 3 figures, 2 metrics');
    expect(stdout).not.toContain('claimline:');
    expect(output).not.toMatch(STACK_FRAME);
  });

  it('exits 1 on an unknown figure and prints file:line:col, severity, message and rule on one line', () => {
    const dir = broken('unknown-figure');
    const { status, stdout, output } = runCheck(dir);
    expect(status).toBe(1);
    const lines = stdout.split('\n');
    expect(lines).toContain(
      `${shown(dir, 'claims/nato-estimate-15000.md')}:7:9  error  Unknown figure "nato-kiled-2022-03" (did you mean "nato-killed-2022-03"?)  claimline:unknown-figure`,
    );
    expect(lines).toContain('    fix: Use the id of a figure listed under `figures:` in one of the sources');
    expect(lines).toContain('✖ 1 error');
    expect(output).not.toMatch(STACK_FRAME);
  });

  it.each([
    ['yaml-syntax', 'claims/nato-estimate-15000.md:2:8', 'yaml-syntax'],
    ['not-utf8', 'sources/ru-mod-briefing.md:1:1', 'not-utf8'],
    ['empty-content', 'site.yaml:1:1', 'missing-site-config'],
  ])('exits 1 without a stack trace on the broken fixture %s', (kind, place, ruleId) => {
    const dir = broken(kind);
    const { status, output } = runCheck(dir);
    expect(status).toBe(1);
    const [file = '', line, column] = place.split(':');
    expect(output).toMatch(
      new RegExp(`^${escape(shown(dir, file))}:${line}:${column}  error  .+  claimline:${ruleId}$`, 'm'),
    );
    expect(output).not.toMatch(STACK_FRAME);
  });

  it('exits 1 on the example site with its old misquote put back, at its line and column', () => {
    const dir = path.join(root, 'example-misquote');
    cpSync(path.join(REPO, 'content'), dir, { recursive: true });
    const file = path.join(dir, 'claims', 'russian-mod-1351-killed.md');
    const fixed = '"the previous and more recent numbers could not be verified by Western outlets"';
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(fixed);
    writeFileSync(file, text.replace(fixed, 'neither number "could be verified by Western outlets"'));
    const line = text.split('\n').findIndex((row) => row.includes(fixed)) + 1;
    const { status, output } = runCheck(dir);
    expect(status).toBe(1);
    expect(output).toMatch(
      new RegExp(
        `^.*russian-mod-1351-killed\\.md:${line}:\\d+ {2}error {2}The quotation "could be verified by Western outlets" .*did you mean "could not be verified by Western outlets".* {2}claimline:unverified-quote$`,
        'm',
      ),
    );
  });

  it('exits 1 when CONTENT_DIR names a folder that does not exist', () => {
    const { status, output } = runCheck(path.join(root, 'nowhere'));
    expect(status).toBe(1);
    expect(output).toMatch(/ {2}error {2}Content folder ".*nowhere" does not exist {2}claimline:missing-content-dir$/m);
    expect(output).not.toMatch(STACK_FRAME);
  });

  it('adds GitHub annotations with --github', () => {
    const dir = broken('range-order');
    const { status, stdout } = runCheck(dir, '--github');
    expect(status).toBe(1);
    expect(stdout).toContain(
      `::error file=${shown(dir, 'sources/nato-briefing.md')},line=11,col=11,title=claimline%3Arange-order::`,
    );
  });

  it('prints no workflow command it did not mean to, whatever a file name holds', () => {
    const dir = broken('file-name-injection');
    const { status, stdout } = runCheck(dir, '--github');
    expect(status).toBe(1);
    const commands = stdout.split('\n').filter((line) => line.startsWith('::'));
    expect(commands).toHaveLength(1);
    expect(commands[0]).toMatch(
      /^::error file=[^\n]*\\n%3A%3Anotice title=Review%3A%3A[^\n]*,title=claimline%3Ainvalid-file-name::/,
    );
    expect(stdout).not.toMatch(/^::(notice|stop-commands)/m);
  });

  it.each([
    [300, 1],
    [1_000, 2],
  ])(
    'reports %i parts above their whole in %i sources once each, at most 100 times, in bounded output',
    (parts, sources) => {
      const dir = path.join(root, `parts-${parts}`);
      cpSync(MINIMAL_DIR, dir, { recursive: true });
      writePartsAboveWhole({ dir, parts, sources });
      const { status, stdout, output } = runCheck(dir, '--github');
      expect(status).toBe(0);
      expect(output).not.toMatch(STACK_FRAME);
      const annotations = stdout
        .split('\n')
        .filter((line) => line.startsWith('::warning ') && line.includes('title=claimline%3Apart-exceeds-whole::'));
      expect(annotations).toHaveLength(101);
      // The fixture's own NATO range of killed is above the new wholes too: one part more.
      expect(annotations.at(-1)).toContain(`${(parts + 1 - 100).toLocaleString('en')} more problems of this kind`);
      // Every rule (part-exceeds-whole, count-falls, same-estimate) stops at 101 lines.
      expect(stdout.length).toBeLessThan(400_000);
    },
  );
});

/**
 * Adds `parts` figures of ru-killed (1,000 each) and as many of ru-casualties (1 each), all of one day, spread over
 * `sources` new sources: every part is above every whole, which includes it.
 */
function writePartsAboveWhole(options: { dir: string; parts: number; sources: number }): void {
  const { dir, parts, sources } = options;
  const perSource = parts / sources;
  for (let source = 0; source < sources; source++) {
    const figure = (metric: string, value: number, index: number) =>
      `  - id: ${metric}-${source}-${index}\n    metric: ${metric}\n    value: ${value}\n    asOf: 2022-03-25\n` +
      `    by: Someone\n    quote: the count\n`;
    const figures = Array.from({ length: perSource }, (_, index) => [
      figure('ru-killed', 1000, index),
      figure('ru-casualties', 1, index),
    ]).flat();
    writeFileSync(
      path.join(dir, 'sources', `many-${source}.md`),
      `---\ntitle: Many figures\nfigures:\n${figures.join('')}---\nThis is the count.\n`,
    );
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
