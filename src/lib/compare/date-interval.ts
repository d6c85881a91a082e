import { utcDay, utcMonth, utcYear } from 'd3-time';
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
    start: isHedged(date.start) ? offset(date.min, date.start.precision, -1) : date.min,
    // The end is moved from the instant after it, so 31 March + 1 month is 30 April, not 1 May.
    end: isHedged(date.end) ? offset(date.max + 1, date.end.precision, 1) - 1 : date.max,
  };
}

/**
 * The span a figure's date may denote, never wider than what is possible: the widening of an approximate or
 * uncertain date stops at the start of its metric's count (`since`), and at the end of the day, month or year its
 * source was published (a source cannot report a count of after its own publication), unless the figure is dated
 * after publication (a forecast). A bound that would leave nothing is not applied.
 */
export function figureSpan(options: {
  date: EdtfDate;
  since?: EdtfDate | undefined;
  published?: EdtfDate | undefined;
}): DateInterval {
  const { date, since, published } = options;
  const widened = dateInterval(date);
  const start = since && since.min <= widened.end ? Math.max(widened.start, since.min) : widened.start;
  const latest = published ? dateInterval(published).end : undefined;
  const end = latest !== undefined && date.min <= latest ? Math.min(widened.end, latest) : widened.end;
  return start <= end ? { start, end } : widened;
}

/**
 * Whether two periods are one for a metric that is not a running total: a figure dated 2024 gives a value for
 * 2024, so it is the same period as another dated 2024, or as one dated June 2024 within it. Only dates that are
 * neither approximate nor uncertain are periods; a hedged date is an uncertain instant, compared by its window.
 */
export function samePeriod(a: EdtfDate, b: EdtfDate): boolean {
  if ([a.start, a.end, b.start, b.end].some(isHedged)) return false;
  return (a.min <= b.min && b.max <= a.max) || (b.min <= a.min && a.max <= b.max);
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

/** `instant` moved by whole calendar units: "2023?" starts on 1 January 2022 and ends on 31 December 2024. */
function offset(instant: number, precision: DatePoint['precision'], step: 1 | -1): number {
  const interval = precision === 'day' ? utcDay : precision === 'month' ? utcMonth : utcYear;
  return interval.offset(new Date(instant), step).getTime();
}
