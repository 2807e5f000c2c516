import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import sharp from 'sharp';
import { prepareZXingModule, type ReaderOptions, readBarcodes } from 'zxing-wasm/reader';
import { parseSheet, type SheetPayload } from '../../../domain/cover-sheet.ts';

/**
 * Finds a cover or separator sheet on a page image: the page's QR code, if it is one of ours.
 * Most pages are not sheets, so this is built to say "no" fast: the page is scaled down to about
 * 100 dpi (the sheet's 70 mm code still has 8 pixels per module there) and handed to ZXing-C++
 * (zxing-wasm) as pixels. ZXing finds a QR code at any angle, so a sheet fed upside down or
 * skewed reads too. A foreign QR code (a payment code on a bill) is not a sheet: null.
 *
 * The WebAssembly binary ships inside the zxing-wasm package and is read from node_modules: the
 * package's default would fetch it from a CDN, which must never happen here.
 */

/** A page image: an encoded image (PNG, JPEG, TIFF: an OCR `InkedPage` fits), or raw 8-bit pixels. */
export type SheetImage = { png: Uint8Array } | { pixels: Uint8Array; width: number; height: number; channels: 1 | 2 | 3 | 4 };

/** Long side of the image ZXing looks at: A4 at 100 dpi. Smaller images are not enlarged. */
const READ_LONG_SIDE = 1170;

const READER_OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  // Still a few milliseconds on an A4 page at 100 dpi: worth it for blurred, noisy scans.
  tryHarder: true,
  // Rotation is for linear codes: the QR detector is rotation invariant on its own.
  tryRotate: false,
  // We print black on white; an inverted scan is not worth a second pass on every page.
  tryInvert: false,
  tryDownscale: true,
  // A page may hold another QR code besides ours (a letter's payment code).
  maxNumberOfSymbols: 4,
};

const require = createRequire(import.meta.url);
let zxing: Promise<unknown> | undefined;

/** Compiles the WebAssembly module once per process, from the file in the package. */
function loadZxing(): Promise<unknown> {
  zxing ??= (async () => {
    const file = await readFile(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
    const wasmBinary = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer;
    // `overrides` replaces the package's defaults whole, its CDN locateFile included.
    return prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });
  })();
  zxing.catch(() => {
    zxing = undefined;
  });
  return zxing;
}

/** The sheet on this page, or null when the page holds no QR code of ours. */
export async function readSheet(image: SheetImage): Promise<SheetPayload | null> {
  await loadZxing();
  const pixels = await readablePixels(image);
  const results = await readBarcodes(pixels, READER_OPTIONS);
  for (const result of results) {
    const sheet = parseSheet(result.text);
    if (sheet) return sheet;
  }
  return null;
}

/** RGBA pixels at about 100 dpi, as zxing-wasm takes them (it reduces them to luminance itself). */
async function readablePixels(image: SheetImage): Promise<ImageData> {
  const input =
    'png' in image
      ? sharp(image.png)
      : sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: image.channels } });
  const { data, info } = await input
    .resize(READ_LONG_SIDE, READ_LONG_SIDE, { fit: 'inside', withoutEnlargement: true })
    // Paper, not black, behind transparent areas; then exactly four channels.
    .flatten({ background: '#ffffff' })
    .toColourspace('srgb')
    .ensureAlpha(1)
    .raw()
    .toBuffer({ resolveWithObject: true });
  if (info.channels !== 4) throw new Error(`expected RGBA pixels, got ${info.channels} channels`);
  const rgba = new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  return { data: rgba, width: info.width, height: info.height, colorSpace: 'srgb' };
}
