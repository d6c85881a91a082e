import { isClaimComponent, isHtmlComment } from '../../markdown/components.ts';
import { claimBodyRule, excerpt } from './claim-body.ts';

/**
 * Raw HTML in a Markdown claim (`<script>`, `<iframe>`, `<b onclick=…>`, …). The pipeline would show it as
 * text anyway; the checker asks for Markdown. HTML comments pass: they never reach the page.
 */
export const rawHtml = claimBodyRule({
  id: 'raw-html',
  formats: ['md'],
  check(node) {
    if (node.type !== 'html' || isHtmlComment(node.value)) return [];
    const component = /^\s*<([A-Z][A-Za-z]*)/.exec(node.value)?.[1];
    return [
      {
        at: node.position?.start,
        message: `Raw HTML "${excerpt(node.value)}" is not allowed in a claim`,
        hint:
          component !== undefined && isClaimComponent(component)
            ? `<${component}> works in MDX only: rename the file from .md to .mdx`
            : 'Write Markdown instead: *emphasis*, **bold**, [a link](https://…), ![an image](https://…); to show a "<" itself, write \\<',
      },
    ];
  },
});
