import { createHash } from 'node:crypto';
import type { AuditEvent } from './ports.ts';

/**
 * The audit chain link, shared by every ledger (SQLite, DynamoDB): SHA-256 over the previous
 * event's hash and this event's canonical JSON. A chain verified with one ledger verifies with the
 * other, so history can move between runtimes.
 */
export function eventHash(prevHash: string, event: Omit<AuditEvent, 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([event.documentId, event.seq, event.at, event.type, event.actor, event.data]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
