import type { DatePoint, EdtfDate } from '../model/edtf-date.ts';

const DAY = 86_400_000;

/** The span of time a date may denote, in UTC milliseconds, both ends inclusive. */
export interface DateInterval {
  readonly start: number;
  readonly end: number;
}

/**
 * The span an EDTF date may denote. An approximate (`~`) or uncertain (`?`) end is widened by one unit of its
 * precision: "2022-03-14~" may be 13–15 March, "2023?" any day of 2022–2024.
 */
export function dateInterval(date: EdtfDate): DateInterval {
  return {
    start: date.min - (isHedged(date.start) ? unitOf(date.start) : 0),
    end: date.max + (isHedged(date.end) ? unitOf(date.end) : 0),
  };
}

/**
 * Whether two dates are close enough to be taken as the same date: every moment either may denote lies within
 * `windowDays` of every moment the other may denote. Two days a week apart are comparable under the default
 * window of 7; two dates known only to the month are not, because either may be any day of it.
 */
export function comparableDates(a: DateInterval, b: DateInterval, windowDays: number): boolean {
  const spread = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return spread < (windowDays + 1) * DAY;
}

function isHedged(point: DatePoint): boolean {
  return point.approximate || point.uncertain;
}

function unitOf(point: DatePoint): number {
  if (point.precision === 'day') return DAY;
  if (point.precision === 'month') return 31 * DAY;
  return 366 * DAY;
}
