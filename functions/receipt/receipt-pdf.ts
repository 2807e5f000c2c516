import fontkit, { type Font } from '@pdf-lib/fontkit';
import bidiImport from 'bidi-js';
import { PDFDocument, type PDFFont, type PDFPage, StandardFonts } from 'pdf-lib';
import { letterDate, type ReceiptContent } from '../../shared/domain/receipt-text.ts';
import { wrapText } from '../../shared/domain/wrap-text.ts';

/** TrueType fonts with the glyphs of every receipt language (DejaVu Sans: Latin, Cyrillic, Arabic presentation forms). */
export interface ReceiptFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

/** What turns a receipt into a letter that can be posted in a window envelope. */
export interface LetterFacts {
  name: string;
  /** As in the directory: lines separated by commas ("Dorpsstraat 1, 1234 AB Plaats"). */
  address: string;
  /** The day the letter is written. */
  date: Date;
  timeZone: string;
  receiptNumber: string;
  organisation: { name: string; address?: string | undefined; phone?: string | undefined; website?: string | undefined };
}

const A4: [number, number] = [595.28, 841.89];
const MM = 72 / 25.4;

/**
 * The address window, in mm from the sheet's top left corner. Assumption (no copy of NEN 1026 at
 * hand): the Dutch standard window envelope (EA5/6 and C5/6, 114 × 229 mm) has a 90 × 45 mm window
 * 20 mm from the left and 15 mm from the bottom; an A4 folded in three puts its top third behind
 * the window, which places the window on the sheet at 20–110 mm from the left and 50–95 mm from
 * the top. The address is set 5 mm inside it, so a letter that shifts in the envelope stays readable.
 */
export const ADDRESS_WINDOW_MM = { left: 20, top: 50, width: 90, height: 45 } as const;

const MARGIN = 20 * MM;

const parsedFonts = new WeakMap<Uint8Array, Font>();
/**
 * fontkit, with each font file parsed once per process: pdf-lib parses the file again for every
 * document, and decoding its tables (Arabic shaping lookups above all) was most of a receipt's
 * time. A parsed font is only read from (each document makes its own subset), so it can be shared.
 */
export const receiptFontkit: Parameters<PDFDocument['registerFontkit']>[0] = {
  create(data: Uint8Array, postscriptName?: string) {
    let font = parsedFonts.get(data);
    if (!font) {
      font = layoutOnce(fontkit.create(data, postscriptName));
      parsedFonts.set(data, font);
    }
    return font;
  },
};

/** Strings whose layout is kept per font: a receipt lays out ~100, mostly the same labels and paragraphs as the last one. */
const LAYOUTS_KEPT = 4_000;

/**
 * The font's layout (shaping: glyph substitution lookups) done once per string: pdf-lib
 * lays out every string it draws, and the same labels and paragraphs recur on every receipt, which
 * made layout half of a receipt's time. A layout depends only on the font and the string (fontkit
 * hands out the same glyph objects for it every time), and pdf-lib only reads it, so a kept one
 * gives the same PDF. The oldest go first once LAYOUTS_KEPT are kept (receipt numbers, dates and
 * names do not recur).
 */
function layoutOnce(font: Font): Font {
  withoutPositioning(font);
  const layout = font.layout.bind(font);
  const kept = new Map<string, ReturnType<Font['layout']>>();
  font.layout = (text, features) => {
    // Only the call pdf-lib makes (no features: the document was not given any).
    if (features !== undefined) return layout(text, features);
    let run = kept.get(text);
    if (!run) {
      run = layout(text);
      if (kept.size >= LAYOUTS_KEPT) kept.delete(kept.keys().next().value as string);
      kept.set(text, run);
    }
    return run;
  };
  return font;
}

/**
 * Layout without glyph positioning: pdf-lib takes only the glyphs (ids for the text, advance widths
 * for measuring) from a layout, never its positions, yet fontkit works them out from DejaVu's large
 * GPOS and kern tables every time (a third of the layout, and of the first receipt's time decoding
 * them). Substitution (Arabic joining forms, ligatures) is left as it is; of positioning only what
 * changes the glyphs is kept: a right-to-left run's glyphs in reverse. Reaches into fontkit's OpenType
 * layout engine (@pdf-lib/fontkit 1.1): a font without one is left as it is, and a test holds the
 * glyphs to those of the full layout.
 */
function withoutPositioning(font: Font) {
  const engine = (font as unknown as { _layoutEngine?: { engine?: OpenTypeEngine } })._layoutEngine?.engine;
  if (typeof engine?.position !== 'function' || typeof engine.substitute !== 'function') return;
  engine.position = (run) => {
    if (run.direction === 'rtl') {
      run.glyphs.reverse();
      run.positions.reverse();
    }
    // As if GPOS had kerned: fontkit then skips the kern table and its fallback mark positioning.
    return { kern: true };
  };
}

