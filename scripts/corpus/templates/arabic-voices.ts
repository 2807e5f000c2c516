import { BANKS, DEBT_COLLECTORS, EMPLOYERS, HOUSING_CORPS, STAFFING } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  ahead,
  clock,
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
} from '../template.ts';

/**
 * Arabic voices: Syrian, Iraqi, Moroccan, Egyptian, Sudanese and Yemeni writers, for every document
 * type. Modern Standard Arabic next to colloquial writing; messages typed on a phone (no
 * punctuation, Dutch words in the middle: uitkering, gemeente, klantnummer); institutions at home
 * (banks, hospitals, courts, ministries, tax offices); sworn translations; forms filled in by hand.
 * Each template is its own group with its own wording.
 *
 * Client evidence (BSN, client number, birth date) is written in Latin digits next to the writer's
 * own label, and only when `c.show` asks for it. Foreign amounts and dates may use Arabic-Indic digits.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const idsInline = (c: Ctx, l: IdLabels, joint = ' ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });

/** Labels typed on a phone: Dutch words copied from the letters, lower case, half in Arabic. */
const PHONE: IdLabels = {
  bsn: ['bsn', 'BSN', 'رقم bsn', 'البي اس ان'],
  client: ['klantnummer', 'klantnummer', 'رقم klantnummer', 'klant nummer'],
  birth: ['مواليد', 'تاريخ ميلادي', 'geboortedatum'],
};
/** Formal MSA labels, the Dutch term in brackets. */
const FORMAL: IdLabels = {
  bsn: ['رقم المواطن (BSN)', 'رقم الخدمة المدنية (BSN)', 'رقم BSN'],
  client: ['رقم العميل (Klantnummer)', 'رقم الملف لدى البلدية (klantnummer)', 'Klantnummer'],
  birth: ['تاريخ الميلاد', 'تاريخ الميلاد (geboortedatum)'],
};
/** Egyptian and Sudanese writers' labels. */
const EG: IdLabels = {
  bsn: ['الرقم القومي الهولندي BSN', 'رقم BSN', 'BSN nummer'],
  client: ['رقم العميل', 'رقم الملف klantnummer', 'Klantnummer'],
  birth: ['تاريخ الميلاد', 'مواليد'],
};

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Arabic-Indic digits for foreign amounts and dates; never for client evidence. */
const arNum = (s: string | number) => String(s).replace(/\d/g, (d) => AR_DIGITS[Number(d)] as string);
/** Thousands with commas, the way Egyptian and Sudanese banks print them. */
const grouped = (x: number) => x.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

const mailName = (c: Ctx) =>
  `${c.p.firstName.toLowerCase()}${c.rng.pick(['.', '_', ''])}${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.int(1, 99)}`;
const domain = (c: Ctx) => c.org.city.toLowerCase().replace(/[^a-z]/g, '');
/** Phone typing: the Arabic punctuation left out. */
const bare = (s: string) => s.replace(/[،؛؟!]/g, '').replace(/\.(\s|$)/g, '$1');

const EG_CITIES = ['القاهرة', 'الإسكندرية', 'المنصورة', 'أسيوط', 'طنطا', 'الزقازيق', 'المنيا'];
const SD_CITIES = ['الخرطوم', 'أم درمان', 'بورتسودان', 'ود مدني', 'الأبيض', 'كسلا'];
const YE_CITIES = ['صنعاء', 'عدن', 'تعز', 'الحديدة', 'إب', 'المكلا'];
const IQ_CITIES = ['بغداد', 'البصرة', 'الموصل', 'النجف', 'كربلاء'];

// =============================================================================================
// payslip

const egShopPayslip: Template = {
  id: 'payslip.ar.kashf-murattab-mahall-masri',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Slagerij Al Nour V.O.F.', 'Bakkerij Masr B.V.', 'Koshary House', 'Supermarkt Cleopatra', 'Grillroom El Nil']);
    const hours = rng.int(40, 150);
    const rate = rng.amount(14.1, 15.6);
    const gross = Math.round(hours * rate * 100) / 100;
    const vg = Math.round(gross * 0.08 * 100) / 100;
    const lh = Math.round((gross + vg) * rng.amount(0.02, 0.11) * 100) / 100;
    const net = gross + vg - lh;
    const m = c.date.getUTCMonth() + 1;
    const line = (label: string, v: string) => `${label.padEnd(34, '.')} ${v.padStart(10)}`;
    return [
      [
        `${shop} - ${c.org.city}`,
        `كشف مرتب شهر ${m}/${c.date.getUTCFullYear()}  (loonstrook periode ${m})`,
        '',
        `الاسم: ${c.p.name}`,
        ...ids(c, { bsn: ['BSN', 'sofinummer'], birth: ['تاريخ الميلاد', 'Geb.datum'] }),
        `الوظيفة: ${rng.pick(['بائع', 'مساعد جزار', 'كاشير', 'مساعد طباخ', 'عامل مخزن'])}`,
        `ساعات الشهر: ${hours}   سعر الساعة: ${money(rate)}`,
        '',
        line('الإجمالي (bruto loon)', money(gross)),
        line('بدل الإجازة 8% (vakantietoeslag)', money(vg)),
        line('ضريبة الأجر (loonheffing)', `-${money(lh)}`),
        line('الخصم الضريبي (heffingskorting)', rng.chance(0.7) ? 'ja' : 'nee'),
        '-'.repeat(46),
        line('الصافي (netto)', money(net)),
        '',
        `اتحول على الحساب ${ibanText(c.p.iban, rng)} بتاريخ ${fmtDate(past(c, 0, 5), 'dmy')}`,
        rng.pick([
          'الكشف معمول بالبرنامج بتاع المحاسب - Administratiekantoor Nijmeijer',
          'لو فيه أي غلط كلم صاحب المحل',
          'Salarisadministratie door: Boekhouding Al Amal',
        ]),
      ],
    ];
  },
};

const homeCountrySalary: Template = {
  id: 'payslip.ar.kashf-ratib-hukumi-yaman-sudan',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const yemen = rng.chance(0.5);
    const unit = yemen ? 'ريال يمني' : 'جنيه سوداني';
    const base = yemen ? rng.int(60000, 180000) : rng.int(80000, 400000);
    const allow = Math.round(base * rng.amount(0.1, 0.35));
    const ded = Math.round(base * rng.amount(0.05, 0.12));
    const m = c.date.getUTCMonth() + 1;
    return [
      [
        yemen ? 'الجمهورية اليمنية' : 'جمهورية السودان',
        yemen
          ? rng.pick(['وزارة التربية والتعليم - مكتب التربية بأمانة العاصمة', 'وزارة الصحة العامة والسكان - مستشفى الثورة العام'])
          : rng.pick(['وزارة المالية والتخطيط الاقتصادي - ولاية الخرطوم', 'الهيئة القومية للكهرباء - إدارة شؤون العاملين']),
        '',
        `إشعار صرف مرتب عن شهر ${arNum(m)} لسنة ${arNum(c.date.getUTCFullYear() - rng.int(1, 4))}`,
        '',
        `اسم الموظف: ${c.p.name}`,
        `الرقم الوظيفي: ${arNum(rng.digits(6))}       الدرجة: ${arNum(rng.int(5, 12))}`,
        `جهة العمل: ${rng.pick(yemen ? YE_CITIES : SD_CITIES)}`,
        '',
        `الراتب الأساسي ............ ${arNum(base.toLocaleString('en-US'))} ${unit}`,
        `العلاوات والبدلات ......... ${arNum(allow.toLocaleString('en-US'))} ${unit}`,
        `الاستقطاعات (تأمينات/ضريبة) ${arNum(ded.toLocaleString('en-US'))} ${unit}`,
        `صافي المستحق .............. ${arNum((base + allow - ded).toLocaleString('en-US'))} ${unit}`,
        '',
        yemen ? 'ملاحظة: تم صرف نصف راتب حسب التعميم المالي الصادر.' : 'ملاحظة: يصرف المرتب عبر تطبيق بنكك - بنك الخرطوم.',
        'مدير الحسابات                    ختم الإدارة المالية',
        ...maybe(rng, 0.4, () => ['', `(صورة أرسلها ${he(c, 'الموظف', 'الموظفة')} للبلدية مع طلب توضيح الدخل السابق)`]),
      ],
    ];
  },
};

// =============================================================================================
// bank_statement

const egyptianBank: Template = {
  id: 'bank_statement.ar.kashf-hisab-bank-masri',
  type: 'bank_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    let bal = rng.amount(1000, 250000);
    const open = bal;
    const rows: string[] = [];
    const from = past(c, 28, 35);
    const kinds: [string, number][] = [
      ['حوالة واردة من الخارج - SWIFT', 1],
      ['سحب نقدي ATM', -1],
      ['مصاريف إدارية', -1],
      ['عائد شهادة ادخار', 1],
      ['خصم قسط', -1],
      ['إيداع نقدي بالفرع', 1],
      ['تحويل InstaPay', -1],
    ];
    for (let i = 0; i < rng.int(4, 10); i++) {
      const [label, sign] = rng.pick(kinds);
      const amt = rng.amount(100, 20000);
      bal += sign * amt;
      rows.push(
        `${fmtDate(addDays(from, i * 3), 'slash')}  ${label.padEnd(28)} ${(sign < 0 ? grouped(amt) : '').padStart(11)} ${(sign > 0 ? grouped(amt) : '').padStart(11)} ${grouped(bal).padStart(12)}`,
      );
    }
    return [
      [
        rng.pick(['البنك الأهلي المصري - National Bank of Egypt', 'بنك مصر - Banque Misr', 'بنك القاهرة']),
        `فرع ${rng.pick(EG_CITIES)}`,
        '',
        'كشف حساب - Account Statement',
        `اسم العميل: ${c.p.name}`,
        `رقم الحساب: ${rng.digits(4)}${rng.digits(9)}${rng.digits(3)}`,
        `نوع الحساب: ${rng.pick(['حساب توفير', 'حساب جاري', 'حساب توفير بالعملة المحلية'])} - جنيه مصري EGP`,
        `من ${fmtDate(from, 'slash')} إلى ${fmtDate(c.date, 'slash')}`,
        '',
        'التاريخ      البيان                          مدين        دائن        الرصيد',
        ...rows,
        '',
        `الرصيد الافتتاحي: ${grouped(open)}`,
        `الرصيد الختامي: ${grouped(bal)}`,
        '',
        rng.pick(['هذا الكشف مستخرج آلياً ولا يحتاج إلى توقيع.', 'ختم الفرع - صورة طبق الأصل']),
      ],
    ];
  },
};

