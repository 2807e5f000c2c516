/**
 * The whole AWS pipeline in-process: s3rver, dynalite, local-aws-sqs, aws-ses-v2-local and an SNS
 * stub on loopback, Textract mocked at its client, and the real composition roots and handlers
 * built from an environment like the one the processing stack sets. The handler tests use
 * `startPipeline`; `npm run cost` wires the same handlers (`wirePipeline`) to servers in a child
 * process, so the CPU it measures is the handlers' own.
 */
import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SESv2Client } from '@aws-sdk/client-sesv2';
import type { SNSClient } from '@aws-sdk/client-sns';
import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { TextractClient } from '@aws-sdk/client-textract';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { type AwsClientStub, mockClient } from 'aws-sdk-client-mock';
import * as extractModule from '../../functions/extract/handler.ts';
import * as intakeModule from '../../functions/intake/handler.ts';
import * as receiptModule from '../../functions/receipt/handler.ts';
import * as routeModule from '../../functions/route/handler.ts';
import * as splitModule from '../../functions/split/handler.ts';
import * as sweepModule from '../../functions/sweep/handler.ts';
import * as textractCompleteModule from '../../functions/textract-complete/handler.ts';
import { once } from '../../shared/adapters/aws/lambda-handler.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import {
  createQueueWithDlq,
  type LocalDynamo,
  type LocalS3,
  type LocalSes,
  type LocalSns,
  type LocalSqs,
  pump,
  startDynamo,
  startS3,
  startSes,
  startSnsStub,
  startSqs,
} from './local-aws.ts';

export const BUCKET = 'postkamer-documents';
export const TEAMS = ['intake', 'inkomen', 'werk', 'bezwaar', 'klachten', 'schuldhulp', 'triage'] as const;

export interface Pipeline {
  s3: LocalS3;
  dynamo: LocalDynamo;
  sqs: LocalSqs;
  ses: LocalSes;
  sns: LocalSns;
  textract: AwsClientStub<TextractClient>;
  env: Record<string, string>;
  queues: Record<'intake' | 'extract' | 'textractComplete' | 'split' | 'route' | 'receipt', { url: string; dlqUrl: string }>;
  teamQueues: Record<string, { url: string; dlqUrl: string }>;
  handlers: {
    intake: ReturnType<typeof intakeModule.createIntakeHandler>;
    extract: ReturnType<typeof extractModule.createExtractHandler>;
    textractComplete: ReturnType<typeof textractCompleteModule.createTextractCompleteHandler>;
    split: ReturnType<typeof splitModule.createSplitHandler>;
    route: ReturnType<typeof routeModule.createRouteHandler>;
    receipt: ReturnType<typeof receiptModule.createReceiptHandler>;
    sweep: ReturnType<typeof sweepModule.createSweepHandler>;
  };
  sweepOutput: string[];
  /** Uploads a scan under inbox/<channel>/ and queues the S3 event s3rver emitted for it, as S3 would; returns that event. */
  upload(key: string, body: Uint8Array, metadata?: Record<string, string>): Promise<string>;
  /** Puts a message on a queue again (S3 and SQS deliver at least once). */
  redeliver(queueUrl: string, body: string): Promise<void>;
  /** Runs each step's queue through its handler until all are empty. */
  drain(): Promise<void>;
  stop(): Promise<void>;
}

export type StepQueues = Pipeline['queues'];

export interface PipelineClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
  ses: SESv2Client;
  textract: TextractClient;
}

