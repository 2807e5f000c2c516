/**
 * Hyper-parameter search for the classifier: grouped k-fold cross-validation over the train and
 * validation templates (never the test split). Each fold holds out whole template groups per type.
 *
 *   tsx scripts/training/tune.ts '[{"l2":1e-5},{"l2":1e-4}]' [--folds 4]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Classifier } from '../../shared/domain/classifier.ts';
import { ClientIndex, identifyClient } from '../../shared/domain/client-matching.ts';
import { parseDirectory } from '../../shared/domain/directory.ts';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES } from '../../shared/domain/document-types.ts';
import { PAGE_JOINER } from '../../shared/domain/training-example.ts';
import { hashString } from '../corpus/random.ts';
import { fitTemperature, softmaxT } from './calibration.ts';
import { readCorpus, toLabelled } from './corpus-file.ts';
import { selectThreshold } from './threshold.ts';
import { calibrate, DEFAULT_CONFIG, type HeldOut, type TrainConfig, trainClassifier } from './train-model.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { folds: { type: 'string', default: '4' }, corpus: { type: 'string', default: join(ROOT, 'data/corpus/corpus.jsonl') } },
});
const folds = Number(values.folds);
const docs = readCorpus(values.corpus as string).filter((d) => d.split !== 'test');
const clientIndex = new ClientIndex(parseDirectory(JSON.parse(readFileSync(join(ROOT, 'data/corpus/directory.json'), 'utf8'))));
const idOf = new Map(docs.map((d) => [d.id, identifyClient(d.pages.join(PAGE_JOINER), clientIndex)]));
const groupsByType = new Map<string, string[]>();
for (const d of docs) {
  const list = groupsByType.get(d.type) ?? [];
  if (!list.includes(d.group)) list.push(d.group);
  groupsByType.set(d.type, list);
}
const foldOf = new Map<string, number>();
for (const groups of groupsByType.values())
  for (const [i, g] of groups.sort((a, b) => hashString(`fold:${a}`) - hashString(`fold:${b}`)).entries()) foldOf.set(g, i % folds);

const configs = (positionals[0] ? (JSON.parse(positionals[0]) as Partial<TrainConfig>[]) : [{}]).map((c) => ({
  ...DEFAULT_CONFIG,
  ...c,
  features: { ...DEFAULT_CONFIG.features, ...c.features },
  general: { ...DEFAULT_CONFIG.general, ...c.general },
}));
for (const config of configs) {
  const t0 = Date.now();
  const logits: Float64Array[] = [];
  const labels: number[] = [];
  const isOcr: boolean[] = [];
  const templates: string[] = [];
  const heldDocs: typeof docs = [];
  const heldOut: HeldOut = { logits: [], labels: [], summaries: [] };
  for (let f = 0; f < folds; f++) {
    const train = docs.filter((d) => foldOf.get(d.group) !== f).map(toLabelled);
    const held = docs.filter((d) => foldOf.get(d.group) === f);
    const { model } = trainClassifier(train, [], config);
    const clf = new Classifier(model);
    for (const d of held) {
      const a = clf.analyse(d.pages.join(PAGE_JOINER));
      heldOut.logits.push(a.logits);
      heldOut.summaries.push(a.summary);
      heldOut.labels.push(DOCUMENT_TYPE_IDS.indexOf(d.type));
      logits.push(a.logits);
      labels.push(DOCUMENT_TYPE_IDS.indexOf(d.type));
      isOcr.push(d.ocr);
      templates.push(d.template);
      heldDocs.push(d);
    }
  }
  const t = fitTemperature(logits, labels);
  const preds = logits.map((z) => {
    const p = softmaxT(z, t);
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
    return { best, conf: p[best] as number };
  });
  const acc = preds.filter((p, i) => p.best === labels[i]).length / preds.length;
  const ocrIdx = preds.map((_, i) => i).filter((i) => isOcr[i]);
  const ocrAcc = ocrIdx.filter((i) => preds[i]?.best === labels[i]).length / Math.max(1, ocrIdx.length);
  const f1s = DOCUMENT_TYPE_IDS.map((_, k) => {
    const tp = preds.filter((p, i) => p.best === k && labels[i] === k).length;
    const fp = preds.filter((p, i) => p.best === k && labels[i] !== k).length;
    const fn = preds.filter((p, i) => p.best !== k && labels[i] === k).length;
    return tp ? (2 * tp) / (2 * tp + fp + fn) : 0;
  });
  const other = DOCUMENT_TYPE_IDS.indexOf('other');
  const decisions: { score: number; correct: boolean }[] = [];
  preds.forEach((p, i) => {
    if (p.best === other) return;
    const d = heldDocs[i] as (typeof docs)[number];
    const id = idOf.get(d.id);
    if (!id || id.status === 'conflict') return;
    if (id.status === 'none' && !DOCUMENT_TYPES[DOCUMENT_TYPE_IDS[p.best] as 'other'].acceptsUnknownClient) return;
    const clientRight = id.status === 'identified' ? id.clientNumber === d.clientNumber : true;
    decisions.push({ score: p.conf, correct: p.best === labels[i] && clientRight });
  });
  const nll = logits.reduce((s, z, i) => s - Math.log(Math.max(1e-12, softmaxT(z, t)[labels[i] as number] as number)), 0) / logits.length;
  const c995 = selectThreshold(decisions, 0.995, { minAccepted: 30 });
  const cal = calibrate(heldOut, config, (i, predicted) => {
    const d = heldDocs[i] as (typeof docs)[number];
    const id = idOf.get(d.id);
    if (!id || id.status === 'conflict') return { routable: false, clientRight: false };
    if (id.status === 'identified') return { routable: true, clientRight: id.clientNumber === d.clientNumber };
    return { routable: DOCUMENT_TYPES[predicted].acceptsUnknownClient, clientRight: true };
  });
  if (process.env.TUNE_ERRORS) {
    const wrong: string[] = [];
    preds.forEach((p, i) => {
      const d = heldDocs[i] as (typeof docs)[number];
      const id = idOf.get(d.id);
      if (p.best === other || !id || id.status === 'conflict') return;
      if (id.status === 'none' && !DOCUMENT_TYPES[DOCUMENT_TYPE_IDS[p.best] as 'other'].acceptsUnknownClient) return;
      const clientRight = id.status === 'identified' ? id.clientNumber === d.clientNumber : true;
      if (p.best !== labels[i] || !clientRight)
        wrong.push(
          `${p.conf.toFixed(3)} ${d.id} ${d.template}${d.ocr ? ' (ocr)' : ''} → ${DOCUMENT_TYPE_IDS[p.best]}${clientRight ? '' : ' WRONG CLIENT'}`,
        );
    });
    console.log(`   routable errors (top): ${wrong.sort().reverse().slice(0, 12).join('\n      ')}`);
  }
  const c99 = selectThreshold(decisions, 0.99, { minAccepted: 30 });
  const diff = Object.fromEntries(
    Object.entries(config).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify((DEFAULT_CONFIG as unknown as Record<string, unknown>)[k]),
    ),
  );
  console.log(
    `${JSON.stringify(diff)}  acc ${(acc * 100).toFixed(2)}  ocrAcc ${(ocrAcc * 100).toFixed(1)} (${ocrIdx.length})  macroF1 ${(f1s.reduce((a, b) => a + b, 0) / f1s.length).toFixed(4)}  T ${t.toFixed(2)}  NLL ${nll.toFixed(4)}  route@99.5 ${((c995.accepted / preds.length) * 100).toFixed(1)}% (t ${c995.threshold.toFixed(3)})  meta: route ${(cal.routedShare * 100).toFixed(1)}% (t ${cal.threshold.toFixed(3)}, ${cal.thresholdMet ? 'met' : 'NOT met'}) ECE ${cal.ece.toFixed(4)}  route@99 ${((c99.accepted / preds.length) * 100).toFixed(1)}%  ${((Date.now() - t0) / 1000).toFixed(0)} s`,
  );
  const worst = DOCUMENT_TYPE_IDS.map((id, k) => [id, f1s[k] as number] as const)
    .sort((a, b) => a[1] - b[1])
    .slice(0, 5);
  if (process.env.TUNE_ERRORS) {
    const errs = new Map<string, Map<string, number>>();
    preds.forEach((p, i) => {
      if (p.best === labels[i]) return;
      const m = errs.get(templates[i] as string) ?? new Map<string, number>();
      const k = `${DOCUMENT_TYPE_IDS[p.best]}${p.conf > 0.9 ? '!' : ''}`;
      m.set(k, (m.get(k) ?? 0) + 1);
      errs.set(templates[i] as string, m);
    });
    const totals = new Map<string, number>();
    for (const t of templates) totals.set(t, (totals.get(t) ?? 0) + 1);
    for (const [t, m] of [...errs].sort((a, b) => [...b[1].values()].reduce((x, y) => x + y) - [...a[1].values()].reduce((x, y) => x + y)))
      console.log(`     ${t} (${totals.get(t)}): ${[...m].map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
  console.log(`   weakest: ${worst.map(([id, f]) => `${id} ${f.toFixed(3)}`).join(', ')}`);
}
