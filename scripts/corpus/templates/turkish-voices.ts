import { EMPLOYERS, HOUSING_CORPS, STAFFING } from '../pools.ts';
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
  row,
} from '../template.ts';

/**
 * Turkish voices: post in Turkish (and in the Dutch-Turkish mix of the second generation) for every
 * document type. Writers: young Dutch-Turks who switch between Dutch and Turkish mid-sentence,
 * newcomers (family migrants, statushouders) who write Turkish with the odd Dutch word they learnt
 * at the counter, elderly clients who dictate to a grandchild, e-Devlet and SGK printouts, Turkish
 * banks, icra (enforcement) offices, hospitals, an avukat, a muhtar. Each template is its own group
 * and has its own wording: documents of one type share meaning, never sentences.
 *
 * Client evidence (BSN, client number, birth date) appears only when `c.show` asks for it, next to
 * the writer's own label, through `idLines`/`idLine`.
 */

// ---------------------------------------------------------------------------------------------
// Helpers

const idsInline = (c: Ctx, l: IdLabels, joint = ' / ', style: DateStyle = 'dmy') => idLine(c, l, joint, { birthStyle: style });

/** Labels of second-generation writers: the Dutch words from the letters, with Turkish around them. */
const MIX: IdLabels = {
  bsn: ['BSN', 'BSN nummer', 'BSN no', 'bsn', 'Burgerservicenummer (BSN)'],
  client: ['Klantnummer', 'klantnr', 'Klant no', 'Dossier no (klantnummer)'],
  birth: ['Geboortedatum', 'Doğum tarihi', 'geb.', 'D.tarihi'],
};
/** Labels of newcomers and elderly writers, in Turkish. */
const TR: IdLabels = {
  bsn: ['BSN numaram', 'Sosyal numara (BSN)', 'BSN numarası', 'Hollanda vatandaşlık no (BSN)'],
  client: ['Belediye müşteri numaram', 'Dosya numaram', 'Müşteri no'],
  birth: ['Doğum tarihim', 'Doğum tarihi', 'Doğum'],
};
/** Labels of a grandchild writing for a grandparent. */
const DICT: IdLabels = {
  bsn: ['BSN numarası', 'BSN', 'Sosyal numarası (BSN)'],
  client: ['Belediye numarası', 'Klantnummer', 'Dosya numarası'],
  birth: ['Doğum tarihi', 'Doğum'],
};
/** Labels of offices writing formally in Turkish. */
const FORMAL: IdLabels = {
  bsn: ['Burgerservicenummer (BSN)', 'Hollanda kişisel numarası (BSN)', 'BSN'],
  client: ['Belediye dosya numarası', 'Müşteri numarası (klantnummer)'],
  birth: ['Doğum tarihi', 'Doğum Tarihi'],
};

/** Turkish typed on a Dutch keyboard or phone: without ı, ş, ğ, ü, ö, ç. */
const ascii = (s: string) =>
  s.replace(
    /[ıİşŞğĞüÜöÖçÇ]/g,
    (ch) => ({ ı: 'i', İ: 'I', ş: 's', Ş: 'S', ğ: 'g', Ğ: 'G', ü: 'u', Ü: 'U', ö: 'o', Ö: 'O', ç: 'c', Ç: 'C' })[ch] as string,
  );
const flat = (c: Ctx, s: string, p = 0.5) => (c.rng.chance(p) ? ascii(s) : s);
/** A grandchild's or newcomer's slips: a dropped letter, a missing capital, 'ki' written apart or not. */
const slips = (c: Ctx, s: string, level = 0.5) => {
  let t = s;
  if (c.rng.chance(level))
    t = t.replace(/\. ([A-ZÇĞİÖŞÜ])/g, (_, ch: string) => `. ${c.rng.chance(0.5) ? ch.toLocaleLowerCase('tr-TR') : ch}`);
  if (c.rng.chance(level * 0.5)) t = t.replace(/\bde\b/g, () => (c.rng.chance(0.4) ? 'da' : 'de'));
  if (c.rng.chance(level * 0.5)) t = t.replace(/yor/g, () => (c.rng.chance(0.3) ? 'yo' : 'yor'));
  return t.replace(/[a-zçğıöşü]{6,}/g, (w) => {
    if (!c.rng.chance(level * 0.07)) return w;
    const i = c.rng.int(1, w.length - 2);
    return w.slice(0, i) + w.slice(i + 1);
  });
};

const tl = (x: number) => `${money(x)} TL`;
const tcNo = (c: Ctx) => `${c.rng.int(1, 9)}${c.rng.digits(9)}${c.rng.int(0, 4) * 2}`;
const mail = (first: string, last: string, n: number) =>
  `${ascii(first).toLowerCase()}${n % 2 ? '.' : '_'}${ascii(last)
    .toLowerCase()
    .replace(/[^a-z]/g, '')}${n}`;
const cityMail = (c: Ctx) => c.org.city.toLowerCase().replace(/[^a-z]/g, '');
const AYLAR = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];
const ay = (d: Date) => AYLAR[d.getUTCMonth()] as string;
const trLong = (d: Date) => `${d.getUTCDate()} ${ay(d)} ${d.getUTCFullYear()}`;
const ILLER = ['Kayseri', 'Yozgat', 'Sivas', 'Aksaray', 'Kırşehir', 'Karaman', 'Tokat', 'Çorum', 'Uşak', 'Kütahya', 'Bursa', 'Trabzon'];
const KOYLER = ['Karaağaç', 'Yenice', 'Kızılören', 'Sarıyazı', 'Gökçeyurt', 'Akpınar', 'Büyükkışla', 'Esentepe'];
const ilce = (c: Ctx) => c.rng.pick(['Merkez', 'Sarıoğlan', 'Boğazlıyan', 'Şarkışla', 'Ortaköy', 'Sungurlu', 'Zile', 'Simav']);
const trUp = (s: string) => s.toLocaleUpperCase('tr-TR');

// --- payslips --------------------------------------------------------------------------------

/** A Turkish hotel's seasonal wage slip: the summer job abroad the consultant needs to know about. */
const trSeasonalHotel: Template = {
  id: 'payslip.tr.otel-sezonluk-ucret-pusulasi',
  type: 'payslip',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const days = rng.int(12, 31);
    const brut = rng.amount(26000, 48000) * (days / 30);
    const sgk = brut * 0.14;
    const issiz = brut * 0.01;
    const gv = Math.max(0, (brut - sgk - issiz) * 0.15 - rng.amount(3000, 3300));
    const damga = brut * 0.00759;
    const servis = rng.chance(0.6) ? rng.amount(2000, 9000) : 0;
    const net = brut - sgk - issiz - gv - damga + servis;
    const w = [36, 16];
    const d = past(c, 20, 120);
    return [
      [
        rng.pick([
          'SEA BREEZE RESORT OTELCİLİK A.Ş.',
          'PAMUK TURİZM İŞLETMELERİ LTD. ŞTİ.',
          'KEMER PALACE HOTEL',
          'AKDENİZ KOY TATİL KÖYÜ A.Ş.',
        ]),
        `${rng.pick(['Kemer', 'Side', 'Alanya', 'Belek', 'Marmaris', 'Bodrum'])} - Personel Müdürlüğü`,
        '',
        `ÜCRET HESAP PUSULASI  ${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}  (${rng.pick(['Sezonluk', 'Mevsimlik'])} personel)`,
        '',
        row(['Sicil no', rng.digits(5)], w),
        row(['Adı soyadı', trUp(c.p.name)], w),
        row(['Departman', rng.pick(['Kat hizmetleri', 'Mutfak - komi', 'Animasyon', 'Bar', 'Resepsiyon', 'Teknik servis'])], w),
        row(['Puantaj (gün)', String(days)], w),
        '',
        row(['Brüt ücret', tl(brut)], w),
        ...(servis ? [row(['Servis payı / bahşiş havuzu', tl(servis)], w)] : []),
        row(['SGK primi işçi hissesi', `-${tl(sgk)}`], w),
        row(['İşsizlik primi işçi hissesi', `-${tl(issiz)}`], w),
        gv > 0 ? row(['Gelir vergisi', `-${tl(gv)}`], w) : row(['Gelir vergisi', 'istisna'], w),
        row(['Damga vergisi', `-${tl(damga)}`], w),
        '='.repeat(53),
        row(['ELE GEÇEN', tl(net)], w),
        '',
        'Lojman ve yemek işletme tarafından karşılanmıştır.',
        'Yukarıdaki ücreti eksiksiz aldım.   Personel imza: ..............',
      ],
    ];
  },
};

/** A sister forwards the payslip from her phone app: a mixed e-mail with the figures pasted in. */
const trForwardedAppSlip: Template = {
  id: 'payslip.tr.abla-app-loonstrook-mail',
  type: 'payslip',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([...EMPLOYERS, ...STAFFING]);
    const hours = rng.int(24, 160);
    const rate = rng.amount(14.06, 18.5);
    const gross = hours * rate;
    const toeslag = rng.chance(0.4) ? rng.amount(20, 140) : 0;
    const tax = (gross + toeslag) * rng.amount(0.04, 0.15);
    const pens = rng.chance(0.6) ? gross * 0.047 : 0;
    const month = past(c, 5, 40);
    return [
      [
        `Van: ${mail(c.p.firstName, c.p.lastName, rng.int(1, 99))}@hotmail.com`,
        `Aan: werkeninkomen@${cityMail(c)}.nl`,
        `Onderwerp: ${rng.pick(['loonstrook', 'Loonstrook', 'maaş bordrosu / loonstrook'])} ${ay(month).toLowerCase()}`,
        `Datum: ${fmtDate(c.date, 'dmy')} ${clock(c, 7, 23)}`,
        '',
        rng.pick(['Merhaba,', 'Hallo,', 'Goedendag,']),
        ...paras(
          80,
          one(
            rng,
            `Bu ayın loonstrook'unu stuur ik hierbij. App'ten kopyaladım want pdf açılmıyor, sorry.`,
            `Loonstrook'um ektedir. Printer bozuk olduğu için app'teki bilgileri hieronder yazdım.`,
            `Ik heb mijn loonstrook uit de app gehaald, hepsini aşağıya kopyaladım. Ekstra bir şey lazımsa laat maar weten.`,
          ),
        ),
        ...ids(c, MIX),
        '',
        '----- gekopieerd uit app -----',
        `${firm}`,
        `Salarisstrook periode ${String(month.getUTCMonth() + 1).padStart(2, '0')}-${month.getUTCFullYear()}`,
        `Medewerker: ${c.p.name}`,
        row([`Gewerkte uren ${hours} x ${money(rate)}`, money(gross)], [36, 12]),
        ...(toeslag ? [row(['Onregelmatigheidstoeslag', money(toeslag)], [36, 12])] : []),
        ...(pens ? [row(['Pensioenpremie', `-${money(pens)}`], [36, 12])] : []),
        row(['Loonheffing', `-${money(tax)}`], [36, 12]),
        row(['Netto uitbetaald', money(gross + toeslag - tax - pens)], [36, 12]),
        `IBAN: ${ibanText(c.p.iban, rng)}`,
        '------------------------------',
        '',
        rng.pick(['Groetjes', 'İyi çalışmalar', 'Groetjes, kolay gelsin']),
        c.p.firstName,
      ],
    ];
  },
};

// --- bank statements -------------------------------------------------------------------------

