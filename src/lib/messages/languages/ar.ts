import type { Catalog } from '../catalog.ts';

/** The Arabic (Modern Standard Arabic) catalog: every message of the English one (src/lib/messages/en/), in ICU MessageFormat. */
export const ar: Catalog = {
  // format (src/lib/messages/en/format.ts)
  'value.approximate': 'نحو {value}',
  'value.range': '{low}–{high}',
  'value.betweenStrict': 'أكثر من {low} وأقل من {high}',
  'value.moreThan': 'أكثر من {low}',
  'value.atLeast': 'ما لا يقل عن {low}',
  'value.lessThan': 'أقل من {high}',
  'value.upTo': 'ما يصل إلى {high}',
  'value.withRange': '{value} (النطاق: {range})',
  'value.withBound': '{value} ({bound})',
  'value.withUnit': '{value} {unit}',
  'punctuation.comma': '، ',
  'punctuation.semicolon': '؛ ',
  'date.approximate': 'نحو {date}',
  'date.uncertain': '{date} (غير مؤكد)',
  'date.approximateUncertain': 'نحو {date} (غير مؤكد)',
  'date.interval': '{start} – {end}',
  'number.spelled':
    '{n, plural, =0 {صفر} =1 {واحد} =2 {اثنين} =3 {ثلاثة} =4 {أربعة} =5 {خمسة} =6 {ستة} =7 {سبعة} =8 {ثمانية} =9 {تسعة} =10 {عشرة} =11 {أحد عشر} =12 {اثني عشر} other {#}}',

  // relation (src/lib/messages/en/relation.ts)
  'role.claimed': 'المدّعى',
  'role.corroborates': 'يتفق',
  'role.contradicts': 'يختلف',
  'role.context': 'سياق',
  'role.figure': 'تقدير',

  'when.sameDay': 'في اليوم نفسه',
  'when.daysEarlier':
    '{days, plural, one {قبل يوم واحد من الادعاء} two {قبل يومين من الادعاء} few {قبل {spelled} أيام من الادعاء} many {قبل {spelled} يومًا من الادعاء} other {قبل {spelled} يوم من الادعاء}}',
  'when.daysLater':
    '{days, plural, one {بعد يوم واحد من الادعاء} two {بعد يومين من الادعاء} few {بعد {spelled} أيام من الادعاء} many {بعد {spelled} يومًا من الادعاء} other {بعد {spelled} يوم من الادعاء}}',
  'when.weeksEarlier':
    '{weeks, plural, one {قبل أسبوع واحد من الادعاء} two {قبل أسبوعين من الادعاء} few {قبل {spelled} أسابيع من الادعاء} many {قبل {spelled} أسبوعًا من الادعاء} other {قبل {spelled} أسبوع من الادعاء}}',
  'when.weeksLater':
    '{weeks, plural, one {بعد أسبوع واحد من الادعاء} two {بعد أسبوعين من الادعاء} few {بعد {spelled} أسابيع من الادعاء} many {بعد {spelled} أسبوعًا من الادعاء} other {بعد {spelled} أسبوع من الادعاء}}',
  'when.by': '{span, select, yes {في الفترة {date}} other {حتى {date}}}',
  'when.for': 'خلال {date}',
  'when.on': 'في {date}',
  'claimed.dated': '{value} {when}',
  'claimed.phrase': '{wording, select, worded {الرقم المدّعى البالغ {value}} other {الرقم المدّعى البالغ {value}}}',

  'gap.times': 'أعلى بمعامل يتراوح بين {low} و{high} من',
  'gap.aboutTimes': 'أعلى بمعامل يقارب {n} من',
  'gap.moreThanTimes': 'أعلى بمعامل يزيد على {n} من',
  'gap.percent': 'أعلى بنسبة لا تقل عن {ratio, number, percent} من',
  'gap.just': 'أعلى بقليل من',
  'gap.points': 'أعلى {exact, select, yes {بمقدار} other {بما لا يقل عن}} {n, number} نقطة مئوية من',
  'gap.above': 'أعلى من',

  'relation.matches': 'بحسب تقدير {by}، بلغ العدد {other} {when}، وهو ما يطابق {claimed}.',
  'relation.includes':
    'بحسب تقدير {by}، بلغ العدد {other} {when}، {shape, select, range {وهو نطاق يشمل} other {وهو ما يشمل}} {claimed}.',
  'relation.within': 'بحسب تقدير {by}، بلغ العدد {other} {when}، وهو ما يقع ضمن {claimed}.',
  'relation.overlaps':
    'بحسب تقدير {by}، بلغ العدد {other} {when}، {shape, select, range {وهو نطاق يتداخل مع} other {وهو ما يتداخل مع}} {claimed}.',
  'relation.higher': 'بحسب تقدير {by}، بلغ العدد {other} {when}، أي {gap} {claimed}.',
  'relation.lower': 'بحسب تقدير {by}، بلغ العدد {other} {when}؛ والادعاء، وقدره {claimedValue}، {gap} هذا الرقم.',
  'relation.totalTooLow':
    'بحسب تقدير {by}، بلغ العدد {other} {when}، ولذلك فإن الادعاء، وقدره {claimedValue}، أقل مما ينبغي: فالإجمالي التراكمي لا يمكن إلا أن يزداد.',
  'relation.totalTooHigh':
    'بحسب تقدير {by}، بلغ العدد {other} {when}، ولذلك فإن الادعاء، وقدره {claimedValue}، أعلى مما ينبغي: فالإجمالي التراكمي لا يمكن إلا أن يزداد.',
  'relation.totalGrewFrom':
    'بحسب تقدير {by}، بلغ العدد {other} {when}. ويمكن لإجمالي تراكمي أن يبلغ هذا الحد انطلاقًا من {claimed}، لذا لا يصلح هذا التقدير للتحقق من الادعاء.',
  'relation.totalGrewTo':
    'بحسب تقدير {by}، بلغ العدد {other} {when}. ويمكن لإجمالي تراكمي أن ينمو من هذا الرقم إلى {claimed}، لذا لا يصلح هذا التقدير للتحقق من الادعاء.',
  'relation.looseDates':
    'بحسب تقدير {by}، بلغ العدد {other} {when}؛ والتواريخ غير دقيقة بما يكفي لمعرفة ما إذا كان ذلك قبل {claimed} أم بعده.',
  'relation.tooFarApart':
    'بحسب تقدير {by}، بلغ العدد {other} {when}، وهو تاريخ بعيد زمنيًا عن {claimed} بما لا يسمح بالمقارنة.',
  'relation.wholeBelowPart':
    'بحسب تقدير {by}، بلغ مؤشر «{otherMetric}» {other} {when}. وهذا المجموع يشمل «{claimedMetric}»، ومن ثم لا يستوعب {claimed}.',
  'relation.wholeAbovePart': 'بحسب تقدير {by}، بلغ مؤشر «{otherMetric}» {other} {when}، وهو ما يستوعب {claimed}.',
  'relation.partAboveWhole':
    'بحسب تقدير {by}، بلغ مؤشر «{otherMetric}» وحده {other} {when}، أي أكثر بالفعل من {claimed} لمؤشر «{claimedMetric}» الذي يُفترض أن يشمله.',
  'relation.partBelowWhole':
    'بحسب تقدير {by}، بلغ مؤشر «{otherMetric}»، وهو جزء من «{claimedMetric}»، {other} {when}، وهو ما يتسع له {claimed}.',
  'relation.differentMetric':
    'بحسب تقدير {by}، بلغ مؤشر «{otherMetric}» {other} {when}: وهو مؤشر مختلف عن «{claimedMetric}»، لذا فهو يقدّم سياقًا لكنه لا يصلح للتحقق من الادعاء.',
  'relation.sameEstimate': 'هذا هو التقدير المدّعى نفسه، كما ورد عن {by}: {other}. ولا يصلح للتحقق من نفسه.',
  'relation.noClaimedFigure': 'بحسب تقدير {by}، بلغ العدد {other} {when}. ولا يتضمن الادعاء رقمًا يمكن مقارنته به.',

  'summary.agrees':
    '{hasFigure, select, no {يتفق الادعاء} other {يتفق الادعاء، وقدره {claimed}،}} مع {count, plural, one {التقدير الوحيد القابل للمقارنة} =2 {كلا التقديرين القابلين للمقارنة} other {جميع التقديرات القابلة للمقارنة البالغ عددها {countText}}}.',
  'summary.below':
    '{hasFigure, select, no {الادعاء} other {الادعاء، وقدره {claimed}،}} أدنى من {count, plural, one {التقدير الوحيد القابل للمقارنة} =2 {كلا التقديرين القابلين للمقارنة} other {جميع التقديرات القابلة للمقارنة البالغ عددها {countText}}}.',
  'summary.above':
    '{hasFigure, select, no {الادعاء} other {الادعاء، وقدره {claimed}،}} أعلى من {count, plural, one {التقدير الوحيد القابل للمقارنة} =2 {كلا التقديرين القابلين للمقارنة} other {جميع التقديرات القابلة للمقارنة البالغ عددها {countText}}}.',
  'summary.bothSides':
    '{hasFigure, select, no {يختلف الادعاء} other {يختلف الادعاء، وقدره {claimed}،}} مع {count, plural, two {تقديرين قابلين للمقارنة} few {{countText} تقديرات قابلة للمقارنة} many {{countText} تقديرًا قابلًا للمقارنة} other {{countText} تقدير قابل للمقارنة}}: بعضها أعلى منه وبعضها أدنى.',
  'summary.disagrees':
    '{hasFigure, select, no {يختلف الادعاء} other {يختلف الادعاء، وقدره {claimed}،}} مع {count, plural, one {التقدير الوحيد القابل للمقارنة} =2 {كلا التقديرين القابلين للمقارنة} other {جميع التقديرات القابلة للمقارنة البالغ عددها {countText}}}.',
  'summary.mixed':
    '{hasFigure, select, no {يتفق الادعاء} other {يتفق الادعاء، وقدره {claimed}،}} مع {agree, plural, one {تقدير واحد قابل للمقارنة} two {تقديرين قابلين للمقارنة} few {{agreeText} تقديرات قابلة للمقارنة} many {{agreeText} تقديرًا قابلًا للمقارنة} other {{agreeText} تقدير قابل للمقارنة}} ويختلف مع {disagree, plural, one {تقدير واحد} two {تقديرين} few {{disagreeText} تقديرات} many {{disagreeText} تقديرًا} other {{disagreeText} تقدير}}.',
  'summary.none':
    'لا يوجد في مصادرنا تقدير يمكن مقارنته {hasFigure, select, yes {بالرقم المدّعى البالغ {claimed}} worded {بالرقم المدّعى البالغ {claimed}} other {بالادعاء، إذ لا يتضمن أي رقم}}.',

  // site (src/lib/messages/en/site.ts)
  'layout.title': '{title} · {site}',
  'layout.feedTitle': '{site}: التحققات',
  'layout.skipLink': 'انتقل إلى المحتوى',
  'layout.languages': 'اللغات',
  'layout.nav': 'التنقل الرئيسي',
  'layout.nav.claims': 'التحققات',
  'layout.nav.sources': 'المصادر',
  'layout.nav.metrics': 'المؤشرات',
  'layout.nav.methodology': 'المنهجية',
  'layout.nav.search': 'بحث',
  'layout.footer.credit':
    'الناشر: <link>{publisher}</link>. المحتوى والبيانات متاحة بموجب {license}. <methodology>كيف نتحقق</methodology>.',
  'layout.footer.nav': 'حول هذا الموقع',
  'layout.footer.about': 'من نحن',
  'layout.footer.corrections': 'التصحيحات',
  'layout.footer.data': 'تنزيل البيانات',
  'layout.footer.rss': 'موجز RSS',

  'pageNav.previous': '<hidden>الصفحة </hidden>السابقة',
  'pageNav.next': '<hidden>الصفحة </hidden>التالية',
  'pageNav.page': 'الصفحة {page, number}',

  'dataDownloads.line': 'تنزيل البيانات: <csv>CSV</csv> · <json>JSON</json> (<columns>الأعمدة والترخيص</columns>)',

  'fieldTable.name': 'الاسم',
  'fieldTable.meaning': 'المعنى',
  'fieldTable.example': 'مثال',
  'fieldTable.forExample': 'على سبيل المثال ',

  // pages (src/lib/messages/en/pages.ts)
  'home.latest': 'أحدث التحققات',
  'home.archiveLink': '{count, plural, =1 {التحقق} other {جميع التحققات (#)}}، الأحدث أولًا',

  'listing.titlePaged': '{title}، الصفحة {page, number} من {pages, number}',
  'listing.headingPaged': '· الصفحة {page, number} من {pages, number}',

  'listing.claims.title': 'التحققات',
  'listing.claims.description': 'جميع تحققات {site}، الأحدث أولًا.',
  'listing.claims.range':
    '{total, plural, zero {لا تحققات} one {تحقق واحد} two {تحققان} few {# تحققات} many {# تحققًا} other {# تحقق}}، الأحدث أولًا.',
  'listing.claims.rangePaged': 'التحققات {first, number}–{last, number} من أصل {total, number}، الأحدث أولًا.',
  'listing.claims.pages': 'صفحات التحققات',

  'listing.sources.title': 'المصادر',
  'listing.sources.description': 'جميع الوثائق التي راجعناها، مع الأرقام الواردة فيها ونصوصها المؤرشفة.',
  'listing.sources.range':
    '{total, plural, zero {لا مصادر} one {مصدر واحد} two {مصدران} few {# مصادر} many {# مصدرًا} other {# مصدر}}، الأقدم أولًا (غير المؤرخة في النهاية).',
  'listing.sources.rangePaged':
    'المصادر {first, number}–{last, number} من أصل {total, number}، الأقدم أولًا (غير المؤرخة في النهاية).',
  'listing.sources.pages': 'صفحات المصادر',
  'listing.sources.caption': 'المصادر {first, number}–{last, number}',
  'listing.sources.column.title': 'العنوان',
  'listing.sources.column.published': 'تاريخ النشر',
  'listing.sources.column.publisher': 'الناشر',
  'listing.sources.column.figures': 'الأرقام',
  'listing.sources.unknownDate': 'غير معروف',
  'listing.sources.noPublisher': 'غير مذكور',

  'listing.metrics.title': 'المؤشرات',
  'listing.metrics.description': 'ما يقيسه كل رقم. لا نقارن إلا بين أرقام المؤشر نفسه.',
  'listing.metrics.range':
    '{total, plural, zero {لا مؤشرات} one {مؤشر واحد} two {مؤشران} few {# مؤشرات} many {# مؤشرًا} other {# مؤشر}}، حسب المعرّف.',
  'listing.metrics.rangePaged': 'المؤشرات {first, number}–{last, number} من أصل {total, number}، حسب المعرّف.',
  'listing.metrics.pages': 'صفحات المؤشرات',
  'listing.metrics.caption': 'المؤشرات {first, number}–{last, number}',
  'listing.metrics.column.metric': 'المؤشر',
  'listing.metrics.column.unit': 'الوحدة',
  'listing.metrics.column.figures': 'الأرقام',

  'listing.corrections.title': 'التصحيحات',
  'listing.corrections.description': 'جميع التصحيحات على تحققات {site}، الأحدث أولًا.',
  'listing.corrections.range':
    '{total, plural, zero {لا تصحيحات} one {تصحيح واحد} two {تصحيحان} few {# تصحيحات} many {# تصحيحًا} other {# تصحيح}}، الأحدث أولًا.',
  'listing.corrections.rangePaged': 'التصحيحات {first, number}–{last, number} من أصل {total, number}، الأحدث أولًا.',
  'listing.corrections.pages': 'صفحات التصحيحات',
  'listing.corrections.lede':
    'جميع التصحيحات التي أجريناها على التحققات، الأحدث أولًا. ويرد كل تصحيح أيضًا مؤرخًا في أسفل التحقق الذي يصححه. وتبيّن <policy>سياسة التصحيح</policy> متى نصحح وكيف، وتوضح صفحة <about>من نحن</about> كيف تبلغنا بخطأ.',
  'listing.corrections.empty': 'لم يُصحَّح أي تحقق حتى الآن.',

  'sourcePage.type': 'مصدر',
  'sourcePage.untitled': 'النص المؤرشف بلا عنوان رئيسي؛ وهذا العنوان وصفٌ وضعناه له.',
  'sourcePage.publisher': 'الناشر',
  'sourcePage.author': 'الكاتب',
  'sourcePage.notShown': 'غير مذكور في النص',
  'sourcePage.published': 'تاريخ النشر',
  'sourcePage.unknownDate': 'غير معروف',
  'sourcePage.original': 'الأصل',
  'sourcePage.archived': 'نسخة مؤرشفة',
  'sourcePage.note': 'ملاحظة المحرر',
  'sourcePage.figures': 'الأرقام التي يذكرها',
  'sourcePage.figuresCaption':
    '{count, plural, zero {لا أرقام} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}} في هذا المصدر، حسب التاريخ',
  'sourcePage.noFigures': 'لا يذكر هذا المصدر أي أرقام.',
  'sourcePage.claims': 'تحققات تستند إليه',
  'sourcePage.text': 'النص المؤرشف',
  'sourcePage.textNote': 'النص كما أُرشف. المقاطع المظللة هي الاقتباسات التي يستند إليها كل رقم أعلاه.',

  'metricPage.type': 'مؤشر',
  'metricPage.unit': 'الوحدة',
  'metricPage.kind': 'النوع',
  'metricPage.cumulative': 'إجمالي تراكمي: لا يمكن أن تكون القيم اللاحقة أقل',
  'metricPage.notCumulative': 'ليس إجماليًا تراكميًا',
  'metricPage.since': 'بداية العدّ',
  'metricPage.partOf': 'جزء من',
  'metricPage.parts': 'يشمل',
  'metricPage.figures': 'جميع الأرقام، حسب التاريخ',
  'metricPage.inconsistencies': 'أرقام لا يمكن أن تكون كلها صحيحة',
  'metricPage.figuresCaption':
    '{count, plural, zero {لا أرقام} one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}} لهذا المؤشر، الأقدم أولًا',
  'metricPage.noFigures': 'لم يذكر أي مصدر رقمًا لهذا المؤشر بعد.',
  'metricPage.claims': 'تحققات بشأنه',

  'embedPage.claim.kicker': 'تحقق · {site}',
  'embedPage.claim.credit': 'الناشر: {publisher}، <date></date>. {license}.',
  'embedPage.claim.link': 'اقرأ التحقق كاملًا على {site}',
  'embedPage.metric.kicker': 'مؤشر · {site}',
  'embedPage.metric.credit': 'إعداد: {publisher}. {license}.',
  'embedPage.metric.link': 'اطّلع على جميع الأرقام ومصادرها على {site}',
  'embedPage.valuesNote': 'جميع القيم موجودة في الصفحة الكاملة.',

  'about.title': 'من نحن',
  'about.description': 'من ينشر {site}، وكيف تتواصل معنا، وكيف ترسل ادعاءً للتحقق منه.',
  'about.publisherHeading': 'من ينشر هذا الموقع',
  'about.publisher': 'ناشر {site} هو <link>{publisher}</link>. والمحتوى والبيانات متاحة بموجب {license}.',
  'about.howHeading': 'كيف نعمل',
  'about.how.methodology': '<link>المنهجية</link>: كيف نقارن الأرقام، وسلّم التقييم لدينا، وسياسة التصحيح.',
  'about.how.corrections': '<link>التصحيحات</link>: جميع التصحيحات التي أجريناها، الأحدث أولًا.',
  'about.how.data': '<link>البيانات</link>: جميع الأرقام والتحققات بصيغتي CSV وJSON، للتدقيق في عملنا.',
  'about.submitHeading': 'أرسل ادعاءً أو تصحيحًا',
  'about.submit.page': 'لتطلب منا التحقق من ادعاء، أو لتبلغنا بخطأ، استخدم <link>صفحة الإرسال</link>.',
  'about.submit.repository':
    'تُبنى التحققات من ملفات في <link>مستودع المحتوى لدينا</link>. لتطلب منا التحقق من ادعاء أو لتقترح تصحيحًا، افتح هناك بلاغًا (issue) أو طلب دمج (pull request).',
  'about.submit.none':
    'ليس لهذا الموقع نموذج إرسال ولا عنوان مستودع عام. يُبنى كل تحقق من ملف Markdown في مستودع محتوى: لاقتراح تصحيح، أرسل إلى ذلك المستودع طلب دمج (pull request) يعدّل ملف الادعاء ويضيف مُدخلًا مؤرخًا تحت <code>corrections</code>، أو تواصل معنا كما هو مبيّن أدناه.',
  'about.contactHeading': 'التواصل',
  'about.contact': 'للتواصل مع {publisher}: <link>{url}</link>.',

  'searchPage.title': 'بحث',
  'searchPage.description': 'ابحث في التحققات والمصادر والمؤشرات على {site}.',
  'searchPage.lede': 'ابحث في جميع التحققات ونصوص المصادر والمؤشرات.',
  'searchPage.resultTitle': '{title} · {kind}',
  'searchPage.resultTitle.rated': '{title} · {kind}: {verdict}',
  'searchPage.filter.kind': 'النوع',
  'searchPage.filter.verdict': 'الحكم',
  'searchPage.fallback':
    'يتطلب البحث تفعيل JavaScript. ومن دونه، تصفّح <claims>جميع التحققات</claims> أو <sources>جميع المصادر</sources> أو <metrics>جميع المؤشرات</metrics>.',

  'notFound.title': 'الصفحة غير موجودة',
  'notFound.text': 'لا توجد صفحة على هذا العنوان. <link>اطّلع على جميع التحققات</link>.',

  'dataPage.title': 'تنزيل البيانات',
  'dataPage.description': 'جميع الأرقام والتحققات على {site} بصيغتي CSV وJSON، مع شرح كل عمود.',
  'dataPage.lede':
    'جميع الأرقام وجميع التحققات على هذا الموقع، بصيغة CSV لجداول البيانات وبصيغة JSON للبرمجيات. يُعاد إنشاء الملفات مع الموقع، لذا فهي تطابق الصفحات دائمًا.',
  'dataPage.licenceHeading': 'الترخيص والاستشهاد',
  'dataPage.licence':
    'ناشر البيانات هو <link>{publisher}</link>، وهي متاحة بموجب <strong>{license}</strong>، شأنها شأن بقية الموقع. اذكرنا مصدرًا وضع رابطًا إلى الملف الذي استخدمته، على سبيل المثال:',
  'dataPage.citationPattern': 'الصيغة: عنوان الموقع، والناشر، وعنوان الملف، وتاريخ تنزيلك له.',
  'dataPage.formatHeading': 'بنية الملفات',
  'dataPage.format.csv':
    'ملفات CSV بترميز UTF-8، مفصولة بفواصل، ولها صف رأس واحد بأسماء الأعمدة؛ وتلتزم الأعمدة بالترتيب المبيّن أدناه. والخلية الفارغة تعني «لا شيء».',
  'dataPage.format.numbers':
    'الأعداد مكتوبة أعدادًا مجردة (<code>7000</code>، <code>-5</code>، <code>0.25</code>) من دون فواصل للآلاف. والرقم الذي يورده المصدر بصيغة تقريبية يحتفظ بالأعداد المذكورة، مع ضبط <code>approx</code> على <code>true</code>.',
  'dataPage.format.dates':
    'التواريخ بصيغة <edtf>EDTF</edtf> كما وردت في المحتوى (<code>2022-03-25</code>، <code>2022-03</code>، <code>2023?</code>، <code>2025-03/2025-04</code>)، ولكل منها أول يوم وآخر يوم قد يعنيهما، بصيغة ISO 8601.',
  'dataPage.format.formulas':
    "حتى لا يشغّل أي برنامج جداول بيانات خليةً على أنها صيغة حسابية، فإن خلية النص التي تبدأ بأحد الرموز <code>= + - @</code> أو بمسافة جدولة (tab) أو بحرف إرجاع (carriage return) تبدأ بعلامة اقتباس مفردة (<code>''</code>) في ملف CSV. ولا تُغيَّر الأعداد أبدًا. أما ملفات JSON فتحتفظ بالنص كما كُتب تمامًا.",
  'dataPage.format.json': 'حقول JSON هي أسماء أعمدة CSV؛ والقيمة المفقودة هي <code>null</code>.',
  'dataPage.figuresHeading': 'جميع الأرقام',
  'dataPage.figures':
    '<file>figures.csv</file>: صف واحد لكل رقم من كل مصدر ({count, plural, zero {لا صفوف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}})، حسب التاريخ ثم المعرّف.',
  'dataPage.claimsHeading': 'جميع التحققات',
  'dataPage.claims':
    '<file>claims.json</file>: كائن يضم <header>ترويسة الموقع</header> و<code>claims</code>، أي جميع التحققات ({count, number})، الأحدث أولًا، مع حكم كل منها وأرقامه وعلاقة كل رقم بالادعاء.',
  'dataPage.eachClaimHeading': 'كل تحقق',
  'dataPage.eachClaim':
    'ملف CSV بصف واحد لكل رقم — الرقم المدّعى أولًا، ثم الأرقام المقارَنة حسب التاريخ — وملف JSON يضم <header>ترويسة الموقع</header> و<code>claim</code>، بحقول claims.json.',
  'dataPage.eachClaim.caption': 'تنزيلات كل تحقق',
  'dataPage.eachClaim.column': 'التحقق',
  'dataPage.eachMetricHeading': 'كل مؤشر',
  'dataPage.eachMetric':
    'ملف CSV بأرقام المؤشر، حسب التاريخ، بأعمدة <figures>figures.csv</figures>، وملف JSON يضم <header>ترويسة الموقع</header> و<code>metric</code> مع أرقامه.',
  'dataPage.eachMetric.caption': 'تنزيلات كل مؤشر',
  'dataPage.eachMetric.column': 'المؤشر',
  'dataPage.files': 'الملفات',
  'dataPage.csv': 'CSV',
  'dataPage.json': 'JSON',
  'dataPage.siteHeaderHeading': 'ترويسة الموقع في ملفات JSON',

  // methodology (src/lib/messages/en/methodology.ts)
  'methodology.title': 'المنهجية',
  'methodology.description': 'كيف نتحقق من الادعاءات المتعلقة بالأرقام، وسلّم التقييم لدينا، وسياسة التصحيح.',
  'methodology.heading': 'كيف نتحقق',
  'methodology.lede':
    'يقارن كل تحقق على هذا الموقع كل رقم يذكره الادعاء بالأرقام التي تنشرها مصادر أخرى عن الأمر نفسه في الوقت نفسه تقريبًا. ونعرض كل رقم استخدمناه، ومن أين جاء، والكلمات الحرفية التي ورد بها.',

  'methodology.sourcesHeading': 'المصادر والأرقام',
  'methodology.sources':
    'نؤرشف نص كل وثيقة نعتمد عليها وننشره في <link>صفحة المصدر</link> الخاصة بها. ويُسجَّل كل رقم نأخذه من وثيقة مع الاقتباس الحرفي الذي يذكره، ويرفض نظام البناء أي اقتباس لا يرد في النص المؤرشف. ولا نسجّل إلا ما يُظهره النص: فإذا لم يذكر النص الوسيلة الإعلامية أو الكاتب أو التاريخ، نقول إنه غير مذكور. وحين نستنتج تاريخًا — من «أمس» أو «يوم الأربعاء» — تذكر الصفحة ذلك وكيف استُنتج.',
  'methodology.figures':
    'الرقم إما أفضل تقدير، أو نطاق، أو حدّ. فعبارة «أكثر من 7,000» حدّ أدنى؛ و«ما يصل إلى 40,000» حدّ أعلى؛ وكلمات مثل «تقريبًا» أو «نحو» أو «قرابة» تدل على رقم تقريبي. وتُحفظ التواريخ بالدقة التي يذكرها النص: يوم أو شهر أو سنة، أو فترة حين لا يُعرف سواها، وتوسم بأنها تقريبية أو غير مؤكدة حين يتحفظ النص.',

  'methodology.metricsHeading': 'المِثل بالمِثل',
  'methodology.metrics':
    'يقيس كل رقم <link>مؤشرًا</link> واحدًا، له تعريف يحدد ما يُحتسب وما لا يُحتسب. فالقتلى والجرحى وإجمالي الخسائر مؤشرات منفصلة؛ ولا يمكن لجزء (القتلى) أن يتجاوز كلّه (القتلى والجرحى والأسرى والمفقودون) في التاريخ نفسه، ولا يمكن لإجمالي تراكمي أن ينخفض.',

  'methodology.comparisonHeading': 'كيف تُقارَن الأرقام',
  'methodology.comparison':
    'يحسب Claimline علاقة كل رقم مقارَن بالرقم المدّعى، ويصوغها في جملة على صفحة الادعاء، ويرسمها على الخط الزمني. والقواعد آلية، بحيث يستطيع أي شخص التحقق منها:',
  'methodology.rule.values':
    '<strong>القيم.</strong> الرقم الدقيق عدد واحد؛ والنطاق يمتد من طرفه الأدنى إلى طرفه الأعلى؛ و«أكثر من» لا حدّ أعلى لها، و«ما يصل إلى» لا حدّ أدنى لها. ويوسَّع الرقم التقريبي بنسبة {tolerance, number}% من كل حدّ على الجانبين: فعبارة «نحو 500» تسمح بما بين 450 و550.',
  'methodology.rule.dates':
    '<strong>التواريخ.</strong> يشمل التاريخ كل يوم قد يعنيه: «مارس 2022» يعني شهر مارس كله. ويوسَّع التاريخ التقريبي أو غير المؤكد بوحدة واحدة من دقته (يوم أو شهر أو سنة) من كل جانب، لكن دون أن يسبق أبدًا بداية عدّ المؤشر، ولا أن يتجاوز اليوم الذي نُشر فيه مصدره. ويُعدّ رقمان <em>في التاريخ نفسه</em> حين يقع كل يوم قد يعنيه أيٌّ منهما ضمن نافذة المؤشر بالنسبة إلى الآخر — {window, plural, zero {# يوم} one {يوم واحد} two {يومان} few {# أيام} many {# يومًا} other {# يوم}} ما لم يحدد المؤشر نافذته الخاصة — أو حين يذكرهما مصدر واحد بالتاريخ نفسه.',
  'methodology.rule.periods':
    '<strong>الفترات.</strong> في المؤشر الذي ليس إجماليًا تراكميًا (متوسط سنوي، أو معدل)، يكون التاريخ هو الفترة التي تصفها القيمة: فرقمان عن 2024 يخصّان الفترة نفسها، وكذلك رقم عن يونيو 2024 ورقم عن 2024. وهما يُقارَنان على أنهما في التاريخ نفسه. أما التاريخ التقريبي أو غير المؤكد فليس فترة، ويخضع للنافذة. وفي الإجمالي التراكمي، يكون التاريخ هو اليوم الذي أُجري فيه العدّ، ولا تنطبق إلا النافذة.',
  'methodology.rule.sameDate':
    '<strong>المؤشر نفسه، التاريخ نفسه.</strong> إذا تداخلت القيم، فإن التقدير <em>يتفق</em> مع الادعاء؛ وإن لم تتداخل فهو <em>يختلف</em> معه، وتوضح الجملة ما إذا كان الادعاء أعلى منه أو أدنى، وبأي مقدار. والقيمة المساوية لحدّ صارم («أكثر من 7,000»، «أقل من 100») تقع خارجه.',
  'methodology.rule.runningTotal':
    '<strong>الإجمالي التراكمي نفسه، تواريخ مختلفة.</strong> العدد الذي لا يمكن إلا أن يزداد لا يمكن أن يكون أقل في وقت لاحق: فالرقم اللاحق الذي يقل حدّه الأعلى عن حدّ أدنى سابق يختلف. وفي غير ذلك يكون الرقم سياقًا، منسجمًا مع عدد ازداد.',
  'methodology.rule.parts':
    '<strong>الأجزاء والكل.</strong> إذا تجاوز جزءٌ (القتلى) كلَّه (القتلى والجرحى) في التاريخ نفسه — أو تجاوز كلًّا تراكميًا مؤرخًا بتاريخ لاحق — فهو يختلف. وفي غير ذلك يكون سياقًا.',
  'methodology.rule.oneEstimate':
    '<strong>تقدير واحد، احتساب واحد.</strong> التقدير الذي تنقله عدة مصادر (نطاق الناتو، كما يرد في إحاطة الناتو نفسه وفي تقرير وكالة أنباء) تقدير واحد: يُقارَن مرة واحدة، ويُرسم مرة واحدة، ويُدرج مرة واحدة، مع كل مصدر ينقله. والتقرير الآخر عن التقدير المدّعى ليس تحققًا منه.',
  'methodology.rule.else': '<strong>أي حالة أخرى</strong> — مؤشر آخر، أو تواريخ متباعدة جدًا أو غير دقيقة — تُعدّ سياقًا.',
  'methodology.overall':
    'على مستوى جميع الأرقام المقارَنة، يكون الرقم المدّعى إما <em>ضمنها</em> (كل تقدير حاسم يتفق معه)، أو <em>أدنى</em> منها أو <em>أعلى</em> منها (كلها تختلف معه، في ذلك الاتجاه)، أو <em>متباينًا</em>، أو لا يمكن مقارنة أي تقدير به. والادعاء الذي يذكر عدة أرقام («قُتل 1,351 وأصيب 3,825») يُتحقق من كل رقم فيه على حدة، مقابل تقديرات مؤشره الخاص؛ وقراءة الادعاء هي القراءة المشتركة بينها، أو «متباينة»، ولا يُحتسب الرقم الذي لا يمكن مقارنة أي شيء به. وقد يقرأ المحرر تقديرًا على نحو مختلف عن القواعد، لأسباب يذكرها التحقق؛ فتعرض الصفحة قراءة المحرر، وتعرض ملاحظة مطوية للمراجعين قراءة القواعد، وتنبّه أداة الفحص لدينا قبل النشر كلما اختلف موقف أو حكم عن نتيجة الحساب. كما تُبلغ أداة الفحص عن أرقام المؤشر الواحد التي لا يمكن أن تكون كلها صحيحة — إجمالي تراكمي ينخفض، أو جزء يتجاوز كلّه — وتدرجها صفحة كل مؤشر.',

  'methodology.ratingsHeading': 'سلّم التقييم لدينا',
  'methodology.ratings': 'من الأفضل إلى الأسوأ. والرقم هو القيمة التي ننشرها في ترميز ClaimReview من schema.org.',

  'methodology.correctionsHeading': 'سياسة التصحيح',
  'methodology.corrections':
    'حين نخطئ، نصحّح التحقق، ونؤرّخ التصحيح، ونوضح ما تغيّر في أسفل الصفحة. ولا نعدّل حكمًا من دون إعلان. ويُدرج كل تصحيح أيضًا، الأحدث أولًا، في <corrections>صفحة التصحيحات</corrections>. وتوضح صفحة <about>من نحن</about> كيف تقترح تصحيحًا أو ترسل ادعاءً للتحقق منه.',

  // chart (src/lib/messages/en/chart.ts)
  'chart.panelTitle': '{metric} ({unit})',
  'chart.logScale': '{title} · مقياس لوغاريتمي',
  'chart.countStarts': 'بداية العدّ: {date}',

  'chart.point.estimate': 'بحسب تقدير {by}، بلغ العدد {value} {when}.',
  'chart.point.claimed': 'الرقم المدّعى: {value} {when}، بحسب {by}.',
  'chart.point.related': '{role}. {sentence}',

  'chart.description':
    '{count, plural, =0 {لا توجد أرقام معروضة.} one {رقم واحد، معروض حسب التاريخ.} other {{panels, plural, =1 {عدد الأرقام المعروضة حسب التاريخ: {count, number}.} two {عدد الأرقام المعروضة حسب التاريخ: {count, number}، موزعة على لوحتين، لوحة لكل مؤشر.} few {عدد الأرقام المعروضة حسب التاريخ: {count, number}، موزعة على # لوحات، لوحة لكل مؤشر.} many {عدد الأرقام المعروضة حسب التاريخ: {count, number}، موزعة على # لوحة، لوحة لكل مؤشر.} other {عدد الأرقام المعروضة حسب التاريخ: {count, number}، موزعة على # لوحة، لوحة لكل مؤشر.}}}}',

  'chart.metricTitle':
    '{count, plural, =0 {{metric}: لا توجد تقديرات بعد} one {{metric}: تقدير واحد، {lowest}} two {{metric}: تقديران، من {lowest} إلى {highest}} few {{metric}: # تقديرات، من {lowest} إلى {highest}} many {{metric}: # تقديرًا، من {lowest} إلى {highest}} other {{metric}: # تقدير، من {lowest} إلى {highest}}}',
  'chart.valueWhen': '{value} {when}',
  'chart.metricEmpty': 'لم يذكر أي مصدر رقمًا لهذا المؤشر بعد.',

  'chart.sources': 'المصادر: {sources}.',
  'chart.source': '«{title}»',
  'chart.sourceWithEstimators': '«{title}» ({estimators})',
  'chart.values.table': 'جميع القيم موجودة في الجدول أسفل الرسم البياني.',
  'chart.values.fullPage': 'جميع القيم موجودة في الصفحة الكاملة.',

  'chart.keys':
    'استخدم مفاتيح الأسهم للانتقال من رقم إلى آخر بترتيب التاريخ، ومفتاحَي Home وEnd للانتقال إلى الأول والأخير.',

  'chart.key': 'دليل الرموز',
  'chart.key.range': 'شريط بحدّين: نطاق؛ سهم: «أكثر من» أو «ما يصل إلى»',
  'chart.key.span': 'خط بين علامتَي طرف: رقم مؤرخ بفترة فقط (مستطيل حين تكون قيمته نطاقًا)',
  'chart.key.approx': 'حلقة أو خط متقطع: رقم تقريبي',
  'chart.callouts': 'علامات مرقّمة: {list}.',
  'chart.callout': '{number}: {label}',
  'chart.panelsLeftOut':
    'في الصفحة الكاملة {count, plural, one {مؤشر إضافي} two {مؤشران إضافيان} few {# مؤشرات إضافية} many {# مؤشرًا إضافيًا} other {# مؤشر إضافي}}، للسياق فقط.',
  'chart.unlabelled':
    'تعذّر وسم {count, plural, one {رقم واحد} two {رقمين} few {# أرقام} many {# رقمًا} other {# رقم}} في الرسم البياني بسبب شدة القرب من أرقام أخرى؛ جميع القيم موجودة في الجدول.',

  'chart.image.alt':
    '{metric}: رسم بياني {count, plural, one {للرقم الوحيد} two {للرقمين كليهما} other {لجميع الأرقام، وعددها #}}، حسب التاريخ.',
  'chart.image.tooMany':
    '{count, plural, one {رقم واحد} two {رقمان} few {# أرقام} many {# رقمًا} other {# رقم}} من {sources, plural, one {مصدر واحد} two {مصدرين} few {# مصادر} many {# مصدرًا} other {# مصدر}}، وهو عدد أكبر من أن يُرسم داخل هذه الصفحة: <link>جميع الأرقام ومصادرها، مع الرسم البياني التفاعلي، في صفحة مؤشر «{metric}»</link>.',

  // image (src/lib/messages/en/image.ts)
  'image.claimKicker': 'ادعاء صادر عن {claimant}، {date}: {claim}',
  'image.chart.verdict': 'حكمنا: {verdict}',
  'image.noFigures': 'لا توجد تقديرات لعرضها.',
  'image.nothingToPlot': 'لا يوجد ما يُعرض بعد.',
  'image.chartAlt': 'رسم بياني: {title}',

  'image.card.eyebrow': 'تحقق',
  'image.card.verdictHeading': 'حكمنا',
  'image.card.alt': 'تحقق من ادعاء صادر عن {claimant}، {date}. الحكم: {verdict}. الادعاء: {claim}',
  'image.card.title': '{site}: تحقق من ادعاء صادر عن {claimant}، {date}. الحكم: {verdict}. الادعاء: {claim}',

  // embed (src/lib/messages/en/embed.ts)
  'embed.kicker.claim': 'تحقق · {site}',
  'embed.kicker.metric': 'مؤشر · {site}',
  'embed.frameTitle.claim': 'تحقق: {title}',
  'embed.frameTitle.metric': 'رسم بياني: {metric}',
  'embed.credit.claim': 'الناشر: {publisher}، {date}. {license}.',
  'embed.credit.metric': 'إعداد: {publisher}. {license}.',
  'embed.readMore.claim': 'اقرأ التحقق كاملًا على {site}',
  'embed.readMore.metric': 'اطّلع على جميع الأرقام ومصادرها على {site}',

  'embed.fallback.verdict': 'الحكم: {verdict}',
  'embed.fallback.claimLink': 'اقرأ على {site}: {title}',
  'embed.fallback.metricLink': 'اطّلع على جميع أرقام مؤشر «{metric}» على {site}',

  'embed.box.summary': 'تضمين هذا الرسم البياني',
  'embed.box.intro':
    'الصق هذه الشيفرة في صفحتك لعرضه على موقعك؛ فهو يتحدّث مع هذه الصفحة ويحيل إليها. يضبط البرنامج النصي (script) حجم الإطار ليلائم المحتوى؛ ومن دونه يحتفظ الإطار بارتفاعه الابتدائي. لصفحة داكنة، غيّر theme=light إلى theme=dark، أو إلى theme=auto لاتّباع إعداد القارئ. <preview>شاهد كيف يبدو</preview>.',
  'embed.box.code': 'شيفرة التضمين',
  'embed.box.copy': 'نسخ',
  'embed.box.copied': 'تم النسخ',
  'embed.box.selected': 'تم التحديد: اضغط Ctrl+C، أو ⌘C على Mac، للنسخ',
  'embed.box.oembed': 'تجد المواقع التي تقرأ <link>oEmbed</link> الشيفرة نفسها انطلاقًا من عنوان هذه الصفحة وحده.',

  // feed (src/lib/messages/en/feed.ts)
  'feed.item': '{verdict}: {summary}',

  // downloads (src/lib/messages/en/downloads.ts)
  'downloads.table.figureColumns': 'أعمدة figures.csv وملف CSV الخاص بكل مؤشر',
  'downloads.table.claimCsvColumns': 'أعمدة ملف CSV الخاص بكل تحقق',
  'downloads.table.claimFields': 'حقول كل ادعاء في claims.json وفي ملف JSON الخاص بكل تحقق',
  'downloads.table.relationFields': 'حقول كل كائن في علاقات الادعاء',
  'downloads.table.metricFields': 'حقول المؤشر في ملف JSON الخاص بكل مؤشر',
  'downloads.table.siteFields': 'حقول ترويسة الموقع في كل ملف JSON',

  'downloads.citation': '{title}، {publisher}، {url}، تاريخ الاطلاع [التاريخ]',
  'downloads.meaningWithNote': '{meaning}. {note}',
  'downloads.emptyOnClaimedRow': 'فارغ في صف الرقم المدّعى',

  'downloads.figure.figure': 'معرّف الرقم، وهو فريد على مستوى الموقع',
  'downloads.figure.metric': 'معرّف المؤشر الذي يقيسه الرقم',
  'downloads.figure.metric_label': 'ما يقيسه المؤشر',
  'downloads.figure.unit': 'وحدة value وlow وhigh',
  'downloads.figure.value': 'أفضل تقدير، وهو عدد؛ فارغ حين لا يذكر المصدر إلا حدودًا',
  'downloads.figure.low': 'الحدّ الأدنى، وهو عدد: «أكثر من»، أو بداية نطاق؛ فارغ إن لم يوجد',
  'downloads.figure.high': 'الحدّ الأعلى، وهو عدد: «ما يصل إلى»، أو نهاية نطاق؛ فارغ إن لم يوجد',
  'downloads.figure.approx': 'true حين يتحفظ المصدر، كما في «نحو» أو «تقريبًا»؛ وعندها توسّع المقارنة الرقم بنسبة 10%',
  'downloads.figure.value_text': 'الرقم كما تكتبه الصفحات، بلغة الموقع',
  'downloads.figure.as_of':
    'التاريخ الذي يعود إليه الرقم، بصيغة EDTF كما كُتب: يوم أو شهر أو سنة، و~ تقريبي، و? غير مؤكد، و/ فترة',
  'downloads.figure.as_of_start':
    'أول يوم قد يعنيه as_of، بصيغة ISO 8601 (UTC)؛ وتوسَّع التواريخ التقريبية وغير المؤكدة بوحدة واحدة، دون أن تسبق أبدًا قيمة since الخاصة بالمؤشر',
  'downloads.figure.as_of_end': 'آخر يوم قد يعنيه as_of، ويُقرأ بالطريقة نفسها، دون أن يتجاوز أبدًا تاريخ نشر المصدر',
  'downloads.figure.date_note': 'كيف استُنتج التاريخ حين لا يذكره المصدر',
  'downloads.figure.by': 'صاحب التقدير',
  'downloads.figure.quote': 'كلمات المصدر الحرفية التي تذكر الرقم',
  'downloads.figure.note': 'ملاحظة المحرر حول كيفية قراءة الرقم',
  'downloads.figure.source': 'معرّف المصدر الذي يذكره',
  'downloads.figure.source_title': 'عنوان وثيقة المصدر',
  'downloads.figure.source_url': 'مكان نشر المصدر، إن كان معروفًا',
  'downloads.figure.figure_url': 'الاقتباس، مظللًا في النص المؤرشف على هذا الموقع',
  'downloads.figure.same_as': 'معرّف رقم من مصدر آخر يذكر التقدير نفسه؛ فارغ إن لم يوجد',
  'downloads.figure.attribution':
    'كيف ينسب المصدر التقدير إلى صاحبه في by حين لا يقول ذلك صراحة (مثل «بحسب ما نقلته نيويورك تايمز»)؛ فارغ حين يقوله صراحة',
  'downloads.figure.bound':
    'كيف يصوغ النص low وhigh: strict لعبارتَي «أكثر من» و«أقل من»، اللتين تستثنيان الحدّ نفسه؛ وinclusive لعبارتَي «على الأقل» و«ما يصل إلى»؛ وفارغ حين لا يُذكر ذلك',

  'downloads.relation.figure': 'معرّف الرقم المقارَن',
  'downloads.relation.relation':
    'علاقته بالادعاء كما تعرضها الصفحة: corroborates، ويظهر بعبارة «{agrees}»؛ أو contradicts، ويظهر بعبارة «{disagrees}»؛ أو context، ويظهر بعبارة «{context}»',
  'downloads.relation.computed_relation': 'العلاقة التي تحسبها قواعد المقارنة؛ فارغ حين لا يذكر الادعاء رقمًا خاصًا به',
  'downloads.relation.basis':
    'السبب: same-date أو running-total أو too-far-apart أو loose-dates أو part-of-whole أو whole-of-part أو different-metric أو same-estimate',
  'downloads.relation.stance': 'موقف المحرر، الذي تعرضه الصفحة بدلًا من العلاقة المحسوبة؛ فارغ إن لم يوجد',
  'downloads.relation.direction': 'موقع الرقم المدّعى بالنسبة إلى هذا الرقم حين يختلفان: above (أعلى) أو below (أدنى)',
  'downloads.relation.sentence': 'المقارنة بالكلمات، كما تكتبها صفحة الادعاء',
  'downloads.relation.same_estimate':
    'معرّفات الأرقام المقارَنة الأخرى التي تذكر التقدير نفسه (sameAs)، مفصولة بمسافات: فالتقدير يُحتسب مرة واحدة',
  'downloads.relation.claimed_figure':
    'معرّف الرقم المدّعى الذي يُقارَن به هذا الرقم، إذ قد يذكر الادعاء عدة أرقام؛ فارغ حين لا يذكر الادعاء أي رقم',

  'downloads.claimCsv.claim': 'المعرّف النصي (slug) للتحقق',
  'downloads.claimCsv.claim_text': 'الادعاء بالصيغة التي رُوجع بها',
  'downloads.claimCsv.verdict': 'معرّف التقييم',
  'downloads.claimCsv.verdict_label': 'التقييم كما تعرضه الصفحة',
  'downloads.claimCsv.role': 'claimed: رقم يذكره الادعاء، في الصفوف الأولى؛ compared: رقم يُقارَن به',

  'downloads.claim.slug': 'المعرّف النصي (slug) للتحقق: اسم ملفه',
  'downloads.claim.url': 'صفحة التحقق',
  'downloads.claim.title': 'عنوان التحقق',
  'downloads.claim.claim': 'الادعاء بالصيغة التي رُوجع بها',
  'downloads.claim.claimant': 'صاحب الادعاء',
  'downloads.claim.claimant_type': 'person (شخص) أو organization (منظمة)',
  'downloads.claim.claim_date': 'تاريخ الإدلاء بالادعاء، بصيغة EDTF كما كُتب',
  'downloads.claim.claim_date_start': 'أول يوم قد يعنيه claim_date، بصيغة ISO 8601',
  'downloads.claim.claim_date_end': 'آخر يوم قد يعنيه claim_date، بصيغة ISO 8601',
  'downloads.claim.date_note': 'كيف استُنتج تاريخ الادعاء، أو null',
  'downloads.claim.appearance': 'معرّف المصدر الذي ورد فيه الادعاء',
  'downloads.claim.appearance_title': 'عنوان ذلك المصدر',
  'downloads.claim.appearance_url': 'مكان نشر ذلك المصدر، أو null',
  'downloads.claim.verdict': 'معرّف التقييم',
  'downloads.claim.verdict_label': 'التقييم كما تعرضه الصفحة',
  'downloads.claim.verdict_value': 'رقم التقييم على السلّم؛ وكلما ارتفع كان الادعاء أدق',
  'downloads.claim.summary': 'الخلاصة في فقرة واحدة',
  'downloads.claim.assessment':
    'النتيجة المحسوبة على مستوى جميع الأرقام المقارَنة: within أو above أو below أو mixed أو none',
  'downloads.claim.assessment_summary': 'النتيجة المحسوبة بالكلمات',
  'downloads.claim.published': 'تاريخ نشر التحقق، بصيغة EDTF',
  'downloads.claim.updated': 'آخر تحديث جوهري له، بصيغة EDTF، أو null',
  'downloads.claim.author': 'كاتبه، أو null',
  'downloads.claim.tags': 'وسوم الموضوع',
  'downloads.claim.corrections': 'التصحيحات المؤرخة، الأقدم أولًا: كائنات تضم date (بصيغة EDTF) وtext',
  'downloads.claim.figures': 'الرقم المدّعى، ثم الأرقام المقارَنة حسب التاريخ: كائنات تضم role وحقول figures.csv',
  'downloads.claim.relations': 'علاقة كل رقم مقارَن بالادعاء، بالترتيب نفسه: كائنات تضم حقول العلاقة المبيّنة أدناه',
  'downloads.claim.claimed_figures':
    'معرّفات الأرقام التي يذكرها الادعاء، بترتيب ورودها فيه: رقم واحد، أو عدة أرقام، أو لا شيء',
  'downloads.claim.reviewer': 'من راجع التحقق قبل نشره؛ فارغ إن لم يُذكر',
  'downloads.claim.claimant_url': 'صفحة لصاحب الادعاء (موقعه أو حسابه)؛ فارغ إن لم تُذكر',
  'downloads.claim.language': 'اللغة التي كُتب بها التحقق (BCP 47)',

  'downloads.metric.id': 'معرّف المؤشر',
  'downloads.metric.url': 'صفحته على هذا الموقع',
  'downloads.metric.label': 'ما يقيسه',
  'downloads.metric.unit': 'وحدة كل قيمة',
  'downloads.metric.definition': 'ما يُحتسب وما لا يُحتسب',
  'downloads.metric.cumulative': 'true للإجمالي التراكمي، الذي لا يمكن أن ينخفض',
  'downloads.metric.since': 'بداية العدّ بصيغة EDTF، أو null',
  'downloads.metric.window': 'عدد الأيام التي يمكن أن تفصل بين رقمين مع بقائهما معدودين في التاريخ نفسه',
  'downloads.metric.part_of': 'معرّفات المؤشرات التي يشكّل هذا المؤشر جزءًا منها',
  'downloads.metric.parts': 'معرّفات المؤشرات التي تشكّل أجزاءً من هذا المؤشر',
  'downloads.metric.figures': 'جميع أرقام المؤشر، حسب التاريخ ثم المعرّف: كائنات تضم حقول figures.csv',

  'downloads.site.title': 'عنوان الموقع',
  'downloads.site.url': 'عنوانه المرجعي (canonical)',
  'downloads.site.publisher': 'ناشره: كائن يضم name وurl',
  'downloads.site.license': 'ترخيص المحتوى والبيانات',

  'downloads.example.metricLabel': 'قتلى العسكريين الروس',
  'downloads.example.unit': 'شخص',
  'downloads.example.valueText': 'نحو 7,000–15,000',
  'downloads.example.dateNote': 'مستنتج من «يوم الجمعة»',
  'downloads.example.by': 'وزارة الدفاع الروسية',
  'downloads.example.attribution': 'مسؤول عسكري كبير في الناتو',
  'downloads.example.quote': 'حتى الآن، لقي 1,351 عسكريًا حتفهم',
  'downloads.example.note': 'يقرّبه العنوان إلى 1,400',
  'downloads.example.sourceTitle': 'روسيا ترفع تقديرها لعدد جنودها القتلى في أوكرانيا إلى 1,400',
  'downloads.example.sentence':
    'بحسب تقدير الناتو، بلغ العدد 7,000–15,000 شخص قبل يومين من الادعاء، أي أعلى بمعامل يتراوح بين خمسة وأحد عشر من الرقم المدّعى البالغ 1,351 شخص.',
  'downloads.example.claimText': 'لقي 1,351 عسكريًا حتفهم',
  'downloads.example.verdictLabel': 'أقل من الواقع',
  'downloads.example.title': 'العدد الرسمي الروسي كان أدنى من جميع التقديرات',
  'downloads.example.appearanceTitle': 'روسيا ترفع تقديرها',
  'downloads.example.summary': 'العدد أدنى من جميع التقديرات.',
  'downloads.example.assessmentSummary':
    'الادعاء، وقدره 1,351 شخص، أدنى من جميع التقديرات القابلة للمقارنة البالغ عددها ثلاثة.',
  'downloads.example.author': 'مكتب المثال',
  'downloads.example.reviewer': 'ليلى حسن',
  'downloads.example.tags': '["خسائر بشرية"]',
  'downloads.example.corrections': `['{ "date": "2026-11-22", "text": "ما الذي تغيّر." }']`,
  'downloads.example.definition': 'وفيات أفراد القوات المسلحة الروسية.',
  'downloads.example.siteTitle': 'إحصاء الخسائر',
  'downloads.example.publisher': `'{ "name": "مكتب المثال", … }'`,
  'downloads.example.license': 'CC BY 4.0',

  // consistency (src/lib/messages/en/consistency.ts)
  'consistency.countFalls':
    'بحسب تقدير {laterBy}، بلغ العدد {laterValue} {laterWhen}، أي أقل من التقدير السابق الصادر عن {earlierBy}: {earlierValue} {earlierWhen}. والإجمالي التراكمي لا يمكن إلا أن يزداد.',
  'consistency.partExceedsWhole':
    'بحسب تقدير {partBy}، بلغ مؤشر «{part}» {partValue} {partWhen}. وهذا أكثر من تقدير {wholeBy} لمؤشر «{whole}» الذي يشمله: {wholeValue} {wholeWhen}.{others, plural, =0 {} one { كما أنه أكثر من تقدير آخر لذلك المجموع.} two { كما أنه أكثر من تقديرين آخرين لذلك المجموع.} few { كما أنه أكثر من # تقديرات أخرى لذلك المجموع.} many { كما أنه أكثر من # تقديرًا آخر لذلك المجموع.} other { كما أنه أكثر من # تقدير آخر لذلك المجموع.}}',

  // claimPage (src/lib/messages/en/claim-page.ts)
  'claim.kind': 'تحقق',
  'claim.translatedFrom': 'هذا التحقق مترجم. لغة الأصل: {language}. <link>اقرأ الأصل</link>.',
  'claim.translationStale': 'حُدِّث الأصل في {date}، بعد هذه الترجمة. <link>اقرأ الأصل</link> للاطلاع على النسخة الحالية.',
  'claim.claimHeading': 'الادعاء',
  'claim.appearedIn': 'ورد في <link>{title}</link>',
  'claim.verdictHeading': 'الحكم',
  'claim.ratingMeaning': '{label}: {description} <link>سلّم التقييم لدينا</link>.',
  'claim.figuresHeading': 'مقارنة الأرقام',
  'claim.chartValuesNote': 'يرد كل تقدير أدناه تحت عنوان «التقديرات»، مع الجهة التي أعدّته ومكان نشره.',
  'claim.embedChart': 'تضمين هذا الرسم البياني',
  'claim.embedFactCheck': 'تضمين هذا التحقق',
  'claim.reasoningHeading': 'تعليلنا',
  'claim.estimatesHeading': 'التقديرات',
  'claim.claimedCaption': '{claimed, plural, one {الرقم المدّعى} two {الرقمان المدّعيان} other {الأرقام المدّعاة (#)}}',
  'claim.estimatesCaption':
    '{hasFigure, select, yes {{claimed, plural, one {الرقم المدّعى} two {الرقمان المدّعيان} other {الأرقام المدّعاة (#)}} و{count, plural, one {التقدير المقارَن {claimed, plural, one {به} two {بهما} other {بها}}} two {التقديران المقارَنان {claimed, plural, one {به} two {بهما} other {بها}}} other {التقديرات المقارَنة {claimed, plural, one {به} two {بهما} other {بها}} (#)}}} other {{count, plural, one {التقدير المقارَن بالادعاء} two {التقديران المقارَنان بالادعاء} other {التقديرات المقارَنة بالادعاء (#)}}}}',
  'claim.column.estimate': 'التقدير',
  'claim.column.comparison': 'نتيجة المقارنة',
  'claim.column.source': 'المصدر',
  'claim.claimedRow':
    '{claimed, plural, one {الرقم الذي يتناوله هذا التحقق.} two {أحد الرقمين اللذين يتناولهما هذا التحقق.} few {أحد {claimedText} أرقام يتناولها هذا التحقق.} many {أحد {claimedText} رقمًا يتناولها هذا التحقق.} other {أحد {claimedText} رقم يتناولها هذا التحقق.}}',
  'claim.alsoReportedBy':
    '{hasPublisher, select, yes {ورد أيضًا لدى {publisher}: <link>{title}</link>} other {ورد أيضًا في <link>{title}</link>}}',
  'claim.noteLink': 'ملاحظة {number}',
  'claim.attribution': '{by}: {attribution}',
  'claim.notesSummary': 'ملاحظات حول التقديرات وتواريخها',
  'claim.reviewerNote':
    'للمراجعين: بحسب الأرقام وحدها، يُقرأ تقدير {by} على أنه «{computed}»؛ لكن المحرر يقرؤه على أنه «{shown}»، للأسباب الواردة في التعليل.',
  'claim.sourcesHeading': 'المصادر التي استخدمناها',
  'claim.source.undated': 'غير مؤرخ',
  'claim.source.noPublisher': 'الناشر غير مذكور',
  'claim.source.original': 'الأصل',
  'claim.source.archived': 'نسخة مؤرشفة',
  'claim.correctionsHeading': 'التصحيحات',
  'claim.noCorrections': 'لا توجد تصحيحات.',
  'claim.aboutHeading': 'عن هذا التحقق',
  'claim.published': 'تاريخ النشر',
  'claim.updated': 'آخر تحديث',
  'claim.author': 'بقلم',
  'claim.tags': 'الوسوم',
  'claim.edit': 'تعديل هذه الصفحة',
  'claim.history': 'السجل',
  'claim.transparency':
    'كيف نعمل: <methodology>منهجيتنا</methodology> · <corrections>جميع التصحيحات</corrections> · <about>من نحن، وكيف ترسل ادعاءً أو تصحيحًا</about>.',
  'verdict.label': 'الحكم:',
  'figures.column.figure': 'الرقم',
  'figures.column.metric': 'ما يقيسه',
  'figures.column.date': 'حتى تاريخ',
  'figures.column.by': 'صاحب التقدير',
  'figures.column.source': 'المصدر',
  'figures.inferred': 'تاريخ مستنتج',

  // cite (src/lib/messages/en/cite.ts)
  'cite.text':
    '{author}. {titlePunctuated, select, yes {«{title}»} other {«{title}».}} {site}، {published}{hasUpdate, select, yes { (آخر تحديث: {updated})} other {}}. {url}. الترخيص: {license}.',
  'cite.box.summary': 'الاستشهاد بهذا التحقق',
  'cite.box.intro': 'انسخ المرجع أدناه إلى مقالك أو بحثك، أو انسخ مُدخل BibTeX إلى برنامج إدارة المراجع لديك.',
  'cite.box.text': 'المرجع',
  'cite.box.bibtex': 'مُدخل BibTeX',
  'republish.box.summary': 'إعادة نشر هذا التحقق',
  'republish.box.intro':
    'لإعادة نشر هذا التحقق وفق ترخيصه ({license})، الصق شيفرة HTML أدناه في صفحتك، مع الإبقاء على نسبة العمل إلى مصدره وعلى الرابط إلى هذه الصفحة.',
  'republish.box.code': 'شيفرة HTML لإعادة النشر',
  'republish.claim': '<strong>ادعاء</strong> {claimant}: «{claim}»',
  'republish.verdict': '<strong>الحكم:</strong> {verdict}',
  'republish.readMore': 'اقرأ التحقق كاملًا على {site}',
  'republish.credit':
    '{hasAuthor, select, yes {بقلم {author}، الناشر: {publisher}} other {الناشر: {publisher}}}، {published}. أُعيد نشره بموجب الترخيص {license}.',

  // archive (src/lib/messages/en/archive.ts)
  'topics.title': 'الموضوعات',
  'topics.description': 'جميع موضوعات تحققات {site}، مع عدد التحققات في كل موضوع.',
  'topics.empty': 'لم يُصنَّف أي تحقق ضمن موضوع بعد.',
  'archive.count':
    '{count, plural, zero {لا تحققات} one {تحقق واحد} two {تحققان} few {# تحققات} many {# تحققًا} other {# تحقق}}',
  'claimants.title': 'أصحاب الادعاءات',
  'claimants.description': 'جميع الأشخاص والجهات الذين تحقق {site} من ادعاءاتهم، مع عدد التحققات لكل منهم.',
  'claimants.empty': 'لم يُتحقَّق من أي ادعاء بعد.',

  'listing.topic.title': 'الموضوع: {label}',
  'listing.topic.description': 'تحققات {site} في موضوع «{label}»، الأحدث أولًا.',
  'listing.topic.range':
    '{total, plural, zero {لا تحققات} one {تحقق واحد} two {تحققان} few {# تحققات} many {# تحققًا} other {# تحقق}} في هذا الموضوع، الأحدث أولًا.',
  'listing.topic.rangePaged':
    'التحققات {first, number}–{last, number} من أصل {total, number} في هذا الموضوع، الأحدث أولًا.',
  'listing.topic.pages': 'صفحات هذا الموضوع',
  'listing.claimant.title': 'ادعاءات صادرة عن {label}',
  'listing.claimant.description': 'جميع تحققات {site} من ادعاءات صادرة عن {label}، الأحدث أولًا.',
  'listing.claimant.range':
    '{total, plural, zero {لا تحققات} one {تحقق واحد} two {تحققان} few {# تحققات} many {# تحققًا} other {# تحقق}} بشأن هذه الادعاءات، الأحدث أولًا.',
  'listing.claimant.rangePaged':
    'التحققات {first, number}–{last, number} من أصل {total, number} بشأن هذه الادعاءات، الأحدث أولًا.',
  'listing.claimant.pages': 'صفحات التحققات بشأن هذه الادعاءات',
  'listing.verdict.title': 'الحكم: «{label}»',
  'listing.verdict.description': 'جميع تحققات {site} ذات الحكم «{label}»، الأحدث أولًا.',
  'listing.verdict.range':
    '{total, plural, zero {لا تحققات} one {تحقق واحد} two {تحققان} few {# تحققات} many {# تحققًا} other {# تحقق}} بهذا الحكم، الأحدث أولًا.',
  'listing.verdict.rangePaged':
    'التحققات {first, number}–{last, number} من أصل {total, number} بهذا الحكم، الأحدث أولًا.',
  'listing.verdict.pages': 'صفحات التحققات بهذا الحكم',

  'claimant.verdictsHeading': 'أحكامنا على هذه الادعاءات',
  'claimant.verdictCount':
    '{verdict}: {count, plural, zero {لا تحققات} one {تحقق واحد} two {تحققان} few {# تحققات} many {# تحققًا} other {# تحقق}}',
  'claimant.verdictsNote':
    'هذه أعداد وليست تقييمًا إجماليًا: فنحن نتحقق من الادعاءات الجديرة بالتحقق، لا من عيّنة من كل ما قيل.',
  'claimant.website': '<link>الموقع الإلكتروني</link>',
  'verdict.meaning': '{description} <link>سلّم التقييم لدينا</link>.',

  'archive.browseHeading': 'تصفّح التحققات',
  'archive.byVerdict': 'حسب الحكم',
  'archive.browseLinks': 'حسب <topics>الموضوع</topics> أو حسب <claimants>صاحب الادعاء</claimants>.',
  'archive.verdictItem': '{label} ({count, number})',

  'claim.reviewer': 'مراجعة',
  'claim.verdictPage': 'جميع التحققات ذات الحكم «{label}»',
  'claim.draftBanner': 'مسودة — غير منشورة. لا تظهر هذه الصفحة إلا في المعاينات؛ ولا أثر لها في الموقع المنشور.',

  'searchPage.filter.topic': 'الموضوع',
  'searchPage.filter.claimant': 'صاحب الادعاء',
  'searchPage.filter.year': 'سنة النشر',

  'complaints.route': 'إذا لم يُرضِك ردّنا على شكوى، فبإمكانك تصعيدها: <link>الجهة التي تُرفع إليها الشكوى</link>.',

  'feed.correctionTitle': 'تصحيح: {title}',
};
