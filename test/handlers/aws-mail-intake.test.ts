import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GetObjectCommand, HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { GetQueueAttributesCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMailIntakeHandler, mailIntakeRoot } from '../../functions/mail-intake/handler.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { DynamoMailLog } from '../../shared/adapters/aws/dynamo-mail-log.ts';
import { once } from '../../shared/adapters/aws/lambda-handler.ts';
import { pump, recordGets } from './local-aws.ts';
import { BUCKET, type Pipeline, startPipeline } from './pipeline-fixture.ts';

/**
 * Post by e-mail on AWS, end to end on the local servers: a raw message put into s3rver under
 * `mail/` (as SES receiving writes it), its S3 event through a real SQS queue into the mail intake
 * handler, against dynalite (ledger and mail log), aws-ses-v2-local (the reply) and the SNS stub.
 */
const CLIENT = 'jan@example.org'; // K-100234 in the test directory
const scan = (name: string) => readFileSync(join('examples/scans', name));

let p: Pipeline;
let ledger: DynamoLedger;
let mailLog: DynamoMailLog;
let mailQueue: { url: string; dlqUrl: string };
/** The S3 events s3rver emitted for objects under mail/, by key. */
const events = new Map<string, string>();
/** Every GetObject the handler's S3 client sends: key and range. */
const gets: { key: string; range: string | undefined }[] = [];
const logged: string[] = [];
const write = process.stdout.write.bind(process.stdout);

beforeAll(async () => {
  p = await startPipeline();
  ledger = new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => new Date() });
  mailLog = new DynamoMailLog(p.dynamo.db, p.dynamo.table);
  mailQueue = await p.sqs.queueWithDlq('mail-intake');
  p.s3.instance.on('event', (event: { Records: { s3: { object: { key: string } } }[] }) => {
    const key = decodeURIComponent(event.Records[0]?.s3.object.key ?? '');
    if (key.startsWith('mail/')) events.set(key, JSON.stringify(event));
  });
  recordGets(p.s3.client, gets);
  // What the Lambda logs, to check that no address is in it.
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
    logged.push(String(chunk));
    return write(chunk, ...rest);
  }) as typeof process.stdout.write;
});

afterAll(async () => {
  process.stdout.write = write;
  await p?.stop();
});

/** The handler as the Lambda runs it, its root built on the first invocation (after the servers started). */
function handler(env: Record<string, string> = {}) {
  return createMailIntakeHandler(
    once(() =>
      mailIntakeRoot(
        { ...p.env, MAIL_RECIPIENTS: 'post@gemeente.example', ...env },
        { s3: p.s3.client, sqs: p.sqs.client, dynamo: p.dynamo.db, sns: p.sns.client, ses: p.ses.client },
      ),
    ),
  );
}

function compose(options: ConstructorParameters<typeof MailComposer>[0]): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    new MailComposer({ from: CLIENT, to: 'post@gemeente.example', subject: 'Mijn papieren', text: 'Zie bijlagen.', ...options })
      .compile()
      .build((error, message) => (error ? reject(error) : resolve(new Uint8Array(message)))),
  );
}

/** Writes the message as SES does (one object named by its message id) and returns the S3 event s3rver emitted for it. */
async function receive(raw: Uint8Array): Promise<{ key: string; event: string }> {
  const key = `mail/${randomUUID().replace(/-/g, '')}`;
  await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: raw }));
  while (!events.has(key)) await new Promise((r) => setTimeout(r, 5));
  return { key, event: events.get(key) as string };
}

async function deliver(event: string, run: ReturnType<typeof handler>) {
  await p.sqs.client.send(new SendMessageCommand({ QueueUrl: mailQueue.url, MessageBody: event }));
  return pump(p.sqs.client, mailQueue.url, run, { functionName: 'postkamer-mail-intake' });
}

async function exists(key: string) {
  try {
    return (await p.s3.client.send(new HeadObjectCommand({ Bucket: BUCKET, Key: key }))).ContentLength;
  } catch {
    return undefined;
  }
}

