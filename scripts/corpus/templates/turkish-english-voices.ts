import { EMPLOYERS, STAFFING } from '../pools.ts';
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
  monthName,
  one,
  paginate,
  paras,
  past,
  row,
} from '../template.ts';

/**
 * Turkish and English voices (2): post the classifier tends to mix up — proof of applications,
 * stays abroad, medical papers, wage slips — written by second-generation Dutch-Turks who switch
 * between Turkish and Dutch, elderly Turkish writers, expats, students, partners of Dutch citizens,
 * and Nigerian and Indian writers in their own English. Letters, forms, e-mails, chat printouts,
 * booking confirmations with a note scribbled on them. Each template is its own group and has its
 * own wording: documents of one type share meaning, never sentences.
 *
 * Client evidence (BSN, client number, birth date) appears only when `c.show` asks for it, next to
 * the writer's own label, through `idLines`/`idLine`.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const inline = (c: Ctx, l: IdLabels, joint = ' | ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });

/** Second-generation writers: Dutch labels copied from the letters, Turkish around them. */
const KARMA: IdLabels = {
  bsn: ['BSN', 'bsn nr', 'BSN-nummer', 'BSN no'],
  client: ['Klantnummer', 'klantnr.', 'Klant numarası', 'dossiernr'],
  birth: ['Geb. datum', 'Doğum tarihi', 'geboren'],
};
/** Elderly writers and newcomers, in Turkish. */
const YASLI: IdLabels = {
  bsn: ['BSN numaram', 'Sosyal sigorta no (BSN)', 'BSN no.'],
  client: ['Belediyedeki numaram', 'Müşteri numaram', 'Dosya no'],
  birth: ['Doğum tarihim', 'Doğum', 'D. tarihi'],
};
/** Turkish institutions and firms writing formally. */
const RESMI: IdLabels = {
  bsn: ['BSN (Burgerservicenummer)', 'Hollanda BSN', 'BSN'],
  client: ['Belediye müşteri no', 'Klantnummer'],
  birth: ['Doğum Tarihi', 'Doğum tarihi'],
};
/** Expats and students writing English. */
const EXPAT: IdLabels = {
  bsn: ['BSN', 'BSN (citizen service number)', 'Citizen service no.', 'BSN number'],
  client: ['Client number', 'Client no.', 'Your reference', 'Klantnummer'],
  birth: ['Date of birth', 'DOB', 'Born'],
};
/** Nigerian and Indian writers: the forms they know from home. */
const HOME: IdLabels = {
  bsn: ['BSN No.', 'Social number (BSN)', 'BSN', 'Burger service number'],
  client: ['File No.', 'Client No.', 'Ref. No.', 'Municipality number'],
  birth: ['D.O.B', 'Date of Birth', 'D.O.B.'],
};
/** Employers and institutions writing English. */
const OFFICE: IdLabels = {
  bsn: ['BSN', 'Citizen Service Number (BSN)', 'BSN/Sofi no.'],
  client: ['Municipal client number', 'Client number'],
  birth: ['Date of birth', 'Date of Birth'],
};

/** Turkish typed on a Dutch phone: without ı, ş, ğ, ü, ö, ç. */
const ascii = (s: string) =>
  s.replace(
    /[ıİşŞğĞüÜöÖçÇ]/g,
    (ch) => ({ ı: 'i', İ: 'I', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ü: 'u', Ü: 'U', ö: 'o', Ö: 'O', ç: 'c', Ç: 'C' })[ch] as string,
  );
const phoneTr = (c: Ctx, s: string, p = 0.5) => (c.rng.chance(p) ? ascii(s) : s);
/** Slips of a hurried or elderly writer: a dropped letter, a missing capital, a doubled vowel. */
const slip = (c: Ctx, s: string, level = 0.5) => {
  let t = s;
  if (c.rng.chance(level)) t = t.replace(/\. ([A-ZÇĞİÖŞÜ])/g, (_, ch: string) => `. ${c.rng.chance(0.5) ? ch.toLowerCase() : ch}`);
  return t.replace(/[a-zçğıöşü]{6,}/g, (w) => {
    if (!c.rng.chance(level * 0.06)) return w;
    const i = c.rng.int(1, w.length - 2);
    return c.rng.chance(0.6) ? w.slice(0, i) + w.slice(i + 1) : w.slice(0, i) + w[i] + w.slice(i);
  });
};
/** English of a hurried writer: lower-case 'i', missing apostrophes, a dropped letter. */
const enSlip = (c: Ctx, s: string, level = 0.5) => {
  let t = s;
  if (c.rng.chance(level)) t = t.replace(/\bI\b/g, () => (c.rng.chance(0.5) ? 'i' : 'I'));
  if (c.rng.chance(level)) t = t.replace(/'/g, '');
  return t.replace(/[a-z]{6,}/g, (w) => {
    if (!c.rng.chance(level * 0.05)) return w;
    const i = c.rng.int(1, w.length - 2);
    return w.slice(0, i) + w.slice(i + 1);
  });
};

const AYLAR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const trDate = (d: Date) => `${d.getUTCDate()} ${AYLAR[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const enDate = (d: Date) => fmtDate(d, 'en');
const ukDate = (d: Date) => fmtDate(d, 'slash');
const lower = (s: string) =>
  ascii(s)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
const mailOf = (c: Ctx, first: string, last: string) => `${lower(first)}${c.rng.pick(['.', '_', ''])}${lower(last)}${c.rng.int(1, 99)}`;
const gm = (c: Ctx) => lower(c.org.city);
/** A place name with the Turkish locative suffix, vowel harmony and all: Ordu'da, Kayseri'de, Sivas'ta. */
const loc = (place: string) => {
  const v = [...place.toLocaleLowerCase('tr-TR')].filter((ch) => 'aıoueiöü'.includes(ch)).pop() ?? 'a';
  const hard = 'çfhkpsşt'.includes(place.slice(-1));
  return `${place}'${hard ? 't' : 'd'}${'aıou'.includes(v) ? 'a' : 'e'}`;
};
const IL = ['Kayseri', 'Konya', 'Sivas', 'Yozgat', 'Afyon', 'Aksaray', 'Kırşehir', 'Çorum', 'Trabzon', 'Rize', 'Ordu', 'Denizli', 'Bursa'];
const KOY = ['Yeşilova', 'Akçakaya', 'Kuyucak', 'Sarıkaya', 'Cumaalanı', 'Bahçecik', 'Karakuyu', 'Dedeler'];
const TR_HOSP = [
  'Ankara Şehir Hastanesi',
  'Kayseri Şehir Hastanesi',
  'Konya Numune Hastanesi',
  'Sivas Numune Hastanesi',
  'Bursa Yüksek İhtisas Eğitim ve Araştırma Hastanesi',
  'Trabzon Kanuni Eğitim ve Araştırma Hastanesi',
];
const TR_DR = [
  'Uzm. Dr. Serkan Özdemir',
  'Doç. Dr. Nurcan Aydoğan',
  'Op. Dr. Levent Karataş',
  'Uzm. Dr. Gülay Erdem',
  'Dr. Öğr. Üyesi Tolga Şen',
];
const NG_NAMES = ['Chinedu Okafor', 'Ngozi Adeyemi', 'Oluwaseun Bello', 'Adaeze Nwosu', 'Emeka Eze', 'Funmilayo Ogunleye'];
const IN_NAMES = ['Priya Raghavan', 'Arjun Mehta', 'Sandeep Kulkarni', 'Deepa Iyer', 'Rohit Sharma', 'Ananya Nair'];

// =============================================================================================
// JOB APPLICATION PROOF
// =============================================================================================

/** An elderly-ish newcomer's own list of applications, by hand on lined paper, for the werkcoach. */
const trHandList: Template = {
  id: 'job_application_proof.tr.elle-yazilmis-is-arama-defteri',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const places = rng.sample(
      [
        ['Bakkerij', 'fırın, hamur işi', 'kendim gittim, CV bıraktım'],
        ['Döner zaak', 'kasada / mutfakta', 'patron yarın ara dedi'],
        ['Schoonmaakbedrijf', 'ofis temizliği akşam', 'telefonla aradım, isim yazdılar'],
        ['Kassen (tuinbouw)', 'serada domates toplama', 'otobüs yok, servis var mı sordum'],
        ['Supermarkt', 'raf dolduran', 'internetten form doldurdum (oğlum yardım etti)'],
        ['Kapsalon', 'berber kalfası', 'deneme günü istediler'],
        ['Kledingwinkel', 'depoda', 'Hollandaca az dediler'],
        ['Autogarage', 'araba yıkama', 'cevap bekliyorum'],
        ['Meubelfabriek', 'montaj', 'uitzendbureau üzerinden'],
      ] as const,
      rng.int(4, 7),
    );
    const lines = places.map(([where, what, how], i) => {
      const d = past(c, 2 + i * 3, 4 + i * 4);
      return slip(
        c,
        `${i + 1}) ${fmtDate(d, 'short')}  ${where} ${rng.pick(c.org.city ? [c.org.city, 'merkez', 'sanayi'] : ['merkez'])} - ${what} - ${how}`,
        0.5,
      );
    });
    return [
      [
        rng.pick(['İŞ BAŞVURULARIM', 'Başvuru listesi', 'Sollicitaties - iş aradığım yerler']),
        `${rng.pick(['Ay', 'Dönem'])}: ${AYLAR[c.date.getUTCMonth()]} ${c.date.getUTCFullYear()}`,
        '',
        `Adı Soyadı: ${c.p.name}`,
        ...ids(c, YASLI),
        '',
        ...lines,
        '',
        ...paras(
          58,
          slip(
            c,
            one(
              rng,
              'Her hafta en az 4 yere gitmem gerekiyor dediniz, ben 5-6 yere gidiyorum. Bazıları kağıt vermiyor, o yüzden buraya yazdım.',
              'Dükkanlara kendim gidiyorum çünkü bilgisayarım yok. Telefon numaraları arkada yazılı, arayıp sorabilirsiniz.',
              'Dizlerim ağrıdığı için ağır iş yapamam ama oturarak veya ayakta az iş olursa hazırım.',
            ),
            0.5,
          ),
        ),
        '',
        `İmza: ${c.p.firstName[0]}. ${c.p.lastName}`,
      ],
    ];
  },
};

