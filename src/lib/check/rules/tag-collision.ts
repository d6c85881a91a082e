import { tagSlug } from '../../model/tag-slug.ts';
import type { Rule } from '../content.ts';
import type { Place, Problem } from '../problem.ts';

/**
 * Warns where two different tags would get one address (`Casualties` and `casualties`, `réseaux sociaux` and
 * `Réseaux-Sociaux`): readers would find them as one topic, so they should be written one way.
 */
export const tagCollision: Rule = {
  id: 'tag-collision',
  check(content) {
    const problems: Problem[] = [];
    const first = new Map<string, { tag: string; place: Place }>();
    for (const claim of content.claims) {
      claim.data.tags.forEach((tag, index) => {
        const slug = tagSlug(tag);
        const place = claim.file.yaml.locate(['tags', index]);
        const earlier = first.get(slug);
        if (!earlier) {
          first.set(slug, { tag, place });
          return;
        }
        if (earlier.tag === tag) return;
        problems.push({
          ...place,
          ruleId: 'tag-collision',
          severity: 'warning',
          message: `The tag "${tag}" and the tag "${earlier.tag}" (${earlier.place.file}:${earlier.place.line}) would be one topic, "${slug}"`,
          hint: `Write the tag the same way in every claim, e.g. "${earlier.tag}"`,
        });
      });
    }
    return problems;
  },
};

/**
 * Warns where two different spellings of a claimant would get one page (`Mayor Ana Ruiz` and `mayor ana ruiz`):
 * their fact-checks would be listed together, under the first spelling.
 */
export const claimantCollision: Rule = {
  id: 'claimant-collision',
  check(content) {
    const problems: Problem[] = [];
    const first = new Map<string, { claimant: string; place: Place }>();
    for (const claim of content.claims) {
      const { claimant } = claim.data;
      const slug = tagSlug(claimant);
      const place = claim.file.yaml.locate(['claimant']);
      const earlier = first.get(slug);
      if (!earlier) {
        first.set(slug, { claimant, place });
        continue;
      }
      if (earlier.claimant === claimant) continue;
      problems.push({
        ...place,
        ruleId: 'claimant-collision',
        severity: 'warning',
        message: `The claimant "${claimant}" and "${earlier.claimant}" (${earlier.place.file}:${earlier.place.line}) would share one page, "${slug}"`,
        hint: `Write the claimant the same way in every claim, e.g. "${earlier.claimant}"`,
      });
    }
    return problems;
  },
};
