import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { imagesToPdf, renderPage, textPdf } from '../../scripts/lib/render-page.ts';
import { measureTones } from '../../shared/adapters/local/ocr/page-image.ts';
import { isNativeTesseractUsable } from '../../shared/adapters/local/ocr/select-ocr-engine.ts';
import { LocalTextExtractor } from '../../shared/adapters/local/text-extractor.ts';
import { UnusableInputError } from '../../shared/domain/errors.ts';
import { foldText } from '../../shared/domain/text.ts';

/**
 * Real OCR on rendered scans (no fixtures on disk, no mocks): tesseract.js always, native
 * tesseract when installed. Pages are kept short so the whole file runs in well under a minute.
 */
const PAYSLIP = [
  'Bakkerij Van Dam B.V.',
  'Loonstrook oktober 2026',
  '',
  'Naam werknemer:\tJ. de Vries',
  'BSN:\t999931829',
  'Brutoloon\t€ 1.152,00',
  'Nettoloon\t€ 1.072,41',
];
const EXPECTED_WORDS = ['bakkerij', 'loonstrook', 'oktober', 'werknemer', '999931829', 'brutoloon', 'nettoloon'];

const nativeUsable = await isNativeTesseractUsable();
const extractors: LocalTextExtractor[] = [];
function extractor(engine: 'native' | 'tesseract.js', options: ConstructorParameters<typeof LocalTextExtractor>[0] = {}) {
  const e = new LocalTextExtractor({ engine, ...options });
  extractors.push(e);
  return e;
}
afterAll(async () => {
  await Promise.all(extractors.map((e) => e.close()));
});

const wasm = extractor('tesseract.js');
const extract = (e: LocalTextExtractor, bytes: Uint8Array, name = 'upload') =>
  e.extract({ bytes, mediaType: 'application/octet-stream', objectKey: name });

function expectWords(text: string, words: string[]) {
  const folded = foldText(text);
  const missing = words.filter((w) => !folded.includes(w));
  expect(missing, `OCR text was:\n${text}`).toEqual([]);
}

async function rejection(promise: Promise<unknown>): Promise<UnusableInputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UnusableInputError);
  return error as UnusableInputError;
}

const engines = [
  { engine: 'tesseract.js' as const, skip: false },
  // CI installs Debian tesseract; on a machine without it these tests are skipped, not failed.
  { engine: 'native' as const, skip: !nativeUsable },
];

for (const { engine, skip } of engines) {
  describe.skipIf(skip)(
    `OCR with ${engine}${skip ? ' (skipped: `tesseract --list-langs` lists no nld+eng; apt-get install tesseract-ocr-nld)' : ''}`,
    () => {
      const e = engine === 'tesseract.js' ? wasm : extractor(engine);

      it('reads a noisy scanned page', async () => {
        const png = await renderPage(PAYSLIP, { noise: 'heavy', seed: 7 });
        const result = await extract(e, png, 'scan.png');
        expect(result.mediaType).toBe('image/png');
        expect(result.engine).toBe(engine === 'native' ? 'tesseract-native' : 'tesseract.js');
        const [page] = result.pages;
        expect(page).toMatchObject({ page: 1, source: 'ocr', rotation: 0 });
        expect(page?.ocrConfidence).toBeGreaterThan(50);
        expectWords(page?.text ?? '', EXPECTED_WORDS);
      });

      it('turns a page fed upside down and reports the rotation', async () => {
        const png = await renderPage(PAYSLIP, { noise: 'light', seed: 8, rotate: 180 });
        const [page] = (await extract(e, png, 'upside-down.png')).pages;
        expect(page).toMatchObject({ source: 'ocr', rotation: 180 });
        expectWords(page?.text ?? '', EXPECTED_WORDS);
      });

      // tesseract.js has no orientation model on npm: it only tries a poor page upside down.
      it.skipIf(engine !== 'native')('reads a page scanned sideways either way, turning it by its detected orientation', async () => {
        const upright = await renderPage(PAYSLIP, { noise: 'light', seed: 9 });
        // Text running bottom to top defeats tesseract's own layout analysis: the page is turned back.
        const bottomToTop = await sharp(upright).rotate(270).png().toBuffer();
        const [turned] = (await extract(e, bottomToTop, 'sideways-270.png')).pages;
        expect(turned).toMatchObject({ source: 'ocr', rotation: 90 });
        expectWords(turned?.text ?? '', EXPECTED_WORDS);
        // Text running top to bottom tesseract reads as it lies (or after turning it): the words are there.
        const topToBottom = await sharp(upright).rotate(90).png().toBuffer();
        const [read] = (await extract(e, topToBottom, 'sideways-90.png')).pages;
        expect([0, 270]).toContain(read?.rotation);
        expectWords(read?.text ?? '', EXPECTED_WORDS);
      });
    },
  );
}

