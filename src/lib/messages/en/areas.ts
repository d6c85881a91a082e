/** Each area of the catalog, by name: the index merges them, a test checks that no id is defined twice. */
export { chart } from './chart.ts';
export { consistency } from './consistency.ts';
export { downloads } from './downloads.ts';
export { embed } from './embed.ts';
export { feed } from './feed.ts';
export { format } from './format.ts';
export { image } from './image.ts';
export { relation } from './relation.ts';
export { claimPage } from './claim-page.ts';
export { site } from './site.ts';
export { pages } from './pages.ts';
export { methodology } from './methodology.ts';
export { cite } from './cite.ts';
export { archive } from './archive.ts';
