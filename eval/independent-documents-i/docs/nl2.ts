// Set I, Dutch documents part 2: debt notices, medical statements, objections, complaints, UWV decisions.
import type { Spec } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  GREY,
  handLines,
  notebook,
  orgLetter,
  PAGE_W,
  scribble,
  signature,
  strangerBsn,
  typoBsn,
} from './kit.ts';

const marlon = C('K-100304');
const gladys = C('K-100360');
const els = C('K-100430');
const aicha = C('K-100535');
const roy = C('K-100472');
const saida = C('K-100164');
const winston = C('K-100542');
const samira = C('K-100493');
const ingrid = C('K-100206');
const tomasz = C('K-100283');
const kevin = C('K-100486');
const karim = C('K-100220');
const dewi = C('K-100192');
const rinaldo = C('K-100248');
const mohamed = C('K-100332');
const hanan = C('K-100388');
const sandra = C('K-100318');
const fatima = C('K-100108');

const spaced = (b: string) => `${b.slice(0, 3)} ${b.slice(3, 6)} ${b.slice(6)}`;

export const NL2: Spec[] = [
  // ---------------------------------------------------------------- debt notices
  {
    slug: 'schuldhulp-stel-twee-dossiers',
    type: 'debt_notice',
    client: null,
    conflict: [marlon.clientNumber, gladys.clientNumber],
    language: 'nl',
    render: 'scan',
    label: 'Schuldhulpverlener vraagt informatie over een stel met twee klantnummers (Kromodimedjo en Lieuw)',
    date: '2026-11-17',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Stichting Geldzorg Regio Voorbeeld',
        orgLines: ['Schuldhulpverlening in opdracht van gemeenten', 'Stationsweg 2a, 1235 AB Voorbeeld', 'T 0123 - 60 70 80'],
        color: [0.6, 0.3, 0.05],
        band: true,
        to: ['Gemeente Voorbeeld', 'Team Schuldhulpverlening / Werk en Inkomen', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '17 november 2026'],
          ['Dossier', 'GZ-26-0931'],
          ['Betreft', 'M. Kromodimedjo (K-100304) en G. Lieuw (K-100360)'],
        ],
        subject: 'Verzoek om gegevens ten behoeve van stabilisatie en schuldregeling',
        body: `Geachte collega,

De heer Kromodimedjo en mevrouw Lieuw hebben zich bij ons aangemeld voor schuldhulp. Zij wonen samen op de Havenkade 74, maar hebben bij u elk een eigen klantnummer omdat zij pas sinds kort samenwonen. Voor de aanvraag van een minnelijke schuldregeling hebben wij nodig:

– de hoogte van de bijstandsuitkering per persoon en de ingangsdatum van een gezamenlijke uitkering;
– of er vorderingen van de gemeente zijn (terugvordering, verhaal, leenbijstand) en tot welk bedrag;
– of de gemeente bereid is de vaste lasten (huur, energie, zorgpremie) rechtstreeks te betalen.

De schuldenlast bedraagt op dit moment circa € 23.800 bij 14 schuldeisers. Twee schuldeisers hebben beslag gelegd; er is een ontruimingsvonnis aangezegd door de woningcorporatie. Wij verzoeken u daarom met spoed te reageren, bij voorkeur binnen 10 werkdagen.

De toestemmingsverklaring van beide cliënten is bijgevoegd.`,
        closing: ['Met vriendelijke groet,', ''],
        sign: 'R. Pronk',
        footer: 'Stichting Geldzorg Regio Voorbeeld · lid NVVK · KvK 41123456',
      });
      p.ln('R. Pronk, schuldhulpverlener');
      return d;
    },
  },
  {
    slug: 'deurwaarder-exploot-onbekende',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Deurwaardersexploot (betekening vonnis) voor iemand die niet in het bestand staat',
    date: '2026-11-12',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.font = 'serif';
      p.t(PAGE_W / 2, 56, 'VAN DER ZANDEN & HOOGLAND', { f: 'serifB', size: 15, align: 'center' });
      p.t(PAGE_W / 2, 70, 'gerechtsdeurwaarders · Marktweg 40 · 1233 CD Voorbeeld', { size: 8, align: 'center', color: GREY });
      p.line(p.left, 80, p.right, 80, 0.6);
      p.at(100);
      p.ln('EXPLOOT VAN BETEKENING VAN VONNIS EN BEVEL TOT BETALING', { f: 'serifB', size: 11, align: 'center', after: 8 });
      p.p(
        `Heden, twaalf november tweeduizend zesentwintig, op verzoek van de besloten vennootschap ZorgDirect Verzekeringen N.V., gevestigd te Utrecht, voor wie woonplaats wordt gekozen ten kantore van mij, deurwaarder;

Heb ik, Pieter Hoogland, gerechtsdeurwaarder te Voorbeeld, aan:

de heer Thijs Vermaat, wonende te 1239 AB Hoeve, Beukenrode 22,

aldaar mijn exploot doende en afschrift dezes latende aan: in gesloten envelop, omdat ik aldaar niemand aantrof aan wie ik rechtsgeldig afschrift kon laten;

BETEKEND een grosse van het vonnis van de kantonrechter in de rechtbank Midden-Nederland van 2 oktober 2026, zaaknummer 11223344 CV EXPL 26-4412,

en hem BEVEL GEDAAN om binnen twee dagen na heden aan mijn verzoekster te betalen:`,
        { size: 9.5 },
      );
      p.table(
        [
          { h: 'Specificatie', w: 330 },
          { h: 'Bedrag', w: 137, r: true },
        ],
        [
          ['Hoofdsom (achterstallige premie)', '€ 1.842,60'],
          ['Wettelijke rente tot heden', '€ 96,14'],
          ['Buitengerechtelijke incassokosten', '€ 309,26'],
          ['Proceskosten volgens vonnis', '€ 264,00'],
          ['Kosten van dit exploot', '€ 121,89'],
          ['Totaal', '€ 2.633,89'],
        ],
        { size: 9, f: 'serif', hf: 'serifB' },
      );
      p.p(
        'Met aanzegging dat bij gebreke van betaling binnen voormelde termijn de tenuitvoerlegging van het vonnis zal worden gevorderd, waaronder beslag op roerende zaken, loon of uitkering. De kosten van dit exploot zijn € 121,89.',
        { size: 9.5 },
      );
      p.gap(10);
      p.ln('P. Hoogland, gerechtsdeurwaarder', { f: 'serifI' });
      p.stamp(460, 740, ['AFSCHRIFT', 'VDZ&H'], { rot: -12, color: [0.2, 0.2, 0.6] });
      scribble(p, 60, 790, ['wat moet ik hier mee? Thijs'], { rot: 2, size: 12 });
      return d;
    },
  },
  {
    slug: 'energie-aanmaning-klantnr-pen',
    type: 'debt_notice',
    client: els.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Laatste aanmaning van een energieleverancier met klantnummer van de gemeente in pen, Els Peters',
    date: '2026-11-21',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Helder Energie',
        orgLines: ['Postbus 7700', '1200 AA Hilversum', 'helderenergie.example'],
        color: [0.85, 0.45, 0.05],
        band: true,
        to: ['Mevrouw E. Peters', els.street, els.city],
        refs: [
          ['Klantnummer', '3018822471'],
          ['Factuurnummer', '2026-118834-09'],
          ['Datum', '19 november 2026'],
        ],
        subject: 'LAATSTE AANMANING – voorkom afsluiting',
        body: `Beste mevrouw Peters,

Wij hebben de termijnbedragen van september en oktober nog niet van u ontvangen. Ook na onze herinnering van 22 oktober is er niet betaald. Het openstaande bedrag is € 318,00.

Betaal dit bedrag binnen 14 dagen na dagtekening van deze brief. Doet u dat niet, dan dragen wij de vordering over aan een incassobureau. Dan komen er incassokosten bij (minimaal € 48,00). Ook kunnen wij de levering van gas en stroom stopzetten, maar pas nadat wij uw gegevens aan de gemeente hebben doorgegeven zodat u hulp kunt krijgen.

Kunt u niet in één keer betalen? Bel ons dan voor een betalingsregeling: 0800 – 020 44 44 (gratis). U mag ook contact opnemen met de schuldhulpverlening van uw gemeente. Wij geven in de wintermaanden (1 oktober t/m 31 maart) geen opdracht tot afsluiting.`,
        closing: ['Met vriendelijke groet,', 'Team Debiteurenbeheer Helder Energie'],
        footer: 'Helder Energie B.V. · KvK 33445566 · Betaal met IBAN NL.. onder vermelding van uw factuurnummer',
      });
      scribble(p, 330, 170, ['K-100430', 'kunnen jullie helpen?? Els'], { rot: 5, size: 14 });
      return d;
    },
  },
  {
    slug: 'cak-betalingsherinnering-eigen-bijdrage',
    type: 'debt_notice',
    client: aicha.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'CAK',
    label: 'CAK betalingsherinnering eigen bijdrage Wmo, met BSN, Aïcha Boukhari',
    date: '2026-11-05',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'CAK',
        orgLines: ['Postbus 84030', '2508 AA Den Haag', 'www.hetcak.nl', '0800 - 0087'],
        color: [0.0, 0.35, 0.6],
        to: ['Mevrouw A. Boukhari', aicha.street, aicha.city],
        refs: [
          ['Datum', '5 november 2026'],
          ['Burgerservicenummer', spaced(aicha.bsn)],
          ['Factuurnummer', '2026.0088.41123'],
          ['Regeling', 'Wmo – maatwerkvoorziening'],
        ],
        subject: 'Betalingsherinnering eigen bijdrage',
        body: `Geachte mevrouw Boukhari,

Op 6 oktober 2026 hebben wij u een factuur gestuurd voor uw eigen bijdrage over de periode september 2026. Wij hebben het bedrag van € 21,80 nog niet ontvangen.

Wilt u het bedrag binnen 14 dagen betalen? Gebruik daarvoor de acceptgiro of maak het bedrag over naar rekeningnummer NL61 INGB 0705 0055 81 t.n.v. CAK, onder vermelding van het factuurnummer.

Heeft u al betaald? Dan kunt u deze herinnering als niet verzonden beschouwen.

Betaalt u niet op tijd, dan sturen wij u een aanmaning. Daarna kunnen wij de vordering uit handen geven. Heeft u moeite met betalen? Neem dan contact met ons op. U kunt ook automatisch betalen; dan hoeft u niet zelf aan de betaling te denken.`,
        closing: ['Met vriendelijke groet,', 'CAK'],
        footer: 'Het CAK voert regelingen uit in de zorg in opdracht van de overheid. Kijk voor meer informatie op www.hetcak.nl.',
      });
      return d;
    },
  },
  {
    slug: 'zorgverzekeraar-wanbetaler-kopie',
    type: 'debt_notice',
    client: roy.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Grijze kopie: zorgverzekeraar meldt achterstand van zes maanden premie (wanbetalersregeling), Roy Amatmoekrim',
    date: '2026-11-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'ZorgSamen Verzekeringen',
        orgLines: ['Postbus 2300', '3500 GH Utrecht', 'Polisnummer 88102337'],
        color: [0.1, 0.5, 0.35],
        to: ['De heer R. Amatmoekrim', roy.street, roy.city],
        refs: [
          ['Datum', '3 november 2026'],
          ['BSN', roy.bsn],
          ['Relatienummer', '77120045'],
        ],
        subject: 'U heeft een premieachterstand van 6 maanden: aanmelding bij het CAK',
        body: `Geachte heer Amatmoekrim,

U heeft de premie van uw zorgverzekering over de maanden mei tot en met oktober 2026 niet betaald. De totale achterstand is € 876,90. Wij hebben u eerder een betalingsregeling aangeboden (brief van 4 augustus 2026) en u gewezen op de mogelijkheid van schuldhulpverlening.

Omdat wij geen betaling of reactie hebben ontvangen, melden wij u aan bij het CAK. Vanaf dat moment betaalt u geen premie meer aan ons, maar een bestuursrechtelijke premie aan het CAK. Die is hoger dan de gewone premie. Ontvangt u een uitkering, dan kan het CAK de premie rechtstreeks inhouden.

Wij geven uw gegevens ook door aan de gemeente in het kader van vroegsignalering. U kunt nog steeds een betalingsregeling met ons treffen.`,
        closing: ['Met vriendelijke groet,', 'afdeling Debiteuren'],
        footer: 'ZorgSamen Verzekeringen N.V. · Wet financiering sociale verzekeringen · art. 18b Zvw',
      });
      return d;
    },
  },
  {
    slug: 'incassobureau-3p-specificatie',
    type: 'debt_notice',
    client: saida.clientNumber,
    language: 'nl',
    render: 'scan',
    label:
      'Incassobureau: sommatie, specificatie en voorstel betalingsregeling (3 pagina\u2019s), klantnummer gemeente in pen, Saida Benali',
    date: '2026-11-26',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'IncassoPunt Nederland',
        orgLines: ['Postbus 5101', '5600 HA Eindhoven', 'mijn.incassopunt.example'],
        color: [0.5, 0.05, 0.1],
        band: true,
        to: ['Mevr. S. Benali', saida.street, saida.city],
        refs: [
          ['Dossiernummer', 'IP-4471283'],
          ['Opdrachtgever', 'Telecom Noordzee B.V.'],
          ['Datum', '24 november 2026'],
        ],
        subject: 'SOMMATIE – laatste kans om gerechtelijke stappen te voorkomen',
        body: `Geachte mevrouw Benali,

Onze opdrachtgever Telecom Noordzee B.V. heeft ons gevraagd de openstaande vordering op u te innen. Ondanks eerdere verzoeken heeft u niet betaald. Wij sommeren u het totaalbedrag van € 612,43 (zie specificatie op de volgende bladzijde) binnen 7 dagen over te maken.

Indien wij binnen deze termijn geen betaling ontvangen, zal onze opdrachtgever de vordering aan de rechter voorleggen. De kosten van een gerechtelijke procedure komen dan voor uw rekening en kunnen oplopen tot enkele honderden euro's.

Kunt u niet in één keer betalen? Op bladzijde 3 vindt u een voorstel voor een betalingsregeling. Stuur het ondertekend terug of regel het online.`,
        closing: ['Met vriendelijke groet,', 'IncassoPunt Nederland'],
      });
      scribble(p, 360, 790, ['Saida Benali K-100164'], { rot: 3, size: 13 });
      const q = d.page();
      q.t(q.left, 56, 'IncassoPunt Nederland', { f: 'sansB', size: 13, color: [0.5, 0.05, 0.1] });
      q.t(q.right, 56, 'Specificatie IP-4471283', { size: 9, align: 'right' });
      q.at(90);
      q.table(
        [
          { h: 'Factuur', w: 110 },
          { h: 'Omschrijving', w: 200 },
          { h: 'Vervaldatum', w: 80 },
          { h: 'Bedrag', w: 77, r: true },
        ],
        [
          ['TN-2026-0612', 'Abonnement juni', '28-06-2026', '48,50'],
          ['TN-2026-0712', 'Abonnement juli', '28-07-2026', '48,50'],
          ['TN-2026-0812', 'Abonnement augustus', '28-08-2026', '48,50'],
          ['TN-2026-0815', 'Restant toestelkrediet', '28-08-2026', '312,00'],
          ['', 'Hoofdsom', '', '457,50'],
          ['', 'Wettelijke rente', '', '8,93'],
          ['', 'Incassokosten (WIK)', '', '69,00'],
          ['', 'BTW over incassokosten', '', '14,49'],
          ['', 'Administratiekosten opdrachtgever', '', '62,51'],
          ['', 'Totaal te betalen', '', '612,43'],
        ],
        { size: 8.5, grid: true },
      );
      q.p('Betalingen worden eerst afgeboekt op de kosten, daarna op de rente en daarna op de hoofdsom (artikel 6:44 BW).', {
        size: 8,
        color: GREY,
      });
      const r = d.page();
      r.t(r.left, 56, 'Voorstel betalingsregeling', { f: 'sansB', size: 14 });
      r.at(80);
      r.p(
        'Ja, ik wil de vordering van € 612,43 in termijnen betalen. Ik betaal maandelijks (minimaal € 50,00) per de eerste van de maand. Bij een gemiste termijn vervalt de regeling en is het gehele restant direct opeisbaar.',
        { size: 9.5 },
      );
      r.gap(10);
      r.t(r.left, r.y, 'Bedrag per maand: €', { size: 10 });
      r.line(r.left + 110, r.y + 3, r.left + 200, r.y + 3, 0.5);
      r.gap(28);
      r.t(r.left, r.y, 'Handtekening:', { size: 10 });
      r.line(r.left + 110, r.y + 3, r.left + 300, r.y + 3, 0.5);
      r.gap(40);
      r.stamp(400, 400, ['NIET ONDERTEKEND'], { rot: 0, color: GREY, size: 9 });
      return d;
    },
  },
  {
    slug: 'loonbeslag-deurwaarder-fax',
    type: 'debt_notice',
    client: winston.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '07-12-2026 09:12  KOEKOEK GERECHTSDEURWAARDERS  +31 88 120 3000  ',
    label: 'Deurwaarder faxt mededeling beslag op uitkering (derdenbeslag) met BSN, Winston Doelwijt',
    date: '2026-12-07',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Koekoek Gerechtsdeurwaarders',
        orgLines: ['Postbus 300', '3000 AH Rotterdam', 'T 088 - 120 3000'],
        color: [0.1, 0.1, 0.1],
        to: ['Gemeente Voorbeeld', 'afdeling Werk en Inkomen / beslagen', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Ons dossier', 'KK 26/88412'],
          ['Schuldenaar', 'W.R. Doelwijt'],
          ['Burgerservicenummer', winston.bsn],
          ['Datum', '7 december 2026'],
        ],
        subject: 'Derdenbeslag onder de gemeente – verzoek verklaring art. 476a Rv',
        body: `Geachte heer, mevrouw,

Bij exploot van heden heb ik ten laste van bovengenoemde schuldenaar beslag gelegd onder uw gemeente op al hetgeen u aan hem verschuldigd bent of zult worden, waaronder de uitkering op grond van de Participatiewet.

Ik verzoek u binnen vier weken een verklaring af te leggen als bedoeld in artikel 476a Wetboek van Burgerlijke Rechtsvordering en de beslagvrije voet vast te stellen. Het beslag betreft een vordering van € 1.455,80 inclusief rente en kosten ten behoeve van Woonstichting Thuis.

Het exploot is per gewone post aan u verzonden; deze fax is ter voorinformatie.`,
        closing: ['Hoogachtend,', ''],
        sign: 'J. de Koekoek',
      });
      p.ln('J. de Koekoek, gerechtsdeurwaarder');
      return d;
    },
  },
  {
    slug: 'huurachterstand-woningcorporatie',
    type: 'debt_notice',
    client: samira.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Woningcorporatie: aanmaning huurachterstand en uitnodiging gesprek, met geboortedatum, Samira Ouled Ali',
    date: '2026-11-13',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Woonstichting Thuis',
        orgLines: ['Postbus 77', '1230 AB Voorbeeld', 'T 0123 - 50 50 50'],
        color: [0.2, 0.45, 0.15],
        to: ['Mevrouw S. Ouled Ali', samira.street, samira.city],
        refs: [
          ['Datum', '13 november 2026'],
          ['Huurcontractnummer', '0021-778-04'],
          ['Huurder', 'Samira Ouled Ali, geb. 14-04-1992'],
        ],
        subject: 'Huurachterstand – wij willen u helpen',
        body: `Beste mevrouw Ouled Ali,

Uw huur van september en oktober is nog niet (helemaal) betaald. Uw achterstand is nu € 1.122,46. We maken ons zorgen en willen graag met u in gesprek om te voorkomen dat de schuld verder oploopt.

We nodigen u uit voor een gesprek op dinsdag 24 november om 10.30 uur op ons kantoor. Neem uw laatste bankafschriften en inkomensgegevens mee. Als u het goed vindt, nodigen wij ook iemand van het buurtteam of de schuldhulpverlening van de gemeente uit.

Let op: als u niet reageert en niet betaalt, kunnen wij uw dossier overdragen aan de deurwaarder. Dat brengt extra kosten met zich mee en kan uiteindelijk tot ontruiming leiden. Zover willen wij het niet laten komen.`,
        closing: ['Met vriendelijke groet,', ''],
        sign: 'Nicole van Hal',
      });
      p.ln('Nicole van Hal, consulent huurincasso');
      return d;
    },
  },

  // ---------------------------------------------------------------- medical statements
  {
    slug: 'huisarts-verklaring-belastbaarheid',
    type: 'medical_statement',
    client: ingrid.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Verklaring van de huisarts over beperkte belastbaarheid, met naam en geboortedatum, Ingrid van Dijk',
    date: '2026-11-11',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 52, 'Huisartsenpraktijk De Brink', { f: 'serifB', size: 15, color: [0.1, 0.3, 0.5] });
      p.t(p.left, 66, 'H.J. Snoek & A. Lammers, huisartsen · Brinkweg 9, 1232 LM Voorbeeld · 0123-441122', { size: 7.5, color: GREY });
      p.line(p.left, 74, p.right, 74, 0.6);
      p.at(100);
      p.ln('Aan wie het aangaat', { f: 'serif' });
      p.gap(12);
      p.ln('Voorbeeld, 11 november 2026', { f: 'serif', after: 10 });
      p.ln('Betreft: mevrouw I. van Dijk, geboren 15-06-1964', { f: 'serifB' });
      p.ln(`adres: ${ingrid.street}, ${ingrid.city}`, { f: 'serif', after: 10 });
      p.p(
        `Op verzoek van patiënte verklaar ik het volgende.

Mevrouw Ingrid van Dijk is bij onze praktijk bekend met chronische rug- en nekklachten en een depressieve stoornis waarvoor zij medicatie gebruikt en begeleid wordt door de POH-GGZ. Zij is sinds maart 2026 onder behandeling van de fysiotherapeut en heeft een verwijzing naar de pijnpoli.

Naar mijn oordeel is zij op dit moment niet in staat om meer dan 2 uur per dag lichte werkzaamheden te verrichten, zonder tillen en zonder langdurig staan. Zij is tot nader order niet in staat deel te nemen aan een werkstage van 20 uur per week zoals aan haar voorgesteld.

Ik adviseer een beoordeling door een onafhankelijk arts. Voor nadere medische informatie verwijs ik naar de bedrijfsarts of medisch adviseur van de gemeente; informatie wordt alleen met schriftelijke toestemming van patiënte verstrekt.`,
        { f: 'serif', size: 10 },
      );
      p.gap(6);
      p.ln('Met collegiale groet,', { f: 'serif' });
      signature(p, 'A. Lammers', { printed: false });
      p.ln('A. Lammers, huisarts', { f: 'serif' });
      p.stamp(420, 700, ['Huisartsenpraktijk De Brink', 'Brinkweg 9 Voorbeeld', 'AGB 01-054321'], {
        rot: -4,
        color: [0.15, 0.25, 0.6],
        size: 8.5,
      });
      return d;
    },
  },
  {
    slug: 'ggz-behandelverklaring',
    type: 'medical_statement',
    client: tomasz.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'GGZ Horizon',
    label: 'Verklaring van de GGZ-instelling over behandeling en ontheffing arbeidsverplichtingen, met BSN, Tomasz Lewandowski',
    date: '2026-11-24',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'GGZ Horizon',
        orgLines: ['Locatie De Esch', 'Eschweg 100, 1236 EE Voorbeeld', 'T 0123 - 90 90 00'],
        color: [0.35, 0.2, 0.55],
        to: ['Gemeente Voorbeeld', 't.a.v. consulent Werk', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '24 november 2026'],
          ['Cliënt', 'T. Lewandowski'],
          ['BSN', tomasz.bsn],
          ['Behandelaar', 'mw. drs. K. de Lange, GZ-psycholoog'],
        ],
        subject: 'VERTROUWELIJK – behandelverklaring',
        body: `Geachte heer/mevrouw,

Met toestemming van de heer Lewandowski bevestig ik dat hij sinds 3 september 2026 bij GGZ Horizon in behandeling is. De behandeling bestaat uit een wekelijks individueel gesprek en een groepstraining van twee dagdelen per week; de verwachte duur is zes tot negen maanden.

Gedurende de behandeling is deelname aan een re-integratietraject van meer dan 8 uur per week naar ons oordeel niet haalbaar. Wij adviseren de arbeidsverplichtingen tijdelijk aan te passen tot de evaluatie van de behandeling in maart 2027. Lichte activiteiten zoals vrijwilligerswerk van enkele uren per week kunnen het herstel juist ondersteunen.

Inhoudelijke medische informatie verstrekken wij niet aan de gemeente. Voor een onafhankelijk medisch advies kunt u zich wenden tot uw medisch adviseur.`,
        closing: ['Met vriendelijke groet,', ''],
        sign: 'K. de Lange',
        footer: 'GGZ Horizon · Dit document bevat persoonsgegevens en is uitsluitend bestemd voor de geadresseerde.',
      });
      p.ln('drs. K. de Lange, GZ-psycholoog BIG 19012345625');
      return d;
    },
  },
  {
    slug: 'medische-verklaring-bsn-fout',
    type: 'medical_statement',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Medische verklaring van een specialist met een BSN met een tikfout en geen geboortedatum',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Ziekenhuis Rivierenland-West',
        orgLines: ['Polikliniek Reumatologie', 'Ziekenhuisweg 1, 1237 ZZ Voorbeeld'],
        color: [0.0, 0.3, 0.55],
        to: ['Aan de medisch adviseur', 'Gemeente Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '30 november 2026'],
          ['Patiënt', 'dhr. S. Kuijpers'],
          ['BSN', typoBsn(C('K-100528').bsn, 3)],
          ['Patiëntnummer', '4410277'],
        ],
        subject: 'Medische verklaring',
        body: `Geachte collega,

Bovengenoemde patiënt is bij ons bekend met een ontstekingsreuma (spondylartritis) en wordt sinds augustus 2026 behandeld met biologicals. Hij heeft ochtendstijfheid tot twee uur en pijnklachten in de onderrug en beide knieën.

Zwaar lichamelijk werk in de bouw (tillen, knielen, werken op hoogte) is op dit moment niet verantwoord. Lichte werkzaamheden met afwisseling van zitten en staan zijn in principe mogelijk, bij voorkeur niet vroeg in de ochtend. Een herbeoordeling vindt plaats over zes maanden.

Wij verstrekken deze verklaring op verzoek van de patiënt.`,
        closing: ['Met collegiale groet,', ''],
        sign: 'dr. F. Akkerman',
      });
      p.ln('dr. F. Akkerman, reumatoloog');
      return d;
    },
  },
  {
    slug: 'bedrijfsarts-reintegratie-fax',
    type: 'medical_statement',
    client: kevin.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '25-11-2026 14:55  ARBO+ REINTEGRATIE  0123-330011  ',
    label: 'Re-integratiebedrijf faxt het advies van de bedrijfsarts over belastbaarheid, met klantnummer, Kevin Mulder',
    date: '2026-11-25',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 56, 'Arbo+ Re-integratie', { f: 'sansB', size: 16 });
      p.t(p.left, 70, 'werkfit-trajecten in opdracht van gemeenten en UWV', { size: 8 });
      p.at(96);
      p.ln('ADVIES BEDRIJFSARTS – BELASTBAARHEID', { f: 'sansB', size: 12, after: 8 });
      p.kv(
        [
          ['Deelnemer', 'K. Mulder'],
          ['Klantnummer gemeente', 'K-100486'],
          ['Opdrachtgever', 'Gemeente Voorbeeld, Team Werk'],
          ['Datum spreekuur', '24-11-2026'],
        ],
        { size: 10, labelW: 150, lf: 'sansB', after: 10 },
      );
      p.p(
        `Conclusie bedrijfsarts (zonder medische details, conform AVG):

De deelnemer is beperkt belastbaar. Hij kan werken in een werkweek van maximaal 4 x 5 uur. Beperkingen: geen werk boven schouderhoogte met de rechterarm, niet tillen boven 10 kg, geen trillende machines. Geen beperkingen in persoonlijk of sociaal functioneren.

Advies: plaatsing in passend werk (logistiek administratief, lichte productie) met opbouw naar 24 uur binnen drie maanden. Herbeoordeling over 8 weken.

Prognose: gunstig bij voortzetting fysiotherapie.`,
        { size: 10 },
      );
      p.gap(6);
      p.kv(
        [
          ['Bedrijfsarts', 'M. Hofstra, BIG 39045678901'],
          ['Re-integratiecoach', 'Y. Bakkal'],
        ],
        { size: 9.5, labelW: 150 },
      );
      p.t(p.left, 800, 'Vertrouwelijk – uitsluitend voor de behandelend consulent Werk', { f: 'sansB', size: 9 });
      return d;
    },
  },
  {
    slug: 'orthopedie-brief-2p',
    type: 'medical_statement',
    client: karim.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Brief van de orthopeed over een knieoperatie en herstelperiode, met naam en geboortedatum, Karim Ouahabi',
    date: '2026-11-06',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Orthopedisch Centrum Voorbeeld',
        orgLines: ['Kliniek voor bewegingsapparaat', 'Laan van Zorg 5, 1231 ZB Voorbeeld'],
        color: [0.3, 0.3, 0.3],
        hf: 'serifB',
        font: 'serif',
        to: ['Dhr. K. Ouahabi', karim.street, karim.city],
        refs: [
          ['Datum', '6 november 2026'],
          ['Betreft', 'Karim Ouahabi, geb. 04-02-1960'],
        ],
        subject: 'Verklaring ten behoeve van uw uitkeringsinstantie',
        body: `Geachte heer Ouahabi,

U vroeg ons om een verklaring voor de gemeente. Hierbij bevestigen wij dat u op 20 oktober 2026 in onze kliniek een totale knieprothese links heeft gekregen. De operatie is goed verlopen.

Na een knieprothese is de herstelperiode gemiddeld drie tot zes maanden. In de eerste zes weken loopt u met krukken en mag u niet autorijden. Daarna bouwt u onder begeleiding van de fysiotherapeut de belasting op. Wij verwachten dat u vanaf februari 2027 weer lichte activiteiten kunt ondernemen. Langdurig staan, knielen en traplopen met lasten blijven ook daarna af te raden.`,
      });
      const q = d.page();
      q.font = 'serif';
      q.at(70);
      q.p(
        `Controle: u komt op 1 december 2026 en op 2 februari 2027 terug op de polikliniek. Mocht de gemeente aanvullende vragen hebben, dan kan de medisch adviseur van de gemeente met uw toestemming contact met ons opnemen.

Wij wensen u een voorspoedig herstel.`,
        { f: 'serif', size: 10 },
      );
      q.ln('Met vriendelijke groet,', { f: 'serif' });
      signature(q, 'drs. B. Mertens', { printed: false });
      q.ln('drs. B. Mertens, orthopedisch chirurg', { f: 'serif' });
      q.ln('pagina 2 van 2', { size: 7, color: GREY, f: 'serif' });
      return d;
    },
  },

  // ---------------------------------------------------------------- objections
  {
    slug: 'pro-forma-bezwaar-advocaat-fax',
    type: 'objection',
    client: null,
    language: 'nl',
    render: 'fax',
    faxHeader: '04-12-2026 17:48  MR. A.C. DEKKERS ADVOCATUUR  020-6221100  ',
    label: 'Advocaat faxt een pro-forma bezwaarschrift voor iemand die niet in het bestand staat',
    date: '2026-12-04',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Dekkers Advocatuur',
        orgLines: ['mr. A.C. Dekkers', 'Keizersgracht 1, 1015 AA Amsterdam', 'sociaal zekerheidsrecht'],
        color: [0.1, 0.1, 0.1],
        hf: 'serifB',
        font: 'serif',
        to: ['Het college van burgemeester en wethouders', 'van de gemeente Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '4 december 2026'],
          ['Per fax', 'vooruit, origineel per post'],
          ['Cliënt', 'mevrouw E. Lindeman-Koster'],
          ['Uw besluit', '23 oktober 2026, kenmerk PW/26/33817'],
        ],
        subject: 'Pro forma bezwaarschrift',
        body: `Edelachtbaar college,

Namens mijn cliënte, mevrouw E. Lindeman-Koster, wonende te Voorbeeld, maak ik hierbij bezwaar tegen uw besluit van 23 oktober 2026 waarbij haar aanvraag om bijzondere bijstand voor de kosten van bewindvoering is afgewezen.

Dit bezwaarschrift wordt pro forma ingediend ter behoud van termijnen. Ik verzoek u mij een termijn van vier weken te gunnen om de gronden aan te vullen en mij een afschrift van het dossier toe te zenden.

Een machtiging van cliënte en een kopie van het besluit zijn bijgevoegd. Ik verzoek u tevens om vergoeding van de kosten van rechtsbijstand op grond van artikel 7:15 Awb.`,
        closing: ['Hoogachtend,', ''],
        sign: 'A.C. Dekkers',
      });
      p.ln('mr. A.C. Dekkers');
      return d;
    },
  },
  {
    slug: 'bezwaar-handgeschreven-boos',
    type: 'objection',
    client: els.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Boos handgeschreven bezwaar tegen een korting op de uitkering, met klantnummer, Els Peters',
    date: '2026-11-28',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 90, lh: 23 });
      handLines(
        p,
        [
          'Els Peters',
          els.street,
          'klantnr. K-100430',
          '',
          'BEZWAAR!!',
          '',
          'Ik ben het NIET eens met jullie brief van 12 november',
          'dat ik 20% minder krijg 3 maanden lang omdat ik niet',
          'op de afspraak ben geweest. Ik heb gebeld die ochtend',
          'dat mijn zoon ziek was en koorts had, ik kon',
          'niemand kwijt. De mevrouw aan de telefoon zei dat',
          'het goed was en dat ik een nieuwe afspraak zou',
          'krijgen. Dat is nooit gebeurd. En nu dit.',
          'Ik kan de huur nu al bijna niet betalen.',
          'Ik wil dat de korting van tafel gaat en ik wil',
          'een gesprek met een andere persoon.',
          '',
          'Els Peters  28-11',
        ],
        { top: 112, lh: 23, size: 14, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'bezwaar-bewindvoerder-met-besluit',
    type: 'objection',
    client: dewi.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'Budget & Bewind Lely',
    label: 'Bewindvoerder maakt bezwaar tegen terugvordering, met kopie besluit als bijlage (2 pagina\u2019s), Dewi Soekhoe',
    date: '2026-11-20',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Budget & Bewind Lely',
        orgLines: ['Lelystraat 44', '1236 GH Voorbeeld', 'bewind@lely.example'],
        color: [0.0, 0.4, 0.45],
        to: ['College van B&W gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '20 november 2026'],
          ['Betreft', 'bezwaar namens mw. D. Soekhoe'],
          ['BSN cliënte', dewi.bsn],
          ['Uw kenmerk', 'TV/2026/1187'],
        ],
        subject: 'Bezwaarschrift tegen besluit terugvordering van 14 oktober 2026',
        body: `Geachte heer/mevrouw,

Als beschermingsbewindvoerder van mevrouw D. Soekhoe maak ik bezwaar tegen uw besluit van 14 oktober 2026 (kopie bijgevoegd), waarin u € 2.318,40 aan bijstand terugvordert omdat cliënte de kinderalimentatie niet zou hebben gemeld.

Gronden:
1. De alimentatie is door mij op 3 maart 2026 per e-mail gemeld aan uw afdeling. Een kopie van die e-mail stuur ik na.
2. De alimentatie is pas vanaf juni 2026 daadwerkelijk betaald; over maart tot en met mei is niets ontvangen.
3. Kinderalimentatie wordt volgens uw eigen beleid niet als inkomen van de ouder aangemerkt.

Ik verzoek u het besluit te herroepen en cliënte te horen. Tevens verzoek ik de invordering op te schorten tot op het bezwaar is beslist.`,
        closing: ['Met vriendelijke groet,', ''],
        sign: 'J. Oosting',
      });
      p.ln('J. Oosting, beschermingsbewindvoerder');
      const q = d.page();
      q.stamp(480, 40, ['KOPIE'], { rot: 0, color: GREY, size: 12 });
      q.t(q.left, 60, 'Gemeente Voorbeeld', { f: 'sansB', size: 13 });
      q.t(q.left, 74, 'Team Terugvordering', { size: 9, color: GREY });
      q.at(110);
      q.ln('Mevrouw D. Soekhoe', { size: 10 });
      q.ln(dewi.street, { size: 10 });
      q.ln(dewi.city, { size: 10, after: 20 });
      q.kv(
        [
          ['Datum', '14 oktober 2026'],
          ['Kenmerk', 'TV/2026/1187'],
          ['Onderwerp', 'Terugvordering bijstand'],
        ],
        { size: 9 },
      );
      q.p(
        'Beste mevrouw Soekhoe,\n\nU heeft over de periode 1 maart 2026 tot en met 31 augustus 2026 te veel bijstand ontvangen, omdat u inkomsten uit alimentatie niet op tijd heeft doorgegeven. Wij vorderen € 2.318,40 van u terug (artikel 58 Participatiewet). Wij verrekenen dit bedrag met uw uitkering, € 95,00 per maand.\n\nBent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.',
        { size: 9.5 },
      );
      return d;
    },
  },
  {
    slug: 'bezwaar-laaggeletterd-geboortedatum',
    type: 'objection',
    client: rinaldo.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Kort bezwaar in spreektaal zonder leestekens met naam en geboortedatum, Rinaldo Wongsodikromo',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      handLines(
        p,
        [
          'bezwaar',
          '',
          'ik ben rinaldo wongsodikromo geboren 02-05-2001',
          'ik ben het nie eens met de brief dat ik geld terug',
          'moet betalen van de vakantie geld want ik heb',
          'alle stroken gestuurt via de app van jullie',
          'ik heb de foto nog op me telefoon',
          'kan iemand mij bellen 06 14 77 02 93',
          'ik heb geen geld om terug te betalen',
          '',
          'rinaldo',
        ],
        { x: 56, top: 90, lh: 26, size: 15, ink: [0.12, 0.12, 0.16], f: 'hand2' },
      );
      return d;
    },
  },

  // ---------------------------------------------------------------- complaints
  {
    slug: 'klacht-oudere-heer-telefoon',
    type: 'complaint',
    client: mohamed.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Oudere cliënt klaagt in een handgeschreven brief over de behandeling aan de telefoon, met klantnummer',
    date: '2026-11-16',
    build: () => {
      const d = new Doc();
      const p = d.page();
      handLines(
        p,
        [
          'M. Bouchtaoui',
          mohamed.street,
          mohamed.city,
          'K-100332',
          '',
          'Aan de gemeente Voorbeeld',
          'Klachten',
          '',
          'Geachte heer mevrouw',
          '',
          'Ik wil een klacht indienen. Ik heb op 9 november',
          'gebeld over mijn brief van de bijstand. De meneer',
          'aan de telefoon was onbeleefd. Hij zei dat ik',
          'beter Nederlands moest leren en hij heeft',
          'opgehangen. Ik woon hier 40 jaar en heb altijd',
          'gewerkt in de fabriek. Ik vind dat niet netjes.',
          'Ik wil graag dat iemand mij terug belt en',
          'uitlegt wat er in de brief staat.',
          '',
          'Hoogachtend',
          '',
          'M. Bouchtaoui',
        ],
        { x: 70, top: 80, lh: 28, size: 15, ink: BLUE_INK },
      );
      return d;
    },
  },
  {
    slug: 'klacht-dochter-email-print',
    type: 'complaint',
    client: hanan.clientNumber,
    language: 'nl',
    render: 'digital',
    label: 'Dochter klaagt per e-mail (afgedrukt) namens haar moeder, met naam en geboortedatum, Hanan El Khattabi',
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.left = 50;
      p.right = 545;
      p.t(p.left, 40, 'Gmail', { f: 'sansB', size: 14, color: [0.8, 0.2, 0.15] });
      p.t(p.right, 40, 'n.elkhattabi93@gmail.example', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 48, p.right, 48, 0.5, GREY);
      p.at(60);
      p.ln('Klacht over behandeling aanvraag bijzondere bijstand moeder', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Van', 'Noor El Khattabi <n.elkhattabi93@gmail.example>'],
          ['Aan', 'klachten@gemeente-voorbeeld.example'],
          ['Datum', 'do 3 dec. 2026 22:41'],
        ],
        { size: 8.5, labelW: 50, color: [0.3, 0.3, 0.3], after: 10 },
      );
      p.p(
        `Geachte heer/mevrouw,

Ik schrijf deze klacht namens mijn moeder, mevrouw Hanan El Khattabi (geboren 9 november 1961), omdat zij zelf slecht Nederlands leest en schrijft. Zij heeft een machtiging voor mij getekend, die stuur ik als bijlage mee.

Mijn moeder heeft op 2 september een aanvraag gedaan voor bijzondere bijstand voor een nieuwe koelkast en een bed. Zij heeft daarna drie keer (!) dezelfde papieren moeten opsturen omdat ze steeds "niet ontvangen" waren. Toen ik belde kreeg ik elke keer iemand anders die van niets wist. Nu is het december en er is nog steeds geen beslissing. Volgens de wet moet u binnen 8 weken beslissen.

Ik vind dat mijn moeder niet serieus genomen wordt. Ik wil graag:
1. een beslissing op de aanvraag binnen 2 weken;
2. één vast contactpersoon;
3. een excuus voor de manier waarop het gegaan is.

Met vriendelijke groet,
Noor El Khattabi
06-3344 1290`,
        { size: 10 },
      );
      p.ln('Bijlage: machtiging_mama.pdf (212 KB)', { f: 'sansI', size: 8.5 });
      p.t(p.left, 812, 'https://mail.google.example/mail/u/0/#inbox/FMfcgzQX', { size: 6.5, color: GREY });
      p.t(p.right, 812, '1/1', { size: 6.5, color: GREY, align: 'right' });
      return d;
    },
  },

  // ---------------------------------------------------------------- UWV decisions
  {
    slug: 'uww-ww-beslissing-2p',
    type: 'uwv_decision',
    client: kevin.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'UWV-beslissing over einde WW-uitkering (2 pagina\u2019s), met BSN, Kevin Mulder',
    date: '2026-11-09',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'UWV',
        orgLines: ['Postbus 58285', '1040 HG Amsterdam', 'uwv.nl'],
        color: [0.0, 0.3, 0.6],
        to: ['De heer K. Mulder', kevin.street, kevin.city],
        refs: [
          ['Datum', '9 november 2026'],
          ['Burgerservicenummer', kevin.bsn],
          ['Onderwerp', 'Uw WW-uitkering stopt'],
        ],
        subject: 'Beslissing: uw WW-uitkering stopt op 1 januari 2027',
        body: `Beste heer Mulder,

U krijgt sinds 3 januari 2025 een WW-uitkering. U heeft recht op een WW-uitkering tot en met 31 december 2026. Daarna stopt de uitkering. In deze brief leest u wat dit voor u betekent.

Wat betekent dit voor u?
Heeft u na 31 december 2026 niet genoeg inkomen? Dan kunt u misschien bijstand aanvragen bij uw gemeente. Krijgt u nu al aanvullende bijstand van de gemeente? Geef deze brief dan aan uw consulent.

Uw laatste betaling
Uw laatste WW-uitkering ontvangt u rond 10 januari 2027. U ontvangt dan ook uw opgebouwde vakantiegeld.`,
      });
      const q = d.page();
      q.t(q.left, 50, 'UWV', { f: 'sansB', size: 17, color: [0.0, 0.3, 0.6] });
      q.t(q.right, 50, `Datum 9 november 2026 · BSN ${kevin.bsn} · pagina 2 van 2`, { size: 7.5, align: 'right', color: GREY });
      q.at(80);
      q.p(
        `Waarom stopt uw uitkering?
De duur van uw WW-uitkering hangt af van uw arbeidsverleden. U heeft een arbeidsverleden van 24 jaar. Daarom had u recht op 24 maanden WW-uitkering. Deze periode eindigt op 31 december 2026. Dit staat in artikel 42a van de Werkloosheidswet.

Bent u het niet eens met deze beslissing?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan online via Mijn UWV of met een brief. Zet in uw brief waarom u het niet eens bent met de beslissing en stuur een kopie van deze brief mee.

Heeft u nog vragen?
Kijk op uwv.nl of bel ons: 088 - 898 92 94. Houd uw burgerservicenummer bij de hand.

Met vriendelijke groet,

UWV WW`,
        { size: 10 },
      );
      return d;
    },
  },
  {
    slug: 'uwv-wajong-beslissing',
    type: 'uwv_decision',
    client: sandra.clientNumber,
    language: 'nl',
    render: 'digital',
    author: 'UWV',
    label: 'UWV-beslissing Wajong: geen arbeidsvermogen, uit Mijn UWV gedownload, Sandra Willems',
    date: '2026-11-19',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'UWV',
        orgLines: ['Postbus 58285', '1040 HG Amsterdam', 'uwv.nl'],
        color: [0.0, 0.3, 0.6],
        to: ['Mevrouw S. Willems', sandra.street, sandra.city],
        refs: [
          ['Datum', '19 november 2026'],
          ['Burgerservicenummer', sandra.bsn],
          ['Onderwerp', 'Beslissing op uw aanvraag Wajong'],
        ],
        subject: 'U krijgt een Wajong-uitkering',
        body: `Beste mevrouw Willems,

Op 14 juli 2026 heeft u een Wajong-uitkering aangevraagd. Wij hebben uw aanvraag beoordeeld. U heeft duurzaam geen mogelijkheden tot arbeidsparticipatie. Daarom krijgt u vanaf 1 september 2026 een Wajong-uitkering.

Hoe hoog is uw uitkering?
Uw uitkering is 70% van het wettelijk minimumloon. Dat is nu € 1.697,16 bruto per maand, exclusief vakantiegeld. U krijgt de uitkering vanaf 1 september 2026 met terugwerkende kracht.

Wat betekent dit voor uw bijstand?
Krijgt u bijstand van de gemeente? Dan heeft de Wajong-uitkering gevolgen voor uw bijstand. Geef deze beslissing door aan uw gemeente. De gemeente kan de bijstand over de periode vanaf 1 september 2026 met ons verrekenen.

Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.`,
        closing: ['Met vriendelijke groet,', 'UWV Sociaal Medische Zaken'],
        footer: 'Dit is een kopie van een brief uit Mijn UWV. Gedownload op 20-11-2026.',
      });
      return d;
    },
  },
  {
    slug: 'uwv-beslissing-onbekende',
    type: 'uwv_decision',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'UWV-beslissing over een WW-uitkering van iemand die niet in het bestand staat',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'UWV',
        orgLines: ['Postbus 58285', '1040 HG Amsterdam', 'uwv.nl'],
        color: [0.0, 0.3, 0.6],
        to: ['De heer P. Stam', 'Esdoornlaan 41', '1239 KM Hoeve'],
        refs: [
          ['Datum', '27 november 2026'],
          ['Burgerservicenummer', strangerBsn('stam-i')],
          ['Onderwerp', 'Uw WW-uitkering'],
        ],
        subject: 'U krijgt een WW-uitkering',
        body: `Beste heer Stam,

U heeft op 2 november 2026 een WW-uitkering aangevraagd. U krijgt een WW-uitkering vanaf 2 november 2026. U krijgt de uitkering tot en met 1 mei 2027, tenzij u eerder werk vindt.

Uw uitkering is in de eerste 2 maanden 75% van uw dagloon. Daarna is het 70%. Uw dagloon is € 112,48. U ontvangt uw uitkering elke maand rond de 10e op rekeningnummer NL** **** **** **81.

U moet zich houden aan de regels van de WW. U moet bijvoorbeeld elke week minstens één keer solliciteren en dat doorgeven via Mijn UWV.`,
        closing: ['Met vriendelijke groet,', 'UWV WW'],
      });
      return d;
    },
  },
  {
    slug: 'uwv-ziektewet-foto',
    type: 'uwv_decision',
    client: fatima.clientNumber,
    language: 'nl',
    render: 'photo',
    table: [0.62, 0.75, 0.7],
    label: 'Foto van een UWV-beslissing Ziektewet met klantnummer in pen, Fatima el Amrani',
    date: '2026-11-23',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'UWV',
        orgLines: ['Postbus 58285', '1040 HG Amsterdam', 'uwv.nl'],
        color: [0.0, 0.3, 0.6],
        to: ['Mevrouw F. el Amrani', fatima.street, fatima.city],
        refs: [
          ['Datum', '20 november 2026'],
          ['Onderwerp', 'Uw Ziektewet-uitkering stopt'],
        ],
        subject: 'Beslissing: u krijgt geen Ziektewet-uitkering meer',
        body: `Beste mevrouw el Amrani,

U krijgt sinds 12 augustus 2026 een Ziektewet-uitkering, omdat u ziek werd tijdens uw tijdelijke contract. Op 17 november 2026 heeft u met onze verzekeringsarts gesproken. De arts vindt dat u weer geschikt bent voor uw eigen werk als medewerker klantenservice.

Daarom stopt uw Ziektewet-uitkering op 25 november 2026.

Heeft u daarna geen inkomen? Neem dan contact op met uw gemeente.

Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.`,
        closing: ['Met vriendelijke groet,', 'UWV Ziektewet'],
      });
      scribble(p, 340, 100, ['K-100108', 'Fatima'], { rot: 10, size: 16, ink: BLACK_INK });
      return d;
    },
  },
];
