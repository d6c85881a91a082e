import { tagSlug } from '../../model/tag-slug.ts';
import type { Entry, Rule } from '../content.ts';
import type { ClaimData } from '../../schema/index.ts';
import type { Place, Problem } from '../problem.ts';

/**
 * A rule that warns where two different spellings of a text would get one address (`tagSlug`), at the later one:
 * readers would find them as one page, under the first spelling.
 */
function slugCollisionRule(options: {
  id: string;
  /** Each spelling a claim writes, with the path of its field. */
  texts: (claim: Entry<ClaimData>) => ReadonlyArray<{ text: string; path: ReadonlyArray<string | number> }>;
  message: (text: string, earlier: string, where: string, slug: string) => string;
  hint: (earlier: string) => string;
}): Rule {
  return {
    id: options.id,
    check(content) {
      const problems: Problem[] = [];
      const first = new Map<string, { text: string; place: Place }>();
      for (const claim of content.claims) {
        for (const { text, path } of options.texts(claim)) {
          const slug = tagSlug(text);
          const place = claim.file.yaml.locate(path);
          const earlier = first.get(slug);
          if (!earlier) {
            first.set(slug, { text, place });
            continue;
          }
          if (earlier.text === text) continue;
          problems.push({
            ...place,
            ruleId: options.id,
            severity: 'warning',
            message: options.message(text, earlier.text, `${earlier.place.file}:${earlier.place.line}`, slug),
            hint: options.hint(earlier.text),
          });
        }
      }
      return problems;
    },
  };
}

/**
 * Warns where two different tags would get one address (`Casualties` and `casualties`, `réseaux sociaux` and
 * `Réseaux-Sociaux`): readers would find them as one topic, so they should be written one way.
 */
export const tagCollision = slugCollisionRule({
  id: 'tag-collision',
  texts: (claim) => claim.data.tags.map((text, index) => ({ text, path: ['tags', index] })),
  message: (text, earlier, where, slug) =>
    `The tag "${text}" and the tag "${earlier}" (${where}) would be one topic, "${slug}"`,
  hint: (earlier) => `Write the tag the same way in every claim, e.g. "${earlier}"`,
});

/**
 * Warns where two different spellings of a claimant would get one page (`Mayor Ana Ruiz` and `mayor ana ruiz`):
 * their fact-checks would be listed together, under the first spelling.
 */
export const claimantCollision = slugCollisionRule({
  id: 'claimant-collision',
  texts: (claim) => [{ text: claim.data.claimant, path: ['claimant'] }],
  message: (text, earlier, where, slug) =>
    `The claimant "${text}" and "${earlier}" (${where}) would share one page, "${slug}"`,
  hint: (earlier) => `Write the claimant the same way in every claim, e.g. "${earlier}"`,
});
