// The ways into the archive: the fact-checks of one topic (tag), of one claimant, of one verdict. Each group's
// claims keep the site's order (newest first); each group has the slug of its page.
import type { Rating } from '../schema/index.ts';
import { tagSlug } from './tag-slug.ts';
import type { Claim, Site } from './types.ts';

/** The fact-checks sharing a topic, a claimant or a verdict, newest first. */
export interface ClaimGroup {
  /** The path segment of its page: a tag's or claimant's `tagSlug`, a rating's id. */
  readonly slug: string;
  /** How it is written: the tag or the claimant as the newest of its claims writes it, or the rating's label. */
  readonly label: string;
  readonly claims: readonly Claim[];
}

/** A claimant's fact-checks, with the page the newest of them gives for the claimant (`claimantUrl`). */
export interface ClaimantGroup extends ClaimGroup {
  readonly url: string | undefined;
}

/** A verdict's fact-checks, with its rating. */
export interface VerdictGroup extends ClaimGroup {
  readonly rating: Rating;
}

/** The site's groups, made once per site. */
interface SiteGroups {
  readonly topics: readonly ClaimGroup[];
  readonly claimants: readonly ClaimantGroup[];
  readonly verdicts: readonly VerdictGroup[];
}

const made = new WeakMap<Site, SiteGroups>();

/** Every topic of the site (every tag, by its slug), in the order of the site's language's alphabet. */
export function siteTopics(site: Site): readonly ClaimGroup[] {
  return groupsOf(site).topics;
}

/** Every claimant of the site (by the slug of the name), in alphabetical order. */
export function siteClaimants(site: Site): readonly ClaimantGroup[] {
  return groupsOf(site).claimants;
}

/** Every rating some fact-check is given, in the order of the scale (best first). */
export function siteVerdicts(site: Site): readonly VerdictGroup[] {
  return groupsOf(site).verdicts;
}

function groupsOf(site: Site): SiteGroups {
  let groups = made.get(site);
  if (!groups) {
    // English after the site's language: without data for it, Intl would take the machine's locale.
    const collator = new Intl.Collator([site.config.language, 'en']);
    const byLabel = <T extends ClaimGroup>(a: T, b: T) => collator.compare(a.label, b.label) || compare(a.slug, b.slug);
    const topics = grouped(site.claims, (claim) => claim.tags.map((tag) => ({ slug: tagSlug(tag), label: tag })));
    const claimants = grouped(site.claims, (claim) => [{ slug: tagSlug(claim.claimant), label: claim.claimant }]);
    groups = {
      topics: topics.sort(byLabel),
      claimants: claimants
        .map((group) => ({ ...group, url: group.claims.find((claim) => claim.claimantUrl)?.claimantUrl }))
        .sort(byLabel),
      verdicts: site.config.ratings.flatMap((rating) => {
        const claims = site.claims.filter((claim) => claim.verdict === rating.id);
        return claims.length === 0 ? [] : [{ slug: rating.id, label: rating.label, claims, rating }];
      }),
    };
    made.set(site, groups);
  }
  return groups;
}

/** Claims grouped by the keys each gives (once per group), groups in order of first appearance. */
function grouped(
  claims: readonly Claim[],
  keys: (claim: Claim) => ReadonlyArray<{ slug: string; label: string }>,
): ClaimGroup[] {
  const groups = new Map<string, { slug: string; label: string; claims: Claim[] }>();
  for (const claim of claims) {
    for (const { slug, label } of keys(claim)) {
      const group = groups.get(slug);
      if (!group) groups.set(slug, { slug, label, claims: [claim] });
      else if (group.claims.at(-1) !== claim) group.claims.push(claim);
    }
  }
  return [...groups.values()];
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
