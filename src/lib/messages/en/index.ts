import * as areas from './areas.ts';

/**
 * The English catalog: every reader-facing string, in ICU MessageFormat, by area (`areas.ts`). A language's
 * catalog has the same ids; the ids are the contract that translations and a site's `ui` overrides write to.
 */
export const en = {
  ...areas.format,
  ...areas.relation,
  ...areas.site,
  ...areas.pages,
  ...areas.methodology,
  ...areas.chart,
  ...areas.image,
  ...areas.embed,
  ...areas.feed,
  ...areas.downloads,
  ...areas.consistency,
  ...areas.claimPage,
  ...areas.cite,
  ...areas.archive,
} as const;

export type MessageId = keyof typeof en;
