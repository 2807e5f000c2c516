import { createRequire } from 'node:module';
import zlib from 'node:zlib';
import type { StreamType } from 'pdf-lib/cjs/core/streams/Stream.js';
import { UnusableInputError } from '../../../domain/errors.ts';

/**
 * Budgets a PDF must fit before pdfjs reads a page of it. pdfjs parses a page's content in one go
 * (no timer fires meanwhile, so it cannot be interrupted): 100,000 drawing operators cost it
 * ~2 s and ~250 MB, and a 2 MB file can hold a Flate stream that inflates to 800 MB of them (45
 * million). So the streams are measured from the raw file first, inflating each only as far as
 * the budget allows, and a page's size in points is checked against the pixel limit before
 * anything is drawn; rendering itself gets a wall-clock budget (see pdf-pages.ts).
 */
export interface PdfBudget {
  /** Decoded bytes of one content stream (a page's drawing operators, or a form drawn on it). */
  maxContentBytes: number;
  /** Decoded bytes of any other stream that is not an image (fonts, colour profiles, object streams). */
  maxOtherStreamBytes: number;
}

export const DEFAULT_PDF_BUDGET: PdfBudget = { maxContentBytes: 2 * 1024 * 1024, maxOtherStreamBytes: 32 * 1024 * 1024 };

/** How far back from `stream` the stream's dictionary is looked for. */
const DICT_WINDOW = 2048;

/**
 * Measures every stream in the file that is not an image (images are bounded by the pixel limit
 * when they are decoded): a content stream above `maxContentBytes` decoded, or any stream above
 * `maxOtherStreamBytes`, refuses the file. A stream counts as content unless it shows what else
 * it is: a font or a colour profile by its first bytes, an object, cross-reference, metadata or
 * attachment stream by its /Type. Every standard filter a drawing can be packed in (Flate, LZW,
 * ASCII85, ASCIIHex, RunLength, and chains of them) is decoded only as far as the budget;
 * streams with other filters (image codecs, Crypt) are left to the render budget.
 * Throws UnusableInputError('extract.too-complex').
 */
export function assertStreamBudget(bytes: Uint8Array, budget: PdfBudget = DEFAULT_PDF_BUDGET): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf('stream'); at !== -1; at = buffer.indexOf('stream', at + 6)) {
    if (at >= 3 && buffer.toString('latin1', at - 3, at) === 'end') continue;
    const eol = buffer[at + 6];
    if (eol !== 0x0a && eol !== 0x0d) continue;
    const start = at + 6 + (eol === 0x0d && buffer[at + 7] === 0x0a ? 2 : 1);
    const dict = streamDict(buffer, at);
    if (/\/Subtype\s*\/Image\b/.test(dict)) continue;
    const decodedSize = measure(buffer, start, dict, budget.maxOtherStreamBytes);
    if (decodedSize === undefined) continue;
    if (decodedSize.size > budget.maxOtherStreamBytes) throw tooComplex();
    if (decodedSize.size > budget.maxContentBytes && !isOtherThanContent(dict, decodedSize.head)) throw tooComplex();
  }
}

/** The dictionary text in front of `stream`: from the last `obj` before it. */
function streamDict(buffer: Buffer, at: number): string {
  const window = buffer.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
  const obj = window.lastIndexOf('obj');
  return obj === -1 ? window : window.slice(obj + 3);
}

/**
 * Decoded size of the stream starting at `start` (up to `limit` + 1 bytes decoded), and its first
 * bytes; undefined for a filter this does not decode or data zlib refuses (pdfjs reports those).
 */
function measure(buffer: Buffer, start: number, dict: string, limit: number): { size: number; head: Buffer } | undefined {
  const end = streamEnd(buffer, start, dict);
  const filter = /\/Filter\s*(?:\/(\w+)|\[([^\]]*)\])/.exec(dict);
  const data = buffer.subarray(start, end);
  if (!filter) return { size: data.byteLength, head: data.subarray(0, 64) };
  const filters =
    filter[1] !== undefined
      ? [filter[1]]
      : (filter[2] ?? '')
          .split('/')
          .map((f) => f.trim())
          .filter(Boolean);
  if (filters.length === 1 && filters[0] === 'FlateDecode') {
    // The common case, in native zlib.
    try {
      const decoded = zlib.inflateSync(data, { maxOutputLength: limit + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH });
      return { size: decoded.byteLength, head: decoded.subarray(0, 64) };
    } catch (error) {
      if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') return { size: limit + 1, head: Buffer.alloc(0) };
      return undefined;
    }
  }
  if (!filters.every((f) => f in DECODERS)) return undefined;
  try {
    const earlyChange = /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
    const stream = filters.reduce<StreamType>((inner, f) => DECODERS[f]?.(inner, earlyChange) ?? inner, new RawStream(data));
    const decoded = stream.getBytes(limit + 1);
    return { size: decoded.byteLength, head: Buffer.from(decoded.subarray(0, 64)) };
  } catch {
    return undefined; // data the decoder refuses: pdfjs reports it
  }
}

