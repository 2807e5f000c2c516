import type { DocumentRecord } from '../../shared/domain/document.ts';
import { RECEIPTABLE, STEPS, type Step, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import type { AlertStore, Ledger, Logger, WorkQueue } from '../../shared/ports.ts';

/**
 * A person redrives one dead-lettered step message (`postkamer aws redrive`): the document the
 * dead letter marked `failed` goes back to the status the step waits for (audit event `redriven`,
 * naming the step and the operator), the step is sent again, and the document's dead-letter and
 * failed alerts are resolved. The caller removes the dead letter only after this returned with
 * `remove`, so an interrupted run loses nothing and a rerun is harmless:
 *
 * | the document                                  | outcome     | sent again | dead letter |
 * |-----------------------------------------------|-------------|------------|-------------|
 * | `failed` by this step                         | `redriven`  | yes        | removed     |
 * | still waiting for this step (a run that       | `resent`    | yes        | removed     |
 * |   stopped between the reset and the delete)   |             |            |             |
 * | further along, or failed in another step      | `recovered` | no         | removed     |
 * | unknown                                       | `kept`      | no         | kept        |
 *
 * A second message for a step that already ran is harmless: every step does nothing (or only
 * passes the document on) unless the document waits for it, and the receipt is claimed once.
 */
export interface RedriveDeps {
  ledger: Ledger;
  alerts: Pick<AlertStore, 'resolveForDocument'>;
  /** Sends to the step's own (source) queue. */
  queue: WorkQueue;
  logger: Logger;
}

export type RedriveOutcome = 'redriven' | 'resent' | 'recovered' | 'kept';

export interface RedriveResult {
  outcome: RedriveOutcome;
  /** Whether the dead letter may now be deleted. */
  remove: boolean;
  /** Why, in a few words (ids and statuses only). */
  note: string;
}

export async function redriveDeadLetter(deps: RedriveDeps, input: { step: Step; documentId: string; by: string }): Promise<RedriveResult> {
  const { ledger } = deps;
  const { step, documentId, by } = input;
  const doc = await ledger.getDocument(documentId);
  if (!doc) return { outcome: 'kept', remove: false, note: NO_DOCUMENT };

  const decision = await decide(ledger, step, doc);
  if (decision.outcome === 'recovered') {
    if (decision.settle) await settleAlerts(deps, documentId, by);
    deps.logger.info('dead letter not redriven', { documentId, step, status: doc.status, by });
    return { outcome: 'recovered', remove: true, note: decision.note };
  }

  const event = { type: 'redriven', actor: by, data: { step, from: doc.status } };
  const waiting = WAITING_FOR[step];
  let outcome: RedriveOutcome = 'resent';
  if (decision.outcome === 'redriven' && waiting) {
    // Checked at the write: a document a person recovered meanwhile keeps its state.
    const reset = await ledger.update(documentId, { status: waiting, rejectReason: null, rejectReasonNl: null }, event, ['failed']);
    if (!reset) return redriveDeadLetter(deps, input);
    outcome = 'redriven';
  } else {
    // The receipt follows every status (nothing to reset), and a resend after an interrupted run
    // still leaves its trace.
    await ledger.appendEvent(documentId, event);
  }
  await deps.queue.send(step, documentId);
  await settleAlerts(deps, documentId, by);
  deps.logger.info('dead letter redriven', { documentId, step, outcome, by });
  return { outcome, remove: true, note: decision.note };
}

const NO_DOCUMENT = 'no such document in the ledger';

/** What a redrive would do (a dry run), from the same decision, with nothing written or sent. */
export async function planRedrive(
  ledger: Pick<Ledger, 'getDocument' | 'listEvents'>,
  input: { step: Step; documentId: string },
): Promise<RedriveResult> {
  const doc = await ledger.getDocument(input.documentId);
  if (!doc) return { outcome: 'kept', remove: false, note: NO_DOCUMENT };
  const { outcome, note } = await decide(ledger, input.step, doc);
  return { outcome, remove: true, note };
}

interface Decision {
  outcome: RedriveOutcome;
  note: string;
  /** Whether this step's failure is over (its alerts may be resolved): not when the document failed elsewhere. */
  settle: boolean;
}

async function decide(ledger: Pick<Ledger, 'listEvents'>, step: Step, doc: DocumentRecord): Promise<Decision> {
  const waiting = WAITING_FOR[step];
  if (!waiting) {
    if (doc.receipt?.sentAt) return { outcome: 'recovered', note: 'receipt already sent', settle: true };
    if (!RECEIPTABLE.includes(doc.status))
      return { outcome: 'recovered', note: `document is ${doc.status}: its receipt follows`, settle: doc.status !== 'failed' };
    return { outcome: 'resent', note: `receipt not sent yet (document ${doc.status})`, settle: true };
  }
  if (doc.status === waiting) return { outcome: 'resent', note: `document still ${waiting}`, settle: true };
  if (doc.status !== 'failed') return { outcome: 'recovered', note: `document is ${doc.status} already`, settle: true };
  const failedIn = await lastDeadLetterStep(ledger, doc.id);
  // Failed with no dead-letter event of another step: this step's (an older record, or the event was not written).
  if (failedIn && failedIn !== step)
    return { outcome: 'recovered', note: `document failed in step ${failedIn}: redrive that queue`, settle: false };
  return { outcome: 'redriven', note: `failed → ${waiting}`, settle: true };
}

async function lastDeadLetterStep(ledger: Pick<Ledger, 'listEvents'>, documentId: string): Promise<Step | undefined> {
  const events = await ledger.listEvents(documentId);
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e?.type !== 'dead-letter') continue;
    const step = e.data.step;
    return STEPS.find((s) => s === step);
  }
  return undefined;
}

/** The dead-letter alert and the sweep's failed alert are about the same failure: both are settled. */
async function settleAlerts(deps: RedriveDeps, documentId: string, by: string) {
  await deps.alerts.resolveForDocument(documentId, by, ['dead-letter', 'failed']);
}
