import { EMPLOYERS, STAFFING } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  ahead,
  clock,
  fmtBsn,
  fmtDate,
  fmtIso,
  he,
  ibanText,
  idLine,
  ids,
  maybe,
  money,
  one,
  paginate,
  paras,
  past,
  row,
} from '../template.ts';

/**
 * Foreign voices (a): Arabic (Modern Standard Arabic, with Syrian, Moroccan and Iraqi colloquial
 * writing by clients) and Turkish, for every document type a client hands in or receives in those
 * languages. Writers differ on purpose: a client writing by hand in their own words, a volunteer or
 * social worker writing on their behalf, institutions at home and abroad (banks, courts, hospitals,
 * employers, tax offices), printed online forms, WhatsApp and e-mail printouts. Each template is its
 * own group and has its own wording: documents of one type share meaning, not sentences.
 *
 * Client evidence (BSN, client number, birth date) is always written in Latin digits next to the
 * writer's own label, and only when `c.show` asks for it; foreign amounts and dates may use
 * Arabic-Indic digits.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

/** The client's identifying lines this document shows, each label picked from the writer's own; and squeezed on one line. */
const idsInline = (c: Ctx, l: IdLabels, joint = ' - ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });

// Arabic labels: with the Dutch words people copy from their letters, and without.
const AR_MIXED: IdLabels = {
  bsn: ['رقم BSN', 'BSN', 'Burgerservicenummer (BSN)', 'رقم البي اس ان BSN', 'BSN nummer'],
  client: ['Klantnummer', 'رقم الملف (klantnummer)', 'klantnummer', 'رقم الزبون'],
  birth: ['تاريخ الميلاد', 'Geboortedatum', 'تاريخ الولادة'],
};
const AR_PLAIN: IdLabels = {
  bsn: ['الرقم الشخصي', 'رقم الخدمة المدنية', 'الرقم الوطني الهولندي'],
  client: ['رقم الملف', 'رقم الملف لدى البلدية', 'رقم العميل'],
  birth: ['تاريخ الميلاد', 'مواليد', 'تاريخ الولادة'],
};
const TR_MIXED: IdLabels = {
  bsn: ['BSN', 'BSN numarası', 'BSN no', 'Burgerservicenummer', 'Sofi/BSN no'],
  client: ['Klantnummer', 'Müşteri no (klantnummer)', 'klantnummer', 'Dosya no'],
  birth: ['Doğum tarihi', 'Geboortedatum', 'D. tarihi'],
};
const TR_PLAIN: IdLabels = {
  bsn: ['Vatandaşlık hizmet numarası', 'Hollanda kimlik numarası', 'Kişisel numara'],
  client: ['Dosya numarası', 'Belediye dosya no', 'Müşteri numarası'],
  birth: ['Doğum tarihi', 'Doğum t.', 'Doğum tarihim'],
};

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Arabic-Indic digits, as Syrian and Iraqi documents print them. Never for client evidence. */
const arNum = (s: string | number) => String(s).replace(/\d/g, (d) => AR_DIGITS[Number(d)] as string);

const mailName = (c: Ctx) => `${c.p.firstName.toLowerCase()}.${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.int(1, 99)}`;

/** Amounts the continental way with a currency: 12.450,75 TL. */
const cur = (x: number, unit: string) => `${money(x)} ${unit}`;
/** Moroccan style: 3 450,00 */
const madFmt = (x: number) =>
  x
    .toFixed(2)
    .replace('.', ',')
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');

const AR_DOCTORS = ['د. سامر الخطيب', 'د. ليلى بنعلي', 'د. محمد العبيدي', 'د. رنا حداد', 'د. يوسف الإدريسي', 'د. هالة الجبوري'];
const MA_CITIES = ['الدار البيضاء', 'طنجة', 'الناظور', 'الحسيمة', 'فاس', 'وجدة', 'مراكش'];
const SY_CITIES = ['دمشق', 'حلب', 'حمص', 'اللاذقية', 'درعا', 'حماة'];
const IQ_CITIES = ['بغداد', 'الموصل', 'البصرة', 'أربيل', 'كركوك'];
const TR_CITIES = ['Konya', 'Kayseri', 'Yozgat', 'Ankara', 'İstanbul', 'Afyonkarahisar', 'Sivas', 'Eskişehir', 'Denizli'];
const TR_DOCTORS = ['Dr. Ayşe Demirtaş', 'Uzm. Dr. Mehmet Kalkan', 'Dr. Selin Aksoy', 'Op. Dr. Hakan Yıldırım', 'Dr. Emine Çelik'];

// =============================================================================================
// ARABIC
// =============================================================================================

// --- payslips --------------------------------------------------------------------------------

const arAgencyPayslip: Template = {
  id: 'payslip.ar.wakala-loonstrook',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(STAFFING);
    const week = rng.int(1, 52);
    const hours = rng.int(16, 40);
    const rate = rng.amount(13.7, 16.5);
    const gross = Math.round(hours * rate * 100) / 100;
    const holiday = Math.round(gross * 0.08 * 100) / 100;
    const tax = Math.round((gross + holiday) * rng.amount(0.06, 0.14) * 100) / 100;
    const pension = rng.chance(0.6) ? Math.round(gross * 0.031 * 100) / 100 : 0;
    const net = gross + holiday - tax - pension;
    const w = [34, 12];
    return [
      [
        `${agency} - كشف الراتب / Loonstrook`,
        `الأسبوع (week) ${week} - ${c.date.getUTCFullYear()}`,
        '',
        `اسم الموظف: ${c.p.name}`,
        ...(c.show.bsn ? [`BSN / sofinummer: ${fmtBsn(c.p.bsn, rng)}`] : []),
        ...(c.show.birthDate ? [`تاريخ الميلاد: ${fmtIso(c.p.birthDate, 'dmy')}`] : []),
        `مكان العمل: ${rng.pick(EMPLOYERS)}`,
        `رقم الموظف: ${rng.digits(6)}`,
        '',
        row(['البند', 'المبلغ €'], w),
        row([`ساعات عادية (${hours} × ${money(rate)})`, money(gross)], w),
        row(['بدل عطلة 8% (vakantiegeld)', money(holiday)], w),
        ...(pension ? [row(['تقاعد (pensioen StiPP)', `-${money(pension)}`], w)] : []),
        row(['ضريبة الأجور (loonheffing)', `-${money(tax)}`], w),
        '-'.repeat(47),
        row(['الصافي للدفع (netto)', money(net)], w),
        '',
        `يحوّل إلى الحساب: ${ibanText(c.p.iban, rng)}`,
        rng.pick(['هذا الكشف مترجم للتسهيل فقط، النص الهولندي هو المعتمد.', 'للاستفسار: راجع مكتب الوكالة أو تطبيق الموظفين.']),
      ],
    ];
  },
};

const arGulfSalary: Template = {
  id: 'payslip.ar.qaseemat-ratib-khaleej',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const [company, unit] = rng.pick([
      ['شركة الواحة للمقاولات ذ.م.م - دبي', 'درهم إماراتي'],
      ['مؤسسة النخبة للتجارة - الرياض', 'ريال سعودي'],
      ['مطعم ليالي الشام - الدوحة', 'ريال قطري'],
    ] as const);
    const basic = rng.int(2500, 6000);
    const housing = rng.int(500, 1500);
    const transport = rng.int(200, 600);
    const deduct = rng.int(0, 400);
    const m = c.date.getUTCMonth() + 1;
    return [
      [
        company,
        'قسم الموارد البشرية',
        '',
        `قسيمة راتب عن شهر ${arNum(m)} / ${arNum(c.date.getUTCFullYear())}`,
        '',
        `اسم الموظف: ${c.p.name}`,
        `المسمى الوظيفي: ${rng.pick(['عامل مستودع', 'سائق', 'مساعد طباخ', 'محاسب', 'فني كهرباء'])}`,
        `الرقم الوظيفي: ${arNum(rng.digits(4))}`,
        '',
        `الراتب الأساسي ............ ${arNum(basic)} ${unit}`,
        `بدل سكن ................... ${arNum(housing)} ${unit}`,
        `بدل مواصلات ............... ${arNum(transport)} ${unit}`,
        `خصومات (غياب / سلفة) ...... ${arNum(deduct)} ${unit}`,
        `صافي الراتب ............... ${arNum(basic + housing + transport - deduct)} ${unit}`,
        '',
        rng.pick(['تم التحويل إلى حساب الموظف عبر نظام حماية الأجور.', 'صرف نقداً - توقيع الموظف بالاستلام: ________']),
        `المحاسب: ${rng.pick(['أحمد سليمان', 'منى الكردي', 'خالد يوسف'])}`,
      ],
    ];
  },
};

const arCashWageNote: Template = {
  id: 'payslip.ar.wasl-ujra-yadawi',
  type: 'payslip',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['مطعم الياسمين', 'فرن الشام', 'سوبرماركت البركة', 'Kapsalon Sham', 'Shawarma Aleppo']);
    const hours = rng.int(8, 30);
    const rate = rng.pick([12.5, 13, 13.5, 14]);
    return [
      [
        `${shop} - ${c.org.city}`,
        '',
        'وصل أجر',
        '',
        `أنا صاحب المحل أشهد أن ${c.p.name} اشتغل${he(c, '', 'ت')} عندي في شهر ${rng.int(1, 12)} عدد ${hours} ساعة`,
        `سعر الساعة ${String(rate).replace('.', ',')} يورو. المجموع ${money(hours * rate)} يورو بروتو.`,
        ...(c.show.bsn ? [`BSN: ${c.p.bsn}`] : []),
        rng.pick(['الراتب انحول عالبنك.', 'الراتب دفعته كاش.', 'الراتب يندفع آخر الشهر.']),
        '',
        `التاريخ ${fmtDate(c.date, 'slash')}`,
        'التوقيع والختم',
      ],
    ];
  },
};

// --- bank statements -------------------------------------------------------------------------

const arMoroccanBank: Template = {
  id: 'bank_statement.ar.kashf-hisab-maghrib',
  type: 'bank_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const bank = rng.pick(['التجاري وفا بنك - Attijariwafa bank', 'البنك الشعبي - Banque Populaire', 'مصرف CIH Bank']);
    let bal = rng.amount(200, 30000);
    const start = bal;
    const from = past(c, 30, 40);
    const rows: string[] = [];
    const kinds = [
      ['تحويل وارد من هولندا', 1],
      ['سحب من الشباك الآلي GAB', -1],
      ['اقتطاع رسوم مسك الحساب', -1],
      ['أداء فاتورة الماء والكهرباء', -1],
      ['إيداع نقدي', 1],
      ['تحويل إلى حساب الوالدة', -1],
    ] as const;
    for (let i = 0; i < rng.int(5, 11); i++) {
      const [label, sign] = rng.pick(kinds);
      const amt = rng.amount(50, 2500);
      bal += sign * amt;
      rows.push(
        `${fmtDate(addDays(from, i * 3), 'slash')}  ${label.padEnd(30)} ${sign < 0 ? madFmt(amt).padStart(11) : ''.padStart(11)} ${sign > 0 ? madFmt(amt).padStart(11) : ''.padStart(11)}`,
      );
    }
    return [
      [
        bank,
        `وكالة ${rng.pick(MA_CITIES)}`,
        '',
        'كشف الحساب - Relevé de compte',
        `صاحب الحساب: ${c.p.name}`,
        `رقم الحساب: ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(16)} ${rng.digits(2)}`,
        `الفترة: من ${fmtDate(from, 'slash')} إلى ${fmtDate(c.date, 'slash')}`,
        `العملة: درهم مغربي (MAD)`,
        '',
        'التاريخ      البيان                            مدين        دائن',
        ...rows,
        '',
        `الرصيد السابق: ${madFmt(start)}`,
        `الرصيد الجديد: ${madFmt(bal)}`,
        '',
        'يرجى التحقق من العمليات وإبلاغ الوكالة عن أي خطأ داخل أجل 30 يوماً.',
      ],
    ];
  },
};

const arSyrianBank: Template = {
  id: 'bank_statement.ar.masraf-souri',
  type: 'bank_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    let bal = rng.int(200000, 9000000);
    const lines: string[] = [];
    for (let i = 0; i < rng.int(3, 7); i++) {
      const amt = rng.int(10000, 900000);
      const inn = rng.chance(0.5);
      bal += inn ? amt : -amt;
      lines.push(
        `${arNum(fmtDate(past(c, 5, 90), 'slash'))}   ${rng.pick(inn ? ['إيداع', 'حوالة واردة', 'فوائد'] : ['سحب نقدي', 'حوالة صادرة', 'عمولة'])}   ${arNum(amt.toLocaleString('en-US'))}`,
      );
    }
    return [
      [
        rng.pick(['المصرف التجاري السوري', 'مصرف التسليف الشعبي', 'بنك بيمو السعودي الفرنسي']),
        `فرع ${rng.pick(SY_CITIES)}`,
        '',
        'بيان حساب',
        `اسم العميل: ${c.p.name}`,
        ...(c.show.birthDate ? [`تاريخ الولادة: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `رقم الحساب: ${arNum(rng.digits(10))}`,
        'نوع الحساب: جاري - ليرة سورية',
        '',
        ...lines,
        '',
        `الرصيد بتاريخه: ${arNum(bal.toLocaleString('en-US'))} ل.س`,
        '',
        'يعطى هذا البيان بناءً على طلب صاحب العلاقة دون أدنى مسؤولية على المصرف.',
        'الختم والتوقيع',
      ],
    ];
  },
};

const arTransferHistory: Template = {
  id: 'bank_statement.ar.sijil-tahweelat',
  type: 'bank_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const lines: string[] = [];
    for (let i = 0; i < rng.int(3, 8); i++) {
      const d = past(c, 3, 120);
      lines.push(
        `${fmtDate(d, 'iso')}  ${money(rng.amount(50, 400)).padStart(8)} EUR → ${rng.pick(['دمشق', 'بغداد', 'الناظور', 'إسطنبول', 'أربيل'])}  المستلم: ${rng.pick(['الوالدة', 'أخي', 'أختي', 'ابن عمي'])}  ${rng.pick(['مكتمل', 'مكتمل', 'ملغى'])}`,
      );
    }
    return [
      [
        `${rng.pick(['سجل التحويلات', 'كشف العمليات', 'تاريخ المعاملات'])} - ${rng.pick(['Ria', 'WorldRemit', 'Western Union', 'Wise'])}`,
        `${fmtDate(c.date, 'dmy')} ${clock(c, 8, 22)}`,
        '',
        `الحساب: ${c.p.name}`,
        `البريد الإلكتروني: ${mailName(c)}@gmail.com`,
        `مصدر الدفع: ${ibanText(c.p.iban, rng)}`,
        '',
        ...lines,
        '',
        'الرسوم مشمولة في المبلغ. سعر الصرف حسب يوم التحويل.',
      ],
    ];
  },
};

// --- change notices --------------------------------------------------------------------------

const arMovedNote: Template = {
  id: 'change_form.ar.intaqalt-yadawi',
  type: 'change_form',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.p.name}`,
        ...ids(c, rng.chance(0.5) ? AR_MIXED : AR_PLAIN),
        '',
        rng.pick(['إلى البلدية', `إلى ${c.org.name}`, 'Aan gemeente - Werk en Inkomen']),
        '',
        ...paras(
          60,
          one(
            rng,
            `مرحبا، بدي خبركم إني غيرت البيت. من ${fmtDate(past(c, 1, 20), 'dmy')} صرت ساكن${he(c, '', 'ة')} ب ${c.p.street} ${c.p.houseNumber} ${c.p.postcode} ${c.p.city}.`,
            `أخبركم أنني انتقلت إلى عنوان جديد: ${c.p.street} ${c.p.houseNumber}، ${c.p.city}. الانتقال كان بتاريخ ${fmtDate(past(c, 1, 20), 'slash')}.`,
            `أنا نقلت السكن. العنوان الجديد ${c.p.street} ${c.p.houseNumber}. الإيجار الجديد ${money(rng.amount(550, 900))} يورو.`,
          ),
          rng.chance(0.5) &&
            one(rng, 'عقد الإيجار الجديد مرفق مع الرسالة.', 'سجلت بالعنوان الجديد عند البلدية (BRP).', 'أنا ساكن لحالي ما في حدا معي.'),
        ),
        '',
        rng.pick(['شكراً', 'شكرا لكم', 'مع الشكر']),
        c.p.firstName,
      ],
    ];
  },
};

const arDarijaWhatsapp: Template = {
  id: 'change_form.ar.darija-whatsapp',
  type: 'change_form',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const t = clock(c, 9, 21);
    const msg = one(
      rng,
      `السلام عليكم، بغيت نعلمكم بلي ${he(c, 'مراتي', 'راجلي')} بدا${he(c, 'ت', '')} الخدمة ف ${rng.pick(EMPLOYERS)} من ${fmtDate(past(c, 2, 25), 'dmy')}. ${rng.int(20, 32)} ساعة فالسيمانة. غادي نصيفط لكم la loonstrook ملي توصلنا.`,
      `سلام، ولدي الكبير كمل 18 عام ودابا كيخدم شوية ف Albert Heijn. واش خاصني نعلمكم؟ وشنو خاصني نصيفط؟`,
      `السلام عليكم، بنتي مشات تسكن بوحدها ف ${rng.pick(['أوتريخت', 'روتردام', 'أمستردام'])} من الشهر اللي فات. دابا أنا بوحدي فالدار.`,
      `سلام عليكم، بديت خدمة جديدة بالساعات عن طريق ${rng.pick(STAFFING)}. هاد الشهر خدمت ${rng.int(30, 90)} ساعة. عافاكم قولو لي شنو ندير باش ما يوقعش مشكل مع l'uitkering.`,
    );
    return [
      [
        `WhatsApp - ${c.p.name}`,
        `${fmtDate(c.date, 'slash')}`,
        '',
        `[${t}] ${c.p.firstName}: ${msg}`,
        ...(c.show.clientNumber && c.p.clientNumber ? [`[${t}] ${c.p.firstName}: رقمي ${c.p.clientNumber}`] : []),
        ...maybe(rng, 0.6, () => [
          `[${clock(c, 9, 17)}] Gemeente ${c.org.city}: Dank u, wij geven dit door aan uw consulent. شكراً، سننقل رسالتك إلى المستشار.`,
        ]),
      ],
    ];
  },
};

const arVolunteerReunification: Template = {
  id: 'change_form.ar.mutatawwia-lam-shamel',
  type: 'change_form',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const kids = rng.int(1, 5);
    const vol = c.r;
    return [
      [
        rng.pick(['VluchtelingenWerk - مكتب الدعم الاجتماعي', 'جمعية الجسر للقادمين الجدد', 'Stichting Present - فريق المتطوعين']),
        '',
        `${c.org.name} - Werk en Inkomen`,
        c.org.postbus,
        '',
        `${c.org.city}، ${fmtDate(c.date, 'long')}`,
        'الموضوع: إبلاغ عن تغيير في تركيبة الأسرة (gezinshereniging)',
        '',
        ...paras(
          82,
          `أكتب إليكم بصفتي متطوعاً يرافق السيد/السيدة ${c.p.name} ${c.show.birthDate ? `(مواليد ${fmtIso(c.p.birthDate, 'dmy')})` : ''}، وبموافقته${he(c, '', 'ا')}.`,
          `وصلت عائلة ${he(c, 'موكّلي', 'موكّلتي')} إلى هولندا بتاريخ ${fmtDate(past(c, 3, 30), 'dmy')} عن طريق لمّ الشمل: ${he(c, 'الزوجة', 'الزوج')} و${arNum(kids)} ${kids === 1 ? 'طفل' : 'أطفال'}. جميعهم يسكنون الآن في العنوان نفسه.`,
          one(
            rng,
            'نرجو تعديل المساعدة من معيار الشخص الأعزب إلى معيار الأسرة، وإعلامنا بالوثائق المطلوبة.',
            'نطلب تحويل الإعانة إلى إعانة للزوجين ابتداءً من تاريخ الوصول، وتقديم سلفة إن أمكن لأن المصاريف ارتفعت كثيراً.',
          ),
        ),
        '',
        ...ids(c, AR_MIXED),
        '',
        'مع التحية،',
        `${vol.name} (متطوع${vol.gender === 'f' ? 'ة' : ''})`,
        `هاتف: ${vol.phone}`,
      ],
    ];
  },
};

const arOnlineChangeForm: Template = {
  id: 'change_form.ar.namudhaj-online',
  type: 'change_form',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const choice = rng.int(0, 3);
    const box = (i: number) => (i === choice ? '[x]' : '[ ]');
    return [
      [
        `https://www.${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl/wijzigingen-doorgeven?lang=ar    ${fmtDate(c.date, 'dmy')}`,
        '',
        'الإبلاغ عن تغيير - Wijziging doorgeven',
        '',
        `الاسم الكامل: ${c.p.name}`,
        ...ids(c, AR_MIXED),
        `رقم الهاتف: ${c.p.phone}`,
        '',
        'ما نوع التغيير؟',
        `${box(0)} دخل من عمل`,
        `${box(1)} تغيير العنوان`,
        `${box(2)} شخص انتقل للسكن معي / غادر السكن`,
        `${box(3)} تغيير في الحساب البنكي`,
        '',
        `تاريخ التغيير: ${fmtDate(past(c, 1, 30), 'dmy')}`,
        `شرح: ${
          [
            `بدأت العمل ${rng.int(8, 24)} ساعة في الأسبوع`,
            'عنوان جديد بسبب تجديد البيت',
            `${c.q.firstName} ${rng.pick(['انتقل للسكن معي', 'غادر البيت'])}`,
            `حساب جديد: ${ibanText(c.p.iban, rng)}`,
          ][choice]
        }`,
        '',
        '[x] أصرّح بأن المعلومات صحيحة وكاملة.',
        `أُرسل في ${fmtDate(c.date, 'dmy')} الساعة ${clock(c, 8, 23)} - رقم الإرسال ${rng.letters(3)}${rng.digits(6)}`,
      ],
    ];
  },
};

