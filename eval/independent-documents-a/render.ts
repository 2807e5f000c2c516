/**
 * Page model and the three renderers for the independent document set A:
 * born-digital PDF (pdf-lib, text layer), noisy desk scan (raster JPEG in a PDF, no text layer)
 * and phone photo (JPEG/PNG of a sheet on a table). Everything is deterministic for a seed.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { type Canvas, createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, rgb } from 'pdf-lib';
import sharp from 'sharp';

export type FontKey = 'sans' | 'sansB' | 'serif' | 'serifB' | 'mono' | 'monoB' | 'cond' | 'condB' | 'hand' | 'hand2';

const FONT_FILES: Record<FontKey, string> = {
  sans: 'DejaVuSans.ttf',
  sansB: 'DejaVuSans-Bold.ttf',
  serif: 'DejaVuSerif.ttf',
  serifB: 'DejaVuSerif-Bold.ttf',
  mono: 'DejaVuSansMono.ttf',
  monoB: 'DejaVuSansMono-Bold.ttf',
  cond: 'DejaVuSansCondensed.ttf',
  condB: 'DejaVuSansCondensed-Bold.ttf',
  hand: 'DejaVuSansCondensed-Oblique.ttf',
  hand2: 'DejaVuSerifCondensed-Italic.ttf',
};

const FONT_DIR = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
let registered = false;
function family(key: FontKey): string {
  return `IDA ${key}`;
}
function registerFonts(): void {
  if (registered) return;
  for (const [key, file] of Object.entries(FONT_FILES)) {
    if (!GlobalFonts.registerFromPath(join(FONT_DIR, file), family(key as FontKey))) throw new Error(`font ${file} not registered`);
  }
  registered = true;
}

export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const PAGE = { w: 595.28, h: 841.89 };
const MM = 72 / 25.4;
export const mm = (v: number): number => v * MM;

type Color = [number, number, number];
export const INK: Record<string, Color> = {
  black: [0.05, 0.05, 0.05],
  grey: [0.4, 0.4, 0.4],
  blue: [0.08, 0.16, 0.55],
  pen: [0.1, 0.12, 0.45],
  red: [0.7, 0.08, 0.08],
  green: [0.05, 0.42, 0.25],
  orange: [0.9, 0.45, 0.05],
  navy: [0.05, 0.12, 0.3],
  teal: [0.0, 0.4, 0.45],
  purple: [0.35, 0.12, 0.45],
};

type Op =
  | { k: 'text'; page: number; x: number; y: number; s: string; font: FontKey; size: number; color: Color; rtl?: boolean; hand?: boolean }
  | { k: 'line'; page: number; x1: number; y1: number; x2: number; y2: number; w: number; color: Color }
  | { k: 'rect'; page: number; x: number; y: number; w: number; h: number; fill?: Color; stroke?: Color };

export interface TextOpts {
  font?: FontKey;
  size?: number;
  color?: Color;
  align?: 'left' | 'right' | 'center';
  /** Left offset from the margin, in mm. */
  indent?: number;
  /** Width in mm (defaults to the text column). */
  width?: number;
  /** Line height factor. */
  lh?: number;
  rtl?: boolean;
  hand?: boolean;
}

export interface Cell {
  s: string;
  /** x in mm from the left margin. */
  x: number;
  font?: FontKey;
  size?: number;
  color?: Color;
  align?: 'left' | 'right';
  hand?: boolean;
}

const measureCtx = (() => {
  registerFonts();
  return createCanvas(10, 10).getContext('2d');
})();

export function textWidth(s: string, font: FontKey, size: number): number {
  measureCtx.font = `${size}px "${family(font)}"`;
  return measureCtx.measureText(s).width;
}

/** A document being laid out: a list of drawing operations on A4 pages, in points from the top-left. */
export class Doc {
  ops: Op[] = [];
  page = 0;
  y: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
  font: FontKey;
  size: number;
  /** Called on every new page after the first (running header/footer). */
  onNewPage?: (d: Doc) => void;

