import { createHash } from 'node:crypto';
import { errorLabel, NotFoundError } from '../../shared/domain/errors.ts';
import { normaliseReceiptNumber } from '../../shared/domain/receipt-number.ts';
import type { Ledger, ObjectStore } from '../../shared/ports.ts';

/**
 * "Is this the file you received?": a file's SHA-256 against the fingerprint recorded (and printed
 * on the receipt) for a receipt number, and the stored original against the same fingerprint. A
 * client can prove what they handed in; the municipality can prove its copy is unchanged.
 */
export interface OriginalCheckDeps {
  ledger: Pick<Ledger, 'findByReceiptNumber'>;
  objects: Pick<ObjectStore, 'get'>;
}

/** `deleted`: deleted after the retention period (the record says when and by which rule), not tampering. */
export type StoredOriginalState = 'intact' | 'altered' | 'missing' | 'not-kept' | 'deleted';

export interface OriginalCheck {
  /** The receipt number as normalised, or as given when it is not a valid one. */
  receiptNumber: string;
  /** False when the receipt number is invalid or unknown. */
  found: boolean;
  documentId: string | null;
  receivedAt: string | null;
  fileSha256: string;
  /** The fingerprint recorded at intake (on the receipt in short form). */
  fingerprint: string | null;
  fileMatches: boolean;
  /** The original in the object store: its bytes still hash to the fingerprint, or not. */
  storedOriginal: StoredOriginalState | null;
  /** The file is the one received and the stored original is intact (or was not kept, or deleted after retention). */
  ok: boolean;
  /** When the document was deleted after its retention period, and by which rule. */
  deletedAt?: string;
  deletedBy?: string;
}

export async function verifyOriginal(deps: OriginalCheckDeps, receiptNumber: string, bytes: Uint8Array): Promise<OriginalCheck> {
  const fileSha256 = sha256(bytes);
  const normalised = normaliseReceiptNumber(receiptNumber);
  const doc = normalised ? await deps.ledger.findByReceiptNumber(normalised) : undefined;
  if (!doc)
    return {
      receiptNumber: normalised ?? receiptNumber,
      found: false,
      documentId: null,
      receivedAt: null,
      fileSha256,
      fingerprint: null,
      fileMatches: false,
      storedOriginal: null,
      ok: false,
    };
  const storedOriginal = doc.status === 'deleted' ? 'deleted' : await storedState(deps, doc.objectKey, doc.fingerprint);
  const fileMatches = fileSha256 === doc.fingerprint;
  return {
    receiptNumber: doc.receiptNumber ?? (normalised as string),
    found: true,
    documentId: doc.id,
    receivedAt: doc.receivedAt,
    fileSha256,
    fingerprint: doc.fingerprint,
    fileMatches,
    storedOriginal,
    // A deleted original is no fault: the file still matches what was received, as recorded.
    ok: fileMatches && (storedOriginal === 'intact' || storedOriginal === 'not-kept' || storedOriginal === 'deleted'),
    ...(doc.deletion ? { deletedAt: doc.deletion.at, deletedBy: doc.deletion.rule } : {}),
  };
}

async function storedState(deps: OriginalCheckDeps, objectKey: string, fingerprint: string): Promise<StoredOriginalState> {
  // A file over the size limit is rejected with its fingerprint recorded, but its bytes are not kept.
  if (!objectKey) return 'not-kept';
  let stored: Uint8Array;
  try {
    stored = await deps.objects.get(objectKey);
  } catch (error) {
    if (error instanceof NotFoundError) return 'missing';
    // An encrypted store refuses bytes that no longer authenticate: altered on disk.
    if (errorLabel(error) === 'store.seal-broken') return 'altered';
    throw error; // e.g. the wrong key file: a fault of the set-up, not a fact about this original
  }
  return sha256(stored) === fingerprint ? 'intact' : 'altered';
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
