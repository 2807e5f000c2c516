import { randomUUID } from 'node:crypto';
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { type DynamoDBDocumentClient, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { type Directory, DirectoryError } from '../../domain/directory.ts';
import { validateDirectory } from '../../domain/directory-changes.ts';
import { TransientError } from '../../domain/errors.ts';
import type { DirectoryStore } from '../../ports.ts';
import { isConditionFailed } from './dynamo-table.ts';
import { S3Directory, type S3DirectoryOptions } from './s3-directory.ts';

export interface S3DirectoryStoreOptions extends S3DirectoryOptions {
  /** The ledger table: the lock item lives there (`LOCK#DIRECTORY` · <object key>). */
  table: string;
  /** How long a lock holds without its holder; after that another writer may take it over (its holder died). @default 30_000 */
  leaseMs?: number;
  /** How long `update` waits for a lock someone else holds before giving up. @default 10_000 */
  lockTimeoutMs?: number;
}

/** The web Lambda's directory store, from the settings it reads (BUCKET_NAME, DIRECTORY_KEY, DIRECTORY_RECHECK_SECONDS, TABLE_NAME). */
export function lambdaDirectoryStore(
  s3: S3Client,
  db: DynamoDBDocumentClient,
  config: { BUCKET_NAME: string; DIRECTORY_KEY: string; DIRECTORY_RECHECK_SECONDS: number; TABLE_NAME: string },
): S3DirectoryStore {
  return new S3DirectoryStore(s3, db, {
    bucket: config.BUCKET_NAME,
    key: config.DIRECTORY_KEY,
    recheckMs: config.DIRECTORY_RECHECK_SECONDS * 1000,
    table: config.TABLE_NAME,
  });
}

const LOCK_PK = 'LOCK#DIRECTORY';

/**
 * The directory object in S3 that the web app changes (absences, substitutes, transfers, imports),
 * as JsonFileDirectory does for the embedded runtime: each change is applied to the object as it
 * is now, validated whole, and written, one writer at a time.
 *
 * One writer at a time through a lock item in the ledger table, not S3's own compare-and-swap:
 * the local S3 server the adapter tests run against (s3rver) ignores `If-Match` on a PUT, so a
 * guard that rested on it alone could never be shown to work. The lock is a conditional put with a
 * lease (free, released, or its lease ran out: then a writer that died is taken over), renewed
 * right before the PUT so a holder that lost it (it stalled past its lease and was taken over)
 * writes nothing; it is released by an update, because every function role is denied DeleteItem
 * on the ledger. The PUT still carries `If-Match` with the ETag read under the lock: real S3 then
 * also refuses to overwrite a write that skipped the lock (scripts/upload-directory.ts, the console).
 *
 * This instance's cache is dropped after a write, so its next `load` (the same Lambda container)
 * sees the change at once; other containers see it within their recheck time.
 */
export class S3DirectoryStore extends S3Directory implements DirectoryStore {
  private readonly leaseMs: number;
  private readonly lockTimeoutMs: number;

  constructor(
    s3: S3Client,
    private readonly db: DynamoDBDocumentClient,
    private readonly storeOptions: S3DirectoryStoreOptions,
  ) {
    super(s3, storeOptions);
    this.leaseMs = storeOptions.leaseMs ?? 30_000;
    this.lockTimeoutMs = storeOptions.lockTimeoutMs ?? 10_000;
  }

  async exportJson(): Promise<string> {
    return (await this.fetch()).text;
  }

  async update<T>(
    change: (current: Directory) => { directory: Directory | null; result: T },
    record?: (before: Directory, after: Directory, result: T) => Promise<void>,
  ): Promise<T> {
    const lock = await this.lock();
    try {
      // Always the object as it is now, not the cache: another container may have written it.
      const { etag, directory: before } = await this.fetch();
      const { directory, result } = change(before);
      if (!directory) return result;
      const checked = validateDirectory(directory);
      if (!checked.ok) throw new DirectoryError(`The changed directory is not valid:\n  ${checked.errors.slice(0, 10).join('\n  ')}`);
      await lock.renew();
      await this.put(checked.directory, etag);
      this.cached = undefined;
      await record?.(before, checked.directory, result);
      return result;
    } finally {
      await lock.release();
    }
  }

  private async put(directory: Directory, etag: string): Promise<void> {
    const { bucket, key } = this.storeOptions;
    try {
      await this.s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: key,
          Body: `${JSON.stringify(directory, null, 2)}\n`,
          ContentType: 'application/json',
          IfMatch: etag || undefined,
        }),
      );
    } catch (error) {
      const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
      if (status === 412 || status === 409)
        throw new TransientError(
          'directory.changed-meanwhile',
          `s3://${bucket}/${key} was replaced while this change was made, by a writer that does not take the directory lock: try again.`,
          { cause: error },
        );
      throw error;
    }
  }

  /** Takes the lock item: free, released, or its lease ran out. Waits (polling) up to `lockTimeoutMs`. */
  private async lock(): Promise<{ renew(): Promise<void>; release(): Promise<void> }> {
    const Key = { pk: LOCK_PK, sk: this.storeOptions.key };
    const TableName = this.storeOptions.table;
    const holder = randomUUID();
    // Waiting is measured on this process's monotonic clock; only the lease is wall-clock time (it is compared across containers).
    const started = performance.now();
    for (;;) {
      const now = this.now();
      try {
        await this.db.send(
          new PutCommand({
            TableName,
            Item: { ...Key, entity: 'lock', holder, leaseUntil: now + this.leaseMs, takenAt: new Date(now).toISOString() },
            ConditionExpression: 'attribute_not_exists(pk) OR leaseUntil < :now',
            ExpressionAttributeValues: { ':now': now },
          }),
        );
        break;
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
      if (performance.now() - started > this.lockTimeoutMs)
        throw new TransientError('directory.locked', 'The directory is being changed by someone else: try again.');
      await new Promise((r) => setTimeout(r, 20 + Math.random() * 60));
    }
    const ours = { ':holder': holder };
    return {
      renew: async () => {
        try {
          await this.db.send(
            new UpdateCommand({
              TableName,
              Key,
              UpdateExpression: 'SET leaseUntil = :until',
              ConditionExpression: 'holder = :holder',
              ExpressionAttributeValues: { ...ours, ':until': this.now() + this.leaseMs },
            }),
          );
        } catch (error) {
          if (isConditionFailed(error))
            throw new TransientError('directory.lock-lost', 'The directory lock ran out before the change was written: try again.');
          throw error;
        }
      },
      release: async () => {
        try {
          await this.db.send(
            new UpdateCommand({
              TableName,
              Key,
              UpdateExpression: 'SET leaseUntil = :free',
              ConditionExpression: 'holder = :holder',
              ExpressionAttributeValues: { ...ours, ':free': 0 },
            }),
          );
        } catch {
          // Taken over after our lease ran out (then it is not ours to free), or DynamoDB did not
          // answer: the lease frees it then. Either way the change itself is done and recorded.
        }
      },
    };
  }
}
