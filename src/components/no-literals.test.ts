// Every word a reader sees comes from the message catalog (src/lib/messages): no component, layout or page holds an
// English literal, so that a later language adds a catalog without touching them.
//
// Each .astro file under src/components, src/layouts and src/pages is parsed by Astro's own compiler
// (@astrojs/compiler-rs, which astro depends on) into an ESTree AST with JSX, and fails on:
// - a text node with a letter, anywhere in the template: markup inside `{…}` expressions included, `<script>` and
//   `<style>` blocks and comments excluded;
// - a quoted value with a letter of an attribute readers get (aria-label, title, alt, placeholder, a component's
//   `label`, `caption`, `searchKind`…, and `content` of the `<meta>` tags search engines and link previews show);
// - a string that reads like words for people, in the frontmatter or in template code: a letter and a space, or a
//   capitalised word ("Metric", "Fact-checks") — the shape of a reader's text. Message ids ("listing.claims.title"),
//   addresses, class names and CSS selectors have neither. Import paths, types, object keys, attributes that hold
//   code (class, href, id, data-*…), the arguments of Astro's own API (Astro.csp, Astro.slots) and the errors a
//   build throws are not for readers.
// Each .ts endpoint under src/pages (the RSS feed, the downloads) is checked by the same rule for strings.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '@astrojs/compiler-rs';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FOLDERS = ['src/components', 'src/layouts', 'src/pages'];

/** Attributes whose text readers get: any letter in a quoted value is a literal. */
const READER_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-placeholder',
  'aria-valuetext',
  'title',
  'alt',
  'placeholder',
  'label',
  'caption',
  'description',
  'summary',
  'searchKind',
  'valuesNote',
  'set:text',
]);

/** `<meta>` tags whose `content` readers see in search results and link previews. */
const READER_META = new Set([
  'description',
  'og:title',
  'og:description',
  'og:image:alt',
  'twitter:title',
  'twitter:description',
  'twitter:image:alt',
]);

/** Attributes that hold code, not text: their values are not checked. */
const CODE_ATTRIBUTES = new Set([
  'class',
  'class:list',
  'id',
  'href',
  'src',
  'srcset',
  'rel',
  'type',
  'target',
  'datetime',
  'lang',
  'slot',
  'style',
  'name',
  'property',
  'charset',
  'content',
  'http-equiv',
  'role',
  'for',
  'scope',
  'start',
  'download',
  'hidden',
  'aria-current',
  'aria-hidden',
  'aria-labelledby',
  'aria-describedby',
  'aria-controls',
  'links',
  'section',
  'set:html',
  'is:inline',
  'define:vars',
]);

export interface Literal {
  readonly line: number;
  readonly text: string;
  readonly why: 'text' | 'attribute' | 'string';
}

