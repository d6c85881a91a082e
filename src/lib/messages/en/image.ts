/**
 * The standalone images: a claim's or a metric's chart as an SVG or PNG, and a claim's social card. Chart text
 * shared with the pages (key, credits, panel titles) is in the chart area.
 */
export const image = {
  /**
   * The line above a claim chart's title, and the first line of a claim embed's fallback quote: who made the claim,
   * when, and the claim as reviewed (the editor's statement of it, so not in quotation marks).
   */
  'image.claimKicker': 'Claim by {claimant}, {date}: {claim}',
  /** A claim's chart image, under the claim: the verdict, so that the image shared alone carries it. */
  'image.chart.verdict': 'Our verdict: {verdict}',
  /** Shown instead of a claim's chart when it has no figure. */
  'image.noFigures': 'No estimates to plot.',
  /** Shown instead of a chart when the caller gives nothing more specific. */
  'image.nothingToPlot': 'Nothing to plot yet.',
  /** The text alternative of a metric's chart image where a page shares it. */
  'image.chartAlt': 'Chart: {title}',

  /** The card's first line, shown in capitals: "FACT-CHECK · Site". */
  'image.card.eyebrow': 'Fact-check',
  /** Above the verdict, shown in capitals. */
  'image.card.verdictHeading': 'Our verdict',
  /** What the card shows, in words: its alt text where pages share it. */
  'image.card.alt': 'Fact-check of a claim by {claimant}, {date}. Verdict: {verdict}. The claim: {claim}',
  /** The card's own title, in the SVG: the alt text and the site. */
  'image.card.title': '{site}: fact-check of a claim by {claimant}, {date}. Verdict: {verdict}. The claim: {claim}',
} as const;
