// Payslips, income and change reports, UWV decisions, employment contracts.
import { C, dmy, enLong, euro, groupIban, iban, nlLong, type Spec, typoBsn } from '../lib/common.ts';
import { addressBlock, boxField, checkbox, field, GEMEENTE, outlook, signature } from '../lib/parts.ts';
import { Doc, INK } from '../lib/sheet.ts';

function payLines(gross: number, lh = 0.0914): { wage: number; lh: number; net: number } {
  const l = Math.round(gross * lh * 100) / 100;
  return { wage: gross, lh: l, net: Math.round((gross - l) * 100) / 100 };
}

export const INCOME: Spec[] = [
  {
    slug: 'loonstrook-uitzend-week',
    type: 'payslip',
    client: 'K-100143',
    language: 'nl',
    render: 'digital',
    label: 'Weekly temp-agency payslip (week 9) with BSN and birth date, dense table layout',
    date: '2026-03-04',
    author: 'FlexWerk Personeelsdiensten',
    build: () => {
      const c = C('K-100143');
      const d = new Doc('cond', 8.5);
      const p = d.page();
      p.left = 36;
      p.right = 559;
      p.rect(36, 30, 523, 46, { fill: [0.93, 0.45, 0.1] });
      p.t(48, 60, 'FlexWerk', { f: 'sansB', size: 22, color: [1, 1, 1] });
      p.t(549, 50, 'FlexWerk Personeelsdiensten B.V. · Vestiging Voorbeeld', { size: 7.5, color: [1, 1, 1], align: 'right' });
      p.t(549, 62, 'Stationsplein 4 · 1231 BE Voorbeeld · KvK 71829304', { size: 7.5, color: [1, 1, 1], align: 'right' });
      p.at(92);
      p.ln('LOONSPECIFICATIE UITZENDKRACHT — PERIODE WEEK 9 2026 (23-02-2026 t/m 01-03-2026)', { f: 'condB', size: 10, after: 4 });
      addressBlock(p, [`Mevrouw S. Pinas`, c.street, c.city], { y: 120, size: 9.5 });
      p.at(120);
      p.kv(
        [
          ['Medewerkernummer', '40-118273'],
          ['Burgerservicenummer', c.bsn],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Functie', 'Orderpicker'],
          ['Opdrachtgever', 'DistriCenter Voorbeeld B.V.'],
          ['Fase / CAO', 'Fase A / ABU-cao'],
          ['Loonheffingskorting', 'Ja'],
        ],
        { x: 330, labelW: 110, size: 8.5, lh: 12 },
      );
      p.at(215);
      const rows = [
        ['1000', 'Uren normaal 100%', '32,00', '14,71', euro(32 * 14.71)],
        ['1030', 'Toeslag avond 125%', '6,00', '3,68', euro(6 * 3.68)],
        ['1200', 'Reserve vakantiegeld 8%', '', '', euro(0.08 * (32 * 14.71 + 22.08))],
        ['1210', 'Reserve feestdagen', '', '', '18,83'],
        ['1500', 'Reiskostenvergoeding (onbelast)', '4', '7,80', '31,20'],
        ['4000', 'Loonheffing', '', '', '-21,37'],
        ['4100', 'Pensioen StiPP Basis', '', '', '-9,12'],
      ];
      p.table(
        [
          { h: 'Code', w: 48 },
          { h: 'Omschrijving', w: 220 },
          { h: 'Aantal', w: 70, r: true },
          { h: 'Tarief', w: 80, r: true },
          { h: 'Bedrag', w: 105, r: true },
        ],
        rows,
        { grid: true, shade: [0.98, 0.86, 0.76], size: 8.5, rowH: 15 },
      );
      p.kv(
        [
          ['Bruto loon', '529,72'],
          ['Loon voor de loonheffing', '512,60'],
          ['Netto uit te betalen', '531,43'],
          ['Uitbetaald op', '06-03-2026'],
          ['Rekening', groupIban(iban('INGB', 'pinas'))],
        ],
        { x: 300, labelW: 130, f: 'condB', size: 9 },
      );
      p.at(420);
      p.p(
        'Cumulatieven 2026: bruto loon 4.412,18 · loonheffing 181,40 · gewerkte uren 266,50 · reserve vakantiegeld 352,97 · reserve vakantie-uren 21,6 uur. Vragen over uw loonstrook? Mail naar salaris@flexwerk.example of bel 030 208 4400 (ma–vr 9–17 uur).',
        { size: 7.5, color: [0.3, 0.3, 0.3] },
      );
      return d;
    },
  },
  {
    slug: 'salarisstrook-thuiszorg',
    type: 'payslip',
    client: 'K-100192',
    language: 'nl',
    render: 'scan',
    label: 'Monthly home-care payslip with sofinummer label, scanned',
    date: '2026-02-27',
    build: () => {
      const c = C('K-100192');
      const d = new Doc('serif', 9.5);
      const p = d.page();
      p.ellipse(90, 70, 26, 26, { fill: [0.3, 0.5, 0.35] });
      p.t(90, 77, 'TR', { f: 'serifB', size: 18, color: [1, 1, 1], align: 'center' });
      p.t(126, 66, 'Stichting Thuiszorg Rivierland', { f: 'serifB', size: 14 });
      p.t(126, 82, 'zorg dichtbij, al sinds 1987', { f: 'serifI', size: 9 });
      p.at(120);
      p.ln('SALARISSTROOK FEBRUARI 2026', { f: 'serifB', size: 12, after: 6 });
      p.kv(
        [
          ['Naam', `D. Soekhoe`],
          ['Adres', `${c.street}, ${c.city}`],
          ['Personeelsnummer', '20417'],
          ['Sofinummer', c.bsn],
          ['Geboren', dmy(c.birthDate)],
          ['Functie', 'Verzorgende IG, 24 uur per week'],
          ['Schaal / trede', 'FWG 35 / 4'],
        ],
        { labelW: 120 },
      );
      const pl = payLines(1823.4);
      p.table(
        [
          { h: 'Omschrijving', w: 250 },
          { h: 'Uren', w: 60, r: true },
          { h: 'Betaling', w: 90, r: true },
          { h: 'Inhouding', w: 70, r: true },
        ],
        [
          ['Salaris', '104,00', euro(pl.wage), ''],
          ['ORT zaterdag 38%', '8,00', '52,41', ''],
          ['ORT zon- en feestdag 60%', '4,00', '41,37', ''],
          ['Pensioenpremie PFZW', '', '', '194,05'],
          ['Loonheffing tabel', '', '', euro(pl.lh)],
          ['Vergoeding woon-werkverkeer', '', '38,40', ''],
          ['Zorgverzekering collectief', '', '', '14,20'],
        ],
        { f: 'serif', hf: 'serifB', size: 9.5 },
      );
      p.kv(
        [
          ['Totaal bruto', euro(pl.wage + 93.78)],
          ['Netto salaris', euro(pl.net + 93.78 - 194.05 + 38.4 - 14.2)],
        ],
        { x: 280, labelW: 110, f: 'serifB' },
      );
      p.gap(8);
      p.p(`Het netto salaris wordt op 25 februari 2026 overgemaakt naar rekening ${groupIban(iban('RABO', 'soekhoe'))}.`, {
        size: 9,
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-partner-klantnummer',
    type: 'payslip',
    client: null,
    conflict: ['K-100311', 'K-100318'],
    language: 'nl',
    render: 'scan',
    label: "Partner's payslip (name + birth date of one client) with the other partner's client number written on it",
    date: '2026-03-30',
    build: () => {
      const c = C('K-100318');
      const d = new Doc('mono', 8.5);
      const p = d.page();
      p.left = 50;
      p.at(50);
      p.ln('SUPERMARKT DE KORENBLOEM B.V.          LOONSTROOK', { f: 'monoB', size: 10 });
      p.ln('Marktplein 2, 1233 AN Voorbeeld        Periode 03 (maart 2026)');
      p.ln('------------------------------------------------------------------');
      p.ln(`Werknemer : WILLEMS, S.                 Pers.nr : 00731`);
      p.ln(`Geb.datum : ${dmy(c.birthDate)}               Dienstverband: oproep`);
      p.ln(`Adres     : ${c.street.toUpperCase()}, ${c.city.toUpperCase()}`);
      p.ln('------------------------------------------------------------------');
      p.ln('Omschrijving                    Eenh.      Tarief        Bedrag');
      p.ln('Gewerkte uren                   61,25     12,6300        773,59');
      p.ln('Toeslag zondag 100%              8,00     12,6300        101,04');
      p.ln('Vakantietoeslag 8%                                        69,97');
      p.ln('                                                     ----------');
      p.ln('Bruto                                                    944,60');
      p.ln('Loonheffing                                              -12,04');
      p.ln('Pensioen PGB                                             -38,73');
      p.ln('                                                     ----------');
      p.ln('NETTO                                                    893,83', { f: 'monoB' });
      p.ln('------------------------------------------------------------------');
      p.ln(`Betaald op 28-03-2026 aan ${groupIban(iban('ABNA', 'willems'))}`);
      p.gap(30);
      p.t(330, p.y, 'loon van Sandra (mijn vriendin)', { f: 'hand', size: 14, color: INK });
      p.t(330, p.y + 22, 'klantnr. K-100311', { f: 'hand', size: 15, color: INK });
      p.t(330, p.y + 44, 'G. Hoekstra', { f: 'hand', size: 14, color: INK });
      return d;
    },
  },
  {
    slug: 'payslip-logistics-english',
    type: 'payslip',
    client: 'K-100136',
    language: 'en',
    render: 'digital',
    label: 'English-language monthly payslip from a logistics company, citizen service number labelled',
    date: '2026-03-26',
    author: 'Northgate Fulfilment Payroll',
    build: () => {
      const c = C('K-100136');
      const d = new Doc('sans', 9);
      const p = d.page();
      p.rect(0, 0, 595.28, 8, { fill: [0.1, 0.25, 0.45] });
      p.at(36);
      p.ln('NORTHGATE FULFILMENT B.V.', { f: 'sansB', size: 15, color: [0.1, 0.25, 0.45] });
      p.ln('Logistiekweg 30 · 1237 LP Voorbeeld · The Netherlands', { size: 8 });
      p.gap(10);
      p.ln('PAYSLIP — MARCH 2026', { f: 'sansB', size: 12, after: 6 });
      const top = p.y;
      p.kv(
        [
          ['Employee', `Mr K. Tesfay`],
          ['Employee ID', 'NF-22871'],
          ['Date of birth', enLong(c.birthDate)],
          ['Citizen service number (BSN)', c.bsn],
        ],
        { labelW: 150 },
      );
      p.at(top);
      p.kv(
        [
          ['Pay date', '25 March 2026'],
          ['Tax table', 'White, monthly'],
          ['Contract', 'Fixed term, 32 h/week'],
          ['Department', 'Inbound / Night shift'],
        ],
        { x: 330, labelW: 90 },
      );
      p.table(
        [
          { h: 'Earnings', w: 230 },
          { h: 'Hours', w: 70, r: true },
          { h: 'Amount (EUR)', w: 100, r: true },
        ],
        [
          ['Base salary', '138.67', '2,017.65'],
          ['Night shift allowance 30%', '52.00', '226.98'],
          ['Holiday allowance (accrued, not paid)', '', '179.41'],
          ['Travel allowance', '', '62.40'],
        ],
        { zebra: [0.93, 0.95, 0.98], size: 9 },
      );
      p.table(
        [
          { h: 'Deductions', w: 300 },
          { h: 'Amount (EUR)', w: 100, r: true },
        ],
        [
          ['Payroll tax (loonheffing)', '238.10'],
          ['Pension contribution', '91.77'],
          ['Advance repayment', '50.00'],
        ],
        { zebra: [0.93, 0.95, 0.98], size: 9 },
      );
      p.rect(330, p.y, 225, 26, { fill: [0.1, 0.25, 0.45] });
      p.t(340, p.y + 17, 'NET PAY   EUR 1,927.16', { f: 'sansB', size: 11, color: [1, 1, 1] });
      p.gap(40);
      p.p(
        `Paid into ${groupIban(iban('INGB', 'tesfay'))}. Questions about your payslip: payroll@northgate.example. Please keep this payslip; you may need it for benefits, rent allowance or your tax return.`,
        { size: 8, color: [0.35, 0.35, 0.35] },
      );
      return d;
    },
  },
  {
    slug: 'loonstrookje-eetcafe-alleen-naam',
    type: 'payslip',
    client: null,
    language: 'nl',
    render: 'photo',
    ext: 'jpg',
    label: 'Small restaurant payslip photographed, only name and address, no BSN or birth date',
    date: '2026-03-02',
    build: () => {
      const c = C('K-100199');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.left = 90;
      p.right = 505;
      p.at(70);
      p.ln('Eetcafé De Zwaan', { f: 'serifB', size: 20, align: 'center' });
      p.ln('Havenkade 12 · Voorbeeld · tel. 0123-445566', { size: 8.5, align: 'center', after: 14 });
      p.ln('Loonstrookje februari 2026', { f: 'sansB', size: 12, after: 6 });
      p.ln(`Henk Bakker`);
      p.ln(c.street);
      p.ln(c.city, { after: 10 });
      p.kv(
        [
          ['Uren bediening', '47,5 x 13,27'],
          ['Bruto', '630,33'],
          ['Vakantiegeld 8%', '50,43'],
          ['Loonheffing', '0,00'],
          ['Fooienpot februari', '62,00 (contant)'],
          ['Netto', '680,76'],
        ],
        { labelW: 170, size: 11 },
      );
      p.gap(10);
      p.p('Overgemaakt 1 maart. Vakantiegeld wordt in mei uitbetaald. Groet, Marian', { f: 'hand', size: 13, color: INK });
      return d;
    },
  },
  {
    slug: 'pasek-wyplaty-agencja',
    type: 'payslip',
    client: 'K-100283',
    language: 'pl',
    render: 'scan',
    label: 'Polish-language payslip from a Dutch employment agency for Polish workers, BSN and birth date',
    date: '2026-03-13',
    build: () => {
      const c = C('K-100283');
      const d = new Doc('sans', 9);
      const p = d.page();
      p.at(44);
      p.ln('POLWORK Uitzendbureau B.V.', { f: 'sansB', size: 14 });
      p.ln('Agencja pracy · Industrieweg 88, 1234 ZT Voorbeeld · biuro@polwork.example', { size: 8, after: 10 });
      p.ln('PASEK WYPŁATY / LOONSTROOK — tydzień 10/2026', { f: 'sansB', size: 11, after: 6 });
      p.kv(
        [
          ['Pracownik', 'Tomasz Lewandowski'],
          ['Data urodzenia', dmy(c.birthDate)],
          ['Numer BSN', c.bsn],
          ['Adres', `${c.street}, ${c.city}`],
          ['Stanowisko', 'Pracownik produkcji (szklarnia)'],
          ['Zakwaterowanie', 'własne'],
        ],
        { labelW: 120 },
      );
      p.table(
        [
          { h: 'Składnik', w: 250 },
          { h: 'Godz.', w: 60, r: true },
          { h: 'Stawka', w: 70, r: true },
          { h: 'Kwota €', w: 80, r: true },
        ],
        [
          ['Godziny normalne', '38,00', '14,40', '547,20'],
          ['Nadgodziny 125%', '5,00', '18,00', '90,00'],
          ['Dodatek urlopowy 8%', '', '', '50,98'],
          ['Podatek (loonheffing)', '', '', '-46,12'],
          ['Składka emerytalna', '', '', '-17,90'],
          ['Ubezpieczenie zdrowotne', '', '', '-31,25'],
        ],
        { grid: true, size: 9 },
      );
      p.ln('Do wypłaty netto: € 592,91', { f: 'sansB', size: 11, x: 330, after: 8 });
      p.p(
        'Wypłata w piątek 13-03-2026 na rachunek ' +
          groupIban(iban('INGB', 'lewandowski')) +
          '. Pytania? Zadzwoń do naszego biura (mówimy po polsku): 0123-778899.',
        { size: 8.5 },
      );
      p.stamp(440, 110, ['KOPIA'], { rot: -6, color: [0.3, 0.3, 0.3], size: 14 });
      return d;
    },
  },
  {
    slug: 'loonstrook-bsn-tikfout-geboortedatum',
    type: 'payslip',
    client: 'K-100255',
    language: 'nl',
    render: 'fax',
    label: 'Faxed payslip with a mistyped BSN (fails the elfproef) but correct name and birth date',
    date: '2026-04-02',
    build: () => {
      const c = C('K-100255');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.at(50);
      p.ln('Bouwbedrijf Gebr. Van Gelder B.V.', { f: 'sansB', size: 16 });
      p.ln('Aannemers sinds 1961  —  Ambachtsweg 7, 1236 KR Voorbeeld', { size: 9, after: 16 });
      p.ln('Salarisspecificatie maart 2026', { f: 'sansB', size: 12, after: 8 });
      p.kv(
        [
          ['Naam werknemer', 'B. Meijer'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['BSN', typoBsn(c.bsn, 3)],
          ['Functie', 'Timmerman'],
          ['Uurloon', '€ 19,84'],
        ],
        { labelW: 130 },
      );
      p.table(
        [
          { h: 'Looncomponent', w: 240 },
          { h: 'Bedrag', w: 100, r: true },
        ],
        [
          ['Basisloon 173,33 uur', '3.438,87'],
          ['Reisuren', '96,12'],
          ['Gereedschapsvergoeding', '22,50'],
          ['Premie pensioen bpfBOUW', '-261,35'],
          ['Loonheffing', '-452,18'],
          ['Netto', '2.843,96'],
        ],
        { grid: true, size: 10 },
      );
      p.gap(20);
      p.p('Op verzoek van de werknemer toegezonden aan de gemeente. Met vriendelijke groet, Salarisadministratie', { size: 10 });
      return d;
    },
  },
  {
    slug: 'loonstrook-bouw-foto-klantnummer',
    type: 'payslip',
    client: 'K-100528',
    language: 'nl',
    render: 'photo',
    ext: 'jpg',
    label: 'Phone photo of a payslip with BSN and a handwritten client number in the margin (both the same client)',
    date: '2026-03-27',
    build: () => {
      const c = C('K-100528');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.left = 70;
      p.at(60);
      p.rect(70, 55, 455, 30, { fill: [0.85, 0.85, 0.85] });
      p.t(80, 75, 'GROENSTRAAT INSTALLATIETECHNIEK', { f: 'sansB', size: 13 });
      p.at(100);
      p.kv(
        [
          ['Werknemer', `Kuipers, S.`],
          ['BSN', c.bsn.replace(/(\d{4})(\d{2})(\d{3})/, '$1.$2.$3')],
          ['Periode', 'maart 2026'],
          ['Uren', '152,00'],
        ],
        { labelW: 110 },
      );
      p.table(
        [
          { h: '', w: 260 },
          { h: 'Bedrag', w: 110, r: true },
        ],
        [
          ['Bruto salaris', '2.781,60'],
          ['Loonheffing', '-318,44'],
          ['Pensioen', '-142,20'],
          ['Netto', '2.320,96'],
        ],
        { size: 10 },
      );
      p.t(360, 60 + 8, 'K-100528', { f: 'hand2', size: 18, color: INK });
      return d;
    },
  },
  {
    slug: 'payslips-cleaning-two-months',
    type: 'payslip',
    client: 'K-100444',
    language: 'en',
    render: 'digital',
    label: 'Two monthly payslips side by side in two columns on one page (English), BSN on both',
    date: '2026-03-05',
    author: 'SparkleClean Payroll Portal',
    build: () => {
      const c = C('K-100444');
      const d = new Doc('cond', 8);
      const p = d.page();
      p.at(30);
      p.ln('SparkleClean Facility Services — Employee portal — printed 05-03-2026', { size: 7, color: [0.4, 0.4, 0.4] });
      const col = (x: number, month: string, hours: string, gross: string, tax: string, net: string) => {
        let y = 60;
        p.rect(x, y, 250, 360, { stroke: [0.5, 0.5, 0.5] });
        y += 18;
        p.t(x + 10, y, `PAYSLIP ${month}`, { f: 'condB', size: 11 });
        y += 16;
        const rows: [string, string][] = [
          ['Name', 'Ms K. Azzouzi'],
          ['BSN', c.bsn],
          ['Employee no.', '118-0442'],
          ['Site', 'Stadskantoor Voorbeeld'],
          ['Hours worked', hours],
          ['Hourly wage', '€ 14,06'],
          ['Gross pay', gross],
          ['Irregular hours bonus', '€ 31,20'],
          ['Wage tax', tax],
          ['Pension (PFS)', '€ 28,70'],
          ['Net pay', net],
          ['Paid to', groupIban(iban('SNSB', 'azzouzi'))],
        ];
        for (const [k, v] of rows) {
          p.t(x + 10, y, k, { size: 8.5 });
          p.t(x + 240, y, v, { size: 8.5, align: 'right', f: k === 'Net pay' ? 'condB' : 'cond' });
          y += 14;
        }
        p.line(x + 10, y, x + 240, y, 0.4);
        p.t(x + 10, y + 14, 'Year to date gross: see annual statement', { size: 7, color: [0.4, 0.4, 0.4] });
      };
      col(40, 'JANUARY 2026', '64,00', '€ 899,84', '€ 0,00', '€ 902,34');
      col(305, 'FEBRUARY 2026', '71,50', '€ 1.005,29', '€ 12,18', '€ 995,61');
      return d;
    },
  },
  // ---------------------------------------------------------------- change forms
  {
    slug: 'inkomstenopgave-formulier-handgeschreven',
    type: 'change_form',
    client: 'K-100150',
    language: 'nl',
    render: 'scan',
    label: "Municipality's monthly income form filled in by hand, client number in a box",
    date: '2026-03-06',
    build: () => {
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.rect(64, 40, 36, 36, { fill: [0.15, 0.35, 0.6] });
      p.t(110, 56, 'Gemeente Voorbeeld', { f: 'sansB', size: 13 });
      p.t(110, 70, 'Werk en Inkomen', { size: 9 });
      p.at(100);
      p.ln('Inkomstenopgave', { f: 'sansB', size: 18 });
      p.ln('Vul dit formulier elke maand in als u naast uw uitkering inkomsten heeft.', { size: 9, after: 10 });
      p.ln('1  Uw gegevens', { f: 'sansB', size: 11, after: 4 });
      boxField(p, 'Naam en voorletters', 'Jansen, R.');
      boxField(p, 'Klantnummer', 'K-100150');
      boxField(p, 'Telefoonnummer', '06-41 77 29 03');
      p.gap(6);
      p.ln('2  Over welke maand gaat het?', { f: 'sansB', size: 11, after: 4 });
      boxField(p, 'Maand en jaar', 'februari 2026');
      p.gap(6);
      p.ln('3  Inkomsten uit werk', { f: 'sansB', size: 11, after: 4 });
      checkbox(p, 64, p.y, 'Ik had inkomsten uit werk (stuur uw loonstrook mee)', true);
      p.gap(16);
      checkbox(p, 64, p.y, 'Ik had geen inkomsten', false);
      p.gap(20);
      boxField(p, 'Naam werkgever', 'Kringloop De Tweede Ronde');
      boxField(p, 'Bruto loon', '€ 612,40');
      boxField(p, 'Netto loon', '€ 587,11');
      boxField(p, 'Gewerkte uren', '44');
      p.gap(6);
      p.ln('4  Andere wijzigingen', { f: 'sansB', size: 11, after: 4 });
      p.rect(64, p.y, 467, 60, { stroke: [0.3, 0.3, 0.3] });
      p.t(70, p.y + 18, 'Vanaf april werk ik 16 uur in de week ipv 12.', { f: 'hand', size: 13, color: INK });
      p.gap(74);
      p.ln('5  Ondertekening', { f: 'sansB', size: 11, after: 4 });
      p.p('Ik heb dit formulier naar waarheid ingevuld. Ik weet dat ik te veel ontvangen bijstand moet terugbetalen.', { size: 9 });
      field(p, 64, p.y, 180, 'Datum', '5-3-2026');
      field(p, 290, p.y, 200, 'Handtekening', 'R Jansen');
      p.t(530, 820, 'WI-017 (2025)', { size: 6.5, align: 'right' });
      return d;
    },
  },
  {
    slug: 'wijzigingsformulier-nummer-en-naam-verschillend',
    type: 'change_form',
    client: null,
    conflict: ['K-100206', 'K-100262'],
    language: 'nl',
    render: 'scan',
    label: "Change form with one client's number and another client's name + birth date",
    date: '2026-03-17',
    build: () => {
      const lj = C('K-100262');
      const d = new Doc('serif', 10);
      const p = d.page();
      p.at(50);
      p.ln('WIJZIGINGSFORMULIER PARTICIPATIEWET', { f: 'serifB', size: 14, align: 'center' });
      p.ln('Geef wijzigingen binnen 1 week door. Te laat doorgeven kan leiden tot een boete.', { size: 8.5, align: 'center', after: 16 });
      field(p, 64, p.y, 200, 'Klantnummer / dossiernummer', 'K-100206');
      field(p, 300, p.y, 230, 'Datum ingang wijziging', '1 april 2026');
      p.gap(36);
      field(p, 64, p.y, 230, 'Achternaam', 'de Jong');
      field(p, 320, p.y, 210, 'Voornamen', 'Linda');
      p.gap(36);
      field(p, 64, p.y, 200, 'Geboortedatum', dmy(lj.birthDate));
      field(p, 300, p.y, 230, 'Telefoon', '0612938841');
      p.gap(40);
      p.ln('Wat verandert er? (kruis aan)', { f: 'serifB', after: 4 });
      const opts: [string, boolean][] = [
        ['Adres of woonsituatie', true],
        ['Samenwonen / iemand komt bij u wonen', false],
        ['Inkomen of werk', false],
        ['Vermogen, auto, erfenis', false],
        ['Opname in ziekenhuis of detentie', false],
        ['Anders', false],
      ];
      for (const [label, on] of opts) {
        checkbox(p, 70, p.y, label, on);
        p.gap(15);
      }
      p.gap(8);
      p.ln('Toelichting', { f: 'serifB', after: 2 });
      for (let i = 0; i < 4; i++) p.line(64, p.y + 20 + i * 20, 531, p.y + 20 + i * 20, 0.4);
      p.t(68, p.y + 16, 'Ik verhuis per 1 april naar Wilhelminapark 68 (benedenwoning),', { f: 'hand', size: 12.5, color: INK });
      p.t(68, p.y + 36, 'huurcontract stuur ik later na. Huur wordt € 712,- p.m.', { f: 'hand', size: 12.5, color: INK });
      p.gap(100);
      field(p, 64, p.y, 180, 'Datum', '16-03-26');
      field(p, 300, p.y, 200, 'Handtekening', 'L. de Jong');
      return d;
    },
  },
  {
    slug: 'email-change-of-situation',
    type: 'change_form',
    client: 'K-100409',
    language: 'en',
    render: 'digital',
    label: 'Printed Outlook e-mail reporting a change (partner moving in), quoted reply asking for the client number',
    date: '2026-03-19',
    author: 'Microsoft Outlook',
    build: () => {
      const c = C('K-100409');
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        'Dawit Tekle',
        {
          from: 'Dawit Tekle <dawit.tekle77@mail.example>',
          to: 'Werk en Inkomen <werkeninkomen@gemeente-voorbeeld.example>',
          date: 'donderdag 19 maart 2026 21:14',
          subject: 'RE: Your change of situation - please add your client number',
        },
        `Dear Sir/Madam,

Thank you for your answer. My client number is K-100409 and my BSN is ${c.bsn}.

To repeat what I wrote before: my wife Hiwet Gebru will come to live with me from 1 April 2026 at ${c.street}. She has a residence permit since February and she has no income yet. She is registered at my address in the BRP from that date. I understand this changes my benefit to the rate for a couple.

Please tell me if you need her papers. I can bring them to the desk on Tuesday.

Kind regards,
Dawit Tekle`,
        {
          head: {
            from: 'Werk en Inkomen',
            to: 'dawit.tekle77@mail.example',
            date: 'woensdag 18 maart 2026 10:02',
            subject: 'Your change of situation',
          },
          body: `Geachte heer Tekle,

Dank voor uw bericht. Wij kunnen uw wijziging pas verwerken als u uw klantnummer of BSN vermeldt. U vindt uw klantnummer rechtsboven in onze brieven.

Met vriendelijke groet,
Team Inkomen`,
        },
      );
      return d;
    },
  },
  {
    slug: 'degisiklik-bildirimi-el-yazisi',
    type: 'change_form',
    client: 'K-100115',
    language: 'tr',
    render: 'photo',
    ext: 'jpg',
    label: 'Handwritten Turkish letter reporting that a son started work and moved out, client number given',
    date: '2026-02-20',
    build: () => {
      const d = new Doc('hand', 14);
      const p = d.page();
      p.left = 70;
      p.right = 520;
      for (let i = 0; i < 30; i++) p.line(60, 90 + i * 24, 535, 90 + i * 24, 0.3, [0.55, 0.65, 0.85]);
      p.line(80, 40, 80, 820, 0.5, [0.85, 0.3, 0.3]);
      p.left = 90;
      p.at(72);
      const lines = [
        'Voorbeeld, 19-02-2026',
        'Belediye Voorbeeld - Werk en Inkomen',
        'Müşteri numarası: K-100115',
        'Konu: değişiklik bildirimi',
        '',
        'Sayın yetkili,',
        'Oğlum Emre Yılmaz 1 Şubat 2026 tarihinden beri',
        "bir depoda tam gün çalışıyor. 15 Şubat'ta da kendi",
        'evine taşındı, artık bizimle oturmuyor.',
        'Yeni adresi: Kastanjelaan 4, Voorbeeld.',
        'Bu değişikliği bildirmek istiyorum. Yardımın',
        'yeniden hesaplanması gerekiyorsa lütfen bana',
        'mektupla yazın, Türkçe veya kolay Hollandaca.',
        '',
        'Saygılarımla,',
        'Mehmet Yılmaz',
        'tel: 06 28 49 17 30',
      ];
      for (const l of lines) {
        if (l) p.t(p.left, p.y + 16, l, { f: 'hand', size: 14.5, color: INK });
        p.gap(24);
      }
      return d;
    },
  },
  {
    slug: 'wijzigingen-doorgeven-webformulier',
    type: 'change_form',
    client: 'K-100374',
    language: 'nl',
    render: 'digital',
    label: 'Confirmation printout of the online change-and-income form (logged in with DigiD), BSN shown',
    date: '2026-03-10',
    author: 'Mozilla Firefox',
    build: () => {
      const c = C('K-100374');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.left = 40;
      p.right = 555;
      p.at(20);
      p.ln('10-03-2026 14:02        Bevestiging - Wijzigingen en inkomsten doorgeven - Gemeente Voorbeeld', { size: 7 });
      p.rect(40, 40, 515, 40, { fill: [0.0, 0.36, 0.55] });
      p.t(52, 66, 'Gemeente Voorbeeld  |  Mijn Werk en Inkomen', { f: 'sansB', size: 13, color: [1, 1, 1] });
      p.t(545, 66, 'Uitloggen', { size: 9, color: [1, 1, 1], align: 'right' });
      p.at(100);
      p.ln('✓ Uw formulier is verzonden', { f: 'sansB', size: 15, color: [0.1, 0.5, 0.2], after: 4 });
      p.p(
        'Bedankt. Wij hebben uw wijziging ontvangen. U krijgt binnen 2 weken bericht als wij nog iets nodig hebben. Bewaar of print deze pagina.',
        {},
      );
      p.kv(
        [
          ['Referentie', 'WIJ-2026-0310-88412'],
          ['Ingelogd als', 'T. Postma'],
          ['BSN', c.bsn],
          ['Verzonden op', '10 maart 2026 om 14:01'],
        ],
        { labelW: 120, after: 10 },
      );
      p.ln('Uw antwoorden', { f: 'sansB', size: 12, after: 4 });
      p.table(
        [
          { h: 'Vraag', w: 260 },
          { h: 'Antwoord', w: 250 },
        ],
        [
          ['Over welke maand gaat het?', 'februari 2026'],
          ['Had u inkomsten uit werk?', 'Ja'],
          ['Werkgever', 'Bakkerij Het Korenaar'],
          ['Netto inkomsten', '€ 418,20'],
          ['Had u andere inkomsten (alimentatie, toeslag)?', 'Nee'],
          ['Is uw woonsituatie veranderd?', 'Nee'],
          ['Heeft u een auto gekocht of geërfd?', 'Nee'],
          ['Bijlagen', 'loonstrook-feb.pdf (212 kB)'],
        ],
        { grid: true, size: 9, rowH: 18, shade: [0.92, 0.95, 0.97] },
      );
      p.t(297, 820, 'https://mijn.gemeente-voorbeeld.example/wijzigingen/bevestiging', { size: 7, align: 'center' });
      return d;
    },
  },
  {
    slug: 'zgloszenie-zmiany-praca',
    type: 'change_form',
    client: 'K-100507',
    language: 'pl',
    render: 'scan',
    label: 'Polish typed letter reporting new work through an agency, client number and birth date',
    date: '2026-03-24',
    build: () => {
      const c = C('K-100507');
      const d = new Doc('serif', 11);
      const p = d.page();
      p.at(60);
      addressBlock(p, ['Jakub Mazur', c.street, c.city, `ur. ${dmy(c.birthDate, '.')}`]);
      p.gap(10);
      addressBlock(p, GEMEENTE, { x: 320 });
      p.ln(`Voorbeeld, 23.03.2026`, { align: 'right', after: 12 });
      p.ln('Dotyczy: zgłoszenie zmiany — numer klienta K-100507', { f: 'serifB', after: 10 });
      p.p(`Szanowni Państwo,

uprzejmie informuję, że od dnia 16 marca 2026 r. pracuję przez agencję pracy FlexPol B.V. w magazynie w Voorbeeld, średnio 24 godziny tygodniowo. Umowa jest tymczasowa (fase A), na razie do 30 czerwca 2026 r.

Pierwszy pasek wypłaty prześlę, jak tylko go otrzymam. Proszę o informację, czy muszę co miesiąc wypełniać formularz „inkomstenopgave”, czy wystarczą paski wypłaty.

Przepraszam za list po polsku — mój niderlandzki jest jeszcze słaby. Mogę przyjść z tłumaczem, jeśli to konieczne.

Z poważaniem,`);
      signature(p, 'Jakub Mazur');
      return d;
    },
  },
  {
    slug: 'fax-partner-komt-inwonen-alleen-naam',
    type: 'change_form',
    client: null,
    language: 'en',
    render: 'fax',
    label: 'Short faxed note reporting that a partner moves in, signed with name and address only',
    date: '2026-03-31',
    build: () => {
      const c = C('K-100521');
      const d = new Doc('sans', 12);
      const p = d.page();
      p.at(70);
      p.ln('FAX', { f: 'sansB', size: 28 });
      p.kv(
        [
          ['To:', 'Gemeente Voorbeeld, Werk en Inkomen'],
          ['From:', 'M. de Wit'],
          ['Pages:', '1'],
          ['Re:', 'change in my household'],
        ],
        { labelW: 80, size: 12, after: 20 },
      );
      p.hr(1.5);
      p.p(`To whom it may concern,

My friend Peter is moving in with me on 1 April 2026. He works for a shipping company and he is away at sea for four weeks at a time, so I am not sure if this counts as living together. Please let me know what you need from me.

I do not have e-mail. You can reach me by phone in the mornings or write to the address below.

Thank you,`);
      p.gap(4);
      p.t(p.left, p.y + 16, 'M. de Wit', { f: 'hand', size: 18 });
      p.gap(34);
      p.ln(c.street);
      p.ln(c.city);
      return d;
    },
  },
  // ---------------------------------------------------------------- UWV
  {
    slug: 'uwv-beslissing-ww',
    type: 'uwv_decision',
    client: 'K-100171',
    language: 'nl',
    render: 'digital',
    label: 'UWV decision granting unemployment benefit (WW), BSN in the reference block, two pages',
    date: '2026-02-12',
    author: 'UWV',
    build: () => {
      const c = C('K-100171');
      const d = new Doc('sans', 10);
      let p = d.page();
      p.t(64, 70, 'UWV', { f: 'sansB', size: 30, color: [0.0, 0.33, 0.6] });
      p.t(140, 58, 'Uitvoeringsinstituut', { size: 9, color: [0.0, 0.33, 0.6] });
      p.t(140, 70, 'Werknemersverzekeringen', { size: 9, color: [0.0, 0.33, 0.6] });
      addressBlock(p, ['Postbus 58285', '1040 HG Amsterdam'], { x: 400, y: 50, size: 8 });
      addressBlock(p, ['De heer P. Nowak', c.street, c.city], { y: 150 });
      p.kv(
        [
          ['Datum', '12 februari 2026'],
          ['Ons kenmerk', 'WW 26-0211-4471'],
          ['Burgerservicenummer', c.bsn],
          ['Onderwerp', 'Beslissing over uw WW-uitkering'],
        ],
        { x: 64, labelW: 130, size: 9, after: 20 },
      );
      p.p(`Geachte heer Nowak,

U heeft een WW-uitkering aangevraagd. U krijgt deze uitkering vanaf 2 februari 2026. In deze brief leest u hoe hoog uw uitkering is en hoe lang u deze krijgt.

Hoe hoog is uw uitkering?
De eerste 2 maanden krijgt u 75% van uw dagloon. Daarna krijgt u 70% van uw dagloon. Uw dagloon is € 112,46 bruto. Uw uitkering is in de eerste 2 maanden ongeveer € 1.836,00 bruto per maand.

Hoe lang krijgt u een uitkering?
U heeft recht op een WW-uitkering tot en met 1 november 2026, als er niets verandert. Daarna kunt u mogelijk een uitkering van uw gemeente krijgen.

Krijgt u ook bijstand?
Geef deze beslissing dan door aan uw gemeente. De WW-uitkering is inkomen en wordt verrekend met uw bijstand.`);
      p = d.page();
      p.at(60);
      p.p(`Bent u het niet eens met deze beslissing?
Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan via uwv.nl/bezwaar of met een brief. Vermeld in uw bezwaar uw burgerservicenummer en het kenmerk van deze brief.

Heeft u vragen?
Kijk op uwv.nl of bel ons. Wij zijn bereikbaar op werkdagen van 8.00 tot 17.00 uur.

Met vriendelijke groet,

UWV
Afdeling Uitkeringen WW
namens deze: J. Ravensbergen, teamleider`);
      p.t(297, 800, `Pagina 2 van 2 · WW 26-0211-4471`, { size: 7.5, align: 'center', color: [0.4, 0.4, 0.4] });
      return d;
    },
  },
  {
    slug: 'uwv-ziektewet-einde-scan',
    type: 'uwv_decision',
    client: 'K-100430',
    language: 'nl',
    render: 'scan',
    label: 'UWV letter ending sickness benefit (Ziektewet) after a medical assessment, scanned, BSN',
    date: '2026-03-09',
    build: () => {
      const c = C('K-100430');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 64, 'UWV', { f: 'sansB', size: 26 });
      addressBlock(p, ['Mevrouw E. Peters', c.street, c.city], { y: 140 });
      p.t(360, 150, 'Datum  6 maart 2026', { size: 9 });
      p.t(360, 163, `BSN  ${c.bsn}`, { size: 9 });
      p.t(360, 176, 'Kenmerk  ZW/26/03/1187', { size: 9 });
      p.at(230);
      p.ln('Uw Ziektewet-uitkering stopt', { f: 'sansB', size: 13, after: 8 });
      p.p(`Geachte mevrouw Peters,

Op 24 februari 2026 heeft u een gesprek gehad met onze verzekeringsarts. Daaruit blijkt dat u weer meer dan 65% kunt verdienen van wat u verdiende voordat u ziek werd. Daarom stopt uw Ziektewet-uitkering op 10 april 2026.

Wat betekent dit voor u?
Vanaf 10 april 2026 heeft u geen recht meer op een uitkering van UWV op grond van de Ziektewet. Heeft u dan geen werk of een laag inkomen? Vraag dan op tijd een uitkering aan bij uw gemeente.

Bezwaar
Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.

Met vriendelijke groet,
UWV Sociaal Medische Zaken`);
      p.stamp(420, 90, ['ONTVANGEN', '11 MRT 2026', 'balie W&I'], { rot: 7, color: [0.2, 0.2, 0.6] });
      return d;
    },
  },
  {
    slug: 'uwv-brief-ander-klantnummer',
    type: 'uwv_decision',
    client: null,
    conflict: ['K-100157', 'K-100381'],
    language: 'nl',
    render: 'photo',
    label: "Photographed UWV decision with one client's BSN and another client's number written at the top",
    date: '2026-03-12',
    build: () => {
      const c = C('K-100157');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(64, 64, 'UWV', { f: 'sansB', size: 26, color: [0.0, 0.33, 0.6] });
      p.t(300, 48, 'klantnr K-100381', { f: 'hand', size: 16, color: INK });
      addressBlock(p, ['De heer H. Kaya', c.street, c.city], { y: 130 });
      p.kv(
        [
          ['Datum', '10 maart 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Onderwerp', 'Wij verlagen uw WW-uitkering'],
        ],
        { labelW: 130, size: 9, after: 16 },
      );
      p.p(`Geachte heer Kaya,

U heeft ons laten weten dat u sinds 2 maart 2026 weer werkt, 20 uur per week. Daarom verlagen wij uw WW-uitkering. U krijgt voortaan een deel van uw uitkering: wij trekken uw inkomsten van uw uitkering af.

Geef uw inkomsten elke maand door via Mijn UWV. Doet u dat niet, dan kunnen wij uw uitkering niet betalen.

Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.

Met vriendelijke groet,
UWV`);
      return d;
    },
  },
  // ---------------------------------------------------------------- contracts
  {
    slug: 'arbeidsovereenkomst-groenvoorziening',
    type: 'employment_contract',
    client: 'K-100248',
    language: 'nl',
    render: 'digital',
    label: 'Fixed-term employment contract (two pages, articles), employee named with birth date and BSN',
    date: '2026-03-16',
    author: 'Het Hout Groenvoorziening',
    build: () => {
      const c = C('K-100248');
      const d = new Doc('serif', 10);
      let p = d.page();
      p.at(60);
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'serifB', size: 14, align: 'center', after: 14 });
      p.p('De ondergetekenden:', { f: 'serifB' });
      p.p(
        `1. Groenvoorziening Het Hout B.V., gevestigd te Voorbeeld, Bosrand 3, 1239 HH Voorbeeld, KvK 58113370, hierbij rechtsgeldig vertegenwoordigd door de heer F. Timmerije, directeur, hierna te noemen: "werkgever";

2. De heer Rinaldo Wongsodikromo, geboren op ${nlLong(c.birthDate)}, wonende te ${c.street}, ${c.city}, BSN ${c.bsn}, hierna te noemen: "werknemer";

komen het volgende overeen:`,
      );
      const art = (n: number, title: string, body: string) => {
        p.ln(`Artikel ${n} – ${title}`, { f: 'serifB', after: 1 });
        p.p(body);
      };
      art(
        1,
        'Indiensttreding en duur',
        'Werknemer treedt op 1 april 2026 in dienst van werkgever voor de duur van zes maanden. De overeenkomst eindigt van rechtswege op 30 september 2026, zonder dat opzegging nodig is.',
      );
      art(2, 'Proeftijd', 'Er geldt een proeftijd van één maand.');
      art(
        3,
        'Functie',
        'Werknemer wordt aangesteld in de functie van medewerker groenvoorziening. Werknemer verricht ook andere passende werkzaamheden die redelijkerwijs van hem kunnen worden verlangd.',
      );
      art(4, 'Arbeidsduur', 'De arbeidsduur bedraagt 32 uur per week, verdeeld over vier dagen van 7.30 tot 16.00 uur.');
      art(
        5,
        'Salaris',
        'Het bruto maandsalaris bedraagt € 2.286,00 bij een volledige werkweek van 32 uur, conform schaal 3 van de cao Hoveniers. Betaling vindt plaats uiterlijk de laatste werkdag van de maand.',
      );
      p = d.page();
      p.at(60);
      art(6, 'Vakantie', 'Werknemer heeft recht op 8% vakantietoeslag en op vakantiedagen volgens de cao, naar rato van de arbeidsduur.');
      art(7, 'Pensioen', 'Werknemer neemt deel aan de pensioenregeling van het bedrijfstakpensioenfonds.');
      art(8, 'Cao', 'Op deze overeenkomst is de cao Hoveniers van toepassing.');
      p.gap(10);
      p.p('Aldus opgemaakt in tweevoud en ondertekend te Voorbeeld op 16 maart 2026.');
      p.gap(10);
      const y = p.y;
      p.ln('Werkgever', { f: 'serifB' });
      p.gap(30);
      p.ln('F. Timmerije');
      p.at(y);
      p.ln('Werknemer', { f: 'serifB', x: 330 });
      p.gap(30);
      p.ln('R. Wongsodikromo', { x: 330 });
      return d;
    },
  },
  {
    slug: 'employment-contract-other-client-number',
    type: 'employment_contract',
    client: null,
    conflict: ['K-100241', 'K-100409'],
    language: 'en',
    render: 'scan',
    label: "English employment contract for one client (name + birth date) with another client's number handwritten on top",
    date: '2026-02-24',
    build: () => {
      const c = C('K-100241');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(400, 40, 'client nr. K-100409', { f: 'hand', size: 15, color: INK });
      p.at(70);
      p.ln('EMPLOYMENT AGREEMENT', { f: 'sansB', size: 15, after: 2 });
      p.ln('Part-time, fixed term', { f: 'sansI', after: 14 });
      p.p(
        `This agreement is made between Brightside Hospitality Group B.V., Hotelweg 1, 1232 CC Voorbeeld ("the Employer") and Ms Selam Habte, born ${dmy(c.birthDate)}, residing at ${c.address} ("the Employee").`,
      );
      const cl = (n: string, t: string) => {
        p.ln(n, { f: 'sansB', after: 0 });
        p.p(t);
      };
      cl('1. Position', 'The Employee is employed as a housekeeping attendant at Hotel Brightside Voorbeeld.');
      cl('2. Term', 'The agreement starts on 1 March 2026 and ends on 31 August 2026 without notice being required.');
      cl('3. Hours', 'The working week is 20 hours on average, scheduled by roster. The Employee may be asked to work weekends.');
      cl(
        '4. Pay',
        'The hourly wage is EUR 14.40 gross, plus 8% holiday allowance, paid monthly. The collective agreement for the hospitality industry (Horeca) applies.',
      );
      cl('5. Sickness', 'The Employee reports sickness before 07:00 by phone to the duty manager.');
      cl('6. Confidentiality', 'The Employee keeps guest information confidential during and after employment.');
      p.gap(20);
      p.ln('Signed in Voorbeeld on 24 February 2026', { after: 20 });
      p.t(64, p.y + 10, 'R. Verschuur', { f: 'hand', size: 16 });
      p.t(330, p.y + 10, 'S. Habte', { f: 'hand', size: 16, color: INK });
      p.gap(22);
      p.t(64, p.y, 'for the Employer', { size: 8.5 });
      p.t(330, p.y, 'the Employee', { size: 8.5 });
      return d;
    },
  },
  {
    slug: 'umowa-uitzendovereenkomst-dwujezyczna',
    type: 'employment_contract',
    client: 'K-100395',
    language: 'pl',
    render: 'digital',
    label: 'Bilingual Polish/Dutch temp-agency contract, mainly Polish, in two columns, BSN labelled',
    date: '2026-03-02',
    author: 'PolFlex Uitzendbureau',
    build: () => {
      const c = C('K-100395');
      const d = new Doc('cond', 8.5);
      const p = d.page();
      p.at(40);
      p.ln('UMOWA O PRACĘ TYMCZASOWĄ  /  UITZENDOVEREENKOMST', { f: 'condB', size: 13, align: 'center' });
      p.ln('PolFlex Uitzendbureau B.V. · Industrieweg 12 · 1234 ZT Voorbeeld', { size: 8, align: 'center', after: 12 });
      p.kv(
        [
          ['Pracownik / Uitzendkracht', 'Marek Wójcik'],
          ['Numer BSN / Burgerservicenummer', c.bsn],
          ['Adres / Adres', c.address],
          ['Data rozpoczęcia / Ingangsdatum', '02-03-2026'],
        ],
        { labelW: 170, size: 9 },
      );
      const top = p.y + 6;
      const pl = `§1 Agencja zatrudnia pracownika jako pracownika tymczasowego w fazie A, zgodnie z układem zbiorowym ABU.

§2 Pracownik będzie wykonywał pracę jako operator wózka widłowego u klienta agencji: Van Roon Koelhuizen B.V.

§3 Wynagrodzenie wynosi 15,20 EUR brutto za godzinę plus 8% dodatku urlopowego. Wypłata co tydzień w piątek.

§4 Umowa kończy się automatycznie, gdy klient zakończy zlecenie (klauzula agencyjna).

§5 Pracownik zgłasza chorobę do agencji przed godziną 9:00.

§6 Zakwaterowanie nie jest częścią tej umowy.`;
      const nl = `Art. 1 Het uitzendbureau neemt de uitzendkracht in dienst in fase A volgens de ABU-cao.

Art. 2 De uitzendkracht werkt als heftruckchauffeur bij de opdrachtgever Van Roon Koelhuizen B.V.

Art. 3 Het loon bedraagt € 15,20 bruto per uur plus 8% vakantietoeslag. Betaling wekelijks op vrijdag.

Art. 4 De overeenkomst eindigt van rechtswege als de opdracht eindigt (uitzendbeding).

Art. 5 De uitzendkracht meldt ziekte vóór 9.00 uur bij het uitzendbureau.

Art. 6 Huisvesting maakt geen deel uit van deze overeenkomst.`;
      p.at(top);
      p.ln('POLSKI', { f: 'condB', x: 40 });
      p.p(pl, { x: 40, w: 245, size: 8.5 });
      const yEnd = p.y;
      p.at(top);
      p.ln('NEDERLANDS (tłumaczenie)', { f: 'condB', x: 310 });
      p.p(nl, { x: 310, w: 245, size: 8, color: [0.3, 0.3, 0.3] });
      p.line(297, top, 297, Math.max(yEnd, p.y), 0.4);
      p.at(Math.max(yEnd, p.y) + 20);
      p.ln('Podpisy / Handtekeningen:  Voorbeeld, 02-03-2026', { x: 40 });
      return d;
    },
  },
];
