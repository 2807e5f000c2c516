// Paper of the front desk for set K: squared school paper, the municipality's own forms, chat printouts,
// ATM slips, ID-card photocopies. Built on D's kit (imported, not copied).
import { BLUE_INK, checkbox, GREY, INK, PAGE_H, PAGE_W, type Page } from '../../independent-documents-d/docs/kit.ts';

export const PENCIL: [number, number, number] = [0.35, 0.35, 0.38];
export const GREEN_INK: [number, number, number] = [0.1, 0.35, 0.2];

/** Squared (ruitjes) school paper: a light grid over the whole sheet. */
export function squared(p: Page, o: { step?: number; top?: number } = {}): void {
  const step = o.step ?? 14.2;
  const c: [number, number, number] = [0.7, 0.78, 0.88];
  for (let y = o.top ?? 20; y < PAGE_H - 10; y += step) p.line(10, y, PAGE_W - 10, y, 0.3, c);
  for (let x = 10; x < PAGE_W - 10; x += step) p.line(x, o.top ?? 20, x, PAGE_H - 10, 0.3, c);
}

/** Handwritten free lines (not on ruled paper): x, top, line height; each line in the hand font. */
export function hand(
  p: Page,
  lines: string[],
  o: { x?: number; top?: number; lh?: number; size?: number; ink?: [number, number, number]; f?: 'hand' | 'hand2'; rtl?: boolean } = {},
): void {
  const lh = o.lh ?? 21;
  let y = o.top ?? p.y;
  for (const l of lines) {
    if (l) {
      if (o.rtl) p.t(o.x ?? PAGE_W - 60, y, l, { f: 'sans', size: o.size ?? 12.5, color: o.ink ?? BLUE_INK, rtl: true });
      else p.t(o.x ?? 60, y, l, { f: o.f ?? 'hand', size: o.size ?? 14, color: o.ink ?? BLUE_INK });
    }
    y += lh;
  }
  p.y = y;
}

/** Header of a printed form of the municipality: logo block, title, form code, "in te vullen door". */
export function gemeenteForm(p: Page, title: string, code: string, sub?: string): void {
  p.rect(p.left, 36, 34, 34, { fill: [0.15, 0.35, 0.3] });
  p.t(p.left + 17, 59, 'GV', { f: 'sansB', size: 14, color: [1, 1, 1], align: 'center' });
  p.t(p.left + 42, 50, 'Gemeente Voorbeeld', { f: 'sansB', size: 12 });
  p.t(p.left + 42, 63, 'Werk en Inkomen', { size: 9, color: GREY });
  p.t(p.right, 50, code, { size: 7.5, color: GREY, align: 'right' });
  p.at(84);
  p.ln(title, { f: 'sansB', size: 15, after: 2 });
  if (sub) p.p(sub, { size: 8.5, color: [0.25, 0.25, 0.25] });
  p.gap(4);
}

/** A grey section bar on a printed form. */
export function section(p: Page, s: string): void {
  p.rect(p.left, p.y, p.right - p.left, 16, { fill: [0.85, 0.87, 0.86] });
  p.t(p.left + 5, p.y + 11.5, s, { f: 'sansB', size: 9 });
  p.gap(22);
}

/** A row of boxes with a handwritten value (label above, writing inside). */
export function handBox(
  p: Page,
  x: number,
  w: number,
  label: string,
  value: string,
  o: { size?: number; ink?: [number, number, number] } = {},
): void {
  p.t(x, p.y + 8, label, { size: 7.5, color: [0.2, 0.2, 0.2] });
  p.rect(x, p.y + 11, w, 20, { stroke: [0.35, 0.35, 0.35], lw: 0.6 });
  if (value) p.t(x + 4, p.y + 26, value, { f: 'hand', size: o.size ?? 12.5, color: o.ink ?? INK });
}

/** A line of yes/no ticks on a form. */
export function yesNo(p: Page, q: string, yes: boolean | null): void {
  p.t(p.left, p.y + 8, q, { size: 9 });
  checkbox(p, p.right - 90, p.y, 'ja', yes === true);
  checkbox(p, p.right - 44, p.y, 'nee', yes === false);
  p.gap(17);
}