/** A participation bank's account statement: profit share instead of interest. */
const trParticipationBank: Template = {
  id: 'bank_statement.tr.katilim-bankasi-ekstre',
  type: 'bank_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const bank = rng.pick([
      'KUVEYT TÜRK KATILIM BANKASI A.Ş.',
      'TÜRKİYE FİNANS KATILIM BANKASI A.Ş.',
      'ALBARAKA TÜRK KATILIM BANKASI A.Ş.',
    ]);
    let bal = rng.amount(2000, 60000);
    const open = bal;
    const from = past(c, 85, 95);
    const kinds = [
      ['Gelen havale - HOLLANDA', 1],
      ['Kâr payı dağıtımı', 1],
      ['Nakit çekim ATM', -1],
      ['Aidat tahsilatı (site yönetimi)', -1],
      ['Vergi ödemesi - emlak', -1],
      ['Kira tahsilatı', 1],
      ['Hesaplar arası virman', -1],
    ] as const;
    const n = rng.int(6, 16);
    const lines = Array.from({ length: n }, (_, i) => {
      const [label, sign] = rng.pick(kinds);
      const amt = label.startsWith('Kâr')
        ? rng.amount(5, 400)
        : sign < 0
          ? Math.min(rng.amount(150, 12000), Math.round(bal * 60) / 100)
          : rng.amount(150, 12000);
      bal += sign * amt;
      return row(
        [fmtDate(addDays(from, Math.floor((i * 88) / n) + 1), 'dot'), label, `${sign < 0 ? '-' : '+'}${money(amt)}`, money(bal)],
        [11, 32, 13, 13],
      );
    });
    const head = [
      bank,
      `${rng.pick(ILLER)} Şubesi - Şube kodu ${rng.digits(3)}`,
      '',
      'HESAP EKSTRESİ - Özel Cari Hesap (TL)',
      `Müşteri no: ${rng.digits(8)}    Müşteri: ${trUp(c.p.name)}`,
      ...(c.show.birthDate ? [`Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
      `IBAN: TR${rng.digits(2)} 0020 5000 ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`,
      `Dönem: ${fmtDate(from, 'dot')} - ${fmtDate(c.date, 'dot')}`,
      '',
      row(['İşlem tarihi', 'Açıklama', 'Tutar', 'Bakiye'], [11, 32, 13, 13]),
    ];
    const foot = [
      '',
      `Önceki bakiye: ${tl(open)}     Son bakiye: ${tl(bal)}`,
      'Katılma hesaplarında faiz uygulanmaz; kâr payı oranları dönemsel olarak ilan edilir.',
    ];
    return paginate(
      lines,
      10,
      (p) => (p === 1 ? head : [`${bank} - ${trUp(c.p.name)} - sayfa ${p}`, '']),
      (p, t) => (p === t ? foot : ['', `Sayfa ${p}/${t}`]),
    );
  },
};

/** A Dutch bank printout on which the client wrote, in Turkish, what each entry was. */
const trAnnotatedDutchStatement: Template = {
  id: 'bank_statement.tr.afschrift-turkce-notlar',
  type: 'bank_statement',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const bank = rng.pick(['ING', 'Rabobank', 'ABN AMRO', 'SNS', 'ASN Bank', 'bunq']);
    const entries = [
      [`Overboeking van ${c.q.name}`, 1, 'kardeşim borç verdi, geri vereceğim'],
      ['Geldautomaat', -1, 'market için nakit'],
      ['Western Union', -1, 'annem için Türkiye ye'],
      [`Gemeente ${c.org.city}`, 1, 'uitkering'],
      ['Belastingdienst Toeslagen', 1, 'zorgtoeslag'],
      ['Marktplaats betaling', 1, 'eski kanepeyi sattım'],
      [`Tikkie ${c.r.firstName}`, 1, 'arkadaş yemek parası geri verdi'],
      [rng.pick(HOUSING_CORPS), -1, 'kira'],
      ['Overboeking spaarrekening', -1, 'kendi birikim hesabıma'],
    ] as const;
    const picked = rng.sample(entries, rng.int(4, 7));
    let bal = rng.amount(-200, 1500);
    const lines: string[] = [];
    for (const [label, sign, note] of picked) {
      const amt = label.startsWith('Gemeente') ? rng.amount(900, 1500) : rng.amount(15, 650);
      bal += sign * amt;
      lines.push(`${fmtDate(past(c, 1, 30), 'dmy')}  ${label.padEnd(32)} ${sign < 0 ? '-' : '+'}${money(amt).padStart(9)}`);
      if (rng.chance(0.75)) lines.push(`      <-- ${flat(c, note, 0.6)}`);
    }
    return [
      [
        `${bank} - Af- en bijschrijvingen`,
        `Rekening ${ibanText(c.p.iban, rng)} t.n.v. ${c.p.name}`,
        `Periode ${fmtDate(past(c, 30, 31), 'dmy')} t/m ${fmtDate(c.date, 'dmy')}`,
        '',
        ...lines,
        '',
        `Saldo ${money(bal)}`,
        '',
        flat(
          c,
          rng.pick(['Açıklamaları ben yazdım, sorulursa arayın.', 'Notlar: el yazısı benim.', 'Her şeyi yazdım, saklı bir şey yok.']),
          0.5,
        ),
        ...idsInline(c, MIX),
      ],
    ];
  },
};

// --- change notices --------------------------------------------------------------------------

/** An old man dictates, his grandchild writes it down and says so. */
const trGrandchildDictatesChange: Template = {
  id: 'change_form.tr.dede-soyluyor-torun-yaziyor',
  type: 'change_form',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const elder = he(c, 'Dedem', 'Babaannem');
    const fact = one(
      rng,
      `${he(c, 'Babaannem', 'Dedem')} ${fmtDate(past(c, 4, 30), 'dmy')} tarihinde vefat etti. Artık ${he(c, 'dedem', 'babaannem')} evde tek başına yaşıyor. Bunu bildirmemiz gerekiyormuş.`,
      `${he(c, 'Dedemin', 'Babaannemin')} emekli maaşı Türkiye'den (SGK) başladı, ayda ${money(rng.amount(9000, 17000))} TL. Bunu belediyeye söylemek istiyor.`,
      `Amcam ${c.q.firstName} ${fmtDate(past(c, 4, 30), 'dmy')} den beri ${he(c, 'dedemin', 'babaannemin')} yanında kalıyor, ona bakıyor. Adresine yazıldı.`,
      `${elder} köydeki tarlayı sattı, ${money(rng.amount(4000, 25000))} euro kadar para geldi. Ne yapması gerektiğini soruyor.`,
    );
    return [
      [
        slips(c, `Sayın belediye,`),
        '',
        ...paras(
          50,
          slips(
            c,
            `Ben ${c.r.firstName}, ${c.p.name} ${he(c, 'beyin', 'hanımın')} torunuyum. ${elder} Türkçe söylüyor, ben yazıyorum. Hollandaca da yazabilirdim ama ${he(c, 'dedem', 'babaannem')} Türkçe olsun istedi.`,
            0.6,
          ),
          slips(c, fact, 0.6),
          slips(c, `${elder} diyor ki: "Ben her şeyi doğru söylemek istiyorum, sonra sorun çıkmasın."`, 0.6),
        ),
        '',
        ...ids(c, DICT),
        '',
        `${he(c, 'Dedemin', 'Babaannemin')} imzası: ${c.p.initials} ${c.p.lastName}`,
        `Yazan: ${c.r.firstName} (torunu) - tel ${c.r.phone}`,
      ],
    ];
  },
};

/** A young Dutch-Turk e-mails a change in the household, half in Dutch. */
const trMixedHouseholdEmail: Template = {
  id: 'change_form.tr.karisik-dil-huishouden-mail',
  type: 'change_form',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const d = fmtDate(past(c, 1, 25), 'dmy');
    const body = one(
      rng,
      `Mijn broer ${c.q.firstName} is sinds ${d} weer bij ons ingetrokken, evi satıldı ve kalacak yeri yok. Hij werkt fulltime bij ${rng.pick(EMPLOYERS)}. Bunun mijn uitkering'e etkisi var mı?`,
      `Ik ben per ${d} begonnen bij ${rng.pick(STAFFING)}, haftada ${rng.int(8, 24)} uur. Contract nog niet getekend ama ilk loonstrook gelince stuur ik hem meteen.`,
      `Kleine update: mijn verloofde en ik zijn op ${d} getrouwd, nikah belediyede oldu. Hij woont nog in Turkije, visum başvurusu devam ediyor. Moet ik dit nu al doorgeven?`,
      `Mijn zoon is ${d} 18 geworden ve MBO'ya devam ediyor. Hij krijgt studiefinanciering, ayda ${money(rng.amount(120, 480))} euro. Bilginize.`,
    );
    return [
      [
        `From: ${mail(c.p.firstName, c.p.lastName, rng.int(80, 99))}@gmail.com`,
        `To: wijzigingen@${cityMail(c)}.nl`,
        `Subject: ${rng.pick(['wijziging doorgeven', 'Wijziging', 'değişiklik / wijziging'])}`,
        `Sent: ${fmtDate(c.date, 'weekday')} ${clock(c, 8, 23)}`,
        '',
        rng.pick(['Hoi,', 'Beste meneer/mevrouw,', 'Merhaba / Hallo,']),
        '',
        ...paras(76, body, rng.chance(0.5) && 'Bellen mag ook, maar liefst na 17.00 çünkü gündüz telefona bakamıyorum.'),
        '',
        ...ids(c, MIX),
        '',
        rng.pick(['Mvg', 'Groetjes', 'Saygılar, mvg']),
        c.p.name,
      ],
    ];
  },
};

// --- benefit applications --------------------------------------------------------------------

/** A statushouder from Turkey applies in Turkish, a few weeks after getting a house. */
const trNewcomerApplication: Template = {
  id: 'benefit_application.tr.yeni-gelen-statushouder',
  type: 'benefit_application',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const job = rng.pick(['öğretmen', 'hemşire', 'muhasebeci', 'polis memuru', 'mühendis', 'hakim', 'akademisyen']);
    return [
      [
        `${c.org.name}`,
        'Sosyal yardım başvurusu',
        '',
        ...paras(
          54,
          slips(
            c,
            `Ben ${c.p.name}. ${rng.pick(['2023', '2024', '2025'])} yılında Türkiye'den geldim, iltica başvurum kabul edildi ve ${fmtDate(past(c, 10, 50), 'dmy')} tarihinde ${c.org.city} şehrinde bir ev verildi (${rng.pick(HOUSING_CORPS)}).`,
            0.3,
          ),
          slips(
            c,
            `Türkiye'de ${job} olarak çalışıyordum, ihraç edildim. Burada henüz çalışamıyorum, Hollandaca kursuna (inburgering) başladım.`,
            0.3,
          ),
          slips(
            c,
            one(
              rng,
              `COA'dan gelen para kesildi. Kira, elektrik ve sigorta için yardım (bijstand) istiyorum.`,
              `Eşim ve ${rng.int(1, 3)} çocuğumla beraberiz. Hiç gelirimiz yok, kira ödeyemiyoruz. Yardım başvurusu yapıyorum.`,
              `Vluchtelingenwerk'teki danışmanım ${c.r.firstName} bu mektubu yazmamı söyledi. Lütfen bana bijstand verin.`,
            ),
            0.3,
          ),
        ),
        '',
        ...ids(c, TR),
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        `Telefon: ${c.p.phone}`,
        '',
        'Teşekkür ederim.',
        c.p.name,
      ],
    ];
  },
};

/** A young graduate applies for herself or himself, switching languages. */
const trGraduateApplication: Template = {
  id: 'benefit_application.tr.afgestudeerd-is-yok',
  type: 'benefit_application',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const study = rng.pick(['HBO Bedrijfskunde', 'MBO Logistiek', 'Pedagogiek (HBO)', 'Commerciële Economie', 'MBO Zorg niveau 4']);
    return [
      [
        `Van: ${mail(c.p.firstName, c.p.lastName, rng.int(1, 20))}@outlook.com`,
        `Aan: intake@${cityMail(c)}.nl`,
        `Onderwerp: ${rng.pick(['Aanvraag bijstand', 'bijstand aanvragen', 'aanvraag uitkering / başvuru'])}`,
        '',
        'Goedemiddag,',
        '',
        ...paras(
          80,
          `Ik ben ${c.p.name} en ik heb in ${rng.pick(['juni', 'juli', 'januari', 'februari'])} mijn diploma ${study} gehaald. Sindsdien solliciteer ik elke week, ama maalesef nog niks gevonden.`,
          one(
            rng,
            `Mijn studiefinanciering is gestopt ve ailem artık bana bakamıyor, babam ${rng.pick(['AOW', 'WIA', 'bijstand'])} alıyor. Ik woon nog thuis.`,
            `Ik woon sinds kort op mezelf (kamer in ${c.p.city}), huur ${money(rng.amount(420, 780))} euro. Birikimim bitti, ik kan de huur volgende maand niet betalen.`,
            `Mijn tijdelijke contract bij ${rng.pick(EMPLOYERS)} is niet verlengd en ik heb te weinig gewerkt voor WW. Kısacası geen inkomen.`,
          ),
          'Daarom wil ik graag bijstand aanvragen. DigiD ile online formu denedim maar ik kreeg steeds een foutmelding. Kunt u mij een afspraak geven?',
        ),
        ...ids(c, MIX),
        `Tel: ${c.p.phone}`,
        '',
        'Alvast bedankt / şimdiden teşekkürler,',
        c.p.firstName,
      ],
    ];
  },
};

