import type { Catalog } from '../catalog.ts';

/** The French catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const fr: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'environ {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'plus de {low} et moins de {high}',
  'value.moreThan': 'plus de {low}',
  'value.atLeast': 'au moins {low}',
  'value.lessThan': 'moins de {high}',
  'value.upTo': 'au plus {high}',
  'value.withRange': '{value} (fourchette : {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': ', ',
  'punctuation.semicolon': ' ; ',
  'date.approximate': '{date} environ',
  'date.uncertain': '{date}, date incertaine',
  'date.approximateUncertain': '{date} environ, date incertaine',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {zéro} =1 {un} =2 {deux} =3 {trois} =4 {quatre} =5 {cinq} =6 {six} =7 {sept} =8 {huit} =9 {neuf} =10 {dix} =11 {onze} =12 {douze} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'Chiffre avancé',
  'role.corroborates': 'Corrobore',
  'role.contradicts': 'Contredit',
  'role.context': 'Contexte',
  'role.figure': 'Estimation',

  'when.sameDay': 'le même jour',
  'when.daysEarlier': '{days, plural, one {un jour plus tôt} other {{spelled} jours plus tôt}}',
  'when.daysLater': '{days, plural, one {un jour plus tard} other {{spelled} jours plus tard}}',
  'when.weeksEarlier': '{weeks, plural, one {une semaine plus tôt} other {{spelled} semaines plus tôt}}',
  'when.weeksLater': '{weeks, plural, one {une semaine plus tard} other {{spelled} semaines plus tard}}',
  'when.by': '{span, select, yes {(cumul, période : {date})} other {(cumul : {date})}}',
  'when.for': 'pour {date}',
  'when.on': 'le {date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase': '{wording, select, worded {le chiffre avancé, {value}} other {le chiffre avancé de {value}}}',

  'gap.times': '{low} à {high} fois',
  'gap.aboutTimes': 'environ {n} fois',
  'gap.moreThanTimes': 'plus de {n} fois',
  'gap.percent': 'au moins {ratio, number, percent} de plus que',
  'gap.just': 'à peine plus que',
  'gap.points':
    '{exact, select, yes {} other {au moins }}{n, plural, one {# point de pourcentage} many {# points de pourcentage} other {# points de pourcentage}} de plus que',
  'gap.above': 'plus que',

  'relation.matches': 'Selon {by}, le nombre s’élevait à {other} {when}, soit la même valeur que {claimed}.',
  'relation.includes':
    'Selon {by}, le nombre s’élevait à {other} {when}, {shape, select, range {une fourchette qui inclut} other {ce qui inclut}} {claimed}.',
  'relation.within': 'Selon {by}, le nombre s’élevait à {other} {when}, soit une valeur comprise dans {claimed}.',
  'relation.overlaps':
    'Selon {by}, le nombre s’élevait à {other} {when}, {shape, select, range {une fourchette qui recoupe} other {ce qui recoupe}} {claimed}.',
  'relation.higher': 'Selon {by}, le nombre s’élevait à {other} {when}, soit {gap} {claimed}.',
  'relation.lower':
    'Selon {by}, le nombre s’élevait à {other} {when} ; l’affirmation, {claimedValue}, représente {gap} ce chiffre.',
  'relation.totalTooLow':
    'Selon {by}, le nombre s’élevait à {other} {when} ; l’affirmation, {claimedValue}, avance donc un chiffre trop bas : un total cumulé ne peut qu’augmenter.',
  'relation.totalTooHigh':
    'Selon {by}, le nombre s’élevait à {other} {when} ; l’affirmation, {claimedValue}, avance donc un chiffre trop élevé : un total cumulé ne peut qu’augmenter.',
  'relation.totalGrewFrom':
    'Selon {by}, le nombre s’élevait à {other} {when}. Un total cumulé peut progresser jusqu’à ce niveau depuis {claimed} : cette estimation ne permet donc pas de vérifier l’affirmation.',
  'relation.totalGrewTo':
    'Selon {by}, le nombre s’élevait à {other} {when}. Un total cumulé peut progresser depuis ce niveau jusqu’à atteindre {claimed} : cette estimation ne permet donc pas de vérifier l’affirmation.',
  'relation.looseDates':
    'Selon {by}, le nombre s’élevait à {other} {when} ; les dates sont trop imprécises pour savoir si cette estimation précède ou suit {claimed}.',
  'relation.tooFarApart':
    'Selon {by}, le nombre s’élevait à {other} {when}, une date trop éloignée pour une comparaison avec {claimed}.',
  'relation.wholeBelowPart':
    'Selon {by}, l’indicateur « {otherMetric} » s’élevait à {other} {when}. Ce total comprend l’indicateur « {claimedMetric} » : il ne laisse donc aucune place pour {claimed}.',
  'relation.wholeAbovePart':
    'Selon {by}, l’indicateur « {otherMetric} » s’élevait à {other} {when}, ce qui laisse de la place pour {claimed}.',
  'relation.partAboveWhole':
    'Selon {by}, l’indicateur « {otherMetric} » s’élevait à lui seul à {other} {when}. Or il fait partie de l’indicateur « {claimedMetric} », et c’est déjà plus que {claimed}.',
  'relation.partBelowWhole':
    'Selon {by}, l’indicateur « {otherMetric} », qui fait partie de l’indicateur « {claimedMetric} », s’élevait à {other} {when}, ce qui reste compatible avec {claimed}.',
  'relation.differentMetric':
    'Selon {by}, l’indicateur « {otherMetric} » s’élevait à {other} {when}. C’est un autre indicateur que « {claimedMetric} » : cette estimation donne du contexte, mais ne permet pas de vérifier l’affirmation.',
  'relation.sameEstimate':
    'C’est l’estimation avancée elle-même, telle que rapportée par {by} : {other}. Elle ne peut pas se vérifier elle-même.',
  'relation.noClaimedFigure':
    'Selon {by}, le nombre s’élevait à {other} {when}. L’affirmation ne donne aucun chiffre auquel le comparer.',

  'summary.agrees':
    '{hasFigure, select, no {L’affirmation} other {Avec {claimed}, l’affirmation}} est corroborée par {count, plural, one {la seule estimation comparable} =2 {les deux estimations comparables} other {les {countText} estimations comparables}}.',
  'summary.below':
    '{hasFigure, select, no {L’affirmation} other {Avec {claimed}, l’affirmation}} se situe en dessous {count, plural, one {de la seule estimation comparable} =2 {des deux estimations comparables} other {des {countText} estimations comparables}}.',
  'summary.above':
    '{hasFigure, select, no {L’affirmation} other {Avec {claimed}, l’affirmation}} se situe au-dessus {count, plural, one {de la seule estimation comparable} =2 {des deux estimations comparables} other {des {countText} estimations comparables}}.',
  'summary.bothSides':
    '{hasFigure, select, no {L’affirmation} other {Avec {claimed}, l’affirmation}} est contredite par {count, plural, other {{countText} estimations comparables}} : certaines sont plus élevées, d’autres plus basses.',
  'summary.disagrees':
    '{hasFigure, select, no {L’affirmation} other {Avec {claimed}, l’affirmation}} est contredite par {count, plural, one {la seule estimation comparable} =2 {les deux estimations comparables} other {les {countText} estimations comparables}}.',
  'summary.mixed':
    '{hasFigure, select, no {L’affirmation} other {Avec {claimed}, l’affirmation}} est corroborée par {agree, plural, one {une estimation comparable} other {{agreeText} estimations comparables}} et contredite par {disagree, plural, one {une autre} other {{disagreeText} autres}}.',
  'summary.none':
    'Aucune estimation de nos sources ne peut être comparée avec {hasFigure, select, yes {le chiffre avancé de {claimed}} worded {le chiffre avancé, {claimed}} other {l’affirmation, qui ne donne aucun chiffre}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site} : vérifications',
  'layout.skipLink': 'Aller au contenu',
  'layout.languages': 'Langues',
  'layout.nav': 'Menu principal',
  'layout.nav.claims': 'Vérifications',
  'layout.nav.sources': 'Sources',
  'layout.nav.metrics': 'Indicateurs',
  'layout.nav.methodology': 'Méthodologie',
  'layout.nav.search': 'Recherche',
  'layout.footer.credit':
    'Publié par <link>{publisher}</link>. Contenus et données sous licence {license}. <methodology>Comment nous vérifions</methodology>.',
  'layout.footer.nav': 'À propos de ce site',
  'layout.footer.about': 'À propos',
  'layout.footer.corrections': 'Corrections',
  'layout.footer.data': 'Télécharger les données',
  'layout.footer.rss': 'Flux RSS',

  'pageNav.previous': 'Page précédente<hidden> de la liste</hidden>',
  'pageNav.next': 'Page suivante<hidden> de la liste</hidden>',
  'pageNav.page': 'Page {page, number}',

  'dataDownloads.line':
    'Télécharger les données : <csv>CSV</csv> · <json>JSON</json> (<columns>colonnes et licence</columns>)',

  'fieldTable.name': 'Nom',
  'fieldTable.meaning': 'Signification',
  'fieldTable.example': 'Exemple',
  'fieldTable.forExample': 'par exemple ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'Dernières vérifications',
  'home.archiveLink': '{count, plural, =1 {La vérification} other {Les # vérifications, par ordre antéchronologique}}',

  'listing.titlePaged': '{title}, page {page, number} sur {pages, number}',
  'listing.headingPaged': '· page {page, number} sur {pages, number}',

  'listing.claims.title': 'Vérifications',
  'listing.claims.description': 'Toutes les vérifications de {site}, par ordre antéchronologique.',
  'listing.claims.range': '{total, plural, one {# vérification} other {# vérifications}}, par ordre antéchronologique.',
  'listing.claims.rangePaged':
    'Vérifications {first, number}–{last, number} sur {total, number}, par ordre antéchronologique.',
  'listing.claims.pages': 'Pages des vérifications',

  'listing.sources.title': 'Sources',
  'listing.sources.description':
    'Tous les documents que nous avons examinés, avec les chiffres qu’ils rapportent et leur texte archivé.',
  'listing.sources.range':
    '{total, plural, one {# source} other {# sources}}, par ordre chronologique (sources non datées en dernier).',
  'listing.sources.rangePaged':
    'Sources {first, number}–{last, number} sur {total, number}, par ordre chronologique (sources non datées en dernier).',
  'listing.sources.pages': 'Pages des sources',
  'listing.sources.caption': 'Sources {first, number}–{last, number}',
  'listing.sources.column.title': 'Titre',
  'listing.sources.column.published': 'Publication',
  'listing.sources.column.publisher': 'Éditeur',
  'listing.sources.column.figures': 'Chiffres',
  'listing.sources.unknownDate': 'Inconnue',
  'listing.sources.noPublisher': 'Non indiqué',

  'listing.metrics.title': 'Indicateurs',
  'listing.metrics.description':
    'Ce que mesure chaque chiffre. Nous ne comparons entre eux que des chiffres d’un même indicateur.',
  'listing.metrics.range': '{total, plural, one {# indicateur} other {# indicateurs}}, par identifiant.',
  'listing.metrics.rangePaged': 'Indicateurs {first, number}–{last, number} sur {total, number}, par identifiant.',
  'listing.metrics.pages': 'Pages des indicateurs',
  'listing.metrics.caption': 'Indicateurs {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Indicateur',
  'listing.metrics.column.unit': 'Unité',
  'listing.metrics.column.figures': 'Chiffres',

  'listing.corrections.title': 'Corrections',
  'listing.corrections.description':
    'Toutes les corrections apportées aux vérifications de {site}, par ordre antéchronologique.',
  'listing.corrections.range':
    '{total, plural, one {# correction} other {# corrections}}, par ordre antéchronologique.',
  'listing.corrections.rangePaged':
    'Corrections {first, number}–{last, number} sur {total, number}, par ordre antéchronologique.',
  'listing.corrections.pages': 'Pages des corrections',
  'listing.corrections.lede':
    'Toutes les corrections que nous avons apportées à une vérification, par ordre antéchronologique. Chacune est aussi datée au bas de la vérification qu’elle corrige. Notre <policy>politique de correction</policy> précise quand et comment nous corrigeons ; la page <about>À propos</about> explique comment nous signaler une erreur.',
  'listing.corrections.empty': 'Aucune vérification n’a été corrigée à ce jour.',

  'sourcePage.type': 'Source',
  'sourcePage.untitled': 'Le texte archivé n’a pas de titre ; celui-ci est notre description du texte.',
  'sourcePage.publisher': 'Éditeur',
  'sourcePage.author': 'Auteur',
  'sourcePage.notShown': 'Non indiqué dans le texte',
  'sourcePage.published': 'Publication',
  'sourcePage.unknownDate': 'Inconnue',
  'sourcePage.original': 'Version originale',
  'sourcePage.archived': 'Copie archivée',
  'sourcePage.note': 'Note de la rédaction',
  'sourcePage.figures': 'Chiffres rapportés',
  'sourcePage.figuresCaption': '{count, plural, one {# chiffre} other {# chiffres}} dans cette source, par date',
  'sourcePage.noFigures': 'Cette source ne rapporte aucun chiffre.',
  'sourcePage.claims': 'Vérifications qui l’utilisent',
  'sourcePage.text': 'Texte archivé',
  'sourcePage.textNote':
    'Le texte tel qu’il a été archivé. Les passages surlignés sont les citations sur lesquelles repose chaque chiffre ci-dessus.',

  'metricPage.type': 'Indicateur',
  'metricPage.unit': 'Unité',
  'metricPage.kind': 'Nature',
  'metricPage.cumulative': 'Total cumulé : une valeur ultérieure ne peut pas être plus basse',
  'metricPage.notCumulative': 'Pas un total cumulé',
  'metricPage.since': 'Décompte depuis',
  'metricPage.partOf': 'Fait partie de',
  'metricPage.parts': 'Comprend',
  'metricPage.figures': 'Tous les chiffres, par date',
  'metricPage.inconsistencies': 'Chiffres qui ne peuvent pas tous être exacts',
  'metricPage.figuresCaption':
    '{count, plural, one {# chiffre} other {# chiffres}} de cet indicateur, par ordre chronologique',
  'metricPage.noFigures': 'Aucune source ne rapporte encore de chiffre pour cet indicateur.',
  'metricPage.claims': 'Vérifications portant sur cet indicateur',

  'embedPage.claim.kicker': 'Vérification · {site}',
  'embedPage.claim.credit': 'Par {publisher}, <date></date>. {license}.',
  'embedPage.claim.link': 'Lire la vérification complète sur {site}',
  'embedPage.metric.kicker': 'Indicateur · {site}',
  'embedPage.metric.credit': 'Données compilées par {publisher}. {license}.',
  'embedPage.metric.link': 'Voir chaque chiffre et sa source sur {site}',
  'embedPage.valuesNote': 'Toutes les valeurs figurent sur la page complète.',

  'about.title': 'À propos',
  'about.description': 'Qui publie {site}, comment nous joindre et comment soumettre une affirmation.',
  'about.publisherHeading': 'Qui publie ce site',
  'about.publisher':
    '{site} est publié par <link>{publisher}</link>. Les contenus et les données sont sous licence {license}.',
  'about.howHeading': 'Notre façon de travailler',
  'about.how.methodology':
    '<link>Méthodologie</link> : comment nous comparons les chiffres, notre échelle d’évaluation et notre politique de correction.',
  'about.how.corrections':
    '<link>Corrections</link> : toutes les corrections que nous avons apportées, par ordre antéchronologique.',
  'about.how.data':
    '<link>Données</link> : tous les chiffres et toutes les vérifications en CSV et en JSON, pour contrôler notre travail.',
  'about.submitHeading': 'Soumettre une affirmation ou une correction',
  'about.submit.page':
    'Pour nous demander de vérifier une affirmation ou pour nous signaler une erreur, utilisez <link>notre formulaire de soumission</link>.',
  'about.submit.repository':
    'Les vérifications sont générées à partir des fichiers de <link>notre dépôt de contenu</link>. Pour nous demander de vérifier une affirmation ou pour proposer une correction, ouvrez-y une issue ou une pull request.',
  'about.submit.none':
    'Ce site n’a ni formulaire de soumission ni adresse de dépôt public. Chaque vérification est générée à partir d’un fichier Markdown d’un dépôt de contenu : pour proposer une correction, envoyez à ce dépôt une pull request qui modifie le fichier de l’affirmation et ajoute une entrée datée sous <code>corrections</code>, ou contactez-nous comme indiqué ci-dessous.',
  'about.contactHeading': 'Contact',
  'about.contact': 'Pour joindre {publisher} : <link>{url}</link>.',

  'searchPage.title': 'Recherche',
  'searchPage.description': 'Rechercher dans les vérifications, les sources et les indicateurs de {site}.',
  'searchPage.lede': 'Rechercher dans toutes les vérifications, les textes des sources et les indicateurs.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind} : {verdict}',
  'searchPage.filter.kind': 'Type',
  'searchPage.filter.verdict': 'Verdict',
  'searchPage.fallback':
    'La recherche nécessite JavaScript. Sans JavaScript, parcourez <claims>toutes les vérifications</claims>, <sources>toutes les sources</sources> ou <metrics>tous les indicateurs</metrics>.',

  'notFound.title': 'Page introuvable',
  'notFound.text': 'Il n’y a aucune page à cette adresse. <link>Voir toutes les vérifications</link>.',

  'dataPage.title': 'Télécharger les données',
  'dataPage.description':
    'Tous les chiffres et toutes les vérifications de {site} en CSV et en JSON, avec l’explication de chaque colonne.',
  'dataPage.lede':
    'Tous les chiffres et toutes les vérifications de ce site, en CSV pour les tableurs et en JSON pour le code. Les fichiers sont régénérés avec le site : ils correspondent donc toujours aux pages.',
  'dataPage.licenceHeading': 'Licence et citation',
  'dataPage.licence':
    'Les données sont publiées par <link>{publisher}</link> sous licence <strong>{license}</strong>, comme le reste du site. Citez-nous et donnez le lien du fichier utilisé, par exemple :',
  'dataPage.citationPattern':
    'Le modèle : titre du site, éditeur, adresse du fichier et date à laquelle vous l’avez téléchargé.',
  'dataPage.formatHeading': 'Format des fichiers',
  'dataPage.format.csv':
    'Les fichiers CSV sont encodés en UTF-8, séparés par des virgules, avec une ligne d’en-tête qui donne les noms des colonnes ; les colonnes suivent l’ordre indiqué ci-dessous. Une cellule vide signifie « aucune valeur ».',
  'dataPage.format.numbers':
    'Les nombres sont écrits sans mise en forme (<code>7000</code>, <code>-5</code>, <code>0.25</code>), sans séparateur de milliers. Un chiffre que la source donne comme approximatif conserve les nombres indiqués, avec <code>approx</code> à <code>true</code>.',
  'dataPage.format.dates':
    'Les dates sont en <edtf>EDTF</edtf>, telles qu’elles sont écrites dans le contenu (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), chacune avec le premier et le dernier jour qu’elle peut désigner, en ISO 8601.',
  'dataPage.format.formulas':
    "Pour qu’aucun tableur n’exécute une cellule comme une formule, une cellule de texte qui commence par l’un des caractères <code>= + - @</code>, par une tabulation ou par un retour chariot commence par une apostrophe droite (<code>''</code>) dans le CSV. Les nombres ne sont jamais modifiés. Les fichiers JSON conservent le texte exactement tel qu’il est écrit.",
  'dataPage.format.json':
    'Les champs JSON portent les noms des colonnes CSV ; une valeur absente vaut <code>null</code>.',
  'dataPage.figuresHeading': 'Tous les chiffres',
  'dataPage.figures':
    '<file>figures.csv</file> : une ligne par chiffre de chaque source ({count, plural, one {# ligne} other {# lignes}}), par date puis par identifiant.',
  'dataPage.claimsHeading': 'Toutes les vérifications',
  'dataPage.claims':
    '<file>claims.json</file> : un objet contenant l’<header>en-tête du site</header> et <code>claims</code>, soit toutes les vérifications ({count, number}), par ordre antéchronologique, avec leur verdict, leurs chiffres et la façon dont chacun se rapporte à l’affirmation.',
  'dataPage.eachClaimHeading': 'Chaque vérification',
  'dataPage.eachClaim':
    'Un CSV avec une ligne par chiffre — le chiffre avancé d’abord, puis les chiffres comparés par date — et un fichier JSON contenant l’<header>en-tête du site</header> et l’objet <code>claim</code>, avec les champs de claims.json.',
  'dataPage.eachClaim.caption': 'Téléchargements de chaque vérification',
  'dataPage.eachClaim.column': 'Vérification',
  'dataPage.eachMetricHeading': 'Chaque indicateur',
  'dataPage.eachMetric':
    'Un CSV des chiffres de l’indicateur, par date, avec les colonnes de <figures>figures.csv</figures>, et un fichier JSON contenant l’<header>en-tête du site</header> et l’objet <code>metric</code> avec ses chiffres.',
  'dataPage.eachMetric.caption': 'Téléchargements de chaque indicateur',
  'dataPage.eachMetric.column': 'Indicateur',
  'dataPage.files': 'Fichiers',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'L’en-tête du site dans les fichiers JSON',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'Méthodologie',
  'methodology.description':
    'Comment nous vérifions les affirmations chiffrées, notre échelle d’évaluation et notre politique de correction.',
  'methodology.heading': 'Comment nous vérifions',
  'methodology.lede':
    'Chaque vérification de ce site confronte chaque nombre qu’avance une affirmation aux chiffres que d’autres sources rapportent pour la même chose, à peu près à la même date. Nous montrons chaque chiffre utilisé, sa provenance et les mots exacts dont il est tiré.',

  'methodology.sourcesHeading': 'Sources et chiffres',
  'methodology.sources':
    'Nous archivons le texte de chaque document sur lequel nous nous appuyons et le publions sur sa <link>page source</link>. Chaque chiffre tiré d’un document est enregistré avec la citation exacte qui l’énonce, et la génération du site refuse toute citation absente du texte archivé. Nous n’enregistrons que ce que montre un texte : lorsqu’un texte n’indique ni média, ni auteur, ni date, nous précisons que l’information n’est pas indiquée. Lorsque nous déduisons une date — à partir d’« hier » ou de « mercredi » —, la page le signale et explique comment.',
  'methodology.figures':
    'Un chiffre est une meilleure estimation, une fourchette ou une borne. « Plus de 7 000 » est une borne inférieure ; « jusqu’à 40 000 », une borne supérieure ; « environ », « à peu près » ou « presque » signalent un chiffre approximatif. Les dates sont conservées à la précision que donne le texte : un jour, un mois, une année, ou une période lorsque seule celle-ci est connue, et elles sont signalées comme approximatives ou incertaines lorsque le texte exprime une réserve.',

  'methodology.metricsHeading': 'Comparer ce qui est comparable',
  'methodology.metrics':
    'Chaque chiffre mesure un seul <link>indicateur</link>, dont la définition précise ce qui est compté et ce qui ne l’est pas. Les tués, les blessés et les pertes totales sont des indicateurs distincts ; une partie (les tués) ne peut jamais dépasser son tout (tués, blessés, capturés ou disparus) à la même date, et un total cumulé ne peut pas baisser.',

  'methodology.comparisonHeading': 'Comment les chiffres sont comparés',
  'methodology.comparison':
    'Claimline calcule comment chaque chiffre comparé se rapporte au chiffre avancé, l’énonce dans une phrase sur la page de la vérification et le représente sur la frise chronologique. Les règles sont mécaniques, pour que chacun puisse les contrôler :',
  'methodology.rule.values':
    '<strong>Valeurs.</strong> Un chiffre exact est un nombre unique ; une fourchette va de sa borne basse à sa borne haute ; « plus de » n’a pas de borne supérieure, et « jusqu’à » pas de borne inférieure. Un chiffre approximatif est élargi de {tolerance, number} % de chaque borne, des deux côtés : « environ 500 » couvre de 450 à 550.',
  'methodology.rule.dates':
    '<strong>Dates.</strong> Une date couvre chaque jour qu’elle peut désigner : « mars 2022 » couvre tout le mois de mars. Une date approximative ou incertaine est élargie d’une unité de sa précision (un jour, un mois ou une année) de chaque côté, mais jamais avant le début du décompte de l’indicateur, ni après le jour de publication de sa source. Deux chiffres sont <em>à la même date</em> lorsque chaque jour que l’un ou l’autre peut désigner se situe dans la fenêtre de l’indicateur autour de l’autre — {window, plural, one {# jour} other {# jours}}, sauf si l’indicateur fixe sa propre fenêtre — ou lorsqu’une même source donne les deux à la même date.',
  'methodology.rule.periods':
    '<strong>Périodes.</strong> Pour un indicateur qui n’est pas un total cumulé (une moyenne annuelle, un taux), une date est la période que décrit la valeur : deux chiffres pour 2024 portent sur la même période, de même qu’un chiffre pour juin 2024 et un chiffre pour 2024. Ils sont comparés comme étant à la même date. Une date approximative ou incertaine n’est pas une période et suit la règle de la fenêtre. Pour un total cumulé, une date est le jour où le décompte a été fait, et seule la fenêtre s’applique.',
  'methodology.rule.sameDate':
    '<strong>Même indicateur, même date.</strong> Si les valeurs se recoupent, l’estimation <em>corrobore</em> l’affirmation ; sinon, elle la <em>contredit</em>, et la phrase indique si l’affirmation se situe au-dessus ou en dessous de l’estimation, et de combien. Une valeur égale à une borne stricte (« plus de 7 000 », « moins de 100 ») se situe en dehors de celle-ci.',
  'methodology.rule.runningTotal':
    '<strong>Même total cumulé, dates différentes.</strong> Un décompte qui ne peut que croître ne peut pas être plus bas plus tard : un chiffre ultérieur dont la borne supérieure est inférieure à la borne inférieure d’un chiffre antérieur contredit ce dernier. Sinon, le chiffre relève du contexte : il est compatible avec un décompte qui a augmenté.',
  'methodology.rule.parts':
    '<strong>Parties et tout.</strong> Une partie (les tués) supérieure à son tout (tués et blessés) à la même date — ou supérieure à un tout cumulé daté plus tard — contredit ce tout. Sinon, elle relève du contexte.',
  'methodology.rule.oneEstimate':
    '<strong>Une estimation, un seul décompte.</strong> Une estimation rapportée par plusieurs sources (la fourchette de l’OTAN, telle que la rapportent le briefing de l’OTAN lui-même et une dépêche d’agence) est une seule estimation : elle est comparée une fois, représentée une fois et listée une fois, avec toutes les sources qui la rapportent. Un autre compte rendu de l’estimation avancée ne permet pas de la vérifier.',
  'methodology.rule.else':
    '<strong>Tout le reste</strong> — un autre indicateur, des dates trop éloignées ou trop imprécises — relève du contexte.',
  'methodology.overall':
    'Sur l’ensemble des chiffres comparés, le nombre avancé est <em>cohérent</em> avec eux (toutes les estimations déterminantes le corroborent), <em>inférieur</em> ou <em>supérieur</em> à eux (toutes le contredisent, du même côté), <em>mitigé</em>, ou aucune estimation ne peut lui être comparée. Une affirmation qui avance plusieurs nombres (« 1 351 morts et 3 825 blessés ») voit chacun d’eux vérifié séparément, par rapport aux estimations de son propre indicateur ; la lecture de l’affirmation est celle qu’ils partagent, ou mitigée, et un nombre auquel rien ne peut être comparé ne compte pas. La rédaction peut interpréter une estimation autrement que les règles, pour des raisons que la vérification expose ; la page affiche l’interprétation de la rédaction, une note repliée destinée aux relecteurs donne celle des règles, et notre outil de contrôle avertit avant publication chaque fois qu’une position ou un verdict s’écarte du calcul. L’outil de contrôle signale aussi les chiffres d’un même indicateur qui ne peuvent pas tous être exacts — un total cumulé qui baisse, une partie supérieure à son tout — et chaque page d’indicateur les liste.',

  'methodology.ratingsHeading': 'Notre échelle d’évaluation',
  'methodology.ratings':
    'De la meilleure à la pire. Le nombre est la valeur que nous publions dans le balisage ClaimReview de schema.org.',

  'methodology.correctionsHeading': 'Politique de correction',
  'methodology.corrections':
    'Lorsque nous nous trompons, nous corrigeons la vérification, datons la correction et indiquons ce qui a changé au bas de la page. Nous ne modifions jamais un verdict sans le signaler. Chaque correction figure aussi, par ordre antéchronologique, sur notre <corrections>page des corrections</corrections>. La page <about>À propos</about> explique comment proposer une correction ou soumettre une affirmation à vérifier.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · échelle logarithmique',
  'chart.countStarts': 'Début du décompte : {date}',

  'chart.point.estimate': 'Selon {by}, le nombre s’élevait à {value} {when}.',
  'chart.point.claimed': 'Chiffre avancé : {value} {when}, selon {by}.',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {Aucun chiffre n’est représenté.} one {Un chiffre, représenté par date.} other {{panels, plural, =1 {{count, number} chiffres, représentés par date.} other {{count, number} chiffres, représentés par date dans # graphiques, un par indicateur.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {{metric} : aucune estimation pour l’instant} one {{metric} : une seule estimation, {lowest}} other {{metric} : # estimations, entre {lowest} et {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'Aucune source ne rapporte encore de chiffre pour cet indicateur.',

  'chart.sources': 'Sources : {sources}.',
  'chart.source': '« {title} »',
  'chart.sourceWithEstimators': '« {title} » ({estimators})',
  'chart.values.table': 'Toutes les valeurs figurent dans le tableau sous le graphique.',
  'chart.values.fullPage': 'Toutes les valeurs figurent sur la page complète.',

  'chart.keys':
    'Utilisez les touches fléchées pour passer d’un chiffre à l’autre par ordre chronologique, et les touches Début et Fin pour aller au premier et au dernier.',

  'chart.key': 'Légende',
  'chart.key.range': 'Barre à extrémités : une fourchette ; flèche : « plus de » ou « au plus »',
  'chart.key.span':
    'Segment entre deux traits : un chiffre daté seulement par une période (un rectangle si sa valeur est une fourchette)',
  'chart.key.approx': 'Cercle ou trait en pointillés : un chiffre approximatif',
  'chart.callouts': 'Repères numérotés : {list}.',
  'chart.callout': '{number} : {label}',
  'chart.panelsLeftOut':
    '{count, plural, one {# autre indicateur, donné pour le contexte seulement, figure} other {# autres indicateurs, donnés pour le contexte seulement, figurent}} sur la page complète.',
  'chart.unlabelled':
    '{count, plural, one {# chiffre est trop proche d’autres pour être étiqueté} other {# chiffres sont trop proches d’autres pour être étiquetés}} sur le graphique ; toutes les valeurs figurent dans le tableau.',

  'chart.image.alt':
    'Graphique : {count, plural, one {l’unique chiffre} other {les # chiffres}} de l’indicateur « {metric} », par date.',
  'chart.image.tooMany':
    '{count, plural, one {# chiffre issu} other {# chiffres issus}} de {sources, plural, one {# source} other {# sources}}, trop nombreux pour être représentés dans cette page : <link>tous les chiffres et leur source, avec le graphique interactif, sur la page de l’indicateur « {metric} »</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'Affirmation faite par {claimant}, {date} : {claim}',
  'image.chart.verdict': 'Notre verdict : {verdict}',
  'image.noFigures': 'Aucune estimation à représenter.',
  'image.nothingToPlot': 'Rien à représenter pour l’instant.',
  'image.chartAlt': 'Graphique : {title}',

  'image.card.eyebrow': 'Vérification',
  'image.card.verdictHeading': 'Notre verdict',
  'image.card.alt':
    'Vérification d’une affirmation faite par {claimant}, {date}. Verdict : {verdict}. L’affirmation : {claim}',
  'image.card.title':
    '{site} : vérification d’une affirmation faite par {claimant}, {date}. Verdict : {verdict}. L’affirmation : {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'Vérification · {site}',
  'embed.kicker.metric': 'Indicateur · {site}',
  'embed.frameTitle.claim': 'Vérification : {title}',
  'embed.frameTitle.metric': 'Graphique : {metric}',
  'embed.credit.claim': 'Par {publisher}, {date}. {license}.',
  'embed.credit.metric': 'Données compilées par {publisher}. {license}.',
  'embed.readMore.claim': 'Lire la vérification complète sur {site}',
  'embed.readMore.metric': 'Voir chaque chiffre et sa source sur {site}',

  'embed.fallback.verdict': 'Verdict : {verdict}',
  'embed.fallback.claimLink': 'À lire sur {site} : {title}',
  'embed.fallback.metricLink': 'Voir tous les chiffres de l’indicateur « {metric} » sur {site}',

  'embed.box.summary': 'Intégrer ce graphique',
  'embed.box.intro':
    'Collez ce code dans votre page pour afficher ce contenu sur votre site ; il se met à jour avec cette page et renvoie vers elle. Le script adapte la taille du cadre à son contenu ; sans lui, le cadre garde sa hauteur de départ. Pour une page sombre, remplacez theme=light par theme=dark, ou par theme=auto pour suivre le réglage du lecteur. <preview>Voir le rendu</preview>.',
  'embed.box.code': 'Code d’intégration',
  'embed.box.copy': 'Copier',
  'embed.box.copied': 'Copié',
  'embed.box.selected': 'Sélectionné : appuyez sur Ctrl+C, ou sur ⌘C sur un Mac, pour copier',
  'embed.box.oembed':
    'Les sites qui lisent <link>oEmbed</link> trouvent le même code à partir de la seule adresse de cette page.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict} : {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'Colonnes de figures.csv et du CSV de chaque indicateur',
  'downloads.table.claimCsvColumns': 'Colonnes du CSV de chaque vérification',
  'downloads.table.claimFields': 'Champs de chaque affirmation dans claims.json et dans le JSON de chaque vérification',
  'downloads.table.relationFields': 'Champs de chaque objet des relations d’une affirmation',
  'downloads.table.metricFields': 'Champs de l’indicateur dans le JSON de chaque indicateur',
  'downloads.table.siteFields': 'Champs de l’en-tête du site de chaque fichier JSON',

  'downloads.citation': '{title}, {publisher}, {url}, consulté le [date]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'Vide sur la ligne du chiffre avancé',

  'downloads.figure.figure': 'Identifiant du chiffre, unique sur l’ensemble du site',
  'downloads.figure.metric': 'Identifiant de l’indicateur que mesure le chiffre',
  'downloads.figure.metric_label': 'Ce que mesure l’indicateur',
  'downloads.figure.unit': 'Unité de value, low et high',
  'downloads.figure.value': 'La meilleure estimation, un nombre ; vide lorsque la source ne donne que des bornes',
  'downloads.figure.low':
    'Borne inférieure, un nombre : « plus de », ou le début d’une fourchette ; vide s’il n’y en a pas',
  'downloads.figure.high':
    'Borne supérieure, un nombre : « jusqu’à », ou la fin d’une fourchette ; vide s’il n’y en a pas',
  'downloads.figure.approx':
    'true lorsque la source reste approximative, comme avec « environ » ou « à peu près » ; la comparaison élargit alors le chiffre de 10 %',
  'downloads.figure.value_text': 'Le chiffre tel que les pages l’écrivent, dans la langue du site',
  'downloads.figure.as_of':
    'Date à laquelle se rapporte le chiffre, en EDTF telle qu’écrite : un jour, un mois ou une année ; ~ approximative, ? incertaine, / un intervalle',
  'downloads.figure.as_of_start':
    'Premier jour que as_of peut désigner, en ISO 8601 (UTC) ; les dates approximatives et incertaines sont élargies d’une unité, jamais avant le since de l’indicateur',
  'downloads.figure.as_of_end':
    'Dernier jour que as_of peut désigner, lu de la même façon, jamais après la publication de la source',
  'downloads.figure.date_note': 'Comment la date a été déduite lorsque la source ne l’indique pas',
  'downloads.figure.by': 'Auteur de l’estimation',
  'downloads.figure.quote': 'Les mots exacts de la source qui énoncent le chiffre',
  'downloads.figure.note': 'La note de la rédaction sur la lecture du chiffre',
  'downloads.figure.source': 'Identifiant de la source qui le rapporte',
  'downloads.figure.source_title': 'Titre du document source',
  'downloads.figure.source_url': 'Adresse où la source a été publiée, si elle est connue',
  'downloads.figure.figure_url': 'La citation, surlignée dans le texte archivé sur ce site',
  'downloads.figure.same_as':
    'Identifiant du chiffre d’une autre source qui rapporte la même estimation ; vide s’il n’y en a pas',
  'downloads.figure.attribution':
    'Comment la source attribue l’estimation à « by », lorsqu’elle ne le dit pas clairement (p. ex. « cité par le New York Times ») ; vide lorsqu’elle le dit clairement',
  'downloads.figure.bound':
    'Comment le texte formule low et high : strict pour « plus de » et « moins de », qui excluent la borne elle-même ; inclusive pour « au moins » et « jusqu’à » ; vide si rien n’est précisé',

  'downloads.relation.figure': 'Identifiant du chiffre comparé',
  'downloads.relation.relation':
    'Comment il se rapporte à l’affirmation, tel que la page l’affiche : corroborates, affiché « {agrees} » ; contradicts, affiché « {disagrees} » ; ou context, affiché « {context} »',
  'downloads.relation.computed_relation':
    'La relation que calculent les règles de comparaison ; vide lorsque l’affirmation n’avance aucun chiffre',
  'downloads.relation.basis':
    'Le motif : same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric ou same-estimate',
  'downloads.relation.stance':
    'La position de la rédaction, que la page affiche à la place de la relation calculée ; vide s’il n’y en a pas',
  'downloads.relation.direction':
    'Position du chiffre avancé par rapport à celui-ci lorsqu’ils se contredisent : above (au-dessus) ou below (en dessous)',
  'downloads.relation.sentence': 'La comparaison en toutes lettres, telle que l’écrit la page de la vérification',
  'downloads.relation.same_estimate':
    'Identifiants des autres chiffres comparés qui rapportent la même estimation (sameAs), séparés par des espaces : l’estimation ne compte qu’une fois',
  'downloads.relation.claimed_figure':
    'Identifiant du chiffre avancé auquel celui-ci est comparé, une affirmation pouvant en avancer plusieurs ; vide lorsque l’affirmation n’avance aucun chiffre',

  'downloads.claimCsv.claim': 'Slug de la vérification',
  'downloads.claimCsv.claim_text': 'L’affirmation telle qu’examinée',
  'downloads.claimCsv.verdict': 'Identifiant de l’évaluation',
  'downloads.claimCsv.verdict_label': 'L’évaluation telle que la page l’affiche',
  'downloads.claimCsv.role':
    'claimed : un chiffre que l’affirmation avance, sur les premières lignes ; compared : un chiffre qui lui est comparé',

  'downloads.claim.slug': 'Slug de la vérification : le nom de son fichier',
  'downloads.claim.url': 'La page de la vérification',
  'downloads.claim.title': 'Titre de la vérification',
  'downloads.claim.claim': 'L’affirmation telle qu’examinée',
  'downloads.claim.claimant': 'Auteur de l’affirmation',
  'downloads.claim.claimant_type': 'person (personne) ou organization (organisation)',
  'downloads.claim.claim_date': 'Date de l’affirmation, en EDTF telle qu’écrite',
  'downloads.claim.claim_date_start': 'Premier jour que claim_date peut désigner, en ISO 8601',
  'downloads.claim.claim_date_end': 'Dernier jour que claim_date peut désigner, en ISO 8601',
  'downloads.claim.date_note': 'Comment la date de l’affirmation a été déduite, ou null',
  'downloads.claim.appearance': 'Identifiant de la source où l’affirmation est parue',
  'downloads.claim.appearance_title': 'Titre de cette source',
  'downloads.claim.appearance_url': 'Adresse où cette source a été publiée, ou null',
  'downloads.claim.verdict': 'Identifiant de l’évaluation',
  'downloads.claim.verdict_label': 'L’évaluation telle que la page l’affiche',
  'downloads.claim.verdict_value':
    'Le nombre de l’évaluation sur l’échelle ; plus il est élevé, plus l’affirmation est exacte',
  'downloads.claim.summary': 'La conclusion en un paragraphe',
  'downloads.claim.assessment':
    'L’appréciation calculée sur l’ensemble des chiffres comparés : within, above, below, mixed ou none',
  'downloads.claim.assessment_summary': 'L’appréciation calculée, en toutes lettres',
  'downloads.claim.published': 'Date de publication de la vérification, en EDTF',
  'downloads.claim.updated': 'Sa dernière mise à jour de fond, en EDTF, ou null',
  'downloads.claim.author': 'Son auteur, ou null',
  'downloads.claim.tags': 'Mots-clés thématiques',
  'downloads.claim.corrections': 'Corrections datées, par ordre chronologique : objets avec date (EDTF) et text',
  'downloads.claim.figures':
    'Le chiffre avancé, puis les chiffres comparés par date : objets avec role et les champs de figures.csv',
  'downloads.claim.relations':
    'Comment chaque chiffre comparé se rapporte à l’affirmation, dans le même ordre : objets avec les champs de relation ci-dessous',
  'downloads.claim.claimed_figures':
    'Identifiants des chiffres que l’affirmation avance, dans l’ordre de l’affirmation : un, plusieurs ou aucun',
  'downloads.claim.reviewer': 'Qui a relu la vérification avant sa publication ; vide si ce n’est pas indiqué',
  'downloads.claim.claimant_url':
    'Une page de l’auteur de l’affirmation (son site ou son profil) ; vide si elle n’est pas indiquée',
  'downloads.claim.language': 'La langue dans laquelle la vérification est rédigée (BCP 47)',

  'downloads.metric.id': 'Identifiant de l’indicateur',
  'downloads.metric.url': 'Sa page sur ce site',
  'downloads.metric.label': 'Ce qu’il mesure',
  'downloads.metric.unit': 'Unité de chaque valeur',
  'downloads.metric.definition': 'Ce qui est compté et ce qui ne l’est pas',
  'downloads.metric.cumulative': 'true pour un total cumulé, qui ne peut pas baisser',
  'downloads.metric.since': 'Début du décompte en EDTF, ou null',
  'downloads.metric.window':
    'Nombre de jours d’écart maximal entre deux chiffres qui comptent encore comme étant à la même date',
  'downloads.metric.part_of': 'Identifiants des indicateurs dont celui-ci fait partie',
  'downloads.metric.parts': 'Identifiants des indicateurs qui font partie de celui-ci',
  'downloads.metric.figures':
    'Tous les chiffres de l’indicateur, par date puis par identifiant : objets avec les champs de figures.csv',

  'downloads.site.title': 'Titre du site',
  'downloads.site.url': 'Son adresse canonique',
  'downloads.site.publisher': 'Son éditeur : un objet avec name et url',
  'downloads.site.license': 'Licence des contenus et des données',

  'downloads.example.metricLabel': 'Militaires russes tués',
  'downloads.example.unit': 'personnes',
  'downloads.example.valueText': 'environ 7 000–15 000',
  'downloads.example.dateNote': 'Déduit de « vendredi »',
  'downloads.example.by': 'Ministère russe de la Défense',
  'downloads.example.attribution': 'un haut responsable militaire de l’OTAN',
  'downloads.example.quote': 'À ce jour, 1 351 militaires sont morts',
  'downloads.example.note': 'Le titre l’arrondit à 1 400',
  'downloads.example.sourceTitle': 'La Russie relève son estimation à 1 400 soldats tués en Ukraine',
  'downloads.example.sentence':
    'Selon l’OTAN, le nombre s’élevait à 7 000–15 000 personnes deux jours plus tôt, soit cinq à onze fois le chiffre avancé de 1 351 personnes.',
  'downloads.example.claimText': '1 351 militaires sont morts',
  'downloads.example.verdictLabel': 'Sous-estimé',
  'downloads.example.title': 'Le décompte officiel russe était inférieur à toutes les estimations',
  'downloads.example.appearanceTitle': 'La Russie relève son estimation',
  'downloads.example.summary': 'Le décompte est inférieur à toutes les estimations.',
  'downloads.example.assessmentSummary':
    'Avec 1 351 personnes, l’affirmation se situe en dessous des trois estimations comparables.',
  'downloads.example.author': 'Rédaction Exemple',
  'downloads.example.reviewer': 'Jeanne Dupont',
  'downloads.example.tags': '["pertes"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "Ce qui a changé." }']`,
  'downloads.example.definition': 'Décès de membres des forces armées russes.',
  'downloads.example.siteTitle': 'Compter les pertes',
  'downloads.example.publisher': `'{ "name": "Rédaction Exemple", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    'Selon {laterBy}, le nombre s’élevait à {laterValue} {laterWhen}, soit moins que le chiffre donné plus tôt par {earlierBy} : {earlierValue} {earlierWhen}. Un total cumulé ne peut qu’augmenter.',
  'consistency.partExceedsWhole':
    'Selon {partBy}, l’indicateur « {part} » s’élevait à {partValue} {partWhen}. C’est plus que le chiffre donné par {wholeBy} pour l’indicateur « {whole} », qui l’inclut : {wholeValue} {wholeWhen}.{others, plural, =0 {} one { C’est aussi plus qu’une autre estimation de ce total.} other { C’est aussi plus que # autres estimations de ce total.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'Vérification',
  'claim.translatedFrom': 'Traduction de la vérification originale, en {language} : <link>lire l’original</link>.',
  'claim.translationStale':
    'L’original a été mis à jour le {date}, après cette traduction. <link>Lisez l’original</link> pour la version à jour.',
  'claim.claimHeading': 'L’affirmation',
  'claim.appearedIn': 'parue dans <link>{title}</link>',
  'claim.verdictHeading': 'Verdict',
  'claim.ratingMeaning': '{label} : {description} <link>Notre échelle d’évaluation</link>.',
  'claim.figuresHeading': 'La comparaison des chiffres',
  'claim.chartValuesNote':
    'Chaque estimation figure ci-dessous, sous « Les estimations », avec son auteur et le lieu où elle a été publiée.',
  'claim.embedChart': 'Intégrer ce graphique',
  'claim.embedFactCheck': 'Intégrer cette vérification',
  'claim.reasoningHeading': 'Notre raisonnement',
  'claim.estimatesHeading': 'Les estimations',
  'claim.claimedCaption': '{claimed, plural, one {Le chiffre avancé} other {Les # chiffres avancés}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, one {Le chiffre avancé et {count, plural, one {l’estimation qui lui est comparée} other {les # estimations qui lui sont comparées}}} other {Les # chiffres avancés et {count, plural, one {l’estimation qui leur est comparée} other {les # estimations qui leur sont comparées}}}}} other {{count, plural, one {L’estimation comparée à l’affirmation} other {Les # estimations comparées à l’affirmation}}}}',
  'claim.column.estimate': 'Estimation',
  'claim.column.comparison': 'Comparaison',
  'claim.column.source': 'Source',
  'claim.claimedRow':
    '{claimed, plural, one {Le chiffre sur lequel porte cette vérification.} other {L’un des {claimedText} chiffres sur lesquels porte cette vérification.}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {également rapportée par {publisher} : <link>{title}</link>} other {également rapportée dans <link>{title}</link>}}',
  'claim.noteLink': 'Note {number}',
  'claim.attribution': '{by} : {attribution}',
  'claim.notesSummary': 'Notes sur les estimations et leurs dates',
  'claim.reviewerNote':
    'Pour les relecteurs : d’après les seuls chiffres, l’estimation faite par {by} se lirait « {computed} » ; la rédaction l’interprète comme « {shown} », pour les raisons exposées dans le raisonnement.',
  'claim.sourcesHeading': 'Nos sources',
  'claim.source.undated': 'non datée',
  'claim.source.noPublisher': 'éditeur non indiqué',
  'claim.source.original': 'version originale',
  'claim.source.archived': 'copie archivée',
  'claim.correctionsHeading': 'Corrections',
  'claim.noCorrections': 'Aucune correction.',
  'claim.aboutHeading': 'À propos de cette vérification',
  'claim.published': 'Publication',
  'claim.updated': 'Dernière mise à jour',
  'claim.author': 'Auteur',
  'claim.tags': 'Mots-clés',
  'claim.edit': 'Modifier cette page',
  'claim.history': 'Historique',
  'claim.transparency':
    'Notre travail : <methodology>notre méthodologie</methodology> · <corrections>toutes les corrections</corrections> · <about>qui nous sommes, et comment soumettre une affirmation ou une correction</about>.',
  'verdict.label': 'Verdict :',
  'figures.column.figure': 'Chiffre',
  'figures.column.metric': 'Ce qu’il mesure',
  'figures.column.date': 'Date',
  'figures.column.by': 'Estimé par',
  'figures.column.source': 'Source',
  'figures.inferred': 'date déduite',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}, {titlePunctuated, select, yes {« {title} »} other {« {title} »}}, {site}, {published}{hasUpdate, select, yes { (mise à jour : {updated})} other {}}. {url}. Licence : {license}.',
  'cite.box.summary': 'Citer cette vérification',
  'cite.box.intro':
    'Copiez la référence ci-dessous dans votre article ou votre travail, ou l’entrée BibTeX dans votre gestionnaire de références.',
  'cite.box.text': 'Référence',
  'cite.box.bibtex': 'Entrée BibTeX',
  'republish.box.summary': 'Republier cette vérification',
  'republish.box.intro':
    'Pour republier cette vérification selon les termes de sa licence, {license}, collez le code HTML ci-dessous dans votre page. Conservez la mention de la source et le lien vers cette page.',
  'republish.box.code': 'Code HTML à republier',
  'republish.claim': '<strong>Affirmation</strong> faite par {claimant} : « {claim} »',
  'republish.verdict': '<strong>Verdict :</strong> {verdict}',
  'republish.readMore': 'Lire la vérification complète sur {site}',
  'republish.credit':
    '{hasAuthor, select, yes {Par {author} pour {publisher}} other {Par {publisher}}}, {published}. Republié sous licence {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'Thèmes',
  'topics.description': 'Tous les thèmes des vérifications de {site}, avec le nombre de vérifications pour chacun.',
  'topics.empty': 'Aucune vérification n’a encore de thème.',
  'archive.count': '{count, plural, one {# vérification} other {# vérifications}}',
  'claimants.title': 'Auteurs des affirmations',
  'claimants.description':
    'Toutes les personnes et organisations dont {site} a vérifié des affirmations, avec le nombre de vérifications pour chacune.',
  'claimants.empty': 'Aucune affirmation n’a encore été vérifiée.',

  'listing.topic.title': 'Thème : {label}',
  'listing.topic.description': 'Les vérifications de {site} sur le thème « {label} », par ordre antéchronologique.',
  'listing.topic.range':
    '{total, plural, one {# vérification consacrée} other {# vérifications consacrées}} à ce thème, par ordre antéchronologique.',
  'listing.topic.rangePaged':
    'Vérifications {first, number}–{last, number} sur {total, number} consacrées à ce thème, par ordre antéchronologique.',
  'listing.topic.pages': 'Pages de ce thème',
  'listing.claimant.title': 'Affirmations faites par {label}',
  'listing.claimant.description':
    'Toutes les vérifications de {site} portant sur des affirmations faites par {label}, par ordre antéchronologique.',
  'listing.claimant.range':
    '{total, plural, one {# vérification} other {# vérifications}} de ses affirmations, par ordre antéchronologique.',
  'listing.claimant.rangePaged':
    'Vérifications {first, number}–{last, number} sur {total, number} de ses affirmations, par ordre antéchronologique.',
  'listing.claimant.pages': 'Pages des vérifications de ses affirmations',
  'listing.verdict.title': 'Verdict : « {label} »',
  'listing.verdict.description':
    'Toutes les vérifications de {site} dont le verdict est « {label} », par ordre antéchronologique.',
  'listing.verdict.range':
    '{total, plural, one {# vérification} other {# vérifications}} avec ce verdict, par ordre antéchronologique.',
  'listing.verdict.rangePaged':
    'Vérifications {first, number}–{last, number} sur {total, number} avec ce verdict, par ordre antéchronologique.',
  'listing.verdict.pages': 'Pages des vérifications avec ce verdict',

  'claimant.verdictsHeading': 'Nos verdicts sur ses affirmations',
  'claimant.verdictCount': '{verdict} : {count, plural, one {# vérification} other {# vérifications}}',
  'claimant.verdictsNote':
    'Ce sont des décomptes, pas une note : nous vérifions les affirmations qui méritent de l’être, pas un échantillon de tout ce qui a été dit.',
  'claimant.website': '<link>Son site</link>',
  'verdict.meaning': '{description} <link>Notre échelle d’évaluation</link>.',

  'archive.browseHeading': 'Parcourir les vérifications',
  'archive.byVerdict': 'Par verdict',
  'archive.browseLinks': 'Par <topics>thème</topics> ou par <claimants>auteur de l’affirmation</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Relecture',
  'claim.verdictPage': 'Toutes les vérifications dont le verdict est « {label} »',
  'claim.draftBanner':
    'Brouillon — non publié. Cette page n’existe que dans les aperçus ; le site publié n’en garde aucune trace.',

  'searchPage.filter.topic': 'Thème',
  'searchPage.filter.claimant': 'Auteur de l’affirmation',
  'searchPage.filter.year': 'Année de publication',

  'complaints.route':
    'Si notre réponse à une réclamation ne vous satisfait pas, vous pouvez aller plus loin : <link>les voies de recours</link>.',

  'feed.correctionTitle': 'Correction : {title}',
};
