import type { APIRoute } from 'astro';
import { JSON_HEADERS, exportContext } from '../../../data/export.ts';
import { getSite } from '../../../data/site.ts';
import { claimJson } from '../../../lib/export/claims.ts';
import type { Claim } from '../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

/** One claim's figures and how each bears on it. */
export const GET: APIRoute<{ claim: Claim }> = ({ props }) =>
  new Response(claimJson(exportContext(), props.claim), { headers: JSON_HEADERS });
