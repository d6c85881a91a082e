import { describe, expect, it } from 'vitest';
import { timeScale } from './time-scale.ts';

const DAY = 86_400_000;
const utc = (year: number, month: number, day = 1) => Date.UTC(year, month - 1, day);
const EN = { locale: 'en-GB' };

describe('timeScale', () => {
  it('pads the domain by 4% of the span on each side', () => {
    const min = utc(2020, 1);
    const max = utc(2025, 1);
    const scale = timeScale([min, max], { left: 44, right: 350 }, EN);
    const pad = (max - min) * 0.04;
    expect(scale.domain).toEqual([min - pad, max + pad]);
    expect(scale(min - pad)).toBeCloseTo(44, 9);
    expect(scale(max + pad)).toBeCloseTo(350, 9);
  });

  it('pads a short span by at least 10 days, and a single instant too', () => {
    const instant = utc(2022, 3, 25);
    expect(timeScale([instant], { left: 0, right: 300 }, EN).domain).toEqual([instant - 10 * DAY, instant + 10 * DAY]);
    expect(timeScale([instant, instant + DAY], { left: 0, right: 300 }, EN).domain).toEqual([
      instant - 10 * DAY,
      instant + 11 * DAY,
    ]);
  });

  it('places instants in order from left to right', () => {
    const scale = timeScale([utc(2022, 3, 2), utc(2022, 3, 25)], { left: 44, right: 350 }, EN);
    expect(scale(utc(2022, 3, 2))).toBeLessThan(scale(utc(2022, 3, 25)));
  });

  const spans: Array<[string, number, number]> = [
    ['a day', utc(2022, 3, 25), utc(2022, 3, 26)],
    ['a week', utc(2022, 3, 14), utc(2022, 3, 21)],
    ['a month', utc(2022, 3, 1), utc(2022, 4, 1)],
    ['three months', utc(2022, 2, 24), utc(2022, 5, 25)],
    ['a year', utc(2022, 2, 24), utc(2023, 2, 24)],
    ['three years', utc(2022, 2, 24), utc(2025, 5, 1)],
    ['the example', utc(2022, 2, 24), utc(2025, 5, 1) - 1],
    ['ten years', utc(2015, 1, 1), utc(2025, 1, 1)],
    ['fifty years', utc(1979, 1, 1), utc(2029, 1, 1)],
  ];

  describe.each([360, 720])('at width %i', (width) => {
    const margin = width < 500 ? { left: 44, right: width - 10 } : { left: 58, right: width - 20 };
    // About one tick per 90 pixels, and five at least: 5 at 360 px, 8 at 720.
    const limit = width < 500 ? 5 : 8;

    for (const [name, min, max] of spans) {
      it(`never gives more than ${limit} ticks over ${name}`, () => {
        const ticks = timeScale([min, max], margin, EN).ticks();
        expect(ticks.length).toBeGreaterThan(0);
        expect(ticks.length).toBeLessThanOrEqual(limit);
      });
    }

    it.each(spans.filter(([name]) => name !== 'a day'))(
      'gives at least three labels over %s, one of them with the year',
      (_, min, max) => {
        const ticks = timeScale([min, max], margin, EN).ticks();
        expect(ticks.length).toBeGreaterThanOrEqual(3);
        expect(ticks.some((tick) => /\d{4}/.test(tick.label))).toBe(true);
      },
    );

    it.each(spans)('labels every tick over %s, inside the range and in order', (_, min, max) => {
      const scale = timeScale([min, max], margin, EN);
      const ticks = scale.ticks();
      for (const tick of ticks) {
        expect(tick.label.trim()).not.toBe('');
        expect(scale(tick.value)).toBeGreaterThanOrEqual(margin.left - 1e-9);
        expect(scale(tick.value)).toBeLessThanOrEqual(margin.right + 1e-9);
      }
      const values = ticks.map((tick) => tick.value);
      expect(values).toEqual([...values].sort((a, b) => a - b));
    });
  });

  it('labels yearly ticks with the year alone', () => {
    const ticks = timeScale([utc(2015, 1, 1), utc(2025, 1, 1)], { left: 58, right: 700 }, EN).ticks();
    expect(ticks.length).toBeGreaterThan(1);
    for (const tick of ticks) expect(tick.label).toMatch(/^\d{4}$/);
  });

  it('labels monthly ticks with the year on the first tick and on January only', () => {
    const ticks = timeScale([utc(2022, 10, 15), utc(2023, 4, 15)], { left: 58, right: 700 }, EN).ticks();
    // The domain is padded to 5 October 2022 – 25 April 2023, so the first tick is 1 November.
    expect(ticks.map((tick) => tick.label)).toEqual(['Nov 2022', 'Dec', 'Jan 2023', 'Feb', 'Mar', 'Apr']);
  });

  it('labels ticks in the site’s language', () => {
    const ticks = timeScale([utc(2022, 10, 15), utc(2023, 4, 15)], { left: 58, right: 700 }, { locale: 'de' }).ticks();
    const labels = ticks.map((tick) => tick.label);
    expect(labels[0]).toMatch(/^Nov\.? 2022$/);
    expect(labels[1]).toMatch(/^Dez/);
    expect(labels[2]).toMatch(/^Jan\.? 2023$/);
  });

  it('labels ticks inside months with day and month, and the year on the first', () => {
    const ticks = timeScale([utc(2022, 3, 2), utc(2022, 3, 25)], { left: 58, right: 700 }, EN).ticks();
    expect(ticks.length).toBeGreaterThan(1);
    const [first, ...rest] = ticks.map((tick) => tick.label);
    expect(first).toMatch(/^\d{1,2} [A-Z][a-z]{2,3} 2022$/);
    for (const label of rest) expect(label).toMatch(/^\d{1,2} [A-Z][a-z]{2,3}$/);
  });

  it('gives a phone’s axis three labels over a few weeks when five do not fit: 2 to 25 March 2022', () => {
    // At 360 px d3 offers a month (two ticks) or a week (five): a fortnight it does not have.
    const scale = timeScale([utc(2022, 3, 2), utc(2022, 3, 25)], { left: 44, right: 350 }, EN);
    expect(scale.ticks().map((tick) => tick.label)).toEqual(['21 Feb 2022', '1 Mar', '11 Mar', '21 Mar', '1 Apr']);
    const fewer = scale.ticks((ticks) => ticks.length <= 3);
    expect(fewer.map((tick) => tick.label)).toEqual(['1 Mar 2022', '16 Mar', '1 Apr']);
  });

  it('gives the sparsest set of three or more when no set fits', () => {
    const scale = timeScale([utc(2022, 3, 2), utc(2022, 3, 25)], { left: 44, right: 350 }, EN);
    expect(scale.ticks(() => false).length).toBe(3);
  });
});
