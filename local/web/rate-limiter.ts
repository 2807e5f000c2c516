import { type Db, statement, writeTransaction } from '../../shared/adapters/local/sqlite-database.ts';

import type { Limit, RateLimits } from './web-stores.ts';

export type { Limit };

/**
 * Sliding-window rate limits, kept in the runtime's SQLite database so a restart forgets nothing:
 * one row per counted event (a failed sign-in, a receipt check, an upload) under a scope and a key
 * (a client address, a username and address), dropped once it has left its window. Only events that
 * were allowed are counted, so a key never holds more than `max` rows.
 */
export class RateLimiter implements RateLimits {
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

  async wait(scope: string, key: string, limit: Limit): Promise<number> {
    return this.waitNow(scope, key, limit);
  }

  private waitNow(scope: string, key: string, limit: Limit): number {
    const now = this.now();
    // The max-th most recent event in the window: once it leaves the window there is room again.
    const row = statement(
      this.db,
      'SELECT at FROM web_rate_events WHERE scope = ? AND key = ? AND at > ? ORDER BY at DESC LIMIT 1 OFFSET ?',
    ).get(scope, key, now - limit.windowMs, limit.max - 1) as { at: number } | undefined;
    return row ? Math.max(1, row.at + limit.windowMs - now) : 0;
  }

  async record(scope: string, key: string, limit: Limit): Promise<void> {
    this.recordNow(scope, key, limit);
  }

  private recordNow(scope: string, key: string, limit: Limit) {
    const now = this.now();
    statement(this.db, 'INSERT INTO web_rate_events (scope, key, at, expires_at) VALUES (?, ?, ?, ?)').run(
      scope,
      key,
      now,
      now + limit.windowMs,
    );
    if (++this.records % 500 === 1) statement(this.db, 'DELETE FROM web_rate_events WHERE expires_at <= ?').run(now);
  }

  async take(scope: string, key: string, limit: Limit): Promise<number> {
    return writeTransaction(this.db, () => {
      const wait = this.waitNow(scope, key, limit);
      if (wait === 0) this.recordNow(scope, key, limit);
      return wait;
    });
  }

  async clear(scope: string, key: string): Promise<void> {
    statement(this.db, 'DELETE FROM web_rate_events WHERE scope = ? AND key = ?').run(scope, key);
  }
}
