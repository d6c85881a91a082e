// The rules of a site in several languages: each claim in one of the site's languages, each translation linked
// to one original and saying what it says, and each text field given in every language.
import { siteLanguages, hasLanguage, sameLanguage } from '../../model/languages.ts';
import { isStale, lastChange } from '../../model/translation.ts';
import { claimedFigureIds } from '../../schema/claim.ts';
import type { ClaimData, LocalizedText } from '../../schema/index.ts';
import type { Entry, Rule, ValidatedContent } from '../content.ts';
import type { Problem } from '../problem.ts';
import { componentReferences } from './claim-body.ts';
import type { ContentFile } from '../../load/read-content.ts';

const languagesOf = (content: ValidatedContent) => (content.site ? siteLanguages(content.site.data) : []);
const languageOf = (content: ValidatedContent, claim: ClaimData) => claim.lang ?? content.site?.data.language ?? 'en';

/** A claim's `lang` must be one of the site's languages: its page goes under that language's address. */
export const unknownLanguage: Rule = {
  id: 'unknown-language',
  lookup: 'site',
  check(content) {
    const languages = languagesOf(content);
    return content.claims.flatMap(({ file, data }) =>
      data.lang === undefined || languages.some((language) => sameLanguage(language, data.lang ?? ''))
        ? []
        : [
            {
              ...file.yaml.locate(['lang']),
              ruleId: 'unknown-language',
              severity: 'error' as const,
              message: `"${data.lang}" is not one of the site's languages (${languages.join(', ')})`,
              hint: `Add "${data.lang}" to \`languages\` in site.yaml, or write one of ${languages.join(', ')}`,
            },
          ],
    );
  },
};

/**
 * `translationOf` names an original in another language, which is not itself a translation, and each original
 * has at most one translation per language: the pages of one fact-check share its slug, one per language.
 */
export const translationLink: Rule = {
  id: 'translation-link',
  lookup: 'claim',
  check(content) {
    const byId = new Map(content.claims.map((entry) => [entry.file.id, entry]));
    const problems: Problem[] = [];
    const taken = new Map<string, Entry<ClaimData>>();
    for (const entry of content.claims) {
      const { translationOf } = entry.data;
      if (translationOf === undefined) continue;
      const here = entry.file.yaml.locate(['translationOf']);
      const original = byId.get(translationOf);
      const language = languageOf(content, entry.data);
      const fail = (message: string, hint: string) =>
        problems.push({ ...here, ruleId: 'translation-link', severity: 'error', message, hint });
      if (!original) {
        fail(
          `\`translationOf\` names "${translationOf}", which is not a claim`,
          'Write the slug (the file name without extension) of the claim this one translates',
        );
      } else if (original.data.translationOf !== undefined) {
        fail(
          `"${translationOf}" is itself a translation (of "${original.data.translationOf}")`,
          `Name the original: translationOf: ${original.data.translationOf}`,
        );
      } else if (sameLanguage(languageOf(content, original.data), language)) {
        fail(
          `This claim and "${translationOf}", which it translates, are both in "${language}"`,
          'Give the translation its language with `lang`, e.g. lang: fr',
        );
      } else {
        const key = `${translationOf}\n${language.toLowerCase()}`;
        const earlier = taken.get(key);
        if (earlier) {
          fail(
            `"${earlier.file.id}" already translates "${translationOf}" into "${language}"`,
            'Keep one translation per language: merge the two files, or remove one',
          );
        } else taken.set(key, entry);
      }
    }
    return problems;
  },
};

/**
 * A translation gives its original's verdict, claimed figures and compare list: readers in every language must
 * get the same finding. Only the words may differ.
 */
export const translationDiffers: Rule = {
  id: 'translation-differs',
  lookup: 'claim',
  check(content) {
    const problems: Problem[] = [];
    for (const {
      translation: { file, data },
      original,
    } of translationPairs(content)) {
      const fields: Array<{ field: keyof ClaimData; same: boolean; written: (claim: ClaimData) => string }> = [
        { field: 'verdict', same: data.verdict === original.data.verdict, written: (claim) => claim.verdict },
        {
          field: 'figure',
          same: sameList(claimedFigureIds(data.figure), claimedFigureIds(original.data.figure)),
          written: (claim) => claimedFigureIds(claim.figure).join(', ') || '(none)',
        },
        {
          field: 'compare',
          same: sameList(compareList(data), compareList(original.data)),
          written: (claim) => compareList(claim).join(', ') || '(the default)',
        },
      ];
      for (const { field, same, written } of fields) {
        if (same) continue;
        problems.push({
          ...file.yaml.locate([field]),
          ruleId: 'translation-differs',
          severity: 'error',
          message: `This translation's ${field} (${written(data)}) differs from its original's, "${original.file.id}" (${written(original.data)})`,
          hint: `Give the same ${field} as ${original.file.id}, or change both: a translation says what its original says`,
        });
      }
    }
    return problems;
  },
};

