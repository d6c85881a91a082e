/** Where a problem is: a file path as the editor would type it, and a 1-based line and column. */
export interface Place {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

/**
 * One thing wrong with the content. Every part of Claimline that reports to editors uses this shape:
 * what happened (`message`), what to do (`hint`, optional), where, and the rule that found it.
 */
export interface Problem extends Place {
  /** Short kebab-case rule id, printed as `claimline:<ruleId>` (or `<source>:<ruleId>`). */
  readonly ruleId: string;
  /**
   * The tool whose rule found it, when not Claimline's own: a house-style plugin such as `remark-lint` or
   * `retext-repeated-words` (see house-style.ts). Printed before the rule id.
   */
  readonly source?: string;
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly hint?: string;
}

/** The rule as a report prints it: `claimline:unknown-figure`, `remark-lint:no-duplicate-headings`. */
export function ruleLabel(problem: Pick<Problem, 'ruleId' | 'source'>): string {
  return `${problem.source ?? 'claimline'}:${problem.ruleId}`;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
