/** Test helpers for the image tests: strict XML parsing of the SVG strings. Not imported by the site itself. */
import { SaxesParser } from 'saxes';

interface Element {
  readonly tag: string;
  readonly attributes: Record<string, string>;
  /** Its text, entities resolved: every descendant text node, lines joined by spaces, whitespace collapsed. */
  readonly text: string;
}

interface TreeNode {
  readonly tag: string;
  readonly attributes: Record<string, string>;
  readonly children: Array<TreeNode | string>;
}

/**
 * Every element of `xml`, in document order. saxes is a strict XML 1.0 parser: it throws at anything that is
 * not well-formed, such as a bare `&`, a `<` in text, a mismatched tag or a control character.
 */
export function parseXml(xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: false });
  const root: TreeNode = { tag: '#document', attributes: {}, children: [] };
  const open: TreeNode[] = [root];
  parser.on('opentag', (tag) => {
    const node: TreeNode = {
      tag: tag.name,
      attributes: { ...(tag.attributes as Record<string, string>) },
      children: [],
    };
    open.at(-1)?.children.push(node);
    open.push(node);
  });
  parser.on('closetag', () => void open.pop());
  parser.on('text', (text) => void open.at(-1)?.children.push(text));
  parser.write(xml).close();
  const elements: Element[] = [];
  const walk = (node: TreeNode) => {
    elements.push({ tag: node.tag, attributes: node.attributes, text: textOf(node).replace(/\s+/g, ' ').trim() });
    for (const child of node.children) if (typeof child !== 'string') walk(child);
  };
  for (const child of root.children) if (typeof child !== 'string') walk(child);
  return elements;
}

/** The text of every element named `tag`. */
export function textsOf(xml: string, tag: string): string[] {
  return parseXml(xml)
    .filter((element) => element.tag === tag)
    .map((element) => element.text);
}

/** Text content, where a tspan with its own x starts a new line: a space stands for the line break. */
function textOf(node: TreeNode): string {
  return node.children
    .map((child) =>
      typeof child === 'string'
        ? child
        : `${child.tag === 'tspan' && 'x' in child.attributes ? ' ' : ''}${textOf(child)}`,
    )
    .join('');
}
