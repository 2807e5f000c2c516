/**
 * `npm run train:split`: fits the boundary model of the split step (shared/domain/model/boundary-model.json)
 * on generated envelopes and stacks, and picks its two thresholds on envelopes of other templates.
 *
 *   tsx scripts/train-split.ts [--envelopes 4000] [--seed split-train-1] [--corrections data/corrections]
 *                              [--out shared/domain/model/boundary-model.json]
 *
 * - Training envelopes are built from the corpus generator's *train* templates, threshold envelopes
 *   from its *validation* templates; `npm run eval:split` uses the *test* templates, so no layout
 *   is seen both in fitting and in evaluation. The independent set (eval/) is never read here.
 * - Triage's split corrections (records `kind: "split"` in data/corrections/*.jsonl: the file's
 *   pages and the parts a person confirmed) are added to the training envelopes, weighted ×3.
 * - Each boundary's evidence is taken as the split step sees it after right decisions before it
 *   (`truthStarts`); the rules (sheets, page numbering, restricted types, another client) decide
 *   before the model and are not part of its training data.
 * - Two stages: a first-page model over each page's words and layout cues (half of the one-page
 *   documents run over onto unnumbered pages; cross-fitted, so the second stage learns from scores
 *   of layouts the page model did not see), then a logistic model over the evidence (`EVIDENCE`)
 *   with the signs a person would give it (`SIGNS`).
 * - Thresholds: `split` is the lowest score at which the model's boundaries are right ≥ 97% of the
 *   time on the threshold envelopes; below `keep` fewer than 3 in 100 true boundaries remain. In
 *   between a person decides (from the part in doubt on, the file goes to triage with a proposal).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { correctionLineJson } from '../shared/adapters/local/jsonl-correction-store.ts';
import { DEFAULT_FEATURE_WEIGHTS } from '../shared/domain/classifier.ts';
import { clientIndexFor } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { type BoundaryModel, EVIDENCE, splitPages } from '../shared/domain/split.ts';
import { splitCorrectionSchema } from '../shared/domain/split-correction.ts';
import { type CorpusDoc, generateCorpus } from './corpus/corpus.ts';
import { buildEnvelope, type Envelope, runOver } from './corpus/envelopes.ts';
import { generateDirectory } from './corpus/people.ts';
import { hashString, Rng } from './corpus/random.ts';
import { fitLogistic } from './training/calibration.ts';
import { correctionKeys } from './training/corpus-file.ts';
import { type Sample, trainBinary } from './training/linear-models.ts';
import { compactTable } from './training/model-file.ts';
import { pageVector } from './training/sparse.ts';
import { filterVector, sharedFeatures } from './training/train-model.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    envelopes: { type: 'string', default: '4000' },
    seed: { type: 'string', default: 'split-train-1' },
    corrections: { type: 'string', default: join(ROOT, 'data/corrections') },
    out: { type: 'string', default: join(ROOT, 'shared/domain/model/boundary-model.json') },
  },
});
const SEED = values.seed as string;
const ENVELOPES = Number(values.envelopes);
const CORRECTION_WEIGHT = 3;

/**
 * What a person reads as evidence must count that way: a new letterhead never argues for "same
 * document", a running header never for "new document". Generated envelopes have quirks of their
 * own (a salutation on the second page of a cut letter); a weight whose sign contradicts what the
 * evidence means is fixed at 0 and the rest refitted, so the model carries over to real post.
 */
const SIGNS: Partial<Record<(typeof EVIDENCE)[number], 1 | -1>> = {
  firstPage: 1,
  classifierFirstPage: 1,
  numberingStarts: 1,
  typeChange: 1,
  blankBefore: 1,
  letterhead: 1,
  title: 1,
  salutation: 1,
  closedBefore: 1,
  newClientEvidence: 1,
  typeSame: -1,
  letterOpen: -1,
  startsMidSentence: -1,
  endedMidSentence: -1,
  sameHeader: -1,
  sameClient: -1,
};

