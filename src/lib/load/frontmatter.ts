/** A Markdown file split into its YAML frontmatter and its body, with the line where each starts. */
export interface FrontmatterSplit {
  /** The YAML between the `---` fences; undefined when the file has no frontmatter. */
  readonly yaml: string | undefined;
  /** Lines before the YAML text (the opening fence). */
  readonly yamlLineOffset: number;
  readonly body: string;
  /** 1-based line of the body's first line. */
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*$/;

export function splitFrontmatter(source: string): FrontmatterSplit {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const lines = text.split(/\r?\n/);
  if (lines.length === 0 || !FENCE.test(lines[0] ?? '')) {
    return { yaml: undefined, yamlLineOffset: 0, body: text, bodyLine: 1 };
  }
  const end = lines.findIndex((line, index) => index > 0 && FENCE.test(line));
  if (end === -1) {
    return { yaml: undefined, yamlLineOffset: 0, body: text, bodyLine: 1 };
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlLineOffset: 1,
    body: lines.slice(end + 1).join('\n'),
    bodyLine: end + 2,
  };
}
