/** A small linked site for the export and structured-data tests. Not imported by the site itself. */
import { testSite } from '../compare/test-fixtures.ts';
import type { Site } from '../model/types.ts';
import { routes } from '../routes.ts';
import type { ExportContext } from './figures.ts';

export function exportSite(): Site {
  return testSite({
    metrics: [{ id: 'killed', cumulative: true, label: 'Soldiers killed' }, { id: 'rate' }],
    sources: [
      {
        id: 'ap',
        figures: [
          { id: 'mod', value: 1351, asOf: '2022-03-25', by: 'the Russian MoD' },
          { id: 'nato', low: 7000, high: 15000, approx: true, asOf: '2022-03-23', by: '=HYPERLINK("http://x","NATO")' },
        ],
      },
      {
        id: 'other',
        figures: [
          { id: 'month', value: 9861, asOf: '2022-03', by: '@KP' },
          { id: 'hedged', high: 20000, asOf: '2022-03-24~', by: '+Someone' },
          { id: 'span', low: 5000, asOf: '2025-03/2025-04', by: 'NATO sources' },
          { id: 'change', metric: 'rate', value: -5, asOf: '2023?', by: '-Analyst' },
        ],
      },
    ],
    claims: [
      {
        slug: 'mod-count',
        figure: 'mod',
        compare: ['month', { figure: 'nato', stance: 'contradicts' }, 'hedged'],
        claim: '</script><script>alert(1)</script>',
        claimDate: '2022-03-25',
        published: '2022-04-02',
        tags: ['losses', 'march'],
        corrections: [{ date: '2022-04-03', text: '=Fixed a typo' }],
      },
      { slug: 'no-figure', compare: ['span'], claimDate: '2025-03/2025-04', published: '2022-04-01' },
    ],
  });
}

export function exportContext(site: Site = exportSite()): ExportContext {
  return { site, routes: routes('/') };
}