// --- benefit applications --------------------------------------------------------------------

const arSyrianApplication: Template = {
  id: 'benefit_application.ar.shami-bidi-mosaade',
  type: 'benefit_application',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `مرحبا`,
        '',
        ...paras(
          55,
          `انا اسمي ${c.p.name}. ${one(rng, 'طلعت من الكامب (AZC) وأخدت بيت هون', 'كنت شغال بمعمل والعقد خلص', 'تطلقت من زوجي وطلعت من البيت مع الولاد')} وهلأ ما عندي ولا مصاري.`,
          one(
            rng,
            'بدي قدم على مساعدة (bijstand) لأنو ما عندي دخل ابداً. الايجار لازم ادفعو أول الشهر.',
            'بدي مساعدة للعيشة لحتى لاقي شغل. عم دور بس لساتني ما لقيت.',
            'بدي اطلب مساعدة شهرية. الولاد صغار وما بقدر اشتغل دوام كامل.',
          ),
          rng.chance(0.5) && 'اذا بتقدرو تعطوني سلفة هالاسبوع ما عندي شي بالبراد.',
          'بحكي عربي بس، ارجو يكون في مترجم بالموعد.',
        ),
        '',
        ...ids(c, AR_MIXED, ' '),
        `تلفون ${c.p.phone}`,
        c.p.firstName,
      ],
    ];
  },
};

const arSocialWorkerApplication: Template = {
  id: 'benefit_application.ar.email-bahith-ijtimai',
  type: 'benefit_application',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const w = c.r;
    return [
      [
        `من: ${w.firstName} ${w.lastName} <${w.firstName.toLowerCase()}@${rng.pick(['wijkteam', 'welzijnwerk', 'socialraadslieden'])}.nl>`,
        `إلى: intake@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `التاريخ: ${fmtDate(c.date, 'dmy')} ${clock(c, 8, 17)}`,
        `الموضوع: ${rng.pick(['Aanvraag bijstand - طلب مساعدة لعائلة عراقية', 'طلب إعانة معيشة نيابة عن عميل', 'Melding aanvraag levensonderhoud'])}`,
        '',
        'تحية طيبة،',
        '',
        ...paras(
          85,
          `أعمل ${w.gender === 'f' ? 'مرشدة اجتماعية' : 'مرشداً اجتماعياً'} في فريق الحي، وأراسلكم باللغة العربية بطلب من ${he(c, 'السيد', 'السيدة')} ${c.p.name} القادم${he(c, '', 'ة')} من ${rng.pick(IQ_CITIES)}، ${he(c, 'لأنه يفضّل', 'لأنها تفضّل')} أن ${he(c, 'يفهم', 'تفهم')} ما يُكتب باسم${he(c, 'ه', 'ها')}.`,
          one(
            rng,
            `${he(c, 'فقد', 'فقدت')} عمله في ${rng.pick(EMPLOYERS)} بعد انتهاء العقد، وطلب إعانة البطالة من UWV رُفض لأن مدة العمل غير كافية.`,
            `انفصل${he(c, '', 'ت')} عن ${he(c, 'زوجته', 'زوجها')} قبل شهرين ويسكن الآن في غرفة مؤقتة عند أقارب، بلا أي دخل.`,
            `${he(c, 'كان يعمل', 'كانت تعمل')} لحسابه الخاص في توصيل الطلبات وتوقف النشاط، ولا يملك مدخرات.`,
          ),
          'نطلب تسجيل طلب المساعدة الاجتماعية (bijstand) من تاريخ اليوم، وتحديد موعد مقابلة مع مترجم.',
          ...ids(c, AR_MIXED),
        ),
        '',
        'مع الشكر والتقدير،',
        w.name,
      ],
    ];
  },
};

const arApplicationForm: Template = {
  id: 'benefit_application.ar.istimara-talab',
  type: 'benefit_application',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const val = (b: boolean) => (b ? 'نعم' : 'لا');
    return [
      [
        `${c.org.name}`,
        'استمارة طلب مساعدة اجتماعية (نسخة مترجمة - Aanvraagformulier Participatiewet)',
        '',
        '١. بيانات مقدم الطلب',
        `   الاسم: ${c.p.name}`,
        `   العنوان: ${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}`,
        `   الرقم الشخصي BSN: ${c.show.bsn ? fmtBsn(c.p.bsn, rng) : '.................'}`,
        `   تاريخ الميلاد: ${c.show.birthDate ? fmtIso(c.p.birthDate, 'dmy') : '..../..../......'}`,
        `   الحالة الاجتماعية: ${rng.pick(['أعزب', 'متزوج', 'مطلق', 'أرمل'])}`,
        '',
        '٢. الوضع المالي',
        `   هل لديك دخل حالياً؟  ${val(rng.chance(0.2))}`,
        `   هل تملك سيارة؟  ${val(rng.chance(0.2))}`,
        `   رصيد الحساب البنكي: ${money(rng.amount(0, 900))} €`,
        `   رقم الحساب: ${ibanText(c.p.iban, rng)}`,
        '',
        '٣. السكن',
        `   ${rng.pick(['مستأجر من شركة إسكان', 'أسكن عند عائلتي', 'غرفة عند شخص خاص'])} - الإيجار: ${money(rng.amount(300, 950))} €`,
        '',
        '٤. تاريخ بدء المساعدة المطلوب: ' + fmtDate(c.date, 'dmy'),
        '',
        'أقرّ بأن جميع المعلومات صحيحة.',
        `التوقيع: ${c.p.firstName[0]}. ${c.p.lastName}          التاريخ: ${fmtDate(c.date, 'slash')}`,
      ],
    ];
  },
};

// --- objections ------------------------------------------------------------------------------

const arAngryObjection: Template = {
  id: 'objection.ar.ana-muitarid-yadawi',
  type: 'objection',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const amount = money(rng.amount(250, 5000));
    return [
      [
        c.p.name,
        ...ids(c, AR_MIXED, ' '),
        '',
        rng.pick(['BEZWAAR !!', 'اعتراض', 'أنا معترض على الرسالة']),
        '',
        ...paras(
          50,
          one(
            rng,
            `وصلتني رسالة إنو لازم رجّع ${amount} يورو. ليش؟ أنا ما عملت شي غلط. كل شي خبرت فيه الموظفة.`,
            `وقفتو المساعدة هالشهر بدون ما تحكوا معي. عندي ولاد وإيجار. هاد ظلم.`,
            `والله ما عرفت إنو لازم خبركم عن المصاري اللي بعتلي ياها أخي. هي مو دخل، هي دين ورح رجعها.`,
            `كتبتو إنو ساكن معي حدا. هاد مو صحيح، ابن عمي بس كان عم يزورني أسبوع.`,
          ),
          one(rng, 'أنا معترض وبدي تلغو القرار.', 'بدي اعتراض (bezwaar) وبدي احكي مع حدا مسؤول.', 'أرجوكم شوفو الملف مرة تانية.'),
        ),
        '',
        fmtDate(c.date, 'dmy'),
        rng.pick(['توقيع: ___', c.p.firstName, `${c.p.firstName} ${c.p.lastName[0]}.`]),
      ],
    ];
  },
};

const arFormalObjection: Template = {
  id: 'objection.ar.mudhakkira-itirad',
  type: 'objection',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const decisionDate = past(c, 10, 40);
    const topic = rng.pick([
      'استرداد المساعدة المدفوعة (terugvordering)',
      'تطبيق معيار تقاسم التكاليف (kostendelersnorm)',
      'رفض المساعدة الخاصة (bijzondere bijstand) لشراء غسالة',
      'فرض غرامة (boete) بسبب عدم الإبلاغ',
      'خفض المساعدة بنسبة 20٪ لمدة شهر',
    ]);
    return paginate(
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, AR_PLAIN),
        '',
        `إلى: ${c.org.name} - لجنة الاعتراضات (Bezwaarschriftencommissie)`,
        c.org.postbus,
        '',
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        `الموضوع: مذكرة اعتراض على القرار المؤرخ في ${fmtDate(decisionDate, 'dmy')}`,
        rng.chance(0.5) ? `رقم القرار: ${rng.digits(2)}/${rng.digits(6)}` : '',
        '',
        'السادة أعضاء اللجنة المحترمون،',
        '',
        ...paras(
          85,
          `أتقدم بهذه المذكرة للاعتراض على قراركم المتعلق بـ${topic}، وذلك ضمن المهلة القانونية البالغة ستة أسابيع.`,
          'أسباب الاعتراض:',
          `أولاً: لم تُتح لي فرصة لشرح وضعي قبل صدور القرار، ولم يُستعن بمترجم في المقابلة التي جرت بتاريخ ${fmtDate(past(c, 45, 90), 'dmy')}.`,
          one(
            rng,
            'ثانياً: المبالغ التي اعتبرتموها دخلاً هي قرض عائلي موثق، وقد أرفقت ما يثبت ذلك.',
            'ثانياً: الشخص المذكور في القرار لا يسكن معي، وإنما عنوانه البريدي فقط مسجل لديّ مؤقتاً.',
            'ثانياً: حالتي الصحية تمنعني من أداء الالتزامات المطلوبة، وهذا معروف لدى طبيبي العام.',
          ),
          'ثالثاً: القرار يسبب لي ولأسرتي ضرراً كبيراً لا يتناسب مع ما نُسب إليّ.',
          'لذلك ألتمس إلغاء القرار المذكور، والاستماع إليّ شفهياً بحضور مترجم، وتأجيل التحصيل إلى حين البت في الاعتراض.',
          'المرفقات: نسخة من القرار، كشوف الحساب، رسالة من الطبيب.',
        ),
        '',
        'وتفضلوا بقبول فائق الاحترام،',
        '',
        c.p.name,
        '(التوقيع)',
      ],
      rng.int(40, 60),
      (p, t) => (t > 1 ? [`الصفحة ${p} من ${t}`] : []),
    );
  },
};

const arEmailObjection: Template = {
  id: 'objection.ar.email-qasir',
  type: 'objection',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${mailName(c)}@hotmail.com`,
        `To: bezwaar@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Date: ${fmtDate(c.date, 'dmy')} ${clock(c, 7, 23)}`,
        `Subject: ${rng.pick(['bezwaar', 'Bezwaar brief', 'اعتراض bezwaar maken'])}`,
        '',
        rng.pick(['السلام عليكم', 'مرحبا', 'Goedendag']),
        '',
        ...paras(
          70,
          `ما بوافق على قرار ${rng.pick(['وقف المساعدة', 'خصم المصاري', 'الغرامة', 'رفض طلبي'])} اللي وصلني بتاريخ ${fmtDate(past(c, 3, 30), 'dmy')}.`,
          rng.chance(0.5)
            ? 'أنا بعتت كل الأوراق بالوقت، عندي صورة من الإيصال.'
            : 'ما فهمت الرسالة منيح لأنها بالهولندي بس الموظف قلي لازم اعمل اعتراض.',
          'لو سمحتو اعتبروا هاد الإيميل اعتراض رسمي.',
        ),
        ...ids(c, AR_MIXED),
        '',
        c.p.name,
        'Verzonden vanaf mijn iPhone',
      ],
    ];
  },
};

// --- complaints ------------------------------------------------------------------------------

const arDeskComplaint: Template = {
  id: 'complaint.ar.shakwa-maamala',
  type: 'complaint',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    return [
      [
        'إلى مسؤول الشكاوى (klachten)',
        '',
        ...paras(
          55,
          `يوم ${fmtDate(past(c, 2, 15), 'dmy')} رحت عالبلدية عند الكاونتر (balie). الموظف${rng.pick(['', 'ة'])} حكى معي بطريقة ما فيها احترام، وصار يعلي صوتو قدام الناس.`,
          one(
            rng,
            'قالي روح ما عنا وقت إلك. أنا بس كنت بدي اسأل عن رسالة.',
            'لما طلبت مترجم ضحك وقال هون هولندا لازم تحكي هولندي.',
            'استنيت ساعتين وبالأخر قالولي ارجع بكرا.',
          ),
          'أنا ما بدي مشاكل بس بدي يعاملوني متل باقي الناس. بدي تشوفو هالموضوع.',
        ),
        '',
        c.p.name,
        ...ids(c, AR_MIXED, ' '),
        c.p.phone,
      ],
    ];
  },
};

const arInterpreterComplaint: Template = {
  id: 'complaint.ar.email-tarjama-taakhir',
  type: 'complaint',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `من: ${c.p.name} <${mailName(c)}@outlook.com>`,
        `إلى: klachten@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `الموضوع: شكوى رسمية - Klacht`,
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        '',
        'حضرات المسؤولين المحترمين،',
        '',
        ...paras(
          80,
          'أتقدم بشكوى رسمية بخصوص طريقة التعامل مع ملفي في قسم العمل والدخل.',
          one(
            rng,
            `منذ ${arNum(rng.int(3, 8))} أسابيع أتصل بمستشاري ${c.r.gender === 'f' ? 'السيدة' : 'السيد'} ${c.r.lastName} ولا أحد يرد، وأرسلت ثلاث رسائل إلكترونية دون جواب.`,
            `تأخر صرف المساعدة لهذا الشهر ${arNum(rng.int(8, 20))} يوماً دون أي إشعار، واضطررت إلى الاقتراض لدفع الإيجار.`,
            'في الموعد الأخير لم يُحضروا مترجماً رغم أنني طلبت ذلك كتابياً، فوقّعت على ورقة لم أفهم محتواها.',
          ),
          'هذا ليس اعتراضاً على قرار، بل شكوى على سلوك الموظفين وعلى الإهمال. أرجو الرد كتابياً وبالعربية إن أمكن.',
        ),
        ...ids(c, AR_MIXED),
        '',
        'مع الاحترام،',
        c.p.name,
      ],
    ];
  },
};

const arDarijaComplaint: Template = {
  id: 'complaint.ar.chikaya-darija',
  type: 'complaint',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        'شكاية',
        '',
        ...paras(
          48,
          `أنا ${c.p.name}، ${one(rng, 'بغيت ندير شكاية على الموظفة ديالي', 'عندي شكاية على الطريقة اللي كيعاملوني بيها', 'كنشكي على المكتب ديال الخدمة')}.`,
          one(
            rng,
            'كل مرة كنعيط كيقولو ليا غادي نعيطو ليك ومكيعيطو والو. شهر هادي وأنا كنتسنى.',
            'الموظفة قالت ليا قدام الناس بلي أنا كنكذب. حشمت بزاف.',
            'ضيعو ليا الأوراق جوج مرات وقالو ليا أنا اللي ما صيفطتهمش.',
          ),
          'عافاكم شوفو هاد المشكل. شكرا.',
        ),
        ...ids(c, AR_MIXED, ' '),
        fmtDate(c.date, 'slash'),
      ],
    ];
  },
};

// --- court documents -------------------------------------------------------------------------

const arMoroccanJudgment: Template = {
  id: 'court_document.ar.hukm-nafaqa-maghrib',
  type: 'court_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(MA_CITIES);
    const nafaqa = rng.int(600, 2500);
    return paginate(
      [
        'المملكة المغربية',
        'وزارة العدل',
        `المحكمة الابتدائية ب${city}`,
        'قسم قضاء الأسرة',
        '',
        `ملف رقم: ${rng.int(100, 2999)}/1611/${c.date.getUTCFullYear() - rng.int(0, 2)}`,
        `حكم رقم: ${rng.int(100, 4000)}`,
        `بتاريخ: ${fmtDate(past(c, 30, 400), 'slash')}`,
        '',
        'باسم جلالة الملك وطبقاً للقانون',
        '',
        `أصدرت المحكمة الابتدائية ب${city} وهي تبت في قضايا الأسرة الحكم الآتي نصه:`,
        '',
        `بين: ${c.p.name}${c.show.birthDate ? `، المزداد(ة) بتاريخ ${fmtIso(c.p.birthDate, 'slash')}` : ''}، الساكن(ة) بهولندا، ${c.p.city}`,
        'بصفته(ا) مدعياً(ة) من جهة،',
        `وبين: ${c.q.name}، الساكن(ة) ب${city}، بصفته(ا) مدعى عليه(ا) من جهة أخرى.`,
        '',
        'الوقائع:',
        ...paras(
          85,
          `بناءً على المقال الافتتاحي المودع بكتابة الضبط، والذي يلتمس فيه المدعي(ة) ${rng.pick(['الحكم بالتطليق للشقاق', 'تحديد النفقة للأبناء', 'إسناد الحضانة'])}،`,
          'وبعد الاطلاع على مستنتجات النيابة العامة، وبعد المداولة طبقاً للقانون،',
        ),
        '',
        'لهذه الأسباب:',
        ...paras(
          85,
          `حكمت المحكمة علنياً ابتدائياً وحضورياً ${rng.pick(['بتطليق الطرفين طلقة بائنة للشقاق', 'بإسناد حضانة الأبناء إلى الأم', 'بأداء المدعى عليه نفقة الأبناء'])}، وبتحديد واجب النفقة في مبلغ ${arNum(nafaqa)} درهم شهرياً ابتداءً من تاريخ رفع الدعوى، مع الصائر.`,
        ),
        '',
        'الرئيس                         كاتب الضبط',
        '',
        rng.chance(0.6) ? `ترجمة محلفة إلى الهولندية مرفقة - Beëdigd vertaler nr. ${rng.digits(5)}` : 'نسخة طبق الأصل',
      ],
      rng.int(34, 60),
    );
  },
};

const arSyrianCourt: Template = {
  id: 'court_document.ar.mahkama-sharia-souria',
  type: 'court_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        'الجمهورية العربية السورية',
        'وزارة العدل',
        `المحكمة الشرعية ب${rng.pick(SY_CITIES)} - الغرفة ${arNum(rng.int(1, 6))}`,
        '',
        `أساس: ${arNum(rng.int(100, 9999))}    قرار: ${arNum(rng.int(100, 9999))}    تاريخ: ${arNum(fmtDate(past(c, 60, 900), 'slash'))}`,
        '',
        'صك ' + rng.pick(['طلاق', 'مخالعة', 'حصر إرث', 'تثبيت زواج']),
        '',
        ...paras(
          85,
          `لدى المحكمة الشرعية المؤلفة من القاضي الشرعي السيد ${rng.pick(['محمد الأحمد', 'عبد الرحمن الحسين', 'ياسر الشامي'])}، وبحضور المعتمد،`,
          `حضر المدعي${he(c, '', 'ة')} ${c.p.name} وكالةً عنه المحامي ${rng.pick(['فادي العلي', 'سهى الزعبي', 'مازن قباني'])} بموجب الوكالة المصدقة، وادعى على ${c.q.name}.`,
          'وبعد الاستماع إلى أقوال الطرفين والشهود وتدقيق الأوراق، ولتوفر الأسباب الموجبة،',
          `قررت المحكمة ${rng.pick(['تثبيت الطلاق الواقع بين الطرفين', 'تثبيت المخالعة على أن تبرئ الزوجة ذمة الزوج من المهر', 'حصر إرث المتوفى بالورثة المذكورين أدناه', 'تثبيت عقد الزواج وتسجيله أصولاً'])}.`,
          'قراراً قابلاً للطعن بطريق النقض، صدر وأفهم علناً.',
        ),
        '',
        'القاضي الشرعي                  الكاتب',
        '',
        'مصدق من وزارة الخارجية والمغتربين',
      ],
    ];
  },
};

const arAppealToCourt: Template = {
  id: 'court_document.ar.istinaf-mahkama-idaria',
  type: 'court_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const court = rng.pick(['Rechtbank Gelderland', 'Rechtbank Midden-Nederland', 'Rechtbank Oost-Brabant', 'Rechtbank Den Haag']);
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}`,
        ...ids(c, AR_MIXED),
        '',
        `إلى: ${court} - القسم الإداري (sector bestuursrecht)`,
        '',
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        'الموضوع: طعن أمام المحكمة (beroepschrift)',
        '',
        ...paras(
          82,
          `أطعن أمام المحكمة في قرار ${c.org.name} الصادر بتاريخ ${fmtDate(past(c, 10, 40), 'dmy')} بشأن اعتراضي (beslissing op bezwaar).`,
          'البلدية رفضت اعتراضي دون أن تأخذ بعين الاعتبار الأدلة التي قدمتها، ولم تستمع إليّ بحضور مترجم.',
          'أطلب من المحكمة إلغاء القرار، وإلزام البلدية بدفع رسوم الدعوى (griffierecht). وضعي المالي لا يسمح لي بدفع الرسوم كاملة وأطلب إعفائي منها.',
          rng.chance(0.5) && `محاميّ: ${rng.pick(['mr. A. Bouzian', 'mr. S. Yilmaz', 'mr. E. de Vries'])}، سيرسل الأسباب التفصيلية لاحقاً.`,
          'المرفقات: القرار على الاعتراض، رسالة الاعتراض.',
        ),
        '',
        'مع الاحترام،',
        c.p.name,
      ],
    ];
  },
};

