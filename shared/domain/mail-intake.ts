import { sniffMediaType } from './sniff.ts';

/**
 * Post by e-mail, the rules: which parts of a message become documents, which are ignored (a logo,
 * a signature, a small inline image) and which are refused (and why, in words a client can act
 * on); whether the message is refused whole; and whether it may be answered at all (RFC 3834: never
 * an auto-reply, a bounce, a mailing list or a no-reply sender). Pure; parsing is the adapter's.
 */

/** One attachment or inline part of a message, forwarded messages already unwrapped. */
export interface MailPart {
  filename: string | null;
  contentType: string;
  /** Shown inside the body (`Content-Disposition: inline` or referenced by a `cid:`). */
  inline: boolean;
  bytes: Uint8Array;
}

/** A parsed message, as the rules need it. Header names in lower case. */
export interface ParsedMail {
  headers: ReadonlyMap<string, string>;
  /** The bare address of From (lower case), or null. */
  from: string | null;
  /** The bare address of Reply-To (lower case), or null. */
  replyTo: string | null;
  subject: string;
  /** The plain-text body (or text made from the HTML one). */
  text: string;
  parts: MailPart[];
  /** Messages attached or forwarded inside it that were unwrapped into `parts`. */
  unwrapped: number;
}

export interface MailRules {
  /** Inline images under this many bytes are logos and signatures: ignored. */
  inlineImageMinBytes: number;
  /** Any image under this many bytes (an icon, a tracking pixel): ignored. */
  imageMinBytes: number;
  /** More document parts than this: the message is refused whole (thousands of tiny attachments). */
  maxDocuments: number;
  /** Our own addresses: never answered (no loops). */
  ownAddresses: readonly string[];
}

export const DEFAULT_MAIL_RULES: MailRules = {
  inlineImageMinBytes: 30 * 1024,
  imageMinBytes: 4 * 1024,
  maxDocuments: 20,
  ownAddresses: [],
};

export interface DocumentPart {
  /** Index of the part in the message (stable: the intake key is built from it). */
  index: number;
  filename: string;
  bytes: Uint8Array;
}

export interface RefusedPart {
  index: number;
  filename: string;
  /** Stable code, e.g. `sniff.office`, `mail.encrypted`. */
  code: string;
  reason: { en: string; nl: string };
}

export type MailRejectCode = 'mail.too-large' | 'mail.malformed' | 'mail.too-many-parts' | 'mail.nothing-to-take-in';

export interface MailPlan {
  documents: DocumentPart[];
  refused: RefusedPart[];
  /** Parts left out on purpose (logos, signatures, small inline images, the signature file). */
  ignored: number;
  /** The message as a whole cannot be taken in: why (no document is made of it). */
  rejected: { code: MailRejectCode; reason: { en: string; nl: string } } | null;
}

const SIGNATURE_TYPES = /^(application\/(pkcs7-signature|x-pkcs7-signature|pgp-signature|pgp-keys)|text\/(x-)?vcard|text\/calendar)$/i;
const SIGNATURE_NAMES = /\.(p7s|asc|sig|vcf|ics)$/i;

/** Which parts of a message become documents, which are ignored, which are refused. */
export function planMail(mail: ParsedMail, rules: MailRules = DEFAULT_MAIL_RULES): MailPlan {
  const documents: DocumentPart[] = [];
  const refused: RefusedPart[] = [];
  let ignored = 0;
  mail.parts.forEach((part, index) => {
    const filename = part.filename?.trim() || `bijlage-${index + 1}`;
    if (SIGNATURE_TYPES.test(part.contentType) || SIGNATURE_NAMES.test(filename)) {
      ignored++;
      return;
    }
    const sniffed = sniffMediaType(part.bytes, filename);
    const image = sniffed.mediaType?.startsWith('image/') ?? false;
    if (image && (part.bytes.byteLength < rules.imageMinBytes || (part.inline && part.bytes.byteLength < rules.inlineImageMinBytes))) {
      ignored++;
      return;
    }
    if (sniffed.mediaType === 'application/pdf' && pdfIsEncrypted(part.bytes)) {
      refused.push({ index, filename, code: 'mail.encrypted', reason: ENCRYPTED });
      return;
    }
    if (!sniffed.supported && sniffed.code && sniffed.code !== 'sniff.heic') {
      // HEIC is taken in: intake records it and says how to send it readable, with a receipt number.
      refused.push({
        index,
        filename,
        code: sniffed.code,
        reason: { en: sniffed.reason ?? UNSUPPORTED.en, nl: sniffed.reasonNl ?? UNSUPPORTED.nl },
      });
      return;
    }
    if (!sniffed.supported && sniffed.code !== 'sniff.heic') {
      refused.push({ index, filename, code: 'mail.unsupported', reason: UNSUPPORTED });
      return;
    }
    documents.push({ index, filename, bytes: part.bytes });
  });
  if (documents.length > rules.maxDocuments)
    return {
      documents: [],
      refused: [],
      ignored,
      rejected: {
        code: 'mail.too-many-parts',
        reason: {
          en: `The e-mail has ${documents.length} attachments; we take in at most ${rules.maxDocuments} per e-mail. Send them in several e-mails, or as one PDF.`,
          nl: `De e-mail heeft ${documents.length} bijlagen; wij nemen er per e-mail hoogstens ${rules.maxDocuments} aan. Stuur ze in meerdere e-mails, of als één PDF.`,
        },
      },
    };
  if (documents.length === 0 && refused.length === 0)
    return { documents, refused, ignored, rejected: { code: 'mail.nothing-to-take-in', reason: NOTHING } };
  return { documents, refused, ignored, rejected: null };
}

