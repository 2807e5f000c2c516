import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../scripts/corpus/corpus.ts';
import { generateDirectory } from '../../scripts/corpus/people.ts';
import { Rng } from '../../scripts/corpus/random.ts';
import { calibrationError, fitTemperature } from '../../scripts/training/calibration.ts';
import { readCorrections, toLabelled } from '../../scripts/training/corpus-file.ts';
import { perTypeThresholds, selectThreshold } from '../../scripts/training/threshold.ts';
import { DEFAULT_CONFIG, type TrainConfig, trainClassifier, trainWithCrossValidation } from '../../scripts/training/train-model.ts';
import { Classifier } from '../../shared/domain/classifier.ts';
import { parseDirectory } from '../../shared/domain/directory.ts';

const directory = parseDirectory(generateDirectory(new Rng('test:directory'), 200));
const corpus = generateCorpus({ seed: 'training-test', count: 400, directory });
const small: TrainConfig = {
  ...DEFAULT_CONFIG,
  hashBits: 16,
  epochs: 2,
  maxRows: 4000,
  firstPage: { ...DEFAULT_CONFIG.firstPage, epochs: 1, maxRows: 1000 },
};
const train = corpus.filter((d) => d.split === 'train').map(toLabelled);
const validation = corpus.filter((d) => d.split === 'validation').map(toLabelled);

describe('classifier training', () => {
  it('is reproducible: the same data and seed give the same model bytes', () => {
    const a = trainClassifier(train, validation, small);
    const b = trainClassifier(train, validation, small);
    expect(JSON.stringify(a.model)).toBe(JSON.stringify(b.model));
    expect(a.model.type.rows.length).toBeGreaterThan(0);
  });

  /**
   * The targets (scripts/eval.ts, README "Classification"): macro F1 ≥ 0.95, and ≥ 90 % of documents
   * auto-routed at ≥ 99.5 % precision. The committed model meets them on held-out templates
   * (test/unit/classifier.test.ts); it is trained on ~2,400 documents of the train and validation
   * templates with 8-fold cross-validation, 2^20 hash buckets and 8 epochs. This model is a toy:
   * 252 documents of the train split, 2^16 buckets, 2 epochs, scored through the model as written on
   * the validation documents (held-out templates, 4 or 5 per type). So it must
   * - meet the precision target itself at the threshold it chose (what the trainer promises);
   * - reach TOY_ACCURACY_SHARE of the macro-F1 target in type accuracy (4 or 5 documents per type
   *   make per-type F1 too coarse to average);
   * - auto-route at least TOY_ROUTE_RATE_SHARE of the target rate: on 75 documents, 99.5 % precision
   *   means not one wrong among at least 30 (the trainer's minimum), which puts the threshold high.
   */
  const TARGETS = { autoRoutePrecision: 0.995, autoRouteRate: 0.9, macroF1: 0.95 };
  // ≥ 0.8835; measured 0.893 (75 of 84): the validation templates include the Arabic, Turkish and
  // unrelated-post voices since the corpus gained them (0.947, 71 of 75, before), harder for a toy.
  const TOY_ACCURACY_SHARE = 0.93;
  const TOY_ROUTE_RATE_SHARE = 0.5; // ≥ 0.45; measured 0.52 (39 of 75, all right) before the corpus grew

  it('trains a model that meets the precision target at its threshold on held-out templates', () => {
    const { model, validation: summary } = trainClassifier(train, validation, small);
    expect(model.precisionTarget).toBe(TARGETS.autoRoutePrecision);
    expect(summary.thresholdMet).toBe(true);
    expect(model.threshold).toBe(summary.threshold);
    const clf = new Classifier(model);
    const scored = validation.map((d) => ({ type: d.type, c: clf.classify(d.pages.join('\n\n')) }));

    const right = scored.filter((s) => s.c.type === s.type).length;
    expect(right / validation.length, `${right} of ${validation.length} right`).toBeGreaterThanOrEqual(
      TOY_ACCURACY_SHARE * TARGETS.macroF1,
    );
    // What the threshold was chosen on: documents whose predicted type is routed ("other" never is).
    const routed = scored.filter((s) => s.c.type !== 'other' && s.c.confidence >= model.threshold);
    expect(routed.length / validation.length, `${routed.length} of ${validation.length} routed`).toBeGreaterThanOrEqual(
      TOY_ROUTE_RATE_SHARE * TARGETS.autoRouteRate,
    );
    const routedRight = routed.filter((s) => s.c.type === s.type).length;
    expect(routedRight / routed.length, `${routedRight} of ${routed.length} routed right`).toBeGreaterThanOrEqual(
      TARGETS.autoRoutePrecision,
    );
  });
});

