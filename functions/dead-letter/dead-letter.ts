import { bilingual, deadLetterAlertKey, documentLabel } from '../../shared/domain/alert.ts';
import type { DocumentStatus } from '../../shared/domain/document.ts';
import { IN_PROCESS, isStep, type Step, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import type { Alerter, AlertStore, Clock, Ledger, Logger, WorkQueue } from '../../shared/ports.ts';

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

/** The status a document has while a step can still fail for it (a step's continuation, such as a Textract completion, counts as in process). */
function failsFrom(step: string): readonly DocumentStatus[] {
  if (!isStep(step)) return IN_PROCESS;
  const waiting = WAITING_FOR[step];
  return waiting ? [waiting] : [];
}

/** A step in words, for the reason and the alert. */
const STEP_NAMES: Record<string, { nl: string; en: string }> = {
  extract: { nl: 'tekst lezen', en: 'reading the text' },
  split: { nl: 'splitsen', en: 'splitting' },
  route: { nl: 'herkennen en routeren', en: 'recognising and routing' },
  receipt: { nl: 'ontvangstbewijs', en: 'receipt' },
};
const stepName = (step: string) => STEP_NAMES[step] ?? { nl: step, en: step };

export async function recordDeadLetter(deps: DeadLetterDeps, d: DeadLetter): Promise<void> {
  const step = stepName(d.step);
  await deps.ledger.update(
    d.documentId,
    {
      status: 'failed',
      rejectReason: `step ${d.step} failed after ${d.attempts} attempts`,
      rejectReasonNl: `de stap ${step.nl} is ${d.attempts} keer mislukt; probeer het opnieuw of handel het document met de hand af`,
    },
    { type: 'dead-letter', data: { step: d.step, attempts: d.attempts, error: d.error } },
    // Only a document still waiting for the failed step becomes `failed`; one further along (extracted
    // by a later attempt, routed, rejected) keeps its state and the late failure is only alerted.
    failsFrom(d.step),
  );
  const doc = (await deps.ledger.getDocument(d.documentId)) ?? { receiptNumber: null };
  await deps.alerter.raise({
    kind: 'dead-letter',
    key: deadLetterAlertKey(d.step, d.documentId),
    documentId: d.documentId,
    dueSince: deps.clock.now().toISOString(),
    ...bilingual(
      `Vastgelopen: de stap ${step.nl} is voor ${documentLabel(doc, 'nl')} ${d.attempts} keer mislukt (${d.error}). Probeer het opnieuw vanuit Beheer, of handel het document met de hand af.`,
      `Dead letter: the step ${step.en} failed ${d.attempts} times for ${documentLabel(doc, 'en')} (${d.error}). Retry it from Operations, or handle the document by hand.`,
      { step: d.step, attempts: d.attempts, receiptNumber: doc.receiptNumber },
    ),
  });
}

export interface RetryDeps {
  ledger: Ledger;
  alerts: Pick<AlertStore, 'resolveByKey'>;
  queue: WorkQueue;
  logger: Logger;
}

/**
 * A person retries a dead-lettered step (operations' "retry", a DLQ redrive). A document the dead
 * letter marked `failed` first returns to the status the step waits for, or the step would skip
 * it; then the step is sent again (the queue takes a dead job back) and the dead-letter alert is
 * settled. If the step fails again, a new dead letter is raised.
 */
export async function retryDeadLetter(deps: RetryDeps, input: { step: Step; documentId: string; by: string }): Promise<void> {
  const { step, documentId, by } = input;
  const waiting = WAITING_FOR[step];
  const event = { type: 'retried', actor: by, data: { step } };
  if (waiting) await deps.ledger.update(documentId, { status: waiting, rejectReason: null, rejectReasonNl: null }, event, ['failed']);
  else await deps.ledger.appendEvent(documentId, event);
  await deps.queue.send(step, documentId);
  await deps.alerts.resolveByKey(deadLetterAlertKey(step, documentId), by);
  deps.logger.info('dead letter retried', { documentId, step, by });
}
