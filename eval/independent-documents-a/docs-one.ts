/** First half of set A: payslips, bank statements, forms, objections, complaints, applications, medical, … */
import { bsnDots, bsnSpaced, client, Doc, date, eur, GEMEENTE, INK, letter, letterhead, stranger } from './lib.ts';
import type { Spec } from './spec.ts';

const S = {
  hendriks: stranger('Robin Hendriks', '312456785', '1991-02-14', 'Vlietweg 12', '1236 BK'),
  wijngaarden: stranger('Patrick van Wijngaarden', '206719346', '1979-10-03', 'Zuiderpad 7', '1232 CD'),
  kok: stranger('Dennis Kok', '173820463', '1988-12-30', 'Ringdijk 211', '1234 PP'),
  mitchell: stranger('Laura Mitchell', '159037426', '1994-03-08', 'Van Hallstraat 3-II', '1235 KM'),
  kovalenko: stranger('Olena Kovalenko', '337182656', '1983-07-21', 'Parkweg 19', '1237 AB'),
  brouwer: stranger('Thijs Brouwer', '218640936', '1986-05-17', 'Singel 48', '1233 LN'),
};

/** Payslip in the style of a Dutch payroll package: header block, employee block, table of items. */
function payslip(o: {
  employer: string;
  employerLines: string[];
  color: [number, number, number];
  software: string;
  person: { name: string; street: string; pc: string; city: string };
  bsn?: string;
  birth?: string;
  persNr: string;
  period: string;
  periodDate: string;
  bruto: number;
  hours: number;
  rate: number;
  extra?: [string, number][];
  font?: 'sans' | 'mono' | 'cond' | 'serif';
  title?: string;
}): Doc {
  const d = new Doc({ font: o.font ?? 'sans', size: 9, margin: 18, top: 16 });
  letterhead(d, o.employer, o.employerLines, o.color, o.font === 'mono' ? 'plain' : 'block');
  d.text(o.title ?? 'Salarisspecificatie', { font: o.font === 'mono' ? 'monoB' : 'sansB', size: 13 });
  d.text(`Periode ${o.period}   ·   Datum betaling ${date(o.periodDate, 'num')}`, { size: 8.5, color: INK.grey });
  d.gap(4);
  const left: [string, string][] = [
    ['Naam', o.person.name],
    ['Adres', o.person.street],
    ['', `${o.person.pc}  ${o.person.city.toUpperCase()}`],
    ['Personeelsnummer', o.persNr],
  ];
  if (o.bsn) left.push(['BSN', o.bsn]);
  if (o.birth) left.push(['Geboortedatum', date(o.birth, 'num')]);
  const right: [string, string][] = [
    ['Functie', 'Medewerker'],
    ['Uurloon', eur(o.rate)],
    ['Uren deze periode', o.hours.toFixed(2).replace('.', ',')],
    ['Loonheffingskorting', 'Ja'],
    ['Tabel', 'Wit / maand'],
  ];
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    d.row([
      { s: left[i]?.[0] ?? '', x: 0, color: INK.grey },
      { s: left[i]?.[1] ?? '', x: 34 },
      { s: right[i]?.[0] ?? '', x: 95, color: INK.grey },
      { s: right[i]?.[1] ?? '', x: 135 },
    ]);
  }
  d.gap(3).rule({ w: 1, color: o.color });
  d.row([
    { s: 'Omschrijving', x: 0, font: 'sansB' },
    { s: 'Aantal', x: 80, font: 'sansB', align: 'right' },
    { s: 'Tarief', x: 105, font: 'sansB', align: 'right' },
    { s: 'Betaling', x: 140, font: 'sansB', align: 'right' },
    { s: 'Inhouding', x: 172, font: 'sansB', align: 'right' },
  ]);
  d.rule({ w: 0.3 });
  const items: [string, string, string, number, number][] = [['Salaris', o.hours.toFixed(2), eur(o.rate, false), o.bruto, 0]];
  for (const [k, v] of o.extra ?? []) items.push([k, '', '', Math.max(v, 0), Math.max(-v, 0)]);
  const pension = Math.round(o.bruto * 0.052 * 100) / 100;
  const lh = Math.round(o.bruto * 0.087 * 100) / 100;
  items.push(['Pensioenpremie werknemer', '', '', 0, pension]);
  items.push(['Loonheffing', '', '', 0, lh]);
  let pay = 0;
  let inh = 0;
  for (const [k, a, t, p, i] of items) {
    pay += p;
    inh += i;
    d.row([
      { s: k, x: 0 },
      { s: a, x: 80, align: 'right' },
      { s: t, x: 105, align: 'right' },
      { s: p ? eur(p, false) : '', x: 140, align: 'right' },
      { s: i ? eur(i, false) : '', x: 172, align: 'right' },
    ]);
  }
  d.rule({ w: 0.3 });
  d.row([
    { s: 'Totalen', x: 0, font: 'sansB' },
    { s: eur(pay, false), x: 140, align: 'right', font: 'sansB' },
    { s: eur(inh, false), x: 172, align: 'right', font: 'sansB' },
  ]);
  d.gap(2);
  d.row([
    { s: 'Netto uit te betalen', x: 0, font: 'sansB', size: 10.5 },
    { s: eur(pay - inh), x: 172, align: 'right', font: 'sansB', size: 10.5 },
  ]);
  d.gap(5);
  d.row([
    { s: 'Cumulatieven', x: 0, font: 'sansB' },
    { s: 'Fiscaal loon', x: 40, color: INK.grey },
    { s: eur(pay * 3.1, false), x: 95, align: 'right' },
    { s: 'Ingehouden LH', x: 110, color: INK.grey },
    { s: eur(lh * 3.1, false), x: 172, align: 'right' },
  ]);
  d.gap(6);
  d.text(`Uitbetaald op rekening NL${String(o.persNr.length * 7 + 10)}INGB000${o.persNr.replace(/\D/g, '').padEnd(7, '4')}`, {
    size: 8,
    color: INK.grey,
  });
  d.text(`Aangemaakt met ${o.software}`, { size: 7, color: INK.grey });
  return d;
}

