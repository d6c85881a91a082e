import { describe, expect, it } from 'vitest';
import { formatCompactNumber } from '../format/compact-number.ts';
import { edtfDate } from '../model/edtf-date.ts';
import { createMessages } from '../messages/messages.ts';
import { parseXml } from '../image/test-xml.ts';
import { symbolId, type MarkRole } from './symbols.ts';
import { timelineLayout, type TimelinePoint, type TimelineSeries } from './timeline-layout.ts';
import { timelineDescription, timelineSvg } from './timeline-svg.ts';

const messages = createMessages({ locale: 'en-GB' });
const HOSTILE = `<script>alert("x")</script> & 'quotes' "too"`;

function point(id: string, asOf: string, role: MarkRole, fields: Partial<TimelinePoint> = {}): TimelinePoint {
  return { id, role, approx: false, date: edtfDate(asOf), label: id, description: `${id} on ${asOf}`, ...fields };
}

const series: TimelineSeries[] = [
  {
    id: 'killed',
    title: `Killed ${HOSTILE} (people) with a title long enough to wrap on a phone`,
    annotations: [{ instant: Date.UTC(2022, 1, 24), label: 'Count starts' }],
    points: [
      point('claimed', '2022-03-02', 'claimed', { value: 498 }),
      point('range', '2022-03-23', 'contradicts', { low: 7000, high: 15000, label: '7,000–15,000' }),
      point('bound', '2022-03-14/2022-03-20', 'context', { low: 7000, label: `more than ${HOSTILE}` }),
      point('hedged', '2022-03', 'corroborates', { value: 500, approx: true, description: HOSTILE }),
    ],
  },
  { id: 'wounded', title: 'Wounded (people)', points: [point('wounded', '2022-03-02', 'figure', { value: 1600 })] },
];
const layoutAt = (width: number) =>
  timelineLayout({ series, width, messages, formatTick: (value) => formatCompactNumber(value, { locale: 'en-GB' }) });
const names = { labelledBy: 'chart-title', describedBy: 'chart-desc' };

describe('timelineSvg', () => {
  for (const [variant, width] of [
    ['compact', 360],
    ['wide', 720],
  ] as const) {
    const layout = layoutAt(width);
    const svg = timelineSvg({ layout, variant, ...names });
    const elements = parseXml(svg);

    it(`writes the ${variant} chart as well-formed markup with its text escaped`, () => {
      expect(svg).not.toContain('<script');
      expect(elements.some((element) => element.text.includes('<script>alert("x")</script>'))).toBe(true);
    });

    it(`names and describes the ${variant} chart by reference, as an image`, () => {
      const root = elements[0];
      expect(root?.tag).toBe('svg');
      expect(root?.attributes).toMatchObject({
        role: 'img',
        'aria-labelledby': 'chart-title',
        'aria-describedby': 'chart-desc',
        viewBox: `0 0 ${width} ${Math.round(layout.height)}`,
        class: `timeline-svg timeline-svg--${variant}`,
      });
    });

    it(`draws one mark per figure in the ${variant} chart, with its role and its symbol from the symbol sheet`, () => {
      const marks = elements.filter((element) => element.tag === 'g' && element.attributes['data-figure']);
      const expected = layout.panels.flatMap((panel) => panel.marks);
      expect(marks.map((mark) => mark.attributes['data-figure'])).toEqual(expected.map((mark) => mark.id));
      for (const [index, mark] of expected.entries()) {
        expect(marks[index]?.attributes.class).toBe(`mark mark--${mark.role}${mark.approx ? ' mark--approx' : ''}`);
      }
      // A mark with a symbol draws it at its position; a mark without (a range, a span) draws it, smaller, in its label.
      const uses = elements.filter((element) => element.tag === 'use');
      const atMark = uses.filter((use) => use.attributes.x !== undefined);
      const withSymbol = expected.filter((mark) => mark.symbol !== undefined);
      expect(atMark.map((use) => use.attributes.href)).toEqual(withSymbol.map((mark) => `#${symbolId(mark.role)}`));
      expect(atMark.map((use) => [Number(use.attributes.x), Number(use.attributes.y)])).toEqual(
        withSymbol.map((mark) => [Math.round(mark.x), Math.round(mark.y)]),
      );
      const inLabels = uses.filter((use) => use.attributes.x === undefined);
      const withGlyph = expected.filter((mark) => mark.label?.glyph);
      expect(inLabels.map((use) => use.attributes.href)).toEqual(withGlyph.map((mark) => `#${symbolId(mark.role)}`));
      expect(withGlyph.every((mark) => mark.symbol === undefined)).toBe(true);
    });

    it(`writes positions of the ${variant} chart in whole units and no whitespace between elements`, () => {
      for (const element of elements) {
        for (const name of ['x', 'y', 'x1', 'x2', 'y1', 'y2']) {
          const value = element.attributes[name];
          if (value !== undefined) expect(value, `${element.tag} ${name}`).toMatch(/^-?\d+$/);
        }
      }
      expect(svg).not.toMatch(/>\s+</);
      expect(svg).not.toMatch(/<\/(path|use)>/);
    });

    it(`has no <title> per mark in the ${variant} chart: each sentence is once, in the description`, () => {
      expect(elements.filter((element) => element.tag === 'title')).toEqual([]);
    });
  }

  it('draws ranges, open bounds, date spans and the start-of-count annotation', () => {
    const elements = parseXml(timelineSvg({ layout: layoutAt(720), variant: 'wide', ...names }));
    const classes = elements.map((element) => element.attributes.class ?? '');
    expect(classes).toContain('mark-range');
    expect(classes).toContain('mark-arrow');
    expect(classes).toContain('mark-span');
    expect(elements.some((element) => element.tag === 'text' && element.text === 'Count starts')).toBe(true);
  });
});

describe('timelineDescription', () => {
  const layout = layoutAt(720);
  const html = timelineDescription({ layout, messages });
  const spans = parseXml(`<p>${html}</p>`).filter((element) => element.tag === 'span');

  it('says how many figures and panels, then gives every figure its own sentence', () => {
    expect(html).toMatch(/^5 figures, plotted by date in 2 panels, one for each measure\. <span data-figure="/);
    expect(html.endsWith('</span>')).toBe(true);
  });

  it('lists the sentences in the order of the marks, each naming its figure, which the enhancement script finds it by', () => {
    const marks = layout.panels.flatMap((panel) => panel.marks);
    expect(spans.map((span) => span.text)).toEqual(marks.map((mark) => mark.description));
    expect(spans.map((span) => span.attributes['data-figure'])).toEqual(marks.map((mark) => mark.id));
  });

  it('escapes every sentence', () => {
    expect(html).not.toContain('<script');
    expect(html).toContain('&lt;script&gt;');
  });

  it('still says what the chart is when there is no figure', () => {
    const empty = timelineLayout({
      series: [{ id: 'x', title: 'X', points: [] }],
      width: 720,
      formatTick: String,
      messages,
    });
    expect(timelineDescription({ layout: empty, messages })).toBe('No figures are plotted.');
  });
});
