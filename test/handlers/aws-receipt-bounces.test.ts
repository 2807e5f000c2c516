import { randomUUID } from 'node:crypto';
import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { DetectDocumentTextCommand } from '@aws-sdk/client-textract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReceiptBouncesHandler, receiptBouncesRoot } from '../../functions/receipt-bounces/handler.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { once } from '../../shared/adapters/aws/lambda-handler.ts';
import { letterKey } from '../../shared/adapters/aws/s3-letter-box.ts';
import { openTextLayer } from '../../shared/adapters/pdf-text-layer.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { testDirectory } from '../helpers/factories.ts';
import { pump } from './local-aws.ts';
import { BUCKET, jpegScan, OBJECTION_LINES, type Pipeline, startPipeline, textractPage } from './pipeline-fixture.ts';

/**
 * Bounced receipts on AWS (issue 18), end to end on the local servers: the receipt Lambda e-mails a
 * receipt through (local) SES and keeps SES's message id; SES event publishing sends a Bounce for
 * that message through SNS to the bounce queue; the bounce Lambda turns the receipt into a letter
 * under letters/, audited, once however often the notification comes; a transient bounce changes nothing.
 */
let p: Pipeline;
let bounceQueue: { url: string; dlqUrl: string };

beforeAll(async () => {
  // Jan de Vries (K-100234) has an e-mail address and, here, a postal address too.
  const base = testDirectory();
  const clients = base.clients.map((c) => (c.clientNumber === 'K-100234' ? { ...c, address: 'Dorpsstraat 1, 1234 AB Test' } : c));
  p = await startPipeline(testDirectory({ clients }));
  bounceQueue = await p.sqs.queueWithDlq('receipt-bounces');
});
afterAll(async () => p?.stop());

/** What SNS puts on a subscribed SQS queue (not raw): the SES event as the notification's Message. */
function snsWrapped(sesEvent: Record<string, unknown>): string {
  return JSON.stringify({
    Type: 'Notification',
    MessageId: randomUUID(),
    TopicArn: 'arn:aws:sns:eu-central-1:123456789012:postkamer-receipt-events-test',
    Message: JSON.stringify(sesEvent),
    Timestamp: new Date().toISOString(),
    SignatureVersion: '1',
    Signature: 'EXAMPLE',
    SigningCertURL: 'https://sns.eu-central-1.amazonaws.com/cert.pem',
    UnsubscribeURL: 'https://sns.eu-central-1.amazonaws.com/?Action=Unsubscribe',
  });
}

/** An SES event-publishing Bounce record, as the SES documentation shows it. */
function sesBounce(messageId: string, bounceType: 'Permanent' | 'Transient', bounceSubType: string) {
  return {
    eventType: 'Bounce',
    bounce: {
      bounceType,
      bounceSubType,
      bouncedRecipients: [
        { emailAddress: 'jan@example.org', action: 'failed', status: '5.1.1', diagnosticCode: 'smtp; 550 5.1.1 user unknown' },
      ],
      timestamp: new Date().toISOString(),
      feedbackId: `${randomUUID()}-000000`,
      reportingMTA: 'dsn; mta.example.org',
    },
    mail: {
      timestamp: new Date().toISOString(),
      source: 'postkamer@gemeente.example',
      sourceArn: 'arn:aws:ses:eu-central-1:123456789012:identity/gemeente.example',
      sendingAccountId: '123456789012',
      messageId,
      destination: ['jan@example.org'],
      headersTruncated: false,
      headers: [],
      commonHeaders: { from: ['postkamer@gemeente.example'], to: ['jan@example.org'], subject: 'Ontvangstbewijs' },
      tags: { 'ses:configuration-set': ['postkamer-receipts-test'] },
    },
  };
}

const ledger = () => new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => new Date() });

async function deliver(body: string) {
  await p.sqs.client.send(new SendMessageCommand({ QueueUrl: bounceQueue.url, MessageBody: body }));
  const handler = createReceiptBouncesHandler(
    once(() => receiptBouncesRoot(p.env, { s3: p.s3.client, dynamo: p.dynamo.db, sns: p.sns.client })),
  );
  return pump(p.sqs.client, bounceQueue.url, handler, { functionName: 'postkamer-receipt-bounces' });
}

const letters = async () =>
  ((await p.s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'letters/' }))).Contents ?? []).map((o) => o.Key);

describe('a bounced receipt on AWS', () => {
  let doc: DocumentRecord;
  let messageId: string;

  it('e-mails the receipt through SES and keeps SES’s message id with it', async () => {
    p.textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(OBJECTION_LINES) });
    await p.upload('inbox/post/bezwaar.jpg', jpegScan('bounce'));
    await p.drain();
    const [found] = await ledger().listDocuments({});
    doc = found as DocumentRecord;
    expect(doc).toMatchObject({ clientNumber: 'K-100234', receipt: { delivery: 'email', sentAt: expect.any(String) } });
    messageId = doc.receipt?.messageId ?? '';
    const sent = await p.ses.emails();
    expect(sent.map((m) => m.messageId)).toEqual([messageId]);
    expect(await letters()).toEqual([]);
  });

  it('changes nothing on a transient bounce', async () => {
    expect(await deliver(snsWrapped(sesBounce(messageId, 'Transient', 'MailboxFull')))).toEqual([{ batchItemFailures: [] }]);
    expect((await ledger().getDocument(doc.id))?.receipt).toEqual(doc.receipt);
    expect((await ledger().listEvents(doc.id)).map((e) => e.type)).not.toContain('receipt.bounced');
    expect(await letters()).toEqual([]);
  });

  it('turns the receipt into a letter under letters/ on a hard bounce, audited, once when the notification comes twice', async () => {
    const body = snsWrapped(sesBounce(messageId, 'Permanent', 'General'));
    expect(await deliver(body)).toEqual([{ batchItemFailures: [] }]);
    expect(await deliver(body)).toEqual([{ batchItemFailures: [] }]); // SNS and SQS deliver at least once

    const now = await ledger().getDocument(doc.id);
    expect(now?.receipt).toMatchObject({
      delivery: 'letter',
      sentAt: expect.any(String),
      bounced: { type: 'bounce', subType: 'General', messageId },
    });
    expect(now?.receipt?.messageId).toBeUndefined();
    const events = await ledger().listEvents(doc.id);
    expect(events.filter((e) => e.type === 'receipt.bounced')).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('jan@example.org');

    expect(await letters()).toEqual([letterKey(doc.id)]);
    const pdf = await (
      await p.s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: letterKey(doc.id) }))
    ).Body?.transformToByteArray();
    const layer = await openTextLayer(pdf as Uint8Array);
    const text = await layer.usableText(1);
    await layer.close();
    expect(text).toContain(doc.receiptNumber as string);
    expect(text).toContain('Dorpsstraat 1');
    // No second e-mail went out.
    expect(await p.ses.emails()).toHaveLength(1);
  });
});
