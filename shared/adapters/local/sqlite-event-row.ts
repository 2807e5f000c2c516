import type { AuditEvent } from '../../domain/audit.ts';

/** An audit event as the SQLite tables keep it (`events`, `directory_changes`). */
export interface EventRow {
  seq: number;
  at: string;
  type: string;
  actor: string;
  data: string;
  prev_hash: string;
  hash: string;
}

/**
 * A stored row as an audit event of `documentId`'s chain. Data edited into something that is no
 * longer JSON comes back as `{ unparseable }`, so the chain check fails on it instead of crashing.
 */
export function eventFromRow(documentId: string, r: EventRow): AuditEvent {
  return { documentId, seq: r.seq, at: r.at, type: r.type, actor: r.actor, data: parseData(r.data), prevHash: r.prev_hash, hash: r.hash };
}

function parseData(text: string): Record<string, unknown> {
  try {
    return JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { unparseable: text };
  }
}
