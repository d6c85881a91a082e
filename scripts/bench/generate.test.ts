import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check/check-content.ts';
import { generateContent } from './generate.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-bench-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Every file under a folder with its bytes, by relative path. */
function snapshot(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const file = path.join(entry.parentPath, entry.name);
      return [path.relative(dir, file), readFileSync(file)];
    }),
  );
}

describe('generateContent', () => {
  it('writes byte-identical folders for the same number of claims', () => {
    const first = generateContent({ dir: path.join(root, 'a'), claims: 60 });
    const second = generateContent({ dir: path.join(root, 'b'), claims: 60 });
    const a = snapshot(path.join(root, 'a'));
    const b = snapshot(path.join(root, 'b'));
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true);
    expect(second).toEqual(first);
  });

  it('writes one file per claim, some of them MDX, and returns each body as written', () => {
    const dir = path.join(root, 'bodies');
    const content = generateContent({ dir, claims: 40 });
    expect(readdirSync(path.join(dir, 'claims'))).toHaveLength(40);
    expect(content.bodies.filter((claim) => claim.mdx).length).toBeGreaterThan(0);
    for (const claim of content.bodies) {
      const text = readFileSync(path.join(dir, 'claims', `${claim.id}.${claim.mdx ? 'mdx' : 'md'}`), 'utf8');
      expect(text.endsWith(`---\n${claim.body}\n`)).toBe(true);
    }
  });

  it('gives claim bodies of about 300 words', () => {
    const content = generateContent({ dir: path.join(root, 'words'), claims: 20 });
    for (const claim of content.bodies) {
      expect(claim.body.split(/\s+/).length).toBeGreaterThan(250);
      expect(claim.body.split(/\s+/).length).toBeLessThan(400);
    }
  });

  it("passes the project's checker with no error", () => {
    const dir = path.join(root, 'checked');
    const content = generateContent({ dir, claims: 50 });
    const { problems, site } = checkContent({ dir, cwd: root });
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
    expect(site?.claims).toHaveLength(content.claims);
    expect(site?.figures).toHaveLength(content.figures);
  });
});
