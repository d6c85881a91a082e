import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MINIMAL_DIR } from '../../../e2e/fixtures/broken.ts';
import { checkContent } from '../check/check-content.ts';
import { repositoryLinks } from './repository-links.ts';

const repository = 'https://github.com/example-desk/factchecks';

describe('repositoryLinks', () => {
  it('is undefined when site.yaml names no repository', () => {
    expect(repositoryLinks({ contentPath: 'content' }, 'claims/x.md')).toBeUndefined();
  });

  it('links the file under the content folder on the main branch', () => {
    expect(repositoryLinks({ repository, contentPath: 'content' }, 'claims/x.md')).toEqual({
      edit: `${repository}/edit/main/content/claims/x.md`,
      history: `${repository}/commits/main/content/claims/x.md`,
    });
  });

  it('takes a nested content folder, the top level, a trailing slash or .git on the repository', () => {
    expect(repositoryLinks({ repository, contentPath: 'sites/ukraine/' }, 'claims/x.mdx')?.edit).toBe(
      `${repository}/edit/main/sites/ukraine/claims/x.mdx`,
    );
    expect(repositoryLinks({ repository, contentPath: '.' }, 'sources/s.md')?.history).toBe(
      `${repository}/commits/main/sources/s.md`,
    );
    expect(repositoryLinks({ repository: `${repository}.git`, contentPath: './content' }, 'claims/x.md')?.edit).toBe(
      `${repository}/edit/main/content/claims/x.md`,
    );
    expect(repositoryLinks({ repository: `${repository}/`, contentPath: 'content' }, 'claims/x.md')?.edit).toBe(
      `${repository}/edit/main/content/claims/x.md`,
    );
  });

  it('escapes each path segment', () => {
    expect(repositoryLinks({ repository, contentPath: 'fact checks' }, 'claims/x.md')?.edit).toBe(
      `${repository}/edit/main/fact%20checks/claims/x.md`,
    );
  });
});

describe('a fixture copy with repository and contentPath in site.yaml', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimline-repository-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(MINIMAL_DIR, dir, { recursive: true });
  const siteFile = path.join(dir, 'site.yaml');
  writeFileSync(
    siteFile,
    `${readFileSync(siteFile, 'utf8')}repository: ${repository}\ncontentPath: e2e/fixtures/minimal\n`,
  );

  it('links every claim and source to its own file in the repository', () => {
    const { problems, site } = checkContent({ dir, cwd: dir });
    expect(problems).toEqual([]);
    if (!site) throw new Error('no site');
    const claim = site.claimBySlug.get('russia-reports-1351-killed');
    expect(claim && repositoryLinks(site.config, claim.path)).toEqual({
      edit: `${repository}/edit/main/e2e/fixtures/minimal/claims/russia-reports-1351-killed.md`,
      history: `${repository}/commits/main/e2e/fixtures/minimal/claims/russia-reports-1351-killed.md`,
    });
    const source = site.sourceById.get('nato-briefing');
    expect(source && repositoryLinks(site.config, source.path)?.edit).toBe(
      `${repository}/edit/main/e2e/fixtures/minimal/sources/nato-briefing.md`,
    );
  });

  it('defaults contentPath to content', () => {
    const { site } = checkContent({ dir: MINIMAL_DIR, cwd: MINIMAL_DIR });
    expect(site?.config.contentPath).toBe('content');
  });

  it.each(['../elsewhere', '/absolute', 'a/../b', 'back\\slash', ''])('refuses contentPath %j', (value) => {
    writeFileSync(
      siteFile,
      readFileSync(siteFile, 'utf8').replace(/^contentPath: .*$/m, `contentPath: ${JSON.stringify(value)}`),
    );
    const { problems } = checkContent({ dir, cwd: dir });
    expect(problems).toMatchObject([{ ruleId: 'invalid-content-path', file: 'site.yaml' }]);
    writeFileSync(
      siteFile,
      readFileSync(siteFile, 'utf8').replace(/^contentPath: .*$/m, 'contentPath: e2e/fixtures/minimal'),
    );
  });
});
