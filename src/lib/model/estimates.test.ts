import { describe, expect, it } from 'vitest';
import { resolveEstimates } from './estimates.ts';

describe('resolveEstimates', () => {
  it('gives a figure without sameAs its own id, and a later report the first report of its estimate', () => {
    const { estimateOf, inLoop } = resolveEstimates(
      new Map([
        ['nato', undefined],
        ['ap', 'nato'],
        ['wire', 'ap'],
      ]),
    );
    expect(Object.fromEntries(estimateOf)).toEqual({ nato: 'nato', ap: 'nato', wire: 'nato' });
    expect(inLoop.size).toBe(0);
  });

  it('marks the figures of a loop, and not those that lead into it', () => {
    const { inLoop } = resolveEstimates(
      new Map([
        ['a', 'b'],
        ['b', 'a'],
        ['c', 'a'],
      ]),
    );
    expect([...inLoop].sort()).toEqual(['a', 'b']);
  });

  // Walked once per figure, a chain this long would take minutes and fail on the test's time-out.
  it('resolves a chain of 100,000 reports in one pass', () => {
    const chain = new Map(
      Array.from({ length: 100_000 }, (_, index) => [`f${index}`, index ? `f${index - 1}` : undefined]),
    );
    const { estimateOf } = resolveEstimates(chain);
    expect(estimateOf.get('f99999')).toBe('f0');
    expect(estimateOf.get('f50000')).toBe('f0');
  });
});
