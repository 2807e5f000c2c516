import { type DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { type AuditEvent, DIRECTORY_CHAIN_ID } from '../../domain/audit.ts';
import type { AuditTrail, ChainHead } from '../../ports.ts';
import { DynamoDirectoryChangeLog } from './dynamo-directory-change-log.ts';
import { eventFromStored, type StoredEventFields } from './dynamo-event-item.ts';
import { queryAll, scanAll } from './dynamo-table.ts';

/**
 * The DynamoDB ledger's audit history as stored, for the audit verification: documents, their
 * event items, and the chain head (`seq`, `head`) the ledger keeps on each document item. The
 * newest event also lives on the document item (`lastEvent`, written in the same put as the
 * status): it counts as stored even while its own event item is still to be written.
 * Events are read in both stored forms (dynamo-event-item.ts): data as JSON text, or as a map in
 * items written before, which verify only as long as DynamoDB returns the map in the order written.
 * Directory changes (dynamo-directory-change-log.ts) are one more chain, verified with the
 * documents', as the SQLite trail does.
 */
export class DynamoAuditTrail implements AuditTrail {
  private readonly directoryChanges: DynamoDirectoryChangeLog;

  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.directoryChanges = new DynamoDirectoryChangeLog(db, table);
  }

  async documentIds(): Promise<string[]> {
    const items = await scanAll<{ pk: string }>(this.db, {
      TableName: this.table,
      ProjectionExpression: 'pk',
      FilterExpression: 'begins_with(pk, :doc)',
      ExpressionAttributeValues: { ':doc': 'DOC#' },
    });
    const ids = [...new Set(items.map((i) => i.pk.slice('DOC#'.length)))].sort();
    return (await this.directoryChanges.any()) ? [...ids, DIRECTORY_CHAIN_ID] : ids;
  }

  async listEvents(documentId: string): Promise<AuditEvent[]> {
    if (documentId === DIRECTORY_CHAIN_ID) return this.directoryChanges.list();
    const items = await queryAll<StoredEventFields>(this.db, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :evt)',
      ExpressionAttributeValues: { ':pk': `DOC#${documentId}`, ':evt': 'EVT#' },
      ConsistentRead: true,
    });
    const events = items.map(eventFromStored);
    const last = (await this.documentItem(documentId))?.lastEvent;
    if (last && last.seq > (events.at(-1)?.seq ?? 0)) events.push(eventFromStored(last));
    return events;
  }

  async recordedHead(documentId: string): Promise<ChainHead | null | undefined> {
    // The directory chain has no document item; its head is its last event.
    if (documentId === DIRECTORY_CHAIN_ID) return null;
    const item = await this.documentItem(documentId);
    if (!item) return undefined;
    return typeof item.seq === 'number' && typeof item.head === 'string' ? { seq: item.seq, hash: item.head } : null;
  }

  private async documentItem(documentId: string) {
    const res = await this.db.send(
      new GetCommand({ TableName: this.table, Key: { pk: `DOC#${documentId}`, sk: 'META' }, ConsistentRead: true }),
    );
    return res.Item as { seq?: number; head?: string; lastEvent?: StoredEventFields } | undefined;
  }
}
