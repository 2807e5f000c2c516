/**
 * Two ways to put pages on paper: a born-digital PDF with a real text layer (Skia's PDF backend,
 * fonts subset and embedded with ToUnicode maps), and an image-only "scan" (each page rasterised at
 * 150 dpi, greyed, skewed, speckled, blurred and stored as a greyscale JPEG through pdf-lib).
 */
import { createCanvas, loadImage, type SKRSContext2D, PDFDocument as SkiaPdf } from '@napi-rs/canvas';
import { degrees, PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { A4, cssFont, type Op, type PageSpec, Rng, registerFonts } from './core.ts';

type Ctx = ReturnType<SkiaPdf['beginPage']>;

export interface RenderPage {
  /** null: a blank sheet */
  spec: PageSpec | null;
  /** displayed upside down */
  rotated: boolean;
  /** upside down through the page's /Rotate entry instead of through its content (scans only) */
  rotateFlag?: boolean;
  /** a blank back side that shows the front side faintly through the paper (scans only) */
  bleed?: Op[];
  seed: string;
}

export function drawOps(ctx: Ctx, ops: Op[]): void {
  for (const op of ops) {
    switch (op.t) {
      case 'text': {
        ctx.font = cssFont(op.f, op.size);
        ctx.fillStyle = op.color ?? '#111';
        ctx.textAlign = op.align ?? 'left';
        if (op.rot) {
          ctx.save();
          ctx.translate(op.x, op.y);
          ctx.rotate(op.rot);
          ctx.fillText(op.s, 0, 0);
          ctx.restore();
        } else ctx.fillText(op.s, op.x, op.y);
        break;
      }
      case 'line': {
        ctx.beginPath();
        ctx.setLineDash(op.dash ?? []);
        ctx.moveTo(op.x1, op.y1);
        ctx.lineTo(op.x2, op.y2);
        ctx.lineWidth = op.w ?? 0.6;
        ctx.strokeStyle = op.color ?? '#222';
        ctx.stroke();
        ctx.setLineDash([]);
        break;
      }
      case 'rect': {
        ctx.beginPath();
        if (op.radius) ctx.roundRect(op.x, op.y, op.w, op.h, op.radius);
        else ctx.rect(op.x, op.y, op.w, op.h);
        if (op.fill) {
          ctx.fillStyle = op.fill;
          ctx.fill();
        }
        if (op.stroke) {
          ctx.setLineDash(op.dash ?? []);
          ctx.lineWidth = op.lw ?? 0.6;
          ctx.strokeStyle = op.stroke;
          ctx.stroke();
          ctx.setLineDash([]);
        }
        break;
      }
      case 'ellipse': {
        ctx.beginPath();
        ctx.ellipse(op.cx, op.cy, op.rx, op.ry, 0, 0, Math.PI * 2);
        if (op.fill) {
          ctx.fillStyle = op.fill;
          ctx.fill();
        }
        if (op.stroke) {
          ctx.lineWidth = op.lw ?? 0.6;
          ctx.strokeStyle = op.stroke;
          ctx.stroke();
        }
        break;
      }
      case 'poly': {
        const pts = op.pts;
        if (pts.length < 2) break;
        ctx.beginPath();
        ctx.moveTo(pts[0]![0], pts[0]![1]);
        if (op.smooth) {
          for (let i = 1; i < pts.length - 1; i++) {
            const [x, y] = pts[i]!;
            const [nx, ny] = pts[i + 1]!;
            ctx.quadraticCurveTo(x, y, (x + nx) / 2, (y + ny) / 2);
          }
          const last = pts[pts.length - 1]!;
          ctx.lineTo(last[0], last[1]);
        } else for (const [x, y] of pts.slice(1)) ctx.lineTo(x, y);
        if (op.closed) ctx.closePath();
        if (op.fill) {
          ctx.fillStyle = op.fill;
          ctx.fill();
        }
        if (op.stroke) {
          ctx.lineWidth = op.lw ?? 0.8;
          ctx.lineJoin = 'round';
          ctx.lineCap = 'round';
          ctx.strokeStyle = op.stroke;
          ctx.stroke();
        }
        break;
      }
      case 'group': {
        ctx.save();
        ctx.translate(op.tx, op.ty);
        ctx.rotate(op.rot);
        if (op.alpha !== undefined) ctx.globalAlpha = op.alpha;
        drawOps(ctx, op.ops);
        ctx.restore();
        break;
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Scanning.

export interface ScanLook {
  dpi: number;
  quality: number;
  /** grey level of the paper, 0..255 */
  paper: number;
  /** grey level of full black ink */
  ink: number;
  noise: number;
  blur: number;
  skewDeg: number;
  dx: number;
  dy: number;
  speckles: number;
  shadow: 'none' | 'left' | 'top' | 'right';
  holes: boolean;
}

export function scanLook(r: Rng, copier = false): ScanLook {
  return {
    dpi: 150,
    quality: 60,
    paper: copier ? r.int(222, 232) : r.int(236, 248),
    ink: r.int(20, 55),
    noise: r.float(2.5, 4.5) + (copier ? 2 : 0),
    blur: r.float(0.45, 0.75),
    skewDeg: r.chance(0.15) ? 0 : r.float(-1.1, 1.1),
    dx: r.float(-8, 8),
    dy: r.float(-8, 8),
    speckles: r.int(5, copier ? 160 : 60),
    shadow: r.pick(['none', 'none', 'none', 'left', 'top', 'right'] as const),
    holes: r.chance(0.12),
  };
}

/** rasterise a page as a scanner would see it; returns greyscale JPEG bytes */
export async function scanImage(p: RenderPage, look: ScanLook, r: Rng): Promise<{ jpeg: Buffer; w: number; h: number }> {
  registerFonts();
  const W = Math.round((A4.w / 72) * look.dpi);
  const H = Math.round((A4.h / 72) * look.dpi);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d') as unknown as Ctx;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, W, H);
  ctx.save();
  ctx.translate(W / 2 + look.dx, H / 2 + look.dy);
  ctx.rotate((look.skewDeg * Math.PI) / 180);
  ctx.translate(-W / 2, -H / 2);
  ctx.scale(look.dpi / 72, look.dpi / 72);
  if (p.spec?.copier) {
    // the card area of a photocopy sits on a greyish field; the copier lid edge shows as a band
    ctx.fillStyle = '#e4e4e4';
    ctx.fillRect(0, 0, A4.w, A4.h);
  }
  if (p.spec) drawOps(ctx, p.spec.ops);
  else if (p.bleed) {
    // show-through of the front side: mirrored, very faint
    ctx.save();
    ctx.globalAlpha = 0.07;
    ctx.translate(A4.w, 0);
    ctx.scale(-1, 1);
    drawOps(ctx, p.bleed);
    ctx.restore();
  }
  ctx.restore();

  const rgba = ctx.getImageData(0, 0, W, H).data;
  const grey = Buffer.alloc(W * H);
  const span = (look.paper - look.ink) / 255;
  for (let i = 0, j = 0; j < grey.length; i += 4, j++) {
    const lum = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    let v = look.paper - (255 - lum) * span;
    v += (r.next() + r.next() - 1) * look.noise * 1.7;
    grey[j] = Math.max(0, Math.min(255, v));
  }
  // dust and toner specks
  for (let k = 0; k < look.speckles; k++) {
    const cx = r.int(0, W - 1);
    const cy = r.int(0, H - 1);
    const rad = r.chance(0.85) ? 1 : r.int(2, 3);
    const level = r.int(40, 150);
    for (let y = cy - rad; y <= cy + rad; y++)
      for (let x = cx - rad; x <= cx + rad; x++)
        if (x >= 0 && y >= 0 && x < W && y < H && (x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) grey[y * W + x] = level;
  }
  // scanner-lid shadow along one edge
  if (look.shadow !== 'none') {
    const depth = r.int(14, 34);
    for (let d = 0; d < depth; d++) {
      const dark = 120 * (1 - d / depth) ** 2;
      if (look.shadow === 'top') {
        for (let x = 0; x < W; x++) grey[d * W + x] = Math.max(0, grey[d * W + x]! - dark);
      } else {
        const x = look.shadow === 'left' ? d : W - 1 - d;
        for (let y = 0; y < H; y++) grey[y * W + x] = Math.max(0, grey[y * W + x]! - dark);
      }
    }
  }
  // punched holes for a ring binder, left margin
  if (look.holes) {
    for (const fy of [0.38, 0.62]) {
      // holes sit on the left of a front side and show on the right of a blank back side
      const cx = Math.round(W * (p.spec ? 0.035 : 0.965));
      const cy = Math.round(H * fy);
      const rad = Math.round(look.dpi * 0.1);
      for (let y = cy - rad; y <= cy + rad; y++)
        for (let x = cx - rad; x <= cx + rad; x++) if ((x - cx) ** 2 + (y - cy) ** 2 <= rad * rad) grey[y * W + x] = 28;
    }
  }
  let img = sharp(grey, { raw: { width: W, height: H, channels: 1 } }).blur(look.blur);
  if (p.rotated && !p.rotateFlag) img = img.rotate(180);
  const jpeg = await img.toColourspace('b-w').jpeg({ quality: look.quality, mozjpeg: true }).toBuffer();
  return { jpeg, w: W, h: H };
}

const FIXED_DATE = new Date(Date.UTC(2026, 2, 16, 9, 0, 0));

export async function renderScanPdf(pages: RenderPage[], producer: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.setProducer(producer);
  pdf.setCreator('Scanstraat postkamer (simulated)');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  for (const p of pages) {
    const r = new Rng(`scan:${p.seed}`);
    const look = scanLook(r, p.spec?.copier ?? false);
    const { jpeg } = await scanImage(p, look, r);
    const img = await pdf.embedJpg(jpeg);
    const page = pdf.addPage([A4.w, A4.h]);
    page.drawImage(img, { x: 0, y: 0, width: A4.w, height: A4.h });
    if (p.rotated && p.rotateFlag) page.setRotation(degrees(180));
  }
  return pdf.save({ useObjectStreams: true });
}

export async function renderTextPdf(pages: RenderPage[], meta: { title: string; producer: string; creator: string }): Promise<Buffer> {
  registerFonts();
  // photocopies inside a born-digital file are images; prepare them first (drawing is synchronous)
  const photos = new Map<number, Awaited<ReturnType<typeof loadImage>>>();
  for (const [i, p] of pages.entries()) {
    if (p.spec?.photo) {
      const r = new Rng(`photo:${p.seed}`);
      const look = { ...scanLook(r, true), skewDeg: r.float(-1.5, 1.5), shadow: 'none' as const, holes: false };
      const { jpeg } = await scanImage({ ...p, rotated: false }, look, r);
      photos.set(i, await loadImage(jpeg));
    }
  }
  const doc = new SkiaPdf({ title: meta.title, producer: meta.producer, creator: meta.creator, encodingQuality: 60, compressionLevel: 9 });
  for (const [i, p] of pages.entries()) {
    const ctx = doc.beginPage(A4.w, A4.h);
    ctx.save();
    if (p.rotated) {
      ctx.translate(A4.w, A4.h);
      ctx.rotate(Math.PI);
    }
    const photo = photos.get(i);
    if (photo) (ctx as unknown as SKRSContext2D).drawImage(photo, 0, 0, A4.w, A4.h);
    else if (p.spec) drawOps(ctx, p.spec.ops);
    ctx.restore();
    doc.endPage();
  }
  return doc.close();
}
