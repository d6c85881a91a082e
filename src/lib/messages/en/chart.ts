/**
 * The timeline charts of claims and metrics, on pages, in embeds and in chart images: panel titles, the key, the
 * words under the chart, each mark's sentence for screen readers and tooltips, and a metric chart's takeaway.
 * `{value}` is a figure with its unit ("7,000–15,000 people"), `{when}` its date as the metric reads it ("by 23
 * March 2022", "for 2024"), `{by}` who made the estimate.
 */
export const chart = {
  /** A panel's heading: the metric and its unit. */
  'chart.panelTitle': '{metric} ({unit})',
  /** A panel whose values span orders of magnitude is drawn on a log scale, and says so. */
  'chart.logScale': '{title} · log scale',
  /** The line at a metric's `since`. */
  'chart.countStarts': 'Count starts {date}',

  /** A mark of a metric's chart, in words. */
  'chart.point.estimate': '{by} put the number at {value} {when}.',
  /** The claimed figure's mark on a claim's chart. */
  'chart.point.claimed': 'Claimed: {value} {when}, according to {by}.',
  /** A compared figure's mark on a claim's chart: its relation ({role}), then the comparison sentence. */
  'chart.point.related': '{role}. {sentence}',

  /** What a chart shows, before the sentence of each mark. `panels` is the number of metrics drawn. */
  'chart.description':
    '{count, plural, =0 {No figures are plotted.} one {One figure, plotted by date.} other {{panels, plural, =1 {{count, number} figures, plotted by date.} other {{count, number} figures, plotted by date in # panels, one for each measure.}}}}',

  /**
   * A metric chart's takeaway: how many estimates, the lowest and the highest. `{lowest}` and `{highest}` are
   * values with their dates ("1,351 people by 25 March 2022").
   */
  'chart.metricTitle':
    '{count, plural, =0 {No estimates of {metric} yet} one {One estimate of {metric}: {lowest}} other {# estimates of {metric}, from {lowest} to {highest}}}',
  /** A value with its date, in a metric chart's takeaway. */
  'chart.valueWhen': '{value} {when}',
  /** Shown instead of a metric's chart when it has no figure. */
  'chart.metricEmpty': 'No source reports a figure of this metric yet.',

  /** The credits under a chart: `{sources}` is the list of the entries below. */
  'chart.sources': 'Sources: {sources}.',
  /** One source in the credits, by its title. */
  'chart.source': '“{title}”',
  /** One source in the credits, with who made the estimates it reports. */
  'chart.sourceWithEstimators': '“{title}” ({estimators})',
  /** Where the reader finds every value, after the credits. */
  'chart.values.table': 'Every value is in the table below the chart.',
  'chart.values.fullPage': 'Every value is on the full page.',

  /** How to move through a chart's figures from the keyboard, read when the chart takes focus. */
  'chart.keys': 'Use the arrow keys to go from figure to figure in date order, Home and End for the first and last.',

  /** The key under a chart: the accessible name of the list, then the kinds of line a chart draws. */
  'chart.key': 'Key',
  'chart.key.range': 'Capped bar: a range; arrow: “more than” or “up to”',
  'chart.key.span': 'Line between end ticks: a figure dated only to a period (a box when its value is a range)',
  'chart.key.approx': 'Dashed ring or line: an approximate figure',
  /** Marks too close together to label carry a number instead; the key under the chart says what each one is. */
  'chart.callouts': 'Numbered marks: {list}.',
  'chart.callout': '{number}: {label}',
  /** Under a compact embed's chart, which draws only the measures with a claimed or compared figure. */
  'chart.panelsLeftOut':
    '{count, plural, one {# more measure, for context only, is} other {# more measures, for context only, are}} on the full page.',
  /** Said under the chart when some marks have room neither for their label nor for a number. */
  'chart.unlabelled':
    '{count, plural, one {# figure is} other {# figures are}} too close to others to be labelled in the chart; every value is in the table.',

  /** A metric chart too large to draw inside a claim's body is shown as its image, linked to the metric's page. */
  'chart.image.alt': 'Chart of {count, plural, one {the one figure} other {all # figures}} of {metric}, by date.',
  'chart.image.tooMany':
    '{count, plural, one {# figure} other {# figures}} from {sources, plural, one {# source} other {# sources}}, too many to draw inside this page: <link>every figure and its source, with the interactive chart, on the page of {metric}</link>.',
} as const;
