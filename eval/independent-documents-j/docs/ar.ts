// Arabic post: a Moroccan bank, a Syrian hospital and civil registry (with sworn Dutch translations),
// and letters clients write in Arabic (set J).
import { type Spec, WOOD } from '../../independent-documents-d/spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  dmy,
  GEMEENTE,
  GREY,
  greyBorder,
  handLines,
  notebook,
  PAGE_W,
  postStamp,
  scribble,
  staple,
  translatorStamp,
} from './jkit.ts';

const MOHAMED = C('K-100332');
const RAMI = C('K-100234');
const _BASHAR = C('K-100458');
const LINA = C('K-100402');
const YASMIN = C('K-100178');
const NOUR = C('K-100514');
const _AHMAD = C('K-100346');
const R = { rtl: true } as const;

export const AR: Spec[] = [
  {
    slug: 'banque-maroc-releve',
    type: 'bank_statement',
    client: 'K-100332',
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Bilingual Arabic/French statement of an invented Moroccan bank, client number written on it',
    date: '2026-11-12',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      p.t(p.left, 52, 'BANQUE ATLAS DU MAROC', { f: 'sansB', size: 14, color: [0.55, 0.1, 0.1] });
      p.t(p.right, 52, 'بنك الأطلس المغربي', { f: 'sansB', size: 14, color: [0.55, 0.1, 0.1], rtl: true });
      p.t(p.left, 66, 'Agence Nador Centre', { size: 8 });
      p.t(p.right, 66, 'وكالة الناظور المركز', { size: 8, rtl: true });
      p.at(86);
      p.ln('كشف الحساب  -  RELEVÉ DE COMPTE', { f: 'sansB', size: 12, align: 'center', after: 6 });
      p.ln(`السيد ${'محمد البوشتاوي'}  /  M. ${MOHAMED.name.toUpperCase()}`, { rtl: true, size: 10 });
      p.ln('رقم الحساب: 190 450 21118820044 07', { rtl: true, size: 9.5 });
      p.ln('الفترة: من 01/08/2026 إلى 31/10/2026', { rtl: true, size: 9.5, after: 6 });
      p.table(
        [
          { h: 'Date / التاريخ', w: 85 },
          { h: 'Libellé / البيان', w: 200 },
          { h: 'Débit', w: 75, r: true },
          { h: 'Crédit', w: 75, r: true },
        ],
        [
          ['01/08/2026', 'Solde initial / الرصيد الأولي', '', '38.420,00'],
          ['03/08/2026', 'VIR. LOYER APPT NADOR / كراء', '', '2.500,00'],
          ['15/08/2026', 'RETRAIT GAB NADOR', '3.000,00', ''],
          ['03/09/2026', 'VIR. LOYER APPT NADOR / كراء', '', '2.500,00'],
          ['20/09/2026', 'FRAIS TENUE DE COMPTE', '35,00', ''],
          ['03/10/2026', 'VIR. LOYER APPT NADOR / كراء', '', '2.500,00'],
          ['31/10/2026', 'Solde final / الرصيد النهائي', '', '42.885,00'],
        ],
        { size: 8, grid: true },
      );
      p.ln('المبالغ بالدرهم المغربي (MAD)', { rtl: true, size: 8, color: GREY });
      scribble(p, 100, 520, ['K-100332', 'rekening Marokko (huur appartement)'], { rot: 3 });
      return d;
    },
  },
  {
    slug: 'wijziging-gezinshereniging-brief',
    type: 'change_form',
    client: 'K-100234',
    language: 'ar',
    render: 'digital',
    label: 'Arabic letter typed on a phone: wife and children arrived through family reunification',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      p.ln(`رامي خليل`, { ...R, f: 'sansB' });
      p.ln(`${RAMI.street}`, R);
      p.ln(RAMI.city, R);
      p.ln('رقم العميل: K-100234', R);
      p.gap(10);
      for (const l of GEMEENTE) p.ln(l, { size: 10 });
      p.gap(10);
      p.ln('فوربيلد، 1 كانون الأول 2026', R);
      p.ln('الموضوع: إبلاغ عن تغيير في الوضع العائلي', { ...R, f: 'sansB', after: 8 });
      p.p(
        `السادة المحترمون في قسم العمل والدخل،

أود أن أبلغكم أن زوجتي رغد وأطفالي الثلاثة وصلوا إلى هولندا يوم 24 تشرين الثاني 2026 عن طريق لمّ الشمل. هم الآن يسكنون معي في نفس العنوان، وقد تم تسجيلهم في البلدية يوم 27 تشرين الثاني.

أرجو منكم تعديل المساعدة الاجتماعية لتصبح للعائلة (متزوج مع أطفال) ابتداءً من تاريخ وصولهم. زوجتي ليس لديها أي دخل حالياً.

مرفق: نسخة من تصاريح الإقامة للزوجة والأطفال، وشهادة التسجيل في البلدية.

مع الشكر والاحترام،
رامي خليل`,
        { ...R, size: 11 },
      );
      return d;
    },
  },
  {
    slug: 'aanvraag-arabisch-nieuwkomer',
    type: 'benefit_application',
    client: null,
    language: 'ar',
    render: 'scan',
    crumple: 1,
    label: 'Handwritten Arabic letter of a newly arrived status holder asking for social assistance (not in the directory)',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { margin: false });
      handLines(
        p,
        [
          'إلى بلدية فوربيلد - قسم الطلبات الجديدة',
          '',
          'اسمي سامر العلي، تاريخ الميلاد 14-02-1994',
          'حصلت على الإقامة في تشرين الأول وانتقلت من',
          'مركز اللجوء إلى بيت في Havenkade 200 يوم 25-11',
          'ليس لدي أي دخل ولا أستطيع دفع الإيجار والكهرباء.',
          'أطلب مساعدة اجتماعية (bijstand) وقرضاً للأثاث.',
          'لا أتكلم الهولندية جيداً، أرجو وجود مترجم عربي.',
          '',
          'رقم الهاتف: 0612345098',
          'سامر العلي',
        ],
        { top: 112, lh: 24, rtl: true, size: 13.5, ink: BLUE_INK },
      );
      p.t(p.left, 400, 'Samer Alali - nieuw in Voorbeeld', { f: 'hand', size: 13, color: BLACK_INK });
      postStamp(p, 140, 60, '03 DEC 2026', 4);
      return d;
    },
  },
  {
    slug: 'sollicitatielijst-arabisch-foto',
    type: 'job_application_proof',
    client: 'K-100458',
    language: 'ar',
    render: 'photo',
    table: WOOD,
    label: 'Phone photo of a handwritten Arabic list of places where the client applied, client number on top',
    date: '2026-11-29',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, margin: false, lh: 24 });
      p.t(p.left + 10, 60, 'K-100458  Bashar Haj Ali', { f: 'hand', size: 14, color: BLUE_INK });
      handLines(
        p,
        [
          'قائمة الأماكن التي قدمت فيها طلب عمل - شهر تشرين الثاني',
          '',
          '3/11  مطعم شاورما في Stationsweg - قالوا لا يوجد مكان',
          '6/11  سوبرماركت Lidl - قدمت على الإنترنت',
          '10/11  شركة تنظيف Glansrijk - موعد مقابلة 18/11',
          '18/11  المقابلة تمت، ينتظرون الرد',
          '21/11  مخبز Van Ommen - أعطيتهم السيرة الذاتية',
          '25/11  مكتب التوظيف WerkSnel - سجلت عندهم',
          '27/11  مصنع Kunststof Jansen - بالبريد الإلكتروني',
          '',
          'التوقيع: بشار',
        ],
        { top: 118, lh: 24, rtl: true, size: 12.5, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'syrisch-ziekenhuis-rapport-vertaald-2p',
    type: 'medical_statement',
    client: 'K-100402',
    language: 'ar',
    render: 'scan',
    label: 'Arabic medical report from a Syrian hospital with a sworn Dutch translation (2 pages)',
    date: '2026-11-17',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      greyBorder(p, 14);
      p.t(PAGE_W / 2, 56, 'مشفى الرازي التخصصي - حلب', { f: 'sansB', size: 15, align: 'center' });
      p.t(PAGE_W / 2, 74, 'قسم الأمراض العصبية', { size: 10, align: 'center' });
      p.at(96);
      p.ln('تقرير طبي', { ...R, f: 'sansB', size: 13, align: 'center' });
      p.gap(6);
      p.ln('اسم المريضة: لينا صباغ', R);
      p.ln(`تاريخ الميلاد: ${dmy(LINA.birthDate, '/')}`, R);
      p.ln('تاريخ التقرير: 02/09/2026', { ...R, after: 6 });
      p.p(
        `راجعت المريضة قسمنا بتاريخ 28/08/2026 بشكوى صداع مزمن ودوار ونوبات تنميل في الطرف الأيسر. بعد الفحص السريري والتصوير بالرنين المغناطيسي تبين وجود تصلب لويحي متعدد (MS) في مرحلة نشطة.

تحتاج المريضة إلى علاج دوائي مستمر ومتابعة دورية كل ثلاثة أشهر، وننصح بعدم القيام بأعمال جسدية مجهدة أو العمل لساعات طويلة.`,
        { ...R, size: 10 },
      );
      p.ln('الطبيب المعالج: د. عمر الحلبي', R);
      p.stamp(160, 460, ['مشفى الرازي', 'حلب'], { rot: 8, size: 10, color: [0.2, 0.2, 0.6] });
      const q = d.page();
      staple(q);
      q.at(50);
      q.ln('VERTALING UIT HET ARABISCH', { f: 'sansB', size: 11, align: 'center', after: 10 });
      q.ln('Al-Razi Specialistisch Ziekenhuis - Aleppo', { f: 'sansB' });
      q.ln('Afdeling Neurologie', { after: 8 });
      q.ln('MEDISCH RAPPORT', { f: 'sansB', size: 12, after: 6 });
      q.kv(
        [
          ['Naam patiënte', 'Lina Sabbagh'],
          ['Geboortedatum', dmy(LINA.birthDate, '/')],
          ['Datum rapport', '02/09/2026'],
        ],
        { labelW: 120 },
      );
      q.p(
        `De patiënte heeft zich op 28/08/2026 bij onze afdeling gemeld met klachten van chronische hoofdpijn, duizeligheid en aanvallen van gevoelloosheid in de linkerledematen. Na klinisch onderzoek en een MRI-scan is multiple sclerose (MS) in een actieve fase vastgesteld.

De patiënte heeft voortdurende medicamenteuze behandeling en controle iedere drie maanden nodig. Wij raden aan geen zware lichamelijke arbeid te verrichten en niet gedurende lange uren te werken.

Behandelend arts: dr. Omar al-Halabi
[stempel: Al-Razi Ziekenhuis, Aleppo]`,
      );
      q.p(
        'Ondergetekende, R. Haddad-Smit, beëdigd vertaler Arabisch-Nederlands, Wbtv-nummer 20871, verklaart dat deze vertaling getrouw en volledig is gemaakt naar het haar getoonde Arabische document.\n\nVoorbeeld, 17 november 2026',
        { size: 8.5 },
      );
      translatorStamp(q, 400, 600, 'R. Haddad-Smit', ['Arabisch - Nederlands', 'Wbtv nr. 20871'], 5);
      return d;
    },
  },
  {
    slug: 'familieboek-syrie-vertaling-2p',
    type: 'identity_document',
    client: 'K-100178',
    language: 'ar',
    render: 'scan',
    copy: true,
    label: 'Photocopy of a Syrian family book page with a sworn Dutch translation (2 pages)',
    date: '2026-11-24',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      greyBorder(p, 22);
      p.t(PAGE_W / 2, 58, 'الجمهورية العربية السورية', { f: 'sansB', size: 13, align: 'center' });
      p.t(PAGE_W / 2, 76, 'وزارة الداخلية - الأحوال المدنية', { size: 10, align: 'center' });
      p.t(PAGE_W / 2, 100, 'دفتر العائلة', { f: 'sansB', size: 16, align: 'center' });
      p.at(120);
      p.ln('رقم القيد: حمص / 418 / 77', R);
      p.ln('رب الأسرة: يوسف حداد - متوفى 2015', R);
      p.ln('الزوجة: ياسمين حداد', R);
      p.ln(`تاريخ ومكان الولادة: حمص ${dmy(YASMIN.birthDate, '/')}`, R);
      p.ln('الأولاد: سامي (1988)، ريم (1991)، جود (1996)', { ...R, after: 10 });
      p.stamp(200, 330, ['أمين السجل المدني', 'حمص'], { rot: -6, size: 10, color: [0.3, 0.3, 0.3] });
      const q = d.page();
      q.at(50);
      q.ln('VERTALING UIT HET ARABISCH', { f: 'sansB', size: 11, align: 'center', after: 4 });
      q.ln('Syrische Arabische Republiek - Ministerie van Binnenlandse Zaken - Burgerlijke Stand', { align: 'center', size: 9, after: 8 });
      q.ln('FAMILIEBOEKJE', { f: 'sansB', size: 12, align: 'center', after: 8 });
      q.kv(
        [
          ['Inschrijvingsnummer', 'Homs / 418 / 77'],
          ['Hoofd van het gezin', 'Youssef Haddad - overleden 2015'],
          ['Echtgenote', YASMIN.name],
          ['Geboorteplaats en -datum', `Homs ${dmy(YASMIN.birthDate, '/')}`],
          ['Kinderen', 'Sami (1988), Reem (1991), Joud (1996)'],
        ],
        { labelW: 150 },
      );
      q.p('[stempel: Beambte van de burgerlijke stand, Homs]', { size: 9, f: 'sansI' });
      q.p(
        'Voor getrouwe vertaling van de mij getoonde fotokopie. R. Haddad-Smit, beëdigd vertaler Arabisch-Nederlands, Wbtv-nummer 20871. Voorbeeld, 24 november 2026.',
        { size: 8.5 },
      );
      translatorStamp(q, 380, 440, 'R. Haddad-Smit', ['Arabisch - Nederlands', 'Wbtv nr. 20871'], -4);
      return d;
    },
  },
  {
    slug: 'bezwaar-arabisch-korting',
    type: 'objection',
    client: 'K-100514',
    language: 'ar',
    render: 'digital',
    label: 'Arabic objection letter typed on a phone against a benefit reduction (client number and BSN)',
    date: '2026-12-03',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      p.ln('نور الخطيب', { ...R, f: 'sansB' });
      p.ln(NOUR.street, R);
      p.ln(NOUR.city, R);
      p.ln(`رقم العميل: K-100514   -   BSN: ${NOUR.bsn}`, R);
      p.gap(10);
      for (const l of ['Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld']) p.ln(l, { size: 10 });
      p.gap(10);
      p.ln('التاريخ: 3 كانون الأول 2026', R);
      p.ln('الموضوع: اعتراض (bezwaar) على قرار تخفيض المساعدة', { ...R, f: 'sansB', after: 8 });
      p.p(
        `السادة المحترمون،

أقدم اعتراضي على قراركم المؤرخ في 5 تشرين الثاني 2026 الذي تم فيه تخفيض مساعدتي الشهرية بسبب أن ابني البالغ يسكن معي (قاعدة تقاسم التكاليف).

ابني عمر عمره 22 سنة وهو طالب ولا يعمل، ويحصل فقط على منحة دراسية صغيرة. هو يسكن معي مؤقتاً فقط حتى يجد غرفة قرب جامعته في أوترخت. لذلك أرى أن القرار غير عادل.

أطلب منكم إلغاء القرار وإعادة المبلغ المخصوم. أرجو أن يكون هناك مترجم عربي إذا كان هناك جلسة استماع.

مع الاحترام،
نور الخطيب`,
        { ...R, size: 11 },
      );
      return d;
    },
  },
  {
    slug: 'vakantiemelding-jordanie-hand',
    type: 'holiday_notice',
    client: 'K-100346',
    language: 'ar',
    render: 'scan',
    label: 'Handwritten Arabic notice of a trip to Jordan for a wedding, client number and dates',
    date: '2026-11-26',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { margin: false, holes: true });
      handLines(
        p,
        [
          'إلى المستشار في بلدية فوربيلد',
          '',
          'أنا أحمد درويش، رقم العميل K-100346',
          'أريد أن أخبركم أنني سأسافر إلى الأردن (عمّان)',
          'لحضور حفل زفاف أختي.',
          'السفر: 20-12-2026   العودة: 10-01-2027',
          'مدة السفر 3 أسابيع تقريباً.',
          'التذكرة دفعها أخي، نسخة مرفقة.',
          '',
          'شكراً - أحمد درويش',
        ],
        { top: 112, lh: 24, rtl: true, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
];
