/**
 * The bad-input corpus: files that break mailrooms — empty, truncated, corrupt, encrypted, with
 * JavaScript, 3,000 pages, too large, decompression bombs, multi-page TIFF, HEIC and WebP phone
 * photos, programs and web pages named .pdf, polyglots, upside-down and sideways scans, blank
 * pages, archives. Each case says what must become of it: processed (and which words must be read)
 * or rejected (and why). Generated, not stored: `npm run bad-inputs -- <folder>`, then e.g.
 *
 *   MAX_FILE_MB=1 npx postkamer process <folder> --json
 *
 * (the "too large" case is 1.5 MB, so it needs a limit of 1 MB rather than gigabytes of test data).
 */

import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { imagesToPdf, renderPage, seededRandom, textPdf } from './lib/render-page.ts';

export type BadInputExpectation =
  | {
      outcome: 'processed';
      /** Words (folded: lower case, no accents) the extracted text must contain. */
      words: string[];
      pages?: number;
      blankPages?: number;
      /** Pages that had to be turned to be read. */
      rotated?: boolean;
    }
  | {
      outcome: 'rejected';
      /** The rejection's machine code (sniff.*, extract.*), or `intake.too-large`. */
      code: string;
      /** What the reason (a plain sentence for the submitter) must say: a regular expression. */
      reason: string;
      /** Whether the original bytes are kept (everything but a file over the size limit). */
      stored: boolean;
    };

export interface BadInputCase {
  file: string;
  what: string;
  expect: BadInputExpectation;
}

/** The "too large" case's size: above a MAX_FILE_MB of 1. */
export const LARGE_FILE_MB = 1.5;

const LETTER = ['Gemeente Voorbeeld', 'Loonstrook oktober 2026', 'Naam werknemer: J. de Vries', 'Brutoloon 1.152,00', 'Nettoloon 1.072,41'];
const LETTER_WORDS = ['loonstrook', 'oktober', 'brutoloon', 'nettoloon'];
/** Phone photos and scans at 150 dpi: realistic, and about a second or two of OCR each. */
const SCAN = { dpi: 150, noise: 'light' as const };

