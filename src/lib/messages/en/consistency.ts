/**
 * Figures of one site that cannot all be right, listed on a metric's page. `{…Value}` is a figure with its unit,
 * `{…When}` its date as the metric reads it ("by 25 March 2022"), `{…By}` who made the estimate.
 */
export const consistency = {
  /** A running total lower than an earlier count of it. */
  'consistency.countFalls':
    '{laterBy} put the number at {laterValue} {laterWhen}, less than {earlierBy} had given earlier: {earlierValue} {earlierWhen}. A running total only grows.',
  /** A part above its whole. `others` counts the further estimates of the whole it also exceeds. */
  'consistency.partExceedsWhole':
    '{partBy} put {part} at {partValue} {partWhen}. That is more than {wholeBy} gave for {whole}, which includes them: {wholeValue} {wholeWhen}.{others, plural, =0 {} one { It is also more than one other estimate of that total.} other { It is also more than # other estimates of that total.}}',
} as const;