describe('PDF', () => {
  it('uses the text layer of a born-digital PDF without OCR', async () => {
    const pdf = await textPdf([
      ['UWV', 'Beslissing over uw WW-uitkering', 'Burgerservicenummer: 999921782'],
      ['Met vriendelijke groet, namens de directeur'],
    ]);
    const result = await extract(wasm, pdf, 'brief.pdf');
    expect(result).toMatchObject({ mediaType: 'application/pdf', engine: 'text-layer' });
    expect(result.pages.map((p) => p.source)).toEqual(['text-layer', 'text-layer']);
    expect(result.pages[0]?.ocrConfidence).toBeUndefined();
    expectWords(result.pages[0]?.text ?? '', ['beslissing over uw ww-uitkering', '999921782']);
  });

  it('reports the pages read from the start as they grow, in order, ending with all of them', async () => {
    const pdf = await textPdf([['Loonstrook januari'], ['Loonstrook februari'], ['Loonstrook maart']]);
    const seen: number[][] = [];
    const result = await wasm.extract({
      bytes: pdf,
      mediaType: 'application/pdf',
      objectKey: 'stapel.pdf',
      onPages: (pages) => seen.push(pages.map((p) => p.page)),
    });
    expect(seen).toEqual([[1], [1, 2], [1, 2, 3]]);
    expect(result.pages.map((p) => p.page)).toEqual([1, 2, 3]);
  });

  it('reads an image-only PDF (a scanner PDF) with OCR and marks its blank back page', async () => {
    const page = await sharp(await renderPage(PAYSLIP, { noise: 'light', seed: 9 }))
      .jpeg({ quality: 70 })
      .toBuffer();
    const back = await sharp(await renderPage([], { noise: 'light', seed: 10 }))
      .jpeg({ quality: 70 })
      .toBuffer();
    const result = await extract(wasm, await imagesToPdf([page, back]), 'scan.pdf');
    expect(result.mediaType).toBe('application/pdf');
    expect(result.pages[0]).toMatchObject({ page: 1, source: 'ocr' });
    expectWords(result.pages[0]?.text ?? '', EXPECTED_WORDS);
    expect(result.pages[1]).toEqual({ page: 2, text: '', source: 'ocr', blank: true });
  });

  it('refuses a password-protected PDF', async () => {
    const error = await rejection(extract(wasm, encryptedPdf(), 'beveiligd.pdf'));
    expect(error.code).toBe('extract.encrypted');
    expect(error.message).toMatch(/password/);
  });

  it('refuses a truncated PDF as damaged', async () => {
    const pdf = await textPdf([['Dit bestand wordt halverwege afgekapt, zoals bij een mislukte upload.']]);
    const error = await rejection(extract(wasm, pdf.slice(0, Math.floor(pdf.length * 0.6)), 'afgekapt.pdf'));
    expect(error.code).toBe('extract.corrupt');
  });

  it('refuses more pages than the limit before reading any', async () => {
    const pdf = await textPdf([['pagina een'], ['pagina twee'], ['pagina drie']]);
    const error = await rejection(extract(extractor('tesseract.js', { maxPages: 2 }), pdf));
    expect(error.code).toBe('extract.too-many-pages');
    expect(error.message).toMatch(/3 pages; the limit is 2/);
  });
});

