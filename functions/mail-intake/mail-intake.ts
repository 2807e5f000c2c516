import { createHash, randomUUID } from 'node:crypto';
import { bilingual } from '../../shared/domain/alert.ts';
import type { Directory } from '../../shared/domain/directory.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import {
  DEFAULT_MAIL_RULES,
  MALFORMED,
  type MailBody,
  type MailMessageRecord,
  type MailPlan,
  type MailRules,
  mailReply,
  type ParsedMail,
  planMail,
  type ReplyVerdict,
  replyAllowed,
  replyLanguage,
  replyVerdict,
  scanVerdict,
  senderEvidence,
  tooLarge,
} from '../../shared/domain/mail-intake.ts';
import type { Alerter, Clock, DirectorySource, Ledger, Logger, Mailer, MailLog, ObjectStore, SentMailIndex } from '../../shared/ports.ts';

/**
 * Post by e-mail: one message from a mailbox (or SES) becomes documents, with the same guarantees
 * as a scan. In this order, so that a crash anywhere loses nothing and a retry repeats nothing:
 * 1. the whole message is stored (content-addressed) and recorded in the mail log; only after this
 *    returns may the mailbox adapter move it out of the inbox;
 * 2. each attachment that is a document is taken in like a scan, with an intake key made of the
 *    message's SHA-256 and the part's index (a retry gets the same documents, never a second set);
 * 3. one reply lists every document with its receipt number and every refused attachment with what
 *    to send instead, sent at most once (a claimed effect; the Message-ID derives from the message),
 *    never to an automatic sender (RFC 3834), at most `replyLimit.max` per sender per window. The
 *    documents it lists count as receipted, so the pipeline's receipt step does not send another.
 * A message refused whole (too large, damaged, too many attachments, nothing usable) is recorded,
 * alerted and answered the same way; it makes no document.
 */
export interface MailIntakeDeps {
  intake: { ledger: Ledger; objects: ObjectStore; alerter: Alerter; clock: Clock; logger: Logger };
  /** Takes one attachment in as a document, like a scan (the intake step, wired by the runtime). */
  takeInFile: (input: {
    bytes: Uint8Array;
    filename: string;
    channel: 'email';
    source: string;
    intakeKey: string;
    receivedAt: Date;
    receiptEmail: string | null;
    senderEmail: string | null;
    maxBytes: number;
  }) => Promise<{ document: DocumentRecord }>;
  /** A message's own words as a PDF with a text layer (`renderMailBodyPdf` with its fonts). */
  renderBody: (body: MailBody, header: { from: string | null; receivedAt: string }) => Promise<Uint8Array>;
  /** The effect the receipt step claims for a document (the receipt step's own key): this reply is that receipt. */
  receiptEffectKey: (documentId: string) => string;
  mailLog: MailLog;
  mailer: Mailer;
  directory: DirectorySource;
  /** Reads a whole message; any error means it is not a readable message. */
  parse: (bytes: Uint8Array) => Promise<ParsedMail>;
  settings: MailIntakeSettings;
  /** Where the reply's message id is kept for its bounce report, as the receipt step keeps its own (AWS). */
  sentMail?: SentMailIndex;
}

export interface MailIntakeSettings {
  /** A message over this size is refused whole, unread (stored all the same). */
  maxMessageBytes: number;
  /** Per attachment, as for any file. */
  maxFileBytes: number;
  rules?: MailRules;
  replyLimit: { max: number; windowMs: number };
  /** The address clients check a receipt number at. */
  publicUrl: string;
  /** How long a claim on the reply holds before a crashed run's claim lapses. */
  claimLeaseMs?: number;
}

export interface MailIntakeInput {
  bytes: Uint8Array;
  /**
   * The whole message's size when `bytes` holds only its header: a message over the limit is never
   * fetched whole (the mailbox or bucket keeps it); its header says whom to answer.
   */
  byteSize?: number;
  /** Where the message came from, e.g. `imap:INBOX`. */
  source: string;
  receivedAt?: Date;
}

