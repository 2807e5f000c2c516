import { PublishCommand, type SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { AlertInput, AlertKind, AlertRecord } from '../../domain/alert.ts';
import type { AlertQuery, AlertStore, Clock, Logger } from '../../ports.ts';
import { systemClock } from '../clock.ts';
import { DynamoAlertStore, type StoredAlert } from './dynamo-alert-store.ts';

/**
 * Alerts on AWS: stored (and deduplicated by key) in the ledger table, then published to the
 * operations SNS topic as JSON with ids, counts and times only. Subscriptions can filter on the
 * `kind` and `audience` message attributes.
 *
 * Publishing is at least once: an alert is marked notified after the publish, and raising the
 * same key again while it is stored but not yet notified (a crash, a failed publish) publishes it
 * then, and counts as the raise.
 */
export class SnsAlerter implements AlertStore {
  constructor(
    private readonly store: DynamoAlertStore,
    private readonly sns: SNSClient,
    private readonly topicArn: string,
    private readonly logger: Logger,
  ) {}

  async raise(alert: AlertInput): Promise<boolean> {
    return (await this.notify(await this.store.store(alert, 'unless-open'))) !== undefined;
  }

  async raiseOnce(alert: AlertInput): Promise<AlertRecord | undefined> {
    return this.notify(await this.store.store(alert, 'once'));
  }

  get(id: string) {
    return this.store.get(id);
  }
  findByKey(key: string) {
    return this.store.findByKey(key);
  }
  listOpen(query?: Omit<AlertQuery, 'status'>) {
    return this.store.listOpen(query);
  }
  listRecent(query?: AlertQuery) {
    return this.store.listRecent(query);
  }
  countOpen(): Promise<Partial<Record<AlertKind, number>>> {
    return this.store.countOpen();
  }
  acknowledge(id: string, by: string) {
    return this.store.acknowledge(id, by);
  }
  resolve(id: string, by: string) {
    return this.store.resolve(id, by);
  }
  resolveByKey(key: string, by?: string) {
    return this.store.resolveByKey(key, by);
  }
  resolveForDocument(documentId: string, by: string, kinds?: AlertKind[]) {
    return this.store.resolveForDocument(documentId, by, kinds);
  }

  /** Publishes a new (or stored but never published) alert; undefined when there is nothing new. */
  private async notify(stored: StoredAlert): Promise<AlertRecord | undefined> {
    const { record } = stored;
    if (stored.notified || record.status === 'resolved' || (!stored.created && record.status !== 'open')) return undefined;
    await this.sns.send(
      new PublishCommand({
        TopicArn: this.topicArn,
        Subject: `[postkamer] ${record.kind}`.slice(0, 100),
        Message: JSON.stringify(alertMessage(record)),
        MessageAttributes: {
          kind: { DataType: 'String', StringValue: record.kind },
          audience: { DataType: 'String', StringValue: record.audience },
        },
      }),
    );
    await this.store.markNotified(record.key, record.id);
    this.logger.info('alert published', { alertId: record.id, kind: record.kind, documentId: record.documentId });
    return record;
  }
}

/** The AWS runtime's alerts: stored in the ledger table, published to the alert topic. */
export function ledgerTableAlerts(options: {
  db: DynamoDBDocumentClient;
  table: string;
  sns: SNSClient;
  topicArn: string;
  logger: Logger;
  clock?: Clock;
}): SnsAlerter {
  const store = new DynamoAlertStore(options.db, options.table, options.clock ?? systemClock, options.logger);
  return new SnsAlerter(store, options.sns, options.topicArn, options.logger);
}

/** The published JSON: the alert's ids, times and message (which by contract holds no personal data). */
export function alertMessage(record: AlertRecord) {
  return {
    id: record.id,
    kind: record.kind,
    key: record.key,
    documentId: record.documentId,
    audience: record.audience,
    raisedAt: record.raisedAt,
    dueSince: record.dueSince,
    message: record.message,
  };
}
