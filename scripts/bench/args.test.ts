import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './args.ts';

describe('parseBenchArgs', () => {
  it('defaults to 10,000 claims, 3 runs and scripts/bench/latest.md', () => {
    expect(parseBenchArgs([])).toEqual({
      claims: 10_000,
      runs: 3,
      out: 'scripts/bench/latest.md',
      keepImageCache: false,
    });
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
