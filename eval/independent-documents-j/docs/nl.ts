// Dutch post from employers, banks, bewindvoerders, buurtteams, reintegration companies and doctors (set J).
import { outlook } from '../../independent-documents-c/lib/parts.ts';
import { OAK, type Spec } from '../../independent-documents-d/spec.ts';
import {
  BLACK_INK,
  BLUE_INK,
  boxField,
  C,
  checkbox,
  Doc,
  dmy,
  euro,
  footer,
  GEMEENTE,
  GREY,
  greyBorder,
  groupIban,
  handLines,
  iban,
  instLetter,
  letterhead,
  notebook,
  postStamp,
  RED,
  scribble,
  signature,
  staple,
  strangerBsn,
} from './jkit.ts';
import { NL2 } from './nl2.ts';

/** A Dutch payslip body: employee block, period, a table of earnings and deductions. */
function payslip(
  p: ReturnType<Doc['page']>,
  o: {
    employer: string;
    employerLines: string[];
    name: string;
    addrLines: string[];
    ids: [string, string][];
    period: string;
    rows: [string, string, string, string][];
    net: number;
    iban: string;
    color?: [number, number, number];
  },
): void {
  p.t(p.left, 50, o.employer, { f: 'sansB', size: 13, color: o.color ?? [0.1, 0.1, 0.1] });
  o.employerLines.forEach((l, i) => {
    p.t(p.left, 63 + i * 9.5, l, { size: 7.5, color: GREY });
  });
  p.t(p.right, 50, 'LOONSTROOK', { f: 'sansB', size: 14, align: 'right' });
  p.t(p.right, 64, o.period, { size: 9, align: 'right' });
  p.at(110);
  p.rect(p.left, p.y - 4, 230, 62, { stroke: [0.5, 0.5, 0.5], lw: 0.5 });
  p.kv([['Naam', o.name], ...o.ids], { size: 8.5, labelW: 78, lh: 11.5, x: p.left + 6 });
  p.at(110);
  o.addrLines.forEach((l, i) => {
    p.t(320, 120 + i * 12, l, { size: 9.5 });
  });
  p.at(190);
  p.table(
    [
      { h: 'Omschrijving', w: 190 },
      { h: 'Aantal', w: 60, r: true },
      { h: 'Tarief', w: 70, r: true },
      { h: 'Bedrag', w: 90, r: true },
    ],
    o.rows,
    { size: 8.5, zebra: [0.93, 0.93, 0.93] },
  );
  p.gap(4);
  p.rect(p.left, p.y, 410, 20, { fill: [0.85, 0.85, 0.85] });
  p.t(p.left + 6, p.y + 14, 'Netto uit te betalen', { f: 'sansB', size: 10 });
  p.t(p.left + 406, p.y + 14, euro(o.net), { f: 'sansB', size: 10, align: 'right' });
  p.gap(30);
  p.ln(`Overgemaakt op rekening ${o.iban}`, { size: 8.5, color: GREY });
}

const _JAN = C('K-100101');
const SHARON = C('K-100143');
const HENK = C('K-100199');
const _WINSTON = C('K-100542');
const KEVIN = C('K-100486');
const TINEKE = C('K-100374');
const GERRIT = C('K-100311');
const RIA = C('K-100150');
const JOHAN = C('K-100423');
const ELS = C('K-100430');
const DEWI = C('K-100192');
const NADIA = C('K-100276');
const IWAN = C('K-100416');
const _KARIM = C('K-100220');
const SAMIRA = C('K-100493');
const _STEFAN = C('K-100528');
const MIEKE = C('K-100521');

