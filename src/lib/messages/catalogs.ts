// Every language Claimline speaks, by its BCP 47 primary subtag. Adding one: a file in languages/ with every id of
// the English catalog (src/lib/messages/catalogs.test.ts checks ids, arguments, tags and plural forms), and a line
// here; README.md ("Languages") says how.
import type { Catalog } from './catalog.ts';
import { en } from './en/index.ts';
import { ar } from './languages/ar.ts';
import { de } from './languages/de.ts';
import { es } from './languages/es.ts';
import { fr } from './languages/fr.ts';
import { pt } from './languages/pt.ts';
import { ru } from './languages/ru.ts';
import { uk } from './languages/uk.ts';

export const CATALOGS: Readonly<Record<string, Catalog>> = { en, fr, es, de, pt, uk, ru, ar };

/** The primary language of a BCP 47 tag, lower-cased: "pt-BR" → "pt". */
export function primaryLanguage(locale: string): string {
  return (locale.split('-')[0] ?? locale).toLowerCase();
}

/** The catalog of a locale's language, or undefined when Claimline does not speak it yet. */
export function catalogFor(locale: string): Catalog | undefined {
  return CATALOGS[primaryLanguage(locale)];
}

/** Languages written right to left, by primary subtag. */
const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/** The direction a language is written in: `rtl` for Arabic, Hebrew, Persian, Urdu and others; `ltr` otherwise. */
export function directionOf(locale: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(primaryLanguage(locale)) ? 'rtl' : 'ltr';
}
