import type { Nodes } from 'mdast';
import { excerpt, claimBodyRule, isJsxElement, type BodyFinding } from './claim-body.ts';

/**
 * JavaScript in an MDX claim: `{…}` in the text, a prop written `{…}` and a spread `{...props}`. Only a
 * comment `{/* … *\/}` passes, since it renders nothing. Props of allowed components are plain text in quotes.
 */
export const mdxExpression = claimBodyRule({
  id: 'mdx-expression',
  formats: ['mdx'],
  check(node: Nodes): BodyFinding[] {
    if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (isOnlyComments(node.value)) return [];
      return [
        {
          at: node.position?.start,
          message: `JavaScript expression "{${excerpt(node.value)}}" is not allowed in a claim`,
          hint: 'Write the text itself; to show a brace, escape it as \\{ (a comment {/* … */} is fine)',
        },
      ];
    }
    if (!isJsxElement(node)) return [];
    const tag = node.name ?? '';
    return node.attributes.flatMap((attribute): BodyFinding[] => {
      if (attribute.type === 'mdxJsxExpressionAttribute') {
        return [
          {
            at: attribute.position?.start ?? node.position?.start,
            message: `Spread props "{${excerpt(attribute.value)}}" on <${tag}> are not allowed in a claim`,
            hint: 'Write each prop as text in quotes, like metric="ru-killed"',
          },
        ];
      }
      if (typeof attribute.value !== 'object' || attribute.value === null) return [];
      return [
        {
          at: attribute.position?.start ?? node.position?.start,
          message: `Prop "${attribute.name}" of <${tag}> is a JavaScript expression ({${excerpt(attribute.value.value)}}), which is not allowed in a claim`,
          hint: `Write the value as text in quotes: ${attribute.name}="…"`,
        },
      ];
    });
  },
});

/**
 * True for an expression that is only block comments, `{/* … *\/}`: nothing is left once they are removed.
 * Anything else, even a comment with code after it, is code.
 */
function isOnlyComments(expression: string): boolean {
  return expression.replace(/\/\*[\s\S]*?\*\//g, '').trim() === '' && expression.includes('/*');
}
