/**
 * `npm run train`: fits the document classifier on the generated corpus (train split) plus triage
 * corrections from data/corrections/*.jsonl, calibrates it and picks the auto-route threshold on
 * the validation split, and writes shared/domain/model/classifier-model.json. Reproducible: the
 * same corpus and corrections give the same model bytes.
 *
 *   tsx scripts/train.ts [--corpus data/corpus/corpus.jsonl] [--corrections data/corrections]
 *                        [--correction-weight 3] [--out shared/domain/model/classifier-model.json]
 */
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readCorpus, readCorrections, toLabelled } from './training/corpus-file.ts';
import { DEFAULT_CONFIG, type TrainConfig, trainClassifier } from './training/train-model.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, 'data/corpus/corpus.jsonl') },
    corrections: { type: 'string', default: join(ROOT, 'data/corrections') },
    'correction-weight': { type: 'string', default: '3' },
    out: { type: 'string', default: join(ROOT, 'shared/domain/model/classifier-model.json') },
    config: { type: 'string' },
  },
});

const t0 = Date.now();
const corpus = readCorpus(values.corpus as string);
const corrections = readCorrections(values.corrections as string, Number(values['correction-weight']));
for (const s of corrections.skipped) console.warn(`skipped correction ${s}`);
const train = [...corpus.filter((d) => d.split === 'train').map(toLabelled), ...corrections.docs];
const validation = corpus.filter((d) => d.split === 'validation').map(toLabelled);
const config: TrainConfig = { ...DEFAULT_CONFIG, ...(values.config ? (JSON.parse(values.config) as Partial<TrainConfig>) : {}) };
console.log(`training on ${train.length} documents (${corrections.docs.length} corrections), validating on ${validation.length}`);
const { model, validation: v } = trainClassifier(train, validation, config);
const out = values.out as string;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(
  [
    `validation: accuracy ${(v.accuracy * 100).toFixed(2)}%, temperature ${v.temperature.toFixed(3)} (NLL ${v.nllBefore.toFixed(4)} → ${v.nllAfter.toFixed(4)}), ECE ${v.ece.toFixed(4)}`,
    `threshold ${v.threshold.toFixed(3)} for type precision ≥ ${config.precisionTarget} (${v.thresholdMet ? 'met' : 'NOT met'}: ${(v.precisionAtThreshold * 100).toFixed(2)}% on ${(v.acceptedAtThreshold * 100).toFixed(1)}% of non-"other" predictions)`,
    `model: ${(statSync(out).size / 1024).toFixed(0)} KiB, ${JSON.stringify(model.info?.rows)}; trained in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${out}`,
  ].join('\n'),
);
