import type { RoutePublisher } from '../../ports.ts';

/**
 * The embedded runtime's team queues are the ledger itself: the web inbox and the triage page list
 * routed documents straight from it, so a routing decision is published the moment the route step
 * stores it and there is nothing more to send. (On AWS the decision also goes to the team's SQS
 * queue; a case-system connector would implement this port too.)
 */
export class LedgerInboxPublisher implements RoutePublisher {
  async publish(): Promise<void> {}
}