export async function generateBadInputs(folder: string): Promise<BadInputCase[]> {
  await mkdir(folder, { recursive: true });
  const cases: BadInputCase[] = [];
  const add = async (file: string, what: string, bytes: Uint8Array, expect: BadInputExpectation) => {
    await writeFile(join(folder, file), bytes);
    cases.push({ file, what, expect });
  };
  const rejected = (code: string, reason: string, stored = true): BadInputExpectation => ({ outcome: 'rejected', code, reason, stored });
  const processed = (words: string[], extra: Omit<Extract<BadInputExpectation, { outcome: 'processed' }>, 'outcome' | 'words'> = {}) =>
    ({ outcome: 'processed', words, ...extra }) as const;

  const letterPdf = await textPdf([[...LETTER, 'Kenmerk BAD-CONTROL']]);
  const scan = (seed: number, lines = LETTER) => renderPage(lines, { ...SCAN, seed });

  // Control: a normal born-digital PDF, so a broken pipeline cannot pass as "everything rejected".
  await add('01-control.pdf', 'a normal born-digital PDF', letterPdf, processed(LETTER_WORDS));

  // Empty, truncated, corrupt.
  await add('02-empty.pdf', 'zero bytes', new Uint8Array(0), rejected('sniff.empty', 'empty \\(0 bytes\\)'));
  const truncatedSource = await textPdf([[...LETTER, 'Kenmerk BAD-TRUNCATED']]);
  await add(
    '03-truncated.pdf',
    'a PDF cut off halfway (failed upload)',
    truncatedSource.slice(0, Math.floor(truncatedSource.length * 0.5)),
    rejected('extract.corrupt', 'damaged or incomplete'),
  );
  await add('04-garbage.pdf', 'a PDF header followed by random bytes', garbagePdf(), rejected('extract.corrupt', 'damaged or incomplete'));
  await add(
    '05-broken-xref.pdf',
    'a PDF whose cross-reference offset is wrong (readers rebuild it)',
    brokenXref(await textPdf([[...LETTER, 'Kenmerk BAD-XREF']])),
    processed(LETTER_WORDS),
  );
  await add(
    '06-no-pages.pdf',
    'a PDF without pages',
    await (await PDFDocument.create()).save(),
    rejected('extract.empty', 'no pages|blank'),
  );
  await add('07-encrypted.pdf', 'a password-protected PDF', encryptedPdf(), rejected('extract.encrypted', 'password'));
  await add(
    '08-javascript.pdf',
    'a PDF with /OpenAction JavaScript (never run; read as a document)',
    await javascriptPdf(),
    processed(LETTER_WORDS),
  );
  await add(
    '09-3000-pages.pdf',
    'a 3,000-page PDF (over the page limit)',
    await manyPages(3000),
    rejected('extract.too-many-pages', '3000 pages; the limit is'),
  );
  await add(
    '10-too-large.pdf',
    `a ${LARGE_FILE_MB} MB file (over a MAX_FILE_MB of 1)`,
    await largePdf(letterPdf),
    rejected('intake.too-large', 'too large \\(1\\.5 MB; the limit is 1 MB\\)', false),
  );
  await add(
    '11-bomb.png',
    'a decompression-bomb PNG: 30000×30000 pixels, 1 bit, ~100 KB',
    bombPng(),
    rejected('extract.too-many-pixels', 'too large to read \\(900 megapixels'),
  );
  await add(
    '12-bomb-image.pdf',
    'a PDF with a 40000×40000 image (a PDF decompression bomb)',
    hugeImagePdf(),
    rejected('extract.too-many-pixels', 'far too large to read'),
  );

  // Images: fax TIFF, phone photos.
  const faxPages = [
    await renderPage(LETTER, { noise: 'fax', seed: 21 }),
    await renderPage(['Vervolgblad', 'Vakantiegeld wordt in mei uitbetaald.'], { noise: 'fax', seed: 22 }),
  ];
  await add(
    '13-fax.tif',
    'a two-page fax TIFF (CCITT G4, 1 bit)',
    await sharp(faxPages, { join: { animated: true } })
      .toColourspace('b-w')
      .tiff({ compression: 'ccittfax4', bitdepth: 1 })
      .toBuffer(),
    processed([...LETTER_WORDS, 'vervolgblad', 'vakantiegeld'], { pages: 2 }),
  );
  await add('14-photo.heic', 'an iPhone photo in HEIC', heic(), rejected('sniff.heic', 'HEIC.*Most Compatible'));
  await add(
    '15-photo.webp',
    'a phone photo in WebP',
    await sharp(await scan(23))
      .webp({ quality: 80 })
      .toBuffer(),
    processed(LETTER_WORDS),
  );
  await add(
    '16-photo-exif-rotated.jpg',
    'a phone photo stored sideways with an EXIF orientation tag',
    await sharp(
      await sharp(await scan(24))
        .rotate(270)
        .toBuffer(),
    )
      .jpeg({ quality: 80 })
      .withMetadata({ orientation: 6 })
      .toBuffer(),
    processed(LETTER_WORDS),
  );
  await add(
    '17-cmyk.jpg',
    'a CMYK JPEG (print shop)',
    await sharp(await scan(25))
      .toColourspace('cmyk')
      .jpeg({ quality: 85 })
      .toBuffer(),
    processed(LETTER_WORDS),
  );
  await add(
    '18-screenshot-alpha.png',
    'a screenshot with a transparent background',
    await transparent(await scan(26)),
    processed(LETTER_WORDS),
  );

  // Not documents, or pretending to be one.
  await add(
    '19-webpage.pdf',
    'an HTML page named .pdf',
    new TextEncoder().encode('<!DOCTYPE html><html><head><title>Loonstrook</title></head><body><script>alert(1)</script></body></html>'),
    rejected('sniff.html', 'named \\.pdf but is actually a web page'),
  );
  await add(
    '20-program.pdf',
    'a Windows program named .pdf',
    windowsProgram(),
    rejected('sniff.executable', 'named \\.pdf but is actually a program'),
  );
  await add(
    '21-program.jpg',
    'a Linux program named .jpg',
    linuxProgram(),
    rejected('sniff.executable', 'named \\.jpg but is actually a program'),
  );
  await add(
    '22-archive.zip',
    'a ZIP archive holding a PDF',
    zip('loonstrook.pdf', letterPdf),
    rejected('sniff.archive', 'ZIP archive.*Unpack it'),
  );
  await add(
    '23-word.docx',
    'a Word document',
    zip('word/document.xml', new TextEncoder().encode('<w:document/>')),
    rejected('sniff.office', 'Word document.*as PDF'),
  );
  await add(
    '24-notes.txt',
    'a plain text file',
    new TextEncoder().encode('Loonstrook oktober 2026\nBrutoloon 1.152,00\n'),
    rejected('sniff.text', 'plain text file'),
  );
  await add(
    '25-unknown.pdf',
    'random bytes named .pdf',
    randomBytes(4096, 25),
    rejected('sniff.unknown', 'named \\.pdf, but its content is not a PDF'),
  );

  // Polyglots: more than one format in one file.
  await add(
    '26-polyglot-pdf-zip.pdf',
    'a PDF with a ZIP archive appended (PDF+ZIP polyglot)',
    concat(await textPdf([[...LETTER, 'Kenmerk BAD-POLYGLOT']]), zip('payload.exe', windowsProgram())),
    processed(LETTER_WORDS),
  );
  await add(
    '27-jpeg-trailing-junk.jpg',
    'a JPEG with 20 KB of junk after its end marker',
    concat(
      await sharp(await scan(27))
        .jpeg({ quality: 80 })
        .toBuffer(),
      randomBytes(20_000, 27),
    ),
    processed(LETTER_WORDS),
  );

  // Scans fed the wrong way, and blank pages.
  await add(
    '28-upside-down.png',
    'a page scanned upside down',
    await renderPage(LETTER, { ...SCAN, seed: 28, rotate: 180 }),
    processed(LETTER_WORDS, { rotated: true }),
  );
  // Tesseract's page layout analysis reads lines turned 90° as they are: no turn needed, none recorded.
  await add(
    '29-sideways.png',
    'a page scanned sideways (90° clockwise, no orientation tag)',
    await sharp(await scan(29))
      .rotate(90)
      .png()
      .toBuffer(),
    processed(LETTER_WORDS),
  );
  await add(
    '32-sideways-other-way.jpg',
    'a page scanned sideways the other way (270°), as a JPEG',
    await sharp(await scan(32))
      .rotate(270)
      .jpeg({ quality: 80 })
      .toBuffer(),
    processed(LETTER_WORDS),
  );
  const jpegPage = await sharp(await scan(30))
    .jpeg({ quality: 70 })
    .toBuffer();
  const blankPage = await sharp(await renderPage([], { ...SCAN, seed: 31 }))
    .jpeg({ quality: 70 })
    .toBuffer();
  await add(
    '30-blank-back.pdf',
    'a scanner PDF: a letter and its blank back page',
    await imagesToPdf([jpegPage, blankPage]),
    processed(LETTER_WORDS, { pages: 2, blankPages: 1 }),
  );
  await add(
    '31-all-blank.pdf',
    'a scanner PDF of two blank pages',
    await imagesToPdf([blankPage, blankPage]),
    rejected('extract.empty', 'Every page of the scan is blank'),
  );
  return cases;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  return new Uint8Array(Buffer.concat(parts.map((p) => Buffer.from(p))));
}

