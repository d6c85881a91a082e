// The checked content of one build or dev server, handed from the integration to the pages. The integration
// checks the content (and, under `npm run dev`, checks it again on every change) and writes what it found to one
// file; the pages, which Vite loads as a separate module graph, read that file back once per change, through the
// path that the virtual module `virtual:claimline/context` gives them. A page request never checks the content.
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Problem } from '../lib/check/problem.ts';
import { siteData, siteFromData, type SiteData } from '../lib/model/site-snapshot.ts';
import type { Site } from '../lib/model/types.ts';

/** What the pages of one content generation render from. */
export interface ContentSnapshot {
  /** What the checker reported: with errors, a page shows them instead of rendering. */
  readonly problems: readonly Problem[];
  /** The checked site in its default language; undefined when the content has errors. */
  readonly site: Site | undefined;
  /** The checked site in each of its languages, `site` first; empty when the content has errors. */
  readonly editions: readonly Site[];
  /** Pages an incremental build keeps from the last one (their URL paths): the pages leave them out. */
  readonly keep: ReadonlySet<string>;
}

interface SnapshotData {
  readonly problems: readonly Problem[];
  /** One list, so that what the languages share (sources, figures) is written once and read back shared. */
  readonly editions: readonly SiteData[];
  readonly keep: readonly string[];
}

/** A snapshot file in a folder of its own, removed with `remove()`. */
export function snapshotFile(): { readonly file: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'claimline-content-'));
  return { file: path.join(dir, 'content.bin'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes the snapshot whole, then moves it into place, so a reader never sees half of one. */
export function writeContentSnapshot(file: string, snapshot: ContentSnapshot): void {
  const data: SnapshotData = {
    problems: snapshot.problems,
    editions: snapshot.editions.map(siteData),
    keep: [...snapshot.keep],
  };
  const next = `${file}.next`;
  writeFileSync(next, serialize(data));
  renameSync(next, file);
}

export function readContentSnapshot(file: string): ContentSnapshot {
  const data = deserialize(readFileSync(file)) as SnapshotData;
  const editions = data.editions.map(siteFromData);
  return { problems: data.problems, site: editions[0], editions, keep: new Set(data.keep) };
}

/** Changes whenever the snapshot is written again: each write is a new file moved into place. */
export function snapshotStamp(file: string): string {
  const stat = statSync(file);
  return `${stat.ino}:${stat.mtimeMs}:${stat.size}`;
}

/** The virtual module that tells the pages where the snapshot is. */
export const CONTEXT_MODULE = 'virtual:claimline/context';

/** A Vite plugin serving CONTEXT_MODULE: `contentSnapshot`, the snapshot's path (null where there is none). */
export function contextModulePlugin(file: string | null) {
  const resolved = `\0${CONTEXT_MODULE}`;
  return {
    name: 'claimline:context',
    resolveId: (id: string) => (id === CONTEXT_MODULE ? resolved : undefined),
    load: (id: string) => (id === resolved ? `export const contentSnapshot = ${JSON.stringify(file)};\n` : undefined),
  };
}
