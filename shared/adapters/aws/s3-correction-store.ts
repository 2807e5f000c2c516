import type { CorrectionRecord } from '../../domain/split-correction.ts';
import type { CorrectionStore } from '../../ports.ts';
import type { S3ObjectStore } from './s3-object-store.ts';

/**
 * Triage corrections on AWS: one object per correction under `corrections/<yyyy-mm>/`, each one
 * JSON line named `.jsonl`, in the documents bucket (SSE-KMS, like the documents they describe).
 * `aws s3 sync s3://<bucket>/corrections data/corrections` gives `npm run train` exactly the files
 * it reads. A document corrected twice keeps both (the key holds the moment).
 */
export class S3CorrectionStore implements CorrectionStore {
  constructor(private readonly objects: S3ObjectStore) {}

  async append(record: CorrectionRecord): Promise<void> {
    const key = correctionKey(record);
    await this.objects.put(key, new TextEncoder().encode(`${JSON.stringify(record)}\n`), 'application/x-ndjson');
  }
}

export function correctionKey(example: Pick<CorrectionRecord, 'correctedAt' | 'documentId' | 'by'>): string {
  const at = new Date(example.correctedAt).toISOString();
  const id = example.documentId ?? 'unknown';
  return `corrections/${at.slice(0, 7)}/${id}-${at.replace(/[-:.]/g, '')}.jsonl`;
}
