// Another topic written to the content contract (e2e/fixtures/temperature/): annual figures of a metric that is not
// a running total, and Cyrillic tags. Its downloads must say what a fact-checker would: the 2 °C claimed for 2024 is
// contradicted (above) by the agency's 1.42–1.68 for 2024, and "about 1.5" for 2023 corroborates its 1.33–1.57.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../src/lib/check/check-content.ts';
import { claimEntry } from '../src/lib/export/claims.ts';
import { routes } from '../src/lib/routes.ts';

const cwd = process.cwd();
const { site, problems } = checkContent({ dir: path.join(cwd, 'e2e', 'fixtures', 'temperature'), cwd });

/** The relations of a claim's download (claims/<slug>.json), by compared figure. */
function relations(slug: string): Record<string, Record<string, unknown>> {
  const claim = site?.claimBySlug.get(slug);
  if (!site || !claim) throw new Error(`no claim ${slug}`);
  const entry = claimEntry({ site, routes: routes('/') }, claim);
  return Object.fromEntries(entry.relations.map((relation) => [String(relation.figure), relation]));
}

describe('a content folder on global temperature', () => {
  it('passes the checker without a problem, Cyrillic tags included', () => {
    expect(problems).toEqual([]);
    expect(site?.claimBySlug.get('two-degrees-in-2024')?.tags).toEqual(['клімат', 'температура']);
  });

  it('finds the 2 °C claimed for 2024 above the agency’s estimate for 2024', () => {
    expect(relations('two-degrees-in-2024')['agency-2024']).toMatchObject({
      relation: 'contradicts',
      basis: 'same-date',
      direction: 'above',
    });
  });

  it('finds "about 1.5" for 2023 within the agency’s estimate for 2023, and the other year only context', () => {
    const found = relations('about-1-5-in-2023');
    expect(found['agency-2023']).toMatchObject({ relation: 'corroborates', basis: 'same-date' });
    expect(found['agency-2024']).toMatchObject({ relation: 'context', basis: 'too-far-apart' });
  });

  it('assesses each claim as its verdict says', () => {
    const entry = (slug: string) => {
      const claim = site?.claimBySlug.get(slug);
      if (!site || !claim) throw new Error(`no claim ${slug}`);
      return claimEntry({ site, routes: routes('/') }, claim);
    };
    expect(entry('two-degrees-in-2024').assessment).toBe('above');
    expect(entry('about-1-5-in-2023').assessment).toBe('within');
  });
});
