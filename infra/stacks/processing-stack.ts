import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, type ITableV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Rule, Schedule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { Effect, type IRole, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type IKey, Key } from 'aws-cdk-lib/aws-kms';
import { Bucket, type IBucket } from 'aws-cdk-lib/aws-s3';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { MAIL_PREFIX, MAIL_REJECTED_PREFIX } from '../../functions/mail-intake/schema.ts';
import { METRICS, METRICS_NAMESPACE } from '../../shared/adapters/aws/emf.ts';
import { parseBusinessDuration } from '../../shared/domain/business-calendar.ts';
import type { Step } from '../../shared/domain/pipeline.ts';
import { acknowledge } from '../constructs/nag.ts';
import { PipelineFunction } from '../constructs/pipeline-function.ts';
import { PipelineMonitoring, sweepMetric } from '../constructs/pipeline-monitoring.ts';
import type { QueueWithDlq } from '../constructs/queue-with-dlq.ts';
import { ReceiptBounces } from '../constructs/receipt-bounces.ts';
import { DIRECTORY_KEY, LEDGER_DENIED, PIPELINE_FUNCTIONS, type PipelineFunctionName } from '../pipeline-settings.ts';
import { exportOnce } from '../stable-export.ts';
import { DEFAULT_STAGE, parseStage, stageName } from '../stage.ts';

export { LEDGER_DENIED } from '../pipeline-settings.ts';

export interface ProcessingStackProps extends StackProps {
  /**
   * The stage (test, acceptance, production): part of the dashboard's name and of the metrics'
   * service dimension, so stages deploy side by side in one account.
   * @default 'test'
   */
  readonly stage?: string;
  /** The stateful stack's data key (documents bucket, ledger table); queues carry their own key. */
  readonly key: IKey;
  readonly documents: IBucket;
  readonly ledger: ITableV2;
  readonly intakeQueue: QueueWithDlq;
  /** Announces each message SES receiving stored under `mail/`. */
  readonly mailIntakeQueue: QueueWithDlq;
  /**
   * The addresses SES receives post at (the stateful stack's `mailRecipients`): never answered.
   * @default none
   */
  readonly mailRecipients?: readonly string[];
  /** One queue per pipeline step. */
  readonly stepQueues: Readonly<Record<Step, QueueWithDlq>>;
  readonly textractCompleteQueue: QueueWithDlq;
  /** Team queue name → its queue. */
  readonly teamQueues: Readonly<Record<string, QueueWithDlq>>;
  readonly textractTopic: ITopic;
  readonly textractRole: IRole;
  /**
   * Textract transactions per second this account has per operation (Service Quotas, per region).
   * It is the rate of the token buckets every Textract call takes from (one per operation, shared
   * by all instances: TEXTRACT_TPS); the extract and textract-complete event sources also run at
   * most this many functions at once (at least 2, the SQS minimum).
   * @default 1
   */
  readonly textractTps?: number;
  /**
   * Business time a document may stay unrouted (triage, failed) before operations are alerted,
   * e.g. '4h', '1d 2h' (the sweep's UNROUTED_ALERT_AFTER).
   * @default '4h'
   */
  readonly unroutedAlertAfter?: string;
  /**
   * Subscribes this address to the alert topic (alarms and alerts); it must confirm the subscription.
   * @default no subscription
   */
  readonly alertEmail?: string;
  /**
   * Sender of receipts and alert mails: a verified SES identity (address or domain).
   * @default 'postkamer@gemeente.example'
   */
  readonly mailFrom?: string;
  /**
   * Where a client can check a receipt number (printed on receipts).
   * @default 'https://www.gemeente.example/ontvangstbewijs'
   */
  readonly receiptCheckHint?: string;
  /**
   * Where the day's print batch of letters (receipts by post) is mailed, attached; it is always
   * kept under `letters/batches/<day>/` as well.
   * @default none (kept in the bucket only)
   */
  readonly mailroomEmail?: string;
  /**
   * Uploads larger than this are rejected at intake (MAX_FILE_MB).
   * @default 50
   */
  readonly maxFileMb?: number;
  /**
   * How often the sweep runs.
   * @default 5 minutes
   */
  readonly sweepEvery?: Duration;
}

