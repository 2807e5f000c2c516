import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * A PDF's text layer with pdfjs, the one rule both runtimes use to tell a born-digital page from a
 * scan: a page whose text layer holds at least `minLetters` letters is read from it, any other page
 * needs OCR. Pure JavaScript (pdfjs-dist's legacy build, no canvas, no native module), so the
 * Lambdas use it too: their bundle carries pdfjs-dist's build, CMaps and fonts next to the handler
 * (infra/constructs/pipeline-function.ts), where the `require` below finds them.
 */
export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type DocumentInitParameters = Exclude<Parameters<Pdfjs['getDocument']>[0], string | URL | ArrayBuffer | Uint8Array | undefined>;
const require = createRequire(import.meta.url);
let pdfjsModule: Promise<Pdfjs> | undefined;

/** The package name, in a variable so a bundler leaves the `require` to run time (the files come beside the bundle). */
const PDFJS = 'pdfjs-dist';

/**
 * pdfjs and its worker (3 MB of JavaScript), loaded on first use. require() (Node >= 20.19 loads
 * ES modules that way) keeps them out of tsx's ESM hooks, which would hold ~250 MB of transformed
 * source; the minified build has no source maps to parse. The worker runs on this thread
 * (`globalThis.pdfjsWorker`), which is what pdfjs does in Node anyway.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjsModule ??= (async () => {
    const build = `${PDFJS}/legacy/build/`;
    textOnlyWithoutCanvas();
    try {
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = require(`${build}pdf.worker.min.mjs`);
      return require(`${build}pdf.min.mjs`) as Pdfjs;
    } catch {
      // Older Node without require(esm): the same build through import().
      (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = await import(`${build}pdf.worker.min.mjs`);
      return (await import(`${build}pdf.min.mjs`)) as Pdfjs;
    }
  })();
  return pdfjsModule;
}

/**
 * pdfjs's display layer builds a `DOMMatrix` when it loads, and takes the class from
 * @napi-rs/canvas in Node. Where that native package is absent (the Lambda bundle, which reads text
 * layers only), a stand-in that holds the six numbers lets pdfjs load; text extraction runs in
 * pdfjs's core and never uses it. Drawing with it fails loudly, never silently wrong.
 */
function textOnlyWithoutCanvas(): void {
  const global = globalThis as { DOMMatrix?: unknown };
  if (global.DOMMatrix) return;
  try {
    require.resolve('@napi-rs/canvas');
    return; // pdfjs takes the real one from there
  } catch {}
  global.DOMMatrix = class TextOnlyDOMMatrix {
    a = 1;
    b = 0;
    c = 0;
    d = 1;
    e = 0;
    f = 0;
    constructor(init?: readonly number[]) {
      if (init && init.length === 6)
        [this.a, this.b, this.c, this.d, this.e, this.f] = init as [number, number, number, number, number, number];
    }
    private static unsupported(): never {
      throw new Error('rendering PDF pages needs @napi-rs/canvas; this runtime reads text layers only');
    }
    multiply = TextOnlyDOMMatrix.unsupported;
    translate = TextOnlyDOMMatrix.unsupported;
    scale = TextOnlyDOMMatrix.unsupported;
    invertSelf = TextOnlyDOMMatrix.unsupported;
  };
}

let packageDir: string | undefined;
/** pdfjs in Node reads these "URLs" from disk; they must end with a slash. */
const assetDir = (name: string) => {
  packageDir ??= dirname(require.resolve(`${PDFJS}/package.json`));
  return `${join(packageDir, name)}/`;
};

/**
 * pdfjs's font, CMap and wasm files, read from disk once per process rather than once per document
 * (every born-digital letter in a standard font asked for the font file again). pdfjs copies what
 * it gets, so the cached bytes stay whole.
 */
class CachedBinaryData {
  private static readonly files = new Map<string, Promise<Uint8Array>>();

  constructor(private readonly urls: { cMapUrl?: string | null; standardFontDataUrl?: string | null; wasmUrl?: string | null }) {}

  fetch({ kind, filename }: { kind: 'cMapUrl' | 'standardFontDataUrl' | 'wasmUrl'; filename: string }): Promise<Uint8Array> {
    const path = `${this.urls[kind] ?? ''}${filename}`;
    let file = CachedBinaryData.files.get(path);
    if (!file) {
      file = readFile(path).then((data) => new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      // A failed read is not remembered: the next document tries again.
      file.catch(() => CachedBinaryData.files.delete(path));
      CachedBinaryData.files.set(path, file);
    }
    return file;
  }
}

/** How postkamer opens every PDF with pdfjs: offline, no eval, no font faces; images above `maxImageSize` pixels are never decoded. */
export function pdfjsDocumentParams(data: Uint8Array, maxImageSize: number): DocumentInitParameters {
  return {
    data,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    BinaryDataFactory: CachedBinaryData,
    standardFontDataUrl: assetDir('standard_fonts'),
    cMapUrl: assetDir('cmaps'),
    cMapPacked: true,
    wasmUrl: assetDir('wasm'),
    iccUrl: assetDir('iccs'),
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    // Images above the pixel limit are never decoded (decompression bombs).
    maxImageSize,
    verbosity: 0,
  };
}

export const countLetters = (text: string) => text.match(/\p{L}/gu)?.length ?? 0;

/** A PDF text layer with fewer letters than this is treated as a scan (both runtimes' default). */
export const MIN_TEXT_LAYER_LETTERS = 20;

/** True when the page's text layer is real text, not a scan's empty or stray layer. */
export const usableTextLayer = (text: string, minLetters = MIN_TEXT_LAYER_LETTERS) => countLetters(text) >= minLetters;

/** The page's text layer, lines ended where pdfjs says; '' when it has none or it is broken. */
export async function pageText(page: PDFPageProxy): Promise<string> {
  // A broken text layer is not fatal: the page can still be rendered and read by OCR.
  const content = await page.getTextContent().catch(() => undefined);
  if (!content) return '';
  let text = '';
  for (const item of content.items) {
    if (!('str' in item)) continue;
    text += item.str;
    if (item.hasEOL) text += '\n';
  }
  return text.trim();
}

/** A PDF opened for its text layer only. */
export interface PdfTextLayer {
  pageCount: number;
  /** The page's text layer when it is usable (`usableTextLayer`), else undefined: the page needs OCR. */
  usableText(pageNumber: number): Promise<string | undefined>;
  close(): Promise<void>;
}

/**
 * Opens the PDF for its text layer. Throws what pdfjs throws (a `PasswordException`, an
 * `InvalidPDFException`): the caller decides what that means for its runtime.
 */
export async function openTextLayer(
  bytes: Uint8Array,
  options: { minLetters?: number; maxImageSize?: number } = {},
): Promise<PdfTextLayer> {
  const pdfjs = await loadPdfjs();
  // pdfjs takes (detaches) the buffer it is given: a copy, the caller still needs the bytes.
  const doc: PDFDocumentProxy = await pdfjs.getDocument(pdfjsDocumentParams(new Uint8Array(bytes), options.maxImageSize ?? 60_000_000))
    .promise;
  return {
    pageCount: doc.numPages,
    async usableText(n) {
      const page = await doc.getPage(n);
      try {
        const text = await pageText(page);
        return usableTextLayer(text, options.minLetters) ? text : undefined;
      } finally {
        page.cleanup();
      }
    },
    close: () => doc.destroy(),
  };
}
