/**
 * `npm run eval`: measures the committed classifier (shared/domain/model/classifier-model.json)
 * together with client identification and routing on the test split of the corpus: templates the
 * model never saw in training or validation.
 *
 *   tsx scripts/eval.ts [--corpus data/corpus/corpus.jsonl] [--split test] [--json]
 *   tsx scripts/eval.ts --set independent [--only h,i] [--json] [--text-cache data/eval-text]   (every
 *     eval/independent-documents-* set: written by people who never saw the generator; never tune
 *     on them; scripts/lib/document-sets.ts. With --text-cache a second run reads no page again.)
 *
 * Writes reports/classifier-eval.md and reports/classifier-eval.json; with --json the last line
 * of stdout is that JSON object.
 *
 * Definitions
 * - auto-routed: `decideRoute` returned status "routed" (threshold = the model's threshold for the predicted type).
 * - correct auto-route: the type is right and the client is right: the labelled client, or no
 *   client for a type whose team handles unknown people (objection, complaint, application, court).
 * - client identification per document: right (the labelled client, or nobody for a person the
 *   directory does not know), wrong (a different client), none (no client, or conflicting
 *   evidence, for a known client).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AUTO_ROUTE_THRESHOLD,
  Classifier,
  type ClassifierModel,
  classify,
  classifyPages,
  routeThreshold,
  typeRouteThreshold,
} from '../shared/domain/classifier.ts';
import { ClientIndex, type Identification, identifyClient } from '../shared/domain/client-matching.ts';
import { parseDirectory } from '../shared/domain/directory.ts';
import { DOCUMENT_TYPE_IDS, DOCUMENT_TYPES, type DocumentTypeId } from '../shared/domain/document-types.ts';
import { detectLanguage } from '../shared/domain/language.ts';
import { decideRoute, type RouteDecision } from '../shared/domain/routing.ts';
import { PAGE_JOINER } from '../shared/domain/training-example.ts';
import type { CorpusDoc } from './corpus/corpus.ts';
import { Rng } from './corpus/random.ts';
import { evaluateSet, printReport, reportOutcomes } from './lib/document-sets.ts';
import { calibrationError } from './training/calibration.ts';
import { readCorpus } from './training/corpus-file.ts';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(ROOT, 'data/corpus/corpus.jsonl') },
    directory: { type: 'string', default: join(ROOT, 'data/corpus/directory.json') },
    split: { type: 'string', default: 'test' },
    /** generated: the corpus's test split; independent: every eval/independent-documents-* set. */
    set: { type: 'string', default: 'generated' },
    json: { type: 'boolean', default: false },
    /** Independent sets: keep each file's extracted text here and read it from here on the next run (no OCR). */
    'text-cache': { type: 'string' },
    /** Independent sets: only these (comma-separated letters, e.g. "h,i"), e.g. a new set's first measurement. */
    only: { type: 'string' },
    out: { type: 'string', default: join(ROOT, 'reports') },
  },
});

if (values.set === 'independent') {
  const folders = readdirSync(join(ROOT, 'eval'))
    .filter((f) => f.startsWith('independent-documents-'))
    .filter((f) => !values.only || values.only.split(',').includes(f.slice('independent-documents-'.length)))
    .sort()
    .map((f) => join('eval', f));
  if (!folders.length) throw new Error(`no independent set in eval/ matches --only ${values.only}`);
  const dir = parseDirectory(JSON.parse(readFileSync(join(ROOT, 'examples/directory.json'), 'utf8')));
  const bySet: Parameters<typeof reportOutcomes>[0] = {};
  for (const folder of folders) {
    process.stderr.write(`${folder}: `);
    bySet[folder] = await evaluateSet(join(ROOT, folder), dir, {
      onDocument: () => process.stderr.write('.'),
      textCache: values['text-cache'] as string | undefined,
    });
    process.stderr.write('\n');
  }
  const report = reportOutcomes(bySet);
  mkdirSync(values.out as string, { recursive: true });
  writeFileSync(join(values.out as string, 'independent-eval.json'), `${JSON.stringify(report, null, 2)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify(report)}\n`);
  else printReport(report);
  process.exit(0);
}
if (values.set !== 'generated') throw new Error(`--set is "generated" or "independent", not "${values.set}"`);

/** Issue 16's targets: auto-route ≥ 85 % with misroutes ≤ 0.5 %, the same as on the independent sets. */
export const TARGETS = { autoRoutePrecision: 0.995, autoRouteRate: 0.85, macroF1: 0.95, wrongClientRate: 0.001 };
const RECEIVED_AT = new Date('2026-03-10T10:00:00+01:00');

