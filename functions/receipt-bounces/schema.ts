import { z } from 'zod';
import type { DeliveryReport } from '../../shared/domain/receipt-bounce.ts';

/**
 * The bounce queue's messages: SES event publishing (configuration set → SNS topic → this SQS
 * queue, not raw), so each body is an SNS notification whose `Message` is the SES event as JSON:
 * `eventType` Bounce / Complaint / Delivery, `mail.messageId`, and a `bounce` / `complaint` /
 * `delivery` object. Only ids, kinds and times are kept: the recipients' addresses
 * (`bouncedRecipients`, `mail.destination`, headers) are dropped here and never passed on or logged.
 * Another event type (none is published to this topic) is no report: null.
 */
const snsNotification = z.object({
  Type: z.literal('Notification'),
  MessageId: z.string(),
  Message: z.string(),
});

const mail = z.object({ messageId: z.string().min(1) });
const instant = z.iso.datetime({ offset: true });

const sesEvent = z.union([
  z
    .object({
      eventType: z.literal('Bounce'),
      mail,
      bounce: z.object({ bounceType: z.string(), bounceSubType: z.string().optional(), timestamp: instant }),
    })
    .transform(
      (e): DeliveryReport => ({
        kind: 'bounce',
        messageId: e.mail.messageId,
        at: new Date(e.bounce.timestamp).toISOString(),
        bounceType: e.bounce.bounceType,
        ...(e.bounce.bounceSubType ? { subType: e.bounce.bounceSubType } : {}),
      }),
    ),
  z
    .object({
      eventType: z.literal('Complaint'),
      mail,
      complaint: z.object({ timestamp: instant, complaintFeedbackType: z.string().optional() }),
    })
    .transform(
      (e): DeliveryReport => ({
        kind: 'complaint',
        messageId: e.mail.messageId,
        at: new Date(e.complaint.timestamp).toISOString(),
        ...(e.complaint.complaintFeedbackType ? { subType: e.complaint.complaintFeedbackType } : {}),
      }),
    ),
  z
    .object({ eventType: z.literal('Delivery'), mail, delivery: z.object({ timestamp: instant }) })
    .transform(
      (e): DeliveryReport => ({ kind: 'delivery', messageId: e.mail.messageId, at: new Date(e.delivery.timestamp).toISOString() }),
    ),
  z.object({ eventType: z.string().refine((t) => !['Bounce', 'Complaint', 'Delivery'].includes(t)) }).transform(() => null),
]);

/** One SQS record's body → the report it carries (null: an event type that changes no receipt). */
export const deliveryReportMessageSchema = snsNotification.transform((n, ctx): DeliveryReport | null => {
  let json: unknown;
  try {
    json = JSON.parse(n.Message);
  } catch {
    ctx.addIssue({ code: 'custom', path: ['Message'], message: 'not JSON' });
    return z.NEVER;
  }
  const parsed = sesEvent.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      ctx.addIssue({ code: 'custom', path: ['Message', ...issue.path.map(String)], message: issue.code });
    return z.NEVER;
  }
  return parsed.data;
});