// --- UWV decisions ---------------------------------------------------------------------------

const arUwvTranslation: Template = {
  id: 'uwv_decision.ar.tarjamat-qarar-uwv',
  type: 'uwv_decision',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick([
      ['إعانة البطالة (WW)', `نمنحك إعانة البطالة ابتداءً من ${fmtDate(past(c, 5, 30), 'dmy')} لمدة ${arNum(rng.int(3, 12))} أشهر.`],
      ['إعانة البطالة (WW)', 'لا تحصل على إعانة البطالة لأنك لم تعمل 26 أسبوعاً على الأقل من آخر 36 أسبوعاً.'],
      [
        'إعانة المرض (Ziektewet)',
        `تنتهي إعانة المرض بتاريخ ${fmtDate(ahead(c, 10, 40), 'dmy')} لأن الطبيب المعتمد يرى أنك قادر على العمل.`,
      ],
      ['إعانة العجز (WIA)', 'نسبة فقدان الدخل لديك أقل من 35٪، لذلك لا تحصل على إعانة WIA.'],
    ] as const);
    return [
      [
        'ترجمة غير رسمية - Onofficiële vertaling',
        '',
        'UWV',
        `قرار بشأن ${kind[0]}`,
        '',
        `التاريخ: ${fmtDate(past(c, 2, 14), 'dmy')}`,
        `الرقم المرجعي: ${rng.digits(9).slice(0, 3)}-${rng.digits(6)}`,
        `إلى: ${c.p.name}`,
        ...ids(c, { bsn: ['الرقم الشخصي (BSN)', 'BSN'], client: ['رقم الملف'], birth: ['تاريخ الميلاد'] }),
        '',
        'القرار',
        ...paras(85, kind[1]),
        '',
        'المبلغ',
        ...paras(85, `يبلغ المبلغ الإجمالي ${money(rng.amount(900, 2400))} يورو شهرياً قبل الضريبة، ويُحوَّل كل شهر إلى حسابك.`),
        '',
        'هل لا توافق؟',
        ...paras(85, 'يمكنك تقديم اعتراض خلال 6 أسابيع من تاريخ هذه الرسالة عبر موقع uwv.nl أو كتابياً.'),
        '',
        `ترجمة: ${rng.pick(['متطوع في مكتب الجمعية', 'خدمة الترجمة في مركز الحي', 'ابن صاحب الرسالة'])}`,
      ],
    ];
  },
};

const arUwvExplainedNote: Template = {
  id: 'uwv_decision.ar.sharh-risala-uwv',
  type: 'uwv_decision',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `ملخص رسالة UWV لـ ${c.p.firstName}`,
        `(رسالة بتاريخ ${fmtDate(past(c, 2, 12), 'dmy')})`,
        '',
        ...paras(
          60,
          one(
            rng,
            `- UWV قرر: الـ WW تبعك بتخلص بتاريخ ${fmtDate(ahead(c, 7, 40), 'dmy')}.`,
            `- UWV رفض طلب الـ WW لأنو انت استقلت من الشغل بنفسك.`,
            `- UWV رح يرجّع منك ${money(rng.amount(150, 1800))} يورو لأنك اشتغلت وما خبرتهم بالساعات.`,
            `- UWV بيقول إنك بتقدر تشتغل 4 ساعات باليوم، وما في WIA.`,
          ),
          '- إذا مانك موافق لازم تعمل اعتراض خلال 6 أسابيع.',
          '- لازم توريها للبلدية (Werk en Inkomen) لأنو بتأثر عالمساعدة.',
        ),
        '',
        ...ids(c, AR_MIXED, ' '),
        `كتبته: ${c.r.firstName} (جارتك)`,
      ],
    ];
  },
};

// --- tax documents ---------------------------------------------------------------------------

const arMoroccanTax: Template = {
  id: 'tax_document.ar.ishaar-daribat-maghrib',
  type: 'tax_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const tax = rng.int(300, 4500);
    const year = c.date.getUTCFullYear() - 1;
    return [
      [
        'المملكة المغربية',
        'وزارة الاقتصاد والمالية',
        'المديرية العامة للضرائب',
        `المديرية الإقليمية ب${rng.pick(MA_CITIES)}`,
        '',
        `إشعار بفرض الضريبة - ${rng.pick(['الرسم المهني', 'رسم السكن', 'الضريبة على الدخل - الدخول العقارية'])}`,
        `برسم سنة ${year}`,
        '',
        `الملزم: ${c.p.name}`,
        `العنوان الجبائي: ${rng.pick(['حي السلام', 'زنقة المسيرة', 'تجزئة النور', 'دوار أولاد علي'])} رقم ${rng.int(1, 200)}، ${rng.pick(MA_CITIES)}`,
        `رقم التعريف الضريبي: ${rng.digits(8)}`,
        `رقم المادة: ${rng.digits(7)}`,
        '',
        `الأساس الخاضع للضريبة: ${madFmt(tax * rng.int(5, 12))} درهم`,
        `مبلغ الضريبة: ${madFmt(tax)} درهم`,
        `تاريخ الاستحقاق: ${fmtDate(ahead(c, 20, 60), 'slash')}`,
        '',
        ...paras(
          85,
          'يجب أداء المبلغ داخل أجل شهرين من تاريخ الإصدار، وإلا ستطبق غرامات وزيادات التأخير طبقاً للمدونة العامة للضرائب.',
          'يمكن الأداء عبر البوابة الإلكترونية www.tax.gov.ma أو لدى قباضة الخزينة العامة.',
        ),
      ],
    ];
  },
};

const arToeslagenSummary: Template = {
  id: 'tax_document.ar.mulakhkhas-toeslagen',
  type: 'tax_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick([
      'بدل الإيجار (huurtoeslag)',
      'بدل التأمين الصحي (zorgtoeslag)',
      'ميزانية الأطفال (kindgebonden budget)',
      'بدل رعاية الأطفال (kinderopvangtoeslag)',
    ]);
    const amt = rng.amount(120, 3800);
    return [
      [
        'ملاحظة من مكتب المساعدة في الأوراق (Formulierenbrigade)',
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        '',
        `بخصوص: رسالة من Belastingdienst/Toeslagen إلى ${c.p.name}`,
        ...ids(c, AR_MIXED),
        '',
        ...paras(
          85,
          `وصلت رسالة من مصلحة الضرائب (قسم البدلات) بتاريخ ${fmtDate(past(c, 3, 20), 'dmy')} حول ${kind} لسنة ${c.date.getUTCFullYear() - 1}.`,
          rng.chance(0.6)
            ? `المصلحة تطلب إعادة مبلغ ${money(amt)} يورو لأن الدخل الفعلي كان أعلى من الدخل المقدَّر. يجب الدفع قبل ${fmtDate(ahead(c, 20, 60), 'dmy')} أو طلب خطة تقسيط (betalingsregeling).`
            : `القرار النهائي: تحصل على ${money(amt)} يورو إضافية تُحوَّل خلال 5 أسابيع.`,
          'ننصح بإرسال نسخة من هذه الرسالة إلى مستشار البلدية، لأن المبلغ قد يؤثر في المساعدة الخاصة.',
        ),
        '',
        `المتطوع: ${c.r.name}`,
      ],
    ];
  },
};

// --- rental agreements -----------------------------------------------------------------------

const arRoomContract: Template = {
  id: 'rental_agreement.ar.aqd-ijar-ghurfa',
  type: 'rental_agreement',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.int(350, 750);
    return [
      [
        'عقد إيجار غرفة',
        '',
        `المؤجر: ${c.q.name}، ${c.q.street} ${c.q.houseNumber}، ${c.q.city}`,
        `المستأجر: ${c.p.name}`,
        ...ids(c, { bsn: ['BSN المستأجر', 'رقم BSN'], client: ['رقم الملف'], birth: ['تاريخ ميلاد المستأجر'] }),
        '',
        `١. يؤجر الطرف الأول للطرف الثاني غرفة ${rng.pick(['في الطابق العلوي', 'مفروشة', 'مع حمام مشترك'])} في العنوان: ${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}.`,
        `٢. مدة العقد: ${rng.pick(['سنة واحدة تبدأ من', 'غير محددة تبدأ من', 'ستة أشهر تبدأ من'])} ${fmtDate(past(c, 0, 60), 'dmy')}.`,
        `٣. بدل الإيجار ${arNum(rent)} يورو شهرياً ${rng.pick(['شامل الماء والكهرباء والإنترنت', 'غير شامل المصاريف', 'منها 60 يورو للخدمات'])}، يُدفع قبل اليوم الخامس من كل شهر.`,
        `٤. التأمين: ${arNum(rent)} يورو يُسترد عند نهاية العقد.`,
        '٥. يُمنع التأجير من الباطن أو استضافة أشخاص للسكن الدائم.',
        '٦. المطبخ وغرفة الغسيل مشتركان بين جميع السكان.',
        '',
        `حُرر في ${c.p.city} بتاريخ ${fmtDate(past(c, 0, 60), 'dmy')} من نسختين.`,
        '',
        'توقيع المؤجر                      توقيع المستأجر',
      ],
    ];
  },
};

const arHomeCountryRental: Template = {
  id: 'rental_agreement.ar.aqd-kira-balad',
  type: 'rental_agreement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const [country, city, unit] = rng.pick([
      ['المغرب', rng.pick(MA_CITIES), 'درهم'],
      ['العراق', rng.pick(IQ_CITIES), 'دينار عراقي'],
      ['سوريا', rng.pick(SY_CITIES), 'ليرة سورية'],
    ] as const);
    const rent = unit === 'درهم' ? rng.int(1500, 5000) : rng.int(150000, 900000);
    return [
      [
        `عقد إيجار ${rng.pick(['محل تجاري', 'شقة سكنية', 'منزل'])}`,
        `${country} - ${city}`,
        '',
        ...paras(
          85,
          `إنه في يوم ${arNum(fmtDate(past(c, 30, 700), 'slash'))} تم الاتفاق بين كل من:`,
          `الطرف الأول (المؤجر): ${c.p.name}، المقيم حالياً في هولندا، ويمثله ${rng.pick(['أخوه', 'ابن عمه', 'والده'])} بموجب وكالة.`,
          `الطرف الثاني (المستأجر): ${rng.pick(['عبد الله حسن', 'مصطفى العلوي', 'كريم جاسم', 'سعاد الأحمد'])}.`,
          `على أن يؤجر الطرف الأول للطرف الثاني العقار الكائن في ${city} ${rng.pick(['حي الزهور', 'شارع بغداد', 'حي الرياض', 'المدينة القديمة'])}، لمدة ${arNum(rng.int(1, 3))} سنة.`,
          `بدل الإيجار الشهري: ${arNum(rent.toLocaleString('en-US'))} ${unit}، يدفع مقدماً في أول كل شهر.`,
          'يلتزم المستأجر بالمحافظة على العقار وإعادته بحالته عند انتهاء العقد، ولا يحق له التنازل عنه للغير.',
        ),
        '',
        'توقيع المؤجر (بالوكالة)          توقيع المستأجر          الشاهد',
        '',
        rng.chance(0.5) ? 'تم التصديق على التوقيعات لدى المصالح البلدية' : 'مختار الحي - الختم',
      ],
    ];
  },
};

const arLandlordWhatsapp: Template = {
  id: 'rental_agreement.ar.whatsapp-ziyadat-ijar',
  type: 'rental_agreement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const old = rng.int(450, 800);
    const neu = old + rng.int(25, 120);
    return [
      [
        `محادثة WhatsApp: ${c.p.name} مع ${c.q.firstName} (صاحب البيت)`,
        '',
        `${fmtDate(past(c, 2, 20), 'slash')} ${clock(c, 9, 22)} - ${c.q.firstName}: مرحبا ${c.p.firstName}، بدي خبرك إنو من أول الشهر الجاي الإيجار رح يصير ${neu} يورو بدل ${old}. الأسعار غليت كتير.`,
        `${clock(c, 9, 22)} - ${c.p.firstName}: طيب بس لازم تعطيني ورقة مكتوبة للبلدية، هنن بدهم عقد.`,
        `${clock(c, 9, 22)} - ${c.q.firstName}: أوكي. العقد نفسه، الغرفة نفسها، بس السعر الجديد ${neu}. والمصاريف (servicekosten) ضمن المبلغ.`,
        `${clock(c, 9, 22)} - ${c.q.firstName}: هاد الاتفاق الجديد من ${fmtDate(ahead(c, 5, 30), 'dmy')}. توقيعي: ${c.q.name}`,
        '',
        ...(c.show.clientNumber && c.p.clientNumber ? [`ملاحظة للبلدية - klantnummer ${c.p.clientNumber}`] : []),
      ],
    ];
  },
};

// --- holiday notices -------------------------------------------------------------------------

const arFuneralTrip: Template = {
  id: 'holiday_notice.ar.safar-aza',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 1, 10);
    return [
      [
        ...paras(
          50,
          `السلام عليكم. ${one(rng, 'توفي والدي', 'توفيت أمي الله يرحمها', 'جدتي مريضة كتير بالمستشفى', 'أخوي عرسو')} ب${rng.pick([...MA_CITIES, ...IQ_CITIES])} ولازم سافر ${one(rng, 'بسرعة', 'هالأسبوع', 'بكرا')}.`,
          `رح سافر يوم ${fmtDate(go, 'dmy')} وارجع تقريباً ${fmtDate(addDays(go, rng.int(7, 28)), 'dmy')}.`,
          rng.chance(0.5) && 'بعرف إنو لازم خبركم قبل. هاد مو سفر عطلة.',
          rng.chance(0.4) && 'صورة التذكرة معي إذا بدكن.',
        ),
        '',
        c.p.name,
        ...ids(c, rng.chance(0.5) ? AR_MIXED : AR_PLAIN, ' '),
      ],
    ];
  },
};