// --- objections ------------------------------------------------------------------------------

/** An elderly woman or man objects to a recovery decision; the grandchild writes. */
const trDictatedObjection: Template = {
  id: 'objection.tr.babaanne-itiraz-torun',
  type: 'objection',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const amount = rng.amount(400, 9000);
    const reason = one(
      rng,
      `Diyorlar ki Türkiye'de ev varmış. O ev ${he(c, 'dedemin', 'anneannemin')} değil, kardeşlerin ortak malı, miras paylaşılmadı. Tapu belgesini de ekliyoruz.`,
      `Diyorlar ki ${rng.int(5, 12)} hafta Türkiye'de kalmış. Hastanede yatıyordu, rapor var, kendi isteğiyle kalmadı.`,
      `Banka hesabına gelen para bizim, torunların, verdiğimiz para. Düğün için topladık, ${he(c, 'dedemin', 'anneannemin')} geliri değil.`,
    );
    return [
      [
        `${c.org.name}`,
        'Bezwaar / İTİRAZ',
        '',
        ...paras(
          52,
          slips(c, `${he(c, 'Dedem', 'Anneannem')} ${c.p.name} adına yazıyorum, o söylüyor ben yazıyorum.`, 0.5),
          slips(
            c,
            `${fmtDate(past(c, 5, 40), 'dmy')} tarihli mektubunuza itiraz ediyoruz. Mektupta ${money(amount)} euro geri ödemesi gerektiği yazıyor (terugvordering). ${he(c, 'Dedem', 'Anneannem')} bunu kabul etmiyor.`,
            0.5,
          ),
          slips(c, reason, 0.5),
          slips(c, `"Ben kimseden bir kuruş haksız para almadım" diyor. Lütfen kararı geri alın.`, 0.5),
        ),
        '',
        ...ids(c, DICT),
        '',
        `İmza: ${c.p.name}`,
        `Yazan torunu: ${c.r.firstName} ${c.p.lastName}`,
      ],
    ];
  },
};

/** A son or daughter objects for a mother, in the mixed language of home. */
const trMixedObjection: Template = {
  id: 'objection.tr.anneme-karar-bezwaar-mixed',
  type: 'objection',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const subject = one(
      rng,
      `${he(c, 'zijn', 'haar')} uitkering ${rng.int(20, 100)}% verlaagd voor ${rng.int(1, 3)} maanden (maatregel) çünkü zogenaamd bir afspraak'a gelmemiş`,
      `${he(c, 'zijn', 'haar')} bijzondere bijstand voor de bril / tandarts afgewezen`,
      `de bijstand stopgezet omdat ${he(c, 'hij', 'zij')} 'niet meewerkt', maar ${he(c, 'hij', 'ze')} begrijpt de brieven niet eens`,
      `de kostendelersnorm toegepast terwijl mijn broer daar helemaal niet woont`,
    );
    return [
      [
        `${c.q.name}`,
        `namens / adına: ${c.p.name}`,
        ...ids(c, MIX),
        '',
        `Aan: ${c.org.name}, t.a.v. bezwaarschriften`,
        `${c.org.postbus}`,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'long')}`,
        `Betreft: bezwaar tegen besluit van ${fmtDate(past(c, 5, 40), 'dmy')} - itiraz`,
        '',
        ...paras(
          84,
          `Geachte heer/mevrouw, ik schrijf namens mijn ${he(c, 'vader', 'moeder')}, ${he(c, 'hij', 'zij')} spreekt weinig Nederlands. Bu yüzden ben yazıyorum; machtiging ektedir.`,
          `U heeft ${subject}. Hier zijn wij het absoluut niet mee eens.`,
          `${he(c, 'Babam', 'Annem')} 'ben hiçbir zaman randevu kaçırmadım' diyor ve wij hebben geen brief ontvangen. Ook is er nooit een tolk geregeld, terwijl we daar drie keer om gevraagd hebben.`,
          `Ik maak daarom bezwaar en vraag u het besluit in te trekken. Graag wil ik ook gehoord worden (hoorzitting), samen met mijn ${he(c, 'vader', 'moeder')} en een tolk.`,
        ),
        '',
        'Met vriendelijke groet / saygılarımla,',
        `${c.q.name}  -  ${c.q.phone}`,
        `Handtekening ${he(c, 'vader', 'moeder')}: ${c.p.initials} ${c.p.lastName}`,
      ],
    ];
  },
};

// --- complaints ------------------------------------------------------------------------------

/** A newcomer complains that no interpreter came to the appointment. */
const trInterpreterComplaint: Template = {
  id: 'complaint.tr.tercuman-gelmedi-sikayet',
  type: 'complaint',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const when = past(c, 2, 20);
    return [
      [
        'ŞİKAYET (klacht)',
        '',
        ...paras(
          54,
          slips(
            c,
            `${fmtDate(when, 'dmy')} saat ${clock(c, 9, 15)} belediyede randevum vardı. Randevu mektubunda tercüman olacak yazıyordu ama tercüman gelmedi.`,
            0.35,
          ),
          slips(
            c,
            one(
              rng,
              `Görevli hanım Hollandaca ve İngilizce konuştu, ben anlamadım. Sonra bir kâğıt imzalattılar, ne imzaladığımı bilmiyorum.`,
              `Görevli bey Google Translate ile konuşmaya çalıştı, çok yanlış çeviriler oldu. Bana bağırdı, "Hollandaca öğrenmen lazım" dedi.`,
              `Bir saat bekledim, sonra "tercüman yok, yeni randevu alın" dediler. Yol parası ve iş yerinden izin benim için çok zor.`,
            ),
            0.35,
          ),
          slips(
            c,
            'Bu davranışı doğru bulmuyorum. Şikayetimin kayda alınmasını ve cevap verilmesini istiyorum. Bir daha randevuya tercüman ile çağırın lütfen.',
            0.35,
          ),
        ),
        '',
        c.p.name,
        ...ids(c, TR),
        `Tel ${c.p.phone}`,
      ],
    ];
  },
};

/** A daughter complains about how a home visit went. */
const trHomeVisitComplaint: Template = {
  id: 'complaint.tr.huisbezoek-kizi-email',
  type: 'complaint',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const visit = past(c, 2, 14);
    return [
      [
        `Kimden: ${mail(c.q.firstName, c.p.lastName, rng.int(1, 99))}@gmail.com`,
        `Kime: klachten@${cityMail(c)}.nl`,
        `Konu: ${rng.pick(['Klacht over huisbezoek', 'Şikayet - ev ziyareti', 'klacht handhaving'])}`,
        `Tarih: ${fmtDate(c.date, 'dot')}`,
        '',
        'Geachte klachtencoördinator,',
        '',
        ...paras(
          82,
          `${fmtDate(visit, 'dmy')} günü ${he(c, 'babamın', 'annemin')} (${c.p.name}) evine onaangekondigd iki handhaver geldi. ${he(c, 'Babam', 'Annem')} tek başınaydı en ${he(c, 'hij', 'zij')} kreeg geen uitleg wat er aan de hand was.`,
          one(
            rng,
            `Dolapları, çamaşır sepetini, hatta yatak odasını açtılar. Foto çektiler zonder toestemming te vragen. ${he(c, 'Babam', 'Annem')} kalp hastası, sonrasında tansiyonu çıktı ve huisarts'a gittik.`,
            `Een van hen zei letterlijk "u liegt" tegen ${he(c, 'hem', 'haar')}. ${he(c, 'Babam', 'Annem')} ${rng.int(62, 80)} yaşında, hayatında kimseye yalan söylememiş. Bu çok kırıcıydı.`,
            'Kapıda uzun süre komşuların önünde sorular sordular, bütün apartman duydu. Dat is toch niet normaal?',
          ),
          'Wij dienen hierbij een officiële klacht in over de manier waarop dit huisbezoek is uitgevoerd. Özür ve açıklama bekliyoruz. Graag een ontvangstbevestiging.',
        ),
        ...ids(c, MIX),
        '',
        'Met vriendelijke groet,',
        `${c.q.firstName} ${c.p.lastName} (${c.q.gender === 'f' ? 'dochter' : 'zoon'})`,
        c.q.phone,
      ],
    ];
  },
};

// --- court documents -------------------------------------------------------------------------

/** The avukat tells the client, in Turkish, what the rechtbank decided in the appeal against the gemeente. */
const trAvukatVerdictLetter: Template = {
  id: 'court_document.tr.avukat-uitspraak-bilgi-mektubu',
  type: 'court_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const office = rng.pick([
      'Advocatenkantoor Yılmaz & Bakker',
      'Öztürk Advocaten',
      'Kaya Sociaal Recht Advocatuur',
      'Advocatenpraktijk Demir',
    ]);
    const court = rng.pick([
      'Rechtbank Rotterdam',
      'Rechtbank Den Haag',
      'Rechtbank Amsterdam',
      'Rechtbank Midden-Nederland',
      'Rechtbank Gelderland',
      'Rechtbank Oost-Brabant',
    ]);
    const zaak = `${rng.pick(['ROT', 'SGR', 'AMS', 'UTR', 'ARN', 'SHE'])} ${rng.int(24, 26)}/${rng.int(1000, 9999)}`;
    const won = rng.chance(0.5);
    const hearing = past(c, 20, 70);
    return [
      [
        office,
        `Av. mr. ${c.r.name} - Sosyal güvenlik hukuku`,
        `${c.r.phone}`,
        '',
        ...addressLines(c),
        '',
        `${c.org.city}, ${trLong(c.date)}`,
        `Dosyanız: ${c.p.lastName} / ${c.org.name}`,
        `Mahkeme dosya no (zaaknummer): ${zaak}`,
        ...ids(c, FORMAL),
        '',
        `Sayın ${he(c, 'Bay', 'Bayan')} ${c.p.lastName},`,
        '',
        ...paras(
          84,
          `${court}, belediyeye karşı açtığımız davada (beroep) ${fmtDate(hearing, 'dot')} tarihindeki duruşmadan sonra ${fmtDate(past(c, 1, 10), 'dot')} tarihinde kararını (uitspraak) vermiştir. Kararın bir nüshası ektedir; aşağıda Türkçe özetini bulabilirsiniz.`,
          won
            ? `Mahkeme davamızı HAKLI bulmuştur (beroep gegrond). Belediyenin itiraz üzerine verdiği karar iptal edilmiştir. Belediye ${rng.pick(['altı hafta', 'sekiz hafta'])} içinde yeni bir karar vermek zorundadır. Ayrıca mahkeme harcı (griffierecht) size iade edilecek ve avukatlık masraflarının bir kısmını belediye ödeyecektir.`
            : `Mahkeme maalesef davamızı haklı bulmamıştır (beroep ongegrond). Mahkemeye göre belediye geri ödeme (terugvordering) kararını verirken kanunu doğru uygulamıştır.`,
          won
            ? 'Belediye bu karara karşı Merkezi İtiraz Kurulu’na (Centrale Raad van Beroep) başvurabilir; böyle bir durumda sizi bilgilendireceğim.'
            : `Bu karara karşı kararın gönderildiği tarihten itibaren altı hafta içinde Centrale Raad van Beroep'e (hoger beroep) başvurabiliriz. Başarı şansını değerlendirmek için sizinle ${fmtDate(ahead(c, 3, 14), 'dot')} tarihinde görüşmek isterim.`,
        ),
        '',
        'Saygılarımla,',
        `mr. ${c.r.name}`,
        'Ek: uitspraak (Hollandaca)',
      ],
    ];
  },
};

function addressLines(c: Ctx): string[] {
  return [`Sayın ${c.p.name}`, `${c.p.street} ${c.p.houseNumber}`, `${c.p.postcode} ${c.p.city}`];
}