/** A message over the size limit: refused whole, never parsed. */
export function tooLarge(byteSize: number, maxBytes: number): MailPlan['rejected'] {
  const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
  return {
    code: 'mail.too-large',
    reason: {
      en: `The e-mail is too large (${mb(byteSize)} MB; the limit is ${mb(maxBytes)} MB). Send the documents in several e-mails.`,
      nl: `De e-mail is te groot (${String(mb(byteSize)).replace('.', ',')} MB; de grens is ${String(mb(maxBytes)).replace('.', ',')} MB). Stuur de documenten in meerdere e-mails.`,
    },
  };
}

export const MALFORMED: NonNullable<MailPlan['rejected']> = {
  code: 'mail.malformed',
  reason: {
    en: 'The e-mail could not be read (it is damaged). Send it again, with the documents as PDF or JPEG attachments.',
    nl: 'De e-mail kon niet worden gelezen (hij is beschadigd). Stuur hem opnieuw, met de documenten als bijlage in PDF of JPEG.',
  },
};

const ENCRYPTED = {
  en: 'The PDF is protected with a password, so we cannot open it. Send it again without a password.',
  nl: 'De PDF is beveiligd met een wachtwoord, daardoor kunnen wij hem niet openen. Stuur hem opnieuw zonder wachtwoord.',
};
const UNSUPPORTED = {
  en: 'We cannot use this type of file. Send the document as PDF or as a photo (JPEG, PNG).',
  nl: 'Dit soort bestand kunnen wij niet gebruiken. Stuur het document als PDF of als foto (JPEG, PNG).',
};
const NOTHING = {
  en: 'The e-mail has no attachment we could take in. Attach the documents as PDF or as photos (JPEG, PNG).',
  nl: 'In de e-mail zat geen bijlage die wij konden aannemen. Stuur de documenten als bijlage, als PDF of als foto (JPEG, PNG).',
};

/** An encrypted PDF names its security handler in the trailer (`/Encrypt`). */
function pdfIsEncrypted(bytes: Uint8Array): boolean {
  return /\/Encrypt[\s/]/.test(new TextDecoder('latin1').decode(bytes));
}

const NO_REPLY_LOCAL = /^(no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|postmaster|bounces?|notifications?)([+-].*)?$/i;

export type ReplyVerdict = { reply: true; to: string } | { reply: false; why: string };

/**
 * Whether the message may be answered, and to whom (Reply-To before From). RFC 3834 §2: no answer
 * to an automatic message, a list, a bounce (empty return path), a no-reply sender or ourselves.
 */
export function replyVerdict(mail: ParsedMail, ownAddresses: readonly string[]): ReplyVerdict {
  const h = (name: string) => mail.headers.get(name)?.trim().toLowerCase();
  const auto = h('auto-submitted');
  if (auto && auto !== 'no') return { reply: false, why: 'auto-submitted' };
  if (/^(bulk|list|junk)$/.test(h('precedence') ?? '')) return { reply: false, why: 'precedence' };
  if ([...mail.headers.keys()].some((k) => k.startsWith('list-'))) return { reply: false, why: 'mailing-list' };
  if (/\b(all|autoreply|oof)\b/.test(h('x-auto-response-suppress') ?? '')) return { reply: false, why: 'auto-response-suppress' };
  const returnPath = h('return-path');
  if (returnPath !== undefined && /^<?\s*>?$/.test(returnPath)) return { reply: false, why: 'bounce' };
  if (/multipart\/report/.test(h('content-type') ?? '')) return { reply: false, why: 'bounce' };
  const to = mail.replyTo ?? mail.from;
  if (!to || !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(to)) return { reply: false, why: 'no-sender' };
  for (const address of [to, mail.from]) {
    if (!address) continue;
    if (NO_REPLY_LOCAL.test(address.split('@')[0] ?? '')) return { reply: false, why: 'no-reply-sender' };
    if (ownAddresses.some((own) => own.toLowerCase() === address)) return { reply: false, why: 'own-address' };
  }
  return { reply: true, to };
}

/** At most `max` replies to one address in any `windowMs`: a looping or flooding sender gets no more. */
export function replyAllowed(repliesInWindow: number, max: number): boolean {
  return repliesInWindow < max;
}

export type ReplyLanguage = 'nl' | 'en';

