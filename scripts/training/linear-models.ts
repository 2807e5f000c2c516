import { Rng } from '../corpus/random.ts';
import type { SparseVector } from './sparse.ts';

/**
 * Linear models trained with AdaGrad SGD, deterministic for a seed (fixed shuffles, fixed order of
 * floating-point operations): the same data and options give the same weights, byte for byte.
 */
export interface Sample {
  x: SparseVector;
  y: number;
  weight: number;
}

export interface TrainOptions {
  dims: number;
  epochs: number;
  /** AdaGrad base learning rate. */
  lr: number;
  /** L2 penalty, applied to the weights a sample touches. */
  l2: number;
  /** Share of feature occurrences dropped per sample and epoch (robustness to unseen layouts). */
  dropout: number;
  seed: string;
}

export interface SoftmaxWeights {
  classes: number;
  dims: number;
  /** dims × classes, row-major. */
  w: Float32Array;
  bias: Float64Array;
}

export function trainSoftmax(samples: Sample[], classes: number, opts: TrainOptions): SoftmaxWeights {
  const K = classes;
  const w = new Float32Array(opts.dims * K);
  const g2 = new Float32Array(opts.dims * K);
  const bias = new Float64Array(K);
  const bg2 = new Float64Array(K);
  const z = new Float64Array(K);
  const grad = new Float64Array(K);
  const eps = 1e-6;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const rng = new Rng(`${opts.seed}:epoch:${epoch}`);
    const order = rng.shuffle(samples.map((_, i) => i));
    for (const si of order) {
      const s = samples[si] as Sample;
      const { idx, val } = s.x;
      const keep = new Uint8Array(idx.length);
      for (let i = 0; i < idx.length; i++) keep[i] = opts.dropout > 0 && rng.next() < opts.dropout ? 0 : 1;
      const scale = opts.dropout > 0 ? 1 / (1 - opts.dropout) : 1;
      z.set(bias);
      for (let i = 0; i < idx.length; i++) {
        if (!keep[i]) continue;
        const base = (idx[i] as number) * K;
        const v = (val[i] as number) * scale;
        for (let k = 0; k < K; k++) z[k] = (z[k] as number) + (w[base + k] as number) * v;
      }
      let max = -Infinity;
      for (let k = 0; k < K; k++) max = Math.max(max, z[k] as number);
      let sum = 0;
      for (let k = 0; k < K; k++) {
        const e = Math.exp((z[k] as number) - max);
        z[k] = e;
        sum += e;
      }
      for (let k = 0; k < K; k++) grad[k] = ((z[k] as number) / sum - (k === s.y ? 1 : 0)) * s.weight;
      for (let k = 0; k < K; k++) {
        const gk = grad[k] as number;
        bg2[k] = (bg2[k] as number) + gk * gk;
        bias[k] = (bias[k] as number) - (opts.lr * gk) / Math.sqrt((bg2[k] as number) + eps);
      }
      for (let i = 0; i < idx.length; i++) {
        if (!keep[i]) continue;
        const base = (idx[i] as number) * K;
        const v = (val[i] as number) * scale;
        for (let k = 0; k < K; k++) {
          const j = base + k;
          const g = (grad[k] as number) * v + opts.l2 * (w[j] as number);
          g2[j] = (g2[j] as number) + g * g;
          w[j] = (w[j] as number) - (opts.lr * g) / Math.sqrt((g2[j] as number) + eps);
        }
      }
    }
  }
  return { classes: K, dims: opts.dims, w, bias };
}

export interface BinaryWeights {
  dims: number;
  w: Float32Array;
  bias: number;
}

/** Binary logistic regression (y ∈ {0, 1}). */
export function trainBinary(samples: Sample[], opts: TrainOptions): BinaryWeights {
  const w = new Float32Array(opts.dims);
  const g2 = new Float32Array(opts.dims);
  let bias = 0;
  let bg2 = 0;
  const eps = 1e-6;
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    const rng = new Rng(`${opts.seed}:epoch:${epoch}`);
    for (const si of rng.shuffle(samples.map((_, i) => i))) {
      const s = samples[si] as Sample;
      const { idx, val } = s.x;
      let z = bias;
      for (let i = 0; i < idx.length; i++) z += (w[idx[i] as number] as number) * (val[i] as number);
      const p = 1 / (1 + Math.exp(-z));
      const gz = (p - s.y) * s.weight;
      bg2 += gz * gz;
      bias -= (opts.lr * gz) / Math.sqrt(bg2 + eps);
      for (let i = 0; i < idx.length; i++) {
        const j = idx[i] as number;
        const g = gz * (val[i] as number) + opts.l2 * (w[j] as number);
        g2[j] = (g2[j] as number) + g * g;
        w[j] = (w[j] as number) - (opts.lr * g) / Math.sqrt((g2[j] as number) + eps);
      }
    }
  }
  return { dims: opts.dims, w, bias };
}
