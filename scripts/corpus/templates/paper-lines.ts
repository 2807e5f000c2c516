import { LAWYERS } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  addressFormal,
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
  sloppy,
} from '../template.ts';

/**
 * Paper lines: documents on the lines the classifier confuses today. Foreign and unusual medical
 * papers (a Turkish health board report, a Ukrainian hospital extract, a physiotherapist's
 * attendance card), copies of foreign identity papers and residence documents, notices of a stay
 * abroad that talk about illness and family (and so look medical or personal), work agreements
 * that look like letters, UWV decisions that look like debt letters, and objections that look like
 * e-mails or debt correspondence. Each template is its own group with its own wording.
 *
 * Client evidence (BSN, client number, birth date) only when `c.show` asks for it, through the
 * helpers below, with the writer's own labels.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const idsInline = (c: Ctx, l: IdLabels, joint = ' - ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });
/** The birth date line alone, for papers from abroad that know no BSN or client number. */
const birth = (c: Ctx, label: string, style: DateStyle = 'dot', sep = ': ') =>
  c.show.birthDate ? [`${label}${sep}${fmtIso(c.p.birthDate, style)}`] : [];
/** A birth date field on an identity document: the date when shown, masked otherwise. */
const birthField = (c: Ctx, style: DateStyle, mask = '██.██.████') => (c.show.birthDate ? fmtIso(c.p.birthDate, style) : mask);

const mailName = (c: Ctx) => `${c.p.firstName.toLowerCase()}.${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}${c.rng.int(1, 99)}`;
const upperTr = (s: string) => s.toLocaleUpperCase('tr');
const upper = (s: string) => s.toUpperCase();

const TR_LABELS: IdLabels = {
  bsn: ['BSN', 'BSN no', 'Hollanda BSN numarası'],
  client: ['Klantnummer', 'Dosya no (klantnummer)', 'klantnr'],
  birth: ['Doğum tarihi', 'Geboortedatum'],
};
const UK_LABELS: IdLabels = {
  bsn: ['BSN', 'BSN (burgerservicenummer)', 'номер BSN'],
  client: ['Klantnummer', 'номер клієнта (klantnummer)', 'номер справи'],
  birth: ['Дата народження', 'Geboortedatum'],
};
const PL_LABELS: IdLabels = {
  bsn: ['BSN', 'nr BSN', 'numer BSN'],
  client: ['Klantnummer', 'nr klienta (klantnummer)', 'numer sprawy'],
  birth: ['Data urodzenia', 'data ur.'],
};
const AR_LABELS: IdLabels = {
  bsn: ['BSN', 'رقم BSN', 'BSN nummer'],
  client: ['Klantnummer', 'رقم الملف (klantnummer)', 'klantnummer'],
  birth: ['تاريخ الميلاد', 'Geboortedatum'],
};
const EN_LABELS: IdLabels = {
  bsn: ['BSN', 'Citizen service number (BSN)', 'BSN no.'],
  client: ['Client number', 'Klantnummer', 'Reference no.'],
  birth: ['Date of birth', 'DOB'],
};
const NL_LABELS: IdLabels = {
  bsn: ['BSN', 'Burgerservicenummer', 'BSN-nummer'],
  client: ['Klantnummer', 'Dossiernummer', 'Uw klantnummer'],
  birth: ['Geboortedatum', 'Geb. datum'],
};

const TR_CITIES = ['Konya', 'Kayseri', 'Yozgat', 'Sivas', 'Aksaray', 'Çorum', 'Samsun', 'Afyonkarahisar', 'Denizli', 'Trabzon'];
const UA_CITIES = ['Харків', 'Дніпро', 'Запоріжжя', 'Київ', 'Миколаїв', 'Одеса', 'Полтава', 'Суми'];

// =============================================================================================
// MEDICAL STATEMENTS
// =============================================================================================

const trHealthBoard: Template = {
  id: 'medical_statement.tr.heyet-raporu-devlet-hastanesi',
  type: 'medical_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(TR_CITIES);
    const diag = rng.sample(
      [
        ['M51.1', 'Lomber disk hernisi, radikülopati ile'],
        ['I10', 'Esansiyel (primer) hipertansiyon'],
        ['E11.9', 'Tip 2 diabetes mellitus, komplikasyonsuz'],
        ['F33.1', 'Tekrarlayan depresif bozukluk, orta şiddette'],
        ['M17.0', 'Primer bilateral gonartroz'],
        ['J44.9', 'Kronik obstrüktif akciğer hastalığı'],
        ['I25.1', 'Aterosklerotik kalp hastalığı'],
      ] as const,
      rng.int(2, 4),
    );
    const verdict = one(
      rng,
      'Ağır ve orta ağır bedeni işlerde çalışamaz. Uzun süre ayakta kalmasını gerektiren işlerde çalışması uygun değildir.',
      'Bedeni iş gücünü sürekli olarak etkileyen hastalıkları mevcuttur. Masa başı hafif işlerde günde 4 saati geçmemek üzere çalışabilir.',
      'Kişinin mevcut durumu ile herhangi bir işte tam zamanlı çalışması tıbben uygun görülmemiştir. 1 (bir) yıl sonra kontrol önerilir.',
    );
    const docs = rng.sample(
      [
        'Uzm. Dr. Kemal Kalender (Ortopedi)',
        'Uzm. Dr. Fatma Güneş (İç Hastalıkları)',
        'Uzm. Dr. Orhan Tekin (Nöroloji)',
        'Uzm. Dr. Zehra Uçar (Psikiyatri)',
        'Uzm. Dr. Serkan Güler (Kardiyoloji)',
      ],
      3,
    );
    return [
      [
        'T.C.',
        'SAĞLIK BAKANLIĞI',
        `${upperTr(city)} İL SAĞLIK MÜDÜRLÜĞÜ`,
        `${upperTr(city)} DEVLET HASTANESİ BAŞHEKİMLİĞİ`,
        '',
        'SAĞLIK KURULU RAPORU',
        `Rapor No: ${rng.int(2025, 2026)}/${rng.digits(5)}        Rapor Tarihi: ${fmtDate(c.date, 'dot')}`,
        '',
        `Adı Soyadı      : ${upperTr(c.p.name)}`,
        `T.C. Kimlik No  : ${rng.int(1, 6)}${rng.digits(10)}`,
        ...birth(c, 'Doğum Tarihi    ', 'dot'),
        `Baba Adı        : ${rng.pick(['MEHMET', 'ALİ', 'HÜSEYİN', 'MUSTAFA', 'İBRAHİM'])}`,
        `Raporun Veriliş Nedeni: ${rng.pick(['Kişinin kendi isteği', 'Yurt dışı kurum talebi', 'Çalışma gücü tespiti'])}`,
        '',
        'TANI (ICD-10)',
        ...diag.map(([code, text]) => `  ${code.padEnd(7)} ${text}`),
        '',
        'KARAR:',
        ...paras(84, verdict),
        '',
        'İş bu rapor hastanemiz sağlık kurulunca üç nüsha olarak düzenlenmiştir.',
        '',
        ...docs.map((d) => `${d}   (imza)`),
        '',
        'Başhekim Onayı - MÜHÜR',
        `e-İmzalıdır. Doğrulama kodu: ${rng.letters(4)}-${rng.digits(8)}`,
      ],
    ];
  },
};

const trDisabilityReport: Template = {
  id: 'medical_statement.tr.engelli-raporu-ozur-orani',
  type: 'medical_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate', 'client-number'],
  render(c) {
    const { rng } = c;
    const rate = rng.pick([40, 46, 52, 60, 64, 70, 81]);
    const kinds = rng.sample(
      [
        ['Ortopedik', 'Sağ alt ekstremitede hareket kısıtlılığı, protez'],
        ['Ruhsal ve Davranışsal', 'Kronik psikotik bozukluk'],
        ['Görme', 'Sol gözde görme kaybı'],
        ['Kronik Hastalık', 'Kronik böbrek yetmezliği, diyaliz'],
        ['İşitme', 'Bilateral sensörinöral işitme kaybı'],
      ] as const,
      rng.int(1, 2),
    );
    const note =
      c.show.clientNumber && c.p.clientNumber
        ? [`(el yazısı) Voor mijn consulent - klantnummer ${c.p.clientNumber} - gehandicapt rapport uit Turkije`, '']
        : maybe(rng, 0.4, () => ['(el yazısı) kopie voor gemeente, origineel heb ik zelf', '']);
    return [
      [
        ...note,
        'ERİŞKİNLER İÇİN ENGELLİLİK DEĞERLENDİRMESİ SAĞLIK KURULU RAPORU',
        `${rng.pick(['Ankara Şehir Hastanesi', 'İzmir Katip Çelebi Üniversitesi Atatürk EAH', `${rng.pick(TR_CITIES)} Eğitim ve Araştırma Hastanesi`])}`,
        '',
        `Rapor Tarihi / Sayısı: ${fmtDate(past(c, 20, 400), 'dot')} / ${rng.digits(7)}`,
        '',
        `Adı Soyadı : ${c.p.name}`,
        ...birth(c, 'Doğum Tarihi', 'dot', ' : '),
        `Cinsiyeti  : ${he(c, 'Erkek', 'Kadın')}`,
        `Adres      : Hollanda - ${c.p.city} (yurt dışı)`,
        '',
        row(['Engel Grubu', 'Tanı', 'Engel Oranı'], [24, 50, 10]),
        ...kinds.map(([g, t], i) => row([g, t, `%${i === 0 ? rate : rng.int(10, 30)}`], [24, 50, 10])),
        '',
        `TÜM VÜCUT ENGEL ORANI: %${rate}`,
        `Ağır Engelli mi: ${rate >= 50 ? 'EVET' : 'HAYIR'}        Süreklilik: ${rng.pick(['SÜREKLİ', 'SÜRELİ - 2 yıl sonra kontrol'])}`,
        `Başkasının yardımı olmadan hayatını idame ettiremez: ${rate >= 80 ? 'Evet' : 'Hayır'}`,
        '',
        'Bu rapor "Erişkinler İçin Engellilik Değerlendirmesi Hakkında Yönetmelik" hükümlerine göre düzenlenmiştir.',
        '',
        'Sağlık Kurulu Başkanı            Üye            Üye',
        '(imza - mühür)',
      ],
    ];
  },
};

