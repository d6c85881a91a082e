import { parse } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogFor, directionOf } from './catalogs.ts';
import { en } from './en/index.ts';
import { messageShape as shape } from './message-shape.ts';
import { createMessages } from './messages.ts';

const languages = Object.entries(CATALOGS).filter(([language]) => language !== 'en');

describe.each(languages)('the %s catalog', (language, catalog) => {
  it('has every id of the English catalog, and no other', () => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
  });

  it('parses every message as ICU MessageFormat', () => {
    for (const [id, message] of Object.entries(catalog)) expect(() => parse(message), id).not.toThrow();
  });

  it('uses the arguments and tags of the English message, no more and no fewer', () => {
    for (const [id, message] of Object.entries(catalog)) {
      const english = shape(en[id as keyof typeof en]);
      const translated = shape(message);
      expect({ values: translated.values, tags: translated.tags }, id).toEqual({
        values: english.values,
        tags: english.tags,
      });
    }
  });

  it('gives every plural the language’s own categories, and always `other`', () => {
    const categories = new Set(new Intl.PluralRules(language).resolvedOptions().pluralCategories);
    for (const [id, message] of Object.entries(catalog)) {
      for (const plural of shape(message).plurals) {
        expect(plural.categories, `${id} {${plural.value}}`).toContain('other');
        for (const category of plural.categories) {
          if (!category.startsWith('='))
            expect(categories.has(category as Intl.LDMLPluralRule), `${id}: ${category}`).toBe(true);
        }
      }
    }
  });

  it('is translated: at most one message in six reads as in English', () => {
    const same = Object.entries(catalog).filter(([id, message]) => message === en[id as keyof typeof en]);
    expect(same.length / Object.keys(en).length).toBeLessThanOrEqual(1 / 6);
  });

  it('formats every message with sample values', () => {
    const messages = createMessages({ locale: language });
    for (const id of Object.keys(en) as Array<keyof typeof en>) {
      const values = Object.fromEntries(shape(en[id]).values.map((name) => [name, 2]));
      expect(() => messages.format(id, values), id).not.toThrow();
    }
  });
});

describe('catalogFor and directionOf', () => {
  it('finds a catalog by the primary language of a tag', () => {
    expect(catalogFor('pt-BR')).toBe(CATALOGS['pt']);
    expect(catalogFor('fr')).toBe(CATALOGS['fr']);
    expect(catalogFor('sw')).toBeUndefined();
  });

  it('writes Arabic, Hebrew, Persian and Urdu right to left, and the others left to right', () => {
    expect(['ar', 'he-IL', 'fa', 'ur'].map(directionOf)).toEqual(['rtl', 'rtl', 'rtl', 'rtl']);
    expect(['en', 'uk', 'fr-CA'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr']);
  });
});
