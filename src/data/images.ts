import { measureText } from '../lib/image/fonts.ts';
import { weakMemo } from '../lib/memo/weak-memo.ts';
import { claimShareImage, metricShareImage, type ShareImage } from '../lib/image/share-image.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/image/card-svg.ts';
import { claimCardAlt, metricChartImage } from '../lib/image/site-images.ts';
import type { SvgImage } from '../lib/image/chart-svg.ts';
import type { Claim, Metric, Site } from '../lib/model/types.ts';
import { r } from './routes.ts';
import { getSite } from './site.ts';

export type { ShareImage };

/** The image a page shares (og:image): a claim's card, a metric's chart. */
export const shareImages = {
  claim(claim: Claim): ShareImage {
    // The card's size is fixed and its alt text is made without drawing it: a page only links to the PNG.
    const card = { width: CARD_WIDTH, height: CARD_HEIGHT, alt: claimCardAlt(getSite(), claim) };
    return claimShareImage(claim, card, { measure: measureText, routes: r });
  },
  metric(metric: Metric): ShareImage {
    return metricShareImage(getSite(), metric, metricChart(metric), { measure: measureText, routes: r });
  },
};

const metricCharts = weakMemo<Site, string, SvgImage>();

/** A metric's chart image (images/metrics/<id>/chart.svg), drawn once per site: its page and claim bodies show it. */
export function metricChart(metric: Metric): SvgImage {
  const site = getSite();
  return metricCharts(site, metric.id, () => metricChartImage(site, metric, { measure: measureText, routes: r }));
}
