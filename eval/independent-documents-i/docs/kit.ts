// Small layout helpers shared by the documents of set I (set D's kit, extended).
import { C, dmy, euro, groupIban, iban, nlLong, strangerBsn, typoBsn } from '../../independent-documents-c/lib/common.ts';
import { addressBlock, boxField, checkbox, field, GEMEENTE, signature } from '../../independent-documents-c/lib/parts.ts';
import { Doc, type FontKey, GREY, INK, PAGE_H, PAGE_W, type Page, RED, type RGB } from '../../independent-documents-c/lib/sheet.ts';
import { BLACK_INK, footer, letterhead } from '../../independent-documents-d/docs/kit.ts';
import { handLines, notebook } from '../render.ts';

export * from '../../independent-documents-d/docs/kit.ts';
export type { Page };
export {
  addressBlock,
  boxField,
  C,
  checkbox,
  Doc,
  dmy,
  euro,
  field,
  GEMEENTE,
  GREY,
  groupIban,
  handLines,
  INK,
  iban,
  nlLong,
  notebook,
  PAGE_H,
  PAGE_W,
  RED,
  signature,
  strangerBsn,
  typoBsn,
};

export interface LetterOpts {
  org: string;
  orgLines: string[];
  color?: RGB;
  band?: boolean;
  hf?: 'sansB' | 'serifB' | 'condB';
  to: string[];
  refs?: [string, string][];
  subject?: string;
  body: string;
  closing?: string[];
  sign?: string;
  footer?: string;
  font?: FontKey;
  size?: number;
}

/** An institution's letter: letterhead, window address, reference rows, subject, body, signature. */
export function orgLetter(p: Page, o: LetterOpts): void {
  if (o.font) p.font = o.font;
  letterhead(p, o.org, o.orgLines, { color: o.color, band: o.band, f: o.hf });
  p.t(p.left, 118, o.org + ' · ' + (o.orgLines[0] ?? ''), { size: 6.5, color: GREY });
  addressBlock(p, o.to, { y: 126, size: o.size ?? 10 });
  p.at(Math.max(p.y, 210));
  if (o.refs) p.kv(o.refs, { size: 8.5, labelW: 110, after: 10, color: [0.2, 0.2, 0.2] });
  if (o.subject) p.ln(o.subject, { f: o.font === 'serif' ? 'serifB' : 'sansB', size: (o.size ?? 10) + 0.5, after: 8 });
  p.p(o.body, { size: o.size ?? 10 });
  if (o.closing) {
    p.gap(4);
    for (const l of o.closing) p.ln(l, { size: o.size ?? 10 });
  }
  if (o.sign) signature(p, o.sign, { printed: false, ink: BLACK_INK });
  if (o.footer) footer(p, o.footer);
}

/** A payslip in the usual Dutch salary-administration layout. */
export function payslip(
  p: Page,
  o: {
    employer: string;
    employerLines: string[];
    title?: string;
    period: string;
    head: [string, string][];
    head2?: [string, string][];
    rows: [string, string, string, string][];
    totals: [string, string][];
    note?: string;
    mono?: boolean;
  },
): void {
  const f: FontKey = o.mono ? 'mono' : 'sans';
  p.font = f;
  p.t(p.left, 54, o.employer, { f: o.mono ? 'monoB' : 'sansB', size: 13 });
  o.employerLines.forEach((l, i) => {
    p.t(p.left, 68 + i * 10, l, { size: 7.5, color: GREY, f });
  });
  p.t(p.right, 54, o.title ?? 'LOONSTROOK', { f: o.mono ? 'monoB' : 'sansB', size: 12, align: 'right' });
  p.t(p.right, 68, o.period, { size: 9, align: 'right', f });
  p.at(68 + o.employerLines.length * 10 + 14);
  p.hr(0.8);
  const y0 = p.y;
  p.kv(o.head, { size: 8.5, labelW: 100, f });
  const y1 = p.y;
  if (o.head2) {
    p.at(y0);
    p.kv(o.head2, { size: 8.5, labelW: 110, x: 320, f });
  }
  p.at(Math.max(y1, p.y) + 4);
  p.table(
    [
      { h: 'Omschrijving', w: 210 },
      { h: 'Aantal/basis', w: 90, r: true },
      { h: 'Uitbetaling', w: 90, r: true },
      { h: 'Inhouding', w: 77, r: true },
    ],
    o.rows,
    { size: 8.5, f, hf: o.mono ? 'monoB' : 'sansB', shade: [0.88, 0.88, 0.88] },
  );
  p.gap(4);
  p.kv(o.totals, { size: 9, labelW: 300, f: o.mono ? 'monoB' : 'sansB' });
  if (o.note) p.p(o.note, { size: 7.5, color: GREY, f });
}

