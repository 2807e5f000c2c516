import { SendMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { DocumentRecord } from '../../domain/document.ts';
import { ConfigurationError } from '../../domain/errors.ts';
import type { TeamMessage } from '../../domain/step-message.ts';
import type { Ledger, RoutePublisher } from '../../ports.ts';

/**
 * The team queues on AWS: a routed (or triaged) document is announced on its team's SQS queue, and
 * on the copy team's queue, for whatever consumes the team's work (a case system, a mailbox
 * bridge). The route use case publishes both on first routing and when it finds a document routed
 * before a crash; each announcement is claimed in the ledger first (key: document, routing moment,
 * queue), so a redelivered route message does not announce again, and a crash between claim and
 * send is retried once the claim's lease ran out. SQS itself still delivers at least once:
 * consumers dedupe by document id.
 *
 * A queue the infrastructure does not have (the directory gained a team after the last deploy)
 * fails the step loudly: the message ends in the DLQ and alarms, instead of vanishing.
 */
export class SqsTeamPublisher implements RoutePublisher {
  constructor(
    private readonly ledger: Pick<Ledger, 'claimEffect' | 'completeEffect'>,
    private readonly sqs: SQSClient,
    private readonly teamQueueUrls: Readonly<Record<string, string>>,
    /** Shorter than the route queue's visibility timeout, so the retry of a crashed announcement may claim again. */
    private readonly leaseMs = 2 * 60_000,
  ) {}

  async publish(doc: DocumentRecord): Promise<void> {
    const route = doc.route;
    if (!route || (doc.status !== 'routed' && doc.status !== 'triage')) return;
    const targets = [{ ...route, copy: false }, ...(route.copyTo ? [{ ...route.copyTo, copy: true }] : [])];
    for (const target of targets) {
      const url = this.teamQueueUrls[target.queue];
      if (!url)
        throw new ConfigurationError(
          'queue.team-missing',
          `no SQS queue for team queue "${target.queue}": deploy the stacks with the current directory`,
        );
      const key = `announce:${doc.id}:${doc.updatedAt}:${target.queue}`;
      if (!(await this.ledger.claimEffect(key, this.leaseMs))) continue;
      const body: TeamMessage = {
        type: 'document.routed',
        documentId: doc.id,
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
