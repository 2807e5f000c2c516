import { createHash } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { Channel } from '../../domain/document.ts';
import { TransientError } from '../../domain/errors.ts';
import type { BatchSummary, UploadItem, UploadLog } from '../../web-stores.ts';
import { isConditionFailed, queryAll } from './dynamo-table.ts';

/**
 * Which files were uploaded together, in the web state table (items listed in
 * dynamo-web-stores.ts), with the same answers as the SQLite upload store and without transactions:
 *
 * - **Adds to a batch are linearised on its batch item** (`UPLOAD#<batchId>` · `BATCH`): an add reads
 *   it, decides the position as the SQLite store does, and writes it back on the condition that its
 *   version is unchanged, carrying the new upload as `last`; the upload's own items follow. If a
 *   crash comes between the two, the next add to the batch (a retry of the same one, or any other)
 *   writes them first, so every add but the last is always complete and a position read as free is free.
 * - **The same document again** is found by its lookup item (`UPLOADDOC#<documentId>` ·
 *   `<batchId>#<seq>`), which also answers `forDocument` in one Query.
 * - **Recent batches** are summary items kept per channel, and per channel and uploader, under
 *   `<startedAt>#<batchId>`: one descending Query, whatever the table holds. A summary only moves
 *   forward (conditioned on the batch version), so a late writer never lowers its file count.
 *
 * A batch's owner and start are those of its first upload (the SQLite store takes the first
 * position's user and the earliest time: the same, as only the owner adds to a batch, at the time
 * of the upload).
 */
interface BatchItem {
  pk: string;
  sk: typeof BATCH;
  entity: 'upload-batch';
  batchId: string;
  channel: Channel;
  uploadedBy: string;
  startedAt: string;
  files: number;
  maxSeq: number;
  version: number;
  /** The newest add, whose own items may not be written yet. */
  last: UploadItem;
}

interface SummaryItem extends BatchSummary {
  pk: string;
  sk: string;
  entity: 'upload-summary';
  version: number;
}

const UPLOADS = (batchId: string) => `UPLOAD#${batchId}`;
const BATCH = 'BATCH';
const SEQ = (seq: number) => `SEQ#${String(seq).padStart(10, '0')}`;
const BY_DOCUMENT = (documentId: string) => `UPLOADDOC#${documentId}`;
const IN_BATCH = (batchId: string, seq?: number) => `${batchId}#${seq === undefined ? '' : String(seq).padStart(10, '0')}`;
const RECENT = (channel: Channel) => `BATCHES#${channel}`;
const RECENT_BY = (channel: Channel, user: string) => `BATCHES#${channel}#BY#${createHash('sha256').update(user).digest('base64url')}`;

export interface DynamoUploadLogOptions {
  /** Optimistic retries of an add that met a concurrent add to the same batch. @default 8 */
  maxUpdateAttempts?: number;
}

