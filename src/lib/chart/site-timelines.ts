import type { ClaimAnalysis } from '../compare/claim-analysis.ts';
import { weakMemo } from '../memo/weak-memo.ts';
import { formatEdtfDate } from '../format/date.ts';
import { formatFigureValue } from '../format/number.ts';
import type { Claim, Figure, Metric, Site } from '../model/types.ts';
import { ROLE_LABELS, type MarkRole } from './symbols.ts';
import type { TimelinePoint, TimelineSeries } from './timeline-layout.ts';

// Pages, embeds and images ask for the same series several times: each is built once (and so laid out once, by
// shared-layout.ts). Claim analyses are memoised per claim already; metric series are kept per site.
const claimSeries = new WeakMap<ClaimAnalysis, readonly TimelineSeries[]>();
const metricSeries = weakMemo<Site, string, readonly TimelineSeries[]>();

/** The claimed figure and every compared one, a panel per metric (the claimed figure's metric first). */
export function claimTimelineSeries(site: Site, claim: Claim, analysis: ClaimAnalysis): readonly TimelineSeries[] {
  let series = claimSeries.get(analysis);
  if (!series) {
    series = buildClaimSeries(site, claim, analysis);
    claimSeries.set(analysis, series);
  }
  return series;
}

function buildClaimSeries(site: Site, claim: Claim, analysis: ClaimAnalysis): TimelineSeries[] {
  const entries: Array<{ figure: Figure; role: MarkRole }> = [];
  const claimed = claim.figure === undefined ? undefined : site.figureById.get(claim.figure);
  if (claimed) entries.push({ figure: claimed, role: 'claimed' });
  for (const relation of analysis.relations) {
    const figure = site.figureById.get(relation.figure);
    if (figure) entries.push({ figure, role: relation.shown });
  }
  const metricIds = [...new Set(entries.map((entry) => entry.figure.metric))].sort(
    (a, b) => Number(b === claimed?.metric) - Number(a === claimed?.metric) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return metricIds.flatMap((id) => {
    const metric = site.metricById.get(id);
    if (!metric) return [];
    const points = entries
      .filter((entry) => entry.figure.metric === id)
      .map((entry) => timelinePoint({ site, metric, figure: entry.figure, role: entry.role }));
    return [{ id, title: panelTitle(metric), points }];
  });
}

/** Every figure of one metric, with the start of the count marked. */
export function metricTimelineSeries(site: Site, metric: Metric): readonly TimelineSeries[] {
  return metricSeries(site, metric.id, () => buildMetricSeries(site, metric));
}

function buildMetricSeries(site: Site, metric: Metric): TimelineSeries[] {
  const figures = site.figuresByMetric.get(metric.id) ?? [];
  if (figures.length === 0) return [];
  return [
    {
      id: metric.id,
      title: panelTitle(metric),
      points: figures.map((figure) => timelinePoint({ site, metric, figure, role: 'figure' })),
      annotations: metric.sinceDate
        ? [
            {
              instant: metric.sinceDate.min,
              label: `Count starts ${formatEdtfDate(metric.sinceDate, { messages: site.messages })}`,
            },
          ]
        : [],
    },
  ];
}

function timelinePoint(options: { site: Site; metric: Metric; figure: Figure; role: MarkRole }): TimelinePoint {
  const { site, metric, figure, role } = options;
  const value = formatFigureValue(figure, { messages: site.messages });
  const date = formatEdtfDate(figure.date, { messages: site.messages });
  const roleText = role === 'figure' ? '' : ` — ${ROLE_LABELS[role].toLowerCase()}`;
  return {
    id: figure.id,
    role,
    value: figure.value,
    low: figure.low,
    high: figure.high,
    approx: figure.approx,
    date: figure.date,
    span: figure.span,
    label: value,
    description: `${value} ${metric.unit}, ${date}, by ${figure.by}${roleText}`,
  };
}

function panelTitle(metric: Metric): string {
  return `${metric.label} (${metric.unit})`;
}

/** One line per source of the plotted figures: its title and who made the estimates in it. */
export function chartSourceLines(site: Site, figures: readonly Figure[]): string[] {
  const bySource = new Map<string, Set<string>>();
  for (const figure of figures) bySource.set(figure.source, (bySource.get(figure.source) ?? new Set()).add(figure.by));
  return [...bySource].map(([id, estimators]) => {
    const title = site.sourceById.get(id)?.title ?? id;
    return `“${title}” (${[...estimators].join('; ')})`;
  });
}

/**
 * One entry per source of the plotted figures: its title alone, for a chart with a table of the same figures
 * below it (a claim page), whose rows say who made each estimate.
 */
export function chartSourceTitles(site: Site, figures: readonly Figure[]): string[] {
  return [...new Set(figures.map((figure) => figure.source))].map((id) => `“${site.sourceById.get(id)?.title ?? id}”`);
}

/** The takeaway of a metric's chart: how many estimates, and the lowest and highest with their dates. */
export function metricChartTitle(site: Site, metric: Metric): string {
  const figures = site.figuresByMetric.get(metric.id) ?? [];
  const describe = (figure: Figure) =>
    `${formatFigureValue(figure, { messages: site.messages })} (${formatEdtfDate(figure.date, { messages: site.messages })})`;
  const level = (figure: Figure) => figure.value ?? figure.low ?? figure.high ?? 0;
  const [first] = figures;
  if (!first) return `No estimates of ${metric.label} yet`;
  if (figures.length === 1) return `One estimate of ${metric.label}: ${describe(first)}`;
  const lowest = figures.reduce((best, figure) => (level(figure) < level(best) ? figure : best), first);
  const highest = figures.reduce((best, figure) => (level(figure) > level(best) ? figure : best), first);
  return `${figures.length} estimates of ${metric.label}, from ${describe(lowest)} to ${describe(highest)}`;
}