/** A Textract client for mocking (aws-sdk-client-mock replaces its `send`: nothing leaves the process). */
export function mockableTextractClient(): TextractClient {
  return new TextractClient({ region: 'eu-central-1', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
}

/**
 * Each step's handler module (functions/<step>/handler.ts): its handler factory and composition
 * root. The sources by default; a test of the deployed code passes the synthesized bundles' modules.
 */
export interface PipelineModules {
  intake: Pick<typeof intakeModule, 'createIntakeHandler' | 'intakeRoot'>;
  extract: Pick<typeof extractModule, 'createExtractHandler' | 'extractRoot'>;
  textractComplete: Pick<typeof textractCompleteModule, 'createTextractCompleteHandler' | 'textractCompleteRoot'>;
  split: Pick<typeof splitModule, 'createSplitHandler' | 'splitRoot'>;
  route: Pick<typeof routeModule, 'createRouteHandler' | 'routeRoot'>;
  receipt: Pick<typeof receiptModule, 'createReceiptHandler' | 'receiptRoot'>;
  sweep: Pick<typeof sweepModule, 'createSweepHandler' | 'sweepRoot'>;
}

export const SOURCE_MODULES: PipelineModules = {
  intake: intakeModule,
  extract: extractModule,
  textractComplete: textractCompleteModule,
  split: splitModule,
  route: routeModule,
  receipt: receiptModule,
  sweep: sweepModule,
};

export interface WiredPipeline {
  env: Record<string, string>;
  queues: StepQueues;
  teamQueues: Record<string, { url: string; dlqUrl: string }>;
  handlers: Pipeline['handlers'];
  sweepOutput: string[];
}

/**
 * The queues, the directory object and the handlers of the pipeline on running servers (the ledger
 * table `table` exists): the handlers built by their real composition roots from an environment
 * like the processing stack's, `env` overriding it.
 */
export async function wirePipeline(
  clients: PipelineClients,
  table: string,
  directory: Directory,
  options: { maxReceiveCount?: number; env?: Record<string, string>; modules?: PipelineModules } = {},
): Promise<WiredPipeline> {
  const m = options.modules ?? SOURCE_MODULES;
  const maxReceiveCount = options.maxReceiveCount ?? 3;
  await clients.s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'directory/directory.json', Body: JSON.stringify(directory) }));
  const queue = (name: string) => createQueueWithDlq(clients.sqs, name, maxReceiveCount);
  const queues = {
    intake: await queue('intake'),
    extract: await queue('extract'),
    textractComplete: await queue('textract-complete'),
    split: await queue('split'),
    route: await queue('route'),
    receipt: await queue('receipt'),
  };
  const teamQueues = Object.fromEntries(await Promise.all(TEAMS.map(async (t) => [t, await queue(`team-${t}`)] as const)));
  const env: Record<string, string> = {
    TABLE_NAME: table,
    BUCKET_NAME: BUCKET,
    DIRECTORY_KEY: 'directory/directory.json',
    DIRECTORY_RECHECK_SECONDS: '0',
    EXTRACT_QUEUE_URL: queues.extract.url,
    SPLIT_QUEUE_URL: queues.split.url,
    ROUTE_QUEUE_URL: queues.route.url,
    RECEIPT_QUEUE_URL: queues.receipt.url,
    TEAM_QUEUE_URLS: JSON.stringify(Object.fromEntries(Object.entries(teamQueues).map(([t, q]) => [t, q.url]))),
    ALERT_TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:postkamer-alerts',
    TEXTRACT_TOPIC_ARN: 'arn:aws:sns:eu-central-1:123456789012:postkamer-textract',
    TEXTRACT_ROLE_ARN: 'arn:aws:iam::123456789012:role/postkamer-textract',
    MAIL_FROM: 'postkamer@gemeente.example',
    RECEIPT_CHECK_HINT: 'https://www.gemeente.example/ontvangstbewijs',
    MAX_FILE_MB: '50',
    MAX_RECEIVE_COUNT: String(maxReceiveCount),
    UNROUTED_ALERT_AFTER: '4h',
    ...options.env,
  };
  const sweepOutput: string[] = [];
  const handlers = {
    intake: m.intake.createIntakeHandler(once(() => m.intake.intakeRoot(env, clients))),
    extract: m.extract.createExtractHandler(once(() => m.extract.extractRoot(env, clients))),
    textractComplete: m.textractComplete.createTextractCompleteHandler(once(() => m.textractComplete.textractCompleteRoot(env, clients))),
    split: m.split.createSplitHandler(once(() => m.split.splitRoot(env, clients))),
    route: m.route.createRouteHandler(once(() => m.route.routeRoot(env, clients))),
    receipt: m.receipt.createReceiptHandler(once(() => m.receipt.receiptRoot(env, clients))),
    sweep: m.sweep.createSweepHandler(
      once((): sweepModule.SweepRoot => ({ ...m.sweep.sweepRoot(env, clients), write: (line) => sweepOutput.push(line) })),
    ),
  };
  return { env, queues, teamQueues, handlers, sweepOutput };
}

/** The queues in the order a document passes them, each with its handler and the batch size of its event source. */
export function stepOrder(wired: Pick<WiredPipeline, 'queues' | 'handlers'>): [string, Parameters<typeof pump>[2], number][] {
  const { queues, handlers } = wired;
  return [
    [queues.intake.url, handlers.intake, 5],
    [queues.extract.url, handlers.extract, 1],
    [queues.textractComplete.url, handlers.textractComplete, 1],
    [queues.split.url, handlers.split, 10],
    [queues.route.url, handlers.route, 10],
    [queues.receipt.url, handlers.receipt, 10],
  ];
}