function bankStatement(o: {
  bank: string;
  color: [number, number, number];
  holder: string[];
  iban: string;
  period: string;
  rows: [string, string, number][];
  start: number;
  lang?: 'nl' | 'en';
}): Doc {
  const en = o.lang === 'en';
  const d = new Doc({ font: 'sans', size: 8.5, margin: 16, top: 14 });
  letterhead(d, o.bank, [en ? 'Account statement' : 'Rekeningafschrift', o.iban, o.period], o.color, 'block');
  d.text(o.holder.join('\n'), { size: 9.5 });
  d.gap(5);
  d.row([
    { s: en ? 'Date' : 'Datum', x: 0, font: 'sansB' },
    { s: en ? 'Description' : 'Naam / Omschrijving', x: 22, font: 'sansB' },
    { s: en ? 'Amount' : 'Af / Bij', x: 150, font: 'sansB', align: 'right' },
    { s: en ? 'Balance' : 'Saldo', x: 178, font: 'sansB', align: 'right' },
  ]);
  d.rule({ w: 0.8, color: o.color });
  let bal = o.start;
  d.row([
    { s: '', x: 0 },
    { s: en ? 'Opening balance' : 'Beginsaldo', x: 22, color: INK.grey },
    { s: eur(bal, false), x: 178, align: 'right' },
  ]);
  for (const [dt, desc, amt] of o.rows) {
    bal += amt;
    const parts = desc.split(' | ');
    d.row([
      { s: dt, x: 0 },
      { s: parts[0]!, x: 22 },
      { s: `${amt < 0 ? '-' : '+'}${eur(Math.abs(amt), false)}`, x: 150, align: 'right', color: amt < 0 ? INK.black : INK.green },
      { s: eur(bal, false), x: 178, align: 'right' },
    ]);
    for (const extra of parts.slice(1)) d.row([{ s: extra, x: 22, color: INK.grey, size: 7.5 }], { lh: 1.2 });
  }
  d.rule({ w: 0.3 });
  d.row([
    { s: en ? 'Closing balance' : 'Eindsaldo', x: 22, font: 'sansB' },
    { s: eur(bal, false), x: 178, align: 'right', font: 'sansB' },
  ]);
  return d;
}

function gemeenteFormHeader(d: Doc, title: string, sub: string): void {
  const top = d.yMm;
  d.rect(22, top, 3, 16, { fill: INK.teal });
  d.put('Gemeente Voorbeeld', 28, top + 5, { font: 'sansB', size: 12, color: INK.teal });
  d.put('Werk & Inkomen', 28, top + 10, { size: 9, color: INK.grey });
  d.put('Retour: Postbus 1234, 1230 AA Voorbeeld', 188, top + 4, { size: 7, color: INK.grey, align: 'right' });
  d.put('Telefoon 14 0123', 188, top + 7.5, { size: 7, color: INK.grey, align: 'right' });
  d.at(top + 24);
  d.text(title, { font: 'sansB', size: 14 });
  d.text(sub, { size: 8.5, color: INK.grey });
  d.gap(3);
}

