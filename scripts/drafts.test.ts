// A draft leaves no trace in a production build, and a preview build (CLAIMLINE_DRAFTS=1) shows it with its banner,
// marked noindex and out of the sitemap. Builds e2e/fixtures/workflow both ways, into temporary folders.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = path.join(REPO, 'e2e', 'fixtures', 'workflow');
/** The draft's slug, and a word of its title no other file of the fixture has. */
const DRAFT = 'draft-ridership-doubled';
const TITLE_WORD = 'Zeppelin';

describe.runIf(process.env.CLAIMLINE_BUILD_TESTS === '1')('a draft', () => {
  let root = '';
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'claimline-drafts-'));
    build(path.join(root, 'production'), {});
    build(path.join(root, 'preview'), { CLAIMLINE_DRAFTS: '1' });
  }, 600_000);
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it('leaves no trace in a production build: no file names or holds its slug or its title', () => {
    const dir = path.join(root, 'production');
    const files = filesIn(dir);
    expect(files.length).toBeGreaterThan(50);
    expect(files.filter((file) => file.includes(DRAFT))).toEqual([]);
    const holding = files.filter((file) => {
      const text = readFileSync(path.join(dir, file)).toString('latin1');
      return text.includes(DRAFT) || text.includes(TITLE_WORD);
    });
    expect(holding).toEqual([]);
  });

  it('is in a preview build, with its banner, noindex, and out of the sitemap', () => {
    const dir = path.join(root, 'preview');
    const page = readFileSync(path.join(dir, 'claims', DRAFT, 'index.html'), 'utf8');
    expect(page).toContain('data-draft-banner');
    expect(page).toContain('Draft — not published.');
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain(TITLE_WORD);
    expect(readFileSync(path.join(dir, 'sitemap-0.xml'), 'utf8')).not.toContain(DRAFT);
    // The published claims are the same pages, without a banner.
    const published = readFileSync(path.join(dir, 'claims', 'ruiz-230-million-trips-2024', 'index.html'), 'utf8');
    expect(published).not.toContain('data-draft-banner');
  });
});

function build(outDir: string, env: Record<string, string>): void {
  const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
    cwd: REPO,
    env: {
      ...process.env,
      ...env,
      CONTENT_DIR: FIXTURE,
      CLAIMLINE_INCREMENTAL: '0',
      NO_COLOR: '1',
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) throw new Error(`Build into ${outDir} failed:\n${result.stdout}\n${result.stderr}`);
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort();
}
