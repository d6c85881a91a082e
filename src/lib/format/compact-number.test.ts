import { describe, expect, it } from 'vitest';
import { formatCompactNumber } from './compact-number.ts';

const en = { locale: 'en-GB' };

describe('formatCompactNumber', () => {
  it('shortens thousands and millions', () => {
    expect(formatCompactNumber(10000, en)).toBe('10k');
    expect(formatCompactNumber(1500000, en)).toBe('1.5m');
    expect(formatCompactNumber(0, en)).toBe('0');
  });

  it('writes ticks below one to two significant digits, so that a scale of small values is not all zeros', () => {
    expect(formatCompactNumber(0.0004, en)).toBe('0.0004');
    expect(formatCompactNumber(0.00025, en)).toBe('0.00025');
    expect(formatCompactNumber(0.25, en)).toBe('0.25');
    expect(formatCompactNumber(-0.5, en)).toBe('-0.5');
  });

  it('follows the locale', () => {
    expect(formatCompactNumber(0.5, { locale: 'de' })).toBe('0,5');
  });
});