const arUmrahEmail: Template = {
  id: 'holiday_notice.ar.email-umra',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 14, 60);
    const back = addDays(go, rng.int(10, 25));
    return [
      [
        `من: ${mailName(c)}@gmail.com`,
        `إلى: werkeninkomen@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `الموضوع: ${rng.pick(['Vakantie melden - سفر للعمرة', 'إبلاغ عن سفر خارج هولندا', 'melding verblijf buitenland'])}`,
        '',
        'السادة في قسم العمل والدخل،',
        '',
        ...paras(
          80,
          `أبلغكم بأنني سأسافر إلى ${rng.pick(['المملكة العربية السعودية لأداء العمرة', 'الأردن لزيارة أهلي', 'تركيا لرؤية أخي', 'المغرب لقضاء العطلة الصيفية مع العائلة'])}.`,
          `تاريخ المغادرة: ${fmtDate(go, 'dmy')}`,
          `تاريخ العودة: ${fmtDate(back, 'dmy')}`,
          `المجموع ${arNum(Math.round((back.getTime() - go.getTime()) / 86400000))} يوماً، وهذا أقل من المدة المسموح بها في السنة.`,
          rng.chance(0.6) && 'أرفق حجز الطيران. تكلفة الرحلة دفعها أخي.',
          'يمكنكم التواصل معي على الرقم نفسه خلال السفر عبر واتساب.',
        ),
        ...ids(c, AR_MIXED),
        '',
        'وشكراً،',
        c.p.name,
      ],
    ];
  },
};

// --- medical statements ----------------------------------------------------------------------

const arMoroccanCertificate: Template = {
  id: 'medical_statement.ar.shahada-tibbiya-maghrib',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const days = rng.int(7, 60);
    return [
      [
        rng.pick(AR_DOCTORS),
        rng.pick(['طبيب عام', 'اختصاصي في أمراض القلب والشرايين', 'اختصاصي في جراحة العظام', 'اختصاصي في الطب النفسي']),
        `عيادة ${rng.pick(['الشفاء', 'ابن سينا', 'الأمل', 'النور'])} - ${rng.pick(MA_CITIES)}`,
        '',
        'شهادة طبية',
        '',
        ...paras(
          80,
          `أشهد أنا الموقع أسفله أنني فحصت اليوم ${he(c, 'السيد', 'السيدة')} ${c.p.name}${c.show.birthDate ? `، المزداد${he(c, '', 'ة')} بتاريخ ${fmtIso(c.p.birthDate, 'slash')}` : ''}،`,
          `وأن حالته${he(c, '', 'ا')} الصحية تستوجب راحة لمدة ${arNum(days)} يوماً ابتداءً من ${fmtDate(past(c, 0, 10), 'slash')}، مع ${rng.pick(['عدم حمل الأثقال', 'متابعة العلاج', 'عدم السفر', 'الراحة التامة في المنزل'])}.`,
          'سُلّمت هذه الشهادة للمعني بالأمر بطلب منه للإدلاء بها عند الحاجة.',
        ),
        '',
        `حرر ب${rng.pick(MA_CITIES)} في ${fmtDate(past(c, 0, 10), 'slash')}`,
        'الطابع والتوقيع',
      ],
    ];
  },
};

const arIraqiHospital: Template = {
  id: 'medical_statement.ar.taqrir-mustashfa-iraq',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'جمهورية العراق - وزارة الصحة',
        `دائرة صحة ${rng.pick(IQ_CITIES)}`,
        `مستشفى ${rng.pick(['اليرموك التعليمي', 'الجمهوري', 'ابن النفيس', 'الكندي'])}`,
        '',
        'تقرير طبي',
        '',
        `الاسم: ${c.p.name}`,
        `العمر: ${arNum(c.date.getUTCFullYear() - Number(c.p.birthDate.slice(0, 4)))} سنة`,
        ...(c.show.birthDate ? [`التولد: ${fmtIso(c.p.birthDate, 'slash')}`] : []),
        `تاريخ الدخول: ${arNum(fmtDate(past(c, 20, 200), 'slash'))}`,
        '',
        `التشخيص: ${rng.pick(['انزلاق غضروفي قطني L4-L5', 'داء السكري من النوع الثاني مع اعتلال عصبي', 'اضطراب ما بعد الصدمة', 'كسر في عظم الساق الأيمن', 'ارتفاع ضغط الدم المزمن'])}`,
        '',
        ...paras(
          85,
          'راجع المريض المستشفى وأجريت له الفحوصات السريرية والشعاعية اللازمة.',
          `يحتاج إلى ${rng.pick(['علاج طبيعي لمدة ثلاثة أشهر', 'متابعة دورية وعلاج دوائي مستمر', 'جلسات علاج نفسي', 'عملية جراحية لاحقاً'])}، ولا يستطيع القيام بأعمال بدنية شاقة.`,
          'أعطي هذا التقرير بناءً على طلبه.',
        ),
        '',
        'الطبيب المعالج               مدير المستشفى',
        '',
        'مصدق من وزارة الخارجية العراقية',
      ],
    ];
  },
};

const arHealthLetterToConsultant: Template = {
  id: 'medical_statement.ar.risala-sihhiya-lil-mustashar',
  type: 'medical_statement',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `إلى ${c.r.gender === 'f' ? 'السيدة' : 'السيد'} ${c.r.lastName} (werkconsulent)`,
        '',
        ...paras(
          55,
          `بدي قلك إني ما بقدر روح عالـ ${rng.pick(['werkfit traject', 'cursus', 'participatiebaan', 'taalles'])} هالفترة لأنو ${one(rng, 'ضهري كتير عم يوجعني وعندي ديسك', 'عندي اكتئاب وما عم نام بالليل', 'عملت عملية بالركبة', 'أنا حامل وعندي ضغط عالي')}.`,
          `الطبيب العام (huisarts) ${rng.pick(['د. ' + c.q.lastName, 'بالمركز الصحي'])} قال لازم ارتاح ${arNum(rng.int(2, 12))} أسابيع.`,
          'حاطط معك ورقة من الطبيب. إذا بدكن ورقة تانية قولولي.',
        ),
        '',
        c.p.name,
        ...ids(c, AR_MIXED, ' '),
        fmtDate(c.date, 'dmy'),
      ],
    ];
  },
};

// --- job application proof -------------------------------------------------------------------

const arApplicationsList: Template = {
  id: 'job_application_proof.ar.qaimat-talabat-amal',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const n = rng.int(3, 7);
    const rows = Array.from({ length: n }, () => {
      const d = past(c, 1, 30);
      return `${fmtDate(d, 'short')} | ${rng.pick(EMPLOYERS).padEnd(26)} | ${rng.pick(['أونلاين', 'إيميل', 'رحت بنفسي', 'تلفون', 'Indeed'])} | ${rng.pick(['ما ردّو', 'رفض', 'مقابلة', 'ناطر'])}`;
    });
    return [
      [
        `قائمة البحث عن عمل - ${rng.pick(['sollicitatielijst', 'الشهر ' + (c.date.getUTCMonth() + 1)])}`,
        `الاسم: ${c.p.name}`,
        ...ids(c, AR_MIXED),
        '',
        'التاريخ | الشركة | كيف قدمت | النتيجة',
        ...rows,
        '',
        rng.pick(['كمان رحت على 2 uitzendbureau وسجلت.', 'الإيميلات موجودة عندي على التلفون.', '']),
        `التوقيع: ${c.p.firstName}`,
      ],
    ];
  },
};

const arEmployerReply: Template = {
  id: 'job_application_proof.ar.rad-sahib-amal',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['ماركت الأمانة', 'مطاعم بيت حلب', 'مخبز السنابل', 'شركة النور للنقل والتوصيل']);
    const pos = rng.pick(['كاشير', 'مساعد مطبخ', 'سائق توصيل', 'عامل تعبئة']);
    return [
      [
        `From: ${shop} <info@${rng.pick(['alamana', 'beithalab', 'alsanabel', 'alnoortransport'])}.nl>`,
        `To: ${mailName(c)}@gmail.com`,
        `Date: ${fmtDate(c.date, 'dmy')}`,
        `Subject: RE: طلب وظيفة ${pos}`,
        '',
        `مرحباً ${c.p.firstName}،`,
        '',
        ...paras(
          80,
          one(
            rng,
            `شكراً على طلبك لوظيفة ${pos}. للأسف اخترنا مرشحاً آخر لديه خبرة أكثر. سنحتفظ بسيرتك الذاتية لفرص قادمة.`,
            `وصلنا طلبك لوظيفة ${pos} وسندرسه خلال الأسبوع القادم. إذا كان ملفك مناسباً سنتصل بك لتحديد موعد مقابلة.`,
            `نشكرك على حضور المقابلة يوم ${fmtDate(past(c, 2, 10), 'dmy')}. نود أن نعرض عليك يوم تجربة (proefdag) بتاريخ ${fmtDate(ahead(c, 2, 10), 'dmy')} الساعة ${clock(c, 8, 11)}.`,
          ),
        ),
        '',
        'مع التحية،',
        `${c.r.firstName} - ${shop}`,
        '',
        `> ${c.p.name} كتب:`,
        `> السلام عليكم، أرسل لكم سيرتي الذاتية لوظيفة ${pos}. عندي خبرة ${arNum(rng.int(1, 8))} سنوات.`,
      ],
    ];
  },
};

const arWhatsappJob: Template = {
  id: 'job_application_proof.ar.whatsapp-shughl',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const boss = rng.pick(['أبو محمد', 'أبو خالد', 'الحاج عمر', 'Hassan Bakery']);
    return [
      [
        `WhatsApp - ${boss}`,
        `${fmtDate(past(c, 1, 14), 'slash')}`,
        '',
        `${clock(c, 9, 12)} أنا: السلام عليكم، سمعت إنكن عم تدورو على حدا للشغل ب${rng.pick(['المطعم', 'المحل', 'المستودع', 'الفرن'])}. أنا جاهز أي وقت.`,
        `${clock(c, 12, 15)} ${boss}: وعليكم السلام. عندك خبرة؟ وبتحكي هولندي؟`,
        `${clock(c, 15, 17)} أنا: اشتغلت ${rng.int(2, 10)} سنين بسوريا. هولندي شوي، عم اتعلم (A2).`,
        `${clock(c, 17, 20)} ${boss}: ${rng.pick(['هلأ ما في محل، بعد رمضان احكيني.', 'تعال بكرا الساعة عشرة نحكي.', 'بدنا حدا عندو رخصة سواقة، آسف.'])}`,
        '',
        rng.chance(0.6) ? 'هاي إثبات إني عم دور عشغل (sollicitatie)' : '',
        ...(c.show.clientNumber && c.p.clientNumber ? [`${c.p.name} - ${c.p.clientNumber}`] : [c.p.name]),
      ],
    ];
  },
};

// --- employment contracts --------------------------------------------------------------------

const arGulfContract: Template = {
  id: 'employment_contract.ar.aqd-amal-khaleej',
  type: 'employment_contract',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const salary = rng.int(3000, 9000);
    return paginate(
      [
        'عقد عمل محدد المدة',
        rng.pick(['شركة الخليج للخدمات اللوجستية - دبي', 'مجموعة الفيصل التجارية - جدة', 'شركة السلام للإنشاءات - الدوحة']),
        '',
        'الطرف الأول: الشركة المذكورة أعلاه، ويمثلها المدير العام.',
        `الطرف الثاني: ${c.p.name}${c.show.birthDate ? `، تاريخ الميلاد ${fmtIso(c.p.birthDate, 'slash')}` : ''}، الجنسية: ${rng.pick(['سورية', 'مغربية', 'عراقية', 'هولندية'])}`,
        '',
        `المادة ١: يعمل الطرف الثاني بوظيفة ${rng.pick(['مشرف مستودع', 'سائق شاحنة', 'فني صيانة', 'محاسب'])} لدى الطرف الأول.`,
        `المادة ٢: مدة العقد سنتان تبدأ من ${fmtDate(ahead(c, 10, 60), 'dmy')}، وتكون الأشهر الثلاثة الأولى فترة تجربة.`,
        `المادة ٣: الراتب الشهري الإجمالي ${arNum(salary)} ${rng.pick(['درهم', 'ريال'])} شاملاً بدل السكن والمواصلات.`,
        'المادة ٤: ساعات العمل ثماني ساعات يومياً، ستة أيام في الأسبوع.',
        'المادة ٥: يستحق الطرف الثاني إجازة سنوية مدفوعة مدتها ثلاثون يوماً وتذكرة سفر سنوية.',
        'المادة ٦: يخضع هذا العقد لأحكام قانون العمل في الدولة.',
        '',
        'توقيع الطرف الأول               توقيع الطرف الثاني',
        '',
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
      ],
      40,
    );
  },
};

const arBilingualContract: Template = {
  id: 'employment_contract.ar.arbeidsovereenkomst-muzdawaj',
  type: 'employment_contract',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick([
      'Supermarkt Al Amana B.V.',
      'Bakkerij Damascus',
      'Restaurant Byblos',
      'Slagerij El Baraka',
      'Koerier Express Noor',
    ]);
    const hours = rng.pick([12, 16, 20, 24, 32, 38]);
    const start = ahead(c, 0, 30);
    return [
      [
        `${shop}`,
        'عقد عمل / Arbeidsovereenkomst',
        '',
        `صاحب العمل (werkgever): ${shop}، ${c.org.city}`,
        `العامل (werknemer): ${c.p.name}`,
        `العنوان: ${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}`,
        ...ids(c, { bsn: ['BSN', 'Burgerservicenummer'], client: ['رقم الملف'], birth: ['تاريخ الميلاد / Geboortedatum'] }),
        '',
        `الوظيفة (functie): ${rng.pick(['بائع', 'مساعد طباخ', 'عامل تعبئة', 'سائق توصيل'])}`,
        `تاريخ البدء (ingangsdatum): ${fmtDate(start, 'dmy')}`,
        `المدة: ${rng.pick(['6 أشهر (bepaalde tijd)', '12 شهراً (bepaalde tijd)', 'غير محددة (onbepaalde tijd)'])}`,
        `ساعات العمل: ${hours} ساعة في الأسبوع`,
        `الأجر: ${money(rng.amount(14, 16.5))} يورو إجمالي للساعة (bruto per uur)، مع 8٪ بدل عطلة`,
        `الاتفاقية الجماعية (cao): ${rng.pick(['Levensmiddelenbedrijf', 'Horeca', 'Beroepsgoederenvervoer', 'لا تنطبق'])}`,
        'فترة التجربة: شهر واحد',
        '',
        'وقّع الطرفان على هذا العقد من نسختين.',
        `${c.org.city}، ${fmtDate(c.date, 'dmy')}`,
        '',
        'صاحب العمل ____________     العامل ____________',
      ],
    ];
  },
};

// --- identity documents ----------------------------------------------------------------------

const arMoroccanId: Template = {
  id: 'identity_document.ar.bitaqa-wataniya-maghrib',
  type: 'identity_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'المملكة المغربية',
        'ROYAUME DU MAROC',
        'البطاقة الوطنية للتعريف الإلكترونية',
        "CARTE NATIONALE D'IDENTITE",
        '',
        `${c.p.lastName.toUpperCase()}`,
        `${c.p.firstName.toUpperCase()}`,
        `تاريخ الازدياد / Né(e) le ${fmtIso(c.p.birthDate, 'dot')}`,
        `مكان الازدياد: ${rng.pick(MA_CITIES)}`,
        `صالحة إلى غاية / Valable jusqu'au ${fmtDate(addDays(c.date, rng.int(300, 3000)), 'dot')}`,
        `رقم البطاقة: ${rng.letters(2)}${rng.digits(6)}`,
        '',
        `[ظهر البطاقة] العنوان: ${rng.pick(['حي الرحمة', 'زنقة 12', 'شارع محمد الخامس'])} ${rng.pick(MA_CITIES)}`,
        `ابن(ة) ${rng.pick(['محمد', 'أحمد', 'عبد القادر', 'الحسن'])} و ${rng.pick(['فاطمة', 'خديجة', 'زهرة', 'مليكة'])}`,
        ...(c.show.bsn ? [`(مكتوب بخط اليد على النسخة) BSN ${c.p.bsn}`] : []),
      ],
    ];
  },
};

const arSyrianPassport: Template = {
  id: 'identity_document.ar.jawaz-safar-souri',
  type: 'identity_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const num = `N${rng.digits(9)}`;
    const yymmdd = c.p.birthDate.slice(2).replace(/-/g, '');
    return [
      [
        'الجمهورية العربية السورية',
        'SYRIAN ARAB REPUBLIC',
        'جواز سفر - PASSPORT',
        '',
        `النوع / Type: P     رمز الدولة / Code: SYR     رقم الجواز / No: ${num}`,
        `الكنية / Surname: ${c.p.lastName.toUpperCase()}`,
        `الاسم / Given names: ${c.p.firstName.toUpperCase()}`,
        `اسم الأم / Mother: ${rng.pick(['فاطمة', 'مريم', 'هدى', 'سميرة'])}`,
        `تاريخ الولادة / Date of birth: ${fmtIso(c.p.birthDate, 'slash')}`,
        `مكان الولادة / Place of birth: ${rng.pick(SY_CITIES)}`,
        `الجنس / Sex: ${c.p.gender === 'f' ? 'أنثى F' : 'ذكر M'}`,
        `تاريخ الإصدار / Issue: ${fmtDate(addDays(c.date, -rng.int(200, 2000)), 'slash')}`,
        `تاريخ الانتهاء / Expiry: ${fmtDate(addDays(c.date, rng.int(-300, 1500)), 'slash')}`,
        `مكان الإصدار: ${rng.pick(['دمشق', 'القنصلية في إسطنبول', 'السفارة في برلين'])}`,
        '',
        `P<SYR${c.p.lastName.toUpperCase().replace(/[^A-Z]/g, '<')}<<${c.p.firstName.toUpperCase().replace(/[^A-Z]/g, '<')}`
          .padEnd(44, '<')
          .slice(0, 44),
        `${num}<SYR${yymmdd}${rng.int(0, 9)}${c.p.gender === 'f' ? 'F' : 'M'}${rng.digits(6)}${rng.int(0, 9)}`.padEnd(44, '<').slice(0, 44),
        ...(c.show.bsn ? ['', `BSN: ${fmtBsn(c.p.bsn, rng)} (toegevoegd door klant)`] : []),
      ],
    ];
  },
};

const arIraqiCard: Template = {
  id: 'identity_document.ar.bitaqa-wataniya-iraq',
  type: 'identity_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'جمهورية العراق',
        'وزارة الداخلية - مديرية الأحوال المدنية والجوازات والإقامة',
        'البطاقة الوطنية',
        '',
        `الاسم: ${c.p.firstName}`,
        `الأب: ${rng.pick(['علي', 'حسين', 'جاسم', 'كاظم'])}`,
        `الجد: ${rng.pick(['حسن', 'عبد الله', 'مهدي'])}`,
        `اللقب: ${c.p.lastName}`,
        `الجنس: ${c.p.gender === 'f' ? 'أنثى' : 'ذكر'}`,
        `فصيلة الدم: ${rng.pick(['O+', 'A+', 'B+', 'AB-'])}`,
        `الرقم الوطني: ${rng.digits(12)}`,
        '',
        `[الوجه الخلفي] تاريخ الولادة: ${fmtIso(c.p.birthDate, 'slash')}`,
        `محل الولادة: ${rng.pick(IQ_CITIES)}`,
        `تاريخ الإصدار: ${fmtDate(addDays(c.date, -rng.int(100, 2500)), 'slash')}`,
        `جهة الإصدار: ${rng.pick(IQ_CITIES)}`,
        '',
        'IDIRQ' + rng.digits(10) + '<<<<<<<<<<<<<<<',
      ],
    ];
  },
};

// --- debt notices ----------------------------------------------------------------------------

