// Set H, Dutch: institutional post about newcomers and labour migrants, and Dutch forms filled in by them.
import type { Spec } from '../spec.ts';
import { OAK, OILCLOTH, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  checkbox,
  Doc,
  euro,
  footer,
  GREY,
  groupIban,
  gvForm,
  handLines,
  iban,
  letterhead,
  notebook,
  PAGE_W,
  type Page,
  RED,
  scribble,
  section,
} from './kit.ts';

const KZ = C('K-100339');
const EG = C('K-100185');
const KT = C('K-100136');
const AK = C('K-100122');
const LA = C('K-100465');
const YB = C('K-100297');
const SH = C('K-100241');
const DT = C('K-100409');
const SK = C('K-100353');
const JM = C('K-100507');
const TL = C('K-100283');
const MW = C('K-100395');

/** An UWV letter: logo, window address, reference block. */
function uwvHead(p: Page, to: string[], rows: [string, string][]): void {
  p.rect(p.left, 36, 70, 26, { fill: [0.0, 0.3, 0.55] });
  p.t(p.left + 35, 54, 'UWV', { f: 'sansB', size: 15, color: [1, 1, 1], align: 'center' });
  p.t(p.right, 44, 'Postbus 58285', { size: 7.5, color: GREY, align: 'right' });
  p.t(p.right, 54, '1040 HG Amsterdam', { size: 7.5, color: GREY, align: 'right' });
  p.t(p.right, 64, 'uwv.nl · 088 - 898 92 94', { size: 7.5, color: GREY, align: 'right' });
  p.at(120);
  for (const l of to) p.ln(l, { size: 10 });
  p.gap(20);
  p.kv(rows, { labelW: 110, size: 8.5, color: [0.2, 0.2, 0.2], lh: 12 });
  p.gap(8);
}

