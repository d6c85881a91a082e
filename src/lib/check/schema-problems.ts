import type { z } from 'zod';
import type { LocatedYaml } from '../load/yaml-document.ts';
import { suggestion } from './did-you-mean.ts';
import type { Problem } from './problem.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.ZodType;

/**
 * Validates parsed YAML against an entity schema and turns every zod issue into a Problem with the
 * file, line and column of the offending value and a rule id. The one path from schema errors to editors.
 */
export function validateWithPositions<S extends Schema>(options: {
  schema: S;
  yaml: LocatedYaml;
  /** What the file describes, for messages: "claim", "source", "site.yaml". */
  entity: string;
}): { data: z.output<S> | undefined; problems: Problem[] } {
  const { schema, yaml, entity } = options;
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: undefined,
      problems: [
        {
          ...yaml.locate([]),
          ruleId: 'invalid-type',
          severity: 'error',
          message: `The ${entity} must be a set of "key: value" fields, not ${Array.isArray(data) ? 'a list' : 'a single value'}`,
        },
      ],
    };
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => problemsFor({ issue, yaml, schema, entity }));
  return { data: undefined, problems };
}

function problemsFor(options: { issue: Issue; yaml: LocatedYaml; schema: Schema; entity: string }): Problem[] {
  const { issue, yaml, schema, entity } = options;
  const path = issue.path;
  const field = describePath(path);
  const base = { severity: 'error' as const };
  switch (issue.code) {
    case 'unrecognized_keys': {
      const known = keysAt(schema, path);
      return issue.keys.map((key) => ({
        ...base,
        ...yaml.locate(path, { key }),
        ruleId: 'unknown-key',
        message: `Unknown field "${key}"${path.length ? ` in ${field}` : ''}${suggestion(key, known)}`,
        hint: known.length ? `The fields of ${path.length ? field : `a ${entity}`} are: ${known.join(', ')}` : '',
      }));
    }
    case 'invalid_type': {
      if (issue.input === undefined) {
        return [
          {
            ...base,
            ...yaml.locate(path),
            ruleId: 'missing-field',
            message: `Missing required field ${field}`,
            hint: `Add "${String(path.at(-1))}:" with ${describeExpected(issue.expected)}`,
          },
        ];
      }
      return [
        {
          ...base,
          ...yaml.locate(path),
          ruleId: 'invalid-type',
          message: `${capitalise(field)} must be ${describeExpected(issue.expected)}, not ${describeInput(issue.input)}`,
        },
      ];
    }
    case 'custom': {
      const rule = (issue.params as { rule?: string } | undefined)?.rule ?? 'invalid-value';
      return [{ ...base, ...yaml.locate(path), ruleId: rule, message: issue.message }];
    }
    case 'invalid_format':
      return [
        {
          ...base,
          ...yaml.locate(path),
          ruleId: path.length > 0 && isIdField(path) ? 'invalid-id' : 'invalid-format',
          message: `${capitalise(field)}: ${issue.message}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          ...base,
          ...yaml.locate(path),
          ruleId: 'invalid-value',
          message: `${capitalise(field)} must be one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`,
        },
      ];
    case 'invalid_union': {
      const nested = issue.errors.flat();
      const preferred = nested.find((inner) => inner.code !== 'invalid_type') ?? nested[0];
      if (preferred) {
        const absolute = { ...preferred, path: [...path, ...preferred.path] } as Issue;
        return problemsFor({ issue: absolute, yaml, schema, entity });
      }
      break;
    }
    case 'too_small':
    case 'too_big': {
      // Zod says "Too small: expected number to be >=0"; an editor reads "at least 0".
      const limit = Number(issue.code === 'too_small' ? issue.minimum : issue.maximum);
      const numeric = issue.origin === 'number' && Number.isFinite(limit);
      const inclusive = issue.inclusive !== false;
      const words =
        issue.code === 'too_small' ? (inclusive ? 'at least' : 'more than') : inclusive ? 'at most' : 'less than';
      const message = numeric
        ? `${capitalise(field)} must be ${words} ${limit}`
        : `${capitalise(field)}: ${issue.message}`;
      return [{ ...base, ...yaml.locate(path), ruleId: 'invalid-value', message }];
    }
    default:
      break;
  }
  return [
    { ...base, ...yaml.locate(path), ruleId: 'invalid-value', message: `${capitalise(field)}: ${issue.message}` },
  ];
}

function isIdField(path: readonly PropertyKey[]): boolean {
  const last = path.at(-1);
  return (
    typeof last === 'number' ||
    last === 'id' ||
    last === 'metric' ||
    last === 'figure' ||
    last === 'verdict' ||
    last === 'appearance'
  );
}

/** A field's path as editors write it, quoted: `"figures[0].by"`; "the file" for the whole file. */
export function describePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the file';
  let out = '';
  for (const segment of path) {
    out += typeof segment === 'number' ? `[${segment}]` : out ? `.${String(segment)}` : String(segment);
  }
  return `"${out}"`;
}

function describeExpected(expected: string): string {
  switch (expected) {
    case 'string':
      return 'text';
    case 'number':
      return 'a number (digits only: 7000, not "7,000")';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
      return 'a set of "key: value" fields';
    default:
      return expected;
  }
}

function describeInput(input: unknown): string {
  if (input === null) return 'an empty value';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text ${JSON.stringify(input)}`;
  if (typeof input === 'object') return 'a set of fields';
  // YAML's .nan and .inf: JSON would write them as null.
  if (typeof input === 'number' && Number.isNaN(input)) return '.nan (not a number)';
  if (typeof input === 'number' && !Number.isFinite(input)) return `${input > 0 ? '' : '-'}.inf (infinity)`;
  return `${typeof input} ${JSON.stringify(input)}`;
}

function capitalise(text: string): string {
  return text.startsWith('"') ? `Field ${text}` : text.charAt(0).toUpperCase() + text.slice(1);
}

/** Field names of the strict object at `path` inside `schema`, for suggestions. */
function keysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  let current: unknown = schema;
  for (const segment of path) {
    current = unwrap(current);
    const def = defOf(current);
    if (def?.type === 'object' && typeof segment === 'string')
      current = (def.shape as Record<string, unknown>)[segment];
    else if (def?.type === 'array') current = def.element;
    else return [];
  }
  const def = defOf(unwrap(current));
  return def?.type === 'object' ? Object.keys(def.shape as object) : [];
}

interface Def {
  type: string;
  shape?: unknown;
  element?: unknown;
  innerType?: unknown;
  options?: unknown[];
}

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  for (;;) {
    const def = defOf(current);
    if (def && (def.type === 'optional' || def.type === 'default' || def.type === 'nullable')) current = def.innerType;
    else if (def?.type === 'union')
      current = def.options?.find((option) => defOf(option)?.type === 'object') ?? current;
    else return current;
    if (defOf(current)?.type === 'union') continue;
    if (!['optional', 'default', 'nullable'].includes(defOf(current)?.type ?? '')) return current;
  }
}
