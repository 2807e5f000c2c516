import { S3Client } from '@aws-sdk/client-s3';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { SNSClient } from '@aws-sdk/client-sns';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient, SDK_RETRY } from '../../shared/adapters/aws/clients.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { emitMetrics, METRICS } from '../../shared/adapters/aws/emf.ts';
import { lambdaHandler, once } from '../../shared/adapters/aws/lambda-handler.ts';
import { asPortLogger, createLambdaLogger } from '../../shared/adapters/aws/lambda-logger.ts';
import { lambdaDirectory } from '../../shared/adapters/aws/s3-directory.ts';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { ledgerTableAlerts } from '../../shared/adapters/aws/sns-alerter.ts';
import { systemClock } from '../../shared/adapters/clock.ts';
import { parseSweepSettings, readLambdaEnv } from '../../shared/config.ts';
import { scheduledEventSchema } from './schema.ts';
import { type SweepDeps, sweep } from './sweep.ts';

/**
 * The sweep on AWS: an EventBridge schedule (every 5 minutes) → this Lambda → sweep use case.
 * New alerts go to the SNS topic (operations) and by SES mail to their audience (consultants,
 * leads); the counts go out as metrics in one EMF log line, and the unrouted alarm watches them.
 */
const logger = createLambdaLogger('sweep');

export interface SweepRoot {
  deps: Omit<SweepDeps, 'mailer'>;
  mailer: SesMailer;
  write?: (line: string) => void;
}

export interface SweepClients {
  s3: S3Client;
  ses: SESv2Client;
  dynamo: DynamoDBDocumentClient;
  sns: SNSClient;
}

export function sweepRoot(env: Record<string, string | undefined> = process.env, clients?: SweepClients): SweepRoot {
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
      'ALERT_TOPIC_ARN',
      'OPS_EMAIL',
    ],
    env,
  );
  const log = asPortLogger(logger);
  const ledger = new DynamoLedger(c.dynamo, config.TABLE_NAME, systemClock);
  return {
    deps: {
      ledger,
      // The ledger's tallies answer the surge rule: a run reads open work, not the month's documents.
      receivedCounter: ledger,
      alerts: ledgerTableAlerts({ db: c.dynamo, table: config.TABLE_NAME, sns: c.sns, topicArn: config.ALERT_TOPIC_ARN, logger: log }),
      directory: lambdaDirectory(c.s3, config),
      clock: systemClock,
      logger: log,
      opsEmail: config.OPS_EMAIL,
      // UNROUTED_ALERT_AFTER, ACK_REMIND_AFTER, ACK_ESCALATE_AFTER, STUCK_AFTER_MINUTES, SURGE_*: validated here, at the first run.
      settings: parseSweepSettings(env),
    },
    mailer: new SesMailer(c.ses, { from: config.MAIL_FROM, configurationSet: config.SES_CONFIGURATION_SET }),
  };
}

export function createSweepHandler(root: () => SweepRoot) {
  return lambdaHandler<unknown, { raised: number; resolved: number }>(logger, async (event, _context, signal) => {
    scheduledEventSchema.parse(event);
    const { deps, mailer, write } = root();
    const report = await sweep({ ...deps, mailer: mailer.withSignal(signal) });
    const open = await deps.alerts.countOpen();
    emitMetrics(
      {
        [METRICS.unroutedOverdue]: open.unrouted ?? 0,
        [METRICS.openAlerts]: Object.values(open).reduce((sum, n) => sum + (n ?? 0), 0),
        [METRICS.alertsRaised]: report.raised.length,
        [METRICS.alertsResolved]: report.resolved.length,
      },
      write,
    );
    return { raised: report.raised.length, resolved: report.resolved.length };
  });
}

export const handler = createSweepHandler(once(() => sweepRoot()));
