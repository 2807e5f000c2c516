import { createHash } from 'node:crypto';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { type InboxRead, S3Inbox } from '../../shared/adapters/aws/s3-inbox.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { readLambdaEnv } from '../../shared/config.ts';
import { type IntakeDeps, intake, intakeOversized } from './intake.ts';
import { type InboxUpload, inboxMetadataSchema, intakeMessageSchema } from './schema.ts';

/** Intake on AWS: S3 upload under `inbox/<channel>/` → S3 event → SQS → this Lambda → intake use case. */
const logger = createLambdaLogger('intake');

export interface IntakeRoot {
  deps: IntakeDeps;
  inbox: S3Inbox;
  maxBytes: number;
}

export interface IntakeClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
}

/** The composition root: adapters from the environment, built once per container. */
export function intakeRoot(env: Record<string, string | undefined> = process.env, clients?: IntakeClients): IntakeRoot {
  const c = clients ?? {
    s3: new S3Client(SDK_RETRY),
    sqs: new SQSClient(SDK_RETRY),
    dynamo: documentClient(),
    sns: new SNSClient(SDK_RETRY),
  };
  const config = readLambdaEnv(
    ['TABLE_NAME', 'BUCKET_NAME', 'EXTRACT_QUEUE_URL', 'RECEIPT_QUEUE_URL', 'ALERT_TOPIC_ARN', 'MAX_FILE_MB'],
    env,
  );
  const log = asPortLogger(logger);
  const ledger = new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock);
  return {
    deps: {
      ledger,
      objects: new S3ObjectStore(c.s3, config.BUCKET_NAME),
      queue: new SqsWorkQueue(c.sqs, { extract: config.EXTRACT_QUEUE_URL, receipt: config.RECEIPT_QUEUE_URL }),
      alerter: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
      clock: systemClock,
      logger: log,
    },
    inbox: new S3Inbox(c.s3),
    maxBytes: config.MAX_FILE_MB * 1024 * 1024,
  };
}

export function createIntakeHandler(root: () => IntakeRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) =>
    processSqsStep(event, context, signal, {
      step: 'intake',
      logger,
      parse: (record) => intakeMessageSchema.parse(JSON.parse(record.body)),
      documentId: () => undefined, // there is none before intake
      run: async (uploads) => {
        for (const upload of uploads) await takeIn(root(), upload, signal);
      },
    }),
  );
}

/** Bytes read from an over-limit upload: enough to sniff its type, nothing more. */
const HEAD_BYTES = 4096;

async function takeIn(root: IntakeRoot, upload: InboxUpload, signal: AbortSignal) {
  // The size from the S3 event first: an upload over the limit is never read, only described.
  const read: InboxRead =
    upload.size !== undefined && upload.size > root.maxBytes
      ? { kind: 'too-large', info: await root.inbox.describe(upload, signal) }
      : await root.inbox.read(upload, { maxBytes: root.maxBytes, signal });
  const metadata = read.kind === 'read' ? read.metadata : read.info.metadata;
  const desk = inboxMetadataSchema.parse(metadata);
  const common = {
    filename: upload.filename,
    channel: upload.channel,
    source: `s3:inbox/${upload.channel}`,
    intakeKey: upload.intakeKey,
    receivedAt: upload.receivedAt,
    deskClientNumber: desk['client-number'] ?? null,
    receiptEmail: desk['receipt-email'] ?? null,
    maxBytes: root.maxBytes,
  };
  if (read.kind === 'read') return intake(root.deps, { ...common, bytes: read.bytes });
  const { size, etag } = read.info;
  return intakeOversized(root.deps, {
    ...common,
    file: {
      byteSize: size,
      fingerprint: uploadFingerprint(upload, etag, size),
      head: await root.inbox.readStart(upload, HEAD_BYTES, signal),
    },
  });
}

/**
 * The fingerprint of an upload too large to read: a SHA-256 of what identifies this upload
 * (bucket, key, version, ETag, size), not of its bytes. Hashing gigabytes inside a 60-second
 * Lambda is what the size check is there to avoid; a rejected file is never compared by content.
 */
function uploadFingerprint(upload: InboxUpload, etag: string, size: number): string {
  return createHash('sha256').update(`s3-upload\n${upload.intakeKey}\n${etag}\n${size}`).digest('hex');
}

export const handler = createIntakeHandler(once(() => intakeRoot()));