/** The part of fontkit's OpenType layout engine that positions a glyph run. */
interface OpenTypeEngine {
  position: (run: { direction: string; glyphs: unknown[]; positions: unknown[] }) => Record<string, boolean> | undefined;
  substitute: unknown;
}

// A CommonJS package: Node hands over its module.exports (the factory) as the default export,
// while its types describe an ES module whose default is the factory.
const bidiFactory = bidiImport as unknown as typeof bidiImport.default;
const bidi = bidiFactory();

/**
 * A4 receipt PDF: each language on its own page(s), the client's first, then Dutch. With `letter`
 * the first page is a letter for a window envelope: return address and addressee in the window,
 * date, reference and subject, salutation, the receipt, closing and the department's signature,
 * and a contact line at the foot of each page. Without `fonts` (a runtime that could not load
 * them) the standard Helvetica is used and what it cannot draw becomes "?".
 */
export async function renderReceiptPdf(
  contents: ReceiptContent | readonly ReceiptContent[],
  organisationName: string,
  options: { fonts?: ReceiptFonts | undefined; letter?: LetterFacts | undefined } = {},
): Promise<Uint8Array> {
  const all = Array.isArray(contents) ? contents : [contents as ReceiptContent];
  const [first] = all;
  if (!first) throw new Error('a receipt has at least one language');
  const pdf = await PDFDocument.create();
  pdf.setTitle(first.subject);
  pdf.setLanguage(first.locale.split('-u-')[0] ?? first.locale);
  pdf.setProducer('postkamer');
  let regular: PDFFont;
  let bold: PDFFont;
  // Embedding and laying out a TrueType font costs ~7× the time of the standard Helvetica (86 vs
  // 12 ms CPU per receipt): it is used only when some text needs it (Turkish ı, Polish ł, Cyrillic,
  // Arabic, a name such as Yılmaz); a receipt wholly in Windows-1252 (most Dutch and English ones)
  // keeps Helvetica.
  const useFonts = options.fonts && !all.every((c) => fitsHelvetica(c, organisationName, options.letter));
  if (useFonts && options.fonts) {
    pdf.registerFontkit(receiptFontkit);
    // One embedded font, regular: a second (bold) one costs as much again in subsetting and layout,
    // and receipts go out in bulk (labels and titles stand out by size and place instead).
    regular = await pdf.embedFont(options.fonts.regular, { subset: true });
    bold = regular;
    measuredAs(regular, options.fonts.regular);
  } else {
    regular = await pdf.embedFont(StandardFonts.Helvetica);
    bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  }
  const clean = useFonts ? (s: string) => s : sanitise;
  const letter = options.letter;
  for (const [i, content] of all.entries())
    renderLanguage(pdf, content, {
      regular,
      bold,
      clean,
      organisationName,
      letter: i === 0 ? letter : undefined,
      more: i < all.length - 1,
    });
  // A classic cross-reference table: object streams would be compressed on every receipt, for a
  // file of a few kilobytes (a third of the time it takes to make one).
  return pdf.save({ useObjectStreams: false });
}

interface Pen {
  regular: PDFFont;
  bold: PDFFont;
  clean: (s: string) => string;
  organisationName: string;
  letter: LetterFacts | undefined;
  /** Another language follows: say so under the title. */
  more: boolean;
}

