import { EMPLOYERS, JOB_TITLES, STAFFING } from '../pools.ts';
import type { Ctx, Page, Template } from '../template.ts';
import { addDays, address, birthLine, bsnLine, clientLine, fmtDate, ibanText, MONTHS_EN, money, monthName, row } from '../template.ts';

interface Pay {
  employer: string;
  job: string;
  hours: number;
  rate: number;
  gross: number;
  tax: number;
  pension: number;
  holiday: number;
  travel: number;
  net: number;
  month: Date;
  year: number;
  period: number;
  personnel: string;
  start: Date;
  ytdGross: number;
}

function pay(c: Ctx, staffing = false): Pay {
  const { rng } = c;
  const month = new Date(Date.UTC(c.date.getUTCFullYear(), c.date.getUTCMonth() - 1, 1));
  const hours = rng.pick([8, 12, 16, 20, 24, 24, 28, 32, 36, 38, 40]) * (rng.chance(0.5) ? 4.33 : 4);
  const rate = rng.amount(14.06, 21.5);
  const gross = Math.round(hours * rate * 100) / 100;
  const tax = Math.round(gross * rng.amount(0.02, 0.22) * 100) / 100;
  const pension = Math.round(gross * rng.amount(0.0, 0.065) * 100) / 100;
  const holiday = Math.round(gross * 0.08 * 100) / 100;
  const travel = rng.chance(0.4) ? rng.amount(20, 140) : 0;
  const net = Math.round((gross - tax - pension + travel) * 100) / 100;
  return {
    employer: staffing ? rng.pick(STAFFING) : rng.pick(EMPLOYERS),
    job: rng.pick(JOB_TITLES),
    hours: Math.round(hours * 100) / 100,
    rate,
    gross,
    tax,
    pension,
    holiday,
    travel,
    net,
    month,
    year: month.getUTCFullYear(),
    period: month.getUTCMonth() + 1,
    personnel: rng.digits(rng.int(4, 7)),
    start: addDays(c.date, -rng.int(60, 2500)),
    ytdGross: Math.round(gross * (month.getUTCMonth() + 1) * 100) / 100,
  };
}

const afas: Template = {
  id: 'payslip.afas',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    const w = [34, 12, 12, 14];
    return [
      [
        d.employer,
        'Salarisstrook',
        `Periode ${d.period} ${d.year}                         Datum uitbetaling ${fmtDate(addDays(c.date, -rng.int(1, 12)))}`,
        '',
        ...address(c.p),
        '',
        `Medewerker ${d.personnel}   ${c.p.initials} ${c.p.lastName}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Functie ${d.job}      In dienst ${fmtDate(d.start)}`,
        `Parttimefactor ${(d.hours / 173.33).toFixed(4).replace('.', ',')}   Uurloon ${money(d.rate)}`,
        '',
        row(['Omschrijving', 'Aantal', 'Tarief', 'Bedrag'], w),
        row(['Salaris', money(d.hours), money(d.rate), money(d.gross)], w),
        row(['Reservering vakantietoeslag', '', '8,00%', money(d.holiday)], w),
        row(['Pensioenpremie werknemer', '', '', money(-d.pension)], w),
        row(['Loonheffing (tabel wit)', '', '', money(-d.tax)], w),
        ...(d.travel ? [row(['Reiskostenvergoeding', '', '', money(d.travel)], w)] : []),
        '',
        row(['Netto te betalen', '', '', money(d.net)], w),
        `Overgemaakt op rekening ${ibanText(c.p.iban, rng)}`,
        '',
        'Cumulatieven',
        `Loon voor de loonheffing ${money(d.ytdGross)}   Ingehouden loonheffing ${money(d.tax * d.period)}`,
        `Loonheffingskorting: ${rng.pick(['Ja', 'Nee'])}   Bijzonder tarief ${rng.int(9, 49)},${rng.digits(2)}%`,
        'AFAS Profit | Salarisadministratie',
      ],
    ];
  },
};

