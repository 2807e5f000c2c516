import type { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import { TextractClient } from '@aws-sdk/client-textract';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { documentClient } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { TextractExtractor } from '../../shared/adapters/aws/textract-extractor.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { readLambdaEnv } from '../../shared/config.ts';
import { recordDeadLetter } from '../dead-letter/dead-letter.ts';
import { type ExtractDeps, extract } from './extract.ts';
import { extractMessageSchema } from './schema.ts';

/**
 * Extract on AWS: extract queue → this Lambda → extract use case with Textract. A PDF starts an
 * asynchronous Textract job and the message is done; the textract-complete Lambda finishes the step.
 * The event source's maximum concurrency keeps Textract calls within the account's TPS.
 */
const logger = createLambdaLogger('extract');

export interface ExtractRoot {
  deps: ExtractDeps;
  textract: TextractExtractor;
  maxReceiveCount: number;
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
    // The extractor retries throttling itself (backoff with full jitter); SDK retries would multiply it.
    textract: new TextractClient({ maxAttempts: 1 }),
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
  };
}

export function createExtractHandler(root: () => ExtractRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) => {
    const { deps, maxReceiveCount } = root();
    return processSqsStep(event, context, signal, {
      step: 'extract',
      logger,
      parse: (record) => extractMessageSchema.parse(JSON.parse(record.body)),
      documentId: (message) => message.documentId,
      run: (message) => extract(deps, message.documentId, signal),
      deadLetter: {
        record: (d) => recordDeadLetter({ ledger: deps.ledger, alerter: deps.alerter, clock: systemClock }, d),
        maxReceiveCount,
      },
    });
  });
}

export const handler = createExtractHandler(once(() => extractRoot()));
