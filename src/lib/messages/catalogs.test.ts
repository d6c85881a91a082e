import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { CATALOGS, catalogFor, directionOf } from './catalogs.ts';
import { en } from './en/index.ts';
import { createMessages } from './messages.ts';

/** What a message uses: its arguments, its tags, and for each plural argument the categories it names. */
function shape(message: string) {
  const args = new Set<string>();
  const tags = new Set<string>();
  const plurals: Array<{ value: string; categories: string[] }> = [];
  const pending: MessageFormatElement[] = [...parse(message)];
  for (let element = pending.pop(); element !== undefined; element = pending.pop()) {
    if (element.type === TYPE.tag) {
      tags.add(element.value);
      pending.push(...element.children);
    } else if (element.type === TYPE.plural || element.type === TYPE.select) {
      args.add(element.value);
      if (element.type === TYPE.plural)
        plurals.push({ value: element.value, categories: Object.keys(element.options) });
      for (const option of Object.values(element.options)) pending.push(...option.value);
    } else if (element.type !== TYPE.literal && element.type !== TYPE.pound) {
      args.add(element.value);
    }
  }
  return { args: [...args].sort(), tags: [...tags].sort(), plurals };
}

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
      expect({ args: translated.args, tags: translated.tags }, id).toEqual({ args: english.args, tags: english.tags });
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
      const values = Object.fromEntries(shape(en[id]).args.map((name) => [name, 2]));
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
