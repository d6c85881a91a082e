import type { APIRoute } from 'astro';
import { CSV_HEADERS, exportContext } from '../../../data/export.ts';
import { getSite } from '../../../data/site.ts';
import { claimCsv } from '../../../lib/export/claims.ts';
import type { Claim } from '../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

/** One claim's figures and how each bears on it. */
export const GET: APIRoute<{ claim: Claim }> = ({ props }) =>
  new Response(claimCsv(exportContext(), props.claim), { headers: CSV_HEADERS });
