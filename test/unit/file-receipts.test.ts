import { describe, expect, it } from 'vitest';
import type { DocumentRecord, DocumentStatus } from '../../shared/domain/document.ts';
import { fileReceipts, submitterOf } from '../../shared/domain/file-receipts.ts';
import { newDocument } from '../handlers/documents.ts';

/** A part of a file, as far as receipts care: its pages, status, client and receipt. */
const part = (id: string, pages: number[], fields: Partial<DocumentRecord> = {}): DocumentRecord => ({
  ...newDocument({ id, intakeKey: `file#${id}`, status: 'routed', clientNumber: 'K-1', parentId: 'file', pages, ...fields }),
  updatedAt: '2026-06-15T08:00:00.000Z',
});
const ids = (groups: DocumentRecord[][]) => groups.map((g) => g.map((p) => p.id));

describe('fileReceipts: which receipts a file’s parts need now', () => {
  it('groups the parts per submitter, each group and each part in page order', () => {
    const parts = [part('c', [5], { clientNumber: 'K-2' }), part('b', [3, 4]), part('a', [1, 2]), part('d', [6], { clientNumber: 'K-2' })];
    expect(ids(fileReceipts(parts, submitterOf).groups)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it.each(['received', 'extracted', 'separated'] as DocumentStatus[])('waits while a part is %s', (status) => {
    const file = fileReceipts([part('a', [1]), part('b', [2], { status, clientNumber: null })], submitterOf);
    expect(file.waitingFor).toEqual(['b']);
  });

  it.each(['triage', 'failed', 'duplicate'] as DocumentStatus[])(
    'does not wait for a part that is %s without a client, nor list it',
    (status) => {
      const file = fileReceipts([part('a', [1]), part('b', [2], { status, clientNumber: null }), part('c', [3])], submitterOf);
      expect(file.waitingFor).toEqual([]);
      expect(ids(file.groups)).toEqual([['a', 'c']]);
    },
  );

  it('leaves out parts already receipted and parts that cannot be sent a message', () => {
    const sent = { delivery: 'email' as const, language: 'nl', sentAt: '2026-06-15T08:00:00.000Z' };
    const file = fileReceipts([part('a', [1], { receipt: sent }), part('b', [2]), part('c', [3]), part('d', [4])], (p) =>
      p.id === 'c' ? null : submitterOf(p),
    );
    expect(ids(file.groups)).toEqual([['b', 'd']]);
  });

  it('names a part listed on a sent receipt as covered, not to be sent again', () => {
    const sent = { delivery: 'email' as const, language: 'nl', sentAt: '2026-06-15T08:00:00.000Z', parts: ['a', 'b'] };
    const file = fileReceipts([part('a', [1], { receipt: sent }), part('b', [2]), part('c', [3])], submitterOf);
    expect(file.covered.map((c) => [c.part.id, c.by.id])).toEqual([['b', 'a']]);
    expect(ids(file.groups)).toEqual([['c']]);
  });

  it('takes the address given at the desk as the submitter, else the client', () => {
    expect(submitterOf({ receiptEmail: ' Balie@Example.net', clientNumber: 'K-1' })).toBe('to:balie@example.net');
    expect(submitterOf({ receiptEmail: null, clientNumber: 'K-1' })).toBe('client:K-1');
    expect(submitterOf({ receiptEmail: null, clientNumber: null })).toBeNull();
  });
});
