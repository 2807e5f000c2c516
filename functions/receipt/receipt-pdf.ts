import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib';
import type { ReceiptContent } from '../../shared/domain/receipt-text.ts';
import { wrapText } from '../../shared/domain/wrap-text.ts';

/** A4 receipt or letter PDF. `address` turns it into a letter with a window-envelope address block. */
export async function renderReceiptPdf(content: ReceiptContent, organisationName: string, address?: string | null): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(content.subject);
  pdf.setLanguage(content.language === 'nl' ? 'nl-NL' : 'en-GB');
  pdf.setProducer('postkamer');
  let page = pdf.addPage([595.28, 841.89]);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const margin = 56;
  const width = page.getWidth() - 2 * margin;
  let y = page.getHeight() - margin;

  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    for (const line of wrap(text, font, size, width)) {
      if (y - size < margin) {
        page = pdf.addPage([595.28, 841.89]); // a long list of documents runs on
        y = page.getHeight() - margin;
      }
      page.drawText(line, { x: margin, y: y - size, size, font, color: rgb(0, 0, 0) });
      y -= size + gap;
    }
  };

  write(organisationName, bold, 14);
  y -= 8;
  if (address) {
    // Window envelope position (left, ~50 mm from the top).
    y = page.getHeight() - 142;
    for (const part of address.split(',').map((p) => p.trim())) write(part, regular, 11, 2);
    y -= 28;
  }
  write(content.title, bold, 20);
  y -= 10;
  const labelWidth = Math.max(...content.lines.map(([l]) => bold.widthOfTextAtSize(l, 11))) + 16;
  for (const [label, value] of content.lines) {
    page.drawText(label, { x: margin, y: y - 11, size: 11, font: bold });
    page.drawText(sanitise(value), { x: margin + labelWidth, y: y - 11, size: 11, font: regular });
    y -= 18;
  }
  if (content.table) {
    y -= 12;
    // The documents the receipt lists: one row each, cells wrapped within their column.
    const columns = [0.24, 0.3, 0.18, 0.28].map((share) => share * width);
    const row = (cells: string[], font: PDFFont) => {
      const wrapped = cells.map((cell, i) => wrap(cell, font, 10, (columns[i] ?? width) - 8));
      const height = Math.max(...wrapped.map((w) => w.length)) * 13 + 5;
      if (y - height < margin) {
        page = pdf.addPage([595.28, 841.89]);
        y = page.getHeight() - margin;
      }
      let x = margin;
      for (const [i, lines] of wrapped.entries()) {
        for (const [j, line] of lines.entries()) page.drawText(line, { x, y: y - 10 - j * 13, size: 10, font });
        x += columns[i] ?? 0;
      }
      y -= height;
    };
    row(content.table.head, bold);
    page.drawLine({ start: { x: margin, y: y + 3 }, end: { x: margin + width, y: y + 3 }, thickness: 0.5 });
    for (const cells of content.table.rows) row(cells, regular);
  }
  y -= 12;
  for (const p of content.paragraphs) {
    write(p, regular, 11);
    y -= 8;
  }
  // A classic cross-reference table: object streams would be compressed on every receipt, for a
  // one-page file of a few kilobytes (a third of the time it takes to make one).
  return pdf.save({ useObjectStreams: false });
}

/** Standard fonts only cover WinAnsi: replace what they cannot draw rather than fail. */
function sanitise(text: string): string {
  return text.replace(/[^\u0020-\u007e\u00a0-\u00ff\u2013\u2014\u2018\u2019\u201c\u201d\u20ac]/g, '?');
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  return wrapText(sanitise(text), width, (s) => font.widthOfTextAtSize(s, size));
}
