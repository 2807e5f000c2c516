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
import { DEFAULT_CONFIG, type TrainConfig, trainClassifier, trainWithCrossValidation } from './training/train-model.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, 'data/corpus/corpus.jsonl') },
    corrections: { type: 'string', default: join(ROOT, 'data/corrections') },
    'correction-weight': { type: 'string', default: '3' },
    out: { type: 'string', default: join(ROOT, 'shared/domain/model/classifier-model.json') },
    config: { type: 'string' },
    /** Folds of grouped cross-validation over train + validation templates; 0 = train on train, calibrate on validation. */
    folds: { type: 'string', default: '4' },
  },
});

const t0 = Date.now();
const corpus = readCorpus(values.corpus as string);
const corrections = readCorrections(values.corrections as string, Number(values['correction-weight']));
for (const s of corrections.skipped) console.warn(`skipped correction ${s}`);
const overrides = values.config ? (JSON.parse(values.config) as Partial<TrainConfig>) : {};
const config: TrainConfig = { ...DEFAULT_CONFIG, ...overrides, features: { ...DEFAULT_CONFIG.features, ...overrides.features } };
const folds = Number(values.folds);
const train = corpus.filter((d) => d.split === 'train');
const validation = corpus.filter((d) => d.split === 'validation');
let result: ReturnType<typeof trainClassifier>;
if (folds > 1) {
  const pool = [...train, ...validation].map((d) => ({ ...toLabelled(d), group: d.group }));
  console.log(
    `training on ${pool.length} documents of the train and validation templates + ${corrections.docs.length} corrections; calibrating by ${folds}-fold grouped cross-validation`,
  );
  result = trainWithCrossValidation(pool, corrections.docs, config, folds);
} else {
  console.log(`training on ${train.length} documents + ${corrections.docs.length} corrections, calibrating on ${validation.length} validation documents`);
  result = trainClassifier([...train.map(toLabelled), ...corrections.docs], validation.map(toLabelled), config);
}
const { model, validation: v } = result;
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
