/**
 * Property-based tests of the checker: random valid content folders are accepted, and random mutations of
 * them (a key deleted, a value of another type, stray Unicode or YAML punctuation, a truncated file, swapped or
 * duplicated ids, random bytes) are accepted or reported with a rule id and a place — never thrown.
 *
 * Runs are seeded so a failure reproduces; FC_SEED and FC_RUNS explore others, FC_SHRINK=1 shrinks a failure.
 */
import fc from 'fast-check';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyseClaim } from '../compare/claim-analysis.ts';
import { ID_PATTERN } from '../schema/index.ts';
import { checkContent, type CheckResult } from './check-content.ts';
import type { Problem } from './problem.ts';
import { formatGithubAnnotations, formatReport } from './report.ts';
import {
  contentArbitrary,
  contentFiles,
  edtfArbitrary,
  propertyOptions,
  writeContentFolder,
  yamlText,
  type GeneratedContent,
  type GeneratedFile,
} from './test-arbitraries.ts';
import { edtfDate } from '../schema/index.ts';

const root = mkdtempSync(path.join(tmpdir(), 'claimline-properties-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let folders = 0;
/** Writes the files to a fresh folder, checks it, and removes it again. */
function checkFiles(files: readonly GeneratedFile[]): { result: CheckResult; dir: string; cleanup: () => void } {
  const dir = path.join(root, `run-${folders++}`);
  writeContentFolder(dir, files);
  const result = checkContent({ dir, cwd: dir });
  return { result, dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const errorsOf = (problems: readonly Problem[]) => problems.filter((problem) => problem.severity === 'error');

describe('valid content', () => {
  it('every generated date is an EDTF date the schema accepts', () => {
    fc.assert(
      fc.property(edtfArbitrary, (value) => {
        expect(edtfDate.safeParse(value).success, value).toBe(true);
      }),
      propertyOptions(500),
    );
  });

  it('is accepted without an error, and linked into a site with every entity', () => {
    fc.assert(
      fc.property(contentArbitrary, (content) => {
        const { result, cleanup } = checkFiles(contentFiles(content));
        try {
          expect(errorsOf(result.problems), formatReport(result.problems)).toEqual([]);
          const site = result.site;
          expect(site).toBeDefined();
          if (!site) return;
          expect(site.metrics).toHaveLength(content.metrics.length);
          expect(site.sources).toHaveLength(content.sources.length);
          expect(site.claims).toHaveLength(content.claims.length);
          const figures = content.sources.reduce(
            (total, source) => total + (source.data.figures as unknown[]).length,
            0,
          );
          expect(site.figures).toHaveLength(figures);
          // Titles and quotes come back exactly as generated, whatever YAML style they were written in.
          for (const claim of content.claims) {
            expect(site.claimBySlug.get(claim.slug)?.title).toBe(String(claim.data.title).trim());
          }
        } finally {
          cleanup();
        }
      }),
      propertyOptions(100),
    );
  });
});

// ---------------------------------------------------------------------------------------------------------
// Mutations

type Path = ReadonlyArray<string | number>;

/** Every path into a value that leads to an object key or an array item. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (Array.isArray(value)) {
    return value.flatMap((item, index) => [[...prefix, index], ...pathsOf(item, [...prefix, index])]);
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsOf(item, [...prefix, key])]);
  }
  return [];
}

function clone<T>(value: T): T {
  return structuredClone(value);
}

function parentOf(root: unknown, target: Path): { parent: unknown; key: string | number } | undefined {
  let node = root;
  for (const segment of target.slice(0, -1)) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  const key = target.at(-1);
  return key === undefined || typeof node !== 'object' || node === null ? undefined : { parent: node, key };
}

function getAt(root: unknown, target: Path): unknown {
  const found = parentOf(root, target);
  return found ? (found.parent as Record<string | number, unknown>)[found.key] : undefined;
}

function setAt(root: unknown, target: Path, value: unknown): void {
  const found = parentOf(root, target);
  if (found) (found.parent as Record<string | number, unknown>)[found.key] = value;
}

function deleteAt(root: unknown, target: Path): void {
  const found = parentOf(root, target);
  if (!found) return;
  if (Array.isArray(found.parent) && typeof found.key === 'number') found.parent.splice(found.key, 1);
  else delete (found.parent as Record<string | number, unknown>)[found.key];
}

/** The data of every file of a content folder, addressed by file index (same order as contentFiles). */
type Model = { data: unknown; body?: string; path: string }[];

function modelOf(content: GeneratedContent): Model {
  return [
    { data: clone(content.site), path: 'site.yaml' },
    ...content.metrics.map(({ id, data }) => ({ data: clone(data), path: `metrics/${id}.yaml` })),
    ...content.sources.map(({ id, data, body }) => ({ data: clone(data), body, path: `sources/${id}.md` })),
    ...content.claims.map(({ slug, extension, data, body }) => ({
      data: clone(data),
      body,
      path: `claims/${slug}${extension}`,
    })),
  ];
}

const OTHER_TYPES: readonly unknown[] = [
  null,
  true,
  false,
  42,
  -1.5,
  0,
  '',
  'text',
  [],
  {},
  ['a'],
  { a: 1 },
  '2022-13-45',
];

/** A change to the data before it is written (picks are taken modulo the number of candidates). */
type StructuralMutation =
  | { kind: 'delete-key'; file: number; pick: number }
  | { kind: 'change-type'; file: number; pick: number; value: unknown }
  | { kind: 'swap-ids'; pick: number; other: number }
  | { kind: 'duplicate-item'; file: number; pick: number }
  | { kind: 'swap-file-names'; file: number; other: number }
  | { kind: 'delete-file'; file: number };

/** A change to the written file. */
type TextualMutation =
  | { kind: 'insert'; file: number; at: number; text: string }
  | { kind: 'truncate'; file: number; at: number }
  | { kind: 'duplicate-line'; file: number; pick: number }
  | { kind: 'random-bytes'; file: number; at: number; bytes: Uint8Array };

const YAML_PUNCTUATION = [
  ':',
  ': ',
  '- ',
  '#',
  '&a ',
  '*a',
  '!!str ',
  '!',
  '|',
  '>',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '%',
  '@',
  '`',
  '?',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '---\n',
  '...\n',
  '\uFEFF',
  '\u0000',
  '\u2028',
  '\uD800',
  '<<: *a\n',
  '  ',
];

const structuralArbitrary: fc.Arbitrary<StructuralMutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-key' as const), file: fc.nat(), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('change-type' as const),
    file: fc.nat(),
    pick: fc.nat(),
    value: fc.oneof(fc.constantFrom(...OTHER_TYPES), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.double()),
  }),
  fc.record({ kind: fc.constant('swap-ids' as const), pick: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-item' as const), file: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('swap-file-names' as const), file: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('delete-file' as const), file: fc.nat() }),
);

const textualArbitrary: fc.Arbitrary<TextualMutation> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    file: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(
      fc.constantFrom(...YAML_PUNCTUATION),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({ kind: fc.constant('truncate' as const), file: fc.nat(), at: fc.nat() }),
  fc.record({ kind: fc.constant('duplicate-line' as const), file: fc.nat(), pick: fc.nat() }),
  fc.record({
    kind: fc.constant('random-bytes' as const),
    file: fc.nat(),
    at: fc.nat(),
    bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
);

function applyStructural(model: Model, mutation: StructuralMutation): Model {
  if (model.length === 0) return model;
  const entry = 'file' in mutation ? model[mutation.file % model.length] : undefined;
  switch (mutation.kind) {
    case 'delete-key': {
      const paths = pathsOf(entry?.data);
      const target = paths[mutation.pick % Math.max(paths.length, 1)];
      if (entry && target) deleteAt(entry.data, target);
      return model;
    }
    case 'change-type': {
      const paths = pathsOf(entry?.data);
      const target = paths[mutation.pick % Math.max(paths.length, 1)];
      if (entry && target) setAt(entry.data, target, clone(mutation.value));
      else if (entry) entry.data = clone(mutation.value);
      return model;
    }
    case 'duplicate-item': {
      const items = pathsOf(entry?.data).filter((target) => typeof target.at(-1) === 'number');
      const target = items[mutation.pick % Math.max(items.length, 1)];
      if (entry && target) {
        const found = parentOf(entry.data, target);
        if (found && Array.isArray(found.parent)) found.parent.push(clone(getAt(entry.data, target)));
      }
      return model;
    }
    case 'swap-ids': {
      // Every string that is an id, in any file: swap two of them (a figure with a source, two figure ids…).
      const ids = model.flatMap((file) =>
        pathsOf(file.data)
          .filter((target) => {
            const value = getAt(file.data, target);
            return typeof value === 'string' && ID_PATTERN.test(value);
          })
          .map((target) => ({ file, target })),
      );
      const a = ids[mutation.pick % Math.max(ids.length, 1)];
      const b = ids[mutation.other % Math.max(ids.length, 1)];
      if (a && b) {
        const first = getAt(a.file.data, a.target);
        setAt(a.file.data, a.target, getAt(b.file.data, b.target));
        setAt(b.file.data, b.target, first);
      }
      return model;
    }
    case 'swap-file-names': {
      const other = model[mutation.other % model.length];
      if (entry && other && entry !== other) {
        const rename = (from: string, to: string) => path.posix.join(path.posix.dirname(from), path.posix.basename(to));
        const [a, b] = [rename(entry.path, other.path), rename(other.path, entry.path)];
        entry.path = a;
        other.path = b;
      }
      return model;
    }
    case 'delete-file':
      return model.filter((file) => file !== entry);
  }
}

function filesOf(model: Model, content: GeneratedContent): GeneratedFile[] {
  // Two files may now have the same path (a file name swapped into another folder's name): the last one wins.
  return model.map((file) => ({
    path: file.path,
    content:
      file.body === undefined
        ? yamlText(file.data, content.style)
        : `---\n${yamlText(file.data, content.style)}---\n${file.body}\n`,
  }));
}

function applyTextual(files: GeneratedFile[], mutation: TextualMutation): GeneratedFile[] {
  if (files.length === 0) return files;
  const index = mutation.file % files.length;
  const file = files[index];
  if (!file) return files;
  const bytes = typeof file.content === 'string' ? Buffer.from(file.content, 'utf8') : Buffer.from(file.content);
  const text = typeof file.content === 'string' ? file.content : bytes.toString('utf8');
  let content: string | Uint8Array;
  switch (mutation.kind) {
    case 'insert': {
      const at = mutation.at % (text.length + 1);
      content = text.slice(0, at) + mutation.text + text.slice(at);
      break;
    }
    case 'truncate':
      content = text.slice(0, mutation.at % (text.length + 1));
      break;
    case 'duplicate-line': {
      const lines = text.split('\n');
      const keyLines = lines.flatMap((line, at) => (/^\s*(?:- )?[\w"']+\s*:/.test(line) ? [at] : []));
      const at = keyLines[mutation.pick % Math.max(keyLines.length, 1)];
      if (at !== undefined) lines.splice(at + 1, 0, lines[at] ?? '');
      content = lines.join('\n');
      break;
    }
    case 'random-bytes': {
      const at = mutation.at % (bytes.length + 1);
      content = Buffer.concat([bytes.subarray(0, at), mutation.bytes, bytes.subarray(at + mutation.bytes.length)]);
      break;
    }
  }
  return files.map((other, at) => (at === index ? { path: file.path, content } : other));
}

/** Every problem names its rule and a place that exists: a file of the folder and a line within it. */
function expectWellFormed(problems: readonly Problem[], dir: string): void {
  for (const problem of problems) {
    const where = JSON.stringify(problem);
    expect(problem.ruleId, where).toMatch(ID_PATTERN);
    expect(['error', 'warning'], where).toContain(problem.severity);
    expect(problem.message.trim().length, where).toBeGreaterThan(0);
    expect(problem.file.length, where).toBeGreaterThan(0);
    expect(Number.isInteger(problem.line) && problem.line >= 1, where).toBe(true);
    expect(Number.isInteger(problem.column) && problem.column >= 1, where).toBe(true);
    const absolute = path.resolve(dir, problem.file);
    // A missing site.yaml or claims/ folder is reported at the place it should be.
    if (existsSync(absolute) && statSync(absolute).isFile()) {
      const lines = readFileSync(absolute, 'utf8').split(/\r\n|\r|\n|\u2028|\u2029/).length;
      expect(problem.line, where).toBeLessThanOrEqual(lines + 1);
    }
  }
}

describe('mutated content', () => {
  const mutations = fc.record({
    content: contentArbitrary,
    structural: fc.array(structuralArbitrary, { maxLength: 2 }),
    textual: fc.array(textualArbitrary, { maxLength: 2 }),
  });

  it('is accepted, or every problem has a rule id, a file and a line — never an exception', () => {
    fc.assert(
      fc.property(mutations, ({ content, structural, textual }) => {
        const model = structural.reduce(applyStructural, modelOf(content));
        const files = textual.reduce(applyTextual, filesOf(model, content));
        const { result, dir, cleanup } = checkFiles(files);
        try {
          expectWellFormed(result.problems, dir);
          expect(() => formatReport(result.problems)).not.toThrow();
          expect(() => formatGithubAnnotations(result.problems)).not.toThrow();
          const hasErrors = errorsOf(result.problems).length > 0;
          expect(result.site === undefined, formatReport(result.problems)).toBe(hasErrors);
          // Content that still passes is valid content: every claim can be analysed.
          for (const claim of result.site?.claims ?? []) analyseClaim(result.site!, claim);
        } finally {
          cleanup();
        }
      }),
      propertyOptions(150),
    );
  });
});

describe('the mutation helpers', () => {
  it('reach every key and item, so that a mutation is rarely a no-op', () => {
    expect(pathsOf({ a: 1, b: ['x', { c: 2 }] })).toEqual([['a'], ['b'], ['b', 0], ['b', 1], ['b', 1, 'c']]);
  });
});