const nmbrs: Template = {
  id: 'payslip.nmbrs',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    return [
      [
        'LOONSTROOK',
        `${d.employer}   ·   Loonstrook ${monthName(d.month)} ${d.year}`,
        '',
        `Naam: ${c.p.name}`,
        `Adres: ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Personeelsnr: ${d.personnel}    Afdeling: ${rng.pick(['Logistiek', 'Schoonmaak', 'Winkel', 'Zorg', 'Productie', 'Horeca'])}`,
        `Loontijdvak: maand     Periode: ${String(d.period).padStart(2, '0')}-${d.year}`,
        '',
        'Bruto',
        `  Uren gewerkt ${money(d.hours)} x ${money(d.rate, { euro: true })} = ${money(d.gross, { euro: true })}`,
        `  Toeslag onregelmatigheid ${money(rng.amount(0, 90), { euro: true })}`,
        'Inhoudingen',
        `  Loonheffing ${money(d.tax, { euro: true })}`,
        `  Pensioen PFZW / BPF ${money(d.pension, { euro: true })}`,
        `  WGA-hiaat werknemersdeel ${money(rng.amount(1, 9), { euro: true })}`,
        'Vergoedingen',
        `  Reiskosten ${money(d.travel, { euro: true })}`,
        '',
        `Netto loon ${money(d.net, { euro: true })}`,
        `Uitbetaald naar IBAN ${ibanText(c.p.iban, rng)}`,
        '',
        `Vakantiedagen saldo ${rng.int(2, 160)} uur   Vakantiegeld opgebouwd ${money(d.holiday * d.period, { euro: true })}`,
        'Verwerkt met Nmbrs',
      ],
    ];
  },
};

const loket: Template = {
  id: 'payslip.loket',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    const w = [30, 10, 14, 14];
    return [
      [
        `${d.employer}                                   Loket.nl`,
        'Salarisspecificatie',
        '',
        row(['Werknemer', `${c.p.initials} ${c.p.lastName}`], [20, 40]),
        row(['Werknemersnummer', d.personnel], [20, 20]),
        ...bsnLine(c, 'nl', '          '),
        ...birthLine(c, 'nl', '          '),
        row(['Periode', `${monthName(d.month)} ${d.year}`], [20, 30]),
        row(['Functie', d.job], [20, 40]),
        row(['Datum in dienst', fmtDate(d.start)], [20, 20]),
        '',
        row(['Omschrijving', 'Eenheden', 'Betaling', 'Inhouding'], w),
        row(['Uurloon', money(d.hours), money(d.gross), ''], w),
        row(['Loonheffing', '', '', money(d.tax)], w),
        row(['Pensioenpremie', '', '', money(d.pension)], w),
        row(['Zvw-bijdrage werkgever', '', money(d.gross * 0.0657), ''], w),
        ...(d.travel ? [row(['Reiskosten onbelast', '', money(d.travel), ''], w)] : []),
        '',
        row(['Totaal', '', money(d.gross + d.travel), money(d.tax + d.pension)], w),
        row(['Netto', '', money(d.net), ''], w),
        '',
        `Betaling aan ${ibanText(c.p.iban, rng)} t.n.v. ${c.p.initials} ${c.p.lastName}`,
        '',
        'Jaartotalen',
        row(['Fiscaal loon', money(d.ytdGross)], [30, 14]),
        row(['Loonheffing', money(d.tax * d.period)], [30, 14]),
        row(['Heffingskorting toegepast', rng.pick(['ja', 'nee'])], [30, 14]),
      ],
    ];
  },
};

