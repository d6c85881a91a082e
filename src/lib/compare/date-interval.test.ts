import { describe, expect, it } from 'vitest';
import { edtfDate } from '../model/edtf-date.ts';
import { comparableDates, dateInterval, figureSpan, samePeriod } from './date-interval.ts';

const span = (edtf: string) => dateInterval(edtfDate(edtf));
const utc = (year: number, month: number, day: number) => Date.UTC(year, month - 1, day);

describe('dateInterval', () => {
  it('spans a whole day for a day', () => {
    expect(span('2022-03-25')).toEqual({ start: utc(2022, 3, 25), end: utc(2022, 3, 26) - 1 });
  });

  it('spans a whole month for a month', () => {
    expect(span('2022-02')).toEqual({ start: utc(2022, 2, 1), end: utc(2022, 3, 1) - 1 });
  });

  it('spans a whole year for a year', () => {
    expect(span('2023')).toEqual({ start: utc(2023, 1, 1), end: utc(2024, 1, 1) - 1 });
  });

  it('spans an interval from its first to its last day', () => {
    expect(span('2022-03-14/2022-03-20')).toEqual({ start: utc(2022, 3, 14), end: utc(2022, 3, 21) - 1 });
  });

  it('spans an interval of months from the first day of one to the last day of the other', () => {
    expect(span('2025-03/2025-04')).toEqual({ start: utc(2025, 3, 1), end: utc(2025, 5, 1) - 1 });
  });

  it('widens an approximate day by a day on each side', () => {
    expect(span('2022-03-14~')).toEqual({ start: utc(2022, 3, 13), end: utc(2022, 3, 16) - 1 });
  });

  it('widens an uncertain day by a day on each side', () => {
    expect(span('2022-03-14?')).toEqual({ start: utc(2022, 3, 13), end: utc(2022, 3, 16) - 1 });
  });

  it('widens an approximate month by a calendar month on each side', () => {
    expect(span('2022-03~')).toEqual({ start: utc(2022, 2, 1), end: utc(2022, 5, 1) - 1 });
  });

  it('widens an uncertain year by a calendar year on each side', () => {
    expect(span('2023?')).toEqual({ start: utc(2022, 1, 1), end: utc(2025, 1, 1) - 1 });
  });

  it('widens only the hedged end of an interval', () => {
    expect(span('2022-03-14~/2022-03-20')).toEqual({ start: utc(2022, 3, 13), end: utc(2022, 3, 21) - 1 });
    expect(span('2022-03-14/2022-03-20?')).toEqual({ start: utc(2022, 3, 14), end: utc(2022, 3, 22) - 1 });
  });
});

describe('comparableDates', () => {
  it('takes two days 7 days apart as the same date under a window of 7', () => {
    expect(comparableDates(span('2022-03-01'), span('2022-03-08'), 7)).toBe(true);
  });

  it('does not take two days 8 days apart as the same date under a window of 7', () => {
    expect(comparableDates(span('2022-03-01'), span('2022-03-09'), 7)).toBe(false);
  });

  it('is symmetric', () => {
    expect(comparableDates(span('2022-03-09'), span('2022-03-01'), 7)).toBe(false);
    expect(comparableDates(span('2022-03-08'), span('2022-03-01'), 7)).toBe(true);
  });

  it('takes only the same day as the same date under a window of 0', () => {
    expect(comparableDates(span('2022-03-01'), span('2022-03-01'), 0)).toBe(true);
    expect(comparableDates(span('2022-03-01'), span('2022-03-02'), 0)).toBe(false);
  });

  it('does not take two dates known only to the month as the same date under 7, even the same month', () => {
    expect(comparableDates(span('2022-03'), span('2022-03'), 7)).toBe(false);
    expect(comparableDates(span('2022-03'), span('2022-04'), 7)).toBe(false);
  });

  it('takes two dates known only to the month as the same date under a window of a month or more', () => {
    expect(comparableDates(span('2022-03'), span('2022-03'), 30)).toBe(true);
    expect(comparableDates(span('2022-03'), span('2022-03'), 29)).toBe(false);
  });

  it('does not take a week-long interval as the same date as a day 5 days after its end', () => {
    expect(comparableDates(span('2022-03-14/2022-03-20'), span('2022-03-25'), 7)).toBe(false);
    // It would under a window as long as the whole spread, 12 days from 14 to 25 March.
    expect(comparableDates(span('2022-03-14/2022-03-20'), span('2022-03-25'), 11)).toBe(true);
  });

  it('lets a hedge push two days out of the window', () => {
    expect(comparableDates(span('2022-03-01'), span('2022-03-07'), 7)).toBe(true);
    expect(comparableDates(span('2022-03-01~'), span('2022-03-07~'), 7)).toBe(false);
  });
});

describe('figureSpan', () => {
  const date = edtfDate;

  it('widens an uncertain year no earlier than the start of its metric’s count', () => {
    expect(figureSpan({ date: date('2023?'), since: date('2022-02-24') })).toEqual({
      start: utc(2022, 2, 24),
      end: utc(2025, 1, 1) - 1,
    });
  });

  it('ends a figure no later than the end of the day its source was published', () => {
    expect(figureSpan({ date: date('2022-03'), published: date('2022-03-23') })).toEqual({
      start: utc(2022, 3, 1),
      end: utc(2022, 3, 24) - 1,
    });
  });

  it('keeps a figure dated after its source’s publication (a forecast) as written', () => {
    expect(figureSpan({ date: date('2023'), published: date('2022-03-23') })).toEqual(span('2023'));
  });

  it('does not clip a figure wholly before its metric’s count to nothing', () => {
    expect(figureSpan({ date: date('2021'), since: date('2022-02-24') })).toEqual(span('2021'));
  });

  it('is the widened date when neither bound applies', () => {
    expect(figureSpan({ date: date('2022-03-14~') })).toEqual(span('2022-03-14~'));
  });
});

describe('samePeriod', () => {
  const date = edtfDate;

  it('takes two figures for one year as one period', () => {
    expect(samePeriod(date('2024'), date('2024'))).toBe(true);
  });

  it('takes a month or a day within a year as within its period, either way round', () => {
    expect(samePeriod(date('2024'), date('2024-06'))).toBe(true);
    expect(samePeriod(date('2024-06-30'), date('2024'))).toBe(true);
  });

  it('does not take overlapping periods, or different years, as one', () => {
    expect(samePeriod(date('2023'), date('2024'))).toBe(false);
    expect(samePeriod(date('2023-06/2024-06'), date('2024'))).toBe(false);
  });

  it('does not take an approximate or uncertain date as a period', () => {
    expect(samePeriod(date('2024?'), date('2024'))).toBe(false);
    expect(samePeriod(date('2024'), date('2024-06~'))).toBe(false);
  });
});
