import { type Db, writeTransaction } from '../../shared/adapters/local/sqlite-database.ts';
import type { Channel } from '../../shared/domain/document.ts';
import type { BatchSummary, UploadItem, UploadLog } from './web-stores.ts';

export type { BatchSummary, UploadItem };

type Row = {
  batch_id: string;
  seq: number;
  document_id: string;
  filename: string;
  channel: Channel;
  uploaded_by: string;
  uploaded_at: string;
};

export const BATCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Which files were uploaded together (a desk visit, a mailroom batch) and by whom, so the uploader
 * can follow the batch and hand out its receipts. The ledger stays the truth about each document;
 * this only groups them. Kept in the runtime's SQLite database.
 */
export class UploadStore implements UploadLog {
  constructor(private readonly db: Db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS web_uploads (
        batch_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        document_id TEXT NOT NULL,
        filename TEXT NOT NULL,
        channel TEXT NOT NULL,
        uploaded_by TEXT NOT NULL,
        uploaded_at TEXT NOT NULL,
        PRIMARY KEY (batch_id, seq)
      );
      CREATE INDEX IF NOT EXISTS web_uploads_by ON web_uploads (uploaded_by, uploaded_at);
      CREATE INDEX IF NOT EXISTS web_uploads_document ON web_uploads (document_id);
    `);
  }

  /**
   * Records an upload and returns the position it is filed under. The same document again (a
   * resubmitted form) keeps its first record; a position the batch already gave to another document
   * (a form posted again after browser Back, with another file) files this one at the end of the
   * batch, so every document of the batch is listed with its own receipt.
   */
  async add(item: UploadItem): Promise<number> {
    return writeTransaction(this.db, () => {
      const same = this.db
        .prepare('SELECT seq FROM web_uploads WHERE batch_id = ? AND document_id = ? ORDER BY seq LIMIT 1')
        .get(item.batchId, item.documentId) as { seq: number } | undefined;
      if (same) return same.seq;
      const taken = this.db.prepare('SELECT 1 FROM web_uploads WHERE batch_id = ? AND seq = ?').get(item.batchId, item.seq);
      const seq = taken
        ? (this.db.prepare('SELECT MAX(seq) + 1 AS next FROM web_uploads WHERE batch_id = ?').get(item.batchId) as { next: number }).next
        : item.seq;
      this.db
        .prepare(
          `INSERT INTO web_uploads (batch_id, seq, document_id, filename, channel, uploaded_by, uploaded_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(item.batchId, seq, item.documentId, item.filename, item.channel, item.uploadedBy, item.uploadedAt);
      return seq;
    });
  }

  /** Who owns a batch (the user of its first upload), if it exists. */
  async owner(batchId: string): Promise<string | undefined> {
    const row = this.db.prepare('SELECT uploaded_by FROM web_uploads WHERE batch_id = ? ORDER BY seq LIMIT 1').get(batchId) as
      | { uploaded_by: string }
      | undefined;
    return row?.uploaded_by;
  }

  async items(batchId: string): Promise<UploadItem[]> {
    return (this.db.prepare('SELECT * FROM web_uploads WHERE batch_id = ? ORDER BY seq').all(batchId) as Row[]).map(toItem);
  }

  /** The upload records of a document (normally one). */
  async forDocument(documentId: string): Promise<UploadItem[]> {
    return (this.db.prepare('SELECT * FROM web_uploads WHERE document_id = ?').all(documentId) as Row[]).map(toItem);
  }

  /**
   * Forgets a document's upload records when retention deletes the document: a file name may name
   * the client. Returns how many were removed.
   */
  forgetDocument(documentId: string): number {
    return this.db.prepare('DELETE FROM web_uploads WHERE document_id = ?').run(documentId).changes;
  }

  async recentBatches(channel: Channel, uploadedBy: string | null, limit = 20): Promise<BatchSummary[]> {
    const rows = this.db
      .prepare(
        `SELECT batch_id, channel, MIN(uploaded_by) AS uploaded_by, MIN(uploaded_at) AS started_at, COUNT(*) AS files
         FROM web_uploads WHERE channel = ? AND (? IS NULL OR uploaded_by = ?)
         GROUP BY batch_id ORDER BY started_at DESC LIMIT ?`,
      )
      .all(channel, uploadedBy, uploadedBy, limit) as {
      batch_id: string;
      channel: Channel;
      uploaded_by: string;
      started_at: string;
      files: number;
    }[];
    return rows.map((r) => ({
      batchId: r.batch_id,
      channel: r.channel,
      uploadedBy: r.uploaded_by,
      startedAt: r.started_at,
      files: r.files,
    }));
  }
}

function toItem(r: Row): UploadItem {
  return {
    batchId: r.batch_id,
    seq: r.seq,
    documentId: r.document_id,
    filename: r.filename,
    channel: r.channel,
    uploadedBy: r.uploaded_by,
    uploadedAt: r.uploaded_at,
  };
}
