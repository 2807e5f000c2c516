// Medical statements, job application proofs, identity documents and an Arabic debt-help request.
import { C, dmy, nlLong, type Spec, typoBsn } from '../lib/common.ts';
import { field, signature, webmail } from '../lib/parts.ts';
import { Doc, INK, type Page } from '../lib/sheet.ts';

/** ICAO machine readable zone: two lines of 44 characters. */
function mrz(
  doc: string,
  country: string,
  last: string,
  first: string,
  number: string,
  nat: string,
  birth: string,
  sex: string,
  expiry: string,
  personal: string,
): [string, string] {
  const up = (s: string) =>
    s
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toUpperCase()
      .replace(/[^A-Z]/g, '<');
  const l1 = `${doc}<${country}${up(last)}<<${up(first)}`.padEnd(44, '<').slice(0, 44);
  const l2 = `${number.padEnd(9, '<')}0${nat}${birth}0${sex}${expiry}0${personal.padEnd(14, '<')}00`.padEnd(44, '<').slice(0, 44);
  return [l1, l2];
}

function idCard(
  p: Page,
  x: number,
  y: number,
  rows: [string, string][],
  title: string,
  sub: string,
  lines: [string, string],
  tint: [number, number, number],
): void {
  p.rect(x, y, 400, 250, { fill: tint, stroke: [0.3, 0.3, 0.3], lw: 0.8 });
  p.t(x + 14, y + 24, title, { f: 'sansB', size: 11 });
  p.t(x + 14, y + 37, sub, { size: 7.5 });
  p.rect(x + 14, y + 50, 90, 115, { fill: [0.62, 0.62, 0.62] });
  p.ellipse(x + 59, y + 95, 24, 30, { fill: [0.45, 0.45, 0.45] });
  p.ellipse(x + 59, y + 160, 40, 30, { fill: [0.45, 0.45, 0.45] });
  let yy = y + 56;
  for (const [k, v] of rows) {
    p.t(x + 116, yy, k, { size: 6, color: [0.3, 0.3, 0.3] });
    p.t(x + 116, yy + 10, v, { f: 'sansB', size: 9 });
    yy += 21;
  }
  p.rect(x, y + 205, 400, 45, { fill: [0.97, 0.97, 0.97] });
  p.t(x + 8, y + 222, lines[0], { f: 'mono', size: 8.6 });
  p.t(x + 8, y + 240, lines[1], { f: 'mono', size: 8.6 });
}

