import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { brokenCases, writeBrokenFixture } from '../../e2e/fixtures/broken.ts';
import { claimline } from './claimline.ts';

// Every broken fixture, through the integration's own build hook, in this process: the build stops before Astro
// renders anything, with the checker's file:line report. scripts/build.test.ts spawns real builds for a few of them.
const root = mkdtempSync(path.join(tmpdir(), 'claimline-hook-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => {
  vi.restoreAllMocks();
  delete process.env.CONTENT_DIR;
});

type ConfigSetup = NonNullable<AstroIntegration['hooks']['astro:config:setup']>;

/** Runs the build's config hook on `dir`; returns whether it stopped the build, and what it printed. */
function buildHook(dir: string): { stopped: boolean; output: string } {
  process.env.CONTENT_DIR = dir;
  const printed: string[] = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void printed.push(parts.join(' ')));
  const logger = { info: () => {}, warn: (text: string) => void printed.push(text), error: () => {} };
  const hook = claimline().hooks['astro:config:setup'] as ConfigSetup;
  let stopped = false;
  try {
    // The build's output folder, inside the temporary folder (the hook checks Astro can build there first).
    const config = { outDir: pathToFileURL(path.join(root, 'dist') + path.sep) };
    void hook({ command: 'build', config, logger } as unknown as Parameters<ConfigSetup>[0]);
  } catch (error) {
    // Astro prints a thrown hook error's message, and its stack if it has one.
    stopped = true;
    printed.push((error as Error).message, (error as Error).stack ?? '');
  }
  return { stopped, output: printed.join('\n') };
}

describe('the build hook on broken content', () => {
  it.each(brokenCases.map((kase) => [kase.kind, kase] as const))(
    'stops on %s with the file, line and rule id',
    (kind, kase) => {
      const dir = path.join(root, kind);
      writeBrokenFixture(kase, dir);
      const { stopped, output } = buildHook(dir);
      expect(stopped).toBe(true);
      const file = path.relative(process.cwd(), path.join(dir, kase.expected.file));
      expect(output).toMatch(
        new RegExp(`^${escape(file)}:${kase.expected.line}:\\d+  error  .*  claimline:${kase.expected.ruleId}$`, 'm'),
      );
      expect(output).toContain('Build stopped');
      expect(output).not.toMatch(/^\s+at /m);
    },
  );
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
