// The oEmbed document of a metric's embed, linked from the metric page's <head>. Its thumbnail is the metric's
// chart as a PNG (src/data/images.ts).
import type { APIRoute } from 'astro';
import { shareImages } from '../../../data/images.ts';
import { r } from '../../../data/routes.ts';
import { getSite } from '../../../data/site.ts';
import { embedOEmbed, metricEmbed } from '../../../lib/embed/site-embeds.ts';
import type { Metric } from '../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().metrics.map((metric) => ({ params: { id: metric.id }, props: { metric } }));
}

export const GET: APIRoute<{ metric: Metric }> = ({ props }) => {
  const site = getSite();
  const image = shareImages.metric(props.metric);
  const oembed = embedOEmbed(site, metricEmbed(site, r, props.metric), { ...image, path: image.src });
  return new Response(`${JSON.stringify(oembed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