export const PERSONAL: Spec[] = [
  // ---------------------------------------------------------------- medical
  {
    slug: 'medische-verklaring-huisarts',
    type: 'medical_statement',
    client: 'K-100423',
    language: 'nl',
    render: 'scan',
    label: "GP's medical statement that the client cannot follow a work programme for now, name and birth date",
    date: '2026-03-12',
    build: () => {
      const c = C('K-100423');
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.t(64, 56, 'Huisartsenpraktijk De Linde', { f: 'serifB', size: 14 });
      p.t(64, 71, 'A.M. Groenewegen & P. Idrissi, huisartsen · Lindeplein 3, 1234 LP Voorbeeld', { size: 8.5 });
      p.line(64, 80, 531, 80, 0.8);
      p.at(110);
      p.ln('MEDISCHE VERKLARING', { f: 'serifB', size: 13, after: 8 });
      p.kv(
        [
          ['Betreft', 'dhr. J. Smits'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Adres', `${c.street}, ${c.city}`],
        ],
        { labelW: 110, after: 12 },
      );
      p.p(`Ondergetekende, huisarts, verklaart op verzoek van patiënt het volgende.

Bovengenoemde patiënt is bij ons bekend en staat onder behandeling. Op grond van zijn medische situatie is hij naar mijn oordeel de komende drie maanden niet in staat om deel te nemen aan een werktraject of om sollicitatieverplichtingen na te komen. Over de aard van de aandoening doe ik geen mededelingen; daarvoor verwijs ik naar een onafhankelijk arts, als u dat nodig vindt.

Een herbeoordeling is zinvol na 1 juli 2026.

Voorbeeld, 11 maart 2026`);
      signature(p, 'P. Idrissi, huisarts');
      p.stamp(420, 600, ['Huisartsenpraktijk De Linde', 'AGB 01-123456'], { rot: -4, color: [0.1, 0.2, 0.55], size: 8 });
      return d;
    },
  },
  {
    slug: 'medical-certificate-english-clinic',
    type: 'medical_statement',
    client: 'K-100297',
    language: 'en',
    render: 'digital',
    label: 'English medical certificate from a physiotherapy clinic for the client, client number at his request',
    date: '2026-03-31',
    author: 'MoveWell Physio',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.rect(40, 40, 6, 60, { fill: [0.0, 0.6, 0.5] });
      p.t(56, 62, 'MoveWell Physiotherapy & Sports Medicine', { f: 'sansB', size: 14 });
      p.t(56, 78, 'Sportparkweg 1 · 1238 SP Voorbeeld · +31 123 400 500', { size: 8.5 });
      p.at(130);
      p.ln('MEDICAL CERTIFICATE', { f: 'sansB', size: 14, after: 10 });
      p.kv(
        [
          ['Patient', 'Mr Yonas Berhane'],
          ['Municipality client no.', 'K-100297 (as requested by the patient)'],
          ['Date', '31 March 2026'],
        ],
        { labelW: 140, after: 12 },
      );
      p.p(`To whom it may concern,

The above patient has been under our treatment since 2 February 2026 following a knee injury sustained while playing football. He is currently following a rehabilitation programme twice a week.

In our opinion he is not able to do work that involves standing for long periods, lifting, or climbing stairs until at least 15 May 2026. Light administrative work for up to four hours a day is possible.

Please contact us with the patient's written consent if you need further information.

Sincerely,

L. Groothuis, MSc
Registered physiotherapist (BIG 19 0412 3456)`);
      return d;
    },
  },
  {
    slug: 'zaswiadczenie-lekarskie-polskie',
    type: 'medical_statement',
    client: 'K-100339',
    language: 'pl',
    render: 'photo',
    label: 'Photo of a Polish doctor certificate (zaświadczenie lekarskie) with patient name and birth date',
    date: '2026-02-19',
    build: () => {
      const c = C('K-100339');
      const d = new Doc('serif', 11.5);
      const p = d.page();
      p.at(60);
      p.ln('NZOZ Przychodnia „Zdrowie” s.c.', { f: 'serifB', size: 14, align: 'center' });
      p.ln('ul. Słoneczna 8, 61-001 Poznań · tel. 61 852 14 00', { size: 9, align: 'center', after: 20 });
      p.ln('ZAŚWIADCZENIE LEKARSKIE', { f: 'serifB', size: 15, align: 'center', after: 14 });
      p.kv(
        [
          ['Imię i nazwisko', 'Katarzyna Zielińska'],
          ['Data urodzenia', dmy(c.birthDate, '.')],
          ['Adres w Holandii', `${c.street}, ${c.city}`],
        ],
        { labelW: 130, after: 14 },
      );
      p.p(`Zaświadcza się, że pacjentka przebywała pod opieką tutejszej przychodni w okresie od 12.01.2026 do 13.02.2026 z powodu choroby wymagającej leczenia i odpoczynku. W tym okresie nie mogła podróżować ani podjąć pracy.

Pacjentka może wrócić do Holandii i podjąć lekką pracę od 16.02.2026.

Zaświadczenie wydaje się na prośbę pacjentki w celu przedłożenia w urzędzie gminy w Holandii.

Poznań, 14.02.2026`);
      p.t(330, p.y + 30, 'lek. med. Tomasz Wrona', { f: 'hand', size: 15, color: INK });
      p.stamp(400, p.y + 80, ['lek. med. Tomasz Wrona', 'specjalista chorób wewnętrznych', 'PWZ 1234567'], {
        rot: 3,
        color: [0.2, 0.25, 0.6],
        size: 8,
      });
      return d;
    },
  },
  {
    slug: 'bedrijfsarts-verklaring-fax-ander-klantnummer',
    type: 'medical_statement',
    client: null,
    conflict: ['K-100388', 'K-100535'],
    language: 'nl',
    render: 'fax',
    label: "Faxed occupational physician's statement (name + birth date of one client), cover sheet names another client's number",
    date: '2026-03-27',
    build: () => {
      const c = C('K-100388');
      const d = new Doc('sans', 10.5);
      let p = d.page();
      p.at(60);
      p.ln('ArboVitaal · Fax', { f: 'sansB', size: 18, after: 10 });
      p.kv(
        [
          ['Aan', 'Gemeente Voorbeeld, team Werk'],
          ['Betreft klant', 'K-100535'],
          ['Van', 'secretariaat bedrijfsartsen'],
          ["Pagina's", '2'],
        ],
        { labelW: 100, after: 12 },
      );
      p.p(
        'VERTROUWELIJK — uitsluitend bestemd voor de geadresseerde. Heeft u dit bericht per vergissing ontvangen, bel dan 088 500 7700 en vernietig het.',
        { f: 'sansB' },
      );
      p = d.page();
      p.at(60);
      p.ln('Verklaring belastbaarheid', { f: 'sansB', size: 13, after: 8 });
      p.kv(
        [
          ['Naam', 'mevrouw H. El Khattabi'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Datum spreekuur', '25 maart 2026'],
        ],
        { labelW: 120, after: 12 },
      );
      p.p(`Betrokkene is op 25 maart 2026 op mijn spreekuur geweest in verband met de re-integratie.

Conclusie: betrokkene is belastbaar voor werk tot 12 uur per week, verdeeld over drie dagen, zonder zwaar tillen en zonder nachtdiensten. Dit geldt voor de komende 3 maanden. Daarna volgt een nieuwe beoordeling.

drs. K. Fennema, bedrijfsarts`);
      return d;
    },
  },
  {
    slug: 'verklaring-behandelaar-ggz-alleen-naam',
    type: 'medical_statement',
    client: null,
    language: 'nl',
    render: 'photo',
    ext: 'jpg',
    label: 'Photo of a mental-health practitioner statement naming the client by name only',
    date: '2026-04-06',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.t(64, 60, 'GGZ Rivierduinen-Zuid', { f: 'sansB', size: 14, color: [0.35, 0.2, 0.5] });
      p.t(64, 75, 'locatie Voorbeeld · Parklaan 40', { size: 9 });
      p.at(120);
      p.ln('Verklaring van de behandelaar', { f: 'sansB', size: 13, after: 10 });
      p.p(`Hierbij verklaar ik dat de heer W. Vermeulen sinds november 2025 bij ons in behandeling is.

Hij heeft wekelijks een afspraak op dinsdagochtend. Het is voor zijn herstel belangrijk dat deze afspraken doorgaan. Ik verzoek u daarom geen verplichtingen op dinsdagochtend te plannen.

Met vriendelijke groet,`);
      p.gap(6);
      p.t(64, p.y + 16, 'M. Doornbos', { f: 'hand', size: 17, color: INK });
      p.gap(30);
      p.ln('M. Doornbos, GZ-psycholoog');
      p.ln('Voorbeeld, 3 april 2026');
      return d;
    },
  },
  // ---------------------------------------------------------------- job applications
  {
    slug: 'sollicitatieformulier-overzicht-handgeschreven',
    type: 'job_application_proof',
    client: 'K-100199',
    language: 'nl',
    render: 'scan',
    label: "Municipality's job application log filled in by hand as a table, client number given",
    date: '2026-04-01',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      p.t(64, 50, 'Gemeente Voorbeeld · Team Werk', { f: 'sansB', size: 10 });
      p.at(66);
      p.ln('Overzicht sollicitatieactiviteiten', { f: 'sansB', size: 15, after: 6 });
      field(p, 64, p.y, 200, 'Naam', 'Henk Bakker');
      field(p, 300, p.y, 130, 'Klantnummer', 'K-100199');
      field(p, 450, p.y, 80, 'Maand', 'maart');
      p.gap(36);
      const x = [64, 120, 250, 380, 460, 531];
      const heads = ['Datum', 'Bedrijf', 'Functie', 'Hoe', 'Reactie'];
      p.rect(64, p.y, 467, 20, { fill: [0.85, 0.85, 0.85] });
      heads.forEach((h, i) => {
        p.t(x[i]! + 4, p.y + 14, h, { f: 'sansB', size: 9 });
      });
      p.gap(20);
      const rows = [
        ['3/3', 'PostNL sorteercentrum', 'sorteerder', 'online', 'afgewezen'],
        ['6/3', 'Jumbo DC', 'orderpicker', 'uitzendb.', 'geen'],
        ['11/3', 'Gemeente (groen)', 'medew. groen', 'brief', 'gesprek!'],
        ['17/3', 'Bakker Bart', 'bezorger', 'langs', 'vol'],
        ['20/3', 'Tempo-Team', 'productie', 'online', 'afwachten'],
        ['27/3', 'Van Gelder bouw', 'hulp timmerman', 'telefoon', 'afgewezen'],
      ];
      for (const r of rows) {
        for (let i = 0; i < 5; i++) p.rect(x[i]!, p.y, x[i + 1]! - x[i]!, 26, { stroke: [0, 0, 0], lw: 0.5 });
        r.forEach((v, i) => {
          p.t(x[i]! + 4, p.y + 18, v, { f: 'hand', size: 11.5, color: INK });
        });
        p.gap(26);
      }
      p.gap(12);
      p.p('Stuur bewijs mee (e-mail, afwijzingsbrief, screenshot). Minimaal 4 sollicitaties per maand.', { size: 8.5 });
      field(p, 64, p.y, 200, 'Handtekening', 'H. Bakker');
      return d;
    },
  },
  {
    slug: 'application-confirmation-forwarded-email',
    type: 'job_application_proof',
    client: 'K-100346',
    language: 'en',
    render: 'digital',
    label: "Printed forwarded e-mail: an employer's application confirmation, forwarded with the client number",
    date: '2026-03-17',
    author: 'Mail',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      webmail(p, 'ahmad.darwish97@mail.example', 'Fwd: Your application for Warehouse Associate (ref. WH-2231)', [
        {
          head: {
            from: 'Ahmad Darwish <ahmad.darwish97@mail.example>',
            to: 'werk@gemeente-voorbeeld.example',
            date: 'di 17 mrt 2026 11:03',
            subject: 'Fwd: Your application for Warehouse Associate (ref. WH-2231)',
          },
          body: `Hello, this is proof of my application this week. Client number K-100346.
Ahmad`,
          quoted: `---------- Forwarded message ---------
From: Careers at Baltic Freight <no-reply@careers.balticfreight.example>
Date: Mon, 16 Mar 2026 at 18:40
Subject: Your application for Warehouse Associate (ref. WH-2231)

Dear Ahmad,

Thank you for applying for the position of Warehouse Associate (full time, day shifts) at our Voorbeeld distribution centre. We have received your CV and motivation letter.

Our recruitment team will review your application within 10 working days. If your profile matches, we will invite you for an interview and a short site tour.

Kind regards,
Talent Acquisition Team
Baltic Freight Logistics`,
        },
      ]);
      return d;
    },
  },
  {
    slug: 'sollicitaties-lijst-bsn-tikfout',
    type: 'job_application_proof',
    client: null,
    language: 'nl',
    render: 'fax',
    label: 'Faxed typed list of applications with name and a mistyped BSN (fails the elfproef), nothing else',
    date: '2026-03-30',
    build: () => {
      const c = C('K-100367');
      const d = new Doc('mono', 10);
      const p = d.page();
      p.at(60);
      p.ln('Sollicitaties maart 2026', { f: 'monoB', size: 14, after: 6 });
      p.ln('Naam: W. Vermeulen');
      p.ln(`BSN : ${typoBsn(c.bsn, 2)}`, { after: 12 });
      p.ln('datum   werkgever               functie            resultaat');
      p.ln('------  ----------------------  -----------------  ----------');
      p.ln('02-03   Hornbach Voorbeeld      verkoper tuin      afgewezen');
      p.ln('05-03   Randstad                magazijn           in proces');
      p.ln('09-03   Gemeente Voorbeeld      bode               geen reactie');
      p.ln('16-03   Albert Heijn XL         vakkenvuller       gesprek 24-3');
      p.ln('23-03   Kringloop Tweede Ronde  chauffeur          afgewezen');
      p.gap(14);
      p.p('Afwijzingsmails kan ik laten zien op mijn telefoon als dat nodig is.', { f: 'mono' });
      return d;
    },
  },
  {
    slug: 'job-applications-english-list-conflicting-ids',
    type: 'job_application_proof',
    client: null,
    conflict: ['K-100248', 'K-100304'],
    language: 'en',
    render: 'photo',
    ext: 'jpg',
    label: "Photo of an English list of job applications with one client's number and another client's BSN",
    date: '2026-04-02',
    build: () => {
      const d = new Doc('sans', 10.5);
      const p = d.page();
      p.at(70);
      p.ln('Job applications — March 2026', { f: 'sansB', size: 15, after: 4 });
      p.ln('Client number: K-100304', {});
      p.ln('BSN: 999913438', { after: 10 });
      p.table(
        [
          { h: 'Date', w: 60 },
          { h: 'Employer', w: 160 },
          { h: 'Job', w: 130 },
          { h: 'Result', w: 110 },
        ],
        [
          ['4 Mar', 'Coolblue', 'Delivery driver', 'rejected'],
          ['9 Mar', 'Hotel Brightside', 'Kitchen porter', 'interview 19/3'],
          ['12 Mar', 'Flink', 'Rider', 'no answer'],
          ['18 Mar', 'Schiphol Cleaning', 'Cleaner', 'rejected'],
          ['25 Mar', 'Van Roon Koelhuizen', 'Forklift driver', 'waiting'],
        ],
        { grid: true, size: 10, rowH: 20 },
      );
      p.p('Proof: e-mails are on my phone, I can show them.', { f: 'sansI' });
      return d;
    },
  },
  // ---------------------------------------------------------------- identity
  {
    slug: 'kopie-paspoort-persoonsgegevenspagina',
    type: 'identity_document',
    client: 'K-100311',
    language: 'nl',
    render: 'photo',
    ext: 'jpg',
    dpi: 150,
    label: 'Photo of a copy of a Dutch passport data page with personal number (BSN), birth date and MRZ',
    date: '2026-02-11',
    build: () => {
      const c = C('K-100311');
      const [y, m, dd] = c.birthDate.split('-');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines = mrz('P', 'NLD', 'Hoekstra', 'Gerrit', 'NX7R41K02', 'NLD', `${y!.slice(2)}${m}${dd}`, 'M', '310514', c.bsn);
      idCard(
        p,
        98,
        120,
        [
          ['Naam / Surname', 'HOEKSTRA'],
          ['Voornamen / Given names', 'GERRIT'],
          [
            'Geboortedatum / Date of birth',
            `${dd} ${['JAN', 'FEB', 'MRT/MAR', 'APR', 'MEI/MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OKT/OCT', 'NOV', 'DEC'][Number(m) - 1]} ${y}`,
          ],
          ['Persoonsnummer / Personal no.', c.bsn.replace(/(\d{4})(\d{2})(\d{3})/, '$1.$2.$3')],
          ['Geldig tot / Date of expiry', '14 MEI/MAY 2031'],
        ],
        'KONINKRIJK DER NEDERLANDEN · PASPOORT',
        'KINGDOM OF THE NETHERLANDS · PASSPORT',
        lines,
        [0.86, 0.8, 0.88],
      );
      p.t(98, 420, `Kopie voor Werk en Inkomen, ${nlLong('2026-02-11')}`, { f: 'hand', size: 14, color: INK });
      p.t(98, 445, 'Geboren 5-8-1984 te Sneek', { f: 'hand', size: 14, color: INK });
      return d;
    },
  },
  {
    slug: 'verblijfsdocument-kopie',
    type: 'identity_document',
    client: 'K-100129',
    language: 'nl',
    render: 'scan',
    label: 'Scanned copy of a residence permit card (front and back), BSN on the back, birth date',
    date: '2026-01-26',
    build: () => {
      const c = C('K-100129');
      const [y, m, dd] = c.birthDate.split('-');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines = mrz('IR', 'NLD', 'Al Hassan', 'Omar', 'RX1822714', 'SYR', `${y!.slice(2)}${m}${dd}`, 'M', '300115', '');
      idCard(
        p,
        98,
        80,
        [
          ['Naam', 'AL-HASSAN'],
          ['Voornamen', 'OMAR'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Nationaliteit', 'Syrische'],
          ['Verblijfsvergunning', 'ASIEL BEPAALDE TIJD'],
        ],
        'VERBLIJFSDOCUMENT · RESIDENCE DOCUMENT',
        'NEDERLAND · THE NETHERLANDS',
        lines,
        [0.82, 0.88, 0.84],
      );
      p.rect(98, 380, 400, 250, { fill: [0.9, 0.92, 0.9], stroke: [0.3, 0.3, 0.3], lw: 0.8 });
      p.t(112, 410, 'Arbeid vrij toegestaan. TWV niet vereist.', { f: 'sansB', size: 9 });
      p.t(112, 432, `BSN ${c.bsn}`, { f: 'sansB', size: 10 });
      p.t(112, 452, 'Geldig tot 15-01-2030', { size: 9 });
      p.t(112, 472, 'Afgegeven door IND, 16-01-2025', { size: 9 });
      p.t(112, 600, 'Voor- en achterzijde', { size: 7, color: [0.4, 0.4, 0.4] });
      return d;
    },
  },
  {
    slug: 'pasport-ukrainy-kopiia-onbekende',
    type: 'identity_document',
    client: null,
    language: 'uk',
    render: 'photo',
    ext: 'jpg',
    dpi: 150,
    label: 'Photo of a Ukrainian passport data page of a person not in the directory',
    date: '2026-03-04',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines = mrz('P', 'UKR', 'Kovalenko', 'Olena', 'FX412907', 'UKR', '790412', 'F', '320618', '');
      idCard(
        p,
        98,
        140,
        [
          ['Прізвище / Surname', 'КОВАЛЕНКО / KOVALENKO'],
          ["Ім'я / Given names", 'ОЛЕНА / OLENA'],
          ['Дата народження / Date of birth', '12 КВІ/APR 79'],
          ['Громадянство / Nationality', 'УКРАЇНА / UKRAINE'],
          ['Дата закінчення / Date of expiry', '18 ЧЕР/JUN 32'],
        ],
        'УКРАЇНА · ПАСПОРТ',
        'UKRAINE · PASSPORT',
        lines,
        [0.78, 0.84, 0.92],
      );
      p.t(98, 440, 'Копія для муніципалітету', { f: 'hand', size: 14, color: INK });
      return d;
    },
  },
  // ---------------------------------------------------------------- debt help in Arabic
  {
    slug: 'talab-musaada-duyun-arabi',
    type: 'debt_notice',
    client: 'K-100234',
    language: 'ar',
    render: 'fax',
    label: 'Faxed Arabic letter asking for debt help after collection letters, client number in Latin digits',
    date: '2026-04-13',
    build: () => {
      const c = C('K-100234');
      const d = new Doc('sans', 13);
      const p = d.page();
      p.at(70);
      p.ln('رامي خليل', { rtl: true, f: 'sansB', size: 15 });
      p.ln(`Rami Khalil · ${c.street}, ${c.city}`, { size: 10, align: 'right' });
      p.ln('رقم العميل: K-100234', { rtl: true, after: 14 });
      p.ln('إلى: بلدية فوربيلد - مساعدة الديون (schuldhulp)', { rtl: true, after: 10 });
      p.ln('الموضوع: طلب مساعدة في الديون', { rtl: true, f: 'sansB', after: 10 });
      p.p(
        `السادة المحترمون،

وصلتني في الشهرين الماضيين رسائل كثيرة من مكتب تحصيل الديون ومن شركة الكهرباء ومن شركة التأمين الصحي. المبلغ الكلي أكثر من 2400 يورو، وقد هددوني بقطع الكهرباء وبإرسال المحضر القضائي.

لا أستطيع الدفع لأن المساعدة التي أحصل عليها بالكاد تكفي للإيجار والطعام. أطلب موعداً مع قسم مساعدة الديون، ومعي جميع الرسائل.

شكراً لكم،
رامي خليل`,
        { rtl: true, lh: 23, size: 13 },
      );
      return d;
    },
  },
];
