import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord, NewDocument, ReceiptDelivery } from '../../shared/domain/document.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import { fileReceipts, submitterOf } from '../../shared/domain/file-receipts.ts';
import { RECEIPTABLE, WAITING_FOR } from '../../shared/domain/pipeline.ts';
import {
  type CombinedReceiptFacts,
  checkLink,
  combinedReceiptContent,
  type ReceiptContent,
  type ReceiptFacts,
  type ReceiptLanguage,
  receiptContent,
  receiptFileName,
  receiptLanguageFor,
  receiptLanguages,
  receiptPlainText,
} from '../../shared/domain/receipt-text.ts';
import type { Clock, DirectorySource, Ledger, LetterBox, Logger, Mailer, MailMessage, SentMailIndex } from '../../shared/ports.ts';
import { type LetterFacts, type ReceiptFonts, renderReceiptPdf } from './receipt-pdf.ts';

/**
 * Receipt: to every submitter we can reach, at most once. E-mail when an address is known (given
 * at the desk, or the client's), a posted letter when only a postal address is known, a printout
 * at the desk for walk-ins; otherwise it waits ("pending") until triage names the client.
 *
 * A part of a file that held several documents is receipted with its file: one message per
 * submitter lists all their parts (`fileReceipts` in the domain has the rule), sent by whichever
 * part's receipt step finds no part of the file still in process.
 */
export interface ReceiptDeps {
  ledger: Ledger;
  directory: DirectorySource;
  mailer: Mailer;
  letters: LetterBox;
  logger: Logger;
  clock: Clock;
  /** The address clients reach the service at: every receipt links to `<publicUrl>/check?receipt=…&lang=…`. */
  publicUrl: string;
  /** The fonts with every receipt language's glyphs, read when first needed; without them Helvetica (Latin only). */
  fonts?: () => Promise<ReceiptFonts | undefined>;
  /** How long a claim on the send holds before it counts as abandoned (a crashed worker). Default 10 minutes. */
  claimLeaseMs?: number;
  /**
   * Where an e-mailed receipt's message id is looked up by a bounce report (AWS). Without it (the
   * embedded runtime, which gets no bounce reports) the id is only kept in the receipt state.
   */
  sentMail?: SentMailIndex;
}

/** Long enough for any send to finish; a claim older than this is from a crashed worker. */
const CLAIM_LEASE_MS = 10 * 60_000;

export interface ReceiptPlan {
  delivery: ReceiptDelivery;
  language: ReceiptLanguage;
  email?: string;
  address?: string;
  /** The addressee of a letter. */
  name?: string;
}

export function planReceipt(doc: DocumentRecord, directory: Directory): ReceiptPlan {
  const client = doc.clientNumber ? directory.clients.find((c) => c.clientNumber === doc.clientNumber) : undefined;
  const language = receiptLanguageFor(client?.language, doc.language);
  // An e-mail receipt that bounced (or was reported as spam) is never e-mailed again: paper, or it waits.
  const mayEmail = !doc.receipt?.bounced;
  if (mayEmail && doc.receiptEmail) return { delivery: 'email', language, email: doc.receiptEmail };
  if (mayEmail && client?.email) return { delivery: 'email', language, email: client.email };
  if (client?.address) return { delivery: 'letter', language, address: client.address, name: client.name };
  if (doc.channel === 'desk') return { delivery: 'print', language };
  return { delivery: 'pending', language };
}

export function receiptFacts(doc: DocumentRecord, directory: Directory, publicUrl: string, language: ReceiptLanguage): ReceiptFacts {
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
    verifyHint: checkLink(publicUrl, doc.receiptNumber ?? '', language),
  };
}

export async function sendReceipt(deps: ReceiptDeps, documentId: string): Promise<void> {
  const { ledger } = deps;
  const doc = await ledger.getDocument(documentId);
  if (!doc) throw new Error(`document ${documentId} not found`);
  if (!RECEIPTABLE.includes(doc.status)) return;
  // A receipt recorded by a run that stopped before its message id was indexed: index it now.
  if (doc.receipt?.sentAt) await indexSent(deps, doc.receipt.messageId, doc.receipt.parts ?? [doc.id]);
  if (doc.parentId) return sendFileReceipts(deps, doc);
  if (doc.receipt?.sentAt) return;
  const directory = await deps.directory.load();
  const plan = planReceipt(doc, directory);

  if (plan.delivery === 'pending' || plan.delivery === 'print') return markUndelivered(deps, doc, plan);

  const outcome = await deliverOnce(deps, doc.id, {
    delivery: plan.delivery,
    language: plan.language,
    deliver: () => deliverContents(deps, doc, plan, receiptContents([doc], directory, deps.publicUrl, plan.language), directory),
  });
  // Another run holds the claim, or held it and died mid-send: retry later (the claim lapses),
  // rather than end the step with no receipt.
  if (outcome === 'claimed-elsewhere')
    throw new TransientError('receipt.claimed', `the receipt of document ${doc.id} is being sent by another run`);
}

