/**
 * Synthetic scans for examples, tests and the training corpus: typeset lines on an A4 page, then
 * add what a desk scanner or fax adds (skew, blur, speckle, low contrast, 1-bit threshold).
 * Deterministic for a seed, so generated files and test expectations stay stable.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas, GlobalFonts, type SKRSContext2D } from '@napi-rs/canvas';
import { PDFDocument, type PDFFont, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';

export type Noise = 'clean' | 'light' | 'heavy' | 'fax';

export interface RenderOptions {
  noise?: Noise;
  seed?: number;
  /** Extra rotation in degrees (e.g. 180 for a page fed upside down), on top of the noise skew. */
  rotate?: number;
  dpi?: number;
  /** Font size in points. */
  fontSize?: number;
  /** Oblique, jittery, blue-ink words: a filled-in form or a hand-written letter. */
  handwritten?: boolean;
}

const A4_INCHES = { width: 210 / 25.4, height: 297 / 25.4 };
const A4_POINTS = { width: 595.28, height: 841.89 };
const MARGIN_INCHES = 1;
/** Tab stops every 4.5 cm from the left margin: enough for label/value columns. */
const TAB_INCHES = 4.5 / 2.54;

interface NoiseProfile {
  maxSkewDeg: number;
  blurSigma: number;
  /** Speckles per megapixel. */
  speckles: number;
  paper: number;
  ink: number;
  threshold?: number;
}

const PROFILES: Record<Noise, NoiseProfile> = {
  clean: { maxSkewDeg: 0, blurSigma: 0, speckles: 0, paper: 255, ink: 0 },
  light: { maxSkewDeg: 0.6, blurSigma: 0.45, speckles: 40, paper: 244, ink: 30 },
  heavy: { maxSkewDeg: 1.5, blurSigma: 0.9, speckles: 250, paper: 212, ink: 95 },
  fax: { maxSkewDeg: 1.0, blurSigma: 0.6, speckles: 120, paper: 255, ink: 0, threshold: 150 },
};

const FONT = 'PK DejaVu Sans';
const HAND_FONT = 'PK DejaVu Hand';
let fontsRegistered = false;

function registerFonts(): void {
  if (fontsRegistered) return;
  // The package has no entry point: resolve its package.json and take the ttf folder next to it.
  const dir = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
  const ok =
    GlobalFonts.registerFromPath(join(dir, 'DejaVuSans.ttf'), FONT) &&
    GlobalFonts.registerFromPath(join(dir, 'DejaVuSansCondensed-Oblique.ttf'), HAND_FONT);
  if (!ok) throw new Error(`could not register the DejaVu fonts from ${dir}`);
  fontsRegistered = true;
}

/** mulberry32: a tiny seeded PRNG, good enough for noise. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Splits a line into lines that fit `maxWidth`, at spaces; tabs stay inside their line. */
function wrap(ctx: SKRSContext2D, line: string, maxWidth: number): string[] {
  if (ctx.measureText(line.replace(/\t/g, '    ')).width <= maxWidth) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && ctx.measureText(next.replace(/\t/g, '    ')).width > maxWidth) {
      out.push(current);
      current = word;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}

/**
 * A PNG of an A4 page at `dpi` (default 200) holding `lines` in DejaVu Sans, with scan noise.
 * Throws a RangeError when the lines do not fit on one page (nothing is cut silently).
 */
