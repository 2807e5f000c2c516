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
