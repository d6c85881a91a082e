// Characters that must never reach a terminal, a CI log or a GitHub workflow command as they are: C0 and C1
// controls (a newline starts a new workflow command), the line and paragraph separators, the bidirectional
// controls that make text read differently from its bytes, U+FFFE/U+FFFF and unpaired surrogates.
/* eslint-disable no-control-regex -- matching control characters is the point */
const UNPRINTABLE =
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/* eslint-enable no-control-regex */

/**
 * `text` with every unprintable character written as a visible escape (`\n`, `\t`, `\u{202E}`), so that a report
 * shows exactly what a file name or field holds and can never be turned into another line or reordered. With
 * `keepLineBreaks`, line feeds stay, for a caller that escapes them itself (GitHub annotations' %0A).
 */
export function printable(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  return text.replace(UNPRINTABLE, (char) =>
    options.keepLineBreaks && char === '\n'
      ? char
      : (ESCAPES[char] ?? `\\u{${char.codePointAt(0)?.toString(16).toUpperCase()}}`),
  );
}

const ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
