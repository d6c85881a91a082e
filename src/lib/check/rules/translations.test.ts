import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { temporaryTrees } from '../../load/test-folders.ts';
import { checkContent } from '../check-content.ts';
import type { Problem } from '../problem.ts';

const MULTILINGUAL_DIR = path.resolve(import.meta.dirname, '../../../../e2e/fixtures/multilingual');
const folder = temporaryTrees('claimline-translations-');

/** The en/fr/ar fixture, with `edit` applied to the text of some of its files (path → new text from old). */
function checkEdited(edits: Record<string, (text: string) => string> = {}) {
  const dir = folder({});
  cpSync(MULTILINGUAL_DIR, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const absolute = path.join(dir, file);
    writeFileSync(absolute, edit(existsSync(absolute) ? readFileSync(absolute, 'utf8') : ''));
  }
  return checkContent({ dir, cwd: dir });
}

const FR = 'claims/warming-1-5-fr.md';
const errors = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === 'error');

describe('a site in several languages', () => {
  it('checks with two warnings: the metric definition written without Arabic, the French translation behind', () => {
    const { problems } = checkEdited();
    expect(problems).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'warming-1-5-fr.md'),
        line: 13,
        ruleId: 'translation-stale',
        severity: 'warning',
        message: expect.stringContaining('"warming-1-5", changed on 2025-01-23, after this translation (2025-01-22)'),
      }),
      expect.objectContaining({
        file: path.join('metrics', 'warming.yaml'),
        line: 8,
        ruleId: 'missing-translation',
        severity: 'warning',
        message: expect.stringContaining('`definition` has no text in ar'),
      }),
    ]);
  });

  it('is one site per language, default first, each with its own claims and words', () => {
    const { editions } = checkEdited();
    expect(editions.map((site) => site.config.language)).toEqual(['en', 'fr', 'ar']);
    const [en, fr, ar] = editions;
    expect(en?.claims.map((claim) => claim.slug)).toEqual(['two-degrees', 'warming-1-5']);
    expect(fr?.claims.map((claim) => [claim.slug, claim.entry])).toEqual([['warming-1-5', 'warming-1-5-fr']]);
    expect(fr?.config.title).toBe('Le réchauffement vérifié');
    expect(fr?.ratingById.get('accurate')?.label).toBe('Exact');
    expect(fr?.messages.format('layout.nav.metrics')).toBe('Indicateurs');
    expect(ar?.messages.direction).toBe('rtl');
    expect(ar?.metricById.get('warming')?.unit).toBe('°م');
    expect(ar?.metricById.get('warming')?.definition).toMatch(/^The average of the year/);
    expect(ar?.untranslated.get('metric:warming:definition')).toBe('en');
    expect(ar?.claimBySlug.get('warming-1-5')?.languages).toEqual(['en', 'fr', 'ar']);
    expect(en?.claimBySlug.get('two-degrees')?.languages).toEqual(['en']);
    expect(ar?.claimBySlug.get('warming-1-5')?.original).toMatchObject({ language: 'en', stale: false });
    expect(fr?.claimBySlug.get('warming-1-5')?.original).toMatchObject({ language: 'en', stale: true });
  });

  it('reports a translation whose verdict differs from its original’s, at the translation’s verdict', () => {
    const { problems, site } = checkEdited({ [FR]: (text) => text.replace('verdict: accurate', "verdict: 'false'") });
    expect(site).toBeUndefined();
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'warming-1-5-fr.md'),
        line: 11,
        ruleId: 'translation-differs',
        message: expect.stringContaining(`verdict (false) differs from its original's, "warming-1-5" (accurate)`),
      }),
    ]);
  });

  it('reports a translation whose figures or compare list differ', () => {
    const { problems } = checkEdited({
      [FR]: (text) => text.replace('figure: economist-2023', 'figure: economist-2023\ncompare: [agency-2023]'),
    });
    expect(errors(problems).map((problem) => problem.ruleId)).toEqual(['translation-differs']);
    expect(errors(problems)[0]?.message).toContain('compare (agency-2023) differs');
  });

  it('warns where the original changed after its translation, and the translation knows it is stale', () => {
    const { problems, editions } = checkEdited({
      'claims/warming-1-5.md': (text) => text.replace(/^updated: .*$/m, "updated: '2025-03-01'"),
    });
    const stale = problems.filter((problem) => problem.ruleId === 'translation-stale');
    expect(stale.map((problem) => problem.file).sort()).toEqual([
      path.join('claims', 'warming-1-5-ar.md'),
      path.join('claims', 'warming-1-5-fr.md'),
    ]);
    expect(stale[0]?.message).toContain('changed on 2025-03-01');
    expect(editions[1]?.claimBySlug.get('warming-1-5')?.original?.stale).toBe(true);
  });

  it('counts a correction to the original as a change', () => {
    const { problems } = checkEdited({
      'claims/warming-1-5.md': (text) =>
        text.replace(/^updated: .*$/m, "corrections:\n  - { date: '2025-02-10', text: 'Fixed a typo.' }"),
    });
    expect(problems.filter((problem) => problem.ruleId === 'translation-stale')).toHaveLength(2);
  });

  it('refuses a claim in a language the site does not list', () => {
    const { problems } = checkEdited({ [FR]: (text) => text.replace('lang: fr', 'lang: de') });
    expect(errors(problems)).toEqual([
      expect.objectContaining({ ruleId: 'unknown-language', line: 3, message: expect.stringContaining('"de"') }),
    ]);
  });

  it('refuses a translation of a missing claim, of a translation, or in its original’s language', () => {
    const unknown = checkEdited({
      [FR]: (text) => text.replace('translationOf: warming-1-5', 'translationOf: warming'),
    });
    expect(errors(unknown.problems)).toEqual([
      expect.objectContaining({ ruleId: 'translation-link', message: expect.stringContaining('"warming"') }),
    ]);
    const chain = checkEdited({
      'claims/warming-1-5-ar.md': (text) => text.replace('translationOf: warming-1-5', 'translationOf: warming-1-5-fr'),
    });
    expect(errors(chain.problems)).toEqual([
      expect.objectContaining({
        ruleId: 'translation-link',
        message: expect.stringContaining('is itself a translation'),
      }),
    ]);
    const same = checkEdited({ [FR]: (text) => text.replace('lang: fr', 'lang: en') });
    expect(errors(same.problems)).toEqual([
      expect.objectContaining({ ruleId: 'translation-link', message: expect.stringContaining('both in "en"') }),
    ]);
  });

  it('refuses two translations of one claim into one language', () => {
    const { problems } = checkEdited({
      'claims/warming-1-5-ar.md': (text) => text.replace('lang: ar', 'lang: fr'),
    });
    expect(errors(problems)).toEqual([
      expect.objectContaining({
        file: path.join('claims', 'warming-1-5-fr.md'),
        ruleId: 'translation-link',
        message: expect.stringContaining('"warming-1-5-ar" already translates "warming-1-5" into "fr"'),
      }),
    ]);
  });

  it('refuses a language list without the default language', () => {
    const { problems } = checkEdited({
      'site.yaml': (text) => text.replace('languages: [en, fr, ar]', 'languages: [fr, ar]'),
    });
    expect(errors(problems)).toContainEqual(
      expect.objectContaining({ file: 'site.yaml', line: 5, ruleId: 'missing-default-language' }),
    );
  });

  it('refuses a <Timeline claim> that names a fact-check with no page in the citing claim’s language', () => {
    const french = (timeline: string) => () =>
      [
        '---',
        "title: 'Note'",
        'lang: fr',
        "claim: 'Une note.'",
        "claimant: 'Quelqu’un'",
        "claimDate: '2025-01-15'",
        'appearance: radio-debate-fr',
        'figure: columnist-2024',
        "verdict: 'false'",
        "summary: 'Résumé.'",
        "published: '2025-02-01'",
        '---',
        `Voir le graphique : ${timeline}`,
        '',
      ].join('\n');
    for (const name of ['two-degrees', 'warming-1-5-fr']) {
      const { problems } = checkEdited({ 'claims/note-fr.mdx': french(`<Timeline claim="${name}" />`) });
      expect(errors(problems), name).toEqual([
        expect.objectContaining({
          file: path.join('claims', 'note-fr.mdx'),
          line: 13,
          ruleId: 'timeline-claim-language',
          message: expect.stringContaining(`"${name}" has no page in fr`),
        }),
      ]);
    }
    const { problems } = checkEdited({ 'claims/note-fr.mdx': french('<Timeline claim="warming-1-5" />') });
    expect(errors(problems)).toEqual([]);
  });
});
