import type { SQSClient } from '@aws-sdk/client-sqs';
import { retryDeadLetter } from '../../functions/dead-letter/dead-letter.ts';
import type { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { approximatePending } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { isStep, type Step } from '../../shared/domain/pipeline.ts';
import type { AlertStore, Logger, WorkQueue } from '../../shared/ports.ts';
import type { FailedStep, PipelineView } from './web-stores.ts';

/**
 * The AWS pipeline as operations see it: counts from the ledger's status index, pending work from
 * the step queues' approximate depths, and failed steps from the ledger (a dead-lettered step marks
 * its document `failed` and records a `dead-letter` event naming the step). Next to the SQLite view
 * rather than in shared/adapters: the retry is the dead-letter use case, which shared/ never imports.
 */
export interface AwsPipelineViewDeps {
  ledger: DynamoLedger;
  /** Sends a retried step to its queue (SqsWorkQueue over the step queues). */
  queue: WorkQueue;
  alerts: AlertStore;
  logger: Logger;
  sqs: SQSClient;
  /** The step queues whose depths make the pending count. */
  queueUrls: Partial<Record<Step, string>>;
}

export class AwsPipelineView implements PipelineView {
  constructor(private readonly deps: AwsPipelineViewDeps) {}

  async countByStatus() {
    return this.deps.ledger.countByStatus();
  }

  async pendingJobs() {
    return approximatePending(this.deps.sqs, Object.values(this.deps.queueUrls));
  }

  async failedSteps(): Promise<FailedStep[]> {
    const failed = await this.deps.ledger.listDocuments({ status: ['failed'] });
    const steps = await Promise.all(
      failed.map(async (doc): Promise<FailedStep | undefined> => {
        const events = await this.deps.ledger.listEvents(doc.id);
        const dead = events.findLast((e) => e.type === 'dead-letter');
        const step = String(dead?.data.step ?? '');
        // Only a pipeline step can be sent again (every dead letter that marks a document failed names one).
        if (!dead || !isStep(step)) return undefined;
        return {
          id: `${step}:${doc.id}`,
          step,
          documentId: doc.id,
          attempts: Number(dead.data.attempts) || 0,
          lastError: typeof dead.data.error === 'string' ? dead.data.error : null,
        };
      }),
    );
    return steps.filter((s) => s !== undefined);
  }

  async retry(failed: FailedStep, by: string) {
    // The document leaves `failed` and the step is sent again; the message its DLQ still holds is
    // harmless: `postkamer aws redrive` recognises a document that has recovered.
    await retryDeadLetter(this.deps, { step: failed.step, documentId: failed.documentId, by });
  }
}