const directory = parseDirectory(generateDirectory(new Rng(`${SEED}:directory`)));
const index = clientIndexFor(directory);
const corpus = generateCorpus({ seed: SEED, count: 8000, directory }).filter((d) => !d.ocr);
const trainPool = corpus.filter((d) => d.split === 'train');
const validationPool = corpus.filter((d) => d.split === 'validation');
const rng = new Rng(`${SEED}:envelopes`);
/** Two halves of the train templates, by group. */
const half = (group: string) => (hashString(`${SEED}:half:${group}`) & 1) as 0 | 1;
// Each training envelope holds documents of one half of the train templates, so its pages can be
// scored by the page model of the other half.
const trainEnvelopes = Array.from({ length: ENVELOPES }, (_, i) => ({
  half: (i % 2) as 0 | 1,
  envelope: buildEnvelope(
    trainPool.filter((d) => half(d.group) === i % 2),
    rng,
  ),
}));
const validationEnvelopes = Array.from({ length: Math.round(ENVELOPES / 2) }, () => buildEnvelope(validationPool, rng));
const corrections = readSplitCorrections(values.corrections as string);

// Stage 1: the first-page model, on every page of the train templates' documents, half of the
// one-page ones run over onto unnumbered pages (the continuation pages a stack is full of). Only
// words that several layouts share: an issuer's name says nothing about a layout never seen.
// Cross-fitted: the boundary model learns from first-page scores of layouts the page model did not
// see (two halves of the template groups), as it will meet them; the final page model sees all.
const HASH_BITS = 20;
const pageStartFor = (docs: readonly CorpusDoc[], extra: Envelope[]) => fitPageStart(docs, extra, `${SEED}:first-page`);
const pageStart = pageStartFor(trainPool, corrections);
const crossFitted = ([0, 1] as const).map((h) =>
  pageStartFor(
    trainPool.filter((d) => half(d.group) !== h),
    [],
  ),
);

// Stage 2: the boundary model over the evidence, with stage 1's first-page probability.
const withPageStart = (p: BoundaryModel['pageStart']): BoundaryModel => ({
  features: [],
  weights: [],
  bias: 0,
  thresholds: { split: 0.5, keep: 0.5 },
  pageStart: p,
});

// Features of every boundary the model (not a rule) would decide, labelled with the truth.
const x: number[][] = [];
const y: boolean[] = [];
const starts = (e: Envelope) => new Set(e.documents.slice(1).map((d) => d.pages[0] as number));
for (const { envelope, weight, model } of [
  ...trainEnvelopes.map((e) => ({ envelope: e.envelope, weight: 1, model: withPageStart(crossFitted[1 - e.half]) })),
  ...corrections.map((e) => ({ envelope: e, weight: CORRECTION_WEIGHT, model: withPageStart(pageStart) })),
]) {
  const truth = starts(envelope);
  for (const b of splitPages(envelope.pages, index, { truthStarts: truth, model }).boundaries) {
    if (!b.evidence) continue;
    const row = EVIDENCE.map((name) => b.evidence?.[name] ?? 0);
    for (let k = 0; k < weight; k++) {
      x.push(row);
      y.push(truth.has(b.page));
    }
  }
}
const fit = fitWithSigns(x, y);
const fitted: BoundaryModel = { ...withPageStart(pageStart), features: [...EVIDENCE], weights: fit.weights, bias: fit.bias };

// Thresholds on envelopes of other templates, as the split step runs them (its own decisions).
const scored: { score: number; start: boolean }[] = [];
for (const envelope of validationEnvelopes) {
  const truth = starts(envelope);
  for (const b of splitPages(envelope.pages, index, { model: fitted }).boundaries)
    if (b.evidence) scored.push({ score: b.score, start: truth.has(b.page) });
}
const thresholds = chooseThresholds(scored);
for (const t of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]) {
  const above = scored.filter((p) => p.score >= t);
  const tp = above.filter((p) => p.start).length;
  console.log(`  at ${t}: precision ${(tp / above.length).toFixed(4)}, recall ${(tp / scored.filter((p) => p.start).length).toFixed(4)}`);
}
const model: BoundaryModel = { ...fitted, thresholds };
writeFileSync(values.out as string, `${JSON.stringify(model)}\n`);

const positives = y.filter(Boolean).length;
console.log(
  `boundary model: ${x.length} boundaries (${positives} true starts) from ${trainEnvelopes.length} envelopes` +
    ` + ${corrections.length} corrected files; thresholds split ${thresholds.split}, keep ${thresholds.keep}`,
);
for (const [i, name] of EVIDENCE.entries()) console.log(`  ${name.padEnd(18)} ${(fit.weights[i] as number).toFixed(3)}`);
console.log(`  ${'bias'.padEnd(18)} ${fit.bias.toFixed(3)}`);
console.log(`written to ${values.out}`);

