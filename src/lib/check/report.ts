import { sortProblems, type Problem } from './problem.ts';

/**
 * Formats problems one a line, `file:line:column  severity  message  claimline:rule`, the linter style
 * that terminals and editors turn into links, each followed by its hint, then a count.
 */
export function formatReport(problems: readonly Problem[]): string {
  if (problems.length === 0) return '';
  const lines: string[] = [];
  for (const problem of sortProblems(problems)) {
    lines.push(
      `${problem.file}:${problem.line}:${problem.column}  ${problem.severity}  ${oneLine(problem.message)}  claimline:${problem.ruleId}`,
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

/** GitHub Actions workflow commands, so a pull request shows each problem on its line. */
export function formatGithubAnnotations(problems: readonly Problem[]): string {
  return sortProblems(problems)
    .map((problem) => {
      const text = problem.hint ? `${problem.message}. Fix: ${problem.hint}` : problem.message;
      return `::${problem.severity} file=${problem.file},line=${problem.line},col=${problem.column},title=claimline:${problem.ruleId}::${escapeData(text)}`;
    })
    .join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
