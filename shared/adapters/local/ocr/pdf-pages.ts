import { createCanvas } from '@napi-rs/canvas';
import type { PDFDocumentProxy, PDFPageProxy, RenderTask } from 'pdfjs-dist/legacy/build/pdf.mjs';
import sharp, { type Sharp } from 'sharp';
import { UnusableInputError } from '../../../domain/errors.ts';
import { loadPdfjs, type Pdfjs, pageText, pdfjsDocumentParams, usableTextLayer } from '../../pdf-text-layer.ts';
import { type PageImage, preparePage } from './page-image.ts';
import { type SourceLimits, type SourcePage, tooManyPages } from './page-source.ts';
import { assertPageSize, assertStreamBudget, DEFAULT_PDF_BUDGET, renderTooSlow } from './pdf-budget.ts';
import { type DirectScan, multiply, openScanPdf, wholePageDpi } from './scan-pdf.ts';

/**
 * PDF pages one at a time: the text layer when it holds real text, else the page rendered for OCR.
 * A scanner's page (one JPEG or Flate image, nothing else) is read straight from the file
 * (scan-pdf.ts); pdfjs reads all other pages. It runs fully offline: fonts, CMaps and decoders
 * come from the pdfjs-dist package folder. Whether a page's text layer counts is the rule both
 * runtimes share (pdf-text-layer.ts).
 */

/** Scans embed their page image at 150–600 dpi; render close to it, within what OCR needs. */
const MIN_SCAN_DPI = 200;
const MAX_SCAN_DPI = 400;
/** Below this, a page is too large to render legibly within the pixel limit. */
const MIN_RENDER_DPI = 72;

/**
 * `handOver`: the caller is done with `bytes`, so pdfjs may take (detach) their buffer rather than
 * a copy: a 300-page scan is 30–40 MB, held for as long as its pages are read.
 */
export async function* pdfPages(
  bytes: Uint8Array,
  limits: SourceLimits,
  signal?: AbortSignal,
  handOver = false,
): AsyncGenerator<SourcePage> {
  const images = imageSizes(bytes, limits.maxPixels);
  // Scan pages come straight from the file; pdfjs opens at the first page that is anything else,
  // so a PDF of scan pages never loads it. A file without images (born digital) has none.
  const scans = images > 0 ? await openScanPdf(bytes) : undefined;
  // pdfjs transfers the buffer it gets; only a buffer that is exactly these bytes can be handed over,
  // and not while pdf-lib reads images from it.
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  // A plain view of the same memory (pdfjs refuses a Node Buffer), or a copy.
  const pdfjsBytes = () => (handOver && whole && !scans ? new Uint8Array(bytes.buffer, 0, bytes.byteLength) : new Uint8Array(bytes));
  let reader: PdfjsReader | undefined;
  // Before pdfjs sees the file: no stream may inflate beyond its budget (pdfjs cannot be stopped mid-page).
  const pdfjsReader = async () => {
    if (!reader)
      assertStreamBudget(bytes, { ...DEFAULT_PDF_BUDGET, maxContentBytes: limits.maxContentBytes ?? DEFAULT_PDF_BUDGET.maxContentBytes });
    reader ??= await openPdfjs(pdfjsBytes(), limits, signal);
    return reader;
  };
  try {
    let pageCount = scans?.pageCount ?? (await pdfjsReader()).doc.numPages;
    assertPageCount(pageCount, limits);
    for (let n = 1; n <= pageCount; n++) {
      signal?.throwIfAborted();
      const scan = await scans?.scanPage(n - 1, limits.maxPixels);
      // A scan page has no text operators, so no text layer. sharp refusing its data (a truncated
      // JPEG) leaves the page to pdfjs, which reads what it can or reports the file damaged.
      const image = scan && (await scanForOcr(scan).catch(() => undefined));
      if (image) {
        yield { page: n, image };
        continue;
      }
      const { pdfjs, doc } = await pdfjsReader();
      if (doc.numPages !== pageCount) {
        // pdf-lib and pdfjs read a damaged page tree differently: pdfjs, the reference, counts.
        pageCount = doc.numPages;
        assertPageCount(pageCount, limits);
        if (n > pageCount) break;
      }
      const page = await doc.getPage(n).catch(pdfFailure(signal));
      try {
        // Every page, text layer or not: the viewer draws it too.
        const size = page.getViewport({ scale: 1 });
        assertPageSize(size.width, size.height, limits.maxPixels, MIN_RENDER_DPI);
        const text = await pageText(page);
        if (usableTextLayer(text, limits.minTextLayerLetters)) yield { page: n, text };
        else yield { page: n, image: await renderForOcr(pdfjs, page, limits, signal) };
      } finally {
        page.cleanup();
      }
    }
  } finally {
    await reader?.close();
  }
}