/** A Turkish court recognises a Dutch divorce (tanıma ve tenfiz). */
const trRecognitionJudgment: Template = {
  id: 'court_document.tr.tanima-tenfiz-karari',
  type: 'court_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const il = rng.pick(ILLER);
    const esas = `${c.date.getUTCFullYear() - rng.int(0, 1)}/${rng.int(100, 2500)}`;
    const karar = `${c.date.getUTCFullYear()}/${rng.int(100, 2500)}`;
    const divorce = addDays(c.date, -rng.int(200, 900));
    const [davaci, davali] = rng.chance(0.5) ? [c.p, c.q] : [c.q, c.p];
    const body = paras(
      86,
      `Davacı vekili dava dilekçesinde özetle; tarafların Hollanda ${rng.pick(['Rotterdam', 'Den Haag', 'Amsterdam', 'Arnhem'])} Mahkemesinin ${fmtDate(divorce, 'dot')} tarih ve C/${rng.int(10, 19)}/${rng.digits(6)} sayılı kararı ile boşandıklarını, kararın kesinleştiğini, bu kararın Türkiye'de tanınmasına karar verilmesini talep etmiştir.`,
      'Davalıya dava dilekçesi ve duruşma günü usulüne uygun tebliğ edilmiş, davalı duruşmaya katılmamış ve cevap vermemiştir.',
      'Toplanan delillerden; yabancı mahkeme kararının kesinleştiği, Türk kamu düzenine açıkça aykırı olmadığı, savunma haklarına riayet edildiği ve 5718 sayılı MÖHUK 50 vd. maddelerindeki şartların oluştuğu anlaşılmakla aşağıdaki hüküm kurulmuştur.',
      'HÜKÜM: Gerekçesi yukarıda açıklandığı üzere;',
      `1- DAVANIN KABULÜ ile, Hollanda mahkemesinin ${fmtDate(divorce, 'dot')} tarihli boşanma kararının TANINMASINA,`,
      '2- Karar kesinleştiğinde nüfus müdürlüğüne bildirilmesine,',
      `3- Harç ve yargılama giderlerinin davacı üzerinde bırakılmasına, dair davacı vekilinin yüzüne karşı, davalının yokluğunda, kararın tebliğinden itibaren 2 hafta içinde istinaf yolu açık olmak üzere verilen karar açıkça okunup anlatıldı.`,
    );
    return paginate(
      body,
      18,
      (p) =>
        p === 1
          ? [
              'T.C.',
              `${trUp(il)} ${rng.int(1, 6)}. AİLE MAHKEMESİ`,
              '',
              `ESAS NO : ${esas}`,
              `KARAR NO : ${karar}`,
              '',
              `HÂKİM : ${rng.pick(['Ayşe Nur Kaplan', 'Murat Erdem', 'Hülya Sezer', 'Kemal Yavuz'])}`,
              `KATİP : ${rng.pick(['Fatma Uçar', 'Serkan Tunç', 'Zeynep Arı'])}`,
              '',
              `DAVACI : ${trUp(davaci.name)} - ${davaci.street} ${davaci.houseNumber}, ${davaci.city} / HOLLANDA`,
              `VEKİLİ : Av. ${rng.pick(['Emre Solmaz', 'Derya Kılınç', 'Burak Aydemir'])}`,
              `DAVALI : ${trUp(davali.name)} - ${davali.city} / HOLLANDA`,
              'DAVA : Tanıma (Yabancı mahkeme kararının tanınması)',
              `KARAR TARİHİ : ${fmtDate(past(c, 10, 60), 'dot')}`,
              '',
            ]
          : [`${trUp(il)} AİLE MAHKEMESİ  Esas ${esas}`, ''],
      (p, t) =>
        p === t
          ? ['', 'Katip                                   Hâkim', 'e-imzalıdır                              e-imzalıdır']
          : ['', `${p}/${t}`],
    );
  },
};

// --- UWV decisions ---------------------------------------------------------------------------

/** A printout of the Mijn UWV page, with the client's questions written on it in Turkish. */
const trMijnUwvPrintout: Template = {
  id: 'uwv_decision.tr.mijn-uwv-ekran-notlu',
  type: 'uwv_decision',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['bsn'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick(['WW-uitkering', 'Ziektewet-uitkering', 'WIA-uitkering (WGA)', 'Toeslagenwet']);
    const start = past(c, 5, 60);
    const end = addDays(start, rng.int(90, 700));
    const stopped = rng.chance(0.35);
    return [
      [
        `Mijn UWV - Overzicht uitkeringen          ${fmtDate(c.date, 'dmy')} ${clock(c, 8, 22)}`,
        `Ingelogd als: ${c.p.name}`,
        ...(c.show.bsn ? [`BSN: ${c.p.bsn}`] : []),
        '',
        `Uw uitkering: ${kind}`,
        `Status: ${stopped ? `beëindigd per ${fmtDate(start, 'dmy')}` : 'toegekend'}`,
        `Besluit verzonden: ${fmtDate(past(c, 1, 10), 'dmy')}`,
        ...(stopped ? [] : [`Ingangsdatum: ${fmtDate(start, 'dmy')}`, `Einddatum (uiterlijk): ${fmtDate(end, 'dmy')}`]),
        ...(stopped ? [] : [`Dagloon: € ${money(rng.amount(70, 190))}`, `Hoogte: ${rng.pick(['75%', '70%', '70% van het dagloon'])}`]),
        `Betaling: ${stopped ? '-' : `rond de ${rng.int(3, 12)}e van de maand op ${ibanText(c.p.iban, rng)}`}`,
        '',
        'Bent u het niet eens met dit besluit? Maak dan binnen 6 weken bezwaar.',
        '',
        '--- el yazısı ---',
        ...paras(
          50,
          flat(
            c,
            one(
              rng,
              stopped
                ? 'UWV param bitiyor diyor, bu tarihten sonra ne olacak? Belediyeden yardım alabilir miyim?'
                : 'UWV kabul etmiş. Belediyeden gelen para ile karışmasın diye bunu size gönderiyorum.',
              'Bu ekranı oğlum çıktı aldı. Mektubu kaybettim, bu yeterli mi?',
              stopped ? 'Neden durdurdular anlamadım, itiraz etmeli miyim?' : 'Para ne zaman yatar? Arada ay boşluk kalırsa kira ödeyemem.',
            ),
            0.5,
          ),
        ),
        `- ${c.p.firstName}`,
      ],
    ];
  },
};

/** A Turkish welfare foundation's information note about a UWV decision it explained to the client. */
const trFoundationUwvNote: Template = {
  id: 'uwv_decision.tr.vakif-uwv-karar-bilgi-notu',
  type: 'uwv_decision',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const pct = rng.pick(['35-80', '80-100', 'minder dan 35']);
    const decision = one(
      rng,
      `UWV, ${fmtDate(past(c, 5, 30), 'dot')} tarihli kararıyla danışanın iş göremezlik oranını %${pct} olarak belirlemiştir (WIA). ${pct === 'minder dan 35' ? 'Bu nedenle WIA ödeneği verilmemiştir.' : `WGA ödeneği ${fmtDate(ahead(c, 1, 20), 'dot')} tarihinden itibaren başlayacaktır.`}`,
      `UWV, danışanın Ziektewet ödeneğini ${fmtDate(ahead(c, 1, 20), 'dot')} tarihinden itibaren durdurmuştur; sigorta hekimine göre danışan "uygun iş" yapabilecek durumdadır (EZWb).`,
      `UWV, danışana fazla ödenen ${money(rng.amount(300, 4000))} euro WW ödeneğinin geri ödenmesini istemektedir (terugvordering); danışan aynı dönemde geçici işte çalışmış ve bunu bildirmemiştir.`,
    );
    return [
      [
        rng.pick(['Stichting Türk Danışma Merkezi', 'Stichting Anadolu Welzijn', 'Hollanda Türk Kadınlar Birliği - spreekuur']),
        'Sosyal danışmanlık - BİLGİ NOTU (resmi tercüme değildir)',
        '',
        `Danışan: ${c.p.name}`,
        ...ids(c, FORMAL, ': ', 'dot'),
        `Belge: UWV beslissing, kenmerk ${rng.letters(2)}${rng.digits(7)}`,
        '',
        'KARARIN ÖZETİ',
        ...paras(86, decision),
        '',
        'NE YAPILABİLİR',
        ...paras(
          86,
          'Karara itiraz süresi, karar tarihinden itibaren 6 haftadır. Danışan itiraz etmek istemektedir; itiraz dilekçesi birlikte hazırlanacaktır.',
          `Bu not, danışanın isteği üzerine belediyedeki danışmanına (consulent) bilgi amacıyla iletilmektedir. Orijinal UWV kararı ektedir.`,
        ),
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dot')}`,
        `${c.r.name}, gönüllü danışman`,
      ],
    ];
  },
};

// --- tax documents ---------------------------------------------------------------------------

/** An e-Devlet printout of the Turkish motor vehicle tax for a car registered in Turkey. */
const trEdevletMtv: Template = {
  id: 'tax_document.tr.edevlet-gib-mtv-borc',
  type: 'tax_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const y = c.date.getUTCFullYear();
    const plaka = `${rng.int(1, 81)} ${rng.letters(rng.int(1, 3), 'ABCDEFGHJKLMNPRSTUVYZ')} ${rng.int(10, 9999)}`;
    const taksit = rng.amount(900, 6500);
    const paid = rng.chance(0.5);
    return [
      [
        'T.C. Cumhurbaşkanlığı - e-Devlet Kapısı',
        'Gelir İdaresi Başkanlığı - Borç Sorgulama ve Ödeme',
        '',
        `Kimlik No: ${tcNo(c).slice(0, 3)}******${rng.digits(2)}   Ad Soyad: ${trUp(c.p.name)}`,
        `Sorgulama tarihi: ${fmtDate(c.date, 'dot')} ${clock(c, 8, 23)}`,
        '',
        'MOTORLU TAŞITLAR VERGİSİ (MTV)',
        `Plaka: ${plaka}   Marka: ${rng.pick(['FIAT', 'RENAULT', 'TOYOTA', 'VOLKSWAGEN', 'OPEL', 'HYUNDAI'])}   Model yılı: ${rng.int(2004, 2021)}`,
        `Vergi dairesi: ${rng.pick(ILLER)} ${rng.pick(['Merkez', 'Kale', 'Gazipaşa', 'Erciyes'])} Vergi Dairesi`,
        '',
        row(['Vergi türü', 'Taksit', 'Vade', 'Tutar', 'Durum'], [10, 7, 11, 14, 8]),
        row(['MTV', '1', `31.01.${y}`, tl(taksit), paid ? 'Ödendi' : 'Ödenmedi'], [10, 7, 11, 14, 8]),
        row(['MTV', '2', `31.07.${y}`, tl(taksit), 'Ödenmedi'], [10, 7, 11, 14, 8]),
        ...maybe(rng, 0.5, () => [row(['Gecikme zammı', '-', '-', tl(taksit * rng.amount(0.03, 0.2)), 'Ödenmedi'], [10, 7, 11, 14, 8])]),
        '',
        'Ödemelerinizi anlaşmalı bankalar, GİB Hazır Ödeme sistemi veya vergi dairesi veznesinden yapabilirsiniz.',
        'Bu belge bilgi amaçlıdır; resmi işlemlerde e-Devlet barkodlu belge kullanınız.',
        `Barkod: ${rng.letters(4, 'ABCDEFGHJKLMNPRSTUVYZ')}-${rng.digits(6)}-${rng.digits(4)}`,
      ],
    ];
  },
};

/**
 * A daughter writes down what a Belastingdienst letter says: a toeslag recovery and its payment
 * reminder. Still the tax office's own business (tax_document), not a collector's (debt_notice).
 */
