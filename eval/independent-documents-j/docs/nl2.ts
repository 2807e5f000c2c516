// Dutch post, second half: housing corporations, debt collectors, lawyers, courts, UWV, Belastingdienst (set J).
import { type Spec, WHITE_TABLE } from '../../independent-documents-d/spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  C,
  companyStamp,
  Doc,
  dmy,
  euro,
  footer,
  GREY,
  greyBorder,
  groupIban,
  handLines,
  iban,
  instLetter,
  letterhead,
  notebook,
  PAGE_H,
  type Page,
  postStamp,
  scribble,
  signature,
  staple,
  strangerBsn,
} from './jkit.ts';

const ROY = C('K-100472');
const HANAN = C('K-100388');
const SANDRA = C('K-100318');
const RINALDO = C('K-100248');
const JOKE = C('K-100479');
const LINDA = C('K-100262');
const MARLON = C('K-100304');
const AICHA = C('K-100535');
const HIBA = C('K-100290');
const _KHADIJA = C('K-100444');
const GLADYS = C('K-100360');
const PIOTR = C('K-100171');
const OMAR = C('K-100129');
const JAN = C('K-100101');
const BART = C('K-100255');
const _INGRID = C('K-100206');
const FATIMA = C('K-100108');
const SAIDA = C('K-100164');
const STEFAN = C('K-100528');
const DEWI = C('K-100192');
const ELS = C('K-100430');
const WIM = C('K-100367');

const WONING = {
  org: 'Woonstichting Thuis aan de Dijk',
  lines: ['Dijkstraat 50, 1230 DD Voorbeeld', 'Postbus 310, 1230 AH Voorbeeld', 'T 0299-46 46 46 · thuisaandedijk.example'],
  color: [0.75, 0.1, 0.2] as [number, number, number],
};

function uwvHead(p: Page, to: string[], refs: [string, string][], subject: string): void {
  p.t(p.left, 52, 'UWV', { f: 'sansB', size: 26, color: [0.0, 0.3, 0.6] });
  p.t(p.left + 70, 52, 'Uitvoeringsinstituut Werknemersverzekeringen', { size: 8, color: [0.0, 0.3, 0.6] });
  p.t(p.right, 40, 'Postbus 58285', { size: 7.5, align: 'right', color: GREY });
  p.t(p.right, 50, '1040 HG Amsterdam', { size: 7.5, align: 'right', color: GREY });
  p.t(p.right, 60, 'uwv.nl · 088 - 898 92 94', { size: 7.5, align: 'right', color: GREY });
  p.at(110);
  for (const l of to) p.ln(l, { size: 10 });
  p.gap(18);
  p.kv(refs, { size: 8.5, labelW: 110, lh: 12, after: 10 });
  p.ln(subject, { f: 'sansB', size: 12, after: 8 });
}

function belastingHead(p: Page, to: string[], sub: string): void {
  p.t(p.left, 50, 'Belastingdienst', { f: 'sansB', size: 16 });
  p.t(p.left, 64, sub, { size: 9 });
  p.rect(p.right - 90, 34, 90, 34, { fill: [0.0, 0.2, 0.45] });
  p.t(p.right - 45, 56, 'Toeslagen', { f: 'sansB', size: 10, color: [1, 1, 1], align: 'center' });
  p.at(112);
  for (const l of to) p.ln(l, { size: 10 });
  p.gap(20);
}

