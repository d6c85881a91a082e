import { bodyRule, claimBodyOf, reportFinding } from './claim-body.ts';

/**
 * An MDX claim body the MDX parser cannot read: an unclosed tag, a stray `{` or `<`, broken code. The checker gives
 * such a claim's vfile an empty tree and the parser's report, which this rule turns into a message.
 */
export const mdxSyntax = bodyRule({
  id: 'mdx-syntax',
  plugin: () => (_tree, file) => {
    const { body } = claimBodyOf(file);
    if (body.kind !== 'syntax-error') return;
    reportFinding(file, 'mdx-syntax', {
      at: body,
      message: `The MDX cannot be read: ${body.reason}`,
      hint: 'In .mdx, `<` starts a tag and `{` starts code: close every tag, and write \\< or \\{ to show the character itself (or rename the file to .md)',
    });
  },
});
