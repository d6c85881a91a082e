// Ids for the headings of a claim's body, given before Astro's own heading-ids plugin (which keeps an id it finds):
// the same slugs (github-slugger, as Astro makes them), but `body-` in front of one that the claim page already
// uses for a section of its own (src/lib/markdown/page-ids.ts), so no page repeats an id.
import Slugger from 'github-slugger';
import type { HastPluginDefinition } from 'satteri';
import { isPageId } from './page-ids.ts';

/** A plugin per document, each with its own slugger: "Method", "Method" are `method` and `method-1`. */
export const bodyHeadingIds = (): HastPluginDefinition => {
  const slugger = new Slugger();
  return {
    name: 'claimline-body-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        if (typeof node.properties?.['id'] === 'string') return;
        const slug = slugger.slug(ctx.textContent(node));
        ctx.setProperty(node, 'id', isPageId(slug) ? `body-${slug}` : slug);
      },
    },
  };
};