/**
 * The Lambdas and everything around them: event sources, the sweep schedule, the alert topic,
 * alarms and the dashboard. Stateless: it can be destroyed and deployed again without losing data.
 */
export class ProcessingStack extends Stack {
  readonly functions: Readonly<Record<PipelineFunctionName, PipelineFunction>>;
  readonly alertTopic: Topic;
  readonly sweepDeadLetterQueue: Queue;
  readonly sweepRule: Rule;
  readonly receiptBounces: ReceiptBounces;
  /** The shared Textract token buckets (one item per Textract operation). */
  readonly textractRateTable: TableV2;
  readonly monitoring: PipelineMonitoring;

  constructor(scope: Construct, id: string, props: ProcessingStackProps) {
    super(scope, id, props);
    const textractTps = props.textractTps ?? 1;
    const unroutedAlertAfter = props.unroutedAlertAfter ?? '4h';
    const mailFrom = props.mailFrom ?? 'postkamer@gemeente.example';
    const maxFileMb = props.maxFileMb ?? 50;
    const sweepEvery = props.sweepEvery ?? Duration.minutes(5);
    const stage = parseStage(props.stage ?? DEFAULT_STAGE);
    const metricsService = stageName(stage);
    if (!Number.isInteger(textractTps) || textractTps < 1 || textractTps > 1000)
      throw new Error(`textractTps must be a whole number of transactions per second from 1 to 1000, got ${textractTps}`);
    try {
      parseBusinessDuration(unroutedAlertAfter, 'unroutedAlertAfter');
    } catch (error) {
      throw new Error(
        `unroutedAlertAfter "${unroutedAlertAfter}" is not a business duration such as '4h' or '1d 2h': ${(error as Error).message}`,
      );
    }
    for (const [name, value] of [
      ['alertEmail', props.alertEmail],
      ['mailFrom', mailFrom],
    ] as const)
      if (value !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value))
        throw new Error(`${name} must be an e-mail address, got "${value}"`);
    if (!(maxFileMb > 0 && maxFileMb <= 500))
      throw new Error(`maxFileMb must be above 0 and at most 500 (Textract's limit for a PDF), got ${maxFileMb}`);
    if (sweepEvery.toMinutes() < 1 || sweepEvery.toMinutes() > 60)
      throw new Error(`sweepEvery must be from 1 to 60 minutes, got ${sweepEvery.toHumanString()}`);

    // Operations' channel: its own key, so alarms (CloudWatch) and the sweep DLQ (EventBridge) can use it.
    const opsKey = new Key(this, 'OpsKey', { description: 'postkamer: alert topic and sweep dead letters', enableKeyRotation: true });
    for (const service of ['cloudwatch.amazonaws.com', 'events.amazonaws.com'])
      opsKey.addToResourcePolicy(
        new PolicyStatement({
          principals: [new ServicePrincipal(service)],
          actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
          resources: ['*'],
        }),
      );
    this.alertTopic = new Topic(this, 'AlertTopic', { displayName: `postkamer ${stage} alerts`, masterKey: opsKey, enforceSSL: true });
    if (props.alertEmail) this.alertTopic.addSubscription(new EmailSubscription(props.alertEmail));
    this.sweepDeadLetterQueue = new Queue(this, 'SweepDeadLetterQueue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: opsKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.sweepDeadLetterQueue,
      'This queue is itself the dead-letter queue of the scheduled sweep (function and EventBridge target); its depth alarms.',
      'AwsSolutions-SQS3',
    );

