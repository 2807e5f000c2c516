import { Duration } from 'aws-cdk-lib';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface QueueWithDlqProps {
  /**
   * How long a received message stays invisible. For a Lambda event source at least 6× the
   * function timeout (checked when the consumer is attached).
   */
  readonly visibilityTimeout: Duration;
  /** Encrypts both queues (SSE-KMS). */
  readonly encryptionKey: IKey;
  /**
   * Receives before a message moves to the dead-letter queue.
   * @default 5
   */
  readonly maxReceiveCount?: number;
  /**
   * How long a message is kept on the queue.
   * @default 4 days
   */
  readonly retentionPeriod?: Duration;
  /**
   * Age of the oldest message above which the queue counts as stuck (for its alarm).
   * @default 15 minutes (DESIGN: stuck in a processing step longer than 15 minutes)
   */
  readonly maxMessageAge?: Duration;
}

/**
 * A KMS-encrypted, SSL-only SQS queue with its own dead-letter queue (same key, 14 days' retention
 * so operations have time to redrive).
 */
export class QueueWithDlq extends Construct {
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly visibilityTimeout: Duration;
  readonly maxReceiveCount: number;
  readonly maxMessageAge: Duration;

  constructor(scope: Construct, id: string, props: QueueWithDlqProps) {
    super(scope, id);
    const maxReceiveCount = props.maxReceiveCount ?? 5;
    if (!Number.isInteger(maxReceiveCount) || maxReceiveCount < 1 || maxReceiveCount > 1000)
      throw new Error(`${this.node.path}: maxReceiveCount must be an integer from 1 to 1000, got ${maxReceiveCount}`);
    if (props.visibilityTimeout.toSeconds() > 43_200)
      throw new Error(`${this.node.path}: visibilityTimeout must be at most 12 hours, got ${props.visibilityTimeout.toHumanString()}`);
    this.maxReceiveCount = maxReceiveCount;
    this.visibilityTimeout = props.visibilityTimeout;
    this.maxMessageAge = props.maxMessageAge ?? Duration.minutes(15);

    this.deadLetterQueue = new Queue(this, 'DeadLetterQueue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.queue = new Queue(this, 'Queue', {
      encryption: QueueEncryption.KMS,
      encryptionMasterKey: props.encryptionKey,
      enforceSSL: true,
      visibilityTimeout: props.visibilityTimeout,
      retentionPeriod: props.retentionPeriod ?? Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount },
    });
  }
}
