// Small layout helpers shared by the documents of set H.
import { C, dmy, enLong, euro, groupIban, iban, nlLong, strangerBsn, typoBsn } from '../../independent-documents-c/lib/common.ts';
import {
  addressBlock,
  boxField,
  checkbox,
  field,
  GEMEENTE,
  GEMEENTE_EN,
  outlook,
  quote,
  signature,
  webmail,
} from '../../independent-documents-c/lib/parts.ts';
import { Doc, GREY, INK, PAGE_H, PAGE_W, type Page, RED } from '../../independent-documents-c/lib/sheet.ts';
import { handLines, notebook } from '../render.ts';

export type { Page };
export {
  addressBlock,
  boxField,
  C,
  checkbox,
  Doc,
  dmy,
  enLong,
  euro,
  field,
  GEMEENTE,
  GEMEENTE_EN,
  GREY,
  groupIban,
  handLines,
  INK,
  iban,
  nlLong,
  notebook,
  outlook,
  PAGE_H,
  PAGE_W,
  quote,
  RED,
  signature,
  strangerBsn,
  typoBsn,
  webmail,
};

export const BLUE_INK: [number, number, number] = [0.12, 0.2, 0.55];
export const BLACK_INK: [number, number, number] = [0.12, 0.12, 0.14];

/** A sender-typed letter: own address top left, municipality below, place + date, subject. */
export function clientLetter(
  p: Page,
  o: { from: string[]; to?: string[]; place: string; subject?: string; rtl?: boolean; size?: number },
): void {
  const size = o.size ?? 10.5;
  if (o.rtl) {
    addressBlockRtl(p, o.from, size);
    p.gap(10);
    addressBlock(p, o.to ?? GEMEENTE, { size });
    p.gap(6);
    p.ln(o.place, { rtl: true, size });
    if (o.subject) p.ln(o.subject, { rtl: true, size: size + 0.5, f: 'sansB', after: 6 });
    return;
  }
  addressBlock(p, o.from, { size });
  p.gap(8);
  addressBlock(p, o.to ?? GEMEENTE, { size });
  p.gap(8);
  p.ln(o.place, { size });
  if (o.subject) p.ln(o.subject, { size, f: 'sansB', after: 8 });
  else p.gap(8);
}

function addressBlockRtl(p: Page, lines: string[], size: number): void {
  for (const l of lines) p.ln(l, { rtl: true, size, lh: size * 1.4 });
}

/** Handwritten note in the corner of an institutional paper ("K-100262" scribbled by the client). */
export function scribble(
  p: Page,
  x: number,
  y: number,
  lines: string[],
  o: { rot?: number; size?: number; ink?: [number, number, number] } = {},
): void {
  p.rotated(x + 40, y, o.rot ?? 4, (s) => {
    lines.forEach((l, i) => {
      s.t(x, y + i * (o.size ?? 13) * 1.35, l, { f: 'hand', size: o.size ?? 13, color: o.ink ?? BLUE_INK });
    });
  });
}

/** A letterhead: name in a coloured band or bold, address lines in small grey on the right. */
export function letterhead(
  p: Page,
  name: string,
  lines: string[],
  o: { color?: [number, number, number]; band?: boolean; f?: 'sansB' | 'serifB' | 'condB' } = {},
): void {
  const color = o.color ?? [0.1, 0.3, 0.5];
  if (o.band) {
    p.rect(0, 0, PAGE_W, 64, { fill: color });
    p.t(p.left, 40, name, { f: o.f ?? 'sansB', size: 18, color: [1, 1, 1] });
    lines.forEach((l, i) => {
      p.t(p.right, 22 + i * 10, l, { size: 7.5, color: [1, 1, 1], align: 'right' });
    });
    p.at(90);
  } else {
    p.t(p.left, 56, name, { f: o.f ?? 'sansB', size: 17, color });
    lines.forEach((l, i) => {
      p.t(p.right, 40 + i * 10, l, { size: 7.5, color: GREY, align: 'right' });
    });
    p.line(p.left, 70, p.right, 70, 1.2, color);
    p.at(92);
  }
}

/** Money table rows helper: [label, amount] → right-aligned euro strings. */
export function money(rows: [string, number][]): string[][] {
  return rows.map(([k, v]) => [k, euro(v)]);
}

/** Footer text at the bottom of a page. */
export function footer(p: Page, s: string, o: { size?: number } = {}): void {
  p.t(PAGE_W / 2, PAGE_H - 28, s, { size: o.size ?? 7, color: GREY, align: 'center' });
}

/** The header of a printed form of the municipality (logo block, form title, form code). */
export function gvForm(p: Page, title: string, code: string, sub?: string): void {
  p.rect(p.left, 34, 30, 30, { fill: [0.1, 0.35, 0.3] });
  p.t(p.left + 15, 55, 'V', { f: 'serifB', size: 20, color: [1, 1, 1], align: 'center' });
  p.t(p.left + 38, 46, 'Gemeente Voorbeeld', { f: 'sansB', size: 12, color: [0.1, 0.35, 0.3] });
  p.t(p.left + 38, 59, 'Werk en Inkomen', { size: 8.5, color: GREY });
  p.t(p.right, 46, code, { size: 7.5, color: GREY, align: 'right' });
  p.at(84);
  p.ln(title, { f: 'sansB', size: 15, after: 2 });
  if (sub) p.p(sub, { size: 8.5, color: GREY });
  p.line(p.left, p.y, p.right, p.y, 1.2, [0.1, 0.35, 0.3]);
  p.gap(10);
}

/** A grey section bar on a form. */
export function section(p: Page, s: string): void {
  p.rect(p.left, p.y, p.right - p.left, 16, { fill: [0.86, 0.88, 0.87] });
  p.t(p.left + 5, p.y + 11.5, s, { f: 'sansB', size: 9 });
  p.gap(24);
}

/** A typed-on-a-phone letter: one plain font, no margins to speak of. */
export function phoneLetter(p: Page, body: string, o: { size?: number; f?: 'sans' | 'serif' } = {}): void {
  p.left = 40;
  p.right = PAGE_W - 40;
  p.at(44);
  p.p(body, { size: o.size ?? 11, f: o.f ?? 'sans' });
}