  constructor(opts: { font?: FontKey; size?: number; margin?: number; top?: number } = {}) {
    this.font = opts.font ?? 'sans';
    this.size = opts.size ?? 10;
    this.left = mm(opts.margin ?? 22);
    this.right = PAGE.w - mm(opts.margin ?? 22);
    this.top = mm(opts.top ?? 18);
    this.bottom = PAGE.h - mm(18);
    this.y = this.top;
  }

  get pages(): number {
    return this.page + 1;
  }

  newPage(): void {
    this.page++;
    this.y = this.top;
    this.onNewPage?.(this);
  }

  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage();
  }

  gap(mmH: number): this {
    this.y += mm(mmH);
    return this;
  }

  at(mmY: number): this {
    this.y = mm(mmY);
    return this;
  }

  private wrap(s: string, font: FontKey, size: number, width: number): string[] {
    if (textWidth(s, font, size) <= width) return [s];
    const words = s.split(' ');
    const out: string[] = [];
    let cur = '';
    for (const w of words) {
      const next = cur ? `${cur} ${w}` : w;
      if (cur && textWidth(next, font, size) > width) {
        out.push(cur);
        cur = w;
      } else cur = next;
    }
    if (cur) out.push(cur);
    return out;
  }

  /** A paragraph; `\n` starts a new line. */
  text(s: string, o: TextOpts = {}): this {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    const color = o.color ?? INK.black!;
    const x0 = this.left + mm(o.indent ?? 0);
    const width = o.width !== undefined ? mm(o.width) : this.right - x0;
    const lh = size * (o.lh ?? 1.35);
    for (const para of s.split('\n')) {
      const lines = para === '' ? [''] : this.wrap(para, font, size, width);
      for (const line of lines) {
        this.ensure(lh);
        this.y += lh;
        if (line === '') continue;
        let x = x0;
        const w = textWidth(line, font, size);
        const align = o.align ?? (o.rtl ? 'right' : 'left');
        if (align === 'right') x = x0 + width - w;
        if (align === 'center') x = x0 + (width - w) / 2;
        this.ops.push({ k: 'text', page: this.page, x, y: this.y - size * 0.25, s: line, font, size, color, rtl: o.rtl, hand: o.hand });
      }
    }
    return this;
  }

  /** One line with cells at fixed x positions (mm from the left margin). */
  row(cells: Cell[], o: { size?: number; lh?: number } = {}): this {
    const maxSize = Math.max(...cells.map((c) => c.size ?? o.size ?? this.size));
    const lh = maxSize * (o.lh ?? 1.35);
    this.ensure(lh);
    this.y += lh;
    for (const c of cells) {
      const font = c.font ?? this.font;
      const size = c.size ?? o.size ?? this.size;
      let x = this.left + mm(c.x);
      if (c.align === 'right') x -= textWidth(c.s, font, size);
      this.ops.push({
        k: 'text',
        page: this.page,
        x,
        y: this.y - size * 0.25,
        s: c.s,
        font,
        size,
        color: c.color ?? INK.black!,
        hand: c.hand,
      });
    }
    return this;
  }

  /** Absolute text, not moving the cursor (letterheads, stamps, margins). */
  put(
    s: string,
    xMm: number,
    yMm: number,
    o: { font?: FontKey; size?: number; color?: Color; align?: 'left' | 'right'; hand?: boolean } = {},
  ): this {
    const font = o.font ?? this.font;
    const size = o.size ?? this.size;
    let x = mm(xMm);
    if (o.align === 'right') x -= textWidth(s, font, size);
    this.ops.push({ k: 'text', page: this.page, x, y: mm(yMm), s, font, size, color: o.color ?? INK.black!, hand: o.hand });
    return this;
  }

  rule(o: { w?: number; color?: Color; from?: number; to?: number } = {}): this {
    this.y += mm(1.5);
    const x1 = o.from !== undefined ? this.left + mm(o.from) : this.left;
    const x2 = o.to !== undefined ? this.left + mm(o.to) : this.right;
    this.ops.push({ k: 'line', page: this.page, x1, y1: this.y, x2, y2: this.y, w: o.w ?? 0.6, color: o.color ?? INK.black! });
    this.y += mm(1.5);
    return this;
  }

  rect(xMm: number, yMm: number, wMm: number, hMm: number, o: { fill?: Color; stroke?: Color } = {}): this {
    this.ops.push({ k: 'rect', page: this.page, x: mm(xMm), y: mm(yMm), w: mm(wMm), h: mm(hMm), fill: o.fill, stroke: o.stroke });
    return this;
  }

  line(x1: number, y1: number, x2: number, y2: number, w = 0.6, color: Color = INK.black!): this {
    this.ops.push({ k: 'line', page: this.page, x1: mm(x1), y1: mm(y1), x2: mm(x2), y2: mm(y2), w, color });
    return this;
  }

  /** Current cursor in mm. */
  get yMm(): number {
    return this.y / MM;
  }

  /** A printed label and a handwritten (or typed) value on a dotted/solid line: forms. */
  field(label: string, value: string, o: { labelW?: number; hand?: boolean; font?: FontKey; size?: number; lineTo?: number } = {}): this {
    const labelW = o.labelW ?? 55;
    const size = o.size ?? this.size;
    const lh = size * 2.1;
    this.ensure(lh);
    this.y += lh;
    const baseline = this.y - size * 0.3;
    this.ops.push({
      k: 'text',
      page: this.page,
      x: this.left,
      y: baseline,
      s: label,
      font: this.font,
      size: size * 0.9,
      color: INK.black!,
    });
    const lx = this.left + mm(labelW);
    const lineTo = o.lineTo !== undefined ? this.left + mm(o.lineTo) : this.right;
    this.ops.push({ k: 'line', page: this.page, x1: lx, y1: baseline + 2.5, x2: lineTo, y2: baseline + 2.5, w: 0.4, color: INK.grey! });
    if (value) {
      const hand = o.hand ?? true;
      this.ops.push({
        k: 'text',
        page: this.page,
        x: lx + 4,
        y: baseline - 0.5,
        s: value,
        font: o.font ?? (hand ? 'hand' : this.font),
        size: hand ? size * 1.2 : size,
        color: hand ? INK.pen! : INK.black!,
        hand,
      });
    }
    return this;
  }

  /** A check box with a label; `checked` draws a hand-made cross. */
  check(label: string, checked: boolean, o: { indent?: number; hand?: boolean } = {}): this {
    const size = this.size;
    const lh = size * 1.7;
    this.ensure(lh);
    this.y += lh;
    const x = this.left + mm(o.indent ?? 0);
    const b = size * 0.9;
    const top = this.y - size * 0.95;
    this.ops.push({ k: 'rect', page: this.page, x, y: top, w: b, h: b, stroke: INK.black! });
    if (checked) {
      const c = o.hand === false ? INK.black! : INK.pen!;
      this.ops.push({ k: 'line', page: this.page, x1: x + 1, y1: top + 1, x2: x + b - 1, y2: top + b - 1, w: 1.3, color: c });
      this.ops.push({ k: 'line', page: this.page, x1: x + b - 1, y1: top + 1, x2: x + 1, y2: top + b - 1, w: 1.3, color: c });
    }
    this.ops.push({
      k: 'text',
      page: this.page,
      x: x + b + 5,
      y: this.y - size * 0.25,
      s: label,
      font: this.font,
      size,
      color: INK.black!,
    });
    return this;
  }
}

