import { promisify } from 'node:util';
import zlib from 'node:zlib';
import {
  ParseSpeeds,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFName,
  PDFNumber,
  PDFPageLeaf,
  PDFPageTree,
  PDFParser,
  PDFRawStream,
  PDFStream,
} from 'pdf-lib';
import sharp, { type Sharp } from 'sharp';

/**
 * Scanner pages read straight from the file. A scanner or copier writes each page as one JPEG or
 * Flate image drawn over the whole page; such an image goes to sharp (libjpeg-turbo) or zlib as
 * it is stored, where pdfjs would decode it in JavaScript. Anything else on a page, or any image
 * this does not know for certain how to decode, leaves the page to pdfjs, the reference reader.
 */

/** A page that is nothing but its scan image, ready for sharp (nothing is decoded yet). */
export interface DirectScan {
  image: Sharp;
  width: number;
  height: number;
  /** The image's own resolution on the page. */
  dpi: number;
}

export interface ScanPdf {
  pageCount: number;
  /** The page (0-based) as a DirectScan, or undefined when pdfjs must read it. */
  scanPage(index: number, maxPixels: number): Promise<DirectScan | undefined>;
}

/** A scanner's page content is one short line ("q 595 0 0 842 0 0 cm /Im0 Do Q"); more is not a scan. */
const MAX_CONTENT_BYTES = 4096;

/** Undefined when pdf-lib cannot read the file or it is encrypted: pdfjs then reads it, or reports why not. */
export async function openScanPdf(bytes: Uint8Array): Promise<ScanPdf | undefined> {
  let pages: PDFPageLeaf[];
  try {
    // A Buffer, because pdf-lib slices its input: a Buffer's slices are views, not copies of the images.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Damaged objects throw rather than being guessed at (and logged to the console): pdfjs repairs files.
    const parser = PDFParser.forBytesWithOptions(buffer, ParseSpeeds.Slow, true);
    refuseJunkBetweenObjects(parser);
    const context = await parser.parseDocument();
    if (context.lookup(context.trailerInfo.Encrypt)) return undefined;
    const tree = context.lookup(context.trailerInfo.Root, PDFDict).lookup(PDFName.of('Pages'), PDFDict);
    if (!(tree instanceof PDFPageTree)) return undefined;
    pages = [];
    tree.traverse((node) => {
      if (node instanceof PDFPageLeaf) pages.push(node);
    });
    // A page tree that disagrees with its own count is damaged; pdfjs repairs those its own way.
    if (pages.length === 0 || pages.length !== tree.Count().asNumber()) return undefined;
  } catch {
    return undefined;
  }
  return {
    pageCount: pages.length,
    async scanPage(index, maxPixels) {
      const page = pages[index];
      // pdf-lib throws on objects of an unexpected type: not a plain scan page, then.
      return page ? directScan(page, maxPixels).catch(() => undefined) : undefined;
    },
  };
}

/** The parts of pdf-lib's parser that `refuseJunkBetweenObjects` replaces and uses. */
interface ParserInternals {
  bytes: { done(): boolean; peek(): number };
  skipWhitespaceAndComments(): void;
  skipJibberish(): void;
}

/**
 * Between objects, pdf-lib looks for the next one byte by byte, throwing and catching an error at
 * each: seconds per megabyte of junk, which a damaged or hostile file can hold by the megabyte.
 * A sound file has only whitespace and comments there, then an object ("12 0 obj"), or xref,
 * trailer or startxref; anything else now ends the parse, and pdfjs reads the file.
 */
function refuseJunkBetweenObjects(parser: PDFParser): void {
  const internals = parser as unknown as ParserInternals;
  if (typeof internals.skipJibberish !== 'function') throw new Error('pdf-lib has changed: no skipJibberish to replace');
  internals.skipJibberish = function (this: ParserInternals) {
    this.skipWhitespaceAndComments();
    if (this.bytes.done()) return;
    // "12 0 obj", xref, trailer or startxref.
    if (!/[0-9xts]/.test(String.fromCharCode(this.bytes.peek()))) throw new Error('junk between PDF objects');
  };
}

