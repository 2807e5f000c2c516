import type { DataProtectionRequest } from './data-protection-request.ts';
import type { DocumentTypeId } from './document-types.ts';
import type { RouteDecision } from './routing.ts';

/**
 * The document as the pipeline knows it: where it came from, where it is in the pipeline, what it
 * was recognised as, where it was routed and how its receipt went. The ledger stores it; every
 * change of it is an audit event.
 */

export type Channel = 'desk' | 'post' | 'email';
export const CHANNELS: readonly Channel[] = ['desk', 'post', 'email'];

export type DocumentStatus =
  | 'received'
  | 'extracted'
  /** Separated: a document of its own, waiting to be classified and routed. */
  | 'separated'
  /** A file that held several documents: its parts are documents of their own (`childIds`). */
  | 'split'
  | 'routed'
  | 'triage'
  | 'acknowledged'
  | 'closed'
  | 'rejected'
  | 'duplicate'
  /** A step failed for good (dead-lettered): visible to operations, alerted. */
  | 'failed'
  /**
   * A part of a split file that a corrected split replaced: its pages are now in other parts
   * (`supersededBy`). Final: nobody works on it; its receipt number stays verifiable.
   */
  | 'superseded'
  /**
   * Deleted after its retention period (`deletion` says when and by which rule): its original,
   * text and images are gone and its record is redacted; its audit history stays, chain intact.
   */
  | 'deleted';

/** Every status, in pipeline order (for counts and filters). */
export const DOCUMENT_STATUSES: readonly DocumentStatus[] = [
  'received',
  'extracted',
  'separated',
  'split',
  'routed',
  'triage',
  'acknowledged',
  'closed',
  'rejected',
  'duplicate',
  'failed',
  'superseded',
  'deleted',
];

export type ReceiptDelivery = 'email' | 'letter' | 'print' | 'pending';

export interface ReceiptState {
  delivery: ReceiptDelivery;
  language: string;
  sentAt?: string;
  /**
   * A receipt that listed several parts of one file in one message (one submitter's parts): the
   * ids of those parts, in page order, the same on each of them. The message is the first part's.
   */
  parts?: string[];
  /**
   * The mail service's id of the message that carried an e-mailed receipt (SES's message id on
   * AWS): what a bounce report names, so it can be matched to the document.
   */
  messageId?: string;
  /**
   * The e-mailed receipt came back for good (a hard bounce) or was reported as spam: it no longer
   * counts as delivered by e-mail, and the receipt went on as a letter (or waits, alerted, when
   * there is no postal address). Never the address itself.
   */
  bounced?: ReceiptBounce;
}

export interface ReceiptBounce {
  /** When the mail service reported it (ISO). */
  at: string;
  type: 'bounce' | 'complaint';
  /** The mail service's own word for it (SES `bounceSubType` / `complaintFeedbackType`), when given. */
  subType?: string;
  /** The message that came back. */
  messageId: string;
}

