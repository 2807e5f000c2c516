/**
 * Real AWS-protocol servers on loopback for adapter and handler tests and for `npm run cost`:
 * s3rver (S3), dynalite (DynamoDB), local-aws-sqs (SQS), aws-ses-v2-local (SES v2), an SNS stub.
 * Each starts on a free port and is stopped by whoever started it. Clients are configured the way
 * each server needs (`*Client(endpoint)`), also for servers running in another process.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import {
  ChangeMessageVisibilityCommand,
  CreateQueueCommand,
  DeleteMessageCommand,
  type Message,
  ReceiveMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Context, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import * as sesLocal from 'aws-ses-v2-local';
import dynalite from 'dynalite';
import { createSqsServer } from 'local-aws-sqs';
import S3rver from 's3rver';
import { documentClient } from '../../shared/adapters/aws/clients.ts';
import { INDEXES, TABLE_KEYS, WEB_TABLE_KEYS } from '../../shared/adapters/aws/dynamo-table.ts';

/** The package is CommonJS with an `__esModule` default: under ESM the function sits one level down. */
type SesServer = (config?: { host?: string; port?: number }) => Promise<Server>;
const sesModule = sesLocal as unknown as { default: SesServer | { default: SesServer } };
const startSesServer: SesServer = typeof sesModule.default === 'function' ? sesModule.default : sesModule.default.default;

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const region = 'eu-west-1';

/** An S3 client for s3rver at `endpoint`. */
export function s3Client(endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region,
    credentials,
    forcePathStyle: true,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

export const dynamoClient = (endpoint: string) => new DynamoDBClient({ endpoint, region, credentials });
export const sqsClient = (endpoint: string) => new SQSClient({ endpoint, region, credentials });
export const sesClient = (endpoint: string) => new SESv2Client({ endpoint, region, credentials });
export const snsClient = (endpoint: string) => new SNSClient({ endpoint, region, credentials, maxAttempts: 1 });

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

export interface LocalS3 {
  client: S3Client;
  endpoint: string;
  instance: S3rver;
  stop(): Promise<void>;
}

export async function startS3(buckets: string[]): Promise<LocalS3> {
  const directory = mkdtempSync(join(tmpdir(), 's3rver-'));
  const instance = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name, configs: [] })),
  });
  const { port } = (await instance.run()) as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  const client = s3Client(endpoint);
  return {
    client,
    endpoint,
    instance,
    async stop() {
      client.destroy();
      await instance.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface LocalDynamo {
  client: DynamoDBClient;
  endpoint: string;
  db: DynamoDBDocumentClient;
  table: string;
  stop(): Promise<void>;
}

/** dynalite with the ledger table, created with the same keys and indexes as the CDK stack. */
export async function startDynamo(table = 'ledger'): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 }) as Server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  const client = dynamoClient(endpoint);
  await createLedgerTable(client, table);
  const db = documentClient(client);
  return {
    client,
    endpoint,
    db,
    table,
    async stop() {
      db.destroy();
      await closeServer(server);
    },
  };
}

/** The ledger table, with the same keys and indexes as the CDK stack. */
export async function createLedgerTable(client: DynamoDBClient, table: string): Promise<void> {
  const S = 'S' as const;
  const all = { ProjectionType: 'ALL' as const };
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: TABLE_KEYS.partitionKey, AttributeType: S },
        { AttributeName: TABLE_KEYS.sortKey, AttributeType: S },
        { AttributeName: INDEXES.byStatus.partitionKey, AttributeType: S },
        { AttributeName: INDEXES.byStatus.sortKey, AttributeType: S },
        { AttributeName: INDEXES.byReference.partitionKey, AttributeType: S },
        { AttributeName: INDEXES.byReference.sortKey, AttributeType: S },
        { AttributeName: INDEXES.byAlertId.partitionKey, AttributeType: S },
      ],
      KeySchema: [
        { AttributeName: TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: INDEXES.byStatus.name,
          KeySchema: [
            { AttributeName: INDEXES.byStatus.partitionKey, KeyType: 'HASH' },
            { AttributeName: INDEXES.byStatus.sortKey, KeyType: 'RANGE' },
          ],
          Projection: all,
        },
        {
          IndexName: INDEXES.byReference.name,
          KeySchema: [
            { AttributeName: INDEXES.byReference.partitionKey, KeyType: 'HASH' },
            { AttributeName: INDEXES.byReference.sortKey, KeyType: 'RANGE' },
          ],
          Projection: all,
        },
        {
          IndexName: INDEXES.byAlertId.name,
          KeySchema: [{ AttributeName: INDEXES.byAlertId.partitionKey, KeyType: 'HASH' }],
          Projection: all,
        },
      ],
    }),
  );
  await untilActive(client, table);
}