const annotatedStatement: Template = {
  id: 'bank_statement.ar.afschrift-maa-sharh-yadawi',
  type: 'bank_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const bank = BANKS[c.p.bank].name;
    let bal = rng.amount(20, 900);
    const rows: string[] = [];
    const notes: [string, number, string][] = [
      ['Gemeente uitkering', 1, '← هذه المساعدة'],
      ['Belastingdienst Toeslagen', 1, '← huurtoeslag'],
      ['Tikkie van ' + c.q.firstName, 1, '← ' + rng.pick(['رجّع لي دين', 'أخوي رجّع لي فلوس', 'دين رجعلي'])],
      ['Overboeking ' + c.q.name, 1, '← ' + rng.pick(['هدية عرس بنتي', 'قرض من صديق، سأرجعه', 'من ابن عمي للأكل'])],
      ['Western Union', -1, '← أرسلت لأمي في ' + rng.pick([...SD_CITIES, ...YE_CITIES, ...EG_CITIES])],
      ['Albert Heijn', -1, ''],
      ['Lidl', -1, ''],
      ['Huur ' + rng.pick(HOUSING_CORPS), -1, '← الإيجار'],
      ['Kontant storting', 1, '← ' + rng.pick(['بعت الثلاجة القديمة', 'فلوس الجمعية (قرض عائلي)', 'شغل يوم واحد، قلت للموظف'])],
    ];
    const head = idsInline(c, EG, ' - ');
    const title = head.length > 0 || rng.chance(0.5);
    for (let i = 0; i < rng.int(5, 9); i++) {
      const [label, sign, note] = rng.pick(notes);
      const amt = rng.amount(15, 650);
      bal += sign * amt;
      rows.push(`${fmtDate(past(c, 2, 30), 'short')}  ${label.padEnd(32)} ${(sign > 0 ? '+' : '-') + money(amt).padStart(9)}   ${note}`);
    }
    return [
      [
        ...(title
          ? [`${rng.pick(['شرح الحركات المطلوب', 'توضيح المبالغ - uitleg', 'هذا توضيح لكشف البنك'])} ${head.join(' ')}`.trim(), '']
          : []),
        `${bank} - Rekeningoverzicht`,
        `${c.p.name}   ${ibanText(c.p.iban, rng)}`,
        `Periode ${fmtDate(past(c, 30, 31), 'dmy')} t/m ${fmtDate(c.date, 'dmy')}`,
        '',
        'Datum  Omschrijving                        Bedrag      (ملاحظاتي)',
        ...rows,
        '',
        `Saldo ${money(bal)}`,
        '',
        ...paras(
          60,
          one(
            rng,
            'الموظفة طلبت أشرح كل مبلغ دخل حسابي، كتبت جنب كل واحد من وين جا.',
            'كتبت بخط يدي شو هي كل حوالة. ما عندي دخل تاني.',
            'هذي كل الحركات، المبالغ الصغيرة من العائلة مو راتب.',
          ),
        ),
        c.p.firstName,
      ],
    ];
  },
};

// =============================================================================================
// change_form

const phoneChangeMessage: Template = {
  id: 'change_form.ar.risala-jawwal-bila-tarqim',
  type: 'change_form',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const text = one(
      rng,
      `السلام عليكم انا ${c.p.firstName} عايز ابلغكم ان ${he(c, 'مراتي', 'جوزي')} اشتغل${he(c, 'ت', '')} من يوم ${fmtDate(past(c, 2, 20), 'dmy')} في ${rng.pick(EMPLOYERS)} ${rng.int(12, 30)} ساعه في الاسبوع contract ${rng.pick(['6 maanden', '0 uren', 'tijdelijk'])} هبعتلكم الloonstrook اول ما تيجي`,
      `سلام عليكم يا gemeente انا داير اكلمكم انو ولدي الكبير طلع من البيت وسكن براهو في ${rng.pick(['Arnhem', 'Utrecht', 'Zwolle', 'Tilburg'])} من الشهر الفات فهسي انا وامو بس في البيت الuitkering لازم تتغير`,
      `مرحبا بغيت نقولكم بلي ${he(c, 'مراتي', 'راجلي')} جا${he(c, 'ت', '')} من المغرب بالvisum gezinshereniging وسكن${he(c, 'ت', '')} معايا من ${fmtDate(past(c, 2, 20), 'dmy')} عافاكم شنو خاصني نصيفط`,
      `السلام عليكم اني ${c.p.firstName} اريد اخبركم اني لكيت شغل بالuitzendbureau ${rng.pick(STAFFING)} كل اسبوع تقريبا ${rng.int(8, 24)} ساعه الراتب ما اعرفه بعد ادزلكم الورق بعدين`,
      `السلام عليكم ابلغكم اني انتقلت سكن جديد ${c.p.street} ${c.p.houseNumber} ${c.p.city} من ${fmtDate(past(c, 1, 15), 'dmy')} والايجار صار ${money(rng.amount(480, 880))} انا لحالي في البيت`,
    );
    const head = rng.pick(['email', 'whatsapp', 'contact']);
    return [
      [
        ...(head === 'email'
          ? [
              `Van: ${mailName(c)}@${rng.pick(['gmail.com', 'hotmail.com', 'yahoo.com'])}`,
              `Aan: info@${domain(c)}.nl`,
              `Onderwerp: ${rng.pick(['wijziging', 'Re: uw brief', '(geen onderwerp)', 'verandering'])}`,
            ]
          : head === 'whatsapp'
            ? [`WhatsApp-chat met Gemeente ${c.org.city} Werk en Inkomen`, fmtDate(c.date, 'dmy')]
            : [`Contactformulier ${c.org.city}.nl - ingediend ${fmtDate(c.date, 'dmy')} ${clock(c, 6, 23)}`, `Naam: ${c.p.name}`]),
        '',
        ...paras(65, bare(text)),
        ...idsInline(c, PHONE, '  '),
        ...(head === 'contact' ? [] : [c.p.name]),
        ...(head === 'email'
          ? ['', rng.pick(['Verstuurd vanaf mijn Samsung Galaxy', 'Verzonden vanaf mijn iPhone', 'Outlook voor Android'])]
          : []),
      ],
    ];
  },
};