export async function renderPage(lines: string[], opts: RenderOptions = {}): Promise<Buffer> {
  registerFonts();
  const { noise = 'clean', seed = 1, rotate = 0, dpi = 200, fontSize = 11, handwritten = false } = opts;
  const profile = PROFILES[noise];
  const random = seededRandom(seed);
  const width = Math.round(A4_INCHES.width * dpi);
  const height = Math.round(A4_INCHES.height * dpi);
  const px = (fontSize * dpi) / 72;
  const margin = MARGIN_INCHES * dpi;
  const lineHeight = px * (handwritten ? 1.7 : 1.45);

  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const grey = (v: number) => `rgb(${v},${v},${v})`;
  ctx.fillStyle = grey(profile.paper);
  ctx.fillRect(0, 0, width, height);

  const skew = (random() * 2 - 1) * profile.maxSkewDeg;
  ctx.save();
  ctx.translate(width / 2, height / 2);
  ctx.rotate(((skew + rotate) * Math.PI) / 180);
  ctx.translate(-width / 2, -height / 2);
  ctx.font = `${px}px "${handwritten ? HAND_FONT : FONT}"`;
  ctx.textBaseline = 'alphabetic';
  // Blue ballpoint reads as a mid-dark grey once scanned in greyscale.
  const ink = handwritten ? `rgb(${20 + profile.ink},${30 + profile.ink},${110 + profile.ink / 2})` : grey(profile.ink);
  ctx.fillStyle = ink;

  const laidOut = lines.flatMap((line) => (line === '' ? [''] : wrap(ctx, line, width - 2 * margin)));
  if (margin + laidOut.length * lineHeight > height - margin * 0.6) {
    throw new RangeError(`${laidOut.length} lines do not fit on one A4 page at ${fontSize} pt`);
  }
  let y = margin + px;
  const drift = handwritten ? px * 0.4 : 0;
  for (const line of laidOut) {
    let x = margin + (random() - 0.5) * drift;
    line.split('\t').forEach((segment, i) => {
      if (i > 0) x = Math.max(x + px, margin + Math.ceil((x - margin + 1) / (TAB_INCHES * dpi)) * TAB_INCHES * dpi);
      x = handwritten ? drawHandwritten(ctx, segment, x, y, px, random) : drawText(ctx, segment, x, y);
    });
    y += lineHeight + (handwritten ? (random() - 0.5) * px * 0.2 : 0);
  }
  ctx.restore();

  // Speckle: dust and toner dots, drawn before the blur so they soften like real ones.
  const dots = Math.round((profile.speckles * width * height) / 1e6);
  for (let i = 0; i < dots; i++) {
    const r = (0.4 + random() * 1.2) * (dpi / 200);
    ctx.fillStyle = grey(Math.round(profile.ink + random() * 60));
    if (profile.threshold !== undefined) ctx.fillStyle = grey(0);
    ctx.beginPath();
    ctx.arc(random() * width, random() * height, r, 0, Math.PI * 2);
    ctx.fill();
  }

  // Copy the pixels: canvas.data() is a view into Skia memory that dies with the canvas, and sharp
  // reads it later on another thread (a use-after-free segfault otherwise).
  let image = sharp(Buffer.from(canvas.data()), { raw: { width, height, channels: 4 } })
    .removeAlpha()
    .greyscale();
  // sharp refuses a sigma below 0.3; at low dpi the scaled blur would fall under it.
  const sigma = profile.blurSigma * (dpi / 200);
  if (sigma >= 0.3) image = image.blur(sigma);
  if (profile.threshold !== undefined) {
    // Fax "standard" mode halves the vertical resolution; sharp allows one resize per pipeline.
    const { data, info } = await image
      .resize(width, Math.round(height / 2), { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    return sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
      .resize(width, height, { fit: 'fill', kernel: 'nearest' })
      .threshold(profile.threshold)
      .withDensity(dpi)
      .png({ palette: true, colours: 2, compressionLevel: 9 })
      .toBuffer();
  }
  // The DPI goes into the file, as a scanner writes it: OCR engines size their expectations by it.
  return image.withDensity(dpi).png({ compressionLevel: 9 }).toBuffer();
}

function drawText(ctx: SKRSContext2D, text: string, x: number, y: number): number {
  ctx.fillText(text, x, y);
  return x + ctx.measureText(text).width;
}

/** Word by word with a wobbling baseline, size and slant: looks written, stays readable for OCR. */
function drawHandwritten(ctx: SKRSContext2D, text: string, x: number, y: number, px: number, random: () => number): number {
  const base = ctx.font;
  for (const word of text.split(' ')) {
    if (word === '') {
      x += px * 0.35;
      continue;
    }
    const size = px * (0.94 + random() * 0.12);
    ctx.save();
    ctx.font = `${size}px "${HAND_FONT}"`;
    ctx.translate(x, y + (random() - 0.5) * px * 0.12);
    ctx.rotate(((random() - 0.5) * 3 * Math.PI) / 180);
    ctx.fillText(word, 0, 0);
    const w = ctx.measureText(word).width;
    ctx.restore();
    x += w + px * (0.3 + random() * 0.15);
  }
  ctx.font = base;
  return x;
}

const isJpeg = (b: Uint8Array) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;

/**
 * An image-only PDF like a scanner makes: one image per A4 page, no text layer. Accepts PNG or
 * JPEG bytes (JPEG is embedded as is, which keeps scanner-like files small).
 */
export async function imagesToPdf(pngs: Buffer[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreator('postkamer synthetic scanner');
  pdf.setProducer('postkamer');
  // Fixed dates keep the output byte-identical between runs.
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  for (const bytes of pngs) {
    const image = isJpeg(bytes) ? await pdf.embedJpg(bytes) : await pdf.embedPng(bytes);
    const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
    page.drawImage(image, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
  }
  return pdf.save();
}

/** Characters Helvetica (WinAnsi) cannot encode become '?', instead of pdf-lib throwing. */
function winAnsiSafe(font: PDFFont, text: string): string {
  let out = '';
  for (const ch of text) {
    try {
      font.encodeText(ch);
      out += ch;
    } catch {
      out += '?';
    }
  }
  return out;
}

/** A born-digital PDF with a real text layer (Helvetica, WinAnsi), one string array per page. */
export async function textPdf(pages: string[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setCreator('postkamer');
  pdf.setProducer('postkamer');
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const size = 10.5;
  const leading = size * 1.45;
  const margin = 72;
  const maxWidth = A4_POINTS.width - 2 * margin;
  for (const lines of pages) {
    const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
    let y = A4_POINTS.height - margin;
    for (const raw of lines) {
      for (const line of wrapPdf(font, winAnsiSafe(font, raw.replace(/\t/g, '    ')), size, maxWidth)) {
        if (y < margin) throw new RangeError('too many lines for one PDF page');
        if (line) page.drawText(line, { x: margin, y, size, font });
        y -= leading;
      }
    }
  }
  return pdf.save();
}

function wrapPdf(font: PDFFont, line: string, size: number, maxWidth: number): string[] {
  if (font.widthOfTextAtSize(line, size) <= maxWidth) return [line];
  const out: string[] = [];
  let current = '';
  for (const word of line.split(' ')) {
    const next = current ? `${current} ${word}` : word;
    if (current && font.widthOfTextAtSize(next, size) > maxWidth) {
      out.push(current);
      current = word;
    } else current = next;
  }
  if (current) out.push(current);
  return out;
}
