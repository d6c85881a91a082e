import { z } from 'zod';
import { uiOverrideProblem } from '../messages/overrides.ts';
import { httpUrl, id, languageTag, line, text } from './fields.ts';

/** One step of the verdict scale. */
export const ratingSchema = z.strictObject({
  /** Id that claims name in `verdict`. */
  id,
  /** Short label shown on the verdict badge, e.g. "Understated". */
  label: line,
  /** The number schema.org ClaimReview uses for this rating (higher is more accurate). */
  value: z.number().int(),
  /** What the rating means, shown on the methodology page. */
  description: text,
  /**
   * Optional: the computed assessments this verdict agrees with (within, above, below, mixed, none);
   * the checker warns when a claim's verdict meets another one.
   */
  assessments: z.array(z.enum(['within', 'above', 'below', 'mixed', 'none'])).optional(),
});

/** The organisation that publishes the fact-checks. */
export const publisherSchema = z.strictObject({
  /** Its name, e.g. "Claimline Desk". */
  name: line,
  /** Its home page. */
  url: httpUrl,
});

/** A folder inside a repository: relative, forward slashes, no `..`; "." is the repository's top level. */
const contentPath = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const segments = value.replace(/^\.\/|\/$/g, '').split('/');
    const valid =
      value === '.' ||
      segments.every((segment) => segment !== '' && !/^\.\.?$/.test(segment) && !/[\\\p{Cc}]/u.test(segment));
    if (valid) return;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a folder inside the repository; write a relative path like content or sites/factchecks`,
      params: { rule: 'invalid-content-path' },
    });
  });

/** `site.yaml`: the settings of one fact-check site. Unknown keys are errors. */
export const siteSchema = z
  .strictObject({
    /** Site title, shown in the header and in every page title. */
    title: line,
    /** One-sentence description for the home page and search engines. */
    description: text,
    /** Canonical base URL where the site is published. */
    url: httpUrl,
    /**
     * BCP 47 language tag of the content, e.g. "en": the site's words (from the catalog of that language, in
     * src/lib/messages/), numbers and dates follow it, and a right-to-left language turns the pages and charts.
     */
    language: languageTag,
    /** The fact-checking organisation. */
    publisher: publisherSchema,
    /** Optional: the repository holding this content, for "edit this page" links. */
    repository: httpUrl.optional(),
    /** Optional: path of the content folder inside `repository` (default "content"; "." for its top level). */
    contentPath: contentPath.default('content'),
    /** Licence of the content and data, e.g. "CC BY 4.0". */
    license: line,
    /** Optional: one plain-text paragraph (no Markdown) on the About page: who funds the site, its independence. */
    about: text.optional(),
    /** Optional: an http(s) URL where readers submit a claim or a correction (an issue form, a pull-request guide). */
    submit: httpUrl.optional(),
    /** The verdict scale, best first. */
    ratings: z.array(ratingSchema).min(1, { message: 'Give at least one rating' }),
    /**
     * Optional: your own words for any message of the catalog, by language and message id, in ICU MessageFormat:
     * `ui: { fr: { "layout.nav.metrics": "Indicateurs" } }`. A message may use the values of the catalog's message
     * it replaces (`{count}`, `{site}`…) and no others.
     */
    ui: z.record(languageTag, z.record(z.string(), text)).optional(),
  })
  .superRefine((site, ctx) => {
    for (const [language, messages] of Object.entries(site.ui ?? {})) {
      for (const [messageId, message] of Object.entries(messages)) {
        const problem = uiOverrideProblem(messageId, message);
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            message: problem,
            path: ['ui', language, messageId],
            params: { rule: 'ui-message' },
          });
        }
      }
    }
    const seen = new Set<string>();
    site.ratings.forEach((rating, index) => {
      if (seen.has(rating.id)) {
        ctx.addIssue({
          code: 'custom',
          message: `Rating id "${rating.id}" is used twice; give each rating its own id`,
          path: ['ratings', index, 'id'],
          params: { rule: 'duplicate-id' },
        });
      }
      seen.add(rating.id);
    });
  });

export type SiteConfig = z.output<typeof siteSchema>;
export type Rating = z.output<typeof ratingSchema>;
