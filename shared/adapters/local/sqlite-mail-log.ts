import type { MailMessageRecord } from '../../domain/mail-intake.ts';
import type { MailLog } from '../../ports.ts';
import { type Db, statement, writeTransaction } from './sqlite-database.ts';

/**
 * The mail log on SQLite, in the ledger's database: one row per message (the record as JSON, the
 * fingerprint unique so a message fetched twice is one record), and one row per document made from
 * a message (the web app finds a document's siblings and original message by it).
 */
export class SqliteMailLog implements MailLog {
  constructor(private readonly db: Db) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS mail_messages (
        id TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL UNIQUE,
        received_at TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS mail_messages_received ON mail_messages (received_at);
      CREATE TABLE IF NOT EXISTS mail_documents (
        document_id TEXT PRIMARY KEY,
        message_id TEXT NOT NULL
      );
      CREATE TABLE IF NOT EXISTS mail_replies (
        message_id TEXT PRIMARY KEY,
        recipient TEXT NOT NULL,
        sent_at TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS mail_replies_recipient ON mail_replies (recipient, sent_at);
    `);
  }

  async record(message: MailMessageRecord) {
    return writeTransaction(this.db, () => {
      const res = statement(
        this.db,
        'INSERT INTO mail_messages (id, fingerprint, received_at, record) VALUES (?, ?, ?, ?) ON CONFLICT (fingerprint) DO NOTHING',
      ).run(message.id, message.fingerprint, message.receivedAt, JSON.stringify(message));
      if (res.changes === 1) return { created: true, message };
      const row = statement(this.db, 'SELECT record FROM mail_messages WHERE fingerprint = ?').get(message.fingerprint) as {
        record: string;
      };
      return { created: false, message: JSON.parse(row.record) as MailMessageRecord };
    });
  }

  async update(id: string, patch: Partial<Omit<MailMessageRecord, 'id' | 'fingerprint'>>) {
    writeTransaction(this.db, () => {
      const current = this.read(id);
      if (!current) throw new Error(`mail message ${id} not found`);
      const next = { ...current, ...patch };
      statement(this.db, 'UPDATE mail_messages SET record = ? WHERE id = ?').run(JSON.stringify(next), id);
      for (const documentId of next.documentIds)
        statement(this.db, 'INSERT INTO mail_documents (document_id, message_id) VALUES (?, ?) ON CONFLICT DO NOTHING').run(documentId, id);
      if (next.reply?.state === 'sent')
        statement(this.db, 'INSERT INTO mail_replies (message_id, recipient, sent_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
          id,
          next.reply.to.toLowerCase(),
          next.reply.at,
        );
    });
  }

  async get(id: string) {
    return this.read(id);
  }

  async findByDocument(documentId: string) {
    const row = statement(this.db, 'SELECT message_id FROM mail_documents WHERE document_id = ?').get(documentId) as
      | { message_id: string }
      | undefined;
    return row ? this.read(row.message_id) : undefined;
  }

  async countRepliesSince(to: string, since: string) {
    const row = statement(this.db, 'SELECT COUNT(*) AS n FROM mail_replies WHERE recipient = ? AND sent_at >= ?').get(
      to.toLowerCase(),
      since,
    ) as {
      n: number;
    };
    return row.n;
  }

  async listRecent(limit: number) {
    const rows = statement(this.db, 'SELECT record FROM mail_messages ORDER BY received_at DESC LIMIT ?').all(limit) as {
      record: string;
    }[];
    return rows.map((r) => JSON.parse(r.record) as MailMessageRecord);
  }

  async listKept(limit: number) {
    const rows = statement(
      this.db,
      `SELECT record FROM mail_messages WHERE json_extract(record, '$.deletedAt') IS NULL ORDER BY received_at LIMIT ?`,
    ).all(limit) as { record: string }[];
    return rows.map((r) => JSON.parse(r.record) as MailMessageRecord);
  }

  private read(id: string): MailMessageRecord | undefined {
    const row = statement(this.db, 'SELECT record FROM mail_messages WHERE id = ?').get(id) as { record: string } | undefined;
    return row ? (JSON.parse(row.record) as MailMessageRecord) : undefined;
  }
}