const directory = parseDirectory(JSON.parse(readFileSync(values.directory as string, 'utf8')));
const index = new ClientIndex(directory);
const all = readCorpus(values.corpus as string);
const docs = all.filter((d) => d.split === values.split);
if (!docs.length) throw new Error(`no documents in split "${values.split}"`);

interface Outcome {
  doc: CorpusDoc;
  predicted: DocumentTypeId;
  confidence: number;
  alternatives: { type: DocumentTypeId; confidence: number }[];
  identification: Identification;
  decision: RouteDecision;
  client: 'right' | 'wrong' | 'none';
  routed: boolean;
  correct: boolean;
  /** What routing could do with a perfect classifier (the ceiling set by client evidence and "other"). */
  oracleRouted: boolean;
}

function clientOutcome(doc: CorpusDoc, id: Identification): Outcome['client'] {
  if (id.status === 'identified') return id.clientNumber === doc.clientNumber ? 'right' : 'wrong';
  return doc.clientNumber === null ? 'right' : 'none';
}

function evaluate(doc: CorpusDoc): Outcome {
  const text = doc.pages.join(PAGE_JOINER);
  const cls = classify(text);
  const identification = identifyClient(text, index);
  const decision = decideRoute({
    classification: cls,
    identification,
    directory,
    receivedAt: RECEIVED_AT,
    threshold: routeThreshold(cls.type),
    typeRouteThreshold: typeRouteThreshold(cls.type),
    language: detectLanguage(text),
  });
  const oracle = decideRoute({
    classification: { type: doc.type, confidence: 1, alternatives: [] },
    identification,
    directory,
    receivedAt: RECEIVED_AT,
    threshold: AUTO_ROUTE_THRESHOLD,
  });
  const routed = decision.status === 'routed';
  const clientRight =
    decision.clientNumber === doc.clientNumber || (decision.clientNumber === null && DOCUMENT_TYPES[doc.type].acceptsUnknownClient);
  return {
    doc,
    predicted: cls.type,
    confidence: cls.confidence,
    alternatives: cls.alternatives,
    identification,
    decision,
    client: clientOutcome(doc, identification),
    routed,
    correct: routed && cls.type === doc.type && clientRight,
    oracleRouted: oracle.status === 'routed',
  };
}

