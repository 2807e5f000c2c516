import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { rejectionAlert } from '../../shared/domain/alert.ts';
import type { Channel, DocumentRecord, NewDocument } from '../../shared/domain/document.ts';
import { AFTER_REJECTION, FIRST_STEP, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import { makeReceiptNumber } from '../../shared/domain/receipt-number.ts';
import { sniffMediaType } from '../../shared/domain/sniff.ts';
import type { Alerter, Clock, Ledger, Logger, ObjectStore, WorkQueue } from '../../shared/ports.ts';

/**
 * Intake: store the original unchanged, fingerprint it, sniff its real type, record where it came
 * from, and hand out a receipt number at once. The same bytes again are linked to the first
 * document (no second route); the same intake again (a redelivered event) returns what it did.
 */
export interface IntakeDeps {
  ledger: Ledger;
  objects: ObjectStore;
  queue: WorkQueue;
  alerter: Alerter;
  clock: Clock;
  logger: Logger;
}

export interface IntakeInput {
  bytes: Uint8Array;
  filename: string;
  channel: Channel;
  source: string;
  /** Stable key of this delivery; defaults to a new one (every call is a new delivery). */
  intakeKey?: string;
  receivedAt?: Date;
  deskClientNumber?: string | null;
  receiptEmail?: string | null;
  /** Who e-mailed it (evidence of the client), when it came by e-mail from outside the organisation. */
  senderEmail?: string | null;
  maxBytes?: number;
  /**
   * The runtime waited and the file still ends before its end marker (a PDF without `%%EOF`): it
   * is rejected as incomplete instead of being read in part.
   */
  incomplete?: boolean;
}

/**
 * A file over the size limit, known from `stat` and a streamed fingerprint: never read into memory.
 * `head` is its first bytes (for the type).
 */
export interface OversizedFile {
  byteSize: number;
  fingerprint: string;
  head: Uint8Array;
}

export type IntakeResult =
  | { status: 'accepted'; document: DocumentRecord }
  | { status: 'duplicate'; document: DocumentRecord; first: DocumentRecord }
  | { status: 'rejected'; document: DocumentRecord };

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/** Why intake rejected a file, as recorded in the `rejected` audit event's `reason` and the log. */
export type RejectCode = 'intake.too-large' | 'intake.incomplete' | 'intake.unsupported-format';

export async function intake(deps: IntakeDeps, input: IntakeInput): Promise<IntakeResult> {
  const fingerprint = createHash('sha256').update(input.bytes).digest('hex');
  return takeIn(deps, input, { bytes: input.bytes, byteSize: input.bytes.byteLength, fingerprint, head: input.bytes });
}

/**
 * Intake of a file too large to read (a scanner folder sees its size before reading it): rejected
 * with the size reason and an alert like any other too-large file, its fingerprint recorded.
 */
export async function intakeOversized(
  deps: IntakeDeps,
  input: Omit<IntakeInput, 'bytes' | 'incomplete'> & { file: OversizedFile },
): Promise<IntakeResult> {
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  if (input.file.byteSize <= maxBytes) throw new RangeError('intakeOversized: the file is within the size limit; read it and call intake');
  return takeIn(deps, input, { bytes: undefined, ...input.file });
}

async function takeIn(
  deps: IntakeDeps,
  input: Omit<IntakeInput, 'bytes'>,
  content: { bytes: Uint8Array | undefined; byteSize: number; fingerprint: string; head: Uint8Array },
): Promise<IntakeResult> {
  const { ledger, objects, queue, clock } = deps;
  const receivedAt = (input.receivedAt ?? clock.now()).toISOString();
  const intakeKey = input.intakeKey ?? `intake:${randomUUID()}`;
  const maxBytes = input.maxBytes ?? DEFAULT_MAX_BYTES;
  const { fingerprint, byteSize } = content;

  const sniffed = sniffMediaType(content.head, input.filename);
  // Why the file cannot be used: a stable code (audit, logs), plain English (the CLI's `reason`) and plain Dutch.
  let rejectCode: RejectCode | null = null;
  let rejectReason: string | null = null;
  let rejectReasonNl: string | null = null;
  if (byteSize > maxBytes || !content.bytes) {
    rejectCode = 'intake.too-large';
    rejectReason = `The file is too large (${mb(byteSize)} MB; the limit is ${mb(maxBytes)} MB). Split it into smaller files and upload them again.`;
    rejectReasonNl = `Het bestand is te groot (${mbNl(byteSize)} MB; de grens is ${mbNl(maxBytes)} MB). Verdeel het over kleinere bestanden en stuur die opnieuw.`;
  } else if (input.incomplete && sniffed.supported) {
    rejectCode = 'intake.incomplete';
    rejectReason =
      'The file is incomplete: it ends before its end marker, also after waiting. It was probably not copied or scanned to the end. Scan the document again or copy the file again.';
    rejectReasonNl =
      'Het bestand is niet compleet: het houdt op voor het einde, ook na wachten. Waarschijnlijk is het niet helemaal gekopieerd of gescand. Scan het document opnieuw of kopieer het bestand opnieuw.';
  } else if (!sniffed.supported) {
    rejectCode = 'intake.unsupported-format';
    rejectReason = sniffed.reason ?? 'This type of file is not supported. Upload a PDF or a scan (JPEG, PNG, TIFF).';
    rejectReasonNl = sniffed.reasonNl ?? 'Dit soort bestand kunnen wij niet gebruiken. Stuur een PDF of een scan (JPEG, PNG, TIFF).';
  }

  // A too-large file is not kept whole: we store its fingerprint and metadata, not the bytes.
  const stored = content.bytes && byteSize <= maxBytes ? await objects.putOriginal(content.bytes, sniffed.mediaType) : undefined;

  const record = async (first: DocumentRecord | undefined) => {
    const status = rejectReason ? 'rejected' : first ? 'duplicate' : 'received';
    const doc: NewDocument = {
      id: randomUUID(),
      intakeKey,
      receiptNumber: first ? first.receiptNumber : makeReceiptNumber(randomBytes(8)),
      fingerprint,
      objectKey: stored?.key ?? '',
      filename: input.filename,
      channel: input.channel,
      source: input.source,
      receivedAt,
      mediaType: sniffed.mediaType,
      byteSize,
      pageCount: null,
      status,
      documentType: null,
      confidence: null,
      alternatives: [],
      deskClientNumber: input.deskClientNumber ?? null,
      clientNumber: input.deskClientNumber ?? null,
      route: null,
      restricted: false,
      rejectReason,
      ...(rejectReasonNl ? { rejectReasonNl } : {}),
      duplicateOf: first?.id ?? null,
      receipt: null,
      receiptEmail: input.receiptEmail ?? null,
      ...(input.senderEmail ? { senderEmail: input.senderEmail } : {}),
    };
    const result = await ledger.createDocument(doc, {
      type: status === 'received' ? 'received' : status,
      actor: input.source,
      data: {
        channel: input.channel,
        fingerprint,
        byteSize,
        mediaType: sniffed.mediaType,
        duplicateOf: first?.id ?? null,
        ...(rejectCode ? { reason: rejectCode } : {}),
      },
    });
    if (result.created)
      deps.logger.info('intake', {
        documentId: result.document.id,
        status,
        channel: input.channel,
        mediaType: sniffed.mediaType,
        ...(rejectCode ? { reason: rejectCode } : {}),
      });
    return result;
  };
  // The ledger's write decides whether these bytes came before: then this one is their duplicate.
  let result = await record(undefined);
  if (result.sameFingerprint) result = await record(result.document);
  const { created, document } = result;

  if (document.status === 'duplicate') {
    const original = (await ledger.getDocument(document.duplicateOf as string)) ?? document;
    return { status: 'duplicate', document, first: original };
  }
  if (document.status === 'rejected') {
    if (created) {
      await deps.alerter.raise(rejectionAlert(document));
      await queue.send(AFTER_REJECTION, document.id);
    }
    return { status: 'rejected', document };
  }
  // Sent even when not created: a redelivery after a crash between the write and the send.
  if (document.status === WAITING_FOR[FIRST_STEP]) await queue.send(FIRST_STEP, document.id);
  return { status: 'accepted', document };
}

function mb(bytes: number) {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}

const mbNl = (bytes: number) => String(mb(bytes)).replace('.', ',');
