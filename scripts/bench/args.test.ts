import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';

describe('parseBenchArgs', () => {
  it('defaults to 10,000 claims, 3 runs and a report named after the number of claims', () => {
    expect(parseBenchArgs([])).toEqual({
      claims: 10_000,
      runs: 3,
      out: 'scripts/bench/latest-10000.md',
      keepImageCache: false,
    });
  });

  it('names the default report after the number of claims asked for', () => {
    expect(parseBenchArgs(['--claims', '2000']).out).toBe('scripts/bench/latest-2000.md');
  });

  it('reads every option', () => {
    expect(parseBenchArgs(['--claims', '500', '--runs', '1', '--out', 'x.md', '--keep-image-cache'])).toEqual({
      claims: 500,
      runs: 1,
      out: 'x.md',
      keepImageCache: true,
    });
  });

  it('refuses a count that is not a whole number of at least one, with the usage line', () => {
    expect(() => parseBenchArgs(['--claims', '0'])).toThrow(/npm run bench/);
    expect(() => parseBenchArgs(['--runs', '2.5'])).toThrow(/--runs/);
  });

  it('refuses an unknown option instead of ignoring it', () => {
    expect(() => parseBenchArgs(['--claim', '5'])).toThrow();
  });
});
