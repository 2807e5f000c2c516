// Dutch post: what clients write and hand in, and the papers they bring along.
import { OAK, OILCLOTH, type Spec, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  boxField,
  C,
  checkbox,
  clientLetter,
  Doc,
  euro,
  field,
  footer,
  GREY,
  groupIban,
  handLines,
  INK,
  iban,
  letterhead,
  notebook,
  scribble,
  strangerBsn,
  typoBsn,
} from './kit.ts';

const ria = C('K-100150');
const henk = C('K-100199');
const sharon = C('K-100143');
const kevin = C('K-100486');
const linda = C('K-100262');
const marlon = C('K-100304');
const wim = C('K-100367');
const johan = C('K-100423');
const saida = C('K-100164');
const mieke = C('K-100521');
const gladys = C('K-100360');
const roy = C('K-100472');
const rinaldo = C('K-100248');
const gerrit = C('K-100311');
const joke = C('K-100479');
const winston = C('K-100542');
const bart = C('K-100255');
const hanan = C('K-100388');
const aicha = C('K-100535');
const karim = C('K-100220');
const nadia = C('K-100276');
const samira = C('K-100493');
const stefan = C('K-100528');
const iwan = C('K-100416');
const sandra = C('K-100318');

/** The municipality's own change form ("Wijzigingsformulier"), printed and filled in by hand. */
function wijzigingsformulier(
  d: Doc,
  v: { name: string; knr: string; bsn: string; addr: string; phone: string; ticks: boolean[]; text: string[]; date: string; sign: string },
) {
  const p = d.page();
  p.t(p.left, 50, 'Gemeente Voorbeeld', { f: 'sansB', size: 14, color: [0.05, 0.35, 0.3] });
  p.t(p.left, 64, 'Werk en Inkomen', { size: 9, color: [0.05, 0.35, 0.3] });
  p.t(p.right, 50, 'WIJZIGINGSFORMULIER', { f: 'sansB', size: 13, align: 'right' });
  p.t(p.right, 64, 'Participatiewet  |  versie 2025-2', { size: 7.5, align: 'right', color: GREY });
  p.at(86);
  p.p(
    'Geef wijzigingen die gevolgen kunnen hebben voor uw uitkering altijd binnen 1 week door. Stuur bewijsstukken mee (bijvoorbeeld loonstroken of een huurcontract). Twijfelt u? Geef het dan toch door.',
    { size: 8.5, color: [0.25, 0.25, 0.25] },
  );
  p.ln('1  Uw gegevens', { f: 'sansB', size: 10.5, after: 4 });
  boxField(p, 'Naam', v.name);
  boxField(p, 'Klantnummer', v.knr, { w: 140 });
  boxField(p, 'BSN', v.bsn, { w: 140 });
  boxField(p, 'Adres', v.addr);
  boxField(p, 'Telefoon', v.phone, { w: 180 });
  p.gap(6);
  p.ln('2  Wat is er veranderd?', { f: 'sansB', size: 10.5, after: 4 });
  const opts = [
    'Ik heb werk gevonden / ik werk meer of minder uren',
    'Ik ga samenwonen / iemand komt bij mij wonen',
    'Iemand gaat uit mijn huis weg',
    'Ik ga verhuizen',
    'Ik krijg andere inkomsten (alimentatie, uitkering, toeslag)',
    'Ik ben zwanger / er is een kind geboren',
    'Anders, namelijk:',
  ];
  opts.forEach((o, i) => {
    checkbox(p, p.left + 6, p.y, o, v.ticks[i] ?? false);
    p.gap(15);
  });
  p.gap(6);
  p.ln('3  Toelichting (datum van de wijziging, bedragen, namen)', { f: 'sansB', size: 10.5, after: 2 });
  const y0 = p.y;
  for (let i = 0; i < 7; i++) p.line(p.left, y0 + 22 * (i + 1), p.right, y0 + 22 * (i + 1), 0.4, [0.5, 0.5, 0.5]);
  handLines(p, v.text, { x: p.left + 4, top: y0 + 20, lh: 22, size: 12.5 });
  p.at(y0 + 22 * 7 + 16);
  p.ln('4  Ondertekening', { f: 'sansB', size: 10.5, after: 2 });
  p.p('Ik heb dit formulier naar waarheid ingevuld. Ik weet dat ik een uitkering moet terugbetalen als ik iets niet of te laat doorgeef.', {
    size: 8.5,
  });
  field(p, p.left, p.y + 4, 150, 'Datum', v.date);
  field(p, p.left + 220, p.y + 4, 200, 'Handtekening', v.sign, { size: 16 });
  footer(p, 'Inleveren bij de balie van het Stadskantoor of opsturen naar Gemeente Voorbeeld, Antwoordnummer 1230, 1230 VB Voorbeeld');
}

