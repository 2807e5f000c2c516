// Born-digital renderer: a text layer with embedded (subset) DejaVu fonts.
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import {
  concatTransformationMatrix,
  LineCapStyle,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rgb,
} from 'pdf-lib';
import { type Doc, type FontKey, fontPath, type Op, PAGE_H, PAGE_W } from './sheet.ts';

export interface PdfMeta {
  title: string;
  author: string;
  creator: string;
  date: Date;
}

export function newPdf(doc: PDFDocument, meta: PdfMeta): void {
  doc.setTitle(meta.title);
  doc.setAuthor(meta.author);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.creator);
  doc.setCreationDate(meta.date);
  doc.setModificationDate(meta.date);
}

export async function renderDigital(d: Doc, meta: PdfMeta): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  newPdf(pdf, meta);
  const fonts = new Map<FontKey, PDFFont>();
  const font = async (k: FontKey) => {
    const key: FontKey = k === 'hand' || k === 'hand2' ? 'serifI' : k;
    let f = fonts.get(key);
    if (!f) {
      f = await pdf.embedFont(readFileSync(fontPath(key)), { subset: true, customName: `DejaVu-${key}` });
      fonts.set(key, f);
    }
    return f;
  };
  for (const p of d.pages) {
    const page = pdf.addPage([PAGE_W, PAGE_H]);
    await drawOps(page, p.ops, font);
  }
  return pdf.save({ useObjectStreams: false });
}

async function drawOps(page: PDFPage, ops: Op[], font: (k: FontKey) => Promise<PDFFont>): Promise<void> {
  for (const op of ops) {
    if (op.k === 'text') {
      if (op.rtl) throw new Error('right-to-left text must be rendered as raster');
      const f = await font(op.f);
      const w = f.widthOfTextAtSize(op.s, op.size);
      const x = op.align === 'right' ? op.x - w : op.align === 'center' ? op.x - w / 2 : op.x;
      page.drawText(op.s, { x, y: PAGE_H - op.y, size: op.size, font: f, color: rgb(...op.color) });
    } else if (op.k === 'line') {
      page.drawLine({
        start: { x: op.x1, y: PAGE_H - op.y1 },
        end: { x: op.x2, y: PAGE_H - op.y2 },
        thickness: op.w,
        color: rgb(...op.color),
        dashArray: op.dash ? [op.dash, op.dash] : undefined,
        lineCap: LineCapStyle.Butt,
      });
    } else if (op.k === 'rect') {
      page.drawRectangle({
        x: op.x,
        y: PAGE_H - op.y - op.h,
        width: op.w,
        height: op.h,
        color: op.fill ? rgb(...op.fill) : undefined,
        borderColor: op.stroke ? rgb(...op.stroke) : undefined,
        borderWidth: op.stroke ? (op.lw ?? 0.6) : 0,
      });
    } else if (op.k === 'ellipse') {
      page.drawEllipse({
        x: op.cx,
        y: PAGE_H - op.cy,
        xScale: op.rx,
        yScale: op.ry,
        color: op.fill ? rgb(...op.fill) : undefined,
        borderColor: op.stroke ? rgb(...op.stroke) : undefined,
        borderWidth: op.stroke ? (op.lw ?? 0.6) : 0,
      });
    } else {
      const a = (op.rot * Math.PI) / 180;
      const c = Math.cos(a);
      const s = Math.sin(a);
      const px = op.cx;
      const py = PAGE_H - op.cy;
      page.pushOperators(pushGraphicsState(), concatTransformationMatrix(c, s, -s, c, px - c * px + s * py, py - s * px - c * py));
      await drawOps(page, op.ops, font);
      page.pushOperators(popGraphicsState());
    }
  }
}