/**
 * pdf-lib's stream decoders (ported from pdf.js) decode lazily: asking for n bytes decodes about n.
 * They are CommonJS modules inside pdf-lib, loaded with require so their class is always `default`.
 */
const require = createRequire(import.meta.url);
type StreamClass = new (inner: StreamType, maybeLength?: number, earlyChange?: 0 | 1) => StreamType;
const decoder = (name: string) => (require(`pdf-lib/cjs/core/streams/${name}.js`) as { default: StreamClass }).default;
const RawStream = (require('pdf-lib/cjs/core/streams/Stream.js') as { default: new (bytes: Uint8Array) => StreamType }).default;
const DECODERS: Record<string, (inner: StreamType, earlyChange: 0 | 1) => StreamType> = {
  FlateDecode: (inner) => new (decoder('FlateStream'))(inner),
  LZWDecode: (inner, earlyChange) => new (decoder('LZWStream'))(inner, undefined, earlyChange),
  ASCII85Decode: (inner) => new (decoder('Ascii85Stream'))(inner),
  ASCIIHexDecode: (inner) => new (decoder('AsciiHexStream'))(inner),
  RunLengthDecode: (inner) => new (decoder('RunLengthStream'))(inner),
};

function streamEnd(buffer: Buffer, start: number, dict: string): number {
  const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict);
  const declared = length ? start + Number(length[1]) : Number.NaN;
  if (Number.isSafeInteger(declared) && declared <= buffer.length) return declared;
  const end = buffer.indexOf('endstream', start);
  return end === -1 ? buffer.length : end;
}

/** A stream that says what else it is, by its /Type or its first bytes: a font program or a colour profile. */
function isOtherThanContent(dict: string, head: Buffer): boolean {
  if (/\/Type\s*\/(XRef|ObjStm|Metadata|EmbeddedFile)\b/.test(dict)) return true;
  const magic = head.toString('latin1', 0, 4);
  const font = magic === '\x00\x01\x00\x00' || magic === 'true' || magic === 'OTTO' || magic.startsWith('%!') || magic === 'ttcf';
  const cff = head[0] === 1 && head[1] === 0 && (head[2] ?? 0) >= 4;
  const icc = head.toString('latin1', 36, 40) === 'acsp';
  return font || cff || icc;
}

/**
 * Refuses a page whose size in points could not be drawn within the pixel limit even at the
 * lowest useful resolution (a 14,400 pt page: 207 megapixels at 72 dpi), text layer or not.
 */
export function assertPageSize(widthPt: number, heightPt: number, maxPixels: number, minDpi: number): void {
  const pixels = Math.ceil((Math.abs(widthPt) * minDpi) / 72) * Math.ceil((Math.abs(heightPt) * minDpi) / 72);
  if (!Number.isFinite(pixels) || pixels > maxPixels) throw pageTooLarge(widthPt, heightPt);
}

export const tooComplex = () =>
  new UnusableInputError(
    'extract.too-complex',
    'A page of this PDF holds far more drawing instructions than a letter or a scan, so we cannot read it safely. Print the document and scan the paper, or save it again as a normal PDF.',
    {
      nl: 'Een pagina van deze PDF bevat veel meer tekeninstructies dan een brief of een scan, daarom kunnen wij hem niet veilig lezen. Print het document en scan het papier, of sla het opnieuw op als gewone PDF.',
    },
  );

export const pageTooLarge = (widthPt: number, heightPt: number) => {
  const cm = (pt: number) => Math.round((Math.abs(pt) / 72) * 2.54);
  return new UnusableInputError(
    'extract.page-too-large',
    `A page of this PDF is ${cm(widthPt)} × ${cm(heightPt)} cm, far larger than paper. Save or scan the document again at its real size (A4).`,
    {
      nl: `Een pagina van deze PDF is ${cm(widthPt)} × ${cm(heightPt)} cm, veel groter dan papier. Sla het document opnieuw op of scan het opnieuw op de echte grootte (A4).`,
    },
  );
};

export const renderTooSlow = (seconds: number) =>
  new UnusableInputError(
    'extract.render-timeout',
    `A page of this PDF took more than ${seconds} s to draw, so we stopped reading it. Print the document and scan the paper, or save it again as a normal PDF.`,
    {
      nl: `Het tekenen van een pagina van deze PDF duurde langer dan ${seconds} s, daarom zijn wij gestopt met lezen. Print het document en scan het papier, of sla het opnieuw op als gewone PDF.`,
    },
  );