function renderLanguage(pdf: PDFDocument, content: ReceiptContent, pen: Pen) {
  const { regular, bold, clean, letter } = pen;
  const rtl = content.direction === 'rtl';
  const [pageWidth, pageHeight] = A4;
  const width = pageWidth - 2 * MARGIN;
  const bottom = MARGIN + 14; // room for the contact line
  let page = pdf.addPage(A4);
  let y = pageHeight - MARGIN;
  const contact = contactLine(content, letter?.organisation);
  const footer = (p: PDFPage) => {
    if (contact) drawLine(p, clean(contact), { x: MARGIN, y: MARGIN, width, size: 8, font: regular, rtl });
  };
  footer(page);
  const newPage = () => {
    page = pdf.addPage(A4); // a long list of documents runs on
    footer(page);
    y = pageHeight - MARGIN;
  };
  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrapText(clean(text), width, (s) => textWidth(font, s, size))) {
      if (y - size < bottom) newPage();
      drawLine(page, line, { x: MARGIN, y: y - size, width, size, font, rtl });
      y -= size + gap;
    }
  };

  write(pen.organisationName, bold, 14);
  if (letter) {
    // The window: a small return address on its first line, then the addressee, left-aligned in every language (the post reads it).
    const w = ADDRESS_WINDOW_MM;
    const x = (w.left + 5) * MM;
    let top = pageHeight - (w.top + 5) * MM;
    const returnLine = [letter.organisation.name, letter.organisation.address].filter(Boolean).join(' · ');
    page.drawText(clean(returnLine), { x, y: top - 7, size: 7, font: regular, maxWidth: (w.width - 10) * MM });
    top -= 18;
    for (const part of [letter.name, ...letter.address.split(',').map((p) => p.trim())].filter(Boolean)) {
      page.drawText(clean(part), { x, y: top - 11, size: 11, font: regular });
      top -= 14;
    }
    y = pageHeight - (w.top + w.height + 10) * MM;
    const l = content.letter;
    const meta: [string, string][] = [
      [l.date, letterDate(letter.date, letter.timeZone, content.language)],
      [l.reference, letter.receiptNumber],
      [l.subject, content.title],
    ];
    const metaWidth = Math.max(...meta.map(([label]) => textWidth(bold, clean(label), 10))) + 12;
    for (const [label, value] of meta) {
      pairLine(page, clean(label), clean(value), { y: y - 10, size: 10, width, labelWidth: metaWidth, bold, regular, rtl });
      y -= 15;
    }
    y -= 14;
    write(l.salutation(letter.name), regular, 11);
    y -= 6;
  } else y -= 8;

  write(content.title, bold, 20);
  if (pen.more && content.letter.dutchFollows) write(content.letter.dutchFollows, regular, 9);
  y -= 8;
  const labelWidth = Math.max(...content.lines.map(([l]) => textWidth(bold, clean(l), 11))) + 16;
  for (const [label, value] of content.lines) {
    if (y - 11 < bottom) newPage();
    pairLine(page, clean(label), clean(value), { y: y - 11, size: 11, width, labelWidth, bold, regular, rtl });
    y -= 18;
  }
  if (content.table) {
    y -= 12;
    // The documents the receipt lists: one row each, cells wrapped within their column (right to left in Arabic).
    const shares = [0.24, 0.3, 0.18, 0.28];
    const row = (cells: string[], font: PDFFont) => {
      const wrapped = cells.map((cell, i) => wrapText(clean(cell), (shares[i] ?? 0) * width - 8, (s) => textWidth(font, s, 10)));
      const height = Math.max(...wrapped.map((w) => w.length)) * 13 + 5;
      if (y - height < bottom) newPage();
      let offset = 0;
      for (const [i, lines] of wrapped.entries()) {
        const column = (shares[i] ?? 0) * width;
        const x = rtl ? MARGIN + width - offset - column : MARGIN + offset;
        for (const [j, line] of lines.entries()) drawLine(page, line, { x, y: y - 10 - j * 13, width: column - 8, size: 10, font, rtl });
        offset += column;
      }
      y -= height;
    };
    row(content.table.head, bold);
    page.drawLine({ start: { x: MARGIN, y: y + 3 }, end: { x: MARGIN + width, y: y + 3 }, thickness: 0.5 });
    for (const cells of content.table.rows) row(cells, regular);
  }
  y -= 12;
  for (const p of content.paragraphs) {
    write(p, regular, 11);
    y -= 8;
  }
  if (letter) {
    y -= 6;
    write(content.letter.closing, regular, 11);
    y -= 4;
    write(content.letter.department, bold, 11);
    write(letter.organisation.name, regular, 11);
  }
}

/** "Questions? Contact us: 14 020 · www.gemeente.example": only when the directory gives a phone or website. */
function contactLine(content: ReceiptContent, organisation: LetterFacts['organisation'] | undefined): string | null {
  const ways = [organisation?.phone, organisation?.website].filter(Boolean);
  return ways.length ? `${content.letter.questions} ${ways.join(' · ')}` : null;
}

/** A label and its value on one line: label at the start (left, or right in Arabic), value after it. */
function pairLine(
  page: PDFPage,
  label: string,
  value: string,
  o: { y: number; size: number; width: number; labelWidth: number; bold: PDFFont; regular: PDFFont; rtl: boolean },
) {
  if (o.rtl) {
    drawLine(page, label, { x: MARGIN + o.width - o.labelWidth, y: o.y, width: o.labelWidth, size: o.size, font: o.bold, rtl: true });
    drawLine(page, value, { x: MARGIN, y: o.y, width: o.width - o.labelWidth, size: o.size, font: o.regular, rtl: true });
  } else {
    page.drawText(label, { x: MARGIN, y: o.y, size: o.size, font: o.bold });
    page.drawText(value, { x: MARGIN + o.labelWidth, y: o.y, size: o.size, font: o.regular });
  }
}

/**
 * One line of text in the box [x, x + width]: left-aligned, or right-aligned and laid out right to
 * left. pdf-lib draws glyphs in the order given and does no bidi; its font layout (fontkit) does
 * shape Arabic (joining forms, lam-alef) and reverses an Arabic run. So the line is cut into runs of
 * one direction with the Unicode bidi algorithm (bidi-js), the runs are put in visual order, and
 * each is drawn on its own: Arabic runs shaped and reversed by fontkit, numbers and Latin
 * (receipt numbers, links) left to right. A right-to-left run without Arabic letters (": ", " – ")
 * is reversed and mirrored here, since fontkit leaves it as it is.
 */
