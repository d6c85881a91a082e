import { z } from 'zod';
import { languageTag } from './fields.ts';

/**
 * A text field written once, or once per language: `"False"` or `{ en: "False", fr: "Faux" }`. A site in several
 * languages shows each reader the text of their language, and the default language's where one is missing (the
 * checker warns `claimline:missing-translation`).
 */
export function localized<T extends z.ZodType<string>>(field: T) {
  return z.union([
    field,
    z.record(languageTag, field).refine((byLanguage) => Object.keys(byLanguage).length > 0, {
      message: 'Give the text in at least one language, like { en: "…", fr: "…" }',
    }),
  ]);
}

/** A text field as written: one string, or one string per BCP 47 language tag. */
export type LocalizedText = string | Readonly<Record<string, string>>;
