import { formatEdtfDate } from '../format/date.ts';
import { formatFigureValue } from '../format/number.ts';
import type { Figure, Metric, Site } from '../model/types.ts';
import { comparableDates, dateInterval } from './date-interval.ts';
import { valueInterval } from './value-interval.ts';

/** Two figures that cannot both be right. */
export interface Inconsistency {
  readonly rule: 'count-falls' | 'part-exceeds-whole';
  /** The later figure (count-falls) or the part (part-exceeds-whole): where the problem is reported. */
  readonly figure: string;
  readonly against: string;
  readonly sentence: string;
}

/**
 * Figures of one site that contradict each other: a running total that is lower than an earlier count of the
 * same metric, and a part above its whole at a comparable date (or above a running-total whole dated later).
 * Each metric's figures are swept once in date order.
 */
export function metricInconsistencies(site: Site): Inconsistency[] {
  const found: Inconsistency[] = [];
  const locale = site.config.language;
  const describe = (figure: Figure) =>
    `${formatFigureValue(figure, { locale })} by ${figure.by} (${formatEdtfDate(figure.date, { locale })})`;
  for (const metric of site.metrics) {
    const figures = site.figuresByMetric.get(metric.id) ?? [];
    if (metric.cumulative) {
      for (const [later, earlier] of fallingCounts(figures, metric)) {
        found.push({
          rule: 'count-falls',
          figure: later.id,
          against: earlier.id,
          sentence: `${capitalise(describe(later))} is lower than the earlier ${describe(earlier)}, but ${metric.label.toLowerCase()} is a running total.`,
        });
      }
    }
    for (const wholeId of metric.partOf) {
      const whole = site.metricById.get(wholeId);
      if (!whole) continue;
      for (const part of figures) {
        for (const total of site.figuresByMetric.get(wholeId) ?? []) {
          if (!partExceedsWhole({ part, total, metric, whole })) continue;
          found.push({
            rule: 'part-exceeds-whole',
            figure: part.id,
            against: total.id,
            sentence: `${capitalise(describe(part))} of ${metric.label.toLowerCase()} is more than ${describe(total)} of ${whole.label.toLowerCase()}, which includes them.`,
          });
        }
      }
    }
  }
  return found;
}

/** Pairs [later, earlier] where the later count is below the highest earlier lower bound. */
function fallingCounts(figures: readonly Figure[], metric: Metric): Array<[Figure, Figure]> {
  const byEnd = [...figures].sort((a, b) => dateInterval(a.date).end - dateInterval(b.date).end);
  const pairs: Array<[Figure, Figure]> = [];
  let next = 0;
  let highestEarlier: Figure | undefined;
  for (const figure of figures) {
    const span = dateInterval(figure.date);
    // Admit every figure that ended before this one began and is outside the comparison window.
    while (next < byEnd.length) {
      const candidate = byEnd[next] as Figure;
      const candidateSpan = dateInterval(candidate.date);
      if (candidateSpan.end >= span.start || comparableDates(candidateSpan, span, metric.window)) break;
      if (!highestEarlier || valueInterval(candidate).low > valueInterval(highestEarlier).low)
        highestEarlier = candidate;
      next++;
    }
    if (highestEarlier && valueInterval(figure).high < valueInterval(highestEarlier).low) {
      pairs.push([figure, highestEarlier]);
    }
  }
  return pairs;
}

function partExceedsWhole(options: { part: Figure; total: Figure; metric: Metric; whole: Metric }): boolean {
  const { part, total, metric, whole } = options;
  if (!(valueInterval(part).low > valueInterval(total).high)) return false;
  const partSpan = dateInterval(part.date);
  const totalSpan = dateInterval(total.date);
  const sameStatement = part.source === total.source && part.asOf === total.asOf;
  if (sameStatement || comparableDates(partSpan, totalSpan, Math.max(metric.window, whole.window))) return true;
  return whole.cumulative && partSpan.end < totalSpan.start;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
