// Set K, Dutch: what clients hand in at the front desk and send themselves.
import {
  BLACK_INK,
  BLUE_INK,
  C,
  checkbox,
  clientLetter,
  Doc,
  euro,
  footer,
  GREY,
  groupIban,
  handLines,
  iban,
  letterhead,
  money,
  notebook,
  PAGE_W,
  RED,
  scribble,
  signature,
  strangerBsn,
} from '../../independent-documents-d/docs/kit.ts';
import { DARK, OAK, OILCLOTH, type Spec, WHITE_TABLE, WOOD } from '../../independent-documents-d/spec.ts';
import { gemeenteForm, hand, handBox, PENCIL, section, slip, squared, yesNo } from './parts.ts';

const jan = C('K-100101');
const sharon = C('K-100143');
const saida = C('K-100164');
const ria = C('K-100150');
const henk = C('K-100199');
const aicha = C('K-100535');
const tineke = C('K-100374');
const els = C('K-100430');
const gladys = C('K-100360');
const kevin = C('K-100486');
const roy = C('K-100472');
const khadija = C('K-100444');
const marlon = C('K-100304');
const bart = C('K-100255');
const linda = C('K-100262');
const mieke = C('K-100521');
const stefan = C('K-100528');
const iwan = C('K-100416');
const gerrit = C('K-100311');
const hanan = C('K-100388');
const joke = C('K-100479');
const rinaldo = C('K-100248');
const samira = C('K-100493');
const ingrid = C('K-100206');
const karim = C('K-100220');
const johan = C('K-100423');
const dewi = C('K-100192');

const dmy = (iso: string) => iso.split('-').reverse().join('-');