/** What Textract publishes (SNS → SQS, raw delivery) when a text detection job has finished. */
export function textractCompletion(o: { jobId: string; jobTag: string; bucket: string; key: string }): string {
  return JSON.stringify({
    JobId: o.jobId,
    Status: 'SUCCEEDED',
    API: 'StartDocumentTextDetection',
    JobTag: o.jobTag,
    Timestamp: Date.now(),
    DocumentLocation: { S3ObjectName: o.key, S3Bucket: o.bucket },
  });
}

export async function startPipeline(directory: Directory, maxReceiveCount = 3, modules?: PipelineModules): Promise<Pipeline> {
  const [s3, dynamo, sqs, ses, sns] = await Promise.all([startS3([BUCKET]), startDynamo(), startSqs(), startSes(), startSnsStub()]);
  const textractClient = mockableTextractClient();
  const textract = mockClient(textractClient);
  const clients = { s3: s3.client, sqs: sqs.client, dynamo: dynamo.db, sns: sns.client, ses: ses.client, textract: textractClient };
  const wired = await wirePipeline(clients, dynamo.table, directory, { maxReceiveCount, modules });
  const { env, queues, teamQueues, handlers, sweepOutput } = wired;

  // S3 → SQS: s3rver emits the notification; S3 would put exactly this JSON on the intake queue.
  const s3Events: { body: string; sent: Promise<unknown> }[] = [];
  s3.instance.on('event', (event: { Records: { s3: { object: { key: string } } }[] }) => {
    if (!event.Records[0]?.s3.object.key.startsWith('inbox/')) return;
    const body = JSON.stringify(event);
    s3Events.push({ body, sent: sqs.client.send(new SendMessageCommand({ QueueUrl: queues.intake.url, MessageBody: body })) });
  });

  return {
    s3,
    dynamo,
    sqs,
    ses,
    sns,
    textract,
    env,
    queues,
    teamQueues,
    handlers,
    sweepOutput,
    async upload(key, body, metadata) {
      const before = s3Events.length;
      const res = await s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: body, Metadata: metadata }));
      while (s3Events.length === before) await new Promise((r) => setTimeout(r, 5));
      await Promise.all(s3Events.map((e) => e.sent));
      void res;
      return s3Events.at(-1)?.body ?? '';
    },
    async redeliver(queueUrl, body) {
      await sqs.client.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body }));
    },
    async drain() {
      for (const [url, handler, batchSize] of stepOrder(wired)) await pump(sqs.client, url, handler, { batchSize });
    },
    async stop() {
      textract.restore();
      await Promise.all([s3.stop(), dynamo.stop(), sqs.stop(), ses.stop(), sns.stop()]);
    },
  };
}

/**
 * The text of a scanned objection letter by client K-100234 (BSN 123456782, Jan de Vries): a type
 * the classifier is sure of, so the test is about the AWS wiring, not about the model's threshold.
 */
export const OBJECTION_LINES = [
  'Bezwaarschrift',
  'Aan het college van burgemeester en wethouders van de gemeente Test',
  'Afdeling Werk en Inkomen',
  'Betreft: bezwaar tegen het besluit van 3 oktober 2026',
  'Geacht college,',
  'Hierbij maak ik bezwaar tegen uw besluit van 3 oktober 2026 waarin mijn bijstandsuitkering is verlaagd.',
  'Ik ben het niet eens met dit besluit omdat mijn inkomsten verkeerd zijn berekend.',
  'Ik verzoek u het besluit te herroepen.',
  'Burgerservicenummer: 123456782',
  'Met vriendelijke groet,',
  'J. de Vries',
];

/** Bytes that sniff as a JPEG (a scanner's single-page output). */
export function jpegScan(seed: string): Uint8Array {
  return new Uint8Array([
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x10,
    0x4a,
    0x46,
    0x49,
    0x46,
    0x00,
    0x01,
    ...new TextEncoder().encode(seed),
    0xff,
    0xd9,
  ]);
}

/** Textract's answer for one page, LINE and WORD blocks as it sends them. */
export function textractPage(lines: string[], page?: number) {
  const geometry = { BoundingBox: { Width: 0.5, Height: 0.02, Left: 0.1, Top: 0.1 }, Polygon: [] };
  return lines.flatMap((text, i) => [
    {
      BlockType: 'LINE' as const,
      Id: `l-${page ?? 1}-${i}`,
      Text: text,
      Confidence: 99.2,
      Geometry: geometry,
      ...(page ? { Page: page } : {}),
    },
    ...text.split(' ').map((w, j) => ({
      BlockType: 'WORD' as const,
      Id: `w-${page ?? 1}-${i}-${j}`,
      Text: w,
      TextType: 'PRINTED' as const,
      Confidence: 99.2,
      Geometry: geometry,
      ...(page ? { Page: page } : {}),
    })),
  ]);
}
