import { z } from 'zod';
import { uiOverrideProblem } from '../messages/overrides.ts';
import { httpUrl, id, languageTag, line, text } from './fields.ts';
import { localized } from './localized.ts';

/** One step of the verdict scale. */
export const ratingSchema = z.strictObject({
  /** Id that claims name in `verdict`. */
  id,
  /** Short label shown on the verdict badge, e.g. "Understated" (or one per language: `{ en: …, fr: … }`). */
  label: localized(line),
  /** The number schema.org ClaimReview uses for this rating (higher is more accurate). */
  value: z.number().int(),
  /** What the rating means, shown on the methodology page (or one per language). */
  description: localized(text),
  /**
   * Optional: the computed assessments this verdict agrees with (within, above, below, mixed, none);
   * the checker warns when a claim's verdict meets another one.
   */
  assessments: z.array(z.enum(['within', 'above', 'below', 'mixed', 'none'])).optional(),
  /**
   * Optional: how the badge marks it, ✓ positive, ? neutral or ✗ negative. By default from its place on the scale:
   * the top third of the values positive, the bottom third negative, the rest neutral.
   */
  tone: z.enum(['positive', 'neutral', 'negative']).optional(),
});

/** The organisation that publishes the fact-checks. */
export const publisherSchema = z.strictObject({
  /** Its name, e.g. "Claimline Desk" (or one per language). */
  name: localized(line),
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
    /** Site title, shown in the header and in every page title (or one per language: `{ en: …, fr: … }`). */
    title: localized(line),
    /** One-sentence description for the home page and search engines (or one per language). */
    description: localized(text),
    /** Canonical base URL where the site is published. */
    url: httpUrl,
    /**
     * BCP 47 language tag of the content, e.g. "en": the site's words (from the catalog of that language, in
     * src/lib/messages/), numbers and dates follow it, and a right-to-left language turns the pages and charts.
     */
    language: languageTag,
    /**
     * Optional: every language the site publishes in, `language` among them: `[en, fr, ar]`. Each other language
     * has its pages under its code (`/fr/claims/<slug>/`); claims say theirs with `lang`.
     */
    languages: z.array(languageTag).min(1).optional(),
    /** The fact-checking organisation. */
    publisher: publisherSchema,
    /** Optional: the repository holding this content, for "edit this page" links. */
    repository: httpUrl.optional(),
    /** Optional: path of the content folder inside `repository` (default "content"; "." for its top level). */
    contentPath: contentPath.default('content'),
    /** Licence of the content and data, e.g. "CC BY 4.0". */
    license: localized(line),
    /** Optional: one plain-text paragraph (no Markdown) on the About page: who funds the site, its independence. */
    about: localized(text).optional(),
    /** Optional: an http(s) URL where readers submit a claim or a correction (an issue form, a pull-request guide). */
    submit: httpUrl.optional(),
    /**
     * Optional: an http(s) URL where a reader escalates a complaint the site did not resolve (the IFCN or EFCSN
     * route, a press council): named by the corrections policy on the methodology and about pages.
     */
    complaints: httpUrl.optional(),
    /**
     * Optional: every published claim needs a `reviewer`; `npm run check -- --strict` (the deploy workflow's)
     * fails a claim without one. Default false.
     */
    requireReview: z.boolean().default(false),
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
    if (site.languages && !site.languages.some((language) => language.toLowerCase() === site.language.toLowerCase())) {
      ctx.addIssue({
        code: 'custom',
        message: `\`languages\` must include the default language "${site.language}"; add it to the list`,
        path: ['languages'],
        params: { rule: 'missing-default-language' },
      });
    }
    const listed = new Set<string>();
    site.languages?.forEach((language, index) => {
      if (listed.has(language.toLowerCase())) {
        ctx.addIssue({
          code: 'custom',
          message: `Language "${language}" is listed twice; list each language once`,
          path: ['languages', index],
          params: { rule: 'duplicate-id' },
        });
      }
      listed.add(language.toLowerCase());
    });
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

/** `site.yaml` as written: text fields in one language or one per language. */
export type SiteFileData = z.output<typeof siteSchema>;
/** A rating as written in `site.yaml`. */
export type RatingData = z.output<typeof ratingSchema>;

/** One step of the verdict scale, in one language. */
export type Rating = Omit<RatingData, 'label' | 'description'> & {
  readonly label: string;
  readonly description: string;
};

/**
 * The settings of a site in one of its languages (`language`): every text field in that language. `languages`
 * lists them all, the default one first.
 */
export type SiteConfig = Omit<
  SiteFileData,
  'title' | 'description' | 'license' | 'about' | 'publisher' | 'ratings' | 'languages'
> & {
  readonly title: string;
  readonly description: string;
  readonly license: string;
  readonly about?: string | undefined;
  readonly publisher: { readonly name: string; readonly url: string };
  readonly ratings: readonly Rating[];
  readonly languages: readonly string[];
};
