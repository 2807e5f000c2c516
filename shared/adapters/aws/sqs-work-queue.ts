import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
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
