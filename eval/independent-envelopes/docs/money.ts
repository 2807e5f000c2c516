/**
 * Money papers: payslips (four employers, four layouts), bank statements (three banks), Belastingdienst
 * and employer tax papers, and debt papers (collection agency, bailiff, energy supplier, municipal taxes,
 * the credit bank's debt counselling).
 */
import {
  A4,
  addDays,
  addMonths,
  addressLines,
  type Day,
  type Doc,
  dLong,
  dNum,
  dSlash,
  eur,
  Flow,
  fmtBsn,
  fmtIban,
  formal,
  geachte,
  isoWeek,
  maand,
  makeIban,
  type NumStyle,
  num,
  numberOps,
  type Op,
  type Person,
  type Rng,
  round2,
} from '../lib/core.ts';
import { letter, logoOps, type Org } from '../lib/letter.ts';
import { barcode, CONSULTANTS, type DocCtx, inWords, mk, toAddr } from './common.ts';

// ---------------------------------------------------------------------------------------------
// Payslips

export type Employer = 'flexwerk' | 'glansrijk' | 'wilgenhof' | 'damarco';

export const EMPLOYERS: Record<Employer, Org & { function: string[]; rate: [number, number] }> = {
  flexwerk: {
    name: 'FlexWerk Uitzendbureau B.V.',
    lines: ['Industrieweg 12', '1231 BK Voorbeeld'],
    phone: '0223 - 61 44 00',
    email: 'loonadministratie@flexwerk.example',
    kvk: '61234987',
    logo: 'circle',
    color: '#d35400',
    place: 'Voorbeeld',
    function: ['Orderpicker', 'Productiemedewerker', 'Heftruckchauffeur', 'Inpakker'],
    rate: [14.71, 16.2],
  },
  glansrijk: {
    name: 'Schoonmaakbedrijf Glansrijk B.V.',
    lines: ['Nijverheidsweg 40', '1234 BZ Voorbeeld'],
    phone: '0223 - 55 10 20',
    email: 'salaris@glansrijk.example',
    kvk: '50011223',
    logo: 'wave',
    color: '#137a7f',
    nameFont: 'serifB',
    place: 'Voorbeeld',
    function: ['Schoonmaakmedewerker', 'Glazenwasser', 'Objectleider'],
    rate: [15.02, 16.85],
  },
  wilgenhof: {
    name: 'Zorgcentrum De Wilgenhof',
    sub: 'Stichting Zorg Voorbeeld e.o.',
    lines: ['Wilgenlaan 1', '1236 AA Voorbeeld'],
    phone: '0223 - 70 70 70',
    email: 'p&o@wilgenhof.example',
    kvk: '41098765',
    logo: 'house',
    color: '#5b3c88',
    place: 'Voorbeeld',
    function: ['Medewerker facilitair', 'Helpende zorg en welzijn', 'Medewerker keuken', 'Gastvrouw'],
    rate: [15.4, 18.1],
  },
  damarco: {
    name: 'Pizzeria Da Marco',
    lines: ['Marktplein 9', '1233 WA Voorbeeld'],
    phone: '0223 - 41 22 33',
    logo: 'none',
    color: '#111',
    place: 'Voorbeeld',
    function: ['Bezorger', 'Keukenhulp', 'Bediening'],
    rate: [14.71, 14.71],
  },
};

interface Pay {
  hours: number;
  rate: number;
  bruto: number;
  extra: number;
  extraLabel: string;
  vakgeld: number;
  pension: number;
  lh: number;
  travel: number;
  netto: number;
}

function pay(r: Rng, hours: number, rate: number, pensionPct: number): Pay {
  const base = round2(hours * rate);
  const extra = r.chance(0.6) ? round2(r.int(2, 10) * rate * r.pick([0.25, 0.3, 0.5])) : 0;
  const bruto = round2(base + extra);
  const vakgeld = 0;
  const pension = round2(bruto * pensionPct);
  const lh = round2(Math.max(0, (bruto - pension) * r.float(0.04, 0.11)));
  const travel = r.chance(0.5) ? round2(r.int(4, 20) * 0.23 * 2 * (hours > 60 ? 4 : 1)) : 0;
  return {
    hours,
    rate,
    bruto,
    extra,
    extraLabel: r.pick(['Toeslag avonduren', 'Ploegentoeslag', 'Toeslag zaterdag', 'Overuren 125%']),
    vakgeld,
    pension,
    lh,
    travel,
    netto: round2(bruto - pension - lh + travel),
  };
}

export interface PayslipOpts {
  employer: Employer;
  /** for weekly slips: the Monday of the week; for monthly: any day in the month */
  period: Day;
  personnelNo?: string;
  job?: string;
  /** give the monthly slip a second page with the hour specification */
  hoursPage?: boolean;
  num?: NumStyle;
}

export function payslip(c: DocCtx, o: PayslipOpts): Doc {
  switch (o.employer) {
    case 'flexwerk':
      return payslipFlex(c, o);
    case 'glansrijk':
      return payslipGlans(c, o);
    case 'wilgenhof':
      return payslipZorg(c, o);
    case 'damarco':
      return payslipMono(c, o);
  }
}

function payslipFlex(c: DocCtx, o: PayslipOpts): Doc {
  const { r, p } = c;
  const e = EMPLOYERS.flexwerk;
  const wk = isoWeek(o.period);
  const end = addDays(o.period, 6);
  const rate = round2(r.float(e.rate[0], e.rate[1]));
  const hrs = r.pick([24, 32, 36, 38, 40, 29.5, 34.25]);
  const pp = pay(r, hrs, rate, wk > 26 ? 0.058 : 0);
  const vak = round2(pp.bruto * 0.0833);
  const ops: Op[] = [];
  ops.push(...logoOps('circle', 56, 40, e.color, 'FW'));
  ops.push({ t: 'text', x: 96, y: 54, s: e.name, f: 'sansB', size: 12, color: e.color });
  ops.push({ t: 'text', x: 96, y: 66, s: `${e.lines.join(', ')} · KvK ${e.kvk}`, f: 'sans', size: 7.5, color: '#444' });
  ops.push({ t: 'text', x: A4.w - 56, y: 56, s: 'LOONSTROOK', f: 'sansB', size: 16, align: 'right' });
  ops.push({
    t: 'text',
    x: A4.w - 56,
    y: 72,
    s: `Week ${String(wk).padStart(2, '0')} - ${o.period.getUTCFullYear()}`,
    f: 'sans',
    size: 10,
    align: 'right',
  });
  ops.push({ t: 'text', x: A4.w - 56, y: 84, s: `Periode ${dNum(o.period)} t/m ${dNum(end)}`, f: 'sans', size: 8, align: 'right' });
  ops.push({ t: 'rect', x: 56, y: 104, w: 230, h: 70, stroke: '#999', lw: 0.5 });
  toAddr(p).forEach((l, i) => {
    ops.push({ t: 'text', x: 66, y: 124 + i * 13, s: l, f: 'sans', size: 9.5 });
  });
  const info: [string, string][] = [
    ['Personeelsnummer', o.personnelNo ?? r.digits(6)],
    ['Burgerservicenummer', p.bsn],
    ['Geboortedatum', dNum(p.birth)],
    ['Functie', o.job ?? r.pick(e.function)],
    ['Opdrachtgever', r.pick(['Distributiecentrum Polderpoort', 'Kwekerij Van Wijk', 'Vleeswaren Noord B.V.'])],
    ['Fase / CAO', `${r.pick(['Fase A', 'Fase A', 'Fase B'])} / ABU`],
    ['Loonheffingskorting', 'Ja'],
    ['Tabel', 'Wit week'],
  ];
  info.forEach(([k, v], i) => {
    ops.push({ t: 'text', x: 320, y: 112 + i * 10.5, s: k, f: 'sans', size: 7.5, color: '#444' });
    ops.push({ t: 'text', x: 420, y: 112 + i * 10.5, s: v, f: 'sans', size: 7.5 });
  });
  const f = new Flow(56, A4.w - 56, 60, A4.h - 70, 212);
  f.pages[0] = ops;
  const rows: string[][] = [['100', 'Gewerkte uren 100%', num(pp.hours), num(rate, 4), eur(round2(pp.hours * rate), false), '']];
  if (pp.extra) rows.push(['130', pp.extraLabel, num(round2(pp.extra / rate / 0.25) / 4), num(rate * 0.25, 4), eur(pp.extra, false), '']);
  rows.push(['210', 'Reservering vakantiegeld 8%', '', '', '', eur(vak * 0.96, false)]);
  rows.push(['220', 'Reservering vakantie-uren', '', '', '', num(pp.hours * 0.1)]);
  if (pp.pension) rows.push(['400', 'Pensioenpremie StiPP', '', '', `-${eur(pp.pension, false)}`, '']);
  rows.push(['500', 'Loonheffing', '', '', `-${eur(pp.lh, false)}`, '']);
  if (pp.travel) rows.push(['610', 'Reiskostenvergoeding (onbelast)', '', '0,23', eur(pp.travel, false), '']);
  f.table(
    [
      { w: 36, head: 'Code' },
      { w: 190, head: 'Omschrijving' },
      { w: 55, head: 'Aantal', align: 'right' },
      { w: 60, head: 'Tarief', align: 'right' },
      { w: 70, head: 'Bedrag', align: 'right' },
      { w: 70, head: 'Reservering', align: 'right' },
    ],
    rows,
    { size: 8.5, headFill: '#f3e1d3', rule: true },
  );
  f.space(12);
  f.block(82, (b, y) => {
    b.push({ t: 'rect', x: 300, y, w: A4.w - 356, h: 74, stroke: '#333', lw: 0.7 });
    const tot: [string, string][] = [
      ['Bruto loon', eur(pp.bruto)],
      ['Loon voor de loonheffing', eur(pp.bruto - pp.pension)],
      ['Totaal inhoudingen', eur(pp.pension + pp.lh)],
      ['Netto uit te betalen', eur(pp.netto)],
    ];
    tot.forEach(([k, v], i) => {
      const bold = i === 3;
      b.push({ t: 'text', x: 308, y: y + 16 + i * 16, s: k, f: bold ? 'sansB' : 'sans', size: 9 });
      b.push({ t: 'text', x: A4.w - 64, y: y + 16 + i * 16, s: v, f: bold ? 'sansB' : 'sans', size: 9, align: 'right' });
    });
    b.push({ t: 'text', x: 56, y: y + 16, s: 'Betaald op rekening', f: 'sans', size: 8, color: '#444' });
    b.push({ t: 'text', x: 56, y: y + 28, s: fmtIban(p.iban), f: 'sans', size: 8 });
    b.push({ t: 'text', x: 56, y: y + 44, s: 'Betaaldatum', f: 'sans', size: 8, color: '#444' });
    b.push({ t: 'text', x: 56, y: y + 56, s: dNum(addDays(end, 5)), f: 'sans', size: 8 });
  });
  f.heading('Cumulatieven en saldi', { size: 9 });
  f.table(
    [
      { w: 200, head: 'Omschrijving' },
      { w: 90, head: 'Deze periode', align: 'right' },
      { w: 90, head: 'Cumulatief', align: 'right' },
    ],
    [
      ['Loon voor de loonheffing', eur(pp.bruto - pp.pension, false), eur((pp.bruto - pp.pension) * wk * 0.93, false)],
      ['Ingehouden loonheffing', eur(pp.lh, false), eur(pp.lh * wk * 0.93, false)],
      ['Gewerkte uren', num(pp.hours), num(pp.hours * wk * 0.93)],
      ['Saldo vakantiegeld', '', eur(vak * wk * 0.9, false)],
      ['Saldo vakantie-uren', '', num(pp.hours * 0.1 * wk * 0.6)],
    ],
    { size: 8, rule: true },
  );
  if (o.hoursPage) {
    // the back page: hours as registered at the client company, and an explanation of the reservations
    f.newPage();
    f.heading(`Urenverantwoording week ${wk}`, { size: 10 });
    const days: string[][] = [];
    let left = pp.hours;
    for (let d = 0; d < 6 && left > 0; d++) {
      const h = Math.min(left, r.pick([6, 7.5, 8, 8]));
      left -= h;
      const startH = r.pick([6, 7, 14]);
      days.push([
        ['ma', 'di', 'wo', 'do', 'vr', 'za'][d]!,
        dNum(addDays(o.period, d)),
        `${String(startH).padStart(2, '0')}:00`,
        `${String(startH + Math.ceil(h + 0.5)).padStart(2, '0')}:${h % 1 ? '00' : '30'}`,
        '0:30',
        num(h),
      ]);
    }
    f.table(
      [
        { w: 40, head: 'Dag' },
        { w: 90, head: 'Datum' },
        { w: 70, head: 'Begin' },
        { w: 70, head: 'Eind' },
        { w: 60, head: 'Pauze' },
        { w: 60, head: 'Uren', align: 'right' },
      ],
      days,
      { size: 8.5, rule: true },
    );
    f.space(8);
    f.text('Uren zoals goedgekeurd door de opdrachtgever in het urenportaal.', { size: 8, color: '#555', after: 10 });
    f.heading('Toelichting reserveringen', { size: 10 });
    f.paras(
      [
        'Vakantiegeld: over uw loon reserveren wij 8% vakantiegeld. Het opgebouwde bedrag betalen wij uit in de laatste week van mei, of eerder als uw uitzendovereenkomst eindigt.',
        'Vakantie-uren: u bouwt per gewerkt uur vakantie-uren op. Wilt u vrij nemen, vraag dit dan aan bij uw intercedent en bij de opdrachtgever. Niet opgenomen uren worden aan het einde van het jaar niet automatisch uitbetaald.',
        'Feestdagen en kort verzuim: ook hiervoor reserveren wij een percentage. Op een erkende feestdag waarop u normaal zou werken, krijgt u het gereserveerde bedrag uitbetaald.',
      ],
      { size: 8.5 },
    );
  }
  const pages = f.pages;
  return mk(
    'payslip',
    p,
    'nl',
    pages.map((ops2, i) => ({
      ops: [
        ...ops2,
        {
          t: 'text',
          x: 56,
          y: A4.h - 40,
          s: `Vragen over uw loonstrook? Mail naar ${e.email} o.v.v. uw personeelsnummer.`,
          f: 'sans',
          size: 6.5,
          color: '#555',
        },
        ...numberOps(o.num ?? 'none', 'bottom-right', i, pages.length),
      ],
    })),
    `loonstrook week ${wk}, FlexWerk`,
    (o.num ?? 'none') !== 'none',
  );
}

