import type { Rule } from '../content.ts';
import type { Problem } from '../problem.ts';
import { parseClaimBody, placeInFile } from './claim-body.ts';

/** An MDX claim body the MDX parser cannot read: an unclosed tag, a stray `{` or `<`, broken code. */
export const mdxSyntax: Rule = {
  id: 'mdx-syntax',
  check(content) {
    const problems: Problem[] = [];
    for (const claim of content.claims) {
      const body = parseClaimBody(claim.file);
      if (body.kind !== 'syntax-error') continue;
      problems.push({
        ...placeInFile(claim.file, body),
        ruleId: 'mdx-syntax',
        severity: 'error',
        message: `The MDX cannot be read: ${body.reason}`,
        hint: 'In .mdx, `<` starts a tag and `{` starts code: close every tag, and write \\< or \\{ to show the character itself (or rename the file to .md)',
      });
    }
    return problems;
  },
};
