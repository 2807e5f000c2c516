import { PDFDocument } from 'pdf-lib';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import type { ObjectStore } from '../../shared/ports.ts';
import { pageImage } from './page-images.ts';

/**
 * The original of a part of a split file: only the file's pages that make up the part. A part
 * shares its file's stored original (every part's pages, a medical statement's too), so it is
 * never handed out whole: a PDF gets its own pages copied into a new PDF (text layer and quality
 * kept); a multi-page image gets a PDF of its page images. A document that is no part gets its
 * original as it was stored.
 */
export interface Download {
  bytes: Uint8Array;
  mediaType: string;
  filename: string;
}

const safeName = (name: string) => name.replace(/[^\w.\- ]/g, '_');

export async function originalOf(objects: ObjectStore, doc: DocumentRecord): Promise<Download | undefined> {
  if (!doc.objectKey) return undefined;
  if (!doc.parentId || !doc.pages?.length) {
    return {
      bytes: await objects.get(doc.objectKey),
      mediaType: doc.mediaType ?? 'application/octet-stream',
      filename: safeName(doc.filename),
    };
  }
  const base = safeName(doc.filename.replace(/\.[^.]*$/, ''));
  const pagesPart = doc.pages.length === 1 ? `${doc.pages[0]}` : `${doc.pages[0]}-${doc.pages.at(-1)}`;
  const filename = `${base} (pagina ${pagesPart}).pdf`;
  const out = await PDFDocument.create();
  if (doc.mediaType === 'application/pdf') {
    const source = await PDFDocument.load(await objects.get(doc.objectKey), { ignoreEncryption: true });
    const indices = doc.pages.map((n) => n - 1).filter((i) => i >= 0 && i < source.getPageCount());
    for (const page of await out.copyPages(source, indices)) out.addPage(page);
  } else {
    for (let i = 1; i <= doc.pages.length; i++) {
      const png = await pageImage(objects, doc, i);
      if (!png) continue;
      const image = await out.embedPng(png);
      out.addPage([image.width, image.height]).drawImage(image, { x: 0, y: 0, width: image.width, height: image.height });
    }
  }
  if (out.getPageCount() === 0) return undefined;
  return { bytes: await out.save(), mediaType: 'application/pdf', filename };
}