const trToeslagExplained: Template = {
  id: 'tax_document.tr.toeslag-terugvordering-kizi-yazdi',
  type: 'tax_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const kind = rng.pick(['huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag', 'kindgebonden budget']);
    const y = c.date.getUTCFullYear() - rng.int(1, 2);
    const amount = rng.amount(180, 3600);
    const reminder = rng.chance(0.5);
    return [
      [
        `WhatsApp / e-mail: ${c.q.firstName} -> consulent Werk en Inkomen ${c.org.city}`,
        `${fmtDate(c.date, 'dmy')} ${clock(c, 8, 22)}`,
        '',
        ...paras(
          78,
          `Goedemiddag, ik ben de ${c.q.gender === 'f' ? 'dochter' : 'zoon'} van ${c.p.name}. ${he(c, 'Babam', 'Annem')} kreeg deze brief van de Belastingdienst/Toeslagen, ik heb de belangrijkste regels overgeschreven, çünkü foto çok bulanık çıktı:`,
        ),
        '',
        `  "${reminder ? 'Betalingsherinnering' : `Definitieve berekening ${kind} ${y}`}"`,
        `  "U heeft over ${y} € ${money(amount)} te veel ${kind} ontvangen. Dit bedrag moet u terugbetalen."`,
        ...(reminder
          ? [`  "U heeft het bedrag nog niet (volledig) betaald. Betaal vóór ${fmtDate(ahead(c, 10, 28), 'dmy')}."`]
          : [`  "U kunt een betalingsregeling aanvragen via Mijn toeslagen."`]),
        `  "Kenmerk: ${rng.digits(4)}.${rng.digits(2)}.${rng.digits(3)}.T.${rng.int(10, 99)}.${rng.digits(4)}"`,
        '',
        ...paras(
          78,
          one(
            rng,
            `${he(c, 'Babam', 'Annem')} zegt dat het inkomen van ${y} klopt niet, o yıl sadece uitkering vardı. Kunt u ons helpen met een bezwaar bij de Belastingdienst of persoonlijke betalingsregeling?`,
            `Biz bunu ödeyemeyiz, uitkering zaten çok az. Weet u of we kwijtschelding kunnen vragen, yoksa aylık küçük taksit mi olur?`,
            `Ik wil alleen weten of dit gevolgen heeft voor de bijstand. Belastingdienst'i aradık ama 45 dakika bekledik, kimse açmadı.`,
          ),
        ),
        ...ids(c, MIX),
        '',
        `Groet, ${c.q.firstName}`,
      ],
    ];
  },
};

// --- rental agreements -----------------------------------------------------------------------

/** A room rented from an uncle, typed in Dutch and Turkish side by side. */
const trFamilyRoomContract: Template = {
  id: 'rental_agreement.tr.amca-iki-dilli-huurovereenkomst',
  type: 'rental_agreement',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const rent = rng.amount(300, 700);
    const start = past(c, 0, 40);
    return [
      [
        'HUUROVEREENKOMST KAMER  /  ODA KİRA SÖZLEŞMESİ',
        '',
        `Verhuurder / Ev sahibi:  ${c.q.name}, ${c.q.street} ${c.q.houseNumber}, ${c.q.postcode} ${c.q.city}`,
        `Huurder / Kiracı:        ${c.p.name}`,
        ...ids(c, { bsn: 'BSN', birth: 'Geboortedatum / Doğum tarihi', client: 'Klantnummer' }),
        `Relatie / Akrabalık:     ${rng.pick(['oom / amca', 'tante / teyze', 'neef / kuzen', 'zwager / enişte'])}`,
        '',
        `1. Gehuurd: ${rng.int(1, 2)} kamer(s) op adres ${c.q.street} ${c.q.houseNumber}, gedeeld gebruik keuken en badkamer.`,
        `   Kiralanan: ${c.q.street} ${c.q.houseNumber} adresindeki oda; mutfak ve banyo ortak.`,
        `2. Ingangsdatum / Başlangıç: ${fmtDate(start, 'dmy')} - ${rng.pick(['onbepaalde tijd / süresiz', `12 maanden / 12 ay`, '6 maanden / 6 ay'])}`,
        `3. Huurprijs / Kira: € ${money(rent)} per maand / aylık, inclusief gas, water, licht / faturalar dahil`,
        `4. Betaling vóór de 1e van de maand op rekening / her ayın 1'ine kadar: NL${rng.digits(2)} ${rng.pick(['INGB', 'RABO', 'ABNA'])} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`,
        `5. Borg / Depozito: € ${money(rng.pick([0, rent, rent * 2]))}`,
        '6. Opzegtermijn / Fesih süresi: 1 maand / 1 ay',
        '7. Huurder staat ingeschreven op dit adres (BRP) / Kiracı bu adrese kayıtlıdır.',
        '',
        `${c.q.city}, ${fmtDate(start, 'dmy')}`,
        '',
        'Handtekening verhuurder / Ev sahibi imza        Handtekening huurder / Kiracı imza',
        `${c.q.name.padEnd(48)} ${c.p.name}`,
      ],
    ];
  },
};

/** A private Turkish-speaking landlord announces the yearly rent increase in Turkish. */
const trLandlordIncrease: Template = {
  id: 'rental_agreement.tr.ev-sahibi-kira-artisi-bildirimi',
  type: 'rental_agreement',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const old = rng.amount(650, 1250);
    const pct = rng.pick([4.1, 5.5, 6.8, 7.7]);
    const eff = ahead(c, 30, 75);
    const landlord = rng.pick([`${c.r.name}`, 'Öz Vastgoed B.V.', 'Yıldırım Beheer', 'Bulut Vastgoedbeheer']);
    return [
      [
        landlord,
        `Tel ${c.r.phone}`,
        '',
        `Sayın ${c.p.name}`,
        `${c.p.street} ${c.p.houseNumber}`,
        `${c.p.postcode} ${c.p.city}`,
        '',
        `${c.p.city}, ${trLong(c.date)}`,
        'Konu: Kira artışı / Huurverhoging',
        '',
        `Sayın ${he(c, 'Bay', 'Bayan')} ${c.p.lastName},`,
        '',
        ...paras(
          80,
          `Kira sözleşmemiz gereğince kiranız her yıl güncellenmektedir. ${fmtDate(eff, 'dmy')} tarihinden itibaren aylık kiranız %${String(pct).replace('.', ',')} oranında artırılacaktır.`,
          `Eski kira: € ${money(old)}   Yeni kira: € ${money(old * (1 + pct / 100))}   (servis giderleri ${money(rng.amount(20, 80))} € dahil)`,
          'Bu artış, serbest kira sektörü için hükümetin belirlediği azami oranı aşmamaktadır. Artışa itirazınız varsa bize yazılı olarak bildirebilir veya Huurcommissie’ye başvurabilirsiniz.',
          rng.chance(0.5) && 'Otomatik ödeme talimatınızı (automatische incasso) yeni tutara göre güncellemeyi unutmayınız.',
        ),
        '',
        'Saygılarımızla,',
        landlord,
      ],
    ];
  },
};

// --- holiday notices -------------------------------------------------------------------------

/** Grandmother or grandfather going to the village; the grandchild writes the notice for them. */
const trDictatedTravelNote: Template = {
  id: 'holiday_notice.tr.koye-gidiyor-torun-yazdi',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'handwritten',
  weight: 0.25,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const go = ahead(c, 7, 40);
    const back = addDays(go, rng.int(14, 28));
    return [
      [
        'Aan de gemeente - vakantie doorgeven',
        '',
        ...paras(
          48,
          slips(
            c,
            `${he(c, 'Dedem', 'Anneannem')} ${c.p.name} Türkiye'ye, köye gidecek. Ben torunu ${c.r.firstName}, onun için yazıyorum.`,
            0.5,
          ),
          slips(c, `Gidiş: ${fmtDate(go, 'dmy')}   Dönüş: ${fmtDate(back, 'dmy')}`, 0),
          slips(
            c,
            one(
              rng,
              `Memleketteki evde kalacak (${rng.pick(ILLER)}), amcamlar orada. Yazın her sene gidiyor ama bu sene dört haftadan fazla kalmayacak, söz verdi.`,
              `Kız kardeşi çok hasta, onu görmek istiyor. ${he(c, 'Dedem', 'Anneannem')} diyor ki "bir ay geçmeden dönerim".`,
              `Köydeki evin çatısı akıyor, tamir ettirecek. Uçak bileti alındı, fotokopisi ektedir.`,
            ),
            0.5,
          ),
          slips(
            c,
            `Orada telefon: +90 5${rng.digits(2)} ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)} (${he(c, 'dedem', 'anneannem')} açmazsa bana arayın).`,
            0.3,
          ),
        ),
        '',
        ...ids(c, DICT),
        '',
        `${c.p.initials} ${c.p.lastName} (imza)`,
        `torunu ${c.r.firstName} - ${c.r.phone}`,
      ],
    ];
  },
};

/** A village muhtar certifies how long the client stayed in the village: proof of the stay abroad. */
const trMuhtarStayCertificate: Template = {
  id: 'holiday_notice.tr.muhtarlik-ikamet-ilmuhaberi',
  type: 'holiday_notice',
  lang: 'tr',
  style: 'form',
  weight: 0.2,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const il = rng.pick(ILLER);
    const koy = rng.pick(KOYLER);
    const from = past(c, 30, 80);
    const to = addDays(from, rng.int(18, 42));
    return [
      [
        'T.C.',
        `${trUp(il)} İLİ ${trUp(ilce(c))} İLÇESİ`,
        `${trUp(koy)} ${rng.pick(['KÖYÜ', 'MAHALLESİ'])} MUHTARLIĞI`,
        '',
        `Sayı: ${rng.int(1, 120)}                                        Tarih: ${fmtDate(c.date, 'dot')}`,
        '',
        'İLMÜHABER',
        '',
        `Adı Soyadı      : ${trUp(c.p.name)}`,
        `Baba adı        : ${rng.pick(['Mehmet', 'Ali', 'Hasan', 'Hüseyin', 'Mustafa', 'İbrahim'])}`,
        ...(c.show.birthDate ? [`Doğum tarihi    : ${fmtIso(c.p.birthDate, 'dot')}`] : [`Doğum yeri      : ${il}`]),
        `Yurt dışı adresi: ${c.p.street} ${c.p.houseNumber} ${c.p.postcode} ${c.p.city} - HOLLANDA`,
        '',
        ...paras(
          80,
          `Yukarıda açık kimliği yazılı şahıs, ${fmtDate(from, 'dot')} ile ${fmtDate(to, 'dot')} tarihleri arasında köyümüzde ${rng.pick(['baba evinde', 'annesinin yanında', 'kendi evinde', 'kardeşinin evinde'])} ikamet etmiş, bu tarihte Hollanda'ya dönmüştür.`,
          rng.chance(0.5) &&
            `Bu süre içinde ${rng.pick(['hasta annesinin bakımıyla ilgilenmiştir', 'babasının cenaze işlemlerini yürütmüştür', 'evinin onarımıyla uğraşmıştır'])}.`,
          'İş bu ilmühaber ilgilinin talebi üzerine, ihtiyar heyetinin bilgisi dahilinde verilmiştir.',
        ),
        '',
        'Aza                Aza                Muhtar',
        `${rng.pick(['R. Kaya', 'S. Ateş', 'H. Uysal'])}           ${rng.pick(['M. Özer', 'İ. Doğan', 'K. Er'])}           ${rng.pick(['Osman Çetin', 'Halil Yurt', 'Recep Acar'])}`,
        '(MÜHÜR)',
      ],
    ];
  },
};

// --- medical statements ----------------------------------------------------------------------