/** A box on a Dutch form with a handwritten value. */
function hbox(p: Page, label: string, value: string, lw = 150): void {
  p.t(p.left, p.y + 13, label, { size: 9 });
  p.rect(p.left + lw, p.y, p.right - p.left - lw, 19, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
  if (value) p.t(p.left + lw + 5, p.y + 14, value, { f: 'hand', size: 12.5, color: BLUE_INK });
  p.gap(23);
}

export const NL: Spec[] = [
  {
    slug: 'loonstrook-uitzend-zielinska',
    type: 'payslip',
    client: KZ.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Four-weekly agency payslip in Dutch for a Ukrainian worker (BSN)',
    date: '2026-11-13',
    build: () => {
      const d = new Doc('mono', 8.5);
      const p = d.page();
      p.left = 50;
      p.right = PAGE_W - 50;
      p.t(p.left, 50, 'STERK PERSONEEL B.V.', { f: 'monoB', size: 12 });
      p.t(p.left, 62, 'Havenweg 7 - 4231 BZ Meerkerk - KvK 66102398', { f: 'mono', size: 8 });
      p.t(p.right, 50, 'SALARISSPECIFICATIE', { f: 'monoB', size: 11, align: 'right' });
      p.t(p.right, 62, 'Periode 11 (4 wkn) 2026', { f: 'mono', size: 8.5, align: 'right' });
      p.line(p.left, 70, p.right, 70, 0.8);
      p.at(80);
      const lines = [
        'Naam           : K. Zielinska                    Pers.nr   : 30144',
        'Adres          : Spoorlaan 72                     Afdeling  : Inlener DC Voorbeeld',
        '                 1235 XB  VOORBEELD               Functie   : Productiemedewerker',
        'BSN            : 999990524                        Uurloon   :    14,71',
        'Geb.datum      : **-**-****                       Fase      : A  week 61',
        'Loonheffingsk. : Ja                               Tabel     : Wit 4-wk',
        '',
        'Omschrijving                         Aantal      Tarief        Betaling     Inhouding',
        '--------------------------------------------------------------------------------------',
        'Uren normaal                         112,00       14,71        1.647,52',
        'Toeslag ploegendienst 15%             48,00        2,21          106,08',
        'Feestdagen (geen)                      0,00',
        'Reiskosten onbelast                   14 dgn        0,23           48,30',
        'Brutoloon                                                      1.753,60',
        'Loonheffing                                                                    36,14',
        'Pensioen StiPP basis                                                           18,42',
        'Inhouding verschotten kleding                                                  12,50',
        '--------------------------------------------------------------------------------------',
        'Netto uitbetaald                                               1.734,84',
        '',
        'Reservering vakantiegeld    140,29   Saldo reservering       802,11',
        'Reservering vakantie-uren    11,20   Saldo uren               47,60',
        `Uitbetaald op               ${groupIban(iban('ABNA', 'h-zielinska'))}`,
      ];
      for (const l of lines) p.ln(l, { f: 'mono', size: 7.8, lh: 12 });
      p.gap(10);
      p.p('Loonstroken worden ook getoond in de app "Sterk Werkt". Vragen? loon@sterkpersoneel.example', { f: 'mono', size: 7.5 });
      return d;
    },
  },
  {
    slug: 'loonstrook-schoonmaak-fax',
    type: 'payslip',
    client: EG.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '30-11-2026 15:31  GLANS & CO SCHOONMAAK ADMIN  0318-552210',
    label: 'Monthly cleaning-company payslip faxed by the employer at the client’s request (BSN)',
    date: '2026-11-30',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      letterhead(
        p,
        'Glans & Co',
        ['Schoonmaakdiensten B.V.', 'Industrieweg 14, 6710 BC Ede', 'T 0318-552200 · administratie@glansenco.example'],
        {
          color: [0, 0, 0],
        },
      );
      p.ln('Loonstrook november 2026', { f: 'sansB', size: 13, after: 4 });
      p.kv(
        [
          ['Werknemer', 'E. Ghebremedhin'],
          ['BSN', '9999.10.279'],
          ['Personeelsnummer', '2218'],
          ['Functie', 'Schoonmaakmedewerker A'],
          ['Contracturen', '20 per week'],
          ['Periode', '01-11-2026 t/m 30-11-2026'],
        ],
        { labelW: 120, size: 9 },
      );
      p.table(
        [
          { h: 'Looncomponent', w: 230 },
          { h: 'Uren', w: 60, r: true },
          { h: 'Tarief', w: 70, r: true },
          { h: 'Bedrag', w: 107, r: true },
        ],
        [
          ['Salaris', '86,67', '15,12', euro(1310.45)],
          ['Meeruren', '6,00', '15,12', euro(90.72)],
          ['Toeslag vroege dienst (voor 07.00)', '21,00', '3,78', euro(79.38)],
          ['Bruto', '', '', euro(1480.55)],
          ['Loonheffing', '', '', '0,00'],
          ['Pensioenpremie PFZW', '', '', `-${euro(41.8)}`],
          ['Netto', '', '', euro(1438.75)],
        ],
        { size: 8.6, grid: true },
      );
      p.p('Vakantiegeld wordt in mei uitbetaald. Het netto wordt op 28-11-2026 overgemaakt naar uw rekening.', { size: 8.5 });
      p.gap(10);
      p.rect(p.left, p.y, p.right - p.left, 50, { stroke: [0, 0, 0], lw: 0.8 });
      p.t(p.left + 8, p.y + 18, 'FAX aan: Gemeente Voorbeeld, Werk en Inkomen', { f: 'sansB', size: 9 });
      p.t(p.left + 8, p.y + 34, 'Op verzoek van medewerker (leest geen e-mail). Met vr. gr., afd. salarisadministratie', { size: 8.5 });
      return d;
    },
  },
  {
    slug: 'afschrift-polderbank-kidane',
    type: 'bank_statement',
    client: KT.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Dutch bank statement (Tesfay) with his client number in pen',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 8.8);
      const p = d.page();
      p.t(p.left, 54, 'Polderbank', { f: 'serifB', size: 18, color: [0.0, 0.35, 0.2] });
      p.t(p.right, 46, 'Rekeningafschrift', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right, 58, 'nr. 10 · oktober 2026', { size: 8.5, align: 'right' });
      p.at(84);
      p.ln('Dhr K Tesfay', { size: 9.5 });
      p.ln('Burgemeester de Withof 78', { size: 9.5 });
      p.ln('1230 EH Voorbeeld', { size: 9.5, after: 10 });
      p.kv(
        [
          ['Rekening', groupIban(iban('POLD', 'h-tesfay'))],
          ['Vorig saldo 30-09-2026', '€ 143,72 +'],
          ['Nieuw saldo 31-10-2026', '€ 61,05 +'],
        ],
        { labelW: 140, size: 9 },
      );
      p.table(
        [
          { h: 'Datum', w: 55 },
          { h: 'Omschrijving', w: 280 },
          { h: 'Af', w: 65, r: true },
          { h: 'Bij', w: 67, r: true },
        ],
        [
          ['01-10', 'GEMEENTE VOORBEELD UITKERING PW OKT 2026', '', '1.058,20'],
          ['01-10', 'F. TESFAY BIJDRAGE KOSTEN', '', '250,00'],
          ['02-10', 'WOONSTICHTING HET ANKER HUUR', '612,00', ''],
          ['05-10', 'ZORGVERZEKERAAR RIJNZORG PREMIE', '139,10', ''],
          ['08-10', 'ALDI VOORBEELD', '54,23', ''],
          ['12-10', 'ERITREAN ORTHODOX CHURCH BIJDRAGE', '20,00', ''],
          ['16-10', 'VITENS WATER', '18,40', ''],
          ['20-10', 'GELDAUTOMAAT MARKTPLEIN', '100,00', ''],
          ['23-10', 'ENECO VOORSCHOT', '112,00', ''],
          ['28-10', 'BELASTINGDIENST ZORGTOESLAG', '', '127,00'],
          ['29-10', 'PLUS VOORBEELD', '62,14', ''],
          ['31-10', 'KOSTEN BETAALPAKKET', '4,00', ''],
        ],
        { size: 8, zebra: [0.94, 0.96, 0.94] },
      );
      scribble(p, 330, 80, ['K-100136'], { rot: 5, size: 17, ink: BLACK_INK });
      footer(p, 'Polderbank N.V. · Postbus 100, 8200 AC Lelystad · pagina 1 van 1');
      return d;
    },
  },
  {
    slug: 'wijzigingsformulier-kowalska-kas',
    type: 'change_form',
    client: AK.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Change form filled in in learner’s Dutch: new part-time job in a greenhouse',
    date: '2026-11-20',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      gvForm(
        p,
        'Wijzigingsformulier Participatiewet',
        'WI-07 (2026)',
        'Geef wijzigingen binnen 5 werkdagen door. Schrijf duidelijk in blokletters.',
      );
      section(p, '1. Uw gegevens');
      hbox(p, 'Naam en voorletters', 'KOWALSKA A.');
      hbox(p, 'Klantnummer', 'K-100122');
      hbox(p, 'BSN', '');
      hbox(p, 'Telefoon', '06 1872 5530');
      section(p, '2. Wat is er veranderd?');
      checkbox(p, p.left, p.y, 'Ik heb inkomsten (werk, uitkering, pensioen, alimentatie)', true);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Iemand is bij mij komen wonen / weggegaan', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Ik heb een ander adres', false);
      p.gap(22);
      p.t(p.left, p.y + 8, 'Toelichting:', { size: 9 });
      p.gap(14);
      for (let i = 0; i < 6; i++) p.line(p.left, p.y + 22 * (i + 1), p.right, p.y + 22 * (i + 1), 0.4, [0.6, 0.6, 0.6]);
      handLines(
        p,
        [
          'Ik heb nu werk in kas (paprika) bij Kwekerij Van Os,',
          'via uitzendbureau, 24 uren per week, begin 16-11-2026.',
          'Loon is 14,71 per uur bruto. Loonstrook komt elke week,',
          'ik stuur op. Online les voor Oekraïne stop ik in',
          'december, te veel werk. Mijn Nederlands is niet goed,',
          'sorry voor fouten.',
        ],
        { x: p.left + 4, top: p.y + 20, lh: 22, size: 12.5 },
      );
      p.gap(16);
      p.t(p.left, p.y + 10, 'Datum: 20-11-2026', { size: 9 });
      p.t(p.left + 250, p.y + 10, 'Handtekening:', { size: 9 });
      p.t(p.left + 320, p.y + 12, 'A. Kowalska', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'wijziging-partner-conflict',
    type: 'change_form',
    client: null,
    conflict: [LA.clientNumber, KT.clientNumber],
    language: 'nl',
    render: 'photo',
    table: OILCLOTH,
    label: 'Change form: a client reports living together; the partner is another client, named with birth date',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      gvForm(p, 'Wijzigingsformulier Participatiewet', 'WI-07 (2026)');
      section(p, '1. Uw gegevens');
      hbox(p, 'Naam', 'Luwam Asmerom');
      hbox(p, 'Klantnummer', 'K-100465');
      hbox(p, 'Adres', 'Burg. de Withof 54');
      section(p, '2. Wat is er veranderd?');
      checkbox(p, p.left, p.y, 'Ik heb inkomsten', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Iemand is bij mij komen wonen / weggegaan', true);
      p.gap(22);
      section(p, '3. Gegevens van de persoon die bij u komt wonen');
      hbox(p, 'Naam', 'Kidane Tesfay');
      hbox(p, 'Geboortedatum', '06-09-1964');
      hbox(p, 'Relatie', 'vriend, wij gaan trouwen in kerk');
      hbox(p, 'Per datum', '1-1-2027');
      p.t(p.left, p.y + 8, 'Toelichting:', { size: 9 });
      p.gap(12);
      handLines(p, ['Hij woont nu nog Burg. de Withof 78, komt bij mij.', 'Hij heeft ook uitkering bij gemeente. Wat moet wij doen?'], {
        x: p.left + 4,
        top: p.y + 18,
        lh: 22,
        size: 12.5,
      });
      p.gap(8);
      p.t(p.left, p.y + 10, 'Datum 26-11-26', { size: 9 });
      p.t(p.left + 250, p.y + 12, 'Luwam A.', { f: 'hand', size: 16, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'aanvraag-statushouder-coa',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Application form for assistance filled in by a new status holder, with the COA housing letter, 2 pages',
    date: '2026-11-10',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      gvForm(
        p,
        'Aanvraag levensonderhoud statushouders',
        'PW-01s (2026)',
        'Vul dit formulier in met uw begeleider van VluchtelingenWerk. Lever het in bij Team Poort.',
      );
      section(p, '1. Persoonsgegevens');
      hbox(p, 'Achternaam', 'GHEBREYESUS');
      hbox(p, 'Voornamen', 'Merhawit');
      hbox(p, 'Geboortedatum', '01-01-1996');
      hbox(p, 'V-nummer', '3012 884 519');
      hbox(p, 'BSN', 'aangevraagd (BRP inschrijving 09-11)');
      hbox(p, 'Nieuw adres', 'Populierenhof 61, 1230 PC Voorbeeld');
      section(p, '2. Gezin');
      checkbox(p, p.left, p.y, 'Alleenstaand', false);
      checkbox(p, p.left + 120, p.y, 'Alleenstaande ouder', true);
      checkbox(p, p.left + 270, p.y, 'Gehuwd / samenwonend', false);
      p.gap(20);
      hbox(p, 'Kinderen (naam, geb.datum)', 'Ruth 2019, Samuel 2022');
      section(p, '3. Inkomen en bezit');
      hbox(p, 'Inkomen', 'geen, leefgeld COA stopt 15-11');
      hbox(p, 'Bankrekening', 'ja, ING, ± 80 euro');
      p.gap(6);
      p.t(p.left, p.y + 10, 'Datum 10-11-2026', { size: 9 });
      p.t(p.left + 200, p.y + 12, 'Merhawit G.', { f: 'hand', size: 15, color: BLUE_INK });
      p.t(p.left + 330, p.y + 10, 'Begeleider VWN: J. Hofstede', { size: 8.5 });
      const q = d.page();
      q.rect(q.left, 36, 46, 26, { fill: [0.15, 0.45, 0.35] });
      q.t(q.left + 23, 54, 'COA', { f: 'sansB', size: 13, color: [1, 1, 1], align: 'center' });
      q.t(q.left + 56, 54, 'Centraal Orgaan opvang asielzoekers', { size: 9 });
      q.t(q.right, 46, 'Locatie Budel-Cranendonck', { size: 7.5, color: GREY, align: 'right' });
      q.at(100);
      q.ln('Mevrouw M. Ghebreyesus', { size: 10 });
      q.ln('p/a COA-locatie Budel, unit 14-B', { size: 10, after: 16 });
      q.kv(
        [
          ['Datum', '28 oktober 2026'],
          ['Onderwerp', 'Uitstroom naar gemeente Voorbeeld'],
          ['V-nummer', '3012884519'],
        ],
        { labelW: 90, size: 9.5 },
      );
      q.p(
        'Geachte mevrouw Ghebreyesus,\n\nU heeft een verblijfsvergunning asiel gekregen en de gemeente Voorbeeld heeft een woning voor u en uw kinderen gevonden: Populierenhof 61. U verhuist op maandag 9 november 2026.\n\nHet COA zorgt voor vervoer van u, uw kinderen en uw bagage. Uw leefgeld van het COA stopt op de dag dat u de opvang verlaat. Vraag daarom direct een uitkering (bijstand) aan bij de gemeente Voorbeeld. De gemeente kan u ook een voorschot geven en een lening voor de inrichting van uw woning.\n\nUw begeleider van VluchtelingenWerk helpt u met de aanvraag en met zaken als huurtoeslag, zorgtoeslag en kinderopvang.\n\nWij wensen u veel succes in uw nieuwe woonplaats.\n\nMet vriendelijke groet,\n\nL. Veenstra\nwoonbegeleider COA',
        { size: 10 },
      );
      return d;
    },
  },
  {
    slug: 'inschrijving-uitzend-onbekend',
    type: 'job_application_proof',
    client: null,
    language: 'nl',
    render: 'digital',
    label: 'Agency confirmation of registration as a job seeker for someone not in the directory',
    date: '2026-11-17',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Start-Up Flex Uitzendbureau', ['Stationsplein 3, 1230 AB Voorbeeld', 'voorbeeld@startupflex.example · 0318 440 100'], {
        color: [0.2, 0.6, 0.3],
        band: true,
      });
      p.gap(10);
      p.ln('Aan wie het aangaat', { size: 10, after: 10 });
      p.ln('Voorbeeld, 17 november 2026', { size: 10, after: 10 });
      p.ln('Bevestiging inschrijving', { f: 'sansB', size: 12, after: 6 });
      p.p(
        'Hierbij bevestigen wij dat de heer Abdirahman Warsame Ali op 17 november 2026 bij ons vestiging Voorbeeld is ingeschreven als werkzoekende voor productie- en logistiek werk.\n\nTijdens het intakegesprek is besproken dat hij beschikbaar is voor dag- en avonddiensten, in het bezit is van een fiets en nog geen VCA-diploma heeft. Wij nemen contact op zodra er een passende opdracht is. Op dit moment is de vraag naar productiemedewerkers in de regio laag.\n\nDeze verklaring is op verzoek van de kandidaat opgesteld ter overlegging aan zijn gemeente.\n\nMet vriendelijke groet,\n\nStart-Up Flex — vestiging Voorbeeld\nJesse van Gemert, intercedent',
        { size: 10 },
      );
      footer(p, 'Start-Up Flex B.V. · KvK 81122904 · NBBU-lid · SNA-gecertificeerd');
      return d;
    },
  },
  {
    slug: 'verklaring-huisarts-yonas',
    type: 'medical_statement',
    client: YB.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'GP statement about restrictions for work (name and birth date)',
    date: '2026-11-24',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(
        p,
        'Huisartsenpraktijk De Bongerd',
        ['Tulpstraat 2, 1238 WA Voorbeeld', 'T 0318 620 400 · spoed 0318 620 401', 'AGB 01-058822'],
        { color: [0.15, 0.4, 0.3], f: 'serifB' },
      );
      p.ln('MEDISCHE VERKLARING', { f: 'serifB', size: 13, after: 8 });
      p.kv(
        [
          ['Betreft', 'dhr. Yonas Berhane'],
          ['Geboortedatum', '12-11-1993'],
          ['Adres', 'Tulpstraat 135, 1238 WV Voorbeeld'],
        ],
        { labelW: 110, size: 10 },
      );
      p.p(
        'Op verzoek van patiënt verklaar ik het volgende. Dhr. Berhane is bij onze praktijk bekend met aanhoudende rugklachten na een bedrijfsongeval in het magazijn (augustus 2026). Hij is verwezen naar de fysiotherapeut en heeft een MRI gehad; er is geen operatie nodig.\n\nIn ieder geval tot 1 februari 2027 is hij niet in staat tot zwaar tillen (> 10 kg), langdurig staan of werken in ploegendienst. Licht, afwisselend werk of een taalcursus is wel mogelijk.\n\nVoor nadere medische informatie verwijs ik naar een arts van de gemeente of UWV; inhoudelijke medische gegevens verstrek ik alleen met schriftelijke toestemming van patiënt.',
        { size: 10.3 },
      );
      p.gap(14);
      p.ln('Voorbeeld, 24 november 2026', { size: 10 });
      p.t(p.left, p.y + 20, 'M. Kuiper', { f: 'hand', size: 16, color: BLUE_INK });
      p.gap(30);
      p.ln('M.J. Kuiper, huisarts', { size: 10 });
      p.stamp(420, p.y - 10, ['HUISARTSENPRAKTIJK', 'DE BONGERD', 'Voorbeeld'], { rot: -6, color: [0.2, 0.3, 0.6], size: 8 });
      p.ln('Vertrouwelijk — uitsluitend voor de werkconsulent', { f: 'serifI', size: 9.5, color: RED });
      return d;
    },
  },
  {
    slug: 'verblijfsdocument-selam',
    type: 'identity_document',
    client: SH.clientNumber,
    language: 'nl',
    render: 'photo',
    table: WOOD,
    label: 'Copy of a residence document (asylum, permanent) with the BSN written next to it, photographed',
    date: '2026-10-02',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(90, 80, 415, 260, { fill: [0.88, 0.85, 0.9], stroke: [0.3, 0.3, 0.3], lw: 1 });
      p.t(108, 106, 'KONINKRIJK DER NEDERLANDEN', { f: 'sansB', size: 10 });
      p.t(108, 120, 'VERBLIJFSDOCUMENT', { size: 8 });
      p.t(PAGE_W - 110, 106, 'V', { f: 'sansB', size: 20, align: 'right' });
      p.rect(108, 134, 100, 130, { fill: [0.58, 0.56, 0.6] });
      const rows: [string, string][] = [
        ['Naam / Surname', 'HABTE'],
        ['Voornamen / Given names', 'SELAM'],
        ['Geboortedatum / Date of birth', '15 09 1982'],
        ['Nationaliteit', 'ERI'],
        ['Soort', 'ASIEL ONBEPAALDE TIJD'],
        ['Geldig tot', '02 10 2031'],
        ['Documentnummer', 'W1KZ08RT4'],
      ];
      rows.forEach(([k, v], i) => {
        p.t(222, 140 + i * 22, k, { size: 6.5, color: [0.3, 0.3, 0.3] });
        p.t(222, 150 + i * 22, v, { f: 'sansB', size: 9.5 });
      });
      p.t(108, 300, 'Arbeid vrij toegestaan. TWV niet vereist.', { size: 8 });
      p.t(108, 322, 'ITNLDW1KZ08RT4<<<<<<<<<<<<<<<', { f: 'mono', size: 9 });
      handLines(p, ['nieuwe pas (verlengd) — Selam Habte', 'BSN 999957624'], { x: 110, top: 400, lh: 26, size: 14 });
      return d;
    },
  },
  {
    slug: 'huurverhoging-anker-dawit',
    type: 'rental_agreement',
    client: DT.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Housing association rent increase letter with the client number written on it',
    date: '2026-11-25',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Woonstichting Het Anker', ['Havenkade 1, 1238 AA Voorbeeld', 'T 0318 700 800 · hetanker.example'], {
        color: [0.75, 0.3, 0.1],
      });
      p.gap(10);
      p.ln('De heer D. Tekle', { size: 10 });
      p.ln('Beatrixstraat 99', { size: 10 });
      p.ln('1232 HL Voorbeeld', { size: 10, after: 14 });
      p.kv(
        [
          ['Datum', '25 november 2026'],
          ['Huurcontractnummer', '0099-2231-01'],
          ['Onderwerp', 'Voorstel huurverhoging per 1 januari 2027'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(
        'Geachte heer Tekle,\n\nIeder jaar passen wij de huur aan. Voor uw woning aan de Beatrixstraat 99 stellen wij voor de kale huur per 1 januari 2027 te verhogen met 4,1%. Dit is binnen de wettelijke grenzen voor sociale huurwoningen.',
        { size: 10 },
      );
      p.table(
        [
          { h: '', w: 240 },
          { h: 'Huidige huur', w: 110, r: true },
          { h: 'Nieuwe huur', w: 110, r: true },
        ],
        [
          ['Kale huur', '€ 633,40', '€ 659,37'],
          ['Servicekosten', '€ 28,75', '€ 28,75'],
          ['Totale huur per maand', '€ 662,15', '€ 688,12'],
        ],
        { size: 9.5 },
      );
      p.p(
        'Bent u het niet eens met dit voorstel? Dan kunt u tot 1 januari 2027 bezwaar maken bij ons. Heeft u huurtoeslag? Geef de nieuwe huur dan door aan de Belastingdienst via Mijn toeslagen.\n\nMet vriendelijke groet,\n\nTeam Huuradministratie\nWoonstichting Het Anker',
        { size: 10 },
      );
      scribble(p, 360, 200, ['K-100409', 'Dawit — voor huur/toeslag'], { rot: 6, size: 14 });
      return d;
    },
  },
  {
    slug: 'aanmaning-rijnzorg-zielinska',
    type: 'debt_notice',
    client: KZ.clientNumber,
    language: 'nl',
    render: 'digital',
    label: 'Health insurer payment reminder with the insured person’s BSN',
    date: '2026-11-16',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Zorgverzekeraar Rijnzorg', ['Postbus 3300, 6800 GA Arnhem', 'rijnzorg.example · 026 300 3000'], {
        color: [0.0, 0.45, 0.7],
        band: true,
      });
      p.gap(10);
      p.ln('Mevrouw K. Zielinska', { size: 10 });
      p.ln('Spoorlaan 72', { size: 10 });
      p.ln('1235 XB Voorbeeld', { size: 10, after: 14 });
      p.kv(
        [
          ['Datum', '16 november 2026'],
          ['Relatienummer', '118 402 771'],
          ['BSN', '999990524'],
          ['Onderwerp', 'Tweede herinnering — betaalachterstand premie'],
        ],
        { labelW: 110, size: 9.5 },
      );
      p.p(
        'Geachte mevrouw Zielinska,\n\nWij hebben uw premie voor de maanden september en oktober 2026 nog niet ontvangen. Het openstaande bedrag is € 283,90. Wilt u dit bedrag binnen 14 dagen betalen?\n\nBetaalt u niet op tijd, dan moeten wij u na een achterstand van zes maanden aanmelden bij het CAK (bestuursrechtelijke premie). U betaalt dan een hogere premie. Ook kunnen wij de vordering uit handen geven aan een incassobureau; daardoor komen er kosten bij.\n\nKunt u niet in één keer betalen? Bel ons dan voor een betalingsregeling. Heeft u hulp bij uw geldzaken, bijvoorbeeld van de gemeente? Geef dan toestemming om contact met uw hulpverlener op te nemen.',
        { size: 10 },
      );
      p.table(
        [
          { h: 'Factuur', w: 150 },
          { h: 'Periode', w: 150 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['2026-09-44812', 'september 2026', '€ 141,95'],
          ['2026-10-44812', 'oktober 2026', '€ 141,95'],
          ['', 'Totaal', '€ 283,90'],
        ],
        { size: 9.5 },
      );
      p.ln('Met vriendelijke groet,', { size: 10 });
      p.ln('Afdeling Debiteuren, Zorgverzekeraar Rijnzorg', { size: 10 });
      footer(p, 'Betaal op NL12 ABNA 0402 3187 66 o.v.v. relatienummer · Rijnzorg N.V.');
      return d;
    },
  },
  {
    slug: 'bezwaar-senait-leerdersnederlands',
    type: 'objection',
    client: SK.clientNumber,
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: 'Handwritten objection in learner’s Dutch against a stop of the benefit, client number',
    date: '2026-11-30',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 64, lh: 25, holes: true });
      handLines(
        p,
        [
          'Aan gemeente Voorbeeld afdeling bezwaar',
          '',
          'Ik ben Senait Kahsay, klant nummer K-100353',
          'Tulpstraat 19',
          '',
          'Ik maak bezwaar tegen de brief van 9 november.',
          'U stop mijn uitkering omdat ik niet kwam op',
          'afspraak bij werk consulent 2 keer. Maar ik had',
          'brief niet begrijpen, de datum stond in brief maar',
          'ik dacht het was december. Ook mijn knie pijn,',
          'ik was bij fysio. Ik wil altijd komen.',
          'Ik heb geen geld nu voor huur en eten.',
          'Alstublieft uitkering weer geven.',
          '',
          'Dank u wel.   S. Kahsay   30-11-2026',
        ],
        { top: 88, lh: 25, size: 14 },
      );
      return d;
    },
  },
  {
    slug: 'uwv-ww-toekenning-mazur',
    type: 'uwv_decision',
    client: JM.clientNumber,
    language: 'nl',
    render: 'digital',
    label: 'UWV decision granting unemployment benefit (WW), with BSN',
    date: '2026-10-09',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      uwvHead(
        p,
        ['De heer J. Mazur', 'Wilhelminapark 75', '1238 CN Voorbeeld'],
        [
          ['Datum', '9 oktober 2026'],
          ['Ons kenmerk', 'WW-2026-88120473'],
          ['Burgerservicenummer', '999993951'],
          ['Onderwerp', 'U krijgt een WW-uitkering'],
        ],
      );
      p.ln('U krijgt een WW-uitkering', { f: 'sansB', size: 13, after: 6 });
      p.p(
        'Geachte heer Mazur,\n\nU heeft op 21 september 2026 een WW-uitkering aangevraagd. Wij hebben besloten dat u vanaf 15 september 2026 een WW-uitkering krijgt. In deze brief leest u hoe hoog uw uitkering is en hoe lang u die krijgt.',
        { size: 10 },
      );
      p.kv(
        [
          ['Ingangsdatum', '15 september 2026'],
          ['Duur', '3 maanden, uiterlijk tot en met 14 december 2026'],
          ['Dagloon', '€ 112,84'],
          ['Uitkering eerste 2 maanden', '75% van uw dagloon'],
          ['Daarna', '70% van uw dagloon'],
          ['Uitbetaling', 'per maand, op basis van uw inkomstenopgave'],
        ],
        { labelW: 170, size: 9.8 },
      );
      p.p(
        'Heeft u inkomsten uit werk? Geef die dan elke maand door via de inkomstenopgave in Mijn UWV. Wij verrekenen ze met uw uitkering.\n\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Hoe u dat doet, leest u op uwv.nl/bezwaar.\n\nMet vriendelijke groet,\n\nUWV\nR. Verbeek, teammanager WW',
        { size: 10 },
      );
      footer(p, 'UWV · Wij zijn er voor werk en inkomen · pagina 1 van 1');
      return d;
    },
  },
  {
    slug: 'uwv-ww-afwijzing-lewandowski',
    type: 'uwv_decision',
    client: TL.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'UWV decision refusing unemployment benefit (weeks requirement not met), with BSN and a Polish note',
    date: '2026-09-30',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      uwvHead(
        p,
        ['De heer T. Lewandowski', 'Schoolstraat 55', '1234 RL Voorbeeld'],
        [
          ['Datum', '30 september 2026'],
          ['Ons kenmerk', 'WW-2026-87714320'],
          ['BSN', '9999 62 863'],
          ['Onderwerp', 'Beslissing op uw aanvraag WW'],
        ],
      );
      p.ln('U krijgt geen WW-uitkering', { f: 'sansB', size: 13, after: 6 });
      p.p(
        'Geachte heer Lewandowski,\n\nU heeft een WW-uitkering aangevraagd omdat uw werk bij Kuijpers Bouw B.V. op 12 september 2026 is geëindigd. U krijgt geen WW-uitkering. Hieronder leest u waarom.\n\nU voldoet niet aan de wekeneis\nOm een WW-uitkering te krijgen, moet u in de laatste 36 weken vóór uw werkloosheid minstens 26 weken hebben gewerkt. U heeft in die periode 19 weken gewerkt in Nederland. De weken dat u in Polen werkte tellen alleen mee als u een formulier U1 (PD U1) van de Poolse instantie (ZUS) aanlevert; dat formulier hebben wij niet ontvangen.\n\nWat kunt u doen?\nStuur ons alsnog het formulier U1. Dan beoordelen wij uw aanvraag opnieuw. Heeft u geen inkomen? Dan kunt u misschien bijstand aanvragen bij uw gemeente.\n\nBent u het niet eens met deze beslissing? U kunt binnen 6 weken bezwaar maken.\n\nMet vriendelijke groet,\n\nUWV',
        { size: 9.8 },
      );
      scribble(p, 300, 690, ['U1 z ZUS zamówiony 02-10', 'Tomek'], { rot: 4, size: 13 });
      return d;
    },
  },
  {
    slug: 'uwv-einde-ww-wojcik',
    type: 'uwv_decision',
    client: MW.clientNumber,
    language: 'nl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'UWV letter announcing the end of the WW benefit, with BSN, photographed',
    date: '2026-11-12',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      uwvHead(
        p,
        ['De heer M. Wójcik', 'Wilhelminapark 60', '1235 TN Voorbeeld'],
        [
          ['Datum', '12 november 2026'],
          ['Ons kenmerk', 'WW-2026-86002291'],
          ['Burgerservicenummer', '999958422'],
          ['Onderwerp', 'Uw WW-uitkering stopt'],
        ],
      );
      p.ln('Uw WW-uitkering stopt op 6 december 2026', { f: 'sansB', size: 13, after: 6 });
      p.p(
        'Geachte heer Wójcik,\n\nU krijgt sinds 7 juli 2026 een WW-uitkering. De maximale duur van uw uitkering is bereikt. Daarom stopt uw uitkering op 6 december 2026. U krijgt de laatste betaling in januari 2027, nadat u uw laatste inkomstenopgave heeft gedaan.\n\nHeeft u na 6 december 2026 geen werk en geen ander inkomen? Neem dan contact op met uw gemeente. Misschien kunt u een bijstandsuitkering krijgen. Doe dit op tijd, want de gemeente heeft tijd nodig om uw aanvraag te behandelen.\n\nTegen deze brief kunt u geen bezwaar maken, want het is een mededeling over de einddatum die al in onze beslissing van 3 juli 2026 stond.\n\nMet vriendelijke groet,\n\nUWV',
        { size: 10 },
      );
      return d;
    },
  },
  {
    slug: 'toeslagen-beschikking-selam',
    type: 'tax_document',
    client: SH.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Belastingdienst/Toeslagen provisional decision on rent and healthcare allowance, with BSN',
    date: '2026-10-21',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 50, 'Belastingdienst', { f: 'sansB', size: 14, color: [0.0, 0.25, 0.55] });
      p.t(p.left, 64, 'Toeslagen', { size: 10, color: [0.0, 0.25, 0.55] });
      p.t(p.right, 50, 'Postbus 8024', { size: 7.5, color: GREY, align: 'right' });
      p.t(p.right, 60, '6710 GA Ede', { size: 7.5, color: GREY, align: 'right' });
      p.at(120);
      p.ln('Mevrouw S. Habte', { size: 10 });
      p.ln('Lindelaan 136', { size: 10 });
      p.ln('1238 LV Voorbeeld', { size: 10, after: 18 });
      p.kv(
        [
          ['Datum', '21 oktober 2026'],
          ['Burgerservicenummer', '9999.57.624'],
          ['Onderwerp', 'Voorschotbeschikking huurtoeslag en zorgtoeslag 2026 (wijziging)'],
        ],
        { labelW: 130, size: 9 },
      );
      p.p(
        'Geachte mevrouw Habte,\n\nU heeft een wijziging doorgegeven: u woont sinds 1 oktober 2026 op een nieuw adres en betaalt een hogere huur. Wij hebben uw voorschotten opnieuw berekend. In deze brief leest u hoeveel toeslag u krijgt.',
        { size: 9.8 },
      );
      p.table(
        [
          { h: 'Toeslag', w: 160 },
          { h: 'Per maand', w: 100, r: true },
          { h: 'Vanaf', w: 100 },
          { h: 'Totaal 2026', w: 107, r: true },
        ],
        [
          ['Huurtoeslag', '€ 367,00', 'oktober 2026', '€ 3.648,00'],
          ['Zorgtoeslag', '€ 131,00', 'januari 2026', '€ 1.572,00'],
        ],
        { size: 9, grid: true, shade: [0.88, 0.9, 0.95] },
      );
      p.p(
        'Wij gaan uit van een geschat inkomen van € 16.200 in 2026 en een rekenhuur van € 788,18 per maand. Klopt dit niet? Geef het zo snel mogelijk door via Mijn toeslagen of bel de BelastingTelefoon: 0800 - 0543.\n\nU ontvangt het voorschot rond de 20e van de maand op uw rekening. Het definitieve bedrag hoort u na afloop van het jaar.\n\nBent u het niet eens met deze beschikking? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.\n\nMet vriendelijke groet,\n\nDienst Toeslagen',
        { size: 9.8 },
      );
      footer(p, 'Deze brief is automatisch aangemaakt en daarom niet ondertekend. TSL 03 01 · 1/1');
      return d;
    },
  },
  {
    slug: 'beroepschrift-advocaat-fax',
    type: 'court_document',
    client: EG.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '03-12-2026 16:48  VAN RIJN & DORUK ADVOCATEN  +31 30 231 4455',
    label: 'Faxed appeal to the district court by a lawyer for a client (BSN), copy to the municipality, 2 pages',
    date: '2026-12-03',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(
        p,
        'Van Rijn & Doruk Advocaten',
        ['Maliebaan 44, 3581 CS Utrecht', 'T 030 231 4400 · F 030 231 4455', 'vanrijndoruk.example'],
        { color: [0.15, 0.15, 0.3], f: 'serifB' },
      );
      p.ln('Rechtbank Midden-Nederland', { size: 10 });
      p.ln('Sector bestuursrecht', { size: 10 });
      p.ln('Postbus 16005', { size: 10 });
      p.ln('3500 DA Utrecht', { size: 10, after: 8 });
      p.ln('Per fax: 088 361 1100 — afschrift aan gemeente Voorbeeld, Team Bezwaar en Beroep', { size: 8.5, f: 'serifI', after: 10 });
      p.kv(
        [
          ['Datum', '3 december 2026'],
          ['Ons kenmerk', '2026.0612 / MD'],
          ['Betreft', 'BEROEPSCHRIFT'],
          ['Eiser', 'E. Ghebremedhin, BSN 999910279'],
          ['Verweerder', 'het college van B&W van de gemeente Voorbeeld'],
        ],
        { labelW: 100, size: 9.8 },
      );
      p.p(
        'Edelachtbaar College,\n\nNamens mijn cliënt, de heer Ermias Ghebremedhin, wonende te Voorbeeld aan de Eikenlaan 139, voor wie ik mij als advocaat stel en die in deze procedure woonplaats kiest ten kantore van ondergetekende, stel ik hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van de gemeente Voorbeeld van 23 oktober 2026, kenmerk BZ-2026-0877 (hierna: het bestreden besluit).\n\nBij het bestreden besluit heeft verweerder het bezwaar van eiser tegen de terugvordering van bijstand over de periode januari tot en met juni 2026 (€ 4.212,60) ongegrond verklaard.',
        { size: 9.8 },
      );
      const q = d.page();
      q.font = 'serif';
      q.at(50);
      q.ln('Gronden van het beroep', { f: 'serifB', size: 11, after: 4 });
      q.p(
        '1. Verweerder heeft ten onrechte aangenomen dat eiser inlichtingen heeft verzwegen. De stortingen op de rekening van eiser bij fintra betroffen terugbetalingen van een lening aan een landgenoot en geen inkomsten.\n\n2. Verweerder heeft niet onderzocht of er dringende redenen zijn om van terugvordering af te zien (artikel 58, achtste lid, Participatiewet). Eiser heeft schulden en een minnelijke regeling via de gemeente zelf.\n\n3. Het bestreden besluit is in strijd met het zorgvuldigheids- en motiveringsbeginsel (artikelen 3:2 en 7:12 Awb): eiser is tijdens de hoorzitting niet bijgestaan door een tolk Tigrinya, hoewel hij daarom had gevraagd.\n\nAanvullende gronden worden nagezonden zodra de op de zaak betrekking hebbende stukken zijn ontvangen. Eiser verzoekt de rechtbank verweerder te veroordelen in de proceskosten en het griffierecht te vergoeden.',
        { size: 9.8 },
      );
      q.p('Redenen waarom ik u verzoek het beroep gegrond te verklaren en het bestreden besluit te vernietigen.', { size: 9.8 });
      q.gap(10);
      q.t(q.left, q.y + 16, 'M. Doruk', { f: 'hand', size: 16, color: BLACK_INK });
      q.gap(26);
      q.ln('mr. M. Doruk, advocaat', { size: 9.8 });
      q.ln('Bijlagen: bestreden besluit, machtiging, toevoeging Raad voor Rechtsbijstand (aangevraagd)', { size: 8.5, f: 'serifI' });
      return d;
    },
  },
  {
    slug: 'ind-uitnodiging-biometrie',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'IND invitation for biometrics (a residence application), not for Werk en Inkomen',
    date: '2026-11-19',
    build: () => {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.rect(p.left, 36, 56, 28, { fill: [0.05, 0.2, 0.45] });
      p.t(p.left + 28, 55, 'IND', { f: 'sansB', size: 14, color: [1, 1, 1], align: 'center' });
      p.t(p.left + 64, 48, 'Immigratie- en Naturalisatiedienst', { f: 'sansB', size: 10 });
      p.t(p.left + 64, 60, 'Ministerie van Justitie en Veiligheid', { size: 8, color: GREY });
      p.at(118);
      p.ln('Mevrouw M. Tesfamariam', { size: 10 });
      p.ln('p/a Lindelaan 136', { size: 10 });
      p.ln('1238 LV Voorbeeld', { size: 10, after: 16 });
      p.kv(
        [
          ['Datum', '19 november 2026'],
          ['V-nummer', '3098 114 027'],
          ['Uw aanvraag', 'verblijf bij familielid (nareis)'],
          ['Onderwerp', 'Afspraak biometrische gegevens'],
        ],
        { labelW: 110, size: 9.5 },
      );
      p.p(
        'Geachte mevrouw Tesfamariam,\n\nVoor de behandeling van uw aanvraag moeten wij uw pasfoto, handtekening en vingerafdrukken (biometrische gegevens) afnemen. U heeft daarvoor een afspraak:\n\nDatum: dinsdag 8 december 2026\nTijd: 10:20 uur\nPlaats: IND-loket Zwolle, Hanzelaan 310\n\nNeem mee:\n• deze brief;\n• uw paspoort of ander identiteitsbewijs;\n• de bevestiging van uw afspraak (QR-code) in uw e-mail.\n\nKomt u niet zonder bericht? Dan kunnen wij uw aanvraag niet verder behandelen. Kunt u niet komen, maak dan een nieuwe afspraak via ind.nl.\n\nMet vriendelijke groet,\n\nImmigratie- en Naturalisatiedienst',
        { size: 10 },
      );
      scribble(p, 320, 130, ['post voor mijn zus,', 'is dit voor gemeente?'], { rot: 5, size: 13 });
      footer(p, 'IND · Postbus 287, 7600 AG Almelo · ind.nl · 088 043 0430');
      return d;
    },
  },
];
