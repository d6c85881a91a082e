/**
 * Property-based tests of the comparison engine and the chart layout on random valid content: analysing a claim,
 * finding a metric's inconsistencies and laying out a timeline never throw, and give well-formed results.
 *
 * Runs are seeded so a failure reproduces; FC_SEED and FC_RUNS explore others, FC_SHRINK=1 shrinks a failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimTimelineSeries, metricTimelineSeries } from '../chart/site-timelines.ts';
import { timelineLayout, type TimelineLayout, type TimelineSeries } from '../chart/timeline-layout.ts';
import { contentArbitrary, propertyOptions, siteOf } from '../check/test-arbitraries.ts';
import { formatCompactNumber } from '../format/compact-number.ts';
import type { Site } from '../model/types.ts';
import { analyseClaim } from './claim-analysis.ts';
import { metricInconsistencies } from './metric-consistency.ts';
import { relationBetween } from './relation.ts';

const options = propertyOptions(100);

const siteArbitrary: fc.Arbitrary<Site> = contentArbitrary.map(siteOf);

/** Every number of a layout, with where it is, so a NaN or an infinity can be named. */
function numbersOf(value: unknown, at = 'layout'): Array<[string, number]> {
  if (typeof value === 'number') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => numbersOf(item, `${at}[${index}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => numbersOf(item, `${at}.${key}`));
  }
  return [];
}

function expectFiniteLayout(layout: TimelineLayout): void {
  for (const [where, number] of numbersOf(layout)) expect(Number.isFinite(number), where).toBe(true);
}

function layouts(site: Site, series: readonly TimelineSeries[]): TimelineLayout[] {
  const formatTick = (value: number) => formatCompactNumber(value, { locale: site.config.language });
  return [360, 720].map((width) => timelineLayout({ series, width, formatTick, messages: site.messages }));
}

describe('on random valid content', () => {
  it('analyseClaim relates every compared figure and sums them up, for every claim', () => {
    fc.assert(
      fc.property(siteArbitrary, (site) => {
        for (const claim of site.claims) {
          const analysis = analyseClaim(site, claim);
          // One relation per estimate, in compare order; every other compared report of it is named in it. A
          // claimed figure is never weighed against itself.
          const estimates = new Map<string, string[]>();
          for (const entry of claim.compare) {
            if (claim.claimed.includes(entry.figure)) continue;
            const estimate = site.figureById.get(entry.figure)?.estimate ?? entry.figure;
            estimates.set(estimate, [...(estimates.get(estimate) ?? []), entry.figure]);
          }
          expect(analysis.relations.map((relation) => [relation.figure, ...relation.sameEstimate])).toEqual([
            ...estimates.values(),
          ]);
          expect(['within', 'above', 'below', 'mixed', 'none']).toContain(analysis.assessment);
          expect(analysis.summary.trim()).not.toBe('');
          for (const relation of analysis.relations) {
            expect(relation.shown).toBe(relation.stance ?? relation.computed?.kind ?? 'context');
            expect(relation.sentence, relation.sentence).not.toMatch(/\b(?:NaN|undefined)\b/);
          }
        }
      }),
      options,
    );
  });

  it('metricInconsistencies names only figures of the site, each against another of the same metric or a whole', () => {
    fc.assert(
      fc.property(siteArbitrary, (site) => {
        for (const found of metricInconsistencies(site)) {
          const figure = site.figureById.get(found.figure);
          const against = site.figureById.get(found.against);
          expect(figure && against, JSON.stringify(found)).toBeTruthy();
          if (!figure || !against) continue;
          if (found.rule === 'count-falls') expect(against.metric).toBe(figure.metric);
          else expect(site.metricById.get(figure.metric)?.partOf).toContain(against.metric);
          expect(found.sentence, found.sentence).not.toMatch(/\b(?:NaN|undefined)\b/);
        }
      }),
      options,
    );
  });

  it('timelineLayout lays out every claim and metric chart at both widths, with finite coordinates', () => {
    fc.assert(
      fc.property(siteArbitrary, (site) => {
        for (const claim of site.claims) {
          const series = claimTimelineSeries(site, claim, analyseClaim(site, claim));
          for (const layout of layouts(site, series)) {
            expectFiniteLayout(layout);
            const marks = layout.panels.flatMap((panel) => panel.marks.map((mark) => mark.id));
            expect(marks.sort()).toEqual(series.flatMap((entry) => entry.points.map((point) => point.id)).sort());
          }
        }
        for (const metric of site.metrics) {
          for (const layout of layouts(site, metricTimelineSeries(site, metric))) expectFiniteLayout(layout);
        }
      }),
      options,
    );
  });

  it('relationBetween is symmetric: two figures corroborate, or contradict at the same date, both ways round', () => {
    const pairs = siteArbitrary.chain((site) =>
      fc.tuple(fc.constant(site), fc.constantFrom(...site.figures), fc.constantFrom(...site.figures)),
    );
    fc.assert(
      fc.property(pairs, ([site, a, b]) => {
        const ab = relationBetween({ claimed: a, other: b, metricById: site.metricById });
        const ba = relationBetween({ claimed: b, other: a, metricById: site.metricById });
        expect(ab.kind === 'corroborates').toBe(ba.kind === 'corroborates');
        if (ab.basis === 'same-date' && ab.kind === 'contradicts') {
          expect(ba).toEqual({ ...ab, direction: ab.direction === 'above' ? 'below' : 'above' });
        }
        // A figure is no check on itself, nor on another report of its estimate.
        if (a.estimate === b.estimate)
          expect(ab).toEqual({ kind: 'context', basis: 'same-estimate', direction: undefined });
      }),
      options,
    );
  });
});