const handFilledIncomeForm: Template = {
  id: 'change_form.ar.inkomstenformulier-bil-yad',
  type: 'change_form',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const weeks = rng.int(2, 5);
    const earned = rng.amount(90, 1200);
    const had = rng.chance(0.8);
    const m = c.date.getUTCMonth() === 0 ? 12 : c.date.getUTCMonth();
    return [
      [
        `${c.org.name} - Werk en Inkomen`,
        `Inkomstenformulier maand ${m} - استمارة الدخل الشهرية`,
        '',
        `1. Naam / الاسم:  ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', client: 'Klantnummer', birth: 'Geboortedatum' }, ':  ').map((l, i) => `${i + 2}. ${l}`),
        '',
        'Heeft u inkomsten gehad? / هل كان لديك دخل؟',
        `   ${had ? '[x]' : '[ ]'} نعم   ${had ? '[ ]' : '[x]'} لا`,
        ...(had
          ? [
              `   Van wie / من أين: ${rng.pick([...EMPLOYERS, ...STAFFING])}  (${rng.pick(['شغل بالساعات', 'تنظيف', 'توصيل طلبات', 'مطبخ'])})`,
              `   Bedrag bruto / المبلغ: ${money(earned)} ${rng.pick(['يورو', '€', 'euro'])}  -  ${weeks === 2 ? 'أسبوعين' : `${weeks} أسابيع`}`,
            ]
          : ['   Van wie / من أين: ..........', '   Bedrag bruto / المبلغ: ..........']),
        '',
        'Veranderingen in uw gezin? / تغيير في العائلة؟',
        `   ${one(rng, 'لا يوجد', 'ابني عمره صار 18 سنة', 'لا', 'بنتي راحت تدرس في مدينة أخرى (uitwonend)')}`,
        '',
        'Heeft u een auto of spaargeld gekregen? / سيارة أو مدخرات؟',
        `   ${rng.pick(['لا', 'لا والله', 'nee'])}`,
        '',
        `Opmerking / ملاحظة: ${one(rng, 'الورقة من الشغل (loonstrook) مرفقة', 'صاحب الشغل ما أعطاني ورقة بعد', 'الشغل خلص بعد أسبوعين', '-')}`,
        '',
        `Datum: ${fmtDate(c.date, 'slash')}        Handtekening / التوقيع: ${c.p.firstName[0]}. ${c.p.lastName}`,
      ],
    ];
  },
};

// =============================================================================================
// benefit_application

const sudaneseApplication: Template = {
  id: 'benefit_application.ar.sudani-dayir-musaada',
  type: 'benefit_application',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['الى البلدية قسم المساعدة', 'لي ناس الgemeente', 'Aan de gemeente']),
        '',
        ...paras(
          50,
          `انا ${c.p.name} من ${rng.pick(SD_CITIES)}. ${one(rng, 'جيت هولندا قبل سنتين وهسي اخدت الاقامة وطلعت من الكامب', 'كنت ساكن مع ناس قرايبي وهسي لازم اطلع', 'الشغل الكنت شغال فيهو قفل')}.`,
          one(
            rng,
            'ما عندي قروش خالص وداير مساعدة عشان الاكل والايجار.',
            'داير اقدم لي مساعدة (bijstand) لحدي ما القى شغل.',
            'الحالة صعبة شديد والله، ما عندي اي دخل هسي.',
          ),
          rng.chance(0.6) &&
            `عندي ${rng.pick(['طفل واحد', 'طفلين', 'تلاتة اطفال', 'اربعة اطفال'])} معاي، ${he(c, 'المرة', 'الراجل')} لسه في ${rng.pick(['القاهرة', 'كمبالا', 'الخرطوم'])}.`,
          'ارجو تدوني موعد مع مترجم عربي. شكرا ليكم كتير.',
        ),
        '',
        ...ids(c, rng.chance(0.5) ? EG : PHONE, ': ', 'slash'),
        `تلفون: ${c.p.phone}`,
        `${c.p.street} ${c.p.houseNumber}`,
        fmtDate(c.date, 'dmy'),
      ],
    ];
  },
};

const egyptianPhoneApplication: Template = {
  id: 'benefit_application.ar.masri-email-aanvraag',
  type: 'benefit_application',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `From: ${mailName(c)}@${rng.pick(['gmail.com', 'yahoo.com', 'outlook.com'])}`,
        `To: intake@${domain(c)}.nl`,
        `Date: ${fmtDate(c.date, 'dmy')} ${clock(c, 0, 23)}`,
        `Subject: ${rng.pick(['aanvraag uitkering', 'طلب مساعده', 'Aanvraag bijstand svp', 'hulp'])}`,
        '',
        ...paras(
          70,
          bare(
            c.p.gender === 'm'
              ? one(
                  rng,
                  `مساء الخير انا ${c.p.name} مصري ساكن في ${c.p.city} من ${rng.int(2, 9)} سنين كنت شغال في ${rng.pick(EMPLOYERS)} والعقد خلص ومش هيجددوه والUWV قالولي مفيش WW عشان المده قليله عايز اعمل aanvraag bijstand`,
                  `السلام عليكم انا ${c.p.firstName} كنت شغال لحسابي توصيل طلبات (zzp) والشغل وقف خالص من شهرين ومعيش فلوس للايجار ولا للاكل`,
                )
              : one(
                  rng,
                  `السلام عليكم انا ${c.p.firstName} اتطلقت من شهرين وقاعده مع العيال عند اختي ومعيش اي فلوس خالص عايزه اقدم على uitkering من الgemeente ازاي`,
                  `لو سمحتم انا جيت من مصر بالpartnervisum وجوزي سابني وانا دلوقتي لوحدي ومفيش دخل خالص محتاجه مساعده ضروري`,
                ),
          ),
          bare(
            one(
              rng,
              'محتاج ميعاد في اقرب وقت لان الايجار عليا',
              'ياريت حد يكلمني بالعربي',
              'انا مش فاهم الموقع بتاعكم والDigiD مش شغال معايا',
            ),
          ),
          ...idsInline(c, PHONE, ' '),
          `رقمي ${c.p.phone}`,
        ),
        '',
        rng.pick(['شكرا', 'وشكرا جدا', he(c, 'متشكر جدا', 'متشكره جدا')]),
        c.p.name,
        rng.pick(['Sent from Yahoo Mail on Android', 'Verzonden vanaf mijn iPhone', '']),
      ],
    ];
  },
};

// =============================================================================================
// objection

const iraqiObjection: Template = {
  id: 'objection.ar.iraqi-kostendeler-bil-yad',
  type: 'objection',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `الى ${c.org.name} - bezwaar`,
        '',
        c.p.name,
        ...ids(c, rng.chance(0.5) ? FORMAL : PHONE, ' : '),
        '',
        ...paras(
          52,
          `آني ${he(c, 'معترض', 'معترضة')} على الرسالة اللي جتني بتاريخ ${fmtDate(past(c, 5, 35), 'dmy')}.`,
          one(
            rng,
            `كتبتوا ان ابني ساكن ويايه ونقصتوا المساعدة (kostendelersnorm). بس ابني طالب بالجامعة وما عنده شغل وما يدفع شي بالبيت.`,
            `قطعتوا الuitkering مالتي لان ما رحت للموعد. آني ما وصلتني الرسالة بالوكت، كنت بالمستشفى ويه امي.`,
            `تريدون ترجعون ${money(rng.amount(300, 4200))} يورو. آني ما اعرف منين جا هذا الحساب، كلشي كتبته بالاستمارة.`,
            `رفضتوا طلب bijzondere bijstand للنظارات والاسنان. آني ما عندي فلوس هواية وهذا شي ضروري.`,
          ),
          one(
            rng,
            'ارجو تلغون القرار وتشوفون الملف مرة ثانية.',
            'هذا ما عدل. اريد احچي ويه واحد مسؤول ويه مترجم.',
            'اعتبروا هذي الورقة اعتراض رسمي.',
          ),
        ),
        '',
        `${c.p.city} ${fmtDate(c.date, 'dmy')}`,
        rng.pick(['التوقيع', c.p.firstName, `${c.p.firstName} ${c.p.lastName}`]),
      ],
    ];
  },
};

const proFormaObjection: Template = {
  id: 'objection.ar.itirad-mabdai-muhlat',
  type: 'objection',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const dd = past(c, 20, 41);
    const writer = rng.chance(0.5) ? null : c.r;
    return [
      [
        writer ? `${writer.name} - ${rng.pick(['Sociaal Raadslieden', 'Juridisch Loket', 'MEE'])}` : c.p.name,
        writer ? '' : `${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}`,
        '',
        `إلى: ${c.org.name}، قسم الاعتراضات`,
        c.org.postbus,
        '',
        `${c.p.city}، ${fmtDate(c.date, 'long')}`,
        'الموضوع: اعتراض مبدئي (pro forma bezwaar) وطلب مهلة لتقديم الأسباب',
        '',
        ...paras(
          84,
          writer
            ? `أكتب نيابةً عن ${he(c, 'السيد', 'السيدة')} ${c.p.name}، وبتفويض منه${he(c, '', 'ا')}، للاعتراض على قراركم المؤرخ ${fmtDate(dd, 'dmy')}${rng.chance(0.6) ? ` ذي المرجع ${rng.digits(2)}-${rng.digits(7)}` : ''}.`
            : `أعترض بهذا الخطاب على قراركم المؤرخ ${fmtDate(dd, 'dmy')}${rng.chance(0.6) ? ` ذي المرجع ${rng.digits(2)}-${rng.digits(7)}` : ''}.`,
          writer
            ? `نظراً لقرب انتهاء مهلة الأسابيع الستة، نقدّم هذا الاعتراض الآن دون تفصيل، ونرجو منح مهلة أربعة أسابيع لاستكمال الأسباب، إذ لم يتسنَّ لنا بعد ترجمة القرار ل${he(c, 'موكّلنا', 'موكّلتنا')} ومراجعة ملفه${he(c, '', 'ا')}.`
            : 'نظراً لقرب انتهاء مهلة الأسابيع الستة، أقدّم هذا الاعتراض الآن دون تفصيل، وأرجو منحي مهلة أربعة أسابيع لاستكمال الأسباب، لأن القرار يحتاج إلى ترجمة ولم يتسنَّ لي الحصول على ملفي بعد.',
          `كما ${writer ? 'نطلب' : 'أطلب'} إرسال نسخة من الملف الكامل المتعلق بهذا القرار، وتأجيل تنفيذه حتى البت في الاعتراض.`,
        ),
        '',
        ...ids(c, FORMAL),
        '',
        'مع فائق الاحترام،',
        writer ? writer.name : c.p.name,
        rng.chance(0.5) ? 'المرفق: نسخة من القرار' : '',
      ].filter((l, i, a) => l !== '' || a[i - 1] !== ''),
    ];
  },
};

// =============================================================================================
// complaint

const homeVisitComplaint: Template = {
  id: 'complaint.ar.shakwa-ziyara-manziliya',
  type: 'complaint',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const visit = past(c, 3, 20);
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `إلى: ${c.org.name} - مسؤول الشكاوى (klachtencoördinator)`,
        '',
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        'الموضوع: شكوى بخصوص الزيارة المنزلية (huisbezoek)',
        '',
        ...paras(
          82,
          `بتاريخ ${fmtDate(visit, 'dmy')} حضر إلى منزلي موظفان من قسم المراقبة (handhaving) دون موعد مسبق، وكنت وحدي مع أطفالي.`,
          one(
            rng,
            `دخلا غرفة النوم وفتحا الخزانة دون أن يطلبا إذني، وصوّرا ${he(c, 'ملابس زوجتي السابقة القديمة وقالا إنها تسكن معي', 'ملابس زوجي السابق القديمة وقالا إنه يسكن معي')}.`,
            'رفضا أن ينتظرا حتى يحضر أخي ليترجم لي، وطلبا مني التوقيع على تقرير باللغة الهولندية لم أفهم منه شيئاً.',
            'تحدث أحدهما بصوت عالٍ أمام الجيران وقال إن الناس مثلي يأتون إلى هولندا من أجل المال فقط.',
          ),
          'أنا لا أعترض هنا على قرار، وإنما أشكو من سلوك الموظفين وطريقة دخولهم إلى بيتي. شعرت بالإهانة والخوف، وما زال أطفالي يسألونني عن ذلك اليوم.',
          'أطلب أن تُدرس شكواي، وأن أحصل على رد مكتوب، وأن تكون أي زيارة قادمة بموعد وبحضور مترجم.',
        ),
        '',
        ...ids(c, FORMAL),
        '',
        'مع الاحترام',
        `${c.p.name} (${rng.pick(['من اليمن', he(c, 'يمني الأصل', 'يمنية الأصل'), `${he(c, 'مقيم', 'مقيمة')} في هولندا منذ ${rng.int(3, 12)} سنوات`])})`,
      ],
    ];
  },
};

const interpreterComplaint: Template = {
  id: 'complaint.ar.mutarjim-ma-fahim-sudani',
  type: 'complaint',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick(['klacht', 'شكوى', 'الى مسؤول الشكاوي']),
        '',
        ...paras(
          48,
          `انا ${c.p.name} عندي موعد يوم ${fmtDate(past(c, 2, 20), 'dmy')} مع الconsulent بالتلفون والمترجم كان ${rng.pick(['مصري', 'عراقي', 'سوري'])}.`,
          one(
            rng,
            'المترجم ما فاهم كلامي السوداني وكان بيترجم حاجات انا ما قلتها. قال للموظف اني ما داير اشتغل وده ما صح.',
            'المترجم كان بيضحك وبيقول لي اتكلم عربي صاح. انا اتكلمت عادي والموظف فهم غلط.',
            'المترجم قفل الخط في نص الكلام والموظف كتب اني ما اتعاونت.',
          ),
          'انا ما عندي مشكلة مع القرار هسي بس داير اشتكي من المترجم ومن الطريقة دي. داير مترجم سوداني او اتكلم بالانجليزي.',
        ),
        '',
        ...ids(c, PHONE, ' '),
        c.p.phone,
        rng.pick(['شكرا', 'مع الشكر']),
      ],
    ];
  },
};

// =============================================================================================
// court_document

const egyptianKhula: Template = {
  id: 'court_document.ar.hukm-khula-masr',
  type: 'court_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(EG_CITIES);
    const session = past(c, 30, 700);
    const year = session.getUTCFullYear() - rng.int(0, 1);
    const f = c.p.gender === 'f';
    const claim = rng.pick(
      f
        ? [
            ['بتطليقها من زوجها خلعاً', 'بتطليق المدعية من المدعى عليه طلقة بائنة للخلع'],
            ['بإلزام المدعى عليه بنفقة صغار', `بفرض نفقة شهرية للصغار قدرها ${arNum(rng.int(800, 4000))} جنيه مصري`],
            ['بإثبات طلاقها وتسليم منقولات الزوجية', 'بإثبات طلاق المدعية من المدعى عليه وتسليمها منقولاتها'],
          ]
        : [
            ['بإثبات الطلاق', 'بإثبات طلاق المدعي لزوجته المدعى عليها طلقة أولى رجعية'],
            ['بتنظيم رؤية الصغار', 'بتمكين المدعي من رؤية صغاره ثلاث ساعات أسبوعياً بأحد مراكز الشباب'],
          ],
    ) as [string, string];
    return paginate(
      [
        'جمهورية مصر العربية',
        'وزارة العدل',
        `محكمة ${city} لشؤون الأسرة`,
        `الدائرة ${arNum(rng.int(1, 12))} أسرة`,
        '',
        `في الدعوى رقم ${arNum(rng.int(100, 4999))} لسنة ${arNum(year)} أسرة ${city}`,
        '',
        'باسم الشعب',
        '',
        `بالجلسة المنعقدة علناً بسراي المحكمة يوم ${rng.pick(['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء'])} الموافق ${arNum(fmtDate(session, 'slash'))}`,
        `برئاسة السيد الأستاذ/ ${rng.pick(['أحمد عبد الحميد', 'محمود فؤاد', 'هشام السيد'])} رئيس المحكمة`,
        'وحضور السيد وكيل النيابة وأمين السر',
        '',
        `المدعي${he(c, '', 'ة')}: ${c.p.name}${c.show.birthDate ? ` - مواليد ${fmtIso(c.p.birthDate, 'slash')}` : ''} - المقيم${he(c, '', 'ة')} بهولندا ${c.p.city}`,
        `ضد: ${c.q.name} - المقيم${f ? '' : 'ة'} ${rng.pick(['بدائرة قسم أول', 'بشارع الجمهورية', 'بمدينة نصر'])} ${city}`,
        '',
        'الوقائع',
        ...paras(
          84,
          `أقام${he(c, '', 'ت')} المدعي${he(c, '', 'ة')} دعواه${he(c, '', 'ا')} بصحيفة أودعت قلم الكتاب وأعلنت قانوناً، طلب${he(c, '', 'ت')} في ختامها الحكم ${claim[0]}.`,
          'وحيث إن المحكمة عرضت الصلح على الطرفين فرفضاه، وأحيلت الدعوى إلى مكتب تسوية المنازعات الأسرية دون جدوى.',
        ),
        '',
        'فلهذه الأسباب',
        ...paras(
          84,
          `حكمت المحكمة ${claim[1]}، وألزمت ${f ? 'المدعى عليه' : 'المدعى عليها'} المصروفات ومبلغ ${arNum(rng.int(50, 200))} جنيهاً مقابل أتعاب المحاماة.`,
        ),
        '',
        'أمين السر                                رئيس المحكمة',
        '',
        rng.pick([
          'صورة رسمية - ختم شعار الجمهورية - مصدقة من وزارة الخارجية المصرية',
          `Vertaling bijgevoegd - beëdigd vertaler Arabisch, Wbtv-nr. ${rng.digits(5)}`,
        ]),
      ],
      rng.int(30, 60),
      (p, t) => (t > 1 ? [`صفحة ${arNum(p)}`] : []),
    );
  },
};

const swornTranslationJudgment: Template = {
  id: 'court_document.ar.tarjama-muhallafa-uitspraak',
  type: 'court_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const court = rng.pick([
      'Rechtbank Rotterdam',
      'Rechtbank Noord-Holland',
      'Rechtbank Gelderland',
      'Rechtbank Limburg',
      'Rechtbank Overijssel',
    ]);
    const zaak = `${rng.pick(['ROT', 'HAA', 'ARN', 'ROE', 'ZWO'])} ${rng.int(20, 26)}/${rng.digits(4)}`;
    return paginate(
      [
        'ترجمة محلّفة من اللغة الهولندية إلى اللغة العربية',
        '',
        `[شعار المملكة] ${court}`,
        'القسم الإداري',
        '',
        `رقم القضية: ${zaak}`,
        '',
        'حكم صادر عن القاضي المنفرد',
        '',
        `في القضية بين: ${c.p.name}${c.show.birthDate ? `، المولود${he(c, '', 'ة')} بتاريخ ${fmtIso(c.p.birthDate, 'dmy')}` : ''}، المقيم${he(c, '', 'ة')} في ${c.p.city}، المدّعي${he(c, '', 'ة')}`,
        ...ids(c, { bsn: 'رقم BSN' })
          .filter((l) => l.startsWith('رقم BSN'))
          .map((l) => `(${l})`),
        `و: مجلس البلدية والمحافظ في ${c.org.city}، المدّعى عليه.`,
        '',
        'سير الإجراءات',
        ...paras(
          84,
          `بموجب قرار مؤرخ ${fmtDate(past(c, 200, 400), 'dmy')} ${rng.pick(['أوقف المدّعى عليه المساعدة الاجتماعية للمدّعي', 'طالب المدّعى عليه باسترداد مساعدة مصروفة', 'فرض المدّعى عليه غرامة على المدّعي'])}. وبقرار بشأن الاعتراض مؤرخ ${fmtDate(past(c, 90, 190), 'dmy')} أبقى المدّعى عليه على قراره. وقد طعن المدّعي في ذلك أمام المحكمة.`,
          `نظرت المحكمة في القضية في الجلسة المنعقدة بتاريخ ${fmtDate(past(c, 20, 60), 'dmy')}.`,
        ),
        '',
        'القرار',
        ...paras(
          84,
          `تقضي المحكمة بما يلي: ${rng.pick(['قبول الطعن وإلغاء القرار بشأن الاعتراض، وإلزام المدّعى عليه بإصدار قرار جديد خلال ستة أسابيع', 'رفض الطعن لعدم التأسيس', 'قبول الطعن جزئياً وتخفيض مبلغ الاسترداد'])}، وإلزام المدّعى عليه بأن يعيد إلى المدّعي رسوم المحكمة البالغة ${money(rng.pick([50, 53, 54]))} يورو.`,
          'يمكن استئناف هذا الحكم أمام المجلس المركزي للاستئناف (Centrale Raad van Beroep) خلال ستة أسابيع.',
        ),
        '',
        '--------------------------------------------------------------',
        `أنا الموقّع أدناه، ${c.r.name}، مترجم محلّف للغة العربية مسجّل في سجل المترجمين المحلّفين (Wbtv) تحت رقم ${rng.digits(5)}، أشهد بأن هذه الترجمة مطابقة للنص الهولندي الأصلي المرفق.`,
        `${rng.pick(['أمستردام', 'لاهاي', 'أوتريخت', 'أيندهوفن'])}، ${fmtDate(past(c, 0, 10), 'dmy')}        [الختم والتوقيع]`,
      ],
      rng.int(36, 60),
    );
  },
};

// =============================================================================================
// uwv_decision

const swornUwvDecision: Template = {
  id: 'uwv_decision.ar.tarjama-muhallafa-qarar-uwv',
  type: 'uwv_decision',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const [kind, body] = rng.pick([
      [
        'WIA',
        `خلصنا إلى أن نسبة عجزك عن العمل تبلغ ${rng.pick(['35 إلى 80 بالمئة', '80 بالمئة أو أكثر', 'أقل من 35 بالمئة'])}. ${rng.pick(['تحصل على مخصصات WGA اعتباراً من', 'لا تحصل على مخصصات WIA اعتباراً من'])} ${fmtDate(ahead(c, 5, 40), 'dmy')}.`,
      ],
      ['WW', `تنتهي مخصصات البطالة الخاصة بك بتاريخ ${fmtDate(ahead(c, 10, 60), 'dmy')} لأنك استنفدت المدة المستحقة.`],
      ['Ziektewet', `نخفض مخصصات المرض بنسبة ${rng.int(10, 50)} بالمئة لمدة شهر لأنك لم تحضر إلى موعد الطبيب المعتمد دون عذر.`],
      ['Wajong', 'لا يحق لك الحصول على مخصصات Wajong لأن إمكانية العمل متوفرة لديك.'],
    ] as const);
    return [
      [
        'ترجمة محلّفة - Beëdigde vertaling',
        '',
        'UWV',
        `قرار بشأن مخصصات ${kind}`,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `التاريخ: ${fmtDate(past(c, 5, 25), 'long')}`,
        ...ids(c, { bsn: 'رقم المواطن', birth: 'تاريخ الميلاد' }),
        `رقمنا المرجعي: ${rng.digits(4)}.${rng.digits(3)}.${rng.digits(3)}`,
        '',
        ...paras(
          84,
          `${he(c, 'السيد المحترم', 'السيدة المحترمة')}،`,
          body,
          'في هذه الرسالة نشرح لك القرار وكيفية حسابه. يمكنك الاطلاع على تفاصيل الحساب في الملحق.',
        ),
        '',
        'هل أنت غير موافق؟',
        ...paras(
          84,
          'يمكنك تقديم اعتراض خلال ستة أسابيع من تاريخ هذه الرسالة. يجب أن يتضمن الاعتراض اسمك وعنوانك ورقم المواطن والتاريخ وتوقيعك.',
        ),
        '',
        'مع التحية،',
        `${c.r.name}، UWV`,
        '',
        '------------------------------------------',
        `المترجم المحلّف: ${c.q.name}، رقم التسجيل ${rng.digits(5)}. أشهد بصحة هذه الترجمة عن الأصل الهولندي. [ختم]`,
      ],
    ];
  },
};

const googleTranslatedUwv: Template = {
  id: 'uwv_decision.ar.mijn-uwv-tarjamat-google',
  type: 'uwv_decision',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const dd = past(c, 1, 14);
    const kind = rng.int(0, 2);
    return [
      [
        `${fmtDate(c.date, 'dmy')} ${clock(c, 8, 23)}            صفحة Mijn UWV - رسائلي`,
        'https://mijn.uwv.nl/berichten/' + rng.digits(8),
        '[تمت ترجمة هذه الصفحة من الهولندية بواسطة Google]',
        '',
        'UWV',
        `قرار ${kind === 1 ? 'فوائد المرض' : rng.pick(['فائدة البطالة', 'فائدة WW'])}`,
        `التاريخ ${fmtDate(dd, 'long')}`,
        ...ids(c, { bsn: ['رقم خدمة المواطن', 'رقم الخدمة المواطن'] }, ' '),
        '',
        ...paras(
          84,
          `عزيزي ${c.p.initials} ${c.p.lastName},`,
          [
            `نحن نعطيك فائدة WW من ${fmtDate(past(c, 10, 40), 'dmy')}. أنت تحصل على فائدة لمدة أقصاها ${rng.int(3, 24)} شهر. في الأشهر الشهرين الأولى تحصل على 75% من أجرك اليومي، ثم 70%.`,
            `نحن نوقف فائدة المرض الخاصة بك. الطبيب التأمين وجد أنك تستطيع أن تعمل مرة أخرى. آخر يوم من الفائدة هو ${fmtDate(ahead(c, 5, 20), 'dmy')}.`,
            `نحن لا نعطيك فائدة WW. أنت قد استقالت بنفسك من عملك. هذا يسمى عاطل عن العمل باللوم.`,
          ][kind === 1 ? 1 : rng.pick([0, 2])],
          `المبلغ الإجمالي يوميا: ${money(rng.amount(40, 160))} €`,
          'هل لا توافق على هذا القرار؟ ثم يمكنك تقديم اعتراض في غضون 6 أسابيع.',
        ),
        '',
        rng.pick(['طبع بواسطة ابني لأفهم الرسالة', '', 'Afgedrukt vanuit Chrome']),
      ],
    ];
  },
};

// =============================================================================================
// tax_document

const egyptianPropertyTax: Template = {
  id: 'tax_document.ar.daribat-aqariya-masr',
  type: 'tax_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const value = rng.int(8000, 90000);
    const tax = Math.round(value * 0.1 * rng.amount(0.6, 0.8));
    return [
      [
        'جمهورية مصر العربية',
        'وزارة المالية - مصلحة الضرائب العقارية',
        `مأمورية ${rng.pick(EG_CITIES)} - ${rng.pick(['قسم ثان', 'حي شرق', 'مركز ميت غمر'])}`,
        '',
        'إخطار بربط الضريبة على العقارات المبنية (نموذج ٣)',
        `طبقاً لأحكام القانون رقم ١٩٦ لسنة ٢٠٠٨ وتعديلاته - الحصر العام لسنة ${arNum(c.date.getUTCFullYear() - rng.int(0, 2))}`,
        '',
        `اسم المكلف: ${c.p.name}`,
        `العقار: ${rng.pick(['شقة سكنية بالدور الثالث', 'شقة بالدور الأرضي', 'منزل من طابقين', 'محل تجاري'])} - شارع ${rng.pick(['الجلاء', 'التحرير', 'بورسعيد', 'الترعة'])} رقم ${arNum(rng.int(1, 120))}`,
        `رقم الحصر: ${arNum(rng.digits(7))}`,
        '',
        `القيمة الإيجارية السنوية: ${arNum(value.toLocaleString('en-US'))} جنيه`,
        `الضريبة المستحقة سنوياً: ${arNum(tax.toLocaleString('en-US'))} جنيه`,
        '',
        ...paras(
          84,
          'يحق للمكلف الطعن على التقدير أمام لجنة الطعن خلال ستين يوماً من تاريخ استلام هذا الإخطار.',
          'تسدد الضريبة على قسطين متساويين قبل نهاية شهري يونيو وديسمبر، ويمكن السداد إلكترونياً أو بالمأمورية.',
        ),
        '',
        'مأمور الضرائب العقارية                 الختم',
      ],
    ];
  },
};

const iraqiTaxClearance: Template = {
  id: 'tax_document.ar.baraat-dhimma-iraq',
  type: 'tax_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        'جمهورية العراق',
        'وزارة المالية',
        'الهيئة العامة للضرائب',
        `فرع ${rng.pick(IQ_CITIES)}`,
        '',
        `العدد: ${arNum(rng.int(100, 9999))}/${arNum(rng.int(1, 12))}`,
        `التاريخ: ${arNum(fmtDate(past(c, 10, 200), 'slash'))}`,
        '',
        'براءة ذمة ضريبية',
        '',
        ...paras(
          84,
          `إلى/ ${rng.pick(['دائرة التسجيل العقاري', 'مديرية المرور العامة', 'من يهمه الأمر'])}`,
          `نؤيد أن المكلف${he(c, '', 'ة')} ${c.p.name}${c.show.birthDate ? ` (تولد ${fmtIso(c.p.birthDate, 'slash')})` : ''} بريء${he(c, '', 'ة')} الذمة من ضريبة الدخل وضريبة العقار عن السنوات لغاية ${arNum(c.date.getUTCFullYear() - 1)}، وذلك لغرض ${rng.pick(['بيع دار سكنية', 'نقل ملكية قطعة أرض', 'بيع سيارة'])} في ${rng.pick(IQ_CITIES)}.`,
          `مقدار الضريبة المستوفاة: ${arNum((rng.int(50, 900) * 1000).toLocaleString('en-US'))} دينار بموجب الوصل المرقم ${arNum(rng.digits(6))}.`,
          'تعتبر هذه البراءة نافذة لمدة ثلاثة أشهر من تاريخ صدورها.',
        ),
        '',
        'مدير الفرع',
        '[ختم الهيئة العامة للضرائب]',
      ],
    ];
  },
};

// =============================================================================================
// rental_agreement

const housingCorpRentIncrease: Template = {
  id: 'rental_agreement.ar.huurverhoging-mutarjama',
  type: 'rental_agreement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const corp = rng.pick(HOUSING_CORPS);
    const kale = rng.amount(480, 860);
    const pct = rng.pick([4.1, 4.5, 5, 5.5, 6]);
    const nieuw = Math.round(kale * (1 + pct / 100) * 100) / 100;
    const svc = rng.amount(20, 75);
    return [
      [
        corp,
        'Huurverhoging - ملخص باللغة العربية',
        '',
        ...idsInline(c, { bsn: 'BSN', client: 'رقم ملفي بالبلدية:', birth: 'مواليد' }, ' - ').map((l) => `(${l})`),
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}، ${c.p.postcode} ${c.p.city}`,
        `رقم المستأجر (huurdernummer): ${rng.digits(7)}`,
        '',
        `التاريخ: ${fmtDate(past(c, 0, 20), 'dmy')}`,
        'الموضوع: تعديل الإيجار السنوي',
        '',
        ...paras(84, `اعتباراً من 1 يوليو ${c.date.getUTCFullYear()} يرتفع الإيجار الأساسي لمسكنك بنسبة ${String(pct).replace('.', ',')}٪.`),
        '',
        `                          الإيجار الحالي      الإيجار الجديد`,
        `الإيجار الأساسي (kale huur)   ${money(kale).padStart(10)}        ${money(nieuw).padStart(10)}`,
        `تكاليف الخدمات               ${money(svc).padStart(10)}        ${money(svc).padStart(10)}`,
        `المجموع                      ${money(kale + svc).padStart(10)}        ${money(nieuw + svc).padStart(10)}`,
        '',
        ...paras(
          84,
          'إذا كنت لا توافق على الزيادة يمكنك تقديم اعتراض لدينا قبل تاريخ سريانها. إذا كنت تحصل على بدل الإيجار (huurtoeslag) فأبلغ مصلحة الضرائب بالإيجار الجديد.',
          'هذا الملخص للمساعدة فقط؛ الرسالة الهولندية المرفقة هي الرسمية.',
        ),
      ],
    ];
  },
};

