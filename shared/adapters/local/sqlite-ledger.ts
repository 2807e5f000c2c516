import type { AuditEvent, AuditEventInput } from '../../domain/audit.ts';
import { chainEvent, eventHash } from '../../domain/audit.ts';
import {
  DOCUMENT_STATUSES,
  type DocumentRecord,
  type DocumentStatus,
  meetsCondition,
  type NewDocument,
  type UpdateCondition,
} from '../../domain/document.ts';
import type { Clock, DocumentQuery, Ledger } from '../../ports.ts';
import { type Db, statement, writeTransaction } from './sqlite-database.ts';
import { type EventRow, eventFromRow } from './sqlite-event-row.ts';

/**
 * The ledger on SQLite: one row per document (the record as JSON plus indexed columns) and an
 * append-only, hash-chained event history per document. Every status change and its audit event
 * are written in one transaction.
 */
export class SqliteLedger implements Ledger {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS documents (
        id TEXT PRIMARY KEY,
        intake_key TEXT NOT NULL UNIQUE,
        receipt_number TEXT UNIQUE,
        fingerprint TEXT NOT NULL,
        status TEXT NOT NULL,
        team TEXT,
        consultant_id TEXT,
        received_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        record TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS documents_fingerprint ON documents (fingerprint, received_at);
      CREATE INDEX IF NOT EXISTS documents_status ON documents (status, updated_at);
      CREATE INDEX IF NOT EXISTS documents_received ON documents (received_at);
      CREATE TABLE IF NOT EXISTS events (
        document_id TEXT NOT NULL,
        seq INTEGER NOT NULL,
        at TEXT NOT NULL,
        type TEXT NOT NULL,
        actor TEXT NOT NULL,
        data TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL,
        PRIMARY KEY (document_id, seq)
      );
      CREATE TABLE IF NOT EXISTS effects (
        key TEXT PRIMARY KEY,
        state TEXT NOT NULL,
        claimed_at INTEGER NOT NULL
      );
    `);
    // The chain's head ("<seq>:<hash>") kept with the document: deleting the last event is detectable too.
    const columns = db.prepare('PRAGMA table_info(documents)').all() as { name: string }[];
    if (!columns.some((c) => c.name === 'events_head')) {
      try {
        db.exec('ALTER TABLE documents ADD COLUMN events_head TEXT');
      } catch (error) {
        // Another process opening the same database added it first.
        if (!/duplicate column/i.test((error as Error).message)) throw error;
      }
    }
  }

  async createDocument(doc: NewDocument, event: AuditEventInput) {
    return writeTransaction(this.db, () => {
      const existing = statement(this.db, 'SELECT record FROM documents WHERE intake_key = ?').get(doc.intakeKey) as Row | undefined;
      if (existing) return { created: false, document: parse(existing) };
      // Checked again inside the write lock: another process may have taken in the same bytes.
      if (doc.status === 'received') {
        const first = this.firstWithFingerprint(doc.fingerprint);
        if (first) return { created: false, document: first, sameFingerprint: true as const };
      }
      const record: DocumentRecord = { ...doc, updatedAt: this.now() };
      statement(
        this.db,
        `INSERT INTO documents (id, intake_key, receipt_number, fingerprint, status, team, consultant_id, received_at, updated_at, record)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(...columns(record));
      this.append(record.id, event);
      return { created: true, document: record };
    });
  }

  async getDocument(id: string) {
    const row = statement(this.db, 'SELECT record FROM documents WHERE id = ?').get(id) as Row | undefined;
    return row ? parse(row) : undefined;
  }

  async findByFingerprint(fingerprint: string) {
    return this.firstWithFingerprint(fingerprint);
  }

  private firstWithFingerprint(fingerprint: string): DocumentRecord | undefined {
    const row = statement(
      this.db,
      // A document deleted after its retention period is nobody's first: the same bytes again are new.
      `SELECT record FROM documents WHERE fingerprint = ? AND status NOT IN ('duplicate', 'deleted') ORDER BY received_at, rowid LIMIT 1`,
    ).get(fingerprint) as Row | undefined;
    return row ? parse(row) : undefined;
  }

  async findByReceiptNumber(receiptNumber: string) {
    const row = statement(
      this.db,
      `SELECT record FROM documents WHERE receipt_number = ? AND status != 'duplicate' ORDER BY rowid LIMIT 1`,
    ).get(receiptNumber) as Row | undefined;
    return row ? parse(row) : undefined;
  }

  async update(id: string, patch: Partial<NewDocument>, event: AuditEventInput, when?: UpdateCondition) {
    return writeTransaction(this.db, () => {
      const row = statement(this.db, 'SELECT record FROM documents WHERE id = ?').get(id) as Row | undefined;
      if (!row) return false;
      const current = parse(row);
      if (!meetsCondition(current, when)) return false;
      const statusChanged = patch.status !== undefined && patch.status !== current.status;
      const next: DocumentRecord = { ...current, ...patch, id, updatedAt: statusChanged ? this.now() : current.updatedAt };
      const [, , receipt, , status, team, consultant, , updatedAt, record] = columns(next);
      statement(
        this.db,
        'UPDATE documents SET receipt_number = ?, status = ?, team = ?, consultant_id = ?, updated_at = ?, record = ? WHERE id = ?',
      ).run(receipt, status, team, consultant, updatedAt, record, id);
      this.append(id, event);
      return true;
    });
  }

  async appendEvent(id: string, event: AuditEventInput) {
    writeTransaction(this.db, () => this.append(id, event));
  }

  async listEvents(id: string): Promise<AuditEvent[]> {
    const rows = statement(this.db, 'SELECT * FROM events WHERE document_id = ? ORDER BY seq').all(id) as EventRow[];
    return rows.map((r) => eventFromRow(id, r));
  }

  async listDocuments(query: DocumentQuery) {
    const where: string[] = [];
    const args: unknown[] = [];
    if (query.status?.length) {
      where.push(`status IN (${query.status.map(() => '?').join(',')})`);
      args.push(...query.status);
    }
    const filters: [string, unknown][] = [
      ['team = ?', query.team],
      ['consultant_id = ?', query.consultantId],
      ['received_at >= ?', query.receivedSince],
      ['updated_at < ?', query.updatedBefore],
      ['fingerprint = ?', query.fingerprint],
    ];
    for (const [clause, value] of filters) {
      if (value === undefined) continue;
      where.push(clause);
      args.push(value);
    }
    const sql = `SELECT record FROM documents ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY received_at, rowid LIMIT ?`;
    const rows = statement(this.db, sql).all(...args, query.limit ?? 10_000) as Row[];
    return rows.map(parse);
  }

  /** Documents per status, every status present (0 when none): the operations figures. */
  countByStatus(): Record<DocumentStatus, number> {
    const rows = statement(this.db, 'SELECT status, COUNT(*) AS n FROM documents GROUP BY status').all() as {
      status: DocumentStatus;
      n: number;
    }[];
    return Object.fromEntries(DOCUMENT_STATUSES.map((s) => [s, rows.find((r) => r.status === s)?.n ?? 0])) as Record<
      DocumentStatus,
      number
    >;
  }

  async claimEffect(key: string, leaseMs: number) {
    const now = this.clock.now().getTime();
    const res = statement(
      this.db,
      `INSERT INTO effects (key, state, claimed_at) VALUES (?, 'claimed', ?)
         ON CONFLICT (key) DO UPDATE SET claimed_at = excluded.claimed_at
         WHERE effects.state = 'claimed' AND effects.claimed_at < ?`,
    ).run(key, now, now - leaseMs);
    return res.changes === 1;
  }

  async completeEffect(key: string) {
    statement(this.db, `UPDATE effects SET state = 'done' WHERE key = ?`).run(key);
  }

  private now() {
    return this.clock.now().toISOString();
  }

  /** Appends one event, chained to the previous one by hash (inside the caller's transaction). */
  private append(documentId: string, input: AuditEventInput) {
    const last = statement(this.db, 'SELECT seq, hash FROM events WHERE document_id = ? ORDER BY seq DESC LIMIT 1').get(documentId) as
      | { seq: number; hash: string }
      | undefined;
    const event = chainEvent(documentId, last, input, this.now());
    statement(this.db, 'INSERT INTO events (document_id, seq, at, type, actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      documentId,
      event.seq,
      event.at,
      event.type,
      event.actor,
      JSON.stringify(event.data),
      event.prevHash,
      event.hash,
    );
    statement(this.db, 'UPDATE documents SET events_head = ? WHERE id = ?').run(`${event.seq}:${event.hash}`, documentId);
  }
}

/** Re-exported for callers that reach the chain through the ledger. */
export { eventHash };

type Row = { record: string };

function parse(row: Row): DocumentRecord {
  return JSON.parse(row.record) as DocumentRecord;
}

function columns(d: DocumentRecord) {
  return [
    d.id,
    d.intakeKey,
    // A duplicate repeats the first document's receipt number; only the first owns it.
    d.status === 'duplicate' ? null : d.receiptNumber,
    d.fingerprint,
    d.status,
    d.route?.team ?? null,
    d.route?.consultantId ?? null,
    d.receivedAt,
    d.updatedAt,
    JSON.stringify(d),
  ] as const;
}
