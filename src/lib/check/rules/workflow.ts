// The publishing rules: a draft leaves no trace in a production build, so nothing published may lead to it; and
// where site.yaml asks for review, every published fact-check names its reviewer.
import type { Rule, ValidatedContent } from '../content.ts';
import type { Problem } from '../problem.ts';
import { componentReferences, parseClaimBody, placeInFile, walk } from './claim-body.ts';

/** Where a claim's links are read from: its own page, on a host that stands for the site. */
const PAGE_HOST = 'claimline.invalid';

/**
 * Whether a link written in the claim `from` leads to the page (or embed, image, download) of the claim `slug`:
 * the link resolved against `from`'s page (`../slug/`, `/claims/slug/`, `../../claims/slug/#x`), or an absolute
 * URL on the site's own host.
 */
export function linksToClaim(options: {
  url: string;
  from: string;
  slug: string;
  siteHost?: string | undefined;
}): boolean {
  const { url, from, slug, siteHost } = options;
  let target: URL;
  try {
    target = new URL(url, `https://${PAGE_HOST}/claims/${encodeURIComponent(from)}/`);
  } catch {
    return false;
  }
  if (target.hostname !== PAGE_HOST && target.hostname !== siteHost) return false;
  const escaped = encodeURIComponent(slug).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|/)claims/${escaped}(/|\\.|$)`).test(target.pathname);
}

/**
 * A published claim may not link a draft — by `translationOf`, a `<Timeline claim>`, or a Markdown link to its
 * page — since a production build has no page for it.
 */
export const linksToDraft: Rule = {
  id: 'links-to-draft',
  lookup: 'claim',
  check(content) {
    const drafts = new Set(content.claims.filter((claim) => claim.data.draft).map((claim) => claim.file.id));
    if (drafts.size === 0) return [];
    const published = new Set(content.claims.filter((claim) => !claim.data.draft).map((claim) => claim.file.id));
    const siteHost = hostOf(content.site?.data.url);
    const problems: Problem[] = [];
    const report = (place: Omit<Problem, 'ruleId' | 'severity' | 'message' | 'hint'>, draft: string) =>
      problems.push({
        ...place,
        ruleId: 'links-to-draft',
        severity: 'error',
        message: `This published claim links "${draft}", which is a draft: a production build has no page for it`,
        hint: `Publish "${draft}" first (remove \`draft: true\`), or remove the link`,
      });
    for (const claim of content.claims) {
      if (claim.data.draft) continue;
      const { translationOf } = claim.data;
      if (translationOf !== undefined && drafts.has(translationOf))
        report(claim.file.yaml.locate(['translationOf']), translationOf);
      const body = parseClaimBody(claim.file);
      if (body.kind !== 'tree') continue;
      for (const node of walk(body.tree)) {
        if (node.type !== 'link' && node.type !== 'definition') continue;
        const draft = [...drafts].find((slug) => linksToClaim({ url: node.url, from: claim.file.id, slug, siteHost }));
        if (draft !== undefined) report(placeInFile(claim.file, node.position?.start), draft);
      }
    }
    for (const reference of componentReferences(content, 'claim')) {
      if (drafts.has(reference.id) && published.has(reference.file.id)) report(reference.place, reference.id);
    }
    return problems;
  },
};

/**
 * Where site.yaml sets `requireReview: true`, a published claim without `reviewer`: a warning while editing, an
 * error for `npm run check -- --strict`, which the deploy workflow runs.
 */
export function missingReviewer(options: { strict: boolean }): Rule {
  return {
    id: 'missing-reviewer',
    lookup: 'site',
    check(content: ValidatedContent) {
      if (!content.site?.data.requireReview) return [];
      return content.claims.flatMap((claim): Problem[] =>
        claim.data.draft || claim.data.reviewer !== undefined
          ? []
          : [
              {
                ...claim.file.yaml.locate(['verdict']),
                ruleId: 'missing-reviewer',
                severity: options.strict ? 'error' : 'warning',
                message: `This claim has no \`reviewer\`, and site.yaml sets \`requireReview: true\`${options.strict ? '' : ': the deploy (npm run check -- --strict) will fail'}`,
                hint: "Add the name of who checked it before publication, e.g. reviewer: 'Jane Doe', or keep it a draft (draft: true)",
              },
            ],
      );
    },
  };
}

function hostOf(url: string | undefined): string | undefined {
  try {
    return url === undefined ? undefined : new URL(url).hostname;
  } catch {
    return undefined;
  }
}
