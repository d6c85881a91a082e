import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeBaselineProject } from './baseline.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-baseline-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const pages = [
  { id: 'claim-00000', title: 'Claim 1: 1,351 "counted"', body: 'First paragraph.\n\n- a list\n- of items' },
  { id: 'claim-00001', title: 'Claim 2', body: 'Text with a [link](/sources/s/#f).\n\n<Timeline metric="m" />' },
];

describe('writeBaselineProject', () => {
  it('writes one Markdown page per claim whose body is the claim body, unchanged', () => {
    const dir = path.join(root, 'site');
    writeBaselineProject({ dir, pages });
    const files = readdirSync(path.join(dir, 'src', 'pages', 'claims')).sort();
    expect(files).toEqual(['claim-00000.md', 'claim-00001.md']);
    for (const page of pages) {
      const text = readFileSync(path.join(dir, 'src', 'pages', 'claims', `${page.id}.md`), 'utf8');
      const [, frontmatter = '', body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
      expect(body).toBe(`${page.body}\n`);
      expect(frontmatter).toContain(`title: ${JSON.stringify(page.title)}`);
      expect(frontmatter).toContain('layout: ../../layouts/Minimal.astro');
    }
  });

  it('writes an Astro config and the minimal layout, and removes pages left from a larger run', () => {
    const dir = path.join(root, 'rewritten');
    writeBaselineProject({ dir, pages });
    writeBaselineProject({ dir, pages: pages.slice(0, 1) });
    expect(readdirSync(path.join(dir, 'src', 'pages', 'claims'))).toEqual(['claim-00000.md']);
    expect(readFileSync(path.join(dir, 'astro.config.mjs'), 'utf8')).toContain("from 'astro/config'");
    expect(readFileSync(path.join(dir, 'src', 'layouts', 'Minimal.astro'), 'utf8')).toContain('<slot />');
  });
});
