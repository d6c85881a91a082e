import type { APIRoute } from 'astro';
import { images, SVG_HEADERS } from '../../../../data/images.ts';
import { getSite } from '../../../../data/site.ts';
import type { Metric } from '../../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().metrics.map((metric) => ({ params: { id: metric.id }, props: { metric } }));
}

/** The metric's chart as a standalone SVG. */
export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(images.metricChart(props.metric).svg, { headers: SVG_HEADERS });
