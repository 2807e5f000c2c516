// Set I, Dutch documents part 3: tax, job applications, rent, applications, holidays, court, contracts, ID, other.
import type { Spec } from '../spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  checkbox,
  Doc,
  field,
  GEMEENTE,
  GREY,
  gemeenteForm,
  handLines,
  notebook,
  orgLetter,
  PAGE_W,
  RED,
  scribble,
  section,
  signature,
  strangerBsn,
} from './kit.ts';

const khadija = C('K-100444');
const roy = C('K-100472');
const aicha = C('K-100535');
const joke = C('K-100479');
const fatima = C('K-100108');
const ingrid = C('K-100206');
const henk = C('K-100199');
const nour = C('K-100514');
const ahmad = C('K-100346');
const sharon = C('K-100143');
const karim = C('K-100220');
const ria = C('K-100150');
const marek = C('K-100395');
const emine = C('K-100325');
const bashar = C('K-100458');
const johan = C('K-100423');
const sandra = C('K-100318');

const BD: [number, number, number] = [0.08, 0.2, 0.45];

export const NL3: Spec[] = [
  // ---------------------------------------------------------------- tax documents
  {
    slug: 'toeslagen-terugvordering-zorgtoeslag',
    type: 'tax_document',
    client: khadija.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Belastingdienst/Toeslagen: definitieve berekening zorgtoeslag met terugbetaling, met BSN, Khadija Azzouzi',
    date: '2026-11-14',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Belastingdienst/Toeslagen',
        orgLines: ['Postbus 8000', '6400 BM Heerlen'],
        color: BD,
        to: ['MEVROUW K AZZOUZI', khadija.street.toUpperCase(), khadija.city.toUpperCase()],
        refs: [
          ['Datum', '14 november 2026'],
          ['Burgerservicenummer', khadija.bsn],
          ['Toeslagjaar', '2025'],
          ['Briefnummer', '7.2.25.441.1/TO'],
        ],
        subject: 'Definitieve berekening zorgtoeslag 2025',
        body: `Geachte mevrouw Azzouzi,

Wij hebben uw zorgtoeslag over 2025 definitief berekend. Daarbij gaan wij uit van uw inkomen over 2025 zoals dat bij ons bekend is: € 24.318. U had recht op € 1.104 zorgtoeslag. U heeft € 1.476 als voorschot ontvangen. U moet daarom € 372 terugbetalen.

Hoe betaalt u terug?
U krijgt binnenkort een aparte brief met de terugvordering en de betaalmogelijkheden. Kunt u niet in één keer betalen? Dan kunt u een betalingsregeling aanvragen.

Klopt het inkomen niet? Dan kunt u binnen 6 weken bezwaar maken.`,
        closing: ['Met vriendelijke groet,', 'Belastingdienst/Toeslagen'],
      });
      return d;
    },
  },
  {
    slug: 'voorlopige-aanslag-kopie',
    type: 'tax_document',
    client: roy.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Grijze kopie van een voorlopige aanslag inkomstenbelasting 2027, met BSN, Roy Amatmoekrim',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Belastingdienst',
        orgLines: ['Postbus 9048', '7300 GK Apeldoorn'],
        color: BD,
        to: ['DE HEER R AMATMOEKRIM', roy.street.toUpperCase(), roy.city.toUpperCase()],
        refs: [
          ['Aanslagnummer', `${roy.bsn}.H.76.01`],
          ['Dagtekening', '1 december 2026'],
          ['Belastingjaar', '2027'],
        ],
        subject: 'Voorlopige aanslag inkomstenbelasting en premie volksverzekeringen 2027',
        body: `Dit is uw voorlopige aanslag voor 2027. Wij hebben deze berekend met de gegevens die wij van u hebben. U krijgt elke maand een bedrag terug omdat u recht heeft op heffingskortingen die niet via uw werkgever of uitkeringsinstantie worden verrekend.

Belastbaar inkomen uit werk en woning: € 14.220
Inkomstenbelasting en premie volksverzekeringen: € 5.285
Algemene heffingskorting: − € 3.068
Arbeidskorting: − € 1.455
Al ingehouden loonheffing: − € 1.236
Te ontvangen: € 474, in 12 termijnen van € 39,50

Verandert uw situatie in 2027? Geef dit dan door, dan passen wij de voorlopige aanslag aan.`,
        closing: ['De inspecteur'],
      });
      return d;
    },
  },
  {
    slug: 'svb-jaaropgave-aow',
    type: 'tax_document',
    client: aicha.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'SVB jaaropgave AOW 2025, met BSN en geboortedatum, Aïcha Boukhari',
    date: '2026-11-04',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 54, 'SVB', { f: 'sansB', size: 22, color: [0.0, 0.35, 0.55] });
      p.t(p.left + 58, 54, 'Sociale Verzekeringsbank', { size: 10, color: GREY });
      p.at(100);
      p.ln('Mevrouw A Boukhari', { size: 10 });
      p.ln(aicha.street, { size: 10 });
      p.ln(aicha.city, { size: 10, after: 24 });
      p.ln('Jaaropgave 2025 – AOW', { f: 'sansB', size: 14, after: 8 });
      p.p(
        'Dit is een kopie van uw jaaropgave. U heeft deze nodig voor uw belastingaangifte of als bewijs van inkomen. Bewaar deze opgave.',
        { size: 9.5 },
      );
      p.table(
        [
          { h: 'Gegevens', w: 260 },
          { h: '', w: 207, r: true },
        ],
        [
          ['Naam', 'A. Boukhari'],
          ['Geboortedatum', '13-02-1958'],
          ['Burgerservicenummer', aicha.bsn],
          ['Periode', '01-01-2025 t/m 31-12-2025'],
          ['Uitkering', 'AOW (gedeeltelijk, 64%)'],
          ['Loon voor de loonheffing', '€ 11.784,12'],
          ['Ingehouden loonheffing', '€ 1.012,00'],
          ['Toegepaste loonheffingskorting', 'ja, hele jaar'],
          ['Bijdrage Zvw', '€ 628,09'],
          ['Vakantiegeld (inbegrepen)', '€ 702,36'],
        ],
        { size: 9, grid: true, rowH: 19 },
      );
      p.t(PAGE_W / 2, 800, 'SVB · Postbus 18100 · 1001 ZB Amsterdam · svb.nl', { size: 7, align: 'center', color: GREY });
      return d;
    },
  },
  {
    slug: 'huurtoeslag-voorschot-2027',
    type: 'tax_document',
    client: joke.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Voorschotbeschikking huurtoeslag 2027 met klantnummer erop gekrabbeld, Joke van der Heijden',
    date: '2026-11-25',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Belastingdienst/Toeslagen',
        orgLines: ['Postbus 8000', '6400 BM Heerlen'],
        color: BD,
        to: ['MEVROUW J VAN DER HEIJDEN', joke.street.toUpperCase(), joke.city.toUpperCase()],
        refs: [
          ['Datum', '25 november 2026'],
          ['Toeslagjaar', '2027'],
        ],
        subject: 'Voorschot huurtoeslag 2027',
        body: `Geachte mevrouw Van der Heijden,

U krijgt in 2027 een voorschot huurtoeslag van € 3.864. Dat is € 322 per maand. Wij hebben dit berekend met deze gegevens:
– rekenhuur: € 698,00 per maand
– geschat inkomen 2027: € 18.950
– aantal personen in uw huishouden: 1

Kloppen deze gegevens niet? Pas ze dan aan via Mijn toeslagen. Zo voorkomt u dat u later moet terugbetalen.`,
        closing: ['Met vriendelijke groet,', 'Belastingdienst/Toeslagen'],
      });
      scribble(p, 60, 790, ['Joke vd Heijden  K-100479  graag in mijn dossier'], { rot: -2, size: 12 });
      return d;
    },
  },

  // ---------------------------------------------------------------- job application proof
  {
    slug: 'sollicitatielijst-handgeschreven',
    type: 'job_application_proof',
    client: fatima.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Sollicitatieformulier van de gemeente met de hand ingevuld, zes sollicitaties, Fatima el Amrani',
    date: '2026-12-04',
    build: () => {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Sollicitatieoverzicht', 'lever elke maand in bij uw werkconsulent');
      field(p, p.left, p.y, 230, 'Naam', 'Fatima el Amrani');
      field(p, p.left + 250, p.y, 216, 'Klantnummer', 'K-100108');
      p.gap(34);
      field(p, p.left, p.y, 230, 'Maand', 'november 2026');
      p.gap(36);
      const rows = [
        ['3-11', 'Kruidvat DC', 'orderpicker', 'online', 'afgewezen'],
        ['6-11', 'Gemeente Hoeve', 'baliemedewerker', 'mail', 'nog niks'],
        ['12-11', 'Callcenter Bellt', 'klantenservice', 'open dag', 'gesprek 9-12'],
        ['17-11', 'HEMA', 'verkoopmedew.', 'in winkel', 'afgewezen'],
        ['24-11', 'Tempo-Team', 'inschrijving', 'kantoor', '-'],
        ['27-11', 'Tandartspraktijk Zuid', 'assistente', 'brief', 'nog niks'],
      ];
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Bedrijf', w: 130 },
          { h: 'Functie', w: 110 },
          { h: 'Hoe?', w: 80 },
          { h: 'Resultaat', w: 97 },
        ],
        rows.map(() => ['', '', '', '', '']),
        { grid: true, size: 8.5, rowH: 24 },
      );
      const y0 = p.y - 8 - rows.length * 24;
      rows.forEach((r, i) => {
        let x = p.left;
        [50, 130, 110, 80, 97].forEach((w, j) => {
          p.t(x + 4, y0 + i * 24 + 16, r[j]!, { f: 'hand', size: 11, color: BLUE_INK });
          x += w;
        });
      });
      p.gap(20);
      checkbox(p, p.left, p.y, 'Ik heb bewijzen bijgevoegd (mails, brieven)', true);
      p.gap(30);
      p.t(p.left, p.y, 'Handtekening', { size: 8 });
      p.t(p.left + 10, p.y + 28, 'F. el Amrani', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'sollicitaties-alleen-voornaam-foto',
    type: 'job_application_proof',
    client: null,
    language: 'nl',
    render: 'photo',
    table: [0.2, 0.2, 0.22],
    label: 'Foto van een handgeschreven lijstje sollicitaties met alleen een voornaam',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 80, lh: 26, margin: true });
      handLines(
        p,
        [
          'sollicitaties nov',
          '',
          '2/11 Jumbo vakkenvuller - mail',
          '5/11 bouwbedrijf Hakker - gebeld',
          '   moest terug bellen, niet gedaan',
          '11/11 Randstad ingeschreven',
          '19/11 Postnl sorteerder online',
          '23/11 snackbar De Hoek - langs',
          '   geweest, geen plek',
          '28/11 schoonmaak nachtdienst mail',
          '',
          'Dennis',
        ],
        { top: 106, lh: 26, size: 15, ink: BLACK_INK },
      );
      return d;
    },
  },

  // ---------------------------------------------------------------- rental agreements
  {
    slug: 'huurverhoging-moeder-zoon',
    type: 'rental_agreement',
    client: null,
    conflict: [ingrid.clientNumber, henk.clientNumber],
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Huurverhogingsbrief aan een moeder met een briefje van haar volwassen zoon en zijn eigen klantnummer (Van Dijk en Bakker)',
    date: '2026-11-20',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Woonstichting Thuis',
        orgLines: ['Postbus 77', '1230 AB Voorbeeld', 'T 0123 - 50 50 50'],
        color: [0.2, 0.45, 0.15],
        to: ['Mevrouw I. van Dijk', ingrid.street, ingrid.city],
        refs: [
          ['Datum', '16 november 2026'],
          ['Huurcontract', '0044-190-12'],
          ['Klantnummer', ingrid.clientNumber],
        ],
        subject: 'Correctie huurverhoging per 1 januari 2027',
        body: `Beste mevrouw Van Dijk,

In onze brief van oktober hebben wij u de huurverhoging per 1 juli 2026 meegedeeld. Door een fout in ons systeem is daarbij de servicekostenpost voor de lift niet meegenomen. Vanaf 1 januari 2027 wordt uw maandbedrag daarom:

Kale huur € 612,30
Servicekosten € 38,15
Totaal € 650,45

Uw huurtoeslag kan hierdoor veranderen. Geef de nieuwe huur door aan de Belastingdienst/Toeslagen en aan uw uitkeringsinstantie.`,
        closing: ['Met vriendelijke groet,', 'Team Verhuur'],
      });
      p.rotated(300, 700, -3, (s) => {
        s.rect(120, 640, 360, 130, { fill: [1, 1, 1], stroke: [0.6, 0.6, 0.6], lw: 0.4 });
        handLines(
          s,
          [
            'Ik woon sinds sept. weer bij mijn moeder',
            'in en betaal mee aan de huur, dus dit is',
            'ook voor mijn uitkering.',
            'Henk Bakker  K-100199',
          ],
          { x: 130, top: 668, lh: 24, size: 13, ink: BLACK_INK, f: 'hand2' },
        );
      });
      return d;
    },
  },
  {
    slug: 'huurverhoging-alleen-naam-adres',
    type: 'rental_agreement',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Huurverhogingsvoorstel met alleen naam en adres, zonder nummer of geboortedatum',
    date: '2026-11-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Vastgoedbeheer Kralingen',
        orgLines: ['particuliere verhuur', 'Postbus 4012, 3006 AA Rotterdam'],
        color: [0.4, 0.25, 0.1],
        to: ['Dhr. J. de Vries', 'Dorpsstraat 62', '1238 LX Voorbeeld'],
        refs: [
          ['Datum', '2 november 2026'],
          ['Object', 'Dorpsstraat 62, Voorbeeld'],
        ],
        subject: 'Voorstel huurverhoging per 1 januari 2027',
        body: `Geachte heer De Vries,

Conform artikel 7:252 BW stellen wij u voor de huur van bovengenoemde woning per 1 januari 2027 te verhogen met 5,5%.

Huidige kale huur: € 1.045,00
Verhoging: € 57,48
Nieuwe kale huur: € 1.102,48

Gaat u niet akkoord? Dan kunt u tot de ingangsdatum bezwaar maken bij ons. Als u de nieuwe huur betaalt, gaat u met de verhoging akkoord.`,
        closing: ['Hoogachtend,', 'Vastgoedbeheer Kralingen'],
      });
      return d;
    },
  },
  {
    slug: 'huurovereenkomst-3p',
    type: 'rental_agreement',
    client: nour.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Huurovereenkomst woonruimte van een woningcorporatie (3 pagina\u2019s), met naam en geboortedatum, Nour Al-Khatib',
    date: '2026-11-10',
    build: () => {
      const d = new Doc();
      const arts = [
        [
          'Artikel 1 – Het gehuurde',
          'Verhuurder verhuurt aan huurder de zelfstandige woning aan de Tulpstraat 63, 1236 CR Voorbeeld, bestaande uit woonkamer, keuken, twee slaapkamers, badkamer en berging.',
        ],
        ['Artikel 2 – Duur', 'Deze overeenkomst gaat in op 1 december 2026 en is aangegaan voor onbepaalde tijd.'],
        [
          'Artikel 3 – Huurprijs',
          'De kale huurprijs bedraagt € 584,10 per maand. De voorschotten servicekosten bedragen € 22,40 per maand. Totaal te betalen per maand: € 606,50, vóór de eerste van de maand.',
        ],
        [
          'Artikel 4 – Algemene bepalingen',
          'Op deze overeenkomst zijn de Algemene Huurvoorwaarden Woonruimte 2024 van verhuurder van toepassing. Huurder verklaart een exemplaar te hebben ontvangen.',
        ],
        ['Artikel 5 – Waarborgsom', 'Huurder betaalt geen waarborgsom.'],
        [
          'Artikel 6 – Onderhuur',
          'Het is huurder niet toegestaan het gehuurde geheel of gedeeltelijk onder te verhuren of in gebruik te geven aan derden.',
        ],
        [
          'Artikel 7 – Bewoning',
          'Huurder is verplicht het gehuurde zelf als woonruimte te gebruiken en hoofdverblijf te hebben in het gehuurde.',
        ],
        ['Artikel 8 – Oplevering', 'Het gehuurde wordt opgeleverd in de staat zoals beschreven in het opnamerapport (bijlage 1).'],
      ];
      const p = d.page();
      p.font = 'serif';
      p.t(PAGE_W / 2, 60, 'HUUROVEREENKOMST WOONRUIMTE', { f: 'serifB', size: 14, align: 'center' });
      p.t(PAGE_W / 2, 76, 'Woonstichting Thuis · contractnummer 0078-063-01', { size: 8.5, align: 'center', color: GREY, f: 'serif' });
      p.at(100);
      p.p('De ondergetekenden:', { f: 'serifB' });
      p.p('Stichting Woonstichting Thuis, gevestigd te Voorbeeld, hierna te noemen "verhuurder",', { f: 'serif' });
      p.p(`en\n\nmevrouw Nour Al-Khatib, geboren op 15-07-1982 te Homs (Syrië), thans wonende te Voorbeeld, hierna te noemen "huurder",`, {
        f: 'serif',
      });
      p.p('komen als volgt overeen:', { f: 'serif' });
      for (const [h, t] of arts.slice(0, 4)) {
        p.ln(h!, { f: 'serifB', size: 10 });
        p.p(t!, { f: 'serif', size: 10 });
      }
      p.t(PAGE_W / 2, 810, '1/3', { size: 8, align: 'center', f: 'serif' });
      const q = d.page();
      q.font = 'serif';
      q.at(70);
      for (const [h, t] of arts.slice(4)) {
        q.ln(h!, { f: 'serifB', size: 10 });
        q.p(t!, { f: 'serif', size: 10 });
      }
      q.p('Artikel 9 – Huurtoeslag\nVerhuurder verstrekt desgevraagd een huurprijsopgave ten behoeve van de aanvraag huurtoeslag.', {
        f: 'serif',
        size: 10,
      });
      q.t(PAGE_W / 2, 810, '2/3', { size: 8, align: 'center', f: 'serif' });
      const r = d.page();
      r.font = 'serif';
      r.at(80);
      r.p('Aldus overeengekomen en in tweevoud ondertekend te Voorbeeld op 10 november 2026.', { f: 'serif' });
      r.gap(20);
      r.t(r.left, r.y, 'Verhuurder', { f: 'serifB' });
      r.t(r.left + 260, r.y, 'Huurder', { f: 'serifB' });
      r.t(r.left + 10, r.y + 34, 'P. Groen', { f: 'hand', size: 19, color: BLACK_INK });
      r.t(r.left + 270, r.y + 34, 'N. Alkhatib', { f: 'hand', size: 19, color: BLUE_INK });
      r.gap(50);
      r.t(r.left, r.y, 'P. Groen, manager verhuur', { size: 9, f: 'serif' });
      r.t(r.left + 260, r.y, 'N. Al-Khatib', { size: 9, f: 'serif' });
      r.stamp(160, 300, ['Woonstichting Thuis', 'VERHUUR'], { rot: 6, color: [0.2, 0.45, 0.15], size: 10 });
      r.t(PAGE_W / 2, 810, '3/3', { size: 8, align: 'center', f: 'serif' });
      return d;
    },
  },
  {
    slug: 'kamerhuur-particulier-foto',
    type: 'rental_agreement',
    client: ahmad.clientNumber,
    language: 'nl',
    render: 'photo',
    label: 'Foto van een zelfgemaakt huurcontract voor een kamer bij een particulier, met BSN, Ahmad Darwish',
    date: '2026-11-08',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.ln('Huurcontract kamer', { f: 'sansB', size: 16, after: 10 });
      p.kv(
        [
          ['Verhuurder', 'G. Breedveld, Kerkstraat 136, Voorbeeld'],
          ['Huurder', 'Ahmad Darwish'],
          ['BSN huurder', ahmad.bsn],
          ['Kamer', 'zolderkamer 2e verdieping, ca. 14 m2'],
          ['Ingangsdatum', '1 november 2026'],
          ['Huur', '€ 475,- per maand incl. gas, water, licht en internet'],
          ['Borg', '€ 475,-'],
        ],
        { size: 10.5, labelW: 120, lf: 'sansB', after: 12 },
      );
      p.p(
        'Keuken en badkamer worden gedeeld met 2 andere huurders. Huur betalen voor de 1e van de maand op NL07 RABO 0301 5522 90. Opzegtermijn 1 maand. Geen huisdieren, niet roken op de kamer. Inschrijven op dit adres is toegestaan.',
        { size: 10.5 },
      );
      p.gap(20);
      p.t(p.left, p.y, 'Verhuurder', { size: 9 });
      p.t(p.left + 250, p.y, 'Huurder', { size: 9 });
      p.t(p.left + 5, p.y + 30, 'Breedveld', { f: 'hand', size: 19, color: BLACK_INK });
      p.t(p.left + 255, p.y + 30, 'A.Darwish', { f: 'hand', size: 19, color: BLUE_INK });
      return d;
    },
  },

  // ---------------------------------------------------------------- benefit applications
  {
    slug: 'buurtteam-twee-gezinnen-noodsituatie',
    type: 'benefit_application',
    client: null,
    conflict: [khadija.clientNumber, sharon.clientNumber],
    language: 'nl',
    render: 'scan',
    label: 'Buurtteam vraagt met spoed bijzondere bijstand aan voor twee gezinnen in één brief (Azzouzi en Pinas)',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Buurtteam Voorbeeld-West',
        orgLines: ['Wijkcentrum Het Anker', 'Ankerplein 4, 1230 AK Voorbeeld', 'buurtteamwest@voorbeeld.example'],
        color: [0.7, 0.35, 0.1],
        band: true,
        to: GEMEENTE,
        refs: [
          ['Datum', '2 december 2026'],
          ['Betreft', 'aanvragen bijzondere bijstand (spoed)'],
        ],
        subject: 'Aanvraag bijzondere bijstand – twee gezinnen zonder verwarming',
        body: `Beste collega's,

Na de storm van vorige week hebben wij twee gezinnen in de flat aan de Spoorlaan en de Julianalaan bezocht waar de cv-ketel kapot is en waar de verhuurder weigert te vervangen. Beide gezinnen hebben jonge kinderen en zitten al een week zonder verwarming en warm water.

Gezin 1: mevrouw K. Azzouzi, klantnummer K-100444, drie kinderen (2, 6 en 9 jaar). Zij vraagt bijzondere bijstand voor twee elektrische kachels en de hogere stroomkosten.

Gezin 2: mevrouw S. Pinas, klantnummer K-100143, alleenstaand met een baby van 4 maanden. Zij vraagt bijstand voor een kachel en een waterkoker, en een voorschot omdat haar uitkering pas op de 1e komt.

Wij vragen u beide aanvragen met voorrang te behandelen. De aanvraagformulieren zijn door de cliënten ondertekend en volgen per post. Ik ben bereikbaar op 06-1122 3344.`,
        closing: ['Met vriendelijke groet,', ''],
        sign: 'Anouk Berends',
      });
      p.ln('Anouk Berends, maatschappelijk werker buurtteam');
      return d;
    },
  },
  {
    slug: 'aanvraag-bijstand-nieuw-na-scheiding',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Iemand die nog geen klant is vraagt bijstand aan na een scheiding: brief met ingevuld formulier (2 pagina\u2019s)',
    date: '2026-11-29',
    build: () => {
      const d = new Doc();
      const p = d.page();
      handLines(
        p,
        [
          'M. Koster',
          'Vlierstraat 8 (bij mijn zus)',
          '1234 PP Voorbeeld',
          '',
          'Voorbeeld, 29 november 2026',
          '',
          'Geachte heer/mevrouw,',
          '',
          'Mijn man en ik gaan scheiden en ik ben sinds',
          '15 november bij mijn zus ingetrokken met mijn twee',
          'kinderen. Ik heb geen eigen inkomen, ik heb nooit',
          'gewerkt buiten huis. Mijn man betaalt nog niks.',
          'Ik wil graag een bijstandsuitkering aanvragen. Op de',
          'website lukt het niet omdat ik geen DigiD heb.',
          'Ik heb het formulier dat ik bij de balie kreeg',
          'ingevuld. Kunt u mij helpen?',
          '',
          'Met vriendelijke groet,',
          'Monique Koster',
          'tel 06-5544 0021',
        ],
        { x: 66, top: 80, lh: 26, size: 14, ink: BLUE_INK },
      );
      const q = d.page();
      gemeenteForm(q, 'Melding aanvraag levensonderhoud', 'Participatiewet');
      section(q, '1', 'Persoonsgegevens');
      field(q, q.left, q.y, 230, 'Achternaam', 'Koster');
      field(q, q.left + 250, q.y, 216, 'Voornamen', 'Monique Anna');
      q.gap(34);
      field(q, q.left, q.y, 230, 'Geboortedatum', '11-03-1988');
      field(q, q.left + 250, q.y, 216, 'BSN', strangerBsn('koster-i'));
      q.gap(34);
      field(q, q.left, q.y, 466, 'Woonadres', 'Vlierstraat 8, 1234 PP Voorbeeld (tijdelijk)');
      q.gap(40);
      section(q, '2', 'Gezinssituatie');
      checkbox(q, q.left + 4, q.y, 'Alleenstaand', false);
      q.gap(17);
      checkbox(q, q.left + 4, q.y, 'Alleenstaande ouder', true);
      q.gap(17);
      checkbox(q, q.left + 4, q.y, 'Gehuwd / samenwonend', false);
      q.gap(17);
      field(q, q.left, q.y + 4, 466, 'Kinderen (naam, geboortedatum)', 'Sem 14-2-2016, Lotte 30-9-2019');
      q.gap(44);
      section(q, '3', 'Ondertekening');
      field(q, q.left, q.y, 180, 'Datum', '29-11-2026');
      q.t(q.left + 240, q.y, 'Handtekening', { size: 8 });
      q.t(q.left + 250, q.y + 26, 'M.Koster', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },

  // ---------------------------------------------------------------- holiday notice
  {
    slug: 'vakantie-marokko-handgeschreven',
    type: 'holiday_notice',
    client: karim.clientNumber,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Oudere cliënt meldt in een handgeschreven briefje een reis naar Marokko, met klantnummer',
    date: '2026-11-25',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 100, lh: 28, holes: true });
      handLines(
        p,
        [
          'K. Ouahabi',
          'klantnummer K-100220',
          '',
          'Aan de gemeente',
          '',
          'Ik ga naar Marokko voor mijn broer die',
          'ziek is. Ik vertrek 14 december en kom',
          'terug 10 januari. Vliegtuig kaartje',
          'zit erbij (kopie). Is dat goed voor',
          'de uitkering? Ik ben 4 weken weg.',
          '',
          'Dank u wel',
          'Ouahabi',
        ],
        { top: 126, lh: 28, size: 15, ink: BLUE_INK },
      );
      return d;
    },
  },

  // ---------------------------------------------------------------- court documents
  {
    slug: 'uitspraak-rechtbank-3p',
    type: 'court_document',
    client: ria.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Uitspraak van de rechtbank in een beroep over de kostendelersnorm (3 pagina\u2019s), met naam en geboortedatum, Ria Jansen',
    date: '2026-11-18',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.font = 'serif';
      p.t(PAGE_W / 2, 60, 'RECHTBANK MIDDEN-NEDERLAND', { f: 'serifB', size: 13, align: 'center' });
      p.t(PAGE_W / 2, 76, 'Bestuursrecht', { size: 10, align: 'center', f: 'serif' });
      p.at(100);
      p.kv(
        [
          ['zaaknummer:', 'UTR 26/2214'],
          ['uitspraak van', 'de enkelvoudige kamer van 18 november 2026 in de zaak tussen'],
        ],
        { f: 'serif', size: 10, labelW: 110 },
      );
      p.p(
        `Ria Jansen, geboren op 21-10-1977, uit Voorbeeld, eiseres
(gemachtigde: mr. L. Bosman),

en

het college van burgemeester en wethouders van de gemeente Voorbeeld, verweerder
(gemachtigde: mr. H. Tuinstra).`,
        { f: 'serif', size: 10 },
      );
      p.ln('Inleiding', { f: 'serifB' });
      p.p(
        `1. In deze uitspraak beoordeelt de rechtbank het beroep van eiseres tegen het besluit van verweerder van 12 mei 2026 (het bestreden besluit), waarbij de bijstand van eiseres met ingang van 1 januari 2026 is verlaagd met toepassing van de kostendelersnorm omdat haar meerderjarige dochter bij haar woont.

2. De rechtbank heeft het beroep op 21 oktober 2026 op zitting behandeld. Eiseres is verschenen, bijgestaan door haar gemachtigde. Verweerder heeft zich laten vertegenwoordigen door zijn gemachtigde.`,
        { f: 'serif', size: 10 },
      );
      const q = d.page();
      q.font = 'serif';
      q.at(70);
      q.ln('Beoordeling door de rechtbank', { f: 'serifB' });
      q.p(
        `3. Eiseres voert aan dat haar dochter vanaf januari 2026 een opleiding volgt waarvoor zij studiefinanciering ontvangt en dat zij daarom op grond van artikel 19a, tweede lid, onder c, van de Participatiewet niet als kostendeler meetelt.

4. Verweerder heeft ter zitting erkend dat de dochter studiefinanciering ontvangt op grond van de Wet studiefinanciering 2000. Vast staat daarmee dat de dochter een persoon is als bedoeld in die bepaling. Het bestreden besluit berust op een onjuiste toepassing van de wet.

5. Het beroep is daarom gegrond. De rechtbank vernietigt het bestreden besluit en herroept het primaire besluit.`,
        { f: 'serif', size: 10 },
      );
      const r = d.page();
      r.font = 'serif';
      r.at(70);
      r.ln('Beslissing', { f: 'serifB' });
      r.p(
        `De rechtbank:
– verklaart het beroep gegrond;
– vernietigt het bestreden besluit;
– herroept het besluit van 3 februari 2026;
– bepaalt dat deze uitspraak in de plaats treedt van het vernietigde besluit;
– draagt verweerder op het betaalde griffierecht van € 51,- aan eiseres te vergoeden;
– veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814,-.

Deze uitspraak is gedaan door mr. W.J. van Zuilen, rechter, in aanwezigheid van mr. S. Dirks, griffier. Uitgesproken in het openbaar op 18 november 2026.`,
        { f: 'serif', size: 10 },
      );
      r.gap(10);
      r.p('Rechtsmiddel: tegen deze uitspraak kunnen partijen binnen zes weken hoger beroep instellen bij de Centrale Raad van Beroep.', {
        f: 'serifI',
        size: 9,
      });
      r.stamp(400, 560, ['Afschrift conform', 'de griffier', 'Rechtbank Midden-Nederland'], { rot: -8, color: [0.1, 0.1, 0.5], size: 9 });
      return d;
    },
  },
  {
    slug: 'beroepschrift-advocaat-fax',
    type: 'court_document',
    client: marek.clientNumber,
    language: 'nl',
    render: 'fax',
    faxHeader: '30-11-2026 16:20  ADVOCATENKANTOOR DE RUYTER  0123-612244  ',
    label: 'Kopie beroepschrift aan de rechtbank, door de advocaat naar de gemeente gefaxt, met BSN, Marek Wójcik',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Advocatenkantoor De Ruyter',
        orgLines: ['Gracht 12, 1231 AB Voorbeeld', 'T 0123-612200 · F 0123-612244'],
        color: [0.1, 0.1, 0.1],
        hf: 'serifB',
        font: 'serif',
        to: ['Rechtbank Midden-Nederland', 'sector bestuursrecht', 'Postbus 16005', '3500 DA Utrecht'],
        refs: [
          ['Datum', '30 november 2026'],
          ['Betreft', 'beroepschrift M. Wójcik / college B&W Voorbeeld'],
          ['BSN eiser', marek.bsn],
          ['Kopie aan', 'gemeente Voorbeeld, team Bezwaar en Beroep'],
        ],
        subject: 'Beroepschrift',
        body: `Edelgrootachtbare heer/vrouwe,

Namens de heer M. Wójcik, wonende te Voorbeeld, stel ik beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van de gemeente Voorbeeld van 20 oktober 2026, waarbij het bezwaar van eiser tegen de intrekking van zijn bijstand ongegrond is verklaard.

Verweerder stelt dat eiser een auto bezit met een waarde boven het vrij te laten vermogen. Die auto staat echter op naam van eisers broer, die deze ook gebruikt en betaalt. Eiser heeft daarvan bewijs overgelegd dat verweerder ten onrechte niet heeft betrokken.

Ik verzoek de rechtbank het beroep gegrond te verklaren, het bestreden besluit te vernietigen en verweerder te veroordelen in de proceskosten. De gronden worden binnen vier weken aangevuld.`,
        closing: ['Hoogachtend,', ''],
        sign: 'mr. S. de Ruyter',
      });
      p.ln('mr. S. de Ruyter');
      return d;
    },
  },
  {
    slug: 'griffie-ontvangstbevestiging-onbekende',
    type: 'court_document',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Griffie van de rechtbank vraagt de gemeente om stukken in een beroep van iemand die niet in het bestand staat',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      orgLetter(p, {
        org: 'Rechtbank Midden-Nederland',
        orgLines: ['Bestuursrecht', 'Postbus 16005', '3500 DA Utrecht'],
        color: [0.15, 0.15, 0.4],
        hf: 'serifB',
        to: ['Het college van burgemeester en wethouders', 'van de gemeente Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '1 december 2026'],
          ['Zaaknummer', 'UTR 26/3391 PW'],
          ['Eiser', 'H. Gerritsen'],
          ['Contactpersoon', 'griffie team 3, tel. 088-361 2000'],
        ],
        subject: 'Beroep – verzoek toezending stukken',
        body: `Geachte heer/mevrouw,

De rechtbank heeft een beroepschrift ontvangen van bovengenoemde eiser tegen uw besluit van 7 oktober 2026 (bijzondere bijstand woonkosten). Een afschrift van het beroepschrift is bijgevoegd.

Op grond van artikel 8:42 van de Algemene wet bestuursrecht verzoek ik u binnen vier weken na verzending van deze brief de op de zaak betrekking hebbende stukken in te zenden en een verweerschrift in te dienen. Gebruik hiervoor bij voorkeur het digitale portaal.`,
        closing: ['Hoogachtend,', 'de griffier'],
      });
      return d;
    },
  },

  // ---------------------------------------------------------------- employment contract
  {
    slug: 'arbeidsovereenkomst-bepaalde-tijd',
    type: 'employment_contract',
    client: emine.clientNumber,
    language: 'nl',
    render: 'scan',
    label: 'Arbeidsovereenkomst voor bepaalde tijd bij een kinderopvang, met BSN en geboortedatum, Emine Öztürk',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 54, 'Kinderopvang Zonnebloem B.V.', { f: 'sansB', size: 14, color: [0.85, 0.6, 0.0] });
      p.at(80);
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'sansB', size: 12, after: 8 });
      p.p(
        'Partijen:\n1. Kinderopvang Zonnebloem B.V., Zonnebloemweg 2, 1233 AS Voorbeeld, hierna: werkgever;\n2. mevrouw E. Öztürk, geboren 05-02-1987, wonende Beatrixstraat 133, 1233 TT Voorbeeld, BSN ' +
          emine.bsn +
          ', hierna: werknemer;\nkomen het volgende overeen:',
        { size: 9.5 },
      );
      const arts: [string, string][] = [
        ['1. Functie', 'Werknemer treedt in dienst als pedagogisch medewerker (niveau 3) op de locatie De Vlinder.'],
        [
          '2. Duur',
          'De overeenkomst gaat in op 1 december 2026 en eindigt van rechtswege op 30 november 2027. Er geldt een proeftijd van één maand.',
        ],
        ['3. Arbeidsduur', '24 uur per week, verdeeld over drie dagen volgens rooster.'],
        [
          '4. Salaris',
          'Het salaris bedraagt € 2.641,00 bruto per maand bij een volledige werkweek (schaal 6, trede 3 cao Kinderopvang); naar rato € 1.760,67 bruto per maand. Vakantietoeslag 8%, eindejaarsuitkering 3%.',
        ],
        ['5. Cao', 'Op deze overeenkomst is de cao Kinderopvang van toepassing.'],
        ['6. Pensioen', 'Werknemer neemt deel aan de pensioenregeling van PFZW.'],
      ];
      for (const [h, t] of arts) {
        p.ln(h, { f: 'sansB', size: 9.5 });
        p.p(t, { size: 9.5 });
      }
      p.gap(8);
      p.p('Aldus opgemaakt in tweevoud te Voorbeeld op 27 november 2026.', { size: 9.5 });
      p.t(p.left, p.y + 4, 'Werkgever', { size: 8 });
      p.t(p.left + 250, p.y + 4, 'Werknemer', { size: 8 });
      p.t(p.left + 6, p.y + 34, 'J.Vonk', { f: 'hand', size: 18, color: BLACK_INK });
      p.t(p.left + 256, p.y + 34, 'E.Öztürk', { f: 'hand', size: 18, color: BLUE_INK });
      return d;
    },
  },

  // ---------------------------------------------------------------- identity document
  {
    slug: 'kopie-verblijfsdocument',
    type: 'identity_document',
    client: bashar.clientNumber,
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Grijze kopie van voor- en achterkant van een verblijfsdocument, met BSN en geboortedatum, Bashar Haj Ali',
    date: '2026-11-13',
    build: () => {
      const d = new Doc();
      const p = d.page();
      const card = (y: number, front: boolean) => {
        p.rect(120, y, 355, 225, { fill: [0.9, 0.9, 0.9], stroke: [0.3, 0.3, 0.3], lw: 1 });
        p.t(135, y + 22, 'KONINKRIJK DER NEDERLANDEN', { f: 'sansB', size: 9 });
        p.t(135, y + 34, 'VERBLIJFSDOCUMENT', { f: 'sansB', size: 9 });
        if (front) {
          p.rect(135, y + 48, 85, 110, { fill: [0.55, 0.55, 0.55] });
          p.kv(
            [
              ['Naam', 'HAJ ALI'],
              ['Voornamen', 'BASHAR'],
              ['Geboortedatum', '18 08 1990'],
              ['Nationaliteit', 'Syrische'],
              ['Geldig tot', '14 03 2029'],
              ['Documentnr', 'W7X4K2P19'],
            ],
            { x: 232, size: 8, labelW: 80 },
          );
          p.t(232, y + 200, 'Verblijfsvergunning asiel – onbepaalde tijd', { size: 7.5 });
        } else {
          p.kv(
            [
              ['Opmerkingen', 'Arbeid vrij toegestaan. TWV niet vereist.'],
              ['BSN', bashar.bsn],
              ['V-nummer', '30.11.44.812'],
            ],
            { x: 135, size: 8, labelW: 80 },
          );
          p.t(135, y + 190, 'IDNLDW7X4K2P1<<<<<<<<<<<<<<<<<<<', { f: 'mono', size: 9 });
          p.t(135, y + 204, '9008186M2903145SYR<<<<<<<<<<<<8', { f: 'mono', size: 9 });
        }
        p.at(0);
      };
      card(60, true);
      card(310, false);
      p.t(120, 590, 'kopie Bashar voor gemeente 13-11', { f: 'hand', size: 13, color: BLACK_INK });
      p.t(PAGE_W / 2, 640, 'KOPIE', { f: 'sansB', size: 40, color: [0.7, 0.7, 0.7], align: 'center' });
      return d;
    },
  },

  // ---------------------------------------------------------------- other
  {
    slug: 'rekening-verantwoording-kantonrechter',
    type: 'other',
    client: johan.clientNumber,
    language: 'nl',
    render: 'scan',
    label:
      'Rekening en verantwoording van een bewindvoerder aan de kantonrechter, per vergissing aan de gemeente gestuurd (2 pagina\u2019s), Johan Smits',
    date: '2026-11-05',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 54, 'Rekening en verantwoording beschermingsbewind', { f: 'sansB', size: 13 });
      p.t(p.left, 70, 'Rechtbank Midden-Nederland, team Kanton – toezicht bewind', { size: 9, color: GREY });
      p.at(92);
      p.kv(
        [
          ['Rechthebbende', 'Johan Smits'],
          ['Geboortedatum', '28-06-1960'],
          ['Adres', johan.street + ', ' + johan.city],
          ['Bewindvoerder', 'Bewindvoering Kompas, M. Terpstra'],
          ['Zaaknummer kanton', '7788123 BM VERZ 19-2201'],
          ['Periode', '1 januari 2025 t/m 31 december 2025'],
        ],
        { size: 9.5, labelW: 140, after: 10 },
      );
      p.ln('A. Vermogensoverzicht per 31-12-2025', { f: 'sansB', size: 10 });
      p.table(
        [
          { h: 'Rekening', w: 230 },
          { h: '01-01-2025', w: 118, r: true },
          { h: '31-12-2025', w: 119, r: true },
        ],
        [
          ['Beheerrekening Triodos', '412,30', '221,40'],
          ['Leefgeldrekening ING', '38,12', '61,90'],
          ['Spaarrekening (buffer)', '250,00', '400,00'],
          ['Schulden (regeling via Geldzorg)', '-3.880,00', '-2.410,00'],
          ['Totaal', '-3.179,58', '-1.726,70'],
        ],
        { size: 8.5, grid: true },
      );
      p.ln('B. Inkomsten en uitgaven 2025', { f: 'sansB', size: 10 });
      p.table(
        [
          { h: 'Post', w: 300 },
          { h: 'Bedrag', w: 167, r: true },
        ],
        [
          ['Uitkering Participatiewet', '16.782,12'],
          ['Huurtoeslag', '3.612,00'],
          ['Zorgtoeslag', '1.476,00'],
          ['Huur', '-7.058,40'],
          ['Energie en water', '-1.452,00'],
          ['Zorgverzekering', '-1.702,80'],
          ['Leefgeld (52 weken)', '-3.640,00'],
          ['Aflossing schuldregeling', '-1.470,00'],
          ['Kosten bewind (bijz. bijstand)', '0,00'],
        ],
        { size: 8.5, grid: true },
      );
      const q = d.page();
      q.at(70);
      q.ln('C. Verklaring bewindvoerder', { f: 'sansB', size: 10 });
      q.p(
        'Ondergetekende verklaart deze rekening en verantwoording naar waarheid te hebben opgesteld. Rechthebbende heeft de rekening en verantwoording ontvangen en is in de gelegenheid gesteld daarop te reageren.',
        { size: 9.5 },
      );
      q.gap(10);
      signature(q, 'M. Terpstra');
      q.ln('Handtekening rechthebbende (voor gezien):', { size: 9 });
      q.t(q.left + 10, q.y + 22, 'J Smits', { f: 'hand', size: 18, color: BLUE_INK });
      q.gap(50);
      q.stamp(380, 500, ['INGEKOMEN', '06-11-2026', 'postkamer'], { rot: 7, color: RED });
      return d;
    },
  },
  {
    slug: 'avg-correctieverzoek',
    type: 'other',
    client: sandra.clientNumber,
    language: 'nl',
    render: 'digital',
    label: 'AVG-verzoek om correctie van een onjuiste aantekening in het dossier, met klantnummer, Sandra Willems',
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.at(60);
      for (const l of ['S. Willems', sandra.street, sandra.city, 'klantnummer K-100318']) p.ln(l);
      p.gap(14);
      for (const l of GEMEENTE) p.ln(l);
      p.gap(14);
      p.ln('Voorbeeld, 3 december 2026');
      p.ln('Onderwerp: verzoek tot rectificatie (artikel 16 AVG)', { f: 'sansB', after: 10 });
      p.p(
        `Geachte functionaris gegevensbescherming,

Bij het inzien van mijn dossier op 18 november heb ik gezien dat in een gespreksverslag van 4 september 2026 staat dat ik "niet meewerkt en agressief was aan de balie". Dit klopt niet. Ik was die dag helemaal niet op het gemeentehuis; ik lag in het ziekenhuis (bewijs kan ik sturen). Het gaat waarschijnlijk om een andere klant.

Ik verzoek u op grond van artikel 16 van de Algemene verordening gegevensbescherming deze onjuiste aantekening te verwijderen of te corrigeren, en mij te laten weten aan wie deze informatie eventueel is verstrekt (artikel 19 AVG).

Ik ontvang graag binnen een maand een reactie.

Met vriendelijke groet,

Sandra Willems`,
        { size: 10 },
      );
      return d;
    },
  },
  {
    slug: 'kerkblad-diaconie',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Nieuwsbrief van een kerkelijke gemeente (diaconie), zonder cliënt',
    date: '2026-11-28',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(PAGE_W / 2, 60, 'De Kerkklok', { f: 'serifB', size: 26, align: 'center' });
      p.t(PAGE_W / 2, 78, 'Nieuwsbrief Protestantse Gemeente Voorbeeld-Dorp · Advent 2026 · jaargang 41 nr. 11', {
        size: 8,
        align: 'center',
        color: GREY,
        f: 'serif',
      });
      p.line(p.left, 88, p.right, 88, 1.2);
      p.at(100);
      p.ln('Kerstpakkettenactie van de diaconie', { f: 'serifB', size: 12 });
      p.p(
        'Ook dit jaar verzorgt de diaconie kerstpakketten voor gezinnen en alleenstaanden die het financieel moeilijk hebben. Vorig jaar konden we 64 pakketten uitdelen. Kent u iemand die een pakket goed kan gebruiken? Geef de naam door aan een van de diakenen of via het formulier achterin de kerk. Alles gebeurt in vertrouwen. Giften zijn welkom op de rekening van de diaconie onder vermelding van "kerstpakket".',
        { f: 'serif', size: 10 },
      );
      p.ln('Samenwerking met de gemeente', { f: 'serifB', size: 12 });
      p.p(
        'In oktober sprak het diaconaal platform met de wethouder over armoede in onze dorpen. Afgesproken is dat de diaconie en het buurtteam elkaar beter weten te vinden. Wij sturen deze nieuwsbrief daarom voortaan ook naar de afdeling Werk en Inkomen, zodat men weet welke hulp de kerken bieden.',
        { f: 'serif', size: 10 },
      );
      p.ln('Agenda', { f: 'serifB', size: 12 });
      p.table(
        [
          { h: 'Datum', w: 120 },
          { h: 'Activiteit', w: 347 },
        ],
        [
          ['zo 29 nov 10.00', 'Eerste Advent, ds. A. van Wijk, met kinderkerk'],
          ['wo 2 dec 14.00', 'Ouderenmiddag in De Ontmoeting, met sinterklaasbingo'],
          ['za 12 dec 10-12', 'Inzameling voedselbank bij de supermarkten'],
          ['do 24 dec 22.00', 'Kerstnachtdienst met cantorij'],
          ['vr 25 dec 10.00', 'Kerstmorgen, gezinsdienst'],
        ],
        { size: 9, f: 'serif', hf: 'serifB' },
      );
      p.p('Kopij voor het volgende nummer uiterlijk 15 december naar de redactie. Bezorgers gezocht voor de wijk Molenweg!', {
        f: 'serifI',
        size: 9,
      });
      return d;
    },
  },
  {
    slug: 'naheffingsaanslag-parkeren',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Naheffingsaanslag parkeerbelasting van een andere gemeente, zonder cliëntgegevens',
    date: '2026-11-22',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 54, 'Gemeente Hoeve', { f: 'sansB', size: 14 });
      p.t(p.left, 68, 'Parkeerbeheer · Postbus 90, 1239 ZZ Hoeve', { size: 8, color: GREY });
      p.at(100);
      p.ln('De heer/mevrouw', { size: 10 });
      p.ln('Postbus 1234', { size: 10 });
      p.ln('1230 AA Voorbeeld', { size: 10, after: 20 });
      p.ln('NAHEFFINGSAANSLAG PARKEERBELASTING', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Aanslagnummer', '2026-PB-0771245'],
          ['Kenteken', 'R-318-KX'],
          ['Datum/tijd', '21-11-2026 14:37'],
          ['Locatie', 'Marktstraat t.h.v. nr. 12, Hoeve'],
          ['Parkeerbelasting', '€ 2,80'],
          ['Kosten naheffing', '€ 74,40'],
          ['Totaal te betalen', '€ 77,20'],
          ['Uiterste betaaldatum', '22-12-2026'],
        ],
        { size: 10, labelW: 150, after: 10 },
      );
      p.p(
        'Er was geen parkeerbelasting voldaan voor het voertuig met bovengenoemd kenteken. De aanslag is opgelegd aan de kentekenhouder volgens het kentekenregister (dienstauto gemeente Voorbeeld). U kunt binnen zes weken bezwaar maken bij de heffingsambtenaar van de gemeente Hoeve.',
        { size: 9.5 },
      );
      p.stamp(420, 560, ['doorsturen naar', 'Facilitair / wagenpark'], { rot: 5, color: RED, size: 9 });
      return d;
    },
  },
];