function fitWithSigns(rows: number[][], labels: boolean[]): { weights: number[]; bias: number } {
  let active = EVIDENCE.map((_, i) => i);
  for (;;) {
    const fit = fitLogistic(
      rows.map((r) => active.map((i) => r[i] as number)),
      labels,
      1e-2,
    );
    const wrong = active.filter((i, k) => (SIGNS[EVIDENCE[i] as (typeof EVIDENCE)[number]] ?? 0) * (fit.weights[k] as number) < 0);
    if (wrong.length === 0) {
      const weights = EVIDENCE.map((_, i) => (active.includes(i) ? (fit.weights[active.indexOf(i)] as number) : 0));
      return { weights, bias: fit.bias };
    }
    // One at a time, the worst first: dropping one can set another's sign right.
    const worst = wrong.reduce((a, b) =>
      Math.abs(fit.weights[active.indexOf(b)] as number) > Math.abs(fit.weights[active.indexOf(a)] as number) ? b : a,
    );
    active = active.filter((i) => i !== worst);
  }
}

function chooseThresholds(points: { score: number; start: boolean }[]): { split: number; keep: number } {
  const grid = Array.from({ length: 99 }, (_, i) => (i + 1) / 100);
  const truePositives = points.filter((p) => p.start).length;
  // Lowest split threshold whose splits are right ≥ 97% of the time (the model's boundaries only:
  // with the rules' boundaries, the file's precision is higher).
  const split =
    grid.find((t) => {
      const above = points.filter((p) => p.score >= t);
      return above.length > 0 && above.filter((p) => p.start).length / above.length >= 0.97;
    }) ?? 0.99;
  // Highest keep threshold that leaves fewer than 3% of the true starts below it.
  const keep =
    [...grid].reverse().find((t) => t <= split && points.filter((p) => p.start && p.score <= t).length < 0.03 * truePositives) ?? 0.01;
  return { split, keep: Math.min(keep, split) };
}

function fitPageStart(docs: readonly CorpusDoc[], extra: Envelope[], seed: string): BoundaryModel['pageStart'] {
  const features = DEFAULT_FEATURE_WEIGHTS;
  const samples: Sample[] = [];
  const groups: (string | null)[] = [];
  const add = (text: string, first: boolean, weight: number, group: string | null) => {
    samples.push({ x: pageVector(text, HASH_BITS, features, false), y: first ? 1 : 0, weight });
    groups.push(group);
  };
  const rng = new Rng(`${seed}:run-over`);
  for (const d of docs)
    for (const [i, text] of (rng.chance(0.5) ? runOver(d.pages, rng) : d.pages).entries()) add(text, i === 0, 1, d.group);
  for (const e of extra)
    for (const doc of e.documents)
      for (const [i, page] of doc.pages.entries()) add(e.pages.find((p) => p.page === page)?.text ?? '', i === 0, CORRECTION_WEIGHT, null);
  const shared = sharedFeatures(samples, groups, 2);
  const w = trainBinary(
    samples.map((s) => ({ ...s, x: filterVector(s.x, shared) })),
    { dims: 1 << HASH_BITS, epochs: 6, lr: 0.3, l2: 1e-5, dropout: 0.1, seed },
  );
  const { kept: _kept, total: _total, ...table } = compactTable(w.w, 1, { maxRows: 20_000, minImportance: 0.02 });
  return { hashBits: HASH_BITS, features, table: { ...table, bias: Number(w.bias.toPrecision(8)) } };
}

/** Triage's split corrections: the file's pages and the parts a person confirmed. */
function readSplitCorrections(dir: string): Envelope[] {
  if (!existsSync(dir)) return [];
  const out: Envelope[] = [];
  const keys = correctionKeys(dir);
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()) {
    for (const [i, line] of readFileSync(join(dir, file), 'utf8').split('\n').entries()) {
      if (!line.trim()) continue;
      const parsed = splitCorrectionSchema.safeParse(JSON.parse(correctionLineJson(line, keys, `${file}:${i + 1}`)));
      if (!parsed.success) continue; // a type correction: the classifier's (npm run train)
      const record = parsed.data;
      out.push({
        pages: record.pages.map((p) => ({ ...p, sheet: p.sheet ?? null })),
        documents: record.parts.map((pages) => ({ pages, restricted: false, type: 'other' })),
        blank: record.pages.filter((p) => p.blank).map((p) => p.page),
      });
    }
  }
  return out;
}
