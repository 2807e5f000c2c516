import zlib from 'node:zlib';
import { PDFDocument, PDFName, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { pageImage } from '../../local/web/page-images.ts';
import { assertStreamBudget } from '../../shared/adapters/local/ocr/pdf-budget.ts';
import { LocalTextExtractor } from '../../shared/adapters/local/text-extractor.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';
import type { ObjectStore } from '../../shared/ports.ts';

/**
 * PDF budgets before anything is drawn: hostile files built here with pdf-lib (a few kilobytes
 * each) are refused with a reason in Dutch and English, in seconds, and never reach OCR (the
 * extractor's OCR engine is a fake that fails the test when asked).
 */
const noOcr = {
  name: 'no-ocr',
  recognize: () => Promise.reject(new Error('a hostile page reached OCR')),
  close: async () => {},
};

/** A page of `width` × `height` pt with a line of text (a text layer) and, optionally, extra content (Flate). */
async function pdf(o: { width?: number; height?: number; text?: boolean; content?: string; image?: { width: number; height: number } }) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([o.width ?? 595, o.height ?? 842]);
  if (o.text !== false) {
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.drawText('Geachte heer De Vries, hierbij ontvangt u de beslissing op uw aanvraag.', { x: 40, y: 40, size: 10, font });
  }
  let content = o.content ?? '';
  if (o.image) {
    const image = doc.context.register(
      doc.context.stream(new Uint8Array(16), {
        Type: 'XObject',
        Subtype: 'Image',
        Width: o.image.width,
        Height: o.image.height,
        ColorSpace: 'DeviceGray',
        BitsPerComponent: 8,
      }),
    );
    page.node.setXObject(PDFName.of('Im0'), image);
    content += 'q 595 0 0 842 0 0 cm /Im0 Do Q\n';
  }
  if (content) {
    const data = zlib.deflateSync(Buffer.from(content));
    page.node.addContentStream(doc.context.register(doc.context.stream(data, { Filter: 'FlateDecode' })));
  }
  return doc.save();
}

/** Page-wide strokes: slow to draw, nothing to read. */
const strokes = (n: number) => '0 0 m 595 842 l S\n'.repeat(n);

async function refusal(bytes: Uint8Array, options: ConstructorParameters<typeof LocalTextExtractor>[0] = {}) {
  const extractor = new LocalTextExtractor({ engine: noOcr, ...options });
  const started = performance.now();
  const error = await extractor.extract({ bytes, mediaType: 'application/pdf', objectKey: 'bomb.pdf' }).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error: error as UnusableInputError, ms: performance.now() - started };
}

