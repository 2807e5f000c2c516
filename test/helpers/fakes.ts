import { createHash } from 'node:crypto';
import type { AlertInput, AlertKind } from '../../shared/domain/alert.ts';
import { type AuditEvent, type AuditEventInput, chainEvent } from '../../shared/domain/audit.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import {
  type DocumentRecord,
  meetsCondition,
  type NewDocument,
  type PageText,
  type UpdateCondition,
} from '../../shared/domain/document.ts';
import { NotFoundError } from '../../shared/domain/errors.ts';
import type { Step } from '../../shared/domain/pipeline.ts';
import type { CorrectionRecord } from '../../shared/domain/split-correction.ts';
import type {
  Alerter,
  AlertStore,
  Clock,
  CorrectionStore,
  CreatedDocument,
  DirectorySource,
  DocumentQuery,
  ExtractionResult,
  Ledger,
  LetterBox,
  Logger,
  Mailer,
  MailMessage,
  ObjectStore,
  RoutePublisher,
  SentMailIndex,
  StoredObject,
  TextExtractor,
  WorkQueue,
} from '../../shared/ports.ts';

/**
 * In-memory test doubles at the ports (and only there): small, honest about each port's contract,
 * and recording what the use case asked of them so a test can say what happened.
 */

/** A clock the test moves by hand: it stands still until told otherwise. */
export class HandClock implements Clock {
  private ms: number;
  constructor(at: string | Date) {
    this.ms = new Date(at).getTime();
  }
  now() {
    return new Date(this.ms);
  }
  set(at: string | Date) {
    this.ms = new Date(at).getTime();
  }
  advance(ms: number) {
    this.ms += ms;
  }
}

interface Effect {
  state: 'claimed' | 'done';
  claimedAt: number;
}

/**
 * The Ledger contract in memory. Records are copied in and out (a caller never holds the stored
 * object), and every write runs without an `await` in between, so it is atomic like the real ones.
 */
export class InMemoryLedger implements Ledger {
  private readonly documents = new Map<string, DocumentRecord>();
  private readonly events = new Map<string, AuditEvent[]>();
  private readonly effects = new Map<string, Effect>();

  constructor(private readonly clock: Clock) {}

  async createDocument(doc: NewDocument, event: AuditEventInput): Promise<CreatedDocument> {
    const sameIntake = [...this.documents.values()].find((d) => d.intakeKey === doc.intakeKey);
    if (sameIntake) return { created: false, document: copy(sameIntake) };
    if (doc.status === 'received') {
      const first = this.firstWithFingerprint(doc.fingerprint);
      if (first) return { created: false, document: copy(first), sameFingerprint: true };
    }
    if (this.documents.has(doc.id)) throw new Error(`document ${doc.id} exists`);
    const record: DocumentRecord = { ...copy(doc), updatedAt: this.now() };
    this.documents.set(record.id, record);
    this.append(record.id, event);
    return { created: true, document: copy(record) };
  }

  async getDocument(id: string) {
    const doc = this.documents.get(id);
    return doc ? copy(doc) : undefined;
  }

  async findByFingerprint(fingerprint: string) {
    const first = this.firstWithFingerprint(fingerprint);
    return first ? copy(first) : undefined;
  }

  async findByReceiptNumber(receiptNumber: string) {
    const found = [...this.documents.values()].find((d) => d.receiptNumber === receiptNumber && d.status !== 'duplicate');
    return found ? copy(found) : undefined;
  }

  async update(id: string, patch: Partial<NewDocument>, event: AuditEventInput, when?: UpdateCondition) {
    const current = this.documents.get(id);
    if (!current) return false;
    if (!meetsCondition(current, when)) return false;
    const statusChanged = patch.status !== undefined && patch.status !== current.status;
    this.documents.set(id, { ...current, ...copy(patch), id, updatedAt: statusChanged ? this.now() : current.updatedAt });
    this.append(id, event);
    return true;
  }

  async appendEvent(id: string, event: AuditEventInput) {
    this.append(id, event);
  }

  async listEvents(id: string): Promise<AuditEvent[]> {
    return copy(this.events.get(id) ?? []);
  }

