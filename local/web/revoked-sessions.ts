import { createHash } from 'node:crypto';
import { type Db, statement } from '../../shared/adapters/local/sqlite-database.ts';
import type { RevokedSessionIds } from './web-stores.ts';

/**
 * Session ids revoked at sign-out (and at sign-in, the session from before), kept in the runtime's
 * SQLite database until the session would have expired anyway: a cookie from before a sign-out
 * stays worthless after a restart. Only a SHA-256 of the id is stored, so the table holds nothing
 * that could be replayed as a cookie.
 */
export class RevokedSessions implements RevokedSessionIds {
  private revokes = 0;

  constructor(
    private readonly db: Db,
    private readonly now: () => number,
  ) {
    db.exec(`
      CREATE TABLE IF NOT EXISTS web_revoked_sessions (
        sid_hash TEXT PRIMARY KEY,
        expires_at INTEGER NOT NULL
      );
      CREATE INDEX IF NOT EXISTS web_revoked_sessions_expiry ON web_revoked_sessions (expires_at);
    `);
  }

  async revoke(sid: string, expiresAt: number): Promise<void> {
    statement(this.db, 'INSERT INTO web_revoked_sessions (sid_hash, expires_at) VALUES (?, ?) ON CONFLICT (sid_hash) DO NOTHING').run(
      digest(sid),
      expiresAt,
    );
    // Expired revocations are of no use: a cookie that old is refused for its age.
    if (++this.revokes % 100 === 1) statement(this.db, 'DELETE FROM web_revoked_sessions WHERE expires_at <= ?').run(this.now());
  }

  async isRevoked(sid: string): Promise<boolean> {
    // Until the session's expiry, as on AWS (where TTL removes the item only some time later).
    return (
      statement(this.db, 'SELECT 1 FROM web_revoked_sessions WHERE sid_hash = ? AND expires_at > ?').get(digest(sid), this.now()) !==
      undefined
    );
  }
}

function digest(sid: string) {
  return createHash('sha256').update(sid).digest('base64url');
}
