import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import type { MailMessage } from '../ports.ts';

/**
 * The nodemailer form of a message and its RFC 5322 bytes, shared by every mailer. The
 * Message-ID is derived from the idempotency key, so a receiving server can drop a repeat.
 */
export async function composeMail(from: string, message: MailMessage) {
  const digest = createHash('sha256').update(message.idempotencyKey).digest('hex').slice(0, 32);
  const domain = from.split('@')[1] ?? 'postkamer.local';
  const mail = {
    from,
    to: message.to,
    subject: message.subject,
    text: message.text,
    html: message.html,
    messageId: `<${digest}@${domain}>`,
    attachments: message.attachments?.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.content) })),
  };
  return { mail, raw: await new MailComposer(mail).compile().build() };
}
