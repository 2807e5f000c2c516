import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage } from 'pdf-lib';
import type { MailBody } from '../../shared/domain/mail-intake.ts';
import { wrapText } from '../../shared/domain/wrap-text.ts';
import { drawLine, type ReceiptFonts } from './receipt-pdf.ts';

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const SIZE = 11;
const ARABIC_LETTERS = /[\u0600-\u06FF\u0750-\u077F]/g;

/**
 * The words of an e-mail as a document of their own: A4 pages with a text layer (the pipeline
 * reads it without OCR, like any born-digital PDF), a header saying where it came from, then the
 * text as written, in DejaVu Sans (every Latin script, Cyrillic, Arabic). A paragraph mostly in
 * Arabic letters is set right to left.
 */
export async function renderMailBodyPdf(
  body: MailBody,
  header: { from: string | null; receivedAt: string },
  fonts: ReceiptFonts,
): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(body.subject || 'E-mail');
  pdf.setProducer('postkamer');
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const [pageWidth, pageHeight] = A4;
  const width = pageWidth - 2 * MARGIN;
  let page: PDFPage = pdf.addPage(A4);
  let y = pageHeight - MARGIN;
  const write = (text: string, font: PDFFont, size: number) => {
    const rtl = (text.match(ARABIC_LETTERS)?.length ?? 0) > text.replace(/\s/g, '').length / 2;
    for (const line of wrapText(text, width, (s) => font.widthOfTextAtSize(s, size))) {
      if (y - size < MARGIN) {
        page = pdf.addPage(A4);
        y = pageHeight - MARGIN;
      }
      drawLine(page, line, { x: MARGIN, y: y - size, width, size, font, rtl });
      y -= size + 4;
    }
  };
  write('E-mail', bold, 14);
  write(`Ontvangen / Received: ${header.receivedAt}`, regular, 9);
  if (header.from) write(`Van / From: ${header.from}`, regular, 9);
  if (body.subject) write(`Onderwerp / Subject: ${body.subject}`, regular, 9);
  y -= 12;
  for (const paragraph of body.text.split(/\n/)) {
    if (!paragraph.trim()) {
      y -= SIZE / 2;
      continue;
    }
    write(paragraph.replace(/\t/g, ' '), regular, SIZE);
  }
  return pdf.save();
}