const egyptianFlatLease: Template = {
  id: 'rental_agreement.ar.aqd-ijar-shaqqa-masr',
  type: 'rental_agreement',
  lang: 'ar',
  style: 'form',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const city = rng.pick(EG_CITIES);
    const rent = rng.int(1500, 9000);
    const owner = rng.chance(0.5);
    const tenant = rng.pick(['سيد عبد الفتاح محمود', 'منى إبراهيم حسن', 'كريم أشرف علي', 'أحمد شوقي السيد']);
    return [
      [
        'عقد إيجار (قانون مدني - إيجار جديد)',
        '',
        `إنه في يوم ...${arNum(fmtDate(past(c, 10, 500), 'slash'))}... تحرر هذا العقد بين كل من:`,
        owner
          ? `أولاً: ${c.p.name}، المقيم${he(c, '', 'ة')} بهولندا، ويمثله${he(c, '', 'ا')} بموجب توكيل رسمي عام رقم ${arNum(rng.int(100, 9999))} حرف (أ) لسنة ${arNum(c.date.getUTCFullYear() - rng.int(1, 5))} توثيق ${city}   (طرف أول مؤجر)`
          : `أولاً: ${tenant}، ${rng.pick(['بطاقة رقم قومي', 'رقم قومي'])} ${arNum(rng.digits(14))}   (طرف أول مؤجر)`,
        owner
          ? `ثانياً: ${tenant}   (طرف ثان مستأجر)`
          : `ثانياً: ${c.p.name}، لسكن ${he(c, 'أسرته', 'أسرتها')} (الوالدة والإخوة)   (طرف ثان مستأجر)`,
        '',
        `البند الأول: أجّر الطرف الأول للطرف الثاني ما هو ${rng.pick(['شقة رقم ٤ بالدور الثاني', 'شقة بالدور الأرضي بحري', 'شقة مفروشة بالدور الخامس'])} بالعقار الكائن بشارع ${rng.pick(['المعز', 'الثورة', 'النصر', 'سعد زغلول'])} - ${city}.`,
        `البند الثاني: مدة العقد ${rng.pick(['سنة واحدة', 'ثلاث سنوات', 'خمس سنوات'])} تبدأ من ${arNum(fmtDate(past(c, 0, 400), 'slash'))} ولا تجدد إلا بعقد جديد.`,
        `البند الثالث: القيمة الإيجارية الشهرية ${arNum(rent.toLocaleString('en-US'))} جنيه مصري تدفع مقدماً، وتزاد بنسبة ${arNum(rng.pick([5, 10, 15]))}٪ سنوياً.`,
        `البند الرابع: دفع الطرف الثاني مبلغ ${arNum((rent * 2).toLocaleString('en-US'))} جنيه تأميناً يرد عند انتهاء العقد.`,
        'البند الخامس: لا يجوز للمستأجر التأجير من الباطن أو التنازل عن العين المؤجرة.',
        '',
        'الطرف الأول: ...................     الطرف الثاني: ...................',
        'شاهد أول: ..............     شاهد ثان: ..............',
        '',
        rng.chance(0.5)
          ? `(مكتوب باليد أسفل الصفحة: الإيجار يستلمه أخي في ${city}، ليس عندي دخل منه في هولندا)`
          : 'ثابت التاريخ - مكتب الشهر العقاري',
      ],
    ];
  },
};

