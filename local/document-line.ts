import type { DocumentRecord } from '../shared/domain/document.ts';

/** One line of `postkamer process --json` output: the command line's stable contract (DESIGN.md). */
export interface DocumentLine {
  file: string;
  pages: number[];
  documentId: string | null;
  receiptNumber: string | null;
  status: 'routed' | 'triage' | 'rejected' | 'duplicate';
  documentType: string | null;
  confidence: number | null;
  clientNumber: string | null;
  route: { team: string | null; consultantId: string | null; queue: string | null; reasons: string[] };
  receipt: { delivery: string; language: string } | null;
  /** The language the document is written in (ISO 639-1, 'und' when its text does not say); absent before it was read. */
  language?: string;
  reason?: string;
  duplicateOf?: { documentId: string; receiptNumber: string | null };
  /** For a document that was one part of a file holding several: the file's record. */
  parentId?: string;
}

export function documentLine(file: string, doc: DocumentRecord, first?: DocumentRecord): DocumentLine {
  const status: DocumentLine['status'] =
    doc.status === 'duplicate'
      ? 'duplicate'
      : doc.status === 'rejected' || doc.status === 'failed'
        ? 'rejected'
        : doc.status === 'triage'
          ? 'triage'
          : 'routed';
  const line: DocumentLine = {
    file,
    pages: doc.pages ?? Array.from({ length: doc.pageCount ?? first?.pageCount ?? 0 }, (_, i) => i + 1),
    documentId: doc.id,
    receiptNumber: doc.receiptNumber,
    status,
    documentType: doc.documentType,
    confidence: doc.confidence,
    clientNumber: doc.clientNumber,
    route: {
      team: doc.route?.team ?? null,
      consultantId: doc.route?.consultantId ?? null,
      queue: doc.route?.queue ?? null,
      reasons: doc.route?.reasons.map((r) => r.text) ?? [],
    },
    receipt: doc.receipt ? { delivery: doc.receipt.delivery, language: doc.receipt.language } : null,
  };
  if (doc.language) line.language = doc.language;
  if (doc.parentId) line.parentId = doc.parentId;
  if (status === 'rejected') line.reason = doc.rejectReason ?? 'The document could not be processed.';
  if (status === 'duplicate' && first) {
    line.duplicateOf = { documentId: first.id, receiptNumber: first.receiptNumber };
    line.documentType = first.documentType;
    line.clientNumber = first.clientNumber;
  }
  return line;
}

/** A file that could not even be read from disk: no document, only the reason. */
export function unreadableLine(file: string, reason: string): DocumentLine {
  return {
    file,
    pages: [],
    documentId: null,
    receiptNumber: null,
    status: 'rejected',
    documentType: null,
    confidence: null,
    clientNumber: null,
    route: { team: null, consultantId: null, queue: null, reasons: [] },
    receipt: null,
    reason,
  };
}
