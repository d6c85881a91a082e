// The `_headers` file of Netlify and Cloudflare Pages: a path pattern on its own line, then its headers indented.
// A request gets the headers of every rule whose pattern matches its path, and both hosts join the values of a
// header set by several matching rules with commas — for Content-Security-Policy that means two policies, both
// enforced. So the rules written here never give one path two Content-Security-Policy headers.
import {
  isHashSource,
  SCRIPT_DIRECTIVES,
  serialisePolicy,
  STYLE_DIRECTIVES,
  withDirective,
  withoutHashes,
  type Policy,
} from './csp.ts';

export interface HeaderRule {
  /** A URL path, where `*` matches any characters (slashes too) and `:name` one path segment. */
  readonly path: string;
  readonly headers: ReadonlyArray<readonly [name: string, value: string]>;
}

/** One built page and the policy of its `<meta http-equiv="content-security-policy">`. */
export interface PagePolicy {
  /** Its URL path under the base: `/`, `/claims/some-slug/`, `/404.html`. */
  readonly path: string;
  readonly policy: Policy;
}

export interface PageHeaderOptions {
  /** Astro's base path, with its slashes: `/` or `/factcheck/`. */
  readonly base: string;
  /** Pages any site may frame (the embeds): they get no `frame-ancestors`; every other page `'none'`. */
  readonly framable: (path: string) => boolean;
  /**
   * The folders of the site's other languages under the base (`fr/`, `ar/`): their pages are grouped by the folder
   * after it (`/fr/claims/*`), as the default language's are (`/claims/*`).
   */
  readonly languageFolders?: readonly string[];
}

/** Headers for every file of the site. */
export const SITE_HEADERS: HeaderRule['headers'] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
];

/** Style hashes of a site: for each style directive, every hash any page lists, sorted. */
export type StyleHashes = ReadonlyMap<string, readonly string[]>;

export function siteStyleHashes(policies: Iterable<Policy>): StyleHashes {
  const hashes = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const name of STYLE_DIRECTIVES) {
      for (const source of policy.get(name) ?? []) {
        if (isHashSource(source)) hashes.set(name, (hashes.get(name) ?? new Set()).add(source));
      }
    }
  }
  return new Map([...hashes].map(([name, set]) => [name, [...set].sort()]));
}

/**
 * A page's Content-Security-Policy header: the policy of its meta tag, with
 * - no script hashes, every script being a file under 'self'; but for the pages others may frame, the embeds,
 *   whose one script is inline so that it runs in a sandboxed frame (src/integration/embed-script.ts): they keep
 *   their hashes, the same on every embed page;
 * - in the style directives, the style hashes of the whole site instead of the page's own. Which stylesheets Astro
 *   inlines depends on a page's components, so policies would differ by their hashes alone; allowing the site's own
 *   inline styles on all its pages keeps one policy per kind of page, and the file short. The meta tag still holds
 *   each page to its own hashes (a browser enforces both policies);
 * - `frame-ancestors 'none'`, which a meta tag cannot carry, unless other sites may frame the page.
 */
export function headerPolicy(policy: Policy, framable: boolean, styleHashes: StyleHashes): Policy {
  const withSiteStyles = new Map(
    [...(framable ? policy : withoutHashes(policy, SCRIPT_DIRECTIVES))].map(([name, sources]) => [
      name,
      STYLE_DIRECTIVES.includes(name)
        ? [...sources.filter((source) => !isHashSource(source)), ...(styleHashes.get(name) ?? [])]
        : sources,
    ]),
  );
  return withDirective(withSiteStyles, 'frame-ancestors', framable ? undefined : ["'none'"]);
}

/**
 * The header rules of a built site: the site-wide headers for everything under the base, then each page's policy
 * (headerPolicy). Pages are grouped by the first folder of their path (`/claims/*`, or after a language's folder:
 * `/fr/claims/*`) when all the pages in it share
 * one policy, and listed one by one otherwise, so no two rules set a policy for the same path and the file stays
 * short (Cloudflare allows 100 rules).
 */
export function pageHeaderRules(pages: readonly PagePolicy[], options: PageHeaderOptions): HeaderRule[] {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const groups = new Map<string, Array<{ path: string; csp: string }>>();
  const styleHashes = siteStyleHashes(pages.map((page) => page.policy));
  for (const page of pages) {
    if (!page.path.startsWith(base)) throw new Error(`Page ${page.path} is not under the base path ${base}`);
    const path = page.path.slice(base.length);
    const language = (options.languageFolders ?? []).find((prefix) => prefix !== '' && path.startsWith(prefix)) ?? '';
    const rest = path.slice(language.length);
    const folder = rest.includes('/') ? `${language}${rest.split('/')[0] ?? ''}` : '';
    const csp = serialisePolicy(headerPolicy(page.policy, options.framable(page.path), styleHashes));
    groups.set(folder, [...(groups.get(folder) ?? []), { path: page.path, csp }]);
  }
  const rules: HeaderRule[] = [{ path: `${base}*`, headers: SITE_HEADERS }];
  const pageRules: HeaderRule[] = [];
  for (const [folder, entries] of groups) {
    const policies = new Set(entries.map((entry) => entry.csp));
    const [only] = policies;
    if (folder !== '' && policies.size === 1 && only !== undefined) {
      pageRules.push({ path: `${base}${folder}/*`, headers: [['Content-Security-Policy', only]] });
    } else {
      for (const entry of entries) {
        pageRules.push({ path: entry.path, headers: [['Content-Security-Policy', entry.csp]] });
      }
    }
  }
  pageRules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return [...rules, ...pageRules];
}

export function renderHeadersFile(rules: readonly HeaderRule[], comment: readonly string[] = []): string {
  const lines = comment.map((line) => `# ${line}`.trimEnd());
  for (const rule of rules) {
    if (lines.length > 0) lines.push('');
    lines.push(rule.path, ...rule.headers.map(([name, value]) => `  ${name}: ${value}`));
  }
  return `${lines.join('\n')}\n`;
}

export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: Array<{ path: string; headers: Array<[string, string]> }> = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (colon < 0 || !rule) throw new Error(`_headers line ${index + 1}: expected "Name: value" under a path`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** The headers a host sends for `path`: every matching rule's, values of one name (lower-cased) in file order. */
export function headersForPath(rules: readonly HeaderRule[], path: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  for (const rule of rules) {
    if (!pathPattern(rule.path).test(path)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      headers.set(key, [...(headers.get(key) ?? []), value]);
    }
  }
  return headers;
}

function pathPattern(path: string): RegExp {
  const source = path
    .split(/(\*|:[A-Za-z]\w*)/)
    .map((part) => (part === '*' ? '.*' : part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`);
}
