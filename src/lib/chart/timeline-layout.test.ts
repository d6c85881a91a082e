import { fileURLToPath } from 'node:url';
import { createMessages } from '../messages/messages.ts';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { analyseClaim } from '../compare/claim-analysis.ts';
import { formatCompactNumber } from '../format/compact-number.ts';
import { claimTimelineSeries, metricTimelineSeries } from './site-timelines.ts';
import { symbolPath, type MarkRole } from './symbols.ts';
import { chartSvg } from '../image/chart-svg.ts';
import { measureText } from '../image/fonts.ts';
import { collisions, DAY, drawnParts, isoDay, layoutOf, messages, point, series, WIDTHS } from './test-layouts.ts';
import { timelineLayout, type TimelineLayout, type TimelinePoint, type TimelineSeries } from './timeline-layout.ts';

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
  'a claimed range': () =>
    series('range-claim', [
      point('claimed', { asOf: '2022-03-23', low: 7000, high: 15000, role: 'claimed' }),
      point('inside', { asOf: '2022-03-21', value: 9861, role: 'corroborates' }),
      point('below', { asOf: '2022-03-25', value: 1351, role: 'contradicts' }),
      point('bound', { asOf: '2022-03-14/2022-03-20', low: 7000, role: 'context' }),
      point('best', { asOf: '2022-03-30', low: 10000, value: 12000, high: 14000, approx: true, role: 'corroborates' }),
    ]),
  // Ten figures in ten days, within a fifth of each other: more labels than room beside their marks on a phone.
  'dense labels': () =>
    series(
      'dense',
      Array.from({ length: 10 }, (_, index) =>
        point(`d${index}`, {
          asOf: `2022-03-${String(10 + index).padStart(2, '0')}`,
          value: 9000 + ((index * 7) % 10) * 180,
          role:
            index === 4 ? 'claimed' : ((['corroborates', 'contradicts', 'context'] as const)[index % 3] ?? 'context'),
          approx: index % 4 === 0,
        }),
      ),
    ),
  'dates known only to the year': () => years(),
};

/** A year, an uncertain and an approximate year, and three years: each a period, not a day. */
function years(): TimelineSeries[] {
  return series('years', [
    point('y2019', { asOf: '2019', value: 12000 }),
    point('y2020', { asOf: '2020', value: 14000, role: 'claimed' }),
    point('y2021', { asOf: '2021?', value: 15000, role: 'corroborates' }),
    point('y2022', { asOf: '2022~', low: 14000, high: 18000, role: 'contradicts' }),
    point('y2019-2021', { asOf: '2019/2021', value: 13000, role: 'context' }),
  ]);
}

const cases = Object.entries(datasets).flatMap(([name, build]) =>
  WIDTHS.map((width) => ({
    name,
    width,
    build,
    layout: layoutOf(build(), width),
    relayout: () => layoutOf(build(), width),
  })),
);
/** The example's figures as an Arabic site draws them: right to left. */
// Egyptian Arabic: CLDR writes its numbers in Arabic-Indic digits (plain `ar` now uses Latin ones).
const arabic = createMessages({ locale: 'ar-EG' });
const arabicLayout = (series: readonly TimelineSeries[], width: number) =>
  timelineLayout({
    series,
    width,
    formatTick: (value: number) => formatCompactNumber(value, { locale: 'ar-EG' }),
    messages: arabic,
  });
const rightToLeft = WIDTHS.map((width) => ({
  name: 'seed right to left',
  width,
  build: () => seed().metric,
  layout: arabicLayout(seed().metric, width),
  relayout: () => arabicLayout(seed().metric, width),
}));
const yearsRightToLeft = WIDTHS.map((width) => ({
  name: 'dates known only to the year, right to left',
  width,
  build: years,
  layout: arabicLayout(years(), width),
  relayout: () => arabicLayout(years(), width),
}));
const withClaim = [
  ...cases,
  ...rightToLeft,
  ...yearsRightToLeft,
  ...WIDTHS.map((width) => ({
    name: 'seed claim',
    width,
    build: () => seed().claim,
    layout: layoutOf(seed().claim, width),
    relayout: () => layoutOf(seed().claim, width),
  })),
];

