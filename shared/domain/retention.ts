import type { DocumentRecord, DocumentStatus } from './document.ts';
import { localDate } from './local-date.ts';
import { addPeriod, formatPeriod, type RetentionClass, type RetentionSettings } from './retention-period.ts';

/**
 * Retention: how long a document is kept after its case is done, per document type, and when it
 * is due for deletion. Pure: the clock, the settings and the related records come in as values.
 *
 * The clock starts when the document's case is done, which is the moment its status last changed
 * (`updatedAt`) into a final status: closed by a consultant, rejected, a duplicate, or a part
 * replaced by a corrected split. A document someone still has to act on (in process, in triage,
 * failed, routed, acknowledged) is never due, however old it is.
 */

/** Statuses in which a document's case is done: the retention clock runs from when it got there. */
export const DONE_STATUSES: readonly DocumentStatus[] = ['closed', 'rejected', 'duplicate', 'superseded', 'split'];

export type KeptBecause =
  /** Someone still has to act on it, or the machine is still processing it. */
  | 'open'
  | 'not-yet'
  | 'kept-forever'
  /** A duplicate is kept as long as the document it repeats. */
  | 'first-kept'
  /** A split file is kept as long as any of its parts. */
  | 'parts-kept'
  | 'already-deleted';

export type RetentionDecision =
  | { due: true; rule: RetentionClass | 'follows-first' | 'follows-parts'; after: string; doneAt: string; dueOn: string }
  | { due: false; because: KeptBecause; dueOn?: string };

export interface RetentionContext {
  now: Date;
  /** The organisation's timezone: periods count in calendar days there. */
  timeZone: string;
  settings: RetentionSettings;
  /** A duplicate's first document (absent when it is gone). */
  first?: DocumentRecord | undefined;
  /** A split file's parts (the records its `childIds` name that still exist). */
  parts?: readonly DocumentRecord[];
}

/** Whether a document is due for deletion now, and by which rule; or why it is kept. */
export function retentionDecision(doc: DocumentRecord, ctx: RetentionContext): RetentionDecision {
  if (doc.status === 'deleted') return { due: false, because: 'already-deleted' };
  if (!DONE_STATUSES.includes(doc.status)) return { due: false, because: 'open' };
  const today = localDate(ctx.now, ctx.timeZone);
  if (doc.status === 'duplicate') {
    // The same bytes as its first document: the record goes with the first one, not before.
    if (ctx.first && ctx.first.status !== 'deleted') return { due: false, because: 'first-kept' };
    return { due: true, rule: 'follows-first', after: '0d', doneAt: doc.updatedAt, dueOn: today };
  }
  if (doc.status === 'split') {
    // The file holds its parts' pages: it goes when the last of them went.
    if ((ctx.parts ?? []).some((p) => p.status !== 'deleted')) return { due: false, because: 'parts-kept' };
    return { due: true, rule: 'follows-parts', after: '0d', doneAt: doc.updatedAt, dueOn: today };
  }
  const rule: RetentionClass = doc.status === 'rejected' ? 'rejected' : (doc.documentType ?? 'unclassified');
  const period = ctx.settings[rule];
  if (period === 'forever') return { due: false, because: 'kept-forever' };
  const dueOn = addPeriod(localDate(new Date(doc.updatedAt), ctx.timeZone), period);
  if (today < dueOn) return { due: false, because: 'not-yet', dueOn };
  return { due: true, rule, after: formatPeriod(period), doneAt: doc.updatedAt, dueOn };
}

/**
 * What a deleted document's record keeps: when it was received, how, its receipt number and
 * fingerprint (so a receipt stays verifiable), its type and route (ids only). File name, the
 * e-mail address given at the desk, client numbers and every reason text (which can name
 * people) are removed; the original, the text and the images are gone (`objectKey` empty).
 */
export function redactedRecord(
  doc: DocumentRecord,
  deletion: NonNullable<DocumentRecord['deletion']>,
): Partial<Omit<DocumentRecord, 'id' | 'updatedAt'>> {
  return {
    status: 'deleted',
    deletion,
    objectKey: '',
    filename: '',
    receiptEmail: null,
    deskClientNumber: null,
    clientNumber: null,
    route: doc.route ? { ...doc.route, clientNumber: null, reasons: [] } : null,
    splitReasons: undefined,
    splitProposal: undefined,
    dataProtectionRequest: undefined,
  };
}
