import { CORE_SCHEMA, load } from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { Place, Problem } from '../check/problem.ts';

/** A YAML text parsed with its positions, so any path into the data can be named by line and column. */
export interface LocatedYaml {
  readonly data: unknown;
  /** Where the value at `path` starts; the nearest existing ancestor when the path does not exist. */
  locate(path: ReadonlyArray<PropertyKey>, options?: { key?: string }): Place;
  readonly problems: readonly Problem[];
}

export interface YamlInput {
  /** The file path shown to editors. */
  readonly file: string;
  readonly text: string;
  /** Lines before the YAML text in its file (a frontmatter's opening `---`). */
  readonly lineOffset?: number;
}

/** Anchors (`&a`) and aliases (`*a`): js-yaml shares aliased nodes, which a schema walk could expand without limit. */
const ANCHOR_OR_ALIAS = /(?:^|[\s,[{:-])[&*][^\s,\]}]/m;

/**
 * Most files are valid, and positions are needed only to report a problem. So the data comes from js-yaml (the
 * parser Astro reads frontmatter with, several times faster), and the `yaml` document with every position is
 * built on the first `locate`. A text js-yaml rejects, or one with anchors or aliases, takes the `yaml` path at
 * once, which reports syntax errors with their place and caps alias expansion.
 */
export function parseLocatedYaml(input: YamlInput): LocatedYaml {
  if (!ANCHOR_OR_ALIAS.test(input.text)) {
    let data: unknown;
    try {
      data = load(input.text, { schema: CORE_SCHEMA, json: false }) ?? null;
    } catch (error) {
      return refusedByJsYaml(parseWithPositions(input), error, input);
    }
    let located: LocatedYaml | undefined;
    return {
      data,
      problems: [],
      locate: (path, options) => (located ??= parseWithPositions(input)).locate(path, options),
    };
  }
  const located = parseWithPositions(input);
  try {
    // js-yaml keeps aliases as shared references, so loading does not expand them.
    load(input.text, { schema: CORE_SCHEMA, json: false });
    return located;
  } catch (error) {
    return refusedByJsYaml(located, error, input);
  }
}

/**
 * A text js-yaml refuses is refused, even when the `yaml` parser reads it (an explicit tag such as !!binary, which
 * it turns into bytes): Astro reads frontmatter with js-yaml and would stop with a stack trace.
 */
function refusedByJsYaml(located: LocatedYaml, error: unknown, input: YamlInput): LocatedYaml {
  if (located.problems.length > 0) return located;
  const mark = (error as { mark?: { line?: unknown } }).mark;
  const line = typeof mark?.line === 'number' ? mark.line + 1 : 1;
  const reason = (error as { reason?: unknown }).reason;
  const problem: Problem = {
    file: input.file,
    line: line + (input.lineOffset ?? 0),
    column: 1,
    ruleId: 'yaml-syntax',
    severity: 'error',
    message: `YAML the site cannot read: ${typeof reason === 'string' ? reason : firstLine(String(error))}`,
    hint: 'Remove any tag (a word starting with ! before a value) and write the value as plain text, a number or true/false',
  };
  return { ...located, data: undefined, problems: [problem] };
}

function parseWithPositions({ file, text, lineOffset = 0 }: YamlInput): LocatedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const placeAt = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file, line: line + lineOffset, column: col };
  };
  const problems: Problem[] = doc.errors.map((error) => ({
    ...placeAt(error.pos[0]),
    ruleId: 'yaml-syntax',
    severity: 'error',
    message: `YAML syntax error: ${firstLine(error.message)}`,
    hint: 'Check indentation, colons after keys, and quotes around text that contains a colon or starts with a special character',
  }));
  // What this parser only warns about (an unknown tag such as !foo), Astro's js-yaml refuses: an error here too.
  for (const warning of doc.warnings) {
    problems.push({
      ...placeAt(warning.pos[0]),
      ruleId: 'yaml-syntax',
      severity: 'error',
      message: `YAML the site cannot read: ${firstLine(warning.message)}`,
      hint: 'Remove the tag (a word starting with ! before a value) and write the value as plain text, a number or true/false',
    });
  }
  let data: unknown;
  if (problems.length === 0) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      // Aliases that expand too far (a "billion laughs"): refused like a syntax error, at the first line.
      problems.push({
        ...placeAt(0),
        ruleId: 'yaml-syntax',
        severity: 'error',
        message: `YAML aliases expand too far: ${firstLine(error instanceof Error ? error.message : String(error))}`,
        hint: 'Write the values out instead of repeating anchors (&name) through aliases (*name)',
      });
    }
  }
  return {
    data,
    problems,
    locate: (path, options) => placeAt(offsetOf(doc, path, options?.key)),
  };
}

function offsetOf(doc: Document, path: ReadonlyArray<PropertyKey>, key: string | undefined): number {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const segment of path) {
    const next = childOf(node, segment);
    if (next === undefined) break;
    node = next.value;
    offset = rangeStart(next.value) ?? next.keyStart ?? offset;
  }
  if (key !== undefined && isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
    const start = pair ? rangeStart(pair.key) : undefined;
    if (start !== undefined) return start;
  }
  return offset;
}

function childOf(node: unknown, segment: PropertyKey): { value: unknown; keyStart?: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
    if (!pair) return undefined;
    const keyStart = rangeStart(pair.key);
    return keyStart === undefined ? { value: pair.value } : { value: pair.value, keyStart };
  }
  if (isSeq(node) && typeof segment === 'number') {
    const item = node.items[segment];
    return item === undefined ? undefined : { value: item };
  }
  return undefined;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