export interface MailIntakeResult {
  message: MailMessageRecord;
  documents: DocumentRecord[];
}

const CLAIM_LEASE_MS = 10 * 60_000;

export async function takeInMail(deps: MailIntakeDeps, input: MailIntakeInput): Promise<MailIntakeResult> {
  const { mailLog, settings } = deps;
  const { objects, clock, logger } = deps.intake;
  const byteSize = Math.max(input.byteSize ?? 0, input.bytes.byteLength);
  const headerOnly = byteSize > input.bytes.byteLength;
  // A header alone is no message: its size goes into the fingerprint so it never equals a whole one.
  const fingerprint = createHash('sha256')
    .update(input.bytes)
    .update(headerOnly ? `\0size:${byteSize}` : '')
    .digest('hex');

  // 1. Stored and recorded before anything else.
  const stored = await objects.putOriginal(input.bytes, 'message/rfc822');
  const { created, message: recorded } = await mailLog.record({
    id: randomUUID(),
    fingerprint,
    objectKey: stored.key,
    byteSize,
    receivedAt: (input.receivedAt ?? clock.now()).toISOString(),
    source: input.source,
    sender: null,
    status: 'received',
    rejectCode: null,
    documentIds: [],
    refused: [],
    ignored: 0,
    reply: null,
  });
  if (created) logger.info('mail recorded', { mailMessageId: recorded.id, byteSize: recorded.byteSize });
  let message = recorded;
  if (message.reply) return { message, documents: await documentsOf(deps, message) }; // handled before: nothing to repeat

  // 2. What the message holds.
  let parsed: ParsedMail | null = null;
  let rejected: MailPlan['rejected'] = null;
  let plan: MailPlan | null = null;
  const oversized = headerOnly || byteSize > settings.maxMessageBytes;
  try {
    // An oversized message: only its header, for whom to answer (its parts are never read).
    parsed = await deps.parse(oversized ? headerOf(input.bytes) : input.bytes);
  } catch {
    rejected = MALFORMED;
  }
  // The receiving service's scan counts only for mail it received (`ses`): anyone can write the header.
  const scanned = parsed && input.source === 'ses' ? scanVerdict(parsed) : null;
  if (oversized) rejected = tooLarge(byteSize, settings.maxMessageBytes);
  else if (scanned) rejected = scanned;
  else if (parsed) {
    plan = planMail(parsed, settings.rules ?? DEFAULT_MAIL_RULES);
    rejected = plan.rejected;
  }
  const verdict: ReplyVerdict = scanned
    ? { reply: false, why: scanned.code === 'mail.virus' ? 'virus' : 'spam' }
    : parsed
      ? replyVerdict(parsed, (settings.rules ?? DEFAULT_MAIL_RULES).ownAddresses)
      : { reply: false, why: 'unreadable' };
  const sender = parsed ? (parsed.replyTo ?? parsed.from) : null;
  const directory = await deps.directory.load();
  const evidence = parsed ? senderEvidence(parsed, oursIn(directory, (settings.rules ?? DEFAULT_MAIL_RULES).ownAddresses)) : null;

  const documents: DocumentRecord[] = [];
  if (rejected || !plan) {
    await mailLog.update(message.id, { status: 'rejected', rejectCode: rejected?.code ?? MALFORMED.code, sender });
    // Spam is counted and kept (the operations page lists it), not alerted: it would drown the rest.
    if (rejected?.code !== 'mail.spam')
      await deps.intake.alerter.raise({
        kind: 'rejected',
        key: `mail-rejected:${message.id}`,
        ...bilingual(
          `Afgewezen: e-mail ${message.id.slice(0, 8)} is niet aangenomen (${rejected?.code}). Het bericht is bewaard.`,
          `Rejected: e-mail ${message.id.slice(0, 8)} was not taken in (${rejected?.code}). The message is kept.`,
          { mailMessageId: message.id, reason: rejected?.code },
        ),
        dueSince: message.receivedAt,
      });
    logger.warn('mail rejected', { mailMessageId: message.id, reason: rejected?.code });
  } else {
    const takeIn = async (bytes: Uint8Array, filename: string, key: string) =>
      (
        await deps.takeInFile({
          bytes,
          filename,
          channel: 'email',
          source: `mail:${message.id}`,
          intakeKey: `mail:sha256:${fingerprint}:${key}`,
          receivedAt: new Date(message.receivedAt),
          receiptEmail: verdict.reply ? verdict.to : null,
          senderEmail: evidence,
          maxBytes: settings.maxFileBytes,
        })
      ).document;
    // What the sender wrote, when it is a document itself: first, as the letter the attachments go with.
    if (plan.body) {
      const at = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: directory.organisation.timezone });
      const pdf = await deps.renderBody(plan.body, { from: evidence ?? sender, receivedAt: at.format(new Date(message.receivedAt)) });
      documents.push(await takeIn(pdf, BODY_FILENAME, 'body'));
    }
    for (const part of plan.documents) documents.push(await takeIn(part.bytes, part.filename, String(part.index)));
    await mailLog.update(message.id, {
      status: 'taken-in',
      sender,
      documentIds: documents.map((d) => d.id),
      refused: plan.refused.map((r) => ({ filename: r.filename, code: r.code })),
      ignored: plan.ignored,
    });
    if (plan.refused.length)
      await deps.intake.alerter.raise({
        kind: 'rejected',
        key: `mail-refused:${message.id}`,
        ...bilingual(
          `E-mail ${message.id.slice(0, 8)}: ${plan.refused.length} bijlage(n) geweigerd (${plan.refused.map((r) => r.code).join(', ')}).`,
          `E-mail ${message.id.slice(0, 8)}: ${plan.refused.length} attachment(s) refused (${plan.refused.map((r) => r.code).join(', ')}).`,
          { mailMessageId: message.id, codes: plan.refused.map((r) => r.code) },
        ),
        dueSince: message.receivedAt,
      });
    logger.info('mail taken in', {
      mailMessageId: message.id,
      documents: documents.length,
      refused: plan.refused.length,
      ignored: plan.ignored,
      unwrapped: parsed?.unwrapped ?? 0,
    });
  }
  message = (await mailLog.get(message.id)) ?? message;

  // 3. One reply.
  await reply(deps, message, documents, { verdict, plan, rejected, parsed, evidence, directory });
  return { message: (await mailLog.get(message.id)) ?? message, documents };
}

