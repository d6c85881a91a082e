import path from 'node:path';
import type { z } from 'zod';
import { readContent, type ContentFile, type EntryKind } from '../load/read-content.ts';
import { buildSites } from '../model/build-site.ts';
import type { Claim, Site } from '../model/types.ts';
import { analyseClaim, type ClaimAnalysis } from '../compare/claim-analysis.ts';
import { claimSchema, metricSchema, siteSchema, sourceSchema } from '../schema/index.ts';
import { indexContent, type Entry, type ValidatedContent } from './content.ts';
import { loadHouseStyle } from './house-style.ts';
import { ruleLabel, sortProblems, type Problem } from './problem.ts';
import { checkClaimBodies } from './rules/claim-body.ts';
import { bodyRules, rules } from './rules/index.ts';
import { missingReviewer } from './rules/workflow.ts';
import { siteRules } from './site-rules/index.ts';
import { validateWithPositions } from './schema-problems.ts';

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** The linked site in its default language, when there is no error. */
  readonly site: Site | undefined;
  /** The linked site in each of its languages, the default first (`site`), when there is no error; else empty. */
  readonly editions: readonly Site[];
}

/**
 * Reads, validates and links a content folder: the one pipeline shared by `npm run check` and the build.
 * Content mistakes come back as problems; it does not throw for them.
 */
export function checkContent(options: {
  dir: string;
  cwd: string;
  /** Where the house style's plugins are installed: by default, the project this checker is part of. */
  projectDir?: string;
  /** Whether the linked site holds the drafts (`draft: true`): under `npm run dev` and in a preview build. */
  drafts?: boolean;
  /** Publication rules are errors (`npm run check -- --strict`, the deploy's): a missing `reviewer`. */
  strict?: boolean;
}): CheckResult {
  const read = readContent(options);
  const problems: Problem[] = [];
  const add = (found: Iterable<Problem>) => {
    for (const problem of found) problems.push(problem);
  };
  add(read.problems);
  // Kinds with a file that could not be read or validated: its ids are missing from the index.
  const failed = new Set<EntryKind>(
    read.problems.flatMap((problem) => {
      const kind =
        problem.severity === 'error' ? kindOfPath(path.resolve(options.cwd, problem.file), options.dir) : undefined;
      return kind ? [kind] : [];
    }),
  );
  const validate = <S extends z.ZodType>(file: ContentFile, schema: S, entity: string): Entry<z.output<S>>[] => {
    add(file.yaml.problems);
    if (file.yaml.problems.length > 0) {
      failed.add(file.kind);
      return [];
    }
    const result = validateWithPositions({ schema, yaml: file.yaml, entity });
    add(result.problems);
    if (result.data === undefined) failed.add(file.kind);
    return result.data === undefined ? [] : [{ file, data: result.data }];
  };
  const ofKind = (kind: ContentFile['kind']) => read.files.filter((file) => file.kind === kind);
  const content: ValidatedContent = {
    site: ofKind('site').flatMap((file) => validate(file, siteSchema, 'site.yaml'))[0],
    metrics: ofKind('metric').flatMap((file) => validate(file, metricSchema, 'metric')),
    sources: ofKind('source').flatMap((file) => validate(file, sourceSchema, 'source')),
    claims: ofKind('claim').flatMap((file) => validate(file, claimSchema, 'claim')),
  };
  const index = indexContent(content);
  const runs = (rule: { readonly lookup?: EntryKind }) => rule.lookup === undefined || !failed.has(rule.lookup);
  for (const rule of [...rules, missingReviewer({ strict: options.strict ?? false })]) {
    if (runs(rule)) add(rule.check(content, index));
  }
  // Claim bodies: Claimline's body rules as unified plugins, then the site's house style, in one pass.
  const houseStyle = loadHouseStyle({ ...options, language: content.site?.data.language });
  add(houseStyle.problems);
  add(
    checkClaimBodies({
      content,
      index,
      rules: bodyRules.filter(runs),
      ...(houseStyle.run ? { houseStyle: { run: houseStyle.run, accepts: houseStyle.accepts } } : {}),
    }),
  );
  if (problems.some((problem) => problem.severity === 'error'))
    return { problems: capPerRule(problems), site: undefined, editions: [] };
  const editions = buildSites(content, { contentDir: options.dir, drafts: options.drafts ?? false });
  // Each language's claims are checked against its own site; a rule over sources and figures finds the same
  // problem in every language, reported once.
  const reported = new Set<string>();
  for (const site of editions) {
    const analyses = new Map<string, ClaimAnalysis>();
    const analysis = (claim: Claim) => {
      let found = analyses.get(claim.slug);
      if (!found) {
        found = analyseClaim(site, claim);
        analyses.set(claim.slug, found);
      }
      return found;
    };
    for (const rule of siteRules) {
      for (const problem of rule.check({ site, content, index, analysis })) {
        // The key leaves the message out: a site rule words it in each language's catalog.
        const key = JSON.stringify([problem.file, problem.line, problem.column, problem.ruleId]);
        if (!reported.has(key)) add([problem]);
        reported.add(key);
      }
    }
  }
  return { problems: capPerRule(problems), site: editions[0], editions };
}

const KIND_OF_FOLDER: Readonly<Record<string, EntryKind>> = {
  'site.yaml': 'site',
  metrics: 'metric',
  sources: 'source',
  claims: 'claim',
};

/** The kind of entry a path inside the content folder holds, from its first segment. */
function kindOfPath(absolute: string, dir: string): EntryKind | undefined {
  const first = path.relative(dir, absolute).split(path.sep)[0] ?? '';
  return Object.hasOwn(KIND_OF_FOLDER, first) ? KIND_OF_FOLDER[first] : undefined;
}

/** The most problems of one rule a report lists; the rest are counted in one more line. */
export const MAX_PROBLEMS_PER_RULE = 100;

/**
 * At most `MAX_PROBLEMS_PER_RULE` problems of each rule, the first in report order, and for a rule with more, one
 * problem that counts the rest: a content folder cannot blow a report (or a pull request's annotations) up.
 */
function capPerRule(problems: readonly Problem[]): Problem[] {
  const byRule = new Map<string, Problem[]>();
  for (const problem of sortProblems(problems)) {
    const list = byRule.get(ruleLabel(problem));
    if (list) list.push(problem);
    else byRule.set(ruleLabel(problem), [problem]);
  }
  const kept: Problem[] = [];
  for (const [label, list] of byRule) {
    for (const problem of list.slice(0, MAX_PROBLEMS_PER_RULE)) kept.push(problem);
    const rest = list.slice(MAX_PROBLEMS_PER_RULE);
    const first = rest[0];
    if (!first) continue;
    const errors = rest.filter((problem) => problem.severity === 'error').length;
    kept.push({
      ...first,
      severity: errors > 0 ? 'error' : 'warning',
      message: `${rest.length.toLocaleString('en')} more ${rest.length === 1 ? 'problem' : 'problems'} of this kind, from here on, are not listed`,
      hint: `Fix the ones above and check again; ${label} is reported at most ${MAX_PROBLEMS_PER_RULE} times`,
    });
  }
  return kept;
}
