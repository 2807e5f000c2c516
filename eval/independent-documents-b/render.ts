/**
 * Page model and the three ways a page leaves this generator: a born-digital PDF (pdf-lib, with a
 * text layer), a scanned/faxed PDF (one raster image per page, no text layer) or a phone photo (JPEG).
 * Everything is drawn from the same list of operations, so a document is written once.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import sharp from 'sharp';

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function makeRng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

export type FontId = 'sans' | 'bold' | 'mono' | 'serif' | 'serifBold' | 'cond' | 'hand' | 'hand2';
export type Color = [number, number, number];

export type Op =
  | {
      k: 't';
      x: number;
      y: number;
      s: string;
      size: number;
      f: FontId;
      c?: Color;
      al?: 'l' | 'r' | 'c';
      rtl?: boolean;
      strike?: boolean;
    }
  | { k: 'l'; x1: number; y1: number; x2: number; y2: number; w: number; c?: Color }
  | { k: 'r'; x: number; y: number; w: number; h: number; fill?: Color; stroke?: Color; lw?: number };

export const PAGE_W = 595;
export const PAGE_H = 842;

const fontDir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES: Record<FontId, string> = {
  sans: 'DejaVuSans.ttf',
  bold: 'DejaVuSans-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  hand: 'DejaVuSans-Oblique.ttf',
  hand2: 'DejaVuSerif-Italic.ttf',
};
const FAMILY: Record<FontId, string> = {
  sans: 'PkbSans',
  bold: 'PkbBold',
  mono: 'PkbMono',
  serif: 'PkbSerif',
  serifBold: 'PkbSerifBold',
  cond: 'PkbCond',
  hand: 'PkbHand',
  hand2: 'PkbHand2',
};
const fontBytes = new Map<FontId, Buffer>();
for (const [id, file] of Object.entries(FONT_FILES) as [FontId, string][]) {
  const bytes = readFileSync(join(fontDir, file));
  fontBytes.set(id, bytes);
  GlobalFonts.register(bytes, FAMILY[id]);
}

const scratch = createCanvas(10, 10).getContext('2d');
export function measure(s: string, size: number, f: FontId): number {
  scratch.font = `${size}px ${/[\u0600-\u06ff]/.test(s) ? FAMILY.sans : FAMILY[f]}`;
  return scratch.measureText(s).width * (f === 'hand' || f === 'hand2' ? 1.08 : 1);
}

export const INK: Color = [0.1, 0.16, 0.55];
export const PENCIL: Color = [0.25, 0.25, 0.28];

/** A page being laid out top to bottom, in PDF points with the origin at the top left. */
export class Page {
  ops: Op[] = [];
  y = 56;
  left = 62;
  right = PAGE_W - 62;

  get width(): number {
    return this.right - this.left;
  }

  gap(n = 8): this {
    this.y += n;
    return this;
  }

  at(y: number): this {
    this.y = y;
    return this;
  }

  put(x: number, y: number, s: string, size = 10, f: FontId = 'sans', extra: Partial<Extract<Op, { k: 't' }>> = {}): this {
    this.ops.push({ k: 't', x, y, s, size, f, ...extra });
    return this;
  }

  /** Wrapped paragraph. `~~word~~` is drawn crossed out (for hand-written text). */
  p(
    s: string,
    o: {
      size?: number;
      f?: FontId;
      c?: Color;
      al?: 'l' | 'r' | 'c';
      x?: number;
      w?: number;
      lh?: number;
      rtl?: boolean;
      after?: number;
    } = {},
  ): this {
    const size = o.size ?? 10;
    const f = o.f ?? 'sans';
    const x = o.x ?? this.left;
    const w = o.w ?? this.right - x;
    const lh = o.lh ?? size * (f === 'hand' || f === 'hand2' ? 1.75 : 1.38);
    for (const para of s.split('\n')) {
      const words = para.split(/ +/);
      let line: string[] = [];
      const flush = () => {
        const text = line.join(' ');
        this.emitLine(x, w, text, size, f, o);
        this.y += lh;
        line = [];
      };
      for (const word of words) {
        const trial = [...line, word].join(' ').replace(/~~/g, '');
        if (line.length > 0 && measure(trial, size, f) > w) flush();
        line.push(word);
      }
      flush();
    }
    this.y += o.after ?? 0;
    return this;
  }