const ukPsychologistSessions: Template = {
  id: 'medical_statement.uk.psykholoh-perelik-konsultatsii',
  type: 'medical_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const n = rng.int(5, 12);
    const start = past(c, n * 7 + 5, n * 7 + 40);
    const sessions: string[] = [];
    for (let i = 0; i < n; i++) {
      const d = addDays(start, i * rng.int(6, 8));
      sessions.push(
        `${String(i + 1).padStart(2)}. ${fmtDate(d, 'dot')}   ${rng.pick(['онлайн (Zoom)', 'очно', 'онлайн (Zoom)', 'телефон'])}   ${rng.pick(['50 хв', '50 хв', '60 хв', '45 хв'])}   ${rng.pick(['відбулася', 'відбулася', 'відбулася', 'перенесена клієнтом'])}`,
      );
    }
    const psych = rng.pick(['Олена Коваленко', 'Ірина Мельник', 'Андрій Шевчук', 'Наталія Бондар']);
    return [
      [
        rng.pick([
          'Центр психологічної підтримки "Рівновага"',
          'ГО "Разом до відновлення" - психологічна допомога українцям у Нідерландах',
          'Приватна практика психолога',
        ]),
        '',
        'ДОВІДКА',
        'про проходження курсу психологічних консультацій',
        '',
        `Видана: ${c.p.name}`,
        ...ids(c, UK_LABELS, ': ', 'dot'),
        '',
        ...paras(
          80,
          `Засвідчую, що ${he(c, 'пан', 'пані')} ${c.p.lastName} з ${fmtDate(start, 'dot')} перебуває на психологічному супроводі у зв'язку з ${rng.pick(['наслідками воєнної травми та вимушеного переселення', 'тривожним розладом та порушеннями сну', 'втратою близької людини', 'посттравматичним стресовим розладом (ПТСР)'])}.`,
        ),
        '',
        'Перелік консультацій:',
        ...sessions,
        '',
        ...paras(
          80,
          one(
            rng,
            'Рекомендовано продовжити консультації щонайменше 3 місяці. На даний момент клієнт(ка) має обмежену здатність до повного робочого навантаження.',
            'Стан поступово покращується, проте рекомендую уникати інтенсивних навантажень та зберегти графік консультацій.',
            'Клієнт(ка) відвідує консультації регулярно. Довідка видана для подання до муніципалітету (gemeente).',
          ),
        ),
        '',
        `Психолог: ${psych}`,
        `Диплом № ${rng.letters(2, 'АВЕКМНРСТ')} ${rng.digits(8)}   Дата: ${fmtDate(c.date, 'dot')}`,
        '(підпис)',
      ],
    ];
  },
};

const ukHospitalDischarge: Template = {
  id: 'medical_statement.uk.vypyska-statsionar-forma-027',
  type: 'medical_statement',
  lang: 'uk',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = rng.pick(UA_CITIES);
    const out = past(c, 10, 200);
    const inn = addDays(out, -rng.int(5, 21));
    const [diag, treat] = rng.pick([
      ['Ішемічна хвороба серця. Нестабільна стенокардія. Гіпертонічна хвороба II ст.', 'Стентування ПМШГ, антиагрегантна терапія'],
      ['Мінно-вибухова травма. Осколкове поранення лівої гомілки.', 'ПХО рани, остеосинтез, антибіотикотерапія'],
      ['Гострий холецистит.', 'Лапароскопічна холецистектомія'],
      ['Хронічне обструктивне захворювання легень, загострення.', 'Бронхолітики, кисневотерапія'],
    ] as const);
    return paginate(
      [
        'МІНІСТЕРСТВО ОХОРОНИ ЗДОРОВ’Я УКРАЇНИ          Медична документація',
        `КНП "${city.replace(/^./, (s) => s)} міська клінічна лікарня № ${rng.int(1, 25)}"          Форма № 027/о`,
        '',
        'ВИПИСКА',
        'із медичної карти амбулаторного (стаціонарного) хворого',
        '',
        `1. Прізвище, ім'я: ${c.p.name}`,
        ...birth(c, '2. Дата народження', 'dot'),
        `3. Місце проживання: ${rng.chance(0.5) ? `${city}, вул. ${rng.pick(['Шевченка', 'Сумська', 'Соборна', 'Незалежності'])}, ${rng.int(1, 120)}` : `Нідерланди, ${c.p.city}`}`,
        `4. Дата госпіталізації: ${fmtDate(inn, 'dot')}    Дата виписки: ${fmtDate(out, 'dot')}`,
        `5. Відділення: ${rng.pick(['кардіологічне', 'хірургічне', 'травматологічне', 'пульмонологічне'])}`,
        '',
        `6. Заключний діагноз: ${diag}`,
        `7. Проведене лікування: ${treat}`,
        `8. Стан при виписці: ${rng.pick(['задовільний', 'відносно задовільний', 'покращення'])}`,
        '',
        '9. Рекомендації:',
        ...rng.sample(
          [
            '- спостереження сімейного лікаря за місцем проживання',
            '- обмеження фізичних навантажень 2-3 місяці',
            '- непрацездатний до повторного огляду',
            '- контроль АТ, ЕКГ через 1 місяць',
            '- перев’язки, ЛФК, реабілітація',
            '- не піднімати вагу понад 5 кг',
          ],
          rng.int(2, 4),
        ),
        '',
        `Лікуючий лікар: ${rng.pick(['Петренко О.В.', 'Литвиненко С.М.', 'Гончаренко І.П.'])}    (підпис)`,
        `Завідувач відділення: ${rng.pick(['Кравчук В.А.', 'Савченко Н.І.'])}    (підпис)`,
        'М.П.',
        ...maybe(rng, 0.5, () => ['', `Переклад / vertaling: zie bijlage. ${c.p.firstName}`]),
      ],
      34,
    );
  },
};

const arIraqMedicalCity: Template = {
  id: 'medical_statement.ar.madina-tibbiya-baghdad-taqrir',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const hosp = rng.pick([
      'دائرة مدينة الطب - مستشفى بغداد التعليمي',
      'مستشفى الجمهوري التعليمي - الموصل',
      'مستشفى البصرة العام',
      'مستشفى رزكاري التعليمي - أربيل',
    ]);
    const [ar, en] = rng.pick([
      ['كسر في الفقرة القطنية الثالثة مع ضغط على الأعصاب', 'L3 vertebral fracture with nerve root compression'],
      ['داء السكري من النوع الثاني مع اعتلال الأعصاب المحيطية', 'DM type II with peripheral neuropathy'],
      ['قصور في عضلة القلب', 'Cardiomyopathy, EF 35%'],
      ['التهاب مفاصل رثوي', 'Rheumatoid arthritis, active'],
    ] as const);
    const reported = past(c, 5, 300);
    return [
      [
        'جمهورية العراق - وزارة الصحة',
        hosp,
        `العدد: ${rng.digits(4)}    التاريخ: ${fmtDate(reported, 'slash')}`,
        '',
        'تقرير طبي / Medical Report',
        '',
        `اسم المريض: ${c.p.name}`,
        ...birth(c, 'تاريخ الولادة', 'slash'),
        `رقم الاضبارة: ${rng.digits(7)}`,
        '',
        ...paras(
          70,
          `راجع${he(c, '', 'ت')} المريض${he(c, '', 'ة')} المذكور${he(c, '', 'ة')} أعلاه مستشفانا بتاريخ ${fmtDate(addDays(reported, -rng.int(3, 200)), 'slash')} وبعد إجراء الفحوصات السريرية والشعاعية (${rng.pick(['MRI', 'CT scan', 'Echo', 'X-ray'])}) تبين أنه${he(c, ' يعاني', 'ا تعاني')} من:`,
        ),
        `${ar}`,
        `Diagnosis: ${en}`,
        '',
        ...paras(
          70,
          one(
            rng,
            'يحتاج إلى متابعة مستمرة وعلاج دوائي طويل الأمد، ولا ينصح بالأعمال الشاقة أو الوقوف لفترات طويلة.',
            'أُعطي العلاج اللازم ويحتاج إلى راحة تامة لمدة ثلاثة أشهر مع المراجعة الدورية.',
            'الحالة مزمنة وتؤثر على قدرته على العمل، ويوصى بعلاج طبيعي منتظم.',
          ),
          `منح هذا التقرير بطلب من ${he(c, 'المريض', 'المريضة')} لتقديمه إلى دائرة العمل في هولندا دون أي مسؤولية على المستشفى.`,
        ),
        '',
        `الطبيب الاختصاص: ${rng.pick(['د. عمار الربيعي', 'د. زينب الساعدي', 'د. أحمد الدليمي'])}`,
        'مدير المستشفى - الختم الرسمي',
        ...maybe(rng, 0.4, () => ['', 'ختم وزارة الخارجية - تصديق']),
      ],
    ];
  },
};

const maCertificatBilingue: Template = {
  id: 'medical_statement.ar.certificat-medical-fr-ar-maroc',
  type: 'medical_statement',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const doc = rng.pick(['Dr. Karim Bennani', 'Dr. Nadia El Fassi', 'Dr. Youssef Tazi', 'Dr. Samira Alaoui']);
    const [city, cityAr] = rng.pick([
      ['Nador', 'الناظور'],
      ['Tanger', 'طنجة'],
      ['Al Hoceima', 'الحسيمة'],
      ['Oujda', 'وجدة'],
      ['Berkane', 'بركان'],
      ['Casablanca', 'الدار البيضاء'],
    ] as const);
    const days = rng.pick([10, 15, 21, 30, 45]);
    const from = past(c, days + 3, days + 60);
    return [
      [
        `Cabinet Médical ${doc.replace('Dr. ', '')}                       عيادة الطب العام`,
        `Médecine Générale - ${city}                 ${cityAr}`,
        `Tél: 05 36 ${rng.digits(2)} ${rng.digits(2)} ${rng.digits(2)}   INPE: ${rng.digits(9).slice(0, 8)}`,
        '',
        'CERTIFICAT MÉDICAL                                  شهادة طبية',
        '',
        ...paras(
          80,
          `Je soussigné(e), ${doc}, docteur en médecine, certifie avoir examiné ce jour ${he(c, 'Monsieur', 'Madame')} ${c.p.name}${c.show.birthDate ? `, né${he(c, '', 'e')} le ${fmtIso(c.p.birthDate, 'slash')}` : ''}, et déclare que son état de santé nécessite un arrêt de travail et un repos de ${days} jours à compter du ${fmtDate(from, 'slash')}, sauf complications.`,
          one(
            rng,
            "Le patient n'est pas en état de voyager durant cette période.",
            'Il/elle est suivi(e) pour une pathologie chronique nécessitant un traitement régulier.',
            'Certificat délivré à la demande de l’intéressé(e) pour servir et valoir ce que de droit.',
          ),
        ),
        '',
        ...paras(
          70,
          `أشهد أنا الموقع أسفله أنني فحصت ${he(c, 'السيد', 'السيدة')} ${c.p.name} وأن حالته${he(c, '', 'ا')} الصحية تستلزم الراحة لمدة ${days} يوماً.`,
        ),
        '',
        `Fait à ${city}, le ${fmtDate(c.date, 'slash')}`,
        'Signature et cachet du médecin',
        ...maybe(rng, 0.5, () => ['', 'Légalisation de signature - Commune urbaine - Service de légalisation']),
      ],
    ];
  },
};

