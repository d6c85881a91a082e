import { describe, expect, it } from 'vitest';
import { median, summarise } from './stats.ts';

describe('median and summarise', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 10])).toBe(3.5);
  });

  it('refuses an empty series instead of returning NaN', () => {
    expect(() => median([])).toThrow(/empty/);
  });

  it('reports the median, minimum, maximum and count of a series', () => {
    expect(summarise([3, 1, 2])).toEqual({ median: 2, min: 1, max: 3, count: 3 });
  });
});