function payslipGlans(c: DocCtx, o: PayslipOpts): Doc {
  const { r, p } = c;
  const e = EMPLOYERS.glansrijk;
  const m = o.period.getUTCMonth() + 1;
  const y = o.period.getUTCFullYear();
  const rate = round2(r.float(e.rate[0], e.rate[1]));
  const hrs = r.pick([52, 65, 78, 86.67, 104, 121.33]);
  const pp = pay(r, hrs, rate, 0.061);
  const ops: Op[] = [];
  ops.push(...logoOps('wave', 56, 36, e.color));
  ops.push({ t: 'text', x: 104, y: 52, s: e.name, f: 'serifB', size: 13, color: e.color });
  ops.push({ t: 'text', x: 104, y: 64, s: e.lines.join(' - '), f: 'serif', size: 7.5, color: '#444' });
  ops.push({ t: 'rect', x: 56, y: 84, w: A4.w - 112, h: 22, fill: '#dcefef' });
  ops.push({ t: 'text', x: 64, y: 99, s: `Salarisspecificatie ${maand(m)} ${y}`, f: 'sansB', size: 11 });
  ops.push({ t: 'text', x: A4.w - 64, y: 99, s: `Periode ${m}/${y}`, f: 'sans', size: 9, align: 'right' });
  const grid: [string, string][] = [
    ['Naam', formal(p)],
    ['Adres', addressLines(p).join(', ')],
    ['Personeelsnr.', o.personnelNo ?? `GL-${r.digits(5)}`],
    ['BSN', fmtBsn(p.bsn, 1)],
    ['Geboortedatum', dSlash(p.birth)],
    ['In dienst', dSlash(addMonths(o.period, -r.int(2, 30)))],
    ['Functie', o.job ?? r.pick(e.function)],
    ['Contracturen p/w', num(hrs / 4.33, 1)],
    ['Uurloon', eur(rate)],
    ['Loonheffingskorting', 'Ja'],
  ];
  grid.forEach(([k, v], i) => {
    const col = i % 2;
    const row = Math.floor(i / 2);
    ops.push({ t: 'text', x: 64 + col * 245, y: 128 + row * 13, s: k, f: 'sans', size: 7.5, color: '#555' });
    ops.push({ t: 'text', x: 140 + col * 245, y: 128 + row * 13, s: v, f: 'sans', size: 8 });
  });
  const f = new Flow(56, A4.w - 56, 60, A4.h - 70, 200);
  f.pages[0] = ops;
  const rows: string[][] = [['1000', 'Uurloon', num(hrs), num(rate), eur(round2(hrs * rate), false), '', 'T/S']];
  if (pp.extra) rows.push(['1040', pp.extraLabel, '', '', eur(pp.extra, false), '', 'T/S']);
  rows.push(['2100', 'Pensioenpremie werknemer', '', '', '', eur(pp.pension, false), 'T']);
  rows.push(['3000', 'Loonheffing', '', '', '', eur(pp.lh, false), '']);
  if (pp.travel) rows.push(['4100', 'Reiskosten woon-werk', '', '', eur(pp.travel, false), '', '']);
  rows.push(['', '', '', '', '', '', '']);
  rows.push(['', 'Totaal', '', '', eur(pp.bruto + pp.travel, false), eur(pp.pension + pp.lh, false), '']);
  f.table(
    [
      { w: 40, head: 'Code' },
      { w: 170, head: 'Omschrijving' },
      { w: 50, head: 'Eenh.', align: 'right' },
      { w: 50, head: 'Tarief', align: 'right' },
      { w: 70, head: 'Betaling', align: 'right' },
      { w: 70, head: 'Inhouding', align: 'right' },
      { w: 33, head: 'Tab.', align: 'center' },
    ],
    rows,
    { size: 8.5, grid: true, headFill: '#eef6f6', bold: new Set([rows.length - 1]) },
  );
  f.space(12);
  f.block(36, (b, yy) => {
    b.push({ t: 'rect', x: A4.w - 236, y: yy, w: 180, h: 26, fill: '#dcefef', stroke: '#137a7f', lw: 0.8 });
    b.push({ t: 'text', x: A4.w - 228, y: yy + 17, s: 'Netto salaris', f: 'sansB', size: 10 });
    b.push({ t: 'text', x: A4.w - 64, y: yy + 17, s: eur(pp.netto), f: 'sansB', size: 10, align: 'right' });
    b.push({ t: 'text', x: 56, y: yy + 10, s: `Overgemaakt op ${fmtIban(p.iban)}`, f: 'sans', size: 8 });
    b.push({ t: 'text', x: 56, y: yy + 22, s: `t.n.v. ${p.initials} ${p.last}`, f: 'sans', size: 8 });
  });
  f.kv(
    [
      ['Saldo verlofuren', num(r.float(10, 80))],
      ['Opgebouwd vakantiegeld', eur(pp.bruto * 0.08 * m)],
      ['Fiscaal loon cumulatief', eur((pp.bruto - pp.pension) * m)],
      ['Loonheffing cumulatief', eur(pp.lh * m)],
    ],
    { size: 8, labelW: 160 },
  );
  if (o.hoursPage) {
    // continuation page: a plain day-by-day table that simply runs on
    f.newPage();
    if (r.chance(0.5)) f.heading('Specificatie gewerkte uren', { size: 10 });
    const rows2: string[][] = [];
    const first = new Date(Date.UTC(y, m - 1, 1));
    for (let d = 0; d < 28; d++) {
      const dd = addDays(first, d);
      const dow = dd.getUTCDay();
      if (dow === 0) continue;
      const h = dow === 6 ? (r.chance(0.3) ? 4 : 0) : r.pick([3, 4, 4, 5, 6]);
      if (!h) continue;
      rows2.push([
        dNum(dd),
        r.pick(['Kantoorpand Stationsweg', 'Basisschool De Regenboog', 'Gemeentehuis', 'Sporthal Noord']),
        `${r.pick(['06:00', '07:00', '17:30', '18:00'])}`,
        num(h),
        dow === 6 ? 'za' : '',
      ]);
    }
    f.table(
      [
        { w: 80, head: 'Datum' },
        { w: 200, head: 'Object' },
        { w: 60, head: 'Aanvang' },
        { w: 60, head: 'Uren', align: 'right' },
        { w: 60, head: 'Toeslag' },
      ],
      rows2,
      { size: 8.5, rule: true },
    );
  }
  const pages = f.pages;
  const ns = o.num ?? 'none';
  return mk(
    'payslip',
    p,
    'nl',
    pages.map((ops2, i) => ({
      ops: [
        ...ops2,
        { t: 'text', x: 56, y: A4.h - 40, s: `${e.name} · KvK ${e.kvk} · ${e.email}`, f: 'sans', size: 6.5, color: '#555' },
        ...numberOps(ns, 'bottom-right', i, pages.length),
      ],
    })),
    `salarisspecificatie ${maand(m)} ${y}, Glansrijk`,
    ns !== 'none',
  );
}

