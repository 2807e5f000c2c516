import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';
import QRCode from 'qrcode';
import type { SheetPayload } from '../../shared/domain/cover-sheet.ts';
import { DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import { wrapText } from '../../shared/domain/wrap-text.ts';

/** TrueType fonts for the sheet (DejaVu: every Latin name prints as written, not as '?'). */
export interface SheetFonts {
  regular: Uint8Array;
  bold: Uint8Array;
  mono: Uint8Array;
}

export interface SheetContent {
  payload: SheetPayload;
  /** The QR text, `encodeSheet(payload)`; printed under the code too, for a person to type in. */
  qrText: string;
  organisationName: string;
  /** The client's name from the directory: printed for the mailroom, never in the QR. */
  clientName?: string;
  createdAt: Date;
}

const A4 = { width: 595.28, height: 841.89 };
const MM = 72 / 25.4;
const MARGIN = 20 * MM;
/** Width of the QR symbol on paper, without its quiet zone. */
export const QR_SIZE_MM = 70;
/** White modules around the symbol that nothing else may touch (the standard asks for 4). */
const QUIET_MODULES = 4;
const BLACK = rgb(0, 0, 0);

/**
 * The A4 sheet: a big plain-Dutch heading, the QR code large in the middle (70 mm, error correction
 * H), what it says in words, and a short instruction for the mailroom. The QR is drawn as one
 * vector path, so it stays sharp whatever the printer's resolution.
 */
export async function renderSheetPdf(content: SheetContent, fonts: SheetFonts): Promise<Uint8Array> {
  const { payload } = content;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(payload.kind === 'cover' ? `Voorblad klant ${payload.clientNumber}` : 'Scheidingsblad');
  pdf.setLanguage('nl-NL');
  pdf.setProducer('postkamer');
  pdf.setCreator('postkamer cover-sheet');
  pdf.setCreationDate(content.createdAt);
  pdf.setModificationDate(content.createdAt);
  const page = pdf.addPage([A4.width, A4.height]);
  const regular = await pdf.embedFont(fonts.regular, { subset: true });
  const bold = await pdf.embedFont(fonts.bold, { subset: true });
  const mono = await pdf.embedFont(fonts.mono, { subset: true });
  const width = A4.width - 2 * MARGIN;
  let y = A4.height - MARGIN;

  const write = (text: string, font: PDFFont, size: number, gap = size * 0.3, indent = 0) => {
    for (const line of wrap(text, font, size, width - indent)) {
      page.drawText(line, { x: MARGIN + indent, y: y - size, size, font, color: BLACK });
      y -= size + gap;
    }
  };

  write(content.organisationName, bold, 12);
  y -= 10;
  if (payload.kind === 'cover') {
    write('Voorblad', bold, 40);
    write(`hierna volgen documenten van klant ${payload.clientNumber}`, bold, 22);
  } else {
    write('Scheidingsblad', bold, 40);
    write('hierna begint een nieuw document', bold, 22);
  }

  const qr = QRCode.create(content.qrText, { errorCorrectionLevel: 'H' });
  const size = qr.modules.size;
  const module = (QR_SIZE_MM * MM) / size;
  const top = y - QUIET_MODULES * module;
  drawQr(page, qr.modules, (A4.width - QR_SIZE_MM * MM) / 2, top, module);
  y = top - size * module - QUIET_MODULES * module;
  const codeWidth = mono.widthOfTextAtSize(content.qrText, 10);
  page.drawText(content.qrText, { x: (A4.width - codeWidth) / 2, y: y - 10, size: 10, font: mono, color: BLACK });
  y -= 34;

  const rows: [string, string][] =
    payload.kind === 'cover'
      ? [
          ['Klantnummer', payload.clientNumber],
          ['Naam', content.clientName ?? '(niet in het klantenbestand)'],
          [
            'Soort document',
            payload.documentType ? DOCUMENT_TYPES[payload.documentType].nl : 'niet opgegeven: het systeem herkent de soort',
          ],
        ]
      : [['Klant', 'geen: het systeem zoekt de klant in het document zelf']];
  const labelWidth = Math.max(...rows.map(([label]) => bold.widthOfTextAtSize(label, 13))) + 18;
  for (const [label, value] of rows) {
    page.drawText(label, { x: MARGIN, y: y - 13, size: 13, font: bold, color: BLACK });
    const lines = wrap(value, regular, 13, width - labelWidth);
    for (const line of lines) {
      page.drawText(line, { x: MARGIN + labelWidth, y: y - 13, size: 13, font: regular, color: BLACK });
      y -= 19;
    }
    y -= 3;
  }
  y -= 14;

  write('Zo gebruikt u dit blad', bold, 13, 6);
  const steps =
    payload.kind === 'cover'
      ? [
          'Leg dit blad direct vóór de documenten van deze klant en scan alles in één keer.',
          'Na dit blad begint een nieuw document voor deze klant. Het blad zelf wordt geen document.',
          'Niet nieten of schrijven op de QR-code. U kunt het blad opnieuw gebruiken.',
        ]
      : [
          'Leg dit blad tussen twee documenten en scan alles in één keer.',
          'Na dit blad begint een nieuw document. Het blad zelf wordt geen document.',
          'Niet nieten of schrijven op de QR-code. U kunt het blad opnieuw gebruiken.',
        ];
  steps.forEach((step, i) => {
    page.drawText(`${i + 1}.`, { x: MARGIN, y: y - 11, size: 11, font: regular, color: BLACK });
    write(step, regular, 11, 4, 16);
    y -= 2;
  });

  const footer =
    payload.kind === 'cover'
      ? 'De QR-code bevat alleen het klantnummer en de soort document, geen naam en geen BSN. Dit blad noemt wel de naam: bewaar of vernietig het als vertrouwelijk papier.'
      : 'De QR-code bevat geen gegevens over personen.';
  y = MARGIN + 24;
  write(footer, regular, 8.5, 2);
  // A classic cross-reference table, as the receipts: a one-page file of a few kilobytes.
  return pdf.save({ useObjectStreams: false });
}

/** The QR modules as one filled path of horizontal runs: no seams between neighbouring modules. */
function drawQr(page: PDFPage, modules: QRCode.BitMatrix, left: number, top: number, module: number): void {
  let path = '';
  for (let row = 0; row < modules.size; row++) {
    let col = 0;
    while (col < modules.size) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      const start = col;
      while (col < modules.size && modules.get(row, col)) col++;
      path += `M${start} ${row}h${col - start}v1h${start - col}z`;
    }
  }
  // drawSvgPath puts the path's origin at (x, y) with y growing downwards, as in SVG.
  page.drawSvgPath(path, { x: left, y: top, scale: module, color: BLACK, borderWidth: 0 });
}

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  return wrapText(text, width, (s) => font.widthOfTextAtSize(s, size));
}
