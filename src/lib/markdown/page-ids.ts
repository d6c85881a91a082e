/**
 * The ids a claim page gives its own sections, links and charts (src/pages/claims/[slug].astro and its components).
 * A heading of the claim's body whose id would repeat one of them ("## Sources" is `sources`) is given `body-` in
 * front (src/lib/markdown/safe-markdown.ts), so every id on the page is one element's, and the page's own links
 * (a feed's `#correction-1`, the timeline's `#estimates`) reach the page's sections. e2e/site.spec.ts checks that
 * no page repeats an id.
 */
const PAGE_IDS = new Set([
  'main',
  'verdict-heading',
  'figures',
  'estimates',
  'sources',
  'reasoning',
  'corrections',
  'about-this-check',
  'cite',
  'embed-code',
  'republish',
]);

/** Ids the page numbers or derives: `correction-2`, `cite-1`, `claim-timeline-title`, `symbol:claimed`. */
const PAGE_ID_PATTERNS = [/^correction-\d+$/, /^cite-\d+$/, /^republish-\d+$/, /^claim-timeline(-|$)/, /^symbol:/];

/** Whether a claim page already uses this id for something of its own. */
export function isPageId(id: string): boolean {
  return PAGE_IDS.has(id) || PAGE_ID_PATTERNS.some((pattern) => pattern.test(id));
}
