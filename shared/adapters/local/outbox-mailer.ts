import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';
import type { Mailer, MailMessage } from '../../ports.ts';
import { composeMail } from '../mail-message.ts';
import type { KeyRing } from './key-ring.ts';

export interface OutboxMailerOptions {
  outboxDir: string;
  from: string;
  /** Seals the outbox copy (it names the client and their e-mail address); SMTP gets the plain message. */
  keys: KeyRing;
  /** When set (smtp://user:pass@host:port), messages are also sent over SMTP. */
  smtpUrl?: string | undefined;
}

/**
 * Writes every message as an RFC 5322 `.eml` file to the outbox (named by its idempotency key,
 * so sending again rewrites the same file; sealed with the key ring, `postkamer keys open` reads
 * it) and, when SMTP is configured, delivers it in plain. The
 * Message-ID is derived from the key, so a receiving server can drop a repeat.
 */
export class OutboxMailer implements Mailer {
  private readonly transport: Transporter | undefined;

  constructor(private readonly options: OutboxMailerOptions) {
    this.transport = options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : undefined;
  }

  async send(message: MailMessage) {
    const { mail, raw: eml } = await composeMail(this.options.from, message);
    await mkdir(this.options.outboxDir, { recursive: true });
    const file = join(this.options.outboxDir, `${safeName(message.idempotencyKey)}.eml`);
    await writeFile(`${file}.tmp`, this.options.keys.seal(eml));
    await rename(`${file}.tmp`, file);
    if (this.transport) {
      await this.transport.sendMail({ ...mail, envelope: { from: this.options.from, to: message.to } });
      return { messageId: mail.messageId, transport: 'smtp' };
    }
    return { messageId: mail.messageId, transport: 'outbox' };
  }

  close() {
    this.transport?.close();
  }
}

function safeName(key: string) {
  return key.replace(/[^A-Za-z0-9._-]/g, '_');
}
