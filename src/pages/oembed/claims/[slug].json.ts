// The oEmbed document of a claim's embed, linked from the claim page's <head>. Its thumbnail is the claim's
// social card (src/data/images.ts).
import type { APIRoute } from 'astro';
import { shareImages } from '../../../data/images.ts';
import { r } from '../../../data/routes.ts';
import { getSite } from '../../../data/site.ts';
import { claimEmbed, embedOEmbed } from '../../../lib/embed/site-embeds.ts';
import type { Claim } from '../../../lib/model/types.ts';

export function getStaticPaths() {
  return getSite().claims.map((claim) => ({ params: { slug: claim.slug }, props: { claim } }));
}

export const GET: APIRoute<{ claim: Claim }> = ({ props }) => {
  const site = getSite();
  const image = shareImages.claim(props.claim);
  const oembed = embedOEmbed(site, claimEmbed(site, r, props.claim), { ...image, path: image.src });
  return new Response(`${JSON.stringify(oembed, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
