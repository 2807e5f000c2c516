import type { AuditEvent } from '../../domain/audit.ts';

/**
 * An audit event as the ledger table stores it (event items, and `lastEvent` on the document
 * item). The hash covers the event's data as JSON text, so the order of its members matters, and a
 * DynamoDB map does not promise to give its members back in the order written (dynalite happens
 * to). The data is therefore stored as the text itself, `dataJson`, as the directory change log
 * does: what was hashed is what comes back.
 *
 * Items written before that hold `data` as a map. They stay readable, but such an event is only as
 * trustworthy as DynamoDB's map order: if members come back in another order, its chain reports it
 * as edited although nobody changed it (and a rewrite must not be "fixed" by reordering keys).
 */
export type StoredEvent = Omit<AuditEvent, 'data'> & { dataJson: string };

/** What an item holds for an event: the current form (`dataJson`) or the old one (`data` as a map). */
export type StoredEventFields = Omit<AuditEvent, 'data'> & { dataJson?: unknown; data?: unknown };

/** The stored form of an event; its data must already be JSON-shaped (as `chainEvent` got it). */
export function storedEvent(event: AuditEvent): StoredEvent {
  const { data, ...rest } = event;
  return { ...rest, dataJson: JSON.stringify(data) };
}

/**
 * The event from its stored form, ignoring any other attributes of the item. Text that is no
 * longer JSON (an edit in the table) comes back as `{ unparseable }`: the chain check then reports
 * the event as edited instead of crashing.
 */
export function eventFromStored(item: StoredEventFields): AuditEvent {
  const { documentId, seq, at, type, actor, prevHash, hash } = item;
  return { documentId, seq, at, type, actor, data: storedData(item), prevHash, hash };
}

function storedData(item: StoredEventFields): Record<string, unknown> {
  if (typeof item.dataJson === 'string') {
    try {
      return JSON.parse(item.dataJson) as Record<string, unknown>;
    } catch {
      return { unparseable: item.dataJson };
    }
  }
  // The old map form (see above): its members in whatever order DynamoDB returned them.
  return (item.data ?? {}) as Record<string, unknown>;
}
