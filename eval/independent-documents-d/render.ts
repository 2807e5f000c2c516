// Renderers for set D. The display list and the born-digital / fax / photo renderers come from the
// shared library in ../independent-documents-c/lib; this file adds what client post looks like when it
// has been in a bag or on a kitchen table: folds and crumples on scans, Skia-made PDFs for right-to-left
// text (a letter typed on a phone in Arabic, exported to PDF), and paper helpers (ruled notebook paper).
import { createCanvas, GlobalFonts, type SKRSContext2D, PDFDocument as SkiaPdf } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { between, type Rng } from '../independent-documents-c/lib/rng.ts';
import { type Doc, FONT_FILES, type Op, PAGE_H, PAGE_W, type Page, type RGB } from '../independent-documents-c/lib/sheet.ts';

const css = (c: RGB) => `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})`;
const DIR = '/usr/share/fonts/truetype/dejavu/';
for (const [k, file] of Object.entries(FONT_FILES)) GlobalFonts.registerFromPath(DIR + file, `F_${k}`);

/** Draw a display list onto any 2D context (canvas or a Skia PDF page). Handwriting wobbles per letter. */
export function drawOps(g: SKRSContext2D, ops: Op[], r: Rng, wobble = true): void {
  for (const op of ops) {
    if (op.k === 'text') {
      if ((op.f === 'hand' || op.f === 'hand2') && wobble && !op.rtl) {
        hand(g, op, r);
        continue;
      }
      g.font = `${op.size}px F_${op.f}`;
      g.fillStyle = css(op.color);
      g.direction = op.rtl ? 'rtl' : 'ltr';
      g.textAlign = op.align;
      g.fillText(op.s, op.x, op.y);
      g.direction = 'ltr';
    } else if (op.k === 'line') {
      g.strokeStyle = css(op.color);
      g.lineWidth = op.w;
      g.setLineDash(op.dash ? [op.dash, op.dash] : []);
      g.beginPath();
      g.moveTo(op.x1, op.y1);
      g.lineTo(op.x2, op.y2);
      g.stroke();
      g.setLineDash([]);
    } else if (op.k === 'rect') {
      if (op.fill) {
        g.fillStyle = css(op.fill);
        g.fillRect(op.x, op.y, op.w, op.h);
      }
      if (op.stroke) {
        g.strokeStyle = css(op.stroke);
        g.lineWidth = op.lw ?? 0.6;
        g.strokeRect(op.x, op.y, op.w, op.h);
      }
    } else if (op.k === 'ellipse') {
      g.beginPath();
      g.ellipse(op.cx, op.cy, op.rx, op.ry, 0, 0, Math.PI * 2);
      if (op.fill) {
        g.fillStyle = css(op.fill);
        g.fill();
      }
      if (op.stroke) {
        g.strokeStyle = css(op.stroke);
        g.lineWidth = op.lw ?? 0.6;
        g.stroke();
      }
    } else {
      g.save();
      g.translate(op.cx, op.cy);
      g.rotate((-op.rot * Math.PI) / 180);
      g.translate(-op.cx, -op.cy);
      drawOps(g, op.ops, r, wobble);
      g.restore();
    }
  }
}

function hand(g: SKRSContext2D, op: Extract<Op, { k: 'text' }>, r: Rng): void {
  g.font = `${op.size}px F_${op.f}`;
  const total = g.measureText(op.s).width * 1.05;
  let x = op.align === 'right' ? op.x - total : op.align === 'center' ? op.x - total / 2 : op.x;
  const x0 = x;
  const slope = between(r, -0.02, 0.02);
  const press = between(r, 0.85, 1.1);
  g.fillStyle = css(op.color);
  g.textAlign = 'left';
  for (const ch of op.s) {
    const size = op.size * between(r, 0.9, 1.1) * press;
    g.font = `${size}px F_${op.f}`;
    g.save();
    g.translate(x, op.y + (x - x0) * slope + between(r, -0.7, 0.7));
    g.rotate(between(r, -0.07, 0.07));
    g.fillText(ch, 0, 0);
    g.restore();
    x += g.measureText(ch).width * between(r, 1.0, 1.09);
  }
}

