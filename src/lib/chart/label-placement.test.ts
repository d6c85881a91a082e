// Label placement as a property: random figure sets, each laid out at both widths, with no overlap of any kind.
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../scripts/seeded-random.ts';
import type { MarkRole } from './symbols.ts';
import { collisions, DAY, isoDay, layoutOf, point, series } from './test-layouts.ts';
import type { TimelineSeries } from './timeline-layout.ts';

/**
 * A random set of 1 to 14 figures: dates over a week to ten years, some known only to the month, the year or a
 * span; values of any size and sign, as points, ranges with and without a best estimate, open bounds; every role,
 * approximations, at most one claimed figure.
 */
function randomSet(next: () => number, index: number): TimelineSeries[] {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const count = 1 + Math.floor(next() * 14);
  const start = Date.UTC(2015, 0, 1) + Math.floor(next() * 3000) * DAY;
  const days = pick([7, 30, 120, 400, 1500, 3650]);
  const scale = 10 ** Math.floor(next() * 7 - 1);
  const signed = next() < 0.2;
  const roles: readonly MarkRole[] = ['corroborates', 'contradicts', 'context', 'figure'];
  const points = Array.from({ length: count }, (_, n) => {
    const day = isoDay(start + Math.floor(next() * days) * DAY);
    const asOf = pick([
      day,
      day,
      day,
      day.slice(0, 7),
      day.slice(0, 4),
      `${day}/${isoDay(start + days * DAY)}`,
      `${day}~`,
    ]);
    const value = Math.round((signed ? next() * 2 - 1 : next()) * scale * 100) / 10;
    const role = n === 0 && next() < 0.7 ? 'claimed' : pick(roles);
    const approx = next() < 0.25;
    const shape = pick(['point', 'point', 'range', 'estimate', 'low', 'high'] as const);
    // To a tenth, as a source writes a range's ends (a label shows a value with every decimal it has).
    const width = Math.round((Math.abs(value) * (0.1 + next()) + scale * 0.05) * 10) / 10;
    const fields =
      shape === 'point'
        ? { value }
        : shape === 'range'
          ? { low: value, high: value + width }
          : shape === 'estimate'
            ? { low: value - width / 2, value, high: value + width / 2 }
            : shape === 'low'
              ? { low: value }
              : { high: value };
    return point(`r${index}-${n}`, { asOf, role, approx, ...fields });
  });
  return series(`random-${index}`, points);
}

describe('label placement over 150 random figure sets at each width', () => {
  const next = seededRandom(20_221_124);
  const sets = Array.from({ length: 150 }, (_, index) => randomSet(next, index));
  const figures = sets.reduce((count, set) => count + (set[0]?.points.length ?? 0), 0);
  // A dozen figures crowded into a corner of a phone's chart may leave one with no room even for a numbered
  // callout; the chart's note then says so. In these 1,190 figures that happens to 4 at 360 px, none at 720.
  it.each([
    [360, 4],
    [720, 0],
  ])('finds no overlap, and names every figure but at most a few, at width %i', (width, most) => {
    const problems: string[] = [];
    let unlabelled = 0;
    for (const set of sets) {
      const layout = layoutOf(set, width);
      const id = set[0]?.id ?? '';
      problems.push(...collisions(layout).map((problem) => `${id}: ${problem}`));
      unlabelled += layout.unlabelled;
      for (const mark of layout.panels.flatMap((panel) => panel.marks)) {
        if (mark.arrow && Math.abs(mark.arrow.y2 - mark.arrow.y1) < 24)
          problems.push(`${id}: short arrow on ${mark.id}`);
      }
      if (layout.xTicks.length < 3) problems.push(`${id}: ${layout.xTicks.length} x labels`);
    }
    expect(problems).toEqual([]);
    expect(unlabelled, `of ${figures} figures`).toBeLessThanOrEqual(most);
  });
});