describe('mail intake on AWS (SES receiving → S3 → SQS → Lambda)', () => {
  const run = handler();
  let raw: Uint8Array;
  let received: { key: string; event: string };

  it('takes a message with three attachments in: three documents, the message taken-in, one reply with three receipt numbers, the SES object removed', async () => {
    raw = await compose({
      attachments: [
        { filename: 'bankafschrift-oktober.pdf', content: scan('bankafschrift-oktober.pdf') },
        { filename: 'uwv-beslissing.pdf', content: scan('uwv-beslissing-ww.pdf') },
        { filename: 'aanmaning.png', content: scan('aanmaning-fax.png') },
      ],
    });
    received = await receive(raw);
    expect(await deliver(received.event, run)).toEqual([{ batchItemFailures: [] }]);

    const [message, ...others] = await mailLog.listRecent(10);
    expect(others).toEqual([]);
    expect(message).toMatchObject({ status: 'taken-in', source: 'ses', sender: CLIENT, byteSize: raw.byteLength, rejectCode: null });
    expect(message?.documentIds).toHaveLength(3);
    expect(message?.reply).toMatchObject({ state: 'sent', to: CLIENT });
    // The whole message is kept, content-addressed, and is what SES stored.
    const stored = await p.s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: message?.objectKey }));
    expect(Buffer.from(await (stored.Body?.transformToByteArray() ?? new Uint8Array())).equals(Buffer.from(raw))).toBe(true);

    const docs = await Promise.all((message?.documentIds ?? []).map((id) => ledger.getDocument(id)));
    expect(docs.map((d) => [d?.filename, d?.channel, d?.status])).toEqual([
      ['bankafschrift-oktober.pdf', 'email', 'received'],
      ['uwv-beslissing.pdf', 'email', 'received'],
      ['aanmaning.png', 'email', 'received'],
    ]);
    for (const d of docs) expect((await mailLog.findByDocument(d?.id ?? ''))?.id).toBe(message?.id);

    const mail = await p.ses.emails();
    expect(mail).toHaveLength(1);
    expect(mail[0]?.destination.to).toEqual([CLIENT]);
    for (const d of docs) expect(mail[0]?.body.text).toContain(d?.receiptNumber as string);

    expect(await exists(received.key)).toBeUndefined();
    expect(logged.join('')).toContain('mail object taken in');
    expect(logged.join('')).not.toContain(CLIENT);
  });

  it('gives no second set of documents and no second reply when the event comes again', async () => {
    // The object is gone: the earlier delivery took it in.
    expect(await deliver(received.event, run)).toEqual([{ batchItemFailures: [] }]);
    // In the versioned bucket the event's version stays readable after the delete: the same bytes again.
    await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: received.key, Body: raw }));
    expect(await deliver(received.event, run)).toEqual([{ batchItemFailures: [] }]);

    const messages = await mailLog.listRecent(10);
    expect(messages).toHaveLength(1);
    expect((await ledger.listDocuments({})).filter((d) => d.channel === 'email')).toHaveLength(3);
    expect(await p.ses.emails()).toHaveLength(1);
    expect(await exists(received.key)).toBeUndefined();
  });

  it('reads a message over the limit only by a ranged GET of its header, refuses it, answers and keeps it under mail-rejected/', async () => {
    const big = await compose({
      from: 'piet@example.org',
      attachments: [
        { filename: 'alles-gescand.pdf', content: Buffer.concat([scan('bankafschrift-oktober.pdf'), Buffer.alloc(300_000, 65)]) },
      ],
    });
    const small = handler({ MAIL_MAX_MB: '0.25' }); // 256 KiB
    expect(big.byteLength).toBeGreaterThan(0.25 * 1024 * 1024 + 256 * 1024);
    const { key, event } = await receive(big);
    expect(await deliver(event, small)).toEqual([{ batchItemFailures: [] }]);

    expect(gets.filter((g) => g.key === key)).toEqual([{ key, range: 'bytes=0-262143' }]);
    const message = (await mailLog.listRecent(10)).find((m) => m.sender === 'piet@example.org');
    expect(message).toMatchObject({ status: 'rejected', rejectCode: 'mail.too-large', byteSize: big.byteLength, documentIds: [] });
    expect(await exists(key)).toBeUndefined();
    const kept = `mail-rejected/${key.slice('mail/'.length)}`;
    expect(await exists(kept)).toBe(big.byteLength);
    // Answered (with what to do instead) and alerted, never silently dropped.
    expect((await p.ses.emails()).filter((m) => m.destination.to.includes('piet@example.org'))).toHaveLength(1);
    const alerts = p.sns.published.map((m) => JSON.parse(m.message) as { kind: string });
    expect(alerts.some((a) => a.kind === 'rejected')).toBe(true);

    // Again: the same record, no second reply, nothing read whole.
    await p.s3.client.send(new PutObjectCommand({ Bucket: BUCKET, Key: key, Body: big }));
    expect(await deliver(event, small)).toEqual([{ batchItemFailures: [] }]);
    expect((await mailLog.listRecent(10)).filter((m) => m.sender === 'piet@example.org')).toHaveLength(1);
    expect((await p.ses.emails()).filter((m) => m.destination.to.includes('piet@example.org'))).toHaveLength(1);
    expect(gets.filter((g) => g.key === key).every((g) => g.range === 'bytes=0-262143')).toBe(true);
  });

  it("refuses what SES's scan found (a virus alerted, spam only kept), never answering the likely forged sender", async () => {
    const attachments = [{ filename: 'factuur.pdf', content: scan('bankafschrift-oktober.pdf') }];
    const virus = await receive(await compose({ from: 'virus@example.org', headers: { 'X-SES-Virus-Verdict': 'FAIL' }, attachments }));
    const spam = await receive(await compose({ from: 'spam@example.org', headers: { 'X-SES-Spam-Verdict': 'FAIL' }, attachments }));
    const alertsBefore = p.sns.published.length;
    for (const { event } of [virus, spam]) expect(await deliver(event, run)).toEqual([{ batchItemFailures: [] }]);
    const bySender = new Map((await mailLog.listRecent(100)).map((m) => [m.sender, m]));
    expect(bySender.get('virus@example.org')).toMatchObject({ status: 'rejected', rejectCode: 'mail.virus', documentIds: [] });
    expect(bySender.get('spam@example.org')).toMatchObject({ status: 'rejected', rejectCode: 'mail.spam', documentIds: [] });
    expect(bySender.get('spam@example.org')?.reply).toMatchObject({ state: 'not-sent', why: 'spam' });
    const emails = await p.ses.emails();
    expect(emails.filter((m) => /virus@|spam@/.test(m.destination.to.join(',')))).toHaveLength(0);
    const alerts = p.sns.published.slice(alertsBefore).map((m) => JSON.parse(m.message) as { key: string });
    expect(alerts.map((a) => a.key)).toEqual([`mail-rejected:${bySender.get('virus@example.org')?.id}`]);
  });

  it('ignores the object SES writes to check its access when the rule is saved: it is no message', async () => {
    const before = await mailLog.listRecent(100);
    await p.s3.client.send(
      new PutObjectCommand({ Bucket: BUCKET, Key: 'mail/AMAZON_SES_SETUP_NOTIFICATION', Body: 'Amazon SES setup notification' }),
    );
    while (!events.has('mail/AMAZON_SES_SETUP_NOTIFICATION')) await new Promise((r) => setTimeout(r, 5));
    expect(await deliver(events.get('mail/AMAZON_SES_SETUP_NOTIFICATION') as string, run)).toEqual([{ batchItemFailures: [] }]);
    expect(await mailLog.listRecent(100)).toEqual(before);
  });

  it('never fails a batch for one bad object, and leaves nothing in the dead-letter queue', async () => {
    const { event } = await receive(new TextEncoder().encode('this is not\r\n\r\nan e-mail at all\r\n'));
    const good = await receive(await compose({ attachments: [{ filename: 'loonstrook.jpg', content: scan('loonstrook-van-dam.jpg') }] }));
    for (const body of [event, good.event]) await p.sqs.client.send(new SendMessageCommand({ QueueUrl: mailQueue.url, MessageBody: body }));
    expect(await pump(p.sqs.client, mailQueue.url, run, { batchSize: 10 })).toEqual([{ batchItemFailures: [] }]);
    const statuses = (await mailLog.listRecent(10)).map((m) => m.rejectCode ?? m.status);
    expect(statuses).toEqual(expect.arrayContaining(['mail.malformed', 'taken-in']));

    // A message that is no S3 event at all is the one failure of its batch.
    await p.sqs.client.send(new SendMessageCommand({ QueueUrl: mailQueue.url, MessageBody: '{"not":"an event"}' }));
    const good2 = await receive(await compose({ attachments: [{ filename: 'brief.png', content: scan('notitie-zonder-naam.png') }] }));
    await p.sqs.client.send(new SendMessageCommand({ QueueUrl: mailQueue.url, MessageBody: good2.event }));
    const [response] = await pump(p.sqs.client, mailQueue.url, run, { batchSize: 10, maxBatches: 1 });
    expect(response?.batchItemFailures).toHaveLength(1);
    expect(await exists(good2.key)).toBeUndefined();
    const dlq = await p.sqs.client.send(
      new GetQueueAttributesCommand({ QueueUrl: mailQueue.dlqUrl, AttributeNames: ['ApproximateNumberOfMessages'] }),
    );
    expect(dlq.Attributes?.ApproximateNumberOfMessages).toBe('0');
  });
});
