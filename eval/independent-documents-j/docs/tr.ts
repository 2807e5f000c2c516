// Turkish post: a Turkish bank, a Turkish travel agency, the Turkish tax office, a sworn translation of a
// civil-registry extract, and letters clients write in Turkish (set J).
import { OAK, type Spec } from '../../independent-documents-d/spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  dmy,
  GEMEENTE,
  GREY,
  greyBorder,
  handLines,
  letterhead,
  notebook,
  PAGE_W,
  postStamp,
  scribble,
  staple,
  translatorStamp,
} from './jkit.ts';

const MEHMET = C('K-100115');
const _HUSEYIN = C('K-100157');
const ZEYNEP = C('K-100269');
const ALI = C('K-100381');
const MUSTAFA = C('K-100213');
const EMINE = C('K-100325');
const _DERYA = C('K-100500');
const MURAT = C('K-100437');
const dot = (iso: string) => dmy(iso, '.');

export const TR: Spec[] = [
  {
    slug: 'ziraat-hesap-ekstresi',
    type: 'bank_statement',
    client: 'K-100115',
    language: 'tr',
    render: 'scan',
    label: 'Turkish bank account statement (invented agricultural bank), client number written on it',
    date: '2026-11-20',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      p.t(p.left, 52, 'EGE ZİRAAT BANKASI A.Ş.', { f: 'sansB', size: 15, color: [0.75, 0.05, 0.1] });
      p.t(p.left, 66, 'Kemalpaşa / İzmir Şubesi (Şube kodu 0412)', { size: 8 });
      p.t(p.right, 52, 'HESAP EKSTRESİ', { f: 'sansB', size: 12, align: 'right' });
      p.at(86);
      p.kv(
        [
          ['Müşteri adı soyadı', MEHMET.name.toLocaleUpperCase('tr')],
          ['Müşteri no', '28841021'],
          ['IBAN', 'TR41 0009 9001 4120 0028 8410 21'],
          ['Hesap türü', 'Vadesiz TL Hesabı'],
          ['Dönem', '01.08.2026 - 31.10.2026'],
        ],
        { labelW: 130, size: 9 },
      );
      p.table(
        [
          { h: 'Tarih', w: 60 },
          { h: 'Açıklama', w: 220 },
          { h: 'Tutar (TL)', w: 80, r: true },
          { h: 'Bakiye (TL)', w: 85, r: true },
        ],
        [
          ['01.08.2026', 'Devreden bakiye', '', '84.211,40'],
          ['05.08.2026', 'KİRA GELİRİ - H. ÖZDEMİR (dükkan)', '+12.500,00', '96.711,40'],
          ['12.08.2026', 'ELEKTRİK FATURASI GEDİZ', '-1.284,10', '95.427,30'],
          ['05.09.2026', 'KİRA GELİRİ - H. ÖZDEMİR (dükkan)', '+12.500,00', '107.927,30'],
          ['22.09.2026', 'EMLAK VERGİSİ 2. TAKSİT', '-2.910,00', '105.017,30'],
          ['05.10.2026', 'KİRA GELİRİ - H. ÖZDEMİR (dükkan)', '+12.500,00', '117.517,30'],
          ['19.10.2026', 'ATM PARA ÇEKME KEMALPAŞA', '-5.000,00', '112.517,30'],
          ['31.10.2026', 'Faiz', '+88,12', '112.605,42'],
        ],
        { size: 8, grid: true, shade: [0.95, 0.85, 0.85] },
      );
      p.p('Bu belge elektronik ortamda oluşturulmuştur. Bilgi için 0850 220 00 00.', { size: 7.5, color: GREY });
      scribble(p, 330, 520, ['Klantnummer K-100115', 'dükkan kira Türkiye'], { rot: -4 });
      return d;
    },
  },
  {
    slug: 'wijziging-werk-brief-foto',
    type: 'change_form',
    client: 'K-100157',
    language: 'tr',
    render: 'photo',
    table: OAK,
    label: 'Phone photo of a handwritten Turkish note reporting that the client started a job',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24 });
      handLines(
        p,
        [
          'Sayın Gemeente Voorbeeld,',
          '',
          'Ben Hüseyin Kaya, müşteri numaram K-100157.',
          '1 Aralık 2026 tarihinden itibaren bir',
          'fabrikada (Kunststof Jansen, Voorbeeld) işe',
          'başladım. Haftada 24 saat çalışıyorum,',
          'saat ücreti 14,40 euro. İlk maaşım 23 Aralıkta.',
          'Sözleşmenin fotokopisini de ekliyorum.',
          'Yardımım (uitkering) ne olacak lütfen',
          'bana mektupla bildirin.',
          '',
          'Saygılarımla',
          'Hüseyin Kaya    tel 06 21 43 55 80',
        ],
        { top: 94, lh: 24, size: 14 },
      );
      return d;
    },
  },
  {
    slug: 'nufus-kayit-ornegi-yeminli-ceviri-2p',
    type: 'identity_document',
    client: 'K-100269',
    language: 'tr',
    render: 'scan',
    label: 'Turkish civil registry extract with a sworn Dutch translation stapled to it (2 pages)',
    date: '2026-11-18',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      greyBorder(p, 12);
      p.t(PAGE_W / 2, 54, 'TÜRKİYE CUMHURİYETİ', { f: 'sansB', size: 12, align: 'center' });
      p.t(PAGE_W / 2, 70, 'İÇİŞLERİ BAKANLIĞI NÜFUS VE VATANDAŞLIK İŞLERİ GENEL MÜDÜRLÜĞÜ', { size: 8, align: 'center' });
      p.t(PAGE_W / 2, 90, 'NÜFUS KAYIT ÖRNEĞİ', { f: 'sansB', size: 13, align: 'center' });
      p.at(108);
      p.kv(
        [
          ['İl', 'KAYSERİ'],
          ['İlçe', 'KOCASİNAN'],
          ['Mahalle/Köy', 'ERKİLET'],
          ['Cilt / Hane / BSN', '018 / 244 / 12'],
        ],
        { labelW: 130 },
      );
      p.table(
        [
          { h: 'S.No', w: 30 },
          { h: 'Adı', w: 70 },
          { h: 'Soyadı', w: 70 },
          { h: 'Yakınlık', w: 60 },
          { h: 'Doğum yeri ve tarihi', w: 120 },
          { h: 'Medeni hali', w: 60 },
          { h: 'Durumu', w: 55 },
        ],
        [
          ['1', 'AHMET', 'ÇELİK', 'Babası', 'Kayseri 11.03.1952', 'Evli', 'Sağ'],
          ['2', 'HATİCE', 'ÇELİK', 'Annesi', 'Kayseri 04.07.1956', 'Evli', 'Sağ'],
          ['3', 'ZEYNEP', 'ÇELİK', 'Kendisi', `Kayseri ${dot(ZEYNEP.birthDate)}`, 'Boşanmış', 'Sağ'],
        ],
        { size: 7.5, grid: true },
      );
      p.p('Bu belge e-Devlet üzerinden alınmıştır. Barkod: NVİ-2026-11-0448821. Doğrulama: turkiye.gov.tr', { size: 7, color: GREY });
      p.stamp(420, 420, ['APOSTILLE', 'Kayseri Valiliği', '12.11.2026'], { rot: 6, size: 8, color: [0.3, 0.1, 0.5] });
      const q = d.page();
      staple(q);
      q.at(50);
      q.ln('VERTALING UIT HET TURKS', { f: 'sansB', size: 11, align: 'center', after: 6 });
      q.ln('Republiek Turkije - Ministerie van Binnenlandse Zaken', { align: 'center' });
      q.ln('Directoraat-Generaal Bevolking en Burgerschapszaken', { align: 'center', after: 4 });
      q.ln('UITTREKSEL UIT HET BEVOLKINGSREGISTER', { f: 'sansB', size: 11, align: 'center', after: 8 });
      q.kv(
        [
          ['Provincie', 'Kayseri'],
          ['District', 'Kocasinan'],
          ['Wijk/dorp', 'Erkilet'],
        ],
        { labelW: 130 },
      );
      q.table(
        [
          { h: 'Nr.', w: 30 },
          { h: 'Voornaam', w: 70 },
          { h: 'Achternaam', w: 70 },
          { h: 'Relatie', w: 60 },
          { h: 'Geboorteplaats/-datum', w: 120 },
          { h: 'Burg. staat', w: 60 },
          { h: 'Status', w: 55 },
        ],
        [
          ['1', 'Ahmet', 'Çelik', 'Vader', 'Kayseri 11.03.1952', 'Gehuwd', 'In leven'],
          ['2', 'Hatice', 'Çelik', 'Moeder', 'Kayseri 04.07.1956', 'Gehuwd', 'In leven'],
          ['3', 'Zeynep', 'Çelik', 'Betrokkene', `Kayseri ${dot(ZEYNEP.birthDate)}`, 'Gescheiden', 'In leven'],
        ],
        { size: 7.5, grid: true },
      );
      q.p(
        `Verklaring van de vertaler:
Ondergetekende, A. Güneş, beëdigd vertaler Turks-Nederlands, ingeschreven in het Register beëdigde tolken en vertalers onder nummer 10442, verklaart dat deze vertaling getrouw en volledig is gemaakt naar het haar in kopie getoonde Turkse document, voorzien van een apostille.

Voorbeeld, 18 november 2026`,
        { size: 8.5 },
      );
      translatorStamp(q, 400, 560, 'A. Güneş', ['Turks - Nederlands', 'Wbtv nr. 10442']);
      return d;
    },
  },
  {
    slug: 'kredi-karti-ihtarname',
    type: 'debt_notice',
    client: 'K-100381',
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Turkish bank formal notice (ihtarname) for credit card debt (name + birth date)',
    date: '2026-11-09',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, 'Marmara Katılım Bankası A.Ş.', ['Hukuk ve Takip Müdürlüğü', 'Büyükdere Cad. No: 120, Şişli / İSTANBUL'], {
        f: 'serifB',
        color: [0.0, 0.35, 0.3],
      });
      p.ln('İHTARNAME', { f: 'serifB', size: 14, align: 'center', after: 8 });
      p.kv(
        [
          ['Keşideci', 'Marmara Katılım Bankası A.Ş.'],
          ['Muhatap', `${ALI.name.toLocaleUpperCase('tr')}`],
          ['Doğum tarihi', dot(ALI.birthDate)],
          ['Adres', `${ALI.street}, ${ALI.city} / HOLLANDA`],
          ['Konu', 'Kredi kartı borcunun ödenmesi ihtarıdır.'],
        ],
        { labelW: 110 },
      );
      p.p(
        `Sayın muhatap,

Bankamız nezdinde adınıza tahsis edilmiş 5312 **** **** 4471 numaralı kredi kartından doğan borcunuz, yapılan tüm hatırlatmalara rağmen ödenmemiştir. 08.11.2026 tarihi itibarıyla borcunuz aşağıdaki gibidir:

Anapara: 48.320,55 TL
Akdi faiz ve gecikme faizi: 9.114,20 TL
Toplam: 57.434,75 TL

İşbu ihtarnamenin tebliğinden itibaren 30 gün içinde borcun tamamının ödenmesini, aksi halde hesabınızın kat edileceğini ve hakkınızda yasal takip başlatılacağını ihtaren bildiririz.`,
      );
      p.gap(6);
      p.ln('Marmara Katılım Bankası A.Ş. - Hukuk ve Takip Müdürlüğü', { size: 9 });
      p.t(p.left + 20, p.y + 16, 'imza', { f: 'hand', size: 15, color: BLACK_INK });
      scribble(p, 330, 700, ['schuldhulp, help aub'], { rot: 5 });
      return d;
    },
  },
  {
    slug: 'itiraz-komsu-adina',
    type: 'objection',
    client: null,
    conflict: ['K-100213', 'K-100325'],
    language: 'tr',
    render: 'scan',
    label: 'Turkish objection written by one client for his neighbour, with his client number and her BSN',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(50);
      for (const l of [MUSTAFA.name, MUSTAFA.street, MUSTAFA.city, 'Müşteri no: K-100213']) p.ln(l);
      p.gap(12);
      for (const l of GEMEENTE) p.ln(l);
      p.gap(12);
      p.ln('Voorbeeld, 1 Aralık 2026');
      p.ln('Konu: İtiraz (bezwaar) - komşum Emine Öztürk adına', { f: 'sansB', after: 8 });
      p.p(
        `Sayın yetkili,

Komşum Emine Öztürk Hollandaca yazamadığı için bu mektubu onun adına ben yazıyorum. Emine Hanım'ın BSN numarası: ${EMINE.bsn}.

Emine Hanım 10 Kasım 2026 tarihli mektubunuzla ekim ve kasım ayları için yardımının (bijstand) 20% kesildiğini öğrendi. Sebep olarak bir randevuya gelmediği yazılmış. Ama o gün oğlu hastanedeydi, acil servise götürdü, hastane kağıdı ekte.

Bu karara itiraz ediyoruz. Lütfen kesintiyi geri alın. Emine Hanım'ın iki küçük çocuğu var ve bu para olmadan kirayı ödeyemiyor.

Bu konuda benimle de konuşabilirsiniz, telefonum 06-18 27 36 45. Emine Hanım'ın imzası aşağıda.

Saygılarımızla,`,
      );
      p.t(p.left, p.y + 16, 'M. Aydın', { f: 'hand', size: 17, color: BLUE_INK });
      p.t(p.left + 220, p.y + 16, 'E. Öztürk', { f: 'hand', size: 17, color: BLACK_INK });
      p.gap(30);
      p.ln('Ek: hastane kağıdı (SEH Voorbeeld, 24-10-2026)', { size: 9 });
      return d;
    },
  },
  {
    slug: 'sikayet-danisman-cevap-vermiyor',
    type: 'complaint',
    client: 'K-100500',
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Handwritten Turkish complaint: the consultant has not answered for weeks',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { holes: true });
      handLines(
        p,
        [
          'ŞİKAYET                              30-11-2026',
          '',
          'Gemeente Voorbeeld şikayet bölümüne,',
          '',
          'Adım Derya Arslan, klantnummer K-100500.',
          'Danışmanıma (consulent) 3 haftadır ulaşamıyorum.',
          'Beş kere telefon ettim, her seferinde "geri',
          'arayacak" dediler ama kimse aramadı. E-mail de',
          'gönderdim, cevap yok. Ekim ayında bana bir',
          'mektup geldi, özel yardım (bijzondere bijstand)',
          'için evrak istediler, ben getirdim ama hala',
          'karar yok. Gözlüğüm kırık, yenisini alamıyorum.',
          '',
          'Bu davranıştan çok rahatsızım. Lütfen başka',
          'bir danışman verin veya benimle iletişime geçin.',
          '',
          'Derya Arslan',
        ],
        { top: 112, lh: 22, size: 13.5 },
      );
      postStamp(p, 460, 60, '01 DEC 2026', -3);
      return d;
    },
  },
  {
    slug: 'vergi-tahakkuk-kira-geliri',
    type: 'tax_document',
    client: 'K-100437',
    language: 'tr',
    render: 'scan',
    copy: true,
    label: 'Photocopy of a Turkish tax assessment slip on rental income, client number written by the client',
    date: '2026-11-10',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      greyBorder(p, 20);
      p.t(PAGE_W / 2, 56, 'T.C. HAZİNE VE MALİYE BAKANLIĞI', { f: 'sansB', size: 11, align: 'center' });
      p.t(PAGE_W / 2, 70, 'GELİR İDARESİ BAŞKANLIĞI', { f: 'sansB', size: 10, align: 'center' });
      p.t(PAGE_W / 2, 90, 'TAHAKKUK FİŞİ', { f: 'sansB', size: 13, align: 'center' });
      p.at(108);
      p.kv(
        [
          ['Vergi dairesi', 'Trabzon / Hızırbey Vergi Dairesi'],
          ['Mükellef', MURAT.name.toLocaleUpperCase('tr')],
          ['Vergi türü', '0012 Gayrimenkul Sermaye İradı (GMSİ)'],
          ['Vergilendirme dönemi', '01/2025 - 12/2025'],
          ['Tahakkuk tarihi', '28.03.2026'],
        ],
        { labelW: 140 },
      );
      p.table(
        [
          { h: 'Açıklama', w: 260 },
          { h: 'Tutar (TL)', w: 120, r: true },
        ],
        [
          ['Beyan edilen kira geliri (konut, Trabzon Ortahisar)', '156.000,00'],
          ['Götürü gider (%15)', '23.400,00'],
          ['Vergiye tabi gelir', '132.600,00'],
          ['Hesaplanan gelir vergisi', '21.390,00'],
          ['1. taksit (vade 31.03.2026)', '10.695,00'],
          ['2. taksit (vade 31.07.2026)', '10.695,00'],
        ],
        { size: 8.5, grid: true },
      );
      scribble(p, 90, 480, ['Murat Doğan K-100437', 'vergi kağıdı Türkiye - ev kira'], { rot: 3 });
      return d;
    },
  },
  {
    slug: 'tur-rezervasyon-kayseri',
    type: 'holiday_notice',
    client: 'K-100115',
    language: 'tr',
    render: 'scan',
    label: 'Turkish travel agency booking confirmation for a trip to Kayseri (passenger with birth date)',
    date: '2026-11-21',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(0, 0, PAGE_W, 66, { fill: [0.0, 0.5, 0.75] });
      p.t(p.left, 42, 'Anadolu Tur Reisbureau', { f: 'sansB', size: 18, color: [1, 1, 1] });
      p.t(p.right, 30, 'Kruisstraat 12, Voorbeeld', { size: 7.5, color: [1, 1, 1], align: 'right' });
      p.t(p.right, 40, 'Tel 0299-42 42 42 · SGR / ANVR', { size: 7.5, color: [1, 1, 1], align: 'right' });
      p.at(86);
      p.ln('REZERVASYON ONAYI / BOEKINGSBEVESTIGING', { f: 'sansB', size: 12, after: 6 });
      p.kv(
        [
          ['Rezervasyon no', 'AT-26-118402'],
          ['Tarih', '21.11.2026'],
          ['Yolcu', `${MEHMET.name.toUpperCase()} (doğum tarihi ${dot(MEHMET.birthDate)})`],
          ['Yolcu 2', 'GÜLSÜM YILMAZ (doğum tarihi 02.06.1966)'],
        ],
        { labelW: 120 },
      );
      p.table(
        [
          { h: 'Uçuş', w: 60 },
          { h: 'Tarih', w: 70 },
          { h: 'Nereden', w: 110 },
          { h: 'Nereye', w: 110 },
          { h: 'Saat', w: 60 },
        ],
        [
          ['XQ 951', '17.12.2026', 'Amsterdam AMS', 'Kayseri ASR', '13:05'],
          ['XQ 950', '28.01.2027', 'Kayseri ASR', 'Amsterdam AMS', '08:10'],
        ],
        { size: 8.5, grid: true, shade: [0.85, 0.93, 0.97] },
      );
      p.p(
        `Bagaj: kişi başı 20 kg + 8 kg el bagajı. Toplam tutar: € 758,00 (ödendi, nakit).

İyi yolculuklar dileriz! Uçuştan 48 saat önce online check-in yapabilirsiniz.`,
      );
      scribble(p, 300, 420, ['voor consulent: ik ga 6 weken', 'naar Turkije, familie ziek'], { rot: -3 });
      return d;
    },
  },
];