export function drawLine(
  page: PDFPage,
  text: string,
  o: { x: number; y: number; width: number; size: number; font: PDFFont; rtl: boolean },
) {
  if (!o.rtl) {
    page.drawText(text, { x: o.x, y: o.y, size: o.size, font: o.font });
    return;
  }
  const runs = visualRuns(text);
  const widths = runs.map((r) => textWidth(o.font, r, o.size));
  let x = o.x + o.width - widths.reduce((a, b) => a + b, 0);
  for (const [i, run] of runs.entries()) {
    page.drawText(run, { x, y: o.y, size: o.size, font: o.font });
    x += widths[i] ?? 0;
  }
}

const ARABIC_LETTER = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** A right-to-left paragraph's runs in visual order (left to right on the page), each ready for drawText. */
export function visualRuns(text: string): string[] {
  const { levels } = bidi.getEmbeddingLevels(text, 'rtl');
  const runs: { start: number; end: number; level: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const level = levels[i] ?? 1;
    const last = runs.at(-1);
    if (last && last.level === level) last.end = i + 1;
    else runs.push({ start: i, end: i + 1, level });
  }
  // Rule L2: from the highest level down, reverse every sequence of runs at that level or higher.
  let order = runs;
  const highest = Math.max(...runs.map((r) => r.level));
  for (let level = highest; level >= 1; level--) {
    const out: typeof runs = [];
    for (let i = 0; i < order.length; ) {
      if ((order[i]?.level ?? 0) < level) {
        out.push(order[i++] as (typeof runs)[number]);
        continue;
      }
      let j = i;
      while (j < order.length && (order[j]?.level ?? 0) >= level) j++;
      out.push(...order.slice(i, j).reverse());
      i = j;
    }
    order = out;
  }
  const mirrors = bidi.getMirroredCharactersMap(text, levels);
  return order
    .map((r) => {
      const s = text.slice(r.start, r.end);
      if (r.level % 2 === 0 || ARABIC_LETTER.test(s)) return s;
      return [...s]
        .map((ch, k) => mirrors.get(r.start + k) ?? ch)
        .reverse()
        .join('');
    })
    .filter((s) => s.length > 0);
}

const NOT_WIN_ANSI = /[^\n\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u20ac]/;

/** Whether every word the page will carry can be drawn in the standard Helvetica (WinAnsi). */
function fitsHelvetica(content: ReceiptContent, organisationName: string, letter: LetterFacts | undefined): boolean {
  const texts = [
    organisationName,
    content.title,
    content.subject,
    ...content.lines.flat(),
    ...(content.table ? [...content.table.head, ...content.table.rows.flat()] : []),
    ...content.paragraphs,
    ...Object.values(content.letter).filter((v): v is string => typeof v === 'string'),
    content.letter.salutation(letter?.name ?? ''),
    ...(letter ? [letter.address, ...Object.values(letter.organisation).filter((v): v is string => typeof v === 'string')] : []),
  ];
  return !texts.some((t) => NOT_WIN_ANSI.test(t));
}

/** Word widths (at size 1000) per font file, kept for the process: the same words recur on every receipt. */
const wordWidthsByFile = new WeakMap<Uint8Array, Map<string, number>>();
const wordWidths = new WeakMap<PDFFont, Map<string, number>>();

function measuredAs(font: PDFFont, file: Uint8Array) {
  let widths = wordWidthsByFile.get(file);
  if (!widths) {
    widths = new Map();
    wordWidthsByFile.set(file, widths);
  }
  wordWidths.set(font, widths);
}

/**
 * A line's width. For an embedded TrueType font, the sum of its words' widths, each measured once
 * per process: wrapping measures every candidate line, and the font lays out (shapes) the whole
 * string each time it is asked, which was most of a receipt's time. Words are shaped on their own
 * (Arabic letters never join across a space); only kerning across a space is left out.
 */
function textWidth(font: PDFFont, text: string, size: number): number {
  const widths = wordWidths.get(font);
  if (!widths) return font.widthOfTextAtSize(text, size);
  const measure = (word: string) => {
    let w = widths.get(word);
    if (w === undefined) {
      w = font.widthOfTextAtSize(word, 1000);
      if (widths.size < 50_000) widths.set(word, w);
    }
    return w;
  };
  const words = text.split(' ');
  let total = measure(' ') * (words.length - 1);
  for (const word of words) total += measure(word);
  return (total * size) / 1000;
}

/** Standard fonts only cover WinAnsi: replace what they cannot draw rather than fail. */
function sanitise(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u20ac]/g, '?');
}