/**
 * Pending waits for triage; a desk printout is handed over at the counter by the desk itself.
 * Checked at the write, not on the record read before: a receipt delivered meanwhile (at the desk) stays delivered.
 */
async function markUndelivered(deps: Pick<ReceiptDeps, 'ledger'>, doc: DocumentRecord, plan: ReceiptPlan) {
  const unchanged = (current: DocumentRecord) => Boolean(current.receipt?.sentAt) || current.receipt?.delivery === plan.delivery;
  await deps.ledger.update(
    doc.id,
    { receipt: { delivery: plan.delivery, language: plan.language } },
    { type: `receipt.${plan.delivery}` },
    (current) => !unchanged(current),
  );
}

/**
 * The receipt step of a part of a file. A part nobody can be sent a message about yet (pending, a
 * desk printout) is marked as a document on its own would be. Then, once no part of the file is
 * in process any more, every receipt the file still owes goes out: one per submitter, each listing
 * that submitter's parts. This runs for every part (a redelivery too), not only for the last
 * one, because a run that stopped half way must be finished by the next; the claims keep it to
 * one message per part.
 */
async function sendFileReceipts(deps: ReceiptDeps, doc: DocumentRecord): Promise<void> {
  const { ledger } = deps;
  const directory = await deps.directory.load();
  const own = planReceipt(doc, directory);
  if (!doc.receipt?.sentAt && (own.delivery === 'pending' || own.delivery === 'print')) await markUndelivered(deps, doc, own);

  const parent = doc.parentId ? await ledger.getDocument(doc.parentId) : undefined;
  // A part sent on while the rest of its stack was still read: which parts are the submitter's is
  // known once the file is separated; the split step then sends every part on again.
  if (parent && (parent.status === WAITING_FOR.extract || parent.status === WAITING_FOR.split)) {
    deps.logger.info('receipt waits for the file to be separated', { documentId: doc.id, parentId: parent.id });
    return;
  }
  const ids = parent?.childIds?.includes(doc.id) ? parent.childIds : [doc.id];
  const parts = (await Promise.all(ids.map((id) => (id === doc.id ? doc : ledger.getDocument(id))))).filter(
    (p): p is DocumentRecord => p !== undefined,
  );
  const file = fileReceipts(parts, (part) => {
    const plan = planReceipt(part, directory);
    return plan.delivery === 'email' || plan.delivery === 'letter' ? submitterOf(part) : null;
  });
  if (file.waitingFor.length > 0) {
    // Not an error and not retried: the part that settles last runs this step and sends them all.
    deps.logger.info('receipt waits for the other parts of the file', {
      documentId: doc.id,
      parentId: doc.parentId,
      waitingFor: file.waitingFor.length,
    });
    return;
  }

  let busy = false;
  for (const { part, by } of file.covered) if ((await recordCovered(deps, part, by)) === 'claimed-elsewhere') busy = true;
  for (const group of file.groups) if ((await deliverPartsOnce(deps, group, directory)) === 'claimed-elsewhere') busy = true;
  // Another run holds a claim, or held it and died mid-send: retry later (the claim lapses).
  if (busy) throw new TransientError('receipt.claimed', `a receipt of the file of document ${doc.id} is being sent by another run`);
}

/**
 * Sends one submitter's parts of a file their receipt, at most once per part: claims every part's
 * receipt (the same claim as `deliverOnce` and the desk), in page order, so that two runs never
 * both hold a group; leaves out a part receipted meanwhile; sends one message listing the rest (an
 * ordinary receipt when one is left); records it on every part it listed, with the list, so a run
 * that takes over after a crash between those records sends nothing again. A claim held elsewhere
 * ends the attempt; the claims taken before it lapse after their lease.
 */
