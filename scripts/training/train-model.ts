import {
  Classifier,
  type ClassifierModel,
  confidenceFeatures,
  DEFAULT_FEATURE_WEIGHTS,
  type FeatureSummary,
  type FeatureWeights,
} from '../../shared/domain/classifier.ts';
import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from '../../shared/domain/document-types.ts';
import { PAGE_JOINER } from '../../shared/domain/training-example.ts';
import { calibrationError, fitLogistic, fitTemperature, softmaxT } from './calibration.ts';
import { type Sample, trainBinary, trainSoftmax } from './linear-models.ts';
import { compactTable } from './model-file.ts';
import { documentVector, pageVector, type SparseVector } from './sparse.ts';
import { type ErrorBudget, perTypeThresholds, selectThreshold } from './threshold.ts';

/** A labelled document for training: what the classifier sees, its type, and how much it counts. */
export interface LabelledDoc {
  pages: string[];
  type: DocumentTypeId;
  /** For OCR'd documents, the printed text: trained on too, so both spellings are learnt. */
  sourcePages?: string[];
  weight?: number;
  /** Template group; features seen in fewer than `minGroups` groups are not learnt. Corrections have none. */
  group?: string;
}

export interface TrainConfig {
  seed: string;
  hashBits: number;
  features: FeatureWeights;
  epochs: number;
  lr: number;
  l2: number;
  dropout: number;
  /** Weight of single pages of multi-page documents as extra examples (page-level classification). */
  pageWeight: number;
  /** Weight of the clean (pre-OCR) text of OCR'd documents. */
  sourceWeight: number;
  maxRows: number;
  minImportance: number;
  /** A feature must occur in this many template groups to be learnt. */
  minGroups: number;
  /** The general-signals model added to the full one (weight 0: none). */
  general: { weight: number; l2: number; dropout: number };
  precisionTarget: number;
  /** The threshold never goes below this, whatever validation says. */
  thresholdFloor: number;
  /** Held-out mistakes the per-type thresholds may let through, spent where they route most (`perTypeThresholds`). */
  typeErrorBudget: ErrorBudget;
  /** Fit the confidence model (softmax + lexicon agreement → P(right)) on held-out scores. */
  confidenceModel: boolean;
  firstPage: { epochs: number; lr: number; l2: number; maxRows: number };
}

export const DEFAULT_CONFIG: TrainConfig = {
  seed: 'postkamer-model-1',
  hashBits: 20,
  features: DEFAULT_FEATURE_WEIGHTS,
  epochs: 8,
  lr: 0.3,
  l2: 1e-5,
  dropout: 0.2,
  pageWeight: 0.3,
  sourceWeight: 0.5,
  maxRows: 60_000,
  minGroups: 2,
  general: { weight: 1, l2: 1e-5, dropout: 0.2 },
  minImportance: 0.02,
  precisionTarget: 0.995,
  thresholdFloor: 0.5,
  typeErrorBudget: { share: 0.0025, minTypePrecision: 0.98, minBandPrecision: 0.96 },
  confidenceModel: true,
  firstPage: { epochs: 6, lr: 0.3, l2: 1e-5, maxRows: 20_000 },
};

export interface ValidationSummary {
  documents: number;
  accuracy: number;
  temperature: number;
  nllBefore: number;
  nllAfter: number;
  ece: number;
  threshold: number;
  thresholdMet: boolean;
  precisionAtThreshold: number;
  acceptedAtThreshold: number;
  /** Share of all held-out documents that would be auto-routed at the threshold. */
  routedShare: number;
  /** The fitted confidence model, when enabled. */
  confidence?: { weights: number[]; bias: number };
  /** Per predicted type: the threshold for the same misroute target, where there was enough data. */
  thresholds?: Partial<Record<DocumentTypeId, number>>;
  /**
   * Per type: its threshold, the number routed of the routable held-out documents, and the
   * highest-scoring held-out mistake that set it (its true type and template group, when known).
   */
  perType?: Partial<Record<DocumentTypeId, TypeThresholdInfo>>;
}

export interface TypeThresholdInfo {
  threshold: number;
  accepted: number;
  of: number;
  /** Held-out mistakes at or above the threshold (the type's share of the error budget). */
  mistakesAbove?: number;
  /** The highest-scoring held-out mistake below the threshold: the one it stops above. */
  mistake?: { score: number; actual: DocumentTypeId; group?: string };
}

const docText = (pages: string[]) => pages.join(PAGE_JOINER);

/**
 * Features seen in at least `minGroups` template groups (a correction counts as enough on its
 * own: it is a real document). A word only one layout uses (an issuer's name, a product name)
 * says nothing about layouts the model has not seen, and leaning on it hurts there.
 */