export interface ReplyFacts {
  organisationName: string;
  /** Received, as the client reads it (organisation's time zone), e.g. `7 december 2026 14:05`. */
  receivedAt: { nl: string; en: string };
  documents: { filename: string; receiptNumber: string; rejected: { en: string; nl: string } | null }[];
  refused: { filename: string; reason: { en: string; nl: string } }[];
  rejected: { en: string; nl: string } | null;
  /** Where a receipt number can be checked. */
  checkUrl: string;
}

/**
 * The one reply to a message: every document with its receipt number, every refused attachment
 * with what to do instead. In the client's language; Dutch first with English below when unknown.
 */
export function mailReply(facts: ReplyFacts, language: ReplyLanguage | null): { subject: string; text: string } {
  const langs: ReplyLanguage[] = language === 'en' ? ['en'] : language === 'nl' ? ['nl'] : ['nl', 'en'];
  const text = langs.map((l) => replyText(facts, l)).join('\n\n----------\n\n');
  const first = langs[0] ?? 'nl';
  const n = facts.documents.length;
  const subject =
    first === 'nl'
      ? facts.rejected
        ? `Uw e-mail aan ${facts.organisationName} is niet aangenomen`
        : `Ontvangstbevestiging: ${n} ${n === 1 ? 'document' : 'documenten'} ontvangen`
      : facts.rejected
        ? `Your e-mail to ${facts.organisationName} was not taken in`
        : `Receipt: ${n} ${n === 1 ? 'document' : 'documents'} received`;
  return { subject, text };
}

function replyText(f: ReplyFacts, l: ReplyLanguage): string {
  const lines: string[] = [];
  if (l === 'nl') {
    lines.push('Beste afzender,', '');
    if (f.rejected) lines.push(`Wij hebben uw e-mail van ${f.receivedAt.nl} ontvangen, maar konden hem niet aannemen.`, f.rejected.nl);
    else {
      lines.push(`Wij hebben uw e-mail van ${f.receivedAt.nl} ontvangen. Deze documenten zijn aangenomen:`, '');
      for (const d of f.documents) {
        lines.push(`- ${d.filename}: ontvangstnummer ${d.receiptNumber}`);
        if (d.rejected) lines.push(`  Let op: ${d.rejected.nl}`);
      }
      lines.push('', 'Bewaar de ontvangstnummers: daarmee kunt u altijd laten zien dat u de documenten heeft gestuurd.');
      lines.push(`Controleren kan op ${f.checkUrl}`);
    }
    if (f.refused.length) {
      lines.push('', 'Deze bijlagen konden wij niet aannemen:');
      for (const r of f.refused) lines.push(`- ${r.filename}: ${r.reason.nl}`);
    }
    lines.push('', 'Met vriendelijke groet,', f.organisationName, '', 'Dit is een automatisch bericht.');
  } else {
    lines.push('Dear sender,', '');
    if (f.rejected) lines.push(`We received your e-mail of ${f.receivedAt.en}, but could not take it in.`, f.rejected.en);
    else {
      lines.push(`We received your e-mail of ${f.receivedAt.en}. These documents were taken in:`, '');
      for (const d of f.documents) {
        lines.push(`- ${d.filename}: receipt number ${d.receiptNumber}`);
        if (d.rejected) lines.push(`  Note: ${d.rejected.en}`);
      }
      lines.push('', 'Keep the receipt numbers: with them you can always show that you sent the documents.');
      lines.push(`You can check them at ${f.checkUrl}`);
    }
    if (f.refused.length) {
      lines.push('', 'We could not take in these attachments:');
      for (const r of f.refused) lines.push(`- ${r.filename}: ${r.reason.en}`);
    }
    lines.push('', 'Kind regards,', f.organisationName, '', 'This is an automatic message.');
  }
  return lines.join('\n');
}

/** What happened to the reply of a message. */
export type ReplyState = { state: 'sent'; to: string; at: string; messageId: string } | { state: 'not-sent'; why: string; at: string };

/**
 * A message taken from a mailbox, recorded before anything is done with it: its whole original
 * (content-addressed, the same bytes again are the same record) and what came of it.
 */
export interface MailMessageRecord {
  id: string;
  /** SHA-256 of the whole message as fetched. */
  fingerprint: string;
  /** The `.eml` in the object store (empty while it could not be stored). */
  objectKey: string;
  byteSize: number;
  receivedAt: string;
  /** Where it came from (`imap:<folder>`, `ses`). */
  source: string;
  /** The address a reply goes to / the sender evidence (lower case); null when none could be read. */
  sender: string | null;
  /** `received`: recorded, not yet handled; `taken-in`: its documents exist; `rejected`: refused whole. */
  status: 'received' | 'taken-in' | 'rejected';
  rejectCode: string | null;
  /** Documents made from it, in the order of the message's parts. */
  documentIds: string[];
  refused: { filename: string; code: string }[];
  ignored: number;
  reply: ReplyState | null;
}
