// Set G, Arabic: letters typed on a phone, notes in Arabic handwriting, papers from Syria, Iraq, Egypt,
// Morocco and Lebanon, and the municipality's own Dutch forms filled in in Arabic.
import { OAK, OILCLOTH, type Spec, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  ad,
  arHand,
  BLACK_INK,
  BLUE_INK,
  bar,
  boxField,
  checkbox,
  Doc,
  GREY,
  gemeenteForm,
  handLines,
  notebook,
  PAGE_H,
  PAGE_W,
  rtlTable,
  scribble,
} from './kit.ts';

const GEM_AR = ['إلى بلدية Voorbeeld', 'قسم العمل والدخل (Werk en Inkomen)', 'Postbus 1234', '1230 AA Voorbeeld'];

/** A letter typed on a phone and exported to PDF: right-aligned Arabic, sender block on top. */
function phoneLetter(d: Doc, o: { from: string[]; date: string; subject: string; body: string; sign: string[]; to?: string[] }) {
  const p = d.page();
  p.left = 58;
  p.right = PAGE_W - 58;
  p.at(56);
  for (const l of o.from) p.ln(l, { rtl: true, size: 10.5, lh: 15 });
  p.gap(12);
  for (const l of o.to ?? GEM_AR) p.ln(l, { rtl: true, size: 10.5, lh: 15 });
  p.gap(10);
  p.ln(o.date, { rtl: true, size: 10.5 });
  p.gap(4);
  p.ln(o.subject, { rtl: true, size: 11.5, f: 'sansB', after: 8 });
  p.p(o.body, { rtl: true, size: 11, lh: 19 });
  p.gap(6);
  for (const l of o.sign) p.ln(l, { rtl: true, size: 11, lh: 17 });
  return p;
}

