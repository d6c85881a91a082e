import { metricChartTitle } from '../lib/chart/site-timelines.ts';
import { measureText } from '../lib/image/fonts.ts';
import { PNG_WIDTH, pngHeight } from '../lib/image/render-png.ts';
import { claimCardImage, claimChartImage, metricChartImage } from '../lib/image/site-images.ts';
import type { Claim, Metric } from '../lib/model/types.ts';
import { r } from './routes.ts';
import { getSite } from './site.ts';

/** The images of this build's site: standalone charts and social cards, as SVG documents. */
export const images = {
  claimChart: (claim: Claim) => claimChartImage(getSite(), claim, { measure: measureText, routes: r }),
  metricChart: (metric: Metric) => metricChartImage(getSite(), metric, { measure: measureText, routes: r }),
  claimCard: (claim: Claim) => claimCardImage(getSite(), claim, { measure: measureText, routes: r }),
};

/** Response headers of an image endpoint. */
export const SVG_HEADERS = { 'Content-Type': 'image/svg+xml; charset=utf-8' };
export const PNG_HEADERS = { 'Content-Type': 'image/png' };

/** What a page's og:image needs to know about its share image. */
export interface ShareImage {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

export const shareImages = {
  /** A claim page shares its card. */
  claim(claim: Claim): ShareImage {
    const card = images.claimCard(claim);
    return { src: r.claimCard(claim.slug), width: card.width, height: card.height, alt: card.alt };
  },
  /** A metric page shares its chart, as a PNG. */
  metric(metric: Metric): ShareImage {
    const chart = images.metricChart(metric);
    return {
      src: r.metricChart(metric.id, 'png'),
      width: PNG_WIDTH,
      height: pngHeight(chart),
      alt: `Chart: ${metricChartTitle(getSite(), metric)}`,
    };
  },
};