/** A health board report from a Turkish state hospital, with a disability percentage. */
const trHealthBoardReport: Template = {
  id: 'medical_statement.tr.saglik-kurulu-raporu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const diag = rng.sample(
      [
        ['M51.1', 'Lomber disk hernisi, radikülopatili'],
        ['I25.1', 'Aterosklerotik kalp hastalığı'],
        ['E11.9', 'Tip 2 diabetes mellitus, komplikasyonsuz'],
        ['F33.1', 'Tekrarlayan depresif bozukluk, orta şiddette'],
        ['M17.0', 'Bilateral primer gonartroz'],
        ['J44.9', 'Kronik obstrüktif akciğer hastalığı'],
        ['G40.9', 'Epilepsi, tanımlanmamış'],
      ] as const,
      rng.int(1, 3),
    );
    const total = rng.int(20, 74);
    return [
      [
        'T.C. SAĞLIK BAKANLIĞI',
        `${trUp(rng.pick(ILLER))} ${rng.pick(['ŞEHİR HASTANESİ', 'EĞİTİM VE ARAŞTIRMA HASTANESİ', 'DEVLET HASTANESİ'])}`,
        'SAĞLIK KURULU RAPORU (Erişkinler için)',
        '',
        `Rapor no: ${rng.digits(8)}    Rapor tarihi: ${fmtDate(past(c, 5, 120), 'dot')}`,
        `Adı soyadı: ${trUp(c.p.name)}`,
        ...(c.show.birthDate ? [`Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `T.C. kimlik no: ${tcNo(c)}`,
        `Raporun veriliş amacı: ${rng.pick(['Çalışma gücü kaybı tespiti', 'Engellilik durumu', 'Yurt dışı kurumuna ibraz'])}`,
        '',
        row(['ICD-10', 'Tanı', 'Oran'], [8, 50, 6]),
        ...diag.map(([code, label]) => row([code, label, `%${rng.int(10, 40)}`], [8, 50, 6])),
        '',
        `Balthazard formülüne göre TÜM VÜCUT ENGEL ORANI: %${total}`,
        `Sürekli / süreli: ${rng.pick(['Sürekli', `Süreli - kontrol ${fmtDate(ahead(c, 300, 700), 'dot')}`])}`,
        `Kanaat: ${rng.pick(['Ağır işlerde çalışamaz.', 'Uzun süre ayakta kalmayı gerektiren işlerde çalışamaz.', 'Hafif işlerde, yarı zamanlı çalışabilir.'])}`,
        '',
        row(['Başhekim Yrd.', rng.pick(['Dr. Canan Öz', 'Dr. Tarık Esen']), 'e-imza'], [16, 30, 8]),
        row(['Üye', rng.pick(['Uzm. Dr. Levent Aslan (Ortopedi)', 'Uzm. Dr. Gül Er (Nöroloji)']), 'e-imza'], [16, 30, 8]),
        row(['Üye', rng.pick(['Uzm. Dr. Sinan Koç (Dahiliye)', 'Uzm. Dr. Berna Tan (Psikiyatri)']), 'e-imza'], [16, 30, 8]),
        '',
        'Bu rapor e-Nabız üzerinden doğrulanabilir.',
      ],
    ];
  },
};

/** A hospital doctor writes that the patient may not fly: the reason the stay abroad got longer. */
const trUnfitToTravel: Template = {
  id: 'medical_statement.tr.seyahat-edemez-hekim-raporu',
  type: 'medical_statement',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const adm = past(c, 5, 25);
    const [dept, complaint, diagnosis] = rng.pick([
      ['Kardiyoloji', 'göğüs ağrısı', 'Akut koroner sendrom, PTCA uygulandı'],
      ['Ortopedi ve Travmatoloji', 'düşme sonrası kalça ağrısı', 'Femur boyun kırığı, opere edildi'],
      ['Genel Cerrahi', 'akut karın ağrısı', 'Akut kolesistit, laparoskopik kolesistektomi uygulandı'],
      ['İç Hastalıkları', 'yüksek ateş ve nefes darlığı', 'Pnömoni, IV antibiyotik tedavisi verildi'],
    ] as const);
    return [
      [
        `${rng.pick(['Özel', 'T.C.'])} ${rng.pick(['Anadolu Yaşam Hastanesi', 'Kızılırmak Devlet Hastanesi', 'Medisun Tıp Merkezi', 'Erciyes Üniversitesi Tıp Fakültesi Hastanesi'])}`,
        `${dept} ${rng.pick(['Polikliniği', 'Servisi', 'Kliniği'])}`,
        '',
        'HEKİM RAPORU / DURUM BİLDİRİR RAPOR',
        '',
        `Hasta: ${c.p.name}`,
        ...(c.show.birthDate ? [`Doğum tarihi: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Pasaport no: ${rng.letters(1, 'UZ')}${rng.digits(8)}   Uyruğu: ${rng.pick(['T.C.', 'Hollanda', 'T.C. / Hollanda'])}`,
        `Protokol no: ${rng.digits(7)}`,
        '',
        ...paras(
          82,
          `Yukarıda kimliği yazılı hasta ${fmtDate(adm, 'dot')} tarihinde ${complaint} şikâyetiyle acil servise başvurmuş, ${rng.int(2, 9)} gün yatarak tedavi görmüştür.`,
          `Tanı: ${diagnosis}.`,
          `Hastanın ${fmtDate(ahead(c, 7, 30), 'dot')} tarihine kadar uçak yolculuğu yapması tıbben sakıncalıdır. Kontrol muayenesi sonrası seyahat durumu yeniden değerlendirilecektir.`,
        ),
        '',
        `${rng.pick(['Uzm. Dr.', 'Op. Dr.', 'Doç. Dr.'])} ${c.r.name}`,
        `Diploma tescil no: ${rng.digits(6)}     (kaşe / imza)`,
      ],
    ];
  },
};

// --- job application proof -------------------------------------------------------------------

/** A newcomer prints the confirmation e-mails of online applications and writes what each one was. */
const trConfirmationsWithNotes: Template = {
  id: 'job_application_proof.tr.basvuru-onay-mailleri-notlu',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['client-number', 'bsn'],
  render(c) {
    const { rng } = c;
    const jobs = rng.sample(
      [
        ['Orderpicker', 'mağazada paket toplama'],
        ['Schoonmaker', 'temizlik, akşamları'],
        ['Productiemedewerker', 'fabrikada'],
        ['Keukenhulp', 'restoranda bulaşık ve hazırlık'],
        ['Chauffeur bestelbus', 'ehliyetim var (B)'],
        ['Verkoopmedewerker', 'markette kasiyer'],
        ['Medewerker logistiek', 'depo'],
        ['Bezorger', 'bisikletle paket dağıtım'],
      ] as const,
      rng.int(3, 6),
    );
    const lines: string[] = [];
    for (const [title, note] of jobs) {
      const site = rng.pick(['Indeed', 'werk.nl', 'Randstad.nl', 'Werkzoeken.nl', 'LinkedIn']);
      lines.push(
        `${fmtDate(past(c, 1, 28), 'dmy')}  ${site}: "Je sollicitatie voor ${title} bij ${rng.pick([...EMPLOYERS, ...STAFFING])} is verstuurd"`,
      );
      lines.push(`            ${flat(c, `-> ${note}`, 0.5)}`);
    }
    return [
      [
        flat(c, 'Başvurularım - sollicitaties', 0.4),
        c.p.name,
        ...idsInline(c, TR),
        '',
        ...lines,
        '',
        ...paras(
          60,
          flat(
            c,
            one(
              rng,
              'Henüz hiç cevap gelmedi. Hollandacam az olduğu için telefonla mülakat zor oluyor.',
              'Bir tanesinden telefon geldi, gelecek hafta gideceğim.',
              'Hepsi e-posta ile. Çıktıları koçum (werkcoach) istedi.',
            ),
            0.4,
          ),
        ),
      ],
    ];
  },
};

/** A Turkish-owned company answers an application in Turkish: no place now, CV kept on file. */
const trCompanyReplyLetter: Template = {
  id: 'job_application_proof.tr.firma-basvuru-cevabi',
  type: 'job_application_proof',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const firm = rng.pick([
      'Öz Groothandel B.V.',
      'Anadolu Bakkerij B.V.',
      'Efes Transport & Logistiek',
      'Çınar Supermarkten',
      'Bosporus Catering B.V.',
    ]);
    const role = rng.pick(['depo elemanı', 'kasiyer', 'şoför', 'fırın yardımcısı', 'mutfak personeli', 'müşteri temsilcisi']);
    return [
      [
        firm,
        `Personel - ${c.org.city}`,
        '',
        `Sayın ${c.p.name},`,
        '',
        ...paras(
          82,
          `${fmtDate(past(c, 4, 20), 'dmy')} tarihinde ${role} pozisyonu için yaptığınız başvuru için teşekkür ederiz.`,
          one(
            rng,
            'Başvurunuzu dikkatle inceledik, ancak bu pozisyon için deneyimi ve Hollandaca seviyesi daha uygun bir adayla ilerlemeye karar verdik.',
            `${fmtDate(past(c, 1, 3), 'dmy')} tarihindeki görüşmeye geldiğiniz için teşekkür ederiz. Maalesef şu anda sizi işe alamıyoruz.`,
            'Şu anda açık pozisyonlarımız dolmuştur.',
          ),
          `Özgeçmişinizi (CV) ${rng.pick(['altı ay', 'bir yıl'])} boyunca dosyamızda tutacağız; yeni bir pozisyon açıldığında sizinle iletişime geçeceğiz.`,
        ),
        '',
        'Başarılar dileriz,',
        `${c.r.name}`,
        rng.pick(['İnsan Kaynakları', 'Şube müdürü', 'Eigenaar / işletme sahibi']),
      ],
    ];
  },
};

// --- employment contracts --------------------------------------------------------------------

/** An on-call contract from a Turkish restaurant owner, Turkish with the Dutch terms in brackets. */
const trOnCallRestaurant: Template = {
  id: 'employment_contract.tr.cagri-uzerine-restoran',
  type: 'employment_contract',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Grillroom Kapadokya', 'Lokanta Sultan', 'Pide & Lahmacun Huis Mardin', 'Restaurant Bosfor', 'Eethuis Harran']);
    const start = ahead(c, -10, 20);
    const rate = rng.amount(14.06, 16.2);
    return [
      [
        `${shop} V.O.F. - KvK ${rng.digits(8)}`,
        '',
        'ÇAĞRI ÜZERİNE ÇALIŞMA SÖZLEŞMESİ (oproepovereenkomst - nulurencontract)',
        '',
        `İşveren: ${shop}, temsilen ${c.q.name}`,
        `Çalışan: ${c.p.name}, ${c.p.street} ${c.p.houseNumber}, ${c.p.city}`,
        ...ids(c, { bsn: 'BSN', birth: 'Doğum tarihi', client: 'Klantnummer' }),
        '',
        `Madde 1 - Görev: ${rng.pick(['servis elemanı (bediening)', 'mutfak yardımcısı (keukenhulp)', 'kasa ve paket servis', 'pizzacı / pideci'])}`,
        `Madde 2 - Süre: ${fmtDate(start, 'dmy')} tarihinden itibaren ${rng.pick(['6 ay', '12 ay', '3 ay'])} (belirli süreli)`,
        'Madde 3 - Çalışma saatleri: Sabit saat yoktur. İşveren ihtiyaç olduğunda en az 4 gün önceden çağırır. Her çağrıda en az 3 saat ücret ödenir.',
        `Madde 4 - Ücret: brüt saat başı € ${money(rate)}, artı %8 tatil parası (vakantiegeld). Ödeme ayda bir, banka hesabına.`,
        'Madde 5 - Toplu iş sözleşmesi: Horeca CAO uygulanır.',
        `Madde 6 - Deneme süresi: ${rng.pick(['yoktur', '1 ay'])}`,
        '',
        `${c.org.city}, ${fmtDate(c.date, 'dmy')}`,
        '',
        `İşveren imza: ${c.q.initials} ${c.q.lastName}            Çalışan imza: ........................`,
      ],
    ];
  },
};

/** A temp agency run by Dutch-Turks hands out its agency contract with a Turkish summary. */
const trAgencyContractSummary: Template = {
  id: 'employment_contract.tr.uitzendbureau-sozlesme-ozeti',
  type: 'employment_contract',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['bsn', 'client-number'],
  render(c) {
    const { rng } = c;
    const agency = rng.pick([
      'Anka Uitzendbureau',
      'Flex Personeel Hizmetleri B.V.',
      'Kartal Uitzendgroep',
      'Delta Flexwerk (Türkçe masa)',
    ]);
    const hirer = rng.pick(EMPLOYERS);
    const start = ahead(c, -5, 14);
    return [
      [
        agency,
        'UITZENDOVEREENKOMST - Türkçe özet (bağlayıcı metin Hollandacadır)',
        '',
        `Geçici çalışan (uitzendkracht): ${c.p.name}`,
        ...ids(c, MIX),
        `Çalışılacak yer (inlener): ${hirer}`,
        `İş: ${rng.pick(['ürün paketleme', 'sipariş toplama', 'üretim hattı', 'temizlik', 'sebze ayıklama (serada)'])}`,
        '',
        row(['Faz (fase)', rng.pick(['A - ilk 52 hafta, uitzendbeding var', 'B - belirli süreli', 'A'])], [22, 48]),
        row(['Başlangıç', fmtDate(start, 'dmy')], [22, 48]),
        row(['Haftalık saat', `${rng.int(16, 40)} saat (ortalama)`], [22, 48]),
        row(['Saat ücreti (brüt)', `€ ${money(rng.amount(14.06, 17.5))}`], [22, 48]),
        row(['Vardiya ek ücreti', rng.pick(['akşam %25, gece %40', 'yok', 'hafta sonu %50'])], [22, 48]),
        row(['CAO', rng.pick(['ABU', 'NBBU'])], [22, 48]),
        row(['Konaklama (huisvesting)', rng.pick(['yok', 'var, haftada € 110 kesilir'])], [22, 48]),
        '',
        ...paras(
          80,
          'Uitzendbeding: Faz A süresince inlener işi bitirirse sözleşme kendiliğinden sona erer. Hastalıkta ilk gün bize ve inlener’e haber verin.',
        ),
        '',
        `Tarih: ${fmtDate(c.date, 'dmy')}     İmza uitzendkracht: ........     İmza ${agency}: ........`,
      ],
    ];
  },
};

// --- identity documents ----------------------------------------------------------------------

/** A copy of the Blue Card kept by former Turkish citizens who took Dutch nationality. */
const trBlueCard: Template = {
  id: 'identity_document.tr.mavi-kart-fotokopi',
  type: 'identity_document',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: ['name-birthdate'],
  render(c) {
    const { rng } = c;
    const issued = addDays(c.date, -rng.int(300, 3000));
    return [
      [
        'T.C.',
        'MAVİ KART',
        'Doğumla Türk vatandaşı olup çıkma izni almak suretiyle Türk vatandaşlığını kaybedenlere verilen belge',
        '',
        `Kimlik No / ID No: 99${rng.digits(9)}`,
        `Soyadı / Surname: ${trUp(c.p.lastName)}`,
        `Adı / Given name(s): ${trUp(c.p.firstName)}`,
        `Cinsiyeti / Gender: ${c.p.gender === 'f' ? 'K/F' : 'E/M'}`,
        `Doğum tarihi / Date of birth: ${c.show.birthDate ? fmtIso(c.p.birthDate, 'dot') : '(fotokopide okunmuyor)'}`,
        `Uyruğu / Nationality: NLD`,
        `Seri no / Document no: A${rng.digits(2)}${rng.letters(1, 'ABCDEFGHJK')}${rng.digits(5)}`,
        `Veriliş tarihi / Date of issue: ${fmtDate(issued, 'dot')}`,
        `Veren makam / Authority: T.C. ${rng.pick(['Rotterdam', 'Amsterdam', 'Deventer', 'Lahey'])} ${rng.pick(['Başkonsolosluğu', 'Büyükelçiliği'])}`,
        '',
        `Anne adı: ${rng.pick(['Fatma', 'Ayşe', 'Hatice', 'Emine', 'Zehra'])}   Baba adı: ${rng.pick(['Mehmet', 'Ahmet', 'Yusuf', 'Osman', 'Halil'])}`,
        `Doğum yeri: ${trUp(rng.pick(ILLER))}`,
        '',
        rng.pick(['(ön ve arka yüz fotokopisi)', '(fotokopi - aslı gibidir)', '']),
      ],
    ];
  },
};

/** A newcomer's copy of the Dutch residence permit, with a note in Turkish. */
const trResidencePermitCopy: Template = {
  id: 'identity_document.tr.oturum-karti-kopya-notlu',
  type: 'identity_document',
  lang: 'tr',
  style: 'form',
  weight: 0.25,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const valid = addDays(c.date, rng.int(200, 1800));
    const kind = rng.pick(['asiel bepaalde tijd', 'regulier bepaalde tijd', 'verblijf als familie- of gezinslid']);
    return [
      [
        'VERBLIJFSDOCUMENT  EU/EER   NLD',
        `Naam: ${trUp(c.p.lastName)}   Voornamen: ${c.p.firstName}`,
        `Nationaliteit: Turkse   Geslacht: ${c.p.gender === 'f' ? 'V' : 'M'}`,
        ...(c.show.birthDate ? [`Geboortedatum: ${fmtIso(c.p.birthDate, 'dot')}`] : []),
        `Soort: ${kind}`,
        `Documentnummer: ${rng.letters(2, 'NRXWY')}${rng.digits(7)}   Geldig tot: ${fmtDate(valid, 'dot')}`,
        'Opmerkingen: Arbeid is vrij toegestaan. TWV niet vereist.',
        ...(c.show.bsn ? [`BSN: ${c.p.bsn}`] : []),
        '',
        '-- el yazısı not --',
        ...paras(
          52,
          flat(
            c,
            one(
              rng,
              'Yeni oturum kartım geldi. Eskisinin süresi bitmişti, bunu dosyama koyun lütfen.',
              'Oturum kartımın ön ve arka fotokopisi. İstediğiniz için gönderiyorum.',
              'Eşimin kartı da geldi, onu da gelecek hafta getireceğim.',
            ),
            0.5,
          ),
        ),
        c.p.name,
      ],
    ];
  },
};

// --- debt notices ----------------------------------------------------------------------------

/** An e-Devlet (UYAP) printout of the enforcement files opened against the client in Turkey. */
const trUyapIcraPrintout: Template = {
  id: 'debt_notice.tr.edevlet-uyap-icra-dosyalari',
  type: 'debt_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const n = rng.int(1, 4);
    const rows = Array.from({ length: n }, () => {
      const y = c.date.getUTCFullYear() - rng.int(0, 4);
      return row(
        [
          `${rng.pick(ILLER)} ${rng.int(1, 9)}. İcra D.`,
          `${y}/${rng.int(100, 30000)} E.`,
          rng.pick(['Akbank T.A.Ş.', 'Garanti BBVA', 'Turkcell', 'Vodafone Net', 'Enerjisa', 'Türk Telekom']),
          rng.pick(['Açık', 'Açık', 'Derdest', 'Kapalı (tahsil)']),
          tl(rng.amount(800, 90000)),
        ],
        [20, 13, 16, 16, 14],
      );
    });
    return [
      [
        'e-Devlet Kapısı - Adalet Bakanlığı',
        'UYAP Vatandaş Portal - İcra Dosyası Sorgulama',
        '',
        `Sorgulayan: ${trUp(c.p.name)}    T.C. Kimlik No: ${tcNo(c).slice(0, 2)}*******${rng.digits(2)}`,
        `Sorgu tarihi: ${fmtDate(c.date, 'dot')} ${clock(c, 7, 23)}`,
        '',
        `Taraf olduğunuz ${n} adet icra dosyası bulunmuştur (borçlu sıfatıyla).`,
        '',
        row(['Birim', 'Dosya no', 'Alacaklı', 'Durum', 'Takip tutarı'], [20, 13, 16, 16, 14]),
        ...rows,
        '',
        ...paras(
          86,
          'Dosya ayrıntılarını, tahsilat ve harç bilgilerini görmek için dosyaya tıklayınız. Borcunuzu dosya üzerinden Vakıfbank/Halkbank/Ziraat Bankası kanalıyla veya UYAP portaldan online ödeyebilirsiniz.',
          rng.chance(0.5) && 'Açık dosyalarda maaş, banka hesabı ve taşınmazlar üzerine haciz konulabilir.',
        ),
        `Barkod: ${rng.digits(4)}-${rng.letters(4, 'ABCDEFGHJKLMNPRSTUVYZ')}-${rng.digits(4)}`,
      ],
    ];
  },
};

/** An avukat demands payment for a creditor (a consumer loan or a phone contract) before enforcement starts. */
const trAvukatDemandLetter: Template = {
  id: 'debt_notice.tr.avukat-odeme-ihtari',
  type: 'debt_notice',
  lang: 'tr',
  style: 'printed',
  weight: 0.25,
  supports: [],
  render(c) {
    const { rng } = c;
    const principal = rng.amount(3000, 120000);
    const fee = principal * rng.amount(0.08, 0.15);
    const creditor = rng.pick([
      'Denizbank A.Ş.',
      'ING Bank A.Ş. (Türkiye)',
      'Türk Telekomünikasyon A.Ş.',
      'Koçtaş Yapı Marketleri',
      'Doğuş Otomotiv Finansman',
    ]);
    return [
      [
        `AV. ${trUp(c.r.name)} HUKUK BÜROSU`,
        `${rng.pick(['İstanbul', 'Ankara', 'İzmir', 'Kayseri'])} Barosu sicil no: ${rng.int(10000, 70000)}`,
        '',
        `Tarih: ${fmtDate(c.date, 'dot')}       Sayı: ${rng.digits(4)}/${c.date.getUTCFullYear()}`,
        '',
        `Sayın ${trUp(c.p.name)}`,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city} - HOLLANDA`,
        '',
        'KONU: Borcun ödenmesi hakkında son ihtar',
        '',
        ...paras(
          84,
          `Müvekkilimiz ${creditor} ile aranızdaki ${rng.pick(['tüketici kredisi sözleşmesinden', 'abonelik sözleşmesinden', 'taksitli satış sözleşmesinden', 'taşıt kredisi sözleşmesinden'])} doğan ve vadesinde ödenmeyen borcunuz, tarafımıza tahsil amacıyla devredilmiştir.`,
          `Güncel borç: ana para ${tl(principal)}, işlemiş faiz ve masraflar ${tl(fee)}, toplam ${tl(principal + fee)}.`,
          `İşbu yazının tarafınıza ulaşmasından itibaren ${rng.pick(['7', '10', '15'])} gün içinde borcun ödenmemesi veya ödeme planı için büromuza başvurulmaması halinde, hakkınızda icra takibi başlatılacak ve doğacak tüm masraflar, avukatlık ücretiyle birlikte tarafınıza yükletilecektir.`,
          `Ödeme için: IBAN TR${rng.digits(2)} 0006 4000 0${rng.digits(3)} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)} - açıklamaya adınızı ve dosya numaranızı yazınız.`,
        ),
        '',
        `Av. ${c.r.name}`,
        'Alacaklı vekili',
      ],
    ];
  },
};