/** A Turkish-Dutch uitzendbureau confirms the registration, in Turkish for its Turkish-speaking candidates. */
const trAgencyRegistration: Template = {
  id: 'job_application_proof.tr.uitzendbureau-kayit-onay-yazisi',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick(['Anadolu Flex Personeel B.V.', 'Birlik Uitzendbureau', 'Köprü Werkt B.V.', 'EuroTürk Personeelsdiensten']);
    const consultant = c.r;
    const sectors = rng.sample(
      ['lojistik / depo', 'üretim (productie)', 'gıda paketleme', 'temizlik', 'inşaat yardımcısı', 'şoförlük (C ehliyeti)'],
      3,
    );
    return [
      [
        agency,
        `${rng.pick(['Vestiging', 'Şube'])} ${c.org.city} - ${rng.pick(['Industrieweg', 'Kanaalstraat', 'Stationsplein'])} ${rng.int(2, 90)}`,
        `Tel. 0${rng.int(10, 79)}-${rng.digits(7)}  ·  KvK ${rng.digits(8)}  ·  NEN 4400-1`,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${c.org.city}, ${trDate(c.date)}`,
        '',
        'Konu: Kayıt onayı / Bevestiging inschrijving',
        '',
        `${he(c, 'Sayın Bay', 'Sayın Bayan')} ${c.p.lastName},`,
        '',
        ...paras(
          84,
          `${fmtDate(past(c, 0, 6), 'dmy')} tarihinde ofisimizde yaptığımız görüşme sonrasında iş arayan olarak sistemimize kaydınız tamamlanmıştır. Kayıt numaranız: ${rng.letters(2)}-${rng.digits(6)}.`,
          `Sizin için uygun gördüğümüz alanlar: ${sectors.join(', ')}. Çalışmak istediğiniz saatler: ${rng.pick(['tam gün', 'haftada 24-32 saat', 'sadece gündüz vardiyası', 'üç vardiya mümkün'])}.`,
          one(
            rng,
            'Profilinize uyan bir iş olduğunda danışmanımız size ulaşacaktır. Kimlik belgenizi ve banka kartınızı yanınızda getirmeyi unutmayın.',
            'Şu anda bekleme listesindesiniz. Her pazartesi bizi arayarak müsaitliğinizi bildirmenizi rica ederiz.',
            'Hollandaca dil seviyeniz nedeniyle önce Türkçe konuşan ekip şefleri olan projelere yönlendirileceksiniz.',
          ),
          'Bu yazıyı belediyedeki iş danışmanınıza (werkconsulent) başvuru kanıtı olarak verebilirsiniz.',
        ),
        '',
        ...ids(c, RESMI),
        '',
        'Saygılarımızla,',
        `${consultant.name}`,
        `Intercedent / Danışman - ${agency}`,
      ],
    ];
  },
};

/** A Turkish-Dutch wholesaler turns an applicant down, politely, in Turkish. */
const trRejectionLetter: Template = {
  id: 'job_application_proof.tr.toptanci-olumsuz-cevap-mektubu',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Öz Gıda Groothandel B.V.',
      'Bereket Import & Export',
      'Marmara Vleeswaren B.V.',
      'Yıldız Bakkerij Groothandel',
    ]);
    const job = rng.pick(['depo elemanı', 'forklift operatörü', 'satış temsilcisi', 'paketleme personeli', 'dağıtım şoförü']);
    return [
      [
        firm.toUpperCase(),
        `${rng.pick(['Bedrijventerrein', 'Havengebied'])} ${c.org.city}`,
        '',
        `Sayın ${c.p.name},`,
        '',
        ...paras(
          80,
          `${fmtDate(past(c, 7, 30), 'dmy')} tarihinde ${job} pozisyonu için bize gönderdiğiniz özgeçmiş ve başvurunuz için teşekkürler.`,
          one(
            rng,
            'Başvurunuzu dikkatle inceledik; ancak bu pozisyon için daha fazla deneyime sahip bir aday ile devam etmeye karar verdik.',
            'Çok sayıda başvuru aldık. Maalesef sizi bu aşamada mülakata davet edemiyoruz.',
            'Görüşmemiz için tekrar teşekkürler. Üzülerek bildiririz ki seçimimiz başka bir adaydan yana oldu.',
          ),
          rng.chance(0.6) &&
            'Özgeçmişinizi altı ay boyunca dosyamızda tutacağız ve yeni bir pozisyon açıldığında sizinle iletişime geçebiliriz.',
          'Size iş arayışınızda başarılar dileriz.',
        ),
        '',
        'Saygılarımızla,',
        `${c.r.name}`,
        rng.pick(['İnsan Kaynakları', 'Personeelszaken', 'Genel Müdür']),
        '',
        `Ref: SOL-${c.date.getUTCFullYear()}-${rng.digits(4)}`,
      ],
    ];
  },
};

/** An employer's e-mail reply to an Indian applicant, printed with the applicant's original below. */
const enEmployerReply: Template = {
  id: 'job_application_proof.en.employer-email-reply-thread',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['client-number'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Bol.com B.V.',
      'Coolblue B.V.',
      'DHL Supply Chain',
      'Tata Consultancy Services NL',
      'Sodexo Nederland',
      'Hotel Okura',
    ]);
    const job = rng.pick([
      'Inbound Logistics Associate',
      'Junior Test Analyst',
      'Kitchen Steward',
      'Night Auditor',
      'Customer Support (English)',
    ]);
    const hr = c.r;
    const sent = past(c, 2, 12);
    return [
      [
        `From: ${hr.firstName} ${hr.lastName} <recruitment@${lower(firm.replace(/B\.V\.|Nederland|NL/g, '')).slice(0, 18)}.nl>`,
        `To: ${c.p.email}`,
        `Date: ${enDate(c.date)} ${clock(c, 9, 17)}`,
        `Subject: RE: Application ${job} – ${c.p.name}`,
        '',
        `Dear ${c.p.firstName},`,
        '',
        ...paras(
          82,
          one(
            rng,
            `Thank you for your interest in the ${job} role. We would like to invite you for a short video call on ${enDate(ahead(c, 2, 9))} at ${clock(c, 9, 15)}. Please confirm whether this suits you.`,
            `Thanks for applying. We have received your CV and cover letter and our team will review them within ten working days.`,
            `Thank you for taking the time to apply. The position has been put on hold for now; we will keep your details and let you know if it reopens.`,
          ),
          'Kind regards,',
        ),
        `${hr.name} | Talent Acquisition | ${firm}`,
        '',
        `-----Original message----- (${enDate(sent)})`,
        ...paras(
          82,
          enSlip(
            c,
            `Respected Sir/Madam, I am writing to apply for the post of ${job} advertised on ${rng.pick(['Indeed', 'your website', 'werk.nl'])}. I have ${rng.int(2, 9)} years experience in ${rng.pick(['Bengaluru', 'Pune', 'Chennai', 'Hyderabad'])} and I am presently residing in ${c.org.city} with valid residence permit. Kindly find attached my resume. Awaiting your kind reply.`,
            0.3,
          ),
        ),
        '',
        ...maybe(rng, 0.7, () => [
          `[pen] for my werkcoach — ${c.p.name}${c.show.clientNumber && c.p.clientNumber ? `, client no. ${c.p.clientNumber}` : ''}`,
        ]),
      ],
    ];
  },
};

/** A student prints the "Applied" list of a job site, page by page, and ticks the ones that answered. */
const enAppliedListPrintout: Template = {
  id: 'job_application_proof.en.jobsite-applied-list-print',
  type: 'job_application_proof',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: [],
  render(c) {
    const { rng } = c;
    const n = rng.int(5, 14);
    const items: string[] = [];
    for (let i = 0; i < n; i++) {
      const d = addDays(c.date, -(i * 2 + rng.int(1, 2)));
      items.push(
        `${rng.pick(['Part-time Sales Assistant', 'Warehouse Worker (English speaking)', 'Student Tutor', 'Barista', 'Bike Courier', 'Call Centre Agent – English/Turkish', 'Intern Marketing', 'Dishwasher'])}`,
        `   ${rng.pick([...EMPLOYERS, ...STAFFING])} · ${rng.pick([c.org.city, 'Amsterdam', 'Rotterdam', 'Utrecht', 'Remote'])}`,
        `   Applied ${Math.max(1, Math.round((c.date.getTime() - d.getTime()) / 86_400_000))}d ago · ${rng.pick(['Application viewed', 'Application sent', 'No longer accepting applications', 'Resume downloaded'])}${rng.chance(0.2) ? '   ✓ (called me)' : ''}`,
        '',
      );
    }
    return paginate(
      items,
      28,
      (p, t) => [`My Jobs › Applied (${n})        ${enDate(c.date)}   page ${p}/${t}`, `${c.p.name} · ${c.p.email}`, ''],
      (p, t) => (p === t ? ['', rng.pick(['printed from browser', 'Show more results', '© Job network — Privacy & Terms'])] : []),
    );
  },
};

// =============================================================================================
// HOLIDAY NOTICE
// =============================================================================================

/** A second-generation client writes, half in Dutch, that she/he goes to a cousin's wedding in Turkey. */
const trWeddingLetter: Template = {
  id: 'holiday_notice.tr.kuzen-dugunu-karisik-mektup',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 10, 40);
    const back = addDays(go, rng.int(7, 21));
    const il = rng.pick(IL);
    return [
      [
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, KARMA),
        '',
        `Aan: gemeente ${c.org.city}, Werk en Inkomen`,
        `${fmtDate(c.date, 'dmy')}`,
        '',
        'Betreft: melding verblijf buitenland / yurtdışı bildirimi',
        '',
        ...paras(
          60,
          slip(
            c,
            `Beste consulent, merhaba. Ik wil doorgeven dat ik naar Turkije ga voor de bruiloft van mijn ${rng.pick(['neef', 'nicht', 'kuzenim', 'broer'])} in ${il}. ${one(rng, 'Düğün cumartesi, kına gecesi cuma.', 'Nişan geçen yıldı, şimdi düğün oluyor.', 'Hele familie gaat, annem ısrar etti.')}`,
            0.4,
          ),
          `Vertrek: ${fmtDate(go, 'dmy')} — terug: ${fmtDate(back, 'dmy')}. ${one(rng, 'Dat is minder dan 4 weken dacht ik.', 'Bileti amcam aldı, ik betaal niks.', 'Ik ben telefonisch bereikbaar op mijn NL nummer.')}`,
          slip(
            c,
            one(
              rng,
              'Als er een afspraak is in die tijd, laat het me aub eerder weten. Teşekkürler.',
              'Sollicitaties doe ik online door, ook vanuit Turkije.',
            ),
            0.4,
          ),
        ),
        '',
        'Groetjes / selamlar,',
        c.p.firstName,
      ],
    ];
  },
};

/** An elderly man dictates to his grandchild: the summer in the village, on a form page from the counter. */
const trVillageSummerForm: Template = {
  id: 'holiday_notice.tr.koyde-yaz-formu-el-yazisi',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'form',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCMonth() > 6 ? c.date.getUTCFullYear() + 1 : c.date.getUTCFullYear();
    const summerStart = new Date(Date.UTC(y, 5, rng.int(1, 28)));
    const go = summerStart.getTime() > c.date.getTime() + 7 * 86_400_000 ? summerStart : ahead(c, 10, 30);
    const back = addDays(go, rng.int(21, 28));
    const koy = rng.pick(KOY);
    const il = rng.pick(IL);
    return [
      [
        `Gemeente ${c.org.city}`,
        'Formulier vakantie / verblijf buiten Nederland',
        '(Türkçe dolduruldu)',
        '',
        `Naam:  ${c.p.name}`,
        ...ids(c, YASLI, ':  ', 'dmy'),
        `Telefoon:  ${c.p.phone}`,
        '',
        `Land:  Türkiye`,
        `Adres daar / orada adres:  ${koy} köyü, ${il}`,
        `Vertrekdatum:  ${fmtDate(go, 'dmy')}`,
        `Terugkomst:  ${fmtDate(back, 'dmy')}`,
        `Reist u met partner / kinderen?  ${rng.pick(['eşimle', 'ja, met mijn vrouw', 'yalnız', 'hanımla beraber'])}`,
        '',
        'Reden / açıklama:',
        ...paras(
          62,
          slip(
            c,
            one(
              rng,
              `Her yaz köye gideriz. Evimiz orada, bahçeye bakmak lazım. ${rng.int(24, 28)} günden fazla kalmayacağız, dönüş bileti ektedir.`,
              'Köyde annemin mezarını ziyaret edeceğiz, bir de evin çatısı akıtıyor onu tamir ettireceğiz.',
              'Hollanda yazın bize çok nemli geliyor, doktor da biraz dinlenin dedi. Köyde sadece akrabalar var.',
            ),
            0.5,
          ),
        ),
        '',
        rng.pick(['(torunum Elif doldurdu)', '(oğlum yazdı, ben imzaladım)', '(yazan: torunu)']),
        `Handtekening: ____${c.p.lastName}____     Datum: ${fmtDate(c.date, 'dmy')}`,
      ],
    ];
  },
};

/** A daughter e-mails from her phone: her mother is to be operated on in Turkey, she must go at short notice. */
const trMotherOperationMail: Template = {
  id: 'holiday_notice.tr.anne-ameliyat-acil-gidis-maili',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const go = addDays(c.date, rng.int(1, 4));
    const weeks = rng.int(2, 5);
    const surgery = rng.pick([
      'bypass ameliyatı',
      'kalça protezi ameliyatı',
      'safra kesesi ameliyatı',
      'katarakt ameliyatı',
      'diz ameliyatı',
    ]);
    return [
      [
        `Van: ${mailOf(c, c.p.firstName, c.p.lastName)}@hotmail.com`,
        `Aan: werkeninkomen@${gm(c)}.nl`,
        `Datum: ${fmtDate(c.date, 'dmy')} ${clock(c, 6, 23)}`,
        `Onderwerp: ${rng.pick(['dringend - ik moet naar Turkije', 'annem ameliyat / afwezig', 'Melding buitenland'])}`,
        '',
        ...paras(
          76,
          phoneTr(
            c,
            `Merhaba, ${one(rng, 'ik weet niet of dit goed is om te mailen maar', 'belediyeyi aradım ama hat meşguldü, daarom mail ik')}: annem ${loc(rng.pick(IL))} hastanede yatıyor, ${surgery} olacak. Başka kardeşim yok, yanında olmam lazım.`,
            0.6,
          ),
          `Ik vertrek ${fmtDate(go, 'dmy')} en blijf ongeveer ${weeks} weken. ${one(rng, 'Dönüş tarihini henüz bilmiyorum, doktorun ne diyeceğine bağlı.', 'Retour is nog niet geboekt, ik laat het weten.', 'Ticket heb ik bijgevoegd.')}`,
          phoneTr(
            c,
            one(
              rng,
              'Hastaneden yazı alırsam size gönderirim.',
              'Als mijn uitkering hierdoor verandert hoor ik het graag.',
              'Lütfen dossierime not edin, geri gelince hemen bildiririm.',
            ),
            0.6,
          ),
        ),
        '',
        ...ids(c, KARMA),
        '',
        `${c.p.firstName}`,
        rng.pick(['Verzonden vanaf mijn iPhone', 'Samsung Galaxy cihazımdan gönderildi', '']),
      ],
    ];
  },
};

/** A Nigerian client's e-mail: going to a funeral in Turkey — the in-laws of the Dutch-Turkish husband. */
const enFuneralEmail: Template = {
  id: 'holiday_notice.en.funeral-turkey-inlaws-email',
  type: 'holiday_notice',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 0, 3);
    const back = addDays(go, rng.int(5, 14));
    return [
      [
        `From: ${c.p.name} <${c.p.email}>`,
        `To: Team Werk en Inkomen <info@${gm(c)}.nl>`,
        `Sent: ${enDate(c.date)}`,
        `Subject: ${rng.pick(['Notification of travel – bereavement', 'Travelling to Turkey for burial', 'Urgent: absence abroad'])}`,
        '',
        'Good day,',
        '',
        ...paras(
          80,
          enSlip(
            c,
            `I write to notify your good office that my ${rng.pick(['father-in-law', 'mother-in-law', "husband's grandmother"])} passed away ${rng.pick(['yesterday', 'this morning', 'on Sunday'])} in ${rng.pick(IL)}, Turkey. By their custom the burial is done quickly, so my husband and I will be travelling ${go.getTime() === c.date.getTime() ? 'today' : `on ${enDate(go)}`}.`,
            0.3,
          ),
          `We are planning to return on ${enDate(back)}. ${one(rng, 'I will be staying with the family in their house for the mourning days.', 'The tickets were bought by my brother-in-law.', 'We will remain reachable by WhatsApp on the same number.')}`,
          enSlip(
            c,
            one(
              rng,
              'Please kindly let me know if this affects my benefit in any way. I did not want to travel without informing you.',
              'I have an appointment with my consultant next week; kindly reschedule it. I apologise for the short notice.',
            ),
            0.3,
          ),
        ),
        '',
        ...ids(c, HOME),
        '',
        'Thank you and God bless,',
        c.p.name,
      ],
    ];
  },
};

/** A flight booking confirmation (Turkish airline, English), printed, with a handwritten note on top. */
const enFlightBookingNote: Template = {
  id: 'holiday_notice.en.flight-booking-with-note',
  type: 'holiday_notice',
  lang: 'en',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 7, 50);
    const back = addDays(go, rng.int(6, 27));
    const [carrier, code] = rng.pick([
      ['Pegasus Airlines', 'PC'],
      ['SunExpress', 'XQ'],
      ['Turkish Airlines', 'TK'],
      ['Corendon Airlines', 'CAI'],
    ] as const);
    const from = rng.pick(['AMS Amsterdam', 'RTM Rotterdam', 'EIN Eindhoven']);
    const to = rng.pick(['ASR Kayseri', 'KYA Konya', 'ADB Izmir', 'ESB Ankara', 'SAW Istanbul Sabiha Gökçen', 'AYT Antalya']);
    const pnr = rng.letters(6);
    const w = [12, 40, 8];
    return [
      [
        `[handwritten] ${rng.pick(['For my consultant —', 'Aan mijn consulent:', 'Note:'])} ${enSlip(c, one(rng, `I go for family visit, back ${fmtDate(back, 'dmy')}.`, `travelling with my kids in school holiday, return date below`, `visiting my partners family in Turkey. Back on ${fmtDate(back, 'dmy')}.`), 0.4)}`,
        ...inline(c, EXPAT),
        '',
        `${carrier} — Booking confirmation`,
        `Booking reference (PNR): ${pnr}`,
        `Booked on: ${enDate(past(c, 1, 30))}`,
        '',
        'PASSENGERS',
        `1. ${c.p.lastName.toUpperCase()}/${c.p.firstName.toUpperCase()} ${he(c, 'MR', 'MS')}`,
        ...maybe(rng, 0.5, () => [`2. ${c.q.lastName.toUpperCase()}/${c.q.firstName.toUpperCase()} ${c.q.gender === 'f' ? 'MS' : 'MR'}`]),
        '',
        'FLIGHTS',
        ['Date', 'Route', 'Flight'].map((x, i) => x.padEnd(w[i] as number)).join(' '),
        [fmtDate(go, 'dot'), `${from} → ${to}`, `${code}${rng.int(100, 999)}`].map((x, i) => x.padEnd(w[i] as number)).join(' '),
        [fmtDate(back, 'dot'), `${to} → ${from}`, `${code}${rng.int(100, 999)}`].map((x, i) => x.padEnd(w[i] as number)).join(' '),
        '',
        `Baggage: ${rng.pick(['20 kg checked + 8 kg cabin', '15 kg + cabin bag', 'cabin bag only'])}`,
        `Total paid: ${money(rng.amount(180, 780))} EUR (card **** ${rng.digits(4)})`,
        '',
        'Please be at the airport at least 3 hours before departure. Passport valid for 150 days is required.',
      ],
    ];
  },
};

// =============================================================================================
// MEDICAL STATEMENT
// =============================================================================================

/** A Turkish hospital's discharge summary (epikriz), brought back from a stay in Turkey. */
const trEpikriz: Template = {
  id: 'medical_statement.tr.hastane-taburcu-epikriz-formu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const inDate = past(c, 20, 90);
    const outDate = addDays(inDate, rng.int(3, 14));
    const [tani, icd, seyir, servis] = rng.pick([
      [
        'Akut miyokard enfarktüsü',
        'I21.9',
        "Koroner anjiyografi yapıldı, LAD'ye stent takıldı. Takipte göğüs ağrısı olmadı.",
        'Kardiyoloji',
      ],
      [
        'Lomber disk hernisi (L4-L5)',
        'M51.1',
        'Mikrodiskektomi uygulandı. Postoperatif dönemde nörolojik defisit gelişmedi.',
        'Beyin ve Sinir Cerrahisi',
      ],
      ['Pnömoni, tip 2 diyabet', 'J18.9', 'IV antibiyotik tedavisi verildi. Kan şekeri regülasyonu sağlandı.', 'Göğüs Hastalıkları'],
      ['Kolesistit', 'K81.0', 'Laparoskopik kolesistektomi yapıldı. Komplikasyon gelişmedi.', 'Genel Cerrahi'],
    ] as const);
    const f = (k: string, v: string) => `${k.padEnd(20)}: ${v}`;
    return [
      [
        'T.C. SAĞLIK BAKANLIĞI',
        rng.pick(TR_HOSP).toLocaleUpperCase('tr-TR'),
        '',
        'EPİKRİZ (TABURCU ÖZETİ)',
        '',
        f('Hasta adı soyadı', c.p.name.toLocaleUpperCase('tr-TR')),
        ...(c.show.birthDate ? [f('Doğum tarihi', fmtIso(c.p.birthDate, 'dot'))] : []),
        f('Protokol no', rng.digits(8)),
        f('Yatış tarihi', fmtDate(inDate, 'dot')),
        f('Çıkış tarihi', fmtDate(outDate, 'dot')),
        f('Servis', servis),
        '',
        `TANI: ${tani} (ICD-10: ${icd})`,
        '',
        'HİKAYE: Hasta yurtdışında (Hollanda) ikamet etmekte olup yaz ziyareti sırasında acil servise başvurdu.',
        `KLİNİK SEYİR: ${seyir}`,
        '',
        'ÖNERİLER:',
        `- ${rng.int(2, 8)} hafta ağır fiziksel aktiviteden kaçınması,`,
        `- ${rng.pick(['Kontrol için ikamet ettiği ülkedeki hekimine başvurması', '10 gün sonra dikiş kontrolü', 'İlaçlarını düzenli kullanması'])},`,
        `- ${rng.pick(['Uçak yolculuğu için en az 2 hafta beklemesi', 'Diyet ve yürüyüş önerildi', 'Fizik tedavi programına devam etmesi'])}.`,
        '',
        `Taburcu eden hekim: ${rng.pick(TR_DR)}`,
        'e-imzalıdır  ·  Bu belge e-Nabız sisteminden de görüntülenebilir.',
      ],
    ];
  },
};

/** A family doctor's report (doktor raporu) for the werkcoach: not fit for certain work, asked for by the client. */
const trDoctorReport: Template = {
  id: 'medical_statement.tr.aile-hekimi-calisamaz-raporu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['name-birthdate', 'bsn'],
  render(c) {
    const { rng } = c;
    const days = rng.pick([10, 15, 20, 30, 45]);
    const from = past(c, 0, 8);
    return [
      [
        `${rng.pick(['Kocasinan', 'Selçuklu', 'Talas', 'Merkezefendi', 'Nilüfer'])} ${rng.int(1, 22)} No'lu Aile Sağlığı Merkezi`,
        '',
        'DOKTOR RAPORU',
        '',
        `Adı soyadı: ${c.p.name}`,
        ...ids(c, RESMI),
        `T.C. kimlik / yabancı kimlik no: ${rng.int(1, 9)}${rng.digits(10)}`,
        '',
        ...paras(
          74,
          `Yukarıda kimliği yazılı kişi ${fmtDate(from, 'dot')} tarihinde muayene edilmiştir. ${one(rng, 'Bel fıtığı ve siyatalji', 'Hipertansiyon ve baş dönmesi', 'Depresif bozukluk ve uykusuzluk', 'Sağ omuzda tendinit')} tanısıyla ${days} gün ${one(rng, 'istirahati uygundur', 'ağır işte çalışamaz', 'yurtdışına seyahat etmesi sakıncalıdır')}.`,
          rng.chance(0.5) && `Kontrol muayenesi: ${fmtDate(addDays(from, days), 'dot')}.`,
        ),
        '',
        `Düzenleyen hekim: ${rng.pick(TR_DR)}  (Dip. tescil no ${rng.digits(6)})`,
        '[mühür]  [ıslak imza]',
        '',
        ...maybe(rng, 0.6, () => ['Not (hasta yakını): Raporun Hollandaca tercümesi yapılacak, önce bunu gönderiyoruz.']),
      ],
    ];
  },
};