interface TypeMetrics {
  support: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Auto-route rate and precision at other thresholds: how much margin the chosen one has. */
function sensitivity(outcomes: Outcome[]) {
  const classified = outcomes.map((o) => ({ o, cls: classify(o.doc.pages.join(PAGE_JOINER)) }));
  return [0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.99].map((threshold) => {
    let routed = 0;
    let right = 0;
    for (const { o, cls } of classified) {
      const d = decideRoute({ classification: cls, identification: o.identification, directory, receivedAt: RECEIVED_AT, threshold });
      if (d.status !== 'routed') continue;
      routed++;
      const clientRight =
        d.clientNumber === o.doc.clientNumber || (d.clientNumber === null && DOCUMENT_TYPES[o.doc.type].acceptsUnknownClient);
      if (cls.type === o.doc.type && clientRight) right++;
    }
    return { threshold, rate: routed / Math.max(1, outcomes.length), precision: routed ? right / routed : 1 };
  });
}

function summarise(outcomes: Outcome[]) {
  const n = outcomes.length;
  const perType: Record<string, TypeMetrics> = {};
  const confusion: Record<string, Record<string, number>> = {};
  for (const t of DOCUMENT_TYPE_IDS) confusion[t] = {};
  for (const o of outcomes) {
    const row = confusion[o.doc.type] as Record<string, number>;
    row[o.predicted] = (row[o.predicted] ?? 0) + 1;
  }
  const f1s: number[] = [];
  for (const t of DOCUMENT_TYPE_IDS) {
    const tp = outcomes.filter((o) => o.doc.type === t && o.predicted === t).length;
    const fp = outcomes.filter((o) => o.doc.type !== t && o.predicted === t).length;
    const fn = outcomes.filter((o) => o.doc.type === t && o.predicted !== t).length;
    const support = tp + fn;
    if (support === 0 && fp === 0) continue;
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perType[t] = { support, precision, recall, f1 };
    if (support > 0) f1s.push(f1);
  }
  const routed = outcomes.filter((o) => o.routed);
  const correct = routed.filter((o) => o.correct);
  const wrongClientRouted = routed.filter((o) => o.decision.clientNumber !== null && o.decision.clientNumber !== o.doc.clientNumber);
  const clients = { right: 0, wrong: 0, none: 0 };
  for (const o of outcomes) clients[o.client]++;
  const cal = calibrationError(
    outcomes.map((o) => o.confidence),
    outcomes.map((o) => o.predicted === o.doc.type),
    10,
  );
  return {
    documents: n,
    accuracy: outcomes.filter((o) => o.predicted === o.doc.type).length / Math.max(1, n),
    macroF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    perType,
    confusion,
    autoRoute: {
      threshold: AUTO_ROUTE_THRESHOLD,
      rate: routed.length / Math.max(1, n),
      precision: routed.length ? correct.length / routed.length : 1,
      routed: routed.length,
      correct: correct.length,
      wrongType: routed.filter((o) => o.predicted !== o.doc.type).length,
      wrongClient: wrongClientRouted.length,
      /** Share routable with a perfect classifier: the ceiling client evidence and "other" documents leave. */
      oracleRate: outcomes.filter((o) => o.oracleRouted).length / Math.max(1, n),
      rateOfRoutable: routed.filter((o) => o.oracleRouted).length / Math.max(1, outcomes.filter((o) => o.oracleRouted).length),
    },
    clientIdentification: {
      right: clients.right / Math.max(1, n),
      wrong: clients.wrong / Math.max(1, n),
      none: clients.none / Math.max(1, n),
      counts: clients,
    },
    wrongClientRate: clients.wrong / Math.max(1, n),
    calibration: { ece: cal.ece, bins: cal.bins },
    /** Client identification by how the document identifies its client (the generator's label). */
    clientByEvidence: tally(
      outcomes,
      (o) => o.doc.clientEvidence,
      (o) => o.client,
    ),
    /** By the language a document is written in: types told apart, share routed, and how much of that is right. */
    byLanguage: Object.fromEntries(
      [...new Set(outcomes.map((o) => o.doc.lang))].sort().map((lang) => {
        const of = outcomes.filter((o) => o.doc.lang === lang);
        const routedOf = of.filter((o) => o.routed);
        return [
          lang,
          {
            documents: of.length,
            accuracy: of.filter((o) => o.predicted === o.doc.type).length / of.length,
            autoRouteRate: routedOf.length / of.length,
            precision: routedOf.length ? routedOf.filter((o) => o.correct).length / routedOf.length : 1,
          },
        ];
      }),
    ),
    /** Accuracy by scan quality (OCR'd documents) or "text". */
    accuracyByNoise: Object.fromEntries(
      Object.entries(
        tally(
          outcomes,
          (o) => (o.doc.ocr ? (o.doc.noise ?? 'ocr') : 'text'),
          (o) => (o.predicted === o.doc.type ? 'right' : 'wrong'),
        ),
      ).map(([k, v]) => [
        k,
        { documents: (v.right ?? 0) + (v.wrong ?? 0), accuracy: (v.right ?? 0) / Math.max(1, (v.right ?? 0) + (v.wrong ?? 0)) },
      ]),
    ),
  };
}

function tally<T>(items: T[], key: (t: T) => string, value: (t: T) => string): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const it of items) {
    const k = key(it);
    const row = out[k] ?? {};
    out[k] = row;
    const v = value(it);
    row[v] = (row[v] ?? 0) + 1;
  }
  return out;
}

/** Batches of random test documents, to measure the first-page signal as document separation. */
function separation(testDocs: CorpusDoc[]) {
  const rng = new Rng('separation');
  const shuffled = rng.shuffle(testDocs);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pages = 0;
  let pageTypeRight = 0;
  for (let i = 0; i < shuffled.length; i += 5) {
    const batch = shuffled.slice(i, i + 5);
    const texts = batch.flatMap((d) => d.pages);
    const starts = batch.flatMap((d) => d.pages.map((_, j) => j === 0));
    const types = batch.flatMap((d) => d.pages.map(() => d.type));
    const result = classifyPages(texts);
    result.forEach((r, j) => {
      pages++;
      if (r.type === types[j]) pageTypeRight++;
      if (j === 0) return;
      const said = r.firstPage >= 0.5;
      if (said && starts[j]) tp++;
      else if (said) fp++;
      else if (starts[j]) fn++;
    });
  }
  return {
    pages,
    pageTypeAccuracy: pageTypeRight / Math.max(1, pages),
    boundaryPrecision: tp / Math.max(1, tp + fp),
    boundaryRecall: tp / Math.max(1, tp + fn),
  };
}