export const NL2: Spec[] = [
  // ---- rental ----
  {
    slug: 'huurovereenkomst-woonstichting-3p',
    type: 'rental_agreement',
    client: 'K-100472',
    language: 'nl',
    render: 'scan',
    label: 'Three-page tenancy agreement of a housing corporation (name + birth date of the tenant)',
    date: '2026-11-20',
    build: () => {
      const d = new Doc('serif', 9.5);
      const p = d.page();
      letterhead(p, WONING.org, WONING.lines, { color: WONING.color, f: 'serifB' });
      p.ln('HUUROVEREENKOMST WOONRUIMTE', { f: 'serifB', size: 14, align: 'center', after: 2 });
      p.ln('model ROZ-WS 2024, zelfstandige woonruimte', { size: 8.5, align: 'center', after: 10 });
      p.ln('Ondergetekenden:', { f: 'serifB' });
      p.p(
        `1. Stichting Woonstichting Thuis aan de Dijk, gevestigd te Voorbeeld, hierna te noemen "verhuurder";

2. De heer ${ROY.name}, geboren op ${dmy(ROY.birthDate)} te Paramaribo, hierna te noemen "huurder",`,
      );
      p.ln('zijn het volgende overeengekomen:', { after: 6 });
      p.ln('Artikel 1  Het gehuurde', { f: 'serifB' });
      p.p(
        'Verhuurder verhuurt aan huurder de zelfstandige woning (galerijflat, 3 kamers, 64 m²) gelegen aan de Spoorlaan 212, 1235 PB Voorbeeld, hierna "het gehuurde", met berging nr. 212.',
      );
      p.ln('Artikel 2  Duur en ingangsdatum', { f: 'serifB' });
      p.p('Deze overeenkomst gaat in op 1 december 2026 en is aangegaan voor onbepaalde tijd.');
      p.ln('Artikel 3  Huurprijs en servicekosten', { f: 'serifB' });
      p.table(
        [
          { h: 'Per maand', w: 260 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Kale huurprijs', euro(688.4)],
          ['Servicekosten (schoonmaak algemene ruimten, lift)', euro(24.75)],
          ['Voorschot stookkosten blokverwarming', euro(61.0)],
          ['Totaal per maand', euro(774.15)],
        ],
        { size: 9, f: 'serif', hf: 'serifB' },
      );
      p.p('De huur moet vóór de eerste dag van iedere maand zijn betaald. Huurder geeft een machtiging voor automatische incasso.');
      footer(p, 'Huurovereenkomst 2026-11-HV-30412 · blad 1 van 3 · paraaf huurder: ......  paraaf verhuurder: ......');
      p.t(430, PAGE_H - 38, 'R.A.', { f: 'hand', size: 12, color: BLUE_INK });
      staple(p);
      const q = d.page();
      q.at(60);
      const arts: [string, string][] = [
        ['Artikel 4  Waarborgsom', 'Huurder is geen waarborgsom verschuldigd.'],
        [
          'Artikel 5  Gebruik',
          'Huurder gebruikt het gehuurde uitsluitend als woonruimte voor zichzelf en de leden van zijn huishouden. Onderhuur is niet toegestaan zonder schriftelijke toestemming van verhuurder.',
        ],
        [
          'Artikel 6  Onderhoud',
          'Kleine herstellingen komen voor rekening van huurder, volgens het Besluit kleine herstellingen. Huurder kan deelnemen aan het servicefonds (€ 4,95 per maand).',
        ],
        ['Artikel 7  Huurverhoging', 'De huurprijs kan jaarlijks per 1 juli worden aangepast volgens de wettelijke regels.'],
        [
          'Artikel 8  Einde huur',
          'Huurder kan de huur opzeggen tegen iedere dag van de maand met een opzegtermijn van ten minste één maand.',
        ],
        [
          'Artikel 9  Algemene bepalingen',
          'Van toepassing zijn de Algemene Huurvoorwaarden Thuis aan de Dijk 2024, waarvan huurder een exemplaar heeft ontvangen.',
        ],
        [
          'Artikel 10  Huurtoeslag',
          'Huurder verklaart dat hij is gewezen op de mogelijkheid huurtoeslag aan te vragen bij de Belastingdienst/Toeslagen.',
        ],
      ];
      for (const [h, t] of arts) {
        q.ln(h, { f: 'serifB' });
        q.p(t);
      }
      footer(q, 'Huurovereenkomst 2026-11-HV-30412 · blad 2 van 3');
      const r = d.page();
      r.at(60);
      r.ln('Artikel 11  Bijzondere bepalingen', { f: 'serifB' });
      r.p(
        'Huurder aanvaardt de woning in de staat waarin deze zich bevindt op de ingangsdatum, zoals vastgelegd in het opnamerapport van 28 november 2026.',
      );
      r.gap(10);
      r.ln('Aldus opgemaakt in tweevoud en ondertekend te Voorbeeld op 20 november 2026.', { after: 16 });
      r.t(r.left, r.y, 'Verhuurder', { f: 'serifB' });
      r.t(r.left + 260, r.y, 'Huurder', { f: 'serifB' });
      r.t(r.left, r.y + 30, 'M. Verbrugge', { f: 'hand', size: 17, color: BLACK_INK });
      r.t(r.left + 260, r.y + 30, 'R. Amatmoekrim', { f: 'hand', size: 17, color: BLUE_INK });
      r.gap(44);
      r.t(r.left, r.y, 'M. Verbrugge, consulent verhuur', { size: 8.5 });
      r.t(r.left + 260, r.y, ROY.name, { size: 8.5 });
      companyStamp(r, 150, r.y + 60, ['THUIS AAN DE DIJK', 'afd. Verhuur'], [0.75, 0.1, 0.2], -4);
      footer(r, 'Huurovereenkomst 2026-11-HV-30412 · blad 3 van 3');
      return d;
    },
  },
  {
    slug: 'huurverhoging-brief-gevouwen',
    type: 'rental_agreement',
    client: 'K-100388',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Rent increase letter of a housing corporation, client number written by the client',
    date: '2026-11-16',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        ...WONING,
        to: [`Mevrouw H. El Khattabi`, HANAN.street, HANAN.city],
        sender: 'Retouradres: Postbus 310, 1230 AH Voorbeeld',
        refs: [
          ['Datum', '16 november 2026'],
          ['Huurcontractnummer', 'HV-20981'],
          ['Adres woning', HANAN.street],
        ],
        subject: 'Voorstel huurverhoging per 1 januari 2027',
      });
      p.p(
        `Geachte mevrouw El Khattabi,

Met deze brief doen wij u een voorstel om de huur van uw woning te verhogen. Dit mag volgens de wet één keer per jaar. Wij hebben de verhoging afgestemd met de huurdersvereniging.

Uw huidige kale huur is € 612,30. Wij stellen voor deze te verhogen met 4,1%. De nieuwe kale huur wordt dan € 637,40 per maand. De servicekosten blijven gelijk (€ 18,20).`,
      );
      p.table(
        [
          { h: '', w: 200 },
          { h: 'Nu', w: 90, r: true },
          { h: 'Per 1-1-2027', w: 90, r: true },
        ],
        [
          ['Kale huur', euro(612.3), euro(637.4)],
          ['Servicekosten', euro(18.2), euro(18.2)],
          ['Totale huur', euro(630.5), euro(655.6)],
        ],
        { size: 9 },
      );
      p.p(
        `Bent u het niet eens met dit voorstel? Dan kunt u vóór 1 januari 2027 schriftelijk bezwaar maken bij ons. Gebruik daarvoor het formulier op onze website. Heeft u een laag inkomen? Kijk dan of u recht heeft op (meer) huurtoeslag.

Met vriendelijke groet,
Afdeling Huuradministratie`,
      );
      scribble(p, 300, 720, ['K-100388 H. El Khattabi', 'voor mijn dossier svp'], { rot: -3 });
      return d;
    },
  },
  {
    slug: 'gezamenlijk-huurcontract-twee-clienten',
    type: 'rental_agreement',
    client: null,
    conflict: ['K-100318', 'K-100248'],
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Photocopy of a joint tenancy agreement of two clients (both names with birth dates)',
    date: '2026-11-10',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      greyBorder(p, 14);
      p.t(p.left, 50, 'Kroon Vastgoedbeheer B.V.', { f: 'sansB', size: 14, color: [0.3, 0.3, 0.3] });
      p.t(p.right, 50, 'Huurovereenkomst woonruimte', { size: 10, align: 'right' });
      p.at(80);
      p.p(
        `Partijen:

Kroon Vastgoedbeheer B.V., namens eigenaar Beleggingsmaatschappij Waal en Eem, hierna: verhuurder;

en

1. mevrouw ${SANDRA.name}, geboren ${dmy(SANDRA.birthDate)};
2. de heer ${RINALDO.name}, geboren ${dmy(RINALDO.birthDate)};

beiden wonende te Voorbeeld, hierna gezamenlijk en ieder hoofdelijk: huurder.`,
      );
      p.p(
        `1. Verhuurder verhuurt aan huurder de woning Julianalaan 140-B, 1232 ZZ Voorbeeld (bovenwoning, 2 slaapkamers).
2. De huur gaat in op 1 december 2026 voor de duur van twee jaar (tijdelijke huur, art. 7:271 lid 1 BW), eindigend op 30 november 2028.
3. De huurprijs bedraagt € 1.045,00 per maand, exclusief € 35,00 voorschot servicekosten.
4. Huurder betaalt een waarborgsom van € 2.090,00 (twee maanden kale huur), te voldoen vóór sleuteloverdracht.
5. Beide huurders zijn hoofdelijk aansprakelijk voor de betaling van de huur.`,
      );
      footer(p, 'blad 1/2 · paraaf ......  ......');
      const q = d.page();
      greyBorder(q, 14);
      q.at(60);
      q.p(
        `6. Huurder mag de woning niet onderverhuren of aan derden in gebruik geven.
7. Huisdieren alleen na toestemming van verhuurder.
8. Bij het einde van de huur levert huurder de woning op in de staat zoals beschreven in het opleveringsrapport.
9. Op deze overeenkomst zijn de Algemene Bepalingen Huurovereenkomst Woonruimte van toepassing.`,
      );
      q.gap(20);
      q.ln('Getekend te Voorbeeld op 10 november 2026', { after: 20 });
      q.t(q.left, q.y, 'Verhuurder', { f: 'sansB' });
      q.t(q.left + 170, q.y, 'Huurder 1', { f: 'sansB' });
      q.t(q.left + 330, q.y, 'Huurder 2', { f: 'sansB' });
      q.t(q.left, q.y + 30, 'p.p. D. Kroon', { f: 'hand', size: 15, color: BLACK_INK });
      q.t(q.left + 170, q.y + 30, 'S. Willems', { f: 'hand', size: 16, color: BLUE_INK });
      q.t(q.left + 330, q.y + 30, 'R. Wongsodikromo', { f: 'hand', size: 15, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'huurverhoging-particuliere-verhuurder',
    type: 'rental_agreement',
    client: 'K-100479',
    language: 'nl',
    render: 'scan',
    label: 'Short rent increase notice from a private landlord, client writes her number and birth date on top',
    date: '2026-11-28',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      scribble(p, 330, 40, [`K-100479 · ${dmy(JOKE.birthDate)}`], { rot: 0, size: 12 });
      p.at(80);
      p.ln('A.J. Brandsma', { f: 'serifB' });
      p.ln('Eikenlaan 60');
      p.ln('1234 AB Voorbeeld', { after: 20 });
      p.ln(`Aan mevr. J. van der Heijden`, {});
      p.ln(JOKE.street);
      p.ln(JOKE.city, { after: 20 });
      p.ln('Voorbeeld, 28 november 2026', { after: 14 });
      p.ln('Betreft: huur kamer/studio Eikenlaan 62', { f: 'serifB', after: 10 });
      p.p(
        `Beste Joke,

Zoals ik al mondeling had gezegd ga ik per 1 januari de huur aanpassen, want de energie en de WOZ zijn flink omhoog gegaan. Vanaf januari wordt het € 725 per maand in plaats van € 680, alles inbegrepen (gas, water, licht, internet).

Ik hoop dat je hiermee akkoord gaat. Je kan dit briefje aan de gemeente geven als je het nodig hebt voor je uitkering of de huurtoeslag. Het bedrag blijft hetzelfde overmaken naar NL06 INGB 0001 2345 67 maar dan dus 725.

Groeten,`,
      );
      p.t(p.left, p.y + 16, 'A. Brandsma', { f: 'hand', size: 18, color: BLACK_INK });
      return d;
    },
  },
  // ---- debt ----
  {
    slug: 'incasso-zorgpremie-aanmaning',
    type: 'debt_notice',
    client: 'K-100262',
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Collection agency reminder for health-insurance premium arrears (name + birth date), crumpled',
    date: '2026-11-19',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'Incasso Noord B.V.',
        lines: ['Postbus 4010, 9701 EA Groningen', 'Betalen: NL44 ABNA 0123 4567 89', 'www.incassonoord.example'],
        color: [0.2, 0.2, 0.2],
        band: true,
        to: [`Mevrouw ${LINDA.name}`, LINDA.street, LINDA.city],
        refs: [
          ['Dossiernummer', 'IN-2026-884120'],
          ['Opdrachtgever', 'Zorgzaam Zorgverzekeringen'],
          ['Geboortedatum', dmy(LINDA.birthDate)],
          ['Datum', '19 november 2026'],
        ],
        subject: 'LAATSTE AANMANING VOOR DAGVAARDING',
      });
      p.p(
        'Geachte mevrouw De Jong,\n\nOndanks eerdere herinneringen heeft u de onderstaande vordering van onze opdrachtgever nog niet betaald.',
      );
      p.table(
        [
          { h: 'Omschrijving', w: 270 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Premie basisverzekering augustus t/m oktober 2026', euro(446.85)],
          ['Eigen risico 2026 (apotheek, lab)', euro(212.4)],
          ['Buitengerechtelijke incassokosten (WIK)', euro(98.89)],
          ['Wettelijke rente t/m 19-11-2026', euro(6.12)],
          ['Totaal te betalen', euro(764.26)],
        ],
        { size: 9, grid: true },
      );
      p.p(
        `Betaal het totaalbedrag binnen 14 dagen. Doet u dat niet, dan kan onze opdrachtgever u dagvaarden. De kosten daarvan komen voor uw rekening.

Kunt u niet in één keer betalen? Bel ons op 050-211 00 90 voor een betalingsregeling. Heeft u schulden bij meer partijen, neem dan contact op met de schuldhulpverlening van uw gemeente.`,
      );
      p.stamp(430, 280, ['AANMANING'], { rot: 12, size: 16 });
      return d;
    },
  },
  {
    slug: 'deurwaarder-beslag-buurtteam-verkeerd-nummer',
    type: 'debt_notice',
    client: null,
    conflict: ['K-100304', 'K-100472'],
    language: 'nl',
    render: 'scan',
    label: "Bailiff's notice of wage garnishment for one client, sent on by a neighbourhood team with another client's number (2 pages)",
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.at(60);
      p.t(p.left, 50, 'Buurtteam Voorbeeld-Zuid', { f: 'sansB', size: 13, color: [0.0, 0.45, 0.6] });
      p.t(p.left, 64, 'Doorzendbericht', { size: 9 });
      p.at(90);
      p.kv(
        [
          ['Aan', 'Team Schuldhulpverlening, Gemeente Voorbeeld'],
          ['Van', 'Maaike Dol, schuldhulpmaatje-coördinator'],
          ['Datum', '2 december 2026'],
          ['Klantnr.', 'K-100472'],
        ],
        { labelW: 70 },
      );
      p.p(
        `Hallo,

Bijgaand de brief van de deurwaarder die meneer gisteren bij ons inleverde. Er ligt beslag op zijn loon vanaf januari. Hij zit al in het traject bij jullie (aanmelding oktober), kunnen jullie dit meenemen en contact opnemen met de deurwaarder over de beslagvrije voet? Hij heeft sinds kort weer werk.

Groet, Maaike`,
      );
      const q = d.page();
      letterhead(
        q,
        'Van Dam & Kuiper Gerechtsdeurwaarders',
        ['Gerechtsdeurwaarders en incasso', 'Kanaalstraat 7, 1231 TZ Voorbeeld', 'T 0299-61 70 00 · vandamkuiper.example'],
        {
          color: [0.15, 0.15, 0.35],
          f: 'serifB',
        },
      );
      q.ln(`Aan: de heer M. Kromodimedjo`, { size: 10 });
      q.ln(MARLON.street, { size: 10 });
      q.ln(MARLON.city, { size: 10, after: 12 });
      q.kv(
        [
          ['Ons dossier', 'VDK-25-07731'],
          ['Schuldenaar', `${MARLON.name}, geboren ${dmy(MARLON.birthDate)}`],
          ['Eiser', 'Voordeelkoop Online B.V.'],
          ['Titel', 'vonnis kantonrechter Rechtbank Noord-Holland d.d. 14-08-2026'],
        ],
        { size: 9, labelW: 90 },
      );
      q.ln('MEDEDELING BESLAG ONDER DERDEN (LOONBESLAG)', { f: 'serifB', size: 11.5, after: 6 });
      q.p(
        `Op 1 december 2026 heb ik, gerechtsdeurwaarder, beslag gelegd onder uw werkgever Bezorgdienst Snel B.V. op uw loon en andere periodieke uitkeringen. Uw werkgever houdt vanaf de eerstvolgende loonbetaling het bedrag boven de beslagvrije voet in en maakt dat aan ons over.

De vordering bedraagt op dit moment:`,
        { f: 'serif' },
      );
      q.table(
        [
          { h: '', w: 260 },
          { h: '', w: 100, r: true },
        ],
        [
          ['Hoofdsom', euro(1288.0)],
          ['Rente', euro(71.3)],
          ['Proceskosten en griffierecht', euro(366.0)],
          ['Kosten betekening vonnis en beslag', euro(254.1)],
          ['Totaal', euro(1979.4)],
        ],
        { size: 9, f: 'serif' },
      );
      q.p(
        'Wij hebben uw beslagvrije voet voorlopig berekend op € 1.412,65. Klopt dit niet, bijvoorbeeld omdat uw woonlasten hoger zijn, geef dan binnen 4 weken de juiste gegevens door met bewijsstukken.',
        { f: 'serif' },
      );
      signature(q, 'J.P. van Dam', { ink: BLACK_INK });
      q.ln('gerechtsdeurwaarder', { size: 9 });
      return d;
    },
  },
  {
    slug: 'cak-bestuursrechtelijke-premie',
    type: 'debt_notice',
    client: 'K-100535',
    language: 'nl',
    render: 'scan',
    label: 'CAK notice of the administrative health-insurance premium (bestuursrechtelijke premie) with BSN',
    date: '2026-11-23',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 52, 'CAK', { f: 'sansB', size: 24, color: [0.55, 0.1, 0.45] });
      p.t(p.right, 44, 'Postbus 84030', { size: 7.5, color: GREY, align: 'right' });
      p.t(p.right, 54, '2508 AA Den Haag', { size: 7.5, color: GREY, align: 'right' });
      p.at(100);
      for (const l of [`Mevrouw A. Boukhari`, AICHA.street, AICHA.city]) p.ln(l);
      p.gap(18);
      p.kv(
        [
          ['Datum', '23 november 2026'],
          ['Burgerservicenummer', AICHA.bsn],
          ['Betalingskenmerk', '3100 2291 8840 1177'],
        ],
        { size: 8.5, labelW: 120 },
      );
      p.ln('U heeft een betalingsachterstand bij uw zorgverzekeraar', { f: 'sansB', size: 12, after: 6 });
      p.p(
        `Geachte mevrouw Boukhari,

Uw zorgverzekeraar heeft ons laten weten dat u 6 maanden of langer de premie voor uw zorgverzekering niet heeft betaald. Daarom bent u aangemeld bij het CAK (Regeling wanbetalers). Vanaf 1 december 2026 betaalt u geen premie meer aan uw zorgverzekeraar, maar een bestuursrechtelijke premie aan het CAK. Deze premie is hoger dan de gewone premie: € 187,40 per maand.

Ontvangt u een uitkering? Dan houdt uw uitkeringsinstantie de premie in op uw uitkering (bronheffing). Wij hebben de Gemeente Voorbeeld hierover geïnformeerd.

U kunt uit de regeling komen door uw schuld bij de zorgverzekeraar af te lossen of door deel te nemen aan een schuldhulptraject.`,
      );
      p.ln('Met vriendelijke groet,');
      p.ln('CAK, afdeling Regelingen', { after: 10 });
      return d;
    },
  },
  {
    slug: 'spaarrekening-jaaroverzicht',
    type: 'bank_statement',
    client: 'K-100367',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Savings account overview of an invented bank (assets check), name and birth date written by the client',
    date: '2026-11-29',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 50, 'Amstelbank', { f: 'serifB', size: 18, color: [0.0, 0.45, 0.4] });
      p.t(p.right, 46, 'Overzicht spaarrekening', { f: 'sansB', size: 11, align: 'right' });
      p.t(p.right, 58, 'opgevraagd op 29-11-2026', { size: 8, align: 'right' });
      p.at(90);
      for (const l of [`De heer W. Vermeulen`, WIM.street, WIM.city]) p.ln(l, { size: 10 });
      p.gap(10);
      p.kv(
        [
          ['Rekening', `${groupIban(iban('AMBK', 'wim-j'))}  Amstel Vrij Sparen`],
          ['Rente', '1,25% variabel'],
          ['Saldo per 29-11-2026', euro(4210.55)],
        ],
        { labelW: 130 },
      );
      p.ln('Mutaties afgelopen 12 maanden', { f: 'sansB', after: 2 });
      p.table(
        [
          { h: 'Datum', w: 70 },
          { h: 'Omschrijving', w: 250 },
          { h: 'Bedrag', w: 80, r: true },
        ],
        [
          ['31-12-2025', 'Rentebijschrijving 2025', '+ 38,14'],
          ['14-02-2026', 'Overboeking van betaalrekening', '+ 50,00'],
          ['20-03-2026', 'Erfenis notaris Dekker-Vos inz. nalatenschap', '+ 3.500,00'],
          ['02-05-2026', 'Overboeking naar betaalrekening', '- 400,00'],
          ['14-08-2026', 'Overboeking van betaalrekening', '+ 50,00'],
          ['30-09-2026', 'Overboeking naar betaalrekening', '- 120,00'],
        ],
        { size: 8.5 },
      );
      p.p('Dit overzicht is geen officieel rekeningafschrift. Aan dit overzicht kunnen geen rechten worden ontleend.', {
        size: 7.5,
        color: GREY,
      });
      scribble(p, 100, 560, [`${WIM.name} ${dmy(WIM.birthDate)}`, 'erfenis van mijn tante, gemeld bij consulent?'], { rot: 3, size: 13 });
      return d;
    },
  },
  // ---- objections ----
  {
    slug: 'advocaat-bezwaarschrift-fax-3p',
    type: 'objection',
    client: 'K-100290',
    language: 'nl',
    render: 'fax',
    faxHeader: '04-12-2026 17:52  MEESTER & VAN RIJN ADVOCATEN  +31 299 555 010',
    label: 'Lawyer faxes a three-page notice of objection against a recovery decision (client number + BSN)',
    date: '2026-12-04',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(
        p,
        'Meester & Van Rijn Advocaten',
        ['Sociale zekerheid · huur · vreemdelingenrecht', 'Herengracht 9, 1231 AA Voorbeeld', 'T 0299-555 000 · F 0299-555 010'],
        {
          f: 'serifB',
          color: [0.1, 0.1, 0.1],
        },
      );
      p.ln('PER FAX EN PER POST', { f: 'sansB', size: 9, after: 6 });
      for (const l of ['Het college van burgemeester en wethouders', 'van de gemeente Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld'])
        p.ln(l);
      p.gap(12);
      p.kv(
        [
          ['Datum', '4 december 2026'],
          ['Uw kenmerk', 'TV-2026-1187 / K-100290'],
          ['Ons kenmerk', '2026.0412 / EvR'],
          ['Inzake', `mevrouw H. Mansour, BSN ${HIBA.bsn}`],
        ],
        { size: 9, labelW: 90 },
      );
      p.ln('Betreft: (pro forma) bezwaarschrift', { f: 'serifB', after: 6 });
      p.p(
        `Edelachtbaar college,

Namens mijn cliënte, mevrouw H. Mansour, wonende te Voorbeeld (hierna: cliënte), maak ik hierbij bezwaar tegen uw besluit van 27 oktober 2026, kenmerk TV-2026-1187, waarbij de bijstand van cliënte over de periode 1 januari 2025 tot en met 31 augustus 2026 is herzien en een bedrag van € 9.482,16 van haar wordt teruggevorderd (productie 1).

Het bezwaar richt zich tegen het besluit in zijn geheel. Cliënte is het niet eens met de vaststelling dat zij een gezamenlijke huishouding voerde met de heer A.`,
      );
      p.t(p.right, PAGE_H - 40, '1/3', { size: 8, align: 'right' });
      const q = d.page();
      q.at(60);
      q.ln('Gronden van het bezwaar', { f: 'serifB', after: 4 });
      q.p(
        `1. Ten onrechte stelt u dat sprake was van een gezamenlijke huishouding. Voor een gezamenlijke huishouding is vereist dat betrokkenen hun hoofdverblijf in dezelfde woning hebben (art. 3 lid 4 Participatiewet). De heer A. stond ingeschreven en verbleef feitelijk op zijn eigen adres in Haarlem. Dat zijn auto een aantal keren bij de woning van cliënte is waargenomen, maakt dat niet anders.

2. Het onderzoek van uw handhavingsteam is onzorgvuldig geweest. Cliënte is niet in de gelegenheid gesteld te reageren op de verklaringen van buurtbewoners, die bovendien anoniem zijn afgelegd.

3. Subsidiair: de terugvordering is onevenredig. Cliënte heeft een dochter met een beperking en geen enkele mogelijkheid om dit bedrag terug te betalen. U heeft niet onderzocht of er dringende redenen zijn om van terugvordering af te zien (art. 58 lid 8 Participatiewet).`,
      );
      q.t(q.right, PAGE_H - 40, '2/3', { size: 8, align: 'right' });
      const r = d.page();
      r.at(60);
      r.ln('Verzoeken', { f: 'serifB', after: 4 });
      r.p(
        `Cliënte verzoekt u:
- het bezwaar gegrond te verklaren en het besluit van 27 oktober 2026 te herroepen;
- de invordering op te schorten zolang op het bezwaar niet is beslist;
- haar en ondergetekende te horen;
- de kosten van rechtsbijstand te vergoeden (art. 7:15 Awb).

Ik verzoek u mij een termijn van vier weken te gunnen om de gronden nader aan te vullen, en mij een kopie van het volledige dossier toe te zenden, inclusief het rapport van de sociaal rechercheur.`,
      );
      r.gap(6);
      r.ln('Hoogachtend,', { after: 4 });
      signature(r, 'mr. E. van Rijn', { ink: BLACK_INK });
      r.ln('advocaat', { size: 9 });
      r.ln('Bijlage: besluit 27-10-2026; last tot vertegenwoordiging', { size: 8.5, f: 'serifI' });
      r.t(r.right, PAGE_H - 40, '3/3', { size: 8, align: 'right' });
      return d;
    },
  },
  {
    slug: 'bezwaar-via-buurtteam-handgeschreven',
    type: 'objection',
    client: 'K-100444',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Handwritten objection by the client on lined paper, helped by a neighbourhood team worker',
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { holes: true });
      handLines(
        p,
        [
          'Voorbeeld 3 december 2026',
          '',
          'Aan de gemeente Voorbeeld, afdeling bezwaar',
          '',
          'Ik ben Khadija Azzouzi, klantnummer K-100444',
          'Ik maak bezwaar tegen de brief van 12 november',
          'dat ik 1.140 euro moet terug betalen omdat ik',
          'te laat heb doorgegeven dat ik schoonmaakwerk had.',
          'Ik heb het wel doorgegeven, telefonisch in juli,',
          'ik heb met een meneer gesproken maar weet zijn',
          'naam niet meer. Ook heb ik de loonstroken in de',
          'bus gedaan bij het gemeentehuis.',
          'Ik kan dit bedrag niet betalen, ik heb 3 kinderen.',
          'Ik vraag u om de beslissing terug te draaien.',
          '',
          'Met vriendelijke groet',
          'K. Azzouzi',
          '',
          '(geholpen door Petra, buurtteam Zuid, 06-11223344)',
        ],
        { top: 112, lh: 22, size: 13.5 },
      );
      return d;
    },
  },
  // ---- complaint ----
  {
    slug: 'klacht-behandeling-loket',
    type: 'complaint',
    client: 'K-100360',
    language: 'nl',
    render: 'scan',
    label: 'Typed complaint about the way the client was treated at the desk (name + birth date)',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(50);
      for (const l of [GLADYS.name, GLADYS.street, GLADYS.city, `geb. ${dmy(GLADYS.birthDate)}`]) p.ln(l);
      p.gap(14);
      for (const l of ['Gemeente Voorbeeld', 't.a.v. klachtencoördinator', 'Postbus 1234', '1230 AA Voorbeeld']) p.ln(l);
      p.gap(14);
      p.ln('Voorbeeld, 1 december 2026');
      p.ln('Onderwerp: KLACHT over medewerker en wachttijd', { f: 'sansB', after: 8 });
      p.p(
        `Geachte heer, mevrouw,

Hierbij dien ik een klacht in. Op donderdag 26 november had ik om 10.30 een afspraak aan de balie in het stadskantoor om mijn papieren van de huurtoeslag in te leveren. Ik heb ruim een uur moeten wachten en niemand zei waarom. Toen ik eindelijk aan de beurt was zei de medewerker (een jonge man met een bril, hij zei zijn naam niet) met harde stem dat ik "weer de verkeerde papieren" bij me had, waar iedereen in de wachtruimte bij stond. Dat vond ik vernederend.

Ik heb al 3 keer dezelfde papieren ingeleverd en er is nog steeds niets mee gebeurd. Ik wil graag dat iemand met mij belt en dat u mij uitlegt welke papieren u nu precies nodig hebt. Ook wil ik dat de medewerker hierop wordt aangesproken.

Ik verwacht binnen 6 weken een reactie zoals in de wet staat.

Met vriendelijke groet,`,
      );
      p.t(p.left, p.y + 14, 'G. Lieuw', { f: 'hand', size: 18, color: BLUE_INK });
      p.gap(26);
      p.ln('telefoon 06-45 90 12 78 (liefst na 14 uur)', { size: 9 });
      postStamp(p, 450, 90, '02 DEC 2026', -6);
      return d;
    },
  },
  // ---- court ----
  {
    slug: 'kantonrechter-vonnis-huurachterstand-2p',
    type: 'court_document',
    client: 'K-100171',
    language: 'nl',
    render: 'scan',
    label: 'Sub-district court judgment on rent arrears against a client (name + birth date), 2 pages',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.ln('vonnis', { f: 'serifB', size: 12, align: 'center' });
      p.ln('RECHTBANK NOORD-HOLLAND', { f: 'serifB', size: 12, align: 'center' });
      p.ln('Zittingsplaats Haarlem', { align: 'center' });
      p.ln('Kanton', { align: 'center', after: 10 });
      p.kv(
        [
          ['zaaknummer / rolnummer:', '11223344 \\ CV EXPL 26-5521'],
          ['Vonnis van', '26 november 2026'],
        ],
        { labelW: 150 },
      );
      p.ln('in de zaak van', { after: 4 });
      p.p(
        'de stichting WOONSTICHTING THUIS AAN DE DIJK, gevestigd te Voorbeeld, eisende partij, hierna te noemen: Thuis aan de Dijk, gemachtigde: Van Dam & Kuiper Gerechtsdeurwaarders,',
      );
      p.ln('tegen', { after: 4 });
      p.p(
        `${PIOTR.name.toUpperCase()}, geboren op ${dmy(PIOTR.birthDate)}, wonende te Voorbeeld, gedaagde partij, hierna te noemen: ${PIOTR.last}, procederend in persoon.`,
      );
      p.ln('1. De procedure', { f: 'serifB' });
      p.p(
        '1.1. Het verloop van de procedure blijkt uit de dagvaarding van 2 oktober 2026 met producties en de mondelinge reactie van Nowak op de rolzitting van 29 oktober 2026.',
      );
      p.ln('2. Het geschil', { f: 'serifB' });
      p.p(
        '2.1. Thuis aan de Dijk vordert betaling van een huurachterstand van € 2.344,10 over de maanden mei tot en met september 2026, vermeerderd met rente en kosten, en ontbinding van de huurovereenkomst en ontruiming van de woning aan het Marktplein 130.',
      );
      p.p(
        '2.2. Nowak erkent de achterstand. Hij stelt dat hij in mei zijn werk verloor en dat zijn uitkering pas in augustus is ingegaan. Hij heeft inmiddels hulp gezocht bij de schuldhulpverlening van de gemeente.',
      );
      footer(p, 'CV EXPL 26-5521 · blad 1 van 2');
      const q = d.page();
      q.at(60);
      q.ln('3. De beoordeling', { f: 'serifB' });
      q.p(
        `3.1. De vordering tot betaling van de huurachterstand is niet weersproken en wordt toegewezen.

3.2. De kantonrechter ziet in de omstandigheden aanleiding om de ontbinding en ontruiming thans niet toe te wijzen. Nowak heeft toegelicht dat de lopende huur sinds september weer wordt betaald en dat een betalingsregeling via de gemeente in voorbereiding is. Gelet op het ingrijpende karakter van een ontruiming rechtvaardigt de tekortkoming de ontbinding op dit moment niet.`,
      );
      q.ln('4. De beslissing', { f: 'serifB' });
      q.p(
        `De kantonrechter:
4.1. veroordeelt Nowak om aan Thuis aan de Dijk te betalen € 2.344,10, te vermeerderen met de wettelijke rente vanaf 2 oktober 2026;
4.2. veroordeelt Nowak in de proceskosten, aan de zijde van Thuis aan de Dijk tot op heden vastgesteld op € 512,46;
4.3. wijst het meer of anders gevorderde af.

Dit vonnis is gewezen door mr. C.A. Hoefnagels, kantonrechter, en in het openbaar uitgesproken op 26 november 2026.`,
      );
      q.stamp(420, 640, ['VOOR AFSCHRIFT', 'de griffier'], { rot: -8, size: 10, color: [0.15, 0.15, 0.15] });
      footer(q, 'CV EXPL 26-5521 · blad 2 van 2');
      return d;
    },
  },
  {
    slug: 'rechtbank-uitspraak-bijstand-3p',
    type: 'court_document',
    client: 'K-100129',
    language: 'nl',
    render: 'digital',
    author: 'Rechtspraak',
    label: 'Born-digital judgment of the administrative court on a social assistance appeal (3 pages)',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.ln('RECHTBANK NOORD-HOLLAND', { f: 'serifB', size: 12 });
      p.ln('Zittingsplaats Haarlem', {});
      p.ln('Bestuursrecht', { after: 6 });
      p.ln('zaaknummer: HAA 26/2291', { after: 8 });
      p.ln('uitspraak van de enkelvoudige kamer van 1 december 2026 in de zaak tussen', { after: 6 });
      p.p(`${OMAR.name}, uit Voorbeeld, eiser (gemachtigde: mr. E. van Rijn),`);
      p.ln('en', { after: 4 });
      p.p('het college van burgemeester en wethouders van de gemeente Voorbeeld (het college), verweerder (gemachtigde: mr. E. Dekker).');
      p.ln('Inleiding', { f: 'serifB' });
      p.p(
        `1. In deze uitspraak beoordeelt de rechtbank het beroep van eiser tegen de afwijzing van zijn aanvraag om bijzondere bijstand voor de kosten van een tolk bij medische afspraken.

2. Het college heeft de aanvraag met het besluit van 3 april 2026 (primair besluit, kenmerk BB-26-0311, klantnummer K-100129) afgewezen. Met het bestreden besluit van 19 juni 2026 op het bezwaar van eiser is het college bij die afwijzing gebleven.

3. De rechtbank heeft het beroep op 10 november 2026 op zitting behandeld. Hieraan hebben deelgenomen: eiser, zijn gemachtigde, een tolk Arabisch en de gemachtigde van het college.`,
      );
      footer(p, 'HAA 26/2291 · blad 1 van 3');
      const q = d.page();
      q.at(60);
      q.ln('Beoordeling door de rechtbank', { f: 'serifB' });
      q.p(
        `4. Eiser stelt dat hij vanwege zijn beperkte beheersing van het Nederlands niet zonder tolk met zijn behandelaars kan communiceren en dat de zorgverzekeraar de kosten niet vergoedt. Het college heeft zich op het standpunt gesteld dat de kosten tot het algemeen noodzakelijke bestaan behoren en uit de norm moeten worden betaald.

5. De rechtbank volgt het college daarin niet. Uit de verklaring van de behandelend specialist blijkt dat eiser onder intensieve behandeling staat, waarbij een goede communicatie medisch noodzakelijk is. Het gaat om kosten die voortvloeien uit bijzondere omstandigheden als bedoeld in artikel 35, eerste lid, van de Participatiewet. Het college heeft onvoldoende gemotiveerd waarom deze kosten uit de bijstandsnorm kunnen worden voldaan.

6. Het bestreden besluit is daarom in strijd met artikel 7:12 van de Algemene wet bestuursrecht onvoldoende gemotiveerd.`,
      );
      footer(q, 'HAA 26/2291 · blad 2 van 3');
      const r = d.page();
      r.at(60);
      r.ln('Conclusie en gevolgen', { f: 'serifB' });
      r.p(
        `7. Het beroep is gegrond. Het college moet een nieuw besluit op het bezwaar nemen met inachtneming van deze uitspraak, binnen zes weken. Het college moet het griffierecht van € 53 aan eiser vergoeden en wordt veroordeeld in de proceskosten van eiser tot een bedrag van € 1.868,-.`,
      );
      r.ln('Beslissing', { f: 'serifB' });
      r.p(
        `De rechtbank:
- verklaart het beroep gegrond;
- vernietigt het bestreden besluit;
- draagt het college op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit te nemen;
- bepaalt dat het college het griffierecht van € 53,- aan eiser moet vergoeden;
- veroordeelt het college in de proceskosten van eiser tot een bedrag van € 1.868,-.

Deze uitspraak is gedaan door mr. R.J. Kaptein, rechter, in aanwezigheid van mr. S. Ates, griffier. De uitspraak is uitgesproken in het openbaar op 1 december 2026.`,
      );
      r.ln('Rechtsmiddel', { f: 'serifB' });
      r.p(
        'Tegen deze uitspraak kan hoger beroep worden ingesteld bij de Centrale Raad van Beroep binnen zes weken na de dag waarop deze is verzonden.',
        { size: 9 },
      );
      footer(r, 'HAA 26/2291 · blad 3 van 3 · afschrift verzonden aan partijen op 1 december 2026');
      return d;
    },
  },
  {
    slug: 'beroepschrift-advocaat-onbekende',
    type: 'court_document',
    client: null,
    language: 'nl',
    render: 'fax',
    faxHeader: '01-12-2026 12:20  ADVOCATUUR DE BRUG  0299 414 141',
    label: 'Copy of a notice of appeal to the court for a person who is not in the directory (route to bezwaar)',
    date: '2026-12-01',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, 'Advocatuur De Brug', ['mr. S. Koç · mr. B. de Lange', 'Brugstraat 21, 1232 BA Voorbeeld'], {
        f: 'serifB',
        color: [0.1, 0.1, 0.1],
      });
      for (const l of ['Rechtbank Noord-Holland', 'Sector bestuursrecht', 'Postbus 1621', '2003 BR Haarlem']) p.ln(l);
      p.gap(10);
      p.ln('Afschrift aan: college van B&W gemeente Voorbeeld (Team Bezwaar en Beroep)', { size: 8.5, f: 'serifI', after: 8 });
      p.kv(
        [
          ['Datum', '1 december 2026'],
          ['Betreft', 'beroepschrift G. Yıldırım / college B&W Voorbeeld'],
          ['Besluit', 'beslissing op bezwaar van 21 oktober 2026, kenmerk BZ-26-0877'],
        ],
        { labelW: 70 },
      );
      p.ln('BEROEPSCHRIFT', { f: 'serifB', size: 12, after: 6 });
      p.p(
        `Edelgrootachtbare heer/vrouwe,

Ondergetekende, mr. S. Koç, advocaat, handelend namens de heer Gökhan Yıldırım, geboren 02-09-1983, wonende Stationsweg 301, 1235 AB Voorbeeld, stelt hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van de gemeente Voorbeeld van 21 oktober 2026, waarbij het bezwaar van appellant tegen de weigering van een bijstandsuitkering ongegrond is verklaard.

Appellant kan zich met deze beslissing niet verenigen. Het college heeft ten onrechte aangenomen dat appellant beschikt over vermogen in Turkije (een aandeel in een woning in Kayseri). Dit aandeel is in 2024 aan zijn broer overgedragen, zoals blijkt uit de (beëdigd vertaalde) akte die in bezwaar is overgelegd.

De gronden zullen binnen de door uw rechtbank te stellen termijn worden aangevuld. Appellant verzoekt tevens om een voorlopige voorziening, gelet op zijn financiële noodsituatie.

Hoogachtend,`,
      );
      signature(p, 'mr. S. Koç', { ink: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'griffie-oproep-zitting',
    type: 'court_document',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Court registry summons to a hearing, sent to the municipality; the appellant only named by initial',
    date: '2026-11-24',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 50, 'Rechtbank Noord-Holland', { f: 'sansB', size: 13 });
      p.t(p.left, 64, 'Team Bestuursrecht', { size: 9 });
      p.t(p.right, 50, 'Postbus 1621 · 2003 BR Haarlem', { size: 7.5, color: GREY, align: 'right' });
      p.at(100);
      for (const l of [
        'Het college van burgemeester en wethouders',
        'van de gemeente Voorbeeld',
        't.a.v. Team Bezwaar en Beroep',
        'Postbus 1234',
        '1230 AA Voorbeeld',
      ])
        p.ln(l);
      p.gap(16);
      p.kv(
        [
          ['Datum', '24 november 2026'],
          ['Zaaknummer', 'HAA 26/3107 PW'],
          ['Partijen', 'M. Aydın / college van B&W van Voorbeeld'],
          ['Contact', 'griffie bestuursrecht, 088-361 10 00'],
        ],
        { size: 9, labelW: 90 },
      );
      p.ln('Uitnodiging voor de zitting', { f: 'sansB', size: 12, after: 6 });
      p.p(
        `Geachte heer/mevrouw,

De rechtbank behandelt het beroep in bovengenoemde zaak op een zitting. U bent als verweerder uitgenodigd.

Datum: dinsdag 12 januari 2027
Tijd: 10.40 uur (de zaak duurt ongeveer 45 minuten)
Plaats: Paleis van Justitie, Jansstraat 81, Haarlem

U kunt nog tot uiterlijk tien dagen voor de zitting nadere stukken indienen. Stukken die later binnenkomen kan de rechter buiten beschouwing laten. Wilt u uiterlijk 15 december 2026 laten weten wie namens u aanwezig zal zijn?

Hoogachtend,
de griffier`,
      );
      p.ln('Deze brief is automatisch aangemaakt en daarom niet ondertekend.', { size: 8, color: GREY });
      return d;
    },
  },
  // ---- UWV ----
  {
    slug: 'uwv-ww-toekenning-2p',
    type: 'uwv_decision',
    client: 'K-100101',
    language: 'nl',
    render: 'scan',
    label: 'UWV decision granting unemployment benefit (WW), BSN, 2 pages',
    date: '2026-11-18',
    build: () => {
      const d = new Doc();
      const p = d.page();
      uwvHead(
        p,
        [`De heer J. de Vries`, JAN.street, JAN.city],
        [
          ['Datum', '18 november 2026'],
          ['Burgerservicenummer', JAN.bsn],
          ['Ons kenmerk', 'WW-2026-11-731904'],
        ],
        'U krijgt een WW-uitkering',
      );
      p.p(
        `Beste heer De Vries,

U heeft op 2 november 2026 een WW-uitkering aangevraagd. U krijgt een WW-uitkering vanaf 2 november 2026. In deze brief leest u hoe lang u de uitkering krijgt en hoe hoog deze is.

Hoe lang krijgt u een WW-uitkering?
U krijgt de uitkering tot en met 1 februari 2027. Dit is 3 maanden. U heeft geen recht op een langere uitkering, omdat u in de afgelopen 5 jaar niet in 4 jaar minimaal 208 uur heeft gewerkt.

Hoe hoog is uw WW-uitkering?
Uw dagloon is € 96,42. De eerste 2 maanden krijgt u 75% van uw dagloon, daarna 70%. Over november 2026 krijgt u ongeveer € 1.369,16 bruto.`,
      );
      footer(p, 'WW-2026-11-731904 · 1/2');
      const q = d.page();
      q.at(60);
      q.p(
        `Wat moet u doen?
- U moet elke maand het formulier Inkomstenopgave invullen via Mijn UWV, ook als u geen inkomsten heeft.
- U moet 4 sollicitatieactiviteiten per 4 weken doen en deze registreren.
- Ontvangt u ook bijstand van uw gemeente? Geef deze WW-beslissing dan door aan uw gemeente. De WW gaat voor op de bijstand.

Bent u het niet eens met deze beslissing?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan via Mijn UWV of schriftelijk.

Met vriendelijke groet,

M. Terpstra
afdeling Uitkeren WW`,
      );
      footer(q, 'WW-2026-11-731904 · 2/2');
      scribble(q, 300, 600, ['kopie voor gemeente', 'Jan d V.'], { rot: -4 });
      return d;
    },
  },
  {
    slug: 'uwv-wia-partner-met-eigen-nummer',
    type: 'uwv_decision',
    client: null,
    conflict: ['K-100255', 'K-100206'],
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'UWV decision for one client (BSN) with a covering note by his partner giving her own client number (2 pages)',
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const n = d.page();
      notebook(n, { top: 80, lh: 24 });
      handLines(
        n,
        [
          'Aan de gemeente, afd. uitkeringen',
          '',
          'Hierbij de brief van het UWV van Bart. Hij krijgt nu',
          'WGA en dat is minder dan we dachten. Wil u kijken of',
          'wij nu aanvulling kunnen krijgen?',
          'Wij wonen samen sinds april.',
          '',
          'Ingrid van Dijk',
          'mijn klantnummer K-100206',
        ],
        { top: 104, lh: 24, size: 14 },
      );
      const p = d.page();
      uwvHead(
        p,
        [`De heer B. Meijer`, BART.street, BART.city],
        [
          ['Datum', '26 november 2026'],
          ['Burgerservicenummer', BART.bsn],
          ['Ons kenmerk', 'WIA/BS/2026/550219'],
        ],
        'Beslissing over uw WIA-uitkering',
      );
      p.p(
        `Beste heer Meijer,

U bent na 104 weken ziekte beoordeeld door onze verzekeringsarts en arbeidsdeskundige. U bent voor 62,4% arbeidsongeschikt. U krijgt vanaf 1 januari 2027 een WGA-uitkering.

Eerst krijgt u een loongerelateerde WGA-uitkering tot en met 30 september 2027. Daarna krijgt u een WGA-vervolguitkering, omdat u minder verdient dan 50% van uw restverdiencapaciteit.

De hoogte van uw uitkering is in de eerste 2 maanden 75% van uw dagloon. Uw maandloon is € 2.931,00. Uw uitkering is ongeveer € 2.198,25 bruto per maand.

Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.

Met vriendelijke groet,
UWV Sociaal Medische Zaken`,
      );
      return d;
    },
  },
  {
    slug: 'uwv-einde-ziektewet',
    type: 'uwv_decision',
    client: 'K-100108',
    language: 'nl',
    render: 'scan',
    label: 'UWV decision ending sickness benefit (Ziektewet) after an examination, BSN',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      uwvHead(
        p,
        [`Mevrouw F. el Amrani`, FATIMA.street, FATIMA.city],
        [
          ['Datum', '30 november 2026'],
          ['Burgerservicenummer', FATIMA.bsn],
          ['Ons kenmerk', 'ZW 1129-88412'],
        ],
        'Uw Ziektewet-uitkering stopt',
      );
      p.p(
        `Beste mevrouw El Amrani,

Op 24 november 2026 heeft u een gesprek gehad met onze verzekeringsarts. De arts vindt dat u weer geschikt bent voor uw eigen werk als verkoopmedewerker of vergelijkbaar werk. Daarom stopt uw Ziektewet-uitkering op 8 december 2026.

Wat betekent dit voor u?
U krijgt na 8 december 2026 geen Ziektewet-uitkering meer. Heeft u geen werk? Dan kunt u misschien een WW-uitkering krijgen. Vraag die dan binnen 1 week aan via uwv.nl. Heeft u daarna nog te weinig inkomen, neem dan contact op met uw gemeente.

Het rapport van de verzekeringsarts kunt u opvragen.

Bezwaar
Bent u het niet eens met deze beslissing? U kunt binnen 6 weken na de datum van deze brief bezwaar maken.

Met vriendelijke groet,
UWV Ziektewet, team Utrecht`,
      );
      postStamp(p, 470, 130, '04 DEC 2026', 7);
      return d;
    },
  },
  {
    slug: 'uwv-toeslagenwet-foto',
    type: 'uwv_decision',
    client: 'K-100164',
    language: 'nl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Phone photo of a UWV decision on a supplement (Toeslagenwet) on a kitchen table',
    date: '2026-12-05',
    build: () => {
      const d = new Doc();
      const p = d.page();
      uwvHead(
        p,
        [`Mevrouw S. Benali`, SAIDA.street, SAIDA.city],
        [
          ['Datum', '1 december 2026'],
          ['Burgerservicenummer', SAIDA.bsn],
          ['Ons kenmerk', 'TW-26-004411'],
        ],
        'Beslissing Toeslagenwet: u krijgt geen toeslag meer',
      );
      p.p(
        `Beste mevrouw Benali,

U krijgt naast uw WW-uitkering een toeslag op grond van de Toeslagenwet. U heeft ons laten weten dat u sinds 1 november 2026 gaat samenwonen. Uw partner heeft een inkomen uit werk dat hoger is dan de grens. Daarom stopt uw toeslag vanaf 1 november 2026.

Heeft u al toeslag ontvangen over november? Dan krijgt u hierover een aparte brief, omdat u dat bedrag moet terugbetalen.

Met vriendelijke groet,
UWV, afdeling Uitkeren`,
      );
      return d;
    },
  },
  // ---- tax ----
  {
    slug: 'toeslagen-voorschot-huurtoeslag-2027',
    type: 'tax_document',
    client: 'K-100360',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Belastingdienst/Toeslagen advance decision for rent and care allowance 2027 (BSN)',
    date: '2026-11-20',
    build: () => {
      const d = new Doc();
      const p = d.page();
      belastingHead(p, [`Mevrouw G. Lieuw`, GLADYS.street, GLADYS.city], 'Postbus 8024, 6710 SE Ede');
      p.kv(
        [
          ['Datum', '20 november 2026'],
          ['Burgerservicenummer', GLADYS.bsn],
          ['Toeslagjaar', '2027'],
        ],
        { size: 8.5, labelW: 120 },
      );
      p.ln('Voorschotbeschikking huurtoeslag en zorgtoeslag 2027', { f: 'sansB', size: 12, after: 6 });
      p.p('Wij hebben uw voorschot voor 2027 berekend. U krijgt het voorschot elke maand rond de 20e op uw rekening.');
      p.table(
        [
          { h: 'Toeslag', w: 150 },
          { h: 'Per maand', w: 90, r: true },
          { h: 'Per jaar', w: 90, r: true },
        ],
        [
          ['Huurtoeslag', euro(301), euro(3612)],
          ['Zorgtoeslag', euro(131), euro(1572)],
        ],
        { size: 9, grid: true },
      );
      p.p(
        `Wij zijn uitgegaan van deze gegevens:
- uw geschatte toetsingsinkomen 2027: € 19.412
- rekenhuur: € 702,55 per maand
- geen toeslagpartner

Kloppen deze gegevens niet? Geef wijzigingen dan direct door via Mijn toeslagen. Anders moet u misschien later geld terugbetalen.`,
      );
      return d;
    },
  },
  {
    slug: 'aanslag-inkomstenbelasting-2p',
    type: 'tax_document',
    client: 'K-100528',
    language: 'nl',
    render: 'scan',
    label: 'Final income tax assessment 2025 with a calculation page (BSN)',
    date: '2026-11-11',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 50, 'Belastingdienst', { f: 'sansB', size: 16 });
      p.t(p.left, 64, 'Postbus 2000, 6400 CK Heerlen', { size: 9 });
      p.at(112);
      for (const l of [`S. Kuipers`, STEFAN.street, STEFAN.city]) p.ln(l);
      p.gap(20);
      p.kv(
        [
          ['Datum', '11 november 2026'],
          ['Aanslagnummer', `${STEFAN.bsn}.H.56.01`],
          ['Burgerservicenummer', STEFAN.bsn],
        ],
        { size: 8.5, labelW: 120 },
      );
      p.ln('Aanslag inkomstenbelasting en premie volksverzekeringen 2025', { f: 'sansB', size: 11.5, after: 6 });
      p.p(
        `Dit is uw definitieve aanslag over 2025. Wij hebben de gegevens uit uw aangifte overgenomen, met een correctie: u had recht op minder arbeidskorting dan u had ingevuld.

Te betalen: € 214,00

U moet dit bedrag uiterlijk 23 december 2026 betalen. Heeft u een laag inkomen en weinig vermogen? Dan kunt u kwijtschelding vragen.`,
      );
      footer(p, 'blad 1 van 2');
      const q = d.page();
      q.at(60);
      q.ln('Berekening', { f: 'sansB', size: 11, after: 4 });
      q.table(
        [
          { h: 'Omschrijving', w: 280 },
          { h: 'Bedrag', w: 110, r: true },
        ],
        [
          ['Loon (Groothandel Bouwstof B.V., jan-jun)', euro(13408)],
          ['Uitkering Participatiewet (jul-dec)', euro(7611)],
          ['Belastbaar inkomen uit werk en woning', euro(21019)],
          ['Inkomstenheffing box 1', euro(7671.93)],
          ['Algemene heffingskorting', euro(-3068)],
          ['Arbeidskorting', euro(-1832)],
          ['Ingehouden loonheffing', euro(-2557.93)],
          ['Te betalen', euro(214)],
        ],
        { size: 9 },
      );
      footer(q, 'blad 2 van 2');
      return d;
    },
  },
  {
    slug: 'toeslagen-terugvordering-onbekende',
    type: 'tax_document',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Care allowance recovery letter for a woman who is not in the directory (stranger BSN)',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      belastingHead(p, ['Mevrouw I. Brink', 'Molenweg 9', '1231 GA Voorbeeld'], 'Postbus 8024, 6710 SE Ede');
      p.kv(
        [
          ['Datum', '27 november 2026'],
          ['Burgerservicenummer', strangerBsn('brink-j')],
          ['Betalingskenmerk', '4411 0028 9921 3340'],
        ],
        { size: 8.5, labelW: 120 },
      );
      p.ln('Definitieve berekening zorgtoeslag 2024: u moet € 1.120 terugbetalen', { f: 'sansB', size: 11.5, after: 6 });
      p.p(
        `Wij hebben uw zorgtoeslag over 2024 definitief berekend. Uw inkomen was hoger dan u had doorgegeven. U had recht op € 264. U heeft € 1.384 ontvangen. U moet € 1.120 terugbetalen.

U krijgt hierover een aparte betaalbrief. U kunt dan een betalingsregeling aanvragen.`,
      );
      scribble(p, 300, 520, ['graag hulp bij betalen!', 'Ilse'], { rot: 5 });
      return d;
    },
  },
  // ---- employment contract ----
  {
    slug: 'arbeidsovereenkomst-thuiszorg-3p',
    type: 'employment_contract',
    client: 'K-100192',
    language: 'nl',
    render: 'scan',
    label: 'Three-page fixed-term employment contract of a home-care organisation (BSN + birth date)',
    date: '2026-11-02',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'Thuiszorg Zonnedauw', ['Zorg bij u thuis', 'Populierenhof 2, 1230 PA Voorbeeld', 'KvK 41208876'], {
        color: [0.9, 0.55, 0.0],
      });
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'sansB', size: 13, align: 'center', after: 10 });
      p.p('De ondergetekenden:');
      p.p(`1. Stichting Thuiszorg Zonnedauw, gevestigd te Voorbeeld, te dezen vertegenwoordigd door mevrouw H. Hartog, manager HR, hierna "werkgever",

2. mevrouw ${DEWI.name}, geboren op ${dmy(DEWI.birthDate)}, wonende ${DEWI.street}, ${DEWI.city}, BSN ${DEWI.bsn}, hierna "werknemer",

komen het volgende overeen:`);
      p.ln('Artikel 1  Functie', { f: 'sansB' });
      p.p('Werknemer treedt in dienst in de functie van Helpende Plus (FWG 30) in het team Voorbeeld-West.');
      p.ln('Artikel 2  Duur', { f: 'sansB' });
      p.p(
        'De arbeidsovereenkomst wordt aangegaan voor de duur van 7 maanden, van 1 november 2026 tot en met 31 mei 2027, en eindigt van rechtswege. De proeftijd bedraagt één maand.',
      );
      footer(p, 'Arbeidsovereenkomst D. Soekhoe · 1/3');
      const q = d.page();
      q.at(60);
      q.ln('Artikel 3  Arbeidsduur', { f: 'sansB' });
      q.p('De arbeidsduur bedraagt gemiddeld 12 uur per week, te werken volgens rooster, ook in avond en weekend.');
      q.ln('Artikel 4  Salaris', { f: 'sansB' });
      q.p(
        'Het salaris bedraagt € 2.561,- bruto per maand bij een volledige werkweek van 36 uur (FWG 30, trede 2 cao VVT), naar rato € 853,67 per maand. Vakantietoeslag 8% en eindejaarsuitkering 8,33%.',
      );
      q.ln('Artikel 5  Cao en pensioen', { f: 'sansB' });
      q.p('Op deze overeenkomst is de cao VVT van toepassing. Werknemer neemt deel aan de pensioenregeling van PFZW.');
      q.ln('Artikel 6  Reiskosten', { f: 'sansB' });
      q.p('Werkgever vergoedt zakelijke kilometers volgens de cao.');
      q.ln('Artikel 7  Geheimhouding', { f: 'sansB' });
      q.p('Werknemer is verplicht tot geheimhouding van alles wat zij over cliënten te weten komt.');
      footer(q, 'Arbeidsovereenkomst D. Soekhoe · 2/3');
      const r = d.page();
      r.at(60);
      r.ln('Artikel 8  Aanzegging', { f: 'sansB' });
      r.p('Werkgever laat werknemer uiterlijk één maand voor het einde schriftelijk weten of de overeenkomst wordt voortgezet.');
      r.gap(14);
      r.p('Aldus opgemaakt en in tweevoud ondertekend te Voorbeeld, 28 oktober 2026.');
      r.gap(10);
      r.t(r.left, r.y, 'Werkgever', { f: 'sansB' });
      r.t(r.left + 250, r.y, 'Werknemer', { f: 'sansB' });
      r.t(r.left, r.y + 30, 'H. Hartog', { f: 'hand', size: 17, color: BLACK_INK });
      r.t(r.left + 250, r.y + 30, 'D. Soekhoe', { f: 'hand', size: 17, color: BLUE_INK });
      footer(r, 'Arbeidsovereenkomst D. Soekhoe · 3/3');
      return d;
    },
  },
  // ---- other ----
  {
    slug: 'nieuwsbrief-woonstichting',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'digital',
    author: 'Thuis aan de Dijk',
    label: "A housing corporation's tenants' newsletter (no request, no client)",
    date: '2026-11-25',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.rect(0, 0, 595.28, 90, { fill: [0.75, 0.1, 0.2] });
      p.t(p.left, 48, 'Dijkpraat', { f: 'sansB', size: 28, color: [1, 1, 1] });
      p.t(p.left, 72, 'Bewonersblad van Woonstichting Thuis aan de Dijk · winter 2026', { size: 9, color: [1, 1, 1] });
      p.at(110);
      p.ln('Huurverhoging 2027: wat betekent het voor u?', { f: 'sansB', size: 13 });
      p.p(
        'In januari ontvangen alle huurders een brief over de huur van 2027. Gemiddeld stijgt de huur met 4,1%. Heeft u een laag inkomen? Misschien heeft u recht op huurtoeslag. Onze huurconsulenten helpen u graag tijdens het inloopspreekuur op dinsdagmiddag.',
        { w: 300 },
      );
      p.ln('Nieuwe speeltuin aan de Havenkade', { f: 'sansB', size: 13 });
      p.p(
        'Samen met bewoners hebben we een nieuwe speeltuin ontworpen. De opening is op 16 december om 15.00 uur, met warme chocolademelk.',
        { w: 300 },
      );
      p.ln('Rookmelders: gratis vervangen', { f: 'sansB', size: 13 });
      p.p('Piept uw rookmelder? Bel ons servicenummer. Wij vervangen hem gratis.', { w: 300 });
      p.ln('Geldzorgen? Wacht niet te lang', { f: 'sansB', size: 13 });
      p.p(
        'Heeft u moeite met het betalen van de huur? Neem op tijd contact met ons op. Samen zoeken we een oplossing. Ook de gemeente en het buurtteam kunnen helpen.',
        { w: 300 },
      );
      p.rect(390, 110, 141, 300, { fill: [0.97, 0.92, 0.92] });
      p.t(400, 130, 'Agenda', { f: 'sansB', size: 12, color: [0.75, 0.1, 0.2] });
      [
        '10 dec  Bewonersavond Oost',
        '16 dec  Opening speeltuin',
        '22 dec  Kerstmarkt De Schakel',
        '5 jan  Spreekuur huurtoeslag',
        '14 jan  Ledenvergadering HV',
      ].forEach((l, i) => {
        p.t(400, 152 + i * 18, l, { size: 8.5 });
      });
      footer(p, 'Dijkpraat verschijnt 3x per jaar · afmelden: redactie@thuisaandedijk.example');
      return d;
    },
  },
  {
    slug: 'avg-inzageverzoek-advocaat',
    type: 'other',
    client: 'K-100430',
    language: 'nl',
    render: 'scan',
    label: "A lawyer's request under the GDPR (art. 15 AVG) for a copy of all personal data of the client",
    date: '2026-12-02',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(p, 'Meester & Van Rijn Advocaten', ['Herengracht 9, 1231 AA Voorbeeld', 'T 0299-555 000'], {
        f: 'serifB',
        color: [0.1, 0.1, 0.1],
      });
      for (const l of ['Gemeente Voorbeeld', 't.a.v. de Functionaris Gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld']) p.ln(l);
      p.gap(12);
      p.kv(
        [
          ['Datum', '2 december 2026'],
          ['Inzake', `mevrouw E. Peters, BSN ${ELS.bsn}`],
          ['Ons kenmerk', '2026.0455'],
        ],
        { labelW: 90, size: 9.5 },
      );
      p.ln('Verzoek om inzage persoonsgegevens (art. 15 AVG)', { f: 'serifB', after: 6 });
      p.p(
        `Geachte heer, mevrouw,

Namens mijn cliënte, mevrouw E. Peters, verzoek ik u op grond van artikel 15 van de Algemene Verordening Gegevensbescherming om een volledig overzicht van de persoonsgegevens die uw gemeente van haar verwerkt, inclusief:

- een kopie van alle gespreksverslagen, notities en e-mails in haar dossier bij Werk en Inkomen sinds 2022;
- de gegevens die u heeft ontvangen van of verstrekt aan derden (zoals de Belastingdienst, UWV en de woningcorporatie);
- de doeleinden van de verwerking en de bewaartermijnen.

Dit verzoek staat los van enige bezwaar- of beroepsprocedure. Ik verzoek u binnen de wettelijke termijn van één maand te reageren. Een machtiging van cliënte en een kopie van haar legitimatiebewijs (met afgeschermd BSN en pasfoto) zijn bijgevoegd.

Hoogachtend,`,
      );
      signature(p, 'mr. E. van Rijn', { ink: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'uitnodiging-informatieavond-schulden',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'digital',
    author: 'Stichting Schuldenvrij Voorbeeld',
    label: 'Invitation to a public information evening about money worries (no client, no request)',
    date: '2026-11-23',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.rect(0, 0, 595.28, 841.89, { fill: [0.98, 0.96, 0.88] });
      p.t(297, 110, 'UITNODIGING', { f: 'sansB', size: 30, color: [0.1, 0.4, 0.3], align: 'center' });
      p.t(297, 150, 'Informatieavond "Grip op je geld"', { f: 'sansB', size: 18, align: 'center' });
      p.at(190);
      p.p(
        `Heeft u vragen over toeslagen, rekeningen of schulden? Of wilt u weten hoe u uw geld beter kunt plannen? Kom naar onze gratis informatieavond!

Wanneer: donderdag 17 december 2026, 19.30 - 21.30 uur (inloop vanaf 19.00)
Waar: Wijkcentrum De Schakel, Beatrixstraat 2, Voorbeeld

Sprekers:
- een budgetcoach van Stichting Schuldenvrij Voorbeeld
- een medewerker van het Juridisch Loket
- ervaringsdeskundige Marco vertelt zijn verhaal

Er is koffie, thee en iets lekkers. Kinderopvang aanwezig. Tolken Arabisch en Turks zijn beschikbaar.

Aanmelden is niet nodig, maar wel fijn: info@schuldenvrijvoorbeeld.example of 0299-70 70 70.`,
        { align: 'left', size: 11.5 },
      );
      p.t(297, 760, 'Stichting Schuldenvrij Voorbeeld · in samenwerking met de buurtteams', { size: 8.5, align: 'center', color: GREY });
      return d;
    },
  },
];
