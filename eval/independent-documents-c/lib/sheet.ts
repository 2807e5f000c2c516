// A small display list in PDF points (A4, origin top-left, y grows downwards). The same list is
// drawn by the born-digital renderer (pdf-lib) and by the raster renderer (canvas) for scans,
// photos and faxes, so every document is written once and rendered in any style.
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';

export const PAGE_W = 595.28;
export const PAGE_H = 841.89;

const DIR = '/usr/share/fonts/truetype/dejavu/';
export const FONT_FILES = {
  sans: 'DejaVuSans.ttf',
  sansB: 'DejaVuSans-Bold.ttf',
  sansI: 'DejaVuSans-Oblique.ttf',
  light: 'DejaVuSans-ExtraLight.ttf',
  serif: 'DejaVuSerif.ttf',
  serifB: 'DejaVuSerif-Bold.ttf',
  serifI: 'DejaVuSerif-Italic.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoB: 'DejaVuSansMono-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condB: 'DejaVuSansCondensed-Bold.ttf',
  hand: 'DejaVuSerifCondensed-Italic.ttf',
  hand2: 'DejaVuSansCondensed-Oblique.ttf',
} as const;
export type FontKey = keyof typeof FONT_FILES;
export const fontPath = (f: FontKey) => DIR + FONT_FILES[f];

for (const [k, file] of Object.entries(FONT_FILES)) GlobalFonts.registerFromPath(DIR + file, `F_${k}`);
const measureCtx = createCanvas(10, 10).getContext('2d');
export function textWidth(s: string, f: FontKey, size: number): number {
  measureCtx.font = `${size}px F_${f}`;
  return measureCtx.measureText(s).width;
}

export type RGB = [number, number, number];
export const BLACK: RGB = [0, 0, 0];
export const INK: RGB = [0.1, 0.16, 0.5];
export const GREY: RGB = [0.4, 0.4, 0.4];
export const RED: RGB = [0.75, 0.12, 0.12];

export type Op =
  | { k: 'text'; x: number; y: number; s: string; f: FontKey; size: number; color: RGB; align: 'left' | 'right' | 'center'; rtl?: boolean }
  | { k: 'line'; x1: number; y1: number; x2: number; y2: number; w: number; color: RGB; dash?: number }
  | { k: 'rect'; x: number; y: number; w: number; h: number; fill?: RGB; stroke?: RGB; lw?: number }
  | { k: 'ellipse'; cx: number; cy: number; rx: number; ry: number; fill?: RGB; stroke?: RGB; lw?: number }
  | { k: 'group'; cx: number; cy: number; rot: number; ops: Op[] };

export interface TextOpts {
  f?: FontKey;
  size?: number;
  color?: RGB;
  align?: 'left' | 'right' | 'center';
  rtl?: boolean;
}
export interface FlowOpts extends TextOpts {
  x?: number;
  w?: number;
  lh?: number;
  after?: number;
}

export class Page {
  ops: Op[] = [];
  y = 60;
  left = 64;
  right = PAGE_W - 64;
  constructor(
    public font: FontKey = 'sans',
    public size = 10,
  ) {}

