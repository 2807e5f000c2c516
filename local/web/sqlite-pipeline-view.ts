import { retryDeadLetter } from '../../functions/dead-letter/dead-letter.ts';
import type { SqliteLedger } from '../../shared/adapters/local/sqlite-ledger.ts';
import type { SqliteWorkQueue } from '../../shared/adapters/local/sqlite-work-queue.ts';
import type { AlertStore, Logger } from '../../shared/ports.ts';
import type { FailedStep, PipelineView } from './web-stores.ts';

/** The embedded pipeline as operations see it: the ledger's counts and the SQLite queue's jobs. */
export class SqlitePipelineView implements PipelineView {
  constructor(private readonly deps: { ledger: SqliteLedger; queue: SqliteWorkQueue; alerts: AlertStore; logger: Logger }) {}

  async countByStatus() {
    return this.deps.ledger.countByStatus();
  }

  async pendingJobs() {
    return this.deps.queue.pending();
  }

  async failedSteps(): Promise<FailedStep[]> {
    return this.deps.queue
      .deadLetters()
      .map((d) => ({ id: String(d.id), step: d.step, documentId: d.documentId, attempts: d.attempts, lastError: d.lastError }));
  }

  async retry(failed: FailedStep, by: string) {
    // Sending the step again turns its dead job back into a queued one (one job per step and document).
    await retryDeadLetter(this.deps, { step: failed.step, documentId: failed.documentId, by });
  }
}