// --- other -----------------------------------------------------------------------------------

/** A request to see and correct one's own file (AVG inzageverzoek), citing KVKK by mistake: type other. */
const trDataAccessRequest: Template = {
  id: 'other.tr.kvkk-avg-dosya-inceleme-talebi',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const wrong = one(
      rng,
      `Dosyanızda ${rng.pick(['eşimin hâlâ benimle yaşadığı', 'Türkiye’de bir ev sahibi olduğum', 'iki kez randevuya gelmediğim'])} yazıyormuş; bu bilgi yanlıştır ve düzeltilmesini istiyorum (rectificatie).`,
      `Doğum tarihim ve soyadımın yazılışı sisteminizde yanlış (Türkçe harfler bozuk). Düzeltilmesini rica ederim.`,
      'Danışmanımın hakkımda yazdığı notları (gespreksverslagen) da görmek istiyorum.',
    );
    return [
      [
        c.p.name,
        `${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        '',
        `${c.org.name}`,
        'Functionaris gegevensbescherming / Privacy',
        c.org.postbus,
        '',
        `${c.p.city}, ${fmtDate(c.date, 'dot')}`,
        'Konu: Kişisel verilerime erişim ve düzeltme talebi (KVKK / AVG art. 15 en 16 - inzageverzoek)',
        '',
        'Sayın yetkili,',
        '',
        ...paras(
          82,
          'Kişisel Verilerin Korunması Kanunu’nun Hollanda’daki karşılığı olan AVG kapsamında, belediyenizin hakkımda işlediği tüm kişisel verilerin bir kopyasını talep ediyorum: hangi verilerin tutulduğu, nereden elde edildiği, kimlerle paylaşıldığı ve ne kadar süre saklanacağı.',
          wrong,
          'Yasal süre olan bir ay içinde cevap vermenizi rica ederim. Kimliğimi belediye gişesinde göstermeye hazırım.',
        ),
        ...ids(c, FORMAL),
        '',
        'Saygılarımla,',
        c.p.name,
      ],
    ];
  },
};

/** An advertisement from a loan / debt-help firm aimed at Turkish speakers: advertising, so other. */
const trLoanAdvert: Template = {
  id: 'other.tr.borc-kredi-reklam-brosuru',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const name = rng.pick(['KolayKredi Finans', 'Borçsuz Yaşam Danışmanlık', 'Anadolu Geldlening Service', 'RahatPara Bemiddeling']);
    return [
      [
        `*** ${name} ***`,
        rng.pick([
          'BORÇLARINIZ MI VAR? YALNIZ DEĞİLSİNİZ!',
          'TÜM KREDİLERİNİZİ TEK TAKSİTTE BİRLEŞTİRİN!',
          'BKR kaydınız olsa bile çözüm var!',
        ]),
        '',
        ...paras(
          70,
          `Aanmaning, deurwaarder, beslag... Uykularınız mı kaçıyor? ${rng.int(8, 25)} yıllık tecrübemizle binlerce aileye yardım ettik.`,
          one(
            rng,
            `En fazla € ${rng.pick(['5.000', '10.000', '25.000'])} kredi; aylık taksitler € ${money(rng.amount(49, 189))} ile başlıyor.* Hızlı onay, Türkçe hizmet!`,
            'Borçlarınızı sizin yerinize alacaklılarla biz konuşuruz. İlk görüşme ücretsiz, tamamen Türkçe!',
            'Ev sahibiyseniz (koopwoning) ikinci ipotek ile tüm borçlarınızı kapatın.*',
          ),
        ),
        '',
        `Hemen arayın: 085 ${rng.digits(3)} ${rng.digits(2)} ${rng.digits(2)}  |  WhatsApp: 06 ${rng.digits(8)}`,
        `www.${ascii(name)
          .toLowerCase()
          .replace(/[^a-z]/g, '')}.nl`,
        '',
        '*Let op! Geld lenen kost geld. Kredi onayı mali durumunuza bağlıdır. Bu bir reklamdır.',
        rng.pick(['Bu el ilanı tüm hanelere dağıtılmıştır.', 'Artık reklam almak istemiyorsanız: stop@ adresine yazın.', '']),
      ],
    ];
  },
};

/** A mosque or association newsletter: Ramadan times, courses, news. */
const trMosqueNewsletter: Template = {
  id: 'other.tr.cami-dernek-bulteni',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const assoc = rng.pick([
      'Ayasofya Camii',
      'Fatih Camii ve Kültür Merkezi',
      'Selimiye Camii Derneği',
      'Türk-İslam Kültür Vakfı',
      'Yunus Emre Kültür Derneği',
    ]);
    const nr = rng.int(12, 140);
    const items = rng.sample(
      [
        `Hafta sonu Kur'an ve Türkçe kursu kayıtları başladı (7-14 yaş). Kayıt: her cumartesi 10.00-13.00.`,
        `Gençlik kolumuzun futbol turnuvası ${fmtDate(ahead(c, 7, 40), 'dot')} tarihinde ${rng.pick(['Sporthal De Boog', 'Sporthal Zuid', 'spor salonumuzda'])}.`,
        'Kadınlar kolu her perşembe öğleden sonra çay ve sohbet saatinde buluşuyor. Hollandaca sohbet grubu da var.',
        `Cenaze fonu aidatları (${money(rng.amount(40, 90))} €/yıl) ay sonuna kadar ödenmelidir.`,
        `Ramazan ayı boyunca her akşam iftar çadırımız açık. Herkes davetlidir.`,
        `Cami çatı tamiri için kampanyamızda ${money(rng.amount(20000, 90000))} € toplandı. Katkıda bulunan herkese teşekkürler.`,
        'Belediye ve wijkteam ile birlikte her ayın ilk salısı resmi yazıların okunmasında yardım (brievenspreekuur).',
      ],
      rng.int(3, 5),
    );
    return [
      [
        `${assoc} - ${c.org.city}`,
        `BÜLTEN  sayı ${nr}  -  ${ay(c.date)} ${c.date.getUTCFullYear()}`,
        '',
        rng.pick(['Değerli cemaatimiz,', 'Kıymetli üyelerimiz,', 'Esselamü aleyküm,']),
        '',
        ...items.flatMap((t) => [...paras(74, `• ${t}`), '']),
        `Cuma hutbesi Türkçe ve Hollandaca. Cuma namazı: ${rng.pick(['13.30', '13.45', '12.45'])}.`,
        `Yönetim Kurulu adına, ${c.r.name}`,
        `IBAN vakıf: NL${rng.digits(2)} ${rng.pick(['INGB', 'RABO', 'TRIO'])} ${rng.digits(4)} ${rng.digits(4)} ${rng.digits(2)}`,
      ],
    ];
  },
};