/** WhatsApp chat exported/printed from a phone: header bar, bubbles left/right with times. */
export function chat(
  p: Page,
  contact: string,
  msgs: { me: boolean; s: string; t: string }[],
  o: { rtl?: boolean; day?: string } = {},
): void {
  p.rect(0, 0, PAGE_W, 56, { fill: [0.03, 0.37, 0.33] });
  p.t(70, 34, contact, { f: 'sansB', size: 13, color: [1, 1, 1] });
  p.ellipse(44, 29, 14, 14, { fill: [0.8, 0.85, 0.85] });
  p.rect(0, 56, PAGE_W, PAGE_H - 56, { fill: [0.92, 0.9, 0.86] });
  p.at(74);
  if (o.day) {
    p.rect(PAGE_W / 2 - 40, p.y, 80, 16, { fill: [0.85, 0.92, 0.95] });
    p.t(PAGE_W / 2, p.y + 11.5, o.day, { size: 8, align: 'center' });
    p.gap(24);
  }
  for (const m of msgs) {
    const lines = m.s.split('\n');
    const h = lines.length * 13.5 + 16;
    const w = 330;
    const x = m.me ? PAGE_W - 30 - w : 30;
    p.rect(x, p.y, w, h, { fill: m.me ? [0.86, 0.97, 0.8] : [1, 1, 1] });
    lines.forEach((l, i) => {
      if (o.rtl) p.t(x + w - 10, p.y + 15 + i * 13.5, l, { size: 10, rtl: true });
      else p.t(x + 10, p.y + 15 + i * 13.5, l, { size: 10 });
    });
    p.t(x + w - 8, p.y + h - 4, m.t, { size: 7, color: GREY, align: 'right' });
    p.gap(h + 8);
  }
}

/** A narrow ATM/bank-terminal slip in the middle of the sheet (thermal print in mono). */
export function slip(p: Page, lines: string[], o: { x?: number; top?: number; w?: number } = {}): void {
  const w = o.w ?? 190;
  const x = o.x ?? (PAGE_W - w) / 2;
  const top = o.top ?? 70;
  const h = lines.length * 11.5 + 30;
  p.rect(x, top, w, h, { fill: [0.98, 0.98, 0.97], stroke: [0.75, 0.75, 0.75], lw: 0.4 });
  lines.forEach((l, i) => {
    p.t(x + 10, top + 20 + i * 11.5, l, { f: 'mono', size: 7.6, color: [0.25, 0.25, 0.28] });
  });
  p.y = top + h + 10;
}

/** A photocopy of an identity card: a rounded-ish card frame with photo box and fields. */
export function card(
  p: Page,
  x: number,
  y: number,
  title: string[],
  rows: [string, string][],
  o: { w?: number; h?: number; mrz?: string[]; rtlTitle?: boolean } = {},
): void {
  const w = o.w ?? 250;
  const h = o.h ?? 158;
  p.rect(x, y, w, h, { fill: [0.9, 0.9, 0.9], stroke: [0.2, 0.2, 0.2], lw: 1 });
  title.forEach((t, i) => {
    p.t(x + w / 2, y + 13 + i * 9, t, { f: 'sansB', size: 7, align: 'center', rtl: o.rtlTitle && i === 0 });
  });
  const ty = y + 15 + title.length * 9;
  p.rect(x + 8, ty, 62, 78, { fill: [0.55, 0.55, 0.55] });
  p.ellipse(x + 39, ty + 30, 16, 20, { fill: [0.35, 0.35, 0.35] });
  rows.forEach(([k, v], i) => {
    p.t(x + 78, ty + 6 + i * 18, k, { size: 6, color: [0.3, 0.3, 0.3] });
    p.t(x + 78, ty + 14.5 + i * 18, v, { f: 'sansB', size: 7.5 });
  });
  (o.mrz ?? []).forEach((l, i) => {
    p.t(x + 8, y + h - 22 + i * 10, l, { f: 'mono', size: 7.3 });
  });
}