// ---------------------------------------------------------------- raster

function paint(ctx: SKRSContext2D, ops: Op[], page: number, scale: number, rnd: () => number, inkBoost = 0): void {
  const css = (c: Color, dim = 0): string =>
    `rgb(${Math.round(Math.min(255, c[0] * 255 + dim))},${Math.round(Math.min(255, c[1] * 255 + dim))},${Math.round(Math.min(255, c[2] * 255 + dim))})`;
  for (const op of ops) {
    if (op.page !== page) continue;
    if (op.k === 'rect') {
      if (op.fill) {
        ctx.fillStyle = css(op.fill);
        ctx.fillRect(op.x * scale, op.y * scale, op.w * scale, op.h * scale);
      }
      if (op.stroke) {
        ctx.strokeStyle = css(op.stroke);
        ctx.lineWidth = Math.max(1, 0.6 * scale);
        ctx.strokeRect(op.x * scale, op.y * scale, op.w * scale, op.h * scale);
      }
    } else if (op.k === 'line') {
      ctx.strokeStyle = css(op.color);
      ctx.lineWidth = Math.max(1, op.w * scale);
      ctx.beginPath();
      ctx.moveTo(op.x1 * scale, op.y1 * scale);
      ctx.lineTo(op.x2 * scale, op.y2 * scale);
      ctx.stroke();
    } else {
      ctx.font = `${op.size * scale}px "${family(op.font)}"`;
      ctx.fillStyle = css(op.color, inkBoost);
      if (op.rtl) {
        ctx.direction = 'rtl';
        ctx.textAlign = 'right';
        const w = textWidth(op.s, op.font, op.size);
        ctx.fillText(op.s, (op.x + w) * scale, op.y * scale);
        ctx.direction = 'ltr';
        ctx.textAlign = 'left';
      } else if (op.hand) {
        // Word by word, each a little off the line and turned: pen on paper.
        let x = op.x;
        for (const word of op.s.split(' ')) {
          const dy = (rnd() - 0.5) * op.size * 0.25;
          const rot = (rnd() - 0.5) * 0.06;
          ctx.save();
          ctx.translate(x * scale, (op.y + dy) * scale);
          ctx.rotate(rot);
          ctx.fillText(word, 0, 0);
          ctx.restore();
          x += textWidth(`${word} `, op.font, op.size) * (1 + (rnd() - 0.5) * 0.08);
        }
      } else {
        ctx.fillText(op.s, op.x * scale, op.y * scale);
      }
    }
  }
}

