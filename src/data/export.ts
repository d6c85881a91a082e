import type { ExportContext } from '../lib/export/figures.ts';
import { r } from './routes.ts';
import { getSite, getViews } from './site.ts';

/** The site and routes of this build, for the data downloads; each claim's analysis comes from its view. */
export function exportContext(): ExportContext {
  const views = getViews();
  return { site: getSite(), routes: r, analysis: (claim) => views.claim(claim).analysis };
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