    const teamQueueUrls = Object.fromEntries(Object.entries(props.teamQueues).map(([team, q]) => [team, q.queue.queueUrl]));
    const common = {
      TABLE_NAME: props.ledger.tableName,
      BUCKET_NAME: props.documents.bucketName,
      DIRECTORY_KEY,
      ALERT_TOPIC_ARN: this.alertTopic.topicArn,
      METRICS_SERVICE: metricsService,
    };
    const make = (name: PipelineFunctionName, environment: Record<string, string>, deadLetterQueue?: Queue) =>
      new PipelineFunction(this, `${name.charAt(0).toUpperCase()}${name.slice(1)}`, {
        entry: PIPELINE_FUNCTIONS[name].entry,
        timeout: PIPELINE_FUNCTIONS[name].timeout,
        memoryMiB: PIPELINE_FUNCTIONS[name].memoryMiB,
        environment: { ...common, ...environment },
        deadLetterQueue,
        // The Textract steps read PDF text layers (born-digital PDFs skip Textract); receipts need the fonts of every client language.
        pdfjs: name === 'extract' || name === 'textractComplete',
        // Receipts, and a written e-mail set as a PDF document, need the fonts of every client language.
        fonts: name === 'receipt' || name === 'mailIntake' || name === 'letters',
      });
    // The Textract rate, shared by every instance of both Textract functions. Its items hold one
    // second of state each, so the table is not part of the stateful stack and has no backups.
    this.textractRateTable = new TableV2(this, 'TextractRateTable', {
      partitionKey: { name: 'pk', type: AttributeType.STRING },
      billing: Billing.onDemand(),
      removalPolicy: RemovalPolicy.DESTROY,
    });
    acknowledge(
      this.textractRateTable,
      'The table holds only token-bucket counters for the Textract rate (a few numbers per Textract operation, refilled every second); a restored copy would be stale and a new empty table starts full, so point-in-time recovery protects nothing.',
      'AwsSolutions-DDB3',
    );
    const extractEnv = {
      SPLIT_QUEUE_URL: props.stepQueues.split.queue.queueUrl,
      RECEIPT_QUEUE_URL: props.stepQueues.receipt.queue.queueUrl,
      EXTRACT_QUEUE_URL: props.stepQueues.extract.queue.queueUrl,
      TEXTRACT_COMPLETE_QUEUE_URL: props.textractCompleteQueue.queue.queueUrl,
      TEXTRACT_TOPIC_ARN: props.textractTopic.topicArn,
      TEXTRACT_ROLE_ARN: props.textractRole.roleArn,
      RATE_TABLE_NAME: this.textractRateTable.tableName,
      TEXTRACT_TPS: String(textractTps),
    };
    const mailEnv = { MAIL_FROM: mailFrom };
    const fns = {
      intake: make('intake', {
        EXTRACT_QUEUE_URL: props.stepQueues.extract.queue.queueUrl,
        RECEIPT_QUEUE_URL: props.stepQueues.receipt.queue.queueUrl,
        MAX_FILE_MB: String(maxFileMb),
      }),
      extract: make('extract', extractEnv),
      textractComplete: make('textractComplete', extractEnv),
      split: make('split', { ROUTE_QUEUE_URL: props.stepQueues.route.queue.queueUrl }),
      route: make('route', {
        RECEIPT_QUEUE_URL: props.stepQueues.receipt.queue.queueUrl,
        TEAM_QUEUE_URLS: this.toJsonString(teamQueueUrls),
      }),
      receipt: make('receipt', {
        ...mailEnv,
        RECEIPT_CHECK_HINT: props.receiptCheckHint ?? 'https://www.gemeente.example/ontvangstbewijs',
      }),
      sweep: make('sweep', { ...mailEnv, UNROUTED_ALERT_AFTER: unroutedAlertAfter }, this.sweepDeadLetterQueue),
      // Scheduled like the sweep: a failed invocation dead-letters to the same queue (its depth alarms).
      letters: make(
        'letters',
        {
          ...mailEnv,
          RECEIPT_CHECK_HINT: props.receiptCheckHint ?? 'https://www.gemeente.example/ontvangstbewijs',
          ...(props.mailroomEmail ? { MAILROOM_EMAIL: props.mailroomEmail } : {}),
        },
        this.sweepDeadLetterQueue,
      ),
      mailIntake: make('mailIntake', {
        ...mailEnv,
        EXTRACT_QUEUE_URL: props.stepQueues.extract.queue.queueUrl,
        RECEIPT_QUEUE_URL: props.stepQueues.receipt.queue.queueUrl,
        MAX_FILE_MB: String(maxFileMb),
        RECEIPT_CHECK_HINT: props.receiptCheckHint ?? 'https://www.gemeente.example/ontvangstbewijs',
        MAIL_RECIPIENTS: (props.mailRecipients ?? []).join(','),
      }),
    };
    this.functions = fns;