const nlGgzLetter: Template = {
  id: 'medical_statement.nl.ggz-brief-aan-consulent',
  type: 'medical_statement',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const inst = rng.pick(['GGz Breburg', 'Parnassia Groep', 'GGZ Centraal', 'Dimence Groep', 'Mondriaan', 'GGZ Oost Brabant', 'Lentis']);
    const team = rng.pick(['FACT-team Noord', 'Basis GGZ', 'Team Angst & Depressie', 'Specialistische GGZ - Trauma', 'Team Herstel']);
    const behandelaar = rng.pick(['drs. L. Wolters', 'mw. A.M. Koopman', 'dhr. P. Scholten', 'drs. H. Boersma', 'mw. I. Wijnands']);
    const since = past(c, 60, 900);
    return paginate(
      [
        inst,
        `${team}`,
        `Postbus ${rng.int(100, 9999)}`,
        '',
        'Vertrouwelijk',
        `${c.org.name}`,
        'Afdeling Werk en Inkomen, t.a.v. de werkconsulent',
        `${c.org.postbus}`,
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Betreft: ${c.p.name}`,
        ...ids(c, NL_LABELS, ': ', 'dmy'),
        '',
        rng.pick(['Geachte heer/mevrouw,', 'Geachte consulent,', 'Beste collega,']),
        '',
        ...paras(
          88,
          `Op verzoek van en met schriftelijke toestemming van ${he(c, 'de heer', 'mevrouw')} ${c.p.lastName} informeren wij u over de behandeling. ${he(c, 'Hij', 'Zij')} is sinds ${fmtDate(since, 'long')} bij ons in behandeling.`,
          one(
            rng,
            'Om privacyredenen noemen wij geen diagnose. Wel kunnen wij bevestigen dat de klachten op dit moment ernstig zijn en dat de behandeling wekelijks plaatsvindt.',
            `De behandeling bestaat uit ${rng.pick(['EMDR', 'cognitieve gedragstherapie', 'schematherapie', 'medicatie en gesprekken met de verpleegkundig specialist'])}. De verwachte duur is ${rng.int(4, 12)} maanden.`,
            'Er is sprake van een psychiatrische aandoening waarvoor langdurige behandeling nodig is. Een terugval in het afgelopen jaar leidde tot een korte opname.',
          ),
          one(
            rng,
            'Naar ons oordeel is het op dit moment niet verantwoord om de arbeidsverplichtingen en de sollicitatieplicht volledig op te leggen. Wij adviseren een tijdelijke ontheffing en heroverweging over zes maanden.',
            'Een activeringstraject van enkele uren per week, in een rustige omgeving, kan bijdragen aan het herstel. Volledige arbeidsinschakeling achten wij nu niet haalbaar.',
            'Wij verzoeken u contact op te nemen met de behandelaar voordat een re-integratietraject wordt gestart, zodat het aansluit bij de behandeling.',
          ),
          'Deze brief is geen medisch advies in de zin van de Participatiewet; u kunt zo nodig een onafhankelijk medisch adviseur inschakelen.',
        ),
        '',
        'Met vriendelijke groet,',
        '',
        behandelaar,
        rng.pick(['GZ-psycholoog', 'psychiater', 'klinisch psycholoog', 'verpleegkundig specialist GGZ']),
        `BIG-nummer ${rng.digits(11)}`,
      ],
      40,
    );
  },
};

const nlPhysioCard: Template = {
  id: 'medical_statement.nl.fysio-afsprakenkaart-aanwezigheid',
  type: 'medical_statement',
  lang: 'nl',
  style: 'form',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const praktijk = rng.pick([
      'Fysiotherapie De Brug',
      'Fysio & Manueel Centrum West',
      'Praktijk voor Fysiotherapie Keizer',
      'FysioFit Oost',
      'Oefentherapie en Fysio Het Park',
    ]);
    const n = rng.int(6, 14);
    let d = past(c, n * 5 + 4, n * 5 + 30);
    const lines: string[] = [];
    const ther = rng.pick(['JV', 'MK', 'SB', 'RvD', 'AH']);
    for (let i = 0; i < n; i++) {
      d = addDays(d, rng.pick([3, 4, 7, 7, 3]));
      const missed = rng.chance(0.1);
      lines.push(
        `| ${String(i + 1).padStart(2)} | ${fmtDate(d, 'dmy')} | ${clock(c, 8, 17).padStart(5)} | ${missed ? 'niet verschenen' : rng.pick(['behandeling', 'oefentherapie', 'dry needling', 'behandeling'])}`.padEnd(
          58,
        ) + `| ${missed ? '  ' : ther} |`,
      );
    }
    return [
      [
        `${praktijk}`,
        'AFSPRAKENKAART / PRESENTIEKAART',
        '',
        `Naam patiënt: ${c.p.name}`,
        ...birth(c, 'Geb.datum', 'dmy'),
        `Verzekeraar: ${rng.pick(['Zilveren Kruis', 'CZ', 'VGZ', 'Menzis'])}   Verwijzer: ${rng.pick(['huisarts', 'orthopeed', 'direct toegankelijk'])}`,
        `Indicatie: ${rng.pick(['lage rugklachten', 'schouderklachten na operatie', 'knieklachten', 'whiplash', 'COPD - longrevalidatie'])}`,
        '',
        '| nr | datum      | tijd  | soort                         | paraaf |',
        ...lines,
        '',
        one(
          rng,
          'Wilt u bij verhindering 24 uur van tevoren afzeggen, anders wordt de afspraak in rekening gebracht.',
          'Neem deze kaart mee naar elke afspraak.',
        ),
        ...maybe(rng, 0.6, () => [
          '',
          `Hierbij verklaren wij dat bovengenoemde patiënt de afspraken heeft bijgewoond. ${fmtDate(c.date, 'dmy')}`,
          'Stempel praktijk + handtekening fysiotherapeut',
        ]),
        ...maybe(rng, 0.3, () => ['', sloppy('(handgeschreven) dit is mijn fysio, ik kan daarom niet werken op die dagen', rng, 0.6)]),
      ],
    ];
  },
};

// =============================================================================================
// IDENTITY DOCUMENTS
// =============================================================================================

const trNufusCopy: Template = {
  id: 'identity_document.tr.nufus-cuzdani-asli-gibidir',
  type: 'identity_document',
  lang: 'tr',
  style: 'form',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const city = upperTr(rng.pick(TR_CITIES));
    return [
      [
        '[fotokopi - ön yüz]',
        'TÜRKİYE CUMHURİYETİ NÜFUS CÜZDANI',
        '',
        `Seri: ${rng.letters(1, 'ABCDEFGHKLMNPRSTUZ')}${rng.digits(2)}  No: ${rng.digits(5)}`,
        `T.C. Kimlik No: ${rng.int(1, 6)}${rng.digits(10)}`,
        `Soyadı: ${upperTr(c.p.lastName)}`,
        `Adı: ${upperTr(c.p.firstName)}`,
        `Baba Adı: ${rng.pick(['HASAN', 'OSMAN', 'YUSUF', 'RAMAZAN'])}   Ana Adı: ${rng.pick(['AYŞE', 'FATMA', 'HATİCE', 'EMİNE'])}`,
        `Doğum Yeri: ${city}`,
        `Doğum Tarihi: ${birthField(c, 'dot')}`,
        `Medeni Hali: ${rng.pick(['Evli', 'Bekar', 'Dul', 'Boşanmış'])}    Dini: İslam`,
        '',
        '[fotokopi - arka yüz]',
        `Nüfusa kayıtlı olduğu İl: ${city}   İlçe: ${rng.pick(['Merkez', 'Cihanbeyli', 'Sorgun', 'Develi', 'Şarkışla'])}`,
        `Mahalle/Köy: ${rng.pick(['Yenice', 'Karaağaç', 'Kızılca', 'Çamlıbel'])}   Cilt: ${rng.int(1, 120)}  Aile Sıra No: ${rng.int(1, 400)}  Sıra No: ${rng.int(1, 40)}`,
        `Veriliş Nedeni: ${rng.pick(['Değişiklik', 'Kayıp', 'Yenileme'])}   Veriliş Tarihi: ${fmtDate(past(c, 3000, 9000), 'dot')}`,
        '',
        '*** ASLI GİBİDİR ***',
        `T.C. ${rng.pick(['Rotterdam', 'Amsterdam', 'Deventer'])} Başkonsolosluğu - ${fmtDate(past(c, 5, 60), 'dot')}   (mühür, imza)`,
        ...maybe(rng, 0.5, () => ['', sloppy('kopie van mijn oude turkse ID, nieuwe kaart is nog niet klaar', rng, 0.5)]),
      ],
    ];
  },
};

const arSyrianPassportPage: Template = {
  id: 'identity_document.ar.jawaz-souri-safhat-bayanat',
  type: 'identity_document',
  lang: 'ar',
  style: 'form',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const no = `N${rng.digits(8)}`;
    const yy = (iso: string) => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);
    const exp = ahead(c, 60, 1800);
    const sur = upper(c.p.lastName).replace(/[^A-Z]/g, '');
    const giv = upper(c.p.firstName).replace(/[^A-Z]/g, '');
    return [
      [
        '(نسخة مصورة - صفحة البيانات)',
        'الجمهورية العربية السورية        SYRIAN ARAB REPUBLIC',
        'جواز سفر                          PASSPORT',
        '',
        `النوع / Type: P     رمز الدولة / Code: SYR     رقم الجواز / Passport No: ${no}`,
        `الكنية / Surname: ${upper(c.p.lastName)}`,
        `الاسم / Given names: ${upper(c.p.firstName)}`,
        `اسم الأب / Father: ${rng.pick(['AHMAD', 'KHALED', 'MOHAMMAD', 'OMAR'])}    اسم الأم / Mother: ${rng.pick(['FATIMA', 'AMINA', 'SAMIRA', 'HUDA'])}`,
        `تاريخ الولادة / Date of birth: ${birthField(c, 'slash', '**/**/****')}`,
        `مكان الولادة / Place of birth: ${rng.pick(['DAMASCUS', 'ALEPPO', 'HOMS', 'IDLEB', 'DARAA', 'HAMA'])}`,
        `الجنس / Sex: ${he(c, 'M', 'F')}     الرقم الوطني / National No: ${rng.digits(11)}`,
        `تاريخ المنح / Date of issue: ${fmtDate(addDays(exp, -rng.pick([730, 2190])), 'slash')}`,
        `تاريخ الانتهاء / Date of expiry: ${fmtDate(exp, 'slash')}`,
        `مكان المنح / Authority: ${rng.pick(['DAMASCUS', 'EMBASSY BERLIN', 'CONSULATE ISTANBUL'])}`,
        '',
        `P<SYR${sur}<<${giv}`.padEnd(44, '<').slice(0, 44),
        c.show.birthDate
          ? `${no}<${rng.int(0, 9)}SYR${yy(c.p.birthDate)}${rng.int(0, 9)}${he(c, 'M', 'F')}${yy(fmtDate(exp, 'iso'))}<<<<<<<<<<<<<<<`.slice(
              0,
              44,
            )
          : '██████████████████████████████████████████',
        ...maybe(rng, 0.5, () => ['', rng.pick(['كوبي للبلدية', 'Kopie paspoort voor gemeente', 'مرفق مع طلب تمديد'])]),
      ],
    ];
  },
};

const ukIdCardSticker: Template = {
  id: 'identity_document.uk.id-kartka-z-naklejkoiu-ind',
  type: 'identity_document',
  lang: 'uk',
  style: 'form',
  weight: 0.3,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const exp = ahead(c, 200, 3000);
    return [
      [
        '[kopie voorzijde]',
        'УКРАЇНА / UKRAINE',
        'ПАСПОРТ ГРОМАДЯНИНА УКРАЇНИ / PASSPORT OF THE CITIZEN OF UKRAINE',
        '',
        `Прізвище / Surname: ${upper(c.p.lastName)}`,
        `Ім'я / Given names: ${upper(c.p.firstName)}`,
        `Стать / Sex: ${he(c, 'Ч/M', 'Ж/F')}      Громадянство / Nationality: УКРАЇНА/UKR`,
        `Дата народження / Date of birth: ${birthField(c, 'dot', '██ ██ ████')}`,
        `Запис № / Record No: ${c.show.birthDate ? c.p.birthDate.replace(/-/g, '') : '████████'}-${rng.digits(5)}`,
        `Дійсний до / Date of expiry: ${fmtDate(exp, 'dot')}`,
        `Документ № / Document No: ${rng.digits(9).slice(0, 9).replace(/^./, '0')}`,
        '',
        '[kopie achterzijde]',
        `Орган що видав / Authority: ${rng.int(1000, 8099)}`,
        `Місце народження: ${rng.pick(['М. ХАРКІВ', 'М. МАРІУПОЛЬ', 'М. ДНІПРО', 'ЗАПОРІЗЬКА ОБЛ.'])}`,
        '',
        '[kopie sticker IND]',
        'VERBLIJFSAANTEKENING / STICKER',
        'Koninkrijk der Nederlanden',
        'Tijdelijke bescherming Oekraïne - art. 3.3 lid 1 Vw / Richtlijn 2001/55/EG',
        `V-nummer: ${rng.digits(10)}`,
        `Geldig tot: ${fmtDate(ahead(c, 30, 400), 'dmy')}`,
        'Arbeid is vrij toegestaan; tewerkstellingsvergunning is niet vereist',
        ...(c.show.bsn ? ['', `(від руки) мій BSN ${fmtBsn(c.p.bsn, rng)}`] : []),
        ...maybe(rng, 0.4, () => ['', 'копія для gemeente, оригінал у мене']),
      ],
    ];
  },
};

