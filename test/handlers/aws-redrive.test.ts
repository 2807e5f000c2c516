import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import {
  ChangeMessageVisibilityCommand,
  DeleteMessageCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
} from '@aws-sdk/client-sqs';
import { DetectDocumentTextCommand } from '@aws-sdk/client-textract';
import type { Context, SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runRedrive } from '../../local/commands/aws-redrive.ts';
import { DynamoAlertStore } from '../../shared/adapters/aws/dynamo-alert-store.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { deadLetterQueueUrl } from '../../shared/adapters/aws/sqs-work-queue.ts';
import { deadLetterAlertKey } from '../../shared/domain/alert.ts';
import { testDirectory } from '../helpers/factories.ts';
import { newDocument } from './documents.ts';
import { lambdaContext, pump, sqsEvent } from './local-aws.ts';
import { BUCKET, jpegScan, OBJECTION_LINES, type Pipeline, startPipeline, textractPage } from './pipeline-fixture.ts';

/**
 * `postkamer aws redrive` on the local AWS servers with the real handlers: a step that keeps failing
 * dead-letters its message and marks the document failed; once the cause is fixed, the redrive
 * brings the document back and it is routed and receipted exactly once.
 */
let p: Pipeline;
let ledger: DynamoLedger;
const MAX_RECEIVES = 3;
const clock = { now: () => new Date() };
const silent = { info() {}, warn() {}, error() {} };

beforeAll(async () => {
  p = await startPipeline(undefined, MAX_RECEIVES);
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, clock);
});
afterAll(async () => p?.stop());

/**
 * The bodies a dead-letter queue holds, each once, handed back at once. Only for DLQs: local-aws-sqs
 * counts a visibility change as a receive, which would move a source queue's message to its DLQ.
 */
async function dlqBodies(url: string): Promise<string[]> {
  const res = await p.sqs.client.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
  const messages = res.Messages ?? [];
  for (const m of messages)
    await p.sqs.client.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 }));
  return messages.map((m) => m.Body ?? '');
}

/**
 * One delivery of a queue's messages to a handler, as Lambda's event source makes it, with each
 * record's receive count (which `pump` leaves at 1: local-aws-sqs reports it only for the older
 * `AttributeNames` parameter), so the step's last attempt is the one that marks the document failed.
 */
async function deliver(url: string, handler: (event: SQSEvent, context: Context) => Promise<SQSBatchResponse | undefined>) {
  const res = await p.sqs.client.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0, AttributeNames: ['All'] }),
  );
  const messages = res.Messages ?? [];
  if (messages.length === 0) return;
  const event = sqsEvent(messages, url);
  const response = await handler(event, lambdaContext('postkamer-route')).catch(() => ({
    batchItemFailures: event.Records.map((r) => ({ itemIdentifier: r.messageId })),
  }));
  const failed = new Set((response?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
  for (const m of messages) {
    if (failed.has(m.MessageId ?? ''))
      await p.sqs.client.send(new ChangeMessageVisibilityCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle, VisibilityTimeout: 0 }));
    else await p.sqs.client.send(new DeleteMessageCommand({ QueueUrl: url, ReceiptHandle: m.ReceiptHandle }));
  }
}

/** How many messages a queue holds, read without receiving them. */
async function depth(url: string): Promise<number> {
  const res = await p.sqs.client.send(new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['ApproximateNumberOfMessages'] }));
  return Number(res.Attributes?.ApproximateNumberOfMessages);
}

const redrive = (options: { dryRun?: boolean; max?: number } = {}) =>
  runRedrive(
    { step: 'route', queueUrl: p.queues.route.url, table: p.dynamo.table, by: 'ops-anna', ...options },
    { sqs: p.sqs.client, dynamo: p.dynamo.db },
    { logger: silent },
  );

const routeMessage = (documentId: string) => JSON.stringify({ step: 'route', documentId });

