import type { Catalog } from '../catalog.ts';

/** The Spanish catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const es: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'alrededor de {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'más de {low} y menos de {high}',
  'value.moreThan': 'más de {low}',
  'value.atLeast': 'al menos {low}',
  'value.lessThan': 'menos de {high}',
  'value.upTo': 'hasta {high}',
  'value.withRange': '{value} (intervalo: {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': ', ',
  'punctuation.semicolon': '; ',
  'date.approximate': '{date} (aprox.)',
  'date.uncertain': '{date} (fecha incierta)',
  'date.approximateUncertain': '{date} (aprox., fecha incierta)',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {cero} =1 {una} =2 {dos} =3 {tres} =4 {cuatro} =5 {cinco} =6 {seis} =7 {siete} =8 {ocho} =9 {nueve} =10 {diez} =11 {once} =12 {doce} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'Cifra afirmada',
  'role.corroborates': 'Coincide',
  'role.contradicts': 'Discrepa',
  'role.context': 'Contexto',
  'role.figure': 'Estimación',

  'when.sameDay': 'el mismo día',
  'when.daysEarlier': '{days, plural, one {un día antes} many {{spelled} días antes} other {{spelled} días antes}}',
  'when.daysLater': '{days, plural, one {un día después} many {{spelled} días después} other {{spelled} días después}}',
  'when.weeksEarlier':
    '{weeks, plural, one {una semana antes} many {{spelled} semanas antes} other {{spelled} semanas antes}}',
  'when.weeksLater':
    '{weeks, plural, one {una semana después} many {{spelled} semanas después} other {{spelled} semanas después}}',
  'when.by': '{span, select, yes {en el periodo {date}} other {a {date}}}',
  'when.for': 'en {date}',
  'when.on': 'el {date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase': '{wording, select, worded {la cifra afirmada de {value}} other {la cifra afirmada de {value}}}',

  'gap.times': 'entre {low} y {high} veces',
  'gap.aboutTimes': 'unas {n} veces',
  'gap.moreThanTimes': 'más de {n} veces',
  'gap.percent': 'al menos un {ratio, number, percent} superior a',
  'gap.just': 'apenas superior a',
  'gap.points':
    '{exact, select, yes {} other {al menos }}{n, plural, one {# punto porcentual} many {# puntos porcentuales} other {# puntos porcentuales}} por encima de',
  'gap.above': 'superior a',

  'relation.matches': 'Según {by}, la cifra era de {other} {when}, igual que {claimed}.',
  'relation.includes':
    'Según {by}, la cifra era de {other} {when}, {shape, select, range {un intervalo que incluye} other {lo que incluye}} {claimed}.',
  'relation.within': 'Según {by}, la cifra era de {other} {when}, dentro de {claimed}.',
  'relation.overlaps':
    'Según {by}, la cifra era de {other} {when}, {shape, select, range {un intervalo que se solapa con} other {lo que se solapa con}} {claimed}.',
  'relation.higher': 'Según {by}, la cifra era de {other} {when}: {gap} {claimed}.',
  'relation.lower': 'Según {by}, la cifra era de {other} {when}; la afirmación, {claimedValue}, es {gap} esa cifra.',
  'relation.totalTooLow':
    'Según {by}, la cifra era de {other} {when}, así que la afirmación, {claimedValue}, es demasiado baja: un total acumulado solo puede crecer.',
  'relation.totalTooHigh':
    'Según {by}, la cifra era de {other} {when}, así que la afirmación, {claimedValue}, es demasiado alta: un total acumulado solo puede crecer.',
  'relation.totalGrewFrom':
    'Según {by}, la cifra era de {other} {when}. Un total acumulado puede haber crecido hasta ahí desde {claimed}, así que esta estimación no permite verificar la afirmación.',
  'relation.totalGrewTo':
    'Según {by}, la cifra era de {other} {when}. Un total acumulado puede haber crecido desde ahí hasta {claimed}, así que esta estimación no permite verificar la afirmación.',
  'relation.looseDates':
    'Según {by}, la cifra era de {other} {when}; las fechas son demasiado imprecisas para saber si es anterior o posterior a {claimed}.',
  'relation.tooFarApart':
    'Según {by}, la cifra era de {other} {when}, demasiado alejada en el tiempo de {claimed} para compararlas.',
  'relation.wholeBelowPart':
    'Según {by}, la cifra de {otherMetric} era de {other} {when}. Ese total incluye {claimedMetric}, así que no deja margen para {claimed}.',
  'relation.wholeAbovePart':
    'Según {by}, la cifra de {otherMetric} era de {other} {when}, lo que deja margen para {claimed}.',
  'relation.partAboveWhole':
    'Según {by}, solo la cifra de {otherMetric} era de {other} {when}, ya superior a {claimed} para {claimedMetric}, que debe incluirla.',
  'relation.partBelowWhole':
    'Según {by}, la cifra de {otherMetric}, que forma parte de {claimedMetric}, era de {other} {when}, lo que cabe dentro de {claimed}.',
  'relation.differentMetric':
    'Según {by}, la cifra de {otherMetric} era de {other} {when}: una medida distinta de {claimedMetric}, así que aporta contexto pero no permite verificar la afirmación.',
  'relation.sameEstimate':
    'Esta es la propia estimación afirmada, tal como la publicó {by}: {other}. No puede verificarse a sí misma.',
  'relation.noClaimedFigure':
    'Según {by}, la cifra era de {other} {when}. La afirmación no da ninguna cifra con la que compararla.',

  'summary.agrees':
    '{hasFigure, select, no {La afirmación} other {La afirmación, {claimed},}} coincide con {count, plural, one {la única estimación comparable} =2 {las dos estimaciones comparables} many {las {countText} estimaciones comparables} other {las {countText} estimaciones comparables}}.',
  'summary.below':
    '{hasFigure, select, no {La afirmación} other {La afirmación, {claimed},}} queda por debajo de {count, plural, one {la única estimación comparable} =2 {las dos estimaciones comparables} many {las {countText} estimaciones comparables} other {las {countText} estimaciones comparables}}.',
  'summary.above':
    '{hasFigure, select, no {La afirmación} other {La afirmación, {claimed},}} queda por encima de {count, plural, one {la única estimación comparable} =2 {las dos estimaciones comparables} many {las {countText} estimaciones comparables} other {las {countText} estimaciones comparables}}.',
  'summary.bothSides':
    '{hasFigure, select, no {La afirmación} other {La afirmación, {claimed},}} discrepa de {count, plural, other {{countText} estimaciones comparables}}: unas son más altas y otras, más bajas.',
  'summary.disagrees':
    '{hasFigure, select, no {La afirmación} other {La afirmación, {claimed},}} discrepa de {count, plural, one {la única estimación comparable} =2 {las dos estimaciones comparables} many {las {countText} estimaciones comparables} other {las {countText} estimaciones comparables}}.',
  'summary.mixed':
    '{hasFigure, select, no {La afirmación} other {La afirmación, {claimed},}} coincide con {agree, plural, one {una estimación comparable} many {{agreeText} estimaciones comparables} other {{agreeText} estimaciones comparables}} y discrepa de {disagree, plural, one {una} many {{disagreeText}} other {{disagreeText}}}.',
  'summary.none':
    'Ninguna estimación de nuestras fuentes puede compararse con {hasFigure, select, yes {la cifra afirmada de {claimed}} worded {la cifra afirmada de {claimed}} other {la afirmación, que no da ninguna cifra}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: verificaciones',
  'layout.skipLink': 'Saltar al contenido',
  'layout.languages': 'Idiomas',
  'layout.nav': 'Principal',
  'layout.nav.claims': 'Verificaciones',
  'layout.nav.sources': 'Fuentes',
  'layout.nav.metrics': 'Indicadores',
  'layout.nav.methodology': 'Metodología',
  'layout.nav.search': 'Buscar',
  'layout.footer.credit':
    'Publicado por <link>{publisher}</link>. Contenidos y datos bajo licencia {license}. <methodology>Cómo verificamos</methodology>.',
  'layout.footer.nav': 'Sobre este sitio',
  'layout.footer.about': 'Quiénes somos',
  'layout.footer.corrections': 'Correcciones',
  'layout.footer.data': 'Descargar los datos',
  'layout.footer.rss': 'Canal RSS',

  'pageNav.previous': 'Anterior<hidden> página</hidden>',
  'pageNav.next': 'Siguiente<hidden> página</hidden>',
  'pageNav.page': 'Página {page, number}',

  'dataDownloads.line':
    'Descargar los datos: <csv>CSV</csv> · <json>JSON</json> (<columns>columnas y licencia</columns>)',

  'fieldTable.name': 'Nombre',
  'fieldTable.meaning': 'Significado',
  'fieldTable.example': 'Ejemplo',
  'fieldTable.forExample': 'por ejemplo ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'Últimas verificaciones',
  'home.archiveLink':
    '{count, plural, =1 {La verificación} other {Las # verificaciones}}, de la más reciente a la más antigua',

  'listing.titlePaged': '{title}, página {page, number} de {pages, number}',
  'listing.headingPaged': '· página {page, number} de {pages, number}',

  'listing.claims.title': 'Verificaciones',
  'listing.claims.description': 'Todas las verificaciones de {site}, de la más reciente a la más antigua.',
  'listing.claims.range':
    '{total, plural, one {# verificación} many {# verificaciones} other {# verificaciones}}, de la más reciente a la más antigua.',
  'listing.claims.rangePaged':
    'Verificaciones {first, number}–{last, number} de {total, number}, de la más reciente a la más antigua.',
  'listing.claims.pages': 'Páginas de las verificaciones',

  'listing.sources.title': 'Fuentes',
  'listing.sources.description':
    'Todos los documentos que hemos comprobado, con las cifras que recogen y su texto archivado.',
  'listing.sources.range':
    '{total, plural, one {# fuente} many {# fuentes} other {# fuentes}}, de la más antigua a la más reciente (las que no tienen fecha, al final).',
  'listing.sources.rangePaged':
    'Fuentes {first, number}–{last, number} de {total, number}, de la más antigua a la más reciente (las que no tienen fecha, al final).',
  'listing.sources.pages': 'Páginas de las fuentes',
  'listing.sources.caption': 'Fuentes {first, number}–{last, number}',
  'listing.sources.column.title': 'Título',
  'listing.sources.column.published': 'Publicación',
  'listing.sources.column.publisher': 'Editor',
  'listing.sources.column.figures': 'Cifras',
  'listing.sources.unknownDate': 'Desconocida',
  'listing.sources.noPublisher': 'No consta',

  'listing.metrics.title': 'Indicadores',
  'listing.metrics.description': 'Qué cuenta cada cifra. Solo contrastamos entre sí cifras del mismo indicador.',
  'listing.metrics.range': '{total, plural, one {# indicador} many {# indicadores} other {# indicadores}}, por id.',
  'listing.metrics.rangePaged': 'Indicadores {first, number}–{last, number} de {total, number}, por id.',
  'listing.metrics.pages': 'Páginas de los indicadores',
  'listing.metrics.caption': 'Indicadores {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Indicador',
  'listing.metrics.column.unit': 'Unidad',
  'listing.metrics.column.figures': 'Cifras',

  'listing.corrections.title': 'Correcciones',
  'listing.corrections.description':
    'Todas las correcciones de las verificaciones de {site}, de la más reciente a la más antigua.',
  'listing.corrections.range':
    '{total, plural, one {# corrección} many {# correcciones} other {# correcciones}}, de la más reciente a la más antigua.',
  'listing.corrections.rangePaged':
    'Correcciones {first, number}–{last, number} de {total, number}, de la más reciente a la más antigua.',
  'listing.corrections.pages': 'Páginas de las correcciones',
  'listing.corrections.lede':
    'Todas las correcciones que hemos hecho a una verificación, de la más reciente a la más antigua. Cada una figura también, con su fecha, al pie de la verificación que corrige. Nuestra <policy>política de correcciones</policy> explica cuándo y cómo corregimos; en <about>Quiénes somos</about> se explica cómo avisarnos de un error.',
  'listing.corrections.empty': 'Hasta ahora no se ha corregido ninguna verificación.',

  'sourcePage.type': 'Fuente',
  'sourcePage.untitled': 'El texto archivado no tiene titular; este título es nuestra descripción del texto.',
  'sourcePage.publisher': 'Editor',
  'sourcePage.author': 'Autoría',
  'sourcePage.notShown': 'No consta en el texto',
  'sourcePage.published': 'Publicación',
  'sourcePage.unknownDate': 'Desconocida',
  'sourcePage.original': 'Original',
  'sourcePage.archived': 'Copia archivada',
  'sourcePage.note': 'Nota de la redacción',
  'sourcePage.figures': 'Cifras que recoge',
  'sourcePage.figuresCaption':
    '{count, plural, one {# cifra} many {# cifras} other {# cifras}} en esta fuente, por fecha',
  'sourcePage.noFigures': 'Esta fuente no recoge ninguna cifra.',
  'sourcePage.claims': 'Verificaciones que la utilizan',
  'sourcePage.text': 'Texto archivado',
  'sourcePage.textNote':
    'El texto tal como se archivó. Los pasajes resaltados son las citas en las que se basa cada una de las cifras anteriores.',

  'metricPage.type': 'Indicador',
  'metricPage.unit': 'Unidad',
  'metricPage.kind': 'Tipo',
  'metricPage.cumulative': 'Total acumulado: los valores posteriores no pueden ser menores',
  'metricPage.notCumulative': 'No es un total acumulado',
  'metricPage.since': 'Se cuenta desde',
  'metricPage.partOf': 'Forma parte de',
  'metricPage.parts': 'Incluye',
  'metricPage.figures': 'Todas las cifras, por fecha',
  'metricPage.inconsistencies': 'Cifras que no pueden ser todas correctas',
  'metricPage.figuresCaption':
    '{count, plural, one {# cifra} many {# cifras} other {# cifras}} de este indicador, de la más antigua a la más reciente',
  'metricPage.noFigures': 'Ninguna fuente recoge todavía una cifra de este indicador.',
  'metricPage.claims': 'Verificaciones sobre este indicador',

  'embedPage.claim.kicker': 'Verificación · {site}',
  'embedPage.claim.credit': 'Por {publisher}, <date></date>. {license}.',
  'embedPage.claim.link': 'Leer la verificación completa en {site}',
  'embedPage.metric.kicker': 'Indicador · {site}',
  'embedPage.metric.credit': 'Datos recopilados por {publisher}. {license}.',
  'embedPage.metric.link': 'Ver todas las cifras y sus fuentes en {site}',
  'embedPage.valuesNote': 'Todos los valores figuran en la página completa.',

  'about.title': 'Quiénes somos',
  'about.description': 'Quién publica {site}, cómo contactar con nosotros y cómo enviar una afirmación para verificar.',
  'about.publisherHeading': 'Quién publica este sitio',
  'about.publisher':
    '{site} es una publicación de <link>{publisher}</link>. Los contenidos y los datos están bajo licencia {license}.',
  'about.howHeading': 'Cómo trabajamos',
  'about.how.methodology':
    '<link>Metodología</link>: cómo comparamos las cifras, nuestra escala de calificación y nuestra política de correcciones.',
  'about.how.corrections':
    '<link>Correcciones</link>: todas las correcciones que hemos hecho, de la más reciente a la más antigua.',
  'about.how.data':
    '<link>Datos</link>: todas las cifras y verificaciones en CSV y JSON, para que cualquiera pueda comprobar nuestro trabajo.',
  'about.submitHeading': 'Enviar una afirmación o una corrección',
  'about.submit.page':
    'Para pedirnos que verifiquemos una afirmación o para avisarnos de un error, utilice <link>nuestra página de envíos</link>.',
  'about.submit.repository':
    'Las verificaciones se generan a partir de archivos de <link>nuestro repositorio de contenidos</link>. Para pedirnos que verifiquemos una afirmación o para proponer una corrección, abra allí una incidencia (issue) o una solicitud de cambios (pull request).',
  'about.submit.none':
    'Este sitio no tiene formulario de envío ni dirección de repositorio público. Cada verificación se genera a partir de un archivo Markdown de un repositorio de contenidos: para proponer una corrección, envíe a ese repositorio una solicitud de cambios (pull request) que modifique el archivo de la afirmación y añada una entrada fechada en <code>corrections</code>, o contacte con nosotros como se indica abajo.',
  'about.contactHeading': 'Contacto',
  'about.contact': 'Para contactar con {publisher}: <link>{url}</link>.',

  'searchPage.title': 'Buscar',
  'searchPage.description': 'Buscar en las verificaciones, las fuentes y los indicadores de {site}.',
  'searchPage.lede': 'Buscar en todas las verificaciones, los textos de las fuentes y los indicadores.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  'searchPage.filter.kind': 'Tipo',
  'searchPage.filter.verdict': 'Veredicto',
  'searchPage.fallback':
    'La búsqueda necesita JavaScript. Sin él, consulte <claims>todas las verificaciones</claims>, <sources>todas las fuentes</sources> o <metrics>todos los indicadores</metrics>.',

  'notFound.title': 'Página no encontrada',
  'notFound.text': 'No hay ninguna página en esta dirección. <link>Ver todas las verificaciones</link>.',

  'dataPage.title': 'Descargar los datos',
  'dataPage.description':
    'Todas las cifras y verificaciones de {site} en CSV y JSON, con la explicación de cada columna.',
  'dataPage.lede':
    'Todas las cifras y todas las verificaciones de este sitio, en CSV para hojas de cálculo y en JSON para programas. Los archivos se regeneran con el sitio, así que siempre se corresponden con las páginas.',
  'dataPage.licenceHeading': 'Licencia y cita',
  'dataPage.licence':
    'Los datos los publica <link>{publisher}</link> bajo licencia <strong>{license}</strong>, como el resto del sitio. Cite la autoría y enlace el archivo que haya utilizado, por ejemplo:',
  'dataPage.citationPattern': 'El patrón: título del sitio, editor, dirección del archivo y fecha en que lo descargó.',
  'dataPage.formatHeading': 'Cómo están escritos los archivos',
  'dataPage.format.csv':
    'Los archivos CSV están en UTF-8, separados por comas, con una fila de cabecera con los nombres de las columnas; las columnas siguen el orden indicado abajo. Una celda vacía significa «ninguno».',
  'dataPage.format.numbers':
    'Los números se escriben tal cual (<code>7000</code>, <code>-5</code>, <code>0.25</code>), sin separadores de miles. Una cifra que la fuente da como aproximada conserva los números indicados, con <code>approx</code> en <code>true</code>.',
  'dataPage.format.dates':
    'Las fechas están en <edtf>EDTF</edtf> tal como se escriben en el contenido (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), cada una con el primer y el último día al que puede referirse, en ISO 8601.',
  'dataPage.format.formulas':
    "Para que ninguna hoja de cálculo ejecute una celda como fórmula, en el CSV una celda de texto que empieza por uno de <code>= + - @</code>, un tabulador o un retorno de carro va precedida de una comilla simple (<code>''</code>). Los números nunca se modifican. Los archivos JSON conservan el texto exactamente como está escrito.",
  'dataPage.format.json':
    'Los campos JSON son los nombres de las columnas del CSV; un valor ausente es <code>null</code>.',
  'dataPage.figuresHeading': 'Todas las cifras',
  'dataPage.figures':
    '<file>figures.csv</file>: una fila por cada cifra de cada fuente ({count, plural, one {# fila} many {# filas} other {# filas}}), por fecha y luego por id.',
  'dataPage.claimsHeading': 'Todas las verificaciones',
  'dataPage.claims':
    '<file>claims.json</file>: un objeto con la <header>cabecera del sitio</header> y <code>claims</code>, todas las verificaciones ({count, number}), de la más reciente a la más antigua, con su veredicto, sus cifras y la relación de cada cifra con la afirmación.',
  'dataPage.eachClaimHeading': 'Cada verificación',
  'dataPage.eachClaim':
    'Un CSV con una fila por cifra —primero la cifra afirmada y después las cifras comparadas, por fecha— y un archivo JSON con la <header>cabecera del sitio</header> y el objeto <code>claim</code>, con los campos de claims.json.',
  'dataPage.eachClaim.caption': 'Descargas de cada verificación',
  'dataPage.eachClaim.column': 'Verificación',
  'dataPage.eachMetricHeading': 'Cada indicador',
  'dataPage.eachMetric':
    'Un CSV con las cifras del indicador, por fecha, con las columnas de <figures>figures.csv</figures>, y un archivo JSON con la <header>cabecera del sitio</header> y el objeto <code>metric</code> con sus cifras.',
  'dataPage.eachMetric.caption': 'Descargas de cada indicador',
  'dataPage.eachMetric.column': 'Indicador',
  'dataPage.files': 'Archivos',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'La cabecera del sitio en los archivos JSON',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'Metodología',
  'methodology.description':
    'Cómo verificamos las afirmaciones sobre cifras, nuestra escala de calificación y nuestra política de correcciones.',
  'methodology.heading': 'Cómo verificamos',
  'methodology.lede':
    'Cada verificación de este sitio contrasta cada número que enuncia una afirmación con las cifras que otras fuentes dan sobre lo mismo en torno a la misma fecha. Mostramos todas las cifras que hemos utilizado, de dónde proceden y las palabras exactas de las que se han tomado.',

  'methodology.sourcesHeading': 'Fuentes y cifras',
  'methodology.sources':
    'Archivamos el texto de cada documento en el que nos basamos y lo publicamos en su <link>página de fuente</link>. Cada cifra que tomamos de un documento se registra con la cita exacta que la enuncia, y la generación del sitio rechaza cualquier cita que no aparezca en el texto archivado. Solo registramos lo que muestra un texto: cuando un texto no indica medio, autor o fecha, decimos que no consta. Cuando deducimos una fecha —a partir de «ayer» o «el miércoles»—, la página lo indica y explica cómo.',
  'methodology.figures':
    'Una cifra es una mejor estimación, un intervalo o un límite. «Más de 7000» es un límite inferior; «hasta 40.000», un límite superior; «aproximadamente», «unos» o «casi» marcan una cifra aproximada. Las fechas se conservan con la precisión que da el texto: un día, un mes, un año, o un periodo cuando solo se conoce eso, y se marcan como aproximadas o inciertas cuando el texto no es tajante.',

  'methodology.metricsHeading': 'Comparar lo comparable',
  'methodology.metrics':
    'Cada cifra corresponde a un <link>indicador</link>, con una definición que dice qué se cuenta y qué no. Muertos, heridos y pérdidas totales son indicadores distintos; una parte (muertos) nunca puede superar a su todo (muertos, heridos, capturados o desaparecidos) en la misma fecha, y un total acumulado no puede disminuir.',

  'methodology.comparisonHeading': 'Cómo se comparan las cifras',
  'methodology.comparison':
    'Claimline calcula la relación de cada cifra comparada con la afirmada, la expresa en una frase en la página de la verificación y la dibuja en la línea de tiempo. Las reglas son mecánicas, de modo que cualquiera puede comprobarlas:',
  'methodology.rule.values':
    '<strong>Valores.</strong> Una cifra exacta es un solo número; un intervalo va de su extremo inferior a su extremo superior; «más de» no tiene límite superior y «hasta» no tiene límite inferior. Una cifra aproximada se amplía un {tolerance, number} % de cada límite por ambos lados: «unos 500» admite de 450 a 550.',
  'methodology.rule.dates':
    '<strong>Fechas.</strong> Una fecha abarca todos los días a los que puede referirse: «marzo de 2022» es todo marzo. Una fecha aproximada o incierta se amplía una unidad de su precisión (un día, un mes o un año) por cada lado, pero nunca a antes del inicio del recuento del indicador ni a después del día en que se publicó su fuente. Dos cifras son <em>de la misma fecha</em> cuando todos los días a los que puede referirse cualquiera de ellas caen dentro de la ventana del indicador en torno a la otra —{window, plural, one {# día} many {# días} other {# días}}, salvo que el indicador fije la suya— o cuando una misma fuente da ambas con la misma fecha.',
  'methodology.rule.periods':
    '<strong>Periodos.</strong> Para un indicador que no es un total acumulado (una media anual, una tasa), una fecha es el periodo que describe el valor: dos cifras de 2024 corresponden al mismo periodo, igual que una cifra de junio de 2024 y otra de 2024. Se comparan como cifras de la misma fecha. Una fecha aproximada o incierta no es un periodo y se rige por la ventana. Para un total acumulado, una fecha es el día en que se hizo el recuento, y solo se aplica la ventana.',
  'methodology.rule.sameDate':
    '<strong>Mismo indicador, misma fecha.</strong> Si los valores se solapan, la estimación <em>coincide</em> con la afirmación; si no, <em>discrepa</em>, y la frase indica si la afirmación está por encima o por debajo de ella y en cuánto. Un valor igual a un límite estricto («más de 7000», «menos de 100») queda fuera de él.',
  'methodology.rule.runningTotal':
    '<strong>Mismo total acumulado, fechas distintas.</strong> Un recuento que solo puede crecer no puede ser menor más tarde: una cifra posterior cuyo límite superior está por debajo de un límite inferior anterior discrepa. En los demás casos, la cifra es contexto, compatible con un recuento que ha crecido.',
  'methodology.rule.parts':
    '<strong>La parte y el todo.</strong> Una parte (muertos) por encima de su todo (muertos y heridos) en la misma fecha —o por encima de un todo que es un total acumulado con fecha posterior— discrepa. En los demás casos, es contexto.',
  'methodology.rule.oneEstimate':
    '<strong>Una estimación, un recuento.</strong> Una estimación que publican varias fuentes (el intervalo de la OTAN, tal como lo recogen la propia sesión informativa de la OTAN y un despacho de agencia) es una sola estimación: se compara una vez, se dibuja una vez y se enumera una vez, con todas las fuentes que la recogen. Otra publicación de la estimación afirmada no sirve para verificarla.',
  'methodology.rule.else':
    '<strong>Todo lo demás</strong> —otro indicador, fechas demasiado alejadas o demasiado imprecisas— es contexto.',
  'methodology.overall':
    'Sobre el conjunto de las cifras comparadas, el número afirmado está <em>dentro</em> de ellas (todas las estimaciones determinantes coinciden), <em>por debajo</em> o <em>por encima</em> de ellas (todas discrepan, por ese lado), es <em>mixto</em>, o ninguna estimación puede compararse con él. Cuando una afirmación enuncia varios números («murieron 1351 y 3825 resultaron heridos»), cada uno se verifica por separado, frente a las estimaciones de su propia medida; la lectura de la afirmación es la que todos comparten, o mixta, y un número con el que nada puede compararse no cuenta. Un editor puede interpretar una estimación de forma distinta a las reglas, por motivos que la verificación expone; la página muestra la lectura del editor, una nota plegada para revisores da la de las reglas, y nuestra herramienta de comprobación avisa antes de la publicación siempre que una postura o un veredicto discrepe del cálculo. La herramienta también señala las cifras de un indicador que no pueden ser todas correctas —un total acumulado que disminuye, una parte por encima de su todo— y cada página de indicador las enumera.',

  'methodology.ratingsHeading': 'Nuestra escala de calificación',
  'methodology.ratings':
    'De mejor a peor. El número es el valor que publicamos en el marcado ClaimReview de schema.org.',

  'methodology.correctionsHeading': 'Política de correcciones',
  'methodology.corrections':
    'Cuando nos equivocamos, corregimos la verificación, fechamos la corrección y explicamos al pie de la página qué ha cambiado. No modificamos un veredicto sin indicarlo. Todas las correcciones figuran también, de la más reciente a la más antigua, en nuestra <corrections>página de correcciones</corrections>. En <about>Quiénes somos</about> se explica cómo proponer una corrección o enviar una afirmación para que la verifiquemos.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · escala logarítmica',
  'chart.countStarts': 'Inicio del recuento: {date}',

  'chart.point.estimate': 'Según {by}, la cifra era de {value} {when}.',
  'chart.point.claimed': 'Cifra afirmada: {value} {when}, según {by}.',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {No hay cifras representadas.} one {Una cifra, representada por fecha.} many {{panels, plural, =1 {{count, number} cifras, representadas por fecha.} other {{count, number} cifras, representadas por fecha en # paneles, uno por cada medida.}}} other {{panels, plural, =1 {{count, number} cifras, representadas por fecha.} other {{count, number} cifras, representadas por fecha en # paneles, uno por cada medida.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {Todavía no hay estimaciones de {metric}} one {Una estimación de {metric}: {lowest}} many {# estimaciones de {metric}; la más baja, {lowest}, y la más alta, {highest}} other {# estimaciones de {metric}; la más baja, {lowest}, y la más alta, {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'Ninguna fuente recoge todavía una cifra de este indicador.',

  'chart.sources': 'Fuentes: {sources}.',
  'chart.source': '«{title}»',
  'chart.sourceWithEstimators': '«{title}» ({estimators})',
  'chart.values.table': 'Todos los valores figuran en la tabla que sigue al gráfico.',
  'chart.values.fullPage': 'Todos los valores figuran en la página completa.',

  'chart.keys':
    'Use las teclas de flecha para pasar de una cifra a otra por orden de fecha, e Inicio y Fin para ir a la primera y a la última.',

  'chart.key': 'Leyenda',
  'chart.key.range': 'Barra con topes: un intervalo; flecha: «más de» o «hasta»',
  'chart.key.span':
    'Línea entre marcas en los extremos: una cifra fechada solo por un periodo (un recuadro si su valor es un intervalo)',
  'chart.key.approx': 'Círculo o línea discontinuos: una cifra aproximada',
  'chart.callouts': 'Marcas numeradas: {list}.',
  'chart.callout': '{number}: {label}',
  'chart.panelsLeftOut':
    '{count, plural, one {# medida más, solo de contexto, figura} many {# medidas más, solo de contexto, figuran} other {# medidas más, solo de contexto, figuran}} en la página completa.',
  'chart.unlabelled':
    '{count, plural, one {# cifra está demasiado cerca de otras para llevar etiqueta} many {# cifras están demasiado cerca de otras para llevar etiqueta} other {# cifras están demasiado cerca de otras para llevar etiqueta}} en el gráfico; todos los valores figuran en la tabla.',

  'chart.image.alt':
    'Gráfico de {count, plural, one {la única cifra} many {las # cifras} other {las # cifras}} de {metric}, por fecha.',
  'chart.image.tooMany':
    '{count, plural, one {# cifra} many {# cifras} other {# cifras}} de {sources, plural, one {# fuente} many {# fuentes} other {# fuentes}}, demasiadas para dibujarlas en esta página: <link>todas las cifras y sus fuentes, con el gráfico interactivo, en la página de {metric}</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'Afirmación de {claimant}, {date}: {claim}',
  'image.chart.verdict': 'Nuestro veredicto: {verdict}',
  'image.noFigures': 'No hay estimaciones que representar.',
  'image.nothingToPlot': 'Todavía no hay nada que representar.',
  'image.chartAlt': 'Gráfico: {title}',

  'image.card.eyebrow': 'Verificación',
  'image.card.verdictHeading': 'Nuestro veredicto',
  'image.card.alt':
    'Verificación de una afirmación de {claimant}, {date}. Veredicto: {verdict}. La afirmación: {claim}',
  'image.card.title':
    '{site}: verificación de una afirmación de {claimant}, {date}. Veredicto: {verdict}. La afirmación: {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'Verificación · {site}',
  'embed.kicker.metric': 'Indicador · {site}',
  'embed.frameTitle.claim': 'Verificación: {title}',
  'embed.frameTitle.metric': 'Gráfico: {metric}',
  'embed.credit.claim': 'Por {publisher}, {date}. {license}.',
  'embed.credit.metric': 'Datos recopilados por {publisher}. {license}.',
  'embed.readMore.claim': 'Leer la verificación completa en {site}',
  'embed.readMore.metric': 'Ver todas las cifras y sus fuentes en {site}',

  'embed.fallback.verdict': 'Veredicto: {verdict}',
  'embed.fallback.claimLink': 'Leer en {site}: {title}',
  'embed.fallback.metricLink': 'Ver todas las cifras de {metric} en {site}',

  'embed.box.summary': 'Insertar este gráfico',
  'embed.box.intro':
    'Pegue este código en su página para mostrarlo en su sitio; se actualiza con esta página y enlaza a ella. El script ajusta el marco al contenido; sin él, el marco conserva su altura inicial. Para una página oscura, cambie theme=light por theme=dark, o por theme=auto para seguir la configuración del lector. <preview>Ver cómo queda</preview>.',
  'embed.box.code': 'Código para insertar',
  'embed.box.copy': 'Copiar',
  'embed.box.copied': 'Copiado',
  'embed.box.selected': 'Seleccionado: pulse Ctrl+C, o ⌘C en un Mac, para copiar',
  'embed.box.oembed':
    'Los sitios que leen <link>oEmbed</link> obtienen el mismo código solo con la dirección de esta página.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict}: {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'Columnas de figures.csv y del CSV de cada indicador',
  'downloads.table.claimCsvColumns': 'Columnas del CSV de cada verificación',
  'downloads.table.claimFields': 'Campos de cada afirmación en claims.json y en el JSON de cada verificación',
  'downloads.table.relationFields': 'Campos de cada objeto de las relaciones de una afirmación',
  'downloads.table.metricFields': 'Campos del indicador en el JSON de cada indicador',
  'downloads.table.siteFields': 'Campos de la cabecera del sitio de cada archivo JSON',

  'downloads.citation': '{title}, {publisher}, {url}, consultado el [fecha]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'Vacío en la fila de la cifra afirmada',

  'downloads.figure.figure': 'Id de la cifra, único en todo el sitio',
  'downloads.figure.metric': 'Id del indicador al que corresponde la cifra',
  'downloads.figure.metric_label': 'Qué cuenta el indicador',
  'downloads.figure.unit': 'Unidad de value, low y high',
  'downloads.figure.value': 'La mejor estimación, un número; vacío cuando la fuente solo da límites',
  'downloads.figure.low': 'Límite inferior, un número: «más de», o el inicio de un intervalo; vacío cuando no lo hay',
  'downloads.figure.high': 'Límite superior, un número: «hasta», o el final de un intervalo; vacío cuando no lo hay',
  'downloads.figure.approx':
    'true cuando la fuente da la cifra como aproximada, con «unos» o «aproximadamente»; la comparación amplía entonces la cifra un 10 %',
  'downloads.figure.value_text': 'La cifra tal como la escriben las páginas, en el idioma del sitio',
  'downloads.figure.as_of':
    'Fecha a la que corresponde la cifra, en EDTF tal como está escrita: un día, un mes o un año, ~ aproximada, ? incierta, / un intervalo',
  'downloads.figure.as_of_start':
    'Primer día al que puede referirse as_of, en ISO 8601 (UTC); las fechas aproximadas e inciertas se amplían una unidad, nunca a antes del since del indicador',
  'downloads.figure.as_of_end':
    'Último día al que puede referirse as_of, leído de la misma forma, nunca posterior a la publicación de la fuente',
  'downloads.figure.date_note': 'Cómo se dedujo la fecha cuando la fuente no la indica',
  'downloads.figure.by': 'Quién hizo la estimación',
  'downloads.figure.quote': 'Las palabras exactas de la fuente que enuncian la cifra',
  'downloads.figure.note': 'La nota de la redacción sobre cómo se interpretó la cifra',
  'downloads.figure.source': 'Id de la fuente que la recoge',
  'downloads.figure.source_title': 'Título del documento fuente',
  'downloads.figure.source_url': 'Dónde se publicó la fuente, si se conoce',
  'downloads.figure.figure_url': 'La cita, resaltada en el texto archivado en este sitio',
  'downloads.figure.same_as': 'Id de la cifra de otra fuente que recoge la misma estimación; vacío cuando no la hay',
  'downloads.figure.attribution':
    'Cómo atribuye la fuente la estimación a «by» cuando no lo dice claramente (p. ej., «según cita The New York Times»); vacío cuando lo dice claramente',
  'downloads.figure.bound':
    'Cómo expresa el texto low y high: strict para «más de» y «menos de», que dejan fuera el propio límite; inclusive para «al menos» y «hasta»; vacío cuando no se indica',

  'downloads.relation.figure': 'Id de la cifra comparada',
  'downloads.relation.relation':
    'Cómo se relaciona con la afirmación, tal como lo muestra la página: corroborates, que se muestra como «{agrees}»; contradicts, que se muestra como «{disagrees}»; o context, que se muestra como «{context}»',
  'downloads.relation.computed_relation':
    'La relación que calculan las reglas de comparación; vacío cuando la afirmación no da ninguna cifra propia',
  'downloads.relation.basis':
    'Por qué: same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric o same-estimate',
  'downloads.relation.stance':
    'La postura del editor, que la página muestra en lugar de la relación calculada; vacío cuando no la hay',
  'downloads.relation.direction':
    'Dónde queda la cifra afirmada respecto a esta cuando se contradicen: above (por encima) o below (por debajo)',
  'downloads.relation.sentence': 'La comparación en palabras, tal como la escribe la página de la verificación',
  'downloads.relation.same_estimate':
    'Ids de las demás cifras comparadas que recogen la misma estimación (sameAs), separados por espacios: la estimación cuenta una sola vez',
  'downloads.relation.claimed_figure':
    'Id de la cifra afirmada con la que se contrasta esta, ya que una afirmación puede enunciar varias; vacío cuando la afirmación no da ninguna cifra',

  'downloads.claimCsv.claim': 'Slug de la verificación',
  'downloads.claimCsv.claim_text': 'La afirmación tal como se verificó',
  'downloads.claimCsv.verdict': 'Id de la calificación',
  'downloads.claimCsv.verdict_label': 'La calificación tal como la muestra la página',
  'downloads.claimCsv.role':
    'claimed: una cifra que enuncia la afirmación, en las primeras filas; compared: una cifra que se contrasta con ella',

  'downloads.claim.slug': 'Slug de la verificación: el nombre de su archivo',
  'downloads.claim.url': 'La página de la verificación',
  'downloads.claim.title': 'Titular de la verificación',
  'downloads.claim.claim': 'La afirmación tal como se verificó',
  'downloads.claim.claimant': 'Quién hizo la afirmación',
  'downloads.claim.claimant_type': 'person (persona) u organization (organización)',
  'downloads.claim.claim_date': 'Cuándo se hizo la afirmación, en EDTF tal como está escrita',
  'downloads.claim.claim_date_start': 'Primer día al que puede referirse claim_date, en ISO 8601',
  'downloads.claim.claim_date_end': 'Último día al que puede referirse claim_date, en ISO 8601',
  'downloads.claim.date_note': 'Cómo se dedujo la fecha de la afirmación, o null',
  'downloads.claim.appearance': 'Id de la fuente en la que apareció la afirmación',
  'downloads.claim.appearance_title': 'Título de esa fuente',
  'downloads.claim.appearance_url': 'Dónde se publicó esa fuente, o null',
  'downloads.claim.verdict': 'Id de la calificación',
  'downloads.claim.verdict_label': 'La calificación tal como la muestra la página',
  'downloads.claim.verdict_value': 'El número de la calificación en la escala; cuanto más alto, más exacta',
  'downloads.claim.summary': 'La conclusión en un párrafo',
  'downloads.claim.assessment':
    'La valoración calculada sobre todas las cifras comparadas: within, above, below, mixed o none',
  'downloads.claim.assessment_summary': 'La valoración calculada, en palabras',
  'downloads.claim.published': 'Cuándo se publicó la verificación, en EDTF',
  'downloads.claim.updated': 'Su última actualización sustancial, en EDTF, o null',
  'downloads.claim.author': 'Quién la escribió, o null',
  'downloads.claim.tags': 'Etiquetas temáticas',
  'downloads.claim.corrections':
    'Correcciones fechadas, de la más antigua a la más reciente: objetos con date (EDTF) y text',
  'downloads.claim.figures':
    'La cifra afirmada y después las comparadas, por fecha: objetos con role y los campos de figures.csv',
  'downloads.claim.relations':
    'Cómo se relaciona cada cifra comparada con la afirmación, en el mismo orden: objetos con los campos de relación que se describen abajo',
  'downloads.claim.claimed_figures':
    'Ids de las cifras que enuncia la afirmación, en el orden en que las enuncia: una, varias o ninguna',
  'downloads.claim.reviewer': 'Quién revisó la verificación antes de publicarla; vacío cuando no se indica',
  'downloads.claim.claimant_url':
    'Una página del autor de la afirmación (su sitio web o su perfil); vacío cuando no se indica',
  'downloads.claim.language': 'El idioma en que está escrita la verificación (BCP 47)',

  'downloads.metric.id': 'Id del indicador',
  'downloads.metric.url': 'Su página en este sitio',
  'downloads.metric.label': 'Qué cuenta',
  'downloads.metric.unit': 'Unidad de todos los valores',
  'downloads.metric.definition': 'Qué se cuenta y qué no',
  'downloads.metric.cumulative': 'true para un total acumulado, que no puede disminuir',
  'downloads.metric.since': 'Inicio del recuento en EDTF, o null',
  'downloads.metric.window':
    'Días de diferencia que pueden separar dos cifras para que sigan contando como de la misma fecha',
  'downloads.metric.part_of': 'Ids de los indicadores de los que este forma parte',
  'downloads.metric.parts': 'Ids de los indicadores que forman parte de este',
  'downloads.metric.figures':
    'Todas las cifras del indicador, por fecha y luego por id: objetos con los campos de figures.csv',

  'downloads.site.title': 'Título del sitio',
  'downloads.site.url': 'Su dirección canónica',
  'downloads.site.publisher': 'Quién lo publica: un objeto con name y url',
  'downloads.site.license': 'Licencia de los contenidos y los datos',

  'downloads.example.metricLabel': 'Militares rusos muertos',
  'downloads.example.unit': 'personas',
  'downloads.example.valueText': 'alrededor de 7000–15.000',
  'downloads.example.dateNote': 'Deducida de «el viernes»',
  'downloads.example.by': 'Ministerio de Defensa de Rusia',
  'downloads.example.attribution': 'un alto mando militar de la OTAN',
  'downloads.example.quote': 'Hasta la fecha han muerto 1351 militares',
  'downloads.example.note': 'El titular la redondea a 1400',
  'downloads.example.sourceTitle': 'Rusia eleva a 1400 sus bajas militares en Ucrania',
  'downloads.example.sentence':
    'Según la OTAN, la cifra era de 7000–15.000 personas dos días antes: entre cinco y once veces la cifra afirmada de 1351 personas.',
  'downloads.example.claimText': 'Han muerto 1351 militares',
  'downloads.example.verdictLabel': 'Subestimado',
  'downloads.example.title': 'El recuento oficial de Rusia quedaba por debajo de todas las estimaciones',
  'downloads.example.appearanceTitle': 'Rusia eleva su estimación',
  'downloads.example.summary': 'El recuento queda por debajo de todas las estimaciones.',
  'downloads.example.assessmentSummary':
    'La afirmación, 1351 personas, queda por debajo de las tres estimaciones comparables.',
  'downloads.example.author': 'Redacción de ejemplo',
  'downloads.example.reviewer': 'Juana Pérez',
  'downloads.example.tags': '["bajas"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "Qué ha cambiado." }']`,
  'downloads.example.definition': 'Muertes de miembros de las fuerzas armadas rusas.',
  'downloads.example.siteTitle': 'El recuento de las pérdidas',
  'downloads.example.publisher': `'{ "name": "Redacción de ejemplo", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    'Según {laterBy}, la cifra era de {laterValue} {laterWhen}, menos de lo que había dado antes {earlierBy}: {earlierValue} {earlierWhen}. Un total acumulado solo puede crecer.',
  'consistency.partExceedsWhole':
    'Según {partBy}, la cifra de {part} era de {partValue} {partWhen}. Es más de lo que dio {wholeBy} para {whole}, que la incluye: {wholeValue} {wholeWhen}.{others, plural, =0 {} one { También supera otra estimación de ese total.} many { También supera otras # estimaciones de ese total.} other { También supera otras # estimaciones de ese total.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'Verificación',
  'claim.translatedFrom': 'Traducción de la verificación original, en {language}: <link>leer el original</link>.',
  'claim.translationStale':
    'El original se actualizó el {date}, después de esta traducción. <link>Lea el original</link> para la versión actual.',
  'claim.claimHeading': 'La afirmación',
  'claim.appearedIn': 'publicada en <link>{title}</link>',
  'claim.verdictHeading': 'Veredicto',
  'claim.ratingMeaning': '{label}: {description} <link>Nuestra escala de calificación</link>.',
  'claim.figuresHeading': 'Cómo se comparan las cifras',
  'claim.chartValuesNote':
    'Cada estimación figura más abajo, en «Las estimaciones», con quién la hizo y dónde se publicó.',
  'claim.embedChart': 'Insertar este gráfico',
  'claim.embedFactCheck': 'Insertar esta verificación',
  'claim.reasoningHeading': 'Nuestro razonamiento',
  'claim.estimatesHeading': 'Las estimaciones',
  'claim.claimedCaption':
    '{claimed, plural, one {La cifra afirmada} many {Las # cifras afirmadas} other {Las # cifras afirmadas}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, one {La cifra afirmada} many {Las # cifras afirmadas} other {Las # cifras afirmadas}} y {count, plural, one {la estimación que se contrasta} many {las # estimaciones que se contrastan} other {las # estimaciones que se contrastan}} con {claimed, plural, one {ella} many {ellas} other {ellas}}} other {{count, plural, one {La estimación que se contrasta} many {Las # estimaciones que se contrastan} other {Las # estimaciones que se contrastan}} con la afirmación}}',
  'claim.column.estimate': 'Estimación',
  'claim.column.comparison': 'Cómo se compara',
  'claim.column.source': 'Fuente',
  'claim.claimedRow':
    '{claimed, plural, one {La cifra de la que trata esta verificación.} many {Una de las {claimedText} cifras de las que trata esta verificación.} other {Una de las {claimedText} cifras de las que trata esta verificación.}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {también recogida por {publisher}: <link>{title}</link>} other {también recogida en <link>{title}</link>}}',
  'claim.noteLink': 'Nota {number}',
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'Notas sobre las estimaciones y sus fechas',
  'claim.reviewerNote':
    'Para revisores: según las cifras por sí solas, la estimación de {by} se leería como «{computed}»; el editor la interpreta como «{shown}», por los motivos expuestos en el razonamiento.',
  'claim.sourcesHeading': 'Fuentes utilizadas',
  'claim.source.undated': 'sin fecha',
  'claim.source.noPublisher': 'no consta el editor',
  'claim.source.original': 'original',
  'claim.source.archived': 'copia archivada',
  'claim.correctionsHeading': 'Correcciones',
  'claim.noCorrections': 'Sin correcciones.',
  'claim.aboutHeading': 'Sobre esta verificación',
  'claim.published': 'Publicación',
  'claim.updated': 'Última actualización',
  'claim.author': 'Autoría',
  'claim.tags': 'Etiquetas',
  'claim.edit': 'Editar esta página',
  'claim.history': 'Historial',
  'claim.transparency':
    'Cómo trabajamos: <methodology>nuestra metodología</methodology> · <corrections>todas las correcciones</corrections> · <about>quiénes somos y cómo enviar una afirmación o una corrección</about>.',
  'verdict.label': 'Veredicto:',
  'figures.column.figure': 'Cifra',
  'figures.column.metric': 'Qué cuenta',
  'figures.column.date': 'Fecha',
  'figures.column.by': 'Estimación de',
  'figures.column.source': 'Fuente',
  'figures.inferred': 'fecha deducida',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}, {titlePunctuated, select, yes {«{title}»} other {«{title}»}}, {site}, {published}{hasUpdate, select, yes { (última actualización: {updated})} other {}}. {url}. Licencia: {license}.',
  'cite.box.summary': 'Citar esta verificación',
  'cite.box.intro':
    'Copie la referencia de abajo en su artículo o trabajo, o la entrada BibTeX en su gestor de referencias.',
  'cite.box.text': 'Referencia',
  'cite.box.bibtex': 'Entrada BibTeX',
  'republish.box.summary': 'Republicar esta verificación',
  'republish.box.intro':
    'Para republicar esta verificación según su licencia, {license}, pegue el código HTML de abajo en su página. Mantenga el crédito y el enlace a esta página.',
  'republish.box.code': 'HTML para republicar',
  'republish.claim': '<strong>Afirmación</strong> de {claimant}: «{claim}»',
  'republish.verdict': '<strong>Veredicto:</strong> {verdict}',
  'republish.readMore': 'Leer la verificación completa en {site}',
  'republish.credit':
    '{hasAuthor, select, yes {Por {author} para {publisher}} other {Por {publisher}}}, {published}. Republicado con licencia {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'Temas',
  'topics.description': 'Todos los temas de las verificaciones de {site}, con cuántas hay sobre cada uno.',
  'topics.empty': 'Todavía ninguna verificación tiene tema.',
  'archive.count': '{count, plural, one {# verificación} many {# verificaciones} other {# verificaciones}}',
  'claimants.title': 'Autores de las afirmaciones',
  'claimants.description':
    'Todas las personas y organizaciones cuyas afirmaciones ha verificado {site}, con cuántas verificaciones tiene cada una.',
  'claimants.empty': 'Todavía no se ha verificado ninguna afirmación.',

  'listing.topic.title': 'Tema: {label}',
  'listing.topic.description': 'Verificaciones de {site} sobre el tema «{label}», de la más reciente a la más antigua.',
  'listing.topic.range':
    '{total, plural, one {# verificación} many {# verificaciones} other {# verificaciones}} sobre este tema, de la más reciente a la más antigua.',
  'listing.topic.rangePaged':
    'Verificaciones {first, number}–{last, number} de {total, number} sobre este tema, de la más reciente a la más antigua.',
  'listing.topic.pages': 'Páginas de este tema',
  'listing.claimant.title': 'Afirmaciones de {label}',
  'listing.claimant.description':
    'Todas las verificaciones de {site} sobre afirmaciones de {label}, de la más reciente a la más antigua.',
  'listing.claimant.range':
    '{total, plural, one {# verificación} many {# verificaciones} other {# verificaciones}} sobre sus afirmaciones, de la más reciente a la más antigua.',
  'listing.claimant.rangePaged':
    'Verificaciones {first, number}–{last, number} de {total, number} sobre sus afirmaciones, de la más reciente a la más antigua.',
  'listing.claimant.pages': 'Páginas de las verificaciones sobre sus afirmaciones',
  'listing.verdict.title': 'Veredicto: «{label}»',
  'listing.verdict.description':
    'Todas las verificaciones de {site} con el veredicto «{label}», de la más reciente a la más antigua.',
  'listing.verdict.range':
    '{total, plural, one {# verificación} many {# verificaciones} other {# verificaciones}} con este veredicto, de la más reciente a la más antigua.',
  'listing.verdict.rangePaged':
    'Verificaciones {first, number}–{last, number} de {total, number} con este veredicto, de la más reciente a la más antigua.',
  'listing.verdict.pages': 'Páginas de las verificaciones con este veredicto',

  'claimant.verdictsHeading': 'Nuestros veredictos sobre sus afirmaciones',
  'claimant.verdictCount':
    '{verdict}: {count, plural, one {# verificación} many {# verificaciones} other {# verificaciones}}',
  'claimant.verdictsNote':
    'Son recuentos, no una puntuación: verificamos las afirmaciones que merece la pena verificar, no una muestra de todo lo que se ha dicho.',
  'claimant.website': '<link>Su sitio web</link>',
  'verdict.meaning': '{description} <link>Nuestra escala de calificación</link>.',

  'archive.browseHeading': 'Explorar las verificaciones',
  'archive.byVerdict': 'Por veredicto',
  'archive.browseLinks': 'Por <topics>tema</topics> o por <claimants>autor de la afirmación</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Revisión',
  'claim.verdictPage': 'Todas las verificaciones con el veredicto «{label}»',
  'claim.draftBanner':
    'Borrador — no publicado. Esta página solo aparece en las vistas previas; en el sitio publicado no queda ningún rastro de ella.',

  'searchPage.filter.topic': 'Tema',
  'searchPage.filter.claimant': 'Autor de la afirmación',
  'searchPage.filter.year': 'Año de publicación',

  'complaints.route':
    'Si nuestra respuesta a una reclamación no le satisface, puede llevarla más lejos: <link>dónde presentar una reclamación</link>.',

  'feed.correctionTitle': 'Corrección: {title}',
};
