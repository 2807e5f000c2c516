import { type DynamoDBDocumentClient, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, type AuditEventInput, chainEvent, DIRECTORY_CHAIN_ID } from '../../domain/audit.ts';
import { TransientError } from '../../domain/errors.ts';
import type { DirectoryChangeLog } from '../../ports.ts';
import { isConditionFailed, queryAll } from './dynamo-table.ts';

/** The partition of directory changes in the ledger table (one item per change, `EVT#<seq>`). */
export const DIRECTORY_PK = 'DIRECTORY';

const EVT = (seq: number) => `EVT#${String(seq).padStart(10, '0')}`;

interface ChangeItem {
  pk: string;
  sk: string;
  entity: 'directory-change';
  seq: number;
  at: string;
  type: string;
  actor: string;
  /** The event's data as JSON text: a DynamoDB map does not promise to keep its members' order, the hash does depend on it. */
  data: string;
  prevHash: string;
  hash: string;
}

export interface DynamoDirectoryChangeLogOptions {
  /** Appends retried after another writer took the same place in the chain. @default 8 */
  maxAppendAttempts?: number;
}

/**
 * Directory changes in the ledger table: the same hash chain as the embedded runtime's
 * (SqliteDirectoryChangeLog: `chainEvent` under DIRECTORY_CHAIN_ID), so `verifyAudit` reads and
 * checks it with the documents' chains (DynamoAuditTrail). Each change is put once under its
 * sequence number, on the condition that the place is free: two writers at once never fork the
 * chain, the second links to the first and takes the next place. Nothing is ever deleted (every
 * function role is denied DeleteItem on the ledger).
 */
export class DynamoDirectoryChangeLog implements DirectoryChangeLog {
  private readonly maxAppendAttempts: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    options: DynamoDirectoryChangeLogOptions = {},
  ) {
    this.maxAppendAttempts = options.maxAppendAttempts ?? 8;
  }

  async append(event: AuditEventInput, at: string): Promise<AuditEvent> {
    // JSON-shaped (no `undefined` members), as the SQLite log stores it and the hash reads it.
    const input = { ...event, data: JSON.parse(JSON.stringify(event.data ?? {})) as Record<string, unknown> };
    for (let attempt = 0; attempt < this.maxAppendAttempts; attempt++) {
      const next = chainEvent(DIRECTORY_CHAIN_ID, await this.last(), input, at);
      try {
        await this.db.send(new PutCommand({ TableName: this.table, Item: toItem(next), ConditionExpression: 'attribute_not_exists(pk)' }));
        return next;
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    }
    throw new TransientError('directory-log.contention', `the directory change log kept growing during ${this.maxAppendAttempts} attempts`);
  }

  async list(): Promise<AuditEvent[]> {
    const items = await queryAll<ChangeItem>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :evt)',
      ExpressionAttributeValues: { ':pk': DIRECTORY_PK, ':evt': 'EVT#' },
      ConsistentRead: true,
    });
    return items.map(fromItem);
  }

  /** Whether any change was recorded (the audit trail lists the chain only then, as the SQLite one does). */
  async any(): Promise<boolean> {
    return (await this.last()) !== undefined;
  }

  private async last(): Promise<Pick<AuditEvent, 'seq' | 'hash'> | undefined> {
    const res = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :evt)',
        ExpressionAttributeValues: { ':pk': DIRECTORY_PK, ':evt': 'EVT#' },
        ScanIndexForward: false,
        Limit: 1,
        ConsistentRead: true,
      }),
    );
    const item = res.Items?.[0] as ChangeItem | undefined;
    return item ? { seq: item.seq, hash: item.hash } : undefined;
  }
}

function toItem(e: AuditEvent): ChangeItem {
  return {
    pk: DIRECTORY_PK,
    sk: EVT(e.seq),
    entity: 'directory-change',
    seq: e.seq,
    at: e.at,
    type: e.type,
    actor: e.actor,
    data: JSON.stringify(e.data),
    prevHash: e.prevHash,
    hash: e.hash,
  };
}

/** Data edited into something that is no longer JSON comes back as `{ unparseable }`: the chain check then fails on it instead of crashing. */
function fromItem(i: ChangeItem): AuditEvent {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(i.data) as Record<string, unknown>;
  } catch {
    data = { unparseable: i.data };
  }
  return { documentId: DIRECTORY_CHAIN_ID, seq: i.seq, at: i.at, type: i.type, actor: i.actor, data, prevHash: i.prevHash, hash: i.hash };
}