export interface ScanOpts {
  dpi: number;
  skewDeg: number;
  blur: number;
  /** Speckles per page. */
  speckles: number;
  /** Paper grey (255 = white). */
  paper: number;
  quality: number;
  /** A dark band along one edge: the scanner lid did not close. */
  edgeShadow?: boolean;
  /** Ink lighter by this much (faint toner). */
  faint?: number;
  /** Fold line across the middle. */
  fold?: boolean;
}

async function rasterPage(
  doc: Doc,
  page: number,
  dpi: number,
  rnd: () => number,
  faint = 0,
): Promise<{ canvas: Canvas; w: number; h: number }> {
  registerFonts();
  const scale = dpi / 72;
  const w = Math.round(PAGE.w * scale);
  const h = Math.round(PAGE.h * scale);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, w, h);
  paint(ctx, doc.ops, page, scale, rnd, faint);
  return { canvas, w, h };
}

/** A desk scan: greyscale, skewed, blurred, speckled, JPEG pages in a PDF without a text layer. */
export async function renderScan(doc: Doc, seed: number, o: ScanOpts): Promise<Buffer> {
  const rnd = seeded(seed);
  const pdf = await PDFDocument.create();
  fixMeta(pdf, 'Scanned Document', 'RICOH IM C3000 / ScanRouter');
  for (let p = 0; p < doc.pages; p++) {
    const { canvas, w, h } = await rasterPage(doc, p, o.dpi, rnd, o.faint ?? 0);
    const ctx = canvas.getContext('2d');
    for (let i = 0; i < o.speckles; i++) {
      const g = Math.floor(rnd() * 90);
      ctx.fillStyle = `rgb(${g},${g},${g})`;
      const r = 0.5 + rnd() * 1.6;
      ctx.beginPath();
      ctx.arc(rnd() * w, rnd() * h, r, 0, Math.PI * 2);
      ctx.fill();
    }
    if (o.fold) {
      const y = h * (0.33 + rnd() * 0.02);
      const grad = ctx.createLinearGradient(0, y - 6, 0, y + 6);
      grad.addColorStop(0, 'rgba(0,0,0,0)');
      grad.addColorStop(0.5, 'rgba(0,0,0,0.18)');
      grad.addColorStop(1, 'rgba(0,0,0,0)');
      ctx.fillStyle = grad;
      ctx.fillRect(0, y - 6, w, 12);
    }
    if (o.edgeShadow) {
      const bw = w * 0.05;
      const grad = ctx.createLinearGradient(w - bw, 0, w, 0);
      grad.addColorStop(0, 'rgba(0,0,0,0)');
      grad.addColorStop(1, 'rgba(0,0,0,0.75)');
      ctx.fillStyle = grad;
      ctx.fillRect(w - bw, 0, bw, h);
    }
    const png = canvas.toBuffer('image/png');
    const skew = o.skewDeg * (p % 2 === 0 ? 1 : -0.7);
    const rotated = await sharp(png)
      .rotate(skew, { background: { r: 255, g: 255, b: 255 } })
      .toBuffer({ resolveWithObject: true });
    const left = Math.max(0, Math.floor((rotated.info.width - w) / 2));
    const top = Math.max(0, Math.floor((rotated.info.height - h) / 2));
    let img = sharp(rotated.data).extract({ left, top, width: w, height: h }).greyscale();
    if (o.blur > 0.3) img = img.blur(o.blur);
    // Map white paper to a grey and black ink to a dark grey: a cheap scanner on auto-exposure.
    const a = (o.paper - 25) / 255;
    img = img.linear(a, 25);
    const jpg = await img.jpeg({ quality: o.quality, chromaSubsampling: '4:2:0' }).toBuffer();
    const image = await pdf.embedJpg(jpg);
    const pg = pdf.addPage([PAGE.w, PAGE.h]);
    pg.drawImage(image, { x: 0, y: 0, width: PAGE.w, height: PAGE.h });
  }
  return Buffer.from(await pdf.save());
}

