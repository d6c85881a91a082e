import type { Catalog } from '../catalog.ts';

/** The Russian catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const ru: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'около {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'более {low}, но менее {high}',
  'value.moreThan': 'более {low}',
  'value.atLeast': 'не менее {low}',
  'value.lessThan': 'менее {high}',
  'value.upTo': 'до {high}',
  'value.withRange': '{value} (диапазон {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': ', ',
  'punctuation.semicolon': '; ',
  'date.approximate': '{date} (приблизительно)',
  'date.uncertain': '{date} (предположительно)',
  'date.approximateUncertain': '{date} (приблизительно; предположительно)',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {ноль} =1 {один} =2 {два} =3 {три} =4 {четыре} =5 {пять} =6 {шесть} =7 {семь} =8 {восемь} =9 {девять} =10 {десять} =11 {одиннадцать} =12 {двенадцать} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'Заявлено',
  'role.corroborates': 'Согласуется',
  'role.contradicts': 'Расходится',
  'role.context': 'Контекст',
  'role.figure': 'Оценка',

  'when.sameDay': 'в тот же день',
  'when.daysEarlier':
    '{days, plural, one {на день раньше} few {на {spelled} дня раньше} many {на {spelled} дней раньше} other {на {spelled} дня раньше}}',
  'when.daysLater':
    '{days, plural, one {на день позже} few {на {spelled} дня позже} many {на {spelled} дней позже} other {на {spelled} дня позже}}',
  'when.weeksEarlier':
    '{weeks, plural, =2 {на две недели раньше} one {на неделю раньше} few {на {spelled} недели раньше} many {на {spelled} недель раньше} other {на {spelled} недели раньше}}',
  'when.weeksLater':
    '{weeks, plural, =2 {на две недели позже} one {на неделю позже} few {на {spelled} недели позже} many {на {spelled} недель позже} other {на {spelled} недели позже}}',
  'when.by': '{span, select, yes {по состоянию на {date}} other {на {date}}}',
  'when.for': 'за {date}',
  'when.on': 'на {date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase': '{wording, select, worded {заявленное значение ({value})} other {заявленное значение ({value})}}',

  'gap.times':
    '{high, select, два {в {low}–{high} раза} три {в {low}–{high} раза} четыре {в {low}–{high} раза} пять {в {low}–{high} раз} шесть {в {low}–{high} раз} семь {в {low}–{high} раз} восемь {в {low}–{high} раз} девять {в {low}–{high} раз} десять {в {low}–{high} раз} одиннадцать {в {low}–{high} раз} двенадцать {в {low}–{high} раз} other {{low}–{high}-кратно}} превышает',
  'gap.aboutTimes':
    '{n, select, два {примерно в {n} раза} три {примерно в {n} раза} четыре {примерно в {n} раза} пять {примерно в {n} раз} шесть {примерно в {n} раз} семь {примерно в {n} раз} восемь {примерно в {n} раз} девять {примерно в {n} раз} десять {примерно в {n} раз} одиннадцать {примерно в {n} раз} двенадцать {примерно в {n} раз} other {примерно {n}-кратно}} превышает',
  'gap.moreThanTimes':
    '{n, select, два {более чем в {n} раза} три {более чем в {n} раза} четыре {более чем в {n} раза} пять {более чем в {n} раз} шесть {более чем в {n} раз} семь {более чем в {n} раз} восемь {более чем в {n} раз} девять {более чем в {n} раз} десять {более чем в {n} раз} одиннадцать {более чем в {n} раз} двенадцать {более чем в {n} раз} other {более чем {n}-кратно}} превышает',
  'gap.percent': 'как минимум на {ratio, number, percent} превышает',
  'gap.just': 'чуть превышает',
  'gap.points': '{exact, select, yes {на} other {как минимум на}} {n, number} п. п. превышает',
  'gap.above': 'превышает',

  'relation.matches': '{by}: {other} {when}; это то же, что и {claimed}.',
  'relation.includes':
    '{by}: {other} {when}, {shape, select, range {диапазон, который включает} other {что включает}} {claimed}.',
  'relation.within': '{by}: {other} {when}; это значение укладывается в {claimed}.',
  'relation.overlaps':
    '{by}: {other} {when}, {shape, select, range {диапазон, который частично перекрывает} other {что частично перекрывает}} {claimed}.',
  'relation.higher': '{by}: {other} {when} — это {gap} {claimed}.',
  'relation.lower': '{by}: {other} {when}; заявленное значение ({claimedValue}) {gap} эту оценку.',
  'relation.totalTooLow':
    '{by}: {other} {when}, поэтому заявленное значение ({claimedValue}) слишком низкое: нарастающий итог может только расти.',
  'relation.totalTooHigh':
    '{by}: {other} {when}, поэтому заявленное значение ({claimedValue}) слишком высокое: нарастающий итог может только расти.',
  'relation.totalGrewFrom':
    '{by}: {other} {when}. Эта оценка и {claimed} совместимы: нарастающий итог мог успеть вырасти настолько, поэтому утверждение она не проверяет.',
  'relation.totalGrewTo':
    '{by}: {other} {when}. Эта оценка и {claimed} совместимы: с такого уровня нарастающий итог мог успеть вырасти до заявленного, поэтому утверждение она не проверяет.',
  'relation.looseDates':
    '{by}: {other} {when}; даты слишком неточны, чтобы сказать, относится эта оценка к более раннему или к более позднему времени, чем {claimed}.',
  'relation.tooFarApart':
    '{by}: {other} {when}; это слишком далеко по времени от момента, к которому относится {claimed}, чтобы их сравнивать.',
  'relation.wholeBelowPart':
    '{by}: по показателю «{otherMetric}» — {other} {when}. В этот итог входит показатель «{claimedMetric}», поэтому {claimed} в него не укладывается.',
  'relation.wholeAbovePart':
    '{by}: по показателю «{otherMetric}» — {other} {when}; в этот итог {claimed} укладывается.',
  'relation.partAboveWhole':
    '{by}: только по показателю «{otherMetric}» — {other} {when}; это уже больше, чем {claimed} по показателю «{claimedMetric}», который должен включать эту часть.',
  'relation.partBelowWhole':
    '{by}: по показателю «{otherMetric}», части показателя «{claimedMetric}», — {other} {when}; это укладывается в {claimed}.',
  'relation.differentMetric':
    '{by}: по показателю «{otherMetric}» — {other} {when}. Это другой показатель, не «{claimedMetric}», поэтому оценка даёт контекст, но не может проверить утверждение.',
  'relation.sameEstimate':
    'Это та же заявленная оценка в изложении источника ({by}): {other}. Проверить саму себя она не может.',
  'relation.noClaimedFigure':
    '{by}: {other} {when}. В утверждении нет числа, с которым можно было бы сопоставить эту оценку.',

  'summary.agrees':
    '{count, plural, =1 {Единственная сопоставимая оценка согласуется} =2 {Обе сопоставимые оценки согласуются} one {Все {countText} сопоставимая оценка согласуются} few {Все {countText} сопоставимые оценки согласуются} many {Все {countText} сопоставимых оценок согласуются} other {Все {countText} сопоставимые оценки согласуются}} {hasFigure, select, no {с утверждением} other {с заявленным значением ({claimed})}}.',
  'summary.below':
    '{count, plural, =1 {Единственная сопоставимая оценка выше} =2 {Обе сопоставимые оценки выше} one {Все {countText} сопоставимая оценка выше} few {Все {countText} сопоставимые оценки выше} many {Все {countText} сопоставимых оценок выше} other {Все {countText} сопоставимые оценки выше}}{hasFigure, select, no {, чем утверждается} other { заявленного значения ({claimed})}}.',
  'summary.above':
    '{count, plural, =1 {Единственная сопоставимая оценка ниже} =2 {Обе сопоставимые оценки ниже} one {Все {countText} сопоставимая оценка ниже} few {Все {countText} сопоставимые оценки ниже} many {Все {countText} сопоставимых оценок ниже} other {Все {countText} сопоставимые оценки ниже}}{hasFigure, select, no {, чем утверждается} other { заявленного значения ({claimed})}}.',
  'summary.bothSides':
    '{hasFigure, select, no {С утверждением} other {С заявленным значением ({claimed})}} {count, plural, =1 {расходится одна сопоставимая оценка} =2 {расходятся две сопоставимые оценки: одна выше, другая ниже} one {расходится {countText} сопоставимая оценка: одни выше, другие ниже} few {расходятся {countText} сопоставимые оценки: одни выше, другие ниже} many {расходятся {countText} сопоставимых оценок: одни выше, другие ниже} other {расходятся {countText} сопоставимые оценки: одни выше, другие ниже}}.',
  'summary.disagrees':
    '{count, plural, =1 {Единственная сопоставимая оценка расходится} =2 {Обе сопоставимые оценки расходятся} one {Все {countText} сопоставимая оценка расходятся} few {Все {countText} сопоставимые оценки расходятся} many {Все {countText} сопоставимых оценок расходятся} other {Все {countText} сопоставимые оценки расходятся}} {hasFigure, select, no {с утверждением} other {с заявленным значением ({claimed})}}.',
  'summary.mixed':
    '{hasFigure, select, no {С утверждением} other {С заявленным значением ({claimed})}} {agree, plural, =1 {согласуется одна сопоставимая оценка} =2 {согласуются две сопоставимые оценки} one {согласуется {agreeText} сопоставимая оценка} few {согласуются {agreeText} сопоставимые оценки} many {согласуются {agreeText} сопоставимых оценок} other {согласуются {agreeText} сопоставимые оценки}}, а {disagree, plural, =1 {расходится одна} =2 {расходятся две} one {расходится {disagreeText}} other {расходятся {disagreeText}}}.',
  'summary.none':
    'Ни одну оценку из наших источников нельзя сопоставить {hasFigure, select, yes {с заявленным значением ({claimed})} worded {с заявленным значением ({claimed})} other {с утверждением: в нём нет числа}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: проверки',
  'layout.skipLink': 'Перейти к содержанию',
  'layout.languages': 'Языки',
  'layout.nav': 'Главное меню',
  'layout.nav.claims': 'Проверки',
  'layout.nav.sources': 'Источники',
  'layout.nav.metrics': 'Показатели',
  'layout.nav.methodology': 'Методология',
  'layout.nav.search': 'Поиск',
  'layout.footer.credit':
    'Издатель: <link>{publisher}</link>. Материалы и данные распространяются по лицензии {license}. <methodology>Как мы проверяем</methodology>.',
  'layout.footer.nav': 'Об этом сайте',
  'layout.footer.about': 'О нас',
  'layout.footer.corrections': 'Исправления',
  'layout.footer.data': 'Скачать данные',
  'layout.footer.rss': 'RSS-лента',

  'pageNav.previous': 'Предыдущая<hidden> страница</hidden>',
  'pageNav.next': 'Следующая<hidden> страница</hidden>',
  'pageNav.page': 'Страница {page, number}',

  'dataDownloads.line': 'Скачать данные: <csv>CSV</csv> · <json>JSON</json> (<columns>столбцы и лицензия</columns>)',

  'fieldTable.name': 'Название',
  'fieldTable.meaning': 'Что означает',
  'fieldTable.example': 'Пример',
  'fieldTable.forExample': 'например ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'Последние проверки',
  'home.archiveLink':
    '{count, plural, =1 {Проверка} one {Все # проверка} few {Все # проверки} many {Все # проверок} other {Все # проверки}}, сначала новые',

  'listing.titlePaged': '{title}, страница {page, number} из {pages, number}',
  'listing.headingPaged': '· страница {page, number} из {pages, number}',

  'listing.claims.title': 'Проверки',
  'listing.claims.description': 'Все проверки сайта {site}, сначала новые.',
  'listing.claims.range':
    '{total, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}, сначала новые.',
  'listing.claims.rangePaged': 'Проверки {first, number}–{last, number} из {total, number}, сначала новые.',
  'listing.claims.pages': 'Страницы списка проверок',

  'listing.sources.title': 'Источники',
  'listing.sources.description':
    'Все документы, которые мы проверили, с приведёнными в них цифрами и архивным текстом.',
  'listing.sources.range':
    '{total, plural, one {# источник} few {# источника} many {# источников} other {# источника}}, сначала старые (без даты — в конце).',
  'listing.sources.rangePaged':
    'Источники {first, number}–{last, number} из {total, number}, сначала старые (без даты — в конце).',
  'listing.sources.pages': 'Страницы списка источников',
  'listing.sources.caption': 'Источники {first, number}–{last, number}',
  'listing.sources.column.title': 'Название',
  'listing.sources.column.published': 'Дата публикации',
  'listing.sources.column.publisher': 'Издатель',
  'listing.sources.column.figures': 'Цифры',
  'listing.sources.unknownDate': 'Неизвестна',
  'listing.sources.noPublisher': 'Не указан',

  'listing.metrics.title': 'Показатели',
  'listing.metrics.description':
    'Что считает каждая цифра. Мы сопоставляем друг с другом только цифры одного и того же показателя.',
  'listing.metrics.range':
    '{total, plural, one {# показатель} few {# показателя} many {# показателей} other {# показателя}}, по идентификатору.',
  'listing.metrics.rangePaged': 'Показатели {first, number}–{last, number} из {total, number}, по идентификатору.',
  'listing.metrics.pages': 'Страницы списка показателей',
  'listing.metrics.caption': 'Показатели {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Показатель',
  'listing.metrics.column.unit': 'Единица',
  'listing.metrics.column.figures': 'Цифры',

  'listing.corrections.title': 'Исправления',
  'listing.corrections.description': 'Все исправления в проверках сайта {site}, сначала новые.',
  'listing.corrections.range':
    '{total, plural, one {# исправление} few {# исправления} many {# исправлений} other {# исправления}}, сначала новые.',
  'listing.corrections.rangePaged': 'Исправления {first, number}–{last, number} из {total, number}, сначала новые.',
  'listing.corrections.pages': 'Страницы списка исправлений',
  'listing.corrections.lede':
    'Все исправления, которые мы внесли в проверки, сначала новые. Каждое из них также датировано внизу исправленной проверки. Наша <policy>политика исправлений</policy> описывает, когда и как мы вносим исправления; в разделе <about>О нас</about> сказано, как сообщить нам об ошибке.',
  'listing.corrections.empty': 'Пока ни одна проверка не исправлялась.',

  'sourcePage.type': 'Источник',
  'sourcePage.untitled': 'У архивного текста нет заголовка; это название — наше описание текста.',
  'sourcePage.publisher': 'Издатель',
  'sourcePage.author': 'Автор',
  'sourcePage.notShown': 'В тексте не указан',
  'sourcePage.published': 'Дата публикации',
  'sourcePage.unknownDate': 'Неизвестна',
  'sourcePage.original': 'Оригинал',
  'sourcePage.archived': 'Архивная копия',
  'sourcePage.note': 'Примечание редакции',
  'sourcePage.figures': 'Приведённые цифры',
  'sourcePage.figuresCaption':
    '{count, plural, one {# цифра} few {# цифры} many {# цифр} other {# цифры}} в этом источнике, по датам',
  'sourcePage.noFigures': 'В этом источнике нет цифр.',
  'sourcePage.claims': 'Проверки, в которых он использован',
  'sourcePage.text': 'Архивный текст',
  'sourcePage.textNote':
    'Текст в том виде, в каком он сохранён в архиве. Выделены цитаты, на которых основана каждая цифра выше.',

  'metricPage.type': 'Показатель',
  'metricPage.unit': 'Единица',
  'metricPage.kind': 'Тип',
  'metricPage.cumulative': 'Нарастающий итог: более поздние значения не могут быть ниже',
  'metricPage.notCumulative': 'Не нарастающий итог',
  'metricPage.since': 'Отсчёт с',
  'metricPage.partOf': 'Входит в',
  'metricPage.parts': 'Включает',
  'metricPage.figures': 'Все цифры по датам',
  'metricPage.inconsistencies': 'Цифры, которые не могут быть верны одновременно',
  'metricPage.figuresCaption':
    '{count, plural, one {# цифра} few {# цифры} many {# цифр} other {# цифры}} по этому показателю, сначала старые',
  'metricPage.noFigures': 'Ни один источник пока не приводит цифр по этому показателю.',
  'metricPage.claims': 'Проверки по этому показателю',

  'embedPage.claim.kicker': 'Проверка · {site}',
  'embedPage.claim.credit': 'Издатель: {publisher} (<date></date>). {license}.',
  'embedPage.claim.link': 'Полная проверка на сайте {site}',
  'embedPage.metric.kicker': 'Показатель · {site}',
  'embedPage.metric.credit': 'Составитель: {publisher}. {license}.',
  'embedPage.metric.link': 'Все цифры и их источники на сайте {site}',
  'embedPage.valuesNote': 'Все значения — на полной странице.',

  'about.title': 'О нас',
  'about.description': 'Кто издаёт сайт {site}, как с нами связаться и как предложить утверждение для проверки.',
  'about.publisherHeading': 'Кто издаёт этот сайт',
  'about.publisher':
    'Издатель сайта {site} — <link>{publisher}</link>. Материалы и данные распространяются по лицензии {license}.',
  'about.howHeading': 'Как мы работаем',
  'about.how.methodology':
    '<link>Методология</link>: как мы сравниваем цифры, наша шкала вердиктов и политика исправлений.',
  'about.how.corrections': '<link>Исправления</link>: все внесённые нами исправления, сначала новые.',
  'about.how.data':
    '<link>Данные</link>: все цифры и проверки в форматах CSV и JSON, чтобы вы могли проверить нашу работу.',
  'about.submitHeading': 'Предложить утверждение или исправление',
  'about.submit.page':
    'Чтобы попросить нас проверить утверждение или сообщить об ошибке, воспользуйтесь <link>нашей страницей для обращений</link>.',
  'about.submit.repository':
    'Проверки собираются из файлов в <link>нашем репозитории с материалами</link>. Чтобы попросить нас проверить утверждение или предложить исправление, откройте там issue или pull request.',
  'about.submit.none':
    'У этого сайта нет формы для обращений или адреса публичного репозитория. Каждая проверка собирается из Markdown-файла в репозитории с материалами: чтобы предложить исправление, отправьте в этот репозиторий pull request, который изменяет файл утверждения и добавляет датированную запись в <code>corrections</code>, или свяжитесь с нами, как указано ниже.',
  'about.contactHeading': 'Контакты',
  'about.contact': 'Связаться с издателем ({publisher}) можно по адресу <link>{url}</link>.',

  'searchPage.title': 'Поиск',
  'searchPage.description': 'Поиск по проверкам, источникам и показателям сайта {site}.',
  'searchPage.lede': 'Поиск по всем проверкам, текстам источников и показателям.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  'searchPage.filter.kind': 'Тип',
  'searchPage.filter.verdict': 'Вердикт',
  'searchPage.fallback':
    'Для поиска нужен JavaScript. Без него можно просмотреть <claims>все проверки</claims>, <sources>все источники</sources> или <metrics>все показатели</metrics>.',

  'notFound.title': 'Страница не найдена',
  'notFound.text': 'По этому адресу страницы нет. <link>Все проверки</link>.',

  'dataPage.title': 'Скачать данные',
  'dataPage.description': 'Все цифры и проверки сайта {site} в форматах CSV и JSON с описанием каждого столбца.',
  'dataPage.lede':
    'Все цифры и все проверки на этом сайте — в CSV для электронных таблиц и в JSON для программ. Файлы пересобираются вместе с сайтом, поэтому всегда соответствуют страницам.',
  'dataPage.licenceHeading': 'Лицензия и цитирование',
  'dataPage.licence':
    'Издатель данных — <link>{publisher}</link>; как и весь сайт, они распространяются по лицензии <strong>{license}</strong>. Укажите нас как источник и дайте ссылку на использованный файл, например:',
  'dataPage.citationPattern': 'Схема: название сайта, издатель, адрес файла и дата, когда вы его скачали.',
  'dataPage.formatHeading': 'Как устроены файлы',
  'dataPage.format.csv':
    'CSV-файлы записаны в кодировке UTF-8, через запятую, с одной строкой заголовков — названиями столбцов; столбцы идут в порядке, указанном ниже. Пустая ячейка означает «нет».',
  'dataPage.format.numbers':
    'Числа записаны как простые числа (<code>7000</code>, <code>-5</code>, <code>0.25</code>), без разделителей разрядов. Цифра, которую источник приводит с оговоркой, сохраняет указанные в нём числа, а поле <code>approx</code> имеет значение <code>true</code>.',
  'dataPage.format.dates':
    'Даты записаны в формате <edtf>EDTF</edtf> так, как они указаны в материалах (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), и для каждой указаны первый и последний день, который она может означать, в формате ISO 8601.',
  'dataPage.format.formulas':
    "Чтобы электронная таблица не выполнила ячейку как формулу, текстовая ячейка, которая начинается с одного из символов <code>= + - @</code>, с табуляции или с возврата каретки, в CSV начинается с одинарной кавычки (<code>''</code>). Числа никогда не изменяются. В JSON-файлах текст сохраняется в точности так, как написан.",
  'dataPage.format.json': 'Поля JSON называются так же, как столбцы CSV; отсутствующее значение — <code>null</code>.',
  'dataPage.figuresHeading': 'Все цифры',
  'dataPage.figures':
    '<file>figures.csv</file>: по одной строке на каждую цифру из всех источников ({count, plural, one {# строка} few {# строки} many {# строк} other {# строки}}), по дате, затем по идентификатору.',
  'dataPage.claimsHeading': 'Все проверки',
  'dataPage.claims':
    '<file>claims.json</file>: объект со <header>сведениями о сайте</header> и <code>claims</code> — всеми проверками ({count, number}), сначала новые, с вердиктом, цифрами и тем, как каждая цифра соотносится с утверждением.',
  'dataPage.eachClaimHeading': 'Каждая проверка',
  'dataPage.eachClaim':
    'CSV-файл с одной строкой на каждую цифру — сначала заявленная цифра, затем сравниваемые по датам — и JSON-файл со <header>сведениями о сайте</header> и объектом <code>claim</code> с полями claims.json.',
  'dataPage.eachClaim.caption': 'Файлы каждой проверки',
  'dataPage.eachClaim.column': 'Проверка',
  'dataPage.eachMetricHeading': 'Каждый показатель',
  'dataPage.eachMetric':
    'CSV-файл с цифрами показателя по датам, со столбцами <figures>figures.csv</figures>, и JSON-файл со <header>сведениями о сайте</header> и объектом <code>metric</code> с его цифрами.',
  'dataPage.eachMetric.caption': 'Файлы каждого показателя',
  'dataPage.eachMetric.column': 'Показатель',
  'dataPage.files': 'Файлы',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'Сведения о сайте в JSON-файлах',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'Методология',
  'methodology.description': 'Как мы проверяем утверждения о числах, наша шкала вердиктов и политика исправлений.',
  'methodology.heading': 'Как мы проверяем',
  'methodology.lede':
    'В каждой проверке на этом сайте каждое число, названное в утверждении, сопоставляется с цифрами, которые другие источники приводят о том же самом примерно на то же время. Мы показываем каждую использованную цифру, её источник и точные слова, из которых она взята.',

  'methodology.sourcesHeading': 'Источники и цифры',
  'methodology.sources':
    'Мы архивируем текст каждого документа, на который опираемся, и публикуем его на <link>странице источника</link>. Каждая цифра, взятая из документа, записывается вместе с точной цитатой, в которой она названа, и сборка сайта отклоняет цитату, которой нет в архивном тексте. Мы фиксируем только то, что есть в тексте: если в тексте не указаны издание, автор или дата, мы пишем, что они не указаны. Если мы выводим дату — из слов «вчера» или «в среду», — на странице сказано об этом и о том, как именно.',
  'methodology.figures':
    'Цифра — это наилучшая оценка, диапазон или граница. «Более 7000» — нижняя граница; «до 40 000» — верхняя; слова «примерно», «около» или «почти» обозначают приблизительную цифру. Даты хранятся с той точностью, которую даёт текст: день, месяц, год или период, если известен только он, — и помечаются как приблизительные или предположительные, если текст делает оговорку.',

  'methodology.metricsHeading': 'Сопоставимое с сопоставимым',
  'methodology.metrics':
    'Каждая цифра относится к одному <link>показателю</link>, определение которого говорит, что учитывается, а что нет. Погибшие, раненые и общие потери — разные показатели; часть (погибшие) никогда не может превышать своё целое (погибшие, раненые, попавшие в плен или пропавшие без вести) на одну и ту же дату, а нарастающий итог не может уменьшаться.',

  'methodology.comparisonHeading': 'Как сравниваются цифры',
  'methodology.comparison':
    'Claimline вычисляет, как каждая сравниваемая цифра соотносится с заявленной, описывает это одним предложением на странице утверждения и показывает на временной шкале. Правила механические, поэтому проверить их может любой:',
  'methodology.rule.values':
    '<strong>Значения.</strong> Точная цифра — это одно число; диапазон простирается от нижней до верхней границы; у «более» нет верхней границы, а у «до» — нижней. Приблизительная цифра расширяется на {tolerance, number} % каждой границы в обе стороны: «около 500» допускает значения от 450 до 550.',
  'methodology.rule.dates':
    '<strong>Даты.</strong> Дата охватывает каждый день, который она может означать: «март 2022 года» — это весь март. Приблизительная или предположительная дата расширяется на одну единицу своей точности (день, месяц или год) в каждую сторону, но никогда не раньше начала отсчёта показателя и не позже дня публикации её источника. Две цифры относятся <em>к одной и той же дате</em>, если каждый день, который может означать любая из них, лежит в пределах окна показателя относительно другой — {window, plural, one {# день} few {# дня} many {# дней} other {# дня}}, если показатель не задаёт собственное окно, — или если один источник приводит обе с одной и той же датой.',
  'methodology.rule.periods':
    '<strong>Периоды.</strong> Для показателя, который не является нарастающим итогом (среднегодовое значение, коэффициент), дата — это период, который описывает значение: две цифры за 2024 год относятся к одному периоду, как и цифра за июнь 2024 года и цифра за 2024 год. Они сравниваются как относящиеся к одной дате. Приблизительная или предположительная дата не считается периодом, и к ней применяется окно. Для нарастающего итога дата — это день, на который проведён подсчёт, и применяется только окно.',
  'methodology.rule.sameDate':
    '<strong>Тот же показатель, та же дата.</strong> Если значения пересекаются, оценка <em>согласуется</em> с утверждением; если нет — <em>расходится</em> с ним, и в предложении сказано, выше или ниже оценки заявленное значение и насколько. Значение, равное строгой границе («более 7000», «менее 100»), лежит за её пределами.',
  'methodology.rule.runningTotal':
    '<strong>Тот же нарастающий итог, разные даты.</strong> Счёт, который может только расти, не может позже оказаться меньше: более поздняя цифра, верхняя граница которой ниже нижней границы более ранней, расходится с ней. В остальных случаях цифра — это контекст, совместимый с тем, что счёт вырос.',
  'methodology.rule.parts':
    '<strong>Части и целое.</strong> Часть (погибшие), которая больше своего целого (погибшие и раненые) на ту же дату — или больше целого, являющегося нарастающим итогом, с более поздней датой, — расходится с ним. В остальных случаях это контекст.',
  'methodology.rule.oneEstimate':
    '<strong>Одна оценка — один учёт.</strong> Оценка, которую приводят несколько источников (диапазон НАТО — и в брифинге самого НАТО, и в сообщении информагентства), считается одной оценкой: она сравнивается один раз, отображается один раз и указывается один раз — со всеми источниками, которые её приводят. Ещё одно сообщение о заявленной оценке не является её проверкой.',
  'methodology.rule.else':
    '<strong>Всё остальное</strong> — другой показатель, слишком далёкие друг от друга или слишком неточные даты — это контекст.',
  'methodology.overall':
    'По всем сравниваемым цифрам заявленное число либо находится <em>в пределах</em> оценок (каждая оценка, которая позволяет сделать вывод, согласуется), либо <em>ниже</em> или <em>выше</em> их (каждая расходится, с этой стороны), либо результат <em>неоднозначен</em>, либо ни одну оценку нельзя с ним сопоставить. Если в утверждении названо несколько чисел («погибли 1351 человек, ранены 3825»), каждое проверяется отдельно, по оценкам своего показателя; итог по утверждению — тот, что у них общий, или «неоднозначно», а число, с которым ничего нельзя сопоставить, не учитывается. Редактор может трактовать оценку иначе, чем правила, по причинам, указанным в проверке; страница показывает трактовку редактора, свёрнутое примечание для рецензентов — трактовку по правилам, а наша программа проверки предупреждает до публикации всякий раз, когда позиция или вердикт расходятся с вычислением. Программа также сообщает о цифрах одного показателя, которые не могут быть верны одновременно, — нарастающем итоге, который уменьшается, части, которая больше своего целого, — и они перечислены на странице каждого показателя.',

  'methodology.ratingsHeading': 'Наша шкала вердиктов',
  'methodology.ratings':
    'От лучшего к худшему. Число — это значение, которое мы публикуем в разметке schema.org ClaimReview.',

  'methodology.correctionsHeading': 'Политика исправлений',
  'methodology.corrections':
    'Если мы ошиблись, мы исправляем проверку, датируем исправление и указываем внизу страницы, что изменилось. Мы не меняем вердикт молча. Каждое исправление также указано, сначала новые, на нашей <corrections>странице исправлений</corrections>. В разделе <about>О нас</about> сказано, как предложить исправление или прислать утверждение на проверку.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · логарифмическая шкала',
  'chart.countStarts': 'Начало отсчёта: {date}',

  'chart.point.estimate': '{by}: {value} {when}.',
  'chart.point.claimed': 'Заявлено: {value} {when} (автор оценки — {by}).',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {На графике нет цифр.} =1 {Одна цифра, расположенная по дате.} one {{panels, plural, =1 {{count, number} цифра, расположенная по датам.} one {{count, number} цифра, расположенная по датам на # панели, по одной на каждый показатель.} other {{count, number} цифра, расположенная по датам на # панелях, по одной на каждый показатель.}}} few {{panels, plural, =1 {{count, number} цифры, расположенные по датам.} one {{count, number} цифры, расположенные по датам на # панели, по одной на каждый показатель.} other {{count, number} цифры, расположенные по датам на # панелях, по одной на каждый показатель.}}} many {{panels, plural, =1 {{count, number} цифр, расположенных по датам.} one {{count, number} цифр, расположенных по датам на # панели, по одной на каждый показатель.} other {{count, number} цифр, расположенных по датам на # панелях, по одной на каждый показатель.}}} other {{panels, plural, =1 {{count, number} цифры, расположенные по датам.} one {{count, number} цифры, расположенные по датам на # панели, по одной на каждый показатель.} other {{count, number} цифры, расположенные по датам на # панелях, по одной на каждый показатель.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {{metric}: оценок пока нет} =1 {{metric}: одна оценка — {lowest}} one {{metric}: # оценка, наименьшая — {lowest}, наибольшая — {highest}} few {{metric}: # оценки, наименьшая — {lowest}, наибольшая — {highest}} many {{metric}: # оценок, наименьшая — {lowest}, наибольшая — {highest}} other {{metric}: # оценки, наименьшая — {lowest}, наибольшая — {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'Ни один источник пока не приводит цифр по этому показателю.',

  'chart.sources': 'Источники: {sources}.',
  'chart.source': '«{title}»',
  'chart.sourceWithEstimators': '«{title}» ({estimators})',
  'chart.values.table': 'Все значения — в таблице под графиком.',
  'chart.values.fullPage': 'Все значения — на полной странице.',

  'chart.keys':
    'Клавишами со стрелками можно переходить от цифры к цифре в порядке дат, клавишами Home и End — к первой и последней.',

  'chart.key': 'Условные обозначения',
  'chart.key.range': 'Отрезок с засечками: диапазон; стрелка: «более» или «до»',
  'chart.key.span':
    'Линия между концевыми засечками: цифра, датированная только периодом (прямоугольник, если её значение — диапазон)',
  'chart.key.approx': 'Пунктирное кольцо или линия: приблизительная цифра',
  'chart.callouts': 'Пронумерованные отметки: {list}.',
  'chart.callout': '{number}: {label}',
  'chart.panelsLeftOut':
    'На полной странице — ещё {count, plural, one {# показатель} few {# показателя} many {# показателей} other {# показателя}}, только для контекста.',
  'chart.unlabelled':
    '{count, plural, one {# цифра расположена} few {# цифры расположены} many {# цифр расположены} other {# цифры расположены}} слишком близко к другим, чтобы подписать их на графике; все значения есть в таблице.',

  'chart.image.alt':
    'График: {count, plural, =1 {единственная цифра} one {все # цифра} few {все # цифры} many {все # цифр} other {все # цифры}} по показателю «{metric}», по датам.',
  'chart.image.tooMany':
    '{count, plural, one {# цифра} few {# цифры} many {# цифр} other {# цифры}} из {sources, plural, one {# источника} few {# источников} many {# источников} other {# источника}} — слишком много, чтобы показать их на этой странице: <link>все цифры и их источники, а также интерактивный график — на странице показателя «{metric}»</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'Утверждение ({claimant}, {date}): {claim}',
  'image.chart.verdict': 'Наш вердикт: {verdict}',
  'image.noFigures': 'Нет оценок для графика.',
  'image.nothingToPlot': 'Пока нечего показать на графике.',
  'image.chartAlt': 'График: {title}',

  'image.card.eyebrow': 'Проверка фактов',
  'image.card.verdictHeading': 'Наш вердикт',
  'image.card.alt': 'Проверка утверждения ({claimant}, {date}). Вердикт: {verdict}. Утверждение: {claim}',
  'image.card.title': '{site}: проверка утверждения ({claimant}, {date}). Вердикт: {verdict}. Утверждение: {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'Проверка · {site}',
  'embed.kicker.metric': 'Показатель · {site}',
  'embed.frameTitle.claim': 'Проверка: {title}',
  'embed.frameTitle.metric': 'График: {metric}',
  'embed.credit.claim': 'Издатель: {publisher} ({date}). {license}.',
  'embed.credit.metric': 'Составитель: {publisher}. {license}.',
  'embed.readMore.claim': 'Полная проверка на сайте {site}',
  'embed.readMore.metric': 'Все цифры и их источники на сайте {site}',

  'embed.fallback.verdict': 'Вердикт: {verdict}',
  'embed.fallback.claimLink': 'Читать на сайте {site}: {title}',
  'embed.fallback.metricLink': 'Все цифры по показателю «{metric}» на сайте {site}',

  'embed.box.summary': 'Встроить этот график',
  'embed.box.intro':
    'Вставьте этот код на свою страницу, чтобы показать график на своём сайте; он обновляется вместе с этой страницей и ссылается на неё. Скрипт подгоняет размер фрейма под содержимое; без него фрейм сохраняет начальную высоту. Для тёмной страницы замените theme=light на theme=dark или на theme=auto, чтобы следовать настройке читателя. <preview>Посмотреть, как это выглядит</preview>.',
  'embed.box.code': 'Код для встраивания',
  'embed.box.copy': 'Копировать',
  'embed.box.copied': 'Скопировано',
  'embed.box.selected': 'Выделено: нажмите Ctrl+C (на Mac — ⌘C), чтобы скопировать',
  'embed.box.oembed':
    'Сайты, поддерживающие <link>oEmbed</link>, найдут тот же код по одному лишь адресу этой страницы.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict}: {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'Столбцы figures.csv и CSV-файла каждого показателя',
  'downloads.table.claimCsvColumns': 'Столбцы CSV-файла каждой проверки',
  'downloads.table.claimFields': 'Поля каждого утверждения в claims.json и в JSON-файле каждой проверки',
  'downloads.table.relationFields': 'Поля каждого объекта в списке соотношений утверждения (relations)',
  'downloads.table.metricFields': 'Поля показателя в JSON-файле каждого показателя',
  'downloads.table.siteFields': 'Поля сведений о сайте в каждом JSON-файле',

  'downloads.citation': '{title}, {publisher}, {url}, дата обращения: [дата]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'Пусто в строке заявленной цифры',

  'downloads.figure.figure': 'Идентификатор цифры, уникальный в пределах сайта',
  'downloads.figure.metric': 'Идентификатор показателя, к которому относится цифра',
  'downloads.figure.metric_label': 'Что считает показатель',
  'downloads.figure.unit': 'Единица для value, low и high',
  'downloads.figure.value': 'Наилучшая оценка, число; пусто, если источник приводит только границы',
  'downloads.figure.low': 'Нижняя граница, число: «более» или начало диапазона; пусто, если её нет',
  'downloads.figure.high': 'Верхняя граница, число: «до» или конец диапазона; пусто, если её нет',
  'downloads.figure.approx':
    'true, если источник делает оговорку, например «около» или «примерно»; тогда при сравнении цифра расширяется на 10 %',
  'downloads.figure.value_text': 'Цифра в том виде, в каком она записана на страницах, на языке сайта',
  'downloads.figure.as_of':
    'Дата, к которой относится цифра, в EDTF, как записано: день, месяц или год; ~ — приблизительно, ? — предположительно, / — интервал',
  'downloads.figure.as_of_start':
    'Первый день, который может означать as_of, в ISO 8601 (UTC); приблизительные и предположительные даты расширяются на одну единицу, но не раньше since показателя',
  'downloads.figure.as_of_end':
    'Последний день, который может означать as_of, определяется так же, но не позже даты публикации источника',
  'downloads.figure.date_note': 'Как выведена дата, если источник её не указывает',
  'downloads.figure.by': 'Автор оценки',
  'downloads.figure.quote': 'Точные слова источника, в которых названа цифра',
  'downloads.figure.note': 'Примечание редакции о том, как прочитана цифра',
  'downloads.figure.source': 'Идентификатор источника, который её приводит',
  'downloads.figure.source_title': 'Название документа-источника',
  'downloads.figure.source_url': 'Где был опубликован источник, если это известно',
  'downloads.figure.figure_url': 'Цитата, выделенная в архивном тексте на этом сайте',
  'downloads.figure.same_as':
    'Идентификатор цифры из другого источника, который приводит ту же оценку; пусто, если такой нет',
  'downloads.figure.attribution':
    'Как источник приписывает оценку автору из «by», если не говорит об этом прямо (например, «со ссылкой на The New York Times»); пусто, если говорит прямо',
  'downloads.figure.bound':
    'Как в тексте сформулированы low и high: strict — для «более» и «менее», которые не включают саму границу; inclusive — для «не менее» и «до»; пусто, если это не указано',

  'downloads.relation.figure': 'Идентификатор сравниваемой цифры',
  'downloads.relation.relation':
    'Как цифра соотносится с утверждением, как это показано на странице: corroborates — показывается как «{agrees}»; contradicts — как «{disagrees}»; context — как «{context}»',
  'downloads.relation.computed_relation':
    'Соотношение, вычисленное по правилам сравнения; пусто, если в утверждении нет собственной цифры',
  'downloads.relation.basis':
    'Основание: same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric или same-estimate',
  'downloads.relation.stance':
    'Позиция редактора, которую страница показывает вместо вычисленного соотношения; пусто, если её нет',
  'downloads.relation.direction':
    'Где находится заявленная цифра относительно этой, если они расходятся: above (выше) или below (ниже)',
  'downloads.relation.sentence': 'Сравнение словами, как оно написано на странице утверждения',
  'downloads.relation.same_estimate':
    'Идентификаторы других сравниваемых цифр, которые приводят ту же оценку (sameAs), через пробел: оценка учитывается один раз',
  'downloads.relation.claimed_figure':
    'Идентификатор заявленной цифры, с которой сопоставляется эта, поскольку утверждение может содержать несколько цифр; пусто, если в утверждении нет цифры',

  'downloads.claimCsv.claim': 'Слаг (короткое имя) проверки',
  'downloads.claimCsv.claim_text': 'Утверждение в проверенной формулировке',
  'downloads.claimCsv.verdict': 'Идентификатор вердикта',
  'downloads.claimCsv.verdict_label': 'Вердикт в том виде, в каком его показывает страница',
  'downloads.claimCsv.role':
    'claimed — цифра, которую содержит утверждение, в первых строках; compared — цифра, которая с ней сопоставляется',

  'downloads.claim.slug': 'Слаг (короткое имя) проверки: имя её файла',
  'downloads.claim.url': 'Страница проверки',
  'downloads.claim.title': 'Заголовок проверки',
  'downloads.claim.claim': 'Утверждение в проверенной формулировке',
  'downloads.claim.claimant': 'Автор утверждения',
  'downloads.claim.claimant_type': 'person (человек) или organization (организация)',
  'downloads.claim.claim_date': 'Когда было сделано утверждение, в EDTF, как записано',
  'downloads.claim.claim_date_start': 'Первый день, который может означать claim_date, в ISO 8601',
  'downloads.claim.claim_date_end': 'Последний день, который может означать claim_date, в ISO 8601',
  'downloads.claim.date_note': 'Как выведена дата утверждения, или null',
  'downloads.claim.appearance': 'Идентификатор источника, в котором прозвучало утверждение',
  'downloads.claim.appearance_title': 'Название этого источника',
  'downloads.claim.appearance_url': 'Где был опубликован этот источник, или null',
  'downloads.claim.verdict': 'Идентификатор вердикта',
  'downloads.claim.verdict_label': 'Вердикт в том виде, в каком его показывает страница',
  'downloads.claim.verdict_value': 'Число, соответствующее вердикту на шкале; чем больше, тем точнее утверждение',
  'downloads.claim.summary': 'Вывод одним абзацем',
  'downloads.claim.assessment': 'Вычисленный итог по всем сравниваемым цифрам: within, above, below, mixed или none',
  'downloads.claim.assessment_summary': 'Вычисленный итог словами',
  'downloads.claim.published': 'Когда опубликована проверка, в EDTF',
  'downloads.claim.updated': 'Её последнее существенное обновление, в EDTF, или null',
  'downloads.claim.author': 'Кто её написал, или null',
  'downloads.claim.tags': 'Тематические теги',
  'downloads.claim.corrections': 'Датированные исправления, сначала старые: объекты с date (EDTF) и text',
  'downloads.claim.figures': 'Заявленная цифра, затем сравниваемые по датам: объекты с role и полями figures.csv',
  'downloads.claim.relations':
    'Как каждая сравниваемая цифра соотносится с утверждением, в том же порядке: объекты с полями соотношения, описанными ниже',
  'downloads.claim.claimed_figures':
    'Идентификаторы цифр, которые содержит утверждение, в порядке их упоминания: одна, несколько или ни одной',
  'downloads.claim.reviewer': 'Кто рецензировал проверку перед публикацией; пусто, если не указано',
  'downloads.claim.claimant_url': 'Страница автора утверждения (его сайт или профиль); пусто, если не указана',
  'downloads.claim.language': 'Язык, на котором написана проверка (BCP 47)',

  'downloads.metric.id': 'Идентификатор показателя',
  'downloads.metric.url': 'Его страница на этом сайте',
  'downloads.metric.label': 'Что он считает',
  'downloads.metric.unit': 'Единица каждого значения',
  'downloads.metric.definition': 'Что учитывается, а что нет',
  'downloads.metric.cumulative': 'true для нарастающего итога, который не может уменьшаться',
  'downloads.metric.since': 'Начало отсчёта в EDTF, или null',
  'downloads.metric.window':
    'На сколько дней могут отстоять друг от друга две цифры, чтобы всё ещё считаться относящимися к одной дате',
  'downloads.metric.part_of': 'Идентификаторы показателей, частью которых он является',
  'downloads.metric.parts': 'Идентификаторы показателей, которые являются его частями',
  'downloads.metric.figures': 'Все цифры показателя, по дате, затем по идентификатору: объекты с полями figures.csv',

  'downloads.site.title': 'Название сайта',
  'downloads.site.url': 'Его канонический адрес',
  'downloads.site.publisher': 'Кто его издаёт: объект с name и url',
  'downloads.site.license': 'Лицензия материалов и данных',

  'downloads.example.metricLabel': 'Погибшие военнослужащие вооружённых сил России',
  'downloads.example.unit': 'человек',
  'downloads.example.valueText': 'около 7000–15 000',
  'downloads.example.dateNote': 'Выведена из слов «в пятницу»',
  'downloads.example.by': 'Министерство обороны России',
  'downloads.example.attribution': 'высокопоставленный военный представитель НАТО',
  'downloads.example.quote': 'На сегодняшний день погиб 1351 военнослужащий',
  'downloads.example.note': 'В заголовке число округлено до 1400',
  'downloads.example.sourceTitle': 'Россия повысила оценку своих потерь в Украине до 1400 военнослужащих',
  'downloads.example.sentence':
    'НАТО: 7000–15 000 человек на два дня раньше — это в пять–одиннадцать раз превышает заявленное значение (1351 человек).',
  'downloads.example.claimText': 'Погиб 1351 военнослужащий',
  'downloads.example.verdictLabel': 'Занижено',
  'downloads.example.title': 'Официальные данные России оказались ниже всех оценок',
  'downloads.example.appearanceTitle': 'Россия повышает свою оценку',
  'downloads.example.summary': 'Официальное число ниже всех оценок.',
  'downloads.example.assessmentSummary': 'Все три сопоставимые оценки выше заявленного значения (1351 человек).',
  'downloads.example.author': 'Условная редакция',
  'downloads.example.reviewer': 'Ирина Иванова',
  'downloads.example.tags': '["потери"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "Что изменилось." }']`,
  'downloads.example.definition': 'Гибель военнослужащих вооружённых сил России.',
  'downloads.example.siteTitle': 'Подсчёт потерь',
  'downloads.example.publisher': `'{ "name": "Условная редакция", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    '{laterBy}: {laterValue} {laterWhen} — меньше, чем в более ранней оценке ({earlierBy}): {earlierValue} {earlierWhen}. Нарастающий итог может только расти.',
  'consistency.partExceedsWhole':
    '{partBy}: по показателю «{part}» — {partValue} {partWhen}. Это больше оценки по показателю «{whole}», в который входит эта часть ({wholeBy}): {wholeValue} {wholeWhen}.{others, plural, =0 {} =1 { Это значение превышает и ещё одну оценку этого итога.} one { Это значение превышает и ещё # другую оценку этого итога.} few { Это значение превышает и ещё # другие оценки этого итога.} many { Это значение превышает и ещё # других оценок этого итога.} other { Это значение превышает и ещё # другой оценки этого итога.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'Проверка',
  'claim.translatedFrom': 'Это перевод. Язык оригинала: {language}. <link>Читать оригинал</link>.',
  'claim.translationStale':
    'Оригинал обновлён {date}, после этого перевода. <link>Читайте оригинал</link>, чтобы увидеть актуальную версию.',
  'claim.claimHeading': 'Утверждение',
  'claim.appearedIn': 'источник: <link>{title}</link>',
  'claim.verdictHeading': 'Вердикт',
  'claim.ratingMeaning': '{label}: {description} <link>Наша шкала вердиктов</link>.',
  'claim.figuresHeading': 'Как соотносятся цифры',
  'claim.chartValuesNote':
    'Каждая оценка приведена ниже в разделе «Оценки» — с указанием, кто её дал и где она опубликована.',
  'claim.embedChart': 'Встроить этот график',
  'claim.embedFactCheck': 'Встроить эту проверку',
  'claim.reasoningHeading': 'Обоснование',
  'claim.estimatesHeading': 'Оценки',
  'claim.claimedCaption':
    '{claimed, plural, =1 {Заявленная цифра} one {# заявленная цифра} few {# заявленные цифры} many {# заявленных цифр} other {# заявленной цифры}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, =1 {Заявленная цифра} one {# заявленная цифра} few {# заявленные цифры} many {# заявленных цифр} other {# заявленной цифры}} и {count, plural, =1 {оценка} one {# оценка} few {# оценки} many {# оценок} other {# оценки}} для сравнения с {claimed, plural, =1 {ней} other {ними}}} other {{count, plural, =1 {Оценка} one {# оценка} few {# оценки} many {# оценок} other {# оценки}} для сравнения с утверждением}}',
  'claim.column.estimate': 'Оценка',
  'claim.column.comparison': 'Как соотносится',
  'claim.column.source': 'Источник',
  'claim.claimedRow':
    '{claimed, plural, =1 {Цифра, которой посвящена эта проверка.} =2 {Одна из двух цифр, которым посвящена эта проверка.} other {Одна из цифр, которым посвящена эта проверка (всего их {claimedText}).}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {также приводится: {publisher}, <link>{title}</link>} other {также приводится: <link>{title}</link>}}',
  'claim.noteLink': 'Примечание {number}',
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'Примечания к оценкам и их датам',
  'claim.reviewerNote':
    'Для рецензентов: если судить только по числам, оценка ({by}) читалась бы как «{computed}»; редактор трактует её как «{shown}» по причинам, изложенным в обосновании.',
  'claim.sourcesHeading': 'Использованные источники',
  'claim.source.undated': 'без даты',
  'claim.source.noPublisher': 'издатель не указан',
  'claim.source.original': 'оригинал',
  'claim.source.archived': 'архивная копия',
  'claim.correctionsHeading': 'Исправления',
  'claim.noCorrections': 'Исправлений нет.',
  'claim.aboutHeading': 'Об этой проверке',
  'claim.published': 'Опубликовано',
  'claim.updated': 'Последнее обновление',
  'claim.author': 'Автор',
  'claim.tags': 'Теги',
  'claim.edit': 'Редактировать эту страницу',
  'claim.history': 'История изменений',
  'claim.transparency':
    'Как мы работаем: <methodology>наша методология</methodology> · <corrections>все исправления</corrections> · <about>о нас и о том, как предложить утверждение или исправление</about>.',
  'verdict.label': 'Вердикт:',
  'figures.column.figure': 'Цифра',
  'figures.column.metric': 'Что считает',
  'figures.column.date': 'По состоянию на',
  'figures.column.by': 'Автор оценки',
  'figures.column.source': 'Источник',
  'figures.inferred': 'дата выведена',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}. {titlePunctuated, select, other {{title}}} // {site}, {published}{hasUpdate, select, yes { (обновлено: {updated})} other {}} — URL: {url} — Лицензия: {license}.',
  'cite.box.summary': 'Цитировать эту проверку',
  'cite.box.intro':
    'Скопируйте библиографическую ссылку ниже в свою статью или научную работу, а запись BibTeX — в свой менеджер библиографии.',
  'cite.box.text': 'Библиографическая ссылка',
  'cite.box.bibtex': 'Запись BibTeX',
  'republish.box.summary': 'Перепечатать эту проверку',
  'republish.box.intro':
    'Чтобы перепечатать эту проверку на условиях её лицензии ({license}), вставьте HTML-код ниже на свою страницу. Сохраните указание авторства и ссылку на эту страницу.',
  'republish.box.code': 'HTML-код для перепечатки',
  'republish.claim': '<strong>Утверждение</strong> ({claimant}): «{claim}»',
  'republish.verdict': '<strong>Вердикт:</strong> {verdict}',
  'republish.readMore': 'Читать полную проверку на сайте {site}',
  'republish.credit':
    '{hasAuthor, select, yes {Автор: {author}, издатель: {publisher}} other {Издатель: {publisher}}} ({published}). Перепечатано на условиях лицензии {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'Темы',
  'topics.description': 'Все темы проверок сайта {site} с числом проверок по каждой.',
  'topics.empty': 'Пока ни у одной проверки нет темы.',
  'archive.count': '{count, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}',
  'claimants.title': 'Авторы утверждений',
  'claimants.description':
    'Все люди и организации, чьи утверждения проверил сайт {site}, с числом проверок по каждому автору.',
  'claimants.empty': 'Пока ни одно утверждение не проверено.',

  'listing.topic.title': 'Тема: {label}',
  'listing.topic.description': 'Проверки сайта {site} на тему «{label}», сначала новые.',
  'listing.topic.range':
    '{total, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}} на эту тему, сначала новые.',
  'listing.topic.rangePaged': 'Проверки {first, number}–{last, number} из {total, number} на эту тему, сначала новые.',
  'listing.topic.pages': 'Страницы списка проверок на эту тему',
  'listing.claimant.title': 'Утверждения: {label}',
  'listing.claimant.description':
    'Все проверки сайта {site}, посвящённые утверждениям, автор которых — {label}, сначала новые.',
  'listing.claimant.range':
    '{total, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}} утверждений этого автора, сначала новые.',
  'listing.claimant.rangePaged':
    'Проверки утверждений этого автора: {first, number}–{last, number} из {total, number}, сначала новые.',
  'listing.claimant.pages': 'Страницы списка проверок утверждений этого автора',
  'listing.verdict.title': 'Вердикт «{label}»',
  'listing.verdict.description': 'Все проверки сайта {site} с вердиктом «{label}», сначала новые.',
  'listing.verdict.range':
    '{total, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}} с этим вердиктом, сначала новые.',
  'listing.verdict.rangePaged':
    'Проверки {first, number}–{last, number} из {total, number} с этим вердиктом, сначала новые.',
  'listing.verdict.pages': 'Страницы списка проверок с этим вердиктом',

  'claimant.verdictsHeading': 'Наши вердикты по утверждениям этого автора',
  'claimant.verdictCount':
    '{verdict}: {count, plural, one {# проверка} few {# проверки} many {# проверок} other {# проверки}}',
  'claimant.verdictsNote':
    'Это число проверок, а не рейтинг автора: мы проверяем утверждения, которые стоит проверить, а не выборку из всего сказанного.',
  'claimant.website': '<link>Сайт автора</link>',
  'verdict.meaning': '{description} <link>Наша шкала вердиктов</link>.',

  'archive.browseHeading': 'Навигация по проверкам',
  'archive.byVerdict': 'По вердикту',
  'archive.browseLinks': 'По <topics>темам</topics> или по <claimants>авторам утверждений</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Рецензент',
  'claim.verdictPage': 'Все проверки с вердиктом «{label}»',
  'claim.draftBanner':
    'Черновик — не опубликован. Эта страница есть только в предпросмотре; на опубликованном сайте от неё нет никаких следов.',

  'searchPage.filter.topic': 'Тема',
  'searchPage.filter.claimant': 'Автор утверждения',
  'searchPage.filter.year': 'Год публикации',

  'complaints.route':
    'Если наш ответ на жалобу вас не устроил, вы можете обжаловать его: <link>куда обратиться с жалобой</link>.',

  'feed.correctionTitle': 'Исправление: {title}',
};
