import { urlScheme, SAFE_SCHEMES } from '../../markdown/safe-url.ts';
import { claimBodyRule, excerpt } from './claim-body.ts';

const NOUN = { link: 'Link', image: 'Image', definition: 'Link definition' } as const;

/** A link, image or link definition in a claim whose URL scheme is not http, https or mailto. */
export const unsafeUrl = claimBodyRule({
  id: 'unsafe-url',
  formats: ['md', 'mdx'],
  check(node) {
    if (node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') return [];
    const scheme = urlScheme(node.url);
    if (scheme === undefined || SAFE_SCHEMES.has(scheme)) return [];
    return [
      {
        at: node.position?.start,
        message: `${NOUN[node.type]} to a "${scheme}:" URL ("${excerpt(node.url, 40)}") is not allowed`,
        hint: 'Use an http://, https:// or mailto: address, or a path within the site like ../../sources/<source-id>/#<figure-id>',
      },
    ];
  },
});