describe('PDF budgets before rendering', () => {
  it('refuses a content bomb (500,000 operators, 9 MB inflated from 22 KB) before pdfjs parses it, within a second', async () => {
    const bytes = await pdf({ content: strokes(500_000) });
    expect(bytes.byteLength).toBeLessThan(100_000);
    const { error, ms } = await refusal(bytes);
    expect(error).toBeInstanceOf(UnusableInputError);
    expect(error.code).toBe('extract.too-complex');
    expect(error.message).toMatch(/far more drawing instructions/);
    expect(error.messageNl).toMatch(/veel meer tekeninstructies/);
    expect(ms).toBeLessThan(1000);
  });

  it('inflates a stream only as far as the budget: a 2 MiB budget stops a 9 MB stream', () => {
    const bytes = Buffer.from(`1 0 obj\n<< /Filter /FlateDecode >>\nstream\n`);
    const body = zlib.deflateSync(Buffer.from(strokes(500_000)));
    const file = new Uint8Array(Buffer.concat([bytes, body, Buffer.from('\nendstream\nendobj\n')]));
    expect(() => assertStreamBudget(file, { maxContentBytes: 2 * 1024 * 1024, maxOtherStreamBytes: 4 * 1024 * 1024 })).toThrow(
      UnusableInputError,
    );
    expect(() => assertStreamBudget(file, { maxContentBytes: 16 * 1024 * 1024, maxOtherStreamBytes: 16 * 1024 * 1024 })).not.toThrow();
  });

  it('measures streams packed in other filters too: ASCIIHex + Flate, RunLength', async () => {
    const packed = (data: Buffer, filter: string) =>
      new Uint8Array(
        Buffer.concat([
          Buffer.from(`1 0 obj\n<< /Length ${data.length} /Filter ${filter} >>\nstream\n`),
          data,
          Buffer.from('\nendstream\nendobj\n'),
        ]),
      );
    const budget = { maxContentBytes: 2 * 1024 * 1024, maxOtherStreamBytes: 4 * 1024 * 1024 };
    const hexFlate = Buffer.from(zlib.deflateSync(Buffer.from(strokes(500_000))).toString('hex'));
    expect(() => assertStreamBudget(packed(hexFlate, '[/ASCIIHexDecode /FlateDecode]'), budget)).toThrow(UnusableInputError);
    // RunLength: 2 bytes make 128, so 40 KB make 2.5 MB of "0 0 m " … (a run of one byte, for the test).
    const runs = Buffer.concat(Array.from({ length: 20_000 }, () => Buffer.from([129, 0x20])));
    expect(() => assertStreamBudget(packed(runs, '/RunLengthDecode'), budget)).toThrow(UnusableInputError);
    const small = Buffer.from(zlib.deflateSync(Buffer.from(strokes(1_000))).toString('hex'));
    expect(() => assertStreamBudget(packed(small, '[/ASCIIHexDecode /FlateDecode]'), budget)).not.toThrow();

    // A real page whose content is packed that way is still read.
    const doc = await PDFDocument.create();
    const page = doc.addPage([595, 842]);
    const font = await doc.embedFont(StandardFonts.Helvetica);
    page.node.setFontDictionary(PDFName.of('F1'), font.ref);
    const text = Buffer.from('BT /F1 12 Tf 40 800 Td (Geachte heer De Vries, hierbij uw beslissing op de aanvraag.) Tj ET\n');
    const stream = doc.context.stream(Buffer.from(zlib.deflateSync(text).toString('hex')), { Filter: ['ASCIIHexDecode', 'FlateDecode'] });
    page.node.addContentStream(doc.context.register(stream));
    const read = await new LocalTextExtractor({ engine: noOcr }).extract({
      bytes: await doc.save(),
      mediaType: 'application/pdf',
      objectKey: 'hex.pdf',
    });
    expect(read.pages[0]?.text).toContain('hierbij uw beslissing');
  });

  it('refuses a 14,400 pt page even with a text layer (207 megapixels at 72 dpi)', async () => {
    const { error, ms } = await refusal(await pdf({ width: 14_400, height: 14_400 }));
    expect(error.code).toBe('extract.page-too-large');
    expect(error.message).toMatch(/508 × 508 cm/);
    expect(error.messageNl).toMatch(/veel groter dan papier/);
    expect(ms).toBeLessThan(2000);
  });

  it('reads a poster-sized page with a text layer that fits the pixel limit at 72 dpi (A0)', async () => {
    const extractor = new LocalTextExtractor({ engine: noOcr });
    const result = await extractor.extract({
      bytes: await pdf({ width: 2384, height: 3370 }),
      mediaType: 'application/pdf',
      objectKey: 'a0.pdf',
    });
    expect(result.pages[0]?.text).toMatch(/beslissing op uw aanvraag/);
  });

  it('refuses an image XObject that declares 100,000 × 100,000 pixels, undecoded', async () => {
    const { error, ms } = await refusal(await pdf({ text: false, image: { width: 100_000, height: 100_000 } }));
    expect(error.code).toBe('extract.too-many-pixels');
    expect(ms).toBeLessThan(1000);
  });

  it('stops drawing a page over its wall-clock budget and refuses it, instead of rasterising for minutes', async () => {
    // 40,000 page-wide strokes: 0.7 MB, within the content budget, but minutes to draw at 300 dpi.
    const { error, ms } = await refusal(await pdf({ text: false, content: strokes(40_000) }), { renderTimeoutMs: 300 });
    expect(error.code).toBe('extract.render-timeout');
    expect(error.messageNl).toMatch(/duurde langer dan/);
    expect(ms).toBeLessThan(5000);
  });
});

describe('page images for the viewer', () => {
  const store = (original: Uint8Array): ObjectStore => {
    const objects = new Map<string, Uint8Array>([['original', original]]);
    return {
      exists: async (key: string) => objects.has(key),
      get: async (key: string) => objects.get(key) ?? new Uint8Array(),
      put: async (key: string, bytes: Uint8Array) => {
        objects.set(key, bytes);
      },
    } as unknown as ObjectStore;
  };
  const doc = { id: 'doc-1', objectKey: 'original', mediaType: 'application/pdf', pages: null } as unknown as DocumentRecord;

  it('draws a 14,400 pt page smaller, within 12 megapixels, instead of a 2.3 GB canvas', async () => {
    const png = await pageImage(store(await pdf({ width: 14_400, height: 14_400 })), doc, 1);
    const meta = await sharp(png).metadata();
    expect((meta.width ?? 0) * (meta.height ?? 0)).toBeLessThanOrEqual(12_000_000);
  });

  it('has no image for a content bomb', async () => {
    expect(await pageImage(store(await pdf({ content: strokes(500_000) })), doc, 1)).toBeUndefined();
  });
});
