import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';
import { linksToClaim } from './workflow.ts';

const WORKFLOW_DIR = path.resolve(import.meta.dirname, '../../../../e2e/fixtures/workflow');
const DRAFT = 'draft-ridership-doubled';
const PARTICLES = 'claims/ruiz-fine-particles-down-to-9.md';
const folder = temporaryTrees('claimline-workflow-');

/** The workflow fixture with edits to some files (path → new text from old), checked. */
function checkEdited(edits: Record<string, (text: string) => string>, options: { strict?: boolean } = {}) {
  const dir = folder({});
  cpSync(WORKFLOW_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const absolute = path.join(dir, file);
    writeFileSync(absolute, edit(readFileSync(absolute, 'utf8')));
  }
  return checkContent({ dir, cwd: dir, ...options });
}

describe('drafts', () => {
  it('are left out of the linked site, unless drafts are shown', () => {
    const published = checkContent({ dir: WORKFLOW_DIR, cwd: WORKFLOW_DIR });
    expect(published.problems).toEqual([]);
    expect(published.site?.claims.map((claim) => claim.slug)).not.toContain(DRAFT);
    expect(published.site?.claims).toHaveLength(5);
    const preview = checkContent({ dir: WORKFLOW_DIR, cwd: WORKFLOW_DIR, drafts: true });
    expect(preview.site?.claimBySlug.get(DRAFT)?.draft).toBe(true);
    expect(preview.site?.claims).toHaveLength(6);
  });

  it('may not be linked from a published claim, however the link is written', () => {
    for (const link of [`../${DRAFT}/`, `../../claims/${DRAFT}/#figures`, `/claims/${DRAFT}/`]) {
      const { problems, site } = checkEdited({
        [PARTICLES]: (text) => `${text}\nSee [the draft](${link}).\n`,
      });
      expect(site, link).toBeUndefined();
      expect(problems, link).toEqual([
        expect.objectContaining({
          file: path.join('claims', 'ruiz-fine-particles-down-to-9.md'),
          line: 25,
          ruleId: 'links-to-draft',
          severity: 'error',
          message: expect.stringContaining(`"${DRAFT}", which is a draft`),
        }),
      ]);
    }
  });

  it('may link each other, and a published claim may link a published one', () => {
    const { problems } = checkEdited({
      [`claims/${DRAFT}.md`]: (text) => `${text}\nSee [this](../ruiz-230-million-trips-2024/).\n`,
      [PARTICLES]: (text) => `${text}\nSee [this](../ruiz-230-million-trips-2024/).\n`,
    });
    expect(problems).toEqual([]);
  });
});

describe('linksToClaim', () => {
  it('resolves a link against the page of the claim it is written in', () => {
    expect(linksToClaim({ url: '../b/', from: 'a', slug: 'b' })).toBe(true);
    expect(linksToClaim({ url: '../b-c/', from: 'a', slug: 'b' })).toBe(false);
    expect(linksToClaim({ url: '../../images/claims/b/card.png', from: 'a', slug: 'b' })).toBe(true);
    expect(linksToClaim({ url: 'https://other.org/claims/b/', from: 'a', slug: 'b' })).toBe(false);
    expect(linksToClaim({ url: 'https://site.org/fr/claims/b/', from: 'a', slug: 'b', siteHost: 'site.org' })).toBe(
      true,
    );
  });
});

describe('review', () => {
  it('is a warning where site.yaml requires it and a published claim names no reviewer', () => {
    const { problems, site } = checkEdited({ [PARTICLES]: (text) => text.replace(/^reviewer: .*\n/m, '') });
    expect(site).toBeDefined();
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'missing-reviewer', severity: 'warning', line: 11 })]);
  });

  it('is an error under --strict, and never asked of a draft', () => {
    const { problems, site } = checkEdited(
      { [PARTICLES]: (text) => text.replace(/^reviewer: .*\n/m, '') },
      { strict: true },
    );
    expect(site).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ ruleId: 'missing-reviewer', severity: 'error' })]);
    expect(checkContent({ dir: WORKFLOW_DIR, cwd: WORKFLOW_DIR, strict: true }).problems).toEqual([]);
  });
});
