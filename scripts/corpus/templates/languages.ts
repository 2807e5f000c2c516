import type { DocumentTypeId } from '../../../shared/domain/document-types.ts';
import type { Ctx, Lang, PageStyle, Template } from '../template.ts';
import { address, birthLine, bsnLine, clientLine, fmtDate, money, paras } from '../template.ts';

/**
 * Documents clients write (or are sent) in English, Turkish, Polish, Ukrainian and Arabic, for the
 * types that come in those languages most: applications, objections, change notices, medical
 * statements and debt letters (and English for the types that had no English layout). Letters to
 * the municipality keep its Dutch address and the BSN and client-number labels people copy from
 * their letters; the rest is in the writer's language. Each (type, language, layout) is a template
 * group of its own, so the evaluation split holds out some of each.
 */

type Foreign = Exclude<Lang, 'nl'>;

interface LetterSpec {
  /** Title or subject lines (one is picked). */
  titles: string[];
  /** Sentence pools: one sentence of each pool, in order (a pool may be skipped when `optional`). */
  body: string[][];
  /** Pools that may be left out. */
  optional?: number[];
}

const GREETING: Record<Foreign, string[]> = {
  en: ['Dear Sir or Madam,', 'Dear Sir/Madam,', 'To whom it may concern,'],
  tr: ['Sayın yetkili,', 'Sayın Belediye,', 'Sayın ilgili,'],
  pl: ['Szanowni Państwo,', 'Szanowny Panie, Szanowna Pani,'],
  uk: ['Шановні пані та панове!', 'Шановні працівники муніципалітету!'],
  ar: ['السادة المحترمون،', 'السيد / السيدة المحترم،', 'إلى من يهمه الأمر،'],
};
const SIGNOFF: Record<Foreign, string[]> = {
  en: ['Kind regards,', 'Yours faithfully,', 'Yours sincerely,'],
  tr: ['Saygılarımla,', 'Saygılarımla'],
  pl: ['Z poważaniem,', 'Z wyrazami szacunku,'],
  uk: ['З повагою,', 'З повагою'],
  ar: ['مع خالص التحية،', 'مع التحية والتقدير،'],
};
const SUBJECT: Record<Foreign, string> = { en: 'Subject', tr: 'Konu', pl: 'Dotyczy', uk: 'Тема', ar: 'الموضوع' };
const PLACE_DATE: Record<Foreign, string> = { en: 'Date', tr: 'Tarih', pl: 'Data', uk: 'Дата', ar: 'التاريخ' };

/** A letter from the client to the municipality. */
function letter(
  id: string,
  type: DocumentTypeId,
  lang: Foreign,
  spec: LetterSpec,
  style: PageStyle = 'handwritten',
  weight = 0.5,
): Template {
  return {
    id: `${type}.${lang}.${id}`,
    type,
    lang,
    style,
    weight,
    supports: ['bsn', 'client-number', 'name-birthdate'],
    render(c: Ctx) {
      const { rng } = c;
      const title = rng.pick(spec.titles);
      const sentences = spec.body.flatMap((pool, i) => (spec.optional?.includes(i) && rng.chance(0.4) ? [] : [rng.pick(pool)]));
      const split = rng.int(1, Math.max(1, sentences.length - 1));
      const lines = [
        ...address(c.p),
        '',
        c.org.name,
        rng.pick(['Afdeling Werk en Inkomen', 'Werk & Inkomen', 'Sociale Zaken']),
        c.org.postbus,
        '',
        `${c.org.city}, ${fmtDate(c.date, rng.pick(['dmy', 'dot', 'slash'] as const))}`,
        ...(rng.chance(0.5) ? [`${SUBJECT[lang]}: ${title}`] : [title]),
        ...bsnLine(c, 'en'),
        ...clientLine(c, 'en'),
        ...birthLine(c, 'en'),
        '',
        rng.pick(GREETING[lang]),
        '',
        ...paras(rng.int(70, 90), sentences.slice(0, split).join(' '), sentences.slice(split).join(' ')),
        '',
        rng.pick(SIGNOFF[lang]),
        '',
        c.p.name,
      ];
      return [lines];
    },
  };
}

