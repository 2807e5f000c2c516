import { availableParallelism } from 'node:os';
import { recordDeadLetter } from '../functions/dead-letter/dead-letter.ts';
import type { Job } from '../shared/adapters/local/sqlite-work-queue.ts';
import { errorLabel, UnusableInputError } from '../shared/domain/errors.ts';
import type { Runtime } from './runtime.ts';

/**
 * Runs queued steps with a few concurrent loops (OCR runs in child processes or WASM workers, so
 * one Node process keeps all cores busy). The one place where step errors become retries,
 * dead letters and alerts.
 *
 * By default one loop per core plus one: the OCR engine caps its processes at one per core, so the
 * extra loop prepares the next document's pages (on this process's one JavaScript thread) while
 * every core reads, instead of leaving a core idle between documents.
 */
export class Worker {
  private running = false;
  private loops: Promise<void>[] = [];
  /** Idle loops waiting for work; each entry wakes one. */
  private readonly waiting = new Set<() => void>();

  constructor(
    private readonly rt: Runtime,
    readonly concurrency = rt.config.WORKERS ?? availableParallelism() + 1,
    private readonly pollMs = 500,
  ) {}

  async runJob(job: Job): Promise<void> {
    const { rt } = this;
    const started = performance.now();
    // Heartbeat: a step that outlasts the lease (a long OCR) keeps it; only a dead worker's job is taken over.
    const heartbeat = setInterval(
      () => {
        try {
          rt.queue.extendLease(job);
        } catch (error) {
          rt.logger.warn('lease not renewed', { documentId: job.documentId, step: job.step, error: (error as Error).name });
        }
      },
      Math.max(250, Math.floor(rt.queue.leaseMs / 3)),
    );
    try {
      await rt.runStep(job.step, job.documentId);
      rt.queue.complete(job);
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      const outcome = rt.queue.fail(job, message, !(error instanceof UnusableInputError));
      rt.logger.warn('step failed', {
        documentId: job.documentId,
        step: job.step,
        attempt: job.attempts,
        outcome,
        durationMs: Math.round(performance.now() - started),
        error: (error as Error).name,
      });
      if (outcome === 'dead') await this.deadLetter(job, errorLabel(error));
    } finally {
      clearInterval(heartbeat);
    }
  }

  /** A step that failed for good: the document becomes `failed` (visible) and operations are alerted. */
  private async deadLetter(job: Pick<Job, 'step' | 'documentId' | 'attempts'>, error: string) {
    const { ledger, alerts, clock } = this.rt;
    await recordDeadLetter(
      { ledger, alerter: alerts, clock },
      { step: job.step, documentId: job.documentId, attempts: job.attempts, error },
    );
  }

  /**
   * Processes jobs until none is left (queued, leased or waiting for a retry) and `input`, when
   * given, has settled: files can still be taken in while the first ones are processed.
   */
  async drain(onProgress?: () => void, input?: Promise<unknown>): Promise<void> {
    let inputDone = input === undefined;
    const settled = () => {
      inputDone = true;
      this.wakeAll();
    };
    input?.then(settled, settled);
    const loop = async () => {
      for (;;) {
        const job = this.rt.queue.lease();
        if (job) {
          await this.runJob(job);
          onProgress?.();
          // The step may have queued the next one, or finished the last: idle loops look again.
          this.wakeAll();
          continue;
        }
        await this.reap();
        if (inputDone && this.rt.queue.pending() === 0) return;
        const now = this.rt.clock.now().getTime();
        const next = this.rt.queue.nextAvailableAt() ?? now + this.pollMs;
        await this.idle(Math.min(Math.max(next - now, 20), this.pollMs));
      }
    };
    await Promise.all(Array.from({ length: this.concurrency }, loop));
  }

  /** Keeps processing until `stop()`; `nudge()` wakes idle loops when new work arrives. */
  start() {
    this.running = true;
    const loop = async () => {
      while (this.running) {
        const job = this.rt.queue.lease();
        if (job) {
          await this.runJob(job);
          this.wakeAll();
          continue;
        }
        await this.reap();
        await this.idle(this.pollMs);
      }
    };
    this.loops = Array.from({ length: this.concurrency }, loop);
  }

  /** New work has arrived: every idle loop looks for it. */
  nudge() {
    this.wakeAll();
  }

  async stop() {
    this.running = false;
    this.wakeAll();
    await Promise.all(this.loops);
  }

  /** Waits `ms`, or less when `wakeAll()` is called. */
  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.waiting.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.waiting.add(done);
    });
  }

  private wakeAll() {
    for (const wake of [...this.waiting]) wake();
  }

  private async reap() {
    // Leased for the last time and never finished: the worker died in the step (a crash, an OOM kill).
    for (const dead of this.rt.queue.reapPoisoned()) await this.deadLetter(dead, 'worker.died');
  }
}
