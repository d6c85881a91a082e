import { describe, expect, it } from 'vitest';
import { testSite } from '../compare/test-fixtures.ts';
import { siteCorrections } from './corrections.ts';

describe('siteCorrections', () => {
  it('lists every correction of every claim, newest first, then by claim slug', () => {
    const site = testSite({
      metrics: [{ id: 'killed' }],
      sources: [{ id: 's', figures: [{ id: 'f', value: 1, asOf: '2022' }] }],
      claims: [
        {
          slug: 'b',
          figure: 'f',
          corrections: [
            { date: '2022-04-02', text: 'b first' },
            { date: '2022-05', text: 'b second' },
          ],
        },
        { slug: 'a', figure: 'f', corrections: [{ date: '2022-04-02', text: 'a only' }] },
        { slug: 'c', figure: 'f' },
      ],
    });
    expect(siteCorrections(site).map((entry) => [entry.date.edtf, entry.claim.slug, entry.text])).toEqual([
      ['2022-05', 'b', 'b second'],
      ['2022-04-02', 'a', 'a only'],
      ['2022-04-02', 'b', 'b first'],
    ]);
  });
});