const visma: Template = {
  id: 'payslip.visma-youforce',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    return [
      [
        'Visma | Raet  Youforce',
        `Salarisspecificatie ${monthName(d.month)} ${d.year}`,
        d.employer,
        '',
        `${c.p.name}`,
        `Persnr ${d.personnel}-${rng.int(1, 3)}     Dienstverband ${rng.int(1, 3)}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Schaal ${rng.int(1, 8)} trede ${rng.int(0, 10)}    Contracturen ${money(d.hours / 4.33)} per week`,
        '',
        'Code Omschrijving                      Bedrag        Uren',
        `1000 Salaris                           ${money(d.gross)}     ${money(d.hours)}`,
        `1210 Eindejaarsuitkering res.          ${money(d.gross * 0.083)}`,
        `4000 Loonheffing                       ${money(-d.tax)}`,
        `4200 Pensioenpremie ABP                ${money(-d.pension)}`,
        `4310 Premie IP/AP                      ${money(-d.pension * 0.2)}`,
        `6100 Woon-werkverkeer                  ${money(d.travel)}`,
        '',
        `Netto-uitbetaling ${money(d.net)} op ${ibanText(c.p.iban, rng)}`,
        '',
        `Saldo verlof: ${rng.int(10, 200)},${rng.digits(2)} uur`,
        `Datum ${fmtDate(c.date)}   Pagina 1/1`,
      ],
    ];
  },
};

const exact: Template = {
  id: 'payslip.exact',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    return [
      [
        `Loonstrook ${d.period}-${d.year}`,
        `Werkgever: ${d.employer}, ${rng.pick(['Industrieweg', 'Havenstraat', 'Ambachtsweg'])} ${rng.int(1, 90)}, ${c.p.city}`,
        `Loonheffingennummer ${rng.digits(9)}L${rng.digits(2)}`,
        '',
        `Werknemer: ${c.p.initials} ${c.p.lastName}, ${c.p.street} ${c.p.houseNumber}, ${c.p.postcode} ${c.p.city}`,
        ...bsnLine(c),
        ...birthLine(c),
        `Tabel: ${rng.pick(['Wit', 'Groen'])} maand, loonheffingskorting ${rng.pick(['ja', 'nee'])}`,
        '',
        `Brutoloon                      ${money(d.gross, { euro: true })}`,
        `Vakantiebijslag (8%) reserv.   ${money(d.holiday, { euro: true })}`,
        `Af: loonheffing                ${money(d.tax, { euro: true })}`,
        `Af: pensioen                   ${money(d.pension, { euro: true })}`,
        `Bij: onkostenvergoeding        ${money(d.travel, { euro: true })}`,
        `Nettoloon                      ${money(d.net, { euro: true })}`,
        '',
        `Uitbetaald op ${fmtDate(addDays(c.date, -rng.int(1, 10)))} naar ${ibanText(c.p.iban, rng)}`,
        'Exact Online Loonadministratie',
      ],
    ];
  },
};

function weekSlip(c: Ctx, brand: string, id: string): Page[] {
  const d = pay(c, true);
  const { rng } = c;
  const week = rng.int(1, 52);
  const hrs = rng.int(8, 40);
  const gross = Math.round(hrs * d.rate * 100) / 100;
  const tax = Math.round(gross * 0.12 * 100) / 100;
  return [
    [
      `${brand}`,
      `${rng.pick(['Loonstrook', 'Salarisstrook', 'Loonspecificatie'])} week ${week} - ${d.year}`,
      `Uitzendkracht: ${c.p.name}   registratienr ${rng.digits(8)}`,
      ...bsnLine(c),
      ...birthLine(c),
      `Opdrachtgever: ${rng.pick(EMPLOYERS)}   Functie: ${d.job}`,
      `Fase ${rng.pick(['A', 'B', 'C', '1-2', '3'])}   ABU-cao   Inlener-beloning`,
      '',
      'Datum      Soort              Uren   Tarief     Bedrag',
      ...Array.from({ length: rng.int(2, 5) }, (_, i) => {
        const h = rng.int(4, 9);
        return `${fmtDate(addDays(c.date, -14 + i), 'short')}      ${rng.pick(['Normale uren 100%', 'Overwerk 125%', 'Toeslag 133%', 'Normale uren'])}   ${h},00   ${money(d.rate)}   ${money(h * d.rate)}`;
      }),
      '',
      `Bruto loon        ${money(gross)}`,
      `Reservering vakantiegeld 8%      ${money(gross * 0.08)}`,
      `Reservering feestdagen / kort verzuim  ${money(gross * 0.048)}`,
      `Loonheffing       ${money(-tax)}`,
      `Pensioen StiPP   ${money(-gross * 0.03)}`,
      `Netto loon        ${money(gross - tax - gross * 0.03)}`,
      `Naar rekening ${ibanText(c.p.iban, rng)}`,
      '',
      id === 'randstad' ? 'Bekijk al je loonstroken in de Randstad app.' : 'Vragen over je loonstrook? Neem contact op met je vestiging.',
    ],
  ];
}