function randomBytes(length: number, seed: number): Uint8Array {
  const random = seededRandom(seed);
  // Starts with a byte no format claims, so the content is "unknown", not accidentally something.
  return Uint8Array.from({ length }, (_, i) => (i === 0 ? 0x03 : Math.floor(random() * 256)));
}

function garbagePdf(): Uint8Array {
  return concat(new TextEncoder().encode('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), randomBytes(8192, 4));
}

/** The `startxref` offset points nowhere; readers fall back to scanning the file for objects. */
function brokenXref(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  return new Uint8Array(Buffer.from(text.replace(/startxref\s+\d+/, 'startxref\n999999'), 'latin1'));
}

async function javascriptPdf(): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(await textPdf([[...LETTER, 'Kenmerk BAD-JAVASCRIPT']]));
  const action = pdf.context.obj({
    Type: 'Action',
    S: 'JavaScript',
    JS: PDFString.of("app.alert('postkamer test'); this.exportDataObject({cName: 'x', nLaunch: 2});"),
  });
  pdf.catalog.set(PDFName.of('OpenAction'), pdf.context.register(action));
  const names = pdf.context.obj({ JavaScript: pdf.context.obj({ Names: [PDFString.of('init'), pdf.context.register(action)] }) });
  pdf.catalog.set(PDFName.of('Names'), names);
  pdf.getPage(0).node.set(PDFName.of('AA'), pdf.context.obj({ O: pdf.context.register(action) }));
  return pdf.save();
}

async function manyPages(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let i = 1; i <= count; i++) pdf.addPage([595, 842]).drawText(`Pagina ${i}`, { x: 72, y: 770, size: 12, font });
  return pdf.save();
}

/** A real PDF padded to the size (a comment after %%EOF, as some scanners leave). */
async function largePdf(base: Uint8Array): Promise<Uint8Array> {
  const padding = Math.round(LARGE_FILE_MB * 1024 * 1024) - base.length;
  return concat(base, new TextEncoder().encode(`%${'x'.repeat(Math.max(0, padding - 2))}\n`));
}