export const NL: Spec[] = [
  {
    slug: 'wijzigingsformulier-werk-erbij',
    type: 'change_form',
    client: ria.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'wijzigingsformulier met de hand: bijbaan in de thuiszorg',
    date: '2026-10-05',
    build: () => {
      const d = new Doc('sans', 10);
      wijzigingsformulier(d, {
        name: ria.name,
        knr: ria.clientNumber,
        bsn: ria.bsn,
        addr: `${ria.street} ${ria.city}`,
        phone: '06-4181 2270',
        ticks: [true, false, false, false, false, false, false],
        text: [
          'Vanaf 1 oktober werk ik bij Thuiszorg De Linde, 12 uur in de week',
          'op maandag en donderdag. Het is een contract voor 6 maanden.',
          'Ik krijg €14,37 bruto per uur. De eerste loonstrook komt eind',
          'oktober, die stuur ik dan na. Contract zit erbij (kopie).',
        ],
        date: '5-10-2026',
        sign: 'R. Jansen',
      });
      return d;
    },
  },
  {
    slug: 'schriftje-vriendin-woont-bij-mij',
    type: 'change_form',
    client: henk.clientNumber,
    language: 'nl',
    render: 'photo',
    table: OILCLOTH,
    label: 'briefje uit schrift: vriendin komt inwonen (niet-bestaand klantnummer, naam + geboortedatum kloppen)',
    date: '2026-10-12',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { holes: true });
      handLines(
        p,
        [
          'Aan de gemeente, afd. uitkering',
          '',
          'Ik ben Henk Bakker, geboren 27-07-1994',
          'klant nr K-100919 (staat op de brief denk ik)',
          '',
          'Hierbij wil ik door geven dat mijn vriendin Demi',
          'vanaf 1 november bij mij komt wonen op de Molenweg 32.',
          'Ze werkt bij de Jumbo, ongeveer 20 uur. Ze staat',
          'nog ingeschreven bij haar moeder maar dat gaat ze',
          'deze maand veranderen.',
          'Ik weet niet of dit gevolgen heeft voor mijn uitkering,',
          'wilt u mij dat laten weten? Mijn telefoon doet het niet',
          'altijd, dus liever per brief.',
          '',
          'Groeten Henk Bakker',
          '',
          '          H.Bakker',
        ],
        { top: 112, lh: 22, size: 14.5 },
      );
      return d;
    },
  },
  {
    slug: 'loonstrook-uitzendbureau',
    type: 'payslip',
    client: sharon.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'FlexPlus Uitzendgroep',
    label: 'loonstrook uitzendbureau week 40-43',
    date: '2026-10-30',
    build: () => {
      const d = new Doc('cond', 9);
      const p = d.page();
      p.t(p.left, 52, 'FlexPlus', { f: 'condB', size: 22, color: [0.85, 0.35, 0.05] });
      p.t(p.left + 92, 52, 'uitzendgroep', { f: 'cond', size: 12, color: [0.3, 0.3, 0.3] });
      p.t(p.right, 40, 'FlexPlus Uitzendgroep B.V.  ·  Industrieweg 14  ·  3812 KZ Amersfoort', { size: 7, align: 'right', color: GREY });
      p.t(p.right, 50, 'Loonheffingennummer 8145.22.907.L01  ·  KvK 61827734', { size: 7, align: 'right', color: GREY });
      p.at(80);
      p.ln('LOONSTROOK  periode 10 (4 weken)  wk 40 t/m 43  2026', { f: 'condB', size: 12, after: 6 });
      p.kv(
        [
          ['Werknemer', `${sharon.name}`],
          ['Adres', `${sharon.street}, ${sharon.city}`],
          ['Personeelsnr.', '207718'],
          ['BSN', sharon.bsn],
          ['Geboortedatum', '26-09-1996'],
          ['Functie', 'Orderpicker (fase A)'],
          ['Opdrachtgever', 'Distributiecentrum Noordhaven'],
          ['Loonheffingskorting', 'Nee'],
        ],
        { labelW: 110, size: 9, lh: 12.5 },
      );
      p.gap(6);
      p.table(
        [
          { h: 'Omschrijving', w: 190 },
          { h: 'Aantal', w: 60, r: true },
          { h: 'Tarief', w: 70, r: true },
          { h: 'Bedrag', w: 80, r: true },
        ],
        [
          ['Uurloon normaal', '86,50', '14,71', euro(86.5 * 14.71)],
          ['Toeslag avond 25%', '14,00', '3,68', euro(14 * 3.68)],
          ['Reserv. vakantiegeld 8%', '', '', euro(0.08 * (86.5 * 14.71 + 14 * 3.68))],
          ['Reserv. feestdagen', '', '', '0,00'],
          ['Bruto loon', '', '', euro(86.5 * 14.71 + 14 * 3.68)],
          ['Pensioen StiPP basis', '', '', '-0,00'],
          ['Loonheffing (tabel wit, geen korting)', '', '', '-' + euro(272.11)],
          ['Netto loon', '', '', euro(86.5 * 14.71 + 14 * 3.68 - 272.11)],
        ],
        { size: 8.5, zebra: [0.95, 0.95, 0.95] },
      );
      p.gap(6);
      p.kv(
        [
          ['Uitbetaald op', groupIban(iban('ASNB', 'sharon'))],
          ['Datum betaling', '30-10-2026'],
          ['Cumulatief bruto', euro(4012.88)],
          ['Saldo vakantiegeld', euro(321.03)],
        ],
        { labelW: 110, size: 9, lh: 12.5 },
      );
      p.gap(14);
      p.p(
        'Heb je vragen over je loonstrook? Mail naar salaris@flexplus.example of bel 033-7204411 (ma-vr 9-16 uur). Vermeld altijd je personeelsnummer.',
        { size: 8, color: GREY },
      );
      footer(p, 'Deze loonstrook is automatisch aangemaakt en daarom niet ondertekend.');
      return d;
    },
  },
  {
    slug: 'loonstrook-partner-met-ander-klantnummer',
    type: 'payslip',
    client: null,
    conflict: [kevin.clientNumber, 'K-100430'],
    language: 'nl',
    render: 'scan',
    label: 'loonstrook van de ene klant met het klantnummer van een ander erop geschreven',
    date: '2026-10-26',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(p.left, 40, p.right - p.left, 46, { fill: [0.92, 0.92, 0.92] });
      p.t(p.left + 8, 60, 'Bakkerij Van Rhijn & Zn. B.V.', { f: 'sansB', size: 13 });
      p.t(p.left + 8, 76, 'Nieuwe Markt 3  ·  1231 BE Voorbeeld', { size: 8 });
      p.t(p.right - 8, 60, 'SALARISSPECIFICATIE', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right - 8, 76, 'oktober 2026', { size: 9, align: 'right' });
      p.at(104);
      p.kv(
        [
          ['Naam', 'K.J. Mulder'],
          ['Sofinummer/BSN', kevin.bsn],
          ['In dienst sinds', '01-03-2026'],
          ['Functie', 'Bezorger / magazijn'],
          ['Uren per week', '24'],
        ],
        { labelW: 120, size: 9 },
      );
      p.table(
        [
          { h: 'Code', w: 40 },
          { h: 'Omschrijving', w: 200 },
          { h: 'Betaling', w: 80, r: true },
          { h: 'Inhouding', w: 80, r: true },
        ],
        [
          ['100', 'Salaris', '1.482,00', ''],
          ['115', 'Overwerk 100%', '73,10', ''],
          ['210', 'Reiskosten (onbelast)', '42,00', ''],
          ['400', 'Loonheffing', '', '121,44'],
          ['420', 'Pensioenpremie BPF Bakkers', '', '61,87'],
          ['', 'Netto te betalen', '1.413,79', ''],
        ],
        { size: 8.5, grid: true },
      );
      p.gap(6);
      p.p('Het nettobedrag is op 25-10-2026 overgemaakt. Vakantiegeld wordt in mei uitbetaald.', { size: 8.5 });
      scribble(p, 300, 470, ['voor Els Peters', 'klantnr K-100430', '(mijn vriend)'], { rot: 6, size: 15 });
      return d;
    },
  },
  {
    slug: 'bankafschrift-met-klantnummer-pen',
    type: 'bank_statement',
    client: linda.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'bankafschrift twee pagina\u2019s, klantnummer met pen erbij geschreven',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 8.5);
      const ib = groupIban(iban('RABO', 'linda'));
      const rows1 = [
        ['01-10', 'Huur oktober Woonstede', 'Incasso', '-', '612,40'],
        ['01-10', 'Gemeente Voorbeeld bijstand', 'Overboeking', '1.108,23', ''],
        ['02-10', 'Albert Heijn 1432 Voorbeeld', 'Betaalautomaat', '', '38,17'],
        ['03-10', 'Zilveren Kruis zorgverzekering', 'Incasso', '', '148,95'],
        ['06-10', 'Belastingdienst toeslagen', 'Overboeking', '412,00', ''],
        ['07-10', 'Lidl Voorbeeld', 'Betaalautomaat', '', '22,84'],
        ['08-10', 'Vitens water', 'Incasso', '', '21,50'],
        ['10-10', 'Tikkie M. de Jong', 'Overboeking', '25,00', ''],
        ['13-10', 'Action 2201', 'Betaalautomaat', '', '11,47'],
        ['14-10', 'Odido Mobiel', 'Incasso', '', '17,00'],
        ['15-10', 'Kruidvat 7719', 'Betaalautomaat', '', '9,98'],
        ['17-10', 'Geldautomaat Marktplein', 'Opname', '', '50,00'],
        ['20-10', 'Eneco', 'Incasso', '', '131,00'],
      ];
      const rows2 = [
        ['21-10', 'Jumbo Voorbeeld', 'Betaalautomaat', '', '44,12'],
        ['22-10', 'Stichting Leergeld', 'Overboeking', '75,00', ''],
        ['24-10', 'Bol.com', 'iDEAL', '', '29,99'],
        ['27-10', 'NS Reizigers', 'Incasso', '', '12,40'],
        ['28-10', 'Albert Heijn 1432 Voorbeeld', 'Betaalautomaat', '', '51,06'],
        ['30-10', 'Rente en kosten pakket', 'Kosten', '', '4,20'],
      ];
      const cols = [
        { h: 'Datum', w: 44 },
        { h: 'Omschrijving', w: 200 },
        { h: 'Soort', w: 90 },
        { h: 'Bij', w: 66, r: true },
        { h: 'Af', w: 66, r: true },
      ];
      const p = d.page();
      p.t(p.left, 52, 'Rabobank', { f: 'sansB', size: 16, color: [0.1, 0.2, 0.55] });
      p.t(p.right, 48, 'Rekeningafschrift', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right, 60, 'Afschrift 10 / 2026  ·  blad 1 van 2', { size: 8, align: 'right' });
      p.at(90);
      p.kv(
        [
          ['Rekeninghouder', `Mw. L. de Jong`],
          ['', linda.street],
          ['', linda.city],
          ['Rekening', ib],
          ['Periode', '01-10-2026 t/m 31-10-2026'],
          ['Beginsaldo', '€ 187,62'],
        ],
        { labelW: 100, size: 8.5, lh: 12 },
      );
      p.table(cols, rows1, { size: 8, zebra: [0.94, 0.95, 0.98] });
      scribble(p, 360, 92, [`klantnr. ${linda.clientNumber}`, 'L. de Jong'], { rot: -3, size: 14 });
      const q = d.page();
      q.t(q.right, 48, `${ib}  ·  blad 2 van 2`, { size: 8, align: 'right' });
      q.at(70);
      q.table(cols, rows2, { size: 8, zebra: [0.94, 0.95, 0.98] });
      q.kv(
        [
          ['Totaal bij', '€ 1.620,23'],
          ['Totaal af', '€ 1.406,08'],
          ['Eindsaldo 31-10-2026', '€ 401,77'],
        ],
        { labelW: 130, size: 9, f: 'sansB' },
      );
      return d;
    },
  },
  {
    slug: 'bezwaar-korting-energietoeslag',
    type: 'objection',
    client: marlon.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Marlon',
    label: 'bezwaarschrift tegen korting op de uitkering, in Word getypt',
    date: '2026-10-14',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetter(p, {
        from: [marlon.name, marlon.street, marlon.city, 'tel. 06 21 55 80 13'],
        to: ['Gemeente Voorbeeld', 't.a.v. Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 14 oktober 2026',
        subject: 'Betreft: bezwaar tegen uw besluit van 22 september 2026',
        size: 11,
      });
      p.kv(
        [
          ['Klantnummer:', marlon.clientNumber],
          ['BSN:', marlon.bsn],
          ['Kenmerk besluit:', 'WI/2026/118842'],
        ],
        { labelW: 110, size: 11, after: 10 },
      );
      p.p(`Geachte heer/mevrouw,

Hierbij maak ik bezwaar tegen uw besluit van 22 september 2026. In dat besluit verlaagt u mijn bijstandsuitkering voor drie maanden met 20 procent, omdat ik niet zou zijn verschenen op een afspraak bij het Werkplein op 4 september.

Ik ben het hier niet mee eens. Ik heb op 3 september om half negen 's ochtends gebeld met het algemene nummer om de afspraak af te zeggen, omdat mijn zoon met spoed naar de huisartsenpost moest. De medewerker zei dat ze het zou doorgeven. Daarna heb ik nooit een nieuwe uitnodiging gehad. Ik heb de belgeschiedenis van mijn telefoon als bijlage bijgevoegd.

Ik vind de korting ook te zwaar. Ik heb een gezin met twee kinderen en ik heb nog nooit eerder een afspraak gemist. Met 20 procent minder kan ik de huur en de energierekening niet betalen.

Ik vraag u het besluit in te trekken en het ingehouden bedrag terug te betalen. Ik wil graag gehoord worden voordat u beslist.`);
      p.p('Met vriendelijke groet,', { after: 2 });
      p.gap(26);
      p.ln(marlon.name);
      p.gap(10);
      p.ln('Bijlagen: kopie besluit 22-09-2026, schermafdruk belgeschiedenis', { size: 9, f: 'serifI' });
      return d;
    },
  },
  {
    slug: 'bezwaar-handgeschreven-zonder-gegevens',
    type: 'objection',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'handgeschreven bezwaar, alleen naam en straat, geen klant uit het bestand',
    date: '2026-11-09',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { margin: false, lh: 24, top: 80 });
      handLines(
        p,
        [
          'Van: Gerda Roozendaal',
          '       Kastanjelaan 7A',
          '',
          'Aan de gemeente',
          '',
          'Ik maak BEZWAAR tegen de brief die ik heb gekregen',
          'over het terugbetalen van 1840 euro bijzondere bijstand',
          'voor de wasmachine en het bed. Dat was toch een gift?',
          'Toen zei de mevrouw aan de balie dat ik het niet',
          'terug hoefde te betalen. Nu moet het opeens wel.',
          'Ik heb dat geld niet en ik ben 71 jaar.',
          '',
          'Ik wil dat iemand met mij komt praten.',
          'Ik ben bijna altijd thuis.',
          '',
          '   Hoogachtend',
          '   G. Roozendaal',
        ],
        { top: 102, lh: 24, size: 15, x: 60, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'klacht-email-dochter',
    type: 'complaint',
    client: wim.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Lotte Vermeulen',
    label: 'klacht per e-mail door dochter: consultant onbereikbaar, met eerder antwoord gequoot',
    date: '2026-11-03',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 48;
      p.right = 548;
      p.t(p.left, 40, 'Gmail', { f: 'sansB', size: 14, color: [0.3, 0.3, 0.3] });
      p.t(p.right, 40, 'Lotte Vermeulen <lottevermeulen88@example.net>', { size: 8, align: 'right' });
      p.line(p.left, 48, p.right, 48, 0.5, GREY);
      p.at(60);
      p.ln('Klacht: al 6 weken geen reactie (namens mijn vader W. Vermeulen)', { f: 'sansB', size: 13, after: 2 });
      p.ln('2 berichten', { size: 8, color: GREY, after: 6 });
      p.line(p.left, p.y, p.right, p.y, 0.3, GREY);
      p.gap(6);
      p.t(p.left, p.y + 9, 'Lotte Vermeulen <lottevermeulen88@example.net>', { f: 'sansB', size: 9 });
      p.t(p.right, p.y + 9, 'di 3 nov 2026 21:47', { size: 8, align: 'right' });
      p.gap(14);
      p.ln('Aan: klachten@gemeente-voorbeeld.example', { size: 8, color: GREY, after: 4 });
      p.p(`Geachte heer, mevrouw,

Ik schrijf deze klacht namens mijn vader, de heer Wim Vermeulen (klantnummer ${wim.clientNumber}). Hij heeft zelf geen e-mail en hij vindt bellen moeilijk, hij heeft het aan zijn gehoor.

Op 21 september heeft hij bij de balie de papieren ingeleverd voor de bijzondere bijstand voor zijn gehoorapparaat. Hij heeft daar geen bewijs van gekregen. Sindsdien hebben we niets meer gehoord. Ik heb vier keer gebeld naar 14 0123 en elke keer wordt gezegd dat de consultant terugbelt. Dat is niet gebeurd. Twee weken geleden kregen we wel een brief dat de papieren "niet compleet" zijn, maar er staat niet in wat er mist.

Wij willen graag:
- weten wat er nog nodig is;
- één vast aanspreekpunt dat ook echt terugbelt;
- dat de termijn niet tegen mijn vader wordt gebruikt, want hij heeft alles op tijd ingeleverd.

Ik ben bereikbaar op 06-39 70 11 58 (na 16.00 uur).

Met vriendelijke groet,
Lotte Vermeulen`);
      p.line(p.left, p.y, p.right, p.y, 0.3, GREY);
      p.gap(6);
      p.t(p.left, p.y + 9, 'Gemeente Voorbeeld <info@gemeente-voorbeeld.example>', { f: 'sansB', size: 9 });
      p.t(p.right, p.y + 9, 'vr 16 okt 2026 08:02', { size: 8, align: 'right' });
      p.gap(14);
      const y0 = p.y;
      p.left += 12;
      p.p(
        `Beste mevrouw Vermeulen,

Dank voor uw bericht. Wij hebben uw vraag doorgestuurd naar de behandelend consultant. U hoort binnen 5 werkdagen van ons.

Met vriendelijke groet,
Klantcontactcentrum Gemeente Voorbeeld
Dit is een automatisch verstuurd bericht.`,
        { size: 9, color: [0.35, 0.35, 0.35] },
      );
      p.line(p.left - 8, y0, p.left - 8, p.y - 6, 1.2, [0.6, 0.6, 0.6]);
      return d;
    },
  },
  {
    slug: 'aanvraag-bijstand-nieuwe-inwoner',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'aanvraagformulier bijstand, drie pagina\u2019s, nieuwe inwoner niet in het bestand',
    date: '2026-10-19',
    build: () => {
      const bsn = strangerBsn('d-nl-aanvraag-nieuw');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 52, 'Aanvraag algemene bijstand (Participatiewet)', { f: 'sansB', size: 14 });
      p.t(p.left, 68, 'Gemeente Voorbeeld · Team Poort', { size: 9, color: GREY });
      p.t(p.right, 52, 'pagina 1 van 3', { size: 8, align: 'right' });
      p.at(90);
      p.p(
        'Vul dit formulier in met blokletters. Lever het in met de bewijsstukken op de checklist (pagina 3). Uw aanvraag is pas compleet als alle stukken er zijn.',
        { size: 8.5 },
      );
      p.ln('A. Aanvrager', { f: 'sansB', size: 11, after: 4 });
      boxField(p, 'Achternaam', 'DRIESSEN');
      boxField(p, 'Voornamen', 'MAARTEN JOHANNES');
      boxField(p, 'Geboortedatum', '03-02-1988', { w: 120 });
      boxField(p, 'BSN', bsn, { w: 120 });
      boxField(p, 'Adres', 'VOGELZANG 22 (BIJ MIJN ZUS)');
      boxField(p, 'Postcode en woonplaats', '1236 KP VOORBEELD');
      boxField(p, 'Telefoon', '06 1740 8823', { w: 160 });
      boxField(p, 'E-mail', 'm.driessen88@example.com');
      p.gap(6);
      p.ln('B. Leefsituatie', { f: 'sansB', size: 11, after: 4 });
      checkbox(p, p.left + 6, p.y, 'alleenstaand', true);
      checkbox(p, p.left + 130, p.y, 'gehuwd / samenwonend', false);
      checkbox(p, p.left + 300, p.y, 'alleenstaande ouder', false);
      p.gap(18);
      boxField(p, 'Sinds wanneer woont u hier?', '1 SEPT 2026, NA SCHEIDING');
      boxField(p, 'Woonkosten per maand', '€ 250 AAN MIJN ZUS', { w: 200 });
      const q = d.page();
      q.t(q.right, 52, 'pagina 2 van 3', { size: 8, align: 'right' });
      q.at(70);
      q.ln('C. Inkomen en vermogen', { f: 'sansB', size: 11, after: 4 });
      boxField(q, 'Laatste werkgever', 'TRANSPORT DE VOS (TOT 31-08)');
      boxField(q, 'WW aangevraagd?', 'JA, AFGEWEZEN (TE WEINIG WEKEN)');
      boxField(q, 'Bankrekening(en)', groupIban(iban('INGB', 'driessen')));
      boxField(q, 'Saldo op dit moment', '€ 312,40', { w: 120 });
      boxField(q, 'Auto / motor', 'NEE');
      boxField(q, 'Schulden', 'JA, CA. € 4.000 (CREDITCARD + BELASTING)');
      q.gap(8);
      q.ln('D. Waarom vraagt u bijstand aan?', { f: 'sansB', size: 11, after: 2 });
      const y0 = q.y;
      for (let i = 0; i < 6; i++) q.line(q.left, y0 + 22 * (i + 1), q.right, y0 + 22 * (i + 1), 0.4, GREY);
      handLines(
        q,
        [
          'Mijn contract is niet verlengd en ik heb geen recht op WW.',
          'Na de scheiding woon ik tijdelijk bij mijn zus. Ik zoek werk',
          'als chauffeur (heb rijbewijs C). Tot ik werk heb kan ik de',
          'vaste lasten niet betalen.',
        ],
        { x: q.left + 4, top: y0 + 20, lh: 22, size: 12.5 },
      );
      const r = d.page();
      r.t(r.right, 52, 'pagina 3 van 3', { size: 8, align: 'right' });
      r.at(70);
      r.ln('E. Checklist bewijsstukken', { f: 'sansB', size: 11, after: 6 });
      [
        ['Kopie geldig identiteitsbewijs', true],
        ['Bankafschriften laatste 3 maanden van alle rekeningen', true],
        ['Laatste 3 loonstroken', true],
        ['Afwijzing WW (UWV)', true],
        ['Huurcontract of verklaring hoofdbewoner', false],
        ['Echtscheidingsconvenant', false],
      ].forEach(([l, t]) => {
        checkbox(r, r.left + 6, r.y, l as string, t as boolean);
        r.gap(16);
      });
      r.gap(10);
      r.ln('F. Ondertekening', { f: 'sansB', size: 11, after: 4 });
      r.p(
        'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik geef toestemming om mijn gegevens te controleren bij andere instanties.',
        { size: 8.5 },
      );
      field(r, r.left, r.y + 6, 150, 'Plaats en datum', 'Voorbeeld 19-10-26');
      field(r, r.left + 220, r.y + 6, 200, 'Handtekening', 'M. Driessen', { size: 16 });
      r.gap(60);
      r.stamp(400, 560, ['ONTVANGEN', '19 OKT 2026', 'Stadskantoor balie'], { rot: 7, color: [0.15, 0.3, 0.7] });
      return d;
    },
  },
  {
    slug: 'huisarts-verklaring-gefaxt',
    type: 'medical_statement',
    client: johan.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '02-11-2026 15:42  HUISARTSENPRAKTIJK DE BRINK  +31 123 456 780',
    label: 'huisartsverklaring gefaxt: niet belastbaar voor werk',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.t(p.left, 56, 'Huisartsenpraktijk De Brink', { f: 'serifB', size: 15 });
      p.t(p.left, 72, 'E. Schoemaker & R. Tjon-A-Fat, huisartsen', { size: 9 });
      p.t(p.right, 56, 'Brinklaan 40, 1234 CV Voorbeeld', { size: 8.5, align: 'right' });
      p.t(p.right, 68, 'tel. 0123-456789 (spoed: optie 1)', { size: 8.5, align: 'right' });
      p.line(p.left, 82, p.right, 82, 1.2);
      p.at(104);
      p.ln('MEDISCHE VERKLARING', { f: 'sansB', size: 13, after: 8 });
      p.ln('Aan: Gemeente Voorbeeld, Werk en Inkomen, t.a.v. de consultant werk', { size: 10 });
      p.ln('Betreft: dhr. Johan Smits, geboren 28-06-1960', { size: 10, after: 10 });
      p.p(`Op verzoek van patiënt verklaar ik het volgende.

Bovengenoemde patiënt is bij ons in behandeling. In verband met zijn medische situatie (waarover ik zonder toestemming geen details geef) is hij op dit moment en naar verwachting tot ten minste 1 februari 2027 niet in staat tot het verrichten van arbeid of het volgen van een re-integratietraject, ook niet in aangepaste vorm.

Het is de bedoeling dat de situatie na deze datum opnieuw wordt beoordeeld. Ik adviseer u zo nodig een onafhankelijke keuring door een bedrijfsarts of verzekeringsarts te laten doen.

Deze verklaring is afgegeven op verzoek van patiënt en met diens toestemming.`);
      p.gap(10);
      p.ln('Voorbeeld, 2 november 2026', { after: 12 });
      p.t(p.left, p.y + 14, 'E. Schoemaker', { f: 'hand', size: 18, color: BLACK_INK });
      p.gap(26);
      p.ln('E. Schoemaker, huisarts  (BIG 19022871601)');
      p.stamp(430, 640, ['HUISARTSENPRAKTIJK', 'DE BRINK', 'AGB 01-033872'], { rot: -4, color: [0, 0, 0], size: 9 });
      p.t(p.left, 790, 'VERTROUWELIJK – uitsluitend bestemd voor de geadresseerde', { f: 'sansB', size: 8 });
      return d;
    },
  },
  {
    slug: 'incasso-onbekende-debiteur',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'digital',
    author: 'Incassobureau Lindeboom & Partners',
    label: 'sommatie incassobureau over iemand die geen klant is',
    date: '2026-10-21',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(
        p,
        'LINDEBOOM & PARTNERS',
        ['Gerechtsdeurwaarders en incasso', 'Postbus 5120, 3502 JC Utrecht', 'T 030 - 877 1200', 'www.lindeboom-incasso.example'],
        { color: [0.45, 0.1, 0.15], f: 'serifB' },
      );
      p.gap(20);
      p.p('Mevrouw S.M. Verhoef\nOude Haven 81\n1230 CE Voorbeeld', { size: 10.5 });
      p.gap(20);
      p.kv(
        [
          ['Dossiernummer', 'LP-2026-0418837'],
          ['Opdrachtgever', 'Telecom Zuid B.V.'],
          ['Datum', '21 oktober 2026'],
        ],
        { labelW: 110 },
      );
      p.ln('LAATSTE SOMMATIE', { f: 'sansB', size: 12, after: 6 });
      p.p(`Geachte mevrouw Verhoef,

Ondanks eerdere herinneringen heeft u de vordering van onze opdrachtgever nog steeds niet betaald. Wij sommeren u het onderstaande bedrag binnen 14 dagen na dagtekening van deze brief over te maken.`);
      p.table(
        [
          { h: 'Omschrijving', w: 300 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Hoofdsom (facturen 03-2026 t/m 06-2026)', '€ 286,44'],
          ['Wettelijke rente', '€ 9,12'],
          ['Buitengerechtelijke incassokosten', '€ 42,97'],
          ['Totaal', '€ 338,53'],
        ],
        { size: 9.5 },
      );
      p.p(`Betaalt u niet op tijd, dan kan onze opdrachtgever u dagvaarden. De kosten daarvan komen voor uw rekening.

Kunt u niet in één keer betalen? Bel ons dan voor een betalingsregeling. Heeft u meerdere schulden, neem dan contact op met de schuldhulpverlening van uw gemeente.

Met vriendelijke groet,
Lindeboom & Partners
afdeling Incasso`);
      p.kv(
        [
          ['Rekening', groupIban(iban('ABNA', 'lindeboom'))],
          ['o.v.v.', 'LP-2026-0418837'],
        ],
        { labelW: 80, f: 'sansB' },
      );
      return d;
    },
  },
  {
    slug: 'deurwaarder-door-vriendin-ingeleverd',
    type: 'debt_notice',
    client: null,
    conflict: [saida.clientNumber, 'K-100108'],
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'deurwaardersexploot over de ene klant, klantnummer van een andere klant erop geschreven',
    date: '2026-10-28',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.t(p.left, 54, 'Van der Kolk Gerechtsdeurwaarders', { f: 'serifB', size: 14 });
      p.t(p.left, 68, 'Stationsplein 12  ·  1230 AB Voorbeeld  ·  0123-880 440', { size: 8 });
      p.line(p.left, 76, p.right, 76, 0.8);
      p.at(96);
      p.ln('AANZEGGING VAN LOONBESLAG / BESLAG OP UITKERING', { f: 'serifB', size: 12, after: 8 });
      p.p(`Heden, achtentwintig oktober tweeduizend zesentwintig, op verzoek van Woonstichting Het Anker, gevestigd te Voorbeeld, heb ik, Pieter van der Kolk, gerechtsdeurwaarder, kantoorhoudende te Voorbeeld,

AANGEZEGD AAN:

mevrouw Saida Benali, geboren op 11 juli 1999, wonende te Voorbeeld,

dat ten laste van haar beslag is gelegd onder de Gemeente Voorbeeld, afdeling Werk en Inkomen, als derde-beslagene, op al hetgeen de derde-beslagene aan haar verschuldigd is of zal worden, uit hoofde van een uitkering ingevolge de Participatiewet.`);
      p.table(
        [
          { h: 'Specificatie', w: 280 },
          { h: 'Bedrag', w: 110, r: true },
        ],
        [
          ['Hoofdsom huurachterstand', '€ 1.948,00'],
          ['Rente tot heden', '€ 88,41'],
          ['Proceskosten vonnis', '€ 453,00'],
          ['Kosten dit exploot', '€ 118,96'],
          ['Totaal', '€ 2.608,37'],
        ],
        { size: 9.5 },
      );
      p.p(
        'De beslagvrije voet wordt door de derde-beslagene in acht genomen. U kunt de beslagvrije voet laten herberekenen als uw situatie verandert.',
      );
      scribble(p, 300, 600, ['Fatima el Amrani', 'K-100108', 'wat moet ik hiermee??'], { rot: 5, size: 14 });
      const q = d.page();
      q.at(60);
      q.p(`Dit exploot is betekend en afschrift hiervan is gelaten aan:

[X]  de geadresseerde in persoon
[  ]  een huisgenoot
[  ]  in een gesloten envelop in de brievenbus

Kosten van dit exploot: € 118,96 (inclusief btw).

Voor informatie of een betalingsregeling kunt u bellen met 0123-880 440 onder vermelding van dossier VK-26-07713.`);
      q.gap(20);
      q.ln('P. van der Kolk, gerechtsdeurwaarder', { f: 'serifI' });
      q.stamp(380, 420, ['VAN DER KOLK', 'GERECHTSDEURWAARDERS'], { rot: 10, color: [0.15, 0.15, 0.6], size: 10 });
      return d;
    },
  },
  {
    slug: 'huurverhoging-woningcorporatie',
    type: 'rental_agreement',
    client: mieke.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'brief huurverhoging per 1 januari, klantnummer met pen erop',
    date: '2026-11-05',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(
        p,
        'Woonstede',
        ['Woonstede Voorbeeld', 'Postbus 310, 1230 AH Voorbeeld', 'klantenservice 0123-300 300', 'woonstede.example'],
        { color: [0.2, 0.5, 0.25] },
      );
      p.gap(10);
      p.p(`Mevrouw M. de Wit\n${mieke.street}\n${mieke.city}`);
      p.gap(14);
      p.kv(
        [
          ['Huurcontractnummer', '0077-19340-02'],
          ['Datum', '5 november 2026'],
          ['Onderwerp', 'Uw nieuwe huurprijs per 1 januari 2027'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(`Beste mevrouw De Wit,

Elk jaar passen wij de huren aan. Per 1 januari 2027 verandert uw huur. In dit voorstel ziet u wat u vanaf die datum betaalt.`);
      p.table(
        [
          { h: '', w: 260 },
          { h: 'Nu', w: 80, r: true },
          { h: 'Per 1-1-2027', w: 90, r: true },
        ],
        [
          ['Kale huur', '€ 598,12', '€ 622,04'],
          ['Servicekosten (schoonmaak, verlichting)', '€ 21,50', '€ 23,00'],
          ['Totale huur', '€ 619,62', '€ 645,04'],
        ],
        { size: 9.5 },
      );
      p.p(`De huurverhoging is 4,0 procent van de kale huur. Dat is binnen wat de wet toestaat.

Bent u het niet eens met de huurverhoging? Dan kunt u vóór 1 januari 2027 bezwaar maken met het formulier op onze website. Heeft u huurtoeslag? Geef uw nieuwe huur dan door aan de Belastingdienst.

Met vriendelijke groet,

Ilse Koning
Manager Verhuur`);
      scribble(p, 360, 120, ['K-100521', 'nieuwe huur!!'], { rot: -5, size: 15, ink: [0.05, 0.05, 0.05] });
      return d;
    },
  },
  {
    slug: 'vakantieformulier-suriname',
    type: 'holiday_notice',
    client: gladys.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'melding verblijf buitenland met de hand ingevuld (Suriname, 4 weken)',
    date: '2026-11-10',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 50, 'Gemeente Voorbeeld', { f: 'sansB', size: 13, color: [0.05, 0.35, 0.3] });
      p.t(p.right, 50, 'Melding vakantie / verblijf in het buitenland', { f: 'sansB', size: 11, align: 'right' });
      p.at(74);
      p.p(
        'U mag met een bijstandsuitkering maximaal 4 weken per jaar in het buitenland verblijven. Meld dit minimaal 2 weken voor vertrek. Neem bij terugkomst uw paspoort mee naar de balie.',
        { size: 8.5 },
      );
      boxField(p, 'Naam', 'G. Lieuw');
      boxField(p, 'BSN', gladys.bsn.replace(/(\d{4})(\d{2})(\d{3})/, '$1 $2 $3'), { w: 150 });
      boxField(p, 'Adres', gladys.street);
      boxField(p, 'Land van bestemming', 'Suriname (Paramaribo)');
      boxField(p, 'Vertrekdatum', '7 december 2026', { w: 150 });
      boxField(p, 'Datum terugkomst', '3 januari 2027', { w: 150 });
      boxField(p, 'Adres in het buitenland', 'bij mijn tante, Wanicastraat 118');
      boxField(p, 'Reden', 'familiebezoek, mijn moeder is ziek');
      p.gap(4);
      p.ln('Gaan er gezinsleden mee?', { size: 9 });
      checkbox(p, p.left + 6, p.y + 2, 'nee', false);
      checkbox(p, p.left + 60, p.y + 2, 'ja, namelijk:', true);
      p.t(p.left + 150, p.y + 10, 'mijn dochter Kimberley (9)', { f: 'hand', size: 12.5, color: INK });
      p.gap(22);
      p.ln('Heeft u een verplichting in deze periode (afspraak, cursus, werk)?', { size: 9 });
      p.t(p.left + 6, p.y + 12, 'taalcursus stopt 4 dec, begint weer 11 jan', { f: 'hand', size: 12.5, color: INK });
      p.gap(30);
      field(p, p.left, p.y, 150, 'Datum', '10/11/2026');
      field(p, p.left + 220, p.y, 200, 'Handtekening', 'GLieuw', { size: 16 });
      p.gap(50);
      p.rect(p.left, p.y, p.right - p.left, 70, { stroke: GREY, lw: 0.5 });
      p.t(p.left + 6, p.y + 12, 'In te vullen door de gemeente', { size: 8, color: GREY });
      p.t(p.left + 6, p.y + 28, 'Ontvangen op: ____________   Paraaf: ______', { size: 8, color: GREY });
      return d;
    },
  },
  {
    slug: 'sollicitatielijst-oktober',
    type: 'job_application_proof',
    client: roy.clientNumber,
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: 'sollicitatieoverzicht oktober met de hand op het formulier',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 52, 'Overzicht sollicitatieactiviteiten', { f: 'sansB', size: 14 });
      p.t(p.left, 68, 'Gemeente Voorbeeld · Team Werk', { size: 9, color: GREY });
      p.at(84);
      p.kv(
        [
          ['Naam', ''],
          ['Klantnummer', ''],
          ['Maand', ''],
        ],
        { labelW: 90, size: 10 },
      );
      p.t(p.left + 92, 95, 'Roy Amatmoekrim', { f: 'hand', size: 13, color: INK });
      p.t(p.left + 92, 110, roy.clientNumber, { f: 'hand', size: 13, color: INK });
      p.t(p.left + 92, 125, 'oktober 2026', { f: 'hand', size: 13, color: INK });
      p.at(140);
      const rows = [
        ['2/10', 'PostNL sorteercentrum', 'online', 'afgewezen'],
        ['6/10', 'Hornbach', 'open sollicitatie', 'geen reactie'],
        ['9/10', 'Uitzendbureau Randstad', 'langs geweest', 'ingeschreven'],
        ['14/10', 'Gemeente, groenvoorziening', 'brief', 'gesprek 4/11'],
        ['17/10', 'Coolblue bezorging', 'online', 'afgewezen'],
        ['23/10', 'Bouwbedrijf Kruiswijk', 'gebeld', 'terugbellen'],
        ['28/10', 'Tankstation Shell A6', 'langs', 'geen plek'],
      ];
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Bedrijf / functie', w: 180 },
          { h: 'Hoe (brief, mail, bellen)', w: 120 },
          { h: 'Resultaat', w: 110 },
        ],
        rows.map(() => ['', '', '', '']),
        { grid: true, rowH: 24, size: 9 },
      );
      let y = 140 + 24 + 16;
      for (const r of rows) {
        let x = p.left + 4;
        r.forEach((c, i) => {
          p.t(x, y, c, { f: 'hand', size: 11.5, color: INK });
          x += [50, 180, 120, 110][i]!;
        });
        y += 24;
      }
      p.at(y + 20);
      p.p('Neem bewijzen mee (e-mails, afwijzingen) als u die heeft. Lever dit overzicht elke maand in vóór de 5e.', { size: 8.5 });
      field(p, p.left, p.y + 10, 200, 'Handtekening', 'R. Amatmoekrim', { size: 15 });
      return d;
    },
  },
  {
    slug: 'arbeidsovereenkomst-bepaalde-tijd',
    type: 'employment_contract',
    client: rinaldo.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Hoveniersbedrijf Groenrijk',
    label: 'arbeidsovereenkomst bepaalde tijd, drie pagina\u2019s',
    date: '2026-10-22',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.t(p.left, 54, 'Groenrijk Hoveniers B.V.', { f: 'serifB', size: 15, color: [0.15, 0.4, 0.15] });
      p.t(p.left, 68, 'Tuinbouwweg 9 · 1237 AR Voorbeeld · KvK 70112235', { size: 8, color: GREY });
      p.at(100);
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'serifB', size: 13, align: 'center', after: 10 });
      p.p('De ondergetekenden:');
      p.p(
        '1. Groenrijk Hoveniers B.V., gevestigd te Voorbeeld, hierbij vertegenwoordigd door de heer A.P. Verburg, directeur, hierna: "werkgever";',
      );
      p.p(
        `2. De heer Rinaldo Wongsodikromo, geboren op 2 mei 2001, wonende aan de ${rinaldo.street}, ${rinaldo.city}, BSN ${rinaldo.bsn}, hierna: "werknemer";`,
      );
      p.p('komen het volgende overeen:');
      const art = (t: string, s: string, q = p) => {
        q.ln(t, { f: 'serifB', size: 10.5, after: 1 });
        q.p(s);
      };
      art(
        'Artikel 1 – Functie en plaats',
        'Werknemer treedt in dienst in de functie van medewerker hovenier. De werkzaamheden worden verricht op wisselende locaties van opdrachtgevers in de regio. Werknemer meldt zich dagelijks om 7.30 uur op de werf aan de Tuinbouwweg.',
      );
      art(
        'Artikel 2 – Duur',
        'De arbeidsovereenkomst gaat in op 2 november 2026 en wordt aangegaan voor de duur van zes maanden. Zij eindigt van rechtswege op 1 mei 2027 zonder dat opzegging nodig is. Werkgever laat uiterlijk een maand voor het einde schriftelijk weten of de overeenkomst wordt voortgezet.',
      );
      art('Artikel 3 – Proeftijd', 'Er geldt een proeftijd van één maand.');
      const q = d.page();
      q.at(60);
      art(
        'Artikel 4 – Arbeidsduur',
        'De arbeidsduur bedraagt 32 uur per week, verdeeld over vier dagen van maandag tot en met donderdag. In de wintermaanden kunnen bij vorst uren worden verschoven in overleg.',
        q,
      );
      art(
        'Artikel 5 – Salaris',
        'Werknemer ontvangt een bruto maandsalaris van € 2.312,00 bij 32 uur per week (schaal B, trede 2 van de cao Hoveniers). Het salaris wordt uiterlijk op de laatste werkdag van de maand betaald op de rekening van werknemer.',
        q,
      );
      art(
        'Artikel 6 – Vakantie',
        'Werknemer heeft recht op 8 procent vakantietoeslag, uit te betalen in juni, en op 25 vakantiedagen per jaar naar rato van de arbeidsduur.',
        q,
      );
      art(
        'Artikel 7 – Cao en pensioen',
        'Op deze overeenkomst is de cao voor het Hoveniersbedrijf van toepassing. Werknemer neemt deel aan de pensioenregeling van het bedrijfstakpensioenfonds.',
        q,
      );
      art(
        'Artikel 8 – Ziekte',
        'Bij ziekte meldt werknemer zich vóór 7.00 uur telefonisch ziek bij de bedrijfsleider. Het ziekteverzuimreglement is als bijlage bij deze overeenkomst gevoegd.',
        q,
      );
      art(
        'Artikel 9 – Persoonlijke beschermingsmiddelen',
        'Werkgever stelt werkkleding, veiligheidsschoenen en gehoorbescherming ter beschikking. Werknemer is verplicht deze te dragen.',
        q,
      );
      const r = d.page();
      r.at(60);
      art(
        'Artikel 10 – Slotbepaling',
        'Wijzigingen in deze overeenkomst zijn alleen geldig als beide partijen die schriftelijk zijn aangegaan.',
        r,
      );
      r.gap(10);
      r.p('Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te Voorbeeld op 22 oktober 2026.');
      r.gap(30);
      r.t(r.left, r.y, 'Werkgever', { f: 'serifB' });
      r.t(r.left + 260, r.y, 'Werknemer', { f: 'serifB' });
      r.gap(50);
      r.line(r.left, r.y, r.left + 180, r.y, 0.5);
      r.line(r.left + 260, r.y, r.left + 440, r.y, 0.5);
      r.gap(14);
      r.t(r.left, r.y, 'A.P. Verburg, directeur');
      r.t(r.left + 260, r.y, 'R. Wongsodikromo');
      footer(r, 'Groenrijk Hoveniers B.V. – arbeidsovereenkomst R. Wongsodikromo – pagina 3 van 3');
      return d;
    },
  },
  {
    slug: 'uwv-ww-toekenning',
    type: 'uwv_decision',
    client: gerrit.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'UWV',
    label: 'UWV-besluit WW-uitkering toegekend, twee pagina\u2019s',
    date: '2026-10-16',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'UWV', { f: 'sansB', size: 24, color: [0.0, 0.3, 0.6] });
      p.t(p.right, 46, 'Postbus 58285', { size: 8, align: 'right', color: GREY });
      p.t(p.right, 56, '1040 HG Amsterdam', { size: 8, align: 'right', color: GREY });
      p.at(120);
      p.p(`De heer G. Hoekstra\n${gerrit.street}\n${gerrit.city}`);
      p.gap(30);
      p.kv(
        [
          ['Datum', '16 oktober 2026'],
          ['Ons kenmerk', 'WW 2026-5518204'],
          ['Burgerservicenummer', gerrit.bsn],
          ['Onderwerp', 'U krijgt een WW-uitkering'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.gap(8);
      p.p(`Geachte heer Hoekstra,

U heeft een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf 1 oktober 2026. In deze brief leest u hoe hoog uw uitkering is en hoe lang u deze krijgt.

Hoeveel WW krijgt u?
De eerste 2 maanden krijgt u 75% van uw dagloon. Daarna krijgt u 70% van uw dagloon. Uw dagloon is € 118,64. Uw uitkering is de eerste 2 maanden ongeveer € 1.928 bruto per maand.

Hoe lang krijgt u WW?
U krijgt WW tot en met 30 juni 2027, als u aan alle voorwaarden blijft voldoen.

Wat moet u doen?
U moet ingeschreven staan als werkzoekende en iedere maand uw inkomsten aan ons doorgeven. Krijgt u daarnaast een uitkering van de gemeente? Geef dit besluit dan door aan uw gemeente.`);
      const q = d.page();
      q.at(60);
      q.p(`Waarom krijgt u WW?
U bent werkloos geworden, omdat uw tijdelijke contract bij Logistiek Centrum Haven B.V. niet is verlengd. U heeft in de laatste 36 weken ten minste 26 weken gewerkt.

Bent u het niet eens met dit besluit?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan online met uw DigiD op uwv.nl of met een brief.

Heeft u vragen?
Kijk op uwv.nl of bel UWV Telefoon Werknemers. Houd uw burgerservicenummer bij de hand.

Met vriendelijke groet,

drs. M.C. Hendriks
directeur Uitkeringen`);
      footer(q, 'UWV · kenmerk WW 2026-5518204 · pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'toeslagen-voorschot-huurtoeslag',
    type: 'tax_document',
    client: joke.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Belastingdienst/Toeslagen: voorschotbeschikking huurtoeslag 2027',
    date: '2026-11-20',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'Belastingdienst', { f: 'sansB', size: 15 });
      p.t(p.left, 72, 'Toeslagen', { size: 11 });
      p.t(p.right, 56, 'Postbus 8040, 6710 JC Ede', { size: 8, align: 'right', color: GREY });
      p.at(110);
      p.p(`Mevrouw J. van der Heijden\n${joke.street}\n${joke.city}`);
      p.gap(24);
      p.kv(
        [
          ['Burgerservicenummer', joke.bsn],
          ['Datum', '20 november 2026'],
          ['Onderwerp', 'Voorschotbeschikking huurtoeslag 2027'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(`Geachte mevrouw Van der Heijden,

U krijgt in 2027 een voorschot huurtoeslag. Wij hebben dit voorschot berekend met de gegevens die wij van u hebben.`);
      p.table(
        [
          { h: '', w: 300 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Huurtoeslag per maand', '€ 241'],
          ['Huurtoeslag per jaar', '€ 2.892'],
          ['Gebruikte rekenhuur per maand', '€ 645,04'],
          ['Gebruikt toetsingsinkomen 2027', '€ 17.880'],
        ],
        { size: 9.5 },
      );
      p.p(`Controleer of deze gegevens kloppen. Klopt er iets niet, of verandert er iets? Geef dit dan zo snel mogelijk door via Mijn toeslagen. Zo voorkomt u dat u later moet terugbetalen.

Met vriendelijke groet,
de Belastingdienst/Toeslagen`);
      scribble(p, 320, 700, ['ingeleverd balie 24/11'], { rot: 2, size: 12 });
      return d;
    },
  },
  {
    slug: 'id-kaart-foto-keukentafel',
    type: 'identity_document',
    client: winston.clientNumber,
    language: 'nl',
    render: 'photo',
    table: WOOD,
    label: 'foto van voor- en achterkant identiteitskaart op papier gekopieerd',
    date: '2026-10-08',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      const card = (y: number, back: boolean) => {
        p.rect(110, y, 370, 232, { fill: [0.9, 0.92, 0.95], stroke: GREY, lw: 0.8 });
        if (!back) {
          p.t(126, y + 22, 'KONINKRIJK DER NEDERLANDEN', { f: 'sansB', size: 9 });
          p.t(126, y + 34, 'KINGDOM OF THE NETHERLANDS · IDENTITEITSKAART', { size: 6.5 });
          p.rect(126, y + 48, 92, 118, { fill: [0.7, 0.7, 0.72] });
          const kv: [string, string][] = [
            ['Naam / Surname', 'Doelwijt'],
            ['Voornamen / Given names', 'Winston Ricardo'],
            ['Geboortedatum / Date of birth', '25 10 1999'],
            ['Geslacht / Sex', 'M'],
            ['Nationaliteit', 'Nederlandse'],
            ['Documentnummer', 'IZR8D41K7'],
            ['Geldig tot / Date of expiry', '14 03 2033'],
          ];
          kv.forEach(([k, v], i) => {
            p.t(232, y + 54 + i * 23, k, { size: 6 });
            p.t(232, y + 64 + i * 23, v, { f: 'sansB', size: 9.5 });
          });
        } else {
          p.t(126, y + 24, 'Persoonsnummer', { size: 6.5 });
          p.t(126, y + 36, winston.bsn, { f: 'sansB', size: 10 });
          p.t(126, y + 56, 'Datum van afgifte', { size: 6.5 });
          p.t(126, y + 68, '14 03 2023', { f: 'sansB', size: 10 });
          p.t(126, y + 88, 'Afgegeven door', { size: 6.5 });
          p.t(126, y + 100, 'Burg. v. Voorbeeld', { f: 'sansB', size: 10 });
          p.t(126, y + 180, 'I<NLDIZR8D41K76999641240<<<<<<', { f: 'mono', size: 9.5 });
          p.t(126, y + 194, '9910258M3303144NLD<<<<<<<<<<<8', { f: 'mono', size: 9.5 });
          p.t(126, y + 208, 'DOELWIJT<<WINSTON<RICARDO<<<<<<', { f: 'mono', size: 9.5 });
        }
      };
      card(80, false);
      card(370, true);
      p.t(120, 660, 'kopie voor de gemeente, W. Doelwijt', { f: 'hand', size: 14, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'avg-inzageverzoek-dossier',
    type: 'other',
    client: bart.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'B. Meijer',
    label: 'AVG-verzoek om inzage in het eigen dossier',
    date: '2026-11-04',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['B. Meijer', bart.street, bart.city],
        to: ['Gemeente Voorbeeld', 't.a.v. de functionaris gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: 'Voorbeeld, 4 november 2026',
        subject: 'Verzoek om inzage persoonsgegevens (artikel 15 AVG)',
      });
      p.p(`Geachte heer, mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming verzoek ik u mij inzage te geven in alle persoonsgegevens die de afdeling Werk en Inkomen over mij verwerkt.

Ik wil in het bijzonder een kopie ontvangen van:
1. de gespreksverslagen van mijn consultant sinds januari 2025;
2. het rapport van het huisbezoek van 12 augustus 2026;
3. de gegevens die u heeft opgevraagd bij andere instanties (zoals UWV en de Belastingdienst) en de reden daarvan.

Ook wil ik weten aan wie mijn gegevens zijn verstrekt en hoe lang u ze bewaart.

Mijn gegevens:
klantnummer ${bart.clientNumber}
BSN ${bart.bsn}

Ik verzoek u binnen de wettelijke termijn van één maand te reageren. Een kopie van mijn rijbewijs (met afgeschermde pasfoto en BSN) kan ik aan de balie laten zien.

Met vriendelijke groet,

Bart Meijer`);
      return d;
    },
  },
  {
    slug: 'beroepschrift-advocaat',
    type: 'court_document',
    client: hanan.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Sterk Advocaten',
    label: 'beroepschrift bij de rechtbank (afschrift), twee pagina\u2019s',
    date: '2026-10-27',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(
        p,
        'STERK ADVOCATEN',
        ['mr. J.A. Dijkhuis', 'Keizersgracht 14, 1230 AK Voorbeeld', 'T 0123-770 110', 'sterkadvocaten.example'],
        { color: [0.15, 0.15, 0.15], f: 'serifB' },
      );
      p.gap(8);
      p.p('Rechtbank Midden-Nederland\nSector bestuursrecht\nPostbus 16005\n3500 DA Utrecht');
      p.gap(10);
      p.kv(
        [
          ['Datum', '27 oktober 2026'],
          ['Onze ref.', '26.0391/JD'],
          ['Betreft', 'beroepschrift mevrouw H. El Khattabi / college van B&W Voorbeeld'],
        ],
        { labelW: 80, size: 10 },
      );
      p.ln('BEROEPSCHRIFT', { f: 'serifB', size: 13, align: 'center', after: 8 });
      p.p(`Edelachtbaar College,

Ondergetekende, mr. J.A. Dijkhuis, advocaat te Voorbeeld, handelend namens mevrouw Hanan El Khattabi, wonende te Voorbeeld, burgerservicenummer ${hanan.bsn} (hierna: eiseres), stelt hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van de gemeente Voorbeeld van 16 september 2026, kenmerk BB/2026/0877 (hierna: het bestreden besluit).

Bij het bestreden besluit heeft verweerder het bezwaar van eiseres tegen de herziening en terugvordering van bijstand over de periode januari 2025 tot en met maart 2026 ongegrond verklaard. Het terug te vorderen bedrag is vastgesteld op € 14.212,07.`);
      const q = d.page();
      q.at(60);
      q.ln('Gronden', { f: 'serifB', size: 11, after: 4 });
      q.p(`1. Verweerder heeft ten onrechte aangenomen dat eiseres een gezamenlijke huishouding voerde met de heer B. Er is geen sprake van wederzijdse zorg. De heer B. stond op het adres van eiseres ingeschreven omdat hij geen andere woning had; hij betaalde kostgeld.

2. Het onderzoek van de afdeling Handhaving berust op verklaringen van buren die niet zijn ondertekend en niet aan eiseres zijn voorgelegd.

3. Subsidiair: verweerder heeft niet onderzocht of er dringende redenen zijn om van terugvordering af te zien. Eiseres heeft schulden en een zoon met een beperking.

Eiseres verzoekt de rechtbank het beroep gegrond te verklaren, het bestreden besluit te vernietigen en verweerder te veroordelen in de proceskosten. Eiseres behoudt zich het recht voor de gronden aan te vullen.

Bijlagen: het bestreden besluit, machtiging.

mr. J.A. Dijkhuis`);
      q.gap(10);
      q.p('Afschrift aan: gemeente Voorbeeld, Team Bezwaar en Beroep (ter informatie)', { size: 9, f: 'serifI' });
      return d;
    },
  },
  {
    slug: 'griffie-uitnodiging-zitting-gefaxt',
    type: 'court_document',
    client: null,
    language: 'nl',
    render: 'fax',
    faxHeader: '13-11-2026 11:03  RECHTBANK MIDDEN-NEDERLAND  BESTUURSRECHT',
    label: 'uitnodiging zitting van de griffie, over iemand die geen klant is',
    date: '2026-11-13',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.t(p.left, 60, 'Rechtbank Midden-Nederland', { f: 'serifB', size: 15 });
      p.t(p.left, 76, 'team bestuursrecht', { size: 10 });
      p.at(110);
      p.p(
        'College van burgemeester en wethouders van de gemeente Voorbeeld\nt.a.v. Team Bezwaar en Beroep\nPostbus 1234\n1230 AA Voorbeeld',
      );
      p.gap(14);
      p.kv(
        [
          ['zaaknummer', 'UTR 26/4419 PW'],
          ['datum', '13 november 2026'],
          ['eiser', 'T. Bakkali, te Voorbeeld'],
          ['onderwerp', 'uitnodiging zitting'],
        ],
        { labelW: 100 },
      );
      p.p(`Geacht college,

Hierbij nodig ik u uit voor de behandeling van bovengenoemde zaak ter zitting van de rechtbank.

Datum: dinsdag 12 januari 2027
Tijd: 10.30 uur
Plaats: Vrouwe Justitiaplein 1, Utrecht, zaal wordt op de dag zelf bekendgemaakt

U kunt zich laten vertegenwoordigen door een gemachtigde. Stukken die u nog wilt inbrengen moeten uiterlijk tien dagen voor de zitting bij de rechtbank binnen zijn.

Hoogachtend,
namens de griffier,

mw. E. Bos
medewerker griffie`);
      return d;
    },
  },
  {
    slug: 'inkomstenopgave-fout-klantnummer',
    type: 'change_form',
    client: null,
    conflict: ['K-100206', mieke.clientNumber],
    language: 'nl',
    render: 'digital',
    author: 'M. de Wit',
    label: 'brief inkomstenopgave met een klantnummer van een ander naast eigen naam en BSN',
    date: '2026-11-06',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: [mieke.name, mieke.street, mieke.city],
        place: 'Voorbeeld, 6 november 2026',
        subject: 'Opgave inkomsten oktober 2026',
      });
      p.kv(
        [
          ['Klantnummer', 'K-100206'],
          ['BSN', mieke.bsn],
        ],
        { labelW: 90 },
      );
      p.p(`Beste mevrouw, meneer,

Hierbij geef ik mijn inkomsten van oktober door. Ik heb in oktober 31 uur gewerkt als invalkracht in de kantine van de sportclub. Ik heb daarvoor € 412,18 netto gekregen op 29 oktober. Ik stuur de loonstrook mee.

In november werk ik waarschijnlijk minder, want de competitie ligt stil in de herfstvakantie.

Het klantnummer heb ik overgenomen van een oude brief, ik hoop dat het goed is.

Met vriendelijke groet,

Mieke de Wit`);
      return d;
    },
  },
  {
    slug: 'energie-aanmaning-met-bsn',
    type: 'debt_notice',
    client: aicha.clientNumber,
    language: 'nl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'betalingsherinnering energieleverancier, BSN met pen erop geschreven',
    date: '2026-11-11',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.rect(0, 0, 595, 80, { fill: [0.95, 0.6, 0.1] });
      p.t(p.left, 48, 'ZonnaStroom', { f: 'sansB', size: 22, color: [1, 1, 1] });
      p.t(p.right, 48, 'energie voor iedereen', { size: 9, color: [1, 1, 1], align: 'right' });
      p.at(104);
      p.p(`Mevrouw A. Boukhari\n${aicha.street}\n${aicha.city}`);
      p.gap(16);
      p.kv(
        [
          ['Klantnummer ZonnaStroom', '4410 2283 7'],
          ['Datum', '11 november 2026'],
        ],
        { labelW: 150 },
      );
      p.ln('2e herinnering: uw termijnbedrag is nog niet betaald', { f: 'sansB', size: 12, after: 6 });
      p.p(`Beste mevrouw Boukhari,

Wij hebben uw termijnbedragen van september en oktober nog niet ontvangen. Het gaat om € 296,00 (2 x € 148,00). Wilt u dit binnen 14 dagen betalen?

Lukt betalen niet? Bel ons dan op 088-060 7700. We kijken samen naar een regeling. Als u niet betaalt, moeten we de vordering uit handen geven aan een incassobureau. Dan komen er kosten bij.

Ook kunnen wij uw gegevens doorgeven aan de gemeente, zodat die u hulp kan aanbieden bij geldzorgen. Dat doen we alleen als u daar geen bezwaar tegen maakt.

Met vriendelijke groet,
Team Klantenservice ZonnaStroom`);
      scribble(p, 90, 640, ['BSN 999995777', 'graag hulp bij betalen, ik kan niet meer', 'A. Boukhari'], { rot: 3, size: 14 });
      return d;
    },
  },
  {
    slug: 'wijziging-bsn-verschreven-geen-geboortedatum',
    type: 'change_form',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'handgeschreven wijzigingsformulier, BSN met een cijfer verwisseld, alleen naam',
    date: '2026-11-16',
    build: () => {
      const d = new Doc('sans', 10);
      wijzigingsformulier(d, {
        name: 'W. Vermeulen',
        knr: '',
        bsn: typoBsn(wim.bsn, 3),
        addr: 'Beatrixstraat (zie oude formulier)',
        phone: '',
        ticks: [false, false, true, false, false, false, false],
        text: ['Mijn kleinzoon Daan woont niet meer bij mij', 'sinds 1 november. Hij woont nu in Utrecht op kamers.'],
        date: '16 nov',
        sign: 'W Vermeulen',
      });
      return d;
    },
  },
  {
    slug: 'klacht-handgeschreven-balie',
    type: 'complaint',
    client: karim.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'handgeschreven klacht over behandeling aan de balie, verfrommeld',
    date: '2026-10-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { holes: true, lh: 23, top: 76 });
      handLines(
        p,
        [
          'KLACHT',
          '',
          'Naam: Karim Ouahabi   geb. 04-02-1960',
          '',
          'Op donderdag 29 oktober ben ik aan de balie geweest',
          'met mijn papieren van de huur. De mevrouw achter',
          'het glas zei dat ik een afspraak moest maken via de',
          'website. Ik heb geen computer en geen email.',
          'Ik heb 40 minuten gewacht en toen moest ik weg.',
          'Zij was niet vriendelijk en praatte heel hard, de',
          'mensen in de wachtkamer keken allemaal naar mij.',
          'Ik ben 66 jaar en ik wil gewoon normaal behandeld',
          'worden. Ik wil dat iemand mij een brief stuurt',
          'met een afspraak op papier.',
          '',
          'K. Ouahabi',
        ],
        { top: 98, lh: 23, size: 14.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'doktersbriefje-moeder-klantnummer-dochter',
    type: 'medical_statement',
    client: null,
    conflict: [nadia.clientNumber, 'K-100444'],
    language: 'nl',
    render: 'scan',
    label: 'verklaring fysiotherapeut over de een, klantnummer van de ander (dochter) erop',
    date: '2026-10-23',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.t(p.left, 56, 'Fysiotherapie Het Park', { f: 'sansB', size: 15, color: [0.1, 0.45, 0.55] });
      p.t(p.left, 70, 'Parkweg 2a · 1233 AK Voorbeeld · 0123-412 066', { size: 8.5, color: GREY });
      p.at(104);
      p.ln('Verklaring behandeling', { f: 'sansB', size: 12, after: 8 });
      p.p(`Hierbij verklaar ik dat mevrouw Nadia Ait Lahcen, geboren 18-07-1960, sinds 3 maart 2026 bij onze praktijk in behandeling is voor langdurige klachten van de rug en de rechterschouder.

Zij komt twee keer per week voor behandeling. Zij kan op dit moment niet langer dan 20 minuten achter elkaar staan of lopen en kan niet tillen. Dit beperkt haar in het verrichten van werkzaamheden.

Deze verklaring is op verzoek van patiënte opgesteld.`);
      p.gap(10);
      p.ln('Voorbeeld, 23 oktober 2026');
      p.gap(6);
      p.t(p.left, p.y + 16, 'L. Verstegen', { f: 'hand', size: 17, color: BLUE_INK });
      p.gap(28);
      p.ln('L. Verstegen, fysiotherapeut');
      scribble(p, 320, 560, ['voor mijn moeder,', 'klantnr. K-100444 (Khadija)'], { rot: -4, size: 13.5 });
      return d;
    },
  },
  {
    slug: 'inkomstenopgave-stranger-onbekend-klantnummer',
    type: 'change_form',
    client: null,
    language: 'nl',
    render: 'digital',
    author: 'R. Hofstede',
    label: 'inkomstenopgave met klantnummer dat niet bestaat en onbekende naam + geboortedatum',
    date: '2026-11-03',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.ln('Inkomstenopgave november', { f: 'sansB', size: 13, after: 10 });
      p.kv(
        [
          ['Naam', 'Robin Hofstede'],
          ['Geboortedatum', '14-09-1993'],
          ['Klantnummer', 'K-100612'],
          ['Adres', 'Populierenhof 3, 1230 PD Voorbeeld'],
        ],
        { labelW: 110 },
      );
      p.p(`Hallo,

In oktober heb ik gewerkt via de app Temper (horeca). Ik heb daar in totaal 18 uur gewerkt en € 301,50 voor gekregen. Daarnaast heb ik nog € 60 van Marktplaats voor een oude fiets, dat telt volgens mij niet mee maar ik meld het toch.

De uitbetalingen uit de app zitten als screenshot bij deze mail.

groet Robin`);
      return d;
    },
  },
  {
    slug: 'uwv-ziektewet-einde',
    type: 'uwv_decision',
    client: samira.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'UWV-besluit: Ziektewet-uitkering stopt',
    date: '2026-10-09',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'UWV', { f: 'sansB', size: 24, color: [0.0, 0.3, 0.6] });
      p.at(110);
      p.p(`Mevrouw S. Ouled Ali\n${samira.street}\n${samira.city}`);
      p.gap(26);
      p.kv(
        [
          ['Datum', '9 oktober 2026'],
          ['Burgerservicenummer', samira.bsn],
          ['Onderwerp', 'Uw Ziektewet-uitkering stopt'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(`Geachte mevrouw Ouled Ali,

Op 30 september 2026 heeft u een gesprek gehad met onze verzekeringsarts. Hij vindt dat u weer kunt werken in uw eigen werk of in ander passend werk. U verdient dan 65% of meer van uw loon van voor u ziek werd. Daarom stopt uw Ziektewet-uitkering op 21 oktober 2026.

Wat betekent dit voor u?
U krijgt na 21 oktober geen Ziektewet-uitkering meer van ons. Heeft u geen werk? Dan kunt u misschien een WW-uitkering krijgen. Vraag die zo snel mogelijk aan.

Bent u het niet eens met dit besluit?
Dan kunt u binnen 6 weken bezwaar maken.

Met vriendelijke groet,

UWV Sociaal Medische Zaken`);
      return d;
    },
  },
  {
    slug: 'sollicitatie-afwijzing-doorgestuurd',
    type: 'job_application_proof',
    client: stefan.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Stefan Kuipers',
    label: 'doorgestuurde afwijzingsmail op sollicitatie als bewijs',
    date: '2026-10-29',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 54;
      p.right = 540;
      p.ln('Stefan Kuipers', { f: 'sansB', size: 12 });
      p.line(p.left, p.y, p.right, p.y, 2);
      p.gap(10);
      p.kv(
        [
          ['Van:', 'Stefan Kuipers <stefan.kuipers@example.net>'],
          ['Verzonden:', 'donderdag 29 oktober 2026 10:12'],
          ['Aan:', 'werk@gemeente-voorbeeld.example'],
          ['Onderwerp:', `FW: Uw sollicitatie magazijnmedewerker - ${stefan.clientNumber}`],
        ],
        { lf: 'sansB', labelW: 74, size: 9.5, after: 10 },
      );
      p.p(
        `Goedemorgen,

Hierbij weer een sollicitatie voor mijn overzicht, klantnummer ${stefan.clientNumber}. Helaas weer afgewezen. Ik heb deze maand nu 5 sollicitaties gedaan, de andere 4 heb ik vorige week al gestuurd.

Mvg Stefan`,
        { f: 'serif' },
      );
      p.gap(4);
      p.line(p.left, p.y, p.left + 180, p.y, 0.8, [0.2, 0.3, 0.7]);
      p.gap(6);
      p.kv(
        [
          ['Van:', 'Recruitment Vandermolen Logistics <jobs@vandermolen-logistics.example>'],
          ['Verzonden:', 'woensdag 28 oktober 2026 16:40'],
          ['Aan:', 'stefan.kuipers@example.net'],
          ['Onderwerp:', 'Uw sollicitatie magazijnmedewerker (vac. 26-118)'],
        ],
        { lf: 'sansB', labelW: 74, size: 9, after: 8 },
      );
      p.p(
        `Beste Stefan,

Bedankt voor je sollicitatie op de vacature magazijnmedewerker in ons distributiecentrum. We hebben veel reacties gekregen. Na zorgvuldige afweging hebben we besloten andere kandidaten uit te nodigen, die meer ervaring hebben met het werken met een reachtruck.

We bewaren je gegevens 4 weken. Wil je dat we ze langer bewaren voor toekomstige vacatures? Laat het ons weten.

Veel succes met je zoektocht!

Met vriendelijke groet,
Team Recruitment
Vandermolen Logistics`,
        { f: 'serif', size: 9.5 },
      );
      return d;
    },
  },
  {
    slug: 'jaaropgave-werkgever-gefaxt',
    type: 'tax_document',
    client: iwan.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '09-11-2026 09:27  SCHOONMAAKBEDRIJF HELDER  0123 655 210',
    label: 'jaaropgave 2025 van de werkgever, gefaxt',
    date: '2026-11-09',
    build: () => {
      const d = new Doc('mono', 9.5);
      const p = d.page();
      p.t(p.left, 60, 'SCHOONMAAKBEDRIJF HELDER V.O.F.', { f: 'monoB', size: 12 });
      p.t(p.left, 74, 'Ambachtsweg 17  1231 MN  Voorbeeld', { f: 'mono', size: 9 });
      p.at(110);
      p.ln('JAAROPGAVE 2025', { f: 'monoB', size: 13, after: 10 });
      p.kv(
        [
          ['Werknemer', 'I. Sitaldin'],
          ['Burgerservicenummer', iwan.bsn],
          ['Geboortedatum', '08-05-1987'],
          ['Periode', '01-01-2025 t/m 31-12-2025'],
          ['Loonheffingennr.', '8522.10.433.L01'],
        ],
        { labelW: 160, f: 'mono' },
      );
      p.gap(6);
      p.kv(
        [
          ['Loon voor de loonheffing', '    14.880,00'],
          ['Ingehouden loonheffing', '       812,00'],
          ['Verrekende arbeidskorting', '     2.104,00'],
          ['Loonheffingskorting toegepast', 'ja, vanaf 01-01'],
          ['Werkgeversheffing Zvw', '     1.004,40'],
          ['Bijdrageloon Zvw', '    14.880,00'],
          ['Nettoloon', '    13.912,36'],
        ],
        { labelW: 220, f: 'mono' },
      );
      p.gap(20);
      p.p(
        'Bewaar deze jaaropgave bij uw belastingaangifte over 2025.\n\nOp verzoek van werknemer gefaxt aan Gemeente Voorbeeld, Werk en Inkomen.',
        { f: 'mono' },
      );
      return d;
    },
  },
  {
    slug: 'aanvraag-bijstand-na-ontslag-bekende-klant',
    type: 'benefit_application',
    client: sandra.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'brief: opnieuw bijstand aanvragen na einde contract (bekende klant)',
    date: '2026-11-18',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['Sandra Willems', sandra.street, sandra.city],
        place: 'Voorbeeld, 18-11-2026',
        subject: 'Aanvraag bijstandsuitkering',
      });
      p.p(`Beste medewerker van de gemeente,

Ik had tot februari een bijstandsuitkering bij u. Toen ben ik gaan werken bij een callcenter. Mijn contract is per 30 november beëindigd, ik heb de brief daarvan bijgedaan. Ik heb wel WW aangevraagd, maar ik heb maar 9 maanden gewerkt, dus ik denk niet dat ik dat krijg.

Daarom wil ik opnieuw een uitkering aanvragen vanaf 1 december. Ik woon nog steeds alleen op hetzelfde adres. Ik heb geen spaargeld, alleen mijn laatste salaris.

Mijn burgerservicenummer is ${sandra.bsn}.

Ik heb geen e-mail meer (mijn account is gehackt), dus wilt u mij per post antwoorden of bellen op 06-2815 0447?

Bij voorbaat dank.

Met vriendelijke groet,`);
      p.t(p.left, p.y + 14, 'Sandra Willems', { f: 'hand', size: 17, color: BLUE_INK });
      p.gap(30);
      p.ln('Sandra Willems');
      const q = d.page();
      q.at(60);
      q.p(
        'Bijlagen:\n1. brief einde arbeidsovereenkomst Contact Center Oost B.V.\n2. laatste drie loonstroken (augustus, september, oktober)\n3. bankafschriften september en oktober\n4. kopie paspoort',
        { size: 10.5 },
      );
      q.gap(20);
      q.stamp(300, 300, ['ONTVANGEN', '18 NOV 2026', 'GEMEENTE VOORBEELD'], { rot: -6, color: [0.15, 0.3, 0.7] });
      return d;
    },
  },
];
