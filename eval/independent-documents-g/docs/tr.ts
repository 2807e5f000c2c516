// Set G, Turkish: letters of newcomers and of the Dutch-Turkish second generation (with Dutch words),
// e-Devlet / SGK printouts, statements of Turkish banks, icra letters, Turkish doctors' reports,
// a kira sözleşmesi and a property-tax bill, and the municipality's forms answered in Turkish.
import { OAK, OILCLOTH, type Spec, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  bar,
  boxField,
  checkbox,
  clientLetter,
  Doc,
  GREY,
  gemeenteForm,
  handLines,
  letterhead,
  notebook,
  PAGE_H,
  PAGE_W,
  scribble,
  trIban,
} from './kit.ts';

/** A header in the style of the e-Devlet printouts: logo text, barcode number, print footer. */
function edevlet(d: Doc, title: string, code: string) {
  const p = d.page();
  p.t(p.left, PAGE_H - 30, `Bu belge e-Devlet Kapısı üzerinden 17.11.2026 20:41 tarihinde oluşturulmuştur. Barkod: ${code}`, {
    size: 7,
    color: GREY,
  });
  p.t(p.left, 44, 'T.C.', { f: 'sansB', size: 10 });
  p.t(p.left, 60, 'e-Devlet Kapısı', { f: 'sansB', size: 14, color: [0.75, 0.1, 0.1] });
  p.t(p.right, 44, `Barkod: ${code}`, { f: 'mono', size: 8, align: 'right' });
  p.t(p.right, 56, 'turkiye.gov.tr adresinden doğrulayabilirsiniz', { size: 7, align: 'right', color: GREY });
  p.line(p.left, 70, p.right, 70, 0.8);
  p.at(86);
  p.ln(title, { f: 'sansB', size: 12, align: 'center', after: 8 });
  return p;
}

