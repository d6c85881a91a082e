// Everything the site shows of one claim, derived once per content generation: its page, embed page, MDX
// <Timeline claim>, chart image, social card, oEmbed document and data downloads all render from it.
import { analyseClaim, type ClaimAnalysis } from '../compare/claim-analysis.ts';
import { claimEmbed, embedOEmbed, type Embed } from '../embed/site-embeds.ts';
import { claimCsv, claimJson } from '../export/claims.ts';
import { claimShareImage, type ShareImage } from '../image/share-image.ts';
import { claimCardAlt, claimCardImage, claimChartImage } from '../image/site-images.ts';
import { CARD_HEIGHT, CARD_WIDTH } from '../image/card-svg.ts';
import type { SvgImage } from '../image/chart-svg.ts';
import type { Claim } from '../model/types.ts';
import { claimChart, type ChartView } from './chart-view.ts';
import type { ViewContext } from './context.ts';
import { lazy } from './lazy.ts';

export interface ClaimView {
  readonly claim: Claim;
  /** The claimed figures weighed against the compared ones: relations, assessment, summary. */
  readonly analysis: ClaimAnalysis;
  readonly chart: ChartView;
  readonly embed: Embed;
  /** The chart as a standalone image (images/claims/<slug>/chart.svg and .png). */
  readonly chartImage: SvgImage;
  /** The social card (images/claims/<slug>/card.png). */
  readonly card: SvgImage & { readonly alt: string };
  /** What a page's og:image says of the card, without drawing it. */
  readonly share: ShareImage;
  /** data/claims/<slug>.csv and .json. */
  readonly data: { readonly csv: string; readonly json: string };
  /** oembed/claims/<slug>.json. */
  readonly oembed: string;
}

export function claimView(context: ViewContext, claim: Claim): ClaimView {
  const { site, routes } = context;
  return lazy<ClaimView>({
    claim: () => claim,
    analysis: () => analyseClaim(site, claim),
    chart: (view) => claimChart(site, claim, view.analysis),
    embed: (view) => claimEmbed({ site, routes, claim, analysis: view.analysis, chart: view.chart }),
    chartImage: (view) => claimChartImage({ site, claim, chart: view.chart }, context),
    card: () => claimCardImage(site, claim, context),
    // The card's size is fixed and its alt text is made without drawing it: a page only links to the PNG.
    share: () =>
      claimShareImage(claim, { width: CARD_WIDTH, height: CARD_HEIGHT, alt: claimCardAlt(site, claim) }, context),
    data: (view) => {
      const exportContext = { site, routes, analysis: () => view.analysis };
      return lazy<ClaimView['data']>({
        csv: () => claimCsv(exportContext, claim),
        json: () => claimJson(exportContext, claim),
      });
    },
    oembed: (view) => {
      const image = claimShareImage(claim, view.card, context);
      return oembedText(embedOEmbed(site, view.embed, { ...image, path: image.src }));
    },
  });
}

/** An oEmbed document as the file holds it. */
export function oembedText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