const nlEuFamilyResidence: Template = {
  id: 'identity_document.nl.verblijfsdocument-familielid-unieburger',
  type: 'identity_document',
  lang: 'nl',
  style: 'form',
  weight: 0.3,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick([
      ['EU/EER', 'Familielid van een burger van de Unie/EER, art. 10 Richtlijn 2004/38/EG'],
      ['DUURZAAM VERBLIJF', 'Duurzaam verblijf burger van de Unie, art. 19 Richtlijn 2004/38/EG'],
      ['EU/EER', 'Verblijfsdocument gemeenschapsonderdaan - arbeid vrij toegestaan'],
    ] as const);
    const nat = rng.pick(['Marokkaanse', 'Turkse', 'Braziliaanse', 'Oekraïense', 'Syrische', 'Nigeriaanse']);
    return [
      [
        'KOPIE VOORZIJDE',
        'KONINKRIJK DER NEDERLANDEN',
        `VERBLIJFSDOCUMENT / RESIDENCE DOCUMENT - ${kind[0]}`,
        '',
        `Naam / Surname: ${upper(c.p.lastName)}`,
        `Voornamen / Given names: ${c.p.firstName}`,
        `Geboortedatum / Date of birth: ${birthField(c, 'dmy', 'xx-xx-xxxx (afgeschermd)')}`,
        `Geslacht / Sex: ${he(c, 'M', 'V/F')}    Nationaliteit / Nationality: ${nat}`,
        `Documentnummer: ${rng.letters(1, 'ENXYZ')}${rng.letters(1, 'ABCDEFGHJKL')}${rng.digits(7)}`,
        `Geldig tot / Date of expiry: ${fmtDate(ahead(c, 100, 1800), 'dot')}`,
        '',
        'KOPIE ACHTERZIJDE',
        `Aantekening: ${kind[1]}`,
        `V-nummer: ${rng.digits(10)}`,
        `Plaats en datum van afgifte: IND ${rng.pick(["'s-Hertogenbosch", 'Den Haag', 'Zwolle', 'Rijswijk'])} ${fmtDate(past(c, 100, 1500), 'dmy')}`,
        ...(c.show.bsn ? [`BSN: ${fmtBsn(c.p.bsn, rng)}`] : []),
        ...maybe(rng, 0.5, () => ['', `Gemaakt met KopieID - ${fmtDate(c.date, 'dmy')} - voor ${c.org.name}, aanvraag uitkering`]),
      ],
    ];
  },
};

const nlIdCardKopie: Template = {
  id: 'identity_document.nl.id-kaart-met-kopie-erover',
  type: 'identity_document',
  lang: 'nl',
  style: 'form',
  weight: 0.35,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const kopie = `K O P I E  -  ${rng.pick([`alleen voor ${c.org.name}`, 'uitkering', 'voor Werk & Inkomen'])}  -  ${fmtDate(c.date, 'dmy')}`;
    return [
      [
        kopie,
        'KONINKRIJK DER NEDERLANDEN - IDENTITEITSKAART',
        'KINGDOM OF THE NETHERLANDS - IDENTITY CARD',
        '',
        `Naam/Surname                ${upper(c.p.lastName)}`,
        `Voornamen/Given names       ${c.p.firstName}`,
        `Geslacht/Sex ${he(c, 'M', 'V/F')}    Nationaliteit/Nationality  Nederlandse`,
        `Geboortedatum/Date of birth  ${birthField(c, 'long', '[doorgestreept]')}`,
        `Geboorteplaats/Place of birth ${rng.pick(['Rotterdam', 'Utrecht', 'Casablanca', 'Paramaribo', 'Ankara', 'Eindhoven'])}`,
        `Documentnr ${rng.letters(2, 'ABCDEFGHIJKLMNPRSTUVWXZ')}${rng.letters(2, 'ABCDEFGHJKLNPRSTUVWXZ')}${rng.digits(5)}    Geldig tot ${fmtDate(ahead(c, 100, 3500), 'dot')}`,
        kopie,
        '',
        `Persoonsnummer  ${c.show.bsn ? c.p.bsn : 'XXXXXXXXX (afgeschermd)'}`,
        `Autoriteit Burgemeester van ${rng.pick(['Tilburg', 'Breda', 'Den Haag', c.org.city])}`,
        kopie,
      ],
    ];
  },
};

