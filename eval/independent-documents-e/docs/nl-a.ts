// Dutch post, part A: payslips, bank statements, forms, applications, objections, a complaint.
import {
  boxField,
  C,
  checkbox,
  Doc,
  dmy,
  euro,
  field,
  footer,
  GEM,
  GREY,
  groupIban,
  hand,
  INK,
  iban,
  letterhead,
  mailPrint,
  nlLong,
  RED,
  refs,
  roundStamp,
  type Spec,
  scribble,
  signature,
  sticky,
  strangerBsn,
  windowAddress,
} from '../lib.ts';

export { checkbox };

const bakker = C('K-100199');
const pinas = C('K-100143');
const dejong = C('K-100262');
const vandijk = C('K-100206');
const hoekstra = C('K-100311');
const roy = C('K-100472');
const vermeulen = C('K-100367');
const peters = C('K-100430');
const azzouzi = C('K-100444');
const dewit = C('K-100521');
const ouahabi = C('K-100220');
const smits = C('K-100423');
const boukhari = C('K-100535');
const mulder = C('K-100486');

const koopmanBsn = strangerBsn('Dennis Koopman');
const hulshofBsn = strangerBsn('Robin Hulshof');

function payRows(rows: [string, string, string, string][]): string[][] {
  return rows.map((r) => [...r]);
}