    // Event sources. Textract-bound steps are capped to the account's Textract rate.
    const textractConcurrency = Math.max(2, textractTps);
    fns.intake.consume(props.intakeQueue, { batchSize: PIPELINE_FUNCTIONS.intake.batchSize });
    fns.extract.consume(props.stepQueues.extract, { batchSize: PIPELINE_FUNCTIONS.extract.batchSize, maxConcurrency: textractConcurrency });
    fns.textractComplete.consume(props.textractCompleteQueue, {
      batchSize: PIPELINE_FUNCTIONS.textractComplete.batchSize,
      maxConcurrency: textractConcurrency,
    });
    fns.split.consume(props.stepQueues.split, { batchSize: PIPELINE_FUNCTIONS.split.batchSize });
    fns.route.consume(props.stepQueues.route, { batchSize: PIPELINE_FUNCTIONS.route.batchSize });
    fns.receipt.consume(props.stepQueues.receipt, { batchSize: PIPELINE_FUNCTIONS.receipt.batchSize });
    fns.mailIntake.consume(props.mailIntakeQueue, { batchSize: PIPELINE_FUNCTIONS.mailIntake.batchSize });

    // Grants, by intent. Every step writes the ledger (status, audit events, alerts) and may alert.
    const grants = new IntentGrants(this, props);
    for (const fn of Object.values(fns)) {
      grants.ledgerReadWrite(fn);
      this.alertTopic.grantPublish(fn.role);
    }
    grants.readObjects(fns.intake, 'inbox/');
    grants.readObjects(fns.intake, 'originals/');
    grants.writeObjects(fns.intake, 'originals/');
    grants.sendTo(fns.intake, props.stepQueues.extract, props.stepQueues.receipt);

