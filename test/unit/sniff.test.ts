import { describe, expect, it } from 'vitest';
import { pdfLooksComplete, sniffMediaType } from '../../shared/domain/sniff.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const pad = (b: Uint8Array, length = 64) => {
  const out = new Uint8Array(Math.max(length, b.length));
  out.set(b);
  return out;
};
/** An ISO-BMFF `ftyp` box: size, "ftyp", major brand, minor version, compatible brands. */
const ftyp = (major: string, ...compatible: string[]) => {
  const size = 16 + compatible.length * 4;
  return pad(bytes([0, 0, 0, size], 'ftyp', major, [0, 0, 0, 0], ...compatible));
};

describe('sniffMediaType: supported files', () => {
  it.each([
    ['PDF', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj'), 'application/pdf'],
    ['PDF after junk bytes', bytes('\r\n\r\nGarbage from a mail gateway\n%PDF-1.4\n'), 'application/pdf'],
    ['PNG', pad(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'image/png'],
    ['JPEG', pad(bytes([0xff, 0xd8, 0xff, 0xe0])), 'image/jpeg'],
    ['TIFF little-endian', pad(bytes('II*\0')), 'image/tiff'],
    ['TIFF big-endian', pad(bytes('MM\0*')), 'image/tiff'],
    ['WebP', pad(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 ')), 'image/webp'],
    ['GIF', pad(bytes('GIF89a')), 'image/gif'],
    ['AVIF', ftyp('avif', 'mif1', 'miaf'), 'image/avif'],
  ])('%s', (_, input, mediaType) => {
    expect(sniffMediaType(input, 'scan')).toEqual({ mediaType, supported: true });
  });

  it('trusts the bytes, not the extension, and flags the mismatch', () => {
    const png = pad(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(sniffMediaType(png, 'foto.jpg')).toEqual({ mediaType: 'image/png', supported: true, mislabelled: true });
    expect(sniffMediaType(png, 'foto.PNG')).toEqual({ mediaType: 'image/png', supported: true });
  });
});

describe('sniffMediaType: rejected files say what is wrong and what to do', () => {
  it('an empty file', () => {
    const result = sniffMediaType(new Uint8Array(0), 'scan.pdf');
    expect(result).toMatchObject({ mediaType: null, supported: false, code: 'sniff.empty' });
    expect(result.reason).toBe('The file is empty (0 bytes). Scan the document again.');
    expect(result.reasonNl).toMatch(/leeg/);
  });

  it('an iPhone HEIC photo, in English and Dutch', () => {
    const result = sniffMediaType(ftyp('heic', 'mif1', 'heic'), 'IMG_0042.HEIC');
    expect(result).toMatchObject({ mediaType: 'image/heic', supported: false, code: 'sniff.heic' });
    expect(result.reason).toMatch(/HEIC.*PDF or JPEG/);
    expect(result.reasonNl).toMatch(/HEIC.*PDF of JPEG/);
    expect(result.mislabelled).toBeUndefined();
  });

  it('a plain HEIF image', () => {
    expect(sniffMediaType(ftyp('mif1', 'mif1'), 'x.heif')).toMatchObject({ mediaType: 'image/heif', supported: false });
  });

  it.each([
    ['BMP', pad(bytes('BM', [0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0, 40, 0, 0, 0])), 'image/bmp', 'sniff.bmp'],
    ['ZIP', pad(bytes('PK\x03\x04', 'mimetypeapplication/octet-stream')), 'application/zip', 'sniff.archive'],
    [
      'Word',
      pad(bytes('PK\x03\x04', [20, 0, 6, 0], '[Content_Types].xml', 'word/document.xml')),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'sniff.office',
    ],
    ['old Office', pad(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])), 'application/x-ole-storage', 'sniff.office'],
    ['Windows program', pad(bytes('MZ', [0x90, 0, 3, 0])), 'application/x-msdownload', 'sniff.executable'],
    ['Linux program', pad(bytes([0x7f], 'ELF', [2, 1, 1])), 'application/x-executable', 'sniff.executable'],
    ['gzip', pad(bytes([0x1f, 0x8b, 8, 0])), 'application/gzip', 'sniff.archive'],
    ['HTML', bytes('<!DOCTYPE html>\n<html><body>Uw document</body></html>'), 'text/html', 'sniff.html'],
    ['HTML with BOM and blank lines', bytes([0xef, 0xbb, 0xbf], '\n\n  <html lang="nl"><head>'), 'text/html', 'sniff.html'],
    ['SVG', bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"></svg>'), 'image/svg+xml', 'sniff.svg'],
    ['plain text', bytes('Beste meneer,\nHierbij mijn loonstrook.\nGroet, Jan'), 'text/plain', 'sniff.text'],
    ['RTF', bytes('{\\rtf1\\ansi\\deff0 hallo}'), 'application/rtf', 'sniff.office'],
  ])('%s', (_, input, mediaType, code) => {
    const result = sniffMediaType(input, 'upload');
    expect(result).toMatchObject({ mediaType, supported: false, code });
    expect(result.reason).toMatch(/^This is .+\. .+\.$/);
    expect(result.reasonNl).toMatch(/^Dit is .+\./);
  });

  it('unknown binary data', () => {
    const result = sniffMediaType(new Uint8Array([0x00, 0x13, 0x37, 0x00, 0xff, 0x01, 0x02, 0x03]), 'data');
    expect(result).toMatchObject({ mediaType: null, supported: false, code: 'sniff.unknown' });
    expect(result.reason).toMatch(/do not recognise.*PDF or JPEG/);
  });

  it('an HTML page named .pdf is called mislabelled', () => {
    const result = sniffMediaType(bytes('<html><body>Dit is geen PDF</body></html>'), 'C:\\Scans\\loonstrook.pdf');
    expect(result).toMatchObject({ mediaType: 'text/html', supported: false, mislabelled: true, code: 'sniff.html' });
    expect(result.reason).toBe(
      'This file is named .pdf but is actually a web page (HTML), not a scan or PDF. Save the document as PDF or JPEG and send it again.',
    );
  });

  it('a program named .jpg is called mislabelled', () => {
    expect(sniffMediaType(pad(bytes('MZ')), 'foto.jpg')).toMatchObject({ supported: false, mislabelled: true, code: 'sniff.executable' });
  });

  it('unknown bytes named .pdf say the content is not a PDF', () => {
    const result = sniffMediaType(new Uint8Array([0, 1, 2, 3, 0, 5]), 'brief.pdf');
    expect(result).toMatchObject({ mediaType: null, supported: false, mislabelled: true });
    expect(result.reason).toMatch(/named \.pdf, but its content is not a PDF file/);
  });
});

describe('pdfLooksComplete', () => {
  it('a PDF is complete when %%EOF stands in its last kilobyte', () => {
    expect(pdfLooksComplete(bytes('%PDF-1.7\n...\n%%EOF\n'), 'application/pdf')).toBe(true);
    expect(pdfLooksComplete(bytes('%PDF-1.7\n...\n%%EOF', ' '.repeat(1000)), 'application/pdf')).toBe(true);
  });

  it('a PDF cut off before its end marker is not', () => {
    expect(pdfLooksComplete(bytes('%PDF-1.7\n1 0 obj\n<< /Type /Pa'), 'application/pdf')).toBe(false);
    expect(pdfLooksComplete(bytes('%PDF-1.7\n%%EOF\n', ' '.repeat(2000)), 'application/pdf')).toBe(false);
  });

  it('other types have no end marker and count as complete', () => {
    expect(pdfLooksComplete(bytes([0xff, 0xd8, 0xff, 0xe0]), 'image/jpeg')).toBe(true);
  });
});
