import { type DocumentRecord, type DocumentStatus, pageImageKey, pagesKey } from '../../shared/domain/document.ts';
import { localDate } from '../../shared/domain/local-date.ts';
import { erasedMessage, mailErasureDue } from '../../shared/domain/mail-intake.ts';
import {
  DONE_STATUSES,
  type KeptBecause,
  type RetentionDecision,
  redactedRecord,
  retentionDecision,
} from '../../shared/domain/retention.ts';
import { type RetentionSettings, retentionSettings } from '../../shared/domain/retention-period.ts';
import type { Clock, CorrectionEraser, DirectorySource, DocumentCopies, Ledger, Logger, MailLog, ObjectStore } from '../../shared/ports.ts';

/**
 * Retention: every document whose case is done and whose retention period (the directory's
 * `retention` section over the defaults) ran out is deleted. Deleted means: its page text, page
 * images, receipt copies and triage corrections are removed, its original too unless another
 * document still kept has the same bytes (a file's parts, a duplicate), and its record is
 * redacted and marked `deleted` with the date and the rule. Its audit history is not touched: a
 * `deleted` event is appended to the chain, so `audit verify` still passes and the receipt number
 * still says when it was received and that it was deleted.
 *
 * Safe to repeat and to interrupt: objects go first, the record last (only if it did not change
 * meanwhile); a run that stopped in between finds the document due again and finishes it.
 */
export interface RetentionDeps {
  ledger: Ledger;
  objects: ObjectStore;
  directory: DirectorySource;
  clock: Clock;
  logger: Logger;
  copies?: DocumentCopies;
  corrections?: CorrectionEraser;
  /** Post by e-mail: a message is erased with the last of its documents. */
  mailLog?: MailLog;
}

export interface RetentionOptions {
  /** Decide and report, delete nothing. */
  dryRun?: boolean;
  /** Called after each document looked at (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

export interface DeletedDocument {
  documentId: string;
  previousStatus: DocumentStatus;
  rule: string;
  after: string;
  dueOn: string;
  /** False when another kept document has the same original bytes (it goes with the last of them). */
  originalDeleted: boolean;
}

export interface RetentionReport {
  at: string;
  dryRun: boolean;
  /** Documents looked at (done ones; open ones are not even listed). */
  checked: number;
  deleted: DeletedDocument[];
  kept: Partial<Record<KeptBecause, number>>;
  /** Deletions that failed (tried again on the next run): ids and error names only. */
  failed: { documentId: string; error: string }[];
  correctionsRemoved: number;
  /** E-mail messages erased (or, in a dry run, due): the stored message removed, the record without address or file names. */
  mailErased: number;
}

const DAY_MS = 86_400_000;

export async function runRetention(deps: RetentionDeps, options: RetentionOptions = {}): Promise<RetentionReport> {
  const directory = await deps.directory.load();
  const settings = retentionSettings(directory.retention);
  const timeZone = directory.organisation.timezone;
  const now = deps.clock.now();
  const report: RetentionReport = {
    at: now.toISOString(),
    dryRun: options.dryRun === true,
    checked: 0,
    deleted: [],
    kept: {},
    failed: [],
    correctionsRemoved: 0,
    mailErased: 0,
  };
  // Parts before their file, first documents before their duplicates: one run takes a whole file.
  const candidates = await listCandidates(deps.ledger, settings, now);
  const gone = new Set<string>(); // deleted in this run (or, in a dry run, would be)
  const current = async (id: string) => {
    const doc = await deps.ledger.getDocument(id);
    return doc && gone.has(doc.id) ? { ...doc, status: 'deleted' as const } : doc;
  };
  for (const doc of candidates) {
    const decision = retentionDecision(doc, {
      now,
      timeZone,
      settings,
      first: doc.status === 'duplicate' && doc.duplicateOf ? await current(doc.duplicateOf) : undefined,
      parts:
        doc.status === 'split'
          ? (await Promise.all((doc.childIds ?? []).map(current))).filter((p): p is DocumentRecord => p !== undefined)
          : undefined,
    });
    report.checked++;
    if (!decision.due) report.kept[decision.because] = (report.kept[decision.because] ?? 0) + 1;
    else
      try {
        const done = options.dryRun ? outcome(doc, decision, false) : await deleteDocument(deps, doc, decision);
        if (done) {
          gone.add(doc.id);
          report.deleted.push(done);
        }
      } catch (error) {
        deps.logger.error('retention: deleting a document failed', { documentId: doc.id, error: (error as Error).name });
        report.failed.push({ documentId: doc.id, error: (error as Error).name });
      }
    options.onProgress?.(report.checked, candidates.length);
  }
  if (!options.dryRun && gone.size && deps.corrections) report.correctionsRemoved = await deps.corrections.forget(gone);
  if (deps.mailLog)
    report.mailErased = await eraseMail(deps, deps.mailLog, settings.rejected, now, timeZone, gone, options.dryRun === true);
  deps.logger.info('retention run', {
    dryRun: report.dryRun,
    checked: report.checked,
    deleted: report.deleted.length,
    mailErased: report.mailErased,
    failed: report.failed.length,
  });
  return report;
}

/**
 * The documents whose case is done, in the order they are decided: others, then duplicates, then
 * split files. A status with its own period is listed only as far back as its shortest period can
 * reach (a bound, not the decision: a month is taken as 28 days, a year as 365).
 */