describe('postkamer aws redrive', () => {
  it('finds the dead-letter queue from the queue’s redrive policy', async () => {
    expect(await deadLetterQueueUrl(p.sqs.client, p.queues.route.url)).toBe(p.queues.route.dlqUrl);
  });

  it('poison → DLQ and failed → cause fixed → redrive → routed, with one route event and one receipt', async () => {
    p.textract.reset();
    p.textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(OBJECTION_LINES) });
    await p.upload('inbox/post/bezwaar-redrive.jpg', jpegScan('redrive'));
    for (const [queue, handler] of [
      [p.queues.intake, p.handlers.intake],
      [p.queues.extract, p.handlers.extract],
      [p.queues.split, p.handlers.split],
    ] as const)
      await pump(p.sqs.client, queue.url, handler);
    const [doc] = (await ledger.listDocuments({ status: ['separated'] })).filter((d) => d.filename === 'bezwaar-redrive.jpg');
    if (!doc) throw new Error('the upload did not reach the route step');

    // The cause: the directory is gone, so every route attempt fails (directory.missing).
    const directory = JSON.stringify(testDirectory());
    await p.s3.client.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: 'directory/directory.json' }));
    for (let i = 0; i <= MAX_RECEIVES; i++) await deliver(p.queues.route.url, p.handlers.route);
    expect(await depth(p.queues.route.url)).toBe(0);
    expect(await dlqBodies(p.queues.route.dlqUrl)).toEqual([routeMessage(doc.id)]);
    expect((await ledger.getDocument(doc.id))?.status).toBe('failed');
    const alerts = new DynamoAlertStore(p.dynamo.db, p.dynamo.table, clock, silent);
    expect((await alerts.findByKey(deadLetterAlertKey('route', doc.id)))?.status).toBe('open');

    // A dry run says what would happen and changes nothing.
    const dry = await redrive({ dryRun: true });
    expect(dry).toMatchObject({ dryRun: true, messages: 1, counts: { redriven: 1, resent: 0, recovered: 0, kept: 0 } });
    expect((await ledger.getDocument(doc.id))?.status).toBe('failed');
    expect(await dlqBodies(p.queues.route.dlqUrl)).toEqual([routeMessage(doc.id)]);

    // Fixed: the directory is back. The redrive resets the document, re-sends, then removes the dead letter.
    await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: 'directory/directory.json', Body: directory }));
    const summary = await redrive();
    expect(summary).toMatchObject({ messages: 1, counts: { redriven: 1, resent: 0, recovered: 0, kept: 0 } });
    expect(summary.items).toEqual([expect.objectContaining({ documentId: doc.id, outcome: 'redriven' })]);
    expect(await dlqBodies(p.queues.route.dlqUrl)).toEqual([]);
    expect(await depth(p.queues.route.url)).toBe(1);
    expect(await ledger.getDocument(doc.id)).toMatchObject({ status: 'separated', rejectReason: null });
    expect((await ledger.listEvents(doc.id)).at(-1)).toMatchObject({
      type: 'redriven',
      actor: 'ops-anna',
      data: { step: 'route', from: 'failed' },
    });
    expect((await alerts.findByKey(deadLetterAlertKey('route', doc.id)))?.status).toBe('resolved');

    // A second run finds nothing; a redrive interrupted after its send and run again sends twice: harmless.
    expect((await redrive()).messages).toBe(0);
    await p.redeliver(p.queues.route.url, routeMessage(doc.id));
    await pump(p.sqs.client, p.queues.route.url, p.handlers.route);
    await pump(p.sqs.client, p.queues.receipt.url, p.handlers.receipt);

    const routed = await ledger.getDocument(doc.id);
    expect(routed).toMatchObject({ status: 'routed', documentType: 'objection', route: { team: 'bezwaar' } });
    expect(routed?.receipt?.sentAt).toBeDefined();
    const types = (await ledger.listEvents(doc.id)).map((e) => e.type);
    expect(types.filter((t) => t === 'routed')).toHaveLength(1);
    expect(types.filter((t) => t === 'receipt.sent')).toHaveLength(1);
    expect(types.filter((t) => t === 'dead-letter')).toHaveLength(1);
    expect(routed?.receipt?.delivery).toBe('email');
    const receipts = (await p.ses.emails()).filter((m) => (m.body.text ?? '').includes(routed?.receiptNumber ?? '?'));
    expect(receipts).toHaveLength(1);
    expect(await dlqBodies(p.queues.route.dlqUrl)).toEqual([]);
    expect(await dlqBodies(p.queues.receipt.dlqUrl)).toEqual([]);
  });

  it('removes a dead letter whose document was recovered meanwhile without sending it, and keeps one it cannot place', async () => {
    const recovered = newDocument({ status: 'triage' });
    await ledger.createDocument(recovered, { type: 'triage' });
    // Interrupted after the reset, before the send: the document waits, its dead letter is still there.
    const interrupted = newDocument({ status: 'separated' });
    await ledger.createDocument(interrupted, { type: 'separated' });
    for (const body of [routeMessage(recovered.id), routeMessage(interrupted.id), routeMessage('no-such-document'), '{"step":"extract"']) {
      await p.sqs.client.send(new SendMessageCommand({ QueueUrl: p.queues.route.dlqUrl, MessageBody: body }));
    }

    const summary = await redrive();
    expect(summary.counts).toEqual({ redriven: 0, resent: 1, recovered: 1, kept: 2 });
    const byDoc = Object.fromEntries(summary.items.map((i) => [i.documentId ?? i.note, i.outcome]));
    expect(byDoc).toMatchObject({ [recovered.id]: 'recovered', [interrupted.id]: 'resent', 'no-such-document': 'kept' });
    const sent = await p.sqs.client.send(
      new ReceiveMessageCommand({ QueueUrl: p.queues.route.url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }),
    );
    expect(sent.Messages?.map((m) => m.Body)).toEqual([routeMessage(interrupted.id)]);
    // What could not be placed stays in the DLQ, visible again for a person.
    expect((await dlqBodies(p.queues.route.dlqUrl)).sort()).toEqual(['{"step":"extract"', routeMessage('no-such-document')].sort());
    expect((await ledger.getDocument(recovered.id))?.status).toBe('triage');
    expect((await ledger.listEvents(recovered.id)).map((e) => e.type)).not.toContain('redriven');
  });

  it('redrives named documents without a dead letter (a Textract completion that dead-lettered failed its document in extract)', async () => {
    const failed = newDocument({ status: 'received' });
    await ledger.createDocument(failed, { type: 'received' });
    await ledger.update(failed.id, { status: 'failed' }, { type: 'dead-letter', data: { step: 'extract', attempts: 3, error: 'x' } });
    const summary = await runRedrive(
      { step: 'extract', queueUrl: p.queues.extract.url, table: p.dynamo.table, by: 'ops-anna', documents: [failed.id] },
      { sqs: p.sqs.client, dynamo: p.dynamo.db },
    );
    expect(summary.counts).toEqual({ redriven: 1, resent: 0, recovered: 0, kept: 0 });
    expect((await ledger.getDocument(failed.id))?.status).toBe('received');
    expect(await depth(p.queues.extract.url)).toBe(1);
  });
});
