import type { ClaimAnalysis } from '../compare/claim-analysis.ts';
import { absoluteWhen, sentenceCase, valueOf } from '../compare/sentence.ts';
import { formatEdtfDate } from '../format/date.ts';
import { formatFigureValue } from '../format/number.ts';
import type { Claim, Figure, Metric, Site } from '../model/types.ts';
import { roleMessage, type MarkRole } from './symbols.ts';
import type { TimelinePoint, TimelineSeries } from './timeline-layout.ts';

// The series of a claim's or metric's chart. Each is made once per content generation, by its view
// (src/lib/views/chart-view.ts), which every page, embed and image draws from.

/** The claimed figure and every compared one, a panel per metric (the claimed figure's metric first). */
export function claimTimelineSeries(site: Site, claim: Claim, analysis: ClaimAnalysis): readonly TimelineSeries[] {
  const entries: Array<{ figure: Figure; role: MarkRole; sentence?: string | undefined }> = [];
  for (const id of claim.claimed) {
    const claimed = site.figureById.get(id);
    if (claimed) entries.push({ figure: claimed, role: 'claimed' });
  }
  for (const relation of analysis.relations) {
    const figure = site.figureById.get(relation.figure);
    if (figure) entries.push({ figure, role: relation.shown, sentence: relation.sentence });
  }
  // The claimed figures' panels first, in the order claimed; then the others by id.
  const claimedMetrics = entries.filter((entry) => entry.role === 'claimed').map((entry) => entry.figure.metric);
  const rank = (metric: string) => {
    const index = claimedMetrics.indexOf(metric);
    return index === -1 ? claimedMetrics.length : index;
  };
  const metricIds = [...new Set(entries.map((entry) => entry.figure.metric))].sort(
    (a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0),
  );
  return metricIds.flatMap((id) => {
    const metric = site.metricById.get(id);
    if (!metric) return [];
    const points = entries
      .filter((entry) => entry.figure.metric === id)
      .map((entry) => timelinePoint({ site, figure: entry.figure, role: entry.role, sentence: entry.sentence }));
    return [{ id, title: panelTitle(site, metric), points }];
  });
}

/** A metric's estimates: each once, as its first report (other reports name it with `sameAs`). */
function estimatesOf(site: Site, metric: Metric): readonly Figure[] {
  return (site.figuresByMetric.get(metric.id) ?? []).filter((figure) => figure.estimate === figure.id);
}

/** Every figure of one metric, with the start of the count marked. */
export function metricTimelineSeries(site: Site, metric: Metric): readonly TimelineSeries[] {
  const figures = estimatesOf(site, metric);
  if (figures.length === 0) return [];
  return [
    {
      id: metric.id,
      title: panelTitle(site, metric),
      points: figures.map((figure) => timelinePoint({ site, figure, role: 'figure' })),
      annotations: metric.sinceDate
        ? [
            {
              instant: metric.sinceDate.min,
              label: site.messages.format('chart.countStarts', {
                date: formatEdtfDate(metric.sinceDate, { messages: site.messages }),
              }),
            },
          ]
        : [],
    },
  ];
}

function timelinePoint(options: {
  site: Site;
  figure: Figure;
  role: MarkRole;
  sentence?: string | undefined;
}): TimelinePoint {
  const { site, figure, role, sentence } = options;
  return {
    id: figure.id,
    role,
    value: figure.value,
    low: figure.low,
    high: figure.high,
    approx: figure.approx,
    date: figure.date,
    span: figure.span,
    label: formatFigureValue(figure, { messages: site.messages }),
    description: pointDescription({ site, figure, role, sentence }),
  };
}

/**
 * A mark in words, for its tooltip and for screen readers: on a claim's chart, the claimed figure and when, or a
 * compared figure's relation and the sentence the page gives it; on a metric's chart, who estimated what, when.
 */
function pointDescription(options: {
  site: Site;
  figure: Figure;
  role: MarkRole;
  sentence?: string | undefined;
}): string {
  const { site, figure, role, sentence } = options;
  const { messages, metricById } = site;
  const value = valueOf(figure, metricById, messages);
  const when = absoluteWhen(figure, metricById, messages);
  if (role === 'claimed') return messages.format('chart.point.claimed', { value, when, by: figure.by });
  if (role === 'figure' || sentence === undefined) {
    return sentenceCase(messages.format('chart.point.estimate', { by: figure.by, value, when }), messages.locale);
  }
  return messages.format('chart.point.related', { role: messages.format(roleMessage(role)), sentence });
}

function panelTitle(site: Site, metric: Metric): string {
  return site.messages.format('chart.panelTitle', { metric: metric.label, unit: metric.unit });
}

/** One line per source of the plotted figures: its title and who made the estimates in it. */
export function chartSourceLines(site: Site, figures: readonly Figure[]): string[] {
  const bySource = new Map<string, Set<string>>();
  for (const figure of figures) bySource.set(figure.source, (bySource.get(figure.source) ?? new Set()).add(figure.by));
  const list = listFormat(site.messages.locale);
  return [...bySource].map(([id, estimators]) =>
    site.messages.format('chart.sourceWithEstimators', {
      title: site.sourceById.get(id)?.title ?? id,
      estimators: list.format([...estimators]),
    }),
  );
}

const listFormats = new Map<string, Intl.ListFormat>();

/** "A, B and C" in the locale. */
function listFormat(locale: string): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'conjunction' });
    listFormats.set(locale, format);
  }
  return format;
}

/**
 * One entry per source of the plotted figures: its title alone, for a chart with a table of the same figures
 * below it (a claim page), whose rows say who made each estimate.
 */
export function chartSourceTitles(site: Site, figures: readonly Figure[]): string[] {
  return [...new Set(figures.map((figure) => figure.source))].map((id) =>
    site.messages.format('chart.source', { title: site.sourceById.get(id)?.title ?? id }),
  );
}

/**
 * The takeaway of a metric's chart: how many estimates, and the lowest and highest with their units and dates
 * ("9 estimates of Russian military personnel killed, from 1,351 people by 25 March 2022 to 120,000 people by 2023").
 */
export function metricChartTitle(site: Site, metric: Metric): string {
  const { messages, metricById } = site;
  const figures = estimatesOf(site, metric);
  const describe = (figure: Figure | undefined) =>
    figure === undefined
      ? ''
      : messages.format('chart.valueWhen', {
          value: valueOf(figure, metricById, messages),
          when: absoluteWhen(figure, metricById, messages),
        });
  // A range counts by the end that reaches furthest: 3–3.5 is the highest beside 3.2, and 1.42–1.68 the lowest
  // beside 1.5 (a range's best estimate or its lower end alone hid where it reaches).
  const lowEnd = (figure: Figure) => figure.low ?? figure.value ?? figure.high ?? 0;
  const highEnd = (figure: Figure) => figure.high ?? figure.value ?? figure.low ?? 0;
  const [first] = figures;
  const lowest = first && figures.reduce((best, figure) => (lowEnd(figure) < lowEnd(best) ? figure : best), first);
  const highest = first && figures.reduce((best, figure) => (highEnd(figure) > highEnd(best) ? figure : best), first);
  return messages.format('chart.metricTitle', {
    count: figures.length,
    metric: metric.label,
    lowest: describe(lowest),
    highest: describe(highest),
  });
}
