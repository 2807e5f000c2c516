// Dutch post of one ordinary week: what clients, employers, banks, doctors, bailiffs and
// institutions send to Werk en Inkomen. One Spec per document; the truth sits next to the layout.
import { textWidth } from '../../independent-documents-c/lib/sheet.ts';
import { DARK, OAK, OILCLOTH, type Spec, WHITE_TABLE, WOOD } from '../spec.ts';
import {
  addressBlock,
  BLACK_INK,
  BLUE_INK,
  boxField,
  C,
  checkbox,
  Doc,
  dmy,
  emailOf,
  euro,
  field,
  footer,
  formHead,
  GEMEENTE,
  GREY,
  groupIban,
  handLines,
  iban,
  instLetter,
  letterhead,
  monthTx,
  nlLong,
  notebook,
  outlook,
  PAGE_H,
  PAGE_W,
  type Page,
  payslip,
  RED,
  scribble,
  section,
  signature,
  strangerBsn,
  txTable,
  typoBsn,
  webmail,
} from './kit.ts';

const net = (lines: [string, string, number][]) => Math.round(lines.reduce((a, l) => a + l[2], 0) * 100) / 100;

// ---------------------------------------------------------------- payslips
const PAYSLIPS: Spec[] = [
  {
    slug: 'loonstrook-bakkerij-november',
    type: 'payslip',
    client: 'K-100101',
    language: 'nl',
    render: 'scan',
    label: 'Loonstrook november Bakkerij Vermolen (via loonbureau)',
    date: '2026-11-25',
    author: 'Loonbureau Kempenaar',
    build: () => {
      const c = C('K-100101');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Uurloon 14,40', '78,00', 1123.2],
        ['Toeslag vroege uren 25%', '21,50', 77.4],
        ['Vakantietoeslag reservering 8%', '', 0],
        ['Loonheffing (tabel wit, met heffingskorting)', '', -12.6],
        ['Pensioenpremie BPF Bakkers', '', -38.19],
        ['Inhouding personeelsbrood', '', -6],
      ];
      payslip(p, {
        employer: ['Bakkerij Vermolen v.o.f.', 'Kerkbuurt 7, 1239 AB Oosthuizen-Voorbeeld', 'Loonheffingennr. 8123.45.678.L01'],
        who: [
          ['Naam', `${c.first[0]}. de Vries`],
          ['Adres', c.street],
          ['', `1238 LX ${c.city.split(' ').pop()}`],
          ['BSN', c.bsn],
          ['Geb.datum', dmy(c.birthDate)],
          ['Personeelsnr', '0147'],
        ],
        period: [
          ['Periode', 'november 2026 (11)'],
          ['Functie', 'Bakkershulp'],
          ['Dienstverband', '18 u/wk, onbepaald'],
          ['In dienst', '04-03-2024'],
          ['Loonheffingskorting', 'Ja'],
        ],
        lines,
        net: net(lines),
        extra: [
          ['Cum. SV-loon', 'Cum. loonheffing', 'Res. vak.geld', 'Vak.uren saldo'],
          ['12.204,11', '138,60', '976,32', '41,5'],
        ],
        foot: 'Verwerkt door Loonbureau Kempenaar, Purmerend — vragen: salaris@kempenaar-loon.example',
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-uitzend-week47',
    type: 'payslip',
    client: 'K-100143',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Weekloonstrook uitzendbureau week 47',
    date: '2026-11-24',
    author: 'FlexPoint Uitzendgroep',
    build: () => {
      const c = C('K-100143');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Uren normaal 100%', '32,00', 32 * 14.06],
        ['Uren overwerk 125%', '3,50', 3.5 * 14.06 * 1.25],
        ['Reiskostenverg. onbelast', '5 x 24km', 22.8],
        ['Reservering vakantiegeld 8,33%', '', 0],
        ['Loonheffing', '', -21.44],
        ['Premie WW', '', 0],
        ['Pensioen StiPP basis', '', -9.86],
      ];
      payslip(p, {
        band: [0.85, 0.35, 0.1],
        title: 'LOONSTROOK UITZENDKRACHT',
        employer: ['FlexPoint Uitzendgroep', 'Vestiging Voorbeeld · Stationsweg 22 · 1234 AB Voorbeeld · 020 555 0147'],
        who: [
          ['Uitzendkracht', `${c.first} ${c.last}`],
          ['Registratienr', 'FP-228145'],
          ['BSN', c.bsn],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Fase', 'A (ABU) week 61'],
        ],
        period: [
          ['Periode', 'week 47 / 2026'],
          ['Van - t/m', '16-11-2026 - 22-11-2026'],
          ['Opdrachtgever', 'DC Hoogland Logistics'],
          ['Functie', 'Orderpicker'],
          ['Betaaldatum', '27-11-2026'],
        ],
        lines,
        net: net(lines),
        foot: 'FlexPoint Uitzendgroep B.V. is lid van de ABU. Bewaar deze strook; u heeft hem nodig voor uitkeringsinstanties.',
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-thuiszorg-foto',
    type: 'payslip',
    client: 'K-100150',
    language: 'nl',
    render: 'photo',
    table: OAK,
    label: 'Loonstrook thuiszorg periode 12, foto',
    date: '2026-11-27',
    build: () => {
      const c = C('K-100150');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Salaris FWG 15 trede 3', '52,00', 52 * 15.92],
        ['ORT zaterdag 40%', '8,00', 8 * 15.92 * 0.4],
        ['ORT zondag 60%', '4,00', 4 * 15.92 * 0.6],
        ['Eindejaarsuitkering res. 8,33%', '', 0],
        ['Loonheffing', '', -34.1],
        ['PFZW pensioen', '', -41.47],
        ['Reiskosten woon-werk', '', 31.2],
      ];
      payslip(p, {
        title: 'Salarisstrook',
        employer: ['Zorggroep De Linde — Thuiszorg Waterland', 'Postbus 310, 1230 AH Voorbeeld'],
        who: [
          ['Medewerker', `${c.first} ${c.last}`],
          ['Personeelsnr', '30-11872'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Functie', 'Helpende Plus'],
        ],
        period: [
          ['Periode', '12 (26-10 t/m 22-11-2026)'],
          ['Contract', '13 uur per week'],
          ['CAO', 'VVT'],
        ],
        lines,
        net: net(lines),
      });
      return d;
    },
  },
  {
    slug: 'fax-loonstrook-hovenier',
    type: 'payslip',
    client: 'K-100199',
    language: 'nl',
    render: 'fax',
    faxHeader: '27-11-2026 16:42  ADM.KANTOOR VAN DAM  0299-441230',
    label: 'Fax administratiekantoor met loonstrook hovenier',
    date: '2026-11-27',
    author: 'Administratiekantoor Van Dam',
    build: () => {
      const c = C('K-100199');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.at(50);
      p.ln('FAXBERICHT', { f: 'sansB', size: 22, after: 10 });
      p.kv(
        [
          ['Aan:', 'Gemeente Voorbeeld, Werk en Inkomen'],
          ['Faxnr:', '0299-310 999'],
          ['Van:', 'Administratiekantoor Van Dam, afd. salarisadministratie'],
          ['Datum:', '27-11-2026'],
          ["Aantal pagina's:", '2 (incl. deze)'],
          ['Betreft:', `loonstrook H. Bakker, uw klantnr ${c.clientNumber}`],
        ],
        { labelW: 110, size: 10.5, after: 16 },
      );
      p.hr(1.2);
      p.p(
        `Geachte heer/mevrouw,\n\nOp verzoek van onze klant Hoveniersbedrijf Groenrijk en van de werknemer, de heer ${c.first} ${c.last}, faxen wij u hierbij de loonstrook over november 2026. De heer Bakker gaf aan dat hij deze elke maand bij u moet inleveren en dat hij geen printer heeft. Voortaan sturen wij de strook maandelijks door, tenzij u aangeeft dat dit niet de bedoeling is.\n\nMet vriendelijke groet,\n\nA. Brinkman\nsalarisadministratie`,
        { size: 10.5 },
      );
      p.gap(40);
      p.p(
        'Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Indien u dit bericht ten onrechte ontvangt, verzoeken wij u ons te bellen en het bericht te vernietigen.',
        { size: 8, f: 'sansI' },
      );
      const q = d.page();
      const lines: [string, string, number][] = [
        ['Uurloon hovenier', '96,00', 96 * 15.35],
        ['Toeslag vuil werk', '12,00', 12 * 0.85],
        ['Vakantietoeslag', '', 0],
        ['Loonheffing', '', -88.7],
        ['Pensioen BPF Groen', '', -47.06],
        ['Voorschot 13-11', '', -250],
      ];
      payslip(q, {
        mono: true,
        title: 'LOONSPECIFICATIE',
        employer: ['Hoveniersbedrijf Groenrijk', 'Tuinbouwweg 4, Voorbeeld', 'verwerkt door: Adm.kantoor Van Dam'],
        who: [
          ['Naam', `H. Bakker`],
          ['Sofi/BSN', c.bsn],
          ['Pers.nr', '18'],
        ],
        period: [
          ['Periode', '11-2026'],
          ['Loontijdvak', 'maand'],
          ['Tabel', 'wit/maand'],
        ],
        lines,
        net: net(lines),
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-garage-partnernummer',
    type: 'payslip',
    client: null,
    conflict: ['K-100486', 'K-100430'],
    language: 'nl',
    render: 'scan',
    label: 'Loonstrook garage met klantnummer partner erop geschreven',
    date: '2026-11-26',
    build: () => {
      const c = C('K-100486');
      const e = C('K-100430');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Salaris', '', 2310],
        ['Overuren 150%', '6,00', 6 * 14.21 * 1.5],
        ['Loonheffing', '', -211.54],
        ['Pensioen PMT', '', -97.02],
        ['Sociaal fonds motorvoertuigen', '', -4.1],
        ['Netto reiskosten', '', 46],
      ];
      payslip(p, {
        band: [0.15, 0.25, 0.45],
        employer: ['Autobedrijf Hendriks & Zn.', 'Industrieweg 19 · 1236 KM Voorbeeld · KvK 33412877'],
        who: [
          ['Werknemer', `${c.first} ${c.last}`],
          ['Adres', c.street],
          ['BSN', c.bsn],
          ['Personeelsnr', '2041'],
        ],
        period: [
          ['Periode', '11/2026'],
          ['Functie', 'Monteur APK'],
          ['Uren per week', '38'],
        ],
        lines,
        net: net(lines),
      });
      scribble(p, 330, 720, [`klantnr ${e.clientNumber}`, `${e.first} (partner)`], { rot: 5, size: 14 });
      return d;
    },
  },
  {
    slug: 'loonstrook-onbekende-schilder',
    type: 'payslip',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Loonstrook schildersbedrijf van iemand buiten het bestand',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Uurloon schilder B', '121,50', 121.5 * 17.64],
        ['Eindejaarsuitkering res.', '', 0],
        ['Loonheffing', '', -201.33],
        ['Pensioen bpfBOUW', '', -118.4],
        ['Inhouding bedrijfskleding', '', -12.5],
      ];
      payslip(p, {
        employer: ['Schildersbedrijf De Kwast B.V.', 'Nijverheidsweg 3, 1231 RT Voorbeeld'],
        who: [
          ['Naam', 'D.J. Verbeek'],
          ['Adres', 'Zonnebloemstraat 14'],
          ['', '1236 PR Voorbeeld'],
          ['BSN', strangerBsn('f-verbeek')],
          ['Geb.datum', '14-02-1988'],
        ],
        period: [
          ['Periode', 'november 2026'],
          ['Functie', 'Schilder B'],
          ['CAO', 'Schilders-, afwerkings- en glaszetbedrijf'],
        ],
        lines,
        net: net(lines),
      });
      return d;
    },
  },
  {
    slug: 'salarisstrook-schoonmaak-mail',
    type: 'payslip',
    client: 'K-100192',
    language: 'nl',
    render: 'digital',
    label: 'Salarisstrook schoonmaakbedrijf (PDF uit salarisportaal)',
    date: '2026-11-24',
    author: 'Glansrijk Schoonmaakdiensten',
    build: () => {
      const c = C('K-100192');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Uren schoonmaak', '68,25', 68.25 * 14.52],
        ['Toeslag avonduren 20%', '22,00', 22 * 14.52 * 0.2],
        ['Reiskosten', '', 18.6],
        ['Loonheffing', '', -22.9],
        ['Pensioen PGB', '', -30.12],
        ['Vakbondscontributie FNV', '', -16.4],
      ];
      payslip(p, {
        band: [0.1, 0.55, 0.55],
        employer: ['Glansrijk Schoonmaakdiensten B.V.', 'Salarisportaal — document gegenereerd 24-11-2026 06:12'],
        who: [
          ['Naam', `${c.first} ${c.last}`],
          ['BSN', c.bsn],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Medewerkernr', 'GR-00921'],
        ],
        period: [
          ['Periode', 'november 2026'],
          ['Object', 'Kantoorpark De Hoef'],
          ['Contracturen', '16 u/wk'],
        ],
        lines,
        net: net(lines),
        extra: [
          ['Jaarloon t/m periode', 'Loonheffing t/m periode', 'Opgebouwd vak.geld', 'Verlof (uren)'],
          ['11.021,54', '244,80', '881,72', '36,00'],
        ],
        foot: 'Glansrijk Schoonmaakdiensten B.V. · Schoonmaak- en glazenwassersbranche · www.glansrijk.example',
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-pakketbezorger-foto',
    type: 'payslip',
    client: 'K-100542',
    language: 'nl',
    render: 'photo',
    table: DARK,
    label: 'Loonstrook pakketbezorger, telefoonfoto',
    date: '2026-11-28',
    build: () => {
      const c = C('K-100542');
      const d = new Doc('cond', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Basisloon bezorger', '104,00', 104 * 14.4],
        ['Piektoeslag november', '', 60],
        ['Loonheffing', '', -96.12],
        ['Pensioen', '', -40.86],
        ['Schade bus (eigen risico)', '', -75],
      ];
      payslip(p, {
        band: [0.85, 0.1, 0.1],
        title: 'LOONSTROOK',
        employer: ['Snelkoerier Nederland B.V.', 'Depot Voorbeeld-Noord'],
        who: [
          ['Naam', `${c.first} ${c.last}`],
          ['Geboren', dmy(c.birthDate, '-')],
          ['Pers.nr', '77102'],
        ],
        period: [
          ['Periode', '11-2026'],
          ['Betaaldatum', '28-11-2026'],
        ],
        lines,
        net: net(lines),
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-supermarkt-matrix',
    type: 'payslip',
    client: 'K-100311',
    language: 'nl',
    render: 'scan',
    label: 'Loonstrook supermarkt (matrixprinter-opmaak)',
    date: '2026-11-23',
    build: () => {
      const c = C('K-100311');
      const d = new Doc('mono', 9);
      const p = d.page();
      p.at(50);
      p.ln('SUPERMARKT VAN GELDER BV                    LOONSTROOK', { f: 'monoB', size: 10 });
      p.ln('FILIAAL 04 VOORBEELD-CENTRUM', { size: 9, after: 8 });
      p.ln('-'.repeat(78), { size: 8 });
      p.ln(`NAAM      : G. HOEKSTRA                 NUMMER  : ${c.bsn}`, { size: 9 });
      p.ln(`ADRES     : ${c.street.toUpperCase()}          PERIODE : 11-2026`, { size: 9 });
      p.ln('AFDELING  : VERS/AGF                    CONTRACT: 24 UUR', { size: 9 });
      p.ln('-'.repeat(78), { size: 8, after: 4 });
      const rows = [
        ['100', 'UURLOON', '99,50', '1.409,92'],
        ['140', 'TOESL ZONDAG 100%', '8,00', '113,36'],
        ['150', 'TOESL AVOND 33%', '14,00', '65,47'],
        ['400', 'LOONHEFFING', '', '-81,20'],
        ['410', 'PENSIOEN PLUS', '', '-52,44'],
        ['430', 'PERSONEELSVER.', '', '-3,00'],
        ['900', 'NETTO', '', '1.452,11'],
      ];
      for (const r of rows) p.ln(`${r[0]!.padEnd(6)}${r[1]!.padEnd(26)}${r[2]!.padStart(10)}${r[3]!.padStart(16)}`, { size: 9 });
      p.ln('-'.repeat(78), { size: 8 });
      p.ln('OVERMAKING NAAR REK.NR  NL** **** **** **64 21', { size: 9, after: 10 });
      p.ln('CUMULATIEVEN   SV-LOON 14.880,31   LH 893,20   RES.VAK 1.190,42', { size: 8 });
      return d;
    },
  },
  {
    slug: 'loonstrook-kinderopvang',
    type: 'payslip',
    client: 'K-100262',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Loonstrook kinderopvang november',
    date: '2026-11-25',
    build: () => {
      const c = C('K-100262');
      const d = new Doc('serif', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Salaris schaal 6 trede 2', '69,33', 69.33 * 16.87],
        ['Toeslag onregelmatigheid', '4,00', 4 * 3.37],
        ['Loonheffing', '', -41.22],
        ['Pensioenpremie PFZW', '', -58.9],
        ['Ziektekostenregeling werkgever', '', 11.5],
      ];
      payslip(p, {
        employer: ['Stichting Kinderopvang Kleurrijk', 'Centraal bureau: Lindelaan 2, 1234 TA Voorbeeld'],
        who: [
          ['Naam', `mw. L. de Jong`],
          ['Burgerservicenr.', c.bsn],
          ['Locatie', 'KDV De Vlindertuin'],
        ],
        period: [
          ['Periode', 'November 2026'],
          ['Functie', 'Pedagogisch medewerker'],
          ['Parttime', '16 uur'],
        ],
        lines,
        net: net(lines),
      });
      return d;
    },
  },
  {
    slug: 'loonstrook-bouw-naam-geboortedatum',
    type: 'payslip',
    client: 'K-100528',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Loonstrook bouwbedrijf (naam en geboortedatum, geen BSN)',
    date: '2026-11-24',
    build: () => {
      const c = C('K-100528');
      const d = new Doc('sans', 9);
      const p = d.page();
      const lines: [string, string, number][] = [
        ['Uurloon timmerman C', '56,00', 56 * 19.02],
        ['Vakantiebonnen (af)', '', -56 * 19.02 * 0.14],
        ['Loonheffing', '', -86.5],
        ['Pensioen bpfBOUW', '', -61.31],
        ['Reiskosten', '', 36.4],
      ];
      payslip(p, {
        employer: ['Bouwbedrijf Gebr. Timmer B.V.', 'Havenweg 40, 1238 AZ Voorbeeld'],
        title: 'LOONSTROOK 2026-11',
        who: [
          ['Naam', `${c.first} ${c.last}`],
          ['Geboortedatum', dmy(c.birthDate, '.')],
          ['Persnr', '5530'],
        ],
        period: [
          ['Periode', 'november'],
          ['Dienstverband', 'oproep / min-max 0-24'],
        ],
        lines,
        net: net(lines),
      });
      p.stamp(420, 760, ['KOPIE'], { rot: -12, color: [0.3, 0.3, 0.3], size: 16 });
      return d;
    },
  },
];

// ---------------------------------------------------------------- bank statements
function bankHead(p: Page, bank: string, sub: string, color: [number, number, number]): void {
  p.rect(p.left, 36, 22, 22, { fill: color });
  p.t(p.left + 30, 53, bank, { f: 'sansB', size: 16, color });
  p.t(p.right, 53, sub, { size: 8, color: GREY, align: 'right' });
}

const BANK: Spec[] = [
  {
    slug: 'afschrift-polderbank-twee-maanden',
    type: 'bank_statement',
    client: 'K-100521',
    language: 'nl',
    render: 'scan',
    label: 'Bankafschriften oktober en november, klantnummer in de hoek',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100521');
      const acct = groupIban(iban('PLDB', 'f-dewit'));
      const d = new Doc('sans', 9);
      for (const [m, name, nr, start] of [
        ['10', 'oktober', 10, 212.4],
        ['11', 'november', 11, 187.05],
      ] as const) {
        const p = d.page();
        bankHead(p, 'Polderbank', `Rekeningafschrift nr. ${nr} / 2026 — ${name}`, [0.1, 0.4, 0.25]);
        p.at(90);
        p.ln(`Mevrouw M. de Wit`, { size: 10 });
        p.ln(c.street, { size: 10 });
        p.ln('1236 XP Voorbeeld', { size: 10, after: 14 });
        p.kv(
          [
            ['Rekening', acct],
            ['Soort', 'Betaalrekening Basis'],
            ['Periode', `01-${m}-2026 t/m ${m === '10' ? '31' : '30'}-${m}-2026`],
            ['Beginsaldo', `${euro(start)} Cr`],
          ],
          { size: 9, labelW: 80, after: 8 },
        );
        const end = txTable(p, monthTx(`f-dewit-${m}`, m, { income: [['GEMEENTE VOORBEELD BIJSTAND', 1126.1]] }), start, { size: 8 });
        p.ln(`Eindsaldo ${euro(end)} ${end < 0 ? 'Db' : 'Cr'}`, { f: 'sansB', size: 9.5, align: 'right' });
        footer(p, `Polderbank N.V. · pagina ${nr - 9} van 2 · Bewaar uw afschriften zorgvuldig.`);
        if (nr === 10) scribble(p, 380, 80, [c.clientNumber], { rot: -3, size: 15, ink: BLACK_INK });
      }
      return d;
    },
  },
  {
    slug: 'mail-met-bankoverzicht-deltabank',
    type: 'bank_statement',
    client: 'K-100423',
    language: 'nl',
    render: 'scan',
    label: 'Geprinte e-mail met bankoverzicht uit internetbankieren',
    date: '2026-11-29',
    build: () => {
      const c = C('K-100423');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      webmail(p, 'johan.smits@example.org', 'bankafschrift', [
        {
          head: {
            from: `Johan Smits <johan.smits@example.org>`,
            to: 'inkomen@gemeente-voorbeeld.example',
            date: 'zo 29 nov. 2026 21:14',
            subject: 'bankafschrift',
            attachments: 'Transacties_nov.pdf',
          },
          body: `Goedenavond,\n\nIn de brief stond dat ik de afschriften van de laatste maand moest sturen. Hierbij. Mijn klantnummer is ${c.clientNumber}. Ik heb geen andere rekeningen. Het bedrag van 250 euro op 14 november is van mijn broer terug, dat had ik hem geleend in de zomer.\n\nMet vriendelijke groet,\nJohan Smits`,
        },
      ]);
      const q = d.page();
      q.at(40);
      q.t(q.left, 52, 'DeltaBank', { f: 'serifB', size: 17, color: [0.05, 0.2, 0.5] });
      q.t(q.right, 52, 'Internet Bankieren — Af- en bijschrijvingen', { size: 8.5, align: 'right', color: GREY });
      q.at(74);
      q.ln(`J SMITS  ${groupIban(iban('DLTA', 'f-smits'))}`, { f: 'sansB', size: 10 });
      q.ln('Periode: 01-11-2026 t/m 29-11-2026 · afgedrukt 29-11-2026 21:09', { size: 8, color: GREY, after: 8 });
      const tx = monthTx('f-smits', '11', {
        income: [
          ['UWV WW UITKERING', 742.18],
          ['GEMEENTE VOORBEELD AANVULLING PW', 401.6],
        ],
      });
      tx.push({ d: '14-11', s: 'P SMITS terug lening', v: 250 });
      tx.sort((a, b) => b.d.localeCompare(a.d));
      txTable(q, tx, 64.2, { cols: 'signed', size: 8, zebra: true });
      footer(q, 'https://bankieren.deltabank.example/transacties — 1/1');
      return d;
    },
  },
  {
    slug: 'afschrift-alleen-naam-adres',
    type: 'bank_statement',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Bankafschrift met alleen initiaal, naam en adres',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100367');
      const d = new Doc('sans', 9);
      const p = d.page();
      bankHead(p, 'Kustbank', 'Dagafschrift', [0.0, 0.35, 0.6]);
      p.at(96);
      p.ln('Hr W. Vermeulen', { size: 10 });
      p.ln(c.street, { size: 10 });
      p.ln('1234 EP  VOORBEELD', { size: 10, after: 16 });
      p.kv(
        [
          ['IBAN', groupIban(iban('KUST', 'f-vermeulen'))],
          ['Datum afschrift', '27-11-2026'],
          ['Volgnummer', '0412'],
        ],
        { size: 9, labelW: 100 },
      );
      const tx = monthTx('f-verm', '11').slice(0, 11);
      txTable(p, tx, 35.8, { size: 8.5, mono: true });
      return d;
    },
  },
  {
    slug: 'bewindvoerder-afschriften-twee-clienten',
    type: 'bank_statement',
    client: null,
    conflict: ['K-100416', 'K-100472'],
    language: 'nl',
    render: 'scan',
    label: 'Bewindvoerder stuurt afschriften; derde pagina is van een andere cliënt',
    date: '2026-11-26',
    author: 'Bewindvoering Lindeboom',
    build: () => {
      const a = C('K-100416');
      const b = C('K-100472');
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(
        p,
        'Bewindvoering Lindeboom',
        ['Beschermingsbewind · Budgetbeheer', 'Postbus 88, 1230 AB Voorbeeld', 'info@lindeboom-bewind.example · 0299-332211'],
        { color: [0.35, 0.25, 0.5] },
      );
      addressBlock(p, GEMEENTE);
      p.gap(14);
      p.kv(
        [
          ['Datum', '26 november 2026'],
          ['Betreft', `dhr. I. Sitaldin — klantnummer ${a.clientNumber}`],
          ['Ons kenmerk', 'LB/2291/IS'],
        ],
        { labelW: 90, after: 14 },
      );
      p.p(
        'Geachte heer, mevrouw,\n\nIn uw brief van 12 november jl. vraagt u om de afschriften van de beheerrekening en de leefgeldrekening van bovengenoemde cliënt over de afgelopen maand, in verband met de heronderzoek van het recht op bijstand. Hierbij treft u deze aan.\n\nDe bijstand wordt op de beheerrekening gestort. Vanaf deze rekening betalen wij de vaste lasten; cliënt ontvangt wekelijks leefgeld. Er zijn geen andere rekeningen op naam van cliënt bij ons bekend.\n\nVoor vragen kunt u contact opnemen met ondergetekende.\n\nMet vriendelijke groet,',
      );
      p.gap(20);
      p.ln('mr. J.C. Lindeboom', { after: 0 });
      p.ln('beschermingsbewindvoerder', { size: 9, color: GREY });
      p.ln('Bijlagen: 2', { size: 9, color: GREY });
      for (const [who, nr, start] of [
        [a, 'NL** TRIO **** **** 81 (beheer)', 402.77],
        [b, 'NL** TRIO **** **** 17 (leefgeld)', 38.5],
      ] as const) {
        const q = d.page();
        q.t(q.left, 50, 'Stichting Derdengelden Lindeboom', { f: 'sansB', size: 12 });
        q.t(q.right, 50, 'Rekeningoverzicht', { size: 10, align: 'right' });
        q.at(70);
        q.kv(
          [
            ['Cliënt', `${who.first[0]}. ${who.last}`],
            ['Klantnr. gemeente', who.clientNumber],
            ['Rekening', nr],
            ['Periode', '01-11-2026 t/m 25-11-2026'],
          ],
          { size: 9, labelW: 110, after: 8 },
        );
        const tx =
          who === a
            ? monthTx('f-sit', '11', { income: [['GEMEENTE VOORBEELD', 1203.55]] }).slice(0, 12)
            : [
                { d: '02-11', s: 'Leefgeld week 45 van beheerrekening', v: 65 },
                { d: '06-11', s: 'BEA Lidl Voorbeeld', v: -31.4 },
                { d: '09-11', s: 'Leefgeld week 46 van beheerrekening', v: 65 },
                { d: '10-11', s: 'BEA Action Voorbeeld', v: -12.99 },
                { d: '13-11', s: 'BEA Albert Heijn 1432', v: -44.7 },
                { d: '16-11', s: 'Leefgeld week 47 van beheerrekening', v: 65 },
                { d: '19-11', s: 'GELDMAAT VOORBEELD', v: -40 },
                { d: '23-11', s: 'Leefgeld week 48 van beheerrekening', v: 65 },
                { d: '24-11', s: 'BEA Jumbo Marktplein', v: -58.21 },
              ];
        const end = txTable(q, tx, start, { size: 8.5, cols: 'signed' });
        q.ln(`Saldo per 25-11-2026: ${euro(end)}`, { f: 'sansB', size: 9 });
      }
      return d;
    },
  },
  {
    slug: 'afschrift-kustbank-foto-bsn',
    type: 'bank_statement',
    client: 'K-100206',
    language: 'nl',
    render: 'photo',
    table: WOOD,
    label: 'Foto van papieren bankafschrift met BSN erop geschreven',
    date: '2026-11-28',
    build: () => {
      const c = C('K-100206');
      const d = new Doc('sans', 9);
      const p = d.page();
      bankHead(p, 'Kustbank', 'Maandoverzicht november 2026', [0.0, 0.35, 0.6]);
      p.at(92);
      p.ln('Mevr I van Dijk', { size: 10 });
      p.ln(c.street, { size: 10 });
      p.ln('1232 NT Voorbeeld', { size: 10, after: 12 });
      p.ln(`Rekening ${groupIban(iban('KUST', 'f-vandijk'))}`, { size: 9, after: 6 });
      const end = txTable(p, monthTx('f-vandijk', '11'), 120.3, { size: 8.5 });
      p.ln(`Nieuw saldo ${euro(end)}`, { f: 'sansB', align: 'right' });
      scribble(p, 90, 700, [`BSN ${c.bsn}`], { rot: 2, size: 16, ink: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'budgetbeheer-overzicht-mail',
    type: 'bank_statement',
    client: 'K-100255',
    language: 'nl',
    render: 'digital',
    label: 'Overzicht budgetbeheerrekening van budgetbeheerder (PDF)',
    date: '2026-11-30',
    author: 'Budgetbeheer De Brug',
    build: () => {
      const c = C('K-100255');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'Budgetbeheer De Brug', ['Kerkplein 3, 1233 AA Voorbeeld', 'administratie@debrug-budget.example'], {
        band: true,
        color: [0.55, 0.2, 0.2],
      });
      p.at(90);
      p.ln('OVERZICHT BUDGETBEHEERREKENING', { f: 'sansB', size: 12, after: 4 });
      p.kv(
        [
          ['Cliënt', `${c.first} ${c.last}`],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Rekening', groupIban(iban('TRIO', 'f-meijer'))],
          ['Periode', 'november 2026'],
        ],
        { size: 9, labelW: 100, after: 8 },
      );
      const tx = [
        { d: '02-11', s: 'Ontvangst uitkering Gemeente Voorbeeld', v: 1164.36 },
        { d: '03-11', s: 'Huur Woonstichting Het Anker', v: -598.2 },
        { d: '03-11', s: 'Zorgverzekering Zekerzorg', v: -139.5 },
        { d: '04-11', s: 'Zuidstroom energie', v: -96 },
        { d: '04-11', s: 'Waterbedrijf Noord', v: -21.4 },
        { d: '05-11', s: 'Afbetaling regeling CJIB', v: -25 },
        { d: '05-11', s: 'Leefgeld week 45', v: -60 },
        { d: '12-11', s: 'Leefgeld week 46', v: -60 },
        { d: '19-11', s: 'Leefgeld week 47', v: -60 },
        { d: '20-11', s: 'Zorgtoeslag Belastingdienst', v: 131 },
        { d: '20-11', s: 'Huurtoeslag Belastingdienst', v: 285 },
        { d: '26-11', s: 'Leefgeld week 48', v: -60 },
        { d: '27-11', s: 'Beheerkosten De Brug', v: -27.5 },
        { d: '30-11', s: 'Reservering jaarafrekening energie', v: -40 },
      ];
      const end = txTable(p, tx, 88.6, { size: 8.5, cols: 'signed', zebra: true });
      p.ln(`Saldo 30-11-2026: ${euro(end)}`, { f: 'sansB', size: 9.5, after: 10 });
      p.p(
        'Dit overzicht is op verzoek van de cliënt rechtstreeks aan de gemeente gezonden. De Brug is geen bank; de gelden staan op een beheerrekening op naam van de cliënt.',
        { size: 8.5, color: GREY },
      );
      return d;
    },
  },
  {
    slug: 'afschrift-geeltje-klantnummer',
    type: 'bank_statement',
    client: 'K-100360',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Bankafschrift met geel briefje: naam en klantnummer zonder streepje',
    date: '2026-11-27',
    build: () => {
      const c = C('K-100360');
      const d = new Doc('sans', 9);
      const p = d.page();
      bankHead(p, 'Oranje Spaar- en Betaalbank', 'Afschrift 2026/11', [0.85, 0.45, 0.0]);
      p.at(92);
      p.ln('MW G LIEUW', { size: 10 });
      p.ln(c.street.toUpperCase(), { size: 10 });
      p.ln('1231 GB  VOORBEELD', { size: 10, after: 14 });
      p.ln(`${groupIban(iban('ORSB', 'f-lieuw'))}  Betaalrekening`, { size: 9, after: 8 });
      const end = txTable(p, monthTx('f-lieuw', '11', { rent: ['STICHTING WONEN VOORBEELD', -655.1] }), 14.22, { size: 8.5, mono: true });
      p.ln(`Saldo ${euro(end)}`, { f: 'monoB', align: 'right' });
      p.rect(360, 40, 150, 110, { fill: [0.93, 0.9, 0.55] });
      p.rotated(435, 95, 3, (s) => {
        s.t(372, 75, `${c.first} ${c.last}`, { f: 'hand', size: 15, color: BLACK_INK });
        s.t(372, 100, `K${c.clientNumber.slice(2)}`, { f: 'hand', size: 16, color: BLACK_INK });
        s.t(372, 125, 'nov. afschrift', { f: 'hand', size: 13, color: BLACK_INK });
      });
      return d;
    },
  },
  {
    slug: 'afschrift-verhoeven-bsn',
    type: 'bank_statement',
    client: 'K-100304',
    language: 'nl',
    render: 'scan',
    label: 'Bankafschrift met handgeschreven t.a.v. en BSN',
    date: '2026-11-25',
    build: () => {
      const c = C('K-100304');
      const d = new Doc('sans', 9);
      const p = d.page();
      bankHead(p, 'Polderbank', 'Rekeningafschrift nr. 22 / 2026', [0.1, 0.4, 0.25]);
      p.at(90);
      p.ln('De heer M.R. Kromodimedjo', { size: 10 });
      p.ln(c.street, { size: 10 });
      p.ln('1235 PB Voorbeeld', { size: 10, after: 14 });
      p.ln(`Rekening ${groupIban(iban('PLDB', 'f-kromo'))} · 09-11-2026 t/m 22-11-2026`, { size: 9, after: 6 });
      const tx = monthTx('f-kromo', '11').filter((t) => t.d >= '09-11' && t.d <= '22-11');
      tx.push({ d: '13-11', s: 'M.P. WIJNGAARDE MARKTPLAATS TV', v: 85 });
      tx.sort((x, y) => x.d.localeCompare(y.d));
      txTable(p, tx, 301.15, { size: 8.5 });
      scribble(p, 300, 40, ['t.a.v. dhr Verhoeven', `BSN ${c.bsn}`, 'TV verkocht = 85 eu'], { rot: -2, size: 13 });
      return d;
    },
  },
  {
    slug: 'spaaroverzicht-met-geboortedatum',
    type: 'bank_statement',
    client: 'K-100374',
    language: 'nl',
    render: 'scan',
    label: 'Overzicht spaarrekening met naam en geboortedatum in pen',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100374');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      bankHead(p, 'DeltaBank', 'Spaaroverzicht', [0.05, 0.2, 0.5]);
      p.at(92);
      p.ln('Mw T. Postma', { size: 10 });
      p.ln(c.street, { size: 10 });
      p.ln('1231 VE Voorbeeld', { size: 10, after: 16 });
      p.ln('Overzicht Internet Spaarrekening per 30-11-2026', { f: 'sansB', size: 11, after: 6 });
      p.table(
        [
          { h: 'Rekening', w: 170 },
          { h: 'Product', w: 140 },
          { h: 'Rente', w: 60, r: true },
          { h: 'Saldo', w: 97, r: true },
        ],
        [
          [groupIban(iban('DLTA', 'f-postma-s')), 'Internet Sparen', '1,10%', '1.842,67'],
          [groupIban(iban('DLTA', 'f-postma-b')), 'Betaalrekening', '0,00%', '212,40'],
        ],
        { size: 9 },
      );
      p.ln('Bijschrijvingen spaarrekening 2026', { f: 'sansB', size: 9.5, after: 2 });
      txTable(
        p,
        [
          { d: '15-01', s: 'Overboeking van betaalrekening', v: 100 },
          { d: '01-04', s: 'Overboeking van betaalrekening (belastingteruggave)', v: 620 },
          { d: '30-06', s: 'Rente 1e halfjaar', v: 8.12 },
          { d: '12-09', s: 'Opname naar betaalrekening (wasmachine)', v: -399 },
        ],
        1513.55,
        { size: 8.5, cols: 'signed' },
      );
      handLines(
        p,
        [
          'Tineke Postma',
          `geb. ${Number(c.birthDate.slice(8))}-${Number(c.birthDate.slice(5, 7))}-${c.birthDate.slice(0, 4)}`,
          'dit is alles wat ik heb',
        ],
        {
          top: 640,
          x: 330,
          lh: 22,
          size: 15,
          ink: BLUE_INK,
        },
      );
      return d;
    },
  },
];

// ---------------------------------------------------------------- changes (wijzigingen)
const CHANGES: Spec[] = [
  {
    slug: 'wijzigingsformulier-werk-aanvaard',
    type: 'change_form',
    client: 'K-100367',
    language: 'nl',
    render: 'scan',
    label: 'Wijzigingsformulier met de hand ingevuld: start werk',
    date: '2026-11-26',
    build: () => {
      const c = C('K-100367');
      const d = new Doc('sans', 9);
      const p = d.page();
      formHead(
        p,
        'Wijzigingsformulier Participatiewet',
        'Geef wijzigingen die gevolgen kunnen hebben voor uw uitkering binnen 7 dagen door. Vul het formulier in met blokletters en stuur bewijsstukken mee.',
        { code: 'WI-04 (v2025-1)' },
      );
      section(p, '1', 'Uw gegevens');
      boxField(p, 'Klantnummer', c.clientNumber);
      boxField(p, 'Burgerservicenummer', c.bsn);
      boxField(p, 'Naam en voorletters', 'VERMEULEN, W.');
      boxField(p, 'Telefoonnummer', '06-41 88 20 17');
      section(p, '2', 'Wat is er veranderd?');
      const y = p.y;
      checkbox(p, p.left, y, 'Ik heb werk gevonden / ik ga meer uren werken', true);
      checkbox(p, p.left, y + 16, 'Ik heb andere inkomsten (alimentatie, uitkering, kostgeld)', false);
      checkbox(p, p.left, y + 32, 'Iemand komt bij mij wonen of gaat weg', false);
      checkbox(p, p.left, y + 48, 'Ik ga verhuizen', false);
      checkbox(p, p.left, y + 64, 'Ik heb vermogen gekregen (erfenis, auto, spaargeld)', false);
      checkbox(p, p.left, y + 80, 'Anders, namelijk:', false);
      p.at(y + 104);
      section(p, '3', 'Toelichting');
      p.gap(10);
      field(p, p.left, p.y, 300, 'Naam werkgever', 'Kaasmakerij Den Hollander');
      field(p, p.left + 320, p.y, 147, 'Ingangsdatum', '1-12-2026');
      p.gap(34);
      field(p, p.left, p.y, 140, 'Uren per week', '24 uur');
      field(p, p.left + 160, p.y, 307, 'Soort contract', 'tijdelijk 6 mnd, via uitzendbur.');
      p.gap(34);
      field(p, p.left, p.y, 467, 'Opmerking', 'contract krijg ik volgende week, stuur ik dan na');
      p.gap(40);
      section(p, '4', 'Ondertekening');
      p.p(
        'Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. Ik weet dat ik een boete kan krijgen als ik wijzigingen niet of te laat doorgeef.',
        { size: 8.5 },
      );
      field(p, p.left, p.y, 150, 'Datum', '26-11-26');
      field(p, p.left + 200, p.y, 200, 'Handtekening', 'WVermeulen');
      return d;
    },
  },
  {
    slug: 'inkomstenopgave-november-foto',
    type: 'change_form',
    client: 'K-100318',
    language: 'nl',
    render: 'photo',
    table: OILCLOTH,
    label: 'Inkomstenopgave november, foto van ingevuld formulier',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100318');
      const d = new Doc('sans', 9);
      const p = d.page();
      formHead(
        p,
        'Inkomstenopgave',
        'Vul dit formulier iedere maand in als u naast uw uitkering inkomsten heeft. Stuur uw loonstrook mee.',
        { code: 'IO-01' },
      );
      section(p, 'A', 'Persoonsgegevens');
      boxField(p, 'Klantnummer', c.clientNumber);
      boxField(p, 'Naam', 'Sandra Willems');
      boxField(p, 'Over de maand', 'november 2026');
      section(p, 'B', 'Inkomsten uit werk');
      p.table(
        [
          { h: 'Werkgever', w: 180 },
          { h: 'Periode', w: 110 },
          { h: 'Bruto', w: 85, r: true },
          { h: 'Netto', w: 92, r: true },
        ],
        [
          ['', '', '', ''],
          ['', '', '', ''],
        ],
        { grid: true, rowH: 22 },
      );
      p.t(p.left + 6, p.y - 35, 'Horeca de Gouden Leeuw', { f: 'hand', size: 12, color: BLUE_INK });
      p.t(p.left + 186, p.y - 35, '1/11 - 30/11', { f: 'hand', size: 12, color: BLUE_INK });
      p.t(p.left + 370, p.y - 35, '451,80', { f: 'hand', size: 12, color: BLUE_INK, align: 'right' });
      p.t(p.right - 4, p.y - 35, '412,50', { f: 'hand', size: 12, color: BLUE_INK, align: 'right' });
      section(p, 'C', 'Andere inkomsten');
      checkbox(p, p.left, p.y, 'Nee', true);
      checkbox(p, p.left + 60, p.y, 'Ja, namelijk ......................................', false);
      p.gap(24);
      section(p, 'D', 'Ondertekening');
      p.gap(10);
      field(p, p.left, p.y, 140, 'Datum', '30-11');
      field(p, p.left + 200, p.y, 200, 'Handtekening', 'S. Willems');
      return d;
    },
  },
  {
    slug: 'melding-samenwonen-twee-klanten',
    type: 'change_form',
    client: null,
    conflict: ['K-100311', 'K-100318'],
    language: 'nl',
    render: 'scan',
    label: "Melding gezamenlijke huishouding van twee bijstandsklanten (2 pagina's)",
    date: '2026-11-27',
    build: () => {
      const a = C('K-100311');
      const b = C('K-100318');
      const d = new Doc('sans', 9);
      const p = d.page();
      formHead(
        p,
        'Melding gezamenlijke huishouding',
        'Gaat u samenwonen of woont er iemand bij u in? Dat heeft gevolgen voor de hoogte van uw uitkering. U vult dit formulier samen in. Beide partners ondertekenen.',
        { code: 'GH-02' },
      );
      section(p, '1', 'Aanvrager / belanghebbende');
      boxField(p, 'Naam', `${a.first} ${a.last}`);
      boxField(p, 'Geboortedatum', dmy(a.birthDate));
      boxField(p, 'BSN', a.bsn);
      boxField(p, 'Huidig adres', a.street);
      section(p, '2', 'Partner / medebewoner');
      boxField(p, 'Naam', `${b.first} ${b.last}`);
      boxField(p, 'Geboortedatum', dmy(b.birthDate));
      boxField(p, 'BSN', b.bsn);
      boxField(p, 'Huidig adres', b.street);
      boxField(p, 'Ontvangt partner een uitkering?', 'ja, ook bij gemeente Voorbeeld');
      section(p, '3', 'Het gezamenlijke adres');
      boxField(p, 'Adres waar u gaat wonen', `${a.street}, 1230 PB`);
      boxField(p, 'Datum samenwonen', '15-12-2026');
      const q = d.page();
      q.at(50);
      section(q, '4', 'Vragen over de huishouding');
      const qs: [string, boolean][] = [
        ['Staat u allebei ingeschreven op dit adres?', false],
        ['Betaalt u samen de huur?', true],
        ['Heeft u samen een kind of erkend?', false],
        ['Zorgt u voor elkaar (boodschappen, was, koken)?', true],
      ];
      for (const [t, yes] of qs) {
        q.t(q.left, q.y + 9, t, { size: 9 });
        checkbox(q, q.left + 320, q.y, 'ja', yes);
        checkbox(q, q.left + 370, q.y, 'nee', !yes);
        q.gap(20);
      }
      q.t(q.left, q.y + 12, 'Toelichting:', { size: 9 });
      q.gap(6);
      handLines(
        q,
        [
          'Sandra zegt haar huur per 1 jan op, de inschrijving doen we',
          'als de sleutel is ingeleverd. Wij willen graag weten wat we',
          'samen krijgen, want het wordt minder denken wij.',
        ],
        { top: q.y + 22, x: q.left, lh: 22, size: 13 },
      );
      q.gap(20);
      section(q, '5', 'Ondertekening');
      q.gap(10);
      field(q, q.left, q.y, 140, 'Datum', '27-11-2026');
      field(q, q.left + 170, q.y, 140, 'Handtekening aanvrager', 'G Hoekstra');
      field(q, q.left + 330, q.y, 137, 'Handtekening partner', 'Willems');
      footer(q, 'GH-02 pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'notaris-erfenis-twee-paginas',
    type: 'change_form',
    client: 'K-100479',
    language: 'nl',
    render: 'scan',
    label: "Notarisbrief over erfenis moeder, meegestuurd door cliënt (2 pagina's)",
    date: '2026-11-20',
    author: 'Notariskantoor Van Wijk & Stam',
    build: () => {
      const c = C('K-100479');
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(
        p,
        'Van Wijk & Stam notarissen',
        ['Vijzelstraat 12', '1231 KL Voorbeeld', 'T 0299 420 600', 'kantoor@vanwijkstam.example'],
        { f: 'serifB', color: [0.1, 0.1, 0.1] },
      );
      addressBlock(p, ['Mevrouw J. van der Heijden', c.street, '1234 AB Voorbeeld']);
      p.gap(14);
      p.kv(
        [
          ['Datum', '20 november 2026'],
          ['Dossier', '2026.0418/MS'],
          ['Inzake', 'nalatenschap wijlen mevrouw J.M. van der Heijden-Kool'],
        ],
        { labelW: 80, size: 9.5, after: 14, f: 'serif' },
      );
      p.p(
        `Geachte mevrouw Van der Heijden,\n\nZoals besproken bij ons gesprek op 13 november jl. bevestig ik u hierbij de stand van zaken in de afwikkeling van de nalatenschap van uw moeder, overleden op 2 september 2026.\n\nUit de verklaring van erfrecht blijkt dat de erflaatster geen testament heeft gemaakt. De erfgenamen zijn haar twee kinderen, ieder voor de helft:\n\n1. de heer R.P. van der Heijden, geboren 3 januari 1988;\n2. mevrouw Joke van der Heijden, geboren ${nlLong(c.birthDate)}.\n\nDe nalatenschap bestaat, voor zover nu bekend, uit het tegoed op twee bankrekeningen (totaal € 23.418,09), een inboedel van geringe waarde en een uitvaartpolis die de kosten van de uitvaart heeft gedekt. Er zijn geen schulden bekend anders dan de nog te ontvangen eindafrekening van de zorginstelling.\n\nNa ontvangst van die afrekening zal ik de verdeling opstellen. Naar verwachting ontvangt u in januari 2027 een bedrag van ongeveer € 11.200,00 op uw rekening.`,
        { size: 10 },
      );
      const q = d.page();
      q.at(60);
      q.p(
        `U gaf aan dat u een uitkering van de gemeente ontvangt. Een erfenis kan gevolgen hebben voor die uitkering. Ik raad u aan de gemeente tijdig te informeren; u kunt deze brief daarvoor gebruiken.\n\nOok de Belastingdienst zal u een aangifte erfbelasting toesturen. Die aangifte verzorgen wij voor u, als u daarmee instemt.\n\nMocht u nog vragen hebben, dan kunt u mij bereiken op het bovenstaande telefoonnummer.\n\nMet vriendelijke groet,`,
        { size: 10 },
      );
      q.gap(26);
      q.ln('mr. M. Stam', { size: 10 });
      q.ln('kandidaat-notaris', { size: 9, color: GREY });
      scribble(q, 330, 520, ['voor mijn consulent,', 'ik weet niet wat ik moet doen', 'Joke'], { rot: 3, size: 14 });
      footer(q, 'Op al onze diensten zijn de algemene voorwaarden van Van Wijk & Stam notarissen van toepassing. — 2/2');
      return d;
    },
  },
  {
    slug: 'briefje-auto-gekregen',
    type: 'change_form',
    client: 'K-100388',
    language: 'nl',
    render: 'photo',
    table: OILCLOTH,
    label: 'Handgeschreven briefje: auto gekregen van zoon',
    date: '2026-11-29',
    build: () => {
      const c = C('K-100388');
      const d = new Doc('sans', 10);
      const p = d.page();
      notebook(p, { top: 70, lh: 24, holes: true });
      handLines(
        p,
        [
          'Voorbeeld 29-11-2026',
          '',
          'Geachte mevrouw de Graaf,',
          '',
          'Ik moet melden dat ik een auto heb van mijn zoon,',
          'hij heeft een nieuwe auto gekocht en de oude gaf hij',
          'aan mij. Het is een Opel Corsa uit 2011, hij zegt',
          'die is nog ongeveer 1500 euro waard. Ik heb hem',
          'nodig voor het ziekenhuis want de bus gaat niet meer',
          'bij mij in de straat. Ik betaal zelf de verzekering.',
          'Mag dat of wordt mijn uitkering minder?',
          '',
          'kenteken 12-KXS-4',
          '',
          'Met vriendelijke groet',
          'H. El Khattabi',
          `klantnummer ${c.clientNumber}`,
        ],
        { top: 94, lh: 24, size: 15 },
      );
      return d;
    },
  },
  {
    slug: 'buurtteam-zoon-verhuisd',
    type: 'change_form',
    client: 'K-100276',
    language: 'nl',
    render: 'digital',
    label: 'Brief buurtteam namens cliënte: zoon is uitgeschreven',
    date: '2026-11-24',
    author: 'Buurtteam Voorbeeld-Oost',
    build: () => {
      const c = C('K-100276');
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Buurtteam Voorbeeld-Oost', ['Wijkcentrum De Schakel', 'Lindelaan 40, 1238 KL Voorbeeld', '06 - 1234 9876 (Marloes)'], {
        color: [0.9, 0.45, 0.1],
      });
      addressBlock(p, [...GEMEENTE.slice(0, 2), 't.a.v. de inkomensconsulent', ...GEMEENTE.slice(2)]);
      p.gap(12);
      p.ln('Voorbeeld, 24 november 2026', { after: 6 });
      p.ln(`Betreft: ${c.first} ${c.last}, geboren ${dmy(c.birthDate)} — wijziging huishouden`, { f: 'sansB', after: 10 });
      p.p(
        `Beste inkomensconsulent,\n\nNamens mevrouw ${c.last} schrijf ik u deze brief. Mevrouw heeft mij gevraagd u te helpen informeren, omdat zij het lezen en schrijven in het Nederlands moeilijk vindt. Zij heeft mij toestemming gegeven om haar gegevens hiervoor te gebruiken.\n\nDe zoon van mevrouw, Youssef (24 jaar), woont sinds 15 november 2026 niet meer bij haar. Hij huurt een kamer in Zaandam en heeft zich daar ingeschreven in de BRP. Mevrouw woont nu alleen op het adres ${c.street}.\n\nVoor zover ik begrijp valt daarmee de kostendelersnorm weg en zou de uitkering van mevrouw omhoog moeten gaan. Wilt u dit nakijken en mevrouw laten weten wat zij moet aanleveren? Een uittreksel BRP van de zoon kan zij opvragen als dat nodig is.\n\nMevrouw heeft daarnaast achterstanden bij de energieleverancier. Daarover hebben wij contact met de schuldhulpverlening van de gemeente; dat staat los van deze melding.\n\nMet vriendelijke groet,`,
      );
      p.gap(10);
      p.ln('Marloes Verbruggen');
      p.ln('maatschappelijk werker, Buurtteam Voorbeeld-Oost', { size: 9, color: GREY });
      p.gap(16);
      p.ln('Voor akkoord:', { size: 9 });
      signature(p, 'N. Ait Lahcen', { printed: false });
      return d;
    },
  },
];

// ---------------------------------------------------------------- medical, job applications
const MEDICAL: Spec[] = [
  {
    slug: 'fax-huisarts-zwangerschap',
    type: 'medical_statement',
    client: 'K-100108',
    language: 'nl',
    render: 'fax',
    faxHeader: '25-11-2026 11:07  HAP DE BRINK  0299-418877',
    label: 'Fax huisarts: verklaring zwangerschap en belastbaarheid',
    date: '2026-11-25',
    author: 'Huisartsenpraktijk De Brink',
    build: () => {
      const c = C('K-100108');
      const d = new Doc('serif', 10.5);
      const p = d.page();
      p.at(44);
      p.ln('Huisartsenpraktijk De Brink', { f: 'serifB', size: 15 });
      p.ln('H.J. Vos en A. Sarmo, huisartsen · Brink 4, 1233 BC Voorbeeld · tel 0299-418870', { size: 8.5, after: 16 });
      p.ln('Aan: Gemeente Voorbeeld, afd. Werk en Inkomen, t.a.v. werkconsulent', { size: 10 });
      p.ln('Datum: 25-11-2026', { size: 10, after: 12 });
      p.ln(`Betreft: ${c.first} ${c.last}, geb. ${dmy(c.birthDate)}`, { f: 'serifB', after: 10 });
      p.p(
        `Geachte collega,\n\nOp verzoek van bovengenoemde patiënte, en met haar schriftelijke toestemming, bericht ik u het volgende.\n\nPatiënte is zwanger; de uitgerekende datum is 28 januari 2027. De zwangerschap verloopt met klachten van bekkeninstabiliteit, waarvoor zij onder behandeling is van een fysiotherapeut. Lang staan, lopen en tillen lukken op dit moment niet.\n\nIk adviseer om haar in elk geval tot drie maanden na de bevalling vrij te stellen van de verplichting om te solliciteren en van deelname aan het werkfit-traject. Voor nadere informatie over de belastbaarheid verwijs ik u naar een door u in te schakelen arts.\n\nMet collegiale groet,\n\n\nH.J. Vos, huisarts`,
      );
      p.gap(30);
      p.p('VERTROUWELIJK — medische informatie. Uitsluitend bestemd voor de geadresseerde.', { f: 'serifB', size: 9 });
      return d;
    },
  },
  {
    slug: 'ziekenhuis-cardiologie-brief',
    type: 'medical_statement',
    client: 'K-100220',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Brief polikliniek cardiologie aan patiënt, met patiëntsticker',
    date: '2026-11-18',
    author: 'Amstelzorg Ziekenhuis',
    build: () => {
      const c = C('K-100220');
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Amstelzorg Ziekenhuis', ['Polikliniek Cardiologie', 'Ziekenhuisweg 1, 1230 ZA Voorbeeld', 'T 0299 650 000'], {
        color: [0.0, 0.4, 0.55],
      });
      p.rect(360, 96, 170, 62, { fill: [0.96, 0.96, 0.96], stroke: [0.5, 0.5, 0.5], lw: 0.5 });
      p.t(366, 110, `${c.last.toUpperCase()}, ${c.first.toUpperCase()}  M`, { f: 'monoB', size: 8 });
      p.t(366, 122, `${dmy(c.birthDate)}  BSN ${c.bsn}`, { f: 'mono', size: 8 });
      p.t(366, 134, 'Pat.nr 3102877', { f: 'mono', size: 8 });
      p.t(366, 146, c.street, { f: 'mono', size: 8 });
      addressBlock(p, ['De heer K. Ouahabi', c.street, '1233 EA Voorbeeld'], { y: 100 });
      p.at(190);
      p.ln('Voorbeeld, 18 november 2026', { after: 10 });
      p.p(
        'Geachte heer Ouahabi,\n\nU bent op 11 november 2026 op onze polikliniek gezien in verband met klachten van kortademigheid en pijn op de borst bij inspanning. Het hartfilmpje en de echo van het hart laten een verminderde pompfunctie zien (hartfalen, ejectiefractie ongeveer 35%).\n\nWij zijn gestart met medicatie. Op 9 december 2026 heeft u een afspraak bij de hartfalenverpleegkundige. Tot die tijd adviseren wij u zware lichamelijke inspanning te vermijden; over werkhervatting kan pas iets gezegd worden als de medicatie is ingesteld, naar verwachting over drie tot zes maanden.\n\nU vroeg om een brief voor uw uitkeringsinstantie. Deze brief mag u daarvoor gebruiken.\n\nMet vriendelijke groet,',
      );
      p.gap(14);
      p.ln('dr. S.E. Boonstra, cardioloog');
      p.ln('i.o. M. Yıldırım, physician assistant', { size: 9, color: GREY });
      return d;
    },
  },
  {
    slug: 'fysio-verklaring-bsn-fout',
    type: 'medical_statement',
    client: null,
    language: 'nl',
    render: 'scan',
    label: 'Verklaring fysiotherapeut met naam en een BSN dat niet klopt',
    date: '2026-11-23',
    build: () => {
      const c = C('K-100325');
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Fysiotherapie Het Bewegingshuis', ['Sportlaan 8', '1234 PL Voorbeeld', 'AGB 04-012345'], { color: [0.2, 0.5, 0.2] });
      p.ln('VERKLARING', { f: 'sansB', size: 14, after: 10 });
      p.kv(
        [
          ['Naam patiënt', 'mevr. E. Öztürk'],
          ['BSN', typoBsn(c.bsn, 3)],
          ['Behandelperiode', 'sinds 2 september 2026'],
        ],
        { labelW: 110, after: 12 },
      );
      p.p(
        'Ondergetekende verklaart dat bovengenoemde patiënte onder behandeling is in verband met chronische lage rugklachten met uitstraling naar het linkerbeen. Zij komt twee keer per week voor oefentherapie.\n\nPatiënte kan op dit moment niet langer dan 30 minuten achtereen zitten of staan en niet tillen boven 5 kg. De verwachting is dat de klachten in de komende maanden geleidelijk afnemen.\n\nDeze verklaring is op verzoek van patiënte opgesteld.',
      );
      p.gap(10);
      p.ln('Voorbeeld, 23-11-2026');
      signature(p, 'R. Kuijpers', { printed: true });
      p.ln('fysiotherapeut, BIG 19034567804', { size: 9, color: GREY });
      p.stamp(420, 620, ['FYSIOTHERAPIE', 'HET BEWEGINGSHUIS', 'Voorbeeld'], { rot: 10, color: [0.15, 0.3, 0.6], size: 9 });
      return d;
    },
  },
  {
    slug: 'fax-ggz-behandeling',
    type: 'medical_statement',
    client: 'K-100374',
    language: 'nl',
    render: 'fax',
    faxHeader: '26-11-2026 09:51  GGZ WATERLAND ZORG  +31 299 77 1000',
    label: 'Fax GGZ-instelling over behandeling en belastbaarheid',
    date: '2026-11-26',
    author: 'GGZ Waterland Zorg',
    build: () => {
      const c = C('K-100374');
      const d = new Doc('sans', 10);
      const p = d.page();
      instLetter(p, {
        logo: 'GGZ Waterland Zorg',
        logoSub: 'Volwassenen — team angst en stemming',
        ret: 'Retouradres: Postbus 5020, 1230 KA Voorbeeld',
        to: ['Gemeente Voorbeeld', 'Werk en Inkomen, werkconsulent', 'Postbus 1234', '1230 AA Voorbeeld'],
        refs: [
          ['Uw kenmerk', c.clientNumber],
          ['Betreft', 'mw. T. Postma'],
          ['Datum', '26 november 2026'],
        ],
        body: 'Geachte heer, mevrouw,\n\nMevrouw Postma is sinds augustus 2026 bij ons in behandeling. Op haar verzoek en met haar toestemming informeren wij u kort.\n\nMevrouw volgt een behandeltraject van naar verwachting twaalf maanden, met wekelijkse gesprekken. Deelname aan een re-integratietraject van meer dan acht uur per week is op dit moment niet haalbaar. Vrijwilligerswerk in een rustige omgeving voor enkele uren per week kan juist bijdragen aan haar herstel.\n\nInhoudelijke medische informatie verstrekken wij niet. Voor een oordeel over de belastbaarheid kunt u een onafhankelijk arts inschakelen.',
        sign: ['Met vriendelijke groet,', '', 'drs. L. Meulenbelt', 'GZ-psycholoog / regiebehandelaar'],
      });
      return d;
    },
  },
];

const JOBS_NL: Spec[] = [
  {
    slug: 'sollicitatieoverzicht-handgeschreven',
    type: 'job_application_proof',
    client: 'K-100444',
    language: 'nl',
    render: 'scan',
    label: 'Overzicht sollicitatieactiviteiten, met de hand ingevuld',
    date: '2026-11-30',
    build: () => {
      const c = C('K-100444');
      const d = new Doc('sans', 9);
      const p = d.page();
      formHead(
        p,
        'Overzicht sollicitatieactiviteiten',
        'Lever dit overzicht iedere maand in bij uw werkconsulent. Voeg bewijs toe (e-mails, brieven, afwijzingen).',
        { code: 'WK-11' },
      );
      boxField(p, 'Naam', 'Khadija Azzouzi');
      boxField(p, 'Klantnummer', c.clientNumber);
      boxField(p, 'Maand', 'November');
      p.gap(4);
      const rows = [
        ['3-11', 'Albert Heijn Spoorlaan', 'vakkenvuller', 'open sollicitatie', 'geen reactie'],
        ['6-11', 'Thuiszorg De Linde', 'huishoudelijke hulp', 'via website', 'afgewezen'],
        ['12-11', 'Schoonmaakbedrijf Glansrijk', 'schoonmaker', 'gebeld + mail', 'gesprek 2/12'],
        ['18-11', 'Kinderopvang Kleurrijk', 'overblijfkracht', 'brief', 'wacht'],
        ['24-11', 'Action', 'medewerker winkel', 'indeed', 'afgewezen'],
      ];
      p.table(
        [
          { h: 'Datum', w: 50 },
          { h: 'Bedrijf', w: 140 },
          { h: 'Functie', w: 100 },
          { h: 'Hoe', w: 90 },
          { h: 'Resultaat', w: 87 },
        ],
        rows.map(() => ['', '', '', '', '']),
        { grid: true, rowH: 26, size: 8.5 },
      );
      const y0 = p.y - 8 - rows.length * 26;
      rows.forEach((r, i) => {
        let x = p.left;
        const ws = [50, 140, 100, 90, 87];
        r.forEach((cell, j) => {
          p.t(x + 4, y0 + i * 26 + 17, cell, { f: 'hand', size: 11, color: BLUE_INK });
          x += ws[j]!;
        });
      });
      p.gap(12);
      field(p, p.left, p.y, 467, 'Opmerkingen', 'op 2 december heb ik gesprek bij Glansrijk, avonduren');
      p.gap(40);
      field(p, p.left, p.y, 150, 'Datum', '30-11-2026');
      field(p, p.left + 200, p.y, 200, 'Handtekening', 'K. Azzouzi');
      return d;
    },
  },
];

// ---------------------------------------------------------------- UWV, Belastingdienst
const MEN = new Set(['K-100423', 'K-100528', 'K-100185']);
function uwv(p: Page, c: ReturnType<typeof C>, refs: [string, string][], subject: string, body: string): void {
  p.t(p.left, 56, 'UWV', { f: 'sansB', size: 24, color: [0.0, 0.3, 0.6] });
  p.t(p.left + 62, 56, 'Uitvoeringsinstituut Werknemersverzekeringen', { size: 8, color: GREY });
  p.at(120);
  p.ln('> Retouradres Postbus 58285 1040 HG Amsterdam', { size: 6.5, color: GREY, after: 2 });
  addressBlock(p, [`${MEN.has(c.clientNumber) ? 'De heer' : 'Mevrouw'} ${c.first[0]}. ${c.last}`, c.street, c.address.split(', ')[1]!]);
  p.at(230);
  p.kv(refs, { size: 8.5, labelW: 120, lf: 'sansB', after: 12 });
  p.ln(subject, { f: 'sansB', size: 12, after: 8 });
  p.p(body, { size: 9.8 });
}

const UWV_TAX: Spec[] = [
  {
    slug: 'uwv-einde-ww-twee-paginas',
    type: 'uwv_decision',
    client: 'K-100423',
    language: 'nl',
    render: 'scan',
    label: "UWV: uw WW-uitkering stopt (2 pagina's)",
    date: '2026-11-19',
    author: 'UWV',
    build: () => {
      const c = C('K-100423');
      const d = new Doc('sans', 10);
      const p = d.page();
      uwv(
        p,
        c,
        [
          ['Datum', '19 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Ons kenmerk', 'WW/2026/11/0088417'],
          ['Onderwerp', 'Einde WW-uitkering'],
        ],
        'Uw WW-uitkering stopt op 31 december 2026',
        'Geachte heer Smits,\n\nU krijgt sinds 1 januari 2025 een WW-uitkering. Uw recht op WW-uitkering duurt maximaal 24 maanden. Dat betekent dat uw WW-uitkering stopt op 31 december 2026. In deze brief leest u wat dit voor u betekent.\n\nWat moet u doen?\nHeeft u na 31 december 2026 niet genoeg inkomen om van te leven? Dan kunt u misschien bijstand krijgen van uw gemeente. U ontvangt nu al een aanvulling op uw WW van de gemeente. Neem contact op met uw gemeente over de gevolgen van het einde van uw WW.\n\nWat krijgt u nog van ons?\nOver december 2026 krijgt u nog een WW-uitkering. Het vakantiegeld dat u heeft opgebouwd, betalen wij samen met uw laatste uitkering uit in januari 2027.',
      );
      const q = d.page();
      q.at(60);
      q.p(
        'Uw werkmap op werk.nl\nUw werkmap blijft tot 3 maanden na het einde van uw uitkering beschikbaar. Wilt u uw gegevens bewaren? Download dan de documenten die u nodig heeft.\n\nBent u het niet eens met deze beslissing?\nDan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Dat kan via uwv.nl/bezwaar of met een brief. Zet in uw brief in elk geval uw burgerservicenummer, de datum en het kenmerk van deze brief en waarom u het niet eens bent met de beslissing.\n\nHeeft u nog vragen?\nKijk op uwv.nl. Of bel ons op 088 - 898 92 94. Houd uw burgerservicenummer bij de hand.\n\nMet vriendelijke groet,\n\nM. de Bruin\nafdelingsmanager Uitkeren',
        { size: 9.8 },
      );
      footer(q, 'UWV · Postbus 58285 · 1040 HG Amsterdam · pagina 2 van 2');
      return d;
    },
  },
  {
    slug: 'uwv-ziektewet-beslissing-gevouwen',
    type: 'uwv_decision',
    client: 'K-100500',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'UWV beslissing Ziektewet-uitkering',
    date: '2026-11-17',
    author: 'UWV',
    build: () => {
      const c = C('K-100500');
      const d = new Doc('sans', 10);
      const p = d.page();
      uwv(
        p,
        c,
        [
          ['Datum', '17 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Ons kenmerk', 'ZW 0412-7781'],
        ],
        'U krijgt een Ziektewet-uitkering',
        `Geachte mevrouw ${c.last},\n\nU heeft zich op 2 november 2026 ziek gemeld bij UWV. U werkte via een uitzendbureau en uw contract is tijdens uw ziekte geëindigd. In deze brief leest u onze beslissing.\n\nOnze beslissing\nU krijgt een Ziektewet-uitkering vanaf 4 november 2026. De uitkering is 70% van uw dagloon. Uw dagloon is € 71,34 bruto. U krijgt dus € 49,94 bruto per dag.\n\nInkomsten doorgeven\nKrijgt u naast de Ziektewet-uitkering een uitkering van de gemeente? Geef deze beslissing dan door aan uw gemeente. De gemeente houdt rekening met uw Ziektewet-uitkering.\n\nBezwaar\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.\n\nMet vriendelijke groet,\n\nUWV Ziektewet`,
      );
      return d;
    },
  },
  {
    slug: 'uwv-wia-afwijzing-fax',
    type: 'uwv_decision',
    client: 'K-100360',
    language: 'nl',
    render: 'fax',
    faxHeader: '24-11-2026 14:20  RECHTSHULP WATERLAND  0299-300 111',
    label: 'UWV beslissing WIA (minder dan 35%), doorgefaxt door rechtshulp',
    date: '2026-11-24',
    build: () => {
      const c = C('K-100360');
      const d = new Doc('sans', 10);
      const p = d.page();
      uwv(
        p,
        c,
        [
          ['Datum', '10 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Ons kenmerk', 'WIA 26-118845'],
        ],
        'Beslissing op uw aanvraag WIA-uitkering',
        `Geachte mevrouw ${c.last},\n\nU heeft een WIA-uitkering aangevraagd. Wij hebben onderzocht of u recht heeft op een WIA-uitkering. In deze brief leest u onze beslissing.\n\nU krijgt geen WIA-uitkering\nUit ons onderzoek blijkt dat u minder dan 35% arbeidsongeschikt bent. Uw arbeidsongeschiktheidspercentage is 21,6%. Daarom heeft u geen recht op een WIA-uitkering.\n\nHoe zijn wij tot deze beslissing gekomen?\nDe verzekeringsarts heeft vastgesteld wat u nog kunt. De arbeidsdeskundige heeft daarna onderzocht welke functies u kunt doen en wat u daarmee kunt verdienen. U kunt onder meer werken als medewerker postkamer, productiemedewerker textiel en telefonist. Het rapport van de verzekeringsarts en de arbeidsdeskundige krijgt u apart.\n\nBezwaar\nBent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.`,
      );
      scribble(p, 330, 60, ['kopie voor gemeente,', 'bezwaar is ingediend - RHW'], { rot: -4, size: 12, ink: BLACK_INK });
      return d;
    },
  },
  {
    slug: 'uwv-ww-wijziging-foto',
    type: 'uwv_decision',
    client: 'K-100528',
    language: 'nl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Foto UWV-brief: WW verlaagd wegens inkomsten',
    date: '2026-11-21',
    build: () => {
      const c = C('K-100528');
      const d = new Doc('sans', 10);
      const p = d.page();
      uwv(
        p,
        c,
        [
          ['Datum', '21 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Betreft', 'Wijziging WW-uitkering'],
        ],
        'Uw WW-uitkering verandert',
        `Geachte heer ${c.last},\n\nU heeft doorgegeven dat u in oktober 2026 56 uur heeft gewerkt bij Bouwbedrijf Gebr. Timmer B.V. Met dit inkomen houden wij rekening. Daardoor krijgt u over oktober een lagere WW-uitkering.\n\nOver oktober 2026 krijgt u € 641,27 bruto WW-uitkering. Dat is € 492,10 minder dan u anders zou krijgen.\n\nBlijf elke maand uw inkomsten doorgeven via Mijn UWV. Ook als u niets heeft verdiend.`,
      );
      return d;
    },
  },
  {
    slug: 'uwv-toekenning-ww',
    type: 'uwv_decision',
    client: 'K-100185',
    language: 'nl',
    render: 'scan',
    label: 'UWV: u krijgt een WW-uitkering',
    date: '2026-11-16',
    author: 'UWV',
    build: () => {
      const c = C('K-100185');
      const d = new Doc('sans', 10);
      const p = d.page();
      uwv(
        p,
        c,
        [
          ['Datum', '16 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Ons kenmerk', 'WW/2026/11/0091204'],
        ],
        'U krijgt een WW-uitkering',
        'Geachte heer Ghebremedhin,\n\nU heeft een WW-uitkering aangevraagd. U krijgt een WW-uitkering vanaf 2 november 2026. Uw WW-uitkering duurt tot en met 1 februari 2027.\n\nHoe hoog is uw WW-uitkering?\nDe eerste 2 maanden krijgt u 75% van uw dagloon. Daarna krijgt u 70% van uw dagloon. Uw dagloon is € 88,20 bruto.\n\nAanvulling van de gemeente\nIs uw WW-uitkering lager dan het sociaal minimum? Dan kunt u een aanvulling vragen bij uw gemeente. Geef deze brief aan uw gemeente.\n\nMet vriendelijke groet,\n\nUWV',
      );
      return d;
    },
  },
  {
    slug: 'voorschot-huurtoeslag-2027',
    type: 'tax_document',
    client: 'K-100388',
    language: 'nl',
    render: 'scan',
    label: "Voorschotbeschikking huurtoeslag 2027 (2 pagina's)",
    date: '2026-11-20',
    author: 'Belastingdienst/Toeslagen',
    build: () => {
      const c = C('K-100388');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 56, 'Dienst Toeslagen', { f: 'sansB', size: 16, color: [0.0, 0.2, 0.45] });
      p.at(120);
      addressBlock(p, ['Mevrouw H. El Khattabi', c.street, '1234 EN  VOORBEELD']);
      p.at(220);
      p.kv(
        [
          ['Datum', '20 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Toeslagjaar', '2027'],
        ],
        { size: 8.5, labelW: 130, lf: 'sansB', after: 10 },
      );
      p.ln('Voorschotbeschikking huurtoeslag 2027', { f: 'sansB', size: 12, after: 8 });
      p.p(
        'Geachte mevrouw El Khattabi,\n\nU krijgt in 2027 een voorschot huurtoeslag. Wij hebben dit voorschot berekend met de gegevens die wij van u hebben. Kloppen uw gegevens niet? Geef wijzigingen dan zo snel mogelijk door via Mijn toeslagen.',
      );
      p.table(
        [
          { h: 'Gegevens waarmee wij rekenen', w: 300 },
          { h: 'Bedrag', w: 167, r: true },
        ],
        [
          ['Rekenhuur per maand', '€ 641,18'],
          ['Geschat toetsingsinkomen 2027', '€ 17.210'],
          ['Vermogen op 1 januari 2027', 'onder de grens'],
          ['Aantal medebewoners', '0'],
          ['Voorschot per maand', '€ 292,00'],
          ['Voorschot per jaar', '€ 3.504,00'],
        ],
        { size: 9, zebra: [0.92, 0.95, 1] },
      );
      const q = d.page();
      q.at(60);
      q.p(
        'Hoe betalen wij uit?\nWij betalen het voorschot elke maand rond de 20e op uw rekening. De eerste betaling is op 20 december 2026.\n\nDefinitieve berekening\nNa afloop van 2027 berekenen wij de definitieve huurtoeslag. Dan weten wij uw werkelijke inkomen. Heeft u te veel voorschot gekregen? Dan moet u dat terugbetalen.\n\nBent u het niet eens met deze beschikking?\nDan kunt u binnen 6 weken bezwaar maken bij Belastingdienst/Toeslagen.\n\nMet vriendelijke groet,\n\nBelastingdienst/Toeslagen',
      );
      footer(q, 'Kijk voor meer informatie op toeslagen.nl of bel de BelastingTelefoon: 0800 - 0543 · 2/2');
      return d;
    },
  },
  {
    slug: 'aanslag-inkomstenbelasting-2025',
    type: 'tax_document',
    client: 'K-100255',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Aanslag inkomstenbelasting 2025',
    date: '2026-11-13',
    author: 'Belastingdienst',
    build: () => {
      const c = C('K-100255');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.t(p.left, 56, 'Belastingdienst', { f: 'sansB', size: 17, color: [0.0, 0.2, 0.45] });
      p.at(120);
      addressBlock(p, ['B. Meijer', c.street, '1233 LR VOORBEELD']);
      p.at(210);
      p.ln('Aanslag inkomstenbelasting en premie volksverzekeringen 2025', { f: 'sansB', size: 12, after: 6 });
      p.kv(
        [
          ['Aanslagnummer', `${c.bsn}.H.56.01`],
          ['Dagtekening', '13 november 2026'],
          ['Vervaldatum', '31 december 2026'],
        ],
        { size: 8.5, labelW: 130, lf: 'sansB', after: 10 },
      );
      p.table(
        [
          { h: 'Berekening', w: 330 },
          { h: 'Bedrag', w: 137, r: true },
        ],
        [
          ['Belastbaar inkomen uit werk en woning', '€ 14.882'],
          ['Belasting en premie box 1', '€ 5.478'],
          ['Af: algemene heffingskorting', '€ 3.062'],
          ['Af: arbeidskorting', '€ 1.312'],
          ['Verschuldigd', '€ 1.104'],
          ['Al ingehouden loonheffing', '€ 871'],
          ['U moet betalen', '€ 233'],
        ],
        { size: 9 },
      );
      p.p(
        'Betaal het bedrag van € 233 vóór de vervaldatum op rekening NL86 INGB 0002 4455 88 t.n.v. Belastingdienst, onder vermelding van het betalingskenmerk 4123 8877 1201 5540. Kunt u niet in één keer betalen? Vraag dan een betalingsregeling aan.',
        { size: 9 },
      );
      return d;
    },
  },
  {
    slug: 'aanmaning-belastingdienst-foto',
    type: 'tax_document',
    client: 'K-100472',
    language: 'nl',
    render: 'photo',
    table: WOOD,
    label: 'Foto aanmaning Belastingdienst',
    date: '2026-11-26',
    build: () => {
      const c = C('K-100472');
      const d = new Doc('sans', 10);
      const p = d.page();
      p.t(p.left, 56, 'Belastingdienst', { f: 'sansB', size: 17, color: [0.0, 0.2, 0.45] });
      p.at(120);
      addressBlock(p, ['R.A. Amatmoekrim', c.street, '1234 LB VOORBEELD']);
      p.at(210);
      p.ln('AANMANING', { f: 'sansB', size: 16, after: 6 });
      p.kv(
        [
          ['Datum', '26 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Aanslag', 'Inkomstenbelasting 2024'],
          ['Openstaand bedrag', '€ 418,00'],
          ['Aanmaningskosten', '€ 8,00'],
        ],
        { size: 9.5, labelW: 140, after: 10 },
      );
      p.p(
        'U heeft het bedrag van uw aanslag niet (volledig) op tijd betaald. Betaal het openstaande bedrag en de aanmaningskosten binnen 14 dagen. Als u niet betaalt, kunnen wij een dwangbevel uitvaardigen. Dat brengt extra kosten met zich mee.\n\nKunt u niet betalen? Bel dan de BelastingTelefoon voor een betalingsregeling, of vraag kwijtschelding aan.',
      );
      return d;
    },
  },
];

// ---------------------------------------------------------------- debts
const DEBTS: Spec[] = [
  {
    slug: 'incasso-aanmaning-telecom',
    type: 'debt_notice',
    client: 'K-100101',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Incassobureau: laatste aanmaning telecomrekening',
    date: '2026-11-20',
    author: 'Incasso Noord B.V.',
    build: () => {
      const c = C('K-100101');
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'INCASSO NOORD B.V.', ['Postbus 4410', '9701 BA Groningen', 'www.incassonoord.example', 'Bereikbaar ma-vr 9-17 uur'], {
        band: true,
        color: [0.2, 0.2, 0.2],
      });
      addressBlock(p, ['Dhr. J. de Vries', c.street, '1238 LX VOORBEELD'], { y: 110 });
      p.at(200);
      p.kv(
        [
          ['Dossiernummer', 'IN-2026-0558127'],
          ['Debiteur', `${c.first} ${c.last}`],
          ['Opdrachtgever', 'Belnet Telecom B.V.'],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Datum', '20 november 2026'],
        ],
        { size: 9, labelW: 110, after: 10 },
      );
      p.ln('LAATSTE AANMANING VOOR GERECHTELIJKE STAPPEN', { f: 'sansB', size: 12, color: RED, after: 8 });
      p.p(
        'Geachte heer De Vries,\n\nOndanks eerdere herinneringen heeft u onderstaande vordering van onze opdrachtgever niet voldaan. Wij verzoeken u dringend het totaalbedrag binnen 14 dagen over te maken. Doet u dat niet, dan dragen wij het dossier over aan de gerechtsdeurwaarder. Dit brengt aanzienlijke extra kosten met zich mee.',
      );
      p.table(
        [
          { h: 'Specificatie', w: 330 },
          { h: 'Bedrag', w: 137, r: true },
        ],
        [
          ['Hoofdsom (facturen juni t/m augustus 2026)', '€ 184,47'],
          ['Wettelijke rente', '€ 4,12'],
          ['Buitengerechtelijke incassokosten', '€ 40,00'],
          ['Totaal te voldoen', '€ 228,59'],
        ],
        { size: 9.5, shade: [0.9, 0.9, 0.9] },
      );
      p.p(
        'Kunt u niet in één keer betalen? Neem dan contact met ons op voor een betalingsregeling. Heeft u schulden en zoekt u hulp? Neem contact op met de schuldhulpverlening van uw gemeente.',
        { size: 9 },
      );
      return d;
    },
  },
  {
    slug: 'deurwaarder-beslag-aankondiging',
    type: 'debt_notice',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 2,
    label: 'Deurwaarder: aankondiging loonbeslag, verfrommeld (geen identificatie)',
    date: '2026-11-23',
    author: 'Hofstede & Kuiper gerechtsdeurwaarders',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      letterhead(p, 'Hofstede & Kuiper', ['gerechtsdeurwaarders & incasso', 'Westerstraat 55, 1230 CD Voorbeeld', 'T 0299 233 445'], {
        f: 'serifB',
        color: [0.45, 0.1, 0.1],
      });
      addressBlock(p, ['De heer T. Lewandowski', 'Schoolstraat 55', '1234 RL  VOORBEELD']);
      p.gap(12);
      p.kv(
        [
          ['Ons dossier', 'HK 26/07731'],
          ['Eiser', 'Woonstichting Het Anker'],
          ['Datum', '23 november 2026'],
        ],
        { size: 9.5, labelW: 100, f: 'serif', after: 12 },
      );
      p.ln('Aankondiging beslag', { f: 'serifB', size: 12, after: 8 });
      p.p(
        'Geachte heer Lewandowski,\n\nBij vonnis van de kantonrechter van 2 oktober 2026 bent u veroordeeld tot betaling van de huurachterstand, vermeerderd met rente en kosten. Dit vonnis is u op 19 oktober 2026 betekend. Betaling is tot op heden uitgebleven.\n\nWij delen u mede dat wij voornemens zijn beslag te leggen op uw loon en/of uitkering, en op uw bankrekening, indien het totaal verschuldigde niet uiterlijk 7 december 2026 op onze rekening is bijgeschreven.\n\nTotaal verschuldigd per heden: € 1.947,36.\n\nNeemt u contact met ons op als u een betalingsvoorstel wilt doen. Bij beslag op een uitkering houden wij rekening met de beslagvrije voet.',
        { size: 10 },
      );
      p.gap(6);
      p.ln('Hoogachtend,');
      p.ln('A.J. Kuiper, gerechtsdeurwaarder', { after: 20 });
      return d;
    },
  },
  {
    slug: 'cak-bestuursrechtelijke-premie',
    type: 'debt_notice',
    client: 'K-100444',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'CAK: bestuursrechtelijke premie zorgverzekering',
    date: '2026-11-16',
    author: 'CAK',
    build: () => {
      const c = C('K-100444');
      const d = new Doc('sans', 10);
      const p = d.page();
      instLetter(p, {
        logo: 'CAK',
        logoSub: 'Regeling wanbetalers zorgverzekering',
        color: [0.45, 0.0, 0.35],
        ret: 'Retouradres Postbus 84030, 2508 AA Den Haag',
        to: ['Mevrouw K. Azzouzi', c.street, '1230 MM VOORBEELD'],
        refs: [
          ['Datum', '16 november 2026'],
          ['Burgerservicenummer', c.bsn],
          ['Betalingskenmerk', '7100 2288 4415 9003'],
        ],
        subject: 'U betaalt de bestuursrechtelijke premie via inhouding op uw uitkering',
        body: 'Geachte mevrouw Azzouzi,\n\nU heeft een betalingsachterstand van 6 maanden of meer bij uw zorgverzekeraar. Daarom betaalt u vanaf 1 december 2026 niet meer de gewone premie aan uw zorgverzekeraar, maar een bestuursrechtelijke premie aan het CAK. Deze premie is hoger dan de gewone premie: € 184,60 per maand.\n\nWij vragen uw uitkeringsinstantie, de gemeente Voorbeeld, om dit bedrag elke maand op uw uitkering in te houden.\n\nHulp bij schulden\nHeeft u meer schulden? De gemeente kan u helpen. Als u deelneemt aan schuldhulpverlening, kunt u uit deze regeling gaan.',
        sign: ['Met vriendelijke groet,', 'CAK'],
      });
      return d;
    },
  },
  {
    slug: 'zorgverzekeraar-aanmaning-premie',
    type: 'debt_notice',
    client: 'K-100416',
    language: 'nl',
    render: 'scan',
    label: 'Zorgverzekeraar: aanmaning premieachterstand',
    date: '2026-11-24',
    author: 'Zekerzorg',
    build: () => {
      const c = C('K-100416');
      const d = new Doc('sans', 10);
      const p = d.page();
      letterhead(p, 'Zekerzorg', ['Zorgverzekeringen', 'Postbus 9100', '3500 HZ Utrecht'], { color: [0.0, 0.5, 0.45] });
      addressBlock(p, ['De heer I. Sitaldin', c.street, '1236 XP  Voorbeeld']);
      p.gap(12);
      p.kv(
        [
          ['Relatienummer', '440 118 902'],
          ['Verzekerde', `${c.first} ${c.last}`],
          ['Geboortedatum', dmy(c.birthDate)],
          ['Datum', '24 november 2026'],
        ],
        { size: 9, labelW: 110, after: 10 },
      );
      p.ln('Aanmaning: u heeft een premieachterstand van 3 maanden', { f: 'sansB', size: 11, after: 8 });
      p.p(
        'Geachte heer Sitaldin,\n\nWij hebben de premie voor uw zorgverzekering over augustus, september en oktober 2026 nog niet ontvangen. In totaal staat er € 428,85 open.\n\nWij bieden u een betalingsregeling aan. Als u binnen 4 weken akkoord gaat en de eerste termijn betaalt, schorten wij verdere stappen op. Loopt uw achterstand op tot 6 maanden, dan melden wij u aan bij het CAK. U betaalt dan een hogere premie.\n\nHeeft u een bewindvoerder? Stuur deze brief dan aan hem of haar door.',
      );
      scribble(p, 80, 690, ['naar bewindvoerder Lindeboom gestuurd?', 'ik weet niet'], { rot: 1, size: 12 });
      return d;
    },
  },
  {
    slug: 'dochter-voor-moeder-huurachterstand',
    type: 'debt_notice',
    client: null,
    conflict: ['K-100493', 'K-100535'],
    language: 'nl',
    render: 'scan',
    label: "Dochter stuurt huurachterstandsbrief van moeder, met eigen klantnummer (2 pagina's)",
    date: '2026-11-28',
    build: () => {
      const s = C('K-100493');
      const m = C('K-100535');
      const d = new Doc('sans', 10.5);
      const p = d.page();
      clientLetterNl(
        p,
        [`${s.first} ${s.last}`, s.street, '1234 HJ Voorbeeld'],
        'Voorbeeld, 28 november 2026',
        'Betreft: huurachterstand van mijn moeder',
      );
      p.p(
        `Geachte heer/mevrouw,\n\nIk schrijf deze brief voor mijn moeder, mevrouw ${m.first} ${m.last}. Zij leest geen Nederlands en zij is erg geschrokken van de brief van de woningbouw die ik hierbij stuur. Mijn moeder haar BSN is ${m.bsn}.\n\nZij heeft een achterstand van bijna drie maanden huur omdat haar huurtoeslag was gestopt en dat wist zij niet. Nu zeggen ze dat ze naar de rechter gaan. Kan de schuldhulp van de gemeente haar helpen? Ik kan meekomen naar een gesprek, ik spreek Nederlands en Arabisch.\n\nIk ben zelf ook klant bij u, mijn klantnummer is ${s.clientNumber}, misschien makkelijk om mij te bellen: 06-28 41 77 03.\n\nMet vriendelijke groet,`,
      );
      p.gap(6);
      signature(p, `${s.first} ${s.last}`);
      const q = d.page();
      letterhead(q, 'Woonstichting Het Anker', ['Havenplein 1', '1238 AA Voorbeeld', 'huurincasso@hetanker.example'], {
        color: [0.05, 0.3, 0.55],
      });
      addressBlock(q, ['Mevrouw A. Boukhari', m.street, '1238 KG  VOORBEELD']);
      q.gap(10);
      q.kv(
        [
          ['Huurcontract', '4412-0087-03'],
          ['Datum', '19 november 2026'],
        ],
        { labelW: 100, size: 9.5, after: 10 },
      );
      q.ln('Uw huurachterstand — laatste waarschuwing', { f: 'sansB', size: 11.5, after: 8 });
      q.p(
        'Geachte mevrouw Boukhari,\n\nUit onze administratie blijkt dat u de huur over september, oktober en november 2026 niet heeft betaald. Uw achterstand bedraagt € 1.743,60.\n\nWij hebben u hierover eerder geschreven en geprobeerd u te bellen. Wij hebben geen reactie ontvangen. Betaalt u de achterstand niet vóór 10 december 2026, of maakt u geen betalingsafspraak, dan dragen wij uw dossier over aan onze deurwaarder. Die zal de ontbinding van de huurovereenkomst en ontruiming van de woning vorderen bij de kantonrechter.\n\nWij willen graag samen met u naar een oplossing zoeken. Wij hebben uw gegevens, met uw toestemming of als dat wettelijk mag, doorgegeven aan de gemeente voor vroegsignalering.',
        { size: 9.8 },
      );
      q.ln('Team Huurincasso', { after: 0 });
      return d;
    },
  },
];