async function directScan(node: PDFPageLeaf, maxPixels: number): Promise<DirectScan | undefined> {
  if ((node.Rotate()?.asNumber() ?? 0) % 360 !== 0) return undefined;
  // Annotations (stamps, signatures, form fields) are drawn on the page too; so is a UserUnit scale.
  if ((node.Annots()?.size() ?? 0) > 0 || node.has(PDFName.of('UserUnit'))) return undefined;
  const content = contentText(node);
  const drawn = content === undefined ? undefined : soleImage(content);
  if (!drawn) return undefined;
  const stream = node.Resources()?.lookupMaybe(PDFName.XObject, PDFDict)?.lookup(PDFName.of(drawn.name));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const image = imageLayout(stream.dict);
  if (!image || image.width * image.height > maxPixels) return undefined;
  const dpi = wholePageDpi(drawn.ctm, pageBox(node), image.width, image.height);
  if (dpi === undefined) return undefined;
  const pixels = await decode(stream.contents, image, maxPixels);
  return pixels && { image: pixels, width: image.width, height: image.height, dpi };
}

/** The page's content streams as one string; undefined for a filter other than Flate, or a long content. */
function contentText(node: PDFPageLeaf): string | undefined {
  const contents = node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((s) => node.context.lookup(s)) : [contents];
  let text = '';
  for (const stream of streams) {
    if (!(stream instanceof PDFRawStream) || stream.contents.byteLength > MAX_CONTENT_BYTES) return undefined;
    const { dict, contents: raw } = stream;
    const filter = singleFilter(dict);
    if (filter === undefined || dict.has(PDFName.of('DecodeParms'))) return undefined;
    // Streams join at token boundaries: the whitespace keeps their last and first tokens apart.
    if (filter === 'none') text += `${Buffer.from(raw).toString('latin1')}\n`;
    else if (filter === 'FlateDecode') text += `${zlib.inflateSync(raw, { maxOutputLength: MAX_CONTENT_BYTES }).toString('latin1')}\n`;
    else return undefined;
  }
  return text;
}

/** The stream's one filter's name, 'none' without one, undefined for a chain of filters. */
function singleFilter(dict: PDFDict): string | undefined {
  const filter = dict.lookup(PDFName.of('Filter'));
  if (filter === undefined) return 'none';
  if (filter instanceof PDFName) return filter.decodeText();
  if (filter instanceof PDFArray && filter.size() === 1) return filter.lookup(0, PDFName).decodeText();
  return undefined;
}

/** A character that is neither PDF whitespace nor a delimiter: what names, numbers and operators are made of. */
const REGULAR = String.raw`[^\0\t\n\f\r %/()<>[\]{}]`;
/** Whitespace and comments (skipped), then a number, a name, an operator, or any other character (a delimiter). */
const TOKEN = new RegExp(
  String.raw`[\0\t\n\f\r ]+|%[^\r\n]*|([+-]?(?:\d+\.?\d*|\.\d+))(?!${REGULAR})|/(${REGULAR}*)|(${REGULAR}+)|([\s\S])`,
  'gy',
);

/**
 * The one image XObject a page's content draws, and the transformation matrix it is drawn with;
 * undefined for any other content: text, paths, inline images, clips, graphics state, a second image.
 */
export function soleImage(content: string): { name: string; ctm: number[] } | undefined {
  let ctm = [1, 0, 0, 1, 0, 0];
  const saved: number[][] = [];
  let operands: (number | string)[] = [];
  let drawn: { name: string; ctm: number[] } | undefined;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(content); match; match = TOKEN.exec(content)) {
    const [, number, name, operator, delimiter] = match;
    if (number !== undefined) operands.push(Number(number));
    else if (name !== undefined) operands.push(name);
    else if (operator !== undefined) {
      const args = operands;
      operands = [];
      if (operator === 'q' && args.length === 0) saved.push(ctm);
      else if (operator === 'Q' && args.length === 0 && saved.length > 0) ctm = saved.pop() as number[];
      else if (operator === 'cm' && args.length === 6 && args.every((a) => typeof a === 'number')) ctm = multiply(ctm, args as number[]);
      else if (operator === 'Do' && args.length === 1 && typeof args[0] === 'string' && !drawn) drawn = { name: args[0], ctm };
      else return undefined;
    } else if (delimiter !== undefined) return undefined;
  }
  return operands.length === 0 ? drawn : undefined;
}

