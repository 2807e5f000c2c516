import { Duration, RemovalPolicy, Stack, Token } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import {
  AccountRecovery,
  FeaturePlan,
  Mfa,
  OAuthScope,
  StandardThreatProtectionMode,
  UserPool,
  type UserPoolClient,
  UserPoolClientIdentityProvider,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { Effect, PolicyStatement } from 'aws-cdk-lib/aws-iam';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { type FunctionUrl, FunctionUrlAuthType, InvokeMode } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { Construct } from 'constructs';
import { STEPS, type Step } from '../../shared/domain/pipeline.ts';
import { LEDGER_DENIED } from '../pipeline-settings.ts';
import { stageName } from '../stage.ts';
import { acknowledge, wildcardResourceId } from './nag.ts';
import { PipelineFunction } from './pipeline-function.ts';
import type { QueueWithDlq } from './queue-with-dlq.ts';

/** Where the users file lives in the documents bucket (USERS_KEY). */
export const USERS_KEY = 'config/users.json';

/** The construct id of CDK's AwsCustomResource singleton Lambda (one per stack). */
const AWS_CUSTOM_RESOURCE_ID = 'AWS679f53fac002430cb0da5b7982bd2287';

/** The path the app takes the identity provider's answer on (the OIDC redirect URI is PUBLIC_URL + this). */
export const OIDC_CALLBACK_PATH = '/login/oidc/callback';

export interface WebAppProps {
  /** The stage (`test`, `acceptance`, `production`): part of the Cognito user pool's name and hosted UI domain. */
  readonly stage: string;
  /** The key the documents bucket, the ledger and the web state table are encrypted with. */
  readonly dataKey: IKey;
  /** The documents bucket (its ARN best through a stable export, so cdk-nag's evidence names it). */
  readonly documents: IBucket;
  readonly ledgerTableArn: string;
  readonly ledgerTableName: string;
  /** The web app's own state table (rate limits, revoked sessions, upload batches). */
  readonly webTableArn: string;
  readonly webTableName: string;
  /** The pipeline's step queues: an upload starts extract, a triage or split correction sends on. */
  readonly stepQueues: Readonly<Record<Step, QueueWithDlq>>;
  /** Team queue name → queue: a document routed by triage is published to its team's queue. */
  readonly teamQueues: Readonly<Record<string, QueueWithDlq>>;
  /** Operations' alert topic: the function's alarms go there and the app raises alerts on it. */
  readonly alertTopic: ITopic;
  /** The directory object's key in the bucket (read, and written by directory changes from the web). */
  readonly directoryKey: string;
  /**
   * Sender of receipts handed out at the desk: a verified SES identity.
   * @default 'postkamer@gemeente.example'
   */
  readonly mailFrom?: string;
  /**
   * Where a client can check a receipt number (printed on receipts).
   * @default 'https://www.gemeente.example/ontvangstbewijs'
   */
  readonly receiptCheckHint?: string;
  /**
   * The address people use for the app (`https://postkamer.gemeente.nl`: the municipality's domain
   * in front, through CloudFront or its own proxy). Links, the OIDC redirect and sign-out use it.
   * @default none: PUBLIC_URL is not set (a function cannot be given its own URL in the same
   * deployment; deploy again with the `WebUrl` output as publicUrl)
   */
  readonly publicUrl?: string;
  /**
   * Hops whose X-Forwarded-For entries the app believes (TRUST_PROXY): 2 behind CloudFront (it and
   * the function URL's front each append the address that connected), so per-address sign-in
   * limits count the person's address, not the proxy's. @default 0: the function URL's source address
   */
  readonly trustProxy?: number;
  /**
   * MAX_FILE_MB of the app (one upload is limited to Lambda's 6 MB request anyway).
   * @default 50
   */
  readonly maxFileMb?: number;
  /**
   * Concurrent requests the function may serve (one per container): a flood of requests on the
   * public URL cannot take the pipeline's concurrency or run up the bill.
   * @default 10
   */
  readonly reservedConcurrency?: number;
  /**
   * Seconds a container uses the directory it loaded before asking S3 whether it changed.
   * @default 30
   */
  readonly directoryRecheckSeconds?: number;
  /**
   * Sign-in through the municipality's OpenID Connect provider: its issuer URL (with `oidcClientId`).
   * A Secrets Manager secret is made for the client secret; operations put the provider's value in it.
   * @default none (passwords from the users file)
   */
  readonly oidcIssuer?: string;
  /** The client id registered at the provider (with `oidcIssuer`). */
  readonly oidcClientId?: string;
  /**
   * The provider's name on the sign-in button (OIDC_NAME).
   * @default the app's own ("uw organisatie")
   */
  readonly oidcName?: string;
  /**
   * The ID token claim that holds the username of the users file (OIDC_USERNAME_CLAIM).
   * @default the app's own (`preferred_username`); `cognito:username` with `cognito`
   */
  readonly oidcUsernameClaim?: string;
  /**
   * Sign-in through an Amazon Cognito user pool made here (MFA required, no self sign-up, hosted UI
   * on a Cognito domain); the app is its OIDC client. Needs `publicUrl` (the redirect URI).
   * @default false
   */
  readonly cognito?: boolean;
  /**
   * The hosted UI's domain prefix (`<prefix>.auth.<region>.amazoncognito.com`), unique in the region
   * across all AWS accounts.
   * @default `postkamer-<stage>-<account>`
   */
  readonly cognitoDomainPrefix?: string;
}

/**
 * The web app on AWS (issue 18): the same app as the embedded runtime's, served by one Lambda
 * (`functions/web/handler.ts`, Hono's Lambda adapter) behind a Lambda function URL. The URL does no
 * authentication (auth type NONE): the app signs people in itself (users file passwords, or OIDC
 * through the municipality's provider or a Cognito user pool made here) and checks every request's
 * session; responses are buffered (no streaming).
 *
 * The function's role may only: read and write ledger items (deletes and batch writes denied
 * outright, as for every pipeline function), read, write and delete items of the web state table,
 * read and write the objects the app works with (originals, page text, page images, letters,
 * corrections, the directory), read the users file, send to the step and team queues, publish
 * alerts, send mail as `mailFrom`, and read its secrets.
 */
export class WebApp extends Construct {
  readonly handler: PipelineFunction;
  readonly url: FunctionUrl;
  /** Signs the session cookies (SESSION_SECRET_ARN); replacing its value signs everyone out. */
  readonly sessionSecret: Secret;
  /** The OIDC client secret (OIDC_CLIENT_SECRET_ARN): Cognito's app client secret, or a value operations put. */
  readonly oidcClientSecret: Secret | undefined;
  readonly userPool: UserPool | undefined;
  readonly userPoolClient: UserPoolClient | undefined;
  readonly userPoolDomain: UserPoolDomain | undefined;
  /** PUBLIC_URL, when set. */
  readonly publicUrl: string | undefined;

  constructor(scope: Construct, id: string, props: WebAppProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const mailFrom = props.mailFrom ?? 'postkamer@gemeente.example';
    const maxFileMb = props.maxFileMb ?? 50;
    const recheck = props.directoryRecheckSeconds ?? 30;
    this.publicUrl = props.publicUrl === undefined ? undefined : validPublicUrl(props.publicUrl);
    validateSignIn(props, this.publicUrl);
    if (!Number.isInteger(recheck) || recheck < 0)
      throw new Error(`${this.node.path}: directoryRecheckSeconds must be a whole number of seconds, got ${recheck}`);

    this.handler = new PipelineFunction(this, 'Handler', {
      entry: 'functions/web/handler.ts',
      timeout: Duration.seconds(30),
      memoryMiB: 1024,
      // Receipts and cover sheets are drawn at the desk; the viewer draws page images of PDFs and scans.
      fonts: true,
      pageImages: true,
      webAssets: true,
      reservedConcurrency: props.reservedConcurrency ?? 10,
      environment: {
        TABLE_NAME: props.ledgerTableName,
        WEB_TABLE_NAME: props.webTableName,
        BUCKET_NAME: props.documents.bucketName,
        DIRECTORY_KEY: props.directoryKey,
        DIRECTORY_RECHECK_SECONDS: String(recheck),
        USERS_KEY,
        ...Object.fromEntries(STEPS.map((step) => [`${step.toUpperCase()}_QUEUE_URL`, props.stepQueues[step].queue.queueUrl])),
        TEAM_QUEUE_URLS: stack.toJsonString(
          Object.fromEntries(Object.entries(props.teamQueues).map(([team, q]) => [team, q.queue.queueUrl])),
        ),
        ALERT_TOPIC_ARN: props.alertTopic.topicArn,
        MAIL_FROM: mailFrom,
        RECEIPT_CHECK_HINT: props.receiptCheckHint ?? 'https://www.gemeente.example/ontvangstbewijs',
        MAX_FILE_MB: String(maxFileMb),
        METRICS_SERVICE: stageName(props.stage),
        ...(this.publicUrl ? { PUBLIC_URL: this.publicUrl } : {}),
        ...(props.trustProxy ? { TRUST_PROXY: String(props.trustProxy) } : {}),
      },
    });
    const fn = this.handler.function;
    // Public on purpose: the app is the gate (sign-in, session and CSRF checks on every request).
    this.url = fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE, invokeMode: InvokeMode.BUFFERED });

    this.sessionSecret = new Secret(this, 'SessionSecret', {
      description: `postkamer ${props.stage}: signs the web app's session cookies (a new value signs everyone out)`,
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    fn.addEnvironment('SESSION_SECRET_ARN', this.sessionSecret.secretArn);
    acknowledge(
      this.sessionSecret,
      'Rotating the session secret signs every user out, so it is a deliberate step of operations (infra/README.md, "The web app": rotate the session secret), not a schedule.',
      'AwsSolutions-SMG4',
    );

    if (props.cognito) {
      const cognito = this.cognito(props, this.publicUrl as string);
      this.userPool = cognito.pool;
      this.userPoolClient = cognito.client;
      this.userPoolDomain = cognito.domain;
      this.oidcClientSecret = cognito.secret;
      // The issuer as the ID tokens name it (the pool's ProviderURL attribute lacks the scheme).
      fn.addEnvironment('OIDC_ISSUER', `https://cognito-idp.${stack.region}.${stack.urlSuffix}/${cognito.pool.userPoolId}`);
      fn.addEnvironment('OIDC_CLIENT_ID', cognito.client.userPoolClientId);
      fn.addEnvironment('OIDC_USERNAME_CLAIM', props.oidcUsernameClaim ?? 'cognito:username');
    } else if (props.oidcIssuer && props.oidcClientId) {
      // A placeholder: the provider issues the client secret; operations put it here (README).
      this.oidcClientSecret = new Secret(this, 'OidcClientSecret', {
        description: `postkamer ${props.stage}: the web app's OIDC client secret at ${props.oidcIssuer} (put the provider's value)`,
        removalPolicy: RemovalPolicy.RETAIN,
      });
      acknowledge(
        this.oidcClientSecret,
        "The value is the client secret the municipality's identity provider issues; it is renewed there and put here by operations (infra/README.md), so Secrets Manager has nothing to rotate it with.",
        'AwsSolutions-SMG4',
      );
      fn.addEnvironment('OIDC_ISSUER', props.oidcIssuer);
      fn.addEnvironment('OIDC_CLIENT_ID', props.oidcClientId);
      if (props.oidcUsernameClaim) fn.addEnvironment('OIDC_USERNAME_CLAIM', props.oidcUsernameClaim);
    }
    if (this.oidcClientSecret) fn.addEnvironment('OIDC_CLIENT_SECRET_ARN', this.oidcClientSecret.secretArn);
    if (props.oidcName) fn.addEnvironment('OIDC_NAME', props.oidcName);

    this.grant(props, mailFrom);
    this.alarm(props.alertTopic);
  }

  private cognito(props: WebAppProps, publicUrl: string) {
    const stack = Stack.of(this);
    const domainPrefix = props.cognitoDomainPrefix ?? stageName(props.stage, stack.account);
    if (
      !Token.isUnresolved(domainPrefix) &&
      (!/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(domainPrefix) || /aws|amazon|cognito/.test(domainPrefix))
    )
      throw new Error(
        `cognitoDomainPrefix must be lower-case letters, digits and hyphens (at most 63), without aws, amazon or cognito, got "${domainPrefix}"`,
      );
    // Staff accounts only: created by an administrator, MFA (an authenticator app) required, the
    // Plus plan's threat protection enforcing (blocks sign-ins from compromised credentials).
    const pool = new UserPool(this, 'UserPool', {
      userPoolName: stageName(props.stage),
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      standardAttributes: { email: { required: true, mutable: true } },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      // The accounts live here: a replaced stack must not take them along.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    const domain = pool.addDomain('Domain', { cognitoDomain: { domainPrefix } });
    const client = pool.addClient('WebClient', {
      generateSecret: true,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.PROFILE, OAuthScope.EMAIL],
        callbackUrls: [`${publicUrl}${OIDC_CALLBACK_PATH}`],
        logoutUrls: [`${publicUrl}/login?msg=signed-out`],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      idTokenValidity: Duration.hours(1),
      accessTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
    });
    // The app client's secret, copied into Secrets Manager at deploy time (a custom resource reads it).
    const secret = new Secret(this, 'CognitoClientSecret', {
      description: `postkamer ${props.stage}: the web app's client secret at its Cognito user pool`,
      secretStringValue: client.userPoolClientSecret,
    });
    acknowledge(
      secret,
      'Cognito does not rotate an app client secret in place (a new secret is a new app client), so the copy here has nothing to rotate; replacing the client replaces it.',
      'AwsSolutions-SMG4',
    );
    // CDK's own singleton Lambda behind userPoolClientSecret (an AwsCustomResource).
    const reader = stack.node.tryFindChild(AWS_CUSTOM_RESOURCE_ID);
    if (reader)
      acknowledge(
        reader,
        "CDK's custom resource that reads the app client's secret (cognito-idp:DescribeUserPoolClient on this user pool only) at deploy time; the managed AWSLambdaBasicExecutionRole only lets it write its own logs.",
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      );
    return { pool, domain, client, secret };
  }

  private grant(props: WebAppProps, mailFrom: string) {
    const role = this.handler.role;
    const bucket = props.documents;
    const key = props.dataKey.keyArn;

    // Objects: what the app reads (a document's original, page text, page images, letters and the
    // print batch, the directory, the users file) and writes (desk and mailroom uploads are taken in
    // here: originals/, never inbox/, whose uploads the intake Lambda takes in; page text of a
    // corrected split; page images; a receipt letter printed at the desk; triage corrections; the
    // directory). The listing makes a missing object 404 instead of 403 (see IntentGrants).
    const reads = ['originals/*', 'text/*', 'web/*', 'letters/*', props.directoryKey, USERS_KEY];
    const writes = ['originals/*', 'text/*', 'web/*', 'letters/*', 'corrections/*', props.directoryKey];
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: reads.map((p) => bucket.arnForObjects(p)) }),
    );
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: writes.map((p) => bucket.arnForObjects(p)) }));
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['s3:ListBucket'],
        resources: [bucket.bucketArn],
        conditions: { StringLikeIfExists: { 's3:prefix': [...reads].sort() } },
      }),
    );
    for (const prefix of [...new Set([...reads, ...writes])].filter((p) => p.endsWith('*')))
      acknowledge(
        role,
        `Reads or writes objects under ${prefix} of the documents bucket only (s3:GetObject, s3:GetObjectVersion, s3:PutObject as the app needs); the names there are hashes, ids and times.`,
        wildcardResourceId(this, bucket.arnForObjects(prefix)),
      );

    // The ledger as every pipeline function has it: no deletes, no batch writes, whatever else is granted.
    const index = `${props.ledgerTableArn}/index/*`;
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:Scan'],
        resources: [props.ledgerTableArn],
      }),
    );
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['dynamodb:Query', 'dynamodb:Scan'], resources: [index] }));
    role.addToPrincipalPolicy(
      new PolicyStatement({ effect: Effect.DENY, actions: [...LEDGER_DENIED], resources: [props.ledgerTableArn, index] }),
    );
    acknowledge(
      role,
      "Queries the ledger table's own indexes (status, reference, alert id), which DynamoDB names <table>/index/<name>.",
      wildcardResourceId(this, index),
    );
    // The web state table: its items are the app's own and may go (a cleared rate limit).
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:Query'],
        resources: [props.webTableArn],
      }),
    );
    // S3 (SSE-KMS with the bucket key) and DynamoDB (both tables) use the data key on the caller's behalf.
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'], resources: [key] }),
    );

    // Queues: send (an upload to extract, a correction on, a triaged document to its team); the step
    // queues' counts for the operations page. Written out instead of grantSendMessages and
    // grantPublish, whose KMS actions are wildcards (kms:GenerateDataKey*, kms:ReEncrypt*): SSE-KMS
    // needs kms:GenerateDataKey and kms:Decrypt of a sender or publisher.
    const stepQueues = STEPS.map((step) => props.stepQueues[step].queue);
    const queues = [...stepQueues, ...Object.values(props.teamQueues).map((q) => q.queue)];
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: queues.map((q) => q.queueArn) }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sqs:GetQueueAttributes'], resources: stepQueues.map((q) => q.queueArn) }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['sns:Publish'], resources: [props.alertTopic.topicArn] }));
    const messageKeys = [...queues.map((q) => q.encryptionMasterKey), props.alertTopic.masterKey].flatMap((k) => (k ? [k.keyArn] : []));
    if (messageKeys.length)
      role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['kms:GenerateDataKey', 'kms:Decrypt'], resources: [...new Set(messageKeys)] }),
      );
    const [, domain] = mailFrom.split('@');
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: mailFrom }),
          Stack.of(this).formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
        ],
      }),
    );
    this.sessionSecret.grantRead(role);
    this.oidcClientSecret?.grantRead(role);
  }

  /** A crash or timeout of the function (a page the app renders is not one), and requests refused for want of concurrency. */
  private alarm(topic: ITopic) {
    const action = new SnsAction(topic);
    const fn = this.handler.function;
    for (const [name, metric, description] of [
      [
        'Errors',
        fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
        'The web function failed (a crash or a timeout, not an error page)',
      ],
      [
        'Throttles',
        fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
        'The web function refused requests: its reserved concurrency was used up',
      ],
    ] as const) {
      const alarm = new Alarm(this, name, {
        metric,
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
        alarmDescription: description,
      });
      alarm.addAlarmAction(action);
      alarm.addOkAction(action);
    }
  }
}

