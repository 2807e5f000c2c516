// Polish post: an agency's bilingual payslip, a handwritten change of address, a room rental
// contract between Polish workers, a tax letter of someone the municipality does not know.
import { OAK, type Spec } from '../spec.ts';
import { BLUE_INK, C, clientLetter, Doc, dmy, field, GREY, handLines, notebook, payslip, signature, strangerBsn } from './kit.ts';

export const PL: Spec[] = [
  {
    slug: 'pl-pasek-wyplaty-agencja',
    type: 'payslip',
    client: 'K-100283',
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Tweetalige loonstrook (Pools/Nederlands) van uitzendbureau',
    date: '2026-11-27',
    build: () => {
      const c = C('K-100283');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Godziny normalne / Uren normaal', '38,00', 38 * 14.4],
        ['Nadgodziny 130% / Overuren', '6,00', 6 * 14.4 * 1.3],
        ['Dodatek zmianowy / Ploegentoeslag', '', 41.04],
        ['Zakwaterowanie / Huisvesting (SNF)', '', -113.45],
        ['Ubezpieczenie zdrowotne / Zorgverzekering', '', -37.2],
        ['Podatek / Loonheffing', '', -28.3],
        ['Transport do pracy / Vervoer', '', -15],
      ];
      payslip(p, {
        band: [0.15, 0.45, 0.2],
        title: 'PASEK WYPŁATY / LOONSTROOK',
        employer: ['EuroFlex Personeel B.V.', 'Biuro polskie / Pools kantoor · Havenweg 12 · 1238 AZ Voorbeeld · tel. 0299-208 800'],
        who: [
          ['Imię i nazwisko', `${c.first} ${c.last}`],
          ['BSN', c.bsn],
          ['Nr pracownika', 'EF-77291'],
          ['Data urodzenia', dmy(c.birthDate, '.')],
        ],
        period: [
          ['Tydzień / Week', '47 (2026)'],
          ['Klient / Inlener', 'Kwekerij Van der Zon'],
          ['Faza / Fase', 'A'],
        ],
        lines,
        net: Math.round(lines.reduce((a, l) => a + l[2], 0) * 100) / 100,
        foot: 'W razie pytań zadzwoń do swojego koordynatora. Bij vragen: bel uw coördinator.',
      });
      return d;
    },
  },
  {
    slug: 'pl-zmiana-adresu-odrecznie',
    type: 'change_form',
    client: 'K-100339',
    language: 'pl',
    render: 'scan',
    label: 'Handgeschreven Poolse melding verhuizing',
    date: '2026-11-27',
    build: () => {
      const c = C('K-100339');
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 70, lh: 24, holes: true });
      handLines(
        p,
        [
          'Voorbeeld, 27.11.2026',
          '',
          'Do Gminy Voorbeeld, Werk en Inkomen',
          '',
          'Dzień dobry,',
          'chciałam zgłosić zmianę adresu. Od 1 grudnia 2026',
          'mieszkam pod nowym adresem:',
          '      Wilhelminapark 22, 1235 TL Voorbeeld',
          'Stary adres: Spoorlaan 72. Wynajmuję mieszkanie razem',
          'z córką (8 lat), nikt inny z nami nie mieszka.',
          'Umowę najmu dołączam. Czynsz 720 euro.',
          'Proszę o zmianę adresu do korespondencji.',
          '',
          'Z poważaniem',
          'Katarzyna Zielińska',
          `BSN: ${c.bsn}`,
        ],
        { top: 94, lh: 24, size: 14.5, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'pl-belastingdienst-obca-osoba',
    type: 'tax_document',
    client: null,
    language: 'pl',
    render: 'scan',
    label: "Poolse vraag met voorlopige aanslag van iemand die geen cliënt is (2 pagina's)",
    date: '2026-11-25',
    build: () => {
      const bsn = strangerBsn('f-bak');
      const d = new Doc('sans', 11);
      const p = d.page();
      clientLetter(p, {
        from: ['Krzysztof Bąk', 'Industrieweg 4 kamer 12', '1236 KM Voorbeeld'],
        place: 'Voorbeeld, 25 listopada 2026',
        subject: 'Dotyczy: list z Belastingdienst',
      });
      p.p(
        'Szanowni Państwo,\n\ndostałem list z Belastingdienst, którego nie rozumiem (kopia w załączniku). Kolega powiedział, że gmina może pomóc. Pracuję przez agencję od marca, nie mam zasiłku z gminy. Czy muszę coś zapłacić? Czy to jest kara?\n\nPo polsku albo po angielsku proszę.\n\nDziękuję bardzo,',
      );
      signature(p, 'Krzysztof Bąk');
      const q = d.page();
      q.t(q.left, 56, 'Belastingdienst', { f: 'sansB', size: 17, color: [0.0, 0.2, 0.45] });
      q.at(120);
      q.ln('K. Bąk', { size: 10 });
      q.ln('Industrieweg 4 kamer 12', { size: 10 });
      q.ln('1236 KM VOORBEELD', { size: 10, after: 30 });
      q.ln('Voorlopige aanslag inkomstenbelasting 2027', { f: 'sansB', size: 12, after: 6 });
      q.kv(
        [
          ['Burgerservicenummer', bsn],
          ['Aanslagnummer', `${bsn}.H.76.01`],
          ['Dagtekening', '13 november 2026'],
        ],
        { size: 9, labelW: 130, lf: 'sansB', after: 10 },
      );
      q.p(
        'U krijgt deze voorlopige aanslag omdat u in 2027 naar verwachting belasting moet betalen die niet via uw werkgever wordt ingehouden. Wij hebben uw inkomen geschat op basis van uw aangifte over 2025.\n\nU moet € 1.236 betalen in 11 termijnen van € 112 (eerste termijn € 116), vanaf 28 februari 2027.\n\nVindt u de schatting niet juist? Pas de voorlopige aanslag dan aan via Mijn Belastingdienst.',
        { size: 9.5 },
      );
      q.ln('— pagina 1 van 2 van de aanslag —', { size: 8, color: GREY });
      return d;
    },
  },
  {
    slug: 'pl-umowa-najmu-pokoju-dwie-osoby',
    type: 'rental_agreement',
    client: null,
    conflict: ['K-100395', 'K-100227'],
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Poolse huurovereenkomst kamer voor twee huurders, beiden cliënt',
    date: '2026-11-20',
    build: () => {
      const a = C('K-100395');
      const b = C('K-100227');
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.at(50);
      p.ln('UMOWA NAJMU POKOJU', { f: 'serifB', size: 15, align: 'center', after: 4 });
      p.ln('(huurovereenkomst kamer)', { size: 9, align: 'center', color: GREY, after: 14 });
      p.p(
        `zawarta w dniu 20 listopada 2026 r. w Voorbeeld pomiędzy:\n\nWynajmującym: Andrzej Nowicki, zam. Beatrixstraat 40, 1233 TT Voorbeeld,\n\na Najemcami:\n1. ${a.first} ${a.last}, ur. ${dmy(a.birthDate, '.')},\n2. ${b.first} ${b.last}, ur. ${dmy(b.birthDate, '.')}.`,
      );
      const pars = [
        '§1. Wynajmujący oddaje Najemcom do używania pokój nr 2 (ok. 18 m²) w mieszkaniu przy Beatrixstraat 40, wraz z prawem do korzystania z kuchni, łazienki i ogródka.',
        '§2. Umowa zostaje zawarta na czas nieokreślony, od dnia 1 grudnia 2026 r. Okres wypowiedzenia wynosi 1 miesiąc.',
        '§3. Czynsz wynosi 650 euro miesięcznie za pokój (razem za dwie osoby), płatny z góry do 1. dnia każdego miesiąca na konto Wynajmującego. W czynszu są media (prąd, gaz, woda, internet).',
        '§4. Najemcy wpłacają kaucję w wysokości 650 euro. Kaucja zostanie zwrócona po zakończeniu najmu.',
        '§5. Najemcy mogą zameldować się pod tym adresem (inschrijving BRP).',
        '§6. Zakaz palenia w mieszkaniu. Goście na noc tylko po uzgodnieniu.',
      ];
      for (const t of pars) p.p(t, { after: 4 });
      p.gap(20);
      const y = p.y;
      field(p, p.left, y, 140, 'Wynajmujący', 'A. Nowicki');
      field(p, p.left + 170, y, 140, 'Najemca 1', 'M. Wójcik');
      field(p, p.left + 330, y, 137, 'Najemca 2', 'A. Wiśniewska');
      return d;
    },
  },
  {
    slug: 'pl-wyjazd-swieta-foto',
    type: 'holiday_notice',
    client: 'K-100171',
    language: 'pl',
    render: 'photo',
    table: OAK,
    label: 'Foto van Poolse handgeschreven vakantiemelding (kerst in Polen)',
    date: '2026-11-29',
    build: () => {
      const c = C('K-100171');
      const d = new Doc('sans', 10);
      const p = d.page();
      handLines(
        p,
        [
          'Gmina Voorbeeld',
          'Werk en Inkomen',
          '',
          `Piotr Nowak   nr klienta ${c.clientNumber}`,
          c.street,
          '',
          'Zgłaszam wyjazd do Polski na święta.',
          'Wyjeżdżam 19 grudnia 2026 autobusem',
          'i wracam 9 stycznia 2027.',
          'Będę u siostry w Opolu.',
          'W tym czasie nie mogę przychodzić',
          'na spotkania. Bilet w załączniku.',
          '',
          'Dziękuję',
          'P. Nowak    29-11-2026',
        ],
        { top: 80, lh: 27, size: 15.5, x: 70, ink: [0.1, 0.1, 0.12] },
      );
      return d;
    },
  },
];
