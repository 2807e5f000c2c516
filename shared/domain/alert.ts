import type { DocumentRecord } from './document.ts';

/**
 * Alerts: what operations, team leads and consultants are told. The text is plain Dutch (English in
 * `data.messageEn`), naming the receipt number, the client number, the team and the consultant a
 * person knows; the document id stays in `documentId` for the link. Never a BSN, a client's name or
 * the document's text.
 */
export type AlertKind =
  | 'rejected'
  | 'failed'
  | 'unrouted'
  | 'unrouted-digest'
  | 'stuck'
  | 'unacknowledged'
  | 'escalation'
  | 'surge'
  | 'dead-letter'
  | 'inbox-refused'
  /** An e-mailed receipt came back (or was reported as spam) and there is no postal address to post it to. */
  | 'receipt-undelivered';

/** The kinds in words, for the operations page and the e-mail subject. */
export const ALERT_KIND_NAMES: Record<'nl' | 'en', Record<AlertKind, string>> = {
  nl: {
    rejected: 'afgewezen bestand',
    failed: 'mislukt',
    unrouted: 'te lang niet doorgestuurd',
    'unrouted-digest': 'overzicht niet doorgestuurd',
    stuck: 'vastgelopen',
    unacknowledged: 'geen reactie',
    escalation: 'escalatie',
    surge: 'piek',
    'dead-letter': 'mislukte stap',
    'inbox-refused': 'geweigerd in de scanmap',
    'receipt-undelivered': 'ontvangstbewijs niet bezorgd',
  },
  en: {
    rejected: 'rejected file',
    failed: 'failed',
    unrouted: 'unrouted too long',
    'unrouted-digest': 'unrouted digest',
    stuck: 'stuck',
    unacknowledged: 'no response',
    escalation: 'escalation',
    surge: 'surge',
    'dead-letter': 'failed step',
    'inbox-refused': 'refused in the scanner folder',
    'receipt-undelivered': 'receipt not delivered',
  },
};

