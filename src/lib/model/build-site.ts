import { primaryLanguage } from '../messages/catalogs.ts';
import { isMessageId } from '../messages/overrides.ts';
import { createMessages, type Messages } from '../messages/messages.ts';
import { claimedFigureIds } from '../schema/claim.ts';
import path from 'node:path';
import type { ValidatedContent } from '../check/content.ts';
import { figureSpan } from '../compare/date-interval.ts';
import { compareDates, edtfDate } from './edtf-date.ts';
import { isStale, lastChange } from './translation.ts';
import { sameLanguage, siteLanguages, textIn } from './languages.ts';
import { resolveEstimates } from './estimates.ts';
import type { LocalizedText, Rating, SiteConfig } from '../schema/index.ts';
import type { Claim, ClaimOriginal, Comparison, Figure, Metric, Site, Source } from './types.ts';

/**
 * Links validated content into the indexed Site of its default language. Call only on content the checker passed
 * without errors: every reference is assumed to resolve.
 */
export function buildSite(content: ValidatedContent, options: { contentDir: string; drafts?: boolean }): Site {
  const [site] = buildSites(content, options);
  if (!site) throw new Error('buildSites made no site'); // for developers
  return site;
}

/**
 * One Site per language of the site (site.yaml `languages`), its default language first: each with the text
 * fields in its language, its catalog, and the claims written in it. Sources and figures are one set, shared.
 */