/** Born-digital PDF through Skia: shapes Arabic properly and keeps a text layer. */
export async function renderSkiaPdf(d: Doc, meta: { title: string; author: string; creator: string; date: Date }): Promise<Uint8Array> {
  const pdf = new SkiaPdf({ title: meta.title, author: meta.author, creator: meta.creator, producer: meta.creator });
  const r = () => 0.5;
  for (const p of d.pages) {
    const g = pdf.beginPage(PAGE_W, PAGE_H);
    g.fillStyle = '#ffffff';
    g.fillRect(0, 0, PAGE_W, PAGE_H);
    drawOps(g as unknown as SKRSContext2D, p.ops, r, false);
    pdf.endPage();
  }
  // Skia writes no dates; set fixed ones like any exporting app would.
  const doc = await PDFDocument.load(pdf.close(), { updateMetadata: false });
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
  return doc.save({ useObjectStreams: false });
}

function canvasOf(ops: Op[], dpi: number, r: Rng, bg: string) {
  const sx = dpi / 72;
  const c = createCanvas(Math.round(PAGE_W * sx), Math.round(PAGE_H * sx));
  const g = c.getContext('2d');
  g.fillStyle = bg;
  g.fillRect(0, 0, c.width, c.height);
  g.scale(sx, sx);
  drawOps(g, ops, r);
  return c;
}

export interface ScanOpts {
  dpi: number;
  skew: number;
  blur: number;
  paper: number;
  speckle: number;
  quality: number;
  /** 0 = flat sheet; 1 = folded in three for the envelope; 2 = carried in a bag, crumpled. */
  crumple: 0 | 1 | 2;
  lidShadow?: boolean;
  /** A copy of a copy: grey toner, grey paper, a dark band where the copier lid did not close. */
  faint?: boolean;
  /** Page not pushed against the glass corner: shifted by this fraction of the width. */
  shift?: number;
}