/** An English GP's letter for an expat who recently moved from the UK. */
const enGpLetter: Template = {
  id: 'medical_statement.en.uk-surgery-to-whom-letter',
  type: 'medical_statement',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const surgery = rng.pick(['Riverside Medical Practice', 'The Elms Surgery', 'Bramley Health Centre', 'Castlegate Family Practice']);
    const dx = rng.pick([
      'generalised anxiety disorder with recurrent panic attacks',
      'chronic lower back pain following a lumbar disc prolapse',
      'type 1 diabetes with unstable glucose control',
      'post-viral fatigue syndrome',
    ]);
    return [
      [
        surgery,
        `${rng.int(2, 80)} ${rng.pick(['High Street', 'Station Road', 'Church Lane'])}, ${rng.pick(['Leeds', 'Reading', 'Norwich', 'Bristol', 'Leicester'])}`,
        `Tel ${'0'}${rng.int(1100, 1999)} ${rng.digits(6)}`,
        '',
        enDate(c.date),
        '',
        'To whom it may concern',
        '',
        `Re: ${c.p.name}${c.show.birthDate ? `   DOB ${fmtIso(c.p.birthDate, 'slash')}` : ''}   NHS no. ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(4)}`,
        '',
        ...paras(
          82,
          `I have been asked by ${he(c, 'Mr', 'Ms')} ${c.p.lastName}, who was registered with this practice until ${enDate(past(c, 60, 400))}, to provide a summary of ${he(c, 'his', 'her')} health for the authorities in the Netherlands.`,
          `${he(c, 'He', 'She')} has a documented history of ${dx}. ${one(rng, 'This has required regular reviews and several changes of medication.', 'Symptoms fluctuate and are worse under pressure.', 'We referred to secondary care last year.')}`,
          `In my opinion ${he(c, 'he', 'she')} ${one(rng, 'would currently struggle to sustain full-time work', 'is fit for light duties only, with flexible hours', 'should not undertake heavy lifting or night shifts')}. I trust this information is of help in deciding what work is suitable.`,
          "Please note this letter is provided at the patient's request and a fee has been charged.",
        ),
        '',
        'Yours faithfully,',
        `Dr ${c.r.firstName} ${c.r.lastName} MRCGP`,
        'General Practitioner',
      ],
    ];
  },
};

