import { EMPLOYERS, JOB_TITLES, STAFFING } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import { addDays, ahead, clock, fmtDate, he, ibanText, idLine, ids, maybe, money, one, paginate, paras, past, row } from '../template.ts';

/**
 * Arabic voices (b): more Arabic post for the types the model confuses in Arabic (holiday notices,
 * job application proof, payslips, change forms, applications, medical statements, other post).
 * Syrian, Iraqi, Moroccan (darija with French words), Egyptian, Somali and Palestinian writers;
 * Modern Standard Arabic next to colloquial writing; tables, mixed Latin/Arabic lines,
 * Arabic-Indic digits in some documents, Hijri dates next to Gregorian ones.
 * Each template is its own group with its own wording.
 *
 * Client evidence (BSN, client number, birth date) is written in Latin digits next to the writer's
 * own label, and only when `c.show` asks for it.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const inline = (c: Ctx, l: IdLabels, joint = '  ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });

/** Labels of a Levantine writer: Dutch words copied from the gemeente's letters. */
const SHAMI: IdLabels = {
  bsn: ['رقم ال BSN', 'BSN', 'bsn nummer', 'الرقم الشخصي BSN'],
  client: ['رقم الملف', 'klantnummer', 'رقم klant'],
  birth: ['تولد', 'مواليد', 'تاريخ الولادة'],
};
/** Moroccan writers: French and Dutch labels next to Arabic ones. */
const MAGHREB: IdLabels = {
  bsn: ['BSN', 'numéro BSN', 'نمرة BSN'],
  client: ['klantnummer', 'numéro de dossier', 'نمرة الدوسي'],
  birth: ['date de naissance', 'تاريخ الازدياد', 'مزداد في'],
};
/** Formal Arabic, the Dutch term in brackets. */
const FORMAL: IdLabels = {
  bsn: ['رقم الخدمة المدنية (BSN)', 'الرقم الشخصي (BSN)', 'BSN'],
  client: ['رقم الملف (klantnummer)', 'رقم العميل لدى البلدية', 'Klantnummer'],
  birth: ['تاريخ الميلاد', 'تاريخ الميلاد (geboortedatum)'],
};
/** Egyptian phone typing. */
const PHONE_EG: IdLabels = { bsn: ['رقم bsn', 'BSN'], client: ['رقم الملف', 'klantnummer'], birth: ['مواليد'] };
/** Iraqi and Somali writers. */
const PLAIN: IdLabels = {
  bsn: ['رقم BSN', 'BSN', 'البي اس ان'],
  client: ['رقم الكلانت', 'klantnummer', 'رقم الملف بالبلدية'],
  birth: ['المواليد', 'تاريخ الميلاد', 'geboren'],
};

const AR_DIGITS = '٠١٢٣٤٥٦٧٨٩';
/** Arabic-Indic digits for dates and amounts the writer owns; never for client evidence. */
const arNum = (s: string | number) => String(s).replace(/\d/g, (d) => AR_DIGITS[Number(d)] as string);

const HIJRI_MONTHS = [
  'محرم',
  'صفر',
  'ربيع الأول',
  'ربيع الآخر',
  'جمادى الأولى',
  'جمادى الآخرة',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
  'ذو القعدة',
  'ذو الحجة',
];

/** The tabular Islamic calendar date of a Gregorian date (as printed on letters: within a day). */
function hijriParts(d: Date): { y: number; m: number; day: number } {
  const jd = Math.floor(d.getTime() / 86_400_000) + 2_440_588;
  let l = jd - 1_948_440 + 10_632;
  const n = Math.floor((l - 1) / 10_631);
  l = l - 10_631 * n + 354;
  const j = Math.floor((10_985 - l) / 5_316) * Math.floor((50 * l) / 17_719) + Math.floor(l / 5_670) * Math.floor((43 * l) / 15_238);
  l = l - Math.floor((30 - j) / 15) * Math.floor((17_719 * j) / 50) - Math.floor(j / 16) * Math.floor((15_238 * j) / 43) + 29;
  const m = Math.floor((24 * l) / 709);
  const day = l - Math.floor((709 * m) / 24);
  return { y: 30 * n + j - 30, m, day };
}
/** "12 رمضان 1447 هـ", in Latin or Arabic-Indic digits. */
const hijri = (d: Date, eastern = false) => {
  const h = hijriParts(d);
  const s = `${h.day} ${HIJRI_MONTHS[h.m - 1]} ${h.y} هـ`;
  return eastern ? arNum(s) : s;
};
/** "1447/09/12 هـ" */
const hijriNum = (d: Date, eastern = false) => {
  const h = hijriParts(d);
  const s = `${h.y}/${String(h.m).padStart(2, '0')}/${String(h.day).padStart(2, '0')} هـ`;
  return eastern ? arNum(s) : s;
};

const gmail = (c: Ctx) =>
  `${c.p.firstName.toLowerCase()}${c.rng.pick(['.', '_', '', '-'])}${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.int(70, 99)}@${c.rng.pick(['gmail.com', 'hotmail.com', 'outlook.com'])}`;
const gemeenteMail = (c: Ctx) =>
  `${c.rng.pick(['werkeninkomen', 'wi', 'info', 'inkomen'])}@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`;
/** A WhatsApp export: lines "[12-03-2026 09:14] name: text", the time running on within a day. */
const chat = (c: Ctx) => {
  let day = '';
  let t = 0;
  return (d: Date, who: string, text: string) => {
    const k = fmtDate(d, 'dmy');
    if (k !== day) {
      day = k;
      t = c.rng.int(7 * 60, 13 * 60);
    } else t = Math.min(t + c.rng.int(1, 90), 23 * 60 + 50);
    return `[${k} ${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}] ${who}: ${text}`;
  };
};
/** Phone typing: Arabic punctuation dropped. */
const bare = (s: string) => s.replace(/[،؛؟!]/g, '').replace(/\.(\s|$)/g, '$1');

const SY_CITIES = ['حلب', 'دمشق', 'حمص', 'إدلب', 'القامشلي', 'دير الزور'];
const IQ_CITIES = ['بغداد', 'البصرة', 'الموصل', 'السليمانية', 'الناصرية'];
const MA_CITIES = ['الناظور', 'الحسيمة', 'طنجة', 'بركان', 'وجدة', 'الدار البيضاء'];

// =============================================================================================
// holiday_notice

const funeralPhoneMessage: Template = {
  id: 'holiday_notice.ar.hatif-wafat-khal-halab',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const died = past(c, 0, 2);
    const go = ahead(c, 1, 4);
    const back = addDays(go, rng.int(8, 21));
    const [who, died_] = rng.pick([
      ['خالي', 'توفى'],
      ['عمي', 'توفى'],
      ['أبوي الله يرحمه', 'توفى'],
      ['جدتي', 'توفيت'],
      ['خالتي', 'توفيت'],
      ['أخوي الكبير', 'توفى'],
    ] as const);
    const via = rng.pick(['عن طريق غازي عنتاب', 'عن طريق بيروت', 'من مطار عمان بالبر', 'عن طريق اسطنبول']);
    const me = c.p.firstName;
    const wa = chat(c);
    const lines = [
      wa(died, me, bare(`مرحبا ${rng.pick(['استاذ', 'مدام', 'meneer', 'mevrouw'])} ${c.r.lastName} بعتذر عالمسج بهالوقت`)),
      wa(died, me, bare(`اليوم الصبح اجاني خبر انو ${who} ${died_} ب${rng.pick(SY_CITIES)} والدفن بكرا`)),
      wa(
        c.date,
        me,
        bare(
          `حجزت وبدي سافر ${via} يوم ${fmtDate(go, 'dmy')} وان شاء الله برجع ${fmtDate(back, 'dmy')} يعني تقريبا ${Math.round((back.getTime() - go.getTime()) / 86_400_000)} يوم`,
        ),
      ),
      wa(
        c.date,
        me,
        bare(
          one(rng, 'بدي اعرف اذا لازم عبي فورمولير او هيك بكفي', 'ابعتلي شو المطلوب مني مشان الuitkering', 'العزا ٣ ايام وبعدين برجع دغري'),
        ),
      ),
      ...inline(c, SHAMI, ' / ').map((l) => wa(c.date, me, l)),
      wa(
        c.date,
        `${c.r.firstName} (gemeente)`,
        rng.pick(['Gecondoleerd. Ik stuur u het formulier verblijf buitenland.', 'Sterkte. Graag de tickets mailen.']),
      ),
      wa(c.date, me, rng.pick(['الله يجزيك الخير 🙏', 'شكرا كتير', 'تمام مشكور'])),
    ];
    return [
      [
        `WhatsApp-chat met ${c.p.name}`,
        `geëxporteerd ${fmtDate(c.date, 'dmy')} — ${rng.pick(['afgedrukt door klantmanager', 'print balie'])}`,
        '',
        ...lines,
      ],
    ];
  },
};

