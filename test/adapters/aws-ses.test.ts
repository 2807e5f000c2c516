import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SesMailer } from '../../shared/adapters/aws/ses-mailer.ts';
import { type LocalSes, startSes } from '../handlers/local-aws.ts';

let ses: LocalSes;
beforeAll(async () => {
  ses = await startSes();
});
afterAll(async () => ses?.stop());

describe('SesMailer on aws-ses-v2-local', () => {
  it('sends a raw MIME message with the receipt PDF attached', async () => {
    const mailer = new SesMailer(ses.client, { from: 'postkamer@gemeente.example' });
    const sent = await mailer.send({
      to: 'jan@example.org',
      subject: 'Ontvangstbevestiging PK-7K3M-9QX2T',
      text: 'Wij hebben uw document ontvangen.',
      attachments: [
        {
          filename: 'ontvangstbewijs-PK-7K3M-9QX2T.pdf',
          contentType: 'application/pdf',
          content: new TextEncoder().encode('%PDF-1.7 receipt'),
        },
      ],
      idempotencyKey: 'receipt:doc-1',
    });
    expect(sent.transport).toBe('ses');
    const [email, ...others] = await ses.emails();
    expect(others).toHaveLength(0);
    expect(email).toMatchObject({ from: 'postkamer@gemeente.example', subject: 'Ontvangstbevestiging PK-7K3M-9QX2T' });
    expect(email?.destination.to).toEqual(['jan@example.org']);
    expect(email?.body.text?.trim()).toBe('Wij hebben uw document ontvangen.');
    expect(email?.attachments.map((a) => [a.filename, a.contentType])).toEqual([['ontvangstbewijs-PK-7K3M-9QX2T.pdf', 'application/pdf']]);
  });

  it('cancels the send when the invocation is aborted', async () => {
    const aborted = AbortSignal.abort(new Error('Lambda timeout'));
    const mailer = new SesMailer(ses.client, { from: 'postkamer@gemeente.example' }).withSignal(aborted);
    const before = (await ses.emails()).length;
    await expect(mailer.send({ to: 'a@example.org', subject: 's', text: 't', idempotencyKey: 'k' })).rejects.toThrow();
    expect((await ses.emails()).length).toBe(before);
  });
});
