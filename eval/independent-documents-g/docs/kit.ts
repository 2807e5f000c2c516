// Small layout helpers shared by the documents of set G: set D's, and a few of its own.
import { GREY, type Page } from '../../independent-documents-c/lib/sheet.ts';
import { BLUE_INK } from '../../independent-documents-d/docs/kit.ts';

export * from '../../independent-documents-d/docs/kit.ts';

/** Western digits → Eastern Arabic digits (as Syrian, Iraqi and Egyptian papers print them). */
export function ad(s: string): string {
  return s.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
}

/** How the Arabic-speaking clients write their own names in Arabic script. */
export const AR_NAMES: Record<string, string> = {
  'K-100129': 'عمر الحسن',
  'K-100178': 'ياسمين حداد',
  'K-100234': 'رامي خليل',
  'K-100290': 'هبة منصور',
  'K-100332': 'محمد بوشتاوي',
  'K-100346': 'أحمد درويش',
  'K-100402': 'لينا صباغ',
  'K-100458': 'بشار حاج علي',
  'K-100514': 'نور الخطيب',
  'K-100220': 'كريم الوهابي',
  'K-100276': 'نادية آيت لحسن',
  'K-100444': 'خديجة عزوزي',
  'K-100535': 'عائشة بوخاري',
};

/** Arabic handwriting: a shaped sans in ink, right to left, optionally a little rotated. */
export function arHand(
  p: Page,
  x: number,
  y: number,
  lines: string[],
  o: { size?: number; ink?: [number, number, number]; rot?: number; lh?: number } = {},
): void {
  const size = o.size ?? 13;
  const lh = o.lh ?? size * 1.7;
  const draw = (s: Page) =>
    lines.forEach((l, i) => {
      if (l) s.t(x, y + i * lh, l, { f: 'sans', size, color: o.ink ?? BLUE_INK, rtl: true });
    });
  if (o.rot) p.rotated(x - 80, y, o.rot, draw);
  else draw(p);
}

/** A Turkish IBAN with correct check digits (TR + 2 + 5-digit bank code + 0 + 16 digits). */
export function trIban(bank: string, seed: string): string {
  let h = 7;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) % 1000003;
  let acct = '';
  for (let i = 0; i < 16; i++) {
    h = (h * 48271 + 11) % 2147483647;
    acct += String(h % 10);
  }
  const bban = `${bank}0${acct}`;
  const num = `${bban}TR00`.replace(/[A-Z]/g, (ch) => String(ch.charCodeAt(0) - 55));
  let m = 0;
  for (const ch of num) m = (m * 10 + Number(ch)) % 97;
  return `TR${String(98 - m).padStart(2, '0')}${bban}`;
}

/** The municipality's own form header (Dutch), as on the forms clients fill in. */
export function gemeenteForm(p: Page, title: string, sub?: string): void {
  p.rect(p.left, 40, 34, 34, { fill: [0.15, 0.35, 0.55] });
  p.t(p.left + 17, 63, 'V', { f: 'serifB', size: 20, color: [1, 1, 1], align: 'center' });
  p.t(p.left + 44, 54, 'Gemeente Voorbeeld', { f: 'sansB', size: 12 });
  p.t(p.left + 44, 68, 'Werk en Inkomen', { size: 9, color: GREY });
  p.t(p.right, 54, 'Postbus 1234, 1230 AA Voorbeeld', { size: 7.5, color: GREY, align: 'right' });
  p.t(p.right, 64, 'www.gemeente-voorbeeld.example · 14 0123', { size: 7.5, color: GREY, align: 'right' });
  p.at(96);
  p.ln(title, { f: 'sansB', size: 15, after: 2 });
  if (sub) p.ln(sub, { size: 8.5, color: GREY, after: 4 });
  p.hr(1.2, [0.15, 0.35, 0.55]);
}

/** A section bar on a printed form. */
export function bar(p: Page, s: string): void {
  p.rect(p.left, p.y, p.right - p.left, 16, { fill: [0.85, 0.88, 0.92] });
  p.t(p.left + 5, p.y + 11.5, s, { f: 'sansB', size: 9 });
  p.gap(22);
}

/** A table laid out right to left (first column at the right edge), as Arabic statements print them. */
export function rtlTable(
  p: Page,
  cols: { h: string; w: number }[],
  rows: string[][],
  o: { size?: number; grid?: boolean; shade?: [number, number, number]; rowH?: number } = {},
): void {
  const size = o.size ?? 8.5;
  const rh = o.rowH ?? size * 1.9;
  const total = cols.reduce((a, c) => a + c.w, 0);
  const x0 = p.right - total;
  const draw = (cells: string[], f: 'sans' | 'sansB', fill?: [number, number, number]) => {
    if (fill) p.rect(x0, p.y, total, rh, { fill });
    let x = p.right;
    cells.forEach((c, i) => {
      const w = cols[i]!.w;
      if (o.grid !== false) p.rect(x - w, p.y, w, rh, { stroke: [0.2, 0.2, 0.2], lw: 0.5 });
      p.t(x - 4, p.y + rh / 2 + size * 0.36, c, { f, size, rtl: true });
      x -= w;
    });
    p.y += rh;
  };
  draw(
    cols.map((c) => c.h),
    'sansB',
    o.shade ?? [0.88, 0.88, 0.88],
  );
  for (const r of rows) draw(r, 'sans');
  p.y += 8;
}
