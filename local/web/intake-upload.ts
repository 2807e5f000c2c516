import { basename } from 'node:path';
import { type IntakeResult, intake, intakeOversized } from '../../functions/intake/intake.ts';
import type { Channel, DocumentRecord } from '../../shared/domain/document.ts';
import type { WebContext } from './context.ts';
import type { SpooledFile } from './upload-spool.ts';
import type { WebUser } from './users.ts';

/**
 * Files uploaded at the desk or in the mailroom go through the same intake as the scanner folders:
 * stored unchanged, fingerprinted, receipt number at once.
 *
 * Idempotency is by content and submitter, never by form fields alone: the intake key is the
 * uploader, the batch, the file's position and the SHA-256 of its bytes. A form sent twice with the
 * same bytes (a double click, a retry after a network error) gives the same document; the same bytes
 * at another position or in another batch are a duplicate with the first receipt (the ledger links
 * equal fingerprints); different bytes are always a new document with a receipt of their own, even
 * when the form repeats a batch id and position (browser Back, then another file).
 */
export interface UploadRequest {
  batchId: string;
  /** Position of the first file in the batch (a script uploads files one by one). */
  firstSeq: number;
  files: SpooledFile[];
  channel: Channel;
  user: WebUser;
  clientNumber: string | null;
  receiptEmail: string | null;
}

export interface UploadOutcome {
  seq: number;
  filename: string;
  result: IntakeResult;
}

export function uploadSource(channel: Channel, user: WebUser) {
  return `${channel === 'desk' ? 'desk' : 'mailroom'}:${user.username}`;
}

export function cleanFilename(name: string): string {
  const base = basename(name.replace(/\\/g, '/')).replace(/[\u0000-\u001f]/g, '');
  return (base || 'upload').slice(0, 200);
}

/** The delivery key of one uploaded file: who sent which bytes, where in which batch. */
export function uploadIntakeKey(req: Pick<UploadRequest, 'batchId' | 'channel' | 'user'>, seq: number, fingerprint: string) {
  return `web:${uploadSource(req.channel, req.user)}:${req.batchId}:${seq}:sha256:${fingerprint}`;
}

export async function intakeUpload(web: WebContext, req: UploadRequest): Promise<UploadOutcome[]> {
  const { rt } = web;
  const outcomes: UploadOutcome[] = [];
  for (const [i, file] of req.files.entries()) {
    const seq = req.firstSeq + i;
    const filename = cleanFilename(file.name);
    const delivery = {
      filename,
      channel: req.channel,
      source: uploadSource(req.channel, req.user),
      intakeKey: uploadIntakeKey(req, seq, file.fingerprint),
      deskClientNumber: req.clientNumber,
      receiptEmail: req.receiptEmail,
      maxBytes: rt.maxBytes,
    };
    // One file in memory at a time; one over the limit never (rejected from its size and fingerprint).
    const result = file.kept
      ? await intake(rt.intakeDeps, { ...delivery, bytes: await file.bytes() })
      : await intakeOversized(rt.intakeDeps, {
          ...delivery,
          file: { byteSize: file.size, fingerprint: file.fingerprint, head: file.head },
        });
    // A position the batch already gave to other bytes: the store files this one under the next free one.
    const stored = await web.uploads.add({
      batchId: req.batchId,
      seq,
      documentId: result.document.id,
      filename,
      channel: req.channel,
      uploadedBy: req.user.username,
      uploadedAt: result.document.receivedAt,
    });
    outcomes.push({ seq: stored, filename, result });
  }
  web.nudge();
  return outcomes;
}

/** The document whose receipt counts for this one: the first upload of the same bytes, or itself. */
export async function receiptDocument(web: WebContext, doc: DocumentRecord): Promise<DocumentRecord> {
  if (doc.status !== 'duplicate' || !doc.duplicateOf) return doc;
  return (await web.rt.ledger.getDocument(doc.duplicateOf)) ?? doc;
}
