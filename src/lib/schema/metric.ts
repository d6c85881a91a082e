import { z } from 'zod';
import { edtfDate, id, line, text } from './fields.ts';
import { localized } from './localized.ts';

/** `metrics/<id>.yaml`: what a figure counts. The file name is the metric id. */
export const metricSchema = z.strictObject({
  /** What is counted, as a heading: "Russian military personnel killed" (or one per language). */
  label: localized(line),
  /** Unit of every value, plural: "people", "people per day", "percent". */
  unit: localized(line),
  /** What is and is not counted, so that figures are only compared like with like. */
  definition: localized(text),
  /** Optional: a running total, so later values cannot be lower. */
  cumulative: z.boolean().default(false),
  /** Optional: EDTF start of the count, e.g. the first day of the invasion. */
  since: edtfDate.optional(),
  /** Optional: how many days apart two figures may be and still be compared as of the same date (default 7). */
  window: z.number().int().min(0).max(3660).default(7),
  /** Optional: metrics this one is a part of; it can never exceed them at the same date. */
  partOf: z.array(id).default([]),
});

export type MetricData = z.output<typeof metricSchema>;