function timing(sample: CorpusDoc[]) {
  const raw = readFileSync(join(ROOT, 'shared/domain/model/classifier-model.json'), 'utf8');
  const t0 = performance.now();
  const clf = new Classifier(JSON.parse(raw) as ClassifierModel);
  const loadMs = performance.now() - t0;
  const texts = sample.map((d) => d.pages.join(PAGE_JOINER));
  for (const t of texts.slice(0, 50)) clf.classify(t);
  const t1 = performance.now();
  let rounds = 0;
  while (performance.now() - t1 < 1500 || rounds < 1) {
    for (const t of texts) clf.classify(t);
    rounds++;
  }
  const perDocMs = (performance.now() - t1) / (rounds * texts.length);
  const chars = texts.reduce((s, t) => s + t.length, 0) / texts.length;
  return { modelBytes: Buffer.byteLength(raw), loadMs, perDocMs, meanChars: Math.round(chars) };
}

const outcomes = docs.map(evaluate);
const ocr = outcomes.filter((o) => o.doc.ocr);
const result = {
  split: values.split,
  corpus: { documents: all.length, evaluated: docs.length, ocr: ocr.length, templates: new Set(docs.map((d) => d.template)).size },
  targets: TARGETS,
  all: summarise(outcomes),
  ocr: summarise(ocr),
  separation: separation(docs),
  thresholds: sensitivity(outcomes),
  timing: timing(docs.slice(0, 400)),
  errors: {
    wrongAutoRoutes: outcomes
      .filter((o) => o.routed && !o.correct)
      .map((o) => ({
        id: o.doc.id,
        template: o.doc.template,
        ocr: o.doc.ocr,
        type: o.doc.type,
        predicted: o.predicted,
        confidence: o.confidence,
        client: o.doc.clientNumber,
        routedClient: o.decision.clientNumber,
        evidence: o.doc.clientEvidence,
      })),
    wrongClients: outcomes
      .filter((o) => o.client === 'wrong')
      .map((o) => ({
        id: o.doc.id,
        template: o.doc.template,
        ocr: o.doc.ocr,
        labelled: o.doc.clientNumber,
        evidence: o.doc.clientEvidence,
        found: o.identification.status === 'identified' ? o.identification.clientNumber : null,
        via: o.identification.evidence,
      })),
  },
};
const a = result.all;
const pass = {
  autoRoutePrecision: a.autoRoute.precision >= TARGETS.autoRoutePrecision,
  autoRouteRate: a.autoRoute.rate >= TARGETS.autoRouteRate,
  macroF1: a.macroF1 >= TARGETS.macroF1,
  wrongClientRate: a.wrongClientRate <= TARGETS.wrongClientRate,
};