const hajjFilledForm: Template = {
  id: 'holiday_notice.ar.formulier-buitenland-hajj-mamlu',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 14, 70);
    const hajj = hijriParts(go).m >= 11;
    const earlier = past(c, 90, 200);
    const days = hajj ? rng.int(18, 27) : rng.int(10, 16);
    const back = addDays(go, days);
    const group = rng.pick(['Hadj reizen Al-Safa', 'Umrah & Hajj Reizen Al Aqsa', 'Reisbureau Zamzam']);
    return [
      [
        c.org.name,
        'Afdeling Werk en Inkomen',
        'MELDING VERBLIJF IN HET BUITENLAND',
        '',
        `1. Naam en voorletters:        ${c.p.name}`,
        ...ids(c, { bsn: '2. BSN', client: '3. Klantnummer', birth: '4. Geboortedatum' }, ':  '),
        `5. Telefoonnummer:             ${c.p.phone}`,
        '',
        `6. Naar welk land gaat u?      السعودية (${hajj ? 'مكة والمدينة' : 'مكة المكرمة'})`,
        `7. Vertrekdatum:               ${fmtDate(go, 'dmy')}  (${hijri(go)})`,
        `8. Datum terugkeer:            ${fmtDate(back, 'dmy')}  (${hijri(back)})`,
        `9. Reden van de reis:          ${hajj ? 'فريضة الحج' : 'عمرة مع الوالدة'}`,
        `10. Gaan gezinsleden mee?      ${rng.pick([he(c, 'نعم زوجتي', 'نعم زوجي'), 'لا', 'ابني الكبير', 'nee'])}`,
        `11. Wie betaalt de reis?       ${rng.pick(['اخي في السعودية', 'توفير من زمان', 'الجامع (قرعة)', 'عائلتي'])}`,
        `12. Adres in het buitenland:   ${rng.pick(['فندق مع المجموعة', 'مع الحملة', 'hotel via reisbureau'])} - ${group}`,
        '',
        '13. Heeft u dit jaar al eerder in het buitenland verbleven?',
        rng.chance(0.75)
          ? '    [x] nee   [ ] ja, van ......... tot .........'
          : `    [ ] nee   [x] ja, van ${fmtDate(earlier, 'dmy')} tot ${fmtDate(addDays(earlier, rng.int(6, 14)), 'dmy')}`,
        '',
        'Ik verklaar dit formulier naar waarheid te hebben ingevuld.',
        `Datum: ${fmtDate(c.date, 'slash')}         Handtekening: ${c.p.firstName.charAt(0)}. ${c.p.lastName}`,
        '',
        ...maybe(rng, 0.6, () => [`ملاحظة: ارفقت صورة عن الفيزا وحجز ${group}`]),
        'Bijlagen: kopie ticket / visum',
      ],
    ];
  },
};

const ticketWithDarijaNote: Template = {
  id: 'holiday_notice.ar.hajz-royal-air-maroc-mulahaza',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 5, 40);
    const back = addDays(go, rng.int(12, 28));
    const [air, code] = rng.pick([
      ['Royal Air Maroc', 'AT'],
      ['Transavia', 'HV'],
      ['Arkia / Air Arabia Maroc', '3O'],
    ] as const);
    const to = rng.pick([
      ['NDR', 'Nador Al Aroui'],
      ['AHU', 'Al Hoceima'],
      ['TNG', 'Tanger Ibn Battouta'],
      ['OUD', 'Oujda Angads'],
    ] as const);
    const from = rng.pick(['AMS', 'RTM', 'EIN']);
    const pnr = rng.letters(6, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
    return [
      [
        `${air} — Confirmation de réservation / Booking confirmation`,
        `Référence (PNR): ${pnr}      Date d'émission: ${fmtDate(past(c, 1, 20), 'dot')}`,
        '',
        `Passager: ${c.p.lastName.toUpperCase()}/${c.p.firstName.toUpperCase()} ${he(c, 'MR', 'MRS')}`,
        '',
        row(['Vol', 'Date', 'De', 'À', 'Départ'], [8, 12, 6, 6, 6]),
        row([`${code}${rng.int(100, 999)}`, fmtDate(go, 'dot'), from, to[0], clock(c, 6, 20)], [8, 12, 6, 6, 6]),
        row([`${code}${rng.int(100, 999)}`, fmtDate(back, 'dot'), to[0], from, clock(c, 6, 20)], [8, 12, 6, 6, 6]),
        `Bagage: 1 x 23 kg     Total payé: ${money(rng.amount(240, 690), { euro: true })}`,
        '',
        '----- مكتوب باليد تحت -----',
        ...paras(
          60,
          `سلام ${rng.pick(['madame', 'monsieur', 'السيدة', 'السيد'])} ${c.r.lastName}، هادي هي la réservation ديالي. ${one(rng, 'الواليدة مريضة بزاف', 'الواليد دخل لسبيطار', 'جدي توفى وعندنا العزا', 'خويا غادي يتزوج')} فـ${to[1]} وخاصني نكون مع العائلة.`,
          `غادي نرجع نهار ${fmtDate(back, 'slash')}، ما كاينش أكثر من 4 سيمانات. إلا خاص شي papier آخر عيطو ليا.`,
        ),
        ...inline(c, MAGHREB, ' — '),
        `${c.p.firstName} — ${c.p.phone}`,
      ],
    ];
  },
};

const iraqiSickMotherLetter: Template = {
  id: 'holiday_notice.ar.risala-walida-marida-baghdad',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 2, 21);
    const back = addDays(go, rng.int(14, 27));
    const city = rng.pick(IQ_CITIES);
    const illness = rng.pick(['جلطة دماغية', 'عملية بالقلب', 'فشل كلوي وتسوي غسيل', 'كسر بالحوض', 'سرطان الله يشافيها']);
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, PLAIN, ' : '),
        '',
        `إلى بلدية ${c.org.city} - قسم العمل والدخل`,
        `${fmtDate(c.date, 'slash')}`,
        '',
        'الموضوع: سفر اضطراري الى العراق',
        '',
        ...paras(
          62,
          'تحية طيبة،',
          `أود اعلامكم بان والدتي في ${city} حالتها صعبة، عندها ${illness} وراقدة بالمستشفى من ${rng.int(3, 12)} ايام. اخوتي هناك كلهم يشتغلون وهي تحتاجني يمها.`,
          'لذلك راح اسافر بالتواريخ التالية:',
        ),
        '',
        '  ┌────────────┬──────────────┐',
        `  │ السفر      │ ${fmtDate(go, 'dmy')}   │`,
        `  │ الرجوع     │ ${fmtDate(back, 'dmy')}   │`,
        `  │ المدينة    │ ${city.padEnd(12)} │`,
        '  └────────────┴──────────────┘',
        '',
        ...paras(
          62,
          `اذا صار شي وطولت هناك اتصل بيكم فوراً. ${one(rng, 'مرفق تقرير طبي عن حالة الوالدة.', 'التقرير الطبي ادزه بعدين بالايميل.', 'ارفقت صورة التذكرة.')}`,
          'مع الشكر والتقدير',
        ),
        '',
        c.p.name,
        '(التوقيع)',
      ],
    ];
  },
};

const palestinianFamilyVisitEmail: Template = {
  id: 'holiday_notice.ar.email-ziyarat-ahl-amman-bint',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 10, 50);
    const back = addDays(go, rng.int(14, 28));
    const place = rng.pick(['عمّان', 'الزرقاء', 'إربد', 'القاهرة', 'رام الله']);
    const daughter = rng.pick(['Salma', 'Rahaf', 'Dana', 'Layan']);
    return [
      [
        `From: ${gmail(c)}`,
        `To: ${gemeenteMail(c)}`,
        `Date: ${fmtDate(c.date, 'weekday')} ${clock(c, 9, 23)}`,
        `Subject: Melding vakantie / ${c.p.name}`,
        '',
        `Beste ${c.r.firstName} ${c.r.lastName},`,
        `Ik ben ${daughter}, de dochter van ${c.p.name}. Mijn ${he(c, 'vader', 'moeder')} schrijft hieronder zelf in het Arabisch.`,
        '',
        ...paras(
          70,
          `حضرة الموظف المحترم، تحية وبعد،`,
          `أرجو إعلامكم أنني أنوي السفر إلى ${place} لزيارة ${one(rng, 'أخواتي اللواتي لم أرهن منذ خروجنا من غزة', 'أهلي في المخيم', 'أمي وهي كبيرة في السن', 'أخي الذي خرج حديثاً من غزة')}.`,
          `موعد السفر ${arNum(fmtDate(go, 'slash'))} والعودة ${arNum(fmtDate(back, 'slash'))} إن شاء الله، أي ما يقارب ${arNum(Math.round((back.getTime() - go.getTime()) / 86_400_000))} يوماً.`,
          'أتعهد بإبلاغكم فوراً إذا تغير موعد العودة.',
        ),
        '',
        ...ids(c, FORMAL, ': ', 'slash'),
        '',
        `Vertrek: ${fmtDate(go, 'dmy')} — terug: ${fmtDate(back, 'dmy')}`,
        'Met vriendelijke groet / مع فائق الاحترام',
        c.p.name,
      ],
    ];
  },
};

