import type { APIRoute } from 'astro';
import { CSV_HEADERS, exportContext } from '../../../data/export.ts';
import { getSite } from '../../../data/site.ts';
import { metricCsv } from '../../../lib/export/figures.ts';
import type { Metric } from '../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().metrics.map((metric) => ({ params: { id: metric.id }, props: { metric } }));
}

/** Every figure of one metric. */
export const GET: APIRoute<{ metric: Metric }> = ({ props }) =>
  new Response(metricCsv(exportContext(), props.metric), { headers: CSV_HEADERS });
