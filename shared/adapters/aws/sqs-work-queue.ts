import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  GetQueueUrlCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  type SQSClient,
} from '@aws-sdk/client-sqs';
import { ConfigurationError } from '../../domain/errors.ts';
import type { Step } from '../../domain/pipeline.ts';
import type { StepMessage } from '../../domain/step-message.ts';
import type { WorkQueue } from '../../ports.ts';

/**
 * Delivers work to the next step's SQS queue. Delivery is at least once (SQS may deliver twice);
 * every step is idempotent through the ledger.
 */
export class SqsWorkQueue implements WorkQueue {
  constructor(
    private readonly sqs: SQSClient,
    private readonly queueUrls: Partial<Record<Step, string>>,
  ) {}

  async send(step: Step, documentId: string): Promise<void> {
    const url = this.queueUrls[step];
    if (!url) throw new ConfigurationError('queue.not-configured', `no queue URL for step ${step} in this function`);
    const body: StepMessage = { step, documentId };
    await this.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: JSON.stringify(body) }));
  }
}

/**
 * Messages waiting on these queues or being worked on (received, not yet deleted), as SQS estimates
 * them: approximate, for the operations page only.
 */
export async function approximatePending(sqs: SQSClient, queueUrls: readonly string[]): Promise<number> {
  const counts = await Promise.all(
    [...new Set(queueUrls)].map(async (url) => {
      const res = await sqs.send(
        new GetQueueAttributesCommand({
          QueueUrl: url,
          AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
        }),
      );
      return (
        (Number(res.Attributes?.ApproximateNumberOfMessages) || 0) + (Number(res.Attributes?.ApproximateNumberOfMessagesNotVisible) || 0)
      );
    }),
  );
  return counts.reduce((a, b) => a + b, 0);
}

/** A message received from a dead-letter queue: its body and the handle that deletes it. */
export interface DeadLetterMessage {
  messageId: string;
  receiptHandle: string;
  body: string;
  /** How often the DLQ has handed it out (1 on a first redrive). */
  receiveCount: number;
}

/**
 * A step queue's dead-letter queue, read by the redrive command. Received messages stay invisible
 * for `visibilitySeconds`: one that is neither redriven nor deleted (kept for a person) comes back
 * to the DLQ after that, so nothing read here is ever lost.
 */
export class SqsDeadLetterQueue {
  constructor(
    private readonly sqs: SQSClient,
    readonly url: string,
    private readonly visibilitySeconds = 300,
  ) {}

  /**
   * Up to `max` (1–10) messages. A short wait makes it a long poll, which asks every SQS server (a
   * short poll samples some and may answer empty while messages wait): an empty answer means the
   * queue is drained, or the rest is in flight.
   */
  async receive(max: number): Promise<DeadLetterMessage[]> {
    const res = await this.sqs.send(
      new ReceiveMessageCommand({
        QueueUrl: this.url,
        MaxNumberOfMessages: Math.min(10, Math.max(1, max)),
        WaitTimeSeconds: 1,
        VisibilityTimeout: this.visibilitySeconds,
        MessageSystemAttributeNames: ['ApproximateReceiveCount'],
      }),
    );
    return (res.Messages ?? []).map((m) => ({
      messageId: m.MessageId ?? '',
      receiptHandle: m.ReceiptHandle ?? '',
      body: m.Body ?? '',
      receiveCount: Number(m.Attributes?.ApproximateReceiveCount) || 1,
    }));
  }

  async delete(message: DeadLetterMessage): Promise<void> {
    await this.sqs.send(new DeleteMessageCommand({ QueueUrl: this.url, ReceiptHandle: message.receiptHandle }));
  }

  /** Hands a received message back to the queue at once (visible again). */
  async release(message: DeadLetterMessage): Promise<void> {
    await this.sqs.send(
      new ChangeMessageVisibilityCommand({ QueueUrl: this.url, ReceiptHandle: message.receiptHandle, VisibilityTimeout: 0 }),
    );
  }

  /** Messages waiting, as SQS estimates it (for progress only). */
  async approximateDepth(): Promise<number> {
    const res = await this.sqs.send(new GetQueueAttributesCommand({ QueueUrl: this.url, AttributeNames: ['ApproximateNumberOfMessages'] }));
    return Number(res.Attributes?.ApproximateNumberOfMessages) || 0;
  }
}

/** The dead-letter queue a source queue's redrive policy names (so an operator gives only the step's queue). */
export async function deadLetterQueueUrl(sqs: SQSClient, sourceQueueUrl: string): Promise<string> {
  const res = await sqs.send(new GetQueueAttributesCommand({ QueueUrl: sourceQueueUrl, AttributeNames: ['RedrivePolicy'] }));
  const policy = res.Attributes?.RedrivePolicy;
  const arn = policy ? (JSON.parse(policy) as { deadLetterTargetArn?: string }).deadLetterTargetArn : undefined;
  // arn:aws:sqs:<region>:<account>:<name>
  const [, , , , account, name] = arn?.split(':') ?? [];
  if (!name || !account)
    throw new ConfigurationError(
      'queue.no-dead-letter-queue',
      `the queue ${sourceQueueUrl} has no dead-letter queue in its redrive policy`,
    );
  const url = await sqs.send(new GetQueueUrlCommand({ QueueName: name, QueueOwnerAWSAccountId: account }));
  if (!url.QueueUrl) throw new ConfigurationError('queue.no-dead-letter-queue', `the dead-letter queue ${name} was not found`);
  return url.QueueUrl;
}
