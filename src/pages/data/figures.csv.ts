import type { APIRoute } from 'astro';
import { languagePaths } from '../../data/site.ts';
import { CSV_HEADERS, exportContext } from '../../data/export.ts';
import { figuresCsv } from '../../lib/export/figures.ts';

/** Every figure of the site, one row each. */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(figuresCsv(exportContext(params.lang)), { headers: CSV_HEADERS });
