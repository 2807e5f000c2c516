import { type Db, statement, writeTransaction } from '../../shared/adapters/local/sqlite-database.ts';

/** At most `max` events in any `windowMs`. */
export interface Limit {
  max: number;
  windowMs: number;
}

/**
 * Sliding-window rate limits, kept in the runtime's SQLite database so a restart forgets nothing:
 * one row per counted event (a failed sign-in, a receipt check, an upload) under a scope and a key
 * (a client address, a username and address), dropped once it has left its window. Only events that
 * were allowed are counted, so a key never holds more than `max` rows.
 */
export class RateLimiter {
  private records = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS web_rate_events (
        scope TEXT NOT NULL,
        key TEXT NOT NULL,
        at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS web_rate_events_key ON web_rate_events (scope, key, at);
      CREATE INDEX IF NOT EXISTS web_rate_events_expiry ON web_rate_events (expires_at);
    `);
  }

  /** Milliseconds until one more event is allowed; 0 when it is allowed now. */
  wait(scope: string, key: string, limit: Limit): number {
    const now = this.now();
    // The max-th most recent event in the window: once it leaves the window there is room again.
    const row = statement(
      this.db,
      'SELECT at FROM web_rate_events WHERE scope = ? AND key = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?',
    ).get(scope, key, now - limit.windowMs, limit.max - 1) as { at: number } | undefined;
    return row ? Math.max(1, row.at + limit.windowMs - now) : 0;
  }

  /** Counts one event. */
  record(scope: string, key: string, limit: Limit) {
    const now = this.now();
    statement(this.db, 'INSERT INTO web_rate_events (scope, key, at, expires_at) VALUES (?, ?, ?, ?)').run(
      scope,
      key,
      now,
      now + limit.windowMs,
    );
    if (++this.records % 500 === 1) statement(this.db, 'DELETE FROM web_rate_events WHERE expires_at <= ?').run(now);
  }

  /** Counts one event when the limit allows it; returns the wait as `wait` does (0: counted). */
  take(scope: string, key: string, limit: Limit): number {
    return writeTransaction(this.db, () => {
      const wait = this.wait(scope, key, limit);
      if (wait === 0) this.record(scope, key, limit);
      return wait;
    });
  }

  /** Forgets a key's events (a successful sign-in clears that user's failures). */
  clear(scope: string, key: string) {
    statement(this.db, 'DELETE FROM web_rate_events WHERE scope = ? AND key = ?').run(scope, key);
  }
}
