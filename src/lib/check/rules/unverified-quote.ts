import type { Nodes } from 'mdast';
import { normaliseText } from '../../model/quote-match.ts';
import { claimedFigureIds } from '../../schema/claim.ts';
import type { ClaimData, SourceData } from '../../schema/index.ts';
import type { ContentIndex, Entry } from '../content.ts';
import { bodyRule, claimBodyOf, excerpt, reportFinding, walk } from './claim-body.ts';
import { closestPassage, comparable, occursIn } from './quotation-match.ts';

/** The most "did you mean" searches one check makes; later unverified quotations are reported without one. */
const MAX_SUGGESTIONS = 20;

/** Quotations shorter than this many words ("so-called", a single term) are not checked. */
export const MIN_QUOTED_WORDS = 4;

/**
 * Every quotation of four words or more in a claim's reasoning, between “ ” or " ", must occur in one of the claim's
 * sources: its appearance, the sources of its figure and compared figures, and the sources its body links to. The
 * words are matched as figure quotes are (spacing and quote marks folded), ignoring case, punctuation just inside the
 * closing mark, and an elision (…, ..., […]) between the parts. A quotation followed by a link to an outside page
 * (`"…" ([Reuters](https://…))`) comes from there and is not checked.
 */
export const unverifiedQuote = bodyRule({
  id: 'unverified-quote',
  lookup: 'source',
  // The attacher runs once per check: the lookups and the texts it compares are shared by every claim.
  plugin: ({ content, index }) => {
    const sourceById = new Map(content.sources.map((source) => [source.file.id, source]));
    const sourcesOfMetric = sourcesByMetric(content.sources);
    const texts = new Map<string, string>();
    const words = new Map<string, readonly string[]>();
    const wordsOf = (source: Entry<SourceData>) => {
      let list = words.get(source.file.id);
      if (!list) {
        list = normaliseText(source.file.body).text.split(' ');
        words.set(source.file.id, list);
      }
      return list;
    };
    let suggestions = 0;
    const textOf = (source: Entry<SourceData>) => {
      let text = texts.get(source.file.id);
      if (text === undefined) {
        text = comparable(source.file.body);
        texts.set(source.file.id, text);
      }
      return text;
    };
    return (tree, file) => {
      const { claim } = claimBodyOf(file);
      const quotations = [...walk(tree)].flatMap(quotationsIn);
      if (quotations.length === 0) return;
      const sources = claimSources({ claim, index, sourcesOfMetric, linked: linkedSourceIds(tree) })
        .map((id) => sourceById.get(id))
        .filter((source) => source !== undefined);
      for (const quotation of quotations) {
        if (quotation.external || sources.some((source) => occursIn(textOf(source), quotation.text))) continue;
        const closest =
          suggestions++ < MAX_SUGGESTIONS ? closestPassage(quotation.text, sources.map(wordsOf)) : undefined;
        reportFinding(file, 'unverified-quote', {
          at: quotation.at,
          message:
            sources.length === 0
              ? `The quotation "${excerpt(quotation.text, 80)}" cannot be checked: this claim has no source with a text`
              : `The quotation "${excerpt(quotation.text, 80)}" is not in the text of ${sourceList(sources)}` +
                (closest ? ` (did you mean "${excerpt(closest, 120)}"?)` : ''),
          hint: 'Quote the source word for word (mark a cut with …), or link the quotation to where it comes from right after it: "…" ([publisher](https://…))',
        });
      }
    };
  },
});

interface Quotation {
  readonly text: string;
  readonly at: { readonly line: number; readonly column: number } | undefined;
  /** Followed at once by a link to an outside page: quoted from there. */
  readonly external: boolean;
}

/** Nodes whose children are running text: a quotation never spans two of them. */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell']);

/** The quotations of one paragraph, heading or table cell, each with the place of its opening mark. */
function quotationsIn(node: Nodes): Quotation[] {
  if (!PHRASING_PARENTS.has(node.type) || !('children' in node)) return [];
  const flat = flatten(node);
  const quotations: Quotation[] = [];
  for (const match of flat.text.matchAll(/“([^“”]*)”|"([^"]*)"/g)) {
    const text = (match[1] ?? match[2] ?? '').trim();
    if (text.split(/\s+/).filter(Boolean).length < MIN_QUOTED_WORDS) continue;
    const end = match.index + match[0].length;
    quotations.push({ text, at: flat.pointAt(match.index), external: linkFollows(flat, end) });
  }
  return quotations;
}

