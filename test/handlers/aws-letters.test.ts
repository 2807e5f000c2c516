import { GetObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { DetectDocumentTextCommand } from '@aws-sdk/client-textract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLettersHandler, lettersRoot } from '../../functions/letters/handler.ts';
import { DynamoLedger } from '../../shared/adapters/aws/dynamo-ledger.ts';
import { once } from '../../shared/adapters/aws/lambda-handler.ts';
import { openTextLayer } from '../../shared/adapters/pdf-text-layer.ts';
import { lambdaContext, scheduledEvent } from './local-aws.ts';
import { BUCKET, jpegScan, OBJECTION_LINES, type Pipeline, startPipeline, textractPage } from './pipeline-fixture.ts';

/**
 * Letters on AWS (issue 18): a receipt for a client without e-mail is a letter under `letters/`;
 * the daily schedule makes the print batch of the letters not printed yet, keeps it under
 * `letters/batches/<day>/` and mails it to the mailroom. A second run that day prints nothing twice.
 */
let p: Pipeline;
const MAILROOM = 'postkamer-post@gemeente.example';

beforeAll(async () => {
  p = await startPipeline();
});
afterAll(async () => p?.stop());

describe('the daily print batch on AWS', () => {
  it('keeps the day’s letters as one PDF, mails it to the mailroom, and leaves them out of the next batch', async () => {
    // K-100301 (Fatima El Amrani) has a postal address and no e-mail: her receipt is a letter.
    const lines = OBJECTION_LINES.map((l) =>
      l.replace('Burgerservicenummer: 123456782', 'Burgerservicenummer: 111222333').replace('J. de Vries', 'F. El Amrani'),
    );
    p.textract.on(DetectDocumentTextCommand).resolves({ DocumentMetadata: { Pages: 1 }, Blocks: textractPage(lines) });
    await p.upload('inbox/post/bezwaar.jpg', jpegScan('letter-batch'));
    await p.drain();
    const [doc] = await new DynamoLedger(p.dynamo.db, p.dynamo.table, { now: () => new Date() }).listDocuments({});
    expect(doc).toMatchObject({ clientNumber: 'K-100301', receipt: { delivery: 'letter' } });

    const handler = createLettersHandler(
      once(() => lettersRoot({ ...p.env, MAILROOM_EMAIL: MAILROOM }, { s3: p.s3.client, ses: p.ses.client, dynamo: p.dynamo.db })),
    );
    const first = await handler(scheduledEvent('postkamer-letters'), lambdaContext('postkamer-letters'));
    expect(first).toMatchObject({ letters: 1, mailed: true });
    expect(first.key).toMatch(/^letters\/batches\/\d{4}-\d{2}-\d{2}\/.+\.pdf$/);
    const listed = await p.s3.client.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: 'letters/batches/' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual([first.key]);
    const pdf = await (
      await p.s3.client.send(new GetObjectCommand({ Bucket: BUCKET, Key: first.key as string }))
    ).Body?.transformToByteArray();
    const layer = await openTextLayer(pdf as Uint8Array);
    expect(await layer.usableText(1)).toMatch(/printbatch ontvangstbewijzen/); // the cover sheet
    expect(await layer.usableText(1)).toContain(doc?.receiptNumber as string);
    await layer.close();

    const mails = (await p.ses.emails()).filter((m) => m.destination.to.includes(MAILROOM));
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toMatch(/^Printbatch ontvangstbewijzen .*: 1 brief, \d+ vellen$/);
    expect(mails[0]?.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    expect(JSON.stringify(mails[0]?.body)).not.toMatch(/Amrani|Kerkstraat/); // names and addresses only in the PDF

    // Later that day: nothing new, nothing printed twice, no mail.
    expect(await handler(scheduledEvent('postkamer-letters'), lambdaContext('postkamer-letters'))).toMatchObject({
      letters: 0,
      key: null,
      mailed: false,
    });
    expect((await p.ses.emails()).filter((m) => m.destination.to.includes(MAILROOM))).toHaveLength(1);
  });
});
