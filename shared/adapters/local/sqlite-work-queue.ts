import type { Step } from '../../domain/pipeline.ts';
import type { Clock, WorkQueue } from '../../ports.ts';
import { type Db, statement, writeTransaction } from './sqlite-database.ts';

export interface Job {
  id: number;
  step: Step;
  documentId: string;
  attempts: number;
}

export interface QueueOptions {
  /** How long a worker owns a job before another may take it over (a crash). */
  leaseMs?: number;
  /** Attempts before a job is dead-lettered. */
  maxAttempts?: number;
  /** First retry delay; doubles with every attempt (plus jitter). */
  backoffMs?: number;
}

export type JobStatus = 'queued' | 'leased' | 'done' | 'dead';

export interface DeadLetter extends Job {
  lastError: string | null;
}

/**
 * A durable work queue in SQLite: at most one job per (step, document); a worker leases a job, and
 * a lease that runs out (the worker died) makes the job available again. Failures retry with
 * exponential backoff; after `maxAttempts` the job is dead-lettered.
 */
export class SqliteWorkQueue implements WorkQueue {
  readonly leaseMs: number;
  readonly maxAttempts: number;
  private readonly backoffMs: number;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    options: QueueOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 5 * 60_000;
    this.maxAttempts = options.maxAttempts ?? 5;
    this.backoffMs = options.backoffMs ?? 2_000;
    db.exec(`
      CREATE TABLE IF NOT EXISTS jobs (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        step TEXT NOT NULL,
        document_id TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        available_at INTEGER NOT NULL,
        lease_until INTEGER,
        rerun INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        UNIQUE (step, document_id)
      );
      CREATE INDEX IF NOT EXISTS jobs_ready ON jobs (status, available_at);
    `);
  }

  /** Enqueues; a job that already ran is queued again, one that is running is re-run once after it ends. */
  async send(step: Step, documentId: string) {
    const now = this.clock.now().getTime();
    statement(
      this.db,
      `INSERT INTO jobs (step, document_id, status, available_at) VALUES (?, ?, 'queued', ?)
         ON CONFLICT (step, document_id) DO UPDATE SET
           status = CASE WHEN jobs.status IN ('done', 'dead') THEN 'queued' ELSE jobs.status END,
           attempts = CASE WHEN jobs.status IN ('done', 'dead') THEN 0 ELSE jobs.attempts END,
           available_at = CASE WHEN jobs.status IN ('done', 'dead') THEN excluded.available_at ELSE jobs.available_at END,
           rerun = CASE WHEN jobs.status = 'leased' THEN 1 ELSE jobs.rerun END`,
    ).run(step, documentId, now);
  }

  /** Takes the next ready job (or one whose lease ran out) for this worker. */
  lease(steps?: readonly Step[]): Job | undefined {
    const now = this.clock.now().getTime();
    return writeTransaction(this.db, () => {
      const stepFilter = steps?.length ? `AND step IN (${steps.map(() => '?').join(',')})` : '';
      const row = statement(
        this.db,
        `SELECT id, step, document_id, attempts FROM jobs
           WHERE ((status = 'queued' AND available_at <= ?) OR (status = 'leased' AND lease_until < ? AND attempts < ?)) ${stepFilter}
           ORDER BY available_at, id LIMIT 1`,
      ).get(now, now, this.maxAttempts, ...(steps ?? [])) as { id: number; step: Step; document_id: string; attempts: number } | undefined;
      if (!row) return undefined;
      statement(this.db, `UPDATE jobs SET status = 'leased', attempts = attempts + 1, lease_until = ?, rerun = 0 WHERE id = ?`).run(
        now + this.leaseMs,
        row.id,
      );
      return { id: row.id, step: row.step, documentId: row.document_id, attempts: row.attempts + 1 };
    });
  }

  /**
   * Renews the lease of a job this worker still holds (a heartbeat while a long step runs), so only
   * a dead worker's job is taken over. False when the lease was lost (taken over by another worker).
   */
  extendLease(job: Job): boolean {
    const now = this.clock.now().getTime();
    return (
      statement(this.db, `UPDATE jobs SET lease_until = ? WHERE id = ? AND status = 'leased' AND attempts = ?`).run(
        now + this.leaseMs,
        job.id,
        job.attempts,
      ).changes === 1
    );
  }

  /** A document's job for a step, if it was ever sent: its state and the attempts of its current run. */
  findJob(step: Step, documentId: string): { status: JobStatus; attempts: number } | undefined {
    return statement(this.db, 'SELECT status, attempts FROM jobs WHERE step = ? AND document_id = ?').get(step, documentId) as
      | { status: JobStatus; attempts: number }
      | undefined;
  }

  complete(job: Job) {
    statement(
      this.db,
      `UPDATE jobs SET status = CASE WHEN rerun = 1 THEN 'queued' ELSE 'done' END,
           attempts = CASE WHEN rerun = 1 THEN 0 ELSE attempts END, rerun = 0, lease_until = NULL, last_error = NULL
         WHERE id = ?`,
    ).run(job.id);
  }

  /** Records a failure: retried later with backoff, or dead-lettered. Returns what happened. */
  fail(job: Job, error: string, retryable = true): 'retry' | 'dead' {
    const dead = !retryable || job.attempts >= this.maxAttempts;
    const delay = this.backoffMs * 2 ** (job.attempts - 1) * (1 + Math.random() * 0.2);
    statement(this.db, `UPDATE jobs SET status = ?, available_at = ?, lease_until = NULL, last_error = ? WHERE id = ?`).run(
      dead ? 'dead' : 'queued',
      this.clock.now().getTime() + Math.round(delay),
      error.slice(0, 500),
      job.id,
    );
    return dead ? 'dead' : 'retry';
  }

  /** A job whose lease ran out too often (the worker kept dying on it) is dead-lettered, not retried forever. */
  reapPoisoned(): DeadLetter[] {
    const now = this.clock.now().getTime();
    const rows = statement(
      this.db,
      `SELECT id, step, document_id, attempts, last_error FROM jobs WHERE status = 'leased' AND lease_until < ? AND attempts >= ?`,
    ).all(now, this.maxAttempts) as { id: number; step: Step; document_id: string; attempts: number; last_error: string | null }[];
    for (const r of rows) statement(this.db, `UPDATE jobs SET status = 'dead', lease_until = NULL WHERE id = ?`).run(r.id);
    return rows.map((r) => ({
      id: r.id,
      step: r.step,
      documentId: r.document_id,
      attempts: r.attempts,
      lastError: r.last_error ?? 'worker died',
    }));
  }

  deadLetters(): DeadLetter[] {
    const rows = statement(
      this.db,
      `SELECT id, step, document_id, attempts, last_error FROM jobs WHERE status = 'dead' ORDER BY id`,
    ).all() as {
      id: number;
      step: Step;
      document_id: string;
      attempts: number;
      last_error: string | null;
    }[];
    return rows.map((r) => ({ id: r.id, step: r.step, documentId: r.document_id, attempts: r.attempts, lastError: r.last_error }));
  }

  /** Puts a dead-lettered job back in the queue (operations' "retry"). */
  retryDead(id: number) {
    statement(this.db, `UPDATE jobs SET status = 'queued', attempts = 0, available_at = ? WHERE id = ? AND status = 'dead'`).run(
      this.clock.now().getTime(),
      id,
    );
  }

  /** Jobs not yet finished (queued or leased), for draining and progress. */
  pending(): number {
    return (statement(this.db, `SELECT COUNT(*) AS n FROM jobs WHERE status IN ('queued', 'leased')`).get() as { n: number }).n;
  }

  /** When the next queued job becomes available (ms epoch), if any. */
  nextAvailableAt(): number | undefined {
    const row = statement(
      this.db,
      `SELECT MIN(COALESCE(lease_until, available_at)) AS t FROM jobs WHERE status IN ('queued', 'leased')`,
    ).get() as {
      t: number | null;
    };
    return row.t ?? undefined;
  }
}
