import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { encodeSheet, parseSheet, type SheetPayload, SheetRequestError } from '../../shared/domain/cover-sheet.ts';
import { DOCUMENT_TYPE_IDS } from '../../shared/domain/document-types.ts';

/** Every character a QR code in alphanumeric mode can hold, lower case, and a few more a scan or a person might produce. */
const CANDIDATES = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:', ...'abcdefghijklmnopqrstuvwxyz', ...'|_,;#!?\'"é€\n'];

const PAYLOADS: SheetPayload[] = [
  { kind: 'cover', clientNumber: 'K-100234', documentType: 'objection' },
  { kind: 'cover', clientNumber: 'K-100234' },
  { kind: 'cover', clientNumber: 'K-100101', documentType: 'job_application_proof' },
  { kind: 'cover', clientNumber: '2024.00017', documentType: 'medical_statement' },
  { kind: 'separator' },
];

function singleCharacterChanges(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) for (const c of CANDIDATES) if (c !== text[i]) out.push(text.slice(0, i) + c + text.slice(i + 1));
  return out;
}

function swaps(text: string, distance: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + distance < text.length; i++) {
    const a = text[i] as string;
    const b = text[i + distance] as string;
    if (a !== b) out.push(text.slice(0, i) + b + text.slice(i + 1, i + distance) + a + text.slice(i + distance + 1));
  }
  return out;
}

describe('cover and separator sheet payloads', () => {
  it('writes a short versioned text with a check character (the format is a contract with printed sheets)', () => {
    expect(encodeSheet({ kind: 'cover', clientNumber: 'K-100234', documentType: 'objection' })).toBe('PK1:C:K-100234:OBJECTION:X');
    expect(encodeSheet({ kind: 'cover', clientNumber: 'K-100234' })).toMatch(/^PK1:C:K-100234::.$/);
    expect(encodeSheet({ kind: 'separator' })).toBe('PK1:S:::8');
  });

  it('reads back what it wrote, for every document type', () => {
    for (const payload of PAYLOADS) expect(parseSheet(encodeSheet(payload))).toEqual(payload);
    for (const documentType of DOCUMENT_TYPE_IDS) {
      const payload: SheetPayload = { kind: 'cover', clientNumber: 'K-100234', documentType };
      expect(parseSheet(encodeSheet(payload))).toEqual(payload);
    }
  });

  it('writes the client number in capitals, as the QR alphanumeric mode has no lower case', () => {
    expect(parseSheet(encodeSheet({ kind: 'cover', clientNumber: ' k-100234 ' }))).toEqual({ kind: 'cover', clientNumber: 'K-100234' });
  });

  it('stays a small QR code: alphanumeric mode only, version 4 or less at the highest error correction', () => {
    for (const documentType of [undefined, ...DOCUMENT_TYPE_IDS]) {
      const text = encodeSheet({ kind: 'cover', clientNumber: 'K-100234', documentType });
      const qr = QRCode.create(text, { errorCorrectionLevel: 'H' });
      expect(qr.segments.map((s) => s.mode.id)).toEqual(['Alphanumeric']);
      expect(qr.version, text).toBeLessThanOrEqual(4);
    }
  });

  it('rejects every single wrong character, the check character included', () => {
    for (const payload of PAYLOADS) {
      const text = encodeSheet(payload);
      const changed = singleCharacterChanges(text);
      expect(changed.length).toBe(text.length * (CANDIDATES.length - 1));
      for (const wrong of changed) expect(parseSheet(wrong), JSON.stringify(wrong)).toBeNull();
    }
  });

  it('rejects every swap of two neighbouring characters, and of two characters one apart', () => {
    for (const payload of PAYLOADS) {
      const text = encodeSheet(payload);
      for (const swapped of [...swaps(text, 1), ...swaps(text, 2)]) expect(parseSheet(swapped), swapped).toBeNull();
    }
  });

  it('is null for any other QR content', () => {
    const foreign = [
      '',
      'PK1',
      'https://www.voorbeeld.nl/afspraak?id=123',
      'BCD\n002\n1\nSCT\n\nGemeente Voorbeeld\nNL44RABO0123456789\nEUR12.50',
      'PK-7Q2M-94KDX',
      'PK2:C:K-100234:OBJECTION:X',
      'pk1:c:k-100234:objection:x',
      'PK1:C:K-100234:OBJECTION:X\n',
      ' PK1:C:K-100234:OBJECTION:X',
      'PK1|C|K-100234|objection|X',
      'PK1:C::OBJECTION:X',
    ];
    for (const text of foreign) expect(parseSheet(text), text).toBeNull();
  });

  it('refuses to make a sheet for an unknown type or a client number a QR cannot hold, naming it', () => {
    const attempt = (request: Parameters<typeof encodeSheet>[0]) => {
      try {
        encodeSheet(request);
      } catch (error) {
        return error as SheetRequestError;
      }
      throw new Error('no error');
    };
    const unknownType = attempt({ kind: 'cover', clientNumber: 'K-100234', documentType: 'bezwaar' });
    expect(unknownType).toBeInstanceOf(SheetRequestError);
    expect(unknownType.code).toBe('sheet.unknown-type');
    expect(unknownType.message).toContain('"bezwaar"');
    const badNumber = attempt({ kind: 'cover', clientNumber: 'K 100/234' });
    expect(badNumber.code).toBe('sheet.bad-client-number');
    expect(badNumber.message).toContain('"K 100/234"');
    expect(attempt({ kind: 'cover', clientNumber: '' }).code).toBe('sheet.bad-client-number');
    expect(attempt({ kind: 'separator', clientNumber: 'K-100234' }).code).toBe('sheet.not-for-separator');
  });
});
