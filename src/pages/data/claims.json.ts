import type { APIRoute } from 'astro';
import { exportContext, JSON_HEADERS } from '../../data/export.ts';
import { claimsJson } from '../../lib/export/claims.ts';

/** Every claim with its verdict, figures and relations. */
export const GET: APIRoute = () => new Response(claimsJson(exportContext()), { headers: JSON_HEADERS });