// =============================================================================================
// holiday_notice

const sudaneseTravelMessage: Template = {
  id: 'holiday_notice.ar.sudani-masafir-alqahira',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 3, 30);
    const back = addDays(go, rng.int(10, 27));
    const where = rng.pick(['القاهرة', 'أسوان', 'كمبالا', 'أديس أبابا', 'جوبا']);
    return [
      [
        rng.chance(0.5)
          ? `WhatsApp ${c.p.name} → Werkconsulent ${c.r.lastName}`
          : `Van: ${mailName(c)}@gmail.com\nAan: wi@${domain(c)}.nl\nOnderwerp: vakantie melden`,
        fmtDate(c.date, 'dmy'),
        '',
        ...paras(
          64,
          bare(
            `السلام عليكم يا ${rng.pick(['استاذ', 'استاذة', 'mevrouw', 'meneer'])} ${c.r.lastName} انا ${c.p.firstName} داير اكلمك انو انا ماشي ${where} اشوف ${rng.pick(['امي', 'اهلي', 'ابوي العيان', 'اخواني'])} الطلعوا من السودان بسبب الحرب ما شفتهم من ${rng.pick(['سنتين', 'تلاتة سنين', 'اربعة سنين', 'زمن طويل'])}`,
          ),
          bare(
            `السفر يوم ${fmtDate(go, 'dmy')} والرجوع يوم ${fmtDate(back, 'dmy')} التذكرة ${rng.pick(['دفعها اخوي من السعودية', 'اشتريتها بالقسط', 'معاي وبرسلها ليك'])}`,
          ),
          bare(rng.pick(['الuitkering بتتوقف في الايام دي ولا لا', 'لو في ورقة لازم املاها قول لي', 'الsollicitaties بكملها لمن ارجع'])),
          ...idsInline(c, PHONE, ' '),
        ),
        '',
        rng.pick(['شكرا كتير', 'ربنا يحفظك', 'شكرا']),
        c.p.name,
      ].flatMap((l) => l.split('\n')),
    ];
  },
};

