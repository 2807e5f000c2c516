import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { lambdaDirectory } from '../../shared/adapters/aws/s3-directory.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { readLambdaEnv } from '../../shared/config.ts';
import type { Alerter } from '../../shared/ports.ts';
import { recordDeadLetter } from '../dead-letter/dead-letter.ts';
import { splitMessageSchema } from './schema.ts';
import { type SplitDeps, split } from './split.ts';

/** Separate a file into documents on AWS: split queue → this Lambda → split use case → route queue, once per part. */
const logger = createLambdaLogger('split');

export interface SplitRoot {
  deps: SplitDeps;
  alerter: Alerter;
  maxReceiveCount: number;
}

export interface SplitClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
}

export function splitRoot(env: Record<string, string | undefined> = process.env, clients?: SplitClients): SplitRoot {
  const c = clients ?? {
    s3: new S3Client(SDK_RETRY),
    sqs: new SQSClient(SDK_RETRY),
    dynamo: documentClient(),
    sns: new SNSClient(SDK_RETRY),
  };
  const config = readLambdaEnv(
    ['TABLE_NAME', 'BUCKET_NAME', 'DIRECTORY_KEY', 'DIRECTORY_RECHECK_SECONDS', 'ROUTE_QUEUE_URL', 'ALERT_TOPIC_ARN', 'MAX_RECEIVE_COUNT'],
    env,
  );
  const log = asPortLogger(logger);
  return {
    deps: {
      ledger: new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock),
      objects: new S3ObjectStore(c.s3, config.BUCKET_NAME),
      directory: lambdaDirectory(c.s3, config),
      queue: new SqsWorkQueue(c.sqs, { route: config.ROUTE_QUEUE_URL }),
      logger: log,
    },
    alerter: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
    maxReceiveCount: config.MAX_RECEIVE_COUNT,
  };
}

export function createSplitHandler(root: () => SplitRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) => {
    const { deps, alerter, maxReceiveCount } = root();
    return processSqsStep(event, context, signal, {
      step: 'split',
      logger,
      parse: (record) => splitMessageSchema.parse(JSON.parse(record.body)),
      documentId: (message) => message.documentId,
      run: (message) => split(deps, message.documentId),
      deadLetter: {
        record: (d) => recordDeadLetter({ ledger: deps.ledger, alerter, clock: systemClock }, d),
        maxReceiveCount,
      },
    });
  });
}

export const handler = createSplitHandler(once(() => splitRoot()));
