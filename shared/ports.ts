/**
 * Ports: what the use cases need from the outside world, as interfaces only. Both runtimes
 * (embedded, AWS) implement them; the use cases import nothing else from outside `shared/domain`.
 */

import type { AlertInput, AlertKind, AlertRecord, AlertStatus } from './domain/alert.ts';
import type { AuditEvent, AuditEventInput } from './domain/audit.ts';
import type { Directory } from './domain/directory.ts';
import type { DocumentRecord, DocumentStatus, NewDocument, PageText, UpdateCondition } from './domain/document.ts';
import type { MailMessageRecord } from './domain/mail-intake.ts';
import type { Step } from './domain/pipeline.ts';
import type { CorrectionRecord } from './domain/split-correction.ts';
import type { ReceivedCount } from './domain/sweep-rules.ts';

export interface DocumentQuery {
  status?: DocumentStatus[];
  team?: string;
  consultantId?: string;
  /** Only documents received at or after this instant (ISO). */
  receivedSince?: string;
  /** Only documents last updated before this instant (ISO): e.g. stuck in a step. */
  updatedBefore?: string;
  /** Only documents with these original bytes (a file, its parts and its duplicates share them). */
  fingerprint?: string;
  limit?: number;
}

export interface CreatedDocument {
  created: boolean;
  document: DocumentRecord;
  sameFingerprint?: true;
}

/** The system of record: documents, their audit trail, and at-most-once side effects. */
export interface Ledger {
  /**
   * Creates the document unless one with the same intake key exists; then returns that one. A
   * document taken in as `received` is not created while another accepted (non-duplicate) document
   * has the same fingerprint, as when the same bytes arrive twice at the same instant: then
   * `document` is that one and `sameFingerprint` is set, and the intake records a duplicate.
   */
  createDocument(doc: NewDocument, event: AuditEventInput): Promise<CreatedDocument>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  /** The first accepted (non-duplicate) document with these bytes. */
  findByFingerprint(fingerprint: string): Promise<DocumentRecord | undefined>;
  findByReceiptNumber(receiptNumber: string): Promise<DocumentRecord | undefined>;
  /**
   * Applies the patch and appends the audit event in one atomic write. With `when`, only when the
   * document's status is one of those listed, or the condition holds for the record as it is at
   * the write; returns false (and changes nothing) otherwise.
   */
  update(id: string, patch: Partial<NewDocument>, event: AuditEventInput, when?: UpdateCondition): Promise<boolean>;
  appendEvent(id: string, event: AuditEventInput): Promise<void>;
  listEvents(id: string): Promise<AuditEvent[]>;
  listDocuments(query: DocumentQuery): Promise<DocumentRecord[]>;
  /**
   * Claims a side effect (e.g. "receipt:<id>") so it happens at most once. True when this caller
   * may do it: never claimed, or claimed longer than `leaseMs` ago and not completed (a crash).
   */
  claimEffect(key: string, leaseMs: number): Promise<boolean>;
  completeEffect(key: string): Promise<void>;
}

/**
 * Documents received per type, tallied as they are classified (per hour), so the sweep's surge rule
 * reads a month of tallies instead of a month of documents on every run. The DynamoDB ledger keeps
 * them; the embedded sweep counts the documents themselves.
 */
export interface ReceivedCounter {
  /** Tallies of documents received at or after this instant (ISO), per hour and type; may start up to an hour earlier. */
  countReceived(since: string): Promise<ReceivedCount[]>;
}

export interface StoredObject {
  key: string;
  sha256: string;
  size: number;
}

export interface ObjectStore {
  /** Stores original bytes under a key derived from their SHA-256; storing the same bytes twice is a no-op. */
  putOriginal(bytes: Uint8Array, mediaType: string | null): Promise<StoredObject>;
  /** Stores derived data (page text, receipt PDFs) under a caller-chosen key. */
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array>;
  exists(key: string): Promise<boolean>;
  /** Removes the object (retention); removing an absent key is not an error. */
  delete(key: string): Promise<void>;
}

