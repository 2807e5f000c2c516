import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
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
    // One put per document, never BatchWriteItem: the ledger's grants deny batch writes to every function.
    for (const documentId of new Set(documentIds)) {
      const item: SentMailItem = { pk: MESSAGE(messageId), sk: DOCUMENT(documentId), entity: 'sent-mail', documentId };
      await this.db.send(new PutCommand({ TableName: this.table, Item: item }));
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