export interface PhotoOpts {
  /** Rotation of the sheet in degrees. */
  angle: number;
  /** Horizontal shear (perspective stand-in). */
  shear: number;
  /** Shadow strength 0..1 from a corner (hand or phone). */
  shadow: number;
  background: [number, number, number];
  quality: number;
  format: 'jpg' | 'png';
  blur: number;
}

/** A phone photo of the first page lying on a table: rotated, sheared, shadowed, colour JPEG. */
export async function renderPhoto(doc: Doc, seed: number, o: PhotoOpts): Promise<Buffer> {
  const rnd = seeded(seed);
  const { canvas: sheet, w, h } = await rasterPage(doc, 0, 160, rnd);
  const sctx = sheet.getContext('2d');
  // Warm paper tone.
  sctx.globalCompositeOperation = 'multiply';
  sctx.fillStyle = 'rgb(250,246,236)';
  sctx.fillRect(0, 0, w, h);
  sctx.globalCompositeOperation = 'source-over';
  const W = Math.round(w * 1.18);
  const H = Math.round(h * 1.14);
  const out = createCanvas(W, H);
  const ctx = out.getContext('2d');
  const [br, bg, bb] = o.background;
  ctx.fillStyle = `rgb(${br},${bg},${bb})`;
  ctx.fillRect(0, 0, W, H);
  for (let i = 0; i < 5000; i++) {
    const d = Math.floor((rnd() - 0.5) * 30);
    ctx.fillStyle = `rgb(${br + d},${bg + d},${bb + d})`;
    ctx.fillRect(rnd() * W, rnd() * H, 2 + rnd() * 6, 1 + rnd() * 2);
  }
  ctx.save();
  ctx.translate(W / 2, H / 2);
  ctx.rotate((o.angle * Math.PI) / 180);
  ctx.transform(1, 0, o.shear, 1, 0, 0);
  ctx.shadowColor = 'rgba(0,0,0,0.45)';
  ctx.shadowBlur = 25;
  ctx.shadowOffsetX = 8;
  ctx.shadowOffsetY = 10;
  ctx.drawImage(sheet, -w / 2, -h / 2, w, h);
  ctx.restore();
  // The phone's (or the hand's) shadow over one corner, and lamp falloff.
  const sx = rnd() < 0.5 ? 0 : W;
  const grad = ctx.createRadialGradient(sx, H * 0.85, 10, sx, H * 0.85, W * 0.9);
  grad.addColorStop(0, `rgba(0,0,0,${o.shadow})`);
  grad.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = grad;
  ctx.fillRect(0, 0, W, H);
  const vig = ctx.createRadialGradient(W / 2, H / 2, W * 0.3, W / 2, H / 2, W * 0.85);
  vig.addColorStop(0, 'rgba(0,0,0,0)');
  vig.addColorStop(1, 'rgba(0,0,0,0.35)');
  ctx.fillStyle = vig;
  ctx.fillRect(0, 0, W, H);
  let img = sharp(out.toBuffer('image/png'));
  if (o.blur > 0.3) img = img.blur(o.blur);
  if (o.format === 'png') return img.png({ compressionLevel: 9, palette: true, colours: 64 }).toBuffer();
  return img.jpeg({ quality: o.quality }).toBuffer();
}

