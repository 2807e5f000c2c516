import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';

/**
 * Puts a message back on its queue to be delivered again after a short delay: how a step that
 * found the shared Textract rate used up hands its work back without counting a failed attempt
 * (towards the dead-letter queue) and without waiting out the queue's visibility timeout.
 */
export interface Deferral {
  defer(body: string): Promise<{ delaySeconds: number }>;
}

export function sqsDeferral(
  sqs: SQSClient,
  queueUrl: string,
  options: { minDelaySeconds?: number; maxDelaySeconds?: number; random?: () => number } = {},
): Deferral {
  const min = options.minDelaySeconds ?? 15;
  // SQS allows at most 900 s; a minute spreads a surge out without leaving work idle for long.
  const max = Math.min(900, options.maxDelaySeconds ?? 60);
  const random = options.random ?? Math.random;
  return {
    async defer(body) {
      // Jitter, so deferred messages do not all come back in the same second.
      const delaySeconds = Math.round(min + random() * (max - min));
      await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: body, DelaySeconds: delaySeconds }));
      return { delaySeconds };
    },
  };
}
