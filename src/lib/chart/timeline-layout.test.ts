import { fileURLToPath } from 'node:url';
import { createMessages } from '../messages/messages.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { analyseClaim } from '../compare/claim-analysis.ts';
import { formatCompactNumber } from '../format/compact-number.ts';
import { formatFigureValue } from '../format/number.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { claimTimelineSeries, metricTimelineSeries } from './site-timelines.ts';
import { symbolPath, type MarkRole } from './symbols.ts';
import { chartSvg } from '../image/chart-svg.ts';
import { measureText } from '../image/fonts.ts';
import { timelineLayout, type TimelinePoint, type TimelineSeries } from './timeline-layout.ts';

const WIDTHS = [360, 720] as const;
const FONT_SIZE = 14;
const formatTick = (value: number) => formatCompactNumber(value, { locale: 'en-GB' });
const messages = createMessages({ locale: 'en-GB' });
const layoutOf = (series: readonly TimelineSeries[], width: number) =>
  timelineLayout({ series, width, formatTick, messages });

/** One figure to plot; the label is the figure as a reader says it. */
function point(
  id: string,
  fields: { asOf: string; role?: MarkRole; value?: number; low?: number; high?: number; approx?: boolean },
): TimelinePoint {
  const { asOf, role = 'figure', value, low, high, approx = false } = fields;
  const label = formatFigureValue({ value, low, high, approx }, { messages: createMessages({ locale: 'en-GB' }) });
  return { id, role, value, low, high, approx, date: edtfDate(asOf), label, description: `${label}, ${asOf}` };
}

const series = (id: string, points: readonly TimelinePoint[]): TimelineSeries[] => [
  { id, title: `${id} (people)`, points },
];

let seeded: { metric: readonly TimelineSeries[]; claim: readonly TimelineSeries[] } | undefined;

/**
 * The example site's figures of Russian soldiers killed, and its claim of 1,351 with what it is compared with,
 * read from `content/` once. The snapshots of this set change when the example's figures do.
 */
function seed(): { metric: readonly TimelineSeries[]; claim: readonly TimelineSeries[] } {
  seeded ??= readSeed();
  return seeded;
}

function readSeed(): { metric: readonly TimelineSeries[]; claim: readonly TimelineSeries[] } {
  const cwd = fileURLToPath(new URL('../../..', import.meta.url));
  const { site, problems } = checkContent({ dir: 'content', cwd });
  if (!site) throw new Error(`the example content does not build: ${JSON.stringify(problems)}`);
  const metric = site.metricById.get('ru-killed');
  const claim = site.claimBySlug.get('russian-mod-1351-killed');
  if (!metric || !claim) throw new Error('the example has no ru-killed metric or russian-mod-1351-killed claim');
  return {
    metric: metricTimelineSeries(site, metric),
    claim: claimTimelineSeries(site, claim, analyseClaim(site, claim)),
  };
}

const isoDay = (instant: number) => new Date(instant).toISOString().slice(0, 10);
const DAY = 86_400_000;

/** 300 figures every 4 days from the invasion, a slowly growing count with ranges, hedges and one claim. */
function threeHundred(): TimelineSeries[] {
  const start = Date.UTC(2022, 1, 24);
  const points = Array.from({ length: 300 }, (_, index) => {
    const asOf = isoDay(start + index * 4 * DAY);
    const level = Math.round(500 * 1.012 ** index + ((index * 37) % 11) * 40);
    const role: MarkRole =
      index === 150 ? 'claimed' : ((['corroborates', 'contradicts', 'context'] as const)[index % 3] ?? 'context');
    if (index % 5 === 0) return point(`p${index}`, { asOf, role, low: level, high: Math.round(level * 1.4) });
    return point(`p${index}`, { asOf, role, value: level, approx: index % 7 === 0 });
  });
  return series('three-hundred', points);
}

