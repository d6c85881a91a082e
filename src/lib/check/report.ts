import { printable } from '../load/printable.ts';
import { ruleLabel, sortProblems, type Problem } from './problem.ts';

/**
 * Formats problems one a line, `file:line:column  severity  message  claimline:rule`, the linter style
 * that terminals and editors turn into links, each followed by its hint, then a count.
 */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const lines: string[] = [];
  for (const problem of sortProblems(problems)) {
    lines.push(
      `${oneLine(problem.file)}:${problem.line}:${problem.column}  ${problem.severity}  ${oneLine(problem.message)}  ${oneLine(ruleLabel(problem))}`,
    );
    if (problem.hint) lines.push(`    fix: ${oneLine(problem.hint)}`);
  }
  lines.push('', summarise(problems));
  return lines.join('\n');
}

export function summarise(problems: readonly Problem[]): string {
  const errors = problems.filter((problem) => problem.severity === 'error').length;
  const warnings = problems.length - errors;
  const parts = [];
  if (errors > 0) parts.push(`✖ ${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings > 0) parts.push(`⚠ ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.length ? parts.join(', ') : '✔ no problems';
}

/** What the checker read, for its last line: "2 claims (1 draft), 1 source, 3 figures, 1 metric". */
export function describeContent(counts: {
  readonly claims: number;
  readonly drafts: number;
  readonly sources: number;
  readonly figures: number;
  readonly metrics: number;
}): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const drafts = counts.drafts === 0 ? '' : ` (${n(counts.drafts, 'draft', 'drafts')})`;
  return [
    n(counts.claims, 'claim', 'claims') + drafts,
    n(counts.sources, 'source', 'sources'),
    n(counts.figures, 'figure', 'figures'),
    n(counts.metrics, 'metric', 'metrics'),
  ].join(', ');
}

/**
 * GitHub Actions workflow commands, so a pull request shows each problem on its line. Every property and the
 * message are escaped as GitHub documents (`%`, CR and LF, and in properties `:` and `,` too), so no text from
 * content — a file name with a newline, a field with `::` — can end the command or start another one.
 */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((problem) => {
      const text = problem.hint ? `${problem.message}. Fix: ${problem.hint}` : problem.message;
      const properties = [
        `file=${escapeProperty(problem.file)}`,
        `line=${Math.trunc(problem.line)}`,
        `col=${Math.trunc(problem.column)}`,
        `title=${escapeProperty(ruleLabel(problem))}`,
      ];
      const severity = problem.severity === 'error' ? 'error' : 'warning';
      return `::${severity} ${properties.join(',')}::${escapeData(printable(bounded(text), { keepLineBreaks: true }))}`;
    })
    .join('\n');
}

/** The longest message a report prints; longer ones (a field's whole value quoted) are cut. */
export const MAX_MESSAGE_LENGTH = 1_000;

/** One line of printable text, at most MAX_MESSAGE_LENGTH characters: what a terminal or a log may be shown. */
function oneLine(text: string): string {
  return printable(bounded(text.replace(/\s*\n\s*/g, ' ')));
}

function bounded(text: string): string {
  return text.length <= MAX_MESSAGE_LENGTH ? text : `${text.slice(0, MAX_MESSAGE_LENGTH)}…`;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(printable(text)).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
