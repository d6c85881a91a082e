import type { ExportContext } from '../lib/export/figures.ts';
import { r } from './routes.ts';
import { getSite } from './site.ts';

/** The site and routes of this build, for the data downloads. */
export function exportContext(): ExportContext {
  return { site: getSite(), routes: r };
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
