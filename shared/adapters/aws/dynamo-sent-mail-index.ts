import { BatchWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SentMailIndex } from '../../ports.ts';
import { queryAll } from './dynamo-table.ts';

/**
 * The sent-mail index in the ledger table (single table, see dynamo-table.ts): one small item per
 * message and document, `SENTMAIL#<SES message id>` · `DOC#<document id>`, so recording is a plain
 * put (the same item again is the same item, and a document added later joins the others) and a
 * bounce report's documents are one Query. Items hold ids only, never the address.
 */
const MESSAGE = (messageId: string) => `SENTMAIL#${messageId}`;
const DOCUMENT = (documentId: string) => `DOC#${documentId}`;
/** BatchWriteItem's limit per call. */
const BATCH = 25;

interface SentMailItem {
  pk: string;
  sk: string;
  entity: 'sent-mail';
  documentId: string;
}

export class DynamoSentMailIndex implements SentMailIndex {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async record(messageId: string, documentIds: readonly string[]): Promise<void> {
    const items: SentMailItem[] = [...new Set(documentIds)].map((documentId) => ({
      pk: MESSAGE(messageId),
      sk: DOCUMENT(documentId),
      entity: 'sent-mail',
      documentId,
    }));
    for (let i = 0; i < items.length; i += BATCH) {
      let pending: Record<string, unknown>[] | undefined = items.slice(i, i + BATCH).map((Item) => ({ PutRequest: { Item } }));
      // Unprocessed puts (throttling) are written again; the SDK's retries cover the call itself.
      for (let attempt = 0; pending?.length; attempt++) {
        if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 50 * 2 ** Math.min(attempt, 5)));
        const res = await this.db.send(new BatchWriteCommand({ RequestItems: { [this.table]: pending } }));
        pending = res.UnprocessedItems?.[this.table] as Record<string, unknown>[] | undefined;
        if (attempt >= 8 && pending?.length) throw new Error(`sent-mail index: ${pending.length} item(s) left unwritten`);
      }
    }
  }

  async find(messageId: string): Promise<string[]> {
    const items = await queryAll<SentMailItem>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': MESSAGE(messageId) },
      ConsistentRead: true,
    });
    return items.map((i) => i.documentId);
  }
}
