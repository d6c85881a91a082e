import { describe, expect, it } from 'vitest';
import { hasLanguage, sameLanguage, siteLanguages, textIn } from './languages.ts';

describe('siteLanguages', () => {
  it('lists the default language first, then the others as written', () => {
    expect(siteLanguages({ language: 'fr', languages: ['en', 'fr', 'ar'] })).toEqual(['fr', 'en', 'ar']);
  });

  it('is the default language alone when site.yaml lists none', () => {
    expect(siteLanguages({ language: 'uk' })).toEqual(['uk']);
  });
});

describe('textIn', () => {
  const title = { en: 'Warming, checked', fr: 'Le réchauffement vérifié', pt: 'O aquecimento verificado' };

  it('gives the reader’s language when the field has it', () => {
    expect(textIn(title, 'fr', 'en')).toEqual({ text: 'Le réchauffement vérifié', fallback: undefined });
  });

  it('serves a regional tag from its primary language', () => {
    expect(textIn(title, 'pt-BR', 'en')).toEqual({ text: 'O aquecimento verificado', fallback: undefined });
  });

  it('falls back to the default language, and says which language it shows', () => {
    expect(textIn(title, 'ar', 'en')).toEqual({ text: 'Warming, checked', fallback: 'en' });
  });

  it('takes a plain string as every language’s text', () => {
    expect(textIn('CC BY 4.0', 'ar', 'en')).toEqual({ text: 'CC BY 4.0', fallback: undefined });
  });

  it('falls back to the first text written when even the default language is missing', () => {
    expect(textIn({ de: 'Erwärmung' }, 'ar', 'en')).toEqual({ text: 'Erwärmung', fallback: 'de' });
  });
});

describe('hasLanguage', () => {
  it('is true of a plain string and of a field with the language, false of one without', () => {
    expect(hasLanguage('x', 'ar')).toBe(true);
    expect(hasLanguage({ en: 'x', AR: 'y' }, 'ar')).toBe(true);
    expect(hasLanguage({ en: 'x' }, 'ar')).toBe(false);
  });

  it('compares tags without case', () => {
    expect(sameLanguage('pt-BR', 'pt-br')).toBe(true);
    expect(sameLanguage('pt-BR', 'pt')).toBe(false);
  });
});
