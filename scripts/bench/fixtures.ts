/**
 * Benchmark inputs: realistic Dutch W&I documents from the training-corpus generator (about clients
 * in examples/directory.json), typeset as scanned pages (200 dpi greyscale, light scanner noise,
 * the DPI recorded like a real scanner does) or as born-digital PDFs with a text layer.
 * Page images are cached under data/bench-cache/ by content hash: reruns skip the rendering.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from 'pdf-lib';
import sharp from 'sharp';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentTypeId } from '../../shared/domain/document-types.ts';
import { type CorpusDoc, generateCorpus } from '../corpus/corpus.ts';
import { ALL_TEMPLATES } from '../corpus/templates/index.ts';
import { renderPage, textPdf } from '../lib/render-page.ts';

export const SCAN_DPI = 200;
const A4_POINTS = { width: 595.28, height: 841.89 };
/** Bump when the rendering changes, so stale cached pages are not reused. */
const CACHE_VERSION = 'bench-v1';
const PDF_VERSION = 'bench-pdf-v3';

export interface ScannedPage {
  /** Path of the page image (PNG, greyscale, 200 dpi recorded): what the bare tesseract run reads. */
  path: string;
  png: Buffer;
}

export class Fixtures {
  constructor(
    private readonly directory: Directory,
    private readonly cacheDir: string,
    private readonly outDir: string,
  ) {
    mkdirSync(cacheDir, { recursive: true });
    mkdirSync(outDir, { recursive: true });
  }

  /** Corpus documents (text only), deterministic for the seed; optionally of some types only. */
  documents(seed: string, count: number, types?: DocumentTypeId[]): CorpusDoc[] {
    const templates = types ? ALL_TEMPLATES.filter((t) => types.includes(t.type)) : ALL_TEMPLATES;
    return generateCorpus({ seed, count, directory: this.directory, templates });
  }

  /** One scanned page of text: rendered once, then read from the cache. */
  async scan(text: string, seed: number): Promise<ScannedPage> {
    const lines = text.split('\n');
    const key = createHash('sha256').update(`${CACHE_VERSION}\n${seed}\n${text}`).digest('hex').slice(0, 24);
    const path = join(this.cacheDir, `${key}.png`);
    if (existsSync(path)) return { path, png: readFileSync(path) };
    const png = await renderFit(lines, seed);
    writeFileSync(path, png);
    return { path, png };
  }

  /**
   * An image-only PDF (no text layer), one greyscale image per A4 page, as a desk scanner makes:
   * lossless (DeviceGray, Flate) by default, or JPEG.
   */
  async scanPdf(name: string, pages: ScannedPage[], title = name, format: ScanFormat = 'flate'): Promise<string> {
    const key = createHash('sha256')
      .update(`${PDF_VERSION}\n${format}\n${title}\n${pages.map((p) => p.path).join('\n')}`)
      .digest('hex')
      .slice(0, 16);
    const path = join(this.cacheDir, `${name.replace(/\.pdf$/, '')}-${key}.pdf`);
    if (!existsSync(path))
      writeFileSync(
        path,
        await imagesPdf(
          pages.map((p) => p.png),
          title,
          format,
        ),
      );
    return path;
  }

  async textPdf(name: string, pages: string[]): Promise<string> {
    const path = join(this.outDir, name);
    // Long pages (statements, forms) are cut to what fits on A4 in the generator's 10.5 pt font.
    for (const maxLines of [48, 40, 32, 24]) {
      try {
        writeFileSync(path, await textPdf(pages.map((p) => p.split('\n').slice(0, maxLines))));
        return path;
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
      }
    }
    throw new RangeError(`the pages of ${name} do not fit on A4`);
  }
}

/** Renders a page, shrinking the font until the lines fit on A4 (long statements and forms). */
async function renderFit(lines: string[], seed: number): Promise<Buffer> {
  for (const fontSize of [11, 9.5, 8, 6.5]) {
    try {
      const png = await renderPage(lines, { noise: 'light', seed, dpi: SCAN_DPI, fontSize });
      // A scanner records its resolution; renderPage leaves the PNG's default, which tesseract distrusts.
      return await sharp(png).withDensity(SCAN_DPI).png({ compressionLevel: 9 }).toBuffer();
    } catch (error) {
      if (!(error instanceof RangeError)) throw error;
    }
  }
  return renderFit(lines.slice(0, 70), seed);
}

export type ScanFormat = 'flate' | 'jpeg';

/**
 * Like scripts/lib/render-page.ts `imagesToPdf`, but with the page images stored as a scanner
 * stores them: 8-bit DeviceGray (pdf-lib's embedPng would widen grey to RGB, three times the
 * pixels) or greyscale JPEG; and with a title, so the bytes of every file differ (intake links
 * identical bytes to the first copy) while pages may repeat.
 */
async function imagesPdf(pngs: Buffer[], title: string, format: ScanFormat): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(title);
  pdf.setCreator('postkamer bench scanner');
  pdf.setCreationDate(new Date('2026-01-01T00:00:00Z'));
  pdf.setModificationDate(new Date('2026-01-01T00:00:00Z'));
  for (const png of pngs) {
    const page = pdf.addPage([A4_POINTS.width, A4_POINTS.height]);
    if (format === 'jpeg') {
      const image = await pdf.embedJpg(await sharp(png).toColourspace('b-w').jpeg({ quality: 80 }).toBuffer());
      page.drawImage(image, { x: 0, y: 0, width: A4_POINTS.width, height: A4_POINTS.height });
      continue;
    }
    const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
    const image = pdf.context.register(
      pdf.context.flateStream(data, {
        Type: 'XObject',
        Subtype: 'Image',
        Width: info.width,
        Height: info.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
      }),
    );
    const name = page.node.newXObject('Scan', image);
    const content = pdf.context.register(pdf.context.stream(`q ${A4_POINTS.width} 0 0 ${A4_POINTS.height} 0 0 cm ${name.asString()} Do Q`));
    page.node.set(PDFName.of('Contents'), content);
  }
  return pdf.save();
}