export function sharedFeatures(samples: Sample[], groups: (string | null)[], minGroups: number): Set<number> {
  const seen = new Map<number, Set<string>>();
  const kept = new Set<number>();
  samples.forEach((s, i) => {
    const g = groups[i] ?? null;
    for (const b of s.x.idx) {
      if (g === null) {
        kept.add(b);
        continue;
      }
      let set = seen.get(b);
      if (!set) {
        set = new Set<string>();
        seen.set(b, set);
      }
      if (set.size < minGroups) set.add(g);
    }
  });
  for (const [b, set] of seen) if (set.size >= minGroups) kept.add(b);
  return kept;
}

export function filterVector(x: SparseVector, kept: Set<number>, keepUnknown = false): SparseVector {
  const idx: number[] = [];
  const val: number[] = [];
  for (let i = 0; i < x.idx.length; i++) {
    const b = x.idx[i] as number;
    if (kept.has(b) || keepUnknown) {
      idx.push(b);
      val.push(x.val[i] as number);
    }
  }
  return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
}

const classes = [...DOCUMENT_TYPE_IDS];
const classIndex = new Map<string, number>(classes.map((c, i) => [c, i]));

/** Fits the type and first-page models and compacts them; temperature 1, no threshold yet. */
export function fitModel(train: LabelledDoc[], config: TrainConfig): ClassifierModel {
  const dims = 1 << config.hashBits;

  // Type model: whole documents, their clean text when OCR'd, and single pages of long documents.
  const samples: Sample[] = [];
  const groupOfSample: (string | null)[] = [];
  train.forEach((d) => {
    const y = classIndex.get(d.type) as number;
    const w = d.weight ?? 1;
    const group = d.group ?? null;
    const add = (x: SparseVector, weight: number) => {
      samples.push({ x, y, weight });
      groupOfSample.push(group);
    };
    add(documentVector(docText(d.pages), config.hashBits, config.features), w);
    if (d.sourcePages) add(documentVector(docText(d.sourcePages), config.hashBits, config.features), w * config.sourceWeight);
    if (d.pages.length > 1) for (const p of d.pages) add(documentVector(p, config.hashBits, config.features), w * config.pageWeight);
  });
  const shared = sharedFeatures(samples, groupOfSample, config.minGroups);
  for (const s of samples) s.x = filterVector(s.x, shared);
  const typeWeights = trainSoftmax(samples, classes.length, {
    dims,
    epochs: config.epochs,
    lr: config.lr,
    l2: config.l2,
    dropout: config.dropout,
    seed: `${config.seed}:type`,
  });
  if (config.general.weight > 0) {
    // A second model on the general signals only (vocabulary, titles, subject lines, cues): it cannot
    // lean on one issuer's wording, so it carries over to unseen layouts. Both are linear in the same
    // buckets, so the sum of their weights is one model.
    const generalWeights = { ...config.features, word: 0, bigram: 0, char: 0 };
    const general: Sample[] = [];
    train.forEach((d) => {
      const y = classIndex.get(d.type) as number;
      const w = d.weight ?? 1;
      general.push({ x: filterVector(documentVector(docText(d.pages), config.hashBits, generalWeights), shared), y, weight: w });
      if (d.sourcePages)
        general.push({
          x: filterVector(documentVector(docText(d.sourcePages), config.hashBits, generalWeights), shared),
          y,
          weight: w * config.sourceWeight,
        });
    });
    const g = trainSoftmax(general, classes.length, {
      dims,
      epochs: config.epochs,
      lr: config.lr,
      l2: config.general.l2,
      dropout: config.general.dropout,
      seed: `${config.seed}:general`,
    });
    const a = config.general.weight;
    for (let i = 0; i < typeWeights.w.length; i++) typeWeights.w[i] = (typeWeights.w[i] as number) + a * (g.w[i] as number);
    for (let k = 0; k < typeWeights.bias.length; k++) typeWeights.bias[k] = (typeWeights.bias[k] as number) + a * (g.bias[k] as number);
  }

  // First-page model: every page, positive when it is a document's first.
  const pageSamples: Sample[] = [];
  for (const d of train)
    for (const [i, p] of d.pages.entries())
      pageSamples.push({
        x: filterVector(pageVector(p, config.hashBits, config.features), shared, true),
        y: i === 0 ? 1 : 0,
        weight: d.weight ?? 1,
      });
  const pageWeights = trainBinary(pageSamples, {
    dims,
    epochs: config.firstPage.epochs,
    lr: config.firstPage.lr,
    l2: config.firstPage.l2,
    dropout: 0,
    seed: `${config.seed}:first-page`,
  });

  const typeTable = compactTable(typeWeights.w, classes.length, { maxRows: config.maxRows, minImportance: config.minImportance });
  const pageTable = compactTable(pageWeights.w, 1, { maxRows: config.firstPage.maxRows, minImportance: config.minImportance });
  const { kept, total, ...typeRest } = typeTable;
  const { kept: pageKept, total: pageTotal, ...pageRest } = pageTable;
  return {
    version: 1,
    classes,
    hashBits: config.hashBits,
    features: config.features,
    temperature: 1,
    threshold: 1,
    precisionTarget: config.precisionTarget,
    type: { ...typeRest, bias: Array.from(typeWeights.bias, (b) => Number(b.toPrecision(8))) },
    firstPage: { ...pageRest, bias: Number(pageWeights.bias.toPrecision(8)) },
    info: {
      trainedOn: { documents: train.length, samples: samples.length, pages: pageSamples.length },
      rows: { type: kept, typeNonZero: total, firstPage: pageKept, firstPageNonZero: pageTotal },
    },
  };
}

