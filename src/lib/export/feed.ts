import type { Site } from '../model/types.ts';
import type { Routes } from '../routes.ts';
import { absoluteUrl } from '../routes.ts';
import { edtfDate } from '../model/edtf-date.ts';

/** One item of the RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly description: string;
  readonly pubDate: Date;
  readonly categories: string[];
}

/**
 * The feed's items, newest first: every claim, and every correction of one (so that subscribers hear of it). A
 * claim's item says its verdict and summary, dated the day `published` starts on; a correction's says what was
 * corrected, dated by the correction and linked to it on the claim's page. Dates are midnight UTC (no build time,
 * so the feed is the same every build); items of one day keep the site's order, each claim before its corrections.
 */
export function feedItems({ site, routes }: { site: Site; routes: Routes }): FeedItem[] {
  const items = site.claims.flatMap((claim, order) => {
    const label = site.ratingById.get(claim.verdict)?.label ?? claim.verdict;
    const link = absoluteUrl(site.config.url, routes.claim(claim.slug));
    const categories = [...claim.tags];
    return [
      {
        order,
        item: {
          title: claim.title,
          link,
          description: site.messages.format('feed.item', { verdict: label, summary: claim.summary }),
          pubDate: new Date(claim.publishedDate.min),
          categories,
        },
      },
      ...claim.corrections.map((correction, index) => ({
        order,
        item: {
          title: site.messages.format('feed.correctionTitle', { title: claim.title }),
          link: `${link}#${correctionAnchor(index)}`,
          description: correction.text,
          pubDate: new Date(edtfDate(correction.date).min),
          categories,
        },
      })),
    ];
  });
  return items
    .map((entry, index) => ({ ...entry, index }))
    .sort((a, b) => b.item.pubDate.getTime() - a.item.pubDate.getTime() || a.order - b.order || a.index - b.index)
    .map(({ item }) => item);
}

/** The id of a claim's correction on its page (1-based, as the corrections are listed): `correction-1`. */
export function correctionAnchor(index: number): string {
  return `correction-${index + 1}`;
}
