import type { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { TextractClient, type TextractClientConfig } from '@aws-sdk/client-textract';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { documentClient } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { DynamoTokenBucket, RateLimitedError } from '../../shared/adapters/aws/dynamo-token-bucket.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { type Deferral, sqsDeferral } from '../../shared/adapters/aws/sqs-deferral.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { TextractExtractor } from '../../shared/adapters/aws/textract-extractor.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { readLambdaEnv } from '../../shared/config.ts';
import { recordDeadLetter } from '../dead-letter/dead-letter.ts';
import { type ExtractDeps, extract } from './extract.ts';
import { extractMessageSchema } from './schema.ts';

/**
 * Extract on AWS: extract queue → this Lambda → extract use case with Textract. A born-digital PDF
 * is read from its text layer here; a scanned one starts an asynchronous Textract job and the
 * message is done; the textract-complete Lambda finishes the step. Every Textract call takes a
 * token from the shared bucket (RATE_TABLE_NAME, TEXTRACT_TPS); when none comes within
 * TEXTRACT_MAX_WAIT_MS the message is put back with a short delay instead of failing.
 */
const logger = createLambdaLogger('extract');

export interface ExtractRoot {
  deps: ExtractDeps;
  textract: TextractExtractor;
  maxReceiveCount: number;
  /** Puts an extract message back for later (the Textract rate is used up). */
  deferExtract?: Deferral;
  /** Puts a Textract completion back for later. */
  deferCompletion?: Deferral;
}

/**
 * The Textract client: the SDK's standard retry mode (exponential backoff with full jitter, for
 * throttling, 5xx and timeouts; a client-side retry quota stops retry storms), so a passing 5xx
 * costs seconds, not a trip through the queue. The extractor adds no retries of its own.
 */
export function textractClient(config: TextractClientConfig = {}): TextractClient {
  return new TextractClient({ ...config, retryMode: 'standard', maxAttempts: 4 });
}

export interface ExtractClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
  textract: TextractClient;
}

/** Shared by the extract and textract-complete Lambdas: the same step, entered two ways. */
export function extractRoot(
  env: Record<string, string | undefined> = process.env,
  clients?: ExtractClients,
  powertools: PowertoolsLogger = logger,
): ExtractRoot {
  const c = clients ?? {
    s3: new S3Client({}),
    sqs: new SQSClient({}),
    dynamo: documentClient(),
    sns: new SNSClient({}),
    textract: textractClient(),
  };
  const config = readLambdaEnv(
    [
      'TABLE_NAME',
      'BUCKET_NAME',
      'SPLIT_QUEUE_URL',
      'RECEIPT_QUEUE_URL',
      'ALERT_TOPIC_ARN',
      'TEXTRACT_TOPIC_ARN',
      'TEXTRACT_ROLE_ARN',
      'MAX_RECEIVE_COUNT',
      'EXTRACT_QUEUE_URL',
      'TEXTRACT_COMPLETE_QUEUE_URL',
      'RATE_TABLE_NAME',
      'TEXTRACT_TPS',
      'TEXTRACT_MAX_WAIT_MS',
      'MAX_PAGES',
    ],
    env,
  );
  const log = asPortLogger(powertools);
  const objects = new S3ObjectStore(c.s3, config.BUCKET_NAME);
  const textract = new TextractExtractor(c.textract, {
    bucket: config.BUCKET_NAME,
    notification: { topicArn: config.TEXTRACT_TOPIC_ARN, roleArn: config.TEXTRACT_ROLE_ARN },
    objects,
    logger: log,
    maxPages: config.MAX_PAGES,
    ...(config.RATE_TABLE_NAME
      ? {
          rateLimiter: new DynamoTokenBucket(c.dynamo, {
            table: config.RATE_TABLE_NAME,
            rate: config.TEXTRACT_TPS,
            maxWaitMs: config.TEXTRACT_MAX_WAIT_MS,
            clock: systemClock,
          }),
        }
      : {}),
  });
  return {
    deps: {
      ledger: new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock),
      objects,
      extractor: textract,
      queue: new SqsWorkQueue(c.sqs, { split: config.SPLIT_QUEUE_URL, receipt: config.RECEIPT_QUEUE_URL }),
      alerter: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
      logger: log,
    },
    textract,
    maxReceiveCount: config.MAX_RECEIVE_COUNT,
    deferExtract: sqsDeferral(c.sqs, config.EXTRACT_QUEUE_URL),
    ...(config.TEXTRACT_COMPLETE_QUEUE_URL ? { deferCompletion: sqsDeferral(c.sqs, config.TEXTRACT_COMPLETE_QUEUE_URL) } : {}),
  };
}

/**
 * Runs the step; when the Textract rate is used up, puts the message back with a delay (when the
 * root can) and ends the message well: not a failed attempt, no wait for the visibility timeout.
 */
export async function deferringOnRateLimit(
  run: () => Promise<void>,
  deferral: Deferral | undefined,
  body: string,
  onDeferred: (fields: Record<string, unknown>) => void,
): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof RateLimitedError) || !deferral) throw error;
    const { delaySeconds } = await deferral.defer(body);
    onDeferred({ bucket: error.bucket, code: error.code, delaySeconds });
  }
}

const deferred = (fields: Record<string, unknown>) => logger.info('step deferred: textract rate used up', fields);

export function createExtractHandler(root: () => ExtractRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) => {
    const { deps, maxReceiveCount, deferExtract } = root();
    return processSqsStep(event, context, signal, {
      step: 'extract',
      logger,
      parse: (record) => extractMessageSchema.parse(JSON.parse(record.body)),
      documentId: (message) => message.documentId,
      run: (message) =>
        deferringOnRateLimit(() => extract(deps, message.documentId, signal), deferExtract, JSON.stringify(message), deferred),
      deadLetter: {
        record: (d) => recordDeadLetter({ ledger: deps.ledger, alerter: deps.alerter, clock: systemClock }, d),
        maxReceiveCount,
      },
    });
  });
}

export const handler = createExtractHandler(once(() => extractRoot()));