const arMoroccanDebt: Template = {
  id: 'debt_notice.ar.indhar-bil-adaa',
  type: 'debt_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const principal = rng.int(5000, 90000);
    const late = Math.round(principal * rng.amount(0.03, 0.12));
    return [
      [
        rng.pick(['وفاسلف - Wafasalaf', 'سلفين - Salafin', 'البنك الشعبي - مصلحة التحصيل']),
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city} - هولندا`,
        '',
        `الدار البيضاء في ${fmtDate(c.date, 'slash')}`,
        `المرجع: ${rng.letters(2)}/${rng.digits(7)}`,
        '',
        'الموضوع: إنذار بالأداء - آخر أجل',
        '',
        ...paras(
          85,
          `${he(c, 'سيدي', 'سيدتي')}،`,
          `نذكّركم بأن حسابكم المتعلق بقرض ${rng.pick(['الاستهلاك', 'السيارة', 'السكن'])} رقم ${rng.digits(9)} يسجل متأخرات غير مؤداة منذ ${arNum(rng.int(3, 14))} أشهر.`,
          `المبلغ المستحق: ${madFmt(principal)} درهم، تضاف إليه فوائد التأخير ${madFmt(late)} درهم، أي ما مجموعه ${madFmt(principal + late)} درهم.`,
          'ندعوكم إلى تسوية وضعيتكم داخل أجل ثمانية أيام من تاريخ التوصل بهذا الإنذار، وإلا سنضطر إلى إحالة الملف على القضاء دون إشعار آخر.',
          'للاتصال بمصلحة التحصيل: 0522 ' + rng.digits(6),
        ),
        '',
        'مصلحة المنازعات',
      ],
    ];
  },
};

const arDebtHelpRequest: Template = {
  id: 'debt_notice.ar.talab-musaada-duyun',
  type: 'debt_notice',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const creditors = rng.sample(
      [
        'CJIB (مخالفات)',
        'Zilveren Kruis (تأمين صحي)',
        'Vattenfall (كهرباء)',
        'Belastingdienst',
        'Klarna',
        'Ziggo',
        'شركة السكن (huurachterstand)',
        'Waterschap',
      ],
      rng.int(2, 5),
    );
    return [
      [
        'إلى قسم مساعدة الديون (schuldhulpverlening)',
        '',
        ...paras(
          55,
          one(
            rng,
            'أنا عندي ديون كتير وما عاد قادر ادفع.',
            'بدي مساعدة بالديون. كل يوم بتجيني رسائل (aanmaning).',
            'الديون عم تكبر وأنا خايف يطلعوني من البيت.',
          ),
          'الديون اللي بعرفها:',
        ),
        ...creditors.map((x) => `- ${x}: ${money(rng.amount(80, 2600))} €`),
        '',
        ...paras(
          55,
          rng.chance(0.5)
            ? `إجا على البيت رسالة من ${rng.pick(['deurwaarder', 'المحضر (deurwaarder)', 'incassobureau'])} وقال رح ياخدو من المساعدة.`
            : 'ما عم افتح الرسائل لأني ما بفهمها وخايف.',
          'بليز ساعدوني أعمل خطة.',
        ),
        '',
        c.p.name,
        ...ids(c, AR_MIXED, ' '),
        c.p.phone,
      ],
    ];
  },
};

const arDebtCollectorSummary: Template = {
  id: 'debt_notice.ar.tarjamat-incasso',
  type: 'debt_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const base = rng.amount(60, 1800);
    const costs = rng.amount(40, 250);
    return [
      [
        `ترجمة ملخصة لرسالة تحصيل (incassobrief) - أعدّها ${c.r.firstName}، مترجم${c.r.gender === 'f' ? 'ة' : ''} متطوع${c.r.gender === 'f' ? 'ة' : ''}`,
        '',
        `المرسل: ${rng.pick(['Intrum', 'GGN Mastering Credit', 'Flanderijn', 'Cannock Chase'])}`,
        `إلى: ${c.p.name}`,
        ...ids(c, AR_MIXED),
        `تاريخ الرسالة: ${fmtDate(past(c, 1, 10), 'dmy')}`,
        '',
        `الدائن الأصلي: ${rng.pick(['Eneco', 'Essent', 'VGZ', 'Odido', 'Wehkamp'])}`,
        `أصل الدين: ${money(base)} €`,
        `مصاريف التحصيل والفوائد: ${money(costs)} €`,
        `المجموع المطلوب: ${money(base + costs)} €`,
        `آخر موعد للدفع: ${fmtDate(ahead(c, 7, 14), 'dmy')}`,
        '',
        ...paras(
          85,
          'ماذا تقول الرسالة؟ إذا لم تدفع في الموعد سيطلبون من المحضر القضائي (deurwaarder) رفع دعوى، وهذا يعني مصاريف أكثر.',
          'يمكن طلب التقسيط (betalingsregeling) بالاتصال بالرقم المذكور في الرسالة الأصلية.',
        ),
      ],
    ];
  },
};

// --- other -----------------------------------------------------------------------------------

const arEidInvitation: Template = {
  id: 'other.ar.dawat-eid',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['مسجد السلام', 'المركز الثقافي العربي', 'جمعية الأسرة المغربية', 'بيت الجالية السورية']),
        `${c.org.city}`,
        '',
        rng.pick(['دعوة عامة', 'دعوة للجميع']),
        '',
        ...paras(
          80,
          `يسرّنا دعوتكم وعائلاتكم لحضور ${rng.pick(['حفل عيد الفطر', 'احتفال عيد الأضحى', 'إفطار جماعي في رمضان', 'يوم العائلة السنوي'])} يوم ${fmtDate(ahead(c, 5, 30), 'dmy')} الساعة ${clock(c, 14, 19)}.`,
          `البرنامج: ${rng.pick(['ألعاب للأطفال، مسابقات، وجبة عشاء', 'كلمة ترحيب، نشيد، توزيع هدايا', 'محاضرة عن التربية ثم عشاء'])}.`,
          'الدخول مجاني، والتبرعات مرحب بها.',
          `للتسجيل: ${c.r.phone}`,
        ),
      ],
    ];
  },
};

const arConsulateAppointment: Template = {
  id: 'other.ar.mawid-qunsuliya',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['القنصلية العامة للمملكة المغربية - روتردام', 'سفارة جمهورية العراق - لاهاي', 'سفارة المملكة الأردنية الهاشمية - لاهاي']),
        '',
        'تأكيد حجز موعد',
        '',
        `الاسم: ${c.p.name}`,
        `رقم الحجز: ${rng.letters(3)}-${rng.digits(6)}`,
        `الخدمة: ${rng.pick(['تجديد جواز السفر', 'تصديق وثائق', 'عقد زواج', 'تسجيل مولود', 'وكالة عامة'])}`,
        `التاريخ: ${fmtDate(ahead(c, 3, 40), 'dmy')}   الساعة: ${clock(c, 9, 14)}`,
        '',
        'يرجى إحضار: الوثيقة الأصلية + نسخة، صورتان شمسيتان، إثبات الإقامة في هولندا.',
        'الحضور قبل الموعد بـ 15 دقيقة. لن يُسمح بالدخول بعد فوات الموعد.',
      ],
    ];
  },
};

const arWeekendSchool: Template = {
  id: 'other.ar.madrasat-nihayat-usbu',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        `مدرسة ${rng.pick(['الفرقان', 'الأمل', 'النور'])} لتعليم اللغة العربية - ${c.org.city}`,
        '',
        `إلى وليّ أمر الطالب(ة): ${c.q.firstName} ${c.p.lastName}`,
        '',
        ...paras(
          80,
          'تحية طيبة وبعد،',
          `نعلمكم أن الدراسة في الفصل الجديد تبدأ يوم السبت ${fmtDate(ahead(c, 7, 30), 'dmy')}، والرسوم الفصلية ${arNum(rng.int(60, 180))} يورو.`,
          rng.pick([
            'نرجو من الأهالي الالتزام بمواعيد الحضور والانصراف.',
            'سيقام اجتماع لأولياء الأمور بعد الدوام.',
            'يرجى إحضار الكتاب والدفتر في الحصة الأولى.',
          ]),
        ),
        '',
        'إدارة المدرسة',
      ],
    ];
  },
};

const arabic: Template[] = [
  arAgencyPayslip,
  arGulfSalary,
  arCashWageNote,
  arMoroccanBank,
  arSyrianBank,
  arTransferHistory,
  arMovedNote,
  arDarijaWhatsapp,
  arVolunteerReunification,
  arOnlineChangeForm,
  arSyrianApplication,
  arSocialWorkerApplication,
  arApplicationForm,
  arAngryObjection,
  arFormalObjection,
  arEmailObjection,
  arDeskComplaint,
  arInterpreterComplaint,
  arDarijaComplaint,
  arMoroccanJudgment,
  arSyrianCourt,
  arAppealToCourt,
  arUwvTranslation,
  arUwvExplainedNote,
  arMoroccanTax,
  arToeslagenSummary,
  arRoomContract,
  arHomeCountryRental,
  arLandlordWhatsapp,
  arFuneralTrip,
  arUmrahEmail,
  arMoroccanCertificate,
  arIraqiHospital,
  arHealthLetterToConsultant,
  arApplicationsList,
  arEmployerReply,
  arWhatsappJob,
  arGulfContract,
  arBilingualContract,
  arMoroccanId,
  arSyrianPassport,
  arIraqiCard,
  arMoroccanDebt,
  arDebtHelpRequest,
  arDebtCollectorSummary,
  arEidInvitation,
  arConsulateAppointment,
  arWeekendSchool,
];

// =============================================================================================
// TURKISH
// =============================================================================================

/** Turkish typed without Turkish letters, the way people write on a Dutch keyboard or phone. */
const ascii = (s: string) =>
  s.replace(
    /[ıİşŞğĞüÜöÖçÇ]/g,
    (ch) => ({ ı: 'i', İ: 'I', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ü: 'u', Ü: 'U', ö: 'o', Ö: 'O', ç: 'c', Ç: 'C' })[ch] as string,
  );
const maybeAscii = (c: Ctx, s: string, p = 0.5) => (c.rng.chance(p) ? ascii(s) : s);
const tcNo = (c: Ctx) => `${c.rng.int(1, 9)}${c.rng.digits(10)}`;

// --- payslips --------------------------------------------------------------------------------

const trTurkishBordro: Template = {
  id: 'payslip.tr.ucret-bordrosu-turkiye',
  type: 'payslip',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const brut = rng.amount(22000, 60000);
    const sgk = brut * 0.14;
    const issizlik = brut * 0.01;
    const gv = (brut - sgk - issizlik) * 0.15;
    const damga = brut * 0.00759;
    const net = brut - sgk - issizlik - gv - damga;
    const w = [32, 14];
    return [
      [
        rng.pick([
          'ÖZKAN TEKSTİL SAN. VE TİC. A.Ş.',
          'YILDIZ LOJİSTİK LTD. ŞTİ.',
          'ANADOLU GIDA PAZARLAMA A.Ş.',
          'KARDEŞLER İNŞAAT LTD. ŞTİ.',
        ]),
        `SGK İşyeri Sicil No: ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(2)}.${rng.digits(7)}.${rng.digits(3)}`,
        '',
        `ÜCRET BORDROSU - ${String(c.date.getUTCMonth() + 1).padStart(2, '0')}/${c.date.getUTCFullYear()}`,
        '',
        `Adı Soyadı: ${c.p.name}`,
        `T.C. Kimlik No: ${tcNo(c)}`,
        `Görevi: ${rng.pick(['Depo elemanı', 'Şoför', 'Üretim işçisi', 'Satış danışmanı', 'Muhasebe elemanı'])}`,
        `İşe giriş tarihi: ${fmtDate(past(c, 200, 2000), 'dot')}`,
        `Çalışılan gün: ${rng.int(20, 30)}`,
        '',
        row(['Brüt ücret', cur(brut, 'TL')], w),
        row(['SGK işçi payı (%14)', cur(sgk, 'TL')], w),
        row(['İşsizlik sigortası (%1)', cur(issizlik, 'TL')], w),
        row(['Gelir vergisi', cur(gv, 'TL')], w),
        row(['Damga vergisi', cur(damga, 'TL')], w),
        '-'.repeat(47),
        row(['NET ÖDENEN', cur(net, 'TL')], w),
        '',
        'İşveren kaşe / imza                      İşçi imzası',
      ],
    ];
  },
};

const trBilingualPayslip: Template = {
  id: 'payslip.tr.maas-bordrosu-loonstrook',
  type: 'payslip',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Anatolia Foods B.V.', 'Yıldız Bakkerij B.V.', 'Öz Transport V.O.F.', 'Efes Catering B.V.', 'Demir Bouw B.V.']);
    const hours = rng.int(40, 170);
    const rate = rng.amount(13.7, 17);
    const gross = hours * rate;
    const tax = gross * rng.amount(0.05, 0.16);
    const hol = gross * 0.08;
    const w = [38, 12];
    return [
      [
        `${firm} - Maaş Bordrosu / Loonstrook`,
        `Dönem (periode): ${String(c.date.getUTCMonth() + 1).padStart(2, '0')}-${c.date.getUTCFullYear()}`,
        '',
        `Çalışan (werknemer): ${c.p.name}`,
        ...(c.show.bsn ? [`BSN / Burgerservicenummer: ${fmtBsn(c.p.bsn, rng)}`] : []),
        ...(c.show.birthDate ? [`Doğum tarihi / Geb. datum: ${fmtIso(c.p.birthDate, 'dmy')}`] : []),
        `Personel no: ${rng.digits(5)}`,
        '',
        row([`Çalışılan saat (uren) ${hours} x ${money(rate)}`, money(gross)], w),
        row(['Tatil parası ayrılan (vakantiegeld 8%)', money(hol)], w),
        row(['Vergi kesintisi (loonheffing)', `-${money(tax)}`], w),
        row(['Loonheffingskorting', rng.pick(['evet / ja', 'hayır / nee'])], w),
        '-'.repeat(51),
        row(['Net ödeme (netto)', money(gross - tax)], w),
        '',
        `Ödeme hesabı: ${ibanText(c.p.iban, rng)}`,
      ],
    ];
  },
};

const trCashReceipt: Template = {
  id: 'payslip.tr.el-yazisi-odeme-makbuzu',
  type: 'payslip',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const hours = rng.int(6, 40);
    const amount = hours * rng.pick([12, 12.5, 13, 14]);
    return [
      [
        rng.pick(['Döner Paleis', 'Bakkerij Öz', 'Kapsalon Istanbul', 'Groenteboer Şahin', 'Cafe Anadolu']),
        '',
        maybeAscii(c, 'ÖDEME MAKBUZU'),
        '',
        maybeAscii(
          c,
          `${c.p.name} ${rng.pick(['ocak', 'şubat', 'mart', 'nisan', 'mayıs', 'haziran', 'temmuz', 'ağustos', 'eylül', 'ekim', 'kasım', 'aralık'])} ayında dükkanda ${hours} saat çalıştı.`,
        ),
        maybeAscii(
          c,
          `Toplam ${money(amount)} euro ödendi. ${rng.pick(['Nakit verildi.', 'Bankaya yatırıldı.', 'Brüt, vergisi kesilmedi.'])}`,
        ),
        '',
        `${fmtDate(c.date, 'dot')}`,
        maybeAscii(c, 'İmza işveren: ............   İmza çalışan: ............'),
      ],
    ];
  },
};

// --- bank statements -------------------------------------------------------------------------

const trZiraatStatement: Template = {
  id: 'bank_statement.tr.ziraat-hesap-ozeti',
  type: 'bank_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    let bal = rng.amount(500, 250000);
    const start = bal;
    const kinds = [
      ['Kira geliri', 1],
      ['ATM para çekme', -1],
      ['FAST gelen - yurtdışı havale', 1],
      ['Elektrik fatura ödemesi', -1],
      ['Faiz tahakkuku', 1],
      ['EFT giden', -1],
      ['Kredi kartı borç ödemesi', -1],
    ] as const;
    const from = past(c, 28, 35);
    const lines = Array.from({ length: rng.int(5, 12) }, (_, i) => {
      const [label, sign] = rng.pick(kinds);
      const amt = rng.amount(100, 15000);
      bal += sign * amt;
      return row([fmtDate(addDays(from, i * 2 + 1), 'dot'), label, `${sign < 0 ? '-' : ''}${money(amt)}`, money(bal)], [10, 30, 12, 14]);
    });
    return [
      [
        'T.C. ZİRAAT BANKASI A.Ş.',
        `${rng.pick(TR_CITIES)} / ${rng.pick(['Merkez', 'Çarşı', 'Cumhuriyet'])} Şubesi`,
        '',
        'HESAP ÖZETİ',
        `Müşteri: ${c.p.name}`,
        `IBAN: TR${rng.digits(2)} 0001 0${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`,
        `Döviz cinsi: TL    Dönem: ${fmtDate(from, 'dot')} - ${fmtDate(c.date, 'dot')}`,
        '',
        row(['Tarih', 'Açıklama', 'Tutar', 'Bakiye'], [10, 30, 12, 14]),
        ...lines,
        '',
        `Devreden bakiye: ${cur(start, 'TL')}`,
        `Dönem sonu bakiye: ${cur(bal, 'TL')}`,
        '',
        'Bu belge elektronik ortamda üretilmiştir, imza gerektirmez.',
      ],
    ];
  },
};

const trMobileExport: Template = {
  id: 'bank_statement.tr.mobil-hesap-hareketleri',
  type: 'bank_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const days = Array.from({ length: rng.int(4, 10) }, () => rng.int(1, 60)).sort((a, b) => a - b);
    const lines = days.map((d) => {
      const inn = rng.chance(0.35);
      return `${fmtDate(addDays(c.date, -d), 'dot')} ${clock(c, 7, 23)}  ${rng.pick(inn ? ['Gelen havale', 'Maaş', 'Para yatırma'] : ['POS harcama - MİGROS', 'Fatura - TÜRK TELEKOM', 'Giden FAST', 'Online alışveriş'])}  ${inn ? '+' : '-'}${money(rng.amount(50, 8000))} TL`;
    });
    return [
      [
        `${rng.pick(['İşCep', 'Garanti BBVA Mobil', 'Enpara.com', 'Akbank Mobil'])} - Hesap hareketleri`,
        `Ekran çıktısı ${fmtDate(c.date, 'dot')} ${clock(c, 8, 23)}`,
        '',
        `Hesap sahibi: ${c.p.name}`,
        `Vadesiz TL hesabı - ${rng.digits(4)}-${rng.digits(7)}`,
        `Kullanılabilir bakiye: ${money(rng.amount(0, 90000))} TL`,
        '',
        ...lines,
        '',
        'Son 60 gün gösteriliyor',
      ],
    ];
  },
};

const trForeignCurrencyAccount: Template = {
  id: 'bank_statement.tr.doviz-hesabi-euro',
  type: 'bank_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    let bal = rng.amount(1000, 40000);
    const lines = Array.from({ length: rng.int(2, 6) }, () => {
      const amt = rng.amount(100, 3000);
      const inn = rng.chance(0.5);
      bal += inn ? amt : -amt;
      return `${fmtDate(past(c, 1, 180), 'dot')}   ${inn ? 'Yatırılan (Hollanda’dan transfer)' : 'Çekilen (şubeden)'}   ${inn ? '' : '-'}${money(amt)} EUR`;
    });
    return [
      [
        rng.pick(['VakıfBank', 'Halkbank', 'Türkiye İş Bankası']),
        'Yurt Dışında Yerleşik Türk Vatandaşları - Döviz Tevdiat Hesabı',
        '',
        `Sayın ${c.p.name}`,
        ...(c.show.birthDate ? [`Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city} HOLLANDA`,
        '',
        `Hesap no: ${rng.digits(8)}-${rng.digits(3)}  Döviz cinsi: EUR`,
        `Yıllık faiz: %${String(rng.amount(0.5, 3)).replace('.', ',')}`,
        '',
        ...lines,
        '',
        `${fmtDate(c.date, 'dot')} itibarıyla bakiye: ${money(bal)} EUR`,
      ],
    ];
  },
};

// --- change notices --------------------------------------------------------------------------

const trSpouseWorkNote: Template = {
  id: 'change_form.tr.esim-ise-basladi',
  type: 'change_form',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const text = one(
      rng,
      `Merhaba, esim ${fmtDate(past(c, 3, 25), 'dmy')} tarihinde ${rng.pick(EMPLOYERS)}'de ise basladi. Haftada ${rng.int(12, 36)} saat. Ilk loonstrook gelince gonderecem.`,
      `Oglum ${rng.pick(['Ahmet', 'Emre', 'Burak', 'Yusuf'])} evden ayrildi, artik Rotterdam'da kaliyor. Evde ben ve esim kaldik.`,
      `Bu ay ${rng.pick(STAFFING)} uzerinden ${rng.int(20, 80)} saat calistim. Maas ${money(rng.amount(200, 1100))} euro. Uitkering hesaplarken bunu dikkate alin.`,
      `Kizim 18 yasina girdi ve okula gidiyor, studiefinanciering aliyor. Bilginize.`,
    );
    return [
      [
        c.p.name,
        ...ids(c, TR_MIXED, ' '),
        '',
        rng.pick(['Gemeente Werk en Inkomen', 'Belediyeye', `${c.org.name} dikkatine`]),
        '',
        ...paras(52, rng.chance(0.5) ? text : text.replace(/\. /g, '. ').toLowerCase()),
        '',
        rng.pick(['tesekkurler', 'Saygilar', 'Iyi calismalar']),
        c.p.firstName,
      ],
    ];
  },
};

const trDaughterEmail: Template = {
  id: 'change_form.tr.kizi-adina-email',
  type: 'change_form',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const helper = c.q.gender === 'f' ? rng.pick(['kızı', 'gelini', 'yeğeni']) : rng.pick(['oğlu', 'damadı', 'yeğeni']);
    return [
      [
        `Kimden: ${c.q.firstName.toLowerCase()}${rng.int(1, 99)}@hotmail.com`,
        `Kime: info@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Tarih: ${fmtDate(c.date, 'dot')} ${clock(c, 8, 23)}`,
        `Konu: ${rng.pick(['Wijziging doorgeven - annem adına', 'Durum değişikliği', 'Adres değişikliği bildirimi'])}`,
        '',
        'Merhabalar,',
        '',
        ...paras(
          82,
          `${c.p.name} adlı kişinin ${helper} olarak yazıyorum; ${he(c, 'kendisi', 'kendisi')} Hollandaca ve e-posta kullanmadığı için bu bildirimi ben yapıyorum.`,
          one(
            rng,
            `${he(c, 'Babam', 'Annem')} ${fmtDate(past(c, 2, 20), 'dot')} tarihinde huzurevine (verzorgingshuis) taşındı. Eski evin kira sözleşmesi ay sonunda bitiyor.`,
            `${he(c, 'Babamın', 'Annemin')} AOW'u ${fmtDate(ahead(c, 5, 40), 'dot')} tarihinden itibaren başlıyor. Bu yüzden yardımın (bijstand) o tarihte durdurulması gerekiyor.`,
            `${he(c, 'Babam', 'Annem')} artık yalnız yaşamıyor; ben ${fmtDate(past(c, 2, 20), 'dot')} itibarıyla onun yanına taşındım ve bakımını üstlendim.`,
          ),
          'Gerekli belgeler varsa lütfen bu adrese yazın.',
        ),
        ...ids(c, TR_MIXED),
        '',
        'Saygılarımla,',
        `${c.q.firstName} (${helper})`,
      ],
    ];
  },
};

const trIncomeForm: Template = {
  id: 'change_form.tr.gelir-bildirim-formu',
  type: 'change_form',
  lang: 'tr',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const gross = rng.amount(150, 1600);
    const month = rng.pick(['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık']);
    return [
      [
        `${c.org.name} - Aylık gelir bildirimi (Inkomstenopgave)`,
        '(Türkçe açıklamalı nüsha - Stichting Hollanda Türk Danışma Merkezi)',
        '',
        `Adı soyadı: ${c.p.name}`,
        ...ids(c, TR_MIXED),
        `Ay: ${month} ${c.date.getUTCFullYear()}`,
        '',
        '1. Bu ay çalıştınız mı?            [x] Evet   [ ] Hayır',
        `2. İşverenin adı:                  ${rng.pick([...EMPLOYERS, ...STAFFING])}`,
        `3. Brüt kazanç:                    € ${money(gross)}`,
        `4. Net kazanç:                     € ${money(gross * rng.amount(0.82, 0.97))}`,
        `5. Başka gelir (kira, nafaka vb.): ${rng.pick(['yok', 'nafaka € ' + money(rng.amount(100, 400)), 'yok'])}`,
        `6. Eşinizin geliri:                ${rng.pick(['yok', 'var, bordro ekte', 'eşim yok'])}`,
        '',
        'Bordro (loonstrook) fotokopisini ekleyin.',
        'Bilgilerin doğru olduğunu beyan ederim.',
        '',
        `Tarih: ${fmtDate(c.date, 'dot')}     İmza: ${c.p.firstName[0]}.${c.p.lastName}`,
      ],
    ];
  },
};

const trMovedWhatsapp: Template = {
  id: 'change_form.tr.whatsapp-tasindik',
  type: 'change_form',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `WhatsApp sohbeti: Wijkteam ${c.org.city} - ${c.p.firstName}`,
        '',
        `${fmtDate(past(c, 0, 3), 'slash')} ${clock(c, 8, 21)} - ${c.p.firstName}: ${maybeAscii(c, `Selam hocam, taşındık. Yeni adres ${c.p.street} ${c.p.houseNumber}, ${c.p.city}. Belediyeye de söyler misiniz?`, 0.6)}`,
        `${fmtDate(past(c, 0, 3), 'slash')} ${clock(c, 8, 21)} - Wijkteam: Tamam, ${c.p.firstName}. Kira kontratının fotoğrafını atar mısın? Werk en Inkomen'e iletiyorum.`,
        `${fmtDate(past(c, 0, 3), 'slash')} ${clock(c, 8, 21)} - ${c.p.firstName}: ${maybeAscii(c, `Tamam attım. Kira ${money(rng.amount(500, 950))}, ev ${rng.pick(['Woonbron', 'Vestia', 'Ymere', 'Portaal', 'bir özel ev sahibi'])}'den.`, 0.6)}`,
        ...(c.show.clientNumber && c.p.clientNumber
          ? [`${fmtDate(c.date, 'slash')} - ${c.p.firstName}: dosya no ${c.p.clientNumber}`]
          : []),
      ],
    ];
  },
};

// --- benefit applications --------------------------------------------------------------------

const trDivorceApplication: Template = {
  id: 'benefit_application.tr.bosandim-yardim',
  type: 'benefit_application',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        maybeAscii(c, 'Sayın Belediye Sosyal Yardım Bölümü,'),
        '',
        ...paras(
          52,
          maybeAscii(
            c,
            one(
              rng,
              `Ben ${c.p.name}. Eşimden ${fmtDate(past(c, 10, 60), 'dot')} tarihinde ayrıldım ve ${rng.int(1, 4)} çocukla birlikte evden çıkmak zorunda kaldım. Şu an ${rng.pick(['Blijf van mijn lijf evinde', 'kız kardeşimin yanında', 'geçici bir odada'])} kalıyorum.`,
              `Ben ${c.p.name}, ${rng.int(20, 30)} yıldır Hollanda'dayım. Fabrika kapandı, WW'm de bitti. Hiç gelirim kalmadı.`,
              `Benim adım ${c.p.name}. Eşim vefat etti ve ben hiç çalışmadım. Nabestaandenuitkering almıyorum.`,
            ),
          ),
          maybeAscii(c, 'Geçinmek için bijstand başvurusu yapmak istiyorum. Kirayı ödeyemiyorum, faturalar birikti.'),
          rng.chance(0.5) && maybeAscii(c, 'Lütfen Türkçe tercüman ile randevu verin, Hollandacam yeterli değil.'),
        ),
        '',
        ...ids(c, rng.chance(0.5) ? TR_MIXED : TR_PLAIN, ': '),
        `Tel: ${c.p.phone}`,
        '',
        maybeAscii(c, 'Saygılarımla'),
        c.p.name,
      ],
    ];
  },
};

const trFoundationApplication: Template = {
  id: 'benefit_application.tr.vakif-basvuru-yazisi',
  type: 'benefit_application',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const org = rng.pick([
      'Stichting Hollanda Türk Danışma Merkezi',
      'IOT - Türk Toplumu Danışma Kurulu yerel şubesi',
      'Stichting Welzijn Anadolu',
    ]);
    return [
      [
        org,
        `Sosyal danışmanlık birimi - ${c.org.city}`,
        '',
        `${c.org.name}`,
        'Afdeling Werk en Inkomen / Team Intake',
        c.org.postbus,
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dot')}`,
        `Konu: ${he(c, 'Bay', 'Bayan')} ${c.p.lastName} için geçim yardımı başvurusu (aanvraag levensonderhoud)`,
        '',
        'Sayın ilgili,',
        '',
        ...paras(
          84,
          `Danışanımız ${c.p.name}, ${rng.int(2, 30)} yıldır ${c.p.city} şehrinde yaşamaktadır. Kendisi bizden başvurusunu yazılı olarak iletmemizi istemiştir.`,
          one(
            rng,
            `Danışanımız ${fmtDate(past(c, 20, 90), 'dot')} tarihine kadar serbest meslek sahibi (zzp) olarak çalışmış, ancak işlerinin durması nedeniyle işletmesini kapatmıştır. Birikimi bulunmamaktadır.`,
            `Danışanımız uzun süre hastalık nedeniyle çalışamamış, Ziektewet ödeneği ${fmtDate(past(c, 5, 40), 'dot')} tarihinde sona ermiştir. WIA başvurusu reddedilmiştir.`,
            `Danışanımız eşiyle birlikte Türkiye'den aile birleşimi yoluyla gelmiştir; eşinin geliri kesilmiş ve hane şu an gelirsizdir.`,
          ),
          'Bu nedenle Katılım Yasası (Participatiewet) kapsamında yardım başvurusunun kayda alınmasını ve mümkünse avans (voorschot) verilmesini rica ederiz. Gerekli belgeler ektedir.',
          ...ids(c, TR_MIXED),
        ),
        '',
        'Saygılarımızla,',
        `${c.r.name}`,
        'Sosyal danışman',
      ],
    ];
  },
};