export const TR: Spec[] = [
  {
    slug: 'mektup-esim-ise-basladi',
    type: 'change_form',
    client: 'K-100325',
    language: 'tr',
    render: 'digital',
    author: 'Emine',
    label: 'Turkish letter with Dutch words typed by the client: husband started work on a fixed contract, asks about the uitkering; BSN',
    date: '2026-11-17',
    build() {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['Emine Öztürk', 'Beatrixstraat 133', '1233 TT Voorbeeld', 'BSN: 999986399'],
        place: 'Voorbeeld, 17 Kasım 2026',
        subject: 'Konu: wijziging inkomen – eşim işe başladı',
        size: 10.5,
      });
      p.p(
        `Sayın yetkili,

Ben Emine Öztürk. Size bildirmek istiyorum ki eşim Hakan Öztürk 1 Kasım 2026'dan beri bir vleesverwerkingsbedrijf'te çalışmaya başladı. Vast contract aldı, haftada 38 saat. Maaşı ayda yaklaşık 2.150 euro bruto olacakmış, ilk loonstrook'u ay sonunda gelecek.

Bizim uitkering'imiz ne olacak? Durdurulacak mı yoksa azaltılacak mı? Huurtoeslag ve zorgtoeslag için de Belastingdienst'e ayrıca bildirmem gerekiyor mu bilmiyorum.

Arbeidscontract'ın fotokopisini bu mektubun ekinde gönderiyorum. Loonstrook gelince onu da göndereceğim.

Hollandacam çok iyi değil, lütfen bana basit Hollandaca veya Türkçe cevap yazın. Telefon: 06 18 42 77 90.

Saygılarımla,`,
        { size: 10.5 },
      );
      p.gap(6);
      p.ln('Emine Öztürk', { size: 10.5 });
      p.ln('Bijlage: arbeidscontract Hakan Öztürk (2 sayfa)', { size: 9, f: 'sansI', color: GREY });
      return d;
    },
  },
  {
    slug: 'wijzigingsformulier-turkse-antwoorden',
    type: 'change_form',
    client: 'K-100437',
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label:
      'Municipal change form (Dutch print) answered in Turkish handwriting: son left for military service in Turkey, one person fewer in the household',
    date: '2026-11-09',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Wijzigingsformulier', 'Geef wijzigingen binnen 5 werkdagen door. U mag in uw eigen taal schrijven.');
      bar(p, '1. Uw gegevens');
      boxField(p, 'Naam en voorletters', 'Murat Doğan');
      boxField(p, 'Klantnummer', 'K-100437');
      boxField(p, 'Geboortedatum', '16-02-1974');
      bar(p, '2. Wat is er veranderd?');
      const y0 = p.y;
      checkbox(p, p.left, y0, 'Inkomsten van uzelf of een gezinslid', false);
      checkbox(p, p.left + 250, y0, 'Adres / woonsituatie', false);
      checkbox(p, p.left, y0 + 16, 'Samenstelling huishouden', true);
      checkbox(p, p.left + 250, y0 + 16, 'Anders, namelijk:', false);
      p.at(y0 + 38);
      boxField(p, 'Ingangsdatum wijziging', '2 kasım 2026');
      bar(p, '3. Toelichting');
      p.rect(p.left, p.y, p.right - p.left, 200, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
      handLines(
        p,
        [
          "Oğlum Emre (20 yaşında) askerlik için Türkiye'ye gitti,",
          '2 kasımda. Bedelli yapamadık, para yok. 12 ay kalacak',
          "Burdur'da. Artık evde bizimle oturmuyor. Yani evde",
          'sadece ben ve hanımım kaldık. Adresi hala bizde',
          "kayıtlı (gemeente'de) çünkü geri gelecek.",
          'Askerlik belgesi ekte, Türkçe.',
        ],
        { top: p.y + 26, lh: 26, size: 13.5, ink: BLUE_INK },
      );
      p.at(p.y + 60);
      bar(p, '4. Ondertekening');
      boxField(p, 'Datum', '8-11-2026', { lw: 80, w: 130 });
      p.t(p.left + 260, p.y - 10, 'Handtekening:', { size: 9 });
      p.t(p.left + 330, p.y - 8, 'M.Doğan', { f: 'hand', size: 17, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'not-annemin-yanina-tasindim',
    type: 'change_form',
    client: null,
    conflict: ['K-100157', 'K-100500'],
    language: 'tr',
    render: 'photo',
    table: OILCLOTH,
    label: "Photo of a handwritten Turkish note: son moved in with his mother; his client number and his mother's name and birth date",
    date: '2026-11-23',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 80, lh: 25, holes: true });
      handLines(
        p,
        [
          "Gemeente Voorbeeld'e",
          '',
          'Merhaba, ben Hüseyin Kaya, klantnummer K-100157.',
          'Size söylemek istiyorum ki 15 kasımdan beri',
          "Burgemeester de Withof'taki evimden çıktım, kira",
          'çok yüksekti ödeyemiyordum. Şimdi annemin yanında',
          'kalıyorum: Derya Arslan, doğum tarihi 05.06.1965,',
          'Wilhelminapark 79. O da sizden uitkering alıyor.',
          'Bu adres değişikliği (verhuizing) için ne yapmam lazım?',
          'Kostendeler oluyormuş dediler, annemin parası',
          'azalır mı? Lütfen bize haber verin.',
          '',
          'Hüseyin Kaya   06 33 19 80 52',
        ],
        { top: 105, lh: 25, size: 13.5, f: 'hand2', ink: [0.15, 0.15, 0.2] },
      );
      return d;
    },
  },
  {
    slug: 'saglik-raporu-kardiyoloji',
    type: 'medical_statement',
    client: 'K-100115',
    language: 'tr',
    render: 'fax',
    faxHeader: '02/12/2026 11:08  +90 332 555 0199  OZEL ANADOLU YASAM HST  S.01',
    label: "Fax of a Turkish private hospital's health report (cardiology): no heavy work; name, birth date and T.C. number",
    date: '2026-12-02',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 56, 'ÖZEL ANADOLU YAŞAM HASTANESİ', { f: 'sansB', size: 15, align: 'center' });
      p.t(PAGE_W / 2, 72, 'Nişantaşı Mah. Vatan Cad. No: 41  Selçuklu / KONYA   Tel: 0332 555 01 00', { size: 8.5, align: 'center' });
      p.hr(1.2);
      p.at(100);
      p.ln('SAĞLIK RAPORU', { f: 'sansB', size: 14, align: 'center', after: 2 });
      p.ln('(Tek Hekim Raporu)', { size: 9, align: 'center', after: 10 });
      p.table(
        [
          { h: 'Hasta Bilgileri', w: 160 },
          { h: '', w: 307 },
        ],
        [
          ['Adı Soyadı', 'MEHMET YILMAZ'],
          ['T.C. Kimlik No', '31874402216'],
          ['Doğum Tarihi', '24.11.1963'],
          ['Baba Adı', 'HASAN'],
          ['Adresi', 'Burgemeester de Withof 133, Voorbeeld / HOLLANDA'],
          ['Protokol No / Tarih', '2026/118473   —   27.11.2026'],
        ],
        { grid: true, size: 9.5, shade: [0.88, 0.88, 0.88] },
      );
      p.gap(6);
      p.ln('Tanı (ICD-10):', { f: 'sansB', size: 10 });
      p.p(
        `I25.1 Aterosklerotik kalp hastalığı — 2024 yılında koroner by-pass ameliyatı (3 damar)
I50.0 Konjestif kalp yetmezliği (EF %40)
E11.9 Tip 2 diabetes mellitus
M51.1 Lomber disk hernisi (L4-L5)`,
        { size: 10 },
      );
      p.ln('Karar:', { f: 'sansB', size: 10 });
      p.p(
        "Hastanın yapılan muayene ve tetkikleri sonucunda ağır fiziksel iş yapması, 5 kg üzeri yük kaldırması ve uzun süre ayakta çalışması uygun değildir. Düzenli kardiyoloji kontrolü ve ilaç tedavisi gereklidir. İşbu rapor hastanın isteği üzerine Hollanda'daki ilgili kuruma verilmek üzere düzenlenmiştir.",
        { size: 10 },
      );
      p.gap(10);
      p.t(p.right - 150, p.y + 10, 'Uzm. Dr. Selim KARATAŞ', { size: 10, f: 'sansB' });
      p.t(p.right - 150, p.y + 24, 'Kardiyoloji Uzmanı — Dip. Tescil No: 88412', { size: 8 });
      p.t(p.right - 130, p.y + 52, 'S.Karataş', { f: 'hand', size: 18, color: BLACK_INK });
      p.stamp(p.left + 100, p.y + 40, ['ÖZEL ANADOLU YAŞAM', 'HASTANESİ', 'BAŞHEKİMLİK'], { rot: 8, size: 9, color: [0, 0, 0] });
      return d;
    },
  },
  {
    slug: 'heyet-raporu-foto',
    type: 'medical_statement',
    client: 'K-100269',
    language: 'tr',
    render: 'photo',
    table: WOOD,
    label: 'Photo of a Turkish hospital committee disability report (engelli sağlık kurulu raporu): 48% disability; name and birth date',
    date: '2026-11-14',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 50, 'T.C. SAĞLIK BAKANLIĞI', { f: 'sansB', size: 11, align: 'center' });
      p.t(PAGE_W / 2, 64, 'Kayseri Şehir Hastanesi', { f: 'sansB', size: 12, align: 'center' });
      p.t(PAGE_W / 2, 78, 'ERİŞKİNLER İÇİN ENGELLİLİK SAĞLIK KURULU RAPORU', { f: 'sansB', size: 10.5, align: 'center' });
      p.at(96);
      p.kv(
        [
          ['Rapor No:', '2026/4418   Rapor Tarihi: 03.09.2026'],
          ['Adı Soyadı:', 'ZEYNEP ÇELİK'],
          ['Doğum Tarihi:', '02.05.1981'],
          ['T.C. Kimlik No:', '48120377510'],
          ['Başvuru Amacı:', 'Bilgi amaçlı / Yurt dışında kullanılmak üzere'],
        ],
        { size: 9.5, labelW: 110, after: 8 },
      );
      p.table(
        [
          { h: 'Bölüm', w: 110 },
          { h: 'Tanı', w: 250 },
          { h: 'Oran', w: 50, r: true },
        ],
        [
          ['Fizik Tedavi', 'Fibromiyalji, yaygın vücut ağrısı', '%20'],
          ['Ortopedi', 'Servikal ve lomber disk hernisi', '%25'],
          ['Psikiyatri', 'Orta şiddetli depresif bozukluk', '%20'],
        ],
        { grid: true, size: 9, shade: [0.9, 0.9, 0.9] },
      );
      p.kv(
        [
          ['Tüm vücut fonksiyon kaybı oranı:', '%48 (Kırksekiz)'],
          ['Ağır engelli mi?', 'Hayır'],
          ['Süreli / Süresiz:', 'Süreli — 2 yıl'],
        ],
        { size: 10, labelW: 190, f: 'sansB', after: 12 },
      );
      p.p('Kurul kararı ile düzenlenmiştir. Ağır kaldırma ve uzun süreli oturarak çalışma önerilmez.', { size: 9.5 });
      const y = p.y + 10;
      ['Fiz. Tedavi Uzm.', 'Ortopedi Uzm.', 'Psikiyatri Uzm.', 'Başhekim Yrd.'].forEach((s, i) => {
        p.t(p.left + i * 118, y + 40, s, { size: 7.5 });
        p.t(p.left + i * 118 + 6, y + 26, ['A.Yıldız', 'K.Er', 'M.Tunç', 'H.Oral'][i]!, { f: 'hand', size: 14, color: BLUE_INK });
      });
      p.stamp(PAGE_W / 2, y + 90, ['SAĞLIK KURULU', 'KAYSERİ ŞEHİR HASTANESİ'], { rot: -6, size: 9, color: [0.15, 0.25, 0.6] });
      scribble(p, p.left, PAGE_H - 120, ['Zeynep Çelik - Prins Hendrikstr. 49'], { rot: 1, size: 12 });
      return d;
    },
  },
  {
    slug: 'hesap-ozeti-tarim-bankasi',
    type: 'bank_statement',
    client: 'K-100500',
    language: 'tr',
    render: 'scan',
    label: 'Statement of a Turkish bank account (savings in TL, transfers from a relative); client number handwritten',
    date: '2026-11-06',
    build() {
      const d = new Doc();
      const p = d.page();
      letterhead(
        p,
        'ANADOLU TARIM BANKASI A.Ş.',
        ['Aksaray Şubesi (0812)', 'Müşteri Hizmetleri 0850 220 00 00', 'www.anadolutarim.example'],
        {
          color: [0.1, 0.45, 0.2],
          band: true,
        },
      );
      p.ln('HESAP EKSTRESİ', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Müşteri Adı Soyadı', ': DERYA ARSLAN'],
          ['Müşteri No', ': 48812203'],
          [
            'IBAN',
            `: ${trIban('00010', 'derya')
              .replace(/(.{4})/g, '$1 ')
              .trim()}`,
          ],
          ['Hesap Türü', ': Vadesiz TL'],
          ['Dönem', ': 01.08.2026 - 31.10.2026'],
        ],
        { size: 9.5, labelW: 120, after: 10 },
      );
      p.table(
        [
          { h: 'Tarih', w: 62 },
          { h: 'Açıklama', w: 215 },
          { h: 'Tutar (TL)', w: 90, r: true },
          { h: 'Bakiye (TL)', w: 100, r: true },
        ],
        [
          ['01.08.2026', 'DEVREDEN BAKİYE', '', '84.215,40'],
          ['05.08.2026', 'GELEN HAVALE - ARSLAN KADİR', '15.000,00', '99.215,40'],
          ['12.08.2026', 'ATM PARA ÇEKME AKSARAY', '-6.000,00', '93.215,40'],
          ['03.09.2026', 'GELEN HAVALE - ARSLAN KADİR', '15.000,00', '108.215,40'],
          ['18.09.2026', 'ELEKTRİK FATURASI OTOMATİK', '-1.284,60', '106.930,80'],
          ['04.10.2026', 'GELEN HAVALE - ARSLAN KADİR', '15.000,00', '121.930,80'],
          ['31.10.2026', 'FAİZ TAHAKKUKU', '312,55', '122.243,35'],
        ],
        { size: 8.5, zebra: [0.94, 0.94, 0.94] },
      );
      p.p('Bu ekstre bilgi amaçlıdır. Hesap hareketlerinize itirazınızı 15 gün içinde şubenize bildiriniz.', { size: 7.5, color: GREY });
      scribble(p, p.left + 200, p.y + 50, ['K-100500', 'Dit is mijn rekening in Turkije.', 'Geld van broer Kadir voor huis'], {
        rot: -3,
        size: 13.5,
      });
      return d;
    },
  },
  {
    slug: 'emek-bankasi-internet-alleen-naam',
    type: 'bank_statement',
    client: null,
    language: 'tr',
    render: 'digital',
    author: 'Emek Bankası İnternet Şubesi',
    label: 'Internet-banking printout of a Turkish bank (rent income from a flat in Konya): account holder name only, no Dutch identifier',
    date: '2026-11-21',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rect(0, 0, PAGE_W, 50, { fill: [0.05, 0.2, 0.5] });
      p.t(p.left, 32, 'TÜRKİYE EMEK BANKASI', { f: 'sansB', size: 15, color: [1, 1, 1] });
      p.t(p.right, 32, 'İnternet Şubesi', { size: 10, color: [1, 1, 1], align: 'right' });
      p.at(70);
      p.ln('Hesap Hareketleri', { f: 'sansB', size: 13, after: 4 });
      p.ln('Mustafa Aydın  |  Konya Meram Şubesi - 4418 - 60210883  |  Vadesiz TL', { size: 9 });
      p.ln(`IBAN: ${trIban('00064', 'mustafa-aydin').replace(/(.{4})/g, '$1 ')}`, { size: 9, f: 'mono' });
      p.ln('Sorgu Tarihi: 21.11.2026 14:22   Tarih aralığı: 01.09.2026 - 20.11.2026', { size: 8.5, color: GREY, after: 8 });
      p.table(
        [
          { h: 'İşlem Tarihi', w: 72 },
          { h: 'Açıklama', w: 225 },
          { h: 'İşlem Tutarı', w: 85, r: true },
          { h: 'Bakiye', w: 85, r: true },
        ],
        [
          ['01.09.2026', 'FAST - KİRA EYLÜL - ŞENOL ÖZKAN', '12.500,00 TL', '41.870,12 TL'],
          ['02.09.2026', 'AİDAT ÖDEMESİ - MERAM SİTESİ', '-1.150,00 TL', '40.720,12 TL'],
          ['01.10.2026', 'FAST - KİRA EKİM - ŞENOL ÖZKAN', '12.500,00 TL', '53.220,12 TL'],
          ['02.10.2026', 'AİDAT ÖDEMESİ - MERAM SİTESİ', '-1.150,00 TL', '52.070,12 TL'],
          ['15.10.2026', 'EMLAK VERGİSİ 2. TAKSİT', '-1.842,00 TL', '50.228,12 TL'],
          ['01.11.2026', 'FAST - KİRA KASIM - ŞENOL ÖZKAN', '12.500,00 TL', '62.728,12 TL'],
          ['03.11.2026', 'AİDAT ÖDEMESİ - MERAM SİTESİ', '-1.150,00 TL', '61.578,12 TL'],
          ['18.11.2026', 'YURTDIŞI HAVALE - NL', '-25.000,00 TL', '36.578,12 TL'],
        ],
        { size: 8.5, zebra: [0.93, 0.95, 0.98] },
      );
      p.p('Bu belge bilgilendirme amaçlıdır ve resmi nitelik taşımaz. Türkiye Emek Bankası A.Ş. Mersis No: 0870000000000017', {
        size: 7.5,
        color: GREY,
      });
      p.t(PAGE_W / 2, PAGE_H - 24, 'Sayfa 1 / 1', { size: 7.5, color: GREY, align: 'center' });
      return d;
    },
  },
  {
    slug: 'ucret-bordrosu-otel-antalya',
    type: 'payslip',
    client: 'K-100381',
    language: 'tr',
    render: 'scan',
    label: 'Turkish payslip (ücret bordrosu) of a hotel in Antalya for summer work; client number written on it',
    date: '2026-10-28',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 50, 'LARA MAVİ OTEL TURİZM İNŞ. TİC. A.Ş.', { f: 'sansB', size: 12 });
      p.t(p.left, 64, 'Güzeloba Mah. Lara Cad. No: 212  Muratpaşa / ANTALYA   V.D.: Kurumlar  V.No: 6120048871', {
        size: 7.5,
        color: GREY,
      });
      p.line(p.left, 72, p.right, 72, 0.8);
      p.at(88);
      p.ln('ÜCRET BORDROSU — EYLÜL 2026', { f: 'sansB', size: 13, align: 'center', after: 8 });
      p.kv(
        [
          ['Adı Soyadı', 'ALİ ŞAHİN'],
          ['T.C. Kimlik No', '52241097664'],
          ['SGK Sicil No', '4-5510-01-01-1122334-007-00'],
          ['Görevi', 'Komi (Restoran)'],
          ['İşe Giriş / Çıkış', '01.06.2026 / 30.09.2026'],
          ['Çalışılan Gün', '30'],
        ],
        { size: 9.5, labelW: 130, after: 8 },
      );
      p.table(
        [
          { h: 'Kazançlar', w: 140 },
          { h: 'TL', w: 85, r: true },
          { h: 'Kesintiler', w: 150 },
          { h: 'TL', w: 92, r: true },
        ],
        [
          ['Brüt Ücret', '26.005,50', 'SGK İşçi Payı (%14)', '3.640,77'],
          ['Fazla Mesai (18 saat)', '2.925,62', 'İşsizlik İşçi Payı (%1)', '289,31'],
          ['Servis Primi', '1.500,00', 'Gelir Vergisi', '0,00'],
          ['', '', 'Damga Vergisi', '0,00'],
          ['Toplam Kazanç', '30.431,12', 'Toplam Kesinti', '3.930,08'],
        ],
        { grid: true, size: 9, shade: [0.88, 0.88, 0.88] },
      );
      p.kv([['NET ÖDENEN', '26.501,04 TL']], { f: 'sansB', size: 11, labelW: 130, after: 20 });
      p.t(p.left, p.y, 'İşveren / Kaşe - İmza', { size: 8.5 });
      p.t(p.right - 120, p.y, 'Çalışan İmza', { size: 8.5 });
      p.t(p.right - 120, p.y + 24, 'Ali Şahin', { f: 'hand', size: 16, color: BLUE_INK });
      p.stamp(p.left + 80, p.y + 40, ['LARA MAVİ OTEL TURİZM A.Ş.', 'İNSAN KAYNAKLARI'], { rot: 5, size: 8.5, color: [0.2, 0.3, 0.65] });
      scribble(p, p.left + 60, p.y + 130, ['K-100381', 'zomer gewerkt in Turkije juni t/m sept.', 'nu weer terug in NL'], {
        rot: 2,
        size: 13,
      });
      return d;
    },
  },
  {
    slug: 'maas-makbuzu-nakit-el-yazisi',
    type: 'payslip',
    client: 'K-100437',
    language: 'tr',
    render: 'photo',
    table: OAK,
    label: 'Photo of a handwritten Turkish salary receipt from a small employer (cash wages for November); name and birth date',
    date: '2026-12-01',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rect(40, 40, PAGE_W - 80, 420, { stroke: [0.3, 0.3, 0.3], lw: 0.8 });
      p.t(PAGE_W / 2, 74, 'MAKBUZ', { f: 'sansB', size: 18, align: 'center' });
      p.t(PAGE_W - 60, 74, 'No: 0047', { size: 9, align: 'right', color: [0.7, 0.1, 0.1] });
      p.line(60, 84, PAGE_W - 60, 84, 0.5);
      handLines(
        p,
        [
          'Tarih: 30.11.2026',
          '',
          "Murat Doğan (d. 16.02.1974)'a Kasım 2026 ayı",
          'maaşı olarak 640 € (altıyüzkırk euro) nakit',
          'olarak ödenmiştir. Haftada 3 gün, günde 5 saat,',
          'bulaşık ve temizlik işi.',
          '',
          'Ödeyen: Kapadokya Grillroom — Kemal Yurt',
          'Alan: Murat Doğan',
        ],
        { top: 120, lh: 28, size: 14.5, x: 64, ink: BLUE_INK },
      );
      p.t(110, 420, 'K. Yurt', { f: 'hand', size: 19, color: BLUE_INK });
      p.t(380, 420, 'M.Doğan', { f: 'hand', size: 19, color: BLUE_INK });
      p.stamp(250, 400, ['KAPADOKYA GRILLROOM', 'Marktplein 8 - Voorbeeld'], { rot: -7, size: 8.5, color: [0.2, 0.3, 0.65] });
      return d;
    },
  },
  {
    slug: 'itiraz-terugvordering-getypt',
    type: 'objection',
    client: 'K-100115',
    language: 'tr',
    render: 'digital',
    author: 'Mehmet Yilmaz',
    label: 'Turkish objection letter (with Dutch terms) against a recovery decision for money from Turkey; client number',
    date: '2026-11-25',
    build() {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['Mehmet Yilmaz', 'Burgemeester de Withof 133', '1230 LK Voorbeeld', 'Dossiernummer: K-100115'],
        to: ['Gemeente Voorbeeld', 't.a.v. Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 25.11.2026',
        subject: 'Konu: BEZWAAR / İTİRAZ — beschikking terugvordering van 4 november 2026',
      });
      p.p(
        `Sayın yetkililer,

4 Kasım 2026 tarihli beschikking'inize itiraz ediyorum. Bu kararda benden 6.812,40 euro terugvordering istiyorsunuz, çünkü Türkiye'deki banka hesabımda para olduğunu ve bunu bildirmediğimi yazıyorsunuz.

Bu doğru değil:

1. O hesaptaki para benim değil, kardeşim Ahmet Yılmaz'ın. Babamızın Aksaray'daki tarlası satıldı (2025), kardeşim Türkiye'de banka hesabı olmadığı için parayı bir süre benim hesabıma yatırdı. Mart 2026'da hepsini kendi hesabına geri aldı. Dekontlar ektedir.

2. Ben bu durumu 2025'te klantmanager'ım ile yaptığım görüşmede sözlü olarak anlattım. O zaman bana "sorun yok" denildi.

3. Ben 63 yaşındayım, kalp hastasıyım, 6.800 euro'yu ödemem mümkün değil.

Bu nedenle kararın geri alınmasını istiyorum. Hoorzitting olursa Türkçe tercüman (tolk) istiyorum.

Saygılarımla,`,
        { size: 10.5 },
      );
      p.gap(4);
      p.ln('Mehmet Yilmaz', { size: 10.5 });
      p.ln('Ekler: tapu satış belgesi, banka dekontları (4 sayfa), beschikking kopyası', { size: 9, f: 'sansI', color: GREY });
      return d;
    },
  },
  {
    slug: 'itiraz-el-yazisi-onbekend',
    type: 'objection',
    client: null,
    language: 'tr',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten Turkish objection against the rejection of an application, by a man not in the directory (name and address only)',
    date: '2026-11-29',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24, margin: true, holes: true });
      handLines(
        p,
        [
          'Kemal Arıkan',
          'Eikenlaan 51',
          '1238 CH Voorbeeld',
          '',
          'Gemeente Voorbeeld — bezwaar',
          '',
          "Aanvraag bijstand'ımı reddetmişsiniz (brief 18 kasım).",
          'Sebep olarak arabam var yazmışsınız. Ama o araba',
          '2009 model Opel, değeri 900 euro bile değil, ve',
          'işe gitmek için lazım. Ben buna itiraz ediyorum.',
          'Ayrıca ev sahibim kirayı ödemezsem beni çıkaracak.',
          'Lütfen tekrar bakın. Araba kağıtlarını getirebilirim.',
          '',
          'Saygılarımla',
          'Kemal Arıkan   29-11-2026',
          'tel 06 27 71 04 38',
        ],
        { top: 94, lh: 24, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'yardim-basvurusu-bosanma',
    type: 'benefit_application',
    client: null,
    language: 'tr',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Photo of a handwritten Turkish letter by a woman (not in the directory) applying for assistance after her divorce',
    date: '2026-11-19',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 76, lh: 25, margin: false });
      handLines(
        p,
        [
          'Sayın Belediye (Gemeente Voorbeeld),',
          '',
          "Ben Fadime Koç, 2021'de gezinshereniging ile",
          "Hollanda'ya geldim. Eşimden Ekim ayında boşandım",
          've evden çıkmak zorunda kaldım. Şimdi kızımla (3 yaş)',
          'bir arkadaşımın yanında kalıyorum, Julianalaan 14.',
          'Hiç gelirim yok, eski eşim alimentatie ödemiyor.',
          'Bijstand başvurusu yapmak istiyorum.',
          'Hollandaca A2 seviyesindeyim, formları doldurmak için',
          'yardım lazım. Lütfen bana randevu verin.',
          '',
          'Telefon: 06 51 90 33 62',
          'Fadime Koç   19.11.2026',
        ],
        { top: 100, lh: 25, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'aanvraagformulier-turks-ingevuld',
    type: 'benefit_application',
    client: 'K-100500',
    language: 'tr',
    render: 'scan',
    label: 'Dutch form "Aanvraag levensonderhoud" answered in Turkish by a known client whose job ended; name and birth date',
    date: '2026-11-10',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Aanvraag levensonderhoud (bijstand)', 'Vul dit formulier volledig in. Heeft u hulp nodig? Bel 14 0123.');
      bar(p, '1. Persoonsgegevens aanvrager');
      boxField(p, 'Achternaam', 'Arslan');
      boxField(p, 'Voornamen', 'Derya');
      boxField(p, 'Geboortedatum', '05-06-1965');
      boxField(p, 'Adres', 'Wilhelminapark 79, 1237 ZX Voorbeeld');
      boxField(p, 'Burgerlijke staat', 'dul (weduwe)');
      bar(p, '2. Waarom vraagt u bijstand aan?');
      p.rect(p.left, p.y, p.right - p.left, 130, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
      handLines(
        p,
        [
          'Temizlik işim (schoonmaakbedrijf) 31 ekimde bitti,',
          'sözleşmeyi uzatmadılar. WW alamıyorum dediler çünkü',
          'sadece 5 ay çalıştım. Daha önce de sizden bijstand alıyordum.',
          'Şimdi tekrar başvurmak istiyorum.',
        ],
        { top: p.y + 24, lh: 26, size: 13, ink: BLUE_INK },
      );
      p.at(p.y + 30);
      bar(p, '3. Inkomen en vermogen');
      checkbox(p, p.left, p.y, 'Ik heb een bankrekening in het buitenland', true);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Ik heb een huis of grond in het buitenland', false);
      p.gap(18);
      handLines(p, ["Türkiye'de hesabım var, ekstre ekte (Anadolu Tarım Bankası)."], { top: p.y + 12, size: 12.5, ink: BLUE_INK });
      p.gap(10);
      p.t(p.left, p.y + 6, 'Datum:', { size: 9 });
      p.t(p.left + 40, p.y + 6, '6.11.2026', { f: 'hand', size: 13, color: BLUE_INK });
      p.t(p.left + 250, p.y + 6, 'Handtekening:', { size: 9 });
      p.t(p.left + 320, p.y + 8, 'D. Arslan', { f: 'hand', size: 17, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'icra-odeme-emri',
    type: 'debt_notice',
    client: 'K-100381',
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Turkish enforcement order (icra ödeme emri) for a credit-card debt; client number handwritten by the client',
    date: '2026-11-04',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 48, 'T.C.', { f: 'sansB', size: 11, align: 'center' });
      p.t(PAGE_W / 2, 64, 'İSTANBUL ANADOLU 14. İCRA DAİRESİ', { f: 'sansB', size: 12, align: 'center' });
      p.t(PAGE_W / 2, 80, 'ÖRNEK 7 — ÖDEME EMRİ (İlamsız Takiplerde)', { size: 10, align: 'center' });
      p.t(p.right, 100, 'Dosya No: 2026/18842 Esas', { size: 9.5, align: 'right', f: 'sansB' });
      p.at(112);
      p.table(
        [
          { h: '', w: 130 },
          { h: '', w: 337 },
        ],
        [
          ['Alacaklı', 'BOSFOR FİNANS KART HİZMETLERİ A.Ş.'],
          ['Vekili', 'Av. Berk Tunalı — Kadıköy / İSTANBUL'],
          ['Borçlu', 'ALİ ŞAHİN (T.C. 52241097664)'],
          ['Borçlu Adresi', 'Havenkade 86, 1230 XA Voorbeeld — HOLLANDA'],
          ['Alacak', 'Asıl alacak 18.440,00 TL'],
          ['', 'İşlemiş faiz 3.912,18 TL — Toplam 22.352,18 TL'],
          ['Alacağın nedeni', 'Kredi kartı hesap kat ihtarı (bakiye borç)'],
        ],
        { grid: true, size: 9, hf: 'sans' },
      );
      p.p(
        `Borçlu yukarıda yazılı borç ve takip giderlerini bu ödeme emrinin tebliğinden itibaren 10 gün içinde ödemesi, borcun tamamına veya bir kısmına ya da alacaklının takip hakkına itirazı varsa bunu da 7 gün içinde ayrıca bildirmesi lazımdır.

Yabancı memlekette bulunan borçlular için itiraz ve ödeme süreleri icra müdürü tarafından ayrıca belirlenir. Bu süre içinde borç ödenmez veya itiraz edilmezse cebri icraya devam olunacağı, mal beyanında bulunmazsa hapisle tazyik olunacağı ihtar olunur.`,
        { size: 9.5 },
      );
      p.t(p.right - 140, p.y + 20, 'İcra Müdürü', { size: 9.5 });
      p.t(p.right - 140, p.y + 44, 'e-imzalıdır', { f: 'sansI', size: 9 });
      p.stamp(p.left + 110, p.y + 40, ['İSTANBUL ANADOLU', '14. İCRA DAİRESİ'], { rot: -5, size: 9.5, color: [0.2, 0.2, 0.6] });
      scribble(p, p.left + 20, p.y + 130, ['K-100381  dit is schuld creditcard uit 2022', 'kan ik hulp krijgen? schuldhulp'], {
        rot: 3,
        size: 13,
      });
      return d;
    },
  },
  {
    slug: 'ihtarname-avukat-broer-nummer',
    type: 'debt_notice',
    client: null,
    conflict: ['K-100269', 'K-100213'],
    language: 'tr',
    render: 'scan',
    label:
      "Turkish lawyer's warning letter (ihtarname) about a consumer loan of the client (name, birth date), with her brother's client number scribbled on it",
    date: '2026-11-22',
    build() {
      const d = new Doc();
      const p = d.page();
      letterhead(p, 'TUNA & AKSOY HUKUK BÜROSU', ['Kocatepe Mah. Atatürk Blv. 118/7', 'Çankaya / ANKARA', 'T: 0312 444 18 20'], {
        color: [0.35, 0.15, 0.1],
        f: 'serifB',
      });
      p.kv(
        [
          ['İHTAR EDEN', ': KAPADOKYA TÜKETİCİ FİNANSMAN A.Ş.'],
          ['VEKİLİ', ': Av. Deniz Aksoy'],
          ['MUHATAP', ': ZEYNEP ÇELİK (D.T. 02.05.1981)'],
          ['ADRES', ': Prins Hendrikstraat 49, 1234 GG Voorbeeld / HOLLANDA'],
          ['KONU', ': Ödenmeyen ihtiyaç kredisi borcunun ödenmesi ihtarıdır.'],
        ],
        { size: 9.5, labelW: 95, after: 10, f: 'serif' },
      );
      p.p(
        `Sayın Muhatap,

Müvekkil şirket ile aranızda 14.03.2023 tarihinde imzalanan 120.000 TL tutarlı ihtiyaç kredisi sözleşmesi kapsamındaki taksitleriniz Ocak 2026'dan bu yana ödenmemektedir. Bu nedenle kredi hesabı kat edilmiş olup 20.11.2026 itibarıyla toplam borcunuz 96.480,25 TL'dir.

İşbu ihtarnamenin tebliğinden itibaren 30 gün içinde borcun ödenmemesi halinde aleyhinize icra takibi başlatılacağını, takip masrafları, vekalet ücreti ve gecikme faizinin tarafınıza yükleneceğini ihtar ederiz.

Ödeme için: Müvekkil şirket hesabı / IBAN ${trIban('00123', 'kapadokya').replace(/(.{4})/g, '$1 ')}`,
        { size: 10, f: 'serif' },
      );
      p.t(p.right - 150, p.y + 16, 'Av. Deniz Aksoy', { f: 'serif', size: 10 });
      p.t(p.right - 140, p.y + 40, 'D.Aksoy', { f: 'hand', size: 17, color: BLUE_INK });
      scribble(
        p,
        p.left,
        p.y + 100,
        ['Mustafa Aydın K-100213 (kardeşi)', 'Zeynep bu mektubu anlamadı, lütfen', 'schuldhulp ile bize ulaşın 06 20 44 81 93'],
        {
          rot: 4,
          size: 13,
          ink: BLACK_INK,
        },
      );
      return d;
    },
  },
  {
    slug: 'borc-yardim-mesaj-onbekend',
    type: 'debt_notice',
    client: null,
    language: 'tr',
    render: 'digital',
    author: 'Songül',
    label: 'Turkish letter typed on a phone asking debt help for rent arrears and energy debts, by a woman not in the directory',
    date: '2026-11-26',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 50;
      p.right = PAGE_W - 50;
      p.at(50);
      p.ln('Songül Yıldız', { size: 11 });
      p.ln('Molenweg 71, 1231 GC Voorbeeld', { size: 11 });
      p.ln('06 48 02 19 75', { size: 11, after: 12 });
      p.ln("Schuldhulpverlening Gemeente Voorbeeld'e", { size: 11, f: 'sansB', after: 12 });
      p.p(
        `Merhaba,

Adım Songül Yıldız, 2 çocuklu yalnız bir anneyim. Part-time çalışıyorum (Action'da kasiyer, ayda 1.100 euro civarı). Borçlarım çok arttı ve artık ödeyemiyorum, lütfen yardım edin.

- Woonstichting'e 3 aylık kira borcu: 2.214 euro (ontruiming ile tehdit ediyorlar, brief ekte)
- Enerji şirketi: 940 euro, incassobureau'ya verilmiş
- Zorgverzekering: 6 aydır ödemedim, yaklaşık 800 euro
- Klarna ve telefon faturası: 450 euro

Çocuklarımın evsiz kalmasından çok korkuyorum. Geceleri uyuyamıyorum. Bir arkadaşım schuldhulpverlening'e yazmamı söyledi. Lütfen beni arayın, sabahları evdeyim.

Teşekkürler,
Songül Yıldız`,
        { size: 11, lh: 17 },
      );
      return d;
    },
  },
  {
    slug: 'sikayet-danisman-degisiyor',
    type: 'complaint',
    client: 'K-100500',
    language: 'tr',
    render: 'scan',
    crumple: 2,
    label:
      'Handwritten Turkish complaint: consultant changes all the time, letters never answered, no Turkish-speaking help; client number',
    date: '2026-12-03',
    build() {
      const d = new Doc();
      const p = d.page();
      p.at(60);
      handLines(
        p,
        [
          'ŞİKAYET (klacht)',
          '',
          'Derya Arslan — klantnr. K-100500',
          'Wilhelminapark 79, Voorbeeld',
          '',
          "Bir yıl içinde 4 kere klantmanager'ım değişti. Her",
          'yeni kişiye aynı hikayeyi baştan anlatmak zorunda',
          'kalıyorum. Ekim ayında 2 mektup yazdım, hiç cevap',
          'gelmedi. Telefonda "e-mail atın" diyorlar, benim',
          "e-mail'im yok. Baliye gittim, randevu olmadan",
          'kimseyle konuşamazsın dediler.',
          '',
          "Ayrıca kasım ayı uitkering'imi 4 gün geç yatırdınız,",
          'kiramı geç ödedim ve ceza (boete) geldi, 35 euro.',
          'Bunu kim ödeyecek?',
          '',
          'Benimle Türkçe konuşabilen biri ile görüşmek istiyorum.',
          '',
          'Derya Arslan   3-12-2026',
        ],
        { top: 80, lh: 26, size: 13.5, x: 70, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'basvurdugum-isler-liste',
    type: 'job_application_proof',
    client: 'K-100157',
    language: 'tr',
    render: 'photo',
    table: WOOD,
    label: 'Photo of a handwritten Turkish list of job applications (Dutch company names) with name and client number',
    date: '2026-11-28',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 72, lh: 26, margin: true });
      handLines(
        p,
        [
          'Başvurduğum işler — Kasım 2026',
          'Hüseyin Kaya   K-100157',
          '',
          '4/11  Magazijnmedewerker — Logistiek Centrum Zuid  (online)',
          '6/11  Chauffeur bestelbus — Koeriersdienst Rap  → afwijzing',
          '11/11 Productiemedewerker — Zuivelfabriek De Weide',
          '13/11 Bezorger — Pizzeria Napoli Voorbeeld → deneme günü!',
          '18/11 Orderpicker via uitzendbureau FlexPlus',
          '21/11 Verkoper — Telefoonwinkel Bellen & Zo',
          '25/11 Beveiliger — opleiding lazım, sordum',
          '',
          "Pizzeria'da deneme günü yaptım 20/11, cevap bekliyorum.",
          'Mailler telefonumda, isterseniz gösteririm.',
        ],
        { top: 98, lh: 26, size: 13, f: 'hand2', ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'mulakat-daveti-alleen-naam',
    type: 'job_application_proof',
    client: null,
    language: 'tr',
    render: 'digital',
    author: 'Yıldız Logistiek B.V.',
    label: 'Printed Turkish/Dutch e-mail inviting a directory client to a job interview: name only, no identifier',
    date: '2026-11-12',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 42;
      p.right = 553;
      p.at(36);
      p.t(p.left, 46, 'Gmail', { f: 'sansB', size: 14, color: [0.8, 0.2, 0.15] });
      p.t(p.right, 46, 'kaya.huseyin98@gmail.example', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 54, p.right, 54, 0.5, [0.6, 0.6, 0.6]);
      p.at(68);
      p.ln('Sollicitatiegesprek / İş görüşmesi — magazijnmedewerker', { f: 'sansB', size: 12.5, after: 6 });
      p.ln('Yıldız Logistiek B.V. <werving@yildizlogistiek.example>', { f: 'sansB', size: 9 });
      p.ln('aan: mij   ·   12 nov. 2026, 10:41', { size: 8, color: GREY, after: 8 });
      p.p(
        `Sayın Hüseyin Kaya,

Beste Hüseyin,

Magazijnmedewerker pozisyonu için yaptığınız başvuru için teşekkür ederiz. Sizi bir iş görüşmesine davet etmek istiyoruz.

Datum: dinsdag 18 november 2026
Tijd: 14:00 uur
Adres: Industrieweg 22, Voorbeeld (receptie, vraag naar Serkan Yıldız)

Lütfen kimliğinizi (ID-kaart of paspoort) ve varsa heftruckcertificaat'ınızı getirin. Görüşme Hollandaca veya Türkçe yapılabilir.

Kun je even bevestigen of je komt? Cevabınızı bekliyoruz.

Met vriendelijke groet / Saygılarımızla,
Serkan Yıldız
HR & Planning — Yıldız Logistiek B.V.
T 0123 88 41 00`,
        { size: 10 },
      );
      p.line(p.left, p.y, p.right, p.y, 0.4, [0.7, 0.7, 0.7]);
      p.gap(6);
      p.ln('Hüseyin Kaya <kaya.huseyin98@gmail.example>   12 nov. 2026, 11:02', { size: 8.5, f: 'sansB' });
      p.p('Tamam geliyorum, teşekkürler. Heftruck certificaat yok maalesef ama öğrenmek isterim.', { size: 10 });
      return d;
    },
  },
  {
    slug: 'kira-sozlesmesi-konya',
    type: 'rental_agreement',
    client: 'K-100213',
    language: 'tr',
    render: 'scan',
    label: 'Two-page Turkish rent contract (kira sözleşmesi) for a flat in Konya that the client lets out; BSN handwritten on top',
    date: '2026-11-21',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 50, 'KİRA SÖZLEŞMESİ', { f: 'sansB', size: 16, align: 'center' });
      p.t(p.right, 30, 'BSN 999936025', { f: 'hand', size: 14, color: BLUE_INK, align: 'right' });
      p.at(66);
      p.table(
        [
          { h: 'Mahallesi', w: 150 },
          { h: 'Yeni Meram Mah.', w: 317 },
        ],
        [
          ['Sokağı / No', 'Lale Sok. No: 18 Daire: 7'],
          ['Kiralananın Cinsi', 'Mesken (3+1 daire)'],
          ['Kiraya Veren', 'MUSTAFA AYDIN'],
          ['Kiraya Verenin Adresi', 'Lindelaan 96, 1238 KL Voorbeeld / HOLLANDA'],
          ['Kiracı', 'ŞENOL ÖZKAN'],
          ['Kiracının Adresi', 'Lale Sok. No: 18 D: 7 Meram / KONYA'],
          ['Bir Aylık Kira Bedeli', '12.500 TL (Onikibinbeşyüz Türk Lirası)'],
          ['Bir Senelik Kira Bedeli', '150.000 TL'],
          ['Kira Bedelinin Ödeme Şekli', "Her ayın 1'inde banka havalesi ile"],
          ['Kiranın Başlangıç Tarihi', '01.09.2026'],
          ['Kira Müddeti', '1 (bir) yıl'],
          ['Kiralananın Kullanım Amacı', 'Mesken'],
          ['Demirbaşlar', 'Kombi, mutfak dolabı, ankastre fırın'],
        ],
        { grid: true, size: 9, hf: 'sansB', shade: [0.9, 0.9, 0.9] },
      );
      p.ln('GENEL ŞARTLAR', { f: 'sansB', size: 10.5, after: 4 });
      p.p(
        `1. Kiracı, kiralananı özenle kullanmak ve komşulara saygı göstermekle yükümlüdür.
2. Kiracı, kiralananı kiraya verenin yazılı izni olmadan başkasına kiralayamaz, devredemez.
3. Elektrik, su, doğalgaz ve aidat giderleri kiracıya aittir.
4. Kiracı 25.000 TL depozito ödemiştir; depozito sözleşme sonunda hasar yoksa iade edilir.
5. Kira artışı, bir önceki kira yılının TÜFE on iki aylık ortalamasını geçmemek üzere yapılır.`,
        { size: 9.5 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `6. Kiralananın vergi, resim ve harçları kiraya verene aittir.
7. Kiracı, sözleşme bitiminde kiralananı teslim aldığı şekilde boşaltıp teslim etmeyi kabul eder.
8. Kiraya veren yurt dışında ikamet ettiğinden, kiraya vereni bu sözleşme ile ilgili işlerde kardeşi Hasan AYDIN temsil eder (vekaletname Konya 4. Noterliği, 12.08.2026).
9. İşbu sözleşmeden doğacak uyuşmazlıklarda Konya Mahkemeleri ve İcra Daireleri yetkilidir.

İşbu sözleşme 9 maddeden ibaret olup taraflarca okunarak 28.08.2026 tarihinde iki nüsha olarak imzalanmıştır.`,
        { size: 9.5 },
      );
      q.gap(20);
      q.t(q.left + 20, q.y, 'KİRAYA VEREN (vekili)', { f: 'sansB', size: 9.5 });
      q.t(q.right - 150, q.y, 'KİRACI', { f: 'sansB', size: 9.5 });
      q.t(q.left + 30, q.y + 30, 'H. Aydın', { f: 'hand', size: 18, color: BLUE_INK });
      q.t(q.right - 140, q.y + 30, 'Ş.Özkan', { f: 'hand', size: 18, color: BLUE_INK });
      q.gap(90);
      handLines(q, ['Dit is de huur van mijn appartement in Konya.', 'Ik heb het al gemeld bij mijn werkcoach. Mustafa'], {
        top: q.y + 40,
        lh: 24,
        size: 13,
        ink: BLUE_INK,
      });
      return d;
    },
  },
  {
    slug: 'kimlik-karti-fotokopi',
    type: 'identity_document',
    client: 'K-100269',
    language: 'tr',
    render: 'scan',
    label: 'Photocopy of both sides of a Turkish identity card (kimlik kartı), name and birth date',
    date: '2026-11-14',
    build() {
      const d = new Doc();
      const p = d.page();
      const card = (x: number, y: number, back: boolean) => {
        p.rect(x, y, 330, 208, { fill: [0.88, 0.88, 0.86], stroke: [0.45, 0.45, 0.45], lw: 0.8 });
        if (!back) {
          p.t(x + 12, y + 18, 'TÜRKİYE CUMHURİYETİ KİMLİK KARTI', { f: 'sansB', size: 8.5 });
          p.t(x + 12, y + 28, 'REPUBLIC OF TÜRKİYE IDENTITY CARD', { size: 6.5 });
          p.rect(x + 12, y + 40, 90, 115, { fill: [0.65, 0.65, 0.63] });
          p.ellipse(x + 57, y + 82, 24, 28, { fill: [0.45, 0.45, 0.43] });
          p.ellipse(x + 57, y + 150, 38, 28, { fill: [0.45, 0.45, 0.43] });
          const f: [string, string][] = [
            ['T.C. Kimlik No / TR Identity No', '48120377510'],
            ['Soyadı / Surname', 'ÇELİK'],
            ['Adı / Given Name(s)', 'ZEYNEP'],
            ['Doğum Tarihi / Date of Birth', '02.05.1981'],
            ['Cinsiyeti / Gender   K/F     Uyruğu / Nationality   T.C./TUR', ''],
            ['Seri No / Document No', 'A17K44591'],
            ['Son Geçerlilik / Valid Until', '14.08.2031'],
          ];
          let yy = y + 44;
          for (const [k, v] of f) {
            p.t(x + 112, yy, k, { size: 6 });
            if (v) p.t(x + 112, yy + 10, v, { f: 'sansB', size: 8.5 });
            yy += v ? 22 : 12;
          }
        } else {
          p.t(x + 12, y + 20, "Anne Adı / Mother's Name   AYŞE", { size: 7.5 });
          p.t(x + 12, y + 34, "Baba Adı / Father's Name   İBRAHİM", { size: 7.5 });
          p.t(x + 12, y + 48, 'Veren Makam / Issued By   T.C. İÇİŞLERİ BAKANLIĞI', { size: 7.5 });
          p.rect(x + 250, y + 14, 64, 50, { fill: [0.7, 0.7, 0.7] });
          p.t(x + 10, y + 150, 'I<TURA17K44591<0<<<<<<<<<<<<<<<', { f: 'mono', size: 8.7 });
          p.t(x + 10, y + 166, '8105024F3108149TUR<<<<<<<<<<<2', { f: 'mono', size: 8.7 });
          p.t(x + 10, y + 182, 'CELIK<<ZEYNEP<<<<<<<<<<<<<<<<<', { f: 'mono', size: 8.7 });
        }
      };
      card(130, 80, false);
      card(130, 330, true);
      scribble(p, 120, 600, ['kopie kimlik Zeynep Çelik', 'verblijfsvergunning komt volgende week'], { rot: 2, size: 13 });
      return d;
    },
  },
  {
    slug: 'emlak-vergisi-bildirimi',
    type: 'tax_document',
    client: 'K-100115',
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label:
      'e-Devlet printout of the Aksaray municipality property-tax debt (emlak vergisi) for a house and land; client number handwritten',
    date: '2026-11-18',
    build() {
      const d = new Doc();
      const p = edevlet(d, 'AKSARAY BELEDİYESİ — EMLAK VERGİSİ BORÇ BİLGİLERİ (2026)', 'BEL-4f8a-2211-7c09');
      p.ln('Mali Hizmetler Müdürlüğü — Gelir Servisi', { size: 9, align: 'center', color: GREY, after: 8 });
      p.kv(
        [
          ['Mükellef', 'MEHMET YILMAZ'],
          ['T.C. Kimlik No', '31874402216'],
          ['Sicil No', '118402'],
          ['Tebligat Adresi', 'Burgemeester de Withof 133 Voorbeeld HOLLANDA'],
        ],
        { size: 9.5, labelW: 120, after: 8 },
      );
      p.table(
        [
          { h: 'Cinsi', w: 60 },
          { h: 'Ada/Parsel', w: 70 },
          { h: 'Adres', w: 150 },
          { h: 'Vergi Değeri', w: 85, r: true },
          { h: 'Yıllık Vergi', w: 102, r: true },
        ],
        [
          ['Bina', '412/9', 'Hacı Hasanlı Mah. 3. Sk. No:5', '1.286.400,00', '2.572,80'],
          ['Arsa', '977/2', 'Yenikent mevkii', '418.000,00', '1.254,00'],
          ['Tarla', '118/44', 'Sağlık köyü (hisse 1/3)', '96.500,00', '96,50'],
        ],
        { grid: true, size: 8.5, shade: [0.88, 0.88, 0.88] },
      );
      p.kv(
        [
          ['1. Taksit (Mayıs)', '1.961,65 TL — ÖDENDİ'],
          ['2. Taksit (Kasım)', '1.961,65 TL — son ödeme 30.11.2026'],
        ],
        { size: 9.5, labelW: 120, f: 'sansB', after: 10 },
      );
      p.p(
        'Vadesinde ödenmeyen vergilere 6183 sayılı Kanun uyarınca gecikme zammı uygulanır. Ödemelerinizi e-Belediye veya anlaşmalı bankalar aracılığıyla yapabilirsiniz.',
        {
          size: 8.5,
          color: GREY,
        },
      );
      scribble(p, p.left + 30, p.y + 60, ['K-100115', 'huis van mijn vader, geërfd, 3 broers samen', 'tarla (akker) 1/3 van mij'], {
        rot: -2,
        size: 13,
      });
      return d;
    },
  },
  {
    slug: 'tatil-bildirimi-babam-hasta',
    type: 'holiday_notice',
    client: 'K-100325',
    language: 'tr',
    render: 'photo',
    table: OILCLOTH,
    label: 'Photo of a handwritten Turkish note announcing a three-week trip to Turkey (father ill); name and birth date',
    date: '2026-12-02',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 80, lh: 25, holes: true, margin: false });
      handLines(
        p,
        [
          'Gemeente Voorbeeld — vakantie melding',
          '',
          'Emine Öztürk, doğum tarihi 5 Şubat 1987',
          'Beatrixstraat 133',
          '',
          "Babam Sivas'ta hastanede yatıyor (kalp krizi).",
          "12 aralık'ta Türkiye'ye gidiyorum, 3 hafta kalacağım,",
          "2 ocak'ta geri döneceğim. Bilet ekte (Pegasus).",
          'Çocuklar eşimle burada kalıyor, okul var.',
          'Türkiye adresi: Sivas Merkez, Kardeşler Mah. 14/3',
          '',
          'Tatil günlerimden sayılıyor mu? Lütfen bildirin.',
          '',
          'Emine Öztürk   1.12.2026',
        ],
        { top: 105, lh: 25, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'kvkk-avg-dosya-kopya',
    type: 'other',
    client: 'K-100213',
    language: 'tr',
    render: 'digital',
    author: 'Mustafa Aydın',
    label: 'AVG request in Turkish: a copy of everything in the file, including notes and the reason for a home visit; BSN',
    date: '2026-11-30',
    build() {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['Mustafa Aydın', 'Lindelaan 96', '1238 KL Voorbeeld', 'BSN 999936025'],
        place: 'Voorbeeld, 30 Kasım 2026',
        subject: 'Konu: Kişisel verilerime erişim talebi (inzageverzoek AVG, artikel 15)',
      });
      p.p(
        `Sayın ilgili,

Avrupa Genel Veri Koruma Tüzüğü (AVG/GDPR) madde 15 gereğince, belediyenizde hakkımda tutulan tüm kişisel verilerin bir kopyasını talep ediyorum. Özellikle:

- dosyamdaki tüm notlar ve görüşme raporları (gespreksverslagen),
- 14 Ekim 2026'daki ev ziyaretinin (huisbezoek) raporu ve bu ziyaretin neden yapıldığı,
- verilerimin paylaşıldığı kurumların listesi (Belastingdienst, UWV, SVB vb.),
- verilerimin ne kadar süre saklanacağı.

Bu bir itiraz (bezwaar) veya şikayet değildir; sadece bilgi almak istiyorum. Yasal süre olan bir ay içinde posta ile cevap vermenizi rica ederim. Kimlik kartımın fotokopisi ektedir (BSN dışındaki bilgiler kapatılmıştır).

Saygılarımla,`,
        { size: 10.5 },
      );
      p.ln('Mustafa Aydın', { size: 10.5 });
      return d;
    },
  },
];