  private emitLine(x: number, w: number, text: string, size: number, f: FontId, o: { c?: Color; al?: 'l' | 'r' | 'c'; rtl?: boolean }) {
    if (o.rtl) {
      this.ops.push({ k: 't', x: x + w, y: this.y, s: text, size, f, c: o.c, al: 'r', rtl: true });
      return;
    }
    const al = o.al ?? 'l';
    if (!text.includes('~~')) {
      const ax = al === 'l' ? x : al === 'r' ? x + w : x + w / 2;
      this.ops.push({ k: 't', x: ax, y: this.y, s: text, size, f, c: o.c, al });
      return;
    }
    // crossed-out pieces: split and lay out left to right
    let cx = x;
    const parts = text.split('~~');
    parts.forEach((part, i) => {
      if (part === '') return;
      const strike = i % 2 === 1;
      this.ops.push({ k: 't', x: cx, y: this.y, s: part, size, f, c: o.c, strike });
      cx += measure(part, size, f);
    });
  }

  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, c?: Color): this {
    this.ops.push({ k: 'l', x1, y1, x2, y2, w, c });
    return this;
  }

  rule(w = 0.6): this {
    this.line(this.left, this.y, this.right, this.y, w);
    this.y += 10;
    return this;
  }

  rect(x: number, y: number, w: number, h: number, o: { fill?: Color; stroke?: Color; lw?: number } = {}): this {
    this.ops.push({ k: 'r', x, y, w, h, ...o });
    return this;
  }

  /** Label: value on one line, value optionally hand-written; null leaves a dotted blank. */
  kv(label: string, value: string | null, o: { lw?: number; size?: number; hand?: FontId; c?: Color; box?: boolean } = {}): this {
    const size = o.size ?? 10;
    const lw = o.lw ?? 150;
    this.put(this.left, this.y, label, size, 'sans');
    const vx = this.left + lw;
    if (o.box) this.rect(vx - 3, this.y - size - 3, this.right - vx + 3, size + 8, { stroke: [0.4, 0.4, 0.4], lw: 0.5 });
    else this.line(vx, this.y + 3, this.right, this.y + 3, 0.4, [0.5, 0.5, 0.5]);
    if (value !== null && value !== '') {
      const f = o.hand ?? 'sans';
      this.put(vx + 2, this.y - (f === 'hand' || f === 'hand2' ? 1 : 0), value, f === 'sans' ? size : size + 2, f, {
        c: o.c ?? (f === 'sans' ? undefined : INK),
      });
    }
    this.y += size * 2.1;
    return this;
  }

  check(label: string, checked: boolean, o: { x?: number; hand?: boolean } = {}): this {
    const x = o.x ?? this.left;
    this.rect(x, this.y - 9, 9, 9, { stroke: [0.2, 0.2, 0.2], lw: 0.7 });
    if (checked) {
      this.line(x + 1, this.y - 8, x + 8, this.y - 1, 1.4, INK);
      this.line(x + 8, this.y - 8, x + 1, this.y - 1, 1.4, INK);
    }
    this.put(x + 15, this.y, label, 10, 'sans');
    this.y += 17;
    return this;
  }

  table(
    cols: { w: number; al?: 'l' | 'r' }[],
    rows: string[][],
    o: { size?: number; f?: FontId; head?: boolean; lines?: boolean } = {},
  ): this {
    const size = o.size ?? 9;
    rows.forEach((row, ri) => {
      let x = this.left;
      const f: FontId = o.head && ri === 0 ? 'bold' : (o.f ?? 'sans');
      row.forEach((cell, ci) => {
        const col = cols[ci] ?? { w: 80 };
        if (col.al === 'r') this.put(x + col.w - 4, this.y, cell, size, f, { al: 'r' });
        else this.put(x + 2, this.y, cell, size, f);
        x += col.w;
      });
      if (o.lines || (o.head && ri === 0)) this.line(this.left, this.y + 4, x, this.y + 4, 0.4);
      this.y += size * 1.55;
    });
    this.y += 4;
    return this;
  }
}

