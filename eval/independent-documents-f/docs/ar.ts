// Arabic post: letters typed on a phone (exported to PDF or printed and scanned), a handwritten
// note photographed on the kitchen table, a residence permit copy with a note.
import { OILCLOTH, type Spec, WOOD } from '../spec.ts';
import { BLACK_INK, BLUE_INK, C, clientLetter, Doc, GEMEENTE, handLines, notebook, PAGE_W, strangerBsn } from './kit.ts';

const rtl = { rtl: true } as const;

export const AR: Spec[] = [
  {
    slug: 'ar-akhi-sakan-maai',
    type: 'change_form',
    client: 'K-100458',
    language: 'ar',
    render: 'digital',
    label: 'Arabische brief (PDF van telefoon): broer woont tijdelijk in',
    date: '2026-11-25',
    build: () => {
      const c = C('K-100458');
      const d = new Doc('sans', 11.5);
      const p = d.page();
      clientLetter(p, {
        from: ['بشار حاج علي', `${c.street}`, '1233 MP Voorbeeld'],
        place: 'فوربيلد، 25 تشرين الثاني 2026',
        subject: 'الموضوع: تغيير في السكن — أخي يسكن معي',
        rtl: true,
        size: 11,
      });
      p.p(
        `السادة في قسم العمل والدخل المحترمين،\n\nتحية طيبة وبعد،\n\nأنا بشار حاج علي، رقم الملف ${c.clientNumber}. أود أن أبلغكم بأن أخي محمد انتقل للسكن معي بشكل مؤقت منذ 20 تشرين الثاني 2026، لأنه انفصل عن زوجته وليس لديه مكان آخر الآن. هو يعمل في مطعم ويعطيني 200 يورو في الشهر مقابل السكن والأكل.\n\nلا أعرف إذا كان هذا يؤثر على المساعدة التي أحصل عليها. أرجو أن تخبروني ماذا يجب أن أفعل، وهل يجب على أخي أن يسجل عنوانه عندي في البلدية.\n\nمع الشكر والاحترام،\nبشار حاج علي\nهاتف: 06-29 71 40 55`,
        rtl,
      );
      return d;
    },
  },
  {
    slug: 'ar-alam-azzahr-foto',
    type: 'medical_statement',
    client: 'K-100290',
    language: 'ar',
    render: 'photo',
    table: OILCLOTH,
    label: 'Foto van handgeschreven Arabische brief over rugklachten',
    date: '2026-11-28',
    build: () => {
      const c = C('K-100290');
      const d = new Doc('sans', 12);
      const p = d.page();
      notebook(p, { top: 70, lh: 26, margin: false });
      handLines(
        p,
        [
          'إلى المسؤول عن العمل في البلدية',
          `أنا هبة منصور، رقم الملف ${c.clientNumber}`,
          '',
          'أعاني من آلام شديدة في الظهر والرقبة منذ شهرين',
          '(انزلاق غضروفي). طبيبي قال إنني لا أستطيع حمل',
          'أشياء ثقيلة أو الوقوف لوقت طويل، لذلك لا أستطيع',
          'أن أكمل التدريب في المغسلة.',
          'عندي موعد في المستشفى يوم 15 كانون الأول',
          'لصورة الرنين المغناطيسي (MRI).',
          'أرفقت رسالة الطبيب مع هذه الورقة.',
          '',
          'أرجو أن تتفهموا وضعي، وشكراً',
          'هبة',
        ],
        { top: 92, lh: 26, size: 14, rtl: true, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'ar-safar-lubnan-shakhsan',
    type: 'holiday_notice',
    client: null,
    conflict: ['K-100234', 'K-100458'],
    language: 'ar',
    render: 'scan',
    label: 'Arabische vakantiemelding van twee cliënten (zwagers) samen',
    date: '2026-11-30',
    build: () => {
      const a = C('K-100234');
      const b = C('K-100458');
      const d = new Doc('sans', 11.5);
      const p = d.page();
      clientLetter(p, {
        from: ['رامي خليل', a.street, '1234 TL Voorbeeld'],
        place: 'فوربيلد، 30/11/2026',
        subject: 'الموضوع: إبلاغ عن سفر إلى لبنان',
        rtl: true,
        size: 11,
      });
      p.p(
        `السلام عليكم،\n\nنكتب لكم هذه الرسالة أنا وصهري لنبلغكم بأننا سنسافر إلى لبنان لحضور عزاء والد زوجتي الذي توفي يوم 27 تشرين الثاني.\n\nتاريخ السفر: 5 كانون الأول 2026\nتاريخ العودة: 19 كانون الأول 2026\n\nالأسماء:\n1. رامي خليل — رقم الملف ${a.clientNumber}\n2. بشار حاج علي — رقم الملف ${b.clientNumber}\n\nنرفق نسخة من تذاكر الطيران. إذا كان هناك أي مشكلة بخصوص المساعدة خلال هذه المدة نرجو الاتصال بنا قبل السفر.\n\nمع الشكر،\nرامي خليل   بشار حاج علي`,
        rtl,
      );
      return d;
    },
  },
  {
    slug: 'ar-iqama-jadida-nuskha',
    type: 'identity_document',
    client: 'K-100129',
    language: 'ar',
    render: 'scan',
    label: 'Kopie nieuw verblijfsdocument met Arabisch begeleidend briefje',
    date: '2026-11-24',
    build: () => {
      const c = C('K-100129');
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      p.p(
        `إلى البلدية — قسم الدخل\nمرفق نسخة من بطاقة الإقامة الجديدة لأن القديمة انتهت في 1 تشرين الثاني. رقم ملفي ${c.clientNumber}.\nعمر الحسن`,
        { rtl: true, size: 12.5, f: 'sans', color: BLACK_INK },
      );
      const card = (y: number, back: boolean) => {
        p.rect(100, y, 395, 250, { fill: [0.9, 0.92, 0.88], stroke: [0.4, 0.4, 0.4], lw: 0.8 });
        if (!back) {
          p.t(112, y + 22, 'VERBLIJFSDOCUMENT', { f: 'sansB', size: 11 });
          p.t(112, y + 36, 'RESIDENCE PERMIT · KONINKRIJK DER NEDERLANDEN', { size: 7 });
          p.rect(114, y + 50, 100, 130, { fill: [0.5, 0.5, 0.52] });
          p.at(y + 52);
          p.kv(
            [
              ['Naam', 'AL-HASSAN'],
              ['Voornamen', 'OMAR'],
              ['Geboortedatum', '09 08 1985'],
              ['Nationaliteit', 'SYRISCHE'],
              ['Verblijfstitel', 'ASIEL BEPAALDE TIJD'],
              ['Geldig tot', '01 11 2031'],
              ['Documentnr', 'Y07Z42K81'],
            ],
            { x: 228, size: 8, labelW: 95, lh: 16 },
          );
        } else {
          p.at(y + 20);
          p.kv(
            [
              ['V-nummer', '2914 7730 58'],
              ['Opmerkingen', 'Arbeid vrij toegestaan, TWV niet vereist'],
              ['Afgegeven', 'IND 02 11 2026'],
            ],
            { x: 112, size: 8, labelW: 90, lh: 17 },
          );
          p.t(112, y + 196, 'IRNLDY07Z42K810<<<<<<<<<<<<<<<', { f: 'mono', size: 10 });
          p.t(112, y + 212, '8508091M3111014SYR<<<<<<<<<<<6', { f: 'mono', size: 10 });
          p.t(112, y + 228, 'AL<HASSAN<<OMAR<<<<<<<<<<<<<<<', { f: 'mono', size: 10 });
        }
      };
      card(150, false);
      card(440, true);
      return d;
    },
  },
  {
    slug: 'ar-talab-musaada-jadid',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Arabische aanvraag bijstand van nieuw gehuisveste statushouder',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('sans', 11.5);
      const p = d.page();
      clientLetter(p, {
        from: ['خالد الأحمد (Khaled Al-Ahmad)', 'Populierenhof 44', '1230 PC Voorbeeld'],
        to: [...GEMEENTE.slice(0, 1), 'Team Poort / Intake', ...GEMEENTE.slice(2)],
        place: 'فوربيلد، 26 تشرين الثاني 2026',
        subject: 'الموضوع: طلب مساعدة اجتماعية (bijstand)',
        rtl: true,
        size: 11,
      });
      p.p(
        `حضرة المسؤولين المحترمين،\n\nاسمي خالد الأحمد، تاريخ الميلاد 14/02/1979، رقم BSN: ${strangerBsn('f-alahmad')}. حصلت على الإقامة في أيلول الماضي، وتم إسكاني مع زوجتي وأطفالي الثلاثة في بلديتكم في 16 تشرين الثاني 2026 عن طريق منظمة اللاجئين.\n\nحتى الآن كنا نحصل على مصروف من مركز اللجوء (COA)، وقد توقف هذا المصروف بعد الانتقال. ليس لدينا أي دخل الآن. لذلك أطلب المساعدة الاجتماعية لعائلتي من تاريخ انتقالنا.\n\nلدينا حساب بنكي جديد، وعقد الإيجار موجود. الموظفة في منظمة اللاجئين قالت إنكم سترسلون لنا موعداً. أنا لا أتكلم الهولندية جيداً بعد، أرجو وجود مترجم للغة العربية.\n\nمع الشكر والتقدير،\nخالد الأحمد\nهاتف: 06-84 02 11 67`,
        rtl,
      );
      return d;
    },
  },
  {
    slug: 'ar-talabat-amal-qaima',
    type: 'job_application_proof',
    client: 'K-100346',
    language: 'ar',
    render: 'digital',
    label: 'Arabische lijst met sollicitaties (PDF van telefoon)',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100346');
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      p.ln('قائمة طلبات العمل — شهر تشرين الثاني 2026', { f: 'sansB', size: 14, rtl: true, after: 4 });
      p.ln(`أحمد درويش — رقم الملف ${c.clientNumber}`, { size: 11.5, rtl: true, after: 14 });
      const rows = [
        ['3/11', 'Albert Heijn Kerkstraat', 'عامل رفوف', 'عبر الموقع', 'رفض'],
        ['7/11', 'Randstad', 'عامل إنتاج', 'زيارة المكتب', 'تسجيل'],
        ['12/11', 'Bakkerij Vermolen', 'مساعد خباز', 'بالهاتف', 'لا يوجد رد'],
        ['18/11', 'Kaasmakerij Den Hollander', 'عامل تغليف', 'إيميل', 'مقابلة 2/12'],
        ['25/11', 'Snelkoerier Nederland', 'سائق توصيل', 'عبر الموقع', 'ينتظر'],
      ];
      const xs = [p.right, p.right - 60, p.right - 230, p.right - 330, p.right - 420];
      const heads = ['التاريخ', 'الشركة', 'الوظيفة', 'الطريقة', 'النتيجة'];
      p.rect(p.left, p.y, p.right - p.left, 20, { fill: [0.88, 0.88, 0.88] });
      heads.forEach((h, i) => {
        p.t(xs[i]! - 4, p.y + 14, h, { f: 'sansB', size: 10, rtl: true });
      });
      p.gap(24);
      for (const r of rows) {
        r.forEach((cell, i) => {
          p.t(xs[i]! - 4, p.y + 13, cell, { size: 9.5, rtl: /[\u0600-\u06FF]/.test(cell), align: 'right' });
        });
        p.line(p.left, p.y + 20, p.right, p.y + 20, 0.4);
        p.gap(24);
      }
      p.gap(16);
      p.p('ملاحظة: عندي مقابلة يوم 2 كانون الأول في مصنع الجبن. إذا حصلت على العمل سأخبركم فوراً.', { rtl: true, size: 11 });
      return d;
    },
  },
  {
    slug: 'ar-ziyadat-ijar-foto',
    type: 'rental_agreement',
    client: 'K-100178',
    language: 'ar',
    render: 'photo',
    table: WOOD,
    label: 'Foto van Arabische brief over huurverhoging',
    date: '2026-11-27',
    build: () => {
      const c = C('K-100178');
      const d = new Doc('sans', 12);
      const p = d.page();
      p.at(60);
      p.ln('ياسمين حداد', { rtl: true, f: 'sansB', size: 13 });
      p.ln(c.street, { rtl: true });
      p.ln(`رقم الملف: ${c.clientNumber}`, { rtl: true, after: 20 });
      p.ln('إلى قسم الدخل في البلدية', { rtl: true, after: 14 });
      p.p(
        'تحية طيبة،\n\nوصلتني رسالة من صاحب البيت (شركة Vastgoed Noordkade) بأن الإيجار سيرتفع من 655 يورو إلى 698 يورو في الشهر ابتداءً من 1 كانون الثاني 2027. أرسل لكم نسخة من الرسالة ومن عقد الإيجار الجديد الذي وقعته.\n\nأرجو أن تعدلوا ملفي، وأن تخبروني إذا كان يحق لي الحصول على مساعدة إضافية لأن المبلغ أصبح كبيراً علي. ابني يساعدني في الترجمة، يمكنكم الاتصال به على الرقم 06-11 38 72 90.\n\nمع الاحترام\nياسمين',
        { rtl: true, size: 12 },
      );
      p.t(PAGE_W - 70, 760, '27/11/2026', { size: 11, align: 'right' });
      return d;
    },
  },
];
