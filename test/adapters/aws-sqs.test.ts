import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqsTeamPublisher } from '../../shared/adapters/aws/sqs-team-publisher.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { ConfigurationError } from '../../shared/domain/errors.ts';
import { stepMessageFor, stepMessageSchema, teamMessageSchema } from '../../shared/domain/step-message.ts';
import { type LocalSqs, startSqs } from '../handlers/local-aws.ts';

let sqs: LocalSqs;
beforeAll(async () => {
  sqs = await startSqs();
});
afterAll(async () => sqs?.stop());

async function receiveAll(url: string) {
  const res = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
  return res.Messages ?? [];
}

/** One receive that returns the message at once to the queue (visibility 0): a consumer that failed. */
async function receiveAndFail(url: string) {
  const res = await sqs.client.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 1, WaitTimeSeconds: 0, VisibilityTimeout: 0 }),
  );
  return res.Messages ?? [];
}

describe('SqsWorkQueue on local-aws-sqs', () => {
  it('sends each step to its own queue as { step, documentId }', async () => {
    const extract = await sqs.queueWithDlq('extract');
    const route = await sqs.queueWithDlq('route');
    const queue = new SqsWorkQueue(sqs.client, { extract: extract.url, route: route.url });
    await queue.send('extract', 'doc-1');
    await queue.send('route', 'doc-2');
    const [e] = await receiveAll(extract.url);
    const [r] = await receiveAll(route.url);
    expect(stepMessageFor('extract').parse(JSON.parse(e?.Body ?? ''))).toEqual({ step: 'extract', documentId: 'doc-1' });
    expect(stepMessageSchema.parse(JSON.parse(r?.Body ?? ''))).toEqual({ step: 'route', documentId: 'doc-2' });
    await expect(queue.send('receipt', 'doc-3')).rejects.toBeInstanceOf(ConfigurationError);
  });

  it('moves a message nobody can process to the dead-letter queue after maxReceiveCount receives', async () => {
    const { url, dlqUrl } = await sqs.queueWithDlq('poison', 2);
    await sqs.client.send(new SendMessageCommand({ QueueUrl: url, MessageBody: '{"step":"extract"' }));
    expect(await receiveAndFail(url)).toHaveLength(1);
    expect(await receiveAndFail(url)).toHaveLength(1);
    expect(await receiveAndFail(url)).toHaveLength(0);
    const [dead] = await receiveAll(dlqUrl);
    expect(dead?.Body).toBe('{"step":"extract"');
    expect(() => stepMessageSchema.parse(JSON.parse(dead?.Body ?? ''))).toThrow();
  });
});

describe('SqsTeamPublisher', () => {
  const routed = (route: DocumentRecord['route'], status: DocumentRecord['status'] = 'routed') =>
    ({ id: 'doc-7', status, route, updatedAt: '2026-11-25T09:00:00.000Z' }) as DocumentRecord;

  /** The ledger port as the publisher uses it: at-most-once claims. */
  function ledgerClaims() {
    const claims = new Map<string, 'claimed' | 'done'>();
    return {
      claimEffect: async (key: string) => {
        if (claims.has(key)) return false;
        claims.set(key, 'claimed');
        return true;
      },
      completeEffect: async (key: string) => void claims.set(key, 'done'),
      claims,
    };
  }

  it('announces a routed document once on its team queue, and on the copy team queue', async () => {
    const inkomen = await sqs.queueWithDlq('team-inkomen');
    const werk = await sqs.queueWithDlq('team-werk');
    const doc = routed({
      status: 'routed',
      team: 'inkomen',
      consultantId: 'c-002',
      queue: 'inkomen',
      clientNumber: 'K-100234',
      copyTo: { team: 'werk', consultantId: 'c-010', queue: 'werk' },
      reasons: [],
    });
    const ledger = ledgerClaims();
    const publisher = new SqsTeamPublisher(ledger, sqs.client, { inkomen: inkomen.url, werk: werk.url });
    await publisher.publish(doc);
    await publisher.publish(doc); // the route step found it routed before a crash: publishes again
    const [toInkomen] = await receiveAll(inkomen.url);
    const [toWerk] = await receiveAll(werk.url);
    expect(teamMessageSchema.parse(JSON.parse(toInkomen?.Body ?? ''))).toEqual({
      type: 'document.routed',
      documentId: 'doc-7',
      status: 'routed',
      team: 'inkomen',
      queue: 'inkomen',
      consultantId: 'c-002',
      copy: false,
    });
    expect(teamMessageSchema.parse(JSON.parse(toWerk?.Body ?? ''))).toMatchObject({ team: 'werk', consultantId: 'c-010', copy: true });
    expect(await receiveAll(inkomen.url)).toHaveLength(0); // announced once
    expect([...ledger.claims.values()]).toEqual(['done', 'done']);
    expect(JSON.stringify(JSON.parse(toInkomen?.Body ?? ''))).not.toContain('K-100234');
  });

  it('fails loudly when the team has no queue, so the message ends in the dead-letter queue', async () => {
    const doc = routed(
      { status: 'triage', team: 'triage', consultantId: null, queue: 'triage', clientNumber: null, reasons: [] },
      'triage',
    );
    const publisher = new SqsTeamPublisher(ledgerClaims(), sqs.client, {});
    await expect(publisher.publish(doc)).rejects.toThrow(/no SQS queue for team queue "triage"/);
  });
});
