// Set I, Turkish documents.
import type { Spec } from '../spec.ts';
import { BLACK_INK, BLUE_INK, bankPage, C, Doc, GEMEENTE, GREY, handLines, notebook, scribble, signature } from './kit.ts';

const derya = C('K-100500');
const huseyin = C('K-100157');
const zeynep = C('K-100269');
const mehmet = C('K-100115');

export const TR: Spec[] = [
  {
    slug: 'tatil-bildirimi-turkiye',
    type: 'holiday_notice',
    client: derya.clientNumber,
    language: 'tr',
    render: 'scan',
    label: 'Handgeschreven Turkse melding van een verblijf in Turkije, met klantnummer, Derya Arslan',
    date: '2026-11-26',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 100, lh: 26, holes: true });
      handLines(
        p,
        [
          'Derya Arslan  K-100500',
          derya.street,
          '',
          'Sayın Belediye, Çalışma ve Gelir bölümü',
          '',
          "Annem Kayseri'de hastanede yatıyor, ona bakmak",
          "için Türkiye'ye gitmem gerekiyor. 12 Aralık'ta",
          "gidiyorum, 2 Ocak 2027'de dönüyorum. Toplam",
          '3 hafta. Uçak biletinin fotokopisi ektedir.',
          'Bu süre içinde postalarıma kızım bakacak.',
          '',
          'Saygılarımla,',
          'Derya Arslan',
        ],
        { top: 126, lh: 26, size: 14.5, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'itiraz-dilekcesi-kesinti',
    type: 'objection',
    client: huseyin.clientNumber,
    language: 'tr',
    render: 'scan',
    label: 'Getypt bezwaarschrift in het Turks tegen een terugvordering, met BSN, Hüseyin Kaya',
    date: '2026-11-24',
    build: () => {
      const d = new Doc();
      const p = d.page();
      for (const l of ['Hüseyin Kaya', huseyin.street, huseyin.city, `BSN: ${huseyin.bsn}`]) p.ln(l, { size: 10.5 });
      p.gap(12);
      for (const l of GEMEENTE) p.ln(l, { size: 10.5 });
      p.gap(12);
      p.ln('Voorbeeld, 24 Kasım 2026', { size: 10.5 });
      p.ln('Konu: İTİRAZ (bezwaar) – 15 Ekim 2026 tarihli karar', { f: 'sansB', size: 10.5, after: 8 });
      p.p(
        `Sayın yetkili,

15 Ekim 2026 tarihli kararınıza itiraz ediyorum. Bu kararda, Temmuz ve Ağustos aylarında çalıştığım için 1.140 Euro geri ödememi istiyorsunuz.

Bu işte sadece iki hafta çalıştım ve maaş bordrolarını size hemen gönderdim. Ayrıca bordrolardaki tutar net değil brüt olarak hesaplanmış. Gerçek net gelirim 612 Euro idi.

Kararın geri alınmasını ve benimle bir görüşme yapılmasını rica ediyorum. Gerekirse bir tercüman ile görüşmek isterim. Hollandaca mektupları tam anlayamıyorum.

Saygılarımla,`,
        { size: 10.5 },
      );
      signature(p, 'Hüseyin Kaya', { ink: BLACK_INK });
      p.ln('Ek: kararın fotokopisi, banka dökümü', { size: 9, color: GREY });
      return d;
    },
  },
  {
    slug: 'hastane-raporu-turkiye',
    type: 'medical_statement',
    client: zeynep.clientNumber,
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Medisch rapport van een Turks ziekenhuis met naam en geboortedatum, Zeynep Çelik',
    date: '2026-10-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 54, 'ÖZEL ANADOLU ŞİFA HASTANESİ', { f: 'sansB', size: 14, color: [0.1, 0.3, 0.55] });
      p.t(p.left, 68, 'İç Hastalıkları Polikliniği · Atatürk Bulvarı No: 41 · Konya', { size: 8, color: GREY });
      p.line(p.left, 76, p.right, 76, 0.8);
      p.at(100);
      p.ln('HASTA DURUM RAPORU', { f: 'sansB', size: 13, align: 'center', after: 10 });
      p.table(
        [
          { h: 'Hasta bilgileri', w: 160 },
          { h: '', w: 307 },
        ],
        [
          ['Adı Soyadı', 'ZEYNEP ÇELİK'],
          ['Doğum tarihi', '02.05.1981'],
          ['Protokol no', '2026/118842'],
          ['Yatış tarihi', '14.10.2026'],
          ['Taburcu tarihi', '27.10.2026'],
        ],
        { size: 9.5, grid: true, rowH: 19 },
      );
      p.p(
        `Tanı: Akut pankreatit.

Hasta 14.10.2026 tarihinde karın ağrısı şikayeti ile acil servise başvurmuş ve yatırılarak tedavi altına alınmıştır. Tedavi sonrası genel durumu iyileşmiş olup 27.10.2026 tarihinde taburcu edilmiştir. Hastanın uçakla seyahat etmesi 3 hafta süreyle sakıncalıdır. Kontrol muayenesi 10.11.2026 tarihinde yapılacaktır.

Bu rapor hastanın isteği üzerine düzenlenmiştir.`,
        { size: 10 },
      );
      p.gap(8);
      p.ln('Uzm. Dr. Ayşe Karaman', { f: 'sansB' });
      p.ln('İç Hastalıkları Uzmanı · Dip. tescil no 88412');
      p.stamp(430, 620, ['ÖZEL ANADOLU ŞİFA', 'HASTANESİ', 'BAŞHEKİMLİK'], { rot: -10, color: [0.15, 0.2, 0.6], size: 9 });
      return d;
    },
  },
  {
    slug: 'turk-banka-hesap-ozeti',
    type: 'bank_statement',
    client: mehmet.clientNumber,
    language: 'tr',
    render: 'scan',
    label: 'Rekeningafschrift van een Turkse bank met huurinkomsten, met klantnummer in pen, Mehmet Yilmaz',
    date: '2026-11-15',
    build: () => {
      const d = new Doc();
      const p = d.page();
      bankPage(p, {
        bank: 'Ege Yatırım Bankası',
        color: [0.55, 0.1, 0.1],
        title: 'HESAP ÖZETİ',
        holder: ['MEHMET YILMAZ', 'Cumhuriyet Mah. 14. Sok. No: 7', 'Yozgat / TÜRKİYE'],
        account: 'TR33 0006 1005 1978 6457 8413 26 (TL vadesiz)',
        period: '01.07.2026 - 31.10.2026',
        page: 1,
        pages: 1,
        cols: ['Tarih', 'Açıklama', 'Borç', 'Alacak'],
        start: 'Devreden bakiye 18.420,55 TL',
        rows: [
          ['05.07.2026', 'KİRA GELİRİ - A. DEMİR', '', '6.500,00'],
          ['12.07.2026', 'ELEKTRİK FATURASI', '412,30', ''],
          ['05.08.2026', 'KİRA GELİRİ - A. DEMİR', '', '6.500,00'],
          ['20.08.2026', 'EMLAK VERGİSİ', '1.240,00', ''],
          ['05.09.2026', 'KİRA GELİRİ - A. DEMİR', '', '6.500,00'],
          ['05.10.2026', 'KİRA GELİRİ - A. DEMİR', '', '6.500,00'],
          ['18.10.2026', 'ATM PARA ÇEKME', '2.000,00', ''],
        ],
        end: 'Bakiye 40.768,25 TL',
      });
      scribble(p, 330, 90, ['K-100115', 'Türkiye ev kira'], { rot: 4, size: 14 });
      return d;
    },
  },
];