// ---------------------------------------------------------------- digital PDF

const FIXED_DATE = new Date('2026-11-16T09:00:00Z');

export async function renderDigital(pages: Page[], meta: { title?: string; producer?: string }): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const fonts = new Map<FontId, PDFFont>();
  const font = async (id: FontId) => {
    let f = fonts.get(id);
    if (!f) {
      f = await pdf.embedFont(fontBytes.get(id)!, { subset: true });
      fonts.set(id, f);
    }
    return f;
  };
  for (const pg of pages) {
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    for (const op of pg.ops) {
      if (op.k === 't') {
        const f = await font(op.rtl ? 'sans' : op.f);
        const c = op.c ?? [0, 0, 0];
        let s = op.s;
        let w = f.widthOfTextAtSize(s, op.size);
        if (op.rtl) {
          // pdf-lib lays glyphs out left to right; fontkit shapes Arabic but does not reorder, so reverse words
          s = [...s.split(' ')].reverse().join(' ');
          w = f.widthOfTextAtSize(s, op.size);
        }
        const x = op.al === 'r' ? op.x - w : op.al === 'c' ? op.x - w / 2 : op.x;
        page.drawText(s, { x, y: PAGE_H - op.y, size: op.size, font: f, color: rgb(c[0], c[1], c[2]) });
        if (op.strike)
          page.drawLine({
            start: { x, y: PAGE_H - op.y + op.size * 0.3 },
            end: { x: x + w, y: PAGE_H - op.y + op.size * 0.35 },
            thickness: 1.2,
            color: rgb(c[0], c[1], c[2]),
          });
      } else if (op.k === 'l') {
        const c = op.c ?? [0, 0, 0];
        page.drawLine({
          start: { x: op.x1, y: PAGE_H - op.y1 },
          end: { x: op.x2, y: PAGE_H - op.y2 },
          thickness: op.w,
          color: rgb(c[0], c[1], c[2]),
        });
      } else {
        page.drawRectangle({
          x: op.x,
          y: PAGE_H - op.y - op.h,
          width: op.w,
          height: op.h,
          color: op.fill ? rgb(op.fill[0], op.fill[1], op.fill[2]) : undefined,
          borderColor: op.stroke ? rgb(op.stroke[0], op.stroke[1], op.stroke[2]) : undefined,
          borderWidth: op.stroke ? (op.lw ?? 0.6) : 0,
        });
      }
    }
  }
  if (meta.title) pdf.setTitle(meta.title);
  pdf.setProducer(meta.producer ?? 'Microsoft® Word voor Microsoft 365');
  pdf.setCreator(meta.producer ?? 'Microsoft® Word voor Microsoft 365');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return pdf.save({ useObjectStreams: false });
}

// ---------------------------------------------------------------- raster

function css(c: Color | undefined, fallback = '#111'): string {
  if (!c) return fallback;
  return `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})`;
}

/** Draws a page onto a canvas at `dpi`; hand-written text gets per-glyph jitter. */
export function rasterPage(pg: Page, dpi: number, rng: Rng, paper = '#fbfaf6'): Canvas {
  const k = dpi / 72;
  const canvas = createCanvas(Math.round(PAGE_W * k), Math.round(PAGE_H * k));
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = paper;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.scale(k, k);
  const slant = (rng() - 0.5) * 0.18;
  for (const op of pg.ops) {
    if (op.k === 't') {
      const hand = op.f === 'hand' || op.f === 'hand2';
      ctx.fillStyle = css(op.c);
      ctx.font = `${op.size}px ${FAMILY[op.f]}`;
      if (!hand) {
        ctx.direction = op.rtl ? 'rtl' : 'ltr';
        ctx.textAlign = op.al === 'r' ? 'right' : op.al === 'c' ? 'center' : 'left';
        ctx.fillText(op.s, op.x, op.y);
        ctx.direction = 'ltr';
        ctx.textAlign = 'left';
        if (op.strike) strike(ctx, op.x, op.y, measure(op.s, op.size, op.f), op.size, op.c, rng);
        continue;
      }
      drawHand(ctx, op, rng, slant);
    } else if (op.k === 'l') {
      ctx.strokeStyle = css(op.c);
      ctx.lineWidth = op.w;
      ctx.beginPath();
      ctx.moveTo(op.x1, op.y1);
      ctx.lineTo(op.x2, op.y2);
      ctx.stroke();
    } else {
      if (op.fill) {
        ctx.fillStyle = css(op.fill);
        ctx.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke) {
        ctx.strokeStyle = css(op.stroke);
        ctx.lineWidth = op.lw ?? 0.6;
        ctx.strokeRect(op.x, op.y, op.w, op.h);
      }
    }
  }
  return canvas;
}

