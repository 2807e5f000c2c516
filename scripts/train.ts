/**
 * `npm run train`: fits the document classifier on the generated corpus (train split) plus triage
 * corrections from data/corrections/*.jsonl, calibrates it and picks the auto-route threshold on
 * the validation split, and writes shared/domain/model/classifier-model.json. Reproducible: the
 * same corpus and corrections give the same model bytes.
 *
 *   tsx scripts/train.ts [--corpus data/corpus/corpus.jsonl] [--corrections data/corrections]
 *                        [--correction-weight 3] [--out shared/domain/model/classifier-model.json]
 */
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ClientIndex, type Identification, identifyClient } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { DOCUMENT_TYPES, type DocumentTypeId } from '../shared/domain/document-types.ts';
import { PAGE_JOINER } from '../shared/domain/training-example.ts';
import type { CorpusDoc } from './corpus/corpus.ts';
import { readCorpus, readCorrections, toLabelled } from './training/corpus-file.ts';
import { DEFAULT_CONFIG, type TrainConfig, trainClassifier, trainWithCrossValidation } from './training/train-model.ts';

const ROOT = resolve(import.meta.dirname, '..');

const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, 'data/corpus/corpus.jsonl') },
    corrections: { type: 'string', default: join(ROOT, 'data/corrections') },
    'correction-weight': { type: 'string', default: '3' },
    out: { type: 'string', default: join(ROOT, 'shared/domain/model/classifier-model.json') },
    directory: { type: 'string', default: join(ROOT, 'data/corpus/directory.json') },
    config: { type: 'string' },
    /** Folds of grouped cross-validation over train + validation templates; 0 = train on train, calibrate on validation. */
    folds: { type: 'string', default: '8' },
  },
});

const t0 = Date.now();
const corpus = readCorpus(values.corpus as string);
const corrections = readCorrections(values.corrections as string, Number(values['correction-weight']));
for (const s of corrections.skipped) console.warn(`skipped correction ${s}`);
const overrides = values.config ? (JSON.parse(values.config) as Partial<TrainConfig>) : {};
const config: TrainConfig = {
  ...DEFAULT_CONFIG,
  ...overrides,
  features: { ...DEFAULT_CONFIG.features, ...overrides.features },
  general: { ...DEFAULT_CONFIG.general, ...overrides.general },
};
const folds = Number(values.folds);
const train = corpus.filter((d) => d.split === 'train');
const validation = corpus.filter((d) => d.split === 'validation');

// Client identification of each held-out document, so the threshold is chosen on what would be routed.
const index = new ClientIndex(parseDirectory(JSON.parse(readFileSync(values.directory as string, 'utf8'))));
const routeCheckFor = (docs: CorpusDoc[]) => {
  const ids: Identification[] = docs.map((d) => identifyClient(d.pages.join(PAGE_JOINER), index));
  return (i: number, predicted: DocumentTypeId) => {
    const id = ids[i] as Identification;
    const doc = docs[i] as CorpusDoc;
    if (id.status === 'conflict') return { routable: false, clientRight: false };
    if (id.status === 'identified') return { routable: true, clientRight: id.clientNumber === doc.clientNumber };
    return { routable: DOCUMENT_TYPES[predicted].acceptsUnknownClient, clientRight: true };
  };
};
let result: ReturnType<typeof trainClassifier>;
if (folds > 1) {
  const pool = [...train, ...validation].map((d) => ({ ...toLabelled(d), group: d.group }));
  console.log(
    `training on ${pool.length} documents of the train and validation templates + ${corrections.docs.length} corrections; calibrating by ${folds}-fold grouped cross-validation`,
  );
  result = trainWithCrossValidation(pool, corrections.docs, config, folds, routeCheckFor([...train, ...validation]));
} else {
  console.log(
    `training on ${train.length} documents + ${corrections.docs.length} corrections, calibrating on ${validation.length} validation documents`,
  );
  result = trainClassifier([...train.map(toLabelled), ...corrections.docs], validation.map(toLabelled), config, routeCheckFor(validation));
}
const { model, validation: v } = result;
const out = values.out as string;
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, `${JSON.stringify(model)}\n`);
console.log(
  [
    `validation: accuracy ${(v.accuracy * 100).toFixed(2)}%, temperature ${v.temperature.toFixed(3)} (NLL ${v.nllBefore.toFixed(4)} → ${v.nllAfter.toFixed(4)}), ECE ${v.ece.toFixed(4)}`,
    `threshold ${v.threshold.toFixed(3)} for auto-route precision ≥ ${config.precisionTarget} (${v.thresholdMet ? 'met' : 'NOT met'}: ${(v.precisionAtThreshold * 100).toFixed(2)}% on ${(v.acceptedAtThreshold * 100).toFixed(1)}% of routable held-out documents)`,
    `per predicted type, above its held-out mistakes but the ${(config.typeErrorBudget.share * 100).toFixed(2)} % error budget spends where it routes most (threshold, routed/routable held-out, mistakes let through; the mistake it stops above): ${Object.entries(
      v.perType ?? {},
    )
      .map(
        ([type, t]) =>
          `${type} ${t.threshold.toFixed(2)} (${t.accepted}/${t.of}${t.mistakesAbove ? `, ${t.mistakesAbove} let through` : ''}${t.mistake ? `; a ${t.mistake.actual}${t.mistake.group ? ` of ${t.mistake.group}` : ''} at ${t.mistake.score.toFixed(3)}` : ''})`,
      )
      .join(', ')}`,
    `model: ${(statSync(out).size / 1024).toFixed(0)} KiB, ${JSON.stringify(model.info?.rows)}; trained in ${((Date.now() - t0) / 1000).toFixed(1)} s → ${out}`,
  ].join('\n'),
);