/** 30000×30000 pixels of 1-bit grey: 112 MB when decoded, about 110 KB as a file. */
function bombPng(): Uint8Array {
  const width = 30_000;
  const height = 30_000;
  const rowBytes = Math.ceil(width / 8) + 1; // filter byte + packed pixels
  const idat = deflateSync(Buffer.alloc(rowBytes * height), { level: 9 });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(1, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  return concat(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  );
}

function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** One page drawing a 40000×40000 1-bit image whose (short) stream is never decoded. */
function hugeImagePdf(): Uint8Array {
  const image = deflateSync(Buffer.alloc(4096));
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width 40000 /Height 40000 /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode /Length ${image.length} >>\nstream\n`,
        'latin1',
      ),
      image,
      Buffer.from('\nendstream', 'latin1'),
    ]),
  ];
  return handMadePdf(objects);
}

/**
 * A PDF protected with a user password (Standard security handler, RC4 40-bit, R2). /O and /U are
 * not derived from a real password: readers find that the empty password does not open it.
 */
function encryptedPdf(): Uint8Array {
  return handMadePdf(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
      Buffer.from('<< /Length 16 >>\nstream\n\x8a\x1f\x03\x77\xc4\x19\x55\xe0\x21\x9b\x4d\x3a\x0c\x71\xfe\x42\nendstream', 'latin1'),
      `<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${'7a'.repeat(32)}> /U <${'c3'.repeat(32)}> >>`,
    ],
    '/Encrypt 5 0 R /ID [<5f0c0ba5e4c46b2e8a3f6f1e9b1f3c2d> <5f0c0ba5e4c46b2e8a3f6f1e9b1f3c2d>]',
  );
}

function handMadePdf(objects: (string | Buffer)[], trailerExtra = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0]?.length ?? 0;
  objects.forEach((object, i) => {
    offsets.push(length);
    const part = Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n`, 'latin1'),
      Buffer.from(object as never, 'latin1'),
      Buffer.from('\nendobj\n', 'latin1'),
    ]);
    parts.push(part);
    length += part.length;
  });
  let xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) xref += `${String(offset).padStart(10, '0')} 00000 n \n`;
  xref += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra} >>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

/** The start of a HEIC file as an iPhone writes it: an `ftyp` box with the heic brands, then `meta`. */
function heic(): Uint8Array {
  const ftyp = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1')]);
  const meta = Buffer.concat([Buffer.from([0, 0, 0x10, 0]), Buffer.from('meta', 'latin1'), Buffer.from(randomBytes(4088, 14))]);
  return concat(ftyp, meta);
}

function windowsProgram(): Uint8Array {
  const bytes = Buffer.alloc(1024);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.', 0x4e, 'latin1');
  bytes.write('PE\0\0', 0x80, 'latin1');
  return new Uint8Array(bytes);
}

function linuxProgram(): Uint8Array {
  const bytes = Buffer.alloc(1024);
  Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]).copy(bytes);
  return new Uint8Array(bytes);
}

/** A ZIP with one stored (uncompressed) entry. */
function zip(name: string, content: Uint8Array): Uint8Array {
  const data = Buffer.from(content);
  const nameBytes = Buffer.from(name, 'utf8');
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralOffset = local.length + nameBytes.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return new Uint8Array(Buffer.concat([local, nameBytes, data, central, nameBytes, end]));
}

async function transparent(png: Buffer): Promise<Buffer> {
  // Ink stays opaque, paper becomes transparent: what a screenshot tool or a "remove background" app makes.
  const { data, info } = await sharp(png).greyscale().raw().toBuffer({ resolveWithObject: true });
  const rgba = Buffer.alloc(info.width * info.height * 4);
  for (let i = 0; i < info.width * info.height; i++) {
    const v = data[i] ?? 255;
    rgba[i * 4] = 0;
    rgba[i * 4 + 1] = 0;
    rgba[i * 4 + 2] = 0;
    rgba[i * 4 + 3] = 255 - v;
  }
  return sharp(rgba, { raw: { width: info.width, height: info.height, channels: 4 } })
    .png()
    .toBuffer();
}

async function main() {
  const folder = resolve(process.argv[2] ?? 'bad-inputs');
  const cases = await generateBadInputs(folder);
  for (const c of cases) {
    const e = c.expect;
    process.stdout.write(`${c.file.padEnd(30)} ${e.outcome === 'rejected' ? `rejected ${e.code}` : 'processed'}  — ${c.what}\n`);
  }
  process.stderr.write(`${cases.length} cases in ${folder}\nrun: MAX_FILE_MB=1 npx postkamer process ${folder} --json\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
