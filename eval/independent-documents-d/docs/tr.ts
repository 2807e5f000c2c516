// Turkish post: letters typed and handwritten by clients, a payslip of a Turkish-owned employer, a doctor's report.
import { DARK, OAK, type Spec } from '../spec.ts';
import { BLACK_INK, BLUE_INK, C, clientLetter, Doc, euro, GREY, handLines, notebook, scribble } from './kit.ts';

const mehmet = C('K-100115');
const mustafa = C('K-100213');
const zeynep = C('K-100269');
const murat = C('K-100437');
const derya = C('K-100500');
const emine = C('K-100325');
const ali = C('K-100381');
const huseyin = C('K-100157');

export const TR: Spec[] = [
  {
    slug: 'tr-maas-bordrosu-firin',
    type: 'payslip',
    client: mehmet.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Turkse loonstrook (maaş bordrosu) van een bakkerij',
    date: '2026-10-31',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 54, 'Anadolu Fırın & Pastane B.V.', { f: 'sansB', size: 14, color: [0.6, 0.15, 0.1] });
      p.t(p.left, 68, 'Stationsweg 40 · 1235 AB Voorbeeld', { size: 8.5, color: GREY });
      p.at(94);
      p.ln('MAAŞ BORDROSU / LOONSTROOK — Ekim 2026', { f: 'sansB', size: 12, after: 8 });
      p.kv(
        [
          ['Çalışan / Werknemer', 'Mehmet Yılmaz'],
          ['BSN', mehmet.bsn],
          ['Görev', 'fırın yardımcısı (gece)'],
          ['Haftalık saat', '20'],
        ],
        { labelW: 140 },
      );
      p.table(
        [
          { h: 'Açıklama', w: 240 },
          { h: 'Saat', w: 50, r: true },
          { h: 'Tutar (€)', w: 90, r: true },
        ],
        [
          ['Brüt maaş (uurloon 14,40)', '86', euro(86 * 14.4)],
          ['Gece zammı 30%', '86', euro(86 * 14.4 * 0.3)],
          ['Vergi kesintisi (loonheffing)', '', '-' + euro(102.4)],
          ['Emeklilik primi', '', '-' + euro(44.1)],
          ['Net ödenen', '', euro(86 * 14.4 * 1.3 - 102.4 - 44.1)],
        ],
        { size: 9, grid: true },
      );
      p.p('Ödeme tarihi: 30-10-2026. Tatil parası (vakantiegeld) Mayıs ayında ödenir.', { size: 9 });
      return d;
    },
  },
  {
    slug: 'tr-itiraz-el-yazisi',
    type: 'objection',
    client: mustafa.clientNumber,
    language: 'tr',
    render: 'photo',
    table: OAK,
    label: 'handgeschreven Turks bezwaar tegen terugvordering',
    date: '2026-11-05',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { lh: 24, top: 80, holes: true });
      handLines(
        p,
        [
          'Belediye Voorbeeld - Bezwaar bölümü',
          `Mustafa Aydın   müşteri no: ${mustafa.clientNumber}`,
          '',
          'İTİRAZ (BEZWAAR)',
          '',
          '27 Ekim 2026 tarihli mektubunuza itiraz ediyorum.',
          'Benden 960 euro geri istiyorsunuz çünkü oğlum',
          'yazın tatil işinde çalışmış. Oğlum 17 yaşında ve',
          'okula gidiyor, bu para onun kendi parası.',
          'Ben bunu danışmanıma söylemiştim, bana',
          '"öğrenci işi sorun değil" dedi.',
          'Kararın iptal edilmesini istiyorum.',
          'Türkçe tercüman ile görüşmek isterim.',
          '',
          '5.11.2026        M. Aydın',
        ],
        { top: 102, lh: 24, size: 14, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'tr-hamilelik-bildirimi',
    type: 'change_form',
    client: zeynep.clientNumber,
    language: 'tr',
    render: 'digital',
    author: 'Zeynep',
    label: 'Turkse brief: zwangerschap melden',
    date: '2026-10-19',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Zeynep Çelik', `doğum tarihi: 02.05.1981`, zeynep.street, zeynep.city],
        place: 'Voorbeeld, 19 Ekim 2026',
        subject: 'Konu: hamilelik bildirimi / zwangerschap',
      });
      p.p(`Sayın yetkili,

Size hamile olduğumu bildirmek istiyorum. Doğum tarihi tahminen 14 Nisan 2027. Ebe (verloskundige) belgesini ekte gönderiyorum.

Doktorum bana ağır işlerden kaçınmamı söyledi. Şu an katıldığım iş deneme programında (werkervaringsplaats) depoda kutu taşıyorum. Bu işi değiştirmek veya durdurmak mümkün mü?

Ayrıca bebek doğduktan sonra yardımın (uitkering) nasıl değişeceğini öğrenmek istiyorum.

Saygılarımla,
Zeynep Çelik`);
      return d;
    },
  },
  {
    slug: 'tr-yurtdisi-tatil-formu',
    type: 'holiday_notice',
    client: murat.clientNumber,
    language: 'tr',
    render: 'scan',
    label: 'Turks briefje op formulier: verblijf in Turkije 3 weken, met BSN',
    date: '2026-11-12',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.ln('Yurtdışına çıkış bildirimi', { f: 'sansB', size: 14, after: 10 });
      p.kv(
        [
          ['Ad Soyad', 'Murat Doğan'],
          ['BSN', murat.bsn],
          ['Adres', `${murat.street}, ${murat.city}`],
          ['Ülke / şehir', 'Türkiye, Kayseri'],
          ['Gidiş', '10 Aralık 2026'],
          ['Dönüş', '31 Aralık 2026'],
          ['Sebep', 'annem ameliyat olacak, ona bakacağım'],
        ],
        { labelW: 110, lh: 20 },
      );
      p.p(`Belediyeye,

Yukarıdaki tarihlerde Türkiye'de olacağım. Eşim benimle gelmiyor, evde kalıyor. Uçak biletinin kopyası ektedir. Döndüğümde pasaportumu getireceğim.

Teşekkürler.`);
      p.t(p.left, p.y + 16, 'M. Doğan', { f: 'hand', size: 17, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'tr-doktor-raporu-fax',
    type: 'medical_statement',
    client: derya.clientNumber,
    language: 'tr',
    render: 'fax',
    faxHeader: '28-10-2026 12:40  OZEL SIFA TIP MERKEZI  +90 352 000 1144',
    label: 'Turks doktersrapport uit Turkije gefaxt: ziek tijdens verblijf',
    date: '2026-10-28',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.ln('ÖZEL ŞİFA TIP MERKEZİ', { f: 'sansB', size: 14, align: 'center', after: 2 });
      p.ln('Talas / Kayseri', { align: 'center', size: 9, after: 14 });
      p.ln('DOKTOR RAPORU', { f: 'sansB', size: 13, align: 'center', after: 10 });
      p.kv(
        [
          ['Hasta adı soyadı', 'Derya Arslan'],
          ['Doğum tarihi', '05.06.1965'],
          ['Protokol no', '2026/44810'],
        ],
        { labelW: 130 },
      );
      p.p(`Yukarıda kimliği yazılı hasta 24.10.2026 tarihinde merkezimize başvurmuş olup yapılan muayene ve tetkikler sonucunda sağ ayak bileğinde kırık tespit edilmiştir. Alçı uygulanmıştır.

Hastanın 6 (altı) hafta süreyle istirahati ve bu süre içinde uçak yolculuğu yapmaması uygundur. Kontrol muayenesi 10 gün sonra yapılacaktır.

İş bu rapor hastanın isteği üzerine düzenlenmiştir.`);
      p.gap(16);
      p.ln('Uzm. Dr. Kemal Öztaş – Ortopedi ve Travmatoloji', { align: 'right' });
      p.ln('Dip. Tescil No: 88172', { align: 'right', size: 9 });
      return d;
    },
  },
  {
    slug: 'tr-sikayet-eposta',
    type: 'complaint',
    client: emine.clientNumber,
    language: 'tr',
    render: 'digital',
    author: 'Emine Öztürk',
    label: 'Turkse klacht per e-mail: documenten kwijtgeraakt',
    date: '2026-11-09',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 50;
      p.right = 545;
      p.t(p.left, 40, 'Outlook', { f: 'sansB', size: 12, color: [0, 0.35, 0.7] });
      p.line(p.left, 48, p.right, 48, 0.5, GREY);
      p.at(60);
      p.ln('Şikayet – belgelerim kayboldu', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Kimden:', 'Emine Öztürk <emine.ozturk@example.com>'],
          ['Kime:', 'klachten@gemeente-voorbeeld.example'],
          ['Tarih:', '9 Kasım 2026 Pazartesi 08:14'],
        ],
        { labelW: 60, size: 9, after: 8 },
      );
      p.p(`Merhaba,

Ben Emine Öztürk, müşteri numaram ${emine.clientNumber}. Bu bir şikayettir.

Eylül ayında banka dökümlerimi ve kira sözleşmemi belediyenin bankosuna elden teslim ettim. Şimdi bana belgeleri göndermediğim için yardımımın durdurulabileceği yazıyor. Belgeleri ikinci kez gönderdim, ama bana hiçbir alındı belgesi verilmedi.

Bu durum beni çok üzdü ve korkuttu. İki çocuğum var. Belgelerin neden kaybolduğunu ve bundan sonra teslim ettiğim her şey için alındı almayı istiyorum.

Saygılarımla,
Emine Öztürk`);
      return d;
    },
  },
  {
    slug: 'tr-kvkk-dosya-inceleme',
    type: 'other',
    client: ali.clientNumber,
    language: 'tr',
    render: 'scan',
    label: 'Turks AVG-verzoek om inzage in dossier en correctie telefoonnummer',
    date: '2026-10-22',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetter(p, {
        from: ['Ali Şahin', ali.street, ali.city, `Müşteri no: ${ali.clientNumber}`],
        place: 'Voorbeeld, 22.10.2026',
        subject: 'Konu: kişisel verilerime erişim talebi (AVG madde 15 ve 16)',
      });
      p.p(`Sayın yetkili,

AVG (Avrupa veri koruma yönetmeliği) kapsamında, Werk en Inkomen bölümünün benim hakkımda tuttuğu tüm kişisel verilerin bir kopyasını istiyorum. Özellikle danışmanımın görüşme notlarını ve ev ziyareti raporunu görmek istiyorum.

Ayrıca dosyamdaki telefon numarası yanlış. Doğru numaram: 06 4409 1172. Lütfen düzeltin.

Cevabı posta ile göndermenizi rica ederim.

Saygılarımla,`);
      p.t(p.left, p.y + 14, 'Ali Şahin', { f: 'hand', size: 17, color: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'tr-esim-ise-basladi-iki-numara',
    type: 'change_form',
    client: null,
    conflict: [murat.clientNumber, derya.clientNumber],
    language: 'tr',
    render: 'photo',
    table: DARK,
    label: 'handgeschreven Turks briefje: man (klantnummer) meldt dat vrouw (BSN) werkt',
    date: '2026-11-23',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { lh: 25, top: 80, margin: false });
      handLines(
        p,
        [
          'Belediyeye',
          '',
          `Murat Doğan  müşteri no ${murat.clientNumber}`,
          '',
          'Eşim Derya Arslan (BSN ' + derya.bsn + ')',
          '16 Kasım’dan beri bir temizlik şirketinde',
          'çalışmaya başladı. Haftada 12 saat.',
          'Maaş bordrosu gelince getireceğiz.',
          '',
          'Saygılar   Murat',
        ],
        { top: 104, lh: 25, size: 14.5, ink: BLACK_INK, x: 50 },
      );
      return d;
    },
  },
  {
    slug: 'tr-borc-yardim-talebi',
    type: 'debt_notice',
    client: huseyin.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 2,
    label: 'Turkse brief: verzoek om schuldhulp, met incassobrief genoemd',
    date: '2026-11-17',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.ln('Schuldhulpverlening ekibine', { f: 'sansB', after: 8 });
      p.kv(
        [
          ['Ad soyad', 'Hüseyin Kaya'],
          ['Doğum tarihi', '23-05-1998'],
        ],
        { labelW: 100 },
      );
      p.p(`Merhaba,

Borçlarım için yardım istiyorum. Telefon faturaları, sağlık sigortası ve bir kredi kartı borcum var, toplam yaklaşık 3.700 euro. Geçen hafta bir icra memurundan (deurwaarder) mektup geldi, maaşıma haciz koyacaklarını yazıyorlar.

Artık ödeyemiyorum ve geceleri uyuyamıyorum. Bütün mektupları bir dosyada topladım, randevu verirseniz getiririm.

Telefon: 06 2284 6610

Teşekkürler,
Hüseyin Kaya`);
      scribble(p, 320, 560, ['acil!'], { rot: 8, size: 18, ink: [0.7, 0.1, 0.1] });
      return d;
    },
  },
];