export class DynamoUploadLog implements UploadLog {
  private readonly maxUpdateAttempts: number;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    options: DynamoUploadLogOptions = {},
  ) {
    this.maxUpdateAttempts = options.maxUpdateAttempts ?? 8;
  }

  async add(item: UploadItem): Promise<number> {
    for (let attempt = 1; attempt <= this.maxUpdateAttempts; attempt++) {
      const batch = await this.batch(item.batchId);
      // Read in this order: the batch first, then the lookups, which the conditional write below pins.
      if (batch) await this.complete(batch);
      const same = await this.firstPosition(item.batchId, item.documentId);
      if (same !== undefined) return same;
      const taken = batch !== undefined && (await this.positionTaken(item.batchId, item.seq));
      const seq = batch && taken ? batch.maxSeq + 1 : item.seq;
      const last: UploadItem = { ...upload(item), seq };
      const next: BatchItem = batch
        ? { ...batch, files: batch.files + 1, maxSeq: Math.max(batch.maxSeq, seq), version: batch.version + 1, last }
        : {
            pk: UPLOADS(item.batchId),
            sk: BATCH,
            entity: 'upload-batch',
            batchId: item.batchId,
            channel: item.channel,
            uploadedBy: item.uploadedBy,
            startedAt: item.uploadedAt,
            files: 1,
            maxSeq: seq,
            version: 1,
            last,
          };
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: next,
            ...(batch
              ? { ConditionExpression: 'version = :version', ExpressionAttributeValues: { ':version': batch.version } }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
      } catch (error) {
        if (isConditionFailed(error)) continue; // another add to the batch came first: read again
        throw error;
      }
      await this.complete(next);
      return seq;
    }
    throw new TransientError(
      'upload-log.contention',
      `upload batch ${item.batchId} kept changing during ${this.maxUpdateAttempts} attempts`,
    );
  }

  async owner(batchId: string): Promise<string | undefined> {
    return (await this.batch(batchId))?.uploadedBy;
  }

  async items(batchId: string): Promise<UploadItem[]> {
    // One partition: the batch item (sk BATCH sorts first) and its uploads in position order.
    const [batch, ...uploads] = await queryAll<Record<string, unknown>>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': UPLOADS(batchId) },
      ConsistentRead: true,
    });
    if (!batch) return [];
    const items = (uploads as unknown as UploadItem[]).map(upload);
    // The newest add while its own item is not written yet (its writer stopped): listed all the same.
    const { last } = batch as unknown as BatchItem;
    if (!items.some((i) => i.seq === last.seq)) items.push(last);
    return items.sort((a, b) => a.seq - b.seq);
  }

  async forDocument(documentId: string): Promise<UploadItem[]> {
    const items = await queryAll<UploadItem>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': BY_DOCUMENT(documentId) },
      ConsistentRead: true,
    });
    return items.map(upload);
  }

  async recentBatches(channel: Channel, uploadedBy: string | null, limit = 20): Promise<BatchSummary[]> {
    if (limit <= 0) return [];
    const res = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': uploadedBy === null ? RECENT(channel) : RECENT_BY(channel, uploadedBy) },
        ScanIndexForward: false,
        Limit: limit,
        ConsistentRead: true,
      }),
    );
    return ((res.Items ?? []) as SummaryItem[]).map((s) => ({
      batchId: s.batchId,
      channel: s.channel,
      uploadedBy: s.uploadedBy,
      startedAt: s.startedAt,
      files: s.files,
    }));
  }

  /** Writes the items of a batch's newest add: its upload, its document lookup and the summaries. Same key, same content: again is harmless. */
  private async complete(batch: BatchItem): Promise<void> {
    const { last } = batch;
    await Promise.all([
      this.db.send(
        new PutCommand({ TableName: this.table, Item: { pk: UPLOADS(batch.batchId), sk: SEQ(last.seq), entity: 'upload', ...last } }),
      ),
      this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: BY_DOCUMENT(last.documentId), sk: IN_BATCH(batch.batchId, last.seq), entity: 'upload-document', ...last },
        }),
      ),
      this.putSummary(RECENT(batch.channel), batch),
      this.putSummary(RECENT_BY(batch.channel, batch.uploadedBy), batch),
    ]);
  }

  private async putSummary(pk: string, batch: BatchItem): Promise<void> {
    const item: SummaryItem = {
      pk,
      sk: `${batch.startedAt}#${batch.batchId}`,
      entity: 'upload-summary',
      batchId: batch.batchId,
      channel: batch.channel,
      uploadedBy: batch.uploadedBy,
      startedAt: batch.startedAt,
      files: batch.files,
      version: batch.version,
    };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(pk) OR version < :version',
          ExpressionAttributeValues: { ':version': batch.version },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error; // a later add wrote it already
    }
  }

  private async batch(batchId: string): Promise<BatchItem | undefined> {
    const res = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: UPLOADS(batchId), sk: BATCH }, ConsistentRead: true }),
    );
    return res.Item as BatchItem | undefined;
  }

  /** The position a document was first filed under in a batch, if it was. */
  private async firstPosition(batchId: string, documentId: string): Promise<number | undefined> {
    const res = await this.db.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :batch)',
        ExpressionAttributeValues: { ':pk': BY_DOCUMENT(documentId), ':batch': IN_BATCH(batchId) },
        ConsistentRead: true,
        Limit: 1,
      }),
    );
    return (res.Items?.[0] as UploadItem | undefined)?.seq;
  }

  private async positionTaken(batchId: string, seq: number): Promise<boolean> {
    const res = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: UPLOADS(batchId), sk: SEQ(seq) }, ConsistentRead: true }),
    );
    return res.Item !== undefined;
  }
}

/** The upload record alone, without keys and bookkeeping. */
function upload(i: UploadItem): UploadItem {
  return {
    batchId: i.batchId,
    seq: i.seq,
    documentId: i.documentId,
    filename: i.filename,
    channel: i.channel,
    uploadedBy: i.uploadedBy,
    uploadedAt: i.uploadedAt,
  };
}