export interface AlertInput {
  kind: AlertKind;
  /** Deduplication key: one open alert per key. */
  key: string;
  documentId?: string;
  /** Plain Dutch: receipt and client numbers, staff and team names; never client names, BSNs or document text. */
  message: string;
  /** Since when the condition holds (ISO). */
  dueSince?: string;
  /** Who must act: operations (default), a team lead, a consultant. */
  audience?: string;
  /** The alert's facts; `messageEn` holds the message in English. */
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

/** The message and its English text, as an alert stores them: Dutch in `message`, English in `data.messageEn`. */
export function bilingual(nl: string, en: string, data: Record<string, unknown> = {}): { message: string; data: Record<string, unknown> } {
  return { message: nl, data: { ...data, messageEn: en } };
}

/** The alert's text in a UI language, and the language it is in: alerts from before carry only English. */
export function alertText(alert: Pick<AlertRecord, 'message' | 'data'>, language: string): { text: string; lang: 'nl' | 'en' } {
  const en = alert.data.messageEn;
  if (typeof en !== 'string') return { text: alert.message, lang: 'en' };
  return language === 'en' ? { text: en, lang: 'en' } : { text: alert.message, lang: 'nl' };
}

const CHANNEL = {
  desk: { nl: 'aan de balie', en: 'at the front desk' },
  post: { nl: 'per post', en: 'by post' },
  email: { nl: 'per e-mail', en: 'by e-mail' },
} as const;

/** "ontvangstbewijs 2026-0001-K" / "receipt 2026-0001-K", else a generic phrase: never the internal id. */
export function documentLabel(doc: Pick<DocumentRecord, 'receiptNumber'>, language: 'nl' | 'en'): string {
  if (language === 'nl')
    return doc.receiptNumber ? `het document met ontvangstbewijs ${doc.receiptNumber}` : 'een document zonder ontvangstbewijs';
  return doc.receiptNumber ? `the document with receipt ${doc.receiptNumber}` : 'a document without a receipt';
}

/** A rejected input (bad file): operations hear of it, with the reason (plain text, no content). */
export function rejectionAlert(document: DocumentRecord): AlertInput {
  const channel = CHANNEL[document.channel];
  const nl = document.rejectReasonNl ?? document.rejectReason ?? 'het bestand is onleesbaar';
  const en = document.rejectReason ?? 'the file cannot be read';
  return {
    kind: 'rejected',
    key: `rejected:${document.id}`,
    documentId: document.id,
    ...bilingual(
      `Afgewezen: ${documentLabel(document, 'nl')}, ontvangen ${channel.nl}, is niet te gebruiken. ${nl}`,
      `Rejected: ${documentLabel(document, 'en')}, received ${channel.en}, cannot be used. ${en}`,
      { receiptNumber: document.receiptNumber, channel: document.channel },
    ),
    dueSince: document.receivedAt,
  };
}

/** What a scanner folder holds that is not an ordinary file. */
export type RefusedEntryKind = 'symlink' | 'fifo' | 'socket' | 'device' | 'other';

const REFUSED_ENTRY: Record<RefusedEntryKind, { nl: string; en: string }> = {
  symlink: { nl: 'een snelkoppeling (symbolische link)', en: 'a shortcut (symbolic link)' },
  fifo: { nl: 'een pijp (FIFO)', en: 'a pipe (FIFO)' },
  socket: { nl: 'een socket', en: 'a socket' },
  device: { nl: 'een apparaatbestand', en: 'a device file' },
  other: { nl: 'iets wat geen gewoon bestand is', en: 'something that is not an ordinary file' },
};

/**
 * Something in a scanner folder that is not an ordinary file (a link, a pipe, a device): it is left
 * where it is, never read or moved, and operations hear of it once. `path` is where it lies inside
 * the scanner folder (`post/scan-001.pdf`): a person must find it to remove it.
 */
export function inboxRefusedAlert(entry: { path: string; kind: RefusedEntryKind; since: string }): AlertInput {
  const what = REFUSED_ENTRY[entry.kind];
  return {
    kind: 'inbox-refused',
    key: `inbox-refused:${entry.kind}:${entry.path}`,
    ...bilingual(
      `In de scanmap staat ${what.nl}: ${entry.path}. Die nemen wij niet in: wij lezen alleen gewone bestanden. Het blijft staan waar het staat. Haal het weg, of zet het echte bestand in de map.`,
      `The scanner folder holds ${what.en}: ${entry.path}. It is not taken in: only ordinary files are read. It stays where it is. Remove it, or put the real file in the folder.`,
      { path: entry.path, entryKind: entry.kind },
    ),
    dueSince: entry.since,
  };
}

/**
 * An e-mailed receipt that came back for good (or was reported as spam) when no postal address is
 * on file: a person must reach the client another way. Names the receipt and client numbers, never
 * the address that bounced.
 */
export function receiptUndeliveredAlert(document: DocumentRecord, why: 'bounce' | 'complaint'): AlertInput {
  const client = document.clientNumber;
  const nlWhy = why === 'bounce' ? 'kwam terug als onbestelbaar' : 'is door de ontvanger als spam gemeld';
  const enWhy = why === 'bounce' ? 'bounced as undeliverable' : 'was reported as spam by its recipient';
  return {
    kind: 'receipt-undelivered',
    key: `receipt-undelivered:${document.id}`,
    documentId: document.id,
    ...bilingual(
      `De e-mail met het ontvangstbewijs van ${documentLabel(document, 'nl')} ${nlWhy}, en er is geen postadres bekend${client ? ` van klant ${client}` : ''}. Neem op een andere manier contact op met de klant (telefoon, balie) en geef het ontvangstbewijs mee of stuur het na.`,
      `The e-mail with the receipt of ${documentLabel(document, 'en')} ${enWhy}, and no postal address is on file${client ? ` for client ${client}` : ''}. Reach the client another way (phone, front desk) and hand over or send the receipt.`,
      { receiptNumber: document.receiptNumber, clientNumber: client, why },
    ),
  };
}