export interface ExtractionResult {
  mediaType: string;
  pages: PageText[];
  engine: string;
}

/** Text per page. Throws `UnusableInputError` for input that can never be read (encrypted, corrupt). */
export interface TextExtractor {
  /** `bytes` are handed over: the extractor may keep or detach them, so the caller must not use them afterwards. */
  extract(input: {
    bytes: Uint8Array;
    mediaType: string;
    objectKey: string;
    signal?: AbortSignal;
    /**
     * Called whenever the pages read from the start of the file grow, with those pages in order
     * (an extractor that reads the whole file at once may never call it). Not awaited.
     */
    onPages?: (pagesInOrder: PageText[]) => void;
  }): Promise<ExtractionResult>;
}

/** Delivers work to the next step. Delivery is at least once; every step is idempotent. */
export interface WorkQueue {
  send(step: Step, documentId: string): Promise<void>;
}

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  /** Same key → same message: outbox file name and Message-ID are derived from it. */
  idempotencyKey: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<{ messageId: string; transport: string }>;
}

/** Letters for clients without e-mail: a PDF queued for printing and posting. */
export interface LetterBox {
  post(letter: { documentId: string; pdf: Uint8Array; address: string | null }): Promise<{ key: string }>;
}

export interface Alerter {
  /** Raises the alert unless an open one with the same key exists; returns whether it was new. */
  raise(alert: AlertInput): Promise<boolean>;
}

export interface DirectorySource {
  load(): Promise<Directory>;
}

/**
 * A directory that the web app and the command line change while the runtime runs: every change
 * is applied to the directory as it is at that moment, under a lock every process honours, and
 * the next `load` (in any process) sees it, without a restart.
 */
export interface DirectoryStore extends DirectorySource {
  /**
   * `change` gets the current directory and returns the next one (or null: nothing to write) and
   * a result; `record` runs after the write, before the lock is released (the audit event).
   */
  update<T>(
    change: (current: Directory) => { directory: Directory | null; result: T },
    record?: (before: Directory, after: Directory, result: T) => Promise<void>,
  ): Promise<T>;
  /** The directory's JSON as stored, for export. */
  exportJson(): Promise<string>;
}

/** The hash-chained history of directory changes (who changed what, when: ids, never names). */
export interface DirectoryChangeLog {
  append(event: AuditEventInput, at: string): Promise<AuditEvent>;
  list(): Promise<AuditEvent[]>;
}

export interface Clock {
  now(): Date;
}

/** Structured log lines carry ids, steps and durations: never personal data or document text. */
export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface AlertQuery {
  status?: AlertStatus[];
  kind?: AlertKind[];
  documentId?: string;
  audience?: string;
  /** Only alerts raised at or after this instant (ISO). */
  raisedSince?: string;
  limit?: number;
}

/** The alerts operations watch: raised, deduplicated by key, acknowledged and resolved. */
export interface AlertStore extends Alerter {
  /**
   * Raises the alert only if no alert with this key was ever raised (open or resolved): for
   * conditions that must alert once, such as one reminder per routing. Returns the new record.
   */
  raiseOnce(alert: AlertInput): Promise<AlertRecord | undefined>;
  get(id: string): Promise<AlertRecord | undefined>;
  /** The latest alert with this key, whatever its status. */
  findByKey(key: string): Promise<AlertRecord | undefined>;
  /** Unresolved alerts (open or acknowledged), oldest first. */
  listOpen(query?: Omit<AlertQuery, 'status'>): Promise<AlertRecord[]>;
  /** Alerts of any status, newest first. */
  listRecent(query?: AlertQuery): Promise<AlertRecord[]>;
  /** Unresolved alerts per kind, e.g. for a dashboard or an alarm on the unrouted count. */
  countOpen(): Promise<Partial<Record<AlertKind, number>>>;
  /** Marks an open alert as seen; false when it is not open. */
  acknowledge(id: string, by: string): Promise<boolean>;
  /** Resolves an unresolved alert; false when it is already resolved or unknown. */
  resolve(id: string, by: string): Promise<boolean>;
  /** Resolves the unresolved alert with this key; returns how many were resolved (0 or 1). */
  resolveByKey(key: string, by?: string): Promise<number>;
  /** Resolves a document's unresolved alerts (of these kinds, when given); returns how many. */
  resolveForDocument(documentId: string, by: string, kinds?: AlertKind[]): Promise<number>;
}

