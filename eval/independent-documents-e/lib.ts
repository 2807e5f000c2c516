// Helpers for set E: letterheads, window envelopes, printed e-mails, handwriting, stickers.
// Drawing primitives come from set C's rendering library (display list → PDF or raster).
import {
  BLACK,
  Doc,
  type FontKey,
  GREY,
  INK,
  PAGE_H,
  PAGE_W,
  Page,
  RED,
  type RGB,
  textWidth,
} from '../independent-documents-c/lib/sheet.ts';

export type { DocType, Lang, Render } from '../independent-documents-c/lib/common.ts';
export { C, dmy, elfproef, enLong, euro, groupIban, iban, nlLong, strangerBsn, typoBsn } from '../independent-documents-c/lib/common.ts';
export type { FontKey, RGB };
export { BLACK, Doc, GREY, INK, PAGE_H, PAGE_W, Page, RED, textWidth };

export interface Spec {
  slug: string;
  type: import('../independent-documents-c/lib/common.ts').DocType;
  client: string | null;
  conflict?: [string, string];
  language: import('../independent-documents-c/lib/common.ts').Lang;
  render: import('../independent-documents-c/lib/common.ts').Render;
  ext?: 'pdf' | 'jpg' | 'png';
  label: string;
  date: string;
  author?: string;
  /** Not a directory client's identifiers on purpose (stranger, typo, name only): explained in one line. */
  note?: string;
  build: () => Doc;
}

export const GEM = ['Gemeente Voorbeeld', 't.a.v. Werk en Inkomen', 'Postbus 1234', '1230 AA  Voorbeeld'];

export interface Org {
  name: string;
  sub?: string;
  lines: string[];
  color?: RGB;
  style?: 'bar' | 'left' | 'center' | 'right' | 'block';
  font?: FontKey;
}

/** A letterhead at the top of page 1; returns nothing, moves the cursor below it. */
export function letterhead(p: Page, o: Org): void {
  const c = o.color ?? [0.15, 0.25, 0.45];
  const f = o.font ?? 'sansB';
  const style = o.style ?? 'left';
  if (style === 'bar') {
    p.rect(0, 0, PAGE_W, 70, { fill: c });
    p.t(p.left, 40, o.name, { f, size: 18, color: [1, 1, 1] });
    if (o.sub) p.t(p.left, 56, o.sub, { size: 8.5, color: [0.92, 0.92, 0.92] });
    o.lines.forEach((l, i) => {
      p.t(p.right, 24 + i * 11, l, { size: 7.5, align: 'right', color: [1, 1, 1] });
    });
    p.at(92);
  } else if (style === 'center') {
    p.t(PAGE_W / 2, 50, o.name, { f, size: 17, align: 'center', color: c });
    if (o.sub) p.t(PAGE_W / 2, 64, o.sub, { f: 'sansI', size: 9, align: 'center', color: c });
    p.t(PAGE_W / 2, 78, o.lines.join('  ·  '), { size: 7.5, align: 'center', color: GREY });
    p.line(p.left, 86, p.right, 86, 0.8, c);
    p.at(100);
  } else if (style === 'right') {
    p.t(p.right, 46, o.name, { f, size: 16, align: 'right', color: c });
    if (o.sub) p.t(p.right, 59, o.sub, { size: 8.5, align: 'right', color: c });
    o.lines.forEach((l, i) => {
      p.t(p.right, 74 + i * 10.5, l, { size: 7.5, align: 'right', color: GREY });
    });
    p.at(84 + o.lines.length * 10.5);
  } else if (style === 'block') {
    p.rect(p.left, 30, 44, 44, { fill: c });
    p.t(p.left + 22, 60, o.name.slice(0, 1), { f: 'serifB', size: 26, align: 'center', color: [1, 1, 1] });
    p.t(p.left + 54, 48, o.name, { f, size: 15, color: c });
    if (o.sub) p.t(p.left + 54, 62, o.sub, { size: 8.5, color: GREY });
    o.lines.forEach((l, i) => {
      p.t(p.right, 38 + i * 10.5, l, { size: 7.5, align: 'right', color: GREY });
    });
    p.at(96);
  } else {
    p.t(p.left, 48, o.name, { f, size: 16, color: c });
    if (o.sub) p.t(p.left, 61, o.sub, { size: 8.5, color: c });
    o.lines.forEach((l, i) => {
      p.t(p.left, 76 + i * 10.5, l, { size: 7.5, color: GREY });
    });
    p.at(86 + o.lines.length * 10.5);
  }
}

