import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

/** Triage corrections (see shared/domain/training-example.ts), weighted; bad lines are reported and skipped. */
export function readCorrections(dir: string, weight: number): { docs: LabelledDoc[]; skipped: string[] } {
  const docs: LabelledDoc[] = [];
  const skipped: string[] = [];
  if (!existsSync(dir)) return { docs, skipped };
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.jsonl'))
    .sort()) {
    readFileSync(join(dir, name), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let parsed: unknown;
        try {
          parsed = JSON.parse(line);
        } catch {
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