/** One page of a bank statement. */
export function bankPage(
  p: Page,
  o: {
    bank: string;
    color?: RGB;
    holder: string[];
    account: string;
    title?: string;
    period: string;
    page: number;
    pages: number;
    start?: string;
    end?: string;
    rows: [string, string, string, string][];
    cols?: [string, string, string, string];
  },
): void {
  const color = o.color ?? [0.1, 0.25, 0.5];
  p.t(p.left, 50, o.bank, { f: 'sansB', size: 16, color });
  p.t(p.right, 50, o.title ?? 'Rekeningafschrift', { f: 'sansB', size: 11, align: 'right' });
  p.t(p.right, 63, `Blad ${o.page} van ${o.pages}`, { size: 8, align: 'right', color: GREY });
  if (o.page === 1) {
    addressBlock(p, o.holder, { y: 100, size: 9.5 });
    p.at(Math.max(p.y, 170));
  } else p.at(90);
  p.kv(
    [
      ['Rekening', o.account],
      ['Periode', o.period],
    ],
    { size: 8.5, labelW: 80 },
  );
  if (o.start) p.ln(`Beginsaldo ${o.start}`, { size: 8.5, f: 'sansB', after: 4 });
  const c = o.cols ?? ['Datum', 'Omschrijving', 'Af', 'Bij'];
  p.table(
    [
      { h: c[0], w: 58 },
      { h: c[1], w: 289 },
      { h: c[2], w: 60, r: true },
      { h: c[3], w: 60, r: true },
    ],
    o.rows,
    { size: 7.8, shade: [0.85, 0.88, 0.93], zebra: [0.95, 0.95, 0.95], rowH: 14 },
  );
  if (o.end) p.ln(`Eindsaldo ${o.end}`, { size: 8.5, f: 'sansB' });
}

/** The municipality's printed form header. */
export function gemeenteForm(p: Page, title: string, sub?: string): void {
  p.rect(p.left, 40, 28, 28, { fill: [0.15, 0.35, 0.3] });
  p.t(p.left + 36, 52, 'Gemeente Voorbeeld', { f: 'sansB', size: 12 });
  p.t(p.left + 36, 64, 'Werk en Inkomen', { size: 8.5, color: GREY });
  p.t(p.right, 56, title, { f: 'sansB', size: 13, align: 'right' });
  if (sub) p.t(p.right, 68, sub, { size: 8, align: 'right', color: GREY });
  p.line(p.left, 78, p.right, 78, 1);
  p.at(90);
}

/** A section heading inside a form: grey band with white-on-dark number. */
export function section(p: Page, n: string, title: string): void {
  p.rect(p.left, p.y, p.right - p.left, 16, { fill: [0.85, 0.85, 0.85] });
  p.t(p.left + 5, p.y + 11.5, `${n}  ${title}`, { f: 'sansB', size: 9 });
  p.gap(22);
}

/** Fax cover sheet. */
export function faxCover(p: Page, o: { from: string[]; to: string; toFax: string; pages: number; subject: string; note: string }): void {
  p.t(p.left, 70, 'FAX', { f: 'sansB', size: 40 });
  p.t(p.left + 110, 70, 'faxbericht / fax message', { size: 10, color: GREY });
  p.at(100);
  for (const l of o.from) p.ln(l, { size: 9 });
  p.gap(14);
  p.kv(
    [
      ['Aan:', o.to],
      ['Faxnummer:', o.toFax],
      ["Aantal pagina's:", `${o.pages} (incl. dit blad)`],
      ['Betreft:', o.subject],
    ],
    { size: 11, labelW: 120, lf: 'sansB', after: 16 },
  );
  p.hr(1.5);
  p.p(o.note, { size: 11 });
}