describe('images', () => {
  it('reads a multi-page TIFF page by page', async () => {
    const first = await renderPage(PAYSLIP, { noise: 'fax', seed: 11 });
    const second = await renderPage(['Vervolgblad', 'Vakantiegeld wordt in mei uitbetaald.'], { noise: 'fax', seed: 12 });
    // Fax servers store CCITT group 4, 1 bit per pixel.
    const tiff = await sharp([first, second], { join: { animated: true } })
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1 })
      .toBuffer();
    const result = await extract(wasm, tiff, 'fax.tif');
    expect(result.mediaType).toBe('image/tiff');
    expect(result.pages.map((p) => p.page)).toEqual([1, 2]);
    expectWords(result.pages[0]?.text ?? '', EXPECTED_WORDS);
    expectWords(result.pages[1]?.text ?? '', ['vervolgblad', 'vakantiegeld']);
  });

  it('reads a pale copy whose every page the blank test passes over, instead of refusing it as blank', async () => {
    // A copy of a copy: the print stands some 65 grey levels under the paper, thin strokes far less.
    const pale = await sharp(await renderPage(PAYSLIP, { noise: 'light', seed: 14 }))
      .greyscale()
      .linear(0.3, 255 * 0.7)
      .png()
      .toBuffer();
    const { data, info } = await sharp(pale).raw().toBuffer({ resolveWithObject: true });
    const tones = await measureTones(data, { width: info.width, height: info.height, channels: 1 });
    expect(tones).toMatchObject({ blank: true, faint: true });
    const result = await extract(wasm, pale, 'bleke-kopie.png');
    expect(result.pages[0]).toMatchObject({ page: 1, source: 'ocr' });
    expect(result.pages[0]?.blank).toBeUndefined();
    expectWords(result.pages[0]?.text ?? '', EXPECTED_WORDS);
  });

  it('refuses a scan whose every page is blank', async () => {
    const error = await rejection(extract(wasm, await renderPage([], { noise: 'heavy', seed: 13 }), 'leeg.png'));
    expect(error.code).toBe('extract.empty');
  });

  it('refuses an image above the pixel limit', async () => {
    const png = await renderPage(['Groot'], { dpi: 100 });
    const error = await rejection(extract(extractor('tesseract.js', { maxPixels: 500_000 }), png));
    expect(error.code).toBe('extract.too-many-pixels');
  });

  it('refuses a truncated JPEG as damaged', async () => {
    const jpeg = await sharp(await renderPage(PAYSLIP, { dpi: 100 }))
      .jpeg()
      .toBuffer();
    const error = await rejection(extract(wasm, jpeg.subarray(0, Math.floor(jpeg.length / 2)), 'foto.jpg'));
    expect(error.code).toBe('extract.corrupt');
  });
});

describe('unusable input', () => {
  it('refuses an empty file', async () => {
    const error = await rejection(extract(wasm, new Uint8Array(0), 'scan.pdf'));
    expect(error.code).toBe('extract.empty');
    expect(error.message).toBe('The file is empty (0 bytes). Scan the document again.');
  });

  it('refuses an HTML page renamed to .pdf', async () => {
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body><h1>Uw loonstrook</h1></body></html>');
    const error = await rejection(extract(wasm, html, 'loonstrook.pdf'));
    expect(error.code).toBe('extract.unsupported-format');
    expect(error.message).toMatch(/named \.pdf but is actually a web page/);
  });

  it('stops when the caller aborts', async () => {
    const png = await renderPage(PAYSLIP, { dpi: 100 });
    const controller = new AbortController();
    controller.abort(new Error('shutting down'));
    await expect(wasm.extract({ bytes: png, mediaType: 'image/png', objectKey: 'x', signal: controller.signal })).rejects.toThrow(
      'shutting down',
    );
  });
});

/**
 * A minimal PDF protected with a user password (Standard security handler, RC4 40-bit, R2).
 * The /O and /U entries are not derived from a real password: pdfjs only needs to find that the
 * empty password does not open it, which is what a password-protected file looks like to us.
 */
function encryptedPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    '<< /Length 16 >>\nstream\n\x8a\x1f\x03\x77\xc4\x19\x55\xe0\x21\x9b\x4d\x3a\x0c\x71\xfe\x42\nendstream',
    `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'7a'.repeat(32)}> /U <${'c3'.repeat(32)}> >>`,
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
  const id = '<5f0c0ba5e4c46b2e8a3f6f1e9b1f3c2d>';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [${id} ${id}] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, 'latin1'));
}