function assertPageCount(pages: number, limits: SourceLimits): void {
  if (pages === 0)
    throw new UnusableInputError('extract.empty', 'The PDF has no pages. Scan the document again.', {
      nl: 'De PDF heeft geen pagina’s. Scan het document opnieuw.',
    });
  if (pages > limits.maxPages) throw tooManyPages(pages, limits.maxPages);
}

interface PdfjsReader {
  pdfjs: Pdfjs;
  doc: PDFDocumentProxy;
  close(): Promise<void>;
}

/** pdfjs with the document open; aborting destroys the document, which fails whatever reads it. */
async function openPdfjs(data: Uint8Array, limits: SourceLimits, signal?: AbortSignal): Promise<PdfjsReader> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument(pdfjsDocumentParams(data, limits.maxPixels));
  const onAbort = () => void task.destroy();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const doc = await task.promise;
    return {
      pdfjs,
      doc,
      async close() {
        signal?.removeEventListener('abort', onAbort);
        await doc.destroy();
      },
    };
  } catch (error) {
    signal?.removeEventListener('abort', onAbort);
    signal?.throwIfAborted();
    throw openError(error);
  }
}

function openError(error: unknown): Error {
  const name = (error as { name?: string } | null)?.name;
  if (name === 'PasswordException')
    return new UnusableInputError(
      'extract.encrypted',
      'The PDF is protected with a password, so we cannot read it. Send it again without a password, or print it and scan the paper.',
      {
        cause: error,
        nl: 'De PDF is beveiligd met een wachtwoord, daarom kunnen wij hem niet lezen. Stuur hem opnieuw zonder wachtwoord, of print hem en scan het papier.',
      },
    );
  return corrupt(error);
}

/** pdfjs failing on a page means a damaged file, unless we aborted it (destroying the document). */
const pdfFailure =
  (signal?: AbortSignal) =>
  (error: unknown): never => {
    signal?.throwIfAborted();
    if (error instanceof UnusableInputError) throw error;
    throw corrupt(error);
  };

const corrupt = (cause: unknown) =>
  new UnusableInputError(
    'extract.corrupt',
    'The PDF file is damaged or incomplete, so we cannot read it. Save or scan the document again and send the new file.',
    {
      cause,
      nl: 'Het PDF-bestand is beschadigd of onvolledig, daarom kunnen wij het niet lezen. Sla het document opnieuw op of scan het opnieuw en stuur het nieuwe bestand.',
    },
  );

const tooManyPixels = () =>
  new UnusableInputError(
    'extract.too-many-pixels',
    'A page of this file is far too large to read. Scan the document again at a normal resolution (200–300 dpi).',
    { nl: 'Een pagina van dit bestand is veel te groot om te lezen. Scan het document opnieuw met een gewone resolutie (200–300 dpi).' },
  );

async function renderForOcr(pdfjs: Pdfjs, page: PDFPageProxy, limits: SourceLimits, signal?: AbortSignal) {
  const base = page.getViewport({ scale: 1 });
  const scan = await scanImage(pdfjs, page);
  // A page that is nothing but one upright scan image: its decoded pixels are the page image, at
  // the scan's own resolution, without drawing them onto a canvas first (5× less CPU per page).
  const pixels = scan?.whole ? await scanPixels(pdfjs, page, scan, signal) : undefined;
  if (pixels) return scanForOcr(pixels);
  let dpi = scan?.dpi ?? limits.dpi;
  const pixelsAt = (d: number) => Math.ceil((base.width * d) / 72) * Math.ceil((base.height * d) / 72);
  // Oversized pages (posters, drawings) are rendered at a lower dpi rather than refused...
  if (pixelsAt(dpi) > limits.maxPixels) dpi = Math.floor(72 * Math.sqrt(limits.maxPixels / (base.width * base.height)));
  // ...unless even that would be unreadable.
  if (dpi < MIN_RENDER_DPI) throw tooManyPixels();
  const viewport = page.getViewport({ scale: dpi / 72 });
  const width = Math.ceil(viewport.width);
  const height = Math.ceil(viewport.height);
  const canvas = createCanvas(width, height);
  await renderWithin(
    page.render({ canvas: canvas as unknown as HTMLCanvasElement, viewport, background: 'rgb(255,255,255)' }),
    limits.renderTimeoutMs ?? DEFAULT_RENDER_TIMEOUT_MS,
    () => canvas.getContext('2d').getImageData(0, 0, 1, 1),
  ).catch(pdfFailure(signal));
  return preparePage(sharp(toGrey(canvas.data()), { raw: { width, height, channels: 1 } }), dpi);
}