/** A flatbed or multifunction scan of one page: greyscale JPEG. */
export async function scanPage(ops: Op[], o: ScanOpts, r: Rng): Promise<{ data: Buffer; w: number; h: number }> {
  const c = canvasOf(ops, o.dpi, r, '#ffffff');
  const w = c.width;
  const h = c.height;
  const rgba = c.getContext('2d').getImageData(0, 0, w, h).data;
  const data = new Float32Array(w * h);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) data[j] = (0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!) / 255;
  // Folds: a crease line with one side a little darker (the sheet does not lie flat there).
  const folds: { nx: number; ny: number; d: number; depth: number }[] = [];
  if (o.crumple >= 1) {
    for (const f of [1 / 3, 2 / 3])
      folds.push({ nx: between(r, -0.02, 0.02), ny: 1, d: f * h + between(r, -0.02, 0.02) * h, depth: between(r, 0.05, 0.1) });
  }
  if (o.crumple === 2) {
    for (let i = 0; i < 7; i++) {
      const a = between(r, 0, Math.PI);
      folds.push({
        nx: Math.cos(a),
        ny: Math.sin(a),
        d: between(r, 0.2, 0.8) * (Math.abs(Math.cos(a)) * w + Math.abs(Math.sin(a)) * h),
        depth: between(r, 0.04, 0.12),
      });
    }
  }
  const waves = Array.from({ length: o.crumple === 2 ? 5 : 1 }, () => ({
    fx: between(r, 1, 6) / w,
    fy: between(r, 1, 6) / h,
    ph: between(r, 0, 6.28),
    amp: o.crumple === 2 ? between(r, 0.015, 0.04) : 0.008,
  }));
  const toner = o.faint ? between(r, 0.3, 0.4) : between(r, 0.06, 0.17);
  const grad = between(r, -0.04, 0.04);
  const paper = (o.faint ? o.paper - 28 : o.paper) / 255;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      let shade = 1 + (grad * y) / h;
      for (const f of folds) {
        const dist = f.nx * x + f.ny * y - f.d;
        const ad = Math.abs(dist);
        if (ad < 1.5) shade -= f.depth * 1.6;
        else if (ad < 3) shade += f.depth * 0.5;
        else if (dist > 0) shade -= f.depth * 0.5 * Math.exp(-ad / (w * 0.08));
      }
      for (const v of waves) shade -= v.amp * (1 + Math.sin(x * v.fx * 6.28 + y * v.fy * 6.28 + v.ph));
      const tone = paper * shade;
      data[i] = toner + (tone - toner) * data[i]!;
    }
  }
  const out = Buffer.alloc(w * h);
  for (let i = 0; i < out.length; i++) out[i] = Math.max(0, Math.min(255, Math.round(data[i]! * 255)));
  const dots = Math.round((w * h * o.speckle) / 1e5);
  for (let n = 0; n < dots; n++) {
    const cx = Math.floor(r() * w);
    const cy = Math.floor(r() * h);
    const s = r() < 0.85 ? 1 : 2;
    const v = Math.round(between(r, 30, 150));
    for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) if (cx + dx < w && cy + dy < h) out[(cy + dy) * w + cx + dx] = v;
  }
  if (o.faint) {
    const band = Math.round(h * 0.02);
    for (let y = h - band; y < h; y++) for (let x = 0; x < w; x++) out[y * w + x] = Math.round(40 + r() * 30);
  }
  if (o.lidShadow) {
    const band = Math.round(w * 0.014);
    for (let y = 0; y < h; y++) for (let x = 0; x < band; x++) out[y * w + x] = Math.round(out[y * w + x]! * (0.3 + (0.7 * x) / band));
  }
  const bgv = Math.max(0, Math.round(o.paper) - 30);
  const rotated = await sharp(out, { raw: { width: w, height: h, channels: 1 } })
    .blur(o.blur)
    .rotate(o.skew, { background: { r: bgv, g: bgv, b: bgv } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const shift = Math.round((o.shift ?? 0) * w);
  const left = Math.max(0, Math.min(rotated.info.width - w, Math.floor((rotated.info.width - w) / 2) - shift));
  const top = Math.floor((rotated.info.height - h) / 2);
  const data2 = await sharp(rotated.data, {
    raw: { width: rotated.info.width, height: rotated.info.height, channels: rotated.info.channels },
  })
    .extract({ left, top, width: w, height: h })
    .toColourspace('b-w')
    .jpeg({ quality: o.quality, mozjpeg: true })
    .toBuffer();
  return { data: data2, w, h };
}

/** Ruled notebook paper (blue lines, red margin, punched holes) drawn under the writing. */
export function notebook(p: Page, o: { top?: number; lh?: number; holes?: boolean; margin?: boolean } = {}): void {
  const top = o.top ?? 90;
  const lh = o.lh ?? 22;
  for (let y = top; y < PAGE_H - 30; y += lh) p.line(0, y, PAGE_W, y, 0.45, [0.62, 0.74, 0.9]);
  if (o.margin !== false) p.line(72, 0, 72, PAGE_H, 0.6, [0.9, 0.45, 0.45]);
  if (o.holes) for (const y of [PAGE_H * 0.3, PAGE_H * 0.7]) p.ellipse(22, y, 7, 7, { fill: [0.55, 0.55, 0.55] });
}

/** Lines of handwriting sitting on the ruled lines of notebook paper. */
export function handLines(
  p: Page,
  lines: string[],
  o: { x?: number; top?: number; lh?: number; size?: number; ink?: RGB; f?: 'hand' | 'hand2'; rtl?: boolean } = {},
): void {
  const lh = o.lh ?? 22;
  let y = o.top ?? p.y;
  for (const l of lines) {
    if (l) {
      if (o.rtl) p.t(o.x ?? PAGE_W - 50, y - 4, l, { f: 'sans', size: o.size ?? 12.5, color: o.ink ?? [0.1, 0.16, 0.5], rtl: true });
      else p.t(o.x ?? 82, y - 4, l, { f: o.f ?? 'hand', size: o.size ?? 14, color: o.ink ?? [0.1, 0.16, 0.5] });
    }
    y += lh;
  }
  p.y = y;
}