/** What the intake of a message found, as the reply needs it (the directory as loaded for it). */
interface ReplyInput {
  verdict: ReplyVerdict;
  plan: MailPlan | null;
  rejected: MailPlan['rejected'];
  parsed: ParsedMail | null;
  evidence: string | null;
  directory: Directory;
}

async function reply(
  deps: MailIntakeDeps,
  message: MailMessageRecord,
  documents: DocumentRecord[],
  { verdict, plan, rejected, parsed, evidence, directory }: ReplyInput,
) {
  const { mailLog, settings } = deps;
  const { ledger, clock, logger } = deps.intake;
  const now = clock.now();
  const notSent = async (why: string) => {
    await mailLog.update(message.id, { reply: { state: 'not-sent', why, at: now.toISOString() } });
    logger.info('mail reply not sent', { mailMessageId: message.id, why });
  };
  if (!verdict.reply) return notSent(verdict.why);
  const since = new Date(now.getTime() - settings.replyLimit.windowMs).toISOString();
  if (!replyAllowed(await mailLog.countRepliesSince(verdict.to, since), settings.replyLimit.max)) return notSent('rate-limited');

  const lease = settings.claimLeaseMs ?? CLAIM_LEASE_MS;
  const key = `mail-reply:${message.id}`;
  if (!(await ledger.claimEffect(key, lease)))
    throw new TransientError('mail.reply-claimed', `the reply to mail message ${message.id} is being sent by another run`);
  // Hold off the pipeline's own receipt of each document: this reply is that receipt.
  const held: DocumentRecord[] = [];
  for (const doc of documents) {
    if (doc.status === 'duplicate') continue;
    if (await ledger.claimEffect(deps.receiptEffectKey(doc.id), lease)) held.push(doc);
  }

  const client = directory.clients.find((c) => {
    const email = c.email?.toLowerCase();
    return email !== undefined && (email === verdict.to || email === evidence);
  });
  const language = replyLanguage(client?.language, parsed);
  const content = mailReply(
    {
      organisationName: directory.organisation.name,
      receivedAt: new Date(message.receivedAt),
      timeZone: directory.organisation.timezone,
      documents: documents.map((d) => ({
        filename: d.filename,
        receiptNumber: d.receiptNumber ?? '',
        rejected: d.status === 'rejected' ? { en: d.rejectReason ?? '', nl: d.rejectReasonNl ?? d.rejectReason ?? '' } : null,
      })),
      refused: (plan?.refused ?? []).map((r) => ({ filename: r.filename, reason: r.reason })),
      rejected: rejected?.reason ?? null,
      checkUrl: `${settings.publicUrl.replace(/\/$/, '')}/check`,
    },
    language,
  );
  const sent = await deps.mailer.send({ to: verdict.to, ...content, idempotencyKey: key });
  const sentAt = clock.now().toISOString();
  for (const doc of held) {
    await ledger.update(
      doc.id,
      { receipt: { delivery: 'email', language: language ?? 'nl', sentAt, messageId: sent.messageId } },
      { type: 'receipt.sent', data: { delivery: 'email', language: language ?? 'nl', mailMessageId: message.id } },
      (current) => !current.receipt?.sentAt,
    );
    await ledger.completeEffect(deps.receiptEffectKey(doc.id));
  }
  // The documents this reply was the receipt of: a bounce of it sends each one's receipt by post.
  if (held.length)
    await deps.sentMail?.record(
      sent.messageId,
      held.map((d) => d.id),
    );
  await mailLog.update(message.id, { reply: { state: 'sent', to: verdict.to, at: sentAt, messageId: sent.messageId } });
  await ledger.completeEffect(key);
  logger.info('mail reply sent', { mailMessageId: message.id, documents: documents.length, transport: sent.transport });
}

