import type { APIRoute } from 'astro';
import { CSV_HEADERS, exportContext } from '../../data/export.ts';
import { figuresCsv } from '../../lib/export/figures.ts';

/** Every figure of the site, one row each. */
export const GET: APIRoute = () => new Response(figuresCsv(exportContext()), { headers: CSV_HEADERS });
