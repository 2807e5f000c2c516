import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
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
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import { publicUrlOf, readLambdaEnv } from '../../shared/config.ts';
import type { Alerter } from '../../shared/ports.ts';
import { recordDeadLetter } from '../dead-letter/dead-letter.ts';
import { type ReceiptDeps, sendReceipt } from './receipt.ts';
import { receiptMessageSchema } from './schema.ts';

/** Receipts on AWS: receipt queue → this Lambda → receipt use case (SES e-mail, or a letter PDF in S3), at most once. */
const logger = createLambdaLogger('receipt');

export interface ReceiptRoot {
  deps: Omit<ReceiptDeps, 'mailer'>;
  mailer: SesMailer;
  alerter: Alerter;
  maxReceiveCount: number;
}

export interface ReceiptClients {
  s3: S3Client;
  ses: SESv2Client;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
}

export function receiptRoot(env: Record<string, string | undefined> = process.env, clients?: ReceiptClients): ReceiptRoot {
  const c = clients ?? {
    s3: new S3Client(SDK_RETRY),
    ses: new SESv2Client(SDK_RETRY),
    dynamo: documentClient(),
    sns: new SNSClient(SDK_RETRY),
  };
  const config = readLambdaEnv(
    [
      'TABLE_NAME',
      'BUCKET_NAME',
      'DIRECTORY_KEY',
      'DIRECTORY_RECHECK_SECONDS',
      'MAIL_FROM',
      'SES_CONFIGURATION_SET',
      'PUBLIC_URL',
      'RECEIPT_CHECK_HINT',
      'ALERT_TOPIC_ARN',
      'MAX_RECEIVE_COUNT',
    ],
    env,
  );
  const log = asPortLogger(logger);
  return {
    deps: {
      clock: systemClock,
      ledger: new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock),
      directory: lambdaDirectory(c.s3, config),
      letters: new S3LetterBox(new S3ObjectStore(c.s3, config.BUCKET_NAME)),
      // A bounce report names only the message: which documents it carried is kept here.
      sentMail: new DynamoSentMailIndex(c.dynamo, config.TABLE_NAME),
      logger: log,
      publicUrl: publicUrlOf(config),
      // The font files travel with the function (node_modules/dejavu-fonts-ttf); without them the
      // receipt is drawn in Helvetica and non-Latin text is lost, so that is logged, never silent.
      fonts: () =>
        loadDejaVuFonts().catch((error: unknown) => {
          log.error('receipt fonts missing: receipts drawn without them', {
            error: error instanceof Error ? error.message : String(error),
          });
          return undefined;
        }),
    },
    mailer: new SesMailer(c.ses, { from: config.MAIL_FROM, configurationSet: config.SES_CONFIGURATION_SET }),
    alerter: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
    maxReceiveCount: config.MAX_RECEIVE_COUNT,
  };
}

export function createReceiptHandler(root: () => ReceiptRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) => {
    const { deps, mailer, alerter, maxReceiveCount } = root();
    // The invocation's signal cancels a send that would outlive the Lambda.
    const stepDeps: ReceiptDeps = { ...deps, mailer: mailer.withSignal(signal) };
    return processSqsStep(event, context, signal, {
      step: 'receipt',
      logger,
      parse: (record) => receiptMessageSchema.parse(JSON.parse(record.body)),
      documentId: (message) => message.documentId,
      run: (message) => sendReceipt(stepDeps, message.documentId),
      deadLetter: { record: (d) => recordDeadLetter({ ledger: deps.ledger, alerter: alerter, clock: systemClock }, d), maxReceiveCount },
    });
  });
}

export const handler = createReceiptHandler(once(() => receiptRoot()));
