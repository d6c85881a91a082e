// What a build wrote, measured from its output folder: the pages, the HTML of each claim page, and the JavaScript.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { summarise, type Summary } from './stats.ts';

export interface OutputSize {
  /** .html files anywhere in the output. */
  readonly pages: number;
  /** Bytes of claims/<id>/index.html over every claim page. */
  readonly claimPageHtml: Summary;
  /** Bytes of every .js file in the output, whichever page loads it (the search index's included). */
  readonly jsTotalBytes: number;
  /** The same outside pagefind/, the search UI and index only the search page loads. */
  readonly jsOutsideSearchBytes: number;
  /** The heaviest JavaScript one claim page loads: its module scripts and everything they import. */
  readonly claimPageJs: { readonly bytes: number; readonly gzipBytes: number };
}

/** Measures an output folder; claim pages are `claims/<id>/index.html`, as both Claimline and the baseline write. */
export function measureOutput(dir: string): OutputSize {
  const files = listFiles(dir);
  const claimPages = files.filter((file) => /^claims\/[^/]+\/index\.html$/.test(file));
  if (claimPages.length === 0) throw new Error(`No claims/<id>/index.html in ${dir}`);
  const js = files.filter((file) => file.endsWith('.js'));
  const bytes = (list: readonly string[]) => list.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
  const loads = new Map<string, { bytes: number; gzipBytes: number }>();
  let claimPageJs = { bytes: 0, gzipBytes: 0 };
  for (const page of claimPages) {
    const scripts = scriptSources(readFileSync(path.join(dir, page), 'utf8'));
    const key = scripts.join('\n');
    let size = loads.get(key);
    if (!size) {
      const closure = javascriptClosure(dir, scripts);
      size = {
        bytes: closure.reduce((sum, bytes) => sum + bytes.length, 0),
        gzipBytes: closure.reduce((sum, bytes) => sum + gzipSync(bytes).length, 0),
      };
      loads.set(key, size);
    }
    if (size.bytes > claimPageJs.bytes) claimPageJs = size;
  }
  return {
    pages: files.filter((file) => file.endsWith('.html')).length,
    claimPageHtml: summarise(claimPages.map((file) => statSync(path.join(dir, file)).size)),
    jsTotalBytes: bytes(js),
    jsOutsideSearchBytes: bytes(js.filter((file) => !file.startsWith('pagefind/'))),
    claimPageJs,
  };
}

/** Every file under `dir`, as paths relative to it with forward slashes. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The site-absolute paths of a page's external scripts and module preloads, in document order. */
export function scriptSources(html: string): string[] {
  const found = [
    ...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g),
    ...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g),
  ].map((match) => match[1] ?? '');
  return [...new Set(found.filter((src) => src.startsWith('/') && !src.startsWith('//')))];
}

/** The bytes of the given scripts and of every script they import by a relative path, each once. */
function javascriptClosure(dir: string, sources: readonly string[]): Buffer[] {
  const seen = new Set<string>();
  const pending = sources.map((source) => path.join(dir, source.split(/[?#]/)[0] ?? ''));
  const files: Buffer[] = [];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue; // A script served from elsewhere; not part of this output.
    }
    files.push(bytes);
    for (const match of bytes.toString('utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) {
      pending.push(path.resolve(path.dirname(file), match[1] ?? ''));
    }
  }
  return files;
}