function strike(ctx: SKRSContext2D, x: number, y: number, w: number, size: number, c: Color | undefined, rng: Rng) {
  ctx.strokeStyle = css(c ?? INK);
  ctx.lineWidth = 1.1;
  ctx.beginPath();
  const passes = 1 + Math.floor(rng() * 3);
  for (let i = 0; i < passes; i++) {
    const yy = y - size * (0.25 + rng() * 0.2);
    ctx.moveTo(x - 2, yy + (rng() - 0.5) * 2);
    ctx.lineTo(x + w + 2, yy + (rng() - 0.5) * 3);
  }
  ctx.stroke();
}

function drawHand(ctx: SKRSContext2D, op: Extract<Op, { k: 't' }>, rng: Rng, slant: number) {
  const total = measure(op.s, op.size, op.f);
  let x = op.al === 'r' ? op.x - total : op.al === 'c' ? op.x - total / 2 : op.x;
  const startX = x;
  const phase = rng() * 6;
  const drift = (rng() - 0.5) * 4;
  // RTL scripts keep their shaping: jitter word by word instead of glyph by glyph
  const units = op.rtl ? [op.s] : [...op.s];
  if (op.rtl) {
    ctx.direction = 'rtl';
    ctx.textAlign = 'right';
  }
  for (const u of units) {
    const sz = op.size * (0.88 + rng() * 0.22);
    // the oblique faces have no Arabic glyphs: right-to-left hand-writing uses the upright face
    ctx.font = `${sz}px ${op.rtl ? FAMILY.sans : FAMILY[op.f]}`;
    const w = ctx.measureText(u).width * 1.08;
    const t = (x - startX) / Math.max(total, 1);
    const dy = Math.sin(phase + (x - startX) / 35) * 1.4 + drift * t + (rng() - 0.5) * 1.6;
    ctx.save();
    ctx.translate(op.rtl ? op.x : x, op.y + dy);
    ctx.transform(1, 0, slant, 1, 0, 0);
    ctx.rotate((rng() - 0.5) * 0.16);
    ctx.fillText(u, 0, 0);
    ctx.fillText(u, 0.35, 0.15);
    ctx.restore();
    x += w * (0.93 + rng() * 0.12);
  }
  ctx.direction = 'ltr';
  ctx.textAlign = 'left';
  if (op.strike) strike(ctx, startX, op.y, x - startX, op.size, op.c, rng);
}

export interface ScanOptions {
  /** 1 = clean office scan, 2 = photocopy, 3 = photocopy of a photocopy */
  gen: number;
  dpi?: number;
  quality?: number;
}

