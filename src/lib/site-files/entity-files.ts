// The files a site has one of per claim or metric besides its pages: chart images, social cards, data downloads
// and oEmbed documents. The build writes them straight to disk (and rasterises PNGs on every core) instead of
// rendering each as an Astro route, which costs a few milliseconds of routing per file; the dev server serves
// them from the same list.
import { claimEmbed, embedOEmbed, metricEmbed } from '../embed/site-embeds.ts';
import { claimCsv, claimJson } from '../export/claims.ts';
import { metricCsv, metricJson } from '../export/figures.ts';
import { claimShareImage, metricShareImage } from '../image/share-image.ts';
import { claimCardImage, claimChartImage, metricChartImage, type SiteImageOptions } from '../image/site-images.ts';
import type { Site } from '../model/types.ts';

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
  | { readonly path: string; readonly owner: string; readonly type: 'png'; svg(): string };

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';
const SVG = 'image/svg+xml; charset=utf-8';

/** Every per-claim and per-metric file of the site, claims first, each in id order. Nothing is made until asked. */
export function entityFiles(site: Site, options: SiteImageOptions): EntityFile[] {
  const { routes } = options;
  let owner = '';
  const text = (path: string, contentType: string, make: () => string): EntityFile => ({
    path,
    owner,
    type: 'text',
    contentType,
    text: make,
  });
  const png = (path: string, svg: () => string): EntityFile => ({ path, owner, type: 'png', svg });
  const context = { site, routes };
  const oembed = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return [
    ...site.claims.flatMap((claim) => {
      owner = routes.claim(claim.slug);
      const chart = once(() => claimChartImage(site, claim, options).svg);
      const card = once(() => claimCardImage(site, claim, options));
      return [
        text(routes.claimChart(claim.slug, 'svg'), SVG, chart),
        png(routes.claimChart(claim.slug, 'png'), chart),
        png(routes.claimCard(claim.slug), () => card().svg),
        text(routes.claimData(claim.slug, 'csv'), CSV, () => claimCsv(context, claim)),
        text(routes.claimData(claim.slug, 'json'), JSON_TYPE, () => claimJson(context, claim)),
        text(routes.oembedClaim(claim.slug), JSON_TYPE, () => {
          const image = claimShareImage(claim, card(), options);
          return oembed(embedOEmbed(site, claimEmbed(site, routes, claim), { ...image, path: image.src }));
        }),
      ];
    }),
    ...site.metrics.flatMap((metric) => {
      owner = routes.metric(metric.id);
      const chart = once(() => metricChartImage(site, metric, options));
      return [
        text(routes.metricChart(metric.id, 'svg'), SVG, () => chart().svg),
        png(routes.metricChart(metric.id, 'png'), () => chart().svg),
        text(routes.metricData(metric.id, 'csv'), CSV, () => metricCsv(context, metric)),
        text(routes.metricData(metric.id, 'json'), JSON_TYPE, () => metricJson(context, metric)),
        text(routes.oembedMetric(metric.id), JSON_TYPE, () => {
          const image = metricShareImage(site, metric, chart(), options);
          return oembed(embedOEmbed(site, metricEmbed(site, routes, metric), { ...image, path: image.src }));
        }),
      ];
    }),
  ];
}

/** A function that computes its value on the first call only: a chart is both an SVG and a PNG. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/** The file's path on disk under the output folder: the URL path without the base, decoded. */
export function outputPath(urlPath: string, base: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const inside = urlPath.startsWith(root) ? urlPath.slice(root.length) : urlPath.replace(/^\//, '');
  return inside.split('/').map(decodeURIComponent).join('/');
}
