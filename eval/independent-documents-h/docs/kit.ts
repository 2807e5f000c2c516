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

export * from '../../independent-documents-d/docs/kit.ts';
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
