// Layout helpers of set J (institutional post): letterheads with reference blocks, stamps of sworn
// translators, staples and the grey borders of photocopies. Built on set D's kit and set C's library.
import { dmy, enLong, nlLong } from '../../independent-documents-c/lib/common.ts';
import { textWidth } from '../../independent-documents-c/lib/sheet.ts';
import {
  addressBlock,
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  footer,
  GREY,
  letterhead,
  PAGE_H,
  PAGE_W,
  type Page,
  RED,
  scribble,
  signature,
} from '../../independent-documents-d/docs/kit.ts';

export {
  boxField,
  checkbox,
  euro,
  field,
  GEMEENTE,
  groupIban,
  handLines,
  iban,
  notebook,
  strangerBsn,
} from '../../independent-documents-d/docs/kit.ts';
export type { Page };
export {
  addressBlock,
  BLACK_INK,
  BLUE_INK,
  C,
  Doc,
  dmy,
  enLong,
  footer,
  GREY,
  letterhead,
  nlLong,
  PAGE_H,
  PAGE_W,
  RED,
  scribble,
  signature,
  textWidth,
};

export type RGB3 = [number, number, number];

/** An institution's letter: letterhead, window address, reference block, date, subject. */
export function instLetter(
  p: Page,
  o: {
    org: string;
    lines: string[];
    color?: RGB3;
    band?: boolean;
    f?: 'sansB' | 'serifB' | 'condB';
    to: string[];
    refs?: [string, string][];
    subject?: string;
    sender?: string;
  },
): void {
  letterhead(p, o.org, o.lines, { color: o.color, band: o.band, f: o.f });
  if (o.sender) p.t(p.left, p.y + 14, o.sender, { size: 6.5, color: GREY });
  p.gap(24);
  addressBlock(p, o.to, { size: 10 });
  p.gap(14);
  if (o.refs) p.kv(o.refs, { size: 8.5, labelW: 105, lh: 12.5, after: 8 });
  if (o.subject) p.ln(o.subject, { f: 'sansB', size: 10.5, after: 8 });
}

/** Client address lines for a window envelope. */
export function addr(num: string, prefix = ''): string[] {
  const c = C(num);
  return [`${prefix}${c.name}`, c.street, c.city];
}

/** The round-cornered stamp of a sworn translator (beëdigd vertaler) with the Wbtv number. */
export function translatorStamp(p: Page, x: number, y: number, name: string, lines: string[], rot = -6): void {
  p.rotated(x, y, rot, (s) => {
    s.ellipse(x, y, 78, 46, { stroke: [0.15, 0.25, 0.6], lw: 1.6 });
    s.ellipse(x, y, 72, 40, { stroke: [0.15, 0.25, 0.6], lw: 0.5 });
    s.t(x, y - 18, 'BEËDIGD VERTALER', { f: 'sansB', size: 7.5, color: [0.15, 0.25, 0.6], align: 'center' });
    s.t(x, y - 4, name, { f: 'sansB', size: 9, color: [0.15, 0.25, 0.6], align: 'center' });
    lines.forEach((l, i) => {
      s.t(x, y + 10 + i * 10, l, { size: 7, color: [0.15, 0.25, 0.6], align: 'center' });
    });
  });
  p.t(x + 20, y + 8, name.split(' ')[0] ?? name, { f: 'hand', size: 18, color: BLACK_INK });
}

/** A staple in the top-left corner and the holes of one that was taken out. */
export function staple(p: Page, removed = false): void {
  p.line(28, 34, 52, 22, 2.2, [0.35, 0.35, 0.38]);
  p.line(29, 36, 53, 24, 0.6, [0.8, 0.8, 0.82]);
  if (removed) {
    p.ellipse(40, 48, 1.4, 1.4, { fill: [0.1, 0.1, 0.1] });
    p.ellipse(58, 40, 1.4, 1.4, { fill: [0.1, 0.1, 0.1] });
  }
}

/** The grey borders a photocopier leaves around a sheet smaller than the glass. */
export function greyBorder(p: Page, w = 16): void {
  const g: RGB3 = [0.45, 0.45, 0.47];
  p.rect(0, 0, PAGE_W, w * 0.7, { fill: g });
  p.rect(0, PAGE_H - w, PAGE_W, w, { fill: g });
  p.rect(0, 0, w, PAGE_H, { fill: g });
  p.rect(PAGE_W - w * 0.6, 0, w * 0.6, PAGE_H, { fill: g });
}

/** The municipality's incoming-post stamp. */
export function postStamp(p: Page, x: number, y: number, date: string, rot = 5): void {
  p.stamp(x, y, ['GEMEENTE VOORBEELD', `ONTVANGEN ${date}`, 'Postkamer'], { rot, size: 7.5, color: [0.55, 0.1, 0.5] });
}

/** A company stamp (round-ish rectangle) with name and lines. */
export function companyStamp(p: Page, x: number, y: number, lines: string[], color: RGB3 = [0.2, 0.2, 0.55], rot = 3): void {
  p.stamp(x, y, lines, { rot, size: 7.5, color });
}

/** Page x of n in small type, bottom right. */
export function pageNo(p: Page, i: number, n: number, word = 'Pagina'): void {
  p.t(p.right, PAGE_H - 30, `${word} ${i} van ${n}`, { size: 7, color: GREY, align: 'right' });
}

export const blank = (): Doc => new Doc();