const trSonForFather: Template = {
  id: 'benefit_application.tr.babam-icin-email',
  type: 'benefit_application',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const age = rng.int(58, 66);
    return [
      [
        `From: ${c.q.firstName.toLowerCase()}.${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}@gmail.com`,
        `To: intake@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Subject: ${rng.pick(['Bijstand aanvraag', 'başvuru - yardım', 'Aanvraag bijstand voor mijn vader/moeder'])}`,
        `Date: ${fmtDate(c.date, 'dmy')} ${clock(c, 7, 23)}`,
        '',
        'Merhaba,',
        ...paras(
          78,
          ascii(
            `${he(c, 'Babam', 'Annem')} ${c.p.name} icin yaziyorum. ${age} yasinda, ${rng.pick(['is yerinden cikarildi', 'sozlesmesi uzatilmadi', 'saglik sorunlari yuzunden calisamiyor'])}. AOW'a daha ${67 - age} yil var.`,
          ),
          ascii('DigiD ile online basvuru yapamadik cunku DigiD si yok. Kagit form gonderebilir misiniz ya da randevu verebilir misiniz?'),
          ...ids(c, TR_MIXED),
          ascii(`Telefonum ${c.q.phone}, ben cevirmenlik yapabilirim.`),
        ),
        '',
        `Tesekkurler, ${c.q.firstName}`,
      ],
    ];
  },
};

// --- objections ------------------------------------------------------------------------------

const trAngryObjection: Template = {
  id: 'objection.tr.itiraz-ediyorum-el-yazisi',
  type: 'objection',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const amt = money(rng.amount(300, 7000));
    return [
      [
        c.p.name,
        ...ids(c, TR_MIXED, ' '),
        '',
        rng.pick(['BEZWAAR - İTİRAZ', 'itiraz!!', 'Bezwaar yapıyorum']),
        '',
        ...paras(
          50,
          maybeAscii(
            c,
            one(
              rng,
              `Mektubunuzda ${amt} euro geri ödememi istiyorsunuz. Ben hiçbir şey saklamadım!! Tatile gittiğimi söyledim, ${c.r.gender === 'f' ? 'hanım' : 'bey'} de tamam dedi.`,
              `Uitkeringimi neden kestiniz? Bütün kağıtları gönderdim, iki kere. Bu ay kirayı ödeyemedim.`,
              `Kostendelersnorm diyorsunuz ama oğlum benimle yaşamıyor, sadece adresi burada. Bu haksızlık.`,
              `Bana ceza (boete) yazdınız. Bilmiyordum ki Türkiye'deki tarla da bildirilecek. Babamdan kalma, 3 kardeşiz ortak.`,
            ),
            0.6,
          ),
          maybeAscii(
            c,
            rng.pick(['Bu karara itiraz ediyorum.', 'Kararı geri almanızı istiyorum.', 'Bezwaar yapıyorum, lütfen tekrar bakın.']),
          ),
        ),
        '',
        fmtDate(c.date, 'dmy'),
        rng.pick(['imza', c.p.firstName, `${c.p.firstName[0]}. ${c.p.lastName}`]),
      ],
    ];
  },
};

const trFormalObjection: Template = {
  id: 'objection.tr.itiraz-dilekcesi-resmi',
  type: 'objection',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const dd = fmtDate(past(c, 8, 40), 'dot');
    return paginate(
      [
        `${c.org.name.toUpperCase()}`,
        'İTİRAZ KOMİSYONU (BEZWAARSCHRIFTENCOMMISSIE) BAŞKANLIĞINA',
        '',
        `İTİRAZ EDEN     : ${c.p.name}`,
        `ADRES           : ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, TR_PLAIN, '  : '),
        `İTİRAZ EDİLEN   : ${dd} tarihli ve ${rng.digits(2)}-${rng.digits(6)} sayılı karar`,
        `KONU            : ${rng.pick(['Sosyal yardımın durdurulması', 'Fazla ödenen yardımın geri istenmesi', 'Özel yardım (bijzondere bijstand) talebinin reddi', 'Yardımdan kesinti yapılması'])} kararına itirazımdır.`,
        '',
        'AÇIKLAMALAR:',
        ...paras(
          84,
          `1- ${dd} tarihli kararınız tarafıma ${fmtDate(past(c, 3, 7), 'dot')} tarihinde tebliğ edilmiştir. İtirazım altı haftalık yasal süre içindedir.`,
          one(
            rng,
            '2- Kararda eşimin gelirini bildirmediğim ileri sürülmektedir. Oysa eşimin bordroları her ay düzenli olarak tarafınıza iletilmiştir; gönderim kayıtları ektedir.',
            "2- Kararda Türkiye'de gayrimenkulüm bulunduğu belirtilmektedir. Söz konusu taşınmaz miras yoluyla kalmış olup hisselidir ve satılması mümkün değildir.",
            '2- Talep ettiğim çamaşır makinesi ve buzdolabı zorunlu ihtiyaçtır; eskileri tamamen bozulmuştur. Ret gerekçesi durumumu dikkate almamaktadır.',
          ),
          '3- Karar verilmeden önce tarafım dinlenmemiş, sözlü görüşmede tercüman sağlanmamıştır.',
          'SONUÇ VE İSTEM: Yukarıda açıklanan nedenlerle kararın kaldırılmasına, tarafımın tercüman huzurunda dinlenmesine karar verilmesini saygılarımla arz ve talep ederim.',
        ),
        '',
        `EKLER: 1- Karar örneği  2- ${rng.pick(['Banka dökümleri', 'Tapu ve veraset belgesi', 'Fatura ve fotoğraflar'])}`,
        '',
        `${fmtDate(c.date, 'dot')}`,
        `${c.p.name}`,
        'İmza',
      ],
      rng.int(38, 60),
    );
  },
};

const trShortEmailObjection: Template = {
  id: 'objection.tr.kisa-email-bezwaar',
  type: 'objection',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Van: ${mailName(c)}@outlook.com`,
        `Aan: bezwaar@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Onderwerp: ${rng.pick(['Bezwaar', 'itiraz', 'bezwaar tegen besluit'])}`,
        `Datum: ${fmtDate(c.date, 'dmy')}`,
        '',
        ...paras(
          76,
          ascii(
            `Merhaba, ${fmtDate(past(c, 3, 30), 'dmy')} tarihli mektubunuza itiraz ediyorum. ${rng.pick(['Bijzondere bijstand talebimi reddettiniz ama gozluk almam lazim, doktor yazdi.', 'Yardimi 3 ay icin dusurdunuz cunku randevuya gelmedim. Ama o gun hastanedeydim.', 'Geri odeme miktari yanlis hesaplanmis.'])}`,
          ),
          ascii('Detayli yazi sonra gelecek. Bu mail simdilik bezwaar olarak kabul edilsin lutfen.'),
        ),
        ...ids(c, TR_MIXED),
        '',
        c.p.name,
      ],
    ];
  },
};

// --- complaints ------------------------------------------------------------------------------

const trPhoneComplaint: Template = {
  id: 'complaint.tr.telefon-donulmuyor',
  type: 'complaint',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    return [
      [
        maybeAscii(c, 'ŞİKAYET (klacht)'),
        '',
        ...paras(
          50,
          maybeAscii(
            c,
            one(
              rng,
              `${rng.int(3, 10)} haftadır danışmanımı arıyorum. Her seferinde "geri arayacak" diyorlar, kimse aramıyor.`,
              `Bankoda (balie) çalışan kadın bana bağırdı, herkesin önünde "dolandırıcı" gibi davrandı. Çok utandım.`,
              `Ödemem yine geç yattı. Her ay aynı sorun. Ev sahibine ne diyeyim?`,
            ),
            0.6,
          ),
          maybeAscii(c, 'Bu bir itiraz değil, şikayettir. Cevap bekliyorum.'),
        ),
        '',
        c.p.name,
        ...ids(c, TR_MIXED, ' '),
        fmtDate(c.date, 'dot'),
      ],
    ];
  },
};

const trWebsiteComplaint: Template = {
  id: 'complaint.tr.klachtformulier-ciktisi',
  type: 'complaint',
  lang: 'tr',
  style: 'form',
  weight: 0.3,
  supports: ['client-number', 'bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.website}/klacht-indienen                                 ${fmtDate(c.date, 'dmy')}`,
        '',
        'Klachtformulier',
        '',
        `Naam: ${c.p.name}`,
        `E-mail: ${mailName(c)}@gmail.com`,
        ...ids(c, TR_MIXED),
        `Datum van de gebeurtenis: ${fmtDate(past(c, 1, 20), 'dmy')}`,
        `Over wie/welke afdeling: ${rng.pick(['Werk en Inkomen', 'mijn consulent', 'de balie', 'het klantcontactcentrum'])}`,
        '',
        'Omschrijving van uw klacht:',
        ...paras(
          84,
          one(
            rng,
            'Türkçe yazıyorum çünkü derdimi Hollandaca anlatamıyorum. Danışmanım görüşmede bana "burada yaşıyorsan dili öğren" dedi ve beni dinlemedi. Bu davranışı kabul etmiyorum.',
            `Evrakları ${fmtDate(past(c, 20, 40), 'dot')} tarihinde elden teslim ettim, makbuz da aldım. Şimdi "evrak gelmedi" diyerek ödememi durdurdunuz. Bu ikinci kez oluyor.`,
            'Randevuma tercüman gelmedi, görüşme iptal edildi ve yeni randevu altı hafta sonraya verildi. Bu arada hiç param yok.',
          ),
        ),
        '',
        'Hoe wilt u dat wij contact opnemen?  [x] telefonisch  [ ] per brief',
        `Telefoon: ${c.p.phone}`,
        `Verzonden: ${fmtDate(c.date, 'dmy')} ${clock(c, 0, 23)}  - referentie KL${rng.digits(6)}`,
      ],
    ];
  },
};

const trDiscriminationLetter: Template = {
  id: 'complaint.tr.ayrimcilik-sikayeti-vakif',
  type: 'complaint',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.r.name} - Gönüllü tercüman / vrijwillige tolk`,
        '',
        `${c.org.name} - Klachtencoördinator`,
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dot')}`,
        `Konu: ${he(c, 'Bay', 'Bayan')} ${c.p.lastName} adına şikâyet`,
        '',
        ...paras(
          84,
          `${fmtDate(past(c, 3, 25), 'dot')} tarihindeki görüşmede tercümanlık yaptım. Görüşmede ${c.p.name} ${c.show.birthDate ? `(doğum tarihi ${fmtIso(c.p.birthDate, 'dot')}) ` : ''}ile ilgili olarak danışmanın kullandığı ifadeler beni de rahatsız etti.`,
          `Danışman, ${rng.pick(['başörtüsü nedeniyle iş bulamayacağını', 'Türklerin hep kayıt dışı çalıştığını', 'çocuk sayısı yüzünden zaten çalışmak istemediğini'])} ima eden sözler söyledi ve danışanı konuşturmadı.`,
          'Danışanım bu davranışın incelenmesini ve kendisine yazılı olarak cevap verilmesini istiyor. Gerekirse ben de tanık olarak dinlenebilirim.',
        ),
        ...ids(c, TR_MIXED),
        '',
        'Saygılarımla,',
        c.r.name,
      ],
    ];
  },
};

// --- court documents -------------------------------------------------------------------------

const trFamilyCourt: Template = {
  id: 'court_document.tr.aile-mahkemesi-karar',
  type: 'court_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const city = rng.pick(TR_CITIES);
    const nafaka = rng.int(2000, 15000);
    return paginate(
      [
        'T.C.',
        `${city.toLocaleUpperCase('tr-TR')} ${rng.int(1, 5)}. AİLE MAHKEMESİ`,
        '',
        `ESAS NO  : ${c.date.getUTCFullYear() - rng.int(0, 2)}/${rng.int(100, 1500)} Esas`,
        `KARAR NO : ${c.date.getUTCFullYear() - rng.int(0, 1)}/${rng.int(100, 1500)}`,
        '',
        'HÂKİM    : ' + rng.pick(['Ayşe Korkmaz', 'Mustafa Er', 'Elif Tunç']),
        'KATİP    : ' + rng.pick(['Hasan Öztürk', 'Derya Ak']),
        '',
        `DAVACI   : ${c.p.name} - ${c.p.city} / HOLLANDA`,
        `VEKİLİ   : Av. ${rng.pick(['Serkan Aydın', 'Nur Özdemir', 'Kemal Arslan'])}`,
        `DAVALI   : ${c.q.name}`,
        `DAVA     : ${rng.pick(['Boşanma (Anlaşmalı)', 'Boşanma (Çekişmeli)', 'Nafaka', 'Velayet'])}`,
        `KARAR TARİHİ : ${fmtDate(past(c, 30, 500), 'dot')}`,
        '',
        'Mahkememizde görülmekte olan davanın yapılan açık yargılaması sonunda,',
        '',
        'HÜKÜM: Gerekçesi yukarıda açıklandığı üzere;',
        ...paras(
          84,
          '1- Davanın KABULÜ ile tarafların Türk Medeni Kanunu’nun 166. maddesi uyarınca BOŞANMALARINA,',
          `2- Müşterek çocukların velayetinin ${rng.pick(['anneye', 'babaya'])} verilmesine,`,
          `3- Davalı tarafından müşterek çocuklar için aylık ${money(nafaka)} TL iştirak nafakası ödenmesine,`,
          '4- Yargılama giderlerinin taraflar üzerinde bırakılmasına,',
          'Dair, tarafların yüzüne karşı, gerekçeli kararın tebliğinden itibaren 2 hafta içinde istinaf yolu açık olmak üzere verilen karar açıkça okunup usulen anlatıldı.',
        ),
        '',
        'Katip                        Hâkim',
        'e-imzalıdır                  e-imzalıdır',
        '',
        rng.chance(0.5)
          ? 'KESİNLEŞME ŞERHİ: İşbu karar ' + fmtDate(past(c, 5, 25), 'dot') + ' tarihinde kesinleşmiştir.'
          : 'Apostil eklidir.',
      ],
      rng.int(32, 60),
    );
  },
};

const trInheritanceCourt: Template = {
  id: 'court_document.tr.veraset-ilami',
  type: 'court_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const dec = rng.pick(['Mehmet', 'Hüseyin', 'Fatma', 'Zeynep', 'Ali']);
    const heirs = rng.int(2, 6);
    return [
      [
        'T.C.',
        `${rng.pick(TR_CITIES).toLocaleUpperCase('tr-TR')} ${rng.int(1, 3)}. SULH HUKUK MAHKEMESİ`,
        '',
        `DOSYA NO: ${c.date.getUTCFullYear() - 1}/${rng.int(100, 999)} Esas - ${c.date.getUTCFullYear() - 1}/${rng.int(100, 999)} Karar`,
        '',
        'MİRASÇILIK BELGESİ (VERASET İLAMI)',
        '',
        `DAVACI: ${c.p.name}`,
        `MURİS : ${dec} ${c.p.lastName}, ${fmtDate(past(c, 200, 1500), 'dot')} tarihinde vefat etmiştir.`,
        '',
        ...paras(
          84,
          `Nüfus kayıtları ve dosya kapsamına göre; murisin terekesinin ${heirs} pay itibariyle mirasçılar arasında paylaştırılmasına; ${c.p.name} için 1/${heirs} pay verilmesine,`,
          'Bu belgenin, aksi ispat edilinceye kadar geçerli olmak üzere verilmesine karar verildi.',
        ),
        '',
        'Hâkim',
        '',
        rng.chance(0.5) ? 'Yeminli tercüme (beëdigde vertaling) eklidir.' : '',
      ],
    ];
  },
};

const trAppealLetter: Template = {
  id: 'court_document.tr.mahkemeye-beroep',
  type: 'court_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, TR_MIXED),
        '',
        `${rng.pick(['Rechtbank Rotterdam', 'Rechtbank Amsterdam', 'Rechtbank Overijssel', 'Rechtbank Noord-Holland'])}`,
        'Sector bestuursrecht - İdare hukuku bölümü',
        '',
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        'Konu: Beroepschrift - belediye kararına karşı dava',
        '',
        'Sayın Hâkim,',
        '',
        ...paras(
          82,
          `${c.org.name} tarafından ${fmtDate(past(c, 10, 40), 'dot')} tarihinde itirazım hakkında verilen karara (beslissing op bezwaar) karşı dava açıyorum.`,
          'Belediye itirazımı haksız yere reddetti. Sunduğum belgeleri dikkate almadı ve duruşmada (hoorzitting) söylediklerimi kararda hiç yazmadı.',
          'Mahkemeden kararın iptalini ve belediyenin yeniden karar vermesini talep ediyorum. Gelirim düşük olduğu için griffierecht konusunda indirim istiyorum.',
          rng.chance(0.5) && `Avukatım ${rng.pick(['mr. B. Kaya', 'mr. D. Öztürk', 'mr. L. de Boer'])} gerekçeleri ayrıca gönderecektir.`,
        ),
        '',
        'Saygılarımla,',
        c.p.name,
        'Ek: itiraz kararı (bijlage)',
      ],
    ];
  },
};

// --- UWV decisions ---------------------------------------------------------------------------

const trUwvSwornTranslation: Template = {
  id: 'uwv_decision.tr.uwv-karari-tercume',
  type: 'uwv_decision',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick([
      [
        'WIA',
        `${fmtDate(ahead(c, 5, 40), 'dot')} tarihinden itibaren WGA ödeneği alacaksınız. Kazanç kaybınız %${rng.int(35, 79)} olarak belirlenmiştir.`,
      ],
      ['WW', `İşsizlik ödeneğiniz ${fmtDate(ahead(c, 5, 40), 'dot')} tarihinde sona erecektir. Azami süre dolmuştur.`],
      ['Ziektewet', 'Hastalık ödeneğiniz durdurulmuştur, çünkü sigorta hekimine göre artık çalışabilirsiniz.'],
      ['WW', 'İşsizlik ödeneği başvurunuz reddedilmiştir, çünkü işten kendi isteğinizle ayrıldınız.'],
    ] as const);
    return [
      [
        'TERCÜME / VERTALING',
        '',
        `UWV - ${kind[0]} hakkında karar`,
        `Tarih: ${fmtDate(past(c, 3, 20), 'dot')}`,
        `Sayın ${c.p.name},`,
        ...ids(c, { bsn: ['BSN', 'Vatandaşlık hizmet numarası (BSN)'], client: ['Dosya no'], birth: ['Doğum tarihi'] }),
        '',
        'Kararımız',
        ...paras(84, kind[1]),
        '',
        'Brüt tutar',
        ...paras(84, `Aylık brüt ${money(rng.amount(700, 2600))} euro. Ödeme her ayın sonunda hesabınıza yapılır.`),
        '',
        'Karara katılmıyor musunuz?',
        ...paras(84, 'Bu mektubun tarihinden itibaren 6 hafta içinde itiraz edebilirsiniz.'),
        '',
        `Aslına uygun tercümedir. Yeminli tercüman ${rng.pick(['S. Kılıç', 'A. Uysal', 'N. Erdem'])}, kayıt no ${rng.digits(5)} (Wbtv)`,
      ],
    ];
  },
};

const trUwvWhatsappSummary: Template = {
  id: 'uwv_decision.tr.uwv-mektubu-ozet-whatsapp',
  type: 'uwv_decision',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `WhatsApp - ${c.q.firstName} (kızım)`,
        '',
        `${clock(c, 8, 22)} ${c.q.firstName}: ${ascii('Anne/baba UWV mektubunu okudum. Ozet:')}`,
        `${clock(c, 8, 22)} ${c.q.firstName}: ${ascii(
          one(
            rng,
            `WW'n ${fmtDate(ahead(c, 5, 30), 'dmy')} de bitiyor. Sonra belediyeye bijstand icin gitmen lazim.`,
            `UWV ${money(rng.amount(200, 2500))} euro geri istiyor cunku calistigin saatleri bildirmemissin.`,
            `WIA reddedildi. %35'ten az is goremezlik dediler. 6 hafta icinde itiraz edebiliriz.`,
            `Ziektewet uitkering'in durduruldu, doktor calisabilirsin demis.`,
          ),
        )}`,
        `${clock(c, 8, 22)} ${c.q.firstName}: ${ascii('Mektubun fotografini belediyeye de goturmen lazim, ben ciktisini aldim.')}`,
        ...(c.show.bsn ? [`${clock(c, 8, 22)} ${c.q.firstName}: BSN'in mektupta: ${c.p.bsn}`] : []),
        ...(c.show.clientNumber && c.p.clientNumber ? [`${clock(c, 8, 22)} ${c.q.firstName}: klantnummer ${c.p.clientNumber}`] : []),
        `${clock(c, 8, 22)} ${c.p.firstName}: ${ascii('Tamam kizim sagol')}`,
      ],
    ];
  },
};

