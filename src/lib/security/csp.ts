// Content-Security-Policy text as data: directives in order, each with its sources. Used to write the `_headers`
// file from the policy Astro puts in each page's <meta>, and by the tests that compare the two.

/** A parsed policy: directive name (lower-case) → its sources, in the order written. */
export type Policy = ReadonlyMap<string, readonly string[]>;

/** Parses one serialised policy ("default-src 'self'; script-src 'self' 'sha256-…'"). A repeated directive is
 * ignored, as browsers do. */
export function parsePolicy(text: string): Policy {
  const policy = new Map<string, string[]>();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name === undefined) continue;
    const key = name.toLowerCase();
    if (!policy.has(key)) policy.set(key, sources);
  }
  return policy;
}

export function serialisePolicy(policy: Policy): string {
  return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** A hash source: 'sha256-…', 'sha384-…' or 'sha512-…'. */
export function isHashSource(source: string): boolean {
  return /^'sha(256|384|512)-[A-Za-z0-9+/=_-]+'$/.test(source);
}

/** The policy without the hash sources of the given directives (of every directive when none are given). */
export function withoutHashes(policy: Policy, directives?: readonly string[]): Policy {
  return new Map(
    [...policy].map(([name, sources]) => [
      name,
      directives === undefined || directives.includes(name)
        ? sources.filter((source) => !isHashSource(source))
        : sources,
    ]),
  );
}

/** Directives that hold script hashes. Astro lists the hash of every bundled script, but they are all files under
 * /_astro/ (astro.config.mjs never inlines one), which 'self' allows: a header policy needs none of them. */
export const SCRIPT_DIRECTIVES: readonly string[] = ['script-src', 'script-src-elem'];

/** Directives that hold style hashes: those of the small stylesheets Astro inlines as <style>. */
export const STYLE_DIRECTIVES: readonly string[] = ['style-src', 'style-src-elem'];

/** The policy with one directive set (replacing it) or, with `undefined`, removed. */
export function withDirective(policy: Policy, name: string, sources: readonly string[] | undefined): Policy {
  const next = new Map(policy);
  if (sources === undefined) next.delete(name);
  else next.set(name, sources);
  return next;
}

/** The content of the page's `<meta http-equiv="content-security-policy">`, or undefined when it has none. */
export function metaPolicy(html: string): string | undefined {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (!/\bhttp-equiv\s*=\s*["']?content-security-policy["'\s>/]/i.test(tag)) continue;
    const content = /\bcontent\s*=\s*"([^"]*)"/i.exec(tag)?.[1] ?? /\bcontent\s*=\s*'([^']*)'/i.exec(tag)?.[1];
    if (content !== undefined) return decodeEntities(content);
  }
  return undefined;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
