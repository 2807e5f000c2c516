import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { forgetCorrections, JsonlCorrectionStore, readCorrections } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { openKeyRing } from '../../shared/adapters/local/key-ring.ts';
import type { CorrectionRecord } from '../../shared/domain/split-correction.ts';

/** Retention removes a deleted document's triage corrections from the real, sealed corrections file. */
const dir = mkdtempSync(join(tmpdir(), 'postkamer-corrections-'));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const correction = (documentId: string, text: string) =>
  ({
    text,
    label: 'payslip',
    correctedAt: '2026-03-02T10:15:00Z',
    by: 'c-017',
    documentId,
    predicted: 'other',
  }) as unknown as CorrectionRecord;

describe('forgetting corrections', () => {
  it('removes the lines about deleted documents, keeps and reseals the rest', async () => {
    const { ring } = openKeyRing(join(dir, 'keys', 'postkamer.key'), new Date('2026-03-02T10:00:00Z'));
    const path = join(dir, 'corrections', 'corrections.jsonl');
    const store = new JsonlCorrectionStore(path, ring);
    await store.append(correction('doc-1', 'loonstrook van Jan'));
    await store.append(correction('doc-2', 'bankafschrift van Piet'));
    await store.append(correction('doc-1', 'second look'));

    expect(await forgetCorrections(path, ring, new Set(['doc-1']))).toBe(2);
    expect((await readCorrections(path, ring)).map((r) => r.documentId)).toEqual(['doc-2']);
    expect(readFileSync(path, 'utf8')).not.toContain('Piet');
    expect(await forgetCorrections(path, ring, new Set(['doc-1']))).toBe(0);
    expect(await forgetCorrections(join(dir, 'none.jsonl'), ring, new Set(['doc-2']))).toBe(0);
  });
});
