import type { DocumentRecord } from '../../shared/domain/document.ts';
import {
  type ReceiptContent,
  type ReceiptLanguage,
  receiptContent,
  receiptFileName,
  receiptLanguages,
} from '../../shared/domain/receipt-text.ts';
import { type DeliveryOutcome, deliverOnce, planReceipt, type ReceiptDeps, receiptFacts, receiptMail } from './receipt.ts';
import { renderReceiptPdf } from './receipt-pdf.ts';

/**
 * The receipt handed over at the counter, before OCR and routing have finished: it states what is
 * known at intake (number, time, channel, fingerprint). Printing it or e-mailing it delivers the
 * document's receipt through the same claim as the receipt step (`deliverOnce`), so the two can
 * never both send, and the receipt step later sends no second one.
 */
export type DeskReceiptDeps = Pick<ReceiptDeps, 'ledger' | 'directory' | 'logger' | 'clock' | 'publicUrl' | 'fonts' | 'claimLeaseMs'> & {
  mailer: ReceiptDeps['mailer'];
};

/**
 * The receipt as a PDF, in the given language or the client's, with Dutch after it; `fileName`
 * in that language ("alindi-belgesi-PK-….pdf").
 */
export async function deskReceiptPdf(
  deps: Pick<DeskReceiptDeps, 'directory' | 'publicUrl' | 'fonts'>,
  doc: DocumentRecord,
  language?: ReceiptLanguage,
) {
  const directory = await deps.directory.load();
  const lang = language ?? planReceipt(doc, directory).language;
  const contents = receiptLanguages(lang).map((l) => receiptContent(receiptFacts(doc, directory, deps.publicUrl, l), l));
  const pdf = await renderReceiptPdf(contents, directory.organisation.name, { fonts: await deps.fonts?.() });
  const fileName = receiptFileName(contents[0] as ReceiptContent, doc.receiptNumber ?? doc.id);
  return { pdf, contents, fileName, language: lang, organisationName: directory.organisation.name };
}

/**
 * Records that the printed receipt was handed over. When the receipt was already delivered (or is
 * being delivered) another way, the printout is a copy: recorded as an event, no second receipt.
 */
export async function recordPrintedReceipt(deps: DeskReceiptDeps, doc: DocumentRecord, language: ReceiptLanguage, by: string) {
  const outcome = await deliverOnce(deps, doc.id, { delivery: 'print', language, by, deliver: async () => {} });
  if (outcome !== 'delivered')
    await deps.ledger.appendEvent(doc.id, { type: 'receipt.printed', actor: by, data: { language, copy: true } });
}

/** E-mails the receipt now, to the address given at the desk. 'already' when it was (being) sent. */
export async function emailDeskReceipt(
  deps: DeskReceiptDeps,
  doc: DocumentRecord,
  to: string,
  language: ReceiptLanguage,
  by: string,
): Promise<'sent' | 'already'> {
  if (doc.receipt?.sentAt && doc.receipt.delivery === 'email') return 'already';
  const outcome: DeliveryOutcome = await deliverOnce(deps, doc.id, {
    delivery: 'email',
    language,
    by,
    patch: { receiptEmail: to },
    deliver: async () => {
      const { pdf, contents, organisationName } = await deskReceiptPdf(deps, doc, language);
      return deps.mailer.send(receiptMail(doc, to, contents, organisationName, pdf));
    },
  });
  return outcome === 'delivered' ? 'sent' : 'already';
}
