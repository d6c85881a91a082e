import type { EntryKind } from '../../load/read-content.ts';
import type { Rule } from '../content.ts';
import type { Problem } from '../problem.ts';

/**
 * The largest body a file may have, in bytes of UTF-8. A source's archived text: 1 MiB (a long news article is
 * 20–100 KB, a 300-page report about 1 MB of text; anything larger is page chrome, a pasted dump or a mistake,
 * and would make a page no phone can load). A claim's reasoning: 256 KiB, some 40,000 words; it is parsed as
 * Markdown or MDX by the checker and the build, which takes about a second per 200 KB.
 */
export const MAX_BODY_BYTES = { source: 1024 * 1024, claim: 256 * 1024 } as const;

export function maxBodyBytes(kind: EntryKind): number {
  return kind === 'claim' ? MAX_BODY_BYTES.claim : MAX_BODY_BYTES.source;
}

/** The size of a body in bytes of UTF-8 (counted without copying the text). */
export function bodyBytes(body: string): number {
  return Buffer.byteLength(body, 'utf8');
}

export const bodyTooLarge: Rule = {
  id: 'body-too-large',
  check(content) {
    const problems: Problem[] = [];
    const entries = [
      ...content.sources.map((entry) => ({ file: entry.file, noun: 'archived text of this source' })),
      ...content.claims.map((entry) => ({ file: entry.file, noun: 'reasoning of this claim' })),
    ];
    for (const { file, noun } of entries) {
      const bytes = bodyBytes(file.body);
      const limit = maxBodyBytes(file.kind);
      if (bytes <= limit) continue;
      problems.push({
        file: file.file,
        line: file.bodyLine,
        column: 1,
        ruleId: 'body-too-large',
        severity: 'error',
        message: `The ${noun} is ${size(bytes)}; the limit is ${size(limit)}`,
        hint:
          file.kind === 'source'
            ? 'Archive the document’s own text only (no menus, comments or related links), or split a long report into one source per part'
            : 'Shorten the reasoning, or split it into several fact-checks',
      });
    }
    return problems;
  },
};

/** 5.0 MB, 257 KB: sizes in binary units, as file managers show them, rounded up (never down to the limit). */
function size(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(Math.ceil(bytes / ((1024 * 1024) / 10)) / 10).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}
