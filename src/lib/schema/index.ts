export { claimSchema, compareEntrySchema, correctionSchema, stanceSchema } from './claim.ts';
export type { ClaimData, CompareEntry, Stance } from './claim.ts';
export { edtfDate, httpUrl, id, ID_PATTERN, line, MAX_LINE_LENGTH, MAX_TEXT_LENGTH, text } from './fields.ts';
export { metricSchema } from './metric.ts';
export type { MetricData } from './metric.ts';
export { figureSchema, MAX_FIGURES_PER_SOURCE, sourceSchema } from './source.ts';
export type { FigureData, SourceData } from './source.ts';
export { ratingSchema, siteSchema } from './site.ts';
export type { Rating, SiteConfig } from './site.ts';
