import type { Figure, Metric } from '../model/types.ts';
import { comparableDates, samePeriod } from './date-interval.ts';

/**
 * Whether two figures stand as of the same date: the one rule every comparison uses (relations, a metric's
 * consistency, the same-estimate warning). They do when one source states both with the same date, whatever its
 * precision; when neither metric is a running total and both give a value for one period (2024, or June 2024
 * within it); or when every day either may mean lies within the wider of the two metrics' windows.
 */
export function asOfSameDate(a: Figure, b: Figure, metrics: { readonly a: Metric; readonly b: Metric }): boolean {
  const sameStatement = a.source === b.source && a.asOf === b.asOf;
  const periods = !metrics.a.cumulative && !metrics.b.cumulative && samePeriod(a.date, b.date);
  return sameStatement || periods || comparableDates(a.span, b.span, Math.max(metrics.a.window, metrics.b.window));
}
