// Set H, Polish: seasonal and agency workers, their Polish papers and their letters to the gemeente.
import type { Spec } from '../spec.ts';
import { DARK, OAK, OILCLOTH, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  clientLetter,
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
  type Page,
  RED,
  scribble,
  signature,
  strangerBsn,
  webmail,
} from './kit.ts';

const MW = C('K-100395'); // Marek Wójcik
const PN = C('K-100171'); // Piotr Nowak
const AW = C('K-100227'); // Agnieszka Wiśniewska
const TL = C('K-100283'); // Tomasz Lewandowski
const JM = C('K-100507'); // Jakub Mazur

/** A weekly agency payslip in Dutch with Polish explanations under the labels. */
function agencyPayslip(
  p: Page,
  o: {
    agency: string;
    agencyLines: string[];
    color: [number, number, number];
    name: string;
    address: string[];
    bsn: string;
    personnel: string;
    week: string;
    hours: number;
    rate: number;
    extra: [string, string, number][];
    housing: number;
    insurance: number;
    tax: number;
    bank: string;
  },
): void {
  letterhead(p, o.agency, o.agencyLines, { color: o.color, band: true });
  p.at(92);
  p.ln(`LOONSTROOK / PASEK WYPŁATY   ${o.week}`, { f: 'sansB', size: 12, after: 4 });
  const y0 = p.y;
  p.kv(
    [
      ['Werknemer / Pracownik', o.name],
      ['Adres', o.address[0]!],
      ['', o.address[1]!],
      ['BSN', o.bsn],
      ['Personeelsnr.', o.personnel],
    ],
    { labelW: 125, size: 8.8, lh: 12.5 },
  );
  const yEnd = p.y;
  p.at(y0);
  p.kv(
    [
      ['Fase / Faza', 'A (uitzendbeding)'],
      ['Loonheffingskorting', 'Ja / Tak'],
      ['Tabel', 'Wit week'],
      ['Uurloon / Stawka', euro(o.rate)],
      ['CAO', 'ABU'],
    ],
    { x: 330, labelW: 110, size: 8.8, lh: 12.5 },
  );
  p.at(Math.max(yEnd, p.y) + 6);
  const gross = o.hours * o.rate + o.extra.reduce((a, [, , v]) => a + v, 0);
  const vak = gross * 0.08;
  const net = gross - o.tax - o.housing - o.insurance;
  p.table(
    [
      { h: 'Omschrijving / Opis', w: 250 },
      { h: 'Aantal / Ilość', w: 70, r: true },
      { h: 'Tarief', w: 60, r: true },
      { h: 'Bedrag (EUR)', w: 87, r: true },
    ],
    [
      ['Normale uren  (godziny normalne)', o.hours.toFixed(2).replace('.', ','), euro(o.rate), euro(o.hours * o.rate)],
      ...o.extra.map(([k, n, v]) => [k, n, '', euro(v)]),
      ['BRUTO LOON  (wynagrodzenie brutto)', '', '', euro(gross)],
      ['Loonheffing  (podatek + składki)', '', '', `-${euro(o.tax)}`],
      ...(o.housing ? [['Huisvesting  (zakwaterowanie)', '7 dgn', '', `-${euro(o.housing)}`]] : []),
      ['Zorgverzekering  (ubezpieczenie zdrowotne)', '', '', `-${euro(o.insurance)}`],
      ['NETTO UIT TE BETALEN  (do wypłaty)', '', '', euro(net)],
    ],
    { size: 8.5, zebra: [0.95, 0.95, 0.95] },
  );
  p.kv(
    [
      ['Reservering vakantiegeld 8% (dodatek urlopowy, wypłata w maju)', euro(vak)],
      ['Reservering vakantie-uren (godziny urlopowe)', (o.hours * 0.1).toFixed(2).replace('.', ',')],
      ['Uitbetaald op rekening / Przelew na konto', o.bank],
    ],
    { labelW: 300, size: 8.3 },
  );
  p.gap(4);
  p.p(
    'Pytania dotyczące wypłaty? Zadzwoń do naszego biura (mówimy po polsku) lub napisz na WhatsApp. Vragen over uw loonstrook? Bel ons kantoor.',
    { size: 7.8, color: GREY },
  );
}

