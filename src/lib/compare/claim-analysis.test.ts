import { describe, expect, it } from 'vitest';
import type { Site } from '../model/types.ts';
import { analyseClaim } from './claim-analysis.ts';
import { testSite, type ClaimFixture } from './test-fixtures.ts';

/** The example's figures of Russian soldiers killed in March 2022, and two made-up ones. */
function siteWith(claims: readonly ClaimFixture[]): Site {
  return testSite({
    metrics: [{ id: 'killed', cumulative: true }],
    sources: [
      { id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-03-25', by: 'the Russian MoD' }] },
      { id: 'nato', figures: [{ id: 'nato', low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO' }] },
      { id: 'kp', figures: [{ id: 'kp', value: 9861, asOf: '2022-03-21', by: 'KP' }] },
      { id: 'high', figures: [{ id: 'high', value: 20000, asOf: '2022-03-24', by: 'H' }] },
      { id: 'early', figures: [{ id: 'early', value: 498, asOf: '2022-03-02', by: 'Russia' }] },
    ],
    claims,
  });
}

function analyse(claim: ClaimFixture) {
  const site = siteWith([claim]);
  const found = site.claimBySlug.get(claim.slug);
  if (!found) throw new Error(`no claim ${claim.slug}`);
  return analyseClaim(site, found);
}

describe('analyseClaim, the computed assessment', () => {
  it('is "within" when every deciding figure corroborates', () => {
    const analysis = analyse({ slug: 'c', figure: 'kp', compare: ['nato'] });
    expect(analysis.assessment).toBe('within');
    expect(analysis.summary).toBe('At 9,861 people, the claim agrees with the one comparable estimate.');
  });

  it('is "below" when every deciding figure is above the claimed one', () => {
    const analysis = analyse({ slug: 'c', figure: 'mod', compare: ['nato', 'kp'] });
    expect(analysis.relations.map((relation) => [relation.shown, relation.direction])).toEqual([
      ['contradicts', 'below'],
      ['contradicts', 'below'],
    ]);
    expect(analysis.assessment).toBe('below');
    expect(analysis.summary).toBe('At 1,351 people, the claim is below both comparable estimates.');
  });

  it('is "above" when every deciding figure is below the claimed one', () => {
    const analysis = analyse({ slug: 'c', figure: 'high', compare: ['nato', 'kp'] });
    expect(analysis.assessment).toBe('above');
    expect(analysis.summary).toBe('At 20,000 people, the claim is above both comparable estimates.');
  });

  it('is "mixed" when deciding figures disagree', () => {
    const analysis = analyse({ slug: 'c', figure: 'kp', compare: ['nato', 'high'] });
    expect(analysis.relations.map((relation) => relation.shown)).toEqual(['corroborates', 'contradicts']);
    expect(analysis.assessment).toBe('mixed');
    expect(analysis.summary).toBe(
      'At 9,861 people, the claim agrees with one comparable estimate and disagrees with one.',
    );
  });

  it('is "mixed" when deciding figures lie on both sides', () => {
    const analysis = analyse({ slug: 'c', figure: 'kp', compare: ['mod', 'high'] });
    expect(analysis.relations.map((relation) => relation.direction)).toEqual(['above', 'below']);
    expect(analysis.assessment).toBe('mixed');
  });

  it('is "none" when every compared figure is context, and ignores context otherwise', () => {
    const none = analyse({ slug: 'c', figure: 'mod', compare: ['early'] });
    expect(none.relations[0]?.computed).toMatchObject({ kind: 'context', basis: 'running-total' });
    expect(none.assessment).toBe('none');
    expect(none.summary).toBe('No estimate in our sources can be compared with the claimed 1,351 people.');
    expect(analyse({ slug: 'c', figure: 'kp', compare: ['early', 'nato'] }).assessment).toBe('within');
  });

  it('compares with every other figure of the metric by default, in date order', () => {
    const analysis = analyse({ slug: 'c', figure: 'mod' });
    expect(analysis.relations.map((relation) => relation.figure)).toEqual(['early', 'kp', 'nato', 'high']);
    expect(analysis.assessment).toBe('below');
  });

  it('gives each relation the sentence for its computed relation', () => {
    const [relation] = analyse({ slug: 'c', figure: 'mod', compare: ['nato'] }).relations;
    expect(relation?.sentence).toBe(
      'NATO put the number at 7,000–15,000 people two days earlier: five to eleven times the claimed 1,351 people.',
    );
  });

  it('leaves out a compared figure the site does not have', () => {
    expect(analyse({ slug: 'c', figure: 'mod', compare: ['missing', 'nato'] }).relations.map((r) => r.figure)).toEqual([
      'nato',
    ]);
  });
});

describe('analyseClaim, the editor’s stance', () => {
  it('overrides the shown relation and the assessment, while `computed` keeps the computed relation', () => {
    const analysis = analyse({ slug: 'c', figure: 'mod', compare: [{ figure: 'nato', stance: 'corroborates' }] });
    const [relation] = analysis.relations;
    expect(relation).toMatchObject({
      figure: 'nato',
      stance: 'corroborates',
      shown: 'corroborates',
      direction: undefined,
      computed: { kind: 'contradicts', basis: 'same-date', direction: 'below' },
    });
    expect(analysis.assessment).toBe('within');
  });

  it('turns a contradiction into context, leaving nothing to decide', () => {
    const analysis = analyse({ slug: 'c', figure: 'mod', compare: [{ figure: 'nato', stance: 'context' }] });
    expect(analysis.relations[0]).toMatchObject({ shown: 'context', computed: { kind: 'contradicts' } });
    expect(analysis.assessment).toBe('none');
  });

  it('gives a contradiction the editor asserts the side the values show', () => {
    const analysis = analyse({ slug: 'c', figure: 'mod', compare: [{ figure: 'early', stance: 'contradicts' }] });
    expect(analysis.relations[0]).toMatchObject({
      shown: 'contradicts',
      direction: 'above',
      computed: { kind: 'context', basis: 'running-total', direction: undefined },
    });
    expect(analysis.assessment).toBe('above');
  });

  it('keeps the computed sentence when the stance differs from it', () => {
    const analysis = analyse({ slug: 'c', figure: 'mod', compare: [{ figure: 'nato', stance: 'corroborates' }] });
    expect(analysis.relations[0]?.sentence).toContain('five to eleven times the claimed 1,351 people');
  });
});

describe('analyseClaim, a claim without a figure', () => {
  it('shows every compared figure as context and assesses "none"', () => {
    const analysis = analyse({ slug: 'c', compare: ['nato', 'kp'] });
    expect(analysis.relations).toEqual([
      {
        figure: 'nato',
        compareIndex: 0,
        sameEstimate: [],
        computed: undefined,
        stance: undefined,
        shown: 'context',
        direction: undefined,
        sentence:
          'NATO put the number at 7,000–15,000 people by 23 March 2022. The claim gives no number to compare it with.',
      },
      expect.objectContaining({ figure: 'kp', computed: undefined, shown: 'context' }),
    ]);
    expect(analysis.assessment).toBe('none');
    expect(analysis.summary).toBe('No estimate in our sources can be compared with the claim, which gives no number.');
  });

  it('shows the editor’s stance when one is given', () => {
    const analysis = analyse({ slug: 'c', compare: [{ figure: 'nato', stance: 'corroborates' }] });
    expect(analysis.relations[0]).toMatchObject({ shown: 'corroborates', computed: undefined });
    expect(analysis.assessment).toBe('within');
    expect(analysis.summary).toBe('The claim agrees with the one comparable estimate.');
  });

  it('says the claim disagrees with what the editor says contradicts it, never that some are higher, some lower', () => {
    const one = analyse({ slug: 'c', compare: ['kp', { figure: 'nato', stance: 'contradicts' }] });
    expect(one.summary).toBe('The claim disagrees with the one comparable estimate.');
    const both = analyse({
      slug: 'c',
      compare: [
        { figure: 'nato', stance: 'contradicts' },
        { figure: 'kp', stance: 'contradicts' },
      ],
    });
    expect(both.summary).toBe('The claim disagrees with both comparable estimates.');
  });
});

describe('analyseClaim, one estimate reported by two sources (sameAs)', () => {
  /** NATO's range as its own article and as the AP report it; the AP's figure names the first with sameAs. */
  function siteWithReports(claims: readonly ClaimFixture[]): Site {
    return testSite({
      metrics: [{ id: 'killed', cumulative: true }],
      sources: [
        { id: 'ap', figures: [{ id: 'mod', value: 1351, asOf: '2022-03-25', by: 'the Russian MoD' }] },
        { id: 'nato', figures: [{ id: 'nato', low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO' }] },
        {
          id: 'ap-nato',
          figures: [{ id: 'ap-nato', low: 7000, high: 15000, approx: true, asOf: '2022-03-23', sameAs: 'nato' }],
        },
        { id: 'kp', figures: [{ id: 'kp', value: 9861, asOf: '2022-03-21', by: 'KP' }] },
      ],
      claims,
    });
  }
  const analyseIn = (claim: ClaimFixture) => {
    const site = siteWithReports([claim]);
    const found = site.claimBySlug.get(claim.slug);
    if (!found) throw new Error(`no claim ${claim.slug}`);
    return analyseClaim(site, found);
  };

  it('counts the estimate once, in one relation that names the other report', () => {
    const analysis = analyseIn({ slug: 'c', figure: 'mod', compare: ['nato', 'ap-nato', 'kp'] });
    expect(analysis.relations.map((relation) => [relation.figure, relation.sameEstimate])).toEqual([
      ['nato', ['ap-nato']],
      ['kp', []],
    ]);
    expect(analysis.summary).toBe('At 1,351 people, the claim is below both comparable estimates.');
  });

  it('keeps each relation’s place in the compare list', () => {
    const analysis = analyseIn({ slug: 'c', figure: 'mod', compare: ['ap-nato', 'kp', 'nato'] });
    expect(analysis.relations.map((relation) => [relation.figure, relation.compareIndex])).toEqual([
      ['ap-nato', 0],
      ['kp', 1],
    ]);
  });

  it('does not let an estimate check itself: another report of the claimed estimate is named with it, not weighed', () => {
    const analysis = analyseIn({ slug: 'c', figure: 'nato', compare: ['ap-nato', 'kp'] });
    expect(analysis.relations.map((relation) => relation.figure)).toEqual(['kp']);
    expect(analysis.claimed.map((entry) => [entry.figure, entry.sameEstimate])).toEqual([['nato', ['ap-nato']]]);
    expect(analysis.summary).toBe('At 7,000–15,000 people, the claim agrees with the one comparable estimate.');
  });
});

describe('analyseClaim, a claim that states several numbers', () => {
  // "1,351 … had died … and 3,825 had been injured" (the AP, 25 March 2022), against NATO's killed and a
  // tabloid's injured of the same week.
  const site = testSite({
    metrics: [
      { id: 'killed', cumulative: true },
      { id: 'wounded', cumulative: true },
    ],
    sources: [
      {
        id: 'ap',
        figures: [
          { id: 'mod', value: 1351, asOf: '2022-03-25', by: 'the Russian MoD' },
          { id: 'mod-injured', metric: 'wounded', value: 3825, asOf: '2022-03-25', by: 'the Russian MoD' },
        ],
      },
      { id: 'nato', figures: [{ id: 'nato', low: 7000, high: 15000, asOf: '2022-03-23', by: 'NATO' }] },
      { id: 'kp', figures: [{ id: 'kp-injured', metric: 'wounded', value: 16153, asOf: '2022-03-21', by: 'KP' }] },
    ],
    claims: [
      { slug: 'two', figure: ['mod', 'mod-injured'] },
      { slug: 'listed', figure: ['mod', 'mod-injured'], compare: ['kp-injured', 'mod-injured', 'nato'] },
    ],
  });
  const analysisOf = (slug: string) => {
    const claim = site.claimBySlug.get(slug);
    if (!claim) throw new Error(slug);
    return analyseClaim(site, claim);
  };

  it('weighs each estimate against the claimed figure of its own metric', () => {
    const analysis = analysisOf('two');
    expect(analysis.relations.map((relation) => [relation.figure, relation.claimed, relation.shown])).toEqual([
      ['nato', 'mod', 'contradicts'],
      ['kp-injured', 'mod-injured', 'contradicts'],
    ]);
  });

  it('gives each claimed figure its own assessment and sentence, and combines them', () => {
    const analysis = analysisOf('two');
    expect(analysis.claimed.map((entry) => [entry.figure, entry.assessment])).toEqual([
      ['mod', 'below'],
      ['mod-injured', 'below'],
    ]);
    expect(analysis.assessment).toBe('below');
    expect(analysis.summary).toBe(
      'At 1,351 people, the claim is below the one comparable estimate. At 3,825 people, the claim is below the one comparable estimate.',
    );
  });

  it('never weighs a claimed figure against itself, even when the compare list names it', () => {
    const analysis = analysisOf('listed');
    expect(analysis.relations.map((relation) => relation.figure)).toEqual(['kp-injured', 'nato']);
  });

  it('compares by default with every other figure of each claimed figure’s metric', () => {
    expect(site.claimBySlug.get('two')?.compare.map((entry) => entry.figure)).toEqual(['nato', 'kp-injured']);
  });
});

describe('analyseClaim, combining several claimed figures', () => {
  const site = testSite({
    metrics: [
      { id: 'killed', cumulative: true },
      { id: 'wounded', cumulative: true },
    ],
    sources: [
      {
        id: 'a',
        figures: [
          { id: 'k', value: 10000, asOf: '2022-03-25' },
          { id: 'w', metric: 'wounded', value: 100, asOf: '2022-03-25' },
          { id: 'w-alone', metric: 'wounded', value: 100, asOf: '2020-01-01' },
        ],
      },
      { id: 'b', figures: [{ id: 'nato', low: 7000, high: 15000, asOf: '2022-03-23' }] },
      { id: 'c', figures: [{ id: 'w-high', metric: 'wounded', value: 5000, asOf: '2022-03-24' }] },
    ],
    claims: [
      { slug: 'agree-and-below', figure: ['k', 'w'], compare: ['nato', 'w-high'] },
      { slug: 'agree-and-none', figure: ['k', 'w-alone'], compare: ['nato', 'w-high'] },
    ],
  });
  const assessmentOf = (slug: string) => {
    const claim = site.claimBySlug.get(slug);
    if (!claim) throw new Error(slug);
    return analyseClaim(site, claim).assessment;
  };

  it('is "mixed" when the claimed figures read differently', () => {
    expect(assessmentOf('agree-and-below')).toBe('mixed');
  });

  it('lets a claimed figure that nothing can check leave the others’ reading alone', () => {
    expect(assessmentOf('agree-and-none')).toBe('within');
  });
});