    for (const fn of [fns.extract, fns.textractComplete]) {
      // Textract reads the original (sync and async, by S3 object) with the caller's permissions,
      // and the key through the bucket: its own role only publishes the completion.
      grants.readObjects(fn, 'originals/');
      grants.writeObjects(fn, 'text/');
      grants.sendTo(fn, props.stepQueues.split, props.stepQueues.receipt);
      // The token buckets: read and conditionally update an item, nothing else.
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({ actions: ['dynamodb:GetItem', 'dynamodb:UpdateItem'], resources: [this.textractRateTable.tableArn] }),
      );
    }
    // A message deferred because the Textract rate is used up goes back on its own queue.
    grants.sendTo(fns.extract, props.stepQueues.extract);
    grants.sendTo(fns.textractComplete, props.textractCompleteQueue);
    fns.extract.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['textract:DetectDocumentText', 'textract:StartDocumentTextDetection'], resources: ['*'] }),
    );
    props.textractRole.grantPassRole(fns.extract.role);
    fns.textractComplete.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['textract:GetDocumentTextDetection'], resources: ['*'] }),
    );
    for (const fn of [fns.extract, fns.textractComplete])
      acknowledge(
        fn.role,
        'Textract text detection (the actions this step calls) and X-Ray tracing (xray:PutTraceSegments, xray:PutTelemetryRecords) have no resource-level permissions: the documented resource is "*".',
        'AwsSolutions-IAM5[Resource::*]',
      );

    // Split reads a file's page text and writes each part's; the parts go on to the route queue.
    grants.readObjects(fns.split, 'text/');
    grants.writeObjects(fns.split, 'text/');
    grants.sendTo(fns.split, props.stepQueues.route);
    grants.readObjects(fns.route, 'text/');
    for (const fn of [fns.split, fns.route, fns.receipt, fns.sweep, fns.mailIntake, fns.letters]) grants.readObjects(fn, DIRECTORY_KEY);
    grants.sendTo(fns.route, props.stepQueues.receipt, ...Object.values(props.teamQueues));
    grants.writeObjects(fns.receipt, 'letters/');
    for (const fn of [fns.receipt, fns.sweep, fns.mailIntake, fns.letters]) grants.sendMail(fn, mailFrom);
    grants.writeObjects(fns.letters, 'letters/batches/');

    // Mail intake: reads what SES stored, stores the message and its documents like intake does,
    // removes SES's copy, and keeps one too large to read under mail-rejected/ (a copy, then a delete).
    grants.readObjects(fns.mailIntake, MAIL_PREFIX);
    grants.deleteObjects(fns.mailIntake, MAIL_PREFIX);
    grants.writeObjects(fns.mailIntake, MAIL_REJECTED_PREFIX);
    grants.readObjects(fns.mailIntake, 'originals/');
    grants.writeObjects(fns.mailIntake, 'originals/');
    grants.sendTo(fns.mailIntake, props.stepQueues.extract, props.stepQueues.receipt);
    grants.grantListing();

    // Receipts that bounced or were complained about become letters: the receipt and mail-intake
    // Lambdas send with the configuration set whose events feed the bounce handler.
    this.receiptBounces = new ReceiptBounces(this, 'ReceiptBounces', {
      stage,
      // The topic and queue with this stack's key (SES's grant is written into its policy here); data with the stateful key.
      encryptionKey: opsKey,
      dataKey: props.key,
      ledgerTableArn: grants.ledgerArn,
      ledgerTableName: props.ledger.tableName,
      bucket: grants.documents,
      alertTopic: this.alertTopic,
      directoryKey: DIRECTORY_KEY,
      receiptCheckHint: props.receiptCheckHint,
    });
    this.receiptBounces.handler.function.addEnvironment('METRICS_SERVICE', metricsService);
    for (const fn of [fns.receipt, fns.mailIntake]) this.receiptBounces.grantSendWith(fn);

    // The sweep, on a schedule; failures of the invocation and of the delivery both dead-letter.
    this.sweepRule = new Rule(this, 'SweepSchedule', {
      description: 'postkamer sweep: unrouted, stuck and unacknowledged documents, surges',
      schedule: Schedule.rate(sweepEvery),
      targets: [
        new LambdaFunction(fns.sweep.function, {
          deadLetterQueue: this.sweepDeadLetterQueue,
          retryAttempts: 2,
          maxEventAge: Duration.hours(1),
        }),
      ],
    });

    // The day's print batch, late in the afternoon in the Netherlands (15:00 UTC: 16:00 in winter, 17:00 in summer).
    new Rule(this, 'LettersSchedule', {
      description: "postkamer letters: the day's print batch of receipts by post",
      schedule: Schedule.cron({ minute: '0', hour: '15' }),
      targets: [
        new LambdaFunction(fns.letters.function, {
          deadLetterQueue: this.sweepDeadLetterQueue,
          retryAttempts: 2,
          maxEventAge: Duration.hours(1),
        }),
      ],
    });

    // Alarms and the dashboard.
    this.monitoring = new PipelineMonitoring(this, 'Monitoring', { alarmTopic: this.alertTopic, dashboardName: stageName(stage) });
    const queues: [string, QueueWithDlq][] = [
      ['Intake', props.intakeQueue],
      ['MailIntake', props.mailIntakeQueue],
      ['Extract', props.stepQueues.extract],
      ['TextractComplete', props.textractCompleteQueue],
      ['Split', props.stepQueues.split],
      ['Route', props.stepQueues.route],
      ['Receipt', props.stepQueues.receipt],
      ...Object.entries(props.teamQueues).map(([team, q]): [string, QueueWithDlq] => [`Team-${team}`, q]),
    ];
    for (const [name, q] of queues) this.monitoring.watchQueue(name, q);
    this.monitoring.watchDeadLetterQueue('Sweep', this.sweepDeadLetterQueue);
    this.monitoring.watchQueue('ReceiptBounces', this.receiptBounces.queue);
    this.monitoring.watchFunction('receiptBounces', this.receiptBounces.handler);
    for (const [name, fn] of Object.entries(fns)) this.monitoring.watchFunction(name, fn);
    this.monitoring.watchMetric(
      'UnroutedOverdue',
      sweepMetric(METRICS.unroutedOverdue, METRICS_NAMESPACE, { Service: metricsService }),
      1,
      `Documents unrouted (triage or failed) for more than ${unroutedAlertAfter} of business time`,
    );
    this.monitoring.watchHeartbeat('Sweep', fns.sweep, Duration.minutes(Math.max(15, sweepEvery.toMinutes() * 3)));
    this.monitoring.render();
  }
}

