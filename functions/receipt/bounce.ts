import { receiptUndeliveredAlert } from '../../shared/domain/alert.ts';
import type { DocumentRecord, ReceiptBounce, ReceiptState } from '../../shared/domain/document.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import { type DeliveryReport, receiptBounce } from '../../shared/domain/receipt-bounce.ts';
import type { Alerter, SentMailIndex } from '../../shared/ports.ts';
import { planReceipt, postReceiptLetter, type ReceiptDeps } from './receipt.ts';

/**
 * A receipt e-mail that bounced for good, or that the client reported as spam, did not reach them:
 * the documents it was the receipt of (found by the message id, see `SentMailIndex`) no longer
 * count as receipted by e-mail. Each receipt goes out again as a letter, drawn and posted exactly
 * as the receipt step posts letters (in the day's print batch too), when the client has a postal
 * address on file; otherwise it waits and a person is alerted. Each document gets a
 * `receipt.bounced` audit event. A mail reply (post by e-mail) lists several documents: each gets
 * its own letter; the parts of one file that shared one receipt share one letter again.
 *
 * At least once in, at most once out: the same report again, or two at once, makes one letter
 * (a claimed effect per receipt, and the bounce recorded on the receipt state). A transient bounce
 * or a delivery changes nothing.
 */
export type ReceiptBounceDeps = Pick<
  ReceiptDeps,
  'ledger' | 'directory' | 'letters' | 'logger' | 'clock' | 'publicUrl' | 'fonts' | 'claimLeaseMs'
> & {
  sentMail: SentMailIndex;
  alerter: Alerter;
};

export interface ReceiptBounceResult {
  outcome: 'ignored' | 'unknown-message' | 'handled';
  /** Documents whose receipt went out as a letter now. */
  lettered: string[];
  /** Documents whose receipt waits for a person (no postal address): alerted. */
  waiting: string[];
  /** Documents this report was already handled for. */
  already: string[];
}

const CLAIM_LEASE_MS = 10 * 60_000;

export async function handleDeliveryReport(deps: ReceiptBounceDeps, report: DeliveryReport): Promise<ReceiptBounceResult> {
  const result: ReceiptBounceResult = { outcome: 'ignored', lettered: [], waiting: [], already: [] };
  const bounce = receiptBounce(report);
  if (!bounce) {
    deps.logger.info('delivery report changes nothing', { messageId: report.messageId, kind: report.kind, bounceType: report.bounceType });
    return result;
  }
  const ids = await deps.sentMail.find(report.messageId);
  const found = (await Promise.all(ids.map((id) => deps.ledger.getDocument(id)))).filter(
    (d): d is DocumentRecord => d !== undefined && carriedBy(d.receipt, report.messageId),
  );
  if (found.length === 0) {
    // Not a receipt (a consultant's notice, a reply that receipted nothing) or one sent before ids were kept.
    deps.logger.info('bounce for a message that carried no receipt', { messageId: report.messageId, kind: bounce.type });
    return { ...result, outcome: 'unknown-message' };
  }
  const directory = await deps.directory.load();
  for (const group of receipts(found)) {
    const outcome = await toPaper(deps, group, bounce, directory);
    result[outcome].push(...group.map((d) => d.id));
  }
  return { ...result, outcome: 'handled' };
}

/** Whether this receipt went out in that message (still, or before it bounced). */
const carriedBy = (receipt: ReceiptState | null, messageId: string) =>
  receipt?.messageId === messageId || receipt?.bounced?.messageId === messageId;

/** The documents as their receipts listed them: the parts one receipt listed together stay together, in its order. */
function receipts(docs: DocumentRecord[]): DocumentRecord[][] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const seen = new Set<string>();
  const groups: DocumentRecord[][] = [];
  for (const doc of docs) {
    if (seen.has(doc.id)) continue;
    const group = (doc.receipt?.parts ?? [doc.id]).map((id) => byId.get(id)).filter((d): d is DocumentRecord => d !== undefined);
    if (!group.some((d) => d.id === doc.id)) group.push(doc);
    for (const d of group) seen.add(d.id);
    groups.push(group);
  }
  return groups;
}

/** One receipt (one document, or parts listed together) goes to paper once: claimed, re-read, posted, recorded. */
async function toPaper(
  deps: ReceiptBounceDeps,
  group: DocumentRecord[],
  bounce: ReceiptBounce,
  directory: Awaited<ReturnType<ReceiptBounceDeps['directory']['load']>>,
): Promise<'lettered' | 'waiting' | 'already'> {
  const { ledger } = deps;
  const first = group[0] as DocumentRecord;
  const key = `receipt-bounce:${first.id}:${bounce.messageId}`;
  if (!(await ledger.claimEffect(key, deps.claimLeaseMs ?? CLAIM_LEASE_MS))) {
    if ((await ledger.getDocument(first.id))?.receipt?.bounced) return 'already';
    throw new TransientError('receipt.bounce-claimed', `the bounce of the receipt of document ${first.id} is being handled by another run`);
  }
  const fresh = (await Promise.all(group.map((d) => ledger.getDocument(d.id)))).filter(
    (d): d is DocumentRecord => d !== undefined && d.receipt?.messageId === bounce.messageId && !d.receipt.bounced,
  );
  const lead = fresh[0];
  if (!lead) {
    await ledger.completeEffect(key); // recorded by a run whose claim lapsed after it posted
    return 'already';
  }
  const marked = fresh.map((d) => ({ ...d, receipt: { ...(d.receipt as ReceiptState), bounced: bounce } }));
  const plan = planReceipt(marked[0] as DocumentRecord, directory);
  const letter = plan.delivery === 'letter';
  if (letter) await postReceiptLetter(deps, marked, plan, directory);

  const sentAt = deps.clock.now().toISOString();
  const parts = fresh.length > 1 ? fresh.map((d) => d.id) : undefined;
  for (const doc of fresh) {
    // The e-mail no longer counts: a letter sent now (so it is in today's print batch), or waiting.
    const receipt: ReceiptState = letter
      ? { delivery: 'letter', language: plan.language, sentAt, ...(parts ? { parts } : {}), bounced: bounce }
      : { delivery: 'pending', language: plan.language, bounced: bounce };
    await ledger.update(
      doc.id,
      { receipt },
      {
        type: 'receipt.bounced',
        data: {
          type: bounce.type,
          ...(bounce.subType ? { subType: bounce.subType } : {}),
          messageId: bounce.messageId,
          reportedAt: bounce.at,
          delivery: receipt.delivery,
        },
      },
      (current) => !current.receipt?.bounced,
    );
  }
  if (!letter) await deps.alerter.raise(receiptUndeliveredAlert(lead, bounce.type));
  await ledger.completeEffect(key);
  deps.logger.info('bounced receipt handled', {
    documentId: lead.id,
    documents: fresh.length,
    type: bounce.type,
    delivery: letter ? 'letter' : 'pending',
  });
  return letter ? 'lettered' : 'waiting';
}
