/**
 * The "Cite this fact-check" and "Republish this fact-check" boxes of a claim page, and the citation and the
 * republishing HTML they show (src/lib/transparency/citation.ts). Their copy buttons use `embed.box.copy`,
 * `embed.box.copied` and `embed.box.selected`.
 */
export const cite = {
  /**
   * The plain-text citation. `author` is who wrote the fact-check, or the publisher; `site` the site's title;
   * `published` and `updated` are dates already formatted, at their precision ("21 November 2026", "March 2026").
   * `titlePunctuated` is `yes` when the title already ends in . ? ! or …, so that no full stop is added after it;
   * `hasUpdate` is `yes` when the fact-check has an update date, `no` otherwise (and `updated` is then empty).
   */
  'cite.text':
    '{author}. {titlePunctuated, select, yes {“{title}”} other {“{title}.”}} {site}, {published}{hasUpdate, select, yes { (updated {updated})} other {}}. {url}. Licence: {license}.',
  'cite.box.summary': 'Cite this fact-check',
  'cite.box.intro':
    'Copy the reference below into your article or paper, or the BibTeX entry into your reference manager.',
  /** The label of the plain-text citation. */
  'cite.box.text': 'Reference',
  /** The label of the BibTeX entry, for LaTeX and reference managers. */
  'cite.box.bibtex': 'BibTeX entry',

  'republish.box.summary': 'Republish this fact-check',
  /** `license` is the site's licence, e.g. "CC BY 4.0". */
  'republish.box.intro':
    'To republish this fact-check under its licence, {license}, paste the HTML below into your page. Keep the credit and the link back to this page.',
  /** The label of the HTML to copy. */
  'republish.box.code': 'HTML to republish',
  /** In the republished HTML, `<strong>` is bold. `claimant` is who made the claim, `claim` the claim as reviewed. */
  'republish.claim': '<strong>Claim</strong> by {claimant}: “{claim}”',
  /** `verdict` is the rating's label, e.g. "False". */
  'republish.verdict': '<strong>Verdict:</strong> {verdict}',
  /** The text of the link back to the fact-check's page. */
  'republish.readMore': 'Read the full fact-check on {site}',
  /**
   * The credit at the foot of the republished HTML. `hasAuthor` is `yes` when the fact-check names its author
   * (`author`), `no` when the publisher signs it; `published` is the date already formatted.
   */
  'republish.credit':
    '{hasAuthor, select, yes {By {author} for {publisher}} other {By {publisher}}}, {published}. Republished under {license}.',
} as const;