// =============================================================================================
// job_application_proof

const syrianNotebookList: Template = {
  id: 'job_application_proof.ar.daftar-talabat-jadwal-souri',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const n = rng.int(5, 11);
    const eastern = rng.chance(0.5);
    const how = ['ايميل', 'اونلاين', 'رحت بنفسي', 'تلفون', 'عن طريق werk.nl', 'Indeed'];
    const answer = ['ما ردوا', 'رفض', 'رفض - ما في خبرة', 'ناطر', 'مقابلة يوم الخميس', 'قالوا بعدين', 'بدهم لغة B1'];
    const start = past(c, 28, 35);
    const lines: string[] = [];
    for (let i = 0; i < n; i++) {
      const d = addDays(start, Math.floor((i * 28) / n));
      const date = eastern ? arNum(fmtDate(d, 'short')) : fmtDate(d, 'short');
      lines.push(
        `| ${date} | ${rng.pick(EMPLOYERS).slice(0, 22).padEnd(22)} | ${rng.pick(JOB_TITLES).slice(0, 18).padEnd(18)} | ${rng.pick(how).padEnd(10)} | ${rng.pick(answer)}`,
      );
    }
    return [
      [
        `قائمة الأماكن يلي قدمت فيها - شهر ${eastern ? arNum(c.date.getUTCMonth() + 1) : c.date.getUTCMonth() + 1}`,
        `الاسم: ${c.p.name}`,
        ...inline(c, SHAMI, ' - '),
        '',
        '| التاريخ | الشركة                 | الشغل              | كيف        | الجواب',
        '|---------|------------------------|--------------------|------------|--------',
        ...lines,
        '',
        ...paras(
          60,
          one(
            rng,
            'كل اسبوع قدمت على ٢ او ٣ متل ما اتفقنا.',
            'بعض الشركات ما بترد ابداً، حطيت اسمها عالقائمة.',
            'صورت الايميلات عالتلفون اذا بدك اياها.',
          ),
        ),
        `التوقيع: ${c.p.firstName}`,
      ],
    ];
  },
};

const employerRepliesPrintout: Template = {
  id: 'job_application_proof.ar.rudud-ashab-amal-matbua',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const employers = rng.sample(EMPLOYERS, rng.int(2, 3));
    const mails = employers.flatMap((e, i) => {
      const d = past(c, 2 + i * 6, 6 + i * 6);
      const job = rng.pick(JOB_TITLES);
      return [
        '─'.repeat(56),
        `Van: ${rng.pick(['recruitment', 'hr', 'vacatures', 'noreply'])}@${e
          .toLowerCase()
          .replace(/[^a-z]/g, '')
          .slice(0, 14)}.nl`,
        `Datum: ${fmtDate(d, 'dmy')}`,
        `Onderwerp: Uw sollicitatie ${job}`,
        '',
        ...paras(
          64,
          `Beste ${c.p.firstName},`,
          rng.pick([
            `Bedankt voor je sollicitatie bij ${e}. Helaas hebben we gekozen voor een kandidaat met meer ervaring.`,
            `Wij hebben je sollicitatie voor ${job} ontvangen. Je hoort binnen twee weken van ons.`,
            `Na zorgvuldige overweging gaan wij niet verder met je sollicitatie. We bewaren je cv zes maanden.`,
            'Graag nodigen wij je uit voor een kennismaking. Kun je bellen om een afspraak te maken?',
          ]),
          `Met vriendelijke groet, ${rng.pick(['Team Recruitment', 'HR afdeling', c.r.name])}`,
        ),
      ];
    });
    return paginate(
      [
        'إلى مستشار العمل — ردود الشركات على طلباتي',
        `${c.p.name}   ${fmtDate(c.date, 'dmy')}`,
        ...ids(c, FORMAL, ': '),
        ...paras(
          60,
          one(
            rng,
            'طبعت لكم الإيميلات التي وصلتني من أصحاب العمل هذا الشهر كإثبات على بحثي عن عمل.',
            'هذه الرسائل وصلتني بعد ما قدمت، بعضها رفض وبعضها ما زال مفتوحاً.',
          ),
        ),
        '',
        ...mails,
      ],
      46,
    );
  },
};

const agencyRegistrationsDarija: Template = {
  id: 'job_application_proof.ar.tasjil-uitzendbureaus-darija',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const agencies = rng.sample(STAFFING, rng.int(3, 5));
    return [
      [
        `Liste des agences — ${c.p.name}`,
        ...inline(c, MAGHREB, ' / '),
        '',
        ...paras(60, `سلام، هادو les bureaux d'intérim فين تسجلت باش نلقى خدمة. كل واحد عطاني numéro d'inscription.`),
        '',
        ...agencies.map(
          (a, i) =>
            `${i + 1}) ${a} — ${c.p.city} — inscrit le ${fmtDate(past(c, 3, 60), 'slash')} — nr. ${rng.digits(rng.int(6, 8))} — ${rng.pick(['قالو غادي يعيطو', 'عطاوني rendez-vous', 'خدمت عندهم جوج سيمانات', 'ما كاين والو دابا', 'بغاو VCA'])}`,
        ),
        '',
        ...paras(
          60,
          one(
            rng,
            `كنقلب على ${rng.pick(['orderpicker', 'schoonmaak', 'productie', 'chauffeur'])} ولا أي خدمة فيها les horaires مزيانين حيت عندي الدراري.`,
            'كنمشي كل سيمانة للbureau ونسول واش كاين شي حاجة.',
          ),
        ),
        `${fmtDate(c.date, 'slash')}    signature: ${c.p.firstName}`,
      ],
    ];
  },
};

const rejectionLetterArabic: Template = {
  id: 'job_application_proof.ar.risalat-itidhar-sharikat-tijara',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Al-Noor Groothandel B.V.', 'Sahara Foods Nederland', 'Anatolia Levant Trading', 'Damascus Bakery B.V.']);
    const job = rng.pick(['مساعد مستودع', 'بائع في الفرع', 'سائق توصيل', 'موظف صندوق', 'عامل تعبئة']);
    const applied = past(c, 10, 30);
    return [
      [
        firm,
        `${rng.pick(['Industrieweg', 'Havenstraat', 'Nijverheidsweg'])} ${rng.int(2, 80)}, ${rng.pick(['Rotterdam', 'Amsterdam', 'Den Haag', 'Utrecht'])}`,
        `KvK ${rng.digits(8)}`,
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        ...ids(c, { birth: 'تاريخ الميلاد' }, ': '),
        '',
        `التاريخ: ${fmtDate(c.date, 'long')}`,
        `الموضوع: طلبكم لوظيفة ${job} / Uw sollicitatie`,
        '',
        ...paras(
          72,
          `${he(c, 'السيد', 'السيدة')} ${c.p.lastName} المحترم${he(c, '', 'ة')}،`,
          `نشكركم على اهتمامكم بالعمل لدى ${firm} وعلى طلبكم المؤرخ في ${fmtDate(applied, 'dmy')}.`,
          `نأسف لإبلاغكم بأننا ${one(rng, 'اخترنا مرشحاً آخر تتوافق خبرته أكثر مع متطلبات الوظيفة', 'قررنا عدم المتابعة مع طلبكم في هذه المرحلة', 'لم نعد نحتاج إلى موظف لهذه الوظيفة حالياً')}.`,
          'سنحتفظ ببياناتكم لمدة أربعة أسابيع فقط وفقاً لقانون حماية البيانات، إلا إذا وافقتم على مدة أطول.',
          'نتمنى لكم التوفيق في بحثكم عن عمل.',
        ),
        '',
        'مع التحية،',
        `${c.r.name} — ${rng.pick(['مدير الفرع', 'الموارد البشرية', 'Personeelszaken'])}`,
      ],
    ];
  },
};

