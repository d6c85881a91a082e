// Reader-facing words belong in the message catalog (src/lib/messages/en/), never in the code that draws charts,
// images, embeds, feeds and downloads: this test fails when an English literal comes back into one of those modules.
// The components that show them are checked by src/components/no-literals.test.ts.
//
// The heuristic, on the TypeScript syntax tree (so comments are never read): a string or template literal is prose
// when, once markup is set aside (tag names, `attribute="value"` pairs, `>`), it has two words in a row ("Count
// starts") or is one capitalised word alone ("Copied", "Sources:"). A word is letters, with inner hyphens or
// apostrophes: class names ("mark mark--claimed"), ids, path data, format strings and message ids
// ("chart.key") are not words. Not read at all: imports, property names, types, the values of `@type` (schema.org
// vocabulary), and what is thrown or logged for developers (`new Error(…)`, `console.*`). The values of `alt`,
// `title`, `aria-label`, `label` and `placeholder` attributes in markup are read as prose.
// A literal that must stay is listed in ALLOWED with the reason.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The modules whose every reader-facing string comes from the catalog. */
const SCANNED_DIRECTORIES = [
  'src/lib/chart',
  'src/lib/image',
  'src/lib/embed',
  'src/lib/export',
  'src/lib/structured-data',
];
const SCANNED_FILES = [
  'src/lib/compare/claim-analysis.ts',
  'src/lib/compare/metric-consistency.ts',
  'src/lib/compare/sentence.ts',
];
/** Test helpers: fixtures written in English on purpose, never part of the site. */
const NOT_SCANNED = new Set([
  'src/lib/chart/test-layouts.ts',
  'src/lib/export/test-site.ts',
  'src/lib/image/test-xml.ts',
]);

/** Literals that look like prose and are not, by file. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  // A CSS font stack: font names, drawn by no one.
  'src/lib/image/theme.ts': ["Inter, 'Noto Sans Arabic', 'Helvetica Neue', Arial, sans-serif"],
  // The name of the font file's family.
  'src/lib/image/fonts.ts': ['Inter'],
  // Generic examples of JSON fields: field names and values of the downloads' public API, the same in every language.
  'src/lib/export/claims.ts': [
    '[{ "role": "claimed", "figure": "mod-killed-2022-03-25", … }]',
    '[{ "figure": "nato-killed-2022-03-23", "relation": "contradicts", … }]',
  ],
};

interface Finding {
  readonly line: number;
  readonly text: string;
}

const WORD = /^[("“‘']?\p{L}+(?:[-'’]\p{L}+)*[)"”’']?[.,:;!?]*$/u;
const LONE_WORD = /^\p{Lu}\p{Ll}+[.:!?]?$/u;
/** Attributes whose value a reader sees or hears. */
const READER_ATTRIBUTE = /\b(?:alt|title|aria-label|label|placeholder)="([^"]*)"/g;

/** Whether a piece of literal text reads as words meant for a reader. */
function isProse(text: string): boolean {
  const readerValues = [...text.matchAll(READER_ATTRIBUTE)].map((match) => match[1] ?? '');
  if (readerValues.some((value) => value !== '' && isProse(value))) return true;
  const plain = text
    .replace(/[\w:-]+="[^"]*"?/g, ' ')
    .replace(/[\w:-]+='[^']*'?/g, ' ')
    .replace(/<\/?[A-Za-z][\w:-]*/g, ' ')
    .replace(/\/?>/g, ' ');
  const trimmed = plain.trim();
  if (LONE_WORD.test(trimmed)) return true;
  const tokens = trimmed.split(/\s+/);
  return tokens.some((token, index) => {
    const next = tokens[index + 1];
    return next !== undefined && WORD.test(token) && WORD.test(next) && /\p{L}{2}/u.test(token + next);
  });
}

/** The prose literals of a TypeScript source (a module, or an Astro file's frontmatter or expression). */
function proseLiterals(source: string, fileName = 'module.ts', lineOffset = 0): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    if (!isProse(text)) return;
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    found.push({ line: line + 1 + lineOffset, text });
  };
  const visit = (node: ts.Node): void => {
    if (isDevelopersOnly(node)) return;
    if (ts.isPropertyAssignment(node)) {
      if (propertyName(node.name) !== '@type') visit(node.initializer);
      return;
    }
    if (ts.isElementAccessExpression(node)) {
      visit(node.expression);
      return;
    }
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) report(node, node.text);
    else if (ts.isTemplateExpression(node)) {
      report(node.head, node.head.text);
      for (const span of node.templateSpans) report(span.literal, span.literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

function isDevelopersOnly(node: ts.Node): boolean {
  if (
    ts.isImportDeclaration(node) ||
    ts.isExportDeclaration(node) ||
    ts.isImportTypeNode(node) ||
    ts.isLiteralTypeNode(node) ||
    ts.isExternalModuleReference(node)
  ) {
    return true;
  }
  if (ts.isNewExpression(node) || ts.isCallExpression(node)) {
    const callee = node.expression.getText();
    return /(?:^|\.)\w*Error$/.test(callee) || callee.startsWith('console.');
  }
  return false;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

function filesUnder(directory: string): string[] {
  return readdirSync(join(ROOT, directory), { withFileTypes: true }).flatMap((entry) => {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) return filesUnder(path);
    return /\.ts$/.test(entry.name) && !/\.test\.ts$/.test(entry.name) ? [path] : [];
  });
}

describe('the heuristic', () => {
  it('finds English in string literals, in templates around values, and one word alone', () => {
    const source = [
      "const note = 'Every value is on the full page.';",
      'const credits = `Sources: ${list}. ${more}`;',
      "const status = 'Copied';",
      'const svg = `<text x="4" font-size="13">Count starts ${date}</text>`;',
      'const image = `<img src="${src}" alt="A chart of losses">`;',
      "const legend = { label: 'Date known only to a span' };",
    ].join('\n');
    expect(proseLiterals(source).map((finding) => finding.line)).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('leaves markup, class names, ids, path data, format strings, schema.org types and errors alone', () => {
    const source = [
      "import { x } from '../lib/chart/site-timelines.ts';",
      'const a = `<text x="${x}" y="${y}" text-anchor="end" fill="${colour}">${label}</text>`;',
      "const b = `mark mark--${role}${approx ? ' mark--approx' : ''}`;",
      "const c = messages.format('chart.key.range');",
      "const d = { '@type': 'Organization', name };",
      'throw new Error(`Path data must start with M, got ${path}`);',
      'const e = `M${x - 5},${y + 8}L${x},${y}`;',
      'const f = \'stroke-linecap="round" stroke-linejoin="round"\';',
      "type Kind = 'Claimed figure';",
      '// A comment in English is fine.',
      "const g = utcFormat('%b %Y');",
    ].join('\n');
    expect(proseLiterals(source)).toEqual([]);
  });
});

describe('chart, image, embed, feed and download code', () => {
  const files = [...SCANNED_DIRECTORIES.flatMap(filesUnder), ...SCANNED_FILES].filter((file) => !NOT_SCANNED.has(file));

  it('scans every module it names', () => {
    expect(files.length).toBeGreaterThan(25);
  });

  for (const file of files) {
    it(`${file} has no English literal: its words come from the message catalog`, () => {
      const source = readFileSync(join(ROOT, file), 'utf8');
      const allowed = new Set(ALLOWED[file] ?? []);
      const findings = proseLiterals(source, file).filter((finding) => !allowed.has(finding.text));
      expect(findings.map((finding) => `${relative('.', file)}:${finding.line}: ${finding.text}`)).toEqual([]);
    });
  }
});
