import { Classifier, type ClassifierModel } from '../../shared/domain/classifier.ts';
import { DOCUMENT_TYPE_IDS, type DocumentTypeId } from '../../shared/domain/document-types.ts';
import { PAGE_JOINER } from '../../shared/domain/training-example.ts';
import { calibrationError, fitTemperature, softmaxT } from './calibration.ts';
import { type Sample, trainBinary, trainSoftmax } from './linear-models.ts';
import { compactTable } from './model-file.ts';
import { documentVector, pageVector } from './sparse.ts';
import { selectThreshold } from './threshold.ts';

/** A labelled document for training: what the classifier sees, its type, and how much it counts. */
export interface LabelledDoc {
  pages: string[];
  type: DocumentTypeId;
  /** For OCR'd documents, the printed text: trained on too, so both spellings are learnt. */
  sourcePages?: string[];
  weight?: number;
}

export interface TrainConfig {
  seed: string;
  hashBits: number;
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
  precisionTarget: number;
  /** The threshold never goes below this, whatever validation says. */
  thresholdFloor: number;
  firstPage: { epochs: number; lr: number; l2: number; maxRows: number };
}

export const DEFAULT_CONFIG: TrainConfig = {
  seed: 'postkamer-model-1',
  hashBits: 20,
  epochs: 8,
  lr: 0.3,
  l2: 1e-5,
  dropout: 0.2,
  pageWeight: 0.3,
  sourceWeight: 0.5,
  maxRows: 60_000,
  minImportance: 0.02,
  precisionTarget: 0.995,
  thresholdFloor: 0.5,
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
}

const docText = (pages: string[]) => pages.join(PAGE_JOINER);

export function trainClassifier(
  train: LabelledDoc[],
  validation: LabelledDoc[],
  config: TrainConfig = DEFAULT_CONFIG,
): { model: ClassifierModel; validation: ValidationSummary } {
  const classes = [...DOCUMENT_TYPE_IDS];
  const classIndex = new Map<string, number>(classes.map((c, i) => [c, i]));
  const dims = 1 << config.hashBits;

  // Type model: whole documents, their clean text when OCR'd, and single pages of long documents.
  const samples: Sample[] = [];
  for (const d of train) {
    const y = classIndex.get(d.type) as number;
    const w = d.weight ?? 1;
    samples.push({ x: documentVector(docText(d.pages), config.hashBits), y, weight: w });
    if (d.sourcePages) samples.push({ x: documentVector(docText(d.sourcePages), config.hashBits), y, weight: w * config.sourceWeight });
    if (d.pages.length > 1)
      for (const p of d.pages) samples.push({ x: documentVector(p, config.hashBits), y, weight: w * config.pageWeight });
  }
  const typeWeights = trainSoftmax(samples, classes.length, {
    dims,
    epochs: config.epochs,
    lr: config.lr,
    l2: config.l2,
    dropout: config.dropout,
    seed: `${config.seed}:type`,
  });

  // First-page model: every page, positive when it is a document's first.
  const pageSamples: Sample[] = [];
  for (const d of train)
    d.pages.forEach((p, i) => pageSamples.push({ x: pageVector(p, config.hashBits), y: i === 0 ? 1 : 0, weight: d.weight ?? 1 }));
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
  const draft: ClassifierModel = {
    version: 1,
    classes,
    hashBits: config.hashBits,
    temperature: 1,
    threshold: 1,
    precisionTarget: config.precisionTarget,
    type: { ...typeRest, bias: Array.from(typeWeights.bias, (b) => Number(b.toPrecision(8))) },
    firstPage: { ...pageRest, bias: Number(pageWeights.bias.toPrecision(8)) },
  };

  // Calibrate and choose the threshold on validation templates, with the quantised model itself.
  const clf = new Classifier(draft);
  const logits = validation.map((d) => clf.logits(docText(d.pages)));
  const labels = validation.map((d) => classIndex.get(d.type) as number);
  const temperature = validation.length ? fitTemperature(logits, labels) : 1;
  const nll = (t: number) =>
    logits.reduce((s, z, i) => s - Math.log(Math.max(1e-12, softmaxT(z, t)[labels[i] as number] as number)), 0) /
    Math.max(1, logits.length);
  const conf: number[] = [];
  const correct: boolean[] = [];
  const decisions: { score: number; correct: boolean }[] = [];
  logits.forEach((z, i) => {
    const p = softmaxT(z, temperature);
    let best = 0;
    for (let k = 1; k < p.length; k++) if ((p[k] as number) > (p[best] as number)) best = k;
    const c = Math.round((p[best] as number) * 1000) / 1000;
    conf.push(c);
    correct.push(best === labels[i]);
    if (classes[best] !== 'other') decisions.push({ score: c, correct: best === labels[i] });
  });
  const choice = selectThreshold(decisions, config.precisionTarget, { minAccepted: 30, floor: config.thresholdFloor });
  const { ece } = calibrationError(conf, correct, 10);
  const summary: ValidationSummary = {
    documents: validation.length,
    accuracy: correct.filter(Boolean).length / Math.max(1, correct.length),
    temperature,
    nllBefore: nll(1),
    nllAfter: nll(temperature),
    ece,
    threshold: Math.max(choice.threshold, config.thresholdFloor),
    thresholdMet: choice.met,
    precisionAtThreshold: choice.precision,
    acceptedAtThreshold: choice.acceptedRate,
  };
  const model: ClassifierModel = {
    ...draft,
    temperature,
    threshold: summary.threshold,
    info: {
      trainedOn: { documents: train.length, samples: samples.length, pages: pageSamples.length },
      rows: { type: kept, typeNonZero: total, firstPage: pageKept, firstPageNonZero: pageTotal },
      config,
      validation: roundAll(summary),
    },
  };
  return { model, validation: summary };
}

function roundAll<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, typeof v === 'number' ? Number(v.toPrecision(6)) : v])) as T;
}
