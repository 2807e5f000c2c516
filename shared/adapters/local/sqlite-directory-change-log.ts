import { type AuditEvent, type AuditEventInput, chainEvent, DIRECTORY_CHAIN_ID } from '../../domain/audit.ts';
import type { DirectoryChangeLog } from '../../ports.ts';
import { type Db, statement, writeTransaction } from './sqlite-database.ts';
import { type EventRow, eventFromRow } from './sqlite-event-row.ts';

/** Defined in the domain (the AWS change log uses it too); re-exported for this runtime's callers. */
export { DIRECTORY_CHAIN_ID };

/**
 * Directory changes in the embedded database, one hash chain (the same links as a document's
 * audit events, under the id `directory`), so `postkamer audit verify` proves nobody edited or
 * removed a change afterwards.
 */
export class SqliteDirectoryChangeLog implements DirectoryChangeLog {
  constructor(private readonly db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS directory_changes (
      seq INTEGER PRIMARY KEY, at TEXT NOT NULL, type TEXT NOT NULL, actor TEXT NOT NULL,
      data TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL)`);
  }

  async append(event: AuditEventInput, at: string): Promise<AuditEvent> {
    return writeTransaction(this.db, () => {
      const last = statement(this.db, 'SELECT seq, hash FROM directory_changes ORDER BY seq DESC LIMIT 1').get() as
        | { seq: number; hash: string }
        | undefined;
      const next = chainEvent(DIRECTORY_CHAIN_ID, last, event, at);
      statement(this.db, 'INSERT INTO directory_changes (seq, at, type, actor, data, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
        next.seq,
        next.at,
        next.type,
        next.actor,
        JSON.stringify(next.data),
        next.prevHash,
        next.hash,
      );
      return next;
    });
  }

  async list(): Promise<AuditEvent[]> {
    const rows = statement(this.db, 'SELECT * FROM directory_changes ORDER BY seq').all() as EventRow[];
    return rows.map((r) => eventFromRow(DIRECTORY_CHAIN_ID, r));
  }
}
