// Turkish post: a Turkish employer's payroll slip, a clinic's fax, client letters, an AVG correction.
import {
  C,
  Doc,
  dmy,
  footer,
  GREY,
  hand,
  letterhead,
  MAIL_EN,
  mailPrint,
  personalLetter,
  roundStamp,
  type Spec,
  strangerBsn,
} from '../lib.ts';

const mehmet = C('K-100115');
const emine = C('K-100325');
const zeynep = C('K-100269');
const ali = C('K-100381');
const huseyin = C('K-100157');
const derya = C('K-100500');
const mustafa = C('K-100213');
const basvuruBsn = strangerBsn('Gülsüm Karataş');

export const tr: Spec[] = [
  {
    slug: 'tr-ucret-bordrosu-tekstil',
    type: 'payslip',
    client: 'K-100437',
    language: 'tr',
    render: 'scan',
    label: "Turkish employer's payroll slip with the client number written on it",
    date: '2026-02-05',
    author: 'Ege Tekstil',
    build() {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      p.t(p.left, 46, 'EGE TEKSTİL SAN. VE TİC. A.Ş.', { f: 'sansB', size: 13 });
      p.t(p.left, 59, 'Organize Sanayi Bölgesi 4. Cad. No: 12, Denizli', { size: 8, color: GREY });
      p.t(p.right, 46, 'ÜCRET BORDROSU', { f: 'sansB', size: 13, align: 'right' });
      p.t(p.right, 59, 'Dönem: Ocak 2026', { size: 8, align: 'right' });
      hand(p, 330, 92, 'klantnr. K-100437', { size: 14 });
      p.at(110);
      p.kv(
        [
          ['Adı Soyadı', 'MURAT DOĞAN'],
          ['T.C. Kimlik No', '3847 1120 596'],
          ['SGK Sicil No', '20-1187-44'],
          ['Görevi', 'Depo sorumlusu (mevsimlik)'],
          ['İşe giriş tarihi', '05.01.2026'],
          ['Çalışılan gün', '26'],
        ],
        { labelW: 120, after: 8 },
      );
      p.table(
        [
          { h: 'Kazançlar', w: 180 },
          { h: 'Tutar (TL)', w: 80, r: true },
          { h: 'Kesintiler', w: 150 },
          { h: 'Tutar (TL)', w: 70, r: true },
        ],
        [
          ['Brüt ücret', '31.500,00', 'SGK işçi payı (%14)', '4.410,00'],
          ['Fazla mesai', '2.350,00', 'İşsizlik sig. (%1)', '338,50'],
          ['Yol yardımı', '1.200,00', 'Gelir vergisi', '2.791,40'],
          ['Yemek yardımı', '1.560,00', 'Damga vergisi', '256,90'],
          ['Toplam kazanç', '36.610,00', 'Toplam kesinti', '7.796,80'],
        ],
        { size: 8, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.kv([['NET ÖDENEN', '28.813,20 TL']], { f: 'sansB', labelW: 120, size: 10 });
      p.gap(16);
      p.t(p.left, p.y, 'İşveren kaşe / imza', { size: 8 });
      p.t(p.left + 280, p.y, 'İşçi imzası', { size: 8 });
      roundStamp(p, p.left + 60, p.y + 50, ['EGE TEKSTİL', 'A.Ş.', 'DENİZLİ'], [0.3, 0.3, 0.7]);
      hand(p, p.left + 280, p.y + 30, 'M. Doğan', { size: 15 });
      return d;
    },
  },
  {
    slug: 'tr-foto-itiraz-dilekcesi',
    type: 'objection',
    client: 'K-100115',
    language: 'tr',
    render: 'photo',
    label: 'photo of a handwritten Turkish objection petition',
    date: '2026-03-19',
    build: () =>
      personalLetter({
        sender: ['Mehmet Yılmaz', mehmet.street, mehmet.city, `Müşteri no: ${mehmet.clientNumber}`],
        to: ['Voorbeeld Belediyesi', 'İtiraz bölümü (bezwaar)'],
        date: '19.03.2026',
        subject: 'Konu: 4 Mart 2026 tarihli karara itiraz',
        ink: true,
        body: `Sayın yetkili,

4 Mart tarihli mektubunuzda Türkiye'deki evim
nedeniyle yardımımı durdurduğunuzu yazıyorsunuz.
O ev babamdan kaldı, 5 kardeşiz ve benim payım
sadece beşte bir. Ev köyde, satılması mümkün değil,
içinde annem oturuyor.

Tapu belgesini ve tercümesini ekte gönderiyorum.
Kararınızı geri almanızı rica ediyorum.

Saygılarımla,`,
        sign: 'M. Yılmaz',
      }),
  },
  {
    slug: 'tr-degisiklik-bildirimi-hamilelik-is',
    type: 'change_form',
    client: 'K-100325',
    language: 'tr',
    render: 'digital',
    label: 'Turkish letter reporting a pregnancy and a new part-time job',
    date: '2026-04-23',
    build: () =>
      personalLetter({
        sender: ['Emine Öztürk', emine.street, emine.city],
        date: 'Voorbeeld, 23 Nisan 2026',
        subject: 'Konu: Durum değişikliği bildirimi',
        font: 'sans',
        size: 10.5,
        body: `Sayın danışmanım,

BSN numaram ${emine.bsn}. Size iki değişikliği bildirmek istiyorum:

1. Hamileyim. Doğum tarihi Eylül 2026 başı olarak hesaplandı. Ebe (verloskundige) belgesini ekte gönderiyorum.

2. 1 Mayıs 2026 tarihinden itibaren bir fırında haftada 12 saat satış elemanı olarak çalışmaya başlıyorum. Sözleşmemi imzaladıktan sonra bir kopyasını getireceğim. İlk maaş bordromu da hemen teslim edeceğim.

Hamilelik nedeniyle iş arama yükümlülüğümün değişip değişmediğini de öğrenmek istiyorum.

Saygılarımla,`,
        sign: 'Emine Öztürk',
      }),
  },
  {
    slug: 'tr-fax-saglik-raporu-klinik',
    type: 'medical_statement',
    client: 'K-100269',
    language: 'tr',
    render: 'fax',
    label: "Turkish clinic's faxed medical report",
    date: '2026-02-27',
    author: 'OZEL SIFA TIP MERKEZI KONYA',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Özel Şifa Tıp Merkezi',
        sub: 'Dahiliye ve Fizik Tedavi Bölümü',
        lines: ['Mevlana Cad. No: 88, Konya · Faks +90 332 000 00 00'],
        style: 'center',
        color: [0, 0, 0],
      });
      p.at(120);
      p.ln('SAĞLIK RAPORU', { f: 'sansB', size: 14, align: 'center', after: 10 });
      p.kv(
        [
          ['Hasta adı soyadı', 'Zeynep Çelik'],
          ['Doğum tarihi', dmy(zeynep.birthDate, '.')],
          ['Protokol no', '2026/1143'],
          ['Muayene tarihi', '24.02.2026'],
        ],
        { labelW: 120, after: 10 },
      );
      p.p(`Yukarıda kimlik bilgileri yazılı hasta, Türkiye'de ailesini ziyareti sırasında 18.02.2026 tarihinde merkezimize başvurmuş, yapılan muayene ve tetkikler sonucunda bel fıtığı tanısı konulmuştur.

Hastanın 18.02.2026 – 20.03.2026 tarihleri arasında seyahat etmemesi ve istirahat etmesi uygundur. Bu süre sonunda kontrol muayenesi önerilir.

İş bu rapor hastanın isteği üzerine, ilgili kuruma verilmek üzere düzenlenmiştir.`);
      p.gap(10);
      p.ln('Uzm. Dr. Kemal Aksoy — Fizik Tedavi ve Rehabilitasyon Uzmanı', { size: 9.5 });
      hand(p, p.left, p.y + 20, 'K. Aksoy', { size: 16, color: [0, 0, 0] });
      roundStamp(p, 430, p.y + 10, ['ÖZEL ŞİFA', 'TIP MERKEZİ', 'KONYA'], [0, 0, 0]);
      return d;
    },
  },
  {
    slug: 'tr-foto-tatil-bildirimi-yanlis-bsn',
    type: 'holiday_notice',
    client: null,
    conflict: ['K-100381', 'K-100157'],
    language: 'tr',
    render: 'photo',
    label: "photo of a Turkish travel notice with the client's number and another client's BSN",
    date: '2026-06-08',
    build: () =>
      personalLetter({
        sender: ['Ali Şahin', ali.street, ali.city],
        date: '08.06.2026',
        subject: 'Konu: Yurt dışına çıkış bildirimi',
        ink: true,
        body: `Sayın yetkili,

Müşteri numaram ${ali.clientNumber}, BSN ${huseyin.bsn}.
Kuzenimin düğünü için 1 Temmuz – 22 Temmuz 2026
tarihleri arasında Türkiye'de (Kayseri) olacağım.
Toplam 3 hafta. Uçak biletimin kopyası ektedir.

Dönüşte pasaportumu getireceğim.

Teşekkürler,`,
        sign: 'Ali Şahin',
      }),
  },
  {
    slug: 'tr-eposta-sikayet-danisman',
    type: 'complaint',
    client: 'K-100500',
    language: 'tr',
    render: 'digital',
    label: 'printed Turkish e-mail complaint',
    date: '2026-05-18',
    author: 'Derya Arslan',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'derya.arslan65@mailbox.example',
        {
          from: 'Derya Arslan <derya.arslan65@mailbox.example>',
          to: 'klachten@gemeente-voorbeeld.example',
          date: 'Pzt, 18 May 2026 10:03',
          subject: 'Şikayet / klacht — müşteri no ' + derya.clientNumber,
        },
        `Merhaba,

Danışmanım hakkında şikayette bulunmak istiyorum. 12 Mayıs'taki görüşmede bana bağırdı ve "Hollandaca öğrenmezsen paranı keserim" dedi. Ben 61 yaşındayım, dizlerimden ameliyatlıyım ve dil kursuna gidiyorum ama yavaş ilerliyor.

Görüşmede kızım tercümanlık yaptı; o da aynı şeyi duydu. Başka bir danışman istiyorum ve bu olayın kayda geçirilmesini rica ediyorum.

Cevabı Türkçe ya da kızım anlasın diye İngilizce yazabilirsiniz.

Saygılarımla,
Derya Arslan
${derya.street}, Voorbeeld`,
        undefined,
        { from: 'Kimden:', to: 'Kime:', cc: 'Bilgi:', date: 'Tarih:', attach: 'Ekler:' },
      );
      return d;
    },
  },
  {
    slug: 'tr-borc-yardim-talebi',
    type: 'debt_notice',
    client: 'K-100213',
    language: 'tr',
    render: 'scan',
    label: 'Turkish letter asking for debt help, with the collection notices listed',
    date: '2026-03-13',
    build: () =>
      personalLetter({
        sender: ['Mustafa Aydın', mustafa.street, mustafa.city, `Müşteri numarası: ${mustafa.clientNumber}`, `BSN: ${mustafa.bsn}`],
        to: ['Gemeente Voorbeeld', 'Schuldhulpverlening (borç danışmanlığı)', 'Postbus 1234', '1230 AA Voorbeeld'],
        date: '13 Mart 2026',
        subject: 'Konu: Borçlarım için yardım talebi',
        body: `Sayın yetkili,

Son aylarda borçlarım arttı ve artık ödeyemiyorum. Aşağıdaki kurumlardan ihtarname (aanmaning) aldım:

– Stroomwijs Energie: 1.112,40 euro (elektrik ve doğalgaz)
– Zilverlinde Zorgverzekeringen: 446,85 euro (3 aylık prim)
– Incasso Noord B.V. (telefon şirketi adına): 389,00 euro
– CJIB: 2 trafik cezası, toplam 318,00 euro

İcra memurunun (deurwaarder) geleceğinden korkuyorum. Lütfen benimle bir randevu ayarlayın ve bir ödeme planı yapmama yardım edin. Tüm mektupların fotokopilerini ekte gönderiyorum.

Saygılarımla,`,
        sign: 'M. Aydın',
      }),
  },
  {
    slug: 'tr-avg-duzeltme-talebi-isim',
    type: 'other',
    client: 'K-100157',
    language: 'tr',
    render: 'digital',
    label: 'Turkish AVG request to correct a misspelt name and birth date',
    date: '2026-04-29',
    author: 'Hüseyin Kaya',
    build: () =>
      personalLetter({
        sender: ['Hüseyin Kaya', huseyin.street, huseyin.city],
        to: ['Gemeente Voorbeeld', 'Functionaris gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld'],
        date: 'Voorbeeld, 29 Nisan 2026',
        subject: 'Konu: Kişisel verilerimin düzeltilmesi talebi (AVG madde 16)',
        font: 'sans',
        size: 10.5,
        body: `Sayın yetkili,

Belediyeden gelen mektuplarda adım "Huseyn Kaja" olarak yazılıyor ve doğum tarihim yanlış kayıtlı. Doğru bilgiler şöyledir:

Adı soyadı: Hüseyin Kaya
Doğum tarihi: ${dmy(huseyin.birthDate, '.')}
BSN: ${huseyin.bsn}

Avrupa Veri Koruma Tüzüğü (AVG) madde 16 uyarınca bu bilgilerin tüm sistemlerinizde düzeltilmesini ve düzeltmenin yapıldığını bana yazılı olarak bildirmenizi talep ediyorum. Kimlik kartımı gişede gösterebilirim.

Saygılarımla,`,
        sign: 'Hüseyin Kaya',
      }),
  },
  {
    slug: 'tr-basvuru-sosyal-yardim-yeni',
    type: 'benefit_application',
    client: null,
    language: 'tr',
    render: 'scan',
    label: 'Turkish application for income support by someone not in the directory',
    date: '2026-01-26',
    note: 'stranger Gülsüm Karataş applies',
    build: () =>
      personalLetter({
        sender: ['Gülsüm Karataş', 'Lijsterstraat 31', '1236 KR Voorbeeld', `BSN: ${basvuruBsn}`],
        date: '26 Ocak 2026',
        subject: 'Konu: Sosyal yardım (bijstand) başvurusu',
        body: `Sayın yetkili,

Eşimden Aralık 2025'te boşandım ve iki çocuğumla (8 ve 11 yaşında) yeni bir eve taşındım. Eşim nafaka ödemiyor; avukatım bu konuda dava açtı. Benim bir işim yok, sadece çocuk parası (kinderbijslag) alıyorum.

Geçinmek için sosyal yardıma başvurmak istiyorum. Hollandacam iyi değil; görüşmede Türkçe tercüman olursa çok sevinirim.

Telefon: 06 55 10 28 47

Saygılarımla,`,
        sign: 'G. Karataş',
      }),
  },
];

export { footer, MAIL_EN };
