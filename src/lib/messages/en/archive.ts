/**
 * The ways into the archive — topic, claimant and verdict pages, and the archive's links to them — and the
 * newsroom's workflow on a claim page: its draft banner, its reviewer, the complaints route.
 */
export const archive = {
  'topics.title': 'Topics',
  'topics.description': 'The topics {site} has fact-checked, with the number of fact-checks on each.',
  'topics.empty': 'No fact-check has a topic yet.',
  /** After a topic, claimant or verdict in a list: how many fact-checks it has. */
  'archive.count': '{count, plural, one {# fact-check} other {# fact-checks}}',
  'claimants.title': 'Claimants',
  'claimants.description': 'Everyone whose claims {site} has checked, with how many fact-checks each.',
  'claimants.empty': 'No claim has been checked yet.',

  /** `label`: the topic as written. */
  'listing.topic.title': 'Topic: {label}',
  'listing.topic.description': 'Fact-checks by {site} on {label}, newest first.',
  'listing.topic.range': '{total, plural, one {# fact-check} other {# fact-checks}} on this topic, newest first.',
  'listing.topic.rangePaged':
    'Fact-checks {first, number}–{last, number} of {total, number} on this topic, newest first.',
  'listing.topic.pages': 'Pages of this topic',
  /** `label`: the claimant's name. */
  'listing.claimant.title': 'Claims by {label}',
  'listing.claimant.description': 'Every fact-check by {site} of a claim by {label}, newest first.',
  'listing.claimant.range': '{total, plural, one {# fact-check} other {# fact-checks}} of their claims, newest first.',
  'listing.claimant.rangePaged':
    'Fact-checks {first, number}–{last, number} of {total, number} of their claims, newest first.',
  'listing.claimant.pages': 'Pages of this claimant’s fact-checks',
  /** `label`: the rating's label. */
  'listing.verdict.title': 'Rated “{label}”',
  'listing.verdict.description': 'Every fact-check by {site} rated “{label}”, newest first.',
  'listing.verdict.range': '{total, plural, one {# fact-check} other {# fact-checks}} with this verdict, newest first.',
  'listing.verdict.rangePaged':
    'Fact-checks {first, number}–{last, number} of {total, number} with this verdict, newest first.',
  'listing.verdict.pages': 'Pages of this verdict’s fact-checks',

  'claimant.verdictsHeading': 'Our verdicts on their claims',
  /** One line of the claimant's verdicts: the rating's label and its count. */
  'claimant.verdictCount': '{verdict}: {count, plural, one {# fact-check} other {# fact-checks}}',
  'claimant.verdictsNote':
    'These are counts, not a score: we check claims that are worth checking, not a sample of everything said.',
  /** `<link>` links to the page the claimant's fact-checks give for them. */
  'claimant.website': '<link>Their own page</link>',
  /** `<link>` links to the methodology's rating scale. */
  'verdict.meaning': '{description} See <link>our rating scale</link>.',

  'archive.browseHeading': 'Browse the fact-checks',
  'archive.byVerdict': 'By verdict',
  /** `<topics>` links to the topics page, `<claimants>` to the claimants page. */
  'archive.browseLinks': 'By <topics>topic</topics> or by <claimants>claimant</claimants>.',
  /** A verdict in the archive's list: its label and its count. */
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Reviewed by',
  /** Under the verdict: a link to every fact-check with the same rating. */
  'claim.verdictPage': 'All fact-checks rated “{label}”',
  'claim.draftBanner': 'Draft — not published. This page is in previews only; a published site has no trace of it.',

  'searchPage.filter.topic': 'Topic',
  'searchPage.filter.claimant': 'Claimant',
  /** The year the fact-check was published, not the year of the claim. */
  'searchPage.filter.year': 'Year published',

  /** On the methodology and About pages, when site.yaml names where complaints go: `<link>` links there. */
  'complaints.route': 'If our answer to a complaint does not satisfy you, you can <link>take it further</link>.',

  /** The title of the feed item that announces a correction: `title` is the corrected fact-check's. */
  'feed.correctionTitle': 'Correction: {title}',
} as const;
