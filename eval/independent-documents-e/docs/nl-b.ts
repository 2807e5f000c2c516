// Dutch post, part B: courts, UWV, Belastingdienst, housing, medical, work, debts, AVG.
import {
  boxField,
  C,
  checkbox,
  Doc,
  dmy,
  field,
  footer,
  GEM,
  GREY,
  hand,
  INK,
  letterhead,
  mailPrint,
  nlLong,
  refs,
  roundStamp,
  type Spec,
  scribble,
  strangerBsn,
  typoBsn,
  windowAddress,
} from '../lib.ts';

const kuipers = C('K-100528');
const kromo = C('K-100304');
const meijer = C('K-100255');
const soekhoe = C('K-100192');
const joke = C('K-100479');
const benali = C('K-100164');
const winston = C('K-100542');
const nadia = C('K-100276');
const ria = C('K-100150');
const mieke = C('K-100521');
const khadija = C('K-100444');
const samira = C('K-100493');
const sandra = C('K-100318');
const gladys = C('K-100360');
const schuldenaarBsn = strangerBsn('Priscilla Goedhart');

export const nlB: Spec[] = [
  {
    slug: 'nl-rechtbank-beroep-ontvangen-stukken',
    type: 'court_document',
    client: 'K-100528',
    language: 'nl',
    render: 'scan',
    label: 'court letter: appeal received, municipality must send the file',
    date: '2026-04-28',
    author: 'Rechtbank Noord-Holland',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.t(p.left, 50, 'RECHTBANK NOORD-HOLLAND', { f: 'serifB', size: 13 });
      p.t(p.left, 64, 'Team bestuursrecht', { size: 9 });
      p.t(p.left, 76, 'Postbus 1621, 2003 BR Haarlem', { size: 8.5, color: GREY });
      windowAddress(p, ['College van burgemeester en wethouders', 'van de gemeente Voorbeeld', 'Postbus 1234', '1230 AA  VOORBEELD'], {
        y: 140,
      });
      refs(
        p,
        [
          ['datum', '28 april 2026'],
          ['zaaknummer', 'HAA 26/2291 PW'],
          ['onderwerp', 'beroep Participatiewet'],
          ['uw kenmerk', 'BZ-2025-1412'],
        ],
        { x: p.left, lw: 80 },
      );
      p.p(`Geacht college,

De rechtbank heeft een beroepschrift ontvangen van:

S. Kuipers, geboren op ${nlLong(kuipers.birthDate)}, wonende te Voorbeeld,
gemachtigde: mr. R. Oudshoorn,

gericht tegen uw beslissing op bezwaar van 17 maart 2026.

Een kopie van het beroepschrift is bijgevoegd. Op grond van artikel 8:42 van de Algemene wet bestuursrecht verzoekt de rechtbank u binnen vier weken na verzending van deze brief de op de zaak betrekking hebbende stukken in te zenden en een verweerschrift in te dienen. Wilt u de stukken genummerd en voorzien van een inventarislijst inzenden, bij voorkeur via het digitale portaal?

Indien u geen verweerschrift indient of de stukken niet tijdig inzendt, kan de rechtbank daaraan de gevolgen verbinden die haar geraden voorkomen.`);
      const q = d.page();
      q.at(60);
      q.p(
        `Bij correspondentie altijd het zaaknummer vermelden.

Hoogachtend,

de griffier,`,
        { after: 20 },
      );
      hand(q, q.left, q.y, 'mr. E. Stam', { size: 15, color: [0.1, 0.1, 0.1] });
      q.gap(24);
      q.ln('mr. E. Stam');
      q.gap(20);
      q.ln('Bijlage: kopie beroepschrift (3 blz.)', { size: 9 });
      roundStamp(q, 420, 300, ['RECHTBANK', 'NOORD-HOLLAND', 'GRIFFIE'], [0.2, 0.2, 0.2]);
      footer(q, 'Bezoekadres Jansstraat 81, Haarlem · www.rechtspraak.nl · telefoon 088 361 11 11');
      return d;
    },
  },
  {
    slug: 'nl-fax-beroepschrift-advocaat',
    type: 'court_document',
    client: 'K-100304',
    language: 'nl',
    render: 'fax',
    label: "lawyer's appeal to the court, copy faxed to the municipality",
    date: '2026-03-26',
    author: 'OUDSHOORN SOCIAAL RECHT',
    build() {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(p, {
        name: 'Oudshoorn Sociaal Recht',
        sub: 'advocaten',
        lines: ['Breestraat 101 · 1234 CD Voorbeeld', 'fax 0123 - 61 90 01'],
        style: 'left',
        font: 'serifB',
        color: [0, 0, 0],
      });
      windowAddress(p, ['Rechtbank Noord-Holland', 'sector bestuursrecht', 'Postbus 1621', '2003 BR  HAARLEM'], {
        y: 130,
        sender: 'Per fax vooruit: 023-5 19 98 40 — afschrift aan gemeente Voorbeeld',
      });
      refs(
        p,
        [
          ['Datum', '26 maart 2026'],
          ['Inzake', 'M. Kromodimedjo / college B&W Voorbeeld'],
          ['Ons nr.', '26-044'],
        ],
        { x: p.left, lw: 70, size: 9.5 },
      );
      p.ln('BEROEPSCHRIFT', { f: 'serifB', size: 12, after: 6 });
      p.p(`Edelgrootachtbare heer, vrouwe,

Ondergetekende, mr. R. Oudshoorn, advocaat, handelend als gemachtigde van de heer M. Kromodimedjo, ${kromo.street}, Voorbeeld, BSN ${kromo.bsn}, stelt hierbij beroep in tegen de beslissing op bezwaar van het college van burgemeester en wethouders van Voorbeeld van 12 februari 2026, kenmerk BZ-2025-1377, waarbij het bezwaar tegen de intrekking van de bijstand met ingang van 1 september 2025 ongegrond is verklaard.

GRONDEN
1. Verweerder heeft ten onrechte aangenomen dat eiser een gezamenlijke huishouding voert met mevrouw A. op het adres Spoorlaan 91. Mevrouw A. staat weliswaar op dat adres ingeschreven, maar zij verblijft sinds de zomer van 2025 grotendeels bij haar zieke moeder.
2. Het huisbezoek van 3 september 2025 heeft plaatsgevonden zonder dat eiser op de gevolgen van een weigering is gewezen; de verkregen informatie mag niet worden gebruikt.`);
      const q = d.page();
      q.at(60);
      q.p(`3. Verweerder heeft de hoorzitting gehouden zonder dat de gemachtigde van eiser tijdig over de stukken beschikte.

Eiser verzoekt de rechtbank het beroep gegrond te verklaren, de bestreden beslissing te vernietigen, verweerder te veroordelen in de proceskosten en te bepalen dat het griffierecht wordt vergoed.

Eiser behoudt zich het recht voor de gronden aan te vullen.

Hoogachtend,

mr. R. Oudshoorn`);
      scribble(q, q.left, q.y + 4, 80, [0, 0, 0]);
      q.gap(30);
      q.ln('Bijlagen: bestreden besluit, primair besluit, toevoeging Raad voor Rechtsbijstand', { size: 9 });
      return d;
    },
  },
  {
    slug: 'nl-uwv-beslissing-ww',
    type: 'uwv_decision',
    client: 'K-100255',
    language: 'nl',
    render: 'digital',
    label: 'UWV decision granting unemployment benefit (WW)',
    date: '2026-03-05',
    author: 'UWV',
    build() {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 50, 'UWV', { f: 'sansB', size: 24, color: [0, 0.3, 0.6] });
      p.t(p.left + 62, 50, 'Uitvoeringsinstituut Werknemersverzekeringen', { size: 8, color: [0, 0.3, 0.6] });
      windowAddress(p, [`De heer B. ${meijer.last}`, meijer.street, meijer.city], {
        y: 130,
        sender: 'Retouradres: Postbus 58285, 1040 HG Amsterdam',
      });
      refs(
        p,
        [
          ['Datum', '5 maart 2026'],
          ['Onderwerp', 'U krijgt een WW-uitkering'],
          ['Burgerservicenummer', meijer.bsn],
          ['Ons kenmerk', 'WW-2026-551093'],
        ],
        { x: p.left, lw: 110 },
      );
      p.p(
        `Beste meneer Meijer,

U heeft op 9 februari 2026 een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf 2 februari 2026. In deze brief leest u hoe hoog uw uitkering is en hoe lang u hem krijgt.

Hoe hoog is uw uitkering?
Uw dagloon is € 118,42. De eerste 2 maanden krijgt u 75% van uw dagloon. Daarna krijgt u 70%. Wij betalen uw uitkering elke maand. Het bedrag per maand hangt af van het aantal uitkeringsdagen in die maand.

Hoe lang krijgt u de uitkering?
U krijgt de WW-uitkering tot en met 1 november 2026, als er niets verandert in uw situatie.

Wat moet u doen?
U moet werk zoeken en elke maand uw inkomsten doorgeven via Mijn UWV, ook als u geen inkomsten heeft. Krijgt u ook bijstand van de gemeente? Geef deze beslissing dan door aan uw gemeente.`,
        { size: 9.5 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `Bent u het niet eens met deze beslissing?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan via Mijn UWV of met een brief aan UWV, Postbus 58285, 1040 HG Amsterdam.

Met vriendelijke groet,

Marleen Hoogeveen
afdelingsmanager WW

Specificatie
Dagloon: € 118,42
Uitkeringspercentage t/m 1 april 2026: 75%
Uitkeringspercentage vanaf 2 april 2026: 70%
Bruto uitkering februari 2026 (19 dagen): € 1.687,49`,
        { size: 9.5 },
      );
      footer(q, 'UWV · Postbus 58285 · 1040 HG Amsterdam · uwv.nl · 088 - 898 92 94');
      return d;
    },
  },
  {
    slug: 'nl-foto-uwv-ziektewet',
    type: 'uwv_decision',
    client: 'K-100192',
    language: 'nl',
    render: 'photo',
    label: 'phone photo of a UWV sickness benefit decision',
    date: '2026-02-17',
    author: 'UWV',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 50, 'UWV', { f: 'sansB', size: 24, color: [0, 0.3, 0.6] });
      windowAddress(p, ['Mevrouw D. Soekhoe', soekhoe.street, soekhoe.city], {
        y: 120,
        sender: 'Retouradres: Postbus 58285, 1040 HG Amsterdam',
      });
      refs(
        p,
        [
          ['Datum', '17 februari 2026'],
          ['Onderwerp', 'Beslissing over uw Ziektewet-uitkering'],
          ['BSN', soekhoe.bsn],
        ],
        { x: p.left, lw: 70 },
      );
      p.p(`Beste mevrouw Soekhoe,

U bent op 6 januari 2026 ziek geworden. U had toen een tijdelijk contract via een uitzendbureau dat op 31 januari 2026 is geëindigd. U krijgt daarom vanaf 1 februari 2026 een Ziektewet-uitkering van UWV.

Uw uitkering is 70% van uw dagloon. Uw dagloon is € 71,06. Wij betalen de uitkering 1 keer per maand, rond de 23e.

Wij nodigen u binnenkort uit voor een gesprek met de arbeidsdeskundige. Heeft u ook een uitkering van de gemeente? Dan houdt de gemeente misschien rekening met deze uitkering. Laat deze brief aan uw gemeente zien.

Met vriendelijke groet,
UWV Ziektewet`);
      return d;
    },
  },
  {
    slug: 'nl-toeslagen-beschikking-zorgtoeslag',
    type: 'tax_document',
    client: 'K-100479',
    language: 'nl',
    render: 'scan',
    label: 'Belastingdienst/Toeslagen provisional healthcare allowance decision',
    date: '2026-01-20',
    author: 'Belastingdienst/Toeslagen',
    build() {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 50, 'Belastingdienst/Toeslagen', { f: 'sansB', size: 14 });
      windowAddress(p, [`Mevrouw J. van der Heijden`, joke.street, joke.city], { y: 110 });
      refs(
        p,
        [
          ['Datum', '20 januari 2026'],
          ['Burgerservicenummer', joke.bsn],
          ['Toeslagnummer', '1234.56.789.Z.01'],
        ],
        { x: p.left, lw: 110 },
      );
      p.ln('Voorschotbeschikking zorgtoeslag 2026', { f: 'sansB', size: 12, after: 6 });
      p.p(
        `U krijgt een voorschot zorgtoeslag over 2026. Wij hebben dit voorschot berekend met de gegevens die wij van u hebben. Controleer of uw gegevens kloppen. Klopt er iets niet? Geef het dan door via Mijn toeslagen.`,
      );
      p.table(
        [
          { h: 'Berekening', w: 300 },
          { h: 'Bedrag', w: 120, r: true },
        ],
        [
          ['Geschat toetsingsinkomen 2026', '€ 16.210'],
          ['Standaardpremie', '€ 2.112'],
          ['Normpremie', '€ 587'],
          ['Zorgtoeslag per jaar', '€ 1.525'],
          ['Voorschot per maand', '€ 127'],
        ],
        { size: 9 },
      );
      p.p(
        'Het voorschot wordt rond de 20e van elke maand uitbetaald op uw rekening. Na afloop van 2026 berekenen wij de definitieve zorgtoeslag. Als u dan te veel heeft gekregen, moet u dat terugbetalen.',
        { size: 9 },
      );
      hand(p, 360, 640, ['voor mijn consulent,', 'klantnr K-100479'], { size: 12 });
      footer(p, 'Belastingdienst/Toeslagen · BelastingTelefoon 0800 - 0543 · www.toeslagen.nl');
      return d;
    },
  },
  {
    slug: 'nl-woningcorporatie-huurverhoging-2026',
    type: 'rental_agreement',
    client: 'K-100164',
    language: 'nl',
    render: 'digital',
    label: "housing corporation's annual rent increase letter",
    date: '2026-04-22',
    author: 'Woonstichting Het Anker',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Woonstichting Het Anker',
        sub: 'thuis in Voorbeeld',
        lines: ['Havenstraat 2', '1238 AB Voorbeeld', 'klantenservice 0123 - 20 30 40'],
        style: 'bar',
        color: [0.0, 0.45, 0.5],
      });
      windowAddress(p, [`Mevrouw S. ${benali.last}`, benali.street, benali.city], { y: 140 });
      refs(
        p,
        [
          ['Datum', '22 april 2026'],
          ['Huurcontractnummer', '0412-1187-03'],
          ['Onderwerp', 'Uw nieuwe huurprijs per 1 juli 2026'],
        ],
        { x: p.left, lw: 110 },
      );
      p.p(`Beste mevrouw Benali,

Elk jaar op 1 juli passen wij de huur aan. In deze brief leest u wat u vanaf 1 juli 2026 betaalt voor uw woning aan de ${benali.street}.`);
      p.table(
        [
          { h: '', w: 250 },
          { h: 'nu', w: 90, r: true },
          { h: 'per 1 juli 2026', w: 100, r: true },
        ],
        [
          ['Kale huur', '€ 598,12', '€ 631,02'],
          ['Servicekosten (schoonmaak trappenhuis, verlichting)', '€ 18,50', '€ 19,25'],
          ['Totale huur per maand', '€ 616,62', '€ 650,27'],
        ],
        { size: 9.5, shade: [0.88, 0.95, 0.95] },
      );
      p.p(`De kale huur stijgt met 5,5%. Dat is binnen de grens die de overheid voor 2026 heeft vastgesteld.

Betaalt u automatisch? Dan passen wij het bedrag zelf aan. Heeft u huurtoeslag? Geef de nieuwe huur dan door aan de Belastingdienst. Krijgt u een uitkering of bijzondere bijstand voor woonkosten? Laat deze brief dan ook aan de gemeente zien.

Bent u het niet eens met de huurverhoging? U kunt tot 1 juli 2026 bezwaar maken bij ons. Gebruik daarvoor het formulier van de Huurcommissie.

Met vriendelijke groet,

Erik Brouwers
manager Wonen`);
      footer(p, 'Woonstichting Het Anker · toegelaten instelling volkshuisvesting · KvK 41234001 · hetanker.example');
      return d;
    },
  },
  {
    slug: 'nl-huurovereenkomst-kamer-particulier',
    type: 'rental_agreement',
    client: 'K-100542',
    language: 'nl',
    render: 'scan',
    label: 'three-page room rental contract with a private landlord',
    date: '2026-02-02',
    build() {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.ln('HUUROVEREENKOMST WOONRUIMTE (KAMER)', { f: 'serifB', size: 13, align: 'center', after: 12 });
      p.p(`De ondergetekenden:

1. De heer J.P. Verbeek, wonende te Voorbeeld, Wilhelminapark 81, hierna te noemen: "verhuurder",

en

2. De heer W. Doelwijt, geboren ${dmy(winston.birthDate)}, thans wonende te Voorbeeld, hierna te noemen: "huurder",

verklaren te zijn overeengekomen als volgt:

Artikel 1 – Het gehuurde
1.1 Verhuurder verhuurt aan huurder een onzelfstandige woonruimte (kamer) op de eerste verdieping van het pand ${winston.street}, 1235 WH Voorbeeld, ter grootte van ca. 14 m², met medegebruik van keuken, douche en toilet.
1.2 Het gehuurde is bestemd om uitsluitend te worden gebruikt als woonruimte voor één persoon.

Artikel 2 – Duur
2.1 Deze overeenkomst gaat in op 1 februari 2026 en wordt aangegaan voor onbepaalde tijd.
2.2 Opzegging geschiedt schriftelijk met inachtneming van een termijn van één maand.`);
      p.t(p.right, 810, 'paraaf: ____  ____', { size: 8 });
      hand(p, 490, 808, 'JPV   WD', { size: 10 });
      const q = d.page();
      q.at(60);
      q.p(`Artikel 3 – Huurprijs
3.1 De huurprijs bedraagt € 485,00 per maand, te vermeerderen met een voorschot van € 75,00 per maand voor gas, water, elektra en internet. Totaal: € 560,00 per maand.
3.2 De huur is bij vooruitbetaling verschuldigd vóór de eerste dag van de maand, door overmaking op rekening NL39 ZUID 0712 5533 10 t.n.v. J.P. Verbeek.
3.3 Huurder betaalt een waarborgsom van € 485,00.

Artikel 4 – Huisregels
4.1 Roken is in het gehele pand niet toegestaan.
4.2 Huurder houdt de gemeenschappelijke ruimten mede schoon volgens het schoonmaakrooster.
4.3 Bezoek na 23.00 uur geen geluidsoverlast.
4.4 Huurder mag zich op het adres inschrijven in de Basisregistratie Personen.

Artikel 5 – Overig
5.1 Er wonen in het pand nog twee andere huurders, ieder met een eigen huurovereenkomst.
5.2 Verhuurder is bevoegd het gehuurde te betreden na voorafgaande aankondiging.`);
      hand(q, 490, 808, 'JPV   WD', { size: 10 });
      const r = d.page();
      r.at(60);
      r.p(
        `Artikel 6 – Servicekosten
Verhuurder verstrekt jaarlijks vóór 1 juli een overzicht van de werkelijke kosten. Een te veel betaald voorschot wordt terugbetaald.

Aldus opgemaakt en in tweevoud ondertekend te Voorbeeld op 28 januari 2026.`,
        { after: 30 },
      );
      r.t(r.left, r.y, 'Verhuurder', { size: 9 });
      r.t(r.left + 250, r.y, 'Huurder', { size: 9 });
      r.gap(14);
      scribble(r, r.left, r.y + 10, 90);
      hand(r, r.left + 250, r.y + 12, 'W. Doelwijt', { size: 16 });
      r.gap(30);
      r.t(r.left, r.y, 'J.P. Verbeek', { size: 9 });
      r.t(r.left + 250, r.y, 'W. Doelwijt', { size: 9 });
      return d;
    },
  },
  {
    slug: 'nl-foto-melding-buitenland-marokko',
    type: 'holiday_notice',
    client: 'K-100276',
    language: 'nl',
    render: 'photo',
    ext: 'png',
    label: 'photo of a handwritten stay-abroad notification form',
    date: '2026-05-11',
    build() {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 46, 'Gemeente Voorbeeld · Werk en Inkomen', { f: 'sansB', size: 12 });
      p.at(70);
      p.ln('Melding verblijf in het buitenland', { f: 'sansB', size: 15, after: 4 });
      p.p(
        'Met een bijstandsuitkering mag u maximaal 4 weken per jaar in het buitenland verblijven. Meld uw vertrek minstens 1 week van tevoren. Neem na terugkomst uw paspoort mee naar de balie.',
        { size: 9 },
      );
      boxField(p, 'Klantnummer', nadia.clientNumber);
      boxField(p, 'Naam', 'N. Ait Lahcen');
      boxField(p, 'Telefoonnummer', '06 14 77 30 21');
      boxField(p, 'Land van bestemming', 'Marokko (Nador)');
      boxField(p, 'Datum vertrek', '1 juni 2026');
      boxField(p, 'Datum terugkomst', '26 juni 2026');
      boxField(p, 'Reden', 'familiebezoek, zus gaat trouwen');
      p.gap(6);
      checkbox(p, p.left, p.y, 'Ik reis alleen', true);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Mijn partner / kinderen reizen mee', false);
      p.gap(16);
      checkbox(p, p.left, p.y, 'Ik ben dit jaar al eerder in het buitenland geweest', false);
      p.gap(30);
      field(p, p.left, p.y, 150, 'Datum', '11-5-2026');
      field(p, p.left + 200, p.y, 200, 'Handtekening', '');
      scribble(p, p.left + 220, p.y + 14, 70);
      return d;
    },
  },
  {
    slug: 'nl-fax-huisarts-verklaring',
    type: 'medical_statement',
    client: 'K-100150',
    language: 'nl',
    render: 'fax',
    label: "GP's faxed statement that the client cannot attend a work programme",
    date: '2026-03-03',
    author: 'HUISARTSENPRAKTIJK DE LINDE',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Huisartsenpraktijk De Linde',
        sub: 'dr. F. Aalbers · mw. dr. K. Nieuwenhuis',
        lines: ['Lindelaan 2, 1238 KA Voorbeeld', 'tel 0123 - 30 40 50 · fax 0123 - 30 40 59'],
        style: 'center',
        color: [0, 0, 0],
      });
      p.at(130);
      p.ln('VERTROUWELIJK – medische verklaring', { f: 'sansB', size: 11, after: 10 });
      p.kv(
        [
          ['Aan', 'Gemeente Voorbeeld, Werk en Inkomen, t.a.v. de consulent werk'],
          ['Betreft', `mw. R. Jansen, geb. ${dmy(ria.birthDate)}`],
          ['Datum', '3 maart 2026'],
        ],
        { labelW: 70 },
      );
      p.p(`Geachte collega,

Op verzoek van en met toestemming van bovengenoemde patiënte bevestig ik dat zij bij mij onder behandeling is. In verband met haar medische situatie is zij naar mijn oordeel in de periode van 3 maart tot in elk geval 15 april 2026 niet in staat deel te nemen aan het re-integratietraject of aan werkzaamheden van meer dan enkele uren per week.

Over de aard van de klachten doe ik, gelet op het medisch beroepsgeheim, geen mededelingen. Indien u een nadere beoordeling wenst, verwijs ik u naar een onafhankelijk arts.

Met collegiale groet,`);
      hand(p, p.left, p.y + 6, 'F. Aalbers', { size: 16, color: [0, 0, 0] });
      p.gap(24);
      p.ln('F. Aalbers, huisarts');
      roundStamp(p, 430, p.y + 10, ['HUISARTSEN', 'DE LINDE', 'VOORBEELD']);
      return d;
    },
  },
  {
    slug: 'nl-fysiotherapie-brief-bsn-getypt-fout',
    type: 'medical_statement',
    client: null,
    language: 'nl',
    render: 'scan',
    label: "physiotherapist's statement with a mistyped BSN and initials only",
    date: '2026-04-09',
    author: 'Fysiotherapie Molenzicht',
    note: 'BSN mistyped, fails elfproef',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Fysiotherapie Molenzicht',
        sub: 'fysiotherapie · manuele therapie · oefentherapie',
        lines: ['Molenweg 60, 1231 GC Voorbeeld', '0123 - 77 88 12'],
        style: 'block',
        color: [0.1, 0.45, 0.65],
      });
      windowAddress(p, GEM, { y: 120 });
      refs(
        p,
        [
          ['Datum', '9 april 2026'],
          ['Betreft', 'mw. M. de Wit'],
          ['BSN', typoBsn(mieke.bsn, 2)],
        ],
        { x: p.left, lw: 60 },
      );
      p.p(`Geachte heer/mevrouw,

Mevrouw De Wit is sinds januari 2026 bij onze praktijk in behandeling na een schouderoperatie. Het herstel verloopt langzaam. Op dit moment kan zij geen werk doen waarbij zij tillen of boven schouderhoogte moet werken. Wij verwachten dat zij over ongeveer 3 maanden weer licht werk kan doen.

Mevrouw heeft ons gevraagd dit aan u te laten weten in verband met haar sollicitatieplicht.

Met vriendelijke groet,

T. Hoogendoorn
fysiotherapeut, BIG-geregistreerd`);
      return d;
    },
  },
  {
    slug: 'nl-sollicitatieoverzicht-handgeschreven',
    type: 'job_application_proof',
    client: 'K-100444',
    language: 'nl',
    render: 'scan',
    label: 'handwritten overview of job applications',
    date: '2026-04-30',
    build() {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(p.left, 46, 'Gemeente Voorbeeld', { f: 'serifB', size: 13 });
      p.t(p.right, 46, 'Overzicht sollicitaties', { f: 'sansB', size: 13, align: 'right' });
      p.at(66);
      p.p(
        'Vul per maand minimaal 4 sollicitaties in en lever dit overzicht in bij uw consulent werk. Voeg bewijs toe (e-mail, brief, screenshot).',
        { size: 8.5 },
      );
      boxField(p, 'Klantnummer', khadija.clientNumber);
      boxField(p, 'BSN', khadija.bsn);
      boxField(p, 'Maand', 'april 2026');
      p.gap(6);
      const rows = [
        ['3-4', 'Kinderopvang Zonnestraal', 'pedagogisch mw.', 'mail', 'afgewezen'],
        ['8-4', 'Supermarkt De Korf', 'vakkenvuller', 'website', 'gesprek 22-4'],
        ['14-4', 'Schoonmaak Glansrijk', 'schoonmaker', 'gebeld', 'geen reactie'],
        ['17-4', 'Thuiszorg Vivaldi', 'huishoudelijke hulp', 'open sollicitatie', '?'],
        ['24-4', 'Hotel De Prins', 'housekeeping', 'via uitzendb.', 'afgewezen'],
      ];
      p.table(
        [
          { h: 'Datum', w: 45 },
          { h: 'Bedrijf', w: 140 },
          { h: 'Functie', w: 110 },
          { h: 'Hoe', w: 85 },
          { h: 'Resultaat', w: 87 },
        ],
        rows.map(() => ['', '', '', '', '']),
        { grid: true, rowH: 26 },
      );
      const top = p.y - 8 - rows.length * 26;
      rows.forEach((r, i) => {
        let x = p.left + 4;
        [45, 140, 110, 85, 87].forEach((w, j) => {
          p.t(x, top + i * 26 + 18, r[j]!, { f: 'hand', size: 11, color: INK });
          x += w;
        });
      });
      p.gap(20);
      field(p, p.left, p.y, 160, 'Datum', '30-04-2026');
      field(p, p.left + 220, p.y, 200, 'Handtekening', '');
      scribble(p, p.left + 240, p.y + 14, 60);
      return d;
    },
  },
  {
    slug: 'nl-foto-afwijzing-sollicitatie-alleen-naam',
    type: 'job_application_proof',
    client: null,
    language: 'nl',
    render: 'photo',
    label: 'photo of a printed rejection e-mail, name only',
    date: '2026-03-20',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      mailPrint(
        p,
        'hbakker@mailbox.example',
        {
          from: 'Recruitment Van Gelder Logistiek <werkenbij@vangelderlogistiek.example>',
          to: 'hbakker@mailbox.example',
          date: 'vr 20-3-2026 11:47',
          subject: 'Uw sollicitatie als heftruckchauffeur (vac. 26-018)',
        },
        `Beste Henk Bakker,

Hartelijk dank voor je sollicitatie op de functie van heftruckchauffeur bij Van Gelder Logistiek in Voorbeeld.

We hebben veel reacties ontvangen. Na zorgvuldige vergelijking hebben we besloten andere kandidaten uit te nodigen, omdat zij meer ervaring hebben met reachtrucks en het werken in ploegendienst.

We bewaren je gegevens graag 4 weken, zodat we contact kunnen opnemen als er een andere passende vacature is. Wil je dat niet, laat het ons dan weten.

We wensen je veel succes met je zoektocht.

Met vriendelijke groet,
Team Recruitment
Van Gelder Logistiek`,
      );
      return d;
    },
  },
  {
    slug: 'nl-arbeidsovereenkomst-thuiszorg',
    type: 'employment_contract',
    client: 'K-100493',
    language: 'nl',
    render: 'digital',
    label: 'three-page fixed-term employment contract (home care)',
    date: '2026-03-02',
    author: 'Thuiszorg Vivaldi',
    build() {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Thuiszorg Vivaldi B.V.',
        sub: 'zorg thuis, dichtbij',
        lines: ['Zorgboulevard 5', '1232 VV Voorbeeld'],
        style: 'right',
        color: [0.6, 0.2, 0.4],
      });
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'serifB', size: 12.5, align: 'center', after: 12 });
      p.p(`Partijen:

Thuiszorg Vivaldi B.V., gevestigd te Voorbeeld, rechtsgeldig vertegenwoordigd door mevrouw C. Blom, manager HR, hierna: "werkgever",

en

mevrouw S. Ouled Ali, geboren op ${nlLong(samira.birthDate)}, wonende ${samira.street}, ${samira.city}, burgerservicenummer ${samira.bsn}, hierna: "werknemer",

komen het volgende overeen.

Artikel 1 – Functie en plaats
Werknemer treedt in dienst in de functie van Helpende Plus (niveau 2+). De werkzaamheden worden verricht bij cliënten thuis in de regio Voorbeeld.

Artikel 2 – Duur
De arbeidsovereenkomst gaat in op 16 maart 2026 en eindigt van rechtswege op 15 maart 2027. Er geldt een proeftijd van één maand.

Artikel 3 – Arbeidsduur
De arbeidsduur bedraagt 20 uur per week, verdeeld volgens rooster.`);
      footer(p, 'Thuiszorg Vivaldi B.V. · KvK 62001122 · pagina 1 van 3');
      const q = d.page();
      q.at(60);
      q.p(`Artikel 4 – Salaris
Werknemer wordt ingedeeld in FWG 30, trede 3 van de CAO VVT. Het bruto salaris bedraagt bij een voltijd dienstverband van 36 uur € 2.612,00 per maand; naar rato van de arbeidsduur is dit € 1.451,11 bruto per maand. Daarnaast heeft werknemer recht op 8% vakantietoeslag en een eindejaarsuitkering van 8,33%.

Artikel 5 – Reiskosten
Werkgever vergoedt de reiskosten tussen cliënten volgens de reiskostenregeling.

Artikel 6 – Pensioen
Werknemer neemt deel aan de pensioenregeling van PFZW.

Artikel 7 – Ziekte
Bij ziekte meldt werknemer zich vóór 7.30 uur af bij de planning. De eerste ziektedag is een wachtdag conform de CAO.

Artikel 8 – Geheimhouding
Werknemer is verplicht tot geheimhouding van alles wat zij over cliënten te weten komt.`);
      footer(q, 'Thuiszorg Vivaldi B.V. · KvK 62001122 · pagina 2 van 3');
      const r = d.page();
      r.at(60);
      r.p(
        `Artikel 9 – CAO
Op deze arbeidsovereenkomst is de CAO Verpleeg-, Verzorgingshuizen en Thuiszorg (VVT) van toepassing.

Aldus overeengekomen en in tweevoud getekend te Voorbeeld op 2 maart 2026.`,
        { after: 30 },
      );
      r.t(r.left, r.y, 'Werkgever', { size: 9 });
      r.t(r.left + 260, r.y, 'Werknemer', { size: 9 });
      r.gap(40);
      r.t(r.left, r.y, 'C. Blom', { size: 9 });
      r.t(r.left + 260, r.y, 'S. Ouled Ali', { size: 9 });
      footer(r, 'Thuiszorg Vivaldi B.V. · KvK 62001122 · pagina 3 van 3');
      return d;
    },
  },
  {
    slug: 'nl-zorgverzekeraar-premieachterstand',
    type: 'debt_notice',
    client: 'K-100318',
    language: 'nl',
    render: 'digital',
    label: "health insurer's notice of premium arrears",
    date: '2026-04-02',
    author: 'Zilverlinde Zorgverzekeringen',
    build() {
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, {
        name: 'Zilverlinde',
        sub: 'Zorgverzekeringen',
        lines: ['Postbus 4400', '3500 HK Utrecht'],
        style: 'block',
        color: [0.4, 0.45, 0.5],
      });
      windowAddress(p, [`Mevrouw S. ${sandra.last}`, sandra.street, sandra.city], { y: 130 });
      refs(
        p,
        [
          ['Datum', '2 april 2026'],
          ['Relatienummer', '100 884 213'],
          ['Geboortedatum', dmy(sandra.birthDate)],
          ['Onderwerp', 'U heeft een betalingsachterstand'],
        ],
        { x: p.left, lw: 90 },
      );
      p.p(`Beste mevrouw Willems,

U heeft de premie voor uw zorgverzekering over 2 maanden niet betaald. Uw achterstand is nu € 297,90. Wij willen u helpen om dit op te lossen.

Wat kunt u doen?
• Betaal het bedrag vóór 16 april 2026 op NL61 ZILV 0000 4400 12 onder vermelding van uw relatienummer.
• Kunt u niet in één keer betalen? Bel ons dan voor een betalingsregeling: 030 - 400 44 00.

Wat gebeurt er als u niet betaalt?
Bij een achterstand van 6 maanden premie melden wij u aan bij het CAK. U betaalt dan een hogere bestuursrechtelijke premie aan het CAK. Dit willen wij graag voorkomen.

Heeft u schulden en wilt u hulp? Neem dan contact op met de schuldhulpverlening van uw gemeente. Met uw toestemming mogen wij uw gemeente ook zelf informeren.

Met vriendelijke groet,
Afdeling Debiteurenbeheer`);
      p.table(
        [
          { h: 'Periode', w: 150 },
          { h: 'Premie', w: 90, r: true },
          { h: 'Betaald', w: 90, r: true },
          { h: 'Open', w: 90, r: true },
        ],
        [
          ['februari 2026', '148,95', '0,00', '148,95'],
          ['maart 2026', '148,95', '0,00', '148,95'],
        ],
        { size: 9 },
      );
      footer(p, 'Zilverlinde Zorgverzekeringen N.V. · KvK 30221100 · zilverlinde.example');
      return d;
    },
  },
  {
    slug: 'nl-fax-deurwaarder-beslag-onder-derden',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'fax',
    label: "bailiff's garnishment notice about a person not in the directory",
    date: '2026-02-26',
    author: 'HOOGLAND & STINS GERECHTSDEURWAARDERS',
    note: 'stranger Priscilla Goedhart',
    build() {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, {
        name: 'HOOGLAND & STINS',
        sub: 'gerechtsdeurwaarders en incassobureau',
        lines: ['Postbus 310 · 1230 AH Voorbeeld', 'fax 0123 - 50 60 71'],
        style: 'center',
        font: 'serifB',
        color: [0, 0, 0],
      });
      windowAddress(p, ['Gemeente Voorbeeld', 'afdeling Werk en Inkomen / uitkeringsadministratie', 'Postbus 1234', '1230 AA  Voorbeeld'], {
        y: 130,
      });
      refs(
        p,
        [
          ['Datum', '26 februari 2026'],
          ['Dossier', 'HS-2026-07731'],
          ['Betreft', 'beslag onder derden (derdenbeslag)'],
        ],
        { x: p.left, lw: 70 },
      );
      p.p(`Geachte heer, mevrouw,

Op 25 februari 2026 heb ik, gerechtsdeurwaarder, ten verzoeke van Stroomwijs Energie B.V. bij exploot ten laste van:

mevrouw P. Goedhart, wonende Zeeheldenstraat 17, 1236 AZ Voorbeeld, burgerservicenummer ${schuldenaarBsn},

beslag gelegd onder uw instelling op al hetgeen u aan voornoemde schuldenaar verschuldigd bent of uit een reeds bestaande rechtsverhouding rechtstreeks zult worden, waaronder een uitkering ingevolge de Participatiewet.

Ik verzoek u binnen vier weken de verklaring derdenbeslag (artikel 476a Rv) aan mij te doen toekomen en met inachtneming van de beslagvrije voet de beslagen bedragen over te maken onder vermelding van het dossiernummer.`);
      const q = d.page();
      q.at(60);
      q.kv(
        [
          ['Hoofdsom', '€ 1.874,12'],
          ['Rente tot heden', '€ 112,40'],
          ['Kosten (incl. exploot)', '€ 386,15'],
          ['Totaal', '€ 2.372,67'],
        ],
        { labelW: 160, after: 12 },
      );
      q.p(`Het exploot van beslaglegging is u vandaag in persoon betekend; deze fax is een vooraankondiging.

Hoogachtend,

M. Hoogland
gerechtsdeurwaarder`);
      return d;
    },
  },
  {
    slug: 'nl-avg-inzage-en-correctie',
    type: 'other',
    client: 'K-100360',
    language: 'nl',
    render: 'digital',
    label: 'AVG request to see and correct personal data',
    date: '2026-05-07',
    author: 'G. Lieuw',
    build() {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.t(p.left, 50, 'G. Lieuw', { size: 10 });
      p.t(p.left, 64, gladys.street, { size: 10 });
      p.t(p.left, 78, gladys.city, { size: 10 });
      windowAddress(p, ['Gemeente Voorbeeld', 't.a.v. de functionaris gegevensbescherming', 'Postbus 1234', '1230 AA Voorbeeld'], {
        y: 130,
      });
      p.ln('Voorbeeld, 7 mei 2026', { after: 10 });
      p.ln('Betreft: verzoek inzage en correctie persoonsgegevens (art. 15 en 16 AVG)', { f: 'sansB', after: 8 });
      p.p(`Geachte heer/mevrouw,

Op grond van artikel 15 van de Algemene verordening gegevensbescherming vraag ik u om inzage in alle persoonsgegevens die de afdeling Werk en Inkomen over mij verwerkt, inclusief gespreksverslagen, notities van mijn consulenten en gegevens die u van andere instanties heeft ontvangen. Ik wil ook weten aan wie u mijn gegevens heeft verstrekt.

Daarnaast vraag ik u op grond van artikel 16 AVG mijn gegevens te corrigeren. In een brief van 14 april 2026 staat dat ik samenwoon met "de heer R. Lieuw". Dat is mijn broer; hij staat sinds 2024 niet meer op mijn adres ingeschreven. Ik wil dat deze onjuiste vermelding wordt verwijderd.

Mijn klantnummer is ${gladys.clientNumber}, mijn BSN ${gladys.bsn}. Een kopie van mijn identiteitsbewijs (met afgeschermd BSN en pasfoto) laat ik zien aan de balie als u dat nodig vindt.

Ik verwacht binnen een maand een reactie, zoals de AVG voorschrijft.

Met vriendelijke groet,

Gladys Lieuw`);
      return d;
    },
  },
];

export { GREY, mailPrint, scribble };
