import { CLAIM_COMPONENTS, COMPONENT_USAGE, isClaimComponent } from '../../markdown/components.ts';
import { suggestion } from '../did-you-mean.ts';
import { claimBodyRule, isJsxElement } from './claim-body.ts';

/**
 * Any JSX element in an MDX claim but the components the claim page provides: HTML tags (`<script>`,
 * `<iframe>`, `<img onerror=…>`), other components, fragments.
 */
export const mdxComponent = claimBodyRule({
  id: 'mdx-component',
  formats: ['mdx'],
  check(node) {
    if (!isJsxElement(node) || isClaimComponent(node.name)) return [];
    const at = node.position?.start;
    if (node.name === null) {
      return [
        {
          at,
          message: 'A JSX fragment <>…</> is not allowed in a claim',
          hint: 'Delete the <> and </> around the text',
        },
      ];
    }
    const isHtml = /^[a-z]/.test(node.name) && !node.name.includes('.');
    return [
      isHtml
        ? {
            at,
            message: `The HTML element <${node.name}> is not allowed in a claim`,
            hint: `Write Markdown instead (*emphasis*, **bold**, [a link](https://…), ![an image](https://…)); the only component is ${COMPONENT_USAGE}`,
          }
        : {
            at,
            message: `Unknown component <${node.name}>${suggestion(node.name, Object.keys(CLAIM_COMPONENTS))}`,
            hint: `The only component a claim can use is ${COMPONENT_USAGE}`,
          },
    ];
  },
});
