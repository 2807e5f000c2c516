import type { DocumentRecord } from './document.ts';

/** Alerts: what operations, team leads and consultants are told, with ids and counts only. */
export type AlertKind =
  | 'rejected'
  | 'failed'
  | 'unrouted'
  | 'unrouted-digest'
  | 'stuck'
  | 'unacknowledged'
  | 'escalation'
  | 'surge'
  | 'dead-letter';

export interface AlertInput {
  kind: AlertKind;
  /** Deduplication key: one open alert per key. */
  key: string;
  documentId?: string;
  /** Plain text with ids and counts only: never names, BSNs or document text. */
  message: string;
  /** Since when the condition holds (ISO). */
  dueSince?: string;
  /** Who must act: operations (default), a team lead, a consultant. */
  audience?: string;
  data?: Record<string, unknown>;
}

export type AlertStatus = 'open' | 'acknowledged' | 'resolved';

/** A raised alert as stored: ids and counts only, like its input. */
export interface AlertRecord {
  id: string;
  kind: AlertKind;
  key: string;
  documentId: string | null;
  message: string;
  /** Who must act: `operations`, `consultant:<id>`, `team:<id>` (the team queue) or `lead:<teamId>`. */
  audience: string;
  raisedAt: string;
  /** Since when the alert is due (ISO), e.g. when the unrouted time ran out. */
  dueSince: string | null;
  status: AlertStatus;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  resolvedAt: string | null;
  /** A user id, or `system:sweep` when the cause went away. */
  resolvedBy: string | null;
  data: Record<string, unknown>;
}

/** One dead-letter alert per document and step. */
export const deadLetterAlertKey = (step: string, documentId: string) => `dead-letter:${step}:${documentId}`;

/** A rejected input (bad file): operations hear of it, with the reason (plain text, no content). */
export function rejectionAlert(document: DocumentRecord): AlertInput {
  return {
    kind: 'rejected',
    key: `rejected:${document.id}`,
    documentId: document.id,
    message: `document ${document.id} (${document.channel}) rejected: ${document.rejectReason ?? 'unreadable'}`,
    dueSince: document.receivedAt,
  };
}