function clientLetterNl(p: Page, from: string[], place: string, subject: string): void {
  addressBlock(p, from, { size: 10.5 });
  p.gap(10);
  addressBlock(p, GEMEENTE, { size: 10.5 });
  p.gap(10);
  p.ln(place);
  p.ln(subject, { f: 'sansB', after: 10 });
}

// ---------------------------------------------------------------- housing, objections, applications, the rest
const REST: Spec[] = [
  {
    slug: 'huurovereenkomst-woonstichting-drie-paginas',
    type: 'rental_agreement',
    client: 'K-100164',
    language: 'nl',
    render: 'scan',
    label: "Huurovereenkomst zelfstandige woonruimte (3 pagina's)",
    date: '2026-11-12',
    author: 'Woonstichting Het Anker',
    build: () => {
      const c = C('K-100164');
      const d = new Doc('serif', 9.5);
      const p = d.page();
      letterhead(p, 'Woonstichting Het Anker', ['Havenplein 1', '1238 AA Voorbeeld', 'www.hetanker.example'], {
        f: 'serifB',
        color: [0.05, 0.3, 0.55],
      });
      p.ln('HUUROVEREENKOMST WOONRUIMTE', { f: 'serifB', size: 13, align: 'center', after: 2 });
      p.ln('model ROZ 2017, aangepast', { size: 8, align: 'center', color: GREY, after: 10 });
      p.p(
        'Ondergetekenden:\n\nWoonstichting Het Anker, gevestigd te Voorbeeld, hierna te noemen "verhuurder",\n\nen\n\n' +
          `mevrouw ${c.first} ${c.last}, geboren op ${dmy(c.birthDate)} te Voorbeeld, hierna te noemen "huurder",\n\nzijn het volgende overeengekomen:`,
        { size: 9.5 },
      );
      const arts: [string, string][] = [
        [
          'Artikel 1 — Het gehuurde',
          `1.1 Verhuurder verhuurt aan huurder de zelfstandige woonruimte, plaatselijk bekend als Kerkstraat 32, 1235 XA Voorbeeld, hierna "het gehuurde". 1.2 Het gehuurde is uitsluitend bestemd om te worden gebruikt als woonruimte voor huurder en diens huishouden.`,
        ],
        [
          'Artikel 2 — Duur',
          '2.1 Deze overeenkomst gaat in op 1 december 2026 en is aangegaan voor onbepaalde tijd. 2.2 Huurder kan de overeenkomst opzeggen met inachtneming van een termijn van ten minste één maand.',
        ],
        [
          'Artikel 3 — Huurprijs',
          '3.1 De huurprijs bedraagt bij aanvang € 612,40 per maand. 3.2 Daarnaast betaalt huurder een voorschot op de servicekosten van € 38,15 per maand. 3.3 De totale betalingsverplichting is € 650,55 per maand, bij vooruitbetaling te voldoen vóór de eerste van iedere maand.',
        ],
      ];
      for (const [h, t] of arts) {
        p.ln(h, { f: 'serifB', size: 10 });
        p.p(t, { size: 9.5 });
      }
      footer(p, 'Paraaf verhuurder ____   Paraaf huurder ____   — pagina 1 van 3');
      const q = d.page();
      q.at(60);
      const arts2: [string, string][] = [
        [
          'Artikel 4 — Huurprijswijziging',
          '4.1 De huurprijs kan jaarlijks per 1 juli worden gewijzigd volgens de wettelijke regels. 4.2 Verhuurder stelt huurder ten minste twee maanden voor de ingangsdatum schriftelijk op de hoogte.',
        ],
        [
          'Artikel 5 — Servicekosten',
          '5.1 De servicekosten betreffen: schoonmaak algemene ruimten, verlichting algemene ruimten, glasbewassing. 5.2 Verhuurder verstrekt jaarlijks een overzicht van de werkelijke kosten.',
        ],
        ['Artikel 6 — Waarborgsom', '6.1 Huurder betaalt geen waarborgsom.'],
        [
          'Artikel 7 — Gebruik',
          '7.1 Huurder gebruikt het gehuurde als goed huurder en bewoont het zelf. 7.2 Onderverhuur is niet toegestaan zonder schriftelijke toestemming van verhuurder. 7.3 Huurder staat in voor inschrijving in de basisregistratie personen op het adres van het gehuurde.',
        ],
        [
          'Artikel 8 — Algemene bepalingen',
          '8.1 Van toepassing zijn de Algemene Huurvoorwaarden Woonstichting Het Anker 2024, die huurder heeft ontvangen en waarvan huurder een exemplaar heeft gekregen.',
        ],
      ];
      for (const [h, t] of arts2) {
        q.ln(h, { f: 'serifB', size: 10 });
        q.p(t, { size: 9.5 });
      }
      footer(q, 'Paraaf verhuurder ____   Paraaf huurder ____   — pagina 2 van 3');
      const r = d.page();
      r.at(60);
      r.p('Aldus opgemaakt en in tweevoud ondertekend te Voorbeeld op 12 november 2026.', { size: 9.5, after: 20 });
      const y = r.y;
      r.t(r.left, y, 'Verhuurder', { f: 'serifB' });
      r.t(r.left + 260, y, 'Huurder', { f: 'serifB' });
      r.at(y + 6);
      signature(r, 'P. Dekkers', { x: r.left });
      r.at(y + 6);
      signature(r, `${c.first} ${c.last}`, { x: r.left + 260 });
      r.gap(20);
      r.ln('Bijlagen: opleveringsrapport, algemene huurvoorwaarden, servicekostenoverzicht', { size: 8.5, color: GREY });
      r.stamp(440, 520, ['ONTVANGEN', '13 NOV 2026', 'Het Anker'], { rot: -9, color: [0.2, 0.3, 0.65], size: 9 });
      footer(r, 'pagina 3 van 3');
      return d;
    },
  },
  {
    slug: 'kamerhuur-particulier-ingevuld',
    type: 'rental_agreement',
    client: 'K-100346',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Huurovereenkomst kamer bij particulier, met de hand ingevuld',
    date: '2026-11-21',
    build: () => {
      const c = C('K-100346');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      p.at(50);
      p.ln('HUUROVEREENKOMST KAMER', { f: 'sansB', size: 15, align: 'center', after: 14 });
      p.ln('De ondergetekenden:', { after: 6 });
      field(p, p.left, p.y, 467, 'Verhuurder (naam, adres)', 'M.A. Brouwer, Stationsweg 18, Voorbeeld');
      p.gap(32);
      field(p, p.left, p.y, 300, 'Huurder (naam)', `${c.first} ${c.last}`);
      field(p, p.left + 320, p.y, 147, 'Geboortedatum', dmy(c.birthDate));
      p.gap(32);
      field(p, p.left, p.y, 467, 'Adres van de kamer', 'Stationsweg 18, 2e verdieping achter, 1235 AB Voorbeeld');
      p.gap(36);
      p.ln('komen het volgende overeen:', { after: 8 });
      const items: [string, string, string][] = [
        ['1. Verhuurder verhuurt aan huurder een onzelfstandige kamer van ongeveer ', '14', ' m²,'],
        ['    met gedeeld gebruik van keuken, douche en toilet.', '', ''],
        ['2. De huur gaat in op ', '1 december 2026', ' en geldt voor onbepaalde tijd.'],
        ['3. De huurprijs bedraagt € ', '475,-', ' per maand, incl. gas, water, elektra, internet.'],
        ['4. Huurder betaalt een borg van € ', '475,- (contant)', ''],
        ['5. Huisdieren en roken op de kamer zijn niet toegestaan.', '', ''],
        ['6. Huurder mag zich op het adres inschrijven.', '', ''],
      ];
      for (const [before, value, after] of items) {
        const y = p.y + 12;
        let x = p.left;
        p.t(x, y, before, { size: 9.5 });
        x += textWidth(before, 'sans', 9.5);
        if (value || after) {
          const dots = value.length > 6 ? '.............................' : '..........';
          p.t(x, y, dots, { size: 9.5 });
          if (value) p.t(x + 3, y - 2, value, { f: 'hand', size: 12, color: BLUE_INK });
          x += textWidth(dots, 'sans', 9.5);
          p.t(x, y, after, { size: 9.5 });
        }
        p.gap(19);
      }
      p.gap(16);
      field(p, p.left, p.y, 150, 'Plaats en datum', 'Voorbeeld 21-11-2026');
      p.gap(40);
      field(p, p.left, p.y, 200, 'Handtekening verhuurder', 'MABrouwer');
      field(p, p.left + 250, p.y, 200, 'Handtekening huurder', 'A. Darwish');
      return d;
    },
  },
  {
    slug: 'advocaat-pro-forma-bezwaar-fax',
    type: 'objection',
    client: 'K-100199',
    language: 'nl',
    render: 'fax',
    faxHeader: '30-11-2026 17:58  MEESTER & PARTNERS ADV  020-6120044',
    label: 'Pro-forma bezwaarschrift van advocaat, per fax',
    date: '2026-11-30',
    author: 'Meester & Partners advocaten',
    build: () => {
      const c = C('K-100199');
      const d = new Doc('serif', 10.5);
      const p = d.page();
      letterhead(p, 'Meester & Partners', ['advocaten', 'Keizersgracht 401, 1016 EK Amsterdam', 'T 020 612 0040 · F 020 612 0044'], {
        f: 'serifB',
        color: [0.1, 0.1, 0.1],
      });
      addressBlock(p, ['Het college van burgemeester en wethouders', 'van de gemeente Voorbeeld', 'Postbus 1234', '1230 AA Voorbeeld']);
      p.gap(8);
      p.ln('Per fax: 0299-310 999 en per post', { size: 9, f: 'serifI', after: 8 });
      p.kv(
        [
          ['Amsterdam', '30 november 2026'],
          ['Inzake', `${c.first} ${c.last} / gemeente Voorbeeld`],
          ['Uw kenmerk', `${c.clientNumber} - besluit 19 oktober 2026`],
          ['Ons kenmerk', '2026.1187/EvD'],
        ],
        { labelW: 100, f: 'serif', size: 10, after: 10 },
      );
      p.ln('PRO FORMA BEZWAARSCHRIFT', { f: 'serifB', size: 11.5, after: 8 });
      p.p(
        'Edelachtbaar college,\n\nNamens mijn cliënt, de heer H. Bakker, wonende te Voorbeeld, die mij daartoe heeft gemachtigd, maak ik hierbij bezwaar tegen uw besluit van 19 oktober 2026, waarbij u de bijstandsuitkering van cliënt met ingang van 1 oktober 2026 heeft beëindigd en de over de periode april tot en met september 2026 betaalde bijstand ad € 6.842,17 van hem terugvordert.\n\nDe gronden van het bezwaar zal ik nader aanvullen. Ik verzoek u mij daartoe een termijn van vier weken te gunnen en mij een afschrift van de op de zaak betrekking hebbende stukken, waaronder het rapport van de afdeling handhaving, toe te zenden.\n\nCliënt wenst te worden gehoord. Een machtiging en een kopie van het bestreden besluit zijn bijgevoegd (worden per post nagezonden).\n\nHoogachtend,\n\n\nmr. E. van Dam\nadvocaat',
      );
      return d;
    },
  },
  {
    slug: 'aanvraagformulier-bijstand-nieuw',
    type: 'benefit_application',
    client: null,
    language: 'nl',
    render: 'scan',
    label: "Aanvraagformulier levensonderhoud, nieuwe aanvrager (2 pagina's)",
    date: '2026-11-27',
    build: () => {
      const d = new Doc('sans', 9);
      const p = d.page();
      formHead(
        p,
        'Aanvraag algemene bijstand (levensonderhoud)',
        'Heeft u zich al gemeld via werk.nl? Neem dan de meldingsdatum over. Stuur alle gevraagde bewijsstukken mee; zonder bewijsstukken kunnen wij uw aanvraag niet behandelen.',
        { code: 'AB-01' },
      );
      section(p, '1', 'Gegevens aanvrager');
      boxField(p, 'Achternaam', 'SCHOUTEN');
      boxField(p, 'Voornamen', 'ROBIN ALEXANDER');
      boxField(p, 'Burgerservicenummer', strangerBsn('f-schouten'));
      boxField(p, 'Geboortedatum', '03-09-1991');
      boxField(p, 'Adres', 'Molenweg 7a, 1231 GB Voorbeeld');
      boxField(p, 'Telefoon / e-mail', '06 19 22 40 58');
      section(p, '2', 'Uw situatie');
      checkbox(p, p.left, p.y, 'alleenstaand', true);
      checkbox(p, p.left + 110, p.y, 'alleenstaande ouder', false);
      checkbox(p, p.left + 250, p.y, 'gehuwd / samenwonend', false);
      p.gap(22);
      boxField(p, 'Meldingsdatum werk.nl', '24-11-2026');
      boxField(p, 'Vorige inkomen', 'WW tot 30-11, daarvoor magazijn');
      boxField(p, 'Woonsituatie', 'kamer bij vriend, geen huurcontract');
      const q = d.page();
      q.at(50);
      section(q, '3', 'Vermogen en bezittingen');
      boxField(q, 'Saldo betaalrekening', '€ 83,12');
      boxField(q, 'Spaarrekening', 'nee');
      boxField(q, 'Auto / motor', 'scooter, oud');
      section(q, '4', 'Schulden');
      boxField(q, 'Heeft u schulden?', 'ja, DUO en telefoon, ongeveer 4000');
      section(q, '5', 'Bijlagen (aankruisen)');
      const ys = q.y;
      checkbox(q, q.left, ys, 'kopie identiteitsbewijs', true);
      checkbox(q, q.left, ys + 16, 'bankafschriften laatste 3 maanden', true);
      checkbox(q, q.left, ys + 32, 'laatste loonstrook / uitkeringsspecificatie', true);
      checkbox(q, q.left, ys + 48, 'huurcontract', false);
      q.at(ys + 72);
      section(q, '6', 'Ondertekening');
      q.p('Ik verklaar dit formulier volledig en naar waarheid te hebben ingevuld.', { size: 8.5 });
      field(q, q.left, q.y, 150, 'Datum', '27/11/2026');
      field(q, q.left + 200, q.y, 200, 'Handtekening', 'R. Schouten');
      q.gap(40);
      q.ln('(bijlagen komen nog, printer stuk)', { f: 'hand', size: 12, color: BLUE_INK });
      return d;
    },
  },
  {
    slug: 'opnieuw-bijstand-aanvragen-brief',
    type: 'benefit_application',
    client: 'K-100206',
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Brief: opnieuw bijstand aanvragen na einde tijdelijk contract',
    date: '2026-11-28',
    build: () => {
      const c = C('K-100206');
      const d = new Doc('serif', 11);
      const p = d.page();
      clientLetterNl(
        p,
        [`${c.first} ${c.last}`, c.street, '1232 NT Voorbeeld', 'tel 06-30 11 52 89'],
        'Voorbeeld, 28-11-2026',
        'Onderwerp: aanvraag bijstand',
      );
      p.p(
        `Geachte heer/mevrouw,\n\nHierbij vraag ik opnieuw een bijstandsuitkering aan. Tot 1 september had ik bijstand (klantnummer ${c.clientNumber}). Daarna kon ik via de gemeente een tijdelijk contract krijgen bij de kringloopwinkel, maar dat contract is op 30 november afgelopen en wordt niet verlengd.\n\nIk heb me gisteren gemeld op werk.nl. Op de website staat dat ik ook een formulier moet invullen, maar ik krijg de DigiD-app niet werkend op mijn telefoon. Kunt u mij het formulier opsturen of mag deze brief als aanvraag gelden? Mijn situatie is hetzelfde als eerst: ik woon alleen op hetzelfde adres, huur en zorgverzekering zijn niet veranderd.\n\nMijn laatste loonstrook en het bankafschrift stuur ik mee.\n\nMet vriendelijke groet,`,
      );
      p.gap(6);
      signature(p, 'I. van Dijk');
      return d;
    },
  },
  {
    slug: 'klacht-uitbetaling-geprinte-mail',
    type: 'complaint',
    client: 'K-100150',
    language: 'nl',
    render: 'scan',
    label: 'Geprinte e-mail: klacht over te late betaling en onbereikbare consulent',
    date: '2026-11-27',
    build: () => {
      const c = C('K-100150');
      const d = new Doc('serif', 10);
      const p = d.page();
      outlook(
        p,
        `${c.first} ${c.last}`,
        {
          from: `${c.first} ${c.last} <${emailOf(c.clientNumber)}>`,
          date: 'vrijdag 27 november 2026 08:47',
          to: 'klachten@gemeente-voorbeeld.example',
          subject: 'KLACHT!!! geld weer niet op tijd',
        },
        `Aan de klachtencommissie,\n\nIk wil een officiële klacht indienen. Voor de derde keer dit jaar is mijn aanvulling niet op tijd betaald. Normaal staat het op de 1e of 2e op mijn rekening, nu is het 27 november en ik heb voor november nog NIETS gehad. Mijn huur is teruggeboekt en ik moet daar nu ook nog kosten voor betalen.\n\nIk heb mijn loonstrook van de thuiszorg gewoon ingeleverd, ook via de mail. Ik heb drie keer gebeld met het algemene nummer, ze zeggen dan dat mijn consulent mij terugbelt maar dat gebeurt nooit. Ik heb ook een bericht gestuurd via het contactformulier, geen antwoord.\n\nIk wil dat het geld deze week op mijn rekening staat en dat iemand mij uitlegt wat er mis is gegaan. En ik wil de kosten van de terugboeking vergoed hebben (€ 7,50).\n\nMijn klantnummer is ${c.clientNumber}.\n\nRia Jansen\n${c.street}`,
        {
          head: {
            from: 'Gemeente Voorbeeld <noreply@gemeente-voorbeeld.example>',
            date: 'donderdag 12 november 2026 16:02',
            to: emailOf(c.clientNumber),
            subject: 'Ontvangstbevestiging inkomstenopgave',
          },
          body: 'Wij hebben uw bericht ontvangen. U krijgt binnen 5 werkdagen antwoord. Dit is een automatisch bericht.',
        },
      );
      return d;
    },
  },
  {
    slug: 'kopie-id-kaart-voor-achter',
    type: 'identity_document',
    client: 'K-100262',
    language: 'nl',
    render: 'photo',
    table: WHITE_TABLE,
    label: 'Kopie identiteitskaart voor- en achterkant op één vel',
    date: '2026-11-26',
    build: () => {
      const c = C('K-100262');
      const d = new Doc('sans', 8);
      const p = d.page();
      const card = (y: number, back: boolean) => {
        p.rect(90, y, 415, 262, { fill: [0.88, 0.9, 0.93], stroke: [0.5, 0.5, 0.5], lw: 0.8 });
        if (!back) {
          p.t(100, y + 22, 'KONINKRIJK DER NEDERLANDEN', { f: 'sansB', size: 9 });
          p.t(100, y + 34, 'IDENTITEITSKAART · IDENTITY CARD', { size: 7 });
          p.rect(104, y + 50, 110, 140, { fill: [0.55, 0.55, 0.58] });
          p.at(y + 52);
          p.kv(
            [
              ['Naam / Surname', 'de Jong'],
              ['Voornamen / Given names', 'Linda Petronella'],
              ['Geboortedatum / Date of birth', '14 03 1976'],
              ['Geslacht / Sex', 'V/F'],
              ['Nationaliteit', 'Nederlandse'],
              ['Documentnr', 'IXR8L40T2'],
              ['Geldig tot / Date of expiry', '09 02 2033'],
            ],
            { x: 226, size: 7.5, labelW: 120, lh: 16 },
          );
          p.at(y + 50);
        } else {
          p.at(y + 20);
          p.kv(
            [
              ['Persoonsnummer', c.bsn],
              ['Lengte', '1,68 m'],
              ['Afgegeven door', 'Burgemeester van Voorbeeld'],
              ['Datum van afgifte', '09 02 2023'],
            ],
            { x: 104, size: 8, labelW: 120, lh: 17 },
          );
          p.t(104, y + 200, 'I<NLDIXR8L40T20<<<<<<<<<<<<<<<<', { f: 'mono', size: 10 });
          p.t(104, y + 216, '7603148F3302096NLD<<<<<<<<<<<2', { f: 'mono', size: 10 });
          p.t(104, y + 232, 'DE<JONG<<LINDA<PETRONELLA<<<<<', { f: 'mono', size: 10 });
        }
      };
      card(70, false);
      card(380, true);
      p.t(300, 700, 'kopie voor gemeente Voorbeeld — 26-11-2026', { f: 'sansB', size: 11, color: [0.5, 0.5, 0.5], align: 'center' });
      return d;
    },
  },
  {
    slug: 'arbeidsovereenkomst-kaasmakerij',
    type: 'employment_contract',
    client: 'K-100507',
    language: 'nl',
    render: 'scan',
    label: "Arbeidsovereenkomst bepaalde tijd productiemedewerker (3 pagina's)",
    date: '2026-11-25',
    author: 'Kaasmakerij Den Hollander B.V.',
    build: () => {
      const c = C('K-100507');
      const d = new Doc('sans', 9.5);
      const p = d.page();
      letterhead(p, 'Kaasmakerij Den Hollander B.V.', ['Zuivelweg 2', '1239 KH Voorbeeld', 'KvK 55123908'], { color: [0.8, 0.6, 0.0] });
      p.ln('ARBEIDSOVEREENKOMST VOOR BEPAALDE TIJD', { f: 'sansB', size: 13, align: 'center', after: 10 });
      p.p(
        `De ondergetekenden:\n\n1. Kaasmakerij Den Hollander B.V., gevestigd te Voorbeeld, te dezen rechtsgeldig vertegenwoordigd door de heer P.J. den Hollander, directeur, hierna te noemen: "werkgever";\n\nen\n\n2. de heer ${c.first} ${c.last}, geboren op ${dmy(c.birthDate)} te Lublin (Polen), wonende ${c.street}, ${c.address.split(', ')[1]}, BSN ${c.bsn}, hierna te noemen: "werknemer";\n\nverklaren te zijn overeengekomen als volgt:`,
      );
      const arts: [string, string][] = [
        [
          'Artikel 1 Functie',
          'Werknemer treedt in dienst in de functie van productiemedewerker (kaasbereiding en pakstraat). De werkzaamheden worden verricht in ploegendienst.',
        ],
        [
          'Artikel 2 Duur',
          'De arbeidsovereenkomst wordt aangegaan voor bepaalde tijd, te weten van 1 december 2026 tot en met 31 mei 2027, en eindigt van rechtswege zonder dat opzegging is vereist. Werkgever laat werknemer uiterlijk een maand voor het einde schriftelijk weten of de overeenkomst wordt voortgezet.',
        ],
        ['Artikel 3 Proeftijd', 'Er geldt een proeftijd van één maand.'],
      ];
      for (const [h, t] of arts) {
        p.ln(h, { f: 'sansB' });
        p.p(t);
      }
      footer(p, 'Paraaf werkgever ____ Paraaf werknemer ____ · 1/3');
      const q = d.page();
      q.at(56);
      const arts2: [string, string][] = [
        ['Artikel 4 Arbeidsduur', 'De arbeidsduur bedraagt 32 uur per week, verdeeld over vier diensten volgens rooster.'],
        [
          'Artikel 5 Salaris',
          'Het bruto salaris bedraagt € 2.286,00 per maand bij een volledige arbeidsduur van 38 uur, derhalve € 1.925,05 bruto per maand voor 32 uur, te vermeerderen met een ploegentoeslag van 12%. Het salaris wordt maandelijks uiterlijk de laatste werkdag van de maand betaald.',
        ],
        ['Artikel 6 Vakantie', 'Werknemer heeft recht op 25 vakantiedagen per jaar naar rato van de arbeidsduur en 8% vakantiebijslag.'],
        ['Artikel 7 Pensioen', 'Werknemer neemt deel aan de pensioenregeling van het Bedrijfstakpensioenfonds voor de Zuivelindustrie.'],
        ['Artikel 8 Cao', 'Op deze overeenkomst is de cao voor de Zuivelindustrie van toepassing.'],
        [
          'Artikel 9 Ziekte',
          'Bij ziekte meldt werknemer zich vóór 07.00 uur telefonisch bij de ploegleider. Gedurende de eerste 104 weken betaalt werkgever 70% van het loon, het eerste jaar aangevuld tot 100%. De eerste dag geldt als wachtdag.',
        ],
        [
          'Artikel 10 Geheimhouding',
          'Werknemer is verplicht tot geheimhouding van alle bedrijfsgegevens, ook na het einde van de arbeidsovereenkomst.',
        ],
      ];
      for (const [h, t] of arts2) {
        q.ln(h, { f: 'sansB' });
        q.p(t);
      }
      footer(q, 'Paraaf werkgever ____ Paraaf werknemer ____ · 2/3');
      const r = d.page();
      r.at(60);
      r.ln('Artikel 11 Slotbepaling', { f: 'sansB' });
      r.p(
        'Deze overeenkomst is in tweevoud opgemaakt. Werknemer verklaart een exemplaar van deze overeenkomst en van het personeelsreglement te hebben ontvangen.',
      );
      r.ln('Aldus overeengekomen en ondertekend te Voorbeeld op 25 november 2026.', { after: 24 });
      const y = r.y;
      r.t(r.left, y, 'Werkgever');
      r.t(r.left + 260, y, 'Werknemer');
      signature(r, 'P.J. den Hollander', { x: r.left });
      r.at(y);
      signature(r, 'Jakub Mazur', { x: r.left + 260 });
      footer(r, '3/3');
      return d;
    },
  },
  {
    slug: 'rechtbank-uitspraak-bijstand',
    type: 'court_document',
    client: null,
    language: 'nl',
    render: 'scan',
    label: "Uitspraak rechtbank in bijstandszaak, geanonimiseerd (3 pagina's)",
    date: '2026-11-24',
    author: 'Rechtbank Noord-Holland',
    build: () => {
      const d = new Doc('serif', 10);
      const p = d.page();
      p.at(60);
      p.ln('RECHTBANK NOORD-HOLLAND', { f: 'serifB', size: 13, align: 'center' });
      p.ln('Zittingsplaats Haarlem', { align: 'center' });
      p.ln('Bestuursrecht', { align: 'center', after: 10 });
      p.ln('zaaknummer: HAA 26/2218', { after: 2 });
      p.ln('uitspraak van de enkelvoudige kamer van 24 november 2026 in de zaak tussen', { after: 8 });
      p.ln('[eiseres], uit Voorbeeld, eiseres', { f: 'serifI' });
      p.ln('(gemachtigde: mr. S. de Haan),', { after: 6 });
      p.ln('en');
      p.ln('het college van burgemeester en wethouders van de gemeente Voorbeeld, verweerder', { f: 'serifI' });
      p.ln('(gemachtigde: mr. E. Dekker).', { after: 12 });
      p.ln('Inleiding', { f: 'serifB' });
      p.p(
        '1. In deze uitspraak beoordeelt de rechtbank het beroep van eiseres tegen de beëindiging van haar bijstandsuitkering met ingang van 1 maart 2026 en de terugvordering van de over de periode van 1 januari 2025 tot en met 28 februari 2026 verstrekte bijstand tot een bedrag van € 15.322,40.\n\n2. Verweerder heeft deze besluiten bij besluit van 11 juni 2026 op het bezwaar van eiseres gehandhaafd (het bestreden besluit).\n\n3. De rechtbank heeft het beroep op 27 oktober 2026 op zitting behandeld. Hieraan hebben deelgenomen: eiseres, haar gemachtigde en de gemachtigde van verweerder.',
      );
      p.ln('Beoordeling door de rechtbank', { f: 'serifB' });
      p.p(
        '4. Verweerder heeft aan de besluiten ten grondslag gelegd dat eiseres een gezamenlijke huishouding voerde met [naam], zodat zij geen recht had op bijstand naar de norm voor een alleenstaande ouder.',
      );
      footer(p, 'HAA 26/2218 — blad 1 van 3', { size: 8 });
      const q = d.page();
      q.at(60);
      q.p(
        '5. Eiseres betwist dat zij met [naam] een gezamenlijke huishouding voerde. Zij stelt dat [naam] weliswaar regelmatig bij haar verbleef in verband met de zorg voor hun gezamenlijke kind, maar dat hij een eigen woning had in Zaandam, waar hij ook sliep.\n\n6. Naar het oordeel van de rechtbank heeft verweerder onvoldoende onderbouwd dat [naam] zijn hoofdverblijf had in de woning van eiseres. Uit het dossier blijkt niet dat onderzoek is gedaan naar het gebruik van de woning in Zaandam. Het waterverbruik van die woning, dat door verweerder als aanwijzing is opgevoerd, is op zichzelf onvoldoende. De verklaringen van buren zijn niet ondertekend en niet concreet.\n\n7. Het bestreden besluit berust daarom niet op een deugdelijke feitelijke grondslag en is in strijd met artikel 7:12 van de Algemene wet bestuursrecht onvoldoende gemotiveerd.\n\n8. De rechtbank ziet geen aanleiding zelf in de zaak te voorzien, omdat nader onderzoek nodig is. Verweerder moet een nieuw besluit op het bezwaar nemen met inachtneming van deze uitspraak.',
      );
      q.ln('Conclusie en gevolgen', { f: 'serifB' });
      q.p('9. Het beroep is gegrond. Verweerder moet het griffierecht aan eiseres vergoeden en krijgt een proceskostenveroordeling.');
      footer(q, 'HAA 26/2218 — blad 2 van 3', { size: 8 });
      const r = d.page();
      r.at(60);
      r.ln('Beslissing', { f: 'serifB' });
      r.p(
        'De rechtbank:\n- verklaart het beroep gegrond;\n- vernietigt het bestreden besluit;\n- draagt verweerder op binnen zes weken na de dag van verzending van deze uitspraak een nieuw besluit te nemen op het bezwaar;\n- bepaalt dat verweerder het betaalde griffierecht van € 51,- aan eiseres vergoedt;\n- veroordeelt verweerder in de proceskosten van eiseres tot een bedrag van € 1.814,-.\n\nDeze uitspraak is gedaan door mr. A.M. Koster, rechter, in aanwezigheid van mr. J. Vermaat, griffier. De uitspraak is uitgesproken in het openbaar op 24 november 2026.',
      );
      r.gap(20);
      r.ln('griffier                                               rechter');
      r.gap(20);
      r.p(
        'Afschrift verzonden aan partijen op: 24 november 2026\n\nRechtsmiddel\nTegen deze uitspraak kunnen partijen binnen zes weken na de dag van verzending hoger beroep instellen bij de Centrale Raad van Beroep.',
        { size: 9 },
      );
      r.stamp(420, 640, ['VOOR EENSLUIDEND AFSCHRIFT', 'de griffier'], { rot: 6, color: [0.1, 0.1, 0.4], size: 9 });
      footer(r, 'HAA 26/2218 — blad 3 van 3', { size: 8 });
      return d;
    },
  },
  {
    slug: 'rechtbank-verzoek-stukken',
    type: 'court_document',
    client: 'K-100395',
    language: 'nl',
    render: 'scan',
    label: 'Rechtbank vraagt de op de zaak betrekking hebbende stukken',
    date: '2026-11-25',
    author: 'Rechtbank Noord-Holland',
    build: () => {
      const c = C('K-100395');
      const d = new Doc('sans', 10);
      const p = d.page();
      instLetter(p, {
        logo: 'Rechtbank Noord-Holland',
        logoSub: 'Team Bestuursrecht',
        serif: true,
        ret: 'Retouradres: Postbus 1621, 2003 BR Haarlem',
        to: [
          'Het college van burgemeester en wethouders',
          'van de gemeente Voorbeeld',
          't.a.v. Team Bezwaar en Beroep',
          'Postbus 1234',
          '1230 AA Voorbeeld',
        ],
        refs: [
          ['Datum', '25 november 2026'],
          ['Zaaknummer', 'HAA 26/4412 PW'],
          ['Uw kenmerk', `${c.clientNumber} / BZ-2026-311`],
          ['Eiser', `M. Wójcik`],
        ],
        subject: 'Beroepschrift — verzoek om verweerschrift en stukken',
        body: 'Geachte heer/mevrouw,\n\nDe rechtbank heeft een beroepschrift ontvangen van bovengenoemde eiser tegen uw besluit op bezwaar van 6 oktober 2026. Een kopie van het beroepschrift treft u bij deze brief aan.\n\nIk verzoek u binnen vier weken na de verzenddatum van deze brief de op de zaak betrekking hebbende stukken in te zenden, en daarbij een verweerschrift. Als u niet tijdig reageert, kan de rechtbank daaruit de gevolgtrekkingen maken die zij geraden acht.\n\nU kunt de stukken digitaal indienen via Mijn Rechtspraak.',
        sign: ['Hoogachtend,', '', 'namens de griffier,', 'M. van Rijn, administratief medewerker'],
      });
      return d;
    },
  },
  {
    slug: 'reclame-schuldhulp-bedrijf',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'digital',
    label: 'Reclamefolder commercieel schuldbemiddelingsbureau',
    date: '2026-11-20',
    author: 'SchuldVrij Direct',
    build: () => {
      const d = new Doc('sans', 11);
      const p = d.page();
      p.rect(0, 0, PAGE_W, 230, { fill: [0.95, 0.75, 0.1] });
      p.t(PAGE_W / 2, 90, 'SCHULDEN?', { f: 'sansB', size: 54, align: 'center' });
      p.t(PAGE_W / 2, 140, 'Binnen 48 uur van de stress af!', { f: 'sansB', size: 22, align: 'center' });
      p.t(PAGE_W / 2, 180, 'SchuldVrij Direct — dé specialist in uw regio', { size: 14, align: 'center' });
      p.at(260);
      p.p(
        'Aan: de bewoners / de afdeling schulden\n\nHeeft u (of hebben uw cliënten) last van incassobureaus, deurwaarders of beslag? Wij nemen ALLE contacten met schuldeisers van u over. Eén vast maandbedrag, één aanspreekpunt.\n\n✓ Geen wachtlijst\n✓ Persoonlijke coach aan huis\n✓ Ook voor ondernemers\n✓ Eerste gesprek GRATIS\n\nSpeciaal voor gemeenten: bulkafspraken voor doorverwijzing. Vraag naar onze partnerkorting!',
        { size: 12 },
      );
      p.rect(p.left, p.y + 10, p.right - p.left, 90, { fill: [0.1, 0.1, 0.1] });
      p.t(PAGE_W / 2, p.y + 50, 'Bel nu 0900 - 724 8537', { f: 'sansB', size: 24, color: [1, 1, 1], align: 'center' });
      p.t(PAGE_W / 2, p.y + 78, '(€ 0,80 p/m) · www.schuldvrijdirect.example', { size: 10, color: [1, 1, 1], align: 'center' });
      p.t(
        PAGE_W / 2,
        PAGE_H - 40,
        'SchuldVrij Direct is geen onderdeel van een overheidsinstantie. Aan deze folder kunnen geen rechten worden ontleend.',
        { size: 7, color: GREY, align: 'center' },
      );
      return d;
    },
  },
  {
    slug: 'brief-voor-burgerzaken-paspoort',
    type: 'other',
    client: null,
    language: 'nl',
    render: 'scan',
    crumple: 1,
    label: 'Brief bedoeld voor Burgerzaken (paspoort kwijt), verkeerd gepost',
    date: '2026-11-26',
    build: () => {
      const d = new Doc('serif', 11);
      const p = d.page();
      addressBlock(p, ['P. Groenendijk', 'Zeilmakerstraat 21', '1236 AP Voorbeeld'], { size: 11 });
      p.gap(10);
      addressBlock(p, ['Gemeente Voorbeeld', 'Afdeling Burgerzaken', 'Postbus 1234', '1230 AA Voorbeeld'], { size: 11 });
      p.gap(12);
      p.ln('Voorbeeld, 26 november 2026');
      p.ln('Betreft: vermissing paspoort en afspraak', { f: 'serifB', after: 10 });
      p.p(
        'Geachte heer, mevrouw,\n\nOp 14 november ben ik mijn tas kwijtgeraakt in de trein, met daarin mijn paspoort. Ik heb aangifte gedaan bij de politie (proces-verbaal bijgevoegd in kopie). Ik heb op 18 januari een vlucht naar Curaçao voor de bruiloft van mijn zus.\n\nVia de website kan ik pas een afspraak maken in februari. Is het mogelijk om eerder een nieuw paspoort aan te vragen, eventueel met spoed? Ik ben bereid de spoedkosten te betalen.\n\nU kunt mij bereiken op 06-51 33 20 98.\n\nMet vriendelijke groet,',
      );
      p.gap(6);
      signature(p, 'P. Groenendijk');
      return d;
    },
  },
];

export const NL: Spec[] = [...PAYSLIPS, ...BANK, ...CHANGES, ...MEDICAL, ...JOBS_NL, ...UWV_TAX, ...DEBTS, ...REST];