const somaliActivitiesForm: Template = {
  id: 'job_application_proof.ar.istimara-nashatat-sumali',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const n = rng.int(3, 6);
    const w = [11, 24, 20, 16];
    const activity = ['قدمت طلب', 'اتصلت بالتلفون', 'رحت للمحل', 'مقابلة', 'open dag'];
    const result = ['ما في جواب', 'لا', 'ينتظر', 'قالوا تعال بكرة', 'afgewezen'];
    return [
      [
        `${c.org.name} — Werk`,
        'Sollicitatie-activiteitenlijst / قائمة نشاطات البحث عن عمل',
        `Periode: ${fmtDate(past(c, 28, 31), 'dmy')} t/m ${fmtDate(c.date, 'dmy')}`,
        '',
        `Naam: ${c.p.name}`,
        ...ids(c, PLAIN, ': '),
        '',
        row(['Datum', 'Bedrijf', 'Wat gedaan', 'Resultaat'], w),
        ...Array.from({ length: n }, (_, i) =>
          row([fmtDate(past(c, 2 + i * 4, 4 + i * 4), 'short'), rng.pick(EMPLOYERS).slice(0, 23), rng.pick(activity), rng.pick(result)], w),
        ),
        '',
        'Toelichting / شرح:',
        ...paras(
          60,
          bare(
            one(
              rng,
              'انا ابحث شغل في التنظيف او المطبخ لان اللغة الهولندية ما زال ضعيفة. اخي يساعدني في الكمبيوتر',
              'عندي الاطفال في المدرسة لذلك ابحث شغل الصبح فقط من 9 الى 2',
              'ذهبت مع مرافقة من VluchtelingenWerk الى شركتين',
            ),
          ),
        ),
        '',
        `Handtekening: ${c.p.firstName}      Datum: ${fmtDate(c.date, 'slash')}`,
      ],
    ];
  },
};

// =============================================================================================
// payslip

const shopReceiptBook: Template = {
  id: 'payslip.ar.daftar-wusulat-ujra-dukkan',
  type: 'payslip',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['ميني ماركت الشام', 'Slagerij Al-Baraka', 'محل خضار الرافدين', 'Toko Bab Al-Hara', 'Kapsalon Baghdad']);
    const eastern = rng.chance(0.45);
    const num = (s: string | number) => (eastern ? arNum(s) : String(s));
    const rate = rng.pick([12.8, 13.27, 13.5, 14]);
    const start = past(c, 24, 30);
    const stubs = Array.from({ length: rng.int(3, 4) }, (_, i) => {
      const h = rng.int(10, 32);
      const d = addDays(start, i * 7);
      return [
        `وصل رقم ${num(rng.int(100, 400) + i)}`,
        `استلمت أنا ${c.p.name} من ${shop} مبلغ ${num(money(h * rate))} يورو`,
        `عن شغل ${num(h)} ساعة، الأسبوع المنتهي ${num(fmtDate(d, 'slash'))}`,
        `توقيع المستلم: ${c.p.firstName.charAt(0)}.${c.p.lastName.charAt(0)}.      توقيع صاحب المحل: ____`,
        '- - - - - - - - - - - - - - - - - - - - -',
      ];
    });
    return [
      [
        `${shop} — ${c.org.city}`,
        ...ids(c, { bsn: ['BSN العامل', 'رقم BSN'], birth: ['مواليد', 'تاريخ الميلاد'], client: 'رقم البلدية' }, ': '),
        `سعر الساعة ${num(String(rate).replace('.', ','))} € بروتو`,
        '',
        ...stubs.flat(),
        ...paras(58, one(rng, 'ملاحظة: الضريبة بيحسبها المحاسب آخر الشهر.', 'صورة من دفتر الوصولات للبلدية.', 'المبالغ دفعت كاش.')),
      ],
    ];
  },
};

const restaurantStrookNotes: Template = {
  id: 'payslip.ar.strook-mataam-mulahazat-yadawiya',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Restaurant Beirut Nights B.V.', 'Grillroom Al Quds', 'Lunchroom Petra V.O.F.', 'Restaurant Marrakech Express']);
    const hours = rng.int(40, 120);
    const rate = rng.amount(13.68, 15.4);
    const gross = Math.round(hours * rate * 100) / 100;
    const toeslag = rng.chance(0.5) ? Math.round(rng.int(4, 20) * rate * 0.5 * 100) / 100 : 0;
    const vg = Math.round((gross + toeslag) * 0.08 * 100) / 100;
    const tax = Math.round((gross + toeslag) * rng.amount(0.02, 0.11) * 100) / 100;
    const pens = Math.round(gross * 0.045 * 100) / 100;
    const net = Math.round((gross + toeslag - tax - pens) * 100) / 100;
    const w = [34, 10, 12];
    const period = rng.int(1, 12);
    return [
      [
        firm,
        `Loonstrook periode ${period} ${c.date.getUTCFullYear()}   (maand)`,
        `Werknemer: ${c.p.name}    Pers.nr ${rng.int(10, 99)}`,
        ...ids(c, { bsn: 'BSN', birth: 'Geb.datum' }, ': '),
        'Functie: keukenhulp / bediening      CAO Horeca',
        '',
        row(['Omschrijving', 'Aantal', 'Bedrag'], w),
        row(['Uurloon', String(hours), money(gross)], w),
        ...(toeslag ? [row(['Toeslag zondag/avond 50%', '', money(toeslag)], w)] : []),
        row(['Reservering vakantiegeld 8%', '', `(${money(vg)})`], w),
        row(['Pensioen PH&C', '', `-${money(pens)}`], w),
        row(['Loonheffing (tabel wit)', '', `-${money(tax)}`], w),
        '-'.repeat(58),
        row(['Netto uitbetaald', '', money(net)], w),
        `IBAN ${ibanText(c.p.iban, rng)}`,
        '',
        '✎ بخط اليد على الهامش:',
        `  ← ${one(rng, 'هذا الشهر اشتغلت أكثر بسبب رمضان والعيد', 'الساعات قليلة لأن المطعم كان مسكر أسبوع للتصليح', 'الراتب نزل على الحساب يوم ' + fmtDate(past(c, 0, 6), 'short'))}`,
        `  ← ${one(rng, 'الفاكانسي خلد (vakantiegeld) بياخذه بشهر أيار', 'البقشيش كاش مش محسوب هون', 'المطلوب منكم تحسبوا الصافي فقط')}`,
      ],
    ];
  },
};

const homeCountrySalaryCertificate: Template = {
  id: 'payslip.ar.shahadat-ajr-attestation-salaire',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const morocco = rng.chance(0.55);
    const gross = morocco ? rng.int(3200, 9000) : rng.int(450_000, 1_400_000);
    const unit = morocco ? 'درهم' : 'دينار عراقي';
    const ded = Math.round(gross * (morocco ? 0.0674 : 0.05));
    const fmt = (x: number) => (morocco ? `${x.toLocaleString('fr-FR')},00` : arNum(x.toLocaleString('en-US')));
    const dt = morocco ? fmtDate(c.date, 'slash') : `${arNum(fmtDate(c.date, 'slash'))}  الموافق ${hijriNum(c.date, true)}`;
    return [
      [
        morocco
          ? `${rng.pick(['Société Agro-Rif SARL', 'Entreprise Atlas Bâtiment', 'Coopérative Laitière Tafilalet'])} — ${rng.pick(MA_CITIES)}`
          : rng.pick(['شركة نفط الجنوب — البصرة', `مديرية تربية ${rng.pick(IQ_CITIES)}`, 'الشركة العامة للصناعات الكهربائية — بغداد']),
        morocco ? 'شهادة الأجر — ATTESTATION DE SALAIRE' : 'تأييد راتب',
        morocco
          ? `RC ${rng.digits(5)}   CNSS ${rng.digits(7)}   IF ${rng.digits(8)}`
          : `العدد: ${arNum(rng.int(100, 9999))}   التاريخ: ${dt}`,
        '',
        ...paras(
          70,
          morocco
            ? `نشهد نحن الموقعين أسفله أن السيد(ة) ${c.p.name}، رقم التسجيل في الضمان الاجتماعي ${rng.digits(9)}، يعمل لدى مؤسستنا بصفة ${rng.pick(['عامل موسمي', 'سائق', 'مساعد محاسب'])} منذ ${fmtDate(past(c, 400, 2000), 'slash')}، ويتقاضى أجراً شهرياً كما يلي:`
            : `إلى من يهمه الأمر: نؤيد أن المدعو ${c.p.name} ${one(rng, 'موظف على ملاكنا الدائم', 'متعاقد مع دائرتنا')} وأن راتبه الشهري الاسمي كما مبين أدناه:`,
        ),
        '',
        `  ${morocco ? 'Salaire brut / الأجر الإجمالي' : 'الراتب الاسمي'} ........ ${fmt(gross)} ${unit}`,
        `  ${morocco ? 'CNSS + AMO / الاقتطاعات' : 'الاستقطاعات (تقاعد + ضريبة)'} ..... ${fmt(ded)} ${unit}`,
        `  ${morocco ? 'Net à payer / الصافي' : 'الراتب الصافي'} ............... ${fmt(gross - ded)} ${unit}`,
        '',
        ...paras(
          70,
          morocco
            ? "سلمت هذه الشهادة للمعني بالأمر بطلب منه للإدلاء بها عند الحاجة. — Délivrée à l'intéressé pour servir et valoir ce que de droit."
            : 'أعطي هذا التأييد بناءً على طلبه لتقديمه إلى الجهات المختصة في هولندا.',
        ),
        '',
        morocco ? `${rng.pick(MA_CITIES)} في ${dt}` : '',
        morocco ? 'الإدارة — cachet et signature' : 'مدير الحسابات — الختم الرسمي',
        ...maybe(rng, 0.4, () => ['', `[Vertaling bijgevoegd: loonverklaring ${morocco ? 'Marokko' : 'Irak'}, bedragen per maand]`]),
      ].filter((l, i, a) => l !== '' || a[i - 1] !== ''),
    ];
  },
};

