import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { lambdaDirectory } from '../../shared/adapters/aws/s3-directory.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import { publicUrlOf, readLambdaEnv } from '../../shared/config.ts';
import { type DailyBatch, type DailyBatchDeps, makeDailyBatch } from '../receipt/print-batch.ts';
import { scheduledEventSchema } from '../sweep/schema.ts';

/**
 * Letters on AWS: the receipt step writes each letter under `letters/`; once a day (EventBridge
 * schedule → this Lambda) the letters not printed yet become one print batch PDF under
 * `letters/batches/<day>/`, mailed to the mailroom (MAILROOM_EMAIL) — the same batch
 * `postkamer letters print-batch` makes embedded.
 */
const logger = createLambdaLogger('letters');

export interface LettersRoot {
  deps: Omit<DailyBatchDeps, 'mailer'>;
  mailer: SesMailer;
  mailroomEmail: string | null;
}

export interface LettersClients {
  s3: S3Client;
  ses: SESv2Client;
  dynamo: DynamoDBDocumentClient;
}

export function lettersRoot(env: Record<string, string | undefined> = process.env, clients?: LettersClients): LettersRoot {
  const c = clients ?? { s3: new S3Client(SDK_RETRY), ses: new SESv2Client(SDK_RETRY), dynamo: documentClient() };
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
      'MAILROOM_EMAIL',
    ],
    env,
  );
  return {
    deps: {
      ledger: new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock),
      directory: lambdaDirectory(c.s3, config),
      objects: new S3ObjectStore(c.s3, config.BUCKET_NAME),
      clock: systemClock,
      logger: asPortLogger(logger),
      publicUrl: publicUrlOf(config),
      // The font files travel with the function, as for the receipt Lambda: the letters are drawn again.
      fonts: loadDejaVuFonts,
    },
    mailer: new SesMailer(c.ses, { from: config.MAIL_FROM, configurationSet: config.SES_CONFIGURATION_SET }),
    mailroomEmail: config.MAILROOM_EMAIL ?? null,
  };
}

export function createLettersHandler(root: () => LettersRoot) {
  return lambdaHandler<unknown, DailyBatch>(logger, async (event, _context, signal) => {
    scheduledEventSchema.parse(event);
    const { deps, mailer, mailroomEmail } = root();
    return makeDailyBatch({ ...deps, mailer: mailer.withSignal(signal) }, { mailroomEmail });
  });
}

export const handler = createLettersHandler(once(() => lettersRoot()));
