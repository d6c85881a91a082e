import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { measureOutput } from './output-size.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-output-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function write(file: string, text: string): void {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), text);
}

describe('measureOutput', () => {
  const main = 'import { x } from "./shared.js"; x();';
  const shared = 'export const x = () => 1;';
  write('index.html', '<p>home</p>');
  write('claims/index.html', '<p>list, not a claim page</p>');
  write('claims/a/index.html', `<script type="module" src="/_astro/main.js"></script>${'a'.repeat(100)}`);
  write('claims/b/index.html', 'b'.repeat(300));
  write('claims/c/index.html', 'c'.repeat(200));
  write('_astro/main.js', main);
  write('_astro/shared.js', shared);
  write('pagefind/pagefind.js', 'search();');

  it('counts every .html file as a page and sizes only claims/<id>/index.html as claim pages', () => {
    const size = measureOutput(root);
    expect(size.pages).toBe(5);
    expect(size.claimPageHtml).toMatchObject({ count: 3, median: 200, max: 300 });
  });

  it('totals every .js file, and follows what a claim page loads through its relative imports', () => {
    const size = measureOutput(root);
    expect(size.jsTotalBytes).toBe(main.length + shared.length + 'search();'.length);
    expect(size.jsOutsideSearchBytes).toBe(main.length + shared.length);
    expect(size.claimPageJs.bytes).toBe(main.length + shared.length);
    expect(size.claimPageJs.gzipBytes).toBe(gzipSync(main).length + gzipSync(shared).length);
  });
});
