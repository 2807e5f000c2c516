import { randomUUID } from 'node:crypto';
import type { NewDocument } from '../../shared/domain/document.ts';

/** A document as intake would create it (received, no route yet), with a fresh id and keys. */
export function newDocument(overrides: Partial<NewDocument> = {}): NewDocument {
  const id = randomUUID();
  return {
    id,
    intakeKey: `s3:bucket/inbox/desk/${id}.pdf/v1`,
    receiptNumber: `PK-${id.slice(0, 4).toUpperCase()}-${id.slice(4, 8).toUpperCase()}`,
    fingerprint: randomUUID().replace(/-/g, '').padEnd(64, '0'),
    objectKey: `originals/00/00/${'0'.repeat(64)}`,
    filename: 'scan.pdf',
    channel: 'desk',
    source: 's3:inbox/desk',
    receivedAt: new Date().toISOString(),
    mediaType: 'application/pdf',
    byteSize: 1234,
    pageCount: null,
    status: 'received',
    documentType: null,
    confidence: null,
    alternatives: [],
    deskClientNumber: null,
    clientNumber: null,
    route: null,
    restricted: false,
    rejectReason: null,
    duplicateOf: null,
    receipt: null,
    receiptEmail: null,
    ...overrides,
  };
}
