import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { DynamoMailLog } from '../../shared/adapters/aws/dynamo-mail-log.ts';
import { DynamoSentMailIndex } from '../../shared/adapters/aws/dynamo-sent-mail-index.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { lambdaDirectory } from '../../shared/adapters/aws/s3-directory.ts';
import { S3Inbox } from '../../shared/adapters/aws/s3-inbox.ts';
import { S3MailDrop } from '../../shared/adapters/aws/s3-mail-drop.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { processSqsStep } from '../../shared/adapters/aws/step-boundary.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import { parseMail } from '../../shared/adapters/mail-parser.ts';
import { publicUrlOf, readLambdaEnv } from '../../shared/config.ts';
import { NotFoundError } from '../../shared/domain/errors.ts';
import { DEFAULT_MAIL_RULES } from '../../shared/domain/mail-intake.ts';
import { type IntakeDeps, intake } from '../intake/intake.ts';
import { renderMailBodyPdf } from '../receipt/mail-body-pdf.ts';
import { receiptEffectKey } from '../receipt/receipt.ts';
import { type MailIntakeDeps, takeInMail } from './mail-intake.ts';
import { MAIL_PREFIX, MAIL_REJECTED_PREFIX, type MailDrop, mailIntakeMessageSchema } from './schema.ts';

/**
 * Post by e-mail on AWS: SES receiving writes each message under `mail/` of the documents bucket →
 * S3 event → SQS → this Lambda → the mail intake use case (the same one the embedded runtime's
 * mailbox watcher calls). Only after it returns (stored and recorded) is SES's object removed; a
 * message over MAIL_MAX_MB is read only by its first 256 KiB (its header, for whom to answer) and
 * kept, unread, under `mail-rejected/`.
 */
const logger = createLambdaLogger('mail-intake');

/** What is read of a message over the limit: its header lies within this (the use case looks no further). */
const HEADER_BYTES = 256 * 1024;
const MiB = 1024 * 1024;

export interface MailIntakeRoot {
  deps: Omit<MailIntakeDeps, 'mailer'>;
  mailer: SesMailer;
  inbox: S3Inbox;
  drops: S3MailDrop;
  maxMessageBytes: number;
}

export interface MailIntakeClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
  ses: SESv2Client;
}

/** The composition root: the ports `mailIntakeDeps` wires in the embedded runtime, here on AWS, built once per container. */
export function mailIntakeRoot(env: Record<string, string | undefined> = process.env, clients?: MailIntakeClients): MailIntakeRoot {
  const c = clients ?? {
    s3: new S3Client(SDK_RETRY),
    sqs: new SQSClient(SDK_RETRY),
    dynamo: documentClient(),
    sns: new SNSClient(SDK_RETRY),
    ses: new SESv2Client(SDK_RETRY),
  };
  const config = readLambdaEnv(
    [
      'TABLE_NAME',
      'BUCKET_NAME',
      'DIRECTORY_KEY',
      'DIRECTORY_RECHECK_SECONDS',
      'EXTRACT_QUEUE_URL',
      'RECEIPT_QUEUE_URL',
      'ALERT_TOPIC_ARN',
      'MAX_FILE_MB',
      'MAIL_FROM',
      'SES_CONFIGURATION_SET',
      'PUBLIC_URL',
      'RECEIPT_CHECK_HINT',
      'MAIL_MAX_MB',
      'MAIL_REPLY_LIMIT',
      'MAIL_RECIPIENTS',
    ],
    env,
  );
  const log = asPortLogger(logger);
  const intakeDeps: IntakeDeps = {
    ledger: new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock),
    objects: new S3ObjectStore(c.s3, config.BUCKET_NAME),
    queue: new SqsWorkQueue(c.sqs, { extract: config.EXTRACT_QUEUE_URL, receipt: config.RECEIPT_QUEUE_URL }),
    alerter: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
    clock: systemClock,
    logger: log,
  };
  // Our own addresses are never answered: the sender of replies and every address SES receives at.
  const own = [config.MAIL_FROM, ...config.MAIL_RECIPIENTS].filter((a) => a.includes('@')).map((a) => a.toLowerCase());
  return {
    deps: {
      intake: intakeDeps,
      takeInFile: (input) => intake(intakeDeps, input),
      receiptEffectKey,
      mailLog: new DynamoMailLog(c.dynamo, config.TABLE_NAME),
      // The reply is the receipt of its documents: its bounce report finds them here.
      sentMail: new DynamoSentMailIndex(c.dynamo, config.TABLE_NAME),
      directory: lambdaDirectory(c.s3, config),
      // The font files travel with the function (node_modules/dejavu-fonts-ttf), as for the receipt Lambda.
      renderBody: async (body, header) => renderMailBodyPdf(body, header, await loadDejaVuFonts()),
      parse: parseMail,
      settings: {
        maxMessageBytes: config.MAIL_MAX_MB * MiB,
        maxFileBytes: config.MAX_FILE_MB * MiB,
        rules: { ...DEFAULT_MAIL_RULES, ownAddresses: own },
        replyLimit: config.MAIL_REPLY_LIMIT,
        publicUrl: publicUrlOf(config),
      },
    },
    mailer: new SesMailer(c.ses, { from: config.MAIL_FROM, configurationSet: config.SES_CONFIGURATION_SET }),
    inbox: new S3Inbox(c.s3),
    drops: new S3MailDrop(c.s3),
    maxMessageBytes: config.MAIL_MAX_MB * MiB,
  };
}

