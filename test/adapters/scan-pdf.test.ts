import { degrees, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { renderPage, seededRandom } from '../../scripts/lib/render-page.ts';
import type { PageImage } from '../../shared/adapters/local/ocr/page-image.ts';
import type { SourceLimits, SourcePage } from '../../shared/adapters/local/ocr/page-source.ts';
import { pdfPages } from '../../shared/adapters/local/ocr/pdf-pages.ts';
import { openScanPdf, soleImage } from '../../shared/adapters/local/ocr/scan-pdf.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';

/**
 * Scanner PDFs read straight from the file (pdf-lib + sharp/zlib) must give the page images the
 * pdfjs path gives, and every page that is more than one plain scan image must be left to pdfjs.
 * The pdfjs reference for a page is the same image wrapped in a marked-content sequence
 * (`/Artifact BMC … EMC`): pdfjs ignores that wrapper, the direct reader does not accept it.
 */
const A4 = { width: 595.28, height: 841.89 };
const LIMITS: SourceLimits = { maxPages: 50, maxPixels: 60_000_000, dpi: 300, minTextLayerLetters: 20 };
const LINES = ['Gemeente Voorbeeld — Werk & Inkomen', 'Aanvraag bijzondere bijstand', '', 'Naam:\tJ. de Vries', 'BSN:\t999931829'];

type Encoding = 'flate' | 'png-rows' | 'jpeg' | 'rgb-jpeg';
interface ScanSpec {
  /** A greyscale PNG of the page. */
  png: Buffer;
  encoding: Encoding;
  /** Page size in points; default A4. */
  size?: { width: number; height: number };
  /** Wrap the drawing in marked content, so that only pdfjs takes the page. */
  pdfjsOnly?: boolean;
}
type PageSpec = ScanSpec | { text: string };

const scanPng = (seed: number, dpi = 150) => renderPage(LINES, { noise: 'light', seed, dpi });

/** A PDF as scanners write it: per page one image XObject and a one-line content stream drawing it. */
async function scanPdf(pages: PageSpec[]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const spec of pages) {
    if ('text' in spec) {
      pdf.addPage([A4.width, A4.height]).drawText(spec.text, { x: 72, y: 700, size: 12, font });
      continue;
    }
    const { width, height } = spec.size ?? A4;
    const page = pdf.addPage([width, height]);
    const name = page.node.newXObject('Scan', await imageXObject(pdf, spec));
    const draw = `q ${width} 0 0 ${height} 0 0 cm ${name.asString()} Do Q`;
    const content = spec.pdfjsOnly ? `/Artifact BMC ${draw} EMC` : draw;
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(content)));
  }
  return pdf.save();
}

async function imageXObject(pdf: PDFDocument, { png, encoding }: ScanSpec) {
  if (encoding === 'jpeg' || encoding === 'rgb-jpeg') {
    const image = sharp(png);
    // toColourspace: sharp's greyscale() alone still writes three channels.
    const jpeg = await (encoding === 'jpeg' ? image.toColourspace('b-w') : image.tint('#3050a0')).jpeg({ quality: 80 }).toBuffer();
    return (await pdf.embedJpg(jpeg)).ref;
  }
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const dict = { Type: 'XObject', Subtype: 'Image', Width: info.width, Height: info.height, ColorSpace: 'DeviceGray', BitsPerComponent: 8 };
  if (encoding === 'flate') return pdf.context.register(pdf.context.flateStream(data, dict));
  // A PNG's image data is Flate with PNG row filters: exactly /FlateDecode with /Predictor 15.
  const encoded = await sharp(data, { raw: info }).toColourspace('b-w').png({ adaptiveFiltering: true, compressionLevel: 6 }).toBuffer();
  const parms = { Predictor: 15, Colors: 1, BitsPerComponent: 8, Columns: info.width };
  return pdf.context.register(pdf.context.stream(pngImageData(encoded), { ...dict, Filter: 'FlateDecode', DecodeParms: parms }));
}

/** The concatenated IDAT chunks of a PNG file. */
function pngImageData(png: Buffer): Buffer {
  const parts: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  return Buffer.concat(parts);
}

async function collect(pdf: Uint8Array, limits = LIMITS): Promise<SourcePage[]> {
  const pages: SourcePage[] = [];
  for await (const page of pdfPages(pdf, limits)) pages.push(page);
  return pages;
}

