// Set K, Arabic: notes, phone letters and papers from abroad that Arabic-speaking clients bring in.
import {
  BLACK_INK,
  BLUE_INK,
  C,
  checkbox,
  Doc,
  GREY,
  groupIban,
  handLines,
  iban,
  notebook,
  PAGE_W,
  RED,
  scribble,
} from '../../independent-documents-d/docs/kit.ts';
import { DARK, OAK, OILCLOTH, type Spec, WOOD } from '../../independent-documents-d/spec.ts';
import { gemeenteForm, hand, handBox, section, slip, squared } from './parts.ts';

const omar = C('K-100129');
const yasmin = C('K-100178');
const mohamed = C('K-100332');
const rami = C('K-100234');
const hiba = C('K-100290');
const lina = C('K-100402');
const bashar = C('K-100458');
const ahmad = C('K-100346');
const nour = C('K-100514');

/** Western digits written as Eastern Arabic digits (as many Arabic writers do). */
const eastern = (s: string) => s.replace(/\d/g, (c) => String.fromCharCode(0x660 + Number(c)));

const rtlPara = (p: import('../../independent-documents-d/docs/kit.ts').Page, s: string, size = 11.5, lh = 19) => {
  p.p(s, { rtl: true, size, lh });
};

export const AR: Spec[] = [
  {
    slug: 'ar-zettel-zoj-werk-hand',
    type: 'change_form',
    client: omar.clientNumber,
    language: 'ar',
    render: 'photo',
    table: OILCLOTH,
    label: 'Arabisch handgeschreven briefje met Nederlandse woorden: echtgenote begint met werk (klantnummer)',
    date: '2026-11-06',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 80, lh: 26, margin: false });
      handLines(
        p,
        [
          'إلى الـ gemeente - قسم العمل والدخل',
          `من: عمر الحسن   klantnummer ${omar.clientNumber}`,
          '',
          'السلام عليكم،',
          'أريد أن أخبركم أن زوجتي رشا بدأت العمل',
          'في مطبخ مطعم "De Gouden Lepel" من يوم 2 نوفمبر.',
          'تعمل 16 ساعة في الأسبوع، عقد مؤقت 3 أشهر.',
          'أول loonstrook سأحضرها عندما تستلمها.',
          'الـ klantmanager قال لي أن أكتب هذا بسرعة',
          'حتى لا يكون هناك مشكلة مع الـ uitkering.',
          '',
          'شكراً،  عمر الحسن',
          'Omar Al-Hassan  06-11-2026',
        ],
        { top: 106, lh: 26, size: 14, rtl: true, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'ar-wasmachine-telefoonbrief',
    type: 'benefit_application',
    client: yasmin.clientNumber,
    language: 'ar',
    render: 'digital',
    label: 'Arabische brief getypt op de telefoon: bijzondere bijstand voor een wasmachine en koelkast',
    date: '2026-11-09',
    author: 'Yasmin',
    build() {
      const d = new Doc('sans', 11.5);
      const p = d.page();
      p.at(50);
      rtlPara(
        p,
        `ياسمين حداد
${yasmin.street}، ${yasmin.city}
رقم الملف (klantnummer): ${yasmin.clientNumber}

إلى بلدية Voorbeeld – قسم Werk en Inkomen

الموضوع: طلب bijzondere bijstand لغسالة وثلاجة

تحية طيبة وبعد،

أنا سيدة أعيش وحدي وعمري 65 سنة. الغسالة عندي تعطلت منذ ثلاثة أسابيع، والفني قال إن تصليحها غير ممكن لأن المحرك احترق. وأيضاً الثلاجة لا تبرد جيداً والأكل يخرب.

أنا أعيش فقط من الـ uitkering ولا أملك مدخرات، وعندي مشاكل في الظهر ولا أستطيع أن أغسل الملابس باليد أو أن أذهب إلى المغسلة كل أسبوع.

وجدت في محل Witgoed Centrum de Brug غسالة بسعر 349 يورو وثلاجة بسعر 289 يورو. أرفقت صورة العرض (offerte).

أرجو منكم مساعدتي ودفع هذه التكاليف أو جزء منها. إذا كنتم تحتاجون أوراق أخرى أرجو أن تتصلوا بابنتي لأنها تتكلم الهولندية: 06 41 20 93 55.

مع الشكر والاحترام
ياسمين حداد
9-11-2026`,
        11.5,
        19.5,
      );
      return d;
    },
  },
  {
    slug: 'ar-umrah-melding-hand',
    type: 'holiday_notice',
    client: mohamed.clientNumber,
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Arabische handgeschreven melding van een reis voor de umrah (vertrek en terugkeer), klantnummer in Oost-Arabische cijfers',
    date: '2026-11-20',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 25, holes: true, margin: false });
      handLines(
        p,
        [
          'بسم الله الرحمن الرحيم',
          '',
          'إلى الـ gemeente Voorbeeld',
          `اسمي محمد بوشتاوي، رقم الملف K-${eastern(mohamed.clientNumber.slice(2))}`,
          '',
          'أخبركم أنني سأسافر لأداء العمرة إلى مكة المكرمة',
          `من يوم ${eastern('5-1-2027')} إلى يوم ${eastern('22-1-2027')}.`,
          'السفر مع مجموعة من الجامع، والتذكرة دفعها ابني.',
          'المدة أقل من 4 أسابيع كما قال لي الموظف.',
          'أرجو أن تكون الـ uitkering مستمرة.',
          '',
          'مع الشكر',
          'محمد بوشتاوي',
          'M. Bouchtaoui',
        ],
        { top: 95, lh: 25, size: 13.5, rtl: true, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'ar-pinbon-met-arabische-uitleg',
    type: 'bank_statement',
    client: rami.clientNumber,
    language: 'ar',
    render: 'photo',
    table: WOOD,
    label: 'Bonnetje uit de geldautomaat op papier geplakt met Arabische uitleg over een storting van familie',
    date: '2026-11-17',
    build() {
      const d = new Doc();
      const p = d.page();
      hand(p, [`رامي خليل – ${rami.clientNumber}`, 'هذا كشف الحساب من جهاز الصراف كما طلبت الـ klantmanager'], {
        top: 60,
        rtl: true,
        size: 13,
      });
      slip(
        p,
        [
          '  VOORBEELDSE SPAARBANK',
          '  GA 0122 STATIONSPLEIN',
          '',
          '17-11-2026          09:58',
          'MINI-AFSCHRIFT',
          '',
          '16-11 BETAALAUTOMAAT  -31,18',
          '      JUMBO VOORBEELD',
          '14-11 OVERBOEKING    +400,00',
          '      K KHALIL',
          '12-11 OPNAME GA      -200,00',
          '10-11 INCASSO         -41,50',
          '      ODIDO',
          '03-11 INCASSO        -588,00',
          '      WOONSTICHTING',
          '01-11 BIJSTAND      +1084,12',
          '',
          'SALDO                +553,77',
        ],
        { top: 110, w: 200 },
      );
      p.ellipse(297, 287, 92, 9, { stroke: RED, lw: 1.2 });
      hand(p, ['الـ 400 يورو من أخي كريم، أرسلها لي لأدفع تذكرة', 'جنازة والدتي في عمّان. ليس دخلاً. سأرجعها له.'], {
        top: 470,
        rtl: true,
        size: 13,
        ink: RED,
      });
      return d;
    },
  },
  {
    slug: 'ar-bezwaar-boos-oosterse-cijfers',
    type: 'objection',
    client: hiba.clientNumber,
    language: 'ar',
    render: 'scan',
    crumple: 2,
    label: 'Boos Arabisch bezwaar tegen een terugvordering, klantnummer in Oost-Arabische cijfers, gekreukt',
    date: '2026-11-25',
    build() {
      const d = new Doc('sans', 11.5);
      const p = d.page();
      p.at(50);
      rtlPara(
        p,
        `هبة منصور
رقم الملف: K-${eastern(hiba.clientNumber.slice(2))}
${hiba.street}، Voorbeeld

إلى: gemeente Voorbeeld – bezwaar

الموضوع: اعتراض (bezwaar) على قرار استرجاع المال بتاريخ ${eastern('10-11-2026')}

أنا أعترض بشدة على رسالتكم التي تقول إنني يجب أن أعيد ${eastern('2.316')} يورو لأنني "لم أخبركم" عن عملي في التنظيف.

هذا كذب! أنا أخبرت الـ klantmanager في شهر مارس بنفسي في الموعد، وهي قالت لي "لا مشكلة، أرسلي الـ loonstroken". وأنا أرسلتها كلها بالبريد وعندي صور منها على الهاتف.

كيف تريدون أن أدفع هذا المبلغ؟ أنا أم وحيدة مع ثلاثة أطفال. هذا ظلم كبير وأنا لم أنم منذ أسبوع.

أطلب إلغاء القرار، وأطلب أن يكون معي مترجم عندما تسمعونني، لأن لغتي الهولندية ليست جيدة.

هبة منصور`,
        11.5,
        20,
      );
      p.t(p.left + 40, p.y + 20, 'H. Mansour', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'ar-medisch-rapport-amman',
    type: 'medical_statement',
    client: lina.clientNumber,
    language: 'ar',
    render: 'scan',
    copy: true,
    label: 'Medisch rapport van een ziekenhuis in Amman (Arabisch/Engels) over een operatie tijdens familiebezoek',
    date: '2026-10-19',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.t(PAGE_W / 2, 50, 'مستشفى الرحمة التخصصي', { f: 'sansB', size: 16, align: 'center', rtl: true });
      p.t(PAGE_W / 2, 68, 'Al-Rahma Specialty Hospital – Amman, Jordan', { f: 'sansB', size: 10, align: 'center' });
      p.t(PAGE_W / 2, 80, 'Tel +962 6 000 4400 · Department of General Surgery', { size: 8, align: 'center', color: GREY });
      p.line(p.left, 88, p.right, 88, 1.4);
      p.at(100);
      p.t(PAGE_W / 2, 114, 'تقرير طبي  —  MEDICAL REPORT', { f: 'sansB', size: 12, align: 'center', rtl: true });
      p.at(130);
      p.kv(
        [
          ['Patient name:', 'LINA SABBAGH'],
          ['Date of birth:', '12/12/1961'],
          ['Passport no.:', 'N 0718823 (NLD)'],
          ['Admission:', '28/09/2026'],
          ['Discharge:', '04/10/2026'],
        ],
        { labelW: 110 },
      );
      rtlPara(
        p,
        'أُدخلت المريضة إلى المستشفى بسبب ألم حاد في البطن، وتم إجراء عملية استئصال المرارة بالمنظار بتاريخ 29/09/2026. كانت فترة ما بعد العملية طبيعية. تحتاج المريضة إلى الراحة وعدم حمل أشياء ثقيلة لمدة ستة أسابيع، ومتابعة مع طبيب العائلة في هولندا.',
        10.5,
        17,
      );
      p.p(
        'The patient was admitted with acute abdominal pain and underwent laparoscopic cholecystectomy on 29/09/2026. Post-operative course uneventful. Advised rest, no heavy lifting for six weeks, and follow-up with her general practitioner. Not fit to travel before 03/10/2026.',
        { lh: 14.5 },
      );
      p.gap(10);
      p.t(p.left, p.y + 16, 'Dr. Khaled Al-Zoubi', { f: 'hand', size: 16, color: BLUE_INK });
      p.gap(24);
      p.ln('Consultant General Surgeon', { size: 9 });
      p.stamp(430, p.y - 20, ['AL-RAHMA HOSPITAL', 'MEDICAL RECORDS'], { rot: -8, color: [0.2, 0.3, 0.6], size: 9 });
      scribble(p, 60, 730, [`${lina.clientNumber} — reden waarom ik langer weg was`], { rot: 1, size: 12 });
      return d;
    },
  },
  {
    slug: 'ar-syrisch-paspoort-kopie',
    type: 'identity_document',
    client: bashar.clientNumber,
    language: 'ar',
    render: 'scan',
    copy: true,
    crumple: 0,
    label: 'Fotokopie van een Syrisch paspoort (Arabisch/Engels) met naam en geboortedatum, scheef op de glasplaat',
    date: '2026-11-02',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rotated(300, 300, -3, (s) => {
        s.rect(80, 130, 430, 300, { fill: [0.86, 0.86, 0.86], stroke: [0.15, 0.15, 0.15], lw: 1.2 });
        s.t(295, 155, 'الجمهورية العربية السورية', { f: 'sansB', size: 12, align: 'center', rtl: true });
        s.t(295, 170, 'SYRIAN ARAB REPUBLIC · PASSPORT', { f: 'sansB', size: 8.5, align: 'center' });
        s.rect(100, 185, 95, 125, { fill: [0.5, 0.5, 0.5] });
        s.ellipse(147, 235, 25, 32, { fill: [0.3, 0.3, 0.3] });
        const rows: [string, string, string][] = [
          ['Surname / النسبة', 'HAJ ALI', 'حاج علي'],
          ['Given name / الاسم', 'BASHAR', 'بشار'],
          ['Date of birth / تاريخ الولادة', '18/08/1990', ''],
          ['Place of birth / مكان الولادة', 'HOMS', 'حمص'],
          ['Date of expiry / تاريخ الانتهاء', '11/03/2025', ''],
        ];
        rows.forEach(([k, v, a], i) => {
          s.t(210, 192 + i * 25, k, { size: 6.5, color: [0.3, 0.3, 0.3] });
          s.t(210, 203 + i * 25, v, { f: 'sansB', size: 9.5 });
          if (a) s.t(490, 203 + i * 25, a, { f: 'sansB', size: 9.5, rtl: true });
        });
        s.t(95, 392, 'P<SYRHAJ<ALI<<BASHAR<<<<<<<<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 9.8 });
        s.t(95, 410, 'N0093318<5SYR9008186M2503118<<<<<<<<<<<<<<08', { f: 'mono', size: 9.8 });
      });
      hand(p, ['paspoort verlopen, nieuw aangevraagd bij ambassade', `${bashar.clientNumber}`], {
        x: 90,
        top: 520,
        size: 12.5,
        ink: BLACK_INK,
      });
      return d;
    },
  },
  {
    slug: 'ar-sollicitaties-lijst-hand',
    type: 'job_application_proof',
    client: ahmad.clientNumber,
    language: 'ar',
    render: 'photo',
    table: OAK,
    label: 'Arabische handgeschreven lijst van sollicitaties met Nederlandse bedrijfsnamen op ruitjespapier',
    date: '2026-11-27',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p);
      hand(p, [`قائمة الـ sollicitaties – شهر نوفمبر`, `أحمد درويش  ${ahmad.clientNumber}`], { top: 60, rtl: true, size: 14 });
      const rows = [
        ['3/11', 'Bouwbedrijf Kramer', 'عامل بناء – أرسلت CV بالإيميل'],
        ['6/11', 'Uitzendbureau Werkplein Plus', 'تسجيل – قالوا سنتصل'],
        ['10/11', 'Bakkerij van der Steeg', 'ذهبت بنفسي – لا يوجد عمل'],
        ['14/11', 'PostNL', 'طلب على الإنترنت – رفض'],
        ['20/11', 'Fietsenmaker De Spaak', 'مقابلة يوم 24/11'],
        ['24/11', 'De Spaak', 'يريدون شهادة لغة A2'],
      ];
      let y = 140;
      for (const [dt, firm, note] of rows) {
        p.t(PAGE_W - 50, y, dt!, { f: 'sans', size: 13, color: [0.12, 0.2, 0.55], rtl: true });
        p.t(PAGE_W - 100, y, note!, { f: 'sans', size: 13, color: [0.12, 0.2, 0.55], rtl: true });
        p.t(40, y, firm!, { f: 'hand', size: 13, color: [0.12, 0.2, 0.55] });
        y += 34;
      }
      return d;
    },
  },
  {
    slug: 'ar-klacht-klantmanager-broer-ook',
    type: 'complaint',
    client: null,
    conflict: [nour.clientNumber, ahmad.clientNumber],
    language: 'ar',
    render: 'digital',
    label: 'Arabische klacht over de klantmanager; noemt ook het klantnummer van haar broer die hetzelfde meemaakte',
    date: '2026-11-13',
    author: 'Nour',
    build() {
      const d = new Doc('sans', 11.5);
      const p = d.page();
      p.at(50);
      rtlPara(
        p,
        `نور الخطيب – klantnummer ${nour.clientNumber}
إلى: Klachtencoördinatie، gemeente Voorbeeld
التاريخ: 13-11-2026

الموضوع: شكوى (klacht) على الموظفة المسؤولة عن ملفي

أكتب هذه الشكوى لأن الـ klantmanager تعاملني بطريقة غير محترمة. في الموعد الأخير يوم 4 نوفمبر رفعت صوتها عليّ أمام الناس في قاعة الانتظار وقالت إنني "لا أريد أن أعمل". أنا أذهب إلى دروس اللغة الهولندية ثلاث مرات في الأسبوع وأبحث عن عمل.

لم تسمح لي أن أحضر مترجماً، وقالت إن الموعد سيكون بالهولندية فقط، ولم أفهم نصف الكلام. بعد ذلك وصلتني رسالة أنني لم أتعاون.

أخي أحمد درويش (klantnummer ${ahmad.clientNumber}) عنده نفس الموظفة وحدث معه نفس الشيء الشهر الماضي.

أطلب أن يتم تغيير الموظفة المسؤولة عني، وأن أحصل على مترجم في المواعيد القادمة.

مع الاحترام،
نور الخطيب`,
        11.5,
        19.5,
      );
      return d;
    },
  },
  {
    slug: 'ar-formulier-nummer-broer-naam-zus',
    type: 'benefit_application',
    client: null,
    conflict: [bashar.clientNumber, ahmad.clientNumber],
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label:
      'Aanvraag bijzondere bijstand (tandarts) ingevuld in het Arabisch: klantnummer van de ene klant, naam en geboortedatum van een andere',
    date: '2026-11-16',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(
        p,
        'Aanvraag bijzondere bijstand',
        'BB-01 · 2026',
        'Voor noodzakelijke kosten die u niet zelf kunt betalen. Voeg een offerte of rekening bij.',
      );
      section(p, '1  Aanvrager');
      handBox(p, p.left, 260, 'Naam', 'Ahmad Darwish');
      handBox(p, p.left + 275, 192, 'Klantnummer (indien bekend)', bashar.clientNumber);
      p.gap(38);
      handBox(p, p.left, 260, 'Adres', 'Kerkstraat 136');
      handBox(p, p.left + 275, 192, 'Geboortedatum', '20-10-1997');
      p.gap(44);
      section(p, '2  Waarvoor vraagt u bijzondere bijstand aan?');
      p.rect(p.left, p.y, p.right - p.left, 120, { stroke: [0.35, 0.35, 0.35], lw: 0.6 });
      hand(
        p,
        [
          'علاج أسنان – الطبيب قال يجب خلع ضرسين وعمل تاج',
          'التكلفة 640 يورو وأنا ليس عندي تأمين إضافي',
          'الألم شديد ولا أستطيع النوم. أرفقت الـ offerte',
          'من Tandartspraktijk Glimlach',
        ],
        { top: p.y + 26, lh: 25, rtl: true, size: 13, x: p.right - 8 },
      );
      p.gap(20);
      handBox(p, p.left, 140, 'Bedrag', '€ 640');
      p.gap(44);
      section(p, '3  Ondertekening');
      checkbox(p, p.left, p.y, 'Ik geef toestemming om mijn gegevens te controleren bij andere instanties.', true);
      p.gap(18);
      handBox(p, p.left, 150, 'Datum', '16/11/2026');
      p.t(p.left + 210, p.y + 30, 'A. Darwish', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'ar-schuldhulp-brief-onbekende',
    type: 'debt_notice',
    client: null,
    language: 'ar',
    render: 'photo',
    table: DARK,
    label: 'Arabische handgeschreven hulpvraag aan schuldhulp over een deurwaardersbrief, schrijver niet in het bestand',
    date: '2026-11-22',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 25, margin: false });
      handLines(
        p,
        [
          'إلى قسم المساعدة في الديون (schuldhulp)',
          '',
          'اسمي سامر يوسف، وصلتني رسالة من الـ deurwaarder',
          'يريدون 1.870 يورو من شركة الكهرباء والتأمين الصحي.',
          'كتبوا أنهم سيأخذون من راتبي (beslag op loon).',
          'أنا أعمل في مستودع وراتبي قليل وعندي عائلة.',
          'لا أعرف ماذا أفعل، أرجو أن تساعدوني في ترتيب',
          'الدفع. رقم هاتفي 06 12 87 44 09.',
          '',
          'سامر يوسف – Samer Youssef',
          'Gerberastraat 19, Voorbeeld',
        ],
        { top: 95, lh: 25, size: 13.5, rtl: true, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'ar-moskee-voedselbank-flyer',
    type: 'other',
    client: null,
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Flyer van een moskee (Arabisch/Nederlands) over een voedselbank-uitgifte, tussen de post',
    date: '2026-11-01',
    build() {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.rect(0, 0, PAGE_W, 110, { fill: [0.1, 0.4, 0.3] });
      p.t(PAGE_W / 2, 50, 'مسجد النور – Moskee An-Nour', { f: 'sansB', size: 22, color: [1, 1, 1], align: 'center', rtl: true });
      p.t(PAGE_W / 2, 80, 'Stichting Islamitisch Centrum Voorbeeld', { size: 11, color: [1, 1, 1], align: 'center' });
      p.at(140);
      p.ln('توزيع الطرود الغذائية كل يوم سبت', { rtl: true, f: 'sansB', size: 18, after: 4 });
      p.ln('Voedselpakketten – elke zaterdag', { align: 'center', f: 'sansB', size: 16, after: 12 });
      rtlPara(
        p,
        'من الساعة 10:00 إلى 12:30 في قاعة المسجد. للجميع، بغض النظر عن الدين أو الأصل. أحضر حقيبة معك. لا تحتاج إلى تسجيل مسبق.',
        12,
        20,
      );
      p.p(
        'Van 10.00 tot 12.30 uur in de zaal van de moskee, Havenstraat 40. Voor iedereen, ongeacht geloof of afkomst. Neem een tas mee. Aanmelden is niet nodig.\n\nOok: gratis spreekuur voor hulp bij brieven van instanties, elke woensdag 19.00–21.00 uur.',
        {
          size: 11,
          lh: 16,
        },
      );
      p.gap(20);
      p.rect(p.left, p.y, p.right - p.left, 80, { stroke: [0.1, 0.4, 0.3], lw: 1.4 });
      p.t(PAGE_W / 2, p.y + 32, 'تبرعاتكم تساعد عائلات في حيّنا', { f: 'sansB', size: 14, align: 'center', rtl: true });
      p.t(PAGE_W / 2, p.y + 58, `Doneren: ${groupIban(iban('INGB', 'annour'))} t.n.v. Stichting ICV`, { size: 10, align: 'center' });
      return d;
    },
  },
];
