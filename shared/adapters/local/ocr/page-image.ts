import sharp, { type Sharp } from 'sharp';

// Every page image is made once and never asked for again: libvips's operation cache (50 MB by
// default) would only hold on to memory a 300-page scan needs for its next pages.
sharp.cache(false);

/**
 * One page as OCR wants it: greyscale, contrast stretched, DPI recorded, small scans upscaled.
 * Blank pages (the back of a single-sided letter, a separator sheet) are recognised here so they
 * cost no OCR time and cannot produce phantom text from speckle.
 */
export type PageImage = BlankPage | InkedPage;

/**
 * A page the blank test passes over. `faint`: it does hold marks, too faint for the test's usual
 * margin (a pale copy, pencil, a faded fax), prepared for OCR in case every page of the file is
 * blank: then it is read before the file is refused, rather than losing what is on it.
 */
export interface BlankPage {
  blank: true;
  png: null;
  dpi: number;
  faint?: InkedPage;
}

/** A page with something on it: the PNG for the OCR engine. */
export interface InkedPage {
  blank: false;
  png: Buffer;
  dpi: number;
}

/** Below this many DPI tesseract misses small print: such pages are upscaled first. */
const MIN_OCR_DPI = 200;
/** Width of the thumbnail the blank test looks at (about 70 dpi for A4). */
const THUMB_WIDTH = 600;
/**
 * How much darker than the paper ink must be, at least. Below it sit dust the median filter missed,
 * paper grain and text showing through from the back; `FAINT_MARGIN` is the margin of a second
 * look, taken only when every page of a file is blank (a pale copy's text stands ~15-30 below).
 */
const INK_MARGIN = 40;
const FAINT_MARGIN = 15;
/** Share of ink pixels below which a page counts as blank (a short line of text is ~0.1 %). */
const BLANK_INK_SHARE = 0.0002;
/** Most a faint page's contrast is stretched: more only amplifies noise. */
const MAX_GAIN = 4;
/** Border left out of the blank test: scanner lids and punched holes leave dark edges. */
const EDGE_SHARE = 0.04;

export async function preparePage(image: Sharp, dpi: number): Promise<PageImage> {
  // Transparent areas (PNG screenshots, some PDFs) must become paper, not black.
  const { data, info } = await image.flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  const raw = { width: info.width, height: info.height, channels: 1 as const };
  const tones = await measureTones(data, raw);
  if (tones.blank && !tones.faint) return { png: null, blank: true, dpi };
  const inked = await forOcr(data, raw, tones, dpi);
  return tones.blank ? { png: null, blank: true, dpi, faint: inked } : inked;
}

/** The page stretched ink..paper to black..white and upscaled when small, as a PNG for the OCR engine. */
async function forOcr(
  data: Buffer,
  raw: { width: number; height: number; channels: 1 },
  tones: { paper: number; ink: number },
  dpi: number,
): Promise<InkedPage> {
  // Not sharp's normalise(): its 1 %/99 % percentiles sit inside the paper's noise on a page with
  // little text, which turns the paper black.
  const gain = Math.min(MAX_GAIN, 255 / Math.max(1, tones.paper - tones.ink));
  let page = sharp(data, { raw }).linear(gain, -tones.ink * gain);
  const factor = dpi < MIN_OCR_DPI ? Math.min(2, MIN_OCR_DPI / dpi) : 1;
  if (factor > 1) page = page.resize(Math.round(raw.width * factor), Math.round(raw.height * factor), { fit: 'fill', kernel: 'cubic' });
  const outDpi = Math.round(dpi * factor);
  // Fast compression: the PNG only travels to the OCR engine and is thrown away.
  const png = await page.withDensity(outDpi).png({ compressionLevel: 1 }).toBuffer();
  return { png, blank: false, dpi: outDpi };
}

/**
 * Paper and ink tones, and whether the page is blank: (almost) no pixels much darker than the
 * paper, on a thumbnail whose median filter has removed dust and speckle. The paper tone is
 * measured, so grey recycled paper or a low-contrast copy is judged fairly.
 */
export async function measureTones(
  grey: Buffer,
  raw: { width: number; height: number; channels: 1 },
): Promise<{ blank: boolean; faint: boolean; paper: number; ink: number }> {
  const left = Math.floor(raw.width * EDGE_SHARE);
  const top = Math.floor(raw.height * EDGE_SHARE);
  const width = raw.width - 2 * left;
  const height = raw.height - 2 * top;
  if (width < 8 || height < 8) return { blank: false, faint: false, paper: 255, ink: 0 };
  const thumb = await sharp(grey, { raw })
    .extract({ left, top, width, height })
    .resize({ width: Math.min(THUMB_WIDTH, width), kernel: 'linear' })
    .median(3)
    .raw()
    .toBuffer();
  const histogram = new Uint32Array(256);
  for (const v of thumb) histogram[v] = (histogram[v] ?? 0) + 1;
  const paper = percentile(histogram, thumb.length, 0.5);
  const darkest = percentile(histogram, thumb.length, 0.0005);
  // Ink must stand out from the paper by a margin that grows with the page's contrast.
  const inkShare = (margin: number) => {
    const cut = paper - Math.max(margin, 0.4 * (paper - darkest));
    let ink = 0;
    for (let v = 0; v < cut; v++) ink += histogram[v] ?? 0;
    return ink / thumb.length;
  };
  const blank = inkShare(INK_MARGIN) < BLANK_INK_SHARE;
  return {
    blank,
    faint: blank && inkShare(FAINT_MARGIN) >= BLANK_INK_SHARE,
    paper,
    ink: Math.min(darkest, Math.max(0, paper - INK_MARGIN)),
  };
}

function percentile(histogram: Uint32Array, total: number, share: number): number {
  const target = total * share;
  let seen = 0;
  for (let v = 0; v < 256; v++) {
    seen += histogram[v] ?? 0;
    if (seen >= target) return v;
  }
  return 255;
}

/** The page turned `degrees` clockwise: a sheet fed upside down, or sideways. */
export function turnPage(page: InkedPage, degrees: 90 | 180 | 270): Promise<Buffer> {
  return sharp(page.png).rotate(degrees).withDensity(page.dpi).png({ compressionLevel: 1 }).toBuffer();
}