const randstad: Template = {
  id: 'payslip.randstad',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render: (c) => weekSlip(c, 'Randstad Nederland b.v. - Diemermere 25 Diemen', 'randstad'),
};

const tempoteam: Template = {
  id: 'payslip.tempo-team',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render: (c) => weekSlip(c, 'Tempo-Team Uitzenden B.V.', 'tempo'),
};

const adp: Template = {
  id: 'payslip.adp',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    return [
      [
        'ADP Payroll Services',
        `${d.employer.toUpperCase()}`,
        `LOONSPECIFICATIE PERIODE ${String(d.period).padStart(2, '0')}/${d.year}`,
        `NAAM ${c.p.lastName.toUpperCase()}, ${c.p.initials}`,
        ...bsnLine(c).map((s) => s.toUpperCase()),
        ...birthLine(c).map((s) => s.toUpperCase()),
        `PERS.NR ${d.personnel}  KOSTENPL ${rng.digits(4)}  SV-DAGEN ${rng.int(15, 23)}`,
        '',
        'LOONCOMPONENT                 UREN/DGN     BETALING     INHOUDING',
        `SALARIS                       ${money(d.hours)}     ${money(d.gross)}`,
        `LH/PVV LOONHEFFING                              ${money(d.tax)}`,
        `PENSIOEN WN                                     ${money(d.pension)}`,
        `PREMIE SPAARREGELING                            ${money(rng.amount(0, 25))}`,
        '',
        `NETTO BETAALBAAR         ${money(d.net)}`,
        `IBAN ${c.p.iban}`,
        '',
        `CUM. SV-LOON ${money(d.ytdGross)}   CUM. LH ${money(d.tax * d.period)}`,
      ],
    ];
  },
};

const handmade: Template = {
  id: 'payslip.small-employer',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const shop = rng.pick([
      'Snackbar De Hoek',
      'Kapsalon Linda',
      'Bakkerij Bart',
      'Shoarma Palace',
      'Schoonmaakbedrijf Clean & Co',
      'Fietsenmaker Jansen',
      'Groentehandel Ali',
    ]);
    const hrs = rng.int(20, 120);
    const rate = rng.amount(14.06, 16);
    const gross = hrs * rate;
    const tax = gross * 0.09;
    return [
      [
        shop,
        `${rng.pick(['Loonstrook', 'Loon strook', 'Salarisstrook'])} maand ${monthName(c.date)} ${c.date.getUTCFullYear()}`,
        '',
        `Naam werknemer: ${c.p.name}`,
        ...bsnLine(c),
        ...birthLine(c),
        '',
        `Gewerkte uren: ${hrs}`,
        `Uurloon: ${money(rate, { euro: true })}`,
        `Brutoloon: ${money(gross, { euro: true })}`,
        `Loonheffing: ${money(tax, { euro: true })}`,
        `Netto: ${money(gross - tax, { euro: true })}`,
        '',
        `Contant / per bank betaald op ${fmtDate(c.date)}`,
        'Handtekening werkgever: ______________',
      ],
    ];
  },
};