/** The matrix `t` applied in a coordinate system already transformed by `m` (what `cm` does). */
export function multiply(m: number[], t: number[]): number[] {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = m;
  const [ta = 1, tb = 0, tc = 0, td = 1, te = 0, tf = 0] = t;
  return [ta * a + tb * c, ta * b + tb * d, tc * a + td * c, tc * b + td * d, te * a + tf * c + e, te * b + tf * d + f];
}

/**
 * The resolution of an image of `width` × `height` pixels drawn with `ctm` (into the unit square),
 * when it lies upright (not turned or mirrored), with square pixels, edge to edge over the page box
 * [x0, y0, x1, y1]; else undefined.
 */
export function wholePageDpi(ctm: number[], box: readonly number[], width: number, height: number): number | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = ctm;
  const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = box;
  if (b !== 0 || c !== 0 || !(a > 0) || !(d > 0)) return undefined;
  const dpi = (width * 72) / a;
  const dpiY = (height * 72) / d;
  const near = (x: number, y: number, size: number) => Math.abs(x - y) <= 1 + size * 0.01;
  const upright =
    Math.abs(dpi - dpiY) <= dpi * 0.02 &&
    near(e, x0, x1 - x0) &&
    near(f, y0, y1 - y0) &&
    near(a, x1 - x0, x1 - x0) &&
    near(d, y1 - y0, y1 - y0);
  return upright ? dpi : undefined;
}

/** The visible page, as pdfjs sees it: the CropBox within the MediaBox. */
function pageBox(node: PDFPageLeaf): number[] {
  const media = rectangle(node.MediaBox());
  const crop = node.CropBox();
  if (!crop) return media;
  const [cx0 = 0, cy0 = 0, cx1 = 0, cy1 = 0] = rectangle(crop);
  const [mx0 = 0, my0 = 0, mx1 = 0, my1 = 0] = media;
  const box = [Math.max(cx0, mx0), Math.max(cy0, my0), Math.min(cx1, mx1), Math.min(cy1, my1)];
  return (box[2] ?? 0) > (box[0] ?? 0) && (box[3] ?? 0) > (box[1] ?? 0) ? box : media;
}

function rectangle(array: PDFArray): number[] {
  const [x0, y0, x1, y1] = [0, 1, 2, 3].map((i) => array.lookup(i, PDFNumber).asNumber()) as [number, number, number, number];
  return [Math.min(x0, x1), Math.min(y0, y1), Math.max(x0, x1), Math.max(y0, y1)];
}

/** How an image XObject's pixels are stored, when sharp or zlib can turn them into the page as is. */
interface ImageLayout {
  width: number;
  height: number;
  channels: 1 | 3;
  encoding: 'jpeg' | 'flate' | 'png-rows';
}

