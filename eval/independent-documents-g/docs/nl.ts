// Set G, Dutch: forms and letters written in Dutch by clients whose first language is Arabic or Turkish
// (with their spelling), and Dutch institutional post about them (payslips, a bank statement, an incasso
// letter, a huisarts fax, a court ruling, a toeslagen decision, a rent increase).
import type { Spec } from '../spec.ts';
import {
  addressBlock,
  arHand,
  BLACK_INK,
  BLUE_INK,
  bar,
  boxField,
  C,
  checkbox,
  clientLetter,
  Doc,
  euro,
  footer,
  GREY,
  gemeenteForm,
  groupIban,
  handLines,
  iban,
  letterhead,
  money,
  PAGE_H,
  PAGE_W,
  scribble,
  signature,
  typoBsn,
} from './kit.ts';

/** A Dutch payslip in the usual two-column layout. */
function payslip(
  d: Doc,
  o: {
    firm: string;
    firmLines: string[];
    color: [number, number, number];
    name: string;
    addr: string[];
    bsn: string;
    birth?: string;
    period: string;
    job: string;
    hours: string;
    rows: [string, number][];
    ded: [string, number][];
    net: number;
    ibanNo: string;
  },
) {
  const p = d.page();
  letterhead(p, o.firm, o.firmLines, { color: o.color });
  p.ln(`Loonstrook ${o.period}`, { f: 'sansB', size: 13, after: 6 });
  const y0 = p.y;
  addressBlock(p, [o.name, ...o.addr], { size: 9.5 });
  p.at(y0);
  p.kv(
    [
      ['Personeelsnr.', '10' + String(o.name.length * 37)],
      ['BSN', o.bsn],
      ...(o.birth ? ([['Geboortedatum', o.birth]] as [string, string][]) : []),
      ['Functie', o.job],
      ['Uren', o.hours],
      ['Loonheffingskorting', 'Ja'],
    ],
    { x: 320, labelW: 100, size: 8.5, after: 10 },
  );
  p.at(Math.max(p.y, y0 + 96));
  p.table(
    [
      { h: 'Omschrijving', w: 300 },
      { h: 'Bedrag', w: 167, r: true },
    ],
    [...money(o.rows), ['', ''], ...money(o.ded)],
    { size: 9, zebra: [0.95, 0.95, 0.95] },
  );
  p.kv([['Netto uit te betalen', `€ ${euro(o.net)}`]], { f: 'sansB', size: 11, labelW: 300, after: 6 });
  p.ln(`Overgemaakt op rekening ${groupIban(o.ibanNo)}`, { size: 8.5, color: GREY });
  return p;
}

