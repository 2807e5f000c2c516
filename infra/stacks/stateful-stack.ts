import { ArnFormat, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import { AttributeType, Billing, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  EventType,
  ObjectLockRetention,
  ObjectOwnership,
  StorageClass,
} from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { Construct } from 'constructs';
import { MAIL_PREFIX, MAIL_REJECTED_PREFIX } from '../../functions/mail-intake/schema.ts';
import { INDEXES, TABLE_KEYS, TTL_ATTRIBUTE, WEB_TABLE_KEYS } from '../../shared/adapters/aws/dynamo-table.ts';
import { CHANNELS } from '../../shared/domain/document.ts';
import { STEPS, type Step } from '../../shared/domain/pipeline.ts';
import { MailReceiving } from '../constructs/mail-receiving.ts';
import { acknowledge } from '../constructs/nag.ts';
import { QueueWithDlq } from '../constructs/queue-with-dlq.ts';
import { DEFAULT_TEAM_QUEUES, visibilityFor } from '../pipeline-settings.ts';
import { DEFAULT_STAGE, parseStage, stageName } from '../stage.ts';

export interface StatefulStackProps extends StackProps {
  /**
   * The stage (test, acceptance, production): part of every fixed name (KMS aliases, the SES rule
   * set), so stages deploy side by side in one account.
   * @default 'test'
   */
  readonly stage?: string;
  /**
   * Days every new object version is locked (S3 Object Lock, governance mode) from its upload: no
   * one without `s3:BypassGovernanceRetention` can destroy it in that time, so an original lost by
   * mistake or malice between upload and handling can always be restored. Deliberately not the
   * whole retention period: the lock applies to every object of the bucket (uploads, page text,
   * letters too), and the retention decision must still be able to remove data when it is due.
   * @default 30 (the inbox retention: the time a document is in process)
   */
  readonly objectLockDays?: number;
  /**
   * Days originals and what is derived from them (page text, letters) are kept, counted from upload.
   * Set it to the department's retention period for client files.
   * @default 2557 (7 years)
   */
  readonly retentionDays?: number;
  /**
   * Days an upload stays under `inbox/` after it arrived (intake copies it to `originals/` at once).
   * @default 30
   */
  readonly inboxRetentionDays?: number;
  /**
   * The team queues, one SQS queue (and DLQ) each: the directory's `teams[].queue` values.
   * @default intake, inkomen, werk, bezwaar, klachten, schuldhulp, triage
   */
  readonly teams?: readonly string[];
  /**
   * Receives before a step message is dead-lettered (and its document marked failed).
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * Post by e-mail: the addresses (or whole domains) SES receiving accepts mail for. Each message
   * is stored under `mail/` of the documents bucket, where the mail intake takes it in.
   * @default none: no receipt rule set (the mail queue and its function exist, idle)
   */
  readonly mailRecipients?: readonly string[];
}

/**
 * What must survive a redeploy: the KMS keys, the documents bucket (originals, page text, letters,
 * the directory), the ledger table, and the queues that hold work in flight. Construct ids here are
 * stable: renaming one replaces the resource.
 */
export class StatefulStack extends Stack {
  /** Encrypts the documents bucket, the ledger table and the web state table. */
  readonly key: Key;
  /** Encrypts the queues. Separate from `key`: its policy lets S3 and SNS deliver, naming the bucket and the topic. */
  readonly messagesKey: Key;
  readonly documents: Bucket;
  readonly accessLogs: Bucket;
  readonly ledger: TableV2;
  /** The web app's own state: rate limits, revoked sessions, upload batches (not the system of record). */
  readonly webTable: TableV2;
  readonly intakeQueue: QueueWithDlq;
  /** Announces each message SES receiving stored under `mail/`. */
  readonly mailIntakeQueue: QueueWithDlq;
  /** SES receiving, when `mailRecipients` names any. */
  readonly mailReceiving: MailReceiving | undefined;
  /** One queue per pipeline step (`shared/domain/pipeline.ts`), ids `ExtractQueue`, `RouteQueue`, `ReceiptQueue`. */
  readonly stepQueues: Readonly<Record<Step, QueueWithDlq>>;
  readonly textractCompleteQueue: QueueWithDlq;
  readonly teamQueues: Readonly<Record<string, QueueWithDlq>>;
  /** Textract's completion notifications for asynchronous jobs, and the role Textract publishes with. */
  readonly textractTopic: Topic;
  readonly textractRole: Role;

  constructor(scope: Construct, id: string, props: StatefulStackProps = {}) {
    super(scope, id, props);
    const retentionDays = props.retentionDays ?? 2557;
    const inboxRetentionDays = props.inboxRetentionDays ?? 30;
    const teams = props.teams ?? DEFAULT_TEAM_QUEUES;
    const stage = parseStage(props.stage ?? DEFAULT_STAGE);
    const objectLockDays = props.objectLockDays ?? inboxRetentionDays;
    validateDays('retentionDays', retentionDays);
    validateDays('inboxRetentionDays', inboxRetentionDays);
    validateDays('objectLockDays', objectLockDays);
    if (objectLockDays > retentionDays)
      throw new Error(
        `objectLockDays (${objectLockDays}) must not exceed retentionDays (${retentionDays}): a locked original could not be removed when due`,
      );
    validateTeams(teams);

    this.key = new Key(this, 'Key', {
      alias: `alias/${stageName(stage)}`,
      description: 'postkamer: documents bucket and ledger table',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    // One key per direction of trust: the queue key's policy names the bucket (S3 notifications) and
    // the Textract topic (SNS delivery), so neither may be encrypted with it (a dependency cycle).
    this.messagesKey = new Key(this, 'MessagesKey', {
      alias: `alias/${stageName(stage, 'messages')}`,
      description: 'postkamer: SQS queues',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // S3 server access logs cannot be delivered to an SSE-KMS bucket: SSE-S3 here. Log lines carry
    // object keys: under originals/ a SHA-256, under text/ and letters/ a document uuid, under
    // mail/ SES's message id; only inbox/ keys are the uploader's file names (infra/README.md,
    // "Access logs and object names", says how scanners must name files).
    this.accessLogs = new Bucket(this, 'AccessLogs', {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      versioned: true,
      lifecycleRules: [{ id: 'expire-access-logs', expiration: Duration.days(400), noncurrentVersionExpiration: Duration.days(30) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.accessLogs, 'This is the access-log bucket itself; logging its access into itself would loop.', 'AwsSolutions-S1');

    this.documents = new Bucket(this, 'Documents', {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      serverAccessLogsBucket: this.accessLogs,
      serverAccessLogsPrefix: 'documents/',
      // Object Lock is only possible from the bucket's creation on (it needs versioning, which is on).
      objectLockEnabled: true,
      objectLockDefaultRetention: ObjectLockRetention.governance(Duration.days(objectLockDays)),
      lifecycleRules: [
        // Uploads are copied to originals/ by intake; the upload itself is only kept for tracing.
        { id: 'expire-processed-uploads', prefix: 'inbox/', expiration: Duration.days(inboxRetentionDays) },
        // The web viewer's page images (web/pages/<id>/<n>.png) are a cache drawn from the original
        // again on the next view: kept no longer than an upload.
        { id: 'expire-page-images', prefix: 'web/', expiration: Duration.days(inboxRetentionDays) },
        ...['originals/', 'text/', 'letters/', MAIL_REJECTED_PREFIX].map((prefix) => ({
          id: `retain-${prefix.slice(0, -1)}`,
          prefix,
          expiration: Duration.days(retentionDays),
          transitions: retentionDays > 120 ? [{ storageClass: StorageClass.INFREQUENT_ACCESS, transitionAfter: Duration.days(90) }] : [],
        })),
        {
          id: 'expire-old-versions',
          noncurrentVersionExpiration: Duration.days(30),
          abortIncompleteMultipartUploadAfter: Duration.days(7),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.ledger = new TableV2(this, 'Ledger', {
      partitionKey: { name: TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.customerManagedKey(this.key),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      // Only lookups that lose their use carry it (dynamo-table.ts): documents and events never expire.
      timeToLiveAttribute: TTL_ATTRIBUTE,
      globalSecondaryIndexes: [
        {
          indexName: INDEXES.byStatus.name,
          partitionKey: { name: INDEXES.byStatus.partitionKey, type: AttributeType.STRING },
          sortKey: { name: INDEXES.byStatus.sortKey, type: AttributeType.STRING },
        },
        {
          indexName: INDEXES.byReference.name,
          partitionKey: { name: INDEXES.byReference.partitionKey, type: AttributeType.STRING },
          sortKey: { name: INDEXES.byReference.sortKey, type: AttributeType.STRING },
        },
        { indexName: INDEXES.byAlertId.name, partitionKey: { name: INDEXES.byAlertId.partitionKey, type: AttributeType.STRING } },
      ],
    });

    // The web app's own state, apart from the ledger so that the web Lambda may delete its items
    // (a cleared rate limit) while every role stays denied deletes on the ledger. Rate limits and
    // revoked sessions expire by TTL (a rate window after its last event, a session at its expiry).
    this.webTable = new TableV2(this, 'WebTable', {
      partitionKey: { name: WEB_TABLE_KEYS.partitionKey, type: AttributeType.STRING },
      sortKey: { name: WEB_TABLE_KEYS.sortKey, type: AttributeType.STRING },
      billing: Billing.onDemand(),
      encryption: TableEncryptionV2.customerManagedKey(this.key),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
      timeToLiveAttribute: WEB_TABLE_KEYS.timeToLiveAttribute,
    });

    const queue = (queueId: string, visibilityTimeout: Duration, maxMessageAge?: Duration) =>
      new QueueWithDlq(this, queueId, {
        encryptionKey: this.messagesKey,
        visibilityTimeout,
        maxReceiveCount: props.maxReceiveCount,
        maxMessageAge,
      });
    this.intakeQueue = queue('IntakeQueue', visibilityFor('intake'));
    this.mailIntakeQueue = queue('MailIntakeQueue', visibilityFor('mailIntake'));
    // Stateful ids: `${Step}Queue`, as they always were; never rename them.
    this.stepQueues = Object.fromEntries(STEPS.map((step) => [step, queue(`${pascal(step)}Queue`, visibilityFor(step))])) as Record<
      Step,
      QueueWithDlq
    >;
    this.textractCompleteQueue = queue('TextractCompleteQueue', visibilityFor('textractComplete'));
    // Team queues feed whatever works them (a case system, a mailbox bridge): no Lambda consumer here,
    // so an item waiting two days (ACK_ESCALATE_AFTER) is what their age alarm means.
    this.teamQueues = Object.fromEntries(
      teams.map((team) => [team, queue(`TeamQueue${pascal(team)}`, Duration.minutes(5), Duration.days(2))]),
    );

    for (const channel of CHANNELS)
      this.documents.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.intakeQueue.queue), {
        prefix: `inbox/${channel}/`,
      });
    this.documents.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.mailIntakeQueue.queue), { prefix: MAIL_PREFIX });
    this.mailReceiving = props.mailRecipients?.length
      ? new MailReceiving(this, 'MailReceiving', {
          bucket: this.documents,
          recipients: props.mailRecipients,
          objectKeyPrefix: MAIL_PREFIX,
          ruleSetName: stageName(stage),
        })
      : undefined;

    const notificationsKey = new Key(this, 'NotificationsKey', {
      alias: `alias/${stageName(stage, 'notifications')}`,
      description: 'postkamer: Textract completion notifications',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.textractTopic = new Topic(this, 'TextractTopic', { masterKey: notificationsKey, enforceSSL: true });
    this.textractTopic.addSubscription(new SqsSubscription(this.textractCompleteQueue.queue, { rawMessageDelivery: true }));
    // Textract assumes it only for jobs of this account (confused deputy: aws:SourceAccount, and
    // aws:SourceArn on this account's Textract resources in this region).
    this.textractRole = new Role(this, 'TextractRole', {
      assumedBy: new ServicePrincipal('textract.amazonaws.com').withConditions({
        StringEquals: { 'aws:SourceAccount': this.account },
        ArnLike: { 'aws:SourceArn': this.formatArn({ service: 'textract', resource: '*', arnFormat: ArnFormat.NO_RESOURCE_NAME }) },
      }),
      description: 'Lets Amazon Textract report finished text detection jobs to the postkamer topic',
    });
    this.textractTopic.grantPublish(this.textractRole);
    new CfnOutput(this, 'DocumentsBucketName', {
      value: this.documents.bucketName,
      description:
        'Upload scans to inbox/<desk|post|email>/ here; the directory goes to directory/directory.json (scripts/upload-directory.ts)',
    });
    // What `postkamer aws redrive` needs (infra/README.md, "Redrive dead letters").
    new CfnOutput(this, 'LedgerTableName', {
      value: this.ledger.tableName,
      description: 'The ledger table: TABLE_NAME for postkamer aws redrive',
    });
    for (const step of STEPS)
      new CfnOutput(this, `${pascal(step)}QueueUrl`, {
        value: this.stepQueues[step].queue.queueUrl,
        description: `The ${step} step's queue: ${step.toUpperCase()}_QUEUE_URL for postkamer aws redrive --queue ${step}`,
      });
    if (this.mailReceiving)
      new CfnOutput(this, 'MailRuleSetName', {
        value: this.mailReceiving.ruleSetName,
        description: `Activate it once (one active rule set per account and region): aws ses set-active-receipt-rule-set --rule-set-name ${this.mailReceiving.ruleSetName}`,
      });
    acknowledge(
      this.textractRole,
      'Publishing to the KMS-encrypted Textract topic needs kms:GenerateDataKey* on its one notifications key; nothing else.',
      'AwsSolutions-IAM5[Action::kms:GenerateDataKey*]',
    );
    // CDK's own singleton Lambda that writes the bucket's notification configuration.
    const notificationsHandler = this.node.tryFindChild('BucketNotificationsHandler050a0587b7544547bf325f094a3db834');
    if (notificationsHandler)
      acknowledge(
        notificationsHandler,
        'CDK custom resource that sets the bucket notification (S3 to SQS) at deploy time; the managed AWSLambdaBasicExecutionRole only lets it write its own logs.',
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      );
  }
}

function validateDays(name: string, value: number) {
  if (!Number.isInteger(value) || value < 1 || value > 36_500)
    throw new Error(`${name} must be a whole number of days from 1 to 36500, got ${value}`);
}

function validateTeams(teams: readonly string[]) {
  if (teams.length === 0) throw new Error('teams must name at least one team queue, got none');
  const seen = new Set<string>();
  for (const team of teams) {
    if (!/^[a-z0-9][a-z0-9_-]{0,39}$/.test(team))
      throw new Error(`teams: "${team}" is not a usable queue name (lower-case letters, digits, - and _, at most 40 characters)`);
    if (seen.has(team)) throw new Error(`teams: "${team}" appears twice`);
    seen.add(team);
  }
}

function pascal(name: string) {
  return name
    .split(/[-_]/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('');
}
