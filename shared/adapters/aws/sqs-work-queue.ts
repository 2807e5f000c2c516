import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import { ConfigurationError } from '../../domain/errors.ts';
import type { Ledger, Step, WorkQueue } from '../../ports.ts';
import type { StepMessage, TeamMessage } from './step-message.ts';

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
 * The route step's work queue on AWS: besides the receipt, a routed (or triaged) document is
 * announced on its team's SQS queue, and on the copy team's queue, for whatever consumes the team's
 * work (a case system, a mailbox bridge). The route use case asks for the receipt both on first
 * routing and when it finds a document routed before a crash; each announcement is claimed in the
 * ledger first (key: document, routing moment, queue), so a redelivered route message does not
 * announce again, and a crash between claim and send is retried once the claim's lease ran out.
 * SQS itself still delivers at least once: consumers dedupe by document id.
 *
 * A queue the infrastructure does not have (the directory gained a team after the last deploy)
 * fails the step loudly: the message ends in the DLQ and alarms, instead of vanishing.
 */
export class TeamAnnouncingWorkQueue implements WorkQueue {
  constructor(
    private readonly inner: WorkQueue,
    private readonly ledger: Pick<Ledger, 'getDocument' | 'claimEffect' | 'completeEffect'>,
    private readonly sqs: SQSClient,
    private readonly teamQueueUrls: Readonly<Record<string, string>>,
    /** Shorter than the route queue's visibility timeout, so the retry of a crashed announcement may claim again. */
    private readonly leaseMs = 2 * 60_000,
  ) {}

  async send(step: Step, documentId: string): Promise<void> {
    if (step === 'receipt') await this.announce(documentId);
    await this.inner.send(step, documentId);
  }

  private async announce(documentId: string) {
    const doc = await this.ledger.getDocument(documentId);
    const route = doc?.route;
    if (!doc || !route || (doc.status !== 'routed' && doc.status !== 'triage')) return;
    const targets = [{ ...route, copy: false }, ...(route.copyTo ? [{ ...route.copyTo, copy: true }] : [])];
    for (const target of targets) {
      const url = this.teamQueueUrls[target.queue];
      if (!url)
        throw new ConfigurationError(
          'queue.team-missing',
          `no SQS queue for team queue "${target.queue}": deploy the stacks with the current directory`,
        );
      const key = `announce:${documentId}:${doc.updatedAt}:${target.queue}`;
      if (!(await this.ledger.claimEffect(key, this.leaseMs))) continue;
      const body: TeamMessage = {
        type: 'document.routed',
        documentId,
        status: doc.status,
        team: target.team,
        queue: target.queue,
        consultantId: target.consultantId,
        copy: target.copy,
      };
      await this.sqs.send(new SendMessageCommand({ QueueUrl: url, MessageBody: JSON.stringify(body) }));
      await this.ledger.completeEffect(key);
    }
  }
}
