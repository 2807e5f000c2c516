import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TransientError } from '../../domain/errors.ts';
import type { MailMessageRecord } from '../../domain/mail-intake.ts';
import type { MailLog } from '../../ports.ts';
import { INDEXES, isConditionFailed, TTL_ATTRIBUTE } from './dynamo-table.ts';

/**
 * The mail log in the ledger table (single table, see dynamo-table.ts), with the same behaviour as
 * the SQLite mail log and, like the DynamoDB ledger, without transactions:
 *
 * - **One record per fingerprint**: a claim item `MAILFP#<sha256>` is put first, on the condition
 *   that none exists; the message item follows. A retry that finds the claim but no message (a
 *   crash between the two) writes the message under the claimed id.
 * - **Updates** read the message item and write it back on the condition that its revision is
 *   unchanged (a concurrent writer makes it read again).
 * - **Lookups** by document and by reply recipient are small companion items, written before the
 *   message item that lists them (idempotent puts), so a crash never leaves a record whose lookups
 *   are missing: `findByDocument` is one GetItem, `countRepliesSince` one Query over one
 *   recipient's replies within the window.
 * - **Recent messages** come from the reference index (`MAIL` · `<receivedAt>#<id>`), newest first.
 *
 * A recipient's address is kept in a key only as its SHA-256: keys show up where item contents do not.
 */
interface MessageItem {
  pk: string;
  sk: 'META';
  entity: 'mail';
  record: MailMessageRecord;
  rev: number;
  gsi2pk: typeof RECENT;
  gsi2sk: string;
}

const MESSAGE = (id: string) => `MAIL#${id}`;
const FINGERPRINT = (fingerprint: string) => `MAILFP#${fingerprint}`;
const DOCUMENT = (documentId: string) => `MAILDOC#${documentId}`;
const REPLIES = (to: string) => `MAILREPLY#${createHash('sha256').update(to.trim().toLowerCase()).digest('hex')}`;
const META = 'META';
/** How long a reply's lookup item is kept: far beyond any rate-limit window (`MAIL_REPLY_LIMIT`). */
export const REPLY_LOOKUP_DAYS = 30;
const RECENT = 'MAIL';

export interface DynamoMailLogOptions {
  /** Optimistic retries of an update that met a concurrent writer. @default 8 */
  maxUpdateAttempts?: number;
}

