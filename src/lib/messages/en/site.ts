/**
 * What every page carries: the page title, skip link, navigation and footer (src/layouts/Page.astro), a listing's
 * page navigation (PageNav), the data downloads line under tables and charts (DataDownloads) and the columns of a
 * table of data fields (FieldTable).
 */
export const site = {
  /** A page's `<title>`: the page's own title, then the site's. */
  'layout.title': '{title} · {site}',
  /** The title of the RSS feed's `<link rel="alternate">` in every page's head. */
  'layout.feedTitle': '{site}: fact-checks',
  'layout.skipLink': 'Skip to content',
  /** The links to this page in the site's other languages. */
  'layout.languages': 'Languages',
  /** The main navigation's accessible name. */
  'layout.nav': 'Main',
  'layout.nav.claims': 'Fact-checks',
  'layout.nav.sources': 'Sources',
  'layout.nav.metrics': 'Metrics',
  'layout.nav.methodology': 'Methodology',
  'layout.nav.search': 'Search',
  /** The footer's first line; `<link>` links to the publisher, `<methodology>` to the methodology page. */
  'layout.footer.credit':
    'Published by <link>{publisher}</link>. Content and data under {license}. <methodology>How we check</methodology>.',
  /** The footer navigation's accessible name. */
  'layout.footer.nav': 'About this site',
  'layout.footer.about': 'About us',
  'layout.footer.corrections': 'Corrections',
  'layout.footer.data': 'Download the data',
  'layout.footer.rss': 'RSS feed',

  /** The navigation of a listing's pages; `<hidden>` is read by screen readers only. */
  'pageNav.previous': 'Previous<hidden> page</hidden>',
  'pageNav.next': 'Next<hidden> page</hidden>',
  /** The accessible name of a link to one page of a listing. */
  'pageNav.page': 'Page {page, number}',

  /** The downloads of a chart's or a table's data; `<csv>`, `<json>` are the files, `<columns>` the data page. */
  'dataDownloads.line':
    'Download the data: <csv>CSV</csv> · <json>JSON</json> (<columns>columns and licence</columns>)',

  /** The columns of a table that documents the fields of a download (the data page). */
  'fieldTable.name': 'Name',
  'fieldTable.meaning': 'Meaning',
  'fieldTable.example': 'Example',
  /** Before an example that stands for any value of the field: "for example 2022-03-25". */
  'fieldTable.forExample': 'for example ',
} as const;
