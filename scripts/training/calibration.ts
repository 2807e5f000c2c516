/**
 * Calibration: one softmax temperature fitted on validation logits (minimum negative
 * log-likelihood), and the reliability of the resulting confidences (expected calibration error).
 */
export function softmaxT(logits: ArrayLike<number>, t: number): number[] {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, (logits[i] as number) / t);
  const e = Array.from(logits, (z) => Math.exp(z / t - max));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((v) => v / sum);
}

export function negLogLikelihood(logits: ArrayLike<number>[], labels: number[], t: number): number {
  let nll = 0;
  logits.forEach((z, i) => {
    const p = softmaxT(z, t)[labels[i] as number] as number;
    nll -= Math.log(Math.max(p, 1e-12));
  });
  return nll / Math.max(1, logits.length);
}

/** The temperature in [0.05, 20] with the lowest validation NLL (golden-section search on log T). */
export function fitTemperature(logits: ArrayLike<number>[], labels: number[]): number {
  let lo = Math.log(0.05);
  let hi = Math.log(20);
  const phi = (Math.sqrt(5) - 1) / 2;
  const f = (x: number) => negLogLikelihood(logits, labels, Math.exp(x));
  let a = hi - phi * (hi - lo);
  let b = lo + phi * (hi - lo);
  let fa = f(a);
  let fb = f(b);
  for (let i = 0; i < 60; i++) {
    if (fa < fb) {
      hi = b;
      b = a;
      fb = fa;
      a = hi - phi * (hi - lo);
      fa = f(a);
    } else {
      lo = a;
      a = b;
      fa = fb;
      b = lo + phi * (hi - lo);
      fb = f(b);
    }
  }
  return Math.round(Math.exp((lo + hi) / 2) * 1e6) / 1e6;
}

export interface ReliabilityBin {
  from: number;
  to: number;
  count: number;
  meanConfidence: number;
  accuracy: number;
}

/** Expected calibration error over equal-width confidence bins, with the bins for a reliability table. */
export function calibrationError(confidence: number[], correct: boolean[], bins = 10): { ece: number; bins: ReliabilityBin[] } {
  const out: ReliabilityBin[] = Array.from({ length: bins }, (_, i) => ({
    from: i / bins,
    to: (i + 1) / bins,
    count: 0,
    meanConfidence: 0,
    accuracy: 0,
  }));
  confidence.forEach((c, i) => {
    const b = out[Math.min(bins - 1, Math.floor(c * bins))] as ReliabilityBin;
    b.count++;
    b.meanConfidence += c;
    b.accuracy += correct[i] ? 1 : 0;
  });
  let ece = 0;
  const n = Math.max(1, confidence.length);
  for (const b of out) {
    if (!b.count) continue;
    b.meanConfidence /= b.count;
    b.accuracy /= b.count;
    ece += (b.count / n) * Math.abs(b.meanConfidence - b.accuracy);
  }
  return { ece, bins: out.filter((b) => b.count > 0) };
}

/**
 * Logistic regression by Newton's method (IRLS) with a small ridge: for a handful of features,
 * exact and deterministic. Returns weights and bias of P(y = 1 | x).
 */
export function fitLogistic(x: number[][], y: boolean[], ridge = 1e-3, iterations = 30): { weights: number[]; bias: number } {
  const d = (x[0]?.length ?? 0) + 1;
  const w = new Array<number>(d).fill(0);
  const row = (i: number) => [...(x[i] as number[]), 1];
  for (let it = 0; it < iterations; it++) {
    const grad = new Array<number>(d).fill(0);
    const hess = Array.from({ length: d }, (_, a) => Array.from({ length: d }, (_, b) => (a === b ? ridge : 0)));
    for (let a = 0; a < d; a++) grad[a] = ridge * (w[a] as number);
    for (let i = 0; i < x.length; i++) {
      const r = row(i);
      let z = 0;
      for (let a = 0; a < d; a++) z += (w[a] as number) * (r[a] as number);
      const p = 1 / (1 + Math.exp(-z));
      const g = p - (y[i] ? 1 : 0);
      const h = Math.max(p * (1 - p), 1e-9);
      for (let a = 0; a < d; a++) {
        grad[a] = (grad[a] as number) + g * (r[a] as number);
        const ha = hess[a] as number[];
        for (let b = 0; b < d; b++) ha[b] = (ha[b] as number) + h * (r[a] as number) * (r[b] as number);
      }
    }
    const step = solve(hess, grad);
    let moved = 0;
    for (let a = 0; a < d; a++) {
      w[a] = (w[a] as number) - (step[a] as number);
      moved = Math.max(moved, Math.abs(step[a] as number));
    }
    if (moved < 1e-10) break;
  }
  return { weights: w.slice(0, d - 1).map((v) => Number(v.toPrecision(8))), bias: Number((w[d - 1] as number).toPrecision(8)) };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((r, i) => [...r, b[i] as number]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs((m[r] as number[])[c] as number) > Math.abs((m[piv] as number[])[c] as number)) piv = r;
    [m[c], m[piv]] = [m[piv] as number[], m[c] as number[]];
    const pr = m[c] as number[];
    const pv = pr[c] as number;
    if (Math.abs(pv) < 1e-15) continue;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const rr = m[r] as number[];
      const f = (rr[c] as number) / pv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) rr[k] = (rr[k] as number) - f * (pr[k] as number);
    }
  }
  return m.map((r, i) => (r[n] as number) / ((r[i] as number) || 1));
}
