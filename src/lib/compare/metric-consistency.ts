import type { Figure, Metric, Site } from '../model/types.ts';
import type { DateInterval } from './date-interval.ts';
import { asOfSameDate } from './same-date.ts';
import { absoluteWhen, sentenceCase, valueOf } from './sentence.ts';
import { isAbove, valueInterval } from './value-interval.ts';

/** Two figures that cannot both be right. */
export interface Inconsistency {
  readonly rule: 'count-falls' | 'part-exceeds-whole';
  /** The later figure (count-falls) or the part (part-exceeds-whole): where the problem is reported. */
  readonly figure: string;
  readonly against: string;
  /** How many more figures of the whole the part exceeds (part-exceeds-whole only; 0 otherwise). */
  readonly others: number;
  readonly sentence: string;
}

/**
 * Figures of one site that contradict each other: a running total that is lower than an earlier count of the
 * same metric, and a part above its whole at a comparable date (or above a running-total whole dated later).
 * Each figure is checked against every earlier one of its metric.
 */
export function metricInconsistencies(site: Site): readonly Inconsistency[] {
  return findInconsistencies(site, site.metrics);
}

/**
 * The inconsistencies reported at one metric's figures, as its page shows them: a fall in its own running total,
 * and its figures above a whole it is part of. Reads only that metric, its wholes and their figures.
 */
export function inconsistenciesOf(site: Site, metric: Metric): readonly Inconsistency[] {
  return findInconsistencies(site, [metric]);
}

function findInconsistencies(site: Site, metrics: readonly Metric[]): Inconsistency[] {
  const found: Inconsistency[] = [];
  const { messages, metricById } = site;
  // Who estimated what and when, in the words of the comparison sentences: "the ministry", "1,351 people", "by 25
  // March 2022".
  const words = (figure: Figure) => ({
    by: figure.by,
    value: valueOf(figure, metricById, messages),
    when: absoluteWhen(figure, metricById, messages),
  });
  const say = (text: string) => sentenceCase(text, messages.locale);
  for (const metric of metrics) {
    const figures = site.figuresByMetric.get(metric.id) ?? [];
    if (metric.cumulative) {
      for (const [later, earlier] of fallingCounts(figures, metric)) {
        const [now, before] = [words(later), words(earlier)];
        found.push({
          rule: 'count-falls',
          figure: later.id,
          against: earlier.id,
          others: 0,
          sentence: say(
            messages.format('consistency.countFalls', {
              laterBy: now.by,
              laterValue: now.value,
              laterWhen: now.when,
              earlierBy: before.by,
              earlierValue: before.value,
              earlierWhen: before.when,
            }),
          ),
        });
      }
    }
    for (const wholeId of metric.partOf) {
      const whole = site.metricById.get(wholeId);
      if (!whole) continue;
      const totals = (site.figuresByMetric.get(wholeId) ?? []).map(placed);
      for (const part of figures.map(placed)) {
        // One warning per part, against the lowest whole it exceeds, counting the others: never one per pair.
        let lowest: Placed | undefined;
        let count = 0;
        for (const total of totals) {
          if (!partExceedsWhole({ part, total, metric, whole })) continue;
          count++;
          if (!lowest || total.values.high < lowest.values.high) lowest = total;
        }
        if (!lowest) continue;
        const others = count - 1;
        const [of, total] = [words(part.figure), words(lowest.figure)];
        found.push({
          rule: 'part-exceeds-whole',
          figure: part.figure.id,
          against: lowest.figure.id,
          others,
          sentence: say(
            messages.format('consistency.partExceedsWhole', {
              partBy: of.by,
              part: metric.label,
              partValue: of.value,
              partWhen: of.when,
              wholeBy: total.by,
              whole: whole.label,
              wholeValue: total.value,
              wholeWhen: total.when,
              others,
            }),
          ),
        });
      }
    }
  }
  return found;
}

/**
 * Pairs [later, earlier]: each figure that is below the highest lower bound of the figures dated wholly before
 * it and outside the comparison window (the first of them by end date, on a tie). Every candidate is checked
 * against each figure: a sweep that keeps the earlier figures admitted for one figure is wrong for the next,
 * because figures of different precision and hedging do not end in the order they start.
 */
function fallingCounts(figures: readonly Figure[], metric: Metric): Array<[Figure, Figure]> {
  const spans = figures.map((figure) => ({ figure, span: figure.span }));
  const byEnd = [...spans].sort((a, b) => a.span.end - b.span.end);
  const pairs: Array<[Figure, Figure]> = [];
  for (const { figure, span } of spans) {
    let highestEarlier: Figure | undefined;
    for (const candidate of byEnd) {
      // Sorted by end: once a candidate ends after this figure begins, so do all that follow.
      if (candidate.span.end >= span.start) break;
      if (asOfSameDate(candidate.figure, figure, { a: metric, b: metric })) continue;
      if (!highestEarlier || valueInterval(candidate.figure).low > valueInterval(highestEarlier).low) {
        highestEarlier = candidate.figure;
      }
    }
    if (highestEarlier && isAbove(valueInterval(highestEarlier), valueInterval(figure))) {
      pairs.push([figure, highestEarlier]);
    }
  }
  return pairs;
}

/** A figure with its value and date intervals, worked out once rather than once per pair. */
interface Placed {
  readonly figure: Figure;
  readonly values: { readonly low: number; readonly high: number };
  readonly span: DateInterval;
}

function placed(figure: Figure): Placed {
  return { figure, values: valueInterval(figure), span: figure.span };
}

function partExceedsWhole(options: { part: Placed; total: Placed; metric: Metric; whole: Metric }): boolean {
  const { part, total, metric, whole } = options;
  if (!isAbove(part.values, total.values)) return false;
  if (asOfSameDate(part.figure, total.figure, { a: metric, b: whole })) return true;
  return whole.cumulative && part.span.end < total.span.start;
}
