import { measureText } from '../lib/image/fonts.ts';
import { claimShareImage, metricShareImage, type ShareImage } from '../lib/image/share-image.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/image/card-svg.ts';
import { claimCardAlt, metricChartImage } from '../lib/image/site-images.ts';
import type { Claim, Metric } from '../lib/model/types.ts';
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
    const options = { measure: measureText, routes: r };
    return metricShareImage(getSite(), metric, metricChartImage(getSite(), metric, options), options);
  },
};
