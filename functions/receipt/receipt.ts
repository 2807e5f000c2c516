import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord, NewDocument, ReceiptDelivery } from '../../shared/domain/document.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import { RECEIPTABLE } from '../../shared/domain/pipeline.ts';
import {
  type ReceiptContent,
  type ReceiptFacts,
  type ReceiptLanguage,
  receiptContent,
  receiptLanguage,
  receiptPlainText,
} from '../../shared/domain/receipt-text.ts';
import type { Clock, DirectorySource, Ledger, LetterBox, Logger, Mailer, MailMessage } from '../../shared/ports.ts';
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
  clock: Clock;
  /** Where a person can check a receipt number (URL or phone number). */
  verifyHint: string;
  /** How long a claim on the send holds before it counts as abandoned (a crashed worker). Default 10 minutes. */
  claimLeaseMs?: number;
}

/** Long enough for any send to finish; a claim older than this is from a crashed worker. */
const CLAIM_LEASE_MS = 10 * 60_000;

export interface ReceiptPlan {
  delivery: ReceiptDelivery;
  language: ReceiptLanguage;
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
  const { ledger } = deps;
  const doc = await ledger.getDocument(documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (!RECEIPTABLE.includes(doc.status)) return;
  if (doc.receipt?.sentAt) return;
  const directory = await deps.directory.load();
  const plan = planReceipt(doc, directory);

  if (plan.delivery === 'pending' || plan.delivery === 'print') {
    // Pending waits for triage; a desk printout is handed over at the counter by the desk itself.
    // Checked at the write, not on the record read above: a receipt delivered meanwhile (at the desk) stays delivered.
    const unchanged = (current: DocumentRecord) => Boolean(current.receipt?.sentAt) || current.receipt?.delivery === plan.delivery;
    await ledger.update(
      doc.id,
      { receipt: { delivery: plan.delivery, language: plan.language } },
      { type: `receipt.${plan.delivery}` },
      (current) => !unchanged(current),
    );
    return;
  }

  const outcome = await deliverOnce(deps, doc.id, {
    delivery: plan.delivery,
    language: plan.language,
    deliver: async () => {
      const content = receiptContent(receiptFacts(doc, directory, deps.verifyHint), plan.language);
      const orgName = directory.organisation.name;
      const pdf = await renderReceiptPdf(content, orgName, plan.delivery === 'letter' ? plan.address : null);
      if (plan.delivery === 'email') await deps.mailer.send(receiptMail(doc, plan.email as string, content, orgName, pdf));
      else await deps.letters.post({ documentId: doc.id, pdf, address: plan.address ?? null });
    },
  });
  // Another run holds the claim, or held it and died mid-send: retry later (the claim lapses),
  // rather than end the step with no receipt.
  if (outcome === 'claimed-elsewhere')
    throw new TransientError('receipt.claimed', `the receipt of document ${doc.id} is being sent by another run`);
}

/** The one effect key of a document's receipt: the receipt step and the desk claim the same one. */
export const receiptEffectKey = (documentId: string) => `receipt:${documentId}`;

export type DeliveryOutcome = 'delivered' | 'already-sent' | 'claimed-elsewhere';

/**
 * Delivers a document's receipt at most once, whoever asks (the receipt step, the desk): claim the
 * effect, check no run sent it meanwhile, deliver, record `receipt.sent`, then complete the claim
 * (so a completed claim always has its event). A claim held by another run is not this run's to
 * send: the caller decides whether to retry later or tell the person it is on its way.
 */
export async function deliverOnce(
  deps: Pick<ReceiptDeps, 'ledger' | 'logger' | 'clock' | 'claimLeaseMs'>,
  documentId: string,
  d: { delivery: ReceiptDelivery; language: ReceiptLanguage; deliver: () => Promise<void>; by?: string; patch?: Partial<NewDocument> },
): Promise<DeliveryOutcome> {
  const { ledger } = deps;
  const key = receiptEffectKey(documentId);
  if (!(await ledger.claimEffect(key, deps.claimLeaseMs ?? CLAIM_LEASE_MS)))
    return (await ledger.getDocument(documentId))?.receipt?.sentAt ? 'already-sent' : 'claimed-elsewhere';
  if ((await ledger.getDocument(documentId))?.receipt?.sentAt) {
    await ledger.completeEffect(key); // recorded by a run whose claim lapsed after the send
    return 'already-sent';
  }
  await d.deliver();
  const sentAt = deps.clock.now().toISOString();
  await ledger.update(
    documentId,
    { ...d.patch, receipt: { delivery: d.delivery, language: d.language, sentAt } },
    {
      type: d.delivery === 'print' ? 'receipt.printed' : 'receipt.sent',
      ...(d.by ? { actor: d.by } : {}),
      data: { delivery: d.delivery, language: d.language, ...(d.by ? { at: 'desk' } : {}) },
    },
  );
  await ledger.completeEffect(key);
  deps.logger.info('receipt sent', { documentId, delivery: d.delivery, language: d.language, ...(d.by ? { by: d.by } : {}) });
  return 'delivered';
}

/** The receipt e-mail: plain text plus the receipt as a PDF, one Message-ID per document. */
export function receiptMail(doc: DocumentRecord, to: string, content: ReceiptContent, orgName: string, pdf: Uint8Array): MailMessage {
  return {
    to,
    subject: content.subject,
    text: receiptPlainText(content, orgName),
    attachments: [{ filename: `ontvangstbewijs-${doc.receiptNumber}.pdf`, contentType: 'application/pdf', content: pdf }],
    idempotencyKey: receiptEffectKey(doc.id),
  };
}