export const NL: Spec[] = [
  {
    slug: 'wijzigingsformulier-nieuwe-baan-hand',
    type: 'change_form',
    client: jan.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Wijzigingsformulier met de hand ingevuld: start werk als chauffeur bij een bezorgbedrijf',
    date: '2026-11-02',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Wijzigingsformulier', 'WI-F07 versie 2025-03', 'Geef wijzigingen binnen 5 werkdagen door. Lever bewijsstukken mee.');
      section(p, '1  Uw gegevens');
      handBox(p, p.left, 250, 'Naam en voorletters', 'J. de Vries');
      handBox(p, p.left + 270, 197, 'Klantnummer', jan.clientNumber);
      p.gap(38);
      handBox(p, p.left, 250, 'Adres', jan.street);
      handBox(p, p.left + 270, 197, 'Telefoon', '06-41 88 20 37');
      p.gap(44);
      section(p, '2  Wat verandert er?');
      checkbox(p, p.left, p.y, 'Ik ga werken / mijn werk verandert', true);
      checkbox(p, p.left + 240, p.y, 'Ik ga verhuizen', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Iemand komt bij mij wonen', false);
      checkbox(p, p.left + 240, p.y, 'Iemand gaat weg uit mijn huis', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Ik krijg andere inkomsten', false);
      checkbox(p, p.left + 240, p.y, 'Anders, namelijk:', false);
      p.gap(26);
      handBox(p, p.left, 230, 'Datum van de wijziging', '16-11-2026');
      p.gap(40);
      p.t(p.left, p.y, 'Toelichting', { size: 7.5 });
      p.rect(p.left, p.y + 4, p.right - p.left, 110, { stroke: [0.35, 0.35, 0.35], lw: 0.6 });
      hand(
        p,
        [
          'Ik kan beginnen als bezorger/chauffeur bij Snelpakket Noord',
          'voor 24 uur per week, eerst contract voor 6 mnd.',
          'Loon ongeveer 14,40 per uur. Loonstrook lever ik in',
          'zodra ik die heb. Moet mijn uitkering dan stoppen?',
        ],
        {
          x: p.left + 6,
          top: p.y + 24,
          lh: 22,
          size: 13,
        },
      );
      p.at(p.y + 10);
      section(p, '3  Ondertekening');
      p.p('Ik verklaar dit formulier naar waarheid te hebben ingevuld. Ik weet dat de gemeente mijn gegevens kan controleren.', {
        size: 8.5,
      });
      handBox(p, p.left, 150, 'Datum', '2-11-2026');
      p.t(p.left + 200, p.y + 8, 'Handtekening', { size: 7.5 });
      p.t(p.left + 210, p.y + 30, 'JdeVries', { f: 'hand', size: 20, color: BLUE_INK });
      footer(p, 'Gemeente Voorbeeld · Postbus 1234 · 1230 AA Voorbeeld · www.voorbeeld.example/wijzigen');
      return d;
    },
  },
  {
    slug: 'samenwonen-briefje-ruitjespapier',
    type: 'change_form',
    client: sharon.clientNumber,
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: 'Briefje op ruitjespapier: vriend komt per 1 december bij haar wonen (klantnummer en BSN)',
    date: '2026-11-18',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p);
      hand(
        p,
        [
          'Aan de gemeente, afd. Werk en inkomen',
          '',
          `van: Sharon Pinas    klantnr ${sharon.clientNumber}`,
          `BSN ${sharon.bsn}`,
          '',
          'Hierbij laat ik weten dat mijn vriend Jordy Esajas',
          `per 1 december bij mij komt wonen op ${sharon.street}.`,
          'Hij werkt bij de Havenbedrijf schoonmaak, fulltime.',
          'Ik weet dat dit gevolgen heeft voor mijn uitkering,',
          'mijn klantmanager zei dat ik het moest opschrijven.',
          'Zijn loonstroken stuur ik na want hij heeft ze op',
          'zijn telefoon.',
          '',
          'Als er nog iets moet dan hoor ik het.',
          '',
          'groetjes Sharon',
          '18-11-2026',
        ],
        { top: 70, lh: 28.4, size: 15 },
      );
      return d;
    },
  },
  {
    slug: 'inlichtingenformulier-geboorte-baby',
    type: 'change_form',
    client: saida.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Inlichtingenformulier met de hand: geboorte van een zoon, kinderbijslag aangevraagd',
    date: '2026-10-27',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(
        p,
        'Inlichtingenformulier',
        'IF-2026 · Participatiewet',
        'Vul dit formulier in als uw situatie verandert. Elke vraag beantwoorden.',
      );
      section(p, 'A  Persoonsgegevens');
      handBox(p, p.left, 280, 'Achternaam', 'Benali');
      handBox(p, p.left + 295, 172, 'Voornamen', 'Saida');
      p.gap(38);
      handBox(p, p.left, 140, 'Geboortedatum', dmy(saida.birthDate));
      handBox(p, p.left + 155, 150, 'Klantnummer', '');
      handBox(p, p.left + 320, 147, 'Telefoonnummer', '0687 130 552');
      p.gap(44);
      section(p, 'B  Gezinssituatie');
      yesNo(p, 'Is er iemand bij u komen wonen of geboren?', true);
      yesNo(p, 'Is er iemand vertrokken uit uw woning?', false);
      yesNo(p, 'Bent u gaan samenwonen of getrouwd?', false);
      p.gap(2);
      p.t(p.left, p.y + 8, 'Zo ja, wie en vanaf wanneer:', { size: 9 });
      hand(p, ['mijn zoon Ilyas, geboren 9 oktober 2026'], { x: p.left + 140, top: p.y + 9, size: 13 });
      p.gap(10);
      section(p, 'C  Inkomsten en vermogen');
      yesNo(p, 'Heeft u inkomsten uit werk of een uitkering van UWV/SVB?', false);
      yesNo(p, 'Ontvangt u kinderbijslag of kindgebonden budget?', null);
      hand(p, ['aangevraagd bij SVB, nog geen antwoord'], { x: p.left + 210, top: p.y + 2, size: 12 });
      yesNo(p, 'Heeft u meer dan € 7.960 aan bank/spaargeld?', false);
      yesNo(p, 'Heeft u een auto, motor of boot?', false);
      p.gap(6);
      section(p, 'D  Ondertekening');
      p.p('Ik heb dit formulier volledig en naar waarheid ingevuld.', { size: 8.5 });
      handBox(p, p.left, 150, 'Datum', '27/10/26');
      p.t(p.left + 200, p.y + 8, 'Handtekening', { size: 7.5 });
      p.t(p.left + 210, p.y + 30, 'S. Benali', { f: 'hand', size: 18, color: BLACK_INK });
      p.gap(40);
      p.t(p.left, p.y + 10, 'Bijlage: geboorteakte (kopie)', { f: 'hand', size: 11, color: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'samen-brief-stel-twee-klantnummers',
    type: 'change_form',
    client: null,
    conflict: [ria.clientNumber, henk.clientNumber],
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Gezamenlijke brief van een stel dat gaat samenwonen, met beide klantnummers',
    date: '2026-11-09',
    build() {
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetter(p, {
        from: ['Ria Jansen & Henk Bakker', ria.street, ria.city],
        place: 'Voorbeeld, 9 november 2026',
        subject: 'Betreft: wij gaan samenwonen',
      });
      p.p(
        `Geachte heer/mevrouw,

Wij willen u laten weten dat wij per 1 december gaan samenwonen. Henk verhuist dan van ${henk.street} naar mijn adres aan de ${ria.street}. Wij hebben allebei een bijstandsuitkering.

Klantnummer Ria: ${ria.clientNumber}
Klantnummer Henk: ${henk.clientNumber}

Wij begrijpen dat wij dan één uitkering voor gehuwden/samenwonenden krijgen. Kunt u ons laten weten wat wij hiervoor nog moeten doen en welke papieren u nodig heeft? Henk zijn huur van de kamer loopt af op 30 november, de opzegging heeft hij al gedaan bij de verhuurder.

Ook willen wij graag weten of wij een nieuwe klantmanager krijgen of dat één van ons dezelfde houdt.

Met vriendelijke groet,`,
        { lh: 16 },
      );
      p.gap(4);
      p.t(p.left, p.y + 14, 'R. Jansen', { f: 'hand', size: 17, color: BLUE_INK });
      p.t(p.left + 170, p.y + 16, 'H Bakker', { f: 'hand', size: 17, color: BLACK_INK });
      p.gap(26);
      p.t(p.left, p.y + 10, 'Ria Jansen', { size: 10 });
      p.t(p.left + 170, p.y + 10, 'Henk Bakker', { size: 10 });
      return d;
    },
  },
  {
    slug: 'buurvrouw-schrijft-voor-oudere-dame',
    type: 'change_form',
    client: null,
    conflict: [aicha.clientNumber, tineke.clientNumber],
    language: 'nl',
    render: 'photo',
    table: OILCLOTH,
    label: 'Buurvrouw schrijft voor een oudere dame (naam + geboortedatum) en zet haar eigen klantnummer eronder',
    date: '2026-11-12',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24, holes: true });
      handLines(
        p,
        [
          'Beste mevrouw meneer van de uitkering,',
          '',
          'Ik schrijf voor mijn buurvrouw mevr. Aïcha Boukhari',
          `geb. ${dmy(aicha.birthDate)}, zij kan zelf niet goed schrijven`,
          'in het Nederlands en haar ogen zijn slecht.',
          'Haar zoon Youssef is sinds 1 november uit huis gegaan',
          'hij woont nu in Utrecht bij zijn vrouw. Dus mevr. woont',
          'nu alleen. Zij wil dat doorgeven voor de uitkering.',
          'U kunt haar bellen maar liever mij want zij verstaat',
          'het niet goed aan de telefoon: 06 29 41 07 63.',
          '',
          'Met vriendelijke groet',
          'Tineke Postma (buurvrouw, nr. 88)',
          `ik ben zelf ook klant bij jullie: ${tineke.clientNumber}`,
          '',
          'handtekening mevr. Boukhari:',
        ],
        { top: 94, lh: 24, size: 13.5 },
      );
      p.t(260, p.y + 2, 'A. Boukhari', { f: 'hand2', size: 15, color: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'bijzondere-bijstand-wasmachine-formulier',
    type: 'benefit_application',
    client: els.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Aanvraag bijzondere bijstand voor een wasmachine, formulier met de hand ingevuld met offerte',
    date: '2026-11-05',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(
        p,
        'Aanvraag bijzondere bijstand',
        'BB-01 · 2026',
        'Voor noodzakelijke kosten die u niet zelf kunt betalen. Voeg een offerte of rekening bij. Zonder bewijs kunnen wij uw aanvraag niet behandelen.',
      );
      section(p, '1  Aanvrager');
      handBox(p, p.left, 260, 'Naam', 'Els Peters');
      handBox(p, p.left + 275, 192, 'Klantnummer (indien bekend)', els.clientNumber);
      p.gap(38);
      handBox(p, p.left, 260, 'Adres', `${els.street}, Voorbeeld`);
      handBox(p, p.left + 275, 192, 'Geboortedatum', '');
      p.gap(44);
      section(p, '2  Waarvoor vraagt u bijzondere bijstand aan?');
      handBox(p, p.left, 467, 'Omschrijving', 'wasmachine, de oude is kapot (lekt + slaat af)');
      p.gap(38);
      handBox(p, p.left, 140, 'Bedrag', '€ 379,-');
      handBox(p, p.left + 155, 312, 'Leverancier', 'Witgoed Centrum de Brug (offerte bijgevoegd)');
      p.gap(44);
      section(p, '3  Waarom kunt u deze kosten niet zelf betalen?');
      p.rect(p.left, p.y, p.right - p.left, 96, { stroke: [0.35, 0.35, 0.35], lw: 0.6 });
      hand(
        p,
        [
          'Ik heb 2 kinderen en moet elke dag wassen. Ik heb geen',
          'spaargeld, ik betaal al af aan de schuldhulp. De monteur',
          'zegt reparatie kost meer dan 200 euro en hij is 11 jaar oud.',
          'Nu ga ik naar de wasserette en dat kost 9 euro per keer.',
        ],
        { x: p.left + 6, top: p.y + 20, lh: 21, size: 12.5 },
      );
      p.gap(12);
      section(p, '4  Ondertekening');
      checkbox(p, p.left, p.y, 'Ik geef toestemming om mijn gegevens te controleren bij andere instanties.', true);
      p.gap(18);
      handBox(p, p.left, 150, 'Datum', '5-11-2026');
      p.t(p.left + 200, p.y + 8, 'Handtekening', { size: 7.5 });
      p.t(p.left + 210, p.y + 30, 'E. Peters', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'bril-brief-bibliotheek-geprint',
    type: 'benefit_application',
    client: gladys.clientNumber,
    language: 'nl',
    render: 'digital',
    label: 'Brief getypt op de telefoon en geprint in de bibliotheek: vraag om vergoeding nieuwe bril',
    date: '2026-11-16',
    author: 'Gladys Lieuw',
    build() {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.left = 50;
      p.at(46);
      p.p(
        `Gladys Lieuw
${gladys.street}
${gladys.city}
klantnummer ${gladys.clientNumber}

Aan Gemeente Voorbeeld
Werk en inkomen

Voorbeeld 16-11-2026

Onderwerp: aanvraag bijzondere bijstand voor bril

Beste meneer/mevrouw

Ik wil graag bijzondere bijstand aanvragen voor een nieuwe bril. Mijn oude bril is gebroken toen ik viel op de trap bij de bushalte en de glazen waren al oud, ik zie heel slecht met lezen. De opticien heeft gemeten dat mijn ogen veel slechter zijn geworden (min 4,5 en cilinder).

De goedkoopste bril bij Optiek Zonnebloem kost 245 euro met glazen. Mijn zorgverzekering betaalt geen bril want ik heb alleen de basisverzekering. Ik heb het geld niet want ik heb nog een betalingsregeling voor de energie.

De offerte van de opticien doe ik erbij. Kunt u mij laten weten of dit vergoed kan worden? Ik heb de bril nodig voor het lezen van de post en ook voor mijn vrijwilligerswerk bij de kringloop.

Mijn telefoon nummer is 06 19 77 20 48, ik ben altijd bereikbaar behalve op dinsdag ochtend.

Alvast bedankt.

Met vriendelijke groet

Gladys Lieuw`,
        { lh: 15.5 },
      );
      p.t(PAGE_W - 50, 820, 'Afgedrukt: Bibliotheek Voorbeeld – printer 2 – 16-11-2026 14:02 – 1 pagina – € 0,15', {
        size: 6.5,
        color: GREY,
        align: 'right',
      });
      return d;
    },
  },
  {
    slug: 'uitvaart-bijstand-nicht-schrijft-met-factuur',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label:
      'Handgeschreven aanvraag bijzondere bijstand voor de uitvaart van een moeder, met factuur uitvaartverzorger (2 pagina’s, geen klant)',
    date: '2026-10-30',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 60, lh: 23 });
      handLines(
        p,
        [
          'Voorbeeld, 30 oktober 2026',
          '',
          'Aan de gemeente, bijzondere bijstand',
          '',
          'Mijn naam is Desiree Wolters, ik woon op de Brinkweg 14a.',
          'Op 19 oktober is mijn moeder overleden, Johanna Wolters.',
          'Zij had geen geld en geen uitvaartverzekering, die was',
          'jaren geleden gestopt. Ik ben de enige dochter en ik werk',
          'parttime in de thuiszorg, ik verdien niet genoeg om dit',
          'te betalen. De uitvaart was 4740 euro, heel sober,',
          'alleen crematie en een kleine bijeenkomst.',
          'Ik heb zelf nooit een uitkering gehad dus ik weet niet',
          'hoe het werkt. De man van de uitvaart zei dat ik bij',
          'de gemeente bijzondere bijstand kan vragen.',
          'Ik stuur de factuur mee en het uittreksel van de bank',
          'van mijn moeder (daar stond 312 euro op).',
          '',
          'Ik hoop dat u mij kan helpen.',
          'Desiree Wolters',
          'tel 06 53 90 18 24',
        ],
        { top: 83, lh: 23, size: 13.5, ink: BLACK_INK },
      );
      const q = d.page();
      letterhead(q, 'Uitvaartzorg Het Laatste Licht', ['Lindeboomweg 3', '1239 KT Voorbeeld', 'KvK 71928340', 'tel. 0234-550 190']);
      q.ln('FACTUUR', { f: 'sansB', size: 14, after: 4 });
      q.kv(
        [
          ['Factuurnummer', '2026-0418'],
          ['Datum', '28-10-2026'],
          ['Opdrachtgever', 'mevr. D. Wolters, Brinkweg 14a, Voorbeeld'],
          ['Betreft', 'uitvaart mevr. J. Wolters-Kamp, overleden 19-10-2026'],
        ],
        { labelW: 110, size: 9.5 },
      );
      q.table(
        [
          { h: 'Omschrijving', w: 330 },
          { h: 'Bedrag', w: 110, r: true },
        ],
        money([
          ['Verzorging en opbaring (3 dagen)', 895],
          ['Eenvoudige kist, populier', 780],
          ['Rouwvervoer', 395],
          ['Crematie incl. gebruik aula 45 min.', 1460],
          ['Koffie en cake (20 personen)', 210],
          ['Rouwkaarten (40 st.) en porti', 185],
          ['Uitvaartbegeleiding', 815],
        ]),
        { size: 9.5 },
      );
      q.kv([['Totaal incl. btw', `€ ${euro(4740)}`]], { lf: 'sansB', f: 'sansB', labelW: 330, size: 10 });
      q.p(`Gelieve te voldoen binnen 30 dagen op ${groupIban(iban('RABO', 'laatstelicht'))} o.v.v. factuurnummer.`, { size: 9 });
      return d;
    },
  },
  {
    slug: 'sollicitatielijst-ruitjes-hand',
    type: 'job_application_proof',
    client: kevin.clientNumber,
    language: 'nl',
    render: 'photo',
    table: WOOD,
    label: 'Handgeschreven lijst van sollicitaties op ruitjespapier (oktober), klantnummer bovenaan',
    date: '2026-11-03',
    build() {
      const d = new Doc();
      const p = d.page();
      squared(p, { step: 15 });
      hand(p, [`Sollicitaties oktober   Kevin Mulder   ${kevin.clientNumber}`], { top: 62, size: 15 });
      const rows = [
        ['2/10', 'Albert Heijn Dorpsplein', 'vakkenvuller', 'mail', 'afgewezen'],
        ['4/10', 'Timmerbedrijf Vos', 'hulp timmerman', 'gebeld', 'geen reactie'],
        ['9/10', 'Tempo-Team', 'orderpicker', 'website', 'gesprek 14/10'],
        ['14/10', 'gesprek Tempo', '', '', 'nee, geen rijbewijs'],
        ['17/10', 'Bouwmarkt Hoek', 'magazijn', 'langs geweest', 'cv achtergelaten'],
        ['21/10', 'Schoonmaak Dubbel Glans', 'glazenwasser', 'mail', 'afgewezen'],
        ['28/10', 'Tuincentrum De Linde', 'medewerker buiten', 'website', 'wacht nog'],
        ['30/10', 'PostNL sorteer', 'sorteerder nacht', 'app', '?'],
      ];
      let y = 110;
      for (const r of rows) {
        p.t(40, y, r[0]!, { f: 'hand', size: 13, color: PENCIL });
        p.t(90, y, r[1]!, { f: 'hand', size: 13, color: PENCIL });
        p.t(270, y, r[2]!, { f: 'hand', size: 13, color: PENCIL });
        p.t(395, y, r[3]!, { f: 'hand', size: 12, color: PENCIL });
        p.t(470, y, r[4]!, { f: 'hand', size: 11.5, color: PENCIL });
        y += 30;
      }
      hand(p, ['totaal 7 sollicitaties (moet 4 per maand)'], { top: y + 20, size: 13, ink: PENCIL });
      return d;
    },
  },
  {
    slug: 'afwijzing-mail-met-klantnummer-in-hoek',
    type: 'job_application_proof',
    client: roy.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Afwijzingsmail van een werkgever uitgeprint; klant schreef zijn klantnummer in de hoek',
    date: '2026-11-10',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 50;
      p.at(40);
      p.ln('Gmail', { f: 'sansB', size: 14, color: [0.8, 0.2, 0.15] });
      p.t(p.right, 52, 'roy.amatmoekrim@example.com', { size: 8, align: 'right', color: GREY });
      p.hr(0.4, GREY);
      p.ln('Uw sollicitatie als medewerker logistiek', { f: 'sansB', size: 13, after: 6 });
      p.ln('Recruitment Van Leest Logistiek <werkenbij@vanleest-logistiek.example>', { size: 9, f: 'sansB' });
      p.ln('aan mij · ma 9 nov. 2026 16:42', { size: 8, color: GREY, after: 8 });
      p.p(
        `Beste Roy,

Bedankt voor je sollicitatie op de functie Medewerker logistiek (vacature 26-114) en je interesse in Van Leest Logistiek.

We hebben veel reacties ontvangen. Na zorgvuldige vergelijking hebben we besloten andere kandidaten uit te nodigen, die beter aansluiten bij het profiel, met name op het gebied van heftruckervaring en het VCA-certificaat.

We bewaren je gegevens graag nog vier weken in ons bestand, tenzij je aangeeft dat niet te willen.

Wij wensen je veel succes met je verdere zoektocht.

Met vriendelijke groet,

Team Recruitment
Van Leest Logistiek B.V.
Industrieweg 40, 1236 RB Voorbeeld`,
        { size: 10, lh: 14.5 },
      );
      p.t(50, 810, 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQXJ  1/1', { size: 6.5, color: GREY });
      p.rotated(470, 110, 6, (s) => {
        s.t(420, 100, roy.clientNumber, { f: 'hand', size: 15, color: BLUE_INK });
        s.t(420, 118, 'voor mevr. Kok', { f: 'hand', size: 12, color: BLUE_INK });
      });
      return d;
    },
  },
  {
    slug: 'sollicitaties-alleen-naam',
    type: 'job_application_proof',
    client: null,
    language: 'nl',
    render: 'photo',
    table: WOOD,
    ext: 'png',
    label: 'Sollicitatielijstje op gelinieerd papier met alleen een naam (geen klantnummer, geen geboortedatum)',
    date: '2026-11-20',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 80, lh: 26, margin: false });
      handLines(
        p,
        [
          'Winston D.  – sollicitaties nov',
          '',
          '3 nov   Jumbo distributiecentrum  – online, reactie volgt',
          '5 nov   Randstad inschrijving (productie)',
          '6 nov   Kapsalon Fresh Cutz – stage/leerplek gevraagd',
          '12 nov  Gemeente groenvoorziening via SW bedrijf',
          '13 nov  McDonalds Stationsweg – gesprek gehad!!',
          '19 nov  McDonalds – proefdraaien za 22 nov',
          '',
          'bewijzen staan op mijn telefoon, kan ik laten zien',
          'Winston Doelwijt',
        ],
        { top: 104, lh: 26, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'vakantiemelding-marokko-formulier',
    type: 'holiday_notice',
    client: khadija.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Formulier melding verblijf buitenland met de hand: familiebezoek Marokko, 24 dagen',
    date: '2026-11-11',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(
        p,
        'Melding verblijf buiten Nederland',
        'WI-V02',
        'U mag maximaal 4 weken (28 dagen) per kalenderjaar in het buitenland verblijven met behoud van uitkering. Meld dit minimaal 2 weken van tevoren.',
      );
      section(p, 'Uw gegevens');
      handBox(p, p.left, 270, 'Naam', 'Khadija Azzouzi');
      handBox(p, p.left + 285, 182, 'Klantnummer', khadija.clientNumber.replace('K-', 'K '));
      p.gap(44);
      section(p, 'Reis');
      handBox(p, p.left, 220, 'Land / plaats', 'Marokko, Nador');
      handBox(p, p.left + 235, 110, 'Vertrek', '19-12-2026');
      handBox(p, p.left + 357, 110, 'Terug', '11-01-2027');
      p.gap(44);
      handBox(p, p.left, 467, 'Reden', 'familiebezoek, mijn vader is ziek');
      p.gap(44);
      yesNo(p, 'Gaan er gezinsleden mee?', true);
      hand(p, ['mijn 2 dochters (schoolvakantie)'], { x: p.left + 20, top: p.y + 4, size: 12.5 });
      yesNo(p, 'Bent u dit jaar al eerder in het buitenland geweest?', false);
      yesNo(p, 'Bent u tijdens de reis bereikbaar?', true);
      hand(p, ['+212 6 61 40 27 93 (whatsapp)'], { x: p.left + 20, top: p.y + 4, size: 12.5 });
      p.gap(8);
      section(p, 'Ondertekening');
      p.p('Ik weet dat ik tijdens mijn verblijf in het buitenland geen afspraken kan nakomen en geen werk kan zoeken.', { size: 8.5 });
      handBox(p, p.left, 150, 'Datum', '11-11-2026');
      p.t(p.left + 210, p.y + 30, 'Azzouzi', { f: 'hand', size: 18, color: BLUE_INK });
      p.gap(60);
      p.rect(p.left, p.y, p.right - p.left, 60, { stroke: GREY, lw: 0.5 });
      p.t(p.left + 5, p.y + 12, 'In te vullen door de gemeente', { size: 7.5, color: GREY });
      p.stamp(p.left + 330, p.y + 32, ['ONTVANGEN', '11 NOV 2026', 'BALIE STADHUIS'], { rot: -5, size: 9 });
      return d;
    },
  },
  {
    slug: 'begrafenis-suriname-briefje',
    type: 'holiday_notice',
    client: marlon.clientNumber,
    language: 'nl',
    render: 'photo',
    table: DARK,
    label: 'Briefje: moet halsoverkop naar Suriname voor begrafenis van zijn broer',
    date: '2026-11-23',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 60, lh: 25 });
      handLines(
        p,
        [
          'Gemeente Voorbeeld',
          'tav. mijn klantmanager',
          '',
          `Marlon Kromodimedjo  (${marlon.clientNumber})`,
          '',
          'Mijn broer is zaterdag overleden in Paramaribo. De',
          'begrafenis is op 1 december, ik vlieg 27 nov met de',
          'SLM en kom 15 december terug. Ticket heeft mijn zus',
          'betaalt, niet van mijn uitkering. Ik weet dat ik het',
          '2 weken eerder moet melden maar dat kon niet.',
          'Overlijdensbericht laat ik zien als ik terug ben.',
          'Sorry voor de korte termijn.',
          '',
          'Marlon',
          '23-11-26',
        ],
        { top: 84, lh: 25, size: 14, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'bezwaar-boos-getypt-twee-paginas',
    type: 'objection',
    client: bart.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Boos getypt bezwaarschrift tegen verlaging uitkering (maatregel), 2 pagina’s',
    date: '2026-11-14',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetter(p, {
        from: ['B. Meijer', bart.street, bart.city, `klantnummer: ${bart.clientNumber}`],
        place: 'Voorbeeld, 14-11-2026',
        subject: 'BEZWAAR!!! tegen uw besluit van 3 november 2026 (verlaging uitkering)',
      });
      p.p(
        `Geachte heer, mevrouw,

Hierbij maak ik BEZWAAR tegen het besluit van 3 november 2026 waarin staat dat mijn uitkering 3 maanden met 20% wordt verlaagd omdat ik "niet verschenen" zou zijn bij de afspraak op 14 oktober.

Dit is gewoon niet waar. Ik was er WEL. Ik heb om 10:05 aan de balie gestaan, de mevrouw aan de balie heeft mij gezegd dat ik moest wachten. Na drie kwartier wachten werd ik niet opgehaald en ben ik weggegaan omdat ik mijn dochter van school moest halen. Dat heb ik ook tegen de baliemedewerker gezegd. Dat staat nergens in uw brief.

Ik heb al 2 jaar elke afspraak gehaald. Ik vind het schandalig dat je dan zomaar gestraft wordt zonder dat iemand eerst met je belt. Niemand heeft mij gehoord voordat dit besluit werd genomen, dat hoort wel volgens de wet zover ik weet.

Door deze verlaging kan ik mijn huur van december niet betalen. Ik heb nu al een achterstand bij de energie. Dit gaat mij in de problemen brengen en dat is uw schuld.`,
        { lh: 15 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `Ik eis dat:
1. de verlaging wordt teruggedraaid en ingehouden geld wordt terugbetaald;
2. de camerabeelden van de hal van 14 oktober worden bekeken (er hangen camera's);
3. ik word gehoord over dit bezwaar, en dan wil ik mijn broer meenemen.

Mocht u niet binnen de wettelijke termijn reageren dan ga ik naar de rechter en ook naar de Nationale ombudsman. Ik heb ook de krant al gebeld.

Kopie van het besluit zit erbij.

Hoogachtend,`,
        { lh: 15 },
      );
      signature(q, 'B. Meijer', { ink: BLACK_INK });
      q.ln('Bart Meijer');
      q.gap(30);
      q.ln('Bijlage: besluit 3-11-2026 (kopie)', { size: 9, f: 'sansI' });
      return d;
    },
  },
  {
    slug: 'bezwaar-kind-schrijft-voor-moeder',
    type: 'objection',
    client: null,
    language: 'nl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Dochter van 13 schrijft een bezwaar voor haar moeder (afgewezen aanvraag, moeder nog geen klant)',
    date: '2026-11-19',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24, holes: true });
      handLines(
        p,
        [
          'Aan de gemeente, bezwaar',
          '',
          'Hallo, ik ben Amira en ik ben 13 jaar. Ik schrijf deze',
          'brief voor mijn moeder Souad Lamrani want zij kan niet',
          'goed Nederlands schrijven. Wij wonen Zuiderkade 212.',
          '',
          'Mijn moeder is het niet eens met de brief van 12 november',
          'dat ze geen bijstand krijgt. In de brief staat dat mijn',
          'moeder geen papieren van de bank heeft gegeven maar',
          'wij hebben ze wel gebracht bij de balie, in een envelop.',
          'Mijn vader is weg sinds de zomer en wij hebben nu geen',
          'geld meer voor de huur. Mijn moeder is heel verdrietig.',
          'Wilt u alstublieft nog een keer kijken?',
          '',
          'Groetjes Amira (en handtekening van mama)',
        ],
        { top: 94, lh: 24, size: 13.5, f: 'hand2', ink: [0.35, 0.15, 0.55] },
      );
      p.t(300, p.y + 4, 'S. Lamrani', { f: 'hand', size: 16, color: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'klacht-over-klantmanager-mail',
    type: 'complaint',
    client: linda.clientNumber,
    language: 'nl',
    render: 'digital',
    label: 'E-mail printout: klacht over de bejegening door haar klantmanager',
    date: '2026-11-06',
    author: 'Linda de Jong',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 48;
      p.right = 547;
      p.at(36);
      p.t(p.left, 44, 'Outlook', { f: 'sansB', size: 13, color: [0.0, 0.35, 0.7] });
      p.t(p.right, 44, 'linda.dejong@example.org', { size: 8, align: 'right', color: GREY });
      p.line(p.left, 52, p.right, 52, 0.5, GREY);
      p.at(64);
      p.kv(
        [
          ['Van:', 'Linda de Jong <linda.dejong@example.org>'],
          ['Verzonden:', 'vrijdag 6 november 2026 23:17'],
          ['Aan:', 'info@gemeente-voorbeeld.example'],
          ['Onderwerp:', 'klacht over mijn klantmanager'],
        ],
        { lf: 'sansB', labelW: 70, size: 9.5, after: 10 },
      );
      p.p(
        `Goedenavond,

Ik wil een klacht indienen over de manier waarop mijn klantmanager mij behandelt. Mijn klantnummer is ${linda.clientNumber}.

Vorige week dinsdag had ik een gesprek op het stadhuis. Ik vertelde dat ik door mijn rugklachten niet de 32 uur kan werken die zij voorstelt bij het schoonmaakbedrijf. Ze zei letterlijk "iedereen heeft wel ergens pijn, dat is geen reden". Ze keek de hele tijd op haar telefoon en onderbrak me steeds. Toen ik ging huilen zei ze dat ik me niet zo moest aanstellen.

Dit is niet de eerste keer. Ik heb in augustus ook al gevraagd om een andere klantmanager maar daar heb ik nooit antwoord op gehad.

Ik verwacht dat u mijn klacht serieus neemt en dat ik een andere klantmanager krijg. Ook wil ik graag een gesprek met haar leidinggevende.

Met vriendelijke groet,
Linda de Jong
${linda.street}
06-28 50 13 77`,
        { size: 10, lh: 14.5 },
      );
      return d;
    },
  },
  {
    slug: 'huisarts-verklaring-gekreukt',
    type: 'medical_statement',
    client: mieke.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Verklaring van de huisarts (gekreukt meegebracht in een tas) met BSN',
    date: '2026-11-04',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(
        p,
        'Huisartsenpraktijk De Waterkant',
        ['J.P. Verschoor & A. Lindeman, huisartsen', 'Waterkant 9, 1234 PK Voorbeeld', 'tel. 0234-448 210 (spoed 0234-448 299)'],
        {
          f: 'serifB',
          color: [0.15, 0.4, 0.25],
        },
      );
      p.ln('Voorbeeld, 4 november 2026', { align: 'right' });
      p.gap(10);
      p.ln('MEDISCHE VERKLARING', { f: 'serifB', size: 12, after: 6 });
      p.kv(
        [
          ['Patiënt:', 'mevr. M. de Wit'],
          ['Geboortedatum:', dmy(mieke.birthDate)],
          ['BSN:', mieke.bsn],
          ['Adres:', mieke.street],
        ],
        { labelW: 105 },
      );
      p.p(
        `Ondergetekende verklaart dat bovengenoemde patiënte bij hem onder behandeling is. Op verzoek van patiënte en met haar toestemming wordt het volgende verklaard.

Patiënte is sinds augustus 2026 onder behandeling in verband met een chronische aandoening van het bewegingsapparaat, waarvoor zij is verwezen naar de reumatoloog. Zij is op dit moment beperkt in staan, lopen en tillen. Werkzaamheden die langer dan een uur staan of lopen vereisen, zijn naar verwachting de komende drie maanden niet haalbaar. Zittend werk van korte duur lijkt mogelijk.

Deze verklaring is afgegeven ten behoeve van de gemeente (re-integratie). Voor een nadere beoordeling verwijs ik naar de bedrijfsarts of een onafhankelijk arts.`,
        { lh: 15 },
      );
      p.gap(8);
      signature(p, 'J.P. Verschoor', { ink: BLACK_INK });
      p.ln('huisarts, BIG 19038475601', { size: 9 });
      p.stamp(420, 640, ['HUISARTSENPRAKTIJK', 'DE WATERKANT', 'AGB 01-052934'], { rot: 4, color: [0.15, 0.25, 0.6], size: 8.5 });
      return d;
    },
  },
  {
    slug: 'loonstrook-bakkerij-klantnr-geschreven',
    type: 'payslip',
    client: stefan.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Loonstrook van een kleine bakkerij (oproepkracht), klantnummer erop geschreven',
    date: '2026-11-01',
    build() {
      const d = new Doc('mono', 9);
      const p = d.page();
      p.at(50);
      p.ln('BAKKERIJ VAN DER STEEG', { f: 'monoB', size: 12 });
      p.ln('Voorstraat 17  1233 BC Voorbeeld', { size: 8.5 });
      p.ln('Loonheffingennr 8210.44.719.L01', { size: 8.5, after: 10 });
      p.ln('LOONSTROOK  periode 10 (oktober 2026)', { f: 'monoB', size: 10, after: 6 });
      p.kv(
        [
          ['Werknemer', 'S. Kuipers'],
          ['Personeelsnr', '0031'],
          ['Functie', 'verkoopmedewerker (oproep)'],
          ['In dienst', '01-09-2026'],
          ['Uurloon', '14,71'],
        ],
        { labelW: 120, size: 9 },
      );
      p.table(
        [
          { h: 'Omschrijving', w: 230 },
          { h: 'Aantal', w: 70, r: true },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Uren gewerkt', '46,50', euro(684.02)],
          ['Toeslag zaterdag', '16,00', euro(47.07)],
          ['Vakantiegeld 8%', '', euro(58.49)],
          ['Bruto', '', euro(789.58)],
          ['Loonheffing', '', euro(-12.4)],
          ['Premie pensioen', '', euro(-0)],
          ['Netto', '', euro(777.18)],
        ],
        { f: 'mono', hf: 'monoB', size: 9 },
      );
      p.ln(`Uitbetaald op ${groupIban(iban('INGB', 'kuipers'))} op 31-10-2026`, { size: 8.5 });
      p.ln('Cumulatief bruto 2026: 1.411,26', { size: 8.5 });
      scribble(p, 380, 80, [stefan.clientNumber, 'okt. loonstrook'], { rot: -3 });
      return d;
    },
  },
  {
    slug: 'loonstrook-vriendin-met-ander-klantnummer',
    type: 'payslip',
    client: null,
    conflict: [tineke.clientNumber, kevin.clientNumber],
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: 'Loonstrook van een snackbar (met BSN van de werknemer) waarop haar vriend zijn eigen klantnummer schreef',
    date: '2026-11-05',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.at(46);
      p.rect(p.left, 40, p.right - p.left, 40, { fill: [0.92, 0.92, 0.92] });
      p.t(p.left + 8, 58, 'Cafetaria ’t Hoekje V.O.F.', { f: 'sansB', size: 12 });
      p.t(p.left + 8, 72, 'Marktplein 4 · 1231 TA Voorbeeld', { size: 8 });
      p.t(p.right - 8, 58, 'Salarisspecificatie', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right - 8, 72, 'oktober 2026', { size: 9, align: 'right' });
      p.at(96);
      p.kv(
        [
          ['Naam', 'T. Postma'],
          ['BSN', tineke.bsn],
          ['Geboortedatum', '—'],
          ['Dienstverband', 'bepaalde tijd, 0-urencontract'],
          ['Loonheffingskorting', 'nee'],
        ],
        { labelW: 130 },
      );
      p.table(
        [
          { h: 'Looncomponent', w: 220 },
          { h: 'Uren', w: 60, r: true },
          { h: 'Tarief', w: 70, r: true },
          { h: 'Bedrag', w: 90, r: true },
        ],
        [
          ['Salaris', '38,25', '14,06', euro(537.8)],
          ['Avond/weekendtoeslag', '12,00', '2,81', euro(33.72)],
          ['Vakantietoeslag 8%', '', '', euro(45.72)],
          ['Totaal bruto', '', '', euro(617.24)],
          ['Loonheffing', '', '', euro(-98.3)],
          ['Netto te betalen', '', '', euro(518.94)],
        ],
        { size: 9, zebra: [0.95, 0.95, 0.95] },
      );
      scribble(p, 300, 470, ['van Kevin', `${kevin.clientNumber}`, 'loon van mijn vriendin'], { rot: 7, size: 15 });
      return d;
    },
  },
  {
    slug: 'pinautomaat-saldo-bonnetje-op-a4',
    type: 'bank_statement',
    client: henk.clientNumber,
    language: 'nl',
    render: 'photo',
    table: OILCLOTH,
    label: 'Bonnetje uit de geldautomaat (laatste mutaties) op een A4 geplakt, klantnummer erbij',
    date: '2026-11-13',
    build() {
      const d = new Doc();
      const p = d.page();
      hand(p, [`Henk Bakker ${henk.clientNumber}`, 'afschrift zoals gevraagd, ik heb geen internet bankieren'], {
        top: 60,
        size: 13.5,
        ink: BLACK_INK,
      });
      slip(
        p,
        [
          '   VOORBEELDSE SPAARBANK',
          '   GELDAUTOMAAT 0417 MARKTPLEIN',
          '',
          'DATUM 13-11-26      TIJD 11:42',
          `REK  ${iban('VSBK', 'henkb').slice(0, 8)}********${iban('VSBK', 'henkb').slice(-2)}`,
          '',
          'LAATSTE MUTATIES',
          '12-11  BETAALAUTOMAAT    -23,40',
          '       LIDL VOORBEELD',
          '10-11  INCASSO           -48,00',
          '       ZORGVERZEKERAAR',
          '07-11  OPNAME GA         -50,00',
          '05-11  BETAALAUTOMAAT     -6,85',
          '       SNACKBAR HOEKJE',
          '03-11  OVERBOEKING       -35,00',
          '       J BAKKER',
          '01-11  BIJSTAND     +1.091,00',
          '       GEMEENTE VOORBEELD',
          '30-10  INCASSO          -612,00',
          '       WONINGSTICHTING',
          '',
          'BESCHIKBAAR SALDO     +246,17',
          '',
          '   DANK U VOOR UW BEZOEK',
        ],
        { top: 130, w: 210 },
      );
      return d;
    },
  },
  {
    slug: 'bankafschrift-twee-paginas-pen',
    type: 'bank_statement',
    client: iwan.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Bankafschrift over drie maanden (2 pagina’s) met posten omcirkeld en uitleg in pen',
    date: '2026-11-03',
    build() {
      const d = new Doc('sans', 9);
      const acct = groupIban(iban('TRIO', 'iwan-s'));
      const rows1: string[][] = [
        ['01-08', 'Gemeente Voorbeeld uitkering', '', '1.132,06'],
        ['01-08', 'Woonstichting Thuis huur', '598,40', ''],
        ['04-08', 'Vodafone', '22,50', ''],
        ['06-08', 'R. Sitaldin (familie)', '', '150,00'],
        ['11-08', 'Albert Heijn 1544', '61,32', ''],
        ['18-08', 'Energie Direct termijn', '96,00', ''],
        ['25-08', 'Kruidvat', '14,89', ''],
        ['01-09', 'Gemeente Voorbeeld uitkering', '', '1.132,06'],
        ['01-09', 'Woonstichting Thuis huur', '598,40', ''],
        ['06-09', 'R. Sitaldin (familie)', '', '150,00'],
        ['14-09', 'Marktplaats verkoop fiets', '', '85,00'],
        ['18-09', 'Energie Direct termijn', '96,00', ''],
      ];
      const rows2: string[][] = [
        ['01-10', 'Gemeente Voorbeeld uitkering', '', '1.132,06'],
        ['01-10', 'Woonstichting Thuis huur', '611,20', ''],
        ['06-10', 'R. Sitaldin (familie)', '', '150,00'],
        ['09-10', 'Opname geldautomaat', '100,00', ''],
        ['18-10', 'Energie Direct termijn', '96,00', ''],
        ['24-10', 'Action 1093', '18,45', ''],
        ['30-10', 'Bol.com', '34,99', ''],
      ];
      const p = d.page();
      letterhead(p, 'TrioBank', ['Postbus 8800', '3500 AA Utrecht', 'klantenservice 030-000 1234'], { color: [0.2, 0.45, 0.3] });
      p.kv(
        [
          ['Rekeninghouder', 'I. Sitaldin'],
          ['Rekening', acct],
          ['Periode', '01-08-2026 t/m 31-10-2026'],
          ['Beginsaldo', '€ 212,47'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: 'Datum', w: 60 },
          { h: 'Omschrijving', w: 250 },
          { h: 'Af', w: 70, r: true },
          { h: 'Bij', w: 80, r: true },
        ],
        rows1,
        { size: 8.5 },
      );
      footer(p, 'pagina 1 van 2');
      p.ellipse(200, 285, 110, 11, { stroke: RED, lw: 1.1 });
      scribble(p, 380, 120, [`Iwan ${iwan.clientNumber}`], { rot: 2 });
      const q = d.page();
      q.at(60);
      q.table(
        [
          { h: 'Datum', w: 60 },
          { h: 'Omschrijving', w: 250 },
          { h: 'Af', w: 70, r: true },
          { h: 'Bij', w: 80, r: true },
        ],
        rows2,
        { size: 8.5 },
      );
      q.kv([['Eindsaldo', '€ 258,71']], { labelW: 110, lf: 'sansB' });
      hand(q, ['de 150 per maand is van mijn moeder voor de', 'boodschappen, geen lening. fiets was van mij zelf.'], {
        top: 300,
        size: 13,
        ink: RED,
      });
      footer(q, 'pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'medische-verklaring-fysio-bsn',
    type: 'medical_statement',
    client: gerrit.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    crumple: 0,
    label: 'Kopie van een kopie: verklaring van de behandelend fysiotherapeut en huisarts met BSN',
    date: '2026-10-22',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Gezondheidscentrum Rivierenwijk', ['Maaslaan 2', '1235 GH Voorbeeld', 'huisartsen · fysiotherapie · POH-GGZ'], {
        band: true,
        color: [0.35, 0.35, 0.5],
      });
      p.ln('Verklaring ten behoeve van werkgever/gemeente', { f: 'sansB', size: 12, after: 6 });
      p.kv(
        [
          ['Naam', 'G. Hoekstra'],
          ['Burgerservicenummer', gerrit.bsn],
          ['Datum', '22-10-2026'],
        ],
        { labelW: 130 },
      );
      p.p(
        `Dhr. Hoekstra is bij ons bekend met klachten na een hernia-operatie (mei 2026). Hij volgt sinds juni fysiotherapie, twee keer per week. Het herstel verloopt langzaam.

Op dit moment kan hij niet langer dan 30 minuten achter elkaar zitten of staan en niet tillen boven 5 kg. Wij adviseren om re-integratieactiviteiten voorlopig te beperken tot maximaal 2 dagdelen per week, zonder fysiek zware taken. Herbeoordeling over 8 weken.

Wij verstrekken geen diagnose-informatie aan derden; voor vragen kan de gemeente contact opnemen met de patiënt.`,
        { lh: 14.5 },
      );
      signature(p, 'drs. K. Ampt', { ink: BLACK_INK });
      p.ln('huisarts', { size: 9 });
      return d;
    },
  },
  {
    slug: 'paspoort-marokko-kopie-balie',
    type: 'identity_document',
    client: hanan.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    crumple: 0,
    label: 'Fotokopie Marokkaans paspoort met balie-aantekening (naam + geboortedatum)',
    date: '2026-11-17',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rect(90, 120, 415, 290, { stroke: [0.2, 0.2, 0.2], lw: 1.2, fill: [0.88, 0.88, 0.88] });
      p.t(297, 145, 'المملكة المغربية', { f: 'sansB', size: 11, align: 'center', rtl: true });
      p.t(297, 160, 'ROYAUME DU MAROC · PASSEPORT / PASSPORT', { f: 'sansB', size: 8.5, align: 'center' });
      p.rect(110, 178, 92, 120, { fill: [0.5, 0.5, 0.5] });
      p.ellipse(156, 225, 24, 31, { fill: [0.3, 0.3, 0.3] });
      const rows: [string, string][] = [
        ['Type / Code', 'P   MAR'],
        ['Nom / Surname', 'EL KHATTABI'],
        ['Prénoms / Given names', 'HANAN'],
        ['Date de naissance', '09 NOV 1961'],
        ['Lieu de naissance', 'AL HOCEIMA'],
        ['Date de délivrance', '03 FEB 2022'],
        ['Date d’expiration', '02 FEB 2027'],
      ];
      rows.forEach(([k, v], i) => {
        p.t(220, 184 + i * 22, k, { size: 6.5, color: [0.3, 0.3, 0.3] });
        p.t(220, 194 + i * 22, v, { f: 'sansB', size: 9 });
      });
      p.t(104, 370, 'P<MARELKHATTABI<<HANAN<<<<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 10 });
      p.t(104, 388, 'YX48210736MAR6111093F2702025<<<<<<<<<<<<<<04', { f: 'mono', size: 10 });
      hand(p, ['Hanan El Khattabi  9-11-1961', 'kopie paspoort i.v.m. verlenging, origineel gezien', 'balie 17/11  MT'], {
        x: 90,
        top: 470,
        size: 12.5,
        ink: BLACK_INK,
      });
      return d;
    },
  },
  {
    slug: 'huurverhoging-woningcorporatie-met-pen',
    type: 'rental_agreement',
    client: joke.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Voorstel huurverhoging van een woningcorporatie (2 pagina’s), klantnummer met pen bovenaan',
    date: '2026-05-01',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Woonstichting Thuis', ['Postbus 310', '1230 AH Voorbeeld', 'www.woonstichtingthuis.example'], {
        color: [0.6, 0.15, 0.35],
      });
      p.gap(20);
      p.p(`Mevrouw J. van der Heijden\n${joke.street}\n${joke.city}`, { lh: 14 });
      p.gap(14);
      p.kv(
        [
          ['Datum', '1 mei 2026'],
          ['Huurcontract', '4418-022-07'],
          ['Onderwerp', 'Voorstel huuraanpassing per 1 juli 2026'],
        ],
        { labelW: 100, size: 9.5 },
      );
      p.p(
        `Beste mevrouw Van der Heijden,

Ieder jaar passen wij de huur van onze woningen aan. Per 1 juli 2026 wordt de kale huur van uw woning verhoogd met 4,1%. In deze brief leest u wat dit voor u betekent.`,
        { lh: 14.5 },
      );
      p.table(
        [
          { h: '', w: 250 },
          { h: 'Nu', w: 90, r: true },
          { h: 'Per 1-7-2026', w: 100, r: true },
        ],
        [
          ['Kale huur', euro(628.35), euro(654.11)],
          ['Servicekosten', euro(24.1), euro(24.1)],
          ['Totale huur', euro(652.45), euro(678.21)],
        ],
        { size: 9.5 },
      );
      p.p(
        'Heeft u een laag inkomen? Dan heeft u mogelijk recht op (meer) huurtoeslag. Kijk op toeslagen.nl. Bent u het niet eens met het voorstel? Lees dan pagina 2.',
        { lh: 14.5 },
      );
      scribble(p, 370, 150, [joke.clientNumber, 'nieuwe huur!'], { rot: -4, ink: BLACK_INK });
      const q = d.page();
      q.at(60);
      q.ln('Bezwaar maken', { f: 'sansB', size: 11 });
      q.p(
        'U kunt tot 1 juli 2026 bezwaar maken tegen dit voorstel. Gebruik hiervoor het formulier van de Huurcommissie. Betaal in dat geval wel de oude huur door. Heeft u vragen, bel dan 0234-700 700 of mail naar huur@woonstichtingthuis.example.',
        { lh: 14.5 },
      );
      q.p('Met vriendelijke groet,\n\nAfdeling Verhuur\nWoonstichting Thuis', { lh: 14.5 });
      footer(q, 'Woonstichting Thuis · KvK 41193022 · pagina 2/2');
      return d;
    },
  },
  {
    slug: 'kamerhuur-contract-onbekende',
    type: 'rental_agreement',
    client: null,
    language: 'nl',
    render: 'digital',
    label: 'Eenvoudig huurcontract voor een kamer tussen particulieren, huurder niet in het bestand',
    date: '2026-10-15',
    author: 'P. Groeneveld',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.ln('HUUROVEREENKOMST KAMER', { f: 'serifB', size: 15, align: 'center', after: 10 });
      p.p(
        `De ondergetekenden:

1. P. Groeneveld, wonende Parkzicht 7, 1236 AL Voorbeeld, hierna "verhuurder", en

2. M. Tiebosch, geboren 3 maart 1991, BSN ${strangerBsn('tiebosch-k')}, hierna "huurder",

komen het volgende overeen:

Artikel 1. Verhuurder verhuurt aan huurder een gemeubileerde kamer (ca. 14 m²) op de eerste verdieping van de woning Parkzicht 7, met gedeeld gebruik van keuken, douche en toilet.

Artikel 2. De huur gaat in op 1 november 2026 en wordt aangegaan voor onbepaalde tijd.

Artikel 3. De huurprijs bedraagt € 475,- per maand, inclusief gas, water, elektra en internet. Betaling vóór de 1e van de maand op rekening ${groupIban(iban('ABNA', 'groeneveld'))}.

Artikel 4. Huurder betaalt een borg van € 475,-, terug te betalen na einde huur onder aftrek van eventuele schade.

Artikel 5. Huurder mag zich inschrijven op het adres. Huisdieren en roken op de kamer zijn niet toegestaan.

Artikel 6. Opzegging door huurder met een termijn van één maand.

Aldus opgemaakt in tweevoud te Voorbeeld op 15 oktober 2026.`,
        { lh: 15 },
      );
      p.gap(10);
      p.t(p.left, p.y + 10, 'verhuurder', { size: 9 });
      p.t(p.left + 250, p.y + 10, 'huurder', { size: 9 });
      return d;
    },
  },
  {
    slug: 'incasso-aanmaning-gevouwen',
    type: 'debt_notice',
    client: rinaldo.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Sommatie van een incassobureau (telefoonabonnement), door de klant meegebracht met klantnummer',
    date: '2026-11-08',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Incasso Noordwest B.V.', ['Postbus 5120', '1000 DA Amsterdam', 'tel. 020-000 4411 (ma-vr 9-17)'], {
        band: true,
        color: [0.55, 0.1, 0.1],
      });
      p.p(`De heer R. Wongsodikromo\n${rinaldo.street}\n${rinaldo.city}`, { lh: 14 });
      p.gap(10);
      p.kv(
        [
          ['Ons kenmerk', 'INW-2611-88410'],
          ['Opdrachtgever', 'BelGoed Mobiel B.V.'],
          ['Datum', '8 november 2026'],
        ],
        { labelW: 100, size: 9.5 },
      );
      p.ln('LAATSTE SOMMATIE', { f: 'sansB', size: 13, color: RED, after: 4 });
      p.p(
        'Ondanks eerdere herinneringen heeft u onderstaande vordering nog niet voldaan. Wij sommeren u het totaalbedrag binnen 7 dagen te betalen. Doet u dit niet, dan adviseren wij onze opdrachtgever een gerechtelijke procedure te starten. De kosten daarvan komen voor uw rekening.',
        {
          lh: 14.5,
        },
      );
      p.table(
        [
          { h: 'Omschrijving', w: 300 },
          { h: 'Bedrag', w: 120, r: true },
        ],
        money([
          ['Hoofdsom (facturen juni–augustus 2026)', 187.35],
          ['Buitengerechtelijke incassokosten', 40],
          ['Wettelijke rente', 2.61],
          ['Totaal te betalen', 229.96],
        ]),
      );
      p.p('Kunt u niet in één keer betalen? Bel ons voor een betalingsregeling.', { lh: 14 });
      scribble(p, 330, 90, [`${rinaldo.clientNumber} graag schuldhulp`], { rot: 3, size: 13 });
      return d;
    },
  },
  {
    slug: 'energie-aanmaning-foto-onbekende',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'photo',
    table: WOOD,
    label: 'Foto van een aanmaning van een energieleverancier aan iemand die niet in het bestand staat',
    date: '2026-11-21',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Groenstroom Delta', ['Antwoordnummer 900', '5600 VB Eindhoven'], { color: [0.1, 0.5, 0.2] });
      p.p('Mevrouw S. Verbeek\nBrinkweg 30\n1237 DA Voorbeeld', { lh: 14 });
      p.gap(10);
      p.ln('Betalingsherinnering', { f: 'sansB', size: 13 });
      p.ln('Klantnummer energie: 30 118 427   ·   21 november 2026', { size: 9, color: GREY, after: 8 });
      p.p(
        `Beste mevrouw Verbeek,

We hebben uw termijnbedragen van september en oktober (samen € 318,00) nog niet ontvangen. Wilt u dit bedrag binnen 14 dagen overmaken? Dan zijn er geen extra kosten.

Lukt betalen niet? Neem dan contact met ons op. We kunnen een betalingsregeling afspreken. U kunt ook hulp vragen bij de schuldhulpverlening van uw gemeente; met uw toestemming geven wij uw gegevens door.

Betaalt u niet en neemt u geen contact op, dan sturen we de vordering door naar een incassobureau en kunnen we de levering afsluiten (niet tussen 1 oktober en 1 april).`,
        { lh: 14.5 },
      );
      hand(p, ['Help aub, ik kan dit niet betalen. Sandra'], { top: 560, size: 14, ink: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'arbeidscontract-kapsalon-twee-paginas',
    type: 'employment_contract',
    client: samira.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Arbeidsovereenkomst kapsalon (2 pagina’s) met naam en geboortedatum van de werknemer',
    date: '2026-11-10',
    build() {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'serifB', size: 13, align: 'center', after: 10 });
      p.p(
        `Partijen:

Kapsalon Lina Hair & Beauty, gevestigd Stationsweg 21, 1235 AB Voorbeeld, KvK 80341922, vertegenwoordigd door mevr. L. Haddou, hierna "werkgever";

en

Samira Ouled Ali, geboren op ${dmy(samira.birthDate)}, wonende ${samira.street}, ${samira.city}, hierna "werknemer";

verklaren te zijn overeengekomen:

Artikel 1 – Functie. Werknemer treedt in dienst als junior kapster. De werkzaamheden worden verricht in de salon van werkgever.

Artikel 2 – Duur. De arbeidsovereenkomst gaat in op 1 december 2026 en eindigt van rechtswege op 31 mei 2027. Er geldt een proeftijd van één maand.

Artikel 3 – Arbeidsduur. 20 uur per week, verdeeld over woensdag, vrijdag en zaterdag volgens rooster.

Artikel 4 – Loon. Het bruto uurloon bedraagt € 14,40. Betaling maandelijks voor de 28e. Vakantietoeslag 8%, uitbetaling in mei.`,
        { lh: 14.5 },
      );
      footer(p, 'paraaf werkgever ____   paraaf werknemer ____       1/2');
      p.t(PAGE_W / 2 - 20, 810, 'LH', { f: 'hand', size: 11, color: BLUE_INK });
      p.t(PAGE_W / 2 + 78, 810, 'SOA', { f: 'hand', size: 11, color: BLUE_INK });
      const q = d.page();
      q.at(60);
      q.p(
        `Artikel 5 – Vakantie. Werknemer heeft recht op het wettelijk aantal vakantie-uren naar rato van de arbeidsduur.

Artikel 6 – Cao. Op deze overeenkomst is de cao voor het kappersbedrijf van toepassing.

Artikel 7 – Ziekte. Werknemer meldt ziekte vóór 8.30 uur telefonisch bij werkgever.

Artikel 8 – Aanzegging. Werkgever laat uiterlijk een maand voor het einde weten of de overeenkomst wordt voortgezet.

Aldus overeengekomen en in tweevoud ondertekend te Voorbeeld op 10 november 2026.`,
        { lh: 14.5 },
      );
      q.gap(10);
      q.t(q.left, q.y + 20, 'L. Haddou', { f: 'hand', size: 17, color: BLACK_INK });
      q.t(q.left + 260, q.y + 20, 'S. Ouled Ali', { f: 'hand', size: 17, color: BLUE_INK });
      q.gap(30);
      q.t(q.left, q.y + 10, 'werkgever', { size: 9 });
      q.t(q.left + 260, q.y + 10, 'werknemer', { size: 9 });
      footer(q, '2/2');
      return d;
    },
  },
  {
    slug: 'uwv-ww-beslissing-meegebracht',
    type: 'uwv_decision',
    client: ingrid.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Beslissing UWV: WW-uitkering eindigt (2 pagina’s), met BSN',
    date: '2026-10-28',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'UWV', { f: 'sansB', size: 22, color: [0.0, 0.3, 0.6] });
      p.t(p.right, 46, 'Postbus 58285', { size: 7.5, color: GREY, align: 'right' });
      p.t(p.right, 56, '1040 HG Amsterdam', { size: 7.5, color: GREY, align: 'right' });
      p.at(100);
      p.p(`Mevrouw I. van Dijk\n${ingrid.street}\n${ingrid.city}`, { lh: 14 });
      p.gap(16);
      p.kv(
        [
          ['Datum', '28 oktober 2026'],
          ['Burgerservicenummer', ingrid.bsn],
          ['Onderwerp', 'Uw WW-uitkering stopt'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(
        `Beste mevrouw Van Dijk,

U krijgt een WW-uitkering van ons. Deze uitkering stopt op 30 november 2026, omdat u dan het maximale aantal maanden WW heeft gehad waar u recht op had. In deze brief leest u meer over deze beslissing.

Wat betekent dit voor u?
Na 30 november 2026 krijgt u geen WW meer van ons. Heeft u daarna te weinig inkomen? Dan kunt u misschien bijstand aanvragen bij uw gemeente. Doe dit op tijd, want bijstand krijgt u niet met terugwerkende kracht.

Uw laatste betaling
Uw laatste betaling ontvangt u in de eerste week van december. Hierop staat ook de opgebouwde vakantietoeslag.`,
        { lh: 14.5 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `Bent u het niet eens met deze beslissing?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan online via Mijn UWV of met een brief.

Met vriendelijke groet,

UWV
afdeling Uitkeren`,
        { lh: 14.5 },
      );
      footer(q, 'Ons kenmerk WW 2026-10-4417-0933 · pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'belastingdienst-huurtoeslag-onbekende',
    type: 'tax_document',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Voorlopige beschikking huurtoeslag van iemand die niet in het bestand staat (BSN van een onbekende)',
    date: '2026-11-15',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'Belastingdienst', { f: 'sansB', size: 16, color: [0.05, 0.2, 0.5] });
      p.t(p.left, 70, '/ Toeslagen', { size: 10, color: [0.05, 0.2, 0.5] });
      p.at(110);
      p.p('De heer T. Scholten\nVlierstraat 3\n1233 KR Voorbeeld', { lh: 14 });
      p.gap(14);
      p.kv(
        [
          ['Datum', '15 november 2026'],
          ['Burgerservicenummer', strangerBsn('scholten-k')],
          ['Onderwerp', 'Voorlopige berekening huurtoeslag 2027'],
        ],
        { labelW: 130, size: 9.5 },
      );
      p.p(
        `Geachte heer Scholten,

U krijgt een voorlopige berekening van uw huurtoeslag over 2027. Wij hebben uw huurtoeslag berekend op € 246 per maand. Dit bedrag is gebaseerd op de gegevens die wij van u en van anderen hebben gekregen.

Controleer de gegevens in de bijlage. Kloppen ze niet? Geef wijzigingen dan zo snel mogelijk door via Mijn toeslagen. Dan voorkomt u dat u moet terugbetalen.`,
        { lh: 14.5 },
      );
      p.table(
        [
          { h: 'Gegevens', w: 260 },
          { h: '', w: 150, r: true },
        ],
        [
          ['Rekenhuur per maand', '€ 702,40'],
          ['Geschat jaarinkomen 2027', '€ 16.900'],
          ['Huurtoeslag per maand', '€ 246'],
        ],
      );
      hand(p, ['Wat moet ik hiermee?? ik heb bijstand aangevraagt'], { top: 650, size: 13.5, ink: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'beroepschrift-rechtbank-advocaat',
    type: 'court_document',
    client: karim.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 0,
    label: 'Kopie beroepschrift aan de rechtbank via advocatenkantoor (2 pagina’s), klant bracht kopie langs',
    date: '2026-11-19',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(p, 'Van Rooij Sociaal Advocaten', ['Keizersgracht 41', '1231 AN Voorbeeld', 'tel. 0234-612 800'], {
        f: 'serifB',
        color: [0.2, 0.2, 0.2],
      });
      p.p('Rechtbank Noord-Holland\nSector bestuursrecht\nPostbus 1621\n2003 BR Haarlem', { lh: 14 });
      p.gap(10);
      p.kv(
        [
          ['Datum', '19 november 2026'],
          ['Uw kenmerk', '—'],
          ['Betreft', `beroep K. Ouahabi / college van B&W Voorbeeld`],
        ],
        { labelW: 90, size: 10 },
      );
      p.ln('BEROEPSCHRIFT', { f: 'serifB', size: 13, align: 'center', after: 6 });
      p.p(
        `Edelachtbaar College,

Ondergetekende, mr. E.J. van Rooij, advocaat, handelend namens de heer Karim Ouahabi, wonende te Voorbeeld, ${karim.street}, burgerservicenummer ${karim.bsn}, hierna: eiser, stelt hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van de gemeente Voorbeeld van 14 oktober 2026, kenmerk BZ-2026-0712 (productie 1).

Bij die beslissing heeft verweerder het bezwaar van eiser tegen de intrekking en terugvordering van bijstand over de periode januari tot en met juni 2026 ongegrond verklaard. Eiser kan zich met die beslissing niet verenigen.`,
        { lh: 15 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `Gronden
1. Verweerder heeft ten onrechte aangenomen dat eiser een gezamenlijke huishouding voerde met mevrouw A. Eiser verbleef slechts tijdelijk bij haar na een waterschade in zijn eigen woning.
2. Het onderzoek van verweerder berust op één huisbezoek en verklaringen van anonieme buren; dat is onvoldoende.
3. De terugvordering van € 8.412,66 is onevenredig (artikel 3:4 Awb).

Eiser verzoekt de rechtbank het beroep gegrond te verklaren, de bestreden beslissing te vernietigen en verweerder te veroordelen in de proceskosten. Eiser verzoekt nadrukkelijk om een zitting. Gronden worden zo nodig aangevuld.

Hoogachtend,`,
        { lh: 15 },
      );
      signature(q, 'mr. E.J. van Rooij', { ink: BLACK_INK });
      q.stamp(400, 560, ['KOPIE'], { rot: 12, size: 16 });
      return d;
    },
  },
  {
    slug: 'avg-inzage-dossier-hand',
    type: 'other',
    client: johan.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Handgeschreven AVG-verzoek: wil zijn hele dossier en de aantekeningen van de klantmanager inzien',
    date: '2026-11-24',
    build() {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 70, lh: 24 });
      handLines(
        p,
        [
          'J. Smits',
          johan.street,
          johan.city,
          `klantnr. ${johan.clientNumber}`,
          '',
          'Aan de gemeente Voorbeeld, functionaris gegevensbescherming',
          '',
          'Onderwerp: inzage in mijn dossier (AVG artikel 15)',
          '',
          'Ik wil graag een kopie van alles wat de gemeente over mij',
          'heeft opgeslagen. Ook de gespreksverslagen en de notities',
          'van mijn klantmanager en wat er met het UWV en de',
          'belastingdienst is uitgewisseld. Ik wil weten waarom',
          'in mijn dossier staat dat ik "niet meewerk".',
          'Volgens mij heb ik recht op antwoord binnen 1 maand.',
          '',
          'Met vriendelijke groet, J. Smits  24-11-2026',
        ],
        { top: 94, lh: 24, size: 13.5, ink: BLACK_INK },
      );
      return d;
    },
  },
  {
    slug: 'bedankkaartje-klantmanager',
    type: 'other',
    client: dewi.clientNumber,
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: 'Foto van een bedankkaartje aan de klantmanager na het vinden van werk',
    date: '2026-11-26',
    build() {
      const d = new Doc();
      const p = d.page();
      p.rect(60, 80, 475, 330, { fill: [0.99, 0.95, 0.88], stroke: [0.7, 0.6, 0.5], lw: 1 });
      p.t(297, 150, 'Dank je wel!', { f: 'serifB', size: 34, color: [0.75, 0.35, 0.4], align: 'center' });
      for (let i = 0; i < 8; i++) p.ellipse(100 + i * 56, 190, 6, 6, { fill: [0.9, 0.7, 0.3] });
      p.rect(60, 450, 475, 330, { fill: [0.99, 0.97, 0.94], stroke: [0.7, 0.6, 0.5], lw: 1 });
      hand(
        p,
        [
          'Lieve mevrouw De Graaf,',
          '',
          'Bedankt dat u mij al die tijd heeft geholpen en',
          'in mij bleef geloven. Vanaf 1 december heb ik een',
          'vaste baan bij de kinderopvang! Zonder u had ik',
          'die cursus nooit gedaan. Ik zal u niet vergeten.',
          '',
          `liefs Dewi Soekhoe  (${dewi.clientNumber})`,
        ],
        { x: 85, top: 495, lh: 27, size: 15, ink: [0.45, 0.15, 0.5] },
      );
      return d;
    },
  },
  {
    slug: 'schoolbrief-ouderavond',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Brief van een basisschool over een ouderavond en schoolreiskosten, per ongeluk bij de post gedaan',
    date: '2026-11-12',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      letterhead(p, 'OBS De Regenboog', ['Schoolstraat 12', '1234 RA Voorbeeld', 'administratie@obsderegenboog.example'], {
        color: [0.9, 0.45, 0.1],
      });
      p.ln('Aan de ouders/verzorgers van groep 6b', { f: 'sansB', after: 8 });
      p.p(
        `Voorbeeld, 12 november 2026

Beste ouders en verzorgers,

Op donderdag 3 december organiseren wij de tien-minutengesprekken voor groep 6. U kunt zich tot 27 november inschrijven via de lijst bij het lokaal of via de Schoolapp.

Verder herinneren wij u aan de vrijwillige ouderbijdrage (€ 45) en de bijdrage voor het schoolreisje naar het Natuurpark in het voorjaar (€ 32,50). Kunt u dit niet betalen? Dan kunt u een aanvraag doen bij Stichting Leergeld of bij het Jeugdfonds. Geen enkel kind blijft thuis; neem gerust contact op met de intern begeleider.

Ook zoeken we nog hulpouders voor de kerstviering op 17 december.

Met vriendelijke groet,

Team groep 6
juf Marloes en meester Tim`,
        { lh: 15 },
      );
      p.gap(6);
      p.t(p.left, p.y + 12, '- - - - - - - - - - knip hier - - - - - - - - - -', { size: 9, color: GREY });
      p.gap(26);
      p.t(p.left, p.y, 'Naam kind: ', { size: 9.5 });
      p.t(p.left + 60, p.y, 'Yassin', { f: 'hand', size: 13, color: BLUE_INK });
      p.t(p.left + 200, p.y, 'komt wel / niet naar het gesprek', { size: 9.5 });
      return d;
    },
  },
];
