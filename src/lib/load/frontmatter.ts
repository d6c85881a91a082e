/** A Markdown file split into its YAML frontmatter and its body, with the line where each starts. */
export interface FrontmatterSplit {
  /** The YAML between the fences, from just after the opening `---`; undefined when the file has no frontmatter. */
  readonly yaml: string | undefined;
  /** Lines of the file before the line the YAML text starts on (the line of the opening `---`). */
  readonly yamlLineOffset: number;
  readonly body: string;
  /** 1-based line of the body's first line. */
  readonly bodyLine: number;
  /** A fence that Astro accepts but that is not a plain `---` line: where, and what it is. */
  readonly badFence?: { readonly line: number; readonly text: string };
}

/**
 * Astro's own rule (`@astrojs/internal-helpers/frontmatter`, used for .md and .mdx alike): after an optional byte
 * order mark or blank lines, a line starting with `---` (or `+++`) opens the frontmatter, and the first later line
 * starting with `---` (or `+++`) closes it. The checker splits files with exactly this rule, so both read the same
 * YAML and the same body; a fence that is not a plain `---` line is then reported, never read differently.
 */
const ASTRO_FRONTMATTER = /(?:^\uFEFF?|^\s*\n)(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/;
const PLAIN_FENCE = /^---[ \t]*\r?$/;

export function splitFrontmatter(source: string): FrontmatterSplit {
  const match = ASTRO_FRONTMATTER.exec(source);
  const raw = match?.[1];
  if (!match || raw === undefined) {
    const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
    return { yaml: undefined, yamlLineOffset: 0, body: text.replace(/\r\n/g, '\n'), bodyLine: 1 };
  }
  const end = match.index + match[0].length;
  const openingAt = end - 3 - raw.length - 3;
  const closingAt = end - 3;
  const yamlLineOffset = countLines(source, 0, openingAt);
  const closingLine = lineAt(source, closingAt);
  const openingLine = lineAt(source, openingAt);
  // The rest of the closing line belongs to the body in Astro; for a plain fence it is only the line break.
  const bodyStart = PLAIN_FENCE.test(closingLine) ? Math.min(source.length, closingAt + closingLine.length + 1) : end;
  const badFence = !PLAIN_FENCE.test(openingLine)
    ? { line: yamlLineOffset + 1, text: openingLine }
    : !PLAIN_FENCE.test(closingLine)
      ? { line: countLines(source, 0, closingAt) + 1, text: closingLine }
      : undefined;
  // Without the rest of a plain opening fence's line and the closing fence's line break: the YAML as written.
  const yaml = raw.replace(/\r\n/g, '\n');
  const plainOpening = PLAIN_FENCE.test(openingLine);
  const start = plainOpening ? yaml.indexOf('\n') + 1 : 0;
  return {
    yaml: yaml.slice(start, yaml.length - 1),
    yamlLineOffset: yamlLineOffset + (plainOpening ? 1 : 0),
    body: source.slice(bodyStart).replace(/\r\n/g, '\n'),
    bodyLine: countLines(source, 0, bodyStart) + 1,
    ...(badFence ? { badFence } : {}),
  };
}

/** The line that starts at `offset`, without its line break. */
function lineAt(text: string, offset: number): string {
  const newline = text.indexOf('\n', offset);
  return text.slice(offset, newline === -1 ? text.length : newline);
}

function countLines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = text.indexOf('\n', from); index !== -1 && index < to; index = text.indexOf('\n', index + 1)) count++;
  return count;
}
