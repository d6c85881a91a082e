import type { ExportContext } from '../lib/export/figures.ts';
import { edition } from './site.ts';

/**
 * The site and routes of this build in one language (a page's `lang` parameter), for the data downloads; each
 * claim's analysis comes from its view.
 */
export function exportContext(language: string | undefined): ExportContext {
  const { site, r, views } = edition(language);
  return { site, routes: r, analysis: (claim) => views.claim(claim).analysis };
}

export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
export const JSON_HEADERS = { 'Content-Type': 'application/json; charset=utf-8' };