async function listCandidates(ledger: Ledger, settings: RetentionSettings, now: Date): Promise<DocumentRecord[]> {
  const shortestDays = (classes: (keyof RetentionSettings)[]) => {
    const days = classes.flatMap((c) => {
      const p = settings[c];
      return p === 'forever' ? [] : [p.amount * (p.unit === 'y' ? 365 : p.unit === 'm' ? 28 : 1)];
    });
    return days.length ? Math.min(...days) : undefined;
  };
  const before = (days: number | undefined) =>
    days === undefined ? undefined : new Date(now.getTime() - Math.max(0, days - 1) * DAY_MS).toISOString();
  const typed = shortestDays(Object.keys(settings).filter((c) => c !== 'rejected') as (keyof RetentionSettings)[]);
  const all = Number.MAX_SAFE_INTEGER;
  const list = async (status: DocumentStatus, days: number | undefined | null) => {
    // null: no bound (the status follows other documents); undefined: kept forever, none listed.
    if (days === undefined) return [];
    return ledger.listDocuments({ status: [status], ...(days === null ? {} : { updatedBefore: before(days) }), limit: all });
  };
  const byStatus = await Promise.all(
    DONE_STATUSES.map((status) =>
      list(status, status === 'rejected' ? shortestDays(['rejected']) : status === 'duplicate' || status === 'split' ? null : typed),
    ),
  );
  const order = (s: DocumentStatus) => (s === 'split' ? 2 : s === 'duplicate' ? 1 : 0);
  return byStatus.flat().sort((a, b) => order(a.status) - order(b.status));
}

/** What became (or, in a dry run, would become) of a document due for deletion. */
function outcome(doc: DocumentRecord, decision: Extract<RetentionDecision, { due: true }>, originalDeleted: boolean): DeletedDocument {
  return {
    documentId: doc.id,
    previousStatus: doc.status,
    rule: decision.rule,
    after: decision.after,
    dueOn: decision.dueOn,
    originalDeleted,
  };
}

/**
 * Deletes one due document (see the module comment). Returns undefined when the document changed
 * since it was decided on (then nothing is deleted; the next run decides again).
 */
export async function deleteDocument(
  deps: RetentionDeps,
  decided: DocumentRecord,
  decision: Extract<RetentionDecision, { due: true }>,
): Promise<DeletedDocument | undefined> {
  const { ledger, objects } = deps;
  const unchanged = (d: DocumentRecord | undefined) => d?.status === decided.status && d.updatedAt === decided.updatedAt;
  const doc = await ledger.getDocument(decided.id);
  if (!doc || !unchanged(doc)) return undefined;

  const pages = Math.max(1, doc.pageCount ?? 0, doc.pages?.length ?? 0);
  for (const key of [pagesKey(doc.id), ...Array.from({ length: pages }, (_, i) => pageImageKey(doc.id, i + 1))]) await objects.delete(key);
  let originalDeleted = false;
  let sharedWith = 0;
  if (doc.objectKey) {
    // Content-addressed: a file's parts and its duplicates have the same original.
    const sharing = await ledger.listDocuments({ fingerprint: doc.fingerprint, limit: Number.MAX_SAFE_INTEGER });
    sharedWith = sharing.filter((d) => d.id !== doc.id && d.status !== 'deleted' && d.objectKey === doc.objectKey).length;
    if (sharedWith === 0) {
      await objects.delete(doc.objectKey);
      originalDeleted = true;
    }
  }
  const copies = (await deps.copies?.deleteFor(doc.id)) ?? 0;

  const deletion = {
    at: deps.clock.now().toISOString(),
    rule: decision.rule,
    after: decision.after,
    doneAt: decision.doneAt,
    previousStatus: doc.status,
  };
  const updated = await ledger.update(
    doc.id,
    redactedRecord(doc, deletion),
    {
      type: 'deleted',
      actor: 'retention',
      // Ids, dates and counts only: the event stays for good.
      data: { ...deletion, dueOn: decision.dueOn, originalDeleted, originalSharedWith: sharedWith, copies },
    },
    unchanged,
  );
  if (!updated) return undefined;
  deps.logger.info('document deleted after retention', { documentId: doc.id, rule: decision.rule, originalDeleted });
  return outcome(doc, decision, originalDeleted);
}

/** The e-mail messages whose documents are all deleted (or, without documents, whose `rejected` period ran out): erased. */
async function eraseMail(
  deps: RetentionDeps,
  mailLog: MailLog,
  rejectedPeriod: RetentionSettings['rejected'],
  now: Date,
  timeZone: string,
  gone: ReadonlySet<string>,
  dryRun: boolean,
): Promise<number> {
  const today = localDate(now, timeZone);
  let erased = 0;
  for (const message of await mailLog.listKept(Number.MAX_SAFE_INTEGER)) {
    const deleted = await Promise.all(
      message.documentIds.map(async (id) => gone.has(id) || (await deps.ledger.getDocument(id))?.status === 'deleted'),
    );
    if (!mailErasureDue(message, deleted, rejectedPeriod, today, localDate(new Date(message.receivedAt), timeZone))) continue;
    erased++;
    if (dryRun) continue;
    try {
      // Content-addressed: the same bytes taken in as a file (a saved .eml dropped in the inbox) share it.
      const sharing = await deps.ledger.listDocuments({ fingerprint: message.fingerprint, limit: Number.MAX_SAFE_INTEGER });
      const shared = sharing.some((d) => d.status !== 'deleted' && !gone.has(d.id) && d.objectKey === message.objectKey);
      if (message.objectKey && !shared) await deps.objects.delete(message.objectKey);
      await mailLog.update(message.id, erasedMessage(message, now.toISOString()));
      deps.logger.info('mail message erased after retention', { mailMessageId: message.id });
    } catch (error) {
      erased--;
      deps.logger.error('retention: erasing a mail message failed', { mailMessageId: message.id, error: (error as Error).name });
    }
  }
  return erased;
}
