import type { Rule } from '../content.ts';
import type { Problem } from '../problem.ts';
import { describePath } from '../schema-problems.ts';
import { placeInFile, pointAt } from './claim-body.ts';

/**
 * Characters that text fields and bodies may not hold: C0 controls but tab and line feed (a carriage return is
 * allowed only as part of a CRLF line end, which the reader turns into a line feed), DEL and the C1 controls,
 * the bidirectional embeddings, overrides and isolates (U+202A–202E, U+2066–2069: they make text read differently
 * from the file a reviewer approved), the noncharacters U+FFFE and U+FFFF, and unpaired surrogates (which a YAML
 * escape such as "\uD800" can write). None is valid in an RSS feed or an SVG, and none has a use in a fact-check.
 * The marks U+200E, U+200F and U+061C, which right-to-left text needs, are allowed.
 */
/* eslint-disable no-control-regex -- matching control characters is the point */
const REFUSED =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/* eslint-enable no-control-regex */

export const invalidCharacter: Rule = {
  id: 'invalid-character',
  check(content) {
    const problems: Problem[] = [];
    const files = [content.site, ...content.metrics, ...content.sources, ...content.claims].flatMap((entry) =>
      entry ? [entry.file] : [],
    );
    for (const file of files) {
      for (const { path, value } of strings(file.yaml.data, [])) {
        const found = REFUSED.exec(value);
        if (!found) continue;
        problems.push({
          ...file.yaml.locate(path),
          ...problem({
            char: found[0],
            where: `The field ${describePath(path)}, at its character ${found.index + 1},`,
          }),
        });
      }
      const inBody = REFUSED.exec(file.body);
      if (inBody)
        problems.push({
          ...placeInFile(file, pointAt(file.body, inBody.index)),
          ...problem({ char: inBody[0], where: 'The text' }),
        });
      // Markdown turns a character reference into its character: "&#x202E;" is the override itself.
      const reference = refusedReference(file.body);
      if (reference)
        problems.push({
          ...placeInFile(file, pointAt(file.body, reference.index)),
          ...problem({ char: reference.char, where: `The text, in the character reference ${reference.text},` }),
        });
    }
    return problems;
  },
};

function problem(options: { char: string; where: string }): Omit<Problem, 'file' | 'line' | 'column'> {
  return {
    ruleId: 'invalid-character',
    severity: 'error',
    message: `${options.where} holds ${describe(options.char)}, which is not text`,
    hint: isBidiControl(options.char)
      ? 'Delete it: bidirectional controls make text display differently from what it says. Right-to-left text needs none (U+200F, the right-to-left mark, is allowed)'
      : 'Delete it (your editor may show it as a box or not at all); it often comes with text pasted from a PDF or a word processor',
  };
}

/** The first numeric character reference ("&#8238;", "&#x202E;") in a body that writes a refused character. */
function refusedReference(body: string): { index: number; text: string; char: string } | undefined {
  for (const match of body.matchAll(/&#(?:[xX]([0-9a-fA-F]{1,6})|([0-9]{1,7}));/g)) {
    const code = match[1] !== undefined ? parseInt(match[1], 16) : Number(match[2]);
    // A code point beyond Unicode, or NUL, becomes U+FFFD, the replacement character: text, if not useful text.
    if (code === 0 || code > 0x10ffff) continue;
    const char = code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
    if (REFUSED.test(char)) return { index: match.index, text: match[0], char };
  }
  return undefined;
}

/** Every string in parsed YAML, with its path. */
function* strings(value: unknown, path: PropertyKey[]): Generator<{ path: PropertyKey[]; value: string }> {
  if (typeof value === 'string') yield { path, value };
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* strings(item, [...path, index]);
  else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) yield* strings(item, [...path, key]);
  }
}

function describe(char: string): string {
  const code = `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  if (isBidiControl(char)) return `the invisible bidirectional control ${code}`;
  if (/[\uD800-\uDFFF]/.test(char)) return `half of a surrogate pair (${code})`;
  if (char === '\uFFFE' || char === '\uFFFF') return `the noncharacter ${code}`;
  if (char === '\r') return `a carriage return (${code}) that does not end a line`;
  return `the control character ${code}`;
}

function isBidiControl(char: string): boolean {
  return /[\u202A-\u202E\u2066-\u2069]/.test(char);
}