/** The file name of the document made of a message's own words. */
export const BODY_FILENAME = 'e-mailtekst.pdf';

/**
 * Whether an address is the organisation's own: one we send or read from, one at the same domain
 * (a colleague), or a consultant's in the directory. Mail from it is a colleague forwarding, not
 * a client writing.
 */
function oursIn(directory: Directory, ownAddresses: readonly string[]): (address: string) => boolean {
  const own = new Set(ownAddresses.map((a) => a.toLowerCase()));
  const domains = new Set([...own].map((a) => a.split('@')[1]).filter(Boolean));
  for (const c of directory.consultants) if (c.email) own.add(c.email.toLowerCase());
  return (address) => own.has(address) || domains.has(address.split('@')[1]);
}

/** The header block of a message (up to the first empty line, at most 256 KiB). */
function headerOf(bytes: Uint8Array): Uint8Array {
  const limit = Math.min(bytes.byteLength, 256 * 1024);
  for (let i = 0; i + 3 < limit; i++)
    if (bytes[i] === 13 && bytes[i + 1] === 10 && bytes[i + 2] === 13 && bytes[i + 3] === 10) return bytes.subarray(0, i + 4);
  return bytes.subarray(0, limit);
}

async function documentsOf(deps: MailIntakeDeps, message: MailMessageRecord): Promise<DocumentRecord[]> {
  const docs = await Promise.all(message.documentIds.map((id) => deps.intake.ledger.getDocument(id)));
  return docs.filter((d): d is DocumentRecord => d !== undefined);
}
