import { recordDeadLetter } from '../functions/dead-letter/dead-letter.ts';
import { rejectionAlert } from '../shared/domain/alert.ts';
import type { DocumentRecord } from '../shared/domain/document.ts';
import { IN_PROCESS, STEPS, type Step, stepWaitingIn } from '../shared/domain/pipeline.ts';
import type { Runtime } from './runtime.ts';

/**
 * Start-up recovery. A process that dies between a ledger write and the queue send that follows it
 * leaves a document that no job will ever move: `received` with no extract job, `extracted` with no
 * route job, rejected without its alert, routed without a receipt job. This finds them and sends
 * the missing step again (every step is idempotent, so a document that was not stranded after all
 * is harmless to re-send). A step that was dead-lettered before the document was marked `failed`
 * is marked now.
 */
export interface RecoveryReport {
  resent: Record<Step, number>;
  deadLettered: number;
  alerted: number;
}

const ALL = Number.MAX_SAFE_INTEGER;

export async function recoverStranded(rt: Runtime): Promise<RecoveryReport> {
  const { ledger, queue } = rt;
  const resent = Object.fromEntries(STEPS.map((step) => [step, 0])) as Record<Step, number>;
  const report: RecoveryReport = { resent, deadLettered: 0, alerted: 0 };
  const active = (step: Step, id: string) => {
    const status = queue.findJob(step, id)?.status;
    return status === 'queued' || status === 'leased';
  };
  const resend = async (step: Step, id: string) => {
    await queue.send(step, id);
    report.resent[step]++;
  };

  for (const doc of await ledger.listDocuments({ status: [...IN_PROCESS], limit: ALL })) {
    const step = stepWaitingIn(doc.status);
    if (!step) continue;
    // An extract that is still running (or will be retried) sends the route step itself.
    // A step that is still running (or will be retried) sends the next one itself.
    const previous = STEPS[STEPS.indexOf(step) - 1];
    if (active(step, doc.id) || (previous && active(previous, doc.id))) continue;
    const job = queue.findJob(step, doc.id);
    if (job?.status === 'dead') {
      // Dead-lettered, but the process stopped before the document was marked failed.
      await recordDeadLetter(
        { ledger, alerter: rt.alerts, clock: rt.clock },
        { step, documentId: doc.id, attempts: job.attempts, error: 'queue.dead' },
      );
      report.deadLettered++;
    } else await resend(step, doc.id);
  }

  for (const doc of await ledger.listDocuments({ status: ['routed', 'triage', 'rejected'], limit: ALL })) {
    if (doc.status === 'rejected' && (await alertMissing(rt, doc))) report.alerted++;
    if (doc.receipt !== null || queue.findJob('receipt', doc.id)?.status === 'dead') continue;
    if (STEPS.some((step) => active(step, doc.id))) continue;
    await resend('receipt', doc.id);
  }

  const total = Object.values(resent).reduce((a, b) => a + b, 0) + report.deadLettered + report.alerted;
  if (total > 0)
    rt.logger.warn('recovered stranded documents', { ...report.resent, deadLettered: report.deadLettered, alerted: report.alerted });
  return report;
}

/** A rejection is always alerted (once: an alert operations already resolved is not raised again). */
async function alertMissing(rt: Runtime, doc: DocumentRecord): Promise<boolean> {
  const alert = rejectionAlert(doc);
  if (await rt.alerts.findByKey(alert.key)) return false;
  await rt.alerts.raise(alert);
  return true;
}
