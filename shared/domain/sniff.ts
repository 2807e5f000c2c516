/**
 * The real type of an uploaded file, from its first bytes: the extension is only used to say
 * "this file is named .pdf but is an HTML page". Pure; no I/O.
 */
export interface SniffResult {
  /** The detected media type; null when the file is empty or unknown. */
  mediaType: string | null;
  /** Whether the pipeline can read it (PDF or an image the OCR path decodes). */
  supported: boolean;
  /** For unsupported files: a plain sentence saying what is wrong and what to do (English). */
  reason?: string;
  /** The same sentence in plain Dutch, for receipts and the desk. */
  reasonNl?: string;
  /** Stable machine code of the rejection, e.g. `sniff.heic`. */
  code?: string;
  /** The extension promises another type than the content has. */
  mislabelled?: boolean;
}

interface Kind {
  mediaType: string | null;
  /** Plain name for sentences, English and Dutch: "a web page (HTML)". */
  what: Phrase;
  /** For unsupported kinds: a stable code, why it cannot be read, and what to do. */
  reject?: { code: string; note: Phrase; action: Phrase };
}

type Phrase = readonly [en: string, nl: string];

const SAVE_AS: Phrase = [
  'Save the document as PDF or JPEG and send it again.',
  'Sla het document op als PDF of JPEG en stuur het opnieuw.',
];
const SAVE_AS_PDF: Phrase = ['Save it as PDF and send it again.', 'Sla het op als PDF en stuur het opnieuw.'];
const UNPACK: Phrase = [
  'Unpack it and send the documents inside as PDF or JPEG.',
  'Pak het uit en stuur de documenten erin als PDF of JPEG.',
];
const CANNOT_READ: Phrase = ['which we cannot read', 'die kunnen wij niet lezen'];
const NOT_A_SCAN: Phrase = ['not a scan or PDF', 'geen scan of PDF'];
const PROGRAM: Omit<Kind, 'mediaType'> = {
  what: ['a program', 'een programma'],
  reject: {
    code: 'sniff.executable',
    note: ['not a document, and was not opened', 'geen document, en is niet geopend'],
    action: ['Send the document as PDF or JPEG.', 'Stuur het document als PDF of JPEG.'],
  },
};
const ARCHIVE = (what: Phrase): Omit<Kind, 'mediaType'> => ({ what, reject: { code: 'sniff.archive', note: NOT_A_SCAN, action: UNPACK } });
const OFFICE = (what: Phrase): Omit<Kind, 'mediaType'> => ({
  what,
  reject: { code: 'sniff.office', note: NOT_A_SCAN, action: SAVE_AS_PDF },
});