describe('cross-validated thresholds', () => {
  it("names, for each type's threshold, the held-out mistake that set it, and never goes below the overall threshold", () => {
    const pool = corpus.filter((d) => d.split !== 'test').map((d) => ({ ...toLabelled(d), group: d.group, type: d.type }));
    const { validation: summary } = trainWithCrossValidation(pool, [], small, 2);
    const explained = Object.entries(summary.perType ?? {}).filter(([, t]) => t.mistake);
    expect(explained.length).toBeGreaterThan(0);
    const groups = new Set(pool.map((d) => d.group));
    for (const [type, t] of explained) {
      expect(t.mistake?.actual).not.toBe(type);
      expect(groups.has(t.mistake?.group as string), `${type}: ${t.mistake?.group}`).toBe(true);
      // Above its mistake (or at the floor's 1 when nothing of the type could be routed).
      expect(t.threshold).toBeGreaterThanOrEqual(Math.min(1, Number((t.mistake?.score ?? 0).toFixed(3))));
    }
    // No type goes below the threshold of all types together: its own held-out documents are too few.
    const types = Object.values(summary.thresholds ?? {});
    expect(types.length).toBeGreaterThan(0);
    for (const threshold of types) expect(threshold).toBeGreaterThanOrEqual(Number(summary.threshold.toFixed(3)));
  }, 60_000);
});

describe('threshold selection', () => {
  const item = (score: number, correct: boolean) => ({ score, correct });

  it('picks the lowest threshold whose routed documents meet the precision target', () => {
    // 100 right at 0.99, 100 right at 0.9, one wrong at 0.8, 100 right at 0.7, 10 wrong at 0.5.
    const items = [
      ...Array.from({ length: 100 }, () => item(0.99, true)),
      ...Array.from({ length: 100 }, () => item(0.9, true)),
      item(0.8, false),
      ...Array.from({ length: 100 }, () => item(0.7, true)),
      ...Array.from({ length: 10 }, () => item(0.5, false)),
    ];
    // At 0.7: 300 right of 301 → 99.67% ≥ 99.5%; at 0.5: 300/311 → 96.5%.
    const choice = selectThreshold(items, 0.995);
    expect(choice.threshold).toBe(0.7);
    expect(choice.met).toBe(true);
    expect(choice.accepted).toBe(301);
    // A stricter target stops above the wrong one.
    expect(selectThreshold(items, 0.999).threshold).toBe(0.9);
  });

  it('sets each type its own threshold above its highest-scoring held-out mistake, never below the floor', () => {
    const typed = (type: string, score: number, correct: boolean) => ({ type, score, correct });
    const items = [
      // Payslips: never wrong, down to 0.55.
      ...Array.from({ length: 200 }, (_, i) => typed('payslip', 0.55 + (i % 40) / 100, true)),
      // Objections: right at high scores, a mistake at 0.8, and right and wrong below it.
      ...Array.from({ length: 100 }, () => typed('objection', 0.97, true)),
      typed('objection', 0.8, false),
      ...Array.from({ length: 20 }, () => typed('objection', 0.7, true)),
      // A type seen only below the floor routes nothing on its own.
      typed('holiday_notice', 0.4, true),
    ];
    const chosen = perTypeThresholds(items, 0.5);
    expect(chosen.get('payslip')).toEqual({ threshold: 0.55, routed: 200, of: 200, errors: 0 });
    expect(chosen.get('objection')).toEqual({ threshold: 0.97, routed: 100, of: 121, errors: 0 });
    expect(chosen.get('holiday_notice')?.threshold).toBe(1);
  });

  it("spends an error budget where one mistake lets the most documents through, within the budget and each type's precision", () => {
    const typed = (type: string, score: number, correct: boolean) => ({ type, score, correct });
    const items = [
      ...Array.from({ length: 400 }, () => typed('payslip', 0.9, true)),
      // Tax: one outlier at 0.99 closes the type; past it, 150 more right.
      ...Array.from({ length: 10 }, () => typed('tax_document', 0.995, true)),
      typed('tax_document', 0.99, false),
      ...Array.from({ length: 150 }, () => typed('tax_document', 0.8, true)),
      // Holiday: past its outlier, only 5 more.
      ...Array.from({ length: 50 }, () => typed('holiday_notice', 0.99, true)),
      typed('holiday_notice', 0.98, false),
      ...Array.from({ length: 5 }, () => typed('holiday_notice', 0.9, true)),
      // Medical: past its outlier, 40 more, but 1 wrong in 20 below it breaks the type's own precision.
      ...Array.from({ length: 20 }, () => typed('medical_statement', 0.99, true)),
      typed('medical_statement', 0.97, false),
      ...Array.from({ length: 19 }, () => typed('medical_statement', 0.9, true)),
      typed('medical_statement', 0.9, false),
    ];
    const none = perTypeThresholds(items, 0.5);
    expect(none.get('tax_document')).toMatchObject({ threshold: 0.995, routed: 10, errors: 0 });
    // 0.25 % of ~600 routed documents is one mistake: it goes to tax, where it routes 150 more.
    const chosen = perTypeThresholds(items, 0.5, { share: 0.0025, minTypePrecision: 0.98, minBandPrecision: 0.9 });
    expect(chosen.get('tax_document')).toMatchObject({ threshold: 0.8, routed: 161, errors: 1 });
    expect(chosen.get('holiday_notice')).toMatchObject({ threshold: 0.99, errors: 0 });
    expect(chosen.get('payslip')).toMatchObject({ threshold: 0.9, errors: 0 });
    // A larger budget also opens holiday notices, never medical statements (95 % below its outlier).
    const loose = perTypeThresholds(items, 0.5, { share: 0.01, minTypePrecision: 0.98, minBandPrecision: 0.8 });
    expect(loose.get('holiday_notice')).toMatchObject({ threshold: 0.9, routed: 56, errors: 1 });
    expect(loose.get('medical_statement')).toMatchObject({ threshold: 0.99, routed: 20, errors: 0 });
    // Holiday's band (5 right, 1 wrong) is a guess, not an outlier: a band precision of 90 % keeps it shut.
    const banded = perTypeThresholds(items, 0.5, { share: 0.01, minTypePrecision: 0.98, minBandPrecision: 0.9 });
    expect(banded.get('holiday_notice')).toMatchObject({ threshold: 0.99, errors: 0 });
    expect(banded.get('tax_document')).toMatchObject({ threshold: 0.8, errors: 1 });
  });

  it('keeps ties together and respects the floor and the minimum support', () => {
    const items = [item(0.95, true), item(0.95, false), ...Array.from({ length: 5 }, () => item(0.6, true))];
    expect(selectThreshold(items, 0.99).met).toBe(false);
    expect(selectThreshold(items, 0.99).threshold).toBe(1);
    const many = Array.from({ length: 50 }, (_, i) => item(0.4 + i * 0.01, true));
    expect(selectThreshold(many, 0.995, { floor: 0.5 }).threshold).toBeCloseTo(0.5, 6);
    expect(selectThreshold(many, 0.995, { minAccepted: 60 }).met).toBe(false);
  });
});