/** A UK fit note (Statement of Fitness for Work), photocopied. */
const enFitNote: Template = {
  id: 'medical_statement.en.statement-of-fitness-for-work',
  type: 'medical_statement',
  lang: 'en',
  style: 'form',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const from = past(c, 1, 20);
    const weeks = rng.int(2, 8);
    const fit = rng.chance(0.4);
    return [
      [
        'Statement of Fitness for Work',
        'For social security or statutory sick pay',
        '',
        `Patient's name:  ${c.p.name}`,
        `I assessed your case on:  ${ukDate(from)}`,
        `and, because of the following condition(s):  ${rng.pick(['Fractured wrist (R)', 'Depression', 'Post-operative recovery – hernia repair', 'Sciatica', 'Long COVID'])}`,
        '',
        'I advise you that:',
        `${fit ? '[ ]' : '[x]'} you are not fit for work.`,
        `${fit ? '[x]' : '[ ]'} you may be fit for work taking account of the following advice:`,
        ...(fit
          ? [
              `    ${rng.pick(['[x] a phased return to work', '[x] altered hours', '[x] amended duties', '[x] workplace adaptations'])}`,
              `    Comments: ${rng.pick(['no lifting above 5 kg', 'avoid prolonged standing', 'max 4 hours a day for first fortnight'])}`,
            ]
          : []),
        '',
        `This will be the case for:  ${weeks} weeks   from ${ukDate(from)} to ${ukDate(addDays(from, weeks * 7))}`,
        `I ${rng.chance(0.5) ? 'will' : 'will not'} need to assess your fitness for work again at the end of this period.`,
        '',
        `Doctor's signature:  ~~${c.r.lastName}~~      Date of statement: ${ukDate(from)}`,
        `Doctor's address: ${rng.pick(['Park View Surgery', 'Hillside Medical Centre', 'Abbey Road Practice'])}`,
        '',
        ...maybe(rng, 0.6, () => [
          enSlip(c, `(copy — I was still in England when this started, moved to NL ${fmtDate(past(c, 1, 30), 'dmy')})`, 0.3),
        ]),
      ],
    ];
  },
};

