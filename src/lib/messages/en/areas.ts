/** Each area of the catalog, by name: the index merges them, a test checks that no id is defined twice. */
export { format } from './format.ts';
export { relation } from './relation.ts';
export { claimPage } from './claim-page.ts';
export { site } from './site.ts';
export { pages } from './pages.ts';
export { methodology } from './methodology.ts';
