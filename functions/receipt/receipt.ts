import type { Directory } from '../../shared/domain/directory.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import { type ReceiptFacts, receiptContent, receiptLanguage, receiptPlainText } from '../../shared/domain/receipt-text.ts';
import type { DirectorySource, DocumentRecord, Ledger, LetterBox, Logger, Mailer, ReceiptDelivery } from '../../shared/ports.ts';
import { renderReceiptPdf } from './receipt-pdf.ts';

/**
 * Receipt: to every submitter we can reach, at most once. E-mail when an address is known (given
 * at the desk, or the client's), a posted letter when only a postal address is known, a printout
 * at the desk for walk-ins; otherwise it waits ("pending") until triage names the client.
 */
export interface ReceiptDeps {
  ledger: Ledger;
  directory: DirectorySource;
  mailer: Mailer;
  letters: LetterBox;
  logger: Logger;
  /** Where a person can check a receipt number (URL or phone number). */
  verifyHint: string;
  /** How long a claim on the send holds before it counts as abandoned (a crashed worker). Default 10 minutes. */
  claimLeaseMs?: number;
}

/** Long enough for any send to finish; a claim older than this is from a crashed worker. */
const CLAIM_LEASE_MS = 10 * 60_000;

export interface ReceiptPlan {
  delivery: ReceiptDelivery;
  language: 'nl' | 'en';
  email?: string;
  address?: string;
}

export function planReceipt(doc: DocumentRecord, directory: Directory): ReceiptPlan {
  const client = doc.clientNumber ? directory.clients.find((c) => c.clientNumber === doc.clientNumber) : undefined;
  const language = receiptLanguage(client?.language);
  if (doc.receiptEmail) return { delivery: 'email', language, email: doc.receiptEmail };
  if (client?.email) return { delivery: 'email', language, email: client.email };
  if (client?.address) return { delivery: 'letter', language, address: client.address };
  if (doc.channel === 'desk') return { delivery: 'print', language };
  return { delivery: 'pending', language };
}

export function receiptFacts(doc: DocumentRecord, directory: Directory, verifyHint: string): ReceiptFacts {
  const team = doc.route?.status === 'routed' ? directory.teams.find((t) => t.id === doc.route?.team) : undefined;
  return {
    organisationName: directory.organisation.name,
    receiptNumber: doc.receiptNumber ?? '',
    receivedAt: new Date(doc.receivedAt),
    timeZone: directory.organisation.timezone,
    channel: doc.channel,
    pageCount: doc.pageCount,
    documentType: doc.status === 'rejected' ? null : doc.documentType,
    teamName: team?.name ?? null,
    rejected: doc.status === 'rejected',
    fingerprint: doc.fingerprint,
    verifyHint,
  };
}

export async function sendReceipt(deps: ReceiptDeps, documentId: string): Promise<void> {
  const { ledger, logger } = deps;
  const doc = await ledger.getDocument(documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (!['routed', 'triage', 'acknowledged', 'closed', 'rejected'].includes(doc.status)) return;
  if (doc.receipt?.sentAt) return;
  const directory = await deps.directory.load();
  const plan = planReceipt(doc, directory);

  if (plan.delivery === 'pending' || plan.delivery === 'print') {
    // Pending waits for triage; a desk printout is handed over at the counter by the desk itself.
    if (doc.receipt?.delivery !== plan.delivery)
      await ledger.update(doc.id, { receipt: { delivery: plan.delivery, language: plan.language } }, { type: `receipt.${plan.delivery}` });
    return;
  }

  const key = `receipt:${doc.id}`;
  if (!(await ledger.claimEffect(key, deps.claimLeaseMs ?? CLAIM_LEASE_MS))) {
    // Sent meanwhile by another run: done. Otherwise another run holds the claim, or held it and
    // died mid-send: retry later (the claim lapses), rather than end the step with no receipt.
    if ((await ledger.getDocument(doc.id))?.receipt?.sentAt) return;
    throw new TransientError('receipt.claimed', `the receipt of document ${doc.id} is being sent by another run`);
  }
  if ((await ledger.getDocument(doc.id))?.receipt?.sentAt) {
    await ledger.completeEffect(key); // recorded by a run whose claim lapsed after the send
    return;
  }
  const content = receiptContent(receiptFacts(doc, directory, deps.verifyHint), plan.language);
  const orgName = directory.organisation.name;
  const pdf = await renderReceiptPdf(content, orgName, plan.delivery === 'letter' ? plan.address : null);
  if (plan.delivery === 'email') {
    await deps.mailer.send({
      to: plan.email as string,
      subject: content.subject,
      text: receiptPlainText(content, orgName),
      attachments: [{ filename: `ontvangstbewijs-${doc.receiptNumber}.pdf`, contentType: 'application/pdf', content: pdf }],
      idempotencyKey: key,
    });
  } else {
    await deps.letters.post({ documentId: doc.id, pdf, address: plan.address ?? null });
  }
  // Recorded before the claim is completed: a completed claim always has its `receipt.sent` event.
  const sentAt = new Date().toISOString();
  await ledger.update(
    doc.id,
    { receipt: { delivery: plan.delivery, language: plan.language, sentAt } },
    { type: 'receipt.sent', data: { delivery: plan.delivery, language: plan.language } },
  );
  await ledger.completeEffect(key);
  logger.info('receipt sent', { documentId: doc.id, delivery: plan.delivery, language: plan.language });
}
