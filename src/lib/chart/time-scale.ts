import { scaleUtc } from 'd3-scale';
import { utcDay, utcMonth, utcWeek, utcYear, type TimeInterval } from 'd3-time';

const DAY = 86_400_000;

/** A tick of the time axis and its label. */
export interface TimeTick {
  readonly value: number;
  readonly label: string;
}

/** An x scale of UTC time with ticks and their labels. */
export interface TimeScale {
  (instant: number): number;
  readonly domain: readonly [number, number];
  /**
   * Ticks for the axis: the densest set of whole calendar steps (years, quarters, months, weeks, days) with at
   * least three ticks and at most `count + 1` (about one per 90 pixels, five at least) whose labels `fit` (by
   * default, every set fits); when no set of three fits, the sparsest set of three or more.
   */
  ticks(fits?: (ticks: readonly TimeTick[]) => boolean): TimeTick[];
  /** The year of an instant, as its yearly ticks are labelled. */
  year(instant: number): string;
}

/**
 * A UTC time scale over the given instants, padded by 4 % of the span (at least 10 days) so marks clear the
 * edges, labelled in the locale (BCP 47) by Intl.
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
  const limit = Math.max(count + 1, 5);
  const position = (instant: number) => scale(instant);
  const label = (ticks: readonly Date[]): TimeTick[] => {
    const yearly = ticks.every((tick) => utcYear.floor(tick).getTime() === tick.getTime());
    const format = yearly ? dateFormat(locale, { year: 'numeric' }) : monthFormat(ticks, locale);
    return ticks.map((tick) => ({ value: tick.getTime(), label: format(tick) }));
  };
  return Object.assign(position, {
    domain: [d0, d1] as const,
    year: (instant: number) => dateFormat(locale, { year: 'numeric' })(new Date(instant)),
    ticks: (fits: (ticks: readonly TimeTick[]) => boolean = () => true) => {
      // Every set d3 offers for a count of 1 to 15, and the calendar steps it has no count for (a fortnight, a
      // third of a month, a half year); a step is only made where it gives a few ticks, not thousands.
      const sets = new Map<string, Date[]>();
      const add = (ticks: Date[]) => sets.set(ticks.map(Number).join(), ticks);
      for (let hint = 1; hint <= 15; hint++) add(scale.ticks(hint));
      for (const { interval, days } of STEPS) {
        const about = (d1 - d0) / (days * DAY);
        if (about >= 1 && about <= limit + 2) add(scale.ticks(interval));
      }
      const candidates = [...sets.values()]
        .filter((ticks) => ticks.length > 0 && ticks.length <= limit)
        .sort((a, b) => b.length - a.length)
        .map(label);
      const three = candidates.filter((ticks) => ticks.length >= 3);
      return three.find(fits) ?? three.at(-1) ?? candidates.find(fits) ?? candidates.at(-1) ?? [];
    },
  });
}

/** Calendar steps d3's counts do not reach, with their length in days. */
const STEPS: ReadonlyArray<{ readonly interval: TimeInterval; readonly days: number }> = [
  { interval: utcMonth.every(6), days: 182 },
  { interval: utcMonth.every(4), days: 121 },
  { interval: utcMonth.every(2), days: 61 },
  // Half and third months start on the 1st, the 16th and the 11th and 21st (d3's `every` would add the 31st).
  { interval: utcDay.filter((date) => date.getUTCDate() === 1 || date.getUTCDate() === 16), days: 15 },
  { interval: utcDay.filter((date) => [1, 11, 21].includes(date.getUTCDate())), days: 10 },
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
