import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../check/problem.ts';
import { listContentFiles, type ListedFile } from './content-files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { printable } from './printable.ts';
import { parseLocatedYaml, type LocatedYaml } from './yaml-document.ts';

export type { EntryKind } from './content-files.ts';

/** One content file, read and its YAML parsed with positions; not yet validated. */
export interface ContentFile extends ListedFile {
  readonly yaml: LocatedYaml;
  /** Markdown body ('' for YAML files). */
  readonly body: string;
  /** 1-based line where the body starts. */
  readonly bodyLine: number;
}

export interface ReadContentResult {
  readonly files: readonly ContentFile[];
  readonly problems: readonly Problem[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads every content file below `dir` that `listContentFiles` allows, in a stable order. Never throws for a
 * content mistake.
 */
export function readContent(options: { dir: string; cwd: string }): ReadContentResult {
  const listed = listContentFiles(options);
  const problems: Problem[] = [...listed.problems];
  const files: ContentFile[] = [];
  for (const entry of listed.files) {
    const read = readText(entry.absolutePath, entry.file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const input = { ...entry, text: read.text };
    files.push(entry.extension === '.yaml' || entry.extension === '.yml' ? yamlFile(input) : markdownFile(input));
  }

  if (!files.some((file) => file.kind === 'claim') && problems.length === 0) {
    problems.push({
      file: printable(path.relative(options.cwd, path.join(options.dir, 'claims')) || '.'),
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

function yamlFile(input: ListedFile & { text: string }): ContentFile {
  const { text, ...entry } = input;
  const yaml = parseLocatedYaml({ file: input.file, text: stripBom(text) });
  return { ...entry, yaml, body: '', bodyLine: 1 };
}

function markdownFile(input: ListedFile & { text: string }): ContentFile {
  const split = splitFrontmatter(input.text);
  const yaml =
    split.yaml === undefined
      ? missingFrontmatter(input.file)
      : split.badFence
        ? badFence(input.file, split.badFence)
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

/** A fence Astro would read but the editor may not have meant: reported rather than read one way or the other. */
function badFence(file: string, fence: { line: number; text: string }): LocatedYaml {
  return {
    data: undefined,
    locate: () => ({ file, line: fence.line, column: 1 }),
    problems: [
      {
        file,
        line: fence.line,
        column: 1,
        ruleId: 'frontmatter-fence',
        severity: 'error',
        message: `The frontmatter starts or ends at the line "${printable(fence.text.slice(0, 40))}", which is not a plain "---"`,
        hint: 'Open and close the frontmatter with lines that are exactly "---"; a line inside it may not start with "---" or "+++" (indent it, or write the text on one line)',
      },
    ],
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
