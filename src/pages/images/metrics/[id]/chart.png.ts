import type { APIRoute } from 'astro';
import { images, PNG_HEADERS } from '../../../../data/images.ts';
import { getSite } from '../../../../data/site.ts';
import { cachedRenderPng } from '../../../../lib/image/render-png.ts';
import type { Metric } from '../../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().metrics.map((metric) => ({ params: { id: metric.id }, props: { metric } }));
}

/** The metric's chart as a PNG, 1200 px wide. */
export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(cachedRenderPng(images.metricChart(props.metric).svg), { headers: PNG_HEADERS });
