import { detectLanguage } from './language.ts';
import { isReceiptLanguage, type ReceiptLanguage, receiptWhen } from './receipt-text.ts';
import { addPeriod, type RetentionPeriod } from './retention-period.ts';
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
  /**
   * Who wrote a message forwarded inside this one (lower case): the From of the first attached
   * message, or of a forwarded-message block in the text ("Van: … <a@b>"); null when none.
   */
  forwardedFrom: string | null;
  /** The text of each message attached or forwarded inside it (a colleague forwarding an objection). */
  forwardedTexts: string[];
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

export type MailRejectCode =
  | 'mail.too-large'
  | 'mail.malformed'
  | 'mail.too-many-parts'
  | 'mail.nothing-to-take-in'
  | 'mail.virus'
  | 'mail.spam';

export interface MailPlan {
  documents: DocumentPart[];
  refused: RefusedPart[];
  /** Parts left out on purpose (logos, signatures, small inline images, the signature file). */
  ignored: number;
  /** The message as a whole cannot be taken in: why (no document is made of it). */
  rejected: { code: MailRejectCode; reason: { en: string; nl: string } } | null;
  /** The text the sender wrote, when it is a document itself (a written objection, a change told in words). */
  body: MailBody | null;
}

export interface MailBody {
  subject: string;
  /** The written text: quoted earlier mail, signatures and device footers left out. */
  text: string;
}

/**
 * Words of written content a body needs to be a document of its own: next to attachments it is
 * mostly a covering note ("hierbij mijn loonstroken"), so it must say more; alone, a few lines
 * ("ik werk vanaf 1 december 20 uur bij …") are the message.
 */
export const BODY_MIN_WORDS = { withAttachments: 40, alone: 8 } as const;

const QUOTE_HEADER = /^(op .+ (schreef|heeft .+ geschreven)|on .+ wrote|am .+ schrieb)\b.*:?\s*$/i;
const DEVICE_FOOTER = /^(verzonden (vanaf|met|vanuit) |sent from |gesendet von |outlook voor |get outlook for )/i;
const GREETING =
  /^(beste|geachte|hallo|hoi|goedemorgen|goedemiddag|dear|hello|hi|met vriendelijke groet(en)?|vriendelijke groet(en)?|groet(en|jes)?|mvg|kind regards|regards|best regards|thanks|bedankt|alvast bedankt)\b[^.!?]{0,40}[,.!]?$/i;

/**
 * What the sender wrote, as the body's document would hold it: lines quoted from earlier mail
 * ("> …", and everything under "Op … schreef …:"), the signature after "-- ", device footers.
 */