const payslipEn: Template = {
  id: 'payslip.english',
  type: 'payslip',
  lang: 'en',
  style: 'printed',
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const d = pay(c);
    const { rng } = c;
    return [
      [
        `${rng.pick(['Booking Holdings NL', 'Tesla Tilburg B.V.', 'Amazon Logistics NL', 'DHL Supply Chain', 'Uber Eats NL', 'Flink SE'])}`,
        'PAYSLIP',
        `Pay period: ${MONTHS_EN[d.month.getUTCMonth()]} ${d.year}     Pay date: ${fmtDate(c.date, 'en')}`,
        `Employee: ${c.p.name}     Employee ID: ${d.personnel}`,
        ...bsnLine(c, 'en'),
        ...birthLine(c, 'en'),
        `Job title: ${rng.pick(['Warehouse associate', 'Rider', 'Picker', 'Customer support', 'Cleaner'])}`,
        '',
        'EARNINGS                     Hours      Rate       Amount',
        `Basic salary                 ${d.hours.toFixed(2)}     ${d.rate.toFixed(2)}      ${d.gross.toFixed(2)}`,
        `Holiday allowance (accrued)                         ${d.holiday.toFixed(2)}`,
        'DEDUCTIONS',
        `Wage tax (loonheffing)                              ${d.tax.toFixed(2)}`,
        `Pension contribution                                ${d.pension.toFixed(2)}`,
        '',
        `NET PAY                                             ${d.net.toFixed(2)}`,
        `Paid to account ${ibanText(c.p.iban, rng)}`,
        `Year to date gross: ${d.ytdGross.toFixed(2)}`,
      ],
    ];
  },
};

const coverNote: Template = {
  id: 'payslip.with-cover-note',
  type: 'payslip',
  lang: 'nl',
  style: 'handwritten',
  weight: 0.7,
  supports: ['bsn', 'client-number', 'name-birthdate'],
  render(c) {
    const { rng } = c;
    const note = [
      rng.pick(['Beste meneer/mevrouw,', 'Hallo,', 'Geachte consulent,', 'Aan de gemeente,', '']),
      rng.pick([
        'Hierbij mijn loonstrook van vorige maand.',
        'hierbij stuur ik mijn loonstroken op zoals gevraagd',
        'In de bijlage mijn salarisstrook van deze maand.',
        'Hier is mijn loonstrook. Ik heb deze maand meer uren gewerkt.',
        'Zoals afgesproken lever ik mijn loonstrook in.',
      ]),
      ...clientLine(c),
      '',
      rng.pick(['Met vriendelijke groet,', 'Groeten,', 'mvg', 'Dank u wel']),
      c.p.name,
    ];
    const d = pay(c);
    const slip = [
      `Mijn loonstrook - ${d.employer}`,
      `Afgedrukt via het medewerkersportaal op ${fmtDate(c.date)}`,
      `${c.p.name}`,
      ...bsnLine(c),
      ...birthLine(c),
      `Loonperiode ${monthName(d.month)} ${d.year}`,
      `Bruto salaris ........ ${money(d.gross, { euro: true })}`,
      `Loonheffing .......... ${money(-d.tax, { euro: true })}`,
      `Pensioenpremie ....... ${money(-d.pension, { euro: true })}`,
      `Netto salaris ........ ${money(d.net, { euro: true })}`,
      `Uitbetaald op rekening ${ibanText(c.p.iban, rng)}`,
      `Opgebouwd vakantiegeld ${money(d.holiday * d.period, { euro: true })}`,
    ];
    return [note, slip];
  },
};

const jaarMultiMonth: Template = {
  id: 'payslip.two-months',
  group: 'payslip.loket',
  type: 'payslip',
  lang: 'nl',
  style: 'printed',
  weight: 0.5,
  supports: ['bsn', 'name-birthdate'],
  render(c) {
    const first = pay(c);
    const prev = { ...c, date: addDays(c.date, -31) };
    const slip1 = loket.render(c)[0] as Page;
    const slip2 = loket.render(prev)[0] as Page;
    return [slip1.map((l) => l.replace('Salarisspecificatie', `Salarisspecificatie ${first.employer}`)), slip2];
  },
};

export const payslipTemplates: Template[] = [
  afas,
  nmbrs,
  loket,
  visma,
  exact,
  randstad,
  tempoteam,
  adp,
  handmade,
  payslipEn,
  coverNote,
  jaarMultiMonth,
];
