import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/problem.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-document.ts';

export type EntryKind = 'site' | 'metric' | 'source' | 'claim';

/** One content file, read and its YAML parsed with positions; not yet validated. */
export interface ContentFile {
  readonly kind: EntryKind;
  /** The file name without its extension: the entry's id (the slug, for claims). */
  readonly id: string;
  /** Path shown to editors: relative to the working directory. */
  readonly file: string;
  readonly absolutePath: string;
  readonly yaml: LocatedYaml;
  /** Markdown body ('' for YAML files). */
  readonly body: string;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
  readonly extension: string;
}

export interface ReadContentResult {
  readonly files: readonly ContentFile[];
  readonly problems: readonly Problem[];
}

const FOLDERS: ReadonlyArray<{ kind: EntryKind; folder: string; extensions: readonly string[] }> = [
  { kind: 'metric', folder: 'metrics', extensions: ['.yaml', '.yml'] },
  { kind: 'source', folder: 'sources', extensions: ['.md'] },
  { kind: 'claim', folder: 'claims', extensions: ['.md', '.mdx'] },
];

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Reads every content file below `dir`, in a stable order. Never throws for a content mistake. */
export function readContent(options: { dir: string; cwd: string }): ReadContentResult {
  const { dir, cwd } = options;
  const display = (absolute: string) => path.relative(cwd, absolute) || '.';
  const problems: Problem[] = [];
  const files: ContentFile[] = [];

  if (!isDirectory(dir)) {
    problems.push({
      file: display(dir),
      line: 1,
      column: 1,
      ruleId: 'missing-content-dir',
      severity: 'error',
      message: `Content folder "${display(dir)}" does not exist`,
      hint: 'Create it, or point CONTENT_DIR at the folder that holds site.yaml, metrics/, sources/ and claims/',
    });
    return { files, problems };
  }

  const sitePath = path.join(dir, 'site.yaml');
  if (isFile(sitePath)) {
    const read = readText(sitePath, display(sitePath));
    if ('problem' in read) problems.push(read.problem);
    else
      files.push(
        yamlFile({ kind: 'site', id: 'site', absolutePath: sitePath, file: display(sitePath), text: read.text }),
      );
  } else {
    problems.push({
      file: display(sitePath),
      line: 1,
      column: 1,
      ruleId: 'missing-site-config',
      severity: 'error',
      message: `The content folder has no site.yaml`,
      hint: 'Add site.yaml with title, description, url, language, publisher, license and ratings (see README)',
    });
  }

  for (const { kind, folder, extensions } of FOLDERS) {
    const folderPath = path.join(dir, folder);
    if (!isDirectory(folderPath)) continue;
    for (const name of readdirSync(folderPath).sort()) {
      if (name.startsWith('.') || name.startsWith('_')) continue;
      const absolutePath = path.join(folderPath, name);
      const file = display(absolutePath);
      const extension = path.extname(name).toLowerCase();
      if (!isFile(absolutePath)) continue;
      if (!extensions.includes(extension)) {
        problems.push({
          file,
          line: 1,
          column: 1,
          ruleId: 'unknown-file-type',
          severity: 'warning',
          message: `Ignored "${name}": ${folder}/ holds ${extensions.join(' or ')} files`,
          hint: `Rename it with the right extension, or start its name with "_" to keep it out of the site`,
        });
        continue;
      }
      const read = readText(absolutePath, file);
      if ('problem' in read) {
        problems.push(read.problem);
        continue;
      }
      const id = path.basename(name, path.extname(name));
      files.push(
        extension === '.yaml' || extension === '.yml'
          ? yamlFile({ kind, id, absolutePath, file, text: read.text })
          : markdownFile({ kind, id, absolutePath, file, text: read.text, extension }),
      );
    }
  }

  if (!files.some((file) => file.kind === 'claim') && problems.length === 0) {
    problems.push({
      file: display(path.join(dir, 'claims')),
      line: 1,
      column: 1,
      ruleId: 'no-claims',
      severity: 'error',
      message: 'The content folder has no claims, so there is no site to build',
      hint: 'Add a fact-check as claims/<slug>.md (npm run new -- claim <slug> scaffolds one)',
    });
  }
  return { files, problems };
}

function yamlFile(input: {
  kind: EntryKind;
  id: string;
  absolutePath: string;
  file: string;
  text: string;
}): ContentFile {
  const yaml = parseLocatedYaml({ file: input.file, text: stripBom(input.text) });
  return { ...input, yaml, body: '', bodyLine: 1, extension: path.extname(input.absolutePath) };
}

function markdownFile(input: {
  kind: EntryKind;
  id: string;
  absolutePath: string;
  file: string;
  text: string;
  extension: string;
}): ContentFile {
  const split = splitFrontmatter(input.text);
  const yaml =
    split.yaml === undefined
      ? missingFrontmatter(input.file)
      : parseLocatedYaml({ file: input.file, text: split.yaml, lineOffset: split.yamlLineOffset });
  return {
    kind: input.kind,
    id: input.id,
    absolutePath: input.absolutePath,
    file: input.file,
    extension: input.extension,
    yaml,
    body: split.body,
    bodyLine: split.bodyLine,
  };
}

function missingFrontmatter(file: string): LocatedYaml {
  return {
    data: undefined,
    locate: () => ({ file, line: 1, column: 1 }),
    problems: [
      {
        file,
        line: 1,
        column: 1,
        ruleId: 'missing-frontmatter',
        severity: 'error',
        message: 'The file has no frontmatter',
        hint: 'Start the file with a line "---", the YAML fields, and another "---" line',
      },
    ],
  };
}

function readText(absolutePath: string, file: string): { text: string } | { problem: Problem } {
  try {
    return { text: utf8.decode(readFileSync(absolutePath)) };
  } catch (error) {
    const notUtf8 = error instanceof TypeError;
    return {
      problem: {
        file,
        line: 1,
        column: 1,
        ruleId: notUtf8 ? 'not-utf8' : 'unreadable-file',
        severity: 'error',
        message: notUtf8 ? 'The file is not valid UTF-8 text' : `The file cannot be read (${String(error)})`,
        hint: notUtf8 ? 'Save it as UTF-8 in your editor (File → Save with encoding → UTF-8)' : 'Check its permissions',
      },
    };
  }
}

function stripBom(text: string): string {
  return text.startsWith('\uFEFF') ? text.slice(1) : text;
}

function isDirectory(target: string): boolean {
  try {
    return statSync(target).isDirectory();
  } catch {
    return false;
  }
}

function isFile(target: string): boolean {
  try {
    return statSync(target).isFile();
  } catch {
    return false;
  }
}