export const NL: Spec[] = [
  {
    slug: 'schoonmaak-loonstrook-4wk',
    type: 'payslip',
    client: 'K-100143',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Four-weekly payslip of a cleaning company (period 12), BSN on it',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'Glansrijk Schoonmaakdiensten B.V.',
        employerLines: ['Industrieweg 14, 1231 KM Voorbeeld', 'KvK 61230987  ·  Loonheffingennr. 8612.30.987.L01'],
        name: `${SHARON.first[0]}. ${SHARON.last}`,
        addrLines: [`Mevr. S. ${SHARON.last}`, SHARON.street, SHARON.city],
        ids: [
          ['Personeelsnr', '20417'],
          ['BSN', SHARON.bsn],
          ['Geb.datum', dmy(SHARON.birthDate)],
          ['Functie', 'Schoonmaakmedewerker'],
        ],
        period: 'Periode 12 (26-10-2026 t/m 22-11-2026)',
        rows: [
          ['Uren normaal', '64,00', '14,71', euro(941.44)],
          ['Toeslag avond 25%', '18,00', '3,68', euro(66.24)],
          ['Reiskosten woon-werk', '', '', euro(38.4)],
          ['Vakantiegeld reservering 8%', '', '', euro(80.62)],
          ['Loonheffing', '', '', euro(-41.0)],
          ['Pensioen SPS (wn-deel)', '', '', euro(-27.35)],
          ['Reservering vakantiegeld', '', '', euro(-80.62)],
        ],
        net: 977.73,
        iban: groupIban(iban('RABO', 'sharon-j')),
      });
      p.gap(20);
      p.p('Cumulatieven t/m deze periode: loon SV 11.614,20 · loonheffing 498,00 · gewerkte uren 802,5', { size: 7.5, color: GREY });
      p.p('Vragen over uw loonstrook? Mail salarisadministratie@glansrijk.example of bel 0299-412 880 (ma-do 9-12 uur).', {
        size: 7.5,
        color: GREY,
      });
      postStamp(p, 450, 760, '07 DEC 2026', -4);
      return d;
    },
  },
  {
    slug: 'salaris-maand-bakkerij',
    type: 'payslip',
    client: 'K-100199',
    language: 'nl',
    render: 'digital',
    label: 'Monthly salary slip from a payroll bureau for a bakery, born-digital',
    date: '2026-11-25',
    author: 'Loonbureau Kerkhof',
    build: () => {
      const d = new Doc('cond', 9);
      const p = d.page();
      p.t(p.left, 44, 'Loonbureau Kerkhof | verwerkt voor: Bakkerij Van Ommen V.O.F.', { size: 8, color: GREY });
      p.t(p.left, 66, 'Salarisspecificatie november 2026', { f: 'condB', size: 15 });
      p.at(84);
      p.kv(
        [
          ['Werknemer', `${HENK.name}`],
          ['Adres', `${HENK.street}, ${HENK.city}`],
          ['Burgerservicenummer', HENK.bsn],
          ['Geboortedatum', dmy(HENK.birthDate)],
          ['Datum in dienst', '01-03-2026'],
          ['Functie / schaal', 'Broodbakker / cao Bakkersbedrijf, trede 3'],
          ['Loontijdvak', 'maand 11 (01-11-2026 t/m 30-11-2026)'],
          ['Loonheffingskorting', 'Ja'],
        ],
        { labelW: 130, size: 9, lh: 12.5, after: 10 },
      );
      p.table(
        [
          { h: 'Code', w: 40 },
          { h: 'Omschrijving', w: 190 },
          { h: 'Eenheden', w: 60, r: true },
          { h: 'Betaling', w: 90, r: true },
          { h: 'Inhouding', w: 86, r: true },
        ],
        [
          ['1000', 'Salaris (32 uur p/w)', '138,67', euro(2218.72), ''],
          ['1210', 'Toeslag vroege uren (vóór 6.00)', '22,00', euro(96.8), ''],
          ['4010', 'Pensioenpremie BPF Bakkers', '', '', euro(112.4)],
          ['4100', 'Premie WGA-hiaat', '', '', euro(4.12)],
          ['5000', 'Loonheffing (witte tabel)', '', '', euro(148.0)],
          ['6100', 'Netto reiskostenvergoeding', '', euro(44.0), ''],
          ['6300', 'Inhouding personeelsbrood', '', '', euro(6.0)],
        ],
        { size: 8.5, grid: true, shade: [0.88, 0.91, 0.95] },
      );
      p.kv(
        [
          ['Bruto loon', euro(2315.52)],
          ['Fiscaal loon', euro(2203.12)],
          ['Netto salaris', euro(2089)],
          ['Uitbetaald op', `${groupIban(iban('INGB', 'henk-j'))} op 25-11-2026`],
        ],
        { labelW: 130, size: 9.5, f: 'condB', lh: 13 },
      );
      p.gap(10);
      p.p('Vakantietoeslag wordt in mei uitbetaald. Opgebouwd saldo vakantie-uren: 98,4. Deze specificatie is automatisch aangemaakt.', {
        size: 8,
        color: GREY,
      });
      footer(p, 'Loonbureau Kerkhof · Kerkpad 2 · 1234 BB Voorbeeld · 0299-330 112 · salaris@loonbureaukerkhof.example');
      return d;
    },
  },
  {
    slug: 'eetcafe-urenbriefje',
    type: 'payslip',
    client: 'K-100542',
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: "A horeca employer's handwritten note of hours worked and cash paid, client number added by the client",
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      notebook(p, { top: 110, lh: 24, margin: false });
      p.t(p.left, 58, 'EETCAFÉ DE ZWAAN', { f: 'serifB', size: 16 });
      p.t(p.left, 74, 'Voorstraat 3 · Voorbeeld · 0299-41 77 02', { size: 8 });
      handLines(
        p,
        [
          'Uren Winston D.  november 2026',
          'wk 45   di 18-23  do 17-23  za 16-00   = 19 u',
          'wk 46   vr 17-24  za 16-01               = 16 u',
          'wk 47   do 18-23  vr 17-23  zo 12-18   = 17 u',
          'wk 48   za 16-24                             =  8 u',
          'totaal 60 uur x € 13,68 = € 820,80 bruto',
          'voorschot contant 14/11  € 200,-',
          'rest via bank 29/11  € 547,12 netto (loonstrook volgt v/d boekhouder)',
          '',
          'voor akkoord   Ferry (bedrijfsleider)',
        ],
        { top: 134, lh: 24, size: 13, ink: BLACK_INK, x: 70 },
      );
      scribble(p, 330, 430, ['voor gemeente', 'klantnr K-100542', 'W. Doelwijt'], { rot: 6, ink: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'loonstrook-verkeerd-dossier',
    type: 'payslip',
    client: null,
    conflict: ['K-100486', 'K-100367'],
    language: 'nl',
    render: 'fax',
    faxHeader: '03-12-2026 16:41  VAN: LOGIPORT PAYROLL 0299 778 100   AAN: 0299 123 400',
    label: "Payslip of one client (name, BSN) with another client's number stamped on it",
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      payslip(p, {
        employer: 'Logiport Distributie B.V.',
        employerLines: ['Havenweg 200, 1236 XR Voorbeeld', 'Salarisverwerking door Logiport Payroll Services'],
        name: KEVIN.name,
        addrLines: [`Dhr. K. ${KEVIN.last}`, KEVIN.street, KEVIN.city],
        ids: [
          ['Pers.nr.', 'LP-33871'],
          ['Sofinr/BSN', KEVIN.bsn],
          ['Afdeling', 'Expeditie nachtploeg'],
        ],
        period: 'Week 45 t/m 48 / 2026',
        rows: [
          ['Gewerkte uren', '112,00', '15,10', euro(1691.2)],
          ['Ploegentoeslag 30%', '80,00', '4,53', euro(362.4)],
          ['Overuren 125%', '6,00', '18,88', euro(113.28)],
          ['Loonheffing', '', '', euro(-212.0)],
          ['Premie pensioen', '', '', euro(-58.9)],
          ['Inhouding voorschot', '', '', euro(-150.0)],
        ],
        net: 1745.98,
        iban: groupIban(iban('ABNA', 'kevin-j')),
      });
      p.stamp(420, 88, ['INKOMEN', 'dossier K-100367', 'inscannen'], { rot: 9, size: 9, color: [0.1, 0.1, 0.1] });
      return d;
    },
  },
  {
    slug: 'uitzendbureau-brief-en-loonstrook',
    type: 'payslip',
    client: 'K-100374',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Temp agency cover letter with a four-weekly payslip (2 pages)',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'WerkSnel Uitzendgroep',
        lines: ['Vestiging Voorbeeld', 'Stationsplein 4', '1232 AB Voorbeeld', 'voorbeeld@werksnel.example'],
        color: [0.85, 0.35, 0.05],
        band: true,
        to: GEMEENTE,
        refs: [
          ['Datum', '1 december 2026'],
          ['Betreft', `${TINEKE.name}, geb. ${dmy(TINEKE.birthDate)}`],
          ['Uw klantnummer', 'K-100374'],
        ],
        subject: 'Inkomensgegevens op verzoek van medewerker',
      });
      p.p(
        `Geachte heer/mevrouw,

Op verzoek van onze uitzendkracht mevrouw ${TINEKE.name} sturen wij u hierbij een kopie van haar loonstrook over periode 12 (26 oktober t/m 22 november 2026). Mevrouw Postma werkt via ons bij een verpakkingsbedrijf in fase A, gemiddeld 24 uur per week. De uren kunnen per week verschillen.

Wij betalen per vier weken uit. De volgende uitbetaling is op 19 december 2026 (periode 13). Heeft u vragen over de inkomsten, neemt u dan contact op met de loonadministratie via 088-201 44 00.

Met vriendelijke groet,`,
      );
      p.gap(6);
      signature(p, 'R. Hazelaar');
      p.ln('Intercedent, WerkSnel Voorbeeld', { size: 9 });
      p.ln('Bijlage: loonstrook periode 12', { size: 9, f: 'sansI' });
      staple(p);
      const q = d.page();
      payslip(q, {
        employer: 'WerkSnel Uitzendgroep B.V.',
        employerLines: ['Uitzendbureau · ABU-cao · NEN 4400-1 gecertificeerd', 'Postbus 880, 3500 AW Utrecht'],
        name: `T. ${TINEKE.last}`,
        addrLines: [`Mw. T. ${TINEKE.last}`, TINEKE.street, TINEKE.city],
        ids: [
          ['Reg.nr.', '7730012'],
          ['Opdrachtg.', 'Verpakkerij De Kroon'],
          ['Fase', 'A, week 19'],
        ],
        period: 'Periode 12 / 2026 (4 weken)',
        rows: [
          ['Uren 100%', '94,50', '14,40', euro(1360.8)],
          ['Feestdagen reservering', '', '', euro(31.16)],
          ['Reservering vakantiebijslag', '', '', euro(108.86)],
          ['Loonheffing', '', '', euro(-62.0)],
          ['StiPP basisregeling', '', '', euro(-0.0)],
          ['Reservering vakantiebijslag', '', '', euro(-108.86)],
        ],
        net: 1329.96,
        iban: groupIban(iban('SNSB', 'tineke-j')),
        color: [0.85, 0.35, 0.05],
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-onbekende-werknemer',
    type: 'payslip',
    client: null,
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Photocopied payslip of a man who is not a client (valid BSN of a stranger)',
    date: '2026-11-24',
    build: () => {
      const d = new Doc();
      const p = d.page();
      greyBorder(p, 18);
      payslip(p, {
        employer: 'Hoveniersbedrijf Groenrijk',
        employerLines: ['Kwekerijweg 9, 1237 GP Voorbeeld', 'KvK 70011223'],
        name: 'D. Vroegop',
        addrLines: ['D.J. Vroegop', 'Lindelaan 3', '1238 KA Voorbeeld'],
        ids: [
          ['Nr.', '0041'],
          ['BSN', strangerBsn('vroegop-j')],
          ['Geb.dat.', '03-02-1991'],
        ],
        period: 'Oktober 2026',
        rows: [
          ['Uurloon', '151,50', '15,20', euro(2302.8)],
          ['Vorstverlet', '8,00', '15,20', euro(121.6)],
          ['Loonheffing', '', '', euro(-201.0)],
          ['Pensioen Groen', '', '', euro(-91.3)],
        ],
        net: 2132.1,
        iban: groupIban(iban('TRIO', 'vroegop-j')),
      });
      return d;
    },
  },
  // ---- bank statements ----
  {
    slug: 'rijnland-afschrift-2p',
    type: 'bank_statement',
    client: 'K-100311',
    language: 'nl',
    render: 'scan',
    label: 'Two-page monthly statement of an invented bank, client number written on it',
    date: '2026-12-02',
    build: () => {
      const d = new Doc('sans', 9);
      const rek = groupIban(iban('RLBK', 'gerrit-j'));
      const rows1: string[][] = [
        ['01-11', 'Gemeente Voorbeeld uitkering nov', '', euro(1091.45)],
        ['01-11', 'Woonstichting Thuis aan de Dijk huur', euro(612.3), ''],
        ['02-11', 'Albert Hein 1022 Voorbeeld', euro(43.17), ''],
        ['04-11', 'Zorgzaam Verzekeringen premie', euro(148.95), ''],
        ['05-11', 'Geldautomaat Marktplein', euro(50.0), ''],
        ['07-11', 'Vodafoon Mobiel', euro(22.5), ''],
        ['08-11', 'Lidl Voorbeeld', euro(31.06), ''],
        ['11-11', 'Energiedirect NL termijn', euro(96.0), ''],
        ['12-11', 'Tikkie van H. de Boer', '', euro(25.0)],
        ['14-11', 'Action 1877', euro(12.4), ''],
        ['15-11', 'Belastingdienst Toeslagen ZORGTOESLAG', '', euro(131.0)],
        ['15-11', 'Belastingdienst Toeslagen HUURTOESLAG', '', euro(285.0)],
      ];
      const rows2: string[][] = [
        ['18-11', 'Jumbo Voorbeeld Centrum', euro(58.12), ''],
        ['20-11', 'Waterschap/Gem. belastingen termijn', euro(27.1), ''],
        ['21-11', 'Marktplaats betaling ontvangen', '', euro(40.0)],
        ['22-11', 'Kruidvat 4410', euro(9.98), ''],
        ['25-11', 'Overboeking naar spaarrekening', euro(50.0), ''],
        ['27-11', 'Geldautomaat Stationsweg', euro(40.0), ''],
        ['28-11', 'Netflix.com', euro(9.99), ''],
        ['29-11', 'Albert Hein 1022 Voorbeeld', euro(67.44), ''],
      ];
      const head = (p: ReturnType<Doc['page']>, n: number) => {
        p.t(p.left, 52, 'RIJNLAND BANK', { f: 'serifB', size: 18, color: [0.05, 0.25, 0.45] });
        p.t(p.right, 46, 'Rekeningafschrift', { f: 'sansB', size: 11, align: 'right' });
        p.t(p.right, 58, `nr. 11 · 01-11-2026 t/m 30-11-2026 · blad ${n}/2`, { size: 8, align: 'right' });
        p.at(80);
      };
      const p = d.page();
      head(p, 1);
      p.gap(6);
      for (const l of [`Dhr. G. ${GERRIT.last}`, GERRIT.street, GERRIT.city]) p.ln(l, { size: 10 });
      p.gap(8);
      p.kv(
        [
          ['Rekening', `${rek}  Betaalrekening Basis`],
          ['Beginsaldo 01-11-2026', euro(212.77)],
        ],
        { labelW: 130 },
      );
      const cols = [
        { h: 'Datum', w: 50 },
        { h: 'Omschrijving', w: 240 },
        { h: 'Af', w: 70, r: true },
        { h: 'Bij', w: 70, r: true },
      ];
      p.table(cols, rows1, { size: 8.5, zebra: [0.94, 0.96, 0.98] });
      scribble(p, 380, 700, ['K-100311', 'afschrift nov.'], { rot: -5 });
      const q = d.page();
      head(q, 2);
      q.table(cols, rows2, { size: 8.5, zebra: [0.94, 0.96, 0.98] });
      q.kv(
        [
          ['Totaal af', euro(1528.98)],
          ['Totaal bij', euro(1572.45)],
          ['Eindsaldo 30-11-2026', euro(256.24)],
        ],
        { labelW: 130, f: 'sansB' },
      );
      footer(
        q,
        'Rijnland Bank N.V. · Postbus 7070 · 2300 KB Leiden · rijnlandbank.example · Uw tegoed valt onder het depositogarantiestelsel.',
      );
      return d;
    },
  },
  {
    slug: 'bewindvoerder-twee-clienten',
    type: 'bank_statement',
    client: null,
    conflict: ['K-100150', 'K-100423'],
    language: 'nl',
    render: 'scan',
    label: "A bewindvoerder's cover letter sending the bank statements of two clients at once (3 pages)",
    date: '2026-12-03',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'Op Orde Bewindvoering',
        lines: ['Beschermingsbewind · Budgetbeheer', 'Zuidsingel 88, 1233 AC Voorbeeld', 'info@opordebewind.example · 0299-650 300'],
        color: [0.2, 0.45, 0.3],
        to: ['Gemeente Voorbeeld', 't.a.v. Team Inkomen', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '3 december 2026'],
          ['Onze ref.', 'OOB/dec-batch'],
        ],
        subject: 'Maandelijkse bankafschriften cliënten onder bewind',
      });
      p.p(
        `Geachte heer, mevrouw,

Als beschermingsbewindvoerder (benoemd door de kantonrechter) zenden wij u, zoals afgesproken, de afschriften van de leefgeldrekening en de beheerrekening over november 2026 van de volgende cliënten:

1. mevrouw ${RIA.name}, klantnummer ${RIA.clientNumber}, BSN ${RIA.bsn}
2. de heer ${JOHAN.name}, klantnummer ${JOHAN.clientNumber}, BSN ${JOHAN.bsn}

Bij de heer Smits is op 18 november een eenmalige teruggave van de energieleverancier ontvangen (€ 184,20). Wij verzoeken u te beoordelen of dit gevolgen heeft voor zijn uitkering. Bij mevrouw Jansen zijn er geen bijzonderheden.

Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.

Met vriendelijke groet,`,
      );
      signature(p, 'mr. A.M. Goedhart');
      p.ln('bewindvoerder', { size: 9 });
      staple(p);
      const stmt = (name: string, seed: string, rows: string[][], begin: number, end: number) => {
        const q = d.page();
        q.t(q.left, 50, 'Polderbank', { f: 'sansB', size: 16, color: [0.9, 0.45, 0.0] });
        q.t(q.right, 50, 'Afschrift beheerrekening', { size: 10, align: 'right' });
        q.at(70);
        q.kv(
          [
            ['Rekeninghouder', `Op Orde Bewindvoering inzake ${name}`],
            ['IBAN', groupIban(iban('PLDB', seed))],
            ['Periode', '01-11-2026 - 30-11-2026'],
            ['Saldo begin', euro(begin)],
          ],
          { labelW: 110, size: 9 },
        );
        q.table(
          [
            { h: 'Datum', w: 55 },
            { h: 'Tegenrekening / omschrijving', w: 250 },
            { h: 'Bedrag', w: 80, r: true },
            { h: 'Saldo', w: 75, r: true },
          ],
          rows,
          { size: 8.5 },
        );
        q.ln(`Saldo einde periode: ${euro(end)}`, { f: 'sansB' });
      };
      stmt(
        'R. Jansen',
        'ria-j',
        [
          ['02-11', 'Gemeente Voorbeeld Participatiewet', '+1.091,45', '1.171,45'],
          ['02-11', 'Huur Woonstichting', '-598,10', '573,35'],
          ['03-11', 'Leefgeld week 45 naar NL21..4410', '-75,00', '498,35'],
          ['10-11', 'Leefgeld week 46', '-75,00', '423,35'],
          ['12-11', 'Zorgzaam premie + eigen risico termijn', '-163,45', '259,90'],
          ['17-11', 'Leefgeld week 47', '-75,00', '184,90'],
          ['24-11', 'Leefgeld week 48', '-75,00', '109,90'],
          ['28-11', 'Beloning bewindvoerder', '-39,58', '70,32'],
        ],
        80,
        70.32,
      );
      stmt(
        'J. Smits',
        'johan-j',
        [
          ['02-11', 'Gemeente Voorbeeld Participatiewet', '+1.091,45', '1.301,45'],
          ['02-11', 'Huur De Woonmaat', '-655,00', '646,45'],
          ['03-11', 'Leefgeld', '-60,00', '586,45'],
          ['10-11', 'Leefgeld', '-60,00', '526,45'],
          ['17-11', 'Leefgeld', '-60,00', '466,45'],
          ['18-11', 'Energie Groen BV teruggave jaarafrekening', '+184,20', '650,65'],
          ['24-11', 'Leefgeld', '-60,00', '590,65'],
          ['28-11', 'Beloning bewindvoerder', '-39,58', '551,07'],
        ],
        210,
        551.07,
      );
      return d;
    },
  },
  {
    slug: 'internetbankieren-print-kopie',
    type: 'bank_statement',
    client: 'K-100430',
    language: 'nl',
    render: 'scan',
    copy: true,
    label: 'Photocopy (grey borders) of an internet-banking transaction list, name and birth date written on it',
    date: '2026-12-04',
    build: () => {
      const d = new Doc('sans', 8.5);
      const p = d.page();
      greyBorder(p);
      p.t(p.left, 40, 'https://mijn.noorderbank.example/rekeningen/transacties', { size: 7, color: GREY });
      p.t(p.right, 40, '4-12-2026 08:12', { size: 7, color: GREY, align: 'right' });
      p.t(p.left, 66, 'NoorderBank', { f: 'sansB', size: 15, color: [0.1, 0.5, 0.45] });
      p.t(p.left + 140, 66, 'Mijn rekeningen  >  Betaalrekening  >  Bij- en afschrijvingen', { size: 8 });
      p.at(84);
      p.ln(`E. Peters  ·  ${groupIban(iban('NOBK', 'els-j'))}  ·  Saldo € 37,86`, { f: 'sansB', size: 9.5, after: 4 });
      p.table(
        [
          { h: 'Datum', w: 62 },
          { h: 'Naam / Omschrijving', w: 250 },
          { h: 'Bedrag', w: 80, r: true },
        ],
        [
          ['3 dec', 'Albert Hein Voorbeeld · Betaalpas', '- 23,40'],
          ['1 dec', 'Gemeente Voorbeeld · Uitkering december', '+ 1.214,60'],
          ['1 dec', 'Woonstichting Thuis aan de Dijk · Huur', '- 701,12'],
          ['30 nov', 'Kinderopvang Het Hummelhuis · eigen bijdrage', '- 62,00'],
          ['28 nov', 'Belastingdienst · Kinderopvangtoeslag nov', '+ 412,00'],
          ['27 nov', 'SVB · Kinderbijslag 4e kwartaal', '+ 292,29'],
          ['26 nov', 'Zalando Payments', '- 39,95'],
          ['25 nov', 'Primera Marktplein · Betaalpas', '- 8,70'],
          ['24 nov', 'Schuldhulp Voorbeeld · aflossing', '- 25,00'],
          ['22 nov', 'Opname geldautomaat', '- 100,00'],
          ['20 nov', 'M. Peters · zakgeld Lotte', '+ 30,00'],
          ['18 nov', 'Odido · abonnement', '- 21,00'],
        ],
        { size: 8.5, zebra: [0.95, 0.95, 0.95] },
      );
      scribble(p, 80, 560, [`${ELS.name}  ${dmy(ELS.birthDate)}`, 'bankafschrift voor consulent'], { rot: 2, size: 14 });
      return d;
    },
  },
  // ---- change forms ----
  {
    slug: 'inkomstenopgave-formulier-hand',
    type: 'change_form',
    client: 'K-100192',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: "The municipality's monthly income form filled in by hand",
    date: '2026-12-04',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 52, 'Gemeente Voorbeeld', { f: 'serifB', size: 15 });
      p.t(p.right, 52, 'Formulier Inkomstenopgave', { f: 'sansB', size: 12, align: 'right' });
      p.t(p.right, 66, 'Participatiewet · per maand inleveren', { size: 8, align: 'right' });
      p.line(p.left, 74, p.right, 74, 1.2);
      p.at(88);
      p.p(
        'Vul dit formulier in als u inkomsten heeft naast uw uitkering. Stuur uw loonstroken mee. Lever het formulier in vóór de 5e van de maand.',
        {
          size: 8.5,
        },
      );
      boxField(p, 'Klantnummer', 'K-100192');
      boxField(p, 'Naam', DEWI.name);
      boxField(p, 'Over de maand', 'november 2026');
      p.gap(4);
      p.ln('1. Had u in deze maand inkomsten uit werk?', { f: 'sansB', size: 9 });
      checkbox(p, p.left, p.y, 'nee', false);
      checkbox(p, p.left + 60, p.y, 'ja, van werkgever:', true);
      p.t(p.left + 170, p.y + 9, 'Thuiszorg Zonnedauw', { f: 'hand', size: 12.5, color: BLUE_INK });
      p.gap(22);
      boxField(p, 'Bruto loon', '€ 612,40');
      boxField(p, 'Netto loon', '€ 588,- (ongeveer)');
      boxField(p, 'Aantal uren', '44 uur');
      p.ln('2. Had u andere inkomsten (alimentatie, toeslagen terug, verkoop spullen)?', { f: 'sansB', size: 9 });
      checkbox(p, p.left, p.y, 'nee', true);
      checkbox(p, p.left + 60, p.y, 'ja', false);
      p.gap(20);
      p.ln('3. Zijn er andere wijzigingen (adres, samenwonen, studie, vermogen)?', { f: 'sansB', size: 9 });
      checkbox(p, p.left, p.y, 'nee', false);
      checkbox(p, p.left + 60, p.y, 'ja, namelijk:', true);
      p.gap(16);
      handLines(p, ['mijn dochter is 18 geworden op 2 nov. en gaat mbo doen', 'ze krijgt studiefinanciering van DUO'], {
        top: p.y + 16,
        lh: 20,
        size: 12.5,
        x: p.left + 10,
      });
      p.gap(10);
      p.ln('Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.', { size: 8.5 });
      p.t(p.left, p.y + 22, 'Datum:', { size: 9 });
      p.t(p.left + 40, p.y + 22, '3-12-26', { f: 'hand', size: 13, color: BLUE_INK });
      p.t(p.left + 200, p.y + 22, 'Handtekening:', { size: 9 });
      p.t(p.left + 270, p.y + 22, 'D. Soekhoe', { f: 'hand', size: 17, color: BLUE_INK });
      footer(p, 'Formulier IO-PW versie 2024-2 · Gemeente Voorbeeld · Postbus 1234 · 1230 AA Voorbeeld');
      return d;
    },
  },
  {
    slug: 'buurtteam-wijziging-woonsituatie',
    type: 'change_form',
    client: 'K-100276',
    language: 'nl',
    render: 'scan',
    label: 'Neighbourhood team reports that the client’s adult son moved back in',
    date: '2026-12-02',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'Buurtteam Voorbeeld-Oost',
        lines: ['Wijkcentrum De Schakel', 'Beatrixstraat 2', '1233 TA Voorbeeld', 'T 0299-700 220'],
        color: [0.55, 0.2, 0.5],
        to: GEMEENTE,
        refs: [
          ['Datum', '2 december 2026'],
          ['Contactpersoon', 'Yvonne Star, sociaal werker'],
        ],
        subject: `Doorgeven wijziging woonsituatie mevrouw ${NADIA.name} (geb. ${dmy(NADIA.birthDate)})`,
      });
      p.p(
        `Beste collega's van Werk en Inkomen,

Ik begeleid mevrouw ${NADIA.last} vanuit het buurtteam. Zij heeft mij gevraagd een wijziging voor haar door te geven, omdat zij het digitale formulier niet kan invullen.

Haar zoon, Bilal Ait Lahcen (24 jaar), woont sinds 15 november 2026 weer bij haar in, na het einde van zijn huurcontract in Amsterdam. Hij staat inmiddels ingeschreven op haar adres (${NADIA.street}). Bilal werkt 32 uur per week bij een bezorgbedrijf en betaalt zijn moeder € 150 per maand kostgeld.

Mevrouw begrijpt dat dit gevolgen kan hebben voor haar uitkering (kostendelersnorm). Wilt u haar laten weten wat er verandert? Post kan naar haar adres; ik lees samen met haar mee.

Met vriendelijke groet,`,
      );
      signature(p, 'Yvonne Star');
      p.ln('Buurtteam Voorbeeld-Oost', { size: 9 });
      p.gap(8);
      p.ln('Akkoord cliënt:', { size: 9 });
      p.t(p.left + 80, p.y + 4, 'N. Ait Lahcen', { f: 'hand', size: 16, color: BLACK_INK });
      return d;
    },
  },
  // ---- benefit applications ----
  {
    slug: 'buurtteam-aanvraag-nieuwe-client',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Neighbourhood team sends an application for social assistance for a woman not yet known',
    date: '2026-12-01',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'Buurtteam Voorbeeld-Noord',
        lines: ['Havenkade 1', '1231 GA Voorbeeld', 'noord@buurtteamvoorbeeld.example'],
        color: [0.0, 0.45, 0.6],
        to: ['Gemeente Voorbeeld', 'Team Poort / intake', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '1 december 2026'],
          ['Betreft', 'aanvraag levensonderhoud (Participatiewet)'],
        ],
        subject: 'Aanvraag bijstand mevrouw P. Martodikromo - spoed',
      });
      p.p(
        `Geachte medewerker van Team Poort,

Hierbij sturen wij namens mevrouw Priscilla Martodikromo (geboren 14-03-1988, BSN ${strangerBsn('martodikromo-j')}) een aanvraag voor een bijstandsuitkering. Mevrouw is op 20 november 2026 met haar twee kinderen (6 en 9 jaar) vanuit Rotterdam naar Voorbeeld verhuisd, na een scheiding. Zij woont tijdelijk bij haar zus op Spoorlaan 17.

Mevrouw heeft geen inkomen meer sinds haar ex-partner is vertrokken. Er is geen spaargeld. Zij heeft een schuld bij de zorgverzekeraar. De kinderen hebben deze week nog eten via de voedselbank.

Wij vragen u om een voorschot en een snelle afspraak voor het intakegesprek. Meegestuurd: kopie ID, huurverklaring zus, bankafschriften van oktober en november, uitschrijving gemeente Rotterdam.

Met vriendelijke groet,`,
      );
      signature(p, 'Jeroen Kalkman');
      p.ln('maatschappelijk werker, Buurtteam Voorbeeld-Noord · 06-41 22 87 90', { size: 9 });
      postStamp(p, 450, 120, '02 DEC 2026');
      return d;
    },
  },
  {
    slug: 'aanvraagformulier-bijstand-2p',
    type: 'benefit_application',
    client: 'K-100416',
    language: 'nl',
    render: 'scan',
    label: 'Two-page application form for assistance filled in by hand (former client re-applying, BSN)',
    date: '2026-11-30',
    build: () => {
      const d = new Doc();
      const p = d.page();
      p.t(p.left, 50, 'Aanvraag algemene bijstand', { f: 'sansB', size: 15 });
      p.t(p.left, 66, 'Participatiewet  ·  Gemeente Voorbeeld', { size: 9 });
      p.t(p.right, 50, 'formulier AB-1', { size: 8, align: 'right' });
      p.line(p.left, 74, p.right, 74, 1);
      p.at(86);
      p.ln('1  Uw gegevens', { f: 'sansB', size: 10.5, after: 4 });
      boxField(p, 'Achternaam', IWAN.last);
      boxField(p, 'Voornamen', 'Iwan Radjinder');
      boxField(p, 'Geboortedatum', dmy(IWAN.birthDate));
      boxField(p, 'Burgerservicenummer', IWAN.bsn);
      boxField(p, 'Adres', `${IWAN.street}, ${IWAN.city}`);
      boxField(p, 'Telefoon', '06 - 28 11 94 07');
      p.ln('2  Uw situatie', { f: 'sansB', size: 10.5, after: 4 });
      checkbox(p, p.left, p.y, 'alleenstaand', true);
      checkbox(p, p.left + 120, p.y, 'gehuwd / samenwonend', false);
      checkbox(p, p.left + 280, p.y, 'alleenstaande ouder', false);
      p.gap(20);
      boxField(p, 'Sinds wanneer geen inkomen', 'mijn WW is gestopt op 30-11-2026');
      boxField(p, 'Laatste werkgever', 'Metaalbewerking Straver (tot mei 2026)');
      p.ln('3  Eerder bijstand gehad?', { f: 'sansB', size: 10.5, after: 4 });
      checkbox(p, p.left, p.y, 'nee', false);
      checkbox(p, p.left + 60, p.y, 'ja, van / tot:', true);
      p.t(p.left + 150, p.y + 9, '2019 - 2021 hier in Voorbeeld', { f: 'hand', size: 12.5, color: BLUE_INK });
      p.gap(20);
      footer(p, 'AB-1 · pagina 1 van 2');
      const q = d.page();
      q.at(50);
      q.ln('4  Vermogen en bezittingen', { f: 'sansB', size: 10.5, after: 4 });
      boxField(q, 'Saldo betaalrekening', '€ 143,20');
      boxField(q, 'Spaarrekening', 'geen');
      boxField(q, 'Auto / motor', 'Opel Corsa 2009, ong. 900 euro');
      boxField(q, 'Schulden', 'ja, CJIB boete + telefoon, ong. 1.400');
      q.ln('5  Woonsituatie', { f: 'sansB', size: 10.5, after: 4 });
      boxField(q, 'Huur per maand', '€ 688,- (kale huur 640)');
      boxField(q, 'Huurtoeslag', 'aangevraagd');
      q.ln('6  Ondertekening', { f: 'sansB', size: 10.5, after: 4 });
      q.p(
        'Ik verklaar dat ik dit formulier volledig en naar waarheid heb ingevuld. Ik weet dat ik wijzigingen direct moet doorgeven en dat de gemeente mijn gegevens kan controleren bij andere instanties.',
        { size: 8.5 },
      );
      q.t(q.left, q.y + 20, 'Datum  29/11/2026', { f: 'hand', size: 13, color: BLUE_INK });
      q.t(q.left + 220, q.y + 22, 'I. Sitaldin', { f: 'hand', size: 18, color: BLUE_INK });
      q.gap(40);
      q.ln('Bijlagen: - WW-beëindigingsbrief UWV  - bankafschriften 3 mnd  - huurcontract', { f: 'hand', size: 12, color: BLUE_INK });
      footer(q, 'AB-1 · pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'bewindvoerder-bijzondere-bijstand',
    type: 'benefit_application',
    client: 'K-100220',
    language: 'nl',
    render: 'fax',
    faxHeader: '02-12-2026 11:02  OP ORDE BEWIND  0299 650 301',
    label: 'Bewindvoerder applies for special assistance (bijzondere bijstand) for a washing machine',
    date: '2026-12-02',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      instLetter(p, {
        org: 'Op Orde Bewindvoering',
        lines: ['Zuidsingel 88, 1233 AC Voorbeeld', 'T 0299-650 300 · F 0299-650 301'],
        color: [0.2, 0.45, 0.3],
        f: 'serifB',
        to: GEMEENTE,
        refs: [
          ['Datum', '2 december 2026'],
          ['Cliënt', `K. Ouahabi, klantnummer K-100220`],
        ],
        subject: 'Aanvraag bijzondere bijstand: vervanging wasmachine',
      });
      p.p(
        `Geachte heer/mevrouw,

Namens mijn cliënt, de heer K. Ouahabi, vraag ik bijzondere bijstand aan voor de vervanging van zijn wasmachine. Het apparaat is op 24 november 2026 defect geraakt; reparatie is volgens de monteur niet meer rendabel (zie bijgevoegde werkbon).

De heer Ouahabi heeft medische klachten (incontinentie), waardoor hij dagelijks moet wassen. Wassen in een wasserette is voor hem fysiek en financieel niet haalbaar. Er is geen ruimte in het budget: na vaste lasten en aflossingen resteert een leefgeld van € 55 per week. De reservering voor duurzame gebruiksgoederen is in 2025 gebruikt voor een koelkast.

Ik verzoek u een bedrag van € 429,00 (offerte Witgoed Van Dam, goedkoopste A-label model) toe te kennen, bij voorkeur rechtstreeks te betalen aan de leverancier.

Hoogachtend,`,
      );
      signature(p, 'mr. A.M. Goedhart', { ink: BLACK_INK });
      p.ln('Bijlagen: werkbon, offerte, budgetplan', { size: 9, f: 'serifI' });
      return d;
    },
  },
  // ---- job application proof ----
  {
    slug: 'reintegratie-sollicitatieoverzicht-2p',
    type: 'job_application_proof',
    client: 'K-100493',
    language: 'nl',
    render: 'scan',
    label: "A reintegration company's two-page overview of applications made by the client",
    date: '2026-12-01',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      instLetter(p, {
        org: 'StapVooruit Re-integratie',
        lines: ['Werkfit- en jobhuntingtrajecten', 'Kanaalweg 40, 1232 LM Voorbeeld', 'info@stapvooruit.example'],
        color: [0.1, 0.55, 0.25],
        to: ['Gemeente Voorbeeld', 't.a.v. Team Werk', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Deelnemer', `${SAMIRA.name}`],
          ['Klantnummer gemeente', 'K-100493'],
          ['Traject', 'Jobhunting 6 mnd (start 01-09-2026)'],
          ['Rapportage', 'maand 3 - november 2026'],
        ],
        subject: 'Sollicitatieoverzicht november 2026',
      });
      p.p(
        'Mevrouw Ouled Ali is in november actief geweest. Zij heeft 9 sollicitaties verstuurd en 1 gesprek gehad. Zij zoekt vooral werk in de kinderopvang en als doktersassistente (MBO-4 diploma 2014). Aandachtspunt: beschikbaarheid na 15.00 uur i.v.m. kinderen.',
      );
      const rows = [
        ['03-11', 'Kinderdagverblijf Zonnestraal', 'Pedagogisch medewerker', 'mail', 'afgewezen'],
        ['05-11', 'Huisartsenpraktijk Molenweg', 'Doktersassistente 24u', 'website', 'gesprek 19-11'],
        ['07-11', 'BSO De Speeltuin', "PM'er BSO", 'mail', 'geen reactie'],
        ['12-11', 'Apotheek Centrum', 'Apothekersassistente i.o.', 'open sollicitatie', 'afgewezen'],
        ['14-11', 'Kinderopvang Kroost', 'Invalkracht', 'Indeed', 'in behandeling'],
      ];
      const cols = [
        { h: 'Datum', w: 42 },
        { h: 'Werkgever', w: 150 },
        { h: 'Functie', w: 125 },
        { h: 'Via', w: 70 },
        { h: 'Resultaat', w: 80 },
      ];
      p.table(cols, rows, { size: 8, grid: true, shade: [0.85, 0.93, 0.87] });
      footer(p, 'StapVooruit Re-integratie · Blik-certificaat · pagina 1/2');
      const q = d.page();
      q.at(50);
      q.table(
        cols,
        [
          ['18-11', 'Zorggroep Voorbeeld', 'Receptioniste', 'werk.nl', 'afgewezen'],
          ['21-11', 'Gastouderbureau Thuis', 'Gastouder', 'telefonisch', 'info opgevraagd'],
          ['25-11', 'Tandartspraktijk Smile', 'Assistente 20u', 'mail', 'geen reactie'],
          ['28-11', 'Kinderdagverblijf Het Nest', 'Pedagogisch medewerker', 'mail', 'in behandeling'],
        ],
        { size: 8, grid: true, shade: [0.85, 0.93, 0.87] },
      );
      q.p(
        'Gesprek 19-11 bij Huisartsenpraktijk Molenweg: goed verlopen, maar gekozen voor een kandidaat met recente ervaring. Wij adviseren een korte scholing "Medische administratie" (4 weken, ROC). Graag uw akkoord.',
      );
      q.gap(6);
      signature(q, 'Lotte Brinkman');
      q.ln('jobcoach StapVooruit', { size: 9 });
      q.ln('Gezien deelnemer: S. Ouled Ali', { f: 'hand', size: 13, color: BLUE_INK });
      footer(q, 'StapVooruit Re-integratie · Blik-certificaat · pagina 2/2');
      return d;
    },
  },
  {
    slug: 'sollicitatie-mail-print',
    type: 'job_application_proof',
    client: 'K-100528',
    language: 'nl',
    render: 'scan',
    label: "Outlook printout of an application e-mail the client sent, with the employer's reply; client number written",
    date: '2026-11-26',
    build: () => {
      const d = new Doc();
      const p = d.page();
      outlook(
        p,
        'Stefan Kuipers',
        {
          from: 'Werving Bouwmaat Voorbeeld <werving@bouwmaat-vb.example>',
          to: 'stefan.kuipers@example.net',
          date: 'woensdag 25 november 2026 14:07',
          subject: 'RE: Sollicitatie magazijnmedewerker (vac. 2026-118)',
        },
        `Beste Stefan,

Bedankt voor je sollicitatie en interesse in Bouwmaat. We hebben veel reacties gehad. Op dit moment gaan we verder met kandidaten die een heftruckcertificaat hebben. Je cv bewaren we graag 6 maanden, als je daar bezwaar tegen hebt hoor ik het graag.

Met vriendelijke groet,
Anouk | Recruitment Bouwmaat`,
        {
          head: {
            from: 'Stefan Kuipers <stefan.kuipers@example.net>',
            to: 'werving@bouwmaat-vb.example',
            date: 'maandag 16 november 2026 21:48',
            subject: 'Sollicitatie magazijnmedewerker (vac. 2026-118)',
          },
          body: `Geachte heer/mevrouw,

Hierbij solliciteer ik op de functie magazijnmedewerker die ik zag op jullie site. Ik heb 5 jaar gewerkt bij een groothandel in bouwmaterialen (orderpicken, laden en lossen, voorraad tellen). Ik ben fysiek sterk, op tijd en kan ook zaterdags werken. Mijn cv zit in de bijlage.

Met vriendelijke groet,
Stefan Kuipers
06-19 55 02 81`,
        },
      );
      scribble(p, 330, 690, ['sollicitatie nr 3 deze maand', 'K-100528'], { rot: 3 });
      return d;
    },
  },
  // ---- medical ----
  {
    slug: 'huisarts-verklaring-fax',
    type: 'medical_statement',
    client: 'K-100521',
    language: 'nl',
    render: 'fax',
    faxHeader: '04-12-2026 09:37  HAP DE LINDE  0299-412233  P.01',
    label: "GP's statement faxed by the practice: client cannot work temporarily (name + birth date)",
    date: '2026-12-04',
    build: () => {
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(
        p,
        'Huisartsenpraktijk De Linde',
        ['J.H. Vos & R. Oosterhuis, huisartsen', 'Lindelaan 1, 1238 KA Voorbeeld', 'T 0299-41 22 00  F 0299-41 22 33'],
        {
          f: 'serifB',
          color: [0.1, 0.1, 0.1],
        },
      );
      p.gap(10);
      p.ln('VERTROUWELIJK', { f: 'sansB', size: 11 });
      p.ln('Aan: Gemeente Voorbeeld, afd. Werk en Inkomen, t.a.v. de consulent werk', { size: 10 });
      p.ln('Datum: 4 december 2026', { size: 10, after: 10 });
      p.ln('Medische verklaring', { f: 'serifB', size: 13, after: 6 });
      p.kv(
        [
          ['Patiënt', `mevrouw ${MIEKE.name}`],
          ['Geboortedatum', dmy(MIEKE.birthDate)],
          ['Adres', `${MIEKE.street}, ${MIEKE.city}`],
        ],
        { labelW: 100 },
      );
      p.p(
        `Op verzoek van bovengenoemde patiënte verklaar ik dat zij bij mij onder behandeling is. Zij is op 30 november 2026 gezien op het spreekuur. Vanwege haar klachten is zij naar mijn oordeel de komende zes weken niet in staat om deel te nemen aan het werkfit-traject of aan sollicitatieactiviteiten.

Over de aard van de aandoening doe ik, in verband met het medisch beroepsgeheim, geen mededelingen. Voor een nadere beoordeling van de belastbaarheid verwijs ik u naar een onafhankelijk arts (bijv. via de GGD of een bedrijfsarts).`,
      );
      p.gap(6);
      signature(p, 'J.H. Vos', { ink: BLACK_INK });
      p.ln('huisarts, BIG 89012345601', { size: 9 });
      return d;
    },
  },
  {
    slug: 'ggz-brief-onbekende-patient',
    type: 'medical_statement',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'GGZ letter about a patient who is not a client of the municipality',
    date: '2026-11-27',
    build: () => {
      const d = new Doc();
      const p = d.page();
      instLetter(p, {
        org: 'GGZ Het Baken',
        lines: ['Ambulante zorg Voorbeeld', 'Oude Kerkweg 12, 1230 BC Voorbeeld', 'T 0299-88 00 10'],
        color: [0.35, 0.25, 0.55],
        to: ['Gemeente Voorbeeld', 't.a.v. afdeling Werk', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Datum', '27 november 2026'],
          ['Betreft', 'R. Hageman, geb. 11-07-1979'],
          ['Ons kenmerk', 'HB-2026-40118'],
        ],
        subject: 'Verklaring behandeling',
      });
      p.p(
        `Geachte heer/mevrouw,

Met toestemming van de heer Rob Hageman bericht ik u dat hij sinds augustus 2026 bij ons in behandeling is in het ambulante team. De behandeling bestaat uit wekelijkse gesprekken en medicatiecontrole. De behandeling zal naar verwachting nog minimaal zes maanden duren.

Wij adviseren om de heer Hageman in deze periode geen verplichtingen op te leggen die verder gaan dan een maandelijks contact met zijn consulent. Bij vragen kunt u contact opnemen met ondergetekende; de heer Hageman heeft daarvoor schriftelijk toestemming gegeven.

Met vriendelijke groet,`,
      );
      signature(p, 'drs. M. Lammers');
      p.ln('GZ-psycholoog, regiebehandelaar', { size: 9 });
      p.t(p.left, 780, 'Dit document bevat vertrouwelijke medische informatie. Niet verder verspreiden.', { size: 7, color: RED });
      return d;
    },
  },
  ...NL2,
];
