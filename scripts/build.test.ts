// `npm run build` on broken fixtures: it must stop before Astro renders anything, with the checker's file:line
// report and no stack trace, exactly as `npm run check` does. Every broken fixture goes through the integration's
// build hook in-process (src/integration/claimline.test.ts); real builds are spawned for one case of each stage of
// the check — a file refused before it is read, YAML, the schema, a cross-file rule, a body rule, house style.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { brokenCases, writeBrokenFixture } from '../e2e/fixtures/broken.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const root = mkdtempSync(path.join(tmpdir(), 'claimline-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** One broken fixture per stage of the check. */
const SPAWNED = new Set([
  'file-name-injection',
  'yaml-syntax',
  'invalid-edtf',
  'unknown-rating',
  'unverified-quote',
  'house-style-plugin',
]);

describe('npm run build on broken content', () => {
  it('spawns builds only for kinds the fixtures have', () => {
    for (const kind of SPAWNED) expect(brokenCases.map((kase) => kase.kind)).toContain(kind);
  });

  it.each(brokenCases.filter((kase) => SPAWNED.has(kase.kind)).map((kase) => [kase.kind, kase] as const))(
    'stops on %s with the file, line and rule id and no stack trace',
    (kind, kase) => {
      const dir = path.join(root, kind);
      writeBrokenFixture(kase, dir);
      const result = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', path.join(root, `${kind}-dist`)], {
        cwd: REPO,
        env: { ...process.env, CONTENT_DIR: dir, NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
        encoding: 'utf8',
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).toBe(1);
      const file = path.relative(REPO, path.join(dir, kase.expected.file));
      expect(output).toMatch(
        new RegExp(`^${escape(file)}:${kase.expected.line}:\\d+  error  .*  claimline:${kase.expected.ruleId}$`, 'm'),
      );
      expect(output).toContain('Build stopped');
      expect(output).not.toMatch(/^\s+at /m);
    },
    60_000,
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
