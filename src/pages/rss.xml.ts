import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { r } from '../data/routes.ts';
import { getSite } from '../data/site.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { feedItems } from '../lib/export/feed.ts';

/** The RSS feed: every fact-check, newest first. No build date, so every build writes the same feed. */
export const GET: APIRoute = () => {
  const site = getSite();
  return rss({
    title: site.config.title,
    description: site.config.description,
    site: absoluteUrl(site.config.url, r.home),
    items: feedItems({ site, routes: r }),
    customData: `<language>${site.config.language}</language>`,
  });
};