function pointsOf(build: () => readonly TimelineSeries[]): Map<string, TimelinePoint> {
  return new Map(build().flatMap((entry) => entry.points.map((p) => [`${entry.id}/${p.id}`, p] as const)));
}

/**
 * Each case drawn as the standalone chart image (inline paint, so the file opens in any browser or viewer), kept in
 * `__output__/` and compared byte for byte: open the file to see what changed. `npx vitest run -u` rewrites them.
 */
describe.each([...cases, ...rightToLeft, ...yearsRightToLeft])(
  'the chart of $name at width $width',
  ({ name, width, layout }) => {
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
  },
);

describe.each(withClaim)('the layout of $name at width $width', (entry) => {
  const { build, width, layout } = entry;
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

  it('keeps every label clear of every other label, every mark’s drawing, every leader and the tick labels', () => {
    expect(collisions(layout)).toEqual([]);
  });

  it('labels every mark, or numbers it and keys the number, or counts it in the chart’s note', () => {
    const labelled = marks.filter(({ mark }) => mark.label?.kind === 'label').length;
    expect(labelled + layout.callouts.length + layout.unlabelled).toBe(marks.length);
    expect(layout.callouts.map((callout) => callout.number)).toEqual(layout.callouts.map((_, index) => index + 1));
    // In the language's digits: the right-to-left cases are drawn in Egyptian Arabic (١, ٢, …).
    const digits = new Intl.NumberFormat(layout.direction === 'rtl' ? 'ar-EG' : 'en-GB');
    for (const callout of layout.callouts) {
      const mark = marks.find(({ mark }) => mark.id === callout.markId)?.mark;
      expect(mark?.label?.text).toBe(digits.format(callout.number));
      expect(callout.text).toBe(
        points.get(`${marks.find((entry) => entry.mark === mark)?.panel.id}/${callout.markId}`)?.label,
      );
    }
  });

  it('draws the role’s symbol only for one value (or bound, or best estimate) on a known day', () => {
    for (const { mark, point: p } of marks) {
      const oneDay =
        p !== undefined &&
        !p.date.isInterval &&
        p.date.start.precision === 'day' &&
        !p.date.start.approximate &&
        !p.date.start.uncertain;
      const ranged = p?.low !== undefined && p.high !== undefined && p.low !== p.high;
      const single = !ranged || p?.value !== undefined;
      if (mark.span) expect(mark.symbol, `${mark.id}: no symbol in the middle of a date span`).toBeUndefined();
      else if (oneDay && single) expect(mark.symbol, mark.id).toBe(symbolPath(mark.role));
      if (ranged && p?.value === undefined)
        expect(mark.symbol, `${mark.id}: a range without a best estimate`).toBeUndefined();
    }
  });

  it('draws every range as a bar (or box) of at least 4 px, so its two caps stand apart', () => {
    for (const { mark, point: p } of marks) {
      if (p?.low !== undefined && p.high !== undefined && p.low < p.high) {
        expect(mark.range, mark.id).toBeDefined();
        expect((mark.range?.y1 ?? 0) - (mark.range?.y2 ?? 0)).toBeGreaterThanOrEqual(4 - 0.1);
      }
    }
  });

  it('draws an open bound’s arrow at least 24 px long, running clear of its symbol', () => {
    for (const { mark } of marks) {
      if (!mark.arrow) continue;
      expect(Math.abs(mark.arrow.y2 - mark.arrow.y1), mark.id).toBeGreaterThanOrEqual(24);
      if (mark.symbol !== undefined) {
        const [symbol] = drawnParts(mark);
        const tail = mark.arrow.y1;
        expect(tail < (symbol?.top ?? 0) || tail > (symbol?.bottom ?? 0), mark.id).toBe(true);
      }
    }
  });

  it('always places the claimed figure’s label', () => {
    for (const { mark } of marks) if (mark.role === 'claimed') expect(mark.label).toBeDefined();
  });

  it('has no NaN, infinity or missing number anywhere', () => {
    const json = JSON.stringify(layout);
    expect(json).not.toMatch(/null|NaN|Infinity/);
  });

  it('is the same for the same input', () => {
    expect('relayout' in entry ? entry.relayout() : layoutOf(build(), width)).toEqual(layout);
  });
});