async function deliverPartsOnce(deps: ReceiptDeps, group: DocumentRecord[], directory: Directory): Promise<DeliveryOutcome> {
  const { ledger } = deps;
  const lease = deps.claimLeaseMs ?? CLAIM_LEASE_MS;
  const listed: DocumentRecord[] = [];
  for (const part of group) {
    const key = receiptEffectKey(part.id);
    if (!(await ledger.claimEffect(key, lease))) {
      if ((await ledger.getDocument(part.id))?.receipt?.sentAt) continue;
      return 'claimed-elsewhere';
    }
    const fresh = (await ledger.getDocument(part.id)) ?? part;
    if (fresh.receipt?.sentAt)
      await ledger.completeEffect(key); // recorded by a run whose claim lapsed after the send
    else listed.push(fresh);
  }
  const [first] = listed;
  if (!first) return 'already-sent';

  const plan = planReceipt(first, directory);
  const { messageId } = await deliverContents(
    deps,
    first,
    plan,
    receiptContents(listed, directory, deps.publicUrl, plan.language),
    directory,
  );

  const sentAt = deps.clock.now().toISOString();
  const parts = listed.length > 1 ? listed.map((p) => p.id) : undefined;
  for (const part of listed)
    await ledger.update(
      part.id,
      {
        receipt: {
          delivery: plan.delivery,
          language: plan.language,
          sentAt,
          ...(parts ? { parts } : {}),
          ...(messageId ? { messageId } : {}),
        },
      },
      { type: 'receipt.sent', data: { delivery: plan.delivery, language: plan.language, ...(parts ? { parts } : {}) } },
    );
  for (const part of listed) await ledger.completeEffect(receiptEffectKey(part.id));
  await indexSent(
    deps,
    messageId,
    listed.map((p) => p.id),
  );
  deps.logger.info('receipt sent', {
    documentId: first.id,
    parentId: first.parentId,
    parts: listed.length,
    delivery: plan.delivery,
    language: plan.language,
  });
  return 'delivered';
}

/** A part listed on a receipt that went out, whose own record was not written (its sender stopped): recorded, not sent. */
async function recordCovered(deps: ReceiptDeps, part: DocumentRecord, by: DocumentRecord): Promise<DeliveryOutcome> {
  const { ledger } = deps;
  const key = receiptEffectKey(part.id);
  if (!(await ledger.claimEffect(key, deps.claimLeaseMs ?? CLAIM_LEASE_MS)))
    return (await ledger.getDocument(part.id))?.receipt?.sentAt ? 'already-sent' : 'claimed-elsewhere';
  const receipt = by.receipt;
  if (receipt?.sentAt)
    await ledger.update(
      part.id,
      { receipt },
      { type: 'receipt.sent', data: { delivery: receipt.delivery, language: receipt.language, parts: receipt.parts, recovered: true } },
      (current) => !current.receipt?.sentAt,
    );
  await ledger.completeEffect(key);
  return 'delivered';
}

/** What a receipt for several parts of one file says: the file's facts once, and per part its number, type, pages and team. */
export function combinedReceiptFacts(
  parts: DocumentRecord[],
  directory: Directory,
  publicUrl: string,
  language: ReceiptLanguage,
): CombinedReceiptFacts {
  const [first] = parts;
  if (!first) throw new Error('a receipt lists at least one document');
  const file = receiptFacts(first, directory, publicUrl, language);
  return {
    organisationName: file.organisationName,
    receivedAt: file.receivedAt,
    timeZone: file.timeZone,
    channel: file.channel,
    fingerprint: file.fingerprint,
    // Each part's own number can be checked: the link opens the page in the receipt's language.
    verifyHint: checkLink(publicUrl, '', language).replace(/receipt=&/, ''),
    parts: parts.map((part) => {
      const facts = receiptFacts(part, directory, publicUrl, language);
      return {
        receiptNumber: facts.receiptNumber,
        pages: part.pages ?? [],
        documentType: facts.documentType,
        teamName: facts.teamName,
        ...(facts.rejected ? { rejected: true } : {}),
      };
    }),
  };
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
  deps: Pick<ReceiptDeps, 'ledger' | 'logger' | 'clock' | 'claimLeaseMs' | 'sentMail'>,
  documentId: string,
  d: {
    delivery: ReceiptDelivery;
    language: ReceiptLanguage;
    /** Delivers; an e-mail returns its message id (kept, so a bounce report can find the document). */
    deliver: () => Promise<{ messageId?: string }> | Promise<void>;
    by?: string;
    patch?: Partial<NewDocument>;
  },
): Promise<DeliveryOutcome> {
  const { ledger } = deps;
  const key = receiptEffectKey(documentId);
  if (!(await ledger.claimEffect(key, deps.claimLeaseMs ?? CLAIM_LEASE_MS)))
    return (await ledger.getDocument(documentId))?.receipt?.sentAt ? 'already-sent' : 'claimed-elsewhere';
  if ((await ledger.getDocument(documentId))?.receipt?.sentAt) {
    await ledger.completeEffect(key); // recorded by a run whose claim lapsed after the send
    return 'already-sent';
  }
  const messageId = ((await d.deliver()) ?? undefined)?.messageId;
  const sentAt = deps.clock.now().toISOString();
  await ledger.update(
    documentId,
    { ...d.patch, receipt: { delivery: d.delivery, language: d.language, sentAt, ...(messageId ? { messageId } : {}) } },
    {
      type: d.delivery === 'print' ? 'receipt.printed' : 'receipt.sent',
      ...(d.by ? { actor: d.by } : {}),
      data: { delivery: d.delivery, language: d.language, ...(d.by ? { at: 'desk' } : {}) },
    },
  );
  await ledger.completeEffect(key);
  await indexSent(deps, messageId, [documentId]);
  deps.logger.info('receipt sent', { documentId, delivery: d.delivery, language: d.language, ...(d.by ? { by: d.by } : {}) });
  return 'delivered';
}

