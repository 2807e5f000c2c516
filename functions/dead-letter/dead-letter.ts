import type { Alerter, Clock, Ledger } from '../../shared/ports.ts';

/**
 * A step that failed for good (its retries used up, or input that can never be read): the
 * document becomes `failed`, so it is visible and swept, and operations are alerted. Shared by
 * the embedded worker and the AWS step boundary, so a dead letter looks the same in both.
 */
export interface DeadLetterDeps {
  ledger: Ledger;
  alerter: Alerter;
  clock: Clock;
}

export interface DeadLetter {
  step: string;
  documentId: string;
  attempts: number;
  /** What failed, as an error name or code: never a message, which could quote the document. */
  error: string;
}

export async function recordDeadLetter(deps: DeadLetterDeps, d: DeadLetter): Promise<void> {
  await deps.ledger.update(
    d.documentId,
    { status: 'failed', rejectReason: `step ${d.step} failed after ${d.attempts} attempts` },
    { type: 'dead-letter', data: { step: d.step, attempts: d.attempts, error: d.error } },
    // A document further along (routed, rejected) keeps its state: the late failure is only alerted.
    ['received', 'extracted'],
  );
  await deps.alerter.raise({
    kind: 'dead-letter',
    key: `dead-letter:${d.step}:${d.documentId}`,
    documentId: d.documentId,
    message: `step ${d.step} of document ${d.documentId} dead-lettered after ${d.attempts} attempts (${d.error})`,
    dueSince: deps.clock.now().toISOString(),
    data: { step: d.step, attempts: d.attempts },
  });
}