const iqCivilIdSworn: Template = {
  id: 'identity_document.ar.hawiyat-ahwal-madaniya-beedigd',
  type: 'identity_document',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const gov = rng.pick([
      ['بغداد', 'Bagdad'],
      ['نينوى', 'Ninawa'],
      ['البصرة', 'Basra'],
      ['كركوك', 'Kirkuk'],
    ] as const);
    const regNo = rng.digits(5);
    const translator = rng.pick(['Mr. H. Al-Saadi', 'mw. drs. R. Shamoun', 'A. Yousif MA']);
    return paginate(
      [
        '--- نسخة من الأصل ---',
        'جمهورية العراق - وزارة الداخلية',
        'مديرية الجنسية العامة',
        'هوية الأحوال المدنية',
        '',
        `الاسم: ${c.p.firstName}   اسم الأب: ${rng.pick(['جاسم', 'كريم', 'حسين', 'عباس'])}   اسم الجد: ${rng.pick(['محمد', 'علي', 'حمزة'])}`,
        `اللقب: ${c.p.lastName}`,
        `محل وتاريخ الولادة: ${gov[0]} ${c.show.birthDate ? fmtIso(c.p.birthDate, 'slash') : '--/--/----'}`,
        `رقم السجل: ${regNo}   رقم الصحيفة: ${rng.int(1, 300)}   دائرة الأحوال: ${gov[0]}`,
        '',
        '===============================================================',
        'BEËDIGDE VERTALING uit het Arabisch',
        '',
        'Republiek Irak - Ministerie van Binnenlandse Zaken',
        'Algemene Directie Nationaliteit',
        'IDENTITEITSBEWIJS BURGERLIJKE STAND',
        '',
        `Naam: ${c.p.firstName}   Naam vader: ${rng.pick(['Jasim', 'Karim', 'Hussein', 'Abbas'])}`,
        `Familienaam: ${c.p.lastName}`,
        `Geboorteplaats: ${gov[1]}`,
        ...birth(c, 'Geboortedatum', 'dmy'),
        `Registernummer: ${regNo}   Afdeling burgerlijke stand: ${gov[1]}`,
        '',
        ...paras(
          84,
          `Ondergetekende, ${translator}, bij de Rechtbank ${rng.pick(['Den Haag', 'Amsterdam', 'Midden-Nederland', 'Oost-Brabant'])} beëdigd vertaler voor de Arabische taal, verklaart dat deze vertaling naar zijn/haar beste weten een getrouwe en volledige weergave is van het hieraan gehechte document, dat hem/haar als kopie werd voorgelegd.`,
        ),
        `Wbtv-nummer: ${rng.digits(5)}    ${c.org.city}, ${fmtDate(c.date, 'long')}`,
        '(stempel en handtekening vertaler)',
      ],
      36,
    );
  },
};

// =============================================================================================
// HOLIDAY NOTICES
// =============================================================================================

const trMotherSurgeryIzmir: Template = {
  id: 'holiday_notice.tr.izmir-anne-ameliyat-eposta-bildirim',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 2, 14);
    const back = addDays(go, rng.int(10, 28));
    const hosp = rng.pick([
      'Dokuz Eylül Üniversitesi Hastanesi',
      'Ege Üniversitesi Hastanesi',
      'İzmir Şehir Hastanesi',
      'Tepecik Eğitim ve Araştırma Hastanesi',
    ]);
    return [
      [
        `Kimden: ${c.p.name} <${mailName(c)}@hotmail.com>`,
        `Kime: werkeninkomen@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Tarih: ${fmtDate(c.date, 'dot')} ${clock(c, 7, 23)}`,
        `Konu: ${rng.pick(['Izmir - annem ameliyat / buitenland melding', 'Türkiyeye gidiş bildirimi', 'Acil: Turkije reis moeder operatie'])}`,
        '',
        'Merhaba,',
        '',
        ...paras(
          80,
          `Annem İzmir'de ${hosp}'nde ${rng.pick(['kalp ameliyatı (bypass)', 'kalça protezi ameliyatı', 'safra kesesi ameliyatı', 'tümör ameliyatı'])} olacak. Doktorlar ameliyatın ${fmtDate(addDays(go, rng.int(1, 4)), 'dot')} tarihinde yapılacağını söyledi. Babam vefat etti, annemin yanında benden başka kimse yok.`,
          `Bu yüzden ${fmtDate(go, 'dot')} tarihinde Türkiye'ye uçuyorum ve ${fmtDate(back, 'dot')} tarihinde Hollanda'ya döneceğim. Toplam ${Math.round((back.getTime() - go.getTime()) / 86_400_000)} gün.`,
          one(
            rng,
            'Dönünce hastaneden aldığım belgeleri size getiririm. Biletim ekte.',
            'Eğer izin gerekiyorsa lütfen bana hemen haber verin, çünkü bu bir acil durum. Uçak biletini ekledim.',
            'Tatil değil, aile durumu. Ödeneğim bu süre için kesilecek mi? Lütfen bilgi verin.',
          ),
        ),
        '',
        ...ids(c, TR_LABELS),
        '',
        rng.pick(['Saygılarımla,', 'Teşekkürler,', 'İyi günler dilerim,']),
        c.p.name,
        `Tel: ${c.p.phone}`,
        ...maybe(rng, 0.5, () => ['', `Ek: bilet_${rng.pick(['PGS', 'THY', 'Corendon', 'SunExpress'])}_${fmtDate(go, 'iso')}.pdf`]),
      ],
    ];
  },
};

const enGhanaFuneral: Template = {
  id: 'holiday_notice.en.funeral-ghana-handwritten',
  type: 'holiday_notice',
  lang: 'en',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 3, 20);
    const back = addDays(go, rng.int(14, 28));
    const town = rng.pick(['Kumasi', 'Accra', 'Takoradi', 'Cape Coast', 'Sunyani', 'Koforidua']);
    const who = rng.pick(['my father', 'my mother', 'my uncle', 'my grandmother', 'my elder brother']);
    const text = [
      `To the Gemeente, Werk en Inkomen`,
      '',
      ...paras(
        62,
        `I am writing to inform you that ${who} has passed away in ${town}, Ghana. The funeral will be on ${fmtDate(addDays(go, rng.int(4, 10)), 'en')}. In our culture the family must be there for the burial and the one week celebration, and I am the ${rng.pick(['eldest son', 'eldest daughter', 'only child living abroad', 'one who must pay for the coffin'])}.`,
        `I will travel on ${fmtDate(go, 'dmy')} and I come back on ${fmtDate(back, 'dmy')}. I will bring the funeral poster and the ticket to show you.`,
        rng.chance(0.5) && 'Please I am sorry for the short notice, the family only informed me last week.',
      ),
      '',
      ...ids(c, EN_LABELS),
      '',
      'Thank you and God bless,',
      c.p.name,
      fmtDate(c.date, 'slash'),
    ];
    return [text.map((l) => (rng.chance(0.15) ? l.replace(/ I /, ' i ') : l))];
  },
};