const cleaningStrookTranslated: Template = {
  id: 'payslip.ar.schoonmaak-strook-maa-tarjama',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['CSU Schoonmaak', 'Asito', 'Hago Next', 'Vebego Cleaning', 'Schoonmaakbedrijf Sparkle B.V.']);
    const hours = rng.int(30, 90);
    const rate = rng.amount(14.2, 15.6);
    const gross = Math.round(hours * rate * 100) / 100;
    const travel = rng.chance(0.6) ? rng.amount(12, 60) : 0;
    const tax = Math.round(gross * rng.amount(0.0, 0.09) * 100) / 100;
    const pens = Math.round(gross * 0.052 * 100) / 100;
    const net = Math.round((gross - tax - pens + travel) * 100) / 100;
    const w = [30, 12];
    const nl = [
      `${firm} — Salarisspecificatie 4-weken periode ${rng.int(1, 13)} / ${c.date.getUTCFullYear()}`,
      `Naam: ${c.p.name}`,
      ...ids(c, { bsn: 'BSN', birth: 'Geboortedatum' }, ': '),
      `Object: ${rng.pick(['kantoor Zuidas', 'ziekenhuis locatie Noord', 'school De Regenboog', 'station'])}`,
      row(['Gewerkte uren', String(hours)], w),
      row(['Bruto loon', money(gross)], w),
      ...(travel ? [row(['Reiskosten (onbelast)', money(travel)], w)] : []),
      row(['Pensioen PKB-SPS', `-${money(pens)}`], w),
      row(['Loonheffing', `-${money(tax)}`], w),
      row(['Netto', money(net)], w),
    ];
    const ar = [
      `الترجمة (${rng.pick(['ترجمتها جارتي', 'ترجمة ابني', 'ترجمة متطوعة من الجمعية'])}):`,
      `كشف راتب من شركة التنظيف ${firm} عن أربعة أسابيع.`,
      `ساعات العمل: ${hours} — الراتب الإجمالي: ${money(gross)} € — الصافي الذي وصل للبنك: ${money(net)} €`,
      ...(travel ? [`مصاريف المواصلات ${money(travel)} € (بدون ضريبة).`] : []),
      one(rng, 'العمل مسائي بعد إغلاق المكاتب.', 'عقد الصفر ساعات، الساعات تتغير كل فترة.', 'ينزل الراتب كل أربعة أسابيع وليس كل شهر.'),
    ];
    return [[...nl, '', '—'.repeat(20), ...ar]];
  },
};

const aleppoSupermarketSlip: Template = {
  id: 'payslip.ar.bayan-ratib-supermarket-halabi',
  type: 'payslip',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Aleppo Supermarkt', 'Sham Market', 'Al Hamra Toko', 'Levant Foods']);
    const weeks = rng.int(4, 5);
    const rate = rng.amount(13.3, 14.4);
    const perWeek = Array.from({ length: weeks }, () => rng.int(6, 24));
    const total = perWeek.reduce((a, b) => a + b, 0);
    const gross = Math.round(total * rate * 100) / 100;
    const tax = Math.round(gross * rng.amount(0, 0.08) * 100) / 100;
    const m = c.date.getUTCMonth();
    return [
      [
        `${shop} — ${c.org.city}`,
        `بيان راتب شهر ${rng.pick(['كانون الثاني', 'شباط', 'آذار', 'نيسان', 'أيار', 'حزيران', 'تموز', 'آب', 'أيلول', 'تشرين الأول', 'تشرين الثاني', 'كانون الأول'].slice(m, m + 1))} ${c.date.getUTCFullYear()} — Loonoverzicht`,
        '',
        `اسم العامل: ${c.p.name}`,
        ...inline(c, SHAMI, ' | '),
        '',
        ...perWeek.map((h, i) => `الأسبوع ${i + 1}: ${h} ساعة`),
        `مجموع الساعات: ${total}     أجر الساعة: ${money(rate)} €`,
        `الإجمالي (bruto): ${money(gross)} €`,
        `ضريبة (loonheffing): ${money(tax)} €`,
        `الصافي (netto): ${money(gross - tax)} €  → ${ibanText(c.p.iban, rng)}`,
        '',
        one(rng, 'المحاسب: Administratiekantoor Yildiz', 'الكشف الرسمي من المحاسب يتأخر، هذا بيان مؤقت.', 'للاستفسار اتصل على رقم المحل.'),
        `ختم المحل                 ${fmtDate(c.date, 'dmy')}`,
      ],
    ];
  },
};

// =============================================================================================
// change_form

const iraqiMovingLetter: Template = {
  id: 'change_form.ar.risala-intiqal-sakan-iraqi',
  type: 'change_form',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const moved = ahead(c, -10, 20);
    const corp = rng.pick(['Woonstad', 'Ymere', 'Vestia', 'Portaal', 'Mitros', 'Havensteder']);
    const rent = rng.amount(520, 890);
    return [
      [
        'الى بلدية ' + c.org.city,
        'قسم الدخل — wijziging doorgeven',
        '',
        `من: ${c.p.name}`,
        ...ids(c, PLAIN, ' : '),
        '',
        ...paras(
          60,
          'تحية طيبة،',
          `اخبركم اني انتقلت (راح انتقل) الى عنوان جديد بتاريخ ${fmtDate(moved, 'dmy')}. حصلت على بيت من ${corp} بعد انتظار طويل.`,
        ),
        '',
        `العنوان القديم: ${rng.pick(['Kerkstraat', 'Molenweg', 'Dorpsstraat', 'Schoolstraat'])} ${rng.int(1, 120)}`,
        `العنوان الجديد: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `الايجار الجديد: ${money(rent)} يورو بالشهر (kale huur ${money(rent - rng.int(20, 60))})`,
        `يسكن معي: ${rng.pick(['لا احد', 'زوجتي والاطفال الثلاثة', 'ابني فقط', 'نفس الناس'])}`,
        '',
        ...paras(
          60,
          one(rng, 'سجلت بالعنوان الجديد بالـ BRP ايضاً.', 'عقد الايجار مرفق.', 'موعد التسجيل بالـ gemeente بعد اسبوعين.'),
          'وشكراً',
        ),
        c.p.firstName,
      ],
    ];
  },
};

const egyptianBabyWhatsapp: Template = {
  id: 'change_form.ar.whatsapp-mawlud-gedid-masri',
  type: 'change_form',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const born = past(c, 1, 12);
    const baby = rng.pick(['يوسف', 'مريم', 'آدم', 'ملك', 'عمر', 'جنى']);
    const me = c.p.firstName;
    const wa = chat(c);
    return [
      [
        `WhatsApp — ${c.p.name} (${c.p.phone})`,
        '',
        wa(c.date, me, bare(`صباح الخير يا ${rng.pick(['استاذة', 'استاذ', 'mevrouw', 'meneer'])} ${c.r.lastName}`)),
        wa(
          c.date,
          me,
          bare(
            `الحمد لله ربنا رزقنا ب${baby} يوم ${fmtDate(born, 'dmy')} في ${rng.pick(['Erasmus MC', 'het Maasstad', 'OLVG', 'Isala', 'المستشفى'])}`,
          ),
        ),
        wa(c.date, me, bare(`كده احنا بقينا ${rng.int(3, 6)} في البيت. ${he(c, 'عايز', 'عايزة')} اعرف الuitkering بتتغير ولا لا`)),
        wa(c.date, me, bare(one(rng, 'سجلناه في البلدية امبارح', 'لسه مسجلناهوش بس عندنا ميعاد', 'الورق بتاع المستشفى هبعته صورة'))),
        ...maybe(rng, 0.5, () => [wa(c.date, me, '<bijlage: geboorteakte.jpg>')]),
        ...inline(c, PHONE_EG, ' ').map((l) => wa(c.date, me, l)),
        wa(
          c.date,
          c.r.firstName,
          rng.pick(['Gefeliciteerd! Ik geef de wijziging door.', 'Van harte! Stuurt u ook het wijzigingsformulier?']),
        ),
        wa(c.date, me, rng.pick(['ربنا يخليكي 🌹', 'تمام شكراً', 'حاضر'])),
      ],
    ];
  },
};

const partnerMovesInLetter: Template = {
  id: 'change_form.ar.risala-zawja-lamm-shaml-tuqim',
  type: 'change_form',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const arrived = past(c, 2, 25);
    const f = c.q.gender === 'f';
    const q = (m: string, w: string) => (f ? w : m);
    const rel = q('زوجي', 'زوجتي');
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${c.org.name}`,
        `${c.org.postbus}`,
        '',
        `${c.org.city}، ${fmtDate(c.date, 'long')}`,
        'الموضوع: تغيير في تركيبة الأسرة — wijziging woonsituatie',
        '',
        ...paras(
          72,
          'السادة في قسم العمل والدخل المحترمين،',
          `أود إبلاغكم بأن ${rel} ${c.q.name} ${one(rng, `${q('وصل', 'وصلت')} إلى هولندا عن طريق لمّ الشمل`, `${q('انتقل', 'انتقلت')} للسكن معي`, `${q('حصل', 'حصلت')} على الإقامة و${q('سكن', 'سكنت')} معي`)} بتاريخ ${fmtDate(arrived, 'dmy')}، ${q('وأصبح مسجلاً', 'وأصبحت مسجلة')} على عنواني.`,
          `${one(rng, `${q('لا يوجد لديه', 'لا يوجد لديها')} أي دخل حتى الآن`, `${q('سيبدأ', 'ستبدأ')} دورة الاندماج قريباً`, `${q('يعمل', 'تعمل')} ساعات قليلة في مطعم`)}، وأرجو أن تعدّلوا المساعدة من مساعدة شخص وحيد إلى مساعدة متزوجين.`,
          'أرفقت نسخة من تصريح الإقامة وعقد الزواج المترجم.',
        ),
        '',
        ...ids(c, FORMAL, ': ', 'long'),
        '',
        'مع الاحترام،',
        c.p.name,
      ],
    ];
  },
};