/** Held-out scores: raw logits of documents whose templates the scoring model never saw. */
export interface HeldOut {
  logits: Float64Array[];
  labels: number[];
  summaries: FeatureSummary[];
  /** Each document's template group, when known: says which layout a threshold was set by. */
  groups?: string[];
}

export function scoreHeldOut(model: ClassifierModel, docs: LabelledDoc[]): HeldOut {
  const clf = new Classifier(model);
  const analysed = docs.map((d) => clf.analyse(docText(d.pages)));
  return {
    logits: analysed.map((a) => a.logits),
    summaries: analysed.map((a) => a.summary),
    labels: docs.map((d) => classIndex.get(d.type) as number),
  };
}

/** Temperature, calibration error and auto-route threshold from held-out scores. */
/**
 * What routing would do with a held-out document if its type were `predicted` (confidence aside):
 * whether it would be routed at all (a client found, or a team that takes unknown people; no
 * conflict), and whether the client would then be right. Lets the threshold be chosen for the
 * precision of what is actually auto-routed.
 */
export type RouteCheck = (heldOutIndex: number, predicted: DocumentTypeId) => { routable: boolean; clientRight: boolean };

export function calibrate(heldOut: HeldOut, config: TrainConfig, routeCheck?: RouteCheck): ValidationSummary {
  const { logits, labels, summaries } = heldOut;
  const temperature = logits.length ? fitTemperature(logits, labels) : 1;
  const nll = (t: number) =>
    logits.reduce((s, z, i) => s - Math.log(Math.max(1e-12, softmaxT(z, t)[labels[i] as number] as number)), 0) /
    Math.max(1, logits.length);
  // The confidence model: P(top type right) from the softmax and the lexicon's agreement.
  const probs = logits.map((z) => softmaxT(z, temperature));
  const best = probs.map((p) => p.reduce((b, v, k) => (v > (p[b] as number) ? k : b), 0));
  const correct = best.map((b, i) => b === labels[i]);
  const meta = probs.map((p, i) => confidenceFeatures(p, summaries[i] as FeatureSummary, best[i] as number));
  const confidence = config.confidenceModel && logits.length ? fitLogistic(meta, correct) : undefined;
  const conf = probs.map((p, i) => {
    if (!confidence) return Math.round((p[best[i] as number] as number) * 1000) / 1000;
    let z = confidence.bias;
    (meta[i] as number[]).forEach((v, j) => {
      z += (confidence.weights[j] ?? 0) * v;
    });
    return Math.round((1 / (1 + Math.exp(-z))) * 1000) / 1000;
  });
  const decisions: { score: number; correct: boolean; type: DocumentTypeId; index: number }[] = [];
  conf.forEach((c, i) => {
    const predicted = classes[best[i] as number] as DocumentTypeId;
    if (predicted === 'other') return;
    const route = routeCheck?.(i, predicted) ?? { routable: true, clientRight: true };
    if (route.routable) decisions.push({ score: c, correct: (correct[i] as boolean) && route.clientRight, type: predicted, index: i });
  });
  const choice = selectThreshold(decisions, config.precisionTarget, { minAccepted: 30, floor: config.thresholdFloor });
  const overall = Math.max(choice.threshold, config.thresholdFloor);
  // Per predicted type: above its highest-scoring held-out mistakes, with the error budget spent
  // where it routes most (`perTypeThresholds`): a type the model confuses needs more confidence.
  // Never below the threshold of all types together: one type's few held-out documents cannot show
  // the target precision below it (187 right of 187 still allows 1.6 % wrong), and layouts it never
  // saw are taken for it with middling scores.
  const thresholds: Partial<Record<DocumentTypeId, number>> = {};
  const perType: NonNullable<ValidationSummary['perType']> = {};
  for (const [type, t] of perTypeThresholds(decisions, overall, config.typeErrorBudget)) {
    const threshold = Number(t.threshold.toFixed(3));
    thresholds[type as DocumentTypeId] = threshold;
    // The mistake it stops above: the highest-scoring one below the threshold.
    const worst = decisions
      .filter((d) => d.type === type && !d.correct && d.score < t.threshold)
      .reduce<(typeof decisions)[number] | undefined>((w, d) => (!w || d.score > w.score ? d : w), undefined);
    const group = worst && heldOut.groups?.[worst.index];
    perType[type as DocumentTypeId] = {
      threshold,
      accepted: t.routed,
      of: t.of,
      ...(t.errors && { mistakesAbove: t.errors }),
      ...(worst && {
        mistake: { score: worst.score, actual: classes[labels[worst.index] as number] as DocumentTypeId, ...(group && { group }) },
      }),
    };
  }
  const { ece } = calibrationError(conf, correct, 10);
  return {
    documents: logits.length,
    accuracy: correct.filter(Boolean).length / Math.max(1, correct.length),
    temperature,
    nllBefore: nll(1),
    nllAfter: nll(temperature),
    ece,
    threshold: overall,
    thresholdMet: choice.met,
    precisionAtThreshold: choice.precision,
    acceptedAtThreshold: choice.acceptedRate,
    routedShare: choice.accepted / Math.max(1, logits.length),
    ...(confidence ? { confidence } : {}),
    thresholds,
    perType,
  };
}