export function createMailIntakeHandler(root: () => MailIntakeRoot) {
  return lambdaHandler<SQSEvent, SQSBatchResponse>(logger, (event, context, signal) => {
    const r = root();
    // The invocation's signal cancels a reply that would outlive the Lambda.
    const deps: MailIntakeDeps = { ...r.deps, mailer: r.mailer.withSignal(signal) };
    return processSqsStep(event, context, signal, {
      step: 'mail-intake',
      logger,
      parse: (record) => mailIntakeMessageSchema.parse(JSON.parse(record.body)),
      documentId: () => undefined, // a message has none; its record's id is logged
      run: async (drops) => {
        for (const drop of drops) await takeIn(r, deps, drop, signal);
      },
    });
  });
}

async function takeIn(root: MailIntakeRoot, deps: MailIntakeDeps, drop: MailDrop, signal: AbortSignal) {
  let message: { bytes: Uint8Array; byteSize?: number } | undefined;
  try {
    message = await read(root, drop, signal);
  } catch (error) {
    // Only this function removes objects under mail/, and only once their message is recorded.
    if (!(error instanceof NotFoundError)) throw error;
    logger.info('mail object gone: taken in by an earlier delivery', { key: drop.key });
    return;
  }
  const { message: record } = await takeInMail(deps, { ...message, source: 'ses', receivedAt: drop.receivedAt });
  // Stored and recorded: SES's copy can go; one too large to read is kept, unread.
  if (message.byteSize === undefined) await root.drops.remove(drop, signal);
  else await root.drops.setAside(drop, `${MAIL_REJECTED_PREFIX}${drop.key.slice(MAIL_PREFIX.length)}`, signal);
  logger.info('mail object taken in', {
    key: drop.key,
    mailMessageId: record.id,
    status: record.status,
    kept: message.byteSize !== undefined,
  });
}

/** The whole message, or (over the limit, by the event's size or else a HeadObject) only its first bytes and its real size. */
async function read(root: MailIntakeRoot, drop: MailDrop, signal: AbortSignal): Promise<{ bytes: Uint8Array; byteSize?: number }> {
  const size = drop.size ?? (await root.inbox.describe(drop, signal)).size;
  if (size <= root.maxMessageBytes) {
    const read = await root.inbox.read(drop, { maxBytes: root.maxMessageBytes, signal });
    if (read.kind === 'read') return { bytes: read.bytes };
    // Written again, larger, since the event: the GetObject's length decides.
    return { bytes: await root.inbox.readStart(drop, HEADER_BYTES, signal), byteSize: read.info.size };
  }
  return { bytes: await root.inbox.readStart(drop, HEADER_BYTES, signal), byteSize: size };
}

export const handler = createMailIntakeHandler(once(() => mailIntakeRoot()));
