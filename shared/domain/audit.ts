import { createHash } from 'node:crypto';

/** One entry of a document's tamper-evident history. */
export interface AuditEvent {
  documentId: string;
  seq: number;
  at: string;
  type: string;
  actor: string;
  data: Record<string, unknown>;
  /** Hash of the previous event of this document ('' for the first), and of this one. */
  prevHash: string;
  hash: string;
}

/**
 * The chain of directory changes (absences, transfers, imports): one more chain beside the
 * documents', under this id in every runtime, so `audit verify` checks it with them.
 */
export const DIRECTORY_CHAIN_ID = 'directory';

export interface AuditEventInput {
  type: string;
  actor?: string;
  data?: Record<string, unknown>;
}

/**
 * The next event of a document's chain: numbered after the previous one (none for the first) and
 * linked to it by hash. Every ledger builds its events here, so their chains are the same.
 */
export function chainEvent(
  documentId: string,
  previous: Pick<AuditEvent, 'seq' | 'hash'> | undefined,
  input: AuditEventInput,
  at: string,
): AuditEvent {
  const body = { documentId, seq: (previous?.seq ?? 0) + 1, at, type: input.type, actor: input.actor ?? 'system', data: input.data ?? {} };
  const prevHash = previous?.hash ?? '';
  return { ...body, prevHash, hash: eventHash(prevHash, body) };
}

/**
 * The audit chain link, shared by every ledger (SQLite, DynamoDB): SHA-256 over the previous
 * event's hash and this event's canonical JSON. A chain verified with one ledger verifies with the
 * other, so history can move between runtimes.
 */
export function eventHash(prevHash: string, event: Omit<AuditEvent, 'prevHash' | 'hash'>): string {
  const canonical = JSON.stringify([event.documentId, event.seq, event.at, event.type, event.actor, event.data]);
  return createHash('sha256').update(prevHash).update('\n').update(canonical).digest('hex');
}
