import { describe, expect, it } from 'vitest';
import { siteSchema } from '../schema/site.ts';
import { siteMessages } from '../model/build-site.ts';
import { uiOverrideProblem } from './overrides.ts';

const site = (ui: unknown, language = 'fr') => ({
  title: 'T',
  description: 'D',
  url: 'https://example.org/',
  language,
  publisher: { name: 'P', url: 'https://example.org/' },
  license: 'CC BY 4.0',
  ratings: [{ id: 'true', label: 'True', value: 5, description: 'Right.' }],
  ui,
});

describe('uiOverrideProblem', () => {
  it('accepts a message of the catalog in ICU MessageFormat using its own values', () => {
    expect(uiOverrideProblem('layout.nav.metrics', 'Indicateurs')).toBeUndefined();
    expect(
      uiOverrideProblem('home.archiveLink', '{count, plural, one {La vérification} other {Les # vérifications}}'),
    ).toBeUndefined();
  });

  it('names the closest id when the id is not in the catalog', () => {
    expect(uiOverrideProblem('layout.nav.metric', 'Indicateurs')).toMatch(
      /no message "layout\.nav\.metric".*did you mean "layout\.nav\.metrics"/,
    );
  });

  it('says when the text is not ICU MessageFormat', () => {
    expect(uiOverrideProblem('layout.nav.metrics', 'Indicateurs {')).toMatch(/not ICU MessageFormat/);
  });

  it('says which values a message never gets, and which it can use', () => {
    expect(uiOverrideProblem('home.archiveLink', 'Toutes les {total}')).toBe(
      'The text for "home.archiveLink" uses {total}, which this message never gets; it can use {count}',
    );
  });
});

describe('site.yaml ui', () => {
  it('replaces the catalog’s words for the site’s language, and only for it', () => {
    const config = siteSchema.parse(
      site({ fr: { 'layout.nav.metrics': 'Indicateurs' }, de: { 'layout.nav.metrics': 'Kennzahlen' } }),
    );
    expect(siteMessages(config).format('layout.nav.metrics')).toBe('Indicateurs');
  });

  it('takes the words written for the primary language of a regional tag', () => {
    const config = siteSchema.parse(site({ pt: { 'layout.nav.metrics': 'Indicadores' } }, 'pt-BR'));
    expect(siteMessages(config).format('layout.nav.metrics')).toBe('Indicadores');
  });

  it('is an error, at the message’s path, when a message is unknown or malformed', () => {
    const result = siteSchema.safeParse(site({ fr: { 'layout.nav.metric': 'x', 'layout.nav.claims': '{' } }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([
      'ui.fr.layout.nav.metric',
      'ui.fr.layout.nav.claims',
    ]);
  });
});