const handFilledAbroadForm: Template = {
  id: 'holiday_notice.ar.istimarat-iqama-kharij',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 10, 60);
    const days = rng.int(7, 28);
    const country = rng.pick(['اليمن (عدن)', 'مصر', 'الأردن', 'تركيا', 'المغرب', 'السعودية']);
    const tick = (b: boolean) => (b ? '[x]' : '[ ]');
    const reason = rng.int(0, 3);
    return [
      [
        `${c.org.name}`,
        'نموذج الإبلاغ عن الإقامة خارج هولندا / Formulier melding verblijf buitenland',
        '',
        `الاسم: ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', client: 'رقم العميل', birth: 'تاريخ الميلاد' }, ': ', 'slash'),
        `رقم الهاتف خلال السفر: ${rng.pick(['+967 7', '+20 10', '+962 7', '+90 5', '+212 6'])}${rng.digits(7)}`,
        '',
        `البلد: ${country}`,
        `تاريخ السفر: ${fmtDate(go, 'dmy')}`,
        `تاريخ العودة: ${fmtDate(addDays(go, days), 'dmy')}     (${days} يوم)`,
        '',
        'سبب السفر:',
        `  ${tick(reason === 0)} عطلة / زيارة عائلة   ${tick(reason === 1)} مرض أو وفاة في العائلة   ${tick(reason === 2)} حج / عمرة   ${tick(reason === 3)} آخر: ${reason === 3 ? rng.pick(['تجديد جواز السفر', 'عرس أخي']) : '.........'}`,
        '',
        `هل يسافر معك أحد من أفراد الأسرة؟  ${rng.chance(0.5) ? `نعم، ${rng.pick(['زوجتي', 'أولادي', 'ابنتي'])}` : 'لا'}`,
        `هل سافرت هذه السنة قبل ذلك؟  ${rng.chance(0.7) ? 'لا' : `نعم ${rng.int(5, 14)} يوم`}`,
        '',
        'أعرف أن المساعدة تتوقف إذا بقيت خارج هولندا أكثر من 4 أسابيع في السنة.',
        `التوقيع: ${c.p.firstName}           التاريخ: ${fmtDate(c.date, 'slash')}`,
        '',
        '-- voor de gemeente: ontvangen ____ paraaf ____',
      ],
    ];
  },
};

// =============================================================================================
// medical_statement

const egyptianHospitalReport: Template = {
  id: 'medical_statement.ar.taqrir-mustashfa-jamii-masr',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const age = c.date.getUTCFullYear() - Number(c.p.birthDate.slice(0, 4));
    return [
      [
        rng.pick([
          'مستشفيات جامعة المنصورة',
          'مستشفى قصر العيني - جامعة القاهرة',
          'مستشفى أسيوط الجامعي',
          'مستشفى الإسكندرية الرئيسي الجامعي',
        ]),
        `قسم ${rng.pick(['جراحة العظام', 'الأمراض الباطنة', 'المخ والأعصاب', 'الطب النفسي'])}`,
        '',
        'تقرير طبي',
        '',
        `الاسم: ${c.p.name}         السن: ${arNum(age)} سنة`,
        ...(c.show.birthDate ? [`تاريخ الميلاد: ${fmtIso(c.p.birthDate, 'slash')}`] : []),
        `رقم التذكرة: ${arNum(rng.digits(7))}`,
        `تاريخ الدخول: ${arNum(fmtDate(past(c, 30, 300), 'slash'))}    تاريخ الخروج: ${arNum(fmtDate(past(c, 5, 29), 'slash'))}`,
        '',
        ...paras(
          84,
          `التشخيص: ${rng.pick(['كسر بعنق عظمة الفخذ الأيمن تم تثبيته جراحياً', 'ارتفاع ضغط الدم مع قصور بوظائف الكلى (المرحلة الثالثة)', 'جلطة دماغية بسيطة مع ضعف بالطرف العلوي الأيسر', 'اكتئاب جسيم مع أعراض قلق'])}.`,
          `التوصيات: ${rng.pick(['راحة تامة لمدة ستة أسابيع مع جلسات علاج طبيعي', 'متابعة دورية بالعيادة الخارجية كل شهر والالتزام بالعلاج', 'عدم القيام بأعمال مجهدة أو الوقوف لفترات طويلة'])}.`,
          'وقد أعطي هذا التقرير بناءً على طلب المريض لتقديمه إلى الجهات المختصة دون أدنى مسؤولية على المستشفى.',
        ),
        '',
        `الطبيب المعالج: ${rng.pick(['د. أحمد الشربيني', 'د. نهى عبد الرحمن', 'د. وائل منصور'])}         مدير المستشفى`,
        rng.pick(['[ختم النسر]', 'خاتم شعار الجمهورية - معتمد من وزارة الخارجية']),
      ],
    ];
  },
};

const sudaneseMedicalBoard: Template = {
  id: 'medical_statement.ar.qomisyon-tibbi-sudan-muhallaf',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const pct = rng.pick([30, 40, 50, 60, 75]);
    return [
      [
        'جمهورية السودان',
        'وزارة الصحة الاتحادية',
        'الهيئة العامة للقومسيون الطبي',
        '',
        `النمرة: ق ط/${arNum(rng.int(100, 9999))}     التاريخ: ${arNum(fmtDate(past(c, 200, 1500), 'slash'))}`,
        '',
        'شهادة تقدير نسبة عجز',
        '',
        ...paras(
          84,
          `بعد الكشف الطبي على ${he(c, 'المواطن', 'المواطنة')} ${c.p.name}${c.show.birthDate ? `، المولود${he(c, '', 'ة')} في ${fmtIso(c.p.birthDate, 'slash')}` : ''}، والاطلاع على التقارير الطبية المرفقة،`,
          `قرر القومسيون الطبي أن ${he(c, 'المذكور يعاني', 'المذكورة تعاني')} من ${rng.pick(['بتر في الطرف السفلي الأيسر تحت الركبة', 'ضعف شديد في السمع بالأذنين', 'آثار إصابة بطلق ناري في العمود الفقري', 'مرض السكري مع مضاعفات بالعينين'])}، وتقدّر نسبة العجز بـ ${arNum(pct)}٪ (${rng.pick(['عجز دائم', 'عجز جزئي دائم'])}).`,
          'لا يصلح للأعمال التي تتطلب مجهوداً بدنياً.',
        ),
        '',
        'رئيس القومسيون                 العضو                 العضو',
        '',
        '==============================================================',
        'Beëdigde vertaling / ترجمة محلّفة إلى الهولندية مرفقة في الصفحة التالية',
        `${c.r.name}, beëdigd tolk-vertaler Arabisch, Wbtv ${rng.digits(5)}`,
        ...ids(c, { bsn: 'BSN (toegevoegd op verzoek van cliënt)' }).filter((l) => l.startsWith('BSN')),
      ],
    ];
  },
};

// =============================================================================================
// job_application_proof

const jobSiteArabicUi: Template = {
  id: 'job_application_proof.ar.wazaif-qaddamt-indeed',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const site = rng.pick(['Indeed', 'LinkedIn', 'Werk.nl']);
    const jobs = rng.sample(
      [
        ['عامل إنتاج (productiemedewerker)', 'Tempo-Team'],
        ['سائق توصيل', 'PostNL'],
        ['عامل مستودع - order picker', 'bol.com via Randstad'],
        ['مساعد مطبخ', 'Van der Valk'],
        ['عامل نظافة', 'CSU Schoonmaak'],
        ['موظف رفوف (vakkenvuller)', 'Jumbo'],
        ['مساعد فني تركيب', 'Heijmans'],
        ['موظف خدمة عملاء ناطق بالعربية', 'Teleperformance'],
      ],
      rng.int(3, 6),
    );
    const idLabel = idsInline(c, PHONE, ' ').join('');
    const status = ['تم التقديم', 'تمت المشاهدة من قبل صاحب العمل', 'لم يتم اختيارك', 'تمت دعوتك لمقابلة', 'قيد المراجعة'];
    return [
      [
        `${site} - وظائفي`,
        `${c.p.name} · ${c.p.city}، هولندا`,
        '',
        `الطلبات (${jobs.length})`,
        '',
        ...jobs.flatMap(([title, company]) => [
          `${title}`,
          `  ${company} · ${rng.pick(['Nijmegen', 'Venlo', 'Tilburg', 'Almere', c.p.city])}`,
          `  ${rng.pick(status)} · ${fmtDate(past(c, 1, 35), 'dmy')}`,
          '',
        ]),
        `${fmtDate(c.date, 'dmy')} ${clock(c, 8, 23)}   https://${site === 'Werk.nl' ? 'www.werk.nl/werkzoekenden/mijn-sollicitaties' : site === 'Indeed' ? 'myjobs.indeed.com/applied' : 'www.linkedin.com/my-items/saved-jobs'}`,
        ...(idLabel || rng.chance(0.6)
          ? [
              '',
              `(${rng.pick(['هاي طلبات الشغل لهالشهر', `sollicitaties maand ${c.date.getUTCMonth() + 1}`, 'هذي كل التقديمات'])}${idLabel ? ` - ${idLabel}` : ''})`,
            ]
          : []),
      ],
    ];
  },
};

const shopOwnerStatement: Template = {
  id: 'job_application_proof.ar.ifada-sahib-mahall-yamani',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Supermarkt Sanaa', 'Belwinkel Aden', 'Kapsalon Al Yemen', 'Restaurant Hadramout', 'Toko Al Baraka']);
    return [
      [
        `${shop} - ${rng.pick(['Rotterdam', 'Den Haag', 'Amsterdam', c.org.city])}`,
        `KvK ${rng.digits(8)}`,
        '',
        'إفادة',
        '',
        ...paras(
          50,
          `أشهد أنا ${c.q.name} ${c.q.gender === 'f' ? 'صاحبة' : 'صاحب'} المحل أن ${he(c, 'الأخ', 'الأخت')} ${c.p.name} جا${he(c, '', 'ت')} عندي يوم ${fmtDate(past(c, 1, 20), 'dmy')} وسأل${he(c, '', 'ت')} عن شغل وأعطاني CV.`,
          one(
            rng,
            'حالياً ما عندنا مكان شاغر، وإذا احتجنا أحد بنتصل فيه.',
            'قلت له الشغل عندنا يحتاج هولندي زين، وهو لسه يتعلم.',
            'المحل صغير والشغل للعائلة فقط، ما نقدر نوظف الحين.',
          ),
          `وهذه الإفادة بطلب ${he(c, 'منه', 'منها')} للبلدية.`,
        ),
        '',
        ...ids(c, { bsn: 'BSN', client: ['klantnummer', 'رقم الملف'] }, ' '),
        `التوقيع: ${c.q.firstName}      ${c.q.phone}`,
        '[ختم المحل]',
      ],
    ];
  },
};

// =============================================================================================
// employment_contract

const weekendTeacherContract: Template = {
  id: 'employment_contract.ar.aqd-mudarris-oproep',
  type: 'employment_contract',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const org = rng.pick([
      'Stichting Arabische Taal en Cultuur',
      'Stichting Al Yasmin Onderwijs',
      'Stichting Bait Al Hikma',
      'Stichting Noor Weekendschool',
    ]);
    const rate = rng.amount(14.2, 19.5);
    return paginate(
      [
        org,
        `${rng.pick(['Rotterdam', 'Utrecht', 'Eindhoven', c.org.city])} - KvK ${rng.digits(8)}`,
        '',
        'عقد عمل عند الطلب (oproepovereenkomst)',
        '',
        `الطرف الأول: ${org}، ويمثلها رئيس مجلس الإدارة ${c.r.name}.`,
        `الطرف الثاني: ${c.p.name}، ${c.p.street} ${c.p.houseNumber}، ${c.p.city}.`,
        ...ids(c, { bsn: 'BSN', birth: 'تاريخ الميلاد' }),
        '',
        `المادة ١ - الوظيفة: ${rng.pick(['مدرّس لغة عربية', 'مدرّسة لغة عربية', 'مدرّس قرآن وتربية إسلامية', 'مساعد/ة في الصف'])} يوم ${rng.pick(['السبت', 'الأحد', 'السبت والأحد'])}.`,
        `المادة ٢ - المدة: من ${fmtDate(ahead(c, 0, 30), 'dmy')} حتى نهاية العام الدراسي ${fmtDate(ahead(c, 150, 280), 'dmy')}.`,
        'المادة ٣ - ساعات العمل: لا توجد ساعات ثابتة. تدعو المؤسسة الموظف حسب الحاجة، وله أن يقبل أو يرفض (نظام صفر ساعات).',
        `المادة ٤ - الأجر: ${money(rate)} يورو إجمالي للساعة، بالإضافة إلى 8٪ بدل عطلة، ويُصرف شهرياً على أساس كشف الساعات.`,
        'المادة ٥ - يُشترط تقديم شهادة حسن السيرة والسلوك (VOG) قبل بدء العمل.',
        'المادة ٦ - يمكن لكل طرف إنهاء العقد بإشعار مدته أسبوعان.',
        '',
        `حُرر في ${fmtDate(c.date, 'dmy')} من نسختين.`,
        '',
        'عن المؤسسة ______________        الموظف ______________',
      ],
      rng.int(30, 50),
    );
  },
};

const handwrittenWorkAgreement: Template = {
  id: 'employment_contract.ar.ittifaq-amal-maktub-bil-yad',
  type: 'employment_contract',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.2,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Grillroom Aleppo', 'Bakkerij Al Sham', 'Autobedrijf Baghdad', 'Kapsalon Cairo', 'Shoarma Ya Hala']);
    const hours = rng.pick([10, 15, 20, 24, 30]);
    return [
      [
        'اتفاق عمل',
        '',
        `بين ${shop} (صاحب الشغل ${c.q.name})`,
        `و ${c.p.name}`,
        ...ids(c, { bsn: ['BSN', 'bsn'] }, ' '),
        '',
        `- يبدأ الشغل ${fmtDate(ahead(c, 1, 20), 'dmy')}`,
        `- ${hours} ساعة بالأسبوع تقريباً، ${rng.pick(['مسائي', 'نهاية الأسبوع', 'الصبح'])}`,
        `- الأجر ${money(rng.amount(13.7, 15))} bruto بالساعة، يندفع كل شهر عالبنك مع loonstrook`,
        `- contract ${rng.pick(['6 maanden', '3 maanden', '1 jaar'])}، أول شهر proeftijd`,
        '- الشغل: خدمة زبائن، تنظيف، مساعدة بالمطبخ',
        '',
        rng.pick([
          'الأوراق الرسمية يعملها المحاسب بعدين.',
          'Arbeidscontract officieel volgt via boekhouder.',
          'هاد اتفاق بينا لحتى يجي العقد من المحاسب.',
        ]),
        '',
        `${c.org.city} ${fmtDate(c.date, 'dmy')}`,
        'توقيع صاحب الشغل ........      توقيع العامل ........',
      ],
    ];
  },
};