const darijaNewJobWhatsapp: Template = {
  id: 'change_form.ar.whatsapp-khedma-jdida-darija',
  type: 'change_form',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const start = ahead(c, -7, 14);
    const firm = rng.pick([...EMPLOYERS, ...STAFFING]);
    const hours = rng.int(12, 32);
    const me = c.p.firstName;
    const wa = chat(c);
    return [
      [
        `Export WhatsApp — ${c.p.name}`,
        '',
        wa(c.date, me, `Bonjour ${c.r.firstName}, السلام عليكم`),
        wa(c.date, me, `بغيت نقولك بلي لقيت خدمة ف ${firm} 😊`),
        wa(
          c.date,
          me,
          `كنبدا le ${fmtDate(start, 'slash')}, ${hours} heures فالسيمانة, contrat ${rng.pick(['6 mois', 'oproep', 'tijdelijk 1 an', '3 mois'])}`,
        ),
        wa(c.date, me, `الخلاص ${rng.pick(['كل شهر', 'كل 4 سيمانات', 'كل سيمانة'])}, غادي نصيفط ليك la fiche de paie مني توصلني`),
        wa(
          c.date,
          me,
          one(rng, 'واش خاصني نعمر شي formulaire ديال wijziging?', 'واش l’uitkering غادي تحبس ولا غير تنقص?', 'merci بزاف على lmosa3ada'),
        ),
        ...inline(c, MAGHREB, ' ').map((l) => wa(c.date, me, l)),
        wa(c.date, c.r.firstName, rng.pick(['Top, gefeliciteerd! Stuur het contract mee.', 'Goed nieuws. Vul ook de inkomstenopgave in.'])),
      ],
    ];
  },
};

// =============================================================================================
// benefit_application

const washingMachineRequest: Template = {
  id: 'benefit_application.ar.bijzondere-bijstand-ghassala-souri',
  type: 'benefit_application',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const items = rng.sample(
      [
        ['غسالة', rng.int(280, 450), 'الغسالة خربت من شهر والمصلح قال ما بتتصلح'],
        ['براد', rng.int(300, 600), 'البراد وقف والاكل عم يخرب'],
        ['تخت ولد مع فرشة', rng.int(150, 320), 'ابني الصغير كبر وعم ينام عالأرض'],
        ['غاز (kookplaat)', rng.int(180, 350), 'الغاز القديم تبع البيت خطر والورشة قالت لازم ينشال'],
        ['نضارات للبنت', rng.int(90, 250), 'بنتي ما عم تشوف عاللوح بالمدرسة'],
      ] as const,
      rng.int(1, 3),
    );
    const total = items.reduce((s, [, v]) => s + v, 0);
    const why = items[0]?.[2] ?? '';
    return [
      [
        `طلب مساعدة خاصة — bijzondere bijstand`,
        `${fmtDate(c.date, 'slash')}`,
        '',
        `اسمي ${c.p.name}`,
        ...ids(c, SHAMI, ': '),
        '',
        ...paras(
          58,
          `مرحبا، عم اكتبلكن لانو ${why} وما معي مصاري اشتري جديد لان كل الuitkering بتروح عالايجار والفواتير.`,
          'بطلب منكن مساعدة مشان اشتري:',
        ),
        ...items.map(([name, v]) => `  - ${name} ......... تقريباً ${v} €`),
        `  المجموع: ${total} €`,
        '',
        ...paras(
          58,
          one(rng, 'حطيت صورة عن العرض من Coolblue.', 'اذا بدكن فاتورة المصلح موجودة.', 'مستعد رجع المبلغ بالتقسيط اذا لازم.'),
          'وشكراً سلفاً',
        ),
        c.p.firstName,
      ],
    ];
  },
};

const moroccanDivorceApplication: Template = {
  id: 'benefit_application.ar.aanvraag-bijstand-bad-talaq-maghribiya',
  type: 'benefit_application',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const left = past(c, 5, 40);
    const kids = rng.int(1, 4);
    return [
      [
        'AANVRAAG BIJSTANDSUITKERING — طلب مساعدة اجتماعية',
        `Aan: ${c.org.name}, team Intake`,
        `Datum: ${fmtDate(c.date, 'dmy')}`,
        '',
        `Aanvrager: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, MAGHREB, ': ', 'slash'),
        `Telefoon: ${c.p.phone}`,
        '',
        ...paras(
          72,
          `أنا ${c.p.firstName}، ${one(rng, 'تطلقت من الراجل ديالي', 'الراجل ديالي خرج من الدار', 'تفارقت مع زوجي')} نهار ${fmtDate(left, 'slash')} وبقيت بوحدي مع ${kids} ديال الدراري. قبل كان هو اللي كيخدم وكيخلص كلشي، دابا ما عنديش حتى دخل.`,
          `كنطلب l'aide sociale (bijstand) حتى نلقى خدمة. ${one(rng, "عندي rendez-vous مع l'avocat باش نطلب la pension alimentaire", 'الكرا ديال الدار باسمي', 'دابا ساكنة عند ختي مؤقتاً')}.`,
          `Deze brief is getypt door ${rng.pick(['een vrijwilliger van het buurthuis', 'mijn dochter', 'de maatschappelijk werker'])}. ${he(c, 'Meneer', 'Mevrouw')} spreekt weinig Nederlands.`,
        ),
        '',
        'Bijlagen: ID-kaart, huurcontract, bankafschriften 3 maanden',
        `Handtekening: ${c.p.name}`,
      ],
    ];
  },
};

const somaliDentistRequest: Template = {
  id: 'benefit_application.ar.talab-kulfat-asnan-sumali',
  type: 'benefit_application',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const cost = rng.amount(350, 1400);
    const w = [26, 12];
    return [
      [
        `${c.org.name}`,
        'Aanvraagformulier bijzondere bijstand — مكتوب بالعربي',
        '',
        `Naam: ${c.p.name}`,
        ...ids(c, PLAIN, ': '),
        `Aantal kinderen thuis: ${rng.int(0, 6)}`,
        '',
        'Waarvoor vraagt u bijstand?',
        ...paras(
          60,
          bare(
            one(
              rng,
              'علاج الاسنان. عندي ضرس مكسور والم كثير والتامين ما يغطي كل شي. طبيب الاسنان اعطاني عرض سعر',
              'نظارة وعلاج اسنان لابنتي الكبيرة. التامين ما يدفع لانها فوق 18 سنة',
              'طقم اسنان للوالدة التي تسكن معي',
            ),
          ),
        ),
        '',
        row(['Begroting tandarts', money(cost)], w),
        row(['Vergoed door verzekering', `-${money(Math.round(cost * 0.25 * 100) / 100)}`], w),
        row(['Gevraagd bedrag', money(Math.round(cost * 0.75 * 100) / 100)], w),
        '',
        'Heeft u spaargeld?  [ ] ja   [x] nee',
        `Datum: ${fmtDate(c.date, 'dmy')}    Handtekening: ${c.p.firstName}`,
        ...maybe(rng, 0.5, () => ['', bare('ساعدني في الكتابة ابن عمي، انا اقرأ عربي وصومالي فقط')]),
      ],
    ];
  },
};

