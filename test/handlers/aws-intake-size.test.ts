import { GetQueueAttributesCommand } from '@aws-sdk/client-sqs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIntakeHandler, intakeRoot } from '../../functions/intake/handler.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { once } from '../../shared/adapters/aws/lambda-handler.ts';
import { lambdaContext, pump, recordGets, sqsRecordEvent } from './local-aws.ts';
import { jpegScan, type Pipeline, startPipeline } from './pipeline-fixture.ts';

/**
 * Intake on s3rver + local-aws-sqs checks an upload's size before reading it: with the limit
 * lowered to 16 KiB for the test, a batch of five uploads with one of 64 KiB takes in four and
 * rejects one with its reason and an alert; nothing fails, nothing goes to the DLQ.
 */
let p: Pipeline;
let ledger: DynamoLedger;
/** Every GetObject the intake's S3 client sends: key and range. */
const gets: { key: string; range: string | undefined }[] = [];
const LIMIT_BYTES = 16 * 1024;

beforeAll(async () => {
  p = await startPipeline();
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => new Date() });
});
afterAll(async () => p?.stop());

describe('intake checks the size before reading', () => {
  it('takes in four of a batch of five and rejects the one over the limit, with its reason and an alert', async () => {
    recordGets(p.s3.client, gets);
    const env = { ...p.env, MAX_FILE_MB: String(LIMIT_BYTES / 1024 / 1024) };
    const clients = { s3: p.s3.client, sqs: p.sqs.client, dynamo: p.dynamo.db, sns: p.sns.client };
    const intake = createIntakeHandler(once(() => intakeRoot(env, clients)));

    const big = new Uint8Array(64 * 1024);
    big.set(jpegScan('big').subarray(0, 12));
    for (let i = 1; i <= 5; i++)
      await p.upload(`inbox/post/batch-${i}.jpg`, i === 3 ? big : jpegScan(`batch ${i}`), i === 3 ? { 'client-number': 'K-100234' } : {});

    const responses = await pump(p.sqs.client, p.queues.intake.url, intake, { batchSize: 5 });
    expect(responses).toEqual([{ batchItemFailures: [] }]);

    const docs = (await ledger.listDocuments({})).filter((d) => d.filename.startsWith('batch-'));
    expect(
      docs
        .filter((d) => d.status === 'received')
        .map((d) => d.filename)
        .sort(),
    ).toEqual(['batch-1.jpg', 'batch-2.jpg', 'batch-4.jpg', 'batch-5.jpg']);
    const rejected = docs.find((d) => d.filename === 'batch-3.jpg');
    expect(rejected).toMatchObject({
      status: 'rejected',
      byteSize: big.byteLength,
      mediaType: 'image/jpeg',
      objectKey: '', // never stored
      deskClientNumber: 'K-100234',
      rejectReason: expect.stringMatching(/^The file is too large/),
    });
    const events = await ledger.listEvents(rejected?.id ?? '');
    expect(events.at(0)).toMatchObject({ type: 'rejected', data: { reason: 'intake.too-large', byteSize: big.byteLength } });
    const alerts = p.sns.published.map((m) => JSON.parse(m.message) as { kind: string; documentId: string });
    expect(alerts.filter((a) => a.kind === 'rejected').map((a) => a.documentId)).toEqual([rejected?.id]);

    // The big upload was never read whole: only its first bytes, for the type.
    expect(gets.filter((g) => g.key === 'inbox/post/batch-3.jpg')).toEqual([{ key: 'inbox/post/batch-3.jpg', range: 'bytes=0-4095' }]);
    expect(gets.filter((g) => g.key === 'inbox/post/batch-1.jpg')).toEqual([{ key: 'inbox/post/batch-1.jpg', range: undefined }]);

    const dlq = await p.sqs.client.send(
      new GetQueueAttributesCommand({ QueueUrl: p.queues.intake.dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    expect(dlq.Attributes?.ApproximateNumberOfMessages).toBe('0');
  });

  it('stops reading when the event carries no size and the object turns out too large', async () => {
    const env = { ...p.env, MAX_FILE_MB: String(LIMIT_BYTES / 1024 / 1024) };
    const clients = { s3: p.s3.client, sqs: p.sqs.client, dynamo: p.dynamo.db, sns: p.sns.client };
    const intake = createIntakeHandler(once(() => intakeRoot(env, clients)));
    const big = new Uint8Array(64 * 1024);
    big.set(jpegScan('no size').subarray(0, 12));
    const event = JSON.parse(await p.upload('inbox/desk/no-size.jpg', big)) as { Records: { s3: { object: { size?: number } } }[] };
    for (const r of event.Records) delete r.s3.object.size;

    expect(await intake(sqsRecordEvent([JSON.stringify(event)]), lambdaContext('postkamer-intake'))).toEqual({ batchItemFailures: [] });
    // One GetObject whose body was dropped at its Content-Length, then the first bytes for the type.
    expect(gets.filter((g) => g.key === 'inbox/desk/no-size.jpg')).toEqual([
      { key: 'inbox/desk/no-size.jpg', range: undefined },
      { key: 'inbox/desk/no-size.jpg', range: 'bytes=0-4095' },
    ]);
    // The queued event with its size is the same delivery: the same document, not a second one.
    expect(await pump(p.sqs.client, p.queues.intake.url, intake)).toEqual([{ batchItemFailures: [] }]);
    const docs = (await ledger.listDocuments({})).filter((d) => d.filename === 'no-size.jpg');
    expect(docs.map((d) => d.status)).toEqual(['rejected']);
  });
});