/** Warns where the original changed (`updated`, or a correction) after its translation last did. */
export const translationStale: Rule = {
  id: 'translation-stale',
  lookup: 'claim',
  check(content) {
    return translationPairs(content).flatMap(({ translation: { file, data }, original }) => {
      if (!isStale(original.data, data)) return [];
      const changed = lastChange(original.data).edtf;
      return [
        {
          ...file.yaml.locate([data.updated === undefined ? 'published' : 'updated']),
          ruleId: 'translation-stale',
          severity: 'warning' as const,
          message: `The original, "${original.file.id}", changed on ${changed}, after this translation (${lastChange(data).edtf}); its page tells readers so and links the original`,
          hint: `Bring the translation up to date, then set \`updated: '${changed}'\` (or later)`,
        },
      ];
    });
  },
};

/**
 * Warns where a text field given per language lacks one of the site's languages: readers of that language get
 * the default language's text, marked with its `lang`.
 */
export const missingTranslation: Rule = {
  id: 'missing-translation',
  lookup: 'site',
  check(content) {
    const site = content.site;
    if (!site) return [];
    const languages = siteLanguages(site.data);
    const problems: Problem[] = [];
    const check = (file: ContentFile, path: ReadonlyArray<string | number>, value: LocalizedText | undefined) => {
      if (value === undefined) return;
      const missing = languages.filter((language) => !hasLanguage(value, language));
      if (missing.length === 0) return;
      problems.push({
        ...file.yaml.locate(path),
        ruleId: 'missing-translation',
        severity: 'warning',
        message: `\`${path.join('.')}\` has no text in ${missing.join(', ')}; readers of ${missing.length === 1 ? 'that language' : 'those languages'} see the ${languages[0]} text`,
        hint: `Add ${missing.map((language) => `${language}: "…"`).join(', ')}`,
      });
    };
    const { data, file } = site;
    check(file, ['title'], data.title);
    check(file, ['description'], data.description);
    check(file, ['license'], data.license);
    check(file, ['about'], data.about);
    check(file, ['publisher', 'name'], data.publisher.name);
    data.ratings.forEach((rating, index) => {
      check(file, ['ratings', index, 'label'], rating.label);
      check(file, ['ratings', index, 'description'], rating.description);
    });
    for (const metric of content.metrics) {
      for (const field of ['label', 'unit', 'definition'] as const) check(metric.file, [field], metric.data[field]);
    }
    return problems;
  },
};

/**
 * A `<Timeline claim>` in a claim body names a fact-check of the claim's own language, by the slug of its page: a
 * French fact-check's page can only show a chart the French site has (`<Timeline claim="warming" />` shows the
 * French translation of `warming`).
 */
export const timelineClaimLanguage: Rule = {
  id: 'timeline-claim-language',
  lookup: 'claim',
  check(content) {
    const language = (claim: ClaimData) => languageOf(content, claim).toLowerCase();
    const pages = new Set(
      content.claims.map(({ file, data }) => `${language(data)}\n${data.translationOf ?? file.id}`),
    );
    const known = new Set(content.claims.map((claim) => claim.file.id));
    const byId = new Map(content.claims.map((entry) => [entry.file.id, entry]));
    return componentReferences(content, 'claim').flatMap((reference): Problem[] => {
      const citing = byId.get(reference.file.id);
      if (!citing || !known.has(reference.id)) return []; // an unknown claim is unknown-claim's to report
      const here = language(citing.data);
      if (pages.has(`${here}\n${reference.id}`)) return [];
      return [
        {
          ...reference.place,
          ruleId: 'timeline-claim-language',
          severity: 'error',
          message: `"${reference.id}" has no page in ${languageOf(content, citing.data)}, the language of this claim`,
          hint: `Name a claim of this language by its page's slug: a translation is named by its original's slug`,
        },
      ];
    });
  },
};

/** Each translation with the original it names, where that original exists and is not itself a translation. */
function translationPairs(
  content: ValidatedContent,
): Array<{ translation: Entry<ClaimData>; original: Entry<ClaimData> }> {
  const byId = new Map(content.claims.map((entry) => [entry.file.id, entry]));
  return content.claims.flatMap((translation) => {
    const original =
      translation.data.translationOf === undefined ? undefined : byId.get(translation.data.translationOf);
    return original && original.data.translationOf === undefined ? [{ translation, original }] : [];
  });
}

function compareList(claim: ClaimData): string[] {
  return (claim.compare ?? []).map((entry) =>
    typeof entry === 'string' ? entry : `${entry.figure}${entry.stance ? ` (${entry.stance})` : ''}`,
  );
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, index) => value === b[index]);
}
