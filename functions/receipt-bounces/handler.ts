import { S3Client } from '@aws-sdk/client-s3';
import { SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { DynamoSentMailIndex } from '../../shared/adapters/aws/dynamo-sent-mail-index.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { lambdaDirectory } from '../../shared/adapters/aws/s3-directory.ts';
import { S3LetterBox } from '../../shared/adapters/aws/s3-letter-box.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import { publicUrlOf, readLambdaEnv } from '../../shared/config.ts';
import { handleDeliveryReport, type ReceiptBounceDeps } from '../receipt/bounce.ts';
import { deliveryReportMessageSchema } from './schema.ts';

/**
 * Bounced receipts on AWS: SES configuration set → SNS topic → bounce queue → this Lambda → the
 * bounce use case (a letter in S3 under letters/, as the receipt Lambda posts them). Partial batch
 * failures; a report that fails on every attempt goes to the queue's DLQ (no document to mark).
 */
const logger = createLambdaLogger('receipt-bounces');

export interface ReceiptBouncesClients {
  s3: S3Client;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
}

export function receiptBouncesRoot(
  env: Record<string, string | undefined> = process.env,
  clients?: ReceiptBouncesClients,
): ReceiptBounceDeps {
  const c = clients ?? { s3: new S3Client(SDK_RETRY), dynamo: documentClient(), sns: new SNSClient(SDK_RETRY) };
  const config = readLambdaEnv(
    ['TABLE_NAME', 'BUCKET_NAME', 'DIRECTORY_KEY', 'DIRECTORY_RECHECK_SECONDS', 'PUBLIC_URL', 'RECEIPT_CHECK_HINT', 'ALERT_TOPIC_ARN'],
    env,
  );
  const log = asPortLogger(logger);
  return {
    clock: systemClock,
    ledger: new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock),
    directory: lambdaDirectory(c.s3, config),
    letters: new S3LetterBox(new S3ObjectStore(c.s3, config.BUCKET_NAME)),
    sentMail: new DynamoSentMailIndex(c.dynamo, config.TABLE_NAME),
    alerter: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
    logger: log,
    publicUrl: publicUrlOf(config),
    // The font files travel with the function, as for the receipt Lambda: the letter is the same PDF.
    fonts: () =>
      loadDejaVuFonts().catch((error: unknown) => {
        log.error('receipt fonts missing: letters drawn without them', { error: error instanceof Error ? error.message : String(error) });
        return undefined;
      }),
  };
}

export function createReceiptBouncesHandler(root: () => ReceiptBounceDeps) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) =>
    processSqsStep(event, context, signal, {
      step: 'receipt-bounces',
      logger,
      parse: (record) => deliveryReportMessageSchema.parse(JSON.parse(record.body)),
      documentId: () => undefined, // a report names a message; the use case logs the documents it finds
      run: async (report) => {
        if (report) await handleDeliveryReport(root(), report);
      },
    }),
  );
}

export const handler = createReceiptBouncesHandler(once(() => receiptBouncesRoot()));
