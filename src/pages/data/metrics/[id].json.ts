import type { APIRoute } from 'astro';
import { JSON_HEADERS, exportContext } from '../../../data/export.ts';
import { getSite } from '../../../data/site.ts';
import { metricJson } from '../../../lib/export/figures.ts';
import type { Metric } from '../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().metrics.map((metric) => ({ params: { id: metric.id }, props: { metric } }));
}

/** Every figure of one metric. */
export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(metricJson(exportContext(), props.metric), { headers: JSON_HEADERS });
