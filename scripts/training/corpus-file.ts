import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { correctionLineJson } from '../../shared/adapters/local/jsonl-correction-store.ts';
import { type KeyRing, KeyRingError, readKeyRing } from '../../shared/adapters/local/key-ring.ts';
import { trainingExampleSchema } from '../../shared/domain/training-example.ts';
import type { CorpusDoc } from '../corpus/corpus.ts';
import type { LabelledDoc } from './train-model.ts';

/** Reads data/corpus/corpus.jsonl (written by `npm run corpus`). */
export function readCorpus(file: string): CorpusDoc[] {
  if (!existsSync(file)) throw new Error(`${file} does not exist: run \`npm run corpus\` first`);
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as CorpusDoc);
}

/**
 * The key ring that opens the sealed lines of `<data-dir>/corrections/`: POSTKAMER_KEY_FILE, else
 * `<data-dir>/keys/postkamer.key`; read only when a sealed line comes up.
 */
export function correctionKeys(dir: string): () => KeyRing {
  let ring: KeyRing | undefined;
  return () => {
    ring ??= readKeyRing(
      process.env.POSTKAMER_KEY_FILE ? resolve(process.env.POSTKAMER_KEY_FILE) : join(dir, '..', 'keys', 'postkamer.key'),
    );
    return ring;
  };
}

/** Triage corrections (see shared/domain/training-example.ts), weighted; bad lines are reported and skipped. */
export function readCorrections(dir: string, weight: number): { docs: LabelledDoc[]; skipped: string[] } {
  const docs: LabelledDoc[] = [];
  const skipped: string[] = [];
  if (!existsSync(dir)) return { docs, skipped };
  const keys = correctionKeys(dir);
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(correctionLineJson(line, keys, `${name}:${i + 1}`));
        } catch (error) {
          if (error instanceof KeyRingError) throw error; // the wrong key file: every sealed line would be skipped
          skipped.push(`${name}:${i + 1}: not JSON`);
          return;
        }
        // A split correction trains the boundary model (npm run train:split), not the classifier.
        if ((parsed as { kind?: unknown } | null)?.kind === 'split') return;
        const r = trainingExampleSchema.safeParse(parsed);
        if (!r.success) {
          skipped.push(`${name}:${i + 1}: ${r.error.issues[0]?.message ?? 'invalid'}`);
          return;
        }
        docs.push({ pages: r.data.pages ?? [r.data.text ?? ''], type: r.data.type, weight });
      });
  }
  return { docs, skipped };
}

export function toLabelled(d: CorpusDoc): LabelledDoc {
  return { pages: d.pages, type: d.type, group: d.group, ...(d.sourcePages ? { sourcePages: d.sourcePages } : {}) };
}
