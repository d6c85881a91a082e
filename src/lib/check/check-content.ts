import path from 'node:path';
import type { z } from 'zod';
import { readContent, type ContentFile, type EntryKind } from '../load/read-content.ts';
import { buildSite } from '../model/build-site.ts';
import type { Site } from '../model/types.ts';
import { claimSchema, metricSchema, siteSchema, sourceSchema } from '../schema/index.ts';
import { indexContent, type Entry, type ValidatedContent } from './content.ts';
import type { Problem } from './problem.ts';
import { rules } from './rules/index.ts';
import { siteRules } from './site-rules/index.ts';
import { validateWithPositions } from './schema-problems.ts';

export interface CheckResult {
  readonly problems: readonly Problem[];
  /** The linked site, when there is no error. */
  readonly site: Site | undefined;
}

/**
 * Reads, validates and links a content folder: the one pipeline shared by `npm run check` and the build.
 * Content mistakes come back as problems; it does not throw for them.
 */
export function checkContent(options: { dir: string; cwd: string }): CheckResult {
  const read = readContent(options);
  const problems: Problem[] = [...read.problems];
  // Kinds with a file that could not be read or validated: its ids are missing from the index.
  const failed = new Set<EntryKind>(
    read.problems.flatMap((problem) => {
      const kind =
        problem.severity === 'error' ? kindOfPath(path.resolve(options.cwd, problem.file), options.dir) : undefined;
      return kind ? [kind] : [];
    }),
  );
  const validate = <S extends z.ZodType>(file: ContentFile, schema: S, entity: string): Entry<z.output<S>>[] => {
    problems.push(...file.yaml.problems);
    if (file.yaml.problems.length > 0) {
      failed.add(file.kind);
      return [];
    }
    const result = validateWithPositions({ schema, yaml: file.yaml, entity });
    problems.push(...result.problems);
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
  for (const rule of rules) {
    if (rule.lookup === undefined || !failed.has(rule.lookup)) problems.push(...rule.check(content, index));
  }
  if (problems.some((problem) => problem.severity === 'error')) return { problems, site: undefined };
  const site = buildSite(content, { contentDir: options.dir });
  for (const rule of siteRules) problems.push(...rule.check(site, content, index));
  return { problems, site };
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