function payslipZorg(c: DocCtx, o: PayslipOpts): Doc {
  const { r, p } = c;
  const e = EMPLOYERS.wilgenhof;
  // four-weekly periods starting on Monday 29 December 2025
  const start0 = Date.UTC(2025, 11, 29);
  const idx = Math.max(0, Math.floor((o.period.getTime() - start0) / (28 * 86400000)));
  const from = new Date(start0 + idx * 28 * 86400000);
  const to = addDays(from, 27);
  const per = idx + 1;
  const rate = round2(r.float(e.rate[0], e.rate[1]));
  const hrs = r.pick([64, 72, 96, 112, 128]);
  const pp = pay(r, hrs, rate, 0.0795);
  const ops: Op[] = [];
  ops.push(...logoOps('house', 56, 36, e.color));
  ops.push({ t: 'text', x: 98, y: 52, s: e.name, f: 'sansB', size: 13, color: e.color });
  ops.push({ t: 'text', x: 98, y: 64, s: e.sub!, f: 'sans', size: 8, color: '#444' });
  ops.push({
    t: 'text',
    x: 56,
    y: 104,
    s: `SALARISSTROOK PERIODE ${per} - ${from.getUTCFullYear() + (per === 1 ? 1 : 0)}`,
    f: 'sansB',
    size: 11,
  });
  ops.push({ t: 'text', x: 56, y: 118, s: `${dNum(from)} t/m ${dNum(to)}`, f: 'sans', size: 8.5 });
  ops.push({ t: 'text', x: 340, y: 104, s: 'Vertrouwelijk', f: 'sansI', size: 8 });
  toAddr(p).forEach((l, i) => {
    ops.push({ t: 'text', x: 340, y: 118 + i * 12, s: l, f: 'sans', size: 9 });
  });
  const f = new Flow(56, A4.w - 56, 70, A4.h - 70, 170);
  f.pages[0] = ops;
  f.kv(
    [
      ['Medewerkernummer', o.personnelNo ?? r.digits(7)],
      ['Burgerservicenummer', fmtBsn(p.bsn, 2)],
      ['Functie / schaal', `${o.job ?? r.pick(e.function)} / FWG ${r.int(15, 30)}`],
      ['Dienstverband', `${num(hrs / 4, 0)} uur per week, bepaalde tijd`],
      ['Afdeling', r.pick(['Woonzorg De Es', 'Restaurant', 'Huishouding', 'Receptie'])],
    ],
    { size: 8.5, labelW: 130 },
  );
  f.space(6);
  const rows = [
    ['Salaris', num(hrs), eur(rate, false), eur(round2(hrs * rate), false), ''],
    ...(pp.extra ? [['Onregelmatigheidstoeslag', '', '', eur(pp.extra, false), '']] : []),
    ['Pensioenpremie PZV', '', '', '', eur(pp.pension, false)],
    ['Loonheffing', '', '', '', eur(pp.lh, false)],
    ...(pp.travel ? [['Reiskosten', '', '', eur(pp.travel, false), '']] : []),
    ['Netto te betalen', '', '', '', eur(pp.netto, false)],
  ];
  f.table(
    [
      { w: 200, head: 'Looncomponent' },
      { w: 60, head: 'Uren', align: 'right' },
      { w: 60, head: 'Tarief', align: 'right' },
      { w: 80, head: 'Bij', align: 'right' },
      { w: 80, head: 'Af', align: 'right' },
    ],
    rows,
    { size: 8.5, rule: true, headFill: '#e8e0f2', bold: new Set([rows.length - 1]) },
  );
  f.space(10);
  f.text(`Het nettobedrag wordt rond de 25e overgemaakt op rekening ${fmtIban(p.iban)}.`, { size: 8.5 });
  f.text(
    `Opbouw eindejaarsuitkering (8,33%) t/m deze periode: ${eur(pp.bruto * 0.0833 * per)}. Opbouw vakantiegeld (8%): ${eur(pp.bruto * 0.08 * per)}.`,
    {
      size: 8.5,
    },
  );
  // page 2: explanation, always part of this slip
  f.newPage();
  f.heading('Toelichting bij uw salarisstrook', { size: 11 });
  f.paras(
    [
      'Loonheffing: dit is het totaal van loonbelasting en premie volksverzekeringen. Wij houden rekening met de loonheffingskorting als u daarvoor heeft gekozen. Werkt u ook bij een andere werkgever of ontvangt u een uitkering, laat de korting dan maar door één partij toepassen.',
      'Pensioen: u bouwt pensioen op bij Pensioenfonds Zorg Voorbeeld (PZV). Het werknemersdeel van de premie ziet u op uw strook. Uw werkgever betaalt het grootste deel van de premie.',
      'Eindejaarsuitkering en vakantiegeld: beide bedragen bouwt u per periode op. Het vakantiegeld wordt in mei uitbetaald, de eindejaarsuitkering in december.',
      'Onregelmatigheidstoeslag: voor uren op avonden, nachten, in het weekend en op feestdagen ontvangt u een toeslag volgens de cao. De toeslag wordt een periode later uitbetaald.',
      'Heeft u vragen over uw salaris, neem dan contact op met de salarisadministratie via p&o@wilgenhof.example of telefonisch op werkdagen tussen 9.00 en 12.00 uur.',
    ],
    { size: 9 },
  );
  const pages = f.pages;
  const ns = o.num ?? 'bladXvanN';
  return mk(
    'payslip',
    p,
    'nl',
    pages.map((ops2, i) => ({ ops: [...ops2, ...numberOps(ns, 'top-right', i, pages.length)] })),
    `salarisstrook periode ${per}, De Wilgenhof`,
    ns !== 'none',
  );
}

function payslipMono(c: DocCtx, o: PayslipOpts): Doc {
  const { r, p } = c;
  const e = EMPLOYERS.damarco;
  const m = o.period.getUTCMonth() + 1;
  const y = o.period.getUTCFullYear();
  const hrs = r.pick([31.5, 44, 57.25, 68, 80.5]);
  const rate = 14.71;
  const pp = pay(r, hrs, rate, 0);
  const L: string[] = [];
  const pad = (s: string, n: number) => (s.length > n ? s.slice(0, n) : s + ' '.repeat(n - s.length));
  const lpad = (s: string, n: number) => ' '.repeat(Math.max(0, n - s.length)) + s;
  L.push('ADMINISTRATIEKANTOOR KUIPER                         LOONSTROOK');
  L.push(`Werkgever: ${pad(e.name, 30)}          Periode: ${String(m).padStart(2, '0')}-${y}`);
  L.push(`           ${pad(e.lines.join(', '), 45)}`);
  L.push('-'.repeat(66));
  L.push(`Werknemer: ${pad(`${p.last.toUpperCase()}, ${p.initials}`, 28)} Pers.nr: ${o.personnelNo ?? r.digits(3)}`);
  L.push(`Adres    : ${pad(p.street, 28)} BSN    : ${p.bsn}`);
  L.push(`           ${pad(`${p.postcode} ${p.city}`, 28)} Geb.dat: ${dNum(p.birth)}`);
  L.push(`Functie  : ${pad(o.job ?? r.pick(e.function), 28)} LH-kort: JA`);
  L.push('-'.repeat(66));
  L.push('OMSCHRIJVING                    AANTAL     TARIEF      BEDRAG');
  L.push(`Uren gewerkt                   ${lpad(num(hrs), 7)}  ${lpad(num(rate), 9)}  ${lpad(num(hrs * rate), 10)}`);
  if (pp.extra) L.push(`${pad(pp.extraLabel, 31)}${lpad('', 7)}  ${lpad('', 9)}  ${lpad(num(pp.extra), 10)}`);
  L.push(`${pad('Vakantiegeld reservering 8%', 31)}${lpad('', 7)}  ${lpad('', 9)}  ${lpad(num(pp.bruto * 0.08), 10)}  *`);
  L.push(`${pad('BRUTO LOON', 31)}                     ${lpad(num(pp.bruto), 10)}`);
  L.push(`${pad('Loonheffing', 31)}                     ${lpad(num(-pp.lh), 10)}`);
  if (pp.travel) L.push(`${pad('Fietsvergoeding', 31)}                     ${lpad(num(pp.travel), 10)}`);
  L.push('-'.repeat(66));
  L.push(`${pad('NETTO LOON', 31)}                     ${lpad(num(pp.netto), 10)}`);
  L.push('');
  L.push(`Uitbetaald op: ${p.iban}`);
  L.push('* = reservering, wordt in juni uitbetaald');
  L.push('');
  L.push('CUMULATIEF          FISC.LOON      LH       UREN');
  L.push(
    `t/m periode ${String(m).padStart(2, '0')}      ${lpad(num(pp.bruto * m), 9)}  ${lpad(num(pp.lh * m), 7)}  ${lpad(num(hrs * m), 7)}`,
  );
  const ops: Op[] = L.map((s, i) => ({ t: 'text', x: 60, y: 70 + i * 13, s, f: i === 0 ? 'monoB' : 'mono', size: 9 }));
  // tear-off perforation marks at the sides of continuous paper
  for (let yy = 20; yy < A4.h; yy += 17) {
    ops.push({ t: 'ellipse', cx: 18, cy: yy, rx: 3, ry: 3, stroke: '#bbb', lw: 0.5 });
    ops.push({ t: 'ellipse', cx: A4.w - 18, cy: yy, rx: 3, ry: 3, stroke: '#bbb', lw: 0.5 });
  }
  return mk('payslip', p, 'nl', [{ ops }], `loonstrook ${maand(m)} ${y}, Da Marco (matrixprint)`, false);
}

