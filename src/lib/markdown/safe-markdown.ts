// Defence in depth for claim bodies. The checker refuses raw HTML, code and unsafe URLs before Astro renders
// anything; this Sätteri HAST plugin makes the Markdown pipeline safe even if the checker were bypassed (a
// dev server on broken content, a future code path): nothing an editor writes reaches the page as markup.
import {
  defineHastPlugin,
  type HastNode,
  type HastVisitorContext,
  type MdxJsxFlowElementHast,
  type MdxJsxTextElementHast,
} from 'satteri';
import { CLAIM_COMPONENTS, isClaimComponent, isHtmlComment } from './components.ts';
import { isSafeUrl } from './safe-url.ts';

/** Properties (hast names) whose value is a URL a browser may load or navigate to. */
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'background', 'xLinkHref'];

/** Elements that run code or load documents; Markdown never makes them, so they can only come from raw HTML. */
const ACTIVE_ELEMENTS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'base',
  'link',
  'meta',
  'form',
  'template',
  'noscript',
  'svg',
  'math',
]);

type JsxNode = MdxJsxFlowElementHast | MdxJsxTextElementHast;

/**
 * - raw HTML (`<script>…`, `<b onclick=…>`) becomes text, shown as written; an HTML comment is dropped;
 * - `href`/`src` and the like with a scheme other than http, https or mailto, and `on…` handlers, are removed;
 * - in MDX: `import`/`export` and `{…}` expressions are dropped, a JSX element other than the claim components
 *   is dropped with its content, and a claim component keeps only its own props written as plain text.
 */
export const safeMarkdown = defineHastPlugin({
  name: 'claimline-safe-markdown',
  raw(node, ctx) {
    if (isHtmlComment(node.value)) ctx.removeNode(node);
    else ctx.replaceNode(node, { type: 'text', value: node.value });
  },
  element: {
    filter: [],
    visit(node, ctx) {
      if (insideDropped(node, ctx)) return;
      if (ACTIVE_ELEMENTS.has(node.tagName.toLowerCase())) {
        ctx.removeNode(node);
        return;
      }
      for (const [key, value] of Object.entries(node.properties)) {
        const unsafeUrl = URL_PROPERTIES.includes(key) && !isSafeUrl(String(value));
        if (unsafeUrl || /^on/i.test(key)) ctx.setProperty(node, key, undefined);
      }
    },
  },
  mdxjsEsm(node, ctx) {
    ctx.removeNode(node);
  },
  mdxFlowExpression(node, ctx) {
    if (!insideDropped(node, ctx)) ctx.removeNode(node);
  },
  mdxTextExpression(node, ctx) {
    if (!insideDropped(node, ctx)) ctx.removeNode(node);
  },
  mdxJsxFlowElement: { filter: [], visit: sanitiseJsx },
  mdxJsxTextElement: { filter: [], visit: sanitiseJsx },
});

function sanitiseJsx(node: Readonly<JsxNode>, ctx: HastVisitorContext): void {
  if (insideDropped(node, ctx)) return;
  if (!isClaimComponent(node.name)) {
    ctx.removeNode(node);
    return;
  }
  const props: readonly string[] = CLAIM_COMPONENTS[node.name];
  const kept = node.attributes.filter(
    (attribute) =>
      attribute.type === 'mdxJsxAttribute' && props.includes(attribute.name) && typeof attribute.value === 'string',
  );
  if (kept.length !== node.attributes.length || node.children.length > 0) {
    ctx.replaceNode(node, { ...node, attributes: kept, children: [] });
  }
}

/** True when an ancestor is dropped by this plugin, which takes the node with it. */
function insideDropped(node: Readonly<HastNode>, ctx: HastVisitorContext): boolean {
  for (let parent = ctx.parent(node); parent !== undefined; parent = ctx.parent(parent)) {
    if (parent.type === 'element' && ACTIVE_ELEMENTS.has(parent.tagName.toLowerCase())) return true;
    if ((parent.type === 'mdxJsxFlowElement' || parent.type === 'mdxJsxTextElement') && !isClaimComponent(parent.name))
      return true;
  }
  return false;
}
