import { z } from 'zod';
import { edtfDate, httpUrl, id, languageTag, line, text } from './fields.ts';

/** An editor's reading of how a compared figure bears on the claim. */
export const stanceSchema = z.enum(['corroborates', 'contradicts', 'context']);

/** A figure weighed against the claim: its id, or its id with the editor's stance. */
export const compareEntrySchema = z.union([
  id,
  z.strictObject({
    /** Id of the compared figure. */
    figure: id,
    /** Optional: the editor's stance, which overrides the computed relation. */
    stance: stanceSchema.optional(),
  }),
]);

/** The most figures one claim may assert: a claim states a few numbers, not a table. */
export const MAX_CLAIMED_FIGURES = 20;

/** The claimed figure ids of a claim's `figure` field, in the order written: none, one, or several. */
export function claimedFigureIds(figure: string | readonly string[] | undefined): readonly string[] {
  if (figure === undefined) return [];
  return typeof figure === 'string' ? [figure] : figure;
}

/** A dated correction, shown on the claim page. */
export const correctionSchema = z.strictObject({
  /** EDTF date of the correction. */
  date: edtfDate,
  /** What was corrected and why. */
  text,
});

/** `claims/<slug>.md` or `.mdx`: one fact-check. The file name is the slug; the body is the reasoning. */
export const claimSchema = z
  .strictObject({
    /** Headline of the fact-check. */
    title: line,
    /** The claim as reviewed, short. */
    claim: line,
    /** Who made the claim. */
    claimant: line,
    /** Optional: whether the claimant is a person or an organization (default), for schema.org ClaimReview. */
    claimantType: z.enum(['person', 'organization']).default('organization'),
    /** EDTF date the claim was made. */
    claimDate: edtfDate,
    /** Optional: how the claim date was inferred when no text states it. */
    dateNote: text.optional(),
    /** Id of the source where the claim appeared. */
    appearance: id,
    /**
     * Optional: id of the figure the claim asserts, or a list of ids when it states several numbers ("1,351 had died
     * and 3,825 had been injured"): each claimed figure is compared on its own, and the claim's assessment combines
     * theirs (see "How figures are compared").
     */
    figure: z
      .union([
        id,
        z
          .array(id)
          .min(1, { message: 'List at least one figure id, or leave `figure` out' })
          .max(MAX_CLAIMED_FIGURES, { message: `A claim may assert at most ${MAX_CLAIMED_FIGURES} figures` })
          .refine((ids) => new Set(ids).size === ids.length, { message: 'List each claimed figure once' }),
      ])
      .optional(),
    /** Optional: figures weighed against it; by default every other figure of the claim figure's metric. */
    compare: z.array(compareEntrySchema).optional(),
    /** A rating id from site.yaml. */
    verdict: id,
    /** The conclusion in one paragraph. */
    summary: text,
    /** EDTF date the fact-check was published. */
    published: edtfDate,
    /** Optional: EDTF date of the last substantive update. */
    updated: edtfDate.optional(),
    /** Optional: who wrote the fact-check. */
    author: line.optional(),
    /** Optional: dated corrections, oldest first. */
    corrections: z.array(correctionSchema).default([]),
    /**
     * Optional: topic tags, any text in any script ("casualties", "réseaux sociaux", "українською"), each at most
     * 1,000 characters. Where a URL needs one it is derived (`tagSlug`); two tags with one slug are reported.
     */
    tags: z.array(line).default([]),
    /** Optional: the BCP 47 language the fact-check is written in, one of site.yaml's `languages` (default `language`). */
    lang: languageTag.optional(),
    /**
     * Optional: slug of the claim this one translates. The translation's page has the original's slug under its
     * language (`/fr/claims/<original>/`), and must give the same verdict, figures and compare list.
     */
    translationOf: id.optional(),
    /**
     * Optional: true while the fact-check is a draft. `npm run dev` and a preview build (`CLAIMLINE_DRAFTS=1`)
     * show it with a banner; a production build leaves every trace of it out, and no published claim may link it.
     */
    draft: z.boolean().default(false),
    /** Optional: who checked the fact-check before publication, shown as "Reviewed by …". */
    reviewer: line.optional(),
    /** Optional: an http(s) page of the claimant (their site, their profile), linked from their page. */
    claimantUrl: httpUrl.optional(),
  })
  .superRefine((claim, ctx) => {
    if (claim.figure === undefined && (claim.compare === undefined || claim.compare.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        message: 'A claim needs `figure` (the figure it asserts) or `compare` (figures weighed against it), or both',
        params: { rule: 'missing-figure-or-compare' },
      });
    }
  });

export type ClaimData = z.output<typeof claimSchema>;
export type CompareEntry = z.output<typeof compareEntrySchema>;
export type Stance = z.output<typeof stanceSchema>;
