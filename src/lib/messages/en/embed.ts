/**
 * Embeds: what a host page shows of a claim's or a metric's chart, the iframe's name, the fallback quote of the
 * oEmbed document, and the "Embed this chart" box under a chart.
 */
export const embed = {
  /** The line above an embed's heading. */
  'embed.kicker.claim': 'Fact-check · {site}',
  'embed.kicker.metric': 'Metric · {site}',
  /** The iframe's accessible name. */
  'embed.frameTitle.claim': 'Fact-check: {title}',
  'embed.frameTitle.metric': 'Chart: {metric}',
  /** The credit at the foot of an embed, and its link to the full page. */
  'embed.credit.claim': 'By {publisher}, {date}. {license}.',
  'embed.credit.metric': 'Compiled by {publisher}. {license}.',
  'embed.readMore.claim': 'Read the full fact-check on {site}',
  'embed.readMore.metric': 'See every figure and its source on {site}',

  /** What a host that strips iframes shows: the claim, the verdict and a link to the page. */
  'embed.fallback.verdict': 'Verdict: {verdict}',
  'embed.fallback.claimLink': 'Read on {site}: {title}',
  'embed.fallback.metricLink': 'See every figure of {metric} on {site}',

  /** The box under a chart with the code to embed it. */
  'embed.box.summary': 'Embed this chart',
  'embed.box.intro':
    'Paste this code into your page to show it on your site; it updates with this page and links back to it. The script sizes the frame to fit; without it the frame keeps its starting height. For a dark page, change theme=light to theme=dark, or to theme=auto to follow the reader’s setting. <preview>See what it looks like</preview>.',
  'embed.box.code': 'Embed code',
  'embed.box.copy': 'Copy',
  'embed.box.copied': 'Copied',
  'embed.box.selected': 'Selected: press Ctrl+C, or ⌘C on a Mac, to copy',
  'embed.box.oembed': 'Sites that read <link>oEmbed</link> find the same code from this page’s address alone.',
} as const;
