import type { AuditEvent } from '../../domain/audit.ts';
import type { AuditTrail, ChainHead } from '../../ports.ts';
import { type Db, statement } from './sqlite-database.ts';
import { DIRECTORY_CHAIN_ID, SqliteDirectoryChangeLog } from './sqlite-directory-change-log.ts';
import { type EventRow, eventFromRow } from './sqlite-event-row.ts';

/**
 * The embedded ledger's audit history, read as stored (no repair, no caching): documents, their
 * events, and the chain head the ledger keeps with each document.
 */
export class SqliteAuditTrail implements AuditTrail {
  constructor(private readonly db: Db) {}

  async documentIds(): Promise<string[]> {
    const rows = statement(
      this.db,
      "SELECT id FROM (SELECT id, received_at AS at FROM documents UNION SELECT document_id, NULL FROM events) GROUP BY id ORDER BY MIN(COALESCE(at, '')), id",
    ).all() as { id: string }[];
    const ids = rows.map((r) => r.id);
    return this.hasDirectoryChanges() ? [...ids, DIRECTORY_CHAIN_ID] : ids;
  }

  /** Directory changes (sqlite-directory-change-log.ts) are one more chain, verified with the documents'. */
  private hasDirectoryChanges(): boolean {
    const table = statement(this.db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'directory_changes'").get();
    return Boolean(table) && Boolean(statement(this.db, 'SELECT 1 FROM directory_changes LIMIT 1').get());
  }

  async listEvents(documentId: string): Promise<AuditEvent[]> {
    if (documentId === DIRECTORY_CHAIN_ID) return this.hasDirectoryChanges() ? new SqliteDirectoryChangeLog(this.db).list() : [];
    const rows = statement(this.db, 'SELECT * FROM events WHERE document_id = ? ORDER BY seq').all(documentId) as EventRow[];
    return rows.map((r) => eventFromRow(documentId, r));
  }

  async recordedHead(documentId: string): Promise<ChainHead | null | undefined> {
    // The directory chain has no document record; its head is its last event.
    if (documentId === DIRECTORY_CHAIN_ID) return null;
    const row = statement(this.db, 'SELECT events_head FROM documents WHERE id = ?').get(documentId) as
      | { events_head: string | null }
      | undefined;
    if (!row) return undefined;
    if (row.events_head === null) return null;
    const match = /^(\d+):([0-9a-f]{64})$/.exec(row.events_head);
    // A head that is no longer well-formed was tampered with too: it can match no event.
    return match ? { seq: Number(match[1]), hash: match[2] as string } : { seq: 0, hash: row.events_head };
  }
}