/** The Textract token buckets' table (the processing stack's rate table: partition key pk). */
export async function createRateTable(client: DynamoDBClient, table: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: table,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
    }),
  );
  await untilActive(client, table);
}

/**
 * Waits until a table just created is ACTIVE: dynalite answers CreateTable with CREATING and turns
 * the table ACTIVE on a timer, so a request sent at once can find no table.
 */
export async function untilActive(client: DynamoDBClient, table: string): Promise<void> {
  for (let tries = 0; tries < 400; tries++) {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
    if (Table?.TableStatus === 'ACTIVE') return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`table ${table} did not become active`);
}

/** The web state table on a running dynalite, with the keys the CDK stack gives it (dynalite has no TTL to set). */
export async function startWebTable(client: DynamoDBClient, name: string): Promise<void> {
  await client.send(
    new CreateTableCommand({
      TableName: name,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: WEB_TABLE_KEYS.partitionKey, AttributeType: 'S' },
        { AttributeName: WEB_TABLE_KEYS.sortKey, AttributeType: 'S' },
      ],
      KeySchema: [
        { AttributeName: WEB_TABLE_KEYS.partitionKey, KeyType: 'HASH' },
        { AttributeName: WEB_TABLE_KEYS.sortKey, KeyType: 'RANGE' },
      ],
    }),
  );
  await untilActive(client, name);
}

export interface LocalSqs {
  client: SQSClient;
  endpoint: string;
  /** Creates a queue with a DLQ (redrive after `maxReceiveCount` receives); returns both URLs. */
  queueWithDlq(name: string, maxReceiveCount?: number, visibilityTimeout?: number): Promise<{ url: string; dlqUrl: string }>;
  stop(): Promise<void>;
}

export async function startSqs(): Promise<LocalSqs> {
  const port = await freePort();
  const server = await createSqsServer({ port, hostname: '127.0.0.1', emulateQueueCreationLifecycle: false });
  const endpoint = `http://127.0.0.1:${port}`;
  const client = sqsClient(endpoint);
  return {
    client,
    endpoint,
    queueWithDlq: (name, maxReceiveCount, visibilityTimeout) => createQueueWithDlq(client, name, maxReceiveCount, visibilityTimeout),
    async stop() {
      client.destroy();
      await closeServer(server);
    },
  };
}

/** Creates a queue with a DLQ on local-aws-sqs (redrive after `maxReceiveCount` receives); returns both URLs. */
export async function createQueueWithDlq(
  client: SQSClient,
  name: string,
  maxReceiveCount = 3,
  visibilityTimeout = 30,
): Promise<{ url: string; dlqUrl: string }> {
  const dlq = await client.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
  const dlqArn = `arn:aws:sqs:us-east-1:123456789012:${name}-dlq`;
  const queue = await client.send(
    new CreateQueueCommand({
      QueueName: name,
      Attributes: {
        VisibilityTimeout: String(visibilityTimeout),
        RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
      },
    }),
  );
  return { url: queue.QueueUrl as string, dlqUrl: dlq.QueueUrl as string };
}

export interface LocalSes {
  client: SESv2Client;
  endpoint: string;
  /** The messages the server holds (its `/store` endpoint). */
  emails(): Promise<SesStoredEmail[]>;
  stop(): Promise<void>;
}

