import { createHash } from 'node:crypto';
import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { Mailer, MailMessage } from '../../ports.ts';

export interface SesMailerOptions {
  /** A verified SES identity (address or an address at a verified domain). */
  from: string;
  /** SES configuration set for delivery events (bounces, complaints), when there is one. */
  configurationSet?: string | undefined;
}

/**
 * Mail through SES v2 as a raw MIME message built by nodemailer's MailComposer (attachments such as
 * the receipt PDF need raw content). The Message-ID is derived from the idempotency key, as in the
 * outbox mailer; SES itself has no idempotency, which is why the receipt step claims the send in the
 * ledger first. `withSignal` binds a Lambda invocation's AbortSignal, so a timeout cancels the call.
 */
export class SesMailer implements Mailer {
  constructor(
    private readonly ses: SESv2Client,
    private readonly options: SesMailerOptions,
    private readonly signal?: AbortSignal,
  ) {}

  withSignal(signal: AbortSignal | undefined): SesMailer {
    return new SesMailer(this.ses, this.options, signal);
  }

  async send(message: MailMessage): Promise<{ messageId: string; transport: string }> {
    const digest = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
    const domain = this.options.from.split('@')[1] ?? 'postkamer.local';
    const raw = await new MailComposer({
      from: this.options.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      html: message.html,
      messageId: `<${digest}@${domain}>`,
      attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })),
    })
      .compile()
      .build();
    const res = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [message.to] },
        Content: { Raw: { Data: raw } },
        ConfigurationSetName: this.options.configurationSet,
      }),
      { abortSignal: this.signal },
    );
    return { messageId: res.MessageId ?? `<${digest}@${domain}>`, transport: 'ses' };
  }
}
