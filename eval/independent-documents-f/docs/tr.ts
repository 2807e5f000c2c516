// Turkish post: letters typed on a phone or written by hand, a son writing for his mother,
// a request to see one's file.
import { OAK, type Spec } from '../spec.ts';
import { BLUE_INK, C, clientLetter, Doc, dmy, emailOf, GEMEENTE, handLines, notebook, scribble, signature } from './kit.ts';

export const TR: Spec[] = [
  {
    slug: 'tr-esim-ise-basladi',
    type: 'change_form',
    client: 'K-100437',
    language: 'tr',
    render: 'scan',
    label: 'Turkse brief: echtgenote is gaan werken',
    date: '2026-11-26',
    build: () => {
      const c = C('K-100437');
      const d = new Doc('sans', 11);
      const p = d.page();
      clientLetter(p, {
        from: [`${c.first} ${c.last}`, c.street, '1238 LC Voorbeeld'],
        place: 'Voorbeeld, 26.11.2026',
        subject: 'Konu: Eşimin işe başlaması / wijziging inkomen',
      });
      p.p(
        `Sayın yetkili,\n\nMüşteri numaram ${c.clientNumber}. Size bildirmek istiyorum ki eşim Sevgül Doğan 16 Kasım 2026 tarihinden itibaren bir temizlik şirketinde çalışmaya başladı. Haftada 12 saat çalışıyor, akşamları ofis temizliği yapıyor. Şirketin adı Glansrijk Schoonmaakdiensten.\n\nİlk maaş bordrosunu (loonstrook) Aralık ayında alacak, gelince hemen size göndereceğim. Sözleşmesinin fotokopisini bu mektuba ekledim.\n\nBizim yardım parası bu yüzden değişecek mi? Ne kadar kesilecek? Türkçe veya basit Hollandaca cevap verirseniz çok memnun olurum. Oğlum da okuyabilir.\n\nSaygılarımla,`,
      );
      p.gap(6);
      signature(p, `${c.first} ${c.last}`);
      return d;
    },
  },
  {
    slug: 'tr-is-basvurularim-foto',
    type: 'job_application_proof',
    client: 'K-100381',
    language: 'tr',
    render: 'photo',
    table: OAK,
    label: 'Foto van handgeschreven Turks overzicht van sollicitaties',
    date: '2026-11-29',
    build: () => {
      const c = C('K-100381');
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 60, lh: 26, margin: false });
      handLines(
        p,
        [
          'Kasım ayı iş başvurularım',
          `Ali Şahin  -  ${c.clientNumber}`,
          '',
          '2/11  Jumbo dağıtım merkezi - internetten - cevap yok',
          '5/11  Tempo-Team uitzendbureau - gittim kayıt oldum',
          '9/11  Bakkerij Vermolen - telefon - hayır dediler',
          '13/11  PostNL sorteerder - internet - mülakat 20/11',
          '20/11  PostNL mülakat yaptım, bekliyorum',
          '24/11  Kebab salonu Antalya - elden CV verdim',
          '27/11  Coolblue bezorger - rijbewijs lazım, yok',
          '',
          'e-postaları telefonda, isterseniz gösterebilirim',
        ],
        { top: 82, lh: 26, size: 15, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'tr-annem-icin-izin-bildirimi',
    type: 'holiday_notice',
    client: null,
    conflict: ['K-100157', 'K-100500'],
    language: 'tr',
    render: 'scan',
    crumple: 1,
    label: 'Zoon meldt in het Turks vakantie van zijn moeder; eigen klantnummer en BSN moeder',
    date: '2026-11-27',
    build: () => {
      const s = C('K-100157');
      const m = C('K-100500');
      const d = new Doc('sans', 11);
      const p = d.page();
      clientLetter(p, {
        from: [`${s.first} ${s.last}`, s.street, '1237 VK Voorbeeld', emailOf(s.clientNumber)],
        place: 'Voorbeeld, 27 Kasım 2026',
        subject: 'Konu: Annemin Türkiye seyahati (vakantiemelding)',
      });
      p.p(
        `Merhaba,\n\nBu mektubu annem ${m.first} ${m.last} için yazıyorum, kendisi Hollandaca yazamıyor. Annemin BSN numarası: ${m.bsn}.\n\nAnnemin kız kardeşi Kayseri'de ameliyat olacak ve annem ona bakmak için Türkiye'ye gidecek. Gidiş tarihi 8 Aralık 2026, dönüş tarihi 3 Ocak 2027. Uçak biletinin kopyası ektedir.\n\nBildiğim kadarıyla yılda 4 hafta yurt dışına gidebiliyor. Bu 26 gün ediyor. Eğer bir sorun varsa lütfen bana haber verin. Ben de sizin müşterinizim, numaram ${s.clientNumber}, telefonum 06-44 12 90 31.\n\nTeşekkürler,`,
      );
      p.gap(6);
      signature(p, `${s.first} ${s.last}`);
      return d;
    },
  },
  {
    slug: 'tr-avg-dosya-talebi',
    type: 'other',
    client: 'K-100115',
    language: 'tr',
    render: 'scan',
    label: 'AVG-inzageverzoek in het Turks: kopie van het hele dossier',
    date: '2026-11-24',
    build: () => {
      const c = C('K-100115');
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetter(p, {
        from: [`${c.first} ${c.last}`, c.street, '1230 LK Voorbeeld'],
        place: 'Voorbeeld, 24.11.2026',
        subject: 'Konu: Kişisel verilerime erişim talebi (AVG artikel 15 - inzageverzoek)',
      });
      p.p(
        `Sayın Belediye,\n\nAvrupa Genel Veri Koruma Tüzüğü (AVG/GDPR) madde 15'e dayanarak, belediyenizin hakkımda işlediği tüm kişisel verilerin bir kopyasını talep ediyorum.\n\nÖzellikle şunları istiyorum:\n- Werk en Inkomen dosyamın tamamı (2019'dan bugüne),\n- danışmanların hakkımda yazdığı notlar ve raporlar,\n- verilerimin kimlerle paylaşıldığı (UWV, Belastingdienst, başka kurumlar),\n- ev ziyareti raporu (Mart 2026).\n\nKimliğimi doğrulamak için: müşteri numaram ${c.clientNumber}, doğum tarihim ${dmy(c.birthDate, '.')}. Cevabı yasal süre olan bir ay içinde, posta ile adresime göndermenizi rica ederim.\n\nSaygılarımla,`,
      );
      p.gap(6);
      signature(p, `${c.first} ${c.last}`);
      return d;
    },
  },
  {
    slug: 'tr-elektrik-kesilecek',
    type: 'debt_notice',
    client: 'K-100325',
    language: 'tr',
    render: 'scan',
    crumple: 2,
    label: 'Turkse brief aan schuldhulp: energieleverancier dreigt af te sluiten',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100325');
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 80, lh: 24, holes: true });
      handLines(
        p,
        [
          'Borç yardımı (schuldhulp) bölümüne',
          '',
          `Adım Emine Öztürk, müşteri no ${c.clientNumber}`,
          '',
          'Elektrik şirketi Zuidstroom mektup gönderdi, 1.260 euro',
          'borcum var diyorlar ve 14 Aralıkta elektriği kesecekler.',
          'Kışın çocuklarla elektriksiz kalamam. Her ay 60 euro',
          'ödeyebilirim ama onlar hepsini istiyor. Ayrıca Zekerzorg',
          've telefon borcu da var. Lütfen bana yardım edin,',
          'randevu verin. Mektubu da ekledim.',
          '',
          'tel: 06 - 17 55 20 48',
          '',
          'Teşekkürler, Emine',
        ],
        { top: 104, lh: 24, size: 14.5, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'tr-bezwaar-camasir-makinesi',
    type: 'objection',
    client: 'K-100269',
    language: 'tr',
    render: 'scan',
    label: 'Turks bezwaar tegen afwijzing bijzondere bijstand wasmachine',
    date: '2026-11-28',
    build: () => {
      const c = C('K-100269');
      const d = new Doc('sans', 11);
      const p = d.page();
      clientLetter(p, {
        from: [`${c.first} ${c.last}`, c.street, '1234 GG Voorbeeld'],
        to: [...GEMEENTE.slice(0, 1), 'Team Bezwaar en Beroep', ...GEMEENTE.slice(2)],
        place: 'Voorbeeld, 28 Kasım 2026',
        subject: 'BEZWAAR / İTİRAZ — 2 Kasım 2026 tarihli karar',
      });
      p.p(
        `Sayın yetkili,\n\nBSN: ${c.bsn}\n\n2 Kasım 2026 tarihli kararınıza itiraz ediyorum. Çamaşır makinem için özel yardım (bijzondere bijstand) istedim, siz reddettiniz. Sebep olarak "bunun için para biriktirmeniz gerekirdi" yazmışsınız.\n\nAma ben üç çocukla yalnız yaşıyorum ve yardım parası ancak kira, elektrik ve yemeğe yetiyor. Para biriktirmek mümkün değil. Eski makine Eylül'de bozuldu, tamirci tamir edilemez dedi (fatura ekte). Şimdi çamaşırları elde yıkıyorum, en küçük çocuğum 2 yaşında.\n\nLütfen kararınızı tekrar gözden geçirin. Gerekirse bir görüşmeye gelebilirim, tercüman isterim.\n\nSaygılarımla,`,
      );
      p.gap(6);
      signature(p, 'Z. Çelik');
      scribble(p, 360, 760, ['2 bijlagen'], { rot: 0, size: 12 });
      return d;
    },
  },
  {
    slug: 'tr-zorgtoeslag-geri-odeme',
    type: 'tax_document',
    client: 'K-100157',
    language: 'tr',
    render: 'digital',
    label: 'Turkse brief over terugvordering zorgtoeslag, vanaf telefoon als PDF',
    date: '2026-11-23',
    build: () => {
      const c = C('K-100157');
      const d = new Doc('sans', 11);
      const p = d.page();
      p.at(50);
      p.ln(`${c.first} ${c.last}`, { f: 'sansB', size: 12 });
      p.ln(`BSN ${c.bsn}`, { size: 11 });
      p.ln(c.street, { size: 11, after: 16 });
      p.ln('Gemeente Voorbeeld, Werk en Inkomen', { size: 11, after: 16 });
      p.ln('Belastingdienst Toeslagen mektubu hakkında', { f: 'sansB', size: 12, after: 10 });
      p.p(
        'Merhaba,\n\nBelastingdienst/Toeslagen\'den "Definitieve berekening zorgtoeslag 2025" diye bir mektup geldi. 2025 yılında fazla zorgtoeslag almışım, 684 euro geri ödemem gerekiyormuş. Sebebi 2025 yazında birkaç ay uitzendbureau ile çalışmış olmam.\n\nMektubun fotoğrafını ekledim. Bu parayı nasıl ödeyeceğim? Belediye bunu yardımdan kesebilir mi, yoksa Belastingdienst ile kendim mi ayarlamam gerekiyor? Taksit (betalingsregeling) yapabilir miyim?\n\nDanışmanımın bunu bilmesini istiyorum çünkü o zaman belediyeye de gelirimi bildirmiştim.\n\nTeşekkürler\nHüseyin',
      );
      return d;
    },
  },
];