export interface SesStoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[] };
  subject: string;
  body: { text?: string; html?: string };
  attachments: { filename?: string; contentType: string; size: number }[];
}

export async function startSes(): Promise<LocalSes> {
  const port = await freePort();
  const server = await startSesServer({ host: '127.0.0.1', port });
  const endpoint = `http://127.0.0.1:${port}`;
  await fetch(`${endpoint}/clear-store`, { method: 'POST' });
  const client = sesClient(endpoint);
  return {
    client,
    endpoint,
    async emails() {
      const res = await fetch(`${endpoint}/store`);
      return ((await res.json()) as { emails: SesStoredEmail[] }).emails;
    },
    async stop() {
      client.destroy();
      await closeServer(server);
    },
  };
}

export interface SnsPublished {
  topicArn: string;
  subject: string | undefined;
  message: string;
  attributes: Record<string, string>;
}

export interface LocalSns {
  client: SNSClient;
  endpoint: string;
  published: SnsPublished[];
  /** The next `n` publishes answer 500 (a failing SNS). */
  failNext(n: number): void;
  stop(): Promise<void>;
}

/**
 * A loopback stub that speaks SNS's query protocol for Publish only (there is no SNS server on npm):
 * it records what was published and answers like SNS.
 */
export async function startSnsStub(): Promise<LocalSns> {
  const published: SnsPublished[] = [];
  let failures = 0;
  const server = createHttpServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => {
      body += chunk;
    });
    req.on('end', () => {
      const form = new URLSearchParams(body);
      if (form.get('Action') !== 'Publish') {
        res.writeHead(400, { 'content-type': 'text/xml' }).end('<ErrorResponse><Error><Code>InvalidAction</Code></Error></ErrorResponse>');
        return;
      }
      if (failures > 0) {
        failures--;
        res
          .writeHead(500, { 'content-type': 'text/xml' })
          .end('<ErrorResponse><Error><Code>InternalError</Code><Message>stub</Message></Error></ErrorResponse>');
        return;
      }
      const attributes: Record<string, string> = {};
      for (let i = 1; form.has(`MessageAttributes.entry.${i}.Name`); i++)
        attributes[form.get(`MessageAttributes.entry.${i}.Name`) as string] =
          form.get(`MessageAttributes.entry.${i}.Value.StringValue`) ?? '';
      published.push({
        topicArn: form.get('TopicArn') ?? '',
        subject: form.get('Subject') ?? undefined,
        message: form.get('Message') ?? '',
        attributes,
      });
      res
        .writeHead(200, { 'content-type': 'text/xml' })
        .end(
          `<PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/"><PublishResult><MessageId>${randomUUID()}</MessageId></PublishResult><ResponseMetadata><RequestId>${randomUUID()}</RequestId></ResponseMetadata></PublishResponse>`,
        );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as { port: number };
  const endpoint = `http://127.0.0.1:${port}`;
  const client = snsClient(endpoint);
  return {
    client,
    endpoint,
    published,
    failNext(n) {
      failures = n;
    },
    async stop() {
      client.destroy();
      await closeServer(server);
    },
  };
}

/** A Lambda context as the runtime passes it (what middy and Powertools read). */
export function lambdaContext(functionName: string, timeoutMs = 60_000): Context {
  const deadline = Date.now() + timeoutMs;
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:eu-central-1:123456789012:function:${functionName}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: `2026/11/25/[$LATEST]${randomUUID().replace(/-/g, '')}`,
    getRemainingTimeInMillis: () => deadline - Date.now(),
    done() {},
    fail() {},
    succeed() {},
  };
}