export const DEFAULT_RENDER_TIMEOUT_MS = 6_000;

/**
 * A render task held to a wall-clock budget. pdfjs draws in slices of ~15 ms and asks before each
 * next one (`onContinue`); a timer could not interrupt it, as the slices follow each other as
 * microtasks. Over the budget the task is cancelled and the page refused. The canvas records
 * drawing commands and rasterises them when its pixels are read, so `flush` (reading one pixel)
 * makes each slice pay for its own drawing: 100,000 page-wide strokes otherwise "render" in 4 s
 * and then take 109 s to rasterise.
 */
export async function renderWithin(
  task: Pick<RenderTask, 'onContinue' | 'cancel' | 'promise'>,
  budgetMs: number,
  flush?: () => void,
): Promise<void> {
  const deadline = Date.now() + budgetMs;
  let late = false;
  task.onContinue = (next: () => void) => {
    flush?.();
    if (Date.now() <= deadline) return next();
    late = true;
    task.cancel();
  };
  try {
    await task.promise;
  } catch (error) {
    if (late) throw renderTooSlow(Math.round(budgetMs / 1000));
    throw error;
  }
}

/**
 * RGBA to 8-bit grey, done here rather than by sharp: canvas.data() is a view into Skia memory
 * that must not outlive the canvas (sharp reads its input later, on another thread), and copying
 * the RGBA first would cost four times the memory of the grey page.
 */
function toGrey(rgba: Uint8Array): Buffer {
  const grey = Buffer.allocUnsafe(rgba.length / 4);
  for (let i = 0, j = 0; j < grey.length; i += 4, j++)
    grey[j] = ((rgba[i] as number) * 77 + (rgba[i + 1] as number) * 150 + (rgba[i + 2] as number) * 29) >> 8;
  return grey;
}

/** The page's scan image: the resolution to render at, and whether the image alone is the page. */
interface ScanImage {
  /** Render resolution: the image's own, within what OCR needs. */
  dpi: number;
  /** The image's own resolution. */
  imageDpi: number;
  /** pdfjs object id of the image (image XObjects only). */
  objId: string | undefined;
  /** True when the page draws nothing but this one image, upright and covering the whole page. */
  whole: boolean;
}

/**
 * The page's scan image, when one image covers most of the page: rendering at its resolution keeps
 * its pixels one to one (sharper, and faster than a fixed 300 dpi); when it is all the page holds,
 * its pixels can be used as they are.
 */
async function scanImage(pdfjs: Pdfjs, page: PDFPageProxy): Promise<ScanImage | undefined> {
  const { OPS } = pdfjs;
  const ops = await page.getOperatorList().catch(() => undefined);
  if (!ops) return undefined;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = page.view;
  const pageArea = Math.abs((x1 - x0) * (y1 - y0)) || 1;
  // Operators that draw nothing by themselves; anything else (text, paths, clips, annotations,
  // shadings, soft masks) means the page is more than its scan image.
  const inert = new Set<number>([
    OPS.dependency,
    OPS.save,
    OPS.restore,
    OPS.transform,
    OPS.beginMarkedContent,
    OPS.beginMarkedContentProps,
    OPS.endMarkedContent,
  ]);
  let ctm = [1, 0, 0, 1, 0, 0];
  const stack: number[][] = [];
  let best: { area: number; dpi: number; width: number; height: number; ctm: number[]; objId: string | undefined } | undefined;
  let paints = 0;
  let other = false;
  ops.fnArray.forEach((fn, i) => {
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === OPS.transform && args) ctm = multiply(ctm, args as number[]);
    else if (fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject) {
      paints++;
      if (fn !== OPS.paintImageXObject) other = true;
      const size = imageSize(args);
      if (!size) return;
      // An image is drawn into the unit square, scaled by the current transformation matrix.
      const drawnWidth = Math.hypot(ctm[0] ?? 0, ctm[1] ?? 0);
      const drawnHeight = Math.hypot(ctm[2] ?? 0, ctm[3] ?? 0);
      const area = drawnWidth * drawnHeight;
      const objId = fn === OPS.paintImageXObject && typeof args?.[0] === 'string' ? args[0] : undefined;
      if (drawnWidth > 0 && drawnHeight > 0 && (!best || area > best.area))
        best = { area, dpi: (size.width * 72) / drawnWidth, ...size, ctm, objId };
    } else if (!inert.has(fn)) other = true;
  });
  if (!best || best.area < pageArea * 0.5) return undefined;
  const whole =
    !other &&
    paints === 1 &&
    page.rotate % 360 === 0 &&
    best.objId !== undefined &&
    wholePageDpi(best.ctm, page.view, best.width, best.height) !== undefined;
  return {
    dpi: Math.round(Math.min(MAX_SCAN_DPI, Math.max(MIN_SCAN_DPI, best.dpi))),
    imageDpi: best.dpi,
    objId: best.objId,
    whole,
  };
}

