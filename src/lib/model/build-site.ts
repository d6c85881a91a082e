import { primaryLanguage } from '../messages/catalogs.ts';
import { isMessageId } from '../messages/overrides.ts';
import { createMessages, type Messages } from '../messages/messages.ts';
import { claimedFigureIds } from '../schema/claim.ts';
import path from 'node:path';
import type { ValidatedContent } from '../check/content.ts';
import { figureSpan } from '../compare/date-interval.ts';
import { compareDates, edtfDate } from './edtf-date.ts';
import { resolveEstimates } from './estimates.ts';
import type { SiteConfig } from '../schema/index.ts';
import type { Claim, Comparison, Figure, Metric, Site, Source } from './types.ts';

/**
 * Links validated content into the indexed Site. Call only on content the checker passed without errors:
 * every reference is assumed to resolve.
 */
export function buildSite(content: ValidatedContent, options: { contentDir: string }): Site {
  if (!content.site) throw new Error('buildSite needs site.yaml; run the checker first');
  const relative = (absolute: string) => path.relative(options.contentDir, absolute).split(path.sep).join('/');

  const parts = new Map<string, string[]>();
  for (const metric of content.metrics) {
    for (const whole of metric.data.partOf) parts.set(whole, [...(parts.get(whole) ?? []), metric.file.id]);
  }
  const metrics: Metric[] = content.metrics
    .map(({ file, data }) => ({
      ...data,
      id: file.id,
      sinceDate: data.since === undefined ? undefined : edtfDate(data.since),
      parts: (parts.get(file.id) ?? []).sort(),
    }))
    .sort((a, b) => compareIds(a.id, b.id));

  const sinceOf = new Map(metrics.map((metric) => [metric.id, metric.sinceDate]));
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

  const figuresByMetric = new Map<string, Figure[]>(metrics.map((metric) => [metric.id, []]));
  for (const figure of figures) figuresByMetric.get(figure.metric)?.push(figure);
  const figureById = new Map(figures.map((figure) => [figure.id, figure]));

  const claims: Claim[] = content.claims.map(({ file, data: { figure, ...data } }) => {
    const claimed = claimedFigureIds(figure);
    const compareIsExplicit = data.compare !== undefined && data.compare.length > 0;
    const compare: Comparison[] = compareIsExplicit
      ? (data.compare ?? []).map((entry) =>
          typeof entry === 'string'
            ? { figure: entry, stance: undefined }
            : { figure: entry.figure, stance: entry.stance },
        )
      : defaultComparisons(claimed, { figureById, figuresByMetric });
    return {
      ...data,
      slug: file.id,
      claimed,
      claimDateParsed: edtfDate(data.claimDate),
      publishedDate: edtfDate(data.published),
      updatedDate: data.updated === undefined ? undefined : edtfDate(data.updated),
      compare,
      compareIsExplicit,
      path: relative(file.absolutePath),
    };
  });
  claims.sort(
    (a, b) =>
      compareDates(b.publishedDate, a.publishedDate) ||
      compareDates(b.claimDateParsed, a.claimDateParsed) ||
      compareIds(a.slug, b.slug),
  );

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
    config: content.site.data,
    metrics,
    sources,
    claims,
    figures,
    metricById: new Map(metrics.map((metric) => [metric.id, metric])),
    sourceById: new Map(sources.map((source) => [source.id, source])),
    claimBySlug: new Map(claims.map((claim) => [claim.slug, claim])),
    figureById,
    messages: siteMessages(content.site.data),
    ratingById: new Map(content.site.data.ratings.map((rating) => [rating.id, rating])),
    figuresByMetric,
    claimsByFigure,
  };
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
export function siteMessages(config: SiteConfig): Messages {
  const ui = config.ui ?? {};
  const overrides = ui[config.language] ?? ui[primaryLanguage(config.language)] ?? {};
  return createMessages({
    locale: config.language,
    overrides: Object.fromEntries(Object.entries(overrides).filter(([id]) => isMessageId(id))),
  });
}