// =============================================================================================
// identity_document

const egyptianIdCard: Template = {
  id: 'identity_document.ar.bitaqat-raqam-qawmi-masr',
  type: 'identity_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const [y, m, d] = c.p.birthDate.split('-') as [string, string, string];
    const nid = `${Number(y) >= 2000 ? 3 : 2}${y.slice(2)}${m}${d}${rng.digits(2)}${rng.digits(4)}${rng.int(0, 9)}`;
    const fathers = ['محمد', 'أحمد', 'محمود', 'عبد الله', 'إبراهيم'];
    return [
      [
        '[صورة بطاقة - الوجه]',
        'جمهورية مصر العربية',
        'بطاقة تحقيق الشخصية',
        '',
        c.p.firstName,
        `${rng.pick(fathers)} ${rng.pick(fathers)} ${c.p.lastName}`,
        `${rng.pick(['١٢ شارع', '٤ حارة', 'ش'])} ${rng.pick(['الجلاء', 'المحطة', 'السوق'])} - ${rng.pick(EG_CITIES)}`,
        `${arNum(nid)}`,
        `تاريخ الميلاد: ${fmtIso(c.p.birthDate, 'slash')}`,
        '',
        '[الوجه الخلفي]',
        c.p.gender === 'f' ? rng.pick(['ربة منزل', 'طالبة', 'بدون عمل', 'مدرسة']) : rng.pick(['عامل', 'طالب', 'بدون عمل', 'محاسب', 'سائق']),
        c.p.gender === 'f'
          ? `أنثى   ${rng.pick(['مسلمة', 'مسلمة', 'مسيحية'])}   ${rng.pick(['آنسة', 'متزوجة', 'مطلقة', 'أرملة'])}`
          : `ذكر   ${rng.pick(['مسلم', 'مسلم', 'مسيحي'])}   ${rng.pick(['أعزب', 'متزوج', 'مطلق'])}`,
        `البطاقة سارية حتى ${arNum(fmtDate(addDays(c.date, rng.int(-400, 2500)), 'slash'))}`,
        `${arNum(rng.digits(8))}${rng.letters(2)}${arNum(rng.digits(4))}`,
        ...maybe(rng, 0.5, () => [
          '',
          `(نسخة مطابقة للأصل - ${rng.pick(['ختم البلدية', 'gezien origineel', 'kopie gemaakt aan de balie'])})`,
        ]),
      ],
    ];
  },
};

const yemeniPassport: Template = {
  id: 'identity_document.ar.jawaz-safar-yamani',
  type: 'identity_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const num = `0${rng.digits(7)}`;
    const yymmdd = c.p.birthDate.slice(2).replace(/-/g, '');
    const exp = addDays(c.date, rng.int(-200, 2000));
    const expStr = fmtDate(exp, 'iso').slice(2).replace(/-/g, '');
    const sur = c.p.lastName.toUpperCase().replace(/[^A-Z]/g, '<');
    const giv = c.p.firstName.toUpperCase().replace(/[^A-Z]/g, '<');
    return [
      [
        'الجمهورية اليمنية          REPUBLIC OF YEMEN',
        'جواز سفر                   PASSPORT',
        '',
        `النوع / Type: P    الرمز / Code: YEM    رقم الجواز / Passport No.: ${num}`,
        `اللقب / Surname: ${c.p.lastName.toUpperCase()}`,
        `الاسم / Given Names: ${c.p.firstName.toUpperCase()}`,
        `الجنسية / Nationality: يمني / YEMENI`,
        `تاريخ الميلاد / Date of Birth: ${fmtIso(c.p.birthDate, 'slash')}`,
        `محل الميلاد / Place of Birth: ${rng.pick(YE_CITIES)}`,
        `الجنس / Sex: ${c.p.gender === 'f' ? 'F' : 'M'}`,
        `تاريخ الإصدار / Date of Issue: ${fmtDate(addDays(exp, -6 * 365), 'slash')}`,
        `تاريخ الانتهاء / Date of Expiry: ${fmtDate(exp, 'slash')}`,
        `جهة الإصدار / Authority: ${rng.pick(['مصلحة الهجرة والجوازات - عدن', 'سفارة الجمهورية اليمنية - القاهرة', 'مصلحة الهجرة والجوازات - مأرب'])}`,
        '',
        `P<YEM${sur}<<${giv}`.padEnd(44, '<').slice(0, 44),
        `${num}${rng.int(0, 9)}YEM${yymmdd}${rng.int(0, 9)}${c.p.gender === 'f' ? 'F' : 'M'}${expStr}${rng.int(0, 9)}`
          .padEnd(43, '<')
          .slice(0, 43) + String(rng.int(0, 9)),
        ...(c.show.bsn
          ? [
              '',
              ...ids(c, { bsn: ['BSN', 'bsn'] }, ': ')
                .filter((l) => l.toLowerCase().startsWith('bsn'))
                .map((l) => `${l} (met pen)`),
            ]
          : []),
      ],
    ];
  },
};

// =============================================================================================
// debt_notice

const egyptianCardCollection: Template = {
  id: 'debt_notice.ar.indhar-bitaqat-itiman-masr',
  type: 'debt_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const due = rng.amount(8000, 160000);
    const interest = due * rng.amount(0.05, 0.25);
    return [
      [
        rng.pick(['بنك مصر - إدارة التحصيل', 'البنك الأهلي المصري - قطاع الائتمان الشخصي', 'بنك القاهرة - إدارة متابعة الديون']),
        '',
        `السيد${he(c, '', 'ة')}/ ${c.p.name}`,
        `آخر عنوان معلوم: ${rng.pick(EG_CITIES)} - وعنوان بالخارج: ${c.p.city}، هولندا`,
        '',
        `التاريخ: ${fmtDate(c.date, 'slash')}`,
        `رقم البطاقة الائتمانية: **** **** **** ${rng.digits(4)}`,
        '',
        'الموضوع: إنذار نهائي بسداد المديونية',
        '',
        ...paras(
          84,
          `تحية طيبة، نحيط سيادتكم علماً بأن حساب البطاقة الائتمانية الخاص بكم متأخر عن السداد منذ ${arNum(rng.int(3, 24))} شهراً.`,
          `إجمالي المديونية: ${grouped(due)} جنيه، بالإضافة إلى عوائد تأخير قدرها ${grouped(interest)} جنيه، بإجمالي ${grouped(due + interest)} جنيه مصري.`,
          'نرجو سرعة السداد أو التواصل مع الإدارة لجدولة المديونية خلال خمسة عشر يوماً من تاريخه، وإلا سنضطر آسفين لاتخاذ الإجراءات القانونية وإدراج اسمكم لدى شركة الاستعلام الائتماني (I-Score).',
          `للتواصل: 19${rng.digits(3)} أو من خارج مصر +202${rng.digits(8)}`,
        ),
        '',
        'مدير إدارة التحصيل',
      ],
    ];
  },
};

const beslagPhoneEmail: Template = {
  id: 'debt_notice.ar.beslag-ala-uitkering-iraqi',
  type: 'debt_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const dw = rng.pick(DEBT_COLLECTORS);
    const left = rng.amount(60, 450);
    return [
      [
        `Van: ${mailName(c)}@${rng.pick(['hotmail.com', 'gmail.com'])}`,
        `Aan: schuldhulp@${domain(c)}.nl`,
        `Onderwerp: ${rng.pick(['beslag', 'HELP beslag uitkering', 'deurwaarder', 'schulden'])}`,
        `Datum: ${fmtDate(c.date, 'dmy')} ${clock(c, 0, 23)}`,
        '',
        ...paras(
          66,
          bare(
            one(
              rng,
              `السلام عليكم اني ${c.p.firstName} هذا الشهر الuitkering مالتي نزلت ناقصة وبس ${money(left)} يورو وصلت الموظف كال اكو beslag من ${dw}`,
              `مرحبا الdeurwaarder ${dw} دز رسالة وحجز على الuitkering مالتي وآني ما عندي فلوس للايجار ولا للاكل`,
              `اني عندي ديون هواية ${rng.pick(['CJIB', 'Zilveren Kruis', 'Vattenfall', 'huurachterstand'])} وهسه اجا beslag على الuitkering بقى ${money(left)} يورو شلون اعيش`,
            ),
          ),
          bare(
            one(
              rng,
              'اريد مساعدة بالديون schuldhulp اريد موعد باسرع وقت',
              'الجيران كالولي الgemeente عدها قسم للديون ارجوكم ساعدوني',
              'ممكن تحجون وياهم حتى يخلولي شي للاكل',
            ),
          ),
          ...idsInline(c, PHONE, ' '),
        ),
        '',
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

// =============================================================================================
// other

const avgAccessRequest: Template = {
  id: 'other.ar.talab-ittila-bayanat-avg',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `إلى: ${c.org.name} - مسؤول حماية البيانات (Functionaris Gegevensbescherming)`,
        c.org.postbus,
        '',
        `${c.p.city}، ${fmtDate(c.date, 'dmy')}`,
        'الموضوع: طلب الاطلاع على بياناتي الشخصية (inzageverzoek - المادة 15 من AVG)',
        '',
        ...paras(
          84,
          'السادة المحترمون،',
          'استناداً إلى المادة 15 من اللائحة العامة لحماية البيانات (AVG)، أطلب الاطلاع على جميع البيانات الشخصية التي تحتفظون بها عني.',
          'أرجو أن تتضمن إجابتكم: نسخة من البيانات، والغرض من معالجتها، والجهات التي أُرسلت إليها، ومدة الاحتفاظ بها، ومصدرها إن لم أكن أنا مصدرها.',
          rng.chance(0.6) &&
            one(
              rng,
              'وأطلب بشكل خاص تقارير المقابلات والملاحظات الداخلية في ملفي لدى قسم العمل والدخل منذ سنة ' +
                (c.date.getUTCFullYear() - rng.int(1, 4)) +
                '.',
              'وأريد معرفة ما إذا كانت بياناتي قد شُورِكت مع جهات أخرى مثل UWV أو مصلحة الضرائب أو شركات خاصة.',
            ),
          'أعلم أن لديكم مهلة شهر واحد للرد. أرفقت صورة من بطاقة هويتي بعد إخفاء الصورة والرقم الشخصي.',
        ),
        '',
        ...ids(c, FORMAL),
        '',
        'مع التحية،',
        c.p.name,
      ],
    ];
  },
};

