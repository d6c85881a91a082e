import { describe, expect, it } from 'vitest';
import { compareDates, edtfDate } from './edtf-date.ts';

const utc = (...parts: [number, number, number, number?, number?, number?, number?]) => Date.UTC(...parts);

describe('edtfDate', () => {
  it('parses a day with day precision and its UTC bounds', () => {
    const date = edtfDate('2022-03-25');
    expect(date).toMatchObject({ edtf: '2022-03-25', isInterval: false });
    expect(date.start).toEqual({
      year: 2022,
      month: 3,
      day: 25,
      precision: 'day',
      approximate: false,
      uncertain: false,
    });
    expect(date.end).toEqual(date.start);
    expect(date.min).toBe(utc(2022, 2, 25));
    expect(date.max).toBe(utc(2022, 2, 25, 23, 59, 59, 999));
  });

  it('parses a month with month precision and 1-based month', () => {
    const date = edtfDate('2022-03');
    expect(date.start).toEqual({ year: 2022, month: 3, precision: 'month', approximate: false, uncertain: false });
    expect(date.min).toBe(utc(2022, 2, 1));
    expect(date.max).toBe(utc(2022, 2, 31, 23, 59, 59, 999));
  });

  it('parses a year with year precision spanning the whole year', () => {
    const date = edtfDate('2023');
    expect(date.start).toEqual({ year: 2023, precision: 'year', approximate: false, uncertain: false });
    expect(date.min).toBe(utc(2023, 0, 1));
    expect(date.max).toBe(utc(2023, 11, 31, 23, 59, 59, 999));
  });

  it('marks an approximate date', () => {
    expect(edtfDate('2022-03-14~').start).toMatchObject({
      day: 14,
      precision: 'day',
      approximate: true,
      uncertain: false,
    });
  });

  it('marks an uncertain date', () => {
    expect(edtfDate('2023?').start).toMatchObject({
      year: 2023,
      precision: 'year',
      approximate: false,
      uncertain: true,
    });
  });

  it('marks a date both approximate and uncertain', () => {
    expect(edtfDate('2022-03%').start).toMatchObject({ approximate: true, uncertain: true });
  });

  it('parses an interval into its two ends, each at its own precision and with its own qualifiers', () => {
    const date = edtfDate('2022~/2023-06?');
    expect(date.isInterval).toBe(true);
    expect(date.start).toEqual({ year: 2022, precision: 'year', approximate: true, uncertain: false });
    expect(date.end).toEqual({ year: 2023, month: 6, precision: 'month', approximate: false, uncertain: true });
    expect(date.min).toBe(utc(2022, 0, 1));
    expect(date.max).toBe(utc(2023, 5, 30, 23, 59, 59, 999));
  });

  it('throws on text that is not EDTF', () => {
    expect(() => edtfDate('25/03/2022')).toThrow();
  });
});

describe('compareDates', () => {
  it('orders dates by their earliest instant, then by their latest', () => {
    const sorted = ['2023', '2022-03-25', '2022', '2022-03', '2022-02-24/2022-03-23'].map(edtfDate).sort(compareDates);
    expect(sorted.map((date) => date.edtf)).toEqual(['2022', '2022-02-24/2022-03-23', '2022-03', '2022-03-25', '2023']);
  });

  it('puts the shorter of two dates that start together first', () => {
    expect(compareDates(edtfDate('2022-03'), edtfDate('2022'))).toBeGreaterThan(0);
    expect(compareDates(edtfDate('2022-01'), edtfDate('2022'))).toBeLessThan(0);
    expect(compareDates(edtfDate('2022-03'), edtfDate('2022-03'))).toBe(0);
  });
});