export class DynamoMailLog implements MailLog {
  private readonly maxUpdateAttempts: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    options: DynamoMailLogOptions = {},
  ) {
    this.maxUpdateAttempts = options.maxUpdateAttempts ?? 8;
  }

  async record(message: MailMessageRecord): Promise<{ created: boolean; message: MailMessageRecord }> {
    let id = message.id;
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: FINGERPRINT(message.fingerprint), sk: 'MAILFP', entity: 'claim', messageId: id },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      const claim = await this.db.send(
        new GetCommand({ TableName: this.table, Key: { pk: FINGERPRINT(message.fingerprint), sk: 'MAILFP' }, ConsistentRead: true }),
      );
      id = (claim.Item as { messageId?: string } | undefined)?.messageId ?? id;
      const existing = await this.get(id);
      if (existing) return { created: false, message: existing };
      // The first delivery claimed the fingerprint and stopped before writing the message: finish it.
    }
    const record: MailMessageRecord = plain({ ...message, id });
    await this.putLookups(record);
    try {
      await this.db.send(
        new PutCommand({ TableName: this.table, Item: messageItem(record, 1), ConditionExpression: 'attribute_not_exists(pk)' }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      // Two retries of a crashed first delivery at once: the other wrote it.
      const winner = await this.get(id);
      if (!winner) throw error;
      return { created: false, message: winner };
    }
    return { created: true, message: record };
  }

  async update(id: string, patch: Partial<Omit<MailMessageRecord, 'id' | 'fingerprint'>>): Promise<void> {
    for (let attempt = 1; attempt <= this.maxUpdateAttempts; attempt++) {
      const current = await this.item(id);
      if (!current) throw new Error(`mail message ${id} not found`);
      const next: MailMessageRecord = plain({ ...current.record, ...patch, id, fingerprint: current.record.fingerprint });
      await this.putLookups(next);
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: messageItem(next, current.rev + 1),
            ConditionExpression: 'rev = :rev',
            ExpressionAttributeValues: { ':rev': current.rev },
          }),
        );
        return;
      } catch (error) {
        if (!isConditionFailed(error)) throw error; // a concurrent writer: read again
      }
    }
    throw new TransientError('mail-log.contention', `mail message ${id} kept changing during ${this.maxUpdateAttempts} update attempts`);
  }

  async get(id: string): Promise<MailMessageRecord | undefined> {
    return (await this.item(id))?.record;
  }

  async findByDocument(documentId: string): Promise<MailMessageRecord | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: DOCUMENT(documentId), sk: 'MAILDOC' } }));
    const messageId = (res.Item as { messageId?: string } | undefined)?.messageId;
    return messageId ? this.get(messageId) : undefined;
  }

  async countRepliesSince(to: string, since: string): Promise<number> {
    let count = 0;
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk AND sk >= :since',
          ExpressionAttributeValues: { ':pk': REPLIES(to), ':since': new Date(since).toISOString() },
          Select: 'COUNT',
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      count += res.Count ?? 0;
      start = res.LastEvaluatedKey;
    } while (start);
    return count;
  }

  async listRecent(limit: number): Promise<MailMessageRecord[]> {
    if (limit <= 0) return [];
    const res = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: INDEXES.byReference.name,
        KeyConditionExpression: 'gsi2pk = :pk',
        ExpressionAttributeValues: { ':pk': RECENT },
        ScanIndexForward: false,
        Limit: limit,
      }),
    );
    return ((res.Items ?? []) as MessageItem[]).map((i) => i.record);
  }

  async listKept(limit: number): Promise<MailMessageRecord[]> {
    const kept: MailMessageRecord[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const res = await this.db.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: INDEXES.byReference.name,
          KeyConditionExpression: 'gsi2pk = :pk',
          FilterExpression: 'attribute_not_exists(#record.deletedAt)',
          ExpressionAttributeNames: { '#record': 'record' },
          ExpressionAttributeValues: { ':pk': RECENT },
          ExclusiveStartKey: start,
        }),
      );
      kept.push(...((res.Items ?? []) as MessageItem[]).map((i) => i.record));
      start = res.LastEvaluatedKey;
    } while (start && kept.length < limit);
    return kept.slice(0, limit);
  }

  /** The companion items of a record: one per document made from it, one per reply sent. */
  private async putLookups(record: MailMessageRecord): Promise<void> {
    const items: Record<string, unknown>[] = record.documentIds.map((documentId) => ({
      pk: DOCUMENT(documentId),
      sk: 'MAILDOC',
      entity: 'mail-document',
      messageId: record.id,
    }));
    // An erased record keeps no address (`to` is empty): no lookup for it.
    if (record.reply?.state === 'sent' && record.reply.to)
      items.push({
        pk: REPLIES(record.reply.to),
        // The instant first (UTC ISO, so a string range is a time range), the message id for uniqueness.
        sk: `${new Date(record.reply.at).toISOString()}#${record.id}`,
        entity: 'mail-reply',
        messageId: record.id,
        // Only the rate limit reads it, over a window of hours: DynamoDB removes it after REPLY_LOOKUP_DAYS (TTL).
        [TTL_ATTRIBUTE]: Math.floor(Date.parse(record.reply.at) / 1000) + REPLY_LOOKUP_DAYS * 86_400,
      });
    // Same key, same content: writing them again on every update is harmless.
    await Promise.all(items.map((Item) => this.db.send(new PutCommand({ TableName: this.table, Item }))));
  }

  private async item(id: string): Promise<MessageItem | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: MESSAGE(id), sk: META }, ConsistentRead: true }));
    return res.Item as MessageItem | undefined;
  }
}

function messageItem(record: MailMessageRecord, rev: number): MessageItem {
  return {
    pk: MESSAGE(record.id),
    sk: META,
    entity: 'mail',
    record,
    rev,
    gsi2pk: RECENT,
    gsi2sk: `${new Date(record.receivedAt).toISOString()}#${record.id}`,
  };
}

/** JSON-shaped copy: no `undefined` members (DynamoDB rejects them), same as what the SQLite mail log stores. */
function plain<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