// =============================================================================================
// PAYSLIP
// =============================================================================================

/** A Turkish-Dutch company's payslip, Dutch layout with Turkish explanations for its staff. */
const trBordroNl: Template = {
  id: 'payslip.tr.turk-hollanda-firma-bordro',
  type: 'payslip',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const [firm, job] = rng.pick([
      ['Efes Bouw & Onderhoud B.V.', 'timmerman / marangoz'],
      ['Sultan Catering B.V.', 'kok / aşçı'],
      ['Akdeniz Transport B.V.', 'chauffeur / şoför'],
      ['Lale Thuiszorg B.V.', 'helpende zorg / bakım yardımcısı'],
      ['Pamukkale Bakkerij B.V.', 'bakker / fırıncı'],
    ] as const);
    const hours = rng.int(60, 173);
    const rate = rng.amount(14.06, 19.5);
    const gross = Math.round(hours * rate * 100) / 100;
    const reis = rng.chance(0.5) ? rng.amount(20, 120) : 0;
    const pens = Math.round(gross * rng.amount(0.04, 0.07) * 100) / 100;
    const lh = Math.round((gross - pens) * rng.amount(0.07, 0.18) * 100) / 100;
    const net = gross - pens - lh + reis;
    const w = [44, 12];
    const m = c.date.getUTCMonth();
    return [
      [
        firm,
        `Loonstrook / Maaş bordrosu — ${AYLAR[m]} ${c.date.getUTCFullYear()}  (periode ${m + 1})`,
        '',
        `${'Werknemer / Çalışan'.padEnd(24)}${c.p.name}`,
        ...ids(c, { bsn: 'BSN', birth: 'Geb.datum / Doğum t.' }).map((l) => {
          const [k, v] = l.split(': ');
          return `${(k as string).padEnd(24)}${v}`;
        }),
        `${'Personeelsnr / Sicil'.padEnd(24)}${rng.digits(4)}`,
        `${'Functie / Görev'.padEnd(24)}${job}`,
        '',
        row(['Omschrijving / Açıklama', 'Bedrag €'], w),
        row([`Uurloon / Saat ücreti (${hours} u × ${money(rate)})`, money(gross)], w),
        ...(reis ? [row(['Reiskosten / Yol parası (netto)', money(reis)], w)] : []),
        row(['Pensioenpremie / Emeklilik primi', `-${money(pens)}`], w),
        row(['Loonheffing / Gelir vergisi', `-${money(lh)}`], w),
        '-'.repeat(57),
        row(['Netto / Net ödenen', money(net)], w),
        '',
        `Overgemaakt naar / Yatırılan hesap: ${ibanText(c.p.iban, rng)}`,
        `Reservering vakantiegeld / Tatil parası birikimi: ${money(gross * 0.08)}`,
        '',
        rng.pick([
          'Sorularınız için muhasebe: Hatice Hanım, pazartesi-çarşamba.',
          'Bordronuzu saklayın; belediye veya Belastingdienst isteyebilir.',
          'Vragen? Bel de administratie. Türkçe de yardım ediyoruz.',
        ]),
      ],
    ];
  },
};

/** A Turkish bakery's handwritten weekly wage note: hours per day, cash or transfer. */
const trBakeryWeekNote: Template = {
  id: 'payslip.tr.firin-haftalik-ucret-notu',
  type: 'payslip',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const days = ['Pzt', 'Salı', 'Çar', 'Per', 'Cuma', 'Cmt', 'Paz'];
    const rate = rng.pick([13, 13.5, 14, 14.5, 15]);
    let total = 0;
    const worked = rng.sample([0, 1, 2, 3, 4, 5, 6], rng.int(3, 6)).sort((a, b) => a - b);
    const lines = worked.map((i) => {
      const h = rng.int(3, 9);
      const start = rng.int(4, 7);
      total += h;
      return `  ${(days[i] as string).padEnd(5)} ${start}:00 - ${start + h}:00   ${h} saat`;
    });
    const week = rng.int(1, 52);
    return [
      [
        `${rng.pick(['Fırın', 'Bakkerij'])} ${rng.pick(['Has Ekmek', 'Öz Urfa', 'Karadeniz', 'Simit Sarayı', 'Anadolu'])} - ${c.org.city}`,
        '',
        `Hafta ${week} - ${c.p.firstName} ${c.p.lastName[0]}.`,
        ...(c.show.bsn ? [`BSN ${c.p.bsn}`] : []),
        '',
        ...lines,
        '  ----------------------',
        `  toplam ${total} saat x ${money(rate)} = ${money(total * rate)} €`,
        ...maybe(rng, 0.4, () => [`  avans -${money(rng.int(2, 10) * 10)} €`]),
        '',
        slip(
          c,
          one(rng, 'Bankaya yatırıldı.', 'Elden ödendi, imza:', 'Cuma günü bankaya geçer.', 'Brüt. Loonstrook muhasebeden gelecek.'),
          0.4,
        ),
        '',
        `${fmtDate(c.date, 'dmy')}   patron: ${c.r.lastName}`,
      ],
    ];
  },
};

