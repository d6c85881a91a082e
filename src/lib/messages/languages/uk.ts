import type { Catalog } from '../catalog.ts';

/** The Ukrainian catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const uk: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'приблизно {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'понад {low} і менше ніж {high}',
  'value.moreThan': 'понад {low}',
  'value.atLeast': 'щонайменше {low}',
  'value.lessThan': 'менше ніж {high}',
  'value.upTo': 'до {high}',
  'value.withRange': '{value} (діапазон {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': ', ',
  'punctuation.semicolon': '; ',
  'date.approximate': 'приблизно {date}',
  'date.uncertain': '{date} (дата непевна)',
  'date.approximateUncertain': 'приблизно {date} (дата непевна)',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {нуль} =1 {один} =2 {два} =3 {три} =4 {чотири} =5 {п’ять} =6 {шість} =7 {сім} =8 {вісім} =9 {дев’ять} =10 {десять} =11 {одинадцять} =12 {дванадцять} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'Заявлено',
  'role.corroborates': 'Узгоджується',
  'role.contradicts': 'Суперечить',
  'role.context': 'Контекст',
  'role.figure': 'Оцінка',

  'when.sameDay': 'того ж дня',
  'when.daysEarlier':
    '{days, plural, one {на {spelled} день раніше} few {на {spelled} дні раніше} many {на {spelled} днів раніше} other {на {spelled} дня раніше}}',
  'when.daysLater':
    '{days, plural, one {на {spelled} день пізніше} few {на {spelled} дні пізніше} many {на {spelled} днів пізніше} other {на {spelled} дня пізніше}}',
  'when.weeksEarlier':
    '{weeks, plural, one {на {spelled} тиждень раніше} few {на {spelled} тижні раніше} many {на {spelled} тижнів раніше} other {на {spelled} тижня раніше}}',
  'when.weeksLater':
    '{weeks, plural, one {на {spelled} тиждень пізніше} few {на {spelled} тижні пізніше} many {на {spelled} тижнів пізніше} other {на {spelled} тижня пізніше}}',
  'when.by': '{span, select, yes {станом на {date}} other {станом на {date}}}',
  'when.for': 'за {date}',
  'when.on': '{date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase': '{wording, select, worded {заявлене значення ({value})} other {заявлене значення {value}}}',

  'gap.times':
    '{high, select, два {у {low}–{high} рази більше, ніж} три {у {low}–{high} рази більше, ніж} чотири {у {low}–{high} рази більше, ніж} other {у {low}–{high} разів більше, ніж}}',
  'gap.aboutTimes':
    '{n, select, два {приблизно в {n} рази більше, ніж} три {приблизно в {n} рази більше, ніж} чотири {приблизно в {n} рази більше, ніж} other {приблизно в {n} разів більше, ніж}}',
  'gap.moreThanTimes':
    '{n, select, два {більш ніж у {n} рази більше, ніж} три {більш ніж у {n} рази більше, ніж} чотири {більш ніж у {n} рази більше, ніж} other {більш ніж у {n} разів більше, ніж}}',
  'gap.percent': 'щонайменше на {ratio, number, percent} більше, ніж',
  'gap.just': 'трохи більше, ніж',
  'gap.points': '{exact, select, yes {на} other {щонайменше на}} {n, number} в. п. більше, ніж',
  'gap.above': 'більше, ніж',

  'relation.matches': '{by} наводить цифру {other} {when}, таку саму, як {claimed}.',
  'relation.includes':
    '{by} наводить цифру {other} {when}, {shape, select, range {діапазон, що охоплює} other {яка охоплює}} {claimed}.',
  'relation.within': '{by} наводить цифру {other} {when}; її охоплює {claimed}.',
  'relation.overlaps':
    '{by} наводить цифру {other} {when}, {shape, select, range {діапазон, що частково перекриває} other {яка частково перекриває}} {claimed}.',
  'relation.higher': '{by} наводить цифру {other} {when}: {gap} {claimed}.',
  'relation.lower': '{by} наводить цифру {other} {when}; заявлене значення ({claimedValue}) — {gap} ця цифра.',
  'relation.totalTooLow':
    '{by} наводить цифру {other} {when}, тож заявлене значення ({claimedValue}) занадто низьке: наростаючий підсумок може лише зростати.',
  'relation.totalTooHigh':
    '{by} наводить цифру {other} {when}, тож заявлене значення ({claimedValue}) занадто високе: наростаючий підсумок може лише зростати.',
  'relation.totalGrewFrom':
    '{by} наводить цифру {other} {when}. Це наростаючий підсумок: {claimed} могло зрости до такого рівня, тож ця цифра не перевіряє твердження.',
  'relation.totalGrewTo':
    '{by} наводить цифру {other} {when}. Це наростаючий підсумок: {claimed} могло бути досягнуте зростанням від цього рівня, тож ця цифра не перевіряє твердження.',
  'relation.looseDates':
    '{by} наводить цифру {other} {when}; дати надто неточні, щоб визначити, чи це було раніше, чи пізніше, ніж {claimed}.',
  'relation.tooFarApart':
    '{by} наводить цифру {other} {when}; ця цифра і {claimed} надто віддалені в часі, щоб їх порівнювати.',
  'relation.wholeBelowPart':
    '{by} наводить для показника «{otherMetric}» цифру {other} {when}. Цей загальний показник включає показник «{claimedMetric}», тож {claimed} у цю цифру не вміщується.',
  'relation.wholeAbovePart':
    '{by} наводить для показника «{otherMetric}» цифру {other} {when}, і {claimed} у цю цифру вміщується.',
  'relation.partAboveWhole':
    '{by} наводить лише для показника «{otherMetric}» цифру {other} {when} — це вже більше, ніж {claimed} для показника «{claimedMetric}», який мав би цю частину включати.',
  'relation.partBelowWhole':
    '{by} наводить для показника «{otherMetric}», що є частиною показника «{claimedMetric}», цифру {other} {when}, і вона вміщується в {claimed}.',
  'relation.differentMetric':
    '{by} наводить для показника «{otherMetric}» цифру {other} {when}: це інший показник, ніж «{claimedMetric}», тож цифра дає контекст, але не може перевірити твердження.',
  'relation.sameEstimate':
    'Це і є заявлена оцінка в тому вигляді, як її наводить {by}: {other}. Вона не може перевірити саму себе.',
  'relation.noClaimedFigure':
    '{by} наводить цифру {other} {when}. Твердження не містить цифри, з якою її можна було б порівняти.',

  'summary.agrees':
    '{hasFigure, select, no {З твердженням} other {З твердженням ({claimed})}} {count, plural, =1 {узгоджується єдина порівнянна оцінка} =2 {узгоджуються обидві порівнянні оцінки} one {узгоджуються всі порівнянні оцінки ({countText})} few {узгоджуються всі {countText} порівнянні оцінки} many {узгоджуються всі {countText} порівнянних оцінок} other {узгоджуються всі порівнянні оцінки ({countText})}}.',
  'summary.below':
    '{hasFigure, select, no {Твердження} other {Заявлене значення ({claimed})}} нижче за {count, plural, =1 {єдину порівнянну оцінку} =2 {обидві порівнянні оцінки} one {всі порівнянні оцінки ({countText})} few {всі {countText} порівнянні оцінки} many {всі {countText} порівнянних оцінок} other {всі порівнянні оцінки ({countText})}}.',
  'summary.above':
    '{hasFigure, select, no {Твердження} other {Заявлене значення ({claimed})}} вище за {count, plural, =1 {єдину порівнянну оцінку} =2 {обидві порівнянні оцінки} one {всі порівнянні оцінки ({countText})} few {всі {countText} порівнянні оцінки} many {всі {countText} порівнянних оцінок} other {всі порівнянні оцінки ({countText})}}.',
  'summary.bothSides':
    '{hasFigure, select, no {Твердженню} other {Твердженню ({claimed})}} суперечать {count, plural, =2 {дві порівнянні оцінки} one {порівнянні оцінки ({countText})} few {{countText} порівнянні оцінки} many {{countText} порівнянних оцінок} other {порівнянні оцінки ({countText})}}: одні вищі, інші нижчі.',
  'summary.disagrees':
    '{hasFigure, select, no {Твердженню} other {Твердженню ({claimed})}} {count, plural, =1 {суперечить єдина порівнянна оцінка} =2 {суперечать обидві порівнянні оцінки} one {суперечать усі порівнянні оцінки ({countText})} few {суперечать усі {countText} порівнянні оцінки} many {суперечать усі {countText} порівнянних оцінок} other {суперечать усі порівнянні оцінки ({countText})}}.',
  'summary.mixed':
    '{hasFigure, select, no {З твердженням} other {З твердженням ({claimed})}} {agree, plural, =1 {узгоджується одна порівнянна оцінка} =2 {узгоджуються дві порівнянні оцінки} one {узгоджується {agreeText} порівнянна оцінка} few {узгоджуються {agreeText} порівнянні оцінки} many {узгоджуються {agreeText} порівнянних оцінок} other {узгоджуються порівнянні оцінки ({agreeText})}}, а {disagree, plural, =1 {одна суперечить йому} =2 {дві суперечать йому} one {{disagreeText} суперечить йому} few {{disagreeText} суперечать йому} many {{disagreeText} суперечать йому} other {{disagreeText} суперечать йому}}.',
  'summary.none':
    'Жодну оцінку з наших джерел не можна порівняти {hasFigure, select, yes {із заявленим значенням {claimed}} worded {із заявленим значенням ({claimed})} other {із твердженням, адже воно не містить цифри}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: перевірки фактів',
  'layout.skipLink': 'Перейти до вмісту',
  'layout.languages': 'Мови',
  'layout.nav': 'Основна навігація',
  'layout.nav.claims': 'Перевірки',
  'layout.nav.sources': 'Джерела',
  'layout.nav.metrics': 'Показники',
  'layout.nav.methodology': 'Методологія',
  'layout.nav.search': 'Пошук',
  'layout.footer.credit':
    'Видавець: <link>{publisher}</link>. Вміст і дані доступні за ліцензією {license}. <methodology>Як ми перевіряємо</methodology>.',
  'layout.footer.nav': 'Про цей сайт',
  'layout.footer.about': 'Про нас',
  'layout.footer.corrections': 'Виправлення',
  'layout.footer.data': 'Завантажити дані',
  'layout.footer.rss': 'RSS-стрічка',

  'pageNav.previous': 'Попередня<hidden> сторінка</hidden>',
  'pageNav.next': 'Наступна<hidden> сторінка</hidden>',
  'pageNav.page': 'Сторінка {page, number}',

  'dataDownloads.line': 'Завантажити дані: <csv>CSV</csv> · <json>JSON</json> (<columns>стовпці й ліцензія</columns>)',

  'fieldTable.name': 'Назва',
  'fieldTable.meaning': 'Опис',
  'fieldTable.example': 'Приклад',
  'fieldTable.forExample': 'наприклад ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'Останні перевірки',
  'home.archiveLink':
    '{count, plural, =1 {Перевірка} one {Усі # перевірка} few {Усі # перевірки} many {Усі # перевірок} other {Усі # перевірки}}, від найновіших',

  'listing.titlePaged': '{title}, сторінка {page, number} з {pages, number}',
  'listing.headingPaged': '· сторінка {page, number} з {pages, number}',

  'listing.claims.title': 'Перевірки',
  'listing.claims.description': 'Усі перевірки сайту {site}, від найновіших.',
  'listing.claims.range':
    '{total, plural, one {# перевірка} few {# перевірки} many {# перевірок} other {# перевірки}}, від найновіших.',
  'listing.claims.rangePaged': 'Перевірки {first, number}–{last, number} з {total, number}, від найновіших.',
  'listing.claims.pages': 'Сторінки перевірок',

  'listing.sources.title': 'Джерела',
  'listing.sources.description': 'Усі документи, які ми перевірили, з наведеними в них цифрами та архівним текстом.',
  'listing.sources.range':
    '{total, plural, one {# джерело} few {# джерела} many {# джерел} other {# джерела}}, від найстаріших (без дати — наприкінці).',
  'listing.sources.rangePaged':
    'Джерела {first, number}–{last, number} з {total, number}, від найстаріших (без дати — наприкінці).',
  'listing.sources.pages': 'Сторінки джерел',
  'listing.sources.caption': 'Джерела {first, number}–{last, number}',
  'listing.sources.column.title': 'Назва',
  'listing.sources.column.published': 'Опубліковано',
  'listing.sources.column.publisher': 'Видавець',
  'listing.sources.column.figures': 'Цифри',
  'listing.sources.unknownDate': 'Невідомо',
  'listing.sources.noPublisher': 'Не вказано',

  'listing.metrics.title': 'Показники',
  'listing.metrics.description':
    'Що саме рахує кожна цифра. Ми зіставляємо між собою лише цифри одного й того самого показника.',
  'listing.metrics.range':
    '{total, plural, one {# показник} few {# показники} many {# показників} other {# показника}}, за ідентифікатором.',
  'listing.metrics.rangePaged': 'Показники {first, number}–{last, number} з {total, number}, за ідентифікатором.',
  'listing.metrics.pages': 'Сторінки показників',
  'listing.metrics.caption': 'Показники {first, number}–{last, number}',
  'listing.metrics.column.metric': 'Показник',
  'listing.metrics.column.unit': 'Одиниця',
  'listing.metrics.column.figures': 'Цифри',

  'listing.corrections.title': 'Виправлення',
  'listing.corrections.description': 'Усі виправлення до перевірок сайту {site}, від найновіших.',
  'listing.corrections.range':
    '{total, plural, one {# виправлення} few {# виправлення} many {# виправлень} other {# виправлення}}, від найновіших.',
  'listing.corrections.rangePaged': 'Виправлення {first, number}–{last, number} з {total, number}, від найновіших.',
  'listing.corrections.pages': 'Сторінки виправлень',
  'listing.corrections.lede':
    'Усі виправлення, які ми внесли до перевірок, від найновіших. Кожне з них також датоване внизу перевірки, яку воно виправляє. Наша <policy>політика виправлень</policy> пояснює, коли і як ми виправляємо помилки; на сторінці <about>Про нас</about> сказано, як повідомити нам про помилку.',
  'listing.corrections.empty': 'Досі жодну перевірку не виправлено.',

  'sourcePage.type': 'Джерело',
  'sourcePage.untitled': 'Архівний текст не має заголовка; ця назва — наш опис.',
  'sourcePage.publisher': 'Видавець',
  'sourcePage.author': 'Автор',
  'sourcePage.notShown': 'У тексті не вказано',
  'sourcePage.published': 'Опубліковано',
  'sourcePage.unknownDate': 'Невідомо',
  'sourcePage.original': 'Оригінал',
  'sourcePage.archived': 'Архівна копія',
  'sourcePage.note': 'Примітка редакції',
  'sourcePage.figures': 'Наведені цифри',
  'sourcePage.figuresCaption':
    '{count, plural, one {# цифра} few {# цифри} many {# цифр} other {# цифри}} у цьому джерелі, за датою',
  'sourcePage.noFigures': 'Це джерело не наводить цифр.',
  'sourcePage.claims': 'Перевірки, які його використовують',
  'sourcePage.text': 'Архівний текст',
  'sourcePage.textNote':
    'Текст у тому вигляді, в якому його заархівовано. Виділені фрагменти — цитати, на яких ґрунтується кожна цифра вище.',

  'metricPage.type': 'Показник',
  'metricPage.unit': 'Одиниця',
  'metricPage.kind': 'Тип',
  'metricPage.cumulative': 'Наростаючий підсумок: пізніші значення не можуть бути меншими',
  'metricPage.notCumulative': 'Не наростаючий підсумок',
  'metricPage.since': 'Відлік від',
  'metricPage.partOf': 'Входить до',
  'metricPage.parts': 'Включає',
  'metricPage.figures': 'Усі цифри за датою',
  'metricPage.inconsistencies': 'Цифри, які не можуть бути правильними водночас',
  'metricPage.figuresCaption':
    '{count, plural, one {# цифра} few {# цифри} many {# цифр} other {# цифри}} цього показника, від найстаріших',
  'metricPage.noFigures': 'Жодне джерело ще не наводить цифри для цього показника.',
  'metricPage.claims': 'Перевірки, що стосуються цього показника',

  'embedPage.claim.kicker': 'Перевірка · {site}',
  'embedPage.claim.credit': 'Видавець: {publisher} (<date></date>). {license}.',
  'embedPage.claim.link': 'Читати повну перевірку на сайті {site}',
  'embedPage.metric.kicker': 'Показник · {site}',
  'embedPage.metric.credit': 'Упорядник: {publisher}. {license}.',
  'embedPage.metric.link': 'Усі цифри та їхні джерела — на сайті {site}',
  'embedPage.valuesNote': 'Усі значення — на повній сторінці.',

  'about.title': 'Про нас',
  'about.description': 'Хто видає сайт {site}, як із нами зв’язатися та як надіслати твердження на перевірку.',
  'about.publisherHeading': 'Хто видає цей сайт',
  'about.publisher': 'Видавець сайту {site} — <link>{publisher}</link>. Вміст і дані доступні за ліцензією {license}.',
  'about.howHeading': 'Як ми працюємо',
  'about.how.methodology':
    '<link>Методологія</link>: як ми порівнюємо цифри, наша шкала вердиктів і політика виправлень.',
  'about.how.corrections': '<link>Виправлення</link>: усі виправлення, які ми внесли, від найновіших.',
  'about.how.data':
    '<link>Дані</link>: усі цифри й перевірки у форматах CSV і JSON, щоб ви могли перевірити нашу роботу.',
  'about.submitHeading': 'Надіслати твердження чи виправлення',
  'about.submit.page':
    'Щоб попросити нас перевірити твердження або повідомити про помилку, скористайтеся <link>нашою сторінкою для звернень</link>.',
  'about.submit.repository':
    'Перевірки створюються з файлів у <link>нашому репозиторії вмісту</link>. Щоб попросити нас перевірити твердження чи запропонувати виправлення, створіть там issue або pull request.',
  'about.submit.none':
    'Цей сайт не має форми для звернень чи публічної адреси репозиторію. Кожна перевірка створюється з файлу Markdown у репозиторії вмісту: щоб запропонувати виправлення, надішліть до цього репозиторію pull request, який змінює файл твердження й додає датований запис у розділ <code>corrections</code>, або зв’яжіться з нами, як указано нижче.',
  'about.contactHeading': 'Контакти',
  'about.contact': 'Зв’язатися з видавцем ({publisher}) можна через <link>{url}</link>.',

  'searchPage.title': 'Пошук',
  'searchPage.description': 'Пошук перевірок, джерел і показників сайту {site}.',
  'searchPage.lede': 'Шукайте серед усіх перевірок, текстів джерел і показників.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  'searchPage.filter.kind': 'Тип',
  'searchPage.filter.verdict': 'Вердикт',
  'searchPage.fallback':
    'Для пошуку потрібен JavaScript. Без нього можна переглянути <claims>усі перевірки</claims>, <sources>усі джерела</sources> або <metrics>усі показники</metrics>.',

  'notFound.title': 'Сторінку не знайдено',
  'notFound.text': 'За цією адресою немає сторінки. <link>Переглянути всі перевірки</link>.',

  'dataPage.title': 'Завантажити дані',
  'dataPage.description': 'Усі цифри й перевірки сайту {site} у форматах CSV і JSON, з поясненням кожного стовпця.',
  'dataPage.lede':
    'Усі цифри й усі перевірки на цьому сайті: CSV для електронних таблиць і JSON для коду. Файли генеруються заново разом із сайтом, тож завжди відповідають сторінкам.',
  'dataPage.licenceHeading': 'Ліцензія та цитування',
  'dataPage.licence':
    'Дані публікує <link>{publisher}</link> за ліцензією <strong>{license}</strong>, як і решту сайту. Зазначайте нас як джерело й давайте посилання на використаний файл, наприклад:',
  'dataPage.citationPattern': 'Схема: назва сайту, видавець, адреса файлу й дата завантаження.',
  'dataPage.formatHeading': 'Як записано файли',
  'dataPage.format.csv':
    'Файли CSV мають кодування UTF-8, розділювач — кома, перший рядок містить назви стовпців; стовпці йдуть у порядку, наведеному нижче. Порожня клітинка означає «немає».',
  'dataPage.format.numbers':
    'Числа записано без форматування (<code>7000</code>, <code>-5</code>, <code>0.25</code>), без розділювачів тисяч. Для цифри, яку джерело подає як приблизну, зберігаються наведені числа, а <code>approx</code> має значення <code>true</code>.',
  'dataPage.format.dates':
    'Дати записано у форматі <edtf>EDTF</edtf> так, як у вмісті (<code>2022-03-25</code>, <code>2022-03</code>, <code>2023?</code>, <code>2025-03/2025-04</code>), і для кожної вказано перший та останній день, який вона може означати, у форматі ISO 8601.',
  'dataPage.format.formulas':
    "Щоб жодна електронна таблиця не виконала вміст клітинки як формулу, текстова клітинка, що починається з одного із символів <code>= + - @</code>, табуляції чи повернення каретки, у CSV починається з одинарної лапки (<code>''</code>). Числа ніколи не змінюються. Файли JSON зберігають текст точно так, як його написано.",
  'dataPage.format.json': 'Поля JSON — це назви стовпців CSV; відсутнє значення — <code>null</code>.',
  'dataPage.figuresHeading': 'Усі цифри',
  'dataPage.figures':
    '<file>figures.csv</file>: по рядку на кожну цифру з усіх джерел ({count, plural, one {# рядок} few {# рядки} many {# рядків} other {# рядка}}), за датою, потім за ідентифікатором.',
  'dataPage.claimsHeading': 'Усі перевірки',
  'dataPage.claims':
    '<file>claims.json</file>: об’єкт із <header>заголовком сайту</header> і <code>claims</code> — усіма перевірками ({count, number}), від найновіших, з вердиктом, цифрами й тим, як кожна цифра стосується твердження.',
  'dataPage.eachClaimHeading': 'Кожна перевірка',
  'dataPage.eachClaim':
    'CSV з рядком на кожну цифру — спершу заявлена цифра, потім порівнювані цифри за датою — і файл JSON із <header>заголовком сайту</header> та <code>claim</code> з полями claims.json.',
  'dataPage.eachClaim.caption': 'Завантаження для кожної перевірки',
  'dataPage.eachClaim.column': 'Перевірка',
  'dataPage.eachMetricHeading': 'Кожен показник',
  'dataPage.eachMetric':
    'CSV із цифрами показника за датою, зі стовпцями <figures>figures.csv</figures>, і файл JSON із <header>заголовком сайту</header> та <code>metric</code> з його цифрами.',
  'dataPage.eachMetric.caption': 'Завантаження для кожного показника',
  'dataPage.eachMetric.column': 'Показник',
  'dataPage.files': 'Файли',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'Заголовок сайту у файлах JSON',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'Методологія',
  'methodology.description': 'Як ми перевіряємо твердження про числа, наша шкала вердиктів і політика виправлень.',
  'methodology.heading': 'Як ми перевіряємо',
  'methodology.lede':
    'Кожна перевірка на цьому сайті зіставляє кожне число, наведене у твердженні, з цифрами, які інші джерела наводять щодо того самого приблизно на той самий час. Ми показуємо кожну використану цифру, її походження й точні слова, з яких її взято.',

  'methodology.sourcesHeading': 'Джерела та цифри',
  'methodology.sources':
    'Ми архівуємо текст кожного документа, на який спираємося, і публікуємо його на <link>сторінці джерела</link>. Кожну цифру, взяту з документа, записуємо разом із точною цитатою, яка її містить, і збирання сайту відхиляє цитату, якої немає в архівному тексті. Ми фіксуємо лише те, що видно з тексту: якщо в тексті не вказано видання, автора чи дату, ми пишемо, що їх не вказано. Якщо ми встановлюємо дату з контексту — зі слів «учора» чи «у середу», — сторінка про це повідомляє й пояснює, як саме.',
  'methodology.figures':
    'Цифра — це найкраща оцінка, діапазон або межа. «Понад 7 000» — нижня межа; «до 40 000» — верхня межа; слова «приблизно», «близько» чи «майже» позначають приблизну цифру. Дати зберігаються з тією точністю, яку дає текст: день, місяць, рік або проміжок, якщо відомо лише його, і позначаються як приблизні чи непевні, якщо текст подає їх із застереженням.',

  'methodology.metricsHeading': 'Подібне з подібним',
  'methodology.metrics':
    'Кожна цифра стосується одного <link>показника</link>, визначення якого пояснює, що враховується, а що ні. Убиті, поранені й загальні втрати — окремі показники; частина (убиті) ніколи не може перевищувати ціле (убиті, поранені, полонені чи зниклі безвісти) на ту саму дату, а наростаючий підсумок не може зменшуватися.',

  'methodology.comparisonHeading': 'Як порівнюються цифри',
  'methodology.comparison':
    'Claimline обчислює, як кожна порівнювана цифра співвідноситься із заявленою, описує це реченням на сторінці твердження й показує на часовій шкалі. Правила механічні, тож будь-хто може їх перевірити:',
  'methodology.rule.values':
    '<strong>Значення.</strong> Точна цифра — це одне число; діапазон тягнеться від нижнього до верхнього краю; «понад» не має верхньої межі, а «до» — нижньої. Приблизну цифру розширюють на {tolerance, number}% кожної межі в обидва боки: «приблизно 500» допускає від 450 до 550.',
  'methodology.rule.dates':
    '<strong>Дати.</strong> Дата охоплює кожен день, який вона може означати: «березень 2022 року» — це весь березень. Приблизну чи непевну дату розширюють на одну одиницю її точності (день, місяць або рік) з кожного боку, але ніколи не раніше за початок відліку показника і не пізніше за день публікації її джерела. Дві цифри вважаються цифрами <em>на ту саму дату</em>, коли кожен день, який може означати будь-яка з них, лежить у межах вікна показника від іншої — {window, plural, one {# день} few {# дні} many {# днів} other {# дня}}, якщо показник не задає власного вікна, — або коли одне джерело наводить обидві з тією самою датою.',
  'methodology.rule.periods':
    '<strong>Періоди.</strong> Для показника, який не є наростаючим підсумком (середнє за рік, коефіцієнт), дата — це період, який описує значення: дві цифри за 2024 рік стосуються того самого періоду, так само як цифра за червень 2024 року й цифра за 2024 рік. Їх порівнюють як цифри на ту саму дату. Приблизна чи непевна дата не є періодом, і для неї діє вікно. Для наростаючого підсумку дата — це день, коли зроблено підрахунок, і діє лише вікно.',
  'methodology.rule.sameDate':
    '<strong>Той самий показник, та сама дата.</strong> Якщо значення перетинаються, оцінка <em>узгоджується</em> з твердженням; якщо ні — <em>суперечить</em> йому, і речення вказує, вище чи нижче за неї твердження і наскільки. Значення, що дорівнює строгій межі («понад 7 000», «менше ніж 100»), лежить поза нею.',
  'methodology.rule.runningTotal':
    '<strong>Той самий наростаючий підсумок, різні дати.</strong> Підрахунок, який може лише зростати, не може згодом стати меншим: пізніша цифра, верхня межа якої нижча за нижню межу ранішої, вважається такою, що суперечить. Інакше цифра є контекстом, сумісним зі зростанням підрахунку.',
  'methodology.rule.parts':
    '<strong>Частини й цілі.</strong> Частина (убиті), більша за своє ціле (убиті й поранені) на ту саму дату — або більша за ціле з наростаючим підсумком, датоване пізніше, — вважається такою, що суперечить. Інакше це контекст.',
  'methodology.rule.oneEstimate':
    '<strong>Одна оцінка — один підрахунок.</strong> Оцінка, яку наводять кілька джерел (діапазон НАТО, як його подають власний брифінг НАТО і повідомлення інформаційної агенції), — це одна оцінка: її порівнюють один раз, наносять на графік один раз і вносять до списку один раз, з усіма джерелами, що її наводять. Ще одне повідомлення про заявлену оцінку не є її перевіркою.',
  'methodology.rule.else':
    '<strong>Усе інше</strong> — інший показник, надто віддалені в часі чи надто неточні дати — це контекст.',
  'methodology.overall':
    'Щодо всіх порівнюваних цифр заявлене число може бути <em>в межах</em> них (кожна оцінка, від якої залежить результат, узгоджується з ним), <em>нижче</em> чи <em>вище</em> за них (кожна така оцінка суперечить йому, з відповідного боку), результат може бути <em>змішаним</em>, або ж із ним не можна порівняти жодну оцінку. Якщо твердження містить кілька чисел («загинули 1 351, поранено 3 825»), кожне з них перевіряють окремо, за оцінками його власного показника; висновок щодо твердження — той, що спільний для всіх чисел, або змішаний, а число, з яким нічого не можна порівняти, не враховується. Редактор може тлумачити оцінку інакше, ніж правила, з причин, наведених у перевірці; сторінка показує тлумачення редактора, згорнута примітка для рецензентів — тлумачення за правилами, а наша програма перевірки попереджає перед публікацією щоразу, коли позиція чи вердикт розходиться з обчисленням. Програма перевірки також повідомляє про цифри одного показника, які не можуть бути правильними водночас, — наростаючий підсумок, що зменшується, частину, більшу за ціле, — і кожна сторінка показника їх перелічує.',

  'methodology.ratingsHeading': 'Наша шкала вердиктів',
  'methodology.ratings':
    'Від найкращого до найгіршого. Число — це значення, яке ми публікуємо в розмітці schema.org ClaimReview.',

  'methodology.correctionsHeading': 'Політика виправлень',
  'methodology.corrections':
    'Коли ми помиляємося, ми виправляємо перевірку, датуємо виправлення й пояснюємо внизу сторінки, що змінилося. Ми не змінюємо вердикт непомітно. Кожне виправлення також наведено, від найновіших, на нашій <corrections>сторінці виправлень</corrections>. На сторінці <about>Про нас</about> пояснено, як запропонувати виправлення чи надіслати твердження на перевірку.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · логарифмічна шкала',
  'chart.countStarts': 'Початок відліку: {date}',

  'chart.point.estimate': '{by} наводить цифру {value} {when}.',
  'chart.point.claimed': 'Заявлено: {value} {when}; автор: {by}.',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {На графіку немає цифр.} =1 {Одна цифра, розміщена за датою.} one {{panels, plural, =1 {{count, number} цифра, розміщена за датою.} other {{count, number} цифра, розміщена за датою на # панелях, по одній на кожен показник.}}} few {{panels, plural, =1 {{count, number} цифри, розміщені за датою.} other {{count, number} цифри, розміщені за датою на # панелях, по одній на кожен показник.}}} many {{panels, plural, =1 {{count, number} цифр, розміщених за датою.} other {{count, number} цифр, розміщених за датою на # панелях, по одній на кожен показник.}}} other {{panels, plural, =1 {{count, number} цифри, розміщені за датою.} other {{count, number} цифри, розміщені за датою на # панелях, по одній на кожен показник.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {{metric}: оцінок поки немає} =1 {{metric}: одна оцінка, {lowest}} one {{metric}: # оцінка, найменша — {lowest}, найбільша — {highest}} few {{metric}: # оцінки, найменша — {lowest}, найбільша — {highest}} many {{metric}: # оцінок, найменша — {lowest}, найбільша — {highest}} other {{metric}: # оцінки, найменша — {lowest}, найбільша — {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'Жодне джерело ще не наводить цифри для цього показника.',

  'chart.sources': 'Джерела: {sources}.',
  'chart.source': '«{title}»',
  'chart.sourceWithEstimators': '«{title}» ({estimators})',
  'chart.values.table': 'Усі значення — у таблиці під графіком.',
  'chart.values.fullPage': 'Усі значення — на повній сторінці.',

  'chart.keys':
    'Клавішами зі стрілками переходьте від цифри до цифри в порядку дат; Home і End — до першої та останньої.',

  'chart.key': 'Легенда',
  'chart.key.range': 'Смуга з обмежувачами: діапазон; стрілка: «понад» або «до»',
  'chart.key.span':
    'Лінія між кінцевими рисками: цифра, датована лише періодом (прямокутник, якщо її значення — діапазон)',
  'chart.key.approx': 'Пунктирне кільце чи лінія: приблизна цифра',
  'chart.callouts': 'Пронумеровані позначки: {list}.',
  'chart.callout': '{number}: {label}',
  'chart.panelsLeftOut':
    '{count, plural, one {Ще # показник, лише для контексту, — на повній сторінці.} few {Ще # показники, лише для контексту, — на повній сторінці.} many {Ще # показників, лише для контексту, — на повній сторінці.} other {Ще # показника, лише для контексту, — на повній сторінці.}}',
  'chart.unlabelled':
    '{count, plural, one {# цифра розташована надто близько до інших, щоб підписати її на графіку} few {# цифри розташовані надто близько до інших, щоб підписати їх на графіку} many {# цифр розташовано надто близько до інших, щоб підписати їх на графіку} other {# цифри розташовано надто близько до інших, щоб підписати їх на графіку}}; усі значення є в таблиці.',

  'chart.image.alt':
    'Графік цифр показника «{metric}» за датою: {count, plural, =1 {одна цифра} one {усього # цифра} few {усього # цифри} many {усього # цифр} other {усього # цифри}}.',
  'chart.image.tooMany':
    '{count, plural, one {# цифра} few {# цифри} many {# цифр} other {# цифри}} з {sources, plural, one {# джерела} few {# джерел} many {# джерел} other {# джерела}} — забагато, щоб показати на цій сторінці: <link>усі цифри та їхні джерела з інтерактивним графіком — на сторінці показника «{metric}»</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'Твердження ({claimant}, {date}): {claim}',
  'image.chart.verdict': 'Наш вердикт: {verdict}',
  'image.noFigures': 'Немає оцінок для графіка.',
  'image.nothingToPlot': 'Даних для графіка поки немає.',
  'image.chartAlt': 'Графік: {title}',

  'image.card.eyebrow': 'Перевірка фактів',
  'image.card.verdictHeading': 'Наш вердикт',
  'image.card.alt': 'Перевірка твердження ({claimant}, {date}). Вердикт: {verdict}. Твердження: {claim}',
  'image.card.title': '{site}: перевірка твердження ({claimant}, {date}). Вердикт: {verdict}. Твердження: {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'Перевірка · {site}',
  'embed.kicker.metric': 'Показник · {site}',
  'embed.frameTitle.claim': 'Перевірка: {title}',
  'embed.frameTitle.metric': 'Графік: {metric}',
  'embed.credit.claim': 'Видавець: {publisher} ({date}). {license}.',
  'embed.credit.metric': 'Упорядник: {publisher}. {license}.',
  'embed.readMore.claim': 'Читати повну перевірку на сайті {site}',
  'embed.readMore.metric': 'Усі цифри та їхні джерела — на сайті {site}',

  'embed.fallback.verdict': 'Вердикт: {verdict}',
  'embed.fallback.claimLink': 'Читати на сайті {site}: {title}',
  'embed.fallback.metricLink': 'Усі цифри показника «{metric}» на сайті {site}',

  'embed.box.summary': 'Вбудувати цей графік',
  'embed.box.intro':
    'Вставте цей код у свою сторінку, щоб показати графік на своєму сайті; він оновлюється разом із цією сторінкою і містить посилання на неї. Скрипт підганяє розмір фрейму; без скрипту фрейм зберігає початкову висоту. Для темної сторінки замініть theme=light на theme=dark або на theme=auto, щоб враховувати налаштування читача. <preview>Подивитися, як це виглядає</preview>.',
  'embed.box.code': 'Код для вбудовування',
  'embed.box.copy': 'Копіювати',
  'embed.box.copied': 'Скопійовано',
  'embed.box.selected': 'Виділено: натисніть Ctrl+C або ⌘C на Mac, щоб скопіювати',
  'embed.box.oembed':
    'Сайти, що підтримують <link>oEmbed</link>, знаходять той самий код лише за адресою цієї сторінки.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict}: {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'Стовпці figures.csv і CSV кожного показника',
  'downloads.table.claimCsvColumns': 'Стовпці CSV кожної перевірки',
  'downloads.table.claimFields': 'Поля кожного твердження в claims.json і в JSON кожної перевірки',
  'downloads.table.relationFields': 'Поля кожного об’єкта у відношеннях твердження (relations)',
  'downloads.table.metricFields': 'Поля показника в JSON кожного показника',
  'downloads.table.siteFields': 'Поля заголовка сайту в кожному файлі JSON',

  'downloads.citation': '{title}, {publisher}, {url}, дата звернення: [дата]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'Порожньо в рядку заявленої цифри',

  'downloads.figure.figure': 'Ідентифікатор цифри, унікальний у межах сайту',
  'downloads.figure.metric': 'Ідентифікатор показника, до якого належить цифра',
  'downloads.figure.metric_label': 'Що рахує показник',
  'downloads.figure.unit': 'Одиниця для value, low і high',
  'downloads.figure.value': 'Найкраща оцінка, число; порожньо, якщо джерело наводить лише межі',
  'downloads.figure.low': 'Нижня межа, число: «понад» або початок діапазону; порожньо, якщо її немає',
  'downloads.figure.high': 'Верхня межа, число: «до» або кінець діапазону; порожньо, якщо її немає',
  'downloads.figure.approx':
    'true, якщо джерело подає цифру із застереженням, як-от «близько» чи «приблизно»; тоді під час порівняння цифру розширюють на 10%',
  'downloads.figure.value_text': 'Цифра так, як її записують сторінки, мовою сайту',
  'downloads.figure.as_of':
    'Дата, станом на яку наведено цифру, в EDTF, як записано: день, місяць або рік, ~ — приблизна, ? — непевна, / — інтервал',
  'downloads.figure.as_of_start':
    'Перший день, який може означати as_of, в ISO 8601 (UTC); приблизні й непевні дати розширюються на одну одиницю, але не раніше за since показника',
  'downloads.figure.as_of_end':
    'Останній день, який може означати as_of, визначений так само, але не пізніше за дату публікації джерела',
  'downloads.figure.date_note': 'Як встановлено дату, якщо джерело її не вказує',
  'downloads.figure.by': 'Хто зробив оцінку',
  'downloads.figure.quote': 'Точні слова джерела, що містять цифру',
  'downloads.figure.note': 'Примітка редактора про те, як прочитано цифру',
  'downloads.figure.source': 'Ідентифікатор джерела, яке її наводить',
  'downloads.figure.source_title': 'Назва документа-джерела',
  'downloads.figure.source_url': 'Де опубліковано джерело, якщо відомо',
  'downloads.figure.figure_url': 'Цитата, виділена в архівному тексті на цьому сайті',
  'downloads.figure.same_as':
    'Ідентифікатор цифри з іншого джерела, що наводить ту саму оцінку; порожньо, якщо такої немає',
  'downloads.figure.attribution':
    'Як джерело приписує оцінку автору з «by», якщо не каже цього прямо (наприклад, «як повідомляє The New York Times»); порожньо, якщо каже прямо',
  'downloads.figure.bound':
    'Як текст формулює low і high: strict для «понад» і «менше ніж», які не включають саму межу; inclusive для «щонайменше» і «до»; порожньо, якщо не зазначено',

  'downloads.relation.figure': 'Ідентифікатор порівнюваної цифри',
  'downloads.relation.relation':
    'Як цифра стосується твердження, так, як це показує сторінка: corroborates, показано як «{agrees}»; contradicts, показано як «{disagrees}»; або context, показано як «{context}»',
  'downloads.relation.computed_relation':
    'Відношення, обчислене за правилами порівняння; порожньо, якщо твердження не називає власної цифри',
  'downloads.relation.basis':
    'Підстава: same-date, running-total, too-far-apart, loose-dates, part-of-whole, whole-of-part, different-metric або same-estimate',
  'downloads.relation.stance':
    'Позиція редактора, яку сторінка показує замість обчисленого відношення; порожньо, якщо її немає',
  'downloads.relation.direction':
    'Де розташована заявлена цифра відносно цієї, якщо вони суперечать одна одній: above або below',
  'downloads.relation.sentence': 'Порівняння словами, як його формулює сторінка твердження',
  'downloads.relation.same_estimate':
    'Ідентифікатори інших порівнюваних цифр, що наводять ту саму оцінку (sameAs), через пробіл: оцінка враховується один раз',
  'downloads.relation.claimed_figure':
    'Ідентифікатор заявленої цифри, з якою зіставляється ця, адже твердження може містити кілька; порожньо, якщо твердження не називає цифри',

  'downloads.claimCsv.claim': 'Slug перевірки',
  'downloads.claimCsv.claim_text': 'Твердження в тому формулюванні, яке перевірено',
  'downloads.claimCsv.verdict': 'Ідентифікатор вердикту',
  'downloads.claimCsv.verdict_label': 'Вердикт так, як його показує сторінка',
  'downloads.claimCsv.role':
    'claimed: цифра, яку наводить твердження, у перших рядках; compared: цифра, яку з нею зіставляють',

  'downloads.claim.slug': 'Slug перевірки: назва її файлу',
  'downloads.claim.url': 'Сторінка перевірки',
  'downloads.claim.title': 'Заголовок перевірки',
  'downloads.claim.claim': 'Твердження в тому формулюванні, яке перевірено',
  'downloads.claim.claimant': 'Автор твердження',
  'downloads.claim.claimant_type': 'person або organization',
  'downloads.claim.claim_date': 'Коли зроблено твердження, EDTF, як записано',
  'downloads.claim.claim_date_start': 'Перший день, який може означати claim_date, в ISO 8601',
  'downloads.claim.claim_date_end': 'Останній день, який може означати claim_date, в ISO 8601',
  'downloads.claim.date_note': 'Як встановлено дату твердження, або null',
  'downloads.claim.appearance': 'Ідентифікатор джерела, де з’явилося твердження',
  'downloads.claim.appearance_title': 'Назва цього джерела',
  'downloads.claim.appearance_url': 'Де опубліковано це джерело, або null',
  'downloads.claim.verdict': 'Ідентифікатор вердикту',
  'downloads.claim.verdict_label': 'Вердикт так, як його показує сторінка',
  'downloads.claim.verdict_value': 'Числове значення вердикту на шкалі; більше значення — точніше твердження',
  'downloads.claim.summary': 'Висновок одним абзацом',
  'downloads.claim.assessment':
    'Обчислений результат за всіма порівнюваними цифрами: within, above, below, mixed або none',
  'downloads.claim.assessment_summary': 'Обчислений результат словами',
  'downloads.claim.published': 'Коли опубліковано перевірку, EDTF',
  'downloads.claim.updated': 'Останнє змістовне оновлення, EDTF, або null',
  'downloads.claim.author': 'Хто її написав, або null',
  'downloads.claim.tags': 'Тематичні теги',
  'downloads.claim.corrections': 'Датовані виправлення, від найстаріших: об’єкти з date (EDTF) і text',
  'downloads.claim.figures': 'Заявлена цифра, потім порівнювані за датою: об’єкти з role і полями figures.csv',
  'downloads.claim.relations':
    'Як кожна порівнювана цифра стосується твердження, у тому самому порядку: об’єкти з полями відношення, наведеними нижче',
  'downloads.claim.claimed_figures':
    'Ідентифікатори цифр, які наводить твердження, у порядку наведення: одна, кілька або жодної',
  'downloads.claim.reviewer': 'Хто рецензував перевірку перед публікацією; порожньо, якщо не вказано',
  'downloads.claim.claimant_url': 'Сторінка автора твердження (його сайт або профіль); порожньо, якщо не вказано',
  'downloads.claim.language': 'Мова, якою написано перевірку (BCP 47)',

  'downloads.metric.id': 'Ідентифікатор показника',
  'downloads.metric.url': 'Його сторінка на цьому сайті',
  'downloads.metric.label': 'Що він рахує',
  'downloads.metric.unit': 'Одиниця всіх значень',
  'downloads.metric.definition': 'Що враховується, а що ні',
  'downloads.metric.cumulative': 'true для наростаючого підсумку, який не може зменшуватися',
  'downloads.metric.since': 'Початок відліку в EDTF, або null',
  'downloads.metric.window':
    'На скільки днів можуть відрізнятися дати двох цифр, щоб вони вважалися цифрами на ту саму дату',
  'downloads.metric.part_of': 'Ідентифікатори показників, частиною яких є цей',
  'downloads.metric.parts': 'Ідентифікатори показників, що є частинами цього',
  'downloads.metric.figures': 'Усі цифри показника, за датою, потім за ідентифікатором: об’єкти з полями figures.csv',

  'downloads.site.title': 'Назва сайту',
  'downloads.site.url': 'Його канонічна адреса',
  'downloads.site.publisher': 'Хто його видає: об’єкт із name і url',
  'downloads.site.license': 'Ліцензія вмісту й даних',

  'downloads.example.metricLabel': 'Загиблі російські військовослужбовці',
  'downloads.example.unit': 'осіб',
  'downloads.example.valueText': 'приблизно 7 000–15 000',
  'downloads.example.dateNote': 'Встановлено зі слів «у п’ятницю»',
  'downloads.example.by': 'Міністерство оборони Росії',
  'downloads.example.attribution': 'високопоставлений військовий представник НАТО',
  'downloads.example.quote': 'На сьогодні загинув 1 351 військовослужбовець',
  'downloads.example.note': 'У заголовку її округлено до 1 400',
  'downloads.example.sourceTitle': 'Росія підвищила свою оцінку втрат в Україні до 1 400 військових',
  'downloads.example.sentence':
    'НАТО наводить цифру 7 000–15 000 осіб на два дні раніше: у п’ять–одинадцять разів більше, ніж заявлене значення 1 351 особа.',
  'downloads.example.claimText': 'Загинув 1 351 військовослужбовець',
  'downloads.example.verdictLabel': 'Занижено',
  'downloads.example.title': 'Офіційна цифра Росії виявилася нижчою за всі оцінки',
  'downloads.example.appearanceTitle': 'Росія підвищила свою оцінку',
  'downloads.example.summary': 'Ця цифра нижча за всі оцінки.',
  'downloads.example.assessmentSummary': 'Заявлене значення (1 351 особа) нижче за всі три порівнянні оцінки.',
  'downloads.example.author': 'Редакція «Приклад»',
  'downloads.example.reviewer': 'Олена Петренко',
  'downloads.example.tags': '["втрати"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "Що змінилося." }']`,
  'downloads.example.definition': 'Загибель особового складу збройних сил Росії.',
  'downloads.example.siteTitle': 'Рахуємо втрати',
  'downloads.example.publisher': `'{ "name": "Редакція «Приклад»", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    '{laterBy} наводить цифру {laterValue} {laterWhen} — менше, ніж у ранішій оцінці, яку наводить {earlierBy}: {earlierValue} {earlierWhen}. Наростаючий підсумок може лише зростати.',
  'consistency.partExceedsWhole':
    '{partBy} наводить для показника «{part}» цифру {partValue} {partWhen}. Це більше, ніж цифра, яку {wholeBy} наводить для показника «{whole}», що включає цю частину: {wholeValue} {wholeWhen}.{others, plural, =0 {} =1 { Це також більше, ніж ще одна оцінка цього загального показника.} one { Це також більше, ніж ще # оцінка цього загального показника.} few { Це також більше, ніж ще # інші оцінки цього загального показника.} many { Це також більше, ніж ще # інших оцінок цього загального показника.} other { Це також більше, ніж ще # іншої оцінки цього загального показника.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'Перевірка',
  'claim.translatedFrom': 'Це переклад. Мова оригіналу: {language}. <link>Читати оригінал</link>.',
  'claim.translationStale':
    'Оригінал оновлено {date}, після цього перекладу. <link>Читайте оригінал</link>, щоб побачити актуальну версію.',
  'claim.claimHeading': 'Твердження',
  'claim.appearedIn': 'джерело: <link>{title}</link>',
  'claim.verdictHeading': 'Вердикт',
  'claim.ratingMeaning': '{label}: {description} <link>Наша шкала вердиктів</link>.',
  'claim.figuresHeading': 'Як співвідносяться цифри',
  'claim.chartValuesNote':
    'Кожну оцінку наведено нижче в розділі «Оцінки» — із зазначенням, хто її зробив і де її опубліковано.',
  'claim.embedChart': 'Вбудувати цей графік',
  'claim.embedFactCheck': 'Вбудувати цю перевірку',
  'claim.reasoningHeading': 'Наше обґрунтування',
  'claim.estimatesHeading': 'Оцінки',
  'claim.claimedCaption':
    '{claimed, plural, =1 {Заявлена цифра} one {# заявлена цифра} few {# заявлені цифри} many {# заявлених цифр} other {# заявленої цифри}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, =1 {Заявлена цифра} one {# заявлена цифра} few {# заявлені цифри} many {# заявлених цифр} other {# заявленої цифри}} та {count, plural, =1 {оцінка, зіставлена з {claimed, plural, one {нею} other {ними}}} one {# оцінка, зіставлена з {claimed, plural, one {нею} other {ними}}} few {# оцінки, зіставлені з {claimed, plural, one {нею} other {ними}}} many {# оцінок, зіставлених із {claimed, plural, one {нею} other {ними}}} other {# оцінки, зіставлені з {claimed, plural, one {нею} other {ними}}}}} other {{count, plural, =1 {Оцінка, зіставлена з твердженням} one {# оцінка, зіставлена з твердженням} few {# оцінки, зіставлені з твердженням} many {# оцінок, зіставлених із твердженням} other {# оцінки, зіставлені з твердженням}}}}',
  'claim.column.estimate': 'Оцінка',
  'claim.column.comparison': 'Порівняння',
  'claim.column.source': 'Джерело',
  'claim.claimedRow':
    '{claimed, plural, =1 {Цифра, якої стосується ця перевірка.} =2 {Одна з двох цифр, яких стосується ця перевірка.} one {Одна з цифр, яких стосується ця перевірка (усього їх {claimedText}).} few {Одна з цифр, яких стосується ця перевірка (усього їх {claimedText}).} many {Одна з цифр, яких стосується ця перевірка (усього їх {claimedText}).} other {Одна з цифр, яких стосується ця перевірка (усього їх {claimedText}).}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {також наводить {publisher}: <link>{title}</link>} other {також наведено тут: <link>{title}</link>}}',
  'claim.noteLink': 'Примітка {number}',
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'Примітки до оцінок і їхніх дат',
  'claim.reviewerNote':
    'Для рецензентів: якщо зважати лише на числа, оцінку, яку наводить {by}, слід було б позначити як «{computed}»; редактор позначає її як «{shown}» з причин, викладених в обґрунтуванні.',
  'claim.sourcesHeading': 'Використані джерела',
  'claim.source.undated': 'без дати',
  'claim.source.noPublisher': 'видавця не вказано',
  'claim.source.original': 'оригінал',
  'claim.source.archived': 'архівна копія',
  'claim.correctionsHeading': 'Виправлення',
  'claim.noCorrections': 'Виправлень немає.',
  'claim.aboutHeading': 'Про цю перевірку',
  'claim.published': 'Опубліковано',
  'claim.updated': 'Останнє оновлення',
  'claim.author': 'Автор',
  'claim.tags': 'Теги',
  'claim.edit': 'Редагувати цю сторінку',
  'claim.history': 'Історія змін',
  'claim.transparency':
    'Як ми працюємо: <methodology>наша методологія</methodology> · <corrections>усі виправлення</corrections> · <about>про нас, а також як надіслати твердження чи виправлення</about>.',
  'verdict.label': 'Вердикт:',
  'figures.column.figure': 'Цифра',
  'figures.column.metric': 'Що рахує',
  'figures.column.date': 'Станом на',
  'figures.column.by': 'Автор оцінки',
  'figures.column.source': 'Джерело',
  'figures.inferred': 'дату встановлено з контексту',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}. {titlePunctuated, select, other {{title}}} // {site}, {published}{hasUpdate, select, yes { (оновлено: {updated})} other {}} — URL: {url} — Ліцензія: {license}.',
  'cite.box.summary': 'Цитувати цю перевірку',
  'cite.box.intro':
    'Скопіюйте бібліографічне посилання нижче у свою статтю чи наукову роботу, а запис BibTeX — у свій менеджер бібліографії.',
  'cite.box.text': 'Бібліографічне посилання',
  'cite.box.bibtex': 'Запис BibTeX',
  'republish.box.summary': 'Передрукувати цю перевірку',
  'republish.box.intro':
    'Щоб передрукувати цю перевірку на умовах її ліцензії ({license}), вставте HTML-код нижче у свою сторінку. Збережіть зазначення авторства й посилання на цю сторінку.',
  'republish.box.code': 'HTML-код для передруку',
  'republish.claim': '<strong>Твердження</strong> ({claimant}): «{claim}»',
  'republish.verdict': '<strong>Вердикт:</strong> {verdict}',
  'republish.readMore': 'Читати повну перевірку на сайті {site}',
  'republish.credit':
    '{hasAuthor, select, yes {Автор: {author}, видавець: {publisher}} other {Видавець: {publisher}}} ({published}). Передруковано на умовах ліцензії {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'Теми',
  'topics.description': 'Усі теми перевірок сайту {site} із кількістю перевірок за кожною.',
  'topics.empty': 'Поки жодна перевірка не має теми.',
  'archive.count': '{count, plural, one {# перевірка} few {# перевірки} many {# перевірок} other {# перевірки}}',
  'claimants.title': 'Автори тверджень',
  'claimants.description':
    'Усі люди й організації, чиї твердження перевірив сайт {site}, із кількістю перевірок для кожного автора.',
  'claimants.empty': 'Поки жодне твердження не перевірено.',

  'listing.topic.title': 'Тема: {label}',
  'listing.topic.description': 'Перевірки сайту {site} на тему «{label}», від найновіших.',
  'listing.topic.range':
    '{total, plural, one {# перевірка} few {# перевірки} many {# перевірок} other {# перевірки}} на цю тему, від найновіших.',
  'listing.topic.rangePaged': 'Перевірки {first, number}–{last, number} з {total, number} на цю тему, від найновіших.',
  'listing.topic.pages': 'Сторінки перевірок на цю тему',
  'listing.claimant.title': 'Твердження: {label}',
  'listing.claimant.description':
    'Усі перевірки сайту {site}, присвячені твердженням, автор яких — {label}, від найновіших.',
  'listing.claimant.range':
    '{total, plural, one {# перевірка} few {# перевірки} many {# перевірок} other {# перевірки}} тверджень цього автора, від найновіших.',
  'listing.claimant.rangePaged':
    'Перевірки тверджень цього автора: {first, number}–{last, number} з {total, number}, від найновіших.',
  'listing.claimant.pages': 'Сторінки перевірок тверджень цього автора',
  'listing.verdict.title': 'Вердикт «{label}»',
  'listing.verdict.description': 'Усі перевірки сайту {site} з вердиктом «{label}», від найновіших.',
  'listing.verdict.range':
    '{total, plural, one {# перевірка} few {# перевірки} many {# перевірок} other {# перевірки}} з цим вердиктом, від найновіших.',
  'listing.verdict.rangePaged':
    'Перевірки {first, number}–{last, number} з {total, number} з цим вердиктом, від найновіших.',
  'listing.verdict.pages': 'Сторінки перевірок із цим вердиктом',

  'claimant.verdictsHeading': 'Наші вердикти щодо тверджень цього автора',
  'claimant.verdictCount':
    '{verdict}: {count, plural, one {# перевірка} few {# перевірки} many {# перевірок} other {# перевірки}}',
  'claimant.verdictsNote':
    'Це кількість перевірок, а не рейтинг автора: ми перевіряємо твердження, які варто перевірити, а не вибірку з усього сказаного.',
  'claimant.website': '<link>Сайт автора</link>',
  'verdict.meaning': '{description} <link>Наша шкала вердиктів</link>.',

  'archive.browseHeading': 'Навігація перевірками',
  'archive.byVerdict': 'За вердиктом',
  'archive.browseLinks': 'За <topics>темами</topics> або за <claimants>авторами тверджень</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'Рецензент',
  'claim.verdictPage': 'Усі перевірки з вердиктом «{label}»',
  'claim.draftBanner':
    'Чернетка — не опублікована. Ця сторінка є лише в попередньому перегляді; на опублікованому сайті від неї не лишається жодного сліду.',

  'searchPage.filter.topic': 'Тема',
  'searchPage.filter.claimant': 'Автор твердження',
  'searchPage.filter.year': 'Рік публікації',

  'complaints.route':
    'Якщо наша відповідь на скаргу вас не влаштовує, ви можете оскаржити її далі: <link>куди звернутися зі скаргою</link>.',

  'feed.correctionTitle': 'Виправлення: {title}',
};
