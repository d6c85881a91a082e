import { readdirSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { metaPolicy, parsePolicy } from '../lib/security/csp.ts';
import { pageHeaderRules, renderHeadersFile, type PagePolicy } from '../lib/security/headers-file.ts';

/**
 * Writes `<outDir>/_headers` (Netlify and Cloudflare Pages) once the pages are built: `X-Content-Type-Options` and
 * `Referrer-Policy` for every file, and for every page the Content-Security-Policy of its own meta tag as a real
 * header, with `frame-ancestors 'none'` — except the embeds, which any site may frame. A meta tag cannot say
 * `frame-ancestors`, so on hosts that ignore `_headers` the pages still have their policy, only not that part.
 * Returns the policy of every page, by file, for the next incremental build.
 */
export function writeHeadersFile(options: {
  outDir: string;
  base: string;
  /** Each page's policy by file, from readPolicies; undefined where a page has no meta tag. */
  policies: ReadonlyMap<string, string | undefined>;
  /** Whether any site may frame the page at this URL path (the output table's embeds). */
  framable: (urlPath: string) => boolean;
  /** The folders of the site's other languages under the base: `fr/`, `ar/`. */
  languageFolders: readonly string[];
  logger: { info(message: string): void; warn(message: string): void };
}): Map<string, string> {
  const { outDir, base, policies, framable, languageFolders, logger } = options;
  const pages: PagePolicy[] = [];
  const missing: string[] = [];
  for (const [relative, policy] of policies) {
    const urlPath = `${base}${relative === 'index.html' ? '' : relative.replace(/(^|\/)index\.html$/, '$1')}`;
    if (policy === undefined) missing.push(urlPath);
    else pages.push({ path: urlPath, policy: parsePolicy(policy) });
  }
  if (pages.length > 0 && missing.length > 0) {
    throw new Error(`These pages have no Content-Security-Policy meta tag: ${missing.join(', ')}`);
  }
  const embeds = `${base}embed/`;
  const rules = pageHeaderRules(pages, { base, framable, languageFolders });
  const text = renderHeadersFile(rules, [
    'Response headers for Netlify and Cloudflare Pages, written by every build (src/integration/security-headers.ts).',
    "Each page's Content-Security-Policy is the one of its <meta> tag, without script hashes (every script is",
    'a file) but on the embeds (their one script is inline), with the style hashes of the whole site, and with',
    `frame-ancestors: 'none' everywhere but ${embeds}*, which any site may frame. See headerPolicy in`,
    'src/lib/security/headers-file.ts.',
  ]);
  // Cloudflare Pages ignores a header line longer than 2,000 characters.
  const long = rules.filter((rule) => rule.headers.some(([name, value]) => name.length + value.length > 1990));
  if (long.length > 0)
    logger.warn(`_headers: lines over 2,000 characters for ${long.map((rule) => rule.path).join(', ')}`);
  writeFileSync(path.join(outDir, '_headers'), text);
  logger.info(`_headers: ${rules.length} rules for ${pages.length} pages`);
  return new Map([...policies].flatMap(([file, policy]) => (policy === undefined ? [] : [[file, policy] as const])));
}

/**
 * The policy of every page's meta tag (undefined where it has none), by file, in path order. An incremental build
 * knows the policies of the pages it kept from the last one (`known`); it reads the others.
 */
export async function readPolicies(
  root: string,
  known: ReadonlyMap<string, string>,
): Promise<Map<string, string | undefined>> {
  const files = htmlFiles(root).map((file) => path.relative(root, file).split(path.sep).join('/'));
  const policies = new Map<string, string | undefined>(files.map((file) => [file, known.get(file)]));
  const toRead = files.filter((file) => policies.get(file) === undefined);
  // The pages share a handful of policies (3 for 5,291 pages at 2,000 claims): each is kept once. A policy is a
  // slice of its page's head, which it would keep alive: one head per page held until the build ends, 150 MB of a
  // heap at 2,000 claims and about 750 MB at 10,000, while Pagefind runs beside it.
  const shared = new Map<string, string>();
  const once = (policy: string | undefined) => {
    if (policy === undefined) return undefined;
    const kept = shared.get(policy);
    if (kept !== undefined) return kept;
    shared.set(policy, policy);
    return policy;
  };
  // Read a batch at a time: the reads wait on the disk in parallel, not one after the other.
  for (let start = 0; start < toRead.length; start += READ_BATCH) {
    const batch = toRead.slice(start, start + READ_BATCH);
    const heads = await Promise.all(batch.map((file) => readHead(path.join(root, file))));
    batch.forEach((file, index) => policies.set(file, once(metaPolicy(heads[index] ?? ''))));
  }
  return policies;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** Pages read at once. */
const READ_BATCH = 64;

/** The page up to its `</head>`, where the policy's meta tag is: a tenth of a claim page, read in 16 KB steps. */
async function readHead(file: string): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const chunk = Buffer.alloc(16 * 1024);
    let head = Buffer.alloc(0);
    for (;;) {
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      head = Buffer.concat([head, chunk.subarray(0, bytesRead)]);
      const end = head.indexOf('</head>', Math.max(0, head.length - bytesRead - 7));
      if (end >= 0) return head.toString('utf8', 0, end);
    }
    return head.toString('utf8');
  } finally {
    await handle.close();
  }
}