/**
 * The decoded pixels of a whole-page scan image, as pdfjs decoded them for the operator list (all
 * filters: JPEG, Flate, CCITT, JBIG2, JPEG 2000), for sharp. Undefined for a pixel layout this
 * does not know (then render).
 */
async function scanPixels(pdfjs: Pdfjs, page: PDFPageProxy, scan: ScanImage, signal?: AbortSignal): Promise<DirectScan | undefined> {
  const { objId } = scan;
  if (!objId) return undefined;
  const objs = objId.startsWith('g_') ? page.commonObjs : page.objs;
  const image = (await new Promise<unknown>((resolve, reject) => {
    signal?.throwIfAborted();
    const onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
    objs.get(objId, (data: unknown) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(data);
    });
  })) as { width?: number; height?: number; kind?: number; data?: Uint8Array | Uint8ClampedArray } | null;
  const { width = 0, height = 0, kind, data } = image ?? {};
  if (!data || width <= 0 || height <= 0) return undefined;
  const { ImageKind } = pdfjs;
  let pixels: Sharp;
  if (kind === ImageKind.RGB_24BPP || kind === ImageKind.RGBA_32BPP) {
    const channels = kind === ImageKind.RGB_24BPP ? 3 : 4;
    if (data.byteLength !== width * height * channels) return undefined;
    // A view, not a copy: the data lives on the JS heap, held by the page until its cleanup().
    pixels = sharp(Buffer.from(data.buffer, data.byteOffset, data.byteLength), { raw: { width, height, channels } });
  } else if (kind === ImageKind.GRAYSCALE_1BPP) {
    pixels = sharp(unpackBits(data, width, height), { raw: { width, height, channels: 1 } });
  } else return undefined;
  return { image: pixels, width, height, dpi: scan.imageDpi };
}

/** A page's scan image as OCR wants it; a scan above the highest OCR resolution is scaled down to it. */
function scanForOcr({ image, width, height, dpi }: DirectScan): Promise<PageImage> {
  if (dpi <= MAX_SCAN_DPI) return preparePage(image, dpi);
  const factor = MAX_SCAN_DPI / dpi;
  return preparePage(image.resize(Math.round(width * factor), Math.round(height * factor), { fit: 'fill' }), MAX_SCAN_DPI);
}

/** pdfjs's 1-bit images (rows padded to whole bytes, 1 = white) as 8-bit grey. */
function unpackBits(data: Uint8Array | Uint8ClampedArray, width: number, height: number): Buffer {
  const grey = Buffer.allocUnsafe(width * height);
  const rowBytes = Math.ceil(width / 8);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) grey[y * width + x] = ((data[y * rowBytes + (x >> 3)] as number) >> (7 - (x & 7))) & 1 ? 255 : 0;
  return grey;
}

function imageSize(args: unknown[] | null): { width: number; height: number } | undefined {
  if (!args) return undefined;
  if (typeof args[1] === 'number' && typeof args[2] === 'number') return { width: args[1], height: args[2] };
  const img = args[0] as { width?: unknown; height?: unknown } | undefined;
  if (img && typeof img.width === 'number' && typeof img.height === 'number') return { width: img.width, height: img.height };
  return undefined;
}

/**
 * How many images the PDF embeds, as far as their dictionaries show (an upper bound: one may be
 * counted twice); refuses a PDF with an image bigger than the pixel limit (a decompression bomb,
 * or a scan at absurd resolution) before anything is decoded. Image XObjects are streams, and
 * stream dictionaries are never compressed, so their /Width and /Height are plain text in the file.
 */
function imageSizes(bytes: Uint8Array, maxPixels: number): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let images = 0;
  for (let at = buffer.indexOf('/Image'); at !== -1; at = buffer.indexOf('/Image', at + 6)) {
    const dict = buffer.toString('latin1', Math.max(0, at - 600), Math.min(buffer.length, at + 600));
    const width = Number(/\/Width\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0);
    const height = Number(/\/Height\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? 0);
    if (width * height > maxPixels) throw tooManyPixels();
    if (width > 0 && height > 0) images++;
  }
  return images;
}
