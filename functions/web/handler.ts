import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Logger as LambdaLogger } from '@aws-lambda-powertools/logger';
import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import { SQSClient } from '@aws-sdk/client-sqs';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type { Context as HonoContext } from 'hono';
import { getConnInfo, handle } from 'hono/aws-lambda';
import { createWebApp, type WebSite } from '../../local/web/app.ts';
import { AwsPipelineView } from '../../local/web/aws-pipeline-view.ts';
import { oidcSettings } from '../../local/web/oidc.ts';
import { spoolDir } from '../../local/web/upload-spool.ts';
import { parseUsers, type UserRecord } from '../../local/web/users.ts';
import type { WebRuntime } from '../../local/web/web-runtime.ts';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoDirectoryChangeLog } from '../../shared/adapters/aws/dynamo-directory-change-log.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { DynamoMailLog } from '../../shared/adapters/aws/dynamo-mail-log.ts';
import { DynamoSentMailIndex } from '../../shared/adapters/aws/dynamo-sent-mail-index.ts';
import { DynamoRateLimits, DynamoRevokedSessions, DynamoUploadLog } from '../../shared/adapters/aws/dynamo-web-stores.ts';
import { lambdaHandler } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { S3CorrectionStore } from '../../shared/adapters/aws/s3-correction-store.ts';
import { lambdaDirectoryStore } from '../../shared/adapters/aws/s3-directory-store.ts';
import { S3LetterBox } from '../../shared/adapters/aws/s3-letter-box.ts';
import { S3ObjectStore } from '../../shared/adapters/aws/s3-object-store.ts';
import { type SecretReader, SecretsManagerSecrets } from '../../shared/adapters/aws/secrets-manager.ts';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { SqsTeamPublisher } from '../../shared/adapters/aws/sqs-team-publisher.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { loadDejaVuFonts } from '../../shared/adapters/local/dejavu-fonts.ts';
import { loadConfig, publicUrlOf, readLambdaEnv } from '../../shared/config.ts';
import { ConfigurationError, NotFoundError } from '../../shared/domain/errors.ts';
import type { Clock } from '../../shared/ports.ts';
import { reassign } from '../work-items/work-items.ts';

/**
 * The web app on AWS: a Lambda function URL (payload format 2.0) → Hono's Lambda adapter → the same
 * app the embedded runtime serves. The app is built on the first request of a container (it reads
 * the users file and the session secret); a failed build is retried on the next request rather than
 * kept, so a fixed users file or secret is picked up without a redeploy.
 */
const logger = createLambdaLogger('web');

type WebEvent = APIGatewayProxyEventV2;
type WebResult = APIGatewayProxyStructuredResultV2;

export function createWebHandler(root: () => Promise<{ rt: WebRuntime; site: WebSite }>) {
  let app: Promise<(event: WebEvent, context: Context) => Promise<WebResult>> | undefined;
  const ready = () => {
    app ??= root()
      .then(({ rt, site }) => handle(createWebApp(rt, site)) as unknown as (event: WebEvent, context: Context) => Promise<WebResult>)
      .catch((error: unknown) => {
        app = undefined;
        throw error;
      });
    return app;
  };
  // No early abort here: a request is answered by the app (its errors are pages), not retried.
  return lambdaHandler<WebEvent, WebResult>(logger, async (event, context) => (await ready())(event, context), { timeoutEarlyMs: 0 });
}

/**
 * The composition root: the same app as the embedded runtime's (local/web/app.ts), over
 * DynamoDB (ledger, alerts, mail log, the web's own state table), S3 (objects, directory, users file,
 * letters), SQS (the step and team queues), SES and SNS. Built once per container.
 */
export interface WebClients {
  s3: S3Client;
  sqs: SQSClient;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
  ses: SESv2Client;
  secrets: SecretReader;
}

/**
 * Lambda's request limit is 6 MB for the whole event, and a multipart body arrives base64-encoded
 * (4/3 larger) beside headers: 4 MiB of form is what fits. Bigger scans go through the S3 inbox.
 */
export const LAMBDA_UPLOAD_BYTES = 4 * 1024 * 1024;

