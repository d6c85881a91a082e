import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { steps } from './test-steps.ts';

/** The words each parallel test job of the pull-request workflow passes to `npm test --`. */
function jobGroups(): string[][] {
  const workflow = load(readFileSync(new URL('../.github/workflows/pull-request.yml', import.meta.url), 'utf8')) as {
    jobs: { test: { strategy: { matrix: { include: Array<{ steps: string }> } } } };
  };
  return workflow.jobs.test.strategy.matrix.include.map(
    // As the shell splits `npm test -- <steps>`: words, or 'quoted words'.
    (entry) => [...entry.steps.matchAll(/'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? ''),
  );
}

describe('the pull-request workflow', () => {
  it('runs every step of npm test in exactly one of its parallel jobs', () => {
    const groups = jobGroups();
    for (const step of steps) {
      const owners = groups.filter((words) => words.some((word) => step.name.includes(word)));
      expect(owners.length, step.name).toBe(1);
    }
  });
});