// =============================================================================================
// medical_statement

const damascusDoctorNote: Template = {
  id: 'medical_statement.ar.taqrir-tabib-iyada-dimashq',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const egypt = rng.chance(0.3);
    const doc = rng.pick(['د. بسام النحاس', 'د. غادة العطار', 'د. مازن قباني', 'د. نبيلة السباعي']);
    const days = rng.int(10, 45);
    const [field, complaint, diagnosis] = rng.pick([
      ['جراحة العظام والمفاصل', 'يشكو من آلام أسفل الظهر مع تنميل في الطرف السفلي', 'ديسك قطني L4-L5'],
      ['الأمراض الداخلية والقلب', 'بقصة ارتفاع ضغط وخفقان', 'ارتفاع توتر شرياني غير مضبوط'],
      ['جراحة العظام', 'إثر سقوط أدى إلى كسر في الرسغ', 'كسر كولس، تم التجبير'],
      ['الأمراض العصبية', 'يشكو من صداع مزمن ودوار', 'شقيقة مع اضطراب دهليزي'],
    ] as const);
    return [
      [
        `عيادة ${doc}`,
        egypt
          ? `أخصائي ${field} — ${rng.pick(['القاهرة', 'الإسكندرية', 'المنصورة'])}`
          : `اختصاص ${field} — ${rng.pick(['دمشق، المزة', 'حلب، الفرقان', 'حمص، الإنشاءات'])}`,
        `هاتف: ${arNum(`0${rng.digits(2)} ${rng.digits(7)}`)}`,
        '',
        `التاريخ: ${arNum(fmtDate(c.date, 'slash'))} م — ${hijri(c.date, true)}`,
        '',
        'تقرير طبي',
        '',
        `اسم المريض: ${c.p.name}`,
        ...ids(c, { birth: 'المواليد' }, ': ', 'slash'),
        '',
        ...paras(
          68,
          `راجع${he(c, '', 'ت')} عيادتنا ${he(c, 'المريض', 'المريضة')} المذكور${he(c, '', 'ة')} أعلاه ${complaint}.`,
          `التشخيص: ${diagnosis}.`,
          `ينصح بالراحة التامة لمدة ${arNum(days)} يوماً وعدم حمل الأثقال، مع المراجعة بعد انتهاء المدة.`,
          'أعطي هذا التقرير بناءً على طلبه لتقديمه حيث يلزم.',
        ),
        '',
        'توقيع الطبيب وختمه',
        ...maybe(rng, 0.5, () => ['', '[ختم: نقابة الأطباء — مصدق]']),
      ],
    ];
  },
};

const dischargeLetterAmman: Template = {
  id: 'medical_statement.ar.mulakhkhas-khuruj-mustashfa-urdun',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const hosp = rng.pick([
      'مستشفى الجامعة الأردنية — عمّان',
      'المستشفى الإسلامي — عمّان',
      'مستشفى المقاصد الخيرية — القدس',
      'مستشفى ابن سينا التخصصي — الدار البيضاء',
    ]);
    const inD = past(c, 10, 40);
    const outD = addDays(inD, rng.int(2, 12));
    const [dept, reason, course] = rng.pick([
      ['القلبية', 'ألم صدري حاد (Chest pain, r/o ACS)', 'تم إجراء قسطرة قلبية وتركيب دعامة، الحالة مستقرة.'],
      ['الباطنية', 'ارتفاع سكر الدم مع حماض كيتوني', 'تم ضبط السكر بالأنسولين وتثقيف المريض.'],
      ['الجراحة العامة', 'التهاب المرارة الحاد', 'أجريت عملية استئصال المرارة بالمنظار دون مضاعفات.'],
      ['العظام', 'كسر عنق الفخذ بعد سقوط', 'تم التثبيت الجراحي والبدء بالعلاج الطبيعي.'],
    ] as const);
    const meds = rng.sample(
      ['Bisoprolol 5mg', 'Metformin 850mg', 'Omeprazole 20mg', 'Clopidogrel 75mg', 'Paracetamol 1g', 'Enoxaparin 40mg'],
      3,
    );
    return [
      [
        hosp,
        'ملخص الخروج — DISCHARGE SUMMARY',
        `رقم الملف الطبي (MRN): ${rng.digits(8)}`,
        '',
        `الاسم: ${c.p.name}`,
        ...ids(c, { birth: 'تاريخ الميلاد' }, ': ', 'slash'),
        `تاريخ الدخول: ${fmtDate(inD, 'slash')}        تاريخ الخروج: ${fmtDate(outD, 'slash')}`,
        `القسم: ${dept}`,
        '',
        ...paras(72, `سبب الدخول: ${reason}.`, `سير الحالة: ${course}`),
        '',
        'الأدوية عند الخروج:',
        ...meds.map((m) => `  • ${m}`),
        '',
        ...paras(72, `التوصيات: راحة ${rng.int(2, 8)} أسابيع، ممنوع العمل الجسدي، مراجعة العيادة بعد أسبوعين.`),
        `الطبيب المعالج: ${rng.pick(['د. عمر الحوراني', 'د. سناء الخطيب', 'د. ياسر البرغوثي'])}`,
      ],
    ];
  },
};