/** Read access to the audit history, as stored (no repair, no caching), for verification. */
export interface AuditTrail {
  /** Every document id that has a record or events. */
  documentIds(): Promise<string[]>;
  listEvents(documentId: string): Promise<AuditEvent[]>;
  /**
   * The chain head stored with the document record: `null` when the store keeps none for it (older
   * records), `undefined` when there is no document record at all.
   */
  recordedHead(documentId: string): Promise<ChainHead | null | undefined>;
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/**
 * Where triage corrections are kept as training data (they hold personal data: never in the
 * repository): a type correction for the classifier, or a split correction for the boundary model.
 */
export interface CorrectionStore {
  append(record: CorrectionRecord): Promise<void>;
}

/**
 * Files about a document that a runtime keeps outside the object store (embedded: its receipt in
 * the outbox, a too-large file set aside): removed when the document is deleted after its retention
 * period. Returns how many were removed; none is not an error.
 */
export interface DocumentCopies {
  deleteFor(documentId: string): Promise<number>;
}

/** Removes the triage corrections (training data) about these documents; returns how many were removed. */
export interface CorrectionEraser {
  forget(documentIds: ReadonlySet<string>): Promise<number>;
}

/**
 * Where a routed (or triaged) document is announced for the people who handle it: the team's
 * queue today, a case system tomorrow. Called after every routing decision, also when a step is
 * redelivered: implementations publish a decision at most once.
 */
export interface RoutePublisher {
  publish(document: DocumentRecord): Promise<void>;
}

/**
 * The record of every message taken from a mailbox (post by e-mail), kept with the ledger: written
 * before the message's documents, so a message is never lost between the mailbox and the ledger.
 */
export interface MailLog {
  /** Records the message unless one with the same fingerprint exists; then returns that one. */
  record(message: MailMessageRecord): Promise<{ created: boolean; message: MailMessageRecord }>;
  update(id: string, patch: Partial<Omit<MailMessageRecord, 'id' | 'fingerprint'>>): Promise<void>;
  get(id: string): Promise<MailMessageRecord | undefined>;
  /** The message a document was made from. */
  findByDocument(documentId: string): Promise<MailMessageRecord | undefined>;
  /** Replies sent to this address at or after this instant (ISO): the per-sender rate limit. */
  countRepliesSince(to: string, since: string): Promise<number>;
  /** The most recent messages, newest first (the operations page). */
  listRecent(limit: number): Promise<MailMessageRecord[]>;
  /** Messages retention has not erased yet, oldest first. */
  listKept(limit: number): Promise<MailMessageRecord[]>;
}

/**
 * Which documents a sent e-mail was the receipt of, by the mail service's message id (SES's on
 * AWS): how a bounce or complaint report, which names only the message, finds its documents. A
 * receipt lists one document, or several (the parts of a file, or the documents of a mail reply).
 * AWS only: the embedded runtime has no bounce feed (SMTP reports a bounce by mail to the sender).
 */
export interface SentMailIndex {
  /** Records that the message carried these documents' receipt; recording it again changes nothing. */
  record(messageId: string, documentIds: readonly string[]): Promise<void>;
  /** The documents the message carried the receipt of; none for a message it does not know. */
  find(messageId: string): Promise<string[]>;
}
