import { appendFile, mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { CorrectionRecord } from '../../domain/split-correction.ts';
import type { CorrectionStore } from '../../ports.ts';
import type { KeyRing } from './key-ring.ts';

/** Where the embedded runtime keeps triage corrections: one line each, read by `npm run train` (type) and the boundary model's training (split). */
export const correctionsPath = (dataDir: string) => join(dataDir, 'corrections', 'corrections.jsonl');

/** A sealed line: this prefix, then the sealed JSON in base64. A line starting with `{` is plaintext from before encryption. */
const SEALED_LINE = 'sealed:';

/**
 * Triage corrections as lines in the data directory (mode 600, and each line sealed with the key
 * ring: they hold document text and client numbers). One append per correction, so a crash loses
 * at most the line being written; `readCorrections` opens them again.
 */
export class JsonlCorrectionStore implements CorrectionStore {
  constructor(
    private readonly path: string,
    private readonly keys: KeyRing,
  ) {}

  async append(record: CorrectionRecord): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const sealed = this.keys.seal(Buffer.from(JSON.stringify(record))).toString('base64');
    await appendFile(this.path, `${SEALED_LINE}${sealed}\n`, { mode: 0o600 });
  }
}

/** The JSON text of one line of a corrections file: a sealed line opened with `keys()` (asked for only then), a plaintext line as it is. */
export function correctionLineJson(line: string, keys: () => KeyRing, where: string): string {
  return line.startsWith(SEALED_LINE)
    ? keys()
        .open(Buffer.from(line.slice(SEALED_LINE.length), 'base64'), where)
        .toString('utf8')
    : line;
}

/** The records of a corrections file, sealed lines opened with `keys`, plaintext lines as they are. */
export async function readCorrections(path: string, keys: KeyRing): Promise<CorrectionRecord[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => JSON.parse(correctionLineJson(line, () => keys, `line ${i + 1} of ${path}`)));
}

/** A corrections file with every line sealed with the current key (rotation, migration); written whole, then renamed. */
export async function resealCorrections(path: string, keys: KeyRing): Promise<number> {
  const records = await readCorrections(path, keys).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  if (records.length === 0) return 0;
  const lines = records.map((r) => `${SEALED_LINE}${keys.seal(Buffer.from(JSON.stringify(r))).toString('base64')}\n`);
  await writeFile(`${path}.tmp`, lines.join(''), { mode: 0o600 });
  await rename(`${path}.tmp`, path);
  return records.length;
}

/**
 * Retention: removes the corrections about these documents (they hold their text). The kept lines
 * are sealed with the current key, written whole, then renamed into place; when a correction was
 * appended meanwhile (the file grew), it reads again. Returns how many were removed.
 */
export async function forgetCorrections(path: string, keys: KeyRing, documentIds: ReadonlySet<string>): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    const size = await stat(path).then(
      (s) => s.size,
      () => -1,
    );
    if (size < 0) return 0;
    const records = await readCorrections(path, keys);
    const kept = records.filter((r) => !(r.documentId && documentIds.has(r.documentId)));
    if (kept.length === records.length) return 0;
    const lines = kept.map((r) => `${SEALED_LINE}${keys.seal(Buffer.from(JSON.stringify(r))).toString('base64')}\n`);
    await writeFile(`${path}.tmp`, lines.join(''), { mode: 0o600 });
    // Appended meanwhile: read again; still busy after a few tries: leave it for the next run.
    if ((await stat(path)).size !== size) {
      if (attempt < 5) continue;
      return 0;
    }
    await rename(`${path}.tmp`, path);
    return records.length - kept.length;
  }
}
