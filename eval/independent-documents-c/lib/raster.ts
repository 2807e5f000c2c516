// Raster renderer and the paper effects: a flatbed scan (grey, skewed, speckled, soft), a phone
// photo (perspective, shadow, colour) and a fax (coarse vertical resolution, bilevel, header line).
import { type Canvas, createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { newPdf, type PdfMeta } from './pdf.ts';
import { between, type Rng } from './rng.ts';
import { type Doc, type Op, PAGE_H, PAGE_W, type RGB } from './sheet.ts';

const css = (c: RGB) => `rgb(${Math.round(c[0] * 255)},${Math.round(c[1] * 255)},${Math.round(c[2] * 255)})`;

export function drawPage(ops: Op[], dpi: number, r: Rng, bg = '#ffffff'): Canvas {
  const sx = dpi / 72;
  const canvas = createCanvas(Math.round(PAGE_W * sx), Math.round(PAGE_H * sx));
  const g = canvas.getContext('2d');
  g.fillStyle = bg;
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.scale(sx, sx);
  drawOps(g, ops, r);
  return canvas;
}

function drawOps(g: SKRSContext2D, ops: Op[], r: Rng): void {
  for (const op of ops) {
    if (op.k === 'text') {
      if (op.f === 'hand' || op.f === 'hand2') {
        handwrite(g, op, r);
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
      drawOps(g, op.ops, r);
      g.restore();
    }
  }
}

/** Handwriting: each letter wobbles a little in size, angle and baseline, in pen ink. */
function handwrite(g: SKRSContext2D, op: Extract<Op, { k: 'text' }>, r: Rng): void {
  g.font = `${op.size}px F_${op.f}`;
  const total = g.measureText(op.s).width * 1.04;
  let x = op.align === 'right' ? op.x - total : op.align === 'center' ? op.x - total / 2 : op.x;
  const slope = between(r, -0.015, 0.015);
  const x0 = x;
  g.fillStyle = css(op.color);
  g.textAlign = 'left';
  for (const ch of op.s) {
    const size = op.size * between(r, 0.92, 1.1);
    g.font = `${size}px F_${op.f}`;
    g.save();
    g.translate(x, op.y + (x - x0) * slope + between(r, -0.5, 0.5));
    g.rotate(between(r, -0.06, 0.06));
    g.fillText(ch, 0, 0);
    g.restore();
    x += g.measureText(ch).width * between(r, 1.0, 1.08);
  }
}

function toGrey(canvas: Canvas): { data: Uint8Array; w: number; h: number } {
  const w = canvas.width;
  const h = canvas.height;
  const rgba = canvas.getContext('2d').getImageData(0, 0, w, h).data;
  const data = new Uint8Array(w * h);
  for (let i = 0, j = 0; j < data.length; i += 4, j++) {
    data[j] = Math.round(0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!);
  }
  return { data, w, h };
}

export interface ScanOpts {
  dpi: number;
  skew: number;
  blur: number;
  paper: number;
  speckle: number;
  quality: number;
  lidShadow?: boolean;
}

export async function scanPage(ops: Op[], o: ScanOpts, r: Rng): Promise<Buffer> {
  const { data, w, h } = toGrey(drawPage(ops, o.dpi, r));
  const toner = between(r, 18, 45);
  const gradient = between(r, -10, 10);
  for (let y = 0; y < h; y++) {
    const tone = o.paper + (gradient * y) / h;
    for (let x = 0; x < w; x++) {
      const i = y * w + x;
      const v = data[i]! / 255;
      data[i] = Math.round(toner + (tone - toner) * v);
    }
  }
  const dots = Math.round((w * h * o.speckle) / 1e5);
  for (let n = 0; n < dots; n++) {
    const cx = Math.floor(r() * w);
    const cy = Math.floor(r() * h);
    const s = r() < 0.8 ? 1 : 2;
    const v = Math.round(between(r, 40, 140));
    for (let dy = 0; dy < s; dy++) for (let dx = 0; dx < s; dx++) if (cx + dx < w && cy + dy < h) data[(cy + dy) * w + cx + dx] = v;
  }
  if (o.lidShadow) {
    const band = Math.round(w * 0.012);
    for (let y = 0; y < h; y++) for (let x = 0; x < band; x++) data[y * w + x] = Math.round(data[y * w + x]! * (0.35 + (0.65 * x) / band));
  }
  const paper = Math.round(o.paper);
  const rotated = await sharp(Buffer.from(data), { raw: { width: w, height: h, channels: 1 } })
    .blur(o.blur)
    .rotate(o.skew, { background: { r: paper - 25, g: paper - 25, b: paper - 25 } })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const left = Math.floor((rotated.info.width - w) / 2);
  const top = Math.floor((rotated.info.height - h) / 2);
  return sharp(rotated.data, { raw: { width: rotated.info.width, height: rotated.info.height, channels: rotated.info.channels } })
    .extract({ left, top, width: w, height: h })
    .toColourspace('b-w')
    .jpeg({ quality: o.quality, mozjpeg: true, chromaSubsampling: '4:2:0' })
    .toBuffer();
}

export interface FaxOpts {
  header: string;
  threshold: number;
  noise: number;
}

export async function faxPage(ops: Op[], o: FaxOpts, page: number, pages: number, r: Rng): Promise<Buffer> {
  const withHeader: Op[] = [
    ...ops,
    {
      k: 'text',
      x: 18,
      y: 14,
      s: `${o.header}   P.${String(page).padStart(2, '0')}/${String(pages).padStart(2, '0')}`,
      f: 'mono',
      size: 7.5,
      color: [0, 0, 0],
      align: 'left',
    },
  ];
  const { data, w, h } = toGrey(drawPage(withHeader, 200, r));
  // Standard fax resolution: 200 × 100 lines per inch, so every second line is a copy.
  const out = new Uint8Array(w * h);
  let streak = r() < 0.5 ? Math.floor(between(r, 0.1, 0.9) * w) : -1;
  for (let y = 0; y < h; y++) {
    const sy = y - (y % 2);
    for (let x = 0; x < w; x++) {
      const v = data[sy * w + x]! + (r() - 0.5) * o.noise;
      out[y * w + x] = v < o.threshold ? 0 : 255;
    }
    if (streak >= 0) out[y * w + streak] = 0;
    if (r() < 0.002) streak = -1;
  }
  const dots = Math.round((w * h) / 9000);
  for (let n = 0; n < dots; n++) out[Math.floor(r() * w * h)] = 0;
  return sharp(Buffer.from(out), { raw: { width: w, height: h, channels: 1 } })
    .png({ compressionLevel: 9, palette: true, colours: 2 })
    .toBuffer();
}

export interface PhotoOpts {
  dpi: number;
  rot: number;
  quality: number;
  outW: number;
  outH: number;
  shadow: number;
  table: RGB;
  warm: number;
}

/** A phone photo of the sheet lying on a table: perspective, a soft shadow, colour. */
export async function photoPage(ops: Op[], o: PhotoOpts, r: Rng): Promise<Buffer> {
  const sheet = drawPage(ops, o.dpi, r, '#fbfaf6');
  const sw = sheet.width;
  const sh = sheet.height;
  const src = sheet.getContext('2d').getImageData(0, 0, sw, sh).data;
  const W = o.outW;
  const H = o.outH;
  // Where the sheet's corners land in the photo.
  const a = (o.rot * Math.PI) / 180;
  const scale = Math.min((W * 0.86) / sw, (H * 0.88) / sh);
  const cx = W / 2 + between(r, -W * 0.03, W * 0.03);
  const cy = H / 2 + between(r, -H * 0.02, H * 0.02);
  const keystone = between(r, 0.02, 0.06);
  const corners: [number, number][] = [
    [-sw / 2, -sh / 2],
    [sw / 2, -sh / 2],
    [sw / 2, sh / 2],
    [-sw / 2, sh / 2],
  ].map(([x, y], i) => {
    const k = i < 2 ? 1 - keystone : 1 + keystone * 0.5;
    const px = x! * scale * k + between(r, -6, 6);
    const py = y! * scale + between(r, -6, 6);
    return [cx + px * Math.cos(a) - py * Math.sin(a), cy + px * Math.sin(a) + py * Math.cos(a)];
  });
  const Hm = homography(corners, [
    [0, 0],
    [sw, 0],
    [sw, sh],
    [0, sh],
  ]);
  const out = Buffer.alloc(W * H * 3);
  const shadowX = between(r, 0.2, 0.8) * W;
  const shadowY = between(r, 0.5, 1.1) * H;
  const shadowR = between(r, 0.35, 0.6) * W;
  const warm = o.warm;
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const d = Hm[6]! * x + Hm[7]! * y + 1;
      const u = (Hm[0]! * x + Hm[1]! * y + Hm[2]!) / d;
      const v = (Hm[3]! * x + Hm[4]! * y + Hm[5]!) / d;
      let R: number;
      let G: number;
      let B: number;
      if (u >= 0 && v >= 0 && u < sw - 1 && v < sh - 1) {
        const x0 = Math.floor(u);
        const y0 = Math.floor(v);
        const fx = u - x0;
        const fy = v - y0;
        const i00 = (y0 * sw + x0) * 4;
        const i10 = i00 + 4;
        const i01 = i00 + sw * 4;
        const i11 = i01 + 4;
        const mix = (c: number) =>
          (src[i00 + c]! * (1 - fx) + src[i10 + c]! * fx) * (1 - fy) + (src[i01 + c]! * (1 - fx) + src[i11 + c]! * fx) * fy;
        R = mix(0);
        G = mix(1);
        B = mix(2);
      } else {
        const grain = (((x * 7 + y * 13) % 17) - 8) * 0.6 + Math.sin(y / 23 + x / 190) * 6;
        R = o.table[0] * 255 + grain;
        G = o.table[1] * 255 + grain;
        B = o.table[2] * 255 + grain;
      }
      const dist = Math.hypot(x - shadowX, y - shadowY) / shadowR;
      const shade = 1 - o.shadow * Math.max(0, 1 - dist * dist);
      const vignette = 1 - 0.22 * (((x - W / 2) / W) ** 2 + ((y - H / 2) / H) ** 2) * 2;
      const l = shade * vignette;
      const j = (y * W + x) * 3;
      out[j] = clamp(R * l * (1 + warm));
      out[j + 1] = clamp(G * l);
      out[j + 2] = clamp(B * l * (1 - warm * 1.4));
    }
  }
  return sharp(out, { raw: { width: W, height: H, channels: 3 } })
    .blur(0.7)
    .jpeg({ quality: o.quality, mozjpeg: true })
    .toBuffer();
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : Math.round(v));

