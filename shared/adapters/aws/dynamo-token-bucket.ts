import { type DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { TransientError } from '../../domain/errors.ts';
import type { Clock } from '../../ports.ts';
import { abortableSleep } from './backoff.ts';
import { isConditionFailed } from './dynamo-table.ts';

/**
 * A token bucket in DynamoDB, shared by every Lambda instance that calls the same API: `rate`
 * tokens per second, at most `burst` saved up. Each call takes one token; the bucket item is
 * read, refilled for the time passed and written back with a condition on the version read
 * (optimistic concurrency), so two instances never spend the same token. A caller that finds the
 * bucket empty sleeps until the next token is due, up to `maxWaitMs` in all; past that it gets a
 * `RateLimitedError` and the work is deferred (retried later through its queue) instead of
 * holding a Lambda for minutes.
 *
 * Item: `{ pk: 'BUCKET#<name>', tokens, refilledAt (epoch ms), version }` in its own small table.
 */
export interface TokenBucketOptions {
  table: string;
  /** Tokens per second (the API's transactions-per-second quota). */
  rate: number;
  /** Tokens that may be saved up for a burst. @default rate (one second's worth) */
  burst?: number;
  /** Longest a caller waits for a token, in all, before `RateLimitedError`. @default 10 000 ms */
  maxWaitMs?: number;
  clock: Clock;
  /** Test seam. @default an abortable setTimeout */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/**
 * Not a failure of the work: the shared rate is used up for longer than a caller may wait (or the
 * service still throttles after the SDK's retries). The work is deferred, not retried at once.
 */
export class RateLimitedError extends TransientError {
  constructor(
    readonly bucket: string,
    readonly waitedMs: number,
    code = 'rate.limited',
    options?: { cause?: unknown },
  ) {
    super(code, `no ${bucket} capacity after ${waitedMs} ms; the work is deferred`, options);
  }
}

export interface RateLimiter {
  /** Takes one token from the named bucket, waiting for it within the bound. */
  take(bucket: string, signal?: AbortSignal): Promise<void>;
}

/** Conflicts with other takers in a row before giving up (each one means another caller got a token). */
const MAX_CONFLICTS = 50;

export class DynamoTokenBucket implements RateLimiter {
  private readonly burst: number;
  private readonly maxWaitMs: number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly options: TokenBucketOptions,
  ) {
    if (!(options.rate > 0)) throw new Error(`token bucket rate must be above 0 per second, got ${options.rate}`);
    this.burst = options.burst ?? Math.max(1, options.rate);
    if (!(this.burst >= 1)) throw new Error(`token bucket burst must be at least 1, got ${this.burst}`);
    this.maxWaitMs = options.maxWaitMs ?? 10_000;
    this.sleep = options.sleep ?? abortableSleep;
  }

  async take(bucket: string, signal?: AbortSignal): Promise<void> {
    let waited = 0;
    let conflicts = 0;
    for (;;) {
      signal?.throwIfAborted();
      const now = this.options.clock.now().getTime();
      const item = await this.read(bucket);
      const elapsed = item ? Math.max(0, now - item.refilledAt) : 0;
      const tokens = item ? Math.min(this.burst, item.tokens + (elapsed * this.options.rate) / 1000) : this.burst;
      if (tokens >= 1) {
        if (await this.write(bucket, tokens - 1, now, item?.version)) return;
        // Another caller took a token between our read and write: read again.
        if (++conflicts > MAX_CONFLICTS) throw new RateLimitedError(bucket, waited);
        continue;
      }
      const dueMs = Math.ceil(((1 - tokens) * 1000) / this.options.rate);
      if (waited + dueMs > this.maxWaitMs) throw new RateLimitedError(bucket, waited);
      await this.sleep(dueMs, signal);
      waited += dueMs;
    }
  }

  private async read(bucket: string): Promise<{ tokens: number; refilledAt: number; version: number } | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.options.table, Key: { pk: key(bucket) }, ConsistentRead: true }));
    const item = res.Item as { tokens?: unknown; refilledAt?: unknown; version?: unknown } | undefined;
    if (!item || typeof item.tokens !== 'number' || typeof item.refilledAt !== 'number' || typeof item.version !== 'number')
      return undefined;
    return { tokens: item.tokens, refilledAt: item.refilledAt, version: item.version };
  }

  /** Writes the bucket as this caller leaves it, only if nobody wrote it since it was read. */
  private async write(bucket: string, tokens: number, now: number, version: number | undefined): Promise<boolean> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.options.table,
          Key: { pk: key(bucket) },
          UpdateExpression: 'SET #tokens = :tokens, #refilledAt = :now, #version = :next',
          ConditionExpression: version === undefined ? 'attribute_not_exists(#version)' : '#version = :version',
          ExpressionAttributeNames: { '#tokens': 'tokens', '#refilledAt': 'refilledAt', '#version': 'version' },
          ExpressionAttributeValues: {
            ':tokens': tokens,
            ':now': now,
            ':next': (version ?? 0) + 1,
            ...(version === undefined ? {} : { ':version': version }),
          },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }
}

const key = (bucket: string) => `BUCKET#${bucket}`;
