import type { DocumentStatus } from './document.ts';

/**
 * The pipeline, named once. A document is taken in (intake, called directly with the bytes), then
 * each queued step runs in this order, each one sending the document on to the next:
 *
 *   intake → extract → split → route → receipt
 *
 * Both runtimes dispatch queued steps from this list (the embedded worker's step table, the
 * Lambdas' step queues), and the use cases ask `nextStep` instead of naming their successor.
 */
export const STEPS = ['extract', 'split', 'route', 'receipt'] as const;

/** A queued step: what the work queue carries (with a document id). */
export type Step = (typeof STEPS)[number];

/** The first queued step after intake. */
export const FIRST_STEP: Step = STEPS[0];

/** A rejected document (bad input) skips to its receipt, so the submitter still hears of it. */
export const AFTER_REJECTION: Step = 'receipt';

/** The step that follows `step` (the last step has none: asking for it is a programming error). */
export function nextStep(step: Step): Step {
  const next = STEPS[STEPS.indexOf(step) + 1];
  if (!next) throw new Error(`step ${step} is the last step of the pipeline`);
  return next;
}

/**
 * The status a document has while it waits for each step: a step runs only on a document in that
 * status (anything else is done or further along), and a dead-lettered step that is retried puts
 * the document back in it. The receipt step has no single status: it follows every outcome.
 */
export const WAITING_FOR = {
  extract: 'received',
  split: 'extracted',
  route: 'separated',
  receipt: null,
} as const satisfies Record<Step, DocumentStatus | null>;

/** The step a document in this status waits for, if any. */
export function stepWaitingIn(status: DocumentStatus): Step | undefined {
  return STEPS.find((step) => WAITING_FOR[step] === status);
}

/** Statuses of a document still in the machine's hands: waiting for, or in, a processing step. */
export const IN_PROCESS: readonly DocumentStatus[] = STEPS.flatMap((step): DocumentStatus[] => {
  const waiting: DocumentStatus | null = WAITING_FOR[step];
  return waiting ? [waiting] : [];
});

/** Statuses in which the receipt step has something to tell the submitter. */
export const RECEIPTABLE: readonly DocumentStatus[] = ['routed', 'triage', 'acknowledged', 'closed', 'rejected'];

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}
