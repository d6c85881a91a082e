import type { Catalog } from '../catalog.ts';

/** The Portuguese catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const pt: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'cerca de {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'mais de {low} e menos de {high}',
  'value.moreThan': 'mais de {low}',
  'value.atLeast': 'pelo menos {low}',
  'value.lessThan': 'menos de {high}',
  'value.upTo': 'até {high}',
  'value.withRange': '{value} (intervalo de {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': ', ',
  'punctuation.semicolon': '; ',
  'date.approximate': 'por volta de {date}',
  'date.uncertain': '{date} (data incerta)',
  'date.approximateUncertain': 'por volta de {date} (data incerta)',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {zero} =1 {uma} =2 {duas} =3 {três} =4 {quatro} =5 {cinco} =6 {seis} =7 {sete} =8 {oito} =9 {nove} =10 {dez} =11 {onze} =12 {doze} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'Alegado',
  'role.corroborates': 'Concorda',
  'role.contradicts': 'Discorda',
  'role.context': 'Contexto',
  'role.figure': 'Estimativa',

  'when.sameDay': 'no mesmo dia',
  'when.daysEarlier': '{days, plural, one {um dia antes} =2 {dois dias antes} other {{spelled} dias antes}}',
  'when.daysLater': '{days, plural, one {um dia depois} =2 {dois dias depois} other {{spelled} dias depois}}',
  'when.weeksEarlier': '{weeks, plural, one {uma semana antes} other {{spelled} semanas antes}}',
  'when.weeksLater': '{weeks, plural, one {uma semana depois} other {{spelled} semanas depois}}',
  'when.by': '{span, select, yes {em {date}} other {até {date}}}',
  'when.for': 'referente a {date}',
  'when.on': 'em {date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase': '{wording, select, worded {o número alegado de {value}} other {o número alegado de {value}}}',

  'gap.times': '{low} a {high} vezes',
  'gap.aboutTimes': 'cerca de {n} vezes',
  'gap.moreThanTimes': 'mais de {n} vezes',
  'gap.percent': 'pelo menos {ratio, number, percent} maior que',
  'gap.just': 'ligeiramente maior que',
  'gap.points':
    '{exact, select, yes {} other {pelo menos }}{n, plural, one {# ponto percentual} many {# pontos percentuais} other {# pontos percentuais}} acima de',
  'gap.above': 'maior que',

  'relation.matches': '{by} estimou o número em {other} {when}, o mesmo que {claimed}.',
  'relation.includes':
    '{by} estimou o número em {other} {when}, {shape, select, range {um intervalo que inclui} other {um valor que inclui}} {claimed}.',
  'relation.within': '{by} estimou o número em {other} {when}; {claimed} inclui esse valor.',
  'relation.overlaps':
    '{by} estimou o número em {other} {when}, {shape, select, range {um intervalo que coincide em parte com} other {um valor que coincide em parte com}} {claimed}.',
  'relation.higher': '{by} estimou o número em {other} {when}: {gap} {claimed}.',
  'relation.lower': '{by} estimou o número em {other} {when}; a alegação, {claimedValue}, é {gap} essa estimativa.',
  'relation.totalTooLow':
    '{by} estimou o número em {other} {when}; portanto, a alegação, {claimedValue}, é baixa demais: um total acumulado só cresce.',
  'relation.totalTooHigh':
    '{by} estimou o número em {other} {when}; portanto, a alegação, {claimedValue}, é alta demais: um total acumulado só cresce.',
  'relation.totalGrewFrom':
    '{by} estimou o número em {other} {when}. Um total acumulado pode ter crescido até esse ponto desde {claimed}; por isso, esta estimativa não permite verificar a alegação.',
  'relation.totalGrewTo':
    '{by} estimou o número em {other} {when}. Um total acumulado pode crescer desse ponto até {claimed}; por isso, esta estimativa não permite verificar a alegação.',
  'relation.looseDates':
    '{by} estimou o número em {other} {when}; as datas são imprecisas demais para saber qual veio primeiro: essa estimativa ou {claimed}.',
  'relation.tooFarApart':
    '{by} estimou o número em {other} {when}; essa estimativa e {claimed} estão distantes demais no tempo para serem comparados.',
  'relation.wholeBelowPart':
    '{by} estimou {otherMetric} em {other} {when}. Esse total inclui {claimedMetric}, portanto não deixa espaço para {claimed}.',
  'relation.wholeAbovePart': '{by} estimou {otherMetric} em {other} {when}, o que deixa espaço para {claimed}.',
  'relation.partAboveWhole':
    '{by} estimou apenas {otherMetric} em {other} {when}, valor já maior que {claimed} para {claimedMetric}, um total que necessariamente inclui essa parte.',
  'relation.partBelowWhole':
    '{by} estimou {otherMetric}, parte de {claimedMetric}, em {other} {when}, valor compatível com {claimed}.',
  'relation.differentMetric':
    '{by} estimou {otherMetric} em {other} {when}: uma medida diferente de {claimedMetric}; por isso, dá contexto, mas não permite verificar a alegação.',
  'relation.sameEstimate':
    'Esta é a própria estimativa alegada, tal como {by} a divulgou: {other}. Ela não pode verificar a si mesma.',
  'relation.noClaimedFigure':
    '{by} estimou o número em {other} {when}. A alegação não apresenta nenhum número para comparação.',

  'summary.agrees':
    '{hasFigure, select, no {A alegação} other {Com {claimed}, a alegação}} concorda com {count, plural, one {a única estimativa comparável} =2 {as duas estimativas comparáveis} other {todas as {countText} estimativas comparáveis}}.',
  'summary.below':
    '{hasFigure, select, no {A alegação} other {Com {claimed}, a alegação}} fica abaixo {count, plural, one {da única estimativa comparável} =2 {das duas estimativas comparáveis} other {de todas as {countText} estimativas comparáveis}}.',
  'summary.above':
    '{hasFigure, select, no {A alegação} other {Com {claimed}, a alegação}} fica acima {count, plural, one {da única estimativa comparável} =2 {das duas estimativas comparáveis} other {de todas as {countText} estimativas comparáveis}}.',
  'summary.bothSides':
    '{hasFigure, select, no {A alegação} other {Com {claimed}, a alegação}} discorda de {count, plural, =2 {duas estimativas comparáveis: uma é mais alta, a outra, mais baixa} other {{countText} estimativas comparáveis: algumas são mais altas, outras, mais baixas}}.',
  'summary.disagrees':
    '{hasFigure, select, no {A alegação} other {Com {claimed}, a alegação}} discorda de {count, plural, one {a única estimativa comparável} =2 {as duas estimativas comparáveis} other {todas as {countText} estimativas comparáveis}}.',
  'summary.mixed':
    '{hasFigure, select, no {A alegação} other {Com {claimed}, a alegação}} concorda com {agree, plural, one {uma estimativa comparável} =2 {duas estimativas comparáveis} other {{agreeText} estimativas comparáveis}} e discorda de {disagree, plural, one {uma} =2 {duas} other {{disagreeText}}}.',
  'summary.none':
    'Nenhuma estimativa das nossas fontes pode ser comparada com {hasFigure, select, yes {o número alegado de {claimed}} worded {a alegação de {claimed}} other {a alegação, que não apresenta nenhum número}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: verificações',
  'layout.skipLink': 'Pular para o conteúdo',
  'layout.languages': 'Idiomas',
  'layout.nav': 'Principal',
  'layout.nav.claims': 'Verificações',
  'layout.nav.sources': 'Fontes',
  'layout.nav.metrics': 'Métricas',
  'layout.nav.methodology': 'Metodologia',
  'layout.nav.search': 'Busca',
  'layout.footer.credit':
    'Publicado por <link>{publisher}</link>. Conteúdo e dados sob a licença {license}. <methodology>Como verificamos</methodology>.',
  'layout.footer.nav': 'Sobre este site',
  'layout.footer.about': 'Quem somos',
  'layout.footer.corrections': 'Correções',
  'layout.footer.data': 'Baixe os dados',
  'layout.footer.rss': 'Feed RSS',

  'pageNav.previous': '<hidden>Página </hidden>Anterior',
  'pageNav.next': 'Próxima<hidden> página</hidden>',
  'pageNav.page': 'Página {page, number}',

  'dataDownloads.line': 'Baixe os dados: <csv>CSV</csv> · <json>JSON</json> (<columns>colunas e licença</columns>)',

  'fieldTable.name': 'Nome',
  'fieldTable.meaning': 'Significado',
  'fieldTable.example': 'Exemplo',
  'fieldTable.forExample': 'por exemplo ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'Verificações mais recentes',
  'home.archiveLink':
    '{count, plural, =1 {A verificação} other {Todas as # verificações}}, da mais recente para a mais antiga',

  'listing.titlePaged': '{title}, página {page, number} de {pages, number}',
  'listing.headingPaged': '· página {page, number} de {pages, number}',

  'listing.claims.title': 'Verificações',
  'listing.claims.description': 'Todas as verificações de {site}, da mais recente para a mais antiga.',
  'listing.claims.range':
    '{total, plural, one {# verificação} other {# verificações}}, da mais recente para a mais antiga.',
  'listing.claims.rangePaged':
    'Verificações {first, number}–{last, number} de {total, number}, da mais recente para a mais antiga.',
  'listing.claims.pages': 'Páginas das verificações',

  'listing.sources.title': 'Fontes',
  'listing.sources.description':
    'Todos os documentos que verificamos, com os números que relatam e o seu texto arquivado.',
  'listing.sources.range':
    '{total, plural, one {# fonte} other {# fontes}}, da mais antiga para a mais recente (as sem data no fim).',
  'listing.sources.rangePaged':
    'Fontes {first, number}–{last, number} de {total, number}, da mais antiga para a mais recente (as sem data no fim).',
  'listing.sources.pages': 'Páginas das fontes',
  'listing.sources.caption': 'Fontes {first, number}–{last, number}',
  'listing.sources.column.title': 'Título',
  'listing.sources.column.published': 'Publicado em',
  'listing.sources.column.publisher': 'Publicado por',
  'listing.sources.column.figures': 'Números',
  'listing.sources.unknownDate': 'Desconhecida',
  'listing.sources.noPublisher': 'Não consta',

  'listing.metrics.title': 'Métricas',
  'listing.metrics.description': 'O que cada número conta. Só comparamos entre si números da mesma métrica.',
  'listing.metrics.range': '{total, plural, one {# métrica} other {# métricas}}, por identificador.',
  'listing.metrics.rangePaged': 'Métricas {first, number}–{last, number} de {total, number}, por identificador.',
  'listing.metrics.pages': 'Páginas das métricas',
  'listing.metrics.caption': 'Métricas {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Métrica',
  'listing.metrics.column.unit': 'Unidade',
  'listing.metrics.column.figures': 'Números',

  'listing.corrections.title': 'Correções',
  'listing.corrections.description':
    'Todas as correções feitas nas verificações de {site}, da mais recente para a mais antiga.',
  'listing.corrections.range':
    '{total, plural, one {# correção} other {# correções}}, da mais recente para a mais antiga.',
  'listing.corrections.rangePaged':
    'Correções {first, number}–{last, number} de {total, number}, da mais recente para a mais antiga.',
  'listing.corrections.pages': 'Páginas das correções',
  'listing.corrections.lede':
    'Todas as correções que fizemos em verificações, da mais recente para a mais antiga. Cada uma também aparece, com data, no pé da verificação que corrige. Nossa <policy>política de correções</policy> diz quando e como corrigimos; em <about>Quem somos</about>, explicamos como nos avisar de um erro.',
  'listing.corrections.empty': 'Nenhuma verificação foi corrigida até agora.',

  'sourcePage.type': 'Fonte',
  'sourcePage.untitled': 'O texto arquivado não tem título; este título é a nossa descrição dele.',
  'sourcePage.publisher': 'Publicado por',
  'sourcePage.author': 'Autoria',
  'sourcePage.notShown': 'Não consta no texto',
  'sourcePage.published': 'Publicado em',
  'sourcePage.unknownDate': 'Desconhecida',
  'sourcePage.original': 'Original',
  'sourcePage.archived': 'Cópia arquivada',
  'sourcePage.note': 'Nota da redação',
  'sourcePage.figures': 'Números que relata',
  'sourcePage.figuresCaption': '{count, plural, one {# número} other {# números}} nesta fonte, por data',
  'sourcePage.noFigures': 'Esta fonte não relata nenhum número.',
  'sourcePage.claims': 'Verificações que a utilizam',
  'sourcePage.text': 'Texto arquivado',
  'sourcePage.textNote':
    'O texto tal como foi arquivado. Os trechos destacados são as citações que sustentam cada número acima.',

  'metricPage.type': 'Métrica',
  'metricPage.unit': 'Unidade',
  'metricPage.kind': 'Tipo',
  'metricPage.cumulative': 'Total acumulado: valores posteriores não podem ser menores',
  'metricPage.notCumulative': 'Não é um total acumulado',
  'metricPage.since': 'Contagem desde',
  'metricPage.partOf': 'Parte de',
  'metricPage.parts': 'Inclui',
  'metricPage.figures': 'Todos os números, por data',
  'metricPage.inconsistencies': 'Números que não podem estar todos certos',
  'metricPage.figuresCaption':
    '{count, plural, one {# número} other {# números}} desta métrica, do mais antigo para o mais recente',
  'metricPage.noFigures': 'Nenhuma fonte relata ainda um número desta métrica.',
  'metricPage.claims': 'Verificações sobre ela',

  'embedPage.claim.kicker': 'Verificação · {site}',
  'embedPage.claim.credit': 'Por {publisher}, <date></date>. {license}.',
  'embedPage.claim.link': 'Leia a verificação completa em {site}',
  'embedPage.metric.kicker': 'Métrica · {site}',
  'embedPage.metric.credit': 'Compilação: {publisher}. {license}.',
  'embedPage.metric.link': 'Veja todos os números e suas fontes em {site}',
  'embedPage.valuesNote': 'Todos os valores estão na página completa.',

  'about.title': 'Quem somos',
  'about.description': 'Quem publica {site}, como entrar em contato e como enviar uma alegação.',
  'about.publisherHeading': 'Quem publica este site',
  'about.publisher':
    'O site {site} é publicado por <link>{publisher}</link>. O conteúdo e os dados estão sob a licença {license}.',
  'about.howHeading': 'Como trabalhamos',
  'about.how.methodology':
    '<link>Metodologia</link>: como comparamos números, nossa escala de classificação e nossa política de correções.',
  'about.how.corrections':
    '<link>Correções</link>: todas as correções que fizemos, da mais recente para a mais antiga.',
  'about.how.data':
    '<link>Dados</link>: todos os números e verificações em CSV e JSON, para que você possa conferir nosso trabalho.',
  'about.submitHeading': 'Envie uma alegação ou uma correção',
  'about.submit.page':
    'Para nos pedir que verifiquemos uma alegação, ou para nos avisar de um erro, use <link>nossa página de envio</link>.',
  'about.submit.repository':
    'As verificações são geradas a partir de arquivos em <link>nosso repositório de conteúdo</link>. Para pedir que verifiquemos uma alegação ou para propor uma correção, abra uma issue ou um pull request lá.',
  'about.submit.none':
    'Este site não tem formulário de envio nem endereço de repositório público. Cada verificação é gerada a partir de um arquivo Markdown em um repositório de conteúdo: para propor uma correção, envie a esse repositório um pull request que altere o arquivo da alegação e acrescente uma entrada datada em <code>corrections</code>, ou entre em contato conosco como indicado abaixo.',
  'about.contactHeading': 'Contato',
  'about.contact': 'Fale com {publisher} em <link>{url}</link>.',

  'searchPage.title': 'Busca',
  'searchPage.description': 'Busque nas verificações, fontes e métricas de {site}.',
  'searchPage.lede': 'Busque em todas as verificações, textos de fontes e métricas.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  'searchPage.filter.kind': 'Tipo',
  'searchPage.filter.verdict': 'Veredito',
  'searchPage.fallback':
    'A busca precisa de JavaScript. Sem ele, navegue por <claims>todas as verificações</claims>, <sources>todas as fontes</sources> ou <metrics>todas as métricas</metrics>.',

  'notFound.title': 'Página não encontrada',
  'notFound.text': 'Não há nenhuma página neste endereço. <link>Veja todas as verificações</link>.',

  'dataPage.title': 'Baixe os dados',
  'dataPage.description': 'Todos os números e verificações de {site} em CSV e JSON, com cada coluna explicada.',
  'dataPage.lede':
    'Todos os números e todas as verificações deste site, em CSV para planilhas e em JSON para código. Os arquivos são gerados de novo junto com o site, portanto sempre correspondem às páginas.',
  'dataPage.licenceHeading': 'Licença e citação',
  'dataPage.licence':
    'Os dados são publicados por <link>{publisher}</link> sob a licença <strong>{license}</strong>, como o resto do site. Cite-nos e inclua o link do arquivo que você usou, por exemplo:',
  'dataPage.citationPattern':
    'O padrão: título do site, responsável pela publicação, endereço do arquivo e data em que você o baixou.',
  'dataPage.formatHeading': 'Como os arquivos são escritos',
  'dataPage.format.csv':
    'Os arquivos CSV estão em UTF-8, separados por vírgulas, com uma linha de cabeçalho com os nomes das colunas; as colunas seguem a ordem listada abaixo. Uma célula vazia significa “nenhum”.',
  'dataPage.format.numbers':
    'Os números são números simples (<code>7000</code>, <code>-5</code>, <code>0.25</code>), sem separador de milhar. Um número que a fonte dá como aproximado mantém os números declarados, com <code>approx</code> definido como <code>true</code>.',
  'dataPage.format.dates':
    'As datas estão em <edtf>EDTF</edtf>, tal como escritas no conteúdo (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), cada uma com o primeiro e o último dia que pode significar, em ISO 8601.',
  'dataPage.format.formulas':
    "Para que nenhuma planilha execute uma célula como fórmula, uma célula de texto que comece com um dos caracteres <code>= + - @</code>, com uma tabulação ou com um retorno de carro começa com uma aspa simples (<code>''</code>) no CSV. Os números nunca são alterados. Os arquivos JSON mantêm o texto exatamente como foi escrito.",
  'dataPage.format.json': 'Os campos JSON são os nomes das colunas do CSV; um valor ausente é <code>null</code>.',
  'dataPage.figuresHeading': 'Todos os números',
  'dataPage.figures':
    '<file>figures.csv</file>: uma linha por número de cada fonte ({count, plural, one {# linha} other {# linhas}}), por data e depois por identificador.',
  'dataPage.claimsHeading': 'Todas as verificações',
  'dataPage.claims':
    '<file>claims.json</file>: um objeto com o <header>cabeçalho do site</header> e <code>claims</code>, todas as verificações ({count, number}), da mais recente para a mais antiga, com o veredito, os números e a relação de cada número com a alegação.',
  'dataPage.eachClaimHeading': 'Cada verificação',
  'dataPage.eachClaim':
    'Um CSV com uma linha por número — primeiro o número alegado, depois os números comparados, por data — e um arquivo JSON com o <header>cabeçalho do site</header> e o objeto <code>claim</code>, com os campos de claims.json.',
  'dataPage.eachClaim.caption': 'Arquivos de cada verificação',
  'dataPage.eachClaim.column': 'Verificação',
  'dataPage.eachMetricHeading': 'Cada métrica',
  'dataPage.eachMetric':
    'Um CSV com os números da métrica, por data, com as colunas de <figures>figures.csv</figures>, e um arquivo JSON com o <header>cabeçalho do site</header> e o objeto <code>metric</code> com os seus números.',
  'dataPage.eachMetric.caption': 'Arquivos de cada métrica',
  'dataPage.eachMetric.column': 'Métrica',
  'dataPage.files': 'Arquivos',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'O cabeçalho do site nos arquivos JSON',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'Metodologia',
  'methodology.description':
    'Como verificamos alegações sobre números, nossa escala de classificação e nossa política de correções.',
  'methodology.heading': 'Como verificamos',
  'methodology.lede':
    'Cada verificação deste site compara cada número que uma alegação apresenta com os números que outras fontes relatam sobre a mesma coisa, mais ou menos na mesma data. Mostramos todos os números que usamos, de onde vieram e as palavras exatas das quais foram tirados.',

  'methodology.sourcesHeading': 'Fontes e números',
  'methodology.sources':
    'Arquivamos o texto de todos os documentos em que nos baseamos e o publicamos na respectiva <link>página da fonte</link>. Cada número que tiramos de um documento é registrado com a citação exata que o apresenta, e a geração do site recusa uma citação que não esteja no texto arquivado. Registramos apenas o que o texto mostra: quando um texto não indica veículo, autor ou data, dizemos que a informação não consta. Quando deduzimos uma data — a partir de “ontem” ou “na quarta-feira” —, a página informa isso e explica como.',
  'methodology.figures':
    'Um número é uma melhor estimativa, um intervalo ou um limite. “Mais de 7.000” é um limite inferior; “até 40.000”, um limite superior; “aproximadamente”, “cerca de” ou “quase” indicam um número aproximado. As datas são mantidas com a precisão que o texto dá: um dia, um mês, um ano ou um período, quando só isso é conhecido, e marcadas como aproximadas ou incertas quando o texto as apresenta com ressalvas.',

  'methodology.metricsHeading': 'Comparar o comparável',
  'methodology.metrics':
    'Cada número conta uma <link>métrica</link>, com uma definição que diz o que é e o que não é contado. Mortos, feridos e perdas totais são métricas distintas; uma parte (mortos) nunca pode exceder o seu todo (mortos, feridos, capturados ou desaparecidos) na mesma data, e um total acumulado não pode diminuir.',

  'methodology.comparisonHeading': 'Como os números são comparados',
  'methodology.comparison':
    'O Claimline calcula como cada número comparado se relaciona com o número alegado, expressa isso em uma frase na página da alegação e o representa na linha do tempo. As regras são mecânicas, portanto qualquer pessoa pode conferi-las:',
  'methodology.rule.values':
    '<strong>Valores.</strong> Um número exato é um único número; um intervalo vai do seu extremo inferior ao superior; “mais de” não tem limite superior, e “até” não tem limite inferior. Um número aproximado é ampliado em {tolerance, number}% de cada limite, para os dois lados: “cerca de 500” admite de 450 a 550.',
  'methodology.rule.dates':
    '<strong>Datas.</strong> Uma data abrange todos os dias que pode significar: “março de 2022” é o mês de março inteiro. Uma data aproximada ou incerta é ampliada em uma unidade da sua precisão (um dia, um mês ou um ano) para cada lado, mas nunca para antes do início da contagem da métrica, nem para depois do dia em que a sua fonte foi publicada. Dois números são <em>da mesma data</em> quando todos os dias que qualquer um deles pode significar estão dentro da janela da métrica em relação ao outro — {window, plural, one {# dia} other {# dias}}, a menos que a métrica defina a sua própria janela — ou quando uma mesma fonte apresenta os dois com a mesma data.',
  'methodology.rule.periods':
    '<strong>Períodos.</strong> Para uma métrica que não é um total acumulado (uma média anual, uma taxa), a data é o período que o valor descreve: dois números referentes a 2024 são do mesmo período, assim como um número referente a junho de 2024 e outro referente a 2024. Eles são comparados como sendo da mesma data. Uma data aproximada ou incerta não é um período e segue a janela. Para um total acumulado, a data é o dia em que a contagem foi feita, e apenas a janela se aplica.',
  'methodology.rule.sameDate':
    '<strong>Mesma métrica, mesma data.</strong> Se os valores se sobrepõem, a estimativa <em>concorda</em> com a alegação; se não, ela <em>discorda</em>, e a frase diz se a alegação está acima ou abaixo dela e por quanto. Um valor igual a um limite estrito (“mais de 7.000”, “menos de 100”) fica fora dele.',
  'methodology.rule.runningTotal':
    '<strong>Mesmo total acumulado, datas diferentes.</strong> Uma contagem que só pode crescer não pode ser menor depois: um número posterior cujo limite superior esteja abaixo de um limite inferior anterior discorda. Caso contrário, o número é contexto, compatível com uma contagem que cresceu.',
  'methodology.rule.parts':
    '<strong>Parte e todo.</strong> Uma parte (mortos) acima do seu todo (mortos e feridos) na mesma data — ou acima de um todo que é um total acumulado com data posterior — discorda. Caso contrário, é contexto.',
  'methodology.rule.oneEstimate':
    '<strong>Uma estimativa, uma contagem.</strong> Uma estimativa relatada por várias fontes (o intervalo da Otan, tal como o próprio briefing da Otan e uma agência de notícias o relatam) é uma única estimativa: é comparada uma vez, representada uma vez e listada uma vez, com todas as fontes que a relatam. Outro relato da estimativa alegada não serve para verificá-la.',
  'methodology.rule.else':
    '<strong>Todo o resto</strong> — outra métrica, datas distantes demais ou imprecisas demais — é contexto.',
  'methodology.overall':
    'Considerando todos os números comparados, o número alegado está <em>dentro</em> deles (todas as estimativas decisivas concordam), <em>abaixo</em> ou <em>acima</em> deles (todas discordam, desse lado), o resultado é <em>misto</em>, ou nenhuma estimativa pode ser comparada com ele. Uma alegação que apresenta vários números (“1.351 morreram e 3.825 ficaram feridos”) tem cada um verificado separadamente, com as estimativas da sua própria medida; a leitura da alegação é aquela que todos compartilham, ou mista, e um número com o qual nada pode ser comparado não conta. Um editor pode interpretar uma estimativa de forma diferente das regras, por razões que a verificação apresenta; a página mostra a leitura do editor, uma nota recolhida para revisores dá a leitura das regras, e nossa ferramenta de checagem avisa antes da publicação sempre que uma posição ou um veredito discorda do cálculo. A ferramenta também aponta números de uma mesma métrica que não podem estar todos certos — um total acumulado que diminui, uma parte acima do seu todo — e cada página de métrica os lista.',

  'methodology.ratingsHeading': 'Nossa escala de classificação',
  'methodology.ratings':
    'Da melhor para a pior. O número é o valor que publicamos na marcação ClaimReview do schema.org.',

  'methodology.correctionsHeading': 'Política de correções',
  'methodology.corrections':
    'Quando erramos, corrigimos a verificação, datamos a correção e informamos o que mudou no pé da página. Não alteramos um veredito sem avisar. Todas as correções também são listadas, da mais recente para a mais antiga, na nossa <corrections>página de correções</corrections>. Em <about>Quem somos</about>, explicamos como propor uma correção ou enviar uma alegação para verificação.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · escala logarítmica',
  'chart.countStarts': 'Início da contagem: {date}',

  'chart.point.estimate': '{by} estimou o número em {value} {when}.',
  'chart.point.claimed': 'Alegado: {value} {when}, segundo {by}.',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {Nenhum número no gráfico.} one {Um número, disposto por data.} other {{panels, plural, =1 {{count, number} números, dispostos por data.} other {{count, number} números, dispostos por data em # painéis, um para cada medida.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {Ainda não há estimativas de {metric}} one {Uma estimativa de {metric}: {lowest}} other {# estimativas de {metric}, de {lowest} a {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'Nenhuma fonte relata ainda um número desta métrica.',

  'chart.sources': 'Fontes: {sources}.',
  'chart.source': '“{title}”',
  'chart.sourceWithEstimators': '“{title}” ({estimators})',
  'chart.values.table': 'Todos os valores estão na tabela abaixo do gráfico.',
  'chart.values.fullPage': 'Todos os valores estão na página completa.',

  'chart.keys':
    'Use as setas do teclado para passar de um número a outro em ordem de data, e Home e End para ir ao primeiro e ao último.',

  'chart.key': 'Legenda',
  'chart.key.range': 'Barra com extremidades: um intervalo; seta: “mais de” ou “até”',
  'chart.key.span':
    'Linha entre marcas nas pontas: um número datado apenas por um período (uma caixa quando o valor é um intervalo)',
  'chart.key.approx': 'Círculo ou linha tracejada: um número aproximado',
  'chart.callouts': 'Marcas numeradas: {list}.',
  'chart.callout': '{number}: {label}',
  'chart.panelsLeftOut':
    '{count, plural, one {Mais # medida, só para contexto, está} other {Mais # medidas, só para contexto, estão}} na página completa.',
  'chart.unlabelled':
    '{count, plural, one {# número está} other {# números estão}} perto demais de outros para receber rótulo no gráfico; todos os valores estão na tabela.',

  'chart.image.alt':
    'Gráfico {count, plural, one {do único número} other {de todos os # números}} de {metric}, por data.',
  'chart.image.tooMany':
    '{count, plural, one {# número} other {# números}} de {sources, plural, one {# fonte} other {# fontes}}, volume grande demais para representar nesta página: <link>todos os números e suas fontes, com o gráfico interativo, na página de {metric}</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'Alegação de {claimant}, {date}: {claim}',
  'image.chart.verdict': 'Nosso veredito: {verdict}',
  'image.noFigures': 'Não há estimativas para representar.',
  'image.nothingToPlot': 'Ainda não há nada para representar.',
  'image.chartAlt': 'Gráfico: {title}',

  'image.card.eyebrow': 'Verificação',
  'image.card.verdictHeading': 'Nosso veredito',
  'image.card.alt': 'Verificação de uma alegação de {claimant}, {date}. Veredito: {verdict}. A alegação: {claim}',
  'image.card.title':
    '{site}: verificação de uma alegação de {claimant}, {date}. Veredito: {verdict}. A alegação: {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'Verificação · {site}',
  'embed.kicker.metric': 'Métrica · {site}',
  'embed.frameTitle.claim': 'Verificação: {title}',
  'embed.frameTitle.metric': 'Gráfico: {metric}',
  'embed.credit.claim': 'Por {publisher}, {date}. {license}.',
  'embed.credit.metric': 'Compilação: {publisher}. {license}.',
  'embed.readMore.claim': 'Leia a verificação completa em {site}',
  'embed.readMore.metric': 'Veja todos os números e suas fontes em {site}',

  'embed.fallback.verdict': 'Veredito: {verdict}',
  'embed.fallback.claimLink': 'Leia em {site}: {title}',
  'embed.fallback.metricLink': 'Veja todos os números de {metric} em {site}',

  'embed.box.summary': 'Incorporar este gráfico',
  'embed.box.intro':
    'Cole este código na sua página para exibi-lo no seu site; ele se atualiza junto com esta página e leva de volta a ela. O script ajusta o tamanho do quadro ao conteúdo; sem ele, o quadro mantém a altura inicial. Para uma página escura, troque theme=light por theme=dark, ou por theme=auto para seguir a configuração do leitor. <preview>Veja como fica</preview>.',
  'embed.box.code': 'Código de incorporação',
  'embed.box.copy': 'Copiar',
  'embed.box.copied': 'Copiado',
  'embed.box.selected': 'Selecionado: pressione Ctrl+C, ou ⌘C no Mac, para copiar',
  'embed.box.oembed': 'Sites que leem <link>oEmbed</link> encontram o mesmo código apenas com o endereço desta página.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict}: {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'Colunas de figures.csv e do CSV de cada métrica',
  'downloads.table.claimCsvColumns': 'Colunas do CSV de cada verificação',
  'downloads.table.claimFields': 'Campos de cada alegação em claims.json e no JSON de cada verificação',
  'downloads.table.relationFields': 'Campos de cada objeto nas relações de uma alegação',
  'downloads.table.metricFields': 'Campos da métrica no JSON de cada métrica',
  'downloads.table.siteFields': 'Campos do cabeçalho do site em todos os arquivos JSON',

  'downloads.citation': '{title}, {publisher}, {url}, acesso em [data]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'Vazio na linha do número alegado',

  'downloads.figure.figure': 'Identificador do número, único em todo o site',
  'downloads.figure.metric': 'Identificador da métrica que o número conta',
  'downloads.figure.metric_label': 'O que a métrica conta',
  'downloads.figure.unit': 'Unidade de value, low e high',
  'downloads.figure.value': 'A melhor estimativa, em número; vazio quando a fonte dá apenas limites',
  'downloads.figure.low': 'Limite inferior, em número: “mais de”, ou o início de um intervalo; vazio quando não há',
  'downloads.figure.high': 'Limite superior, em número: “até”, ou o fim de um intervalo; vazio quando não há',
  'downloads.figure.approx':
    'true quando a fonte dá o número como aproximado, como em “cerca de” ou “aproximadamente”; a comparação então amplia o número em 10%',
  'downloads.figure.value_text': 'O número tal como as páginas o escrevem, no idioma do site',
  'downloads.figure.as_of':
    'Data a que o número se refere, em EDTF, tal como escrita: um dia, mês ou ano, ~ aproximada, ? incerta, / um intervalo',
  'downloads.figure.as_of_start':
    'Primeiro dia que as_of pode significar, em ISO 8601 (UTC); datas aproximadas e incertas são ampliadas em uma unidade, nunca para antes do since da métrica',
  'downloads.figure.as_of_end':
    'Último dia que as_of pode significar, lido da mesma forma, nunca depois da publicação da fonte',
  'downloads.figure.date_note': 'Como a data foi deduzida, quando a fonte não a informa',
  'downloads.figure.by': 'Quem fez a estimativa',
  'downloads.figure.quote': 'As palavras exatas da fonte que apresentam o número',
  'downloads.figure.note': 'A nota da redação sobre como o número foi interpretado',
  'downloads.figure.source': 'Identificador da fonte que o relata',
  'downloads.figure.source_title': 'Título do documento de origem',
  'downloads.figure.source_url': 'Onde a fonte foi publicada, quando se sabe',
  'downloads.figure.figure_url': 'A citação, destacada no texto arquivado neste site',
  'downloads.figure.same_as':
    'Identificador do número de outra fonte que relata a mesma estimativa; vazio quando não há',
  'downloads.figure.attribution':
    'Como a fonte atribui a estimativa a “by”, quando não o diz claramente (p. ex., “segundo citação do The New York Times”); vazio quando o diz',
  'downloads.figure.bound':
    'Como o texto expressa low e high: strict para “mais de” e “menos de”, que deixam o próprio limite de fora; inclusive para “pelo menos” e “até”; vazio quando não é dito',

  'downloads.relation.figure': 'Identificador do número comparado',
  'downloads.relation.relation':
    'Como ele se relaciona com a alegação, tal como a página mostra: corroborates, exibido como “{agrees}”; contradicts, exibido como “{disagrees}”; ou context, exibido como “{context}”',
  'downloads.relation.computed_relation':
    'A relação que as regras de comparação calculam; vazio quando a alegação não indica nenhum número próprio',
  'downloads.relation.basis':
    'Motivo: same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric ou same-estimate',
  'downloads.relation.stance':
    'A posição do editor, que a página mostra no lugar da relação calculada; vazio quando não há',
  'downloads.relation.direction':
    'Onde o número alegado fica em relação a este quando os dois se contradizem: above ou below',
  'downloads.relation.sentence': 'A comparação por extenso, tal como a página da alegação a escreve',
  'downloads.relation.same_estimate':
    'Identificadores dos outros números comparados que relatam a mesma estimativa (sameAs), separados por espaços: a estimativa conta uma só vez',
  'downloads.relation.claimed_figure':
    'Identificador do número alegado com o qual este é comparado, já que uma alegação pode afirmar vários; vazio quando a alegação não indica nenhum número',

  'downloads.claimCsv.claim': 'Slug da verificação',
  'downloads.claimCsv.claim_text': 'A alegação, tal como foi verificada',
  'downloads.claimCsv.verdict': 'Identificador da classificação',
  'downloads.claimCsv.verdict_label': 'A classificação tal como a página a mostra',
  'downloads.claimCsv.role':
    'claimed: um número que a alegação afirma, nas primeiras linhas; compared: um número comparado com ela',

  'downloads.claim.slug': 'Slug da verificação: o nome do seu arquivo',
  'downloads.claim.url': 'A página da verificação',
  'downloads.claim.title': 'Título da verificação',
  'downloads.claim.claim': 'A alegação, tal como foi verificada',
  'downloads.claim.claimant': 'Quem fez a alegação',
  'downloads.claim.claimant_type': 'person ou organization',
  'downloads.claim.claim_date': 'Quando a alegação foi feita, em EDTF, tal como escrita',
  'downloads.claim.claim_date_start': 'Primeiro dia que claim_date pode significar, em ISO 8601',
  'downloads.claim.claim_date_end': 'Último dia que claim_date pode significar, em ISO 8601',
  'downloads.claim.date_note': 'Como a data da alegação foi deduzida, ou null',
  'downloads.claim.appearance': 'Identificador da fonte em que a alegação apareceu',
  'downloads.claim.appearance_title': 'Título dessa fonte',
  'downloads.claim.appearance_url': 'Onde essa fonte foi publicada, ou null',
  'downloads.claim.verdict': 'Identificador da classificação',
  'downloads.claim.verdict_label': 'A classificação tal como a página a mostra',
  'downloads.claim.verdict_value': 'O número da classificação na escala; quanto maior, mais exata a alegação',
  'downloads.claim.summary': 'A conclusão em um parágrafo',
  'downloads.claim.assessment':
    'A avaliação calculada sobre todos os números comparados: within, above, below, mixed ou none',
  'downloads.claim.assessment_summary': 'A avaliação calculada, por extenso',
  'downloads.claim.published': 'Quando a verificação foi publicada, em EDTF',
  'downloads.claim.updated': 'A última atualização substancial, em EDTF, ou null',
  'downloads.claim.author': 'Quem a escreveu, ou null',
  'downloads.claim.tags': 'Temas',
  'downloads.claim.corrections':
    'Correções datadas, da mais antiga para a mais recente: objetos com date (EDTF) e text',
  'downloads.claim.figures':
    'O número alegado e depois os comparados, por data: objetos com role e os campos de figures.csv',
  'downloads.claim.relations':
    'Como cada número comparado se relaciona com a alegação, na mesma ordem: objetos com os campos de relação abaixo',
  'downloads.claim.claimed_figures':
    'Identificadores dos números que a alegação afirma, na ordem da alegação: um, vários ou nenhum',
  'downloads.claim.reviewer': 'Quem revisou a verificação antes da publicação; vazio quando não informado',
  'downloads.claim.claimant_url': 'Uma página do autor da alegação (seu site ou perfil); vazio quando não informada',
  'downloads.claim.language': 'O idioma em que a verificação foi escrita (BCP 47)',

  'downloads.metric.id': 'Identificador da métrica',
  'downloads.metric.url': 'A página dela neste site',
  'downloads.metric.label': 'O que ela conta',
  'downloads.metric.unit': 'Unidade de todos os valores',
  'downloads.metric.definition': 'O que é e o que não é contado',
  'downloads.metric.cumulative': 'true para um total acumulado, que não pode diminuir',
  'downloads.metric.since': 'Início da contagem, em EDTF, ou null',
  'downloads.metric.window': 'Quantos dias de distância dois números podem ter e ainda contar como sendo da mesma data',
  'downloads.metric.part_of': 'Identificadores das métricas de que esta é parte',
  'downloads.metric.parts': 'Identificadores das métricas que são partes desta',
  'downloads.metric.figures':
    'Todos os números da métrica, por data e depois por identificador: objetos com os campos de figures.csv',

  'downloads.site.title': 'Título do site',
  'downloads.site.url': 'O endereço canônico dele',
  'downloads.site.publisher': 'Quem o publica: um objeto com name e url',
  'downloads.site.license': 'Licença do conteúdo e dos dados',

  'downloads.example.metricLabel': 'Militares russos mortos',
  'downloads.example.unit': 'pessoas',
  'downloads.example.valueText': 'cerca de 7.000–15.000',
  'downloads.example.dateNote': 'Deduzida de “na sexta-feira”',
  'downloads.example.by': 'Ministério da Defesa da Rússia',
  'downloads.example.attribution': 'um alto oficial militar da Otan',
  'downloads.example.quote': 'Até o momento, 1.351 militares morreram',
  'downloads.example.note': 'O título arredonda para 1.400',
  'downloads.example.sourceTitle': 'Rússia eleva para 1.400 sua estimativa de militares mortos na Ucrânia',
  'downloads.example.sentence':
    'A Otan estimou o número em 7.000–15.000 pessoas dois dias antes: cinco a onze vezes o número alegado de 1.351 pessoas.',
  'downloads.example.claimText': '1.351 militares morreram',
  'downloads.example.verdictLabel': 'Subestimado',
  'downloads.example.title': 'A contagem oficial da Rússia ficou abaixo de todas as estimativas',
  'downloads.example.appearanceTitle': 'Rússia eleva sua estimativa',
  'downloads.example.summary': 'A contagem fica abaixo de todas as estimativas.',
  'downloads.example.assessmentSummary':
    'Com 1.351 pessoas, a alegação fica abaixo de todas as três estimativas comparáveis.',
  'downloads.example.author': 'Redação Exemplo',
  'downloads.example.reviewer': 'Maria da Silva',
  'downloads.example.tags': '["vítimas"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "O que mudou." }']`,
  'downloads.example.definition': 'Mortes de militares das Forças Armadas russas.',
  'downloads.example.siteTitle': 'Contando as perdas',
  'downloads.example.publisher': `'{ "name": "Redação Exemplo", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    '{laterBy} estimou o número em {laterValue} {laterWhen}, menos do que {earlierBy} havia indicado antes: {earlierValue} {earlierWhen}. Um total acumulado só cresce.',
  'consistency.partExceedsWhole':
    '{partBy} estimou {part} em {partValue} {partWhen}. Isso é mais do que {wholeBy} indicou para {whole}, que inclui essa parte: {wholeValue} {wholeWhen}.{others, plural, =0 {} one { Também é mais do que uma outra estimativa desse total.} other { Também é mais do que # outras estimativas desse total.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'Verificação',
  'claim.translatedFrom': 'Tradução da verificação original, em {language}: <link>ler o original</link>.',
  'claim.translationStale':
    'O original foi atualizado em {date}, depois desta tradução. <link>Leia o original</link> para a versão atual.',
  'claim.claimHeading': 'A alegação',
  'claim.appearedIn': 'publicada em <link>{title}</link>',
  'claim.verdictHeading': 'Veredito',
  'claim.ratingMeaning': '{label}: {description} <link>Nossa escala de classificação</link>.',
  'claim.figuresHeading': 'Como os números se comparam',
  'claim.chartValuesNote':
    'Cada estimativa está listada abaixo, em “As estimativas”, com quem a fez e onde foi publicada.',
  'claim.embedChart': 'Incorporar este gráfico',
  'claim.embedFactCheck': 'Incorporar esta verificação',
  'claim.reasoningHeading': 'Nossa análise',
  'claim.estimatesHeading': 'As estimativas',
  'claim.claimedCaption': '{claimed, plural, one {O número alegado} other {Os # números alegados}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, one {O número alegado} other {Os # números alegados}} e {count, plural, one {a estimativa comparada} other {as # estimativas comparadas}} com {claimed, plural, one {ele} other {eles}}} other {{count, plural, one {A estimativa comparada} other {As # estimativas comparadas}} com a alegação}}',
  'claim.column.estimate': 'Estimativa',
  'claim.column.comparison': 'Comparação',
  'claim.column.source': 'Fonte',
  'claim.claimedRow':
    '{claimed, plural, one {O número de que trata esta verificação.} =2 {Um dos dois números de que trata esta verificação.} other {Um dos {claimedText} números de que trata esta verificação.}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {também relatada por {publisher}: <link>{title}</link>} other {também relatada em <link>{title}</link>}}',
  'claim.noteLink': 'Nota {number}',
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'Notas sobre as estimativas e suas datas',
  'claim.reviewerNote':
    'Para revisores: considerando apenas os números, a estimativa de {by} seria lida como “{computed}”; o editor a lê como “{shown}”, pelas razões apresentadas na análise.',
  'claim.sourcesHeading': 'Fontes que usamos',
  'claim.source.undated': 'sem data',
  'claim.source.noPublisher': 'responsável pela publicação não consta',
  'claim.source.original': 'original',
  'claim.source.archived': 'cópia arquivada',
  'claim.correctionsHeading': 'Correções',
  'claim.noCorrections': 'Nenhuma correção.',
  'claim.aboutHeading': 'Sobre esta verificação',
  'claim.published': 'Publicada em',
  'claim.updated': 'Última atualização',
  'claim.author': 'Autoria',
  'claim.tags': 'Temas',
  'claim.edit': 'Editar esta página',
  'claim.history': 'Histórico',
  'claim.transparency':
    'Como trabalhamos: <methodology>nossa metodologia</methodology> · <corrections>todas as correções</corrections> · <about>quem somos e como enviar uma alegação ou uma correção</about>.',
  'verdict.label': 'Veredito:',
  'figures.column.figure': 'Número',
  'figures.column.metric': 'O que conta',
  'figures.column.date': 'Data de referência',
  'figures.column.by': 'Estimado por',
  'figures.column.source': 'Fonte',
  'figures.inferred': 'data deduzida',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}. {titlePunctuated, select, yes {“{title}”} other {“{title}”.}} {site}, {published}{hasUpdate, select, yes { (atualizado em {updated})} other {}}. {url}. Licença: {license}.',
  'cite.box.summary': 'Citar esta verificação',
  'cite.box.intro':
    'Copie a referência abaixo no seu artigo ou trabalho, ou a entrada BibTeX no seu gerenciador de referências.',
  'cite.box.text': 'Referência',
  'cite.box.bibtex': 'Entrada BibTeX',
  'republish.box.summary': 'Republicar esta verificação',
  'republish.box.intro':
    'Para republicar esta verificação nos termos da sua licença, {license}, cole o código HTML abaixo na sua página. Mantenha o crédito e o link para esta página.',
  'republish.box.code': 'HTML para republicar',
  'republish.claim': '<strong>Alegação</strong> feita por {claimant}: “{claim}”',
  'republish.verdict': '<strong>Veredito:</strong> {verdict}',
  'republish.readMore': 'Leia a verificação completa em {site}',
  'republish.credit':
    '{hasAuthor, select, yes {Por {author} para {publisher}} other {Por {publisher}}}, {published}. Republicado sob a licença {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'Temas',
  'topics.description': 'Todos os temas das verificações de {site}, com quantas há sobre cada um.',
  'topics.empty': 'Nenhuma verificação tem tema ainda.',
  'archive.count': '{count, plural, one {# verificação} other {# verificações}}',
  'claimants.title': 'Autores das alegações',
  'claimants.description':
    'Todas as pessoas e organizações cujas alegações {site} verificou, com quantas verificações cada uma tem.',
  'claimants.empty': 'Nenhuma alegação foi verificada ainda.',

  'listing.topic.title': 'Tema: {label}',
  'listing.topic.description': 'Verificações de {site} sobre o tema “{label}”, da mais recente para a mais antiga.',
  'listing.topic.range':
    '{total, plural, one {# verificação} other {# verificações}} sobre este tema, da mais recente para a mais antiga.',
  'listing.topic.rangePaged':
    'Verificações {first, number}–{last, number} de {total, number} sobre este tema, da mais recente para a mais antiga.',
  'listing.topic.pages': 'Páginas deste tema',
  'listing.claimant.title': 'Alegações de {label}',
  'listing.claimant.description':
    'Todas as verificações de {site} sobre alegações de {label}, da mais recente para a mais antiga.',
  'listing.claimant.range':
    '{total, plural, one {# verificação} other {# verificações}} sobre suas alegações, da mais recente para a mais antiga.',
  'listing.claimant.rangePaged':
    'Verificações {first, number}–{last, number} de {total, number} sobre suas alegações, da mais recente para a mais antiga.',
  'listing.claimant.pages': 'Páginas das verificações sobre suas alegações',
  'listing.verdict.title': 'Veredito: “{label}”',
  'listing.verdict.description':
    'Todas as verificações de {site} com o veredito “{label}”, da mais recente para a mais antiga.',
  'listing.verdict.range':
    '{total, plural, one {# verificação} other {# verificações}} com este veredito, da mais recente para a mais antiga.',
  'listing.verdict.rangePaged':
    'Verificações {first, number}–{last, number} de {total, number} com este veredito, da mais recente para a mais antiga.',
  'listing.verdict.pages': 'Páginas das verificações com este veredito',

  'claimant.verdictsHeading': 'Nossos vereditos sobre suas alegações',
  'claimant.verdictCount': '{verdict}: {count, plural, one {# verificação} other {# verificações}}',
  'claimant.verdictsNote':
    'São contagens, não uma nota: verificamos as alegações que vale a pena verificar, não uma amostra de tudo o que foi dito.',
  'claimant.website': '<link>Site próprio</link>',
  'verdict.meaning': '{description} <link>Nossa escala de classificação</link>.',

  'archive.browseHeading': 'Explore as verificações',
  'archive.byVerdict': 'Por veredito',
  'archive.browseLinks': 'Por <topics>tema</topics> ou por <claimants>autor da alegação</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Revisão',
  'claim.verdictPage': 'Todas as verificações com o veredito “{label}”',
  'claim.draftBanner':
    'Rascunho — não publicado. Esta página só aparece nas prévias; o site publicado não guarda nenhum vestígio dela.',

  'searchPage.filter.topic': 'Tema',
  'searchPage.filter.claimant': 'Autor da alegação',
  'searchPage.filter.year': 'Ano de publicação',

  'complaints.route':
    'Se nossa resposta a uma reclamação não for satisfatória, você pode levá-la adiante: <link>a quem recorrer</link>.',

  'feed.correctionTitle': 'Correção: {title}',
};