/** A UK employer's monthly payslip, kept by a client who worked in England before coming to NL. */
const enUkPayslip: Template = {
  id: 'payslip.en.uk-sage-style-monthly-advice',
  type: 'payslip',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Greenfield Logistics Ltd', 'Brightcare Homes Ltd', 'Harbour Foods (UK) Ltd', 'Apex Security Services Ltd']);
    const gross = rng.amount(1600, 2900);
    const tax = Math.max(0, (gross - 1047) * 0.2);
    const ni = Math.max(0, (gross - 1048) * 0.08);
    const pens = gross * 0.05;
    const net = gross - tax - ni - pens;
    const gbp = (x: number) => `£${x.toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
    const w = [30, 12];
    const d = past(c, 60, 500);
    const period = rng.int(1, 12);
    return [
      [
        `${firm}                      PAY ADVICE`,
        '',
        row(['Employee', c.p.name], [18, 40]),
        row(['Employee no.', rng.digits(5)], [18, 40]),
        row(['NI number', `${rng.letters(2, 'ABCEGHJKLMNPRSTWXYZ')}${rng.digits(6)}${rng.pick(['A', 'B', 'C', 'D'])}`], [18, 40]),
        row(['Tax code', rng.pick(['1257L', '1257L M1', 'BR'])], [18, 40]),
        row(['Pay date', ukDate(d)], [18, 40]),
        row(['Tax period', `Month ${period}`], [18, 40]),
        '',
        row(['Payments', ''], w),
        row(['Basic salary', gbp(gross)], w),
        row(['Deductions', ''], w),
        row(['Income Tax', gbp(tax)], w),
        row(['National Insurance', gbp(ni)], w),
        row(['Pension (auto-enrol)', gbp(pens)], w),
        '-'.repeat(43),
        row(['NET PAY', gbp(net)], w),
        '',
        `Year to date: Gross ${gbp(gross * period)}   Tax ${gbp(tax * period)}`,
        `Paid by BACS to account ending ${rng.digits(4)}`,
      ],
    ];
  },
};

/** A Dutch tech firm's English payslip for an Indian knowledge migrant's partner working part-time. */
const enDutchEmployerEnglishSlip: Template = {
  id: 'payslip.en.nl-company-english-salary-slip',
  type: 'payslip',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick(['Northwave Software B.V.', 'Polder Analytics B.V.', 'Flexport Benelux B.V.', 'Canal Hotels Group B.V.']);
    const hours = rng.int(16, 32);
    const gross = Math.round(hours * 4.33 * rng.amount(15, 24) * 100) / 100;
    const wage = Math.round(gross * rng.amount(0.05, 0.16) * 100) / 100;
    const pens = Math.round(gross * 0.045 * 100) / 100;
    const net = gross - wage - pens;
    const w = [40, 14];
    return [
      [
        `${firm} — Salary slip ${monthName(c.date, 'en')} ${c.date.getUTCFullYear()}`,
        '',
        `Employee: ${c.p.name}`,
        ...ids(c, OFFICE),
        `Contract: ${hours} hours/week, ${rng.pick(['fixed term', 'indefinite', 'on-call (0-hours)'])}`,
        `Role: ${rng.pick(['Office assistant', 'Front desk', 'Junior QA', 'Housekeeping', 'Canteen staff'])}`,
        '',
        row(['Component', 'Amount (EUR)'], w),
        row(['Gross salary', money(gross)], w),
        row(['Wage tax / national insurance (loonheffing)', `-${money(wage)}`], w),
        row(['Pension contribution (PFZW)', `-${money(pens)}`], w),
        row(['Net salary', money(net)], w),
        '',
        `Holiday allowance reserved (8%): ${money(gross * 0.08)}`,
        `Paid to: ${ibanText(c.p.iban, rng)} on ${enDate(ahead(c, 0, 5))}`,
        `Loonheffingskorting applied: ${rng.pick(['yes', 'no'])}`,
      ],
    ];
  },
};

// =============================================================================================
// CHANGE FORM
// =============================================================================================

/** An elderly client tells the municipality his Turkish state pension (SGK) has started; a grandchild typed it. */
const trSgkPensionStarted: Template = {
  id: 'change_form.tr.turkiye-emekli-maasi-basladi',
  type: 'change_form',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const tlAmount = rng.int(9000, 18000);
    const eur = Math.round(tlAmount / rng.amount(33, 38));
    return [
      [
        `${c.p.name}`,
        ...ids(c, YASLI),
        '',
        `${c.org.name}`,
        'Sosyal yardım bölümüne',
        '',
        ...paras(
          58,
          slip(
            c,
            `Türkiye'de eskiden çalıştığım yıllar için borçlanma yaptım ve ${AYLAR[past(c, 5, 60).getUTCMonth()]} ayından beri SGK'dan emekli maaşı alıyorum. Aylık ${money(tlAmount)} TL, bu yaklaşık ${eur} Euro ediyor.`,
            0.5,
          ),
          slip(
            c,
            one(
              rng,
              'Para Ziraat Bankası hesabıma yatıyor, Hollanda hesabıma gelmiyor. Hesap dökümü ektedir.',
              'Bunu size bildirmem lazım dediler, o yüzden yazıyorum. Yardımımdan ne kadar kesilecek bilmiyorum.',
              'Emeklilik belgesinin fotokopisini koydum. Eksik bir şey olursa oğlumu arayın.',
            ),
            0.5,
          ),
        ),
        '',
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        `İmza: ${c.p.lastName}`,
        ...maybe(rng, 0.5, () => ['', `Oğlu ${c.q.firstName}: ${c.q.phone}`]),
      ],
    ];
  },
};

/** A second-generation client mails that the spouse from Turkey has arrived and lives with them now. */
const trSpouseArrivedMail: Template = {
  id: 'change_form.tr.esim-turkiyeden-geldi-gezinsvorming',
  type: 'change_form',
  lang: 'tr',
  style: 'printed',
  weight: 0.3,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const arrived = past(c, 1, 20);
    const partner = c.q;
    const zij = partner.gender === 'f' ? 'Ze' : 'Hij';
    return [
      [
        `Van: ${c.p.email}`,
        `Aan: ${rng.pick(['wijzigingen', 'werkeninkomen', 'klantcontact'])}@${gm(c)}.nl`,
        `Onderwerp: ${rng.pick(['wijziging gezin - eşim geldi', 'Gezinsvorming partner aangekomen', 'mijn man/vrouw woont nu bij mij'])}`,
        `Datum: ${fmtDate(c.date, 'dmy')}`,
        '',
        'Goedemiddag,',
        '',
        ...paras(
          78,
          phoneTr(
            c,
            `Hierbij meld ik een verandering in mijn gezin. Eşim ${partner.firstName} is op ${fmtDate(arrived, 'dmy')} uit Turkije gekomen met een MVV (gezinsvorming). Nikahımız geçen yıl ${loc(rng.pick(IL))} oldu. ${zij} staat sinds ${fmtDate(addDays(arrived, rng.int(1, 6)), 'dmy')} ingeschreven op mijn adres.`,
            0.5,
          ),
          phoneTr(
            c,
            one(
              rng,
              `Henüz çalışmıyor, inburgering başlayacak. Moet mijn uitkering nu naar de norm voor gehuwden?`,
              `${zij} heeft nog geen werk en geen eigen inkomen. Verblijfsvergunning pasje komt over een paar weken, dan stuur ik een kopie.`,
              `Ailemizin gelir durumu değişti mi bilmiyorum, lütfen bana hangi formları doldurmam gerektiğini yazın.`,
            ),
            0.5,
          ),
        ),
        '',
        ...ids(c, KARMA),
        '',
        'Met vriendelijke groet / saygılarımla,',
        c.p.name,
      ],
    ];
  },
};

/** An Indian client's English change form: money from selling a family plot in India. */
const enPropertySaleForm: Template = {
  id: 'change_form.en.sale-of-family-land-india',
  type: 'change_form',
  lang: 'en',
  style: 'form',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const inr = rng.int(4, 40) * 100000;
    const eur = Math.round(inr / rng.amount(88, 94));
    return [
      [
        `Gemeente ${c.org.city} — Change in circumstances (English version)`,
        '',
        `1. Your details`,
        `   Name: ${c.p.name}`,
        ...ids(c, HOME, ': ', 'slash').map((l) => `   ${l}`),
        `   Telephone: ${c.p.phone}`,
        '',
        '2. What has changed?',
        '   [ ] work / income    [ ] address    [ ] household    [x] assets / money received    [ ] other',
        '',
        `3. Date of change: ${fmtDate(past(c, 3, 40), 'dmy')}`,
        '',
        '4. Explanation',
        ...paras(
          76,
          enSlip(
            c,
            `My late father's agricultural land at ${rng.pick(['Nashik', 'Guntur', 'Ludhiana', 'Thrissur', 'Anand'])} was sold by all brothers jointly. My share is Rs. ${inr.toLocaleString('en-IN')}/- (approx. € ${money(eur)}). ${one(rng, 'The amount is credited in my NRO account in India.', 'Amount is not yet transferred to Netherlands.', 'I have transferred part of it to my ING account.')}`,
            0.3,
          ),
          enSlip(
            c,
            one(
              rng,
              'Sale deed copy and bank statement attached.',
              `Registration documents will follow, my cousin ${rng.pick(IN_NAMES).split(' ')[0]} is sending by courier.`,
            ),
            0.3,
          ),
        ),
        '',
        '5. I declare that this information is true and complete.',
        `   Signature: ${c.p.firstName[0]}. ${c.p.lastName}     Date: ${fmtDate(c.date, 'dmy')}`,
      ],
    ];
  },
};