/** The 3×3 projective map (h33 = 1) taking each from[i] to to[i]. */
function homography(from: [number, number][], to: [number, number][]): number[] {
  const A: number[][] = [];
  const b: number[] = [];
  for (let i = 0; i < 4; i++) {
    const [x, y] = from[i]!;
    const [u, v] = to[i]!;
    A.push([x, y, 1, 0, 0, 0, -u * x, -u * y]);
    b.push(u);
    A.push([0, 0, 0, x, y, 1, -v * x, -v * y]);
    b.push(v);
  }
  // Gaussian elimination with partial pivoting.
  for (let c = 0; c < 8; c++) {
    let p = c;
    for (let i = c + 1; i < 8; i++) if (Math.abs(A[i]![c]!) > Math.abs(A[p]![c]!)) p = i;
    [A[c], A[p]] = [A[p]!, A[c]!];
    [b[c], b[p]] = [b[p]!, b[c]!];
    for (let i = c + 1; i < 8; i++) {
      const f = A[i]![c]! / A[c]![c]!;
      for (let k = c; k < 8; k++) A[i]![k]! -= f * A[c]![k]!;
      b[i]! -= f * b[c]!;
    }
  }
  const h = new Array<number>(8).fill(0);
  for (let i = 7; i >= 0; i--) {
    let s = b[i]!;
    for (let k = i + 1; k < 8; k++) s -= A[i]![k]! * h[k]!;
    h[i] = s / A[i]![i]!;
  }
  return h;
}

/** Pages as images in a PDF with no text layer. */
export async function imagesToPdf(
  images: { data: Buffer; kind: 'jpg' | 'png'; w: number; h: number }[],
  meta: PdfMeta,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  newPdf(pdf, meta);
  for (const im of images) {
    const img = im.kind === 'jpg' ? await pdf.embedJpg(im.data) : await pdf.embedPng(im.data);
    const page = pdf.addPage([im.w, im.h]);
    page.drawImage(img, { x: 0, y: 0, width: im.w, height: im.h });
  }
  return pdf.save({ useObjectStreams: false });
}

export function renderRaster(d: Doc): Op[][] {
  return d.pages.map((p) => p.ops);
}