// ---------------------------------------------------------------------------------------------
// Bank statements

export const BANKS = {
  POLD: { name: 'Polderbank', color: '#0b5d3b', bic: 'POLDNL2A' },
  KUST: { name: 'Kustbank', color: '#0067b1', bic: 'KUSTNL2U' },
  ZZBK: { name: 'Zuiderzee Bank', color: '#8a1538', bic: 'ZZBKNL2Z' },
} as const;

interface Tx {
  d: Day;
  who: string;
  what: string;
  amount: number;
}

function transactions(r: Rng, p: Person, from: Day, to: Day, o: { salary?: string; benefit?: boolean }): Tx[] {
  const txs: Tx[] = [];
  const days = Math.round((to.getTime() - from.getTime()) / 86400000);
  const monthStarts: Day[] = [];
  for (let d = 0; d <= days; d++) {
    const dd = addDays(from, d);
    if (dd.getUTCDate() === 1) monthStarts.push(dd);
  }
  if (monthStarts.length === 0) monthStarts.push(from);
  const rent = round2(r.float(520, 860));
  for (const ms of monthStarts) {
    const mm = maand(ms.getUTCMonth() + 1);
    if (o.benefit !== false)
      txs.push({
        d: addDays(ms, r.int(-4, -1)),
        who: 'GEMEENTE VOORBEELD',
        what: `Participatiewet uitkering ${mm} klantnr ${p.clientNumber ?? ''}`.trim(),
        amount: round2(r.float(640, 1310)),
      });
    txs.push({
      d: addDays(ms, r.int(0, 2)),
      who: r.pick(['Woonstichting Het Anker', 'Vastgoedbeheer Rijnmond BV']),
      what: `Huur ${mm} ${p.street}`,
      amount: -rent,
    });
    txs.push({
      d: addDays(ms, r.int(18, 20)),
      who: 'Belastingdienst/Toeslagen',
      what: `HUURTOESLAG ${mm.toUpperCase()}`,
      amount: round2(r.float(190, 390)),
    });
    txs.push({ d: addDays(ms, r.int(18, 20)), who: 'Belastingdienst/Toeslagen', what: `ZORGTOESLAG ${mm.toUpperCase()}`, amount: 131 });
    txs.push({
      d: addDays(ms, r.int(1, 5)),
      who: 'Zekerzorg Zorgverzekeringen',
      what: `Premie ${mm} polis ${r.digits(8)}`,
      amount: -round2(r.float(148, 162)),
    });
    txs.push({
      d: addDays(ms, r.int(5, 12)),
      who: 'Stroomnet Noord',
      what: `Termijnbedrag energie klantnr ${r.digits(7)}`,
      amount: -r.int(85, 160),
    });
    txs.push({ d: addDays(ms, r.int(10, 20)), who: 'Belnet Mobiel', what: 'Factuur abonnement', amount: -round2(r.float(12, 28)) });
    if (o.salary) txs.push({ d: addDays(ms, r.int(20, 26)), who: o.salary, what: `Salaris ${mm}`, amount: round2(r.float(320, 980)) });
  }
  const n = Math.round(days * r.float(0.8, 1.3));
  for (let i = 0; i < n; i++) {
    const d = addDays(from, r.int(0, days));
    const k = r.int(0, 9);
    if (k < 4)
      txs.push({
        d,
        who: r.pick(['Supermarkt Versland', 'Dekkers Supermarkt', 'Buurtsuper Aydin', 'Discounter Prijsvrij']),
        what: 'Betaalpas',
        amount: -round2(r.float(4, 68)),
      });
    else if (k === 4)
      txs.push({
        d,
        who: 'Geldautomaat',
        what: r.pick(['Stationsweg Voorbeeld', 'Marktplein Voorbeeld']),
        amount: -r.pick([20, 50, 50, 100]),
      });
    else if (k === 5)
      txs.push({
        d,
        who: r.pick(['Apotheek De Linde', 'Drogisterij Van Dam', 'Bazaar Voorbeeld']),
        what: 'Betaalpas',
        amount: -round2(r.float(3, 35)),
      });
    else if (k === 6)
      txs.push({
        d,
        who: r.pick(['S. Yilmaz', 'M. de Boer', 'A. Nowak', 'F. Amrani']),
        what: r.pick(['Tikkie boodschappen', 'terug van lenen', 'verjaardag']),
        amount: round2(r.float(-40, 60)),
      });
    else if (k === 7) txs.push({ d, who: 'OV Regio Reizen', what: 'Saldo opladen OV-pas', amount: -r.pick([10, 20]) });
    else if (k === 8)
      txs.push({
        d,
        who: r.pick(['Snackbar De Hoek', 'Webwinkel Kooplokaal', 'Kapsalon Nour']),
        what: 'Betaalpas',
        amount: -round2(r.float(6, 45)),
      });
    else txs.push({ d, who: 'Kosten', what: 'Kosten betaalpakket', amount: -3.1 });
  }
  return txs.filter((t) => t.d >= from && t.d <= to).sort((a, b) => a.d.getTime() - b.d.getTime() || a.amount - b.amount);
}

export interface BankOpts {
  from: Day;
  to: Day;
  salary?: string;
  benefit?: boolean;
  num?: NumStyle;
  /** a second account of the same person (savings) */
  savings?: boolean;
}

export function bankStatement(c: DocCtx, o: BankOpts): Doc {
  const { r, p } = c;
  if (p.bank === 'KUST' && !o.savings) return bankKust(c, o);
  const bank = BANKS[p.bank === 'KUST' ? 'POLD' : p.bank];
  const iban = o.savings ? makeIban(r, p.bank === 'KUST' ? 'POLD' : p.bank) : p.iban;
  const txs = o.savings
    ? [
        { d: addDays(o.from, 3), who: `${p.initials} ${p.last}`, what: 'Overboeking naar spaarrekening', amount: r.int(10, 60) },
        { d: addDays(o.from, 20), who: 'Rente', what: 'Rentebijschrijving', amount: round2(r.float(0.1, 2)) },
      ]
    : transactions(r, p, o.from, o.to, o);
  const net = txs.reduce((a, t) => a + t.amount, 0);
  // choose the opening balance so that the closing balance is plausible (a little in the black)
  const start = round2(o.savings ? r.float(200, 3400) : r.float(40, 700) - net);
  const ns = o.num ?? 'none';
  const ops: Op[] = [];
  ops.push(...logoOps('bars', 56, 40, bank.color));
  ops.push({ t: 'text', x: 96, y: 62, s: bank.name, f: 'sansB', size: 18, color: bank.color });
  ops.push({
    t: 'text',
    x: A4.w - 56,
    y: 52,
    s: o.savings ? 'Afschrift spaarrekening' : 'Rekeningafschrift',
    f: 'sansB',
    size: 12,
    align: 'right',
  });
  ops.push({
    t: 'text',
    x: A4.w - 56,
    y: 66,
    s: `Afschriftnummer ${r.int(1, 12)} / ${o.to.getUTCFullYear()}`,
    f: 'sans',
    size: 8.5,
    align: 'right',
  });
  toAddr(p).forEach((l, i) => {
    ops.push({ t: 'text', x: 70, y: 150 + i * 12.5, s: l, f: 'sans', size: 10 });
  });
  const info: [string, string][] = [
    ['Rekeningnummer', fmtIban(iban)],
    ['BIC', bank.bic],
    ['Rekeninghouder', `${p.initials} ${p.last}`],
    ['Periode', `${dNum(o.from)} t/m ${dNum(o.to)}`],
    ['Vorig saldo', eur(start)],
  ];
  info.forEach(([k, v], i) => {
    ops.push({ t: 'text', x: 340, y: 150 + i * 12, s: k, f: 'sans', size: 8, color: '#555' });
    ops.push({ t: 'text', x: 430, y: 150 + i * 12, s: v, f: 'sans', size: 8 });
  });
  const repeat = ns !== 'none';
  const f = new Flow(56, A4.w - 56, repeat ? 84 : 56, A4.h - 66, 240, (pops) => {
    if (repeat) {
      pops.push({
        t: 'text',
        x: 56,
        y: 50,
        s: `${bank.name} · ${o.savings ? 'Afschrift spaarrekening' : 'Rekeningafschrift'} ${fmtIban(iban)}`,
        f: 'sansB',
        size: 8.5,
        color: bank.color,
      });
      pops.push({ t: 'text', x: 56, y: 62, s: `${p.initials} ${p.last} · periode ${dNum(o.from)} t/m ${dNum(o.to)}`, f: 'sans', size: 8 });
    }
    return repeat ? 84 : 56;
  });
  f.pages[0] = ops;
  let bal = start;
  const rows: string[][] = [];
  for (const t of txs) {
    bal = round2(bal + t.amount);
    rows.push([dNum(t.d).slice(0, 5), t.who, t.amount < 0 ? num(-t.amount) : '', t.amount > 0 ? num(t.amount) : '']);
    rows.push(['', t.what, '', '']);
  }
  const cols = [
    { w: 50, head: 'Datum' },
    { w: 293, head: 'Omschrijving' },
    { w: 70, head: 'Af', align: 'right' as const },
    { w: 70, head: 'Bij', align: 'right' as const },
  ];
  f.table(cols, rows, { size: 8, rowH: 11.5, repeatHead: repeat, headFill: '#eef2ef' });
  f.space(10);
  const totalAf = txs.filter((t) => t.amount < 0).reduce((a, t) => a - t.amount, 0);
  const totalBij = txs.filter((t) => t.amount > 0).reduce((a, t) => a + t.amount, 0);
  f.block(52, (b, y) => {
    b.push({ t: 'line', x1: 56, y1: y, x2: A4.w - 56, y2: y, w: 0.8 });
    b.push({ t: 'text', x: 60, y: y + 14, s: 'Totaal', f: 'sansB', size: 8.5 });
    b.push({ t: 'text', x: 465, y: y + 14, s: num(totalAf), f: 'sansB', size: 8.5, align: 'right' });
    b.push({ t: 'text', x: 535, y: y + 14, s: num(totalBij), f: 'sansB', size: 8.5, align: 'right' });
    b.push({ t: 'text', x: 60, y: y + 32, s: `Nieuw saldo per ${dNum(o.to)}`, f: 'sansB', size: 9.5 });
    b.push({ t: 'text', x: 535, y: y + 32, s: eur(bal), f: 'sansB', size: 9.5, align: 'right' });
  });
  const pages = f.pages;
  return mk(
    'bank_statement',
    p,
    'nl',
    pages.map((ops2, i) => ({
      ops: [
        ...ops2,
        {
          t: 'text',
          x: 56,
          y: A4.h - 40,
          s: `${bank.name} N.V. · Postbus 300, 1000 AH Amsterdam · Vragen? Bel 020 - 000 30 30 · Bewaar dit afschrift.`,
          f: 'sans',
          size: 6.5,
          color: '#666',
        },
        ...numberOps(ns, 'bottom-right', i, pages.length),
      ],
    })),
    `${o.savings ? 'spaarafschrift' : 'rekeningafschrift'} ${bank.name} ${dNum(o.from)}–${dNum(o.to)}`,
    ns !== 'none',
  );
}

