import type { ParsedEdtf } from 'edtf';
import { z } from 'zod';
import { readEdtfText } from './edtf-text.ts';

/** Pattern of every id that appears in a URL: lower-case words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id of a metric, figure, source, rating or claim: lower-case letters, digits and single hyphens. */
export const id = z.string().regex(ID_PATTERN, {
  message: 'Ids use lower-case letters, digits and single hyphens (like "ru-killed")',
});

/** The longest one-line text field (a title, a claim, a claimant, a label, a name), in characters. */
export const MAX_LINE_LENGTH = 1_000;
/** The longest paragraph field (a summary, a note, a definition, a quote, a correction), in characters. */
export const MAX_TEXT_LENGTH = 10_000;

/** Non-empty text shown to readers, at most `maxLength` characters. */
function boundedText(maxLength: number, kind: string) {
  return z
    .string()
    .trim()
    .min(1, { message: 'This text must not be empty' })
    .superRefine((value, ctx) => {
      if (value.length <= maxLength) return;
      ctx.addIssue({
        code: 'custom',
        message: `This is ${value.length.toLocaleString('en')} characters long; ${kind} may have at most ${maxLength.toLocaleString('en')}`,
        params: { rule: 'text-too-long' },
      });
    });
}

/** A paragraph shown to readers: non-empty, at most 10,000 characters. */
export const text = boundedText(MAX_TEXT_LENGTH, 'this field');

/** One line shown to readers (a title, a name): non-empty, at most 1,000 characters. */
export const line = boundedText(MAX_LINE_LENGTH, 'a one-line field');

/**
 * An EDTF date (Library of Congress Extended Date/Time Format): `2022-03-25`, `2022-03`, `2023`,
 * `2025-03/2025-04`, `2022-03-14~` (approximate), `2023?` (uncertain). Open-ended intervals are refused:
 * every date must fall within known bounds to be placed on a timeline.
 */
export const edtfDate = z.preprocess(
  asWrittenDate,
  z.string().superRefine((value, ctx) => {
    if (isPlaceableEdtf(value)) return;
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not an EDTF date with known bounds; write it like 2022-03-25, 2022-03, 2023, 2025-03/2025-04, 2022-03-14~ or 2023?`,
      params: { rule: 'invalid-edtf' },
    });
  }),
);

/** An absolute http(s) URL. Other schemes (javascript:, data:, file:) never reach a page. */
export const httpUrl = z.string().superRefine((value, ctx) => {
  if (isHttpUrl(value)) return;
  ctx.addIssue({
    code: 'custom',
    message: `"${value}" is not an absolute http(s) URL; write it like https://example.org/page`,
    params: { rule: 'invalid-url' },
  });
});

/**
 * YAML parsers turn some unquoted dates into other types: `2023` into a number, and Astro's frontmatter
 * parser (js-yaml, with YAML 1.1 timestamps) `2022-03-25` into a Date. Both are taken back as the text written.
 */
function asWrittenDate(value: unknown): unknown {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  // Not `instanceof`: the Date may come from another realm (Vite's module runner).
  if (Object.prototype.toString.call(value) === '[object Date]' && !Number.isNaN((value as Date).getTime())) {
    const iso = (value as Date).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
  }
  return value;
}

function isPlaceableEdtf(value: string): boolean {
  const read = readEdtfText(value);
  return read !== null && Number.isFinite(read.min) && Number.isFinite(read.max) && isShowable(read.tree);
}

/**
 * A day, month or year (qualifiers allowed), or an interval of two: the forms a page can show at their
 * precision. Unspecified digits (2022-03-XX), seasons, sets, decades and centuries would be shown as a
 * made-up day, so they are refused; write an interval such as 2022-03-01/2022-03-31 instead.
 */
function isShowable(parsed: ParsedEdtf): boolean {
  const isDate = (part: unknown): boolean =>
    typeof part === 'object' &&
    part !== null &&
    (part as ParsedEdtf).type === 'Date' &&
    !(part as ParsedEdtf).unspecified;
  return parsed.type === 'Interval' ? parsed.values.length === 2 && parsed.values.every(isDate) : isDate(parsed);
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** A BCP 47 language tag: "en", "pt-BR", "uk", one that `Intl` takes (not "en-US-US" nor "en-12"). */
export const languageTag = z
  .string()
  .regex(/^[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*$/, {
    message: 'Write a BCP 47 language tag like "en", "uk" or "pt-BR"',
  })
  .refine(
    (value) => {
      try {
        return Intl.getCanonicalLocales(value).length === 1;
      } catch {
        return false;
      }
    },
    { message: 'This is not a valid BCP 47 language tag; write one like "en", "uk" or "pt-BR"' },
  );
