import { type SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, MailMessage } from '../../ports.ts';
import { composeMail } from '../mail-message.ts';

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
    const { mail, raw } = await composeMail(this.options.from, message);
    const res = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: [message.to] },
        Content: { Raw: { Data: raw } },
        ConfigurationSetName: this.options.configurationSet,
      }),
      { abortSignal: this.signal },
    );
    return { messageId: res.MessageId ?? mail.messageId, transport: 'ses' };
  }
}
