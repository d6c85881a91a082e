import type { Catalog } from '../catalog.ts';

/** The German catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const de: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'etwa {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'mehr als {low} und weniger als {high}',
  'value.moreThan': 'mehr als {low}',
  'value.atLeast': 'mindestens {low}',
  'value.lessThan': 'weniger als {high}',
  'value.upTo': 'bis zu {high}',
  'value.withRange': '{value} (Spanne {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': ', ',
  'punctuation.semicolon': '; ',
  'date.approximate': 'ca. {date}',
  'date.uncertain': '{date} (unsicher)',
  'date.approximateUncertain': 'ca. {date} (unsicher)',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {null} =1 {eins} =2 {zwei} =3 {drei} =4 {vier} =5 {fünf} =6 {sechs} =7 {sieben} =8 {acht} =9 {neun} =10 {zehn} =11 {elf} =12 {zwölf} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'Behauptet',
  'role.corroborates': 'Stimmt überein',
  'role.contradicts': 'Widerspricht',
  'role.context': 'Kontext',
  'role.figure': 'Schätzung',

  'when.sameDay': 'am selben Tag',
  'when.daysEarlier': '{days, plural, one {einen Tag früher} other {{spelled} Tage früher}}',
  'when.daysLater': '{days, plural, one {einen Tag später} other {{spelled} Tage später}}',
  'when.weeksEarlier': '{weeks, plural, one {eine Woche früher} other {{spelled} Wochen früher}}',
  'when.weeksLater': '{weeks, plural, one {eine Woche später} other {{spelled} Wochen später}}',
  'when.by': '{span, select, yes {(Stand: {date})} other {(Stand: {date})}}',
  'when.for': 'für {date}',
  'when.on': 'am {date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase':
    '{wording, select, worded {die behauptete Angabe von {value}} other {die behauptete Zahl von {value}}}',

  'gap.times': '{low} bis {high} Mal so hoch wie',
  'gap.aboutTimes': 'etwa {n} Mal so hoch wie',
  'gap.moreThanTimes': 'mehr als {n} Mal so hoch wie',
  'gap.percent': 'mindestens {ratio, number, percent} höher als',
  'gap.just': 'geringfügig höher als',
  'gap.points':
    '{exact, select, yes {} other {mindestens }}{n, plural, one {# Prozentpunkt} other {# Prozentpunkte}} höher als',
  'gap.above': 'höher als',

  'relation.matches': '{by}: {other} {when}; das ist genauso viel wie {claimed}.',
  'relation.includes':
    '{by}: {other} {when}, {shape, select, range {eine Spanne, die {claimed} einschließt} other {was {claimed} einschließt}}.',
  'relation.within': '{by}: {other} {when}; {claimed} schließt diesen Wert ein.',
  'relation.overlaps':
    '{by}: {other} {when}; {shape, select, range {diese Spanne} other {diese Angabe}} und {claimed} überschneiden sich.',
  'relation.higher': '{by}: {other} {when}; das ist {gap} {claimed}.',
  'relation.lower': '{by}: {other} {when}; die behauptete Zahl, {claimedValue}, ist {gap} dieser Wert.',
  'relation.totalTooLow':
    '{by}: {other} {when}. Die behauptete Zahl, {claimedValue}, ist damit zu niedrig, denn eine fortlaufende Gesamtzahl kann nur steigen.',
  'relation.totalTooHigh':
    '{by}: {other} {when}. Die behauptete Zahl, {claimedValue}, ist damit zu hoch, denn eine fortlaufende Gesamtzahl kann nur steigen.',
  'relation.totalGrewFrom':
    '{by}: {other} {when}. Eine fortlaufende Gesamtzahl kann in dieser Zeit so weit über {claimed} hinaus steigen; die Behauptung lässt sich damit also nicht überprüfen.',
  'relation.totalGrewTo':
    '{by}: {other} {when}. Eine fortlaufende Gesamtzahl kann von diesem Wert bis auf {claimed} steigen; die Behauptung lässt sich damit also nicht überprüfen.',
  'relation.looseDates':
    '{by}: {other} {when}; die Daten sind zu ungenau, um zu sagen, ob diese Angabe älter oder jünger ist als {claimed}.',
  'relation.tooFarApart':
    '{by}: {other} {when}; diese Angabe und {claimed} liegen zeitlich zu weit auseinander, um sie zu vergleichen.',
  'relation.wholeBelowPart':
    '{by} zu „{otherMetric}“: {other} {when}. Diese Gesamtzahl umfasst „{claimedMetric}“ und lässt daher keinen Raum für {claimed}.',
  'relation.wholeAbovePart': '{by} zu „{otherMetric}“: {other} {when}; das lässt Raum für {claimed}.',
  'relation.partAboveWhole':
    '{by} zu „{otherMetric}“ allein: {other} {when}. Das ist bereits mehr als {claimed} für „{claimedMetric}“, eine Kennzahl, die diesen Teil einschließen muss.',
  'relation.partBelowWhole':
    '{by} zu „{otherMetric}“, einem Teil von „{claimedMetric}“: {other} {when}; {claimed} lässt dafür Raum.',
  'relation.differentMetric':
    '{by} zu „{otherMetric}“: {other} {when}. Das ist eine andere Kennzahl als „{claimedMetric}“; die Angabe liefert Kontext, kann die Behauptung aber nicht überprüfen.',
  'relation.sameEstimate':
    'Dies ist die behauptete Schätzung selbst, wie sie vorliegt ({by}: {other}). Sie kann sich nicht selbst überprüfen.',
  'relation.noClaimedFigure':
    '{by}: {other} {when}. Die Behauptung nennt keine Zahl, mit der sich das vergleichen ließe.',

  'summary.agrees':
    '{hasFigure, select, no {Die Behauptung} other {Die behauptete Zahl von {claimed}}} stimmt mit {count, plural, one {der einzigen vergleichbaren Schätzung} =2 {beiden vergleichbaren Schätzungen} other {allen {countText} vergleichbaren Schätzungen}} überein.',
  'summary.below':
    '{hasFigure, select, no {Die Behauptung} other {Die behauptete Zahl von {claimed}}} liegt unter {count, plural, one {der einzigen vergleichbaren Schätzung} =2 {beiden vergleichbaren Schätzungen} other {allen {countText} vergleichbaren Schätzungen}}.',
  'summary.above':
    '{hasFigure, select, no {Die Behauptung} other {Die behauptete Zahl von {claimed}}} liegt über {count, plural, one {der einzigen vergleichbaren Schätzung} =2 {beiden vergleichbaren Schätzungen} other {allen {countText} vergleichbaren Schätzungen}}.',
  'summary.bothSides':
    '{hasFigure, select, no {Die Behauptung} other {Die behauptete Zahl von {claimed}}} widerspricht {count, plural, other {{countText} vergleichbaren Schätzungen}}: Einige liegen höher, andere niedriger.',
  'summary.disagrees':
    '{hasFigure, select, no {Die Behauptung} other {Die behauptete Zahl von {claimed}}} widerspricht {count, plural, one {der einzigen vergleichbaren Schätzung} =2 {beiden vergleichbaren Schätzungen} other {allen {countText} vergleichbaren Schätzungen}}.',
  'summary.mixed':
    '{hasFigure, select, no {Die Behauptung} other {Die behauptete Zahl von {claimed}}} stimmt mit {agree, plural, one {einer vergleichbaren Schätzung} other {{agreeText} vergleichbaren Schätzungen}} überein und widerspricht {disagree, plural, one {einer} other {{disagreeText}}}.',
  'summary.none':
    'Keine Schätzung in unseren Quellen ist vergleichbar mit {hasFigure, select, yes {der behaupteten Zahl von {claimed}} worded {der behaupteten Angabe von {claimed}} other {der Behauptung, die keine Zahl nennt}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: Faktenchecks',
  'layout.skipLink': 'Zum Inhalt springen',
  'layout.languages': 'Sprachen',
  'layout.nav': 'Hauptnavigation',
  'layout.nav.claims': 'Faktenchecks',
  'layout.nav.sources': 'Quellen',
  'layout.nav.metrics': 'Kennzahlen',
  'layout.nav.methodology': 'Methodik',
  'layout.nav.search': 'Suche',
  'layout.footer.credit':
    'Herausgegeben von <link>{publisher}</link>. Inhalte und Daten unter {license}. <methodology>So prüfen wir</methodology>.',
  'layout.footer.nav': 'Über diese Website',
  'layout.footer.about': 'Über uns',
  'layout.footer.corrections': 'Korrekturen',
  'layout.footer.data': 'Daten herunterladen',
  'layout.footer.rss': 'RSS-Feed',

  'pageNav.previous': 'Zurück<hidden> zur vorherigen Seite</hidden>',
  'pageNav.next': 'Weiter<hidden> zur nächsten Seite</hidden>',
  'pageNav.page': 'Seite {page, number}',

  'dataDownloads.line':
    'Daten herunterladen: <csv>CSV</csv> · <json>JSON</json> (<columns>Spalten und Lizenz</columns>)',

  'fieldTable.name': 'Name',
  'fieldTable.meaning': 'Bedeutung',
  'fieldTable.example': 'Beispiel',
  'fieldTable.forExample': 'zum Beispiel ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'Neueste Faktenchecks',
  'home.archiveLink': '{count, plural, =1 {Der Faktencheck} other {Alle # Faktenchecks}}, neueste zuerst',

  'listing.titlePaged': '{title}, Seite {page, number} von {pages, number}',
  'listing.headingPaged': '· Seite {page, number} von {pages, number}',

  'listing.claims.title': 'Faktenchecks',
  'listing.claims.description': 'Alle Faktenchecks von {site}, neueste zuerst.',
  'listing.claims.range': '{total, plural, one {# Faktencheck} other {# Faktenchecks}}, neueste zuerst.',
  'listing.claims.rangePaged': 'Faktenchecks {first, number}–{last, number} von {total, number}, neueste zuerst.',
  'listing.claims.pages': 'Seiten der Faktenchecks',

  'listing.sources.title': 'Quellen',
  'listing.sources.description':
    'Alle Dokumente, die wir geprüft haben, mit den Angaben, die sie enthalten, und ihrem archivierten Text.',
  'listing.sources.range': '{total, plural, one {# Quelle} other {# Quellen}}, älteste zuerst (undatierte am Ende).',
  'listing.sources.rangePaged':
    'Quellen {first, number}–{last, number} von {total, number}, älteste zuerst (undatierte am Ende).',
  'listing.sources.pages': 'Seiten der Quellen',
  'listing.sources.caption': 'Quellen {first, number}–{last, number}',
  'listing.sources.column.title': 'Titel',
  'listing.sources.column.published': 'Veröffentlicht',
  'listing.sources.column.publisher': 'Herausgeber',
  'listing.sources.column.figures': 'Angaben',
  'listing.sources.unknownDate': 'Unbekannt',
  'listing.sources.noPublisher': 'Nicht angegeben',

  'listing.metrics.title': 'Kennzahlen',
  'listing.metrics.description': 'Was jede Angabe zählt. Wir wägen nur Angaben derselben Kennzahl gegeneinander ab.',
  'listing.metrics.range': '{total, plural, one {# Kennzahl} other {# Kennzahlen}}, nach ID.',
  'listing.metrics.rangePaged': 'Kennzahlen {first, number}–{last, number} von {total, number}, nach ID.',
  'listing.metrics.pages': 'Seiten der Kennzahlen',
  'listing.metrics.caption': 'Kennzahlen {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Kennzahl',
  'listing.metrics.column.unit': 'Einheit',
  'listing.metrics.column.figures': 'Angaben',

  'listing.corrections.title': 'Korrekturen',
  'listing.corrections.description': 'Alle Korrekturen an den Faktenchecks von {site}, neueste zuerst.',
  'listing.corrections.range': '{total, plural, one {# Korrektur} other {# Korrekturen}}, neueste zuerst.',
  'listing.corrections.rangePaged': 'Korrekturen {first, number}–{last, number} von {total, number}, neueste zuerst.',
  'listing.corrections.pages': 'Seiten der Korrekturen',
  'listing.corrections.lede':
    'Alle Korrekturen, die wir an einem Faktencheck vorgenommen haben, neueste zuerst. Jede ist außerdem mit Datum am Ende des Faktenchecks vermerkt, den sie korrigiert. Unsere <policy>Korrekturrichtlinie</policy> legt fest, wann und wie wir korrigieren; unter <about>Über uns</about> steht, wie Sie uns auf einen Fehler hinweisen können.',
  'listing.corrections.empty': 'Bisher wurde kein Faktencheck korrigiert.',

  'sourcePage.type': 'Quelle',
  'sourcePage.untitled': 'Der archivierte Text hat keine Überschrift; dieser Titel ist unsere Beschreibung.',
  'sourcePage.publisher': 'Herausgeber',
  'sourcePage.author': 'Autor',
  'sourcePage.notShown': 'Im Text nicht angegeben',
  'sourcePage.published': 'Veröffentlicht',
  'sourcePage.unknownDate': 'Unbekannt',
  'sourcePage.original': 'Original',
  'sourcePage.archived': 'Archivierte Kopie',
  'sourcePage.note': 'Anmerkung der Redaktion',
  'sourcePage.figures': 'Angaben in dieser Quelle',
  'sourcePage.figuresCaption': '{count, plural, one {# Angabe} other {# Angaben}} in dieser Quelle, nach Datum',
  'sourcePage.noFigures': 'Diese Quelle enthält keine Angaben.',
  'sourcePage.claims': 'Faktenchecks, die sie verwenden',
  'sourcePage.text': 'Archivierter Text',
  'sourcePage.textNote':
    'Der Text, wie er archiviert wurde. Hervorgehobene Passagen sind die Zitate, auf denen die Angaben oben beruhen.',

  'metricPage.type': 'Kennzahl',
  'metricPage.unit': 'Einheit',
  'metricPage.kind': 'Art',
  'metricPage.cumulative': 'Fortlaufende Gesamtzahl: Spätere Werte können nicht niedriger sein',
  'metricPage.notCumulative': 'Keine fortlaufende Gesamtzahl',
  'metricPage.since': 'Gezählt seit',
  'metricPage.partOf': 'Teil von',
  'metricPage.parts': 'Umfasst',
  'metricPage.figures': 'Alle Angaben, nach Datum',
  'metricPage.inconsistencies': 'Angaben, die nicht alle zutreffen können',
  'metricPage.figuresCaption': '{count, plural, one {# Angabe} other {# Angaben}} zu dieser Kennzahl, älteste zuerst',
  'metricPage.noFigures': 'Noch nennt keine Quelle eine Angabe zu dieser Kennzahl.',
  'metricPage.claims': 'Faktenchecks dazu',

  'embedPage.claim.kicker': 'Faktencheck · {site}',
  'embedPage.claim.credit': 'Von {publisher}, <date></date>. {license}.',
  'embedPage.claim.link': 'Den vollständigen Faktencheck auf {site} lesen',
  'embedPage.metric.kicker': 'Kennzahl · {site}',
  'embedPage.metric.credit': 'Zusammengestellt von {publisher}. {license}.',
  'embedPage.metric.link': 'Alle Angaben und ihre Quellen auf {site}',
  'embedPage.valuesNote': 'Alle Werte stehen auf der vollständigen Seite.',

  'about.title': 'Über uns',
  'about.description': 'Wer {site} herausgibt, wie Sie uns erreichen und wie Sie eine Behauptung einreichen.',
  'about.publisherHeading': 'Wer diese Website herausgibt',
  'about.publisher':
    '{site} wird von <link>{publisher}</link> herausgegeben. Inhalte und Daten stehen unter {license}.',
  'about.howHeading': 'Wie wir arbeiten',
  'about.how.methodology':
    '<link>Methodik</link>: wie wir Angaben vergleichen, unsere Bewertungsskala und unsere Korrekturrichtlinie.',
  'about.how.corrections': '<link>Korrekturen</link>: alle Korrekturen, die wir vorgenommen haben, neueste zuerst.',
  'about.how.data':
    '<link>Daten</link>: alle Angaben und Faktenchecks als CSV und JSON, damit Sie unsere Arbeit überprüfen können.',
  'about.submitHeading': 'Eine Behauptung oder eine Korrektur einreichen',
  'about.submit.page':
    'Wenn Sie möchten, dass wir eine Behauptung prüfen, oder wenn Sie uns auf einen Fehler hinweisen wollen, nutzen Sie <link>unsere Einreichungsseite</link>.',
  'about.submit.repository':
    'Die Faktenchecks werden aus Dateien in <link>unserem Content-Repository</link> erstellt. Um die Prüfung einer Behauptung anzuregen oder eine Korrektur vorzuschlagen, eröffnen Sie dort ein Issue oder einen Pull Request.',
  'about.submit.none':
    'Diese Website hat weder ein Einreichungsformular noch eine öffentliche Repository-Adresse. Jeder Faktencheck wird aus einer Markdown-Datei in einem Content-Repository erstellt: Um eine Korrektur vorzuschlagen, senden Sie an dieses Repository einen Pull Request, der die Datei der Behauptung ändert und unter <code>corrections</code> einen datierten Eintrag hinzufügt, oder kontaktieren Sie uns wie unten angegeben.',
  'about.contactHeading': 'Kontakt',
  'about.contact': 'Sie erreichen {publisher} über <link>{url}</link>.',

  'searchPage.title': 'Suche',
  'searchPage.description': 'Faktenchecks, Quellen und Kennzahlen von {site} durchsuchen.',
  'searchPage.lede': 'Alle Faktenchecks, Quelltexte und Kennzahlen durchsuchen.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  'searchPage.filter.kind': 'Typ',
  'searchPage.filter.verdict': 'Bewertung',
  'searchPage.fallback':
    'Die Suche benötigt JavaScript. Ohne JavaScript können Sie <claims>alle Faktenchecks</claims>, <sources>alle Quellen</sources> oder <metrics>alle Kennzahlen</metrics> durchsehen.',

  'notFound.title': 'Seite nicht gefunden',
  'notFound.text': 'Unter dieser Adresse gibt es keine Seite. <link>Alle Faktenchecks ansehen</link>.',

  'dataPage.title': 'Daten herunterladen',
  'dataPage.description':
    'Alle Angaben und Faktenchecks von {site} als CSV und JSON, mit einer Erklärung jeder Spalte.',
  'dataPage.lede':
    'Alle Angaben und alle Faktenchecks dieser Website, als CSV für Tabellenkalkulationen und als JSON für Programmcode. Die Dateien werden mit der Website neu erstellt und stimmen daher immer mit den Seiten überein.',
  'dataPage.licenceHeading': 'Lizenz und Zitierweise',
  'dataPage.licence':
    'Die Daten werden wie die übrige Website von <link>{publisher}</link> unter <strong>{license}</strong> veröffentlicht. Nennen Sie uns als Quelle und verlinken Sie die verwendete Datei, zum Beispiel:',
  'dataPage.citationPattern':
    'Das Schema: Titel der Website, Herausgeber, Adresse der Datei und das Datum, an dem Sie sie heruntergeladen haben.',
  'dataPage.formatHeading': 'Wie die Dateien aufgebaut sind',
  'dataPage.format.csv':
    'CSV-Dateien sind in UTF-8 kodiert, durch Kommas getrennt und haben eine Kopfzeile mit den Spaltennamen; die Spalten stehen in der unten aufgeführten Reihenfolge. Eine leere Zelle bedeutet „keine“.',
  'dataPage.format.numbers':
    'Zahlen sind einfache Zahlen (<code>7000</code>, <code>-5</code>, <code>0.25</code>) ohne Tausendertrennzeichen. Eine Angabe, die die Quelle als ungefähr kennzeichnet, behält die genannten Zahlen; <code>approx</code> ist dann <code>true</code>.',
  'dataPage.format.dates':
    'Datumsangaben stehen in <edtf>EDTF</edtf>, wie im Inhalt geschrieben (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), jeweils mit dem ersten und dem letzten Tag, den sie bezeichnen können, in ISO 8601.',
  'dataPage.format.formulas':
    "Damit keine Tabellenkalkulation eine Zelle als Formel ausführt, beginnt eine Textzelle, die mit einem der Zeichen <code>= + - @</code>, einem Tabulator oder einem Wagenrücklauf anfängt, in der CSV-Datei mit einem einfachen Anführungszeichen (<code>''</code>). Zahlen werden nie verändert. Die JSON-Dateien geben Text genau so wieder, wie er geschrieben wurde.",
  'dataPage.format.json': 'JSON-Felder tragen die Namen der CSV-Spalten; ein fehlender Wert ist <code>null</code>.',
  'dataPage.figuresHeading': 'Alle Angaben',
  'dataPage.figures':
    '<file>figures.csv</file>: eine Zeile pro Angabe aus allen Quellen ({count, plural, one {# Zeile} other {# Zeilen}}), nach Datum, dann nach ID.',
  'dataPage.claimsHeading': 'Alle Faktenchecks',
  'dataPage.claims':
    '<file>claims.json</file>: ein Objekt mit den <header>Kopfdaten der Website</header> und <code>claims</code>, allen Faktenchecks ({count, number}), neueste zuerst, jeweils mit Bewertung, Angaben und wie sich jede Angabe auf die Behauptung bezieht.',
  'dataPage.eachClaimHeading': 'Einzelne Faktenchecks',
  'dataPage.eachClaim':
    'Eine CSV-Datei mit einer Zeile pro Angabe – zuerst die behauptete Angabe, dann die verglichenen Angaben nach Datum – und eine JSON-Datei mit den <header>Kopfdaten der Website</header> und dem <code>claim</code>, mit den Feldern von claims.json.',
  'dataPage.eachClaim.caption': 'Downloads der einzelnen Faktenchecks',
  'dataPage.eachClaim.column': 'Faktencheck',
  'dataPage.eachMetricHeading': 'Einzelne Kennzahlen',
  'dataPage.eachMetric':
    'Eine CSV-Datei mit den Angaben der Kennzahl, nach Datum, mit den Spalten von <figures>figures.csv</figures>, und eine JSON-Datei mit den <header>Kopfdaten der Website</header> und der <code>metric</code> mit ihren Angaben.',
  'dataPage.eachMetric.caption': 'Downloads der einzelnen Kennzahlen',
  'dataPage.eachMetric.column': 'Kennzahl',
  'dataPage.files': 'Dateien',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'Die Kopfdaten der JSON-Dateien',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'Methodik',
  'methodology.description':
    'Wie wir Behauptungen über Zahlen prüfen, unsere Bewertungsskala und unsere Korrekturrichtlinie.',
  'methodology.heading': 'So prüfen wir',
  'methodology.lede':
    'Jeder Faktencheck auf dieser Website wägt jede Zahl, die eine Behauptung nennt, gegen die Angaben ab, die andere Quellen zur selben Sache für ungefähr denselben Zeitpunkt machen. Wir zeigen jede Angabe, die wir verwendet haben, woher sie stammt und den genauen Wortlaut, dem sie entnommen ist.',

  'methodology.sourcesHeading': 'Quellen und Angaben',
  'methodology.sources':
    'Wir archivieren den Text jedes Dokuments, auf das wir uns stützen, und veröffentlichen ihn auf seiner <link>Quellenseite</link>. Jede Angabe, die wir einem Dokument entnehmen, wird mit dem genauen Zitat erfasst, in dem sie steht, und der Build-Prozess weist ein Zitat zurück, das im archivierten Text nicht vorkommt. Wir erfassen nur, was ein Text zeigt: Nennt ein Text kein Medium, keinen Autor oder kein Datum, vermerken wir, dass es nicht angegeben ist. Wo wir ein Datum erschließen – aus „gestern“ oder „am Mittwoch“ –, sagt die Seite das und wie.',
  'methodology.figures':
    'Eine Angabe ist eine beste Schätzung, eine Spanne oder eine Grenze. „Mehr als 7.000“ ist eine Untergrenze, „bis zu 40.000“ eine Obergrenze; „rund“, „etwa“ oder „fast“ kennzeichnen eine ungefähre Angabe. Datumsangaben behalten die Genauigkeit, die der Text angibt: ein Tag, ein Monat, ein Jahr oder ein Zeitraum, wenn nur dieser bekannt ist; wo der Text sich nicht festlegt, werden sie als ungefähr oder unsicher markiert.',

  'methodology.metricsHeading': 'Gleiches mit Gleichem',
  'methodology.metrics':
    'Jede Angabe zählt eine <link>Kennzahl</link>, deren Definition festlegt, was gezählt wird und was nicht. Getötete, Verwundete und Gesamtverluste sind getrennte Kennzahlen; ein Teil (Getötete) kann zum selben Datum nie größer sein als sein Ganzes (Getötete, Verwundete, Gefangene oder Vermisste), und eine fortlaufende Gesamtzahl kann nicht sinken.',

  'methodology.comparisonHeading': 'Wie Angaben verglichen werden',
  'methodology.comparison':
    'Claimline berechnet, wie sich jede verglichene Angabe zur behaupteten verhält, beschreibt das in einem Satz auf der Seite der Behauptung und zeichnet es auf der Zeitleiste ein. Die Regeln sind mechanisch, sodass jeder sie nachprüfen kann:',
  'methodology.rule.values':
    '<strong>Werte.</strong> Eine exakte Angabe ist eine einzelne Zahl; eine Spanne reicht von ihrem unteren bis zu ihrem oberen Ende; „mehr als“ hat keine Obergrenze und „bis zu“ keine Untergrenze. Eine ungefähre Angabe wird auf beiden Seiten um {tolerance, number} % jeder Grenze erweitert: „etwa 500“ lässt 450 bis 550 zu.',
  'methodology.rule.dates':
    '<strong>Datumsangaben.</strong> Ein Datum umfasst jeden Tag, den es bezeichnen kann: „März 2022“ ist der ganze März. Ein ungefähres oder unsicheres Datum wird auf jeder Seite um eine Einheit seiner Genauigkeit (einen Tag, einen Monat oder ein Jahr) erweitert, jedoch nie auf einen Zeitpunkt vor dem Beginn der Zählung der Kennzahl oder nach dem Tag, an dem seine Quelle veröffentlicht wurde. Zwei Angaben gelten als <em>zum selben Datum</em>, wenn jeder Tag, den eine von beiden bezeichnen kann, innerhalb des Zeitfensters der Kennzahl um die andere liegt – {window, plural, one {# Tag} other {# Tage}}, sofern die Kennzahl kein eigenes festlegt –, oder wenn eine Quelle beide mit demselben Datum nennt.',
  'methodology.rule.periods':
    '<strong>Zeiträume.</strong> Bei einer Kennzahl, die keine fortlaufende Gesamtzahl ist (ein Jahresdurchschnitt, eine Rate), ist ein Datum der Zeitraum, den der Wert beschreibt: Zwei Angaben für 2024 gelten für denselben Zeitraum, ebenso eine Angabe für Juni 2024 und eine für 2024. Sie werden als Angaben zum selben Datum verglichen. Ein ungefähres oder unsicheres Datum ist kein Zeitraum und folgt dem Zeitfenster. Bei einer fortlaufenden Gesamtzahl ist ein Datum der Tag, an dem gezählt wurde, und es gilt nur das Zeitfenster.',
  'methodology.rule.sameDate':
    '<strong>Gleiche Kennzahl, gleiches Datum.</strong> Überschneiden sich die Werte, <em>stimmt</em> die Schätzung mit der Behauptung <em>überein</em>; andernfalls <em>widerspricht</em> sie ihr, und der Satz gibt an, ob die Behauptung darüber oder darunter liegt und um wie viel. Ein Wert, der genau auf einer strikten Grenze liegt („mehr als 7.000“, „weniger als 100“), liegt außerhalb.',
  'methodology.rule.runningTotal':
    '<strong>Gleiche fortlaufende Gesamtzahl, unterschiedliche Daten.</strong> Eine Zählung, die nur wachsen kann, kann später nicht niedriger sein: Eine spätere Angabe, deren Obergrenze unter einer früheren Untergrenze liegt, widerspricht. Andernfalls ist die Angabe Kontext, vereinbar mit einer Zählung, die gewachsen ist.',
  'methodology.rule.parts':
    '<strong>Teile und Ganzes.</strong> Ein Teil (Getötete), der zum selben Datum über seinem Ganzen (Getötete und Verwundete) liegt – oder über einem später datierten Ganzen, das eine fortlaufende Gesamtzahl ist –, widerspricht. Andernfalls ist er Kontext.',
  'methodology.rule.oneEstimate':
    '<strong>Eine Schätzung, eine Zählung.</strong> Eine Schätzung, die mehrere Quellen wiedergeben (die Spanne der NATO, wie sie das NATO-Briefing selbst und die Meldung einer Nachrichtenagentur nennen), ist eine einzige Schätzung: Sie wird einmal verglichen, einmal eingezeichnet und einmal aufgeführt, mit jeder Quelle, die sie nennt. Ein weiterer Bericht über die behauptete Schätzung ist keine Überprüfung dieser Schätzung.',
  'methodology.rule.else':
    '<strong>Alles andere</strong> – eine andere Kennzahl, zeitlich zu weit auseinanderliegende oder zu ungenaue Daten – ist Kontext.',
  'methodology.overall':
    'Über alle verglichenen Angaben hinweg liegt die behauptete Zahl <em>innerhalb</em> von ihnen (jede Schätzung, die den Ausschlag gibt, stimmt überein), <em>darunter</em> oder <em>darüber</em> (jede widerspricht, auf dieser Seite), das Ergebnis ist <em>gemischt</em>, oder keine Schätzung lässt sich mit ihr vergleichen. Nennt eine Behauptung mehrere Zahlen („1.351 starben und 3.825 wurden verletzt“), wird jede für sich geprüft, anhand der Schätzungen ihrer eigenen Kennzahl; das Ergebnis für die Behauptung ist das, das alle gemeinsam haben, andernfalls gemischt, und eine Zahl, mit der sich nichts vergleichen lässt, zählt nicht. Die Redaktion kann eine Schätzung anders einordnen als die Regeln, aus Gründen, die der Faktencheck nennt; die Seite zeigt die Einordnung der Redaktion, ein eingeklappter Hinweis für Prüfende gibt die der Regeln an, und unser Prüfprogramm warnt vor der Veröffentlichung, wann immer eine Einschätzung oder eine Bewertung von der Berechnung abweicht. Das Prüfprogramm meldet außerdem Angaben einer Kennzahl, die nicht alle zutreffen können – eine fortlaufende Gesamtzahl, die sinkt, ein Teil über seinem Ganzen –, und jede Kennzahlseite führt sie auf.',

  'methodology.ratingsHeading': 'Unsere Bewertungsskala',
  'methodology.ratings':
    'Von der besten zur schlechtesten. Die Zahl ist der Wert, den wir im ClaimReview-Markup von schema.org veröffentlichen.',

  'methodology.correctionsHeading': 'Korrekturrichtlinie',
  'methodology.corrections':
    'Wenn uns ein Fehler unterläuft, korrigieren wir den Faktencheck, datieren die Korrektur und geben am Ende der Seite an, was sich geändert hat. Wir ändern eine Bewertung nie stillschweigend. Jede Korrektur wird außerdem, neueste zuerst, auf unserer <corrections>Korrekturseite</corrections> aufgeführt. Unter <about>Über uns</about> steht, wie Sie eine Korrektur vorschlagen oder eine Behauptung zur Prüfung einreichen können.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · logarithmische Skala',
  'chart.countStarts': 'Zählung ab {date}',

  'chart.point.estimate': '{by}: {value} {when}.',
  'chart.point.claimed': 'Behauptete Angabe – {by}: {value} {when}.',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {Keine Angaben eingezeichnet.} one {Eine Angabe, nach Datum eingezeichnet.} other {{panels, plural, =1 {{count, number} Angaben, nach Datum eingezeichnet.} other {{count, number} Angaben, nach Datum eingezeichnet in # Teilgrafiken, eine pro Kennzahl.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {{metric}: noch keine Schätzungen} one {{metric}: eine Schätzung, {lowest}} other {{metric}: # Schätzungen, von {lowest} bis {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'Noch nennt keine Quelle eine Angabe zu dieser Kennzahl.',

  'chart.sources': 'Quellen: {sources}.',
  'chart.source': '„{title}“',
  'chart.sourceWithEstimators': '„{title}“ ({estimators})',
  'chart.values.table': 'Alle Werte stehen in der Tabelle unter der Grafik.',
  'chart.values.fullPage': 'Alle Werte stehen auf der vollständigen Seite.',

  'chart.keys':
    'Mit den Pfeiltasten gelangen Sie in Datumsreihenfolge von Angabe zu Angabe, mit Pos1 und Ende zur ersten und zur letzten.',

  'chart.key': 'Legende',
  'chart.key.range': 'Balken mit Endstrichen: eine Spanne; Pfeil: „mehr als“ oder „bis zu“',
  'chart.key.span':
    'Linie zwischen Endstrichen: eine Angabe, die nur auf einen Zeitraum datiert ist (ein Kasten, wenn ihr Wert eine Spanne ist)',
  'chart.key.approx': 'Gestrichelter Ring oder gestrichelte Linie: eine ungefähre Angabe',
  'chart.callouts': 'Nummerierte Markierungen: {list}.',
  'chart.callout': '{number}: {label}',
  'chart.panelsLeftOut':
    '{count, plural, one {# weitere Kennzahl, nur als Kontext, steht} other {# weitere Kennzahlen, nur als Kontext, stehen}} auf der vollständigen Seite.',
  'chart.unlabelled':
    '{count, plural, one {# Angabe liegt} other {# Angaben liegen}} zu dicht an anderen, um in der Grafik beschriftet zu werden; alle Werte stehen in der Tabelle.',

  'chart.image.alt': 'Grafik: {metric} – {count, plural, one {die einzige Angabe} other {alle # Angaben}}, nach Datum.',
  'chart.image.tooMany':
    '{count, plural, one {# Angabe} other {# Angaben}} aus {sources, plural, one {# Quelle} other {# Quellen}}, zu viele, um sie auf dieser Seite darzustellen: <link>alle Angaben und ihre Quellen mit der interaktiven Grafik auf der Seite der Kennzahl „{metric}“</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'Behauptung ({claimant}, {date}): {claim}',
  'image.chart.verdict': 'Unsere Bewertung: {verdict}',
  'image.noFigures': 'Keine Schätzungen zum Darstellen.',
  'image.nothingToPlot': 'Noch nichts darzustellen.',
  'image.chartAlt': 'Grafik: {title}',

  'image.card.eyebrow': 'Faktencheck',
  'image.card.verdictHeading': 'Unsere Bewertung',
  'image.card.alt': 'Faktencheck einer Behauptung ({claimant}, {date}). Bewertung: {verdict}. Die Behauptung: {claim}',
  'image.card.title':
    '{site}: Faktencheck einer Behauptung ({claimant}, {date}). Bewertung: {verdict}. Die Behauptung: {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'Faktencheck · {site}',
  'embed.kicker.metric': 'Kennzahl · {site}',
  'embed.frameTitle.claim': 'Faktencheck: {title}',
  'embed.frameTitle.metric': 'Grafik: {metric}',
  'embed.credit.claim': 'Von {publisher}, {date}. {license}.',
  'embed.credit.metric': 'Zusammengestellt von {publisher}. {license}.',
  'embed.readMore.claim': 'Den vollständigen Faktencheck auf {site} lesen',
  'embed.readMore.metric': 'Alle Angaben und ihre Quellen auf {site}',

  'embed.fallback.verdict': 'Bewertung: {verdict}',
  'embed.fallback.claimLink': 'Auf {site} lesen: {title}',
  'embed.fallback.metricLink': '{metric}: alle Angaben auf {site}',

  'embed.box.summary': 'Diese Grafik einbetten',
  'embed.box.intro':
    'Fügen Sie diesen Code in Ihre Seite ein, um die Grafik auf Ihrer Website zu zeigen; sie wird mit dieser Seite aktualisiert und verlinkt auf sie. Das Skript passt die Größe des Rahmens an; ohne das Skript behält der Rahmen seine Anfangshöhe. Für eine dunkle Seite ändern Sie theme=light in theme=dark, oder in theme=auto, um der Einstellung der Leserinnen und Leser zu folgen. <preview>So sieht es aus</preview>.',
  'embed.box.code': 'Einbettungscode',
  'embed.box.copy': 'Kopieren',
  'embed.box.copied': 'Kopiert',
  'embed.box.selected': 'Ausgewählt: Zum Kopieren Strg+C drücken, auf dem Mac ⌘C',
  'embed.box.oembed':
    'Websites, die <link>oEmbed</link> auswerten, finden denselben Code allein anhand der Adresse dieser Seite.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict}: {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'Spalten von figures.csv und der CSV-Datei jeder Kennzahl',
  'downloads.table.claimCsvColumns': 'Spalten der CSV-Datei jedes Faktenchecks',
  'downloads.table.claimFields': 'Felder jeder Behauptung in claims.json und in der JSON-Datei jedes Faktenchecks',
  'downloads.table.relationFields': 'Felder jedes Objekts in den Relationen einer Behauptung',
  'downloads.table.metricFields': 'Felder der Kennzahl in der JSON-Datei jeder Kennzahl',
  'downloads.table.siteFields': 'Felder der Kopfdaten jeder JSON-Datei',

  'downloads.citation': '{title}, {publisher}, {url}, abgerufen am [Datum]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'In der Zeile der behaupteten Angabe leer',

  'downloads.figure.figure': 'ID der Angabe, auf der gesamten Website eindeutig',
  'downloads.figure.metric': 'ID der Kennzahl, die die Angabe zählt',
  'downloads.figure.metric_label': 'Was die Kennzahl zählt',
  'downloads.figure.unit': 'Einheit von value, low und high',
  'downloads.figure.value': 'Die beste Schätzung, eine Zahl; leer, wenn die Quelle nur Grenzen nennt',
  'downloads.figure.low': 'Untergrenze, eine Zahl: „mehr als“ oder der Anfang einer Spanne; leer, wenn es keine gibt',
  'downloads.figure.high': 'Obergrenze, eine Zahl: „bis zu“ oder das Ende einer Spanne; leer, wenn es keine gibt',
  'downloads.figure.approx':
    'true, wenn die Quelle sich nicht festlegt, etwa mit „ungefähr“ oder „rund“; der Vergleich erweitert die Angabe dann um 10 %',
  'downloads.figure.value_text': 'Die Angabe, wie die Seiten sie schreiben, in der Sprache der Website',
  'downloads.figure.as_of':
    'Datum, auf dessen Stand sich die Angabe bezieht, in EDTF wie geschrieben: ein Tag, Monat oder Jahr, ~ ungefähr, ? unsicher, / ein Intervall',
  'downloads.figure.as_of_start':
    'Erster Tag, den as_of bezeichnen kann, in ISO 8601 (UTC); ungefähre und unsichere Daten werden um eine Einheit erweitert, nie vor since der Kennzahl',
  'downloads.figure.as_of_end':
    'Letzter Tag, den as_of bezeichnen kann, ebenso gelesen, nie nach der Veröffentlichung der Quelle',
  'downloads.figure.date_note': 'Wie das Datum erschlossen wurde, wenn die Quelle es nicht nennt',
  'downloads.figure.by': 'Wer die Schätzung erstellt hat',
  'downloads.figure.quote': 'Der genaue Wortlaut der Quelle, der die Angabe nennt',
  'downloads.figure.note': 'Die Anmerkung der Redaktion dazu, wie die Angabe gelesen wurde',
  'downloads.figure.source': 'ID der Quelle, die sie nennt',
  'downloads.figure.source_title': 'Titel des Quelldokuments',
  'downloads.figure.source_url': 'Wo die Quelle veröffentlicht wurde, sofern bekannt',
  'downloads.figure.figure_url': 'Das Zitat, hervorgehoben im archivierten Text auf dieser Website',
  'downloads.figure.same_as':
    'ID der Angabe einer anderen Quelle, die dieselbe Schätzung nennt; leer, wenn es keine gibt',
  'downloads.figure.attribution':
    'Wie die Quelle die Schätzung dem in by Genannten zuschreibt, wenn sie es nicht direkt sagt (z. B. „wie die New York Times berichtet“); leer, wenn sie es direkt sagt',
  'downloads.figure.bound':
    'Wie der Text low und high formuliert: strict für „mehr als“ und „weniger als“, die die Grenze selbst ausschließen; inclusive für „mindestens“ und „bis zu“; leer, wenn nicht angegeben',

  'downloads.relation.figure': 'ID der verglichenen Angabe',
  'downloads.relation.relation':
    'Wie sie sich auf die Behauptung bezieht, so wie die Seite es zeigt: corroborates, angezeigt als „{agrees}“; contradicts, angezeigt als „{disagrees}“; oder context, angezeigt als „{context}“',
  'downloads.relation.computed_relation':
    'Die Relation, die die Vergleichsregeln berechnen; leer, wenn die Behauptung keine eigene Angabe nennt',
  'downloads.relation.basis':
    'Begründung: same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric oder same-estimate',
  'downloads.relation.stance':
    'Die Einschätzung der Redaktion, die die Seite statt der berechneten Relation zeigt; leer, wenn es keine gibt',
  'downloads.relation.direction':
    'Wo die behauptete Angabe im Verhältnis zu dieser liegt, wenn sie sich widersprechen: above (darüber) oder below (darunter)',
  'downloads.relation.sentence': 'Der Vergleich in Worten, wie die Seite der Behauptung ihn formuliert',
  'downloads.relation.same_estimate':
    'IDs der anderen verglichenen Angaben, die dieselbe Schätzung nennen (sameAs), durch Leerzeichen getrennt: Die Schätzung zählt nur einmal',
  'downloads.relation.claimed_figure':
    'ID der behaupteten Angabe, mit der diese verglichen wird, da eine Behauptung mehrere aufstellen kann; leer, wenn die Behauptung keine Angabe nennt',

  'downloads.claimCsv.claim': 'Slug des Faktenchecks',
  'downloads.claimCsv.claim_text': 'Die Behauptung in der geprüften Fassung',
  'downloads.claimCsv.verdict': 'ID der Bewertung',
  'downloads.claimCsv.verdict_label': 'Die Bewertung, wie die Seite sie zeigt',
  'downloads.claimCsv.role':
    'claimed: eine Angabe, die die Behauptung aufstellt, in den ersten Zeilen; compared: eine Angabe, die damit verglichen wird',

  'downloads.claim.slug': 'Slug des Faktenchecks: sein Dateiname',
  'downloads.claim.url': 'Die Seite des Faktenchecks',
  'downloads.claim.title': 'Überschrift des Faktenchecks',
  'downloads.claim.claim': 'Die Behauptung in der geprüften Fassung',
  'downloads.claim.claimant': 'Wer die Behauptung aufgestellt hat',
  'downloads.claim.claimant_type': 'person (Person) oder organization (Organisation)',
  'downloads.claim.claim_date': 'Wann die Behauptung aufgestellt wurde, EDTF wie geschrieben',
  'downloads.claim.claim_date_start': 'Erster Tag, den claim_date bezeichnen kann, in ISO 8601',
  'downloads.claim.claim_date_end': 'Letzter Tag, den claim_date bezeichnen kann, in ISO 8601',
  'downloads.claim.date_note': 'Wie das Datum der Behauptung erschlossen wurde, oder null',
  'downloads.claim.appearance': 'ID der Quelle, in der die Behauptung erschien',
  'downloads.claim.appearance_title': 'Titel dieser Quelle',
  'downloads.claim.appearance_url': 'Wo diese Quelle veröffentlicht wurde, oder null',
  'downloads.claim.verdict': 'ID der Bewertung',
  'downloads.claim.verdict_label': 'Die Bewertung, wie die Seite sie zeigt',
  'downloads.claim.verdict_value': 'Die Zahl der Bewertung auf der Skala; höher bedeutet zutreffender',
  'downloads.claim.summary': 'Das Fazit in einem Absatz',
  'downloads.claim.assessment':
    'Das berechnete Gesamtergebnis über alle verglichenen Angaben: within, above, below, mixed oder none',
  'downloads.claim.assessment_summary': 'Das berechnete Gesamtergebnis in Worten',
  'downloads.claim.published': 'Wann der Faktencheck veröffentlicht wurde, EDTF',
  'downloads.claim.updated': 'Seine letzte inhaltliche Aktualisierung, EDTF, oder null',
  'downloads.claim.author': 'Wer ihn geschrieben hat, oder null',
  'downloads.claim.tags': 'Themen-Schlagwörter',
  'downloads.claim.corrections': 'Datierte Korrekturen, älteste zuerst: Objekte mit date (EDTF) und text',
  'downloads.claim.figures':
    'Die behauptete Angabe, dann die verglichenen nach Datum: Objekte mit role und den Feldern von figures.csv',
  'downloads.claim.relations':
    'Wie sich jede verglichene Angabe auf die Behauptung bezieht, in derselben Reihenfolge: Objekte mit den unten aufgeführten Relationsfeldern',
  'downloads.claim.claimed_figures':
    'IDs der Angaben, die die Behauptung aufstellt, in der Reihenfolge der Behauptung: eine, mehrere oder keine',
  'downloads.claim.reviewer':
    'Wer den Faktencheck vor der Veröffentlichung gegengelesen hat; leer, wenn nicht angegeben',
  'downloads.claim.claimant_url':
    'Eine Seite des Urhebers der Behauptung (eigene Website oder Profil); leer, wenn nicht angegeben',
  'downloads.claim.language': 'Die Sprache, in der der Faktencheck verfasst ist (BCP 47)',

  'downloads.metric.id': 'ID der Kennzahl',
  'downloads.metric.url': 'Ihre Seite auf dieser Website',
  'downloads.metric.label': 'Was sie zählt',
  'downloads.metric.unit': 'Einheit aller Werte',
  'downloads.metric.definition': 'Was gezählt wird und was nicht',
  'downloads.metric.cumulative': 'true bei einer fortlaufenden Gesamtzahl, die nicht sinken kann',
  'downloads.metric.since': 'Beginn der Zählung in EDTF, oder null',
  'downloads.metric.window':
    'Wie viele Tage zwei Angaben auseinanderliegen dürfen, um noch als Angaben zum selben Datum zu gelten',
  'downloads.metric.part_of': 'IDs der Kennzahlen, von denen diese ein Teil ist',
  'downloads.metric.parts': 'IDs der Kennzahlen, die Teile dieser Kennzahl sind',
  'downloads.metric.figures':
    'Alle Angaben der Kennzahl, nach Datum, dann nach ID: Objekte mit den Feldern von figures.csv',

  'downloads.site.title': 'Titel der Website',
  'downloads.site.url': 'Ihre kanonische Adresse',
  'downloads.site.publisher': 'Wer sie herausgibt: ein Objekt mit name und url',
  'downloads.site.license': 'Lizenz der Inhalte und Daten',

  'downloads.example.metricLabel': 'Getötete russische Militärangehörige',
  'downloads.example.unit': 'Menschen',
  'downloads.example.valueText': 'etwa 7.000–15.000',
  'downloads.example.dateNote': 'Erschlossen aus „am Freitag“',
  'downloads.example.by': 'Russisches Verteidigungsministerium',
  'downloads.example.attribution': 'ein ranghoher NATO-Militärvertreter',
  'downloads.example.quote': 'Bislang sind 1.351 Soldaten ums Leben gekommen',
  'downloads.example.note': 'Die Überschrift rundet auf 1.400',
  'downloads.example.sourceTitle': 'Russland beziffert eigene Verluste in der Ukraine nun auf 1.400 Soldaten',
  'downloads.example.sentence':
    'NATO: 7.000–15.000 Menschen zwei Tage früher; das ist fünf bis elf Mal so hoch wie die behauptete Zahl von 1.351 Menschen.',
  'downloads.example.claimText': '1.351 Soldaten sind ums Leben gekommen',
  'downloads.example.verdictLabel': 'Untertrieben',
  'downloads.example.title': 'Russlands offizielle Zahl lag unter allen Schätzungen',
  'downloads.example.appearanceTitle': 'Russland erhöht seine Angabe',
  'downloads.example.summary': 'Die Zahl liegt unter allen Schätzungen.',
  'downloads.example.assessmentSummary':
    'Die behauptete Zahl von 1.351 Menschen liegt unter allen drei vergleichbaren Schätzungen.',
  'downloads.example.author': 'Beispielredaktion',
  'downloads.example.reviewer': 'Erika Mustermann',
  'downloads.example.tags': '["Verluste"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "Was sich geändert hat." }']`,
  'downloads.example.definition': 'Todesfälle unter Angehörigen der russischen Streitkräfte.',
  'downloads.example.siteTitle': 'Verluste im Überblick',
  'downloads.example.publisher': `'{ "name": "Beispielredaktion", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    '{laterBy}: {laterValue} {laterWhen}. Das ist weniger als eine frühere Angabe ({earlierBy}: {earlierValue} {earlierWhen}). Eine fortlaufende Gesamtzahl kann nur steigen.',
  'consistency.partExceedsWhole':
    '{partBy} zu „{part}“: {partValue} {partWhen}. Das ist mehr als die Angabe zu „{whole}“, einer Kennzahl, die diesen Teil einschließt ({wholeBy}: {wholeValue} {wholeWhen}).{others, plural, =0 {} one { Das ist auch mehr als eine weitere Schätzung dieser Gesamtzahl.} other { Das ist auch mehr als # weitere Schätzungen dieser Gesamtzahl.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'Faktencheck',
  'claim.translatedFrom': 'Übersetzung des Faktenchecks; das Original ist auf {language}: <link>Original lesen</link>.',
  'claim.translationStale':
    'Das Original wurde am {date} aktualisiert, nach dieser Übersetzung. <link>Lesen Sie das Original</link> für die aktuelle Fassung.',
  'claim.claimHeading': 'Die Behauptung',
  'claim.appearedIn': 'erschienen in <link>{title}</link>',
  'claim.verdictHeading': 'Bewertung',
  'claim.ratingMeaning': '{label}: {description} <link>Unsere Bewertungsskala</link>.',
  'claim.figuresHeading': 'Die Angaben im Vergleich',
  'claim.chartValuesNote':
    'Jede Schätzung ist unten unter „Die Schätzungen“ aufgeführt, mit Angaben dazu, wer sie erstellt hat und wo sie veröffentlicht wurde.',
  'claim.embedChart': 'Diese Grafik einbetten',
  'claim.embedFactCheck': 'Diesen Faktencheck einbetten',
  'claim.reasoningHeading': 'Unsere Begründung',
  'claim.estimatesHeading': 'Die Schätzungen',
  'claim.claimedCaption': '{claimed, plural, one {Die behauptete Angabe} other {Die # behaupteten Angaben}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, one {Die behauptete Angabe} other {Die # behaupteten Angaben}} und {count, plural, one {die Schätzung} other {die # Schätzungen}} im Vergleich} other {{count, plural, one {Die Schätzung} other {Die # Schätzungen}} im Vergleich mit der Behauptung}}',
  'claim.column.estimate': 'Schätzung',
  'claim.column.comparison': 'Vergleich',
  'claim.column.source': 'Quelle',
  'claim.claimedRow':
    '{claimed, plural, one {Die Angabe, um die es in diesem Faktencheck geht.} other {Eine der {claimedText} Angaben, um die es in diesem Faktencheck geht.}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {auch bei {publisher}: <link>{title}</link>} other {auch in <link>{title}</link>}}',
  'claim.noteLink': 'Anmerkung {number}',
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'Anmerkungen zu den Schätzungen und ihrer Datierung',
  'claim.reviewerNote':
    'Für Prüfende: Allein nach den Zahlen wäre die Schätzung ({by}) als „{computed}“ einzuordnen; die Redaktion ordnet sie als „{shown}“ ein, aus den in der Begründung genannten Gründen.',
  'claim.sourcesHeading': 'Verwendete Quellen',
  'claim.source.undated': 'undatiert',
  'claim.source.noPublisher': 'Herausgeber nicht angegeben',
  'claim.source.original': 'Original',
  'claim.source.archived': 'archivierte Kopie',
  'claim.correctionsHeading': 'Korrekturen',
  'claim.noCorrections': 'Keine Korrekturen.',
  'claim.aboutHeading': 'Über diesen Faktencheck',
  'claim.published': 'Veröffentlicht',
  'claim.updated': 'Zuletzt aktualisiert',
  'claim.author': 'Von',
  'claim.tags': 'Schlagwörter',
  'claim.edit': 'Diese Seite bearbeiten',
  'claim.history': 'Verlauf',
  'claim.transparency':
    'So arbeiten wir: <methodology>unsere Methodik</methodology> · <corrections>alle Korrekturen</corrections> · <about>über uns und wie Sie eine Behauptung oder eine Korrektur einreichen</about>.',
  'verdict.label': 'Bewertung:',
  'figures.column.figure': 'Angabe',
  'figures.column.metric': 'Was sie zählt',
  'figures.column.date': 'Stand',
  'figures.column.by': 'Geschätzt von',
  'figures.column.source': 'Quelle',
  'figures.inferred': 'Datum erschlossen',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}: {titlePunctuated, select, yes {„{title}“} other {„{title}“.}} In: {site}, {published}{hasUpdate, select, yes { (aktualisiert: {updated})} other {}}. {url}. Lizenz: {license}.',
  'cite.box.summary': 'Diesen Faktencheck zitieren',
  'cite.box.intro':
    'Kopieren Sie die Quellenangabe unten in Ihren Artikel oder Ihre Arbeit oder den BibTeX-Eintrag in Ihre Literaturverwaltung.',
  'cite.box.text': 'Quellenangabe',
  'cite.box.bibtex': 'BibTeX-Eintrag',
  'republish.box.summary': 'Diesen Faktencheck übernehmen',
  'republish.box.intro':
    'Um diesen Faktencheck unter seiner Lizenz ({license}) zu übernehmen, fügen Sie den HTML-Code unten in Ihre Seite ein. Behalten Sie die Herkunftsangabe und den Link auf diese Seite bei.',
  'republish.box.code': 'HTML-Code zum Übernehmen',
  'republish.claim': '<strong>Behauptung</strong> von {claimant}: „{claim}“',
  'republish.verdict': '<strong>Bewertung:</strong> {verdict}',
  'republish.readMore': 'Den vollständigen Faktencheck auf {site} lesen',
  'republish.credit':
    '{hasAuthor, select, yes {Von {author} für {publisher}} other {Von {publisher}}}, {published}. Übernommen unter der Lizenz {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'Themen',
  'topics.description': 'Alle Themen der Faktenchecks von {site}, jeweils mit der Zahl der Faktenchecks.',
  'topics.empty': 'Bisher ist kein Faktencheck einem Thema zugeordnet.',
  'archive.count': '{count, plural, one {# Faktencheck} other {# Faktenchecks}}',
  'claimants.title': 'Urheber der Behauptungen',
  'claimants.description':
    'Alle Personen und Organisationen, deren Behauptungen {site} geprüft hat, jeweils mit der Zahl der Faktenchecks.',
  'claimants.empty': 'Bisher wurde keine Behauptung geprüft.',

  'listing.topic.title': 'Thema: {label}',
  'listing.topic.description': 'Faktenchecks von {site} zum Thema „{label}“, neueste zuerst.',
  'listing.topic.range': '{total, plural, one {# Faktencheck} other {# Faktenchecks}} zu diesem Thema, neueste zuerst.',
  'listing.topic.rangePaged':
    'Faktenchecks {first, number}–{last, number} von {total, number} zu diesem Thema, neueste zuerst.',
  'listing.topic.pages': 'Seiten dieses Themas',
  'listing.claimant.title': 'Behauptungen von {label}',
  'listing.claimant.description': 'Alle Faktenchecks von {site} zu Behauptungen von {label}, neueste zuerst.',
  'listing.claimant.range':
    '{total, plural, one {# Faktencheck} other {# Faktenchecks}} zu diesen Behauptungen, neueste zuerst.',
  'listing.claimant.rangePaged':
    'Faktenchecks {first, number}–{last, number} von {total, number} zu diesen Behauptungen, neueste zuerst.',
  'listing.claimant.pages': 'Seiten der Faktenchecks zu diesen Behauptungen',
  'listing.verdict.title': 'Bewertung „{label}“',
  'listing.verdict.description': 'Alle Faktenchecks von {site} mit der Bewertung „{label}“, neueste zuerst.',
  'listing.verdict.range':
    '{total, plural, one {# Faktencheck} other {# Faktenchecks}} mit dieser Bewertung, neueste zuerst.',
  'listing.verdict.rangePaged':
    'Faktenchecks {first, number}–{last, number} von {total, number} mit dieser Bewertung, neueste zuerst.',
  'listing.verdict.pages': 'Seiten der Faktenchecks mit dieser Bewertung',

  'claimant.verdictsHeading': 'Unsere Bewertungen dieser Behauptungen',
  'claimant.verdictCount': '{verdict}: {count, plural, one {# Faktencheck} other {# Faktenchecks}}',
  'claimant.verdictsNote':
    'Das sind Zählungen, keine Gesamtnote: Wir prüfen Behauptungen, deren Prüfung sich lohnt, keine Stichprobe von allem, was gesagt wurde.',
  'claimant.website': '<link>Eigene Website</link>',
  'verdict.meaning': '{description} <link>Unsere Bewertungsskala</link>.',

  'archive.browseHeading': 'Faktenchecks durchstöbern',
  'archive.byVerdict': 'Nach Bewertung',
  'archive.browseLinks': 'Nach <topics>Thema</topics> oder nach <claimants>Urheber der Behauptung</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Gegengelesen von',
  'claim.verdictPage': 'Alle Faktenchecks mit der Bewertung „{label}“',
  'claim.draftBanner':
    'Entwurf – nicht veröffentlicht. Diese Seite gibt es nur in Vorschauen; auf der veröffentlichten Website findet sich keine Spur von ihr.',

  'searchPage.filter.topic': 'Thema',
  'searchPage.filter.claimant': 'Urheber der Behauptung',
  'searchPage.filter.year': 'Jahr der Veröffentlichung',

  'complaints.route':
    'Stellt Sie unsere Antwort auf eine Beschwerde nicht zufrieden, können Sie sich an eine weitere Stelle wenden: <link>wohin Sie eine Beschwerde weitertragen können</link>.',

  'feed.correctionTitle': 'Korrektur: {title}',
};