export const NL: Spec[] = [
  {
    slug: 'inkomstenopgave-hand-karim',
    type: 'change_form',
    client: 'K-100220',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Monthly income form filled in by hand in Dutch with spelling mistakes: a small AOW-partner income and cash from odd jobs',
    date: '2026-11-04',
    build() {
      const d = new Doc();
      const p = d.page();
      gemeenteForm(p, 'Inkomstenopgave', 'Vul dit formulier elke maand in, ook als u geen inkomsten had. Stuur loonstroken mee.');
      bar(p, 'Uw gegevens');
      boxField(p, 'Naam', 'Karim Ouahabi');
      boxField(p, 'Klantnummer', 'K-100220');
      boxField(p, 'Over de maand', 'oktober 2026');
      bar(p, 'Had u of uw partner inkomsten in deze maand?');
      checkbox(p, p.left, p.y, 'Nee', false);
      checkbox(p, p.left + 60, p.y, 'Ja, namelijk:', true);
      p.gap(20);
      p.table(
        [
          { h: 'Soort inkomen', w: 200 },
          { h: 'Van wie', w: 140 },
          { h: 'Bedrag', w: 127, r: true },
        ],
        [
          ['', '', ''],
          ['', '', ''],
          ['', '', ''],
        ],
        { grid: true, size: 9, rowH: 24 },
      );
      const ty = p.y - 8 - 72;
      p.t(p.left + 4, ty + 17, 'helpen bij marktkraam zaterdag', { f: 'hand', size: 11.5, color: BLUE_INK });
      p.t(p.left + 204, ty + 17, 'ik self', { f: 'hand', size: 12, color: BLUE_INK });
      p.t(p.left + 460, ty + 17, '€ 120 kontant', { f: 'hand', size: 12, color: BLUE_INK, align: 'right' });
      p.t(p.left + 4, ty + 41, 'pensioen Marokko CNSS', { f: 'hand', size: 11.5, color: BLUE_INK });
      p.t(p.left + 204, ty + 41, 'ik self', { f: 'hand', size: 12, color: BLUE_INK });
      p.t(p.left + 460, ty + 41, '1150 dirham', { f: 'hand', size: 12, color: BLUE_INK, align: 'right' });
      bar(p, 'Toelichting');
      handLines(
        p,
        [
          'De markt is 4 zaterdag gewerkt voor mijn neef, hij geeft mij',
          '30 euro per dag. Geen loonstrook want hij heeft geen boekhoeding.',
          'Pensioen van Marokko komt elke maand op rekening in',
          'Nador, ik heb aftschrift meegestuurd vorige maand.',
        ],
        { top: p.y + 14, lh: 22, size: 13, ink: BLUE_INK },
      );
      p.gap(10);
      boxField(p, 'Datum', '2-11-2026', { lw: 80, w: 130 });
      p.t(p.left + 260, p.y - 10, 'Handtekening:', { size: 9 });
      p.t(p.left + 330, p.y - 8, 'K.Ouahabi', { f: 'hand', size: 17, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'brief-nicht-voor-tante',
    type: 'change_form',
    client: null,
    conflict: ['K-100493', 'K-100535'],
    language: 'nl',
    render: 'digital',
    author: 'Samira',
    label:
      "Letter typed by a niece for her aunt (aunt's BSN) about the aunt moving in with her daughter; the niece gives her own client number",
    date: '2026-11-13',
    build() {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['Samira Ouled Ali', 'Marktplein 127', '1234 HJ Voorbeeld', 'klantnummer K-100493'],
        place: 'Voorbeeld, 13 november 2026',
        subject: 'Betreft: verhuizing van mijn tante mevr. Boukhari',
      });
      p.p(
        `Geachte heer/mevrouw,

Ik schrijf deze brief voor mijn tante, mevrouw Aïcha Boukhari (BSN 999995777), omdat zij geen Nederlands kan lezen en schrijven. Zij spreekt alleen Tarifit en een beetje Arabisch.

Mijn tante gaat per 1 december 2026 inwonen bij haar dochter op het adres Kastanjelaan 18 in Voorbeeld. Haar eigen woning aan de Burgemeester de Withof 56 heeft zij opgezegd bij de woningcorporatie. De reden is dat zij na haar val in september niet meer alleen de trap op kan.

Wij willen graag weten wat dit betekent voor haar uitkering (kostendelersnorm?) en of zij iets moet invullen. Haar dochter werkt en heeft een eigen inkomen.

Ik ben zelf ook klant bij u (zie klantnummer hierboven), maar deze brief gaat over mijn tante. U kunt mij bellen op 06 14 22 83 09 als er vragen zijn, mijn tante heeft mij gemachtigd.

Met vriendelijke groet,`,
        { size: 10.5 },
      );
      p.gap(4);
      p.ln('Samira Ouled Ali', { size: 10.5 });
      p.ln('namens mevr. A. Boukhari', { size: 9.5, color: GREY });
      return d;
    },
  },
  {
    slug: 'huisarts-fax-verklaring',
    type: 'medical_statement',
    client: 'K-100388',
    language: 'nl',
    render: 'fax',
    faxHeader: '01-12-2026 16:31  HAP DE LINDE  0123 456 780  P.1/1',
    label: "GP's faxed statement: chronic back pain and diabetes, limited capacity for work; name and birth date",
    date: '2026-12-01',
    build() {
      const d = new Doc();
      const p = d.page();
      letterhead(p, 'Huisartsenpraktijk De Linde', ['Lindelaan 2', '1238 KA Voorbeeld', 'T 0123 456 780'], {
        f: 'serifB',
        color: [0.1, 0.1, 0.1],
      });
      p.ln('Aan: Gemeente Voorbeeld, Werk en Inkomen — t.a.v. de werkconsulent', { size: 10 });
      p.ln('Datum: 1 december 2026', { size: 10, after: 10 });
      p.ln('Medische verklaring', { f: 'sansB', size: 13, after: 6 });
      p.kv(
        [
          ['Patiënt', 'mevr. H. El Khattabi (Hanan)'],
          ['Geboortedatum', '09-11-1961'],
          ['Adres', 'Dorpsstraat 108, Voorbeeld'],
        ],
        { size: 10, labelW: 110, after: 8 },
      );
      p.p(
        `Op verzoek van patiënte, en met haar schriftelijke toestemming, deel ik u het volgende mee.

Mevrouw is bij ons bekend met chronische lage rugklachten met uitstraling naar het linkerbeen (hernia L5-S1, 2023), diabetes mellitus type 2 met insuline en artrose van beide knieën. Zij is hiervoor onder behandeling van de fysiotherapeut en wordt jaarlijks gezien door de internist.

Naar mijn oordeel is mevrouw op dit moment niet in staat tot werk waarbij zij langer dan een half uur moet staan of lopen, of moet tillen. Licht zittend werk van beperkte duur (maximaal 4 uur per dag) lijkt mogelijk. Een taaltraject van 2 ochtenden per week is medisch gezien geen probleem.

Voor een volledige beoordeling van de belastbaarheid verwijs ik u naar een onafhankelijk (bedrijfs)arts.`,
        { size: 10, f: 'serif' },
      );
      p.gap(6);
      p.ln('Met collegiale groet,', { size: 10, f: 'serif' });
      p.t(p.left, p.y + 24, 'E. Hofstra', { f: 'hand', size: 17, color: BLACK_INK });
      p.gap(36);
      p.ln('E.M. Hofstra, huisarts', { size: 10, f: 'serif' });
      p.ln('Vertrouwelijk — medische gegevens', { size: 8, color: GREY });
      return d;
    },
  },
  {
    slug: 'bankafschrift-polderbank-arabische-notities',
    type: 'bank_statement',
    client: 'K-100444',
    language: 'nl',
    render: 'scan',
    label: 'Dutch bank statement with handwritten Arabic and Dutch notes explaining deposits from a brother; client number',
    date: '2026-11-07',
    build() {
      const d = new Doc();
      const p = d.page();
      const c = C('K-100444');
      letterhead(p, 'Polderbank', ['Postbus 8800', '3500 GA Utrecht', 'polderbank.example'], { color: [0.85, 0.45, 0.1], band: true });
      addressBlock(p, ['Mevrouw K. Azzouzi', c.street, c.city], { size: 10 });
      p.gap(6);
      p.ln('Rekeningafschrift Betaalrekening', { f: 'sansB', size: 12 });
      p.ln(`Rekening ${groupIban(iban('POLD', 'azzouzi'))}   Afschrift 10 / 2026   Periode 1 t/m 31 oktober 2026`, { size: 8.5, after: 8 });
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Omschrijving', w: 260 },
          { h: 'Af', w: 75, r: true },
          { h: 'Bij', w: 82, r: true },
        ],
        [
          ['01-10', 'Beginsaldo', '', '212,40'],
          ['01-10', 'Woonstichting Het Baken huur okt', '687,30', ''],
          ['02-10', 'Gemeente Voorbeeld Participatiewet', '', '1.108,16'],
          ['06-10', 'A. AZZOUZI omschr: voor jou zus', '', '400,00'],
          ['09-10', 'Lidl Voorbeeld', '62,18', ''],
          ['14-10', 'Zilverzorg premie', '141,20', ''],
          ['20-10', 'Belastingdienst huurtoeslag', '', '312,00'],
          ['22-10', 'A. AZZOUZI', '', '250,00'],
          ['27-10', 'Geldautomaat Marktplein', '300,00', ''],
          ['31-10', 'Eindsaldo', '', '1.091,88'],
        ],
        { size: 8.5, zebra: [0.95, 0.95, 0.95] },
      );
      p.rotated(350, 330, -3, (s) => {
        s.line(300, 278, 530, 278, 0.9, BLUE_INK);
        s.line(300, 346, 530, 346, 0.9, BLUE_INK);
      });
      arHand(p, p.right - 10, p.y + 40, ['هذه الفلوس من أخي عبد الله، سلف', 'لازم أرجعها له'], { size: 12.5, rot: 2 });
      scribble(p, p.left, p.y + 110, ['K-100444', 'Geleend van broer Abdellah, 650 euro,', 'ik betaal terug als ik kan.'], {
        rot: 2,
        size: 13,
      });
      footer(p, 'Polderbank N.V. — KvK 99000011 — Dit afschrift geldt als bewijs van uw transacties.');
      return d;
    },
  },
  {
    slug: 'loonstrook-uitzendbureau-ali',
    type: 'payslip',
    client: 'K-100381',
    language: 'nl',
    render: 'digital',
    author: 'FlexPlus Uitzendgroep',
    label: 'Weekly payslip of a temp agency (order picking) with BSN and birth date',
    date: '2026-11-21',
    build() {
      const d = new Doc();
      const c = C('K-100381');
      payslip(d, {
        firm: 'FlexPlus Uitzendgroep',
        firmLines: ['Vestiging Voorbeeld', 'Industrieweg 4', 'loon@flexplus.example'],
        color: [0.55, 0.1, 0.45],
        name: 'A. Şahin',
        addr: [c.street, c.city],
        bsn: c.bsn,
        birth: '26-11-1998',
        period: 'week 46 — 2026 (10-11 t/m 16-11)',
        job: 'Orderpicker (fase A)',
        hours: '32,00',
        rows: [
          ['Uurloon 32,00 × € 14,71', 470.72],
          ['Toeslag avonduren 6,00 × € 3,68', 22.08],
          ['Reserve vakantiegeld 8%', 39.42],
        ],
        ded: [
          ['Loonheffing', -21.4],
          ['Pensioen StiPP basis', -9.85],
        ],
        net: 461.55,
        ibanNo: iban('POLD', 'alisahin'),
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-bakkerij-bsn-fout',
    type: 'payslip',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Payslip of a Turkish bakery for "H. Kaya" with a mistyped BSN that fails the elfproef; no other identifier',
    date: '2026-11-02',
    build() {
      const d = new Doc();
      const c = C('K-100157');
      payslip(d, {
        firm: 'Bakkerij Öz Anadolu V.O.F.',
        firmLines: ['Marktplein 61', '1231 TC Voorbeeld', 'KvK 99112233'],
        color: [0.6, 0.35, 0.1],
        name: 'Dhr. H. Kaya',
        addr: ['Burgemeester de Withof 119', '1237 VK Voorbeeld'],
        bsn: typoBsn(c.bsn),
        period: 'oktober 2026',
        job: 'Bakkershulp',
        hours: '64,00',
        rows: [
          ['Salaris 64,00 uur × € 14,40', 921.6],
          ['Vakantietoeslag 8%', 73.73],
        ],
        ded: [
          ['Loonheffing', -0.0],
          ['WGA/ZW-premie werknemer', -4.12],
        ],
        net: 991.21,
        ibanNo: iban('POLD', 'hkaya'),
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-zus-klantnummer',
    type: 'payslip',
    client: null,
    conflict: ['K-100108', 'K-100164'],
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Payslip of one client (her BSN printed) handed in by her friend, who wrote her own client number on it',
    date: '2026-11-27',
    build() {
      const d = new Doc();
      const c = C('K-100108');
      const p = payslip(d, {
        firm: 'Thuiszorg Zonnebloem B.V.',
        firmLines: ['Stationsweg 12', '1235 AB Voorbeeld', 'salaris@zonnebloem.example'],
        color: [0.9, 0.6, 0.1],
        name: 'F. el Amrani',
        addr: [c.street, c.city],
        bsn: c.bsn,
        period: 'november 2026',
        job: 'Helpende Welzijn (0-urencontract)',
        hours: '41,50',
        rows: [
          ['Uren 41,50 × € 15,22', 631.63],
          ['ORT zaterdag 8,00 × € 3,04', 24.32],
          ['Vakantiegeld 8%', 52.48],
        ],
        ded: [
          ['Loonheffing', -18.2],
          ['Pensioen PFZW', -22.16],
        ],
        net: 668.07,
        ibanNo: iban('POLD', 'elamrani'),
      });
      scribble(
        p,
        p.left + 10,
        p.y + 60,
        ['Ingeleverd door Saida Benali K-100164', 'voor mijn vriendin Fatima, zij ligt in het ziekenhuis'],
        {
          rot: 3,
          size: 13,
        },
      );
      return d;
    },
  },
  {
    slug: 'bezwaar-bashar-taalfouten',
    type: 'objection',
    client: 'K-100458',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Objection written by hand in beginner Dutch against the refusal of a special-assistance request for a fridge; client number',
    date: '2026-11-26',
    build() {
      const d = new Doc();
      const p = d.page();
      p.at(60);
      handLines(
        p,
        [
          'Bashar Haj Ali',
          'Dorpsstraat 126  1233 MP Voorbeeld',
          'klantnummer K-100458',
          '',
          'Aan gemeente Voorbeeld  afdeling bezwaar',
          '',
          'Onderwerp: bezwaar tegen besluit bijzondere bijstand 12-11-2026',
          '',
          'Geachte mevrouw meneer,',
          '',
          'Ik maak bezwaar op uw besluit. U heeft mijn aanvraag',
          'voor koelkast afgewezen omdat ik had moeten sparen.',
          'Maar mijn koelkast is kapot gegaan in augustus en ik',
          'kan niet sparen van bijstand, ik betaal ook schuld af',
          'aan CJIB elke maand. Ik heb geen koelkast nu 3 maand,',
          'eten wordt slecht. Ik heb bonnetje van reparatie man',
          'dat hij niet kan maken. Ik stuur kopie.',
          '',
          'Ik vraag u om opnieuw kijken en koelkast te geven',
          'of lening zonder rente.',
          '',
          'Met vriendelijk groet',
        ],
        { top: 80, lh: 24, size: 13.5, ink: BLUE_INK },
      );
      p.t(p.left + 10, p.y + 16, 'Bashar H.A.', { f: 'hand', size: 19, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'aanvraag-via-vluchtelingensteun',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'digital',
    author: 'Stichting VluchtelingenSteun Voorbeeld',
    label: 'Letter of a refugee-support foundation applying for assistance for a newly housed Syrian family (not in the directory)',
    date: '2026-11-18',
    build() {
      const d = new Doc();
      const p = d.page();
      letterhead(p, 'Stichting VluchtelingenSteun Voorbeeld', ['Kerkstraat 70', '1235 MP Voorbeeld', 'info@vluchtelingensteun.example'], {
        color: [0.2, 0.5, 0.3],
      });
      addressBlock(p, ['Gemeente Voorbeeld', 'Team Poort / Intake Werk en Inkomen', 'Postbus 1234', '1230 AA Voorbeeld'], { size: 10 });
      p.gap(8);
      p.kv(
        [
          ['Datum', '18 november 2026'],
          ['Betreft', 'Aanvraag levensonderhoud fam. Al-Ahmad (statushouders)'],
        ],
        { size: 10, labelW: 70, after: 10 },
      );
      p.p(
        `Geachte heer/mevrouw,

Namens de heer Mahmoud Al-Ahmad (V-nummer 3104557721) en zijn echtgenote mevrouw Rania Al-Sayed vragen wij een uitkering levensonderhoud op grond van de Participatiewet aan.

Het gezin (twee volwassenen en een dochter van 4 jaar) heeft op 6 november 2026 de sleutel gekregen van de woning Spoorlaan 7 B te Voorbeeld. De leefgeldverstrekking door het COA is per die datum beëindigd. Het gezin heeft geen inkomen en geen vermogen. Een betaalrekening is op 10 november geopend; het BSN is aangevraagd en wordt binnenkort verwacht.

De heer Al-Ahmad heeft u ook zelf een brief in het Arabisch gestuurd. Wij verzoeken u een intakegesprek in te plannen met een tolk Arabisch en, gezien de situatie, een voorschot te overwegen.

Onze vrijwilliger, mevrouw J. Vos, kan bij het gesprek aanwezig zijn.`,
        { size: 10 },
      );
      p.ln('Met vriendelijke groet,', { size: 10 });
      signature(p, 'J. Vos');
      p.ln('maatschappelijk begeleider', { size: 9, color: GREY });
      p.ln('Bijlagen: kopie verblijfsdocumenten, huurovereenkomst, bankpas', { size: 8.5, f: 'sansI', color: GREY });
      return d;
    },
  },
  {
    slug: 'incasso-aanmaning-geboortedatum',
    type: 'debt_notice',
    client: 'K-100234',
    language: 'nl',
    render: 'scan',
    label: 'Final reminder of a collection agency for an unpaid energy bill; name, address and birth date',
    date: '2026-11-16',
    build() {
      const d = new Doc();
      const p = d.page();
      const c = C('K-100234');
      letterhead(
        p,
        'Noordhoff & Partners Incasso',
        ['Postbus 4410', '8901 AA Leeuwarden', 'T 058 000 44 10 · mijndossier.noordhoff.example'],
        {
          color: [0.4, 0.05, 0.1],
        },
      );
      addressBlock(p, ['De heer Rami Khalil', c.street, c.city], { size: 10 });
      p.gap(6);
      p.kv(
        [
          ['Datum', '16 november 2026'],
          ['Dossiernummer', 'NP-2026-0418827'],
          ['Opdrachtgever', 'Stroomnet Energie B.V.'],
          ['Geboortedatum', '25-12-1973'],
        ],
        { size: 9.5, labelW: 100, after: 8 },
      );
      p.ln('LAATSTE AANMANING VOOR DAGVAARDING', { f: 'sansB', size: 12.5, color: [0.7, 0.05, 0.1], after: 6 });
      p.p(
        `Geachte heer Khalil,

Ondanks eerdere herinneringen heeft u de onderstaande vordering van onze opdrachtgever nog niet voldaan.`,
        { size: 10 },
      );
      p.table(
        [
          { h: 'Omschrijving', w: 320 },
          { h: 'Bedrag', w: 147, r: true },
        ],
        [
          ['Hoofdsom eindafrekening 2025-2026', '€ 486,12'],
          ['Wettelijke rente t/m 16-11-2026', '€ 14,33'],
          ['Buitengerechtelijke incassokosten (WIK)', '€ 72,92'],
          ['Totaal te voldoen', '€ 573,37'],
        ],
        { size: 9.5 },
      );
      p.p(
        `Wij verzoeken u het totaalbedrag binnen 14 dagen over te maken op ${groupIban(iban('POLD', 'noordhoff'))} o.v.v. het dossiernummer. Betaalt u niet, dan adviseren wij onze opdrachtgever een gerechtelijke procedure te starten. De kosten daarvan komen voor uw rekening.

Kunt u niet in één keer betalen? Neem dan contact met ons op voor een betalingsregeling. Heeft u problematische schulden, dan kunt u hulp vragen bij de schuldhulpverlening van uw gemeente.`,
        { size: 10 },
      );
      p.ln('Met vriendelijke groet,', { size: 10 });
      p.ln('Afdeling Incasso', { size: 10 });
      arHand(p, p.right - 10, p.y + 40, ['ما عندي مصاري أدفع، بدي مساعدة'], { size: 13, rot: -3 });
      return d;
    },
  },
  {
    slug: 'klacht-email-uitkering-te-laat',
    type: 'complaint',
    client: 'K-100164',
    language: 'nl',
    render: 'digital',
    author: 'Outlook',
    label: 'Printed e-mail of a complaint: benefit paid late twice, nobody calls back; client number',
    date: '2026-12-03',
    build() {
      const d = new Doc();
      const p = d.page();
      p.left = 54;
      p.right = 540;
      p.at(40);
      p.ln('Saida Benali', { f: 'sansB', size: 12 });
      p.line(p.left, p.y, p.right, p.y, 2.2);
      p.gap(10);
      p.kv(
        [
          ['Van:', 'Saida Benali <saida.benali@example.net>'],
          ['Verzonden:', 'woensdag 3 december 2026 08:12'],
          ['Aan:', 'klachten@gemeente-voorbeeld.example'],
          ['Onderwerp:', 'klacht!! weer te laat betaald (K-100164)'],
        ],
        { lf: 'sansB', labelW: 74, size: 9.5, after: 10 },
      );
      p.p(
        `Goedemorgen,

Ik wil een klacht indienen. Mijn klantnummer is K-100164.

Voor de tweede keer dit jaar is mijn uitkering niet op tijd gestort. In juli was het 5 dagen te laat en nu in november weer, ik heb het pas op 28 november gekregen terwijl het de 24e moest zijn. Door jullie is mijn huur te laat betaald en mijn automatische incasso van de zorgverzekering teruggestort, nu moet ik € 7,50 kosten betalen.

Ik heb 3 keer gebeld met het algemene nummer en ze zeiden dat mijn klantmanager mij zou terugbellen. Niemand heeft gebeld. Ik werk parttime en kan niet elke dag een half uur in de wacht hangen.

Ik wil graag:
- uitleg waarom het te laat was,
- dat de kosten worden vergoed,
- dat mijn klantmanager mij wel terugbelt.

Met vriendelijke groet,
Saida Benali
06-39 17 22 40`,
        { size: 10, f: 'serif' },
      );
      return d;
    },
  },
  {
    slug: 'afwijzing-sollicitatie-met-nummer',
    type: 'job_application_proof',
    client: 'K-100514',
    language: 'nl',
    render: 'scan',
    label: 'Rejection letter after a job application as a teaching assistant, with the client number written in the margin',
    date: '2026-11-24',
    build() {
      const d = new Doc();
      const p = d.page();
      const c = C('K-100514');
      letterhead(p, 'Kinderopvang De Vlinderboom', ['Julianalaan 3', '1232 AB Voorbeeld', 'werkenbij@vlinderboom.example'], {
        color: [0.2, 0.55, 0.75],
        f: 'condB',
      });
      addressBlock(p, ['Mevrouw N. Al-Khatib', c.street, c.city], { size: 10 });
      p.gap(8);
      p.ln('Voorbeeld, 20 november 2026', { size: 10 });
      p.ln('Betreft: uw sollicitatie naar de functie pedagogisch medewerker (vacature 2026-31)', { size: 10, f: 'sansB', after: 8 });
      p.p(
        `Beste mevrouw Al-Khatib,

Hartelijk dank voor uw sollicitatie en uw interesse in Kinderopvang De Vlinderboom. Wij hebben veel reacties ontvangen op deze vacature.

Na zorgvuldige overweging moeten wij u helaas laten weten dat wij u niet uitnodigen voor een gesprek. Voor deze functie is een diploma op mbo-niveau 3 (Pedagogisch werk) vereist, en uw Syrische diploma is nog niet gewaardeerd door het IDW. Wij raden u aan een diplomawaardering aan te vragen; daarna bent u van harte welkom opnieuw te solliciteren.

Wij wensen u veel succes bij uw zoektocht naar werk.`,
        { size: 10 },
      );
      p.ln('Met vriendelijke groet,', { size: 10 });
      signature(p, 'M. Groenewoud');
      p.ln('HR-adviseur', { size: 9, color: GREY });
      p.rotated(560, 420, 90, (s) => {
        s.t(440, 425, 'K-100514  bewijs sollicitatie', { f: 'hand', size: 13, color: BLUE_INK });
      });
      return d;
    },
  },
  {
    slug: 'huurverhoging-het-baken',
    type: 'rental_agreement',
    client: 'K-100178',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Annual rent-increase letter of a housing association, with a handwritten Arabic note and the client number',
    date: '2026-11-10',
    build() {
      const d = new Doc();
      const p = d.page();
      const c = C('K-100178');
      letterhead(p, 'Woonstichting Het Baken', ['Havenkade 1', '1238 AA Voorbeeld', 'T 0123 300 300 · hetbaken.example'], {
        color: [0.1, 0.3, 0.55],
        band: true,
      });
      addressBlock(p, ['Mevrouw Y. Haddad', c.street, c.city], { size: 10 });
      p.gap(6);
      p.kv(
        [
          ['Datum', '28 oktober 2026'],
          ['Huurcontractnummer', 'HB-117-00412'],
          ['Onderwerp', 'Voorstel huurverhoging per 1 januari 2027'],
        ],
        { size: 9.5, labelW: 120, after: 8 },
      );
      p.p(
        `Geachte mevrouw Haddad,

Met deze brief stellen wij u voor de huur van uw woning aan de ${c.street} te verhogen per 1 januari 2027. Het voorstel is gebaseerd op de maximale huurverhoging die de overheid voor sociale huurwoningen toestaat.`,
        { size: 10 },
      );
      p.table(
        [
          { h: '', w: 300 },
          { h: 'Huidig', w: 80, r: true },
          { h: 'Per 1-1-2027', w: 87, r: true },
        ],
        [
          ['Kale huur', '€ 612,44', '€ 646,13'],
          ['Servicekosten', '€ 38,50', '€ 41,00'],
          ['Totale huur', '€ 650,94', '€ 687,13'],
        ],
        { size: 9.5 },
      );
      p.p(
        'Bent u het niet eens met dit voorstel? Dan kunt u vóór 1 januari 2027 schriftelijk bezwaar maken bij ons. Heeft u een laag inkomen, dan heeft u mogelijk recht op (meer) huurtoeslag.',
        { size: 10 },
      );
      p.ln('Met vriendelijke groet,  Woonstichting Het Baken — afdeling Verhuur', { size: 10 });
      scribble(p, p.left + 10, p.y + 50, ['K-100178'], { rot: 4, size: 16, ink: BLACK_INK });
      arHand(p, p.right - 10, p.y + 56, ['الأجار رح يزيد ٣٦ يورو من أول السنة', 'أنا لحالي هلأ، ما بقدر أدفع'], {
        size: 12.5,
        ink: BLACK_INK,
      });
      return d;
    },
  },
  {
    slug: 'uitspraak-rechtbank-ozturk',
    type: 'court_document',
    client: 'K-100325',
    language: 'nl',
    render: 'digital',
    author: 'Rechtbank Midden-Holland',
    label:
      "Two-page ruling of the administrative court on the client's appeal against a recovery decision (name, birth date, the municipality's reference)",
    date: '2026-11-20',
    build() {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 50, 'RECHTBANK MIDDEN-HOLLAND', { f: 'serifB', size: 13 });
      p.t(p.left, 66, 'Zittingsplaats Voorbeeld — Bestuursrecht', { f: 'serif', size: 10 });
      p.t(p.right, 50, 'zaaknummer: VBD 26/1187', { f: 'serif', size: 9.5, align: 'right' });
      p.at(96);
      p.ln('uitspraak van de enkelvoudige kamer van 20 november 2026 in de zaak tussen', { f: 'serif', size: 10.5, after: 6 });
      p.p(
        `Emine Öztürk, geboren op 05-02-1987, uit Voorbeeld, eiseres
(gemachtigde: mr. S. Yıldırım),

en

het college van burgemeester en wethouders van Voorbeeld (verweerder; kenmerk K-100325)
(gemachtigde: mr. drs. P. de Boer).`,
        { f: 'serif', size: 10.5 },
      );
      p.ln('Inleiding', { f: 'serifB', size: 11, after: 2 });
      p.p(
        `1. In deze uitspraak beoordeelt de rechtbank het beroep van eiseres tegen de beslissing op bezwaar van 3 maart 2026 (het bestreden besluit). Daarin heeft verweerder het besluit gehandhaafd om de bijstand over de periode van 1 januari 2025 tot en met 30 juni 2025 te herzien en een bedrag van € 4.916,22 van eiseres terug te vorderen, omdat zij inkomsten uit een schoonmaakbaan niet tijdig zou hebben gemeld.

2. De rechtbank heeft het beroep op 6 november 2026 op zitting behandeld. Eiseres is verschenen, bijgestaan door haar gemachtigde en een tolk Turks. Verweerder heeft zich laten vertegenwoordigen door zijn gemachtigde.`,
        { f: 'serif', size: 10.5 },
      );
      p.ln('Beoordeling door de rechtbank', { f: 'serifB', size: 11, after: 2 });
      p.p(
        `3. Eiseres heeft ter zitting een kopie overgelegd van het wijzigingsformulier van 14 januari 2025 met een ontvangststempel van de gemeente, waarop zij de schoonmaakbaan heeft gemeld. Verweerder heeft niet betwist dat dit formulier is ontvangen. Daarmee staat vast dat eiseres haar inlichtingenplicht niet heeft geschonden.`,
        { f: 'serif', size: 10.5 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `4. Verweerder heeft de inkomsten wel terecht met de bijstand verrekend, maar heeft ten onrechte over het volledige bedrag teruggevorderd, inclusief de vrijlating waarop eiseres recht had. Het bestreden besluit is in zoverre onvoldoende gemotiveerd en komt voor vernietiging in aanmerking.`,
        { f: 'serif', size: 10.5 },
      );
      q.ln('Beslissing', { f: 'serifB', size: 11, after: 2 });
      q.p(
        `De rechtbank:
- verklaart het beroep gegrond;
- vernietigt het bestreden besluit;
- draagt verweerder op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit op het bezwaar te nemen met inachtneming van deze uitspraak;
- bepaalt dat verweerder aan eiseres het betaalde griffierecht van € 53,- vergoedt;
- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814,-.`,
        { f: 'serif', size: 10.5 },
      );
      q.p(
        'Deze uitspraak is gedaan door mr. A.C. Vermeer, rechter, in aanwezigheid van mr. L. Bakker, griffier. De uitspraak is in het openbaar gedaan op 20 november 2026.',
        { f: 'serifI', size: 10 },
      );
      q.p(
        'Informatie over hoger beroep: een partij die het niet eens is met deze uitspraak, kan binnen zes weken na de dag waarop deze werd verzonden hoger beroep instellen bij de Centrale Raad van Beroep.',
        { f: 'serif', size: 9, color: GREY },
      );
      q.t(PAGE_W / 2, PAGE_H - 30, 'VBD 26/1187 — blad 2 van 2', { size: 8, color: GREY, align: 'center' });
      p.t(PAGE_W / 2, PAGE_H - 30, 'VBD 26/1187 — blad 1 van 2', { size: 8, color: GREY, align: 'center' });
      return d;
    },
  },
  {
    slug: 'beschikking-zorgtoeslag-lina',
    type: 'tax_document',
    client: 'K-100402',
    language: 'nl',
    render: 'scan',
    label: 'Toeslagen decision on the advance health-care allowance for 2027, with BSN',
    date: '2026-11-28',
    build() {
      const d = new Doc();
      const p = d.page();
      const c = C('K-100402');
      p.t(p.right, 50, 'Belastingdienst/Toeslagen', { f: 'sansB', size: 13, align: 'right' });
      p.t(p.right, 64, 'Postbus 8100, 6400 HB Heerlen', { size: 8, align: 'right', color: GREY });
      p.at(110);
      addressBlock(p, ['Mevrouw L. Sabbagh', c.street, c.city], { size: 10 });
      p.gap(10);
      p.kv(
        [
          ['Datum', '22 november 2026'],
          ['Burgerservicenummer', c.bsn.replace(/(\d{4})(\d{2})(\d{3})/, '$1.$2.$3')],
          ['Onderwerp', 'Voorschot zorgtoeslag 2027'],
        ],
        { size: 9.5, labelW: 130, after: 8 },
      );
      p.ln('Beschikking', { f: 'sansB', size: 13, after: 4 });
      p.p(
        `Geachte mevrouw Sabbagh,

U krijgt in 2027 een voorschot zorgtoeslag. In deze brief leest u hoeveel u krijgt en waarop wij dit bedrag hebben gebaseerd.`,
        { size: 10 },
      );
      p.table(
        [
          { h: 'Waarop wij het voorschot baseren', w: 320 },
          { h: '', w: 147, r: true },
        ],
        [
          ['Toetsingsinkomen 2027 (geschat)', '€ 15.312'],
          ['Toeslagpartner', 'Nee'],
          ['Voorschot per maand', '€ 131'],
          ['Voorschot per jaar', '€ 1.572'],
        ],
        { size: 9.5 },
      );
      p.p(
        `Klopt uw inkomen of uw situatie niet? Geef een wijziging dan direct door via Mijn toeslagen of bel de BelastingTelefoon. Bent u het niet eens met deze beschikking, dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.`,
        { size: 10 },
      );
      p.ln('Met vriendelijke groet,', { size: 10 });
      p.ln('Belastingdienst/Toeslagen', { size: 10 });
      arHand(p, p.right - 10, p.y + 50, ['للمعلومية - مساعدة التأمين الصحي'], { size: 12 });
      footer(p, 'Kenmerk TS-ZT-2027-V1 — Deze beschikking is automatisch aangemaakt.');
      return d;
    },
  },
  {
    slug: 'inzage-avg-brief-hiba',
    type: 'other',
    client: 'K-100290',
    language: 'nl',
    render: 'scan',
    label:
      'AVG request in simple Dutch written on a computer: which information the municipality keeps and who it was shared with; client number',
    date: '2026-12-01',
    build() {
      const d = new Doc();
      const p = d.page();
      clientLetter(p, {
        from: ['Hiba Mansour', 'Schoolstraat 3', '1238 HT Voorbeeld', 'Klantnummer: K-100290'],
        place: 'Voorbeeld, 1-12-2026',
        subject: 'Onderwerp: vraag om inzage in mijn gegevens (AVG)',
        size: 11,
      });
      p.p(
        `Geachte meneer / mevrouw,

Ik wil graag weten welke gegevens de gemeente over mij en mijn zoon heeft. Ik heb gehoord dat dit mag door de wet AVG (privacy).

Ik vraag u:
1. een kopie van alle gegevens over mij in uw computer en in mijn dossier,
2. ook de verslagen van gesprekken met mijn klantmanager,
3. aan welke organisaties u mijn gegevens heeft gegeven.

Dit is geen klacht. Ik wil het alleen weten, omdat de woningcorporatie iets wist over mijn uitkering en ik weet niet hoe.

Stuur het alstublieft met de post naar mijn adres. Ik heb een kopie van mijn verblijfsvergunning bijgedaan.

Met vriendelijke groet,`,
        { size: 11 },
      );
      p.t(p.left, p.y + 22, 'Hiba M.', { f: 'hand', size: 19, color: BLUE_INK });
      p.gap(34);
      p.ln('Hiba Mansour', { size: 11 });
      return d;
    },
  },
];
