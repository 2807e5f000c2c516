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
  const counter = { unwrapped: 0 };
  await collectParts(outer, parts, 0, counter);
  return {
    headers,
    from: firstAddress(outer.from),
    replyTo: firstAddress(outer.replyTo),
    subject: outer.subject ?? '',
    text: outer.text ?? '',
    parts,
    unwrapped: counter.unwrapped,
  };
}

type Parsed = Awaited<ReturnType<typeof simpleParser>>;

async function parseOne(bytes: Uint8Array): Promise<Parsed> {
  try {
    return await simpleParser(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      skipHtmlToText: false,
      skipTextToHtml: true,
      skipImageLinks: true,
    });
  } catch (error) {
    throw new MalformedMailError('the message cannot be parsed', { cause: error });
  }
}

async function collectParts(message: Parsed, into: MailPart[], depth: number, counter: { unwrapped: number }) {
  for (const a of message.attachments) {
    const forwarded = a.contentType === 'message/rfc822' || /\.eml$/i.test(a.filename ?? '');
    if (forwarded && depth < MAX_DEPTH) {
      try {
        const inner = await parseOne(a.content);
        counter.unwrapped++;
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