  async listDocuments(query: DocumentQuery) {
    return [...this.documents.values()]
      .filter(
        (d) =>
          (!query.status?.length || query.status.includes(d.status)) &&
          (query.team === undefined || d.route?.team === query.team) &&
          (query.consultantId === undefined || d.route?.consultantId === query.consultantId) &&
          (query.receivedSince === undefined || d.receivedAt >= query.receivedSince) &&
          (query.updatedBefore === undefined || d.updatedAt < query.updatedBefore) &&
          (query.fingerprint === undefined || d.fingerprint === query.fingerprint),
      )
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))
      .slice(0, query.limit ?? 10_000)
      .map(copy);
  }

  async claimEffect(key: string, leaseMs: number) {
    const now = this.clock.now().getTime();
    const effect = this.effects.get(key);
    const lapsed = effect?.state === 'claimed' && effect.claimedAt < now - leaseMs;
    if (effect && !lapsed) return false;
    this.effects.set(key, { state: 'claimed', claimedAt: now });
    return true;
  }

  async completeEffect(key: string) {
    const effect = this.effects.get(key);
    if (effect) effect.state = 'done';
  }

  /** The audit event types of a document, in order: what most tests want to see. */
  eventTypes(id: string): string[] {
    return (this.events.get(id) ?? []).map((e) => e.type);
  }

  /** Every stored document, in the order they were created. */
  all(): DocumentRecord[] {
    return [...this.documents.values()].map(copy);
  }

  /** The first accepted (non-duplicate) document with these bytes, by received time then creation. */
  private firstWithFingerprint(fingerprint: string) {
    return [...this.documents.values()]
      .filter((d) => d.fingerprint === fingerprint && d.status !== 'duplicate' && d.status !== 'deleted')
      .sort((a, b) => a.receivedAt.localeCompare(b.receivedAt))[0];
  }

  private append(documentId: string, input: AuditEventInput) {
    const chain = this.events.get(documentId) ?? [];
    chain.push(chainEvent(documentId, chain.at(-1), { ...input, data: copy(input.data ?? {}) }, this.now()));
    this.events.set(documentId, chain);
  }

  private now() {
    return this.clock.now().toISOString();
  }
}

/** Objects in memory: originals content-addressed by SHA-256, derived data under the caller's key. */
export class InMemoryObjectStore implements ObjectStore {
  private readonly objects = new Map<string, Uint8Array>();
  /** How many originals were handed in (the same bytes twice count twice; they are stored once). */
  originalsPut = 0;

  async putOriginal(bytes: Uint8Array, _mediaType: string | null): Promise<StoredObject> {
    this.originalsPut++;
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const key = `originals/${sha256}`;
    if (!this.objects.has(key)) this.objects.set(key, bytes.slice());
    return { key, sha256, size: bytes.byteLength };
  }

  async put(key: string, bytes: Uint8Array, _contentType: string) {
    this.objects.set(key, bytes.slice());
  }

  async get(key: string) {
    const bytes = this.objects.get(key);
    if (!bytes) throw new NotFoundError('store.not-found', `no object under key ${key}`);
    return bytes.slice();
  }

  async exists(key: string) {
    return this.objects.has(key);
  }

  async delete(key: string) {
    this.objects.delete(key);
  }

  keys(): string[] {
    return [...this.objects.keys()];
  }

  /** Stores page texts the way the extract step does, for steps that come after it. */
  async putJson(key: string, value: unknown) {
    await this.put(key, new TextEncoder().encode(JSON.stringify(value)), 'application/json');
  }

  async getJson<T>(key: string): Promise<T> {
    return JSON.parse(new TextDecoder().decode(await this.get(key))) as T;
  }
}

/** A work queue that only records what was sent, in order. */
export class RecordingWorkQueue implements WorkQueue {
  readonly sent: { step: Step; documentId: string }[] = [];
  async send(step: Step, documentId: string) {
    this.sent.push({ step, documentId });
  }
}

interface RecordedAlert {
  alert: AlertInput;
  status: 'open' | 'resolved';
  resolvedBy: string | null;
}

/**
 * The part of the alert store the use cases use: raise (one open alert per key), and resolve by
 * key or by document. Keeps every alert with its status.
 */
export class RecordingAlerts implements Alerter, Pick<AlertStore, 'resolveByKey' | 'resolveForDocument'> {
  readonly alerts: RecordedAlert[] = [];

  async raise(alert: AlertInput) {
    if (this.alerts.some((a) => a.alert.key === alert.key && a.status === 'open')) return false;
    this.alerts.push({ alert: copy(alert), status: 'open', resolvedBy: null });
    return true;
  }

