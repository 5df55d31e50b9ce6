import type { ContainerImageLabels } from '../components/shared/container-image-labels.js';
import type { KonanLabelPack } from '../components/shared/label-pack.js';
import type { KonanLabelCount } from '../components/shared/labels.js';
import type { ModelStateLabels } from '../components/shared/model-state.js';
import { type KonanPluralForms, plural } from './plural.js';

/** A count's Arabic form: `forms` gets the locale text of the count to build each form. */
const ar = (count: KonanLabelCount, forms: (text: string) => KonanPluralForms) =>
  plural('ar', count.value, forms(count.text));

/**
 * A counted noun from its Arabic forms in CLDR's order: the whole phrase for zero (`null` when it
 * takes the `other` form), for one and for two, then the word that follows the number for few
 * (3–10), many (11–99) and other (100, 101…).
 */
const noun =
  (zero: string | null, one: string, two: string, few: string, many: string, other: string) =>
  (n: KonanLabelCount) =>
    ar(n, (t) => ({
      ...(zero !== null && { zero }),
      one,
      two,
      few: `${t} ${few}`,
      many: `${t} ${many}`,
      other: `${t} ${other}`,
    }));

/** Counted nouns in the nominative ("سطران", "3 أسطر", "11 سطرًا", "100 سطر"). */
const lines = noun('لا أسطر', 'سطر واحد', 'سطران', 'أسطر', 'سطرًا', 'سطر');
const rows = noun('لا صفوف', 'صف واحد', 'صفان', 'صفوف', 'صفًا', 'صف');
const characters = noun(null, 'حرف واحد', 'حرفان', 'أحرف', 'حرفًا', 'حرف');
const items = noun('لا عناصر', 'عنصر واحد', 'عنصران', 'عناصر', 'عنصرًا', 'عنصر');
/** After "من أصل" (genitive): "من أصل تنبؤين". */
const ofPredictions = noun(null, 'تنبؤ واحد', 'تنبؤين', 'تنبؤات', 'تنبؤًا', 'تنبؤ');
/** Predictions in the nominative ("تنبؤان", "3 تنبؤات"). */
const predictions = noun('لا تنبؤات', 'تنبؤ واحد', 'تنبؤان', 'تنبؤات', 'تنبؤًا', 'تنبؤ');
const features = noun('لا ميزات', 'ميزة واحدة', 'ميزتان', 'ميزات', 'ميزةً', 'ميزة');
const hours = noun(null, 'ساعة واحدة', 'ساعتين', 'ساعات', 'ساعة', 'ساعة');
const days = noun(null, 'يوم واحد', 'يومين', 'أيام', 'يومًا', 'يوم');
const hoursOrDays = (n: KonanLabelCount, unit: 'hour' | 'day') =>
  unit === 'hour' ? hours(n) : days(n);
const perUnit = (unit: 'hour' | 'day') => (unit === 'hour' ? 'في الساعة' : 'في اليوم');
const ofDeployments = noun(
  null,
  'عملية نشر واحدة',
  'عمليتي نشر',
  'عمليات نشر',
  'عملية نشر',
  'عملية نشر',
);

/** Metric names, shared by the metrics panel and the trend chart. */
const metricNames = {
  precision: 'الدقة (Precision)',
  recall: 'الاستدعاء (Recall)',
  f1_score: 'مقياس F1',
  rmse: 'RMSE',
  mae: 'MAE',
  confusion_matrix: 'مصفوفة الالتباس',
  multi_label_confusion_matrix: 'مصفوفة الالتباس متعددة التسميات',
};
const customMetricNames = {
  accuracy: 'الصحة (Accuracy)',
  feedback_coverage: 'نسبة التنبؤات ذات الملاحظات',
  evaluated_predictions: 'التنبؤات المقيّمة',
};

const containerImage: ContainerImageLabels = {
  imageUrlLabel: 'عنوان URL للصورة',
  imageUrlHint: 'registry/name:tag، مثل registry.example.com/team/churn-model:1.4',
  exposedPortLabel: 'المنفذ المكشوف',
  exposedPortHint: 'المنفذ الذي يستمع عليه خادم النموذج. تستخدم قوالب Konan المنفذ 8000.',
  privateRegistryLabel: 'سجل خاص',
  privateRegistryHint: 'فقط للصور التي يتطلب سحبها تسجيل الدخول.',
  registryUsernameLabel: 'اسم المستخدم في السجل',
  registryPasswordLabel: 'كلمة مرور السجل أو رمز الوصول',
  imageUrlRequired: 'أدخل عنوان URL لصورة الحاوية.',
  imageUrlScheme: 'احذف البروتوكول (https://) واستخدم الصيغة registry/name:tag.',
  imageUrlSpaces: 'لا يمكن أن يحتوي عنوان URL للصورة على مسافات.',
  imageUrlInvalid:
    'استخدم الصيغة registry/name:tag بأحرف صغيرة، مثل registry.example.com/team/model:1.0.',
  exposedPortInvalid: 'أدخل عددًا صحيحًا من 1 إلى 65535، مثل 8000.',
  exposedPortUnusual: (port) =>
    `المنفذ ${port} أقل من 1024: لا تستطيع خوادم النماذج عادةً الاستماع عليه. تستخدم معظم القوالب المنفذ 8000.`,
  registryUsernameRequired: 'أدخل اسم المستخدم في السجل، أو أغلق «سجل خاص».',
  registryPasswordRequired: 'أدخل كلمة مرور السجل أو رمز الوصول، أو أغلق «سجل خاص».',
};

const modelStates: ModelStateLabels = {
  stateLive: 'مباشر',
  stateChallenger: 'منافس',
  stateDisabled: 'معطَّل',
  stateOther: (state) => `حالة أخرى: ${state}`,
  stateUnknown: 'حالة غير معروفة',
};

/**
 * Every component's text in Modern Standard Arabic, counts in the Arabic plural forms (zero, one,
 * two, few, many, other). Use it with `<KonanUIProvider locale="ar" labels={konanArabicLabels}>`
 * inside an element with `dir="rtl"`. `import { konanArabicLabels } from 'konan-react/locales/ar'`.
 */
