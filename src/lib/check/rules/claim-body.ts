// The body of each claim, parsed once as Markdown (.md) or MDX (.mdx) and shared by the rules that read it.
// The parser is Sätteri's, the one Astro renders claims with, so the rules see the tree the page is made from
// (and it is native: about 20 times faster than remark-parse on 10,000 claims). The rules that read a body are
// unified plugins: one processor, made and frozen once per check, runs them all over each claim's tree, and each
// reports as a vfile message that `problemOf` turns into a Problem.
import type { Nodes, Root } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { unified, type Plugin } from 'unified';
import { VFile } from 'vfile';
import type { ContentFile } from '../../load/read-content.ts';
import { isClaimComponent } from '../../markdown/components.ts';
import type { ClaimData } from '../../schema/index.ts';
import type { ContentIndex, Entry, Rule, ValidatedContent } from '../content.ts';
import type { Place, Problem } from '../problem.ts';
import { bodyBytes, maxBodyBytes } from './body-too-large.ts';

export type BodyFormat = 'md' | 'mdx';

/** A claim body: its syntax tree, or where it could not be parsed, or nothing when it is too large to read. */
export type ParsedBody =
  | { readonly kind: 'tree'; readonly format: BodyFormat; readonly tree: Root }
  | { readonly kind: 'syntax-error'; readonly line: number; readonly column: number; readonly reason: string }
  | { readonly kind: 'too-large' };

const parsed = new WeakMap<ContentFile, ParsedBody>();

export function bodyFormat(file: ContentFile): BodyFormat {
  return file.extension === '.mdx' ? 'mdx' : 'md';
}

/** Parses a claim's body once per check; later calls for the same file return the same result. */
export function parseClaimBody(file: ContentFile): ParsedBody {
  const cached = parsed.get(file);
  if (cached) return cached;
  const result = parseBody(file);
  parsed.set(file, result);
  return result;
}

function parseBody(file: ContentFile): ParsedBody {
  if (bodyBytes(file.body) > maxBodyBytes(file.kind)) return { kind: 'too-large' };
  const format = bodyFormat(file);
  try {
    const tree = (format === 'mdx' ? mdxToMdast : markdownToMdast)(file.body) as unknown as Root;
    if (format === 'mdx') placeAttributes(tree, file.body);
    return { kind: 'tree', format, tree };
  } catch (error) {
    return { kind: 'syntax-error', ...syntaxErrorPlace(error) };
  }
}

/** Where the MDX parser stopped, from its message: "3:1: Expected a closing tag …" (or a VFileMessage's fields). */
function syntaxErrorPlace(error: unknown): { line: number; column: number; reason: string } {
  const message = error as { reason?: unknown; message?: unknown; line?: unknown; column?: unknown };
  const reason = String(message.reason ?? message.message ?? error);
  if (typeof message.line === 'number' && typeof message.column === 'number') {
    return { line: message.line, column: message.column, reason };
  }
  const prefix = /^(\d+):(\d+): /.exec(reason);
  if (prefix) return { line: Number(prefix[1]), column: Number(prefix[2]), reason: reason.slice(prefix[0].length) };
  const range = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(reason);
  return { line: Number(range?.[1] ?? 1), column: Number(range?.[2] ?? 1), reason };
}

/**
 * Sätteri gives a JSX element a position but not its attributes; an editor is better served by the column of
 * the prop at fault. Each attribute is found in the element's source, in order, skipping the values before it.
 */
