// The files a site has one of per claim or metric besides its pages: chart images, social cards, data downloads
// and oEmbed documents. The build writes them straight to disk (and rasterises PNGs on every core) instead of
// rendering each as an Astro route, which costs a few milliseconds of routing per file; the dev server serves
// them from the same list. Each file is a part of its claim's or metric's view (src/lib/views).
import type { SiteViews } from '../views/site-views.ts';

/**
 * One file: its URL path (under the site's base) and how to make it. PNGs are given as the SVG to rasterise. Its
 * owner is the page of the claim or metric it belongs to, which shows everything the file does: when an
 * incremental build keeps that page, it keeps the file too.
 */
export type EntityFile =
  | {
      readonly path: string;
      readonly owner: string;
      readonly type: 'text';
      readonly contentType: string;
      text(): string;
    }
  | {
      readonly path: string;
      readonly owner: string;
      readonly type: 'png';
      readonly contentType: typeof PNG;
      svg(): string;
    };

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const SVG = 'image/svg+xml; charset=utf-8';
const PNG = 'image/png';

/** Every per-claim and per-metric file of the site, claims first, each in id order. Nothing is made until asked. */
export function entityFiles(views: SiteViews): EntityFile[] {
  const { site, routes } = views.context;
  return [
    ...site.claims.flatMap((claim): EntityFile[] => {
      const owner = routes.claim(claim.slug);
      const view = () => views.claim(claim);
      return [
        {
          path: routes.claimChart(claim.slug, 'svg'),
          owner,
          type: 'text',
          contentType: SVG,
          text: () => view().chartImage.svg,
        },
        {
          path: routes.claimChart(claim.slug, 'png'),
          owner,
          type: 'png',
          contentType: PNG,
          svg: () => view().chartImage.svg,
        },
        { path: routes.claimCard(claim.slug), owner, type: 'png', contentType: PNG, svg: () => view().card.svg },
        {
          path: routes.claimData(claim.slug, 'csv'),
          owner,
          type: 'text',
          contentType: CSV,
          text: () => view().data.csv,
        },
        {
          path: routes.claimData(claim.slug, 'json'),
          owner,
          type: 'text',
          contentType: JSON_TYPE,
          text: () => view().data.json,
        },
        {
          path: routes.oembedClaim(claim.slug),
          owner,
          type: 'text',
          contentType: JSON_TYPE,
          text: () => view().oembed,
        },
      ];
    }),
    ...site.metrics.flatMap((metric): EntityFile[] => {
      const owner = routes.metric(metric.id);
      const view = () => views.metric(metric);
      return [
        {
          path: routes.metricChart(metric.id, 'svg'),
          owner,
          type: 'text',
          contentType: SVG,
          text: () => view().chartImage.svg,
        },
        {
          path: routes.metricChart(metric.id, 'png'),
          owner,
          type: 'png',
          contentType: PNG,
          svg: () => view().chartImage.svg,
        },
        {
          path: routes.metricData(metric.id, 'csv'),
          owner,
          type: 'text',
          contentType: CSV,
          text: () => view().data.csv,
        },
        {
          path: routes.metricData(metric.id, 'json'),
          owner,
          type: 'text',
          contentType: JSON_TYPE,
          text: () => view().data.json,
        },
        {
          path: routes.oembedMetric(metric.id),
          owner,
          type: 'text',
          contentType: JSON_TYPE,
          text: () => view().oembed,
        },
      ];
    }),
  ];
}

/** The file's path on disk under the output folder: the URL path without the base, decoded. */
export function outputPath(urlPath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = urlPath.startsWith(root) ? urlPath.slice(root.length) : urlPath.replace(/^\//, '');
  return inside.split('/').map(decodeURIComponent).join('/');
}
