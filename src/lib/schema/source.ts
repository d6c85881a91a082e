import { z } from 'zod';
import { edtfDate, httpUrl, id, languageTag, line, text } from './fields.ts';

/** The most figures one source may report. */
export const MAX_FIGURES_PER_SOURCE = 1_000;

/** Largest size of a figure's number: anything bigger is a typo, and would not fit on a chart's axis. */
export const MAX_FIGURE_NUMBER = 1e15;

/** A number a figure gives: finite, and at most a thousand million million either side of zero. */
const figureNumber = z.number().superRefine((value, ctx) => {
  if (Math.abs(value) <= MAX_FIGURE_NUMBER) return;
  ctx.addIssue({
    code: 'custom',
    message: `${value} is too large for a figure: numbers go up to 1,000,000,000,000,000 (1e15) either side of zero`,
    params: { rule: 'number-out-of-range' },
  });
});

/**
 * One number a source reports. Give `value`, or `low` and/or `high`, or all three:
 * "more than 7,000" is `low: 7000`; "up to 40,000" is `high: 40000`; "7,000 to 15,000" is both.
 */
export const figureSchema = z
  .strictObject({
    /** Unique across the whole content folder; claims refer to the figure by it. */
    id,
    /** Id of the metric the figure counts. */
    metric: id,
    /** The best estimate. */
    value: figureNumber.optional(),
    /** Lower bound ("more than", "at least", or the start of a range). */
    low: figureNumber.optional(),
    /** Upper bound ("up to", "less than", or the end of a range). */
    high: figureNumber.optional(),
    /** Optional: true when the text hedges ("roughly", "about", "almost", "nearly"). */
    approx: z.boolean().default(false),
    /**
     * Optional: how the text words `low`/`high`. `strict` for "more than", "over", "less than", "fewer than",
     * "under": the bound itself is excluded, so a figure equal to it does not lie within. `inclusive` for "at least",
     * "up to", "at most". Without it a lower bound reads "more than" and an upper one "up to", both inclusive.
     */
    bound: z.enum(['strict', 'inclusive']).optional(),
    /** EDTF date the figure stands as of. */
    asOf: edtfDate,
    /** Optional: how the date was inferred when the text does not state it; shown beside the date. */
    dateNote: text.optional(),
    /**
     * Who made the estimate, in plain words, as a sentence can name them: "Russian Ministry of Defence", "NATO", "US
     * intelligence". How the text attributes it goes in `attribution`.
     */
    by: line,
    /**
     * Optional: how the text attributes the estimate to `by`, when it does not say so plainly ("as cited by The New
     * York Times", "a senior NATO military official at a briefing"); shown beside the figure, not in sentences.
     */
    attribution: line.optional(),
    /** The exact words of the source that state the figure; must occur in the source's text. */
    quote: text,
    /** Optional: an editor's note on how the figure was read from the text. */
    note: text.optional(),
    /**
     * Optional: the id of a figure of another source that reports the same estimate (NATO's range as the AP and
     * another outlet report it). The estimate then counts once in every comparison, chart and listing.
     */
    sameAs: id.optional(),
  })
  .superRefine((figure, ctx) => {
    const { value, low, high } = figure;
    if (value === undefined && low === undefined && high === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `Figure "${figure.id}" has no number; give value, or low and/or high`,
        params: { rule: 'missing-value' },
      });
      return;
    }
    if (figure.bound !== undefined && low === undefined && high === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: `Figure "${figure.id}" says how its bounds are worded (bound: ${figure.bound}) but has no low or high`,
        path: ['bound'],
        params: { rule: 'invalid-bound' },
      });
      return;
    }
    if (figure.bound === 'strict' && low !== undefined && low === high) {
      ctx.addIssue({
        code: 'custom',
        message: `Figure "${figure.id}" has strict bounds that are equal (${low}): no number lies strictly between them`,
        path: ['bound'],
        params: { rule: 'invalid-bound' },
      });
      return;
    }
    const pairs: Array<[string, number | undefined, string, number | undefined]> = [
      ['low', low, 'high', high],
      ['low', low, 'value', value],
      ['value', value, 'high', high],
    ];
    for (const [lowName, lowValue, highName, highValue] of pairs) {
      if (lowValue !== undefined && highValue !== undefined && lowValue > highValue) {
        ctx.addIssue({
          code: 'custom',
          message: `${lowName} (${lowValue}) is greater than ${highName} (${highValue}); swap them or fix the number`,
          path: [highName],
          params: { rule: 'range-order' },
        });
        return;
      }
    }
  });

/** `sources/<id>.md`: one archived document. The body is its archived text; the file name is its id. */
export const sourceSchema = z.strictObject({
  /** The document's headline or title, as the text shows it. */
  title: line,
  /** Optional: true when the text has no headline and `title` is the editor's description of it. */
  untitled: z.boolean().default(false),
  /** Optional: the outlet, only if the text shows it. */
  publisher: line.optional(),
  /** Optional: the byline, only if the text shows it. */
  author: line.optional(),
  /** Optional: EDTF publication date; leave out when unknown. */
  published: edtfDate.optional(),
  /** Optional: how the publication date was inferred when the text does not state it. */
  dateNote: text.optional(),
  /** Optional: where the document was published (http or https only). */
  url: httpUrl.optional(),
  /** Optional: an archived copy (http or https only). */
  archived: httpUrl.optional(),
  /** Optional: an editor's note on the document: provenance, what cannot be verified. */
  note: text.optional(),
  /**
   * Optional: BCP 47 language of the archived text and its title, when it is not the site's: the page shows them
   * as written, marked with their language (and direction) for screen readers, search and hyphenation.
   */
  lang: languageTag.optional(),
  /** The figures the document reports: at most 1,000 (`MAX_FIGURES_PER_SOURCE`); split a larger table. */
  figures: z
    .array(figureSchema)
    .default([])
    .superRefine((figures, ctx) => {
      if (figures.length <= MAX_FIGURES_PER_SOURCE) return;
      ctx.addIssue({
        code: 'custom',
        message: `The source has ${figures.length.toLocaleString('en')} figures; a source may have at most ${MAX_FIGURES_PER_SOURCE.toLocaleString('en')}`,
        params: { rule: 'too-many-figures' },
      });
    }),
});

export type FigureData = z.output<typeof figureSchema>;
export type SourceData = z.output<typeof sourceSchema>;
