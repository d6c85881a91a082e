import { measureText } from '../lib/image/fonts.ts';
import { claimShareImage, metricShareImage, type ShareImage } from '../lib/image/share-image.ts';
import { claimCardImage, metricChartImage } from '../lib/image/site-images.ts';
import type { Claim, Metric } from '../lib/model/types.ts';
import { r } from './routes.ts';
import { getSite } from './site.ts';

export type { ShareImage };

/** The image a page shares (og:image): a claim's card, a metric's chart. */
export const shareImages = {
  claim(claim: Claim): ShareImage {
    const options = { measure: measureText, routes: r };
    return claimShareImage(claim, claimCardImage(getSite(), claim, options), options);
  },
  metric(metric: Metric): ShareImage {
    const options = { measure: measureText, routes: r };
    return metricShareImage(getSite(), metric, metricChartImage(getSite(), metric, options), options);
  },
};
