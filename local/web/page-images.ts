import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createCanvas } from '@napi-rs/canvas';
import sharp from 'sharp';
import { assertStreamBudget, DEFAULT_PDF_BUDGET } from '../../shared/adapters/local/ocr/pdf-budget.ts';
import { DEFAULT_RENDER_TIMEOUT_MS, renderWithin } from '../../shared/adapters/local/ocr/pdf-pages.ts';
import type { DocumentRecord, PageText } from '../../shared/domain/document.ts';
import { pageImageKey, pagesKey } from '../../shared/domain/document.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';
import type { ObjectStore } from '../../shared/ports.ts';

/**
 * Page images for the viewer: PDF pages rendered with pdfjs on a canvas, scans converted to PNG,
 * kept next to the document (`web/pages/<id>/<n>.png`) after the first view. Browsers then show
 * every page the same way, whatever the original format.
 */
const SCALE = 1.5;
/**
 * At most this many pixels per page image (48 MB of canvas): a larger page is drawn smaller. A
 * 14,400 pt page at 1.5× would need a 2.3 GB canvas. Content and drawing time are held to the
 * same budgets as reading (pdf-budget.ts); a page over them has no image (the document was
 * refused when it was read).
 */
const MAX_VIEWER_PIXELS = 12_000_000;
const require = createRequire(import.meta.url);
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

export async function pageImage(objects: ObjectStore, doc: DocumentRecord, page: number): Promise<Uint8Array | undefined> {
  const key = pageImageKey(doc.id, page);
  if (await objects.exists(key)) return objects.get(key);
  if (!doc.objectKey) return undefined;
  // A part of a file shows the file's pages it holds: its page 1 is the file's first page of the part.
  const filePage = doc.pages ? doc.pages[page - 1] : page;
  if (filePage === undefined) return undefined;
  const original = await objects.get(doc.objectKey);
  const png = doc.mediaType === 'application/pdf' ? await renderPdfPage(original, filePage) : await renderImagePage(original, filePage);
  if (png) await objects.put(key, png, 'image/png');
  return png;
}

async function renderPdfPage(bytes: Uint8Array, pageNumber: number): Promise<Uint8Array | undefined> {
  try {
    assertStreamBudget(bytes, DEFAULT_PDF_BUDGET);
    return await drawPdfPage(bytes, pageNumber);
  } catch (error) {
    if (error instanceof UnusableInputError) return undefined;
    throw error;
  }
}

async function drawPdfPage(bytes: Uint8Array, pageNumber: number): Promise<Uint8Array | undefined> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const pdf = await getDocument({
    data: new Uint8Array(bytes),
    standardFontDataUrl,
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  try {
    if (pageNumber < 1 || pageNumber > pdf.numPages) return undefined;
    const page = await pdf.getPage(pageNumber);
    const size = page.getViewport({ scale: 1 });
    const scale = Math.min(SCALE, Math.sqrt(MAX_VIEWER_PIXELS / Math.max(1, size.width * size.height)));
    const viewport = page.getViewport({ scale });
    const canvas = createCanvas(Math.max(1, Math.floor(viewport.width)), Math.max(1, Math.floor(viewport.height)));
    const context = canvas.getContext('2d');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    await renderWithin(
      page.render({
        canvas: canvas as unknown as HTMLCanvasElement,
        canvasContext: context as unknown as CanvasRenderingContext2D,
        viewport,
      }),
      DEFAULT_RENDER_TIMEOUT_MS,
      () => context.getImageData(0, 0, 1, 1),
    );
    return new Uint8Array(await canvas.encode('png'));
  } finally {
    await pdf.destroy();
  }
}

async function renderImagePage(bytes: Uint8Array, pageNumber: number): Promise<Uint8Array | undefined> {
  const meta = await sharp(bytes).metadata();
  if (pageNumber < 1 || pageNumber > (meta.pages ?? 1)) return undefined;
  const png = await sharp(bytes, { page: pageNumber - 1 })
    .rotate()
    .resize({ width: 1400, withoutEnlargement: true })
    .png()
    .toBuffer();
  return new Uint8Array(png);
}

export async function recognisedText(objects: ObjectStore, documentId: string): Promise<PageText[] | undefined> {
  const key = pagesKey(documentId);
  if (!(await objects.exists(key))) return undefined;
  return JSON.parse(new TextDecoder().decode(await objects.get(key))) as PageText[];
}
