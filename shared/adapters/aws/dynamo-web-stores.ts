import { createHash } from 'node:crypto';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { TransientError } from '../../domain/errors.ts';
import type { Limit, RateLimits, RevokedSessionIds } from '../../web-stores.ts';
import { isConditionFailed, WEB_TABLE_KEYS } from './dynamo-table.ts';

export { DynamoUploadLog } from './dynamo-upload-log.ts';

/**
 * The web app's own state on AWS, in the web state table (not the ledger: the web Lambda may delete
 * here, and nothing here is a record of the municipality). Same answers as the SQLite stores of the
 * embedded runtime (local/web), for any number of Lambda containers at once.
 *
 * | item              | pk                                      | sk                      | TTL (`expiresAt`)            |
 * |-------------------|-----------------------------------------|-------------------------|------------------------------|
 * | rate limit        | RATE#<scope>#<sha256 of key>            | RATE                    | last event + window          |
 * | revoked session   | SESSION#<sha256 of sid>                 | REVOKED                 | the session's own expiry     |
 * | upload batch      | UPLOAD#<batchId>                        | BATCH                   |                              |
 * | upload            | UPLOAD#<batchId>                        | SEQ#<seq, 10 digits>    |                              |
 * | upload, by document | UPLOADDOC#<documentId>                | <batchId>#<seq>         |                              |
 * | batch summary     | BATCHES#<channel> and BATCHES#<channel>#BY#<sha256 of user> | <startedAt>#<batchId> |       |
 *
 * Keys show up where item contents do not (metrics, logs, error messages): a client address, a
 * username or a session id is kept in a key only as its SHA-256. TTL deletion is lazy (up to days),
 * so every read also checks the time itself.
 */

export interface DynamoWebStoreOptions {
  /** Optimistic retries of a write that met a concurrent writer. @default 20 */
  maxUpdateAttempts?: number;
}

interface RateItem {
  pk: string;
  sk: 'RATE';
  entity: 'rate-limit';
  /** The counted events (epoch ms, ascending) still in the window, at most `max` of them. */
  events: number[];
  version: number;
  expiresAt: number;
}

const RATE = (scope: string, key: string) => `RATE#${scope}#${sha256(key)}`;

/**
 * Sliding-window rate limits: one item per scope and key holding the times of its counted events.
 * A write reads the item and puts it back on the condition that its version is unchanged, so two
 * containers counting at once never both take the last place: the loser reads again and finds the
 * limit reached. Only the `max` most recent events matter to the answer, so no more are kept.
 */
export class DynamoRateLimits implements RateLimits {
  private readonly maxUpdateAttempts: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => number,
    options: DynamoWebStoreOptions = {},
  ) {
    this.maxUpdateAttempts = options.maxUpdateAttempts ?? 20;
  }

  async wait(scope: string, key: string, limit: Limit): Promise<number> {
    return waitFor((await this.read(scope, key))?.events ?? [], limit, this.now());
  }

  async record(scope: string, key: string, limit: Limit): Promise<void> {
    await this.count(scope, key, limit, false);
  }

  async take(scope: string, key: string, limit: Limit): Promise<number> {
    return this.count(scope, key, limit, true);
  }

  async clear(scope: string, key: string): Promise<void> {
    await this.db.send(new DeleteCommand({ TableName: this.table, Key: { pk: RATE(scope, key), sk: 'RATE' } }));
  }

  /** Counts one event (only when the limit allows it, with `onlyIfAllowed`); returns the wait, 0 when counted. */
  private async count(scope: string, key: string, limit: Limit, onlyIfAllowed: boolean): Promise<number> {
    for (let attempt = 1; attempt <= this.maxUpdateAttempts; attempt++) {
      const now = this.now();
      const current = await this.read(scope, key);
      const wait = onlyIfAllowed ? waitFor(current?.events ?? [], limit, now) : 0;
      if (wait > 0) return wait;
      // Containers' clocks differ a little: keep the times sorted whatever order they arrive in.
      const events = [...inWindow(current?.events ?? [], limit, now), now].sort((a, b) => a - b).slice(-Math.max(1, limit.max));
      const item: RateItem = {
        pk: RATE(scope, key),
        sk: 'RATE',
        entity: 'rate-limit',
        events,
        version: (current?.version ?? 0) + 1,
        // Once the newest event has left the window the item answers nothing any more.
        [WEB_TABLE_KEYS.timeToLiveAttribute]: ttl((events.at(-1) ?? now) + limit.windowMs),
      };
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: item,
            ...(current
              ? { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': current.version } }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
        return 0;
      } catch (error) {
        if (!isConditionFailed(error)) throw error; // another container counted (or cleared) meanwhile: read again
      }
    }
    throw new TransientError('rate-limit.contention', `rate limit ${scope} kept changing during ${this.maxUpdateAttempts} attempts`);
  }

  private async read(scope: string, key: string): Promise<RateItem | undefined> {
    const res = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: RATE(scope, key), sk: 'RATE' }, ConsistentRead: true }),
    );
    return res.Item as RateItem | undefined;
  }
}

/** The counted events still in the window: those after `now - windowMs`. */
function inWindow(events: readonly number[], limit: Limit, now: number): number[] {
  return events.filter((at) => at > now - limit.windowMs);
}

/** Milliseconds until one more event is allowed: once the max-th most recent event leaves the window there is room again. */
function waitFor(events: readonly number[], limit: Limit, now: number): number {
  const at = inWindow(events, limit, now).sort((a, b) => b - a)[limit.max - 1];
  return at === undefined ? 0 : Math.max(1, at + limit.windowMs - now);
}

interface RevokedItem {
  pk: string;
  sk: 'REVOKED';
  entity: 'revoked-session';
  /** The session's expiry, epoch ms (the TTL attribute holds it in seconds). */
  sessionExpiresAt: number;
  expiresAt: number;
}

const SESSION = (sid: string) => `SESSION#${sha256(sid)}`;

/**
 * Session ids revoked at sign-out, kept until the session would have expired anyway: TTL removes
 * the item some time after, and `isRevoked` stops counting it at that instant itself (the cookie is
 * refused for its age by then). Only a SHA-256 of the id is stored: nothing here replays as a cookie.
 */
export class DynamoRevokedSessions implements RevokedSessionIds {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly now: () => number,
  ) {}

  async revoke(sid: string, expiresAt: number): Promise<void> {
    const item: RevokedItem = {
      pk: SESSION(sid),
      sk: 'REVOKED',
      entity: 'revoked-session',
      sessionExpiresAt: expiresAt,
      [WEB_TABLE_KEYS.timeToLiveAttribute]: ttl(expiresAt),
    };
    try {
      // The first revocation stands (as the SQLite store's ON CONFLICT DO NOTHING).
      await this.db.send(new PutCommand({ TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' }));
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  async isRevoked(sid: string): Promise<boolean> {
    // Strongly consistent: a sign-out in one container holds at once in the others.
    const res = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: SESSION(sid), sk: 'REVOKED' }, ConsistentRead: true }),
    );
    const item = res.Item as RevokedItem | undefined;
    return item !== undefined && item.sessionExpiresAt > this.now();
  }
}

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/** DynamoDB's TTL attribute: epoch seconds, rounded up so an item never goes before its instant. */
function ttl(epochMs: number): number {
  return Math.ceil(epochMs / 1000);
}
