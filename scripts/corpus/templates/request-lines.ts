import { EMPLOYERS, JOB_TITLES, JOB_TITLES_EN, OTHER_CITIES, STAFFING } from '../pools.ts';
import type { Ctx, DateStyle, IdLabels, Template } from '../template.ts';
import {
  addDays,
  ahead,
  clock,
  fmtDate,
  fmtIso,
  he,
  idLine,
  ids,
  kenmerk,
  maybe,
  money,
  moneyEn,
  one,
  paginate,
  paras,
  past,
  row,
  sloppy,
} from '../template.ts';

/**
 * Request lines: documents on the borders between an application for support (benefit_application),
 * a change reported in a letter or chat instead of on the form (change_form), proof of applying for
 * work (job_application_proof) and requests to the municipality that are not applications for support
 * at all (other: AVG/GDPR requests about personal data, parking permits, a disabled parking card, WMO
 * household help, a birth certificate copy, the municipality's own receipt of an objection handed back).
 * Each template is its own group with its own wording; client evidence comes only through `c.show`.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const idsInline = (c: Ctx, l: IdLabels, joint = ' - ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });
const townMail = (c: Ctx) => c.org.city.toLowerCase().replace(/[^a-z]/g, '');
const mailName = (c: Ctx) => `${c.p.firstName.toLowerCase().replace(/[^a-z]/g, '')}.${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}`;

const NL: IdLabels = {
  bsn: ['BSN', 'Burgerservicenummer', 'BSN-nummer', 'bsn'],
  client: ['Klantnummer', 'Klantnr.', 'Dossiernummer'],
  birth: ['Geboortedatum', 'Geb. datum', 'geboren op'],
};
const EN: IdLabels = {
  bsn: ['BSN', 'Citizen service number (BSN)', 'BSN number', 'Burgerservicenummer'],
  client: ['Client number', 'Klantnummer', 'Your reference'],
  birth: ['Date of birth', 'DOB', 'Born'],
};
const PL: IdLabels = {
  bsn: ['BSN', 'numer BSN', 'Numer BSN (burgerservicenummer)', 'BSN nr'],
  client: ['Numer klienta', 'Klantnummer', 'nr klienta (klantnummer)'],
  birth: ['Data urodzenia', 'ur.', 'Geboortedatum'],
};
const UK: IdLabels = {
  bsn: ['BSN', 'Номер BSN', 'BSN (burgerservicenummer)', 'номер BSN'],
  client: ['Номер клієнта', 'Klantnummer', 'номер справи (klantnummer)'],
  birth: ['Дата народження', 'Дата нар.', 'Geboortedatum'],
};
const TR: IdLabels = {
  bsn: ['BSN', 'BSN numarası', 'BSN no'],
  client: ['Klantnummer', 'Dosya no', 'Müşteri no'],
  birth: ['Doğum tarihi', 'D. tarihi', 'Geboortedatum'],
};
const AR: IdLabels = {
  bsn: ['رقم BSN', 'BSN', 'الرقم الشخصي BSN'],
  client: ['رقم الملف', 'Klantnummer', 'رقم الملف (klantnummer)'],
  birth: ['تاريخ الميلاد', 'Geboortedatum', 'مواليد'],
};

// =============================================================================================
// benefit_application
// =============================================================================================

const enScribbledRequest: Template = {
  id: 'benefit_application.en.scribbled-note-no-income',
  type: 'benefit_application',
  lang: 'en',
  style: 'handwritten',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const weeks = rng.int(2, 9);
    return [
      [
        rng.pick(['To the gemeente, social department', 'To whom it may concern at Werk en Inkomen', 'For the municipality - income help']),
        '',
        ...paras(
          58,
          one(
            rng,
            `My name is ${c.p.name}. I have no money coming in since ${weeks} weeks. My contract at the ${rng.pick(['warehouse', 'greenhouse', 'hotel kitchen', 'factory'])} ended and I did not get WW because I worked not long enough.`,
            `I am ${c.p.name} and I live at ${c.p.street} ${c.p.houseNumber}. I lost my job ${weeks} weeks ago and my savings are finish now.`,
            `Hello, I write this because the lady at the desk said I must put it on paper. I need help with money for living, I have nothing left this month.`,
          ),
          one(
            rng,
            'I want to ask for bijstand (income support) so I can pay rent and food until I find new work.',
            'Please can I apply for the social benefit. I will look for work every day, that is no problem.',
            'I ask for support from the municipality for living costs. My landlord already send a warning.',
          ),
          rng.chance(0.6) &&
            one(
              rng,
              `Rent is ${money(rng.amount(520, 980))} euro a month. I have ${rng.pick(['no children', 'one son of 7', 'two kids who live with me'])}.`,
              'I can bring my bank papers and passport when you need them.',
              'My phone is sometimes without credit, better to send a letter.',
            ),
        ),
        '',
        ...ids(c, EN),
        `Phone: ${c.p.phone}`,
        '',
        rng.pick(['Thank you very much', 'Thanks and regards', 'Many thanks']),
        c.p.firstName,
        fmtDate(c.date, 'slash'),
      ],
    ];
  },
};

const trDaughterForFather: Template = {
  id: 'benefit_application.tr.kizi-babasi-adina-eposta',
  type: 'benefit_application',
  lang: 'tr',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const dName = rng.pick(['Elif', 'Zeynep', 'Merve', 'Büşra', 'Esra', 'Derya', 'Hatice', 'Sevgi']);
    const daughter = `${dName} ${c.p.lastName}`;
    const age = c.date.getUTCFullYear() - Number(c.p.birthDate.slice(0, 4));
    return [
      [
        `Kimden: ${daughter} <${dName.toLowerCase().replace(/[^a-z]/g, '')}_${c.p.lastName.toLowerCase().replace(/[^a-z]/g, '')}${rng.int(80, 99)}@hotmail.com>`,
        `Kime: info@${townMail(c)}.nl`,
        `Tarih: ${fmtDate(c.date, 'dot')} ${clock(c, 18, 23)}`,
        `Konu: ${rng.pick(['Babam için geçim yardımı başvurusu', 'babamın adına yardım talebi (bijstand)', 'Aanvraag bijstand - babam adına'])}`,
        '',
        'Sayın yetkili,',
        '',
        ...paras(
          82,
          `Babam ${c.p.name}${age >= 45 ? ` (${age} yaşında)` : ''} Hollandaca iyi okuyamadığı için bu e-postayı onun adına ben, kızı ${daughter}, yazıyorum.`,
          one(
            rng,
            `Babam ${rng.int(18, 30)} yıl ${rng.pick(['bir fabrikada', 'bir temizlik şirketinde', 'kendi dükkanında'])} çalıştı. ${rng.pick(['İşsizlik parası (WW)', 'Şirketten gelen son ödemeler'])} ${fmtDate(past(c, 5, 40), 'dot')} tarihinde bitti ve şu an hiç geliri yok.`,
            `Babamın kendi küçük bakkal dükkanı vardı ama geçen ay kapatmak zorunda kaldı. Artık kira ve faturaları ödeyemiyor.`,
          ),
          'Bu yüzden babam için geçimini sağlayacak bir sosyal yardım (bijstandsuitkering) başvurusu yapmak istiyoruz.',
          one(
            rng,
            'Başvurunun nasıl yapılacağını, hangi belgelerin gerektiğini ve randevu alınıp alınamayacağını bize bildirebilir misiniz? Randevuya ben de tercüman olarak gelebilirim.',
            'DigiD ile online başvurmayı denedik ama babamın DigiD kodu çalışmıyor. Kağıt formu adresine gönderebilir misiniz?',
          ),
        ),
        '',
        ...ids(c, TR),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        rng.pick(['Saygılarımla,', 'Şimdiden teşekkür ederim,', 'İyi çalışmalar dilerim,']),
        daughter,
        c.q.phone,
      ],
    ];
  },
};

const ukZaiavaRuchna: Template = {
  id: 'benefit_application.uk.zaiava-na-dopomohu-ruchna',
  type: 'benefit_application',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        rng.pick([`До муніципалітету ${c.org.city}`, 'До відділу Werk en Inkomen', `Gemeente ${c.org.city} / муніципалітет`]),
        `від ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, UK),
        '',
        'ЗАЯВА',
        'на допомогу',
        '',
        ...paras(
          60,
          one(
            rng,
            `Я, ${c.p.name}, прошу призначити мені допомогу на проживання (bijstand). З ${fmtDate(past(c, 10, 60), 'dot')} я більше не отримую leefgeld, бо переїх${he(c, 'ав', 'ала')} з центру для біженців у власне житло.`,
            `Прошу надати мені соціальну допомогу, тому що моя робота через агенцію закінчилась і я не маю грошей на оренду та їжу.`,
            `Звертаюсь з проханням про фінансову підтримку. Я сам${he(c, '', 'а')} виховую ${rng.pick(['доньку', 'сина', 'двох дітей'])}, роботу поки що не знайш${he(c, 'ов', 'ла')}.`,
          ),
          rng.chance(0.7) &&
            one(
              rng,
              `Також прошу розглянути окрему допомогу (bijzondere bijstand) на ${rng.pick(['меблі для квартири', 'пральну машину', 'зимовий одяг для дітей'])}.`,
              'Документи (паспорт, договір оренди, виписка з банку) додаю.',
              'Статус тимчасового захисту маю, копію посвідки додаю.',
            ),
        ),
        '',
        `Дата: ${fmtDate(c.date, 'dot')}`,
        'Підпис: ______________',
      ],
    ];
  },
};

const arPhoneTypedRequest: Template = {
  id: 'benefit_application.ar.talab-musaada-ijtimaiya-jawwal',
  type: 'benefit_application',
  lang: 'ar',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const via = rng.pick(['نموذج الاتصال - الموقع الإلكتروني', 'Contactformulier gemeente (verzonden vanaf mobiel)', 'رسالة من الهاتف']);
    const body = one(
      rng,
      `مرحبا انا ${c.p.name} بدي اقدم طلب مساعدة اجتماعية لانو ما عندي اي دخل هلق. الشغل خلص من ${rng.int(2, 8)} اسابيع وما بعرف كيف ادفع الاجار`,
      `السلام عليكم اريد تقديم طلب مساعدة اجتماعية (bijstand) انا ${he(c, 'مطلق', 'مطلقة')} من شهر وعندي ${rng.int(1, 4)} اولاد وما عندي مصاري للاكل والفواتير`,
      `مساء الخير. ممكن طلب مساعدة مالية؟ وصلت من ${rng.int(2, 11)} شهور على هولندا مع ${he(c, 'زوجتي', 'زوجي')} واخدنا بيت بس لسا ما في دخل. كيف بقدم الطلب؟`,
    );
    return [
      [
        via,
        `${fmtDate(c.date, 'dmy')} ${clock(c, 6, 23)}`,
        '',
        `الاسم: ${c.p.name}`,
        `الهاتف: ${c.p.phone}`,
        `العنوان: ${c.p.street} ${c.p.houseNumber} ${c.p.city}`,
        ...ids(c, AR),
        '',
        'الموضوع: طلب مساعدة اجتماعية',
        '',
        ...paras(70, body, rng.chance(0.5) && one(rng, 'ارجو تتصلو فيني بالعربي اذا ممكن', 'بعتذر عن الكتابة بالعربي', 'شكرا كتير')),
        '',
        'Verzonden vanaf iPhone',
      ],
    ];
  },
};

const plWniosekList: Template = {
  id: 'benefit_application.pl.wniosek-o-zasilek-pismo',
  type: 'benefit_application',
  lang: 'pl',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const what = rng.pick([
      ['zasiłek na utrzymanie (bijstand)', 'zasiłku na utrzymanie (bijstand) na bieżące życie'],
      [
        'zasiłek celowy (bijzondere bijstand)',
        `zasiłku celowego (bijzondere bijstand) na pokrycie kosztów ${rng.pick(['kaucji za mieszkanie', 'okularów', 'naprawy lodówki', 'przeprowadzki'])}`,
      ],
    ] as const);
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        `tel. ${c.p.phone}`,
        ...ids(c, PL),
        '',
        `${c.org.name}`,
        'Afdeling Werk en Inkomen',
        c.org.postbus,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'dot')}`,
        '',
        `WNIOSEK O ${what[0].toUpperCase()}`,
        '',
        ...paras(
          84,
          `Uprzejmie proszę o przyznanie mi ${what[1]}.`,
          one(
            rng,
            `Uzasadnienie: od ${fmtDate(past(c, 14, 90), 'dot')} jestem bez pracy. Pracował${he(c, 'em', 'am')} przez agencję ${rng.pick(STAFFING)}, umowa nie została przedłużona, a do zasiłku z UWV nie mam prawa.`,
            `Uzasadnienie: mój dochód (${money(rng.amount(600, 1100))} EUR miesięcznie z pracy na część etatu) nie wystarcza na czynsz i rachunki. Mieszkam w Holandii od ${rng.int(2012, 2022)} roku.`,
          ),
          'Do wniosku dołączam kopię dowodu osobistego, wyciągi bankowe z ostatnich trzech miesięcy oraz umowę najmu.',
          'Proszę o kontakt w sprawie terminu rozmowy. Mówię trochę po angielsku, po niderlandzku słabo.',
        ),
        '',
        'Z poważaniem',
        '',
        c.p.name,
        '(podpis)',
      ],
    ];
  },
};

const nlLowLiteracyNote: Template = {
  id: 'benefit_application.nl.briefje-ik-heb-geen-geld',
  type: 'benefit_application',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const text = [
      one(
        rng,
        'ik heb geen geld meer en geen werk. wil ik een uitkering vragen voor eten en huur.',
        `hallo ik ben ${c.p.firstName}. mijn vriend is weg en ik heb geen geld. kan ik bijstand krijgen.`,
        'ik wil aanvraag doen voor geld van de gemeente want ik heb niks. werk is gestopt.',
      ),
      one(
        rng,
        'de huur is al 2 maand niet betaald.',
        'ik kan niet goed lezen en schrijven, mijn buurvrouw helpt.',
        'ik wil ook werken maar nu eerst geld voor eten.',
      ),
      rng.chance(0.6) && one(rng, 'bel mij aub.', 'wat moet ik mee nemen?', 'ik kom woensdag bij de balie.'),
    ]
      .filter(Boolean)
      .join(' ');
    return [
      [
        rng.pick(['aan gemeente', 'voor werk en inkomen', 'Gemeente', 'aan de sociale dienst']),
        '',
        ...paras(46, sloppy(text, rng, 0.8)),
        '',
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        ...idsInline(c, NL, '  '),
        `tel ${c.p.phone}`,
      ],
    ];
  },
};

const nlSocialWorkerFamily: Template = {
  id: 'benefit_application.nl.maatschappelijk-werk-namens-gezin',
  type: 'benefit_application',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const org = rng.pick([
      'Stichting MEE',
      'Maatschappelijk Werk De Kern',
      'Wijkteam Noord',
      'Sociaal Wijkteam Centrum',
      'Vluchtelingenwerk',
    ]);
    const kids = rng.int(1, 5);
    const worker = c.r.name;
    const lines = [
      org,
      `${rng.pick(['Stationsweg', 'Kerkplein', 'Hoofdstraat'])} ${rng.int(1, 80)}, ${c.org.city}`,
      '',
      `${c.org.name}`,
      't.a.v. team Intake Werk en Inkomen',
      c.org.postbus,
      '',
      `${c.org.city}, ${fmtDate(c.date, 'long')}`,
      `Betreft: aanvraag levensonderhoud en bijzondere bijstand gezin ${c.p.lastName}`,
      '',
      'Geachte heer, mevrouw,',
      '',
      ...paras(
        88,
        `Namens het gezin ${c.p.lastName}, ${c.p.street} ${c.p.houseNumber} te ${c.p.city}, dien ik als hun ${rng.pick(['maatschappelijk werker', 'wijkteammedewerker', 'begeleider'])} een aanvraag in voor een bijstandsuitkering. ${c.p.name} en ${he(c, 'zijn partner', 'haar partner')} ${c.q.firstName} hebben ${kids} ${kids === 1 ? 'kind' : 'kinderen'} in de leeftijd van ${rng.int(1, 6)} tot ${rng.int(7, 16)} jaar.`,
        one(
          rng,
          `Het gezin heeft sinds ${fmtDate(past(c, 20, 70), 'long')} geen inkomen meer, nadat de eigen onderneming van ${c.p.firstName} failliet is gegaan.`,
          `De WW-uitkering van ${c.p.firstName} eindigt op ${fmtDate(ahead(c, 3, 25), 'long')}. Het inkomen van ${c.q.firstName} uit een nuluren-contract is te laag en te onzeker.`,
          `Het gezin is recent herenigd in Nederland en heeft nog geen enkel inkomen.`,
        ),
        `Daarnaast vraag ik bijzondere bijstand aan voor ${rng.sample(['de eigen bijdrage rechtsbijstand', 'inrichtingskosten', 'een bed voor het jongste kind', 'de borg van de woning', 'schoolkosten'], 2).join(' en ')}.`,
        'Het gezin heeft mij gemachtigd deze aanvraag te doen; de machtiging is bijgevoegd. Omdat er een dreigende huurachterstand is, verzoek ik u een voorschot te overwegen.',
      ),
      '',
      ...ids(c, NL),
      '',
      'Met vriendelijke groet,',
      '',
      worker,
      `${org}, ${c.r.phone}`,
      'Bijlagen: machtiging, kopie ID, bankafschriften, huurcontract',
    ];
    return paginate(lines, 48);
  },
};

const nlFilledFormLevensonderhoud: Template = {
  id: 'benefit_application.nl.aanvraagformulier-levensonderhoud-ingevuld',
  type: 'benefit_application',
  lang: 'nl',
  style: 'form',
  weight: 0.5,
  supports: ['bsn', 'name-birthdate', 'client-number'],
  render(c) {
    const { rng } = c;
    const x = (b: boolean) => (b ? '[X]' : '[ ]');
    const partner = rng.chance(0.4);
    const f = (label: string, value: string) => `${label.padEnd(32)}${value}`;
    const house = rng.weighted([
      ['huur', 7],
      ['inwonend', 2],
      ['koop', 1],
    ] as const);
    const page1 = [
      `${c.org.name} - Werk en Inkomen`,
      'AANVRAAGFORMULIER LEVENSONDERHOUD',
      '(Participatiewet / bijstand)',
      '',
      '1. Persoonsgegevens aanvrager',
      f('Achternaam', c.p.lastName),
      f('Voornamen', c.p.firstName),
      f('Burgerservicenummer', c.show.bsn ? c.p.bsn : '.........................'),
      f('Geboortedatum', c.show.birthDate ? fmtIso(c.p.birthDate) : '.........................'),
      f('Adres', `${c.p.street} ${c.p.houseNumber}`),
      f('Postcode en woonplaats', `${c.p.postcode} ${c.p.city}`),
      f('Telefoon', c.p.phone),
      f('IBAN', c.p.iban),
      ...(c.show.clientNumber && c.p.clientNumber ? [f('Klantnummer (indien bekend)', c.p.clientNumber)] : []),
      '',
      '2. Woonsituatie',
      `${x(!partner)} alleenstaand   ${x(partner)} gehuwd/samenwonend   ${x(false)} alleenstaande ouder`,
      `${x(house === 'huur')} huurwoning   ${x(house === 'koop')} koopwoning   ${x(house === 'inwonend')} inwonend`,
      ...(partner ? [f('Naam partner', c.q.name), f('Geboortedatum partner', fmtIso(c.q.birthDate))] : []),
      '',
      '3. Inkomen en vermogen',
      `Heeft u op dit moment inkomen?       ${x(false)} ja   ${x(true)} nee`,
      `Saldo alle rekeningen samen:         € ${money(rng.amount(0, 900))}`,
      `Auto/motor in bezit?                 ${x(false)} ja   ${x(true)} nee`,
      `Laatste werkgever: ${rng.pick(EMPLOYERS)} tot ${fmtDate(past(c, 10, 80))}`,
    ];
    const page2 = [
      '4. Ingangsdatum',
      `Ik vraag bijstand aan met ingang van: ${fmtDate(past(c, 0, 10))}`,
      '',
      '5. Ondertekening',
      'Ik verklaar dit formulier naar waarheid te hebben ingevuld. Ik weet dat ik wijzigingen direct moet doorgeven.',
      '',
      `Datum: ${fmtDate(c.date)}          Handtekening: ${c.p.initials} ${c.p.lastName}`,
      '',
      'Checklist bijlagen (aankruisen):',
      `${x(true)} kopie identiteitsbewijs   ${x(true)} bankafschriften 3 maanden   ${x(rng.chance(0.7))} huurcontract`,
      `${x(rng.chance(0.5))} ontslagbrief / einde contract   ${x(rng.chance(0.3))} echtscheidingsstukken`,
      '',
      'Voor gebruik door de gemeente:  ontvangen ______  intake ______',
    ];
    return [page1, page2];
  },
};

const enDivorcedExpat: Template = {
  id: 'benefit_application.en.divorced-expat-email',
  type: 'benefit_application',
  lang: 'en',
  style: 'printed',
  weight: 0.4,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const from = rng.pick(['Canada', 'South Africa', 'India', 'the UK', 'Brazil', 'the Philippines', 'Australia']);
    return [
      [
        `From: ${c.p.name} <${mailName(c)}@gmail.com>`,
        `To: werkeninkomen@${townMail(c)}.nl`,
        `Date: ${fmtDate(c.date, 'en')}, ${clock(c, 8, 23)}`,
        `Subject: ${rng.pick(['Applying for social assistance after divorce', 'Request for income support (bijstand) - recently divorced', 'How to apply for bijstand?'])}`,
        '',
        rng.pick(['Dear Sir or Madam,', 'Hello,', 'Good afternoon,']),
        '',
        ...paras(
          86,
          `I moved from ${from} to the Netherlands ${rng.int(3, 12)} years ago to join my ${he(c, 'wife', 'husband')}, who works for ${rng.pick(['an international tech company', 'a bank in Amsterdam', 'a chemical plant'])}. We separated ${rng.int(1, 6)} months ago and the divorce was finalised on ${fmtDate(past(c, 7, 60), 'en')}.`,
          one(
            rng,
            `Until now I was a stay-at-home parent and my residence permit was linked to my ${he(c, 'wife', 'husband')}'s. I have since received a permit of my own. I have no income of my own apart from ${moneyEn(rng.amount(150, 600))} child support a month.`,
            `I worked part-time as a ${rng.pick(JOB_TITLES_EN)} but that contract ended in the same month. I am now renting a room and my savings are almost gone.`,
          ),
          'I would like to apply for income support (bijstand) while I look for work. Could you tell me how to start the application, whether it can be done in English, and which documents I need to bring?',
          rng.chance(0.5) &&
            'I also read that there may be special assistance for the costs of setting up a new home. I would be grateful for information about that as well.',
        ),
        '',
        ...ids(c, EN),
        `Address: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        rng.pick(['Kind regards,', 'Best regards,', 'Many thanks in advance,']),
        c.p.name,
        c.p.phone,
      ],
    ];
  },
};

// =============================================================================================
// other
// =============================================================================================

const enSubjectAccessHand: Template = {
  id: 'other.en.copy-of-my-file-handwritten',
  type: 'other',
  lang: 'en',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, EN),
        '',
        `To the privacy officer of ${c.org.name}`,
        fmtDate(c.date, 'en'),
        '',
        ...paras(
          60,
          one(
            rng,
            'I want to see everything the municipality keeps about me. Under the privacy law (AVG / GDPR) I have the right to get a copy.',
            'Please send me a copy of my file. I was a client of Werk en Inkomen and I want to know what notes the consultants wrote about me.',
          ),
          one(
            rng,
            'Also tell me who you shared my information with, for example UWV, the debt help or the Belastingdienst.',
            'I also want to know how long you keep it and where the information came from.',
          ),
          rng.chance(0.6) && 'I am not asking for money or a benefit. Only the papers.',
          'You can send it to my home address. Thank you.',
        ),
        '',
        c.p.firstName,
      ],
    ];
  },
};

const plRodoErasureEmail: Template = {
  id: 'other.pl.rodo-usuniecie-danych-email',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Od: ${c.p.name} <${mailName(c)}@wp.pl>`,
        `Do: privacy@${townMail(c)}.nl`,
        `Data: ${fmtDate(c.date, 'dot')} ${clock(c, 7, 22)}`,
        `Temat: ${rng.pick(['Prawo do bycia zapomnianym - art. 17 RODO', 'Prośba o usunięcie moich danych', 'verwijderen gegevens / usunięcie danych'])}`,
        '',
        'Szanowni Państwo,',
        '',
        ...paras(
          84,
          one(
            rng,
            `w ${rng.int(2019, 2023)} roku był${he(c, 'em', 'am')} przez kilka miesięcy klientem działu Werk en Inkomen. Od tamtej pory wrócił${he(c, 'em', 'am')} do Polski i nie korzystam z żadnych świadczeń.`,
            `od ${fmtDate(past(c, 90, 900), 'dot')} nie jestem już klientem gminy, pracuję na stałe i mieszkam w ${rng.pick(OTHER_CITIES)}.`,
          ),
          'Na podstawie art. 17 RODO (w Holandii: AVG) wnoszę o usunięcie wszystkich moich danych osobowych, których gmina nie musi przechowywać na mocy prawa, w szczególności zdjęcia paszportu, wyciągów bankowych i notatek z rozmów.',
          'Proszę o pisemne potwierdzenie usunięcia albo informację, których danych nie możecie Państwo usunąć i z jakiego powodu.',
        ),
        '',
        ...ids(c, PL),
        '',
        'Z poważaniem',
        c.p.name,
      ],
    ];
  },
};

const trKvkkCorrection: Template = {
  id: 'other.tr.kvkk-bilgi-duzeltme-dilekcesi',
  type: 'other',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const wrong = rng.pick([
      ['doğum tarihim', 'yanlış yazılmış (gün ve ay yer değiştirmiş)'],
      ['soyadım', `"${c.p.lastName.replace(/[aeiou]/, 'i')}" olarak yazılmış`],
      ['medeni halim', 'hâlâ "evli" görünüyor, ama boşandım'],
      ['telefon numaram', 'eski numara duruyor'],
    ] as const);
    return [
      [
        `${c.org.name}`,
        'Gizlilik / AVG sorumlusuna',
        '',
        'DİLEKÇE',
        '',
        ...paras(
          58,
          `Belediyenin sistemindeki bilgilerimde hata var: ${wrong[0]} ${wrong[1]}.`,
          one(
            rng,
            "Türkiye'deki KVKK gibi burada da AVG kanunu var diye biliyorum. Bu kanuna göre yanlış bilgilerin düzeltilmesini istiyorum.",
            'Kişisel verilerimin doğru olmasını istiyorum (AVG madde 16). Lütfen bu hatayı düzeltin ve bana yazılı bildirin.',
          ),
          rng.chance(0.5) && 'Doğru bilginin kanıtı olarak kimlik kartımın fotokopisini ekledim.',
        ),
        '',
        `Ad Soyad: ${c.p.name}`,
        ...ids(c, TR),
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        'İmza',
      ],
    ];
  },
};

const arErasureLetter: Template = {
  id: 'other.ar.talab-mahw-bayanat-avg',
  type: 'other',
  lang: 'ar',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    return [
      [
        `إلى: مسؤول حماية البيانات - ${c.org.name}`,
        `من: ${c.p.name}`,
        `العنوان: ${c.p.street} ${c.p.houseNumber}، ${c.p.city}`,
        ...ids(c, AR),
        `التاريخ: ${fmtDate(c.date, 'slash')}`,
        '',
        'الموضوع: طلب حذف بياناتي الشخصية (المادة 17 من AVG)',
        '',
        ...paras(
          76,
          one(
            rng,
            'كنت أتلقى مساعدة من البلدية قبل عدة سنوات، والآن أعمل بعقد دائم ولا علاقة لي بقسم العمل والدخل.',
            'سجلت عندكم في السابق لدورة لغة ومساعدة في البحث عن عمل، ولم أعد بحاجة إلى ذلك.',
          ),
          'أطلب منكم حذف جميع البيانات الشخصية الخاصة بي التي لم يعد هناك سبب قانوني للاحتفاظ بها، بما في ذلك صور الهوية وكشوف الحساب والملاحظات.',
          'أرجو أن ترسلوا لي تأكيداً كتابياً بعد الحذف خلال المدة القانونية (شهر واحد).',
        ),
        '',
        'مع الاحترام،',
        c.p.name,
      ],
    ];
  },
};

const ukFileAccess: Template = {
  id: 'other.uk.zapyt-kopii-dosie-avg',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name}`,
        'Functionaris gegevensbescherming / Уповноважений із захисту даних',
        '',
        `Відправник: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, UK),
        `${c.p.city}, ${fmtDate(c.date, 'dot')}`,
        '',
        'Щодо: право доступу до своїх даних (inzageverzoek)',
        '',
        ...paras(
          80,
          'Відповідно до статті 15 Загального регламенту захисту даних (AVG) прошу надати мені:',
          '1) перелік усіх моїх персональних даних, які обробляє муніципалітет;',
          '2) копії документів і записів розмов з консультантами;',
          `3) інформацію, кому ці дані передавались (${rng.sample(['UWV', 'SVB', 'IND', 'COA', 'Belastingdienst', 'кредитори'], 2).join(', ')}).`,
          one(
            rng,
            'Мені потрібно це, щоб зрозуміти, які відомості про мене зберігаються з часу мого приїзду.',
            'Прошу надіслати відповідь українською або англійською мовою, якщо це можливо.',
          ),
        ),
        '',
        'З повагою,',
        c.p.name,
      ],
    ];
  },
};

const nlRectificationLetter: Template = {
  id: 'other.nl.avg-correctie-onjuiste-aantekening',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const note = rng.pick([
      'dat ik "niet meewerkend" zou zijn geweest bij een gesprek',
      'dat ik samenwoon op mijn adres, wat niet klopt',
      'dat ik een afspraak zou hebben gemist terwijl ik een afmelding had gestuurd',
      'een verkeerde diagnose die ik nooit heb gegeven',
    ]);
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        c.org.name,
        't.a.v. de privacy officer',
        c.org.postbus,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        `Onderwerp: verbetering persoonsgegevens (art. 16 AVG)`,
        '',
        'Geachte heer, mevrouw,',
        '',
        ...paras(
          86,
          `Na mijn inzageverzoek heb ik op ${fmtDate(past(c, 10, 60), 'long')} mijn dossier ontvangen. Daarin staat ${note}.`,
          'Deze informatie is onjuist. Ik verzoek u op grond van artikel 16 van de Algemene verordening gegevensbescherming de gegevens te corrigeren, of als dat niet kan, mijn eigen verklaring aan het dossier toe te voegen.',
          'Ik wil benadrukken dat dit geen bezwaar is tegen een besluit; het gaat mij alleen om de juistheid van wat over mij is vastgelegd.',
          'Graag ontvang ik binnen een maand een schriftelijke reactie.',
        ),
        '',
        ...ids(c, NL),
        '',
        'Hoogachtend,',
        '',
        c.p.name,
      ],
    ];
  },
};

const nlMantelzorgParking: Template = {
  id: 'other.nl.mantelzorg-parkeervergunning-aanvraag',
  type: 'other',
  lang: 'nl',
  style: 'form',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const plate = `${rng.letters(2)}-${rng.digits(3)}-${rng.letters(1)}`;
    const x = (b: boolean) => (b ? '[X]' : '[ ]');
    const zorg = rng.chance(0.5);
    return [
      [
        `${c.org.name} - Parkeren`,
        'Aanvraagformulier parkeervergunning',
        '',
        `Soort vergunning:  ${x(!zorg)} bewonersvergunning  ${x(zorg)} mantelzorgvergunning  ${x(false)} bedrijfsvergunning`,
        '',
        `Naam aanvrager:        ${c.p.name}`,
        `Adres:                 ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...ids(c, NL).map((l) => l.replace(/^([^:]+): /, (_, k: string) => `${k}:`.padEnd(23))),
        `E-mail:                ${c.p.email}`,
        `Kenteken:              ${plate}`,
        `Kentekenhouder:        ${x(true)} aanvrager  ${x(false)} lease/werkgever`,
        ...(zorg
          ? [`Zorgontvanger:         ${c.q.name}, ${c.q.street} ${c.q.houseNumber}`, 'Verklaring mantelzorg bijgevoegd: [X] ja']
          : []),
        '',
        `Ingangsdatum gewenst:  ${fmtDate(ahead(c, 3, 30))}`,
        `Vergunningsgebied:     ${rng.pick(['A - Binnenstad', 'B - Schil', 'C - Stationsgebied'])}`,
        '',
        `Kosten: € ${money(rng.amount(45, 320))} per jaar, automatische incasso van IBAN ${c.p.iban}`,
        '',
        `Datum ${fmtDate(c.date)}      Handtekening ____________________`,
      ],
    ];
  },
};

const nlDisabledParkingCard: Template = {
  id: 'other.nl.gehandicaptenparkeerkaart-aanvraagbrief',
  type: 'other',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Aan ${c.org.name}`,
        'afdeling Burgerzaken / Parkeren',
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        '',
        'Betreft: aanvraag gehandicaptenparkeerkaart',
        '',
        ...paras(
          62,
          one(
            rng,
            `Sinds mijn ${rng.pick(['heupoperatie', 'herseninfarct', 'ongeluk'])} kan ik maar ${rng.int(20, 100)} meter lopen met een rollator.`,
            `Ik heb ${rng.pick(['ernstige COPD', 'MS', 'reuma in beide knieën'])} en kan niet ver lopen.`,
          ),
          one(
            rng,
            'Ik wil graag een gehandicaptenparkeerkaart als bestuurder aanvragen, zodat ik dicht bij de supermarkt en de huisarts kan parkeren.',
            `Ik vraag een gehandicaptenparkeerkaart aan als passagier. Mijn ${he(c, 'dochter', 'zoon')} rijdt mij naar het ziekenhuis.`,
          ),
          rng.chance(0.5) && 'Mag ik ook meteen een eigen gehandicaptenparkeerplaats voor de deur aanvragen?',
          'Ik begrijp dat er een medische keuring komt. Een brief van mijn specialist stuur ik mee. Een pasfoto zit erbij.',
        ),
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        ...ids(c, NL),
        `tel. ${c.p.phone}`,
      ],
    ];
  },
};

const plWmoHousehold: Template = {
  id: 'other.pl.wmo-pomoc-w-domu-pytanie',
  type: 'other',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const mother = rng.chance(0.5);
    return [
      [
        `Od: ${c.p.name} <${mailName(c)}@o2.pl>`,
        `Do: wmo@${townMail(c)}.nl`,
        `Data: ${fmtDate(c.date, 'dot')}`,
        'Temat: pytanie o pomoc domową (WMO huishoudelijke hulp)',
        '',
        'Dzień dobry,',
        '',
        ...paras(
          82,
          mother
            ? `moja mama (${rng.int(72, 89)} lat) mieszka sama w ${c.p.city}. Po upadku ma trudności ze sprzątaniem i praniem, a ja pracuję na zmiany i nie zawsze mogę pomóc.`
            : `od kilku miesięcy choruję (${rng.pick(['kręgosłup', 'problemy z sercem', 'depresja'])}) i nie daję rady sprzątać mieszkania ani robić prania.`,
          'Czy gmina może przydzielić pomoc w domu w ramach WMO? Jak złożyć zgłoszenie (melding) i czy ktoś przyjdzie na rozmowę do domu (keukentafelgesprek)?',
          'Chciał' + he(c, 'bym', 'abym') + ' też wiedzieć, ile wynosi eigen bijdrage i czy rozmowa może odbyć się z tłumaczem.',
        ),
        '',
        ...ids(c, PL),
        c.p.phone,
        '',
        'Pozdrawiam serdecznie',
        c.p.name,
      ],
    ];
  },
};

const ukBirthCertificate: Template = {
  id: 'other.uk.vytiah-pro-narodzhennia-burgerzaken',
  type: 'other',
  lang: 'uk',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const [child, girl] = rng.pick([
      ['Марко', false],
      ['Софія', true],
      ['Олександр', false],
      ['Злата', true],
      ['Давид', false],
      ['Анна', true],
    ] as const);
    return [
      [
        `Кому: Burgerzaken, ${c.org.name}`,
        `Від: ${c.p.name}, ${c.p.email}`,
        `Дата: ${fmtDate(c.date, 'dot')}`,
        `Тема: ${rng.pick(['Копія свідоцтва про народження / uittreksel geboorteakte', 'Запит на витяг з акту про народження'])}`,
        '',
        'Доброго дня!',
        '',
        ...paras(
          80,
          `${girl ? 'Наша донька' : 'Наш син'} ${child} ${c.p.lastName} ${girl ? 'народилася' : 'народився'} ${fmtDate(past(c, 60, 700), 'dot')} у ${c.org.city}.`,
          one(
            rng,
            'Для реєстрації в українському консульстві нам потрібен міжнародний витяг з акту про народження (meertalig uittreksel).',
            'Прошу видати копію свідоцтва про народження дитини для оформлення паспорта.',
          ),
          `Скільки це коштує і чи можна отримати документ поштою на адресу ${c.p.street} ${c.p.houseNumber}, ${c.p.city}?`,
        ),
        '',
        ...ids(c, UK),
        '',
        'Дякую!',
        c.p.name,
      ],
    ];
  },
};

const nlObjectionReceiptHandedBack: Template = {
  id: 'other.nl.ontvangstbevestiging-bezwaar-teruggebracht',
  type: 'other',
  lang: 'nl',
  style: 'printed',
  weight: 0.4,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const received = past(c, 7, 30);
    const ref = kenmerk(rng, 'BZ');
    const deadline = addDays(received, rng.pick([42, 84]));
    return [
      [
        c.org.name,
        c.org.postbus,
        '',
        ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`],
        '',
        `Datum: ${fmtDate(addDays(received, rng.int(2, 6)), 'long')}`,
        `Ons kenmerk: ${ref}`,
        ...ids(c, NL),
        'Onderwerp: ontvangstbevestiging bezwaarschrift',
        '',
        'Geachte heer/mevrouw,',
        '',
        ...paras(
          88,
          `Op ${fmtDate(received, 'long')} hebben wij uw bezwaarschrift ontvangen tegen het besluit van ${fmtDate(past(c, 35, 60), 'long')} over ${rng.pick(['uw bijstandsuitkering', 'de terugvordering', 'een maatregel', 'bijzondere bijstand'])}. Met deze brief bevestigen wij de ontvangst.`,
          `Wij streven ernaar binnen ${rng.pick(['zes', 'twaalf'])} weken na afloop van de bezwaartermijn te beslissen, uiterlijk ${fmtDate(deadline, 'long')}. Mogelijk nodigen wij u uit voor een hoorzitting.`,
          'Dit is een bevestiging; u hoeft niets te doen. Vermeld bij contact altijd het kenmerk.',
        ),
        '',
        'Met vriendelijke groet,',
        'Team Bezwaar en Beroep',
        '',
        ...maybe(rng, 0.7, () => [
          rng.pick([
            `(handgeschreven) Ik heb deze brief gekregen, wat moet ik hiermee? ${c.p.firstName}`,
            '(pen) ter info voor mijn dossier',
            '(geel plakbriefje) afgegeven aan de balie, klant wil weten of dit klopt',
            '(handgeschreven) is dit voor mij of moet ik iets inleveren?',
          ]),
        ]),
      ],
    ];
  },
};

// =============================================================================================
// change_form
// =============================================================================================

const enPartTimeEmail: Template = {
  id: 'change_form.en.started-part-time-email',
  type: 'change_form',
  lang: 'en',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const start = past(c, 1, 20);
    const hours = rng.int(8, 24);
    return [
      [
        `From: ${c.p.name} <${mailName(c)}@outlook.com>`,
        `To: ${rng.pick(['consulent', 'werkeninkomen', 'wijzigingen'])}@${townMail(c)}.nl`,
        `Sent: ${fmtDate(c.date, 'en')} ${clock(c, 7, 22)}`,
        `Subject: ${rng.pick(['New part-time job - change to report', 'Change in my situation: I started working', 'started work this week'])}`,
        '',
        rng.pick([`Dear ${c.r.firstName},`, 'Dear consultant,', 'Hi,']),
        '',
        ...paras(
          86,
          `I am writing to let you know that I started a part-time job as a ${rng.pick(JOB_TITLES_EN)} at ${rng.pick(EMPLOYERS)} on ${fmtDate(start, 'en')}.`,
          `The contract is for ${hours} hours a week at ${moneyEn(rng.amount(13.7, 17))} gross per hour, ${rng.pick(['for six months', 'with a possible extension', 'on an on-call basis for the first weeks'])}. I will receive my first payslip at the end of ${rng.pick(['this month', 'next month'])}.`,
          'I understand that my benefit will be adjusted to this income. I will send each payslip as soon as I get it. Please let me know if you need a copy of the contract as well.',
        ),
        '',
        ...ids(c, EN),
        '',
        rng.pick(['Best wishes,', 'Kind regards,', 'Thanks,']),
        c.p.firstName,
      ],
    ];
  },
};

const plNewAddressEmail: Template = {
  id: 'change_form.pl.zmiana-adresu-email',
  type: 'change_form',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const old = `${rng.pick(['Julianastraat', 'Molenweg', 'Dorpsstraat', 'Lindelaan'])} ${rng.int(1, 120)}`;
    return [
      [
        `Od: ${mailName(c)}@gmail.com`,
        `Do: ${townMail(c)}@${townMail(c)}.nl`,
        `Wysłano: ${fmtDate(c.date, 'dot')}`,
        `Temat: ${rng.pick(['zmiana adresu', 'Nowy adres - adreswijziging', 'przeprowadzka, proszę o zmianę danych'])}`,
        '',
        'Dzień dobry,',
        '',
        ...paras(
          80,
          `informuję, że ${fmtDate(past(c, 1, 15), 'dot')} przeprowadził${he(c, 'em', 'am')} się z ${old} na nowy adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}.`,
          one(
            rng,
            `Czynsz w nowym mieszkaniu wynosi ${money(rng.amount(480, 950))} EUR miesięcznie. Mieszkam sam${he(c, '', 'a')}.`,
            'Wynajmuję pokój u znajomego, umowę najmu dołączam jako zdjęcie.',
            'Zameldowanie w gminie (BRP) już zrobione.',
          ),
          'Proszę o wysyłanie listów na nowy adres.',
        ),
        '',
        ...idsInline(c, PL, ', '),
        '',
        'Pozdrawiam',
        c.p.name,
      ],
    ];
  },
};

const plWhatsappPartnerMovesIn: Template = {
  id: 'change_form.pl.whatsapp-partner-sie-wprowadza',
  type: 'change_form',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const d = fmtDate(ahead(c, 1, 20), 'dot');
    const t1 = clock(c, 8, 12);
    const t2 = clock(c, 13, 17);
    const partner = c.q.firstName;
    return [
      [
        `WhatsApp - czat z ${c.r.firstName} (consulent ${c.org.city})`,
        `wydruk ${fmtDate(c.date, 'dmy')}`,
        '',
        `[${fmtDate(c.date, 'short')} ${t1}] ${c.p.firstName}: Dzień dobry pani/panie ${c.r.lastName}, chciał${he(c, 'em', 'am')} zgłosić, że od ${d} ${partner} ${rng.pick(['zamieszka ze mną', 'wprowadza się do mnie', 'będzie u mnie mieszkać na stałe'])}.`,
        `[${fmtDate(c.date, 'short')} ${t1}] ${c.p.firstName}: ${rng.pick([`${partner} pracuje w ${rng.pick(STAFFING)}, ok. ${rng.int(24, 40)} godzin tygodniowo.`, `${partner} ma teraz zasiłek z UWV.`, `${partner} nie ma jeszcze pracy, szuka.`])}`,
        ...(c.show.clientNumber && c.p.clientNumber
          ? [`[${fmtDate(c.date, 'short')} ${t1}] ${c.p.firstName}: mój numer klienta ${c.p.clientNumber}`]
          : []),
        `[${fmtDate(c.date, 'short')} ${t1}] ${c.p.firstName}: Co to znaczy dla mojej bijstand? 😟`,
        ...maybe(rng, 0.7, () => [
          `[${fmtDate(c.date, 'short')} ${t2}] ${c.r.firstName}: Dank u voor het doorgeven. Ik stuur u een formulier voor de gezamenlijke huishouding. Uw uitkering wordt dan aangepast.`,
          `[${fmtDate(c.date, 'short')} ${t2}] ${c.p.firstName}: ok dziękuję 👍`,
        ]),
      ],
    ];
  },
};

const ukChildLeftNote: Template = {
  id: 'change_form.uk.dytyna-vyikhala-zapyska',
  type: 'change_form',
  lang: 'uk',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const son = rng.chance(0.5);
    return [
      [
        `Для консультанта / voor de consulent`,
        '',
        ...paras(
          56,
          `Повідомляю, що ${son ? 'мій син' : 'моя донька'} ${rng.pick(son ? ['Богдан', 'Максим', 'Артем'] : ['Дарина', 'Вікторія', 'Олена'])} (${rng.int(18, 23)} р.) ${son ? 'переїхав' : 'переїхала'} від мене ${fmtDate(past(c, 3, 30), 'dot')}.`,
          one(
            rng,
            `${son ? 'Він' : 'Вона'} тепер живе у студентському гуртожитку в ${rng.pick(['Амстердамі', 'Утрехті', 'Гронінгені', 'Ейндговені'])}.`,
            `${son ? 'Він' : 'Вона'} винаймає кімнату разом з друзями і сам${son ? '' : 'а'} за себе платить.`,
            `${son ? 'Він повернувся' : 'Вона повернулася'} в Україну.`,
          ),
          'Тепер я живу в квартирі сам' + he(c, '', 'а') + '. Прошу змінити це у моїй справі.',
        ),
        '',
        c.p.name,
        ...ids(c, UK),
        fmtDate(c.date, 'dot'),
      ],
    ];
  },
};

const trCarBoughtNote: Template = {
  id: 'change_form.tr.araba-aldim-notu',
  type: 'change_form',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const car = rng.pick(['Opel Astra', 'Volkswagen Polo', 'Renault Clio', 'Toyota Yaris', 'Ford Focus', 'Peugeot 208']);
    const price = rng.int(14, 60) * 100;
    return [
      [
        'Sayın danışmanım,',
        '',
        ...paras(
          54,
          `Size bildirmek istiyorum: ${fmtDate(past(c, 2, 25), 'dot')} tarihinde ikinci el bir araba aldım. ${car}, ${rng.int(2006, 2016)} model.`,
          one(
            rng,
            `Fiyatı ${money(price)} euro. Parayı ${rng.pick(['ağabeyimden borç aldım', 'amcam verdi', 'eski arabamı satıp ekledim'])}.`,
            `${money(price)} euro ödedim, satış makbuzunu ekte gönderiyorum.`,
          ),
          one(rng, 'Araba işe gitmek için lazım, yeni iş yerim otobüsle çok uzak.', 'Hasta annemi hastaneye götürmek için aldım.'),
          'Bu değişikliği dosyama yazmanızı rica ederim.',
        ),
        '',
        c.p.name,
        ...ids(c, TR),
        `Plaka: ${rng.letters(2)}-${rng.digits(3)}-${rng.letters(1)}`,
      ],
    ];
  },
};

const nlInheritanceNote: Template = {
  id: 'change_form.nl.briefje-erfenis-ontvangen',
  type: 'change_form',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.35,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const who = rng.pick(['mijn moeder', 'mijn vader', 'mijn oom', 'mijn oma', 'een tante']);
    const amt = rng.amount(2500, 38000);
    const text = [
      `${who} is ${fmtDate(past(c, 40, 200), 'long')} overleden.`,
      one(
        rng,
        `De notaris heeft mij laten weten dat ik ${money(amt, { euro: true })} erf. Het geld staat nog niet op mijn rekening.`,
        `Op ${fmtDate(past(c, 1, 20), 'long')} is er ${money(amt, { euro: true })} op mijn rekening gekomen van de notaris, dat is mijn deel van de erfenis.`,
        `Ik krijg een deel van het huis, hoeveel weet ik nog niet. De notaris stuurt een brief.`,
      ),
      'Ik geef dit door want ik weet dat het moet.',
      rng.chance(0.5) && 'Kunt u mij zeggen wat dit betekent voor mijn uitkering?',
    ]
      .filter(Boolean)
      .join(' ');
    return [
      [
        `Aan mijn consulent bij ${c.org.name}`,
        '',
        ...paras(56, rng.chance(0.5) ? sloppy(text, rng, 0.4) : text),
        '',
        'groet',
        c.p.name,
        ...idsInline(c, NL, ' / '),
        fmtDate(c.date),
      ],
    ];
  },
};

// =============================================================================================
// job_application_proof
// =============================================================================================

const arRejectionEmail: Template = {
  id: 'job_application_proof.ar.barid-rafd-sharikat-tawzif',
  type: 'job_application_proof',
  lang: 'ar',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const [firm, domain] = rng.pick([
      ['شركة الأمانة للتجارة B.V.', 'alamana-handel'],
      ['Al-Noor Supermarkt', 'alnoor-supermarkt'],
      ['مطعم بيروت', 'restaurantbeirut'],
      ['شركة أطلس للنقل', 'atlas-transport'],
      ['Istanbul Bakkerij', 'istanbulbakkerij'],
    ] as const);
    const job = rng.pick(['مساعد مستودع', 'سائق توصيل', 'موظف مبيعات', 'عامل مطبخ', 'كاشير']);
    return [
      [
        `من: ${rng.pick(['hr', 'jobs', 'info'])}@${domain}.nl`,
        `إلى: ${mailName(c)}@gmail.com`,
        `التاريخ: ${fmtDate(c.date, 'slash')}`,
        `الموضوع: بخصوص طلبك لوظيفة ${job}`,
        '',
        `${he(c, 'عزيزي', 'عزيزتي')} ${c.p.firstName}،`,
        '',
        ...paras(
          74,
          `شكراً لاهتمامك بالعمل لدى ${firm} وعلى طلبك المرسل بتاريخ ${fmtDate(past(c, 7, 30), 'slash')} لوظيفة ${job}.`,
          one(
            rng,
            'بعد مراجعة الطلبات، نأسف لإبلاغك بأننا اخترنا مرشحاً آخر تتوافق خبرته أكثر مع متطلبات الوظيفة.',
            'للأسف لا يمكننا قبول طلبك في الوقت الحالي، لأننا نحتاج إلى شخص يتقن اللغة الهولندية بشكل جيد.',
          ),
          'سنحتفظ ببياناتك لمدة ستة أشهر، وقد نتواصل معك إذا توفرت وظيفة مناسبة.',
          'نتمنى لك التوفيق في بحثك عن عمل.',
        ),
        '',
        'مع أطيب التحيات،',
        `${c.r.name}`,
        `قسم الموارد البشرية - ${firm}`,
      ],
    ];
  },
};

const nlAgencyWhatsapp: Template = {
  id: 'job_application_proof.nl.uitzendbureau-whatsapp-inschrijving',
  type: 'job_application_proof',
  lang: 'nl',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(STAFFING);
    const recruiter = c.r.firstName;
    const day = fmtDate(c.date, 'short');
    return [
      [
        `WhatsApp-chat met ${agency} ${c.org.city}`,
        `${day}-${c.date.getUTCFullYear()}`,
        '',
        `[${day} ${clock(c, 9, 10)}] ${agency}: Hoi ${c.p.firstName}, leuk dat je vanochtend langs kwam! Bij deze de bevestiging: je bent ingeschreven bij ${agency} vestiging ${c.org.city}.`,
        `[${day} ${clock(c, 11, 11)}] ${agency}: Je profiel: ${rng.pick(JOB_TITLES)}, ${rng.pick(['ochtenddiensten', 'fulltime', '3 dagen per week', 'ook weekend'])}. Rijbewijs: ${rng.pick(['ja', 'nee'])}. Groet, ${recruiter}`,
        `[${day} ${clock(c, 12, 13)}] ${c.p.firstName}: Dank je! Kan ik dit aan de gemeente laten zien als bewijs van inschrijving?`,
        `[${day} ${clock(c, 14, 15)}] ${agency}: Ja hoor, maak maar een screenshot. We bellen zodra er iets passends is 👍`,
        ...maybe(rng, 0.5, () => [
          `[${day} ${clock(c, 16, 17)}] ${agency}: Vergeet je je ID en bankpas niet mee te nemen bij je eerste dienst.`,
        ]),
      ],
    ];
  },
};

const plJobPortalConfirmation: Template = {
  id: 'job_application_proof.pl.portal-potwierdzenie-aplikacji',
  type: 'job_application_proof',
  lang: 'pl',
  style: 'printed',
  weight: 0.35,
  supports: [],
  render(c) {
    const { rng } = c;
    const [portal, domain] = rng.pick([
      ['pracawholandii.pl', 'pracawholandii.pl'],
      ['Pracuj.pl', 'pracuj.pl'],
      ['OLX Praca', 'olx.pl'],
      ['jobsinnl.pl', 'jobsinnl.pl'],
    ] as const);
    const job = rng.pick([
      'Pracownik produkcji – Venlo',
      'Kierowca kat. B – Tilburg',
      'Order picker – Waalwijk',
      'Sprzątanie biur – Rotterdam',
      'Ogrodnik – Westland',
    ]);
    return [
      [
        `${portal} <no-reply@${domain}>`,
        `do: ${mailName(c)}@interia.pl`,
        `${fmtDate(c.date, 'dot')} ${clock(c, 0, 23)}`,
        '',
        `Temat: Twoja aplikacja została wysłana: ${job}`,
        '',
        `Cześć ${c.p.firstName},`,
        '',
        ...paras(
          80,
          `Potwierdzamy, że Twoje CV zostało przesłane do pracodawcy ${rng.pick(STAFFING)} w odpowiedzi na ogłoszenie „${job}” (nr ref. ${rng.digits(7)}).`,
          'Pracodawca skontaktuje się z wybranymi kandydatami. Status aplikacji możesz sprawdzić w zakładce „Moje aplikacje”.',
        ),
        '',
        `Stanowisko:     ${job}`,
        `Data wysłania:  ${fmtDate(c.date, 'dot')}`,
        `Status:         ${rng.pick(['Wysłana', 'Wyświetlona przez pracodawcę'])}`,
        '',
        'Powodzenia!',
        `Zespół ${portal}`,
      ],
    ];
  },
};

const enApplicationsList: Template = {
  id: 'job_application_proof.en.applications-log-table',
  type: 'job_application_proof',
  lang: 'en',
  style: 'form',
  weight: 0.35,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const n = rng.int(4, 9);
    const w = [11, 28, 24, 14, 16];
    const rows: string[] = [];
    for (let i = 0; i < n; i++) {
      rows.push(
        row(
          [
            fmtDate(past(c, 1, 30), 'slash'),
            rng.pick([...EMPLOYERS, ...STAFFING]).slice(0, 27),
            rng.pick(JOB_TITLES_EN).slice(0, 23),
            rng.pick(['online', 'e-mail', 'in person', 'phone', 'LinkedIn']),
            rng.pick(['waiting', 'rejected', 'no reply', 'interview', 'rejected']),
          ],
          w,
        ),
      );
    }
    return [
      [
        `Job applications - ${rng.pick(['overview', 'my list', 'record'])} ${c.date.getUTCFullYear()}`,
        `Name: ${c.p.name}`,
        ...ids(c, EN),
        `Period: ${fmtDate(past(c, 28, 31), 'en')} - ${fmtDate(c.date, 'en')}`,
        '',
        row(['Date', 'Company', 'Position', 'How', 'Result'], w),
        '-'.repeat(96),
        ...rows,
        '',
        rng.pick([
          'Screenshots of the confirmation e-mails are attached.',
          'I can show the e-mails on my phone at the next appointment.',
          'Rejections I received are stapled behind this page.',
        ]),
        `Signed: ${c.p.name}`,
      ],
    ];
  },
};

export const requestLinesTemplates: Template[] = [
  enScribbledRequest,
  trDaughterForFather,
  ukZaiavaRuchna,
  arPhoneTypedRequest,
  plWniosekList,
  nlLowLiteracyNote,
  nlSocialWorkerFamily,
  nlFilledFormLevensonderhoud,
  enDivorcedExpat,
  enSubjectAccessHand,
  plRodoErasureEmail,
  trKvkkCorrection,
  arErasureLetter,
  ukFileAccess,
  nlRectificationLetter,
  nlMantelzorgParking,
  nlDisabledParkingCard,
  plWmoHousehold,
  ukBirthCertificate,
  nlObjectionReceiptHandedBack,
  enPartTimeEmail,
  plNewAddressEmail,
  plWhatsappPartnerMovesIn,
  ukChildLeftNote,
  trCarBoughtNote,
  nlInheritanceNote,
  arRejectionEmail,
  nlAgencyWhatsapp,
  plJobPortalConfirmation,
  enApplicationsList,
];
