// Arabic post (raster only: the canvas shapes Arabic right to left).
import { C, Doc, dmy, GREY, hand, INK, letterhead, roundStamp, rtl, type Spec, scribble, strangerBsn } from '../lib.ts';

const khalil = C('K-100234');
const omar = C('K-100129');
const hiba = C('K-100290');
const bashar = C('K-100458');
const bouchtaoui = C('K-100332');
const nour = C('K-100514');
const lina = C('K-100402');
const yasmin = C('K-100178');
const newBsn = strangerBsn('Abdulrahman Qasim');

/** A client's letter: sender top right, addressee, date, then the body, all right to left. */
function arLetter(o: { sender: string[]; date: string; subject: string; body: string; sign: string; ink?: boolean }): Doc {
  const d = new Doc('sans', 11);
  const p = d.page();
  p.left = 60;
  p.right = 535;
  const color = o.ink ? INK : undefined;
  p.at(50);
  for (const l of o.sender) p.ln(l, { rtl: true, size: 10.5, color });
  p.gap(14);
  for (const l of ['إلى: بلدية فوربيلد (Gemeente Voorbeeld)', 'قسم العمل والدخل (Werk en Inkomen)', 'Postbus 1234, 1230 AA Voorbeeld'])
    p.ln(l, { size: 10.5, color, x: p.left });
  p.gap(14);
  p.ln(o.date, { rtl: true, size: 10.5, color });
  p.gap(8);
  p.ln(o.subject, { rtl: true, f: 'sansB', size: 11.5, color, after: 8 });
  rtl(p, o.body, { size: 11.5, color });
  p.gap(10);
  p.ln(o.sign, { rtl: true, color });
  scribble(p, p.right - 110, p.y + 14, 90);
  return d;
}