export interface DocumentRecord {
  id: string;
  /** Idempotency key of the intake (e.g. inbox path + size + mtime, S3 key + version). */
  intakeKey: string;
  receiptNumber: string | null;
  /** SHA-256 of the original bytes, hex. */
  fingerprint: string;
  objectKey: string;
  filename: string;
  channel: Channel;
  /** Who or what delivered it: a desk user, a scanner folder, a mailbox. */
  source: string;
  receivedAt: string;
  mediaType: string | null;
  byteSize: number;
  pageCount: number | null;
  status: DocumentStatus;
  documentType: DocumentTypeId | null;
  confidence: number | null;
  alternatives: { type: DocumentTypeId; confidence: number }[];
  /**
   * A data-protection request the writer makes (inzage, rectificatie, …), recognised in the
   * document's text when it goes on to be classified: it has a one-month legal clock (AVG art. 12
   * lid 3) whatever its type. Absent when the letter asks for none.
   */
  dataProtectionRequest?: DataProtectionRequest;
  /** The client chosen at the desk, if any. */
  deskClientNumber: string | null;
  clientNumber: string | null;
  route: RouteDecision | null;
  restricted: boolean;
  /** Why the file cannot be used (rejected) or a step gave up (failed): a plain English sentence, the CLI's `reason`. */
  rejectReason: string | null;
  /** The same sentence in plain Dutch; records from before carry only the English one. */
  rejectReasonNl?: string | null;
  duplicateOf: string | null;
  receipt: ReceiptState | null;
  /** E-mail address given at the desk for the receipt (not in logs). */
  receiptEmail: string | null;
  /**
   * The address an e-mailed document came from, when it is not the organisation's own (a
   * colleague forwarding: the forwarded message's writer): evidence of the client (not in logs).
   */
  senderEmail?: string;
  /**
   * The language the document's text is written in (ISO 639-1, 'und' when the text does not say;
   * see `detectLanguage`): the receipt's language when the directory gives none for the client.
   * Set when the text is read (a part of a file: from its own pages).
   */
  language?: string;
  /** A part of a file that held several documents: the file's record. */
  parentId?: string;
  /** The file's pages (1-based) that make up this document, when it is a part of a file. */
  pages?: number[];
  /** Why this part was separated from the rest of the file, in plain Dutch. */
  splitReasons?: string[];
  /** The parts a file was separated into (a file in status `split`). */
  childIds?: string[];
  /** A part replaced by a corrected split (status `superseded`): the parts that now hold its pages. */
  supersededBy?: string[];
  /** How many times a person corrected the file's split after it was applied (a file in status `split`). */
  splitRevision?: number;
  /** A split the machine was unsure of: the file went on whole, to triage, with this proposal. */
  splitProposal?: { parts: number[][]; reasons: string[] };
  /** A document deleted after its retention period (status `deleted`): when, by which rule, counted from when. */
  deletion?: DocumentDeletion;
  updatedAt: string;
}

export interface DocumentDeletion {
  at: string;
  /** The retention class whose period ran out (a type, `rejected`, `unclassified`), or `follows-first` / `follows-parts`. */
  rule: string;
  /** The period, as configured (`10y`). */
  after: string;
  /** When the case was done: the retention clock's start. */
  doneAt: string;
  /** The status the document had. */
  previousStatus: DocumentStatus;
}

/** Statuses in which a document is someone's work item. */
export const WORK_ITEM_STATUSES = ['routed', 'acknowledged'] as const;

/** Statuses of a document nobody has been given yet: the triage officer's. */
export const UNROUTED_STATUSES = ['triage', 'failed'] as const;

export type NewDocument = Omit<DocumentRecord, 'updatedAt'>;

/** What an update requires of the document: one of these statuses, or a test of its current record. */
export type UpdateCondition = readonly DocumentStatus[] | ((current: DocumentRecord) => boolean);

/** Whether the current record meets an update's condition (no condition: always). */
export function meetsCondition(current: DocumentRecord, when: UpdateCondition | undefined): boolean {
  if (when === undefined) return true;
  return typeof when === 'function' ? when(current) : when.includes(current.status);
}

/** The text of one page, as the extract step read it. */
export interface PageText {
  page: number;
  text: string;
  source: 'text-layer' | 'ocr';
  /** OCR mean confidence 0–100, when OCR was used. */
  ocrConfidence?: number;
  /** Degrees the page was rotated to read it upright (0 when not). */
  rotation?: number;
  blank?: boolean;
  /** A cover or separator sheet read from the page image: not a page of any document. */
  sheet?: { kind: 'cover' | 'separator'; clientNumber?: string; documentType?: DocumentTypeId } | null;
}

/** Where the text read from a document's pages is kept, next to its original. */
export const pagesKey = (documentId: string) => `text/${documentId}.json`;

/** Where the viewer keeps a page image it drew, next to the document. */
export const pageImageKey = (documentId: string, page: number) => `web/pages/${documentId}/${page}.png`;