/** internet-banking transaction list printed from a browser: header and footer lines of the browser */
function bankKust(c: DocCtx, o: BankOpts): Doc {
  const { r, p } = c;
  const bank = BANKS.KUST;
  const txs = transactions(r, p, o.from, o.to, o).reverse();
  const printed = addDays(o.to, r.int(1, 9));
  const hh = `${r.int(8, 21)}:${String(r.int(0, 59)).padStart(2, '0')}`;
  const f = new Flow(48, A4.w - 48, 50, A4.h - 50, 50);
  f.ops.push(...logoOps('bars', 48, 46, bank.color));
  f.ops.push({ t: 'text', x: 86, y: 68, s: 'Mijn Kustbank', f: 'sansB', size: 15, color: bank.color });
  f.ops.push({
    t: 'text',
    x: A4.w - 48,
    y: 68,
    s: `Ingelogd als ${p.initials} ${p.last}`,
    f: 'sans',
    size: 8,
    align: 'right',
    color: '#555',
  });
  f.y = 90;
  f.text('Betaalrekening', { f: 'sansB', size: 12 });
  f.text(`${fmtIban(p.iban)}  ·  ${p.name}`, { size: 9 });
  f.text(`Transacties van ${dNum(o.from)} tot en met ${dNum(o.to)}`, { size: 9, color: '#555', after: 8 });
  let bal = round2(r.float(20, 600));
  const rows: string[][] = [];
  for (const t of txs) {
    rows.push([dLong(t.d), `${t.who} — ${t.what}`.slice(0, 62), `${t.amount > 0 ? '+' : '−'} ${num(Math.abs(t.amount))}`, eur(bal)]);
    bal = round2(bal - t.amount);
  }
  f.table(
    [
      { w: 90, head: 'Datum' },
      { w: 280, head: 'Omschrijving' },
      { w: 65, head: 'Bedrag', align: 'right' },
      { w: 64, head: 'Saldo', align: 'right' },
    ],
    rows,
    { size: 7.8, rowH: 15, rule: true, hf: 'sansB' },
  );
  const pages = f.pages;
  const url = `https://mijn.kustbank.example/betalen/rekening/${p.iban.slice(-6)}/transacties?van=${dNum(o.from)}`;
  return mk(
    'bank_statement',
    p,
    'nl',
    pages.map((ops, i) => ({
      ops: [
        ...ops,
        { t: 'text', x: 30, y: 22, s: `${dNum(printed)} ${hh}`, f: 'sans', size: 7 },
        { t: 'text', x: A4.w / 2, y: 22, s: 'Transacties - Mijn Kustbank', f: 'sans', size: 7, align: 'center' },
        { t: 'text', x: 30, y: A4.h - 18, s: url, f: 'sans', size: 7 },
        { t: 'text', x: A4.w - 30, y: A4.h - 18, s: `${i + 1}/${pages.length}`, f: 'sans', size: 7, align: 'right' },
      ],
    })),
    `transactieoverzicht Kustbank (browserprint)`,
    true,
  );
}

