import { z } from 'zod';
import { planReceipt, receiptFacts } from '../../functions/receipt/receipt.ts';
import { renderReceiptPdf } from '../../functions/receipt/receipt-pdf.ts';
import { type ReceiptLanguage, receiptContent, receiptPlainText } from '../../shared/domain/receipt-text.ts';
import type { DocumentRecord } from '../../shared/ports.ts';
import type { Runtime } from '../runtime.ts';

/**
 * The receipt handed over at the counter, before OCR and routing have finished: it states what is
 * known at intake (number, time, channel, fingerprint). Printing it or e-mailing it counts as
 * delivering the receipt, so the receipt step later does not send a second one; the e-mail is
 * claimed under the same effect key as the receipt step's, so the two can never both send.
 */
const CLAIM_LEASE_MS = 10 * 60_000;

export const emailSchema = z.string().trim().max(254).email();

export async function receiptPdf(rt: Runtime, doc: DocumentRecord, language?: ReceiptLanguage) {
  const directory = await rt.directory.load();
  const lang = language ?? planReceipt(doc, directory).language;
  const content = receiptContent(receiptFacts(doc, directory, rt.config.RECEIPT_CHECK_HINT), lang);
  const pdf = await renderReceiptPdf(content, directory.organisation.name);
  return { pdf, content, language: lang, organisationName: directory.organisation.name };
}

/** Records that the printed receipt was handed over. */
export async function recordPrinted(rt: Runtime, doc: DocumentRecord, language: ReceiptLanguage, by: string) {
  if (doc.receipt?.sentAt) {
    await rt.ledger.appendEvent(doc.id, { type: 'receipt.printed', actor: by, data: { language } });
    return;
  }
  await rt.ledger.update(
    doc.id,
    { receipt: { delivery: 'print', language, sentAt: rt.clock.now().toISOString() } },
    { type: 'receipt.printed', actor: by, data: { language } },
  );
}

/** E-mails the receipt now. 'already' when a receipt was sent (or is being sent) for this document. */
export async function emailReceipt(
  rt: Runtime,
  doc: DocumentRecord,
  to: string,
  language: ReceiptLanguage,
  by: string,
): Promise<'sent' | 'already'> {
  const key = `receipt:${doc.id}`;
  if (doc.receipt?.sentAt && doc.receipt.delivery === 'email') return 'already';
  if (!(await rt.ledger.claimEffect(key, CLAIM_LEASE_MS))) return 'already';
  const { pdf, content, organisationName } = await receiptPdf(rt, doc, language);
  await rt.mailer.send({
    to,
    subject: content.subject,
    text: receiptPlainText(content, organisationName),
    attachments: [{ filename: `ontvangstbewijs-${doc.receiptNumber}.pdf`, contentType: 'application/pdf', content: pdf }],
    idempotencyKey: key,
  });
  await rt.ledger.completeEffect(key);
  await rt.ledger.update(
    doc.id,
    { receiptEmail: to, receipt: { delivery: 'email', language, sentAt: rt.clock.now().toISOString() } },
    { type: 'receipt.sent', actor: by, data: { delivery: 'email', language, at: 'desk' } },
  );
  rt.logger.info('receipt sent', { documentId: doc.id, delivery: 'email', language, by });
  return 'sent';
}