/** The one page image of a one-page PDF, as pdfPages gives it. */
async function pageImage(pdf: Uint8Array): Promise<PageImage> {
  const [page] = await collect(pdf);
  if (!page?.image) throw new Error('expected a page image');
  return page.image;
}

/** Mean absolute difference of two page images' grey pixels, after checking they have the same size and dpi. */
async function meanDifference(a: PageImage, b: PageImage): Promise<number> {
  if (a.blank || b.blank) throw new Error('expected inked pages');
  expect(a.dpi).toBe(b.dpi);
  const [x, y] = await Promise.all([a.png, b.png].map((png) => sharp(png).raw().toBuffer({ resolveWithObject: true })));
  expect({ width: x?.info.width, height: x?.info.height, channels: x?.info.channels }).toEqual({
    width: y?.info.width,
    height: y?.info.height,
    channels: y?.info.channels,
  });
  let sum = 0;
  for (let i = 0; i < (x?.data.length ?? 0); i++) sum += Math.abs((x?.data[i] ?? 0) - (y?.data[i] ?? 0));
  return sum / (x?.data.length ?? 1);
}

/** Direct and pdfjs page images of the same scan image. */
async function bothPaths(spec: ScanSpec): Promise<{ direct: PageImage; pdfjs: PageImage }> {
  const direct = await scanPdf([spec]);
  const scans = await openScanPdf(direct);
  expect(await scans?.scanPage(0, LIMITS.maxPixels)).toBeDefined();
  return { direct: await pageImage(direct), pdfjs: await pageImage(await scanPdf([{ ...spec, pdfjsOnly: true }])) };
}

describe('pdfPages on scanner PDFs', () => {
  it('reads a PDF of scan pages without loading pdfjs', async (context) => {
    // Test files run in their own process, so pdfjs is not loaded yet unless another test here loaded it.
    const pdfjsLoaded = () => (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker !== undefined;
    if (pdfjsLoaded()) context.skip();
    const pages = await collect(
      await scanPdf([
        { png: await scanPng(1), encoding: 'flate' },
        { png: await scanPng(2), encoding: 'jpeg' },
      ]),
    );
    expect(pages.map((p) => ({ page: p.page, blank: p.image?.blank, dpi: p.image?.dpi }))).toEqual([
      { page: 1, blank: false, dpi: 200 },
      { page: 2, blank: false, dpi: 200 },
    ]);
    expect(pdfjsLoaded()).toBe(false);
  });

  it('reads scan pages directly and other pages with pdfjs, in page order', async () => {
    const png = await scanPng(3);
    const pdf = await scanPdf([
      { text: 'Dit is een brief met een echte tekstlaag, zonder scan.' },
      { png, encoding: 'flate' },
      { png, encoding: 'flate', pdfjsOnly: true },
      { png, encoding: 'jpeg' },
      { text: 'Nog een pagina met genoeg letters in de tekstlaag.' },
    ]);
    const pages = await collect(pdf);
    expect(pages.map((p) => [p.page, p.text === undefined ? 'image' : 'text'])).toEqual([
      [1, 'text'],
      [2, 'image'],
      [3, 'image'],
      [4, 'image'],
      [5, 'text'],
    ]);
    expect(pages[0]?.text).toBe('Dit is een brief met een echte tekstlaag, zonder scan.');
    // The same scan, read directly (page 2) and by pdfjs (page 3).
    expect(await meanDifference(pages[1]?.image as PageImage, pages[2]?.image as PageImage)).toBeLessThan(1);
  });

  it('gives a Flate greyscale scan the same page image as pdfjs does', async () => {
    const { direct, pdfjs } = await bothPaths({ png: await scanPng(4), encoding: 'flate' });
    expect(direct.dpi).toBe(200);
    expect(await meanDifference(direct, pdfjs)).toBeLessThan(1);
  });

  it('gives a JPEG scan nearly the same page image as pdfjs does', async () => {
    const { direct, pdfjs } = await bothPaths({ png: await scanPng(5), encoding: 'jpeg' });
    expect(await meanDifference(direct, pdfjs)).toBeLessThan(2);
  });

  it('reads a colour JPEG scan', async () => {
    const { direct, pdfjs } = await bothPaths({ png: await scanPng(6, 100), encoding: 'rgb-jpeg' });
    expect(await meanDifference(direct, pdfjs)).toBeLessThan(2);
  });

  it('undoes PNG predictors (Flate with /Predictor 15) like pdfjs', async () => {
    const { direct, pdfjs } = await bothPaths({ png: await scanPng(7), encoding: 'png-rows' });
    expect(await meanDifference(direct, pdfjs)).toBeLessThan(1);
  });

  it('scales a scan above 400 dpi down to 400 dpi, like pdfjs', async () => {
    // 100 dpi of A4 pixels on a page 4.5 times smaller: 450 dpi.
    const size = { width: A4.width / 4.5, height: A4.height / 4.5 };
    const { direct, pdfjs } = await bothPaths({ png: await scanPng(8, 100), encoding: 'flate', size });
    expect(direct.dpi).toBe(400);
    expect(await meanDifference(direct, pdfjs)).toBeLessThan(1);
  });

  it('leaves a scan whose JPEG data is cut short to pdfjs, which reads what it can', async () => {
    const pdf = await PDFDocument.create();
    const jpeg = await sharp(await scanPng(9, 100))
      .toColourspace('b-w')
      .jpeg()
      .toBuffer();
    const { width = 0, height = 0 } = await sharp(jpeg).metadata();
    const image = { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceGray', BitsPerComponent: 8 };
    const stream = pdf.context.stream(jpeg.subarray(0, jpeg.length / 2), { ...image, Filter: 'DCTDecode' });
    const page = pdf.addPage([A4.width, A4.height]);
    const name = page.node.newXObject('Scan', pdf.context.register(stream));
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(`q ${A4.width} 0 0 ${A4.height} 0 0 cm ${name} Do Q`)));
    const bytes = await pdf.save();
    // The header is intact, so the page qualifies; only decoding it fails.
    expect(await (await openScanPdf(bytes))?.scanPage(0, LIMITS.maxPixels)).toBeDefined();
    expect((await collect(bytes)).map((p) => ({ page: p.page, blank: p.image?.blank }))).toEqual([{ page: 1, blank: false }]);
  });

  it('refuses too many scan pages before reading any', async () => {
    const png = await scanPng(9, 72);
    const pdf = await scanPdf([1, 2, 3].map(() => ({ png, encoding: 'flate' as const })));
    const error = await collect(pdf, { ...LIMITS, maxPages: 2 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as UnusableInputError).code).toBe('extract.too-many-pages');
  });
});