export function buildSites(content: ValidatedContent, options: { contentDir: string; drafts?: boolean }): Site[] {
  if (!content.site) throw new Error('buildSite needs site.yaml; run the checker first');
  const file = content.site.data;
  const relative = (absolute: string) => path.relative(options.contentDir, absolute).split(path.sep).join('/');
  const languages = siteLanguages(file);
  const defaultLanguage = languages[0] ?? file.language;

  const parts = new Map<string, string[]>();
  for (const metric of content.metrics) {
    for (const whole of metric.data.partOf) parts.set(whole, [...(parts.get(whole) ?? []), metric.file.id]);
  }
  const sinceOf = new Map(
    content.metrics.map(({ file: { id }, data }) => [id, data.since === undefined ? undefined : edtfDate(data.since)]),
  );
  const { estimateOf } = resolveEstimates(
    new Map(content.sources.flatMap(({ data }) => data.figures.map((figure) => [figure.id, figure.sameAs] as const))),
  );
  const figures: Figure[] = [];
  const sources: Source[] = content.sources.map(({ file, data }) => {
    const { figures: declared, ...rest } = data;
    const publishedDate = data.published === undefined ? undefined : edtfDate(data.published);
    for (const figure of declared) {
      const date = edtfDate(figure.asOf);
      const span = figureSpan({ date, since: sinceOf.get(figure.metric), published: publishedDate });
      figures.push({ ...figure, source: file.id, date, span, estimate: estimateOf.get(figure.id) ?? figure.id });
    }
    return {
      ...rest,
      id: file.id,
      body: file.body,
      publishedDate,
      figures: declared.map((figure) => figure.id),
      path: relative(file.absolutePath),
    };
  });
  sources.sort(
    (a, b) =>
      (a.publishedDate && b.publishedDate ? compareDates(a.publishedDate, b.publishedDate) : 0) ||
      Number(a.publishedDate === undefined) - Number(b.publishedDate === undefined) ||
      compareIds(a.id, b.id),
  );
  figures.sort(byDateThenId);

  const figuresByMetric = new Map<string, Figure[]>(
    [...content.metrics]
      .map((metric) => metric.file.id)
      .sort(compareIds)
      .map((id) => [id, []]),
  );
  for (const figure of figures) figuresByMetric.get(figure.metric)?.push(figure);
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));
  const sourceById = new Map(sources.map((source) => [source.id, source]));

  // A production build leaves the drafts out entirely; `npm run dev` and a preview build keep them.
  const claimEntries = options.drafts ? content.claims : content.claims.filter((entry) => !entry.data.draft);
  // Each claim's language, and the slug of its page: a translation's page has its original's slug.
  const languageOf = (lang: string | undefined) =>
    languages.find((language) => lang !== undefined && sameLanguage(language, lang)) ?? defaultLanguage;
  const pageLanguages = new Map<string, Set<string>>();
  for (const entry of claimEntries) {
    const slug = entry.data.translationOf ?? entry.file.id;
    pageLanguages.set(slug, (pageLanguages.get(slug) ?? new Set()).add(languageOf(entry.data.lang)));
  }
  const entryById = new Map(claimEntries.map((entry) => [entry.file.id, entry]));

  const allClaims: Claim[] = claimEntries.map(({ file: claimFile, data: { figure, ...data } }) => {
    const claimed = claimedFigureIds(figure);
    const compareIsExplicit = data.compare !== undefined && data.compare.length > 0;
    const compare: Comparison[] = compareIsExplicit
      ? (data.compare ?? []).map((entry) =>
          typeof entry === 'string'
            ? { figure: entry, stance: undefined }
            : { figure: entry.figure, stance: entry.stance },
        )
      : defaultComparisons(claimed, { figureById, figuresByMetric });
    const slug = data.translationOf ?? claimFile.id;
    const lang = languageOf(data.lang);
    const originalEntry = data.translationOf === undefined ? undefined : entryById.get(data.translationOf);
    const original: ClaimOriginal | undefined = originalEntry && {
      language: languageOf(originalEntry.data.lang),
      changed: lastChange(originalEntry.data),
      stale: isStale(originalEntry.data, data),
    };
    return {
      ...data,
      slug,
      entry: claimFile.id,
      lang,
      languages: languages.filter((language) => pageLanguages.get(slug)?.has(language)),
      original,
      claimed,
      claimDateParsed: edtfDate(data.claimDate),
      publishedDate: edtfDate(data.published),
      updatedDate: data.updated === undefined ? undefined : edtfDate(data.updated),
      compare,
      compareIsExplicit,
      path: relative(claimFile.absolutePath),
    };
  });
  allClaims.sort(
    (a, b) =>
      compareDates(b.publishedDate, a.publishedDate) ||
      compareDates(b.claimDateParsed, a.claimDateParsed) ||
      compareIds(a.slug, b.slug) ||
      compareIds(a.entry, b.entry),
  );

  return languages.map((language): Site => {
    const untranslated = new Map<string, string>();
    const resolve = (key: string, value: LocalizedText): string => {
      const chosen = textIn(value, language, defaultLanguage);
      if (chosen.fallback !== undefined) untranslated.set(key, chosen.fallback);
      return chosen.text;
    };
    const ratings: Rating[] = file.ratings.map((rating) => ({
      ...rating,
      label: resolve(`rating:${rating.id}:label`, rating.label),
      description: resolve(`rating:${rating.id}:description`, rating.description),
    }));
    const { about, ...settings } = file;
    const config: SiteConfig = {
      ...settings,
      language,
      languages,
      title: resolve('title', file.title),
      description: resolve('description', file.description),
      license: resolve('license', file.license),
      ...(about === undefined ? {} : { about: resolve('about', about) }),
      publisher: { ...file.publisher, name: resolve('publisher', file.publisher.name) },
      ratings,
    };
    const metrics: Metric[] = content.metrics
      .map(({ file: metricFile, data }) => ({
        ...data,
        id: metricFile.id,
        label: resolve(`metric:${metricFile.id}:label`, data.label),
        unit: resolve(`metric:${metricFile.id}:unit`, data.unit),
        definition: resolve(`metric:${metricFile.id}:definition`, data.definition),
        sinceDate: sinceOf.get(metricFile.id),
        parts: (parts.get(metricFile.id) ?? []).sort(),
      }))
      .sort((a, b) => compareIds(a.id, b.id));
    const claims = allClaims.filter((claim) => claim.lang === language);
    const claimsByFigure = new Map<string, Claim[]>();
    for (const claim of claims) {
      const ids = new Set([...claim.claimed, ...claim.compare.map((entry) => entry.figure)]);
      for (const id of ids) {
        const list = claimsByFigure.get(id);
        if (list) list.push(claim);
        else claimsByFigure.set(id, [claim]);
      }
    }
    return {
      config,
      metrics,
      sources,
      claims,
      figures,
      metricById: new Map(metrics.map((metric) => [metric.id, metric])),
      sourceById,
      claimBySlug: new Map(claims.map((claim) => [claim.slug, claim])),
      figureById,
      messages: siteMessages(config),
      ratingById: new Map(ratings.map((rating) => [rating.id, rating])),
      figuresByMetric,
      claimsByFigure,
      untranslated,
    };
  });
}

/** Every other figure of the claimed figures' metrics, once each, metric by metric in the order claimed. */
function defaultComparisons(
  claimed: readonly string[],
  index: { figureById: ReadonlyMap<string, Figure>; figuresByMetric: ReadonlyMap<string, readonly Figure[]> },
): Comparison[] {
  const metrics = new Set(claimed.flatMap((id) => index.figureById.get(id)?.metric ?? []));
  const own = new Set(claimed);
  return [...metrics]
    .flatMap((metric) => index.figuresByMetric.get(metric) ?? [])
    .filter((other) => !own.has(other.id))
    .map((other) => ({ figure: other.id, stance: undefined }));
}

function byDateThenId(a: Figure, b: Figure): number {
  return compareDates(a.date, b.date) || compareIds(a.id, b.id);
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The catalog a site's pages speak: its `language`, with the site's own words (`ui`) for that language, or for
 * its primary subtag ("pt" for "pt-BR"). A site read back from a snapshot gets the same.
 */
export function siteMessages(config: Pick<SiteConfig, 'language' | 'ui'>): Messages {
  const ui = config.ui ?? {};
  const overrides = ui[config.language] ?? ui[primaryLanguage(config.language)] ?? {};
  return createMessages({
    locale: config.language,
    overrides: Object.fromEntries(Object.entries(overrides).filter(([id]) => isMessageId(id))),
  });
}
