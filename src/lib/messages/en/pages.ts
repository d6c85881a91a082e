/**
 * The pages other than a claim's: the home page, the listings (fact-checks, sources, metrics, corrections), a
 * source's and a metric's page, the embeds, About, Search, the data downloads page and the page-not-found page. Tags
 * (`<link>…</link>`) are links or formatting (src/components/Message.astro).
 */
export const pages = {
  'home.latest': 'Latest fact-checks',
  /** The link from the home page to the archive of every fact-check. */
  'home.archiveLink': '{count, plural, =1 {The fact-check} other {All # fact-checks}}, newest first',

  /** A listing's title past its first page: "Fact-checks, page 2 of 3". */
  'listing.titlePaged': '{title}, page {page, number} of {pages, number}',
  /** After a listing's heading past its first page. */
  'listing.headingPaged': '· page {page, number} of {pages, number}',

  'listing.claims.title': 'Fact-checks',
  'listing.claims.description': 'Every fact-check of {site}, newest first.',
  /** Which entries the page shows, on a listing of one page. */
  'listing.claims.range': '{total, plural, one {# fact-check} other {# fact-checks}}, newest first.',
  /** Which entries the page shows, on a listing of several pages. */
  'listing.claims.rangePaged': 'Fact-checks {first, number}–{last, number} of {total, number}, newest first.',
  /** The accessible name of the listing's page navigation. */
  'listing.claims.pages': 'Pages of the fact-checks',

  'listing.sources.title': 'Sources',
  /** Also the page's lede. */
  'listing.sources.description': 'Every document we checked, with the figures it reports and its archived text.',
  'listing.sources.range': '{total, plural, one {# source} other {# sources}}, oldest first (undated last).',
  'listing.sources.rangePaged':
    'Sources {first, number}–{last, number} of {total, number}, oldest first (undated last).',
  'listing.sources.pages': 'Pages of the sources',
  'listing.sources.caption': 'Sources {first, number}–{last, number}',
  'listing.sources.column.title': 'Title',
  'listing.sources.column.published': 'Published',
  'listing.sources.column.publisher': 'Publisher',
  'listing.sources.column.figures': 'Figures',
  'listing.sources.unknownDate': 'Unknown',
  'listing.sources.noPublisher': 'Not shown',

  'listing.metrics.title': 'Metrics',
  /** Also the page's lede. */
  'listing.metrics.description':
    'What each figure counts. We only weigh figures of the same metric against each other.',
  'listing.metrics.range': '{total, plural, one {# metric} other {# metrics}}, by id.',
  'listing.metrics.rangePaged': 'Metrics {first, number}–{last, number} of {total, number}, by id.',
  'listing.metrics.pages': 'Pages of the metrics',
  'listing.metrics.caption': 'Metrics {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Metric',
  'listing.metrics.column.unit': 'Unit',
  'listing.metrics.column.figures': 'Figures',

  'listing.corrections.title': 'Corrections',
  'listing.corrections.description': 'Every correction to the fact-checks of {site}, newest first.',
  'listing.corrections.range': '{total, plural, one {# correction} other {# corrections}}, newest first.',
  'listing.corrections.rangePaged': 'Corrections {first, number}–{last, number} of {total, number}, newest first.',
  'listing.corrections.pages': 'Pages of the corrections',
  /** `<policy>` links to the methodology's corrections policy, `<about>` to About us. */
  'listing.corrections.lede':
    'Every correction we have made to a fact-check, newest first. Each is also dated at the foot of the fact-check it corrects. Our <policy>corrections policy</policy> says when and how we correct; <about>About us</about> says how to tell us about a mistake.',
  'listing.corrections.empty': 'No fact-check has been corrected so far.',

  /** What search results call a source's page, and the line above its title. */
  'sourcePage.type': 'Source',
  'sourcePage.untitled': 'The archived text has no headline; this title is our description of it.',
  'sourcePage.publisher': 'Publisher',
  'sourcePage.author': 'Author',
  /** A publisher or author the archived text does not name. */
  'sourcePage.notShown': 'Not shown in the text',
  'sourcePage.published': 'Published',
  'sourcePage.unknownDate': 'Unknown',
  'sourcePage.original': 'Original',
  'sourcePage.archived': 'Archived copy',
  'sourcePage.note': 'Editor’s note',
  'sourcePage.figures': 'Figures it reports',
  'sourcePage.figuresCaption': '{count, plural, one {# figure} other {# figures}} in this source, by date',
  'sourcePage.noFigures': 'This source reports no figures.',
  'sourcePage.claims': 'Fact-checks that use it',
  'sourcePage.text': 'Archived text',
  'sourcePage.textNote': 'The text as archived. Highlighted passages are the quotes behind each figure above.',

  /** What search results call a metric's page, and the line above its title. */
  'metricPage.type': 'Metric',
  'metricPage.unit': 'Unit',
  'metricPage.kind': 'Kind',
  'metricPage.cumulative': 'A running total: later values cannot be lower',
  'metricPage.notCumulative': 'Not a running total',
  'metricPage.since': 'Counted since',
  /** The metrics this one is a part of. */
  'metricPage.partOf': 'Part of',
  /** The metrics that are parts of this one. */
  'metricPage.parts': 'Includes',
  'metricPage.figures': 'Every figure, by date',
  'metricPage.inconsistencies': 'Figures that cannot all be right',
  'metricPage.figuresCaption': '{count, plural, one {# figure} other {# figures}} of this metric, oldest first',
  /** Also on the metric's embed. */
  'metricPage.noFigures': 'No source reports a figure of this metric yet.',
  'metricPage.claims': 'Fact-checks about it',

  /** The line above a claim's embed title. */
  'embedPage.claim.kicker': 'Fact-check · {site}',
  /** `<date></date>` is the fact-check's publication date. */
  'embedPage.claim.credit': 'By {publisher}, <date></date>. {license}.',
  'embedPage.claim.link': 'Read the full fact-check on {site}',
  'embedPage.metric.kicker': 'Metric · {site}',
  'embedPage.metric.credit': 'Compiled by {publisher}. {license}.',
  'embedPage.metric.link': 'See every figure and its source on {site}',
  /** Under an embedded chart: where the reader finds the values the chart does not label. */
  'embedPage.valuesNote': 'Every value is on the full page.',

  'about.title': 'About us',
  'about.description': 'Who publishes {site}, how to reach us and how to submit a claim.',
  'about.publisherHeading': 'Who publishes this site',
  'about.publisher': '{site} is published by <link>{publisher}</link>. The content and data are under {license}.',
  'about.howHeading': 'How we work',
  'about.how.methodology':
    '<link>Methodology</link>: how we compare figures, our rating scale and our corrections policy.',
  'about.how.corrections': '<link>Corrections</link>: every correction we have made, newest first.',
  'about.how.data': '<link>Data</link>: every figure and fact-check as CSV and JSON, to check our work.',
  'about.submitHeading': 'Submit a claim or a correction',
  /** When the site has a submission page. */
  'about.submit.page':
    'To ask us to check a claim, or to tell us about a mistake, use <link>our submission page</link>.',
  /** When the site names its content repository but no submission page. */
  'about.submit.repository':
    'The fact-checks are built from files in <link>our content repository</link>. To ask us to check a claim or to propose a correction, open an issue or a pull request there.',
  /** When the site has neither. */
  'about.submit.none':
    'This site has no submission form or public repository address. Every fact-check is built from a Markdown file in a content repository: to propose a correction, send a pull request to that repository that changes the claim’s file and adds a dated entry under <code>corrections</code>, or contact us as below.',
  'about.contactHeading': 'Contact',
  'about.contact': 'Reach {publisher} through <link>{url}</link>.',

  'searchPage.title': 'Search',
  'searchPage.description': 'Search the fact-checks, sources and metrics of {site}.',
  /** Also names the search field. */
  'searchPage.lede': 'Search every fact-check, source text and metric.',
  /** Shown until the search has loaded, and for good without JavaScript. */
  /** A search result's title: the page's title and what kind of page it is. */
  'searchPage.resultTitle': '{title} · {kind}',
  /** A fact-check's search result title, with its verdict's label. */
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  /** The names of the search filters. */
  'searchPage.filter.kind': 'Type',
  'searchPage.filter.verdict': 'Verdict',
  'searchPage.fallback':
    'Search needs JavaScript. Without it, browse <claims>every fact-check</claims>, <sources>every source</sources> or <metrics>every metric</metrics>.',

  'notFound.title': 'Page not found',
  'notFound.text': 'There is no page at this address. <link>See every fact-check</link>.',

  'dataPage.title': 'Download the data',
  'dataPage.description': 'Every figure and fact-check of {site} as CSV and JSON, with every column explained.',
  'dataPage.lede':
    'Every figure and every fact-check on this site, as CSV for spreadsheets and JSON for code. The files are rebuilt with the site, so they always match the pages.',
  'dataPage.licenceHeading': 'Licence and citation',
  'dataPage.licence':
    'The data is published by <link>{publisher}</link> under <strong>{license}</strong>, like the rest of the site. Credit us and link the file you used, for example:',
  'dataPage.citationPattern':
    'The pattern: site title, publisher, address of the file, and the date you downloaded it.',
  'dataPage.formatHeading': 'How the files are written',
  'dataPage.format.csv':
    'CSV files are UTF-8, comma-separated, with one header row of column names; the columns keep the order listed below. An empty cell means “none”.',
  'dataPage.format.numbers':
    'Numbers are plain numbers (<code>7000</code>, <code>-5</code>, <code>0.25</code>) without thousands separators. A figure the source hedges keeps its stated numbers, with <code>approx</code> set to <code>true</code>.',
  /** `<edtf>` links to the EDTF specification. */
  'dataPage.format.dates':
    'Dates are <edtf>EDTF</edtf> as written in the content (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), each with the first and last day it may mean in ISO 8601.',
  /** `''` is ICU for one apostrophe: the CSV's quote character. */
  'dataPage.format.formulas':
    "So that no spreadsheet runs a cell as a formula, a text cell that begins with one of <code>= + - @</code>, a tab or a carriage return starts with a single quote (<code>''</code>) in the CSV. Numbers are never changed. The JSON files keep text exactly as written.",
  'dataPage.format.json': 'JSON fields are the CSV column names; a missing value is <code>null</code>.',
  'dataPage.figuresHeading': 'Every figure',
  /** `<file>` is the download, `{count}` the number of figures. */
  'dataPage.figures':
    '<file>figures.csv</file>: one row per figure of every source ({count, plural, one {# row} other {# rows}}), by date then id.',
  'dataPage.claimsHeading': 'Every fact-check',
  /** `<file>` is the download, `<header>` links to the table of the site header's fields. */
  'dataPage.claims':
    '<file>claims.json</file>: an object with the <header>site header</header> and <code>claims</code>, every fact-check ({count, number}), newest first, with its verdict, its figures and how each bears on the claim.',
  'dataPage.eachClaimHeading': 'Each fact-check',
  'dataPage.eachClaim':
    'A CSV with one row per figure — the claimed figure first, then the compared figures by date — and a JSON file with the <header>site header</header> and the <code>claim</code>, with the fields of claims.json.',
  'dataPage.eachClaim.caption': 'Downloads of each fact-check',
  'dataPage.eachClaim.column': 'Fact-check',
  'dataPage.eachMetricHeading': 'Each metric',
  /** `<figures>` links to the documentation of figures.csv. */
  'dataPage.eachMetric':
    'A CSV of the metric’s figures, by date, with the columns of <figures>figures.csv</figures>, and a JSON file with the <header>site header</header> and the <code>metric</code> with its figures.',
  'dataPage.eachMetric.caption': 'Downloads of each metric',
  'dataPage.eachMetric.column': 'Metric',
  'dataPage.files': 'Files',
  /** The link text of a file download, by its format. */
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'The site header of the JSON files',
} as const;