// ---------------------------------------------------------------- born-digital

function fixMeta(pdf: PDFDocument, title: string, producer: string): void {
  const when = new Date('2026-01-01T09:00:00Z');
  pdf.setTitle(title);
  pdf.setProducer(producer);
  pdf.setCreator(producer);
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
}

/** A born-digital PDF with a real text layer (embedded DejaVu subsets). */
export async function renderDigital(doc: Doc, meta: { title: string; producer: string; date: string }): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  fixMeta(pdf, meta.title, meta.producer);
  const when = new Date(`${meta.date}T10:00:00Z`);
  pdf.setCreationDate(when);
  pdf.setModificationDate(when);
  const fonts = new Map<FontKey, PDFFont>();
  const { readFile } = await import('node:fs/promises');
  const font = async (k: FontKey): Promise<PDFFont> => {
    let f = fonts.get(k);
    if (!f) {
      f = await pdf.embedFont(await readFile(join(FONT_DIR, FONT_FILES[k])), { subset: true });
      fonts.set(k, f);
    }
    return f;
  };
  const pages = Array.from({ length: doc.pages }, () => pdf.addPage([PAGE.w, PAGE.h]));
  for (const op of doc.ops) {
    const pg = pages[op.page]!;
    if (op.k === 'text') {
      pg.drawText(op.s, { x: op.x, y: PAGE.h - op.y, size: op.size, font: await font(op.font), color: rgb(...op.color) });
    } else if (op.k === 'line') {
      pg.drawLine({
        start: { x: op.x1, y: PAGE.h - op.y1 },
        end: { x: op.x2, y: PAGE.h - op.y2 },
        thickness: op.w,
        color: rgb(...op.color),
      });
    } else {
      pg.drawRectangle({
        x: op.x,
        y: PAGE.h - op.y - op.h,
        width: op.w,
        height: op.h,
        color: op.fill ? rgb(...op.fill) : undefined,
        borderColor: op.stroke ? rgb(...op.stroke) : undefined,
        borderWidth: op.stroke ? 0.6 : 0,
      });
    }
  }
  return Buffer.from(await pdf.save({ useObjectStreams: true }));
}