const trMuhtarReturn: Template = {
  id: 'holiday_notice.tr.muhtar-donus-tarihi-belgesi',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate', 'client-number'],
  render(c) {
    const { rng } = c;
    const back = past(c, 2, 20);
    const arrived = addDays(back, -rng.int(12, 35));
    const city = rng.pick(TR_CITIES);
    const koy = rng.pick(['Yeşilyurt', 'Akpınar', 'Kavaklı', 'Göçeri', 'Sarıkaya']);
    return [
      [
        'T.C.',
        `${upperTr(city)} İLİ ${upperTr(rng.pick(['MERKEZ', 'BOĞAZLIYAN', 'KULU', 'YILDIZELİ']))} İLÇESİ`,
        `${upperTr(koy)} ${rng.pick(['KÖYÜ', 'MAHALLESİ'])} MUHTARLIĞI`,
        '',
        `Sayı: ${rng.int(1, 99)}                                   Tarih: ${fmtDate(c.date, 'dot')}`,
        '',
        'İLGİLİ MAKAMA',
        '',
        ...paras(
          80,
          `${rng.pick(['Köyümüz', 'Mahallemiz'])} nüfusuna kayıtlı, Hollanda'da ikamet eden ${c.p.name}${c.show.birthDate ? ` (Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')})` : ''}, ${fmtDate(arrived, 'dot')} tarihinde ${rng.pick(['hasta olan babasını ziyaret etmek', 'annesinin bakımı', 'kardeşinin düğünü', 'evindeki hasarla ilgilenmek'])} amacıyla köyümüze gelmiş olup ${fmtDate(back, 'dot')} tarihinde Hollanda'ya geri dönmüştür.`,
          'Bu süre içinde köyümüzde ailesinin yanında kaldığı tarafımızca bilinmektedir. İşbu belge ilgilinin talebi üzerine verilmiştir.',
        ),
        '',
        `${koy} Muhtarı`,
        `${rng.pick(['Ahmet', 'Veli', 'Recep', 'Durmuş'])} ${rng.pick(['Karaca', 'Yücel', 'Koç', 'Bulut'])}`,
        '(mühür - imza)',
        '',
        ...(c.show.clientNumber && c.p.clientNumber
          ? [`(Nederlands, met de hand) Ik ben terug op ${fmtDate(back, 'dmy')}, bewijs van de muhtar. klantnummer ${c.p.clientNumber}`]
          : maybe(rng, 0.6, () => [sloppy(`(met de hand) bewijs dat ik terug ben in Nederland op ${fmtDate(back, 'dmy')}`, rng, 0.5)])),
      ],
    ];
  },
};

const maFamilyVisitEmail: Template = {
  id: 'holiday_notice.ar.email-ziyarat-al-aila-nador',
  type: 'holiday_notice',
  lang: 'ar',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 5, 40);
    const back = addDays(go, rng.int(14, 28));
    const city = rng.pick(['الناظور', 'الحسيمة', 'طنجة', 'تطوان', 'بركان']);
    return [
      [
        `From: ${mailName(c)}@gmail.com`,
        `To: info@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Date: ${fmtDate(c.date, 'dmy')} ${clock(c, 8, 23)}`,
        `Subject: ${rng.pick(['vakantie Marokko', 'سفر إلى المغرب', 'melding reis familie'])}`,
        '',
        'السلام عليكم،',
        '',
        ...paras(
          70,
          one(
            rng,
            `بغيت نعلمكم بلي غادي نمشي للمغرب نزور العائلة ف${city}. الوالدة مريضة شوية وبغات تشوف الدراري.`,
            `أخبركم أنني سأسافر إلى المغرب لزيارة عائلتي في ${city}، فوالدي كبير في السن ويحتاج إلى من يساعده.`,
          ),
          `السفر: ${fmtDate(go, 'dmy')} - الرجوع: ${fmtDate(back, 'dmy')} ${rng.pick(['بالباطو من ألميريا لميناء الناظور', 'بالطيارة من Eindhoven', 'بالطوموبيل عبر فرنسا وإسبانيا', 'Transavia من Rotterdam'])}.`,
          one(
            rng,
            'واش خاصني نعمر شي ورقة؟',
            'إذا احتجتم أي وثيقة أرجو إخباري قبل السفر.',
            'غادي نبقى أقل من 4 أسابيع كيف قالت لي المستشارة.',
          ),
        ),
        '',
        ...ids(c, AR_LABELS),
        '',
        'شكرا / Dank u wel',
        c.p.name,
      ],
    ];
  },
};

const nlMeldingVerblijf: Template = {
  id: 'holiday_notice.nl.formulier-melding-verblijf-buitenland',
  type: 'holiday_notice',
  lang: 'nl',
  style: 'form',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 7, 45);
    const back = addDays(go, rng.int(7, 28));
    const reason = rng.pick([
      'familiebezoek',
      'ziekte van een familielid',
      'overlijden familielid',
      'vakantie',
      'medische behandeling in het buitenland',
    ]);
    const box = (on: boolean) => (on ? '[X]' : '[ ]');
    const together = rng.chance(0.4);
    return [
      [
        `${c.org.name} - Werk en Inkomen`,
        'MELDING VERBLIJF BUITENLAND',
        'Lever dit formulier uiterlijk 2 weken voor vertrek in. Bij spoed: zo snel mogelijk.',
        '',
        '1. Uw gegevens',
        `   Naam: ${c.p.name}`,
        ...ids(c, NL_LABELS).map((l) => `   ${l}`),
        `   Telefoon: ${c.p.phone}`,
        '',
        '2. Uw reis',
        `   Land: ${rng.pick(['Turkije', 'Marokko', 'Suriname', 'Polen', 'Ghana', 'Irak', 'Syrië (via Libanon)', 'Eritrea'])}`,
        `   Vertrekdatum: ${fmtDate(go, 'dmy')}      Datum terug: ${fmtDate(back, 'dmy')}`,
        `   Gaan uw partner en/of kinderen mee?  ${box(together)} ja   ${box(!together)} nee`,
        '',
        '3. Reden van het verblijf',
        ...[
          'vakantie',
          'familiebezoek',
          'ziekte van een familielid',
          'overlijden familielid',
          'medische behandeling in het buitenland',
        ].map((r) => `   ${box(r === reason)} ${r}`),
        `   Toelichting: ${rng.pick(['moeder ligt in ziekenhuis', 'begrafenis oom', 'bruiloft zus', '-', 'operatie, zie brief arts', 'vader dement, verzorging regelen'])}`,
        '',
        '4. Verklaring',
        '   Ik weet dat ik per kalenderjaar maximaal 4 weken (28 dagen) in het buitenland mag verblijven',
        '   met behoud van uitkering, en dat ik ook in die periode mijn post moet kunnen ontvangen.',
        '',
        `   Datum: ${fmtDate(c.date, 'dmy')}     Handtekening: ${c.p.initials} ${c.p.lastName}`,
        '',
        'In te vullen door de gemeente: dagen dit jaar al gebruikt: ____   akkoord consulent: ____',
      ],
    ];
  },
};

const plChristmasNote: Template = {
  id: 'holiday_notice.pl.swieta-w-domu-kartka',
  type: 'holiday_notice',
  lang: 'pl',
  style: 'handwritten',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCMonth() >= 8 ? c.date.getUTCFullYear() : c.date.getUTCFullYear() - 1;
    const go = new Date(Date.UTC(y, 11, rng.int(18, 22)));
    const back = new Date(Date.UTC(y + 1, 0, rng.int(2, 7)));
    const town = rng.pick(['Katowic', 'Opola', 'Rzeszowa', 'Białegostoku', 'Zamościa', 'Wałbrzycha']);
    return [
      [
        'Dzień dobry,',
        '',
        ...paras(
          58,
          `chcę zgłosić że na Święta Bożego Narodzenia jadę do domu, do ${town}, do rodziców. Wyjazd ${fmtDate(go, 'dot')}, powrót ${fmtDate(back, 'dot')}. Jadę ${rng.pick(['busem', 'autokarem Sindbad', 'FlixBusem', 'samochodem z kolegą'])}.`,
          one(
            rng,
            'Mama jest po udarze i chce żebyśmy byli wszyscy razem na Wigilię, może ostatni raz.',
            'Nie byłem w domu od dwóch lat. Wrócę zaraz po Nowym Roku.',
            'Dzieci zostają z mamą w Polsce do 6 stycznia, ja wracam wcześniej jak będzie praca.',
          ),
          rng.chance(0.5) && 'Proszę o informację jeśli coś jeszcze trzeba wypełnić.',
        ),
        '',
        'Pozdrawiam / Groeten',
        c.p.name,
        ...idsInline(c, PL_LABELS, ', ', 'dot'),
        fmtDate(addDays(go, -rng.int(4, 25)), 'dot'),
      ],
    ];
  },
};

// =============================================================================================
// EMPLOYMENT CONTRACTS
// =============================================================================================

const arHandwrittenWorkAgreement: Template = {
  id: 'employment_contract.ar.aqd-amal-mahal-yadawi',
  type: 'employment_contract',
  lang: 'ar',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick([
      'مخبز الشام - Bakkerij Al Sham',
      'Kapsalon Baghdad',
      'سوبرماركت الأمانة',
      'Shoarma Grill Damascus',
      'مطعم بيت حلب',
    ]);
    const hours = rng.int(12, 32);
    const rate = rng.pick([14.06, 14.4, 14.71, 15, 15.5]);
    const start = ahead(c, -10, 20);
    return [
      [
        'بسم الله الرحمن الرحيم',
        'اتفاقية عمل',
        '',
        `الطرف الأول (صاحب العمل): ${rng.pick(['أبو أحمد الحلبي', 'محمود العلي', 'Yasser Khatib', 'Samir Nasser'])} - ${shop}، ${c.org.city}`,
        `الطرف الثاني (العامل): ${c.p.name}`,
        ...ids(c, AR_LABELS),
        '',
        `١- يبدأ العمل من تاريخ ${fmtDate(start, 'dmy')} ${rng.pick(['لمدة ستة أشهر', 'لمدة سنة', 'بدون مدة محددة'])}.`,
        `٢- عدد الساعات ${hours} ساعة في الأسبوع، ${rng.pick(['الدوام من الظهر للمسا', 'حسب جدول الأسبوع', 'من الاثنين إلى السبت'])}.`,
        `٣- الأجر ${money(rate)} يورو بروتو للساعة، يدفع على البنك كل ${rng.pick(['شهر', 'أربع أسابيع'])}.`,
        `٤- العمل: ${rng.pick(['مساعد بالمطبخ', 'بيع وتنظيف', 'حلاق', 'تعبئة ورفوف'])}.`,
        '٥- فترة التجربة شهر واحد.',
        '٦- العطلة حسب القانون الهولندي.',
        '',
        `تحرر في ${c.org.city} بتاريخ ${fmtDate(c.date, 'slash')}`,
        '',
        'توقيع الطرف الأول ___________        توقيع الطرف الثاني ___________',
        ...maybe(rng, 0.5, () => ['', sloppy('Arbeidscontract, ik ga werken bij deze winkel. Loonstrook stuur ik later', rng, 0.6)]),
      ],
    ];
  },
};

const plAgencyPortalContract: Template = {
  id: 'employment_contract.pl.agencja-umowa-wydruk-portal',
  type: 'employment_contract',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick([
      'Flexpower Sp. z o.o. / B.V.',
      'EuroJob Agencja Pracy',
      'OTTO Work Force Polska',
      'Covebo Polska',
      'Trenkwalder Polska',
    ]);
    const start = ahead(c, -5, 20);
    const rate = rng.amount(14.06, 16.2);
    const lines = [
      `${agency} - Portal pracownika`,
      `Wygenerowano: ${fmtDate(c.date, 'dot')} ${clock(c, 6, 22)}`,
      '',
      'UMOWA O PRACĘ TYMCZASOWĄ (Uitzendovereenkomst z klauzulą uitzendbeding) - tłumaczenie',
      '',
      `Pracownik: ${c.p.name}`,
      ...ids(c, PL_LABELS, ': ', 'dot'),
      `Adres w NL: ${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
      '',
      `§1 Agencja zatrudnia pracownika od ${fmtDate(start, 'dot')} do odwołania (faza A, CAO ABU).`,
      `§2 Miejsce pracy: ${rng.pick(['centrum dystrybucyjne', 'szklarnia', 'zakład mięsny', 'magazyn e-commerce'])} w ${rng.pick(['Venlo', 'Westland', 'Tilburg', 'Waalwijk', 'Boxtel'])}.`,
      `§3 Stawka: ${money(rate)} EUR brutto/godz. + dodatek wakacyjny 8% + reserveringen.`,
      `§4 Czas pracy: ${rng.pick(['min. 0 godzin', 'ok. 32-40 godzin', 'według grafiku, średnio 30 godzin'])} tygodniowo.`,
      `§5 Zakwaterowanie (SNF): potrącenie ${money(rng.amount(95, 130))} EUR/tydzień, ubezpieczenie zdrowotne ${money(rng.amount(30, 38))} EUR/tydzień.`,
      '§6 Umowa wygasa, gdy klient (inlener) zakończy zlecenie (uitzendbeding).',
      `§7 Wynagrodzenie co tydzień, na konto: ${ibanText(c.p.iban, rng)}`,
      '§8 Chorobę należy zgłosić telefonicznie przed godziną 7:00 koordynatorowi i agencji. Pierwszy dzień choroby jest bezpłatny (wachtdag).',
      '§9 Okres wypowiedzenia w fazie A: brak; pracownik może zakończyć pracę z dniem następnym.',
      '',
      `Koordynator: ${rng.pick(['Marta Zając', 'Paweł Zieliński', 'Kasia Nowicka'])}, tel. +48 ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`,
      '',
      'Wersja obowiązująca: holenderska. Podpisano elektronicznie (akceptacja w aplikacji).',
      `ID akceptacji: ${rng.letters(3)}-${rng.digits(8)}`,
    ];
    return paginate(
      lines.flatMap((l) => (l.length > 90 ? paras(90, l) : [l])),
      17,
      undefined,
      (p, t) => ['', `Strona ${p} z ${t}`],
    );
  },
};

const nlZeroHours: Template = {
  id: 'employment_contract.nl.nulurencontract-horeca-evenementen',
  type: 'employment_contract',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const emp = rng.pick([
      'Strandpaviljoen De Zeemeeuw',
      'Partycentrum Het Wapen',
      'Evenementenbureau Eventa',
      'Lunchroom De Smulpaap',
      'Cateraar Smaak & Co',
    ]);
    const start = ahead(c, -7, 21);
    const rate = rng.amount(14.06, 15.5);
    return paginate(
      [
        'ARBEIDSOVEREENKOMST VOOR ONBEPAALDE TIJD ZONDER VASTE ARBEIDSOMVANG (NULURENCONTRACT)',
        '',
        'Partijen:',
        `1. ${emp}, gevestigd te ${c.org.city}, KvK ${rng.digits(8)}, hierna: werkgever;`,
        `2. ${c.p.name}, wonende ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city},`,
        ...ids(c, NL_LABELS).map((l) => `   ${l}`),
        '   hierna: werknemer;',
        '',
        `Artikel 1 - Werknemer treedt op ${fmtDate(start, 'long')} in dienst in de functie van ${rng.pick(['bediening', 'afwas/keukenhulp', 'barmedewerker', 'evenementenmedewerker'])}.`,
        'Artikel 2 - Er is geen vaste arbeidsomvang overeengekomen. Werkgever roept werknemer ten minste 4 dagen van tevoren op; bij een kortere termijn mag werknemer weigeren.',
        'Artikel 3 - Per oproep worden ten minste 3 uur loon betaald, ook als minder wordt gewerkt.',
        `Artikel 4 - Het uurloon bedraagt € ${money(rate)} bruto, exclusief 8% vakantietoeslag.`,
        'Artikel 5 - Na 12 maanden doet werkgever een aanbod voor een vaste arbeidsomvang gelijk aan het gemiddelde van de afgelopen 12 maanden.',
        'Artikel 6 - Op deze overeenkomst is de cao Horeca van toepassing. De proeftijd bedraagt één maand.',
        '',
        ...paras(88, 'Aldus in tweevoud opgemaakt en ondertekend.'),
        `${c.org.city}, ${fmtDate(c.date, 'dmy')}`,
        '',
        'werkgever: ____________________          werknemer: ____________________',
      ].flatMap((l) => (l.length > 90 ? paras(90, l) : [l])),
      34,
    );
  },
};

const enHotelFixedTerm: Template = {
  id: 'employment_contract.en.hotel-fixed-term-contract',
  type: 'employment_contract',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const hotel = rng.pick([
      'Hotel Canal View Amsterdam B.V.',
      'Harbourside Hotel Rotterdam',
      'The Student Hotel Operations B.V.',
      'Park Inn Hospitality NL B.V.',
      'Dunes Beach Hotel Noordwijk',
    ]);
    const start = ahead(c, -5, 25);
    const months = rng.pick([3, 6, 7, 12]);
    const end = addDays(start, months * 30);
    const hrs = rng.pick([24, 28, 32, 38]);
    return paginate(
      [
        hotel,
        'Human Resources',
        '',
        'FIXED-TERM EMPLOYMENT CONTRACT',
        '',
        `Employee: ${c.p.name}`,
        ...ids(c, EN_LABELS),
        `Position: ${rng.pick(['Room Attendant (housekeeping)', 'Breakfast Host', 'Night Auditor', 'Kitchen Porter', 'Front Office Agent'])}`,
        '',
        `1. Term. This contract starts on ${fmtDate(start, 'en')} and ends by operation of law on ${fmtDate(end, 'en')} without notice being required. We will inform you at least one month before the end date whether the contract will be renewed.`,
        `2. Hours. ${hrs} hours per week on a rolling roster, including weekends and public holidays.`,
        `3. Salary. EUR ${(rng.amount(2150, 2600) * (hrs / 38)).toFixed(2)} gross per month, plus 8% holiday allowance paid in May.`,
        '4. Probation. One month.',
        '5. Collective agreement. The CAO Horeca applies. Staff meals are provided during shifts.',
        '6. Uniform. Uniforms remain the property of the hotel and must be returned at the end of employment.',
        '',
        'Signed in duplicate,',
        `For the employer: ${rng.pick(['Sarah Ramaker', 'Tom Heemskerk', 'Nina Bosman'])}, HR Manager            ${fmtDate(c.date, 'slash')}`,
        'Employee signature: ______________________',
      ].flatMap((l) => (l.length > 90 ? paras(90, l) : [l])),
      32,
    );
  },
};

const trPartTimeContract: Template = {
  id: 'employment_contract.tr.kismi-sureli-toptanci-sozlesmesi',
  type: 'employment_contract',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Anadolu Groothandel B.V.',
      'Bereket Food Import B.V.',
      'Ege Bakkerij & Patisserie',
      'Öz Transport V.O.F.',
      'Marmara Slagerij B.V.',
    ]);
    const start = ahead(c, -3, 20);
    const hrs = rng.int(12, 28);
    return [
      [
        `${firm} - ${c.org.city}`,
        '',
        'KISMİ SÜRELİ İŞ SÖZLEŞMESİ',
        '(Deeltijd arbeidsovereenkomst - Türkçe nüsha)',
        '',
        `İşveren: ${firm}, yetkili: ${rng.pick(['Hüseyin Özdemir', 'Cemal Taşkın', 'Murat Erdoğan'])}`,
        `İşçi: ${c.p.name}`,
        ...ids(c, TR_LABELS, ': ', 'dot'),
        '',
        `Madde 1 - İşçi ${fmtDate(start, 'dot')} tarihinden itibaren ${rng.pick(['depo elemanı', 'satış elemanı', 'şoför yardımcısı', 'fırın yardımcısı'])} olarak çalışacaktır.`,
        `Madde 2 - Haftalık çalışma süresi ${hrs} saattir. Çalışma günleri her hafta işveren tarafından önceden bildirilir.`,
        `Madde 3 - Brüt saat ücreti ${money(rng.amount(14.06, 15.8))} EUR'dur. Ücret her ayın sonunda banka hesabına yatırılır.`,
        `Madde 4 - Sözleşme ${rng.pick(['6 (altı) ay', '1 (bir) yıl', 'belirsiz süre'])} için yapılmıştır. Deneme süresi 1 aydır.`,
        'Madde 5 - Yıllık izin ve tatil parası (%8) Hollanda kanunlarına göredir.',
        'Madde 6 - Hollandaca metin ile bu nüsha arasında fark olursa Hollandaca metin geçerlidir.',
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dot')}`,
        '',
        'İşveren imza/kaşe                      İşçi imza',
      ].flatMap((l) => (l.length > 86 ? paras(86, l) : [l])),
    ];
  },
};

