import { z } from 'zod';
import { s3Record, s3TestEvent } from '../intake/schema.ts';

/**
 * The mail intake queue's messages: S3 event notifications for the messages SES receiving writes
 * under `mail/` (one object per message, named by SES's message id). Same envelope as the intake
 * queue's; unknown fields are dropped, never passed on or logged.
 */
export const MAIL_PREFIX = 'mail/';
/** Where a message too large to read is kept, unread, once it is recorded and answered. */
export const MAIL_REJECTED_PREFIX = 'mail-rejected/';
/** SES writes this object when a rule with an S3 action is saved, to check that it may: no message. */
const SES_SETUP_NOTIFICATION = `${MAIL_PREFIX}AMAZON_SES_SETUP_NOTIFICATION`;

/** One received message to take in: where it is, which version, and what its event says of it. */
export interface MailDrop {
  bucket: string;
  key: string;
  versionId: string | undefined;
  /** When SES stored it (the event time). */
  receivedAt: Date;
  /** Bytes, as the S3 event reports them (checked against the limit before reading). */
  size: number | undefined;
}

const drop = s3Record.transform((r, ctx): MailDrop | null => {
  const key = decodeURIComponent(r.s3.object.key.replace(/\+/g, ' '));
  if (key.endsWith('/') || key === SES_SETUP_NOTIFICATION) return null;
  if (!key.startsWith(MAIL_PREFIX)) {
    ctx.addIssue({ code: 'custom', path: ['s3', 'object', 'key'], message: `not under ${MAIL_PREFIX}` });
    return z.NEVER;
  }
  return {
    bucket: r.s3.bucket.name,
    key,
    versionId: r.s3.object.versionId,
    receivedAt: new Date(r.eventTime),
    size: r.s3.object.size,
  };
});

/** The received messages a mail intake message announces (none for a test event or SES's setup check). */
export const mailIntakeMessageSchema = z.union([
  s3TestEvent.transform((): MailDrop[] => []),
  z.object({ Records: z.array(drop).min(1) }).transform((n) => n.Records.filter((d): d is MailDrop => d !== null)),
]);