const KINDS = {
  pdf: { mediaType: 'application/pdf', what: ['a PDF document', 'een PDF-document'] },
  png: { mediaType: 'image/png', what: ['a PNG image', 'een PNG-afbeelding'] },
  jpeg: { mediaType: 'image/jpeg', what: ['a JPEG image', 'een JPEG-afbeelding'] },
  tiff: { mediaType: 'image/tiff', what: ['a TIFF image', 'een TIFF-afbeelding'] },
  webp: { mediaType: 'image/webp', what: ['a WebP image', 'een WebP-afbeelding'] },
  gif: { mediaType: 'image/gif', what: ['a GIF image', 'een GIF-afbeelding'] },
  avif: { mediaType: 'image/avif', what: ['an AVIF image', 'een AVIF-afbeelding'] },
  heic: {
    mediaType: 'image/heic',
    what: ['an iPhone photo in HEIC format', 'een iPhone-foto in HEIC-formaat'],
    reject: {
      code: 'sniff.heic',
      note: CANNOT_READ,
      action: [
        `${SAVE_AS[0]} On an iPhone: Settings > Camera > Formats > Most Compatible.`,
        `${SAVE_AS[1]} Op een iPhone: Instellingen > Camera > Formaten > Meest compatibel.`,
      ],
    },
  },
  heif: {
    mediaType: 'image/heif',
    what: ['a photo in HEIF format', 'een foto in HEIF-formaat'],
    reject: { code: 'sniff.heic', note: CANNOT_READ, action: SAVE_AS },
  },
  // libvips as shipped with sharp has no BMP loader.
  bmp: {
    mediaType: 'image/bmp',
    what: ['a BMP image', 'een BMP-afbeelding'],
    reject: { code: 'sniff.bmp', note: CANNOT_READ, action: SAVE_AS },
  },
  svg: {
    mediaType: 'image/svg+xml',
    what: ['an SVG drawing', 'een SVG-tekening'],
    reject: { code: 'sniff.svg', note: NOT_A_SCAN, action: SAVE_AS },
  },
  zip: { mediaType: 'application/zip', ...ARCHIVE(['a ZIP archive', 'een ZIP-bestand']) },
  rar: { mediaType: 'application/vnd.rar', ...ARCHIVE(['a RAR archive', 'een RAR-bestand']) },
  sevenZip: { mediaType: 'application/x-7z-compressed', ...ARCHIVE(['a 7-Zip archive', 'een 7-Zip-bestand']) },
  gzip: { mediaType: 'application/gzip', ...ARCHIVE(['a compressed (gzip) file', 'een ingepakt (gzip) bestand']) },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    ...OFFICE(['a Word document', 'een Word-document']),
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ...OFFICE(['an Excel sheet', 'een Excel-bestand']),
  },
  odf: { mediaType: 'application/vnd.oasis.opendocument', ...OFFICE(['an OpenDocument file', 'een OpenDocument-bestand']) },
  ole: {
    mediaType: 'application/x-ole-storage',
    ...OFFICE(['an old Office file (Word, Excel or Outlook)', 'een oud Office-bestand (Word, Excel of Outlook)']),
  },
  rtf: { mediaType: 'application/rtf', ...OFFICE(['an RTF document', 'een RTF-document']) },
  exe: { mediaType: 'application/x-msdownload', ...PROGRAM },
  elf: { mediaType: 'application/x-executable', ...PROGRAM },
  macho: { mediaType: 'application/x-mach-binary', ...PROGRAM },
  html: {
    mediaType: 'text/html',
    what: ['a web page (HTML)', 'een webpagina (HTML)'],
    reject: { code: 'sniff.html', note: NOT_A_SCAN, action: SAVE_AS },
  },
  xml: {
    mediaType: 'application/xml',
    what: ['an XML data file', 'een XML-bestand'],
    reject: { code: 'sniff.text', note: NOT_A_SCAN, action: SAVE_AS },
  },
  email: {
    mediaType: 'message/rfc822',
    what: ['a saved e-mail', 'een opgeslagen e-mail'],
    reject: {
      code: 'sniff.email',
      note: NOT_A_SCAN,
      action: ['Send the attachments themselves as PDF or JPEG.', 'Stuur de bijlagen zelf als PDF of JPEG.'],
    },
  },
  text: {
    mediaType: 'text/plain',
    what: ['a plain text file', 'een tekstbestand'],
    reject: { code: 'sniff.text', note: NOT_A_SCAN, action: SAVE_AS },
  },
} satisfies Record<string, Kind>;

/** Extensions and the kinds they promise, for the "mislabelled" check. */
const EXTENSIONS: Record<string, readonly Kind[]> = {
  pdf: [KINDS.pdf],
  png: [KINDS.png],
  jpg: [KINDS.jpeg],
  jpeg: [KINDS.jpeg],
  jfif: [KINDS.jpeg],
  tif: [KINDS.tiff],
  tiff: [KINDS.tiff],
  webp: [KINDS.webp],
  gif: [KINDS.gif],
  heic: [KINDS.heic, KINDS.heif],
  heif: [KINDS.heic, KINDS.heif],
  avif: [KINDS.avif],
  bmp: [KINDS.bmp],
  docx: [KINDS.docx],
  xlsx: [KINDS.xlsx],
};