const avgCorrectionRequest: Template = {
  id: 'other.ar.tashih-bayanat-avg-jawwal',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const wrongName = `${c.p.firstName.slice(0, -1)}${rng.pick(['a', 'e', 'ie', 'ou'])} ${c.p.lastName.replace(/^El /, 'Al ')}`;
    return [
      [
        `Contactformulier - privacy / AVG   ${fmtDate(c.date, 'dmy')} ${clock(c, 7, 23)}`,
        `Naam: ${c.p.name}`,
        `E-mail: ${mailName(c)}@gmail.com`,
        '',
        'Uw vraag:',
        ...paras(
          68,
          bare(
            one(
              rng,
              `السلام عليكم في الملف بتاعي عندكم اسمي مكتوب غلط ${wrongName} والصح ${c.p.name} زي الباسبور عايز اصحح البيانات دي حسب AVG correctie`,
              `مرحبا في الرسالة الاخيرة مكتوب اني ${he(c, 'متزوج', 'متزوجة')} وانا ${he(c, 'مطلق', 'مطلقة')} من ${rng.int(2, 6)} سنين ارجو تصحيح هذا بالملف عندكم`,
              `السلام عليكم عندكم بالملف مكتوب ان لغتي فارسي وانا عربي من السودان ومرات يجيبولي مترجم غلط ارجو تصلحو المعلومة دي correctieverzoek`,
              `مرحبا مكتوب عندكم رقم تلفوني القديم وعنوان الايميل غلط بدي تصلحوهن الصح ${c.p.phone} ومو تبعتو شي للايميل القديم`,
            ),
          ),
          bare('شكرا ليكم'),
          ...idsInline(c, PHONE, ' '),
        ),
        '',
        '[x] Ik ga akkoord met de privacyverklaring',
      ],
    ];
  },
};

const debtCompanyAd: Template = {
  id: 'other.ar.ilan-sharikat-hal-duyun',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const company = rng.pick(['Schuldvrij Nederland B.V.', 'Al Amal Financieel Advies', 'DebtFree Solutions', 'Geldzorgen Weg B.V.']);
    return [
      [
        '★ ★ ★  عرض خاص للجالية العربية  ★ ★ ★',
        '',
        company,
        rng.pick(['هل تعبت من رسائل الديون؟', 'ديون؟ مخالفات؟ deurwaarder على الباب؟', 'لا تخف بعد اليوم من الرسائل الصفراء!']),
        '',
        ...paras(
          70,
          'نحن نتكلم لغتك ونفهم وضعك. فريقنا يتفاوض مع الدائنين نيابة عنك ويجمع كل ديونك في دفعة شهرية واحدة.',
          `✓ استشارة أولى مجانية    ✓ بالعربي والهولندي    ✓ سرية تامة`,
          `رسوم الخدمة ابتداءً من ${money(rng.pick([29.95, 39, 49.5]))} يورو فقط في الشهر.`,
          rng.pick(['اتصل الآن واحصل على خصم 20٪ على الشهر الأول!', 'أول 50 متصل يحصلون على مراجعة مجانية لملفهم.']),
        ),
        '',
        `📞 ${rng.pick(['085', '088', '020'])}-${rng.digits(7)}   واتساب: 06-${rng.digits(8)}`,
        `www.${company.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        '',
        rng.pick([
          'هذا إعلان. نحن لسنا جهة حكومية ولا علاقة لنا بالبلدية.',
          'Dit is een advertentie. Geen schuldhulpverlening van de gemeente.',
          '* الشروط والأحكام تنطبق.',
        ]),
        ...maybe(rng, 0.3, () => ['', `(وُزّع في صندوق البريد - ${c.p.street})`]),
      ],
    ];
  },
};

const mosqueNewsletter: Template = {
  id: 'other.ar.nashrat-masjid-shahriya',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const mosque = rng.pick(['مسجد الهدى', 'مسجد التوحيد', 'مسجد الرحمة', 'المركز الإسلامي']);
    const fajr = `${rng.int(5, 7)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
    const asr = rng.int(14, 17);
    return paginate(
      [
        `${mosque} - ${c.org.city}`,
        `النشرة الشهرية - العدد ${arNum(rng.int(20, 180))}`,
        '',
        'مواقيت الصلاة (الأسبوع الأول):',
        `الفجر ${fajr}   الظهر 13:${rng.int(30, 45)}   العصر ${asr}:${rng.int(10, 50)}   المغرب ${asr + 2}:${rng.int(10, 50)}   العشاء ${asr + 4}:${rng.int(10, 50)}`,
        `خطبة الجمعة: الخطبة الأولى ${rng.pick(['13:00', '13:30'])} بالعربية، والثانية بالهولندية.`,
        '',
        'أنشطة هذا الشهر:',
        `- درس التفسير كل ${rng.pick(['ثلاثاء', 'خميس'])} بعد صلاة العشاء مع الشيخ ${rng.pick(['أبو يوسف', 'عبد الكريم', 'محمد السوداني'])}.`,
        '- دروس تحفيظ القرآن للأطفال كل سبت وأحد من 10:00 إلى 13:00.',
        `- لقاء الأخوات: ${rng.pick(['محاضرة عن التربية في هولندا', 'ورشة طبخ وتعارف', 'جلسة معلومات عن المدارس الهولندية'])}.`,
        `- مكتب المساعدة في الرسائل الرسمية (مع متطوعين): كل ${rng.pick(['اثنين', 'أربعاء'])} من 18:00 إلى 20:00.`,
        '',
        'أخبار المسجد:',
        ...paras(
          80,
          `بلغت تبرعات مشروع توسعة المصلى ${arNum(rng.int(20, 95))}٪ من الهدف. جزاكم الله خيراً.`,
          rng.pick([
            'نذكّر الإخوة بعدم إيقاف السيارات أمام مداخل الجيران.',
            'نرحب بالمتطوعين لتنظيف المسجد يوم السبت.',
            'تم تجديد دورات المياه والحمد لله.',
          ]),
        ),
        '',
        `للتبرع: ${rng.pick(['NL', 'NL'])}${rng.int(10, 99)} ${rng.pick(['INGB', 'RABO', 'TRIO'])} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)} - ${mosque === 'المركز الإسلامي' ? 'Stichting Islamitisch Centrum' : 'Stichting Moskee ' + rng.pick(['Al Hoeda', 'At Tawhied', 'Ar Rahma'])}`,
      ],
      rng.int(22, 40),
    );
  },
};

const schoolLetter: Template = {
  id: 'other.ar.risalat-madrasa-ibtidaiya',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const school = rng.pick(['OBS De Regenboog', 'Basisschool Het Palet', 'CBS De Wegwijzer', 'IKC De Bron', 'Basisschool Al Wafa']);
    const topic = rng.int(0, 2);
    return [
      [
        school,
        rng.pick(['رسالة إلى أولياء الأمور - مترجمة إلى العربية', 'Nieuwsbrief ouders (Arabische vertaling)']),
        `${c.org.city}، ${fmtDate(c.date, 'long')}`,
        '',
        `إلى والدي/والدة ${c.q.firstName} ${c.p.lastName} - المجموعة ${rng.int(1, 8)}`,
        '',
        ...paras(
          80,
          'أولياء الأمور الأعزاء،',
          [
            `ندعوكم إلى لقاء العشر دقائق (10-minutengesprek) مع معلم${rng.pick(['', 'ة'])} طفلكم يوم ${fmtDate(ahead(c, 7, 30), 'dmy')}. يمكنكم اختيار الوقت عبر تطبيق Parro. إذا احتجتم إلى مترجم فأخبرونا قبل أسبوع.`,
            `تقيم المدرسة رحلتها السنوية إلى ${rng.pick(['حديقة الحيوان', 'Efteling', 'مزرعة الأطفال', 'المتحف'])} يوم ${fmtDate(ahead(c, 14, 60), 'dmy')}. المساهمة ${money(rng.amount(15, 35))} يورو، وهي طوعية. إذا كان المبلغ صعباً عليكم فتحدثوا مع مدير المدرسة بسرية.`,
            `لاحظنا أن ${c.q.firstName} ${c.q.gender === 'f' ? 'غابت' : 'غاب'} عن المدرسة عدة مرات هذا الشهر. نرجو إبلاغنا صباحاً قبل الساعة 8:15 عند الغياب. هذه الرسالة للإعلام فقط.`,
          ][topic] as string,
          'مع أطيب التحيات،',
        ),
        `${c.r.name}، ${c.r.gender === 'f' ? rng.pick(['مديرة المدرسة', 'المعلمة', 'منسقة أولياء الأمور']) : rng.pick(['مدير المدرسة', 'المعلم', 'منسق أولياء الأمور'])}`,
      ],
    ];
  },
};

const weddingInvitation: Template = {
  id: 'other.ar.dawat-zifaf',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const groom = rng.pick(['محمد', 'أحمد', 'عمر', 'مصطفى', 'حسام', 'معتز']);
    const bride = rng.pick(['سارة', 'هبة', 'مريم', 'آلاء', 'رنا', 'نور']);
    const day = ahead(c, 14, 90);
    return [
      [
        'بسم الله الرحمن الرحيم',
        '﴿ومن آياته أن خلق لكم من أنفسكم أزواجاً لتسكنوا إليها﴾',
        '',
        rng.pick(['بكل الحب والتقدير', 'بقلوب ملؤها الفرح', 'على بركة الله']),
        `${rng.pick(['يتشرف', 'تتشرف'])} ${rng.pick(['آل', 'أسرة'])} ${c.p.lastName} و${rng.pick(['آل', 'أسرة'])} ${c.q.lastName}`,
        'بدعوتكم لحضور حفل زفاف نجليهما',
        '',
        `${groom}    &    ${bride}`,
        '',
        `وذلك يوم ${rng.pick(['السبت', 'الجمعة', 'الأحد'])} ${fmtDate(day, 'dmy')}`,
        `في قاعة ${rng.pick(['Zalencentrum Al Andalus', 'Partycentrum Royal', 'Feestzaal Cleopatra', 'قاعة الأفراح - Rotterdam Zuid'])}`,
        `الاستقبال الساعة ${rng.int(17, 19)}:00`,
        '',
        rng.pick(['حضوركم يسعدنا ويكمل فرحتنا', 'ودمتم لنا', 'وبحضوركم تتم الفرحة']),
        rng.pick(['يرجى تأكيد الحضور قبل أسبوعين', 'نرجو عدم اصطحاب الأطفال', 'الدعوة عائلية']),
        `RSVP: ${c.p.phone}`,
      ],
    ];
  },
};

export const arabicVoicesTemplates: Template[] = [
  egShopPayslip,
  homeCountrySalary,
  egyptianBank,
  annotatedStatement,
  phoneChangeMessage,
  handFilledIncomeForm,
  sudaneseApplication,
  egyptianPhoneApplication,
  iraqiObjection,
  proFormaObjection,
  homeVisitComplaint,
  interpreterComplaint,
  egyptianKhula,
  swornTranslationJudgment,
  swornUwvDecision,
  googleTranslatedUwv,
  egyptianPropertyTax,
  iraqiTaxClearance,
  housingCorpRentIncrease,
  egyptianFlatLease,
  sudaneseTravelMessage,
  handFilledAbroadForm,
  egyptianHospitalReport,
  sudaneseMedicalBoard,
  jobSiteArabicUi,
  shopOwnerStatement,
  weekendTeacherContract,
  handwrittenWorkAgreement,
  egyptianIdCard,
  yemeniPassport,
  egyptianCardCollection,
  beslagPhoneEmail,
  avgAccessRequest,
  avgCorrectionRequest,
  debtCompanyAd,
  mosqueNewsletter,
  schoolLetter,
  weddingInvitation,
];
