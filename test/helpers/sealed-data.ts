import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keyFileOf } from '../../local/runtime.ts';
import { readCorrections } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { readKeyRing } from '../../shared/adapters/local/key-ring.ts';
import { type Db, openDatabase } from '../../shared/adapters/local/sqlite-database.ts';
import { loadConfig } from '../../shared/config.ts';
import type { CorrectionRecord } from '../../shared/domain/split-correction.ts';

/**
 * A data dir is encrypted at rest: tests that look at its files directly (the database, outbox
 * mails and letters, corrections) open them with the data dir's key ring, as `postkamer keys open` does.
 */
export const dataDirKeys = (dataDir: string) => readKeyRing(keyFileOf(loadConfig(), dataDir));

export function openDataDirDatabase(dataDir: string): Db {
  return openDatabase(join(dataDir, 'postkamer.db'), dataDirKeys(dataDir));
}

/** The plaintext of a sealed file of the data dir (an outbox mail or letter). */
export function readSealed(dataDir: string, file: string): Buffer {
  return dataDirKeys(dataDir).open(readFileSync(file), file);
}

export function readDataDirCorrections(dataDir: string, path: string): Promise<CorrectionRecord[]> {
  return readCorrections(path, dataDirKeys(dataDir));
}
