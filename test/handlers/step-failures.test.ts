import { GetQueueAttributesCommand, ReceiveMessageCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import { DetectDocumentTextCommand, ProvisionedThroughputExceededException } from '@aws-sdk/client-textract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import type { NewDocument } from '../../shared/domain/document.ts';
import { newDocument } from './documents.ts';
import { lambdaContext, pump, scheduledEvent, sqsRecordEvent } from './local-aws.ts';
import { jpegScan, OBJECTION_LINES, type Pipeline, startPipeline, textractPage } from './pipeline-fixture.ts';

/** How the handlers' one error boundary turns failures into SQS outcomes, and the sweep's schedule path. */
let p: Pipeline;
let ledger: DynamoLedger;
const MAX_RECEIVES = 2;

beforeAll(async () => {
  p = await startPipeline(undefined, MAX_RECEIVES);
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => new Date() });
});
afterAll(async () => p?.stop());

const ctx = () => lambdaContext('postkamer-extract');

/** A posted JPEG, taken in, whose original is not in the bucket. */
const newDoc = (overrides: Partial<NewDocument> = {}) =>
  newDocument({ receiptNumber: null, channel: 'post', filename: 'scan.jpg', mediaType: 'image/jpeg', ...overrides });

async function queued(url: string) {
  const res = await p.sqs.client.send(new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
  return res.Messages ?? [];
}

const published = (kind: string) =>
  p.sns.published.map((m) => JSON.parse(m.message) as { kind: string; documentId: string | null }).filter((m) => m.kind === kind);

describe('the step error boundary', () => {
  it('reports only the malformed record of a batch as failed and processes the rest', async () => {
    const doc = newDoc({ status: 'extracted' });
    await ledger.createDocument(doc, { type: 'received' });
    const event = sqsRecordEvent(['{"step":"extract"', JSON.stringify({ step: 'extract', documentId: doc.id })]);
    const response = await p.handlers.extract(event, ctx());
    expect(response).toEqual({ batchItemFailures: [{ itemIdentifier: event.Records[0]?.messageId }] });
    // The valid record ran: an already extracted document is passed on to be separated.
    expect((await queued(p.queues.split.url)).map((m) => JSON.parse(m.Body ?? '').documentId)).toContain(doc.id);
  });

  it('fails the whole invocation when every record of the batch failed, so Lambda retries it', async () => {
    await expect(p.handlers.route(sqsRecordEvent(['not json', '{"step":"extract","documentId":"x"}']), ctx())).rejects.toThrow(
      /All records failed/,
    );
  });

  it('moves a message that keeps failing to its dead-letter queue', async () => {
    await p.sqs.client.send(new SendMessageCommand({ QueueUrl: p.queues.receipt.url, MessageBody: '{"step":"receipt"}' }));
    for (let i = 0; i <= MAX_RECEIVES; i++) await pump(p.sqs.client, p.queues.receipt.url, p.handlers.receipt);
    expect(await queued(p.queues.receipt.url)).toHaveLength(0);
    expect((await queued(p.queues.receipt.dlqUrl)).map((m) => m.Body)).toEqual(['{"step":"receipt"}']);
  });

  it('marks the document failed and alerts operations when its last attempt fails', async () => {
    const doc = newDoc(); // its original is not in the bucket: extract cannot read it
    await ledger.createDocument(doc, { type: 'received' });
    const body = JSON.stringify({ step: 'extract', documentId: doc.id });
    const early = await p.handlers.extract(sqsRecordEvent([body], 1), ctx()).catch((e: Error) => e);
    expect(early).toBeInstanceOf(Error); // one record, failed: the whole batch
    expect((await ledger.getDocument(doc.id))?.status).toBe('received');
    await p.handlers.extract(sqsRecordEvent([body], MAX_RECEIVES), ctx()).catch(() => undefined);
    const failed = await ledger.getDocument(doc.id);
    expect(failed).toMatchObject({ status: 'failed', rejectReason: `step extract failed after ${MAX_RECEIVES} attempts` });
    expect((await ledger.listEvents(doc.id)).at(-1)).toMatchObject({
      type: 'dead-letter',
      data: { step: 'extract', attempts: MAX_RECEIVES, error: 'store.not-found' },
    });
    expect(published('dead-letter').map((a) => a.documentId)).toContain(doc.id);
  });

  it('defers the message when Textract still throttles after the SDK retried: no failed attempt, no wait for the visibility timeout', async () => {
    p.textract.reset();
    p.textract
      .on(DetectDocumentTextCommand)
      .rejectsOnce(new ProvisionedThroughputExceededException({ message: 'Provisioned rate exceeded', $metadata: {} }))
      .resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(OBJECTION_LINES) });
    await p.upload('inbox/email/bezwaar.jpg', jpegScan('throttled'));
    const intake = await pump(p.sqs.client, p.queues.intake.url, p.handlers.intake);
    expect(intake).toEqual([{ batchItemFailures: [] }]);
    const extract = await pump(p.sqs.client, p.queues.extract.url, p.handlers.extract, { batchSize: 1 });
    expect(extract.flatMap((r) => r.batchItemFailures)).toEqual([]);
    expect(p.textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(1);
    const doc = (await ledger.listDocuments({ status: ['received'] })).find((d) => d.filename === 'bezwaar.jpg');
    expect(doc).toBeDefined();
    // The same message is back on the extract queue, delayed (15–60 s) rather than failed.
    const attributes = await p.sqs.client.send(
      new GetQueueAttributesCommand({ QueueUrl: p.queues.extract.url, AttributeNames: ['ApproximateNumberOfMessagesDelayed'] }),
    );
    expect(attributes.Attributes?.ApproximateNumberOfMessagesDelayed).toBe('1');
    expect(await p.sqs.client.send(new ReceiveMessageCommand({ QueueUrl: p.queues.extract.url, WaitTimeSeconds: 0 }))).not.toHaveProperty(
      'Messages.0',
    );
  });
});

describe('the sweep on its schedule', () => {
  it('alerts on a document unrouted too long, once, and reports the count as a metric', async () => {
    const longAgo = new Date(Date.now() - 14 * 86_400_000);
    const past = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => longAgo });
    const doc = newDoc({ status: 'triage', receivedAt: longAgo.toISOString(), receiptNumber: 'PK-TEST-00001' });
    await past.createDocument(doc, { type: 'triage' });

    const first = await p.handlers.sweep(scheduledEvent('postkamer-sweep'), lambdaContext('postkamer-sweep'));
    const second = await p.handlers.sweep(scheduledEvent('postkamer-sweep'), lambdaContext('postkamer-sweep'));
    expect(first.raised).toBeGreaterThanOrEqual(1);
    expect(second.raised).toBe(0);
    expect(published('unrouted').map((a) => a.documentId)).toEqual([doc.id]);

    const [metrics] = p.sweepOutput.map(
      (line) => JSON.parse(line) as Record<string, unknown> & { _aws: { CloudWatchMetrics: { Namespace: string }[] } },
    );
    expect(metrics?._aws.CloudWatchMetrics[0]?.Namespace).toBe('Postkamer');
    expect(metrics).toMatchObject({ Service: 'postkamer', UnroutedOverdue: 1 });
  });

  it('refuses an event that is not the schedule', async () => {
    await expect(p.handlers.sweep({ source: 'aws.s3' }, lambdaContext('postkamer-sweep'))).rejects.toThrow();
  });
});
