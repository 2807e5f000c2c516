import { randomUUID } from 'node:crypto';
import type { AlertInput, AlertKind, AlertRecord, AlertStatus } from '../../domain/alert.ts';
import type { AlertQuery, AlertStore, Clock, Logger } from '../../ports.ts';
import { type Db, statement, writeTransaction } from './sqlite-database.ts';

/**
 * Alerts on SQLite, in the same database file as the ledger. A partial unique index keeps one
 * unresolved alert per key, so concurrent sweeps cannot raise the same alert twice.
 */
export class SqliteAlertStore implements AlertStore {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS alerts (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        key TEXT NOT NULL,
        document_id TEXT,
        message TEXT NOT NULL,
        audience TEXT NOT NULL,
        raised_at TEXT NOT NULL,
        due_since TEXT,
        status TEXT NOT NULL CHECK (status IN ('open', 'acknowledged', 'resolved')),
        acknowledged_at TEXT,
        acknowledged_by TEXT,
        resolved_at TEXT,
        resolved_by TEXT,
        data TEXT NOT NULL
      );
      CREATE UNIQUE INDEX IF NOT EXISTS alerts_unresolved_key ON alerts (key) WHERE status != 'resolved';
      CREATE INDEX IF NOT EXISTS alerts_key ON alerts (key, raised_at);
      CREATE INDEX IF NOT EXISTS alerts_status ON alerts (status, raised_at);
      CREATE INDEX IF NOT EXISTS alerts_document ON alerts (document_id);
    `);
  }

  async raise(alert: AlertInput): Promise<boolean> {
    return this.insert(alert) !== undefined;
  }

  async raiseOnce(alert: AlertInput): Promise<AlertRecord | undefined> {
    return writeTransaction(this.db, () => {
      if (statement(this.db, 'SELECT 1 FROM alerts WHERE key = ? LIMIT 1').get(alert.key)) return undefined;
      return this.insert(alert);
    });
  }

  async get(id: string) {
    const row = statement(this.db, 'SELECT * FROM alerts WHERE id = ?').get(id) as AlertRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  async findByKey(key: string) {
    const row = statement(this.db, 'SELECT * FROM alerts WHERE key = ? ORDER BY raised_at DESC, rowid DESC LIMIT 1').get(key) as
      | AlertRow
      | undefined;
    return row ? toRecord(row) : undefined;
  }

  async listOpen(query: Omit<AlertQuery, 'status'> = {}) {
    return this.list({ ...query, status: ['open', 'acknowledged'] }, 'ASC');
  }

  async listRecent(query: AlertQuery = {}) {
    return this.list(query, 'DESC');
  }

  async countOpen() {
    const rows = statement(this.db, `SELECT kind, COUNT(*) AS n FROM alerts WHERE status != 'resolved' GROUP BY kind`).all() as {
      kind: AlertKind;
      n: number;
    }[];
    return Object.fromEntries(rows.map((r) => [r.kind, r.n])) as Partial<Record<AlertKind, number>>;
  }

  async acknowledge(id: string, by: string) {
    const res = statement(
      this.db,
      `UPDATE alerts SET status = 'acknowledged', acknowledged_at = ?, acknowledged_by = ? WHERE id = ? AND status = 'open'`,
    ).run(this.now(), by, id);
    if (res.changes) this.logger.info('alert acknowledged', { alertId: id, by });
    return res.changes === 1;
  }

  async resolve(id: string, by: string) {
    const res = statement(
      this.db,
      `UPDATE alerts SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE id = ? AND status != 'resolved'`,
    ).run(this.now(), by, id);
    if (res.changes) this.logger.info('alert resolved', { alertId: id, by });
    return res.changes === 1;
  }

  async resolveByKey(key: string, by = 'system') {
    const res = statement(
      this.db,
      `UPDATE alerts SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE key = ? AND status != 'resolved'`,
    ).run(this.now(), by, key);
    if (res.changes) this.logger.info('alert resolved', { key, by });
    return res.changes;
  }

  async resolveForDocument(documentId: string, by: string, kinds?: AlertKind[]) {
    const kindClause = kinds?.length ? ` AND kind IN (${kinds.map(() => '?').join(',')})` : '';
    const res = statement(
      this.db,
      `UPDATE alerts SET status = 'resolved', resolved_at = ?, resolved_by = ? WHERE document_id = ? AND status != 'resolved'${kindClause}`,
    ).run(this.now(), by, documentId, ...(kinds ?? []));
    if (res.changes) this.logger.info('alerts resolved', { documentId, by, count: res.changes });
    return res.changes;
  }

  /** Inserts unless an unresolved alert has the key; logs one line with ids only. */
  private insert(alert: AlertInput): AlertRecord | undefined {
    const record: AlertRecord = {
      id: randomUUID(),
      kind: alert.kind,
      key: alert.key,
      documentId: alert.documentId ?? null,
      message: alert.message,
      audience: alert.audience ?? 'operations',
      raisedAt: this.now(),
      dueSince: alert.dueSince ?? null,
      status: 'open',
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      data: alert.data ?? {},
    };
    const res = statement(
      this.db,
      `INSERT INTO alerts (id, kind, key, document_id, message, audience, raised_at, due_since, status, data)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open', ?)
         ON CONFLICT DO NOTHING`,
    ).run(
      record.id,
      record.kind,
      record.key,
      record.documentId,
      record.message,
      record.audience,
      record.raisedAt,
      record.dueSince,
      JSON.stringify(record.data),
    );
    if (res.changes !== 1) return undefined;
    this.logger.warn('alert raised', {
      alertId: record.id,
      kind: record.kind,
      key: record.key,
      documentId: record.documentId,
      audience: record.audience,
      dueSince: record.dueSince,
    });
    return record;
  }

  private list(query: AlertQuery, order: 'ASC' | 'DESC'): AlertRecord[] {
    const where: string[] = [];
    const args: unknown[] = [];
    const inList = (column: string, values: readonly string[] | undefined) => {
      if (!values?.length) return;
      where.push(`${column} IN (${values.map(() => '?').join(',')})`);
      args.push(...values);
    };
    inList('status', query.status);
    inList('kind', query.kind);
    const filters: [string, string | undefined][] = [
      ['document_id = ?', query.documentId],
      ['audience = ?', query.audience],
      ['raised_at >= ?', query.raisedSince],
    ];
    for (const [clause, value] of filters) {
      if (value === undefined) continue;
      where.push(clause);
      args.push(value);
    }
    const sql = `SELECT * FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY raised_at ${order}, rowid ${order} LIMIT ?`;
    const rows = statement(this.db, sql).all(...args, query.limit ?? 1000) as AlertRow[];
    return rows.map(toRecord);
  }

  private now() {
    return this.clock.now().toISOString();
  }
}

interface AlertRow {
  id: string;
  kind: AlertKind;
  key: string;
  document_id: string | null;
  message: string;
  audience: string;
  raised_at: string;
  due_since: string | null;
  status: AlertStatus;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  resolved_at: string | null;
  resolved_by: string | null;
  data: string;
}

function toRecord(r: AlertRow): AlertRecord {
  return {
    id: r.id,
    kind: r.kind,
    key: r.key,
    documentId: r.document_id,
    message: r.message,
    audience: r.audience,
    raisedAt: r.raised_at,
    dueSince: r.due_since,
    status: r.status,
    acknowledgedAt: r.acknowledged_at,
    acknowledgedBy: r.acknowledged_by,
    resolvedAt: r.resolved_at,
    resolvedBy: r.resolved_by,
    data: JSON.parse(r.data) as Record<string, unknown>,
  };
}