export const nlA: Spec[] = [
  {
    slug: 'nl-loonstrook-uitzendbureau-week14',
    type: 'payslip',
    client: 'K-100199',
    language: 'nl',
    render: 'digital',
    label: 'weekly payslip from a temp agency',
    date: '2026-04-08',
    author: 'FlexPunt Uitzendgroep',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, {
        name: 'FlexPunt Uitzendgroep B.V.',
        sub: 'vestiging Voorbeeld-Centrum',
        lines: ['Stationsplein 8', '1230 BD Voorbeeld', 'KvK 71234509', 'salaris@flexpunt.example'],
        style: 'block',
        color: [0.9, 0.45, 0.05],
      });
      windowAddress(p, [`Dhr. H. ${bakker.last}`, bakker.street, bakker.city], {
        sender: 'FlexPunt Uitzendgroep B.V. · Stationsplein 8 · 1230 BD Voorbeeld',
      });
      p.ln('LOONSTROOK', { f: 'sansB', size: 14, after: 4 });
      p.kv(
        [
          ['Periode', 'week 14 (30-03-2026 t/m 05-04-2026)'],
          ['Uitbetaald op', '10-04-2026'],
          ['Medewerker', `${bakker.name}`],
          ['Personeelsnummer', '408812'],
          ['BSN', bakker.bsn],
          ['Inlener', 'Distributiecentrum Hoeksteen, Voorbeeld'],
          ['Functie', 'orderpicker'],
          ['Fase ABU', 'A  (week 22 van 78)'],
          ['Loonheffingskorting', 'ja'],
        ],
        { labelW: 130, size: 9, after: 10 },
      );
      p.table(
        [
          { h: 'Omschrijving', w: 220 },
          { h: 'Aantal', w: 60, r: true },
          { h: 'Tarief', w: 70, r: true },
          { h: 'Bedrag', w: 90, r: true },
        ],
        payRows([
          ['Uren normaal', '32,00', '14,80', '473,60'],
          ['Toeslag avonduren 25%', '6,50', '3,70', '24,05'],
          ['Reiskostenvergoeding (onbelast)', '5', '4,20', '21,00'],
          ['Reservering vakantiebijslag 8%', '', '', '(39,81)'],
          ['Reservering feestdagen', '', '', '(14,94)'],
          ['Bruto loon', '', '', '497,65'],
          ['Pensioenpremie StiPP basis', '', '', '-8,46'],
          ['Loonheffing (witte tabel, week)', '', '', '-21,34'],
          ['Netto loon', '', '', '467,85'],
          ['Netto vergoedingen', '', '', '21,00'],
          ['Uit te betalen', '', '', '488,85'],
        ]),
        { size: 8.5, zebra: [0.95, 0.95, 0.95], shade: [0.98, 0.88, 0.75] },
      );
      p.gap(6);
      p.kv(
        [
          ['Cumulatief fiscaal loon', '6.219,40'],
          ['Cumulatief loonheffing', '192,06'],
          ['Saldo vakantiegeld (reservering)', '497,20'],
          ['Overgemaakt op', groupIban(iban('INGB', 'bakker-salary')).replace(/^NL\d\d INGB/, 'NL** ****')],
        ],
        { size: 8.5, labelW: 170 },
      );
      p.gap(8);
      p.p(
        'Vragen over deze loonstrook? Mail salaris@flexpunt.example en vermeld uw personeelsnummer. Deze loonstrook is automatisch aangemaakt en daarom niet ondertekend.',
        { size: 8, color: GREY },
      );
      footer(p, 'FlexPunt Uitzendgroep B.V. · NEN 4400-1 gecertificeerd · lid ABU · KvK 71234509');
      return d;
    },
  },
  {
    slug: 'nl-loonstrook-schoonmaak-maart',
    type: 'payslip',
    client: 'K-100143',
    language: 'nl',
    render: 'scan',
    label: 'monthly payslip from a cleaning company',
    date: '2026-03-27',
    author: 'Glansrijk Schoonmaakdiensten',
    build() {
      const d = new Doc('mono', 8.5);
      const p = d.page();
      p.left = 50;
      p.right = 545;
      p.t(p.left, 40, 'GLANSRIJK SCHOONMAAKDIENSTEN BV', { f: 'monoB', size: 11 });
      p.t(p.left, 52, 'Ambachtsweg 41  1236 RT Voorbeeld', { size: 8 });
      p.t(p.right, 40, 'SALARISSPECIFICATIE', { f: 'monoB', size: 11, align: 'right' });
      p.t(p.right, 52, 'maart 2026   periode 03', { size: 8, align: 'right' });
      p.rect(p.left, 66, 240, 70, { stroke: [0, 0, 0], lw: 0.6 });
      p.t(p.left + 8, 82, `Mw. S. ${pinas.last}`, { size: 9 });
      p.t(p.left + 8, 95, pinas.street, { size: 9 });
      p.t(p.left + 8, 108, pinas.city, { size: 9 });
      p.rect(300, 66, 245, 70, { stroke: [0, 0, 0], lw: 0.6 });
      const info: [string, string][] = [
        ['Pers.nr', '20417'],
        ['BSN/sofinr', pinas.bsn],
        ['In dienst', '01-09-2024'],
        ['Uren/week', '20,00'],
        ['CAO', 'Schoonmaak- en glazenwassersbedrijf'],
      ];
      info.forEach(([k, v], i) => {
        p.t(308, 80 + i * 11.5, k, { size: 8 });
        p.t(390, 80 + i * 11.5, v, { size: 8 });
      });
      p.at(150);
      p.table(
        [
          { h: 'Code', w: 40 },
          { h: 'Omschrijving', w: 200 },
          { h: 'Eenh.', w: 55, r: true },
          { h: 'Basis', w: 60, r: true },
          { h: 'Betaling', w: 70, r: true },
          { h: 'Inhouding', w: 70, r: true },
        ],
        [
          ['1000', 'Salaris', '86,67', '14,46', '1.253,25', ''],
          ['1120', 'Toeslag vroege uren', '12,00', '3,62', '43,44', ''],
          ['2100', 'Reiskosten woon-werk', '', '', '18,60', ''],
          ['4000', 'Pensioen PGB', '', '1.296,69', '', '64,83'],
          ['4200', 'WGA-hiaat premie', '', '', '', '3,11'],
          ['5000', 'Loonheffing', '', '1.228,75', '', '48,17'],
          ['6100', 'Vakbondscontributie', '', '', '', '11,90'],
        ],
        { size: 8, f: 'mono', hf: 'monoB', grid: true },
      );
      p.gap(4);
      p.kv(
        [
          ['Totaal betalingen', '1.315,29'],
          ['Totaal inhoudingen', '128,01'],
          ['NETTO TE BETALEN', '1.187,28'],
        ],
        { f: 'monoB', labelW: 160, size: 9, x: 300 },
      );
      p.gap(10);
      p.ln('Cumulatieven t/m deze periode', { f: 'monoB', size: 8.5 });
      p.kv(
        [
          ['Fiscaal loon', '3.686,25'],
          ['Ingehouden loonheffing', '144,51'],
          ['Vakantiegeld gereserveerd', '312,26'],
          ['Verlof saldo (uren)', '41,50'],
        ],
        { size: 8, labelW: 190 },
      );
      p.gap(10);
      p.ln(`Betaald op rekening ${groupIban(iban('RABO', 'pinas'))}`, { size: 8 });
      hand(p, 360, 470, ['ingeleverd 30/3', 'S.P.'], { size: 12 });
      return d;
    },
  },
  {
    slug: 'nl-loonstrook-partner-met-briefje',
    type: 'payslip',
    client: null,
    conflict: ['K-100262', 'K-100255'],
    language: 'nl',
    render: 'scan',
    label: "partner's payslip with the other partner's client number on a note",
    date: '2026-04-24',
    author: 'Zorggroep Lindehof',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(p, {
        name: 'Zorggroep Lindehof',
        sub: 'Salarisadministratie',
        lines: ['Postbus 77', '1234 ZZ Voorbeeld'],
        style: 'right',
        color: [0.2, 0.5, 0.35],
      });
      p.at(120);
      p.ln('Salarisstrook april 2026', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Naam', `L. de Jong`],
          ['Geboortedatum', dmy(dejong.birthDate)],
          ['Adres', `${dejong.street}, ${dejong.city}`],
          ['Burgerservicenummer', dejong.bsn],
          ['Functie', 'Helpende Zorg & Welzijn niveau 2'],
          ['Dienstverband', '24 uur per week, onbepaalde tijd'],
          ['Schaal / trede', 'FWG 25 / 6'],
        ],
        { labelW: 140, after: 12 },
      );
      p.table(
        [
          { h: 'Looncomponent', w: 230 },
          { h: 'Plus', w: 100, r: true },
          { h: 'Min', w: 100, r: true },
        ],
        [
          ['Salaris', '1.842,05', ''],
          ['ORT zaterdag / zondag', '164,20', ''],
          ['Eindejaarsuitkering (reservering)', '', ''],
          ['Pensioenpremie PFZW', '', '142,78'],
          ['Loonheffing', '', '181,40'],
          ['Inhouding personeelsvereniging', '', '3,00'],
          ['Netto salaris', '1.679,07', ''],
        ],
        { size: 8.5, shade: [0.85, 0.93, 0.88] },
      );
      p.gap(4);
      p.p('Bij vragen kunt u terecht bij het Servicepunt HR, telefoon 088 120 4400, op werkdagen van 9.00 tot 12.30 uur.', {
        size: 8,
        color: GREY,
      });
      sticky(p, 330, 560, ['klantnr K-100255', 'loonstrook van mijn vriendin,', 'wonen samen sinds 1 maart', 'B. Meijer'], -3);
      return d;
    },
  },
  {
    slug: 'nl-fax-loonstrook-onbekende-werknemer',
    type: 'payslip',
    client: null,
    language: 'nl',
    render: 'fax',
    label: "bakery's payroll office faxes a payslip of someone not in the directory",
    date: '2026-03-12',
    author: 'BAKKERIJ VERMEER ADM',
    note: 'stranger Robin Hulshof',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.ln('FAX', { f: 'sansB', size: 30, after: 10 });
      p.kv(
        [
          ['Aan:', 'Gemeente Voorbeeld, afd. Werk en Inkomen'],
          ['Faxnummer:', '0123-456 790'],
          ['Van:', 'Bakkerij Vermeer, loonadministratie (mevr. Scholten)'],
          ['Datum:', '12-03-2026'],
          ["Pagina's:", '2 (incl. voorblad)'],
          ['Betreft:', 'loonstrook februari R. Hulshof'],
        ],
        { labelW: 100, size: 11, after: 20 },
      );
      p.p(
        'Geachte heer/mevrouw,\n\nOp verzoek van onze medewerker Robin Hulshof sturen wij u hierbij de loonstrook over februari 2026. Hij gaf aan dat u deze nodig heeft voor zijn aanvraag. Wij hebben geen e-mailadres van uw afdeling kunnen vinden, vandaar per fax.\n\nMet vriendelijke groet,\n\nA. Scholten\nBakkerij Vermeer',
        { size: 11 },
      );
      const q = d.page();
      q.left = 60;
      q.at(50);
      q.ln('Bakkerij Vermeer v.o.f. — Loonstrook', { f: 'sansB', size: 13 });
      q.ln('Periode: februari 2026', { after: 8 });
      q.kv(
        [
          ['Werknemer', 'R. Hulshof'],
          ['Adres', 'Lijsterstraat 4, 1236 KP Voorbeeld'],
          ['BSN', hulshofBsn],
          ['Functie', 'bakkersassistent, 0-urencontract'],
          ['Gewerkte uren', '61,5'],
        ],
        { labelW: 120, after: 10 },
      );
      q.table(
        [
          { h: 'Omschrijving', w: 250 },
          { h: 'Bedrag', w: 120, r: true },
        ],
        [
          ['Loon 61,5 uur à 14,40', '885,60'],
          ['Vakantietoeslag 8% (direct uitbetaald)', '70,85'],
          ['Loonheffing', '-0,00'],
          ['Netto', '956,45'],
        ],
        { size: 10, grid: true },
      );
      return d;
    },
  },
  {
    slug: 'nl-rekeningafschrift-westerbank-maart',
    type: 'bank_statement',
    client: 'K-100206',
    language: 'nl',
    render: 'digital',
    label: 'two-page bank statement (Dutch bank)',
    date: '2026-04-01',
    author: 'Westerbank',
    build() {
      const d = new Doc('sans', 8.5);
      const acct = iban('WSTB', 'vandijk');
      const tx: [string, string, string, string][] = [
        ['02-03', 'Gemeente Voorbeeld  Participatiewet maart 2026  kenmerk 20260302-1187', '', '1.121,84'],
        ['02-03', 'Woonstichting Het Anker  huur Marktplein 19', '612,40', ''],
        ['03-03', 'Zilverlinde Zorgverzekeringen  premie maart', '148,95', ''],
        ['04-03', 'Supermarkt De Korf Voorbeeld  betaalpas', '36,12', ''],
        ['05-03', 'Stroomwijs Energie  termijn 03-2026', '117,00', ''],
        ['06-03', 'Geldautomaat Voorbeeld Centrum', '50,00', ''],
        ['09-03', 'Belastingdienst  zorgtoeslag 03-2026', '', '131,00'],
        ['09-03', 'Apotheek Molenzicht  eigen bijdrage', '7,85', ''],
        ['11-03', 'Supermarkt De Korf Voorbeeld  betaalpas', '52,40', ''],
        ['12-03', 'Tele2Go  mobiel abonnement', '15,00', ''],
        ['16-03', 'R.J. van Dijk  "voor de boodschappen"', '', '40,00'],
        ['17-03', 'Kringloop De Tweede Ronde  betaalpas', '12,50', ''],
        ['19-03', 'Supermarkt De Korf Voorbeeld  betaalpas', '44,03', ''],
        ['20-03', 'Gemeente Voorbeeld  gemeentelijke belastingen termijn 3', '38,20', ''],
        ['23-03', 'Bibliotheek Voorbeeld  contributie', '4,25', ''],
        ['24-03', 'Drogisterij Smit  betaalpas', '9,98', ''],
        ['25-03', 'Supermarkt De Korf Voorbeeld  betaalpas', '61,77', ''],
        ['26-03', 'Waterbedrijf Noord  voorschot', '21,30', ''],
        ['27-03', 'Vereniging Voedselbank  vrijwillige bijdrage', '2,00', ''],
        ['30-03', 'Kosten betaalpakket maart', '3,45', ''],
      ];
      const header = (p: ReturnType<Doc['page']>, n: number) => {
        p.t(p.left, 40, 'westerbank', { f: 'sansB', size: 20, color: [0.05, 0.35, 0.55] });
        p.t(p.right, 34, 'Rekeningafschrift', { f: 'sansB', size: 11, align: 'right' });
        p.t(p.right, 47, `blad ${n} van 2`, { size: 8, align: 'right', color: GREY });
        p.line(p.left, 56, p.right, 56, 1.5, [0.05, 0.35, 0.55]);
      };
      const p = d.page();
      header(p, 1);
      windowAddress(p, [`Mevrouw I. van Dijk`, vandijk.street, vandijk.city], { y: 110 });
      refs(
        p,
        [
          ['Rekening', groupIban(acct)],
          ['Tenaamstelling', 'I. van Dijk'],
          ['Periode', '01-03-2026 t/m 31-03-2026'],
          ['Afschrift nr.', '3 / 2026'],
        ],
        { y: 110, lw: 75 },
      );
      p.at(220);
      p.kv([['Beginsaldo 01-03-2026', '€ 84,17']], { f: 'sansB', labelW: 160 });
      const cols = [
        { h: 'Datum', w: 42 },
        { h: 'Omschrijving', w: 300 },
        { h: 'Af', w: 62, r: true },
        { h: 'Bij', w: 62, r: true },
      ];
      p.table(
        cols,
        tx.slice(0, 14).map((r) => [...r]),
        { size: 8, zebra: [0.94, 0.97, 0.99] },
      );
      p.ln('Vervolg op blad 2', { size: 8, color: GREY });
      footer(
        p,
        'Westerbank N.V. · Postbus 900 · 1000 AX Amsterdam · onder toezicht van DNB en AFM · Deposito’s gegarandeerd tot € 100.000',
      );
      const q = d.page();
      header(q, 2);
      q.at(80);
      q.table(
        cols,
        tx.slice(14).map((r) => [...r]),
        { size: 8, zebra: [0.94, 0.97, 0.99] },
      );
      q.gap(6);
      q.kv(
        [
          ['Totaal af', '€ 1.187,15'],
          ['Totaal bij', '€ 1.292,84'],
          ['Eindsaldo 31-03-2026', '€ 189,86'],
        ],
        { f: 'sansB', labelW: 160 },
      );
      q.gap(10);
      q.p('Klopt er iets niet? Meld het binnen 13 maanden via de app of bel 020 700 8800. Bewaar dit afschrift bij uw administratie.', {
        size: 8,
        color: GREY,
      });
      footer(q, 'Westerbank N.V. · Postbus 900 · 1000 AX Amsterdam');
      return d;
    },
  },
  {
    slug: 'nl-bankafschrift-polderbank-met-aantekening',
    type: 'bank_statement',
    client: 'K-100311',
    language: 'nl',
    render: 'scan',
    label: 'bank statement with handwritten client number and a circled payment',
    date: '2026-05-06',
    author: 'Polderbank',
    build() {
      const d = new Doc('cond', 8.5);
      const p = d.page();
      p.rect(p.left, 36, 30, 30, { fill: [0.1, 0.5, 0.3] });
      p.t(p.left + 40, 56, 'POLDERBANK', { f: 'condB', size: 16, color: [0.1, 0.5, 0.3] });
      p.t(p.right, 50, 'Afschrift Betaalrekening', { f: 'condB', size: 10, align: 'right' });
      hand(p, 330, 92, 'klantnr K-100311', { size: 15 });
      windowAddress(p, [`G. Hoekstra`, hoekstra.street, hoekstra.city], { y: 120 });
      p.kv(
        [
          ['IBAN', groupIban(iban('PLDB', 'hoekstra'))],
          ['Periode', '1 april 2026 – 30 april 2026'],
          ['Saldo begin', '€ 211,09 Cr'],
        ],
        { labelW: 90, size: 8.5, after: 8 },
      );
      const rows = [
        ['01 apr', 'GEMEENTE VOORBEELD UITKERING APR 2026', '', '1.107,42'],
        ['01 apr', 'WOONBEDRIJF DE VAART HUUR 106', '574,95', ''],
        ['02 apr', 'ZORGVERZ. ZILVERLINDE POLIS 7755012', '139,80', ''],
        ['03 apr', 'PINBETALING BOUWMARKT KLUSKAMP', '18,49', ''],
        ['07 apr', 'OVERBOEKING T. HOEKSTRA TERUGBETALING LENING', '', '250,00'],
        ['08 apr', 'PINBETALING SUPERMARKT DE KORF', '47,12', ''],
        ['10 apr', 'NETFLEX STREAMING', '9,99', ''],
        ['14 apr', 'GELDOPNAME AUTOMAAT MARKT', '100,00', ''],
        ['15 apr', 'STROOMWIJS ENERGIE VOORSCHOT', '96,00', ''],
        ['17 apr', 'PINBETALING SUPERMARKT DE KORF', '63,40', ''],
        ['22 apr', 'GEMEENTE VOORBEELD BIJZ BIJSTAND BRIL', '', '145,00'],
        ['23 apr', 'OPTIEK HELDER BRIL', '145,00', ''],
        ['28 apr', 'PINBETALING SUPERMARKT DE KORF', '38,71', ''],
        ['30 apr', 'RENTE EN KOSTEN', '2,95', ''],
      ];
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Omschrijving', w: 270 },
          { h: 'Af', w: 70, r: true },
          { h: 'Bij', w: 70, r: true },
        ],
        rows,
        { size: 8, f: 'cond', hf: 'condB' },
      );
      p.ellipse(250, 313, 165, 10, { stroke: INK, lw: 1.1 });
      hand(p, 300, 490, ['= terugbetaling van mijn broer,', 'geen inkomen!'], { size: 12 });
      p.at(450);
      p.kv([['Saldo eind', '€ 466,20 Cr']], { labelW: 90, f: 'condB' });
      const q = d.page();
      q.t(q.left + 40, 56, 'POLDERBANK', { f: 'condB', size: 16, color: [0.1, 0.5, 0.3] });
      q.at(90);
      q.ln('Informatie bij uw afschrift', { f: 'condB', size: 11, after: 4 });
      q.p(
        'Vanaf 1 juni 2026 veranderen de kosten van het Basispakket. U betaalt dan € 3,10 per maand. U hoeft zelf niets te doen. Wilt u de nieuwe voorwaarden lezen? Kijk op polderbank.example/voorwaarden of vraag ze op in een van onze winkels.\n\nPas op voor nepberichten: de Polderbank vraagt u nooit om uw pincode of om uw pas op te sturen.',
        { size: 9 },
      );
      q.gap(8);
      q.p('Polderbank U.A., statutair gevestigd te Lelystad. Ingeschreven bij de KvK onder nummer 30099881.', { size: 7.5, color: GREY });
      return d;
    },
  },
  {
    slug: 'nl-foto-afschrift-partner-rekening',
    type: 'bank_statement',
    client: null,
    conflict: ['K-100472', 'K-100192'],
    language: 'nl',
    render: 'photo',
    label: "photo of a partner's bank statement with the other partner's client number written on it",
    date: '2026-04-14',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 46, 'Zuiderbank', { f: 'serifB', size: 18, color: [0.55, 0.1, 0.2] });
      p.t(p.right, 46, 'Rekeningoverzicht', { f: 'sansB', size: 10, align: 'right' });
      windowAddress(p, [`Dhr. R. ${roy.last}`, roy.street, roy.city], { y: 90 });
      p.kv(
        [
          ['Rekening', groupIban(iban('ZUID', 'roy'))],
          ['Van / tot', '01-03-2026 / 31-03-2026'],
        ],
        { labelW: 80, after: 8 },
      );
      p.table(
        [
          { h: 'Boekdatum', w: 65 },
          { h: 'Naam / Omschrijving', w: 250 },
          { h: 'Bedrag', w: 90, r: true },
        ],
        [
          ['02-03-2026', 'UWV  WW uitkering februari', '+ 1.402,11'],
          ['02-03-2026', 'Woningstichting Het Anker  huur', '- 688,00'],
          ['04-03-2026', 'D. Soekhoe  bijdrage huishouden', '+ 300,00'],
          ['05-03-2026', 'Supermarkt De Korf', '- 88,61'],
          ['09-03-2026', 'Autoverzekering Veilig Onderweg', '- 41,20'],
          ['12-03-2026', 'Tankstation De Rotonde', '- 60,00'],
          ['17-03-2026', 'Supermarkt De Korf', '- 73,18'],
          ['24-03-2026', 'Sportschool Fit4Less', '- 24,99'],
          ['30-03-2026', 'Zilverlinde Zorgverzekeringen', '- 151,30'],
        ],
        { size: 8.5 },
      );
      p.kv([['Saldo per 31-03-2026', '€ 912,44']], { f: 'sansB', labelW: 140 });
      hand(p, 90, 470, ['Dit is de rekening van mijn partner Roy.', 'Graag bij mijn dossier: K-100192', 'Dewi'], { size: 14 });
      scribble(p, 260, 520, 70);
      return d;
    },
  },
  {
    slug: 'nl-wijzigingsformulier-samenwonen',
    type: 'change_form',
    client: 'K-100367',
    language: 'nl',
    render: 'scan',
    label: 'two-page change form filled in by hand: moving in together',
    date: '2026-03-18',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 46, 'Gemeente Voorbeeld', { f: 'serifB', size: 15 });
      p.t(p.left, 60, 'Werk en Inkomen', { size: 9, color: GREY });
      p.t(p.right, 46, 'Wijzigingsformulier', { f: 'sansB', size: 14, align: 'right' });
      p.t(p.right, 60, 'Participatiewet · IOAW · IOAZ', { size: 8, align: 'right', color: GREY });
      p.at(84);
      p.p(
        'Geef wijzigingen binnen 1 week door. Doet u dat niet, dan kan de uitkering te hoog zijn en moet u geld terugbetalen. U kunt een boete krijgen. Stuur bewijsstukken mee.',
        { size: 8.5 },
      );
      p.ln('1  Uw gegevens', { f: 'sansB', size: 10.5, after: 4 });
      boxField(p, 'Klantnummer', vermeulen.clientNumber);
      boxField(p, 'Burgerservicenummer', vermeulen.bsn);
      boxField(p, 'Naam en voorletters', 'Vermeulen, W.');
      boxField(p, 'Adres', vermeulen.street);
      boxField(p, 'Telefoon', '06 - 18 27 44 90');
      p.gap(6);
      p.ln('2  Wat verandert er?', { f: 'sansB', size: 10.5, after: 6 });
      const opts: [string, boolean][] = [
        ['Ik ga samenwonen / iemand komt bij mij wonen', true],
        ['Ik ga verhuizen', false],
        ['Ik krijg inkomsten uit werk', false],
        ['Ik krijg een andere uitkering of toeslag', false],
        ['Ik ga langer dan 4 weken naar het buitenland', false],
        ['Mijn vermogen verandert (erfenis, spaargeld, auto)', false],
        ['Iets anders', false],
      ];
      for (const [l, t] of opts) {
        checkbox(p, p.left, p.y, l, t);
        p.gap(16);
      }
      p.gap(4);
      field(p, p.left, p.y, 200, 'Datum van de wijziging', '1 - 4 - 2026');
      p.gap(30);
      p.ln('3  Toelichting', { f: 'sansB', size: 10.5, after: 4 });
      for (let i = 0; i < 5; i++) p.line(p.left, p.y + 18 + i * 20, p.right, p.y + 18 + i * 20, 0.4, GREY);
      hand(
        p,
        p.left + 4,
        p.y + 15,
        [
          'Mijn vriendin Sanne Kroon komt bij mij wonen. Ze werkt',
          'bij de thuiszorg, 28 uur. Haar loonstrook doe ik erbij.',
          'Ze staat nog ingeschreven in Hoorn, dat gaat ze deze',
          'maand regelen. Wij hebben geen kinderen.',
        ],
        { size: 12.5 },
      );
      p.gap(110);
      footer(p, 'Wijzigingsformulier WI-07 (2025)  ·  blad 1 van 2');
      const q = d.page();
      q.at(50);
      q.ln('4  Gegevens van uw partner / huisgenoot', { f: 'sansB', size: 10.5, after: 6 });
      boxField(q, 'Naam', 'Kroon, S.');
      boxField(q, 'Geboortedatum', '03 - 11 - 1988');
      boxField(q, 'Inkomen per maand', 'ca. 1900 netto');
      q.gap(10);
      q.ln('5  Bewijsstukken die u meestuurt', { f: 'sansB', size: 10.5, after: 6 });
      checkbox(q, q.left, q.y, 'Loonstrook / uitkeringsspecificatie', true);
      q.gap(16);
      checkbox(q, q.left, q.y, 'Huurcontract', false);
      q.gap(16);
      checkbox(q, q.left, q.y, 'Bankafschriften', false);
      q.gap(30);
      q.ln('6  Ondertekening', { f: 'sansB', size: 10.5, after: 4 });
      q.p('Ik heb dit formulier naar waarheid ingevuld. Ik weet dat de gemeente mijn gegevens mag controleren bij andere instanties.', {
        size: 9,
      });
      field(q, q.left, q.y, 180, 'Datum', '18-3-2026');
      field(q, q.left + 230, q.y, 200, 'Handtekening', '');
      scribble(q, q.left + 250, q.y + 14, 80);
      q.gap(60);
      footer(q, 'Wijzigingsformulier WI-07 (2025)  ·  blad 2 van 2');
      return d;
    },
  },
  {
    slug: 'nl-inkomstenopgave-nummer-en-naam-verschillen',
    type: 'change_form',
    client: null,
    conflict: ['K-100430', 'K-100444'],
    language: 'nl',
    render: 'scan',
    label: "income form with one client's number and another client's name and birth date",
    date: '2026-04-03',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 46, 'Gemeente Voorbeeld', { f: 'serifB', size: 15 });
      p.t(p.right, 46, 'Opgave inkomsten', { f: 'sansB', size: 14, align: 'right' });
      p.t(p.right, 60, 'voor wie naast de uitkering werkt', { size: 8, align: 'right', color: GREY });
      p.at(86);
      p.p('Lever dit formulier elke maand in, uiterlijk de 5e van de volgende maand, met uw loonstroken.', { size: 9 });
      boxField(p, 'Klantnummer', peters.clientNumber);
      boxField(p, 'Naam', azzouzi.name);
      boxField(p, 'Geboortedatum', dmy(azzouzi.birthDate));
      boxField(p, 'Over de maand', 'maart 2026');
      p.gap(8);
      p.table(
        [
          { h: 'Werkgever / opdrachtgever', w: 200 },
          { h: 'Periode', w: 90 },
          { h: 'Bruto', w: 70, r: true },
          { h: 'Netto', w: 70, r: true },
        ],
        [
          ['', '', '', ''],
          ['', '', '', ''],
          ['', '', '', ''],
        ],
        { grid: true, rowH: 24 },
      );
      hand(p, p.left + 6, p.y - 63, 'Kinderopvang Ukkepuk', { size: 12 });
      hand(p, p.left + 206, p.y - 63, '1-3 t/m 31-3', { size: 12 });
      hand(p, p.left + 300, p.y - 63, '612,00', { size: 12 });
      hand(p, p.left + 370, p.y - 63, '566,35', { size: 12 });
      p.gap(10);
      checkbox(p, p.left, p.y, 'Ik had deze maand geen inkomsten', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Mijn werk is gestopt per:', false);
      p.gap(30);
      field(p, p.left, p.y, 160, 'Datum', '3 april 2026');
      field(p, p.left + 220, p.y, 200, 'Handtekening', '');
      scribble(p, p.left + 240, p.y + 14, 70);
      p.gap(50);
      p.stamp(440, 720, ['ONTVANGEN', '03 APR 2026', 'balie stadhuis'], { rot: -6, color: [0.15, 0.2, 0.6], size: 9 });
      return d;
    },
  },
  {
    slug: 'nl-aanvraag-levensonderhoud-nieuwe-aanvrager',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'three-page application for income support by a new applicant',
    date: '2026-02-23',
    note: 'stranger Dennis Koopman applies',
    build() {
      const d = new Doc('sans', 9);
      const head = (p: ReturnType<Doc['page']>, n: number) => {
        p.t(p.left, 40, 'Gemeente Voorbeeld', { f: 'serifB', size: 13 });
        p.t(p.right, 40, `Aanvraag algemene bijstand  ·  ${n}/3`, { size: 8.5, align: 'right' });
        p.line(p.left, 48, p.right, 48, 1);
        p.at(62);
      };
      const p = d.page();
      head(p, 1);
      p.ln('Aanvraag bijstand voor levensonderhoud (Participatiewet)', { f: 'sansB', size: 12, after: 4 });
      p.p(
        'U vult dit formulier in nadat u zich heeft gemeld. De datum van melding is de datum waarop u recht kunt krijgen. Neem alle bewijsstukken mee naar het gesprek.',
        { size: 8.5 },
      );
      p.ln('A. Aanvrager', { f: 'sansB', size: 10, after: 4 });
      boxField(p, 'Achternaam', 'Koopman');
      boxField(p, 'Voornamen', 'Dennis Johannes');
      boxField(p, 'Geboortedatum', '17-08-1988');
      boxField(p, 'BSN', koopmanBsn);
      boxField(p, 'Adres', 'Ringweg 212');
      boxField(p, 'Postcode en woonplaats', '1236 MV Voorbeeld');
      boxField(p, 'Telefoon', '06 41 22 90 87');
      boxField(p, 'Burgerlijke staat', 'gescheiden');
      p.gap(4);
      p.ln('B. Partner', { f: 'sansB', size: 10, after: 4 });
      checkbox(p, p.left, p.y, 'Ik heb geen partner', true);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Ik heb een partner (vul deel B2 in)', false);
      p.gap(24);
      p.ln('C. Woonsituatie', { f: 'sansB', size: 10, after: 4 });
      checkbox(p, p.left, p.y, 'huurwoning', false);
      checkbox(p, p.left + 120, p.y, 'kamer', false);
      checkbox(p, p.left + 200, p.y, 'inwonend bij familie/vrienden', true);
      p.gap(20);
      boxField(p, 'Bij wie woont u in?', 'mijn moeder');
      boxField(p, 'Sinds wanneer?', 'januari 2026');
      const q = d.page();
      head(q, 2);
      q.ln('D. Inkomsten', { f: 'sansB', size: 10, after: 4 });
      q.p('Vul alle inkomsten in, ook als ze klein zijn of onregelmatig.', { size: 8.5 });
      boxField(q, 'Laatste werkgever', 'Transportbedrijf Geerts (ontslagen)');
      boxField(q, 'Laatste werkdag', '31-12-2025');
      boxField(q, 'WW aangevraagd?', 'ja, afgewezen (te weinig weken)');
      boxField(q, 'Andere inkomsten', 'geen');
      q.ln('E. Vermogen', { f: 'sansB', size: 10, after: 4 });
      boxField(q, 'Saldo betaalrekening', '€ 143,-');
      boxField(q, 'Spaarrekening', 'nee');
      boxField(q, 'Auto / motor / scooter', 'Opel Corsa 2009');
      boxField(q, 'Schulden', 'ja ongeveer 6000 (belastingen + CJIB)');
      q.ln('F. Kinderen', { f: 'sansB', size: 10, after: 4 });
      boxField(q, 'Kinderen die bij u wonen', 'nee, 1 zoon woont bij moeder');
      boxField(q, 'Betaalt u alimentatie?', 'ja 150 per maand');
      const r3 = d.page();
      head(r3, 3);
      r3.ln('G. Verklaring en ondertekening', { f: 'sansB', size: 10, after: 4 });
      r3.p(
        'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat ik wijzigingen direct moet doorgeven. Ik geef toestemming om mijn gegevens te controleren bij onder meer het UWV, de Belastingdienst, de RDW en het Kadaster.',
        { size: 9 },
      );
      field(r3, r3.left, r3.y, 160, 'Plaats en datum', 'Voorbeeld, 23-2-26');
      field(r3, r3.left + 220, r3.y, 200, 'Handtekening aanvrager', '');
      scribble(r3, r3.left + 240, r3.y + 14, 90);
      r3.gap(60);
      r3.rect(r3.left, r3.y, r3.right - r3.left, 120, { stroke: GREY, lw: 0.5 });
      r3.t(r3.left + 6, r3.y + 14, 'In te vullen door de gemeente', { f: 'sansB', size: 8.5, color: GREY });
      r3.t(r3.left + 6, r3.y + 32, 'Datum melding: ............   Datum gesprek: ............   Consulent: ............', {
        size: 8.5,
        color: GREY,
      });
      return d;
    },
  },
  {
    slug: 'nl-brief-welzijn-bijzondere-bijstand',
    type: 'benefit_application',
    client: 'K-100521',
    language: 'nl',
    render: 'digital',
    label: "social worker's letter applying for special assistance",
    date: '2026-03-09',
    author: 'Stichting Welzijn De Brug',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(p, {
        name: 'Stichting Welzijn De Brug',
        sub: 'maatschappelijk werk · sociaal raadslieden · mantelzorg',
        lines: ['Wijkcentrum De Kruising', 'Kerkplein 3, 1233 GV Voorbeeld', '0123 - 44 55 20', 'www.welzijndebrug.example'],
        style: 'center',
        color: [0.35, 0.2, 0.55],
      });
      windowAddress(p, GEM);
      refs(
        p,
        [
          ['Datum', nlLong('2026-03-09')],
          ['Ons kenmerk', 'MW/2026/0311/hb'],
          ['Betreft', 'aanvraag bijzondere bijstand'],
        ],
        { x: p.left, lw: 80 },
      );
      p.p(
        `Geachte heer, mevrouw,

Namens en met toestemming van mevrouw M. de Wit, geboren op ${nlLong(dewit.birthDate)}, wonende ${dewit.street} te Voorbeeld, vraag ik bijzondere bijstand aan voor de volgende kosten:

1. vervanging van de wasmachine (de oude is op 20 februari kapotgegaan; reparatie is volgens de monteur niet meer zinvol), offerte Witgoed Outlet Voorbeeld € 389,00 inclusief bezorgen en aansluiten;
2. de eigen bijdrage voor de nieuwe bril, nota Optiek Helder € 112,50.

Mevrouw De Wit heeft een bijstandsuitkering en een kleine buffer die door de reparatie van de CV-ketel in januari is opgebruikt. Zij heeft op dit moment minder dan € 60,00 op haar rekening. Een lening bij de Kredietbank zou haar maandlasten verder verhogen; er loopt al een betalingsregeling met de zorgverzekeraar.

Mevrouw heeft een medische indicatie voor dagelijks wassen van beddengoed; de huisarts kan dat desgevraagd bevestigen. Ik voeg geen medische stukken toe.`,
        { after: 8 },
      );
      footer(p, 'Stichting Welzijn De Brug · KvK 41099877 · IBAN NL35 RABO 0123 4567 89 · ANBI');
      const q = d.page();
      q.at(60);
      q.p(
        `Bijgevoegd:
– offerte wasmachine Witgoed Outlet Voorbeeld;
– nota Optiek Helder d.d. 2 maart 2026;
– bankafschriften februari en maart 2026.

Wilt u de beschikking naar mevrouw De Wit sturen en een kopie naar mij? Als u meer informatie nodig heeft, kunt u mij bereiken op dinsdag, woensdag en vrijdag.

Met vriendelijke groet,`,
        { after: 30 },
      );
      q.t(q.left, q.y, 'H. Brandsma', { f: 'hand', size: 18, color: INK });
      q.gap(16);
      q.ln('Hilde Brandsma');
      q.ln('maatschappelijk werker', { size: 9, color: GREY });
      q.ln('h.brandsma@welzijndebrug.example · 06 21 43 65 87', { size: 9, color: GREY });
      q.gap(20);
      q.p('Toestemming cliënt: ik ga ermee akkoord dat De Brug deze aanvraag namens mij indient.', { size: 9, f: 'serifI' });
      hand(q, q.left, q.y + 12, 'M. de Wit', { size: 16 });
      footer(q, 'Stichting Welzijn De Brug · KvK 41099877');
      return d;
    },
  },
  {
    slug: 'nl-advocaat-pro-forma-bezwaar-terugvordering',
    type: 'objection',
    client: 'K-100220',
    language: 'nl',
    render: 'digital',
    label: "lawyer's pro forma objection against a recovery decision",
    date: '2026-04-16',
    author: 'Kraaijeveld Advocaten',
    build() {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, {
        name: 'KRAAIJEVELD ADVOCATEN',
        sub: 'sociale zekerheid · huurrecht · arbeidsrecht',
        lines: ['Nieuwe Gracht 14', '1231 AB Voorbeeld', 'T 0123 - 61 22 00', 'secretariaat@kraaijeveld.example'],
        style: 'right',
        font: 'serifB',
        color: [0.1, 0.1, 0.1],
      });
      p.line(p.left, 130, p.right, 130, 0.3);
      windowAddress(
        p,
        [
          'Aan het college van burgemeester en wethouders',
          'van de gemeente Voorbeeld',
          't.a.v. team Bezwaar en Beroep',
          'Postbus 1234',
          '1230 AA  VOORBEELD',
        ],
        { y: 150, sender: 'Per post en per e-mail' },
      );
      refs(
        p,
        [
          ['Voorbeeld,', nlLong('2026-04-16')],
          ['Uw kenmerk', 'TV-2026-00418'],
          ['Ons kenmerk', '2026.0187 / JK'],
          ['Inzake', 'K. Ouahabi / gemeente Voorbeeld'],
        ],
        { x: p.left, lw: 70, size: 9 },
      );
      p.ln('Betreft: pro forma bezwaarschrift', { f: 'serifB', after: 6 });
      p.p(
        `Edelachtbaar college,

Namens mijn cliënt, de heer K. Ouahabi, wonende ${ouahabi.street} te Voorbeeld (BSN ${ouahabi.bsn}), die mij daartoe heeft gemachtigd, maak ik hierbij bezwaar tegen uw besluit van 9 maart 2026, kenmerk TV-2026-00418, waarbij de bijstand over de periode 1 juni 2025 tot en met 31 december 2025 is herzien en een bedrag van € 4.812,37 van hem wordt teruggevorderd.

Dit bezwaar is pro forma ingediend om de termijn te bewaren. Ik verzoek u mij een termijn van vier weken te geven om de gronden aan te vullen en mij een afschrift te sturen van alle stukken die op de zaak betrekking hebben, waaronder het rapport van de sociale recherche en de verslagen van de gesprekken met cliënt.

Voorts verzoek ik u, gelet op de financiële situatie van cliënt, de invordering op te schorten totdat op het bezwaar is beslist. Cliënt wenst te worden gehoord.`,
        { after: 6 },
      );
      footer(
        p,
        'Kraaijeveld Advocaten is een handelsnaam van J. Kraaijeveld Advocatuur B.V. Op alle diensten zijn de algemene voorwaarden van toepassing, die een beperking van aansprakelijkheid bevatten.',
      );
      const q = d.page();
      q.at(60);
      q.t(q.right, 40, '2/2', { size: 8, align: 'right', color: GREY });
      q.p(
        `Ik verzoek u de ontvangst van dit bezwaarschrift schriftelijk te bevestigen. Een kopie van het bestreden besluit en de machtiging van cliënt treft u bijgaand aan.

Hoogachtend,`,
        { after: 20 },
      );
      q.t(q.left, q.y + 10, 'J. Kraaijeveld', { f: 'hand', size: 18, color: INK });
      q.gap(26);
      q.ln('mr. J. Kraaijeveld');
      q.ln('advocaat', { size: 9, color: GREY, after: 20 });
      q.ln('Bijlagen:', { f: 'serifB', size: 9 });
      q.ln('1. besluit van 9 maart 2026 (TV-2026-00418)', { size: 9 });
      q.ln('2. machtiging', { size: 9 });
      footer(q, 'Kraaijeveld Advocaten · Stichting Derdengelden · NL12 WSTB 0555 4444 33');
      return d;
    },
  },
  {
    slug: 'nl-fax-rechtsbijstand-bezwaar-verkeerd-klantnummer',
    type: 'objection',
    client: null,
    conflict: ['K-100423', 'K-100367'],
    language: 'nl',
    render: 'fax',
    label: "legal-aid insurer's faxed objection quoting a wrong client number next to the right BSN",
    date: '2026-05-04',
    author: 'RECHTSHULP DIRECT JURIDISCHE ZAKEN',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Rechtshulp Direct',
        sub: 'Rechtsbijstandverzekeringen',
        lines: ['Postbus 5010, 3500 GA Utrecht', 'Fax 030 - 799 10 11'],
        style: 'left',
        color: [0, 0, 0],
      });
      windowAddress(p, GEM, { y: 140 });
      refs(
        p,
        [
          ['Datum', '4 mei 2026'],
          ['Dossier', 'RD-26-118043'],
          ['Uw kenmerk', `klantnummer ${vermeulen.clientNumber}`],
        ],
        { x: p.left, lw: 80, size: 9.5 },
      );
      p.ln('Bezwaar namens de heer J. Smits', { f: 'sansB', size: 11, after: 6 });
      p.p(
        `Geachte heer, mevrouw,

Onze verzekerde, de heer J. Smits, ${smits.street} te Voorbeeld, burgerservicenummer ${smits.bsn}, heeft ons gevraagd zijn belangen te behartigen. Namens hem tekenen wij bezwaar aan tegen uw besluit van 24 maart 2026 waarbij een maatregel is opgelegd van 30% verlaging van de bijstand gedurende drie maanden, omdat hij zonder geldige reden niet zou zijn verschenen op de afspraak bij het werkgeversservicepunt.

Onze verzekerde heeft de uitnodiging niet ontvangen. Op het adres waar de uitnodiging heen is gestuurd woont hij sinds december 2025 niet meer; zijn adreswijziging heeft hij tijdig aan de gemeente doorgegeven. Het verwijtbaarheidsoordeel is daarmee onjuist en de maatregel dient te vervallen.`,
        { size: 10 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `Subsidiair stellen wij dat de hoogte van de maatregel niet evenredig is. Cliënt heeft in de afgelopen twee jaar steeds aan zijn verplichtingen voldaan.

Wij verzoeken u het besluit te herroepen, cliënt in de gelegenheid te stellen te worden gehoord en ons een kopie van het dossier toe te zenden. Het origineel van deze brief volgt per post.

Met vriendelijke groet,

Rechtshulp Direct
mw. mr. P. Adema, juridisch specialist`,
        { size: 10 },
      );
      q.gap(10);
      q.t(q.left, q.y, 'P. Adema', { f: 'hand', size: 17 });
      return d;
    },
  },
  {
    slug: 'nl-bezwaar-kostendelersnorm-eigen-brief',
    type: 'objection',
    client: 'K-100535',
    language: 'nl',
    render: 'scan',
    label: "client's own objection letter about the cost-sharing rule",
    date: '2026-03-30',
    build() {
      const d = new Doc('serif', 11);
      const p = d.page();
      p.left = 72;
      addressLines(p, ['A. Boukhari', boukhari.street, boukhari.city], 60);
      p.at(140);
      addressLines(p, ['Gemeente Voorbeeld', 'Afdeling bezwaar', 'Postbus 1234', '1230 AA Voorbeeld'], 140);
      p.at(230);
      p.ln('Voorbeeld, 30 maart 2026');
      p.gap(10);
      p.ln(`Klantnummer: ${boukhari.clientNumber}`);
      p.ln('Onderwerp: bezwaar tegen uw brief van 5 maart 2026', { after: 12 });
      p.p(
        `Geachte mevrouw, meneer,

Ik ben het niet eens met uw beslissing dat mijn uitkering lager wordt omdat mijn kleinzoon bij mij woont. Hij is 21 jaar en woont sinds februari tijdelijk bij mij omdat hij ruzie had met zijn vader. Hij betaalt niets mee, hij heeft zelf geen geld, hij zoekt een kamer.

Ik heb dit zelf aan u doorgegeven omdat ik eerlijk wil zijn. Nu krijg ik ongeveer 400 euro minder en kan ik de huur niet betalen. Ik vraag u om het besluit terug te draaien of om te kijken naar een uitzondering, omdat het maar voor korte tijd is.

Mijn dochter heeft deze brief voor mij getypt. U kunt haar bellen als u vragen heeft: 06-31 09 72 18 (Latifa).

Met vriendelijke groet,`,
        { after: 24 },
      );
      hand(p, p.left, p.y, 'A. Boukhari', { size: 17 });
      p.gap(20);
      p.ln('Aïcha Boukhari');
      p.gap(20);
      p.ln('Bijlage: uw brief van 5 maart 2026', { size: 9.5 });
      return d;
    },
  },
  {
    slug: 'nl-email-klacht-consulent-onbereikbaar',
    type: 'complaint',
    client: 'K-100486',
    language: 'nl',
    render: 'digital',
    label: 'printed e-mail complaint with the auto-reply quoted',
    date: '2026-04-21',
    author: 'Kevin Mulder',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'kmulder82@mailbox.example',
        {
          from: 'Kevin Mulder <kmulder82@mailbox.example>',
          to: 'klachten@gemeente-voorbeeld.example',
          date: 'di 21-4-2026 08:14',
          subject: 'Klacht: al 5 weken geen reactie van mijn consulent',
        },
        `Geachte klachtencoördinator,

Hierbij dien ik een klacht in. Mijn klantnummer is ${mulder.clientNumber}.

Op 12 maart heb ik mijn nieuwe arbeidscontract en eerste loonstrook ingeleverd bij de balie (bonnetje heb ik nog). Sindsdien is mijn uitkering niet aangepast en krijg ik te veel. Ik wil niet later alles terug moeten betalen. Ik heb drie keer gebeld naar 14 0123 en elke keer gezegd dat mijn consulent terugbelt. Dat is niet gebeurd. Op mijn mails komt alleen een automatisch antwoord (zie hieronder).

Ik wil graag:
1. dat iemand mijn uitkering stopzet of aanpast vanaf april;
2. dat ik een vaste contactpersoon krijg die wel reageert.

Ik ben bereikbaar op 06 52 18 40 33, liefst na 17.00 uur omdat ik nu werk.

Met vriendelijke groet,
Kevin Mulder`,
        {
          intro: 'Op 7 apr. 2026 om 16:02 schreef werkeninkomen@gemeente-voorbeeld.example:',
          text: `Dank voor uw bericht. Dit is een automatisch antwoord. Wij reageren binnen 5 werkdagen. Heeft u een vraag over uw uitkering? Vermeld altijd uw klantnummer. Heeft u spoed? Bel 14 0123 (maandag t/m vrijdag 9.00–17.00 uur).

> Beste meneer/mevrouw, ik heb op 12 maart mijn contract ingeleverd. Kunt u mijn uitkering aanpassen? Groet, K. Mulder`,
        },
      );
      return d;
    },
  },
];

function addressLines(p: ReturnType<Doc['page']>, lines: string[], y: number): void {
  lines.forEach((l, i) => {
    p.t(p.left, y + i * 15, l, { size: 11 });
  });
}

export { euro, RED, roundStamp, signature };