describe('calibration', () => {
  it('recovers a temperature and measures the calibration error', () => {
    const rng = new Rng('calibration');
    const logits: number[][] = [];
    const labels: number[] = [];
    // True probabilities are softmax(z / 2): sampling labels from them must give T ≈ 2.
    for (let i = 0; i < 4000; i++) {
      const z = [rng.next() * 8, rng.next() * 8, rng.next() * 8];
      const e = z.map((v) => Math.exp(v / 2));
      const s = e.reduce((a, b) => a + b, 0);
      let r = rng.next() * s;
      let y = 0;
      while (y < 2 && r > (e[y] as number)) r -= e[y++] as number;
      logits.push(z);
      labels.push(y);
    }
    expect(fitTemperature(logits, labels)).toBeGreaterThan(1.7);
    expect(fitTemperature(logits, labels)).toBeLessThan(2.3);
    const { ece } = calibrationError([0.9, 0.9, 0.6, 0.6], [true, true, true, false]);
    expect(ece).toBeCloseTo(0.5 * 0.1 + 0.5 * 0.1, 6);
  });
});

describe('triage corrections', () => {
  it('reads valid corrections with their weight and skips bad lines', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corrections-'));
    writeFileSync(
      join(dir, '2026-03.jsonl'),
      [
        JSON.stringify({
          pages: ['Loonstrook maart'],
          type: 'payslip',
          clientNumber: 'K-100234',
          correctedAt: '2026-03-02T10:15:00+01:00',
          by: 'c-017',
        }),
        JSON.stringify({
          text: 'Ik maak bezwaar',
          type: 'objection',
          clientNumber: null,
          correctedAt: '2026-03-02T11:00:00Z',
          by: 'c-017',
        }),
        JSON.stringify({ type: 'payslip', clientNumber: null, correctedAt: '2026-03-02T11:00:00Z', by: 'x' }),
        '{not json',
      ].join('\n'),
    );
    const { docs, skipped } = readCorrections(dir, 3);
    expect(docs.map((d) => d.type)).toEqual(['payslip', 'objection']);
    expect(docs.every((d) => d.weight === 3)).toBe(true);
    expect(skipped).toHaveLength(2);
  });
});
