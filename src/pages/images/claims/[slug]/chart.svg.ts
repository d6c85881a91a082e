import type { APIRoute } from 'astro';
import { images, SVG_HEADERS } from '../../../../data/images.ts';
import { getSite } from '../../../../data/site.ts';
import type { Claim } from '../../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

/** The claim's chart as a standalone SVG. */
export const GET: APIRoute<{ claim: Claim }> = ({ props }) =>
  new Response(images.claimChart(props.claim).svg, { headers: SVG_HEADERS });