/** An https address without a trailing slash (links are PUBLIC_URL + path). */
function validPublicUrl(value: string): string {
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (url?.protocol !== 'https:' || url.search || url.hash || url.username)
    throw new Error(`publicUrl must be an https address such as https://postkamer.gemeente.nl, got "${value}"`);
  return value.replace(/\/+$/, '');
}

function validateSignIn(props: WebAppProps, publicUrl: string | undefined) {
  if (Boolean(props.oidcIssuer) !== Boolean(props.oidcClientId))
    throw new Error(
      `OIDC sign-in needs both oidcIssuer and oidcClientId, got ${props.oidcIssuer ? `only oidcIssuer "${props.oidcIssuer}"` : `only oidcClientId "${props.oidcClientId}"`}`,
    );
  if (props.oidcIssuer && (!URL.canParse(props.oidcIssuer) || new URL(props.oidcIssuer).protocol !== 'https:'))
    throw new Error(`oidcIssuer must be the provider's https issuer URL, got "${props.oidcIssuer}"`);
  if (props.cognito && props.oidcIssuer)
    throw new Error(
      `choose one sign-in: webSignIn=cognito makes its own issuer, and oidcIssuer "${props.oidcIssuer}" names another; leave out one of them`,
    );
  if (props.cognito && !publicUrl)
    throw new Error(
      'webSignIn=cognito needs publicUrl: the user pool sends people back to <publicUrl>/login/oidc/callback, an address the stack cannot learn from the function URL it makes in the same deployment',
    );
}
