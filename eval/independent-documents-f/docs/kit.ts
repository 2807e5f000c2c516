// Small layout helpers shared by the documents of set F: set D's, and a few of its own.
import { C, euro } from '../../independent-documents-c/lib/common.ts';
import { addressBlock } from '../../independent-documents-c/lib/parts.ts';
import { rng, seedOf } from '../../independent-documents-c/lib/rng.ts';
import { GREY, PAGE_W, type Page } from '../../independent-documents-c/lib/sheet.ts';
import { footer } from '../../independent-documents-d/docs/kit.ts';

export { dmy, enLong, nlLong } from '../../independent-documents-c/lib/common.ts';
export { outlook, webmail } from '../../independent-documents-c/lib/parts.ts';
export * from '../../independent-documents-d/docs/kit.ts';

/** The directory e-mail address of a client (not every client has one). */
export const emailOf = (num: string): string => (C(num) as { email?: string }).email ?? '';

// ---- Set F additions: recurring institutional layouts, parameterised per sender. ----

export interface Tx {
  d: string; // dd-mm
  s: string;
  v: number; // + credit, − debit
}

/** Ordinary month of transactions for someone on bijstand: rent, insurer, shop, the benefit itself. */
export function monthTx(seed: string, month: string, o: { income?: [string, number][]; rent?: [string, number] } = {}): Tx[] {
  const r = rng(seedOf(seed));
  const mm = month;
  const day = (n: number) => `${String(n).padStart(2, '0')}-${mm}`;
  const shops = [
    'Albert Heijn 1432',
    'Lidl Voorbeeld',
    'Jumbo Marktplein',
    'Aldi Spoorlaan',
    'Kruidvat 7721',
    'Action Voorbeeld',
    'Dirk vd Broek',
    'Zeeman 0412',
    'HEMA Centrum',
    'Bol.com',
  ];
  const tx: Tx[] = [];
  for (const [s, v] of o.income ?? [['GEMEENTE VOORBEELD UITKERING PW', 1164.36]]) tx.push({ d: day(1 + Math.floor(r() * 3)), s, v });
  const [rs, rv] = o.rent ?? ['WOONSTICHTING HET ANKER HUUR', -612.4];
  tx.push({ d: day(2), s: rs, v: rv });
  tx.push({ d: day(3), s: 'ZEKERZORG ZORGVERZEKERING PREMIE', v: -142.95 });
  tx.push({ d: day(5), s: 'ZUIDSTROOM ENERGIE TERMIJN', v: -118 });
  tx.push({ d: day(6), s: 'KPN MOBIEL', v: -17.5 });
  for (let i = 0; i < 9; i++) {
    const n = 4 + Math.floor(r() * 24);
    tx.push({ d: day(n), s: `BEA ${shops[Math.floor(r() * shops.length)]}`, v: -Math.round(5 + r() * 70 * 100) / 100 });
  }
  if (r() < 0.6) tx.push({ d: day(12 + Math.floor(r() * 6)), s: 'GELDMAAT VOORBEELD CENTRUM', v: -50 });
  tx.push({ d: day(20), s: 'BELASTINGDIENST ZORGTOESLAG', v: 131 });
  return tx.sort((a, b) => a.d.localeCompare(b.d));
}

/** A classic bank statement table (Datum / Omschrijving / Af / Bij) with running balance on top and bottom. */
export function txTable(
  p: Page,
  tx: Tx[],
  start: number,
  o: { size?: number; mono?: boolean; zebra?: boolean; cols?: 'afbij' | 'signed'; en?: boolean } = {},
): number {
  let bal = start;
  const fmt = (n: number) => (o.en ? `€${n.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}` : euro(n));
  const rows = tx.map((t) => {
    bal += t.v;
    if (o.cols === 'signed') return [t.d, t.s, `${t.v < 0 ? '-' : '+'}${fmt(Math.abs(t.v))}`, fmt(bal)];
    return [t.d, t.s, t.v < 0 ? euro(-t.v) : '', t.v > 0 ? euro(t.v) : ''];
  });
  const size = o.size ?? 8.5;
  const f = o.mono ? ('mono' as const) : ('sans' as const);
  const w = p.right - p.left;
  const cols =
    o.cols === 'signed'
      ? [
          { h: o.en ? 'Date' : 'Datum', w: 55 },
          { h: o.en ? 'Description' : 'Omschrijving', w: w - 55 - 160 },
          { h: o.en ? 'Amount' : 'Bedrag', w: 80, r: true },
          { h: o.en ? 'Balance' : 'Saldo', w: 80, r: true },
        ]
      : [
          { h: 'Datum', w: 55 },
          { h: 'Omschrijving', w: w - 55 - 150 },
          { h: 'Af', w: 75, r: true },
          { h: 'Bij', w: 75, r: true },
        ];
  p.table(cols, rows, { size, f, zebra: o.zebra ? [0.93, 0.93, 0.93] : undefined });
  return bal;
}

