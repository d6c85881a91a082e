/**
 * The most figures a chart drawn inside a claim's body (`<Timeline metric>` in MDX) may have. A chart is drawn
 * twice inline (phone and desktop) with a description listing every figure, about 150 bytes a figure each time: a
 * metric of 625 figures made a 120 KB claim page. Past this, the body shows the metric's chart as an image (the
 * same SVG newsrooms embed) linked to the metric page, which has the chart, the table and every source.
 */
export const MAX_INLINE_FIGURES = 60;

/** Whether a chart of this many figures is drawn inside the page, rather than shown as an image. */
export function drawsInline(figures: number): boolean {
  return figures <= MAX_INLINE_FIGURES;
}