  t(x: number, y: number, s: string, o: TextOpts = {}): this {
    this.ops.push({
      k: 'text',
      x,
      y,
      s,
      f: o.f ?? this.font,
      size: o.size ?? this.size,
      color: o.color ?? BLACK,
      align: o.align ?? (o.rtl ? 'right' : 'left'),
      rtl: o.rtl,
    });
    return this;
  }
  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color: RGB = BLACK, dash?: number): this {
    this.ops.push({ k: 'line', x1, y1, x2, y2, w, color, dash });
    return this;
  }
  rect(x: number, y: number, w: number, h: number, o: { fill?: RGB; stroke?: RGB; lw?: number } = { stroke: BLACK }): this {
    this.ops.push({ k: 'rect', x, y, w, h, ...o });
    return this;
  }
  ellipse(cx: number, cy: number, rx: number, ry: number, o: { fill?: RGB; stroke?: RGB; lw?: number } = { stroke: BLACK }): this {
    this.ops.push({ k: 'ellipse', cx, cy, rx, ry, ...o });
    return this;
  }
  /** Draw into a sub page rotated by rot degrees (counter-clockwise) around (cx, cy). */
  rotated(cx: number, cy: number, rot: number, draw: (p: Page) => void): this {
    const sub = new Page(this.font, this.size);
    draw(sub);
    this.ops.push({ k: 'group', cx, cy, rot, ops: sub.ops });
    return this;
  }
  gap(pt: number): this {
    this.y += pt;
    return this;
  }
  at(y: number): this {
    this.y = y;
    return this;
  }
  /** One line at the cursor, then move down. */
  ln(s: string, o: FlowOpts = {}): this {
    const size = o.size ?? this.size;
    const x = o.x ?? (o.align === 'right' || o.rtl ? this.right : o.align === 'center' ? (this.left + this.right) / 2 : this.left);
    this.t(x, this.y + size, s, o);
    this.y += o.lh ?? size * 1.45;
    if (o.after) this.y += o.after;
    return this;
  }
  /** A wrapped paragraph at the cursor. Blank lines in s start new paragraphs. */
  p(s: string, o: FlowOpts = {}): this {
    const f = o.f ?? this.font;
    const size = o.size ?? this.size;
    const x0 = o.x ?? this.left;
    const w = o.w ?? this.right - x0;
    const lh = o.lh ?? size * 1.42;
    const paras = s.split(/\n\s*\n/);
    paras.forEach((para, pi) => {
      for (const hard of para.split('\n')) {
        const lines = wrap(hard.trim(), f, size, w);
        for (const line of lines) {
          const x = o.rtl ? x0 + w : o.align === 'center' ? x0 + w / 2 : o.align === 'right' ? x0 + w : x0;
          this.t(x, this.y + size, line, { ...o, f, size, align: o.rtl ? 'right' : (o.align ?? 'left') });
          this.y += lh;
        }
      }
      if (pi < paras.length - 1) this.y += lh * 0.6;
    });
    this.y += o.after ?? lh * 0.6;
    return this;
  }
  /** Label/value rows. */
  kv(rows: [string, string][], o: FlowOpts & { labelW?: number; lf?: FontKey } = {}): this {
    const size = o.size ?? this.size;
    const x = o.x ?? this.left;
    const lw = o.labelW ?? 130;
    for (const [k, v] of rows) {
      this.t(x, this.y + size, k, { f: o.lf ?? o.f ?? this.font, size, color: o.color });
      this.t(x + lw, this.y + size, v, { f: o.f ?? this.font, size, color: o.color });
      this.y += o.lh ?? size * 1.5;
    }
    this.y += o.after ?? 4;
    return this;
  }
  /** A table; widths in points; align per column ('r' right). */
  table(
    cols: { h: string; w: number; r?: boolean }[],
    rows: string[][],
    o: { x?: number; size?: number; f?: FontKey; hf?: FontKey; grid?: boolean; shade?: RGB; rowH?: number; zebra?: RGB } = {},
  ): this {
    const size = o.size ?? this.size - 1;
    const x0 = o.x ?? this.left;
    const rh = o.rowH ?? size * 1.75;
    const total = cols.reduce((a, c) => a + c.w, 0);
    const drawRow = (cells: string[], f: FontKey, fill?: RGB) => {
      if (fill) this.rect(x0, this.y, total, rh, { fill });
      let x = x0;
      cells.forEach((c, i) => {
        const col = cols[i]!;
        const tx = col.r ? x + col.w - 4 : x + 4;
        this.t(tx, this.y + rh / 2 + size * 0.36, c, { f, size, align: col.r ? 'right' : 'left' });
        if (o.grid) this.rect(x, this.y, col.w, rh, { stroke: BLACK, lw: 0.5 });
        x += col.w;
      });
      this.y += rh;
    };
    drawRow(
      cols.map((c) => c.h),
      o.hf ?? 'sansB',
      o.shade,
    );
    if (!o.grid) this.line(x0, this.y, x0 + total, this.y, 0.6);
    rows.forEach((r, i) => {
      drawRow(r, o.f ?? this.font, o.zebra && i % 2 === 1 ? o.zebra : undefined);
    });
    if (!o.grid) this.line(x0, this.y, x0 + total, this.y, 0.6);
    this.y += 8;
    return this;
  }
  hr(w = 0.6, color: RGB = BLACK): this {
    this.line(this.left, this.y, this.right, this.y, w, color);
    this.y += 8;
    return this;
  }
  /** A rubber stamp: a rotated frame with lines of text. */
  stamp(cx: number, cy: number, lines: string[], o: { rot?: number; color?: RGB; size?: number; w?: number } = {}): this {
    const size = o.size ?? 11;
    const color = o.color ?? RED;
    const w = o.w ?? Math.max(...lines.map((l) => textWidth(l, 'sansB', size))) + 18;
    const h = lines.length * size * 1.35 + 10;
    return this.rotated(cx, cy, o.rot ?? 8, (s) => {
      s.rect(cx - w / 2, cy - h / 2, w, h, { stroke: color, lw: 1.8 });
      s.rect(cx - w / 2 + 3, cy - h / 2 + 3, w - 6, h - 6, { stroke: color, lw: 0.6 });
      lines.forEach((l, i) => {
        s.t(cx, cy - h / 2 + 5 + size * 1.05 + i * size * 1.35, l, { f: 'sansB', size, color, align: 'center' });
      });
    });
  }
}

export function wrap(s: string, f: FontKey, size: number, w: number): string[] {
  if (!s) return [''];
  const words = s.split(/\s+/);
  const out: string[] = [];
  let cur = '';
  for (const word of words) {
    const next = cur ? `${cur} ${word}` : word;
    if (textWidth(next, f, size) > w && cur) {
      out.push(cur);
      cur = word;
    } else cur = next;
  }
  if (cur) out.push(cur);
  return out;
}

export class Doc {
  pages: Page[] = [];
  constructor(
    public font: FontKey = 'sans',
    public size = 10,
  ) {}
  page(): Page {
    const p = new Page(this.font, this.size);
    this.pages.push(p);
    return p;
  }
  text(): string {
    const out: string[] = [];
    const walk = (ops: Op[]) => {
      for (const op of ops) {
        if (op.k === 'text') out.push(op.s);
        else if (op.k === 'group') walk(op.ops);
      }
    };
    for (const p of this.pages) walk(p.ops);
    return out.join('\n');
  }
}
