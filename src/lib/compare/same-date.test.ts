import { describe, expect, it } from 'vitest';
import { asOfSameDate } from './same-date.ts';
import { testFigure, testMetric } from './test-fixtures.ts';

const total = testMetric('killed', { cumulative: true });
const annual = testMetric('gmst', { cumulative: false });
const both = (metric: typeof total) => ({ a: metric, b: metric });

describe('asOfSameDate', () => {
  it('takes two days within the window as the same date, and two a fortnight apart as not', () => {
    const a = testFigure('a', { value: 1, asOf: '2022-03-23', source: 'x' });
    expect(asOfSameDate(a, testFigure('b', { value: 1, asOf: '2022-03-25', source: 'y' }), both(total))).toBe(true);
    expect(asOfSameDate(a, testFigure('c', { value: 1, asOf: '2022-04-08', source: 'y' }), both(total))).toBe(false);
  });

  it('takes two figures one source states with one date as the same date, whatever its precision', () => {
    const a = testFigure('a', { value: 1, asOf: '2022-03', source: 'x' });
    expect(asOfSameDate(a, testFigure('b', { value: 2, asOf: '2022-03', source: 'x' }), both(total))).toBe(true);
    expect(asOfSameDate(a, testFigure('c', { value: 2, asOf: '2022-03', source: 'y' }), both(total))).toBe(false);
  });

  it('takes values for one period as the same date only when neither metric is a running total', () => {
    const a = testFigure('a', { metric: 'gmst', value: 1.5, asOf: '2024', source: 'x' });
    const b = testFigure('b', { metric: 'gmst', value: 1.6, asOf: '2024-06', source: 'y' });
    expect(asOfSameDate(a, b, both(annual))).toBe(true);
    expect(asOfSameDate(a, b, both(total))).toBe(false);
    expect(asOfSameDate(a, b, { a: annual, b: total })).toBe(false);
  });
});
