import { randomUUID } from 'node:crypto';
import { type DynamoDBDocumentClient, GetCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AlertInput, AlertKind, AlertRecord, AlertStatus } from '../../domain/alert.ts';
import type { AlertQuery, AlertStore, Clock, Logger } from '../../ports.ts';
import { Filter, INDEXES, isConditionFailed, queryAll, withFilter } from './dynamo-table.ts';

/**
 * Alerts in the ledger table. One item per key (`ALERT#<key>`, sort key `CURRENT`) holds the
 * latest alert with that key, so "one unresolved alert per key" and "never raised before" are
 * single conditional puts. When a resolved key is raised again, the resolved alert is first copied
 * to a history item, then replaced. Indexes answer by status, by document and by id.
 *
 * `notifiedAt` records that the alert went out (SNS); see SnsAlerter.
 */
interface AlertItem {
  pk: string;
  sk: string;
  entity: 'alert';
  record: AlertRecord;
  notifiedAt?: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
  gsi3pk: string;
}

export interface StoredAlert {
  record: AlertRecord;
  /** False when an alert with the key was already there: `record` is that one. */
  created: boolean;
  notified: boolean;
}

const KEY = (key: string) => `ALERT#${key}`;
const CURRENT = 'CURRENT';
const UNRESOLVED: AlertStatus[] = ['open', 'acknowledged'];
const ALL: AlertStatus[] = ['open', 'acknowledged', 'resolved'];

export class DynamoAlertStore implements AlertStore {
  constructor(
    private readonly db: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly clock: Clock,
    private readonly logger: Logger,
  ) {}

  async raise(alert: AlertInput): Promise<boolean> {
    return (await this.store(alert, 'unless-open')).created;
  }

  async raiseOnce(alert: AlertInput): Promise<AlertRecord | undefined> {
    const stored = await this.store(alert, 'once');
    return stored.created ? stored.record : undefined;
  }