/**
 * Keeps which documents an e-mail was the receipt of, for its bounce report. After the ledger
 * record, which is the truth: a run that stops in between is repaired by the step's next delivery.
 */
async function indexSent(deps: Pick<ReceiptDeps, 'sentMail'>, messageId: string | undefined, documentIds: readonly string[]) {
  if (messageId && deps.sentMail) await deps.sentMail.record(messageId, documentIds);
}

/** The receipt of one document, or of a submitter's parts of a file listed in one receipt, in each of its languages. */
export function receiptContents(
  docs: DocumentRecord[],
  directory: Directory,
  publicUrl: string,
  language: ReceiptLanguage,
): ReceiptContent[] {
  const [first] = docs;
  if (!first) throw new Error('a receipt lists at least one document');
  return receiptLanguages(language).map((l) =>
    docs.length === 1
      ? receiptContent(receiptFacts(first, directory, publicUrl, l), l)
      : combinedReceiptContent(combinedReceiptFacts(docs, directory, publicUrl, l), l),
  );
}

/**
 * Posts a receipt as a letter, drawn as the receipt step draws every letter (same PDF, same letter
 * box): for a receipt that went out by e-mail and came back.
 */
export async function postReceiptLetter(
  deps: Pick<ReceiptDeps, 'letters' | 'clock' | 'fonts' | 'publicUrl'>,
  docs: DocumentRecord[],
  plan: ReceiptPlan,
  directory: Directory,
): Promise<void> {
  if (plan.delivery !== 'letter') throw new Error(`a letter needs a postal address (the plan is ${plan.delivery})`);
  const [first] = docs;
  if (!first) throw new Error('a receipt lists at least one document');
  await deliverContents(
    { ...deps, mailer: undefined },
    first,
    plan,
    receiptContents(docs, directory, deps.publicUrl, plan.language),
    directory,
  );
}

/** Renders the receipt (a letter when it is posted) and e-mails or posts it; an e-mail's message id is returned. */
async function deliverContents(
  deps: Pick<ReceiptDeps, 'letters' | 'clock' | 'fonts'> & { mailer: Mailer | undefined },
  doc: DocumentRecord,
  plan: ReceiptPlan,
  contents: ReceiptContent[],
  directory: Directory,
): Promise<{ messageId?: string }> {
  const orgName = directory.organisation.name;
  const letter = plan.delivery === 'letter' ? letterFacts(doc, plan, directory, deps.clock.now()) : undefined;
  const pdf = await renderReceiptPdf(contents, orgName, { fonts: await deps.fonts?.(), letter });
  if (plan.delivery === 'email') {
    if (!deps.mailer) throw new Error('an e-mail receipt needs a mailer');
    const sent = await deps.mailer.send(receiptMail(doc, plan.email as string, contents, orgName, pdf));
    return { messageId: sent.messageId };
  }
  await deps.letters.post({ documentId: doc.id, pdf, address: plan.address ?? null });
  return {};
}

/** The addressee and sender of a posted receipt: the client's name and address, the organisation's contact details. */
export function letterFacts(doc: DocumentRecord, plan: ReceiptPlan, directory: Directory, date: Date): LetterFacts {
  const org = directory.organisation;
  return {
    name: plan.name ?? '',
    address: plan.address ?? '',
    date,
    timeZone: org.timezone,
    receiptNumber: doc.receiptNumber ?? '',
    organisation: { name: org.name, address: org.address, phone: org.phone, website: org.website },
  };
}

/**
 * The receipt e-mail: plain text plus the receipt as a PDF, one Message-ID per document. Subject
 * and file name in the client's language (the first content), the text in that language and Dutch.
 */
export function receiptMail(
  doc: DocumentRecord,
  to: string,
  contents: ReceiptContent | readonly ReceiptContent[],
  orgName: string,
  pdf: Uint8Array,
): MailMessage {
  const all = Array.isArray(contents) ? contents : [contents as ReceiptContent];
  const first = all[0] as ReceiptContent;
  return {
    to,
    subject: first.subject,
    text: receiptPlainText(all, orgName),
    attachments: [{ filename: receiptFileName(first, doc.receiptNumber ?? doc.id), contentType: 'application/pdf', content: pdf }],
    idempotencyKey: receiptEffectKey(doc.id),
  };
}