async function degradeScan(canvas: Canvas, rng: Rng, o: ScanOptions): Promise<Buffer> {
  const w = canvas.width;
  const h = canvas.height;
  const out = createCanvas(w, h);
  const ctx = out.getContext('2d');
  ctx.fillStyle = o.gen >= 2 ? '#f2f2f0' : '#fafafa';
  ctx.fillRect(0, 0, w, h);
  const angle = (rng() - 0.5) * (o.gen >= 2 ? 0.05 : 0.025);
  const dx = (rng() - 0.5) * 20;
  ctx.save();
  ctx.translate(w / 2 + dx, h / 2 + (rng() - 0.5) * 16);
  ctx.rotate(angle);
  ctx.drawImage(canvas, -w / 2, -h / 2);
  ctx.restore();
  if (o.gen >= 2) {
    // dark copier margins, a toner streak, dirt
    ctx.fillStyle = 'rgba(20,20,20,0.85)';
    const side = 6 + rng() * 22;
    if (rng() < 0.6) ctx.fillRect(0, 0, side, h);
    if (rng() < 0.5) ctx.fillRect(w - side * 0.7, 0, side, h);
    if (rng() < 0.4) ctx.fillRect(0, h - side, w, side);
    ctx.fillStyle = 'rgba(60,60,60,0.25)';
    const sx = rng() * w;
    ctx.fillRect(sx, 0, 2 + rng() * 4, h);
  }
  const specks = o.gen === 1 ? 250 : o.gen === 2 ? 1400 : 3500;
  for (let i = 0; i < specks; i++) {
    ctx.fillStyle = `rgba(0,0,0,${0.25 + rng() * 0.6})`;
    const r = rng() * (o.gen >= 3 ? 2.2 : 1.4);
    ctx.fillRect(rng() * w, rng() * h, r, r);
  }
  let img = sharp(await out.encode('png')).grayscale();
  if (o.gen >= 2) img = img.linear(o.gen >= 3 ? 1.6 : 1.3, o.gen >= 3 ? -70 : -35);
  if (o.gen >= 3) {
    // copy of a copy: the detail lost by the first generation stays lost
    img = sharp(await img.blur(0.9).png().toBuffer())
      .threshold(165)
      .blur(0.7);
  } else img = img.blur(0.55);
  return img.jpeg({ quality: o.quality ?? (o.gen >= 2 ? 45 : 55), chromaSubsampling: '4:2:0', mozjpeg: false }).toBuffer();
}

export async function renderScan(pages: Page[], rng: Rng, o: ScanOptions): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (const pg of pages) {
    const c = rasterPage(pg, o.dpi ?? 150, rng);
    const jpg = await degradeScan(c, rng, o);
    const image = await pdf.embedJpg(jpg);
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE_W, height: PAGE_H });
  }
  pdf.setProducer('RICOH MP C3004ex');
  pdf.setCreator('RICOH MP C3004ex');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return pdf.save({ useObjectStreams: false });
}

/** Fax: coarse vertical resolution, hard threshold, a transmission header on every page. */
export async function renderFax(pages: Page[], rng: Rng, header: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  let n = 0;
  for (const pg of pages) {
    n++;
    const c = rasterPage(pg, 150, rng, '#ffffff');
    const ctx = c.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = '#000';
    ctx.font = `17px ${FAMILY.mono}`;
    ctx.fillText(`${header}  P.${String(n).padStart(2, '0')}/${String(pages.length).padStart(2, '0')}`, 30, 22);
    const w = c.width;
    const h = c.height;
    const low = await sharp(await c.encode('png'))
      .grayscale()
      .resize(Math.round(w * 1.15), Math.round(h * 0.55), { fit: 'fill' })
      .threshold(150 + Math.round(rng() * 30))
      .toBuffer();
    const png = await sharp(low)
      .resize(Math.round(w * 1.15), Math.round(h * 1.1), { fit: 'fill', kernel: 'nearest' })
      .png({ compressionLevel: 9 })
      .toBuffer();
    const image = await pdf.embedPng(png);
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    page.drawImage(image, { x: 0, y: 0, width: PAGE_W, height: PAGE_H });
  }
  pdf.setProducer('Brother MFC-L2710DW');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  return pdf.save({ useObjectStreams: false });
}