  async resolveByKey(key: string, by = 'system') {
    return this.resolveWhere((a) => a.key === key, by);
  }

  async resolveForDocument(documentId: string, by: string, kinds?: AlertKind[]) {
    return this.resolveWhere((a) => a.documentId === documentId && (!kinds?.length || kinds.includes(a.kind)), by);
  }

  open(): AlertInput[] {
    return this.alerts.filter((a) => a.status === 'open').map((a) => a.alert);
  }

  private resolveWhere(match: (a: AlertInput) => boolean, by: string) {
    let n = 0;
    for (const a of this.alerts)
      if (a.status === 'open' && match(a.alert)) {
        a.status = 'resolved';
        a.resolvedBy = by;
        n++;
      }
    return n;
  }
}

/** A mailer that keeps what it was asked to send. */
export class RecordingMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage) {
    this.sent.push(message);
    return { messageId: `<${message.idempotencyKey}@test>`, transport: 'memory' };
  }
}

/** Which documents each sent message was the receipt of; recording adds, as the DynamoDB items do. */
export class InMemorySentMailIndex implements SentMailIndex {
  private readonly byMessage = new Map<string, string[]>();
  async record(messageId: string, documentIds: readonly string[]) {
    const ids = this.byMessage.get(messageId) ?? [];
    for (const id of documentIds) if (!ids.includes(id)) ids.push(id);
    this.byMessage.set(messageId, ids);
  }
  async find(messageId: string) {
    return [...(this.byMessage.get(messageId) ?? [])];
  }
}

/** A letter box that keeps the letters it was asked to post. */
export class RecordingLetterBox implements LetterBox {
  readonly posted: { documentId: string; pdf: Uint8Array; address: string | null }[] = [];
  async post(letter: { documentId: string; pdf: Uint8Array; address: string | null }) {
    this.posted.push(letter);
    return { key: `letters/${letter.documentId}.pdf` };
  }
}

/** Always the same directory. */
export function fixedDirectory(directory: Directory): DirectorySource {
  return { load: async () => directory };
}

/**
 * A directory source that holds its answer until released: to stop a use case half-way (after it
 * read the document, before it acts) and let something else happen in between.
 */
export class GatedDirectory implements DirectorySource {
  private waiting: (() => void)[] = [];
  private open = false;
  /** Resolves when a caller is waiting at the gate. */
  readonly reached: Promise<void>;
  private signalReached!: () => void;

  constructor(private readonly directory: Directory) {
    this.reached = new Promise((resolve) => {
      this.signalReached = resolve;
    });
  }

  async load() {
    if (!this.open) {
      this.signalReached();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    return this.directory;
  }

  release() {
    this.open = true;
    for (const go of this.waiting.splice(0)) go();
  }
}

/** A text extractor that answers from a script: these pages, or this error. Records each call. */
export class ScriptedExtractor implements TextExtractor {
  readonly calls: { mediaType: string; objectKey: string }[] = [];
  constructor(private readonly script: { pages: PageText[]; mediaType?: string } | { error: Error }) {}

  async extract(input: { bytes: Uint8Array; mediaType: string; objectKey: string }): Promise<ExtractionResult> {
    this.calls.push({ mediaType: input.mediaType, objectKey: input.objectKey });
    if ('error' in this.script) throw this.script.error;
    return { mediaType: this.script.mediaType ?? input.mediaType, pages: this.script.pages, engine: 'scripted' };
  }
}

/** A route publisher that keeps every document it was asked to announce. */
export class RecordingPublisher implements RoutePublisher {
  readonly published: DocumentRecord[] = [];
  async publish(document: DocumentRecord) {
    this.published.push(copy(document));
  }
}

/** A correction store that keeps the training examples. */
export class RecordingCorrections implements CorrectionStore {
  readonly examples: CorrectionRecord[] = [];
  async append(record: CorrectionRecord) {
    this.examples.push(copy(record));
  }
}

/** A logger that keeps its lines (level, message, fields) and prints nothing. */
export class RecordingLogger implements Logger {
  readonly lines: { level: 'info' | 'warn' | 'error'; message: string; fields: Record<string, unknown> }[] = [];
  info(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'info', message, fields });
  }
  warn(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'warn', message, fields });
  }
  error(message: string, fields: Record<string, unknown> = {}) {
    this.lines.push({ level: 'error', message, fields });
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