/** The address in the envelope window, with a small sender line above it. */
export function windowAddress(p: Page, lines: string[], o: { sender?: string; y?: number; x?: number } = {}): void {
  const x = o.x ?? p.left;
  let y = o.y ?? 150;
  if (o.sender) {
    p.t(x, y, o.sender, { size: 6.5, color: GREY });
    y += 14;
  }
  for (const l of lines) {
    p.t(x, y + 10, l, { size: 10 });
    y += 13.5;
  }
  p.at(Math.max(p.y, y + 30));
}

/** Reference rows (kenmerk, datum …) in a right-hand column or a row under the address. */
export function refs(p: Page, rows: [string, string][], o: { x?: number; y?: number; lw?: number; size?: number } = {}): void {
  const x = o.x ?? 340;
  let y = o.y ?? p.y;
  const size = o.size ?? 8.5;
  for (const [k, v] of rows) {
    p.t(x, y + size, k, { size: size - 0.5, color: GREY });
    p.t(x + (o.lw ?? 78), y + size, v, { size });
    y += size * 1.55;
  }
  if (o.y === undefined) p.at(y + 14);
}

export function footer(p: Page, s: string, o: { color?: RGB; y?: number } = {}): void {
  const y = o.y ?? 810;
  p.line(p.left, y - 10, p.right, y - 10, 0.4, o.color ?? GREY);
  p.t((p.left + p.right) / 2, y, s, { size: 6.8, align: 'center', color: o.color ?? GREY });
}

/** A handwritten note (ink); lines go down. */
export function hand(p: Page, x: number, y: number, lines: string | string[], o: { size?: number; color?: RGB; f?: FontKey } = {}): void {
  const ls = typeof lines === 'string' ? [lines] : lines;
  const size = o.size ?? 13;
  ls.forEach((l, i) => {
    p.t(x, y + i * size * 1.3, l, { f: o.f ?? 'hand', size, color: o.color ?? INK });
  });
}

/** A yellow sticky note, slightly rotated, with a handwritten text. */
export function sticky(p: Page, x: number, y: number, lines: string[], rot = 4): void {
  const w = Math.max(...lines.map((l) => textWidth(l, 'hand', 13))) + 24;
  const h = lines.length * 17 + 18;
  p.rotated(x + w / 2, y + h / 2, rot, (s) => {
    s.rect(x, y, w, h, { fill: [0.99, 0.93, 0.55] });
    lines.forEach((l, i) => {
      s.t(x + 10, y + 22 + i * 17, l, { f: 'hand', size: 13, color: INK });
    });
  });
}

export interface Mail {
  from: string;
  to: string;
  cc?: string;
  date: string;
  subject: string;
  attach?: string;
}