/**
 * The grants of the pipeline functions, written out action by action (CDK's grantRead/grantPut/
 * grantReadWriteData add families such as s3:List* and dynamodb:DeleteItem that no step uses),
 * each with the cdk-nag evidence for its wildcards. The bucket and table are referenced through
 * exports with stable names (`<stateful stack>-DocumentsArn`, `-LedgerArn`), so the evidence
 * names the same resources in every synthesis.
 */
class IntentGrants {
  /** The documents bucket and the ledger's ARN through their stable exports (for other grants in this stack). */
  readonly documents: IBucket;
  readonly ledgerArn: string;
  private readonly key: IKey;
  private readonly documentsRef: string;
  private readonly ledgerRef: string;
  private readonly listable = new Map<PipelineFunction, Set<string>>();

  constructor(
    private readonly scope: Stack,
    props: ProcessingStackProps,
  ) {
    const producer = Stack.of(props.documents);
    this.key = props.key;
    this.documentsRef = `${producer.stackName}-DocumentsArn`;
    this.ledgerRef = `${Stack.of(props.ledger).stackName}-LedgerArn`;
    this.documents = Bucket.fromBucketAttributes(scope, 'DocumentsRef', {
      bucketArn: exportOnce(producer, props.documents.bucketArn, this.documentsRef),
      bucketName: props.documents.bucketName,
      encryptionKey: props.key,
    });
    this.ledgerArn = exportOnce(Stack.of(props.ledger), props.ledger.tableArn, this.ledgerRef);
  }