  /**
   * Stores a new alert: `once` only if the key was never used, `unless-open` also over a resolved
   * one. Returns what is stored under the key now, and whether this call created it.
   */
  async store(alert: AlertInput, mode: 'once' | 'unless-open'): Promise<StoredAlert> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.current(alert.key);
      if (current && (mode === 'once' || current.record.status !== 'resolved'))
        return { record: current.record, created: false, notified: current.notifiedAt !== undefined };
      if (current) await this.putHistory(current);
      const record = this.newRecord(alert);
      try {
        await this.db.send(
          new PutCommand({
            TableName: this.table,
            Item: alertItem(record, CURRENT),
            ...(current
              ? {
                  ConditionExpression: '#record.#id = :previous AND #record.#status = :resolved',
                  ExpressionAttributeNames: { '#record': 'record', '#id': 'id', '#status': 'status' },
                  ExpressionAttributeValues: { ':previous': current.record.id, ':resolved': 'resolved' },
                }
              : { ConditionExpression: 'attribute_not_exists(pk)' }),
          }),
        );
      } catch (error) {
        if (isConditionFailed(error)) continue; // raised concurrently: look again
        throw error;
      }
      this.logger.warn('alert raised', {
        alertId: record.id,
        kind: record.kind,
        key: record.key,
        documentId: record.documentId,
        audience: record.audience,
        dueSince: record.dueSince,
      });
      return { record, created: true, notified: false };
    }
    const current = await this.current(alert.key);
    if (!current) throw new Error(`alert ${alert.key} could not be stored`);
    return { record: current.record, created: false, notified: current.notifiedAt !== undefined };
  }

  async markNotified(key: string, id: string): Promise<void> {
    try {
      await this.db.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: KEY(key), sk: CURRENT },
          UpdateExpression: 'SET notifiedAt = :now',
          ConditionExpression: '#record.#id = :id',
          ExpressionAttributeNames: { '#record': 'record', '#id': 'id' },
          ExpressionAttributeValues: { ':now': this.now(), ':id': id },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error; // replaced meanwhile: nothing to mark
    }
  }

  async get(id: string): Promise<AlertRecord | undefined> {
    return (await this.itemById(id))?.record;
  }

  async findByKey(key: string): Promise<AlertRecord | undefined> {
    return (await this.current(key))?.record;
  }

  async listOpen(query: Omit<AlertQuery, 'status'> = {}): Promise<AlertRecord[]> {
    const records = await this.list({ ...query, status: UNRESOLVED });
    return records.sort(byRaised).slice(0, query.limit ?? 1000);
  }

  async listRecent(query: AlertQuery = {}): Promise<AlertRecord[]> {
    const records = await this.list(query);
    return records.sort((a, b) => byRaised(b, a)).slice(0, query.limit ?? 1000);
  }

  async countOpen(): Promise<Partial<Record<AlertKind, number>>> {
    const counts: Partial<Record<AlertKind, number>> = {};
    for (const record of await this.list({ status: UNRESOLVED })) counts[record.kind] = (counts[record.kind] ?? 0) + 1;
    return counts;
  }

  async acknowledge(id: string, by: string): Promise<boolean> {
    const item = await this.itemById(id);
    if (item?.record.status !== 'open') return false;
    const ok = await this.transition(item, 'acknowledged', ['open'], { acknowledgedAt: this.now(), acknowledgedBy: by });
    if (ok) this.logger.info('alert acknowledged', { alertId: id, by });
    return ok;
  }

  async resolve(id: string, by: string): Promise<boolean> {
    const item = await this.itemById(id);
    if (!item || item.record.status === 'resolved') return false;
    const ok = await this.transition(item, 'resolved', UNRESOLVED, { resolvedAt: this.now(), resolvedBy: by });
    if (ok) this.logger.info('alert resolved', { alertId: id, by });
    return ok;
  }

  async resolveByKey(key: string, by = 'system'): Promise<number> {
    const item = await this.current(key);
    if (!item || item.record.status === 'resolved') return 0;
    const ok = await this.transition(item, 'resolved', UNRESOLVED, { resolvedAt: this.now(), resolvedBy: by });
    if (ok) this.logger.info('alert resolved', { key, by });
    return ok ? 1 : 0;
  }

  async resolveForDocument(documentId: string, by: string, kinds?: AlertKind[]): Promise<number> {
    const open = await this.list({ documentId, status: UNRESOLVED, kind: kinds });
    let count = 0;
    for (const record of open) if (await this.resolve(record.id, by)) count++;
    if (count) this.logger.info('alerts resolved', { documentId, by, count });
    return count;
  }

  private async list(query: AlertQuery): Promise<AlertRecord[]> {
    const statuses = query.status?.length ? query.status : ALL;
    const filter = new Filter().in('record.kind', query.kind).compare('record.audience', '=', query.audience);
    let items: AlertItem[];
    if (query.documentId) {
      filter.in('record.status', statuses).compare('record.raisedAt', '>=', query.raisedSince);
      items = await queryAll<AlertItem>(
        this.db,
        withFilter(
          {
            TableName: this.table,
            IndexName: INDEXES.byReference.name,
            KeyConditionExpression: 'gsi2pk = :pk',
            ExpressionAttributeValues: { ':pk': `ALERTDOC#${query.documentId}` },
          },
          filter,
        ),
      );
    } else {
      const perStatus = await Promise.all(
        statuses.map((status) =>
          queryAll<AlertItem>(
            this.db,
            withFilter(
              {
                TableName: this.table,
                IndexName: INDEXES.byStatus.name,
                KeyConditionExpression: query.raisedSince ? 'gsi1pk = :pk AND gsi1sk >= :since' : 'gsi1pk = :pk',
                ExpressionAttributeValues: { ':pk': `ALERT#${status}`, ...(query.raisedSince ? { ':since': query.raisedSince } : {}) },
              },
              filter,
            ),
          ),
        ),
      );
      items = perStatus.flat();
    }
    // A history copy and the current item can show the same alert for a moment: once per id.
    return [...new Map(items.map((i) => [i.record.id, i.record])).values()];
  }

  private async transition(item: AlertItem, status: AlertStatus, from: AlertStatus[], fields: Partial<AlertRecord>): Promise<boolean> {
    const record: AlertRecord = { ...item.record, ...fields, status };
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...alertItem(record, item.sk), ...(item.notifiedAt ? { notifiedAt: item.notifiedAt } : {}) },
          ConditionExpression: `#record.#id = :id AND #record.#status IN (${from.map((_, i) => `:s${i}`).join(', ')})`,
          ExpressionAttributeNames: { '#record': 'record', '#id': 'id', '#status': 'status' },
          ExpressionAttributeValues: { ':id': record.id, ...Object.fromEntries(from.map((s, i) => [`:s${i}`, s])) },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  private async current(key: string): Promise<AlertItem | undefined> {
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: KEY(key), sk: CURRENT }, ConsistentRead: true }));
    return res.Item as AlertItem | undefined;
  }

  private async itemById(id: string): Promise<AlertItem | undefined> {
    const items = await queryAll<AlertItem>(this.db, {
      TableName: this.table,
      IndexName: INDEXES.byAlertId.name,
      KeyConditionExpression: 'gsi3pk = :pk',
      ExpressionAttributeValues: { ':pk': `ALERTID#${id}` },
    });
    const found = items.find((i) => i.sk === CURRENT) ?? items[0];
    if (!found) return undefined;
    // The index lags the table a little: decide on the item itself.
    const res = await this.db.send(new GetCommand({ TableName: this.table, Key: { pk: found.pk, sk: found.sk }, ConsistentRead: true }));
    const item = res.Item as AlertItem | undefined;
    return item?.record.id === id ? item : undefined;
  }

  private async putHistory(item: AlertItem): Promise<void> {
    try {
      await this.db.send(
        new PutCommand({
          TableName: this.table,
          Item: { ...item, sk: `HIST#${item.record.raisedAt}#${item.record.id}` },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }

  private newRecord(alert: AlertInput): AlertRecord {
    return {
      id: randomUUID(),
      kind: alert.kind,
      key: alert.key,
      documentId: alert.documentId ?? null,
      message: alert.message,
      audience: alert.audience ?? 'operations',
      raisedAt: this.now(),
      dueSince: alert.dueSince ?? null,
      status: 'open',
      acknowledgedAt: null,
      acknowledgedBy: null,
      resolvedAt: null,
      resolvedBy: null,
      data: JSON.parse(JSON.stringify(alert.data ?? {})) as Record<string, unknown>,
    };
  }

  private now() {
    return this.clock.now().toISOString();
  }
}

function alertItem(record: AlertRecord, sk: string): AlertItem {
  return {
    pk: KEY(record.key),
    sk,
    entity: 'alert',
    record,
    gsi1pk: `ALERT#${record.status}`,
    gsi1sk: `${record.raisedAt}#${record.id}`,
    ...(record.documentId ? { gsi2pk: `ALERTDOC#${record.documentId}`, gsi2sk: `${record.raisedAt}#${record.id}` } : {}),
    gsi3pk: `ALERTID#${record.id}`,
  };
}

function byRaised(a: AlertRecord, b: AlertRecord) {
  return a.raisedAt.localeCompare(b.raisedAt) || a.id.localeCompare(b.id);
}
