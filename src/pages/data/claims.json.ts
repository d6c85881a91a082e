import type { APIRoute } from 'astro';
import { languagePaths } from '../../data/site.ts';
import { exportContext, JSON_HEADERS } from '../../data/export.ts';
import { claimsJson } from '../../lib/export/claims.ts';

/** Every claim with its verdict, figures and relations. */
export const getStaticPaths = languagePaths;

export const GET: APIRoute = ({ params }) =>
  new Response(claimsJson(exportContext(params.lang)), { headers: JSON_HEADERS });