/** A phone photo of the (first) page lying on a table: keystone, rotation, shadow, JPEG. */
export async function renderPhoto(pg: Page, rng: Rng, o: { table?: 'wood' | 'cloth' | 'grey'; flash?: boolean } = {}): Promise<Buffer> {
  const src = rasterPage(pg, 130, rng, '#f6f3ea');
  const W = 1500;
  const H = 2000;
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  const table = o.table ?? 'wood';
  if (table === 'wood') {
    ctx.fillStyle = '#8a5f3a';
    ctx.fillRect(0, 0, W, H);
    for (let i = 0; i < 220; i++) {
      ctx.strokeStyle = `rgba(${50 + rng() * 40},${30 + rng() * 20},10,${0.15 + rng() * 0.25})`;
      ctx.lineWidth = 1 + rng() * 5;
      const y0 = rng() * H;
      ctx.beginPath();
      ctx.moveTo(0, y0);
      ctx.bezierCurveTo(W / 3, y0 + (rng() - 0.5) * 60, (2 * W) / 3, y0 + (rng() - 0.5) * 60, W, y0 + (rng() - 0.5) * 40);
      ctx.stroke();
    }
  } else if (table === 'cloth') {
    ctx.fillStyle = '#e9e4dc';
    ctx.fillRect(0, 0, W, H);
    ctx.fillStyle = 'rgba(180,40,40,0.35)';
    for (let x = 0; x < W; x += 90) ctx.fillRect(x, 0, 45, H);
    for (let y = 0; y < H; y += 90) ctx.fillRect(0, y, W, 45);
  } else {
    ctx.fillStyle = '#5d6166';
    ctx.fillRect(0, 0, W, H);
  }
  // keystone: the top edge further away than the bottom edge
  const sw = src.width;
  const sh = src.height;
  const topW = 1050 + rng() * 120;
  const botW = 1280 + rng() * 120;
  const top = 110 + rng() * 80;
  const bottom = H - 90 - rng() * 80;
  const cx = W / 2 + (rng() - 0.5) * 80;
  const angle = (rng() - 0.5) * 0.12;
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate(angle);
  ctx.translate(-W / 2, -H / 2);
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 25;
  ctx.fillStyle = '#f6f3ea';
  ctx.beginPath();
  ctx.moveTo(cx - topW / 2, top);
  ctx.lineTo(cx + topW / 2, top);
  ctx.lineTo(cx + botW / 2, bottom);
  ctx.lineTo(cx - botW / 2, bottom);
  ctx.closePath();
  ctx.fill();
  ctx.shadowBlur = 0;
  ctx.shadowColor = 'transparent';
  const strips = 400;
  for (let i = 0; i < strips; i++) {
    const t0 = i / strips;
    const t1 = (i + 1) / strips;
    // perspective: rows further away are compressed
    const ease = (t: number) => t * (0.86 + 0.14 * t);
    const y0 = top + (bottom - top) * (ease(t0) / ease(1));
    const y1 = top + (bottom - top) * (ease(t1) / ease(1));
    const wRow = topW + (botW - topW) * t0;
    const curl = Math.sin(t0 * Math.PI) * 10;
    ctx.drawImage(src, 0, t0 * sh, sw, sh / strips + 1, cx - wRow / 2 + curl, y0, wRow, y1 - y0 + 1);
  }
  ctx.restore();
  // light from the window on one side, the phone's and a hand's shadow on the other
  const g = ctx.createLinearGradient(0, 0, W, H * 0.6);
  g.addColorStop(0, 'rgba(255,250,235,0.10)');
  g.addColorStop(0.55, 'rgba(0,0,0,0)');
  g.addColorStop(1, 'rgba(0,0,0,0.38)');
  ctx.fillStyle = g;
  ctx.fillRect(0, 0, W, H);
  const sx = W * (0.55 + rng() * 0.3);
  const sy = H * (0.75 + rng() * 0.2);
  const shadow = ctx.createRadialGradient(sx, sy, 40, sx, sy, 460);
  shadow.addColorStop(0, 'rgba(0,0,0,0.30)');
  shadow.addColorStop(0.6, 'rgba(0,0,0,0.18)');
  shadow.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = shadow;
  ctx.fillRect(0, 0, W, H);
  if (o.flash) {
    const r = ctx.createRadialGradient(W * 0.5, H * 0.42, 10, W * 0.5, H * 0.42, 380);
    r.addColorStop(0, 'rgba(255,255,255,0.75)');
    r.addColorStop(1, 'rgba(255,255,255,0)');
    ctx.fillStyle = r;
    ctx.fillRect(0, 0, W, H);
  }
  for (let i = 0; i < 9000; i++) {
    ctx.fillStyle = `rgba(${rng() < 0.5 ? '0,0,0' : '255,255,255'},${rng() * 0.08})`;
    ctx.fillRect(rng() * W, rng() * H, 2, 2);
  }
  return sharp(await out.encode('png'))
    .blur(0.8)
    .jpeg({ quality: 68 })
    .withMetadata({ exif: { IFD0: { Make: 'samsung', Model: 'SM-A145R' } } })
    .toBuffer();
}