const LETTER = /\p{L}/u;
/** Entities such as `&nbsp;` and `&amp;` are markup, not words. */
const ENTITY = /&(?:[a-z][a-z0-9]*|#\d+|#x[0-9a-f]+);/giu;

/** A string that reads like words for people: a letter and a space, or a capitalised word. */
function readsLikeWords(text: string): boolean {
  const trimmed = text.trim();
  return LETTER.test(trimmed) && (/\s/u.test(trimmed) || /^\p{Lu}/u.test(trimmed));
}

type Node = { readonly type?: unknown; readonly start?: number; readonly [key: string]: unknown };

const isNode = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && typeof (value as Node).type === 'string';

function attributeName(attribute: Node): string {
  const name = attribute.name as Node;
  if (name.type === 'JSXNamespacedName') {
    return `${String((name.namespace as Node).name)}:${String((name.name as Node).name)}`;
  }
  return String(name.name);
}

function elementName(element: Node): string {
  const name = (element.openingElement as Node).name as Node;
  return name.type === 'JSXIdentifier' ? String(name.name) : '';
}

/** `Astro.csp?.insertDirective(…)`, `Astro.slots.render(…)`: calls on Astro's own API take code, not text. */
function callsAstro(callee: unknown): boolean {
  let node = callee;
  while (isNode(node) && (node.type === 'MemberExpression' || node.type === 'ChainExpression')) {
    node = node.type === 'ChainExpression' ? node.expression : node.object;
  }
  return isNode(node) && node.type === 'Identifier' && node.name === 'Astro';
}

/** The reader-facing literals of one .astro file (or of a .ts module, given as `kind: 'ts'`). */
export function readerLiterals(source: string, kind: 'astro' | 'ts' = 'astro'): Literal[] {
  // A .ts module is an .astro frontmatter without a template.
  const prefix = kind === 'ts' ? '---\n' : '';
  const text = kind === 'ts' ? `${prefix}${source}\n---\n` : source;
  const { ast, diagnostics } = parse(text);
  const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  if (errors.length > 0) throw new Error(`Cannot parse: ${errors.map((error) => error.text).join('; ')}`);
  const found: Literal[] = [];
  const lineOf = (offset: number) => text.slice(0, offset).split('\n').length - (prefix === '' ? 0 : 1);
  const report = (node: Node, literal: string, why: Literal['why'], offset = 0) =>
    found.push({ line: lineOf((node.start ?? 0) + offset), text: literal.trim(), why });

  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!isNode(value)) return;
    const node = value;
    switch (node.type) {
      case 'AstroComment':
      case 'AstroScript':
      case 'ImportDeclaration':
      case 'TSInterfaceDeclaration':
      case 'TSTypeAliasDeclaration':
      case 'TSTypeAnnotation':
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
        if (node.type === 'TSAsExpression' || node.type === 'TSSatisfiesExpression') visit(node.expression);
        return;
      case 'JSXText': {
        const words = String(node.value).replace(ENTITY, ' ');
        if (LETTER.test(words)) report(node, words, 'text', words.search(/\S/u));
        return;
      }
      case 'JSXElement': {
        const name = elementName(node);
        if (name === 'script' || name === 'style') return;
        const attributes = ((node.openingElement as Node).attributes as Node[]).filter(
          (attribute) => attribute.type === 'JSXAttribute',
        );
        const metaName = attributes.find((attribute) => ['name', 'property'].includes(attributeName(attribute)));
        const readerMeta =
          name === 'meta' &&
          metaName !== undefined &&
          READER_META.has(String((metaName.value as Node | null)?.value ?? ''));
        for (const attribute of attributes) visitAttribute(attribute, readerMeta);
        for (const attribute of (node.openingElement as Node).attributes as Node[]) {
          if (attribute.type !== 'JSXAttribute') visit(attribute);
        }
        visit(node.children);
        return;
      }
      case 'Literal':
        if (typeof node.value === 'string' && readsLikeWords(node.value)) report(node, node.value, 'string');
        return;
      case 'TemplateLiteral': {
        const quasis = (node.quasis as Node[]).map((quasi) => String((quasi.value as { cooked?: string }).cooked));
        if (quasis.some(readsLikeWords)) report(node, quasis.join('…'), 'string');
        visit(node.expressions);
        return;
      }
      case 'Property':
        if (node.computed) visit(node.key);
        visit(node.value);
        return;
      case 'CallExpression':
        if (callsAstro(node.callee)) return;
        break;
      case 'ThrowStatement':
        // An error stops the build: its message is for the editor, in the terminal, never on a page.
        return;
    }
    for (const [key, child] of Object.entries(node)) {
      if (key !== 'type' && typeof child === 'object') visit(child);
    }
  };

  const visitAttribute = (attribute: Node, readerMeta: boolean) => {
    const name = attributeName(attribute);
    const value = attribute.value as Node | null;
    if (!value) return;
    const reader = READER_ATTRIBUTES.has(name) || (readerMeta && name === 'content');
    if (!reader && (CODE_ATTRIBUTES.has(name) || name.startsWith('data-'))) return;
    if (value.type === 'Literal') {
      const literal = String(value.value);
      if (reader ? LETTER.test(literal.replace(ENTITY, ' ')) : readsLikeWords(literal)) {
        report(value, `${name}="${literal}"`, 'attribute');
      }
      return;
    }
    visit(value);
  };

  visit(ast);
  return found;
}

function filesUnder(folder: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .map((file) => join(folder, file).split('\\').join('/'))
    .filter((file) => pattern.test(file) && !file.endsWith('.test.ts'))
    .sort();
}

