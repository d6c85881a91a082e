import type { APIRoute } from 'astro';
import { images, PNG_HEADERS } from '../../../../data/images.ts';
import { getSite } from '../../../../data/site.ts';
import { cachedRenderPng } from '../../../../lib/image/render-png.ts';
import type { Claim } from '../../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

/** The claim's chart as a PNG, 1200 px wide. */
export const GET: APIRoute<{ claim: Claim }> = ({ props }) =>
  new Response(cachedRenderPng(images.claimChart(props.claim).svg), { headers: PNG_HEADERS });
