import { lstatSync, readdirSync, realpathSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/problem.ts';
import { ID_PATTERN } from '../schema/fields.ts';
import { printable } from './printable.ts';

export type EntryKind = 'site' | 'metric' | 'source' | 'claim';

/** One file of the content folder that is safe to read: a regular file inside the folder, with a safe name. */
export interface ListedFile {
  readonly kind: EntryKind;
  /** The file name without its extension: the entry's id (the slug, for claims). */
  readonly id: string;
  readonly absolutePath: string;
  /** Path shown to editors: relative to the working directory. */
  readonly file: string;
  /** Lower case, with its dot: `.md`, `.mdx`, `.yaml`, `.yml`. */
  readonly extension: string;
}

export interface ContentFileList {
  readonly files: readonly ListedFile[];
  readonly problems: readonly Problem[];
}

/** The folders of a content folder, the kind of entry each holds and the extensions it reads. */
export const CONTENT_FOLDERS: ReadonlyArray<{
  readonly kind: Exclude<EntryKind, 'site'>;
  readonly folder: string;
  readonly extensions: readonly string[];
}> = [
  { kind: 'metric', folder: 'metrics', extensions: ['.yaml', '.yml'] },
  { kind: 'source', folder: 'sources', extensions: ['.md'] },
  { kind: 'claim', folder: 'claims', extensions: ['.md', '.mdx'] },
];

/**
 * The glob Astro's content collection loads claims with. It matches every name this module does not skip (names
 * starting with `_` or `.`), and only lower-case extensions, as the list below reads them; a name it matches that
 * is not a safe id is refused by the checker, so the build stops before Astro loads it. Both read the same files.
 */
export const CLAIM_GLOB = '[a-z0-9]*.{md,mdx}';

/**
 * Lists the files of a content folder that the checker and the build read: `site.yaml`, and each folder's files
 * with a lower-case extension it reads, in a stable order. Names starting with `_` or `.` are skipped (kept out of
 * the site on purpose). Everything else is refused with a problem, before its name is printed as it is:
 * symbolic links, files whose real path is outside the folder, devices, sockets and other non-regular files,
 * names outside the safe set (lower-case letters, digits and single hyphens), upper-case extensions, and two
 * files with one id (`x.md` beside `x.mdx`).
 */
export function listContentFiles(options: { dir: string; cwd: string }): ContentFileList {
  const { dir, cwd } = options;
  const display = (absolute: string) => printable(path.relative(cwd, absolute) || '.');
  const problems: Problem[] = [];
  const files: ListedFile[] = [];
  const root = realDirectory(dir);
  if (root === undefined) {
    problems.push({
      ...at(display(dir)),
      ruleId: 'missing-content-dir',
      severity: 'error',
      message: `Content folder "${display(dir)}" does not exist`,
      hint: 'Create it, or point CONTENT_DIR at the folder that holds site.yaml, metrics/, sources/ and claims/',
    });
    return { files, problems };
  }
  const refuse = (absolutePath: string, stats: Stats) =>
    refusal({ absolutePath, stats, root, file: display(absolutePath) });

  const sitePath = path.join(dir, 'site.yaml');
  const siteStats = lstatOrUndefined(sitePath);
  const siteRefused = siteStats && refuse(sitePath, siteStats);
  if (siteRefused) problems.push(siteRefused);
  else if (siteStats)
    files.push({ kind: 'site', id: 'site', absolutePath: sitePath, file: display(sitePath), extension: '.yaml' });
  else
    problems.push({
      ...at(display(sitePath)),
      ruleId: 'missing-site-config',
      severity: 'error',
      message: `The content folder has no site.yaml`,
      hint: 'Add site.yaml with title, description, url, language, publisher, license and ratings (see README)',
    });

  for (const { kind, folder, extensions } of CONTENT_FOLDERS) {
    const folderPath = path.join(dir, folder);
    const folderStats = lstatOrUndefined(folderPath);
    if (!folderStats) continue;
    if (folderStats.isSymbolicLink() || !folderStats.isDirectory()) {
      const refused = refuse(folderPath, folderStats);
      if (refused) problems.push(refused);
      continue;
    }
    const byId = new Map<string, ListedFile>();
    for (const name of readdirSync(folderPath).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const absolutePath = path.join(folderPath, name);
      const file = display(absolutePath);
      const stats = lstatOrUndefined(absolutePath);
      if (!stats || stats.isDirectory()) continue;
      const refused = refuse(absolutePath, stats);
      if (refused) {
        problems.push(refused);
        continue;
      }
      const extension = path.extname(name);
      const id = path.basename(name, extension);
      if (!extensions.includes(extension.toLowerCase())) {
        problems.push({
          ...at(file),
          ruleId: 'unknown-file-type',
          severity: 'warning',
          message: `Ignored "${printable(name)}": ${folder}/ holds ${extensions.join(' or ')} files`,
          hint: `Rename it with the right extension, or start its name with "_" to keep it out of the site`,
        });
        continue;
      }
      if (extension !== extension.toLowerCase() || !ID_PATTERN.test(id)) {
        problems.push(invalidName({ file, id, extension }));
        continue;
      }
      const listed: ListedFile = { kind, id, absolutePath, file, extension };
      const first = byId.get(id);
      if (first) {
        problems.push({
          ...at(file),
          ruleId: 'duplicate-id',
          severity: 'error',
          message: `"${name}" and "${path.basename(first.absolutePath)}" are both the ${kind} "${id}"`,
          hint: `Keep one of ${first.file} and ${file}: delete or rename the other`,
        });
        continue;
      }
      byId.set(id, listed);
      files.push(listed);
    }
  }
  return { files, problems };
}

function invalidName(options: { file: string; id: string; extension: string }): Problem {
  const { file, id, extension } = options;
  return {
    ...at(file),
    ruleId: 'invalid-file-name',
    severity: 'error',
    message: `The file name "${printable(id + extension)}" cannot be an id: it becomes part of a URL`,
    hint: `Rename the file using lower-case letters, digits and single hyphens, e.g. "${suggestId(id)}${extension.toLowerCase()}"`,
  };
}

/** Why a path may not be read, or undefined when it is a regular file whose real path is inside the folder. */
function refusal(options: { absolutePath: string; stats: Stats; root: string; file: string }): Problem | undefined {
  const { absolutePath, stats, root, file } = options;
  if (stats.isSymbolicLink()) {
    return {
      ...at(file),
      ruleId: 'symlink',
      severity: 'error',
      message: 'The content folder holds a symbolic link; only plain files are read',
      hint: 'Replace the link with a copy of the file it points to',
    };
  }
  if (!stats.isFile() && !stats.isDirectory()) {
    return {
      ...at(file),
      ruleId: 'not-a-file',
      severity: 'error',
      message: 'This is not a plain file (a device, a socket or a pipe)',
      hint: 'Remove it from the content folder',
    };
  }
  const real = realPath(absolutePath);
  if (real === undefined || !isInside(root, real)) {
    return {
      ...at(file),
      ruleId: 'outside-content-dir',
      severity: 'error',
      message: 'The file is outside the content folder',
      hint: 'Move the file into the content folder',
    };
  }
  return undefined;
}

function suggestId(name: string): string {
  return (
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'new-id'
  );
}

function at(file: string): { file: string; line: number; column: number } {
  return { file, line: 1, column: 1 };
}

function lstatOrUndefined(target: string): Stats | undefined {
  try {
    return lstatSync(target);
  } catch {
    return undefined;
  }
}

function realDirectory(target: string): string | undefined {
  const real = realPath(target);
  return real !== undefined && lstatOrUndefined(real)?.isDirectory() ? real : undefined;
}

function realPath(target: string): string | undefined {
  try {
    return realpathSync(target);
  } catch {
    return undefined;
  }
}

function isInside(dir: string, file: string): boolean {
  const relative = path.relative(dir, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
