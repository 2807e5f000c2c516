import { extractFeatures, extractPageCues, type FeatureWeights, normaliseText } from '../../shared/domain/classifier.ts';

/** A sparse feature vector: sorted unique buckets with their summed values. */
export interface SparseVector {
  idx: Int32Array;
  val: Float32Array;
}

function collect(fill: (emit: (bucket: number, value: number) => void) => void): SparseVector {
  const m = new Map<number, number>();
  fill((b, v) => m.set(b, (m.get(b) ?? 0) + v));
  const keys = [...m.keys()].sort((a, b) => a - b);
  const idx = Int32Array.from(keys);
  const val = Float32Array.from(keys.map((k) => m.get(k) as number));
  return { idx, val };
}

/** The document features, exactly as the runtime classifier computes them. */
export function documentVector(text: string, hashBits: number, weights: FeatureWeights): SparseVector {
  return collect((emit) => extractFeatures(normaliseText(text), hashBits, emit, weights));
}

/** The page features of the first-page model. */
export function pageVector(text: string, hashBits: number, weights: FeatureWeights, lengthCue = true): SparseVector {
  return collect((emit) => {
    extractFeatures(normaliseText(text), hashBits, emit, weights);
    extractPageCues(text, hashBits, emit, lengthCue);
  });
}