export function writtenText(text: string): string {
  const kept: string[] = [];
  for (const raw of text.replace(/\r\n?/g, '\n').split('\n')) {
    const line = raw.trimEnd();
    if (line === '--' || line === '-- ' || QUOTE_HEADER.test(line.trim())) break;
    if (line.trimStart().startsWith('>') || DEVICE_FOOTER.test(line.trim())) continue;
    kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Words of content: greetings and closings, and single letters, do not count. */
function contentWords(text: string): number {
  let words = 0;
  for (const line of text.split('\n')) {
    if (GREETING.test(line.trim())) continue;
    words += line.match(/\p{L}[\p{L}\p{M}'’-]+/gu)?.length ?? 0;
  }
  return words;
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
    if (ENCRYPTED_MAIL_TYPES.test(part.contentType) || /\.p7m$/i.test(filename)) {
      refused.push({ index, filename, code: 'mail.encrypted-message', reason: ENCRYPTED_MESSAGE });
      return;
    }
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
      body: null,
    };
  const written = [mail.text, ...mail.forwardedTexts].map(writtenText).filter(Boolean).join('\n\n');
  const enough = documents.length + refused.length > 0 ? BODY_MIN_WORDS.withAttachments : BODY_MIN_WORDS.alone;
  const body = contentWords(written) >= enough ? { subject: mail.subject.trim(), text: written } : null;
  if (documents.length === 0 && refused.length === 0 && !body)
    return { documents, refused, ignored, rejected: { code: 'mail.nothing-to-take-in', reason: NOTHING }, body: null };
  return { documents, refused, ignored, rejected: null, body };
}

/**
 * What the receiving service found when it scanned the message (SES receiving adds
 * `X-SES-Virus-Verdict` and `X-SES-Spam-Verdict` when scanning is on): a virus or spam is refused
 * whole and never answered (its sender is most likely forged: an answer would be backscatter).
 * Only for mail from that service: anyone can write such a header into a message.
 */
export function scanVerdict(mail: ParsedMail): NonNullable<MailPlan['rejected']> | null {
  const failed = (name: string) => mail.headers.get(name)?.trim().toUpperCase() === 'FAIL';
  if (failed('x-ses-virus-verdict'))
    return {
      code: 'mail.virus',
      reason: { en: 'The e-mail carried a virus; it was not opened.', nl: 'De e-mail bevatte een virus; hij is niet geopend.' },
    };
  if (failed('x-ses-spam-verdict')) return { code: 'mail.spam', reason: { en: 'The e-mail was spam.', nl: 'De e-mail was spam.' } };
  return null;
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

/** S/MIME or OpenPGP encryption: the message's content is sealed for a key we do not hold. */
const ENCRYPTED_MAIL_TYPES = /^application\/(x-)?(pkcs7-mime|pgp-encrypted)$/i;
const ENCRYPTED_MESSAGE = {
  en: 'The e-mail is encrypted, so we cannot open it. Send it again without encryption, with the documents as attachments.',
  nl: 'De e-mail is versleuteld, daardoor kunnen wij hem niet openen. Stuur hem opnieuw zonder versleuteling, met de documenten als bijlage.',
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

/**
 * The reply's language: the client's on file for the sender's address, else the language the
 * e-mail is written in, when a receipt can be written in it; null when neither says (Dutch with
 * English below).
 */
export function replyLanguage(
  clientLanguage: string | undefined,
  mail: Pick<ParsedMail, 'subject' | 'text' | 'forwardedTexts'> | null,
): ReceiptLanguage | null {
  const client = clientLanguage?.trim().toLowerCase().split(/[-_]/)[0];
  if (isReceiptLanguage(client)) return client;
  const written = mail ? detectLanguage([mail.subject, ...[mail.text, ...mail.forwardedTexts].map(writtenText)].join('\n')) : undefined;
  return isReceiptLanguage(written) ? written : null;
}

export interface ReplyFacts {
  organisationName: string;
  receivedAt: Date;
  timeZone: string;
  documents: { filename: string; receiptNumber: string; rejected: { en: string; nl: string } | null }[];
  refused: { filename: string; reason: { en: string; nl: string } }[];
  rejected: { en: string; nl: string } | null;
  /** Where a receipt number can be checked. */
  checkUrl: string;
}

interface ReplyWords {
  dear: string;
  receivedNotTaken: (when: string) => string;
  receivedTaken: (when: string) => string;
  receiptNumber: string;
  note: string;
  keep: string;
  check: (url: string) => string;
  refusedHead: string;
  regards: string;
  automatic: string;
  subjectRejected: (organisation: string) => string;
  subjectReceived: (count: number) => string;
}

/** The reply in each receipt language (B1, as the receipts). Reasons exist in Dutch and English: the others give the English one. */
const REPLY: Record<ReceiptLanguage, ReplyWords> = {
  nl: {
    dear: 'Beste afzender,',
    receivedNotTaken: (w) => `Wij hebben uw e-mail van ${w} ontvangen, maar konden hem niet aannemen.`,
    receivedTaken: (w) => `Wij hebben uw e-mail van ${w} ontvangen. Deze documenten zijn aangenomen:`,
    receiptNumber: 'ontvangstnummer',
    note: 'Let op:',
    keep: 'Bewaar de ontvangstnummers: daarmee kunt u altijd laten zien dat u de documenten heeft gestuurd.',
    check: (u) => `Controleren kan op ${u}`,
    refusedHead: 'Deze bijlagen konden wij niet aannemen:',
    regards: 'Met vriendelijke groet,',
    automatic: 'Dit is een automatisch bericht.',
    subjectRejected: (o) => `Uw e-mail aan ${o} is niet aangenomen`,
    subjectReceived: (n) => `Ontvangstbevestiging: ${n} ${n === 1 ? 'document' : 'documenten'} ontvangen`,
  },
  en: {
    dear: 'Dear sender,',
    receivedNotTaken: (w) => `We received your e-mail of ${w}, but could not take it in.`,
    receivedTaken: (w) => `We received your e-mail of ${w}. These documents were taken in:`,
    receiptNumber: 'receipt number',
    note: 'Note:',
    keep: 'Keep the receipt numbers: with them you can always show that you sent the documents.',
    check: (u) => `You can check them at ${u}`,
    refusedHead: 'We could not take in these attachments:',
    regards: 'Kind regards,',
    automatic: 'This is an automatic message.',
    subjectRejected: (o) => `Your e-mail to ${o} was not taken in`,
    subjectReceived: (n) => `Receipt: ${n} ${n === 1 ? 'document' : 'documents'} received`,
  },
  tr: {
    dear: 'Sayın gönderen,',
    receivedNotTaken: (w) => `${w} tarihli e-postanızı aldık, ancak kabul edemedik.`,
    receivedTaken: (w) => `${w} tarihli e-postanızı aldık. Şu belgeler kabul edildi:`,
    receiptNumber: 'alındı numarası',
    note: 'Dikkat:',
    keep: 'Alındı numaralarını saklayın: bunlarla belgeleri gönderdiğinizi her zaman gösterebilirsiniz.',
    check: (u) => `Kontrol etmek için: ${u}`,
    refusedHead: 'Şu ekleri kabul edemedik:',
    regards: 'Saygılarımızla,',
    automatic: 'Bu otomatik bir mesajdır.',
    subjectRejected: (o) => `${o} adresine gönderdiğiniz e-posta kabul edilmedi`,
    subjectReceived: (n) => `Alındı bildirimi: ${n} belge alındı`,
  },
  ar: {
    dear: 'عزيزي المرسل،',
    receivedNotTaken: (w) => `لقد استلمنا رسالتك الإلكترونية بتاريخ ${w}، ولكن لم نتمكن من قبولها.`,
    receivedTaken: (w) => `لقد استلمنا رسالتك الإلكترونية بتاريخ ${w}. تم قبول هذه المستندات:`,
    receiptNumber: 'رقم الاستلام',
    note: 'ملاحظة:',
    keep: 'احتفظ بأرقام الاستلام: بها يمكنك دائمًا إثبات أنك أرسلت المستندات.',
    check: (u) => `يمكنك التحقق منها على ${u}`,
    refusedHead: 'لم نتمكن من قبول هذه المرفقات:',
    regards: 'مع أطيب التحيات،',
    automatic: 'هذه رسالة تلقائية.',
    subjectRejected: (o) => `لم يتم قبول رسالتك الإلكترونية إلى ${o}`,
    subjectReceived: (n) => `إشعار استلام: تم استلام ${n} ${n === 1 ? 'مستند' : 'مستندات'}`,
  },
  pl: {
    dear: 'Szanowni Państwo,',
    receivedNotTaken: (w) => `Otrzymaliśmy Państwa e-mail z dnia ${w}, ale nie mogliśmy go przyjąć.`,
    receivedTaken: (w) => `Otrzymaliśmy Państwa e-mail z dnia ${w}. Przyjęliśmy następujące dokumenty:`,
    receiptNumber: 'numer potwierdzenia',
    note: 'Uwaga:',
    keep: 'Proszę zachować numery potwierdzeń: dzięki nim zawsze można wykazać, że dokumenty zostały wysłane.',
    check: (u) => `Można je sprawdzić na ${u}`,
    refusedHead: 'Nie mogliśmy przyjąć tych załączników:',
    regards: 'Z poważaniem,',
    automatic: 'To jest wiadomość automatyczna.',
    subjectRejected: (o) => `Państwa e-mail do ${o} nie został przyjęty`,
    subjectReceived: (n) => `Potwierdzenie odbioru: otrzymane dokumenty: ${n}`,
  },
  uk: {
    dear: 'Шановний відправнику,',
    receivedNotTaken: (w) => `Ми отримали ваш лист від ${w}, але не змогли його прийняти.`,
    receivedTaken: (w) => `Ми отримали ваш лист від ${w}. Прийнято такі документи:`,
    receiptNumber: 'номер підтвердження',
    note: 'Увага:',
    keep: 'Збережіть номери підтвердження: з ними ви завжди можете довести, що надіслали документи.',
    check: (u) => `Перевірити можна на ${u}`,
    refusedHead: 'Ці вкладення ми не змогли прийняти:',
    regards: 'З повагою,',
    automatic: 'Це автоматичне повідомлення.',
    subjectRejected: (o) => `Ваш лист до ${o} не прийнято`,
    subjectReceived: (n) => `Підтвердження отримання: отримано документів: ${n}`,
  },
};

/**
 * The one reply to a message: every document with its receipt number, every refused attachment
 * with what to do instead. In the client's language with Dutch below (Dutch is always there, as
 * on every receipt); Dutch with English below when the language is not known.
 */
export function mailReply(facts: ReplyFacts, language: ReceiptLanguage | null): { subject: string; text: string } {
  const langs: ReceiptLanguage[] = language === null ? ['nl', 'en'] : language === 'nl' ? ['nl'] : [language, 'nl'];
  const text = langs.map((l) => replyText(facts, l)).join('\n\n----------\n\n');
  const w = REPLY[langs[0] ?? 'nl'];
  return { subject: facts.rejected ? w.subjectRejected(facts.organisationName) : w.subjectReceived(facts.documents.length), text };
}

function replyText(f: ReplyFacts, l: ReceiptLanguage): string {
  const w = REPLY[l];
  const say = (r: { en: string; nl: string }) => (l === 'nl' ? r.nl : r.en);
  const when = receiptWhen(f.receivedAt, f.timeZone, l);
  const lines: string[] = [w.dear, ''];
  if (f.rejected) lines.push(w.receivedNotTaken(when), say(f.rejected));
  else {
    lines.push(w.receivedTaken(when), '');
    for (const d of f.documents) {
      lines.push(`- ${d.filename}: ${w.receiptNumber} ${d.receiptNumber}`);
      if (d.rejected) lines.push(`  ${w.note} ${say(d.rejected)}`);
    }
    lines.push('', w.keep, w.check(f.checkUrl));
  }
  if (f.refused.length) {
    lines.push('', w.refusedHead);
    for (const r of f.refused) lines.push(`- ${r.filename}: ${say(r.reason)}`);
  }
  lines.push('', w.regards, f.organisationName, '', w.automatic);
  return lines.join('\n');
}

/**
 * The address that says who the client is: From, unless it is one of ours (a colleague forwarding
 * a client's mail: then the writer of the forwarded message) or a no-reply relay (a web form: then
 * Reply-To). Null when no address outside the organisation says it.
 */
export function senderEvidence(mail: ParsedMail, isOurs: (address: string) => boolean): string | null {
  const usable = (a: string | null) => (a && !isOurs(a) && !NO_REPLY_LOCAL.test(a.split('@')[0] ?? '') ? a : null);
  return usable(mail.from) ?? usable(mail.forwardedFrom) ?? usable(mail.replyTo);
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
  /**
   * When retention erased it (its documents were all deleted, or, when it made none, the
   * `rejected` period ran out): the stored message is gone and the record keeps no address or
   * file name, only what happened.
   */
  deletedAt?: string;
}

/**
 * Whether a message is due for erasure: when it made documents, once every one of them is deleted
 * (the message holds them all, so it goes with the last); when it made none (refused whole, or
 * only refused attachments), once the `rejected` period has run from the day it was received.
 */
export function mailErasureDue(
  message: Pick<MailMessageRecord, 'documentIds' | 'receivedAt' | 'deletedAt'>,
  documentsDeleted: readonly boolean[],
  rejectedPeriod: RetentionPeriod,
  today: string,
  receivedDay: string,
): boolean {
  if (message.deletedAt) return false;
  if (message.documentIds.length > 0) return documentsDeleted.length > 0 && documentsDeleted.every(Boolean);
  return rejectedPeriod !== 'forever' && addPeriod(receivedDay, rejectedPeriod) <= today;
}

/** The record once erased: what happened stays, who sent it and the file names go. */
export function erasedMessage(message: MailMessageRecord, at: string): Partial<MailMessageRecord> {
  return {
    objectKey: '',
    sender: null,
    refused: message.refused.map((r) => ({ filename: '', code: r.code })),
    reply: message.reply?.state === 'sent' ? { ...message.reply, to: '' } : message.reply,
    deletedAt: at,
  };
}
