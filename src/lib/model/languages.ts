// The languages of a site and its text fields in each: the one rule for which text a reader of a language sees.
import { directionOf, primaryLanguage } from '../messages/catalogs.ts';
import type { LocalizedText } from '../schema/localized.ts';

/** The languages a site publishes in: its default `language` first, then the others of `languages` as listed. */
export function siteLanguages(config: {
  readonly language: string;
  readonly languages?: readonly string[] | undefined;
}): string[] {
  const others = (config.languages ?? []).filter((language) => !sameLanguage(language, config.language));
  return [config.language, ...others];
}

/** Whether two BCP 47 tags name one language: compared without case ("pt-br" is "pt-BR"). */
export function sameLanguage(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** The text a reader of one language sees, and the language it is in when it is not theirs. */
export interface TextInLanguage {
  readonly text: string;
  /** Set when the field lacks the reader's language and the text is another's (the default's): mark it with `lang`. */
  readonly fallback: string | undefined;
}

/**
 * A text field in `language`: a plain string is every language's; of one text per language, the reader's (exactly,
 * then by primary subtag: `pt` serves `pt-BR`), else the default language's, else the first written.
 */
export function textIn(value: LocalizedText, language: string, defaultLanguage: string): TextInLanguage {
  if (typeof value === 'string') return { text: value, fallback: undefined };
  const own = writtenIn(value, language);
  if (own !== undefined) return { text: value[own] ?? '', fallback: undefined };
  const key = writtenIn(value, defaultLanguage) ?? Object.keys(value)[0] ?? '';
  return { text: value[key] ?? '', fallback: key };
}

/** Whether a field gives a text of its own for `language` (a plain string serves every language). */
export function hasLanguage(value: LocalizedText, language: string): boolean {
  return typeof value === 'string' || writtenIn(value, language) !== undefined;
}

/** The key of a per-language text that serves `language`: the same tag, else the same primary language. */
function writtenIn(value: Readonly<Record<string, string>>, language: string): string | undefined {
  const keys = Object.keys(value);
  return (
    keys.find((key) => sameLanguage(key, language)) ??
    keys.find((key) => sameLanguage(key, primaryLanguage(language))) ??
    keys.find((key) => primaryLanguage(key) === primaryLanguage(language))
  );
}

/**
 * The `lang` and `dir` of an element showing one of the site's text fields (`Site.untranslated`'s keys): set
 * where the field lacks the page's language and shows another's, so that screen readers and hyphenation follow
 * the text; empty otherwise.
 */
export function fallbackAttributes(
  site: { readonly untranslated: ReadonlyMap<string, string> },
  key: string,
): { lang?: string; dir?: 'ltr' | 'rtl' } {
  const language = site.untranslated.get(key);
  return language === undefined ? {} : { lang: language, dir: directionOf(language) };
}

/**
 * The `lang` and `dir` of an element showing a source's title: its language when the source gives one (`lang`),
 * else `dir="auto"`, so that a title in another script keeps its own order inside a sentence of the page's.
 */
export function sourceTextAttributes(source: { readonly lang?: string | undefined }): {
  lang?: string;
  dir: 'ltr' | 'rtl' | 'auto';
} {
  return source.lang === undefined ? { dir: 'auto' } : { lang: source.lang, dir: directionOf(source.lang) };
}
