// Arabic post: letters typed on a phone or written by hand, and a medical report from abroad.
import { OAK, OILCLOTH, type Spec, WHITE_TABLE } from '../spec.ts';
import { BLUE_INK, C, Doc, GREY, handLines, notebook, type Page, strangerBsn, typoBsn } from './kit.ts';

const omar = C('K-100129');
const rami = C('K-100234');
const hiba = C('K-100290');
const mohamed = C('K-100332');
const lina = C('K-100402');
const bashar = C('K-100458');
const ahmad = C('K-100346');
const yasmin = C('K-100178');
const nour = C('K-100514');

const R = { rtl: true } as const;

/** An Arabic letter as typed in a phone's word processor: right-aligned, sans. */
function arLetter(p: Page, head: string[], body: string, o: { size?: number } = {}) {
  const size = o.size ?? 11.5;
  for (const l of head) p.ln(l, { ...R, size, lh: size * 1.5 });
  p.gap(10);
  p.p(body, { ...R, size, lh: size * 1.7 });
}

export const AR: Spec[] = [
  {
    slug: 'ar-bezwaar-stopzetting',
    type: 'objection',
    client: omar.clientNumber,
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'bezwaar in het Arabisch tegen stopzetting van de uitkering',
    date: '2026-10-26',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.ln('إلى: بلدية Voorbeeld – قسم الاعتراضات (Team Bezwaar)', { ...R, size: 11 });
      p.ln('التاريخ: 26-10-2026', { ...R, size: 11, after: 8 });
      p.ln('الموضوع: اعتراض (bezwaar) على قرار إيقاف المساعدة', { ...R, f: 'sansB', size: 12.5, after: 8 });
      p.kv(
        [
          ['Naam:', omar.name],
          ['Klantnummer:', omar.clientNumber],
          ['BSN:', omar.bsn],
          ['Adres:', `${omar.street}, ${omar.city}`],
        ],
        { labelW: 90, size: 10.5 },
      );
      p.p(
        `السادة المحترمون،

أنا عمر الحسن، أكتب لكم هذه الرسالة لأعترض على قراركم بتاريخ 14 أكتوبر 2026 بإيقاف المساعدة الاجتماعية (bijstand) عني ابتداءً من 1 نوفمبر.

في الرسالة مكتوب أنني لم أرسل كشوفات البنك المطلوبة. لكنني أرسلت الكشوفات عن طريق البريد في 2 أكتوبر، ولدي إيصال البريد. ربما ضاعت الرسالة عندكم.

أنا أعيش وحدي وليس لدي أي دخل آخر. إذا توقفت المساعدة لن أستطيع دفع الإيجار.

أطلب منكم إلغاء القرار واستمرار المساعدة. أرجو أن يكون هناك مترجم عربي إذا أردتم التحدث معي.

مع الشكر والاحترام،`,
        { ...R, size: 11.5, lh: 19 },
      );
      p.gap(6);
      p.t(p.right, p.y + 14, 'Omar Al-Hassan', { f: 'hand', size: 16, color: BLUE_INK, align: 'right' });
      return d;
    },
  },
  {
    slug: 'ar-zwangerschap-gezinshereniging',
    type: 'change_form',
    client: rami.clientNumber,
    language: 'ar',
    render: 'photo',
    table: OILCLOTH,
    label: 'handgeschreven Arabische brief: echtgenote komt via gezinshereniging',
    date: '2026-11-08',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { margin: false, lh: 26, top: 90 });
      handLines(
        p,
        [
          'إلى البلدية - قسم العمل والدخل',
          'الاسم: Rami Khalil',
          'تاريخ الميلاد: 25-12-1973',
          '',
          'أود أن أخبركم أن زوجتي ريم وابني الصغير',
          'سيصلان إلى هولندا في 20 نوفمبر 2026',
          'بعد الموافقة على لمّ الشمل من IND.',
          'سيسكنان معي في نفس البيت في Lindelaan.',
          'زوجتي ليس لها عمل ولا دخل.',
          'ماذا يجب أن أفعل لتغيير المساعدة؟',
          'أرجو الرد بالبريد.',
          '',
          'شكراً   رامي خليل',
        ],
        { top: 112, lh: 26, size: 14, rtl: true, x: 540 },
      );
      return d;
    },
  },
  {
    slug: 'ar-medisch-rapport-kliniek',
    type: 'medical_statement',
    client: hiba.clientNumber,
    language: 'ar',
    render: 'scan',
    label: 'Arabisch medisch rapport van een kliniek in het buitenland',
    date: '2026-09-28',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.ln('مركز الشفاء الطبي التخصصي', { ...R, f: 'sansB', size: 16 });
      p.ln('عمّان – الأردن · هاتف 4410 560 6 962+', { ...R, size: 9, color: GREY });
      p.t(p.left, 56, 'Al-Shifa Specialist Medical Centre', { f: 'sansB', size: 10 });
      p.t(p.left, 68, 'Amman – Jordan', { size: 8.5, color: GREY });
      p.line(p.left, 92, p.right, 92, 1);
      p.at(104);
      p.ln('تقرير طبي', { ...R, f: 'sansB', size: 14, after: 6 });
      p.kv(
        [
          ['Patient:', 'Hiba Mansour'],
          ['Date of birth:', '12/06/1975'],
          ['File no.:', '2026/11873'],
        ],
        { labelW: 100, size: 10 },
      );
      p.p(
        `نشهد بأن المريضة المذكورة أعلاه راجعت العيادة بتاريخ 21-09-2026 وتم إدخالها إلى المستشفى من 21 إلى 27 سبتمبر 2026 بسبب التهاب رئوي حاد مع ضيق في التنفس.

تلقت العلاج بالمضادات الحيوية والأكسجين وتحسنت حالتها. ننصح بالراحة التامة لمدة ثلاثة أسابيع بعد الخروج، وعدم السفر بالطائرة قبل 10 أكتوبر 2026، ومراجعة الطبيب العام في هولندا بعد العودة.

أعطي هذا التقرير بناءً على طلب المريضة لتقديمه إلى الجهات المختصة.`,
        { ...R, size: 11.5, lh: 19 },
      );
      p.gap(10);
      p.ln('الطبيب المعالج: د. سامر العبدالله – أخصائي أمراض صدرية', { ...R, size: 10.5 });
      p.ln('التوقيع والختم', { ...R, size: 10, color: GREY });
      p.stamp(150, 640, ['AL-SHIFA MEDICAL CENTRE', 'AMMAN'], { rot: 12, color: [0.2, 0.25, 0.6], size: 9 });
      return d;
    },
  },
  {
    slug: 'ar-aanvraag-statushouder-stranger',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'digital',
    author: 'Khaled',
    label: 'Arabische brief op telefoon getypt: aanvraag bijstand statushouder, niet in bestand',
    date: '2026-10-13',
    build: () => {
      const bsn = strangerBsn('d-ar-statushouder');
      const d = new Doc('sans', 11);
      const p = d.page();
      arLetter(
        p,
        [
          'الاسم: خالد العمر (Khaled Al-Omar)',
          `BSN: ${bsn}`,
          'العنوان: Havenkade 12-3, 1231 GB Voorbeeld',
          'الهاتف: 06 4471 2290',
          'التاريخ: 13 أكتوبر 2026',
        ],
        `إلى بلدية Voorbeeld – فريق الاستقبال (Team Poort)

الموضوع: طلب مساعدة اجتماعية (bijstand)

تحية طيبة،

أنا لاجئ حاصل على الإقامة منذ شهر أغسطس 2026، وقد انتقلت من مركز اللجوء (AZC) إلى بيت في بلديتكم في 1 أكتوبر. أطلب منكم مساعدة اجتماعية لأنني ليس لدي عمل ولا أي دخل الآن.

أعيش وحدي. زوجتي وأطفالي ما زالوا في تركيا وسأطلب لمّ الشمل.

أرفقت مع هذه الرسالة: صورة عن بطاقة الإقامة، عقد الإيجار من شركة السكن، وكشف الحساب البنكي.

أرجو أن تحددوا لي موعداً مع مترجم.

مع الاحترام،
خالد العمر`,
      );
      return d;
    },
  },
  {
    slug: 'ar-klacht-via-stichting-gefaxt',
    type: 'complaint',
    client: mohamed.clientNumber,
    language: 'ar',
    render: 'fax',
    faxHeader: '04-11-2026 13:12  STICHTING AL-AMAL VOORBEELD  0123 778 091',
    label: 'Arabische klacht over telefonische bereikbaarheid, gefaxt door een stichting',
    date: '2026-11-04',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.t(p.left, 50, 'Stichting Al-Amal · inloopspreekuur', { f: 'sansB', size: 11 });
      p.t(p.left, 64, 'Faxbericht aan: Klachtencoördinatie Gemeente Voorbeeld  ·  1 pagina', { size: 9 });
      p.line(p.left, 72, p.right, 72, 0.8);
      p.at(90);
      p.ln(`شكوى – ${mohamed.name} – ${mohamed.clientNumber}`, { ...R, f: 'sansB', size: 13, after: 8 });
      p.p(
        `السادة في البلدية،

اسمي محمد بوشتاوي، عمري 66 سنة. أريد أن أقدم شكوى لأنني منذ أكثر من شهرين أحاول الاتصال بالمستشارة الخاصة بي ولا أحد يرد. كل مرة يقولون لي إنها ستتصل بي ولا تتصل.

عندي رسالة من البلدية لا أفهمها، وفيها موعد نهائي. أخاف أن تتوقف المساعدة لأنني لم أرد عليها.

أطلب أن يتصل بي شخص يتكلم العربية أو أن يأتي معي مترجم إلى موعد في البلدية.

شكراً لكم.`,
        { ...R, size: 11.5, lh: 19 },
      );
      p.gap(10);
      p.p(
        '(Vertaling door vrijwilliger, samengevat: dhr. Bouchtaoui kan zijn consultant al ruim twee maanden niet bereiken en vraagt om een afspraak met tolk.)',
        { size: 9, f: 'sansI' },
      );
      return d;
    },
  },
  {
    slug: 'ar-reis-naar-marokko-bsn',
    type: 'holiday_notice',
    client: lina.clientNumber,
    language: 'ar',
    render: 'photo',
    ext: 'png',
    table: OAK,
    label: 'handgeschreven Arabisch briefje: reis naar het buitenland, met BSN',
    date: '2026-11-20',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { margin: false, lh: 26, top: 110, holes: true });
      p.t(p.right - 10, 80, 'لينا صباغ', { f: 'sans', size: 15, color: BLUE_INK, rtl: true, align: 'right' });
      p.t(p.left + 10, 80, `BSN ${lina.bsn}`, { f: 'hand', size: 15, color: BLUE_INK });
      handLines(
        p,
        [
          'إلى المسؤول في البلدية',
          'أريد أن أبلغكم أنني سأسافر إلى لبنان لزيارة أختي المريضة',
          'من تاريخ 5 ديسمبر حتى 28 ديسمبر 2026',
          'العنوان هناك: طرابلس، عند أختي',
          'سأحضر جواز السفر بعد الرجوع',
          '',
          'شكراً',
        ],
        { top: 134, lh: 26, size: 14, rtl: true, x: 540 },
      );
      return d;
    },
  },
  {
    slug: 'ar-avg-correctie-geboortedatum',
    type: 'other',
    client: bashar.clientNumber,
    language: 'ar',
    render: 'scan',
    label: 'Arabisch AVG-verzoek om correctie van naam en geboortedatum in het dossier',
    date: '2026-10-29',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      arLetter(
        p,
        [`الاسم: Bashar Haj Ali`, `رقم الملف: ${bashar.clientNumber}`, 'تاريخ الميلاد الصحيح: 18-08-1990', 'التاريخ: 29-10-2026'],
        `إلى بلدية Voorbeeld – مسؤول حماية البيانات

الموضوع: طلب تصحيح بياناتي الشخصية (AVG)

السادة المحترمون،

في رسائلكم الأخيرة مكتوب اسمي بشكل خاطئ: "Basher Hadj Ali" بدلاً من Bashar Haj Ali. وكذلك في رسالة من فريق العمل مكتوب تاريخ ميلادي 01-01-1990، وهذا خطأ، لأن تاريخ ميلادي الصحيح هو 18 أغسطس 1990 كما هو في بطاقة الإقامة.

بسبب هذا الخطأ رفضت شركة التأمين الصحي بعض الأوراق.

أطلب منكم حسب المادة 16 من قانون حماية البيانات (AVG) تصحيح اسمي وتاريخ ميلادي في كل ملفاتكم، وأن ترسلوا لي تأكيداً مكتوباً بذلك.

مع الشكر،
بشار حاج علي`,
      );
      return d;
    },
  },
  {
    slug: 'ar-zoon-schrijft-voor-moeder',
    type: 'change_form',
    client: null,
    conflict: [ahmad.clientNumber, yasmin.clientNumber],
    language: 'ar',
    render: 'digital',
    author: 'Ahmad',
    label: 'Arabische brief van een zoon (eigen klantnummer) over het inkomen van zijn moeder (naam + geboortedatum)',
    date: '2026-11-10',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      arLetter(
        p,
        [`من: أحمد درويش – رقم الملف ${ahmad.clientNumber}`, 'إلى: بلدية Voorbeeld، فريق الدخل', 'التاريخ: 10-11-2026'],
        `الموضوع: تغيير في دخل والدتي

مرحباً،

أكتب هذه الرسالة نيابة عن والدتي ياسمين حداد (Yasmin Haddad)، تاريخ الميلاد 24-01-1961، لأنها لا تقرأ ولا تكتب الهولندية.

والدتي بدأت تحصل على معاش صغير من سوريا منذ شهر سبتمبر 2026، حوالي 40 يورو في الشهر، يصل إلى حسابها عن طريق أخي. نريد أن نخبركم بذلك حتى لا تكون هناك مشكلة لاحقاً.

إذا كان لديكم أسئلة يمكنكم الاتصال بي على الرقم 06 1188 2470.

مع الشكر،
أحمد درويش`,
      );
      return d;
    },
  },
  {
    slug: 'ar-verzoek-schuldhulp',
    type: 'debt_notice',
    client: nour.clientNumber,
    language: 'ar',
    render: 'scan',
    crumple: 2,
    label: 'Arabische brief: verzoek om schuldhulp met lijst van schulden',
    date: '2026-11-13',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      arLetter(
        p,
        [`Nour Al-Khatib – ${nour.clientNumber}`, 'التاريخ: 13-11-2026'],
        `إلى فريق مساعدة الديون (schuldhulpverlening)

أطلب مساعدتكم لأن عندي ديون كثيرة ولا أستطيع أن أدفعها. كل أسبوع تصلني رسائل تذكير ورسائل من مكاتب تحصيل الديون وأنا لا أفهمها كلها.

الديون التي أعرفها:`,
      );
      p.table(
        [
          { h: 'Schuldeiser', w: 200 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['ZonnaStroom (energie)', '€ 612'],
          ['Zilveren Kruis (zorgverzekering)', '€ 1.140'],
          ['CJIB boete', '€ 289'],
          ['Belastingdienst toeslagen', '€ 2.350'],
          ['Wehkamp', '€ 430'],
        ],
        { size: 10, grid: true, x: 260 },
      );
      p.p('أرجو أن تعطوني موعداً. أستطيع أن أحضر كل الرسائل معي.\n\nنور الخطيب', { ...R, size: 11.5, lh: 19 });
      return d;
    },
  },
  {
    slug: 'ar-inkomsten-bsn-verschreven',
    type: 'change_form',
    client: null,
    language: 'ar',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Arabisch briefje over inkomsten, alleen naam en een BSN die de elfproef niet haalt',
    date: '2026-11-21',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.right - 20, 90, 'هبة منصور', { f: 'sans', size: 16, color: [0.1, 0.1, 0.1], rtl: true, align: 'right' });
      p.t(p.left + 10, 90, `BSN: ${typoBsn(hiba.bsn, 5)}`, { f: 'hand', size: 15, color: [0.1, 0.1, 0.1] });
      handLines(
        p,
        [
          'إلى البلدية',
          'عملت في شهر أكتوبر في تنظيف مطعم',
          '3 أيام فقط وأخذت 180 يورو نقداً',
          'لا يوجد عندي ورقة من صاحب المطعم',
          'أخبركم حتى تعرفوا',
        ],
        { top: 150, lh: 30, size: 15, rtl: true, x: 540, ink: [0.1, 0.1, 0.1] },
      );
      return d;
    },
  },
];