/** The text of a phrasing node with, for each character, where it is, and where each link starts. */
interface FlatText {
  readonly text: string;
  readonly links: ReadonlyArray<{ readonly at: number; readonly url: string }>;
  pointAt(index: number): { line: number; column: number } | undefined;
}

function flatten(parent: Nodes): FlatText {
  let text = '';
  const starts: Array<{ at: number; line: number; column: number }> = [];
  const links: Array<{ at: number; url: string }> = [];
  // Depth first, in document order, without recursion: emphasis nested thousands deep cannot overflow the stack.
  const stack: Nodes[] = [...(parent as { children: Nodes[] }).children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'link') links.push({ at: text.length, url: node.url });
    if (node.type === 'text' || node.type === 'inlineCode') {
      const start = node.position?.start;
      if (start) starts.push({ at: text.length, line: start.line, column: start.column });
      text += node.value;
    } else if (node.type === 'break') {
      text += ' ';
    }
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index] as Nodes);
    }
  }
  return {
    text,
    links,
    pointAt(index) {
      const start = starts.findLast((entry) => entry.at <= index);
      if (!start) return undefined;
      // A text node may span lines: count them up to the index.
      const before = text.slice(start.at, index);
      const lines = before.split('\n');
      return lines.length === 1
        ? { line: start.line, column: start.column + before.length }
        : { line: start.line + lines.length - 1, column: (lines.at(-1)?.length ?? 0) + 1 };
    },
  };
}

/** True when a link to an outside page starts right after `end`, with only spaces or an opening bracket between. */
function linkFollows(flat: FlatText, end: number): boolean {
  return flat.links.some(
    (link) => link.at >= end && /^[\s([]*$/.test(flat.text.slice(end, link.at)) && /^https?:\/\//i.test(link.url),
  );
}

/** Ids of the sources a body links to: `../../sources/<id>/`, `/sources/<id>/#figure`. */
function linkedSourceIds(tree: Parameters<typeof walk>[0]): string[] {
  const ids: string[] = [];
  for (const node of walk(tree)) {
    if (node.type !== 'link' || /^[a-z][a-z0-9+.-]*:/i.test(node.url)) continue;
    const found = /(?:^|\/)sources\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:[#?].*)?$/.exec(node.url);
    if (found?.[1]) ids.push(found[1]);
  }
  return ids;
}

/**
 * The ids of the sources a claim may quote: its appearance, the sources of its figure and of the figures it is
 * compared with (without a `compare` list, every other figure of its figure's metric), and the sources it links to.
 */
function claimSources(options: {
  claim: Entry<ClaimData>;
  index: ContentIndex;
  sourcesOfMetric: ReadonlyMap<string, readonly string[]>;
  linked: readonly string[];
}): string[] {
  const { claim, index, sourcesOfMetric, linked } = options;
  const declared = (id: string | undefined) => (id === undefined ? undefined : index.figures.get(id));
  const claimed = claimedFigureIds(claim.data.figure).flatMap((id) => declared(id) ?? []);
  const compared = claim.data.compare
    ? claim.data.compare.flatMap((entry) => {
        const figure = declared(typeof entry === 'string' ? entry : entry.figure);
        return figure ? [figure.source.file.id] : [];
      })
    : claimed.flatMap(({ source, index }) => sourcesOfMetric.get(source.data.figures[index]?.metric ?? '') ?? []);
  return [...new Set([claim.data.appearance, ...claimed.map(({ source }) => source.file.id), ...compared, ...linked])];
}

/** For each metric, the sources with a figure of it. */
function sourcesByMetric(sources: ReadonlyArray<Entry<SourceData>>): Map<string, string[]> {
  const byMetric = new Map<string, string[]>();
  for (const source of sources) {
    for (const metric of new Set(source.data.figures.map((figure) => figure.metric))) {
      const list = byMetric.get(metric);
      if (list) list.push(source.file.id);
      else byMetric.set(metric, [source.file.id]);
    }
  }
  return byMetric;
}

function sourceList(sources: ReadonlyArray<Entry<SourceData>>): string {
  const names = sources.map((source) => `"${source.file.id}"`);
  return names.length === 1 ? `the source ${names[0]}` : `any of its sources (${names.join(', ')})`;
}