export async function webRoot(
  env: Record<string, string | undefined>,
  o: { logger: LambdaLogger; clients?: WebClients; clock?: Clock },
): Promise<{ rt: WebRuntime; site: WebSite }> {
  const c = o.clients ?? {
    s3: new S3Client(SDK_RETRY),
    sqs: new SQSClient(SDK_RETRY),
    dynamo: documentClient(),
    sns: new SNSClient(SDK_RETRY),
    ses: new SESv2Client(SDK_RETRY),
    secrets: new SecretsManagerSecrets(),
  };
  const clock = o.clock ?? systemClock;
  const aws = readLambdaEnv(
    [
      'TABLE_NAME',
      'WEB_TABLE_NAME',
      'BUCKET_NAME',
      'DIRECTORY_KEY',
      'DIRECTORY_RECHECK_SECONDS',
      'USERS_KEY',
      'SESSION_SECRET_ARN',
      'EXTRACT_QUEUE_URL',
      'SPLIT_QUEUE_URL',
      'ROUTE_QUEUE_URL',
      'RECEIPT_QUEUE_URL',
      'TEAM_QUEUE_URLS',
      'ALERT_TOPIC_ARN',
      'MAIL_FROM',
      'SES_CONFIGURATION_SET',
      'PUBLIC_URL',
      'RECEIPT_CHECK_HINT',
      'OIDC_CLIENT_SECRET_ARN',
    ],
    env,
  );
  // The web's own settings (rate limits, session hours, upload counts, OIDC) are the embedded ones;
  // its public address is the one receipts name (the sign-in callback is built from it).
  const config = loadConfig({ ...env, PUBLIC_URL: publicUrlOf(aws) });
  const logger = asPortLogger(o.logger);
  const objects = new S3ObjectStore(c.s3, aws.BUCKET_NAME);
  const ledger = new DynamoLedger(c.dynamo, aws.TABLE_NAME, clock);
  const alerts = ledgerTableAlerts({ db: c.dynamo, table: aws.TABLE_NAME, sns: c.sns, topicArn: aws.ALERT_TOPIC_ARN, logger, clock });
  const queueUrls = {
    extract: aws.EXTRACT_QUEUE_URL,
    split: aws.SPLIT_QUEUE_URL,
    route: aws.ROUTE_QUEUE_URL,
    receipt: aws.RECEIPT_QUEUE_URL,
  };
  const queue = new SqsWorkQueue(c.sqs, queueUrls);
  // One writable store per container: a change made here is seen at once by every use case of this
  // container; other Lambdas see it within their recheck.
  const directory = lambdaDirectoryStore(c.s3, c.dynamo, aws);
  const log = new DynamoDirectoryChangeLog(c.dynamo, aws.TABLE_NAME);
  const corrections = new S3CorrectionStore(objects);
  const publisher = new SqsTeamPublisher(ledger, c.sqs, aws.TEAM_QUEUE_URLS);
  const fonts = loadDejaVuFonts;

  const rt: WebRuntime = {
    config,
    clock,
    logger,
    ledger,
    alerts,
    mailLog: new DynamoMailLog(c.dynamo, aws.TABLE_NAME),
    objects,
    directory,
    intakeDeps: { ledger, objects, queue, alerter: alerts, clock, logger },
    receiptDeps: {
      ledger,
      directory,
      mailer: new SesMailer(c.ses, { from: aws.MAIL_FROM, configurationSet: aws.SES_CONFIGURATION_SET }),
      letters: new S3LetterBox(objects),
      sentMail: new DynamoSentMailIndex(c.dynamo, aws.TABLE_NAME),
      logger,
      clock,
      publicUrl: publicUrlOf(aws),
      fonts,
    },
    triageDeps: { ledger, directory, objects, corrections, alerts, publisher, queue, clock, logger },
    correctSplitDeps: { ledger, objects, queue, corrections, alerts, clock, logger },
    sheetDeps: async () => ({ directory, fonts: await fonts(), clock, logger }),
    manageDirectoryDeps: {
      directory,
      log,
      ledger,
      clock,
      logger,
      reassign: (input) => reassign({ ledger, directory, clock, logger, alerts }, input),
    },
    maxBytes: Math.min(config.MAX_FILE_MB * 1024 * 1024, LAMBDA_UPLOAD_BYTES),
  };

  const now = () => clock.now().getTime();
  const [users, sessionSecret, oidcSecret] = await Promise.all([
    loadUsersFrom(objects, aws.USERS_KEY),
    c.secrets.read(aws.SESSION_SECRET_ARN),
    aws.OIDC_CLIENT_SECRET_ARN ? c.secrets.read(aws.OIDC_CLIENT_SECRET_ARN) : undefined,
  ]);
  const oidc = oidcSettings(config, oidcSecret);
  // The provider sends people back to the public address: without one it would be a guess.
  if (oidc && !aws.PUBLIC_URL)
    throw new ConfigurationError(
      'config.public-url',
      'OIDC sign-in needs PUBLIC_URL (the address people use: deploy with -c publicUrl=<WebUrl or your domain>, infra/README.md "The web app").',
    );
  const site: WebSite = {
    users,
    demo: false,
    sessionSecret,
    // Sign-in through Cognito or the municipality's identity provider, when OIDC_ISSUER is set.
    oidc,
    limiter: new DynamoRateLimits(c.dynamo, aws.WEB_TABLE_NAME, now),
    revoked: new DynamoRevokedSessions(c.dynamo, aws.WEB_TABLE_NAME, now),
    uploads: new DynamoUploadLog(c.dynamo, aws.WEB_TABLE_NAME),
    pipeline: new AwsPipelineView({ ledger, queue, alerts, logger, sqs: c.sqs, queueUrls }),
    // A container serves one request at a time; its /tmp is its own.
    spoolDir: spoolDir(join(tmpdir(), 'postkamer-spool')),
    // SQS starts the next step by itself.
    nudge: () => {},
    socketAddress: (ctx: HonoContext) => getConnInfo(ctx).remote.address,
  };
  return { rt, site };
}

/** The users file (`config/users.json` in the documents bucket): who may sign in, with which roles. */
async function loadUsersFrom(objects: S3ObjectStore, key: string): Promise<UserRecord[]> {
  let text: string;
  try {
    text = new TextDecoder().decode(await objects.get(key));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new ConfigurationError(
      'users.missing',
      `No users file at ${key} in the documents bucket: upload it (infra/README.md "The web app", first sign-in).`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ConfigurationError('users.invalid', `The users file ${key} is not JSON.`);
  }
  return parseUsers(json, key);
}

export const handler = createWebHandler(() => webRoot(process.env, { logger }));
