import { DOCUMENT_TYPE_IDS, type DocumentTypeId, isDocumentTypeId } from './document-types.ts';
import { PostkamerError } from './errors.ts';

/**
 * Cover and separator sheets: printed A4 pages the mailroom puts in a stack of post before it is
 * scanned as one file. A cover sheet says "the documents after me belong to client K-…" (and,
 * optionally, what type they are); a separator sheet only says "a new document starts after me".
 * The split step reads the sheet's QR code, follows it over anything else the pages say, and
 * records the sheet itself, never as a document.
 *
 * The QR holds a short versioned text, nothing personal (no BSN, no name):
 *
 *   PK1:C:K-100234:OBJECTION:X     cover sheet, client K-100234, type objection
 *   PK1:C:K-100234::8              cover sheet, client only
 *   PK1:S:::8                      separator sheet
 *   │   │ │        │         └ check character over everything before it
 *   │   │ │        └ document type id, upper case, "_" written as "-" (empty: any type)
 *   │   │ └ client number, upper case (empty on a separator)
 *   │   └ C = cover, S = separator
 *   └ format and version
 *
 * Every character is in the QR alphanumeric set (0–9, A–Z, space, $ % * + - . / :), so the QR
 * encoder packs 11 bits per 2 characters instead of 8 bits per character: with a client number
 * like K-100234 every payload fits a version 4 code (33 × 33 modules) at the highest error
 * correction (H: 30 % may be lost to a staple or a stamp), most fit version 2–3, and the modules
 * stay large on the page for a blurry fax-quality scan.
 *
 * The check character: with every character given its value v in a 41-symbol alphabet and the
 * i-th character (from 0) the weight w(i) = (i mod 40) + 1, a payload is valid when
 * Σ w(i)·v(i) ≡ 0 (mod 41). 41 is prime, and every weight and every difference of the weights of
 * neighbours (or of characters one apart) is a non-zero number modulo 41. So a change of one
 * character (its value moves by 1…40) and a swap of two different neighbours (the sum moves by
 * (w(i) − w(i+1))·(v(i+1) − v(i))) can never leave the sum at 0: every single wrong character and
 * every transposition of neighbours is caught, the check character included. The receipt numbers'
 * Luhn mod 32 misses the swap of a neighbouring 0 and Z (as Luhn mod 10 misses 09 ↔ 90); a
 * weighted sum modulo a prime has no such blind spot. A dropped or added character is caught
 * only like any random change (1 in 41 slips through): the QR code's own error correction, not
 * this check, guards a scan against those.
 */

export const SHEET_FORMAT = 'PK1';

/** What a sheet's QR code says. Structurally what the split step takes as a page's `sheet`. */
export type SheetPayload = { kind: 'cover'; clientNumber: string; documentType?: DocumentTypeId } | { kind: 'separator' };

export type SheetKind = SheetPayload['kind'];

/** The value alphabet of the check: the characters a payload may hold, plus two more check symbols. */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-.:*+';
const MODULUS = ALPHABET.length; // 41, a prime
const SEPARATOR = ':';
const KIND_CODES: Record<SheetKind, string> = { cover: 'C', separator: 'S' };

/** Client numbers as the QR holds them: letters and digits, with '-' or '.' inside. */
const CLIENT_NUMBER = /^[0-9A-Z](?:[0-9A-Z.-]{0,22}[0-9A-Z])?$/;

/** A sheet that cannot be made as asked; the message names the client number or type, never a name. */
export class SheetRequestError extends PostkamerError {}

export interface SheetRequest {
  kind: SheetKind;
  clientNumber?: string;
  documentType?: string;
}

/** The QR text for a sheet. Throws `SheetRequestError` for a client number or type that cannot go in one. */
export function encodeSheet(request: SheetRequest): string {
  const payload = toPayload(request);
  const client = payload.kind === 'cover' ? payload.clientNumber : '';
  const type = payload.kind === 'cover' && payload.documentType ? payload.documentType.toUpperCase().replace(/_/g, '-') : '';
  const body = [SHEET_FORMAT, KIND_CODES[payload.kind], client, type, ''].join(SEPARATOR);
  return body + checkCharacter(body);
}

/** The sheet a QR text describes, or null for any other text (another QR code, a damaged or forged payload). */
export function parseSheet(text: string): SheetPayload | null {
  if (text.length < 2 || text.length > 64) return null;
  if (![...text].every((c) => ALPHABET.includes(c)) || weightedSum(text) !== 0) return null;
  const fields = text.slice(0, -1).split(SEPARATOR);
  if (fields.length !== 5 || fields[0] !== SHEET_FORMAT || fields[4] !== '') return null;
  const [, kind, client = '', type = ''] = fields;
  if (kind === KIND_CODES.separator) return client === '' && type === '' ? { kind: 'separator' } : null;
  if (kind !== KIND_CODES.cover || !CLIENT_NUMBER.test(client)) return null;
  if (type === '') return { kind: 'cover', clientNumber: client };
  const documentType = type.toLowerCase().replace(/-/g, '_');
  if (!/^[A-Z]+(-[A-Z]+)*$/.test(type) || !isDocumentTypeId(documentType)) return null;
  return { kind: 'cover', clientNumber: client, documentType };
}

/** Validates a request into a payload: the client number upper-cased, the type a known id. */
function toPayload(request: SheetRequest): SheetPayload {
  if (request.kind === 'separator') {
    if (request.clientNumber !== undefined || request.documentType !== undefined)
      throw new SheetRequestError('sheet.not-for-separator', 'A separator sheet has no client and no document type.');
    return { kind: 'separator' };
  }
  const clientNumber = (request.clientNumber ?? '').trim().toUpperCase();
  if (!CLIENT_NUMBER.test(clientNumber))
    throw new SheetRequestError(
      'sheet.bad-client-number',
      `Client number "${request.clientNumber ?? ''}" cannot go on a cover sheet: use letters, digits, and "-" or "." between them (at most 24 characters).`,
    );
  const documentType = request.documentType;
  if (documentType === undefined) return { kind: 'cover', clientNumber };
  if (!isDocumentTypeId(documentType))
    throw new SheetRequestError(
      'sheet.unknown-type',
      `Unknown document type "${documentType}". Known types: ${DOCUMENT_TYPE_IDS.join(', ')}.`,
    );
  return { kind: 'cover', clientNumber, documentType };
}

const weight = (i: number) => (i % (MODULUS - 1)) + 1;

/** Σ w(i)·v(i) mod 41 over `text`, whose characters are all in the alphabet. */
function weightedSum(text: string): number {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum = (sum + weight(i) * ALPHABET.indexOf(text[i] as string)) % MODULUS;
  return sum;
}

/** The character that brings the weighted sum of `body` + it to 0 (mod 41). */
function checkCharacter(body: string): string {
  const w = weight(body.length);
  // w⁻¹ mod 41 by Fermat: w^(41−2).
  let inverse = 1;
  for (let e = 0; e < MODULUS - 2; e++) inverse = (inverse * w) % MODULUS;
  const value = (((MODULUS - weightedSum(body)) % MODULUS) * inverse) % MODULUS;
  return ALPHABET[value] as string;
}