type SqsHandler = (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>;

/**
 * What Lambda's SQS event source does, against a real queue: receive a batch, invoke the handler
 * with the records as Lambda shapes them, delete what succeeded, leave the reported failures (they
 * come back after their visibility timeout, and go to the DLQ after maxReceiveCount). Returns the
 * handler's responses, one per batch, until the queue is empty.
 */
export async function pump(
  sqs: SQSClient,
  queueUrl: string,
  handler: SqsHandler,
  options: { functionName?: string; batchSize?: number; maxBatches?: number } = {},
): Promise<SQSBatchResponse[]> {
  const responses: SQSBatchResponse[] = [];
  for (let i = 0; i < (options.maxBatches ?? 20); i++) {
    const res = await sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: queueUrl,
        MaxNumberOfMessages: options.batchSize ?? 10,
        WaitTimeSeconds: 0,
        MessageSystemAttributeNames: ['All'],
      }),
    );
    const messages = res.Messages ?? [];
    if (messages.length === 0) break;
    const event = sqsEvent(messages, queueUrl);
    let response: SQSBatchResponse;
    try {
      response = (await handler(event, lambdaContext(options.functionName ?? 'postkamer-test'))) ?? { batchItemFailures: [] };
    } catch {
      // The whole invocation failed: every message stays for a retry.
      response = { batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })) };
    }
    responses.push(response);
    const failed = new Set(response.batchItemFailures.map((f) => f.itemIdentifier));
    for (const m of messages)
      if (!failed.has(m.MessageId ?? '')) await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle }));
      else await sqs.send(new ChangeMessageVisibilityCommand({ QueueUrl: queueUrl, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 }));
    if (failed.size === messages.length) break; // nothing moves: let the test look
  }
  return responses;
}

/** The SQS event Lambda builds from received messages. */
export function sqsEvent(messages: Message[], queueUrl: string): SQSEvent {
  const name = queueUrl.split('/').at(-1) ?? 'queue';
  return {
    Records: messages.map(
      (m): SQSRecord => ({
        messageId: m.MessageId ?? randomUUID(),
        receiptHandle: m.ReceiptHandle ?? '',
        body: m.Body ?? '',
        attributes: {
          ApproximateReceiveCount: m.Attributes?.ApproximateReceiveCount ?? '1',
          SentTimestamp: m.Attributes?.SentTimestamp ?? String(Date.now()),
          SenderId: m.Attributes?.SenderId ?? 'AIDAEXAMPLE',
          ApproximateFirstReceiveTimestamp: m.Attributes?.ApproximateFirstReceiveTimestamp ?? String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: m.MD5OfBody ?? '',
        eventSource: 'aws:sqs',
        eventSourceARN: `arn:aws:sqs:eu-central-1:123456789012:${name}`,
        awsRegion: 'eu-central-1',
      }),
    ),
  };
}

/** One SQS record around a body, for handler calls without a queue. */
export function sqsRecordEvent(bodies: string[], receiveCount = 1): SQSEvent {
  const event = sqsEvent(
    bodies.map((Body) => ({
      MessageId: randomUUID(),
      ReceiptHandle: randomUUID(),
      Body,
      Attributes: { ApproximateReceiveCount: String(receiveCount) },
    })),
    'http://localhost/123456789012/direct',
  );
  return event;
}

/** Every GetObject the client sends from now on (key and range), pushed into `into`: what a handler read of the bucket. */
export function recordGets(s3: S3Client, into: { key: string; range: string | undefined }[]) {
  s3.middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'GetObjectCommand') {
        const input = args.input as { Key: string; Range?: string };
        into.push({ key: input.Key, range: input.Range });
      }
      return next(args);
    },
    { step: 'initialize', name: 'recordGets' },
  );
}

/** The event an EventBridge schedule (rule `rule`) sends its target, as the scheduled Lambdas receive it. */
export function scheduledEvent(rule: string) {
  return {
    version: '0',
    id: randomUUID(),
    'detail-type': 'Scheduled Event',
    source: 'aws.events',
    account: '123456789012',
    time: new Date().toISOString(),
    region: 'eu-central-1',
    resources: [`arn:aws:events:eu-central-1:123456789012:rule/${rule}`],
    detail: {},
  };
}