// --- tax documents ---------------------------------------------------------------------------

const trPropertyTax: Template = {
  id: 'tax_document.tr.emlak-vergisi-bildirimi',
  type: 'tax_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const city = rng.pick(TR_CITIES);
    const amt = rng.amount(300, 6000);
    return [
      [
        `T.C. ${city.toLocaleUpperCase('tr-TR')} ${rng.pick(['BELEDİYESİ', 'BÜYÜKŞEHİR BELEDİYESİ'])}`,
        'Mali Hizmetler Müdürlüğü - Gelir Servisi',
        '',
        `EMLAK VERGİSİ BORÇ BİLDİRİMİ - ${c.date.getUTCFullYear()}`,
        '',
        `Mükellef: ${c.p.name}`,
        `T.C. Kimlik No: ${tcNo(c)}`,
        `Taşınmaz: ${rng.pick(['Mesken', 'Arsa', 'Tarla', 'Dükkan'])} - ${rng.pick(['Yeni Mah.', 'Cumhuriyet Mah.', 'Fatih Mah.', 'Köy içi'])} Ada ${rng.int(10, 999)} Parsel ${rng.int(1, 80)}`,
        `Hisse: ${rng.pick(['1/1', '1/2', '1/3', '1/4'])}`,
        `Vergi değeri: ${cur(amt * rng.int(200, 800), 'TL')}`,
        '',
        `1. taksit (son ödeme ${fmtDate(ahead(c, 10, 90), 'dot')}): ${cur(amt / 2, 'TL')}`,
        `2. taksit (son ödeme 30.11.${c.date.getUTCFullYear()}): ${cur(amt / 2, 'TL')}`,
        '',
        'Süresinde ödenmeyen vergiye 6183 sayılı Kanun gereğince gecikme zammı uygulanır.',
        'Ödemelerinizi e-Belediye üzerinden veya vezneden yapabilirsiniz.',
      ],
    ];
  },
};

const trRentalIncomeTax: Template = {
  id: 'tax_document.tr.gib-kira-geliri-tahakkuk',
  type: 'tax_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const income = rng.amount(30000, 250000);
    return [
      [
        'T.C. HAZİNE VE MALİYE BAKANLIĞI',
        'GELİR İDARESİ BAŞKANLIĞI',
        `${rng.pick(TR_CITIES)} Vergi Dairesi Müdürlüğü`,
        '',
        'TAHAKKUK FİŞİ - YILLIK GELİR VERGİSİ',
        '',
        `Vergi kimlik no: ${rng.digits(10)}`,
        `Adı soyadı: ${c.p.name}`,
        `Vergilendirme dönemi: ${c.date.getUTCFullYear() - 1}`,
        `Beyan edilen gelir: Gayrimenkul sermaye iradı (kira) ${cur(income, 'TL')}`,
        `İstisna: ${cur(rng.amount(20000, 40000), 'TL')}`,
        `Hesaplanan gelir vergisi: ${cur(income * 0.15, 'TL')}`,
        `Damga vergisi: ${cur(rng.amount(300, 800), 'TL')}`,
        '',
        `Ödeme: 1. taksit ${fmtDate(ahead(c, 5, 60), 'dot')}, 2. taksit 31.07.${c.date.getUTCFullYear()}`,
        '',
        'Bu belge Hazır Beyan Sistemi üzerinden oluşturulmuştur.',
      ],
    ];
  },
};

const trBelastingSummary: Template = {
  id: 'tax_document.tr.belastingdienst-aciklama',
  type: 'tax_document',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick([
      'huurtoeslag',
      'zorgtoeslag',
      'kinderopvangtoeslag',
      'gelir vergisi (aanslag inkomstenbelasting)',
      'voorlopige aanslag',
    ]);
    return [
      [
        `Belastingdienst mektubu - ${c.p.firstName} için notlar`,
        '',
        ...paras(
          56,
          `Mektup tarihi: ${fmtDate(past(c, 2, 20), 'dmy')}. Konu: ${kind} ${c.date.getUTCFullYear() - 1}.`,
          rng.chance(0.6)
            ? `Vergi dairesi ${money(rng.amount(100, 3000))} euro geri istiyor. Son ödeme ${fmtDate(ahead(c, 14, 60), 'dmy')}. Taksit (betalingsregeling) istenebilir.`
            : `Size ${money(rng.amount(50, 1500))} euro geri ödeme yapılacak (teruggave). Bir şey yapmanıza gerek yok.`,
          'Mektubu belediyedeki danışmana da gösterin.',
        ),
        ...ids(c, TR_MIXED, ' '),
        `Not: ${c.r.firstName}, Formulierenbrigade`,
      ],
    ];
  },
};

// --- rental agreements -----------------------------------------------------------------------

const trTurkishLease: Template = {
  id: 'rental_agreement.tr.kira-sozlesmesi-turkiye',
  type: 'rental_agreement',
  lang: 'tr',
  style: 'form',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const rent = rng.int(4000, 30000);
    const city = rng.pick(TR_CITIES);
    return [
      [
        'KİRA SÖZLEŞMESİ',
        '',
        `Mahallesi          : ${rng.pick(['Yenişehir', 'Bahçelievler', 'Karşıyaka', 'Selçuklu'])}`,
        `Sokağı / No        : ${rng.pick(['Gül Sk.', 'Atatürk Cd.', 'Lale Sk.'])} No: ${rng.int(1, 90)} D: ${rng.int(1, 12)} - ${city}`,
        `Kiralananın cinsi  : ${rng.pick(['Daire (3+1)', 'Daire (2+1)', 'Dükkan', 'Müstakil ev'])}`,
        `Kiraya veren       : ${c.p.name} (yurt dışında ikamet, vekili: ${rng.pick(['kardeşi', 'babası', 'yeğeni'])})`,
        `Kiracı             : ${rng.pick(['Osman Kurt', 'Hatice Şen', 'Cem Doğan', 'Gülsüm Aydın'])}`,
        `Aylık kira bedeli  : ${cur(rent, 'TL')}`,
        `Yıllık kira bedeli : ${cur(rent * 12, 'TL')}`,
        "Kira bedelinin ne şekilde ödeneceği: Her ayın 5'ine kadar kiraya verenin banka hesabına",
        `Kira başlangıcı    : ${fmtDate(past(c, 20, 600), 'dot')}`,
        'Kira süresi        : 1 (bir) yıl',
        `Depozito           : ${cur(rent * 2, 'TL')}`,
        '',
        'ÖZEL ŞARTLAR',
        '1. Kiracı kiralananı başkasına kiralayamaz, devredemez.',
        '2. Yıllık kira artışı TÜFE oranında yapılır.',
        '3. Aidat, elektrik, su ve doğalgaz giderleri kiracıya aittir.',
        '',
        'Kiraya veren (vekili)              Kiracı              Kefil',
      ],
    ];
  },
};

const trRoomAgreementNl: Template = {
  id: 'rental_agreement.tr.oda-kiralama-anlasmasi',
  type: 'rental_agreement',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const rent = rng.int(300, 700);
    return [
      [
        maybeAscii(c, 'Oda kiralama anlaşması / Huurovereenkomst kamer'),
        '',
        ...paras(
          56,
          maybeAscii(
            c,
            `Ben ${c.q.name}, ${c.q.street} ${c.q.houseNumber} ${c.q.city} adresindeki evimin bir odasını ${fmtDate(past(c, 0, 40), 'dmy')} tarihinden itibaren ${c.p.name} adlı kişiye kiraya veriyorum.`,
          ),
          maybeAscii(
            c,
            `Aylık kira ${rent} euro, ${rng.pick(['elektrik su dahil', 'faturalar hariç', 'internet dahil'])}. Her ay başında bankaya yatırılacak.`,
          ),
          maybeAscii(c, rng.pick(['Mutfak ve banyo ortak.', 'Misafir kalamaz.', 'Bir ay önceden haber vererek çıkılabilir.'])),
          c.show.bsn && `BSN huurder: ${c.p.bsn}`,
        ),
        '',
        `${fmtDate(c.date, 'dmy')}`,
        maybeAscii(c, 'Ev sahibi imza ........     Kiracı imza ........'),
      ],
    ];
  },
};

const trRentIncreaseLetter: Template = {
  id: 'rental_agreement.tr.kira-artisi-mektubu',
  type: 'rental_agreement',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const old = rng.amount(550, 1100);
    const pct = rng.pick([2.8, 3.5, 4.1, 5.5, 6]);
    return [
      [
        `${rng.pick(['Yılmaz Vastgoed B.V.', 'Özdemir Beheer', 'Aksoy Verhuur'])}`,
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${fmtDate(c.date, 'dot')}`,
        'Konu: Yıllık kira artışı / huurverhoging',
        '',
        `Sayın ${c.p.lastName},`,
        '',
        ...paras(
          82,
          `Kiracısı olduğunuz ${c.p.street} ${c.p.houseNumber} adresindeki konutun kirası ${fmtDate(ahead(c, 30, 60), 'dot')} tarihinden itibaren %${String(pct).replace('.', ',')} artırılacaktır.`,
          `Mevcut kale kira (kale huur): € ${money(old)}  →  yeni kale kira: € ${money(old * (1 + pct / 100))}`,
          `Servis giderleri (servicekosten) değişmeden € ${money(rng.amount(20, 80))} olarak kalmaktadır.`,
          'Bu artışa itiraz etmek isterseniz, yürürlük tarihinden önce bize yazılı olarak bildirebilir veya Huurcommissie’ye başvurabilirsiniz.',
        ),
        ...(c.show.clientNumber && c.p.clientNumber ? ['', `(el yazısı not: gemeente klantnummer ${c.p.clientNumber})`] : []),
        '',
        'Saygılarımızla,',
        rng.pick(['Yönetim', 'Mülk sahibi']),
      ],
    ];
  },
};

// --- holiday notices -------------------------------------------------------------------------

const trSummerNote: Template = {
  id: 'holiday_notice.tr.yaz-tatili-not',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 5, 45);
    return [
      [
        maybeAscii(c, 'Belediyeye (Werk en Inkomen)', 0.6),
        '',
        ...paras(
          50,
          maybeAscii(
            c,
            `Ben ve ailem ${fmtDate(go, 'dmy')} - ${fmtDate(addDays(go, rng.int(14, 28)), 'dmy')} arası ${rng.pick(['Türkiye', "Kayseri'ye", 'memlekete (Yozgat)', "Antalya'ya"])} gidiyoruz. ${rng.pick(['Arabayla gidiyoruz.', 'Biletler kayınpederden.', 'Köyde annemin evinde kalacağız.'])}`,
            0.6,
          ),
          maybeAscii(c, 'Vakantie melding olarak kaydedin lütfen.', 0.6),
        ),
        '',
        c.p.name,
        ...ids(c, TR_MIXED, ' '),
      ],
    ];
  },
};

const trSurgeryEmail: Template = {
  id: 'holiday_notice.tr.annem-ameliyat-email',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 1, 10);
    const back = addDays(go, rng.int(10, 35));
    return [
      [
        `Kimden: ${mailName(c)}@gmail.com`,
        `Kime: ${c.r.firstName.toLowerCase()}.${c.r.lastName.toLowerCase().replace(/[^a-z]/g, '')}@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Konu: ${rng.pick(['Yurt dışına çıkış bildirimi', 'melding verblijf buitenland', 'Türkiye’ye acil gidiş'])}`,
        '',
        `Sayın ${c.r.gender === 'f' ? 'Mevrouw' : 'Meneer'} ${c.r.lastName},`,
        '',
        ...paras(
          80,
          `${rng.pick(['Annem', 'Babam', 'Kız kardeşim'])} memlekette (${rng.pick(TR_CITIES)}) ${rng.pick(['kalp ameliyatı olacak', 'kemoterapiye başladı', 'felç geçirdi ve yoğun bakımda'])}. Yanında olmam gerekiyor.`,
          `Gidiş: ${fmtDate(go, 'dmy')}  -  Dönüş (planlanan): ${fmtDate(back, 'dmy')}`,
          'Bu süre içinde yardımımın nasıl etkileneceğini bilmiyorum; lütfen bilgi verin. Hastane belgesini dönüşte getireceğim.',
          rng.chance(0.5) && 'Sollicitatie görevlerimi döndükten sonra tamamlayacağım.',
        ),
        ...ids(c, TR_MIXED),
        '',
        'Saygılarımla,',
        c.p.name,
      ],
    ];
  },
};

const trFlightBooking: Template = {
  id: 'holiday_notice.tr.ucak-bileti-notlu',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 7, 60);
    const back = addDays(go, rng.int(7, 27));
    const air = rng.pick(['Pegasus', 'SunExpress', 'Türk Hava Yolları', 'Corendon']);
    const to = rng.pick(['Ankara (ESB)', 'Kayseri (ASR)', 'İstanbul (SAW)', 'Antalya (AYT)', 'Gaziantep (GZT)']);
    return [
      [
        `${air} - Rezervasyon onayı / E-bilet`,
        `PNR: ${rng.letters(6, 'ABCDEFGHJKLMNPRSTUVWXYZ')}`,
        '',
        `Yolcu: ${c.p.lastName.toUpperCase()}/${c.p.firstName.toUpperCase()} ${c.p.gender === 'f' ? 'MRS' : 'MR'}`,
        '',
        `Gidiş : ${fmtDate(go, 'dot')}  ${rng.pick(['Amsterdam (AMS)', 'Rotterdam (RTM)', 'Eindhoven (EIN)'])} → ${to}  ${clock(c, 5, 22)}`,
        `Dönüş : ${fmtDate(back, 'dot')}  ${to} → ${rng.pick(['Amsterdam (AMS)', 'Eindhoven (EIN)'])}  ${clock(c, 5, 22)}`,
        `Bagaj: ${rng.pick(['20 kg', '15 kg', '30 kg'])}    Toplam ücret: ${money(rng.amount(180, 700))} EUR`,
        '',
        'Uçuştan 2 saat önce havalimanında olunuz.',
        '',
        `[el yazısı] ${ascii('Vakantie melding - bu tarihlerde Turkiyedeyim.')} ${[
          ...(c.show.clientNumber && c.p.clientNumber ? [c.p.clientNumber] : []),
          ...(c.show.bsn ? [`BSN ${c.p.bsn}`] : []),
        ].join(' ')}`,
      ],
    ];
  },
};

// --- medical statements ----------------------------------------------------------------------

const trEpicrisis: Template = {
  id: 'medical_statement.tr.epikriz-raporu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const inDate = past(c, 15, 200);
    const dx = rng.pick([
      ['Lomber disk hernisi (M51.1)', 'bel ağrısı ve bacağa yayılan uyuşma'],
      ['Akut miyokard enfarktüsü (I21.9)', 'göğüs ağrısı ve nefes darlığı'],
      ['Majör depresif bozukluk (F32.2)', 'uykusuzluk, isteksizlik ve çarpıntı'],
      ['Tip 2 diyabet, diyabetik ayak (E11.5)', 'ayakta yara ve uyuşma'],
      ['Sol diz menisküs yırtığı (S83.2)', 'yürürken diz ağrısı ve kilitlenme'],
    ] as const);
    return [
      [
        'T.C. SAĞLIK BAKANLIĞI',
        `${rng.pick(TR_CITIES)} ${rng.pick(['Şehir Hastanesi', 'Devlet Hastanesi', 'Eğitim ve Araştırma Hastanesi'])}`,
        '',
        'EPİKRİZ',
        '',
        `Hasta adı soyadı: ${c.p.name}`,
        ...(c.show.birthDate ? [`Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Protokol no: ${rng.digits(8)}`,
        `Servis: ${rng.pick(['Ortopedi', 'Kardiyoloji', 'Nöroloji', 'Genel Cerrahi', 'Psikiyatri'])}`,
        `Yatış tarihi: ${fmtDate(inDate, 'dot')}   Çıkış tarihi: ${fmtDate(addDays(inDate, rng.int(2, 20)), 'dot')}`,
        '',
        `Tanı: ${dx[0]}`,
        '',
        'Şikâyet ve hikâye:',
        ...paras(84, `Hasta ${rng.int(1, 12)} aydır devam eden ${dx[1]} şikâyetiyle başvurdu.`),
        '',
        'Yapılan işlemler ve öneriler:',
        ...paras(
          84,
          `${rng.pick(['Operasyon uygulandı.', 'Medikal tedavi başlandı.', 'Anjiyografi yapıldı, stent takıldı.', 'Fizik tedavi programına alındı.'])} Hastanın ${rng.int(4, 12)} hafta ağır fiziksel iş yapmaması, kontrole gelmesi önerildi.`,
        ),
        '',
        `Sorumlu hekim: ${rng.pick(TR_DOCTORS)}`,
        'e-imzalıdır',
      ],
    ];
  },
};

const trRestReport: Template = {
  id: 'medical_statement.tr.istirahat-raporu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 0, 14);
    const days = rng.int(3, 30);
    return [
      [
        'İSTİRAHAT RAPORU',
        `${rng.pick(['Aile Sağlığı Merkezi', 'Özel Medline Hastanesi', 'Devlet Hastanesi Acil Servis'])} - ${rng.pick(TR_CITIES)}`,
        '',
        `Adı Soyadı    : ${c.p.name}`,
        `Doğum tarihi  : ${c.show.birthDate ? fmtIso(c.p.birthDate, 'dot') : '—'}`,
        `Tanı (ICD-10) : ${rng.pick(['J18.9 Pnömoni', 'M54.5 Bel ağrısı', 'K35 Akut apandisit', 'S52 Önkol kırığı'])}`,
        `Rapor başlangıç: ${fmtDate(start, 'dot')}`,
        `Rapor süresi  : ${days} gün`,
        `Çalışır/Kontrol: ${fmtDate(addDays(start, days), 'dot')}`,
        '',
        'Hastanın yukarıda belirtilen süre kadar istirahati uygundur.',
        '',
        `Hekim: ${rng.pick(TR_DOCTORS)}     Diploma tescil no: ${rng.digits(6)}`,
        'Kaşe / imza',
      ],
    ];
  },
};

const trHealthNoteToConsultant: Template = {
  id: 'medical_statement.tr.saglik-durumu-mektup',
  type: 'medical_statement',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        maybeAscii(c, `Sayın ${c.r.gender === 'f' ? 'Mevrouw' : 'Meneer'} ${c.r.lastName} (werkcoach),`),
        '',
        ...paras(
          52,
          maybeAscii(
            c,
            `${rng.pick(['Taalles', 'Werkervaringsplaats', 'Sollicitatietraining', 'Vrijwilligerswerk'])}'e şu an gidemiyorum. ${one(rng, 'Boynumda fıtık var, kolum uyuşuyor.', 'Panik atak geçiriyorum, evden çıkamıyorum.', 'Şeker hastalığım yüzünden ayağımda yara var, yürüyemiyorum.', 'Hamileyim ve doktor yatak istirahati verdi.')}`,
            0.6,
          ),
          maybeAscii(
            c,
            `Huisarts beni ${rng.pick(['fizyoterapiye', 'psikoloğa (GGZ)', 'hastaneye', 'uzmana'])} yönlendirdi. Doktor mektubu ekte.`,
            0.6,
          ),
          maybeAscii(c, 'İyileşince hemen devam etmek istiyorum.', 0.6),
        ),
        '',
        c.p.name,
        ...ids(c, TR_MIXED, ' '),
        fmtDate(c.date, 'dmy'),
      ],
    ];
  },
};

// --- job application proof -------------------------------------------------------------------

const trApplicationLog: Template = {
  id: 'job_application_proof.tr.basvuru-listesi',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rows = Array.from({ length: rng.int(3, 8) }, () =>
      row(
        [
          fmtDate(past(c, 1, 30), 'dot'),
          rng.pick([...EMPLOYERS, ...STAFFING]).slice(0, 24),
          rng.pick(['depo', 'temizlik', 'kasiyer', 'şoför', 'mutfak', 'üretim']),
          rng.pick(['e-posta', 'internet', 'şahsen', 'telefon']),
          rng.pick(['ret', 'cevap yok', 'görüşme', 'bekliyor']),
        ],
        [10, 25, 9, 9, 10],
      ),
    );
    return [
      [
        `İş başvuru listesi (sollicitatieformulier) - ${c.p.name}`,
        ...idsInline(c, TR_MIXED),
        '',
        row(['Tarih', 'Şirket', 'Pozisyon', 'Nasıl', 'Sonuç'], [10, 25, 9, 9, 10]),
        ...rows,
        '',
        rng.pick(['Not: Werk.nl’de CV’im güncel.', 'Not: iki ajansa kayıt oldum.', 'Not: ehliyetim yok, bu yüzden bazı işler olmuyor.']),
        `İmza: ${c.p.firstName}`,
      ],
    ];
  },
};