/** A Nigerian mother's short handwritten note: her adult daughter has moved back in with a baby. */
const enDaughterMovedBack: Template = {
  id: 'change_form.en.daughter-moved-back-note',
  type: 'change_form',
  lang: 'en',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `Attn: ${rng.pick(['my consultant', 'Werk & Inkomen', 'Sociale Dienst'])}`,
        '',
        ...paras(
          56,
          enSlip(
            c,
            `Please be informed that my ${rng.pick(['first daughter', 'daughter', 'son'])} ${c.q.firstName} (${rng.int(19, 26)} yrs) has come back to live with me since ${fmtDate(past(c, 2, 25), 'dmy')} with ${rng.pick(['her baby', 'her little boy', 'the baby'])}. ${one(rng, 'Her relationship with the father ended.', 'She lost her room in Amsterdam.', 'She has no place to stay for now.')}`,
            0.5,
          ),
          enSlip(
            c,
            one(
              rng,
              'She is registering at my address this week. She has no job but she is applying.',
              'She gets small money from her part time work at the salon. I will send her payslip.',
              'I am telling you so that nobody will say I hid it. Thank you.',
            ),
            0.5,
          ),
        ),
        '',
        ...ids(c, HOME),
        `Mrs/Mr ${c.p.lastName}`,
        fmtDate(c.date, 'slash'),
      ],
    ];
  },
};

// =============================================================================================
// BENEFIT APPLICATION
// =============================================================================================

/** A widow writes in Turkish: her husband died, no survivor's benefit, she asks for bijstand. */
const trWidowApplication: Template = {
  id: 'benefit_application.tr.esi-vefat-eden-kadin-basvurusu',
  type: 'benefit_application',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.3,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    return [
      [
        `${c.org.name}`,
        'Sosyal yardım (bijstand) başvurusu',
        '',
        ...paras(
          58,
          slip(
            c,
            `Ben ${c.p.name}. Eşim ${fmtDate(past(c, 20, 120), 'dmy')} tarihinde vefat etti, Allah rahmet eylesin. Cenazeyi Türkiye'ye gönderdik. Eşim ${rng.pick(['fabrikada', 'kendi dükkanında', 'temizlik işinde'])} çalışıyordu, evin tek geliri oydu.`,
            0.5,
          ),
          slip(
            c,
            one(
              rng,
              `SVB'den dul maaşı (ANW) için yazı geldi, hakkım yokmuş çünkü çocuklar büyük. Şimdi hiç gelirim yok.`,
              'Bankada biraz para vardı ama cenaze ve kira için bitti. Kira bu ay ödenmedi.',
              'Hiç çalışmadım, Hollandacam da iyi değil. Ne yapacağımı bilmiyorum.',
            ),
            0.5,
          ),
          slip(c, 'Geçimimi sağlamak için yardım başvurusu yapmak istiyorum. Randevuda Türkçe tercüman olursa çok sevinirim.', 0.5),
        ),
        '',
        ...ids(c, YASLI),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `Tel: ${c.p.phone}`,
        '',
        `${fmtDate(c.date, 'dmy')}     İmza: ${c.p.lastName}`,
      ],
    ];
  },
};

/** An Indian client's printed online application (English-assisted form) after the company went bankrupt and WW ended. */
const enOnlineApplicationPrint: Template = {
  id: 'benefit_application.en.online-form-after-ww-ended',
  type: 'benefit_application',
  lang: 'en',
  style: 'form',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const wwEnd = past(c, 0, 20);
    return [
      [
        `${c.org.city.toLowerCase().replace(/[^a-z]/g, '')}.nl / Apply for social assistance (Participatiewet)      ${fmtDate(c.date, 'dmy')} ${clock(c, 8, 23)}`,
        '',
        'Step 5 of 5 — Summary of your application',
        '',
        `Applicant: ${c.p.name}`,
        ...ids(c, OFFICE, ': ', 'dmy'),
        `Address: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `Nationality: Indian — residence permit: ${rng.pick(['EU long-term resident', 'permanent (onbepaalde tijd)', 'continued residence'])}`,
        `Household: ${rng.pick(['single', 'married, 1 child', 'married, 2 children'])}`,
        '',
        `Current income: none (WW benefit ended ${enDate(wwEnd)})`,
        `Last employer: ${rng.pick(['Infoserve Solutions B.V. (bankrupt)', 'GlobalEdge IT Services B.V.', 'Spice Route Restaurants B.V.'])}`,
        `Savings: ${money(rng.amount(0, 4500), { euro: true })}`,
        `Bank account: ${ibanText(c.p.iban, rng)}`,
        '',
        'Why are you applying?',
        ...paras(
          76,
          enSlip(
            c,
            one(
              rng,
              'My company went into bankruptcy and my WW is finished now. I am searching job actively but not yet successful. Rent and school fees are pending.',
              'After 14 months WW, my benefit stopped. Kindly process my application early as savings are exhausted.',
            ),
            0.2,
          ),
        ),
        '',
        '[x] I have read the obligations and I agree to provide documents within 8 days.',
        `Submitted — reference AANV-${rng.digits(7)}`,
      ],
    ];
  },
};

/** A Nigerian woman, partner of a Dutch citizen, writes from a women's shelter: separated, two children, no income. */
const enShelterLetter: Template = {
  id: 'benefit_application.en.separated-partner-shelter-letter',
  type: 'benefit_application',
  lang: 'en',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const kids = rng.int(1, 3);
    const them = kids === 1 ? 'my child' : 'the children';
    return [
      [
        `${c.p.name}`,
        `c/o ${rng.pick(['Blijf Groep', 'Veilig Thuis opvang', 'Safe House for Women'])}, ${c.org.city}`,
        ...ids(c, HOME),
        '',
        `To the Municipality of ${c.org.city}`,
        `Date: ${fmtDate(c.date, 'slash')}`,
        '',
        'Dear Sir/Madam,',
        '',
        ...paras(
          60,
          enSlip(
            c,
            `I am writing to apply for assistance for myself and my ${kids === 1 ? 'child' : `${kids} children`}. I came to the Netherlands from ${rng.pick(['Lagos', 'Abuja', 'Enugu', 'Port Harcourt'])} to live with my partner who is Dutch. ${one(rng, 'Since some weeks i have left the house because of the situation at home.', `We have separated and ${he(c, 'she', 'he')} has asked me to leave the house.`, `The relationship broke down and I had to run with ${them}.`)}`,
            0.5,
          ),
          enSlip(
            c,
            one(
              rng,
              `${he(c, 'She', 'He')} was the one paying everything, I do not have my own money or job. The social worker here said I should write to you immediately.`,
              `I have only a small amount in my account and ${them} ${kids === 1 ? 'needs' : 'need'} food and school things.`,
            ),
            0.5,
          ),
          `Please help me. I am ready to work once I can arrange care for ${them}.`,
        ),
        '',
        'Yours faithfully,',
        c.p.firstName,
        ...maybe(rng, 0.5, () => ['', `(written with help of ${rng.pick(NG_NAMES)}, church member, tel. 06-${rng.digits(8)})`]),
      ],
    ];
  },
};

// =============================================================================================
// OTHER
// =============================================================================================

/** An expat's English data-access request under the AVG/GDPR (and mentioning the Turkish KVKK she knows). */
const enDataAccessRequest: Template = {
  id: 'other.en.avg-access-request-kvkk-comparison',
  type: 'other',
  lang: 'en',
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
        `To: the Data Protection Officer (FG), ${c.org.name}`,
        `${enDate(c.date)}`,
        '',
        'Subject: Request for access to my personal data — Article 15 GDPR (AVG)',
        '',
        ...paras(
          82,
          'I hereby request a copy of all personal data your organisation holds about me, including notes of conversations, file notes by consultants, data received from other organisations and any automated assessments.',
          `Please also tell me the purposes, the recipients, how long you keep the data and where it came from. ${one(rng, 'In Turkey I would have used a KVKK application for this; I understand the AVG gives me the same right here.', 'I grew up with the KVKK rules in Turkey and was surprised how little I know about my own file here.')}`,
          'I would like to receive the information electronically. You have one month to respond under the GDPR.',
          rng.chance(0.5) && 'This request is not an objection or complaint; I only want to see what is in my file.',
        ),
        '',
        ...ids(c, EXPAT),
        '',
        'Kind regards,',
        c.p.name,
        `Attachment: copy of ${rng.pick(['residence permit (BSN blacked out)', 'passport', 'Dutch driving licence'])}`,
      ],
    ];
  },
};

/** A university's letter to a student about enrolment and the tuition-fee payment arrangement. */
const enUniversityLetter: Template = {
  id: 'other.en.university-enrolment-tuition-letter',
  type: 'other',
  lang: 'en',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const uni = rng.pick([
      'Erasmus University Rotterdam',
      'Utrecht University',
      'University of Groningen',
      'Radboud University',
      'Leiden University',
    ]);
    const y = c.date.getUTCFullYear();
    return [
      [
        uni,
        'Student Service Centre — Enrolment & Tuition Fees',
        '',
        ...[c.p.name, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`],
        '',
        `Date: ${enDate(c.date)}`,
        `Student number: ${rng.int(4, 7)}${rng.digits(6)}`,
        `Subject: ${rng.pick(['Your enrolment for the academic year', 'Confirmation of re-enrolment', 'Tuition fee instalments'])} ${y}-${y + 1}`,
        '',
        `Dear ${c.p.firstName} ${c.p.lastName},`,
        '',
        ...paras(
          84,
          `We are pleased to confirm your ${one(rng, 'enrolment', 're-enrolment')} in the ${rng.pick(['BSc International Business Administration', 'MSc Data Science', 'BA Psychology', 'LLM European Law'])} programme as a ${rng.pick(['full-time', 'part-time'])} student from 1 September ${y}.`,
          `You have chosen to pay the statutory tuition fee of ${money(rng.pick([2530, 2601, 1265]), { euro: true })} in ${rng.pick([5, 10])} instalments by direct debit. The first instalment will be collected at the end of September.`,
          one(
            rng,
            'Your proof of enrolment can be downloaded from Studielink and your student portal at any time.',
            'Your campus card will be sent to you separately. Please bring your ID to collect it.',
          ),
        ),
        '',
        'With kind regards,',
        'Student Service Centre',
      ],
    ];
  },
};

