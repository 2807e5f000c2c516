import {
  type DynamoDBDocumentClient,
  QueryCommand,
  type QueryCommandInput,
  ScanCommand,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';

/**
 * The single ledger table: its key attributes and indexes, shared by the adapters and the CDK
 * stack so both always agree.
 *
 * | item                | pk                 | sk                      | gsi1 (status, time)              | gsi2 (reference, time)          | gsi3     |
 * |---------------------|--------------------|-------------------------|----------------------------------|---------------------------------|----------|
 * | document            | DOC#<id>           | META                    | DOC#<status> · <updatedAt>#<id>  | DOCDAY#<UTC day> · <receivedAt>#<id> |     |
 * | audit event         | DOC#<id>           | EVT#<seq, 10 digits>    |                                  |                                 |          |
 * | intake key          | INTAKE#<key>       | INTAKE                  |                                  |                                 |          |
 * | fingerprint (first) | FP#<sha256>        | FP                      |                                  |                                 |          |
 * | receipt number      | RECEIPT#<number>   | RECEIPT                 |                                  |                                 |          |
 * | side effect claim   | EFFECT#<key>       | EFFECT                  |                                  |                                 |          |
 * | received tally      | TALLY              | RECEIVED#<UTC day>      |                                  |                                 |          |
 * | tallies complete    | TALLY              | BUILT                   |                                  |                                 |          |
 * | alert (current)     | ALERT#<key>        | CURRENT                 | ALERT#<status> · <raisedAt>#<id> | ALERTDOC#<documentId> · <raisedAt>#<id> | ALERTID#<id> |
 * | alert (earlier)     | ALERT#<key>        | HIST#<raisedAt>#<id>    | same                             | same                            | same     |
 * | mail message        | MAIL#<id>          | META                    |                                  | MAIL · <receivedAt>#<id>        |          |
 * | mail fingerprint    | MAILFP#<sha256>    | MAILFP                  |                                  |                                 |          |
 * | mail document       | MAILDOC#<docId>    | MAILDOC                 |                                  |                                 |          |
 * | mail reply          | MAILREPLY#<sha256 of address> | <sentAt>#<messageId> |                          |                                 |          |
 * | sent mail (receipt) | SENTMAIL#<SES message id> | DOC#<documentId> |                                |                                 |          |
 * | directory change    | DIRECTORY          | EVT#<seq, 10 digits>    |                                  |                                 |          |
 * | directory lock      | LOCK#DIRECTORY     | <directory object key>  |                                  |                                 |          |
 *
 * The document item sorts after its events (`META` > `EVT#…`), so one descending query reads the
 * document and its newest stored event together.
 *
 * Open work is read through gsi1: a document sits in the partition of its current status
 * (`DOC#routed`, `DOC#triage`, …) and leaves it when it moves on, so the sweep's queries for
 * triage, failed, in-process and routed documents never touch acknowledged, closed or rejected
 * ones, however many there are. Received tallies (a counter per hour and type, see DynamoLedger)
 * answer the surge rule without reading a month of documents.
 */
export const TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk' } as const;

/**
 * The table's time-to-live attribute (epoch seconds): an item carrying it is removed by DynamoDB
 * some time after that instant. Only lookups that lose their use set it (a mail reply's, for the
 * per-sender rate limit); documents, events and alerts never do.
 */
export const TTL_ATTRIBUTE = 'expiresAt';

/**
 * The web app's own state table (rate limits, revoked sessions, upload batches; items in
 * dynamo-web-stores.ts), shared by its adapters and the CDK stack: string keys `pk` and `sk`, no
 * index (every question is one item or one partition), TTL on `expiresAt` (epoch seconds).
 */
export const WEB_TABLE_KEYS = { partitionKey: 'pk', sortKey: 'sk', timeToLiveAttribute: 'expiresAt' } as const;

export const INDEXES = {
  /** Documents by status and last status change; alerts by status and raise time. */
  byStatus: { name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' },
  /** Documents by day received; alerts by document; mail messages by time received. */
  byReference: { name: 'gsi2', partitionKey: 'gsi2pk', sortKey: 'gsi2sk' },
  /** Alerts by id. */
  byAlertId: { name: 'gsi3', partitionKey: 'gsi3pk' },
} as const;

export function isConditionFailed(error: unknown): boolean {
  return (error as { name?: string })?.name === 'ConditionalCheckFailedException';
}

/** Every page of a query. */
export async function queryAll<T>(db: DynamoDBDocumentClient, input: QueryCommandInput): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await db.send(new QueryCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...((res.Items ?? []) as T[]));
    start = res.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Every page of a scan (only for rare, unindexed questions). */
export async function scanAll<T>(db: DynamoDBDocumentClient, input: ScanCommandInput): Promise<T[]> {
  const items: T[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const res = await db.send(new ScanCommand({ ...input, ExclusiveStartKey: start }));
    items.push(...((res.Items ?? []) as T[]));
    start = res.LastEvaluatedKey;
  } while (start);
  return items;
}

/** A FilterExpression and its names and values, built from optional clauses. */
export class Filter {
  readonly clauses: string[] = [];
  readonly names: Record<string, string> = {};
  readonly values: Record<string, unknown> = {};
  private n = 0;

  /** `path` is a dotted attribute path (`record.route.team`); `op` one of =, <>, <, <=, >, >=. */
  compare(path: string, op: '=' | '<>' | '<' | '<=' | '>' | '>=', value: unknown): this {
    if (value === undefined) return this;
    const v = `:f${this.n++}`;
    this.clauses.push(`${this.path(path)} ${op} ${v}`);
    this.values[v] = value;
    return this;
  }

  in(path: string, values: readonly unknown[] | undefined): this {
    if (!values?.length) return this;
    const vs = values.map((value) => {
      const v = `:f${this.n++}`;
      this.values[v] = value;
      return v;
    });
    this.clauses.push(`${this.path(path)} IN (${vs.join(', ')})`);
    return this;
  }

  /** The parts to spread into a Query or Scan input (nothing when there are no clauses). */
  input(): {
    FilterExpression?: string;
    ExpressionAttributeNames?: Record<string, string>;
    ExpressionAttributeValues?: Record<string, unknown>;
  } {
    if (!this.clauses.length) return {};
    return { FilterExpression: this.clauses.join(' AND '), ExpressionAttributeNames: this.names, ExpressionAttributeValues: this.values };
  }

  private path(path: string) {
    return path
      .split('.')
      .map((part) => {
        const name = `#${part}`;
        this.names[name] = part;
        return name;
      })
      .join('.');
  }
}

/** Merges filter parts with a query's own names and values. */
export function withFilter(input: QueryCommandInput, filter: Filter): QueryCommandInput {
  const f = filter.input();
  if (!f.FilterExpression) return input;
  return {
    ...input,
    FilterExpression: f.FilterExpression,
    ExpressionAttributeNames: { ...input.ExpressionAttributeNames, ...f.ExpressionAttributeNames },
    ExpressionAttributeValues: { ...input.ExpressionAttributeValues, ...f.ExpressionAttributeValues },
  };
}