export function docsOne(): Spec[] {
  const jan = client('K-100101');
  const sharon = client('K-100143');
  const piotr = client('K-100171');
  const henk = client('K-100199');
  const linda = client('K-100262');
  const bart = client('K-100255');
  const fatima = client('K-100108');
  const mehmet = client('K-100115');
  const ingrid = client('K-100206');
  const kevin = client('K-100486');
  const tomasz = client('K-100283');
  const ria = client('K-100150');
  const gerrit = client('K-100311');
  const anna = client('K-100122');
  const sandra = client('K-100318');
  const tineke = client('K-100374');
  const karim = client('K-100220');
  const hiba = client('K-100290');
  const johan = client('K-100423');
  const murat = client('K-100437');
  const ali = client('K-100381');
  const saida = client('K-100164');
  const wim = client('K-100367');
  const kidane = client('K-100136');
  const selam = client('K-100241');

  const specs: Spec[] = [];
  const add = (s: Spec): void => {
    specs.push(s);
  };

  // ------------------------------------------------------------------ payslips
  add({
    id: 'loonstrook-bakkerij-nmbrs',
    type: 'payslip',
    client: jan.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Payslip March, bakery, Nmbrs-style layout, BSN + birth date',
    date: '2026-03-25',
    producer: 'Nmbrs® Payroll',
    build: () =>
      payslip({
        employer: 'Bakkerij Van Wijk B.V.',
        employerLines: ['Ambachtsweg 4, 1239 AE Voorbeeld', 'KvK 60123456', 'Loonheffingennr. 8531.22.911.L01'],
        color: [0.55, 0.3, 0.1],
        software: 'Nmbrs',
        person: jan,
        bsn: jan.bsn,
        birth: jan.birth,
        persNr: '000214',
        period: 'maart 2026 (03)',
        periodDate: '2026-03-25',
        bruto: 1462.4,
        hours: 64,
        rate: 14.06,
        extra: [['Toeslag vroege dienst', 118.2]],
      }),
  });
  add({
    id: 'loonstrook-schoonmaak-loket',
    type: 'payslip',
    client: sharon.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Payslip April, cleaning company, Loket-style, BSN with dots',
    date: '2026-04-24',
    build: () =>
      payslip({
        employer: 'Glans & Co Schoonmaakdiensten',
        employerLines: ['Industrieweg 88, 1233 GZ Voorbeeld', 'www.glansenco.example', 'Loonheffingennr. 8190.44.123.L02'],
        color: [0.1, 0.45, 0.6],
        software: 'Loket.nl',
        person: sharon,
        bsn: bsnDots(sharon.bsn),
        persNr: '1187',
        period: '04-2026',
        periodDate: '2026-04-24',
        bruto: 986.5,
        hours: 70.5,
        rate: 13.99,
        extra: [
          ['Reiskostenvergoeding (onbelast)', 42.0],
          ['Reservering vakantiegeld', -78.92],
        ],
        title: 'LOONSTROOK',
      }),
  });
  add({
    id: 'weekstrook-uitzendbureau',
    type: 'payslip',
    client: piotr.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Weekly pay strip from a temp agency (fase A), Polish worker, BSN + birth date',
    date: '2026-04-10',
    producer: 'Flexportaal 7.2',
    build: () =>
      payslip({
        employer: 'Flexwerk Uitzendgroep',
        employerLines: ['Vestiging Voorbeeld, Havenkade 2', 'NBBU-lid · SNA-gecertificeerd', 'Loonheffingennr. 8027.11.560.L01'],
        color: [0.85, 0.35, 0.05],
        software: 'Flexportaal',
        person: piotr,
        bsn: piotr.bsn,
        birth: piotr.birth,
        persNr: 'FX-339120',
        period: 'week 14 2026 (30-03 t/m 05-04)',
        periodDate: '2026-04-10',
        bruto: 612.8,
        hours: 40,
        rate: 15.32,
        extra: [
          ['Huisvesting (inhouding)', -105.0],
          ['Zorgverzekering (inhouding)', -38.5],
        ],
        font: 'cond',
        title: 'Weekloonstrook',
      }),
  });
  add({
    id: 'loonbriefje-snackbar-hand',
    type: 'payslip',
    client: henk.kn,
    expected: 'route',
    language: 'nl',
    render: 'photo',
    label: 'Handwritten pay note from a snack bar owner, client number added by hand',
    date: '2026-05-02',
    build: () => {
      const d = new Doc({ font: 'hand', size: 13, margin: 26, top: 22 });
      d.text('Cafetaria De Hoek', { font: 'hand2', size: 18, color: INK.pen, hand: true });
      d.text('Markt 3 Voorbeeld', { color: INK.pen, hand: true });
      d.gap(8);
      d.text('LOONBRIEFJE april 2026', { size: 15, color: INK.pen, hand: true });
      d.gap(4);
      const lines = [
        'Naam: Henk Bakker',
        'gewerkt: 6 avonden = 31 uur',
        `uurloon ${eur(13.68)} (bruto)`,
        `bruto ${eur(424.08)}`,
        'loonheffing: 0 (korting)',
        `netto contant/bank ${eur(424.08)}`,
        '',
        'betaald op 30-4 per bank',
        '',
        'Voor akkoord,   F. Demir (eigenaar)',
      ];
      d.text(lines.join('\n'), { color: INK.pen, hand: true, lh: 1.7 });
      d.gap(10);
      d.text('klantnr K-100199  -  voor mijn consulent', { font: 'hand2', size: 14, color: INK.blue, hand: true });
      return d;
    },
  });
  add({
    id: 'loonstrook-afas-partner-klantnr',
    type: 'payslip',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [linda.kn, bart.kn],
    language: 'nl',
    render: 'scan',
    label: "Payslip of Linda de Jong (BSN, birth date) with another client's number written on top",
    date: '2026-05-26',
    build: () => {
      const d = payslip({
        employer: 'Zorggroep De Linde',
        employerLines: ['Lindelaan 1, 1234 TA Voorbeeld', 'Salarisadministratie', 'AFAS Profit'],
        color: [0.3, 0.5, 0.2],
        software: 'AFAS Profit',
        person: linda,
        bsn: linda.bsn,
        birth: linda.birth,
        persNr: '40912',
        period: 'mei 2026',
        periodDate: '2026-05-26',
        bruto: 1890.12,
        hours: 88,
        rate: 21.48,
        extra: [['ORT (onregelmatigheidstoeslag)', 143.6]],
      });
      d.put('K-100255 Bart', 110, 14, { font: 'hand', size: 15, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'loonstrook-onbekende-werknemer',
    type: 'payslip',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'digital',
    label: 'Payslip of a person who is not a client (valid BSN, not in the directory)',
    date: '2026-06-25',
    producer: 'Visma Raet Youforce',
    build: () =>
      payslip({
        employer: 'Logistiek Centrum Voorbeeld B.V.',
        employerLines: ['Distributieweg 20, 1239 XL Voorbeeld', 'Personeelszaken', ''],
        color: [0.1, 0.2, 0.5],
        software: 'Youforce',
        person: S.hendriks,
        bsn: S.hendriks.bsn,
        birth: S.hendriks.birth,
        persNr: '77031',
        period: 'juni 2026',
        periodDate: '2026-06-25',
        bruto: 2310.0,
        hours: 152,
        rate: 15.2,
      }),
  });

  // ------------------------------------------------------------------ bank statements
  add({
    id: 'bankafschrift-ing-uitkering-omschrijving',
    type: 'bank_statement',
    client: fatima.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Bank statement April; the municipal payment description carries the client number',
    date: '2026-05-01',
    producer: 'ING Mijn ING - afschrift',
    build: () =>
      bankStatement({
        bank: 'ING',
        color: [1, 0.38, 0],
        holder: ['Mevrouw F. el Amrani', fatima.street, `${fatima.pc} ${fatima.city}`],
        iban: 'NL32 INGB 0006 8123 45',
        period: '01-04-2026 t/m 30-04-2026',
        start: 212.45,
        rows: [
          ['01-04', 'Albert Heijn 1432 VOORBEELD | Betaalautomaat 31-03 18:22', -46.12],
          ['02-04', 'Gemeente Voorbeeld | Omschrijving: PW uitkering april 2026 K-100108', 1094.2],
          ['02-04', 'Woonstede Voorbeeld | Huur april 2026 contract 88123', -612.4],
          ['03-04', 'Menzis Zorgverzekeraar | Premie april', -142.95],
          ['08-04', 'Vattenfall | Termijnbedrag energie', -128.0],
          ['12-04', 'Action 2231 Voorbeeld | Betaalautomaat', -17.35],
          ['15-04', 'Odido Mobile | Factuur 2026-04', -18.5],
          ['20-04', 'Belastingdienst | Zorgtoeslag 2026 april', 131.0],
          ['20-04', 'Belastingdienst | Huurtoeslag 2026 april', 308.0],
          ['28-04', 'Lidl Voorbeeld | Betaalautomaat', -61.8],
        ],
      }),
  });
  add({
    id: 'rekeningafschrift-rabo-bsn-pen',
    type: 'bank_statement',
    client: mehmet.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Printed bank statement with the BSN written in the margin',
    date: '2026-03-03',
    build: () => {
      const d = bankStatement({
        bank: 'Rabobank',
        color: [0.0, 0.2, 0.55],
        holder: ['M. Yilmaz', mehmet.street, `${mehmet.pc} ${mehmet.city}`],
        iban: 'NL71 RABO 0312 4455 90',
        period: 'Februari 2026',
        start: 88.1,
        rows: [
          ['02-02', 'Gemeente Voorbeeld | Bijstand feb', 1012.75],
          ['03-02', 'Stichting Woonbelang | Huur', -588.3],
          ['05-02', 'CZ | Zorgverzekering', -139.7],
          ['09-02', 'Geldautomaat Markt | Opname', -100.0],
          ['14-02', 'Jumbo | Pinbetaling', -38.44],
          ['20-02', 'Belastingdienst | Toeslagen', 421.0],
          ['26-02', 'Eneco | Energie', -95.0],
        ],
      });
      d.put(`BSN ${mehmet.bsn}`, 120, 40, { font: 'hand', size: 14, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'afschrift-abn-twee-klanten',
    type: 'bank_statement',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [kevin.kn, ingrid.kn],
    language: 'nl',
    render: 'scan',
    label: "Statement whose municipal payment names Ingrid van Dijk's client number, with Kevin Mulder's BSN written on it",
    date: '2026-06-02',
    build: () => {
      const d = bankStatement({
        bank: 'ABN AMRO',
        color: [0.0, 0.45, 0.4],
        holder: ['I. van Dijk en/of K. Mulder', 'Julianalaan 81', '1232 AH VOORBEELD'],
        iban: 'NL05 ABNA 0417 2210 66',
        period: 'Mei 2026',
        start: -22.4,
        rows: [
          ['01-05', 'GEMEENTE VOORBEELD | Uitkering mei klantnr K-100206', 1187.33],
          ['04-05', 'Eigen Haard | Huur mei', -702.1],
          ['06-05', 'DUO | Aflossing', -45.0],
          ['11-05', 'Kruidvat | Pin', -12.99],
          ['19-05', 'Zilveren Kruis | Premie', -151.2],
          ['27-05', 'Albert Heijn | Pin', -83.05],
        ],
      });
      d.put(`Kevin Mulder  BSN ${kevin.bsn}`, 95, 44, { font: 'hand', size: 13, color: INK.pen, hand: true });
      return d;
    },
  });
  add({
    id: 'bunq-statement-english-photo',
    type: 'bank_statement',
    client: tomasz.kn,
    expected: 'route',
    language: 'en',
    render: 'photo',
    label: 'Phone photo of an English-language online bank statement; payment description has the client number',
    date: '2026-07-01',
    build: () =>
      bankStatement({
        bank: 'bunq',
        color: [0.2, 0.6, 0.3],
        holder: ['Tomasz Lewandowski', tomasz.street, `${tomasz.pc} ${tomasz.city}`],
        iban: 'NL44 BUNQ 2098 1177 03',
        period: 'June 2026',
        start: 34.9,
        lang: 'en',
        rows: [
          ['01-06', 'Gemeente Voorbeeld | PW juni K-100283', 1098.0],
          ['02-06', 'Huurder Portaal | Rent June', -645.0],
          ['05-06', 'Biedronka Online | Card payment', -22.4],
          ['10-06', 'Tikkie Marek | Thanks for the pizza', 12.5],
          ['18-06', 'NS Reizigers | Train ticket', -9.6],
        ],
      }),
  });

  // ------------------------------------------------------------------ change forms
  add({
    id: 'wijzigingsformulier-werk-hand',
    type: 'change_form',
    client: ria.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Municipal change form filled in by hand: started part-time job',
    date: '2026-02-16',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 22, top: 16 });
      gemeenteFormHeader(
        d,
        'Wijzigingsformulier Participatiewet',
        'Geef wijzigingen binnen 1 week door. Niet of te laat doorgeven kan leiden tot terugvordering en een boete.',
      );
      d.text('1. Uw gegevens', { font: 'sansB' });
      d.field('Naam en voorletters', 'Jansen, R.');
      d.field('Klantnummer', ria.kn, { lineTo: 90 });
      d.field('Burgerservicenummer', bsnSpaced(ria.bsn), { lineTo: 90 });
      d.field('Telefoonnummer', '06 - 41 22 90 13', { lineTo: 90 });
      d.gap(3);
      d.text('2. Wat verandert er?', { font: 'sansB' });
      d.check('Ik ga werken / mijn inkomsten veranderen', true);
      d.check('Er komt iemand bij mij wonen / er gaat iemand weg', false);
      d.check('Ik ga verhuizen', false);
      d.check('Ik ga naar het buitenland', false);
      d.check('Mijn vermogen verandert (spaargeld, auto, erfenis)', false);
      d.check('Anders', false);
      d.gap(3);
      d.text('3. Toelichting', { font: 'sansB' });
      d.field('Ingangsdatum', '1 maart 2026', { lineTo: 90 });
      d.field('Toelichting', 'ik kan 16 uur per week werken bij de Hema');
      d.field('', 'in de winkel aan de Markt, contract 6 maanden');
      d.field('', 'loonstrook stuur ik na als ik die heb');
      d.gap(4);
      d.text('4. Ondertekening', { font: 'sansB' });
      d.text('Ik heb dit formulier naar waarheid ingevuld.', { size: 8.5 });
      d.field('Datum', '16-2-2026', { lineTo: 90 });
      d.field('Handtekening', 'R Jansen', { lineTo: 90 });
      return d;
    },
  });
  add({
    id: 'inkomstenopgave-april-hand',
    type: 'change_form',
    client: gerrit.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    heavy: true,
    label: 'Monthly income statement (inkomstenopgave) filled in by hand, heavy scan',
    date: '2026-05-04',
    build: () => {
      const d = new Doc({ font: 'serif', size: 9.5, margin: 20, top: 16 });
      gemeenteFormHeader(
        d,
        'Opgave inkomsten',
        'Inkomstenformulier per maand — lever dit in vóór de 5e van de volgende maand, met de loonstrook.',
      );
      d.field('Naam', 'G. Hoekstra');
      d.field('Klantnummer', 'K-100311', { lineTo: 95 });
      d.field('BSN', gerrit.bsn, { lineTo: 95 });
      d.field('Over de maand', 'april 2026', { lineTo: 95 });
      d.gap(3);
      d.row([
        { s: 'Werkgever / instantie', x: 0, font: 'serifB' },
        { s: 'Bruto', x: 95, font: 'serifB' },
        { s: 'Netto', x: 130, font: 'serifB' },
      ]);
      d.rule({ w: 0.4 });
      d.row([
        { s: 'PostNL (bezorger)', x: 0, font: 'hand', color: INK.pen, hand: true, size: 12 },
        { s: '388,20', x: 95, font: 'hand', color: INK.pen, hand: true, size: 12 },
        { s: '356,-', x: 130, font: 'hand', color: INK.pen, hand: true, size: 12 },
      ]);
      d.row([
        { s: 'Startbaan via uitzendbureau', x: 0, font: 'hand', color: INK.pen, hand: true, size: 12 },
        { s: '120,00', x: 95, font: 'hand', color: INK.pen, hand: true, size: 12 },
        { s: '110,40', x: 130, font: 'hand', color: INK.pen, hand: true, size: 12 },
      ]);
      d.rule({ w: 0.4 });
      d.gap(3);
      d.check('Ik heb geen inkomsten gehad', false);
      d.check('Ik heb inkomsten gehad (loonstroken bijgevoegd)', true);
      d.check('Mijn situatie is verder niet veranderd', true);
      d.gap(5);
      d.field('Datum en handtekening', '3 mei 2026    G.Hoekstra');
      return d;
    },
  });
  add({
    id: 'zmiana-sytuacji-partner-pl',
    type: 'change_form',
    client: anna.kn,
    expected: 'route',
    language: 'pl',
    render: 'digital',
    label: 'Letter in Polish reporting that a partner moved in (change of household), client number + BSN',
    date: '2026-04-14',
    build: () =>
      letter({
        sender: ['Anna Kowalska', anna.street, `${anna.pc} ${anna.city}`, `Numer klienta: ${anna.kn}`, `BSN: ${anna.bsn}`],
        to: GEMEENTE,
        place: `Voorbeeld, ${date('2026-04-14', 'dot')}`,
        subject: 'Dotyczy: zgłoszenie zmiany sytuacji (wijziging woonsituatie)',
        salutation: 'Szanowni Państwo,',
        body: [
          'niniejszym informuję, że od dnia 1 kwietnia 2026 r. mój partner, Krzysztof Zając (ur. 11.02.1987), mieszka razem ze mną pod powyższym adresem. Jest zameldowany w gminie od 3 kwietnia.',
          'Krzysztof pracuje na pełen etat w firmie transportowej. Rozumiem, że może to mieć wpływ na moją zapomogę (bijstand). Proszę o informację, jakie dokumenty mam jeszcze dostarczyć. Jego umowę o pracę i ostatni pasek wypłaty mogę przesłać w przyszłym tygodniu.',
          'Przepraszam, że piszę po polsku – mój niderlandzki nie jest jeszcze wystarczająco dobry do takich spraw.',
        ],
        closing: 'Z poważaniem,',
        signature: 'A. Kowalska',
        signedBy: ['Anna Kowalska'],
      }),
  });
  add({
    id: 'wijziging-klantnr-ander-geboortedatum',
    type: 'change_form',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [sandra.kn, tineke.kn],
    language: 'nl',
    render: 'scan',
    label: "Change form with Sandra Willems' client number but Tineke Postma's name and birth date",
    date: '2026-06-08',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 22, top: 16 });
      gemeenteFormHeader(d, 'Wijzigingsformulier', 'Voor klanten met een uitkering levensonderhoud (Participatiewet / IOAW / IOAZ)');
      d.field('Achternaam', 'Postma');
      d.field('Voornamen', 'Tineke');
      d.field('Geboortedatum', date(tineke.birth, 'num'), { lineTo: 95 });
      d.field('Klantnummer', sandra.kn, { lineTo: 95 });
      d.gap(3);
      d.text('Welke wijziging wilt u doorgeven?', { font: 'sansB' });
      d.check('Adreswijziging', true);
      d.check('Wijziging bankrekeningnummer', true);
      d.check('Inkomsten', false);
      d.check('Samenstelling huishouden', false);
      d.field('Nieuw adres', 'Eikenlaan 5 1231 VE Voorbeeld');
      d.field('Per datum', '1 juni', { lineTo: 95 });
      d.field('Nieuw IBAN', 'NL 19 SNSB 0944 1027 31');
      d.field('Toelichting', 'oude rekening is opgeheven, graag vanaf juni hierop');
      d.gap(6);
      d.field('Datum', '8-6-2026', { lineTo: 95 });
      d.field('Handtekening', 'T. Postma', { lineTo: 95 });
      return d;
    },
  });
  add({
    id: 'briefje-zoon-verhuisd-zonder-nummer',
    type: 'change_form',
    client: null,
    expected: 'triage',
    reason: 'no-client',
    language: 'nl',
    render: 'photo',
    label: 'Handwritten note: son moved out; only a name (no number, no birth date)',
    date: '2026-05-12',
    build: () =>
      letter({
        font: 'hand',
        size: 13,
        hand: true,
        margin: 26,
        place: 'Voorbeeld 12 mei',
        salutation: 'Aan de gemeente, afd. uitkeringen',
        body: [
          'Hierbij wil ik doorgeven dat mijn zoon Jerrel sinds 1 mei niet meer bij mij woont. Hij is naar zijn vader in Rotterdam verhuist en staat daar nu ook ingeschreven.',
          'Dus ik ben nu alleen in huis. Ik weet niet of dat wat uitmaakt voor de uitkering maar ik geef het toch even door zoals mevrouw aan de balie zei.',
          'Mijn telefoon is 06 18 22 43 07 als er vragen zijn.',
        ],
        closing: 'Groetjes',
        signature: 'Gladys L.',
        signedBy: ['G. Lieuw'],
      }),
  });

  // ------------------------------------------------------------------ objections
  add({
    id: 'bezwaar-stopzetting-boos',
    type: 'objection',
    client: karim.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'Angry objection against ending benefit, typed by the client, client number + BSN',
    date: '2026-03-19',
    build: () =>
      letter({
        sender: ['K. Ouahabi', karim.street, `${karim.pc} ${karim.city}`],
        to: ['Gemeente Voorbeeld', 't.a.v. Bezwaarschriftencommissie', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: `Voorbeeld, ${date('2026-03-19')}`,
        subject: 'BEZWAAR tegen besluit beëindiging uitkering!!',
        refs: [`Klantnummer: ${karim.kn}`, `BSN: ${karim.bsn}`, 'Uw besluit van: 5 maart 2026'],
        salutation: 'Geachte heer/mevrouw,',
        body: [
          'Hierbij maak ik BEZWAAR tegen uw besluit van 5 maart 2026 waarin u mijn bijstandsuitkering per 1 april stopt omdat ik niet op een afspraak zou zijn gekomen. Dit is gewoon niet waar. Ik was op 26 februari om 10 uur aan de balie en daar zeiden ze dat mijn afspraak was verzet. Niemand heeft mij een nieuwe brief gestuurd.',
          'Ik ben 66 jaar en ik heb al 3 keer gebeld, ik krijg elke keer iemand anders aan de lijn die van niks weet. Hoe moet ik mijn huur betalen als u gewoon de uitkering stopt? Dit is echt schandalig en ik voel me behandeld als een crimineel.',
          'Ik wil dat het besluit wordt teruggedraaid en dat de uitkering gewoon doorloopt. Ook wil ik gehoord worden. Als het nodig is ga ik naar de rechter of naar de ombudsman.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'K Ouahabi',
        signedBy: ['Karim Ouahabi', 'tel. 06-29931870'],
      }),
  });
  add({
    id: 'proforma-bezwaar-advocaat',
    type: 'objection',
    client: hiba.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: "Lawyer's pro forma objection on behalf of a client (name, birth date, BSN)",
    date: '2026-04-02',
    producer: 'Kleos',
    build: () => {
      const d = letter({
        font: 'serif',
        size: 10,
        to: [
          'Per aangetekende post en per fax',
          '',
          'College van burgemeester en wethouders',
          'van de gemeente Voorbeeld',
          'Postbus 1234',
          '1230 AA  VOORBEELD',
        ],
        place: `Voorbeeld, ${date('2026-04-02')}`,
        subject: 'Betreft: pro forma bezwaarschrift — mevrouw H. Mansour',
        refs: ['Ons kenmerk: 2026.0412/JvD', `Cliënte: mw. H. Mansour, geboren ${date(hiba.birth, 'num')}, BSN ${hiba.bsn}`],
        salutation: 'Geacht college,',
        body: [
          'Namens mijn cliënte, mevrouw H. Mansour, wonende te Voorbeeld, maak ik hierbij bezwaar tegen uw besluit van 6 maart 2026, verzonden op 9 maart 2026, waarbij de bijstandsuitkering van cliënte over de periode 1 juli 2025 tot en met 31 januari 2026 wordt herzien en een bedrag van € 6.412,88 van haar wordt teruggevorderd.',
          'Dit bezwaarschrift wordt pro forma ingediend teneinde de termijn te waarborgen. Ik verzoek u mij een termijn van vier weken te gunnen om de gronden van het bezwaar aan te vullen en mij een afschrift te doen toekomen van de op de zaak betrekking hebbende stukken, waaronder het rapport van de sociale recherche.',
          'Voorts verzoek ik u cliënte in de gelegenheid te stellen te worden gehoord (artikel 7:2 Awb) en de invordering op te schorten totdat op het bezwaar is beslist. Een kopie van het bestreden besluit en van de volmacht treft u bijgaand aan.',
        ],
        closing: 'Hoogachtend,',
        signature: 'J. van Dam',
        signedBy: ['mr. J. van Dam', 'advocaat'],
      });
      d.page = 0;
      d.put('VAN DAM & TERPSTRA', 188, 14, { font: 'serifB', size: 13, color: INK.navy, align: 'right' });
      d.put('advocaten · Lange Voorhout 40 · 1230 BV Voorbeeld · T 0123 456 780', 188, 19, { size: 7, color: INK.grey, align: 'right' });
      return d;
    },
  });
  add({
    id: 'bezwaar-terugvordering-handgeschreven',
    type: 'objection',
    client: johan.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Handwritten objection against a recovery decision, dossier number given',
    date: '2026-05-20',
    build: () =>
      letter({
        font: 'hand',
        size: 12.5,
        hand: true,
        sender: ['J. Smits', johan.street, `${johan.pc} Voorbeeld`],
        place: 'Voorbeeld, 20-5-2026',
        subject: 'Bezwaar terugvordering',
        refs: [`dossiernummer ${johan.kn}`],
        salutation: 'Geachte mevrouw meneer,',
        body: [
          'Ik ben het niet eens met de brief van 29 april dat ik 1.840 euro moet terugbetalen omdat ik geld van mijn broer op mijn rekening heb gehad. Dat was geen inkomen maar hij heeft het geleend voor zijn auto en ik heb het de week erna meteen weer terug gemaakt, dat kunt u op mijn afschriften zien.',
          'Ik heb dat ook aan de telefoon uitgelegt maar er werd niet naar geluisterd. Ik vraag u de terugvordering te schrappen.',
        ],
        closing: 'Met vriendelijke groeten',
        signature: 'J. Smits',
      }),
  });
  add({
    id: 'bezwaar-rechtshulp-ander-klantnummer',
    type: 'objection',
    client: null,
    expected: 'triage',
    reason: 'conflict',
    candidates: [murat.kn, ali.kn],
    language: 'nl',
    render: 'digital',
    label: "Objection via a legal aid desk for Murat Doğan (name + birth date) citing Ali Şahin's client number",
    date: '2026-06-11',
    build: () =>
      letter({
        sender: ['Sociaal Raadsliedenwerk Voorbeeld', 'Stationsplein 9', '1230 AB Voorbeeld', 'tel. 0123 880 880'],
        senderRight: true,
        to: ['Gemeente Voorbeeld', 'Team Bezwaar en Beroep', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: `Voorbeeld, ${date('2026-06-11')}`,
        subject: 'Bezwaarschrift namens de heer M. Doğan',
        refs: [
          `Geboortedatum belanghebbende: ${date(murat.birth, 'num')}`,
          `Uw kenmerk / klantnummer: ${ali.kn}`,
          'Besluit d.d. 21 mei 2026 (afwijzing bijzondere bijstand)',
        ],
        salutation: 'Geachte heer, mevrouw,',
        body: [
          'Namens de heer Murat Doğan, die mij daartoe heeft gemachtigd, maak ik bezwaar tegen uw besluit van 21 mei 2026 waarin de aanvraag om bijzondere bijstand voor de kosten van een bril en tandartsbehandeling is afgewezen.',
          'U stelt dat de kosten niet noodzakelijk zijn. Cliënt heeft echter een verklaring van de tandarts overgelegd waaruit blijkt dat de behandeling medisch noodzakelijk is. Bovendien heeft u niet onderzocht of er sprake is van bijzondere omstandigheden.',
          'Ik verzoek u het besluit te herroepen en de gevraagde bijstand alsnog toe te kennen. De machtiging is bijgevoegd.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'E. Vos',
        signedBy: ['E. Vos, sociaal raadsvrouw'],
      }),
  });
  add({
    id: 'bezwaar-afwijzing-nieuwe-aanvrager',
    type: 'objection',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Objection against a rejected application by someone not (yet) a client: bezwaar team takes unknown people',
    date: '2026-07-07',
    build: () =>
      letter({
        font: 'cond',
        sender: [S.wijngaarden.name, S.wijngaarden.street, `${S.wijngaarden.pc} Voorbeeld`, `BSN ${S.wijngaarden.bsn}`],
        to: GEMEENTE,
        place: `Voorbeeld, ${date('2026-07-07')}`,
        subject: 'Bezwaar tegen afwijzing aanvraag bijstand',
        salutation: 'Geachte heer of mevrouw,',
        body: [
          'Op 23 juni 2026 heb ik een brief ontvangen waarin staat dat mijn aanvraag voor een bijstandsuitkering is afgewezen omdat ik de gevraagde gegevens niet op tijd zou hebben ingeleverd. Ik ben het daar niet mee eens.',
          'Ik heb de bankafschriften en het huurcontract op 9 juni persoonlijk afgegeven bij het gemeentehuis. Ik heb daar alleen geen ontvangstbewijs van gekregen. Sinds mijn WW-uitkering in mei is gestopt heb ik geen inkomen meer en loop ik achter met de huur.',
          'Ik verzoek u mijn aanvraag opnieuw te behandelen. Graag wil ik ook een voorschot aanvragen.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'P. v. Wijngaarden',
      }),
  });

  // ------------------------------------------------------------------ complaints
  add({
    id: 'klacht-email-niet-teruggebeld',
    type: 'complaint',
    client: saida.kn,
    expected: 'route',
    language: 'nl',
    render: 'digital',
    label: 'E-mail printed to PDF: complaint about never being called back, with quoted earlier reply',
    date: '2026-03-09',
    producer: 'Outlook - Microsoft Print to PDF',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 18, top: 14 });
      d.text('Outlook', { font: 'sansB', size: 9, color: INK.blue });
      d.rule({ w: 0.3, color: INK.grey });
      d.text('Klacht over mijn consulent - al 5 weken geen reactie', { font: 'sansB', size: 12 });
      d.gap(2);
      d.text(
        [
          `Van: Saida Benali <${saida.email}>`,
          'Verzonden: maandag 9 maart 2026 08:14',
          'Aan: klachten@gemeente-voorbeeld.example',
          'CC: s.degraaf@gemeente-voorbeeld.example',
          'Onderwerp: Klacht over mijn consulent - al 5 weken geen reactie',
        ].join('\n'),
        { size: 8.5 },
      );
      d.rule({ w: 0.3, color: INK.grey });
      d.text(
        [
          'Beste klachtencoördinator,',
          '',
          `Mijn naam is Saida Benali, klantnummer ${saida.kn}. Ik wil een officiële klacht indienen over de manier waarop ik word behandeld door Team Inkomen.`,
          '',
          'Op 2 februari heb ik mijn nieuwe huurcontract gestuurd omdat mijn huur omhoog is gegaan. Ik heb daarna 4 keer gebeld en elke keer werd gezegd dat mijn consulent mij terug zou bellen. Dat is nooit gebeurd. Op de mail hieronder kreeg ik alleen een automatisch antwoord.',
          '',
          'Ondertussen krijg ik nog steeds de verkeerde woonkosten en moet ik geld lenen van mijn moeder. Ik vind dit niet normaal. Ik wil graag dat iemand contact met mij opneemt en dat er uitgezocht wordt waarom niemand reageert.',
          '',
          'Met vriendelijke groet,',
          'Saida Benali',
          '06-12 88 40 91',
        ].join('\n'),
      );
      d.gap(4);
      d.text(
        [
          `> Van: Saida Benali <${saida.email}>`,
          '> Verzonden: dinsdag 10 februari 2026 21:40',
          '> Aan: s.degraaf@gemeente-voorbeeld.example',
          '> Onderwerp: huurverhoging',
          '>',
          '> Hallo mevrouw De Graaf, ik heb vorige week het nieuwe huurcontract opgestuurd.',
          '> Kunt u laten weten of het goed is aangekomen? Groetjes Saida',
          '>',
          '>> Dank voor uw bericht. Ik ben afwezig en lees mijn mail niet. Uw bericht wordt niet',
          '>> doorgestuurd. Voor dringende zaken belt u 14 0123.',
        ].join('\n'),
        { size: 8.5, color: INK.grey },
      );
      return d;
    },
  });
  add({
    id: 'klacht-balie-brief',
    type: 'complaint',
    client: wim.kn,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Typed complaint about rude treatment at the desk; identified by name + birth date only',
    date: '2026-04-21',
    build: () =>
      letter({
        font: 'serif',
        sender: ['W. Vermeulen', `geb. ${date(wim.birth, 'short')}`, wim.street, `${wim.pc} Voorbeeld`],
        to: ['Gemeente Voorbeeld', 'Klachtencoördinator', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: `Voorbeeld, ${date('2026-04-21')}`,
        subject: 'Klacht over bejegening aan de balie',
        salutation: 'Geachte klachtencoördinator,',
        body: [
          'Op donderdag 16 april jl. was ik rond 11.30 uur bij de balie van Werk & Inkomen om een formulier in te leveren. De medewerker (een jonge man met bril, zijn naam stond niet op zijn badge) sprak mij in het bijzijn van andere wachtenden aan op mijn schulden en zei letterlijk "mensen zoals u moeten gewoon eens gaan werken".',
          'Ik vind dit kwetsend en onprofessioneel. Ik heb een arbeidsbeperking en werk al twee jaar mee aan een traject. Mijn privézaken horen niet hardop aan een balie besproken te worden.',
          'Ik verzoek u deze klacht in behandeling te nemen en mij te laten weten wat u ermee doet. Ik wil graag een gesprek.',
        ],
        closing: 'Met vriendelijke groet,',
        signature: 'W. Vermeulen',
      }),
  });
  add({
    id: 'complaint-english-interpreter',
    type: 'complaint',
    client: kidane.kn,
    expected: 'route',
    language: 'en',
    render: 'digital',
    label: 'Complaint in English: no interpreter at a meeting; client number given',
    date: '2026-05-06',
    build: () =>
      letter({
        sender: ['Kidane Tesfay', kidane.street, `${kidane.pc} ${kidane.city}`, kidane.email ?? ''],
        to: ['Municipality of Voorbeeld', 'Complaints coordinator', 'PO Box 1234', '1230 AA Voorbeeld'],
        place: date('2026-05-06', 'en'),
        subject: 'Formal complaint – meeting of 28 April without interpreter',
        refs: [`Client number: ${kidane.kn}`],
        salutation: 'Dear Sir or Madam,',
        body: [
          'I would like to file a formal complaint about my meeting with the work consultant on 28 April 2026. When I made the appointment I asked for a Tigrinya interpreter, and this was confirmed by phone. On the day there was no interpreter and I was asked to sign a plan of action (plan van aanpak) that I could not read.',
          'I signed because I was told my benefit would otherwise be stopped. I do not agree with parts of this plan, especially the obligation to travel 2 hours a day to a work placement.',
          'I ask that the plan is discussed again with an interpreter present, and that my signature of 28 April is not used against me. Please reply in English or Tigrinya.',
        ],
        closing: 'Yours faithfully,',
        signature: 'Kidane T.',
        signedBy: ['Kidane Tesfay'],
      }),
  });
  add({
    id: 'klacht-anoniem-wachttijd',
    type: 'complaint',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'photo',
    label: 'Anonymous complaint about waiting times (no name): complaints team takes unknown senders',
    date: '2026-08-18',
    build: () =>
      letter({
        font: 'hand',
        size: 13,
        hand: true,
        margin: 26,
        place: '18 aug.',
        salutation: 'Aan de gemeente,',
        body: [
          'Ik wil een klacht indienen over de wachttijden bij de telefoon van Werk en Inkomen. Vandaag heb ik 55 minuten in de wacht gestaan en toen werd de verbinding verbroken. Gisteren hetzelfde.',
          'Er zijn mensen die afhankelijk zijn van jullie en geen beltegoed hebben voor een uur wachten. Doe er wat aan!',
          'Ik zet mijn naam er niet onder want ik ben bang dat het dan gevolgen heeft voor mijn uitkering.',
        ],
        closing: 'Een bezorgde inwoner',
      }),
  });

  // ------------------------------------------------------------------ applications
  add({
    id: 'aanvraagformulier-levensonderhoud-hand',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'nl',
    render: 'scan',
    label: 'Application form for subsistence benefit filled in by hand by a new applicant (not in directory)',
    date: '2026-02-03',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 22, top: 16 });
      gemeenteFormHeader(
        d,
        'Aanvraag algemene bijstand (levensonderhoud)',
        'Participatiewet — vul alle vragen in en lever de gevraagde bewijsstukken mee.',
      );
      d.text('Deel A  Persoonsgegevens aanvrager', { font: 'sansB' });
      d.field('Achternaam', 'Kok');
      d.field('Voornamen', 'Dennis Johannes');
      d.field('Geboortedatum', date(S.kok.birth, 'num'), { lineTo: 95 });
      d.field('Burgerservicenummer', S.kok.bsn, { lineTo: 95 });
      d.field('Adres', `${S.kok.street}, ${S.kok.pc} Voorbeeld`);
      d.field('Telefoon / e-mail', '06 55 12 30 77  dennis.kok88@example.com');
      d.gap(2);
      d.text('Deel B  Woonsituatie', { font: 'sansB' });
      d.check('Alleenstaand', true);
      d.check('Gehuwd / samenwonend', false);
      d.check('Ik woon in bij familie of vrienden', true);
      d.gap(2);
      d.text('Deel C  Inkomen en vermogen', { font: 'sansB' });
      d.field('Laatste werkgever', 'Bouwbedrijf Kramer (tot 31-12-2025)');
      d.field('Heeft u nu inkomen?', 'nee, WW afgewezen');
      d.field('Saldo betaalrekening', '€ 143,-', { lineTo: 95 });
      d.field('Auto / spaargeld', 'geen');
      d.gap(2);
      d.text('Gewenste ingangsdatum: zo snel mogelijk', { font: 'hand', color: INK.pen, hand: true, size: 12 });
      d.gap(4);
      d.field('Datum / handtekening', '3-2-2026   D. Kok');
      return d;
    },
  });
  add({
    id: 'application-english-expat',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'en',
    render: 'digital',
    label: 'Letter in English applying for social assistance by a newcomer (valid BSN, not a client)',
    date: '2026-03-30',
    build: () =>
      letter({
        sender: [S.mitchell.name, S.mitchell.street, `${S.mitchell.pc} Voorbeeld`, 'laura.mitchell.nl@example.com'],
        to: ['Gemeente Voorbeeld', 'Werk & Inkomen – intake', 'Postbus 1234', '1230 AA Voorbeeld'],
        place: date('2026-03-30', 'en'),
        subject: 'Application for social assistance (bijstand)',
        salutation: 'Dear Sir/Madam,',
        body: [
          `My name is Laura Mitchell, born on ${date(S.mitchell.birth, 'en')}, citizen service number (BSN) ${S.mitchell.bsn}. I have lived in Voorbeeld since 2021 and I hold a residence permit for indefinite time.`,
          'I am writing to apply for social assistance. Until February I worked as a customer service agent for an international company that closed its Dutch office. I am not entitled to unemployment benefit (WW) because I worked there for only 22 weeks of the last 36 weeks. My savings are almost gone and I cannot pay next month’s rent.',
          'I was not able to complete the online application because the DigiD page kept giving an error, so I am sending this letter. Please let me know which documents you need and whether I can have an advance payment. I can come to the office any day.',
        ],
        closing: 'Kind regards,',
        signature: 'L. Mitchell',
        signedBy: ['Laura Mitchell', 'phone +31 6 2140 9981'],
      }),
  });
  add({
    id: 'application-email-english-known-client',
    type: 'benefit_application',
    client: selam.kn,
    expected: 'route',
    language: 'en',
    render: 'digital',
    label: 'E-mail in English: former client applies again after her contract ended, client number quoted',
    date: '2026-09-01',
    producer: 'Gmail - Print',
    build: () => {
      const d = new Doc({ font: 'sans', size: 9.5, margin: 18, top: 14 });
      d.text(`Gmail                                                                                       Selam Habte <${selam.email}>`, {
        size: 8,
        color: INK.grey,
      });
      d.rule({ w: 0.3, color: INK.grey });
      d.text('Request to restart my benefit', { font: 'sansB', size: 13 });
      d.text('1 message', { size: 8, color: INK.grey });
      d.rule({ w: 0.3, color: INK.grey });
      d.text(`Selam Habte <${selam.email}>                                                  Tue, Sep 1, 2026 at 9:02 AM`, {
        size: 8.5,
        font: 'sansB',
      });
      d.text('To: intake@gemeente-voorbeeld.example', { size: 8.5, color: INK.grey });
      d.gap(4);
      d.text(
        [
          'Hello,',
          '',
          `I received social assistance until March this year (client number ${selam.kn}). From 1 April I worked at a distribution centre on a temporary contract, but the contract was not extended and ended on 31 August.`,
          '',
          'I would like to apply for bijstand again from 1 September. I have attached my last payslip and the letter from the employer. I do not have a right to WW because the contract was too short, according to UWV.',
          '',
          'Can you tell me if I must fill in the whole application form again or if my old file can be used?',
          '',
          'Thank you,',
          'Selam Habte',
        ].join('\n'),
      );
      d.gap(4);
      d.text('2 attachments:  loonstrook_aug.pdf   einde_contract.pdf', { size: 8, color: INK.grey });
      return d;
    },
  });
  add({
    id: 'zayava-dopomoha-uk',
    type: 'benefit_application',
    client: null,
    expected: 'route',
    language: 'uk',
    render: 'scan',
    label: 'Application letter in Ukrainian by a newcomer (valid BSN, not in directory)',
    date: '2026-04-27',
    build: () =>
      letter({
        sender: [S.kovalenko.name, S.kovalenko.street, `${S.kovalenko.pc} Voorbeeld`, `BSN: ${S.kovalenko.bsn}`],
        to: GEMEENTE,
        place: `Voorbeeld, ${date('2026-04-27', 'dot')}`,
        subject: 'Заява про надання соціальної допомоги (bijstand)',
        salutation: 'Шановні пані та панове!',
        body: [
          `Я, Олена Коваленко, ${date(S.kovalenko.birth, 'dot')} р. н., з березня 2022 року проживаю в Нідерландах. Раніше я жила в муніципальному притулку, а з 1 квітня 2026 року орендую кімнату за вказаною адресою.`,
          'До кінця березня я працювала на складі через агенцію, але мій контракт закінчився. Зараз я не маю жодного доходу, а мої заощадження майже вичерпані. Прошу надати мені соціальну допомогу на проживання.',
          'Додаю копію посвідки на проживання, договір оренди та виписку з банку. Прошу повідомити, які ще документи потрібні. Якщо можливо, прошу запросити перекладача на співбесіду.',
        ],
        closing: 'З повагою,',
        signature: 'О. Коваленко',
        signedBy: ['Олена Коваленко', 'тел. +31 6 4477 0912'],
      }),
  });

  return specs;
}