/** A form: a title, labelled fields and a few lines of free text. */
function form(
  id: string,
  type: DocumentTypeId,
  lang: Foreign,
  spec: { titles: string[]; fields: (c: Ctx) => string[]; free: string[]; sign: string },
  weight = 0.5,
): Template {
  return {
    id: `${type}.${lang}.${id}`,
    type,
    lang,
    style: 'form',
    weight,
    supports: ['bsn', 'client-number', 'name-birthdate'],
    render(c: Ctx) {
      const { rng } = c;
      return [
        [
          c.org.name.toUpperCase(),
          rng.pick(spec.titles),
          '',
          ...spec.fields(c),
          ...bsnLine(c, 'en'),
          ...clientLine(c, 'en'),
          ...birthLine(c, 'en'),
          '',
          ...paras(80, rng.pick(spec.free)),
          '',
          `${PLACE_DATE[lang]}: ${fmtDate(c.date, 'dmy')}      ${spec.sign}: ${c.p.name}`,
        ],
      ];
    },
  };
}

/** A letter a creditor or collection agency sends the client. */
function creditorLetter(
  id: string,
  lang: Foreign,
  spec: { senders: string[]; titles: string[]; body: ((amount: string, due: string) => string)[] },
  weight = 0.4,
): Template {
  return {
    id: `debt_notice.${lang}.${id}`,
    type: 'debt_notice',
    lang,
    style: 'printed',
    weight,
    // A creditor does not know the municipality's client number.
    supports: ['bsn', 'name-birthdate'],
    render(c: Ctx) {
      const { rng } = c;
      const amount = money(rng.int(80, 4200) + rng.int(0, 99) / 100, { euro: true });
      const due = fmtDate(new Date(c.date.getTime() + rng.int(7, 21) * 86_400_000), 'dmy');
      return [
        [
          rng.pick(spec.senders),
          '',
          ...address(c.p),
          '',
          `${PLACE_DATE[lang]}: ${fmtDate(c.date, 'dmy')}`,
          rng.pick(spec.titles),
          ...bsnLine(c, 'en'),
          ...birthLine(c, 'en'),
          '',
          rng.pick(GREETING[lang]),
          '',
          ...paras(84, ...spec.body.map((b) => b(amount, due))),
          '',
          rng.pick(SIGNOFF[lang]),
        ],
      ];
    },
  };
}