describe('timelineLayout, a crowded panel', () => {
  it.each(WIDTHS)(
    'sets labels of 300 figures only beside their marks, but the claimed one, and counts the rest (width %i)',
    (width) => {
      const layout = layoutOf(threeHundred(), width);
      const marks = layout.panels.flatMap((panel) => panel.marks);
      const setApart = marks.filter(
        (mark) => mark.role !== 'claimed' && (mark.label?.leader || mark.label?.kind === 'callout'),
      );
      expect(setApart).toEqual([]);
      expect(marks.find((mark) => mark.role === 'claimed')?.label).toBeDefined();
      expect(layout.unlabelled).toBe(marks.filter((mark) => !mark.label).length);
      expect(layout.unlabelled).toBeGreaterThan(0);
    },
  );
});

describe('timelineLayout, right to left', () => {
  it.each(WIDTHS)('draws a period as wide from right to left as from left to right (width %i)', (width) => {
    const spans = (layout: TimelineLayout) =>
      new Map(layout.panels.flatMap((panel) => panel.marks).map((mark) => [mark.id, mark.span] as const));
    const leftToRight = spans(layoutOf(years(), width));
    const rightToLeftSpans = spans(arabicLayout(years(), width));
    // Each of the five spans its period, never a day's symbol.
    expect([...leftToRight.values()].filter(Boolean)).toHaveLength(5);
    for (const [id, span] of leftToRight) {
      const mirrored = rightToLeftSpans.get(id);
      expect(mirrored, id).toBeDefined();
      expect((mirrored?.x2 ?? 0) - (mirrored?.x1 ?? 0), id).toBeCloseTo((span?.x2 ?? 0) - (span?.x1 ?? 0), 0);
    }
  });

  it.each(rightToLeft)('runs time from right to left, the y ticks on the right (width $width)', ({ layout, width }) => {
    expect(layout.direction).toBe('rtl');
    const panel = layout.panels[0];
    expect(panel?.plot.right).toBe(width - (width < 500 ? 44 : 58));
    const marks = [...(panel?.marks ?? [])];
    const earliest = marks.find((mark) => mark.id === 'm23-russia-killed-march-2');
    const latest = marks.find((mark) => mark.id === 'n900-ru-killed');
    expect(earliest?.x).toBeGreaterThan(latest?.x ?? Infinity);
    // Marks in date order, as the description reads them: right to left on the page.
    expect(marks.map((mark) => mark.x)).toEqual([...marks.map((mark) => mark.x)].sort((a, b) => b - a));
    // The dates read from right to left too.
    const ticks = layout.xTicks.map((tick) => tick.x);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
  });

  it('writes Arabic digits on its ticks and sets its texts right to left', () => {
    const layout = rightToLeft[1]?.layout;
    expect(layout?.panels[0]?.yTicks.map((tick) => tick.label)).toContain('١٠٠');
    expect(layout?.xTicks.some((tick) => /[٠-٩]/.test(tick.label))).toBe(true);
  });
});

describe('timelineLayout, the scale of each panel', () => {
  it.each(WIDTHS)('labels every power of ten the example’s log panel spans, 100 to 1m (width %i)', (width) => {
    const layout = layoutOf(seed().metric, width);
    expect(layout.panels[0]?.yTicks.map((tick) => tick.label)).toEqual(['100', '1k', '10k', '100k', '1m']);
  });

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