const ascii = (bytes: Uint8Array, start: number, length: number): string =>
  String.fromCharCode(...bytes.subarray(start, Math.min(bytes.length, start + length)));

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);

/** ISO base media files (HEIC, AVIF, MP4): the `ftyp` box lists the major and compatible brands. */
function isoBrand(bytes: Uint8Array): Kind | undefined {
  if (ascii(bytes, 4, 4) !== 'ftyp') return undefined;
  const boxSize = Math.min(((bytes[0] ?? 0) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0), 256, bytes.length);
  const brands = [ascii(bytes, 8, 4)];
  for (let at = 16; at + 4 <= boxSize; at += 4) brands.push(ascii(bytes, at, 4));
  if (brands.includes('avif') || brands.includes('avis')) return KINDS.avif;
  if (brands.some((b) => HEIC_BRANDS.has(b))) return KINDS.heic;
  if (brands.some((b) => HEIF_BRANDS.has(b))) return KINDS.heif;
  return undefined;
}

function zipKind(bytes: Uint8Array): Kind {
  // Office files are ZIPs whose first entries name their parts; a few KB is enough to tell.
  const head = ascii(bytes, 0, 8192);
  if (head.includes('word/')) return KINDS.docx;
  if (head.includes('xl/')) return KINDS.xlsx;
  if (head.includes('application/vnd.oasis.opendocument')) return KINDS.odf;
  return KINDS.zip;
}

/** Text-like content: HTML, XML/SVG, RTF, e-mail or plain text; undefined for binary data. */
function textKind(bytes: Uint8Array): Kind | undefined {
  const sample = bytes.subarray(0, 4096);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(sample);
  } catch {
    // A multi-byte character cut at the sample's end is fine; anything else is binary.
    if (sample.length < 4096) return undefined;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(sample.subarray(0, sample.length - 4));
    } catch {
      return undefined;
    }
  }
  if (text.includes('\u0000')) return undefined;
  const head = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (/^(<!doctype html|<html|<head|<body|<script|<meta|<title|<div|<p[\s>]|<table|<iframe)/.test(head)) return KINDS.html;
  if (head.startsWith('<?xml') || head.startsWith('<svg')) return /<svg[\s>]/.test(head) ? KINDS.svg : KINDS.xml;
  if (head.startsWith('<!--') && /<html|<body|<!doctype html/.test(head)) return KINDS.html;
  if (head.startsWith('{\\rtf')) return KINDS.rtf;
  if (
    /^(received|return-path|from|message-id|mime-version|delivered-to|subject|date):/m.test(head.slice(0, 512)) &&
    /\n(subject|from|to):/.test(head)
  )
    return KINDS.email;
  let control = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t' && ch !== '\f') control++;
  }
  return control / Math.max(1, text.length) < 0.01 ? KINDS.text : undefined;
}

function detect(bytes: Uint8Array): Kind | undefined {
  if (ascii(bytes, 0, 5) === '%PDF-') return KINDS.pdf;
  const signed = bySignature(bytes);
  if (signed) return signed;
  // PDF readers accept up to 1 KB of junk before the header; so do we, unless the file starts as
  // another format (a ZIP or a program that holds a PDF is that archive or program, not a PDF).
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return KINDS.pdf;
  return textKind(bytes);
}