export const ar: Spec[] = [
  {
    slug: 'ar-eitirad-takhfid-al-musaeada',
    type: 'objection',
    client: 'K-100234',
    language: 'ar',
    render: 'scan',
    label: 'objection letter in Arabic against a benefit cut',
    date: '2026-03-23',
    build: () =>
      arLetter({
        sender: ['رامي خليل', khalil.street, khalil.city, `رقم العميل: ${khalil.clientNumber}`],
        date: 'فوربيلد، 23 آذار 2026',
        subject: 'الموضوع: اعتراض (bezwaar) على قراركم بتاريخ 26 شباط 2026',
        body: `السادة المحترمون،

أتقدم بهذا الاعتراض على قراركم الذي خفّضتم فيه مساعدتي الاجتماعية بنسبة 20% لمدة شهرين، بحجة أنني لم أحضر دورة اللغة الهولندية في شهر كانون الثاني.

السبب الحقيقي لغيابي أنني كنت في المستشفى مع ابني الصغير الذي أُجريت له عملية في 14 كانون الثاني، وقد أخبرت المعلّمة بذلك عبر الهاتف. أرفق لكم رسالة المستشفى.

أطلب منكم إلغاء هذا القرار وإعادة المبلغ المخصوم. وأرجو أن يكون معي مترجم عند الاستماع إليّ، لأن لغتي الهولندية ما زالت ضعيفة.

مع الشكر والاحترام،`,
        sign: 'رامي خليل',
      }),
  },
  {
    slug: 'ar-photo-wusul-alzawja-lam-alshaml',
    type: 'change_form',
    client: 'K-100129',
    language: 'ar',
    render: 'photo',
    label: "photo of an Arabic letter: the client's wife arrived through family reunification",
    date: '2026-04-20',
    build: () =>
      arLetter({
        sender: ['عمر الحسن', omar.street, omar.city, `BSN: ${omar.bsn}`],
        date: '20 نيسان 2026',
        subject: 'الموضوع: تغيير في وضعي العائلي – وصول زوجتي',
        ink: true,
        body: `تحية طيبة،

أودّ إبلاغكم بأن زوجتي (ريم العلي) وابنتيّ وصلن إلى هولندا يوم 14 نيسان 2026 عن طريق لمّ الشمل، وقد تم تسجيلهن في عنواني لدى البلدية يوم 17 نيسان.

زوجتي ليس لها أي دخل حالياً. أرجو منكم تعديل مساعدتي من مساعدة شخص واحد إلى مساعدة عائلة، وإخباري ما هي الأوراق التي تحتاجونها منّي.

مرفق: نسخة من قرار دائرة الهجرة IND ونسخة من تسجيل العنوان.

شكراً لكم،`,
        sign: 'عمر الحسن',
      }),
  },
  {
    slug: 'ar-taqrir-tibbi-mustashfa',
    type: 'medical_statement',
    client: 'K-100290',
    language: 'ar',
    render: 'scan',
    label: 'medical report from a foreign hospital, Arabic with an English header',
    date: '2026-01-29',
    author: 'Al-Amal Hospital',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      letterhead(p, {
        name: 'Al-Amal University Hospital',
        sub: 'مستشفى الأمل الجامعي – قسم الأمراض العصبية',
        lines: ['Tripoli, Lebanon · Tel +961 6 000 000'],
        style: 'center',
        color: [0.1, 0.35, 0.3],
      });
      p.at(110);
      p.ln('MEDICAL REPORT / تقرير طبي', { f: 'sansB', size: 13, align: 'center', after: 8 });
      p.kv(
        [
          ['Patient name', 'Hiba Mansour'],
          ['Date of birth', dmy(hiba.birthDate, '/')],
          ['File no.', 'AU-2026-00871'],
        ],
        { labelW: 110, after: 10 },
      );
      rtl(
        p,
        `اسم المريضة: هبة منصور

نشهد بأن المريضة المذكورة أعلاه راجعت قسم الأمراض العصبية في مستشفانا بتاريخ 12 كانون الثاني 2026، وأُدخلت إلى المستشفى من 12 إلى 22 كانون الثاني 2026 بسبب نوبات صداع شديدة مع دوار.

أُجريت لها الفحوص اللازمة ووُصف لها علاج دوائي. تحتاج المريضة إلى راحة ومتابعة طبية منتظمة لمدة لا تقل عن ثلاثة أشهر، ولا يُنصح بالقيام بأعمال مرهقة خلال هذه الفترة.

أُعطي هذا التقرير بناءً على طلبها لتقديمه إلى الجهات المختصة.`,
        { size: 11 },
      );
      p.gap(10);
      p.ln('الطبيب المعالج: د. سامر الخوري', { rtl: true });
      roundStamp(p, 160, p.y + 40, ['AL-AMAL', 'HOSPITAL', 'TRIPOLI'], [0.1, 0.3, 0.6]);
      hand(p, 360, p.y + 40, 'S. Khoury', { size: 16 });
      return d;
    },
  },
  {
    slug: 'ar-photo-talab-musaeada-qadim-jadid',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'photo',
    label: 'photo of an Arabic application for income support by a newcomer',
    date: '2026-02-16',
    note: 'stranger Abdulrahman Qasim applies',
    build: () =>
      arLetter({
        sender: ['عبد الرحمن قاسم', 'Zeeheldenstraat 40', '1236 AZ Voorbeeld', `BSN ${newBsn}`],
        date: '16 شباط 2026',
        subject: 'الموضوع: طلب مساعدة اجتماعية (bijstand)',
        ink: true,
        body: `السادة في البلدية،

حصلت على الإقامة في كانون الأول 2025 وانتقلت من مركز اللجوء إلى بيتي في فوربيلد يوم 2 شباط 2026. ليس لدي أي عمل أو دخل الآن، وعندي حساب بنكي جديد فيه مبلغ قليل فقط.

أرجو أن أقدّم طلب المساعدة الاجتماعية لتغطية مصاريف المعيشة والإيجار، وأن تحددوا لي موعداً مع مترجم للغة العربية.

رقم هاتفي: 06 47 11 82 30

مع الشكر،`,
        sign: 'عبد الرحمن قاسم',
      }),
  },
  {
    slug: 'ar-shakwa-taakhir-alrad',
    type: 'complaint',
    client: 'K-100458',
    language: 'ar',
    render: 'scan',
    label: 'Arabic complaint about months without an answer',
    date: '2026-05-05',
    build: () =>
      arLetter({
        sender: ['بشار حاج علي', bashar.street, bashar.city, `رقم الملف: ${bashar.clientNumber}`],
        date: '5 أيار 2026',
        subject: 'الموضوع: شكوى (klacht)',
        body: `إلى قسم الشكاوى المحترم،

أكتب إليكم لأقدّم شكوى رسمية. في شهر كانون الثاني قدّمت طلب مساعدة خاصة (bijzondere bijstand) لشراء ثلاجة وغسالة لبيتي الجديد، وسلّمت جميع الفواتير في مكتب الاستقبال.

مرّ أكثر من ثلاثة أشهر ولم أتلقَّ أي جواب. اتصلت أربع مرات، وفي كل مرة يقولون إن الموظف المسؤول سيتصل بي، لكن لم يتصل أحد. وعند المكتب قالوا إن ملفي غير موجود.

أطلب أن يتم البتّ في طلبي بسرعة، وأن أحصل على اسم موظف أستطيع التواصل معه.

مع الاحترام،`,
        sign: 'بشار حاج علي',
      }),
  },
  {
    slug: 'ar-photo-safar-ila-almaghrib',
    type: 'holiday_notice',
    client: 'K-100332',
    language: 'ar',
    render: 'photo',
    label: 'photo of an Arabic letter announcing a stay in Morocco',
    date: '2026-06-01',
    build: () =>
      arLetter({
        sender: ['محمد بوشتاوي', `تاريخ الميلاد: ${dmy(bouchtaoui.birthDate)}`, `BSN: ${bouchtaoui.bsn}`, bouchtaoui.street],
        date: 'فوربيلد في 1 يونيو 2026',
        subject: 'الموضوع: إخبار بالسفر إلى الخارج',
        ink: true,
        body: `السلام عليكم،

أخبركم أنني سأسافر إلى المغرب (مدينة الحسيمة) لزيارة والدتي المريضة، من 15 يونيو 2026 إلى 10 يوليو 2026، أي أقل من أربعة أسابيع.

زوجتي تبقى في هولندا. سأحضر جواز سفري إلى البلدية بعد رجوعي ليروا الأختام.

وشكراً،`,
        sign: 'محمد بوشتاوي',
      }),
  },
  {
    slug: 'ar-nuskha-jawaz-safar',
    type: 'identity_document',
    client: 'K-100514',
    language: 'ar',
    render: 'scan',
    label: 'scanned copy of a Syrian passport data page',
    date: '2026-03-11',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      const x = 90;
      const y = 110;
      p.rect(x, y, 415, 280, { fill: [0.93, 0.91, 0.86], stroke: [0.4, 0.4, 0.4], lw: 0.8 });
      p.t(x + 207, y + 22, 'الجمهورية العربية السورية', { f: 'sansB', size: 12, align: 'center' });
      p.t(x + 207, y + 38, 'SYRIAN ARAB REPUBLIC  ·  جواز سفر  PASSPORT', { f: 'sansB', size: 8.5, align: 'center' });
      p.rect(x + 15, y + 55, 95, 120, { fill: [0.7, 0.7, 0.72] });
      p.t(x + 62, y + 120, 'PHOTO', { size: 8, align: 'center', color: GREY });
      const rows: [string, string][] = [
        ['Type / النوع', 'P'],
        ['Code / الرمز', 'SYR'],
        ['Passport No. / رقم الجواز', 'N 01873462'],
        ['Surname / الكنية', 'AL-KHATIB  الخطيب'],
        ['Given names / الاسم', 'NOUR  نور'],
        ['Date of birth / تاريخ الولادة', dmy(nour.birthDate, '/')],
        ['Place of birth / مكان الولادة', 'HOMS  حمص'],
        ['Sex / الجنس', 'F'],
        ['Date of expiry / تاريخ الانتهاء', '03/02/2029'],
      ];
      rows.forEach(([k, v], i) => {
        p.t(x + 125, y + 62 + i * 14, k, { size: 6.5, color: GREY });
        p.t(x + 270, y + 62 + i * 14, v, { f: 'sansB', size: 8 });
      });
      p.t(x + 12, y + 250, 'P<SYRAL<KHATIB<<NOUR<<<<<<<<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 8.6 });
      p.t(x + 12, y + 266, 'N018734628SYR8207159F2902036<<<<<<<<<<<<<<04', { f: 'mono', size: 8.6 });
      hand(p, x, 470, ['kopie paspoort N. Al-Khatib', 'origineel gezien aan de balie 11-3'], { size: 11, color: [0.2, 0.2, 0.2] });
      return d;
    },
  },
  {
    slug: 'ar-talab-al-itilaa-ala-albayanat',
    type: 'other',
    client: 'K-100402',
    language: 'ar',
    render: 'scan',
    label: 'AVG request in Arabic to see personal data',
    date: '2026-04-08',
    build: () =>
      arLetter({
        sender: ['لينا صباغ', lina.street, lina.city, `رقم العميل: ${lina.clientNumber}`],
        date: '8 نيسان 2026',
        subject: 'الموضوع: طلب الاطلاع على بياناتي الشخصية (AVG artikel 15)',
        body: `السادة المحترمون،

بموجب قانون حماية البيانات الأوروبي (AVG / GDPR) أطلب نسخة من جميع المعلومات الشخصية المحفوظة عني لدى قسم العمل والدخل، بما في ذلك ملاحظات الموظفين وتقارير الزيارات المنزلية، وأسماء الجهات التي أُرسلت إليها معلوماتي.

كما أطلب تصحيح اسمي في رسائلكم، فهو مكتوب "Lina Sabagh" والصحيح "Lina Sabbagh".

أرجو إرسال الرد إلى عنواني البريدي.

مع الشكر،`,
        sign: 'لينا صباغ',
      }),
  },
  {
    slug: 'ar-duyun-talab-musaada-raqm-khata',
    type: 'debt_notice',
    client: null,
    conflict: ['K-100178', 'K-100402'],
    language: 'ar',
    render: 'scan',
    label: "Arabic request for debt help with one client's name and birth date and another client's number",
    date: '2026-03-02',
    build: () =>
      arLetter({
        sender: ['ياسمين حداد', `Yasmin Haddad – ${dmy(yasmin.birthDate)}`, `رقم العميل: ${lina.clientNumber}`],
        date: '2 آذار 2026',
        subject: 'الموضوع: طلب مساعدة في الديون (schuldhulp)',
        body: `السادة في قسم مساعدة الديون،

عليّ ديون متراكمة منذ سنة: فاتورة الكهرباء من شركة Stroomwijs (حوالي 1400 يورو)، وأقساط التأمين الصحي لثلاثة أشهر، وغرامة من CJIB. وصلتني رسالة من مكتب تحصيل يهدد بإرسال محضر قضائي (deurwaarder).

لا أستطيع الدفع من المساعدة التي أتلقاها. أرجو أن تساعدوني في ترتيب خطة دفع، وأن تحددوا لي موعداً. أرفقت رسالة مكتب التحصيل.

ابنتي تساعدني في الكتابة، ورقم هاتفها 06 29 40 18 55.

مع الشكر،`,
        sign: 'ياسمين حداد',
      }),
  },
];