// =============================================================================================
// UWV DECISIONS
// =============================================================================================

const uwvHeader = (c: Ctx, subject: string) => [
  'UWV',
  `Postbus ${c.rng.pick(['58285', '57100', '1000'])}`,
  '',
  ...addressFormal(c.p, c.rng),
  '',
  `Datum          ${fmtDate(c.date, 'long')}`,
  `Ons kenmerk    ${c.rng.letters(2)}${c.rng.digits(3)}-${c.rng.digits(8)}`,
  ...ids(c, { bsn: 'Burgerservicenummer', birth: 'Geboortedatum', client: 'Uw kenmerk gemeente' }, '  ').map((l) => l),
  `Onderwerp      ${subject}`,
  '',
];
/** The closing of a UWV letter: each letter its own wording on objecting, its own department. */
const uwvFooter = (c: Ctx, objection: string[], dept: string) => [
  '',
  ...objection,
  '',
  'Met vriendelijke groet,',
  dept,
  c.rng.pick(['M. Ottens', 'J. Smulders', 'R. Wolters', 'A. Zwart']),
];
const uwvGreeting = (c: Ctx) => `Geachte ${c.p.gender === 'f' ? 'mevrouw' : 'heer'} ${c.p.lastName},`;

const uwvWwBeschikking: Template = {
  id: 'uwv_decision.nl.ww-beschikking-hoogte-en-duur',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 5, 40);
    const months = rng.int(3, 24);
    const dagloon = rng.amount(65, 240);
    return paginate(
      [
        ...uwvHeader(c, 'Beschikking WW-uitkering'),
        uwvGreeting(c),
        '',
        ...paras(
          88,
          `U heeft een WW-uitkering aangevraagd. U krijgt vanaf ${fmtDate(start, 'long')} een WW-uitkering. In deze brief leest u hoe hoog de uitkering is en hoe lang u deze krijgt.`,
        ),
        '',
        'Hoogte',
        `  Dagloon                                  € ${money(dagloon)}`,
        `  De eerste 2 maanden 75% van het dagloon  € ${money(dagloon * 0.75)} per dag`,
        `  Daarna 70% van het dagloon               € ${money(dagloon * 0.7)} per dag`,
        '',
        'Duur',
        ...paras(
          88,
          `U heeft een arbeidsverleden van ${rng.int(1, 20)} jaar. Uw uitkering duurt daarom ${months} maanden en eindigt uiterlijk op ${fmtDate(addDays(start, months * 30), 'long')}. Is uw uitkering lager dan het sociaal minimum? Dan kunt u bij uw gemeente aanvullende bijstand aanvragen.`,
          'Heeft u inkomsten naast uw uitkering? Geef die dan elke maand door in het Inkomstenformulier. Wij verrekenen de inkomsten met uw uitkering.',
        ),
        ...uwvFooter(
          c,
          [
            'Niet eens met deze beschikking?',
            ...paras(
              88,
              'Maak dan bezwaar binnen 6 weken na de dagtekening van deze brief. Het snelst gaat dat via Mijn UWV op uwv.nl; u logt in met DigiD.',
            ),
          ],
          'UWV Uitkeren WW',
        ),
      ],
      40,
    );
  },
};

