import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../check/check-content.ts';
import { siteClaimants, siteTopics, siteVerdicts } from './claim-groups.ts';

const WORKFLOW_DIR = path.resolve(import.meta.dirname, '../../../e2e/fixtures/workflow');
const { site } = checkContent({ dir: WORKFLOW_DIR, cwd: WORKFLOW_DIR });
if (!site) throw new Error('the workflow fixture has errors');
const slugs = (claims: ReadonlyArray<{ slug: string }>) => claims.map((claim) => claim.slug);

describe('the ways into the archive', () => {
  it('group the published fact-checks by topic, alphabetically, each newest first', () => {
    expect(siteTopics(site).map((topic) => [topic.slug, topic.label, topic.claims.length])).toEqual([
      ['air-quality', 'air quality', 2],
      ['budget', 'budget', 1],
      ['transport', 'transport', 4],
    ]);
    expect(slugs(siteTopics(site)[0]?.claims ?? [])).toEqual([
      'transit-authority-fine-particles-2024',
      'ruiz-fine-particles-down-to-9',
    ]);
  });

  it('group them by claimant, with the page a fact-check gives for the claimant', () => {
    expect(siteClaimants(site).map((group) => [group.slug, group.claims.length, group.url])).toEqual([
      ['mayor-ana-ruiz', 3, 'https://example.org/riverton/mayor'],
      ['riverton-transit-authority', 2, undefined],
    ]);
  });

  it('group them by verdict in the order of the scale, leaving out a rating no fact-check has', () => {
    expect(siteVerdicts(site).map((group) => [group.slug, group.label, group.claims.length])).toEqual([
      ['accurate', 'Accurate', 3],
      ['understated', 'Understated', 1],
      ['exaggerated', 'Exaggerated', 1],
    ]);
  });
});