/** Formats told by the magic number they start with. */
function bySignature(bytes: Uint8Array): Kind | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return KINDS.png;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return KINDS.jpeg;
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return KINDS.tiff;
  if (startsWith(bytes, [0x49, 0x49, 0x2b, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2b])) return KINDS.tiff; // BigTIFF
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return KINDS.webp;
  if (ascii(bytes, 0, 6) === 'GIF87a' || ascii(bytes, 0, 6) === 'GIF89a') return KINDS.gif;
  const iso = isoBrand(bytes);
  if (iso) return iso;
  // "BM" alone is too weak: also require a known DIB header size.
  if (ascii(bytes, 0, 2) === 'BM' && [12, 40, 52, 56, 64, 108, 124].includes(bytes[14] ?? 0) && bytes[15] === 0) return KINDS.bmp;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return zipKind(bytes);
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return KINDS.ole;
  if (ascii(bytes, 0, 4) === 'Rar!') return KINDS.rar;
  if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return KINDS.sevenZip;
  if (startsWith(bytes, [0x1f, 0x8b])) return KINDS.gzip;
  if (ascii(bytes, 0, 2) === 'MZ') return KINDS.exe;
  if (startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return KINDS.elf;
  if (
    [
      [0xfe, 0xed, 0xfa, 0xce],
      [0xfe, 0xed, 0xfa, 0xcf],
      [0xce, 0xfa, 0xed, 0xfe],
      [0xcf, 0xfa, 0xed, 0xfe],
    ].some((s) => startsWith(bytes, s))
  )
    return KINDS.macho;
  return undefined;
}

function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function sniffMediaType(bytes: Uint8Array, filename: string): SniffResult {
  if (bytes.length === 0) {
    return {
      mediaType: null,
      supported: false,
      code: 'sniff.empty',
      reason: 'The file is empty (0 bytes). Scan the document again.',
      reasonNl: 'Het bestand is leeg (0 bytes). Scan het document opnieuw.',
    };
  }
  const ext = extensionOf(filename);
  const promised = EXTENSIONS[ext];
  const kind = detect(bytes);
  if (!kind) {
    return {
      mediaType: null,
      supported: false,
      code: 'sniff.unknown',
      ...(promised
        ? {
            mislabelled: true,
            reason: `This file is named .${ext}, but its content is not a ${ext.toUpperCase()} file. ${SAVE_AS[0]}`,
            reasonNl: `De naam van dit bestand eindigt op .${ext}, maar de inhoud is geen ${ext.toUpperCase()}-bestand. ${SAVE_AS[1]}`,
          }
        : {
            reason: `We do not recognise this type of file. ${SAVE_AS[0]}`,
            reasonNl: `Wij herkennen dit soort bestand niet. ${SAVE_AS[1]}`,
          }),
    };
  }
  const mislabelled = promised !== undefined && !promised.includes(kind);
  const flag = mislabelled ? { mislabelled } : {};
  if (!kind.reject) return { mediaType: kind.mediaType, supported: true, ...flag };
  const { code, note, action } = kind.reject;
  const [subject, subjectNl] = mislabelled
    ? [`This file is named .${ext} but is actually`, `De naam van dit bestand eindigt op .${ext}, maar het is eigenlijk`]
    : ['This is', 'Dit is'];
  return {
    mediaType: kind.mediaType,
    supported: false,
    code,
    ...flag,
    reason: `${subject} ${kind.what[0]}, ${note[0]}. ${action[0]}`,
    reasonNl: `${subjectNl} ${kind.what[1]}, ${note[1]}. ${action[1]}`,
  };
}

/** How far from the end a PDF's `%%EOF` marker may stand (writers add line ends or padding). */
const EOF_WINDOW = 1024;
const EOF_MARKER = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF

/**
 * Whether a PDF's bytes reach its end marker (`%%EOF` in the last kilobyte). A file still being
 * copied or scanned stops short of it; other types have no marker and count as complete.
 */
export function pdfLooksComplete(bytes: Uint8Array, mediaType: string | null): boolean {
  if (mediaType !== 'application/pdf') return true;
  const from = Math.max(0, bytes.byteLength - EOF_WINDOW);
  for (let i = bytes.byteLength - EOF_MARKER.length; i >= from; i--) if (EOF_MARKER.every((b, j) => bytes[i + j] === b)) return true;
  return false;
}
