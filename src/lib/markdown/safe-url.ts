/** Schemes a link or image in a claim may use. Anything else (javascript:, data:, vbscript:, file:, …) is refused. */
export const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  colon: ':',
  tab: '\t',
  newline: '\n',
  sol: '/',
  bsol: '\\',
  period: '.',
  lpar: '(',
  rpar: ')',
};

/**
 * The scheme a browser would see in `url`, lower-cased, or undefined for a relative URL (`../x/`, `#id`,
 * `//host/path`). Character references are decoded (repeatedly, so `&amp;colon;` counts as a colon too),
 * tabs and line breaks removed anywhere and control characters and spaces trimmed at the start, as the
 * URL parser does: `" JaVa&#x09;ScRiPt&colon;alert(1)"` has the scheme `javascript`.
 */
export function urlScheme(url: string): string | undefined {
  let text = url;
  for (let round = 0; round < 5; round++) {
    const decoded = decodeReferences(text);
    if (decoded === text) break;
    text = decoded;
  }
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match?.[1]?.toLowerCase();
}

/** True for a relative URL or one whose scheme is http, https or mailto. */
export function isSafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme === undefined || SAFE_SCHEMES.has(scheme);
}

function decodeReferences(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]+));?/gi, (whole, decimal, hex, name) => {
    if (decimal !== undefined || hex !== undefined) {
      const code = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[(name as string).toLowerCase()] ?? whole;
  });
}