const datasets: Record<string, () => readonly TimelineSeries[]> = {
  seed: () => seed().metric,
  'negative and decimal values': () =>
    series('balance', [
      point('neg', { asOf: '2024-01-10', value: -3.5 }),
      point('zero', { asOf: '2024-02-05', value: 0, role: 'corroborates' }),
      point('small', { asOf: '2024-03-01', value: 2.25, role: 'claimed' }),
      point('large', { asOf: '2024-03-20', value: 7.75, approx: true, role: 'contradicts' }),
      point('range', { asOf: '2024-04-02', low: -1.5, high: 2.25, role: 'context' }),
    ]),
  'one figure': () => series('one', [point('only', { asOf: '2022-03-25', value: 1351, role: 'claimed' })]),
  '300 figures': threeHundred,
  'open bounds only': () =>
    series('open', [
      point('more-than-7000', { asOf: '2022-03-14/2022-03-20', low: 7000, role: 'claimed' }),
      point('up-to-40000', { asOf: '2022-03-23', high: 40000, role: 'context' }),
      point('more-than-900000', { asOf: '2025-03/2025-04', low: 900000 }),
      point('up-to-15000', { asOf: '2022-06-01', high: 15000, approx: true, role: 'contradicts' }),
    ]),
  'dates known only to the year': () =>
    series('years', [
      point('y2019', { asOf: '2019', value: 12000 }),
      point('y2020', { asOf: '2020', value: 14000, role: 'claimed' }),
      point('y2021', { asOf: '2021?', value: 15000, role: 'corroborates' }),
      point('y2022', { asOf: '2022~', low: 14000, high: 18000, role: 'contradicts' }),
      point('y2019-2021', { asOf: '2019/2021', value: 13000, role: 'context' }),
    ]),
};

const cases = Object.entries(datasets).flatMap(([name, build]) =>
  WIDTHS.map((width) => ({ name, width, build, layout: layoutOf(build(), width) })),
);
const withClaim = [
  ...cases,
  ...WIDTHS.map((width) => ({
    name: 'seed claim',
    width,
    build: () => seed().claim,
    layout: layoutOf(seed().claim, width),
  })),
];

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function labelBox(label: { x: number; y: number; anchor: 'start' | 'end' | 'middle'; text: string }): Box {
  const width = label.text.length * FONT_SIZE * 0.58;
  const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - FONT_SIZE * 0.8, bottom: label.y + FONT_SIZE * 0.2 };
}

/** Overlap by more than rounding to a tenth of a pixel could cause. */
function overlap(a: Box, b: Box): boolean {
  const e = 0.05;
  return a.left < b.right - e && b.left < a.right - e && a.top < b.bottom - e && b.top < a.bottom - e;
}

function pointsOf(build: () => readonly TimelineSeries[]): Map<string, TimelinePoint> {
  return new Map(build().flatMap((entry) => entry.points.map((p) => [`${entry.id}/${p.id}`, p] as const)));
}

/**
 * Each case drawn as the standalone chart image (inline paint, so the file opens in any browser or viewer), kept in
 * `__output__/` and compared byte for byte: open the file to see what changed. `npx vitest run -u` rewrites them.
 */
describe.each(cases)('the chart of $name at width $width', ({ name, width, layout }) => {
  it('draws as its file in __output__', async () => {
    const { svg } = chartSvg({
      layout,
      title: name,
      description: name,
      sources: [],
      siteName: 'Claimline tests',
      license: 'CC BY 4.0',
      measure: measureText,
      messages,
    });
    await expect(svg).toMatchFileSnapshot(`./__output__/${name.replace(/\W+/g, '-')}-${width}.svg`);
  });
});

