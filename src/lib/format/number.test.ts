import { describe, expect, it } from 'vitest';
import { createMessages } from '../messages/messages.ts';
import { formatFigureValue, formatFigureWithUnit, formatNumber } from './number.ts';

const en = { locale: 'en', messages: createMessages({ locale: 'en' }) };

describe('formatNumber', () => {
  it('groups thousands', () => {
    expect(formatNumber(1351, en)).toBe('1,351');
    expect(formatNumber(900000, en)).toBe('900,000');
  });

  it('keeps every decimal the number was written with', () => {
    expect(formatNumber(0.25, en)).toBe('0.25');
    expect(formatNumber(2.256, en)).toBe('2.256');
    expect(formatNumber(7.5, en)).toBe('7.5');
    expect(formatNumber(0.0004, en)).toBe('0.0004');
    expect(formatNumber(0.00000012, en)).toBe('0.00000012');
    expect(formatNumber(1234567.891, en)).toBe('1,234,567.891');
    // Not the binary noise of a sum: 0.1 + 0.2 is 0.30000000000000004.
    expect(formatNumber(0.1 + 0.2, en)).toBe('0.3');
  });

  it('writes negative numbers with a minus sign', () => {
    expect(formatNumber(-1200, en)).toBe('-1,200');
    expect(formatNumber(-3.5, en)).toBe('-3.5');
  });

  it('follows the locale', () => {
    expect(formatNumber(1234567.5, { locale: 'de' })).toBe('1.234.567,5');
    expect(formatNumber(1351, en)).toBe('1,351');
  });
});

describe('formatFigureValue', () => {
  it.each([
    ['a plain value', { value: 1351 }, '1,351'],
    ['an approximate value', { value: 500, approx: true }, 'about 500'],
    ['a range', { low: 7000, high: 15000 }, '7,000–15,000'],
    ['an approximate range', { low: 7000, high: 15000, approx: true }, 'about 7,000–15,000'],
    ['a lower bound', { low: 900000 }, 'more than 900,000'],
    ['an upper bound', { high: 40000 }, 'up to 40,000'],
    ['a strict upper bound', { high: 100, bound: 'strict' as const }, 'less than 100'],
    ['an inclusive upper bound', { high: 100, bound: 'inclusive' as const }, 'up to 100'],
    ['a strict lower bound', { low: 7000, bound: 'strict' as const }, 'more than 7,000'],
    ['an inclusive lower bound', { low: 7000, bound: 'inclusive' as const }, 'at least 7,000'],
    ['a strict range', { low: 7000, high: 15000, bound: 'strict' as const }, 'more than 7,000 and less than 15,000'],
    ['a range whose ends are equal', { low: 5, high: 5 }, '5'],
    ['a value with its range', { value: 12000, low: 10000, high: 15000 }, '12,000 (range 10,000–15,000)'],
    ['a value with a lower bound', { value: 12000, low: 10000 }, '12,000 (more than 10,000)'],
    ['a decimal value', { value: 0.256 }, '0.256'],
    ['a negative value', { value: -3.5 }, '-3.5'],
  ])('writes %s as a reader says it', (_label, figure, expected) => {
    expect(formatFigureValue(figure, en)).toBe(expected);
  });

  it('treats undefined fields as absent', () => {
    expect(formatFigureValue({ value: 1351, low: undefined, high: undefined, approx: undefined }, en)).toBe('1,351');
  });
});

describe('formatFigureWithUnit', () => {
  it('puts the unit after the number', () => {
    expect(formatFigureWithUnit({ low: 7000, high: 15000 }, 'people', en)).toBe('7,000–15,000 people');
  });
});

describe('formatFigureWithUnit, with a best estimate and bounds', () => {
  it('puts the unit right after the number it measures, before the range', () => {
    expect(formatFigureWithUnit({ value: 1.55, low: 1.42, high: 1.68 }, '°C', en)).toBe('1.55 °C (range 1.42–1.68)');
  });

  it('writes a strict upper bound with its unit, as the text does', () => {
    expect(formatFigureWithUnit({ high: 100, bound: 'strict' }, 'square kilometres', en)).toBe(
      'less than 100 square kilometres',
    );
  });

  it('keeps "about" in front of the whole value', () => {
    expect(formatFigureWithUnit({ value: 1.5, approx: true }, '°C', en)).toBe('about 1.5 °C');
  });
});

describe('formatFigureWithUnit, percentages', () => {
  it('writes the percent sign as each language does', () => {
    expect(formatFigureWithUnit({ value: 12.29 }, '%', en)).toBe('12.29%');
    const fr = { messages: createMessages({ locale: 'fr' }) };
    expect(formatFigureWithUnit({ value: 12.29 }, '%', fr)).toBe('12,29\u00a0%');
    const tr = { messages: createMessages({ locale: 'tr' }) };
    expect(formatFigureWithUnit({ value: 12.5 }, '%', tr)).toBe('%12,5');
  });

  it('puts the sign after a range or a bound, once', () => {
    expect(formatFigureWithUnit({ low: 3, high: 3.5 }, '%', en)).toBe('3–3.5%');
    expect(formatFigureWithUnit({ high: 11, bound: 'strict' }, '%', en)).toBe('less than 11%');
  });

  it('leaves a longer unit that starts with the sign as a unit', () => {
    expect(formatFigureWithUnit({ value: 3.2 }, '% of GDP', en)).toBe('3.2 % of GDP');
  });
});

describe('formatFigureValue, a hedged bound', () => {
  it('hedges the number inside the bound: "more than about 600", never "about more than 600"', () => {
    expect(formatFigureValue({ low: 600, approx: true, bound: 'strict' }, en)).toBe('more than about 600');
    expect(formatFigureWithUnit({ high: 40000, approx: true }, 'people', en)).toBe('up to about 40,000 people');
  });

  it('still hedges a range and a best estimate as a whole', () => {
    expect(formatFigureValue({ low: 7000, high: 15000, approx: true }, en)).toBe('about 7,000–15,000');
    expect(formatFigureValue({ value: 500, approx: true }, en)).toBe('about 500');
  });
});