export const AR: Spec[] = [
  {
    slug: 'wijzigingsformulier-arabisch-ingevuld',
    type: 'change_form',
    client: 'K-100129',
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Municipal change form (Dutch print) filled in by hand in Arabic: eldest son started working, wife started a language course',
    date: '2026-11-12',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(
        p,
        'Wijzigingsformulier',
        'Geef wijzigingen binnen 5 werkdagen door. U mag in uw eigen taal schrijven. Stuur bewijsstukken mee.',
      );
      bar(p, '1. Uw gegevens');
      boxField(p, 'Naam en voorletters', 'Omar Al-Hassan');
      boxField(p, 'Klantnummer', 'K-100129');
      boxField(p, 'Telefoon', '06 41 87 22 90');
      arHand(p, p.right - 6, p.y - 52, ['عمر الحسن'], { size: 11, ink: BLUE_INK });
      bar(p, '2. Wat is er veranderd?');
      const y0 = p.y;
      checkbox(p, p.left, y0, 'Inkomsten van uzelf of een gezinslid', true);
      checkbox(p, p.left + 250, y0, 'Adres / woonsituatie', false);
      checkbox(p, p.left, y0 + 16, 'Samenstelling huishouden', false);
      checkbox(p, p.left + 250, y0 + 16, 'Opleiding / studie', true);
      checkbox(p, p.left, y0 + 32, 'Vermogen (geld, auto, huis)', false);
      checkbox(p, p.left + 250, y0 + 32, 'Anders, namelijk:', false);
      p.at(y0 + 54);
      boxField(p, 'Ingangsdatum wijziging', '3-11-2026');
      bar(p, '3. Toelichting');
      p.rect(p.left, p.y, p.right - p.left, 190, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
      arHand(
        p,
        p.right - 10,
        p.y + 24,
        [
          'ابني الكبير خالد عمره ١٩ سنة صار يشتغل بمطعم بيتزا',
          'من تاريخ ٣ تشرين الثاني، تقريباً ٢٠ ساعة بالأسبوع',
          'هو لسا ما استلم أول راتب. لما يجي الكشف (loonstrook)',
          'راح أبعتلكم ياه فوراً.',
          'كمان زوجتي بدأت دورة لغة هولندية (taalcursus) كل يوم',
          'ثلاثاء وخميس الصبح بمدرسة بالمركز.',
          'إذا في سؤال اتصلوا فيني، أفضّل مع مترجم.',
        ],
        { size: 12.5, lh: 24 },
      );
      p.gap(200);
      bar(p, '4. Ondertekening');
      p.p('Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet dat ik verkeerde informatie moet terugbetalen.', {
        size: 8.5,
      });
      boxField(p, 'Datum', '10-11-2026', { lw: 80, w: 130 });
      p.t(p.left + 260, p.y - 10, 'Handtekening:', { size: 9 });
      p.t(p.left + 330, p.y - 8, 'O. Alhassan', { f: 'hand', size: 17, color: BLUE_INK });
      p.t(PAGE_W / 2, PAGE_H - 30, 'WF-PW 2025/03 — Ingevuld formulier sturen naar Postbus 1234 of afgeven bij de balie', {
        size: 7,
        color: GREY,
        align: 'center',
      });
      return d;
    },
  },
  {
    slug: 'brief-telefoon-zoon-werkt',
    type: 'change_form',
    client: 'K-100290',
    language: 'ar',
    render: 'digital',
    label: 'Arabic letter typed on a phone: son living at home started a temporary job at a distribution centre (BSN given)',
    date: '2026-11-24',
    author: 'Hiba',
    build() {
      const d = new Doc();
      phoneLetter(d, {
        from: ['هبة منصور', 'Schoolstraat 3', '1238 HT Voorbeeld', 'هاتف: 0628 114 507'],
        date: 'Voorbeeld في 24 تشرين الثاني 2026',
        subject: 'الموضوع: إبلاغ عن تغيير في دخل العائلة',
        body: `السادة في بلدية Voorbeeld المحترمين،
تحية طيبة وبعد،

أنا هبة منصور، رقم BSN الخاص بي: 999991437. أستلم مساعدة اجتماعية (bijstand) منكم منذ سنتين.

أود أن أبلغكم بأن ابني يوسف (20 سنة) الذي يسكن معي في نفس البيت قد بدأ العمل منذ يوم الاثنين 17 تشرين الثاني 2026 في مستودع توزيع (distributiecentrum) عن طريق مكتب عمل مؤقت (uitzendbureau)، بعقد لمدة ستة أشهر وحوالي 32 ساعة في الأسبوع.

لم يستلم راتبه الأول حتى الآن. عندما يصل كشف الراتب سأرسله لكم مباشرة.

أرجو أن تخبروني إذا كان هذا سيؤثر على المساعدة التي أستلمها، وماذا يجب أن أفعل بالنسبة لأجرة البيت، وإذا كنتم تحتاجون أي أوراق أخرى مني أو من ابني.

أعتذر عن الكتابة باللغة العربية، لغتي الهولندية ما زالت ضعيفة.`,
        sign: ['مع الشكر والاحترام،', 'هبة منصور'],
      });
      return d;
    },
  },
  {
    slug: 'notitie-schrift-man-vertrokken',
    type: 'change_form',
    client: 'K-100178',
    language: 'ar',
    render: 'photo',
    table: OILCLOTH,
    label:
      'Handwritten Arabic note on notebook paper (Levantine): husband left the house three weeks ago; name in Arabic script only, birth date and client number',
    date: '2026-11-30',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 80, lh: 26, holes: true, margin: false });
      handLines(
        p,
        [
          'إلى البلدية - قسم الـ uitkering',
          '',
          'اسمي ياسمين حداد',
          'تاريخ الميلاد ٢٤/١/١٩٦١',
          'رقم الملف  K-100178',
          '',
          'بدي خبركن انو جوزي ترك البيت من ٣ أسابيع تقريباً',
          'وراح يسكن عند أخوه بروتردام. ما عاد يسكن معي',
          'وما عاد يدفع شي للبيت ولا للأكل.',
          'أنا هلأ لحالي بالبيت. شو لازم أعمل؟',
          'ممكن حدا يتصل فيني بالعربي، ما بعرف اكتب هولندي.',
          'رقم تلفوني 0619 553 208',
          '',
          'شكراً كتير',
          'ياسمين',
        ],
        { top: 106, lh: 26, size: 13.5, rtl: true, x: PAGE_W - 40 },
      );
      return d;
    },
  },
  {
    slug: 'medisch-rapport-damascus',
    type: 'medical_statement',
    client: 'K-100234',
    language: 'ar',
    render: 'scan',
    label:
      'Medical report from a private hospital in Damascus (Arabic with English terms): coronary disease, stent, no heavy physical work; name and birth date',
    date: '2026-10-21',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.right, 50, 'مشفى الياسمين الخاص', { f: 'sansB', size: 17, rtl: true, color: [0.1, 0.35, 0.3] });
      p.t(p.right, 68, 'دمشق - المزة - أوتوستراد المزة - هاتف 011 6119 2200', { size: 8.5, rtl: true, color: GREY });
      p.t(p.left, 50, 'Al-Yasmin Private Hospital', { f: 'sansB', size: 12, color: [0.1, 0.35, 0.3] });
      p.t(p.left, 66, 'Damascus – Syria', { size: 8.5, color: GREY });
      p.ellipse(PAGE_W / 2, 56, 18, 18, { stroke: [0.1, 0.35, 0.3], lw: 1.4 });
      p.t(PAGE_W / 2, 61, '✚', { f: 'sansB', size: 16, color: [0.1, 0.35, 0.3], align: 'center' });
      p.line(p.left, 80, p.right, 80, 1.5, [0.1, 0.35, 0.3]);
      p.at(100);
      p.ln('تقرير طبي', { f: 'sansB', size: 16, align: 'center', after: 2 });
      p.ln('MEDICAL REPORT', { f: 'sansB', size: 10, align: 'center', after: 10 });
      p.ln(`رقم التقرير: ${ad('4471')} / ق.ق     التاريخ: 2024/03/12`, { rtl: true, size: 10, after: 6 });
      p.kv(
        [
          ['Patient name:', 'RAMI KHALIL'],
          ['Date of birth:', '25/12/1973'],
          ['File no.:', 'YH-2019-08812'],
        ],
        { size: 10, labelW: 110, after: 6 },
      );
      p.ln('اسم المريض: رامي خليل     تاريخ الولادة: 25/12/1973     الجنس: ذكر', { rtl: true, size: 10.5, after: 10 });
      p.p(
        `راجع المريض المذكور أعلاه قسم القلبية في مشفانا بتاريخ 2019/08/04 بشكوى ألم صدري حاد مع ضيق نفس عند الجهد. أجري له تخطيط قلب وإيكو وقثطرة قلبية تشخيصية تبين فيها تضيق شديد في الشريان الأمامي النازل (LAD) بنسبة 90% وتم وضع شبكة دوائية (Drug eluting stent) في نفس الجلسة.

التشخيص: داء الشرايين الإكليلية (Coronary artery disease) – حالة بعد رأب الشريان ووضع شبكة (Status post PCI).
القصور القلبي الخفيف، الكسر القذفي (EF) حوالي 45%.

المريض بحاجة إلى متابعة دورية عند طبيب قلبية وإلى المعالجة الدوائية المستمرة (Aspirin, Clopidogrel, Bisoprolol, Atorvastatin).

التوصية: ينصح بعدم القيام بالأعمال الجسدية الشاقة وحمل الأوزان الثقيلة والعمل لساعات طويلة وقوفاً.

أعطي هذا التقرير بناءً على طلب المريض لتقديمه إلى الجهات المختصة.`,
        { rtl: true, size: 10.5, lh: 18 },
      );
      p.gap(10);
      p.t(p.left + 20, p.y + 10, 'رئيس قسم أمراض القلب', { rtl: true, size: 10, align: 'left' });
      p.t(p.left + 20, p.y + 26, 'د. سامر العلي', { rtl: true, size: 10, f: 'sansB', align: 'left' });
      p.t(p.left + 30, p.y + 52, 'S. Alali', { f: 'hand', size: 18, color: BLUE_INK });
      p.stamp(p.right - 90, p.y + 40, ['مشفى الياسمين الخاص', 'قسم القلبية', 'دمشق'], { color: [0.2, 0.25, 0.6], rot: -6, size: 9 });
      p.t(PAGE_W / 2, PAGE_H - 40, 'هذا التقرير لا يعتبر وثيقة رسمية إلا بعد ختمه بختم المشفى', {
        size: 7.5,
        color: GREY,
        align: 'center',
        rtl: true,
      });
      return d;
    },
  },
  {
    slug: 'tabib-baghdad-psychiater',
    type: 'medical_statement',
    client: 'K-100514',
    language: 'ar',
    render: 'photo',
    table: WOOD,
    label:
      'Report of a psychiatrist in Baghdad: PTSD and depression; Arabic name, birth date in Eastern digits, client number scribbled on top',
    date: '2026-11-18',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.right, 52, 'عيادة الدكتور سعد الجبوري', { f: 'sansB', size: 16, rtl: true });
      p.t(p.right, 72, 'اختصاص الأمراض النفسية والعصبية - بورد عربي', { size: 10, rtl: true });
      p.t(p.right, 88, `بغداد - الكرادة داخل - قرب ساحة الحرية - ${ad('07901234567')}`, { size: 9, rtl: true, color: GREY });
      p.t(p.left, 52, 'Dr. Saad Al-Jubouri', { f: 'sansB', size: 11 });
      p.t(p.left, 66, 'Psychiatrist – Neurologist', { size: 8.5, color: GREY });
      p.line(p.left, 100, p.right, 100, 1);
      p.line(p.left, 103, p.right, 103, 0.4);
      scribble(p, p.left + 10, 128, ['K-100514'], { rot: 5, size: 15, ink: BLACK_INK });
      p.at(150);
      p.ln('تقرير طبي', { f: 'sansB', size: 15, align: 'center', after: 10 });
      p.ln(`اسم المريضة: نور الخطيب`, { rtl: true, size: 11.5 });
      p.ln(`المواليد: ${ad('1982/07/15')}`, { rtl: true, size: 11.5 });
      p.ln(`تاريخ الفحص: ${ad('2026/10/02')}`, { rtl: true, size: 11.5, after: 10 });
      p.p(
        `راجعت المريضة عيادتنا وهي تعاني من أعراض اضطراب ما بعد الصدمة (PTSD) واكتئاب شديد (Major depressive disorder) منذ عدة سنوات: أرق وكوابيس متكررة، نوبات هلع، فقدان الشهية، صعوبة في التركيز وتجنب الأماكن المزدحمة.

المريضة تحت العلاج الدوائي (Sertraline 100 mg, Quetiapine 25 mg) والجلسات النفسية.

نوصي بعدم إلزامها بأعمال تتطلب التعامل مع الجمهور أو ضغط نفسي، وبالاستمرار في العلاج النفسي في بلد إقامتها.

أعطي لها هذا التقرير بناءً على طلبها.`,
        { rtl: true, size: 11, lh: 19 },
      );
      p.gap(16);
      p.t(p.left + 30, p.y + 12, 'د. سعد الجبوري', { rtl: true, size: 11, f: 'sansB', align: 'left' });
      p.t(p.left + 40, p.y + 40, 'S. Jubouri', { f: 'hand', size: 19, color: BLUE_INK });
      p.stamp(p.left + 240, p.y + 36, ['د. سعد الجبوري', 'طبيب اختصاص', 'بغداد'], { color: [0.45, 0.15, 0.5], rot: 10, size: 9 });
      return d;
    },
  },
  {
    slug: 'fax-kliniek-alexandrie-onbekend',
    type: 'medical_statement',
    client: null,
    language: 'ar',
    render: 'fax',
    faxHeader: '19-11-2026 14:52  FROM: +20 3 4871 225  NOUR CLINIC ALEX',
    label: 'Fax from a clinic in Alexandria: diabetes report for a man not in the directory (name and birth date of a stranger)',
    date: '2026-11-19',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 60, 'مركز النور الطبي التخصصي', { f: 'sansB', size: 17, align: 'center', rtl: true });
      p.t(PAGE_W / 2, 80, 'الإسكندرية - سموحة - شارع فوزي معاذ', { size: 10, align: 'center', rtl: true });
      p.t(PAGE_W / 2, 94, 'Al-Nour Specialized Medical Center – Alexandria – Egypt', { size: 9, align: 'center' });
      p.hr(1.2);
      p.at(120);
      p.ln('شهادة طبية', { f: 'sansB', size: 14, align: 'center', after: 10 });
      p.ln('يشهد مركز النور الطبي بأن السيد / محمود عبد الرحمن السيد', { rtl: true, size: 11 });
      p.ln('المولود بتاريخ 1979/03/14 - الرقم القومي: 27903140201875', { rtl: true, size: 11 });
      p.ln('يتردد على العيادة الباطنية بالمركز منذ عام 2015.', { rtl: true, size: 11, after: 8 });
      p.p(
        `التشخيص: مرض السكري من النوع الثاني (Type 2 Diabetes Mellitus) غير منتظم، مع اعتلال الأعصاب الطرفية (Peripheral neuropathy) في القدمين وارتفاع ضغط الدم.

العلاج: Insulin Mixtard 30/70 مرتين يومياً، Metformin 1000 mg، Concor 5 mg.

ينصح المريض بتجنب الوقوف لفترات طويلة والمشي لمسافات طويلة، وبالمتابعة الشهرية.

حررت هذه الشهادة بناءً على طلب أسرة المريض لتقديمها إلى بلدية Voorbeeld بهولندا حيث يقيم حالياً.`,
        { rtl: true, size: 11, lh: 19 },
      );
      p.gap(10);
      p.t(p.left + 20, p.y + 12, 'د. هشام فتحي - أخصائي الباطنة', { rtl: true, size: 10.5, align: 'left' });
      p.t(p.left + 40, p.y + 38, 'H. Fathy', { f: 'hand', size: 17, color: BLACK_INK });
      p.stamp(p.right - 80, p.y + 30, ['مركز النور الطبي', 'الإسكندرية'], { color: [0, 0, 0], rot: -4, size: 9 });
      p.t(PAGE_W / 2, PAGE_H - 50, 'صفحة 1 من 1', { size: 8, align: 'center', rtl: true });
      return d;
    },
  },
  {
    slug: 'releve-maroc-mre',
    type: 'bank_statement',
    client: 'K-100332',
    language: 'ar',
    render: 'scan',
    label:
      'Statement of a Moroccan bank account for residents abroad (Arabic/French): rent received for a house in Nador; client number written on it',
    date: '2026-11-08',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rect(p.left, 38, p.right - p.left, 44, { fill: [0.55, 0.2, 0.15] });
      p.t(p.left + 10, 60, 'BANQUE ATLAS AL MAGHRIB', { f: 'sansB', size: 13, color: [1, 1, 1] });
      p.t(p.left + 10, 74, 'Agence Nador Centre – 12, Bd Mohammed V', { size: 7.5, color: [1, 1, 1] });
      p.t(p.right - 10, 62, 'بنك أطلس المغرب', { f: 'sansB', size: 15, color: [1, 1, 1], rtl: true });
      p.at(100);
      p.ln('كشف الحساب  -  RELEVÉ DE COMPTE', { f: 'sansB', size: 12, align: 'center', after: 6 });
      p.kv(
        [
          ['Titulaire / صاحب الحساب :', 'M. BOUCHTAOUI MOHAMED'],
          ['Adresse :', 'STATIONSWEG 64  1235 AA VOORBEELD  PAYS-BAS'],
          ['Compte / رقم الحساب :', '181 571 2114 0087 5530 0042 87'],
          ['Type / نوع الحساب :', 'Compte MRE en dirhams convertibles'],
          ['Période / الفترة :', 'du 01/10/2026 au 31/10/2026'],
        ],
        { size: 9, labelW: 150, after: 10 },
      );
      p.table(
        [
          { h: 'Date / التاريخ', w: 70 },
          { h: 'Libellé / البيان', w: 220 },
          { h: 'Débit / مدين', w: 70, r: true },
          { h: 'Crédit / دائن', w: 70, r: true },
        ],
        [
          ['01/10', 'SOLDE PRECEDENT  الرصيد السابق', '', '14 870,25'],
          ['03/10', 'VERSEMENT LOYER - كراء المنزل', '', '2 500,00'],
          ['07/10', 'RETRAIT GAB NADOR 0412', '1 000,00', ''],
          ['12/10', 'PRLV REDAL EAU ELECTRICITE', '312,40', ''],
          ['15/10', 'VIR RECU DE L ETRANGER NL', '', '1 080,00'],
          ['21/10', 'FRAIS TENUE DE COMPTE', '22,00', ''],
          ['28/10', 'RETRAIT GAB NADOR 0412', '2 000,00', ''],
          ['31/10', 'VERSEMENT LOYER - كراء المنزل', '', '2 500,00'],
        ],
        { size: 8.5, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.kv(
        [
          ['Nouveau solde créditeur / الرصيد الجديد :', '17 615,85 MAD'],
          ['Contre-valeur indicative :', '1 625,10 EUR'],
        ],
        { size: 9.5, labelW: 220, f: 'sansB', after: 14 },
      );
      p.p(
        'Pour toute réclamation, veuillez contacter votre agence dans un délai de 30 jours. لأي استفسار المرجو الاتصال بوكالتكم داخل أجل 30 يوما.',
        { size: 7.5, color: GREY },
      );
      scribble(p, p.left + 40, p.y + 40, ['K-100332', 'rekening Marokko van mij', 'huur van huis Nador'], { rot: 3, size: 14 });
      p.t(PAGE_W / 2, PAGE_H - 34, 'Banque Atlas Al Maghrib S.A. – Capital 1 200 000 000 DH – RC Casablanca 45 871', {
        size: 6.5,
        color: GREY,
        align: 'center',
      });
      return d;
    },
  },
  {
    slug: 'kashf-hisab-moeder-briefje-zoon',
    type: 'bank_statement',
    client: null,
    conflict: ['K-100402', 'K-100346'],
    language: 'ar',
    render: 'photo',
    table: OAK,
    label: "Photo of a Syrian bank statement of the mother with her son's note stuck on it: her client number and his own",
    date: '2026-11-26',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.right, 54, 'بنك قاسيون التجاري', { f: 'sansB', size: 16, rtl: true, color: [0.1, 0.25, 0.45] });
      p.t(p.right, 72, 'فرع دمشق - المالكي', { size: 9, rtl: true, color: GREY });
      p.t(p.left, 54, 'Qasioun Commercial Bank', { f: 'sansB', size: 10, color: [0.1, 0.25, 0.45] });
      p.line(p.left, 84, p.right, 84, 1);
      p.at(100);
      p.ln('كشف حساب جاري', { f: 'sansB', size: 13, align: 'center', after: 6 });
      p.ln('اسم العميل: لينا صباغ', { rtl: true, size: 10.5 });
      p.ln(`رقم الحساب: ${ad('0114-220871-001')}    العملة: ليرة سورية`, { rtl: true, size: 10.5 });
      p.ln(`من ${ad('2026/07/01')} إلى ${ad('2026/09/30')}`, { rtl: true, size: 10.5, after: 8 });
      rtlTable(
        p,
        [
          { h: 'التاريخ', w: 80 },
          { h: 'البيان', w: 190 },
          { h: 'مدين', w: 70 },
          { h: 'دائن', w: 70 },
          { h: 'الرصيد', w: 80 },
        ],
        [
          [ad('2026/07/01'), 'رصيد مدور', '', '', ad('3,412,000')],
          [ad('2026/07/15'), 'عمولة إدارة حساب', ad('25,000'), '', ad('3,387,000')],
          [ad('2026/08/15'), 'عمولة إدارة حساب', ad('25,000'), '', ad('3,362,000')],
          [ad('2026/09/15'), 'عمولة إدارة حساب', ad('25,000'), '', ad('3,337,000')],
          [ad('2026/09/30'), 'الرصيد الختامي', '', '', ad('3,337,000')],
        ],
        { size: 9 },
      );
      p.ln('ملاحظة: الحساب موقوف عن السحب بموجب التعليمات النافذة.', { rtl: true, size: 9, color: GREY });
      // The son's yellow sticky note.
      p.rotated(200, 560, -4, (s) => {
        s.rect(70, 470, 300, 190, { fill: [0.98, 0.93, 0.5] });
        const lines = [
          'هذا كشف حساب أمي لينا صباغ',
          'رقم ملفها K-100402',
          'الحساب بسوريا مجمّد، ما بتقدر تسحب منه',
          'ولا ليرة، والمبلغ بالليرة السورية',
          '(تقريباً ٢٢٠ يورو)',
          'للتواصل: ابنها أحمد درويش K-100346',
          '0645 920 117',
        ];
        lines.forEach((l, i) => {
          s.t(360, 500 + i * 22, l, { f: 'sans', size: 11.5, color: [0.1, 0.1, 0.2], rtl: true });
        });
      });
      return d;
    },
  },
  {
    slug: 'libanese-bank-bsn-hand',
    type: 'bank_statement',
    client: 'K-100458',
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Statement of a Lebanese bank account (blocked dollars), BSN handwritten at the bottom with a note in Dutch',
    date: '2026-11-03',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.right, 52, 'بنك الأرز التجاري ش.م.ل.', { f: 'sansB', size: 15, rtl: true, color: [0.05, 0.4, 0.2] });
      p.t(p.left, 52, 'CEDAR COMMERCIAL BANK s.a.l.', { f: 'sansB', size: 10.5, color: [0.05, 0.4, 0.2] });
      p.t(p.left, 64, 'Beirut – Hamra Branch', { size: 8, color: GREY });
      p.line(p.left, 76, p.right, 76, 0.8);
      p.at(94);
      p.ln('كشف حساب  /  Statement of Account', { f: 'sansB', size: 12, align: 'center', after: 8 });
      p.ln('السيد بشار حاج علي', { rtl: true, size: 10.5 });
      p.ln('Mr. BASHAR HAJ ALI', { size: 10 });
      p.ln('Account: 004-118273-0-USD     Type: Current (Local USD)     Period: 01/07/2026 – 30/09/2026', { size: 8.5, after: 8 });
      rtlTable(
        p,
        [
          { h: 'التاريخ', w: 70 },
          { h: 'العملية', w: 210 },
          { h: 'سحب', w: 65 },
          { h: 'إيداع', w: 65 },
          { h: 'الرصيد', w: 60 },
        ],
        [
          ['01/07/2026', 'رصيد سابق  Opening balance', '', '', '6,140.00'],
          ['18/07/2026', 'سحب نقدي بالليرة وفق التعميم 158', '400.00', '', '5,740.00'],
          ['31/07/2026', 'رسوم حساب  Account fees', '8.00', '', '5,732.00'],
          ['19/08/2026', 'سحب نقدي بالليرة وفق التعميم 158', '400.00', '', '5,332.00'],
          ['31/08/2026', 'رسوم حساب  Account fees', '8.00', '', '5,324.00'],
          ['30/09/2026', 'رسوم حساب  Account fees', '8.00', '', '5,316.00'],
        ],
        { size: 8.5 },
      );
      p.p(
        'الحساب بالدولار المحلي (لولار). السحوبات النقدية تتم بالليرة اللبنانية حسب سعر المنصة وضمن السقف الشهري. This statement is issued upon the request of the account holder.',
        { rtl: true, size: 8.5, color: GREY, lh: 14 },
      );
      handLines(p, ['BSN 999 987 197', 'Dit is rekening in Libanon, geld zit vast.', 'Mijn broer neemt elke maand 400 voor mij.'], {
        top: 560,
        lh: 24,
        size: 14,
        ink: BLUE_INK,
      });
      return d;
    },
  },
  {
    slug: 'kashf-ratib-irak-alleen-naam',
    type: 'payslip',
    client: null,
    language: 'ar',
    render: 'scan',
    label: 'Monthly salary slip of an Iraqi education directorate: name in Arabic only, no birth date or Dutch identifier',
    date: '2026-11-05',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 48, 'جمهورية العراق', { f: 'sansB', size: 12, align: 'center', rtl: true });
      p.t(PAGE_W / 2, 64, 'وزارة التربية', { size: 11, align: 'center', rtl: true });
      p.t(PAGE_W / 2, 80, 'المديرية العامة لتربية بغداد / الرصافة الثانية - قسم الحسابات', { size: 10, align: 'center', rtl: true });
      p.hr(1);
      p.at(104);
      p.ln(`كشف الراتب الشهري لشهر تشرين الأول ${ad('2026')}`, { f: 'sansB', size: 13, align: 'center', after: 8 });
      p.ln('الاسم الرباعي: هبة منصور عبد الكريم الساعدي', { rtl: true, size: 10.5 });
      p.ln(`الرقم الوظيفي: ${ad('2004118562')}     العنوان الوظيفي: مدرس أول     الدرجة: الرابعة / المرحلة ${ad('6')}`, {
        rtl: true,
        size: 10,
      });
      p.ln(`الحالة: مجازة بدون راتب اعتباراً من ${ad('2019/09/01')} - يصرف الجزء الثابت فقط`, { rtl: true, size: 10, after: 8 });
      rtlTable(
        p,
        [
          { h: 'المخصصات', w: 150 },
          { h: 'المبلغ (دينار)', w: 90 },
          { h: 'الاستقطاعات', w: 150 },
          { h: 'المبلغ (دينار)', w: 90 },
        ],
        [
          ['الراتب الاسمي', ad('429,000'), 'التقاعد ١٠٪', ad('42,900')],
          ['مخصصات الشهادة', ad('107,250'), 'ضريبة الدخل', ad('3,150')],
          ['مخصصات الخدمة', ad('0'), 'الرعاية الاجتماعية', ad('2,000')],
          ['مخصصات الزوجية', ad('0'), 'سلفة', ad('0')],
          ['المجموع', ad('536,250'), 'المجموع', ad('48,050')],
        ],
        { size: 9 },
      );
      p.ln(`صافي الراتب: ${ad('488,200')} دينار عراقي فقط لا غير`, { rtl: true, f: 'sansB', size: 11, after: 4 });
      p.ln('طريقة الدفع: توطين - مصرف الرافدين الأهلي / بطاقة كي', { rtl: true, size: 9.5, color: GREY, after: 24 });
      p.t(p.right - 20, p.y, 'المحاسب', { rtl: true, size: 10 });
      p.t(p.left + 120, p.y, 'مدير الحسابات', { rtl: true, size: 10, align: 'center' });
      p.stamp(p.left + 120, p.y + 50, ['المديرية العامة لتربية', 'بغداد الرصافة الثانية', 'قسم الحسابات'], {
        color: [0.2, 0.3, 0.6],
        rot: 7,
        size: 8.5,
      });
      return d;
    },
  },
  {
    slug: 'bezwaar-korting-telefoon',
    type: 'objection',
    client: 'K-100346',
    language: 'ar',
    render: 'digital',
    author: 'Ahmad D',
    label: 'Objection typed in Arabic on a phone against a 20% benefit cut for missing a job-application workshop; client number',
    date: '2026-11-30',
    build() {
      const d = new Doc();
      phoneLetter(d, {
        from: ['أحمد درويش', 'Kerkstraat 136', '1231 AZ Voorbeeld', 'رقم الملف: K-100346'],
        to: ['إلى: Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        date: 'التاريخ: 30-11-2026',
        subject: 'الموضوع: اعتراض (bezwaarschrift) على قرار تخفيض المساعدة',
        body: `السادة المحترمين،

أنا أحمد درويش، أكتب لكم لأنني أعترض على القرار الذي وصلني بتاريخ 13 تشرين الثاني 2026 والذي تم فيه تخفيض المساعدة (bijstand) بنسبة 20% لمدة شهر واحد لأنني لم أحضر ورشة التدريب على التقديم للعمل (sollicitatietraining) يوم الثلاثاء 28 تشرين الأول.

سبب غيابي: في صباح ذلك اليوم أخي الصغير (16 سنة) تعرض لحادث بالدراجة وأخذته إلى الإسعاف في المستشفى، ولأن أمي لا تتكلم الهولندية كنت أنا المترجم الوحيد معه. اتصلت بالرقم الموجود في الرسالة الساعة 9:10 ولم يرد أحد، فأرسلت رسالة عبر البريد الإلكتروني إلى المدربة في نفس اليوم.

لدي ورقة من قسم الإسعاف (SEH) فيها التاريخ والساعة، وسأرسلها مع هذه الرسالة.

أنا دائماً أحضر المواعيد وأبحث عن عمل كل أسبوع، ولا أفهم لماذا لم يسألني أحد عن السبب قبل القرار.

لذلك أطلب منكم إلغاء القرار وإعادة المبلغ الذي تم خصمه. وأرجو أن يتم التواصل معي بوجود مترجم عربي إذا كان هناك جلسة استماع (hoorzitting).`,
        sign: ['مع الاحترام،', 'أحمد درويش', 'المرفقات: ورقة المستشفى، صورة الرسالة'],
      });
      return d;
    },
  },
  {
    slug: 'bezwaar-hand-afwijzing-onbekend',
    type: 'objection',
    client: null,
    language: 'ar',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten Arabic (Moroccan) objection against the rejection of an application, by a woman not in the directory',
    date: '2026-11-27',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 25, margin: true });
      handLines(
        p,
        [
          'فاطمة الزهراء العلوي',
          'Lindelaan 12 A  1234 TG Voorbeeld',
          'Voorbeeld 27-11-2026',
          '',
          'إلى البلدية — bezwaar',
          '',
          'السلام عليكم',
          'أنا ماشي متفقة مع الرفض ديال الطلب ديالي (aanvraag bijstand)',
          'اللي جاني فالبريد نهار 14 نونبر.',
          'كتبتو بلي راجلي كيخدم، ولكن راجلي مشا من الدار',
          'من شهر غشت وما بقاش كيعطيني حتى درهم.',
          'عندي جوج ولاد صغار وما عنديش باش نخلص الكرا.',
          'عافاكم شوفو الملف ديالي مرة أخرى.',
          'عندي ورقة من المحامي ديال الطلاق إلا بغيتو.',
          '',
          'شكرا',
          'فاطمة الزهراء',
        ],
        { top: 96, lh: 25, size: 13, rtl: true, x: PAGE_W - 40 },
      );
      p.t(p.left + 20, 560, 'F. El Alaoui', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'aanvraag-bijstand-statushouder-arabisch',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'digital',
    author: 'Mahmoud',
    label: 'Arabic letter of a newly housed refugee (V-number) asking for social assistance; not in the directory',
    date: '2026-11-16',
    build() {
      const d = new Doc();
      phoneLetter(d, {
        from: ['محمود الأحمد  (Mahmoud Al-Ahmad)', 'Spoorlaan 7 B', '1235 PC Voorbeeld', 'V-nummer: 3104 5577 21', 'هاتف: 0687 220 419'],
        date: 'Voorbeeld، 16 تشرين الثاني 2026',
        subject: 'الموضوع: طلب مساعدة اجتماعية (aanvraag bijstand)',
        body: `مرحباً،

اسمي محمود الأحمد، من سوريا. حصلت على الإقامة (verblijfsvergunning) في شهر آب وانتقلت من مركز اللجوء (azc) إلى بيت في Voorbeeld يوم 6 تشرين الثاني 2026 مع زوجتي وابنتي (4 سنوات).

قالت لي الموظفة من منظمة مساعدة اللاجئين أن أكتب لكم لأطلب المساعدة الاجتماعية لأنه ليس لدينا أي دخل الآن. المساعدة من المركز (COA) توقفت.

نحن لا نملك سيارة ولا حساب بنكي في سوريا، فقط حساب جديد في بنك هولندي فتحناه الأسبوع الماضي.

أرجو أن تعطوني موعداً لتقديم الطلب، وأن يكون معنا مترجم لأننا بدأنا دورة اللغة فقط.

الأوراق الموجودة معي: الإقامة لي ولزوجتي، عقد البيت، رقم الحساب البنكي.`,
        sign: ['شكراً جزيلاً', 'محمود الأحمد'],
      });
      return d;
    },
  },
  {
    slug: 'aanvraagformulier-arabische-antwoorden',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Photo of the Dutch application form for assistance, answers handwritten in Arabic by an Egyptian woman not in the directory',
    date: '2026-12-01',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Aanvraag bijstand (Participatiewet)', 'Deel 1 — Persoonlijke gegevens en situatie');
      boxField(p, 'Achternaam', 'Saleh');
      boxField(p, 'Voornamen', 'Mona Abdelaziz');
      boxField(p, 'Geboortedatum', '03-04-1991');
      boxField(p, 'Nationaliteit', 'Egyptisch  مصرية');
      boxField(p, 'Adres', 'Havenkade 40, Voorbeeld');
      boxField(p, 'Telefoon', '0638 771 402');
      bar(p, 'Waarom vraagt u bijstand aan? (u mag in uw eigen taal schrijven)');
      p.rect(p.left, p.y, p.right - p.left, 150, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
      arHand(
        p,
        p.right - 10,
        p.y + 24,
        [
          'انفصلت عن زوجي وخرجت من البيت في أكتوبر،',
          'أسكن الآن عند أختي مؤقتاً مع ابني (٦ سنوات).',
          'زوجي كان هو اللي بيصرف على البيت، أنا ماليش أي دخل.',
          'جيت هولندا سنة ٢٠٢٢ لمّ شمل (gezinshereniging).',
        ],
        { size: 12, lh: 26 },
      );
      p.gap(160);
      bar(p, 'Heeft u inkomen of vermogen?');
      checkbox(p, p.left, p.y, 'Ja', false);
      checkbox(p, p.left + 60, p.y, 'Nee', true);
      p.gap(20);
      arHand(p, p.right - 10, p.y + 8, ['عندي حساب في البنك فيه حوالي ٣٠٠ يورو بس'], { size: 11.5 });
      p.gap(30);
      p.t(p.left, p.y, 'Datum: ', { size: 9 });
      p.t(p.left + 40, p.y, '1-12-2026', { f: 'hand', size: 13, color: BLUE_INK });
      p.t(p.left + 240, p.y, 'Handtekening: ', { size: 9 });
      p.t(p.left + 310, p.y + 2, 'Mona', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'schulden-lijst-arabisch',
    type: 'debt_notice',
    client: 'K-100220',
    language: 'ar',
    render: 'digital',
    author: 'Karim',
    label: 'Arabic letter asking the debt-help team for help, with a table of Dutch creditors; client number and BSN',
    date: '2026-11-20',
    build() {
      const d = new Doc();
      const p = phoneLetter(d, {
        from: ['كريم الوهابي', 'Burgemeester de Withof 97', '1233 EA Voorbeeld', 'K-100220  /  BSN 999995832'],
        to: ['إلى: Team Schuldhulpverlening', 'Gemeente Voorbeeld', 'Postbus 1234, 1230 AA Voorbeeld'],
        date: 'Voorbeeld في 20/11/2026',
        subject: 'الموضوع: طلب مساعدة في الديون (schuldhulp)',
        body: `السلام عليكم،

أنا كريم الوهابي، عمري 66 سنة وأسكن وحدي. منذ السنة الماضية تراكمت علي ديون كثيرة ولم أعد أستطيع أن أدفع. تأتيني رسائل كل أسبوع من شركات التحصيل (incassobureau) وأخاف أن يأتي الـ deurwaarder إلى البيت.

هذه الديون التي أعرفها:`,
        sign: [],
      });
      rtlTable(
        p,
        [
          { h: 'الجهة', w: 200 },
          { h: 'المبلغ', w: 80 },
          { h: 'ملاحظة', w: 170 },
        ],
        [
          ['Belastingdienst Toeslagen', '€ 2.340', 'استرجاع huurtoeslag 2024'],
          ['Stroomnet Energie', '€ 612,18', 'فاتورة الكهرباء والغاز'],
          ['CJIB', '€ 390', 'مخالفتين'],
          ['Zilverzorg zorgverzekering', '€ 1.105,40', 'التأمين الصحي - 6 أشهر'],
          ['Telecombedrijf Belnu', '€ 286', 'عقد الهاتف القديم'],
        ],
        { size: 9.5 },
      );
      p.p(
        `المجموع تقريباً 4.700 يورو. أرجو أن تعطوني موعداً، وأن يكون هناك من يتكلم العربية أو الدارجة المغربية. عندي كل الرسائل في كيس وسأحضرها معي.`,
        { rtl: true, size: 11, lh: 19 },
      );
      p.ln('وشكراً،', { rtl: true, size: 11 });
      p.ln('كريم الوهابي', { rtl: true, size: 11 });
      return d;
    },
  },
  {
    slug: 'klacht-buurvrouw-twee-nummers',
    type: 'complaint',
    client: null,
    conflict: ['K-100234', 'K-100178'],
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Handwritten Arabic complaint by a man for his neighbour: nobody answers the phone, no interpreter; both client numbers',
    date: '2026-12-02',
    build() {
      const d = new Doc();
      const p = d.page();
      p.at(70);
      handLines(
        p,
        [
          'إلى البلدية — شكوى (klacht)',
          '',
          'أنا رامي خليل، رقم ملفي K-100234',
          'أكتب هذه الشكوى عن جارتي ياسمين حداد، رقم ملفها K-100178،',
          'لأنها لا تعرف الكتابة بالهولندية.',
          '',
          'منذ شهر وهي تتصل برقم 14 0123 كل يوم تقريباً ولا أحد يرد،',
          'أو يقولون لها سنتصل بك ولا يتصل أحد.',
          'أرسلت رسالة عن زوجها الذي ترك البيت ولم يصلها أي جواب.',
          'وعندما ذهبت إلى الموعد في البلدية لم يكن هناك مترجم،',
          'والموظف قال لها ارجعي مع شخص يتكلم هولندي.',
          'هذا ليس عدلاً. هي امرأة كبيرة ومريضة وتعيش وحدها الآن.',
          '',
          'نرجو أن تتصلوا بها مع مترجم عربي على الرقم 0619 553 208',
          '',
          'مع الاحترام',
          'رامي خليل     2-12-2026',
        ],
        { top: 90, lh: 27, size: 12.5, rtl: true, x: PAGE_W - 56, ink: BLACK_INK },
      );
      p.t(p.left + 30, 620, 'R. Khalil', { f: 'hand', size: 19, color: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'klacht-geen-tolk-getypt',
    type: 'complaint',
    client: 'K-100402',
    language: 'ar',
    render: 'digital',
    author: 'Lina Sabbagh',
    label: 'Arabic complaint typed on a computer: no interpreter at an appointment, consultant spoke too fast; Latin name and birth date',
    date: '2026-11-11',
    build() {
      const d = new Doc();
      phoneLetter(d, {
        from: ['لينا صباغ  -  Lina Sabbagh', 'تاريخ الميلاد: 12-12-1961', 'Tulpstraat 97', '1230 XT Voorbeeld'],
        to: ['إلى: Klachtencoördinatie', 'Gemeente Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld'],
        date: 'Voorbeeld، 11/11/2026',
        subject: 'الموضوع: شكوى بخصوص موعد يوم 4 تشرين الثاني 2026',
        body: `حضرات المسؤولين المحترمين،

يوم الثلاثاء 4 تشرين الثاني 2026 كان عندي موعد في البلدية بخصوص المساعدة. عند حجز الموعد طلبت بوضوح مترجماً للغة العربية، وقيل لي إن ذلك مسجّل.

عندما وصلت لم يكن هناك مترجم. الموظفة قالت إن المترجم غير متوفر، وتكلمت معي بسرعة باللغة الهولندية ثم بالإنكليزية، وأنا لا أفهم الإنكليزية جيداً. طلبت منها أن نؤجل الموعد، لكنها قالت إن عليّ التوقيع على ورقة وإلا ستتوقف المساعدة. وقّعت على ورقة لا أعرف ما فيها.

شعرت بالإهانة والخوف. أنا عمري 64 سنة وأعاني من ضغط الدم.

أطلب:
1. أن يشرح لي أحد بالعربية ما هي الورقة التي وقّعتها.
2. أن يكون هناك مترجم في كل موعد قادم.
3. أن يتم التعامل مع هذه الشكوى بجدية.`,
        sign: ['مع فائق الاحترام،', 'لينا صباغ'],
      });
      return d;
    },
  },
  {
    slug: 'sollicitatielijst-arabisch-foto',
    type: 'job_application_proof',
    client: 'K-100346',
    language: 'ar',
    render: 'photo',
    table: WOOD,
    label: 'Photo of a handwritten Arabic list of job applications in November (Dutch company names), name and client number',
    date: '2026-12-01',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24, margin: false });
      handLines(p, ['قائمة الأماكن التي قدمت فيها على عمل — تشرين الثاني 2026', 'أحمد درويش  Ahmad Darwish   K-100346'], {
        top: 94,
        lh: 24,
        size: 12.5,
        rtl: true,
        x: PAGE_W - 40,
      });
      const rows: [string, string, string, string][] = [
        ['3-11', 'Supermarkt De Korenschoof', 'vakkenvuller', 'ما ردّوا'],
        ['5-11', 'Pakketdienst Snel B.V.', 'bezorger', 'رفض - لازم رخصة سواقة'],
        ['10-11', 'Bouwbedrijf Van Rijn', 'hulp bouw', 'مقابلة يوم 19-11'],
        ['14-11', 'Restaurant De Haven', 'afwasser', 'رفض'],
        ['19-11', 'Bouwbedrijf Van Rijn', 'gesprek', 'قالوا بيتصلوا'],
        ['24-11', 'Uitzendbureau Werkplein Noord', 'productie', 'سجّلت عندهم'],
        ['27-11', 'Schoonmaakbedrijf Glansrijk', 'schoonmaker', 'بانتظار الرد'],
      ];
      let y = 166;
      for (const [dt, firm, job, res] of rows) {
        p.t(PAGE_W - 40, y - 4, res, { f: 'sans', size: 11.5, color: BLUE_INK, rtl: true });
        p.t(60, y - 4, dt, { f: 'hand', size: 13, color: BLUE_INK });
        p.t(100, y - 4, firm, { f: 'hand', size: 12.5, color: BLUE_INK });
        p.t(270, y - 4, job, { f: 'hand', size: 12, color: BLUE_INK });
        y += 48;
      }
      handLines(p, ['الإيميلات موجودة على تلفوني إذا بدكم تشوفوها'], { top: y + 10, lh: 24, size: 12, rtl: true, x: PAGE_W - 40 });
      return d;
    },
  },
  {
    slug: 'aqd-kira-nador',
    type: 'rental_agreement',
    client: 'K-100332',
    language: 'ar',
    render: 'scan',
    label: 'Moroccan rent contract (عقد كراء) for a house in Nador let by the client; Dutch note with client number',
    date: '2026-11-08',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 56, 'عقد كراء محل معد للسكنى', { f: 'sansB', size: 16, align: 'center', rtl: true });
      p.t(PAGE_W / 2, 74, `(طبقاً لمقتضيات القانون رقم ${ad('67.12')})`, { size: 9.5, align: 'center', rtl: true });
      p.at(96);
      p.p(
        `بين الموقعين أسفله:

المكري: السيد محمد بوشتاوي، مغربي الجنسية، الحامل للبطاقة الوطنية رقم S 245871، المقيم بهولندا، Stationsweg 64 Voorbeeld، وينوب عنه أخوه السيد عبد القادر بوشتاوي بمقتضى وكالة.

والمكتري: السيد يوسف المرابط، الحامل للبطاقة الوطنية رقم S 611024، موظف.

تم الاتفاق على ما يلي:

الفصل الأول: يكري المكري للمكتري الطابق الأول من المنزل الكائن بحي أولاد ميمون، زنقة 14 رقم 9، الناظور، ويتكون من ثلاث غرف وصالون ومطبخ وحمام.

الفصل الثاني: مدة الكراء سنة واحدة تبتدئ من فاتح أكتوبر 2026 قابلة للتجديد الضمني.

الفصل الثالث: حدد مبلغ الكراء الشهري في 2500 درهم (ألفان وخمسمائة درهم) يؤدى في بداية كل شهر بتحويل بنكي إلى حساب المكري ببنك أطلس المغرب.

الفصل الرابع: سلم المكتري للمكري مبلغ 5000 درهم كضمانة تسترجع عند نهاية العقد.

الفصل الخامس: يتحمل المكتري مصاريف الماء والكهرباء.`,
        { rtl: true, size: 10.5, lh: 18 },
      );
      p.ln('حرر بالناظور في 25 شتنبر 2026', { rtl: true, size: 10.5, after: 14 });
      p.t(p.right - 30, p.y, 'إمضاء المكري', { rtl: true, size: 10 });
      p.t(p.left + 150, p.y, 'إمضاء المكتري', { rtl: true, size: 10 });
      p.t(p.right - 120, p.y + 30, 'A. Bouchtaoui', { f: 'hand', size: 16, color: BLUE_INK });
      p.t(p.left + 40, p.y + 30, 'Y. Mrabet', { f: 'hand', size: 16, color: BLUE_INK });
      p.stamp(PAGE_W / 2, p.y + 80, ['المملكة المغربية', 'جماعة الناظور', 'مصادقة على الإمضاء'], {
        color: [0.15, 0.2, 0.55],
        rot: -9,
        size: 8.5,
      });
      scribble(p, p.left, 760, ['K-100332  huurcontract huis Marokko (2500 dirham)'], { rot: 1, size: 12 });
      return d;
    },
  },
  {
    slug: 'paspoort-syrie-kopie',
    type: 'identity_document',
    client: 'K-100458',
    language: 'ar',
    render: 'scan',
    label: 'Photocopy of the data page of a Syrian passport (Arabic/English, MRZ), name and birth date',
    date: '2026-11-13',
    build() {
      const d = new Doc();
      const p = d.page();
      const x = 70;
      const y = 90;
      const w = 455;
      const h = 300;
      p.rect(x, y, w, h, { fill: [0.9, 0.9, 0.88], stroke: [0.5, 0.5, 0.5], lw: 0.8 });
      p.t(x + w - 12, y + 22, 'الجمهورية العربية السورية', { f: 'sansB', size: 11, rtl: true });
      p.t(x + 12, y + 22, 'SYRIAN ARAB REPUBLIC', { f: 'sansB', size: 10 });
      p.t(x + w / 2, y + 40, 'جواز سفر  PASSPORT', { f: 'sansB', size: 10, align: 'center', rtl: true });
      p.rect(x + 14, y + 56, 110, 140, { fill: [0.72, 0.72, 0.7] });
      p.ellipse(x + 69, y + 110, 30, 36, { fill: [0.5, 0.5, 0.48] });
      p.ellipse(x + 69, y + 190, 50, 40, { fill: [0.5, 0.5, 0.48] });
      const rows: [string, string][] = [
        ['Type / النوع   P          Code / رمز الدولة   SYR', ''],
        ['Passport No. / رقم الجواز', 'N 014728815'],
        ['Surname / الكنية', 'HAJ ALI   حاج علي'],
        ['Given names / الاسم', 'BASHAR   بشار'],
        ['Father / اسم الأب   AHMAD', ''],
        ['Date of birth / تاريخ الولادة', '18/08/1990'],
        ['Place of birth / مكان الولادة', 'ALEPPO   حلب'],
        ['Sex / الجنس   M', ''],
        ['Date of issue / تاريخ المنح', '02/03/2021'],
        ['Date of expiry / تاريخ الانتهاء', '01/03/2027'],
      ];
      let yy = y + 62;
      for (const [k, v] of rows) {
        p.t(x + 140, yy, k, { size: 7, color: [0.25, 0.25, 0.25] });
        if (v) p.t(x + 140, yy + 10, v, { f: 'sansB', size: 9.5 });
        yy += v ? 22 : 12;
      }
      p.t(x + 14, y + h - 30, 'P<SYRHAJ<ALI<<BASHAR<<<<<<<<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 9.4 });
      p.t(x + 14, y + h - 14, 'N0147288152SYR9008184M2703016<<<<<<<<<<<<<<06', { f: 'mono', size: 9.4 });
      scribble(p, 80, 450, ['kopie paspoort voor gemeente', 'paspoort is verlopen bijna, nieuwe kost 800 dollar'], { rot: 2, size: 13 });
      arHand(p, 520, 520, ['صورة عن جواز السفر - بشار'], { size: 12 });
      return d;
    },
  },
  {
    slug: 'vonnis-echtscheiding-nador-vertaling',
    type: 'court_document',
    client: 'K-100444',
    language: 'ar',
    render: 'scan',
    label: 'Moroccan divorce judgment (Arabic) with a sworn Dutch translation as page 2; name and birth date of the client',
    date: '2026-11-19',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.right, 46, 'المملكة المغربية', { f: 'sansB', size: 11, rtl: true });
      p.t(p.right, 62, 'وزارة العدل', { size: 10, rtl: true });
      p.t(p.right, 78, 'المحكمة الابتدائية بالناظور', { size: 10, rtl: true });
      p.t(p.right, 94, 'قسم قضاء الأسرة', { size: 10, rtl: true });
      p.t(p.left, 62, 'ملف عدد: 2025/1626/1187', { size: 9.5, rtl: true, align: 'left' });
      p.t(p.left, 78, 'حكم عدد: 2026/412', { size: 9.5, rtl: true, align: 'left' });
      p.t(p.left, 94, 'بتاريخ: 2026/02/17', { size: 9.5, rtl: true, align: 'left' });
      p.at(120);
      p.ln('باسم جلالة الملك وطبقاً للقانون', { f: 'sansB', size: 12, align: 'center', after: 10 });
      p.p(
        `أصدرت المحكمة الابتدائية بالناظور، قسم قضاء الأسرة، وهي تبت في قضايا الطلاق، بتاريخ 17 فبراير 2026 الحكم الآتي نصه:

بين: السيدة خديجة عزوزي، المزدادة بتاريخ 28/01/1984 بالناظور، الحاملة للبطاقة الوطنية رقم S 318822، الساكنة بهولندا، مدعية.

وبين: السيد رشيد الحموتي، الساكن بحي لعري الشيخ الناظور، مدعى عليه.

الوقائع: بناء على المقال المقدم من طرف المدعية بتاريخ 2025/06/09 والذي تعرض فيه أنها زوجة المدعى عليه منذ 2006 وأن الشقاق استحكم بينهما وأنه لا ينفق عليها منذ سنة 2023، ملتمسة الحكم بالتطليق للشقاق.

وحيث تعذر الصلح بين الطرفين رغم محاولات المحكمة.

لهذه الأسباب: حكمت المحكمة علنياً ابتدائياً وحضورياً:
بتطليق المدعية خديجة عزوزي من عصمة المدعى عليه طلقة بائنة للشقاق، وبأدائه لها مستحقاتها: واجب المتعة 20.000 درهم، ونفقة الأبناء 1.200 درهم شهرياً لكل ابن ابتداء من تاريخ الحكم.`,
        { rtl: true, size: 10, lh: 17 },
      );
      p.stamp(p.left + 110, 740, ['المحكمة الابتدائية بالناظور', 'نسخة مطابقة للأصل'], { color: [0.15, 0.2, 0.55], rot: 6, size: 9 });
      const q = d.page();
      q.t(q.left, 50, 'Vertaalbureau Al-Qalam', { f: 'serifB', size: 14 });
      q.t(q.left, 64, 'mr. Y. Benhaddou — beëdigd vertaler Arabisch-Nederlands — Wbtv-nr. 20817', { size: 8, color: GREY });
      q.line(q.left, 72, q.right, 72, 0.8);
      q.at(90);
      q.ln('BEËDIGDE VERTALING UIT HET ARABISCH', { f: 'sansB', size: 11, after: 8 });
      q.p(
        `Koninkrijk Marokko — Ministerie van Justitie — Rechtbank van eerste aanleg te Nador — Afdeling familierecht
Dossiernummer: 1187/1626/2025 — Vonnis nummer: 412/2026 — Datum: 17-02-2026

In naam van Zijne Majesteit de Koning en overeenkomstig de wet

De rechtbank van eerste aanleg te Nador, afdeling familierecht, heeft op 17 februari 2026 het volgende vonnis gewezen:

Tussen: mevrouw Khadija Azzouzi, geboren op 28-01-1984 te Nador, houdster van de nationale identiteitskaart nr. S 318822, wonende in Nederland, eiseres;

En: de heer Rachid El Hammouti, wonende in de wijk Laari Cheikh te Nador, gedaagde.

(...) Om deze redenen verklaart de rechtbank, in het openbaar, in eerste aanleg en op tegenspraak: de echtscheiding van eiseres Khadija Azzouzi van gedaagde wegens onenigheid (shiqaq), onherroepelijk; veroordeelt gedaagde tot betaling aan eiseres van een vergoeding (mut'a) van 20.000 dirham en van kinderalimentatie van 1.200 dirham per maand per kind vanaf de datum van het vonnis.

[stempel: Rechtbank van eerste aanleg te Nador — eensluidend afschrift]`,
        { size: 9.5, f: 'serif', lh: 14 },
      );
      q.gap(8);
      q.p(
        'Ondergetekende, mr. Y. Benhaddou, beëdigd vertaler, verklaart dat deze vertaling getrouw en volledig is en overeenstemt met het hem overgelegde Arabische document. Voorbeeld, 10 november 2026.',
        { size: 9, f: 'serifI' },
      );
      q.t(q.left + 20, q.y + 20, 'Y. Benhaddou', { f: 'hand', size: 17, color: BLUE_INK });
      q.stamp(q.right - 110, q.y + 20, ['Y. BENHADDOU', 'beëdigd vertaler', 'Arabisch - Nederlands'], {
        color: [0.2, 0.35, 0.25],
        rot: -5,
        size: 8,
      });
      return d;
    },
  },
  {
    slug: 'vakantiemelding-marokko-arabisch',
    type: 'holiday_notice',
    client: 'K-100276',
    language: 'ar',
    render: 'scan',
    label:
      'Municipal holiday form (Dutch print) filled in in Arabic: trip to Morocco to visit a sick mother; name in both scripts and client number',
    date: '2026-11-25',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(
        p,
        'Melding vakantie / verblijf in het buitenland',
        'Meld uw vakantie minimaal 2 weken voor vertrek. U mag maximaal 4 weken per jaar in het buitenland verblijven.',
      );
      boxField(p, 'Naam', 'Nadia Ait Lahcen');
      arHand(p, p.right - 8, p.y - 9, ['نادية آيت لحسن'], { size: 11 });
      boxField(p, 'Klantnummer', 'K-100276');
      boxField(p, 'Land van bestemming', 'Marokko  المغرب');
      boxField(p, 'Adres in het buitenland', 'Berkane, Hay El Massira 22');
      boxField(p, 'Datum vertrek', '18-12-2026');
      boxField(p, 'Datum terugkomst', '10-01-2027');
      bar(p, 'Reden van de reis / toelichting');
      p.rect(p.left, p.y, p.right - p.left, 120, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
      arHand(
        p,
        p.right - 10,
        p.y + 24,
        [
          'أمي مريضة بزاف في بركان، عندها السكر والقلب،',
          'وخويا كتب لي نجي بالزربة. غادي نبقى ٣ سيمانات و٢ أيام.',
          'إلا كانت شي مشكلة عيطو لي قبل ما نسافر.',
        ],
        { size: 12.5, lh: 26 },
      );
      p.gap(134);
      checkbox(p, p.left, p.y, 'Ik reis alleen', true);
      checkbox(p, p.left + 140, p.y, 'Mijn gezin reist mee', false);
      p.gap(26);
      p.t(p.left, p.y, 'Datum:', { size: 9 });
      p.t(p.left + 40, p.y, '24-11-2026', { f: 'hand', size: 13, color: BLUE_INK });
      p.t(p.left + 250, p.y, 'Handtekening:', { size: 9 });
      p.t(p.left + 320, p.y + 2, 'N. Ait', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'inzageverzoek-avg-arabisch',
    type: 'other',
    client: 'K-100129',
    language: 'ar',
    render: 'digital',
    author: 'Omar',
    label: 'AVG request in Arabic: a copy of all personal data, notes of consultants and who they were shared with',
    date: '2026-11-28',
    build() {
      const d = new Doc();
      phoneLetter(d, {
        from: ['عمر الحسن  (Omar Al-Hassan)', 'Prins Hendrikstraat 98', '1237 XT Voorbeeld', 'رقم الملف: K-100129'],
        date: 'Voorbeeld، 28 تشرين الثاني 2026',
        subject: 'الموضوع: طلب الاطلاع على بياناتي الشخصية (inzageverzoek AVG)',
        body: `السادة المحترمين،

استناداً إلى المادة 15 من اللائحة العامة لحماية البيانات (AVG / GDPR) أطلب منكم ما يلي:

1. نسخة كاملة من جميع البيانات الشخصية المسجلة عني وعن عائلتي في ملفي لدى قسم العمل والدخل.
2. نسخة من الملاحظات والتقارير التي كتبها الموظفون عني (gespreksverslagen) منذ عام 2023.
3. قائمة بالجهات التي أرسلتم إليها بياناتي (مثلاً UWV أو شركات أو مؤسسات أخرى) وسبب ذلك.
4. المدة التي ستحتفظون فيها ببياناتي.

أنا لا أقدم اعتراضاً ولا شكوى الآن، أريد فقط أن أعرف ما هو مكتوب عني. أرجو إرسال الرد خلال شهر كما ينص القانون، على عنواني البريدي أعلاه.

مرفق: صورة عن بطاقة الإقامة.`,
        sign: ['مع الشكر،', 'عمر الحسن'],
      });
      return d;
    },
  },
  {
    slug: 'folder-vertaalbureau-arabisch',
    type: 'other',
    client: null,
    language: 'ar',
    render: 'scan',
    label: 'Arabic advertising leaflet of a translation and form-filling office that ended up in the post',
    date: '2026-11-09',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rect(0, 0, PAGE_W, 150, { fill: [0.2, 0.45, 0.55] });
      p.t(PAGE_W / 2, 64, 'مكتب الضياء للترجمة والخدمات', { f: 'sansB', size: 24, color: [1, 1, 1], align: 'center', rtl: true });
      p.t(PAGE_W / 2, 100, 'Vertaal- en servicebureau Al-Diyaa', { f: 'sansB', size: 13, color: [1, 1, 1], align: 'center' });
      p.t(PAGE_W / 2, 126, 'نساعدك في كل أوراقك في هولندا!', { size: 14, color: [1, 0.9, 0.5], align: 'center', rtl: true });
      p.at(180);
      const items = [
        '✔ ترجمة محلفة لجميع الوثائق (عقود زواج، شهادات، أحكام)',
        '✔ تعبئة طلبات huurtoeslag و zorgtoeslag و kindgebonden budget',
        '✔ المساعدة في رسائل البلدية و Belastingdienst و UWV',
        '✔ كتابة رسائل الاعتراض (bezwaar) والشكاوى',
        '✔ حجز مواعيد IND والسفارات',
        '✔ تجديد جوازات السفر السورية والعراقية',
      ];
      for (const it of items) p.ln(it, { rtl: true, size: 14, lh: 30 });
      p.gap(20);
      p.rect(p.left + 40, p.y, p.right - p.left - 80, 70, { fill: [1, 0.9, 0.5] });
      p.t(PAGE_W / 2, p.y + 30, 'خصم ٢٠٪ على أول ترجمة عند إحضار هذا الإعلان', { f: 'sansB', size: 14, align: 'center', rtl: true });
      p.t(PAGE_W / 2, p.y + 54, 'Kortingsbon 20% — geldig t/m 31-12-2026', { size: 10, align: 'center' });
      p.gap(100);
      p.ln('العنوان: Marktplein 44, Voorbeeld (فوق محل الحلويات)', { rtl: true, size: 12 });
      p.ln('واتساب / هاتف: 0612 000 448', { rtl: true, size: 12 });
      p.ln('من السبت إلى الخميس 10:00 - 19:00', { rtl: true, size: 12 });
      p.t(PAGE_W / 2, PAGE_H - 40, 'KvK 99887766', { size: 8, color: GREY, align: 'center' });
      return d;
    },
  },
];