/** A mail client's "print" view: a thin title, a header block, then the message and the quoted thread. */
export function mailPrint(
  p: Page,
  account: string,
  m: Mail,
  body: string,
  quoted?: { intro: string; text: string },
  labels = MAIL_NL,
): void {
  p.left = 50;
  p.right = 545;
  p.t(p.left, 34, account, { size: 8, color: GREY });
  p.t(p.right, 34, m.date, { size: 8, align: 'right', color: GREY });
  p.at(48);
  p.ln(m.subject, { f: 'sansB', size: 12.5, after: 4 });
  const rows: [string, string][] = [
    [labels.from, m.from],
    [labels.to, m.to],
  ];
  if (m.cc) rows.push([labels.cc, m.cc]);
  rows.push([labels.date, m.date]);
  if (m.attach) rows.push([labels.attach, m.attach]);
  p.kv(rows, { size: 8.5, labelW: 62, lf: 'sansB', after: 6 });
  p.hr(0.5, GREY);
  p.p(body, { size: 10, lh: 14 });
  if (quoted) {
    p.gap(2);
    p.ln(quoted.intro, { size: 9, color: GREY, after: 2 });
    const y0 = p.y;
    const l = p.left;
    p.left += 10;
    p.p(quoted.text, { size: 9, color: [0.3, 0.3, 0.45] });
    p.line(l + 3, y0, l + 3, p.y - 6, 1.5, [0.55, 0.6, 0.8]);
    p.left = l;
  }
}
export const MAIL_NL = { from: 'Van:', to: 'Aan:', cc: 'Cc:', date: 'Datum:', attach: 'Bijlagen:' };
export const MAIL_EN = { from: 'From:', to: 'To:', cc: 'Cc:', date: 'Date:', attach: 'Attachments:' };

/** Right-to-left paragraph (Arabic): only for raster renders. */
export function rtl(p: Page, s: string, o: { size?: number; f?: FontKey; color?: RGB; after?: number } = {}): void {
  p.p(s, { rtl: true, f: o.f ?? 'sans', size: o.size ?? 11, color: o.color, after: o.after, lh: (o.size ?? 11) * 1.75 });
}

/** A round official stamp (ink), e.g. of a doctor or a foreign office. */
export function roundStamp(p: Page, cx: number, cy: number, lines: string[], color: RGB = [0.25, 0.3, 0.65]): void {
  p.ellipse(cx, cy, 46, 46, { stroke: color, lw: 1.6 });
  p.ellipse(cx, cy, 40, 40, { stroke: color, lw: 0.6 });
  lines.forEach((l, i) => {
    p.t(cx, cy - ((lines.length - 1) * 9) / 2 + i * 9 + 3, l, { f: 'sansB', size: 6.5, align: 'center', color });
  });
}

export function scribble(p: Page, x: number, y: number, w = 90, color: RGB = INK): void {
  let px = x;
  let py = y;
  const steps = 9;
  for (let i = 1; i <= steps; i++) {
    const nx = x + (w * i) / steps;
    const ny = y + (i % 2 ? -9 : 4) + (i % 3) * 2;
    p.line(px, py, nx, ny, 1, color);
    px = nx;
    py = ny;
  }
  p.line(x - 4, y + 6, x + w + 6, y + 2, 0.8, color);
}

export { boxField, checkbox, field, signature } from '../independent-documents-c/lib/parts.ts';
export { BLACK as _BLACK, RED as _RED };

/** A plain letter a person writes (left to right): sender block, addressee, place/date, subject, body, signature. */
export function personalLetter(o: {
  sender: string[];
  to?: string[];
  date: string;
  subject: string;
  body: string;
  sign: string;
  font?: FontKey;
  size?: number;
  ink?: boolean;
  extra?: (p: Page) => void;
}): Doc {
  const d = new Doc(o.font ?? 'serif', o.size ?? 11);
  const p = d.page();
  p.left = 70;
  p.right = 525;
  const f: FontKey = o.ink ? 'hand' : (o.font ?? 'serif');
  const color = o.ink ? INK : BLACK;
  const size = o.ink ? 13 : (o.size ?? 11);
  p.at(50);
  for (const l of o.sender) p.ln(l, { f, color, size: size - 0.5 });
  p.gap(14);
  for (const l of o.to ?? GEM) p.ln(l, { f, color, size: size - 0.5 });
  p.gap(12);
  p.ln(o.date, { f, color, size, align: 'right' });
  p.gap(6);
  p.ln(o.subject, { f: o.ink ? 'hand' : o.font === 'sans' ? 'sansB' : 'serifB', color, size, after: 8 });
  p.p(o.body, { f, color, size, lh: size * (o.ink ? 1.55 : 1.4) });
  p.gap(6);
  p.ln(o.sign, { f: 'hand', size: 17, color: INK });
  o.extra?.(p);
  return d;
}
