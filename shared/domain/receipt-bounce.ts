import type { ReceiptBounce } from './document.ts';

/**
 * What the mail service reported about a message it sent (SES event publishing, parsed at the
 * edge): ids, kinds and times only. The recipients' addresses are never carried this far.
 */
export interface DeliveryReport {
  kind: 'bounce' | 'complaint' | 'delivery';
  /** The mail service's id of the message (SES `mail.messageId`). */
  messageId: string;
  /** When the bounce, complaint or delivery happened (ISO). */
  at: string;
  /** SES: Permanent, Transient or Undetermined (bounces only). */
  bounceType?: string;
  /** SES `bounceSubType`, or a complaint's `complaintFeedbackType`. */
  subType?: string;
}

/**
 * Whether a report means the receipt did not reach the client by e-mail, for good: a permanent
 * (hard) bounce, or a complaint (the client reported it as spam: mail to them must stop). A
 * transient or undetermined bounce is the receiving server's passing trouble, and SES retries
 * it itself; a delivery is what was expected. Those change nothing (null).
 */
export function receiptBounce(report: DeliveryReport): ReceiptBounce | null {
  const subType = report.subType ? { subType: report.subType } : {};
  if (report.kind === 'bounce' && report.bounceType === 'Permanent')
    return { at: report.at, type: 'bounce', messageId: report.messageId, ...subType };
  // A feedback report that says "not spam" is no complaint about us.
  if (report.kind === 'complaint' && report.subType !== 'not-spam')
    return { at: report.at, type: 'complaint', messageId: report.messageId, ...subType };
  return null;
}
