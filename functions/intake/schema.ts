import { z } from 'zod';
import { CHANNELS, type Channel } from '../../shared/domain/document.ts';

/**
 * The intake queue's messages: S3 event notifications for uploads under `inbox/<channel>/`
 * (S3 → SQS, the notification JSON is the message body). Parsed envelope first, then each record;
 * unknown fields (request parameters, identities) are dropped, never passed on or logged. The
 * envelope is shared with the mail intake's queue (objects SES writes under `mail/`).
 */
export const s3Record = z.object({
  eventSource: z.literal('aws:s3'),
  eventName: z.string().startsWith('ObjectCreated:'),
  eventTime: z.iso.datetime({ offset: true }),
  s3: z.object({
    bucket: z.object({ name: z.string().min(1) }),
    object: z.object({
      /** URL-encoded, as S3 sends it (space as `+`). */
      key: z.string().min(1),
      size: z.number().int().nonnegative().optional(),
      versionId: z.string().min(1).optional(),
      sequencer: z.string().min(1).optional(),
    }),
  }),
});

/** S3 sends this once when a notification is configured: nothing to do. */
export const s3TestEvent = z.object({ Service: z.literal('Amazon S3'), Event: z.literal('s3:TestEvent') });

export const INBOX_PREFIX = 'inbox/';

/** One upload to take in: where it is, which version, and what it tells about its delivery. */
export interface InboxUpload {
  bucket: string;
  key: string;
  versionId: string | undefined;
  channel: Channel;
  filename: string;
  receivedAt: Date;
  /** Idempotency key of this delivery: bucket/key/version (the S3 sequencer when unversioned). */
  intakeKey: string;
  /** Bytes, as the S3 event reports them (checked against the limit before reading). */
  size: number | undefined;
}

const upload = s3Record.transform((r, ctx): InboxUpload | null => {
  const key = decodeURIComponent(r.s3.object.key.replace(/\+/g, ' '));
  if (key.endsWith('/')) return null; // a "folder" created in the console
  const match = /^inbox\/([^/]+)\/(.+)$/.exec(key);
  const channel = CHANNELS.find((c) => c === match?.[1]);
  if (!match || !channel) {
    ctx.addIssue({ code: 'custom', path: ['s3', 'object', 'key'], message: `not under ${INBOX_PREFIX}<${CHANNELS.join('|')}>/` });
    return z.NEVER;
  }
  const version = r.s3.object.versionId ?? r.s3.object.sequencer;
  if (!version) {
    ctx.addIssue({ code: 'custom', path: ['s3', 'object'], message: 'neither versionId nor sequencer' });
    return z.NEVER;
  }
  return {
    bucket: r.s3.bucket.name,
    key,
    versionId: r.s3.object.versionId,
    channel,
    filename: match[2]?.split('/').at(-1) ?? match[2] ?? key,
    receivedAt: new Date(r.eventTime),
    intakeKey: `s3:${r.s3.bucket.name}/${key}/${version}`,
    size: r.s3.object.size,
  };
});

/** The uploads an intake message announces (none for a test event or a folder marker). */
export const intakeMessageSchema = z.union([
  s3TestEvent.transform((): InboxUpload[] => []),
  z.object({ Records: z.array(upload).min(1) }).transform((n) => n.Records.filter((u): u is InboxUpload => u !== null)),
]);

/**
 * Desk uploads may name the client and the receipt address in object metadata (`x-amz-meta-*`).
 * A value that does not parse is left out (the document is still taken in), never echoed.
 */
export const inboxMetadataSchema = z.object({
  'client-number': z.string().min(1).max(40).optional().catch(undefined),
  'receipt-email': z.string().email().optional().catch(undefined),
});
