import { excerpt, claimBodyRule } from './claim-body.ts';

/**
 * `import` and `export` in an MDX claim. None is allowed, not even of the project's own components: the claim
 * page provides `<Timeline>` to every MDX claim, and anything imported could run code at build time.
 */
export const mdxImport = claimBodyRule({
  id: 'mdx-import',
  formats: ['mdx'],
  check(node) {
    if (node.type !== 'mdxjsEsm') return [];
    const isImport = /^\s*import\b/.test(node.value);
    return [
      {
        at: node.position?.start,
        message: `${isImport ? 'Import' : 'Export'} "${excerpt(node.value)}" is not allowed in a claim`,
        hint: isImport
          ? 'Delete the line: <Timeline> needs no import, it is available in every .mdx claim, and nothing else can be imported'
          : 'Delete the line: a claim is text and cannot export code; put data in the frontmatter or in a source',
      },
    ];
  },
});
