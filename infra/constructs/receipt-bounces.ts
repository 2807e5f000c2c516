import { Duration, Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { type IKey, Key } from 'aws-cdk-lib/aws-kms';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { type ITopic, Topic } from 'aws-cdk-lib/aws-sns';
import { SqsSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Construct } from 'constructs';
import { LEDGER_DENIED } from '../pipeline-settings.ts';
import { acknowledge, wildcardResourceId } from './nag.ts';
import { PipelineFunction } from './pipeline-function.ts';
import { QueueWithDlq } from './queue-with-dlq.ts';

export interface ReceiptBouncesProps {
  /** The stage (`test`, `acceptance`, `production`): part of the configuration set's name, so stages live side by side. */
  readonly stage: string;
  /** Encrypts the topic and the queues; SES may use it to publish to the topic. Best a key of the same stack (its policy is written here). */
  readonly encryptionKey: IKey;
  /**
   * The key the bucket and the ledger table are encrypted with, when it is another one (the
   * stateful stack's): the handler may use it to read and write them.
   * @default encryptionKey
   */
  readonly dataKey?: IKey;
  /** The ledger table's ARN (documents, audit events, the sent-mail index, alerts). */
  readonly ledgerTableArn: string;
  /** The ledger table's name. */
  readonly ledgerTableName: string;
  /** The documents bucket: the directory is read from it, letters are written under `letters/`. */
  readonly bucket: IBucket;
  /** Where alerts are published (a bounced receipt without a postal address). */
  readonly alertTopic: ITopic;
  /** The directory's key in the bucket. */
  readonly directoryKey: string;
  /**
   * Where a client can check a receipt number (printed on the letter).
   * @default 'https://www.gemeente.example/ontvangstbewijs'
   */
  readonly receiptCheckHint?: string;
  /**
   * Seconds between checks of the directory object for a newer version.
   * @default 60
   */
  readonly directoryRecheckSeconds?: number;
  /**
   * Receives of a report before it moves to the dead-letter queue.
   * @default 5
   */
  readonly maxReceiveCount?: number;
}

const STAGE = /^[a-z][a-z0-9-]{0,19}$/;

/**
 * Bounced and complained-about receipts (issue 18): an SES configuration set
 * (`postkamer-receipts-<stage>`) that the receipt and mail-intake Lambdas send with
 * (`SES_CONFIGURATION_SET`, see `grantSendWith`), its BOUNCE and COMPLAINT events published to a
 * KMS-encrypted SNS topic, an encrypted SQS queue (with DLQ) subscribed to it, and the
 * receipt-bounces Lambda on that queue, which turns each bounced receipt into a letter under
 * `letters/`. The function may read the directory object, write letters, read and write ledger
 * items (no deletes, no batch writes) and publish alerts; nothing else.
 */
export class ReceiptBounces extends Construct {
  readonly configurationSet: ConfigurationSet;
  readonly configurationSetName: string;
  readonly topic: Topic;
  readonly queue: QueueWithDlq;
  readonly handler: PipelineFunction;

  constructor(scope: Construct, id: string, props: ReceiptBouncesProps) {
    super(scope, id);
    if (!STAGE.test(props.stage))
      throw new Error(`${this.node.path}: stage must be lower-case letters, digits and - (at most 20), got "${props.stage}"`);
    const recheck = props.directoryRecheckSeconds ?? 60;
    if (!Number.isInteger(recheck) || recheck < 0)
      throw new Error(`${this.node.path}: directoryRecheckSeconds must be a whole number of seconds, got ${recheck}`);
    const stack = Stack.of(this);
    this.configurationSetName = `postkamer-receipts-${props.stage}`;

    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet', { configurationSetName: this.configurationSetName });
    this.topic = new Topic(this, 'Events', { masterKey: props.encryptionKey, enforceSSL: true });
    // SES publishes to an encrypted topic with the key: allowed for this account's configuration set only.
    // (On a key imported from another stack this adds nothing: that key's policy must allow it.)
    props.encryptionKey.addToResourcePolicy(
      new PolicyStatement({
        principals: [new ServicePrincipal('ses.amazonaws.com')],
        actions: ['kms:GenerateDataKey*', 'kms:Decrypt'],
        resources: ['*'],
        conditions: {
          StringEquals: {
            'aws:SourceAccount': stack.account,
            'aws:SourceArn': stack.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSetName }),
          },
        },
      }),
    );
    this.configurationSet.addEventDestination('ToTopic', {
      destination: EventDestination.snsTopic(this.topic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });

    this.handler = new PipelineFunction(this, 'Handler', {
      entry: 'functions/receipt-bounces/handler.ts',
      timeout: Duration.seconds(60),
      fonts: true, // the letter is the receipt PDF, in the client's language
      environment: {
        TABLE_NAME: props.ledgerTableName,
        BUCKET_NAME: props.bucket.bucketName,
        DIRECTORY_KEY: props.directoryKey,
        DIRECTORY_RECHECK_SECONDS: String(recheck),
        RECEIPT_CHECK_HINT: props.receiptCheckHint ?? 'https://www.gemeente.example/ontvangstbewijs',
        ALERT_TOPIC_ARN: props.alertTopic.topicArn,
      },
    });
    // A key of its own: SNS's grant on the queue's key names the topic, and the topic is encrypted
    // with `encryptionKey`, so one key for both would make each depend on the other.
    const queueKey = new Key(this, 'QueueKey', { description: 'postkamer: receipt bounce reports', enableKeyRotation: true });
    this.queue = new QueueWithDlq(this, 'Queue', {
      visibilityTimeout: Duration.seconds(6 * 60),
      encryptionKey: queueKey,
      maxReceiveCount: props.maxReceiveCount,
    });
    this.topic.addSubscription(new SqsSubscription(this.queue.queue));
    this.handler.consume(this.queue, { batchSize: 10 });
    this.grant(props);
  }

  /**
   * Lets a sending function use the configuration set (SES v2 authorises the configuration set as a
   * resource of SendEmail) and tells it the name. The identity grant stays the sender's own.
   */
  grantSendWith(fn: PipelineFunction): void {
    fn.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [Stack.of(this).formatArn({ service: 'ses', resource: 'configuration-set', resourceName: this.configurationSetName })],
      }),
    );
    fn.function.addEnvironment('SES_CONFIGURATION_SET', this.configurationSetName);
  }

  private grant(props: ReceiptBouncesProps) {
    const role = this.handler.role;
    const { bucket } = props;
    const keys = [...new Set([props.encryptionKey, props.dataKey ?? props.encryptionKey])];
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects(props.directoryKey)] }));
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['s3:PutObject'], resources: [bucket.arnForObjects('letters/*')] }));
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['kms:Decrypt', 'kms:Encrypt', 'kms:GenerateDataKey', 'kms:DescribeKey'],
        resources: keys.map((k) => k.keyArn),
      }),
    );
    const index = `${props.ledgerTableArn}/index/*`;
    role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:Query'],
        resources: [props.ledgerTableArn],
      }),
    );
    // The alert store finds an alert's earlier raises through the ledger's indexes.
    role.addToPrincipalPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: [index] }));
    role.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.DENY,
        actions: [...LEDGER_DENIED],
        resources: [props.ledgerTableArn, index],
      }),
    );
    props.alertTopic.grantPublish(role);
    acknowledge(
      role,
      'Writes bounced receipts as letter PDFs under letters/* of the documents bucket only (s3:PutObject); their names are document ids.',
      wildcardResourceId(this, bucket.arnForObjects('letters/*')),
    );
    acknowledge(
      role,
      "Queries the ledger table's own indexes (status, reference, alert id), which DynamoDB names <table>/index/<name>.",
      wildcardResourceId(this, index),
    );
  }
}