function imageLayout(dict: PDFDict): ImageLayout | undefined {
  const number = (key: string) => dict.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber();
  if (dict.lookupMaybe(PDFName.of('Subtype'), PDFName) !== PDFName.of('Image')) return undefined;
  const width = number('Width') ?? 0;
  const height = number('Height') ?? 0;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) return undefined;
  if (number('BitsPerComponent') !== 8) return undefined;
  // Masks, transparency, inverted or remapped tones, optional content: the pixels are not the page.
  if (dict.lookupMaybe(PDFName.of('ImageMask'), PDFBool)?.asBoolean()) return undefined;
  if (['Decode', 'SMask', 'Mask', 'OC'].some((key) => dict.has(PDFName.of(key)))) return undefined;
  const channels = colourChannels(dict.lookup(PDFName.of('ColorSpace')));
  if (!channels) return undefined;
  const filter = singleFilter(dict);
  const params = decodeParms(dict);
  if (filter === 'DCTDecode') {
    // ColorTransform overrides the JPEG's own colour model; pdfjs follows it, libjpeg does not.
    return params?.has(PDFName.of('ColorTransform')) ? undefined : { width, height, channels, encoding: 'jpeg' };
  }
  if (filter !== 'FlateDecode') return undefined;
  const param = (key: string, otherwise: number) => params?.lookupMaybe(PDFName.of(key), PDFNumber)?.asNumber() ?? otherwise;
  const predictor = param('Predictor', 1);
  if (predictor === 1) return { width, height, channels, encoding: 'flate' };
  // PNG predictors: each row starts with its PNG filter byte, exactly as in a PNG file's image data.
  if (predictor >= 10 && param('Colors', 1) === channels && param('BitsPerComponent', 8) === 8 && param('Columns', 1) === width)
    return { width, height, channels, encoding: 'png-rows' };
  return undefined;
}

function decodeParms(dict: PDFDict): PDFDict | undefined {
  const params = dict.lookup(PDFName.of('DecodeParms'));
  if (params instanceof PDFArray) return params.size() === 1 ? params.lookupMaybe(0, PDFDict) : undefined;
  return params instanceof PDFDict ? params : undefined;
}

/** Grey or RGB, also when an ICC profile describes it (OCR needs no colour management); else undefined. */
function colourChannels(space: unknown): 1 | 3 | undefined {
  if (space === PDFName.of('DeviceGray')) return 1;
  if (space === PDFName.of('DeviceRGB')) return 3;
  if (!(space instanceof PDFArray) || space.size() !== 2 || space.lookup(0) !== PDFName.of('ICCBased')) return undefined;
  const profile = space.lookup(1);
  const n = profile instanceof PDFStream ? profile.dict.lookupMaybe(PDFName.of('N'), PDFNumber)?.asNumber() : undefined;
  return n === 1 || n === 3 ? n : undefined;
}

const inflate = promisify(zlib.inflate);

/** The stored image as a sharp input; undefined when its data does not match its dictionary. */
async function decode(data: Uint8Array, image: ImageLayout, maxPixels: number): Promise<Sharp | undefined> {
  const { width, height, channels } = image;
  if (image.encoding === 'jpeg') {
    const jpeg = sharp(data, { limitInputPixels: maxPixels });
    // Only the header is read here. CMYK (4 channels) or a size other than the PDF says: pdfjs.
    const meta = await jpeg.metadata();
    return meta.format === 'jpeg' && meta.width === width && meta.height === height && meta.channels === channels ? jpeg : undefined;
  }
  if (image.encoding === 'png-rows') return sharp(pngFile(data, image), { limitInputPixels: maxPixels });
  const size = width * height * channels;
  // Off the main thread; a stream that inflates to more than the image holds is cut off, not buffered.
  const pixels = await inflate(data, { maxOutputLength: size });
  return pixels.length === size ? sharp(pixels, { raw: { width, height, channels } }) : undefined;
}

/**
 * A PNG file around Flate data with PNG predictors, so that libspng (in sharp) undoes the row
 * filters rather than JavaScript: the data is a PNG's image data as it stands.
 * (zlib.crc32 came in Node 20.15: on older Node calling it throws, and pdfjs reads the page.)
 */
function pngFile(data: Uint8Array, image: ImageLayout): Buffer {
  const chunk = (type: string, body: Uint8Array) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.byteLength, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body, zlib.crc32(head.subarray(4))), 0);
    return [head, body, crc];
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(image.width, 0);
  header.writeUInt32BE(image.height, 4);
  // 8 bits per sample; colour type 0 (grey) or 2 (RGB); deflate, adaptive filtering, no interlace.
  header.set([8, image.channels === 1 ? 0 : 2, 0, 0, 0], 8);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, ...chunk('IHDR', header), ...chunk('IDAT', data), ...chunk('IEND', new Uint8Array(0))]);
}