describe('reader-facing text lives in the message catalog', () => {
  const astroFiles = FOLDERS.flatMap((folder) => filesUnder(folder, /\.astro$/u));
  const tsPages = filesUnder('src/pages', /\.ts$/u);

  it('finds the files it checks', () => {
    expect(astroFiles).toContain('src/layouts/Page.astro');
    expect(tsPages).toContain('src/pages/rss.xml.ts');
  });

  it.each(astroFiles)('%s holds no English literal', (file) => {
    expect(readerLiterals(readFileSync(join(ROOT, file), 'utf8'))).toEqual([]);
  });

  it.each(tsPages)('%s holds no English literal', (file) => {
    expect(readerLiterals(readFileSync(join(ROOT, file), 'utf8'), 'ts')).toEqual([]);
  });
});

describe('readerLiterals', () => {
  const texts = (source: string, kind?: 'astro' | 'ts') => readerLiterals(source, kind).map((found) => found.text);

  it('finds text in the template, in markup inside expressions too', () => {
    expect(texts('<p>Read the full fact-check</p>')).toEqual(['Read the full fact-check']);
    expect(texts('<p>{known ? <span class="muted">Unknown</span> : value}</p>')).toEqual(['Unknown']);
    expect(texts('<ul>{items.map((item) => <li>{item} <em>and more</em></li>)}</ul>')).toEqual(['and more']);
  });

  it('finds reader attributes, on elements and on components', () => {
    expect(texts('<nav aria-label="Main"></nav>')).toEqual(['aria-label="Main"']);
    expect(texts('<Page title="Methodology" section="methodology" />')).toEqual(['title="Methodology"']);
    expect(texts('<img src="/a.png" alt="A chart" />')).toEqual(['alt="A chart"']);
    expect(texts('<Listing order="newest first" />')).toEqual(['order="newest first"']);
    expect(texts('<meta name="description" content="How we check" />')).toEqual(['content="How we check"']);
  });

  it('finds words in strings of the frontmatter and of template code', () => {
    expect(texts("---\nconst nav = [{ id: 'claims', label: 'Fact-checks' }];\n---\n<p>{nav[0].label}</p>")).toEqual([
      'Fact-checks',
    ]);
    expect(texts('<FigureTable caption={`${figures.length} figures of this metric`} />')).toEqual([
      '… figures of this metric',
    ]);
    expect(texts("<a aria-label={`Page ${n}`}>{n === 1 ? 'The fact-check' : 'fact-checks'}</a>")).toEqual([
      'Page …',
      'The fact-check',
    ]);
  });

  it('finds words in a .ts endpoint', () => {
    expect(texts("export const GET = () => new Response('Every fact-check, newest first');", 'ts')).toEqual([
      'Every fact-check, newest first',
    ]);
    expect(
      texts("import rss from '@astrojs/rss';\nexport const GET = () => rss({ title: site.title });", 'ts'),
    ).toEqual([]);
  });

  it('passes catalog messages, code, errors, scripts, styles and comments', () => {
    const clean = `---
import Message from '../components/Message.astro';
interface Props { kind: 'Claims' | 'Sources' }
const { messages } = getSite();
if (!messages) throw new Error(\`No messages for \${id}\`);
Astro.csp?.insertDirective("img-src 'self' data:");
---
<!-- A comment for editors -->
<nav class="site-nav wide" aria-label={messages.format('layout.nav')} data-note="Not for readers">
  <a href={\`\${r.about}#submit\`} aria-current={current ? 'page' : undefined}>{messages.format('layout.footer.about')}</a>
  <Message id="notFound.text" links={{ link: r.claims }} /> · {' '}&nbsp;
</nav>
<script>const greeting = 'Hello there';</script>
<style>.site-nav { color: red; }</style>
`;
    expect(readerLiterals(clean)).toEqual([]);
  });

  it('gives the line of each literal', () => {
    expect(readerLiterals('---\nconst a = 1;\n---\n\n<p>\n  Hello\n</p>')).toEqual([
      { line: 6, text: 'Hello', why: 'text' },
    ]);
    expect(readerLiterals("const a = 1;\nconst b = 'Two words';", 'ts')).toEqual([
      { line: 2, text: 'Two words', why: 'string' },
    ]);
  });
});