export const PL: Spec[] = [
  {
    slug: 'loonstrook-flexwerk-kolega',
    type: 'payslip',
    client: null,
    conflict: [MW.clientNumber, PN.clientNumber],
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Agency payslip (Wójcik, BSN) with a colleague’s client number written on it',
    date: '2026-11-09',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      agencyPayslip(p, {
        agency: 'FlexWerk Holland B.V.',
        agencyLines: ['Industrieweg 40, 5145 PD Waalwijk', 'tel. 0416 820 300 · WhatsApp 06 1200 4411', 'KvK 71182934'],
        color: [0.85, 0.4, 0.1],
        name: 'M. Wójcik',
        address: ['Wilhelminapark 60', '1235 TN Voorbeeld'],
        bsn: '999958422',
        personnel: 'FW-20931',
        week: 'week 44 / 2026',
        hours: 38,
        rate: 14.71,
        extra: [['Toeslag ploegendienst 15% (zmiany)', '16,00', 35.3]],
        housing: 113.75,
        insurance: 36.2,
        tax: 41.88,
        bank: groupIban(iban('INGB', 'h-wojcik')),
      });
      scribble(p, 330, 680, ['dla Piotra Nowak', 'K-100171 (mój kolega, ten sam bus)'], { rot: 5, size: 13 });
      return d;
    },
  },
  {
    slug: 'loonstrook-tulip-week',
    type: 'payslip',
    client: AW.clientNumber,
    language: 'pl',
    render: 'digital',
    label: 'Weekly agency payslip with Polish explanations (Wiśniewska, BSN)',
    date: '2026-10-20',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      agencyPayslip(p, {
        agency: 'Tulip Staffing Solutions',
        agencyLines: ['Venlo · Zaltbommel · Voorbeeld', 'payroll@tulipstaffing.example', 'KvK 68821105'],
        color: [0.55, 0.1, 0.35],
        name: 'Agnieszka Wiśniewska',
        address: ['Tulpstraat 84', '1238 AW Voorbeeld'],
        bsn: '999 926 445',
        personnel: '004417',
        week: 'week 42 / 2026',
        hours: 31.5,
        rate: 14.71,
        extra: [['Overuren 125% (nadgodziny)', '2,50', 45.97]],
        housing: 0,
        insurance: 31.4,
        tax: 12.1,
        bank: groupIban(iban('RABO', 'h-wisniewska')),
      });
      footer(p, 'Dit document is automatisch aangemaakt · Dokument wygenerowany automatycznie · pagina 1/1');
      return d;
    },
  },
  {
    slug: 'pasek-obcy-dabrowski',
    type: 'payslip',
    client: null,
    language: 'pl',
    render: 'photo',
    table: OILCLOTH,
    label: 'Agency payslip of a worker not in the directory (stranger’s BSN), photographed',
    date: '2026-11-16',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      agencyPayslip(p, {
        agency: 'Oranje Uitzendgroep',
        agencyLines: ['Kasweg 12, 2675 LT Honselersdijk', 'planning@oranjeuitzend.example'],
        color: [0.9, 0.5, 0.05],
        name: 'K. Dąbrowski',
        address: ['Kasweg 12 (huisvesting, kamer 4B)', '2675 LT Honselersdijk'],
        bsn: strangerBsn('h-dabrowski'),
        personnel: '77310',
        week: 'week 45 / 2026',
        hours: 40,
        rate: 14.71,
        extra: [],
        housing: 118.3,
        insurance: 37.05,
        tax: 48.9,
        bank: groupIban(iban('BUNQ', 'h-dabrowski')),
      });
      scribble(p, 90, 700, ['czy to się liczy do zasiłku?', 'Krzysiek'], { rot: -3, size: 14, ink: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'wyciag-ing-slaski-nowak',
    type: 'bank_statement',
    client: PN.clientNumber,
    language: 'pl',
    render: 'scan',
    label: 'ING Bank Śląski statement of a Polish account (Nowak) with the client number written on top',
    date: '2026-11-05',
    build: () => {
      const d = new Doc('sans', 8.8);
      const p = d.page();
      p.t(p.left, 52, 'ING', { f: 'sansB', size: 22, color: [0.95, 0.4, 0.0] });
      p.t(p.left + 48, 52, 'Bank Śląski', { f: 'sans', size: 12, color: [0.95, 0.4, 0.0] });
      p.t(p.right, 44, 'ING Bank Śląski S.A., ul. Sokolska 34, 40-086 Katowice', { size: 7, color: GREY, align: 'right' });
      p.at(80);
      p.ln('Wyciąg z rachunku nr 10/2026', { f: 'sansB', size: 12 });
      p.kv(
        [
          ['Posiadacz rachunku', 'PIOTR NOWAK'],
          ['Adres korespondencyjny', 'ul. Szkolna 4/2, 37-450 Stalowa Wola'],
          ['Numer rachunku', 'PL 27 1050 1562 1000 0090 3318 2267'],
          ['Rodzaj rachunku', 'Konto z Lwem Direct'],
          ['Okres', '01.10.2026 - 31.10.2026'],
          ['Saldo początkowe', '2 118,40 PLN'],
          ['Saldo końcowe', '1 402,73 PLN'],
        ],
        { labelW: 140, size: 8.8, lh: 12.5 },
      );
      p.table(
        [
          { h: 'Data', w: 58 },
          { h: 'Opis transakcji', w: 260 },
          { h: 'Kwota', w: 75, r: true },
          { h: 'Saldo', w: 75, r: true },
        ],
        [
          ['06.10.2026', 'ZUS EMERYTURA 10/2026 NR ŚWIADCZ. 0461293', '1 781,16', '3 899,56'],
          ['07.10.2026', 'Przelew na rachunek w EUR (Revolut)', '-1 500,00', '2 399,56'],
          ['12.10.2026', 'PGE Obrót SA - prąd, ul. Szkolna 4', '-214,83', '2 184,73'],
          ['15.10.2026', 'Opłata za kartę', '-7,00', '2 177,73'],
          ['21.10.2026', 'Przelew: Nowak Ewa - na leki', '-600,00', '1 577,73'],
          ['30.10.2026', 'Spółdzielnia Mieszkaniowa "Hutnik" czynsz', '-175,00', '1 402,73'],
        ],
        { size: 8, zebra: [0.96, 0.93, 0.9] },
      );
      p.p('Dokument wygenerowany elektronicznie, nie wymaga podpisu ani stempla.', { size: 7.5, color: GREY });
      scribble(p, 360, 84, ['K-100171', 'emerytura z Polski!'], { rot: 4, size: 15 });
      footer(p, 'Strona 1 z 1 · ing.pl · Infolinia 32 357 00 69');
      return d;
    },
  },
  {
    slug: 'historia-pko-lewandowski',
    type: 'bank_statement',
    client: TL.clientNumber,
    language: 'pl',
    render: 'photo',
    table: WOOD,
    label: 'PKO BP account history printout (Lewandowski) with a handwritten labelled BSN, photographed',
    date: '2026-10-27',
    build: () => {
      const d = new Doc('sans', 8.8);
      const p = d.page();
      p.rect(p.left, 34, 36, 36, { fill: [0.0, 0.2, 0.45] });
      p.t(p.left + 18, 57, 'PKO', { f: 'sansB', size: 9, color: [1, 1, 1], align: 'center' });
      p.t(p.left + 46, 52, 'PKO Bank Polski', { f: 'sansB', size: 12, color: [0.0, 0.2, 0.45] });
      p.at(88);
      p.ln('Historia rachunku', { f: 'sansB', size: 13 });
      p.ln('Rachunek: PKO Konto za Zero  ·  61 1020 4900 0000 8102 3377 4410', { size: 8.5 });
      p.ln('Właściciel: TOMASZ LEWANDOWSKI', { size: 8.5 });
      p.ln('Zakres dat: 01.09.2026 - 30.09.2026', { size: 8.5, after: 6 });
      p.table(
        [
          { h: 'Data operacji', w: 70 },
          { h: 'Typ', w: 90 },
          { h: 'Opis', w: 200 },
          { h: 'Kwota PLN', w: 67, r: true },
        ],
        [
          ['01.09.2026', 'Przelew przych.', 'ZWROT PODATKU US STALOWA WOLA', '1 312,00'],
          ['02.09.2026', 'Płatność kartą', 'BIEDRONKA 2231 RZESZOW', '-86,40'],
          ['04.09.2026', 'Przelew wych.', 'Alimenty Lewandowska M. 09/2026', '-800,00'],
          ['15.09.2026', 'Przelew przych.', 'Sprzedaż: OLX rower', '450,00'],
          ['18.09.2026', 'Przelew wych.', 'Na konto Revolut', '-700,00'],
          ['30.09.2026', 'Opłata', 'Opłata za kartę', '0,00'],
        ],
        { size: 8, grid: true, shade: [0.88, 0.9, 0.95] },
      );
      p.p('Saldo na koniec okresu: 311,25 PLN', { f: 'sansB', size: 9 });
      scribble(p, 80, 460, ['Tomasz Lewandowski', 'BSN 999962863', 'zwrot podatku z Polski (jednorazowo)'], { rot: 2, size: 14 });
      return d;
    },
  },
  {
    slug: 'zmiana-umowa-mazur',
    type: 'change_form',
    client: JM.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten Polish letter with Dutch words reporting a new agency contract and hours',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 66, lh: 24, holes: true });
      handLines(
        p,
        [
          'Do: Gemeente Voorbeeld, Werk en Inkomen',
          'Od: Jakub Mazur, Wilhelminapark 75, klantnummer K-100507',
          '',
          'Dzień dobry,',
          'chcę zgłosić wijziging: od 3 listopada mam nowe',
          'contract bij uitzendbureau Tempo Plus, werk w',
          'magazynie w Tilburg, 32 uur per week, nachtdienst.',
          'Stawka 15,20 euro bruto. Pierwsza loonstrook będzie',
          'w piątek, przyniosę albo wyślę przez mail.',
          'Czy teraz bijstand się kończy czy dostanę jeszcze',
          'aanvulling? Proszę o odpowiedź po polsku albo',
          'po angielsku, Nederlands nog niet zo goed.',
          '',
          'Pozdrawiam,  Jakub Mazur   02-11-2026',
        ],
        { top: 90, lh: 24, size: 13.5 },
      );
      return d;
    },
  },
  {
    slug: 'emerytura-zus-nowak',
    type: 'change_form',
    client: PN.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 0,
    label: 'Letter reporting an increased Polish ZUS pension, with the ZUS indexation decision, 2 pages',
    date: '2026-10-12',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Piotr Nowak', PN.street, '1231 TA Voorbeeld', 'BSN 999987148'],
        place: 'Voorbeeld, 12 października 2026',
        subject: 'Wijziging inkomen — waloryzacja emerytury ZUS',
      });
      p.p(
        'Szanowni Państwo,\n\nzgodnie z obowiązkiem informuję, że moja emerytura z Polski (ZUS) została podwyższona od 1 marca 2026 r. Decyzję o waloryzacji dostałem dopiero teraz, bo poczta przyszła na stary adres w Stalowej Woli i brat przywiózł ją w październiku.\n\nNowa kwota brutto: 2 071,12 zł, netto 1 781,16 zł miesięcznie (ok. 410 euro). Pieniądze przychodzą na konto w ING Bank Śląski, potem przelewam część do Holandii.\n\nW załączniku kopia decyzji ZUS. Przepraszam za spóźnienie. Gdyby trzeba było coś oddać, proszę o rozłożenie na raty.\n\nZ poważaniem / Met vriendelijke groet',
        { size: 10.5 },
      );
      signature(p, 'Piotr Nowak');
      const q = d.page();
      q.font = 'sans';
      q.at(50);
      q.ln('ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH', { f: 'sansB', size: 11.5, color: [0.0, 0.45, 0.3] });
      q.ln('Oddział w Rzeszowie · Inspektorat w Stalowej Woli', { size: 9, after: 10 });
      q.ln('Znak: ENI/22/031884512', { size: 9 });
      q.ln('Stalowa Wola, 2026-03-04', { size: 9, align: 'right', after: 10 });
      q.ln('PIOTR NOWAK', { f: 'sansB', size: 10 });
      q.ln('ul. Szkolna 4/2, 37-450 Stalowa Wola', { size: 10, after: 14 });
      q.ln('DECYZJA', { f: 'sansB', size: 13, align: 'center' });
      q.ln('w sprawie waloryzacji emerytury', { size: 10.5, align: 'center', after: 10 });
      q.p(
        'Na podstawie art. 88-93 ustawy z dnia 17 grudnia 1998 r. o emeryturach i rentach z Funduszu Ubezpieczeń Społecznych Zakład Ubezpieczeń Społecznych dokonał od 1 marca 2026 r. waloryzacji przysługującego świadczenia.',
        { size: 9.8 },
      );
      q.table(
        [
          { h: 'Składnik', w: 300 },
          { h: 'Kwota (zł)', w: 120, r: true },
        ],
        [
          ['Kwota świadczenia przed waloryzacją', '1 958,30'],
          ['Wskaźnik waloryzacji', '105,76%'],
          ['Kwota świadczenia po waloryzacji', '2 071,12'],
          ['Składka na ubezpieczenie zdrowotne', '186,40'],
          ['Zaliczka na podatek dochodowy', '103,56'],
          ['Kwota do wypłaty', '1 781,16'],
        ],
        { size: 9, grid: true },
      );
      q.p(
        'Od niniejszej decyzji przysługuje prawo wniesienia odwołania do Sądu Okręgowego w Tarnobrzegu w terminie miesiąca od dnia jej doręczenia.',
        { size: 8.8 },
      );
      q.p('Decyzja wydana z upoważnienia Prezesa ZUS  —  Barbara Kołodziej, specjalista', { size: 9 });
      return d;
    },
  },
  {
    slug: 'wniosek-bijstand-wrobel',
    type: 'benefit_application',
    client: null,
    language: 'pl',
    render: 'photo',
    table: DARK,
    label: 'Handwritten Polish request for assistance from a seasonal worker who lost his job and housing',
    date: '2026-11-23',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 60, lh: 24, margin: true });
      handLines(
        p,
        [
          'Gemeente Voorbeeld — aanvraag bijstand',
          '',
          'Nazywam się Grzegorz Wróbel, ur. 1979, jestem z',
          'Polski (Opole). Pracowałem 2 lata przez agencję',
          'w kassen (pomidory) w Voorbeeld. 15 listopada',
          'skończyli mi contract i muszę oddać pokój w',
          'huisvesting od agencji do 30.11. Nie mam gdzie',
          'mieszkać, mam tylko 240 euro na koncie.',
          'Jestem ingeschreven w gemeente od 2024 (BRP).',
          'Proszę o pomoc — bijstand albo nocleg, i pomoc',
          'w szukaniu pracy. Mogę pracować od razu.',
          '',
          'Telefon 06 4419 0873 (WhatsApp)',
          'Grzegorz Wróbel     23-11-2026',
        ],
        { top: 84, lh: 24, size: 13.5 },
      );
      return d;
    },
  },
  {
    slug: 'email-ponowny-wniosek-wojcik',
    type: 'benefit_application',
    client: MW.clientNumber,
    language: 'pl',
    render: 'digital',
    label: 'E-mail printout in Polish: a known client applies again after his unemployment benefit ended',
    date: '2026-11-30',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      webmail(p, 'marek.wojcik82@wp.example', 'Ponowny wniosek o bijstand – K-100395', [
        {
          head: {
            from: 'Marek Wójcik <marek.wojcik82@wp.example>',
            to: 'poort@gemeente-voorbeeld.example',
            date: 'pon., 30 lis 2026, 08:47',
            subject: 'Ponowny wniosek o bijstand – K-100395',
            attachments: 'WW_einde_UWV.pdf, afschrift_nov.jpg',
          },
          body: 'Dzień dobry,\n\npiszę z prośbą o ponowne przyznanie bijstand. Mój numer klienta to K-100395. W marcu bijstand został zatrzymany, bo dostałem pracę przez FlexWerk, potem od lipca miałem WW z UWV. WW kończy się 6 grudnia (list z UWV w załączniku). Pracy na razie nie mam, agencja nie ma zmian dla mnie przez kontuzję ręki.\n\nMieszkam dalej na Wilhelminapark 60, sam. Nie mam oszczędności, tylko stary samochód (wart ok. 900 euro).\n\nCzy muszę jeszcze raz wypełnić cały formularz przez DigiD? Mój DigiD działa. Proszę o informację, jakie dokumenty przynieść na rozmowę.\n\nPozdrawiam serdecznie,\nMarek Wójcik\ntel. 06 2299 0155',
        },
      ]);
      return d;
    },
  },
  {
    slug: 'lista-sollicitaties-lewandowski',
    type: 'job_application_proof',
    client: TL.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Typed Polish/Dutch list of job applications with the client number',
    date: '2026-11-30',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.at(52);
      p.ln('Lista sollicitaties – listopad 2026', { f: 'sansB', size: 14 });
      p.ln('Tomasz Lewandowski · Schoolstraat 55, Voorbeeld · nr klienta K-100283', { size: 9.5, after: 10 });
      p.table(
        [
          { h: 'Data', w: 55 },
          { h: 'Firma', w: 140 },
          { h: 'Stanowisko / functie', w: 130 },
          { h: 'Sposób', w: 70 },
          { h: 'Wynik', w: 72 },
        ],
        [
          ['04-11', 'Bouwbedrijf Heijmerink', 'timmerman / cieśla', 'telefon', 'nie'],
          ['06-11', 'Otto Workforce', 'heftruckchauffeur', 'online', 'rozmowa 12-11'],
          ['12-11', 'Otto Workforce', 'rozmowa', 'osobiście', 'brak VCA'],
          ['14-11', 'Kuijpers Installaties', 'hulpmonteur', 'email + CV', 'czekam'],
          ['19-11', 'Jumbo DC', 'orderpicker nacht', 'online', 'nie (bez auta)'],
          ['25-11', 'Gemeente – Werkgeversservicepunt', 'VCA cursus', 'zapisany', '8-9 grudnia'],
        ],
        { size: 8.5, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.p(
        'Uwagi: bez certyfikatu VCA większość firm budowlanych nie chce. Kurs VCA jest 8 i 9 grudnia (zapisała mnie pani Kok). Prawo jazdy mam, samochodu nie.',
        { size: 9.5 },
      );
      p.gap(6);
      p.ln('30-11-2026', { size: 10 });
      signature(p, 'T. Lewandowski', { printed: false });
      return d;
    },
  },
  {
    slug: 'zaswiadczenie-lekarskie-wisniewska',
    type: 'medical_statement',
    client: AW.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Polish doctor’s certificate (name and birth date) about inability to work',
    date: '2026-11-04',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.at(50);
      p.ln('NZOZ „Przychodnia Rodzinna Medicus” s.c.', { f: 'serifB', size: 11 });
      p.ln('ul. Piłsudskiego 18, 33-100 Tarnów · tel. 14 622 41 10', { size: 9 });
      p.ln('REGON 851632207', { size: 9, after: 6 });
      p.hr(1);
      p.ln('Tarnów, dnia 04.11.2026 r.', { align: 'right', size: 10, after: 16 });
      p.ln('ZAŚWIADCZENIE LEKARSKIE', { f: 'serifB', size: 14, align: 'center', after: 14 });
      p.p(
        'Zaświadcza się, że Pani Agnieszka Wiśniewska, ur. 09.06.1995 r., zam. w Holandii (adres w Polsce: ul. Lwowska 71/9, 33-100 Tarnów), była badana w dniu 28.10.2026 r. oraz 04.11.2026 r.\n\nRozpoznanie: J18.9 (zapalenie płuc), w trakcie leczenia.\n\nPacjentka jest niezdolna do pracy oraz do podróży w okresie od 28.10.2026 r. do 18.11.2026 r. włącznie. Powrót do Holandii możliwy po kontrolnym RTG klatki piersiowej.\n\nZaświadczenie wydaje się na prośbę pacjentki w celu przedłożenia pracodawcy oraz instytucjom w Holandii.',
        { size: 10.5 },
      );
      p.gap(30);
      p.t(p.right - 160, p.y, 'lek. med. Janusz Pawlik', { size: 10 });
      p.t(p.right - 160, p.y + 14, 'specjalista medycyny rodzinnej', { size: 9 });
      p.t(p.right - 150, p.y - 16, 'J. Pawlik', { f: 'hand', size: 17, color: BLUE_INK });
      p.stamp(p.right - 90, p.y + 60, ['lek. Janusz PAWLIK', 'specjalista med. rodzinnej', 'NPWZ 3381902'], {
        rot: -4,
        color: [0.2, 0.3, 0.7],
        size: 8,
      });
      return d;
    },
  },
  {
    slug: 'dowod-osobisty-mazur',
    type: 'identity_document',
    client: JM.clientNumber,
    language: 'pl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Photocopy of a Polish identity card (both sides on one sheet), photographed',
    date: '2026-10-14',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      const card = (y: number, draw: (x: number, y: number) => void) => {
        p.rect(110, y, 380, 240, { fill: [0.88, 0.88, 0.88], stroke: [0.3, 0.3, 0.3], lw: 1 });
        draw(110, y);
      };
      card(80, (x, y) => {
        p.t(x + 14, y + 22, 'RZECZPOSPOLITA POLSKA', { f: 'sansB', size: 10 });
        p.t(x + 14, y + 34, 'DOWÓD OSOBISTY / IDENTITY CARD', { size: 7.5 });
        p.rect(x + 14, y + 50, 96, 120, { fill: [0.55, 0.55, 0.55] });
        const rows: [string, string][] = [
          ['NAZWISKO / SURNAME', 'MAZUR'],
          ['IMIONA / GIVEN NAMES', 'JAKUB'],
          ['OBYWATELSTWO / NATIONALITY', 'POLSKIE'],
          ['DATA URODZENIA / DATE OF BIRTH', '08.09.1990'],
          ['NUMER DOWODU / CARD NUMBER', 'DBK 431196'],
          ['TERMIN WAŻNOŚCI / EXPIRY DATE', '12.05.2031'],
        ];
        rows.forEach(([k, v], i) => {
          p.t(x + 124, y + 56 + i * 28, k, { size: 6.5, color: [0.3, 0.3, 0.3] });
          p.t(x + 124, y + 67 + i * 28, v, { f: 'sansB', size: 10 });
        });
      });
      card(340, (x, y) => {
        p.t(x + 14, y + 26, 'NUMER PESEL / PERSONAL NUMBER', { size: 6.5, color: [0.3, 0.3, 0.3] });
        p.t(x + 14, y + 38, '90090814537', { f: 'sansB', size: 10 });
        p.t(x + 14, y + 60, 'MIEJSCE URODZENIA / PLACE OF BIRTH', { size: 6.5, color: [0.3, 0.3, 0.3] });
        p.t(x + 14, y + 72, 'BIAŁYSTOK', { f: 'sansB', size: 10 });
        p.t(x + 14, y + 94, 'ORGAN WYDAJĄCY / ISSUING AUTHORITY', { size: 6.5, color: [0.3, 0.3, 0.3] });
        p.t(x + 14, y + 106, 'PREZYDENT MIASTA BIAŁEGOSTOKU', { f: 'sansB', size: 9 });
        p.t(x + 14, y + 180, 'IDPOLDBK4311962<<<<<<<<<<<<<<<', { f: 'mono', size: 10 });
        p.t(x + 14, y + 196, '9009085M3105121POL<<<<<<<<<<<6', { f: 'mono', size: 10 });
        p.t(x + 14, y + 212, 'MAZUR<<JAKUB<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 10 });
      });
      p.t(110, 620, 'kopia dla gemeente, K-100507 — nowy dowód (stary zgubiony)', { f: 'hand', size: 13, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'umowa-najmu-wspolokatorzy',
    type: 'rental_agreement',
    client: null,
    conflict: [TL.clientNumber, JM.clientNumber],
    language: 'pl',
    render: 'scan',
    crumple: 1,
    label: 'Shared-house rental agreement in Polish naming two clients as co-tenants with their BSNs, 2 pages',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.at(50);
      p.ln('UMOWA NAJMU POKOI W DOMU WSPÓLNYM', { f: 'serifB', size: 13, align: 'center' });
      p.ln('(huurovereenkomst kamers — tłumaczenie robocze)', { size: 9, align: 'center', after: 12 });
      p.p('zawarta w dniu 1 grudnia 2026 r. w Voorbeeld pomiędzy:', { size: 10 });
      p.p(
        'Wynajmującym: Van der Zalm Vastgoed B.V., Havenstraat 8, 1230 BC Voorbeeld, reprezentowana przez p. R. van der Zalm,\n\na Najemcami:\n1) Tomasz Lewandowski, BSN 999962863, dotychczas zam. Schoolstraat 55, Voorbeeld,\n2) Jakub Mazur, BSN 999993951, dotychczas zam. Wilhelminapark 75, Voorbeeld,\nzwanymi dalej wspólnie „Najemcami”.',
        { size: 10 },
      );
      const par = (h: string, s: string) => {
        p.ln(h, { f: 'serifB', size: 10, align: 'center' });
        p.p(s, { size: 9.8 });
      };
      par(
        '§ 1',
        'Przedmiotem najmu są dwa pokoje na piętrze domu przy ul. Molenweg 21, 1231 GB Voorbeeld, wraz ze współużytkowaniem kuchni, łazienki i ogrodu. Pokój nr 1 (14 m²) zajmuje Najemca 1, pokój nr 2 (11 m²) Najemca 2.',
      );
      par('§ 2', 'Umowa zostaje zawarta na czas nieokreślony od dnia 1 stycznia 2027 r.');
      par(
        '§ 3',
        'Czynsz najmu wynosi łącznie 1 040,00 EUR miesięcznie (kale huur 880,00 EUR + koszty dodatkowe 160,00 EUR za energię, wodę i internet). Najemcy odpowiadają solidarnie za zapłatę całego czynszu. Czynsz płatny z góry do 1. dnia miesiąca na rachunek NL08 ABNA 0417 2290 63.',
      );
      par('§ 4', 'Kaucja wynosi 1 040,00 EUR i jest płatna przed wydaniem kluczy.');
      const q = d.page();
      q.font = 'serif';
      q.at(60);
      const par2 = (h: string, s: string) => {
        q.ln(h, { f: 'serifB', size: 10, align: 'center' });
        q.p(s, { size: 9.8 });
      };
      par2(
        '§ 5',
        'Najemcy zobowiązują się do zameldowania się pod adresem przedmiotu najmu w gminie (BRP) w terminie 5 dni od dnia rozpoczęcia najmu.',
      );
      par2('§ 6', 'Zakazuje się podnajmu pokoi osobom trzecim bez pisemnej zgody Wynajmującego. W domu obowiązuje zakaz palenia.');
      par2(
        '§ 7',
        'Wypowiedzenie umowy przez Najemcę następuje z zachowaniem jednomiesięcznego okresu wypowiedzenia. Wypowiedzenie przez jednego z Najemców nie rozwiązuje umowy wobec drugiego Najemcy.',
      );
      par2(
        '§ 8',
        'W sprawach nieuregulowanych obowiązuje prawo holenderskie (Burgerlijk Wetboek, boek 7). Wiążąca jest wersja niderlandzka umowy.',
      );
      q.gap(20);
      q.t(q.left, q.y + 10, 'Wynajmujący', { size: 9.5 });
      q.t(q.left + 190, q.y + 10, 'Najemca 1', { size: 9.5 });
      q.t(q.left + 340, q.y + 10, 'Najemca 2', { size: 9.5 });
      q.t(q.left, q.y + 36, 'R. v.d. Zalm', { f: 'hand', size: 15, color: BLACK_INK });
      q.t(q.left + 190, q.y + 36, 'Lewandowski', { f: 'hand', size: 15, color: BLUE_INK });
      q.t(q.left + 340, q.y + 36, 'J. Mazur', { f: 'hand', size: 15, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'podwyzka-czynszu-homeflex',
    type: 'rental_agreement',
    client: AW.clientNumber,
    language: 'pl',
    render: 'digital',
    label: 'Rent increase letter in Polish from an agency housing company, with the tenant’s BSN',
    date: '2026-11-20',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(
        p,
        'HomeFlex Huisvesting',
        ['Logistiekweg 2, 5928 LZ Venlo', 'info@homeflex.example · 077 208 1100', 'SNF-gecertificeerd'],
        {
          color: [0.15, 0.45, 0.65],
        },
      );
      p.gap(10);
      p.ln('Pani', { size: 10 });
      p.ln('Agnieszka Wiśniewska', { size: 10 });
      p.ln('Tulpstraat 84', { size: 10 });
      p.ln('1238 AW Voorbeeld', { size: 10, after: 16 });
      p.kv(
        [
          ['Data', '20 listopada 2026'],
          ['Nr najemcy', 'HF-118274'],
          ['BSN', '999926445'],
          ['Dotyczy', 'Podwyżka czynszu / huurverhoging per 1 januari 2027'],
        ],
        { labelW: 90, size: 9.5 },
      );
      p.p(
        'Szanowna Pani,\n\ninformujemy, że od 1 stycznia 2027 r. zmienia się opłata za zakwaterowanie w Pani pokoju przy Tulpstraat 84 (pokój 3, dom dzielony z 4 osobami). Zmiana wynika z corocznej indeksacji zgodnie z umową najmu (art. 4.2) oraz wzrostu kosztów energii.',
        { size: 10 },
      );
      p.table(
        [
          { h: 'Składnik / onderdeel', w: 250 },
          { h: 'do 31-12-2026', w: 100, r: true },
          { h: 'od 01-01-2027', w: 100, r: true },
        ],
        [
          ['Czynsz za pokój (kale huur)', '€ 412,00', '€ 428,48'],
          ['Energia, woda, internet', '€ 68,00', '€ 79,00'],
          ['Sprzątanie części wspólnych', '€ 15,00', '€ 15,00'],
          ['Razem miesięcznie', '€ 495,00', '€ 522,48'],
        ],
        { size: 9, grid: true, shade: [0.88, 0.93, 0.96] },
      );
      p.p(
        'Jeśli nie zgadza się Pani z podwyżką, może Pani złożyć sprzeciw pisemnie przed 1 stycznia 2027 r. Osoby pracujące przez agencję: czynsz jest potrącany z wypłaty tygodniowo (€ 120,57 tygodniowo od 1 stycznia).\n\nZ poważaniem,\nHomeFlex Huisvesting — dział najmu',
        { size: 10 },
      );
      footer(p, 'HomeFlex Huisvesting B.V. · KvK 75510284 · NL45 INGB 0007 7120 55');
      return d;
    },
  },
  {
    slug: 'wezwanie-incasso-nowak',
    type: 'debt_notice',
    client: PN.clientNumber,
    language: 'pl',
    render: 'fax',
    faxHeader: '11-11-2026 11:02  NORDHOFF INCASSO  +31 10 244 9199',
    label: 'Polish-language payment demand from a Dutch collection agency, faxed, with the client’s BSN',
    date: '2026-11-11',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(
        p,
        'Nordhoff Incasso',
        ['Postbus 9120, 3007 AC Rotterdam', 'www.nordhoff-incasso.example', 'tel. 010 244 9100 (PL: wewn. 4)'],
        {
          color: [0.2, 0.2, 0.2],
        },
      );
      p.gap(8);
      p.ln('Pan P. Nowak', { size: 10 });
      p.ln('Marktplein 130', { size: 10 });
      p.ln('1231 TA Voorbeeld', { size: 10, after: 14 });
      p.kv(
        [
          ['Rotterdam', '11 listopada 2026'],
          ['Nasz numer', '2026-PL-0419822'],
          ['Wierzyciel', 'Zorgverzekeraar Rijnzorg N.V.'],
          ['BSN dłużnika', '999987148'],
        ],
        { labelW: 110, size: 9.5 },
      );
      p.ln('WEZWANIE DO ZAPŁATY (aanmaning, 14 dni)', { f: 'sansB', size: 12, after: 6 });
      p.p(
        'Szanowny Panie,\n\nmimo wcześniejszych przypomnień nie otrzymaliśmy zapłaty za składki ubezpieczenia zdrowotnego (zorgverzekering) za miesiące lipiec–październik 2026. Nasz klient przekazał nam sprawę do windykacji.',
        { size: 10 },
      );
      p.table(
        [
          { h: 'Opis', w: 300 },
          { h: 'Kwota', w: 120, r: true },
        ],
        [
          ['Zaległe składki 07–10/2026', '€ 583,60'],
          ['Koszty windykacji (incassokosten, WIK)', '€ 87,54'],
          ['Odsetki ustawowe', '€ 6,12'],
          ['Razem do zapłaty', '€ 677,26'],
        ],
        { size: 9.5, grid: true },
      );
      p.p(
        'Prosimy o wpłatę całej kwoty w ciągu 14 dni na rachunek NL21 RABO 0338 1166 02 z podaniem numeru 2026-PL-0419822. Jeśli nie może Pan zapłacić całości, prosimy o kontakt — możliwy jest plan spłaty w ratach. Jeśli korzysta Pan z pomocy w spłacie długów (schuldhulpverlening), prosimy przekazać nam dane kontaktowe opiekuna.\n\nBrak reakcji może skutkować skierowaniem sprawy do komornika (deurwaarder), co wiąże się z dodatkowymi kosztami.',
        { size: 9.8 },
      );
      p.ln('Z poważaniem,', { size: 10 });
      p.ln('Dział windykacji, Nordhoff Incasso B.V.', { size: 10 });
      return d;
    },
  },
  {
    slug: 'bezwaar-sprzeciw-wojcik',
    type: 'objection',
    client: MW.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 2,
    label: 'Handwritten objection in Polish with Dutch words against a benefit cut, client number',
    date: '2026-10-29',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      handLines(
        p,
        [
          'Marek Wójcik',
          'Wilhelminapark 60, 1235 TN Voorbeeld',
          'klantnr K-100395',
          '',
          'Gemeente Voorbeeld — afd. Bezwaar',
          '',
          'Voorbeeld, 29-10-2026',
          '',
          'BEZWAAR / SPRZECIW',
          '',
          'Nie zgadzam się z besluit z 1 października 2026,',
          'że obniżacie mi bijstand o 100% na 1 miesiąc',
          '(maatregel) bo nie przyszedłem na afspraak 15-09.',
          'W tym dniu byłem w szpitalu z ręką (SEH),',
          'mam papier ze szpitala, załączam kopię.',
          'Dzwoniłem rano na 14 0123 ale nikt nie odbierał,',
          'nagrałem wiadomość. To nie była moja wina.',
          'Proszę cofnąć maatregel.',
          '',
          'Met vriendelijke groet / z poważaniem',
          'M. Wójcik',
        ],
        { top: 70, lh: 25, size: 14, x: 70, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'pit11-mazur',
    type: 'tax_document',
    client: JM.clientNumber,
    language: 'pl',
    render: 'scan',
    crumple: 0,
    label: 'Polish PIT-11 annual tax information from a Polish employer (name and birth date)',
    date: '2026-02-20',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      p.left = 40;
      p.right = PAGE_W - 40;
      p.at(40);
      p.rect(p.left, p.y, p.right - p.left, 40, { fill: [0.9, 0.9, 0.9], stroke: [0, 0, 0], lw: 0.6 });
      p.t(p.left + 8, p.y + 18, 'PIT-11', { f: 'sansB', size: 18 });
      p.t(p.left + 90, p.y + 16, 'INFORMACJA O PRZYCHODACH Z INNYCH ŹRÓDEŁ ORAZ O DOCHODACH', { f: 'sansB', size: 8.5 });
      p.t(p.left + 90, p.y + 28, 'I POBRANYCH ZALICZKACH NA PODATEK DOCHODOWY  za rok 2025', { f: 'sansB', size: 8.5 });
      p.gap(50);
      const cell = (label: string, value: string, w = p.right - p.left) => {
        p.rect(p.left, p.y, w, 26, { stroke: [0, 0, 0], lw: 0.5 });
        p.t(p.left + 4, p.y + 9, label, { size: 6.5, color: [0.25, 0.25, 0.25] });
        p.t(p.left + 8, p.y + 21, value, { f: 'mono', size: 9.5 });
        p.gap(26);
      };
      p.ln('B. DANE IDENTYFIKACYJNE PŁATNIKA', { f: 'sansB', size: 8.5 });
      cell('9. Nazwa pełna', 'TRANSBUD-ŁOMŻA SP. Z O.O.');
      cell('Identyfikator podatkowy NIP płatnika', '718-211-04-93');
      p.ln('C. DANE IDENTYFIKACYJNE I ADRES ZAMIESZKANIA PODATNIKA', { f: 'sansB', size: 8.5 });
      cell('Identyfikator podatkowy PESEL', '90090814537');
      cell('12. Nazwisko', 'MAZUR');
      cell('13. Pierwsze imię', 'JAKUB');
      cell('14. Data urodzenia (dzień - miesiąc - rok)', '08-09-1990');
      cell('17. Kraj', 'HOLANDIA');
      cell('18–25. Adres', 'WILHELMINAPARK 75, 1238 CN VOORBEELD');
      p.gap(6);
      p.ln('E. DOCHODY PODLEGAJĄCE OPODATKOWANIU', { f: 'sansB', size: 8.5 });
      p.table(
        [
          { h: 'Źródło przychodów', w: 190 },
          { h: 'Przychód', w: 80, r: true },
          { h: 'Koszty', w: 70, r: true },
          { h: 'Dochód', w: 80, r: true },
          { h: 'Zaliczka', w: 95, r: true },
        ],
        [
          ['Wynagrodzenia ze stosunku pracy (01-05/2025)', '31 420,00', '1 250,00', '30 170,00', '1 886,00'],
          ['Składki na ubezpieczenia społeczne', '', '', '', '4 307,68'],
          ['Składka na ubezpieczenie zdrowotne', '', '', '', '2 440,23'],
        ],
        { size: 8, grid: true, shade: [0.9, 0.9, 0.9] },
      );
      p.p('Pouczenie: Informację przekazuje się podatnikowi do końca lutego roku następującego po roku podatkowym.', { size: 7.5 });
      scribble(p, 290, 720, ['zarobki z Polski 2025 (przed Holandią)'], { rot: 3, size: 12 });
      return d;
    },
  },
  {
    slug: 'urlop-polska-wisniewska',
    type: 'holiday_notice',
    client: AW.clientNumber,
    language: 'pl',
    render: 'photo',
    table: OAK,
    label: 'Handwritten holiday notice in Polish (Christmas in Poland) with the client number',
    date: '2026-12-04',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.rect(40, 40, PAGE_W - 80, 520, { fill: [1, 0.98, 0.88] });
      handLines(
        p,
        [
          'Vakantie melding / zgłoszenie wyjazdu',
          '',
          'Agnieszka Wiśniewska, K-100227',
          'Tulpstraat 84',
          '',
          'Wyjeżdżam do Polski (Tarnów) na Święta',
          'od 19-12-2026 do 03-01-2027 (16 dni).',
          'Jadę busem „Sindbad”, bilet mam.',
          'W tym czasie nie ma mnie w domu, ale',
          'telefon 06 3120 8849 działa.',
          '',
          'Dziękuję, A. Wiśniewska',
        ],
        { top: 80, lh: 30, size: 15, x: 60 },
      );
      return d;
    },
  },
  {
    slug: 'umowa-uitzend-fase-a-lewandowski',
    type: 'employment_contract',
    client: TL.clientNumber,
    language: 'pl',
    render: 'digital',
    label: 'Bilingual Polish/Dutch temporary agency contract (uitzendovereenkomst fase A), 2 pages',
    date: '2026-12-02',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'Otto Workforce Nederland', ['Venrayseweg 56, 5928 RH Venlo', 'KvK 12067990 · ABU-lid'], { color: [0.0, 0.35, 0.6] });
      p.ln('UITZENDOVEREENKOMST MET UITZENDBEDING (FASE A)', { f: 'sansB', size: 12 });
      p.ln('UMOWA O PRACĘ TYMCZASOWĄ Z KLAUZULĄ AGENCYJNĄ (FAZA A)', { f: 'sansB', size: 10.5, color: GREY, after: 8 });
      p.kv(
        [
          ['Uitzendkracht / Pracownik', 'Tomasz Lewandowski'],
          ['Geboortedatum / Data ur.', '19-06-1990'],
          ['Adres', 'Schoolstraat 55, 1234 RL Voorbeeld'],
          ['Inlener / Pracodawca użytkownik', 'Jumbo Distributiecentrum Tilburg'],
          ['Functie / Stanowisko', 'Heftruckchauffeur (operator wózka widłowego)'],
          ['Ingangsdatum / Początek', '8 december 2026'],
          ['Arbeidsduur / Czas pracy', 'min. 24, max. 40 uur per week'],
          ['Uurloon / Stawka', '€ 15,36 bruto (inlenersbeloning)'],
          ['Toeslagen / Dodatki', 'avond 25%, nacht 35%, zaterdag 30%'],
        ],
        { labelW: 170, size: 9.2, lh: 14 },
      );
      const art = (h: string, nl: string, pl: string) => {
        p.ln(h, { f: 'sansB', size: 9.5 });
        p.p(nl, { size: 8.8, after: 1 });
        p.p(pl, { size: 8.8, f: 'sansI' });
      };
      art(
        'Artikel 1 — Uitzendbeding / Klauzula agencyjna',
        'De uitzendovereenkomst eindigt van rechtswege op het moment dat de inlener de terbeschikkingstelling beëindigt.',
        'Umowa wygasa z mocy prawa w chwili, gdy pracodawca użytkownik zakończy korzystanie z pracy pracownika.',
      );
      art(
        'Artikel 2 — Loondoorbetaling / Wynagrodzenie',
        'Uitzendkracht ontvangt loon over de gewerkte uren. Bij ziekte geldt de ziekmeldingsprocedure uit het reglement.',
        'Pracownik otrzymuje wynagrodzenie za przepracowane godziny. W razie choroby obowiązuje procedura zgłoszenia.',
      );
      const q = d.page();
      q.at(60);
      const art2 = (h: string, nl: string, pl: string) => {
        q.ln(h, { f: 'sansB', size: 9.5 });
        q.p(nl, { size: 8.8, after: 1 });
        q.p(pl, { size: 8.8, f: 'sansI' });
      };
      art2(
        'Artikel 3 — Huisvesting / Zakwaterowanie',
        'Uitzendkracht maakt geen gebruik van huisvesting via de uitzendonderneming.',
        'Pracownik nie korzysta z zakwaterowania zapewnionego przez agencję.',
      );
      art2(
        'Artikel 4 — Vervoer / Transport',
        'Vervoer naar de werklocatie met een busje van de uitzendonderneming; eigen bijdrage € 0,00.',
        'Dojazd do pracy busem agencji; bez opłat.',
      );
      art2(
        'Artikel 5 — Toepasselijke cao / Układ zbiorowy',
        'Op deze overeenkomst is de ABU-cao voor uitzendkrachten van toepassing. Bij verschil tussen de teksten geldt de Nederlandse tekst.',
        'Zastosowanie ma układ zbiorowy ABU. W razie rozbieżności wiążący jest tekst niderlandzki.',
      );
      q.gap(20);
      q.ln('Getekend te Venlo op 2 december 2026 / Podpisano w Venlo dnia 2 grudnia 2026', { size: 9 });
      q.gap(10);
      q.t(q.left, q.y + 10, 'Namens Otto Workforce: E. Janssen, consultant', { size: 9 });
      q.t(q.left + 280, q.y + 10, 'Uitzendkracht: (digitaal ondertekend)', { size: 9 });
      q.t(q.left + 280, q.y + 26, 'T. Lewandowski — 02-12-2026 14:21 via OttoApp', { size: 8.5, color: GREY });
      footer(q, 'pagina 2 van 2 · strona 2 z 2');
      return d;
    },
  },
  {
    slug: 'ulotka-polski-sklep',
    type: 'other',
    client: null,
    language: 'pl',
    render: 'photo',
    table: WOOD,
    label: 'Advertising leaflet of a Polish grocery and money-transfer shop',
    date: '2026-11-18',
    build: () => {
      const d = new Doc('sansB', 12);
      const p = d.page();
      p.rect(0, 0, PAGE_W, 150, { fill: [0.85, 0.1, 0.15] });
      p.t(PAGE_W / 2, 70, 'POLSKI SKLEP SMACZEK', { f: 'sansB', size: 30, color: [1, 1, 1], align: 'center' });
      p.t(PAGE_W / 2, 110, 'Stationsweg 31 · Voorbeeld · codziennie 9:00–21:00', {
        f: 'sans',
        size: 13,
        color: [1, 1, 1],
        align: 'center',
      });
      p.at(180);
      p.ln('PROMOCJE ŚWIĄTECZNE!', { align: 'center', size: 24, color: RED, after: 10 });
      const items: [string, string][] = [
        ['Pierogi ruskie 1 kg', '€ 4,99'],
        ['Kiełbasa śląska 1 kg', '€ 7,49'],
        ['Twaróg półtłusty', '€ 1,79'],
        ['Barszcz czerwony koncentrat', '€ 2,29'],
        ['Karp świeży (od 20.12)', '€ 9,90/kg'],
        ['Piwo Tyskie 6-pak', '€ 6,49'],
      ];
      for (const [k, v] of items) {
        p.t(110, p.y + 20, k, { f: 'sans', size: 15 });
        p.t(PAGE_W - 110, p.y + 20, v, { f: 'sansB', size: 17, color: RED, align: 'right' });
        p.y += 32;
      }
      p.gap(16);
      p.rect(80, p.y, PAGE_W - 160, 110, { fill: [1, 0.9, 0.2] });
      p.t(PAGE_W / 2, p.y + 34, 'PRZEKAZY PIENIĘŻNE DO POLSKI', { f: 'sansB', size: 16, align: 'center' });
      p.t(PAGE_W / 2, p.y + 60, 'i na Ukrainę — szybko i tanio, od € 2,50', { f: 'sans', size: 13, align: 'center' });
      p.t(PAGE_W / 2, p.y + 86, 'Paczki do Polski co środę · bilety autobusowe', { f: 'sans', size: 12, align: 'center' });
      p.gap(130);
      p.t(PAGE_W / 2, p.y, 'Z tą ulotką –10% na zakupy powyżej € 30!', { f: 'sansB', size: 15, align: 'center' });
      footer(p, 'Smaczek Voorbeeld · KvK 80192234 · facebook.com/smaczekvoorbeeld', { size: 8 });
      return d;
    },
  },
];