export function bankYearOverview(c: DocCtx): Doc {
  const { r, p } = c;
  const bank = BANKS.ZZBK;
  const iban2 = makeIban(r, 'ZZBK');
  const pages = letter({
    r,
    org: {
      name: bank.name,
      lines: ['Postbus 1500', '8200 AB Lelystad'],
      logo: 'bars',
      color: bank.color,
      place: 'Lelystad',
      web: 'zuiderzeebank.example',
    },
    head: 'corp',
    to: toAddr(p),
    date: c.date,
    refs: [['Klantnummer', r.digits(8)]],
    subject: `Uw financieel jaaroverzicht ${c.date.getUTCFullYear() - 1}`,
    salutation: geachte(p),
    body: [
      `Hierbij ontvangt u het jaaroverzicht van uw rekeningen bij Zuiderzee Bank over ${c.date.getUTCFullYear() - 1}. U kunt dit overzicht gebruiken voor uw belastingaangifte of als u bij een instantie moet aantonen wat uw saldo was op 1 januari.`,
      {
        table: {
          cols: [
            { w: 170, head: 'Rekening' },
            { w: 110, head: 'Soort' },
            { w: 90, head: 'Saldo 1-1', align: 'right' },
            { w: 90, head: 'Rente', align: 'right' },
          ],
          rows: [
            [fmtIban(p.iban.startsWith('NL') && p.bank === 'ZZBK' ? p.iban : iban2), 'Betaalrekening', eur(r.float(-50, 600)), eur(0)],
            [fmtIban(makeIban(r, 'ZZBK')), 'Internetsparen', eur(r.float(0, 2600)), eur(r.float(0, 18))],
          ],
        },
      },
      'Heeft u vragen over dit overzicht? Kijk op zuiderzeebank.example/jaaroverzicht of bel onze klantenservice.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: ['Zuiderzee Bank', 'Klantenservice'],
    sign: false,
    num: 'none',
    footer: [
      'Zuiderzee Bank N.V. is statutair gevestigd te Lelystad, KvK 30012345. Dit overzicht is automatisch aangemaakt en daarom niet ondertekend.',
    ],
  });
  return mk('bank_statement', p, 'nl', pages, `jaaroverzicht ${c.date.getUTCFullYear() - 1} Zuiderzee Bank`, false);
}

// ---------------------------------------------------------------------------------------------
// Tax papers

const BELASTING: Org = {
  name: 'Belastingdienst',
  sub: 'Toeslagen',
  lines: ['Postbus 8400', '6400 AX Heerlen'],
  phone: '0800 - 0543 (BelastingTelefoon)',
  web: 'www.toeslagen.example',
  logo: 'crown',
  color: '#154273',
  nameFont: 'serifB',
  place: 'Heerlen',
};

export function huurtoeslag(c: DocCtx, o: { num?: NumStyle; final?: boolean } = {}): Doc {
  const { r, p } = c;
  const year = c.date.getUTCFullYear();
  const rent = round2(r.float(560, 880));
  const monthly = r.int(140, 390);
  const income = r.int(16000, 29000);
  const rows = Array.from({ length: 12 }, (_, i) => [
    maand(i + 1),
    eur(rent),
    eur(monthly),
    i < c.date.getUTCMonth() ? 'betaald' : 'wordt betaald',
  ]);
  const pages = letter({
    r,
    org: BELASTING,
    head: 'gov',
    to: [`${p.initials} ${p.last}`, ...addressLines(p)],
    returnAddress: '> Retouradres Postbus 8400 6400 AX Heerlen',
    date: c.date,
    dateLine: dLong(c.date),
    refs: [
      ['Burgerservicenummer', fmtBsn(p.bsn, 1)],
      ['Toeslagnummer', r.digits(9)],
    ],
    subject: `Voorlopige berekening huurtoeslag ${year}`,
    salutation: geachte(p),
    body: [
      `U krijgt in ${year} huurtoeslag. U krijgt ${eur(monthly)} per maand. In deze brief leest u hoe wij dit bedrag hebben berekend en welke gegevens wij hebben gebruikt. Controleer deze gegevens goed.`,
      { h: 'Uw huurtoeslag' },
      {
        kv: [
          ['Huurtoeslag per maand', eur(monthly)],
          [`Huurtoeslag over heel ${year}`, eur(monthly * 12)],
          ['Eerste betaling', `rond de 20e van ${maand(c.date.getUTCMonth() + 1)}`],
        ],
      },
      { h: 'Welke gegevens hebben wij gebruikt?' },
      {
        kv: [
          ['Uw geschatte inkomen', eur(income)],
          ['Toeslagpartner', r.chance(0.8) ? 'geen' : 'ja'],
          ['Medebewoners', r.chance(0.7) ? 'geen' : `${r.int(1, 3)}`],
          ['Rekenhuur per maand', eur(rent)],
          ['Vermogen op 1 januari', 'lager dan de grens'],
        ],
      },
      'Klopt een van deze gegevens niet, of verandert er iets? Geef de wijziging dan binnen 4 weken aan ons door via Mijn toeslagen. Dan voorkomt u dat u later geld moet terugbetalen.',
      { h: 'Overzicht per maand' },
      {
        table: {
          cols: [
            { w: 120, head: 'Maand' },
            { w: 110, head: 'Rekenhuur', align: 'right' },
            { w: 110, head: 'Huurtoeslag', align: 'right' },
            { w: 110, head: 'Status' },
          ],
          rows,
        },
      },
      { h: 'Bent u het niet eens met deze beslissing?' },
      `Dan kunt u bezwaar maken. Dit moet binnen 6 weken na de datum van deze brief. Maak bezwaar via Mijn toeslagen of stuur een brief naar Belastingdienst/Toeslagen, Postbus 8400, 6400 AX Heerlen. Vermeld daarin uw burgerservicenummer en het toeslagnummer.`,
      'Let op: dit is een voorlopige berekening. Na afloop van het jaar berekenen wij definitief hoeveel huurtoeslag u krijgt. Dat doen wij op basis van uw werkelijke inkomen.',
      { h: 'Toelichting op de berekening' },
      'Rekenhuur: dit is de kale huur plus de servicekosten die meetellen voor de huurtoeslag, zoals schoonmaak van gemeenschappelijke ruimten en energie voor de lift en de verlichting van de gang. Servicekosten voor bijvoorbeeld stookkosten tellen niet mee.',
      'Inkomen: wij gebruiken het geschatte toetsingsinkomen van u en uw toeslagpartner samen. Medebewoners tellen ook mee, behalve kinderen jonger dan 23 jaar. Verandert uw inkomen? Geef dit dan door, ook als het maar voor een paar maanden is.',
      'Vermogen: u en uw medebewoners mogen niet te veel vermogen hebben. Het gaat om het vermogen op 1 januari van het jaar waarover u huurtoeslag krijgt.',
      'Betaling: wij betalen de huurtoeslag vóór de 20e van de maand, steeds voor de maand daarop. Hebt u een bijstandsuitkering? Dan kan de gemeente met u afspreken dat de toeslag rechtstreeks aan de verhuurder wordt betaald.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: ['de directeur van Belastingdienst/Toeslagen'],
    sign: false,
    num: o.num ?? 'paginaXvanN',
    numPos: 'bottom-right',
    cont: true,
    footer: ['Hebt u vragen? Kijk dan op www.toeslagen.example of bel de BelastingTelefoon: 0800 - 0543.'],
  });
  return mk('tax_document', p, 'nl', pages, `voorlopige berekening huurtoeslag ${year}`, (o.num ?? 'paginaXvanN') !== 'none');
}

export function zorgtoeslagTerug(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const year = c.date.getUTCFullYear() - 2;
  const got = r.int(1200, 1580);
  const right = r.int(0, 900);
  const back = got - right;
  const pages = letter({
    r,
    org: BELASTING,
    head: 'gov',
    to: [`${p.initials} ${p.last}`, ...addressLines(p)],
    returnAddress: '> Retouradres Postbus 8400 6400 AX Heerlen',
    date: c.date,
    refs: [
      ['Burgerservicenummer', fmtBsn(p.bsn, 1)],
      ['Beschikkingsnummer', `${r.digits(4)}.${r.digits(2)}.${r.digits(3)}.T.${r.digits(2)}`],
    ],
    subject: `Definitieve berekening zorgtoeslag ${year}`,
    salutation: geachte(p),
    body: [
      `Wij hebben uw zorgtoeslag over ${year} definitief berekend. U had recht op ${eur(right)}. U hebt ${eur(got)} gekregen. U moet daarom ${eur(back)} terugbetalen.`,
      { h: 'Waarom moet u terugbetalen?' },
      `Uw inkomen over ${year} was hoger dan het inkomen waarmee wij rekenden. Wij rekenden met ${eur(r.int(14000, 20000))}. Uw werkelijke inkomen was ${eur(r.int(29000, 41000))}. Dit inkomen hebben wij gekregen van de Belastingdienst.`,
      { h: 'Wat moet u doen?' },
      'U krijgt binnen 2 weken een aparte brief met het bedrag dat u moet betalen en hoe u dat kunt doen. U hoeft nu nog niets te doen.',
      { h: 'Kunt u niet in één keer betalen?' },
      'Dan kunt u een betalingsregeling aanvragen. U betaalt dan in maximaal 24 maanden terug. Hoeveel u per maand moet betalen, hangt af van uw inkomen. Vraag de regeling aan nadat u de betaalbrief hebt gekregen.',
      { h: 'Bent u het niet eens met deze beslissing?' },
      'Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken. Meer informatie vindt u in de bijlage.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: ['de directeur van Belastingdienst/Toeslagen'],
    sign: false,
    num: o.num ?? 'paginaXvanN',
    cont: true,
    footer: ['Dit is een beschikking in de zin van de Algemene wet inkomensafhankelijke regelingen.'],
  });
  return mk(
    'tax_document',
    p,
    'nl',
    pages,
    `definitieve berekening zorgtoeslag ${year} (terugbetalen)`,
    (o.num ?? 'paginaXvanN') !== 'none',
  );
}

export function jaaropgaaf(c: DocCtx, o: { employer: Employer }): Doc {
  const { r, p } = c;
  const e = EMPLOYERS[o.employer];
  const year = c.date.getUTCFullYear() - 1;
  const fisc = r.int(4000, 21000) + r.float(0, 1);
  const ops: Op[] = [];
  ops.push({ t: 'text', x: 56, y: 60, s: e.name, f: 'sansB', size: 11 });
  e.lines.forEach((l, i) => {
    ops.push({ t: 'text', x: 56, y: 74 + i * 11, s: l, f: 'sans', size: 8.5 });
  });
  toAddr(p).forEach((l, i) => {
    ops.push({ t: 'text', x: 70, y: 160 + i * 12.5, s: l, f: 'sans', size: 10 });
  });
  ops.push({ t: 'text', x: 56, y: 250, s: `JAAROPGAAF ${year}`, f: 'sansB', size: 16 });
  ops.push({
    t: 'text',
    x: 56,
    y: 266,
    s: 'Opgave van loon en ingehouden loonheffing voor uw aangifte inkomstenbelasting',
    f: 'sans',
    size: 8.5,
  });
  const f = new Flow(56, A4.w - 56, 60, A4.h - 60, 286);
  f.pages[0] = ops;
  f.kv(
    [
      ['Naam werknemer', `${p.initials} ${p.last}`],
      ['Burgerservicenummer', p.bsn],
      ['Geboortedatum', dNum(p.birth)],
      ['Personeelsnummer', r.digits(6)],
      ['Loonheffingennummer werkgever', `${r.digits(9)}L01`],
      ['Periode', `01-01-${year} t/m 31-12-${year}`],
    ],
    { size: 9, labelW: 200 },
  );
  f.space(10);
  f.table(
    [
      { w: 330, head: 'Omschrijving' },
      { w: 150, head: 'Bedrag', align: 'right' },
    ],
    [
      ['Fiscaal loon (loon voor de loonheffing)', eur(fisc)],
      ['Ingehouden loonheffing', eur(fisc * r.float(0.02, 0.08))],
      ['Verrekende arbeidskorting', eur(fisc * 0.08)],
      ['Loonheffingskorting toegepast', 'Ja'],
      ['Werkgeversheffing Zvw', eur(fisc * 0.0651)],
      ['Bijdrageloon Zvw', eur(fisc)],
      ['Toegepaste tabel', 'Wit'],
    ],
    { size: 9, rule: true, headFill: '#eee' },
  );
  f.space(16);
  f.text(
    'Bewaar deze jaaropgaaf bij uw belastingpapieren. De gegevens zijn ook doorgegeven aan de Belastingdienst en staan in uw vooraf ingevulde aangifte. Deze opgave is geen loonstrook.',
    { size: 8.5 },
  );
  return mk(
    'tax_document',
    p,
    'nl',
    f.pages.map((ops2) => ({ ops: ops2 })),
    `jaaropgaaf ${year} ${e.name}`,
    false,
  );
}

export function aanslagIB(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const year = c.date.getUTCFullYear() - 1;
  const org: Org = {
    ...BELASTING,
    sub: undefined,
    lines: ['Postbus 9050', '7300 GM Apeldoorn'],
    phone: '0800 - 0543',
    web: 'www.belastingdienst.example',
  };
  const pay = r.chance(0.5);
  const amount = r.int(60, 1400);
  const pages = letter({
    r,
    org,
    head: 'gov',
    to: [`${p.initials} ${p.last}`, ...addressLines(p)],
    returnAddress: '> Retouradres Postbus 9050 7300 GM Apeldoorn',
    date: c.date,
    refs: [
      ['Aanslagnummer', `${p.bsn.slice(0, 4)}.${p.bsn.slice(4, 6)}.${p.bsn.slice(6)}.H.${String(year).slice(2)}`],
      ['Dagtekening', dNum(c.date)],
    ],
    subject: `Voorlopige aanslag inkomstenbelasting en premie volksverzekeringen ${year}`,
    salutation: undefined,
    body: [
      pay
        ? `Dit is uw voorlopige aanslag over ${year}. U moet ${eur(amount)} betalen. Dit bedrag moet uiterlijk ${dNum(addDays(c.date, 56))} op onze rekening staan.`
        : `Dit is uw voorlopige aanslag over ${year}. U krijgt ${eur(amount)} terug. Wij betalen dit bedrag binnen 10 werkdagen uit op rekening ${fmtIban(p.iban)}.`,
      {
        table: {
          cols: [
            { w: 330, head: 'Berekening' },
            { w: 130, head: 'Bedrag', align: 'right' },
          ],
          rows: [
            ['Belastbaar inkomen uit werk en woning (box 1)', eur(r.int(9000, 26000), false)],
            ['Inkomstenbelasting en premie volksverzekeringen', eur(r.int(2000, 7000), false)],
            ['Algemene heffingskorting', `-${eur(r.int(1500, 3300), false)}`],
            ['Arbeidskorting', `-${eur(r.int(400, 4000), false)}`],
            ['Ingehouden loonheffing', `-${eur(r.int(0, 1800), false)}`],
            [pay ? 'Te betalen' : 'Terug te ontvangen', eur(amount, false)],
          ],
          bold: [5],
        },
      },
      { h: 'Bent u het niet eens met deze aanslag?' },
      'Dan kunt u binnen 6 weken na de dagtekening bezwaar maken. Dat kan ook als u een fout hebt gemaakt in uw aangifte. Gebruik hiervoor Mijn Belastingdienst.',
      {
        small:
          'Dit is een voorlopige aanslag. Na controle van uw aangifte krijgt u een definitieve aanslag. Deze kan afwijken van de voorlopige aanslag.',
      },
    ],
    closing: 'De inspecteur',
    sign: false,
    num: o.num ?? 'bladXvanN',
    numPos: 'top-right',
  });
  return mk('tax_document', p, 'nl', pages, `voorlopige aanslag IB ${year}`, (o.num ?? 'bladXvanN') !== 'none');
}

// ---------------------------------------------------------------------------------------------
// Debts

export function sommatie(c: DocCtx, o: { spec?: boolean; num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const creditor = r.pick([
    'Zekerzorg Zorgverzekeringen N.V.',
    'Belnet Mobiel B.V.',
    'Webwinkel Kooplokaal B.V.',
    'Sportschool FitFabriek',
  ]);
  const hoofdsom = round2(r.float(90, 1300));
  const rente = round2(hoofdsom * r.float(0.01, 0.05));
  const kosten = round2(Math.max(40, Math.min(hoofdsom, 2500) * 0.15));
  const dossier = `${c.date.getUTCFullYear()}-${r.digits(7)}`;
  const org: Org = {
    name: 'Vermeer Incasso B.V.',
    lines: ['Postbus 2210', '3500 GE Utrecht'],
    phone: '030 - 760 40 40',
    email: 'klantenservice@vermeerincasso.example',
    logo: 'square',
    color: '#3a3a3a',
    place: 'Utrecht',
  };
  const invoices = Array.from({ length: r.int(3, o.spec ? 14 : 4) }, (_, i) => [
    `F${r.digits(7)}`,
    dNum(addMonths(c.date, -(i + 3))),
    eur(round2(hoofdsom / (i + 2)), false),
  ]);
  const body: Parameters<typeof letter>[0]['body'] = [
    `Onze opdrachtgever, ${creditor}, heeft ons opdracht gegeven de hieronder genoemde vordering op u te incasseren. Ondanks herhaalde herinneringen van onze opdrachtgever heeft u het verschuldigde bedrag niet betaald.`,
    {
      table: {
        cols: [
          { w: 320, head: 'Specificatie' },
          { w: 130, head: 'Bedrag', align: 'right' },
        ],
        rows: [
          ['Hoofdsom', eur(hoofdsom)],
          ['Wettelijke rente tot heden', eur(rente)],
          ['Buitengerechtelijke incassokosten', eur(kosten)],
          ['Totaal te voldoen', eur(hoofdsom + rente + kosten)],
        ],
        bold: [3],
      },
    },
    `Wij sommeren u het totaalbedrag van ${eur(hoofdsom + rente + kosten)} binnen 14 dagen na dagtekening van deze brief over te maken op rekeningnummer NL42 POLD 0123 4567 89 ten name van Vermeer Incasso B.V., onder vermelding van dossiernummer ${dossier}.`,
    'Indien betaling uitblijft, zullen wij onze opdrachtgever adviseren de vordering in rechte aanhangig te maken. De kosten van een gerechtelijke procedure komen in dat geval eveneens voor uw rekening.',
    'Kunt u het bedrag niet in één keer betalen? Neem dan binnen de gestelde termijn contact met ons op om een betalingsregeling te bespreken. Bent u het niet eens met de vordering, laat ons dat dan schriftelijk en gemotiveerd weten.',
  ];
  if (o.spec) {
    body.push({ h: 'Specificatie openstaande facturen' });
    body.push({
      table: {
        cols: [
          { w: 150, head: 'Factuurnummer' },
          { w: 150, head: 'Factuurdatum' },
          { w: 150, head: 'Openstaand', align: 'right' },
        ],
        rows: invoices,
      },
    });
  }
  if (o.spec && r.chance(0.6)) {
    body.push(
      { h: 'Veelgestelde vragen' },
      { h: 'Waarom moet ik incassokosten betalen?' },
      'Uw schuldeiser heeft u eerst een betalingsherinnering gestuurd met een termijn van 14 dagen. Omdat u niet heeft betaald, mogen wij volgens de wet buitengerechtelijke incassokosten in rekening brengen. De hoogte is wettelijk vastgesteld.',
      { h: 'Ik heb al betaald. Wat nu?' },
      'Dan kruisen uw betaling en deze brief elkaar mogelijk. Stuur ons een bewijs van betaling, dan passen wij uw dossier aan.',
      { h: 'Ik heb schulden bij meerdere partijen. Kan ik hulp krijgen?' },
      'Ja. Uw gemeente biedt gratis schuldhulpverlening. Wij werken mee aan een schuldregeling als u daarvoor in aanmerking komt. Laat ons weten als u hulp heeft aangevraagd; dan houden wij de incasso tijdelijk aan.',
    );
  }
  const ns = o.num ?? 'none';
  const pages = letter({
    r,
    org,
    head: 'corp',
    to: toAddr(p),
    date: c.date,
    refs: [
      ['Dossiernummer', dossier],
      ['Opdrachtgever', creditor],
    ],
    subject: 'SOMMATIE',
    subjectLabel: '',
    salutation: r.pick([geachte(p), `Geachte ${p.initials} ${p.last},`]),
    body,
    closing: 'Hoogachtend,',
    signer: ['Vermeer Incasso B.V.', `${r.pick(CONSULTANTS.slice(4))}, incassomedewerker`],
    num: ns,
    numPos: 'bottom-center',
    footer: [
      'Vermeer Incasso B.V. · KvK 30098765 · Op al onze diensten zijn de algemene voorwaarden van toepassing. Bereikbaar ma t/m vr van 9.00 tot 17.00 uur.',
    ],
  });
  return mk('debt_notice', p, 'nl', pages, `sommatie incassobureau (${creditor})`, ns !== 'none');
}

export function deurwaarder(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const d = c.date;
  const yearWords = 'tweeduizendzesentwintig';
  const hoofdsom = round2(r.float(300, 2400));
  const vonnis = addMonths(d, -r.int(1, 3));
  const org: Org = {
    name: 'Bosch & Luyten',
    sub: 'Gerechtsdeurwaarders en incassospecialisten',
    lines: ['Keizersgracht 201', '1234 KL Voorbeeld'],
    phone: '0223 - 12 34 56',
    logo: 'none',
    color: '#222',
    nameFont: 'serifB',
    place: 'Voorbeeld',
  };
  const ns = o.num ?? 'dashX';
  const total = hoofdsom + round2(hoofdsom * 0.04) + 105.96 + 98.34;
  const pages = letter({
    r,
    org,
    head: 'center',
    to: toAddr(p),
    date: d,
    refs: [['Ons dossier', `${r.digits(6)}/${r.pick(['JL', 'MB', 'PK'])}`]],
    subject: 'BETEKENING VONNIS MET BEVEL TOT BETALING',
    subjectLabel: '',
    body: [
      `Heden, de ${inWords(d.getUTCDate())}de ${maand(d.getUTCMonth() + 1)} ${yearWords},`,
      'op verzoek van de besloten vennootschap met beperkte aansprakelijkheid STROOMNET NOORD B.V., gevestigd te Groningen, te dezen woonplaats kiezende te Voorbeeld aan de Keizersgracht 201, ten kantore van Bosch & Luyten Gerechtsdeurwaarders, van waaruit ik, gerechtsdeurwaarder, dit exploot doe;',
      `heb ik, mr. Hendrik Jan Luyten, gerechtsdeurwaarder ter standplaats Voorbeeld, aldaar kantoorhoudende aan de Keizersgracht 201,`,
      { h: 'BETEKEND EN IN AFSCHRIFT GELATEN AAN:' },
      `${p.name.toUpperCase()}, geboren op ${dNum(p.birth)}, wonende te (${p.postcode}) ${p.city} aan de ${p.street}, aldaar mijn exploot doende en sprekende met ${r.pick(['hem/haar in persoon', 'een huisgenoot, die verklaarde met de geadresseerde samen te wonen', 'niemand, waarna ik een afschrift van dit exploot in een gesloten envelop heb achtergelaten'])};`,
      `de grosse van het vonnis van de kantonrechter in de Rechtbank Voorbeeld, locatie Voorbeeld, gewezen op ${dLong(vonnis)} onder zaaknummer ${r.digits(8)} CV EXPL ${r.digits(2)}-${r.digits(4)}, tussen mijn requirante als eiseres en gerequireerde als gedaagde;`,
      { h: 'EN VOORTS BEVEL GEDAAN AAN GEREQUIREERDE' },
      'om binnen TWEE DAGEN na heden aan mijn requirante, ten kantore van mij, gerechtsdeurwaarder, te betalen:',
      {
        table: {
          cols: [
            { w: 330, head: '' },
            { w: 120, head: '', align: 'right' },
          ],
          rows: [
            ['hoofdsom', eur(hoofdsom)],
            ['wettelijke rente tot heden', eur(hoofdsom * 0.04)],
            ['proceskosten volgens vonnis', eur(105.96)],
            ['kosten van dit exploot', eur(98.34)],
            ['totaal', eur(total)],
          ],
          bold: [4],
        },
      },
      'met aanzegging dat, indien gerequireerde in gebreke blijft aan dit bevel te voldoen, zij daartoe zal worden gedwongen door alle middelen rechtens, waaronder beslag op roerende zaken, beslag op loon of uitkering, en beslag op bankrekeningen.',
      'Ten blijke waarvan ik, gerechtsdeurwaarder, dit exploot heb ondertekend.',
      {
        small:
          'Kosten dezes: € 98,34 (exploot € 81,27, BTW € 17,07). Dit stuk is van groot belang. Laat het zo spoedig mogelijk lezen door een advocaat, schuldhulpverlener of het Juridisch Loket.',
      },
    ],
    closing: '',
    signer: ['mr. H.J. Luyten, gerechtsdeurwaarder'],
    num: ns,
    numPos: 'bottom-center',
    font: 'serif',
    justify: true,
  });
  return mk('debt_notice', p, 'nl', pages, 'deurwaardersexploot betekening vonnis', ns !== 'none');
}

export function energieAanmaning(c: DocCtx): Doc {
  const { r, p } = c;
  const amount = round2(r.float(110, 640));
  const kenmerk = `7001 ${r.digits(4)} ${r.digits(4)} ${r.digits(4)}`;
  const org: Org = {
    name: 'Stroomnet Noord',
    lines: ['Postbus 700', '9700 AS Groningen'],
    phone: '050 - 800 90 90',
    web: 'www.stroomnetnoord.example',
    logo: 'wave',
    color: '#e07b00',
    place: 'Groningen',
  };
  const klant = r.digits(7);
  const pages = letter({
    r,
    org,
    head: 'left',
    to: toAddr(p),
    date: c.date,
    refs: [
      ['Klantnummer', klant],
      ['Betalingskenmerk', kenmerk],
    ],
    subject: 'Aanmaning: uw betaling is nog niet binnen',
    salutation: `Beste ${p.gender === 'v' ? 'mevrouw' : 'meneer'} ${p.last},`,
    body: [
      `Wij hebben uw betaling van ${eur(amount)} nog niet ontvangen. Het gaat om de termijnbedragen van ${maand(addMonths(c.date, -2).getUTCMonth() + 1)} en ${maand(addMonths(c.date, -1).getUTCMonth() + 1)}. Wij hebben u hierover eerder een herinnering gestuurd.`,
      `Wilt u het bedrag uiterlijk ${dLong(addDays(c.date, 14))} betalen? Gebruik daarvoor de betaalgegevens onderaan deze brief. Dan zijn er geen extra kosten.`,
      'Lukt betalen niet? Neem dan contact met ons op. Samen kijken we naar een betalingsregeling. Heeft u meer betalingsproblemen, dan kunnen wij u, als u dat wilt, in contact brengen met de schuldhulpverlening van uw gemeente.',
      'Betaalt u niet en neemt u geen contact met ons op, dan dragen wij de vordering over aan een incassobureau. Daarvoor worden extra kosten in rekening gebracht.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: ['Stroomnet Noord', 'Afdeling Debiteurenbeheer'],
    sign: false,
    num: 'none',
    bottomReserve: 120,
    everyPage: () => [
      { t: 'line', x1: 30, y1: A4.h - 180, x2: A4.w - 30, y2: A4.h - 180, w: 0.8, dash: [4, 3], color: '#555' },
      { t: 'text', x: 40, y: A4.h - 184, s: '✂', f: 'sans', size: 10 },
      { t: 'text', x: 56, y: A4.h - 160, s: 'Betaalinformatie', f: 'sansB', size: 10 },
      { t: 'text', x: 56, y: A4.h - 144, s: 'Bedrag', f: 'sans', size: 8 },
      { t: 'text', x: 170, y: A4.h - 144, s: eur(amount), f: 'sansB', size: 9 },
      { t: 'text', x: 56, y: A4.h - 130, s: 'Betalingskenmerk', f: 'sans', size: 8 },
      { t: 'text', x: 170, y: A4.h - 130, s: kenmerk, f: 'mono', size: 9 },
      { t: 'text', x: 56, y: A4.h - 116, s: 'Naar rekening', f: 'sans', size: 8 },
      { t: 'text', x: 170, y: A4.h - 116, s: 'NL07 KUST 0707 0707 07 t.n.v. Stroomnet Noord', f: 'sans', size: 8 },
      { t: 'text', x: 56, y: A4.h - 102, s: 'Uiterlijk', f: 'sans', size: 8 },
      { t: 'text', x: 170, y: A4.h - 102, s: dNum(addDays(c.date, 14)), f: 'sans', size: 8 },
      ...barcode(r.fork('bc'), 380, A4.h - 150, 150, 36),
    ],
  });
  return mk('debt_notice', p, 'nl', pages, 'aanmaning energieleverancier', false);
}

export function gemeentebelastingAanmaning(c: DocCtx): Doc {
  const { r, p } = c;
  const nr = `${r.digits(4)}.${r.digits(4)}.${r.digits(4)}`;
  const bedrag = round2(r.float(280, 520));
  const org: Org = {
    name: 'Belastingsamenwerking Regio Voorbeeld',
    lines: ['Postbus 99', '1230 AB Voorbeeld'],
    phone: '0223 - 69 69 00',
    web: 'www.brv-belastingen.example',
    logo: 'shield',
    color: '#4a6f28',
    place: 'Voorbeeld',
  };
  const pages = letter({
    r,
    org,
    head: 'gov',
    to: toAddr(p),
    returnAddress: 'Retour: Postbus 99, 1230 AB Voorbeeld',
    date: c.date,
    refs: [
      ['Aanslagnummer', nr],
      ['Subjectnummer', r.digits(8)],
    ],
    subject: 'Aanmaning gemeentelijke belastingen',
    salutation: 'Geachte heer/mevrouw,',
    body: [
      `Volgens onze administratie heeft u de aanslag gemeentelijke belastingen ${c.date.getUTCFullYear()} met aanslagnummer ${nr} nog niet (volledig) betaald. De betalingstermijn is verstreken.`,
      {
        table: {
          cols: [
            { w: 300, head: 'Omschrijving' },
            { w: 140, head: 'Bedrag', align: 'right' },
          ],
          rows: [
            ['Afvalstoffenheffing meerpersoonshuishouden', eur(bedrag * 0.7)],
            ['Rioolheffing gebruiker', eur(bedrag * 0.3)],
            ['Aanmaningskosten', eur(8.1)],
            ['Nog te betalen', eur(bedrag + 8.1)],
          ],
          bold: [3],
        },
      },
      'Wij verzoeken u het openstaande bedrag binnen 14 dagen te betalen. Betaalt u niet op tijd, dan volgt een dwangbevel. Daarvoor worden extra kosten in rekening gebracht.',
      'Heeft u een laag inkomen en weinig vermogen? Dan kunt u mogelijk kwijtschelding aanvragen. Op onze website vindt u het aanvraagformulier en de voorwaarden. Een aanvraag om kwijtschelding schort de invordering niet automatisch op.',
    ],
    closing: 'Hoogachtend,',
    signer: ['de invorderingsambtenaar'],
    sign: false,
    num: 'none',
  });
  return mk('debt_notice', p, 'nl', pages, 'aanmaning gemeentelijke belastingen', false);
}

export function kredietbank(c: DocCtx, o: { num?: NumStyle } = {}): Doc {
  const { r, p } = c;
  const org: Org = {
    name: 'Kredietbank Voorbeeld',
    sub: 'Schuldhulpverlening en budgetbeheer',
    lines: ['Raadhuisstraat 18', '1231 AC Voorbeeld'],
    phone: '0223 - 22 11 00',
    email: 'schuldhulp@kredietbank-voorbeeld.example',
    logo: 'square',
    color: '#2a7a3a',
    place: 'Voorbeeld',
  };
  const intake = weekdayPlus(c.date, r.int(8, 20));
  const ns = o.num ?? 'paginaXvanN';
  const pages = letter({
    r,
    org,
    head: 'corp',
    to: toAddr(p),
    date: c.date,
    refs: [['Registratienummer', `SHV-${r.digits(5)}`]],
    subject: 'Uitnodiging intakegesprek schuldhulpverlening',
    salutation: geachte(p),
    body: [
      `U heeft zich op ${dLong(addDays(c.date, -r.int(3, 10)))} aangemeld voor schuldhulpverlening. Wij nodigen u uit voor een intakegesprek op ${dLongNl(intake)} om ${r.pick(['9.30', '10.00', '11.15', '13.30', '14.45'])} uur bij ons kantoor aan de Raadhuisstraat 18.`,
      'Tijdens dit gesprek brengen wij samen met u uw financiële situatie in kaart. Wij bespreken welke schulden u heeft, wat uw inkomsten en vaste lasten zijn en welke hulp het beste bij u past. Het gesprek duurt ongeveer anderhalf uur.',
      { h: 'Wat neemt u mee?' },
      {
        ul: [
          'een geldig identiteitsbewijs (paspoort, ID-kaart of verblijfsdocument) van u en uw eventuele partner;',
          'bankafschriften van alle rekeningen over de afgelopen drie maanden;',
          'bewijs van uw inkomsten: loonstroken, uitkeringsspecificaties, toeslagen;',
          'uw huurcontract of hypotheekgegevens;',
          'alle brieven van schuldeisers, incassobureaus en deurwaarders die u heeft ontvangen, ook als u ze niet heeft geopend;',
          'een overzicht van betalingsregelingen die u al heeft.',
        ],
      },
      'Heeft u niet alle papieren? Kom dan toch. Wij helpen u de ontbrekende gegevens op te vragen. Stuur nooit originele stukken per post; wij maken kopieën tijdens het gesprek.',
      'Bent u verhinderd, geef dit dan zo snel mogelijk door. Als u zonder bericht niet verschijnt, kunnen wij uw aanmelding beëindigen.',
    ],
    closing: 'Met vriendelijke groet,',
    signer: [r.pick(['Jolanda Vos', 'Erik Smeets', 'Fadoua Azzaoui']), 'schuldhulpverlener'],
    num: ns,
    numPos: 'bottom-right',
    footer: ['Kredietbank Voorbeeld werkt in opdracht van de gemeente Voorbeeld. Schuldhulpverlening is gratis.'],
  });
  return mk('debt_notice', p, 'nl', pages, 'uitnodiging intake schuldhulpverlening', ns !== 'none');
}

function weekdayPlus(d: Day, n: number): Day {
  let x = addDays(d, n);
  while (x.getUTCDay() === 0 || x.getUTCDay() === 6) x = addDays(x, 1);
  return x;
}
const DAGEN = ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'];
const dLongNl = (d: Day) => `${DAGEN[d.getUTCDay()]} ${dLong(d)}`;
