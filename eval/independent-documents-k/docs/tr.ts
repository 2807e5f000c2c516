// Set K, Turkish: letters and notes by Turkish-speaking clients, papers from Turkey.
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  euro,
  footer,
  GREY,
  groupIban,
  handLines,
  iban,
  letterhead,
  notebook,
  PAGE_W,
  scribble,
  typoBsn,
} from '../../independent-documents-d/docs/kit.ts';
import { DARK, OILCLOTH, type Spec, WOOD } from '../../independent-documents-d/spec.ts';
import { card, hand, PENCIL, squared } from './parts.ts';

const mehmet = C('K-100115');
const emine = C('K-100325');
const ali = C('K-100381');
const murat = C('K-100437');
const derya = C('K-100500');
const huseyin = C('K-100157');
const zeynep = C('K-100269');
const mustafa = C('K-100213');

export const TR: Spec[] = [
  {
    slug: 'tr-esi-ise-basladi-hand',
    type: 'change_form',
    client: mehmet.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Turkse handgeschreven brief: echtgenote werkt sinds kort in een schoonmaakbedrijf (wijziging inkomen)',
    date: '2026-11-04',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24, holes: true });
      handLines(
        p,
        [
          'Gemeente Voorbeeld – Werk en Inkomen',
          '',
          `Mehmet Yılmaz   klantnummer ${mehmet.clientNumber}`,
          mehmet.street,
          '',
          'Sayın yetkili,',
          '',
          'Eşim Hatice 26 ekim 2026 tarihinden itibaren bir',
          'temizlik şirketinde (Schoonmaakbedrijf Glans) çalışmaya',
          'başladı. Haftada 12 saat, akşamları ofis temizliği.',
          'İlk loonstrook gelince size getireceğim. Bu yüzden',
          'uitkering değişecek mi, lütfen bana yazın. Ben',
          'Hollandaca iyi okuyamıyorum, oğlum yardım ediyor.',
          '',
          'Saygılarımla',
          'Mehmet Yılmaz   4-11-2026',
        ],
        { top: 94, lh: 24, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'tr-gozluk-bijzondere-bijstand-telefon',
    type: 'benefit_application',
    client: emine.clientNumber,
    language: 'tr',
    render: 'digital',
    label: 'Turkse brief getypt op de telefoon: bijzondere bijstand voor een bril voor haar zoon',
    date: '2026-11-12',
    author: 'Emine',
    build() {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.left = 52;
      p.at(48);
      p.p(
        `Emine Öztürk
${emine.street}
${emine.city}
Klantnummer: ${emine.clientNumber}

Gemeente Voorbeeld
Bijzondere bijstand

12.11.2026

Konu: oğlum için gözlük – aanvraag bijzondere bijstand

Merhaba,

Oğlum Emir 9 yaşında. Okulda tahtayı göremiyor, öğretmeni bize söyledi. Göz doktoruna gittik, çok güçlü gözlük lazım (-3,75 ve astigmat). Sigorta çocuk gözlüğünü ödemiyor.

Optik mağazası en ucuz gözlük için 189 euro dedi. Ben uitkering alıyorum ve bu ay kira ile elektrik faturasından sonra hiç para kalmadı. Offerte ve doktor kağıdını ekledim.

Bu parayı bijzondere bijstand olarak verebilir misiniz? Eğer Hollandaca yazmam lazımsa özür dilerim, ama Türkçe daha iyi anlatabiliyorum. Telefon: 06 38 20 51 74.

Teşekkür ederim,
Emine Öztürk

Samsung Galaxy ile gönderildi`,
        { lh: 15.5 },
      );
      return d;
    },
  },
  {
    slug: 'tr-basvuru-listesi-kareli-kagit',
    type: 'job_application_proof',
    client: ali.clientNumber,
    language: 'tr',
    render: 'photo',
    table: WOOD,
    label: 'Turkse lijst van sollicitaties op ruitjespapier, met potlood, klantnummer bovenaan',
    date: '2026-11-28',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p, { step: 14 });
      hand(p, [`İş başvurularım – kasım 2026`, `Ali Şahin  ${ali.clientNumber}`], { top: 60, size: 15, ink: PENCIL });
      const rows = [
        ['02.11', 'Tempo-Team', 'internet', 'red edildi'],
        ['05.11', 'Bouwbedrijf Kramer', 'gittim, CV bıraktım', 'cevap yok'],
        ['09.11', 'Döner Paleis', 'telefon', 'belki aralıkta'],
        ['13.11', 'Autogarage Snel', 'e-mail', 'mülakat 18.11'],
        ['18.11', 'Autogarage Snel', 'mülakat', 'stajyer istiyorlar'],
        ['23.11', 'Randstad', 'kayıt oldum', 'bekliyorum'],
      ];
      let y = 130;
      for (const r of rows) {
        p.t(40, y, r[0]!, { f: 'hand', size: 13, color: PENCIL });
        p.t(100, y, r[1]!, { f: 'hand', size: 13, color: PENCIL });
        p.t(270, y, r[2]!, { f: 'hand', size: 12.5, color: PENCIL });
        p.t(420, y, r[3]!, { f: 'hand', size: 12.5, color: PENCIL });
        y += 28;
      }
      hand(p, ['toplam 6 başvuru'], { top: y + 16, size: 13, ink: PENCIL });
      return d;
    },
  },
  {
    slug: 'tr-turkiye-ziyaret-eposta',
    type: 'holiday_notice',
    client: murat.clientNumber,
    language: 'tr',
    render: 'digital',
    label: 'Turkse e-mail printout: familiebezoek Turkije drie weken, met klantnummer',
    date: '2026-11-15',
    author: 'Murat Doğan',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 48;
      p.right = 547;
      p.at(36);
      p.t(p.left, 44, 'Mail', { f: 'sansB', size: 13, color: [0.2, 0.4, 0.8] });
      p.t(p.right, 44, 'murat.dogan@example.com', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 52, p.right, 52, 0.5, GREY);
      p.at(64);
      p.kv(
        [
          ['Kimden:', 'Murat Doğan <murat.dogan@example.com>'],
          ['Tarih:', '15 Kasım 2026 Pazar 20:31'],
          ['Kime:', 'inkomen@gemeente-voorbeeld.example'],
          ['Konu:', 'vakantie melding / Türkiye seyahati'],
        ],
        { lf: 'sansB', labelW: 60, size: 9.5, after: 10 },
      );
      p.p(
        `İyi akşamlar,

Benim adım Murat Doğan, klantnummer ${murat.clientNumber}.

Annemi ve babamı ziyaret etmek için Türkiye'ye (Kayseri) gitmek istiyorum. Gidiş tarihi 21 aralık 2026, dönüş tarihi 10 ocak 2027. Toplam 20 gün. Bu yıl başka hiç yurtdışına çıkmadım.

Uçak biletini kardeşim ödedi. Bu süre içinde WhatsApp'tan ulaşılabilirim: +31 6 27 40 19 83.

Uitkering için bir sorun olur mu? Lütfen bana geri dönün. Biletin kopyasını ekte gönderiyorum.

Saygılarımla,
Murat Doğan`,
        { size: 10, lh: 14.5 },
      );
      p.ln('[Ek: bilet_PGS_KAYSERI.pdf]', { size: 8.5, f: 'sansI' });
      return d;
    },
  },
  {
    slug: 'tr-itiraz-sinirli-bezwaar',
    type: 'objection',
    client: derya.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 2,
    label: 'Boos Turks bezwaarschrift (met Nederlandse woorden) tegen stopzetting uitkering, gekreukt',
    date: '2026-11-18',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(50);
      p.p(
        `Derya Arslan
${derya.street}
${derya.city}
Klantnr: ${derya.clientNumber}

Aan: Gemeente Voorbeeld, Team bezwaar

Voorbeeld, 18-11-2026

BEZWAAR – İTİRAZ

Sizin 6 kasım tarihli mektubunuza (uitkering stopgezet) İTİRAZ ediyorum!!!

Mektupta "bankafschriften ingeleverd değil" yazıyor. Bu DOĞRU DEĞİL. 20 ekimde kendim balie'ye getirdim ve kadın bana bir ontvangstbewijs vermedi, "tamam, sisteme koyarız" dedi. Şimdi benim hiç param yok ve kira ödeyemiyorum.

60 yaşındayım, 25 yıldır bu ülkedeyim ve hiç böyle bir şey yaşamadım. Bu bir rezalet. Benim klantmanager'ım telefonu açmıyor, e-maillere cevap vermiyor.

Talebim: uitkering hemen tekrar başlasın ve eksik ödenen para geri verilsin. Hoorzitting'e tercüman ile gelmek istiyorum.

Bankafschriften tekrar ekledim (3 sayfa).

Derya Arslan`,
        { lh: 15 },
      );
      p.t(p.left + 10, p.y + 20, 'D.Arslan', { f: 'hand', size: 19, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'tr-loonstrook-doner-met-briefje',
    type: 'payslip',
    client: huseyin.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Turks briefje met loonstrook van een döner-zaak erachter (2 pagina’s), klantnummer op het briefje',
    date: '2026-11-03',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24 });
      handLines(
        p,
        [
          'Sayın klantmanager,',
          '',
          "Ekte ekim ayı loonstrook var. Döner Paleis'ta",
          'hafta sonları çalışıyorum (oproepkracht). Bu ay',
          'daha az saat çalıştım çünkü dükkan kapalıydı',
          'tadilat için. Kasım ayında yine getiririm.',
          '',
          `Hüseyin Kaya  – ${huseyin.clientNumber}`,
        ],
        { top: 94, lh: 24, size: 14, ink: BLUE_INK },
      );
      const q = d.page();
      q.font = 'sans';
      letterhead(q, 'Döner Paleis V.O.F.', ['Stationsweg 8', '1235 AA Voorbeeld', 'loonheffingennr. 8640.11.230.L01'], {
        color: [0.7, 0.2, 0.1],
      });
      q.ln('Salarisstrook oktober 2026', { f: 'sansB', size: 12, after: 6 });
      q.kv(
        [
          ['Werknemer', 'H. Kaya'],
          ['Functie', 'medewerker keuken (oproep)'],
          ['Periode', '01-10-2026 t/m 31-10-2026'],
        ],
        { labelW: 110, size: 9.5 },
      );
      q.table(
        [
          { h: 'Omschrijving', w: 240 },
          { h: 'Uren', w: 60, r: true },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Loon', '22,00', euro(316.8)],
          ['Vakantiegeld 8%', '', euro(25.34)],
          ['Bruto loon', '', euro(342.14)],
          ['Loonheffing', '', euro(0)],
          ['Netto loon', '', euro(342.14)],
        ],
        { size: 9.5 },
      );
      q.ln(`Betaald op ${groupIban(iban('ABNA', 'hkaya'))}`, { size: 9 });
      footer(q, 'Administratiekantoor Yıldız Boekhouding · Voorbeeld');
      return d;
    },
  },
  {
    slug: 'tr-turk-banka-hesap-dokumu',
    type: 'bank_statement',
    client: zeynep.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 0,
    label: 'Rekeningoverzicht van een Turkse bank (vermogen in Turkije), met naam en geboortedatum, Turkse tekst',
    date: '2026-11-05',
    build() {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'Anadolu Tasarruf Bankası A.Ş.', ['Konak Şubesi / İzmir', 'Şube kodu 0412', 'www.anadolutasarruf.example'], {
        band: true,
        color: [0.1, 0.25, 0.45],
      });
      p.ln('HESAP DÖKÜMÜ', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Müşteri adı', 'ZEYNEP ÇELİK'],
          ['Doğum tarihi', '02.05.1981'],
          ['Hesap no', 'TR41 0006 4000 0014 1200 6118 27'],
          ['Döviz', 'TRY'],
          ['Dönem', '01.08.2026 – 31.10.2026'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: 'Tarih', w: 70 },
          { h: 'Açıklama', w: 220 },
          { h: 'Tutar', w: 90, r: true },
          { h: 'Bakiye', w: 90, r: true },
        ],
        [
          ['01.08.2026', 'Devreden bakiye', '', '18.240,55'],
          ['15.08.2026', 'Faiz tahakkuku', '+212,40', '18.452,95'],
          ['03.09.2026', 'Kira geliri – daire Karşıyaka', '+6.500,00', '24.952,95'],
          ['10.09.2026', 'Aidat ödemesi', '-850,00', '24.102,95'],
          ['03.10.2026', 'Kira geliri – daire Karşıyaka', '+6.500,00', '30.602,95'],
          ['10.10.2026', 'Aidat ödemesi', '-850,00', '29.752,95'],
          ['31.10.2026', 'Dönem sonu bakiye', '', '29.752,95'],
        ],
        { size: 8.5 },
      );
      p.p('Bu belge elektronik ortamda oluşturulmuştur ve imza gerektirmez.', { size: 8, color: GREY });
      scribble(p, 330, 600, [`${zeynep.clientNumber}`, 'daire annemden miras, satışta'], { rot: 3, size: 13 });
      return d;
    },
  },
  {
    slug: 'tr-doktor-raporu-izmir',
    type: 'medical_statement',
    client: mustafa.clientNumber,
    language: 'tr',
    render: 'scan',
    copy: true,
    crumple: 1,
    label: 'Turks medisch rapport (ziekenhuis Turkije) met naam en geboortedatum: knieoperatie, niet reisgeschikt',
    date: '2026-09-30',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.t(PAGE_W / 2, 54, 'T.C. SAĞLIK BAKANLIĞI', { f: 'serifB', size: 10, align: 'center' });
      p.t(PAGE_W / 2, 70, 'Özel Ege Yaşam Hastanesi – Ortopedi ve Travmatoloji', { f: 'serifB', size: 12, align: 'center' });
      p.line(p.left, 80, p.right, 80, 1);
      p.at(96);
      p.ln('DURUM BİLDİRİR TIBBİ RAPOR', { f: 'serifB', size: 12, align: 'center', after: 8 });
      p.kv(
        [
          ['Adı soyadı', 'Mustafa Aydın'],
          ['Doğum tarihi', '15.08.1977'],
          ['Protokol no', '2026/44817'],
          ['Yatış tarihi', '14.09.2026'],
          ['Çıkış tarihi', '19.09.2026'],
        ],
        { labelW: 110 },
      );
      p.p(
        `Tanı: Sağ dizde menisküs yırtığı ve ön çapraz bağ hasarı.

Hastaya 15.09.2026 tarihinde artroskopik ameliyat uygulanmıştır. Hastanın 6 hafta süreyle ağır yük kaldırmaması, uzun süre ayakta kalmaması ve fizik tedavi programına devam etmesi uygundur. Ameliyat sonrası ilk 3 hafta uçak yolculuğu önerilmez.

İşbu rapor hastanın isteği üzerine düzenlenmiştir.`,
        { lh: 15 },
      );
      p.gap(8);
      p.t(p.left + 260, p.y + 18, 'Op. Dr. Selim Karaca', { f: 'hand', size: 15, color: BLUE_INK });
      p.gap(28);
      p.t(p.left + 260, p.y + 10, 'Ortopedi Uzmanı · Dipl. No 118230', { size: 8.5 });
      p.stamp(150, p.y + 20, ['ÖZEL EGE YAŞAM', 'HASTANESİ', 'BAŞHEKİMLİK'], { rot: -6, color: [0.2, 0.3, 0.6], size: 8.5 });
      scribble(p, 60, 750, ['daarom 3 weken later terug – M. Aydın'], { rot: 1, size: 12 });
      return d;
    },
  },
  {
    slug: 'tr-kimlik-kopie-verblijfspas',
    type: 'identity_document',
    client: emine.clientNumber,
    language: 'tr',
    render: 'scan',
    copy: true,
    label: 'Kopie Turkse identiteitskaart (nüfus cüzdanı) en Nederlandse verblijfsvergunning op één blad',
    date: '2026-11-12',
    build() {
      const d = new Doc();
      const p = d.page();
      card(
        p,
        70,
        90,
        ['TÜRKİYE CUMHURİYETİ KİMLİK KARTI', 'REPUBLIC OF TÜRKİYE IDENTITY CARD'],
        [
          ['Soyadı / Surname', 'ÖZTÜRK'],
          ['Adı / Given name(s)', 'EMİNE'],
          ['Doğum Tarihi / Date of birth', '05.02.1987'],
          ['Seri No / Document No', 'A31K82041'],
          ['Son Geçerlilik / Valid until', '14.06.2031'],
        ],
        { w: 280, h: 175, mrz: ['I<TURA31K82041<<<<<<<<<<<<<<<', 'OZTURK<<EMINE<<<<<<<<<<<<<<<<'] },
      );
      card(
        p,
        245,
        320,
        ['KONINKRIJK DER NEDERLANDEN', 'VERBLIJFSDOCUMENT / RESIDENCE PERMIT'],
        [
          ['Naam / Name', 'ÖZTÜRK, EMİNE'],
          ['Geldig tot / Valid until', '22-03-2029'],
          ['Soort / Type', 'VERBLIJFSVERGUNNING REGULIER'],
          ['Opmerkingen', 'arbeid vrij toegestaan'],
        ],
        { w: 280, h: 170 },
      );
      hand(p, ['kimliğimin ve verblijfspas kopyası – istediğiniz gibi', 'Emine Öztürk  5-2-1987'], {
        x: 70,
        top: 560,
        size: 13,
        ink: BLACK_INK,
      });
      return d;
    },
  },
  {
    slug: 'tr-iki-kisi-birlikte-seyahat',
    type: 'holiday_notice',
    client: null,
    conflict: [mehmet.clientNumber, murat.clientNumber],
    language: 'tr',
    render: 'photo',
    table: OILCLOTH,
    label: 'Turks briefje van twee zwagers die samen naar een begrafenis in Turkije gaan, met beide klantnummers',
    date: '2026-11-29',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 26, margin: false });
      handLines(
        p,
        [
          "Gemeente Voorbeeld'e",
          '',
          "Kayınpederimiz Konya'da vefat etti. Cenaze için",
          "ikimiz birlikte Türkiye'ye gidiyoruz.",
          'Gidiş 1 aralık, dönüş 14 aralık 2026.',
          '',
          `1) Mehmet Yılmaz  – ${mehmet.clientNumber}`,
          `2) Murat Doğan    – ${murat.clientNumber}`,
          '',
          'Ölüm belgesini dönüşte getiririz.',
          'Başınız sağ olsun deyin, acele yazdık, özür dileriz.',
        ],
        { top: 96, lh: 26, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'tr-wijziging-bsn-fout-alleen-naam',
    type: 'change_form',
    client: null,
    language: 'tr',
    render: 'photo',
    table: DARK,
    label: 'Turks briefje over een verhuizing met alleen een naam en een BSN met een tikfout (faalt de elfproef)',
    date: '2026-11-30',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p);
      hand(
        p,
        [
          "Belediye'ye – adres değişikliği",
          '',
          'Ben Hüseyin Kaya, 1 aralıktan itibaren yeni',
          'adresim: Vlierstraat 27, 1233 KR Voorbeeld.',
          'Annemin yanından çıktım, kendi odam var şimdi.',
          'Kira 450 euro, sözleşmeyi getiririm.',
          '',
          `BSN: ${typoBsn(huseyin.bsn)}`,
          'tel 06 15 73 92 04',
        ],
        { top: 70, lh: 28.4, size: 15 },
      );
      return d;
    },
  },
  {
    slug: 'tr-parkeervergunning-verkeerde-afdeling',
    type: 'other',
    client: zeynep.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Turkse brief over een parkeervergunning (hoort bij een andere afdeling), met klantnummer',
    date: '2026-11-21',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(50);
      p.p(
        `Zeynep Çelik
${zeynep.street}
${zeynep.city}
(klantnr ${zeynep.clientNumber})

Gemeente Voorbeeld

21.11.2026

Konu: parkeervergunning / park izni

Merhaba,

Sokağımızda 1 ocaktan itibaren ücretli park (betaald parkeren) başlayacakmış. Oğlum beni haftada üç kere hastaneye götürüyor ve arabasını kapımın önüne park ediyor. Onun için bir bezoekersvergunning veya parkeervergunning almak istiyorum.

Ben engelliyim (yürümekte zorlanıyorum), belki gehandicaptenparkeerkaart da alabilir miyim? Nereye başvurmam lazım? Bu formu nereden bulabilirim?

Teşekkürler,
Zeynep Çelik`,
        { lh: 15 },
      );
      return d;
    },
  },
];