function finish(model: ClassifierModel, summary: ValidationSummary, config: TrainConfig, how: string): ClassifierModel {
  const { confidence, thresholds, perType, ...numbers } = summary;
  return {
    ...model,
    temperature: summary.temperature,
    threshold: summary.threshold,
    ...(thresholds ? { thresholds } : {}),
    ...(confidence ? { confidence } : {}),
    info: { ...model.info, config, calibration: how, validation: roundAll(numbers), thresholdsPerType: perType },
  };
}

/** Trains on `train`, calibrates and picks the threshold on `validation` (held-out templates). */
export function trainClassifier(
  train: LabelledDoc[],
  validation: LabelledDoc[],
  config: TrainConfig = DEFAULT_CONFIG,
  routeCheck?: RouteCheck,
): { model: ClassifierModel; validation: ValidationSummary } {
  const draft = fitModel(train, config);
  const summary = calibrate(scoreHeldOut(draft, validation), config, routeCheck);
  return { model: finish(draft, summary, config, 'validation split'), validation: summary };
}

/**
 * Grouped cross-validation: every document of `pool` is scored by a model trained without its
 * template group (`group`), the temperature and threshold are chosen on those held-out scores, and
 * the final model is fitted on the whole pool. More layouts in training, and calibration still on
 * layouts the scoring model never saw. `extra` (corrections) joins every fold's training set.
 */
export function trainWithCrossValidation(
  pool: (LabelledDoc & { group: string; type: DocumentTypeId })[],
  extra: LabelledDoc[],
  config: TrainConfig = DEFAULT_CONFIG,
  folds = 4,
  /** Indexes are positions in `pool`. */
  routeCheck?: RouteCheck,
): { model: ClassifierModel; validation: ValidationSummary } {
  const groupsByType = new Map<string, string[]>();
  for (const d of pool) {
    const list = groupsByType.get(d.type) ?? [];
    if (!list.includes(d.group)) list.push(d.group);
    groupsByType.set(d.type, list);
  }
  const foldOf = new Map<string, number>();
  for (const groups of groupsByType.values()) for (const [i, g] of [...groups].sort().entries()) foldOf.set(g, i % folds);
  const heldOut: HeldOut = { logits: [], labels: [], summaries: [], groups: [] };
  const poolIndex: number[] = [];
  for (let f = 0; f < folds; f++) {
    const fold = fitModel([...pool.filter((d) => foldOf.get(d.group) !== f), ...extra], config);
    const members = pool.map((d, i) => [d, i] as const).filter(([d]) => foldOf.get(d.group) === f);
    const scored = scoreHeldOut(
      fold,
      members.map(([d]) => d),
    );
    heldOut.logits.push(...scored.logits);
    heldOut.labels.push(...scored.labels);
    heldOut.summaries.push(...scored.summaries);
    heldOut.groups?.push(...members.map(([d]) => d.group));
    poolIndex.push(...members.map(([, i]) => i));
  }
  const summary = calibrate(heldOut, config, routeCheck && ((i, predicted) => routeCheck(poolIndex[i] as number, predicted)));
  const model = fitModel([...pool, ...extra], config);
  return {
    model: finish(model, summary, config, `${folds}-fold grouped cross-validation over train + validation templates`),
    validation: summary,
  };
}

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(6)) : v])) as T;
}
