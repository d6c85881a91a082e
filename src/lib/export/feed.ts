import type { Site } from '../model/types.ts';
import type { Routes } from '../routes.ts';
import { absoluteUrl } from '../routes.ts';

/** One item of the RSS feed, in the shape `@astrojs/rss` takes. */
export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly description: string;
  readonly pubDate: Date;
  readonly categories: string[];
}

/**
 * The feed's items: every claim, newest first; the description is the verdict label and the summary, the
 * date is the day `published` starts on, at midnight UTC (no build time, so the feed is the same every build).
 */
export function feedItems({ site, routes }: { site: Site; routes: Routes }): FeedItem[] {
  return site.claims.map((claim) => {
    const label = site.ratingById.get(claim.verdict)?.label ?? claim.verdict;
    return {
      title: claim.title,
      link: absoluteUrl(site.config.url, routes.claim(claim.slug)),
      description: site.messages.format('feed.item', { verdict: label, summary: claim.summary }),
      pubDate: new Date(claim.publishedDate.min),
      categories: [...claim.tags],
    };
  });
}