describe.each(withClaim)('the layout of $name at width $width', ({ build, width, layout }) => {
  const points = pointsOf(build);
  const marks = layout.panels.flatMap((panel) =>
    panel.marks.map((mark) => ({ panel, mark, point: points.get(`${panel.id}/${mark.id}`) })),
  );

  it('has a mark for every point', () => {
    expect(marks.map(({ panel, mark }) => `${panel.id}/${mark.id}`).sort()).toEqual([...points.keys()].sort());
  });

  it('keeps every mark inside its panel’s plot area', () => {
    for (const { panel, mark } of marks) {
      const { plot } = panel;
      expect(mark.x, mark.id).toBeGreaterThanOrEqual(plot.left);
      expect(mark.x, mark.id).toBeLessThanOrEqual(plot.right);
      expect(mark.y, mark.id).toBeGreaterThanOrEqual(plot.top);
      expect(mark.y, mark.id).toBeLessThanOrEqual(plot.bottom);
    }
  });

  it('keeps every range, arrow and date span inside its panel’s plot area', () => {
    for (const { panel, mark } of marks) {
      const { plot } = panel;
      for (const y of [mark.range?.y1, mark.range?.y2, mark.arrow?.y1, mark.arrow?.y2].filter((v) => v !== undefined)) {
        expect(y).toBeGreaterThanOrEqual(plot.top);
        expect(y).toBeLessThanOrEqual(plot.bottom);
      }
      for (const x of [mark.span?.x1, mark.span?.x2].filter((v) => v !== undefined)) {
        expect(x).toBeGreaterThanOrEqual(plot.left);
        expect(x).toBeLessThanOrEqual(plot.right);
      }
    }
  });

  it('draws every range from its low end at the bottom (y1) up to its high end (y2)', () => {
    for (const { mark } of marks) if (mark.range) expect(mark.range.y1).toBeGreaterThanOrEqual(mark.range.y2);
  });

  it('points an arrow up from a low-only figure and down from a high-only figure', () => {
    for (const { mark, point: p } of marks) {
      const lowOnly = p?.low !== undefined && p.high === undefined && p.value === undefined;
      const highOnly = p?.high !== undefined && p.low === undefined && p.value === undefined;
      if (lowOnly) {
        expect(mark.arrow?.direction).toBe('up');
        expect(mark.arrow?.y2).toBeLessThan(mark.arrow?.y1 ?? Number.NaN);
      } else if (highOnly) {
        expect(mark.arrow?.direction).toBe('down');
        expect(mark.arrow?.y2).toBeGreaterThan(mark.arrow?.y1 ?? Number.NaN);
      } else expect(mark.arrow).toBeUndefined();
    }
  });

  it('draws a date span only for imprecise dates', () => {
    for (const { mark, point: p } of marks) {
      const precise =
        p !== undefined &&
        !p.date.isInterval &&
        p.date.start.precision === 'day' &&
        !p.date.start.approximate &&
        !p.date.start.uncertain;
      if (precise) expect(mark.span, mark.id).toBeUndefined();
    }
  });

  it('never lets two labels overlap', () => {
    for (const panel of layout.panels) {
      const boxes = panel.marks.flatMap((mark) => (mark.label ? [{ id: mark.id, box: labelBox(mark.label) }] : []));
      for (const [index, a] of boxes.entries()) {
        for (const b of boxes.slice(index + 1)) expect(overlap(a.box, b.box), `${a.id} and ${b.id}`).toBe(false);
      }
    }
  });

  it('draws each mark with its role’s symbol', () => {
    for (const { mark } of marks) expect(mark.symbol).toBe(symbolPath(mark.role));
  });

  it('always places the claimed figure’s label', () => {
    for (const { mark } of marks) if (mark.role === 'claimed') expect(mark.label).toBeDefined();
  });

  it('has no NaN, infinity or missing number anywhere', () => {
    const json = JSON.stringify(layout);
    expect(json).not.toMatch(/null|NaN|Infinity/);
  });

  it('is the same for the same input', () => {
    expect(layoutOf(build(), width)).toEqual(layout);
  });
});

describe('timelineLayout, the scale of each panel', () => {
  it.each(WIDTHS)('is log for the example’s figures of soldiers killed, 498 to 250,000 (width %i)', (width) => {
    const layout = layoutOf(seed().metric, width);
    expect(layout.panels.map((panel) => panel.scale)).toEqual(['log']);
    expect(layout.panels[0]?.titleLines.join(' ')).toMatch(/· log scale$/);
  });

  it.each(WIDTHS)('is linear for negative and decimal values (width %i)', (width) => {
    const layout = layoutOf(datasets['negative and decimal values']?.() ?? [], width);
    expect(layout.panels.map((panel) => panel.scale)).toEqual(['linear']);
    expect(layout.panels[0]?.titleLines.join(' ')).not.toMatch(/log scale/);
  });

  it('puts zero of a linear panel on a tick between the negative and the positive marks', () => {
    const layout = layoutOf(datasets['negative and decimal values']?.() ?? [], 720);
    const panel = layout.panels[0];
    const zeroTick = panel?.yTicks.find((tick) => tick.label === '0');
    const y = (id: string) => panel?.marks.find((mark) => mark.id === id)?.y ?? Number.NaN;
    expect(zeroTick?.y).toBe(y('zero'));
    expect(y('neg')).toBeGreaterThan(y('zero'));
    expect(y('large')).toBeLessThan(y('zero'));
  });

  it('gives the claimed figure’s metric the first, tallest panel', () => {
    const layout = layoutOf(seed().claim, 720);
    const [first, ...rest] = layout.panels;
    expect(first?.marks.some((mark) => mark.role === 'claimed')).toBe(true);
    for (const panel of rest) expect(panel.height).toBeLessThan(first?.height ?? 0);
  });

  it('stacks the panels without overlap above the shared x axis', () => {
    const layout = layoutOf(seed().claim, 360);
    for (const [index, panel] of layout.panels.entries()) {
      const next = layout.panels[index + 1];
      if (next) expect(next.top).toBeGreaterThanOrEqual(panel.top + panel.height);
      expect(layout.axisY).toBeGreaterThan(panel.plot.bottom);
    }
    expect(layout.height).toBeGreaterThan(layout.axisY);
  });
});
