import type { Nodes } from 'mdast';
import { bodyRule, reportFinding } from './claim-body.ts';

/**
 * The deepest a claim's reasoning may nest: quotes in lists in quotes, emphasis in emphasis. Real writing stays
 * within a handful of levels; a body of 60,000 ">" or "- " passed every other rule and then took the build ten
 * minutes to render, because parts of the rendering pipeline do work in proportion to depth at every level.
 */
export const MAX_BODY_DEPTH = 32;

export const bodyTooDeep = bodyRule({
  id: 'body-too-deep',
  plugin: () => (tree, file) => {
    const deep = firstTooDeep(tree);
    if (!deep) return;
    reportFinding(file, 'body-too-deep', {
      at: deep.position?.start,
      message: `The reasoning nests more than ${MAX_BODY_DEPTH} levels deep here (quotes, lists or emphasis inside one another)`,
      hint: 'Flatten it: a quote within a quote, or a list within a list, is rarely needed more than two or three levels deep',
    });
  },
});

/** The first node, in document order, deeper than MAX_BODY_DEPTH; iterative, so no depth can overflow the stack. */
export function firstTooDeep(tree: Nodes): Nodes | undefined {
  const stack: Array<{ node: Nodes; depth: number }> = [{ node: tree, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: Nodes; depth: number };
    if (depth > MAX_BODY_DEPTH) return node;
    if ('children' in node) {
      for (let index = node.children.length - 1; index >= 0; index--) {
        stack.push({ node: node.children[index] as Nodes, depth: depth + 1 });
      }
    }
  }
  return undefined;
}