const physioLetterArabic: Template = {
  id: 'medical_statement.ar.risalat-fysiotherapeut-arabi',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const practice = `Fysiotherapie ${rng.pick(['Centrum', 'De Brug', 'Noord', 'Al-Shifa', 'Oost'])} ${c.org.city}`;
    const sessions = rng.int(6, 24);
    const since = past(c, 40, 150);
    return [
      [
        practice,
        `${rng.pick(['Burgemeester Visserlaan', 'Wilhelminastraat', 'Julianalaan'])} ${rng.int(1, 200)} · tel. 0${rng.digits(2)}-${rng.digits(7)}`,
        '',
        `${c.org.city}, ${fmtDate(c.date, 'long')}`,
        'Betreft: verklaring behandeling / إفادة علاج طبيعي',
        '',
        `المريض: ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', birth: 'Geb.datum' }, ': '),
        '',
        ...paras(
          72,
          `بناءً على طلب ${he(c, 'المريض', 'المريضة')} أكتب هذه الإفادة بالعربية وتحتها ملخص بالهولندية.`,
          `${he(c, 'يتعالج', 'تتعالج')} عندنا منذ ${fmtDate(since, 'dmy')} بسبب ${one(rng, 'آلام مزمنة في الكتف الأيمن (frozen shoulder)', 'آلام أسفل الظهر بعد فتق قرصي', 'إصابة في الركبة (voorste kruisband)', 'آلام الرقبة والصداع التوتري')}. حتى الآن أجرينا ${sessions} جلسة.`,
          `التحسن ${one(rng, 'بطيء', 'جزئي', 'واضح لكن غير كامل')}، ولا أنصح حالياً بعمل يتطلب ${one(rng, 'رفع أوزان فوق 5 كغ', 'الوقوف لفترات طويلة', 'حركات متكررة فوق مستوى الكتف')}.`,
        ),
        '',
        `NL: Cliënt is sinds ${fmtDate(since, 'dmy')} onder behandeling (${sessions} sessies). Belastbaarheid beperkt.`,
        '',
        `${c.r.name}, fysiotherapeut (BIG ${rng.digits(11)})`,
      ],
    ];
  },
};

// =============================================================================================
// other

const mosqueEidNewsletter: Template = {
  id: 'other.ar.nashrat-masjid-adha-durus',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const [mosque, latin] = rng.pick([
      ['مسجد التوحيد', 'Stichting Moskee Attawhid'],
      ['مسجد الهدى', 'Stichting Al Hoeda'],
      ['المركز الإسلامي', `Islamitisch Centrum ${c.org.city}`],
      ['مسجد السلام', 'Moskee Essalam'],
      ['مسجد الفتح', 'Moskee El Fath'],
    ] as const);
    const price = rng.int(220, 320);
    return [
      [
        `${mosque} — ${c.org.city}`,
        `النشرة الفصلية — ${hijri(c.date)} / ${fmtDate(c.date, 'long')}`,
        '',
        '🐑 الأضحية',
        ...paras(
          70,
          `التسجيل للأضحية مفتوح حتى نهاية الشهر. سعر الخروف ${price} € (الذبح في ${rng.pick(['المغرب', 'الصومال', 'اليمن', 'سوريا'])} وتوزيع اللحم على المحتاجين).`,
        ),
        '',
        '📖 الدروس الأسبوعية',
        row(['اليوم', 'الوقت', 'الدرس'], [10, 12, 30]),
        row(['السبت', '10:00', 'تحفيظ القرآن للأطفال'], [10, 12, 30]),
        row(['الأحد', '14:00', 'دورة تجويد للأخوات'], [10, 12, 30]),
        row(['الخميس', 'بعد العشاء', 'درس فقه المعاملات'], [10, 12, 30]),
        '',
        '🕌 صندوق الجنائز',
        ...paras(70, 'نذكر الإخوة بتجديد الاشتراك السنوي في صندوق نقل الجنائز. الاستمارة عند مكتب الإدارة.'),
        '',
        `التبرعات: ${ibanText(`NL${rng.int(10, 99)}INGB0${rng.digits(9)}`, rng)} t.n.v. ${latin}`,
        'جزاكم الله خيراً',
      ],
    ];
  },
};

const arabicSchoolLetter: Template = {
  id: 'other.ar.madrasa-arabiya-ijtima-awliya',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const school = rng.pick(['مدرسة الضاد لتعليم اللغة العربية', 'مدرسة الأمل العربية', 'Arabische school Iqra', 'مدرسة ابن خلدون']);
    const meet = ahead(c, 5, 20);
    return [
      [
        school,
        `${c.org.city} — ${fmtDate(c.date, 'dmy')}`,
        '',
        `إلى ولي أمر الطالب/ة: ${rng.pick(['آدم', 'سارة', 'محمد', 'هبة', 'زياد'])} ${c.p.lastName}`,
        '',
        ...paras(
          72,
          'حضرة ولي الأمر الكريم، السلام عليكم ورحمة الله،',
          `يسرّنا دعوتكم إلى اجتماع أولياء الأمور يوم ${fmtDate(meet, 'weekday')} الساعة ${clock(c, 10, 15)} لتسليم الشهادات الفصلية ومناقشة مستوى أبنائكم في القراءة والكتابة.`,
          `نذكّركم بأن رسوم الفصل الثاني (${rng.int(90, 180)} €) تستحق قبل ${fmtDate(ahead(c, 20, 40), 'dmy')}، ويمكن الدفع على دفعتين.`,
          one(rng, 'كما ننوه إلى أن امتحان نهاية السنة سيكون شفهياً وكتابياً.', 'وسيقام حفل ختام السنة مع توزيع الجوائز على المتفوقين.'),
        ),
        '',
        'مع خالص التقدير،',
        `إدارة ${school}`,
        '',
        '— — — قصاصة تعاد إلى المعلم/ة — — —',
        'سأحضر / لن أحضر  الاجتماع        توقيع ولي الأمر: ________',
      ],
    ];
  },
};

const moneyTransferAd: Template = {
  id: 'other.ar.ilan-hawalat-maliya-dukkan',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Dahabshiil Agent', 'Al-Amana Transfer', 'Sham Money Express', 'Rafidain Exchange', 'Baraka Geldtransfer']);
    const rows = rng.sample(
      [
        ['سوريا', 'ليرة سورية / دولار', `${rng.int(2, 4)}%`],
        ['العراق', 'دينار / دولار', `${rng.int(2, 4)}%`],
        ['الصومال', 'دولار', '1,5%'],
        ['المغرب', 'درهم', '€ 4 فقط'],
        ['مصر', 'جنيه', '€ 5'],
        ['لبنان', 'دولار', '3%'],
        ['السودان', 'جنيه / دولار', '3%'],
      ],
      4,
    );
    return [
      [
        `★ ${shop} ★  حوالات مالية سريعة`,
        `${rng.pick(['Kruiskade', 'Javastraat', 'Lange Hezelstraat', 'Kanaalstraat'])} ${rng.int(1, 150)} — ${c.org.city}`,
        '',
        'أرسل لأهلك بأمان خلال دقائق!',
        '',
        row(['الدولة', 'العملة', 'العمولة'], [12, 20, 10]),
        ...rows.map((r) => row(r, [12, 20, 10])),
        '',
        ...paras(
          70,
          one(
            rng,
            'سعر صرف ممتاز يومياً • التسليم باليد أو على المحفظة',
            'استلام خلال 15 دقيقة • بدون حساب بنكي',
            'عروض خاصة بمناسبة العيد: أول حوالة بدون عمولة',
          ),
        ),
        `📞 WhatsApp: 06-${rng.digits(8)}    مفتوح كل يوم ${clock(c, 9, 10)} - ${clock(c, 20, 22)}`,
        '',
        'Geldtransfer · Prepaid kaarten · Telefoon reparatie',
      ],
    ];
  },
};

const avgAccessRequestPalestinian: Template = {
  id: 'other.ar.talab-nuskha-bayanat-shakhsiya-mada15',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `إلى: مسؤول حماية البيانات (Functionaris Gegevensbescherming) — ${c.org.name}`,
        `التاريخ: ${fmtDate(c.date, 'dmy')}`,
        'الموضوع: طلب اطلاع على بياناتي الشخصية — inzageverzoek art. 15 AVG',
        '',
        ...paras(
          72,
          'تحية طيبة وبعد،',
          'استناداً إلى المادة 15 من اللائحة العامة لحماية البيانات (AVG)، أطلب منكم تزويدي بنسخة من جميع البيانات الشخصية المحفوظة عني لدى البلدية، وخاصة في ملفي لدى قسم العمل والدخل.',
          `أرجو أن تشمل الإجابة: الغرض من المعالجة، والجهات التي أُرسلت إليها بياناتي ${one(rng, '(مثل UWV ومكتب التحصيل)', '(مثل شركات إعادة الإدماج)', '')}، ومدة الحفظ، و${one(rng, 'تقارير الزيارات المنزلية', 'ملاحظات المستشار عن المقابلات', 'نتائج فحص الاحتيال إن وجدت')}.`,
          'أعلم أن لديكم مهلة شهر واحد للرد. أفضّل استلام النسخة إلكترونياً على بريدي.',
        ),
        '',
        ...ids(c, FORMAL, ': '),
        `البريد الإلكتروني: ${gmail(c)}`,
        '',
        'مرفق: نسخة من بطاقة الهوية (مع إخفاء الصورة والرقم)',
        'مع الاحترام،',
        c.p.name,
      ],
    ];
  },
};

const weddingInvitationHijri: Template = {
  id: 'other.ar.batakat-dawa-aqd-qiran',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const day = ahead(c, 20, 90);
    const groom = rng.pick(['أحمد', 'خالد', 'علي', 'إبراهيم', 'حسام']);
    const bride = rng.pick(['نور', 'آية', 'زينب', 'رغد', 'أمينة']);
    const hall = rng.pick(['Partycentrum Bella Vista', 'Zaal Al Andalus', 'Feestzaal Paradise', 'قاعة ليالي الأنس']);
    return [
      [
        'بسم الله الرحمن الرحيم',
        '«وَمِنْ آيَاتِهِ أَنْ خَلَقَ لَكُمْ مِنْ أَنْفُسِكُمْ أَزْوَاجًا لِتَسْكُنُوا إِلَيْهَا»',
        '',
        `${rng.pick(['آل الحسيني', 'آل العبيدي', 'عائلة الشامي', 'عائلة الكردي'])} و${rng.pick(['آل الجبوري', 'آل النجار', 'عائلة الحلبي', 'عائلة عمر'])}`,
        'يتشرفون بدعوتكم لحضور حفل زفاف',
        '',
        `${groom}  &  ${bride}`,
        '',
        `وذلك يوم ${fmtDate(day, 'weekday')}`,
        `الموافق ${hijri(day, rng.chance(0.5))}`,
        `الساعة ${arNum(rng.int(6, 8))} مساءً — ${hall}, ${c.org.city}`,
        '',
        rng.pick(['بحضوركم تكتمل فرحتنا', 'دمتم ودامت أفراحكم', 'جنة الأطفال منازلهم']),
        ...maybe(rng, 0.5, () => ['', `للتأكيد: ${c.p.firstName} ${c.p.phone}`]),
      ],
    ];
  },
};

/** Arabic voices (b): 30 templates. */
export const arabicVoicesBTemplates: Template[] = [
  funeralPhoneMessage,
  hajjFilledForm,
  ticketWithDarijaNote,
  iraqiSickMotherLetter,
  palestinianFamilyVisitEmail,
  syrianNotebookList,
  employerRepliesPrintout,
  agencyRegistrationsDarija,
  rejectionLetterArabic,
  somaliActivitiesForm,
  shopReceiptBook,
  restaurantStrookNotes,
  homeCountrySalaryCertificate,
  cleaningStrookTranslated,
  aleppoSupermarketSlip,
  iraqiMovingLetter,
  egyptianBabyWhatsapp,
  partnerMovesInLetter,
  darijaNewJobWhatsapp,
  washingMachineRequest,
  moroccanDivorceApplication,
  somaliDentistRequest,
  damascusDoctorNote,
  dischargeLetterAmman,
  physioLetterArabic,
  mosqueEidNewsletter,
  arabicSchoolLetter,
  moneyTransferAd,
  avgAccessRequestPalestinian,
  weddingInvitationHijri,
];
