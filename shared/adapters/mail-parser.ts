import { type AddressObject, simpleParser } from 'mailparser';
import type { MailPart, ParsedMail } from '../domain/mail-intake.ts';

/** Forwarded messages inside forwarded messages are unwrapped this deep; deeper ones stay a part (refused). */
const MAX_DEPTH = 3;

export class MalformedMailError extends Error {
  override name = 'MalformedMailError';
}

/**
 * Reads a whole message (RFC 5322 / MIME) into what the mail rules need: headers, sender, text
 * and its parts, with attached or forwarded messages (`message/rfc822`, `.eml`) unwrapped into
 * their own parts. Throws `MalformedMailError` for bytes that are not a message at all.
 */
export async function parseMail(bytes: Uint8Array): Promise<ParsedMail> {
  const outer = await parseOne(bytes);
  const headers = new Map<string, string>();
  for (const { key, line } of outer.headerLines) headers.set(key.toLowerCase(), line.slice(line.indexOf(':') + 1).trim());
  if (headers.size === 0 || !headers.has('from')) throw new MalformedMailError('the message has no headers');
  const parts: MailPart[] = [];
  const counter: Unwrapping = { unwrapped: 0, firstFrom: null, texts: [] };
  await collectParts(outer, parts, 0, counter);
  const text = outer.text ?? '';
  return {
    headers,
    from: firstAddress(outer.from),
    replyTo: firstAddress(outer.replyTo),
    subject: outer.subject ?? '',
    text,
    parts,
    unwrapped: counter.unwrapped,
    forwardedFrom: counter.firstFrom ?? forwardedInText(text),
    forwardedTexts: counter.texts,
  };
}

type Parsed = Awaited<ReturnType<typeof simpleParser>>;

async function parseOne(bytes: Uint8Array): Promise<Parsed> {
  try {
    return await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipHtmlToText: false,
      skipTextToHtml: true,
      skipImageLinks: true,
      // Every attached or forwarded message stays a part: unwrapped here, its writer and words kept.
      ignoreEmbedded: true,
    });
  } catch (error) {
    throw new MalformedMailError('the message cannot be parsed', { cause: error });
  }
}

interface Unwrapping {
  unwrapped: number;
  /** The From of the first message found inside. */
  firstFrom: string | null;
  /** The text of each message found inside. */
  texts: string[];
}

/**
 * A message forwarded inline: its header block in the text, as mail programs write it
 * ("---------- Forwarded message ---------" / "-----Oorspronkelijk bericht-----", then
 * "Van: Naam <adres>" or "From: …"). The first such From.
 */
const FORWARD_MARK =
  /^[-\s]*(forwarded message|doorgestuurd bericht|oorspronkelijk bericht|original message|begin forwarded message)[-\s:]*$/im;
const FORWARD_FROM = /^\s*\*?(?:from|van)\*?:\s*(?:[^<\n]*<)?([^\s<>@]+@[^\s<>]+?)>?\s*$/im;

function forwardedInText(text: string): string | null {
  const mark = FORWARD_MARK.exec(text);
  if (!mark) return null;
  const from = FORWARD_FROM.exec(text.slice(mark.index, mark.index + 2000));
  return from?.[1]?.toLowerCase() ?? null;
}

async function collectParts(message: Parsed, into: MailPart[], depth: number, counter: Unwrapping) {
  for (const a of message.attachments) {
    const forwarded = a.contentType === 'message/rfc822' || /\.eml$/i.test(a.filename ?? '');
    if (forwarded && depth < MAX_DEPTH) {
      try {
        const inner = await parseOne(a.content);
        counter.unwrapped++;
        counter.firstFrom ??= firstAddress(inner.from);
        if (inner.text) counter.texts.push(inner.text);
        await collectParts(inner, into, depth + 1, counter);
        continue;
      } catch {
        // Not a message after all: it stays a part, and the rules refuse it.
      }
    }
    into.push({
      filename: a.filename ?? null,
      contentType: a.contentType,
      inline:
        a.contentDisposition === 'inline' ||
        Boolean(a.related) ||
        Boolean(a.cid && typeof message.html === 'string' && message.html.includes(`cid:${a.cid}`)),
      bytes: new Uint8Array(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    });
  }
}

function firstAddress(value: AddressObject | AddressObject[] | undefined): string | null {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  for (const group of list)
    for (const entry of group.value) {
      if (entry.address) return entry.address.trim().toLowerCase();
      for (const member of entry.group ?? []) if (member.address) return member.address.trim().toLowerCase();
    }
  return null;
}
