import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { App, Duration, Tags, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { parseDirectory } from '../shared/domain/directory.ts';
import { DEFAULT_TEAM_QUEUES } from './pipeline-settings.ts';
import { ProcessingStack } from './stacks/processing-stack.ts';
import { StatefulStack } from './stacks/stateful-stack.ts';
import { WebStack, type WebStackProps } from './stacks/web-stack.ts';
import { guardRegion, parseStage, stackName } from './stage.ts';

/**
 * The CDK app (`npx cdk synth`, `npx cdk deploy --all`). Settings come from context
 * (`-c key=value` or cdk.json): account, region, directory (the JSON whose team queues get SQS
 * queues), textractTps, unroutedAlertAfter, alertEmail, retentionDays, mailFrom, receiptCheckHint,
 * mailRecipients (post by e-mail through SES receiving), mailroomEmail (the daily print batch of letters), stage (default `test`: stacks and fixed names
 * carry it, so stages deploy side by side), allowRegion (a region outside the EU, named explicitly), and the web
 * app's publicUrl, trustProxy, webConcurrency, webSignIn (password, oidc, cognito), oidcIssuer, oidcClientId, oidcName,
 * oidcUsernameClaim, cognitoDomainPrefix.
 * Synthesis needs no network and no AWS credentials.
 */
export function buildApp(app = new App()) {
  const ctx = (key: string): string | undefined => {
    const value = app.node.tryGetContext(key);
    return value === undefined || value === '' ? undefined : String(value);
  };
  const num = (key: string) => {
    const value = ctx(key);
    if (value === undefined) return undefined;
    const n = Number(value);
    if (Number.isNaN(n)) throw new Error(`context ${key} must be a number, got "${value}"`);
    return n;
  };
  const stage = parseStage(ctx('stage'));
  const env = {
    account: ctx('account') ?? process.env.CDK_DEFAULT_ACCOUNT,
    region: guardRegion(ctx('region') ?? process.env.CDK_DEFAULT_REGION ?? 'eu-central-1', ctx('allowRegion')),
  };

  // A list: `-c mailRecipients=post@gemeente.nl,bezwaar@gemeente.nl`, or an array in cdk.json.
  const mailRecipients = ctx('mailRecipients')
    ?.split(',')
    .map((r) => r.trim())
    .filter(Boolean);

  const stateful = new StatefulStack(app, stackName('Stateful', stage), {
    env,
    stage,
    description: `postkamer (${stage}): documents bucket, ledger and web tables, queues, KMS keys`,
    teams: teamQueues(ctx('directory')),
    retentionDays: num('retentionDays'),
    mailRecipients,
    terminationProtection: true,
  });
  const processing = new ProcessingStack(app, stackName('Processing', stage), {
    env,
    stage,
    description: `postkamer (${stage}): Lambdas, schedule, alerts, alarms, dashboard`,
    key: stateful.key,
    documents: stateful.documents,
    ledger: stateful.ledger,
    intakeQueue: stateful.intakeQueue,
    mailIntakeQueue: stateful.mailIntakeQueue,
    mailRecipients,
    stepQueues: stateful.stepQueues,
    textractCompleteQueue: stateful.textractCompleteQueue,
    teamQueues: stateful.teamQueues,
    textractTopic: stateful.textractTopic,
    textractRole: stateful.textractRole,
    textractTps: num('textractTps'),
    unroutedAlertAfter: ctx('unroutedAlertAfter'),
    alertEmail: ctx('alertEmail'),
    mailFrom: ctx('mailFrom'),
    receiptCheckHint: ctx('receiptCheckHint'),
    mailroomEmail: ctx('mailroomEmail'),
    sweepEvery: num('sweepEveryMinutes') === undefined ? undefined : Duration.minutes(num('sweepEveryMinutes') as number),
  });
  const web = new WebStack(app, stackName('Web', stage), {
    env,
    stage,
    description: `postkamer (${stage}): the web app (Lambda function URL), its secrets and sign-in`,
    key: stateful.key,
    documents: stateful.documents,
    ledger: stateful.ledger,
    webTable: stateful.webTable,
    stepQueues: stateful.stepQueues,
    teamQueues: stateful.teamQueues,
    alertTopic: processing.alertTopic,
    receiptBounces: processing.receiptBounces,
    mailFrom: ctx('mailFrom'),
    receiptCheckHint: ctx('receiptCheckHint'),
    publicUrl: ctx('publicUrl'),
    trustProxy: num('trustProxy'),
    reservedConcurrency: num('webConcurrency'),
    // Checked by the stack, with a message naming the value.
    signIn: ctx('webSignIn') as WebStackProps['signIn'],
    oidcIssuer: ctx('oidcIssuer'),
    oidcClientId: ctx('oidcClientId'),
    oidcName: ctx('oidcName'),
    oidcUsernameClaim: ctx('oidcUsernameClaim'),
    cognitoDomainPrefix: ctx('cognitoDomainPrefix'),
  });
  Tags.of(app).add('application', 'postkamer');
  Tags.of(app).add('stage', stage);
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return { app, stage, stateful, processing, web };
}

/** The team queues of the directory file (the triage queue always exists: routing falls back to it). */
export function teamQueues(directoryPath: string | undefined): string[] {
  if (!directoryPath) return [...DEFAULT_TEAM_QUEUES];
  const path = resolve(directoryPath);
  if (!existsSync(path)) throw new Error(`context directory: no file at ${path}`);
  const directory = parseDirectory(JSON.parse(readFileSync(path, 'utf8')));
  return [...new Set([...directory.teams.map((t) => t.queue), 'triage'])];
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('infra/app.ts')) buildApp().app.synth();
