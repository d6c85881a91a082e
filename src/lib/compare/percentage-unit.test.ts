import { describe, expect, it } from 'vitest';
import { isPercentageUnit } from './percentage-unit.ts';

describe('isPercentageUnit', () => {
  it.each(['%', ' % ', '% of GDP', '% of the labour force', 'percent', 'Per cent', 'percentage points', '٪'])(
    'takes "%s" for a percentage',
    (unit) => expect(isPercentageUnit(unit)).toBe(true),
  );

  it.each(['pour cent', 'por ciento', 'por cento', 'Prozent', 'процентов', 'відсотків', 'في المئة', 'بالمئة'])(
    'knows the word in the languages it has a catalog for: "%s"',
    (unit) => expect(isPercentageUnit(unit)).toBe(true),
  );

  it.each(['people', 'people per day', 'square kilometres', 'USD', '°C', 'points', 'per day', 'percentile'])(
    'leaves "%s" alone',
    (unit) => expect(isPercentageUnit(unit)).toBe(false),
  );

  it('leaves a metric with no unit alone', () => {
    expect(isPercentageUnit(undefined)).toBe(false);
    expect(isPercentageUnit('')).toBe(false);
  });
});
