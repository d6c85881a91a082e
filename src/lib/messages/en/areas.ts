/** Each area of the catalog, by name: the index merges them, a test checks that no id is defined twice. */
export { format } from './format.ts';
export { relation } from './relation.ts';
export { claimPage } from './claim-page.ts';