const pct = (x: number, d = 2) => `${(x * 100).toFixed(d)}%`;
function section(title: string, s: ReturnType<typeof summarise>): string[] {
  const lines = [
    `## ${title} (${s.documents} documents)`,
    '',
    `- accuracy ${pct(s.accuracy)} · macro F1 **${s.macroF1.toFixed(4)}** · ECE ${s.calibration.ece.toFixed(4)}`,
    `- auto-route at threshold ${s.autoRoute.threshold.toFixed(3)}: rate **${pct(s.autoRoute.rate)}** (ceiling with a perfect classifier ${pct(s.autoRoute.oracleRate)}; ${pct(s.autoRoute.rateOfRoutable)} of routable documents), precision **${pct(s.autoRoute.precision)}** (${s.autoRoute.correct}/${s.autoRoute.routed}; wrong type ${s.autoRoute.wrongType}, wrong client ${s.autoRoute.wrongClient})`,
    `- client identification: right ${pct(s.clientIdentification.right)}, wrong **${pct(s.clientIdentification.wrong, 3)}**, none ${pct(s.clientIdentification.none)}`,
    '',
    '| type | support | precision | recall | F1 |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(s.perType).map(
      ([t, m]) => `| ${t} | ${m.support} | ${m.precision.toFixed(3)} | ${m.recall.toFixed(3)} | ${m.f1.toFixed(3)} |`,
    ),
    '',
    `Client identification by evidence: ${Object.entries(s.clientByEvidence)
      .map(
        ([k, v]) =>
          `${k} ${Object.entries(v)
            .map(([r, c]) => `${r} ${c}`)
            .join('/')}`,
      )
      .join(' · ')}`,
    '',
    `Accuracy by input: ${Object.entries(s.accuracyByNoise)
      .map(([k, v]) => `${k} ${pct(v.accuracy, 1)} (${v.documents})`)
      .join(' · ')}`,
    '',
    `By language (type right · auto-routed · of which right): ${Object.entries(s.byLanguage)
      .map(([k, v]) => `${k} ${pct(v.accuracy, 1)} · ${pct(v.autoRouteRate, 1)} · ${pct(v.precision, 1)} (${v.documents})`)
      .join('; ')}`,
    '',
    'Reliability (confidence bins):',
    '',
    '| confidence | documents | mean confidence | accuracy |',
    '|---|---:|---:|---:|',
    ...s.calibration.bins.map(
      (b) => `| ${b.from.toFixed(1)}–${b.to.toFixed(1)} | ${b.count} | ${b.meanConfidence.toFixed(3)} | ${b.accuracy.toFixed(3)} |`,
    ),
    '',
  ];
  return lines;
}
const short = (t: string) => t.replace(/_.*/, '').slice(0, 6);
const confusionTable = [
  `| true \\ predicted | ${DOCUMENT_TYPE_IDS.map(short).join(' | ')} |`,
  `|---|${DOCUMENT_TYPE_IDS.map(() => '---:').join('|')}|`,
  ...DOCUMENT_TYPE_IDS.map((t) => `| ${t} | ${DOCUMENT_TYPE_IDS.map((p) => a.confusion[t]?.[p] ?? '').join(' | ')} |`),
];
const md = [
  '# Classifier evaluation',
  '',
  `Split **${result.split}**: ${result.corpus.evaluated} documents from ${result.corpus.templates} templates never seen in training or validation (${result.corpus.ocr} scanned and OCR'd). Received time ${RECEIVED_AT.toISOString()}.`,
  '',
  `Targets: auto-route precision ≥ ${pct(TARGETS.autoRoutePrecision, 1)} ${pass.autoRoutePrecision ? '✔' : '✘'} · auto-route rate ≥ ${pct(TARGETS.autoRouteRate, 0)} ${pass.autoRouteRate ? '✔' : '✘'} · macro F1 ≥ ${TARGETS.macroF1} ${pass.macroF1 ? '✔' : '✘'} · wrong client ≤ ${pct(TARGETS.wrongClientRate, 1)} ${pass.wrongClientRate ? '✔' : '✘'}`,
  '',
  ...section('All documents', result.all),
  ...section("OCR'd subset", result.ocr),
  '## Confusion matrix (all)',
  '',
  ...confusionTable,
  '',
  '## Threshold sensitivity (all)',
  '',
  '| threshold | auto-route rate | precision |',
  '|---:|---:|---:|',
  ...result.thresholds.map((t) => `| ${t.threshold.toFixed(2)} | ${pct(t.rate)} | ${pct(t.precision)} |`),
  '',
  '## Page level',
  '',
  `- page type accuracy ${pct(result.separation.pageTypeAccuracy)} over ${result.separation.pages} pages (batches of 5 documents)`,
  `- document boundaries (firstPage ≥ 0.5): precision ${pct(result.separation.boundaryPrecision)}, recall ${pct(result.separation.boundaryRecall)}`,
  '',
  '## Speed and size',
  '',
  `- model ${(result.timing.modelBytes / 1024).toFixed(0)} KiB, loaded in ${result.timing.loadMs.toFixed(1)} ms`,
  `- classify: ${(result.timing.perDocMs * 1000).toFixed(0)} µs per document (mean ${result.timing.meanChars} characters)`,
  '',
  '## Wrong auto-routes',
  '',
  ...(result.errors.wrongAutoRoutes.length
    ? result.errors.wrongAutoRoutes.map(
        (e) =>
          `- ${e.id} ${e.template}${e.ocr ? ' (OCR)' : ''}: ${e.type} → ${e.predicted} ${e.confidence}, client ${e.client} → ${e.routedClient}`,
      )
    : ['none']),
  '',
  '## Wrong clients',
  '',
  ...(result.errors.wrongClients.length
    ? result.errors.wrongClients.map(
        (e) =>
          `- ${e.id} ${e.template}${e.ocr ? ' (OCR)' : ''}: labelled ${e.labelled} (${e.evidence}), found ${e.found} via ${JSON.stringify(e.via)}`,
      )
    : ['none']),
  '',
];
mkdirSync(values.out as string, { recursive: true });
writeFileSync(join(values.out as string, 'classifier-eval.md'), md.join('\n'));
const json = { ...result, pass };
writeFileSync(join(values.out as string, 'classifier-eval.json'), `${JSON.stringify(json, null, 2)}\n`);
if (values.json) {
  console.log(md.slice(0, 6).join('\n'));
  console.log(JSON.stringify(json));
} else console.log(md.join('\n'));
