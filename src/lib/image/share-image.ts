import type { Claim, Metric, Site } from '../model/types.ts';
import { PNG_WIDTH, pngHeight } from './render-png.ts';
import type { SvgImage } from './chart-svg.ts';
import type { SiteImageOptions } from './site-images.ts';

/** What a page's og:image and an oEmbed thumbnail need to know about a share image. */
export interface ShareImage {
  readonly src: string;
  readonly width: number;
  readonly height: number;
  readonly alt: string;
}

/** A claim is shared with its card (claimCardImage). */
export function claimShareImage(
  claim: Claim,
  card: { readonly width: number; readonly height: number; readonly alt: string },
  options: SiteImageOptions,
): ShareImage {
  return { src: options.routes.claimCard(claim.slug), width: card.width, height: card.height, alt: card.alt };
}

/** A metric is shared with its chart (metricChartImage), as a PNG. */
export function metricShareImage(
  input: { site: Site; metric: Metric; chart: { readonly title: string } },
  image: SvgImage,
  options: SiteImageOptions,
): ShareImage {
  const { site, metric, chart } = input;
  return {
    src: options.routes.metricChart(metric.id, 'png'),
    width: PNG_WIDTH,
    height: pngHeight(image),
    alt: site.messages.format('image.chartAlt', { title: chart.title }),
  };
}