export const konanArabicLabels = {
  loginForm: {
    title: 'تسجيل الدخول إلى Konan',
    modeLegend: 'تسجيل الدخول باستخدام',
    modeCredentials: 'البريد الإلكتروني وكلمة المرور',
    modeApiKey: 'مفتاح API',
    emailLabel: 'البريد الإلكتروني',
    passwordLabel: 'كلمة المرور',
    apiKeyLabel: 'مفتاح API',
    apiKeyHint: 'مفتاح API لحسابك في Konan. يُحفظ في الذاكرة فقط.',
    submit: 'تسجيل الدخول',
    submitPending: 'جارٍ تسجيل الدخول…',
    errorTitle: 'تعذّر تسجيل الدخول',
    apiKeyRejected: 'رفض Konan مفتاح API هذا. تحقّق من أنه كامل وأنه لم يُلغَ.',
    emailRequired: 'أدخل عنوان بريدك الإلكتروني.',
    emailInvalid: 'أدخل عنوان بريد إلكتروني مثل name@company.com.',
    passwordRequired: 'أدخل كلمة المرور.',
    apiKeyRequired: 'أدخل مفتاح API.',
    signedInAs: (email) => `تم تسجيل الدخول بحساب ${email}`,
    signOut: 'تسجيل الخروج',
    signOutPending: 'جارٍ تسجيل الخروج…',
    signOutFailed: 'سُجّل خروجك هنا، لكن Konan لم يتمكن من إلغاء الجلسة',
  },

  createDeploymentForm: {
    ...containerImage,
    ...modelStates,
    title: 'إنشاء عملية نشر',
    deploymentNameLabel: 'اسم عملية النشر',
    deploymentNameHint: 'يظهر في قائمة عمليات النشر، مثل «الموافقة على القروض».',
    modelNameLabel: 'اسم النموذج',
    modelNameHint: 'النموذج الأول، وهو الذي يصبح مباشرًا، مثل «loan-gbm-v1».',
    submit: 'إنشاء عملية النشر',
    submitPending: 'جارٍ إنشاء عملية النشر…',
    submitPendingHint: 'يسحب Konan الصورة ويشغّل الحاوية. قد يستغرق ذلك دقيقة.',
    errorTitle: 'تعذّر إنشاء عملية النشر',
    deploymentNameTaken: 'توجد عملية نشر بهذا الاسم. اختر اسمًا آخر.',
    deploymentNameRequired: 'أدخل اسمًا لعملية النشر.',
    deploymentNameTooLong: (max) => `الحد الأقصى للطول ${characters(max)}.`,
    modelNameRequired: 'أدخل اسمًا للنموذج.',
    modelNameTooLong: (max) => `الحد الأقصى للطول ${characters(max)}.`,
    createdTitle: 'أُنشئت وتعمل',
    createdNotServing: 'أُنشئت، لكنها لا تعمل',
    uuidLabel: 'UUID',
    copyUuid: 'نسخ UUID',
    copyUuidDone: 'نُسخ UUID.',
    copyUuidFailed: 'النسخ غير متاح هنا؛ حدّد UUID وانسخه بنفسك.',
    liveModelLabel: 'النموذج المباشر',
    liveModelUnknown: 'لم يُبلغ عنه خادم Konan هذا',
    liveModelNotServing: 'لا يعمل: لم تبدأ حاويته. راجع المشكلات أدناه.',
    createdLabel: 'تاريخ الإنشاء',
    createAnother: 'إنشاء عملية نشر أخرى',
    deploymentErrorsPanel: {},
  },

  deploymentErrorsPanel: {
    failedTitle: (problems) =>
      ar(problems, (t) => ({
        zero: 'لا تعمل: لا مشكلات مُبلّغ عنها',
        one: 'لا تعمل: مشكلة واحدة يجب إصلاحها',
        two: 'لا تعمل: مشكلتان يجب إصلاحهما',
        few: `لا تعمل: ${t} مشكلات يجب إصلاحها`,
        many: `لا تعمل: ${t} مشكلةً يجب إصلاحها`,
        other: `لا تعمل: ${t} مشكلة يجب إصلاحها`,
      })),
    failedIntro:
      'أنشأ Konan عملية النشر، لكن نموذجها لا يعمل. أصلح ما هو مذكور أدناه، ثم انشر النموذج من جديد.',
    healthyTitle: 'عملية النشر سليمة',
    healthyText: 'سحب Konan الصورة وشغّل الحاوية، والنموذج يجيب عن فحص السلامة.',
    image: {
      title: 'تعذّر سحب الصورة',
      explanation: 'لم يتمكن Konan من تنزيل صورة الحاوية.',
      hint: 'تحقق من عنوان URL للصورة (registry/name:tag)، ومن اسم المستخدم وكلمة المرور إن كان السجل خاصًا.',
    },
    exposedPort: {
      title: 'تعذّر استخدام المنفذ المكشوف',
      explanation:
        'يرفض Konan بعض المنافذ (مثل ما دون 1024)، ويجب أن يكون المنفذ هو الذي يستمع عليه خادم النموذج داخل الحاوية.',
      hint: 'استخدم منفذًا من 1024 إلى 65535 يستمع عليه أمر تشغيل الخادم، مثل 8000 للأمر "uvicorn main:app --port 8000".',
    },
    healthEndpoint: {
      title: 'فشل فحص السلامة',
      explanation: 'يتحقق Konan من أن النموذج يعمل باستدعاء GET /healthz على الحاوية.',
      hint: 'اجعل الخادم يجيب عن GET /healthz بالحالة 200 بعد تحميل النموذج.',
    },
    unknown: (type) => ({
      title: `مشكلة: ${type}`,
      explanation: 'أبلغ Konan عن مشكلة من نوع لا تعرفه لوحة التحكم هذه.',
      hint: 'اقرأ الرسالة وسجلات الحاوية أدناه؛ فهي تبيّن عادةً ما الذي حدث.',
    }),
    messagesLabel: 'ما قاله Konan',
    fixLabel: 'طريقة الإصلاح:',
    logsTitle: 'سجلات الحاوية',
    containerLogViewer: {},
  },

  containerLogViewer: {
    region: 'سجلات الحاوية',
    lineCount: (n) => lines(n),
    searchLabel: 'البحث في السجلات',
    searchPlaceholder: 'ابحث في السجلات',
    searchHint: 'يقودك Enter إلى النتيجة التالية، وShift+Enter إلى النتيجة السابقة.',
    matchPosition: (current, total, capped) =>
      `${current.text} من ${total.text}${capped ? '+' : ''}`,
    noMatchTitle: 'لا نتائج',
    previousMatch: 'النتيجة السابقة',
    nextMatch: 'النتيجة التالية',
    followLabel: 'متابعة آخر السجل',
    copy: 'نسخ',
    copyDone: 'نُسخت السجلات إلى الحافظة.',
    copyFailed: 'النسخ غير متاح في هذا المتصفح. نزّل السجلات، أو حدّد النص وانسخه.',
    download: 'تنزيل',
    downloadFileName: 'container-logs.txt',
    emptyTitle: 'لم تكتب الحاوية أي سجلات.',
    lineCut: (hidden) => `… بقي ${characters(hidden)}. انسخ السجلات أو نزّلها لقراءتها.`,
  },

  feedbackResultsTable: {
    title: 'نتائج الملاحظات',
    summary: 'الملخص',
    accepted: 'مقبولة',
    rejected: 'مرفوضة',
    notSent: 'لم تُرسل',
    total: 'الإجمالي',
    all: 'الكل',
    share: (share) => `${share.text} من الإجمالي`,
    filterGroup: 'عرض النتيجة',
    searchLabel: 'البحث بمعرّف UUID للتنبؤ',
    searchHint: 'أي جزء من UUID، بأحرف كبيرة أو صغيرة.',
    table: 'عناصر الملاحظات',
    keyboardHint:
      'مرّر بمفاتيح الأسهم وPage Up وPage Down وHome وEnd. انتقل بمفتاح Tab إلى رسالة مختصرة لقراءتها كاملة.',
    scrollHint: 'مرّر أفقيًا لرؤية كل الأعمدة، ومنها الرسائل.',
    fullMessage: 'الرسالة كاملة:',
    columnUuid: 'UUID التنبؤ',
    columnOutcome: 'النتيجة',
    columnStatus: 'الحالة',
    columnMessage: 'الرسالة',
    noStatus: 'لا شيء',
    noMessage: 'لا رسالة',
    shown: (shown, total) =>
      shown.value === total.value
        ? ar(total, (t) => ({
            zero: 'لا عناصر',
            one: 'يُعرض العنصر الوحيد',
            two: 'يُعرض العنصران كلاهما',
            other: `تُعرض العناصر كلها (${t})`,
          }))
        : `يُعرض ${shown.text} من أصل ${items(total)}`,
    emptyTitle: 'لم يُرسل شيء بعد',
    emptyHint: 'أرسل ملاحظات لترى كيف استقبل Konan كل عنصر.',
    noMatchTitle: 'لا عناصر مطابقة',
    noMatchHint: 'جرّب نتيجة أخرى أو بحثًا آخر.',
    clearFilters: 'مسح عوامل التصفية',
    exportCsv: 'تصدير CSV',
    exportFileName: 'konan-feedback-results.csv',
    retryNotSent: (notSent) =>
      ar(notSent, (t) => ({
        one: 'إعادة إرسال العنصر الذي لم يُرسل',
        two: 'إعادة إرسال العنصرين اللذين لم يُرسلا',
        other: `إعادة إرسال العناصر التي لم تُرسل (${t})`,
      })),
    retryNotSentPending: 'جارٍ إعادة الإرسال…',
    allAccepted: 'قُبلت العناصر كلها.',
    notSentExplanation: (notSent) =>
      `${items(notSent)} ${plural('ar', notSent.value, {
        one: 'لم يتلقَّ ردًّا من Konan (عطل في الشبكة أو خطأ في الخادم أو إلغاء). لم يُسجَّل ويمكن إرساله من جديد.',
        two: 'لم يتلقيا ردًّا من Konan (عطل في الشبكة أو خطأ في الخادم أو إلغاء). لم يُسجَّلا ويمكن إرسالهما من جديد.',
        other:
          'لم تتلقَّ ردًّا من Konan (عطل في الشبكة أو خطأ في الخادم أو إلغاء). لم تُسجَّل ويمكن إرسالها من جديد.',
      })}`,
    submitPending: 'جارٍ إرسال الملاحظات…',
    progress: (done, total) => `وصل الرد عن ${done.text} من أصل ${items(total)}`,
    progressCounts: (accepted, rejected, notSent) =>
      `مقبولة: ${accepted.text} · مرفوضة: ${rejected.text} · لم تُرسل: ${notSent.text}`,
    errorTitle: 'تعذّر إرسال الملاحظات',
  },

  feedbackUploader: {
    title: 'رفع الملاحظات',
    intro: 'أرسل القيم الحقيقية لتنبؤات كثيرة دفعة واحدة، من ملف CSV أو JSON.',
    dropZone: 'أفلت ملف CSV أو JSON هنا',
    chooseFile: 'اختيار ملف',
    fileHint:
      'ملف CSV فيه العمودان prediction_uuid وtarget، أو JSON بالشكل [{"prediction_uuid": "…", "target": …}]. قيمة target نص أو كائن JSON.',
    dropping: 'أفلت الملف لقراءته',
    pasteToggle: 'أو الصق CSV أو JSON',
    pasteLabel: 'الملاحظات بصيغة CSV أو JSON',
    pasteHint: 'المحتوى نفسه الذي يكون في الملف: مع صف العناوين في CSV.',
    usePasted: 'فحص النص الملصق',
    pastedName: 'نص ملصق',
    reading: (name) => `جارٍ قراءة ${name}…`,
    fileSummary: (name, format, count) => `${name} · ${format} · ${rows(count)}`,
    format: { csv: 'CSV', json: 'JSON' },
    previewTitle: 'معاينة',
    previewCaption: (shown, total) => `الصفوف الأولى: ${shown.text} من أصل ${total.text}`,
    columnAt: { csv: 'السطر', json: 'العنصر' },
    columnUuid: 'prediction_uuid',
    columnTarget: 'target',
    columnCheck: 'الفحص',
    rowOk: 'سليم',
    rowProblem: 'مشكلة',
    allValid: (count) =>
      ar(count, (t) => ({
        zero: 'لا صفوف',
        one: 'الصف سليم.',
        two: 'الصفان سليمان.',
        other: `الصفوف كلها سليمة (${t}).`,
      })),
    problemsTitle: (count) =>
      ar(count, (t) => ({
        zero: 'لم تُوجد مشكلات',
        one: 'وُجدت مشكلة واحدة',
        two: 'وُجدت مشكلتان',
        few: `وُجدت ${t} مشكلات`,
        many: `وُجدت ${t} مشكلةً`,
        other: `وُجدت ${t} مشكلة`,
      })),
    validCount: (valid, total) => `الصفوف التي يمكن إرسالها: ${valid.text} من أصل ${total.text}.`,
    at: (format, at) => (format === 'csv' ? `السطر ${at.text}` : `العنصر ${at.text}`),
    moreProblems: (hidden) =>
      ar(hidden, (t) => ({
        one: '…ومشكلة أخرى.',
        two: '…ومشكلتان أخريان.',
        few: `…و${t} مشكلات أخرى.`,
        many: `…و${t} مشكلةً أخرى.`,
        other: `…و${t} مشكلة أخرى.`,
      })),
    emptyFile: 'الملف فارغ.',
    unreadable: (detail) => `تعذّرت قراءة الملف: ${detail}`,
    tooLarge: (size, max) =>
      `حجم الملف ${size.text}، والحد الأقصى ${max.text}. قسّمه إلى ملفات أصغر.`,
    invalidJson: (detail) => `الملف ليس JSON صالحًا: ${detail}`,
    notAList: 'يجب أن يكون JSON قائمة عناصر، أو كائنًا فيه قائمة "feedback".',
    missingColumns: (columns) =>
      `${columns.length === 1 ? 'عمود ناقص' : 'أعمدة ناقصة'}: ${columns.join('، ')}. يجب أن يسمّي الصف الأول العمودين prediction_uuid وtarget.`,
    noRows: 'لا يحتوي الملف على صفوف ملاحظات.',
    unclosedQuote:
      'علامة اقتباس فُتحت في هذا السطر ولم تُغلق، فتعذّرت قراءة هذا الصف، وقُرئت الصفوف التي بعده. أغلق علامة الاقتباس، أو كرّرها ("") إن كانت جزءًا من القيمة.',
    textAfterQuote:
      'نص غير متوقع بعد علامة اقتباس الإغلاق. ضع القيمة كلها بين علامتي اقتباس، وكرّر علامات الاقتباس التي بداخلها ("").',
    fieldCount: (found, expected) =>
      `عدد القيم ${found.text}، وعدد أعمدة صف العناوين ${expected.text}. ضع القيم التي فيها فواصل بين علامتي اقتباس.`,
    notAnObject: 'العنصر ليس كائنًا فيه prediction_uuid وtarget.',
    targetInvalidJson: (detail) => `تبدو قيمة target بصيغة JSON لكن تعذّرت قراءتها: ${detail}`,
    targetUnsupported: 'يجب أن تكون قيمة target نصًا أو كائن JSON، لا قائمة.',
    predictionUuidRequired: 'قيمة prediction_uuid فارغة.',
    predictionUuidDuplicate: (uuid, firstAt, format) =>
      `قيمة prediction_uuid مكررة ${uuid}: وردت أولًا في ${format === 'csv' ? 'السطر' : 'العنصر'} ${firstAt.text}.`,
    targetRequired: 'قيمة target فارغة.',
    skipInvalid: (count) =>
      ar(count, (t) => ({
        one: 'تخطي الصف الذي فيه مشكلة وإرسال الباقي',
        two: 'تخطي الصفين اللذين فيهما مشكلات وإرسال الباقي',
        other: `تخطي الصفوف التي فيها مشكلات (${t}) وإرسال الباقي`,
      })),
    submit: (count) =>
      ar(count, (t) => ({
        one: 'إرسال صف واحد',
        two: 'إرسال صفين',
        few: `إرسال ${t} صفوف`,
        many: `إرسال ${t} صفًا`,
        other: `إرسال ${t} صف`,
      })),
    skippedRows: (sent, skipped) =>
      `أُرسل ${rows(sent)}، وتُخطّي ${rows(skipped)} فيها مشكلات فلم يُرسل.`,
    submitValid: (count) =>
      ar(count, (t) => ({
        one: 'إرسال الصف السليم',
        two: 'إرسال الصفين السليمين',
        few: `إرسال ${t} صفوف سليمة`,
        many: `إرسال ${t} صفًا سليمًا`,
        other: `إرسال ${t} صف سليم`,
      })),
    submitBlocked: 'أصلح المشكلات أعلاه، أو تخطَّ الصفوف التي فيها مشكلات، لتتمكن من الإرسال.',
    submitNothing: 'لا شيء في هذا الملف يمكن إرساله.',
    cancel: 'إلغاء',
    clear: 'مسح',
    uploadAnother: 'رفع ملف آخر',
    retry: 'إعادة المحاولة',
    errorTitle: 'تعذّر إرسال الملاحظات',
    feedbackResultsTable: {},
  },

  predictionPlayground: {
    title: 'تجربة التنبؤات',
    deploymentLabel: 'عملية النشر',
    deploymentsLoading: 'جارٍ تحميل عمليات النشر…',
    connecting: 'جارٍ الاتصال بـ Konan…',
    deploymentsErrorTitle: 'تعذّر تحميل عمليات النشر',
    retry: 'إعادة المحاولة',
    deploymentsEmptyTitle: 'لا توجد عمليات نشر بعد',
    deploymentsEmptyHint: 'أنشئ عملية نشر أولًا؛ فنموذجها المباشر هو الذي يجيب عن التنبؤات هنا.',
    deploymentPlaceholder: 'اختر عملية نشر',
    deploymentRequired: 'اختر عملية النشر التي سيجيب نموذجها المباشر.',
    inputLabel: 'مدخلات النموذج (JSON)',
    inputHint: 'أي قيمة JSON يقبلها النموذج. اضغط Ctrl+Enter (أو ⌘+Enter على Mac) للتنبؤ.',
    predict: 'تنبّأ',
    formatJson: 'تنسيق JSON',
    predictPending: 'جارٍ سؤال النموذج المباشر…',
    predictDone: 'أجاب النموذج.',
    errorTitle: 'فشل التنبؤ',
    inputRequired: (example) =>
      example === undefined
        ? 'أدخل مدخلات النموذج بصيغة JSON.'
        : `أدخل مدخلات النموذج بصيغة JSON، مثل ${example}.`,
    syntaxError: (line, column, expected, found) =>
      `JSON غير صالح في السطر ${line.text}، العمود ${column.text}: المتوقع ${expected}، والموجود ${
        found === undefined ? 'نهاية المدخلات' : found === '\n' ? 'فاصل أسطر' : `«${found}»`
      }. لم يُرسل شيء.`,
    expectations: {
      value:
        'قيمة (كائن أو مصفوفة أو نص بين علامتي اقتباس مزدوجتين أو رقم أو true أو false أو null)',
      'property-name': 'اسم خاصية بين علامتي اقتباس مزدوجتين',
      colon: '«:» بعد اسم الخاصية',
      'comma-or-object-end': '«,» أو «}»',
      'comma-or-array-end': '«,» أو «]»',
      'string-end': 'علامة الاقتباس المزدوجة التي تغلق النص',
      escape: 'تهريب صالح مثل \\n أو \\" أو \\u00e9',
      digit: 'رقم',
      end: 'نهاية المدخلات',
    },
    outputTitle: 'المخرجات',
    predictionUuid: 'UUID التنبؤ',
    copyUuid: 'نسخ UUID',
    copyDone: 'نُسخ.',
    copyFailed: 'تعذّر النسخ: حدّد UUID وانسخه يدويًا.',
    feedbackTitle: 'إبداء ملاحظة',
    targetLabel: 'القيمة الحقيقية (target)',
    targetHint: 'ما كان ينبغي أن يجيب به النموذج: JSON على شكل المخرجات، أو نص عادي مثل approved.',
    sendFeedback: 'إرسال الملاحظة',
    sendFeedbackPending: 'جارٍ إرسال الملاحظة…',
    targetRequired: 'أدخل القيمة الحقيقية.',
    targetNotObjectOrText: 'يجب أن تكون قيمة target كائن JSON (على شكل المخرجات) أو نصًا.',
    accepted: 'مقبولة',
    rejected: 'مرفوضة',
    notSent: 'لم تُرسل',
    acceptedMessage: 'سُجّلت الملاحظة.',
    retryFeedback: 'إعادة الإرسال',
    feedbackErrorTitle: 'تعذّر إرسال الملاحظة',
    signedOutTitle: 'سجّل الدخول لإجراء التنبؤات.',
  },

  predictionsTable: {
    title: 'التنبؤات',
    caption: (start, end) => `التنبؤات من ${start} إلى ${end}`,
    loading: 'جارٍ تحميل التنبؤات…',
    loadingMore: 'جارٍ تحميل مزيد من التنبؤات…',
    errorTitle: 'تعذّر تحميل التنبؤات',
    loadMoreErrorTitle: 'تعذّر تحميل التنبؤات التالية',
    retry: 'إعادة المحاولة',
    emptyTitle: 'لا تنبؤات في هذه الفترة',
    emptyHint: 'تظهر هنا التنبؤات التي أُجريت في هذه الفترة الزمنية. اختر فترة أطول، أو أجرِ تنبؤًا.',
    signedOutTitle: 'سجّل الدخول لرؤية التنبؤات.',
    columnCreated: 'تاريخ الإنشاء',
    columnUuid: 'التنبؤ',
    columnFeatures: 'السمات',
    columnOutput: 'المخرجات',
    columnFeedback: 'الملاحظات',
    noFeedback: 'لا ملاحظات',
    none: 'لا شيء',
    loadMore: 'تحميل المزيد',
    showing: (shown, total) => `يُعرض ${shown.text} من أصل ${ofPredictions(total)}`,
    allShown: (total) =>
      ar(total, (t) => ({
        zero: 'لا تنبؤات',
        one: 'يُعرض التنبؤ الوحيد',
        two: 'يُعرض التنبؤان كلاهما',
        other: `تُعرض التنبؤات كلها (${t})`,
      })),
    moreEntries: (hidden) => `+${hidden.text} أخرى`,
    timeWindowPicker: {},
  },

  metricsPanel: {
    title: 'المقاييس',
    loading: 'جارٍ حساب المقاييس…',
    refreshing: 'جارٍ تحديث المقاييس…',
    errorTitle: 'تعذّر حساب المقاييس',
    retry: 'إعادة المحاولة',
    emptyTitle: 'لا ملاحظات في هذه الفترة: لا شيء لتقييمه',
    emptyHint:
      'تقارن المقاييس التنبؤات بقيمها الحقيقية. أرسل ملاحظات عن تنبؤات أُجريت في هذه الفترة، أو اختر فترة أطول.',
    signedOutTitle: 'سجّل الدخول لرؤية المقاييس.',
    classificationTitle: 'التصنيف',
    regressionTitle: 'الانحدار',
    customTitle: 'مقاييس مخصّصة',
    metricNames,
    explanations: {
      precision: 'من بين تنبؤات فئة ما، نسبة التنبؤات الصحيحة. القيمة الأعلى أفضل.',
      recall: 'من بين الحالات الفعلية لفئة ما، النسبة التي اكتشفها النموذج. القيمة الأعلى أفضل.',
      f1_score: 'يوازن بين الدقة والاستدعاء (متوسطهما التوافقي). القيمة الأعلى أفضل.',
      rmse: 'جذر متوسط مربع الخطأ: الخطأ المعتاد، مع وزن أكبر للأخطاء الكبيرة. القيمة الأقل أفضل.',
      mae: 'متوسط الخطأ المطلق: متوسط الخطأ بوحدات القيمة المستهدفة. القيمة الأقل أفضل.',
    },
    matrixCaption: (metricName) =>
      `${metricName}: الفئات الفعلية في الصفوف، والفئات المتنبأ بها في الأعمدة`,
    actual: (label) => `الفعلية: ${label}`,
    predicted: (label) => `المتنبأ بها: ${label}`,
    classFallback: (index) => `الفئة ${index.text}`,
    corner: 'الفعلية \\ المتنبأ بها',
    total: 'الإجمالي',
    matrixSummary: (correct, total, share) =>
      `${correct.text} من أصل ${ofPredictions(total)} على القطر: ${share} صحيحة.`,
    heatLegend: 'كلما اشتد لون الخلية زاد عدد التنبؤات فيها، والقطر يضم التنبؤات الصحيحة.',
    matrixScrollHint: 'مرّر أفقيًا لرؤية كل الأعمدة.',
    trendLabel: ({ metric, unit, first, last, worse }) =>
      `${metric} لكل ${unit === 'hour' ? 'ساعة' : 'يوم'} في هذه الفترة: من ${first} إلى ${last}${worse ? '، أسوأ' : ''}`,
    customMetricNames,
    columnName: 'المقياس',
    columnValue: 'القيمة',
    timeWindowPicker: {},
    residualsTitle: 'الأخطاء (الفعلي − المتوقَّع)',
    residualsLoading: 'جارٍ قراءة التنبؤات ذات الملاحظات…',
    residualsErrorTitle: 'تعذّرت قراءة الأخطاء',
    residualsEmptyTitle: 'لا ملاحظات رقمية في هذه الفترة',
    residualsEmptyHint:
      'تحتاج صورة الأخطاء إلى تنبؤات ملاحظاتها أرقام. أرسل ملاحظات رقمية، أو اختر فترة أطول.',
    residualsSummary: (count, median, within, share) =>
      `أخطاء ${ofPredictions(count)} لها ملاحظات: الوسيط ${median}، و${share} منها ضمن ±${within}.`,
    residualsPartial: (read, total) =>
      `حُسبت على آخر ${read.text} من أصل ${ofPredictions(total)} في هذه الفترة.`,
    residualsPlot: 'الأخطاء، أعمدة حسب الحجم؛ تنقّل بين الأعمدة بمفاتيح الأسهم',
    residualsBin: (from, to, count) => `من ${from} إلى ${to}: ${predictions(count)}`,
    residualsZero: 'لا خطأ',
    residualsColumnRange: 'الخطأ',
    residualsColumnCount: 'التنبؤات',
    showTable: 'عرض كجدول',
    showChart: 'عرض كرسم بياني',
  },

  metricTrendChart: {
    showTable: 'عرض كجدول',
    showChart: 'عرض كرسم بياني',
    loading: 'جارٍ حساب المقياس عبر الزمن…',
    retry: 'إعادة المحاولة',
    title: (metric, unit) => `${metric} لكل ${unit === 'hour' ? 'ساعة' : 'يوم'}`,
    titleNoMetric: 'المقياس عبر الزمن',
    errorTitle: 'تعذّر حساب المقياس عبر الزمن',
    emptyTitle: 'لا ملاحظات في هذه الفترة: لا شيء لتقييمه',
    emptyHint: 'يحتاج الاتجاه إلى تنبؤات لها ملاحظات. أرسل ملاحظات، أو اختر فترة أطول.',
    signedOutTitle: 'سجّل الدخول لرؤية المقياس عبر الزمن.',
    metricSelect: 'المقياس',
    // As in the metrics panel: a metric reads the same in both.
    metricNames: { ...metricNames, ...customMetricNames },
    summary: ({ metric, from, to, first, last, low, lowAt, high, highAt, gaps, unit }) =>
      `${metric} لكل ${unit === 'hour' ? 'ساعة' : 'يوم'}، من ${from} إلى ${to}: ${first} في البداية و${last} في النهاية؛ الأدنى ${low} (${lowAt})، والأعلى ${high} (${highAt}).` +
      (gaps.value > 0
        ? ` ${unit === 'hour' ? 'ساعات' : 'أيام'} بلا شيء لتقييمه: ${gaps.text}.`
        : ''),
    plotLabel: (metric) => `${metric} عبر الزمن؛ تنقّل بين النقاط بمفاتيح الأسهم`,
    gap: 'لا شيء لتقييمه',
    columnTime: (unit) => (unit === 'hour' ? 'الساعة' : 'اليوم'),
    partial: (failed, total, unit) =>
      `تعذّر تقييم ${failed.text} من ${total.text} ${unit === 'hour' ? 'ساعة' : 'يوم'}؛ يتخطاها الخط.`,
    failedBucket: 'تعذّر التقييم',
    timeWindowPicker: {},
  },

  modelsPanel: {
    ...containerImage,
    ...modelStates,
    title: 'النماذج',
    loading: 'جارٍ تحميل النماذج…',
    errorTitle: 'تعذّر تحميل النماذج',
    refreshErrorTitle: 'تعذّر تحديث النماذج؛ تُعرض آخر الحالات المعروفة.',
    retry: 'إعادة المحاولة',
    signedOutTitle: 'سجّل الدخول لرؤية النماذج.',
    emptyTitle: 'لا نماذج في عملية النشر هذه',
    emptyHint: 'أضف نموذجًا، ثم رقّه إلى مباشر لتتمكن عملية النشر هذه من الإجابة عن التنبؤات.',
    notServingTitle: 'لا تعمل: لا يوجد نموذج مباشر في عملية النشر هذه',
    notServingPromoteHint:
      'تُرفض التنبؤات إلى أن يصبح أحد النماذج مباشرًا. رقِّ أحد النماذج أدناه إلى مباشر، أو أضف نموذجًا جديدًا، أو احذف عملية النشر.',
    notServingEmptyHint:
      'تُرفض التنبؤات إلى أن يصبح أحد النماذج مباشرًا. أضف نموذجًا ورقّه إلى مباشر، أو احذف عملية النشر.',
    liveNotServingTitle: 'لا تعمل: لم تبدأ حاوية النموذج المباشر',
    liveNotServingHint: 'تُرفض التنبؤات. أضف نموذجًا يعمل ورقّه إلى مباشر، أو احذف عملية النشر.',
    liveRuleNotServing: 'لا يجيب عن التنبؤات: لم تبدأ حاويته. رقِّ نموذجًا منافسًا يعمل.',
    scrollHint: 'مرّر أفقيًا لرؤية كل الأعمدة، ومنها الإجراءات.',
    scrollRegion: 'جدول النماذج',
    unnamed: 'نموذج بلا اسم',
    columnName: 'النموذج',
    columnState: 'الحالة',
    columnCreated: 'تاريخ الإنشاء',
    columnActions: 'الإجراءات',
    changePending: 'جارٍ التحديث…',
    liveRule: 'يجيب عن التنبؤات. لإيقاف النموذج المباشر، رقِّ نموذجًا منافسًا.',
    liveRuleNoChallenger: 'يجيب عن التنبؤات. لإيقاف النموذج المباشر، أضف نموذجًا منافسًا ثم رقِّه.',
    promote: 'ترقية إلى مباشر',
    makeChallenger: 'جعله منافسًا',
    disable: 'تعطيل',
    delete: 'حذف',
    actionTarget: (name) => `: ${name}`,
    promoteTitle: (name) => `ترقية «${name}» إلى مباشر؟`,
    promoteDescription: (name) => `سيجيب «${name}» عن كل تنبؤات عملية النشر هذه.`,
    promoteNoLive: 'ليس لعملية النشر نموذج مباشر الآن.',
    demoteLegend: (name) => `ثم انقل النموذج المباشر الحالي، «${name}»، إلى`,
    demoteToChallenger: 'منافس',
    demoteToChallengerHint: 'يظل يعمل بجانب النموذج المباشر، ويمكن ترقيته مجددًا.',
    demoteToDisabled: 'معطَّل',
    demoteToDisabledHint: 'يتوقف عن العمل إلى أن يُجعل منافسًا من جديد.',
    promoteConfirm: 'ترقية إلى مباشر',
    deleteTitle: (name) => `حذف «${name}»؟`,
    deleteDescription: 'يُحذف النموذج وحاويته. لا يمكن التراجع عن ذلك.',
    deleteConfirm: 'حذف النموذج',
    cancel: 'إلغاء',
    actionFailed: (action, name) => {
      const what = {
        promote: `لم تتم ترقية «${name}»`,
        'make-challenger': `لم يُجعل «${name}» منافسًا`,
        disable: `لم يُعطَّل «${name}»`,
        delete: `لم يُحذف «${name}»`,
        change: 'لم يُنفَّذ التغيير',
      };
      return `${what[action]}. تُعرض النماذج كما كانت.`;
    },
    actionDone: (action, name) =>
      ({
        promote: `«${name}» مباشر الآن.`,
        'make-challenger': `«${name}» منافس الآن.`,
        disable: `«${name}» معطَّل الآن.`,
        delete: `حُذف «${name}».`,
      })[action],
    dismiss: 'إغلاق',
    addModel: 'إضافة نموذج منافس',
    addModelTitle: 'نموذج منافس جديد',
    modelNameLabel: 'اسم النموذج',
    submit: 'إضافة النموذج',
    addModelPending: 'جارٍ إضافة النموذج…',
    addModelDone: (name) => `أُضيف «${name}» نموذجًا منافسًا.`,
    addModelFailed: 'لم يُضَف النموذج',
    modelNameRequired: 'أدخل اسمًا للنموذج.',
    modelNameTaken: (name) => `لدى عملية النشر هذه نموذج باسم «${name}» بالفعل.`,
  },

  deploymentsList: {
    title: 'عمليات النشر',
    loading: 'جارٍ تحميل عمليات النشر…',
    errorTitle: 'تعذّر تحميل عمليات النشر',
    refreshErrorTitle: 'تعذّر تحديث عمليات النشر؛ تُعرض آخر قائمة معروفة.',
    retry: 'إعادة المحاولة',
    signedOutTitle: 'سجّل الدخول لرؤية عمليات النشر.',
    emptyTitle: 'لا توجد عمليات نشر بعد',
    emptyHint: 'تقدّم عملية النشر نموذجك عبر API. أنشئ واحدة لتبدأ.',
    create: 'إنشاء عملية نشر',
    searchLabel: 'البحث في عمليات النشر',
    searchPlaceholder: 'الاسم',
    searchResults: (shown, total) => `${shown.text} من أصل ${ofDeployments(total)}`,
    noMatchTitle: (query) => `لا توجد عملية نشر تطابق «${query}».`,
    clearSearch: 'مسح البحث',
    created: (date) => `أُنشئت في ${date}`,
    unnamed: 'عملية نشر بلا اسم',
    count: (count) => count.text,
    delete: 'حذف',
    deleteAction: (name) => `حذف عملية النشر ${name}`,
    deletePending: 'جارٍ الحذف…',
    deleteTitle: (name) => `حذف عملية النشر «${name}»؟`,
    deleteDescription:
      'تُحذف معها نماذجها وتنبؤاتها وملاحظاتها، ويتوقف API الخاص بها عن الإجابة. لا يمكن التراجع عن ذلك.',
    deleteConfirm: 'حذف عملية النشر',
    cancel: 'إلغاء',
    deleteFailed: (name) => `لم تُحذف «${name}»`,
    deleteDone: (name) => `حُذفت «${name}».`,
    notServing: 'لا تعمل',
    dismiss: 'إغلاق',
  },

  timeWindowPicker: {
    title: 'الفترة الزمنية',
    presets: { '24h': 'آخر 24 ساعة', '7d': 'آخر 7 أيام', '30d': 'آخر 30 يومًا' },
    custom: 'نطاق مخصّص',
    startLabel: 'من',
    endLabel: 'إلى',
    apply: 'تطبيق النطاق',
    summary: (start, end) => `من ${start} إلى ${end}`,
    startRequired: 'أدخل تاريخ البداية ووقتها.',
    startInvalid: 'البداية ليست تاريخًا ووقتًا صالحين.',
    endRequired: 'أدخل تاريخ النهاية ووقتها.',
    endInvalid: 'النهاية ليست تاريخًا ووقتًا صالحين.',
    endNotAfterStart: 'يجب أن تكون النهاية بعد البداية.',
  },
  errorAlert: {
    details: 'التفاصيل التقنية',
    detailStatus: 'الحالة',
    detailMethod: 'الطريقة',
    detailUrl: 'العنوان',
    detailServerMessage: 'رسالة Konan',
    detailField: 'الحقل',
    detailMessage: 'الرسالة',
    unknown: 'حدث خطأ ما. حاول مرة أخرى.',
    network: 'تعذّر الوصول إلى Konan. تحقّق من اتصالك ثم حاول مرة أخرى.',
    timeout: 'استغرق Konan وقتًا طويلًا للرد. حاول مرة أخرى بعد قليل.',
    aborted: 'أُلغي الطلب.',
    credentialsRejected: 'رفض Konan بيانات الدخول هذه. تحقّق من البريد الإلكتروني وكلمة المرور.',
    sessionExpired: 'انتهت جلستك. سجّل الدخول مرة أخرى.',
    notAuthenticated: 'لم تسجّل الدخول. سجّل الدخول للمتابعة.',
    forbidden: 'لا يُسمح لهذا الحساب بذلك. اطلب ذلك من أحد مسؤولي مؤسستك.',
    notFound: 'لم يعثر Konan عليه: ربما حُذف. حدّث الصفحة وحاول مرة أخرى.',
    noLiveModel:
      'لا يوجد نموذج مباشر في عملية النشر هذه، فلا شيء يجيب عن التنبؤات. أضف نموذجًا ورقّه إلى مباشر في «النماذج»، ثم حاول مرة أخرى.',
    nameTaken: 'هذا الاسم مستخدم بالفعل. اختر اسمًا آخر.',
    conflict: 'رفض Konan التغيير: يتعارض مع ما هو موجود الآن. حدّث الصفحة وحاول مرة أخرى.',
    invalidValues: 'رفض Konan القيم المرسلة. تحقّق منها وحاول مرة أخرى.',
    serverSays: (message) => `يقول Konan: «${message}»`,
    tooManyRequests: 'يتلقى Konan طلبات كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.',
    serverProblem: 'واجه Konan مشكلة من جهته. حاول مرة أخرى بعد بضع دقائق.',
    unexpectedResponse:
      'أجاب Konan بصيغة لا يفهمها هذا التطبيق؛ ربما الخادم إصدار أحدث. حاول لاحقًا أو أبلغ المسؤول.',
    foreignOrigin: 'أُوقف الطلب لأنه يشير إلى خارج Konan، ولم يُرسل رمز الدخول. أبلغ المسؤول.',
    pageLimit: 'القائمة أطول من أن تُحمّل دفعة واحدة. ضيّقها (مثلًا فترة زمنية أقصر) وحاول مرة أخرى.',
  },
  featureDriftPanel: {
    title: 'انحراف الميزات',
    windows: (current, reference) => `${current}، مقارنةً بـ ${reference}`,
    thresholdsHint:
      'مؤشر استقرار المجتمع (PSI) لكل ميزة: أقل من 0.1 مستقر، ومن 0.1 إلى 0.25 متوسط، وأكثر من 0.25 كبير.',
    loading: 'جارٍ قراءة التنبؤات…',
    refreshing: 'جارٍ تحديث الانحراف…',
    progress: (read, total) =>
      total === null
        ? `قُرئ ${predictions(read)}…`
        : `قُرئ ${read.text} من أصل ${ofPredictions(total)}…`,
    progressLabel: 'التنبؤات المقروءة',
    cancel: 'إلغاء',
    errorTitle: 'تعذّر حساب الانحراف',
    retry: 'إعادة المحاولة',
    emptyTitle: 'لا شيء للمقارنة',
    emptyHint: 'يقارن الانحراف تنبؤات فترتين. اختر فترتين تضم كل منهما تنبؤات.',
    noCurrent: 'لا تنبؤات في الفترة الحالية.',
    noReference: 'لا تنبؤات في الفترة المرجعية.',
    signedOutTitle: 'سجّل الدخول لرؤية انحراف الميزات.',
    limitTitle: 'حُسب على جزء من التنبؤات',
    limitCurrent: (read, available) =>
      `الفترة الحالية: حُسب على أحدث ${read.text} من أصل ${ofPredictions(available)}.`,
    limitReference: (read, available) =>
      `الفترة المرجعية: حُسب على أحدث ${read.text} من أصل ${ofPredictions(available)}.`,
    cancelledTitle: 'أُلغيت القراءة',
    cancelledHint: (read) => `حُسب الانحراف على ما قُرئ قبل الإلغاء: ${predictions(read)}.`,
    cancelledNothingTitle: 'أُلغيت القراءة قبل قراءة أي تنبؤ',
    readAgain: 'إعادة القراءة',
    summary: (count, major, moderate) =>
      `${features(count)}: انحراف كبير في ${major.text}، ومتوسط في ${moderate.text}.`,
    tableCaption: 'الميزات حسب الانحراف',
    columnFeature: 'الميزة',
    columnPsi: 'مؤشر PSI',
    columnDrift: 'الانحراف',
    typeNumeric: 'رقمية',
    typeCategorical: 'فئوية',
    outputFeature: 'مخرجات النموذج',
    levels: { stable: 'مستقر', moderate: 'متوسط', major: 'كبير' },
    showHistograms: (feature) => `إظهار المدرجات التكرارية لـ ${feature}`,
    hideHistograms: (feature) => `إخفاء المدرجات التكرارية لـ ${feature}`,
    currentWindow: 'الحالية',
    referenceWindow: 'المرجعية',
    histogramTitle: (feature, window) => `${feature}: الفترة ${window}`,
    histogramSummary: (window, bin, share, total) =>
      `الفترة ${window}، ${predictions(total)}: أكبر فئة هي ${bin} بنسبة ${share}.`,
    binRange: (from, to) => `من ${from} إلى ${to}`,
    binOther: 'أخرى',
    binMissing: 'مفقودة',
    histogramPlot: (window) => `الفترة ${window}، عمود لكل فئة؛ تنقّل بين الفئات بمفاتيح الأسهم`,
    binTooltip: (bin, share, count) => `${bin}: ${share} (${predictions(count)})`,
    columnBin: 'الفئة',
    columnCount: 'التنبؤات',
    columnShare: 'النسبة',
    showTable: 'عرض كجدول',
    showChart: 'عرض كمخطط',
    timeWindowPicker: {},
  },
  predictionVolumeChart: {
    title: 'حجم التنبؤات',
    loading: 'جارٍ عدّ التنبؤات…',
    errorTitle: 'تعذّر تحميل حجم التنبؤات',
    retry: 'إعادة المحاولة',
    emptyTitle: 'لا تنبؤات في هذه الفترة',
    emptyHint: 'تظهر التنبؤات هنا حين تقدّمها عملية النشر. اختر فترة أطول.',
    signedOutTitle: 'سجّل الدخول لترى حجم التنبؤات.',
    showTable: 'عرض كجدول',
    showChart: 'عرض كرسم بياني',
    countSeries: 'التنبؤات',
    coverageSeries: 'مع ملاحظات',
    summary: (unit, from, to, total, peak) =>
      `التنبؤات ${perUnit(unit)}، من ${from} إلى ${to}: ${total.text} في المجموع${
        peak ? `، والذروة ${peak.count.text} في ${peak.at}` : ''
      }.`,
    coverageSummary: (share, exact) => `${share} منها لها ملاحظات${exact ? '' : ' (تقديرًا)'}.`,
    plotLabel: (unit) =>
      `التنبؤات ${perUnit(unit)} على شكل أعمدة. استخدم مفاتيح الأسهم للتنقّل بين ${
        unit === 'hour' ? 'الساعات' : 'الأيام'
      }.`,
    tooltip: (at, count, coverage) =>
      `${at}: ${count ? predictions(count) : 'تعذّر التحميل'}${
        coverage ? `، ${coverage.share} مع ملاحظات${coverage.exact ? '' : ' (تقديرًا)'}` : ''
      }`,
    columnTime: (unit) => (unit === 'hour' ? 'الساعة' : 'اليوم'),
    noValue: 'لا قيمة',
    estimated: 'تقديري',
    partialNotice: (failed, all, unit) =>
      `تعذّر تحميل ${failed.text} من أصل ${hoursOrDays(all, unit)}؛ يستبعدها الرسم والمجاميع. أعد المحاولة لإكمالها.`,
    estimateNotice: (read, total) =>
      `نسبة الملاحظات مقدّرة من ${read.text} من أصل ${ofPredictions(total)} (عيّنة موزّعة على كل فترة).`,
    timeWindowPicker: {},
  },
  deploymentOverview: {
    title: 'نظرة عامة',
    loading: 'جارٍ تحميل عمليات النشر…',
    errorTitle: 'تعذّر تحميل عمليات النشر',
    retry: 'إعادة المحاولة',
    signedOutTitle: 'سجّل الدخول لرؤية عمليات النشر.',
    emptyTitle: 'لا توجد عمليات نشر بعد',
    emptyHint: 'تقدّم عملية النشر نموذجك عبر API. أنشئ واحدة لتبدأ.',
    create: 'إنشاء عملية نشر',
    count: (count) => count.text,
    unnamed: 'عملية نشر بلا اسم',
    open: (name) => `فتح ${name}`,
    liveModel: (model) => `النموذج المباشر: ${model}`,
    modelLoading: 'جارٍ التحقق من النموذج المباشر…',
    notServing: 'لا تعمل',
    notServingHint: 'لا يوجد نموذج مباشر: الطلبات إلى عملية النشر هذه لا تتلقى تنبؤًا.',
    volumeTitle: 'التنبؤات، آخر 24 ساعة',
    volumeTotal: (count) => predictions(count),
    volumeSparkline: (total) => `التنبؤات في الساعة خلال آخر 24 ساعة، ${total.text} في المجموع`,
    volumeLoading: 'جارٍ عدّ التنبؤات…',
    volumeErrorTitle: 'تعذّر عدّ التنبؤات',
    coverageTitle: 'الملاحظات',
    coverageValue: (share, exact) => (exact ? `${share} مع ملاحظات` : `نحو ${share} مع ملاحظات`),
    coverageNone: 'لا تنبؤات لتغطيتها',
    metricTitle: 'آخر مقياس، يوميًا',
    metricNames: { f1_score: 'مقياس F1', rmse: 'RMSE' },
    metricLoading: 'جارٍ التقييم…',
    metricErrorTitle: 'تعذّر تقييم المقياس',
    metricNone: 'لا ملاحظات في آخر 7 أيام للتقييم',
    metricTrend: (trend, previous) =>
      trend.direction === 'flat'
        ? `دون تغيير عن اليوم السابق (${previous})`
        : `${trend.direction === 'up' ? 'ارتفع' : 'انخفض'} عن ${previous} في اليوم السابق${
            trend.better === false ? '، أسوأ' : '، أفضل'
          }`,
    unavailable: 'غير متاح',
  },
} satisfies KonanLabelPack;
