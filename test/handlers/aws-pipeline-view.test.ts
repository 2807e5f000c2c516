import { ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordDeadLetter } from '../../functions/dead-letter/dead-letter.ts';
import { AwsPipelineView } from '../../local/web/aws-pipeline-view.ts';
import { DynamoAlertStore } from '../../shared/adapters/aws/dynamo-alert-store.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { SqsWorkQueue } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { deadLetterAlertKey } from '../../shared/domain/alert.ts';
import { DOCUMENT_STATUSES } from '../../shared/domain/document.ts';
import type { Step } from '../../shared/domain/pipeline.ts';
import { newDocument } from './documents.ts';
import { type LocalDynamo, type LocalSqs, startDynamo, startSqs } from './local-aws.ts';

/**
 * What the operations page shows of the AWS pipeline, on dynalite and local SQS: counts from the
 * ledger's status index, pending work from the step queues, a dead-lettered step and its retry.
 */
let dynamo: LocalDynamo;
let sqs: LocalSqs;
let ledger: DynamoLedger;
let alerts: DynamoAlertStore;
let view: AwsPipelineView;
const queueUrls: Partial<Record<Step, string>> = {};
const clock = { now: () => new Date() };
const silent = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  [dynamo, sqs] = await Promise.all([startDynamo(), startSqs()]);
  for (const step of ['extract', 'split', 'route', 'receipt'] as const) queueUrls[step] = (await sqs.queueWithDlq(`postkamer-${step}`)).url;
  ledger = new DynamoLedger(dynamo.db, dynamo.table, clock);
  alerts = new DynamoAlertStore(dynamo.db, dynamo.table, clock, silent);
  view = new AwsPipelineView({
    ledger,
    queue: new SqsWorkQueue(sqs.client, queueUrls),
    alerts,
    logger: silent,
    sqs: sqs.client,
    queueUrls,
  });
});
afterAll(async () => Promise.all([dynamo?.stop(), sqs?.stop()]));

async function document(status: 'received' | 'extracted' | 'routed') {
  const doc = newDocument();
  await ledger.createDocument(doc, { type: 'received' });
  if (status !== 'received') await ledger.update(doc.id, { status }, { type: status });
  return doc.id;
}

describe('AwsPipelineView on dynalite and local SQS', () => {
  it('counts documents per status, every status present, and the messages waiting on the step queues', async () => {
    await document('received');
    await document('received');
    await document('routed');
    // An alert sits in the same index (ALERT#open): it is not a document.
    await alerts.raise({ kind: 'stuck', key: 'stuck:x', dueSince: clock.now().toISOString(), message: 'x' });
    const counts = await view.countByStatus();
    expect(Object.keys(counts).sort()).toEqual([...DOCUMENT_STATUSES].sort());
    expect(counts).toMatchObject({ received: 2, routed: 1, triage: 0, failed: 0 });

    expect(await view.pendingJobs()).toBe(0);
    await sqs.client.send(new SendMessageCommand({ QueueUrl: queueUrls.extract, MessageBody: '{}' }));
    await sqs.client.send(new SendMessageCommand({ QueueUrl: queueUrls.extract, MessageBody: '{}' }));
    await sqs.client.send(new SendMessageCommand({ QueueUrl: queueUrls.route, MessageBody: '{}' }));
    // Waiting messages only: local-aws-sqs counts a received message in ApproximateNumberOfMessages
    // too (SQS counts it only as NotVisible), so messages in flight cannot be counted truly here.
    expect(await view.pendingJobs()).toBe(3);
  });

  it('lists a dead-lettered document with its step, and a retry sends the step again, out of failed, its alert resolved', async () => {
    const id = await document('extracted');
    await recordDeadLetter({ ledger, alerter: alerts, clock }, { step: 'split', documentId: id, attempts: 5, error: 'TransientError' });
    expect((await alerts.findByKey(deadLetterAlertKey('split', id)))?.status).toBe('open');
    expect((await view.countByStatus()).failed).toBe(1);

    const failed = await view.failedSteps();
    expect(failed).toEqual([{ id: `split:${id}`, step: 'split', documentId: id, attempts: 5, lastError: 'TransientError' }]);

    await view.retry(failed[0] as (typeof failed)[0], 'beheer');
    expect((await ledger.getDocument(id))?.status).toBe('extracted');
    expect((await ledger.listEvents(id)).at(-1)).toMatchObject({ type: 'retried', actor: 'beheer', data: { step: 'split' } });
    const sent = await sqs.client.send(new ReceiveMessageCommand({ QueueUrl: queueUrls.split, WaitTimeSeconds: 0 }));
    expect(sent.Messages?.map((m) => JSON.parse(m.Body ?? ''))).toEqual([{ step: 'split', documentId: id }]);
    expect((await alerts.findByKey(deadLetterAlertKey('split', id)))?.status).toBe('resolved');
    expect(await view.failedSteps()).toEqual([]);
    expect((await view.countByStatus()).failed).toBe(0);
  });
});
