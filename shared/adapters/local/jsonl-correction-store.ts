import { appendFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CorrectionRecord } from '../../domain/split-correction.ts';
import type { CorrectionStore } from '../../ports.ts';

/** Where the embedded runtime keeps triage corrections: one JSON line each, read by `npm run train` (type) and the boundary model's training (split). */
export const correctionsPath = (dataDir: string) => join(dataDir, 'corrections', 'corrections.jsonl');

/**
 * Triage corrections as JSON lines in the data directory (mode 600: they hold document text and
 * client numbers). One append per correction, so a crash loses at most the line being written.
 */
export class JsonlCorrectionStore implements CorrectionStore {
  constructor(private readonly path: string) {}

  async append(record: CorrectionRecord): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    await appendFile(this.path, `${JSON.stringify(record)}\n`, { mode: 0o600 });
  }
}