describe('openScanPdf leaves to pdfjs', () => {
  const smallJpeg = async () =>
    sharp(await scanPng(10, 72))
      .jpeg()
      .toBuffer();

  /** A pdf-lib page with a scan drawn over it (unless `change` draws on it), then changed by `change`. */
  async function drawnPage(change: (page: ReturnType<PDFDocument['addPage']>, pdf: PDFDocument) => Promise<void> | void) {
    const pdf = await PDFDocument.create();
    const page = pdf.addPage([A4.width, A4.height]);
    await change(page, pdf);
    if (!page.node.Contents()) page.drawImage(await pdf.embedJpg(await smallJpeg()), { x: 0, y: 0, ...A4 });
    return openScanPdf(await pdf.save());
  }
  const scanOf = async (scans: Awaited<ReturnType<typeof openScanPdf>>) => {
    expect(scans).toBeDefined();
    return scans?.scanPage(0, LIMITS.maxPixels);
  };

  it('no plain scan page, such as one pdf-lib draws (the control case)', async () => {
    const scan = await scanOf(await drawnPage(() => {}));
    expect(scan && { width: scan.width, height: scan.height, dpi: Math.round(scan.dpi) }).toEqual({ width: 595, height: 842, dpi: 72 });
  });

  it('a page with text on it', async () => {
    const scans = await drawnPage(async (page, pdf) => {
      page.drawImage(await pdf.embedJpg(await smallJpeg()), { x: 0, y: 0, ...A4 });
      page.drawText('Ingekomen 12-03-2026', { x: 400, y: 800, size: 10, font: await pdf.embedFont(StandardFonts.Helvetica) });
    });
    expect(await scanOf(scans)).toBeUndefined();
  });

  it('a rotated page', async () => {
    expect(await scanOf(await drawnPage((page) => page.setRotation(degrees(90))))).toBeUndefined();
  });

  it('an image that does not cover the page', async () => {
    const scans = await drawnPage(async (page, pdf) => {
      page.drawImage(await pdf.embedJpg(await smallJpeg()), { x: 0, y: 0, width: A4.width / 2, height: A4.height / 2 });
    });
    expect(await scanOf(scans)).toBeUndefined();
  });

  it('a JPEG whose size disagrees with its image dictionary', async () => {
    const pdf = await PDFDocument.create();
    const jpeg = await smallJpeg();
    const { width = 0, height = 0 } = await sharp(jpeg).metadata();
    const stream = pdf.context.stream(jpeg, {
      Type: 'XObject',
      Subtype: 'Image',
      Width: width + 8,
      Height: height,
      ColorSpace: 'DeviceGray',
      BitsPerComponent: 8,
      Filter: 'DCTDecode',
    });
    const page = pdf.addPage([A4.width, A4.height]);
    const name = page.node.newXObject('Scan', pdf.context.register(stream));
    page.node.set(PDFName.of('Contents'), pdf.context.register(pdf.context.stream(`q ${A4.width} 0 0 ${A4.height} 0 0 cm ${name} Do Q`)));
    expect(await scanOf(await openScanPdf(await pdf.save()))).toBeUndefined();
  });

  it('an encrypted PDF, whole', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage();
    pdf.context.trailerInfo.Encrypt = pdf.context.obj({ Filter: 'Standard', V: 1, R: 2 });
    expect(await openScanPdf(await pdf.save())).toBeUndefined();
  });

  it('a file pdf-lib cannot read, whole', async () => {
    expect(await openScanPdf(new TextEncoder().encode('<!DOCTYPE html><html><body>Loonstrook</body></html>'))).toBeUndefined();
    const pdf = await scanPdf([{ png: await scanPng(11, 72), encoding: 'flate' }]);
    expect(await openScanPdf(pdf.subarray(0, 400))).toBeUndefined();
  });

  it('a file with junk between its objects, whole, without searching the junk', async () => {
    const pdf = await scanPdf([{ png: await scanPng(12, 72), encoding: 'flate' }]);
    // After the header, before the first object.
    const source = Buffer.from(pdf).toString('latin1');
    const headerEnd = source.search(/\n\d+ 0 obj/) + 1;
    expect(headerEnd).toBeGreaterThan(0);
    const random = seededRandom(12);
    const junk = Uint8Array.from({ length: 1 << 20 }, () => Math.floor(random() * 256));
    const damaged = Buffer.concat([pdf.subarray(0, headerEnd), junk, pdf.subarray(headerEnd)]);
    const started = performance.now();
    expect(await openScanPdf(damaged)).toBeUndefined();
    // pdf-lib's own search would try every byte: about two seconds for this megabyte.
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('soleImage', () => {
  it('tracks the matrix through q, Q and cm', () => {
    // cm pre-multiplies: scale 2, then (inside it) translate by 10 → origin at 20.
    expect(soleImage('q 2 0 0 2 0 0 cm q 1 0 0 1 10 10 cm Q 1 0 0 1 10 10 cm /Im0 Do Q')).toEqual({
      name: 'Im0',
      ctm: [2, 0, 0, 2, 20, 20],
    });
    expect(soleImage('%scanner\nq 595.28 0 0 841.89 0 0 cm\n/Im#31 Do\nQ')).toEqual({ name: 'Im#31', ctm: [595.28, 0, 0, 841.89, 0, 0] });
  });

  it('refuses anything but one image drawn', () => {
    for (const content of [
      '',
      'q 595 0 0 842 0 0 cm /Im0 Do /Im1 Do Q',
      'q 595 0 0 842 0 0 cm /Im0 Do Q BT /F1 12 Tf (Naam) Tj ET',
      '3 Tr q 595 0 0 842 0 0 cm /Im0 Do Q',
      '0 0 595 842 re W n /Im0 Do',
      'BI /W 1 /H 1 /CS /G /BPC 8 ID x EI',
      'Q /Im0 Do',
      '1 0 0 1 0 cm /Im0 Do',
      '[1 2] 0 d /Im0 Do',
      '/Im0 Do 5',
    ])
      expect(soleImage(content), content).toBeUndefined();
  });
});