function placeAttributes(tree: Root, body: string): void {
  for (const node of walk(tree)) {
    if (!isJsxElement(node)) continue;
    let cursor = node.position?.start.offset;
    if (cursor === undefined) continue;
    for (const attribute of node.attributes) {
      if (attribute.position) continue;
      const found =
        attribute.type === 'mdxJsxAttribute'
          ? new RegExp(`\\s(${escapeRegExp(attribute.name)})(?=[\\s=/>]|$)`, 'g')
          : /\s(\{)/g;
      found.lastIndex = cursor;
      const match = found.exec(body);
      if (!match) break;
      const start = match.index + match[0].length - (match[1]?.length ?? 0);
      attribute.position = { start: pointAt(body, start), end: pointAt(body, start) };
      cursor = start + (match[1]?.length ?? 0) + valueLength(body, start + (match[1]?.length ?? 0));
    }
  }
}

/** Characters from `at` to the end of an attribute's `="…"`, `={…}` or spread `…}`; 0 when it has none. */
function valueLength(body: string, at: number): number {
  const quoted = /^\s*=\s*(["'])/.exec(body.slice(at, at + 64));
  if (quoted) {
    const close = body.indexOf(quoted[1] as string, at + quoted[0].length);
    return close < 0 ? 0 : close + 1 - at;
  }
  const close = body.indexOf('}', at);
  return /^\s*=?\s*\{|^[^\s=]*\}/.test(body.slice(at, at + 64)) && close >= 0 ? close + 1 - at : 0;
}

/** The 1-based line and column of `offset` in a body. */
export function pointAt(body: string, offset: number): { line: number; column: number; offset: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = body.indexOf('\n'); index >= 0 && index < offset; index = body.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1, offset };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every node of a tree in document order, without recursion (deeply nested lists or quotes cannot overflow). */
export function* walk(tree: Root): Generator<Nodes> {
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    yield node;
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
    }
  }
}

export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

export function isJsxElement(node: Nodes): node is JsxElement {
  return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** A point of the body (1-based line and column) as a place in the file. */
export function placeInFile(
  file: ContentFile,
  point: { readonly line: number; readonly column: number } | undefined,
): Place {
  return {
    file: file.file,
    line: file.bodyLine + (point?.line ?? 1) - 1,
    column: point?.column ?? 1,
  };
}

/** What the checker puts on each claim's vfile for the body rules: the claim, and its body as parsed. */
export interface ClaimBodyData {
  readonly claim: Entry<ClaimData>;
  readonly body: Exclude<ParsedBody, { kind: 'too-large' }>;
}

declare module 'vfile' {
  interface DataMap {
    claimline: ClaimBodyData;
  }
}

/** What every body rule may look things up in, given once per check when the processor is made. */
export interface BodyRuleContext {
  readonly content: ValidatedContent;
  readonly index: ContentIndex;
}

/** A body rule's unified plugin: its attacher gets the context, its transformer each claim's tree and vfile. */
export type BodyPlugin = Plugin<[BodyRuleContext], Root>;

/**
 * A rule over claim bodies: a unified plugin, run with every other in one processor by `checkClaimBodies`. It is a
 * Rule too: `check` runs it alone, as its tests do.
 */
export interface BodyRule extends Rule {
  readonly plugin: BodyPlugin;
}

export function bodyRule(options: { id: string; lookup?: NonNullable<Rule['lookup']>; plugin: BodyPlugin }): BodyRule {
  const rule: BodyRule = {
    ...options,
    check: (content, index) => checkClaimBodies({ content, index, rules: [rule] }),
  };
  return rule;
}

/** The claim and parsed body of a vfile made by `checkClaimBodies`. */
export function claimBodyOf(file: VFile): ClaimBodyData {
  const data = file.data.claimline;
  if (!data) throw new Error(`${file.path} was not made by checkClaimBodies`);
  return data;
}

/** What a body rule found at one node. */
export interface BodyFinding {
  readonly at: { readonly line: number; readonly column: number } | undefined;
  readonly message: string;
  readonly hint: string;
}

/** Reports a finding of a Claimline rule on a claim's vfile: an error, `claimline:<ruleId>`, the hint as its note. */
export function reportFinding(file: VFile, ruleId: string, finding: BodyFinding): void {
  const message = file.message(finding.message, {
    place: finding.at && { line: finding.at.line, column: finding.at.column },
    ruleId,
    source: 'claimline',
  });
  message.fatal = true;
  message.note = finding.hint;
}

/** A rule that looks at every node of every parsed claim body of the given formats. */
export function claimBodyRule(options: {
  id: string;
  formats: readonly BodyFormat[];
  check: (node: Nodes) => BodyFinding[];
}): BodyRule {
  return bodyRule({
    id: options.id,
    plugin: () => (tree, file) => {
      const { body } = claimBodyOf(file);
      if (body.kind !== 'tree' || !options.formats.includes(body.format)) return;
      for (const node of walk(tree)) {
        for (const finding of options.check(node)) reportFinding(file, options.id, finding);
      }
    },
  });
}

/** Runs house-style plugins over a claim's tree, adding their messages to its vfile (see house-style.ts). */
export type HouseStyleRunner = (tree: Root, file: VFile) => void;

/**
 * Runs the body rules over every claim: one unified processor with every rule's plugin, frozen once and reused for
 * each claim, then the house style's (when the site has one) over the trees the rules let through. Each claim is a
 * vfile; its messages become the problems.
 */
export function checkClaimBodies(options: {
  content: ValidatedContent;
  index: ContentIndex;
  rules: readonly BodyRule[];
  houseStyle?: { readonly run: HouseStyleRunner; readonly accepts: (tree: Root) => boolean };
}): Problem[] {
  const { content, index, houseStyle } = options;
  const context: BodyRuleContext = { content, index };
  const processor = unified();
  for (const rule of options.rules) processor.use(rule.plugin, context);
  processor.freeze();
  const problems: Problem[] = [];
  for (const claim of content.claims) {
    const body = parseClaimBody(claim.file);
    if (body.kind === 'too-large') continue;
    const file = new VFile({ path: claim.file.file, value: claim.file.body, data: { claimline: { claim, body } } });
    // A body the parser could not read is an empty tree; the mdx-syntax rule reports why.
    const tree: Root = body.kind === 'tree' ? body.tree : { type: 'root', children: [] };
    processor.runSync(tree, file);
    if (houseStyle && body.kind === 'tree' && houseStyle.accepts(body.tree)) houseStyle.run(body.tree, file);
    for (const message of file.messages) problems.push(problemOf(claim.file, message));
  }
  return problems;
}

/**
 * A vfile message as a Problem, at its place in the content file: `claimline:…` for Claimline's own rules,
 * `<source>:<ruleId>` for a house-style plugin's (`remark-lint:no-duplicate-headings`); an error when it is fatal.
 */
export function problemOf(file: ContentFile, message: VFileMessage): Problem {
  const place = message.place && 'start' in message.place ? message.place.start : message.place;
  const line = wholeNumber(place?.line);
  const source = message.source && message.source !== 'claimline' ? message.source : undefined;
  const hint = message.note ?? replacement(message) ?? (message.url ? `See ${message.url}` : undefined);
  return {
    ...placeInFile(file, line === undefined ? undefined : { line, column: wholeNumber(place?.column) ?? 1 }),
    ruleId: message.ruleId ?? source ?? 'house-style',
    ...(source === undefined ? {} : { source }),
    severity: message.fatal === true ? 'error' : 'warning',
    message: message.reason,
    ...(hint === undefined ? {} : { hint }),
  };
}

type VFileMessage = VFile['messages'][number];

/** The fix a plugin's message proposes (its `expected`, for its `actual`): `Write "the" instead of "the the"`. */
function replacement(message: VFileMessage): string | undefined {
  const expected = message.expected?.filter((text) => text !== '') ?? [];
  const actual = message.actual === undefined ? '' : ` instead of "${message.actual}"`;
  if (expected.length > 0) return `Write ${expected.map((text) => `"${text}"`).join(' or ')}${actual}`;
  if (message.expected !== undefined && message.actual !== undefined) return `Remove "${message.actual}"`;
  return undefined;
}

/** A 1-based line or column from a plugin, or undefined when it gave none that makes sense. */
function wholeNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** A short quote of code or HTML for a message: one line, at most `max` characters. */
export function excerpt(text: string, max = 60): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/** Every `<Timeline metric="…">` (or `claim="…"`) in the parsed MDX claims: the id written and where. */
export function componentReferences(
  content: ValidatedContent,
  prop: 'metric' | 'claim',
): Array<{ file: ContentFile; place: Place; id: string }> {
  const references: Array<{ file: ContentFile; place: Place; id: string }> = [];
  for (const claim of content.claims) {
    const body = parseClaimBody(claim.file);
    if (body.kind !== 'tree') continue;
    for (const node of walk(body.tree)) {
      if (!isJsxElement(node) || !isClaimComponent(node.name)) continue;
      for (const attribute of node.attributes) {
        if (attribute.type !== 'mdxJsxAttribute' || attribute.name !== prop) continue;
        if (typeof attribute.value !== 'string') continue;
        const at = attribute.position?.start ?? node.position?.start;
        references.push({ file: claim.file, place: placeInFile(claim.file, at), id: attribute.value });
      }
    }
  }
  return references;
}
