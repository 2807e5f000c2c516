import { createHash } from 'node:crypto';
import { ReceiveMessageCommand } from '@aws-sdk/client-sqs';
import { DetectDocumentTextCommand, GetDocumentTextDetectionCommand, StartDocumentTextDetectionCommand } from '@aws-sdk/client-textract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkChain } from '../../functions/audit/verify-audit.ts';
import { DynamoAuditTrail } from '../../shared/adapters/aws/dynamo-audit-trail.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { originalKey } from '../../shared/adapters/aws/s3-object-store.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { teamMessageSchema } from '../../shared/domain/step-message.ts';
import { BUCKET, jpegScan, OBJECTION_LINES, type Pipeline, startPipeline, textractCompletion, textractPage } from './pipeline-fixture.ts';

/**
 * The AWS runtime end to end, in-process: an object put into s3rver produces the S3 event, the
 * handlers run in order against the local servers (as their SQS event sources would run them), and
 * the document ends routed in DynamoDB, announced on its team queue, with exactly one receipt in SES.
 */
let p: Pipeline;
let ledger: DynamoLedger;
const logged: string[] = [];
const writes = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr) };

beforeAll(async () => {
  p = await startPipeline();
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => new Date() });
  // Everything the Lambdas log, to check that no personal data is in it.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk));
    return writes.out(chunk, ...rest);
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk));
    return writes.err(chunk, ...rest);
  }) as typeof process.stderr.write;
});

afterAll(async () => {
  process.stdout.write = writes.out;
  process.stderr.write = writes.err;
  await p?.stop();
});

async function messages(queueUrl: string) {
  const res = await p.sqs.client.send(new ReceiveMessageCommand({ QueueUrl: queueUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 0 }));
  return res.Messages ?? [];
}

async function documents(): Promise<DocumentRecord[]> {
  return ledger.listDocuments({});
}

describe('AWS pipeline on local servers', () => {
  let first: DocumentRecord;
  const scan = jpegScan('objection-october');

  it('routes a desk scan, announces it on the team queue and sends one receipt, also when S3 delivers the event twice', async () => {
    p.textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(OBJECTION_LINES) });
    const event = await p.upload('inbox/desk/bezwaar oktober.jpg', scan);
    await p.redeliver(p.queues.intake.url, event); // S3 delivers at least once
    await p.drain();

    const docs = await documents();
    expect(docs).toHaveLength(1);
    first = docs[0] as DocumentRecord;
    expect(first).toMatchObject({
      status: 'routed',
      channel: 'desk',
      filename: 'bezwaar oktober.jpg',
      documentType: 'objection',
      clientNumber: 'K-100234',
      pageCount: 1,
      objectKey: originalKey(createHash('sha256').update(scan).digest('hex')),
      route: { team: 'bezwaar', queue: 'bezwaar' },
      receipt: { delivery: 'email', language: 'nl' },
    });
    expect(first.intakeKey).toMatch(/^s3:postkamer-documents\/inbox\/desk\/bezwaar oktober\.jpg\//);
    const events = await ledger.listEvents(first.id);
    expect(events.map((e) => e.type)).toEqual(['received', 'extracted', 'separated', 'routed', 'receipt.sent']);
    expect(checkChain(events, await new DynamoAuditTrail(p.dynamo.db, p.dynamo.table).recordedHead(first.id))).toEqual([]);

    const mail = await p.ses.emails();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.destination.to).toEqual(['jan@example.org']);
    expect(mail[0]?.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);

    const announced = (await messages(p.teamQueues.bezwaar?.url ?? '')).map((m) => teamMessageSchema.parse(JSON.parse(m.Body ?? '')));
    expect(announced).toEqual([expect.objectContaining({ documentId: first.id, status: 'routed', team: 'bezwaar', copy: false })]);
    for (const q of Object.values(p.queues)) expect(await messages(q.dlqUrl)).toEqual([]);
  });

  it('does not route or receipt again when the route and receipt messages are delivered twice', async () => {
    await p.redeliver(p.queues.route.url, JSON.stringify({ step: 'route', documentId: first.id }));
    await p.redeliver(p.queues.receipt.url, JSON.stringify({ step: 'receipt', documentId: first.id }));
    await p.drain();
    expect((await ledger.listEvents(first.id)).map((e) => e.type)).toEqual([
      'received',
      'extracted',
      'separated',
      'routed',
      'receipt.sent',
    ]);
    expect(await p.ses.emails()).toHaveLength(1);
    expect(p.textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(1);
  });

  it('links the same bytes uploaded again by post to the first document, without a second route or receipt', async () => {
    await p.upload('inbox/post/envelope-17.jpg', scan);
    await p.drain();
    const dup = (await documents()).find((d) => d.id !== first.id);
    expect(dup).toMatchObject({ status: 'duplicate', channel: 'post', duplicateOf: first.id, receiptNumber: first.receiptNumber });
    expect(await p.ses.emails()).toHaveLength(1);
    expect(p.textract.commandCalls(DetectDocumentTextCommand)).toHaveLength(1);
  });

  it('reads a multi-page PDF through an asynchronous Textract job and its SNS completion', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n% scanned envelope\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
    const sha256 = createHash('sha256').update(pdf).digest('hex');
    p.textract.on(StartDocumentTextDetectionCommand).resolves({ JobId: 'job-pdf-1' });
    p.textract
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-pdf-1', NextToken: undefined })
      .resolves({
        JobStatus: 'SUCCEEDED',
        DocumentMetadata: { Pages: 2 },
        Blocks: textractPage(OBJECTION_LINES.slice(0, 5), 1),
        NextToken: 'more',
      })
      .on(GetDocumentTextDetectionCommand, { JobId: 'job-pdf-1', NextToken: 'more' })
      .resolves({ JobStatus: 'SUCCEEDED', DocumentMetadata: { Pages: 2 }, Blocks: textractPage(OBJECTION_LINES.slice(5), 2) });
    await p.upload('inbox/post/scan-0042.pdf', pdf);
    await p.drain();
    const waiting = (await documents()).find((d) => d.filename === 'scan-0042.pdf');
    expect(waiting?.status).toBe('received');
    const [start] = p.textract.commandCalls(StartDocumentTextDetectionCommand);
    expect(start?.args[0].input).toMatchObject({
      JobTag: sha256,
      DocumentLocation: { S3Object: { Bucket: BUCKET, Name: originalKey(sha256) } },
    });

    // Textract → SNS → SQS (raw delivery): the completion notification.
    await p.redeliver(
      p.queues.textractComplete.url,
      textractCompletion({ jobId: 'job-pdf-1', jobTag: sha256, bucket: BUCKET, key: originalKey(sha256) }),
    );
    await p.drain();
    const done = await ledger.getDocument(waiting?.id ?? '');
    expect(done).toMatchObject({ status: 'routed', pageCount: 2, documentType: 'objection', clientNumber: 'K-100234' });
    expect(await p.ses.emails()).toHaveLength(2);
  });

  it('logs ids, steps and counts, never the BSN, the name or the e-mail address', () => {
    const text = logged.join('');
    expect(text).toContain('"step":"route"');
    expect(text).toContain(first.id);
    for (const personal of ['123456782', 'Vries', 'jan@example.org', 'bijstandsuitkering']) expect(text).not.toContain(personal);
  });
});