const uwvRecoveryDecision: Template = {
  id: 'uwv_decision.nl.besluit-terugvordering-teveel-ww',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = past(c, 120, 400);
    const to = addDays(from, rng.int(30, 120));
    const amount = rng.amount(180, 4800);
    const reason = rng.pick([
      'u inkomsten uit werk niet (volledig) heeft doorgegeven',
      'u tijdens uw uitkering in het buitenland verbleef zonder dat te melden',
      'u met terugwerkende kracht een ZW-uitkering heeft gekregen over dezelfde periode',
      'uw werkgever achteraf loon over de opzegtermijn heeft betaald',
    ]);
    return paginate(
      [
        ...uwvHeader(c, 'Besluit terugvordering WW'),
        uwvGreeting(c),
        '',
        ...paras(
          88,
          `Wij hebben besloten dat u € ${money(amount)} bruto aan WW-uitkering moet terugbetalen. U heeft over de periode ${fmtDate(from, 'dmy')} tot en met ${fmtDate(to, 'dmy')} te veel uitkering gekregen, omdat ${reason}.`,
          'Dit is een besluit. Over de manier van terugbetalen ontvangt u binnen enkele weken een aparte brief van onze afdeling Debiteuren. Daarin staat ook hoe u een betalingsregeling kunt aanvragen; betaal nu nog niets.',
          rng.chance(0.5) &&
            `Omdat u uw inlichtingenplicht niet bent nagekomen, ontvangt u daarnaast een ${rng.pick(['waarschuwing', 'boete'])}. Daarover krijgt u een apart besluit.`,
        ),
        '',
        'Berekening',
        row(['Uitkering betaald', `€ ${money(amount * 1.7)}`], [40, 14]),
        row(['Uitkering waar u recht op had', `€ ${money(amount * 0.7)}`], [40, 14]),
        row(['Te veel ontvangen (bruto)', `€ ${money(amount)}`], [40, 14]),
        '',
        ...paras(88, 'Wij baseren dit besluit op artikel 36 van de Werkloosheidswet.'),
        ...uwvFooter(
          c,
          [
            'Bezwaar',
            ...paras(
              88,
              'Vindt u dat wij ten onrechte terugvorderen, of klopt het bedrag niet? U kunt tot 6 weken na de datum van dit besluit schriftelijk bezwaar maken bij UWV. Een bezwaar schort de terugvordering niet op.',
            ),
          ],
          'UWV Handhaving',
        ),
      ],
      42,
    );
  },
};

const uwvWajongLetter: Template = {
  id: 'uwv_decision.nl.wajong-arbeidsvermogen-besluit',
  type: 'uwv_decision',
  lang: 'nl',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const outcome = rng.pick(['geen', 'wel', 'duurzaam geen']);
    return paginate(
      [
        ...uwvHeader(c, `Beslissing Wajong${rng.chance(0.5) ? ' - herbeoordeling' : ''}`),
        uwvGreeting(c),
        '',
        ...paras(
          88,
          `Wij hebben beoordeeld of u arbeidsvermogen heeft. Daarvoor heeft u op ${fmtDate(past(c, 20, 90), 'long')} gesproken met onze verzekeringsarts en een arbeidsdeskundige. Onze conclusie: u heeft ${outcome} arbeidsvermogen.`,
          outcome === 'wel'
            ? `Daarom heeft u geen recht (meer) op een Wajong-uitkering. Uw uitkering stopt op ${fmtDate(ahead(c, 30, 90), 'long')}. Wilt u hulp bij het vinden van werk? Dan kunt u terecht bij uw gemeente; u valt vanaf dan onder de Participatiewet.`
            : `U heeft daarom recht op een Wajong-uitkering van 75% van het wettelijk minimumloon. Dat is nu € ${money(rng.amount(1450, 1650))} bruto per maand. Wij betalen de uitkering rond de 23e van elke maand.`,
          rng.chance(0.5) &&
            'Het rapport van de verzekeringsarts en de arbeidsdeskundige sturen wij u mee. Wilt u dat iemand anders, zoals uw gemeente of uw jobcoach, deze beslissing ook krijgt? Geef dat dan aan ons door.',
        ),
        ...uwvFooter(
          c,
          [
            'Wat kunt u doen als u het niet eens bent?',
            ...paras(
              88,
              'U kunt ons binnen 6 weken na de datum van deze brief schriftelijk laten weten dat u het niet eens bent met de beoordeling van uw arbeidsvermogen. Heeft u medische informatie die wij nog niet kennen? Stuur die dan mee.',
            ),
          ],
          rng.pick(['UWV Sociaal Medische Zaken', 'UWV Wajong']),
        ),
      ],
      40,
    );
  },
};

// =============================================================================================
// OBJECTIONS
// =============================================================================================

const plObjectionEmail: Template = {
  id: 'objection.pl.email-sprzeciw-decyzja-gminy',
  type: 'objection',
  lang: 'pl',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const decided = past(c, 5, 40);
    const what = rng.pick([
      [
        'obniżenia zasiłku z powodu współlokatora (kostendelersnorm)',
        'Mój współlokator płaci mi czynsz, to nie jest wspólne gospodarstwo, mamy osobne lodówki i osobne umowy.',
      ],
      ['wstrzymania zasiłku (bijstand)', 'Dostarczyłem wszystkie wyciągi bankowe w terminie, mam potwierdzenie z wysyłki.'],
      [
        'kary (maatregel) za brak stawienia się na spotkaniu',
        'Byłem wtedy chory, mam zaświadczenie od huisarts, a list z terminem przyszedł za późno.',
      ],
      [
        'odmowy zwrotu kosztów (bijzondere bijstand) za okulary',
        'Okulary są mi potrzebne do pracy i do nauki języka, nie mam żadnych oszczędności.',
      ],
    ] as const);
    return [
      [
        `Od: ${c.p.name} <${mailName(c)}@wp.pl>`,
        `Do: bezwaar@${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl`,
        `Data: ${fmtDate(c.date, 'dot')} ${clock(c, 7, 23)}`,
        `Temat: ${rng.pick(['Bezwaar / sprzeciw', 'sprzeciw od decyzji', 'BEZWAAR tegen besluit'])} z dnia ${fmtDate(decided, 'dot')}`,
        '',
        'Szanowni Państwo,',
        '',
        ...paras(
          80,
          `niniejszym składam sprzeciw (bezwaar) od decyzji gminy z dnia ${fmtDate(decided, 'dot')} dotyczącej ${what[0]}.`,
          `Nie zgadzam się z tą decyzją. ${what[1]}`,
          one(
            rng,
            'Proszę o ponowne rozpatrzenie sprawy i o możliwość wyjaśnienia ustnie (hoorzitting), najlepiej z tłumaczem.',
            'Proszę o cofnięcie decyzji. Dokumenty wyślę w osobnym mailu.',
            'Jeśli trzeba, mogę przyjść osobiście.',
          ),
        ),
        '',
        ...ids(c, PL_LABELS),
        '',
        'Z poważaniem,',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      ].map((l) => (rng.chance(0.08) ? l.replace(/ą/g, 'a').replace(/ę/g, 'e') : l)),
    ];
  },
};

const nlLawyerRecoveryObjection: Template = {
  id: 'objection.nl.advocaat-bezwaar-terugvordering-bijstand',
  type: 'objection',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const lawyer = rng.pick(LAWYERS);
    const decided = past(c, 10, 42);
    const amount = rng.amount(1200, 24000);
    const ground = rng.pick([
      'Cliënt heeft de inkomsten van de partner niet verzwegen; de gemeente was via de Inlichtingenbureau-koppeling al maanden op de hoogte.',
      'De gemeente gaat ten onrechte uit van een gezamenlijke huishouding. De enkele inschrijving op hetzelfde adres is daarvoor onvoldoende; van wederzijdse zorg is geen sprake.',
      'De giften van familie betroffen incidentele bijdragen voor boodschappen en vallen onder de vrijlating van artikel 31 lid 2 onder m Participatiewet.',
      'De vermogenstoets is onjuist: het saldo op de rekening betrof een voorschot van de werkgever dat binnen dezelfde maand is terugbetaald.',
    ]);
    return paginate(
      [
        lawyer,
        `Postbus ${rng.int(100, 9999)}`,
        '',
        `${c.org.name}`,
        't.a.v. het college van burgemeester en wethouders / afdeling Bezwaar',
        `${c.org.postbus}`,
        '',
        `Datum: ${fmtDate(c.date, 'long')}`,
        `Onze ref.: ${rng.digits(4)}/${c.p.lastName.slice(0, 4).toUpperCase()}`,
        `Betreft: bezwaar besluit terugvordering d.d. ${fmtDate(decided, 'long')} - cliënt ${c.p.name}`,
        ...ids(c, NL_LABELS),
        '',
        'Geacht college,',
        '',
        ...paras(
          88,
          `Namens ${he(c, 'de heer', 'mevrouw')} ${c.p.name}, die mij daartoe heeft gemachtigd, maak ik hierbij bezwaar tegen uw besluit van ${fmtDate(decided, 'long')}, waarbij u de bijstand over de periode ${fmtDate(past(c, 400, 700), 'dmy')} tot en met ${fmtDate(past(c, 60, 200), 'dmy')} hebt herzien en een bedrag van € ${money(amount)} van cliënt terugvordert.`,
          `Gronden. ${ground.replace(/^Cliënt/, he(c, 'Cliënt', 'Cliënte'))}`,
          'Daarnaast heeft u ten onrechte geen gebruik gemaakt van uw bevoegdheid om van (volledige) terugvordering af te zien. Cliënt heeft geen aflossingscapaciteit en er zijn dringende redenen als bedoeld in artikel 58 lid 8 Participatiewet.',
          'Ik verzoek u het besluit te herroepen, cliënt te horen en de kosten van rechtsbijstand te vergoeden conform het Besluit proceskosten bestuursrecht. Tevens verzoek ik u de invordering op te schorten tot op het bezwaar is beslist.',
          rng.chance(0.5) && 'Een afschrift van het bestreden besluit en de machtiging treft u bijgaand aan.',
        ),
        '',
        'Hoogachtend,',
        '',
        rng.pick(['mr. S. Greveling', 'mr. K. Boersma', 'mr. D. Koopman', 'mr. F. Scholten']),
        'advocaat',
      ],
      42,
    );
  },
};

// ---------------------------------------------------------------------------------------------

export const paperLinesTemplates: Template[] = [
  trHealthBoard,
  trDisabilityReport,
  ukPsychologistSessions,
  ukHospitalDischarge,
  arIraqMedicalCity,
  maCertificatBilingue,
  nlGgzLetter,
  nlPhysioCard,
  trNufusCopy,
  arSyrianPassportPage,
  ukIdCardSticker,
  nlEuFamilyResidence,
  nlIdCardKopie,
  iqCivilIdSworn,
  trMotherSurgeryIzmir,
  enGhanaFuneral,
  trMuhtarReturn,
  maFamilyVisitEmail,
  nlMeldingVerblijf,
  plChristmasNote,
  arHandwrittenWorkAgreement,
  plAgencyPortalContract,
  nlZeroHours,
  enHotelFixedTerm,
  trPartTimeContract,
  uwvWwBeschikking,
  uwvRecoveryDecision,
  uwvWajongLetter,
  plObjectionEmail,
  nlLawyerRecoveryObjection,
];