/** A Turkish cultural association's invitation: iftar, a concert, the annual general meeting. */
const trAssociationInvite: Template = {
  id: 'other.tr.kultur-dernegi-etkinlik-daveti',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const dernek = rng.pick([
      'Hollanda Türk Kültür Derneği',
      'Anadolu Gençlik Vakfı',
      `${c.org.city} Türk Kadınlar Birliği`,
      'Karadenizliler Dayanışma Derneği',
    ]);
    const d = ahead(c, 5, 30);
    const [event, detail] = rng.pick([
      [
        'GELENEKSEL İFTAR YEMEĞİ',
        'Ramazan ayının bereketini birlikte paylaşalım. Yemek ücretsizdir, bağışlarınız okul projemize gidecektir.',
      ],
      ['TÜRK HALK MÜZİĞİ KONSERİ', 'Bağlama ve ses sanatçılarımızla unutulmaz bir akşam. Giriş: yetişkin 10 €, çocuk ücretsiz.'],
      [
        'OLAĞAN GENEL KURUL TOPLANTISI',
        'Gündem: faaliyet raporu, mali rapor, yeni yönetim kurulu seçimi. Üyelerimizin katılımı önemlidir.',
      ],
      ['ANNELER GÜNÜ KAHVALTISI', 'Annelerimizi sofrada ağırlıyoruz. Çocuk köşesi ve el sanatları standı olacaktır.'],
    ] as const);
    return [
      [
        dernek.toLocaleUpperCase('tr-TR'),
        `${rng.pick(['Stichting', 'Vereniging'])} · ${c.org.city}`,
        '',
        'DAVET',
        '',
        `Değerli ${rng.pick(['üyemiz', 'hemşehrimiz', 'komşumuz'])} ${c.p.name},`,
        '',
        event,
        `${fmtDate(d, 'dot')}  saat ${rng.pick(['18:30', '19:00', '10:00', '20:00'])}`,
        `Yer: Dernek lokali, ${rng.pick(['Vondellaan', 'Schiedamseweg', 'Kerkstraat', 'Bazarlaan'])} ${rng.int(1, 140)}`,
        '',
        ...paras(72, detail, 'Katılımınızı telefon veya WhatsApp ile bildirmenizi rica ederiz.'),
        '',
        `İletişim: ${c.r.firstName} ${c.r.lastName} - 06-${c.rng.digits(8)}`,
        'Yönetim Kurulu adına, saygılarımızla.',
      ],
    ];
  },
};

/** A halal butcher's flyer in the letterbox: Kurban orders, weekly offers. */
const trButcherFlyer: Template = {
  id: 'other.tr.helal-kasap-kurban-brosuru',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Kasap Ustam', 'Helal Et Dünyası', 'Slagerij Bereket', 'Toros Kasap & Şarküteri']);
    const items = rng.sample(
      [
        ['Dana kıyma', 'kg', 9.99],
        ['Kuzu pirzola', 'kg', 19.95],
        ['Tavuk but', 'kg', 5.49],
        ['Sucuk (kangal)', 'ad.', 7.5],
        ['Kavurma', '500 gr', 12.95],
        ['Dana antrikot', 'kg', 24.9],
      ] as const,
      4,
    );
    return [
      [
        `*** ${shop.toLocaleUpperCase('tr-TR')} ***`,
        `%100 HELAL  ·  ${c.org.city}  ·  ${rng.pick(['Marktplein', 'Bazaarweg', 'Hoofdstraat'])} ${rng.int(1, 99)}`,
        '',
        rng.pick(['KURBAN SİPARİŞLERİ BAŞLADI!', 'BU HAFTANIN FIRSATLARI', 'AÇILIŞA ÖZEL İNDİRİM']),
        '',
        ...items.map(([n, u, p]) => row([n, `${money(p)} € / ${u}`], [26, 16])),
        '',
        ...paras(
          64,
          one(
            rng,
            "Kurbanlarınız Türkiye'de veya Afrika'da sizin adınıza kesilir, vekalet videolu gönderilir. Hisse: 185 €.",
            'Bayram öncesi siparişlerinizi en geç perşembeye kadar verin. Paketleme ve dondurma ücretsiz.',
            '50 € üzeri alışverişe 1 kg tavuk hediye! Kart ile ödeme mümkündür.',
          ),
        ),
        '',
        `Sipariş: 06-${rng.digits(8)} (WhatsApp)  ·  Pazar hariç her gün 8:00-19:00`,
        'Bu broşürü atmayın, komşunuza verin :)',
      ],
    ];
  },
};

/** A phone company's advertisement in Turkish: cheap minutes to Turkey, a new SIM with a gift. */
const trPhoneAd: Template = {
  id: 'other.tr.telefon-sirketi-turkiye-paketi-reklami',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const brand = rng.pick(['Ayyıldız Mobile', 'Hallo Türkiye SIM', 'Bosporus Bellen', 'TürkNet Benelux']);
    return [
      [
        `${brand} — ${rng.pick(['Sevdiklerinize daha yakın!', "Türkiye'yi aramak hiç bu kadar ucuz olmamıştı", 'Yeni yıl kampanyası'])}`,
        '',
        `${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        ...paras(
          72,
          `Sayın ${c.p.firstName} ${c.p.lastName}, ${one(rng, "Hollanda'dan Türkiye'ye sınırsız arama artık ayda sadece", 'yeni paketimizle Türkiye sabit ve cep hatlarına dakikası', "Türkiye ve Avrupa'da geçerli 30 GB internet ile birlikte aylık")} ${money(rng.pick([4.99, 7.5, 9.99, 12.99]))} €!`,
          one(
            rng,
            'Numaranızı değiştirmeden geçiş yapın; ilk 3 ay %50 indirim ve ücretsiz SIM kart.',
            'Sözleşme yok, istediğiniz zaman iptal. Şimdi başvurun, hediye kulaklık kazanın.',
          ),
          'Bu bir reklamdır. Bu tür mektupları almak istemiyorsanız bize yazın.',
        ),
        '',
        `Kampanya kodu: ${rng.letters(3)}${rng.digits(3)}  ·  Geçerlilik: ${fmtDate(ahead(c, 14, 45), 'dmy')}`,
        `Bilgi: 0800-${rng.digits(4)} (ücretsiz, Türkçe)`,
      ],
    ];
  },
};

export const turkishEnglishVoicesTemplates: Template[] = [
  trHandList,
  trAgencyRegistration,
  trRejectionLetter,
  enEmployerReply,
  enAppliedListPrintout,
  trWeddingLetter,
  trVillageSummerForm,
  trMotherOperationMail,
  enFuneralEmail,
  enFlightBookingNote,
  trEpikriz,
  trDoctorReport,
  enGpLetter,
  enFitNote,
  trBordroNl,
  trBakeryWeekNote,
  enUkPayslip,
  enDutchEmployerEnglishSlip,
  trSgkPensionStarted,
  trSpouseArrivedMail,
  enPropertySaleForm,
  enDaughterMovedBack,
  trWidowApplication,
  enOnlineApplicationPrint,
  enShelterLetter,
  enDataAccessRequest,
  enUniversityLetter,
  trAssociationInvite,
  trButcherFlyer,
  trPhoneAd,
];
