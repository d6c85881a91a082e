import type { Figure, Metric } from '../model/types.ts';
import type { DateInterval } from './date-interval.ts';
import { asOfSameDate } from './same-date.ts';
import { intervalsOverlap, isAbove, sideOf, valueInterval } from './value-interval.ts';

export type RelationKind = 'corroborates' | 'contradicts' | 'context';

/** Why a relation was found, for the sentence and the methodology page. */
export type RelationBasis =
  | 'same-date' // same metric, dates within the metric's window
  | 'running-total' // same cumulative metric, dates further apart
  | 'too-far-apart' // same non-cumulative metric, dates further apart
  | 'loose-dates' // same metric, dates that overlap but are too imprecise to be the same date
  | 'part-of-whole' // the claim counts a part of what the figure counts
  | 'whole-of-part' // the figure counts a part of what the claim counts
  | 'different-metric'
  | 'same-estimate'; // the same estimate as the claimed figure, reported by another source (`sameAs`)

/** How one figure bears on a claimed figure, computed from their values, dates and metrics. */
export interface ComputedRelation {
  readonly kind: RelationKind;
  readonly basis: RelationBasis;
  /** Where the claimed figure sits relative to the other, when their intervals do not overlap. */
  readonly direction: 'above' | 'below' | undefined;
}

export interface RelationInput {
  readonly claimed: Figure;
  readonly other: Figure;
  readonly metricById: ReadonlyMap<string, Metric>;
}

/**
 * The relation of `other` to the `claimed` figure:
 * - another report of the same estimate (`sameAs`) is context: it cannot check itself;
 * - same metric, dates within the window (or stated together in one source, or, for a metric that is not a running
 *   total, one period or a period within the other): overlapping values corroborate, disjoint ones contradict;
 * - same cumulative metric, dates further apart: a later count below an earlier one contradicts, anything
 *   else is consistent with a count that grew;
 * - a part above its whole at comparable dates (or, for a running-total whole, at any later date) contradicts;
 * - anything else is context.
 */
export function relationBetween({ claimed, other, metricById }: RelationInput): ComputedRelation {
  // Another report of the claimed estimate is not a check on it.
  if (claimed.estimate === other.estimate) return { kind: 'context', basis: 'same-estimate', direction: undefined };
  const a = { values: valueInterval(claimed), dates: claimed.span };
  const b = { values: valueInterval(other), dates: other.span };
  const claimedMetric = metricById.get(claimed.metric);
  const otherMetric = metricById.get(other.metric);
  if (!claimedMetric || !otherMetric) return { kind: 'context', basis: 'different-metric', direction: undefined };
  const sameDate = asOfSameDate(claimed, other, { a: claimedMetric, b: otherMetric });

  if (claimed.metric === other.metric) {
    if (sameDate) {
      return intervalsOverlap(a.values, b.values)
        ? { kind: 'corroborates', basis: 'same-date', direction: undefined }
        : { kind: 'contradicts', basis: 'same-date', direction: sideOf(a.values, b.values) };
    }
    if (!isBefore(a.dates, b.dates) && !isBefore(b.dates, a.dates)) {
      return { kind: 'context', basis: 'loose-dates', direction: undefined };
    }
    if (!claimedMetric.cumulative) return { kind: 'context', basis: 'too-far-apart', direction: undefined };
    if (isBefore(a.dates, b.dates) && isAbove(a.values, b.values)) {
      return { kind: 'contradicts', basis: 'running-total', direction: 'above' };
    }
    if (isBefore(b.dates, a.dates) && isAbove(b.values, a.values)) {
      return { kind: 'contradicts', basis: 'running-total', direction: 'below' };
    }
    return { kind: 'context', basis: 'running-total', direction: undefined };
  }

  if (claimedMetric.partOf.includes(other.metric)) {
    // The claim counts a part of what the other figure counts: it may not exceed it.
    const applies = sameDate || (otherMetric.cumulative && isBefore(a.dates, b.dates));
    return applies && isAbove(a.values, b.values)
      ? { kind: 'contradicts', basis: 'part-of-whole', direction: 'above' }
      : { kind: 'context', basis: 'part-of-whole', direction: undefined };
  }
  if (otherMetric.partOf.includes(claimed.metric)) {
    const applies = sameDate || (claimedMetric.cumulative && isBefore(b.dates, a.dates));
    return applies && isAbove(b.values, a.values)
      ? { kind: 'contradicts', basis: 'whole-of-part', direction: 'below' }
      : { kind: 'context', basis: 'whole-of-part', direction: undefined };
  }
  return { kind: 'context', basis: 'different-metric', direction: undefined };
}

function isBefore(a: DateInterval, b: DateInterval): boolean {
  return a.end < b.start;
}
