import type { Problem } from './problem.ts';
import { formatReport } from './report.ts';

/** The heading of the dev server's error overlay when the content has errors. */
export const CONTENT_ERROR_TITLE = 'The content has errors';

/** What the dev server's error overlay and error page say when the content has errors: the checker's report. */
export function contentErrorMessage(problems: readonly Problem[]): string {
  return `Fix these and save; the page reloads by itself.\n\n${formatReport(problems)}`;
}

/**
 * Thrown when a page is rendered from content with errors (under `npm run dev`; a build stops before). Its
 * message is the checker's report and it carries no stack, which would only point into the checker.
 */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  /** Shown as the heading of Astro's error overlay. */
  readonly title = CONTENT_ERROR_TITLE;
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(contentErrorMessage(problems));
    this.problems = problems;
    this.stack = '';
  }
}