/** A letter from an institution: logo text, return address, recipient, reference rows, body. */
export function instLetter(
  p: Page,
  o: {
    logo: string;
    logoSub?: string;
    color?: [number, number, number];
    ret?: string;
    to: string[];
    refs: [string, string][];
    subject?: string;
    body: string;
    sign?: string[];
    size?: number;
    serif?: boolean;
  },
): void {
  const color = o.color ?? [0.1, 0.1, 0.1];
  p.t(p.left, 58, o.logo, { f: o.serif ? 'serifB' : 'sansB', size: 19, color });
  if (o.logoSub) p.t(p.left, 72, o.logoSub, { size: 8, color: GREY });
  p.at(120);
  if (o.ret) p.ln(o.ret, { size: 6.5, color: GREY, after: 2 });
  addressBlock(p, o.to, { size: 10 });
  p.at(Math.max(p.y + 10, 230));
  p.kv(o.refs, { size: 8.5, labelW: 110, lf: 'sansB', after: 12 });
  if (o.subject) p.ln(o.subject, { f: 'sansB', size: 11, after: 8 });
  p.p(o.body, { size: o.size ?? 10, f: o.serif ? 'serif' : 'sans' });
  if (o.sign) {
    p.gap(4);
    for (const l of o.sign) p.ln(l, { size: 10 });
  }
}

/** One page of a payslip in the usual Dutch form: employer, employee box, period, lines, totals. */
export function payslip(
  p: Page,
  o: {
    employer: string[];
    title?: string;
    who: [string, string][];
    period: [string, string][];
    lines: [string, string, number][]; // omschrijving, units, amount (+ earnings, − deductions)
    net: number;
    extra?: string[][];
    mono?: boolean;
    band?: [number, number, number];
    foot?: string;
  },
): void {
  const f = o.mono ? ('mono' as const) : ('sans' as const);
  if (o.band) {
    p.rect(0, 0, PAGE_W, 52, { fill: o.band });
    p.t(p.left, 33, o.employer[0]!, { f: 'sansB', size: 15, color: [1, 1, 1] });
    p.t(p.right, 33, o.title ?? 'SALARISSPECIFICATIE', { f: 'sansB', size: 11, color: [1, 1, 1], align: 'right' });
    p.at(62);
    for (const l of o.employer.slice(1)) p.ln(l, { size: 8, color: GREY });
  } else {
    p.at(46);
    p.ln(o.title ?? 'LOONSTROOK', { f: o.mono ? 'monoB' : 'sansB', size: 14, after: 4 });
    for (const l of o.employer) p.ln(l, { f, size: 8.5 });
  }
  p.gap(8);
  const y0 = p.y;
  const half = (p.right - p.left) / 2;
  p.rect(p.left, y0, half - 6, 14 + o.who.length * 13, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
  p.rect(p.left + half + 6, y0, half - 6, 14 + o.period.length * 13, { stroke: [0.3, 0.3, 0.3], lw: 0.6 });
  p.at(y0 + 6);
  p.kv(o.who, { f, size: 8.5, labelW: 92, lh: 13, x: p.left + 6 });
  p.at(y0 + 6);
  p.kv(o.period, { f, size: 8.5, labelW: 92, lh: 13, x: p.left + half + 12 });
  p.at(y0 + 22 + Math.max(o.who.length, o.period.length) * 13);
  const w = p.right - p.left;
  p.table(
    [
      { h: 'Omschrijving', w: w - 200 },
      { h: 'Aantal', w: 60, r: true },
      { h: 'Betaling', w: 70, r: true },
      { h: 'Inhouding', w: 70, r: true },
    ],
    o.lines.map(([s, u, v]) => [s, u, v >= 0 ? euro(v) : '', v < 0 ? euro(-v) : '']),
    { f, size: 8.5, shade: [0.88, 0.88, 0.88] },
  );
  p.gap(4);
  p.rect(p.right - 190, p.y, 190, 22, { fill: [0.9, 0.9, 0.9] });
  p.t(p.right - 184, p.y + 15, 'Netto uit te betalen', { f: 'sansB', size: 9.5 });
  p.t(p.right - 6, p.y + 15, euro(o.net), { f: 'sansB', size: 9.5, align: 'right' });
  p.gap(34);
  if (o.extra)
    p.table(
      o.extra[0]!.map((h) => ({ h, w: w / o.extra![0]!.length, r: true })),
      o.extra.slice(1),
      { f, size: 7.5 },
    );
  if (o.foot) footer(p, o.foot);
}

/** A page from a paper form: title bar, numbered section headers, boxed fields. */
export function formHead(p: Page, title: string, sub: string, o: { code?: string } = {}): void {
  p.t(p.left, 50, 'Gemeente Voorbeeld', { f: 'serifB', size: 15 });
  p.t(p.left, 64, 'Werk en Inkomen', { size: 8.5, color: GREY });
  if (o.code) p.t(p.right, 50, o.code, { size: 7.5, color: GREY, align: 'right' });
  p.rect(p.left, 80, p.right - p.left, 30, { fill: [0.85, 0.85, 0.85] });
  p.t(p.left + 8, 100, title, { f: 'sansB', size: 13 });
  p.at(118);
  p.p(sub, { size: 8.5, color: [0.25, 0.25, 0.25] });
}
export function section(p: Page, n: string, title: string): void {
  p.gap(4);
  p.rect(p.left, p.y, p.right - p.left, 16, { fill: [0.25, 0.25, 0.25] });
  p.t(p.left + 6, p.y + 11.5, `${n}  ${title}`, { f: 'sansB', size: 9, color: [1, 1, 1] });
  p.gap(22);
}
