import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3-time';

const DAY = 86_400_000;

/** An x scale of UTC time with ticks and their labels. */
export interface TimeScale {
  (instant: number): number;
  readonly domain: readonly [number, number];
  ticks(): Array<{ value: number; label: string }>;
}

/**
 * A UTC time scale over the given instants, padded by 4 % of the span (at least 10 days) so marks clear the
 * edges, with about one tick per 90 pixels, labelled in the locale (BCP 47) by Intl.
 */
export function timeScale(
  instants: readonly number[],
  range: { left: number; right: number },
  { locale }: { locale: string },
): TimeScale {
  const min = Math.min(...instants);
  const max = Math.max(...instants);
  const pad = Math.max((max - min) * 0.04, 10 * DAY);
  const scale = scaleUtc()
    .domain([min - pad, max + pad])
    .range([range.left, range.right]);
  const [d0, d1] = scale.domain().map((date) => date.getTime()) as [number, number];
  const count = Math.max(2, Math.floor((range.right - range.left) / 90));
  const position = (instant: number) => scale(instant);
  return Object.assign(position, {
    domain: [d0, d1] as const,
    ticks: () => {
      // d3 treats the count as a hint; ask for fewer until the labels fit.
      let ticks = scale.ticks(count);
      for (let fewer = count - 1; ticks.length > count + 1 && fewer >= 1; fewer--) ticks = scale.ticks(fewer);
      // …and for more when a short span would otherwise get a single tick.
      for (let more = count + 1; ticks.length < 3 && more <= count + 6; more++) {
        const denser = scale.ticks(more);
        if (denser.length >= 3 && denser.length <= count + 1) ticks = denser;
      }
      // Still fewer than three (d3 has no step between a week and a month, or between a quarter and a year):
      // the coarsest calendar step that gives three to count + 1, so a phone's axis always has three labels.
      for (const { interval, days } of STEPS) {
        if (ticks.length >= 3) break;
        // Only steps that could give three to count + 1 ticks over the domain are made at all: a daily step
        // over years would make thousands.
        const about = (d1 - d0) / (days * DAY);
        if (about < 2 || about > count + 2) continue;
        const stepped = scale.ticks(interval);
        if (stepped.length >= 3 && stepped.length <= count + 1) ticks = stepped;
      }
      const yearly = ticks.every((tick) => utcYear.floor(tick).getTime() === tick.getTime());
      const format = yearly ? dateFormat(locale, { year: 'numeric' }) : monthFormat(ticks, locale);
      return ticks.map((tick) => ({ value: tick.getTime(), label: format(tick) }));
    },
  });
}

/** Calendar steps to fall back on, coarsest first, with their length in days. */
const STEPS: ReadonlyArray<{ readonly interval: TimeInterval; readonly days: number }> = [
  { interval: utcMonth.every(6), days: 182 },
  { interval: utcMonth.every(4), days: 121 },
  { interval: utcMonth.every(2), days: 61 },
  { interval: utcWeek.every(2), days: 14 },
  { interval: utcWeek, days: 7 },
  { interval: utcDay.every(3), days: 3 },
  { interval: utcDay, days: 1 },
].flatMap((step) => (step.interval ? [step as { interval: TimeInterval; days: number }] : []));

/**
 * "Mar 2022" on the first tick and on January, "Apr" otherwise; "3 Mar 2022" then "10 Mar" when ticks fall inside
 * months: the year is always on the first label and wherever it changes.
 */
function monthFormat(ticks: readonly Date[], locale: string): (date: Date) => string {
  const monthly = ticks.every((tick) => utcMonth.floor(tick).getTime() === tick.getTime());
  if (!monthly) {
    const withYear = dateFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' });
    const day = dateFormat(locale, { day: 'numeric', month: 'short' });
    return (date) => {
      const index = ticks.indexOf(date);
      const previous = ticks[index - 1];
      return index <= 0 || previous?.getUTCFullYear() !== date.getUTCFullYear() ? withYear(date) : day(date);
    };
  }
  const withYear = dateFormat(locale, { month: 'short', year: 'numeric' });
  const month = dateFormat(locale, { month: 'short' });
  return (date) => (date === ticks[0] || date.getUTCMonth() === 0 ? withYear(date) : month(date));
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A UTC date formatter of the locale, made once per locale and parts. */
function dateFormat(locale: string, parts: Intl.DateTimeFormatOptions): (date: Date) => string {
  const key = `${locale}|${JSON.stringify(parts)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...parts, timeZone: 'UTC' });
    formats.set(key, format);
  }
  const found = format;
  return (date) => found.format(date);
}