const trEmployerReplyEmail: Template = {
  id: 'job_application_proof.tr.isveren-cevap-email',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Öz Bakkerij', 'Anadolu Groothandel B.V.', 'Sultan Market', 'Bosporus Catering', 'Ege Transport']);
    const pos = rng.pick(['kasiyer', 'depo çalışanı', 'şoför', 'mutfak yardımcısı', 'satış elemanı']);
    return [
      [
        `Gönderen: ${firm} <ik@${firm.toLowerCase().replace(/[^a-z]/g, '')}.nl>`,
        `Alıcı: ${mailName(c)}@hotmail.com`,
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        `Konu: Ynt: ${pos} pozisyonu başvurusu`,
        '',
        `Merhaba ${c.p.firstName}${rng.pick([he(c, ' Bey', ' Hanım'), ''])},`,
        '',
        ...paras(
          80,
          one(
            rng,
            `${pos} pozisyonu için başvurunuz bize ulaştı, teşekkür ederiz. Değerlendirme sonrası size dönüş yapacağız.`,
            `Başvurunuz için teşekkürler. Maalesef şu an için ${pos} pozisyonunu doldurduk. Özgeçmişinizi 6 ay saklayacağız.`,
            `Sizinle görüşmek istiyoruz. Tarih: ${fmtDate(ahead(c, 2, 10), 'dot')}, saat: ${clock(c, 9, 16)}. Yer: mağazamız. Kimliğinizi yanınızda getiriniz.`,
          ),
        ),
        '',
        'İyi çalışmalar,',
        `${c.r.firstName} - ${firm}`,
      ],
    ];
  },
};

const trAgencyRegistration: Template = {
  id: 'job_application_proof.tr.ajans-kayit-onayi',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['Flex Anatolia Uitzendbureau', 'Bosfor Personeel', 'Werkpunt Türkçe masası', 'Yeni Start Uitzenden']);
    return [
      [
        `${agency}`,
        `${fmtDate(c.date, 'dot')}`,
        '',
        'Kayıt onayı',
        '',
        `Sayın ${c.p.name}${c.show.birthDate ? ` (d. ${fmtIso(c.p.birthDate, 'dmy')})` : ''},`,
        '',
        ...paras(
          80,
          `Bugün ofisimizde kayıt yaptırdınız. Aradığınız işler: ${rng.pick(['üretim ve paketleme', 'temizlik', 'lojistik/depo', 'şoförlük (C ehliyet)'])}, haftada ${rng.int(16, 40)} saat.`,
          'Uygun bir iş çıktığında sizi telefonla arayacağız. Werk.nl hesabınızda bu kaydı sollicitatie olarak gösterebilirsiniz.',
          `Danışmanınız: ${c.r.firstName}, tel. ${c.r.phone}`,
        ),
      ],
    ];
  },
};

// --- employment contracts --------------------------------------------------------------------

const trFixedTermContract: Template = {
  id: 'employment_contract.tr.belirli-sureli-is-sozlesmesi',
  type: 'employment_contract',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const start = ahead(c, 1, 40);
    return paginate(
      [
        'BELİRLİ SÜRELİ İŞ SÖZLEŞMESİ',
        '',
        `İŞVEREN: ${rng.pick(['Kardeşler Tekstil Ltd. Şti.', 'Akdeniz Turizm A.Ş. (Otel)', 'Demir Lojistik A.Ş.'])}, ${rng.pick(TR_CITIES)}`,
        `İŞÇİ: ${c.p.name}, T.C. Kimlik No ${tcNo(c)}`,
        '',
        `Madde 1 - Konu: İşçi, işverenin işyerinde ${rng.pick(['sezonluk garson', 'kat görevlisi', 'forklift operatörü', 'dikiş operatörü'])} olarak çalışacaktır.`,
        `Madde 2 - Süre: Sözleşme ${fmtDate(start, 'dot')} tarihinde başlar, ${fmtDate(addDays(start, rng.int(90, 300)), 'dot')} tarihinde kendiliğinden sona erer.`,
        `Madde 3 - Ücret: Aylık brüt ${cur(rng.amount(22000, 45000), 'TL')}; her ayın en geç 5'inde banka hesabına ödenir.`,
        'Madde 4 - Çalışma süresi: Haftalık 45 saattir. Fazla çalışma 4857 sayılı İş Kanunu hükümlerine göre ücretlendirilir.',
        'Madde 5 - Deneme süresi: 2 aydır.',
        'Madde 6 - Yıllık izin ve diğer haklar yasal düzenlemelere tabidir.',
        'Madde 7 - Uyuşmazlık: İşyerinin bulunduğu yer İş Mahkemeleri yetkilidir.',
        '',
        `Düzenleme tarihi: ${fmtDate(c.date, 'dot')}   (iki nüsha)`,
        '',
        'İŞVEREN                         İŞÇİ',
        'kaşe/imza                       imza',
      ],
      40,
    );
  },
};

const trNlShopContract: Template = {
  id: 'employment_contract.tr.is-sozlesmesi-hollanda',
  type: 'employment_contract',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Sultan Supermarkt B.V.',
      'Bakkerij Öz V.O.F.',
      'Efes Grillroom',
      'Kaya Schoonmaak B.V.',
      'Anatolia Logistiek B.V.',
    ]);
    return [
      [
        `${firm}`,
        'İŞ SÖZLEŞMESİ (Arbeidsovereenkomst)',
        '',
        `İşveren: ${firm}, KvK ${rng.digits(8)}`,
        `Çalışan: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, { bsn: ['BSN', 'Burgerservicenummer'], client: ['Dosya no'], birth: ['Doğum tarihi'] }),
        '',
        `1. Görev: ${rng.pick(['satış elemanı', 'fırın yardımcısı', 'temizlik görevlisi', 'depo çalışanı', 'garson'])}`,
        `2. Başlangıç: ${fmtDate(ahead(c, 0, 30), 'dmy')} - süre: ${rng.pick(['6 ay', '7 ay', '1 yıl', 'belirsiz süreli (onbepaalde tijd)'])}`,
        `3. Çalışma saati: haftada ${rng.pick([8, 12, 20, 24, 32, 40])} saat${rng.chance(0.3) ? ' (oproepkracht / çağrı üzerine)' : ''}`,
        `4. Brüt saat ücreti: € ${money(rng.amount(14, 16.8))} + %8 vakantiegeld`,
        `5. Uygulanan CAO: ${rng.pick(['Levensmiddelenbedrijf', 'Horeca', 'Schoonmaak', 'yok'])}`,
        '6. Deneme süresi: 1 ay. Fesih süresi: 1 ay.',
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dmy')}`,
        'İşveren imza: ________     Çalışan imza: ________',
      ],
    ];
  },
};

// --- identity documents ----------------------------------------------------------------------

const trIdCard: Template = {
  id: 'identity_document.tr.tc-kimlik-karti',
  type: 'identity_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const serial = `A${rng.digits(2)}${rng.letters(1)}${rng.digits(5)}`;
    return [
      [
        'TÜRKİYE CUMHURİYETİ KİMLİK KARTI',
        'REPUBLIC OF TÜRKİYE IDENTITY CARD',
        '',
        `T.C. Kimlik No / TR Identity No: ${tcNo(c)}`,
        `Soyadı / Surname: ${c.p.lastName.toUpperCase()}`,
        `Adı / Given Name(s): ${c.p.firstName.toUpperCase()}`,
        `Doğum Tarihi / Date of Birth: ${fmtIso(c.p.birthDate, 'dot')}`,
        `Cinsiyeti / Gender: ${c.p.gender === 'f' ? 'K/F' : 'E/M'}`,
        `Seri No / Document No: ${serial}`,
        `Son Geçerlilik / Valid Until: ${fmtDate(addDays(c.date, rng.int(200, 3600)), 'dot')}`,
        `Uyruğu / Nationality: T.C./TUR`,
        '',
        `[arka yüz] Anne Adı / Mother's Name: ${rng.pick(['FATMA', 'AYŞE', 'HATİCE', 'EMİNE'])}   Baba Adı / Father's Name: ${rng.pick(['MEHMET', 'AHMET', 'MUSTAFA', 'HASAN'])}`,
        `Veren Makam / Issued By: ${rng.pick(['T.C. LAHEY BÜYÜKELÇİLİĞİ', 'T.C. ROTTERDAM BAŞKONSOLOSLUĞU', `${rng.pick(TR_CITIES).toLocaleUpperCase('tr-TR')} NÜFUS MÜD.`])}`,
        `I<TUR${serial}<${rng.digits(1)}<<<<<<<<<<<<<<<`,
        ...(c.show.bsn ? [`(fotokopi üzerine yazılmış) BSN ${fmtBsn(c.p.bsn, rng)}`] : []),
      ],
    ];
  },
};

const trPassport: Template = {
  id: 'identity_document.tr.pasaport',
  type: 'identity_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const no = `U${rng.digits(8)}`;
    return [
      [
        'TÜRKİYE CUMHURİYETİ',
        'PASAPORT - PASSPORT',
        '',
        `Tipi / Type: P    Ülke Kodu / Code: TUR    Pasaport No: ${no}`,
        `Soyadı / Surname: ${c.p.lastName.toUpperCase()}`,
        `Adı / Given names: ${c.p.firstName.toUpperCase()}`,
        `Doğum tarihi / Date of birth: ${fmtIso(c.p.birthDate, 'dot')}`,
        `Doğum yeri / Place of birth: ${rng.pick(TR_CITIES).toLocaleUpperCase('tr-TR')}`,
        `Cinsiyeti / Sex: ${c.p.gender === 'f' ? 'K/F' : 'E/M'}`,
        `Veriliş tarihi / Date of issue: ${fmtDate(addDays(c.date, -rng.int(100, 3000)), 'dot')}`,
        `Geçerlilik tarihi / Date of expiry: ${fmtDate(addDays(c.date, rng.int(-200, 3000)), 'dot')}`,
        `Makam / Authority: ${rng.pick(['T.C. AMSTERDAM BAŞKONSOLOSLUĞU', 'EMNİYET GENEL MÜDÜRLÜĞÜ', 'T.C. DEVENTER BAŞKONSOLOSLUĞU'])}`,
        '',
        `P<TUR${c.p.lastName.toUpperCase().replace(/[^A-Z]/g, '<')}<<${c.p.firstName.toUpperCase().replace(/[^A-Z]/g, '<')}`
          .padEnd(44, '<')
          .slice(0, 44),
      ],
    ];
  },
};

const trOldNufusCuzdani: Template = {
  id: 'identity_document.tr.eski-nufus-cuzdani',
  type: 'identity_document',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'T.C. NÜFUS CÜZDANI',
        `Seri: ${rng.letters(1)}${rng.digits(2)}  No: ${rng.digits(6)}`,
        `T.C. Kimlik No: ${tcNo(c)}`,
        '',
        `Soyadı: ${c.p.lastName}`,
        `Adı: ${c.p.firstName}`,
        `Baba adı: ${rng.pick(['Ali', 'Osman', 'İbrahim', 'Halil'])}`,
        `Ana adı: ${rng.pick(['Zehra', 'Meryem', 'Havva', 'Şerife'])}`,
        `Doğum yeri: ${rng.pick(TR_CITIES)}`,
        `Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')}`,
        `Medeni hali: ${rng.pick(['Evli', 'Bekâr', 'Dul', 'Boşanmış'])}`,
        '',
        `Nüfusa kayıtlı olduğu il: ${rng.pick(TR_CITIES)}   İlçe: Merkez   Mahalle/Köy: ${rng.pick(['Hacılar', 'Yeşilyurt', 'Çamlıbel'])}`,
        `Cilt no: ${rng.int(1, 200)}  Aile sıra no: ${rng.int(1, 900)}  Sıra no: ${rng.int(1, 60)}`,
        `Veriliş nedeni: ${rng.pick(['Değiştirme', 'Kayıp', 'Evlenme'])}   Veriliş tarihi: ${fmtDate(addDays(c.date, -rng.int(3000, 9000)), 'dot')}`,
      ],
    ];
  },
};

// --- debt notices ----------------------------------------------------------------------------

const trPaymentOrder: Template = {
  id: 'debt_notice.tr.icra-odeme-emri',
  type: 'debt_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const principal = rng.amount(5000, 200000);
    const interest = principal * rng.amount(0.05, 0.4);
    return [
      [
        'T.C.',
        `${rng.pick(TR_CITIES).toLocaleUpperCase('tr-TR')} ${rng.int(1, 12)}. İCRA DAİRESİ`,
        `DOSYA NO: ${c.date.getUTCFullYear()}/${rng.int(1000, 40000)}`,
        '',
        'ÖDEME EMRİ (İlamsız takiplerde - Örnek 7)',
        '',
        `ALACAKLI: ${rng.pick(['Türkiye Garanti Bankası A.Ş.', 'Akbank T.A.Ş.', 'Turkcell İletişim Hizmetleri A.Ş.', 'Yapı Kredi Bankası A.Ş.'])}`,
        `VEKİLİ: Av. ${rng.pick(['Murat Gök', 'Esra Balcı', 'Tolga Şimşek'])}`,
        `BORÇLU: ${c.p.name} - Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city} / HOLLANDA`,
        '',
        `Asıl alacak        : ${cur(principal, 'TL')}`,
        `İşlemiş faiz       : ${cur(interest, 'TL')}`,
        `Toplam             : ${cur(principal + interest, 'TL')}`,
        `Alacağın sebebi    : ${rng.pick(['Kredi kartı borcu', 'İhtiyaç kredisi', 'Fatura borcu', 'Kefalet'])}`,
        '',
        ...paras(
          84,
          'Yukarıda yazılı borcu bu ödeme emrinin tebliğinden itibaren 7 gün içinde ödemeniz, borcun tamamına veya bir kısmına itirazınız varsa yine bu süre içinde icra dairesine bildirmeniz gerekir.',
          'Aksi halde cebri icraya devam olunacağı ihtar olunur.',
        ),
        '',
        'İcra Müdürü - mühür / imza',
      ],
    ];
  },
};

const trBankWarning: Template = {
  id: 'debt_notice.tr.banka-ihtarname',
  type: 'debt_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const debt = rng.amount(2000, 80000);
    return [
      [
        rng.pick(['QNB Finansbank A.Ş.', 'Denizbank A.Ş.', 'Halkbank A.Ş.']),
        'Yasal Takip ve Tahsilat Müdürlüğü',
        '',
        'İHTARNAME',
        '',
        `Muhatap: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}, Hollanda`,
        '',
        ...paras(
          84,
          `Bankamız nezdindeki ${rng.pick(['kredi kartı', 'kredili mevduat hesabı', 'bireysel kredi'])} sözleşmenizden kaynaklanan ${cur(debt, 'TL')} borcunuz vadesinde ödenmemiştir.`,
          `İşbu ihtarnamenin tebliğinden itibaren ${rng.pick(['30', '15'])} gün içinde borcunuzu faiz ve masraflarıyla birlikte ödemenizi, aksi takdirde hesabınızın kat edilerek yasal takip başlatılacağını ve Kredi Kayıt Bürosu kayıtlarına yansıyacağını ihtar ederiz.`,
        ),
        '',
        `${fmtDate(c.date, 'dot')}`,
        'Saygılarımızla',
      ],
    ];
  },
};

const trDebtHelpLetter: Template = {
  id: 'debt_notice.tr.borclarim-var-yardim',
  type: 'debt_notice',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const list = rng.sample(
      [
        'Belastingdienst (toeslag)',
        'CZ zorgverzekering',
        'Eneco',
        'Odido telefon',
        'CJIB ceza',
        'Woonstichting kira borcu',
        'Wehkamp',
        'Riverty',
      ],
      rng.int(2, 5),
    );
    return [
      [
        maybeAscii(c, 'Schuldhulpverlening bölümüne'),
        '',
        ...paras(
          52,
          maybeAscii(
            c,
            one(
              rng,
              'Borçlarım çok birikti, artık ödeyemiyorum.',
              'Her gün aanmaning geliyor, kapıya deurwaarder geldi.',
              'Maaşımdan beslag (haciz) kesiliyor, geriye çok az kalıyor.',
            ),
            0.6,
          ),
        ),
        ...list.map((x) => `- ${x}  € ${money(rng.amount(60, 3000))}`),
        '',
        ...paras(52, maybeAscii(c, 'Lütfen bana bir schuldhulp randevusu verin. Mektupları getirebilirim.', 0.6)),
        '',
        c.p.name,
        ...ids(c, TR_MIXED, ' '),
        c.p.phone,
      ],
    ];
  },
};

// --- other -----------------------------------------------------------------------------------

const trWeddingInvitation: Template = {
  id: 'other.tr.dugun-davetiyesi',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const day = ahead(c, 14, 120);
    return [
      [
        rng.pick(['Mutluluğumuzu paylaşmak istiyoruz', 'Davetlisiniz', 'Bir ömür boyu...']),
        '',
        `${rng.pick(['Elif', 'Büşra', 'Merve', 'Sena'])} & ${rng.pick(['Emre', 'Burak', 'Oğuz', 'Kerem'])}`,
        '',
        ...paras(
          70,
          `Çocuklarımız ${fmtDate(day, 'dot')} ${rng.pick(['Cumartesi', 'Pazar'])} günü saat ${rng.pick(['18.00’de', '19.00’da', '20.00’de', '17.30’da'])} ${rng.pick(['Salon Saray', 'Zaal Istanbul', 'Feestzaal Anatolia'])}, ${c.org.city} adresinde dünyaevine giriyor.`,
          'Bu mutlu günümüzde sizleri de aramızda görmekten onur duyarız.',
        ),
        '',
        `Aileleri: ${c.q.lastName} ve ${c.r.lastName}`,
        'LCV: ' + c.r.phone,
      ],
    ];
  },
};

const trConsulateAppointment: Template = {
  id: 'other.tr.konsolosluk-randevu',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        `T.C. ${rng.pick(['Amsterdam', 'Rotterdam', 'Deventer'])} Başkonsolosluğu`,
        'Konsolosluk Randevu Sistemi (konsolosluk.gov.tr)',
        '',
        'RANDEVU BİLGİLERİ',
        `Başvuru sahibi: ${c.p.name}`,
        `İşlem: ${rng.pick(['Pasaport başvurusu', 'Kimlik kartı başvurusu', 'Vekâletname', 'Doğum tescili', 'Askerlik işlemleri'])}`,
        `Tarih / saat: ${fmtDate(ahead(c, 5, 60), 'dot')} ${clock(c, 9, 15)}`,
        `Randevu no: ${rng.digits(10)}`,
        '',
        'Randevu saatinden 15 dakika önce hazır bulununuz. Gerekli belgeler ve harç ücreti için internet sitemizi ziyaret ediniz.',
      ],
    ];
  },
};

const trMosqueReceipt: Template = {
  id: 'other.tr.dernek-bagis-makbuzu',
  type: 'other',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    return [
      [
        `${rng.pick(['Ulu Camii Derneği', 'Stichting Mevlana Camii', 'Eyüp Sultan Kültür Derneği'])} - ${c.org.city}`,
        '',
        `BAĞIŞ / AİDAT MAKBUZU   No: ${rng.digits(5)}`,
        '',
        `Sayın: ${c.p.name}`,
        `Açıklama: ${rng.pick(['Yıllık üyelik aidatı', 'Kurban bağışı', 'Fitre ve zekât', 'Kuran kursu katkı payı', 'Cami inşaat bağışı'])}`,
        `Tutar: € ${money(rng.amount(10, 250))}`,
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        '',
        'Allah kabul etsin. Teşekkür ederiz.',
        'Sayman: imza',
      ],
    ];
  },
};

const turkish: Template[] = [
  trTurkishBordro,
  trBilingualPayslip,
  trCashReceipt,
  trZiraatStatement,
  trMobileExport,
  trForeignCurrencyAccount,
  trSpouseWorkNote,
  trDaughterEmail,
  trIncomeForm,
  trMovedWhatsapp,
  trDivorceApplication,
  trFoundationApplication,
  trSonForFather,
  trAngryObjection,
  trFormalObjection,
  trShortEmailObjection,
  trPhoneComplaint,
  trWebsiteComplaint,
  trDiscriminationLetter,
  trFamilyCourt,
  trInheritanceCourt,
  trAppealLetter,
  trUwvSwornTranslation,
  trUwvWhatsappSummary,
  trPropertyTax,
  trRentalIncomeTax,
  trBelastingSummary,
  trTurkishLease,
  trRoomAgreementNl,
  trRentIncreaseLetter,
  trSummerNote,
  trSurgeryEmail,
  trFlightBooking,
  trEpicrisis,
  trRestReport,
  trHealthNoteToConsultant,
  trApplicationLog,
  trEmployerReplyEmail,
  trAgencyRegistration,
  trFixedTermContract,
  trNlShopContract,
  trIdCard,
  trPassport,
  trOldNufusCuzdani,
  trPaymentOrder,
  trBankWarning,
  trDebtHelpLetter,
  trWeddingInvitation,
  trConsulateAppointment,
  trMosqueReceipt,
];

/** Filled in by the foreign-voices-a work: Arabic and Turkish. */
export const foreignVoicesATemplates: Template[] = [...arabic, ...turkish];