/** A notice from the Turkish consulate: elections at the border, military-service payment, new passport rules. */
const trConsulateNotice: Template = {
  id: 'other.tr.baskonsolosluk-duyurusu',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const city = rng.pick(['Rotterdam', 'Amsterdam', 'Deventer', 'Lahey']);
    const topic = rng.int(0, 2);
    const body =
      topic === 0
        ? paras(
            80,
            `Yurt dışında bulunan seçmenlerimiz, ${fmtDate(ahead(c, 20, 60), 'dot')} - ${fmtDate(ahead(c, 61, 70), 'dot')} tarihleri arasında ${city} ${rng.pick(['Ahoy', 'RAI', 'Başkonsolosluk binası'])} sandık alanında oy kullanabilecektir.`,
            'Oy kullanabilmek için randevu alınması zorunlu değildir; geçerli kimlik kartı veya pasaport ile başvurulması yeterlidir. Seçmen kaydınızı e-Devlet veya konsolosluk.gov.tr üzerinden kontrol ediniz.',
          )
        : topic === 1
          ? paras(
              80,
              `Dövizle askerlik hizmeti (bedelli) ücreti ${fmtDate(ahead(c, 1, 30), 'dot')} tarihinden itibaren ${money(rng.pick([5000, 5500, 6000]))} Euro olarak güncellenmiştir.`,
              'Başvurular e-Devlet üzerinden veya Başkonsolosluğumuza randevu alarak yapılabilir. Yoklama kaçağı durumundaki vatandaşlarımızın işlemlerini bir an önce tamamlamaları önemle duyurulur.',
            )
          : paras(
              80,
              'Pasaport ve kimlik kartı başvurularında biyometrik fotoğraf zorunludur. Harç bedelleri yalnızca banka kartı ile ödenebilmekte olup nakit kabul edilmemektedir.',
              `${fmtDate(ahead(c, 5, 40), 'dot')} tarihinde ${rng.pick(['Tilburg', 'Zwolle', 'Groningen', 'Eindhoven'])} şehrinde gezici konsolosluk hizmeti verilecektir. Randevu: konsolosluk.gov.tr`,
            );
    return [
      [
        'T.C.',
        `${trUp(city)} BAŞKONSOLOSLUĞU`,
        '',
        'DUYURU',
        `${fmtDate(c.date, 'dot')}`,
        '',
        'Değerli vatandaşlarımız,',
        '',
        ...body,
        '',
        'Kamuoyuna saygıyla duyurulur.',
        `Başkonsolosluk - Tel: 0${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}`,
      ],
    ];
  },
};

/** An invitation to a circumcision feast or a henna night. */
const trFamilyFeastInvitation: Template = {
  id: 'other.tr.sunnet-kina-davetiyesi',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const day = ahead(c, 10, 80);
    const hall = rng.pick(['Feestzaal Saray', 'Partycentrum Bosphorus', 'Zaal Yıldız', 'Salon Çırağan']);
    const sunnet = rng.chance(0.5);
    const kid = rng.pick(["Yusuf Emir'in", "Ömer Faruk'un", "Ali Kerem'in", "Eymen'in"]);
    return [
      [
        sunnet ? '~ Sünnet Düğünü Davetiyesi ~' : '~ Kına Gecesi ~',
        '',
        ...(sunnet
          ? paras(
              64,
              `Oğlumuz ${kid} sünnet düğününde sizleri de aramızda görmek bizleri mutlu edecektir.`,
              `Tarih: ${fmtDate(day, 'dot')} ${rng.pick(['Cumartesi', 'Pazar'])}, saat ${rng.pick(['14.00', '15.00', '17.00'])}`,
              `Yer: ${hall}, ${c.org.city}`,
              'Mevlid-i Şerif ve yemek ikramı olacaktır.',
            )
          : paras(
              64,
              `Kızımız ${rng.pick(["Zeynep'in", "Esra'nın", "Rabia'nın", "Hilal'in"])} kına gecesine davetlisiniz. Kadınlara özeldir.`,
              `${fmtDate(day, 'dot')} akşamı saat ${rng.pick(['19.00', '19.30', '20.00'])} - ${hall}`,
              'Lütfen geleceğinizi bildiriniz.',
            )),
        '',
        `Ailesi: ${c.q.lastName} ailesi`,
        `LCV: ${c.q.phone}`,
        rng.pick(['Davetiye yerine geçer.', 'Çiçek yerine hayır kurumuna bağış rica olunur.', '']),
      ],
    ];
  },
};

/** A Turkish supermarket's weekly offers flyer. */
const trShopFlyer: Template = {
  id: 'other.tr.market-haftalik-firsat-brosuru',
  type: 'other',
  lang: 'tr',
  style: 'printed',
  weight: 0.2,
  supports: [],
  render(c) {
    const { rng } = c;
    const shop = rng.pick(['Öz Supermarkt', 'Pınar Market', 'Yeşil Çarşı', 'Bereket Supermarkt', 'Anadolu Markt']);
    const from = ahead(c, 0, 6);
    const items = rng.sample(
      [
        ['Kuzu pirzola (kg)', 16.99, 12.99],
        ['Sucuk Kangal 500 gr', 7.49, 5.99],
        ['Beyaz peynir 800 gr', 8.99, 6.49],
        ['Baldo pirinç 5 kg', 11.99, 8.99],
        ['Ayçiçek yağı 5 lt', 13.49, 9.99],
        ['Çay 1 kg', 9.99, 7.49],
        ['Lavaş 10 adet', 2.49, 1.79],
        ['Domates salçası 1,65 kg', 6.99, 4.99],
        ['Baklava 1 kg (taze)', 19.99, 15.99],
        ['Simit 5 adet', 3.49, 2.5],
      ] as const,
      rng.int(5, 8),
    );
    return [
      [
        `${trUp(shop)} - ${c.org.city}`,
        `HAFTANIN FIRSATLARI  ${fmtDate(from, 'short')} / ${fmtDate(addDays(from, 6), 'short')}`,
        '',
        ...items.map(([name, old, now]) => row([name, `€ ${money(old)}`, `→ € ${money(now)}`], [28, 10, 12])),
        '',
        rng.pick(['Et ürünlerimizin tamamı helaldir.', '€ 50 üzeri alışverişe 1 ekmek hediye!', 'Kasap reyonumuzda sipariş alınır.']),
        `Açık: her gün 08.00-21.00  |  ${c.r.street} ${rng.int(1, 200)}, ${c.org.city}`,
        'Stoklarla sınırlıdır. Zetfouten voorbehouden.',
      ],
    ];
  },
};

export const turkishVoicesTemplates: Template[] = [
  trSeasonalHotel,
  trForwardedAppSlip,
  trParticipationBank,
  trAnnotatedDutchStatement,
  trGrandchildDictatesChange,
  trMixedHouseholdEmail,
  trNewcomerApplication,
  trGraduateApplication,
  trDictatedObjection,
  trMixedObjection,
  trInterpreterComplaint,
  trHomeVisitComplaint,
  trAvukatVerdictLetter,
  trRecognitionJudgment,
  trMijnUwvPrintout,
  trFoundationUwvNote,
  trEdevletMtv,
  trToeslagExplained,
  trFamilyRoomContract,
  trLandlordIncrease,
  trDictatedTravelNote,
  trMuhtarStayCertificate,
  trHealthBoardReport,
  trUnfitToTravel,
  trConfirmationsWithNotes,
  trCompanyReplyLetter,
  trOnCallRestaurant,
  trAgencyContractSummary,
  trBlueCard,
  trResidencePermitCopy,
  trUyapIcraPrintout,
  trAvukatDemandLetter,
  trDataAccessRequest,
  trLoanAdvert,
  trMosqueNewsletter,
  trConsulateNotice,
  trFamilyFeastInvitation,
  trShopFlyer,
];
