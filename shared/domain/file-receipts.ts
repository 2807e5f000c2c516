import type { DocumentRecord } from './document.ts';
import { IN_PROCESS, RECEIPTABLE } from './pipeline.ts';

/**
 * One receipt per submitter per file. A file that held several documents (an envelope, a mailroom
 * stack) was split into parts; the parts of one submitter are receipted together, in one message
 * that says which pages are which document, and each other submitter in the file gets their own.
 *
 * The rule, so that nothing waits forever and nothing goes out twice:
 * - while any part of the file is still in the machine's hands (being separated, classified,
 *   routed: `IN_PROCESS`), no receipt of the file goes out: a part that has not been routed has no
 *   known submitter yet, and could be the same client's. Every part that leaves that state runs
 *   the receipt step, so the last one to do so finds none in process and sends every receipt of
 *   the file;
 * - a part in triage without a client, a part that failed (dead letter) or a duplicate does not hold
 *   the others up: it has no submitter to group by. When triage names its client (or a retry routes
 *   it), its receipt step runs again and it gets a receipt of its own, since the others are sent.
 *   (A part whose route step is dead-lettered runs no receipt step; if it was the last one in
 *   process, the others' receipt goes out when it is retried or resolved in triage, both of which
 *   run its receipt step. It is alerted as failed meanwhile.);
 * - a part already receipted (on its own, at the desk, or listed on another part's receipt) is
 *   never listed again.
 */

/**
 * Who receives a part's receipt, as a key to group by: the e-mail address given at the desk (the
 * person who handed the file in), else the client. `null` when nobody is known yet.
 */
export function submitterOf(part: Pick<DocumentRecord, 'receiptEmail' | 'clientNumber'>): string | null {
  if (part.receiptEmail) return `to:${part.receiptEmail.trim().toLowerCase()}`;
  if (part.clientNumber) return `client:${part.clientNumber}`;
  return null;
}

export interface FileReceipts {
  /** Parts still in process: until they settle no receipt of the file goes out. */
  waitingFor: string[];
  /**
   * The receipts to send now: per submitter, the parts not yet receipted, in page order (a group of
   * one is an ordinary receipt); groups in the order of their first page.
   */
  groups: DocumentRecord[][];
  /**
   * Parts listed on a receipt that went out whose own record does not say so yet (its sender
   * stopped between recording one part and the next): to record as sent, never to send again.
   */
  covered: { part: DocumentRecord; by: DocumentRecord }[];
}

/**
 * The receipts a file's parts need now. `deliverableTo` says who a part's receipt would go to, or
 * `null` when it cannot be delivered by message yet (pending, or printed at the desk): such a part
 * is receipted on its own, as a document that was never split would be.
 */
export function fileReceipts(parts: readonly DocumentRecord[], deliverableTo: (part: DocumentRecord) => string | null): FileReceipts {
  const ordered = [...parts].sort((a, b) => firstPage(a) - firstPage(b));
  const waitingFor = ordered.filter((p) => IN_PROCESS.includes(p.status)).map((p) => p.id);
  const sent = ordered.filter((p) => p.receipt?.sentAt);
  const open = ordered.filter((p) => RECEIPTABLE.includes(p.status) && !p.receipt?.sentAt);

  const covered: FileReceipts['covered'] = [];
  const bySubmitter = new Map<string, DocumentRecord[]>();
  for (const part of open) {
    const by = sent.find((s) => s.receipt?.parts?.includes(part.id));
    if (by) {
      covered.push({ part, by });
      continue;
    }
    const to = deliverableTo(part);
    if (to === null) continue;
    const group = bySubmitter.get(to);
    if (group) group.push(part);
    else bySubmitter.set(to, [part]);
  }
  return { waitingFor, groups: [...bySubmitter.values()], covered };
}

const firstPage = (part: DocumentRecord) => part.pages?.[0] ?? Number.MAX_SAFE_INTEGER;
