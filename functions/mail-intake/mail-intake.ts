import { createHash, randomUUID } from 'node:crypto';
import { bilingual } from '../../shared/domain/alert.ts';
import type { DocumentRecord } from '../../shared/domain/document.ts';
import { TransientError } from '../../shared/domain/errors.ts';
import {
  DEFAULT_MAIL_RULES,
  MALFORMED,
  type MailMessageRecord,
  type MailPlan,
  type MailRules,
  mailReply,
  type ParsedMail,
  planMail,
  type ReplyLanguage,
  type ReplyVerdict,
  replyAllowed,
  replyVerdict,
  tooLarge,
} from '../../shared/domain/mail-intake.ts';
import type { Alerter, Clock, DirectorySource, Ledger, Logger, Mailer, MailLog, ObjectStore } from '../../shared/ports.ts';

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
    maxBytes: number;
  }) => Promise<{ document: DocumentRecord }>;
  /** The effect the receipt step claims for a document (the receipt step's own key): this reply is that receipt. */
  receiptEffectKey: (documentId: string) => string;
  mailLog: MailLog;
  mailer: Mailer;
  directory: DirectorySource;
  /** Reads a whole message; any error means it is not a readable message. */
  parse: (bytes: Uint8Array) => Promise<ParsedMail>;
  settings: MailIntakeSettings;
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
  const fingerprint = createHash('sha256').update(input.bytes).digest('hex');

  // 1. Stored and recorded before anything else.
  const stored = await objects.putOriginal(input.bytes, 'message/rfc822');
  const { created, message: recorded } = await mailLog.record({
    id: randomUUID(),
    fingerprint,
    objectKey: stored.key,
    byteSize: input.bytes.byteLength,
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
  const oversized = input.bytes.byteLength > settings.maxMessageBytes;
  try {
    // An oversized message: only its header, for whom to answer (its parts are never read).
    parsed = await deps.parse(oversized ? headerOf(input.bytes) : input.bytes);
  } catch {
    rejected = MALFORMED;
  }
  if (oversized) rejected = tooLarge(input.bytes.byteLength, settings.maxMessageBytes);
  else if (parsed) {
    plan = planMail(parsed, settings.rules ?? DEFAULT_MAIL_RULES);
    rejected = plan.rejected;
  }
  const verdict: ReplyVerdict = parsed
    ? replyVerdict(parsed, (settings.rules ?? DEFAULT_MAIL_RULES).ownAddresses)
    : { reply: false, why: 'unreadable' };
  const sender = parsed ? (parsed.replyTo ?? parsed.from) : null;

  const documents: DocumentRecord[] = [];
  if (rejected || !plan) {
    await mailLog.update(message.id, { status: 'rejected', rejectCode: rejected?.code ?? MALFORMED.code, sender });
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
    for (const part of plan.documents) {
      const result = await deps.takeInFile({
        bytes: part.bytes,
        filename: part.filename,
        channel: 'email',
        source: `mail:${message.id}`,
        intakeKey: `mail:sha256:${fingerprint}:${part.index}`,
        receivedAt: new Date(message.receivedAt),
        receiptEmail: verdict.reply ? verdict.to : null,
        maxBytes: settings.maxFileBytes,
      });
      documents.push(result.document);
    }
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
  await reply(deps, message, documents, verdict, plan, rejected);
  return { message: (await mailLog.get(message.id)) ?? message, documents };
}

async function reply(
  deps: MailIntakeDeps,
  message: MailMessageRecord,
  documents: DocumentRecord[],
  verdict: ReplyVerdict,
  plan: MailPlan | null,
  rejected: MailPlan['rejected'],
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

  const directory = await deps.directory.load();
  const client = directory.clients.find((c) => c.email?.toLowerCase() === verdict.to);
  const clientLanguage = client?.language?.toLowerCase().split(/[-_]/)[0];
  const language: ReplyLanguage | null = clientLanguage === 'nl' || clientLanguage === 'en' ? clientLanguage : null;
  const received = new Date(message.receivedAt);
  const at = (locale: string) =>
    new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: directory.organisation.timezone }).format(received);
  const content = mailReply(
    {
      organisationName: directory.organisation.name,
      receivedAt: { nl: at('nl-NL'), en: at('en-GB') },
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
      { receipt: { delivery: 'email', language: language ?? 'nl', sentAt } },
      { type: 'receipt.sent', data: { delivery: 'email', language: language ?? 'nl', mailMessageId: message.id } },
      (current) => !current.receipt?.sentAt,
    );
    await ledger.completeEffect(deps.receiptEffectKey(doc.id));
  }
  await mailLog.update(message.id, { reply: { state: 'sent', to: verdict.to, at: sentAt, messageId: sent.messageId } });
  await ledger.completeEffect(key);
  logger.info('mail reply sent', { mailMessageId: message.id, documents: documents.length, transport: sent.transport });
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
