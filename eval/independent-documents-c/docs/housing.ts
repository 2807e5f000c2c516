// Tenancy agreements and rent increases.
import { C, dmy, enLong, groupIban, iban, nlLong, type Spec } from '../lib/common.ts';
import { addressBlock } from '../lib/parts.ts';
import { Doc, INK } from '../lib/sheet.ts';

export const HOUSING: Spec[] = [
  {
    slug: 'huurverhoging-woonstichting-huurdernummer',
    type: 'rental_agreement',
    client: null,
    language: 'nl',
    render: 'digital',
    label: "Housing association's annual rent increase letter, tenant number only (no client identifier)",
    date: '2026-04-28',
    author: 'Woonstichting De Linde',
    build: () => {
      const c = C('K-100521');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.ellipse(84, 62, 18, 22, { fill: [0.3, 0.55, 0.2] });
      p.t(110, 60, 'Woonstichting De Linde', { f: 'sansB', size: 14, color: [0.3, 0.55, 0.2] });
      p.t(110, 74, 'thuis in Voorbeeld', { size: 9 });
      addressBlock(p, ['Mevrouw M. de Wit', c.street, c.city], { y: 130 });
      p.at(130);
      p.kv(
        [
          ['Huurdernummer', '30-114-877'],
          ['Datum', '28 april 2026'],
          ['Onderwerp', 'Uw huur per 1 juli 2026'],
        ],
        { x: 340, labelW: 95, size: 9 },
      );
      p.at(230);
      p.p(`Beste mevrouw De Wit,

Elk jaar op 1 juli passen wij de huur aan. In deze brief leest u wat uw nieuwe huur wordt.`);
      p.table(
        [
          { h: '', w: 260 },
          { h: 'Nu', w: 90, r: true },
          { h: 'Per 1 juli 2026', w: 110, r: true },
        ],
        [
          ['Kale huur', '€ 643,20', '€ 670,21'],
          ['Servicekosten', '€ 24,50', '€ 24,50'],
          ['Totaal per maand', '€ 667,70', '€ 694,71'],
        ],
        { grid: true },
      );
      p.p(`De kale huur stijgt met 4,2%. Dat is binnen de grens die de overheid voor 2026 heeft vastgesteld.

Heeft u een laag inkomen? Dan kunt u misschien huurtoeslag krijgen of een huurverlaging aanvragen. Bent u het niet eens met de huurverhoging? Dan kunt u vóór 1 juli 2026 bezwaar maken bij ons.

Met vriendelijke groet,
Woonstichting De Linde, team Verhuur`);
      return d;
    },
  },
  {
    slug: 'huurovereenkomst-woonruimte-twee-paginas',
    type: 'rental_agreement',
    client: 'K-100381',
    language: 'nl',
    render: 'scan',
    label: 'Two-page tenancy agreement from a private landlord, tenant with birth date, initials in the margin',
    date: '2026-02-14',
    build: () => {
      const c = C('K-100381');
      const d = new Doc('serif', 10);
      let p = d.page();
      p.at(60);
      p.ln('HUUROVEREENKOMST WOONRUIMTE', { f: 'serifB', size: 14, align: 'center', after: 12 });
      p.p(`De ondergetekenden:

1. De heer C.J. Plomp, wonende te Haarlem, Westergracht 12, hierna: verhuurder;

2. De heer Ali Şahin, geboren op ${dmy(c.birthDate)}, thans wonende te Voorbeeld, hierna: huurder;

verklaren te zijn overeengekomen als volgt:`);
      const art = (n: number, t: string) => {
        p.ln(`Artikel ${n}`, { f: 'serifB', after: 0 });
        p.p(t);
      };
      art(
        1,
        `Verhuurder verhuurt aan huurder de zelfstandige woonruimte, plaatselijk bekend als ${c.street}, ${c.city}, bestaande uit een woonkamer, slaapkamer, keuken en badkamer.`,
      );
      art(2, 'De huurovereenkomst gaat in op 1 maart 2026 en wordt aangegaan voor onbepaalde tijd.');
      art(
        3,
        'De huurprijs bedraagt € 785,00 per maand. Daarnaast betaalt huurder een voorschot van € 45,00 per maand voor servicekosten (schoonmaak trappenhuis, verlichting gemeenschappelijke ruimten).',
      );
      art(
        4,
        `De huur wordt vóór de eerste van iedere maand betaald op rekening ${groupIban(iban('TRIO', 'plomp'))} ten name van C.J. Plomp.`,
      );
      p.t(540, 800, 'AŞ  CJP', { f: 'hand', size: 12, color: INK, align: 'right' });
      p = d.page();
      p.at(60);
      art(5, 'Huurder betaalt bij aanvang een waarborgsom van € 785,00.');
      art(6, 'Huurder gebruikt het gehuurde uitsluitend als woonruimte voor zichzelf. Onderverhuur is niet toegestaan.');
      art(7, 'Op deze overeenkomst zijn de algemene bepalingen huurovereenkomst woonruimte (model ROZ 2017) van toepassing.');
      p.gap(10);
      p.p('Aldus opgemaakt en in tweevoud ondertekend te Voorbeeld op 14 februari 2026.');
      p.gap(6);
      const y = p.y;
      p.ln('verhuurder');
      p.t(64, p.y + 18, 'C.J. Plomp', { f: 'hand', size: 17 });
      p.at(y);
      p.ln('huurder', { x: 320 });
      p.t(320, p.y + 18, 'Ali Şahin', { f: 'hand', size: 17, color: INK });
      return d;
    },
  },
  {
    slug: 'room-tenancy-agreement-english',
    type: 'rental_agreement',
    client: 'K-100185',
    language: 'en',
    render: 'digital',
    label: 'English room tenancy agreement in a shared house, tenant with date of birth in words',
    date: '2026-01-29',
    author: 'Voorbeeld Student & Starter Rentals',
    build: () => {
      const c = C('K-100185');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.rect(40, 36, 515, 50, { stroke: [0.2, 0.2, 0.2], lw: 1 });
      p.t(52, 58, 'ROOM TENANCY AGREEMENT', { f: 'sansB', size: 15 });
      p.t(52, 75, 'Shared accommodation — independent room with shared kitchen and bathroom', { size: 8.5 });
      p.at(104);
      p.kv(
        [
          ['Landlord', 'Voorbeeld Student & Starter Rentals B.V., Spoorlaan 2, 1235 PA Voorbeeld'],
          ['Tenant', 'Mr Ermias Ghebremedhin'],
          ['Date of birth', enLong(c.birthDate)],
          ['Room', `Room 3, ${c.street}, ${c.city}`],
          ['Start date', '1 February 2026'],
          ['Term', 'Indefinite'],
          ['Rent', 'EUR 495.00 per month, including gas, water, electricity and internet'],
          ['Deposit', 'EUR 495.00'],
        ],
        { labelW: 90, after: 10 },
      );
      p.ln('Terms', { f: 'sansB', size: 11 });
      p.p(`1. The rent is due in advance on the first day of each month.
2. The Tenant shares the kitchen, bathroom and toilet with three other tenants and keeps these clean according to the house schedule.
3. The Tenant may not sublet the room or let other persons live in it.
4. Either party may terminate this agreement with one month's notice; the Landlord only on the grounds permitted by Dutch tenancy law.
5. The Tenant registers at this address in the municipal personal records database (BRP) within five days of moving in.
6. The service charges are settled annually.`);
      p.gap(10);
      p.ln('Signed in Voorbeeld on 29 January 2026.', { after: 20 });
      p.ln('Landlord: ______________________          Tenant: ______________________');
      void nlLong;
      return d;
    },
  },
  {
    slug: 'huurverhoging-met-klantnummer-en-bsn-ander',
    type: 'rental_agreement',
    client: null,
    conflict: ['K-100444', 'K-100493'],
    language: 'nl',
    render: 'photo',
    ext: 'jpg',
    label: "Photo of a rent increase letter with one client's number and another client's BSN written on it",
    date: '2026-05-02',
    build: () => {
      const c = C('K-100493');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 60, 'Stichting Wonen Zuidrand', { f: 'sansB', size: 15 });
      addressBlock(p, ['Mevrouw S. Ouled Ali', c.street, c.city], { y: 110 });
      p.t(360, 120, 'Datum: 30 april 2026', { size: 9 });
      p.t(360, 133, 'Contractnummer: 4410-227', { size: 9 });
      p.at(200);
      p.ln('Huurverhoging per 1 juli 2026', { f: 'sansB', size: 13, after: 6 });
      p.p(`Geachte mevrouw Ouled Ali,

Per 1 juli 2026 wordt uw kale huur verhoogd van € 598,45 naar € 622,39 per maand (4,0%). De servicekosten blijven € 18,00.

Uw nieuwe totale huur wordt € 640,39 per maand. Betaalt u via automatische incasso, dan hoeft u niets te doen.

Met vriendelijke groet,
Stichting Wonen Zuidrand`);
      p.t(80, 520, 'klantnr K-100493', { f: 'hand', size: 17, color: INK });
      p.t(80, 548, 'BSN 999992168', { f: 'hand', size: 17, color: INK });
      return d;
    },
  },
];