/** A doctor's statement about the client. */
function medical(
  id: string,
  lang: Foreign,
  spec: { heads: string[]; titles: string[]; body: ((name: string, doctor: string) => string)[] },
  weight = 0.4,
): Template {
  return {
    id: `medical_statement.${lang}.${id}`,
    type: 'medical_statement',
    lang,
    style: 'printed',
    weight,
    supports: ['bsn', 'name-birthdate'],
    render(c: Ctx) {
      const { rng } = c;
      const doctor = `${rng.pick(['dr.', 'Dr', 'dr'])} ${c.r.lastName}`;
      return [
        [
          rng.pick(spec.heads),
          '',
          rng.pick(spec.titles),
          '',
          c.p.name,
          ...birthLine(c, 'en'),
          ...bsnLine(c, 'en'),
          '',
          ...paras(84, ...spec.body.map((b) => b(c.p.name, doctor))),
          '',
          `${PLACE_DATE[lang]}: ${fmtDate(c.date, 'dot')}`,
          doctor,
        ],
      ];
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Applications

const applications: Template[] = [
  letter('letter', 'benefit_application', 'en', {
    titles: [
      'Application for income support',
      'Application for social assistance',
      'Request for a benefit',
      'Re: application for assistance',
    ],
    body: [
      [
        'I would like to apply for income support.',
        'With this letter I apply for social assistance under the Participation Act.',
        'I am writing to apply for a benefit because I can no longer support myself.',
      ],
      [
        'My employment contract ended last month and I have no income since then.',
        'I lost my job and my savings are almost gone.',
        'My partner left and I now have no money for rent and living expenses.',
        'I recently came to live in this municipality and I have no income.',
      ],
      ['I have two children living with me.', 'I live alone.', 'I rent a room and I pay the rent myself.'],
      [
        'Could you please let me know which documents you need from me?',
        'I enclose my bank statements of the last three months and a copy of my ID.',
        'Please contact me for an intake appointment.',
      ],
    ],
    optional: [2],
  }),
  form('form', 'benefit_application', 'en', {
    titles: ['APPLICATION FORM – SOCIAL ASSISTANCE (PARTICIPATION ACT)', 'Application for income support', 'Benefit application form'],
    fields: (c) => [
      `Surname: ${c.p.lastName}     First names: ${c.p.firstName}`,
      `Address: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
      `Requested start date: ${fmtDate(c.date, 'dmy')}`,
      `Income at this moment: ${c.rng.pick(['none', 'no income', '€ 0,00'])}`,
      `Living situation: ${c.rng.pick(['alone', 'with partner', 'with children', 'room in shared house'])}`,
    ],
    free: [
      'Reason for the application: my contract ended and I have no other income.',
      'Reason for the application: I was self-employed and my business stopped.',
      'Reason: I am waiting for my unemployment benefit and have nothing to live on.',
    ],
    sign: 'Signature applicant',
  }),
  letter('letter', 'benefit_application', 'tr', {
    titles: ['Sosyal yardım başvurusu', 'Başvuru: sosyal yardım', 'Yardım başvurusu'],
    body: [
      ['Sosyal yardım almak için başvuruda bulunmak istiyorum.', 'Bu mektupla geçim yardımı için başvurmak istiyorum.'],
      [
        'İşimi kaybettim ve şu anda hiçbir gelirim yok.',
        'Sözleşmem geçen ay bitti, o zamandan beri gelirim yok.',
        'Eşimden ayrıldım ve kira ödeyecek param yok.',
      ],
      ['İki çocuğumla birlikte yaşıyorum.', 'Yalnız yaşıyorum.'],
      ['Hangi belgeleri göndermem gerektiğini bildirir misiniz?', 'Banka dökümlerimi ve kimliğimin fotokopisini ekte gönderiyorum.'],
    ],
    optional: [2],
  }),
  letter('letter', 'benefit_application', 'pl', {
    titles: ['Wniosek o zasiłek', 'Wniosek o pomoc społeczną', 'Dotyczy: wniosek o świadczenie'],
    body: [
      ['Niniejszym składam wniosek o zasiłek z pomocy społecznej.', 'Chciałbym złożyć wniosek o pomoc finansową na utrzymanie.'],
      [
        'Straciłem pracę i nie mam żadnych dochodów.',
        'Moja umowa o pracę skończyła się w zeszłym miesiącu i od tego czasu nie mam dochodu.',
        'Rozstałam się z partnerem i nie mam pieniędzy na czynsz.',
      ],
      ['Mieszkam sam.', 'Mieszkam z dwojgiem dzieci.'],
      ['Proszę o informację, jakie dokumenty mam dostarczyć.', 'W załączeniu przesyłam wyciągi z konta i kopię dowodu osobistego.'],
    ],
    optional: [2],
  }),
  letter('letter', 'benefit_application', 'uk', {
    titles: ['Заява на отримання соціальної допомоги', 'Заява про призначення допомоги', 'Заява'],
    body: [
      ['Прошу призначити мені соціальну допомогу.', 'Цією заявою я прошу надати мені допомогу на проживання.'],
      [
        'Я втратила роботу і не маю доходу.',
        'Мій контракт закінчився минулого місяця, відтоді я не маю жодного доходу.',
        'Я приїхав з України і зараз не маю роботи.',
      ],
      ['Я живу з двома дітьми.', 'Я живу сам.'],
      ['Повідомте, будь ласка, які документи потрібні.', 'Додаю виписки з банку та копію документа.'],
    ],
    optional: [2],
  }),
  letter('letter', 'benefit_application', 'ar', {
    titles: ['طلب مساعدة اجتماعية', 'طلب إعانة', 'الموضوع: طلب مساعدة'],
    body: [
      ['أتقدم بطلب للحصول على المساعدة الاجتماعية.', 'أود أن أقدم طلبا للحصول على إعانة لتغطية تكاليف المعيشة.'],
      ['فقدت عملي وليس لدي دخل الآن.', 'انتهى عقد عملي الشهر الماضي ومنذ ذلك الحين بدون دخل.', 'انفصلت عن زوجي وليس لدي مال لدفع الإيجار.'],
      ['أعيش مع أطفالي الثلاثة.', 'أعيش وحدي.'],
      ['أرجو إبلاغي بالوثائق المطلوبة.', 'أرفق كشوف الحساب البنكي ونسخة من بطاقة الهوية.'],
    ],
    optional: [2],
  }),
];

// ---------------------------------------------------------------------------------------------
// Objections

const objections: Template[] = [
  letter('letter', 'objection', 'en', {
    titles: ['Objection', 'Notice of objection', 'Objection against your decision', 'Re: objection to decision'],
    body: [
      [
        'I hereby object to your decision of last month about my benefit.',
        'I would like to lodge an objection against the decision on my benefit.',
        'I do not agree with your decision to stop my benefit and I object to it.',
      ],
      [
        'The grounds for my objection are that I did report my income on time.',
        'You say I did not hand in my bank statements, but I delivered them at the desk.',
        'The amount you want to recover is too high, because my partner does not live with me.',
      ],
      ['I ask you to revoke the decision.', 'Please reconsider the decision and restore my benefit.'],
      ['I would like to be heard.', 'I enclose a copy of the contested decision.'],
    ],
    optional: [3],
  }),
  letter('letter', 'objection', 'tr', {
    titles: ['İtiraz', 'İtiraz dilekçesi', 'Konu: karara itiraz'],
    body: [
      ['Yardımımla ilgili kararınıza itiraz ediyorum.', 'Bu mektupla verdiğiniz karara itiraz etmek istiyorum.'],
      ['Kararınızı kabul etmiyorum çünkü gelirimi zamanında bildirdim.', 'Banka dökümlerimi teslim ettim, bu yüzden karara katılmıyorum.'],
      ['Kararın geri alınmasını rica ediyorum.', 'Kararı yeniden değerlendirmenizi istiyorum.'],
    ],
  }),
  letter('letter', 'objection', 'pl', {
    titles: ['Odwołanie', 'Odwołanie od decyzji', 'Sprzeciw wobec decyzji'],
    body: [
      ['Niniejszym składam odwołanie od decyzji w sprawie mojego zasiłku.', 'Wnoszę sprzeciw wobec Państwa decyzji z zeszłego miesiąca.'],
      ['Nie zgadzam się z decyzją, ponieważ zgłosiłem dochody na czas.', 'Uzasadnienie: dostarczyłam wyciągi z konta w terminie.'],
      ['Proszę o ponowne rozpatrzenie sprawy i uchylenie decyzji.', 'Proszę o zmianę decyzji.'],
    ],
  }),
  letter('letter', 'objection', 'uk', {
    titles: ['Заперечення', 'Заперечення проти рішення', 'Оскарження рішення'],
    body: [
      ['Я подаю заперечення проти вашого рішення щодо моєї допомоги.', 'Цим листом я оскаржую рішення від минулого місяця.'],
      ['Я не погоджуюся з рішенням, тому що вчасно повідомила про свій дохід.', 'Я не згоден, бо я здав виписки з банку вчасно.'],
      ['Прошу переглянути рішення.', 'Прошу скасувати це рішення.'],
    ],
  }),
  letter('letter', 'objection', 'ar', {
    titles: ['اعتراض', 'اعتراض على قرار', 'الموضوع: اعتراض'],
    body: [
      ['أعترض على قراركم بشأن الإعانة الخاصة بي.', 'أتقدم باعتراض على القرار الصادر الشهر الماضي.'],
      ['لا أوافق على القرار لأنني أبلغت عن دخلي في الوقت المحدد.', 'لقد سلمت كشوف الحساب في الموعد، لذلك القرار غير صحيح.'],
      ['أرجو إعادة النظر في القرار.', 'أطلب إلغاء القرار.'],
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Change notices

const changeForms: Template[] = [
  letter('letter', 'change_form', 'en', {
    titles: ['Change of circumstances', 'Notification of change', 'Change of address', 'Report of changes'],
    body: [
      ['I would like to inform you of a change in my situation.', 'With this letter I report a change of circumstances.'],
      [
        'I moved to a new address on the first of this month.',
        'My partner moved in with me, we are now living together.',
        'I started a part-time job and my income has changed.',
        'My son moved out of the house.',
      ],
      ['My new address is written above.', 'I enclose my first payslip.', 'Please adjust my benefit.'],
    ],
  }),
  letter('letter', 'change_form', 'tr', {
    titles: ['Değişiklik bildirimi', 'Adres değişikliği', 'Konu: durumumda değişiklik'],
    body: [
      ['Durumumda bir değişiklik olduğunu bildirmek istiyorum.', 'Bu mektupla bir değişikliği bildiriyorum.'],
      ['Ayın birinde yeni adrese taşındım.', 'Eşim yanıma taşındı, birlikte yaşıyoruz.', 'Yarı zamanlı bir işe başladım, gelirim değişti.'],
      ['Yeni adresim yukarıda yazılı.', 'Yardımımın buna göre ayarlanmasını rica ederim.'],
    ],
  }),
  letter('letter', 'change_form', 'pl', {
    titles: ['Zgłoszenie zmiany', 'Zmiana adresu', 'Zgłoszenie zmian w sytuacji'],
    body: [
      ['Chciałbym zgłosić zmianę w mojej sytuacji.', 'Niniejszym informuję o zmianie.'],
      ['Przeprowadziłem się pod nowy adres.', 'Mój partner zamieszkał ze mną.', 'Zaczęłam pracę na pół etatu i mój dochód się zmienił.'],
      ['Nowy adres podaję powyżej.', 'Proszę o dostosowanie zasiłku.'],
    ],
  }),
  letter('letter', 'change_form', 'uk', {
    titles: ['Повідомлення про зміни', 'Зміна адреси', 'Повідомлення про зміну обставин'],
    body: [
      ['Повідомляю про зміну в моїй ситуації.', 'Цим листом повідомляю про зміни.'],
      [
        'Я переїхала на нову адресу.',
        'Мій партнер переїхав до мене, ми живемо разом.',
        'Я почав працювати неповний день, мій дохід змінився.',
      ],
      ['Нова адреса вказана вище.', 'Прошу врахувати ці зміни.'],
    ],
  }),
  letter('letter', 'change_form', 'ar', {
    titles: ['إشعار بتغيير', 'تغيير العنوان', 'الموضوع: تغيير في وضعي'],
    body: [
      ['أود إبلاغكم بتغيير في وضعي.', 'أبلغكم بهذه الرسالة عن تغيير.'],
      ['انتقلت إلى عنوان جديد في بداية الشهر.', 'انتقل زوجي للعيش معي.', 'بدأت عملا بدوام جزئي وتغير دخلي.'],
      ['العنوان الجديد مكتوب أعلاه.', 'أرجو تعديل الإعانة.'],
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Medical statements

const medicals: Template[] = [
  medical('doctor', 'en', {
    heads: ['City Medical Centre', 'General Practice De Linde', 'St. Mary Hospital – Outpatient Clinic'],
    titles: ['MEDICAL STATEMENT', 'Medical certificate', "Doctor's statement"],
    body: [
      (name) => `This is to certify that ${name} is under treatment at our practice.`,
      () => 'Because of a medical condition the patient is not able to work for the coming three months.',
      (_, doctor) => `Diagnosis and treatment details are confidential. For questions contact ${doctor}.`,
    ],
  }),
  medical('doctor', 'tr', {
    heads: ['Aile Sağlığı Merkezi', 'Devlet Hastanesi', 'Özel Poliklinik'],
    titles: ['DOKTOR RAPORU', 'Sağlık raporu', 'Tıbbi rapor'],
    body: [
      (name) => `${name} hastanemizde tedavi görmektedir.`,
      () => 'Muayene ve teşhis sonucunda hastanın üç ay boyunca çalışamaz durumda olduğu tespit edilmiştir.',
      (_, doctor) => `Aile hekimi: ${doctor}.`,
    ],
  }),
  medical('doctor', 'pl', {
    heads: ['Przychodnia Rejonowa', 'Szpital Miejski', 'Gabinet lekarski'],
    titles: ['ZAŚWIADCZENIE LEKARSKIE', 'Zaświadczenie lekarskie o stanie zdrowia'],
    body: [
      (name) => `Zaświadcza się, że pacjent ${name} pozostaje pod opieką lekarza i jest w trakcie leczenia.`,
      () => 'Z powodu choroby pacjent jest niezdolny do pracy przez okres trzech miesięcy.',
      (_, doctor) => `Rozpoznanie do wiadomości lekarza prowadzącego, ${doctor}.`,
    ],
  }),
  medical('doctor', 'uk', {
    heads: ['Міська лікарня № 3', 'Центр первинної медичної допомоги', 'Поліклініка'],
    titles: ['МЕДИЧНА ДОВІДКА', 'Довідка лікаря'],
    body: [
      (name) => `Видана ${name} про те, що пацієнт перебуває на лікуванні.`,
      () => 'За станом здоров’я пацієнт непрацездатний протягом трьох місяців.',
      (_, doctor) => `Діагноз відомий лікарю. Лікар: ${doctor}.`,
    ],
  }),
  medical('doctor', 'ar', {
    heads: ['مستشفى المدينة', 'عيادة الطبيب العام', 'المركز الطبي'],
    titles: ['تقرير طبي', 'شهادة طبية'],
    body: [
      (name) => `نشهد بأن المريض ${name} يتلقى العلاج في عيادتنا.`,
      () => 'بناء على التشخيص فإن المريض غير قادر على العمل لمدة ثلاثة أشهر.',
      (_, doctor) => `الطبيب المعالج: ${doctor}.`,
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// Debt letters

const debts: Template[] = [
  creditorLetter('reminder', 'en', {
    senders: ['Credit Collect Ltd.', 'Eurocollect Services', 'Northern Energy – Accounts Department'],
    titles: ['PAYMENT REMINDER', 'Final reminder', 'Notice of default – outstanding amount'],
    body: [
      (amount) => `According to our records the amount of ${amount} is still outstanding.`,
      (_, due) => `Please pay the amount due before ${due}. If you do not pay, collection costs and interest will be added.`,
      () => 'If you have debts you cannot pay, contact us for a payment arrangement or ask your municipality for debt assistance.',
    ],
  }),
  creditorLetter('reminder', 'tr', {
    senders: ['Tahsilat Hizmetleri A.Ş.', 'İcra ve Tahsilat Bürosu'],
    titles: ['ÖDEME HATIRLATMASI', 'İhtarname'],
    body: [
      (amount) => `Kayıtlarımıza göre ${amount} tutarında ödenmemiş borcunuz bulunmaktadır.`,
      (_, due) => `Lütfen borcu ${due} tarihine kadar ödeyiniz. Aksi halde gecikme faizi ve icra masrafları eklenecektir.`,
    ],
  }),
  creditorLetter('reminder', 'pl', {
    senders: ['Kancelaria Windykacyjna', 'Windykacja Polska Sp. z o.o.'],
    titles: ['WEZWANIE DO ZAPŁATY', 'Przypomnienie o płatności'],
    body: [
      (amount) => `Informujemy, że Państwa zadłużenie wynosi ${amount} i pozostaje nieuregulowane.`,
      (_, due) => `Prosimy o zapłatę należności do dnia ${due}. W przeciwnym razie naliczymy odsetki, a sprawa trafi do komornika.`,
    ],
  }),
  creditorLetter('reminder', 'uk', {
    senders: ['Колекторська компанія «Фінанс»', 'ТОВ «Стягнення боргів»'],
    titles: ['НАГАДУВАННЯ ПРО ОПЛАТУ', 'Вимога про оплату'],
    body: [
      (amount) => `Ваша заборгованість становить ${amount} і досі не сплачена.`,
      (_, due) => `Просимо сплатити борг до ${due}. Інакше буде розпочато стягнення через виконавця.`,
    ],
  }),
  creditorLetter('reminder', 'ar', {
    senders: ['شركة التحصيل', 'مكتب تحصيل الديون'],
    titles: ['تذكير بالدفع', 'إنذار بالدفع'],
    body: [
      (amount) => `نذكركم بأن المبلغ المستحق ${amount} لم يتم دفعه بعد.`,
      (_, due) => `يرجى دفع الدين قبل ${due}، وإلا ستضاف تكاليف التحصيل والمتأخرات.`,
    ],
  }),
];

// ---------------------------------------------------------------------------------------------
// English for the types that had no English layout

const english: Template[] = [
  {
    id: 'court_document.en.judgment',
    type: 'court_document',
    lang: 'en',
    style: 'printed',
    weight: 0.3,
    supports: ['bsn', 'name-birthdate'],
    render(c) {
      const { rng } = c;
      return [
        [
          'DISTRICT COURT OF THE NETHERLANDS (unofficial translation)',
          `Case number: SHE ${rng.int(24, 26)}/${rng.digits(4)}`,
          'JUDGMENT',
          '',
          `in the case between ${c.p.name}, claimant,`,
          ...bsnLine(c, 'en'),
          ...birthLine(c, 'en'),
          `and the Board of Mayor and Aldermen of ${c.org.city}, defendant.`,
          '',
          ...paras(
            84,
            'Procedure: the court received the notice of appeal. The hearing took place in public.',
            rng.pick([
              'Ruling: the court declares the appeal well-founded and annuls the contested decision. The defendant must pay the court fee.',
              'Ruling: the court declares the appeal unfounded.',
            ]),
          ),
          '',
          `Judge: ${c.r.name}     Registrar of the court`,
        ],
      ];
    },
  },
  {
    id: 'uwv_decision.en.decision',
    type: 'uwv_decision',
    lang: 'en',
    style: 'printed',
    weight: 0.3,
    supports: ['bsn'],
    render(c) {
      const { rng } = c;
      return [
        [
          'UWV – Employee Insurance Agency',
          ...address(c.p),
          ...bsnLine(c, 'en'),
          `Date: ${fmtDate(c.date, 'en')}`,
          rng.pick(['Decision on your unemployment benefit (WW)', 'Decision on your sickness benefit', 'Your WIA disability benefit']),
          '',
          ...paras(
            84,
            `We have decided on your benefit. Your daily wage is ${money(rng.int(60, 180) + 0.37, { euro: true })}.`,
            'If you do not agree with this decision, you can object within 6 weeks. See werk.nl or Mijn UWV.',
          ),
        ],
      ];
    },
  },
  {
    id: 'tax_document.en.assessment',
    type: 'tax_document',
    lang: 'en',
    style: 'printed',
    weight: 0.3,
    supports: ['bsn'],
    render(c) {
      const { rng } = c;
      return [
        [
          'Belastingdienst / Tax and Customs Administration',
          ...address(c.p),
          ...bsnLine(c, 'en'),
          rng.pick(['Provisional assessment income tax', 'Healthcare allowance: provisional calculation', 'Rent allowance decision']),
          '',
          ...paras(
            84,
            `Amount: ${money(rng.int(20, 3000), { euro: true })} per year. This assessment is based on your estimated income (assessment income).`,
            'Pass on changes in your income to the tax authorities.',
          ),
        ],
      ];
    },
  },
  {
    id: 'bank_statement.en.statement',
    type: 'bank_statement',
    lang: 'en',
    style: 'printed',
    weight: 0.3,
    supports: ['name-birthdate'],
    render(c) {
      const { rng } = c;
      const rows = Array.from(
        { length: rng.int(5, 12) },
        (_, i) =>
          `${fmtDate(new Date(c.date.getTime() + i * 86_400_000 * 2), 'dmy')}  ${rng.pick(['Card payment Albert Heijn', 'Direct debit Vitens', 'Transfer from employer', 'ATM withdrawal', 'Direct debit rent'])}  ${money(rng.int(5, 900) + 0.5)}`,
      );
      return [
        [
          'ACCOUNT STATEMENT',
          c.p.name,
          ...birthLine(c, 'en'),
          `Account number: ${c.p.iban}`,
          `Statement period: ${fmtDate(c.date, 'dmy')} – ${fmtDate(new Date(c.date.getTime() + 30 * 86_400_000), 'dmy')}`,
          `Opening balance: ${money(rng.int(0, 2000))}`,
          'Date        Description        Amount',
          ...rows,
          `Closing balance: ${money(rng.int(0, 2000))}`,
        ],
      ];
    },
  },
];

export const otherLanguageTemplates: Template[] = [...applications, ...objections, ...changeForms, ...medicals, ...debts, ...english];
