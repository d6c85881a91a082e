import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CLAIM_CSV_COLUMNS, CLAIM_FIELDS, claimCsv, claimJson, claimsJson, RELATION_COLUMNS } from './claims.ts';
import { FIGURE_COLUMNS } from './figures.ts';
import { exportContext } from './test-site.ts';
import { testSite } from '../compare/test-fixtures.ts';

const context = exportContext();
const claimOf = (slug: string) => {
  const claim = context.site.claimBySlug.get(slug);
  if (!claim) throw new Error(`no claim ${slug}`);
  return claim;
};

describe('claimCsv', () => {
  const rows = csvParse(claimCsv(context, claimOf('mod-count')));

  it('has the claim, role and figure columns, then the relation columns, in the documented order', () => {
    expect(rows.columns).toEqual(CLAIM_CSV_COLUMNS.map((column) => column.name));
    expect(rows.columns.slice(0, 6)).toEqual(['claim', 'claim_text', 'verdict', 'verdict_label', 'role', 'figure']);
    expect(rows.columns.slice(-8)).toEqual([
      'relation',
      'computed_relation',
      'basis',
      'stance',
      'direction',
      'sentence',
      'same_estimate',
      'claimed_figure',
    ]);
  });

  it('lists the claimed figure first, then the compared figures by date then id', () => {
    expect(rows.map((row) => [row.role, row.figure])).toEqual([
      ['claimed', 'mod'],
      ['compared', 'month'],
      ['compared', 'nato'],
      ['compared', 'hedged'],
    ]);
  });

  it('gives each compared figure its computed relation, the editor’s stance and the sentence', () => {
    const nato = rows.find((row) => row.figure === 'nato');
    expect(nato).toMatchObject({
      relation: 'contradicts',
      computed_relation: 'contradicts',
      basis: 'same-date',
      stance: 'contradicts',
      direction: 'below',
    });
    expect(nato?.sentence).toMatch(
      /^'=HYPERLINK.* put the number at about 7,000–15,000 people two days earlier: five to eleven times the claimed 1,351 people\.$/,
    );
    expect(rows[0]).toMatchObject({ relation: '', sentence: '', value: '1351', verdict_label: 'Accurate' });
  });
});

describe('claimJson and claimsJson', () => {
  it('give every documented claim field, in order, and nothing else', () => {
    const { claim } = JSON.parse(claimJson(context, claimOf('mod-count')));
    expect(Object.keys(claim)).toEqual(CLAIM_FIELDS.map((field) => field.name));
  });

  it('carry the claim, verdict, dates as written with their span, corrections and tags', () => {
    const { claim } = JSON.parse(claimJson(context, claimOf('mod-count')));
    expect(claim).toMatchObject({
      slug: 'mod-count',
      url: 'https://example.org/claims/mod-count/',
      claim: '</script><script>alert(1)</script>',
      claim_date: '2022-03-25',
      claim_date_start: '2022-03-25',
      claim_date_end: '2022-03-25',
      verdict: 'accurate',
      verdict_label: 'Accurate',
      verdict_value: 1,
      assessment: 'mixed',
      published: '2022-04-02',
      updated: null,
      tags: ['losses', 'march'],
      corrections: [{ date: '2022-04-03', text: '=Fixed a typo' }],
    });
  });

  it('give the figures with their role and the relations in the same order', () => {
    const { claim } = JSON.parse(claimJson(context, claimOf('mod-count')));
    expect(claim.figures.map((figure: { role: string; figure: string }) => [figure.role, figure.figure])).toEqual([
      ['claimed', 'mod'],
      ['compared', 'month'],
      ['compared', 'nato'],
      ['compared', 'hedged'],
    ]);
    expect(Object.keys(claim.figures[0])).toEqual(['role', ...FIGURE_COLUMNS.map((column) => column.name)]);
    expect(claim.relations.map((relation: { figure: string }) => relation.figure)).toEqual(['month', 'nato', 'hedged']);
    expect(Object.keys(claim.relations[0])).toEqual(RELATION_COLUMNS.map((column) => column.name));
  });

  it('list every claim in claims.json, newest first, each as in its own file', () => {
    const all = JSON.parse(claimsJson(context));
    expect(all.claims.map((claim: { slug: string }) => claim.slug)).toEqual(['mod-count', 'no-figure']);
    expect(all.claims[0]).toEqual(JSON.parse(claimJson(context, claimOf('mod-count'))).claim);
  });

  it('say when a claim names no figure: no computed relation, context', () => {
    const { claim } = JSON.parse(claimJson(context, claimOf('no-figure')));
    expect(claim.relations).toEqual([
      expect.objectContaining({ figure: 'span', relation: 'context', computed_relation: null, basis: null }),
    ]);
    expect(claim.figures.map((figure: { role: string }) => figure.role)).toEqual(['compared']);
  });
});

describe('a claim that asserts several figures, in the downloads', () => {
  const site = testSite({
    metrics: [
      { id: 'killed', cumulative: true },
      { id: 'wounded', cumulative: true },
    ],
    sources: [
      {
        id: 'ap',
        figures: [
          { id: 'mod', value: 1351, asOf: '2022-03-25' },
          { id: 'mod-injured', metric: 'wounded', value: 3825, asOf: '2022-03-25' },
        ],
      },
      { id: 'kp', figures: [{ id: 'kp-injured', metric: 'wounded', value: 16153, asOf: '2022-03-21' }] },
    ],
    claims: [{ slug: 'two', figure: ['mod', 'mod-injured'], compare: ['kp-injured'] }],
  });
  const claim = site.claimBySlug.get('two');
  if (!claim) throw new Error('no claim');
  const two = exportContext(site);

  it('gives each claimed figure a claimed row, in the order claimed, and names which one each relation weighs', () => {
    const csv = csvParse(claimCsv(two, claim));
    expect(csv.map((row) => [row.role, row.figure, row.claimed_figure])).toEqual([
      ['claimed', 'mod', ''],
      ['claimed', 'mod-injured', ''],
      ['compared', 'kp-injured', 'mod-injured'],
    ]);
  });

  it('lists the claimed figures in the JSON', () => {
    const json = JSON.parse(claimJson(two, claim)) as { claim: { claimed_figures: string[]; assessment: string } };
    expect(json.claim.claimed_figures).toEqual(['mod', 'mod-injured']);
    expect(json.claim.assessment).toBe('below');
  });
});