  /**
   * Reads objects under a prefix (or one object): s3:GetObject and s3:GetObjectVersion (uploads are
   * read by version) there, kms:Decrypt on the data key, and s3:ListBucket limited to the prefix.
   * The ListBucket is what makes S3 answer a missing object with 404 instead of 403, which the
   * adapters rely on (an original stored once per hash, a gone upload); S3's own not-found check
   * carries no s3:prefix, hence `StringLikeIfExists`.
   */
  readObjects(fn: PipelineFunction, prefixOrKey: string) {
    const pattern = prefixOrKey.endsWith('/') ? `${prefixOrKey}*` : prefixOrKey;
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject', 's3:GetObjectVersion'], resources: [this.documents.arnForObjects(pattern)] }),
    );
    fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [this.key.keyArn] }));
    const prefixes = this.listable.get(fn) ?? new Set<string>();
    if (prefixes.size === 0) this.listable.set(fn, prefixes);
    prefixes.add(pattern);
    if (pattern.endsWith('*'))
      acknowledge(
        fn.role,
        `Reads objects under ${pattern} of the documents bucket only (s3:GetObject and s3:GetObjectVersion); the keys there are hashes and ids.`,
        `AwsSolutions-IAM5[Resource::${this.documentsRef}/${pattern}]`,
      );
  }

  /** Writes objects under a prefix: s3:PutObject there, and the data key to encrypt them (SSE-KMS with the bucket key). */
  writeObjects(fn: PipelineFunction, prefix: string) {
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:PutObject'], resources: [this.documents.arnForObjects(`${prefix}*`)] }),
    );
    fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Encrypt', 'kms:GenerateDataKey'], resources: [this.key.keyArn] }));
    acknowledge(
      fn.role,
      `Writes new objects under ${prefix}* of the documents bucket only (s3:PutObject); their names are hashes and ids made by the step.`,
      `AwsSolutions-IAM5[Resource::${this.documentsRef}/${prefix}*]`,
    );
  }

  /** Deletes objects under a prefix: s3:DeleteObject only (in the versioned bucket a delete marker; no version is destroyed). */
  deleteObjects(fn: PipelineFunction, prefix: string) {
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:DeleteObject'], resources: [this.documents.arnForObjects(`${prefix}*`)] }),
    );
    acknowledge(
      fn.role,
      `Deletes objects under ${prefix}* of the documents bucket only, once their content is stored and recorded.`,
      `AwsSolutions-IAM5[Resource::${this.documentsRef}/${prefix}*]`,
    );
  }

  /** After all reads are granted: one s3:ListBucket per role, limited to the prefixes it reads. */
  grantListing() {
    for (const [fn, patterns] of this.listable)
      fn.role.addToPrincipalPolicy(
        new PolicyStatement({
          actions: ['s3:ListBucket'],
          resources: [this.documents.bucketArn],
          conditions: { StringLikeIfExists: { 's3:prefix': [...patterns].sort() } },
        }),
      );
  }

  /**
   * Reads and writes ledger items and queries its indexes: GetItem, PutItem, UpdateItem, Query and
   * Scan, nothing else. DeleteItem and BatchWriteItem are denied outright, so no later grant can
   * make the ledger's documents and audit events deletable by a function.
   */
  ledgerReadWrite(fn: PipelineFunction) {
    const index = `${this.ledgerArn}/index/*`;
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query', 'dynamodb:Scan'],
        resources: [this.ledgerArn],
      }),
    );
    fn.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['dynamodb:Query', 'dynamodb:Scan'], resources: [index] }));
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: [...LEDGER_DENIED],
        resources: [this.ledgerArn, index],
      }),
    );
    // DynamoDB encrypts and decrypts items with the table's customer managed key on the caller's behalf.
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: [this.key.keyArn],
      }),
    );
    acknowledge(
      fn.role,
      "Queries the ledger table's own indexes (status, reference, alert id), which DynamoDB names <table>/index/<name>.",
      `AwsSolutions-IAM5[Resource::${this.ledgerRef}/index/*]`,
    );
  }

  /** Sends messages to queues (SSE-KMS with the messages key). */
  sendTo(fn: PipelineFunction, ...queues: QueueWithDlq[]) {
    for (const q of queues) q.queue.grantSendMessages(fn.role);
  }

  /** Sends e-mail from the configured identity only. */
  sendMail(fn: PipelineFunction, from: string) {
    const [, domain] = from.split('@');
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [
          this.scope.formatArn({ service: 'ses', resource: 'identity', resourceName: from }),
          this.scope.formatArn({ service: 'ses', resource: 'identity', resourceName: domain }),
        ],
      }),
    );
  }
}
