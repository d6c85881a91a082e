import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { edition, languagePaths } from '../data/site.ts';
import { absoluteUrl } from '../lib/routes.ts';
import { feedItems } from '../lib/export/feed.ts';

export const getStaticPaths = languagePaths;

/**
 * The RSS feed of one language: its fact-checks, newest first. No build date, so every build writes the same feed.
 */
export const GET: APIRoute = ({ params }) => {
  const { site, r } = edition(params.lang);
  return rss({
    title: site.config.title,
    description: site.config.description,
    site: absoluteUrl(site.config.url, r.home),
    items: feedItems({ site, routes: r }),
    customData: `<language>${site.config.language}</language>`,
  });
};
